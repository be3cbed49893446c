"""Every module under snippets/ runs, and prints what its `#>` lines say.

Snippets are found by glob: a new file is a new test. tests/checks.py runs
each one and says what is wrong with it.
"""

from __future__ import annotations

import pytest

import harness
from checks import problems_of

SNIPPETS = harness.find_snippets()


@pytest.mark.parametrize("path", SNIPPETS, ids=harness.relative)
def test_snippet(path, request, tmp_path, monkeypatch, cache):
    problems = problems_of(
        path,
        tmp_path,
        monkeypatch,
        cache,
        updating=request.config.getoption("--update-examples"),
        standalone=request.config.getoption("--standalone"),
    )
    if problems:
        hint = (
            "(`nox -s tests -- --update-examples` rewrites #> lines from real output)"
        )
        pytest.fail("\n\n".join(problems + [hint]), pytrace=False)
