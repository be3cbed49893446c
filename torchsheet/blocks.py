"""Each python include fence of a page, written out as a snippet block.

The block is plain Markdown with a little HTML (`md_in_html`), which any
Material-compatible engine renders: a `<div class="ts-block">` whose
`data-copy` holds the whole program (mkdocs-material's copy button copies the
`data-copy` of the nearest ancestor that has one), the setup folded in a
`<details>`, the shown lines in a python fence, the annotations list that
followed the include, and a line of links and notes. Every note is made from
the snippet model: its `# requires:` and `# launch:` header and the variant
markers of the output it shows.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from torchsheet import settings
from torchsheet.pages import FENCE
from torchsheet.paths import ROOT
from torchsheet.program import Program, copy_program, summary
from torchsheet.snippet import describe, marker_text

ANNOTATION_ITEM = re.compile(r"^(?P<indent>[ \t]*)\d+\.[ \t]")


def fence_for(lines: list[str]) -> str:
    """A backtick fence longer than any run of backticks in the lines."""
    longest = max(
        (len(run) for line in lines for run in re.findall(r"`+", line)), default=0
    )
    return "`" * max(3, longest + 1)


def _fence(indent: str, options: str, lines: list[str]) -> list[str]:
    fence = fence_for(lines)
    body = [f"{indent}{line}" if line else "" for line in lines]
    return [f"{indent}{fence}python{options}", *body, f"{indent}{fence}"]


def notes(program: Program, target: str) -> list[str]:
    """What a reader must know to run the block, in Markdown with code spans."""
    found = []
    for conditions in program.variants:
        marker = marker_text(conditions)
        found.append(
            f"The lines after `#> {marker}` are what {describe(conditions)} "
            "prints instead."
        )
    known = settings.requirement_notes()
    found += [known[name] for name in program.requires if name in known]
    if program.launch:
        found.append(f"Run it with `{program.launch} {Path(target).name}`.")
    return found


def inline(text: str) -> str:
    """A note's `code` spans as HTML, the rest escaped (it sits in raw HTML)."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


def test_of(program: Program) -> str:
    """The test module that runs what the block's copy button copies."""
    return "tests/test_snippets.py" if program.prefix else "tests/test_copy.py"


def render(
    indent: str,
    options: str,
    target: str,
    section: str | None,
    page_url: str,
    annotations: list[str],
    root: Path = ROOT,
) -> str:
    program = copy_program(target, section, root)
    copy = html.escape(program.text, quote=True)
    copy = copy.replace("\n", "&#10;").replace("\t", "&#9;")  # Markdown expands tabs
    include = html.escape(target + (f":{section}" if section else ""), quote=True)
    opening = f'<div class="ts-block" data-source="{include}" data-copy="{copy}"'
    out = [f"{indent}{opening} markdown>", ""]
    if program.setup:
        out += [
            f'{indent}<details class="ts-setup" data-search-exclude markdown>',
            f"{indent}<summary>{summary(program.setup)}</summary>",
            "",
            *_fence(indent, "", program.setup),
            "",
            f"{indent}</details>",
            "",
        ]
    out += [*_fence(indent, options.rstrip(), program.shown), ""]
    if annotations:
        out += [*annotations, ""]
    kind = (
        "copy = setup + this block, a program that runs as is"
        if program.setup
        else "copy = this whole program"
    )
    name = html.escape(Path(target).name, quote=True)
    link = "../" * page_url.count("/") + html.escape(target, quote=True)
    repository = settings.repository().rstrip("/") + "/blob/main/"
    source = (
        f'<a class="ts-file" href="{link}" download="{name}" '
        f'title="Download the whole module">{html.escape(target)}</a>'
    )
    links = (
        f'<a class="ts-repo" href="{repository}{html.escape(target, quote=True)}" '
        f'title="The module in the repository">source</a> · '
        f'<a class="ts-test" href="{repository}{test_of(program)}" '
        f'title="The test that runs this program">test</a>'
    )
    out += [
        f'{indent}<p class="ts-meta">{source} · {kind} · {links}'
        + "".join(f"<br>{inline(note)}" for note in notes(program, target))
        + "</p>",
        "",
        f"{indent}</div>",
    ]
    return "\n".join(out)


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


def expand(markdown: str, page_url: str, root: Path = ROOT) -> str:
    """Replace every python include fence of a page with its rendered block."""
    out, position = [], 0
    for match in FENCE.finditer(markdown):
        if match.start() < position:
            continue
        out.append(markdown[position : match.start()])
        annotations, rest = _take_annotations(markdown[match.end() :], match["indent"])
        out.append(
            render(
                match["indent"],
                match["options"],
                match["target"],
                match["section"],
                page_url,
                annotations,
                root,
            )
        )
        consumed = len(markdown) - match.end() - len(rest)
        position = match.end() + consumed
    out.append(markdown[position:])
    return "".join(out)
