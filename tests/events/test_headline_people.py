"""A headline's bare people noun ("Man charged ...") is the lead's person: it takes the country the
lead's own words give that person (sentences made up for these tests)."""

from __future__ import annotations

import pytest

import dateline
from dateline.events.headline_people import bare_people_noun
from tests.event_helpers import target_places


def _targets(text: str) -> list[tuple[str | None, str | None]]:
    return target_places(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Man charged after crash on Elm Street. A Dalton man was charged Sunday with reckless "
            "driving after he hit a parked truck.",
            ("Man", "USA"),
        ),
        (
            "Two men charged in robbery. Police said two Tulsa men robbed a bank on Friday.",
            ("Two men", "USA"),
        ),
        (
            "Woman arrested over fire.\nA Hamilton, Ontario, woman was arrested Friday after a fire "
            "gutted a warehouse.",
            ("Woman", "CAN"),
        ),
    ],
)
def test_a_headline_person_takes_the_country_the_lead_gives_them(text, want):
    assert want in _targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Man arrested in stabbing. A man was arrested Friday after a fight in a bar.",
        "Man charged in fraud case. Prosecutors in Dalton charged a local contractor on Monday.",
    ],
)
def test_a_headline_person_the_lead_does_not_place_stays_unplaced(text):
    assert ("Man", None) in _targets(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [("Man", "man"), ("Two women", "women"), ("3 teens", "teens"), ("A man", None), ("Crafton man", None)],
)
def test_only_a_bare_or_counted_people_noun_is_read(text, want):
    assert bare_people_noun(text) == want


def _story_targets(text: str) -> list[tuple[str | None, str | None]]:
    story = dateline.extract(text, published="2024-03-10").model_dump()
    return [((e["target"] or {}).get("text"), (e["target"] or {}).get("country")) for e in story["events"]]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Woman arrested after tourist robbed\nA German woman was robbed on a beach near Panaji on "
            "Friday. Police arrested a local woman the next day.",
            "Woman",
        ),
        (
            "Man arrested over attack on tourist\nA Dutch man was stabbed in Phuket on Tuesday. Thai "
            "police arrested a local man hours later.",
            "Man",
        ),
    ],
)
def test_a_lead_that_brings_in_a_second_person_by_that_word_places_no_one(text, headline):
    found = [country for t, country in _story_targets(text) if t == headline]
    assert found and found[0] is None, _story_targets(text)


def test_a_definite_mention_after_the_lead_person_refers_back():
    text = (
        "Two women charged after brawl\nTwo Canadian women were charged by police in Cancun after a "
        "fight at a bar. The two women were released on bail on Sunday."
    )
    assert ("Two women", "CAN") in _story_targets(text), _story_targets(text)
