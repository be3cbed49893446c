import atexit
import gc
import logging
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")


def pytest_addoption(parser):
    parser.addoption(
        "--update-examples",
        action="store_true",
        help="rewrite the #> output lines of snippets and notebooks from real output",
    )
    parser.addoption(
        "--standalone",
        action="store_true",
        help="also run each snippet as `python <file>` in a fresh interpreter and "
        "check it prints exactly what it printed in-process (slow: one torch "
        "import per snippet)",
    )


def pytest_configure(config):
    if os.environ.get("PYTEST_XDIST_WORKER"):
        atexit.register(end_worker_now)


def end_worker_now():
    """A pytest-xdist worker ends here, after its tests, its reports and every
    exit handler registered after pytest started (torch's, multiprocessing's,
    weakref finalizers) have run: only the two registered before it are left,
    logging's, called here, and execnet's, which has nothing to do in a worker.
    What it skips is the interpreter's teardown of every module and object,
    which with torch loaded takes seconds of CPU at the end of every run."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@pytest.fixture(scope="session")
def cache(tmp_path_factory):
    """A folder shared by the tests of one run (stand-in checkpoints)."""
    return tmp_path_factory.mktemp("cache")


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`-n N`: tests of one costly kind on one worker (tests/workgroups.py)."""
    if config.getvalue("dist") != "load":
        return None  # an explicit --dist: xdist's own scheduler
    import workgroups

    return workgroups.scheduler(config, log)


def pytest_collection_finish(session):
    """What the run has built so far (torch, torchvision, the collected tests)
    stays for the whole run: move it out of the cycle collector's way, so
    that each full collection, and the one pytest runs at the end, walks only
    what the tests made since. Dynamo too, where snippets run: the first
    optimizer a process builds imports it (`torch._disable_dynamo`)."""
    if "torch" in sys.modules and any(
        "snippet" in item.nodeid for item in session.items
    ):
        import torch._dynamo  # noqa: F401
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(session, config, items):
    """Start the forkserver of launched snippets early: it imports torch while
    the other snippets run. Not in an xdist worker: there only the worker that
    runs them (tests/workgroups.py) starts one, when the first one launches."""
    import harness
    import runner

    if os.environ.get("PYTEST_XDIST_WORKER"):
        return

    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        path = params.get("path")
        if "block" in params:
            path = harness.ROOT / params["block"].target
        if not isinstance(path, Path) or not path.is_file():
            continue
        if harness.launch_command(path.read_text(encoding="utf-8")):
            runner.start_forkserver()
            return
