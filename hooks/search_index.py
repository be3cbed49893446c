"""MkDocs hook: shape mkdocs-material's search index (torchsheet/search.py).

It swaps the theme's search worker for a small wrapper (written next to it),
and after the search plugin has written `search/search_index.json` (priority
-100) adds the `api`, `code` and `errors` fields from the build's indexes,
moves the documents to `search/search_documents.json` (which the wrapper
fetches) and names the build in the wrapper (its cached index is this build's).
It also gives the search plugin's HTML parser code blocks without their
highlighting markup, which it would only read past.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from material.plugins.search import plugin as search_plugin
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from torchsheet import search, site_index

WORKER = re.compile(r"(assets/javascripts/workers/)(search\.[0-9a-f]+\.min\.js)")
RANKED = "torchsheet-search.js"
_workers: set[str] = set()
_PARSER = search_plugin.Parser  # the plugin's own (this module loads once)
_options = {"lighter": True}  # tests/site/test_build_reuse.py builds without


class _LighterParser(_PARSER):
    """The search plugin's parser, fed the page without the highlighter's
    markup inside code blocks (the same index, parsed in a fraction of the
    time: torchsheet/search.py, without_code_markup; tests/site/
    test_build_reuse.py compares it with a build that parses it all)."""

    def feed(self, data: str) -> None:
        super().feed(search.without_code_markup(data))


def on_pre_build(*, config: MkDocsConfig) -> None:
    _workers.clear()
    search_plugin.Parser = _LighterParser if _options["lighter"] else _PARSER


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    match = WORKER.search(output)
    if match is None:
        return output
    _workers.add(match[2])
    return WORKER.sub(lambda m: m[1] + RANKED, output)


@event_priority(-100)  # after the search plugin has written the index
def on_post_build(*, config: MkDocsConfig) -> None:
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    folder = Path(config.site_dir) / "assets" / "javascripts" / "workers"
    shaped = search.shape(index, site_index.current())
    documents = json.dumps(shaped, separators=(",", ":"))
    (path.parent / search.DOCUMENTS).write_text(documents, encoding="utf-8")
    page_part = json.dumps(search.for_the_page(shaped), separators=(",", ":"))
    path.write_text(page_part, encoding="utf-8")
    for original in _workers:
        source = search.worker(index["config"]["separator"], original, documents)
        (folder / RANKED).write_text(source, encoding="utf-8")
