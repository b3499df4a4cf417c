"""An attack noun named only by where it was done names no doer (own sentences)."""

from __future__ import annotations

from dateline.nlp import get_nlp


def _assaults(sentence: str) -> list[dict]:
    return [e for e in get_nlp()(sentence)._.events if e["plover"]["type"] == "ASSAULT"]


def test_an_attack_named_by_its_place_has_no_doer():
    for sentence in (
        "The Kabul bombing killed 12 people on Monday.",
        "The UN envoy condemned the Kabul bombing that killed 12 people on Monday.",
    ):
        assert all(e.get("source") is None for e in _assaults(sentence)), sentence


def test_an_attack_named_by_its_doer_keeps_the_doer():
    for sentence, doer in (
        ("The UN envoy condemned the Taliban attack that killed 12 people on Monday.", "Taliban"),
        ("A Russian air strike killed 12 civilians in Idlib on Monday.", "Russian"),
        ("The U.S. drone strike killed four militants in Helmand on Monday.", "U.S."),
    ):
        assert any((e.get("source") or {}).get("text") == doer for e in _assaults(sentence)), sentence
