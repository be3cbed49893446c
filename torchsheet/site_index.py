"""What the site knows of each section: the APIs its code uses, the errors its
output shows, and the sections on other pages that treat the same API.

A snippet (or a named section of one) belongs to the heading above the
`--8<--` line that includes it (its place). `build` reads every page and
snippet once; the hooks, the generated pages and the search index all read the
one `Indexes` it returns.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from pathlib import Path

from torchsheet import apis, errors
from torchsheet.pages import Place, includes
from torchsheet.paths import DOCS, ROOT
from torchsheet.snippet import Snippet, parse

# Names too common to link pages by (`to`, `item`): a heading that names one
# is about something else.
GENERIC = {
    "to",
    "device",
    "dim",
    "x",
    "y",
    "data",
    "weight",
    "model",
    "tensor",
    "size",
    "shape",
    "float",
    "int",
    "item",
    "sum",
    "mean",
    "cuda",
    "cpu",
    "type",
    "train",
    "parameters",
    "forward",
    "apply",
    "view",
    "numpy",
    "tolist",
    "clone",
}


@dataclasses.dataclass
class SnippetFacts:
    snippet: Snippet
    uses: list[apis.Use]
    errors: list[errors.ErrorShown]

    def shown(self, section: str | None):
        first, last = self.snippet.span(section)
        return (
            [use for use in self.uses if first <= use.line <= last],
            [error for error in self.errors if first <= error.line <= last],
        )


@functools.lru_cache(maxsize=1024)
def snippet_facts(target: str, text: str) -> SnippetFacts:
    snippet = parse(text, target)
    try:
        tree = snippet.tree
    except SyntaxError:
        tree = None
    raised = apis.facts().get(target, {}).get("raised", {})
    return SnippetFacts(
        snippet, apis.uses(tree, target), errors.error_lines(snippet, raised)
    )


ErrorKey = tuple[str, str, tuple]  # (type, message, variant conditions)


@dataclasses.dataclass
class Indexes:
    errors: dict[ErrorKey, list[Place]]
    apis: dict[str, list[Place]]  # qualified name -> places
    place_apis: dict[Place, set[str]]
    place_keywords: dict[Place, set[str]]
    place_errors: dict[Place, list[ErrorKey]]
    places: list[Place]

    @functools.cached_property
    def also_on(self) -> dict[Place, list[Place]]:
        """For each section, up to three sections of other pages on its topic
        (`same_topic`), in page order: found through the names, the last
        parts of API names and the keywords that each section is about."""
        topics = {place: treated(self, place) for place in self.places}
        order = {place: number for number, place in enumerate(topics)}
        by_name: dict[str, list[Place]] = defaultdict(list)
        by_last: dict[str, list[Place]] = defaultdict(list)
        by_keyword: dict[str, list[Place]] = defaultdict(list)
        for place, names in topics.items():
            for name in names:
                by_name[name].append(place)
                if name.startswith("kw:"):
                    by_keyword[name[3:]].append(place)
                else:
                    by_last[name.rsplit(".", 1)[-1]].append(place)
        links: dict[Place, list[Place]] = {}
        for place, names in topics.items():
            if not names or place.page == "index.md":
                continue
            found: set[Place] = set()
            for name in names:
                found.update(by_name[name])
                if name.startswith("kw:"):
                    found.update(by_last[name[3:]])  # its keyword, their API
                else:
                    found.update(by_keyword[name.rsplit(".", 1)[-1]])
            others = sorted(
                (
                    other
                    for other in found
                    if other.page not in (place.page, "index.md")
                ),
                key=order.__getitem__,
            )
            if others:
                links[place] = others[:3]
        return links


def build(docs: Path = DOCS, root: Path = ROOT) -> Indexes:
    errors_: dict[ErrorKey, list[Place]] = defaultdict(list)
    apis_: dict[str, list[Place]] = defaultdict(list)
    place_apis: dict[Place, set[str]] = defaultdict(set)
    place_keywords: dict[Place, set[str]] = defaultdict(set)
    place_errors: dict[Place, list[ErrorKey]] = defaultdict(list)
    places: list[Place] = []
    for include in includes(docs):
        path = root / include.target
        if not include.is_snippet or not path.exists():
            continue
        facts = snippet_facts(include.target, path.read_text(encoding="utf-8"))
        if include.section and include.section not in facts.snippet.sections:
            continue
        shown_uses, shown_errors = facts.shown(include.section)
        place = include.place
        if place not in places:
            places.append(place)
        wrong = (include.section or "").startswith("wrong")
        for use in [] if wrong else shown_uses:
            if place not in apis_[use.name]:
                apis_[use.name].append(place)
            place_apis[place].add(use.name)
            place_keywords[place] |= use.keywords
        for error in shown_errors:
            key = (error.kind, error.message, error.conditions)
            if place not in errors_[key]:
                errors_[key].append(place)
            if key not in place_errors[place]:
                place_errors[place].append(key)
    return Indexes(
        dict(errors_), dict(apis_), place_apis, place_keywords, place_errors, places
    )


def words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))


def treated(indexes: Indexes, place: Place, generic: bool = False) -> set[str]:
    """What a section is about: the APIs (and keyword arguments, as `kw:name`)
    its code uses and its heading names (names too common to link pages by,
    such as `to` or `item`, only with `generic`)."""
    heading = words(place.title) - (set() if generic else GENERIC)
    names = {
        name
        for name in indexes.place_apis.get(place, ())
        if name.rsplit(".", 1)[-1] in heading
    }
    names |= {
        f"kw:{word}" for word in indexes.place_keywords.get(place, set()) & heading
    }
    return names


def same_topic(one: set[str], other: set[str]) -> bool:
    if one & other:
        return True
    short = {name.rsplit(".", 1)[-1].removeprefix("kw:") for name in one}
    return any(name.startswith("kw:") and name[3:] in short for name in other) or any(
        name.startswith("kw:") and name[3:] in {n.rsplit(".", 1)[-1] for n in other}
        for name in one
    )


_BUILT: dict[str, Indexes] = {}


def current() -> Indexes:
    """The indexes of the build in progress (`reset` starts a new build)."""
    if "indexes" not in _BUILT:
        _BUILT["indexes"] = build()
    return _BUILT["indexes"]


def use(indexes: Indexes) -> None:
    """The indexes of the build in progress, made elsewhere (torchsheet/ahead.py)."""
    _BUILT["indexes"] = indexes


def reset() -> None:
    """A new build: the indexes are made again, and the facts files read again.
    The parsed snippets and pages stay cached, keyed by their text."""
    _BUILT.clear()
    apis.facts.cache_clear()
    apis.torch_names.cache_clear()
