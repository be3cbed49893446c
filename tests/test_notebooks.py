"""Every notebook under docs/ runs top to bottom and prints what it shows.

The cells run in-process in one namespace, from a temporary working directory,
after `torch.manual_seed(0)`. The text a cell prints must equal the stdout
output stored in the notebook (what the site shows); `--update-examples`
stores the real output instead, with each figure the cell draws as a PNG.

Where another supported torch prints something else, the cell's metadata holds
that output under the same markers as a snippet's `#>` blocks:
`{"torchsheet": {"variants": {"[torch<2.15]": "text"}}}`. On a torch where a
marker holds, its text is what the cell must print (and what
`--update-examples` rewrites).
"""

from __future__ import annotations

import base64
import contextlib
import difflib
import io
import warnings

import pytest
import torch

nbformat = pytest.importorskip("nbformat")

import harness

NOTEBOOKS = sorted(harness.DOCS.rglob("*.ipynb"))


def stored_text(cell) -> str:
    return "".join(
        output.get("text", "")
        for output in cell.get("outputs", [])
        if output.get("output_type") == "stream" and output.get("name") == "stdout"
    )


def figures_as_outputs() -> list:
    import matplotlib.pyplot as plt

    outputs = []
    for number in plt.get_fignums():
        buffer = io.BytesIO()
        plt.figure(number).savefig(buffer, format="png", metadata={"Software": None})
        png = base64.b64encode(buffer.getvalue()).decode()
        outputs.append(nbformat.v4.new_output("display_data", data={"image/png": png}))
    plt.close("all")
    return outputs


def variant_here(cell) -> str | None:
    """The marker of the cell's variant that holds on this torch, if any."""
    variants = cell.get("metadata", {}).get("torchsheet", {}).get("variants", {})
    return next((marker for marker in variants if harness.applies(marker)), None)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=harness.relative)
def test_notebook(path, request, tmp_path, monkeypatch):
    notebook = nbformat.read(path, as_version=4)
    monkeypatch.chdir(tmp_path)
    namespace = {"__name__": "__main__"}
    torch.manual_seed(0)
    problems = []
    count = 0
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        count += 1
        stdout = io.StringIO()
        with warnings.catch_warnings(), contextlib.redirect_stdout(stdout):
            warnings.simplefilter("error")
            code = compile(
                cell.source, f"{harness.relative(path)}[cell {index}]", "exec"
            )
            exec(code, namespace)
        figures = figures_as_outputs()
        actual = stdout.getvalue()
        marker = variant_here(cell)
        variants = cell.get("metadata", {}).get("torchsheet", {}).get("variants", {})
        expected = variants[marker] if marker else stored_text(cell)
        if request.config.getoption("--update-examples"):
            if marker:
                variants[marker] = actual
                continue
            outputs = [nbformat.v4.new_output("stream", name="stdout", text=actual)]
            cell.outputs = (outputs if actual else []) + figures
            cell.execution_count = count
        elif actual.rstrip() != expected.rstrip():
            diff = difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                "output stored in the notebook",
                "what the cell printed",
                lineterm="",
            )
            problems.append(f"cell {index}:\n{cell.source}\n" + "\n".join(diff))
    if request.config.getoption("--update-examples"):
        nbformat.write(notebook, path)
    if problems:
        problems.append("(`nox -s tests -- --update-examples` stores the real output)")
        pytest.fail(
            f"{harness.relative(path)}\n" + "\n\n".join(problems), pytrace=False
        )
