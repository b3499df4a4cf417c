"""An intent voiced by a verb and an intent noun (``ontology/intent_predicates.json``): in a Title
Case headline whose verb the tagger reads as a plural noun, with an act in a "for" phrase, with an
act no intent recodes (the act planned), and a labour strike intended by a union."""

import pytest

from dateline.nlp import get_nlp

LEDE = "\n\nThe announcement was made on Wednesday, aides said."


def _coded(text):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-09"
    line = text.split("\n")[0]
    return [
        (e["plover"]["type"], e["cameo"]["code"], e["modality"], (e.get("source") or {}).get("code"))
        for e in (nlp(doc)._.events or [])
        if e["evidence"]["start"] < len(line)
    ]


@pytest.mark.parametrize(
    ("line", "plover", "code", "source"),
    [
        ("Jordan Signals Intent to Expel Syrian Diplomats", "THREATEN", "1313", "JOR"),
        ("Latvia Voices Readiness to Resume Talks With Lithuania", "AGREE", "036", "LVA"),
        ("Panama Signals Willingness to Hold Talks With Cuba", "AGREE", "036", "PAN"),
    ],
)
def test_a_title_case_voicing_verb_read_as_a_noun_voices_the_intent(line, plover, code, source):
    found = _coded(line + LEDE)
    assert any(t == plover and c == code and s == source for t, c, _, s in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The junta expressed readiness for talks with the exiles.", "036"),
        ("The guerrillas expressed willingness for a ceasefire.", "0356"),
    ],
)
def test_an_act_in_an_intent_nouns_for_phrase_is_the_intent(text, code):
    found = _coded(text)
    assert any(t == "AGREE" and c == code for t, c, _, _ in found), found
    assert not any(c == "013" for _, c, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The airline stated its intention to sue the transport ministry.", "ACCUSE"),
        ("The senator voiced her intention to investigate the mayor.", "ACCUSE"),
    ],
)
def test_an_intent_no_recoding_types_is_the_act_planned(text, plover):
    found = _coded(text)
    assert any(t == plover and m == "planned" for t, _, m, _ in found), found
    assert not any(t == "AGREE" for t, _, _, _ in found), found


def test_a_unions_voiced_intent_to_strike_is_a_threat_of_dissent():
    found = _coded("The dockers' union reaffirmed its determination to strike until pay rises.")
    assert any(t == "THREATEN" and c == "133" for t, c, _, _ in found), found


@pytest.mark.parametrize(
    ("line", "plover", "code"),
    [
        ("Lesotho signals intent to expel two Danish diplomats", "THREATEN", "1313"),
        ("Fiji signals readiness to resume talks with Tonga", "AGREE", "036"),
    ],
)
def test_a_sentence_case_headline_voicing_an_intent_is_no_deed_done(line, plover, code):
    assert [(p, c) for p, c, _, _ in _coded(line + LEDE)] == [(plover, code)]


def test_a_promised_police_deployment_is_planned_not_a_threat():
    coded = _coded("Ghana vowed to deploy police to Liberia.")
    assert [(p, c, m) for p, c, m, _ in coded] == [("MOBILIZE", "153", "planned")]
