import time
import warnings

import pytest

from dateline.nlp import get_nlp
from dateline.nlp.gazetteer import get_gazetteer, normalize


def run(text: str, dateline: dict | None = None):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.dateline = dateline
    doc._.warnings = []
    doc._.published = None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def by_name(places, name):
    for place in places:
        if place["name"] == name or name in place.get("aliases", []):
            return place
    return None


def test_example_gold_places(example_article, example_gold):
    places = [p.model_dump() for p in example_article.places]
    for gold in example_gold["places"]["must"]:
        place = by_name(places, gold["name"])
        assert place is not None, gold["name"]
        assert place["country"] == gold["country"]
        if "lat" in gold:
            assert abs(place["lat"] - gold["lat"]) < 0.1 and abs(place["lon"] - gold["lon"]) < 0.1
    ids = [p["id"] for p in places]
    assert ids == [f"P{i}" for i in range(1, len(ids) + 1)]
    for place in places:
        for m in place["mentions"]:
            assert example_article.body[m["start"] : m["end"]] == m["text"]


def test_example_dateline_links_to_ottawa(example_article):
    assert example_article.dateline is not None
    place = next(p for p in example_article.places if p.id == example_article.dateline.place)
    assert place.name == "Ottawa" and place.country == "CA" and place.feature == "city"


def test_demonym_is_a_mention_of_its_country(example_article):
    assert not any(p.name in ("Russian", "Norwegian", "Iraqi") for p in example_article.places)
    norway = by_name([p.model_dump() for p in example_article.places], "Norway")
    assert norway is not None and norway["feature"] == "country"
    assert norway["mentions"] == [] and {m["kind"] for m in norway["demonyms"]} == {"demonym"}
    canada = by_name([p.model_dump() for p in example_article.places], "Canada")
    assert [m["text"] for m in canada["demonyms"]] == ["Canadian"]
    assert by_name([p.model_dump() for p in example_article.places], "Canadian") is None


def test_groups_and_streets_are_not_towns():
    doc = run(
        "Yazidi and Druze leaders met on Main Street in Springfield, Illinois, as Formula One teams left."
    )
    names = {p["name"] for p in doc._.places}
    assert not names & {"Yazidi", "Druze", "Formula One"}
    street = by_name(doc._.places, "Main Street")
    assert street is None or (street["lat"] is None and street["feature"] == "facility")
    springfield = by_name(doc._.places, "Springfield")
    assert springfield["country"] == "US" and abs(springfield["lat"] - 39.8) < 0.2
    assert springfield["basis"] == "qualifier"


def test_state_abbreviation_qualifies_the_town():
    doc = run("The mayor of Alexandria, La., said the levee held.")
    place = by_name(doc._.places, "Alexandria")
    assert place["country"] == "US" and abs(place["lat"] - 31.3) < 0.3
    assert 0.0 < place["confidence"] <= 1.0


def test_province_gets_coordinates_and_id():
    doc = run("Fighting spread across Logar province and Kandahar, Afghan officials said.")
    logar = by_name(doc._.places, "Logar province")
    assert logar["country"] == "AF" and logar["geonameid"] and logar["lat"] is not None
    afghan = by_name(doc._.places, "Afghanistan")
    assert afghan is not None and afghan["demonyms"][0]["kind"] == "demonym"


def test_article_focus_picks_the_town():
    doc = run("Columbus and Dayton officials met. Ohio lawmakers said Springfield would get the plant.")
    springfield = by_name(doc._.places, "Springfield")
    assert springfield["country"] == "US" and abs(springfield["lon"] - -83.8) < 0.3


def test_place_opening_an_organisation_name():
    doc = run("The Toledo Police Department said the fire in Toledo was set.")
    toledo = by_name(doc._.places, "Toledo")
    assert toledo is not None and len(toledo["mentions"]) == 2


def test_georgia_follows_context():
    us = run("Voters in Atlanta, Savannah and Georgia turned out as polls closed in Florida and Ohio.")
    assert by_name(us._.places, "Georgia")["country"] == "US"
    caucasus = run("Russian troops stayed in Georgia after the war, officials in Tbilisi said.")
    assert by_name(caucasus._.places, "Georgia")["country"] == "GE"


def test_country_name_is_the_country():
    doc = run("Officials in Canada and Mexico met in Jordan on Monday.")
    places = doc._.places
    assert {p["country"] for p in places} >= {"CA", "MX", "JO"}
    assert all(p["feature"] == "country" for p in places)


def test_paris_follows_context():
    texas = run("The storm hit Dallas and Houston overnight. In Texas, Paris was flooded, officials said.")
    assert by_name(texas._.places, "Paris")["country"] == "US"
    france = run("The president flew from Paris to Lyon and then to Marseille.")
    assert by_name(france._.places, "Paris")["country"] == "FR"


def test_qualifier_narrows_the_reading():
    doc = run("He grew up in Paris, Texas, and later moved away.")
    assert by_name(doc._.places, "Paris")["country"] == "US"


def test_alternate_name_kiev():
    doc = run("Talks were held in Kiev on Friday between the two sides.")
    place = by_name(doc._.places, "Kiev")
    assert place["name"] == "Kyiv" and place["country"] == "UA"
    assert abs(place["lat"] - 50.45) < 0.1


def test_dateline_with_country_qualifier():
    dateline = {"text": "KUNDUZ, Afghanistan", "place": "KUNDUZ, Afghanistan"}
    doc = run("Taliban insurgents struck the consulate late Thursday.", dateline)
    place = next(p for p in doc._.places if p["id"] == doc._.dateline["place"])
    assert place["name"] == "Kunduz" and place["country"] == "AF"


def test_washington_is_the_capital_unless_qualified():
    doc = run("Lawmakers in Washington passed the bill.")
    assert by_name(doc._.places, "Washington")["geonameid"] == 4140963


def test_seat_town_before_its_division():
    doc = run("The council in Ottawa voted on Monday.")
    assert by_name(doc._.places, "Ottawa")["feature"] == "city"


def test_a_division_smaller_than_a_town_of_its_name_gives_way_to_the_town():
    toledo = by_name(run("The mayor of Toledo announced new budget cuts.")._.places, "Toledo")
    assert toledo["country"] == "US" and toledo["feature"] == "city"
    lima = by_name(run("Protesters marched in Lima against the president.")._.places, "Lima")
    assert lima["country"] == "PE" and lima["feature"] == "city"
    belize = run("In Belize, farmers in Toledo lost their crops to the floods, officials in Belmopan said.")
    assert by_name(belize._.places, "Toledo")["country"] == "BZ"


def test_a_division_reached_by_another_name_is_the_town_of_that_name():
    for text in ("Protesters gathered in Valencia on Saturday.", "The cabinet met in Madrid on Friday."):
        place = run(text)._.places[0]
        assert place["country"] == "ES" and place["feature"] == "city"
    province = run("Floods hit the province of Valencia on Monday.")._.places[0]
    assert province["country"] == "ES" and province["feature"] == "admin2"


def test_a_division_word_keeps_the_division_against_a_larger_town():
    for text in (
        "The Lima region's governor declared an emergency after the floods.",
        "The regional government of Lima announced new spending.",
    ):
        assert by_name(run(text)._.places, "Lima")["feature"] == "admin", text


def test_a_division_by_another_name_needs_a_town_of_some_size_to_mean_it():
    # not a village of the oblast that bears the name: the city (GeoNames 687700) or the oblast
    doc = run("Russia claims to have annexed Donetsk, Luhansk, Zaporizhzhia and Kherson.")
    place = by_name(doc._.places, "Zaporizhzhya") or by_name(doc._.places, "Zaporizhzhia")
    assert place is not None and place["country"] == "UA"
    assert place["feature"] == "admin" or place["geonameid"] == 687700


def test_aliases_as_data():
    gaz = get_gazetteer()
    assert gaz.lookup("U.S.")[0].country == "US"
    assert gaz.lookup("UK")[0].country == "GB"
    assert gaz.lookup("Britain")[0].country == "GB"
    assert gaz.demonym("Russian-backed") == "RU"
    assert gaz.demonym("Ukrainians") == "UA"
    assert normalize("the U.S.’s") == "us"


def test_empty_and_no_sentences():
    assert run("")._.places == []
    assert run("   \n\n  ")._.places == []
    assert run("!!! ??? ... ,,,")._.places == []


def test_all_caps_text_finds_countries():
    doc = run("TROOPS FROM GERMANY AND FRANCE ARRIVED IN UKRAINE ON MONDAY, OFFICIALS SAID.")
    assert {"DE", "FR", "UA"} <= {p["country"] for p in doc._.places}


def test_list_of_fifty_countries_is_fast():
    gaz = get_gazetteer()
    names = sorted({r.name for r in gaz.countries.values()})[:50]
    text = "Delegates came from " + ", ".join(names) + "."
    started = time.perf_counter()
    doc = run(text)
    assert time.perf_counter() - started < 15
    assert len({p["country"] for p in doc._.places}) >= 45


def test_long_text_linear_time():
    from spacy.tokens import Doc

    resolver = get_nlp().get_pipe("dateline_places")
    small = run("Officials in Canada said troops reached Kiev and Paris on Monday. " * 50)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        big = Doc.from_docs([small] * 40)
    big._.dateline = None
    resolver(small)
    started = time.perf_counter()
    resolver(small)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    resolver(big)
    big_time = time.perf_counter() - started
    assert big_time < 20 and big_time < 40 * small_time * 4 + 1.0
    assert len(big._.places) == len(small._.places) >= 2
    count = sum(len(p["mentions"]) for p in small._.places)
    assert sum(len(p["mentions"]) for p in big._.places) == 40 * count


def test_every_division_and_country_has_a_point_and_id():
    gaz = get_gazetteer()
    for name in ("Kosovo", "Alberta", "Queensland", "Laurel County", "Hebei"):
        reading = next(r for r in gaz.lookup(name) if r.feature in ("country", "admin", "admin2"))
        assert reading.lat is not None and reading.lon is not None and reading.geonameid, name
    assert sum(r.lat is None for r in gaz.countries.values()) <= 5


def mention_texts(doc):
    return {m["text"] for p in doc._.places for m in p["mentions"]}


def test_cue_words_mark_untagged_towns():
    doc = run(
        "A Brookville man was charged on Friday. Sen. Dana Price, D-Worcester, said the bill would pass. "
        "Officers from the Millbrook police arrived later."
    )
    found = mention_texts(doc)
    assert {"Brookville", "Worcester", "Millbrook"} <= found
    worcester = by_name(doc._.places, "Worcester")
    assert worcester["country"] in ("US", "GB")


def test_list_closed_by_counties_names_counties():
    doc = run("Flooding closed roads in Pike, Scott and Clay counties in Kentucky on Tuesday.")
    for name in ("Pike", "Scott", "Clay"):
        place = next(p for p in doc._.places if any(m["text"] == name for m in p["mentions"]))
        assert place["feature"] == "admin2" and place["country"] == "US", place


def test_dateline_left_in_the_body_after_a_date():
    doc = run("By a staff writer March 3, 2009 ZANESVILLE -- The city council met to vote on the levy.")
    place = next(p for p in doc._.places if any(m["text"] == "ZANESVILLE" for m in p["mentions"]))
    assert place["country"] == "US"


def test_state_abbreviation_after_a_town_is_a_mention_of_the_state():
    doc = run("She was taken to a prison in Chowchilla, Calif. Lawyers said she would appeal.")
    california = next(p for p in doc._.places if any(m["text"] == "Calif." for m in p["mentions"]))
    assert california["feature"] == "admin" and california["country"] == "US"


def test_saint_names_written_short_reach_the_town():
    doc = run("Police in St. Paul and Minneapolis closed the bridges across Minnesota.")
    paul = next(p for p in doc._.places if any(m["text"] == "St. Paul" for m in p["mentions"]))
    assert paul["country"] == "US" and abs(paul["lat"] - 44.95) < 0.3


def test_saint_with_possessive_before_a_name_is_no_town():
    doc = run("Pupils of St. Bernadette's Catholic School in Dayton, Ohio, sang on Sunday.")
    for place in doc._.places:
        if any(m["text"].startswith("St.") for m in place["mentions"]):
            assert place["lat"] is None


def test_demonyms_in_company_and_person_names_are_not_the_country():
    doc = run(
        "Maria Polish joined the Canadian Bakers Guild in Toronto. She speaks English. "
        "The Kenyan Defence Ministry said troops left Nairobi."
    )
    countries = {p["name"]: p for p in doc._.places if p["feature"] == "country"}
    assert not {"Poland", "United Kingdom", "Canada"} & set(countries)
    assert "Kenya" in countries and countries["Kenya"]["demonyms"]


def test_generic_words_alone_are_not_places():
    doc = run("Water from the Delta reached farms in the Valley, and the North voted on Tuesday in Fresno.")
    assert {m["text"] for p in doc._.places for m in p["mentions"]} == {"Fresno"}


def test_one_name_one_place_reaches_mislabelled_repeats():
    doc = run(
        "Fairhope police arrested two men on Friday. Fairhope was quiet on Saturday, and residents of "
        "Fairhope said they felt safe."
    )
    fairhope = next(p for p in doc._.places if p["name"] == "Fairhope")
    assert len(fairhope["mentions"]) == 3 and fairhope["country"] == "US"


def test_home_town_of_a_person_and_closing_an_organisation_name():
    doc = run("Lena Ortiz of Southfield spoke. She teaches at the University of Toledo, officials said.")
    found = mention_texts(doc)
    assert {"Southfield", "Toledo"} <= found


def test_dateline_in_the_body_replaces_its_parts():
    doc = run("Man fined for fraud. ST. CLOUD -- A man was fined on Monday, Minnesota officials said.")
    place = next(p for p in doc._.places if any(m["text"] == "ST. CLOUD" for m in p["mentions"]))
    assert place["country"] == "US" and abs(place["lat"] - 45.56) < 0.3


def test_street_with_a_compass_word_is_no_town_and_a_region_stays_a_region():
    doc = run("His car was parked in North Street. Storms crossed the Middle East and New England.")
    for place in doc._.places:
        if any(m["text"] == "North Street" for m in place["mentions"]):
            assert place["lat"] is None
    features = {p["name"]: p["feature"] for p in doc._.places}
    assert features.get("Middle East", "region") == "region"
    assert features.get("New England", "region") == "region"


def test_planets_and_moons_alone_are_not_places():
    doc = run(
        "The probe flew past Saturn and photographed Titan before turning back toward Earth, "
        "engineers in Houston said."
    )
    found = mention_texts(doc)
    assert not found & {"Saturn", "Titan", "Earth"}
    assert "Houston" in found


def test_a_town_named_like_a_planet_stays_with_a_cue_or_a_qualifier():
    doc = run("A Jupiter man was hurt on Friday, Jupiter police said. Voters in Mars, Pa., backed the levy.")
    places = {m["text"]: p for p in doc._.places for m in p["mentions"]}
    assert places["Jupiter"]["country"] == "US"
    assert places["Mars"]["country"] == "US"


def test_given_name_of_a_person_named_in_full_is_not_a_place():
    doc = run("Chad Brewer threw for 300 yards on Friday. Chad later thanked the fans in Tulsa.")
    assert not any(p["country"] == "TD" for p in doc._.places)
    assert "Tulsa" in mention_texts(doc)


def test_state_abbreviation_after_a_town_is_the_state():
    doc = run("She grew up in Butler, Pa., and now teaches in Rome, Ga., her office said.")
    places = {m["text"]: p for p in doc._.places for m in p["mentions"]}
    assert places["Pa."]["name"] == "Pennsylvania"
    assert places["Ga."]["country"] == "US" and places["Rome"]["country"] == "US"


def test_a_name_is_no_evidence_for_its_own_country():
    from dateline.nlp.place_features import Context

    context = Context(countries={"IE": 2.4, "US": 0.6}, own={"dublin": {"IE": 2.4}})
    countries, top = context.countries_without("dublin")
    assert top == "US" and "IE" not in countries
    assert context.countries_without("toronto") == (context.countries, "IE")


def test_compass_names_mean_a_division_of_a_country_the_story_names():
    doc = run(
        "Storms closed schools along the West Coast and across the South East, forecasters in Ohio said."
    )
    for place in doc._.places:
        if place["mentions"] and place["mentions"][0]["text"] in ("West Coast", "South East"):
            assert place["country"] in (None, "US")


def test_surname_of_a_person_named_in_full_is_no_unbacked_town():
    doc = run(
        "Director Nora Bancroft premiered her documentary on Friday. Critics said Bancroft "
        "filmed it over three years. Bancroft thanked her crew in Atlanta."
    )
    assert not any(m["text"] == "Bancroft" for p in doc._.places for m in p["mentions"])
    assert "Atlanta" in mention_texts(doc)


def test_dotted_initials_are_no_town():
    doc = run("The E.U. and the U.N. urged the U.S. to act, aides in N.Y. said.")
    assert {p["name"] for p in doc._.places} <= {"United States", "New York"}


def test_a_division_named_like_its_country_is_the_country():
    doc = run("Exports from Mexico rose, officials in Monterrey and Mexico City said.")
    mexico = next(p for p in doc._.places if any(m["text"] == "Mexico" for m in p["mentions"]))
    assert mexico["feature"] == "country"


def test_nations_of_the_united_kingdom_and_provinces_carry_their_population():
    gazetteer = get_gazetteer()
    for name in ("Wales", "Scotland", "Ontario"):
        division = next(r for r in gazetteer.lookup(name) if r.feature == "admin")
        assert division.population > 1_000_000
    doc = run("Wales beat Hungary 2-0 in Cardiff to reach the finals, fans in Swansea cheered.")
    wales = next(p for p in doc._.places if any(m["text"] == "Wales" for m in p["mentions"]))
    assert wales["feature"] == "admin"


def place_of(doc, text):
    """The place a mention written ``text`` belongs to, or None."""
    return next((p for p in doc._.places if any(m["text"] == text for m in p["mentions"])), None)


def test_a_list_merged_into_one_entity_gives_each_town():
    doc = run("Syrian troops moved on Thursday, and heavy clashes were reported in Homs, Hama and Aleppo.")
    for name in ("Homs", "Hama", "Aleppo"):
        place = place_of(doc, name)
        assert place is not None and place["country"] == "SY", name


def test_a_name_cut_before_its_particles_is_extended():
    from dateline.nlp import places_spans

    text = "Aid reached Deir ez-Zor and Ras al-Ain on Sunday."
    start = text.index("Deir") + len("Deir")
    longer = [text[text.index("Deir") : end] for end in places_spans.following_ends(text, start)]
    assert longer == ["Deir ez-Zor and Ras", "Deir ez-Zor and", "Deir ez-Zor"]
    assert places_spans.following_ends("Fighting in Mosul.", len("Fighting in Mosul")) == []


def test_a_town_written_with_the_arabic_article_is_a_place():
    doc = run("Turkish-backed fighters advanced on Thursday near al-Bab in northern Syria.")
    place = place_of(doc, "al-Bab")
    assert place is not None and place["country"] == "SY"


def test_transliterations_with_or_without_the_article_reach_the_town():
    gazetteer = get_gazetteer()
    assert any(r.country == "SY" for r in gazetteer.lookup("Qamishli"))
    assert gazetteer.lookup("Xqzvb") == []


def test_a_governorate_named_after_its_seat_means_the_town_without_a_division_word():
    doc = run("Iraqi police said a car bomb exploded in Baghdad on Monday, and another hit Najaf.")
    assert place_of(doc, "Baghdad")["feature"] == "city"
    doc = run("Iraqi police said clashes spread across Baghdad province on Monday.")
    assert all(p["feature"] != "city" for p in doc._.places if p["country"] == "IQ")


def test_a_large_city_of_the_story_country_tagged_an_organisation_is_kept():
    doc = run("Iraqi troops advanced on Monday, and Kurdish forces withdrew to Erbil after the talks failed.")
    place = place_of(doc, "Erbil")
    assert place is not None and place["country"] == "IQ"


def test_a_cut_name_extended_stops_before_a_possessive():
    from dateline.nlp import places_spans

    text = "Officials in the Town of Millbrook's council voted."
    start = text.index("Town") + len("Town")
    longer = [text[text.index("Town") : end] for end in places_spans.following_ends(text, start)]
    assert longer == ["Town of Millbrook", "Town of"]


def test_a_division_of_unknown_population_has_no_seat():
    from dateline.nlp.gazetteer import Reading
    from dateline.nlp.places import _seat

    division = Reading("geo:1", "Westmarch", "admin", "ZZ", population=0, admin1="01")
    town = Reading("geo:2", "Westmarch", "city", "ZZ", population=0, admin1="01")
    assert _seat(division, [division, town]) is None
    peopled = Reading("geo:1", "Westmarch", "admin", "ZZ", population=40000, admin1="01")
    seat = Reading("geo:2", "Westmarch", "city", "ZZ", population=12000, admin1="01")
    assert _seat(peopled, [peopled, seat]) == seat


def test_a_seat_of_unknown_population_reached_by_its_news_spelling_is_a_place():
    doc = run("Iraqi troops advanced toward Hawija on Tuesday after clearing villages near Makhmur.")
    for name in ("Hawija", "Makhmur"):
        place = place_of(doc, name)
        assert place is not None and place["country"] == "IQ", name


def test_a_town_of_the_story_country_under_another_label_is_a_place():
    doc = run("Syrian rebels withdrew to Jarablus on the Turkish border.")
    assert place_of(doc, "Jarablus")["country"] == "SY"
    doc = run("Shelling hit the town of Jisr al-Shughur in northwest Syria.")
    assert place_of(doc, "Jisr al-Shughur")["country"] == "SY"
    doc = run("Rockets struck the Turkish border towns of Kilis and Reyhanli on Sunday.")
    for name in ("Kilis", "Reyhanli"):
        assert place_of(doc, name)["country"] == "TR", name


def test_an_arabic_name_in_another_spelling_reaches_the_town_by_its_skeleton():
    from dateline.nlp.gazetteer import skeleton

    assert skeleton("deir ezzor") == skeleton("dayr az zawr") != ""
    assert skeleton("maarat al numan") == skeleton("ma'arrat an nu'man")
    assert skeleton("taji") == ""
    readings = get_gazetteer().lookup("Maarat al-Numan")
    assert readings and all(r.loose and r.country == "SY" for r in readings)
    assert get_gazetteer().lookup("Heavy Sandwich") == []
    doc = run("Syrian jets bombed Maarat al-Numan and Saraqib, rebels said.")
    assert place_of(doc, "Maarat al-Numan")["country"] == "SY"


def test_a_loose_reading_alone_makes_no_place_of_a_name_under_another_label():
    doc = run("Airstrikes hit Sakhour and the old market, activists in Aleppo said.")
    assert place_of(doc, "Sakhour") is None


def test_a_town_in_a_person_s_name_stays_a_place_where_the_article_tags_it_one():
    doc = run(
        "Iraqi troops entered Ramadi on Monday. Ramadi was calm by night, and police in Ramadi "
        "said the tribal leader Khalid Hamid al-Ramadi had returned."
    )
    place = place_of(doc, "Ramadi")
    assert place is not None and place["country"] == "IQ"


def test_a_street_name_takes_no_loose_arabic_reading():
    doc = run("Police closed Manzil Way in Oxford after the crash on Tuesday.")
    assert all(p["country"] != "EG" for p in doc._.places)


def test_the_place_owning_an_unknown_place_entity_is_a_mention():
    doc = run("Iraqi troops fought street by street through Hit's Old Market on Sunday.")
    hit = place_of(doc, "Hit")
    assert hit is not None and hit["country"] == "IQ"
    doc = run("Fighting spread across Raqqa's Old City on Tuesday as Syrian troops advanced.")
    place = place_of(doc, "Raqqa")
    assert place is not None and place["country"] == "SY"
    doc = run("Worshippers filled St. Michael's Cathedral for the service.")
    assert place_of(doc, "St. Michael") is None


def test_old_city_is_a_quarter_of_the_story_town_not_a_namesake_abroad():
    doc = run("Iraqi forces pushed into the Old City of Mosul on Sunday, officers said.")
    assert all(p["country"] != "PS" for p in doc._.places)


def test_a_seat_town_carries_the_confidence_of_the_division_named_after_it():
    doc = run("Iraqi police said a car bomb exploded in Basra on Tuesday, killing four.")
    place = place_of(doc, "Basra")
    assert place["feature"] == "city" and place["confidence"] > 0.5


def test_a_province_of_the_story_country_under_its_news_spelling_is_a_place():
    doc = run("Syrian families fleeing the fighting gathered near Quneitra on Wednesday.")
    place = place_of(doc, "Quneitra")
    assert place is not None and place["country"] == "SY"


def test_a_road_or_border_named_by_its_two_ends_gives_both_places():
    doc = run("Syrian troops reopened the border, and trucks crossed to the Damascus-Amman road.")
    for name, country in (("Damascus", "SY"), ("Amman", "JO")):
        place = place_of(doc, name)
        assert place is not None and place["country"] == country, name
    doc = run("Voters in Winston-Salem went to the polls on Tuesday.")
    assert place_of(doc, "Winston-Salem")["country"] == "US"


def test_a_loose_reading_stands_only_in_a_country_the_article_places_names_in():
    doc = run("Iraqi troops advanced from Rutba toward Wadi Horan on Monday, a security source said.")
    assert all(p["country"] in ("IQ", None) for p in doc._.places)
    doc = run(
        "Hasakah, SANA \u2013 A farmer was wounded in a shelling attack near Tal Tamer in the countryside "
        "of Hasakah province."
    )
    assert all(p["country"] != "YE" for p in doc._.places)
    place = place_of(doc, "Tal Tamer")
    assert place is not None and place["country"] == "SY"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Syrian state media said Jermaine was detained in Damascus.", "Jermaine"),
        ("The Syrian army said the rebels had agreed to Terms on Friday.", "Terms"),
        ("Iraqi troops gathered near the Mausoleum on Tuesday.", "Mausoleum"),
    ],
)
def test_a_one_word_name_is_no_local_town_by_its_consonant_skeleton_alone(text, word):
    doc = run(text)
    assert place_of(doc, word) is None


def _demonym_places(text: str) -> dict[str, dict]:
    doc = run(text)
    return {m["text"]: p for p in doc._.places or [] for m in p.get("demonyms") or []}


def test_a_state_demonym_names_the_state():
    placed = _demonym_places(
        "Hundreds of Nebraskans queued for seed loans, and a Manitoban grower joined them."
    )
    assert placed["Nebraskans"]["name"] == "Nebraska"
    assert placed["Nebraskans"]["feature"] == "admin"
    assert placed["Manitoban"]["name"] == "Manitoba"


def test_a_two_word_division_demonym_beats_the_country_demonym():
    placed = _demonym_places("Western Australian wheat growers met Australian trade officials in Perth.")
    assert placed["Western Australian"]["name"] == "Western Australia"
    assert placed["Australian"]["feature"] == "country"


def test_a_country_demonym_keeps_the_country_over_a_state_of_the_same_name():
    placed = _demonym_places("A Georgian winemaker sold his casks to buyers in Lyon.")
    assert placed["Georgian"]["feature"] == "country"


def test_a_division_named_with_and_is_one_place_when_the_ner_splits_it():
    doc = run("Ferry crews praised Newfoundland and Labrador's fishing towns after the storm.")
    names = {p["name"]: [m["text"] for m in p.get("mentions") or []] for p in doc._.places or []}
    assert names.get("Newfoundland and Labrador") == ["Newfoundland and Labrador"]
    assert "Labrador" not in names


def test_two_places_joined_by_and_stay_two():
    doc = run("Trade envoys flew between Serbia and Croatia last week.")
    names = {p["name"] for p in doc._.places or []}
    assert {"Serbia", "Croatia"} <= names


def test_a_two_word_division_demonym_beats_its_first_words_country():
    placed = _demonym_places("Thousands of British Columbians fled the smoke near Prince George.")
    assert placed["British Columbians"]["name"] == "British Columbia"


@pytest.mark.parametrize(
    "text",
    [
        "The Kentuckian reported on Thursday that the distillery would close.",
        "In a letter to The Nebraskan, the dean defended the cuts.",
        "Editors of the Salem Oregonian backed the levy.",
    ],
)
def test_a_division_demonym_in_a_title_names_no_place(text):
    assert not _demonym_places(text)


def test_a_division_demonym_before_a_noun_or_as_a_people_still_names_it():
    placed = _demonym_places("The Kentuckian bourbon trade grew, and many Nebraskans took jobs in it.")
    assert placed["Kentuckian"]["name"] == "Kentucky"
    assert placed["Nebraskans"]["name"] == "Nebraska"


def test_two_countries_joined_by_and_are_no_former_union():
    doc = run("Troops of Serbia and Montenegro were accused of the raids.")
    names = {p["name"] for p in doc._.places or []}
    assert {"Serbia", "Montenegro"} <= names
    assert "Serbia and Montenegro" not in names
