"""The same pages from two engines: MkDocs with the hooks, and Zensical on the
plain Markdown that `python -m torchsheet.generate` writes (`nox -s zensical`).

Every snippet block must hold the same copy program and show the same text
(code, folded setup, notes and links) in both builds, and the generated pages
(the error and API indexes) must hold the same entries.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

MKDOCS_SITE = Path(os.environ.get("SITE_DIR", "site"))
ZENSICAL_SITE = os.environ.get("ZENSICAL_SITE_DIR")

pytestmark = pytest.mark.skipif(
    not ZENSICAL_SITE, reason="ZENSICAL_SITE_DIR not set: run `nox -s zensical`"
)


class Blocks(HTMLParser):
    """Each `ts-block` of a page: its copy program and its text, whitespace folded."""

    def __init__(self):
        super().__init__()
        self.blocks: list[dict[str, str]] = []
        self.depth = 0  # div nesting inside the current block
        self.article: list[str] = []
        self.in_article = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "article":
            self.in_article = True
        if tag == "div" and "ts-block" in classes and not self.depth:
            self.blocks.append({"copy": attributes.get("data-copy", ""), "text": ""})
            self.depth = 1
        elif tag == "div" and self.depth:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        if tag == "article":
            self.in_article = False

    def handle_data(self, data):
        if self.depth:
            self.blocks[-1]["text"] += data
        if self.in_article:
            self.article.append(data)


def parsed(path: Path) -> Blocks:
    blocks = Blocks()
    blocks.feed(path.read_text(encoding="utf-8"))
    for block in blocks.blocks:
        block["text"] = " ".join(block["text"].split())
    return blocks


def pages() -> list[Path]:
    return sorted(
        path.relative_to(MKDOCS_SITE)
        for path in MKDOCS_SITE.rglob("index.html")
        if "notebooks" not in path.parts
    )


def test_both_engines_build_the_same_blocks():
    zensical = Path(ZENSICAL_SITE)
    assert pages(), f"no MkDocs build in {MKDOCS_SITE}"
    problems, compared = [], 0
    for page in pages():
        if not (zensical / page).exists():
            problems.append(f"{page}: missing from the Zensical build")
            continue
        ours, theirs = parsed(MKDOCS_SITE / page), parsed(zensical / page)
        if len(ours.blocks) != len(theirs.blocks):
            problems.append(
                f"{page}: {len(ours.blocks)} blocks, Zensical {len(theirs.blocks)}"
            )
            continue
        for number, (one, other) in enumerate(
            zip(ours.blocks, theirs.blocks, strict=True)
        ):
            compared += 1
            if one["copy"] != other["copy"]:
                problems.append(f"{page}: block {number} copies another program")
            if one["text"] != other["text"]:
                problems.append(
                    f"{page}: block {number} shows other text:\n"
                    f"  {one['text'][:200]}\n  {other['text'][:200]}"
                )
    assert compared > 400, f"only {compared} blocks compared"
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("page", ["errors/index.html", "api/index.html"])
def test_both_engines_build_the_same_index_pages(page):
    def entries(path: Path) -> list[str]:
        text = " ".join("".join(parsed(path).article).split())
        return text.split(" › ")

    ours = entries(MKDOCS_SITE / page)
    theirs = entries(Path(ZENSICAL_SITE) / page)
    assert len(ours) > 50
    assert ours[1:] == theirs[1:]
