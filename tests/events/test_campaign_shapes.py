"""Shapes of campaign and political news: attacks in words on people the tagger misreads, labour
strikes by people of a place, and rallying behind someone (all sentences made up)."""

import pytest

from tests.event_helpers import events_of


def _types(text: str) -> set[str]:
    return {e["plover"]["type"] for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Congressman Paul Reyes attacked Gloria Stanton over her votes on trade.",
        "The treasurer attacked Megan Holt as a puppet of the donors at a town hall.",
        "Former mayor Ted Burke attacked Nikki Haley on Thursday for her stance on tariffs.",
    ],
)
def test_attack_on_a_named_person_is_words(text: str) -> None:
    assert "ACCUSE" in _types(text) and "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Peter Odhiambo outside his house in Kisumu.",
        "Rebels attacked a convoy carrying Maria Lopez near the border.",
    ],
)
def test_attack_by_armed_men_stays_force(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Detroit bus drivers went on strike on Friday over unpaid overtime.",
        "Lagos doctors went on strike on Monday to demand better equipment.",
        "Glasgow bin workers went on strike this week in a row over pay.",
    ],
)
def test_workers_of_a_city_on_strike_protest(text: str) -> None:
    types = _types(text)
    assert "PROTEST" in types and "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Russia carried out strikes on Odesa overnight, officials said.",
        "Turkey's strikes on Kurdish positions in Iraq continued on Sunday.",
    ],
)
def test_strikes_of_a_country_stay_force(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Conservative MPs rallied behind the chancellor on Tuesday as the budget row grew.", "chancellor"),
        ("Party activists rallied around Governor Lisa Grant after the audit report.", "Grant"),
    ],
)
def test_rallying_behind_someone_is_support(text: str, target: str) -> None:
    found = [e for e in events_of(text) if e["plover"]["type"] == "SUPPORT"]
    assert found and target in (found[0]["target"] or {}).get("text", "")
    assert "PROTEST" not in _types(text)


def test_rally_against_a_law_stays_protest() -> None:
    assert "PROTEST" in _types("Hundreds of farmers rallied against the new water law outside the assembly.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Senator Ann Price called Robert Kline unhinged after the hearing.", "Kline"),
        ("The congresswoman called Mike Dunleavy spineless over the veto.", "Dunleavy"),
    ],
)
def test_named_person_called_an_insult_is_criticised(text: str, target: str) -> None:
    found = [e for e in events_of(text) if e["plover"]["type"] == "ACCUSE"]
    assert found and target in (found[0]["target"] or {}).get("text", "")


def test_named_person_called_a_title_is_no_event() -> None:
    assert _types("The board named Carla Diaz chair of the housing panel on Tuesday.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The treasurer took a dig at the opposition leader during the budget debate.",
        "The candidate took a shot at the incumbent mayor in her closing speech.",
    ],
)
def test_taking_a_dig_or_shot_at_someone_is_criticism(text: str) -> None:
    assert "ACCUSE" in _types(text)


def test_a_gunman_taking_a_shot_is_no_criticism() -> None:
    assert "ACCUSE" not in _types("A gunman took a shot at police officers outside the station.")


def test_a_place_opened_by_a_given_name_is_attacked_with_force():
    assert "ACCUSE" not in _types("Drones attacked Lincoln Air Base in the east.")


def test_rallying_around_a_place_backs_no_one():
    assert "SUPPORT" not in _types("Herders rallied around the old well as the river dried up.")
