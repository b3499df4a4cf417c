"""A toll told in a clause of a mishap ("killed when a bus overturned", "when a neighbour
accidentally struck her"), or after an accident while others "remain trapped", is no one's
violence; force named beside it stays coded."""

import pytest

from tests.event_helpers import events_published


def _events(text: str) -> list[dict]:
    return events_published(text, "2021-03-09")


def _types(text: str) -> list[str]:
    return [e["plover"]["type"] for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Four crew members died and a dozen were hurt when their freight train derailed near Kessel.",
        "Eleven passengers were injured when two trams collided near Marlow Bay on Tuesday.",
        "Six people were killed when a bus overturned on a mountain road near Tarn.",
        "A cyclist was killed when a lorry skidded on ice outside Kessel.",
        "At least 20 people were killed and dozens were injured when a ferry capsized on Lake Orrin.",
        "A pensioner was killed when a neighbour accidentally struck her with his car in Marlow Bay.",
        "Four workers remain trapped at the quarry and nine others were hurt after the accident.",
    ],
)
def test_a_toll_of_a_mishap_is_no_assault(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Six people were killed when a gunman opened fire on a bus near Kessel.",
        "Five people were killed when a car bomb exploded near the market in Tarn.",
        "Twelve people were killed when militants rammed a bus into a checkpoint near Kessel.",
        "Four people were killed when a truck crashed into a crowd of marchers and its driver opened fire.",
        "Three police officers were injured when a soldier accidentally fired his rifle at a checkpoint.",
        "Two villagers remain trapped and soldiers were injured after the crash.",
    ],
)
def test_force_beside_a_mishap_stays_assault(text):
    assert "ASSAULT" in _types(text)
