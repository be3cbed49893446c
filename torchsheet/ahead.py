"""The page work of a build done ahead, on the other core.

The page work (torchsheet/generate.py: the indexes, then every page's blocks,
notes and links) takes a second and a half, and MkDocs renders pages one after
another on one core. So `mkdocs build` (hooks/pages.py) forks a child that
builds the indexes and the Markdown of every page while MkDocs sets up and
renders, and hands each over through a pipe as it is done. A page is taken
from it only if the child worked from the very Markdown the engine read (same
SHA-256), else the hook does the work itself; if the child fails, or there is
no `os.fork`, the hook does all of it. tests/site/test_build_reuse.py compares
a build done ahead with one done in order.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from torchsheet import generate, site_index

_state: dict[str, Any] = {"got": {}, "reader": None, "taken": 0}
_ready = threading.Condition()


def digest(markdown: str) -> str:
    return hashlib.sha256(markdown.encode("utf-8")).hexdigest()


def _work(docs: Path, read: Callable[[str], str], write) -> None:
    """In the child: the indexes, then each page as the engine reads it
    (`read`: a file's text to the Markdown the engine gives the hooks)."""
    logging.disable(logging.CRITICAL)  # the parent reports, if it must redo one
    site_index.reset()
    indexes = site_index.build()
    pickle.dump(("indexes", indexes), write)
    write.flush()
    for path in sorted(docs.rglob("*.md")):
        src = path.relative_to(docs).as_posix()
        markdown = read(path.read_text(encoding="utf-8-sig"))
        done = generate.page_markdown(src, markdown, indexes)
        pickle.dump((src, (digest(markdown), done)), write)
        write.flush()


def _receive(read, pid: int, got: dict) -> None:
    """In a thread of the parent: keep what the child sends, until it ends."""
    with read:
        while True:
            try:
                name, value = pickle.load(read)
            except (EOFError, pickle.UnpicklingError):  # its end, or its failure
                break
            with _ready:
                got[name] = value
                _ready.notify_all()
    os.waitpid(pid, 0)
    with _ready:
        got[None] = "ended"
        _ready.notify_all()


def start(docs: Path, read: Callable[[str], str]) -> None:
    """Fork the child that works on the pages of `docs` (a build's first step)."""
    finish()
    got: dict = {}
    _state["got"], _state["taken"] = got, 0
    if not hasattr(os, "fork"):
        got[None] = "no fork"
        return
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: work, then end without running the parent's code
        status = 0
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as write:
                _work(docs, read, write)
        except BaseException:  # noqa: BLE001 - whatever it was, the parent redoes it
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    reader = threading.Thread(
        target=_receive, args=(os.fdopen(read_end, "rb"), pid, got), daemon=True
    )
    reader.start()
    _state["reader"] = reader


def _wait_for(key: str) -> Any:
    got = _state["got"]
    with _ready:
        _ready.wait_for(lambda: key in got or None in got)
    return got.get(key)


def indexes() -> site_index.Indexes | None:
    """The indexes the child built, if it did."""
    return _wait_for("indexes")


def page(src: str, markdown: str) -> str | None:
    """The child's work on a page, if it worked from this very Markdown."""
    found = _wait_for(src)
    if found is None or found[0] != digest(markdown):
        return None
    _state["taken"] += 1
    return found[1]


def finish() -> None:
    """Wait for the child to end (the build's last step)."""
    reader = _state["reader"]
    if reader is not None:
        reader.join()
        _state["reader"] = None
