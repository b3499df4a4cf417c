"""Verbal conflict (PLOVER ACCUSE): criticism aimed at its own doer or at the weather accuses no
one; criticism of a named party, over a natural disaster too, stays coded."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str, published: str = "2021-03-09"):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e["source"] or {}).get("text"), (e["target"] or {}).get("text"))
        for e in _events(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian prime minister criticised himself for the slow vaccine rollout.",
        "Latvian officials blamed themselves for the failed tender.",
        "The Lithuanian coalition faulted itself for the poor turnout.",
    ],
)
def test_self_criticism_accuses_no_one(text):
    assert "ACCUSE" not in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Moroccan farmers complained about the heavy rain.",
        "The Tunisian tourism minister criticised the unusually cold weather.",
        "Algerian herders complained bitterly about the drought.",
    ],
)
def test_criticism_of_the_weather_accuses_no_one(text):
    assert "ACCUSE" not in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Estonian prime minister criticised Russia for the cyberattack.", "Russia"),
        ("The Tunisian minister criticised Libya over the floods.", "Libya"),
        ("Moroccan farmers blamed the drought on the Algerian government.", "the Algerian government"),
    ],
)
def test_criticism_of_a_named_party_stays(text, target):
    assert ("ACCUSE", target) in [(t, g) for t, _, g in _coded(text)]
