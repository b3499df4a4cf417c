"""Inspections as the annotation guide codes them: inspectors searching a site investigate
(ACCUSE/investigate, CAMEO 090), and barring, blocking, stopping or obstructing inspectors, observers
or monitors declines international involvement (REJECT/yield, 1245), not the ban of COERCE 172."""

import pytest

from tests.event_helpers import readings


def _readings(text):
    return readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan barred the U.N. arms monitors from the border region.",
        "Venezuela blocked European election observers from entering the country.",
        "Militia fighters stopped the OPCW inspectors outside the town.",
        "Eritrea prevented IAEA inspectors from reaching the mine.",
    ],
)
def test_keeping_inspectors_out_is_a_refusal(text):
    assert ("REJECT", "1245") in _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan barred foreign journalists from the border region.",
        "The court barred the senator from leaving the country.",
        "Riot police stopped the marchers outside the town.",
    ],
)
def test_keeping_others_out_is_no_refusal(text):
    assert ("REJECT", "1245") not in _readings(text)


def test_inspectors_searching_investigate():
    assert ("ACCUSE", "090") in _readings("OPCW inspectors searched a Syrian air base for traces of sarin.")


def test_police_raids_stay_seizures():
    assert ("COERCE", "171") in _readings("Kenyan police searched the opposition leader's home on Friday.")
