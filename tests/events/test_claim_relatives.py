"""A sentence-final claim noun after a comma with a reduced relative clause that denies, disputes or
confirms the claim ("..., a charge the ministry denied"): the clause before the comma is the main
clause and keeps the events it has alone; the denial of a claim is a statement, CAMEO 016, with no
PLOVER event (docs/annotation-guide.md sections 2 and 4; sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = get_nlp()(text)
    return [
        (
            e["plover"]["type"],
            e["source"]["text"] if e["source"] else "",
            e["target"]["text"] if e["target"] else "",
            e["modality"],
        )
        for e in doc._.events
    ]


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        (
            "Tanzania accused Burundi of arming militias near the lake, a charge Gitega denied.",
            "Tanzania accused Burundi of arming militias near the lake.",
        ),
        (
            "Guyana accused Venezuela of massing troops on the border, allegations Caracas rejected.",
            "Guyana accused Venezuela of massing troops on the border.",
        ),
        (
            "Albania accused Serbia of funding the gunmen, claims Belgrade has repeatedly disputed.",
            "Albania accused Serbia of funding the gunmen.",
        ),
        (
            "Djibouti accused Eritrea of seizing two boats, an allegation Asmara dismissed on Friday.",
            "Djibouti accused Eritrea of seizing two boats.",
        ),
        (
            "Gunmen kidnapped nine farm workers, local officials said, a version the militia disputed.",
            "Gunmen kidnapped nine farm workers, local officials said.",
        ),
        (
            "Jordan accused Syria of smuggling drugs across the frontier, charges Damascus denies.",
            "Jordan accused Syria of smuggling drugs across the frontier.",
        ),
    ],
)
def test_the_clause_before_the_claim_keeps_its_events(text, alone):
    assert _events(text) == _events(alone)
    assert _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru accused Bolivia of sheltering the fugitive, charges La Paz officials rejected.",
        "Peru accused Bolivia of sheltering the fugitive, charges that La Paz has rejected.",
        "Peru accused Bolivia of sheltering the fugitive, an accusation which La Paz dismissed.",
    ],
)
def test_the_denial_of_the_claim_is_no_event(text):
    assert [e[0] for e in _events(text)] == ["ACCUSE"]


def test_a_headline_with_its_claim_phrase_keeps_its_accusation():
    text = "Thailand accuses Cambodia of border raid, a charge Phnom Penh denies\n\nNo one was hurt."
    doc = get_nlp()(text)
    assert [(e["plover"]["type"], e["source"]["text"], e["target"]["text"]) for e in doc._.events] == [
        ("ACCUSE", "Thailand", "Cambodia")
    ]


def test_the_claim_phrase_is_read_as_a_relative_clause():
    doc = get_nlp()("Jordan accused Syria of smuggling drugs across the frontier, charges Damascus denies.")
    charges = next(t for t in doc if t.text == "charges")
    denies = next(t for t in doc if t.text == "denies")
    assert (charges.head.text, charges.dep_, charges.tag_) == ("accused", "npadvmod", "NNS")
    assert (denies.head.text, denies.dep_) == ("charges", "relcl")
    assert next(t for t in doc if t.text == "Damascus").head.text == "denies"


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokeswoman denied the charge.",
        "The charge the envoy denied was grave.",
        "The junta dissolved parliament, a move that angered its neighbours.",
        "The court barred the candidate, a ruling her party appealed.",
        "The senator accused the mayor of lying, a charge she repeated on Sunday.",
        "The ministry said the charges Rome denies are baseless.",
    ],
)
def test_other_shapes_keep_their_parse(text):
    nlp = get_nlp()
    claims = nlp.get_pipe("dateline_verb_forms").claims
    doc = nlp(text)
    before = [(t.head.i, t.dep_) for t in doc]
    for sent in doc.sents:
        found = claims.claim_noun(sent)
        if found is not None:
            assert not claims.reparse(doc, sent, *found)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_sentence_boundaries_stay_where_they_were():
    text = (
        "Fiji accused Tonga of detaining its sailors, a charge Nuku'alofa denied. The sailors were freed "
        "on Sunday, officials said."
    )
    sents = [s.text for s in get_nlp()(text).sents]
    assert sents == [
        "Fiji accused Tonga of detaining its sailors, a charge Nuku'alofa denied.",
        "The sailors were freed on Sunday, officials said.",
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The wardens starved the detainees, the families said, an account the jail authority denied.",
            "The wardens starved the detainees",
        ),
        (
            "Soldiers shot at farmers near the well, a monitoring group said, a figure the army disputed.",
            "Soldiers shot at farmers near the well",
        ),
    ],
)
def test_a_reply_to_a_report_before_its_cue_is_not_part_of_the_quote(text, said):
    assert [q["text"] for q in get_nlp()(text)._.quotes] == [said]


def test_a_phrase_with_no_answering_verb_is_not_parsed_again():
    nlp = get_nlp()
    claims = nlp.get_pipe("dateline_verb_forms").claims
    doc = nlp("The harbour reopened on Tuesday, the report said.")
    assert claims.claim_noun(next(iter(doc.sents))) is None
