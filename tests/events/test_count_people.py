"""A bare plural count word as an argument names people, as a bare number does ("police detained
dozens" as "arrested 12": ``count_nouns`` of event_arguments.json); money counts are left out."""

import pytest

from tests.event_helpers import events_of

STORY = "Unrest spreads in the hills\n\nKISUMU, Kenya (AP) — Tension rose in the county on Monday. "


def _pairs(text: str) -> set[tuple[str, str | None]]:
    return {(e["plover"]["type"], (e.get("target") or {}).get("text")) for e in events_of(text)}


@pytest.mark.parametrize(
    "sentence",
    [
        "County police detained dozens after the rally.",
        "Kenyan rangers rounded up and arrested dozens near the lake.",
    ],
)
def test_detained_dozens_is_an_arrest_of_people(sentence):
    assert ("COERCE", "dozens") in _pairs(STORY + sentence)


def test_dozens_of_people_still_names_the_people():
    assert ("COERCE", "fishermen") in _pairs(
        STORY + "County police detained dozens of fishermen on Saturday."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The county treasurer spent thousands on the new clinic.",
        "The charity raised hundreds from local farmers last week.",
    ],
)
def test_money_counts_name_no_one(sentence):
    assert not any(t in ("COERCE", "ASSAULT", "AID") for t, _ in _pairs(STORY + sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The county court freed dozens on bail.", ("RETREAT", "dozens")),
        ("Kenyan rangers wounded scores on Sunday.", ("ASSAULT", "scores")),
    ],
)
def test_a_count_word_the_parse_calls_a_cardinal_or_a_verbal_noun_is_the_target(sentence, expected):
    assert expected in _pairs(STORY + sentence)


def test_a_count_word_with_a_modifier_counts_no_one():
    assert not any(t == "RETREAT" for t, _ in _pairs(STORY + "The county board released the exam scores."))
