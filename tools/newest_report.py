"""What the newest torch changes: run the suite, report, never fail on it.

    python tools/newest_report.py OUTSTEM     # run by `nox -s newest`

Runs the snippet suite twice on a copy of the repository, with the torch that
this interpreter has (the newest one the registry offers, in `nox -s newest`):

1. as it is, recording every failing test and the first lines of why it failed
   (a changed output, a new warning, an error);
2. with `--update-examples`, and then compares every rewritten file with the
   original: the `#>` lines that changed are the new outputs.

Writes OUTSTEM.md (for a reader) and OUTSTEM.json (for a machine) and exits 0
unless the suite could not run at all.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
IGNORED = shutil.ignore_patterns(".nox", ".git", "site", ".cache", "__pycache__")
PYTEST = [sys.executable, "-m", "pytest", "tests", "--ignore=tests/site", "-q",
          "-p", "no:cacheprovider", "-n", str(os.cpu_count() or 1)]  # fmt: skip


def failures(junit: Path) -> list[dict[str, str]]:
    found = []
    for case in ElementTree.parse(junit).iter("testcase"):
        for problem in [*case.iter("failure"), *case.iter("error")]:
            text = (problem.get("message") or "") + "\n" + (problem.text or "")
            lines = [line for line in text.strip().splitlines() if line.strip()]
            found.append(
                {
                    "test": f"{case.get('classname')}::{case.get('name')}",
                    "kind": problem.tag,
                    "why": "\n".join(lines[:12]),
                }
            )
    return found


def changed_outputs(before: Path, after: Path) -> dict[str, list[str]]:
    """The changed lines of every file the update rewrote, by file."""
    found = {}
    for path in sorted(after.rglob("*")):
        relative = path.relative_to(after)
        original = before / relative
        if not path.is_file() or relative.parts[0] not in ("snippets", "docs"):
            continue
        if not original.exists() or original.read_bytes() == path.read_bytes():
            continue
        diff = difflib.unified_diff(
            original.read_text(encoding="utf-8").splitlines(),
            path.read_text(encoding="utf-8").splitlines(),
            lineterm="",
            n=0,
        )
        found[relative.as_posix()] = [
            line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")
        ]
    return found


def run(command: list[str], cwd: Path) -> tuple[int, float]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, check=False)
    return done.returncode, time.perf_counter() - start


def main(outstem: Path) -> int:
    import torch
    import torchvision

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "repo"
        shutil.copytree(ROOT, copy, ignore=IGNORED)
        junit = Path(scratch) / "junit.xml"
        code, check_seconds = run([*PYTEST, f"--junitxml={junit}"], copy)
        if not junit.exists():
            print(f"the suite did not run (exit code {code})", file=sys.stderr)
            return 1
        failed = failures(junit)
        _, update_seconds = run([*PYTEST, "--update-examples"], copy)
        outputs = changed_outputs(ROOT, copy)
    report = {
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "failed": failed,
        "changed_outputs": outputs,
        "seconds": {
            "check": round(check_seconds, 1),
            "update": round(update_seconds, 1),
        },
    }
    outstem.with_suffix(".json").write_text(json.dumps(report, indent=1), "utf-8")
    lines = [
        f"# The suite on torch {torch.__version__}, torchvision {torchvision.__version__}",
        "",
        (
            f"{len(failed)} failing tests; {len(outputs)} files whose output "
            f"changed (check {check_seconds:.0f} s, update {update_seconds:.0f} s)."
        ),
        "",
        "## Failing tests",
        "",
    ]
    for failure in failed:
        lines += [f"### {failure['test']}", "", "```", failure["why"], "```", ""]
    lines += ["## Changed outputs", ""]
    for name, changes in outputs.items():
        lines += [f"### {name}", "", "```diff", *changes, "```", ""]
    outstem.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{outstem}.md: {len(failed)} failing tests, {len(outputs)} files changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve()))
