"""A country whose name joins its parts by "and" is one actor (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp

BODY = "\n\nThe statement came late on Thursday, aides in the capital said."


def _actors(text: str) -> list[tuple[str, str | None, str, str | None, str]]:
    doc = get_nlp()(text)
    return [
        (
            (e.get("source") or {}).get("text") or "",
            (e.get("source") or {}).get("code"),
            (e.get("target") or {}).get("text") or "",
            (e.get("target") or {}).get("code"),
            e["plover"]["type"],
        )
        for e in doc._.events
        if e["confidence"] >= 0.5
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Trinidad and Tobago expelled two Venezuelan diplomats on Monday.", "TTO", "VEN"),
        ("Colombia accused Antigua and Barbuda of harbouring fugitives.", "COL", "ATG"),
        ("Sao Tome and Principe's president met the Angolan foreign minister.", "STP", "AGO"),
        ("The prime minister of Saint Vincent and the Grenadines criticized Britain.", "VCT", "GBR"),
        ("Chile signed a fisheries accord with Saint Kitts and Nevis.", "CHL", "KNA"),
        ("Bosnia and Herzegovina Summons Croatian Ambassador" + BODY, "BIH", "HRV"),
        ("Guyana Accuses Trinidad and Tobago of Poaching" + BODY, "GUY", "TTO"),
    ],
)
def test_the_name_is_one_actor(text, source, target):
    found = _actors(text)
    codes = [((s or "")[:3], (t or "")[:3]) for _, s, _, t, _ in found]
    assert (source, target) in codes, found
    parts = {"Tobago", "Barbuda", "Principe", "Grenadines", "the Grenadines", "Nevis", "Herzegovina"}
    assert not [f for f in found if f[0] in parts or f[2] in parts], found


def test_two_countries_joined_by_and_stay_two() -> None:
    found = _actors("Jamaica and Barbados recalled their envoys to Caracas.")
    assert {s[:3] for _, s, _, _, _ in found if s} >= {"JAM", "BRB"}, found
