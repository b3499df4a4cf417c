"""The country of a story for the actors its text leaves unplaced (``events/story_country.py``)."""

from collections import Counter

from dateline.events.story_country import is_country, leading, plurality


def test_the_country_most_actors_have_leads():
    assert plurality(Counter({"CAN": 3, "UKR": 2, "USA": 2})) == "CAN"


def test_intergovernmental_bodies_and_groups_are_no_country():
    assert not is_country("IGO") and not is_country("NGO") and is_country("CAN")
    assert plurality(Counter({"IGO": 4, "CAN": 3, "UKR": 2})) == "CAN"


def test_a_tie_is_broken_by_the_first_preferred_country_among_the_leaders():
    counts = Counter({"CAN": 3, "UKR": 3, "USA": 1})
    assert plurality(counts, ["CAN", "UKR"]) == "CAN"
    assert plurality(counts, [None, "USA", "UKR"]) == "UKR"


def test_no_country_without_actors_or_an_unbroken_tie():
    assert plurality(Counter()) is None
    assert plurality(Counter({"IGO": 2})) is None
    assert plurality(Counter({"CAN": 2, "UKR": 2}), ["USA"]) is None


def test_the_dateline_leads_when_among_the_two_most_named_countries():
    counts = Counter({"UKR": 6, "CAN": 5, "USA": 4, "IGO": 9})
    assert leading(counts, "CAN") and leading(counts, "UKR")
    assert not leading(counts, "USA") and not leading(counts, None) and not leading(counts, "LBN")
