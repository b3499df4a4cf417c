"""Actors placed by whom they serve ("troops loyal to the president of X") and persons named as a
country's nationals (sentences written for these tests)."""

from event_helpers import events_of


def _find(text, trigger):
    found = [e for e in events_of(text) if trigger in e["trigger"]]
    assert found, [(e["plover"]["type"], e["trigger"]) for e in events_of(text)]
    return found[0]


def test_a_national_with_a_demonym_is_a_person_of_that_country():
    event = _find("Police in Ghana arrested a Nigerian national on Friday.", "arrested")
    assert event["plover"]["type"] == "COERCE"
    assert event["target"]["country"] == "NGA"
    event = _find("Kenya freed an Ethiopian national held since March.", "freed")
    assert event["target"]["country"] == "ETH"


def test_a_national_budget_is_no_person():
    assert not [e for e in events_of("The ministry said the national budget would be cut.") if e["target"]]


def test_actors_loyal_to_a_government_or_an_official_take_its_country_and_keep_their_sector():
    event = _find("Militias loyal to the government of Libya shelled the airport.", "shelled")
    assert event["source"]["country"] == "LBY"
    assert event["source"]["code"] != "LBYGOV"
    event = _find("Forces loyal to the prime minister of Somalia clashed with clan militias.", "clashed")
    assert event["source"]["code"] == "SOMMIL"


def test_fighters_loyal_to_a_country_are_not_placed_in_it():
    # a patron country, as "Iran's allies" are not Iranian (annotation guide, section 3)
    event = _find("Fighters loyal to Chad attacked a checkpoint in the desert.", "attacked")
    assert not (event["source"] or {}).get("country")


def test_officials_from_two_countries_give_one_actor_each():
    # coordinated actors give one event each; a reciprocal one is coded once (guide, section 3)
    event = _find("Negotiators from Sudan and Chad met in Doha.", "met")
    assert (event["source"]["country"], event["target"]["country"]) == ("SDN", "TCD")
    text = "Troops from Chad and Niger attacked militant camps."
    found = [e for e in events_of(text) if "attacked" in e["trigger"]]
    assert {e["source"]["country"] for e in found} == {"TCD", "NER"}


def test_a_plural_noun_opening_the_sentence_is_split_too():
    event = _find("News roundup\n\nLeaders of Peru and Canada met in Ottawa on Thursday.", "met")
    assert (event["source"]["country"], event["target"]["country"]) == ("PER", "CAN")


def test_things_from_two_countries_are_not_split():
    found = [e for e in events_of("Imports from Peru and Chile were banned by the ministry.") if e["target"]]
    assert len(found) <= 1


def test_they_or_it_of_a_coordinated_clause_takes_up_the_first_clause_doer():
    event = _find("Rebels in Mali seized the town, and they executed two officials.", "executed")
    assert event["source"]["country"] == "MLI"
    event = _find("Peru said the army had killed civilians, and it condemned the killings.", "condemned")
    assert event["source"]["country"] == "PER"


def test_a_pronoun_another_actor_of_the_first_clause_may_stand_for_stays_open():
    event = _find("Peru criticised Chile, and it recalled its envoy.", "recalled")
    assert not (event["source"] or {}).get("country")
    event = _find("The governor met the protesters and they accused him of lying.", "accused")
    assert not (event["source"] or {}).get("country")


def test_they_may_stand_for_a_body_of_people_of_the_first_clause():
    # a crowd is taken up with "they" as readily as with "it": the pronoun stays open
    event = _find("Gendarmes surrounded the crowd, and they attacked the gendarmes with sticks.", "attacked")
    assert event["source"]["text"] == "they"


def test_a_time_of_the_first_clause_leaves_it_to_the_doer():
    text = "The Zambian cabinet convened on Tuesday, and it urged Malawi to reopen the border."
    event = _find(text, "urged")
    assert event["source"]["country"] == "ZMB"
