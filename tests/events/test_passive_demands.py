"""The passive subject of a demanded act ("said the rebels must be punished") is not the one the
demand is made of: its doer is, named by a by-phrase or not at all."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str) -> list[dict]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-09"
    return list(nlp(doc)._.events or [])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The senator said the rebels must be punished for the massacre.", None),
        ("The opposition leader said the detainees must be released immediately.", None),
        ("The bishop said the prisoners must be freed by the junta.", "the junta"),
        ("The senator said the rebels must lay down their arms.", "the rebels"),
        ("The bishop said the junta must release the prisoners.", "the junta"),
    ],
)
def test_a_demand_is_made_of_the_doer_not_of_a_passive_subject(text, target):
    demands = [e for e in _events(text) if e["rule"].startswith("demand:")]
    assert demands
    assert (demands[0].get("target") or {}).get("text") == target
