"""Harm said to be done by someone: criticism voiced with a verb the sentiment lexicon rates
negative (sentences written for these tests)."""

import pytest

from dateline.events.harms import harming_verb
from dateline.nlp import get_nlp


def _harms(text: str) -> list[dict]:
    doc = get_nlp()(text)
    return [e for e in doc._.events if e["rule"].startswith("harm:")]


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(e["source"]["text"], e["target"]["text"], e["cameo"]["code"]) for e in _harms(text)]


def test_a_reported_harm_is_criticism_of_its_doer():
    assert _pairs("Senator Alan Pryce said the administration was wrecking the economy.") == [
        ("Senator Alan Pryce", "the administration", "111")
    ]
    assert _pairs("The environment ministry said the developer had polluted the river.") == [
        ("The environment ministry", "the developer", "111")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The teacher said the pupils had damaged the classroom.",
        "A neighbour said the tourists ruined the beach.",
        "The union said the company exploited its workers.",
    ],
)
def test_a_harm_with_no_state_or_political_actor_is_no_criticism(text):
    assert _pairs(text) == []


def test_a_quoted_harm_is_criticism_by_the_speaker():
    text = '"Congress has neglected the border," said Sheriff Dale Ross.'
    assert _pairs(text) == [("Sheriff Dale Ross", "Congress", "111")]


def test_a_later_sentence_of_a_quote_refers_to_the_target_by_a_pronoun():
    text = (
        "Governor Ray Fisk criticized Senator Nora Hale on Friday. "
        '"She was a poor choice. She wasted the state\'s money," Fisk said.'
    )
    assert ("Fisk", "She", "111") in _pairs(text)


def test_harm_by_no_actor_is_no_criticism():
    assert not _harms("The mayor said the floods had damaged the bridge.")
    assert not _harms("The economist said the crisis had weakened the currency.")
    assert not _harms("The minister said the earthquake shattered the town's old church.")


def test_the_speakers_own_side_and_forecasts_are_no_criticism():
    assert not _harms('"We have failed our children, and we must do better," the governor said.')
    assert not _harms('"Our party has wasted too much time on infighting," the chairman said.')
    assert not _harms("The senator said the governor could weaken the bill if he vetoed it.")
    assert not _harms("The mayor said the governor had not neglected the farmers.")
    assert not _harms('"Did the governor ignore the warnings?" the reporter asked.')


def test_feelings_losses_and_contests_are_no_harm():
    assert not _harms("The senator said the voters feared the new tax.")
    assert not _harms("The coach said her players had beaten the champions.")
    assert not _harms("The mayor said residents mourned the victims of the fire.")
    assert not _harms("A voter at the rally said the candidate scares her.")


def test_the_verb_needs_an_object_and_no_event_of_its_own():
    doc = get_nlp()("The treasurer said the fund had failed and the bank attacked the plan.")
    failed = next(t for t in doc if t.lower_ == "failed")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert not harming_verb(failed)
    assert not harming_verb(attacked)


def test_harm_told_of_an_offender_or_an_armed_group_is_a_report():
    assert not _harms("A police spokesman said the burglar had damaged the shop's window.")
    assert not _harms("The minister said the rebels had wrecked the water pipeline.")


def test_a_standing_record_said_once_is_criticism_and_said_habitually_is_not():
    said = "The union leader said the mayor has neglected the parks for decades."
    assert [e["target"]["text"] for e in _harms(said)] == ["the mayor"]
    assert not _harms("Residents say the mayor has neglected the parks for decades.")


def test_a_fault_of_conduct_shown_told_or_spread_is_criticism():
    assert _pairs("Campaign manager Lee Park said the senator tells lies about his record.") == [
        ("Campaign manager Lee Park", "the senator", "111")
    ]
    assert _pairs('"The governor has shown contempt for the voters," Park said.') == [
        ("Park", "The governor", "111")
    ]
    assert [
        e["target"]["text"] for e in _harms("The mayor said the developer had spread hatred in the town.")
    ] == ["the developer"]


def test_a_figure_shown_a_story_told_or_ones_own_mistakes_are_no_criticism():
    assert not _harms("The analyst said the company showed losses in the third quarter.")
    assert not _harms("The senator said the film tells the story of a war.")
    assert not _harms('"We made mistakes, and we are sorry," the chairman said.')
    assert not _harms("The minister said the governor had shown courage.")


def test_a_coded_light_verb_event_a_figure_made_and_a_police_report_keep_no_harm():
    text = "The senator said the governor made threats against reporters."
    events = get_nlp()(text)._.events
    assert not _harms(text)
    assert any(e["cameo"]["code"].startswith("13") for e in events)
    assert not _harms("The minister said the company made losses last year.")
    assert not _harms("Police said a 34-year-old man stole a car and damaged a fence.")
