"""Criminal charges a CAMEO dictionary pattern of 173 names ("- * (ON CHARGES) [173] # INDICT",
"- * CHARGES [173] # PRESS") coded as the guide codes charges, ACCUSE/allege 1121, on sentences
written for these tests."""

import pytest
from event_helpers import events_of, one_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "A federal grand jury indicted the state senator on fraud charges.",
            "A federal grand jury",
            "the state senator",
        ),
        (
            "The grand jury indicted the county sheriff on perjury charges on Friday.",
            "The grand jury",
            "the county sheriff",
        ),
        (
            "The district attorney pressed charges against the state senator.",
            "The district attorney",
            "the state senator",
        ),
    ],
)
def test_a_charge_the_dictionary_names_is_an_allegation(text, source, target):
    event = one_event(text, "ACCUSE")
    assert event["cameo"]["code"] == "1121"
    assert event["source"]["text"] == source
    assert event["target"] is not None and event["target"]["text"] == target


@pytest.mark.parametrize(
    "text",
    [
        "The police arrested the man on drug charges.",
        "The army detained the journalist on espionage charges.",
    ],
)
def test_an_arrest_on_charges_stays_an_arrest(text):
    types = [e["plover"]["type"] for e in events_of(text)]
    assert types == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator denied the charges against him.",
        "The judge dismissed the charges against the activist.",
    ],
)
def test_charges_denied_or_dismissed_are_no_allegation(text):
    assert not [e for e in events_of(text) if e["plover"]["type"] == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor pressed for charges against the general.",
        "Reporters pressed the prosecutor on the charges against the senator.",
    ],
)
def test_charges_in_another_phrase_are_no_charge_brought(text):
    assert not [e for e in events_of(text) if e["plover"]["type"] in ("ACCUSE", "COERCE")]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Rebel fighters pressed their attack on the city.", "THREATEN"),
        ("American instructors trained Afghan pilots at the base.", "AGREE"),
    ],
)
def test_object_kinds_still_hold_for_other_patterns(text, plover):
    assert not [e for e in events_of(text) if e["plover"]["type"] == plover]
