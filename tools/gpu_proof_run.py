"""Running things for the GPU proof (tools/gpu_proof.py): a command logged to
the console and a file under a time limit, a snippet alone in an empty folder,
the counts of a JUnit report, the commit. Also what the phases and the report
share: the repository root, each phase's time limit and the files OUTDIR gets.
Standard library only.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUTS = {"env": 180, "cuda": 420, "alone": 180, "suite": 480, "ddp": 240}
FILES = {
    "summary": "summary.json",
    "text": "summary.txt",
    "tarball": "rewritten-snippets.tar.gz",
    "diff": "rewritten.diff",
}


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
