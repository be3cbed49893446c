"""Shape the search index so that it answers code and error messages.

mkdocs-material's search plugin writes `search/search_index.json`; this hook
runs after it and adds two fields to each section (declared with their boosts
under `plugins: search: fields:` in mkdocs.yml, which the theme's lunr reads):

- `api`: the qualified names, in the forms people type, of the APIs that the
  section's heading names and its code uses (`torch.cat`, `cat`;
  `torch.nn.functional.cross_entropy`, `F.cross_entropy`, `cross_entropy`;
  `torch.nn.Module.eval`, `nn.Module.eval`, `model.eval`);
- `code`: the same for every API its code uses, and the error messages its
  output shows (so a pasted error finds the section that explains it).

It also drops the notebooks' cell chrome ("In [1]: Copied!", the source that
nbconvert repeats as plain text) and the "¶" of their headings.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import indexes  # hooks/indexes.py (mkdocs puts the hook's folder on sys.path)
from mkdocs.plugins import event_priority

# The forms people type, by where an API lives ("torch." and "torchvision." are
# separators in the index: `torch.cat` is indexed and searched as `cat`).
CONVENTIONS = [
    ("torch.nn.functional.", ["F.", "nn.functional.", "functional.", ""]),
    ("torch.nn.Module.", ["model.", "nn.Module.", "module.", ""]),
    ("torch.nn.", ["nn.", ""]),
    ("torch.optim.lr_scheduler.LRScheduler.", ["scheduler.", ""]),
    ("torch.optim.lr_scheduler.", ["optim.lr_scheduler.", "lr_scheduler.", ""]),
    ("torch.optim.Optimizer.", ["optimizer.", "optim.Optimizer.", ""]),
    ("torch.optim.", ["optim.", ""]),
    ("torch.utils.data.", ["utils.data.", "data.", ""]),
    ("torch.Tensor.", ["x.", ""]),
    ("torchvision.transforms.v2.", ["transforms.v2.", "v2.", "transforms.", ""]),
    ("torchvision.", [""]),
    ("torch.", [""]),
]
LOSS_METHODS = {"torch.Tensor.backward", "torch.Tensor.item"}
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
    for prefix, replacements in CONVENTIONS:
        if name.startswith(prefix):
            rest = name[len(prefix) :]
            found = [replacement + rest for replacement in replacements]
            if prefix in ("torch.", "torchvision."):
                pieces = rest.split(".")
                found += [".".join(pieces[index:]) for index in range(len(pieces))]
            if name in LOSS_METHODS:
                found.append("loss." + rest)
            return list(dict.fromkeys(found))
    return [name]


def short(name: str) -> list[str]:
    """The full name without "torch." and the bare name: `nn.Linear`, `Linear`."""
    rest = re.sub(r"^torch(vision)?\.", "", name)
    return list(dict.fromkeys([rest, rest.rsplit(".", 1)[-1]]))


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
    return " ".join(
        variants for word, variants in SPELLINGS.items() if word in lowered
    )


def shape(index: dict, data: indexes.Indexes) -> dict:
    by_url = {place.url: place for place in data.places}
    for doc in index["docs"]:
        location = doc["location"]
        if location.startswith("notebooks/"):
            doc["title"] = doc["title"].rstrip("¶").rstrip()
            doc["text"] = clean_notebook_text(doc["text"])
        place = by_url.get(location)
        extra = spelling_variants(doc["title"])
        if place is None:
            if extra:
                doc["api"] = extra
            continue
        used = sorted(data.place_apis.get(place, ()))
        named = indexes.treated(data, place)
        api = [alias for name in used if name in named for alias in aliases(name)]
        api += [name[3:] for name in named if name.startswith("kw:")]
        code = [form for name in used for form in short(name)]
        errors = [f"{kind}: {message}" for kind, message in data.place_errors.get(place, ())]
        if api or extra:
            doc["api"] = " ".join(dict.fromkeys(api)) + (" " + extra if extra else "")
        if code:
            doc["code"] = " ".join(dict.fromkeys(code))
        if errors:
            doc["errors"] = " ".join(errors)
    return index


@event_priority(-100)  # after the search plugin has written the index
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    shaped = shape(index, indexes.build())
    path.write_text(json.dumps(shaped, separators=(",", ":")), encoding="utf-8")
