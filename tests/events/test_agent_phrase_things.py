"""Phrases of the CAMEO agents dictionary that name a thing, an act or a place ("fighting
positions", "security checks") are no actors: an attack on the positions of a group is on the
group, and a check names no one who acts."""

from __future__ import annotations

import pytest

from tests.event_helpers import events_of_type


def _codes(event: dict) -> tuple[str | None, str | None]:
    return (event.get("source") or {}).get("code"), (event.get("target") or {}).get("code")


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes pounded fighting positions of the guerrillas overnight.",
        "Army gunners shelled mortar positions of the insurgents near the dam.",
    ],
)
def test_the_positions_of_a_group_are_the_group(text):
    events = events_of_type(text, "ASSAULT")
    assert events and _codes(events[0])[1] == "REB", events


def test_a_security_check_is_no_actor():
    events = events_of_type("Security checks held up lorry drivers at the crossing for hours.", "REJECT")
    assert all(_codes(e)[0] is None for e in events), events


def test_craft_stay_the_force_that_flies_them():
    events = events_of_type("Egyptian jets struck a depot near the coast.", "ASSAULT")
    assert events and _codes(events[0])[0] == "EGYMIL", events


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The Czech chamber of deputies rejected the treaty.", "The Czech chamber of deputies", "CZELEG"),
        (
            "The Maltese house of representatives rejected the treaty.",
            "The Maltese house of representatives",
            "MLTLEG",
        ),
    ],
)
def test_a_body_named_with_its_of_complement_is_the_source(text, span, code):
    events = events_of_type(text, "REJECT")
    assert events and (events[0]["source"]["text"], events[0]["source"]["code"]) == (span, code), events


def test_a_head_whose_complement_makes_no_term_keeps_its_reading():
    events = events_of_type("The head of the militia threatened the mayor.", "THREATEN")
    assert events and events[0]["source"]["text"] == "The head of the militia", events
