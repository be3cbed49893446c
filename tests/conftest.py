import os

os.environ.setdefault("MPLBACKEND", "Agg")


def pytest_addoption(parser):
    parser.addoption(
        "--update-examples",
        action="store_true",
        help="rewrite the #> output lines of snippets and notebooks from real output",
    )
