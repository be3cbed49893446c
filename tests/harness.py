"""Run snippet modules in-process and check their `#>` output blocks.

A snippet prints with plain `print`; the real output sits under the print as
`#>` lines. `run_snippet` executes a module in a fresh namespace (as `__main__`,
like `python file.py`) with a `print` that records which statement printed, and
`check` compares those records with the `#>` blocks. `rewrite` puts real output
back into the source (used by `pytest --update-examples`).

A block that is exactly `#> ...` marks output that differs from machine to
machine (a GPU's name, a timing): the print must print something, and what it
prints is not compared.

Where an older torch prints something else (an error message reworded), the
block goes on with a marker line such as `#> [torch<2.12]` and the output of
those versions under it; the lines above the first marker are the output of the
pinned version. A marker line is written by hand, the output under it by
`--update-examples` run on such a version (`nox -s oldest`).
"""

from __future__ import annotations

import ast
import dataclasses
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"

OUTPUT_LINE = re.compile(r"^(?P<indent>\s*)#>(?: (?P<text>.*))?$")
OUTPUT_MARK = re.compile(r"^(\s*)#>", re.MULTILINE)
REQUIRES_LINE = re.compile(r"^# requires: (?P<names>[\w\-, ]+)$")
SECTION_MARK = re.compile(r"#\s*--8<--\s*\[(?P<kind>start|end):(?P<name>[\w\-]+)\]")
INCLUDE = re.compile(r"--8<--\s+\"(?P<target>[^\"]+)\"")
HEADING = re.compile(r"^(#{1,6})\s+(?P<title>.+?)\s*$")
VARIES = ["..."]
VARIANT = re.compile(
    r"^\[(?P<conditions>(?:cuda|cpu|torch(?:<|>=)\d+(?:\.\d+)*)(?:,\s*(?:cuda|cpu|torch(?:<|>=)\d+(?:\.\d+)*))*)\]$"
)
CONDITION = re.compile(
    r"^(?:(?P<device>cuda|cpu)|torch(?P<op><|>=)(?P<version>\d+(?:\.\d+)*))$"
)
LAUNCH_LINE = re.compile(r"^# launch: (?P<command>.+)$")


def find_snippets() -> list[Path]:
    return sorted(SNIPPETS.glob("*/*.py"))


def relative(path: Path) -> str:
    path = path.resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def requirements(source: str) -> list[str]:
    """Capabilities a snippet declares with a `# requires: cuda` line near the top."""
    for line in source.splitlines()[:5]:
        match = REQUIRES_LINE.match(line.strip())
        if match:
            return [name.strip() for name in match["names"].split(",") if name.strip()]
    return []


@dataclasses.dataclass
class PrintStatement:
    first_line: int
    last_line: int
    indent: str
    expected: list[str] | None  # None: no `#>` block under it


def print_statements(source: str) -> list[PrintStatement]:
    """Every statement that calls `print`, with the `#>` block under it."""
    tree = ast.parse(source)
    lines = source.splitlines()
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
    found = []
    for (first, last), node in sorted(statements.items()):
        block = []
        for line in lines[last:]:
            match = OUTPUT_LINE.match(line)
            if not match:
                break
            block.append((match["text"] or "").rstrip())
        indent = lines[first - 1][: node.col_offset]
        found.append(PrintStatement(first, last, indent, block or None))
    return found


def stray_output_lines(source: str, statements: list[PrintStatement]) -> list[int]:
    """Line numbers of `#>` lines that do not sit under a print statement."""
    owned = set()
    for statement in statements:
        for offset in range(len(statement.expected or [])):
            owned.add(statement.last_line + 1 + offset)
    return [
        number
        for number, line in enumerate(source.splitlines(), start=1)
        if OUTPUT_LINE.match(line) and number not in owned
    ]


def section_of(source: str, line_number: int) -> str | None:
    """Name of the innermost `# --8<-- [start:name]` section holding a line."""
    open_sections: list[str] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if number == line_number:
            return open_sections[-1] if open_sections else None
        match = SECTION_MARK.search(line)
        if match and match["kind"] == "start":
            open_sections.append(match["name"])
        elif match and open_sections:
            open_sections.pop()
    return None


def sections(source: str) -> list[str]:
    return [
        match["name"]
        for match in map(SECTION_MARK.search, source.splitlines())
        if match and match["kind"] == "start"
    ]


@dataclasses.dataclass
class Include:
    page: str
    heading: str
    target: str
    section: str | None


def includes() -> list[Include]:
    """Every `--8<-- "file"` include on every Markdown page, with its heading."""
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        heading = ""
        in_fence = False
        for line in page.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith(("```", "~~~")):
                in_fence = not in_fence
            match = HEADING.match(line)
            if match and not in_fence:
                heading = match["title"]
            for include in INCLUDE.finditer(line):
                target, _, section = include["target"].partition(":")
                found.append(Include(relative(page), heading, target, section or None))
    return found


def shown_on(path: Path, section: str | None) -> str:
    """Where a snippet (or one of its sections) is shown, for failure reports."""
    target = relative(path)
    places = [
        f'{inc.page} under "{inc.heading}"'
        for inc in includes()
        if inc.target == target and inc.section in (None, section)
    ]
    return "; ".join(places) or "no page"


class Recorder:
    """A `print` that keeps what each print statement of one file printed."""

    def __init__(self, filename: str, statements: list[PrintStatement]):
        self.filename = filename
        self.owner: dict[int, PrintStatement] = {}
        for statement in statements:
            for line in range(statement.first_line, statement.last_line + 1):
                self.owner.setdefault(line, statement)
        self.output: dict[int, list[str]] = {}
        self.unowned: list[str] = []
        self.log: list[str] = []  # everything printed, in order

    def __call__(self, *args, sep=" ", end="\n", file=None, flush=False):
        if file not in (None, sys.stdout):
            print(*args, sep=sep, end=end, file=file, flush=flush)
            return
        text = (" " if sep is None else sep).join(map(str, args))
        text += "\n" if end is None else end
        self.log.append(text)
        frame = sys._getframe(1)
        statement = None
        if frame.f_code.co_filename == self.filename:
            statement = self.owner.get(frame.f_lineno)
        if statement is None:
            self.unowned.append(text)
        else:
            self.output.setdefault(statement.last_line, []).append(text)

    def lines(self, statement: PrintStatement) -> list[str] | None:
        chunks = self.output.get(statement.last_line)
        if chunks is None:
            return None
        return [line.rstrip() for line in "".join(chunks).rstrip("\n").split("\n")]


def run_snippet(path: Path) -> Recorder:
    """Execute a snippet as `__main__` in a fresh namespace, recording prints."""
    source = path.read_text(encoding="utf-8")
    recorder = Recorder(str(path), print_statements(source))
    argv = sys.argv
    sys.argv = [str(path)]
    try:
        runpy.run_path(str(path), init_globals={"print": recorder}, run_name="__main__")
    finally:
        sys.argv = argv
    return recorder


def missing_modules(source: str) -> list[str]:
    """Top-level packages a snippet imports that this interpreter lacks."""
    import importlib.util

    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return sorted(name for name in names if importlib.util.find_spec(name) is None)


def launch_command(source: str) -> list[str] | None:
    """`# launch: torchrun --nproc-per-node=2` near the top: run it that way."""
    for line in source.splitlines()[:5]:
        match = LAUNCH_LINE.match(line.strip())
        if match:
            return match["command"].split()
    return None


def applies(marker: str) -> bool:
    """Whether a marker such as `[torch<2.12]`, `[cuda]` or `[cuda, torch<2.13]` holds.

    `cuda` holds where a CUDA GPU is available, `cpu` where none is.
    """
    import torch
    from torch.torch_version import TorchVersion

    installed = TorchVersion(torch.__version__.split("+")[0])
    conditions = VARIANT.match(marker)["conditions"]
    for condition in re.split(r",\s*", conditions):
        match = CONDITION.match(condition)
        if match["device"]:
            if (match["device"] == "cuda") != torch.cuda.is_available():
                return False
        elif (
            match["op"] == "<"
            and not installed < match["version"]
            or match["op"] == ">="
            and not installed >= match["version"]
        ):
            return False
    return True


def variant_for_this_torch(block: list[str]) -> tuple[int, int]:
    """The slice of a `#>` block holding the output expected from this torch."""
    markers = [index for index, line in enumerate(block) if VARIANT.match(line)]
    for number, index in enumerate(markers):
        if applies(block[index]):
            end = markers[number + 1] if number + 1 < len(markers) else len(block)
            return index + 1, end
    return 0, markers[0] if markers else len(block)


@dataclasses.dataclass
class Mismatch:
    line: int
    code: str
    expected: list[str] | None
    actual: list[str] | None


def check(path: Path, recorder: Recorder) -> list[Mismatch]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    mismatches = []
    for statement in print_statements(source):
        actual = recorder.lines(statement)
        expected = statement.expected
        if expected is not None:
            start, end = variant_for_this_torch(expected)
            expected = expected[start:end] or None
        if expected == VARIES and actual:
            continue
        if expected != actual:
            code = "\n".join(lines[statement.first_line - 1 : statement.last_line])
            mismatches.append(Mismatch(statement.first_line, code, expected, actual))
    return mismatches


def rewrite(source: str, recorder: Recorder) -> str:
    """Return the source with every `#>` block replaced by the real output."""
    lines = source.splitlines()
    for statement in reversed(print_statements(source)):
        expected = statement.expected or []
        start, end = variant_for_this_torch(expected)
        if expected[start:end] == VARIES:
            continue
        actual = recorder.lines(statement) or []
        indent = statement.indent
        if expected:  # keep the block where it is (ruff may have moved it)
            indent = OUTPUT_LINE.match(lines[statement.last_line])["indent"]
        block = [f"{indent}#> {text}" if text else f"{indent}#>" for text in actual]
        first = statement.last_line + start
        lines[first : statement.last_line + end] = block
    return "\n".join(lines) + "\n"


def ruff_formatted(paths: list[Path], workdir: Path) -> dict[Path, str]:
    """Each snippet as `ruff format` writes it, with its `#>` lines untouched.

    ruff (like black) would turn `#> text` into `# > text`, so the output lines
    are masked while ruff formats copies in `workdir`.
    """
    import subprocess

    mask = "#:>"
    copies = {}
    for path in paths:
        copy = workdir / relative(path)
        copy.parent.mkdir(parents=True, exist_ok=True)
        source = path.read_text(encoding="utf-8")
        copy.write_text(OUTPUT_MARK.sub(r"\1" + mask, source), encoding="utf-8")
        copies[path] = copy
    config = str(ROOT / "pyproject.toml")
    command = [sys.executable, "-m", "ruff", "format", "--quiet", "--config", config]
    # Files named on the command line are formatted even though pyproject.toml
    # excludes snippets/ from a plain `ruff format .`.
    subprocess.run([*command, *map(str, copies.values())], cwd=workdir, check=True)
    return {
        path: re.sub(r"^(\s*)#:>", r"\1#>", copy.read_text(), flags=re.MULTILINE)
        for path, copy in copies.items()
    }


if (
    __name__ == "__main__"
):  # python tests/harness.py [FILE...]: format snippets in place
    import tempfile

    chosen = [Path(name).resolve() for name in sys.argv[1:]] or find_snippets()
    with tempfile.TemporaryDirectory() as workdir:
        for path, formatted in ruff_formatted(chosen, Path(workdir)).items():
            if formatted != path.read_text(encoding="utf-8"):
                path.write_text(formatted, encoding="utf-8")
                print(f"formatted {relative(path)}")
