"""Search answers soon after a page loads, the same from a cached index as from
a freshly built one, and marks on the page it leads to only words that matter.

The first page of a visit builds the lunr index in the search worker and keeps
it in IndexedDB (torchsheet/assets/search-worker.js); later pages load it. The
budgets (issue 19) are for a page of a visit: within 0.5 s of the page's load
event on a desktop, 2 s on a phone with its CPU slowed 4 times. The first page
of a visit is measured and reported (SEARCH_TIMES=path writes the figures).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.site.search_held_out import PASTED

PAGES = ["optim/", "nn/", "data/", "cuda/", "autograd/"]
PHONE_PAGES = ["data/", "cuda/", "training/"]  # pages of a middle size: a page
# takes seconds to load on the slowed CPU
DESKTOP_BUDGET = 0.5
PHONE_BUDGET = 2.0
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}
QUERIES = [
    "zero_grad",
    "torch.cat",
    "mat1 and mat2 shapes cannot be multiplied",
    "save a model",
    "x.view(-1)",
    "learning rate scheduler",
]
TIMES: dict[str, object] = {}


def open_search(page) -> None:
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # a phone: the box opens from the header button
        page.locator("label.md-header__button[for='__search']").click()
    box.fill("")


def ask(page, query: str) -> None:
    """Type a query as a reader does, once the last one's results are gone,
    and wait for its first result."""
    open_search(page)
    box = page.locator("input.md-search__input")
    box.press("End")  # the theme searches on keyup
    page.wait_for_function("() => !document.querySelector('.md-search-result__list a')")
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        "() => document.querySelector('.md-search-result__list a') !== null",
        timeout=60_000,
    )


def first_answer(page, url: str, query: str = "zero_grad") -> float:
    """Seconds from the page's load event to the first result of `query`."""
    page.goto(url, wait_until="load")
    start = time.perf_counter()
    ask(page, query)
    return time.perf_counter() - start


# The builds whose index this browser keeps (the worker's IndexedDB); the
# store is made as the worker makes it, should the page open it first.
KEPT = """() => new Promise((resolve) => {
    const request = indexedDB.open("torchsheet-search", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("index");
    request.onsuccess = () => {
        const keys = request.result.transaction("index")
            .objectStore("index").getAllKeys();
        keys.onsuccess = () => resolve(keys.result);
    };
})"""


def cached_builds(page) -> list[str]:
    return page.evaluate(KEPT)


def wait_until_kept(page, seconds: float = 20.0) -> None:
    """The worker keeps the index just after its first answer."""
    deadline = time.monotonic() + seconds
    while not cached_builds(page):
        assert time.monotonic() < deadline, "the worker kept no index"
        page.wait_for_timeout(100)


def this_build(site_url: str, page) -> str:
    source = page.request.get(
        f"{site_url}/assets/javascripts/workers/torchsheet-search.js"
    ).text()
    return re.search(r'var BUILD = "([0-9a-f]+)"', source)[1]


def a_visit(browser, **context):
    """A new visitor (empty storage) and its tab."""
    visitor = browser.new_context(**context)
    page = visitor.new_page()
    page.set_default_timeout(60_000)
    return visitor, page


def slowed(visitor, page, rate: int) -> None:
    session = visitor.new_cdp_session(page)
    session.send("Emulation.setCPUThrottlingRate", {"rate": rate})


def measure(
    browser, site_url: str, rate: int, pages: list[str], **context
) -> tuple[float, list[float]]:
    visitor, page = a_visit(browser, **context)
    try:
        slowed(visitor, page, rate)
        first = first_answer(page, f"{site_url}/{pages[0]}")
        wait_until_kept(page)
        assert cached_builds(page) == [this_build(site_url, page)]
        later = [first_answer(page, f"{site_url}/{path}") for path in pages[1:]]
        return first, later
    finally:
        visitor.close()


def report(name: str, figures: dict) -> None:
    TIMES[name] = figures
    if target := os.environ.get("SEARCH_TIMES"):
        Path(target).write_text(json.dumps(TIMES, indent=2) + "\n")


@pytest.mark.timing
def test_search_answers_within_half_a_second_on_a_desktop(browser, site_url):
    first, later = measure(browser, site_url, rate=1, pages=PAGES)
    report("desktop", {"first page": first, "later pages": later})
    median = statistics.median(later)
    assert median <= DESKTOP_BUDGET, (
        f"search answered {median:.2f} s after load (median of {later}); "
        f"the first page of the visit {first:.2f} s"
    )


@pytest.mark.timing
def test_search_answers_within_two_seconds_on_a_slow_phone(browser, site_url):
    first, later = measure(browser, site_url, rate=4, pages=PHONE_PAGES, **PHONE)
    report("phone, CPU 4x slower", {"first page": first, "later pages": later})
    median = statistics.median(later)
    assert median <= PHONE_BUDGET, (
        f"search answered {median:.2f} s after load (median of {later}); "
        f"the first page of the visit {first:.2f} s"
    )


def results(page, query: str) -> list[tuple[str, str]]:
    """Each visible result: its link and its text with the marks in it."""
    ask(page, query)
    return page.eval_on_selector_all(
        ".md-search-result__list a.md-search-result__link",
        "links => links.map(a => [a.href, a.innerHTML])",
    )


def test_a_cached_index_answers_as_a_built_one(browser, site_url):
    visitor, page = a_visit(browser)
    try:
        page.goto(f"{site_url}/{PAGES[0]}", wait_until="load")
        built = {query: results(page, query) for query in QUERIES}
        wait_until_kept(page)
        page.goto(f"{site_url}/{PAGES[0]}", wait_until="load")
        loaded = {query: results(page, query) for query in QUERIES}
    finally:
        visitor.close()
    for query in QUERIES:
        assert built[query], query
        assert loaded[query] == built[query], query
    assert any("<mark>" in text for found in built.values() for _, text in found)


PASTED_ERROR = next(query for query, _ in PASTED if "two devices" in query)
MARKED = {
    "a pasted error": PASTED_ERROR,
    # "a" is a prefix of "add", so the theme counts it found
    "a task in words": "add a dimension",
}


@pytest.mark.parametrize("name", MARKED)
def test_the_page_a_result_leads_to_marks_no_stop_word(
    page, site_url, stop_words, name
):
    page.goto(f"{site_url}/", wait_until="load")
    links = [link for link, _ in results(page, MARKED[name])]
    link = next((link for link in links if "#" in link), links[0])  # a section
    assert "h=" in link, link
    page.goto(link, wait_until="load")
    page.wait_for_function(
        "() => document.querySelector('mark[data-md-highlight]') !== null"
    )
    marked = page.eval_on_selector_all(
        "mark[data-md-highlight]", "marks => marks.map(m => m.textContent)"
    )
    wrong = sorted(
        {word for word in marked if word.lower() in stop_words or len(word) < 2}
    )
    where = urlsplit(link).path
    assert not wrong, f"{where}: {len(marked)} marks, of stop words {wrong}"
    report(f"marks for {name}", {"page": where, "marks": len(marked)})
