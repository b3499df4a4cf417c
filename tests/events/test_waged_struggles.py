"""A struggle noun waged or launched against things ("vowed to wage war on inflation") is a figurative
struggle, no threat or act of force (docs/annotation-guide.md section 2, word senses); waged on an
actor it stays coded."""

import pytest

from tests.event_helpers import readings


def _types(text: str) -> list[str]:
    return [plover for plover, _ in readings(text, published="2021-03-09")]


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister vowed to wage war on tax evasion and inflation.",
        "The governor promised to wage war against drug addiction in rural counties.",
        "The health agency waged a long battle against the virus.",
    ],
)
def test_war_waged_on_things_is_no_threat(text):
    assert not {"THREATEN", "ASSAULT"} & set(_types(text))


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The rebels vowed to wage war on the government until the capital falls.", "THREATEN"),
        ("The insurgents waged war on the army for a decade.", "ASSAULT"),
        ("Russia waged an offensive against Ukrainian positions near the river.", "ASSAULT"),
        ("The army launched an offensive against the rebels.", "ASSAULT"),
        ("The rebel commander vowed to wage war.", "THREATEN"),
        ("Ankara launched a military campaign against Kurdish fighters in the north.", "ASSAULT"),
    ],
)
def test_war_waged_on_actors_stays_coded(text, plover):
    assert plover in _types(text)
