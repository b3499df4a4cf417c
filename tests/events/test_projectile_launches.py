"""Attacks told as launching, firing or lobbing projectiles at a target (``event_verbs.json``: launch,
fire, lob): force coded by the weapon as the CAMEO verb dictionary codes firing (drones 195, rockets,
missiles and artillery 194, mortars, shells and grenades 193); into the sea a show of force
(MOBILIZE/weapons 150); into orbit, at no one, or a campaign, a product or a dismissal, no force."""

import pytest

from tests.event_helpers import dyad, events_of, readings

FORCE_TYPES = ("ASSAULT", "MOBILIZE")


def _force(text: str) -> list[dict]:
    return [e for e in events_of(text) if e["plover"]["type"] in FORCE_TYPES]


@pytest.mark.parametrize(
    ("text", "code", "countries"),
    [
        ("Ruritanian rebels launched rockets at northern Kenya on Friday.", "194", "KEN"),
        ("The Chadian army launched drones at a Sudanese fuel depot on Monday.", "195", "SDN"),
        ("Tanzanian troops lobbed mortar shells at a Ugandan border post.", "193", "UGA"),
        ("Ethiopian forces fired artillery shells at an Eritrean garrison.", "194", "ERI"),
        ("The Moroccan navy fired missiles at an Algerian patrol boat.", "194", "DZA"),
        ("Kenyan troops fired grenades at a Somali militia camp overnight.", "193", "SOM"),
    ],
)
def test_projectiles_launched_at_a_target_are_force_by_weapon(text, code, countries):
    found = [e for e in _force(text) if e["plover"]["type"] == "ASSAULT"]
    assert found, events_of(text)
    assert found[0]["cameo"]["code"] == code
    assert dyad(found[0])[1] == countries


def test_a_phrase_the_parse_hangs_on_the_projectile_still_names_the_target():
    found = _force("Gunmen fired mortar rounds at a Kenyan police station in Garissa.")
    assert [e["cameo"]["code"] for e in found] == ["193"]
    assert dyad(found[0])[1] == "KEN"


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania launched three ballistic missiles into the sea on Tuesday.",
        "The Iranian navy launched two cruise missiles into the waters of the Gulf.",
    ],
)
def test_missiles_launched_into_the_sea_are_a_show_of_force(text):
    assert ("MOBILIZE", "150") in readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The space agency launched a rocket into orbit from the northern launch site.",
        "Kenya launched a rocket carrying a weather satellite on Wednesday.",
        "The ministry launched a campaign against drunk driving.",
        "The provincial police launched an investigation into the fire.",
        "The firm launched a new phone at a trade fair in Nairobi.",
        "The club fired its coach after the defeat.",
        "The company fired three workers at its factory in Mombasa.",
        "The governor fired up the crowd at a rally.",
        "The winger fired a shot past the goalkeeper.",
        "Fireworks were launched over the bay at midnight.",
        "The guard launched a three-pointer at the buzzer.",
    ],
)
def test_launches_of_no_weapon_at_no_one_are_no_force(text):
    assert not [e for e in _force(text) if e["plover"]["type"] == "ASSAULT"], events_of(text)


def test_a_date_after_the_projectile_is_no_target_phrase():
    found = _force("The army launched two missiles on Tuesday.")
    assert not [e for e in found if e["plover"]["type"] == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Insurgents fired rockets at a Kenyan military base in Somalia.", "SOM", "KEN"),
        ("Militiamen lobbed mortar shells at a French base in eastern Chad.", "TCD", "FRA"),
    ],
)
def test_the_owner_of_a_base_placed_abroad_does_not_place_its_attackers(text, source, target):
    found = [e for e in _force(text) if e["plover"]["type"] == "ASSAULT"]
    assert found, events_of(text)
    assert dyad(found[0]) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at students outside the university in Accra.",
        "Soldiers fired rubber bullets at marchers in the capital of Guinea.",
    ],
)
def test_crowd_control_weapons_fired_at_people_are_crowd_control(text):
    assert ("ASSAULT", "175") in readings(text)
