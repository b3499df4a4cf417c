"""A charge at people is physical (crowd control, 175) unless an offence is named."""

import pytest

from dateline.nlp import get_nlp


def _codes(text: str) -> list[str]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-09"
    return [e["cameo"]["code"] for e in nlp(doc)._.events or [] if e["trigger"].startswith("charg")]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police charged the students outside the library with truncheons.",
        "Mounted officers charged the picketers on horseback.",
        "Soldiers charged the crowd near the cathedral.",
        "Riot police charged protesters in front of the town hall.",
        "Gendarmes charged dozens of marchers near the harbour.",
    ],
)
def test_a_charge_at_people_is_crowd_control(text):
    assert _codes(text) == ["175"]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged the treasurer with embezzlement.",
        "Police charged four protesters with arson.",
        "Police charged a man with owning a truncheon.",
    ],
)
def test_a_charge_with_an_offence_stays_an_accusation(text):
    assert _codes(text) == ["1121"]


def test_a_fee_charged_to_a_crowd_of_clients_is_no_event():
    assert _codes("The agency charged dozens of tenants a fee.") == []
