"""Snippets are formatted with ruff (their `#>` output lines left as they are).

`python tests/harness.py` formats them in place.
"""

import importlib.util

import pytest

import harness


@pytest.mark.skipif(
    importlib.util.find_spec("ruff") is None, reason="ruff is not installed"
)
def test_snippets_are_ruff_formatted(tmp_path):
    snippets = harness.find_snippets()
    formatted = harness.ruff_formatted(snippets, tmp_path)
    unformatted = [
        harness.relative(path)
        for path in snippets
        if formatted[path] != path.read_text(encoding="utf-8")
    ]
    assert not unformatted, (
        f"not formatted with ruff (`python tests/harness.py` fixes it): {unformatted}"
    )
