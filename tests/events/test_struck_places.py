"""Settlements and vehicles named by a common noun are no target of force, coercion or a threat
(annotation guide, section 3: places are never actors); named places, strongholds, the people a
place is named by and the recipients of aid keep theirs. Sentences written for these tests."""

import pytest
from event_helpers import events_of, one_event

from dateline.events.argument_kinds import names_struck_place
from dateline.nlp import get_nlp


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Rebels shelled three villages near the northern border on Tuesday.", "ASSAULT"),
        ("Insurgents attacked four towns along the river before dawn.", "ASSAULT"),
        ("Rioters set fire to a police car outside the station.", "ASSAULT"),
        ("The militia threatened to attack the city unless the mayor resigned.", "THREATEN"),
    ],
)
def test_a_settlement_or_vehicle_struck_is_no_target(text, plover):
    assert one_event(text, plover)["target"] is None


def test_the_people_hurt_stand_in_for_the_vehicle_hit():
    text = "A roadside bomb struck an army truck near the border, killing four soldiers."
    event = one_event(text, "ASSAULT")
    assert event["target"] is not None and event["target"]["text"] == "four soldiers"


def test_the_people_a_place_is_named_by_are_the_target():
    event = one_event("Jets bombed towns inhabited by Uzbek herders.", "ASSAULT")
    assert event["target"] is not None and event["target"]["text"] == "Uzbek herders"


def test_a_stronghold_stands_for_its_holders():
    event = one_event("Troops stormed the rebel headquarters at dawn.", "COERCE")
    assert event["target"] is not None and event["target"]["code"] == "REB"


def test_aid_to_a_place_goes_to_its_people():
    event = one_event("Aid workers delivered food to the besieged village.", "AID")
    assert event["target"] is not None


def test_a_town_sued_stands_for_its_government():
    event = one_event("The families sued the city over the flooding.", "ACCUSE")
    assert event["target"] is not None and event["target"]["text"] == "the city"


@pytest.mark.parametrize(
    ("text", "word", "struck"),
    [
        ("They burned two vans.", "vans", True),
        ("They shelled the village.", "village", True),
        ("They shelled the village of Korvel.", "village", False),
        ("They shelled the outpost.", "outpost", False),
        ("They shelled the farmers.", "farmers", False),
        ("They attacked the Sikh community.", "community", False),
        ("They burned the judge's car.", "car", False),
    ],
)
def test_names_struck_place(text, word, struck):
    doc = get_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert names_struck_place(token, "190") is struck


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Vandals attacked the Hindu community in the suburb on Sunday.", "ASSAULT"),
        ("The regulator fined the city over the sewage spill.", "COERCE"),
        ("The ministry threatened to fine the municipality over the dump.", "THREATEN"),
    ],
)
def test_a_community_or_a_town_acted_on_as_a_body_stays_the_target(text, plover):
    assert one_event(text, plover)["target"] is not None


def test_the_owner_of_a_vehicle_struck_is_aimed_at():
    event = one_event("Gunmen set fire to the mayor's car outside the town hall.", "ASSAULT")
    assert event["target"] is not None and event["target"]["sector"] == "GOV"


def test_a_town_where_force_lands_is_no_target():
    event = one_event("Troops shelled positions in Idlib overnight.", "ASSAULT")
    assert event["target"] is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The militants threatened new attacks in Israel.", "ISR"),
        ("The insurgents threatened to attack Baghdad.", "IRQGOV"),
        ("Turkish troops shelled Kurdish fighters near Afrin.", "SYRREB"),
    ],
)
def test_a_state_or_the_people_there_stay_the_target(text, code):
    events = [e for e in events_of(text) if e["target"]]
    assert events and events[0]["target"]["code"] == code
