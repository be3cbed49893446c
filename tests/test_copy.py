"""What a reader copies from a page runs alone and prints what the page shows.

Every python include on every page becomes, through hooks/blocks.py, a block
whose copy button copies a whole program (the section and the setup it needs).
This test takes each of those programs exactly as the hook writes it into the
page, saves it as a file in an empty folder and runs it the way the snippet
tests run a snippet (fresh namespace, warnings as errors, `#>` lines checked,
random draws only after seeding). A whole-module include copies the module
itself, which tests/test_snippets.py runs already, so it is not run twice;
nor is a section whose program is the first lines of its module.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from test_snippets import problems_of

import blocks  # hooks/blocks.py, on the path by pyproject.toml
import harness


@dataclass
class Block:
    page: str
    heading: str
    target: str
    section: str | None

    @property
    def name(self) -> str:
        return f"{self.page} > {self.heading} > {self.target}:{self.section}"


def copied_blocks() -> list[Block]:
    return [
        Block(inc.page, inc.heading, inc.target, inc.section)
        for inc in harness.includes()
        if inc.target.startswith("snippets/") and inc.target.endswith(".py")
    ]


BLOCKS = copied_blocks()
# A block whose program is the module's first lines (all that comes before the
# section, and the section) runs exactly as the start of the module does, which
# tests/test_snippets.py runs: only the others need a run of their own.
SECTIONS = [
    block
    for block in BLOCKS
    if block.section and not blocks.copy_program(block.target, block.section).prefix
]


def test_every_block_is_a_program_or_a_whole_module():
    """Counts, and that every include resolves (the build would fail too)."""
    assert BLOCKS, "no blocks found on the pages"
    for block in BLOCKS:
        program = blocks.copy_program(block.target, block.section)
        assert program.shown, f"{block.name}: shows nothing"


@pytest.mark.parametrize("block", SECTIONS, ids=lambda block: block.name)
def test_copied_section_runs_alone(block, tmp_path_factory, monkeypatch, cache):
    program = blocks.copy_program(block.target, block.section)
    folder = tmp_path_factory.mktemp("copied")
    copied = folder / "program" / f"{block.section}.py"
    copied.parent.mkdir()
    copied.write_text(program.text, encoding="utf-8")
    workdir = folder / "work"
    workdir.mkdir()
    problems = problems_of(copied, workdir, monkeypatch, cache)
    if problems:
        pytest.fail(
            f"the copy button of {block.name} gives a program that fails alone:\n\n"
            + program.text
            + "\n"
            + "\n\n".join(problems),
            pytrace=False,
        )
