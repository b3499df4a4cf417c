"""The owner of an attacked military base is the target, never where the attackers are from
(sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _assaults(text: str) -> list[tuple[str, str]]:
    return [
        (((e.get("source") or {}).get("code") or "")[:3], ((e.get("target") or {}).get("code") or "")[:3])
        for e in get_nlp()(text)._.events
        if e["plover"]["type"] == "ASSAULT" and e["confidence"] >= 0.5
    ]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Iran-backed militias fired rockets at a US base in eastern Syria.", "USA"),
        ("Iran-backed militiamen fired mortars at a British base near Basra.", "GBR"),
        ("Turkish-backed fighters fired rockets at a Russian base in northern Syria.", "RUS"),
        ("Militants backed by Iran fired rockets at an American garrison in Syria.", "USA"),
    ],
)
def test_the_bases_owner_is_the_target_not_the_source(text, owner):
    found = _assaults(text)
    assert found and all(s != owner for s, _ in found) and any(t == owner for _, t in found), found


def test_the_attacker_named_stays_the_source() -> None:
    found = _assaults("Israeli jets struck a Hezbollah base in southern Lebanon.")
    assert any(s == "ISR" for s, _ in found), found
