"""A body named by a region the places layer reads in the story's own country is that region's,
not a foreign capital's of the same name (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _sources(text: str) -> list[str]:
    return [(e.get("source") or {}).get("code") or "" for e in get_nlp()(text)._.events]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "MELBOURNE - Victoria police arrested two men on Sunday after a brawl at a pub in Geelong.",
            "AUSCOP",
        ),
        (
            "Victoria police said on Monday they had arrested a man over a fatal crash near Ballarat.",
            "AUSCOP",
        ),
    ],
)
def test_a_state_read_from_the_story_places_its_police(text, code):
    assert code in _sources(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Moscow warned Kyiv on Friday against joining the alliance.", "RUSGOV"),
        ("Victoria rejected the fishing deal offered by Mauritius on Friday.", "SYCGOV"),
    ],
)
def test_a_capital_alone_stays_its_government(text, code):
    assert code in _sources(text)
