"""Event actors from the parse: phrase extent, coordinated nationalities, context fallback."""

import pytest

from dateline.nlp import get_nlp

try:
    from dateline.actors import resolve_actor  # noqa: F401

    HAVE_ACTORS = True
except ImportError:
    HAVE_ACTORS = False

pytestmark = pytest.mark.skipif(not HAVE_ACTORS, reason="dateline.actors is not installed")


def _events(text: str) -> list[dict]:
    return get_nlp()(text)._.events


def _sources(events: list[dict]) -> set[str]:
    return {e["source"]["code"] for e in events if e["source"]}


def _targets(events: list[dict]) -> set[str]:
    return {e["target"]["code"] for e in events if e["target"]}


def test_coordinated_nationalities_give_one_actor_each():
    events = _events("Hungarian and Romanian officials met Serbian diplomats in Belgrade on Monday.")
    assert _sources(events) == {"HUNGOV", "ROUGOV"}
    assert _targets(events) == {"SRBGOV"}
    assert all(e["source"]["text"] == "Hungarian and Romanian officials" for e in events)


def test_place_complement_locates_the_actor():
    events = _events("The Norwegian envoy said the rebels in Mindanao must accept a truce.")
    targets = [e["target"] for e in events if e["target"]]
    assert targets and targets[0]["code"] == "PHLREB"
    assert targets[0]["text"] == "the rebels in Mindanao"
    assert targets[0]["country_source"] == "phrase"


def test_sentence_country_only_when_the_phrase_names_none():
    events = _events("Police in the capital arrested twelve protesters after the rally in Kenya.")
    source = events[0]["source"]
    assert (source["country"], source["country_source"]) == ("KEN", "sentence")
    named = _events("Nigerian police arrested twelve protesters in Kenya.")
    assert (named[0]["source"]["country"], named[0]["source"]["country_source"]) == ("NGA", "phrase")


def test_sponsor_place_is_not_the_actor_country():
    events = _events("An anti-Syria journalist was killed by gunmen in Beirut.")
    target = next(e["target"] for e in events if e["target"])
    assert target["country"] == "LBN"


def test_transnational_group_gets_no_country_from_the_sentence():
    events = _events("Amnesty International accused China of torturing prisoners.")
    source = events[0]["source"]
    assert source["code"].startswith("NGO") and source["country"] is None
    assert _targets(events) == {"CHN"}


def test_title_in_the_text_gives_the_office_of_a_pronoun_antecedent():
    events = _events("President Ben Ali said he will free the detained union leaders.")
    sources = [e["source"] for e in events if e["source"]]
    assert sources and sources[0]["code"] == "TUNGOV"


def test_bare_conjunct_shares_the_nationality_of_the_first():
    events = _events("Turkish jets and artillery pounded villages near the border town of Afrin.")
    sources = {(e["source"]["text"], e["source"]["code"], e["source"]["country_source"]) for e in events}
    assert sources == {("Turkish jets", "TURMIL", "phrase"), ("artillery", "TURMIL", "phrase")}


def test_dateline_is_the_last_context():
    import dateline

    article = dateline.extract(
        "OTTAWA — Police arrested twelve protesters on Monday after a rally.\n\n"
        "The ministry said it would investigate the arrests.",
        published="2015-03-22",
    )
    actors = [e.source for e in article.events if e.source]
    assert actors and all(a.country == "CAN" and a.country_source == "dateline" for a in actors)


def test_an_abstract_noun_is_no_actor_but_its_possessor_is():
    events = _events("The senators criticized the governor's latest decision on Tuesday.")
    accuse = [e for e in events if e["plover"]["type"] == "ACCUSE"]
    assert accuse and accuse[0]["target"]["text"] == "the governor"


def test_a_thing_named_by_an_actor_noun_is_no_actor():
    events = _events("The mayor rejected the police proposals for the festival.")
    reject = [e for e in events if e["plover"]["type"] == "REJECT"]
    assert reject and (reject[0]["target"] or {}).get("text") == "police"


def test_a_law_is_never_an_actor():
    events = _events("The Clean Water Act would impose sanctions on polluting firms.")
    assert not [e for e in events if e["source"] and "Act" in e["source"]["text"]]


def test_a_member_of_a_party_is_placed_by_the_party():
    events = _events("One Republican criticized the Justice Department on Friday.")
    assert _sources(events) == {"USAPTY"}


def test_a_subject_the_parse_hung_on_another_phrase_is_still_the_source():
    events = _events(
        "Tories said the bank mishandled the loans and Democrats accused the GOP of hiding the report."
    )
    accuse = [e for e in events if e["plover"]["type"] == "ACCUSE" and e["trigger"] == "accused"]
    assert accuse and accuse[0]["source"]["text"] == "Democrats"


def test_the_target_of_a_dropped_inquiry_is_whom_it_was_into():
    events = _events("Prosecutors in Norway dropped an inquiry into bribery claims made against Ola Berg.")
    concede = [e for e in events if e["plover"]["type"] == "CONCEDE"]
    assert concede and concede[0]["target"]["text"] == "Ola Berg"


def test_the_target_of_a_threat_is_whom_the_threatened_act_is_aimed_at():
    events = _events("One senator threatened to make the envoy testify in public.")
    threaten = [e for e in events if e["plover"]["type"] == "THREATEN"]
    assert threaten and threaten[0]["target"]["text"] == "the envoy"


def test_a_definite_description_stands_for_the_group_named_before():
    events = _events("Hamas fired rockets at Israel. Later, the group threatened to attack Tel Aviv.")
    threaten = [e for e in events if e["plover"]["type"] == "THREATEN"]
    assert threaten and threaten[0]["source"]["country"] == "PSE"


def test_a_surname_is_the_person_the_story_names_in_full():
    events = _events("Police in Ohio arrested Hans Peter Merkel. Later, Merkel urged the crowd to go home.")
    request = [e for e in events if e["plover"]["type"] == "REQUEST"]
    assert request and request[0]["source"]["country"] == "USA"


def test_an_actor_phrase_stops_at_a_line_break():
    events = _events("10:40 a.m.\n\nDonald Trump called on Russia to release the journalist.")
    assert events and events[0]["source"]["text"] == "Donald Trump"


def test_a_name_in_a_coordinated_predicate_is_not_the_first_predicates_target():
    events = _events("Chile condemned the raid and called on Peru to withdraw its troops.")
    accuse = [e for e in events if e["plover"]["type"] == "ACCUSE"]
    assert accuse and accuse[0]["target"] is None


def test_a_request_to_an_object_is_not_aimed_at_the_requested_acts_object():
    events = _events("The envoy urged all sides to protect the refugees.")
    request = [e for e in events if e["plover"]["type"] == "REQUEST"]
    assert request and (request[0]["target"] or {}).get("sector") != "REF"


def test_people_with_no_code_are_still_the_object_not_a_later_phrase():
    events = _events("The UN refugee agency urged donors to send more aid to displaced families.")
    request = [e for e in events if e["plover"]["type"] == "REQUEST"]
    assert request and request[0]["target"]["text"] == "donors" and request[0]["target"]["code"] is None


def test_a_hyphenated_name_the_parser_split_is_one_subject():
    events = _events("South Korean President Moon Jae-in condemned the missile launch on Monday.")
    accuse = [e for e in events if e["plover"]["type"] == "ACCUSE"]
    assert accuse and accuse[0]["source"]["text"] == "South Korean President Moon Jae-in"


def test_an_object_pronoun_is_never_its_clauses_subject():
    events = _events("Senator Maria Ortiz of Texas accused him of lying to the committee.")
    accuse = [e for e in events if e["plover"]["type"] == "ACCUSE"]
    assert accuse and accuse[0]["target"] is not None and accuse[0]["target"]["text"] == "him"


def test_a_protest_has_no_target_in_the_town_where_it_is_held():
    events = _events("Hundreds of teachers rallied outside the courthouse in Denver on Friday.")
    protest = [e for e in events if e["plover"]["type"] == "PROTEST"]
    assert protest and protest[0]["target"] is None


def test_a_country_the_recogniser_took_for_a_thing_is_still_an_actor():
    from spacy.tokens import Span

    from dateline.events.actors import names_thing

    doc = get_nlp()("Greece is pressuring Malta over the fishing rights.")
    doc.ents = [Span(doc, 3, 4, label="PRODUCT")]
    assert not names_thing(doc[3])
    doc.ents = [Span(doc, 6, 7, label="PRODUCT")]
    assert names_thing(doc[6])


def test_a_town_written_with_a_persons_own_name_does_not_place_the_person():
    from dateline.events.actors import _place_in_name

    person = {"type": "PERSON", "name": "Lima Grant"}
    assert _place_in_name({"basis": "city", "name": "Lima", "country": "PER"}, person)
    assert not _place_in_name({"basis": "region", "name": "Ohio", "country": "USA"}, person)
    assert not _place_in_name({"basis": "city", "name": "Lima"}, {"type": "ORG", "name": "Lima Grant"})


def test_critics_take_no_country_from_the_story_only_from_their_own_words():
    text = (
        "MADRID (AP) — Critics accused the Spanish prime minister of misleading parliament. "
        "The Spanish government rejected the claim on Monday."
    )
    accuse = [e for e in _events(text) if e["plover"]["type"] == "ACCUSE"]
    assert accuse and accuse[0]["source"]["country"] is None
    placed = _events("Critics in Germany accused the chancellor of lying.")
    assert _sources(placed) == {"DEUOPP"}


def _dated(text: str) -> list[dict]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2019-06-01"
    return nlp(doc)._.events


def test_a_congress_form_of_a_title_places_its_holder_not_a_foreign_state_named_before():
    text = "The Chinese embassy rejected the claims on Monday. Rep. Dana Whitfield accused Beijing of spying."
    accuse = [e for e in _dated(text) if e["plover"]["type"] == "ACCUSE"]
    assert accuse and accuse[0]["source"]["code"] == "USALEG"
    assert accuse[0]["source"]["country_source"] == "title"


def test_a_congress_form_of_a_title_is_the_other_countrys_where_the_text_is_set_there():
    text = (
        "MANILA - The Philippine government rejected the report on Monday. "
        "Sen. Maria Dela Cruz accused the police of abuses in Manila."
    )
    accuse = [e for e in _dated(text) if e["plover"]["type"] == "ACCUSE"]
    assert accuse and accuse[0]["source"]["country"] == "PHL"


def test_a_legislator_serves_no_government_but_one_whose_legislature_is_named():
    for text in (
        "The U.S. Congress passed the bill on Tuesday. The Iranian government denied the report. "
        "Senator Tom Hartley accused Tehran of lying.",
        "The Iranian government denied the report on Monday. "
        "Senator Tom Hartley accused Tehran of lying at a hearing in Washington.",
    ):
        accuse = [e for e in _dated(text) if e["plover"]["type"] == "ACCUSE"]
        assert accuse and accuse[0]["source"]["country"] == "USA"


def test_an_attribution_phrase_names_no_target_and_places_no_actor():
    events = _dated("The militants fired rockets at the airport on Sunday, according to U.S. officials.")
    assault = [e for e in events if e["plover"]["type"] == "ASSAULT"]
    assert assault
    assert not assault[0]["target"] or assault[0]["target"]["country"] != "USA"
    assert assault[0]["source"]["country"] != "USA"


def test_a_locative_phrase_of_an_act_is_no_place_of_the_actor():
    text = (
        "Police in Mexico arrested a suspect in the killing of an American journalist on Monday. "
        "He was held overnight at a jail in Mexico City."
    )
    arrest = [e for e in _dated(text) if e["target"] and e["target"]["text"] == "a suspect"]
    assert arrest and arrest[0]["target"]["country"] == "MEX"
    from dateline.events.actors import place_role

    doc = get_nlp()("Soldiers killed five villagers in northern Mali.")
    mali = next(t for t in doc if t.text == "Mali")
    assert place_role(mali, next(t for t in doc if t.text == "killed")) == "venue"


def test_people_of_no_other_sector_who_strike_are_labour():
    events = _dated("Bus drivers in Lagos went on strike on Monday to protest a fuel price increase.")
    strike = [e for e in events if e["cameo"]["code"].startswith("143")]
    assert strike and strike[0]["source"]["code"] == "NGALAB"
    nurses = _dated("Nurses in Kenya went on strike on Monday over pay.")
    assert {e["source"]["sector"] for e in nurses if e["cameo"]["code"].startswith("143")} == {"MED"}


def test_a_headline_passive_takes_its_doer_from_the_by_phrase_of_its_preposition():
    events = _dated("Italian embassy in Somalia bombed in revenge attack by al-Shabaab")
    assault = [e for e in events if e["plover"]["type"] == "ASSAULT"]
    assert assault and assault[0]["source"]["country"] == "SOM"
    assert assault[0]["target"]["country"] == "ITA"
    running = _dated("Rebels retreated in a counterattack by government troops on Sunday.")
    assert all(e["source"]["text"] == "Rebels" for e in running if e["source"])


def test_a_publication_date_that_is_no_date_leaves_the_texts_dates():
    from dateline.events.actors import story_date

    times = [{"value": "2019-11-18"}]
    assert story_date(times, "None") == "2019-11-18"
    assert story_date(times, "2020-01-02") == "2020-01-02"
    nlp = get_nlp()
    doc = nlp.make_doc("Rep. Dana Whitfield accused Beijing of spying on Nov. 18, 2019.")
    doc._.published = "None"
    assert nlp(doc)._.events


def test_actor_countries_are_written_in_cameo_codes():
    events = _events("Kosovar police arrested two Serbian smugglers near Mitrovica on Friday.")
    assert "KSVCOP" in _sources(events), [(e["source"], e["target"]) for e in events]
    police = [e["source"] for e in events if e["source"] and e["source"]["code"] == "KSVCOP"]
    assert all(actor["country"] == "KSV" for actor in police)


def test_a_dictionary_person_with_a_cameo_only_prefix_has_a_country():
    from dateline.actors import resolve_actor

    assert resolve_actor("Fatmir Sejdiu", date="2008-06-01")["country"] == "XKX"
    assert resolve_actor("Xanana Gusmao", date="2010-06-01")["country"] == "TLS"


def test_a_person_of_a_town_named_like_a_country_is_placed_by_the_sentence():
    # a country's name before a word for a person is read as a town's; the sentence's place still
    # says which country that town is in
    atlanta = _events("A Georgia man was arrested after a shooting at a gas station in Atlanta.")
    assert {e["target"]["country"] for e in atlanta if e["target"]} == {"USA"}
    lahore = _events("Pakistani police arrested a Pakistan man accused of blasphemy in Lahore.")
    assert {e["target"]["country"] for e in lahore if e["target"]} == {"PAK"}
