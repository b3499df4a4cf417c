"""A death no one caused ("the singer has died"), harm a thing does ("that hurt him with older
voters") and idioms of verbs of force are no events (docs/annotation-guide.md section 2); deaths in
an act of force, speech acts and harm done by actors or by means of force stay coded."""

import pytest

from tests.event_helpers import readings


def _types(text: str) -> list[str]:
    return [plover for plover, _ in readings(text, published="2021-03-09")]


@pytest.mark.parametrize(
    "text",
    [
        "A retired schoolteacher died Tuesday at her home in the valley.",
        "Two hikers died in a blizzard on the northern ridge on Sunday.",
        "The singer, who led the band for three decades, has died aged 84.",
    ],
)
def test_a_death_no_one_caused_is_no_assault(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers died in a rebel attack on the base.",
        "Eleven people died in the bombing of the market, police said.",
        "Gunmen killed four villagers near the border on Monday.",
        "A soldier died after rebels ambushed his patrol outside the garrison town.",
    ],
)
def test_a_death_in_an_act_of_force_stays_coded(text):
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We must condemn this cowardly attack in the strongest terms," the prime minister said.', "ACCUSE"),
        ("We must reject this humiliating offer.", "REJECT"),
        ('"The government must release the detainees at once," the activist said.', "REQUEST"),
        ("We detained forty suspects after the riot.", "COERCE"),
        ("We urge the president to step down.", "REQUEST"),
    ],
)
def test_speech_acts_and_acts_done_stay_coded(text, kind):
    assert kind in _types(text)


def test_harm_a_thing_does_is_no_assault():
    assert "ASSAULT" not in _types('"That really hurt him with older voters," the strategist said.')


@pytest.mark.parametrize(
    "text",
    [
        "The rioters hurt two officers outside the station.",
        "The smugglers may hurt the ranger if he resists.",
        "The blast hurt twenty people at the bus terminal.",
    ],
)
def test_harm_an_actor_does_stays_coded(text):
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president shut government offices for a national day of mourning.",
        "The governor closed state offices ahead of the storm.",
        "The army closed the border crossing during the floods, officials said.",
    ],
)
def test_a_closure_a_state_makes_stays_coded(text):
    assert {"COERCE", "SANCTION"} & set(_types(text))


@pytest.mark.parametrize(
    "text",
    [
        '"Cancelling the festival would be shooting ourselves in the foot," the culture secretary said.',
        "The league shot itself in the foot with the new ticket rules.",
    ],
)
def test_an_idiom_of_force_is_no_assault(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot two soldiers in the foot during the ambush.",
        "Militants dealt a heavy blow to the army, killing twelve soldiers in the raid.",
    ],
)
def test_force_against_someone_stays_coded(text):
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two guards died in a gunfight with smugglers at the border post.",
        "A boy died in crossfire between the army and the militants.",
        "The protester died from a gunshot wound.",
        "Six people died when a mortar round hit the market.",
    ],
)
def test_a_death_by_violence_named_by_a_noun_stays_coded(text):
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gang, which hurt three guards during the robbery, was arrested.",
        "Stones thrown by protesters hurt two officers.",
        "Tear gas hurt dozens of students outside the university.",
    ],
)
def test_harm_by_an_actor_or_a_weapon_stays_coded(text):
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We had to arrest the protesters, the police chief said.", "COERCE"),
        ("I must apologise to the families of the victims, the minister said.", "SUPPORT"),
    ],
)
def test_a_past_obligation_and_an_apology_stay_coded(text, kind):
    assert kind in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The blizzard forced the governor to close state offices.",
        "The airport was closed during the storm by order of the governor.",
    ],
)
def test_a_closure_an_actor_makes_in_a_storm_stays_coded(text):
    assert {"COERCE", "SANCTION"} & set(_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "He was shot in the foot by a sniper during the protest.",
        "Guerrillas struck a blow against the regime by bombing the pipeline.",
        "Militants struck a blow at the heart of the capital with a suicide bombing.",
    ],
)
def test_force_told_with_an_idiom_word_stays_coded(text):
    assert "ASSAULT" in _types(text)
