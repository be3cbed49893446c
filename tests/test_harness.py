"""The snippet checks themselves fail when they should."""

import textwrap

import pytest
import torch

import harness
from checks import problems_of


@pytest.fixture
def snippet(tmp_path):
    def write(code: str):
        path = tmp_path / "snippet" / "01_example.py"
        path.parent.mkdir(exist_ok=True)
        path.write_text(textwrap.dedent(code).lstrip(), encoding="utf-8")
        return path

    return write


@pytest.fixture
def check(tmp_path, monkeypatch):
    workdir = tmp_path / "work"
    workdir.mkdir()

    def run(path, **options):
        return problems_of(path, workdir, monkeypatch, tmp_path, **options)

    return run


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


def test_launched_snippet_runs_on_two_processes_and_checks_rank_0(snippet, check):
    path = snippet("""
        # launch: torchrun --nproc-per-node=2
        import torch
        import torch.distributed as dist

        dist.init_process_group("gloo")
        try:
            total = torch.tensor([dist.get_rank() + 1.0])
            dist.all_reduce(total)
            if dist.get_rank() == 0:
                print(dist.get_world_size(), total)
                #> 2 tensor([4.])
        finally:
            dist.destroy_process_group()
    """)
    [problem] = check(path)
    assert "-#> 2 tensor([4.])" in problem and "+#> 2 tensor([3.])" in problem


def test_launched_snippet_printing_on_another_rank_fails(snippet, check):
    path = snippet("""
        # launch: torchrun --nproc-per-node=2
        import os

        print(os.environ["RANK"])
        #> 0
    """)
    [problem] = check(path)
    assert "rank1" in problem


def test_standalone_run_compares_what_the_output_lines_compare(snippet, check):
    path = snippet("""
        import time

        print(time.perf_counter())
        #> ...
        print("same")
        #> same
    """)
    assert check(path, standalone=True) == []
    path.write_text(path.read_text().replace("#> same", "#> other"))
    problems = check(path, standalone=True)
    assert any("alone" in problem and "+#> same" in problem for problem in problems)


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
