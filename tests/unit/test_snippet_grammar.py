"""The snippet format (torchsheet/snippet.py), on case files and on every snippet.

Each `tests/cases/<name>.py` is a snippet; `<name>.expected.json` says what the
model must read from it: the header, the sections, the variant markers each
section's output shows, and the output expected on a few torch versions and
devices.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from torchsheet.paths import find_snippets, relative
from torchsheet.snippet import MARKER, OUTPUT_LINE, Condition, Snippet, parse_marker

CASES = sorted((Path(__file__).parent.parent / "cases").glob("*.py"))


def read(path: Path) -> tuple[Snippet, dict]:
    snippet = Snippet(path.read_text(encoding="utf-8"), path.name)
    expected = json.loads(path.with_suffix(".expected.json").read_text())
    return snippet, expected


@pytest.mark.parametrize("path", CASES, ids=lambda path: path.stem)
def test_header_and_sections(path):
    snippet, expected = read(path)
    assert snippet.requires == expected["requires"]
    assert snippet.launch == expected["launch"]
    spans = {name: [s.start, s.end] for name, s in snippet.sections.items()}
    assert spans == expected["sections"]


@pytest.mark.parametrize("path", CASES, ids=lambda path: path.stem)
def test_markers_of_each_section(path):
    snippet, expected = read(path)
    for section, markers in expected["markers"].items():
        found = snippet.variants_in(section or None)
        assert [[str(c) for c in conditions] for conditions in found] == markers


@pytest.mark.parametrize("path", CASES, ids=lambda path: path.stem)
def test_output_chosen_for_a_version_and_device(path):
    snippet, expected = read(path)
    for machine, outputs in expected["chosen"].items():
        version, device = machine.split()
        chosen = []
        for statement in snippet.prints:
            start, end = statement.block.chosen(version, device == "cuda")
            chosen.append(list(statement.block.lines[start:end]))
        assert chosen == outputs, machine


def test_conditions_compare_versions_as_numbers():
    below = Condition(op="<", version="2.15")
    assert below.holds("2.14.1", cuda=False)
    assert below.holds("2.9.0+cu126", cuda=True)
    assert not below.holds("2.15.0", cuda=False)
    assert not below.holds("2.15.0+cu132", cuda=False)
    assert Condition(op=">=", version="2.13").holds("2.13.0", cuda=False)
    assert Condition(device="cuda").holds("2.15.0", cuda=True)
    assert not Condition(device="cuda").holds("2.15.0", cuda=False)


@pytest.mark.parametrize(
    "text",
    ["['weight', 'bias']", "[0.8444, 0.5488]", "[(4, 2)]", "[torch]", "[cuda,]", "[]"],
)
def test_printed_lists_are_not_markers(text):
    assert parse_marker(text) is None


def test_every_marker_in_the_snippets_is_a_real_condition():
    """A `#> [..]` line the grammar takes for a marker parses as conditions,
    and every bracketed line it does not take is printed output."""
    problems = []
    for path in find_snippets():
        snippet = Snippet(path.read_text(encoding="utf-8"), relative(path))
        for number, line in enumerate(snippet.lines, start=1):
            match = OUTPUT_LINE.match(line)
            text = (match["text"] or "").strip() if match else ""
            if MARKER.match(text) and parse_marker(text) is None:
                problems.append(f"{relative(path)}:{number}: {text}")
    assert not problems


def test_section_names_start_with_a_letter():
    """pymdownx.snippets (the include extension any engine without our hooks
    uses) finds only sections whose name starts with a letter."""
    bad = [
        f"{relative(path)}: {name}"
        for path in find_snippets()
        for name in Snippet(path.read_text(encoding="utf-8")).sections
        if not name[:1].isalpha()
    ]
    assert not bad
