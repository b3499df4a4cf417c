"""The level a name is read at: a division or its town (lists of divisions, governors, "X City")."""

from test_places import run

from dateline.nlp.gazetteer import Reading
from dateline.nlp.places import Mention, _named_division, _seat


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


def test_a_world_city_is_not_pulled_home_by_the_story_country():
    placed = _placed(
        "A delegation from Sydney, Nova Scotia, visited Halifax and then flew to Paris for talks."
    )
    assert placed["Halifax"]["country"] == "CA"
    assert placed["Paris"]["country"] == "FR"


def test_a_town_named_by_its_local_cue_keeps_its_namesake_reading():
    placed = _placed(
        "A Paris man was charged with theft after Paris police found stolen tools in his truck. "
        "He was taken to the Henry County jail in Tennessee."
    )
    assert placed["Paris"]["country"] == "US"


def test_a_state_named_like_its_great_city_is_the_city_without_a_division_word():
    placed = _placed("Police in São Paulo detained two men after a jewellery shop was robbed.")
    assert placed["São Paulo"]["feature"] == "city"
    placed = _placed("Farmers across São Paulo state blocked roads over fuel prices.")
    assert placed["São Paulo"]["feature"] == "admin"


def test_a_name_is_no_evidence_for_itself_across_rounds():
    from dateline.nlp import place_features as pf

    city = Reading("c", "Albany", "city", "US", lat=42.65, lon=-73.75, population=97000, admin1="NY")
    at = pf.FEATURES.index("admin_named")
    own = pf.Context(admins={("US", "NY"): 1.0}, own_admins={"albany": {("US", "NY"): 1.0}})
    assert pf.features(city, own, "albany", set(), False, False, None)[at] == 0.0
    other = pf.Context(admins={("US", "NY"): 1.0}, own_admins={"new york": {("US", "NY"): 1.0}})
    assert pf.features(city, other, "albany", set(), False, False, None)[at] == 1.0


def test_other_names_of_the_state_still_count_beside_the_names_own_reading():
    from dateline.nlp import place_features as pf

    city = Reading("c", "Albany", "city", "US", lat=42.65, lon=-73.75, population=97000, admin1="NY")
    at = pf.FEATURES.index("admin_named")
    both = pf.Context(admins={("US", "NY"): 2.0}, own_admins={"albany": {("US", "NY"): 1.0}})
    assert pf.features(city, both, "albany", set(), False, False, None)[at] == 1.0


def _all_placed(text: str) -> list[tuple[str, dict]]:
    doc = run(text)
    found = [(m["start"], m["text"], p) for p in doc._.places or [] for m in p.get("mentions") or []]
    return [(t, p) for _, t, p in sorted(found, key=lambda f: f[0])]


def test_the_list_rule_comes_before_the_seat_rule():
    placed = _placed("Dengue cases rose in Rio de Janeiro, Espirito Santo and Bahia this summer.")
    assert placed["Rio de Janeiro"]["feature"] == "admin"
    assert placed["Espirito Santo"]["feature"] == "admin"
    assert placed["Bahia"]["feature"] == "admin"


def test_a_list_of_seats_only_stays_towns():
    placed = _placed("Sirens sounded over Kharkiv, Dnipro and Lviv overnight, Ukrainian officials said.")
    assert placed["Kharkiv"]["feature"] == "city"
    assert placed["Lviv"]["feature"] == "city"


def test_a_listed_division_the_ner_took_for_an_organisation_is_kept():
    placed = _placed("Shops closed across Tabasco, Chiapas and Campeche as the storm approached.")
    assert placed["Campeche"]["feature"] == "admin"
    assert placed["Campeche"]["country"] == "MX"


def test_a_governors_name_is_kept_as_the_province():
    placed = _placed("Bryansk's governor said the village was shelled twice.")
    assert placed["Bryansk"]["feature"] == "admin"
    assert placed["Bryansk"]["country"] == "RU"


def test_the_city_of_a_name_keeps_the_town_reading():
    placed = _all_placed("Bryansk's governor said debris fell on a school in the city of Bryansk.")
    assert [p["feature"] for t, p in placed if t == "Bryansk"] == ["admin", "city"]


def test_a_city_division_in_a_list_of_regions_is_the_surrounding_oblast():
    placed = _placed("Flights were cancelled in the Moscow and Yaroslavl regions because of fog.")
    assert placed["Moscow"]["name"] == "Moskovskaya oblast'"
    placed = _placed("Rescuers worked through the night in the Kyiv and Zhytomyr regions.")
    assert placed["Kyiv"]["name"] == "Kyivska oblast"


def test_across_a_name_keeps_the_division_its_town_seats():
    placed = _placed("Brush fires spread across Rio de Janeiro, the state fire service said.")
    assert placed["Rio de Janeiro"]["feature"] == "admin"
    placed = _placed("Police in Rio de Janeiro arrested four men after a robbery.")
    assert placed["Rio de Janeiro"]["feature"] == "city"


def test_a_national_capital_keeps_the_city_in_a_list_with_a_division():
    placed = _placed("Shops in Tehran, Isfahan and Khuzestan stayed shut during the strike.")
    assert placed["Khuzestan"]["feature"] == "admin"
    assert placed["Tehran"]["feature"] == "city"
    assert placed["Isfahan"]["feature"] == "city"


def test_across_a_capital_and_a_division_reads_both_as_divisions():
    placed = _placed("Wildfires raged throughout Tehran and Khuzestan.")
    assert placed["Tehran"]["feature"] == "admin"
    assert placed["Khuzestan"]["feature"] == "admin"


def test_a_division_chosen_by_population_pulls_no_name_to_its_level():
    placed = _placed("Trains stopped between Buenos Aires and Tucuman.")
    assert placed["Tucuman"]["feature"] == "city"


def test_a_division_with_only_small_namesake_towns_is_firm():
    placed = _placed("Cartel violence rose in Durango, Sonora and Sinaloa last year.")
    assert all(placed[name]["feature"] == "admin" for name in ("Durango", "Sonora", "Sinaloa"))


def test_a_capital_outside_the_division_leaves_the_division_in_a_list():
    placed = _placed("Voters in Washington, Montana and Idaho will decide on the measure.")
    assert placed["Washington"]["feature"] == "admin"
    assert placed["Washington"]["country"] == "US"


def test_a_capital_named_alone_is_the_city_not_its_namesake_province():
    placed = _placed("Thousands of nurses marched in Buenos Aires on Tuesday, union leader Rita Olmedo said.")
    assert placed["Buenos Aires"]["feature"] == "city"
    placed = _placed("Hail flattened wheat across Buenos Aires province, farm leader Tomas Ferro said.")
    assert placed["Buenos Aires"]["feature"] == "admin"


def test_a_division_with_a_named_town_inside_keeps_its_name_from_the_capital():
    placed = _placed(
        "Wildfires near Seattle and Spokane forced hundreds from their homes, and Washington officials "
        "asked for federal help, fire marshal Tom Ebbett said."
    )
    assert placed["Washington"]["feature"] == "admin"


def test_a_division_the_scores_kept_pulls_its_list_to_its_level():
    placed = _placed("Mudslides buried roads in Oaxaca, Puebla and Veracruz, rescuer Nidia Carmona said.")
    assert all(placed[name]["feature"] == "admin" for name in ("Oaxaca", "Puebla", "Veracruz"))


def test_a_list_with_a_town_only_name_stays_towns():
    placed = _placed("The choir Lumen Norte will sing in Puebla, Oaxaca and Merida this winter.")
    assert placed["Puebla"]["feature"] == "city"


def test_a_first_level_division_word_rules_out_the_towns_of_the_name():
    placed = _placed("Wildfires spread across Washington state on Tuesday, forester Lyle Brandt said.")
    assert placed["Washington"]["feature"] == "admin"
    assert placed["Washington"]["confidence"] >= 0.9


def test_the_city_of_a_seat_is_as_sure_as_the_seat_alone():
    placed = _placed("A bomb exploded in the city of Kandahar on Monday, police chief Wali Noori said.")
    assert placed["Kandahar"]["feature"] == "city"
    assert placed["Kandahar"]["confidence"] >= 0.9


def test_a_province_word_keeps_second_level_provinces():
    placed = _placed("Frost ruined the almond crop of Cordoba province in Andalusia, grower Tomas Vela said.")
    assert placed["Cordoba"]["feature"] == "admin2"
    assert placed["Cordoba"]["country"] == "ES"


def test_a_province_of_more_people_outweighs_a_first_level_namesake():
    placed = _placed("Storms flattened orange groves in the province of Valencia, farmer Elena Broch said.")
    assert placed["Valencia"]["feature"] == "admin2"
    assert placed["Valencia"]["country"] == "ES"
    placed = _placed("Wildfires burned farms in Granada province on Sunday, shepherd Anselmo Rey said.")
    assert placed["Granada"]["country"] == "ES"


def test_a_province_word_keeps_the_first_level_province_it_names():
    placed = _placed(
        "Drought hit the wheat in Cordoba province in central Argentina, rancher Ciro Lamas said."
    )
    assert placed["Cordoba"]["feature"] == "admin"
    assert placed["Cordoba"]["country"] == "AR"
    placed = _placed("Rockets struck a market in the province of Kandahar, elder Noor Wali said.")
    assert placed["Kandahar"]["feature"] == "admin"


def test_the_agents_of_a_country_keep_its_namesake_of_a_world_city():
    placed = _placed("Mexican police found a stolen truck in Santiago, officer Beto Lara said.")
    assert placed["Santiago"]["country"] == "MX"
    placed = _placed("The Mexican government sent aid to Santiago after the storm, aide Rosa Gil said.")
    assert placed["Santiago"]["country"] == "MX"


def test_a_persons_nationality_does_not_name_the_scene():
    placed = _placed("Mexican painter Lola Verde showed her work in Santiago on Friday.")
    assert placed["Santiago"]["country"] == "CL"
    placed = _placed("A Canadian cyclist, Remy Dube, was hit by a van in Paris on Tuesday.")
    assert placed["Paris"]["country"] == "FR"


def test_a_tentative_name_read_as_a_province_by_its_word_is_kept():
    province = Reading(key="ordena", name="Ordena", feature="admin2", country="ES", population=600_000)
    region = Reading(key="ordena", name="Ordena", feature="admin", country="ES", population=2_000_000)
    town = Reading(key="ordena", name="Ordena", feature="city", country="ES", population=90_000)
    worded = Mention(0, 1, "Ordena", "PERSON", chosen=province, division_named=True, tentative=True)
    assert _named_division(worded)
    assert _named_division(Mention(0, 1, "Ordena", "PERSON", chosen=region, division_named=True))
    assert not _named_division(Mention(0, 1, "Ordena", "PERSON", chosen=province))
    assert not _named_division(Mention(0, 1, "Ordena", "PERSON", chosen=town, division_named=True))


def test_a_compass_word_does_not_reach_a_town_through_an_alternate_name():
    # "Far" is only an alternate name of a Texas town: "the Far East" is no part of it
    placed = _placed("Her grandfather sailed cargo ships to the Far East for twenty years.")
    assert all(p["name"] != "Pharr" for p in placed.values())


def test_a_compass_word_before_a_name_still_reads_the_name():
    placed = _placed("Wildfires spread across Northeast Georgia and East Oxford stayed dry.")
    assert placed["Northeast Georgia"]["name"] == "Georgia"
    assert placed["East Oxford"]["name"] == "Oxford"


def test_a_generic_word_after_a_name_still_reads_the_name():
    placed = _placed("Inspectors from Enfield Borough visited the market on Monday.")
    assert placed["Enfield Borough"]["name"] == "Enfield"


def test_a_compass_word_before_a_citys_former_name_still_reads_the_city():
    placed = _placed("Power cuts hit North Bombay and East Calcutta on Tuesday.")
    assert placed["North Bombay"]["name"] == "Mumbai"
    assert placed["East Calcutta"]["name"] == "Kolkata"
