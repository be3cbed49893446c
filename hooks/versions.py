"""Versions on the pages.

- Replace {{ torch_version }}, {{ torchvision_version }} (the pins in
  pyproject.toml, which `nox -s tests` installs and runs every snippet against)
  and {{ gpu_device }}, {{ gpu_torch_version }}, {{ gpu_date }} (where the
  outputs of the GPU-only snippets were recorded) in pages.
- Put a line under every page's title that says which versions the outputs
  shown come from.
"""

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
PIN = re.compile(r"^(?P<name>[\w\-]+)==(?P<version>[\w.+]+)$")
# The machine and torch build the `# requires: cuda` outputs were recorded on.
GPU = {
    "gpu_device": "NVIDIA H100 80GB HBM3",
    "gpu_torch_version": "2.11.0+cu130",
    "gpu_date": "2026-11-23",
}
H1_END = re.compile(r"</h1>", re.IGNORECASE)


def pins() -> dict[str, str]:
    groups = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["dependency-groups"]
    return {
        f"{match['name']}_version": match["version"]
        for requirement in groups["torch"]
        if (match := PIN.match(requirement))
    }


def values() -> dict[str, str]:
    return {**pins(), **GPU}


def provenance() -> str:
    v = values()
    return (
        '<p class="ts-provenance">Outputs from torch '
        f"{v['torch_version']} and torchvision {v['torchvision_version']} on CPU; "
        f"GPU-only outputs from an {v['gpu_device']} with torch "
        f"{v['gpu_torch_version']} ({v['gpu_date']}).</p>"
    )


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        # The notebooks retell the cheat-sheet pages: rank them below in search.
        page.meta.setdefault("search", {"boost": 0.5})
    for name, version in values().items():
        markdown = markdown.replace("{{ " + name + " }}", version)
    return markdown


def on_page_content(html, page, config, files):
    line = provenance()
    if page.file.src_uri.endswith(".ipynb"):
        v = values()
        line = (
            '<p class="ts-provenance">Outputs from torch '
            f"{v['torch_version']} and torchvision {v['torchvision_version']} on CPU.</p>"
        )
    match = H1_END.search(html)
    if match is None:
        return line + html
    return html[: match.end()] + line + html[match.end() :]
