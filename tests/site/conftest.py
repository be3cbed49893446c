"""Serve the built site on 127.0.0.1 and drive it with headless Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url():
    site = Path(os.environ.get("SITE_DIR", ROOT / "site"))
    if not (site / "index.html").exists():
        pytest.fail(f"no built site in {site}: run `nox -s docs`", pytrace=False)
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM_PATH"), "chromium", "google-chrome"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    executable = chromium_path()
    if executable is None and not os.environ.get("CI"):
        pytest.skip(
            "no Chromium: install it (apt-get install chromium) or set CHROMIUM_PATH"
        )
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def page(browser):
    """One tab for all the checks: each navigates where it needs to."""
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def stop_words(site_url) -> frozenset[str]:
    """lunr's stop words, read from the theme's search worker that the site
    serves (torchsheet's worker names it in its importScripts call)."""
    import re
    import urllib.request

    def fetch(path: str) -> str:
        with urllib.request.urlopen(f"{site_url}/{path}") as response:
            return response.read().decode()

    folder = "assets/javascripts/workers"
    ours = fetch(f"{folder}/torchsheet-search.js")
    theme = re.search(r'importScripts\("(search\.[0-9a-f]+\.min\.js)"\)', ours)[1]
    listed = re.search(
        r"generateStopWordFilter\(\[([^\]]*)\]", fetch(f"{folder}/{theme}")
    )
    return frozenset(re.findall(r'"([^"]+)"', listed[1]))
