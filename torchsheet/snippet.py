"""The snippet format, read in one place.

A snippet module is plain Python with four kinds of structured comment:

- a header in its first five lines: `# requires: cuda, mnist` (what it needs to
  run; see tests/capabilities.py) and `# launch: torchrun --nproc-per-node=2`
  (how it is started);
- named sections, `# --8<-- [start:name]` ... `# --8<-- [end:name]`, which a
  page can include on their own;
- under every `print` statement, its output as `#>` lines. A block of exactly
  `#> ...` marks output that differs from machine to machine;
- inside an output block, variant markers: `#> [torch<2.15]`, `#> [cuda]`,
  `#> [cuda, torch>=2.13]`. The lines above the first marker are what the
  pinned torch prints on CPU; the lines after a marker are what prints instead
  where all its conditions hold. Nothing else in brackets is a marker: a
  printed list such as `#> ['weight', 'bias']` is output.

`parse` turns a module into a `Snippet`; the test harness, the page builder,
the indexes and the tests all read snippets through it.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import re
from functools import cached_property

OUTPUT_LINE = re.compile(r"^(?P<indent>\s*)#>(?: (?P<text>.*))?$")
OUTPUT_MARK = re.compile(r"^(\s*)#>", re.MULTILINE)
SECTION_MARK = re.compile(
    r"^\s*#\s*--8<--\s*\[(?P<kind>start|end):(?P<name>[\w\-]+)\]\s*$"
)
REQUIRES = re.compile(r"^# requires: (?P<names>[\w\-, ]+)$")
LAUNCH = re.compile(r"^# launch: (?P<command>.+)$")
HEADER_LINES = 5
_CONDITION = r"(?:cuda|cpu|torch(?:<|>=)\d+(?:\.\d+)*)"
MARKER = re.compile(rf"^\[(?P<conditions>{_CONDITION}(?:,\s*{_CONDITION})*)\]$")
CONDITION = re.compile(
    r"^(?:(?P<device>cuda|cpu)|torch(?P<op><|>=)(?P<version>\d+(?:\.\d+)*))$"
)
VARIES = ["..."]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(piece) for piece in re.findall(r"\d+", text.split("+")[0])[:3])


@dataclasses.dataclass(frozen=True)
class Condition:
    """One condition of a marker: a device (`cuda`, `cpu`) or a torch range."""

    device: str | None = None
    op: str | None = None  # "<" or ">="
    version: str | None = None

    def holds(self, torch_version: str, cuda: bool) -> bool:
        if self.device:
            return (self.device == "cuda") == cuda
        installed, bound = _version(torch_version), _version(self.version or "")
        width = max(len(installed), len(bound))
        installed += (0,) * (width - len(installed))
        bound += (0,) * (width - len(bound))
        return installed < bound if self.op == "<" else installed >= bound

    def __str__(self) -> str:
        return self.device or f"torch{self.op}{self.version}"

    def describe(self) -> str:
        """In a reader's words: 'torch 2.14 and older', 'a CUDA GPU'."""
        if self.device == "cuda":
            return "a machine with a CUDA GPU"
        if self.device == "cpu":
            return "a machine without a GPU"
        if self.op == "<":
            return f"torch older than {self.version}"
        return f"torch {self.version} and newer"


def parse_marker(text: str) -> tuple[Condition, ...] | None:
    """The conditions of a marker line's text (`[cuda, torch<2.13]`), or None."""
    match = MARKER.match(text.strip())
    if match is None:
        return None
    conditions = []
    for part in re.split(r",\s*", match["conditions"]):
        found = CONDITION.match(part)
        conditions.append(Condition(found["device"], found["op"], found["version"]))
    return tuple(conditions)


def marker_text(conditions: tuple[Condition, ...]) -> str:
    """`[cuda, torch<2.13]`: the marker as a snippet writes it."""
    return "[" + ", ".join(map(str, conditions)) + "]"


def describe(conditions: tuple[Condition, ...]) -> str:
    return ", with ".join(condition.describe() for condition in conditions)


@dataclasses.dataclass(frozen=True)
class Variant:
    """The output that prints instead where all `conditions` hold."""

    conditions: tuple[Condition, ...]
    start: int  # index in the block of the first line after the marker
    end: int


@dataclasses.dataclass(frozen=True)
class OutputBlock:
    """The `#>` lines under a print statement."""

    first_line: int  # 1-based line of its first `#>` line
    lines: tuple[str, ...]  # the text of every line, markers included
    variants: tuple[Variant, ...]

    @property
    def main(self) -> list[str]:
        """What the pinned torch prints on CPU."""
        end = self.variants[0].start - 1 if self.variants else len(self.lines)
        return list(self.lines[:end])

    def chosen(self, torch_version: str, cuda: bool) -> tuple[int, int]:
        """The slice of `lines` expected from this torch on this machine."""
        for variant in self.variants:
            if all(c.holds(torch_version, cuda) for c in variant.conditions):
                return variant.start, variant.end
        return 0, len(self.main)

    def wordings(self) -> list[tuple[tuple[Condition, ...], list[tuple[int, str]]]]:
        """(conditions, [(line, text)]) of each wording: () for the main block."""
        spans = [((), 0, len(self.main))]
        spans += [(v.conditions, v.start, v.end) for v in self.variants]
        return [
            (conditions, [(self.first_line + i, self.lines[i]) for i in range(a, b)])
            for conditions, a, b in spans
        ]


def output_block(lines: list[str], after: int) -> OutputBlock | None:
    """The `#>` block that starts on the line after line `after` (1-based)."""
    texts = []
    for line in lines[after:]:
        match = OUTPUT_LINE.match(line)
        if not match:
            break
        texts.append((match["text"] or "").rstrip())
    if not texts:
        return None
    markers = [i for i, text in enumerate(texts) if parse_marker(text) is not None]
    variants = tuple(
        Variant(
            parse_marker(texts[index]),
            index + 1,
            markers[number + 1] if number + 1 < len(markers) else len(texts),
        )
        for number, index in enumerate(markers)
    )
    return OutputBlock(after + 1, tuple(texts), variants)


@dataclasses.dataclass(frozen=True)
class PrintStatement:
    first_line: int
    last_line: int
    indent: str
    block: OutputBlock | None  # None: no `#>` block under it

    @property
    def expected(self) -> list[str] | None:
        return list(self.block.lines) if self.block else None


@dataclasses.dataclass(frozen=True)
class Section:
    name: str
    start: int  # line of its start mark
    end: int  # line of its end mark


@dataclasses.dataclass
class Chunk:
    """A run of lines: a named section, or lines outside every section."""

    name: str | None
    lines: list[str]


def _print_statements(tree: ast.AST, lines: list[str]) -> list[PrintStatement]:
    """Every statement that calls `print` (not counting nested statements)."""
    statements: dict[tuple[int, int], ast.stmt] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt):
            continue
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.stmt, ast.excepthandler, ast.match_case)):
                continue
            for sub in ast.walk(child):
                if (
                    isinstance(sub, ast.Call)
                    and isinstance(sub.func, ast.Name)
                    and sub.func.id == "print"
                ):
                    statements[(node.lineno, node.end_lineno)] = node
    return [
        PrintStatement(
            first,
            last,
            lines[first - 1][: node.col_offset],
            output_block(lines, last),
        )
        for (first, last), node in sorted(statements.items())
    ]


@dataclasses.dataclass
class Snippet:
    source: str
    path: str = "<snippet>"

    @cached_property
    def lines(self) -> list[str]:
        return self.source.splitlines()

    # -- the header

    @cached_property
    def requires(self) -> list[str]:
        return [
            name.strip()
            for line in self.lines[:HEADER_LINES]
            if (match := REQUIRES.match(line.strip()))
            for name in match["names"].split(",")
            if name.strip()
        ]

    @cached_property
    def launch(self) -> str | None:
        for line in self.lines[:HEADER_LINES]:
            if match := LAUNCH.match(line.strip()):
                return match["command"].strip()
        return None

    # -- sections

    @cached_property
    def sections(self) -> dict[str, Section]:
        found, open_ = {}, []
        for number, line in enumerate(self.lines, start=1):
            match = SECTION_MARK.match(line)
            if match and match["kind"] == "start":
                open_.append((match["name"], number))
            elif match and open_:
                name, start = open_.pop()
                found[name] = Section(name, start, number)
        return found

    def section_of(self, line_number: int) -> str | None:
        """The innermost section holding a line."""
        holding = [
            section
            for section in self.sections.values()
            if section.start < line_number < section.end
        ]
        return max(holding, key=lambda s: s.start).name if holding else None

    def span(self, section: str | None) -> tuple[int, int]:
        """First and last line of a section, or of the whole module."""
        if section is None:
            return 1, len(self.lines)
        found = self.sections[section]
        return found.start, found.end

    @cached_property
    def chunks(self) -> list[Chunk]:
        found = [Chunk(None, [])]
        for line in self.lines:
            match = SECTION_MARK.match(line)
            if match and match["kind"] == "start":
                found.append(Chunk(match["name"], []))
            elif match:
                found.append(Chunk(None, []))
            else:
                found[-1].lines.append(line)
        return [chunk for chunk in found if chunk.lines or chunk.name]

    # -- code and output

    @cached_property
    def tree(self) -> ast.Module:
        """The module's syntax tree; a SyntaxError names the file and line."""
        try:
            return _tree(self.source)
        except SyntaxError:
            return ast.parse(self.source, filename=self.path)  # raises, naming it

    @cached_property
    def prints(self) -> list[PrintStatement]:
        return _prints(self.source, self.tree)

    def stray_output_lines(self) -> list[int]:
        """Line numbers of `#>` lines that sit under no print statement."""
        owned = set()
        for statement in self.prints:
            for offset in range(len(statement.expected or [])):
                owned.add(statement.last_line + 1 + offset)
        return [
            number
            for number, line in enumerate(self.lines, start=1)
            if OUTPUT_LINE.match(line) and number not in owned
        ]

    def blocks_in(self, section: str | None) -> list[OutputBlock]:
        first, last = self.span(section)
        return [
            statement.block
            for statement in self.prints
            if statement.block and first <= statement.first_line <= last
        ]

    def variants_in(self, section: str | None) -> list[tuple[Condition, ...]]:
        """The distinct marker conditions of the output a section shows."""
        found = []
        for block in self.blocks_in(section):
            for variant in block.variants:
                if variant.conditions not in found:
                    found.append(variant.conditions)
        return found


# The same text is asked for under its path and without one (`<snippet>`):
# its tree and prints are kept per text, for both.
@functools.lru_cache(maxsize=1024)
def _tree(source: str) -> ast.Module:
    return ast.parse(source)


@functools.lru_cache(maxsize=1024)
def _prints(source: str, tree: ast.Module) -> list[PrintStatement]:
    return _print_statements(tree, source.splitlines())


@functools.lru_cache(maxsize=1024)
def parse(source: str, path: str = "<snippet>") -> Snippet:
    """The model of a module's source (one per source text: do not mutate it)."""
    return Snippet(source, path)
