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

This file is the command line; the work is in its sibling modules:
gpu_proof_phases.py (the working copy and the phases), gpu_proof_rewrite.py
(which output of the rewrite to take), gpu_proof_run.py (running commands,
time limits) and gpu_proof_report.py (summary.json and summary.txt).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The phases, the rewrite merge, the runner and the report are sibling modules
# of this file; it is run as a script, and loaded by path in the tests.
TOOLS = str(Path(__file__).resolve().parent)
if TOOLS not in sys.path:
    sys.path.insert(0, TOOLS)

from gpu_proof_phases import Proof
from gpu_proof_report import summary_text
from gpu_proof_rewrite import cuda_kind, merge_cuda_output
from gpu_proof_run import TIMEOUTS

__all__ = ["Proof", "cuda_kind", "main", "merge_cuda_output", "summary_text"]


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


if __name__ == "__main__":
    sys.exit(main())
