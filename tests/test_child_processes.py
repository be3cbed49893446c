"""A snippet may not leave child processes running (tests/guards.py), but a
child that a reference cycle keeps alive (a DataLoader iterator held by the
traceback of its worker's exception) stops once the snippet's garbage is
collected, and does not count."""

from __future__ import annotations

import multiprocessing
import textwrap

import guards
import pytest

from checks import problems_of


@pytest.fixture
def check(tmp_path, monkeypatch):
    workdir = tmp_path / "work"
    workdir.mkdir()
    monkeypatch.setattr(guards, "CHILD_GRACE", 0.5)

    def run(code: str):
        path = tmp_path / "snippet" / "01_example.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(textwrap.dedent(code).lstrip(), encoding="utf-8")
        try:
            return problems_of(path, workdir, monkeypatch, tmp_path)
        finally:
            for child in multiprocessing.active_children():
                if child.name == "left-behind":
                    child.terminate()
                    child.join()

    return run


def test_a_child_process_left_running_fails(check):
    [problem] = check("""
        import multiprocessing
        import time

        multiprocessing.Process(target=time.sleep, args=(30,), name="left-behind").start()
    """)
    assert "leaves child processes running" in problem


def test_a_child_that_stops_when_its_owner_is_collected_passes(check):
    assert (
        check("""
        import multiprocessing
        import time


        class Workers:
            def __init__(self):
                self.process = multiprocessing.Process(
                    target=time.sleep, args=(30,), name="left-behind"
                )
                self.process.start()
                self.itself = self  # only the cycle collector frees it

            def __del__(self):
                self.process.terminate()
                self.process.join()


        Workers()
    """)
        == []
    )
