"""A lead's dissent told in a relative clause or a participle after the ones who voice it
(``clauses.told_in_passing``): "beat back farmers who were demonstrating against a tax" codes the
farmers' protest beside the beating; not a protest of an earlier year, nor one inside another
modifier, nor an act of another type."""

import pytest

from dateline.nlp import get_nlp


def _readings(text):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2018-06-01"
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("code"), e["confidence"])
        for e in nlp(doc)._.events or []
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Troops in Lima beat back farmers who were demonstrating against a new irrigation tax.", "PERAGR"),
        ("Peruvian police arrested dozens of miners who protested against the new law.", "PERLAB"),
        ("Chilean riot police dispersed hundreds of workers protesting the closure of the port.", "CHLLAB"),
        ("The Greek minister met farmers protesting the fuel tax.", "GRCAGR"),
    ],
)
def test_dissent_said_of_its_doers_is_coded_in_a_lead(text, source):
    found = [(p, s) for p, s, c in _readings(text) if c >= 0.7]
    assert ("PROTEST", source) in found, _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Peruvian miners who protested the dam in 2015 returned to court on Monday.",
        "The Chilean union, which represents 2,500 workers protesting job cuts, said talks had failed.",
        "Ghanaian police detained journalists who were covering the rally.",
    ],
)
def test_earlier_nested_or_other_acts_code_no_protest(text):
    assert "PROTEST" not in [p for p, _, _ in _readings(text)]
