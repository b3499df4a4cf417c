"""Sectors from the CAMEO agents dictionary's phrases of several words (``agent_phrases`` of
cameo_verbs.json), its religion types, ranks that are adjectives, owners and task forces."""

from __future__ import annotations

import pytest

from dateline.actors import resolve_actor


def _sector(text: str) -> tuple[str, str]:
    found = resolve_actor(text, context=text, date="2024-05-01")
    return (found["code"], found["sector"]) if found else ("", "")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Ghanaian law enforcement agency", "GHACOP"),
        ("a Bolivian drug kingpin", "BOLCRM"),
        ("the Latvian prosecutor general", "LVAGOV"),
        ("the inspector general", "GOV"),
        ("a Maltese aid group", "MLTNGO"),
        ("the Icelandic health care provider", "ISLHLH"),
        # a religion type of the dictionary is the religion sector
        ("the Fijian archpriest", "FJIREL"),
    ],
)
def test_agent_phrases_give_the_dictionarys_sector(text, code):
    assert _sector(text)[0] == code


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # a generic head after a modifier the sector table holds: the table's reading
        ("the terrorist leader", "REB"),
        ("the opposition leaders", "OPP"),
        # a religion modifying a head the table holds is no sector of its own
        ("an islamic militant", "REB"),
        # a head the table holds of the compound's second type: the head noun's sector first
        ("the opposition newspaper", "JRN"),
        ("a military judge", "JUD"),
    ],
)
def test_the_sector_tables_reading_stands_where_it_should(text, sector):
    assert _sector(text)[1] == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the general manager of the shipping company", "BUS"),
        ("the general secretary of the dockers' union", "LAB"),
        ("the Estonian private sector", ""),
        ("the general counsel", "JUD"),
    ],
)
def test_a_rank_that_is_an_adjective_names_no_rank(text, sector):
    assert _sector(text)[1] == sector


@pytest.mark.parametrize(
    "text",
    [
        "General Mwangi",
        "a Zambian general",
        "the general's aides",
        "Private Tembo",
        "the Latvian general staff",
    ],
)
def test_ranks_stay_military(text):
    assert _sector(text)[1] == "MIL"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the owner of the Lusaka newspaper", "ZMBBUS"),
        ("the broadcaster's owners", "BUS"),
        ("the proprietor of a Tallinn bank", "ESTBUS"),
    ],
)
def test_owners_of_companies_and_news_outlets_are_business(text, code):
    assert _sector(text)[0] == code


@pytest.mark.parametrize(
    ("text", "sector"),
    [("the owner of the house", "CVL"), ("the newspaper's editor", "JRN"), ("the owner", "")],
)
def test_other_owners_and_news_staff_keep_their_reading(text, sector):
    assert _sector(text)[1] == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("a federal narcotics task force", "GOV"),
        ("an army task force", "MIL"),
        ("a police task force", "COP"),
        ("the joint task forces", "GOV"),
    ],
)
def test_task_forces(text, sector):
    assert _sector(text)[1] == sector


def test_an_international_courts_prosecutor_keeps_the_courts_code():
    found = resolve_actor("the prosecutor of the International Criminal Court")
    assert found is not None and found["code"] == "IGOJUDICC" and found["sector"] == "JUD"
    # a court's own office; another body's prosecutor is still the executive's
    assert _sector("a Danish prosecutor") == ("DNKGOV", "GOV")


def test_a_phrase_ending_in_its_preposition_leaves_the_complement_to_the_split():
    found = resolve_actor("the Peruvian ambassador to the African Union")
    assert found is not None and (found["country"], found["sector"]) == ("PER", "GOV")


def test_a_compound_type_gives_a_second_sector_and_a_plain_one_none():
    agency = resolve_actor("the Latvian state news agency")
    assert agency is not None and (agency["sector"], agency["sector2"]) == ("GOV", "JRN")
    police = resolve_actor("the Ghanaian law enforcement agency")
    assert police is not None and police["sector2"] == ""


@pytest.mark.parametrize(
    ("text", "sector"),
    [("the surgeon general", "GOV"), ("the consul general", "GOV"), ("the inspector general", "GOV")],
)
def test_an_office_written_with_general_after_it_is_no_rank(text, sector):
    assert _sector(text)[1] == sector


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # a phrase of generic words only yields to a sector word before it
        ("the clinic staff members", "MED"),
        ("consulate staff members", "GOV"),
        ("college staff members", "EDU"),
        ("the staff members", "LAB"),
        # a phrase saying no more than its head hides no longer term starting at the head
        ("the chief opposition party", "OPP"),
        ("Moldova's main opposition parties", "OPP"),
        ("the main opposition", "OPP"),
    ],
)
def test_phrase_keeps_the_sector_of_the_words_around_it(text, sector):
    assert _sector(text)[1] == sector


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a check or a position names no one: no actor (the dictionary's phrase is left out)
        ("the Albanian security checks", "ALB"),
        ("the mortar positions", ""),
        # aircraft and vessels are the force that uses them, as in CAMEO practice
        ("Moroccan fighter jets", "MARMIL"),
        ("Peruvian attack helicopters", "PERMIL"),
    ],
)
def test_agent_phrases_name_people_bodies_and_craft_only(text, code):
    assert _sector(text)[0] == code


@pytest.mark.parametrize(
    ("text", "code", "sector2"),
    [
        # the dictionary's MED of carriers: a telecom firm is a business, a transport minister GOV
        ("Slovenian telecom firms", "SVNBUS", ""),
        ("a telecom consultant", "BUS", ""),
        ("the Zambian transport minister", "ZMBGOV", ""),
        # a media outlet stays media
        ("a Uruguayan broadcasting company", "URYMED", ""),
    ],
)
def test_carriers_are_no_media(text, code, sector2):
    found = resolve_actor(text, context=text, date="2024-05-01")
    assert found is not None and found["code"] == code and (found.get("sector2") or "") == sector2, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nepali security personnel", "NPLCOP"),
        ("the security forces of Gabon", "GABCOP"),
        # near misses: soldiers and the military stay MIL, security patrols as the dictionary has them
        ("Nepali soldiers", "NPLMIL"),
    ],
)
def test_security_personnel_are_security_forces(text, code):
    assert _sector(text)[0] == code
