"""A country's name that stands for a town of the story's own state: a resident word after it ("a Peru
teenager"), the police of a town ("Peru Police" of a story whose county lies in Indiana) and the home
town of a residence apposition after the age; with no such town near the story's places the name stays
the country's. Stories made up for these tests."""

from lead_probe_kit import dated_events


def _codes(text: str, kind: str, side: str) -> list[str]:
    """The country codes of one side of the events of a type in a story."""
    return [
        ((e.get(side) or {}).get("code") or "")[:3] for e in dated_events(text) if e["plover"]["type"] == kind
    ]


def test_a_resident_word_after_a_country_name_is_a_town_of_the_story():
    text = (
        "Teen detained after store theft\n\nA Peru teenager was detained on Saturday after a theft at a "
        "garden shop, deputies said. The Miami County Sheriff's Office is also looking into the case."
    )
    assert "PER" not in _codes(text, "COERCE", "target")


def test_a_country_named_town_police_in_a_county_story():
    text = (
        "Cyclist hurt\n\nRay Ortiz, 29, was detained by Peru Police after a crash with a cyclist on "
        "Saturday, a spokesman said. Miami County deputies helped at the scene."
    )
    assert _codes(text, "COERCE", "source") == ["USA"]


def test_a_country_police_with_a_place_of_that_country_stays_the_country():
    text = (
        "Citizen held\n\nLebanon police detained an American citizen in Beirut on Monday, the State "
        "Department in Washington said."
    )
    assert "LBN" in _codes(text, "COERCE", "source")
    assert "JOR" in _codes("Jordan police detained six activists in Amman on Thursday.", "COERCE", "source")


def test_a_residence_apposition_with_no_town_near_the_story_stays_the_country():
    text = "Samir Haddad, 52, Jordan, was detained at a checkpoint near Daraa on Monday, Syrian media said."
    assert "JOR" in _codes(text, "COERCE", "target")


def test_a_residence_apposition_town_in_a_county_of_the_name_the_story_gives():
    # GeoNames knows many counties of one name: the places layer's pick among them is no evidence
    text = (
        "Nora Vance, 47, Jordan, was arrested for speeding on Sunday, the Scott County sheriff's office "
        "said. She paid the fine."
    )
    assert _codes(text, "COERCE", "target") == ["USA"]


def test_a_country_residents_and_a_group_in_a_headline_stay_the_country():
    assert _codes("Singapore residents protested the new tax on Sunday.", "PROTEST", "source") == ["SGP"]
    text = "Sudan girls were abducted by gunmen in Darfur on Friday, the UN said."
    assert "SDN" in _codes(text, "ASSAULT", "target")


def test_a_country_named_town_police_officers():
    text = "Peru police officers arrested a driver after a chase on Friday, the Miami County sheriff said."
    assert _codes(text, "COERCE", "source") == ["USA"]
    abroad = "Jordan police officers detained six activists in Amman on Thursday."
    assert "JOR" in _codes(abroad, "COERCE", "source")
