"""What a block shows and what its copy button copies: a whole program.

For an include of a section, the lines it needs to run are its *setup*: the
module's lines outside every section that come before it, and the earlier
sections whose names (or the files they write) it uses. Like rustdoc's hidden
lines, the block shows the section, folds the setup above it, and the copy
button copies setup and section together: a program that runs alone and
prints its `#>` lines. `tests/test_copy.py` runs every such program.

The rules of the slicing, one chunk (a section or the lines between sections)
at a time, from the section back to the top of the module:
- every chunk outside a section that comes before it is kept (imports, seeds);
- an earlier section is kept when a kept chunk reads a name it defines, or a
  file name (a string such as "model.pth") it mentions;
- where any chunk cannot be parsed, everything before the section is kept.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import html
import re
from pathlib import Path

from torchsheet.paths import ROOT
from torchsheet.snippet import Condition, parse

ANNOTATION_MARK = re.compile(r"[ \t]*#[ \t]*\(\d+\)!?[ \t]*$")


FILE_NAME = re.compile(r"^[\w\-./]+\.[A-Za-z]\w{0,4}$")
STORE = (ast.Store, ast.Del)
DEFINITION = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
IMPORT = (ast.Import, ast.ImportFrom)


def _names_of(node: ast.AST | None) -> set[str]:
    if node is None:
        return set()
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _statement(node: ast.AST) -> tuple[set[str], set[str], set[str], set[str]]:
    """One walk through a statement: the names it reads, the names it defines,
    the file names it mentions and the names it binds before it reads them.

    - defines: assignment and `del` targets, functions, classes, imports,
      `except ... as` names;
    - file names: string constants that look like one ("model.pth"), as
      `file:model.pth`: a chunk that loads a file needs the chunk that wrote it;
    - binds before reading: `except ... as err`, the targets of its `for` loops
      and comprehensions, `with ... as name`."""
    loads, targets, files, bound = set(), set(), set(), set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            if isinstance(sub.ctx, ast.Load):
                loads.add(sub.id)
            elif isinstance(sub.ctx, STORE):
                targets.add(sub.id)
        elif isinstance(sub, ast.Constant):
            if isinstance(sub.value, str) and FILE_NAME.match(sub.value):
                files.add("file:" + sub.value)
        elif isinstance(sub, DEFINITION):
            targets.add(sub.name)
        elif isinstance(sub, IMPORT):
            for alias in sub.names:
                targets.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(sub, ast.ExceptHandler):
            if sub.name:
                targets.add(sub.name)
                bound.add(sub.name)
        elif isinstance(sub, (ast.For, ast.comprehension)):
            bound |= _names_of(sub.target)
        elif isinstance(sub, ast.withitem):
            bound |= _names_of(sub.optional_vars)
    return loads, targets, files, bound


def uses_and_defines(lines: list[str]) -> tuple[set[str], set[str]] | None:
    """Names a chunk reads before defining them itself, and names it defines."""
    return _analysis(tuple(lines))


@functools.lru_cache(maxsize=4096)
def _analysis(lines: tuple[str, ...]) -> tuple[set[str], set[str]] | None:
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return None
    free, defined = set(), set()
    for statement in tree.body:
        loads, targets, files, bound = _statement(statement)
        free |= (loads - defined - bound) | (files - defined)
        defined |= targets | files
    return free, defined


def _tidy(lines: list[str]) -> list[str]:
    """Drop blank lines at both ends and runs of more than one blank line."""
    tidy: list[str] = []
    for line in lines:
        if line.strip() or (tidy and tidy[-1].strip()):
            tidy.append(line.rstrip())
    while tidy and not tidy[-1].strip():
        tidy.pop()
    return tidy


@dataclasses.dataclass
class Program:
    """What a block shows, and the program its copy button copies."""

    setup: list[str]  # folded above the block ([] for a whole module)
    shown: list[str]
    requires: list[str]
    launch: str | None
    prefix: bool = True  # the module's own first lines: its run runs this too
    # the marker conditions of the output the block shows (`[torch<2.15]`)
    variants: list[tuple[Condition, ...]] = dataclasses.field(default_factory=list)

    @property
    def text(self) -> str:
        lines = [*self.setup, *([""] if self.setup else []), *self.shown]
        return "\n".join(ANNOTATION_MARK.sub("", line) for line in lines) + "\n"


def copy_program(target: str, section: str | None, root: Path = ROOT) -> Program:
    """The shown lines and the whole program for an include of `target[:section]`."""
    path = root / target
    if not path.is_file():
        raise FileNotFoundError(f"include of a missing file: {target}")
    return _program(target, section, path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=2048)
def _program(target: str, section: str | None, source: str) -> Program:
    snippet = parse(source, target)
    requires, launch, chunks = snippet.requires, snippet.launch, snippet.chunks
    if section is None:
        shown = _tidy([line for chunk in chunks for line in chunk.lines])
        return Program([], shown, requires, launch, True, snippet.variants_in(None))
    names = [chunk.name for chunk in chunks]
    if section not in names:
        raise KeyError(f"no section {section!r} in {target}")
    position = names.index(section)
    before = chunks[:position]
    keep = {index for index, chunk in enumerate(before) if chunk.name is None}
    keep.add(position)
    analysed = [uses_and_defines(chunk.lines) for chunk in chunks[: position + 1]]
    if any(result is None for result in analysed):
        keep = set(range(position + 1))  # cannot tell: take everything before it
    else:
        pending = sorted(keep)
        while pending:
            user = pending.pop()
            for name in analysed[user][0]:
                for index in range(user - 1, -1, -1):
                    if name in analysed[index][1]:
                        if index not in keep:
                            keep.add(index)
                            pending.append(index)
                        break
    setup = _tidy(
        [line for index in sorted(keep - {position}) for line in chunks[index].lines]
    )
    prefix = keep == set(range(position + 1))
    shown = _tidy(chunks[position].lines)
    variants = snippet.variants_in(section)
    return Program(setup, shown, requires, launch, prefix, variants)


def summary(setup: list[str]) -> str:
    """'Setup: 6 lines (imports; defines logits, labels)'."""
    count = sum(1 for line in setup if line.strip())
    parts = []
    result = uses_and_defines(setup)
    if result:
        imports = any(line.startswith(("import ", "from ")) for line in setup)
        defined = sorted(
            {
                name
                for name in result[1]
                if not name.startswith(("_", "file:"))
                and not any(
                    line.startswith(("import ", "from ")) and f" {name}" in line
                    for line in setup
                )
            }
        )
        if imports:
            parts.append("imports")
        if defined:
            shown = ", ".join(
                f"<code>{html.escape(name)}</code>" for name in defined[:6]
            )
            more = " …" if len(defined) > 6 else ""
            parts.append(f"defines {shown}{more}")
    detail = f" ({'; '.join(parts)})" if parts else ""
    return f"Setup: {count} line{'s' if count != 1 else ''}{detail}"
