"""Where a toll told beside a mishap stays an act of force: another doer's act hung on the mishap,
a means of violent death, a drone, an armed actor in the sentence or an attacker in the next; and
a demand that someone be held to blame is still about them."""

import pytest

from tests.event_helpers import events_published


def _events(text: str) -> list[dict]:
    return events_published(text, "2022-06-14")


def _types(text: str) -> list[str]:
    return [e["plover"]["type"] for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Twenty migrants were killed when their boat capsized after a patrol boat rammed it.",
        "Three people were killed when a car plunged into a river after its driver was shot by soldiers.",
        "Two children were killed when a drone crashed into a block of flats in Norvale.",
        "A girl was killed when a stray bullet accidentally struck her in Norvale.",
        "Two villagers were wounded when a rebel commander accidentally detonated a grenade.",
        "Ten people were killed when a train derailed after insurgents sabotaged the line.",
        "Five people were killed when a van crashed into shoppers in Norvale. The attacker fled the scene.",
        "Four porters were killed when their truck overturned after hitting a landmine.",
        "A boy was wounded when a stray rocket accidentally hit his school in Norvale.",
        "Three people were killed when a truck crashed into a market in Norvale. The driver belonged "
        "to an armed group.",
    ],
)
def test_force_beside_a_mishap_keeps_the_toll(text):
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed when a bus plunged into a ravine after its brakes failed.",
        "Two cyclists were injured when a taxi collided with a tram in central Norvale.",
    ],
)
def test_a_plain_mishap_is_still_no_assault(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The senator said the generals must be held responsible for the killings.", "the generals"),
        ("Campaigners said the police chiefs must be held to account for the raids.", "the police chiefs"),
        ("The mayor said the regulators must be held liable for the collapse.", "the regulators"),
        ("The senator said the prisoners must be held in decent conditions.", None),
    ],
)
def test_a_demand_to_hold_someone_to_blame_is_about_them(text, target):
    demands = [e for e in _events(text) if e["rule"].startswith("demand:")]
    assert demands
    assert (demands[0].get("target") or {}).get("text") == target
