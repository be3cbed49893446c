"""Search answers what a reader types: API names as written in code, pasted
error messages, and tasks in plain words.

Each query lists the sections that teach it (a regex matched against
`page/#anchor`; `page/#$` is the page itself). A query's rank is the position of
the first right link among the result links the reader sees (the page entries
and the best section of each page; sections folded under "N more on this page"
do not count). Set SEARCH_REPORT=path to write every rank to a JSON file.
The queries and their answers are in search_queries.py (how to add one is said
there) and search_held_out.py; this file ranks them and holds the thresholds.
"""

from __future__ import annotations

import json
import os
import re
from urllib.parse import urlsplit

import pytest

from tests.site.search_held_out import HELD_OUT, PASTED
from tests.site.search_queries import CODE, ERRORS, QUERIES


def visible_results(page, query: str) -> list[str]:
    """Type a query as a reader does; return the visible result links in order."""
    box = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    box.fill("")
    box.press("End")  # the theme searches on keyup
    # functions, not expressions: the pages' Content-Security-Policy forbids
    # the eval that an expression needs
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__list').children.length"
    )
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        "(m) => !/Type to start|Initializing/.test(m.textContent)",
        arg=meta.element_handle(),
    )
    hrefs = page.eval_on_selector_all(
        ".md-search-result__list a.md-search-result__link",
        "links => links.filter(a => !a.closest('details')).map(a => a.href)",
    )
    links = []
    for href in hrefs:
        url = urlsplit(href)
        links.append(f"{url.path.lstrip('/')}#{url.fragment}")
    return links


def rank(links: list[str], expected: list[str]) -> int | None:
    for position, link in enumerate(links, start=1):
        if any(re.match(pattern, link) for pattern in expected):
            return position
    return None


@pytest.fixture(scope="module")
def search_ranks(page, site_url):
    page.goto(f"{site_url}/")
    page.locator("input.md-search__input").click()
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta')"
        ".textContent.includes('Initializing')"
    )
    ranks = {}
    for query, expected in QUERIES + HELD_OUT + PASTED:
        links = visible_results(page, query)
        ranks[query] = {"rank": rank(links, expected), "top": links[:5]}
    if report := os.environ.get("SEARCH_REPORT"):
        with open(report, "w", encoding="utf-8") as file:
            json.dump(ranks, file, indent=1)
    return ranks


def test_query_set_is_broad():
    assert len(QUERIES) >= 60 and len(HELD_OUT) >= 60
    assert len(PASTED) >= 20
    assert len(ERRORS) >= len(QUERIES) / 3 - 1
    assert len(CODE) >= len(QUERIES) / 3


def shares(search_ranks, queries) -> tuple[float, float, str]:
    ranks = [search_ranks[query]["rank"] for query, _ in queries]
    top3 = sum(1 for r in ranks if r is not None and r <= 3) / len(ranks)
    top5 = sum(1 for r in ranks if r is not None and r <= 5) / len(ranks)
    misses = "\n".join(
        f"  {query!r}: rank {search_ranks[query]['rank']}, saw {search_ranks[query]['top']}"
        for query, _ in queries
        if (search_ranks[query]["rank"] or 99) > 3
    )
    return top3, top5, misses


@pytest.mark.parametrize(
    "queries", [QUERIES, HELD_OUT, PASTED], ids=["tuned", "held-out", "pasted"]
)
def test_right_section_in_the_top_3_and_top_5(search_ranks, queries):
    top3, top5, misses = shares(search_ranks, queries)
    assert top3 >= 0.90 and top5 >= 0.95, (
        f"top 3: {top3:.0%}, top 5: {top5:.0%} of {len(queries)} queries; "
        f"misses:\n{misses}"
    )


@pytest.mark.parametrize(
    "query", [query for query, _ in CODE if query.startswith("torch.")]
)
def test_site_title_never_outranks_content(search_ranks, query):
    first = search_ranks[query]["top"][:1]
    assert first != ["#"], f"{query!r}: Home is the first result"
