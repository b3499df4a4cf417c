"""Beside the word senses that are no event (test_word_sense_nonevents): a crash's toll told by a
participle stays force when the sentence names a means of violence, an attack or another armed act;
an order of a restriction stays coercion; a campaign against a bare institution stays aimed at it;
a delay of what is due to someone the verb's phrase names stays a rejection; aid prepared for
someone is an intent to give aid."""

import pytest

from tests.event_helpers import events_published

LEAD = "ORAVIA (Reuters) - "


def _events(text: str) -> list[dict]:
    return events_published(text, "2023-03-09")


def _types(text: str) -> list[str]:
    return [e["plover"]["type"] for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A van rigged with explosives crashed into an army post near Tessaly, killing six soldiers.",
        "An explosives-laden lorry crashed into the gate of a prison in Morsk, killing four guards.",
        "A truck crashed into a border post, killing three guards, in what the army called a suicide attack.",
        "Five guards were killed when a car packed with explosives crashed into a barracks in Morsk.",
    ],
)
def test_a_crash_told_with_force_stays_assault(text):
    assert "ASSAULT" in _types(LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "A light aircraft crashed into an orchard near Tessaly, killing the instructor.",
        "A fishing boat capsized off Morsk, leaving nine crew missing and killing two.",
    ],
)
def test_a_crash_told_alone_is_no_assault(text):
    assert "ASSAULT" not in _types(LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "The Oravian interior minister ordered a strict lockdown after the riots in Morsk.",
        "The Oravian junta ordered a news blackout after the mutiny.",
        "The Oravian government ordered a quarantine in two mining towns.",
    ],
)
def test_an_ordered_restriction_stays_coercion(text):
    assert "COERCE" in _types(text)


def test_goods_ordered_stay_no_coercion():
    assert "COERCE" not in _types("The Oravian rail operator ordered 14 new carriages from a Polish maker.")


@pytest.mark.parametrize(
    "text",
    [
        "Oravian students launched a campaign against government over rising rents.",
        "Oravian miners began a campaign against parliament over the pension bill.",
    ],
)
def test_a_campaign_against_a_bare_institution_stays_criticism(text):
    assert "ACCUSE" in _types(text)


def test_a_campaign_for_an_office_stays_no_appeal():
    assert "REQUEST" not in _types(
        "The Oravian senator Ilse Varga launched her campaign for mayor on Sunday."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Oravian government delayed pension payments to retirees.",
        "Oravia delayed grain deliveries to Moldova.",
    ],
)
def test_a_delay_of_what_is_due_to_someone_stays_rejection(text):
    assert "REJECT" in _types(text)


def test_a_delay_of_own_business_stays_no_rejection():
    assert "REJECT" not in _types("The Oravian city council delayed the zoning hearing until May.")


@pytest.mark.parametrize(
    "text",
    [
        "The Oravian cabinet is preparing an aid package for Tuvalu.",
        "Oravia is preparing emergency assistance for earthquake survivors in Nepal.",
    ],
)
def test_aid_prepared_for_someone_is_intent_to_give_aid(text):
    events = [e for e in _events(text) if e["plover"]["type"] == "AGREE"]
    assert events and events[0]["cameo"]["code"] == "033"


@pytest.mark.parametrize(
    "text",
    [
        "The Oravian council prepared a list of aid groups.",
        "The Oravian school prepared first aid kits for the hiking trip.",
    ],
)
def test_other_things_prepared_are_no_intent(text):
    assert "AGREE" not in _types(text)
