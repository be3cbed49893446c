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
import functools
import re
import runpy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from torchsheet import pages
from torchsheet.paths import DOCS, ROOT, SNIPPETS, find_snippets, relative
from torchsheet.snippet import (
    OUTPUT_LINE,
    OUTPUT_MARK,
    VARIES,
    PrintStatement,
    Snippet,
    parse,
    parse_marker,
)

__all__ = ["DOCS", "ROOT", "SNIPPETS", "find_snippets", "relative"]


# `parse` keeps one model per source text: a test asks for the same snippet's
# prints, header and sections several times, and parses it once.
def snippet_of(path: Path) -> Snippet:
    return parse(Path(path).read_text(encoding="utf-8"), relative(path))


def requirements(source: str) -> list[str]:
    """Capabilities a snippet declares with a `# requires: cuda` line near the top."""
    return parse(source).requires


def launch_command(source: str) -> list[str] | None:
    """`# launch: torchrun --nproc-per-node=2` near the top: run it that way."""
    launch = parse(source).launch
    return launch.split() if launch else None


def print_statements(source: str) -> list[PrintStatement]:
    """Every statement that calls `print`, with the `#>` block under it."""
    return parse(source).prints


def stray_output_lines(source: str, statements=None) -> list[int]:
    """Line numbers of `#>` lines that do not sit under a print statement."""
    return parse(source).stray_output_lines()


def section_of(source: str, line_number: int) -> str | None:
    """Name of the innermost `# --8<-- [start:name]` section holding a line."""
    return parse(source).section_of(line_number)


def sections(source: str) -> list[str]:
    return list(parse(source).sections)


def includes() -> list[pages.Include]:
    """Every `--8<-- "file"` include on every Markdown page, with its heading."""
    return pages.includes(DOCS)


def shown_on(path: Path, section: str | None) -> str:
    """Where a snippet (or one of its sections) is shown, for failure reports."""
    target = relative(path)
    places = [
        f'{inc.page} under "{inc.heading}"'
        for inc in includes()
        if inc.target == target and inc.section in (None, section)
    ]
    return "; ".join(places) or "no page"


OUTPUT_CHARS = 2_000_000  # what one run may print


class OutputLimit(Exception):
    pass


class Recorder:
    """A `print` that keeps what each print statement of one file printed."""

    def __init__(self, filename: str, statements: list[PrintStatement]):
        self.filename = filename
        self.owner: dict[int, PrintStatement] = {}
        self.ordinal = {id(statement): n for n, statement in enumerate(statements)}
        for statement in statements:
            for line in range(statement.first_line, statement.last_line + 1):
                self.owner.setdefault(line, statement)
        self.output: dict[int, list[str]] = {}
        self.unowned: list[str] = []
        self.log: list[str] = []  # everything printed, in order
        # the exception being handled when a print statement printed, by the
        # statement's place among the module's print statements
        self.raised: dict[int, str] = {}
        self.kinds: dict[str, str] = {}  # module-level name -> tensor/module/...

    def __call__(self, *args, sep=" ", end="\n", file=None, flush=False):
        if file not in (None, sys.stdout):
            print(*args, sep=sep, end=end, file=file, flush=flush)
            return
        text = (" " if sep is None else sep).join(map(str, args))
        text += "\n" if end is None else end
        self.log.append(text)
        self.printed = getattr(self, "printed", 0) + len(text)
        if self.printed > OUTPUT_CHARS:
            raise OutputLimit(f"printed over {OUTPUT_CHARS:,} characters")
        frame = sys._getframe(1)
        statement = None
        if frame.f_code.co_filename == self.filename:
            statement = self.owner.get(frame.f_lineno)
        if statement is None:
            self.unowned.append(text)
        else:
            self.output.setdefault(statement.last_line, []).append(text)
            handled = sys.exc_info()[1]
            if handled is not None:
                ordinal = self.ordinal[id(statement)]
                self.raised.setdefault(ordinal, type(handled).__name__)

    def lines(self, statement: PrintStatement) -> list[str] | None:
        chunks = self.output.get(statement.last_line)
        if chunks is None:
            return None
        return [line.rstrip() for line in "".join(chunks).rstrip("\n").split("\n")]


def run_snippet(path: Path) -> Recorder:
    """Execute a snippet as `__main__` in a fresh namespace, recording prints."""
    recorder = Recorder(str(path), snippet_of(path).prints)
    argv = sys.argv
    sys.argv = [str(path)]
    try:
        namespace = runpy.run_path(
            str(path), init_globals={"print": recorder}, run_name="__main__"
        )
    finally:
        sys.argv = argv
    recorder.kinds = kinds_of(namespace)
    return recorder


def kinds_of(namespace: dict) -> dict[str, str]:
    """What the module-level names of a run hold, for the API index: a tensor,
    a module, an optimizer or a learning-rate scheduler. A run that never
    imported torch holds none (and a fresh interpreter need not import it)."""
    torch = sys.modules.get("torch")
    if torch is None:
        return {}
    families = [
        ("tensor", torch.Tensor),
        ("module", torch.nn.Module),
        ("optimizer", torch.optim.Optimizer),
        ("scheduler", torch.optim.lr_scheduler.LRScheduler),
    ]
    found = {}
    for name, value in namespace.items():
        if name.startswith("__"):
            continue
        for family, base in families:
            if isinstance(value, base):
                found[name] = family
                break
    return found


def missing_modules(source: str, filename: str = "<snippet>") -> list[str]:
    """Top-level packages a snippet imports that this interpreter lacks."""
    import importlib.util

    names = imported_packages(parse(source, filename).tree)
    return sorted(name for name in names if importlib.util.find_spec(name) is None)


@functools.lru_cache(maxsize=1024)
def imported_packages(tree: ast.Module) -> frozenset[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return frozenset(names)


def applies(marker: str) -> bool:
    """Whether a marker such as `[torch<2.12]`, `[cuda]` or `[cuda, torch<2.13]` holds.

    `cuda` holds where a CUDA GPU is available, `cpu` where none is.
    """
    import torch

    conditions = parse_marker(marker)
    cuda = torch.cuda.is_available()
    return all(condition.holds(torch.__version__, cuda) for condition in conditions)


def chosen(statement: PrintStatement) -> tuple[int, int]:
    """The slice of a print's `#>` block holding the output expected here."""
    import torch

    if statement.block is None:
        return 0, 0
    return statement.block.chosen(torch.__version__, torch.cuda.is_available())


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
            start, end = chosen(statement)
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
        start, end = chosen(statement)
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
