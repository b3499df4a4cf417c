"""A town's name before the word for its police or its officials ("Kingston police", "Dublin council
members") takes the country the places layer put that town in, when it read the name as a town on
evidence of the story (a qualifier, a dateline naming one, the story's context); a capital the places
layer leaves in its own country stays its government. Stories made up for these tests."""

import pytest

import dateline


def _sources(text: str) -> list[tuple[str, str]]:
    """(source words, country code) of the events of a story."""
    return [(e.source.text, e.source.country or "") for e in dateline.extract(text).events if e.source]


def _country(text: str, words: str) -> str:
    found = [country for source, country in _sources(text) if source == words]
    assert found, _sources(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "KINGSTON, Ontario -- Kingston police questioned two men after a fire at a warehouse.",
            "Kingston police",
            "CAN",
        ),
        (
            "MANCHESTER, N.H. -- Manchester police detained a man who broke into a pharmacy on Elm Street.",
            "Manchester police",
            "USA",
        ),
        (
            "DUBLIN, Ohio -- Dublin council members rejected a plan for a parking garage near the old mill.",
            "Dublin council members",
            "USA",
        ),
    ],
)
def test_a_town_the_places_layer_placed_on_evidence_gives_its_country(text: str, words: str, country: str):
    assert _country(text, words) == country


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Moscow condemned Warsaw over the expulsion of two diplomats.", "Moscow", "RUS"),
        ("A Moscow court fined an opposition newspaper over an article.", "A Moscow court", "RUS"),
        (
            "London police arrested two men over a stabbing in south London, Scotland Yard said on Sunday.",
            "London police",
            "GBR",
        ),
    ],
)
def test_a_capital_with_no_town_reading_on_evidence_stays_its_country(text: str, words: str, country: str):
    assert _country(text, words) == country


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "WASHINGTON (AP) -- London urged Washington to drop its tariffs on British whisky.",
            "London",
            "GBR",
        ),
        (
            "BOSTON -- Dublin rejected a request from Massachusetts lawmakers to reopen the consulate.",
            "Dublin",
            "IRL",
        ),
        (
            "NEW YORK (AP) -- London officials criticized the new U.S. tariffs on steel.",
            "London officials",
            "GBR",
        ),
        (
            "DENVER -- Paris police questioned a Colorado tourist after a theft at the Louvre.",
            "Paris police",
            "FRA",
        ),
        ("Lima police arrested a man on Elida Road, Allen County deputies said.", "Lima police", "USA"),
    ],
)
def test_a_capital_moves_with_the_story_only_on_a_reading_from_the_story(text: str, words: str, country: str):
    assert _country(text, words) == country
