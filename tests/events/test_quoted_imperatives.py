"""Quoted imperatives: a request from the speaker to the one addressed, not the act they name,
on sentences written for these tests."""

import pytest
from event_helpers import events_of

from dateline.events.quoted_requests import opening_imperative
from dateline.nlp import get_nlp


def _readings(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in events_of(text)
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('"Please free my brother," the widow asked the border guards.', "the widow", "the border guards"),
        (
            '"Do not sign this treaty," the opposition leader told the prime minister.',
            "the opposition leader",
            "the prime minister",
        ),
        (
            '"Let the hostages go," the foreign minister said in a message to the kidnappers.',
            "the foreign minister",
            "the kidnappers",
        ),
        (
            '"Withdraw your tanks from the city," the governor told the general on Tuesday.',
            "the governor",
            "the general",
        ),
        ('"Officers, lower your weapons," the mayor shouted at the police.', "the mayor", "the police"),
        (
            '"Resign now," the opposition leader told the prime minister during the debate.',
            "the opposition leader",
            "the prime minister",
        ),
        (
            '"Please don\'t deport my husband," the woman wrote in a letter to the governor.',
            "the woman",
            "the governor",
        ),
    ],
)
def test_a_quoted_imperative_is_a_request_to_the_one_addressed(text, source, target):
    readings = _readings(text)
    assert ("REQUEST", source, target) in readings, readings
    assert {r[0] for r in readings} == {"REQUEST"}, readings


def test_the_vocative_is_the_addressee_when_the_speech_verb_has_none():
    readings = _readings('"Mr President, resign today," the protesters shouted outside the palace.')
    assert readings == [("REQUEST", "the protesters", "Mr President")]


def test_the_vocative_is_the_addressee_when_the_speech_verb_names_an_audience():
    readings = _readings('"Mr Mayor, reopen the clinic," the senator told reporters on Friday.')
    assert readings == [("REQUEST", "the senator", "Mr Mayor")], readings


@pytest.mark.parametrize(
    "text",
    [
        '"Get off our land," the governor warned the militia.',
        '"Stop hiding the figures," the senator accused the minister.',
    ],
)
def test_a_speech_verb_coded_as_an_event_gives_no_second_request(text):
    assert "REQUEST" not in {r[0] for r in _readings(text)}, _readings(text)


def test_a_request_verb_keeps_its_own_event():
    events = events_of('"Stop the shelling now," the archbishop urged the rebel commanders.')
    assert [e["rule"] for e in events] == ["verb:urge"]


@pytest.mark.parametrize(
    "text",
    [
        '"Look, we have done everything we could," the coach said.',
        '"Let me be clear: we will not negotiate," the chancellor said.',
        '"Mark my words, they will pay," the senator said.',
        '"Imagine the chaos," the mayor told the council.',
        '"Hold the line," the general told his soldiers.',
        '"Don\'t arrest them," he says.',
        '"Release the activists," the senator said at the foreign ministry.',
        '"Cut the tariffs," the governor said with the trade minister beside him.',
        '"Reopen the clinic," the senator told reporters.',
    ],
)
def test_everyday_openings_orders_to_ones_own_and_unaddressed_imperatives_are_no_request(text):
    assert "REQUEST" not in {r[0] for r in _readings(text)}


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ('"We will release him next week," the police chief said.', "AGREE"),
        ("The mayor urged the police to release the detained protesters.", "REQUEST"),
    ],
)
def test_quoted_statements_and_reported_requests_are_unchanged(text, plover):
    readings = _readings(text)
    assert [r[0] for r in readings] == [plover], readings
    assert not any(e["rule"].startswith("appeal:") for e in events_of(text))


def test_a_quote_that_opens_with_a_subject_is_no_imperative():
    doc = get_nlp()('"They released the prisoners yesterday," the lawyer told reporters.')
    assert opening_imperative(doc, 1, 40) is None


def test_a_quoted_noun_phrase_whose_first_word_is_also_a_verb_is_no_imperative():
    text = '"Supply management and storage," the engineer told the committee.'
    doc = get_nlp()(text)
    assert opening_imperative(doc, 1, 31) is None
    assert "REQUEST" not in {r[0] for r in _readings(text)}
