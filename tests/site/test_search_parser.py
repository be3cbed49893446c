"""The search plugin reads code blocks without their highlighting markup
(torchsheet/search.py, without_code_markup), and writes the same index.

Every built page is parsed by the plugin's own parser both ways; the sections
(their ids, titles and texts) must be the same.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from torchsheet import search

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("SITE_DIR", ROOT / "site"))


def sections(parser_class, html: str) -> list[tuple]:
    parser = parser_class()
    parser.feed(html)
    parser.close()
    return [
        (section.id, "".join(section.title), "".join(section.text))
        for section in parser.data
    ]


def test_the_index_is_the_same_without_the_code_markup():
    plugin = pytest.importorskip("material.plugins.search.plugin")
    pages = sorted(SITE.rglob("index.html"))
    if not pages:
        pytest.fail(f"no built site in {SITE}: run `nox -s docs`", pytrace=False)
    lighter = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        light = search.without_code_markup(html)
        lighter += len(html) - len(light)
        assert sections(plugin.Parser, light) == sections(plugin.Parser, html), page
    assert lighter > 0, "no code markup to leave out: the check checks nothing"
