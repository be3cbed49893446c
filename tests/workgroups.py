"""Which tests share a pytest-xdist worker: those with the same one-off cost.

Each worker is its own process, so whatever a kind of test pays once per
process it pays in every worker that runs one of them: the forkserver that
launched snippets fork from where CUDA is (it imports torch, torch.distributed,
FSDP and dynamo: about 3 CPU-s; elsewhere they fork from tests/zygote.py),
and dynamo's and inductor's first traces (the compile and export tests take
9.7 CPU-s in one process, 13.5 split over two). Here the
tests of one kind are one work unit, run by one worker; largest units first
(xdist's `--loadscope-reorder`, its default), then every other test on its
own, as `--dist load` would. tests/conftest.py makes this the scheduler of a
plain `-n N` run; an explicit `--dist` keeps xdist's own.

The kind is read from the snippet a test runs (tests/test_snippets.py) or
copies from (tests/test_copy.py), named in its test id. The harness's own
tests of launching (tests/test_launches.py) are named `test_launched_...`, of
compiling `..._torch_compile_...`; the notebooks draw with matplotlib.
"""

from __future__ import annotations

import functools
import re

from torchsheet.paths import ROOT

KINDS = [
    # the zygote or forkserver that runner.launch forks processes from
    ("launched", re.compile(r"^# launch:", re.MULTILINE)),
    # dynamo's tracing and inductor: imported and warmed up once (a first
    # export or compile in a process costs seconds that later ones do not)
    (
        "traced",
        re.compile(
            r"torch\.(compile|export|onnx|jit|cond|compiler|_dynamo)\b|flex_attention"
        ),
    ),
    # matplotlib's import and first figure (the notebooks draw too)
    ("plotted", re.compile(r"\bmatplotlib\b")),
]
SNIPPET_ID = re.compile(r"(snippets/[\w/]+\.py)(?::[\w-]+)?\]$")


def snippet_in(nodeid: str) -> str | None:
    """The snippet named at the end of a test id: `...[snippets/a/01_b.py]` or
    `...[page.md > heading > snippets/a/01_b.py:section]`."""
    match = SNIPPET_ID.search(nodeid)
    return match[1] if match else None


@functools.cache
def kind_of(snippet: str) -> str | None:
    path = ROOT / snippet
    if not path.is_file():
        return None
    source = path.read_text(encoding="utf-8")
    return next((kind for kind, pattern in KINDS if pattern.search(source)), None)


def work_unit(nodeid: str) -> str:
    snippet = snippet_in(nodeid)
    kind = kind_of(snippet) if snippet else None
    if "::test_launched_" in nodeid:  # tests/test_launches.py
        kind = "launched"
    elif "_torch_compile_" in nodeid:  # tests/test_harness.py
        kind = "traced"
    elif nodeid.startswith("tests/test_notebooks.py::"):
        kind = "plotted"
    return f"kind:{kind}" if kind else nodeid


def scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class ByKind(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

    return ByKind(config, log)
