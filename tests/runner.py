"""Run one snippet in this fresh interpreter, recording what each print printed.

    python tests/runner.py SNIPPET OUTDIR

This is `python SNIPPET` with warnings as errors and a recording `print`. It is
how `--standalone` runs a snippet alone, and, started by torchrun, how a
snippet with a `# launch: torchrun ...` line runs: every process writes
OUTDIR/rank<RANK>.json with what it printed, and the test compares rank 0's
prints with the `#>` lines.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness

# Imported once by the forkserver that launched snippets' processes fork from.
PRELOAD = [
    "torch",
    "torch.distributed",
    "torch.nn.parallel",
    "torch._dynamo",
    "torch.distributed.fsdp",
    "torch.distributed.checkpoint",
    "harness",
]
LAUNCH_SECONDS = 300  # what one launch may take
FORK_WARNING = (
    r"This process .* is multi-threaded, use of fork\(\) may lead to deadlocks"
)


def record(path: Path, outdir: Path) -> None:
    sys.path[0] = str(path.parent)  # as `python SNIPPET` sets it
    warnings.simplefilter("error")
    warnings.filterwarnings("ignore", FORK_WARNING, DeprecationWarning)
    recorder = harness.run_snippet(path)
    record = {
        "output": {str(line): chunks for line, chunks in recorder.output.items()},
        "unowned": recorder.unowned,
        "log": recorder.log,
    }
    rank = os.environ.get("RANK", "0")
    (outdir / f"rank{rank}.json").write_text(json.dumps(record), encoding="utf-8")


def worker(path: str, outdir: str, workdir: str, env: dict[str, str]) -> None:
    """One process of a launch, as torchrun would start it (see `launch`)."""
    os.chdir(workdir)
    os.environ.update(env)
    record(Path(path), Path(outdir))


def start_forkserver():
    """The forkserver of launched snippets, started (and preloading) now."""
    import multiprocessing
    import multiprocessing.forkserver

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    multiprocessing.forkserver.ensure_running()
    return context


def launch(path: Path, outdir: Path, workdir: Path, nprocs: int) -> list[int]:
    """Start `nprocs` processes the way `torchrun --standalone` starts workers.

    Each gets RANK, LOCAL_RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT, which
    is all that `init_process_group()` reads from the environment. They are
    forked from a process that has imported torch once, so a launch costs no
    torch import: the zygote forked from the test process (tests/zygote.py)
    where there is one, else a forkserver; `pytest --standalone` launches with
    the real torchrun.
    """
    import socket

    import zygote

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    common = {
        "WORLD_SIZE": str(nprocs),
        "LOCAL_WORLD_SIZE": str(nprocs),
        "MASTER_ADDR": "127.0.0.1",
        "MASTER_PORT": str(port),
        "OMP_NUM_THREADS": "1",
    }
    if zygote.running():
        request = {"path": str(path), "outdir": str(outdir), "workdir": str(workdir),
                   "nprocs": nprocs, "env": common, "timeout": LAUNCH_SECONDS}  # fmt: skip
        return zygote.launch(request)
    context = start_forkserver()
    processes = []
    for rank in range(nprocs):
        env = {**common, "RANK": str(rank), "LOCAL_RANK": str(rank)}
        process = context.Process(
            target=worker, args=(str(path), str(outdir), str(workdir), env)
        )
        process.start()
        processes.append(process)
    for process in processes:
        process.join(timeout=LAUNCH_SECONDS)
    return [process.exitcode for process in processes]


if __name__ == "__main__":
    record(Path(sys.argv[1]).resolve(), Path(sys.argv[2]))
