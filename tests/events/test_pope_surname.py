"""The word "Pope" as the surname of a person given another office is no pope (sentences written for these
tests)."""

import pytest

from dateline.nlp import get_nlp


def _sources(text: str) -> list[str]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-01"
    return [(e.get("source") or {}).get("code") or "" for e in nlp(doc)._.events]


@pytest.mark.parametrize(
    "text",
    [
        "Sheriff Pope arrested three men. Pope accused the mayor of lying.",
        "Voters in Idaho praised Senator Pope. Pope thanked the governor for his support.",
    ],
)
def test_a_titled_surname_is_not_the_holy_see(text):
    sources = _sources(text)
    assert sources and "VATREL" not in sources, sources


def test_the_pope_in_running_text_stays_the_holy_sees():
    assert "VATREL" in _sources("The pope met the Chilean president on Tuesday.")
