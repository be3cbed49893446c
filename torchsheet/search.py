"""Shape the search index so that it answers code and error messages.

mkdocs-material's search plugin writes `search/search_index.json`; this hook
runs after it and adds three fields to each section (declared with their
boosts under `plugins: search: fields:` in mkdocs.yml, which the theme's lunr
reads), from the data of torchsheet/site_index.py:

- `api`: the APIs that the section's heading names and its code uses, in the
  forms people type (`torch.cat`, `cat`; `torch.nn.functional.cross_entropy`,
  `F.cross_entropy`, `cross_entropy`; `model.eval`, `nn.Module.eval`, `eval`);
- `code`: the name of every API its code uses, and the classes its heading
  names as words (`MSELoss` as "MSE Loss", for a reader who types "mse loss");
- `errors`: the error messages its output shows, so that a pasted error finds
  the section that shows and explains it.

`torch.cat` stays one term (the separator in mkdocs.yml splits on a dot only
at the edge of a word), so it no longer matches the titles "torchsheet" and
"torchvision".

The theme's search appends a wildcard to every word of a query, so that in a
pasted error message "a", "to" and "s" match every word that starts with them
and drown the words that matter. A small worker (written next to the theme's
and loaded instead of it) runs the theme's worker unchanged, and

- splits the reader's query with the index's own separator first, so that
  `x.view(-1)` is looked up as the terms the index holds (`x.view`, `1`);
- keeps the wildcard only on the last word, and only while it may still be
  being typed (not after a `)`, a space or a quote); that word counts fully as
  typed and a tenth for each longer word it starts, so that "causal mask"
  prefers "mask" to "masked_fill".

The worker also makes search answer soon after a page loads:

- the page's `search/search_index.json` keeps the theme's config only, and the
  worker fetches the documents (`search/search_documents.json`) itself, so the
  page neither parses nor copies them while it loads;
- the first page of a visit builds the lunr index and keeps it, with the
  theme's table of word positions, in IndexedDB under the build's hash; the
  next pages load it instead of building it;
- a result's terms (the words the page it links to marks) leave out stop
  words and single letters, which the theme would mark inside other words.

A page's own entry (its introduction) gets the weight of a section
(PAGE_ENTRY_WEIGHT), since the theme scores it up to 2.5 times higher and then
folds the section that answers the query under "N more on this page".

It also drops the notebooks' cell chrome ("In [1]: Copied!", the source that
nbconvert repeats as plain text) and the "¶" of their headings.
"""

from __future__ import annotations

import hashlib
import json
import re

from torchsheet import apis
from torchsheet.paths import ROOT
from torchsheet.site_index import Indexes, treated, words

WORKER_SOURCE = ROOT / "torchsheet" / "assets" / "search-worker.js"

# The forms people type, by where an API lives. Methods: `x.view`,
# `model.eval`, `optimizer.zero_grad`; functions and classes: `F.relu`,
# `nn.Linear`, `optim.SGD`, `v2.Resize`, and the name alone.
CONVENTIONS = [
    ("torch.Tensor.", ["x.", ""]),
    ("torch.nn.Module.", ["model.", "nn.Module.", ""]),
    ("torch.optim.Optimizer.", ["optimizer.", ""]),
    ("torch.optim.lr_scheduler.LRScheduler.", ["scheduler.", ""]),
    ("torch.nn.functional.", ["torch.nn.functional.", "F.", "nn.functional.", ""]),
    ("torch.nn.", ["torch.nn.", "nn.", ""]),
    ("torch.optim.lr_scheduler.", ["optim.lr_scheduler.", "lr_scheduler.", ""]),
    ("torch.optim.", ["torch.optim.", "optim.", ""]),
    ("torch.utils.data.", ["torch.utils.data.", ""]),
    ("torchvision.transforms.v2.", ["transforms.v2.", "v2.", "transforms.", ""]),
]
LOSS_METHODS = {"torch.Tensor.backward", "torch.Tensor.item"}
# API names that are lunr stop words, which the index leaves out.
STOP_WORDS = {"where", "all", "any", "get", "like", "other", "every"}
# British spellings on the pages, the American ones readers type.
SPELLINGS = {
    "initialise": "initialize initialization",
    "normalise": "normalize normalization",
    "normalisation": "normalization",
    "optimise": "optimize optimization",
    "optimisation": "optimization",
    "optimiser": "optimizer",
    "parallelise": "parallelize",
    "serialise": "serialize serialization",
    "behaviour": "behavior",
}


def aliases(name: str) -> list[str]:
    """`torch.nn.functional.cross_entropy` -> `F.cross_entropy`, `cross_entropy`..."""
    found = []
    for prefix, replacements in CONVENTIONS:
        if name.startswith(prefix):
            rest = name[len(prefix) :]
            found = [replacement + rest for replacement in replacements]
            break
    else:
        # torch.cuda.is_available -> torch.cuda.is_available, cuda.is_available,
        # is_available; torchvision.models.resnet18 -> models.resnet18, resnet18
        pieces = name.split(".")
        start = 0 if name.startswith("torch.") else 1
        found = [".".join(pieces[index:]) for index in range(start, len(pieces))]
    if name.startswith("torchvision."):
        found.insert(0, name)
    if name.startswith("torch.Tensor.") and name[13:] in apis.tensor_functions():
        found.append("torch." + name[13:])  # x.argmax() is also torch.argmax(x)
    if name in LOSS_METHODS:
        found.append("loss." + name.rsplit(".", 1)[-1])
    if name.rsplit(".", 1)[-1] in STOP_WORDS:
        found.append(name.rsplit(".", 1)[-1] + "_")  # lunr leaves "where" out
    return list(dict.fromkeys(found))


CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+d?")


def spoken(name: str) -> list[str]:
    """A class name as words: `MSELoss` -> `MSE Loss`, `BatchNorm2d` ->
    `Batch Norm 2d`, for the reader who types "mse loss" or "batch norm"."""
    last = name.rsplit(".", 1)[-1]
    if not last[:1].isupper():
        return []
    words = CAMEL.findall(last)
    if any(
        len(word) < 3 and not word.isupper() and not word[0].isdigit() for word in words
    ):
        return []  # `ReLU` is not "Re LU"
    return [" ".join(words)] if len(words) > 1 else []


def short(name: str) -> list[str]:
    """The name alone: `Linear`, `view`."""
    return [name.rsplit(".", 1)[-1]]


CELL_CHROME = re.compile(r"In\xa0\[\d*\]:\s*Copied!\s*")
PRE = re.compile(r"<pre>(.*?)</pre>\s*", re.DOTALL)


def skip_repeat(text: str, start: int, source: str) -> int:
    """End of the plain-text copy of `source` at `start` (whitespace ignored),
    or `start` when there is none."""
    want = "".join(source.split())
    i, j = start, 0
    while i < len(text) and j < len(want):
        if text[i].isspace():
            i += 1
        elif text[i] == want[j]:
            i, j = i + 1, j + 1
        else:
            return start
    return i if want and j == len(want) else start


def clean_notebook_text(text: str) -> str:
    text = CELL_CHROME.sub("", text)
    out, cursor = [], 0
    for match in PRE.finditer(text):
        if match.start() < cursor:
            continue
        out.append(text[cursor : match.end()])
        cursor = skip_repeat(text, match.end(), match[1])
    out.append(text[cursor:])
    return "".join(out)


def spelling_variants(text: str) -> str:
    lowered = text.lower()
    return " ".join(variants for word, variants in SPELLINGS.items() if word in lowered)


# The theme multiplies a page entry's score by up to 2.5 times a section's, so
# a page whose title shares one word with the query came first and folded the
# section that answers it under "N more on this page". A page entry holds the
# page's introduction only: weigh it like a section.
PAGE_ENTRY_WEIGHT = 0.4


def page_named(data: Indexes, location: str) -> list[str]:
    """The APIs that a page's title names, of those its sections use."""
    places = [place for place in data.places if place.url.split("#")[0] == location]
    if not places:
        return []
    title = words(places[0].page_title)
    used = set().union(*(data.place_apis.get(place, ()) for place in places))
    return sorted(name for name in used if name.rsplit(".", 1)[-1] in title)


def named_as_code(title: str, name: str) -> bool:
    """Whether a heading writes the API with a receiver or module before it."""
    last = re.escape(name.rsplit(".", 1)[-1])
    return re.search(rf"\w\.{last}\b", title) is not None


def shape(index: dict, data: Indexes) -> dict:
    by_url = {place.url: place for place in data.places}
    homes: dict[str, set[str]] = {}
    for doc in index["docs"]:
        location = doc["location"]
        if "#" not in location:
            doc["boost"] = round(doc.get("boost", 1) * PAGE_ENTRY_WEIGHT, 3)
        if location.startswith("notebooks/"):
            doc["title"] = doc["title"].rstrip("¶").rstrip()
            doc["text"] = clean_notebook_text(doc["text"])
        place = by_url.get(location)
        extra = spelling_variants(doc["title"])
        if place is None:
            # A page whose title names APIs ("Data: Dataset and DataLoader")
            # is their home: its entry answers to them as a section does.
            api = [
                alias for name in page_named(data, location) for alias in aliases(name)
            ]
            if api or extra:
                doc["api"] = " ".join(dict.fromkeys(api)) + (
                    " " + extra if extra else ""
                )
            continue
        used = sorted(data.place_apis.get(place, ()))
        named = treated(data, place, generic=True)
        api = [alias for name in used if name in named for alias in aliases(name)]
        api += [name[3:] for name in sorted(named) if name.startswith("kw:")]
        api = list(dict.fromkeys(api))
        # A heading that names an API as code (`model.state_dict()`) holds
        # one term, `model.state_dict`, where a heading that merely uses the
        # word (`Missing key(s) in state_dict`) holds `state_dict`: say the
        # bare name once more for the section that names it as code.
        api += [
            short(name)[0]
            for name in sorted(named)
            if not name.startswith("kw:") and named_as_code(doc["title"], name)
        ]
        # and its sections that name them answer first (a second mention)
        page = location.split("#")[0]
        if page not in homes:
            homes[page] = set(page_named(data, page))
        api += [
            alias for name in sorted(homes[page] & named) for alias in aliases(name)
        ]
        code = [form for name in used for form in short(name)]
        code += [words for name in used if name in named for words in spoken(name)]
        errors = [
            f"{kind}: {message}"
            for kind, message, _ in data.place_errors.get(place, ())
        ]
        if api or extra:
            doc["api"] = " ".join(api) + (" " + extra if extra else "")
        if code:
            doc["code"] = " ".join(dict.fromkeys(code))
        if errors:
            doc["errors"] = " ".join(errors)
    return index


# The documents of the index, which the worker fetches (search_index.json
# keeps the theme's config only: the page reads that file twice as it loads).
DOCUMENTS = "search_documents.json"


def for_the_page(index: dict) -> dict:
    """What the page itself reads: the index without its documents."""
    return {**index, "docs": []}


CODE_BLOCK = re.compile(r"<pre\b[^>]*>.*?</pre>", re.DOTALL)
CODE_MARKUP = re.compile(r"</?span\b[^>]*>|<a\b[^>]*></a>")


def without_code_markup(html: str) -> str:
    """A page's HTML less the highlighter's markup inside `<pre>`: a span per
    token and an empty anchor per line, which the search plugin's HTML parser
    reads one by one only to keep their text (most of a build's search time).
    Inside `<pre>` its parser keeps every piece of text as it comes, so the
    index it writes is the same."""
    return CODE_BLOCK.sub(lambda block: CODE_MARKUP.sub("", block[0]), html)


def worker(separator: str, theme_worker: str, index_text: str) -> str:
    """The worker that wraps the theme's (torchsheet/assets/search-worker.js).

    `__BUILD__` names the index and the theme's worker it is built by: a
    browser that cached the lunr index of another build builds it anew."""
    source = WORKER_SOURCE.read_text(encoding="utf-8")
    build = hashlib.sha256(f"{theme_worker}\n{index_text}".encode()).hexdigest()[:16]
    return (
        source.replace("__SEPARATOR__", json.dumps(separator))
        .replace("__BUILD__", json.dumps(build))
        .replace("__DOCUMENTS__", json.dumps(DOCUMENTS))
        .replace("__THEME_WORKER__", json.dumps(theme_worker))
    )
