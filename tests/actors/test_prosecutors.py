"""Prosecutors act for the executive: sector GOV, the judiciary second (annotation guide, section 3:
"prosecutors and attorneys general are GOV"); courts and judges stay JUD."""

from __future__ import annotations

import pytest

from dateline.actors import resolve_actor


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Danish prosecutors", "DNKGOV"),
        ("the public prosecutor of Peru", "PERGOV"),
        ("a Chilean prosecutor", "CHLGOV"),
        ("the prosecution", "GOV"),
    ],
)
def test_prosecutors_are_government(text, code):
    found = resolve_actor(text)
    assert found is not None and found["code"] == code and found["sector2"] == "JUD", found


@pytest.mark.parametrize(("text", "code"), [("a Danish judge", "DNKJUD"), ("Peru's supreme court", "PERJUD")])
def test_courts_and_judges_stay_judiciary(text, code):
    found = resolve_actor(text)
    assert found is not None and found["code"] == code, found


@pytest.mark.parametrize(
    "text", ["the Slovak public prosecutors", "a prosecuting attorney", "the prosecuting officers"]
)
def test_the_agents_dictionarys_prosecutor_phrases_follow_the_guide(text):
    found = resolve_actor(text)
    assert found is not None and found["sector"] == "GOV" and found["sector2"] == "JUD", found


@pytest.mark.parametrize("text", ["the district attorney", "Cook County's district attorneys"])
def test_district_attorneys_are_prosecutors(text):
    found = resolve_actor(text)
    assert found is not None and (found["sector"], found["sector2"]) == ("GOV", "JUD"), found


def test_a_defense_attorney_stays_judiciary():
    found = resolve_actor("a defense attorney")
    assert found is not None and found["sector"] == "JUD", found


@pytest.mark.parametrize(
    "text",
    [
        "U.S. attorneys",
        "the U.S. attorney in Ohio",
        "a United States attorney",
        "the office of the U.S. attorney",
    ],
)
def test_a_us_attorney_is_a_federal_prosecutor_of_the_us(text):
    found = resolve_actor(text)
    assert found is not None and found["code"] == "USAGOV" and found["sector2"] == "JUD", found


@pytest.mark.parametrize(
    ("text", "code"), [("a U.S. lawyer", "USAJUD"), ("American defense attorneys", "USAJUD")]
)
def test_other_us_lawyers_stay_judiciary(text, code):
    found = resolve_actor(text)
    assert found is not None and found["code"] == code, found


@pytest.mark.parametrize(
    "text",
    ["the U.S. attorney general", "the United States attorney general", "two U.S. attorneys general"],
)
def test_the_us_attorney_general_is_no_military_general(text):
    found = resolve_actor(text)
    assert found is not None and found["code"] == "USAGOV" and found["sector2"] == "JUD", found
