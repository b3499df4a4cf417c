"""Places named by an area noun, as a location or as a town read as a body are never actors
(docs/annotation-guide.md section 3; sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _coded(text, plover):
    return [e for e in get_nlp()(text)._.events or [] if e["plover"]["type"] == plover]


def _targets(text, plover):
    return [(e["target"] or {}).get("text") for e in _coded(text, plover)]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Troops shelled the village of Kereni overnight, killing four people.", "Kereni"),
        ("Jets bombed the Panjshir valley on Thursday.", "Panjshir"),
        ("Soldiers raided the Zamalek district and detained 30 students.", "Zamalek"),
        ("The militia attacked Kandahar province, killing eleven civilians.", "Kandahar"),
        ("Gunmen attacked Tahrir Square on Sunday, injuring ten protesters.", "Tahrir"),
        ("Rebels stormed the town of Vasko and seized the police station.", "Vasko"),
        ("The Zamalek district was shelled overnight by government artillery.", "Zamalek"),
    ],
)
def test_a_named_area_struck_is_no_target(text, place):
    assert _coded(text, "ASSAULT")
    assert not any(t and place in t for t in _targets(text, "ASSAULT"))


def test_the_people_killed_stand_in_for_the_area_struck():
    assert _targets("Rebels shelled the town of Kunduz overnight, killing four people.", "ASSAULT") == [
        "four people"
    ]


def test_a_village_raided_is_no_target():
    coerce = _coded("The village of Kereni was raided by police at dawn.", "COERCE")
    assert coerce and coerce[0]["target"] is None


def test_a_street_blocked_by_protesters_is_no_target():
    protest = _coded("Protesters blocked Oxford Street for three hours.", "PROTEST")
    assert protest and protest[0]["target"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked a highway in Denver on Sunday.",
        "Striking drivers blocked the main roads in Nairobi for a day.",
        "Farmers blocked the border crossing in Calais with tractors.",
    ],
)
def test_the_town_where_a_road_is_blocked_is_no_target(text):
    protest = _coded(text, "PROTEST")
    assert protest and all(e["target"] is None for e in protest)


def test_the_place_access_to_is_blocked_stays_the_target():
    protest = _coded("Protesters blocked access to the parliament building on Monday.", "PROTEST")
    assert protest and "parliament" in (protest[0]["target"] or {}).get("text", "")


def test_a_town_read_as_an_organisation_is_no_doer_of_the_act_it_names():
    text = "Police detained three suspects over the Beslan shooting that wounded a teacher."
    assert not any((e["source"] or {}).get("text") == "Beslan" for e in _coded(text, "ASSAULT"))


@pytest.mark.parametrize(
    "text, plover, target",
    [
        ("Russia attacked Ukraine in February.", "ASSAULT", "Ukraine"),
        ("Washington warned Tehran against enriching more uranium.", "REQUEST", "Tehran"),
        ("Beijing condemned the sanctions imposed by Washington.", "ACCUSE", "Washington"),
        ("Police raided a mosque in Bradford and arrested four men.", "COERCE", "a mosque in Bradford"),
        ("Government forces captured the town of Bir Kassem on Tuesday.", "COERCE", "the town of Bir Kassem"),
    ],
)
def test_states_capitals_institutions_and_territory_taken_stay(text, plover, target):
    assert target in _targets(text, plover)


def test_a_city_suing_is_its_government():
    accuse = _coded("The city of Chicago sued the drug makers on Tuesday.", "ACCUSE")
    assert accuse and accuse[0]["source"]["text"] == "The city of Chicago"


def test_a_group_named_before_its_attack_stays_its_doer():
    assault = _coded("The Hezbollah attack killed three soldiers near the border.", "ASSAULT")
    assert assault and assault[0]["source"]["text"] == "Hezbollah"


@pytest.mark.parametrize(
    "text, target",
    [
        ("Drivers struck against the Harlow Unified School District.", "the Harlow Unified School District"),
        ("Nurses protested against the Fendale Hospital District.", "the Fendale Hospital District"),
    ],
)
def test_a_body_named_by_a_unit_stays_the_target_of_a_protest(text, target):
    assert target in _targets(text, "PROTEST")


def test_a_district_named_by_a_body_word_stays_that_body():
    assert _targets("Cleaners went on strike against the school district.", "PROTEST") == ["school"]
