"""The checks of one snippet run: output, seeding, leaked state, facts.

`problems_of` runs a snippet in-process as `__main__` in a fresh namespace,
from a temporary working directory, after `torch.manual_seed(0)`, and returns
what is wrong with it. A fresh interpreter starts from a random seed, so a
snippet that draws random numbers must seed first, or it fails here.
tests/test_snippets.py and tests/test_copy.py use it.
"""

from __future__ import annotations

import difflib
import functools
import gc
import json
import os
import shutil
import subprocess
import sys
import warnings

import guards
import numpy as np
import pytest
import torch

import capabilities
import harness
import runner as runner_module
from torchsheet import facts, settings

SEED = 0
# Python 3.12+ warns when a process with threads (torch's own count) forks, as
# DataLoader workers and the DDP example do; that is not the snippet's doing.
FORK_WARNING = (
    r"This process .* is multi-threaded, use of fork\(\) may lead to deadlocks"
)


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
        "print options": print_options(),
        "NumPy print options": np.get_printoptions(),
        "cuda matmul TF32": torch.backends.cuda.matmul.allow_tf32,
        "cudnn TF32": torch.backends.cudnn.allow_tf32,
        "cudnn enabled": torch.backends.cudnn.enabled,
    }


def print_options() -> dict[str, object]:
    options = torch._tensor_str.PRINT_OPTS
    names = ("precision", "threshold", "edgeitems", "linewidth", "sci_mode")
    return {name: getattr(options, name) for name in names}


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
    "print options": lambda options: torch.set_printoptions(**options),
    "NumPy print options": lambda options: np.set_printoptions(**options),
    "cuda matmul TF32": lambda v: setattr(torch.backends.cuda.matmul, "allow_tf32", v),
    "cudnn TF32": lambda v: setattr(torch.backends.cudnn, "allow_tf32", v),
    "cudnn enabled": lambda v: setattr(torch.backends.cudnn, "enabled", v),
}


def restore(state: dict[str, object], changed: dict[str, object]) -> None:
    """Put back the settings a snippet changed (and only those: some setters are slow)."""
    for key in changed:
        if key in SETTERS:
            SETTERS[key](state[key])


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


def clean_cuda_state() -> None:
    """Free what earlier snippets left on the GPU and reset its statistics."""
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        gc.collect()
        torch.cuda.synchronize()
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
        torch.cuda.reset_accumulated_memory_stats()


def fresh_compiler_state() -> None:
    """Forget what torch.compile saw in earlier runs, as a new process would.

    Dynamo keeps state per code object for the whole process: after one snippet
    compiled `nn.Linear` at one input shape, another that compiles a Linear at
    another shape gets dynamic sizes, and prints other graphs. Reset only after
    something was compiled (dynamo is imported by then: importing it costs 2 s)."""
    convert_frame = sys.modules.get("torch._dynamo.convert_frame")
    if convert_frame is None:
        return
    seen = getattr(getattr(convert_frame, "input_codes", None), "seen", None)
    if getattr(convert_frame, "FRAME_COUNTER", 1) or seen:
        torch.compiler.reset()


def nprocs_of(launch: list[str]) -> int:
    assert launch[0] == "torchrun", f"unknown launcher {launch[0]!r}"
    for index, word in enumerate(launch):
        if word.startswith(("--nproc-per-node", "--nproc_per_node")):
            value = word.partition("=")[2] or launch[index + 1]
            return int(value)
    return 1


def run_alone(path, workdir, launch=None, real_launcher=True):
    """Run a snippet in a fresh interpreter (under `launch`, e.g. torchrun).

    Returns rank 0's recorded prints and, if the run failed, what it printed.
    With `real_launcher=False` a launch starts the worker processes itself, as
    torchrun would (runner.launch), without torchrun's own interpreter.
    """
    outdir = workdir / ".records"
    shutil.rmtree(outdir, ignore_errors=True)
    outdir.mkdir()
    runner = [str(harness.ROOT / "tests" / "runner.py"), str(path), str(outdir)]
    failure = ""
    if launch and not real_launcher:
        codes = runner_module.launch(path, outdir, workdir, nprocs_of(launch))
        if any(codes):
            failure = (
                f"worker exit codes {codes} (run it with --standalone for its log)"
            )
    else:
        command = [sys.executable, *runner]
        if launch:
            nprocs_of(launch)
            command = [sys.executable, "-m", "torch.distributed.run", "--standalone"]
            command += [*launch[1:], *runner]
        done = subprocess.run(
            command, check=False, capture_output=True, text=True, cwd=workdir,
            env={**os.environ, "OMP_NUM_THREADS": "1"} if launch else None,
        )  # fmt: skip
        if done.returncode != 0:
            failure = done.stderr or done.stdout or f"exit code {done.returncode}"
    recorder = harness.Recorder(str(path), harness.print_statements(path.read_text()))
    records = sorted(outdir.glob("rank*.json"))
    if failure or not records:
        return recorder, failure or "no output recorded"
    for record_path in records:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        if record_path.name != "rank0.json":
            if record["log"]:
                recorder.unowned += [f"{record_path.stem}: {''.join(record['log'])}"]
            continue
        recorder.output = {int(k): v for k, v in record["output"].items()}
        recorder.unowned += record["unowned"]
        recorder.log = record["log"]
    return recorder, ""


def problems_of(path, tmp_path, monkeypatch, cache, updating=False, standalone=False):
    """Run one snippet in-process; return what is wrong with it, if anything."""
    source = path.read_text(encoding="utf-8")
    missing = harness.missing_modules(source, str(path))
    if missing:
        pytest.skip(f"needs {', '.join(missing)}: not installed here")
    monkeypatch.chdir(tmp_path)
    for name in harness.requirements(source):
        assert name in capabilities.PROVIDERS, f"unknown requirement {name!r}"
        capabilities.PROVIDERS[name](tmp_path, monkeypatch, cache)
    clean_cuda_state()
    fresh_compiler_state()
    launch = harness.launch_command(source)
    if launch:
        return launched_problems(path, source, tmp_path, launch, updating, standalone)

    before = torch_state()
    watch = guards.Watch(tmp_path, path)  # seeds Python's and NumPy's generators
    watch.seeders(monkeypatch)
    guards.no_hard_exit(monkeypatch, path)
    guards.prompt_worker_stop(monkeypatch)
    torch.manual_seed(SEED)
    seeded_state = torch.get_rng_state()
    state_when_seeded = []
    real_manual_seed = torch.manual_seed

    def manual_seed(seed):
        state_when_seeded.append(torch.get_rng_state())
        return real_manual_seed(seed)

    monkeypatch.setattr(torch, "manual_seed", manual_seed)
    try:
        with warnings.catch_warnings(), guards.time_limit(path):
            warnings.simplefilter("error")
            warnings.filterwarnings("ignore", FORK_WARNING, DeprecationWarning)
            if not pinned_torch():
                # An older release warns about its own internals: deprecations
                # that later releases removed, notes from its modules. Shown,
                # not failed, there; the pinned torch fails on any warning.
                for category in (DeprecationWarning, FutureWarning):
                    # from any module but the snippet's own (`__main__`)
                    warnings.filterwarnings(
                        "default", category=category, module=r"(?!__main__\Z)"
                    )
                warnings.filterwarnings("default", module=r"torch(\.|$)")
            recorder = harness.run_snippet(path)
    except (guards.SnippetTimeout, guards.SnippetExit, harness.OutputLimit) as err:
        return [f"{harness.relative(path)} {err}"]
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

    problems = fact_problems(path, recorder, updating) + watch.problems()
    first_state = state_when_seeded[0] if state_when_seeded else torch.get_rng_state()
    if not torch.equal(first_state, seeded_state):
        problems.append(
            "draws from torch's random generator before calling torch.manual_seed: "
            "its output would change from run to run when run alone"
        )
    for key, (old, new) in leaked.items():
        problems.append(f"leaks global state: {key} was {old!r}, left as {new!r}")
    problems += output_problems(path, source, recorder, updating, "the snippet")
    if standalone:
        alone, failure = run_alone(path, tmp_path)
        name = f"`python {harness.relative(path)}`"
        if failure:
            problems.append(f"{name} failed:\n{failure}")
        else:
            problems += [
                f"{name} alone: " + describe(path, mismatch)
                for mismatch in harness.check(path, alone)
            ]
    return problems


def fact_problems(path, recorder, updating) -> list[str]:
    """The stored facts of a snippet (torchsheet/facts.py) against this run's."""
    target = harness.relative(path)
    if not target.startswith("snippets/") or not records_facts():
        return []
    entry = facts.observed(recorder)
    if updating:
        facts.store(target, entry)
        return []
    if stored_facts().get(target) != entry:
        stale = (
            f"torchsheet/data/facts.json holds other facts for {target} than this "
            f"run observed: {entry}"
        )
        return [stale]
    return []


def stored_facts() -> dict:
    """`facts.load()`, parsed once per text of the file (read for every snippet)."""
    if not facts.PATH.exists():
        return {}
    return _parsed(facts.PATH.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _parsed(text: str) -> dict:
    return json.loads(text)


def pinned_torch() -> bool:
    return torch.__version__.split("+")[0] == settings.pins()["torch"]


def records_facts() -> bool:
    """Facts are those of the pinned torch on a machine without a GPU."""
    return pinned_torch() and not torch.cuda.is_available()


def launched_problems(path, source, workdir, launch, updating, real_launcher):
    """A snippet run as its `# launch:` line says; rank 0's prints are checked."""
    recorder, failure = run_alone(path, workdir, launch, real_launcher)
    if failure:
        return [f"`{' '.join(launch)} {harness.relative(path)}` failed:\n{failure}"]
    if updating:
        path.write_text(harness.rewrite(source, recorder), encoding="utf-8")
    return output_problems(path, source, recorder, updating, "rank 0's prints")


def output_problems(path, source, recorder, updating, owner) -> list[str]:
    """Stray `#>` lines, output printed from elsewhere, and `#>` mismatches."""
    problems = []
    statements = harness.print_statements(source)
    for line in harness.stray_output_lines(source, statements):
        problems.append(f"line {line}: a #> line that sits under no print statement")
    if recorder.unowned:
        problems.append(f"printed from outside {owner}: {recorder.unowned!r}")
    if not updating:
        problems += [describe(path, m) for m in harness.check(path, recorder)]
    return problems
