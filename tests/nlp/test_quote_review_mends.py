"""Near shapes of the light-verb source, the inverted cue and the closing noun of saying.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes or []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Senator Ray Duval, who made the claim that the vote was rigged, resigned on Friday.", "Ray Duval"),
        ("Villagers, who made complaints that the mine poisoned their wells, were ignored.", "Villagers"),
    ],
)
def test_a_light_verb_in_a_relative_clause_gives_the_words_to_its_antecedent(text, speaker):
    nominal = [q for q in _quotes(text) if q["text"].startswith("that ")]
    assert len(nominal) == 1
    assert nominal[0]["speaker_text"] is not None and speaker in nominal[0]["speaker_text"]


@pytest.mark.parametrize(
    "text",
    [
        "The film stars Kofi Mensah, noted actor Ivo Brandt.",
        "Among the guests were two senators, declared candidate Rob Hale.",
    ],
)
def test_a_participle_adjective_before_a_role_noun_is_no_inverted_cue(text):
    assert _quotes(text) == []


def test_an_inverted_cue_before_a_bare_role_and_name_stays_a_report():
    quotes = _quotes("Entry is free for children under five, added organiser Tom Marsh.")
    assert [(q["speaker_text"], q["text"]) for q in quotes] == [
        ("organiser Tom Marsh", "Entry is free for children under five")
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Harlow said the club had received a letter, a complaint signed by 40 parents.",
            "the club had received a letter, a complaint signed by 40 parents",
        ),
        (
            "Moss said the firm had sent a reply, a statement that dismissed the charges.",
            "the firm had sent a reply, a statement that dismissed the charges",
        ),
        (
            "Kaur said she had never taken a bribe, a denial her accusers reject.",
            "she had never taken a bribe",
        ),
    ],
)
def test_a_noun_of_saying_renaming_a_text_stays_in_the_report(text, said):
    assert [q["text"] for q in _quotes(text)] == [said]


@pytest.mark.parametrize(
    "text",
    [
        "Diaz made no claim that the vote was rigged.",
        "Diaz has never made the claim that the vote was rigged.",
        "The board gave no assurance that the plant would stay open.",
    ],
)
def test_a_denied_noun_under_a_light_verb_credits_no_one(text):
    assert all(q["speaker_text"] is None for q in _quotes(text))
