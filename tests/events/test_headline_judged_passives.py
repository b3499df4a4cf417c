"""Headline passives of judging, crowds counted by a multitude word, and appeals for help
(sentences made up for these tests)."""

import pytest

from dateline.nlp import get_nlp

STORY = "\n\nThe row went on through the week, aides said."


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in get_nlp()(text)._.events
    ]


def _codes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"))
        for e in get_nlp()(text)._.events
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Norway's premier rebuked over fishing quotas" + STORY, ("ACCUSE", None, "Norway's premier")),
        ("Portugal censured for prison conditions" + STORY, ("ACCUSE", None, "Portugal")),
        ("Bolivian Minister Denounced Over Lithium Deal" + STORY, ("ACCUSE", None, "Bolivian Minister")),
        ("Estonian mayor commended for winter relief" + STORY, ("SUPPORT", None, "Estonian mayor")),
        ("Chadian police condemned after market deaths" + STORY, ("ACCUSE", None, "Chadian police")),
        ("Malian envoy snubbed" + STORY, ("ACCUSE", None, "Malian envoy")),
        ("Belarus sanctioned over election fraud" + STORY, ("SANCTION", None, "Belarus")),
        (
            "Latvian Premier Scolded By Opposition Over Rail Tender" + STORY,
            ("ACCUSE", "Opposition", "Latvian Premier"),
        ),
    ],
)
def test_headline_passive_of_judging(text, want):
    assert want in _events(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Workers complained over late wages" + STORY, "Workers"),
        ("Veteran senator apologised for joke" + STORY, "Veteran senator"),
        ("Iran rebuked the inspectors over access" + STORY, "Iran"),
        ("Opposition boycotted over ballot fraud claims" + STORY, "Opposition"),
        ("Dockers' union refused over wage offer" + STORY, "Dockers' union"),
        ("Militia disbanded after truce" + STORY, "Militia"),
        ("Portugal threatened after the vote to cut ties with Norway.", "Portugal"),
        ("Chile warned during the summit that it would retaliate against Peru.", "Chile"),
    ],
)
def test_active_past_keeps_its_doer(text, doer):
    assert all(source == doer for _, source, _ in _events(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thousands march in Lisbon against eviction law" + STORY, ("PROTEST", "PRTCVL", None)),
        ("Tens of thousands rally in Sofia over graft" + STORY, ("PROTEST", "BGRCVL", None)),
        ("Hundreds of thousands protested in Caracas on Sunday.", ("PROTEST", "VENCVL", None)),
        ("Thousands detained in Lagos after riots" + STORY, ("COERCE", None, "NGACVL")),
        ("Tens of thousands march in Lisbon" + STORY, ("PROTEST", "PRTCVL", None)),
        ("Hundreds protest against fuel subsidy cuts in Accra" + STORY, ("PROTEST", "GHACVL", None)),
    ],
)
def test_counted_crowd(text, want):
    assert want in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands flee wildfires in Alberta" + STORY,
        "Hundreds attend vigil for drowned fishermen" + STORY,
        "Thousands of euros stolen from parish fund" + STORY,
    ],
)
def test_crowd_with_no_dissent_codes_no_crowd_actor(text):
    assert not any(source and "CVL" in source for _, source, _ in _codes(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fiji appeals for NATO help after storm" + STORY, ("REQUEST", "FJI", "IGOWSTNAT")),
        ("Zambia appeals for Japan's help with debt" + STORY, ("REQUEST", "ZMB", "JPN")),
        ("Namibia appealed for Danish help with the drought.", ("REQUEST", "NAM", "DNK")),
    ],
)
def test_appeal_for_help(text, want):
    assert want in _codes(text)
