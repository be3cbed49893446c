"""What the reading checks share: the pages in the nav, their paths on the site
and sources under docs/, the repository and the pinned versions."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAV_ENTRY = re.compile(r"^\s*-\s[^:\n]+:\s*([\w/.-]+\.(?:md|ipynb))\s*$", re.MULTILINE)
REPOSITORY = "https://github.com/torchsheet/torchsheet"


def nav_sources() -> list[str]:
    """Every page in the nav, as its source file under docs/."""
    return NAV_ENTRY.findall((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def site_path(source: str) -> str:
    stem = source.rsplit(".", 1)[0]
    return "" if stem == "index" else stem + "/"


def site_pages() -> list[str]:
    """Every page in the nav, as its path on the site ("" for Home)."""
    return [site_path(source) for source in nav_sources()]


PAGES = site_pages()
SOURCES = {site_path(source): source for source in nav_sources()}


def pins() -> dict[str, str]:
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    return dict(re.match(r"(.+)==(.+)", pin).groups() for pin in groups["torch"])
