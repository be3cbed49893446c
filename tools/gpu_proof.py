"""The GPU proof in one command: `python3 tools/gpu_proof.py OUTDIR`.

For a machine with CUDA and a Python that has torch, torchvision and pytest but
no network (and no nox). Standard library only, plus the pytest it calls. It
works on a copy of the repository, so the checkout is never changed, and:

1. env:   records the GPU, the versions and the device count (`nvidia-smi` too);
2. cuda:  runs every CUDA snippet (`# requires: cuda`, or a `#> [cuda]` variant)
          in-process with `--update-examples` and, in the same pass, alone with
          `--standalone`, which checks the rewritten `#>` lines again;
3. alone: where CUDA is, runs each CUDA snippet as `python -W error FILE` in an
          empty folder, for the log: its raw output, which `#> ...` blocks hide;
4. suite: the whole suite in-process on the rewritten copy (`-n auto` where
          pytest-xdist is importable);
5. ddp:   beside phases 1 and 2, `snippets/distributed/01_ddp.py` under the
          real torchrun with two processes (NCCL, one GPU each, where there are
          two GPUs; gloo on the CPU otherwise, which the summary says).

Only CUDA output is taken from the rewrite: in a file marked `# requires: cuda`
every `#>` block is CUDA output; elsewhere only the `#> [cuda ...]` variants
are, and any other block the GPU printed differently is put back as it was and
listed (the suite phase then fails on it).

OUTDIR gets eight files, flat: `summary.json`, `summary.txt`,
`rewritten-snippets.tar.gz` (only the files that changed, paths from the
repository root: `tar -xzf OUTDIR/rewritten-snippets.tar.gz` there),
`rewritten.diff`, and the logs `env.log`, `cuda.log`, `suite.log`, `ddp.log`.

`--dry-run` (or a machine without CUDA) runs the same on the CPU: the CUDA
snippets are skipped with the reason, everything else runs. `--quick` runs,
in the suite phase, only the tests of the CUDA snippets and a handful of
others. The exit status is 0 when every phase passed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DDP_SNIPPET = "snippets/distributed/01_ddp.py"
# --quick: besides the CUDA snippets, a few plain snippets and the fast checks.
QUICK_SNIPPETS = ["snippets/tensors/01_create.py", "snippets/autograd/02_grad_fn.py"]
QUICK_MODULES = ["test_harness", "test_pages", "test_workflows"]
TIMEOUTS = {"env": 180, "cuda": 420, "alone": 180, "suite": 480, "ddp": 240}
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
FILES = {
    "summary": "summary.json",
    "text": "summary.txt",
    "tarball": "rewritten-snippets.tar.gz",
    "diff": "rewritten.diff",
}

OUTPUT_LINE = re.compile(r"^\s*#>(?: (?P<text>.*))?$")
REQUIRES_LINE = re.compile(r"^# requires: (?P<names>[\w\-, ]+)$")
_CONDITION = r"(?:cuda|cpu|torch(?:<|>=)\d+(?:\.\d+)*)"
VARIANT = re.compile(rf"^\[(?P<conditions>{_CONDITION}(?:,\s*{_CONDITION})*)\]$")
CUDA_REQUIREMENTS = {"cuda", "gpus2"}

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


# --- which snippets are CUDA snippets, and which of their output to take ---


def output_text(line: str) -> str | None:
    match = OUTPUT_LINE.match(line)
    return None if match is None else (match["text"] or "").strip()


def texts(lines: list[str]) -> list[str]:
    return [output_text(line) or "" for line in lines]


def is_cuda_marker(text: str | None) -> bool:
    match = VARIANT.match(text or "")
    if match is None:
        return False
    return "cuda" in re.split(r",\s*", match["conditions"])


def requires_cuda(source: str) -> bool:
    for line in source.splitlines()[:5]:
        match = REQUIRES_LINE.match(line.strip())
        if match:
            names = {name.strip() for name in match["names"].split(",")}
            return bool(names & CUDA_REQUIREMENTS)
    return False


def cuda_kind(source: str) -> str | None:
    """'requires' (all its output is CUDA output), 'variant' or None."""
    if requires_cuda(source):
        return "requires"
    if any(is_cuda_marker(output_text(line)) for line in source.splitlines()):
        return "variant"
    return None


def cuda_snippets(root: Path) -> dict[str, str]:
    found = {}
    for path in sorted((root / "snippets").glob("*/*.py")):
        kind = cuda_kind(path.read_text(encoding="utf-8"))
        if kind:
            found[path.relative_to(root).as_posix()] = kind
    return found


def blocks_of(source: str) -> tuple[list[str], list[list[str]]]:
    """The lines that are not `#>` lines, and the `#>` block after each of them
    (the first block is what comes before the first such line)."""
    code: list[str] = []
    blocks: list[list[str]] = [[]]
    for line in source.splitlines():
        if OUTPUT_LINE.match(line):
            blocks[-1].append(line)
        else:
            code.append(line)
            blocks.append([])
    return code, blocks


def segments_of(block: list[str]) -> list[tuple[str | None, list[str]]]:
    """A block split at its variant markers: [(None, default), (marker, lines)...]."""
    segments: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in block:
        text = output_text(line)
        if VARIANT.match(text or ""):
            segments.append((text, [line]))
        else:
            segments[-1][1].append(line)
    return segments


def merge_cuda_output(original: str, rewritten: str, kind: str):
    """Take from `rewritten` only its CUDA output.

    Returns the merged source and the blocks that the GPU printed differently
    outside a `[cuda]` variant, which were kept as they were: a list of
    (line number in the merged source, lines kept, lines the GPU printed).
    """
    if kind == "requires" or original == rewritten:
        return rewritten, []
    code, old_blocks = blocks_of(original)
    new_code, new_blocks = blocks_of(rewritten)
    if code != new_code:
        raise ValueError("the rewrite changed lines that are not #> lines")
    merged: list[str] = []
    kept = []
    for index, (old, new) in enumerate(zip(old_blocks, new_blocks, strict=True)):
        if index:
            merged.append(code[index - 1])
        if old == new:
            merged += old
            continue
        new_by_marker = dict(segments_of(new))
        for marker, lines in segments_of(old):
            replacement = new_by_marker.get(marker, lines)
            if is_cuda_marker(marker):
                merged += replacement
                continue
            merged += lines
            if replacement != lines:  # also a print that had no #> block
                first = len(merged) - len(lines) + (1 if lines else 0)
                kept.append((first, texts(lines), texts(replacement)))
    return "\n".join(merged) + "\n", kept


# --- running things ---


CONSOLE = threading.Lock()


def echo(phase: str, text: str) -> None:
    """Print lines to the console, each after its phase's name (two can run at
    once)."""
    with CONSOLE:
        for line in text.splitlines():
            sys.stdout.write(f"[{phase}] {line}\n")
        sys.stdout.flush()


def run_logged(command, log, cwd, env, timeout, title) -> tuple[int, float]:
    """Run a command, its output both to the console and to `log`; kill it (and
    what it started) after `timeout` seconds. Returns exit status and seconds."""
    start = time.perf_counter()
    shown = " ".join(map(str, command))
    with log.open("a", encoding="utf-8") as sink:
        sink.write(f"\n=== {title}\n$ {shown}\n")
        sink.flush()
        echo(log.stem, f"=== {title}\n$ {shown}\n")
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            start_new_session=True,
        )

        def copy():
            for line in process.stdout:
                sink.write(line)
                echo(log.stem, line)

        reader = threading.Thread(target=copy, daemon=True)
        reader.start()
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            code = 124
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(process.pid, sig)
                    process.wait(timeout=15)
                    break
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    continue
        reader.join(timeout=15)
        seconds = time.perf_counter() - start
        if code == 124:
            sink.write(f"\n!!! stopped after {timeout} s (timed out)\n")
        sink.write(f"=== exit status {code} after {seconds:.1f} s\n")
    return code, seconds


def junit_counts(path: Path) -> dict:
    """passed / failed / skipped counts, failures and skip reasons from JUnit XML."""
    from xml.etree import ElementTree

    if not path.is_file():
        return {"passed": 0, "failed": 0, "skipped": 0, "report": False}
    counts = {"passed": 0, "failed": 0, "skipped": 0, "report": True}
    failures, reasons = [], {}
    for case in ElementTree.parse(path).getroot().iter("testcase"):
        name = f"{case.get('classname', '')}::{case.get('name', '')}"
        outcome = "passed"
        for child in case:
            if child.tag in ("failure", "error"):
                outcome = "failed"
                failures.append(name)
                break
            if child.tag == "skipped":
                outcome = "skipped"
                reason = (child.get("message") or "").strip()
                reasons[reason] = reasons.get(reason, 0) + 1
        counts[outcome] += 1
    counts["failures"] = sorted(set(failures))
    counts["skip_reasons"] = dict(sorted(reasons.items(), key=lambda kv: -kv[1]))
    return counts


def run_alone(python, path: Path, env, timeout) -> tuple[str, str]:
    """`python -W error FILE` in an empty folder: ('passed'|'failed', output)."""
    with tempfile.TemporaryDirectory() as workdir:
        try:
            done = subprocess.run(
                [python, "-W", "error", str(path)],
                cwd=workdir,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return "failed", f"(timed out after {timeout} s)\n"
    output = done.stdout + done.stderr
    if done.returncode:
        output += f"(exit status {done.returncode})\n"
    return ("passed" if done.returncode == 0 else "failed"), output


def git_commit() -> str | None:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        return None
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or None


# --- the proof ---


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
        summary = self.summary(changed, time.perf_counter() - started)
        (self.outdir / FILES["summary"]).write_text(
            json.dumps(summary, indent=2) + "\n", encoding="utf-8"
        )
        text = summary_text(summary)
        (self.outdir / FILES["text"]).write_text(text, encoding="utf-8")
        print("\n" + text, flush=True)
        return 0 if summary["ok"] else 1

    def summary(self, changed: list[str], seconds: float) -> dict:
        phases = self.phases
        probe = self.probe
        totals = {
            key: sum(
                phases.get(name, {}).get(key, 0) for name in ("cuda", "suite", "ddp")
            )
            for key in ("passed", "failed", "skipped")
        }
        names = sorted({device["name"] for device in probe.get("devices", [])})
        return {
            "ok": all(phase["ok"] for phase in phases.values())
            and set(phases) == set(TIMEOUTS)
            and not self.kept_outside
            and self.error is None,
            "error": self.error,
            "mode": "GPU" if self.cuda else "dry run: no CUDA, CUDA snippets skipped",
            "quick": self.args.quick,
            "commit": git_commit(),
            "date_utc": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
            "gpu": ", ".join(names) or None,
            "device_count": self.device_count,
            "devices": probe.get("devices", []),
            "torch": probe.get("torch"),
            "torchvision": probe.get("torchvision"),
            "cuda_build": probe.get("cuda_build"),
            "python": probe.get("python"),
            "pytest": probe.get("pytest"),
            "pytest_xdist": probe.get("pytest-xdist"),
            "workers": self.workers,
            "seconds": round(seconds, 1),
            "totals": totals,
            "phases": phases,
            "rewritten": changed,
            "kept_outside_cuda_variants": self.kept_outside,
            "files": dict(FILES),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="The GPU proof in one command (see this file's docstring)."
    )
    parser.add_argument("outdir", type=Path, help="where the results are written")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="hide the GPU (CUDA_VISIBLE_DEVICES=''): CUDA snippets skip, "
        "everything else runs",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="suite phase: only the CUDA snippets' tests and a handful of others",
    )
    parser.add_argument(
        "--workers",
        help="pytest-xdist's -n (default: auto where pytest-xdist is importable, "
        "else 0: no xdist)",
    )
    parser.add_argument(
        "--timeout-scale",
        type=float,
        default=1.0,
        help="multiply every phase's time limit (seconds: "
        + ", ".join(f"{key} {value}" for key, value in TIMEOUTS.items())
        + ")",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the working copy (path printed)"
    )
    return Proof(parser.parse_args(argv)).run()


def summary_text(summary: dict) -> str:
    phases = summary["phases"]
    lines = [
        f"GPU proof: {'PASSED' if summary['ok'] else 'FAILED'}"
        + (" (--quick)" if summary["quick"] else ""),
        f"mode: {summary['mode']}",
        f"GPU: {summary['gpu'] or 'none'} ({summary['device_count']} device(s))",
        (
            f"torch {summary['torch']} (CUDA {summary['cuda_build']}), "
            f"torchvision {summary['torchvision']}, Python {summary['python']}, "
            f"pytest {summary['pytest']}, pytest-xdist "
            f"{summary['pytest_xdist'] or 'absent'} (-n {summary['workers']})"
        ),
        f"commit {summary['commit'] or 'unknown'}, {summary['date_utc']} UTC",
        "",
        f"{'phase':<7} {'seconds':>8} {'passed':>7} {'failed':>7} {'skipped':>8}",
    ]
    for name in TIMEOUTS:
        phase = phases.get(name, {"seconds": 0.0, "ok": False})
        cells = [str(phase.get(key, "")) for key in ("passed", "failed", "skipped")]
        lines.append(
            f"{name:<7} {phase['seconds']:>8.1f} {cells[0]:>7} {cells[1]:>7} "
            f"{cells[2]:>8}" + ("" if phase["ok"] else "   <- FAILED")
        )
    totals = summary["totals"]
    lines.append(
        f"{'total':<7} {summary['seconds']:>8.1f} {totals['passed']:>7} "
        f"{totals['failed']:>7} {totals['skipped']:>8}"
    )
    lines += ["", f"DDP: {phases.get('ddp', {}).get('mode', 'not run')}"]
    if summary["error"]:
        lines += ["", "the proof itself broke off:", summary["error"]]
    for name in ("cuda", "suite", "ddp"):
        for failure in phases.get(name, {}).get("failures", []):
            lines.append(f"failed in {name}: {failure}")
    for failure in phases.get("alone", {}).get("failures", []):
        lines.append(f"failed alone: {failure} (see cuda.log)")
    for error in phases.get("cuda", {}).get("merge_errors", []):
        lines.append(f"not rewritten: {error}")
    kept = summary["kept_outside_cuda_variants"]
    if kept:
        lines += [
            "",
            (
                "printed differently on this machine outside a [cuda] variant, "
                "kept as it was (add a `#> [cuda]` variant, or make the output "
                "the same on every device):"
            ),
        ]
        for entry in kept:
            lines.append(
                f"  {entry['file']}:{entry['line']}: "
                f"{' | '.join(entry['printed'])[:200]}"
            )
    reasons = {}
    for name in ("cuda", "suite", "ddp"):
        for reason, count in phases.get(name, {}).get("skip_reasons", {}).items():
            reasons[reason] = reasons.get(reason, 0) + count
    if reasons:
        lines += ["", "skipped, by reason:"]
        lines += [f"  {count:>4}  {reason}" for reason, count in reasons.items()]
    lines.append("")
    if summary["mode"] == "GPU" and summary["rewritten"]:
        device = summary["gpu"]
        record = (
            f'gpu = {{ device = "{device}", torch = "{summary["torch"]}", '
            f'date = "{summary["date_utc"][:10]}" }}'
        )
        lines += [
            "where the CUDA outputs now come from (pyproject.toml, [tool.torchsheet]):",
            f"  {record}",
            "",
        ]
    if summary["rewritten"]:
        lines.append(
            f"rewritten ({len(summary['rewritten'])} files, in "
            f"{summary['files']['tarball']}; see {summary['files']['diff']}):"
        )
        lines += [f"  {rel}" for rel in summary["rewritten"]]
        lines.append(
            "to take them: from the repository root, tar -xzf "
            f"OUTDIR/{summary['files']['tarball']}, then git diff and commit"
        )
    else:
        lines.append("rewritten: none (no CUDA output changed)")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
