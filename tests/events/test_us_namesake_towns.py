"""A town named like a foreign city, written with its US state, places its actors in the US
(sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _sources(text: str) -> list[str]:
    return [
        (e.get("source") or {}).get("country") or ""
        for e in get_nlp()(text)._.events
        if e["confidence"] >= 0.5
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A judge in Berlin, Connecticut, sentenced the former mayor to prison.", "USA"),
        ("The Athens, Georgia, school board criticized the state governor.", "USA"),
        ("The Lebanon, Tenn., city council condemned the vandalism.", "USA"),
        ("Officials in Tbilisi, Georgia, criticized the Russian government.", "GEO"),
        ("Hungarian and Romanian officials condemned the attack.", "HUN"),
    ],
)
def test_the_state_after_the_town_places_the_actor(text, country):
    found = _sources(text)
    assert found and found[0] == country, found


def test_a_town_and_its_state_are_one_actor() -> None:
    assert len(_sources("The Athens, Georgia, school board criticized the state governor.")) == 1
