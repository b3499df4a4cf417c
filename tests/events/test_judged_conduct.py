"""Conduct judged in someone else's words: a verb of conduct ("failed", "abandoned", "undermined")
that another says an actor did is the speaker's criticism of that actor, not the event lexicon's
default reading of the verb; and a sentence of a quotation that does not name its speaker carries an
allegation of wrongdoing from the quote's speaker (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = get_nlp()(text)
    return [
        (
            e["plover"]["type"],
            e["cameo"]["code"],
            (e.get("source") or {}).get("text") or "",
            (e.get("target") or {}).get("text") or "",
        )
        for e in doc._.events
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Union chief Nadia Brook met dock workers in Hull on Friday. "
            '"The transport ministry has failed the workers of this harbour," Brook said.',
            "Brook",
            "The transport ministry",
        ),
        (
            "Deputy Omar Sahl said the interior ministry had abandoned the families of the missing.",
            "Deputy Omar Sahl",
            "the interior ministry",
        ),
        (
            "Chancellor Greta Voss said Belgrade had undermined the border talks in Vienna.",
            "Chancellor Greta Voss",
            "Belgrade",
        ),
    ],
)
def test_conduct_judged_by_another_is_criticism(text, source, target):
    events = _events(text)
    assert ("ACCUSE", "111", source, target) in events
    assert not any(t in ("REJECT", "CONCEDE", "SANCTION") for t, *_ in events)


def test_a_quoted_sentence_without_its_speaker_carries_the_allegation():
    text = (
        "Czech opposition leader Ivo Kral addressed reporters in Brno. "
        '"The finance minister lied to the taxpayers. The cabinet has failed the pensioners," '
        "Kral said."
    )
    events = _events(text)
    assert ("ACCUSE", "112", "Czech opposition leader Ivo Kral", "The finance minister") in events
    assert any(t == "ACCUSE" and tg == "The cabinet" for t, _, _, tg in events)


@pytest.mark.parametrize(
    "text",
    [
        'Labour Minister Vera Holm spoke after the audit. "We have failed our pensioners," Holm said.',
        '"The reforms failed the poorest," the economist Ulf Brand said.',
        '"Did the finance minister lie to the taxpayers?" asked the opposition chief, Ivo Kral.',
    ],
)
def test_own_side_things_and_questions_are_no_criticism(text):
    assert not any(t in ("ACCUSE", "REJECT") for t, *_ in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "General Ivo Marr said two battalions had deserted the front.",
        "The ministry said the guards had abandoned the prison.",
    ],
)
def test_a_place_left_is_no_people_wronged(text):
    assert not any(t == "ACCUSE" for t, *_ in _events(text))


def test_a_dictionary_pattern_keeps_its_reading():
    # abandoning a stronghold is a withdrawal (CAMEO ABANDON * &STRONGHOLD), no judgement of conduct
    events = _events('"The militia abandoned the fortress at dawn," Colonel Arno Pell said.')
    assert not any(t == "ACCUSE" for t, *_ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Trade unions have always argued that the port authority squandered the dredging budget.",
        "The opposition has long said the ruling party wrecked the harbour fund.",
    ],
)
def test_a_claim_told_as_a_habit_is_no_criticism_of_the_story(text):
    assert not any(t == "ACCUSE" for t, *_ in _events(text))


def test_the_same_claim_made_once_is_criticism():
    events = _events(
        "Dock union leader Mara Kell said on Tuesday that the port authority squandered the dredging budget."
    )
    assert any(t == "ACCUSE" and tg == "the port authority" for t, _, _, tg in events)
