"""A meeting held is consultation (CAMEO 04), a meeting promised an intention (CAMEO 036): sentences
written for these tests."""

import pytest

from dateline.events.lexicon import cues
from dateline.nlp import get_nlp
from dateline.ontology.cameo import cameo_code


def _events(text):
    return [(e["plover"]["type"], e["cameo"]["code"], e["modality"]) for e in get_nlp()(text)._.events or []]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Italian prime minister met the Turkish president at the Elysee on Thursday.", "asserted"),
        ("The Kenyan president met with the Ugandan president for talks in Nairobi on Monday.", "asserted"),
        ("The Ghanaian president met with Togolese leaders on Monday, his office said.", "reported"),
    ],
)
def test_a_meeting_that_took_place_is_consultation(text, modality):
    assert _events(text) == [("CONSULT", "040", modality)]


def test_a_promise_to_meet_stays_an_intention_to_meet():
    events = _events("The Chilean president agreed to meet the Peruvian president at the summit.")
    assert events == [("AGREE", "036", "asserted")]


def test_a_meeting_still_to_come_is_planned():
    for text in (
        "The Chilean president will meet with the Peruvian president for talks in Lima next month.",
        "The Chilean president plans to meet the Peruvian president at the summit next month.",
    ):
        assert [mood for _, _, mood in _events(text)] == ["planned"], text


def test_realised_recoding_turns_intentions_into_their_act():
    for intent, (act, plover) in cues().realised_recode.items():
        assert intent.startswith("03") and cameo_code(act).plover_type == plover


def test_arriving_at_a_seat_of_government_is_a_visit_to_it():
    for text, country in (
        (
            "The Kenyan president arrived at the Elysee Palace on Wednesday evening for talks with the host.",
            "FRA",
        ),
        ("The Kenyan leader arrived at the White House late on Wednesday for a working dinner.", "USA"),
    ):
        doc = get_nlp()(text)
        visits = [e for e in doc._.events if e["plover"]["type"] == "CONSULT"]
        assert visits and (visits[0]["target"] or {}).get("country") == country, doc._.events
    doc = get_nlp()("Riot police arrived at the scene shortly after the explosion.")
    assert not [e for e in doc._.events if e["plover"]["type"] == "CONSULT"]


def test_a_trip_at_home_made_for_talks_is_a_meeting_with_the_partner():
    doc = get_nlp()("The Kenyan president arrived in Mombasa on Monday for talks with the Ugandan president.")
    visits = [e for e in doc._.events if e["plover"]["type"] == "CONSULT"]
    assert visits and (visits[0]["target"] or {}).get("country") == "UGA", doc._.events
    doc = get_nlp()("The Kenyan president arrived in Mombasa on Monday for a holiday.")
    assert not [e for e in doc._.events if e["plover"]["type"] == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian finance minister met his Bolivian counterpart in La Paz on Friday.",
        "The Danish defence minister held talks with her counterpart in Oslo on Tuesday.",
    ],
)
def test_a_counterpart_is_a_partner_of_the_meeting(text):
    assert [t for t, _, _ in _events(text)] == ["CONSULT"]


def test_a_meeting_held_for_a_purpose_is_a_consultation():
    events = _events("The Pope met late on Sunday with Lebanese bishops to discuss the refugees.")
    assert {(plover, code) for plover, code, _ in events} == {("CONSULT", "040")}
