"""More statement shapes that were missed, and the near shapes that must stay without a quote.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes or []


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_text"], q["text"]) for q in _quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The governor has been frank in his acknowledgment that the dam needs repairs.",
            "his",
            "that the dam needs repairs",
        ),
        (
            "Lopez's confession that she took the money surprised the court.",
            "Lopez's",
            "that she took the money",
        ),
        (
            "The coach's concession that the team played badly came late.",
            "The coach's",
            "that the team played badly",
        ),
        ("Her promises to cut bus fares were popular in the suburbs.", "Her", "to cut bus fares"),
        ("The union's demand to reopen the talks was rejected.", "The union's", "to reopen the talks"),
        ("His threat to quit the cabinet shook the coalition.", "His", "to quit the cabinet"),
    ],
)
def test_more_nouns_of_saying_report_their_clause(text, speaker, words):
    assert (speaker, words) in _reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "The flood was a reminder that the old dam is weak.",
        "The result brought confirmation that the vote was close.",
        "The council approved a plan to cut bus fares.",
        "The mayor's offer to the club was generous.",
        "There was a call to the police at noon.",
        "The mining concession that the state granted in 2010 expired.",
        "The order to the factory arrived late.",
    ],
)
def test_a_noun_with_no_source_or_no_clause_reports_nothing(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "She has called the floods in the valley a disaster for the region.",
            "She",
            "the floods in the valley a disaster for the region",
        ),
        ("The farmers called the new levy a tax on bread.", "The farmers", "the new levy a tax on bread"),
    ],
)
def test_a_naming_cue_with_object_and_label_read_as_two_objects_names(text, speaker, words):
    assert (speaker, words) in _reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coach called the players inside.",
        "He called his mother Sunday.",
        "He called the office in Rome twice.",
    ],
)
def test_a_call_with_one_object_names_nothing(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Senator Ana Ruiz called Friday for releasing the budget files.", "releasing the budget files"),
        ("Mayors weighed in Friday about whether the fees should rise.", "whether the fees should rise"),
    ],
)
def test_a_bare_day_between_a_cue_and_its_topic_is_when_it_was_said(text, words):
    assert any(w == words for _, w in _reported(text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the meeting for Monday.",
        "The boxer weighed in Friday at 70 kilograms.",
    ],
)
def test_a_day_and_no_topic_reports_nothing(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The chairman indicated that he would resign in May.",
            "The chairman",
            "that he would resign in May",
        ),
        (
            "Minister Ana Ortiz signalled that she would stand again.",
            "Minister Ana Ortiz",
            "that she would stand again",
        ),
        (
            "The senators point out the flaws of the new scheme.",
            "The senators",
            "the flaws of the new scheme",
        ),
        ("Lena Park spoke out against the closures.", "Lena Park", "the closures"),
        (
            "Both parties have opposed the new trade deal with Chile.",
            "Both parties",
            "the new trade deal with Chile",
        ),
    ],
)
def test_more_verbs_of_stating_report(text, speaker, words):
    assert (speaker, words) in _reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "He found the door was open.",
        "She indicated the exit with her hand.",
        "The archer pointed the arrow at the target.",
        "He spoke against the bronze backdrop of the old harbour.",
        "The rebels opposed the army in the north.",
        "The driver signalled left at the corner.",
    ],
)
def test_their_other_senses_report_nothing(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The senator's call for an inquiry into the spill was ignored.",
            "The senator's",
            "an inquiry into the spill",
        ),
        ("Demands from the union for higher pay reached the board.", "the union", "higher pay"),
        ("The firm's request for a bigger loan was denied.", "The firm's", "a bigger loan"),
    ],
)
def test_a_noun_of_asking_with_its_source_reports_what_was_asked_for(text, speaker, words):
    assert (speaker, words) in _reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "There were renewed calls for an inquiry into the spill.",
        "The mayor's call for Monday morning was short.",
        "The demand for steel rose last year.",
    ],
)
def test_a_noun_of_asking_with_no_source_or_a_time_reports_nothing(text):
    assert _quotes(text) == []
