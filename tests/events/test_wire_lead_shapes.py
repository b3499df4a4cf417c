"""Shapes of wire leads on conflict and diplomacy (``event_verbs.json``): captives seized by an armed
band are abducted (ASSAULT/abduct 181), missiles fired into the sea are a show of force
(MOBILIZE/weapons 150), and a trip by crossing, driving or sailing 'for talks' is the talks."""

import pytest

from tests.event_helpers import readings


def _readings(text):
    return readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Armed bandits seized twelve schoolgirls from a dormitory in Zamfara.",
        "Separatist rebels seized two Chinese engineers near a dam site.",
        "Masked gunmen seized a Kenyan doctor at a clinic in Mandera.",
    ],
)
def test_captives_seized_by_an_armed_band_are_abducted(text):
    assert ("ASSAULT", "181") in _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan customs officials seized a lorry of smuggled sugar.",
        "The separatist rebels seized the regional airport.",
        "Kenyan police seized the documents at the border.",
    ],
)
def test_other_seizures_are_no_abduction(text):
    assert ("ASSAULT", "181") not in _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan fired three cruise missiles into the Arabian Sea on Tuesday.",
        "The Chinese navy fired missiles into the waters north of the island.",
    ],
)
def test_missiles_fired_into_the_sea_are_a_show_of_force(text):
    assert ("MOBILIZE", "150") in _readings(text)


def test_rockets_fired_into_a_town_are_force():
    assert any(
        t == "ASSAULT" for t, _ in _readings("Militants fired rockets into the Kenyan town of Mandera.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister crossed into Ethiopia for talks with Prime Minister Abiy.",
        "The Chilean president sailed to Easter Island for a meeting with local leaders.",
    ],
)
def test_a_trip_for_talks_is_a_meeting(text):
    assert any(t == "CONSULT" for t, _ in _readings(text))


def test_a_trip_for_another_purpose_is_no_event():
    assert _readings("Kenyan families drove to the coast for the holidays.") == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A transport strike hit shipments of coffee from the northern ports.", ("ASSAULT", "190")),
        ("Danish troops left Norway for the winter exercise in Lapland.", ("RETREAT", "0874")),
        ("Armed men seized the truck of a district judge near Quetta.", ("ASSAULT", "181")),
    ],
)
def test_strikes_departures_for_somewhere_and_seized_property_are_not_misread(text, absent):
    assert absent not in _readings(text)


def test_relatives_seized_by_kidnappers_are_abducted():
    assert ("ASSAULT", "181") in _readings("Kidnappers seized the daughter of a rich landowner near Enugu.")
