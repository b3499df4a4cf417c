"""Near-misses of a town qualified by its state (sentences written for these tests): an initialism
after a town's comma and two divisions parted by a comma are no town-and-state pair."""

import pytest

from dateline.nlp import get_nlp


def _places(text: str) -> dict[str, tuple[str, str]]:
    """Each place mention's text -> (country, feature)."""
    return {m["text"]: (p["country"], p["feature"]) for p in get_nlp()(text)._.places for m in p["mentions"]}


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("In Tulkarm, PA security officers detained two students.", "Tulkarm", "PS"),
        ("In Beit Jala, PA officials said the road was closed.", "Beit Jala", "PS"),
        ("A judge in Berlin, CT, fined the former clerk.", "Berlin", "US"),
    ],
)
def test_a_two_letter_code_before_a_word_is_no_state(text, town, country):
    places = _places(text)
    assert places.get(town, ("", ""))[0] == country, places


@pytest.mark.parametrize(
    ("text", "division"),
    [
        ("Hail storms hit Nebraska, Iowa on Tuesday, ruining crops.", "Nebraska"),
        ("Wildfires spread across Alberta, Saskatchewan on Friday.", "Alberta"),
    ],
)
def test_two_divisions_parted_by_a_comma_stay_divisions(text, division):
    places = _places(text)
    assert places.get(division, ("", ""))[1] == "admin", places
