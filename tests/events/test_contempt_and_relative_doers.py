"""Someone held in contempt, acts told in a relative clause whose pronoun is the doer, and acts
called something by a verb of naming, on sentences written for these tests."""

import pytest
from event_helpers import events_of, one_event


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A district judge held the police chief in contempt of court.", "the police chief"),
        ("The tribunal held the newspaper in contempt over the leaked files.", "the newspaper"),
    ],
)
def test_a_court_holding_someone_in_contempt_convicts_them(text, target):
    event = one_event(text, "SANCTION")
    assert event["cameo"]["code"] == "116" and event["target"]["text"] == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Senate voted to hold the former aide in contempt of Congress.", "the former aide"),
        ("The oversight committee held the energy secretary in contempt.", "the energy secretary"),
    ],
)
def test_a_legislature_holding_someone_in_contempt_charges_them(text, target):
    event = one_event(text, "ACCUSE")
    assert event["cameo"]["code"] == "1121" and event["target"]["text"] == target
    assert "SANCTION" not in [e["plover"]["type"] for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "punishment"),
    [
        ("The former mayor was held in contempt by the council for refusing to hand over records.", "ACCUSE"),
        ("The port director was held in contempt by a judge for refusing to produce ledgers.", "SANCTION"),
    ],
)
def test_the_refusal_contempt_answers_is_coded_apart(text, punishment):
    assert {e["plover"]["type"] for e in events_of(text)} == {punishment, "REJECT"}


def test_the_crime_a_conviction_punishes_stays_folded_into_it():
    events = events_of("The court convicted the smuggler for bribing a customs officer.")
    assert [e["plover"]["type"] for e in events] == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Critics voiced contempt for the new tax.",
        "The governor showed open contempt for the auditors, the report said.",
    ],
)
def test_contempt_felt_is_no_conviction(text):
    assert "SANCTION" not in [e["plover"]["type"] for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Border police, who detained eleven fishermen on Tuesday, said they strayed.", "Border police"),
        ("The security ministry, which arrested two bloggers, defended the move.", "The security ministry"),
    ],
)
def test_a_relative_pronoun_subject_does_the_act_of_its_clause(text, source):
    assert one_event(text, "COERCE")["source"]["text"] == source


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's lawyer called the investigation politically motivated.",
        "Her attorney called the inquiry deeply flawed.",
    ],
)
def test_an_act_called_something_is_not_done_by_the_one_who_calls_it(text):
    assert not [e for e in events_of(text) if e["cameo"]["code"].startswith("09")]


def test_a_light_verb_of_calling_still_calls_for_an_act():
    assert one_event("The senator called for an investigation into the port deal.", "REQUEST")


def test_a_law_broken_that_a_sentence_punishes_stays_folded_into_it():
    events = events_of("The 30-year-old Dutchman was sentenced to ten months for breaching his parole.")
    assert [e["plover"]["type"] for e in events] == ["SANCTION"]
