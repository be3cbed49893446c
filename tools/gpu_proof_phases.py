"""The GPU proof's phases (tools/gpu_proof.py): Proof makes the working copy,
runs env, cuda, alone, suite and ddp in it (ddp beside env and cuda), packs
the rewritten snippets as a tarball and a diff, and writes the summary.
Standard library only, plus the pytest it calls.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import importlib.util
import json
import os
import shutil
import sys
import tarfile
import tempfile
import time
import traceback
from pathlib import Path

from gpu_proof_report import summary_of, summary_text
from gpu_proof_rewrite import cuda_snippets, merge_cuda_output
from gpu_proof_run import (
    FILES,
    ROOT,
    TIMEOUTS,
    junit_counts,
    run_alone,
    run_logged,
)

DDP_SNIPPET = "snippets/distributed/01_ddp.py"
# --quick: besides the CUDA snippets, a few plain snippets and the fast checks.
QUICK_SNIPPETS = ["snippets/tensors/01_create.py", "snippets/autograd/02_grad_fn.py"]
QUICK_MODULES = ["test_harness", "test_launches", "test_pages", "test_workflows"]
COPY_IGNORE = shutil.ignore_patterns(
    ".git",
    ".nox",
    ".venv",
    "site",
    ".cache",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    "node_modules",
    ".ipynb_checkpoints",
)

PROBE = r"""
import json, platform
from importlib import metadata
info = {"python": platform.python_version()}
for name in ("pytest", "pytest-xdist"):
    try:
        info[name] = metadata.version(name)
    except metadata.PackageNotFoundError:
        info[name] = None
try:
    import torch
    info["torch"] = torch.__version__
    info["cuda_build"] = torch.version.cuda
    info["cuda_available"] = torch.cuda.is_available()
    info["device_count"] = torch.cuda.device_count() if info["cuda_available"] else 0
    info["devices"] = []
    for index in range(info["device_count"]):
        props = torch.cuda.get_device_properties(index)
        info["devices"].append({
            "name": props.name,
            "capability": list(torch.cuda.get_device_capability(index)),
            "memory_gib": round(props.total_memory / 2**30, 1),
            "multiprocessors": props.multi_processor_count,
        })
except Exception as err:
    info["torch"] = None
    info["error"] = f"{type(err).__name__}: {err}"
try:
    import torchvision
    info["torchvision"] = torchvision.__version__
except Exception as err:
    info["torchvision"] = None
    info["torchvision_error"] = f"{type(err).__name__}: {err}"
print("PROBE " + json.dumps(info))
"""


class Proof:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.outdir = args.outdir.resolve()
        self.python = sys.executable
        self.workers = args.workers
        if self.workers is None:
            self.workers = "auto" if importlib.util.find_spec("xdist") else "0"
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.env["PYTHONDONTWRITEBYTECODE"] = "1"
        if args.dry_run:
            self.env["CUDA_VISIBLE_DEVICES"] = ""
        self.limits = {
            key: int(value * args.timeout_scale) for key, value in TIMEOUTS.items()
        }
        self.work = Path(tempfile.mkdtemp(prefix="gpu-proof-"))
        self.copy = self.work / "repo"
        self.phases: dict[str, dict] = {}
        self.probe: dict = {}
        self.kinds: dict[str, str] = {}
        self.kept_outside: list[dict] = []
        self.before: dict[str, bytes] = {}
        self.error: str | None = None

    @property
    def cuda(self) -> bool:
        return bool(self.probe.get("cuda_available"))

    @property
    def device_count(self) -> int:
        return int(self.probe.get("device_count") or 0)

    def make_copy(self) -> None:
        outdir = self.outdir

        def ignore(folder, names):
            ignored = set(COPY_IGNORE(folder, names))
            return ignored | {n for n in names if (Path(folder) / n) == outdir}

        shutil.copytree(ROOT, self.copy, ignore=ignore, symlinks=True)
        self.before = {
            path.relative_to(self.copy).as_posix(): path.read_bytes()
            for path in sorted((self.copy / "snippets").rglob("*.py"))
        }
        print(f"working copy: {self.copy}", flush=True)

    def pytest(self, name: str, title: str, args: list[str], workers: str) -> dict:
        """One pytest run in the copy, recorded as phase `name`."""
        report = self.work / f"{name}.xml"
        command = [self.python, "-m", "pytest", *args, "-p", "no:benchmark"]
        command += ["-p", "no:cacheprovider", "-rs", f"--junitxml={report}"]
        if workers != "0":
            command += ["-n", workers]
        log = self.outdir / f"{name}.log"
        code, seconds = run_logged(
            command, log, self.copy, self.env, self.limits[name], title
        )
        counts = junit_counts(report)
        self.phases[name] = {
            "seconds": round(seconds, 1),
            "exit_status": code,
            "timed_out": code == 124,
            "command": " ".join(command[1:]),
            **counts,
            "ok": code == 0 and counts["report"],
        }
        return self.phases[name]

    def env_phase(self) -> None:
        log = self.outdir / "env.log"
        code, seconds = run_logged(
            [self.python, "-c", PROBE],
            log,
            self.copy,
            self.env,
            self.limits["env"],
            "versions and GPUs",
        )
        for line in log.read_text(encoding="utf-8").splitlines():
            if line.startswith("PROBE "):
                self.probe = json.loads(line.removeprefix("PROBE "))
        if shutil.which("nvidia-smi"):
            run_logged(["nvidia-smi"], log, self.copy, self.env, 60, "nvidia-smi")
        self.phases["env"] = {
            "seconds": round(seconds, 1),
            "exit_status": code,
            "ok": code == 0 and bool(self.probe.get("torch")),
        }
        if not self.cuda:
            why = "--dry-run" if self.args.dry_run else "no CUDA device visible"
            print(f"\nno CUDA ({why}): a dry run, CUDA snippets skip", flush=True)

    def cuda_phase(self) -> None:
        """Rewrite the CUDA output of the CUDA snippets, check each alone."""
        self.kinds = cuda_snippets(self.copy)
        if not self.kinds:
            self.phases["cuda"] = {"seconds": 0.0, "ok": False, "failures": []}
            self.phases["cuda"]["merge_errors"] = ["no CUDA snippet found"]
            return
        originals = {
            rel: (self.copy / rel).read_text(encoding="utf-8") for rel in self.kinds
        }
        args = ["tests/test_snippets.py", "-k", " or ".join(self.kinds)]
        args += ["--update-examples", "--standalone"]
        title = "CUDA snippets: --update-examples, then each alone (--standalone)"
        phase = self.pytest("cuda", title, args, self.workers)
        phase["snippets"] = self.kinds
        phase["merge_errors"] = []
        for rel, kind in self.kinds.items():
            path = self.copy / rel
            try:
                merged, kept = merge_cuda_output(
                    originals[rel], path.read_text(encoding="utf-8"), kind
                )
            except ValueError as err:
                phase["merge_errors"].append(f"{rel}: {err}")
                phase["ok"] = False
                merged, kept = originals[rel], []
            path.write_text(merged, encoding="utf-8")
            self.kept_outside += [
                {"file": rel, "line": line, "kept": old, "printed": new}
                for line, old, new in kept
            ]

    def alone_phase(self) -> None:
        """Each CUDA snippet as `python -W error FILE`: its raw output, logged."""
        start = time.perf_counter()
        # Without CUDA only `[cuda]`-variant snippets can run, and --standalone
        # has just checked them alone: --quick leaves them out.
        runnable = [
            rel
            for rel, kind in self.kinds.items()
            if self.cuda or (kind != "requires" and not self.args.quick)
        ]
        threads = max(1, min(8, os.cpu_count() or 1))
        with concurrent.futures.ThreadPoolExecutor(threads) as pool:
            futures = {
                rel: pool.submit(
                    run_alone,
                    self.python,
                    self.copy / rel,
                    self.env,
                    self.limits["alone"],
                )
                for rel in runnable
            }
            results = {rel: future.result() for rel, future in futures.items()}
        with (self.outdir / "cuda.log").open("a", encoding="utf-8") as sink:
            sink.write(
                "\n=== each CUDA snippet alone: python -W error FILE in an empty "
                "folder (what its `#> ...` blocks hide)\n"
            )
            for rel in self.kinds:
                why = "no CUDA" if self.kinds[rel] == "requires" else "--quick"
                outcome, output = results.get(rel, (f"not run ({why})", ""))
                sink.write(f"--- {rel}: {outcome}\n{output}")
        failures = [rel for rel, (outcome, _) in results.items() if outcome != "passed"]
        self.phases["alone"] = {
            "seconds": round(time.perf_counter() - start, 1),
            "passed": len(results) - len(failures),
            "failed": len(failures),
            "skipped": len(self.kinds) - len(results),
            "failures": failures,
            "ok": not failures,
        }

    def suite_phase(self) -> None:
        if self.args.quick:
            chosen = [*self.kinds, *QUICK_SNIPPETS, *QUICK_MODULES]
            args = ["tests/test_snippets.py", "tests/test_copy.py"]
            args += [f"tests/{module}.py" for module in QUICK_MODULES]
            args += ["-k", " or ".join(chosen)]
            title = "the suite, in-process (--quick: CUDA snippets and a few others)"
        else:
            args = ["tests", "--ignore=tests/site"]
            title = "the whole suite, in-process"
        self.pytest("suite", title, args, self.workers)["quick"] = self.args.quick

    def ddp_phase(self) -> None:
        """The DDP snippet under the real torchrun; it uses NCCL, one GPU per
        process, where there are two GPUs, and gloo on the CPU otherwise."""
        args = ["tests/test_snippets.py", "-k", DDP_SNIPPET, "--standalone"]
        title = f"torchrun --nproc-per-node=2 {DDP_SNIPPET}"
        phase = self.pytest("ddp", title, args, "0")
        phase["ok"] = phase["ok"] and phase["passed"] == 1

    def ddp_mode(self) -> str:
        count = self.device_count
        if count >= 2:
            return f"NCCL, one GPU per process ({count} GPUs here)"
        return (
            f"gloo on the CPU: {count} GPU{'' if count == 1 else 's'} here, "
            "fewer than its 2 processes, so the NCCL path did not run"
        )

    def package(self) -> list[str]:
        """The snippets this run changed, as a tarball (paths from the repository
        root), and a diff; compared with the copy as it was made, so edits made
        to the checkout meanwhile are not taken for the run's."""
        changed, diff = [], []
        for rel, before in self.before.items():
            after = (self.copy / rel).read_bytes()
            if before != after:
                changed.append(rel)
                diff += difflib.unified_diff(
                    before.decode("utf-8").splitlines(keepends=True),
                    after.decode("utf-8").splitlines(keepends=True),
                    f"a/{rel}",
                    f"b/{rel}",
                )
        with tarfile.open(self.outdir / FILES["tarball"], "w:gz") as tarball:
            for rel in changed:
                tarball.add(self.copy / rel, arcname=rel, recursive=False)
        (self.outdir / FILES["diff"]).write_text("".join(diff), encoding="utf-8")
        return changed

    def run(self) -> int:
        started = time.perf_counter()
        self.outdir.mkdir(parents=True, exist_ok=True)
        for name in [*FILES.values(), *(f"{p}.log" for p in TIMEOUTS)]:
            (self.outdir / name).unlink(missing_ok=True)
        self.make_copy()
        try:
            # The DDP snippet is no CUDA snippet, so the rewrite does not touch
            # it: it runs beside the first phases (on ports of its own).
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                ddp = pool.submit(self.ddp_phase)
                self.env_phase()
                self.cuda_phase()
                ddp.result()
            self.phases["ddp"]["mode"] = self.ddp_mode()
            self.alone_phase()
            self.suite_phase()
        except Exception:  # noqa: BLE001 (write what was found, and what broke)
            self.error = traceback.format_exc()
            print(self.error, file=sys.stderr, flush=True)
        try:
            changed = self.package()
        finally:
            if self.args.keep:
                print(f"working copy kept: {self.copy}")
            else:
                shutil.rmtree(self.work, ignore_errors=True)
        summary = summary_of(self, changed, time.perf_counter() - started)
        (self.outdir / FILES["summary"]).write_text(
            json.dumps(summary, indent=2) + "\n", encoding="utf-8"
        )
        text = summary_text(summary)
        (self.outdir / FILES["text"]).write_text(text, encoding="utf-8")
        print("\n" + text, flush=True)
        return 0 if summary["ok"] else 1
