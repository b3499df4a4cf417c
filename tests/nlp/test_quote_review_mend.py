"""Near shapes of the participle, pressing and medium rules that must not make a quote or
credit the wrong speaker.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_text"], q["text"]) for q in get_nlp()(text)._.quotes or []]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the protesters blocked the main road, arguing that the curfew was illegal.",
        "Witnesses said the driver got out of the car, insisting that the brakes had failed.",
        "Police said he fled the scene, insisting that he was innocent.",
    ],
)
def test_a_participle_after_other_people_is_not_the_speakers_next_statement(text):
    quotes = _reported(text)
    assert len(quotes) == 1
    assert ", insisting that" in quotes[0][1] or ", arguing that" in quotes[0][1]


def test_a_participle_after_the_speakers_own_pronoun_is_a_quote_of_its_own():
    assert _reported("The club said it would appeal the ban, arguing that the referee erred.") == [
        ("The club", "it would appeal the ban"),
        ("The club", "that the referee erred"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The officer pressed his knee on the man's neck for nine minutes.",
        "She pressed the button on the dashboard and the engine started.",
        "He pressed a coin on the boy and walked away.",
    ],
)
def test_pressing_a_thing_on_something_asks_nothing(text):
    assert _reported(text) == []


def test_pressing_someone_on_a_topic_still_asks():
    assert _reported("Reporters pressed the minister on the missing funds.") == [
        ("Reporters", "the missing funds")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The senator spoke at a conference of mayors in Denver.",
        "The pope spoke at a rally of young people in Lisbon.",
        "The mayor spoke at a briefing of reporters in city hall.",
        "The senator wrote in a letter of concern to the agency.",
    ],
)
def test_who_met_at_a_medium_or_its_kind_is_no_topic(text):
    assert _reported(text) == []


def test_a_topic_after_a_medium_still_reported():
    assert _reported("The envoy spoke in a speech of a new era for the region.") == [
        ("The envoy", "a new era for the region")
    ]


def test_adding_after_a_clause_about_others_is_still_the_speakers():
    assert _reported("Officials said the villagers fled, noting that the river had burst its banks.") == [
        ("Officials", "the villagers fled"),
        ("Officials", "that the river had burst its banks"),
    ]


def test_according_to_a_speech_someone_gave_ends_at_its_comma():
    assert _reported("According to a speech the king delivered on Sunday, the army will withdraw.") == [
        ("the king", "the army will withdraw")
    ]
