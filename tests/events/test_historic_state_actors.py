"""A state that no longer exists is an event actor under its own CAMEO code, even where the places
layer puts its name on its successor's territory and the story names that successor too."""

from __future__ import annotations

from tests.event_helpers import dyad, events_of, one_event


def test_a_former_state_stays_itself_beside_its_successor() -> None:
    event = one_event("East Germany accused Bonn of harbouring saboteurs, the state radio said.", "ACCUSE")
    assert dyad(event)[0] == "DDR"


def test_a_former_state_as_source_and_a_current_one_as_target() -> None:
    event = one_event(
        "Czechoslovakia protested to Austria over the detention of two of its truck drivers.", "ACCUSE"
    )
    assert dyad(event) == ("CSK", "AUT")


def test_a_description_of_a_former_state_stands_for_it_not_its_successor() -> None:
    events = events_of(
        "Czechoslovakia has turned down the loan. The country also expelled two Hungarian diplomats."
    )
    expelled = [e for e in events if e["plover"]["type"] == "SANCTION"]
    assert expelled and dyad(expelled[0])[0] == "CSK"


def test_a_period_adjective_places_no_actor() -> None:
    event = one_event(
        "Soviet-era jets flew low over the capital as the air force bombed rebel camps.", "ASSAULT"
    )
    assert dyad(event)[0] != "SUN"
