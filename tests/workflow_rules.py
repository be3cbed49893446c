"""The hardening rules for the GitHub workflows, as GitHub's security-hardening
guide advises; tests/test_workflows.py applies each to every workflow.

Each rule is a function `(name, workflow, text) -> list of problems`, given a
workflow's file name, its YAML as read by workflow_yaml.load_yaml and its text;
RULES lists them. The repository and runner labels they check against come
from pyproject.toml and .github/actionlint.yaml.
"""

import ast
import re
import tomllib

from workflow_expressions import evaluate

import harness

CONFIG = harness.ROOT / ".github" / "actionlint.yaml"
PYPROJECT = tomllib.loads((harness.ROOT / "pyproject.toml").read_text("utf-8"))
# The upstream repository on GitHub, the only one whose events reach the runner.
REPOSITORY = (
    PYPROJECT.get("tool", {})
    .get("torchsheet", {})
    .get("repository", "https://github.com/torchsheet/torchsheet")
    .removeprefix("https://github.com/")
)


def configured_labels() -> set[str]:
    lines = CONFIG.read_text(encoding="utf-8").splitlines()
    return {line.strip()[2:] for line in lines if line.strip().startswith("- ")}


def github_context(event: str, repository: str = REPOSITORY) -> dict[str, object]:
    return {
        "github.event_name": event,
        "github.repository": repository,
        "github.ref": "refs/heads/main",
        "github.event.repository.fork": repository != REPOSITORY,
    }


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
