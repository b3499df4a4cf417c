"""A town the gazetteer does not list, qualified by its state, is placed in that state, not at a
namesake abroad (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A judge in Berlin, Connecticut, fined the former clerk.", "Berlin"),
        ("A judge in Berlin, Conn., fined the former clerk.", "Berlin"),
    ],
)
def test_a_town_qualified_by_its_state_is_in_that_country(text, town):
    places = {p["name"]: p["country"] for p in get_nlp()(text)._.places}
    assert places.get(town) == "US", places


def test_a_capital_qualified_by_its_country_stays_there() -> None:
    places = {
        p["name"]: p["country"] for p in get_nlp()("Officials in Tbilisi, Georgia, met the envoy.")._.places
    }
    assert places.get("Tbilisi") == "GE", places
