"""MkDocs hook: Pygments highlights each distinct code block once per build.

A module's setup (its imports, its seeds, the sections others need) is folded
above every block of that module, so about a quarter of the site's 1,400 code
blocks repeat one another. pymdownx.highlight numbers each block's line spans
(`<span id="__span-4-1">`) and nothing else by the block; a repeat gets the
first one's HTML with its own number. tests/site/test_build_reuse.py builds
the site both ways and compares every page.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from pymdownx import highlight

_state: dict[str, Any] = {"on": True, "seen": {}, "repeats": 0}
_highlight = highlight.Highlight.highlight


def on_pre_build(*, config: MkDocsConfig) -> None:
    _state["seen"] = {}
    _state["repeats"] = 0


def _settings(self: highlight.Highlight) -> str:
    # `md` is the page's Markdown instance: only an HTML title uses it
    return repr(sorted((k, repr(v)) for k, v in vars(self).items() if k != "md"))


def _highlight_once(self, src, language, *args, code_block_count=0, **kwargs):
    plain = (
        _state["on"]
        and self.line_spans
        and not self.linenums
        and kwargs.get("linestart", -1) <= 0
        and self.title_mode != "html"
        and not kwargs.get("id_value")
    )
    if not plain:
        return _highlight(
            self, src, language, *args, code_block_count=code_block_count, **kwargs
        )
    key = (src, language, _settings(self), repr(args), repr(sorted(kwargs.items())))
    label = f'id="{self.line_spans}-{code_block_count}-'
    found = _state["seen"].get(key)
    if found is None:
        html = _highlight(
            self, src, language, *args, code_block_count=code_block_count, **kwargs
        )
        if label not in src:
            _state["seen"][key] = (html, label)
        return html
    html, first = found
    _state["repeats"] += 1
    return html.replace(first, label)


highlight.Highlight.highlight = _highlight_once
