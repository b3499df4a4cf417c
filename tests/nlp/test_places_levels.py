"""The level a name is read at: a division or its town (lists of divisions, governors, "X City")."""

from test_places import run

from dateline.nlp.gazetteer import Reading
from dateline.nlp.places import _seat


def _placed(text: str) -> dict[str, dict]:
    doc = run(text)
    return {m["text"]: p for p in doc._.places or [] for m in p.get("mentions") or []}


def test_a_name_listed_with_regions_is_read_as_a_region():
    placed = _placed("Storms cut power across Valencia, Catalonia and Aragon, the grid operator said.")
    assert placed["Catalonia"]["feature"] == "admin"
    assert placed["Valencia"]["feature"] == "admin"
    assert placed["Valencia"]["country"] == "ES"


def test_a_name_listed_with_towns_stays_a_town():
    placed = _placed("The band will play in Valencia, Seville and Bilbao next spring.")
    assert placed["Valencia"]["feature"] == "city"


def test_names_closed_by_a_plural_region_word_are_regions():
    placed = _placed("Heavy rain flooded villages in the Kherson and Mykolaiv regions on Sunday.")
    assert placed["Kherson"]["feature"] == "admin"
    assert placed["Mykolaiv"]["feature"] == "admin"


def test_a_governor_heads_the_province():
    placed = _placed("The Kandahar governor opened a new clinic on the road to Kabul.")
    assert placed["Kandahar"]["feature"] == "admin"
    assert placed["Kabul"]["feature"] == "city"


def test_a_name_with_city_after_it_is_the_town():
    placed = _placed("Students marched through Quebec City against higher tuition fees.")
    assert placed["Quebec City"]["feature"] == "city"
    assert placed["Quebec City"]["country"] == "CA"


def test_a_division_of_unknown_population_has_no_seat():
    division = Reading("a", "Nowhere Province", "admin", "XX", population=0, admin1="01", alternate=True)
    village = Reading("b", "Nowhere", "city", "XX", population=800, admin1="01")
    assert _seat(division, [division, village]) is None
    peopled = Reading("a", "Nowhere Province", "admin", "XX", population=10000, admin1="01", alternate=True)
    assert _seat(peopled, [peopled, village]) is village
