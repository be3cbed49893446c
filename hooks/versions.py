"""Replace {{ torch_version }} and {{ torchvision_version }} in pages.

The values are the pins in pyproject.toml, which `nox -s tests` installs and
runs every snippet against.
"""

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
PIN = re.compile(r"^(?P<name>[\w\-]+)==(?P<version>[\w.+]+)$")


def pins() -> dict[str, str]:
    groups = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["dependency-groups"]
    return {
        f"{match['name']}_version": match["version"]
        for requirement in groups["torch"]
        if (match := PIN.match(requirement))
    }


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        # The notebooks retell the cheat-sheet pages: rank them below in search.
        page.meta.setdefault("search", {"boost": 0.5})
    for name, version in pins().items():
        markdown = markdown.replace("{{ " + name + " }}", version)
    return markdown
