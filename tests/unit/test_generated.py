"""Files generated from the pinned torch are up to date.

torchsheet/data/torch_names.json holds what the site build (which has no
torch) needs to know about torch's names: `python -m torchsheet.names`
rewrites it, in the tests environment.
"""

from __future__ import annotations

import json

import pytest
import torch

from torchsheet import names, settings


def test_torch_names_are_those_of_the_pinned_torch():
    pinned = settings.pins()["torch"]
    if torch.__version__.split("+")[0] != pinned:
        pytest.skip(f"the names are those of torch {pinned}")
    stored = json.loads(names.PATH.read_text(encoding="utf-8"))
    fresh = names.generate()
    stale = sorted(
        name
        for name in set(stored["apis"]) | set(fresh["apis"])
        if stored["apis"].get(name) != fresh["apis"].get(name)
    )
    assert stored == fresh, (
        f"{names.PATH.name} is stale ({stale[:10]}...): run "
        "`.nox/tests/bin/python -m torchsheet.names`"
    )
