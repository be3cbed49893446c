"""The "Also on" links, found through an index of names, are the ones that
comparing every two sections with `same_topic` gives."""

from __future__ import annotations

from torchsheet import site_index


def pairwise(indexes: site_index.Indexes) -> dict:
    topics = {place: site_index.treated(indexes, place) for place in indexes.places}
    links = {}
    for place, names in topics.items():
        if not names or place.page == "index.md":
            continue
        others = [
            other
            for other, other_names in topics.items()
            if other.page not in (place.page, "index.md")
            and site_index.same_topic(names, other_names)
        ]
        if others:
            links[place] = others[:3]
    return links


def test_also_on_links_the_sections_on_the_same_topic():
    indexes = site_index.build()
    assert indexes.also_on, "no links at all: the check checks nothing"
    assert indexes.also_on == pairwise(indexes)
