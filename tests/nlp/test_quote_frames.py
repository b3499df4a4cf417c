"""Frames of real statements: a block paragraph after "X added:", a "that" clause after "said in a
statement", a short quotation before the speaker's next act ("chanted “What curfew?” and kept marching"), a quotation set off by dashes
after a name, and a relative clause after "said of X," that is the writer's, not the speaker's.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest

from dateline.nlp import get_nlp


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The minister added:\n\nThe reform is necessary. Without it the pension fund will run dry "
            "by 2030, and nobody wants that.",
            "The minister",
            "The reform is necessary. Without it the pension fund will run dry by 2030, "
            "and nobody wants that.",
        ),
        (
            "The governor wrote:\n\nThis is a sad day for the state. We will rebuild every home that "
            "was lost, whatever it costs.",
            "The governor",
            "This is a sad day for the state. We will rebuild every home that was lost, whatever it costs.",
        ),
        (
            "The judge concluded:\n\nThe evidence does not support the charge. The defendant is free "
            "to go, and the court thanks the jury.",
            "The judge",
            "The evidence does not support the charge. The defendant is free to go, "
            "and the court thanks the jury.",
        ),
    ],
)
def test_a_paragraph_after_a_cue_clause_ending_in_a_colon_is_what_was_said(text, speaker, words):
    quotes = _quotes(text)
    assert [(q["speaker_text"], q["text"]) for q in quotes] == [(speaker, words)]


@pytest.mark.parametrize(
    "text",
    [
        "The plan has three parts:\n\nNew roads will be built in the north. Schools will get more money.",
        "Here is what we know so far:\n\nTwo people were hurt in the fire, and the building was empty.",
        "She plans to tell voters:\n\nThe town deserves better schools, and she will fight for them.",
        "He thought about the offer for a long time:\n\nThe money was good, but the job was far away.",
        "The minister spoke for an hour:\n\nThe crowd listened quietly, and some people left before the end.",
        "The mayor wants to know:\n\nWhy were the roads not cleared before the storm hit the town?",
        "The rules are simple:\n\nEvery player must wear a helmet, and no one may leave the field early.",
    ],
)
def test_a_paragraph_after_a_colon_of_no_statement_is_no_quote(text):
    assert _quotes(text) == []


def test_a_cue_clause_with_words_of_its_own_before_the_colon_keeps_them():
    text = "The mayor said the plan had two parts:\n\nNew roads will be built in the north next year."
    quotes = _quotes(text)
    assert all("New roads" not in q["text"] for q in quotes)


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "The ministry said in a statement that the border would stay closed until Friday.",
            "The ministry",
            "that the border would stay closed until Friday",
        ),
        (
            "The union said in a statement that the strike would continue, and that talks had collapsed.",
            "The union",
            "that the strike would continue, and that talks had collapsed",
        ),
        (
            "The group said in a report released Thursday that prisoners had been beaten.",
            "The group",
            "that prisoners had been beaten",
        ),
    ],
)
def test_a_that_clause_after_the_medium_of_a_cue_is_what_the_cue_reports(sentence, speaker, words):
    quotes = _quotes(sentence)
    assert [(q["speaker_text"], q["text"]) for q in quotes] == [(speaker, words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator spoke in a hall that the city had rented for the night.",
        "The company plans in a filing that it will close the plant.",
        "Residents learned in a letter that the water would be shut off.",
        "The farmers, in a statement that nobody expected, were silent about the price.",
    ],
)
def test_a_that_clause_on_a_noun_after_in_of_no_cue_is_no_quote(sentence):
    assert _quotes(sentence) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "“We have no money left,” the mayor said of the budget, in which she saw no room for cuts.",
            "We have no money left",
        ),
        (
            "“It is over,” the coach said of the season, in which he had been sure "
            "the team would win the cup.",
            "It is over",
        ),
    ],
)
def test_a_relative_clause_after_said_of_is_the_writers(text, words):
    assert [q["text"] for q in _quotes(text)] == [words]


@pytest.mark.parametrize(
    "sentence",
    [
        "She said of the plan, which she called unfair, that it would fail.",
        "The mayor said of the budget, which was passed in May, that it left no room for cuts.",
    ],
)
def test_a_that_clause_after_a_relative_clause_set_off_by_commas_is_still_reported(sentence):
    quotes = _quotes(sentence)
    assert len(quotes) == 1 and quotes[0]["text"].startswith("that it")


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        ("Protesters chanted “What curfew?” and kept marching until dawn.", "Protesters", "What curfew?"),
        ("She shouted “Stop the car!” and ran toward the road.", "She", "Stop the car!"),
        ("He yelled “Fire!” and pulled the alarm.", "He", "Fire!"),
    ],
)
def test_a_short_quotation_followed_by_the_speakers_next_act_is_a_quote(sentence, speaker, words):
    assert [(q["speaker_text"], q["text"]) for q in _quotes(sentence)] == [(speaker, words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "She read “War and Peace” and loved it.",
        "He thought “What a mess” and went home.",
        "They watched “The Crown” and went to bed.",
        "The band played “Jerusalem” and left the stage.",
    ],
)
def test_a_short_title_followed_by_another_act_is_no_quote(sentence):
    assert _quotes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "Several Republicans agreed, including the former governor Tom Hale -- “It is a disgrace "
            "to the party” -- and two senators.",
            "Tom Hale",
            "It is a disgrace to the party",
        ),
        (
            "The coach, Ben Ruiz -- “I have never seen a team play like this” -- was in tears.",
            "Ben Ruiz",
            "I have never seen a team play like this",
        ),
    ],
)
def test_a_quotation_set_off_by_dashes_after_a_name_is_theirs(sentence, speaker, words):
    assert [(q["speaker_text"], q["text"]) for q in _quotes(sentence)] == [(speaker, words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ana Ruiz -- “the iron lady of the north” -- won again.",
        "The film -- “Jaws of the Deep Blue Sea” -- opened on Friday.",
        "His nickname -- “the man who never sleeps” -- stuck for years.",
        "The band Queen -- “We Will Rock You” -- played last.",
    ],
)
def test_an_epithet_or_title_set_off_by_dashes_is_no_quote(sentence):
    assert _quotes(sentence) == []
