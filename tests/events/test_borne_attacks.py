"""Attacks a subject takes, suffers or bears: the subject is the target, not the doer."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str) -> list[dict]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2022-04-18"
    return list(nlp(doc)._.events or [])


def _roles(text: str) -> list[tuple[str, str, str]]:
    return [
        (e["plover"]["type"], (e["source"] or {}).get("code") or "", (e["target"] or {}).get("code") or "")
        for e in _events(text)
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Armenia bore the brunt of Azerbaijani artillery strikes.", "AZE", "ARM"),
        ("Lebanon suffered Israeli air strikes overnight.", "ISR", "LBN"),
        ("Somalia took heavy bombardment by Ethiopian jets.", "ETH", "SOM"),
    ],
)
def test_the_one_who_bears_an_attack_is_its_target(text, source, target):
    roles = _roles(text)
    assert len(roles) == 1
    assert roles[0][0] == "ASSAULT"
    assert roles[0][1].startswith(source)
    assert roles[0][2].startswith(target)


def test_a_subject_that_takes_an_attack_is_never_its_doer():
    assert all(src == "" for _, src, _ in _roles("The hamlet took heavy shelling at dawn."))


@pytest.mark.parametrize(
    "text",
    ["The battalion took part in the attacks near the river.", "The party suffered a heavy defeat."],
)
def test_taking_part_or_suffering_no_attack_swaps_nothing(text):
    assert all(e["rule"].split(":")[0] != "plight" for e in _events(text))
