"""The built site, as a reader's browser sees it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from urllib.parse import quote_plus, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]

NAV_ENTRY = re.compile(r"^\s*-\s[^:\n]+:\s*([\w/.-]+\.(?:md|ipynb))\s*$", re.MULTILINE)

# Every page in the nav ("" is Home, "notebooks/x/" a notebook).
PAGES = [
    "" if stem == "index" else stem + "/"
    for stem in (
        source.rsplit(".", 1)[0]
        for source in NAV_ENTRY.findall(
            (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
        )
    )
]

# What a reader types, and the page (and section) the first result must open.
SEARCHES = [
    # a section whose heading names `zero_grad`: the optimizer's, or the one
    # training step that calls it (both teach it; the catalogue of the
    # training page made the second rank first)
    ("zero_grad", ("optim/#", "training/#train-one-epoch-zero_grad")),
    ("no_grad", "autograd/#"),
    ("unsqueeze", "tensors/#add-a-dimension"),
    ("requires_grad_", "autograd/#"),
    ("add a dimension", "tensors/#add-a-dimension"),
    ("DataLoader", "data/"),
    # Save and load, or the error people meet with it first: "Missing key(s)
    # in state_dict" names it twice in its heading
    ("state_dict", ("save-load/", "error-fixes/#missing-keys-in-state_dict")),
    ("set_default_device", "cuda/#"),
]


def other_hosts(requested: list[str], site_url: str) -> list[str]:
    """The requests that went to a host other than the site's."""
    host = urlsplit(site_url).netloc
    return [
        url
        for url in requested
        if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != host
    ]


@pytest.mark.parametrize("site_path", PAGES)
def test_page_requests_nothing_from_other_hosts(page, site_url, site_path):
    requested = []

    def record(request):
        requested.append(request.url)

    page.on("request", record)
    page.goto(f"{site_url}/{site_path}", wait_until="networkidle")
    page.remove_listener("request", record)
    assert page.locator("h1").count() >= 1
    foreign = other_hosts(requested, site_url)
    assert not foreign, f"/{site_path} requested other hosts: {foreign}"


def test_repository_link_asks_no_other_host(browser, site_url):
    """The header's repository link must not fetch its stars and forks from
    api.github.com: the theme does so for a link it mounts as its `source`
    component, once per visit (it keeps even a failed answer in
    sessionStorage), so this looks at the first page of a fresh visit."""
    context = browser.new_context()
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for site_path in ("", "tensors/"):
        page.goto(f"{site_url}/{site_path}", wait_until="load")
        page.wait_for_timeout(1500)
    context.close()
    foreign = other_hosts(requested, site_url)
    assert not foreign, f"requests to other hosts: {foreign}"


def test_code_blocks_have_a_copy_button(page, site_url):
    page.goto(f"{site_url}/tensors/")
    copy = page.locator(".md-content pre [data-md-type='copy']")
    page.locator(".md-content pre:visible").first.hover()
    assert copy.count() == page.locator(".md-content pre").count() > 1
    assert copy.first.get_attribute("title") == "Copy to clipboard"


def test_home_page_names_the_verified_versions(page, site_url):
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    pins = dict(re.match(r"(.+)==(.+)", pin).groups() for pin in groups["torch"])
    page.goto(site_url)
    text = page.locator(".md-content").inner_text()
    assert f"torch {pins['torch']}" in text
    assert f"torchvision {pins['torchvision']}" in text


def test_light_and_dark_palette_toggle(page, site_url):
    page.goto(site_url)
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") != scheme


def test_notebook_pages_offer_the_notebook_for_download(page, site_url):
    for name in ("tensor-tour", "train-a-classifier"):
        page.goto(f"{site_url}/notebooks/{name}/")
        link = page.locator(
            f".md-content a[href$='{name}.ipynb']:not(.md-content__button)"
        ).first
        response = page.request.get(
            f"{site_url}/notebooks/{name}/{link.get_attribute('href')}"
        )
        assert response.ok
        assert response.json()["nbformat"] == 4


@pytest.fixture(scope="module")
def search(page, site_url):
    """The search box of the site, with the search index loaded."""
    page.goto(f"{site_url}/")
    box = page.locator("input.md-search__input")
    box.click()
    # a function, not an expression: the pages' Content-Security-Policy
    # forbids the eval that an expression needs
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta')"
        ".textContent.includes('Initializing')"
    )
    return box


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_finds_code_identifiers(page, search, stop_words, query, expected):
    search.click()
    search.fill("")
    search.press_sequentially(query, delay=5)
    best_page = page.locator(".md-search-result__item").first
    # the results for the whole query: they mark its words, less stop words
    marked = " ".join(word for word in query.split() if word not in stop_words)
    best_page.locator(f"a[href*='h={quote_plus(marked)}' i]").first.wait_for()
    results = best_page.locator("a.md-search-result__link")
    links = []
    for index in range(results.count()):
        url = urlsplit(results.nth(index).get_attribute("href"))
        links.append(f"{url.path.lstrip('/')}#{url.fragment}")
    best_section = links[1] if len(links) > 1 else links[0]
    assert best_section.startswith(expected), f"{query!r}: first result {links}"


@pytest.mark.parametrize("query", ["run tests", "run it yourself", "nox -s tests"])
def test_search_finds_how_to_run_the_tests(page, search, query):
    search.click()
    search.fill("")
    search.press("End")  # the theme searches on keyup: the last results go
    page.wait_for_function("() => !document.querySelector('.md-search-result__list a')")
    search.press_sequentially(query, delay=5)
    best_page = page.locator(".md-search-result__item").first
    best_page.locator("a[href*='h=']").first.wait_for()
    first = urlsplit(
        best_page.locator("a.md-search-result__link").first.get_attribute("href")
    )
    assert first.path.rstrip("/").endswith("run-it-yourself"), (
        f"{query!r}: {first.path}"
    )
