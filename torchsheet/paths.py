"""Where things are."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
DATA = Path(__file__).resolve().parent / "data"
PYPROJECT = ROOT / "pyproject.toml"


def find_snippets() -> list[Path]:
    return sorted(SNIPPETS.glob("*/*.py"))


def relative(path: Path) -> str:
    path = Path(path).resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
