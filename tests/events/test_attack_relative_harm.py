"""The harm of an attack told in a lead's relative clause, with no doer named (sentences made up
for these tests)."""

from __future__ import annotations

import pytest

from dateline.nlp import get_nlp

EARLIER = "The town of Dorvel is in mourning after a quiet week.\nNeighbours said the day had been calm. "


def _assaults(text: str) -> list[tuple[str | None, str | None]]:
    return [
        ((e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in get_nlp()(text)._.events
        if e["plover"]["type"] == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("A bombing that killed nine police officers shook the capital on Tuesday.", "nine police officers"),
        ("An ambush that wounded six soldiers was blamed on jihadists.", "six soldiers"),
        ("Police in Varnak are investigating a stabbing that killed a teenager.", "a teenager"),
        ("Mourners gathered in Dorvel after a suicide attack that killed 14 worshippers.", "14 worshippers"),
        ("Troops were sent to the valley after a massacre that killed 19 farmers.", "19 farmers"),
    ],
)
def test_the_harm_of_an_attack_in_a_lead_relative_clause_is_coded(text, victims):
    assert (None, victims) in _assaults(text)


@pytest.mark.parametrize(
    "text",
    [
        "An explosion that killed eight workers at the Dorvel plant was caused by a gas leak.",
        "A fire that killed three children in Varnak was caused by a space heater.",
        "A crash that killed two tourists closed the coast road for hours.",
        "Crowds marked the anniversary of the 2002 bombing that killed 202 people in Dorvel.",
        "A dog attack that injured a boy in Varnak has prompted calls for a ban.",
        "Was the bombing that killed nine officers an inside job?",
        "A shooting that killed two soldiers in a training accident closed the Dorvel range.",
        "Experts warned of an attack that could kill thousands of villagers.",
        "An airstrike that killed no civilians hit a fuel depot in Varnak.",
        EARLIER + "A shooting that killed two guests shocked the wedding party.",
    ],
)
def test_no_attack_without_force_a_lead_or_a_time_of_the_story(text):
    assert _assaults(text) == []


def test_an_attack_carried_out_by_a_named_doer_is_coded_once():
    assert [s for s, _ in _assaults("The army carried out an airstrike that killed four militants.")] == [
        "The army"
    ]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Separatists in Varnak claimed the ambush that killed eight border guards.",
            "Separatists",
        ),
        ("The militia claimed responsibility for a raid that wounded five Dorvel policemen.", "The militia"),
    ],
)
def test_a_claimed_attack_is_its_claimers(text, doer):
    assert doer in [s for s, _ in _assaults(text)]


def test_a_denied_claim_names_no_doer():
    assert [
        s for s, _ in _assaults("The militia did not claim the ambush that killed eight border guards.")
    ] == [None]
