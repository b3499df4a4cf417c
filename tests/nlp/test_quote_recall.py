"""Statements of shapes that were missed or cut wrong, and the shapes near them that must not change.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes or []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The senator offered a closing remark:\n\n“We have waited long enough for this bridge.”",
            "The senator",
            "We have waited long enough for this bridge.",
        ),
        (
            "The harbour master gave a blunt answer: “No ship leaves this port until the storm has passed.”",
            "The harbour master",
            "No ship leaves this port until the storm has passed.",
        ),
        (
            "The bishop delivered a two-line statement: “The parish will rebuild the chapel with its money.”",
            "The bishop",
            "The parish will rebuild the chapel with its money.",
        ),
        (
            "The professor read out the dean's statement: “Classes will go on as planned next week.”",
            "the dean",
            "Classes will go on as planned next week.",
        ),
    ],
)
def test_a_noun_of_saying_given_out_before_a_colon_credits_the_quotation(text, speaker, words):
    quote = next(q for q in _quotes(text) if q["kind"] == "direct")
    assert quote["speaker_text"] == speaker
    assert quote["text"] == words


@pytest.mark.parametrize(
    "text",
    [
        "The crowd mocked the following remark: “The buses always run on time.”",
        "The board made the following changes: “Article 4” was dropped and a new clause was added.",
        "She gave the following example: a farmer who lost his entire crop in one night.",
    ],
)
def test_a_noun_that_is_no_words_of_the_subject_credits_nothing_new(text):
    subjects = ("The crowd", "The board", "She")
    assert not any(q["kind"] == "direct" and q["speaker_text"] in subjects for q in _quotes(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Party officials said the list would be led by Marta Olsen, a former mayor of Bergen.",
            "the list would be led by Marta Olsen",
        ),
        (
            "The ministry announced that the talks would be chaired by Lena Brandt, the deputy minister.",
            "that the talks would be chaired by Lena Brandt",
        ),
        (
            "Colleagues say the bill was drafted by Sam Whitlow (R-Ohio), a senator with long experience.",
            "the bill was drafted by Sam Whitlow (R-Ohio)",
        ),
    ],
)
def test_a_closing_apposition_on_who_a_person_is_is_the_writers(text, words):
    assert any(q["text"] == words for q in _quotes(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The mayor said the festival would move to Tromso, a city far to the north.",
            "the festival would move to Tromso, a city far to the north",
        ),
        (
            "The minister said Jo Park, a former mayor, would lead the inquiry into the flooding.",
            "Jo Park, a former mayor, would lead the inquiry into the flooding",
        ),
        (
            "Analysts said the merger would help Nordbank, a lender with few branches in the south.",
            "the merger would help Nordbank, a lender with few branches in the south",
        ),
    ],
)
def test_other_appositions_stay_in_what_was_said(text, words):
    assert any(q["text"] == words for q in _quotes(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The pilots complained of delays at the border.", "delays"),
        ("The candidate spoke about immigration at the rally.", "immigration"),
        ("The envoy warned of famine in the north.", "famine"),
    ],
)
def test_a_one_word_topic_of_a_verb_of_speaking_is_reported(text, words):
    assert any(q["text"] == words for q in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The senator campaigned for Lopez in the south.",
        "The pilots complained of headaches after the flight.",
        "The crowd argued about it for hours.",
    ],
)
def test_a_one_word_person_pronoun_or_symptom_is_no_topic(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("There were reports that the dam had cracked overnight.", "that the dam had cracked overnight"),
        (
            "The accusation that the coach had fixed the match shocked the town.",
            "that the coach had fixed the match",
        ),
        (
            "Despite promises that the clinic would reopen, the doors stayed shut.",
            "that the clinic would reopen",
        ),
    ],
)
def test_a_noun_of_saying_with_no_source_still_reports_its_that_clause(text, words):
    quote = next(q for q in _quotes(text) if q["text"] == words)
    assert quote["speaker_text"] is None and quote["speaker_kind"] == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "The report that the auditors wrote was never published.",
        "There is no claim that the vote was rigged.",
        "The fact that the dam had cracked was kept quiet.",
        "He left without any warning that he was going.",
        "The fear that prices would rise kept buyers away.",
    ],
)
def test_a_relative_clause_a_denied_noun_or_a_noun_of_no_saying_reports_nothing(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The minister denied taking bribes from the firm.", "taking bribes from the firm"),
        ("Several witnesses reported seeing a second car.", "seeing a second car"),
        ("The banker acknowledged making mistakes in the deal.", "making mistakes in the deal"),
    ],
)
def test_a_gerund_clause_is_what_a_verb_of_saying_reports(text, words):
    assert any(q["text"] == words for q in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The minister considered resigning after the vote.",
        "The colonel avoided meeting the rebel leader.",
        "The pilot remembered seeing smoke over the wing.",
        "The clerk finished sorting the files.",
    ],
)
def test_a_gerund_under_a_verb_of_no_saying_reports_nothing(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The teacher wrote of long hours and low pay.", "long hours and low pay"),
        ("The forecaster warned of a hard winter ahead.", "a hard winter ahead"),
        ("The veteran talked about the summer of 1944 in a quiet voice.", "the summer of 1944"),
    ],
)
def test_a_time_after_a_preposition_of_topic_is_what_was_said(text, words):
    assert any(q["text"] == words for q in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The coach talked for about two hours.",
        "The historian spoke in the 1990s.",
        "The leaders spoke during the night.",
    ],
)
def test_a_time_after_a_preposition_of_time_or_a_count_is_no_topic(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The bishop called Sunday for an end to the fighting.", "an end to the fighting"),
        ("Rival candidates called Thursday for a recount in the north.", "a recount in the north"),
    ],
)
def test_a_bare_day_after_call_is_when_not_a_label(text, words):
    assert any(q["text"] == words and q["cue"] == "called" for q in _quotes(text))


def test_a_naming_call_with_a_day_as_its_object_still_names():
    assert not any(
        q["text"] == "the meeting for Monday" for q in _quotes("The coach called the meeting for Monday.")
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Farmers protested the decision to cut subsidies.", "the decision to cut subsidies"),
        ("The fishermen protested the closure of the harbour.", "the closure of the harbour"),
        ("The bishops opposed the new guidelines on adoption.", "the new guidelines on adoption"),
    ],
)
def test_protesting_a_thing_and_a_stance_on_plural_rules_are_reported(text, words):
    assert any(q["text"] == words for q in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of parents protested outside the school.",
        "The union backed the truck into the yard.",
        "The players welcomed the fans at the gate.",
    ],
)
def test_protesting_somewhere_and_practical_senses_report_nothing(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The general's warning was blunt: the rebels would attack before winter.",
            "The general",
            "the rebels would attack before winter",
        ),
        (
            "The minister gave a simple answer: the money has run out.",
            "The minister",
            "the money has run out",
        ),
    ],
)
def test_an_unmarked_clause_after_a_colon_on_someones_words_is_what_they_said(text, speaker, words):
    quote = next(q for q in _quotes(text) if q["text"] == words)
    assert quote["speaker_text"] == speaker and quote["kind"] == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The answer is simple: the money has run out.",
        "The union made its position plain: no deal without a pay rise.",
        "The minister's car had one problem: the brakes were worn.",
        "The menu had three parts: soup, fish and cake.",
        "The mayor gave no answer: the crowd waited in silence.",
        "The senator's statement was false: the bill had passed in March.",
        "The governor's response was a shrug: nobody expected anything else.",
        "The coach's comments were unusual: he rarely speaks after a loss.",
    ],
)
def test_a_colon_after_words_of_nobody_or_before_no_clause_reports_nothing(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The coach fumed that the referee had ruined the match.", "that the referee had ruined the match"),
        ("The drivers vented about the state of the roads.", "the state of the roads"),
        ("The scientist postulated that the lake had once been a sea.", "that the lake had once been a sea"),
    ],
)
def test_verbs_of_venting_and_positing_report_what_was_said(text, words):
    assert any(q["text"] == words for q in _quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The pot seethed on the stove.",
        "The workers vented the gas from the tank.",
        "The children teased the dog in the garden.",
    ],
)
def test_their_physical_senses_report_nothing(text):
    assert _quotes(text) == []


def test_indirect_statements_are_found_from_their_cue_lemmas():
    text = (
        "The ferry operator said on Monday that crossings to Pellan would resume next week. "
        "Dock workers, the union announced, will return to the quays after the talks. "
        "A council spokeswoman added that repairs were nearly finished."
    )
    quotes = [q for q in _quotes(text) if q["kind"] == "indirect"]
    assert [q["cue"] for q in quotes] == ["said", "announced", "added"]
    assert [q["speaker_text"] for q in quotes] == ["The ferry operator", "the union", "A council spokeswoman"]
    assert quotes[0]["text"] == "that crossings to Pellan would resume next week"
