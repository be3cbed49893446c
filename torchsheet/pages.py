"""The page format, read in one place: includes and headings of docs/*.md.

A page includes a snippet module, or one named section of it, in a python
fence that holds nothing else:

    ```python title="snippets/optim/01_cross_entropy.py"
    --8<-- "snippets/optim/01_cross_entropy.py:nll"
    ```

and the include belongs to the heading above it (its *place*). Headings get
the ids that Python-Markdown's toc extension gives them, the anchors of the
built site.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import posixpath
import re
from pathlib import Path

import markdown

from torchsheet.paths import DOCS

FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)[ \t]*python(?P<options>[^\n]*)\n"
    r"(?P=indent)--8<--[ \t]+\"(?P<target>snippets/[^\"]+?\.py)"
    r"(?::(?P<section>[\w\-]+))?\"[ \t]*\n"
    r"(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE,
)
INCLUDE = re.compile(r"--8<--\s+\"(?P<target>[^\"]+)\"")
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.+?)\s*#*\s*$")
FENCE_LINE = re.compile(r"^\s*(```|~~~)")
# Pages written at build time, from placeholders in their source.
GENERATED = {"errors.md": "<!-- errors-index -->", "api.md": "<!-- api-index -->"}


@dataclasses.dataclass(frozen=True)
class Place:
    """A section of a page: the heading an include sits under."""

    page: str  # docs-relative source path, e.g. "save-load.md"
    page_title: str
    title: str  # heading as plain text
    anchor: str
    level: int

    @property
    def url(self) -> str:
        """The section's address relative to the site root (directory URLs)."""
        return (
            f"{page_url(self.page)}#{self.anchor}"
            if self.anchor
            else page_url(self.page)
        )

    def link_from(self, page: str) -> str:
        target = posixpath.relpath(self.page, posixpath.dirname(page) or ".")
        return f"{target}#{self.anchor}" if self.anchor else target


def page_url(src: str) -> str:
    """`save-load.md` -> `save-load/`, `index.md` -> `` (use_directory_urls)."""
    stem = src.rsplit(".", 1)[0]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@dataclasses.dataclass(frozen=True)
class Include:
    """One `--8<--` include on a page."""

    page: str
    place: Place
    target: str
    section: str | None

    @property
    def heading(self) -> str:
        return self.place.title

    @property
    def is_snippet(self) -> bool:
        return self.target.startswith("snippets/") and self.target.endswith(".py")

    @property
    def name(self) -> str:
        return f"{self.page} > {self.heading} > {self.target}:{self.section}"


def strip_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4 :]
    return text


def heading_lines(text: str) -> list[tuple[int, str]]:
    """(line index, line) of every ATX heading outside code fences."""
    found = []
    fence = None
    for number, line in enumerate(text.splitlines()):
        match = FENCE_LINE.match(line)
        if match:
            if fence is None:
                fence = match[1]
            elif match[1] == fence:
                fence = None
            continue
        if fence is None and HEADING.match(line) and not line.startswith("    "):
            found.append((number, line))
    return found


def toc_of(lines: list[str]) -> list[tuple[int, str, str]]:
    """(level, plain title, id) of heading lines, with the ids Python-Markdown's
    toc extension gives them (same slugify, same de-duplication)."""
    md = markdown.Markdown(extensions=["toc", "attr_list"])
    md.convert("\n\n".join(line.strip() for line in lines))
    flat = []

    def walk(tokens):
        for token in tokens:
            flat.append((token["level"], html.unescape(token["name"]), token["id"]))
            walk(token["children"])

    walk(md.toc_tokens)
    return flat


@functools.lru_cache(maxsize=256)
def page_places(src: str, text: str) -> tuple[tuple[tuple[int, Place], ...], str]:
    """The sections of a page, by the line their heading is on, and its title."""
    body = strip_front_matter(text)
    offset = text[: len(text) - len(body)].count("\n")
    found = heading_lines(body)
    toc = toc_of([line for _, line in found])
    title = next((name for level, name, _ in toc if level == 1), src)
    places = tuple(
        (number + offset, Place(src, title, name, anchor, level))
        for (number, _), (level, name, anchor) in zip(found, toc, strict=False)
    )
    return places, title


PROSE_START = re.compile(r"^(?:```|~~~|#|!!!|\?\?\?|===|<|\||[-*+] |\d+\. |    )")
SENTENCE_END = re.compile(r"(?:`[^`]*`|[^`])*?(?<!\be\.g)(?<!\bi\.e)[.!?](?=\s|$)")


def lead(text: str, place: Place) -> str | None:
    """The first sentence of the paragraph right under a section's heading, as
    Markdown (None when the section opens with something else)."""
    places, _ = page_places(place.page, text)
    number = next((n for n, found in places if found == place), None)
    if number is None:
        return None
    lines = text.splitlines()
    start = number + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    paragraph = []
    for line in lines[start:]:
        if not line.strip() or PROSE_START.match(line):
            break
        paragraph.append(line.strip())
    match = SENTENCE_END.match(" ".join(paragraph))
    return match[0] if match else None


def page_includes(src: str, text: str) -> list[Include]:
    places, title = page_places(src, text)
    by_line = dict(places)
    current = Place(src, title, title, "", 1)
    found = []
    for number, line in enumerate(text.splitlines()):
        current = by_line.get(number, current)
        for match in INCLUDE.finditer(line):
            target, _, section = match["target"].partition(":")
            found.append(Include(src, current, target, section or None))
    return found


def pages(docs: Path = DOCS) -> list[Path]:
    return sorted(docs.rglob("*.md"))


def includes(docs: Path = DOCS) -> list[Include]:
    """Every `--8<--` include on every page, with the place it sits under."""
    found = []
    for path in pages(docs):
        src = path.relative_to(docs).as_posix()
        found += page_includes(src, path.read_text(encoding="utf-8"))
    return found


def snippet_includes(docs: Path = DOCS) -> list[Include]:
    return [include for include in includes(docs) if include.is_snippet]
