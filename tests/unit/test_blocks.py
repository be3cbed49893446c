"""The blocks a page shows (torchsheet/blocks.py), rendered for every page.

Every note under a block comes from the snippet model: a variant marker the
harness treats as one, a requirement tests/capabilities.py provides, a launch
line. A note that names anything else is a false note.
"""

from __future__ import annotations

import html
import re

import capabilities
from torchsheet import blocks, settings
from torchsheet.pages import page_url, pages
from torchsheet.paths import DOCS
from torchsheet.snippet import parse_marker

META = re.compile(r'<p class="ts-meta">(.*?)</p>', re.DOTALL)
MARKER_NOTE = re.compile(r"The lines after <code>#&gt; (\[[^<]*\])</code>")


def rendered() -> dict[str, list[str]]:
    """The notes under every block of every page, by page."""
    found = {}
    for path in pages(DOCS):
        src = path.relative_to(DOCS).as_posix()
        markdown = blocks.expand(path.read_text(encoding="utf-8"), page_url(src))
        found[src] = META.findall(markdown)
    return found


def test_every_note_names_a_real_marker_or_requirement():
    notes = settings.requirement_notes()
    false = []
    count = 0
    for page, metas in rendered().items():
        for meta in metas:
            count += 1
            for note in meta.split("<br>")[1:]:
                marker = MARKER_NOTE.match(note)
                if marker:
                    if parse_marker(html.unescape(marker[1])) is None:
                        false.append(f"{page}: {note}")
                elif note.startswith("Run it with <code>torchrun"):
                    continue
                elif (
                    html.unescape(re.sub(r"</?code>", "`", note)) not in notes.values()
                ):
                    false.append(f"{page}: {note}")
    assert count > 400, "too few blocks found"
    assert not false, "\n".join(false)


def test_requirement_notes_and_providers_have_the_same_names():
    assert set(settings.requirement_notes()) == set(capabilities.PROVIDERS)


def test_a_fence_is_longer_than_any_backtick_run_it_holds():
    lines = ['text = "```"', "more = '````'"]
    assert blocks.fence_for(lines) == "`````"
    assert blocks.fence_for(["plain"]) == "```"
