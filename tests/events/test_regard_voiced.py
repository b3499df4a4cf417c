"""Regard voiced with the light verbs of voicing ('expressed respect for', 'voiced admiration for',
'expressed thanks to') is praise, SUPPORT 051, aimed at the one the 'for' or 'to' phrase names; the
CAMEO dictionary's EXPRESS patterns still code what they name (concern, anger, appreciation)."""

import pytest

from dateline.nlp import get_nlp


def _coded(text: str) -> list[tuple[str, str, str | None, str | None]]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-09"
    return [
        (
            e["plover"]["type"],
            e["cameo"]["code"],
            (e["source"] or {}).get("text"),
            (e["target"] or {}).get("text"),
        )
        for e in nlp(doc)._.events or []
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Chilean president expressed admiration for the Peruvian rescuers.", "the Peruvian rescuers"),
        ("The Chilean foreign minister expressed thanks to Peru for its help in the floods.", "Peru"),
        ("The Bolivian president voiced respect for the Peruvian envoys.", "the Peruvian envoys"),
        ("The Chilean envoy expressed deep esteem for Peru's mediators.", None),
    ],
)
def test_regard_voiced_is_praise(text, target):
    coded = _coded(text)
    assert [t for t, *_ in coded] == ["SUPPORT"]
    assert coded[0][1] == "051"
    if target is not None:
        assert coded[0][3] == target


def test_mutual_respect_is_praise_both_ways():
    coded = _coded("Chile and Peru expressed mutual respect for each other.")
    assert {(t, s, g) for t, _, s, g in coded} == {("SUPPORT", "Chile", "Peru"), ("SUPPORT", "Peru", "Chile")}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president expressed anger at Peru over the shelling of the border post.",
        "The Chilean president expressed frustration with Peru over the stalled talks.",
    ],
)
def test_the_dictionary_still_codes_disapproval_expressed(text):
    assert "ACCUSE" in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was drawn up with respect to the budget of Valdor province.",
        "The governor of Valdor won approval from lawmakers for the new budget.",
        "Mayor Ilse Brandt said she has great respect for the police of Tarvik.",
    ],
)
def test_regard_not_voiced_is_no_praise(text):
    assert "SUPPORT" not in [t for t, *_ in _coded(text)]
