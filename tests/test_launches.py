"""Snippets run in other processes fail when they should: a `# launch:` snippet
on two processes (forked from tests/zygote.py or the forkserver of
tests/runner.py), and `--standalone` runs in a fresh interpreter."""

import zygote


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
    # on Linux without CUDA the processes forked from the zygote, else from the
    # forkserver (tests/zygote.py)
    assert zygote.running() == zygote.wanted()


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
