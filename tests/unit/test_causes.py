"""An error's entry in the index names its usual cause: the first sentence
under the catalogue's heading for it (docs/error-fixes.md), which also comes
first among its links, also for a message that only contains the heading."""

from __future__ import annotations

import re
import textwrap

from torchsheet import index_pages, pages, site_index

PAGE = textwrap.dedent(
    """\
    # Errors

    ## Shapes

    ### mat1 and mat2 shapes cannot be multiplied

    Most often the `in_features` of an `nn.Linear` does not match, e.g. a
    flattened input. The rest explains.

    ### running_mean should contain ... elements not ...

    ```python
    --8<-- "snippets/errors/02.py"
    ```

    ### A bare list

    - not prose
    """
)


def place(title: str) -> pages.Place:
    places, _ = pages.page_places("cases.md", PAGE)
    return next(found for _, found in places if found.title == title)


def test_the_lead_is_the_first_sentence_under_the_heading():
    assert pages.lead(PAGE, place("mat1 and mat2 shapes cannot be multiplied")) == (
        "Most often the `in_features` of an `nn.Linear` does not match, e.g. a "
        "flattened input."
    )


def test_a_section_that_opens_with_code_or_a_list_has_no_lead():
    assert (
        pages.lead(PAGE, place("running_mean should contain ... elements not ..."))
        is None
    )
    assert pages.lead(PAGE, place("A bare list")) is None


def test_a_message_is_explained_by_the_heading_it_contains():
    home = index_pages.explained_by(
        "mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"
    )
    assert (
        home is not None and home.anchor == "mat1-and-mat2-shapes-cannot-be-multiplied"
    )
    dots = index_pages.explained_by("running_mean should contain 16 elements not 8")
    assert dots is not None and dots.title.startswith("running_mean")
    assert index_pages.explained_by("no such message anywhere") is None


def test_every_catalogued_message_names_its_cause_first():
    markdown = index_pages.errors_markdown(site_index.build(), "errors.md")
    entries = [line for line in markdown.splitlines() if line.startswith("- ")]
    catalogued = [line for line in entries if "](error-fixes.md#" in line]
    assert catalogued
    for line in catalogued:
        message, *rest = line.split("<br>")
        assert len(rest) == 2, f"no cause: {message}"
        cause, links = rest
        assert links.split("](", 1)[1].startswith("error-fixes.md#"), message
        # it stands alone: no "the error above" of the page it comes from
        assert not re.search(r"\b(?:above|below)\b(?! the\b)(?! \d)", cause), cause
    shape = next(line for line in entries if "mm: mat1 and mat2 shapes" in line)
    assert "`in_features` of an `nn.Linear`" in shape
