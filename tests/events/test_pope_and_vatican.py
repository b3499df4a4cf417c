"""The pope, the Holy See and the Vatican as event actors (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp

BODY = "\n\nThe meeting was announced late on Thursday, officials said."


def _dyads(text: str, published: str = "2024-05-01") -> list[tuple[str, str, str]]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return [
        (
            e["plover"]["type"],
            (e.get("source") or {}).get("country") or "",
            (e.get("target") or {}).get("country") or "",
        )
        for e in nlp(doc)._.events
        if e["confidence"] >= 0.5
    ]


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("The Chilean president met the pope on Tuesday in Rome.", "CONSULT", "CHL", "VAT"),
        ("The pontiff criticized the Hungarian government over its asylum law.", "ACCUSE", "VAT", "HUN"),
        ("The pope urged Azerbaijan to release the detained priests.", "REQUEST", "VAT", "AZE"),
        ("Peruvian President Meets Pope" + BODY, "CONSULT", "PER", "VAT"),
        ("Pope Meets Lebanese President" + BODY, "CONSULT", "VAT", "LBN"),
        ("Pontiff Appeals for Calm in Haiti" + BODY, "REQUEST", "VAT", ""),
        ("Holy See Recalls Envoy From Managua" + BODY, "SANCTION", "VAT", "NIC"),
    ],
)
def test_the_pope_and_the_holy_see_are_the_vatican(text, kind, source, target):
    found = _dyads(text)
    assert any(k == kind and s == source and (not target or g == target) for k, s, g in found), found


def test_another_churchs_pope_is_placed_by_the_story() -> None:
    found = _dyads("Coptic Pope Tawadros II condemned the attack on a church in Assiut.")
    assert found and all(s != "VAT" for _, s, _ in found), found
