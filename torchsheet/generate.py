"""The page work, as a step that writes plain Markdown: any engine renders it.

`page_markdown` turns a page's source into what the engine renders:

1. every python include fence becomes its snippet block (torchsheet.blocks);
2. the version placeholders (`{{ torch_version }}` ...) are filled in, and a
   provenance line goes under the page's title;
3. errors.md and api.md get their indexes at their placeholders;
4. a section treated on other pages too ends with "Also on" links.

The MkDocs hooks call it page by page. `python -m torchsheet.generate OUT`
writes the whole site source to OUT (pages, assets, the snippet modules for
the download links, and an mkdocs.yml without hooks), which Zensical builds
the same (`nox -s zensical`). `python -m torchsheet.generate --html SITE`
is the one step that works on the built HTML: output lines in code blocks
get their own class (see `retag_output`).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import shutil
from pathlib import Path

from torchsheet import blocks, index_pages, settings
from torchsheet.pages import GENERATED, page_includes, page_places, page_url
from torchsheet.paths import DOCS, ROOT, find_snippets
from torchsheet.site_index import Indexes, build
from torchsheet.snippet import SECTION_MARK, parse

H1 = re.compile(r"^# .+$", re.MULTILINE)
OUTPUT_SPAN = re.compile(r'<span class="c1">(#&gt;(?:(?!</span>).)*)</span>')


def values() -> dict[str, str]:
    pins, gpu = settings.pins(), settings.gpu()
    return {
        "torch_version": pins["torch"],
        "torchvision_version": pins["torchvision"],
        "gpu_device": gpu["device"],
        "gpu_torch_version": gpu["torch"],
        "gpu_date": gpu["date"],
        "previous_torch_version": settings.previous()["torch"],
        "oldest_torch_version": settings.oldest()["torch"],
    }


def uses_gpu(src: str, markdown: str) -> bool:
    """Whether a page shows CUDA output: a `# requires: cuda` snippet or a
    `#> [cuda]` variant."""
    snippets = {i.target for i in page_includes(src, markdown) if i.is_snippet}
    for target in snippets:
        path = ROOT / target
        if not path.exists():
            continue
        snippet = parse(path.read_text(encoding="utf-8"), target)
        if "cuda" in snippet.requires or any(
            condition.device == "cuda"
            for conditions in snippet.variants_in(None)
            for condition in conditions
        ):
            return True
    return False


def provenance(gpu: bool, notebook: bool = False) -> str:
    """The line under a page's title: which versions its outputs come from (a
    notebook's stored output has one version only)."""
    v, previous, oldest = values(), settings.previous(), settings.oldest()
    line = f"Outputs from torch {v['torch_version']} and torchvision {v['torchvision_version']} on CPU"
    line += (
        "."
        if notebook
        else (
            f"; where torch {previous['torch']} down to {oldest['torch']} print "
            "something else, the block says so."
        )
    )
    if gpu:
        line += (
            f" GPU-only outputs from an {v['gpu_device']} with torch "
            f"{v['gpu_torch_version']} ({v['gpu_date']}); `#> ...` marks output "
            "that differs by machine or that no GPU run has recorded yet."
        )
    return f'<p class="ts-provenance">{blocks.inline(line)}</p>'


def fill_values(markdown: str) -> str:
    for name, version in values().items():
        markdown = markdown.replace("{{ " + name + " }}", version)
    return markdown


def add_provenance(markdown: str, line: str) -> str:
    match = H1.search(markdown)
    if match is None:
        return f"{line}\n\n{markdown}"
    return f"{markdown[: match.end()]}\n\n{line}\n{markdown[match.end() :]}"


def add_also_on(src: str, markdown: str, indexes: Indexes) -> str:
    """Links at the end of each section to sections elsewhere on its topic."""
    links = {
        place: others for place, others in indexes.also_on.items() if place.page == src
    }
    if not links:
        return markdown
    lines = markdown.splitlines()
    places, _ = page_places(src, markdown)
    starts = [number for number, _ in places]
    for index in range(len(places) - 1, -1, -1):
        number, place = places[index]
        others = links.get(place)
        if not others:
            continue
        end = next((start for start in starts if start > number), len(lines))
        text = ", ".join(index_pages.place_link(other, src) for other in others)
        lines[end:end] = ["", f"Also on: {text}", "{ .ts-also }", ""]
    return "\n".join(lines) + "\n"


def page_markdown(src: str, markdown: str, indexes: Indexes) -> str:
    """A page's Markdown source as the engine should render it."""
    gpu = uses_gpu(src, markdown)
    markdown = blocks.expand(markdown, page_url(src))
    markdown = fill_values(markdown)
    if src == "errors.md":
        markdown = markdown.replace(
            GENERATED[src], index_pages.errors_markdown(indexes, src)
        )
    elif src == "api.md":
        markdown = markdown.replace(
            GENERATED[src], index_pages.api_markdown(indexes, src)
        )
    else:
        markdown = add_also_on(src, markdown, indexes)
    return add_provenance(markdown, provenance(gpu))


def retag_output(html_text: str) -> str:
    """Printed output is not a comment to the theme: no annotation bubbles in it."""
    return OUTPUT_SPAN.sub(r'<span class="ts-out">\1</span>', html_text)


INLINE_SCRIPT = re.compile(
    r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.DOTALL
)
SCRIPT_TYPE = re.compile(r'\btype="(?P<type>[^"]+)"')
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' "
    "'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'"
)


def without_source_facts(html_text: str) -> str:
    """The header's repository link, without the theme's fetch of its stars
    and forks from api.github.com (it does so for a link it mounts as its
    `source` component): the site asks no other host for anything."""
    return html_text.replace(' data-md-component="source"', "")


def content_security_policy(html_text: str) -> str:
    """The page with a Content-Security-Policy that lets only the scripts it
    was built with run: the site's own files and, by hash, the theme's inline
    scripts. Markup that slipped into a page cannot run script."""
    hashes = set()
    for match in INLINE_SCRIPT.finditer(html_text):
        attributes = match["attributes"]
        kind = SCRIPT_TYPE.search(attributes)
        if "src=" in attributes or (kind and kind["type"] != "module"):
            continue  # a file of the site's, or data (JSON) that never runs
        digest = hashlib.sha256(match["body"].encode("utf-8")).digest()
        hashes.add(f"'sha256-{base64.b64encode(digest).decode()}'")
    policy = POLICY.format(hashes=" ".join(sorted(hashes)))
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    head = html_text.find("<head>")
    if head == -1:
        return html_text
    end = head + len("<head>")
    return html_text[:end] + meta + html_text[end:]


def download_text(path: Path) -> str:
    """A snippet module as a reader downloads it: without the section marks."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not SECTION_MARK.match(line)) + "\n"


def write_snippets(site: Path) -> None:
    for path in find_snippets():
        destination = site / path.relative_to(ROOT)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(download_text(path), encoding="utf-8")


def write_tree(out: Path) -> None:
    """The site's source as plain Markdown, with an mkdocs.yml without hooks."""
    docs = out / "docs"
    shutil.rmtree(out, ignore_errors=True)
    indexes = build()
    for path in sorted(DOCS.rglob("*")):
        relative = path.relative_to(DOCS)
        target = docs / relative
        if path.is_dir() or path.suffix == ".ipynb":
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            src = relative.as_posix()
            target.write_text(page_markdown(src, text, indexes), encoding="utf-8")
        else:
            shutil.copyfile(path, target)
    write_snippets(docs)  # served next to the pages, for the download links
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"^hooks:\n(?:  - .*\n)+", "", config, flags=re.MULTILINE)
    config = re.sub(
        r"^  - mkdocs-jupyter:\n(?:      .*\n)+", "", config, flags=re.MULTILINE
    )
    config = re.sub(
        r"^  - Notebooks:\n(?:      - .*\n)+", "", config, flags=re.MULTILINE
    )
    config = config.replace('base_path: ["."]', f'base_path: ["{ROOT}"]')
    (out / "mkdocs.yml").write_text(f"docs_dir: docs\n{config}", encoding="utf-8")


def retag_site(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        retagged = content_security_policy(without_source_facts(retag_output(text)))
        if retagged != text:
            page.write_text(retagged, encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (or site to retag)")
    parser.add_argument("--html", action="store_true", help="retag a built site")
    arguments = parser.parse_args()
    if arguments.html:
        retag_site(arguments.out)
    else:
        write_tree(arguments.out)
