"""Frames of real statements: a block paragraph after "X explained:", a "that" clause after "said
in a statement", a short quotation before the speaker's next act ("screamed “Mine!” and dived"),
a quotation set off by dashes after a name, and a relative clause after "said of X," that is the
writer's, not the speaker's.

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
            "The chief engineer explained:\n\nThe bridge was built for lighter trucks. Every crossing "
            "by a loaded lorry shortens its life by weeks.",
            "The chief engineer",
            "The bridge was built for lighter trucks. Every crossing by a loaded lorry shortens its "
            "life by weeks.",
        ),
        (
            "The harbour master warned:\n\nThe ice on the bay is thinner than it looks, and nobody "
            "should walk out past the old pier.",
            "The harbour master",
            "The ice on the bay is thinner than it looks, and nobody should walk out past the old pier.",
        ),
        (
            "A ranger on the ridge reported:\n\nThe river has burst its banks in three places, and the "
            "school is now a shelter for forty families.",
            "A ranger",
            "The river has burst its banks in three places, and the school is now a shelter for "
            "forty families.",
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


@pytest.mark.parametrize(
    "text",
    [
        "The coach never said:\n\nWe will win the league this year and the cup next year, whatever it takes.",
        "The minister would not say:\n\nThe army will leave the border towns before the winter comes.",
        "The union did not write:\n\nMembers will return to work on Monday if the company pays what it owes.",
    ],
)
def test_a_paragraph_after_a_negated_cue_and_a_colon_is_no_quote(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "She wrote:\n\nThe hospital will close its maternity ward in June, the health board said "
            "in a letter.",
            "the health board",
        ),
        (
            "Police said:\n\nThe two men left the bank at noon and drove north, said a witness who saw them.",
            "a witness",
        ),
        (
            "The mayor added:\n\nThe new bridge, the council said, will open to traffic before the end "
            "of the summer.",
            "the council",
        ),
    ],
)
def test_a_paragraph_after_a_colon_with_a_cue_clause_of_its_own_keeps_its_speaker(text, speaker):
    assert [q["speaker_text"] for q in _quotes(text)] == [speaker]


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
            "The auditors wrote in a letter sent to staff on Monday that two accounts had been frozen.",
            "The auditors",
            "that two accounts had been frozen",
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
            "“Nobody asked us,” the fishermen said of the quota, under which their catch had been halved.",
            "Nobody asked us",
        ),
        (
            "“It was a mistake,” the curator said of the auction, at which three paintings had gone "
            "for less than their frames.",
            "It was a mistake",
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
        ("The goalkeeper screamed “Mine!” and dived to his left.", "The goalkeeper", "Mine!"),
        ("A neighbour cried “Help us!” and banged on the door.", "A neighbour", "Help us!"),
        ("She shouted “Stop the car!” and ran toward the road.", "She", "Stop the car!"),
        ("He yelled “Fire!” and pulled the alarm.", "He", "Fire!"),
        (
            "The students chanted “No more fees!” and marched on the ministry.",
            "The students",
            "No more fees!",
        ),
    ],
)
def test_a_short_quotation_followed_by_the_speakers_next_act_is_a_quote(sentence, speaker, words):
    assert [(q["speaker_text"], q["text"]) for q in _quotes(sentence)] == [(speaker, words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He read “Bleak House” and fell asleep.",
        "He thought “What a mess” and went home.",
        "They watched “The Crown” and went to bed.",
        "The band played “Jerusalem” and left the stage.",
        "The fans sang “Ode to Joy” and waved their scarves.",
        "She hummed “Moon River” and went back to her knitting.",
        "The congregation sang “Abide With Me” and filed out of the church.",
        "The guests sang “Happy Birthday.”",
    ],
)
def test_a_short_title_followed_by_another_act_is_no_quote(sentence):
    assert _quotes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "Two ministers stayed silent, but the finance minister Eva Lind -- “We will not pay a cent” "
            "-- walked out.",
            "Eva Lind",
            "We will not pay a cent",
        ),
        (
            "Many doctors praised the study, among them the surgeon Lena Park -- “The data are clear and "
            "the method is sound” -- and a nurse.",
            "Lena Park",
            "The data are clear and the method is sound",
        ),
        (
            "Three unions rejected the offer, including the teachers' leader Paul Grant -- “Our members "
            "deserve better” -- and the rail workers.",
            "Paul Grant",
            "Our members deserve better",
        ),
        (
            "The striker Omar Haddad -- “I will score on Sunday” -- trained alone on Friday.",
            "Omar Haddad",
            "I will score on Sunday",
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
        "Fans welcomed Oasis -- “Don't Look Back In Anger” -- with a roar.",
        "Critics loved the novelist Ian Bell -- “The Sea Is Not Blue” -- for its plain style.",
    ],
)
def test_an_epithet_or_title_set_off_by_dashes_is_no_quote(sentence):
    assert _quotes(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nobody said:\n\nThe ferry will run again in April and the old timetable will come back.",
        "No official wrote:\n\nThe ferry will run again in April and the old timetable will come back.",
    ],
)
def test_a_paragraph_after_a_colon_of_a_negative_subject_is_no_quote(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A nurse yelled “STAY BACK NOW!” and pushed the door shut.", "STAY BACK NOW!"),
        ("The dockers chanted “Fair Pay Today” and marched to the gate.", "Fair Pay Today"),
    ],
)
def test_a_shout_in_capitals_before_the_next_act_is_still_a_quote(text, words):
    assert [q["text"] for q in _quotes(text)] == [words]


def test_a_dash_quotation_inside_a_said_that_report_leaves_the_report():
    text = (
        "The mayor said that his opponent Carl Brun -- “I will fix the roads” -- "
        "had missed every council meeting."
    )
    assert {q["speaker_text"] for q in _quotes(text)} == {"The mayor", "Carl Brun"}


def test_a_relative_clause_of_saying_is_not_the_paragraphs_own_cue():
    text = (
        "The harbour master added:\n\nThe pier will stay shut until the divers finish, and the boats, "
        "which the owners said were safe, will stay moored."
    )
    assert [q["speaker_text"] for q in _quotes(text)][:1] == ["The harbour master"]
