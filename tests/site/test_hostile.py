"""Nothing a snippet or a heading holds becomes live markup on the site.

A hostile snippet (a string with a line of three backticks followed by a
script, output that prints HTML) and hostile headings and error messages are
rendered with the site's own Markdown extensions; the HTML must hold no
element or attribute that the text did not ask to be shown as text.
"""

from __future__ import annotations

import re
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from torchsheet import blocks, index_pages
from torchsheet.pages import Place
from torchsheet.paths import ROOT
from torchsheet.site_index import Indexes

HOSTILE_SNIPPET = '''
import torch

# --8<-- [start:evil]
banner = """
```
<script>alert("fence")</script>
"""
print("<img src=x onerror=alert('output')>")
#> <img src=x onerror=alert('output')>
print(banner.strip())
#> ```
#> <script>alert("fence")</script>
# --8<-- [end:evil]
'''
PAGE = """
# Evil page

## A section

```python title="snippets/evil/01_evil.py"
--8<-- "snippets/evil/01_evil.py:evil"
```
"""


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with the extensions and settings of mkdocs.yml."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=Loader)
    names, configs = [], {}
    for entry in config["markdown_extensions"]:
        name, options = (
            next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        )
        if name == "pymdownx.snippets":
            continue  # the blocks inline the code; pages include nothing else
        names.append(name)
        configs[name] = options or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


class Live(HTMLParser):
    """Elements and attributes that run script or load something."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "embed", "svg"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"{tag} {name}={value!r}")


def live_markup(html_text: str) -> list[str]:
    parser = Live()
    parser.feed(html_text)
    return parser.found


@pytest.fixture
def hostile_root(tmp_path) -> Path:
    snippet = tmp_path / "snippets" / "evil" / "01_evil.py"
    snippet.parent.mkdir(parents=True)
    snippet.write_text(textwrap.dedent(HOSTILE_SNIPPET).lstrip(), encoding="utf-8")
    return tmp_path


def test_a_hostile_snippet_stays_text(hostile_root):
    page = blocks.expand(PAGE, "evil/", root=hostile_root)
    html_text = site_markdown().convert(page)
    assert "ts-block" in html_text
    assert "alert" in html_text, "the hostile text is shown"
    assert live_markup(html_text) == []


def test_hostile_headings_and_messages_stay_text():
    place = Place(
        "evil.md",
        "Evil <b>page</b>",
        "<img src=x onerror=alert(1)> [link](javascript:alert(2))",
        "evil",
        2,
    )
    message = "<script>alert(3)</script> ``` and `ticks`"
    indexes = Indexes(
        errors={("RuntimeError", message, ()): [place]},
        apis={"torch.cat": [place]},
        place_apis={place: {"torch.cat"}},
        place_keywords={},
        place_errors={place: [("RuntimeError", message, ())]},
        places=[place],
    )
    for text in (
        index_pages.errors_markdown(indexes, "errors.md"),
        index_pages.api_markdown(indexes, "api.md"),
    ):
        html_text = site_markdown().convert(text)
        assert live_markup(html_text) == [], text
        assert re.search(r"&lt;(img|script)", html_text), "the hostile text is shown"
