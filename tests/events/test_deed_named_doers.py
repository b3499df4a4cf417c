"""Doers named by their deed ("extremists", "arsonists", "hackers") are placed only by their own
words, as "a gunman" is (annotation guide, section 3); a dateline places their event all the same
(sentences made up for these tests)."""

from __future__ import annotations

import pytest

from dateline.nlp import get_nlp


def _sources(text: str) -> list[tuple[str | None, str | None, float]]:
    return [
        ((e.get("source") or {}).get("text"), (e.get("source") or {}).get("country"), e["confidence"])
        for e in get_nlp()(text)._.events
    ]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("BELFAST (Reuters) - Extremists bombed two market towns on Friday, police said.", "Extremists"),
        ("Arsonists set fire to a mosque in Lyon overnight, the French interior minister said.", "Arsonists"),
        ("Robbers shot a security guard outside a bank in Hamburg on Sunday.", "Robbers"),
    ],
)
def test_a_doer_named_by_its_deed_takes_no_country_of_the_setting(text, doer):
    found = [s for s in _sources(text) if s[0] == doer]
    assert found and found[0][1] is None, _sources(text)


def test_a_dateline_places_the_event_of_an_unplaced_doer():
    found = _sources(
        "NAIROBI (Reuters) - Critics accused the finance minister of hiding debt figures on Monday."
    )
    assert any(text == "Critics" and country is None and conf >= 0.7 for text, country, conf in found), found


def test_a_doer_whose_own_words_name_a_country_keeps_it():
    found = _sources("Hungarian hackers attacked the websites of three Estonian ministries on Monday.")
    assert ("Hungarian hackers", "HUN") in [(t, c) for t, c, _ in found], found
