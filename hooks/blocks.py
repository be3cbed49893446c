"""Render each included snippet as a block whose copy button copies a whole program.

A page includes a snippet module, or a named section of one, in a python fence:

    ```python
    --8<-- "snippets/optim/01_cross_entropy.py:nll"
    ```

For a section, the lines it needs to run (the module's lines outside every
section that come before it, and the earlier sections whose names it uses) are
its *setup*. Like rustdoc's hidden lines, the block shows the section, folds the
setup above it, and the copy button (mkdocs-material copies the `data-copy`
attribute of the nearest ancestor when there is one) copies setup and section
together: a program that runs alone and prints its `#>` lines. Under the block,
a link downloads the whole module, which the site serves next to the pages.

`tests/test_copy.py` runs every program this hook makes; `copy_program` is the
one function both use.
"""

from __future__ import annotations

import ast
import html
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)[ \t]*python(?P<options>[^\n]*)\n"
    r"(?P=indent)--8<--[ \t]+\"(?P<target>snippets/[^\"]+?\.py)(?::(?P<section>[\w\-]+))?\"[ \t]*\n"
    r"(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE,
)
TITLE = re.compile(r'title="(?P<title>[^"]*)"')
SECTION_MARK = re.compile(
    r"^\s*#\s*--8<--\s*\[(?P<kind>start|end):(?P<name>[\w\-]+)\]\s*$"
)
ANNOTATION_MARK = re.compile(r"[ \t]*#[ \t]*\(\d+\)!?[ \t]*$")
REQUIRES = re.compile(r"^# requires: (?P<names>[\w\-, ]+)$")
LAUNCH = re.compile(r"^# launch: (?P<command>.+)$")
VARIANT_LINE = re.compile(r"^\s*#> \[(?P<marker>[^\]]+)\]\s*$")
OUTPUT_SPAN = re.compile(r'<span class="c1">(#&gt;(?:(?!</span>).)*)</span>')

NEEDS = {
    "cuda": "Needs a CUDA GPU: without one, `torch.cuda` calls here raise errors.",
    "gpus2": "Needs two CUDA GPUs.",
    "mnist": "Reads MNIST from `./data` (with `download=True` it downloads the "
    "files the first time, about 12 MB). With the real files it prints the real "
    "dataset sizes.",
    "imagefolder": "Reads images from `./data/pets/{train,val}/{cat,dog}/`: make "
    "those folders and put a few images in each before running it.",
    "pretrained": "Downloads the ImageNet weights (about 45 MB) the first time, "
    "into `~/.cache/torch`. Real weights print other numbers than shown here.",
}


@dataclass
class Chunk:
    """A run of lines: a named section, or lines outside every section."""

    name: str | None
    lines: list[str]


def chunks_of(source: str) -> list[Chunk]:
    found = [Chunk(None, [])]
    for line in source.splitlines():
        match = SECTION_MARK.match(line)
        if match and match["kind"] == "start":
            found.append(Chunk(match["name"], []))
        elif match:
            found.append(Chunk(None, []))
        else:
            found[-1].lines.append(line)
    return [chunk for chunk in found if chunk.lines or chunk.name]


def _targets(node: ast.AST) -> set[str]:
    names = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, (ast.Store, ast.Del)):
            names.add(sub.id)
        elif isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(sub.name)
        elif isinstance(sub, (ast.Import, ast.ImportFrom)):
            for alias in sub.names:
                names.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(sub, ast.ExceptHandler) and sub.name:
            names.add(sub.name)
    return names


def _loads(node: ast.AST) -> set[str]:
    return {
        sub.id
        for sub in ast.walk(node)
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load)
    }


FILE_NAME = re.compile(r"^[\w\-./]+\.[A-Za-z]\w{0,4}$")


def _file_names(node: ast.AST) -> set[str]:
    """String constants that look like file names ("model.pth"): a chunk that
    loads a file needs the earlier chunk that wrote it."""
    return {
        "file:" + sub.value
        for sub in ast.walk(node)
        if isinstance(sub, ast.Constant)
        and isinstance(sub.value, str)
        and FILE_NAME.match(sub.value)
    }


def _uses_and_defines(lines: list[str]) -> tuple[set[str], set[str]] | None:
    """Names a chunk reads before defining them itself, and names it defines."""
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return None
    free, defined = set(), set()
    for statement in tree.body:
        files = _file_names(statement)
        free |= (_loads(statement) - defined) | (files - defined)
        defined |= _targets(statement) | files
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


@dataclass
class Program:
    """What a block shows, and the program its copy button copies."""

    setup: list[str]  # folded above the block ([] for a whole module)
    shown: list[str]
    requires: list[str]
    launch: str | None
    prefix: bool = True  # the module's own first lines: its run runs this too

    @property
    def text(self) -> str:
        lines = [*self.setup, *([""] if self.setup else []), *self.shown]
        return "\n".join(ANNOTATION_MARK.sub("", line) for line in lines) + "\n"


def copy_program(target: str, section: str | None, root: Path = ROOT) -> Program:
    """The shown lines and the whole program for an include of `target[:section]`."""
    path = root / target
    if not path.is_file():
        raise FileNotFoundError(f"include of a missing file: {target}")
    source = path.read_text(encoding="utf-8")
    header = source.splitlines()[:5]
    requires = [
        name.strip()
        for line in header
        if (match := REQUIRES.match(line))
        for name in match["names"].split(",")
        if name.strip()
    ]
    launch = next((m["command"] for line in header if (m := LAUNCH.match(line))), None)
    chunks = chunks_of(source)
    if section is None:
        shown = _tidy([line for chunk in chunks for line in chunk.lines])
        return Program([], shown, requires, launch)
    names = [chunk.name for chunk in chunks]
    if section not in names:
        raise KeyError(f"no section {section!r} in {target}")
    position = names.index(section)
    before = chunks[:position]
    keep = {index for index, chunk in enumerate(before) if chunk.name is None}
    keep.add(position)
    analysed = [_uses_and_defines(chunk.lines) for chunk in chunks[: position + 1]]
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
    return Program(setup, _tidy(chunks[position].lines), requires, launch, prefix)


def _summary(setup: list[str]) -> str:
    """'Setup: 6 lines (imports; defines logits, labels)'."""
    count = sum(1 for line in setup if line.strip())
    parts = []
    result = _uses_and_defines(setup)
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


def _fence(indent: str, options: str, lines: list[str]) -> list[str]:
    body = [f"{indent}{line}" if line else "" for line in lines]
    return [f"{indent}```python{options}", *body, f"{indent}```"]


def render(match: re.Match, page_url: str, annotations: list[str]) -> str:
    indent, target, section = match["indent"], match["target"], match["section"]
    program = copy_program(target, section)
    copy = html.escape(program.text, quote=True)
    copy = copy.replace("\n", "&#10;").replace("\t", "&#9;")  # Markdown expands tabs
    link = "../" * page_url.count("/") + target
    include = target + (f":{section}" if section else "")
    opening = f'<div class="ts-block" data-source="{include}" data-copy="{copy}"'
    out = [f"{indent}{opening} markdown>", ""]
    if program.setup:
        out += [
            f'{indent}<details class="ts-setup" markdown>',
            f"{indent}<summary>{_summary(program.setup)}</summary>",
            "",
            *_fence(indent, "", program.setup),
            "",
            f"{indent}</details>",
            "",
        ]
    out += [*_fence(indent, match["options"].rstrip(), program.shown), ""]
    if annotations:
        out += [*annotations, ""]
    notes = []
    variants = {
        m["marker"] for line in program.shown if (m := VARIANT_LINE.match(line))
    }
    for marker in sorted(variants):
        notes.append(
            f"The lines after `#> [{marker}]` are what prints instead on "
            f"{_describe(marker)}."
        )
    for name in program.requires:
        if name in NEEDS:
            notes.append(NEEDS[name])
    if program.launch:
        notes.append(f"Run it with `{program.launch} {Path(target).name}`.")
    kind = (
        "copy = setup + this block, a program that runs as is"
        if program.setup
        else "copy = this whole program"
    )
    source = (
        f'<a class="ts-file" href="{link}" download="{Path(target).name}" '
        f'title="Download the whole module">{target}</a>'
    )
    out += [
        f'{indent}<p class="ts-meta">{source} · {kind}'
        + "".join(f"<br>{_inline(note)}" for note in notes)
        + "</p>",
        "",
        f"{indent}</div>",
    ]
    return "\n".join(out)


def _describe(marker: str) -> str:
    """`cuda, torch<2.13` -> 'a machine with a CUDA GPU, with torch older than 2.13'."""
    words = []
    for condition in re.split(r",\s*", marker):
        if condition == "cuda":
            words.append("a machine with a CUDA GPU")
        elif condition == "cpu":
            words.append("a machine without a GPU")
        elif condition.startswith("torch<"):
            words.append(f"torch older than {condition[6:]}")
        elif condition.startswith("torch>="):
            words.append(f"torch {condition[7:]} or newer")
        else:
            words.append(condition)
    return ", with ".join(words)


def _inline(text: str) -> str:
    """`code` spans of a note as HTML (the note sits in a raw HTML paragraph)."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


ANNOTATION_ITEM = re.compile(r"^(?P<indent>[ \t]*)\d+\.[ \t]")


def _take_annotations(rest: str, indent: str) -> tuple[list[str], str]:
    """The ordered list right after a fence (mkdocs-material's annotations)."""
    lines = rest.split("\n")
    index = 1 if lines and lines[0] == "" else None  # rest starts after the fence
    if index is None:
        return [], rest
    while index < len(lines) and not lines[index].strip():
        index += 1
    first = index
    if first >= len(lines):
        return [], rest
    match = ANNOTATION_ITEM.match(lines[first])
    if not match or match["indent"] != indent:
        return [], rest
    end = first
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            following = next((ln for ln in lines[end:] if ln.strip()), "")
            if not (
                (m := ANNOTATION_ITEM.match(following)) and m["indent"] == indent
            ) and not following.startswith(indent + "   "):
                break
        elif not (
            ANNOTATION_ITEM.match(line) and line.startswith(indent)
        ) and not line.startswith(indent + "   "):
            break
        end += 1
    return lines[first:end], "\n" + "\n".join(lines[end:])


def expand(markdown: str, page_url: str) -> str:
    """Replace every python include fence of a page with its rendered block."""
    out, position = [], 0
    for match in FENCE.finditer(markdown):
        if match.start() < position:
            continue
        out.append(markdown[position : match.start()])
        annotations, rest = _take_annotations(markdown[match.end() :], match["indent"])
        out.append(render(match, page_url, annotations))
        consumed = len(markdown) - match.end() - len(rest)
        position = match.end() + consumed
    out.append(markdown[position:])
    return "".join(out)


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    return expand(markdown, page.url)


def on_page_content(html_text, page, config, files):
    """Printed output is not a comment to the theme: no annotation bubbles in it."""
    return OUTPUT_SPAN.sub(r'<span class="ts-out">\1</span>', html_text)


def on_post_build(config):
    """Serve every snippet module next to the pages, for the download links."""
    site = Path(config["site_dir"])
    for path in sorted((ROOT / "snippets").glob("*/*.py")):
        destination = site / path.relative_to(ROOT)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
