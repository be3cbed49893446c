"""MkDocs hooks: the page work of torchsheet/generate.py, page by page.

Event order: this hook starts each build afresh (`on_pre_build`; in
`mkdocs build` it forks the child that does the indexes and the pages ahead,
torchsheet/ahead.py), then rewrites every Markdown page (`on_page_markdown`),
and last of all (priority -100) gives each page its Content-Security-Policy;
hooks/search_index.py shapes the search index from the same indexes after
the search plugin wrote it (priority -100), and hooks/notebooks.py lightens
the notebook pages (priority -50).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import meta

from torchsheet import ahead, generate, site_index

H1_END = re.compile(r"</h1>", re.IGNORECASE)
_serving: list[bool] = []
# `mkdocs build` does the page work ahead in a child process (torchsheet/
# ahead.py); serve, whose rebuilds re-use pages (hooks/serve_cache.py), does
# not, unless a test asks it to.
_options = {"ahead": None}


def on_startup(*, command: str, dirty: bool) -> None:
    # `mkdocs serve` injects its live-reload script into every page, which a
    # policy made at build time would block.
    _serving[:] = [command == "serve"]


def _ahead() -> bool:
    chosen = _options["ahead"]
    return not (_serving and _serving[0]) if chosen is None else chosen


def on_pre_build(*, config: MkDocsConfig) -> None:
    site_index.reset()
    if _ahead():
        ahead.start(Path(config["docs_dir"]), lambda text: meta.get_data(text)[0])


def on_page_markdown(
    markdown: str, *, page: Page, config: MkDocsConfig, files: Files
) -> str:
    src = page.file.src_uri
    if src.endswith(".ipynb"):
        # The notebooks retell the cheat-sheet pages: rank them below in search.
        page.meta.setdefault("search", {"boost": 0.5})
        return markdown
    if _ahead():
        if (made := ahead.indexes()) is not None:
            site_index.use(made)
        if (done := ahead.page(src, markdown)) is not None:
            return done
    return generate.page_markdown(src, markdown, site_index.current())


def on_page_content(
    html: str, *, page: Page, config: MkDocsConfig, files: Files
) -> str:
    if page.file.src_uri.endswith(".ipynb"):
        line = generate.provenance(gpu=False, notebook=True)
        match = H1_END.search(html)
        html = (
            html[: match.end()] + line + html[match.end() :] if match else line + html
        )
    return generate.retag_output(html)


@event_priority(-100)  # after every other hook has written the page
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    output = generate.without_source_facts(output)
    if _serving and _serving[0]:
        return output
    return generate.content_security_policy(output)


def on_post_build(*, config: MkDocsConfig) -> None:
    """Serve every snippet module next to the pages, for the download links."""
    generate.write_snippets(Path(config["site_dir"]))
    ahead.finish()
