"""Labour strikes by armed-sector people, force told of a game in play or a game won, and deployments promised
(all sentences made up)."""

import pytest

from tests.event_helpers import events_of


def _codes(text: str) -> set[tuple[str, str]]:
    return {(e["plover"]["type"], e["cameo"]["code"]) for e in events_of(text)}


def _types(text: str) -> set[str]:
    return {e["plover"]["type"] for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Riot police in the capital called a strike over unpaid bonuses.",
        "Military nurses joined a strike called by the health union.",
        "Border police staged a strike to demand safety gear.",
    ],
)
def test_strike_gone_on_or_staged_is_labour_whoever_strikes(text: str) -> None:
    assert _types(text) == {"PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        "The air force carried out strikes on insurgent depots.",
        "Navy jets launched strikes on the harbour of Latakia.",
        "The militia staged strikes against the town of Kidal.",
    ],
)
def test_strike_carried_out_or_aimed_at_a_place_stays_force(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Midway through the first half the hosts mounted attack after attack down the right.",
        "With two outs in the seventh inning, the Red Sox attacked the opposing pitcher for four runs.",
        "The defenders attacked every cross in extra time.",
    ],
)
def test_attack_in_a_game_is_no_force(text: str) -> None:
    assert not _types(text) & {"ASSAULT", "THREATEN"}


@pytest.mark.parametrize(
    "text",
    [
        "Argentina beat Croatia 3-0 in the semi-final on Tuesday.",
        "The Serbian team beat Croatia 74-70 in the basketball final.",
        "The South African boxer knocked out his Ghanaian rival in the third round.",
        "Ghana's national side attacked all evening but failed to score against Mali.",
    ],
)
def test_a_game_won_or_played_is_no_event(text: str) -> None:
    assert not events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police beat demonstrators outside the venue during the tournament.",
        "Settlers attacked Palestinian farmers after the football tournament.",
        "Russian jets bombed the town on 12-13 May, killing 40 civilians.",
        "A rocket struck a Boeing 737-800 as it taxied at Kabul airport.",
    ],
)
def test_force_by_the_state_or_beside_a_date_or_model_number_is_no_game(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched an attack on the port with the goal of cutting supply lines.",
        "Troops attacked the stadium an hour before the match.",
    ],
)
def test_force_near_sports_words_stays(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada stands ready to deploy a tank battalion to Latvia.",
        "Under the accord, Oslo promised to station two frigates off Iceland.",
    ],
)
def test_deployment_promised_is_planned_mobilization(text: str) -> None:
    events = events_of(text)
    assert {e["plover"]["type"] for e in events} == {"MOBILIZE"}
    assert all(e["modality"] == "planned" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara threatened to send troops into northern Syria.",
        "The colonel vowed to shell the rebel-held town.",
    ],
)
def test_threats_of_force_stay_threats(text: str) -> None:
    assert ("THREATEN", "138") in _codes(text)
