"""Statement shapes and speakers: reports that were lost or credited to the wrong phrase, and the
near shapes that must stay without a quote.

Every sentence here is written for these tests (none comes from an evaluation file).
"""

import pytest
from spacy.tokens import Doc

from dateline.nlp import get_nlp
from dateline.nlp.quote_cues import cues
from dateline.nlp.quote_geometry import QuoteGeometry
from dateline.nlp.quote_marks import pair_quotes
from dateline.nlp.quote_speakers import Attributor


def _quotes(text: str) -> list[dict]:
    return get_nlp()(text)._.quotes or []


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_text"], q["text"]) for q in _quotes(text)]


def test_a_participle_hung_on_a_quoted_word_is_said_by_the_clause_subject():
    text = (
        "Ms. Ruiz dodged the question at first -- ''No comment'' -- and, when pressed after the "
        "vote, asserting, ''Of course, we will cut the tax.''"
    )
    quote = next(q for q in _quotes(text) if "cut the tax" in q["text"])
    assert quote["speaker_text"] == "Ms. Ruiz"


def test_a_participle_after_an_opening_phrase_is_said_by_the_clause_subject():
    quote = _quotes(
        "The banks have hidden their losses, in many cases reporting different figures to regulators."
    )
    assert [(q["speaker_text"], q["text"]) for q in quote] == [
        ("The banks", "different figures to regulators")
    ]


def test_a_participle_on_a_document_or_a_person_keeps_its_noun():
    assert _reported("The council issued a statement saying the road would close.")[0][0] == "The council"
    assert _reported("She spoke at a rally in the square announcing that she would run.")[0][0] == "She"


def test_a_subject_the_parse_hung_on_a_heading_above_is_the_cue_subject():
    words = [
        "Mayor",
        "Opens",
        "Bridge",
        "\n\n",
        "Jo",
        "Lee",
        ",",
        "smiling",
        ",",
        "said",
        "it",
        "was",
        "done",
        ".",
    ]
    spaces = [True, True, False, False, True, False, True, False, True, True, True, True, False, False]
    doc = Doc(
        get_nlp().vocab,
        words=words,
        spaces=spaces,
        pos=["PROPN", "VERB", "PROPN", "SPACE", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT", "VERB"]
        + ["PRON", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "VBZ", "NNP", "_SP", "NNP", "NNP", ",", "VBG", ",", "VBD", "PRP", "VBD", "VBN", "."],
        heads=[1, 9, 1, 2, 5, 1, 9, 9, 9, 9, 12, 12, 9, 9],
        deps=["nsubj", "parataxis", "dobj", "dep", "compound", "nsubj", "punct", "advcl", "punct", "ROOT"]
        + ["nsubjpass", "auxpass", "ccomp", "punct"],
        lemmas=[
            "mayor",
            "open",
            "bridge",
            "\n\n",
            "Jo",
            "Lee",
            ",",
            "smile",
            ",",
            "say",
            "it",
            "be",
            "do",
            ".",
        ],
    )
    doc._.entities = []
    attributor = Attributor(QuoteGeometry(doc, []), cues())
    assert attributor.subject_of(doc[9]).text == "Lee"
    # a cue in the heading's own paragraph keeps its own subject
    assert attributor.subject_of(doc[1]).text == "Mayor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan is costly, according to a speech Ms. Ruiz gave at the college in May.", "Ms. Ruiz"),
        (
            "The tax is unfair, according to a letter that Senator Ana Ruiz wrote to the board.",
            "Senator Ana Ruiz",
        ),
        ("The tax is unfair, according to a letter that reached the board on Monday.", "a letter"),
    ],
)
def test_according_to_a_document_someone_gave_or_wrote_credits_its_author(text, speaker):
    assert _reported(text)[0][0] == speaker


def test_a_topic_after_the_speech_it_was_given_in():
    assert _reported("The governor spoke during her address of a small bridge built by hand in 1820.") == [
        ("The governor", "a small bridge built by hand in 1820")
    ]
    assert _reported("The senator spoke at the rally of the mill closures.") == [
        ("The senator", "the mill closures")
    ]
    assert _reported("The senator spoke at the opening of the museum.") == []


def test_announced_plans_with_a_time_between_report_the_to_clause():
    assert _reported("The union announced plans this week to strike at four plants in the north.") == [
        ("The union", "to strike at four plants in the north")
    ]
    assert _reported("The firm announced plans Tuesday to close two mills.") == [
        ("The firm", "to close two mills")
    ]
    assert _reported("The union announced a strike this week.") == [("The union", "a strike")]


def test_an_opening_mark_typed_where_a_quotation_closes_closes_it():
    text = "“We will build the dam,“ the mayor said."
    assert pair_quotes(text) == (pair_quotes("“We will build the dam,” the mayor said.")[0], 0)
    text = (
        "The mayor made the following remark:\n\n“For families who rent in the old town, heating "
        "costs have doubled. Near the river they have tripled.“\n\nThe council checked the figures."
    )
    quote = _quotes(text)[0]
    assert quote["kind"] == "direct" and quote["speaker_text"] == "The mayor"
    assert quote["text"].endswith("they have tripled.")
    # an opening mark after a space still opens a quotation inside an open one
    assert len(pair_quotes("“She said “no” twice,” he wrote.")[0]) == 1


def test_indicating_as_much_is_a_statement_of_a_person():
    assert _reported("The head of the club indicated as much in a letter to the members.") == [
        ("The head of the club", "as much")
    ]
    assert _reported("The minister signalled as much on Monday.") == [("The minister", "as much")]
    assert _reported("She said as much on Monday.") == [("She", "as much")]


def test_pressing_someone_on_a_topic_asks_about_it():
    assert _reported("The host, who had pressed the candidate on her failure to pay the fine, laughed.") == [
        ("The host", "her failure to pay the fine")
    ]
    pressed = _reported(
        "When pressed on why the budget leaves out nurses, the governor said it was only a start."
    )
    assert (None, "why the budget leaves out nurses") in pressed


@pytest.mark.parametrize(
    "text",
    [
        "The nurse pressed on the wound to stop the bleeding.",
        "The troops pressed on toward the border.",
        "The troops pressed on with the attack.",
        "The senator spoke at the opening of the museum.",
        "The firm plans to close two mills next year.",
        "The board decided on Monday to close two mills.",
        "The union hopes this week to strike a deal.",
        "The mayor thinks the bridge will be finished by spring.",
    ],
)
def test_near_shapes_make_no_quote(text):
    assert _quotes(text) == []


def test_advocating_is_a_stand_taken_out_loud():
    assert _reported("She has long advocated tougher limits on lobbying.") == [
        ("She", "tougher limits on lobbying")
    ]
    assert _reported("The alliance advocates for equal pay for young workers.") == [
        ("The alliance", "equal pay for young workers")
    ]
    assert _quotes("The advocates of the plan met on Monday.") == []


def test_a_report_cut_before_a_second_predicate_drops_the_linking_yet():
    quote = _quotes("It is odd that the mayor demands silence from her staff, yet refuses to answer.")[0]
    assert quote["text"] == "silence from her staff"


def test_a_to_clause_right_after_a_reported_plan_or_rule_is_part_of_it():
    assert _reported("The group advocates a set of rules to end the loophole.") == [
        ("The group", "a set of rules to end the loophole")
    ]
    assert _reported("The film highlights the deaths of two miners to give context to the strike.") == [
        ("The film", "the deaths of two miners")
    ]


def test_pointing_to_a_thing_as_something_cites_it():
    assert _reported("The bank pointed to the closure of the mill as an example of rising costs.") == [
        ("The bank", "the closure of the mill as an example of rising costs")
    ]
    pointed_out = _reported("The senator pointed out the flaws in the bill.")
    assert pointed_out == [("The senator", "the flaws in the bill")]
    assert _quotes("The guide pointed to the hills behind the village.") == []


def test_who_after_an_aside_agrees_with_its_verb():
    assert _reported("Critics of the mayor, who has said the tax is fair, were loud.") == [
        ("the mayor", "the tax is fair")
    ]


def test_a_participle_carrying_on_the_speakers_talk_is_a_quote_of_its_own():
    assert _reported(
        "Her lawyer said she would appeal, arguing that the judge had ignored key evidence."
    ) == [
        ("Her lawyer", "she would appeal"),
        ("Her lawyer", "that the judge had ignored key evidence"),
    ]
    marched = _reported(
        "The officer said the protesters marched to the square, chanting slogans against the war."
    )
    assert marched == [
        ("The officer", "the protesters marched to the square, chanting slogans against the war")
    ]


def test_a_name_apposed_to_a_fronted_object_before_a_parenthetical_cue_is_the_speaker():
    for text in (
        "To see the old harbour, Chief Justice Alder said, one should take the ferry.",
        "To know the old Hudson Valley, Chief Justice Alder said, one should walk its trails.",
    ):
        assert [q["speaker_text"] for q in _quotes(text)] == ["Chief Justice Alder"]


def test_a_title_with_its_name_in_apposition_stays_the_whole_speaker():
    quote = _quotes("After hearing the news, the mayor, Jo Lee, said the town would recover.")
    assert [(q["speaker_text"], q["text"]) for q in quote] == [
        ("the mayor, Jo Lee", "the town would recover")
    ]


def test_a_dash_credited_quotation_with_a_nested_quotation_is_quoted_whole():
    text = (
        "The panel asked readers for their views.\n"
        "“The council keeps its so-called “savings” while the parks close.” ― Lena Ortiz"
    )
    direct = [(q["speaker_text"], q["text"]) for q in _quotes(text) if q["kind"] == "direct"]
    assert direct == [("Lena Ortiz", "The council keeps its so-called “savings” while the parks close.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Ona Field made a remark that the farmers were lazy.",
            [("Senator Ona Field", "that the farmers were lazy")],
        ),
        (
            "The mayor went on to make the argument that the bridge is safe.",
            [("The mayor", "that the bridge is safe")],
        ),
    ],
)
def test_the_subject_of_a_light_verb_gives_the_words_of_its_noun_of_saying(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor will make the case that the bridge is safe.",
        "The mayor wants to make the argument that the bridge is safe.",
    ],
)
def test_a_light_verb_yet_to_act_gives_no_one_the_words(text):
    assert all(q["speaker_text"] is None for q in _quotes(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair opens on Friday and runs for a week, added organiser Tom Marsh.",
            [("organiser Tom Marsh", "The fair opens on Friday and runs for a week")],
        ),
        (
            "Entrants must be between the ages of 12 and 16 and must live in the county, added Marsh.",
            [("Marsh", "Entrants must be between the ages of 12 and 16 and must live in the county")],
        ),
    ],
)
def test_an_inverted_cue_read_as_a_modifier_of_the_name_still_reports_the_clause(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text",
    ["He bought flour and eggs, added sugar.", "The cake was baked with flour, added Marsh sugar."],
)
def test_a_participle_before_a_thing_reports_nothing(text):
    assert _quotes(text) == []


def test_a_subject_the_parse_hung_on_a_parenthetical_cue_is_part_of_what_was_said():
    text = "The pipes, the board said in a statement, are safe."
    quotes = _quotes(text)
    assert [(q["speaker_text"], [text[a:b] for a, b in q["parts"]]) for q in quotes] == [
        ("the board", ["The pipes", "are safe."])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board insisted the pipes were safe, a claim disputed by residents.",
            [("The board", "the pipes were safe")],
        ),
        (
            "The mayor said the report was written by Ortiz, a critic who resigned.",
            [("The mayor", "the report was written by Ortiz, a critic who resigned")],
        ),
    ],
)
def test_a_closing_noun_of_saying_names_the_report_and_is_not_part_of_it(text, expected):
    assert _reported(text) == expected


def test_a_cue_clause_in_commas_the_parse_hung_under_the_verb_after_it_is_parenthetical():
    text = "While leaving the lot, she told police, she saw a man near the door."
    quotes = _quotes(text)
    assert [(q["speaker_text"], [text[a:b] for a, b in q["parts"]]) for q in quotes] == [
        ("she", ["While leaving the lot", "she saw a man near the door."])
    ]
    assert _quotes("He is gone, she thinks, for good.") == []
