"""The snippet checks themselves fail when they should (the fixtures `snippet`
and `check` are in tests/conftest.py; runs in other processes are in
tests/test_launches.py)."""

import textwrap

import pytest
import torch

import harness


def test_matching_output_passes(snippet, check):
    path = snippet("""
        for n in range(2):
            print(n, n * n)
            #> 0 0
            #> 1 1
    """)
    assert check(path) == []


def test_wrong_output_is_reported_with_a_diff(snippet, check):
    path = snippet("""
        print(1 + 1)
        #> 3
    """)
    [problem] = check(path)
    assert "01_example.py:1" in problem
    assert "-#> 3" in problem and "+#> 2" in problem


def test_print_without_output_block_fails(snippet, check):
    assert check(snippet("print('hello')\n"))


def test_output_line_under_no_print_fails(snippet, check):
    [problem] = check(snippet("x = 1\n#> 1\n"))
    assert "sits under no print" in problem


def test_leaked_global_state_fails_and_is_restored(snippet, check):
    path = snippet("""
        import torch

        torch.set_default_dtype(torch.float64)
    """)
    [problem] = check(path)
    assert "default dtype" in problem
    assert torch.get_default_dtype() == torch.float32


def test_random_numbers_without_a_seed_fail(snippet, check):
    path = snippet("""
        import torch

        torch.rand(1)
        torch.manual_seed(0)
    """)
    [problem] = check(path)
    assert "torch.manual_seed" in problem


def test_warnings_are_errors(snippet, check):
    path = snippet("""
        import warnings

        warnings.warn("deprecated", DeprecationWarning)
    """)
    with pytest.raises(DeprecationWarning):
        check(path)


def test_update_rewrites_output_and_keeps_varying_and_other_version_blocks(
    snippet, check
):
    path = snippet("""
        print("new")
        #> old
        print("any")
        #> ...
        print("now")
        #> now
        #> [torch<1.0]
        #> from an old torch
    """)
    assert check(path, updating=True) == []
    assert path.read_text().splitlines() == [
        'print("new")',
        "#> new",
        'print("any")',
        "#> ...",
        'print("now")',
        "#> now",
        "#> [torch<1.0]",
        "#> from an old torch",
    ]


def test_output_for_this_torch_version_is_chosen(snippet, check):
    path = snippet(f"""
        print("real")
        #> from the pinned torch
        #> [torch>={torch.__version__.split("+")[0]}]
        #> real
    """)
    assert check(path) == []


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the skip on CPU")
def test_cuda_snippets_are_skipped_with_the_reason(snippet, check):
    path = snippet("""
        # requires: cuda
        import torch

        print(torch.ones(1, device="cuda"))
        #> ...
    """)
    with pytest.raises(pytest.skip.Exception, match="needs CUDA"):
        check(path)


def test_sections_and_requirements_are_read():
    source = (
        "# requires: cuda, mnist\n# --8<-- [start:one]\nx = 1\n# --8<-- [end:one]\n"
    )
    assert harness.requirements(source) == ["cuda", "mnist"]
    assert harness.sections(source) == ["one"]
    assert harness.section_of(source, 3) == "one"


def test_hardware_variant_is_chosen(snippet, check):
    here, elsewhere = ("cuda", "cpu") if torch.cuda.is_available() else ("cpu", "cuda")
    path = snippet(f"""
        print("printed")
        #> the default output
        #> [{elsewhere}]
        #> not this one
        #> [{here}]
        #> printed
    """)
    assert check(path) == []


def test_snippet_needing_a_missing_package_is_skipped(snippet, check):
    path = snippet("""
        import no_such_package_here

        print(no_such_package_here)
        #> ...
    """)
    with pytest.raises(pytest.skip.Exception, match="no_such_package_here"):
        check(path)


def test_copied_section_takes_the_setup_and_the_sections_it_uses(tmp_path):
    from torchsheet import program as blocks

    source = textwrap.dedent("""
        import torch

        base = torch.ones(2)
        # --8<-- [start:first]
        doubled = base * 2
        # --8<-- [end:first]
        # --8<-- [start:unrelated]
        print("unrelated")
        #> unrelated
        # --8<-- [end:unrelated]
        # --8<-- [start:second]
        print(doubled + 1)  # (1)!
        #> tensor([3., 3.])
        # --8<-- [end:second]
    """).lstrip()
    (tmp_path / "01_copy.py").write_text(source, encoding="utf-8")
    program = blocks.copy_program("01_copy.py", "second", root=tmp_path)
    assert program.text == (
        "import torch\n\nbase = torch.ones(2)\ndoubled = base * 2\n\n"
        "print(doubled + 1)\n#> tensor([3., 3.])\n"
    )
    assert program.shown == ["print(doubled + 1)  # (1)!", "#> tensor([3., 3.])"]


# ---- what a snippet may not do to the suite (tests/guards.py)


def test_a_hung_snippet_is_stopped_and_the_line_named(snippet, check, monkeypatch):
    import guards

    monkeypatch.setattr(guards, "SECONDS", 0.2)
    path = snippet("""
        import time

        while True:
            time.sleep(0.01)
    """)
    [problem] = check(path)
    assert "ran for over 0.2 s" in problem and "line 4 of 01_example.py" in problem


def test_a_thread_left_running_fails(snippet, check):
    path = snippet("""
        import threading
        import time

        stop = threading.Event()
        threading.Thread(target=stop.wait, name="left-behind").start()
    """)
    try:
        [problem] = check(path)
        assert "leaves threads running" in problem and "left-behind" in problem
    finally:
        import threading

        for thread in threading.enumerate():
            if thread.name == "left-behind":
                thread._target.__self__.set()  # the Event's wait returns
                thread.join()


def test_os_exit_fails_the_snippet_not_the_run(snippet, check):
    path = snippet("""
        import os

        os._exit(1)
    """)
    [problem] = check(path)
    assert "called os._exit(1) at line 3 of 01_example.py" in problem


def test_a_file_written_outside_the_working_folder_fails(snippet, check, tmp_path):
    path = snippet(f"""
        from pathlib import Path

        Path({str(tmp_path / "stray.txt")!r}).write_text("x")
    """)
    [problem] = check(path)
    assert "writes outside its working folder" in problem and "stray.txt" in problem


@pytest.mark.parametrize(
    ("draw", "name"),
    [("import random\nrandom.random()", "Python's `random`"),
     ("import numpy as np\nnp.random.rand(2)", "NumPy's global generator")],
)  # fmt: skip
def test_unseeded_python_and_numpy_draws_fail(snippet, check, draw, name):
    [problem] = check(snippet(draw + "\n"))
    assert name in problem


def test_seeded_python_and_numpy_draws_pass(snippet, check):
    path = snippet("""
        import random

        import numpy as np

        random.seed(1)
        np.random.seed(1)
        print(round(random.random(), 3), np.random.randint(10))
        #> 0.134 5
    """)
    assert check(path) == []


def test_changed_print_options_fail_in_the_culprit_and_are_restored(snippet, check):
    path = snippet("""
        import torch

        torch.set_printoptions(precision=2)
    """)
    [problem] = check(path)
    assert "print options" in problem
    assert torch._tensor_str.PRINT_OPTS.precision == 4


def test_unbounded_output_is_stopped(snippet, check, monkeypatch):
    monkeypatch.setattr(harness, "OUTPUT_CHARS", 1000)
    path = snippet("""
        for n in range(10**6):
            print(n)
    """)
    [problem] = check(path)
    assert "printed over 1,000 characters" in problem


def test_a_syntax_error_names_the_file_and_line(snippet, check):
    path = snippet("""
        x = 1
        print(x +)
    """)
    with pytest.raises(SyntaxError) as error:
        check(path)
    assert error.value.filename.endswith("01_example.py") and error.value.lineno == 2


def test_a_page_including_a_missing_section_does_not_stop_collection(tmp_path):
    from torchsheet import pages

    page = tmp_path / "page.md"
    page.write_text(
        '# Page\n\n```python\n--8<-- "snippets/tensors/01_create.py:no-such"\n```\n'
    )
    [include] = pages.includes(tmp_path)
    import test_copy

    assert test_copy.runs_alone(include) is False  # reported by test_pages instead


def test_what_torch_compile_saw_before_does_not_reach_the_next_snippet(snippet, check):
    """Dynamo remembers shapes per code object for the whole process: a Linear
    compiled at another batch size before would make this one dynamic."""
    first = snippet("""
        import torch

        torch.manual_seed(0)
        torch.compile(torch.nn.Linear(2, 2), backend="eager")(torch.ones(3, 2))
    """)
    assert check(first) == []
    second = snippet("""
        import torch

        torch.manual_seed(0)
        dynamic = []


        def backend(graph, inputs):
            dynamic.append(any(isinstance(x, torch.SymInt) for x in inputs))
            return graph.forward


        torch.compile(torch.nn.Linear(2, 2), backend=backend)(torch.ones(5, 2))
        print(dynamic)
        #> [False]
    """)
    assert check(second) == []
