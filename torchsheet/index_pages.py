"""The two pages written from the indexes: errors.md and api.md.

Both are Markdown, filled in at their placeholders (pages.GENERATED). Every
text that comes from a snippet or a heading is escaped: a message goes into a
code span longer than any backtick run it holds, a heading's text into a link
with its Markdown and HTML characters escaped.
"""

from __future__ import annotations

import functools
import html
import re
import tomllib
from collections import defaultdict

from torchsheet import pages
from torchsheet.pages import Place
from torchsheet.paths import DATA, DOCS
from torchsheet.site_index import Indexes, words
from torchsheet.snippet import describe

SHOWN_USES = 8  # links listed per API before the rest are folded


@functools.cache
def _docs() -> dict:
    return tomllib.loads((DATA / "docs_urls.toml").read_text(encoding="utf-8"))


def docs_url(name: str) -> str:
    table = _docs()
    if name.startswith("torchvision."):
        return f"{table['torchvision']}{name}.html"
    for prefix, page in table["one_page"].items():
        if name.startswith(prefix):
            return f"{table['torch']}{page}#{name}"
    for owner in table["class_pages"]:
        if name.startswith(owner + "."):
            return f"{table['torch']}generated/{owner}.html#{name}"
    return f"{table['torch']}generated/{name}.html"


def inline_code(text: str) -> str:
    ticks = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (ticks + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or ticks else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def link_text(text: str) -> str:
    """Plain text safe inside `[...]`: no live HTML, no Markdown syntax."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"([\\`*_\[\]{}<>#|!])", r"\\\1", escaped)


def place_link(place: Place, page: str) -> str:
    return (
        f"[{link_text(place.page_title)} › {link_text(place.title)}]"
        f"({place.link_from(page)})"
    )


# The page that explains each error: an entry of the index whose message it
# explains links there first, after the first sentence of that section (which
# names the usual cause: "Most often the `in_features` of an `nn.Linear`...").
CATALOGUE = "error-fixes.md"


def _catalogue() -> str:
    return (DOCS / CATALOGUE).read_text(encoding="utf-8")


def usual_cause(place: Place, catalogue: str | None = None) -> str | None:
    if place.page != CATALOGUE:
        return None
    return pages.lead(catalogue or _catalogue(), place)


def _pattern(heading: str) -> re.Pattern[str]:
    """A catalogue heading as a pattern for the messages it explains: its note
    in brackets left out, `...` standing for any text."""
    text = re.sub(r"\s*\([^()]*\)$", "", heading).strip()
    return re.compile(".*?".join(re.escape(part.strip()) for part in text.split("...")))


@functools.lru_cache(maxsize=4)
def _explaining(catalogue: str) -> tuple[tuple[Place, re.Pattern[str]], ...]:
    """The catalogue's error sections, each with the pattern of its heading."""
    places, _ = pages.page_places(CATALOGUE, catalogue)
    return tuple(
        (place, _pattern(place.title)) for _, place in places if place.level > 2
    )


def explained_by(message: str, catalogue: str | None = None) -> Place | None:
    """The catalogue section whose heading a message contains (`mm: mat1 and
    mat2 shapes cannot be multiplied (2x3 and 2x3)` is explained under "mat1
    and mat2 shapes cannot be multiplied"), the longest when several do."""
    found = [
        place
        for place, pattern in _explaining(catalogue or _catalogue())
        if pattern.search(message)
    ]
    return max(found, key=lambda place: len(place.title), default=None)


def errors_markdown(indexes: Indexes, page: str) -> str:
    by_type: dict[str, list[tuple[str, tuple, list[Place]]]] = defaultdict(list)
    for (kind, message, conditions), places in indexes.errors.items():
        by_type[kind].append((message, conditions, places))
    messages = {(kind, message) for kind, message, _ in indexes.errors}
    catalogue = _catalogue()
    out = [
        f"{len(messages)} error messages from {len(by_type)} exception types.",
        "",
    ]
    for kind in sorted(by_type, key=lambda k: (-len(by_type[k]), k)):
        out += [f"## {kind} {{ data-search-exclude }}", ""]
        entries = sorted(
            by_type[kind],
            key=lambda item: (item[0].lower().lstrip("`'\""), str(item[1])),
        )
        for message, conditions, places in entries:
            places = sorted(places, key=lambda place: place.page != CATALOGUE)
            home = places[0].page != CATALOGUE and explained_by(message, catalogue)
            if home:
                places = [home, *places]
            links = ", ".join(place_link(place, page) for place in places)
            where = f" ({html.escape(describe(conditions))})" if conditions else ""
            cause = usual_cause(places[0], catalogue)
            cause = f"<br>{cause}" if cause else ""
            out.append(
                f"- {inline_code(f'{kind}: {message}')}{where}{cause}<br>{links}"
            )
        out.append("")
    return "\n".join(out)


def ranked_places(name: str, places: list[Place]) -> list[Place]:
    """The sections whose heading names the API first, then the others."""
    last = name.rsplit(".", 1)[-1]
    return sorted(places, key=lambda place: last not in words(place.title))


def api_markdown(indexes: Indexes, page: str) -> str:
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in indexes.apis:
        pieces = name.split(".")
        module = []
        for piece in pieces[:-1]:
            if piece[:1].isupper():
                break
            module.append(piece)
        by_module[".".join(module) or pieces[0]].append(name)
    intro = (
        f"{len(indexes.apis)} APIs in {len(by_module)} modules. For each, the "
        "sections whose heading names it come first."
    )
    out = [intro, ""]
    for module in sorted(by_module):
        out += [f"## {module} {{ data-search-exclude }}", ""]
        for name in sorted(by_module[module], key=str.lower):
            places = ranked_places(name, indexes.apis[name])
            shown = ", ".join(place_link(place, page) for place in places[:SHOWN_USES])
            out.append(f"- [`{name}`]({docs_url(name)}): {shown}")
            rest = places[SHOWN_USES:]
            if rest:
                out += [
                    "",
                    f'    ??? note "{len(rest)} more"',
                    "",
                    "        " + ", ".join(place_link(place, page) for place in rest),
                    "",
                ]
        out.append("")
    return "\n".join(out)
