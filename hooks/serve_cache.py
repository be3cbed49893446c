"""MkDocs hook: under `mkdocs serve`, a rebuild re-uses what the build before
it made from the same input.

An edit changes a page or two, yet serve rebuilds the whole site; most of that
time goes to turning each page's Markdown into HTML (Python-Markdown and
Pygments) and to the search plugin reading that HTML back. So, while serving
only (never in `mkdocs build`):

- a page whose Markdown, file list and Markdown settings are those of the
  previous build gets that build's HTML, table of contents and anchors;
- a page whose HTML, address and title are the previous build's gets that
  build's search entries.

What a build renders is kept for the next one only (tests/site/test_build_reuse.py
compares a rebuild with a build that re-uses nothing). MkDocs loads a hook module
once per process, so this state lasts across serve's rebuilds.
"""

from __future__ import annotations

import copy
from typing import Any

from material.plugins.search import plugin as search_plugin
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_state: dict[str, Any] = {"serving": False, "previous": {}, "current": {}, "reused": 0}


def on_startup(*, command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def on_pre_build(*, config: MkDocsConfig) -> None:
    _state["previous"], _state["current"] = _state["current"], {}
    _state["reused"] = 0


def _files_key(files: Files) -> tuple:
    return tuple(sorted((file.src_uri, file.dest_uri, file.url) for file in files))


def _settings_key(config: MkDocsConfig) -> str:
    return repr(
        (
            config["markdown_extensions"],
            config["mdx_configs"],
            config["use_directory_urls"],
            config["validation"],
        )
    )


def _reused(key: tuple) -> Any:
    found = _state["previous"].get(key)
    if found is not None:
        _state["current"][key] = found
        _state["reused"] += 1
    return found


_render = Page.render


def _render_again(self: Page, config: MkDocsConfig, files: Files) -> None:
    if not _state["serving"]:
        return _render(self, config, files)
    key = (
        "page",
        self.file.src_uri,
        self.markdown,
        _settings_key(config),
        _files_key(files),
    )
    found = _reused(key)
    if found is None:
        _render(self, config, files)
        found = {
            "content": self.content,
            "toc": copy.deepcopy(self.toc),
            "title": self._title_from_render,
            "anchors": set(self.present_anchor_ids or ()),
            "links": {
                target.src_uri: dict(links)
                for target, links in (self.links_to_anchors or {}).items()
            },
        }
        _state["current"][key] = found
        return None
    self.content = found["content"]
    self.toc = copy.deepcopy(found["toc"])
    self._title_from_render = found["title"]
    self.present_anchor_ids = set(found["anchors"])
    if self.links_to_anchors is not None or found["links"]:
        self.links_to_anchors = {
            target: dict(links)
            for src, links in found["links"].items()
            if (target := files.get_file_from_path(src)) is not None
        }
    return None


Page.render = _render_again

_add_entry = search_plugin.SearchIndex.add_entry_from_context


def _add_entry_again(self: search_plugin.SearchIndex, page: Page) -> None:
    if not _state["serving"]:
        return _add_entry(self, page)
    key = ("search", page.url, page.content, str(page.title), repr(page.meta))
    found = _reused(key)
    if found is None:
        before = len(self.entries)
        _add_entry(self, page)
        _state["current"][key] = copy.deepcopy(self.entries[before:])
        return None
    self.entries.extend(copy.deepcopy(found))
    return None


search_plugin.SearchIndex.add_entry_from_context = _add_entry_again
