"""Doers named by their deed ("extremists", "arsonists", "hackers") are placed only by their own
words, as "a gunman" is (annotation guide, section 3); a dateline places their act all the same,
not their statement (sentences made up for these tests)."""

from __future__ import annotations

import pytest

import dateline
from dateline.nlp import get_nlp
from tests.event_helpers import target_places


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


def test_a_dateline_places_the_act_of_an_unplaced_doer():
    found = _sources("MOMBASA (Reuters) - Gunmen stormed a bus depot on Monday, killing two drivers.")
    assert any(text == "Gunmen" and country is None and conf >= 0.7 for text, country, conf in found), found


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI (Reuters) - Critics accused the finance minister of hiding debt figures on Monday.",
        "GENEVA - Diplomats criticised the draft resolution on water rights.",
    ],
)
def test_a_dateline_does_not_place_who_voiced_a_statement(text):
    found = _sources(text)
    assert found and all(conf < 0.5 for _, country, conf in found if country is None), found


def test_a_doer_whose_own_words_name_a_country_keeps_it():
    found = _sources("Hungarian hackers attacked the websites of three Estonian ministries on Monday.")
    assert ("Hungarian hackers", "HUN") in [(t, c) for t, c, _ in found], found


def test_a_dateline_places_only_its_own_sentence():
    found = _sources(
        "WASHINGTON (Reuters) - The State Department condemned the killings on Saturday. Gunmen "
        "stormed a hotel overnight, killing nine guests, a spokesman said."
    )
    gunmen = [conf for text, country, conf in found if text == "Gunmen"]
    assert gunmen and max(gunmen) < 0.7, found


def test_a_dateline_after_a_headline_places_its_lead():
    story = dateline.extract(
        "Four soldiers killed at checkpoint\nMOSUL, Iraq (Reuters) - Gunmen attacked an army "
        "checkpoint on Sunday, killing four soldiers.",
        published="2024-03-10",
    ).model_dump()
    found = [((e["source"] or {}).get("text"), e["confidence"]) for e in story["events"]]
    assert any(text == "Gunmen" and conf >= 0.7 for text, conf in found), found


def _targets(text: str) -> list[tuple[str | None, str | None]]:
    return target_places(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The police arrested four extremists in Salford on Tuesday.", ("four extremists", "GBR")),
        ("Police in Quetta arrested two kidnappers on Monday.", ("two kidnappers", "PAK")),
        ("Ghanaian police arrested five hackers on Friday.", ("five hackers", "GHA")),
    ],
)
def test_people_named_by_a_deed_done_to_are_placed_as_other_people(text, want):
    assert want in _targets(text), _targets(text)
