"""Concern voiced about people others harmed is for them, no disapproval of them (sentences made up
for these tests)."""

from __future__ import annotations

import pytest

from dateline.nlp import get_nlp


def _accusations(text: str) -> list[tuple[str | None, str | None]]:
    return [
        ((e.get("cameo") or {}).get("code"), (e.get("target") or {}).get("text"))
        for e in get_nlp()(text)._.events
        if e["plover"]["type"] == "ACCUSE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senator expressed concern about the murdered journalists.",
        "Rights groups in Egypt voiced concern over the detained activists.",
        "The Peruvian bishop expressed concern over the kidnapped miners.",
        "The Indian minister expressed concern about the jailed fishermen in Sri Lanka.",
        "Canadian officials expressed concern over the detained Canadian citizens in China.",
    ],
)
def test_concern_for_people_harmed_by_others_accuses_no_one(text):
    assert _accusations(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Kenyan senator expressed concern about the governor's handling of the budget.",
            ("012", "the governor"),
        ),
        (
            "The Indian minister expressed concern about the elected mayor of Colombo.",
            ("012", "the elected mayor of Colombo"),
        ),
        ("State media denounced the jailed dissident as a traitor.", ("111", "the jailed dissident")),
    ],
)
def test_concern_about_an_actor_and_criticism_of_the_harmed_stay(text, want):
    assert want in _accusations(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Dorvel minister voiced concern over the invading Varnak troops.",
            ("012", "the invading Varnak troops"),
        ),
        (
            "The Kenyan senator voiced concern over the arrested governors' spending habits.",
            ("012", "the arrested governors"),
        ),
    ],
)
def test_concern_about_doers_and_the_harmed_ones_deeds_stays(text, want):
    assert want in _accusations(text)
