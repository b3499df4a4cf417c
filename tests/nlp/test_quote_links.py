"""Clause boundaries of reported speech under misleading parses, and labels given in relatives.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp
from dateline.nlp.quote_cues import cues


def _doc(text: str):
    return get_nlp()(text)


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_text"], q["text"]) for q in _doc(text)._.quotes or []]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The clerk explained that a single voter may sign twice, so the petition does not "
            "really have ten thousand names.",
            "The clerk",
            "that a single voter may sign twice, so the petition does not really have ten thousand names",
        ),
        (
            "The treasurer noted that one bill may cover two months, so twelve bills do not "
            "necessarily add up to a year.",
            "The treasurer",
            "that one bill may cover two months, so twelve bills do not necessarily add up to a year",
        ),
    ],
)
def test_a_clause_of_consequence_goes_on_with_what_was_said(text, speaker, words):
    assert (speaker, words) in _reported(text)


def test_a_consequence_with_a_report_of_its_own_is_another_quote():
    found = _reported(
        "The inspector noted that the pipe may leak at night, so critics say the tests were useless."
    )
    assert ("The inspector", "that the pipe may leak at night") in found
    assert ("critics", "the tests were useless") in found


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The bills added up to a year.", "added"),
        ("The union called off the strike.", "called"),
        ("The party backed down on Friday.", "backed"),
        ("Nobody could tell the twins apart.", "tell"),
    ],
)
def test_a_phrasal_verb_of_another_sense_is_no_cue(text, verb):
    doc = _doc(text)
    token = next(t for t in doc if t.text == verb)
    assert not cues().is_cue(token)


def test_the_same_verbs_without_the_particle_stay_cues():
    doc = _doc("The minister added that the union called the strike unlawful.")
    assert cues().is_cue(doc[2])
    assert cues().is_cue(next(t for t in doc if t.text == "called"))


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "A fire that Governor Ruiz described as “a deliberate attack” destroyed the depot.",
            "Governor Ruiz",
            "a deliberate attack",
        ),
        (
            "The novel, which critics described as a masterpiece of the genre, won the prize in May.",
            "critics",
            "a masterpiece of the genre",
        ),
    ],
)
def test_a_label_given_with_as_in_a_relative_clause_is_what_was_said(text, speaker, words):
    assert (speaker, words) in _reported(text)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The message from the harbour board was blunt: the ferry will stop running in March.",
            "the harbour board",
            "the ferry will stop running in March",
        ),
        (
            "The warning from the doctors was stark: the fever is spreading through the valley.",
            "the doctors",
            "the fever is spreading through the valley",
        ),
    ],
)
def test_a_noun_of_saying_with_a_from_source_before_a_colon_credits_the_clause(text, speaker, words):
    assert (speaker, words) in _reported(text)


def test_a_from_phrase_before_a_judgement_of_the_words_credits_nothing():
    assert _reported("The message from the harbour board was false: the ferry had already stopped.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper put it bluntly: “We were awful today and the supporters deserve much better.”",
        "The goalkeeper put it this way: “We were awful today and the supporters deserve much better.”",
    ],
)
def test_put_it_before_a_colon_says_how_the_words_were_put(text):
    found = [q for q in _doc(text)._.quotes or [] if q["cue"] == "put"]
    assert [q["speaker_text"] for q in found] == ["The goalkeeper"]


def test_put_it_down_before_a_colon_is_no_cue():
    text = "The porter put it down: “The crate is heavy and the floor of the hall is old and wet.”"
    assert not any(q["cue"] and q["cue"].startswith("put") for q in _doc(text)._.quotes or [])


@pytest.mark.parametrize(
    "text",
    [
        "The harvest went according to plan.",
        "The bride wore green, according to local tradition.",
        "Parcels are priced according to weight.",
        "Pupils at the school are grouped according to age.",
    ],
)
def test_according_to_in_conformity_names_no_source(text):
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry will stop in May, according to the harbour board's plan.", "the harbour board's plan"),
        ("The rebels took the valley, according to the ministry.", "the ministry"),
    ],
)
def test_according_to_a_source_still_reports(text, speaker):
    assert any(s == speaker for s, _ in _reported(text))


def test_the_subject_of_quoted_words_is_not_the_speaker_of_a_cue_after_them():
    text = (
        "She mocked the plan at first -- “That sounds lovely” -- and, when pressed later, "
        "insisting, “Of course, I will vote for it.”"
    )
    found = [q for q in _doc(text)._.quotes or [] if q["cue"] == "insisting"]
    assert [q["speaker_text"] for q in found] == ["She"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lind made a cruel remark in 1998 that described all young farmers as “lazy dreamers.”", "Lind"),
        (
            "At the fair, the minister made a comment that described the farmers as “lazy dreamers.”",
            "the minister",
        ),
        ("The statement from the palace, which said the queen was resting, calmed the crowd.", "the palace"),
    ],
)
def test_a_noun_of_saying_as_relative_subject_speaks_for_its_owner(text, speaker):
    assert [q["speaker_text"] for q in _doc(text)._.quotes or []] == [speaker]
