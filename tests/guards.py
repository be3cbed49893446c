"""What a snippet run may not do to the suite, checked around each run.

- run longer than its time limit: a timer interrupts it, and the failure
  names the file and the line it was on (`SNIPPET_SECONDS`, 120 by default);
- leave threads or child processes running after it ends (child processes
  once its garbage is collected, with `CHILD_GRACE` seconds to stop);
- write files outside its working folder (the repository, its parent, the
  home folder);
- draw from Python's or NumPy's global random generator before seeding it,
  as torch's is checked by tests/checks.py;
- print without bound (tests/harness.py stops a run that prints more than
  `harness.OUTPUT_CHARS`);
- grow the process by more than `MEMORY_GROWTH_MB`.

`os._exit` raises instead of ending the process. A crash that ends it (a
segfault, the kernel's out-of-memory killer) cannot be caught in it: pytest-xdist (`nox -s tests` runs with a worker per core) reports the
test that was running as failed, names it, and starts a new worker.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import random
import resource
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from torchsheet.paths import ROOT

SECONDS = float(os.environ.get("SNIPPET_SECONDS", "120"))
MEMORY_GROWTH_MB = 4096
CHILD_GRACE = 10.0  # seconds a collected snippet's child processes get to stop


class SnippetTimeout(Exception):
    pass


class SnippetExit(Exception):
    pass


def no_hard_exit(monkeypatch, path: Path) -> None:
    """`os._exit` in a snippet raises instead of ending the test process."""

    real_exit, pid = os._exit, os.getpid()

    def hard_exit(code):
        if os.getpid() != pid:  # a forked child (a DataLoader worker) ending
            real_exit(code)
        frame = sys._getframe(1)
        raise SnippetExit(
            f"called os._exit({code}) at {_where(frame, str(path))} of {path.name}: "
            "it would end the test run"
        )

    monkeypatch.setattr(os, "_exit", hard_exit)


WORKER_JOIN = 0.5  # seconds a stopping DataLoader waits for a worker, then ends it


def prompt_worker_stop(monkeypatch) -> None:
    """A stopping DataLoader iterator waits `WORKER_JOIN` s for each worker to
    end before it terminates it, not torch's 5 s.

    A worker ends at once on the message its iterator sends when it is freed,
    except when the cycle collector frees it (an iterator whose worker raised is
    held by the exception's traceback): the collector has already closed the
    queue's feeder thread, the message never leaves, and the iterator waits out
    the whole join before it terminates the worker (torch's comment there cites
    pytorch/pytorch#39570). Nothing a snippet prints depends on it."""
    from torch.utils.data import _utils

    monkeypatch.setattr(_utils, "MP_STATUS_CHECK_INTERVAL", WORKER_JOIN)


def _where(frame, filename: str) -> str:
    innermost = None
    while frame is not None:
        if frame.f_code.co_filename == filename and innermost is None:
            innermost = frame
        frame = frame.f_back
    return f"line {innermost.f_lineno}" if innermost else "a line outside the file"


@contextlib.contextmanager
def time_limit(path: Path, seconds: float | None = None):
    """Interrupt the run after `seconds` (main thread only, where signals are)."""
    seconds = SECONDS if seconds is None else seconds
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise SnippetTimeout(
            f"ran for over {seconds:g} s and was stopped at "
            f"{_where(frame, str(path))} of {path.name}"
        )

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def left_running(thread: threading.Thread, path: str) -> bool:
    """A thread that would keep the process alive, or that runs the snippet's
    code. An idle worker of a `concurrent.futures` pool (torch.compile keeps
    one) is neither: the pool's exit handler joins it."""
    if not thread.is_alive():
        return False
    frame = sys._current_frames().get(thread.ident)
    running_snippet = False
    while frame is not None:
        running_snippet |= frame.f_code.co_filename == path
        frame = frame.f_back
    target = getattr(thread, "_target", None)
    pooled = getattr(target, "__module__", "") == "concurrent.futures.thread"
    return running_snippet or not (thread.daemon or pooled)


def _listing(folder: Path) -> set[str]:
    try:
        return set(os.listdir(folder))
    except OSError:
        return set()


def watched_folders(workdir: Path) -> list[Path]:
    """Where a snippet must not write: the repository and its snippet folders,
    the folder above the repository, the home folder, and the folder above its
    own working folder."""
    return [workdir.parent, *_fixed_folders()]


@functools.cache
def _fixed_folders() -> tuple[Path, ...]:
    """Looked up once: a folder a snippet adds under snippets/ shows in the
    listing of snippets/ itself."""
    shared = Path(tempfile.gettempdir()).resolve()  # other processes write there
    folders = [ROOT, Path.home(), ROOT / "snippets"]
    folders += [ROOT.parent] if ROOT.parent.resolve() != shared else []
    folders += sorted(path for path in (ROOT / "snippets").iterdir() if path.is_dir())
    return tuple(folders)


class Watch:
    """Snapshots taken before a run, compared after it."""

    def __init__(self, workdir: Path, path: Path):
        self.path = str(path)
        self.folders = {folder: _listing(folder) for folder in watched_folders(workdir)}
        self.workdir = workdir
        self.threads = {thread.ident for thread in threading.enumerate()}
        self.children = {child.pid for child in multiprocessing.active_children()}
        self.memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        random.seed(0)
        np.random.seed(0)
        self.python_state = random.getstate()
        self.numpy_state = np.random.get_state()
        self.seeded = {"random": [], "numpy": []}

    def seeders(self, monkeypatch) -> None:
        """Record the generators' states when the snippet seeds them."""
        real_seed, real_np_seed = random.seed, np.random.seed

        def seed(*args, **kwargs):
            self.seeded["random"].append(random.getstate())
            return real_seed(*args, **kwargs)

        def np_seed(*args, **kwargs):
            self.seeded["numpy"].append(np.random.get_state())
            return real_np_seed(*args, **kwargs)

        monkeypatch.setattr(random, "seed", seed)
        monkeypatch.setattr(np.random, "seed", np_seed)

    def children_left(self) -> list[int]:
        """The snippet's child processes still alive once its garbage is gone.

        An object that only a reference cycle keeps alive ends when the cycle
        collector runs, at a moment no snippet controls: a DataLoader iterator
        whose worker raised is held by the exception's traceback, and its
        workers stop when it is collected (`prompt_worker_stop`). So
        collect first, and give such workers CHILD_GRACE seconds to stop."""

        def new() -> list:
            return [
                child
                for child in multiprocessing.active_children()
                if child.pid not in self.children
            ]

        if not new():
            return []
        gc.collect(1)  # the young generations first: the snippet's own garbage
        if new():
            gc.collect()
        deadline = time.monotonic() + CHILD_GRACE
        for child in new():
            child.join(max(0.0, deadline - time.monotonic()))
        return [child.pid for child in new()]

    def problems(self) -> list[str]:
        found = []
        for folder, before in self.folders.items():
            new = sorted(
                name
                for name in _listing(folder) - before - {".pytest_cache", "__pycache__"}
                if not name.startswith("pymp-")  # multiprocessing's own
            )
            if folder == self.workdir.parent:
                new = [name for name in new if not name.startswith(self.workdir.name)]
            if new:
                found.append(f"writes outside its working folder: {new} in {folder}")
        threads = [
            thread.name
            for thread in threading.enumerate()
            if thread.ident not in self.threads and left_running(thread, self.path)
        ]
        if threads:
            found.append(f"leaves threads running after it ends: {threads}")
        children = self.children_left()
        if children:
            found.append(f"leaves child processes running: pids {children}")
        python_first = self.seeded["random"][0] if self.seeded["random"] else None
        if (python_first or random.getstate()) != self.python_state:
            found.append(
                "draws from Python's `random` before calling random.seed: its output "
                "would change from run to run when run alone"
            )
        numpy_first = self.seeded["numpy"][0] if self.seeded["numpy"] else None
        if not _same_numpy_state(
            numpy_first or np.random.get_state(), self.numpy_state
        ):
            found.append(
                "draws from NumPy's global generator before calling np.random.seed "
                "(or use np.random.default_rng(seed)): its output would change from "
                "run to run when run alone"
            )
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - self.memory
        if grown > MEMORY_GROWTH_MB * 1024:
            found.append(
                f"grew the process by {grown // 1024} MB (limit {MEMORY_GROWTH_MB})"
            )
        return found


def _same_numpy_state(one, other) -> bool:
    return (
        one[0] == other[0] and np.array_equal(one[1], other[1]) and one[2:] == other[2:]
    )
