"""Event noun subjects whose phrases name no two parties apart, and talks that failed to do
something (own sentences)."""

from __future__ import annotations

import dateline

CONFIDENT = 0.7


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    record = dateline.extract(text, published="2024-05-01").model_dump()
    return [
        (e["cameo"]["code"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"))
        for e in record["events"]
        if e["confidence"] >= CONFIDENT
    ]


def test_one_plural_phrase_after_between_names_no_parties_apart():
    for sentence in (
        "Talks between the two prime ministers collapsed in Riga.",
        "Negotiations between the rival Yemeni governments broke down on Monday.",
    ):
        assert not [c for c in _coded(sentence) if c[0] == "164"], sentence


def test_an_instrument_after_with_is_no_party():
    coded = _coded("An attack with drones damaged two Kuwaiti oil facilities.")
    assert coded and all(c[2] == "KWT" for c in coded), coded
    coded = _coded("An attack with knives wounded four police officers in Lyon.")
    assert coded and all(c[2] == "FRACOP" for c in coded), coded
    coded = _coded("A bombing with a car bomb damaged the Dutch embassy in Baghdad.")
    assert coded and all(c[2] != "IRQUAF" and c[2] is not None for c in coded), coded


def test_talks_that_failed_to_do_something_were_still_held():
    coded = _coded("Talks between Jordan and Lebanon failed to produce a deal on Sunday.")
    assert ("040", "JOR", "LBN") in coded, coded


def test_talks_with_an_actor_still_name_the_target():
    assert ("164", "MAR", "DZA") in _coded("Morocco's talks with Algeria collapsed on Friday.")


def test_a_noun_of_no_relation_takes_no_parties():
    # "crisis" is a subject of dictionary patterns but names no relation between two sides
    from dateline import extract

    record = extract(
        "The crisis between Lesotho and its neighbours developed quickly.", published="2024-05-01"
    )
    assert not [e for e in record.events if (e.confidence or 0) >= 0.7]
