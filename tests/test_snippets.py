"""Every module under snippets/ runs, and prints what its `#>` lines say.

Snippets are found by glob: a new file is a new test. Each runs in-process as
`__main__` in a fresh namespace, from a temporary working directory, after
`torch.manual_seed(0)`. A fresh interpreter starts from a random seed, so a
snippet that draws random numbers must seed first; the test fails otherwise.
"""

from __future__ import annotations

import difflib
import os
import random
import subprocess
import sys
import warnings

import numpy as np
import pytest
import torch

import capabilities
import harness

SEED = 0
# Python 3.12+ warns when a process with threads (torch's own count) forks, as
# DataLoader workers and the DDP example do; that is not the snippet's doing.
FORK_WARNING = (
    r"This process .* is multi-threaded, use of fork\(\) may lead to deadlocks"
)
SNIPPETS = harness.find_snippets()


def torch_state() -> dict[str, object]:
    """Global torch settings a snippet must leave as it found them."""
    return {
        "default dtype": torch.get_default_dtype(),
        "default device": torch.get_default_device(),
        "grad mode": torch.is_grad_enabled(),
        "inference mode": torch.is_inference_mode_enabled(),
        "anomaly detection": torch.is_anomaly_enabled(),
        "deterministic algorithms": torch.are_deterministic_algorithms_enabled(),
        "cudnn.deterministic": torch.backends.cudnn.deterministic,
        "cudnn.benchmark": torch.backends.cudnn.benchmark,
        "float32 matmul precision": torch.get_float32_matmul_precision(),
        "threads": torch.get_num_threads(),
    }


SETTERS = {
    "default dtype": torch.set_default_dtype,
    "default device": torch.set_default_device,
    "grad mode": torch.set_grad_enabled,
    "anomaly detection": torch.autograd.set_detect_anomaly,
    "deterministic algorithms": torch.use_deterministic_algorithms,
    "cudnn.deterministic": lambda v: setattr(torch.backends.cudnn, "deterministic", v),
    "cudnn.benchmark": lambda v: setattr(torch.backends.cudnn, "benchmark", v),
    "float32 matmul precision": torch.set_float32_matmul_precision,
    "threads": torch.set_num_threads,
}


def restore(state: dict[str, object], changed: dict[str, object]) -> None:
    """Put back the settings a snippet changed (and only those: some setters are slow)."""
    for key in changed:
        if key in SETTERS:
            SETTERS[key](state[key])


@pytest.fixture(scope="session")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


def describe(path, mismatch) -> str:
    source = path.read_text(encoding="utf-8")
    section = harness.section_of(source, mismatch.line)
    where = f"{harness.relative(path)}:{mismatch.line}"
    if section:
        where += f', section "{section}"'
    where += f", shown on {harness.shown_on(path, section)}"
    diff = difflib.unified_diff(
        ["#> " + line for line in mismatch.expected or []],
        ["#> " + line for line in mismatch.actual or []],
        "#> lines in the snippet",
        "what the code printed",
        lineterm="",
    )
    return f"{where}\n{mismatch.code}\n" + "\n".join(diff)


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


def problems_of(path, tmp_path, monkeypatch, cache, updating=False, standalone=False):
    """Run one snippet in-process; return what is wrong with it, if anything."""
    source = path.read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in harness.requirements(source):
        assert name in capabilities.PROVIDERS, f"unknown requirement {name!r}"
        capabilities.PROVIDERS[name](tmp_path, monkeypatch, cache)

    before = torch_state()
    torch.manual_seed(SEED)
    random.seed(SEED)
    np.random.seed(SEED)
    seeded_state = torch.get_rng_state()
    state_when_seeded = []
    real_manual_seed = torch.manual_seed

    def manual_seed(seed):
        state_when_seeded.append(torch.get_rng_state())
        return real_manual_seed(seed)

    monkeypatch.setattr(torch, "manual_seed", manual_seed)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            warnings.filterwarnings("ignore", FORK_WARNING, DeprecationWarning)
            recorder = harness.run_snippet(path)
    finally:
        monkeypatch.setattr(torch, "manual_seed", real_manual_seed)
        after = torch_state()
        leaked = {
            key: (before[key], after[key])
            for key in before
            if before[key] != after[key]
        }
        restore(before, leaked)
        if "matplotlib.pyplot" in sys.modules:
            sys.modules["matplotlib.pyplot"].close("all")

    if updating:
        path.write_text(harness.rewrite(source, recorder), encoding="utf-8")

    problems = []
    first_state = state_when_seeded[0] if state_when_seeded else torch.get_rng_state()
    if not torch.equal(first_state, seeded_state):
        problems.append(
            "draws from torch's random generator before calling torch.manual_seed: "
            "its output would change from run to run when run alone"
        )
    for key, (old, new) in leaked.items():
        problems.append(f"leaks global state: {key} was {old!r}, left as {new!r}")
    statements = harness.print_statements(source)
    for line in harness.stray_output_lines(source, statements):
        problems.append(f"line {line}: a #> line that sits under no print statement")
    if recorder.unowned:
        problems.append(f"printed from outside the snippet: {recorder.unowned!r}")
    if not updating:
        problems += [describe(path, m) for m in harness.check(path, recorder)]
    if standalone:
        alone = subprocess.run(
            [sys.executable, str(path)],
            check=False,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONWARNINGS": "error"},
        )
        if alone.returncode != 0:
            problems.append(
                f"`python {harness.relative(path)}` failed:\n{alone.stderr}"
            )
        elif alone.stdout != "".join(recorder.log):
            problems.append(
                f"`python {harness.relative(path)}` printed other output than in-process:"
                + "\n".join(
                    difflib.unified_diff(
                        "".join(recorder.log).splitlines(),
                        alone.stdout.splitlines(),
                        "in-process",
                        "alone",
                        lineterm="",
                    )
                )
            )
    return problems
