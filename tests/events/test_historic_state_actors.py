"""A state that no longer exists is an event actor under its own CAMEO code, even where the places
layer puts its name on its successor's territory and the story names that successor too."""

from __future__ import annotations

from tests.event_helpers import dyad, one_event


def test_a_former_state_stays_itself_beside_its_successor() -> None:
    event = one_event("East Germany accused Bonn of harbouring saboteurs, the state radio said.", "ACCUSE")
    assert dyad(event)[0] == "DDR"


def test_a_former_state_as_source_and_a_current_one_as_target() -> None:
    event = one_event(
        "Czechoslovakia protested to Austria over the detention of two of its truck drivers.", "ACCUSE"
    )
    assert dyad(event) == ("CSK", "AUT")
