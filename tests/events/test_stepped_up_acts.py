"""An act kept up or stepped up is the event (``event_verbs.json`` light verbs 'keep' with 'up',
'intensify', 'escalate', 'expand', 'widen', 'broaden', 'redouble', 'ramp' with 'up'), as the CAMEO
dictionary's BOOST block codes the act it names; 'press for' stays a demand."""

import pytest

from dateline.nlp import get_nlp


def _readings(text):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2018-06-01"
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"))
        for e in nlp(doc)._.events or []
    ]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Chile kept up its criticism of Bolivia on Tuesday.", ("ACCUSE", "CHL", "BOL")),
        ("Peru intensified its criticism of Ecuador on Monday.", ("ACCUSE", "PER", "ECU")),
        ("Greece escalated its attacks on Turkish positions overnight.", ("ASSAULT", "GRC", "TUR")),
        ("Norway widened its investigation into the Swedish bank.", ("ACCUSE", "NOR", None)),
        (
            "The Kenyan government intensified its crackdown on the opposition.",
            ("ASSAULT", "KENGOV", "KENOPP"),
        ),
    ],
)
def test_an_act_kept_up_or_stepped_up_is_coded(text, reading):
    found = [
        (p, (s or "")[: len(reading[1])], t and t[: len(reading[2] or "")] or None)
        for p, s, t in _readings(text)
    ]
    assert reading in found, _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean leader kept his party out pending talks with Bolivia.",
        "Russia kept its promise to release the prisoners.",
        "The Kenyan company expanded its operations in Uganda.",
    ],
)
def test_keeping_without_up_or_growing_a_business_is_no_act(text):
    types = [p for p, _, _ in _readings(text)]
    assert not {"CONSULT", "ASSAULT", "AGREE"} & set(types), _readings(text)


def test_pressing_for_an_act_stays_a_demand():
    types = [p for p, _, _ in _readings("Iran pressed for talks with the United States.")]
    assert "REQUEST" in types and "CONSULT" not in types
