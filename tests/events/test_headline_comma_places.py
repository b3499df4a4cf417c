"""A headline that opens with a town and the state, province or country it lies in names one place:
"Dayton, Ohio mayors meet governor" is the mayors' meeting, no pair of actors. Sentences written
for these tests."""

import pytest

from dateline.nlp import get_nlp


def _first_line_sources(text):
    end = text.index("\n")
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("text"))
        for e in get_nlp()(text)._.events or []
        if e["evidence"]["start"] < end
    ]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dayton, Ohio mayors meet governor\nThe meeting lasted an hour.", "Dayton"),
        ("Fresno, California officials meet senator\nThe growers asked for water.", "Fresno"),
    ],
)
def test_a_town_and_its_state_before_people_are_one_phrase(text, town):
    sources = _first_line_sources(text)
    assert sources and all(s != town for _, s in sources), sources
    assert ("CONSULT", f"{town}, {text.split(', ')[1].split(' meet')[0]}") in sources, sources


@pytest.mark.parametrize(
    "text",
    [
        "Ghent, Belgium hosts summit\nLeaders arrived on Monday.",
        "Oil, gold prices rise on Fed hopes\nInvestors bought commodities on Monday.",
    ],
)
def test_a_place_or_goods_before_the_comma_are_no_actor(text):
    assert _first_line_sources(text) == []
