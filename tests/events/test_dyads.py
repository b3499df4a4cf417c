"""Source and target of events on sentences written for these tests (dyad shapes of issue 13)."""

from event_helpers import events_of, one_event

from dateline.events.confidence import default_threshold

_events, _one = events_of, one_event


def test_a_counterpart_owned_by_the_source_is_the_other_side():
    event = _one("Prime Minister Aiko Tanaka met her Indian counterpart in Delhi on Friday.", "CONSULT")
    assert event["target"]["text"] == "her Indian counterpart"
    assert event["target"]["country"] == "IND"


def test_a_rival_owned_by_the_source_is_a_target():
    event = _one("The governor denounced his rival during the televised debate.", "ACCUSE")
    assert event["target"] is not None and event["target"]["text"] == "his rival"


def test_the_troops_a_source_owns_stay_its_own():
    event = _one("The Chadian army moved its troops to the northern border on Sunday.", "MOBILIZE")
    assert event["target"] is None


def test_the_people_asked_for_are_not_the_one_asked():
    event = _one("The Peruvian mayor asked for more soldiers after the floods.", "REQUEST")
    assert event["target"] is None


def test_the_subject_of_a_for_clause_is_the_one_asked():
    event = _one("The Irish minister called for the water board chairman to step down.", "REQUEST")
    assert event["target"] is not None and event["target"]["text"] == "the water board chairman"


def test_a_participle_asks_the_one_its_verb_writes_to():
    event = _one("The Chilean senator wrote to the finance minister asking for emergency funds.", "REQUEST")
    assert event["target"] is not None and event["target"]["text"] == "the finance minister"


def test_persons_released_are_released_by_those_holding_them():
    event = _one("Two hostages held by Somali pirates were released on Tuesday.", "RETREAT")
    assert event["source"] is not None and "pirates" in event["source"]["text"]


def test_no_event_has_its_source_as_its_target():
    text = "Okafor and Lindqvist traded blows before Lindqvist struck Okafor with a bottle."
    for event in _events(text):
        if event["source"] and event["target"]:
            assert event["source"]["text"] != event["target"]["text"]


def test_a_word_of_a_persons_name_places_no_one():
    text = (
        "Singer Maya Brooke thanked the judges after the final show. Later Brooke offered her award to "
        "a fellow dancer, Tom Reyes."
    )
    for event in _events(text):
        for actor in (event["source"], event["target"]):
            assert actor is None or actor.get("country") != "KEN"


def test_an_accusation_is_aimed_at_the_owner_of_what_it_is_about():
    event = _one("The Danish senator voiced outrage at the mayor's plan to sell the harbour.", "ACCUSE")
    assert event["target"] is not None and event["target"]["text"] == "the mayor"


def test_an_investigation_is_aimed_at_the_owner_of_what_it_looks_into():
    event = _one("Auditors opened an investigation into the finance minister's conduct.", "ACCUSE")
    assert event["target"] is not None and event["target"]["text"] == "the finance minister"


def test_a_complaint_made_at_a_place_is_not_aimed_at_it():
    event = _one("The Welsh farmers' union complained at a meeting in Cardiff on Tuesday.", "ACCUSE")
    assert event["target"] is None


def test_a_description_of_a_state_stands_for_the_country_named_before():
    text = (
        "Lawmakers in Oslo voted to suspend arms exports to Qatar on Tuesday. "
        "A senior legislator accused the emirate of funding militias."
    )
    event = _one(text, "ACCUSE")
    assert event["target"] is not None and event["target"]["country"] == "QAT"


def test_a_description_of_a_bloc_stands_for_the_body_named_before():
    text = (
        "The African Union suspended Guinea's membership on Friday. "
        "The Guinean junta condemned the bloc on Saturday."
    )
    event = _one(text, "ACCUSE")
    assert event["target"] is not None and event["target"]["code"].startswith("IGO")


def test_a_verb_coordinated_after_a_reported_clause_is_the_reporters():
    text = "The Greek foreign ministry said the visit was a provocation, and accused Turkey of escalating."
    event = _one(text, "ACCUSE")
    assert event["source"] is not None and event["source"]["text"] == "The Greek foreign ministry"
    assert event["target"]["country"] == "TUR"


def test_places_of_one_country_outweigh_a_lone_placed_actor():
    text = (
        "Drug overdoses rose in Ohio, Kentucky and West Virginia last year, according to a study. "
        "The study covered Ohio and Kentucky hospitals. "
        "Irish pharmacologist Niamh Byrne, who was not involved, praised the researchers. "
        "Lead author Dana Whitlock said regulators should act quickly."
    )
    event = _one(text, "REQUEST")
    assert event["source"]["country"] == "USA"


def test_the_dateline_places_no_one_a_story_set_elsewhere_places():
    import dateline

    text = (
        "LONDON (Reuters) — Uganda's health ministry said on Friday it had sent medical teams to the "
        "flooded east. The ministry urged residents to move to higher ground."
    )
    events = [e.model_dump() for e in dateline.extract(text, published="2020-03-06").events]
    found = [e for e in events if e["plover"]["type"] == "REQUEST"]
    # the ministry is Uganda's; the residents it urges are people of no country the text states
    # (annotation guide, section 3), and never the dateline's
    assert found and found[0]["source"]["country"] == "UGA"
    assert found[0]["target"] is not None and found[0]["target"]["country"] != "GBR"


def test_a_mutual_verb_with_coordinated_subjects_is_coded_once_between_them():
    events = [
        e
        for e in _events("Armenia and Azerbaijan exchanged fire along the border on Tuesday.")
        if e["plover"]["type"] == "ASSAULT"
    ]
    assert len(events) == 1
    assert events[0]["source"]["country"] == "ARM" and events[0]["target"]["country"] == "AZE"


def test_a_pronoun_for_a_described_subject_takes_its_country():
    text = (
        "Peru's foreign minister hosted Heraldo Munoz in Lima on Tuesday. "
        "He urged Chile to reopen the border."
    )
    event = _one(text, "REQUEST")
    assert event["source"]["text"] == "He"
    assert event["source"]["country"] == "PER"


def test_a_passive_under_a_verb_of_reporting_or_belief_is_done_to_its_subject():
    event = _one("Two aid workers are believed to have been abducted by gunmen in Darfur.", "ASSAULT")
    assert event["source"]["text"].startswith("gunmen")
    assert event["target"]["text"] == "Two aid workers"
    event = _one("Four policemen were reported killed in fighting near Mosul on Tuesday.", "ASSAULT")
    assert event["source"] is None and event["target"]["text"] == "Four policemen"


def test_a_weapon_seized_is_not_the_target():
    event = _one("Soldiers seized a truck bomb at a checkpoint outside Kirkuk.", "COERCE")
    assert event["target"] is None or "bomb" not in event["target"]["text"]


def test_the_forces_a_mobilisation_moves_are_not_its_target():
    event = _one("Turkey moved tanks and artillery into the border province on Sunday.", "MOBILIZE")
    assert event["target"] is None
    event = _one("Russia sent troops to the Ukrainian border on Monday.", "MOBILIZE")
    assert event["target"]["country"] == "UKR"


def test_a_headline_taken_into_custody_is_passive():
    event = _one("Opposition leader taken into custody in Harare", "COERCE")
    assert event["source"] is None and event["target"]["text"] == "Opposition leader"


def test_the_medium_of_what_was_said_is_not_the_target():
    event = _one(
        "The defence minister dismissed the demands in an interview with the BBC on Monday.", "REJECT"
    )
    assert event["target"] is None
    event = _one(
        "The king welcomed the decision at a press conference with the Italian prime minister in Rome.",
        "SUPPORT",
    )
    assert event["target"] is None


def test_a_treaty_named_is_not_the_target():
    assert (
        _one("The president denounced the Paris Climate Agreement on Thursday.", "ACCUSE")["target"] is None
    )


def test_the_forces_a_threat_would_send_are_the_source_own():
    event = _one("The president threatened to send soldiers into northern Iraq.", "THREATEN")
    assert event["target"]["country"] == "IRQ" and "soldiers" not in event["target"]["text"]


def test_the_doer_of_the_attack_a_passive_was_done_in_is_its_source():
    event = _one("Seven villagers were killed in Turkish air strikes on the outskirts of Afrin.", "ASSAULT")
    assert event["source"]["country"] == "TUR" and event["target"]["text"] == "Seven villagers"
    event = _one("Two fighters were killed in an Israeli strike near Damascus.", "ASSAULT")
    assert event["source"]["country"] == "ISR"


def test_the_strikers_of_a_labour_strike_are_not_the_doers():
    event = _one("Dozens of dockers were arrested during a teachers' strike.", "COERCE")
    assert event["source"] is None


def test_a_place_naming_an_attack_is_not_its_doer():
    assert _one("Three people were killed in the Kabul bombing on Friday.", "ASSAULT")["source"] is None
    assert _one("The suspect was charged in the Madrid bombing.", "ACCUSE")["source"] is None


def test_coordinated_subjects_announcing_plans_are_each_a_source_not_each_others_target():
    events = [
        e
        for e in events_of(
            "Finance Minister Ama Owusu and trade envoy Kofi Mensah announced plans to send aid to Liberia."
        )
        if "announced" in e["trigger"]
    ]
    assert events
    assert all(
        (e.get("target") or {}).get("text") not in ("Finance Minister Ama Owusu", "trade envoy Kofi Mensah")
        for e in events
    )


def test_parties_that_agree_with_each_other_stay_one_reciprocal_event():
    events = [
        e
        for e in events_of("Bolivia and Paraguay agreed on Tuesday to reopen their border.")
        if "agreed" in e["trigger"]
    ]
    assert [(e["source"]["country"], e["target"]["country"]) for e in events] == [("BOL", "PRY")]


def test_a_resignation_is_done_to_no_one():
    text = "Mayor Elena Ruiz resigned on Monday after weeks of criticism from the Green Party over taxes."
    assert _one(text, "RETREAT")["target"] is None
    text = "The chief executive stepped down last year to run for a seat in Norway's parliament."
    for event in _events(text):
        assert event["plover"]["type"] != "RETREAT" or event["target"] is None


def test_names_in_a_relative_clause_of_the_object_are_not_the_target():
    event = _one("The senator criticized critics who say the Labour Party is finished.", "ACCUSE")
    assert event["target"] is None or "Labour" not in event["target"]["text"]


def test_an_infinitive_after_a_noun_keeps_its_names_in_scope():
    text = "Thousands of Kenyans gathered for a march in Nairobi to protest abuses by police officers."
    event = _one(text, "PROTEST")
    assert event["target"] is not None and "police" in event["target"]["text"]


def test_a_place_modifying_a_deed_is_not_its_doer():
    event = _one("The European envoy condemned the Kandahar bombing that killed four guards.", "ACCUSE")
    assert event["target"] is None


def test_a_country_modifying_a_deed_is_its_doer():
    event = _one("The Iranian minister condemned the U.S. strike on the convoy.", "ACCUSE")
    assert event["target"] is not None and event["target"]["country"] == "USA"


def test_a_person_owning_an_arrest_is_the_one_arrested():
    text = "Mr Keller's arrest came two days after the vote."
    for event in _events(text):
        if event["plover"]["type"] == "COERCE":
            assert event["source"] is None
            assert event["target"] is not None and "Keller" in event["target"]["text"]


def test_an_explosion_is_no_doer():
    event = _one("Eleven people were wounded by an explosion at a bus station in Kaduna.", "ASSAULT")
    assert event["source"] is None
    event = _one("A blast wounded eleven people at a bus station in Kaduna.", "ASSAULT")
    assert event["source"] is None


def test_protestants_are_actors():
    event = _one("Police detained eight Protestants after the march.", "COERCE")
    assert event["target"] is not None and "Protestants" in event["target"]["text"]


def test_criticism_of_a_fact_targets_whom_it_is_about():
    text = "The governor mocked the fact that Senator Alan Whitmore was trying to delay the vote."
    event = _one(text, "ACCUSE")
    assert event["target"] is not None and "Whitmore" in event["target"]["text"]


def test_a_place_in_the_actors_phrase_places_it():
    text = (
        "LONDON — Britain said on Monday its aircraft had struck militant positions in northern Iraq.\n"
        "The mayor of Sinjar condemned the raids and called on Britain to stop them.\n"
        "Prime Minister Keir Starmer praised the crews in a speech in Portsmouth."
    )
    event = _one(text, "REQUEST")
    assert "Sinjar" in event["source"]["text"]
    assert event["source"]["country"] == "IRQ"


def test_a_with_phrase_of_an_attack_names_a_partner_or_a_means():
    event = _one(
        "Danish jets carried out raids with Dutch aircraft on rebel positions near Sirte.", "ASSAULT"
    )
    assert event["target"] is None or "aircraft" not in event["target"]["text"]
    event = _one("Ukrainian troops fought with Russian soldiers near Bakhmut.", "ASSAULT")
    assert event["target"] is not None and event["target"]["country"] == "RUS"


def test_the_one_a_town_is_taken_from_is_the_target():
    event = _one(
        "Iraqi forces captured the town of Tal Marwan from Islamic State militants on Sunday.", "COERCE"
    )
    assert event["source"]["text"] == "Iraqi forces" and event["target"]["text"] == "Islamic State militants"
    event = _one("The army recaptured Qasr Nidal from the rebels after a week of fighting.", "COERCE")
    assert event["target"]["text"] == "the rebels"
    event = _one("Rebels took over the town of Wadi Sufra from the government on Saturday.", "COERCE")
    assert event["target"]["text"] == "the government"
    event = _one("Syrian troops retook the village of Ain Harun from insurgents.", "COERCE")
    assert event["target"]["text"] == "insurgents"


def test_the_one_a_town_is_taken_from_in_a_passive_is_the_target():
    event = _one("The village of Um Ruwaq was recaptured from Islamist fighters by the army.", "COERCE")
    assert event["source"]["text"] == "the army" and event["target"]["text"] == "Islamist fighters"


def test_a_property_seized_from_someone_is_aimed_at_them():
    event = _one("Customs officers seized smuggled cigarettes from a trading company in Mombasa.", "COERCE")
    assert event["target"] is not None and "company" in event["target"]["text"]


def test_a_town_taken_from_no_one_stays_the_target():
    event = _one("Government forces captured the town of Bir Kassem on Tuesday.", "COERCE")
    assert "Bir Kassem" in event["target"]["text"]
    event = _one("The army captured the hill town of Deir Wasel from the north on Tuesday.", "COERCE")
    assert event["target"] is None or "north" not in event["target"]["text"]


def test_a_capture_noun_is_a_seizure_by_its_doer():
    event = _one("The capture of the town of Bir Sahm by rebel fighters cut the road to the coast.", "COERCE")
    assert event["source"]["text"] == "rebel fighters"
    assert event["trigger"] == "capture"


def test_an_announced_recapture_is_aimed_at_the_one_it_is_taken_from():
    event = _one("Government troops announced the recapture of Tel Fawar from the insurgents.", "COERCE")
    assert event["source"]["text"] == "Government troops" and event["target"]["text"] == "the insurgents"


def test_an_assault_noun_names_its_doer():
    text = "Kurdish fighters said they had repelled an assault by the militants on the town of Sirwan."
    event = _one(text, "ASSAULT")
    assert event["source"]["text"] == "the militants"


def test_a_capture_in_the_background_is_no_event():
    text = "Since the capture of Dar Qamar by the militants in 2014, thousands of residents have fled."
    assert not [e for e in _events(text) if e["plover"]["type"] == "COERCE"]


def test_an_event_noun_announced_in_the_passive_is_its_owners_act():
    event = _one("The army's offensive against the rebels was announced on Monday.", "ASSAULT")
    assert event["source"]["text"] == "The army" and event["target"]["text"] == "the rebels"
    event = _one("The ambassador's expulsion was announced on Monday.", "COERCE")
    assert event["source"] is None and event["target"]["text"] == "The ambassador"


def test_people_captured_in_a_place_are_the_target_not_the_place():
    event = _one("Malian troops captured two militants from the village of Boni.", "COERCE")
    assert event["target"] is not None and "militants" in event["target"]["text"]


def test_a_partner_alongside_the_doer_is_not_the_target():
    event = _one("A Danish frigate is patrolling the Baltic alongside two Dutch minesweepers.", "MOBILIZE")
    assert event["target"] is None


def test_a_partner_together_with_the_doer_is_not_the_target():
    for event in _events("Greek soldiers fought together with Bulgarian troops near the border."):
        assert event["target"] is None or "troops" not in event["target"]["text"]


def test_fighting_alongside_someone_is_no_attack_on_them():
    for event in _events("Chadian soldiers fought alongside Nigerien troops last year."):
        assert event["plover"]["type"] == "COOPERATE" or event["target"] is None


def test_a_name_inside_the_doers_phrase_is_not_the_target():
    event = _one("The warning by the Jordanian interior minister's office came after the riots.", "THREATEN")
    assert event["target"] is None


def test_a_body_described_by_its_head_noun_is_the_body_named_before():
    text = (
        "AMMAN (Reuters) - The U.N. food agency said the convoy had reached the camp on Sunday. "
        "The agency urged the warring sides to open the roads."
    )
    event = _one(text, "REQUEST")
    assert event["source"]["code"].startswith("IGO")


def test_the_datelines_city_is_no_antecedent_of_a_description():
    text = (
        "AMMAN (Reuters) - The U.N. food agency said the convoy had reached the camp on Sunday. "
        "The agency urged the warring sides to open the roads."
    )
    event = _one(text, "REQUEST")
    assert event["source"]["country"] != "JOR"


def test_captives_a_relative_clause_says_were_held_are_released_by_their_holders():
    event = _one("The fishermen, who had been seized by Eritrean troops, were released on Monday.", "RETREAT")
    assert event["source"] is not None and event["source"]["country"] == "ERI"


def test_a_finite_verb_after_an_infinitive_shares_the_main_subject():
    text = "Ecuadorian officials urged Lima to reopen the border and called on the Andean bloc to mediate."
    found = [e for e in _events(text) if e["trigger"].startswith("called")]
    assert found and found[0]["source"] is not None and found[0]["source"]["country"] == "ECU"


def test_a_seizure_of_things_is_aimed_at_no_name_merely_in_its_scope():
    text = "Customs officers seized a truck bomb on Friday in a village bordering Montenegro."
    for event in _events(text):
        if event["plover"]["type"] == "COERCE":
            assert event["target"] is None


def test_a_seizure_from_someone_is_aimed_at_them():
    event = _one("Marines seized a cache of rockets from Houthi fighters on Friday.", "COERCE")
    assert event["target"] is not None and "fighters" in event["target"]["text"]


def test_the_subject_of_a_passive_for_clause_is_the_one_asked():
    event = _one("The Slovak senator called for the customs director to be dismissed.", "REQUEST")
    assert event["target"] is not None and event["target"]["text"] == "the customs director"


def test_a_for_clause_split_by_an_apposition_still_names_the_one_asked():
    text = "The Maltese union called for the transport minister, a former shipowner, to step down."
    event = _one(text, "REQUEST")
    assert event["target"] is not None and event["target"]["text"] == "the transport minister"


def test_the_partner_of_a_commitment_is_its_target():
    text = "The Latvian premier pledged to stand united with the chancellor against the smugglers."
    event = _one(text, "AGREE")
    assert event["target"] is not None and event["target"]["text"] == "the chancellor"


def test_a_commitment_the_coordinated_parties_make_is_between_them():
    event = _one("Kenya and Uganda signed an agreement on border security in Nairobi on Monday.", "SUPPORT")
    assert (event["source"]["text"], event["target"]["text"]) == ("Kenya", "Uganda")
    event = _one("Chile and Peru agreed on Tuesday to build a new bridge over the border river.", "AGREE")
    assert (event["source"]["text"], event["target"]["text"]) == ("Chile", "Peru")
    events = _events("Kenya and Uganda signed a security pact with Tanzania in Arusha on Monday.")
    signers = sorted(e["source"]["text"] for e in events if e["plover"]["type"] == "SUPPORT")
    assert signers == ["Kenya", "Uganda"]


def test_fighting_alongside_someone_is_military_cooperation_with_them():
    # the CAMEO dictionary's "- * ALONGSIDE [062] # FIGHT"
    event = _one("Malian soldiers fought alongside Burkinabe troops near the frontier.", "COOPERATE")
    assert event["cameo"]["code"] == "062" and "Burkinabe troops" in event["target"]["text"]


def test_parties_agreeing_on_a_hostile_act_aim_it_at_its_target_not_at_each_other():
    text = "Norway and Denmark agreed on Friday to impose new sanctions on Belarus."
    events = [e for e in _events(text) if e["plover"]["type"] == "THREATEN"]
    assert events and all(e["target"] is not None and e["target"]["text"] == "Belarus" for e in events)


def test_the_purpose_of_an_attack_names_no_one_it_is_aimed_at():
    text = (
        "Rebel fighters struck at dawn on Sunday to avenge the killing of their commander. The regional"
        " governor said he would open an inquiry into the night's events and report to the assembly"
        " within a month."
    )
    struck = [e for e in _events(text) if e["trigger"].startswith("struck")]
    assert struck and struck[0]["target"] is None


def test_the_place_talks_are_held_in_is_no_target_of_leaving_them():
    text = (
        "Malian rebels withdrew from the peace talks in Geneva on Monday. The mediators said they"
        " would try to bring both sides back to the table next week, according to a statement."
    )
    left = [e for e in _events(text) if e["trigger"].startswith("withdrew")]
    assert left and left[0]["cameo"]["code"] == "164" and left[0]["target"] is None


def test_its_after_a_plural_subject_stands_for_the_speaker():
    text = "Jordan said Syrian militants in Iraq had fired mortars at its border guards."
    event = _one(text, "ASSAULT")
    assert event["target"] is not None and event["target"]["country"] == "JOR"


def test_a_phrase_owned_by_its_is_the_owners_not_the_places():
    text = "Canada said the gunmen had ambushed its peacekeepers in Mali."
    event = _one(text, "ASSAULT")
    assert event["target"] is not None and event["target"]["country"] == "CAN"


def test_a_verb_read_into_a_name_leaves_the_capital_its_government():
    text = "The Egyptian foreign minister slammed Ankara for the arrests."
    event = _one(text, "ACCUSE")
    assert event["target"] is not None and event["target"]["country"] == "TUR"


def test_an_embassy_is_where_it_stands_not_whose_it_is():
    event = _one("Dozens of students rallied outside the Chinese embassy in Manila on Monday.", "PROTEST")
    assert event["source"] is not None and event["source"]["country"] == "PHL"


def test_a_verb_after_a_named_apposition_has_the_noun_as_its_subject():
    text = "The Kuwaiti emir's envoy, Sheikh Nasser al-Sabah, called on Tehran to free the fishermen."
    event = _one(text, "REQUEST")
    assert event["source"] is not None and event["source"]["country"] == "KWT"
    assert event["target"] is not None and event["target"]["country"] == "IRN"


def test_a_headline_passive_after_an_age_keeps_its_patient():
    event = _one("Man, 45, charged with arson after fire at mosque", "ACCUSE")
    assert event["source"] is None


def test_we_in_a_quote_is_of_the_country_the_speakers_phrase_names():
    text = '"We call on Caracas to free the detained sailors," Colombia\'s foreign ministry spokesman said.'
    event = _one(text, "REQUEST")
    assert event["source"] is not None and event["source"]["country"] == "COL"


def test_people_in_a_named_state_body_are_of_its_country():
    event = _one("Several deputies in the Bundestag criticized the chancellor's refugee policy.", "ACCUSE")
    assert event["source"] is not None and event["source"]["country"] == "DEU"


def test_justice_demanded_is_no_one():
    event = _one("Widows of the miners demanded justice in front of the parliament in Santiago.", "REQUEST")
    assert event["target"] is None


def test_a_place_the_tagger_misnames_still_places_those_in_it():
    event = _one("Hundreds of Kurds protested in Erbil on Saturday against the budget cuts.", "PROTEST")
    assert event["source"] is not None and event["source"]["country"] == "IRQ"


def test_a_protest_verb_the_parse_hangs_on_a_count_is_done_by_its_people():
    event = _one("Hundreds of teachers protested in Rabat on Sunday over unpaid wages.", "PROTEST")
    assert event["source"] is not None and "teachers" in event["source"]["text"]
    assert event["target"] is None


def test_whom_an_attack_yet_to_come_would_hit_is_not_the_one_threatened():
    event = _one("Greece threatened to retaliate against any attack on its islands.", "THREATEN")
    assert event["target"] is None
    event = _one("Greece threatened to retaliate against any attack by Turkey on its islands.", "THREATEN")
    assert event["target"] is not None and event["target"]["country"] == "TUR"


def test_an_act_done_to_someone_after_a_named_apposition_keeps_its_patient():
    event = _one("The suspect, Lars Nilsson, charged with the robbery of a jeweller in Malmo.", "ACCUSE")
    assert event["source"] is None
    assert event["target"] is not None and event["target"]["text"] == "The suspect"
    text = "The Kuwaiti emir's envoy, Sheikh Nasser al-Sabah, accused Tehran of holding the fishermen."
    accused = _one(text, "ACCUSE")
    assert accused["source"] is not None and accused["source"]["country"] == "KWT"


def test_one_hit_as_its_own_side_fought_is_not_hit_by_that_side():
    for text in (
        "A policeman was killed as police fought smugglers near the port, officials said.",
        "Two soldiers were killed as the army battled rebels in the hills, the ministry said.",
    ):
        assert _one(text, "ASSAULT")["source"] is None


def test_an_object_pronoun_of_a_participle_stands_for_the_object_of_the_verb_above():
    event = _one("Ghana cut ties with Togo on Monday, accusing it of arming the rebels.", "ACCUSE")
    assert event["target"] is not None and event["target"]["country"] == "TGO"
    event = _one("The Malian government expelled the Danish ambassador, accusing him of spying.", "ACCUSE")
    assert event["target"] is not None and event["target"]["text"] == "the Danish ambassador"


def test_an_object_pronoun_stands_for_the_phrase_of_a_plural_object_it_cannot_be():
    event = _one("Ghana imposed sanctions on Togo on Monday, accusing it of arming the rebels.", "ACCUSE")
    assert event["target"] is not None and event["target"]["country"] == "TGO"


def test_an_it_never_stands_for_a_person_named_by_office():
    event = _one(
        "Ghana recalled its ambassador from Togo on Monday, accusing it of arming the rebels.", "ACCUSE"
    )
    assert event["target"] is not None and event["target"]["country"] == "TGO"


def test_an_it_standing_for_a_thing_object_names_no_target():
    event = _one("Norway condemned the strike on Sweden, calling it a crime.", "ACCUSE")
    assert event["target"] is None


def test_one_foreign_victim_named_often_does_not_outweigh_the_places_of_the_story():
    text = (
        "A man has been jailed for life for the murder of a tourist in Townsville.\n"
        "Marlon Quist, 40, admitted stabbing Norwegian national Erik Holm at a house in Townsville in May.\n"
        "Quist told police that Mr Holm had attacked him first.\n"
        "Quist said he had not meant to kill Mr Holm and had stabbed Mr Holm in self-defence.\n"
        "Quist later dumped the body near Cairns.\n"
        "Justice Mary Doyle sentenced Quist to life in jail on Friday."
    )
    event = next(e for e in _events(text) if e["trigger"] == "sentenced")
    assert event["source"]["country"] == "AUS"


def test_outrage_sparked_among_people_is_theirs():
    # "sparked outrage among X": X are the ones outraged, the critics, never the ones criticised
    event = _one("The new fishing quota sparked outrage among Chilean trawler crews.", "ACCUSE")
    assert event["source"] is not None and event["source"]["country"] == "CHL"
    assert event["target"] is None


def test_criticism_counted_by_a_measure_word_comes_from_its_from_phrase():
    text = "Last week Brendlow Foods faced a torrent of criticism from Irish farmers over milk prices."
    event = _one(text, "ACCUSE")
    assert event["source"] is not None and event["source"]["country"] == "IRL"
    assert event["target"] is None or event["target"].get("country") != "IRL"


def test_a_bomb_as_the_doer_takes_no_country_of_the_people_it_hit():
    # a device standing for an attack's unnamed doer is placed like "a gunman": by its own phrase only
    event = _one("A roadside bomb killed four Afghan soldiers near the village of Tarwel.", "ASSAULT")
    assert event["source"] is None or not event["source"].get("country")
    assert event["target"] is not None and event["target"]["country"] == "AFG"


def test_a_device_as_an_attacks_doer_names_no_doer():
    # coded with its target only and no source, like "an explosion injured 29 people"
    for text, country in (
        ("A landmine killed three Chilean soldiers on patrol near Vallenar.", "CHL"),
        ("A roadside bomb wounded the Peruvian mayor of Tarnopa on Sunday.", "PER"),
        ("Two Kenyan police officers were wounded by a roadside bomb on Sunday.", "KEN"),
    ):
        event = _one(text, "ASSAULT")
        assert event["source"] is None, text
        assert event["target"] is not None and event["target"]["country"] == country, text
        assert event["confidence"] >= default_threshold(), text


def test_a_device_keeps_the_doer_named_with_it():
    event = _one(
        "Islamic State said its car bomb killed six Iraqi soldiers near the village of Tarwel.", "ASSAULT"
    )
    assert event["source"] is not None and "ISI" in event["source"]["code"]
    event = _one("A car bomb claimed by the Taliban killed five Afghan policemen near Tarwel.", "ASSAULT")
    assert event["source"] is not None and event["source"]["code"] == "AFGREB"


def test_a_device_owned_by_an_unresolved_pronoun_is_the_speakers():
    # "its"/"their" with no antecedent the actor coder finds is the pronoun of the one who says or
    # claims the clause: the group whose bomb it was
    for text, name in (
        ("Ansar Kalvar said five Chilean policemen were killed by its bomb near Vallenar.", "Ansar Kalvar"),
        ("Jund al-Tarwel claimed its roadside bomb had killed four Peruvian soldiers.", "Jund al-Tarwel"),
        ("Harakat Mordan said it attacked the base and its bomb killed six soldiers.", "Harakat Mordan"),
    ):
        event = next(e for e in _events(text) if e["trigger"] == "killed")
        assert event["source"] is not None and name in event["source"]["text"], text
    event = _one("Boko Haram said its bomb killed twelve villagers near Tarwel.", "ASSAULT")
    assert event["source"] is not None and event["source"]["code"].endswith("REB")
    event = _one("The rebels said their roadside bomb killed two Chilean police officers.", "ASSAULT")
    assert event["source"] is not None and event["source"]["code"] == "CHLREB"
    event = _one("A bomb killed three Chilean soldiers near Vallenar.", "ASSAULT")
    assert event["source"] is None


def test_a_gunman_stays_the_doer():
    event = _one("A gunman killed three Chilean soldiers on patrol near Vallenar.", "ASSAULT")
    assert event["source"] is not None and event["source"]["code"] == "UAF"


def test_a_group_pronoun_that_believes_what_its_body_said_is_that_body():
    event = _one("Peruvian police said they believe the rebels were behind the bombing.", "ACCUSE")
    assert event["source"] is not None and event["source"]["text"] == "Peruvian police"
    assert event["source"]["country"] == "PER"


def test_a_person_pronoun_that_believes_is_not_the_body_that_said_it():
    event = _one("Peruvian police said he believes the rebels were behind the bombing.", "ACCUSE")
    assert event["source"] is None or event["source"]["text"] != "Peruvian police"


def test_a_group_pronoun_keeps_its_place_when_the_body_that_said_it_has_none():
    text = (
        "Officers in Lima detained two suspects on Monday, and analysts said they believe the suspects"
        " were behind the bombing."
    )
    event = _one(text, "ACCUSE")
    assert event["source"] is not None and event["source"]["text"] == "they"


def test_a_group_pronoun_that_told_someone_is_not_passed_up_to_the_body_that_said_it():
    text = "Peruvian police said they told prosecutors that the militia was behind the fire."
    event = _one(text, "ACCUSE")
    assert event["source"] is None or event["source"]["text"] != "Peruvian police"


def test_a_denied_belief_is_no_allegation():
    text = "Peruvian police said they do not believe the militia was behind the fire."
    assert not [e for e in _events(text) if e["plover"]["type"] == "ACCUSE"]
    text = "Peruvian police did not say the militia was behind the fire."
    assert not [e for e in _events(text) if e["plover"]["type"] == "ACCUSE"]


def test_a_threat_not_ruled_out_stays_a_threat_beside_denied_beliefs():
    text = "Peru said it would not rule out strikes on Chile."
    assert [e for e in _events(text) if e["plover"]["type"] == "THREATEN"]


def test_it_after_a_statement_naming_another_state_in_its_clause_is_the_speaker_state():
    text = "Ecuador said Peru had moved troops to the river. It summoned the Peruvian ambassador."
    event = _one(text, "CONSULT")
    assert event["source"] is not None and event["source"]["country"] == "ECU"


def test_it_after_a_report_of_another_states_strike_is_the_strike_not_the_reporting_state():
    text = "Chad said Sudan had shelled a camp near the border. It wounded six herders."
    _one(text, "ASSAULT")
    assert all(e["source"] is None or e["source"]["country"] != "TCD" for e in _events(text))
