"""Arguments and sense on sentences written for these tests (the error shapes of issue 13)."""

import pytest
from event_helpers import events_of, one_event

from dateline.nlp import get_nlp

_events, _one = events_of, one_event


def test_the_doer_named_in_the_subjects_by_phrase_is_the_source():
    event = _one("A bombing claimed by the Islamic State killed four Afghan soldiers in Kabul.", "ASSAULT")
    assert event["source"]["code"].startswith("IMG") and event["target"]["country"] == "AFG"


def test_the_by_agent_of_a_passive_is_the_source_and_its_subject_the_target():
    event = _one("Three Congolese aid workers were abducted by the militia near Goma.", "ASSAULT")
    assert event["source"]["text"].startswith("the militia") and event["target"]["country"] == "COD"


def test_a_fronted_participle_is_passive():
    event = _one("Attacked by rebels near the border, Syrian troops withdrew to the city.", "ASSAULT")
    assert event["source"]["code"].endswith("REB") and event["target"]["country"] == "SYR"


def test_the_condition_of_a_threat_is_not_an_event_of_its_own():
    events = _events("Iran vowed to respond if attacked by Israel.")
    assert [e["plover"]["type"] for e in events] == ["THREATEN"]


def test_a_promise_to_respond_to_an_attack_is_a_threat():
    assert _one("Iran vowed to respond if attacked by Israel.", "THREATEN")["cameo"]["code"] == "130"


def test_an_attack_of_words_on_an_office_holder_is_an_accusation():
    event = _one("The French senator has clashed with the president over the budget.", "ACCUSE")
    assert event["cameo"]["code"] == "111"
    assert not [
        e
        for e in _events("The French senator has clashed with the president.")
        if e["plover"]["type"] == "ASSAULT"
    ]


def test_an_itinerary_is_not_an_event():
    events = _events("The Japanese foreign minister travelled to France, Germany, Italy and Spain last week.")
    assert events == []


def test_talks_between_two_countries_are_one_reciprocal_event():
    (event,) = _events("Talks in Sochi between Russia and Turkey ended without agreement.")
    assert (event["source"]["country"], event["target"]["country"]) == ("RUS", "TUR")


@pytest.mark.parametrize(
    "text", ["In the town, 20 percent were killed during the war.", "A majority voted for the plan."]
)
def test_statistics_are_never_actors(text):
    assert all(e["source"] is None for e in _events(text))


def test_a_double_negation_is_not_negated():
    events = _events("The Turkish president said he would not hesitate to attack the militants.")
    assert events and all(e["modality"] != "negated" for e in events)


def test_a_forecast_is_not_a_threat():
    for text in (
        "The central bank warned that the new tariffs could slow exports from Chile next year.",
        "Economists warned that the strike might cut factory output in Poland by a tenth.",
    ):
        assert not [e for e in _events(text) if e["plover"]["type"] == "THREATEN"], text


def test_a_warning_about_an_action_as_subject_is_a_forecast():
    for text in (
        "Kenya has urged restraint, warning that arming the militias could prolong the fighting.",
        "The Kenyan president warned that sending troops to Somalia would be a grave mistake.",
    ):
        assert not [e for e in _events(text) if e["plover"]["type"] == "THREATEN"], text
    assert _one("Russia warned that it would retaliate against any new sanctions.", "THREATEN")


def test_a_warning_against_an_action_is_advice():
    event = _one("The German chancellor warned Britain against leaving the customs union.", "REQUEST")
    assert event["cameo"]["code"] == "020" and event["target"]["country"] == "GBR"
    assert _one("The Kenyan army warned Somalia against any provocation on the border.", "THREATEN")


def test_a_word_of_a_longer_name_is_not_read_alone_as_a_misspelt_place():
    event = _one("The Green Party nominee criticized the Ruritanian senator on Monday.", "ACCUSE")
    assert (event["source"] or {}).get("country") != "GRC"


def test_we_inside_a_quotation_is_its_speaker():
    text = (
        "Canadian Foreign Minister Mark Stone spoke to reporters on Monday. "
        "He said: “We condemn the shelling of the border town. We thank Norway for its help.”"
    )
    thanks = _one(text, "SUPPORT")
    assert thanks["source"]["text"] == "We" and thanks["source"]["country"] == "CAN"


def test_an_organisation_the_dictionaries_do_not_know_is_placed_by_the_story():
    text = (
        "The Canadian government accused the Ontario school boards of waste in June. "
        "In July, the Maple Parents League called for a moratorium on the freeze."
    )
    event = _one(text, "REQUEST")
    assert event["source"]["text"] == "the Maple Parents League"
    assert event["source"]["country"] == "CAN" and event["source"]["country_source"] == "document"


def test_a_dateline_is_never_an_actor():
    text = "OSLO (AP) — Ruritania's Labour Party was accused on Monday by the Freedonian government of lying."
    event = _one(text, "ACCUSE")
    assert event["target"]["text"] == "Ruritania's Labour Party"
    assert event["source"]["text"] == "the Freedonian government"


@pytest.mark.parametrize("dash", ["-", "--", "—"])
def test_a_dateline_the_parse_hangs_on_the_subject_is_not_part_of_it(dash):
    text = f"CAIRO (Reuters) {dash} Egypt accused Ethiopia on Monday of breaking the dam accord."
    event = _one(text, "ACCUSE")
    assert event["source"]["text"] == "Egypt" and event["source"]["country"] == "EGY"


def test_the_charge_after_of_is_not_part_of_the_accuser():
    event = _one("The governor is accused by Mexican farmers of neglecting the northern dams.", "ACCUSE")
    assert event["source"]["text"] == "Mexican farmers"


def test_forces_deployed_with_no_agent_are_the_mobilising_side():
    event = _one("Thousands of Indian soldiers were sent to the border.", "MOBILIZE")
    assert event["source"]["country"] == "IND"


def test_the_agent_of_a_coordinated_participle_is_the_source():
    event = _one("The activist was shot and killed by a Canadian police officer on Monday.", "ASSAULT")
    assert event["source"]["text"] == "a Canadian police officer" and event["source"]["country"] == "CAN"


def test_a_coordinated_clause_with_its_own_subject_gives_no_target():
    event = _one("The Canadian minister resigned and Jane Roe was named the new envoy to France.", "RETREAT")
    assert event["target"] is None


def test_the_venue_of_talks_is_not_their_other_party():
    events = [
        e
        for e in _events("The Chilean president held talks in Lima on Friday.")
        if e["plover"]["type"] == "CONSULT"
    ]
    assert all((e["target"] or {}).get("text") != "Lima" for e in events)


def test_a_particle_the_parse_gave_an_object_names_the_addressee():
    event = _one("The widow has called on police to hand over the files.", "REQUEST")
    assert event["target"] is not None and event["target"]["text"] == "police"


def test_a_request_is_aimed_at_whom_it_is_made_of_not_at_the_owner_of_what_is_asked():
    event = _one("France is seeking the businessman's extradition from Lebanon over the fraud.", "REQUEST")
    assert event["target"]["country"] == "LBN"


def test_a_venue_is_no_target_but_a_party_inside_an_argument_may_be():
    event = _one("The nurses have offered to run free eye tests at a migrant shelter in Arizona.", "AGREE")
    assert event["target"] is None
    event = _one("The Security Council agreed to extend the mandate of the force in Cyprus.", "AGREE")
    assert event["target"]["country"] == "CYP"


def test_a_possessive_pronoun_standing_for_someone_else_makes_its_object_theirs():
    text = (
        "President Lula da Silva spoke in Brasilia on Monday. "
        "The opposition leader criticised his remarks on the budget."
    )
    event = _one(text, "ACCUSE")
    assert event["target"]["country"] == "BRA" and event["target"]["text"] == "his"
    event = _one("The Dutch minister defended his own record on migration.", "SUPPORT")
    assert event["target"] is None


def test_an_office_of_no_stated_country_serves_the_state_named_before():
    text = (
        "The Ukrainian defence ministry said Russian forces shelled Kharkiv overnight. "
        "Spokesman Oleh Petrenko accused Moscow of targeting civilians."
    )
    event = _one(text, "ACCUSE")
    assert (event["source"]["country"], event["target"]["country"]) == ("UKR", "RUS")
    text = (
        "The Turkish government is under pressure after the floods. "
        "Foreign Minister Kemal Ozdemir accused Greece of ignoring the warnings."
    )
    assert _one(text, "ACCUSE")["source"]["code"] == "TURGOV"


def test_an_office_is_not_given_a_state_when_the_text_names_two_before_it():
    text = (
        "The Turkish government and the Greek government met in Vienna. "
        "Foreign Minister Kemal Ozdemir accused Bulgaria of ignoring the warnings."
    )
    assert _one(text, "ACCUSE")["source"]["country"] not in ("TUR", "GRC")


def test_a_subject_owned_by_an_open_pronoun_under_a_reporting_verb_is_the_reporters():
    event = _one("The Indian army said its troops killed three militants near Srinagar.", "ASSAULT")
    assert event["source"]["code"] == "INDMIL"
    events = get_nlp()("The Nigerian army said its soldiers freed 12 hostages in Borno.")._.events
    assert [e["source"]["code"] for e in events if e["source"]] == ["NGAMIL"]


def test_the_agent_of_a_participle_owns_the_thing_it_modifies():
    event = _one("The Dutch ministry dismissed the demands made by Belgian lawmakers.", "REJECT")
    assert event["target"]["country"] == "BEL"


def test_a_by_phrase_the_parse_hung_inside_a_passives_phrase_is_its_agent():
    event = _one("The Nigerian senator was charged with fraud by federal prosecutors.", "ACCUSE")
    assert event["source"] is not None and event["source"]["text"] == "federal prosecutors"


def test_a_thing_received_names_its_giver_in_its_of_phrase():
    event = _one("The Peruvian president won the backing of the army.", "SUPPORT")
    assert (event["source"]["code"], event["target"]["code"]) == ("PERMIL", "PERGOV")


def test_the_object_of_a_verb_of_causing_does_the_infinitive():
    event = _one("Protesters forced the Peruvian president to resign.", "RETREAT")
    assert event["source"]["code"] == "PERGOV"
    event = _one("The minister promised voters to cut taxes.", "AGREE")
    assert event["source"]["text"] == "The minister"


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers singled out the Canadian envoy for refusing to testify.",
        "The Canadian envoy was held in contempt by the committee for refusing to testify.",
    ],
)
def test_the_doer_of_a_reason_gerund_is_the_one_it_is_held_against(text):
    assert _one(text, "REJECT")["source"]["country"] == "CAN"


def test_a_deployment_at_home_has_no_target_and_one_abroad_has():
    assert _one("Egypt deployed troops in Cairo on Friday.", "MOBILIZE")["target"] is None
    event = _one("Russia deployed troops to the border with Ukraine.", "MOBILIZE")
    assert event["target"]["country"] == "UKR"


def test_a_name_of_the_building_an_event_is_held_in_is_no_target():
    text = "The Brazilian senator criticized the decision in a speech at the United Nations headquarters."
    assert _one(text, "ACCUSE")["target"] is None


def test_a_name_in_the_address_of_a_building_is_no_target():
    text = (
        "On Monday, the Mexican senator denounced the policy in a speech at the El Paso, Texas, "
        "Immigration and Customs Enforcement office."
    )
    assert _one(text, "ACCUSE")["target"] is None


def test_a_recognised_name_over_a_clause_is_read_by_its_first_name_not_its_verb():
    from spacy.tokens import Span

    from dateline.events.arguments import name_root

    doc = get_nlp()("The two players argued before Smith hit Jones.")
    doc.ents = [Span(doc, 5, 8, label="ORG")]
    assert name_root(doc[5]).text == "Smith"
    doc.ents = [Span(doc, 5, 6, label="PERSON")]
    assert name_root(doc[5]).text == "Smith"


def test_an_agency_credit_opening_the_line_is_not_the_source():
    event = _one(
        "(CNN) Senator Jane Doe, according to her office, criticized the Chinese embassy on Saturday.",
        "ACCUSE",
    )
    assert event["source"]["text"] == "Senator Jane Doe"


def test_praise_under_a_reporting_verb_is_support_for_the_one_praised():
    event = _one("The senator said the governor was a great friend of the farmers.", "SUPPORT")
    assert event["cameo"]["code"] == "051" and event["target"]["text"] == "the governor"


def test_praise_of_no_actor_is_no_support():
    assert not [
        e for e in _events("The senator said the economy is great.") if e["plover"]["type"] == "SUPPORT"
    ]


def test_two_words_for_one_criticism_of_one_person_give_one_event():
    text = 'Senator Jane Doe attacked Governor John Roe over the budget, saying "He is a liar and a fraud."'
    assert len([e for e in _events(text) if e["plover"]["type"] == "ACCUSE"]) == 1


def test_a_trip_to_a_place_the_story_puts_in_the_visitors_country_is_no_visit():
    text = (
        "President Emmanuel Macron made a trip to a hospital in the capital on Saturday. "
        "On Friday, Macron criticized the French unions."
    )
    assert not [e for e in _events(text) if e["plover"]["type"] == "CONSULT"]


def test_an_appeal_names_no_target_it_does_not_address():
    event = _one("The union demanded new limits on imports from Brazil.", "REQUEST")
    assert event["target"] is None


def test_an_appeal_to_a_country_targets_that_country():
    event = _one("The senator urged Brazil to release the detained activists.", "REQUEST")
    assert event["target"]["country"] == "BRA"


def test_an_acronym_after_or_names_the_same_body_again():
    from spacy.tokens import Doc

    from dateline.events.arguments import with_conjuncts

    # the parse of "monitors of the Atomic Energy Agency, or AEA, left": the acronym a conjunct
    words = ["monitors", "of", "the", "Atomic", "Energy", "Agency", ",", "or", "AEA", ",", "left"]
    heads = [10, 0, 5, 5, 5, 1, 0, 0, 0, 10, 10]
    deps = ["nsubj", "prep", "det", "compound", "compound", "pobj", "punct", "cc", "conj", "punct", "ROOT"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "CCONJ", "PROPN", "PUNCT", "VERB"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in with_conjuncts(doc[0])] == ["monitors"]
    # a second body after "or" is a conjunct all the same
    words = ["Chad", "or", "Sudan", "left"]
    other = Doc(
        get_nlp().vocab,
        words=words,
        heads=[3, 0, 0, 3],
        deps=["nsubj", "cc", "conj", "ROOT"],
        pos=["PROPN", "CCONJ", "PROPN", "VERB"],
    )
    assert [t.text for t in with_conjuncts(other[0])] == ["Chad", "Sudan"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The drought boosted the prospects of the northern farmers.", "AID"),
        ("The new fence prevented the villagers from reaching the river.", "COERCE"),
        ("The ceasefire allowed the withdrawal of the troops.", "RETREAT"),
    ],
)
def test_a_thing_as_subject_does_no_material_act(text, plover):
    assert plover not in [e["plover"]["type"] for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The police prevented the villagers from reaching the river.", "COERCE"),
        ("The general allowed the withdrawal of the troops.", "RETREAT"),
    ],
)
def test_an_actor_as_subject_of_the_same_verb_still_acts(text, plover):
    assert plover in [e["plover"]["type"] for e in _events(text)]


def test_insisting_on_a_fact_is_a_statement_not_a_demand():
    # an indicative that-clause reports; a subjunctive or deontic one demands
    for text in (
        "The Kenyan president insisted that he had done nothing wrong.",
        "The Greek prime minister insisted that the loan deal was good for Greece.",
    ):
        assert not [e for e in _events(text) if e["plover"]["type"] == "REQUEST"], text
    assert _one("The Kenyan opposition insisted that the election be held in March.", "REQUEST")
    assert _one("The Kenyan opposition insisted on a recount of the votes.", "REQUEST")


def _targets(text: str) -> list[str | None]:
    return [(e["target"] or {}).get("text") for e in _events(text)]


def test_a_name_in_a_time_phrase_is_not_the_target():
    event = _one("The opposition staged a protest on the anniversary of the war with Russia.", "PROTEST")
    assert event["target"] is None


def test_a_name_in_a_participle_clause_beside_the_predicate_is_not_the_target():
    text = "The two parties met in Rome, angering the Kurdish opposition."
    assert "the Kurdish opposition" not in _targets(text)


def test_complements_purposes_and_conditions_keep_their_names_in_scope():
    complaint = _one("The minister complained that Moscow was blocking the talks.", "ACCUSE")
    assert complaint["target"]["text"] == "Moscow"
    assert _one("Germany sent food to help Syrian refugees.", "AID")["target"]["country"] == "SYR"
    threat = _one("The rebels threatened to quit the talks if Turkey sends troops.", "THREATEN")
    assert threat["target"]["text"] == "Turkey"


def test_force_may_answer_the_actors_of_its_background():
    event = _one("Turkish troops remained on alert after attacks by Kurdish militants.", "MOBILIZE")
    assert event["target"]["text"] == "Kurdish militants"
    assert _targets("Police fired tear gas during clashes with Kurdish protesters.") == ["Kurdish protesters"]


def test_a_plural_title_stands_for_the_names_listed_in_its_apposition():
    # a signing by coordinated parties is coded once between them (mutual_commitment_codes)
    text = "Presidents Jorge Alvarez of Chile and Luis Moreno of Peru signed a border accord on Friday."
    signing = _one(text, "SUPPORT")
    assert sorted([signing["source"]["country"], signing["target"]["country"]]) == ["CHL", "PER"]
    text = "Foreign ministers Ana Ruiz of Spain and Paolo Conti of Italy met in Madrid on Monday."
    meeting = _one(text, "CONSULT")
    assert (meeting["source"]["country"], meeting["target"]["country"]) == ("ESP", "ITA")


def test_a_person_the_parse_hangs_on_the_country_before_is_a_second_actor():
    text = "Presidents Ivan Petrenko of Ukraine and Oleg Sokolov of Belarus signed a gas accord on Friday."
    signing = _one(text, "SUPPORT")
    assert sorted([signing["source"]["country"], signing["target"]["country"]]) == ["BLR", "UKR"]


def test_the_victims_or_hostages_a_doer_holds_are_the_target_not_its_own():
    assert _targets("The gunman shot his victims at close range.") == ["his victims"]
    assert _targets("The kidnappers freed their hostages on Sunday.") == ["their hostages"]


def test_a_town_or_a_vehicle_is_no_target_of_words():
    event = _one("Belgium condemned the use of tear gas in the Greek town of Idomeni.", "ACCUSE")
    assert event["target"] is None
    rejection = _one("Jordan rejected the plan to relocate the refugees from the city of Zarqa.", "REJECT")
    assert rejection["target"] is None


def test_aid_to_a_town_goes_to_its_people():
    event = _one("The Red Cross delivered food aid to the besieged Yemeni town of Taiz.", "AID")
    assert event["target"]["country"] == "YEM"


def test_the_place_of_a_wrong_condemned_is_no_target():
    event = _one("Oman condemned the car bombing at a Sunni shrine in Karachi on Friday.", "ACCUSE")
    assert event["target"] is None
    at_the_doer = _one("Oman condemned the Taliban bombing at a shrine in Kabul.", "ACCUSE")
    assert at_the_doer["target"]["country"] == "AFG"


def test_the_topic_of_talks_is_not_the_partner():
    meeting = _one(
        "NATO foreign ministers met in Brussels to discuss the alliance's training mission in Iraq.",
        "CONSULT",
    )
    assert meeting["target"] is None
    event = _one("The Kenyan president discussed the drought in Somalia with the British envoy.", "CONSULT")
    assert event["target"]["country"] == "GBR"


def test_a_promise_to_investigate_a_wrong_is_aimed_at_its_doers():
    event = _one("The Nigerian governor promised to investigate the killing of farmers in Benue.", "AGREE")
    assert event["target"] is None


def test_the_forces_a_mobilisation_moves_are_not_its_target_by_their_nationality():
    event = _one("The Malian government sent Malian army reinforcements north on Sunday.", "MOBILIZE")
    assert event["target"] is None


def test_a_name_in_a_phrase_of_time_is_no_fallback_target():
    event = _one("Kenya's foreign minister criticized the decision after Somalia's elections.", "ACCUSE")
    assert event["target"] is None


def test_a_town_that_is_the_predicates_own_object_stands_for_its_government():
    sued = one_event("The family sued the city of Pittsburgh over the shooting.", "ACCUSE")
    assert sued["target"]["country"] == "USA"
    accused = one_event("Moscow accused the city of Kiev of banning Russian schools.", "ACCUSE")
    assert accused["target"]["country"] == "UKR"
    # a town in the phrase of the deed judged is still no target
    condemned = one_event("Norway condemned the shelling of the Iraqi town of Tal Afar.", "ACCUSE")
    assert condemned["target"] is None


def test_the_patient_in_the_of_phrase_of_an_act_is_no_owner():
    from dateline.events.actors import owner

    doc = get_nlp()("Officials criticized the handling of the drought in the Kenyan north.")
    assert owner(doc[3]) is None
    doc = get_nlp()("Officials criticized the sale of Kenyan farmland to foreign investors.")
    assert owner(doc[3]) is None
    doc = get_nlp()("Officials welcomed the withdrawal of Ethiopian troops from the border.")
    assert owner(doc[3]).text == "troops"


def test_a_thing_judged_names_no_target_in_its_own_phrases():
    sentence = "Peru's foreign minister criticized the plan to build a port near the Chilean border."
    event = _one(sentence, "ACCUSE")
    assert event["target"] is None
    sentence = "The Bolivian president praised the ruling by the electoral court on the recount."
    event = _one(sentence, "SUPPORT")
    assert event["target"]["text"] == "the electoral court"


def test_a_suit_brought_against_someone_is_aimed_at_them():
    event = _one("An Ecuadorian indigenous group filed suit in Quito against the Canadian firm.", "ACCUSE")
    assert event["target"]["country"] == "CAN"


def test_a_name_in_the_sources_own_phrase_is_not_the_target():
    sentence = "The budget drew sharp criticism from opposition senators in the Chilean congress."
    event = _one(sentence, "ACCUSE")
    assert event["target"] is None


def test_the_name_before_a_thing_with_an_of_phrase_is_its_doer_not_the_of_object():
    # the of-phrase names whom the act is done to; the nationality before the noun who did it
    for sentence, plover, country in (
        ("Ghana's foreign minister criticized the Ivorian treatment of Liberian migrants.", "ACCUSE", "CIV"),
        ("Albania rejected the Greek recognition of North Macedonia.", "REJECT", "GRC"),
        ("Tanzania welcomed the Zambian release of Tanzanian truck drivers.", "SUPPORT", "ZMB"),
    ):
        event = _one(sentence, plover)
        assert event["target"]["country"] == country, sentence
    # with no name before the noun the of-phrase still gives the owner
    event = _one("Ghana welcomed the withdrawal of Ivorian troops from the border.", "SUPPORT")
    assert event["target"]["country"] == "CIV"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Bolivian troops rescued two Chilean engineers, whom rebels kidnapped near the border.", "ASSAULT"),
        ("Police freed a Chilean journalist whom rebels abducted on Monday.", "ASSAULT"),
        ("The army buried three Peruvian soldiers, at whom rebels fired rockets on Sunday.", "ASSAULT"),
    ],
)
def test_a_relative_pronoun_object_stands_for_the_noun_its_clause_modifies(text, plover):
    event = _one(text, plover)
    assert event["source"]["text"] == "rebels"
    target = event["target"] or {}
    assert str(target.get("text", "")).split()[-1:] in (["engineers"], ["journalist"], ["soldiers"])


def test_the_names_of_what_an_attack_goes_without_are_not_its_target():
    event = _one(
        "The envoy said Ghana would be acting illegally in attacking without a Security Council vote.",
        "ASSAULT",
    )
    assert event["source"]["country"] == "GHA" and event["target"] is None


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Turkish warplanes bombed villages inhabited by Kurds in northern Iraq.", "Kurds"),
        (
            "An assault by Burmese troops on towns populated by ethnic Karen went into its third week.",
            "ethnic Karen",
        ),
    ],
)
def test_a_place_named_by_the_people_living_there_stands_for_them_as_target(text, people):
    event = _one(text, "ASSAULT")
    assert (event["target"] or {}).get("text", "").startswith(people)


def test_a_time_in_the_phrase_the_parse_hangs_on_an_attack_nouns_doer_is_no_target():
    events = [
        e
        for e in _events("An attack by Syrian rebels on Monday killed four soldiers.")
        if e["trigger"] == "attack"
    ]
    assert events and events[0]["target"] is None


def test_talks_by_ministers_on_a_country_are_about_it_not_aimed_at_it():
    nlp = get_nlp()
    doc = nlp("Talks by Russian and Turkish ministers on Syria ended in Ankara on Monday.")
    targets = [(e.get("target") or {}).get("country") for e in doc._.events or []]
    assert "SYR" not in targets
