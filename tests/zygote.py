"""A copy of the test process, forked before any test ran, that the processes
of launched snippets fork from (tests/runner.py `launch`).

The test process has imported torch, torchvision and dynamo by the end of
collection (tests/conftest.py), and run nothing yet: no tensor op, no thread
pool, no CUDA. Forked then, the zygote is what a forkserver that preloaded them
would be, without importing torch a third time (2.8 CPU-s on two cores: a
worker each, and the forkserver). It waits for requests on a pipe and forks the
processes of each launch from itself, as multiprocessing's forkserver does, so
no launch sees what an earlier one did. It ends when the test process does
(its pipe closes).

Only on Linux where CUDA is not available: a process that has asked for a GPU
cannot hand CUDA to a fork. Elsewhere, and with `TORCHSHEET_LAUNCH=forkserver`
(`nox -s kernels` sets it, so CI runs both), launches use the forkserver.
"""

from __future__ import annotations

import json
import os
import sys

_zygote: tuple[int, object, object] | None = None  # pid, requests, replies


def wanted() -> bool:
    import torch

    forced = os.environ.get("TORCHSHEET_LAUNCH") == "forkserver"
    linux = sys.platform == "linux"  # /proc/self/fd
    return linux and not forced and not torch.cuda.is_available()


def running() -> bool:
    return _zygote is not None


def start() -> None:
    """Fork the zygote (once per process)."""
    global _zygote
    if _zygote is not None:
        return
    request_read, request_write = os.pipe()
    reply_read, reply_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the zygote
        try:
            os.close(request_write)
            os.close(reply_read)
            _detach(keep={request_read, reply_write})
            _serve(os.fdopen(request_read), os.fdopen(reply_write, "w"))
        finally:
            os._exit(0)
    os.close(request_read)
    os.close(reply_write)
    _zygote = (pid, os.fdopen(request_write, "w"), os.fdopen(reply_read))


def stop() -> None:
    """Close its pipe (it ends on that) and wait for it."""
    global _zygote
    if _zygote is None:
        return
    pid, requests, replies = _zygote
    _zygote = None
    requests.close()
    replies.close()
    os.waitpid(pid, 0)


def launch(request: dict) -> list[int | None]:
    """Run one launch (see `_serve`) and return its processes' exit codes."""
    _, requests, replies = _zygote
    requests.write(json.dumps(request) + "\n")
    requests.flush()
    reply = replies.readline()
    if not reply:
        raise RuntimeError("the zygote of launched snippets has ended")
    return json.loads(reply)


def _detach(keep: set[int]) -> None:
    """Let go of the test process's other files: pytest-xdist's channel to the
    controller among them, which must close when the worker ends. Standard
    input and output become /dev/null; standard error stays."""
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2 and fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass


def _serve(requests, replies) -> None:
    """One JSON line per launch: `path`, `outdir`, `workdir`, `nprocs`, `env`
    (common to every process) and `timeout`; the reply is the exit codes."""
    import multiprocessing

    import runner

    context = multiprocessing.get_context("fork")  # the zygote has one thread
    for line in requests:
        request = json.loads(line)
        processes = []
        for rank in range(request["nprocs"]):
            env = {**request["env"], "RANK": str(rank), "LOCAL_RANK": str(rank)}
            args = (request["path"], request["outdir"], request["workdir"], env)
            processes.append(context.Process(target=runner.worker, args=args))
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=request["timeout"])
        for process in processes:
            if process.is_alive():
                process.terminate()
                process.join()
        replies.write(json.dumps([process.exitcode for process in processes]) + "\n")
        replies.flush()
    sys.stderr.flush()
