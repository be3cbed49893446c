import atexit
import gc
import logging
import os
import sys
import textwrap

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


def pytest_unconfigure(config):
    """End the zygote of launched snippets, if any. Outside an xdist worker the
    interpreter's own teardown follows: give it back what
    `pytest_collection_finish` froze, or extension modules report the objects
    it kept as leaks (nanobind's "leaked 514 functions")."""
    if "zygote" in sys.modules:
        sys.modules["zygote"].stop()
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        gc.unfreeze()


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


@pytest.fixture
def snippet(tmp_path):
    """Write a snippet module (tests/test_harness.py, tests/test_launches.py)."""

    def write(code: str):
        path = tmp_path / "snippet" / "01_example.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(textwrap.dedent(code).lstrip(), encoding="utf-8")
        return path

    return write


@pytest.fixture
def check(tmp_path, monkeypatch):
    """What tests/checks.py finds wrong with a snippet, run in a working folder."""
    workdir = tmp_path / "work"
    workdir.mkdir()

    def run(path, **options):
        from checks import problems_of

        return problems_of(path, workdir, monkeypatch, tmp_path, **options)

    return run


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


LAUNCHES = pytest.StashKey[bool]()  # whether a collected test launches a snippet


def pytest_collection_finish(session):
    """What the run has built so far (torch, torchvision, the collected tests)
    stays for the whole run: move it out of the cycle collector's way, so
    that each full collection, and the one pytest runs at the end, walks only
    what the tests made since. Dynamo too, where snippets run: the first
    optimizer a process builds imports it (`torch._disable_dynamo`). Then, if
    snippets are launched, fork their zygote (tests/zygote.py) or, outside an
    xdist worker, start their forkserver early: it imports torch while the other
    snippets run. In a worker the forkserver starts with the first launch: only
    one worker runs them (tests/workgroups.py)."""
    if "torch" in sys.modules and any(
        "snippet" in item.nodeid for item in session.items
    ):
        import torch._dynamo  # noqa: F401
    gc.collect()
    gc.freeze()
    if session.config.stash.get(LAUNCHES, False):
        import zygote

        import runner

        if zygote.wanted():
            zygote.start()
        elif not os.environ.get("PYTEST_XDIST_WORKER"):
            runner.start_forkserver()


def pytest_collection_modifyitems(session, config, items):
    """Whether any collected test launches a snippet (tests/workgroups.py)."""
    import workgroups

    config.stash[LAUNCHES] = any(
        workgroups.work_unit(item.nodeid) == "kind:launched" for item in items
    )
