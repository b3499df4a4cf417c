"""A blank line starts a sentence: texts written for these tests."""

import pytest

from dateline.nlp import get_nlp
from dateline.nlp.paragraphs import wrapped_breaks


def _sentences(text):
    return [s.text.strip() for s in get_nlp()(text).sents if s.text.strip()]


def test_the_component_runs_before_the_parser():
    names = get_nlp().pipe_names
    assert names.index("dateline_paragraphs") < names.index("parser")


def test_a_headline_without_a_stop_is_a_sentence_of_its_own():
    text = "Mayor Opens New Bridge Over River\n\nThe mayor of Lyon opened a new bridge on Friday.\n"
    assert _sentences(text) == [
        "Mayor Opens New Bridge Over River",
        "The mayor of Lyon opened a new bridge on Friday.",
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Costa Slams Lemaire Over Tariffs\n\n"
            "Antonio Costa on Tuesday criticized Bruno Lemaire over the new steel tariffs.\n",
            "Antonio Costa",
            "Bruno Lemaire",
        ),
        (
            "Harris Attacks Pence Over Virus Response\n\n"
            "Kamala Harris on Wednesday criticized Mike Pence over the government's virus response.\n",
            "Kamala Harris",
            "Mike Pence",
        ),
    ],
)
def test_the_body_verb_keeps_its_own_subject_after_a_headline(text, source, target):
    dyads = [
        ((e["source"] or {}).get("text"), (e["target"] or {}).get("text")) for e in get_nlp()(text)._.events
    ]
    assert (source, target) in dyads, dyads


def test_a_paragraph_first_word_is_not_cut_off_on_its_own():
    text = "Costa Slams Lemaire Over Tariffs\n\nAntonio Costa on Tuesday criticized Bruno Lemaire.\n"
    doc = get_nlp()(text)
    assert _sentences(text)[1] == "Antonio Costa on Tuesday criticized Bruno Lemaire."
    assert "Antonio Costa" in [e.text for e in doc.ents]


def test_a_single_line_break_is_no_paragraph():
    text = "The minister arrived in Accra on Monday\nand met the president on Tuesday.\n"
    assert len(_sentences(text)) == 1


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "Troops sent to northern border\n"
            "NEW DELHI (AP) — India sent troops to its border with Nepal on Monday after a clash.\n",
            "Troops sent to northern border",
        ),
        (
            "Garrison town falls to rebels\n"
            "Rebel fighters seized the garrison town of Kidal on Sunday, the Malian army said.\n",
            "Garrison town falls to rebels",
        ),
        (
            "Strikers 'ready to walk out again'\n"
            "Dock workers in Rotterdam said on Friday they would strike again next week.\n",
            "Strikers 'ready to walk out again'",
        ),
    ],
)
def test_a_line_of_its_own_before_a_capital_is_a_sentence_of_its_own(text, head):
    assert _sentences(text)[0] == head


def test_the_headline_and_the_lede_on_single_lines_each_code_their_event():
    text = (
        "Troops sent to northern border\n"
        "NEW DELHI (AP) — India sent troops to its border with Nepal on Monday after a clash.\n"
    )
    doc = get_nlp()(text)
    newline = text.index("\n")
    starts = sorted((e["evidence"]["start"], e["plover"]["type"]) for e in doc._.events)
    assert any(start < newline and kind == "MOBILIZE" for start, kind in starts), starts
    assert any(start > newline and kind == "MOBILIZE" for start, kind in starts), starts


@pytest.mark.parametrize(
    "text",
    [
        # the next word would have fitted on the line: a name broken by the wrap stays whole
        "The delegation said on Wednesday that the talks with Prime Minister\n"
        "Tomas Varga had gone well and that the next round would open in May.\n",
        # a line ending in a conjunction, a preposition or a comma runs on
        "Officials from the ministries of Chile and\n"
        "Peru met in Lima on Thursday to discuss fishing rights in the disputed\n"
        "waters off the coast, and agreed to meet again in the spring.\n",
        "The governor, who arrived in the capital on Tuesday,\n"
        "Signed the decree before flying back to the coast.\n",
    ],
)
def test_a_hard_wrapped_paragraph_is_one_sentence(text):
    assert len(_sentences(text)) == 1, _sentences(text)


def test_wrapped_breaks_are_the_line_breaks_inside_a_hard_wrapped_sentence():
    text = (
        "The council met in the library on a wet night in March.\n"
        "The mayor said the council would ask the province to pay for new flood walls along\n"
        "the north bank and the old harbour.\n"
        "Officials said repairs would begin next week.\n"
    )
    doc = get_nlp()(text)
    assert wrapped_breaks(doc) == frozenset({text.index("along\n") + len("along")})
