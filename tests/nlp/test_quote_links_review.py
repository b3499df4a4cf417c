"""Limits of the quote-link rules: narrated consequences, documents after "according to",
times after "from", and a main verb the parse hung on a relative's label.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_text"], q["text"]) for q in get_nlp()(text)._.quotes or []]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Officials said the bridge was unsafe, so the city closed it on Tuesday.",
            "Officials",
            "the bridge was unsafe",
        ),
        ("He said he was tired, so he left early.", "He", "he was tired"),
        (
            "The judge ruled that the search was illegal, so the evidence was thrown out.",
            "The judge",
            "that the search was illegal",
        ),
    ],
)
def test_a_narrated_consequence_is_not_what_was_said(text, speaker, words):
    assert (speaker, words) in _reported(text)


def test_a_present_consequence_still_goes_on_with_what_was_said():
    text = "The prosecutor argued that the defendant had lied, so his alibi cannot be trusted."
    assert ("The prosecutor", "that the defendant had lied, so his alibi cannot be trusted") in _reported(
        text
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to the plan, troops will withdraw from the border by May.", "the plan"),
        ("According to plans filed with the city, the tower will rise 40 floors.", "plans"),
        ("According to a schedule posted on the ministry website, talks resume Monday.", "a schedule"),
        (
            "According to the draft plan seen by reporters, the army would shrink by a third.",
            "the draft plan",
        ),
    ],
)
def test_according_to_a_named_document_reports(text, source):
    assert [speaker for speaker, _ in _reported(text)] == [source]


@pytest.mark.parametrize(
    "text",
    ["According to plan, the ship left port at dawn.", "The budget was split according to need."],
)
def test_according_to_a_bare_measure_or_plan_names_no_source(text):
    assert _reported(text) == []


def test_a_time_after_from_owns_no_words():
    assert _reported("The statement from last week was clear: the plant would close.") == []
    found = _reported("The statement from last week, which said the plant would close, was withdrawn.")
    assert found == [("The statement from last week", "the plant would close")]


def test_a_relative_label_stops_before_a_main_verb_hung_on_it():
    text = "The attack that officials described as a massacre left 40 dead."
    assert _reported(text) == [("officials", "a massacre")]
