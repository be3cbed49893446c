"""The one source of the project's settings: the pins and `[tool.torchsheet]`
of pyproject.toml, and the notes of the requirements a snippet can declare."""

from __future__ import annotations

import functools
import re
import tomllib

from torchsheet.paths import DATA, PYPROJECT

PIN = re.compile(r"^(?P<name>[\w\-]+)==(?P<version>[\w.+]+)$")


@functools.cache
def _pyproject() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))


def pins() -> dict[str, str]:
    """`{"torch": "2.15.0", "torchvision": "0.29.2", ...}`: the `torch` group."""
    return {
        match["name"]: match["version"]
        for requirement in _pyproject()["dependency-groups"]["torch"]
        if (match := PIN.match(requirement))
    }


def project() -> dict:
    return _pyproject()["tool"]["torchsheet"]


def oldest() -> dict[str, str]:
    """The oldest supported torch and its torchvision."""
    return project()["oldest"]


def previous() -> dict[str, str]:
    """The release before the pinned one, kept passing by variant markers."""
    return project()["previous"]


def gpu() -> dict[str, str]:
    """Where the `# requires: cuda` outputs were recorded."""
    return project()["gpu"]


def repository() -> str:
    return project()["repository"]


@functools.cache
def requirement_notes() -> dict[str, str]:
    """What a reader needs for each `# requires:` name, shown under its blocks."""
    return tomllib.loads((DATA / "requirements.toml").read_text(encoding="utf-8"))
