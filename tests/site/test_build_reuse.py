"""What a build re-uses or leaves out changes nothing it writes: under
`mkdocs serve`, the previous build's pages and search entries where their
input is the same (hooks/serve_cache.py); in every build, the HTML of a code
block that Pygments highlighted once already (hooks/highlight_once.py), and
the search plugin reading code blocks without their highlighting markup
(hooks/search_index.py); and `mkdocs build` doing the page work ahead in a
child process (torchsheet/ahead.py).

Three builds in this process, in serve mode, of a copy of docs/: one, then
one after an edit of a page (re-using the others), then the same again with
nothing re-used, every block highlighted anew and every page parsed whole,
the page work done ahead.
The last two must write the same files, the search index included.
"""

from __future__ import annotations

import filecmp
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EDITED = "tensors.md"
PROBE = "A paragraph that only the edited page has."


def different(one: Path, other: Path) -> list[str]:
    found = []
    compared = filecmp.dircmp(one, other)
    stack = [(compared, "")]
    while stack:
        here, prefix = stack.pop()
        found += [prefix + name for name in here.left_only + here.right_only]
        found += [prefix + name for name in here.diff_files + here.funny_files]
        stack += [(sub, f"{prefix}{name}/") for name, sub in here.subdirs.items()]
    return found


def test_what_a_build_reuses_changes_nothing_it_writes(tmp_path, monkeypatch):
    pytest.importorskip("material")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)

    def serve_build(site: str):
        config = load_config(
            str(ROOT / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(tmp_path / site)
        )
        hook = config["hooks"]["hooks/serve_cache.py"]
        hook.on_startup(command="serve", dirty=False)
        build(config)
        return hook

    hook = None
    try:
        hook = serve_build("first")
        repeats = sys.modules["hooks/highlight_once.py"]._state["repeats"]
        page = docs / EDITED
        page.write_text(
            page.read_text(encoding="utf-8") + f"\n{PROBE}\n", encoding="utf-8"
        )
        hook = serve_build("rebuilt")
        reused = hook._state["reused"]
        highlighter = sys.modules["hooks/highlight_once.py"]
        assert highlighter._state["repeats"] > 0, "the edited page repeats blocks"
        hook._state["current"] = {}  # nothing to re-use
        highlighter._state["on"] = False
        sys.modules["hooks/search_index.py"]._options["lighter"] = False
        pages = sys.modules["hooks/pages.py"]
        pages._options["ahead"] = True
        serve_build("fresh")
        from torchsheet import ahead

        taken = ahead._state["taken"]
        assert hook._state["reused"] == 0
        assert highlighter._state["repeats"] == 0
    finally:
        if hook is not None:
            hook.on_startup(command="build", dirty=False)
        if "hooks/highlight_once.py" in sys.modules:
            sys.modules["hooks/highlight_once.py"]._state["on"] = True
        if "hooks/search_index.py" in sys.modules:
            sys.modules["hooks/search_index.py"]._options["lighter"] = True
        if "hooks/pages.py" in sys.modules:
            sys.modules["hooks/pages.py"]._options["ahead"] = None
    assert reused > 20, f"the rebuild re-used {reused} pages and search entries"
    assert repeats > 100, f"{repeats} code blocks were highlighted once already"
    assert taken > 20, f"{taken} pages came from the child"
    assert PROBE in (tmp_path / "rebuilt" / "tensors" / "index.html").read_text()
    assert different(tmp_path / "rebuilt", tmp_path / "fresh") == []
    index = tmp_path / "fresh" / "search" / "search_documents.json"
    assert "<code>" in index.read_text(encoding="utf-8")
    assert different(tmp_path / "first", tmp_path / "rebuilt"), "the edit shows"
