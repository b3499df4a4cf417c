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


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Critics in Valdor questioned the mayor's approval of the Tarvik loan.", "the mayor"),
        ("The Chilean senator questioned Peru's respect for human rights.", "Peru"),
    ],
)
def test_regard_owned_and_doubted_is_disapproval(text, target):
    coded = _coded(text)
    assert [(t, c) for t, c, *_ in coded] == [("ACCUSE", "110")]
    assert coded[0][3] == target


@pytest.mark.parametrize(
    "text",
    [
        "The new Ruritanian president vowed to earn the respect of Chile.",
        "The Tarvik finance minister vowed to win approval from parliament for the budget.",
    ],
)
def test_regard_to_be_earned_is_no_promise(text):
    assert _coded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian general expressed little respect for the Tarvik government.",
        "The Chilean president expressed scant praise for the Peruvian negotiators.",
        "The Ruritanian envoy expressed no admiration for the Tarvik junta.",
    ],
)
def test_scant_regard_is_no_praise(text):
    types = [t for t, *_ in _coded(text)]
    assert "SUPPORT" not in types
    assert "ACCUSE" in types


@pytest.mark.parametrize(
    "text",
    [
        # the possessor holds the regard, it is not aimed at
        "The Chilean envoy reiterated Santiago's respect for the truce in Valdor.",
        # "to" names whom thanks go to, even no actor; "for" is then the reason
        "The Chilean president expressed thanks to God for the survival of the Peruvian fishermen.",
        # approval of a wrong is aimed at its doers, never at the ones it befell
        "The rebel commander expressed approval of the bombing of a police station in Valdor.",
    ],
)
def test_regard_voiced_with_no_target(text):
    coded = _coded(text)
    assert [(t, c) for t, c, *_ in coded] == [("SUPPORT", "051")]
    assert coded[0][3] is None


def test_thanks_to_the_ones_who_helped():
    coded = _coded("Residents expressed thanks to the soldiers who rebuilt the bridge in northern Albania.")
    assert [(t, g) for t, _, _, g in coded] == [("SUPPORT", "the soldiers")]
