"""What a reader copies from a page runs alone and prints what the page shows.

Every python include on every page becomes, through torchsheet/blocks.py, a block
whose copy button copies a whole program (the section and the setup it needs).
This test takes each of those programs exactly as the hook writes it into the
page, saves it as a file in an empty folder and runs it the way the snippet
tests run a snippet (fresh namespace, warnings as errors, `#>` lines checked,
random draws only after seeding). A whole-module include copies the module
itself (less its section marks), which tests/test_snippets.py runs already,
so it is not run twice;
nor is a section whose program is the first lines of its module.
"""

from __future__ import annotations

import pytest

from checks import problems_of
from torchsheet import pages
from torchsheet import program as blocks


def copied_blocks() -> list[pages.Include]:
    return pages.snippet_includes()


BLOCKS = copied_blocks()
# A block whose program is the module's first lines (all that comes before the
# section, and the section) runs exactly as the start of the module does, which
# tests/test_snippets.py runs: only the others need a run of their own.


def runs_alone(block) -> bool:
    """A section whose program needs a run of its own (a missing file or
    section is reported by tests/test_pages.py, not here)."""
    try:
        return not blocks.copy_program(block.target, block.section).prefix
    except (FileNotFoundError, KeyError, SyntaxError):
        return False


SECTIONS = [block for block in BLOCKS if block.section and runs_alone(block)]


def test_every_block_is_a_program_or_a_whole_module():
    """Counts, and that every include resolves (the build would fail too)."""
    assert BLOCKS, "no blocks found on the pages"
    for block in BLOCKS:
        try:
            program = blocks.copy_program(block.target, block.section)
        except (FileNotFoundError, KeyError) as err:
            pytest.fail(f"{block.name}: {err}", pytrace=False)
        assert program.shown, f"{block.name}: shows nothing"


@pytest.mark.parametrize("block", SECTIONS, ids=lambda block: block.name)
def test_copied_section_runs_alone(
    block, request, tmp_path_factory, monkeypatch, cache
):
    program = blocks.copy_program(block.target, block.section)
    folder = tmp_path_factory.mktemp("copied")
    copied = folder / "program" / f"{block.section}.py"
    copied.parent.mkdir()
    copied.write_text(program.text, encoding="utf-8")
    workdir = folder / "work"
    workdir.mkdir()
    # With --update-examples the snippet's own test rewrites its output: here
    # the program still has to run alone.
    updating = request.config.getoption("--update-examples")
    problems = problems_of(copied, workdir, monkeypatch, cache, updating=updating)
    if problems:
        pytest.fail(
            f"the copy button of {block.name} gives a program that fails alone:\n\n"
            + program.text
            + "\n"
            + "\n\n".join(problems),
            pytrace=False,
        )
