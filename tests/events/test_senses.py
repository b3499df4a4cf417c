"""Word senses decided by the arguments: purpose phrases, naming, charges, announced intentions."""

import pytest

from dateline.events.confidence import default_threshold
from dateline.nlp import get_nlp


def _events(text: str, published: str = "2020-05-04"):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _types(text: str) -> list[tuple[str, str]]:
    return [(e["plover"]["type"], e["cameo"]["code"]) for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a verb of coming or gathering takes the sense of the event noun it comes for
        ("Hundreds of Kenyan farmers gathered in Nairobi for a protest against the tax.", "PROTEST"),
        ("The Iranian foreign minister flew to Moscow for talks with Sergei Lavrov.", "CONSULT"),
    ],
)
def test_a_verb_of_coming_takes_the_sense_of_its_purpose(text, plover):
    assert plover in [t for t, _ in _types(text)]


def test_a_conditioned_frame_of_the_verb_comes_before_its_purpose():
    events = _events("French President Emmanuel Macron arrived in Berlin for talks with Angela Merkel.")
    assert [(e["plover"]["type"], e["plover"]["mode"]) for e in events] == [("CONSULT", "visit")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iranian president branded the American envoy a liar.", ("ACCUSE", "111")),
        ("The Chinese government described the Tibetan leader as a separatist.", ("ACCUSE", "111")),
        ("The US president called the Chinese leader a great friend.", ("SUPPORT", "051")),
    ],
)
def test_naming_an_actor_is_criticism_or_praise(text, expected):
    assert _types(text) == [expected]


def test_naming_is_no_call_for_anything():
    assert ("REQUEST", "020") not in _types(
        "The senator was called a fraud by his rivals for backing the plan."
    )


def test_a_light_verb_that_names_its_noun_makes_no_event():
    # "called the bombing a crime" is a judgement, not a call for a bombing
    assert not [t for t in _types("The Turkish president called the bombing a crime.") if t[0] == "ASSAULT"]


def test_a_criminal_charge_is_an_accusation():
    assert ("ACCUSE", "1121") in _types(
        "Egyptian prosecutors charged the activist with spreading false news."
    )


def test_coordinated_verbs_share_their_object():
    found = _types("Kenyan police arrested and charged three men with murder.")
    assert ("COERCE", "173") in found and ("ACCUSE", "1121") in found


def test_a_cooperative_action_announced_for_a_named_actor_is_its_promise():
    found = _types("The agency will provide food to refugees in Chad, a spokesman said on Monday.")
    assert found and found[0][0] == "AGREE"


def test_an_announced_visit_stays_a_planned_visit():
    events = _events("The German chancellor will travel to Paris next week, her spokesman said.")
    assert [(e["plover"]["type"], e["modality"]) for e in events] == [("CONSULT", "planned")]


def test_a_hostile_action_others_foretell_is_no_threat():
    assert "THREATEN" not in [t for t, _ in _types("Analysts said Russia will attack Ukraine in the spring.")]


def test_a_warning_of_an_existential_clause_is_no_threat():
    assert "THREATEN" not in [
        t for t, _ in _types("Russia warned that there is no room for compromise on Crimea.")
    ]
    assert "THREATEN" in [t for t, _ in _types("Russia warned that it would retaliate against any strike.")]


def test_a_sum_of_money_is_money():
    assert _types("Japan provided $10 million to the Philippines.") == [("AID", "071")]


def test_shelter_is_given_to_people():
    assert not _events("Companies sheltered billions of dollars in offshore accounts.")
    assert _types("Thailand sheltered thousands of refugees from Myanmar.") == [("AID", "075")]


def test_a_pattern_reads_the_phrase_the_parse_hangs_on_the_object():
    # "- * STATE (OF EMERGENCY)": the of-phrase belongs to the object, not to the verb
    assert _types("The Ethiopian government extended the state of emergency by four months.") == [
        ("COERCE", "1724")
    ]


def test_a_demand_is_made_of_people():
    assert ("REQUEST", "100") in _types("The Kenyan opposition leader said the president must resign.")
    assert not _events("The Kenyan finance minister said the new deal should boost exports.")


def test_a_thing_makes_no_commitment():
    assert not _events("The new budget plans offer farmers little relief from rising costs.")
    assert [t for t, _ in _types("Iran offered to host talks between the two sides.")] == ["AGREE"]


def test_describing_oneself_is_no_event():
    assert not _events("The French president portrayed himself as a reformer.")


def test_pressing_asks_someone():
    assert not _events("Campaigns have been pressing the boundaries of the law.")
    assert _types("Germany pressed Greece to cut spending.") == [("REQUEST", "100")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the PLOVER codebook's COERCE/seize: a raid or search by the police or other authorities
        ("Turkish police searched the home of a Kurdish lawmaker.", ("COERCE", "171")),
        ("Russian jets raided rebel villages near Idlib.", ("ASSAULT", "195")),
        # support expressed or thrown behind someone
        ("The German chancellor expressed support for the French plan.", ("SUPPORT", "051")),
        ("Russia returned the seized ships to Ukraine.", ("RETREAT", "0842")),
    ],
)
def test_senses_from_the_codebook(text, expected):
    assert _types(text) == [expected]


def test_a_search_by_others_is_no_coercion():
    assert "COERCE" not in [t for t, _ in _types("Rescue teams searched the rubble for survivors.")]


def test_a_trip_made_is_a_visit():
    events = _events("The Japanese prime minister made a three-day trip to India.")
    assert [(e["plover"]["type"], e["plover"]["mode"]) for e in events] == [("CONSULT", "visit")]


def test_words_do_no_violence():
    assert not _events("His remarks about migrants are hurting the party.")
    assert [t for t, _ in _types("A roadside bomb hurt three Afghan soldiers.")] == ["ASSAULT"]


def test_opposing_is_disapproval_and_opposing_a_proposal_rejection():
    assert _types("Members of the Ugandan parliament opposed the new tax bill.") == [("ACCUSE", "111")]
    assert _types("Uganda opposed the proposal to expand the council.") == [("REJECT", "120")]


def test_an_insult_under_a_reporting_verb_is_criticism():
    found = _events("The Kenyan opposition leader said the president is a liar and a fraud.")
    assert [(e["plover"]["type"], e["cameo"]["code"]) for e in found] == [("ACCUSE", "111")]
    assert (found[0]["source"] or {}).get("country") == "KEN"
    assert not _events("The Kenyan opposition leader said the president is not a liar.")
    assert not _events("The minister said the plan is reckless.")


def test_a_guilty_plea_is_a_conviction_of_the_one_who_pleads():
    found = _events("A former Kenyan minister pleaded guilty to corruption charges in a Nairobi court.")
    assert [(e["plover"]["type"], (e["target"] or {}).get("country")) for e in found] == [("SANCTION", "KEN")]
    # a denial of the charge is a statement (CAMEO 016), no PLOVER event
    assert _types("The Kenyan businessman pleaded not guilty to fraud.") == []
    assert [t for t, _ in _types("The rebels pleaded with the government to release their leader.")] == [
        "REQUEST"
    ]


def test_an_acquittal_is_no_conviction():
    assert not _events("A Kenyan court found the former minister not guilty of corruption.")
    assert _types("A Kenyan court found the former minister guilty of corruption.") == [("SANCTION", "116")]


def test_a_death_befalls_its_subject():
    # the dictionary's DIE patterns mostly make the one who dies the target ("died in a raid",
    # [:190]); so does its default code: dying is nothing its subject does to anyone
    found = _events("The former Ugandan army chief died on Sunday in a Kampala hospital.")
    assert all((e["source"] or {}).get("country") is None for e in found)
    assert all(e["confidence"] < default_threshold() for e in found)


def test_a_verbal_noun_of_force_with_a_doer_is_an_event():
    found = _events("The beating of Kenyan students by Ugandan border guards drew protests.")
    coded = [(e["plover"]["type"], (e["source"] or {}).get("country")) for e in found]
    assert ("ASSAULT", "UGA") in coded
    # a verbal noun of no force or coercion is no event ("hearing", "funding")
    assert not _events("Kenya's funding of the Ugandan school drew no comment.")


def test_a_verbal_noun_of_force_in_the_plural_is_an_event():
    found = _events("The beatings of Kenyan students by Ugandan border guards drew protests.")
    coded = [(e["plover"]["type"], (e["source"] or {}).get("country")) for e in found]
    assert ("ASSAULT", "UGA") in coded


def test_a_catenative_verb_is_no_event_of_its_own():
    assert ("AID", "070") not in _types("The new Kenyan tax helped pay for the Nairobi schools.")
    assert _types("The Nigerian army helped the flood victims in Lagos.")[0][0] == "AID"


def test_a_message_sent_is_no_material_act():
    assert _types("The Spanish mayor sent a clear message to Madrid.") == []
    assert _types("The Bolivian miners sent a letter to the president.") == []


def test_a_message_offered_is_no_commitment():
    assert _types("Chilean President Ana Ruiz offered a detailed response to the Peruvian claims.") == []
    offer = _types("Kenya offered troops to the African Union mission in Somalia.")
    assert [t for t, _ in offer] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Marlow are being offered a chance to drop off old paint at the depot.",
        "Shoppers in Harwick are being offered small whistles to carry in their bags.",
        "The Harwick bakery offers free delivery to its customers.",
        "The Marlow college is offering a new evening class in pottery.",
        "The Harwick bakery offered shoppers free coffee on Monday.",
        "The Varna health office offered Norvax vaccines at its clinics.",
    ],
)
def test_goods_and_chances_offered_are_no_commitment(text):
    assert "AGREE" not in [t for t, _ in _types(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya offered the Somali rebels talks.",
        "The Kenyan president offered to mediate between the Ugandan army and the rebels.",
        "Kenya offered aid to Uganda after the floods.",
        "The Ugandan government offered the rebels a deal.",
        "Kenya offered Uganda $5 million.",
        # what one side puts to another it names, whatever the thing offered
        "Tarvia offered the Veldan rebels a prisoner swap on Tuesday.",
        "Uganda offered citizenship to the Congolese refugees.",
        "Kenya offered Uganda fuel and medicine after the floods.",
        "The Kenyan government offered the striking drivers a fuel subsidy.",
    ],
)
def test_an_act_or_a_thing_for_actors_offered_stays_a_commitment(text):
    assert "AGREE" in [t for t, _ in _types(text)]


def test_campaign_logistics_are_no_events():
    assert _types("The Ohio senator agreed to a long interview with the local paper.") == []
    assert _types("A Texas oil executive gave $2 million to a super PAC that backs the senator.") == []
    assert _types("The Ohio senator voted against the governor's budget.") == []
    assert _types("Japan gave $5 million in aid to Haiti before the election.")[0][0] == "AID"


def test_a_question_put_is_no_request():
    assert _types("I want to ask you about the Kenyan budget.") == []
    assert _types("The Ohio senator asked the minister a question.") == []
    assert _types("The Ohio senator asked the minister to resign.")[0][0] == "REQUEST"


def test_a_disposition_is_no_event():
    assert _types("The Kenyan opposition remained skeptical of the plan.") == []


def test_a_protest_verb_with_an_object_is_no_protest():
    assert _types("The Bolivian miners demonstrated their resolve over the winter.") == []
    assert _types("Thousands of Bolivian miners demonstrated in La Paz on Monday.")[0][0] == "PROTEST"


def test_a_thing_that_rallies_is_no_protest():
    # markets and currencies rally, march and demonstrate in figures, not in the street
    assert _types("South Korea's main stock index rallied 3 percent on Friday.") == []
    assert _types("The Mexican peso rallied against the dollar after the vote.") == []
    assert _types("Striking Korean dockworkers rallied in Busan on Friday.")[0][0] == "PROTEST"


def test_a_promise_of_force_the_dictionary_lists_as_a_synonym_is_a_threat():
    # "crush" codes nothing of its own (a synonym in DESTROY [190]); promised, it is a threat
    assert [t for t, _ in _types("The Ugandan army vowed to crush the rebel movement.")] == ["THREATEN"]
    # a promise of cooperation stays one
    assert [t for t, _ in _types("The Ugandan army vowed to protect the refugees.")] != ["THREATEN"]


def test_a_for_to_clause_is_the_for_phrase_of_a_request_verb():
    # "push" asks only with a for-phrase; a "for ... to" clause is one
    found = _types("The Kenyan union pushed hard for the ministry to reopen the Mombasa plant.")
    assert [t for t, _ in found] == ["REQUEST"]


def test_arresting_protesters_is_an_arrest():
    # the dictionary's "- * PROTESTERS [175] # ARREST" is violent repression, PLOVER ASSAULT
    assert _types("Bolivian police arrested dozens of protesters outside the congress in La Paz.") == [
        ("COERCE", "173")
    ]
    assert _types("Bolivian police arrested a journalist in La Paz on Monday.") == [("COERCE", "173")]


def test_struck_off_a_register_is_no_strike():
    assert not _events("The Irish surgeon was struck off the medical register on Friday.")
    assert [t for t, _ in _types("Yemeni rebels struck a Saudi oil facility on Friday.")] == ["ASSAULT"]


def test_a_name_or_a_praising_label_is_no_criticism():
    assert not [t for t in _types("The Texas rancher called his horse Thunder.") if t[0] == "ACCUSE"]
    assert _types("The Kenyan president called the Ethiopian leader a very good man.") == [("SUPPORT", "051")]
    assert _types("The Kenyan president called the Ethiopian leader a puppet of foreign powers.") == [
        ("ACCUSE", "111")
    ]


def test_a_forecast_of_a_hazard_is_no_threat():
    assert "THREATEN" not in [
        t for t, _ in _types("Chilean officials warned residents that heavy rains would cause floods.")
    ]
    assert "THREATEN" in [t for t, _ in _types("The Chilean army warned the rebels that it would attack.")]


def test_advice_to_the_public_is_no_demand():
    assert not _events("The Canadian health agency said people should avoid the lake this weekend.")
    assert ("REQUEST", "100") in _types("The Canadian health agency said the firm must recall the product.")


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the PLOVER codebook's MOBILIZE/weapons: "Test weapons systems"
        ("Pakistan tested a new cruise missile on Thursday.", True),
        ("India carried out a nuclear test in the desert on Monday.", True),
        ("The new law will test the patience of Indian voters.", False),
    ],
)
def test_a_weapons_test_is_a_show_of_force(text, coded):
    assert (("MOBILIZE", "150") in _types(text)) is coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news verbs of backing and of verbal attack
        ("The Greek prime minister backed the Cypriot president on Monday.", ("SUPPORT", "051")),
        ("The French president railed against the European Commission on Tuesday.", ("ACCUSE", "111")),
        ("The Polish prime minister tore into the German chancellor over migration.", ("ACCUSE", "111")),
        ("The Indian minister sparred with his Pakistani counterpart at the summit.", ("ACCUSE", "111")),
    ],
)
def test_verbs_of_backing_and_of_verbal_attack(text, expected):
    assert expected in _types(text)


def test_tearing_down_a_thing_is_no_verbal_attack():
    assert ("ACCUSE", "111") not in _types("Protesters tore down a statue of the general in the square.")


def test_named_people_who_clash_with_no_object_clash_with_words():
    text = (
        "Dutch Prime Minister Mark Rutte and Italian Prime Minister Giuseppe Conte clashed over the budget."
    )
    assert ("ACCUSE", "111") in _types(text)
    assert ("ACCUSE", "111") not in _types("Indian and Pakistani troops clashed along the border on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "Opposition lawmakers and ruling party legislators clashed over the electoral law on Monday.",
        "The Labour candidate clashed with the party chairwoman over the manifesto.",
    ],
)
def test_legislators_and_candidates_who_clash_clash_with_words(text):
    types = _types(text)
    assert ("ACCUSE", "111") in types
    assert not [t for t in types if t[0] == "ASSAULT"]


def test_militants_who_clash_with_soldiers_use_force():
    assert [t for t, _ in _types("Islamist militants clashed with Malian soldiers near Gao.")] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan senator agreed with the finance minister that the tax was too high.",
        "The Brazilian mayor agreed with her critics about the cost of the stadium.",
    ],
)
def test_agreeing_with_someone_s_view_is_no_commitment(text):
    assert "AGREE" not in [t for t, _ in _types(text)]


def test_agreeing_with_someone_on_an_act_is_a_commitment():
    assert "AGREE" in [t for t, _ in _types("Somali rebels agreed with the government on a truce.")]
    text = "The Chilean minister agreed with the miners' union to raise wages."
    assert "AGREE" in [t for t, _ in _types(text)]


def test_getting_out_of_a_vehicle_is_no_retreat():
    types = [t for t, _ in _types("The Ohio man got out of his truck and walked toward the officers.")]
    assert "CONCEDE" not in types and "RETREAT" not in types


def test_an_indictment_on_charges_is_an_accusation():
    text = "Prosecutors in Peru indicted the former president on bribery charges."
    assert ("ACCUSE", "1121") in _types(text)


def test_naming_someone_one_of_a_praised_set_is_praise():
    text = (
        'BOSTON (AP) - Governor Lena Park called Senator Omar Diaz "one of the kindest, most honest'
        ' people I have ever worked with."'
    )
    assert [t for t, _ in _types(text)] == ["SUPPORT"]


def test_a_speaker_s_claim_for_itself_is_no_demand():
    assert "REQUEST" not in [
        t for t, _ in _types("The jailed Turkish journalist said she must be given a fair trial.")
    ]
    assert "REQUEST" in [t for t, _ in _types("The Turkish journalist said the minister must resign.")]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The Canadian army is training Iraqi soldiers near Erbil.", True),
        ("The Kenyan minister trained as a doctor in Nairobi.", False),
        ("The gunman trained his rifle on the Brazilian soldiers.", False),
    ],
)
def test_training_is_training_of_people(text, coded):
    assert (("COOPERATE", "062") in _types(text)) is coded


def test_holding_people_on_charges_or_on_suspicion_is_detention():
    found = _events("Two Ghanaian traders were held on suspicion of smuggling in Accra.")
    assert [(e["plover"]["type"], e["cameo"]["code"]) for e in found] == [("COERCE", "173")]
    assert found[0]["source"] is None and found[0]["target"]["country"] == "GHA"
    assert not _events("The Ghanaian senator held a briefing on the charges against him.")


def test_the_police_removing_people_from_a_place_is_coercion():
    for text in (
        "Police removed two Ghanaian activists from the courthouse on Monday.",
        "Two Ghanaian activists were removed from the courthouse by police on Monday.",
    ):
        found = _events(text)
        assert [(e["plover"]["type"], e["cameo"]["code"]) for e in found] == [("COERCE", "174")], text
        assert "police" in found[0]["source"]["text"].lower() and "activists" in found[0]["target"]["text"]
    assert not _events("Police removed the barricades on Monday.")
    ousted = _events("The Ghanaian parliament removed the speaker from office.")
    assert [e["cameo"]["code"] for e in ousted] == ["160"]


def test_an_alert_mobilizes_only_forces():
    assert _types("A shopkeeper in Tikrit alerted the police to the parked car.") == []
    assert _types("Pakistani authorities issued a storm alert for the coastal districts.") == []
    types = _types("Egypt put its troops on high alert along the Libyan border.")
    assert [t for t, _ in types] == ["MOBILIZE"]


def test_a_pattern_of_another_verb_of_the_block_does_not_overrule_the_verbs_frame():
    # CONVICT shares its block with CHARGE, whose "(IN COURT)" pattern is an accusation
    types = _types("A Kenyan police officer was convicted in court of beating a prisoner.")
    assert types == [("SANCTION", "116")]


def test_engaging_in_something_takes_its_sense():
    assert _types("Ethiopia and Egypt engaged in a war of words over the dam.") == []
    assert [t for t, _ in _types("The Yemeni government engaged in talks with the Houthis.")] == ["CONSULT"]
    assert [t for t, _ in _types("Nigerian troops engaged the insurgents near Maiduguri.")] == ["ASSAULT"]


def test_taking_people_out_of_a_place_is_no_withdrawal():
    assert _types("Volunteers pulled two women out of the flooded mosque in Mosul.") == []
    types = _types("Kenya pulled its soldiers out of the Somali town of Kismayo.")
    assert [t for t, _ in types] == ["RETREAT"]


def test_denying_a_thing_to_someone_withholds_it():
    assert _types("The Eritrean army denied medicine to the refugee camps.") == [("COERCE", "170")]
    # denying a claim is a statement (CAMEO 016), no PLOVER event
    assert _types("The Eritrean army denied the allegations of torture.") == []


def test_strikes_on_military_ground_are_force_whoever_strikes():
    types = _types("The Arab coalition launched strikes on Houthi positions near Hodeidah.")
    assert [t for t, _ in types] == ["ASSAULT"]
    types = _types("Kenyan doctors launched a strike against the health ministry.")
    assert [t for t, _ in types] == ["PROTEST"]


def test_a_trial_is_legal_action_not_detention():
    assert _types("Two Bahraini activists will stand trial in Manama next week.") == [("ACCUSE", "1121")]
    assert [t for t, _ in _types("Bahraini police arrested two activists in Manama.")] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Prosecutors said the three brothers committed a string of burglaries in Kano.", False),
        ("The militiamen committed atrocities against villagers near Bunia.", False),
        ("The Sudanese army committed to negotiate with the rebel alliance.", True),
        ("The Kenyan government committed 400 soldiers to the African Union mission.", True),
    ],
)
def test_committing_an_act_is_no_promise(text, coded):
    promises = [t for t, c in _types(text) if c.startswith("03")]
    assert bool(promises) is coded


def test_a_trip_to_a_place_of_no_name_visits_no_one():
    assert _types("The Nigerian governor came to town on Saturday to open a market.") == []
    assert _types("The Ugandan foreign minister flew to the city on Monday.") == []
    # a trip abroad is a visit at most (CAMEO 042), no promise to meet (the dictionary's FLY (TO) 036)
    assert _types("The Ugandan foreign minister flew to Nairobi on Monday.") == [("CONSULT", "042")]


def test_a_court_appearance_is_legal_action_not_detention():
    assert [
        c for _, c in _types("Three Kurdish journalists appeared in court in Diyarbakir on Thursday.")
    ] == ["1121"]
    assert [c for _, c in _types("The opposition leader appeared before the court in Harare.")] == ["1121"]


def test_stepped_up_patrols_are_a_force_posture_not_a_threat():
    assert _types("Kenyan police stepped up patrols in Mombasa on Sunday.") == [("MOBILIZE", "150")]
    assert [t for t, _ in _types("Kenyan police stepped up attacks on the militants.")] != ["MOBILIZE"]


def test_a_verb_of_criticism_with_a_particle_and_no_one_aimed_at_is_no_criticism():
    assert not _events("The Ruritanian crew blasted off on Friday.")
    blasts = _events("The union leader blasted the transport minister on Friday.")
    assert blasts and blasts[0]["plover"]["type"] == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving a treaty, a deal or an organisation is the codebook's SANCTION/withdraw
        ("Ghana withdrew from the regional trade pact on Tuesday.", ("SANCTION", "161")),
        # a withdrawal announced as intent threatens to break relations
        ("Ghana said on Tuesday it would withdraw from the regional trade pact.", ("THREATEN", "1313")),
        ("Bolivia pulled out of the mining deal with Chile on Friday.", ("SANCTION", "161")),
        ("Burundi withdrew from the International Criminal Court on Thursday.", ("SANCTION", "161")),
        ("The Kurdish party pulled out of the governing coalition in Erbil.", ("SANCTION", "161")),
        # leaving talks halts negotiations
        ("The Sudanese rebels withdrew from the peace negotiations in Doha.", ("SANCTION", "164")),
        # leaving a place, or with forces, is a retreat
        ("The Malian army withdrew from the town of Kidal on Sunday.", ("RETREAT", "0874")),
        ("Ethiopia pulled its troops out of the Somali border town.", ("RETREAT", "0874")),
    ],
)
def test_what_a_withdrawal_leaves_decides_its_type(text, expected):
    assert expected in _types(text)


def test_forces_leaving_a_site_named_like_an_organisation_retreat():
    # a power plant the recogniser tags as an organisation is a site troops held, no membership
    types = _types("Armenian troops withdrew from the Metsamor Nuclear Power Plant on Tuesday.")
    assert types == [("RETREAT", "0874")]


def test_leaving_a_race_or_a_debate_is_no_event():
    assert _types("The Peruvian senator withdrew from the presidential race on Friday.") == []
    assert _types("The Kenyan governor pulled out of the televised debate.") == []


def test_moving_what_is_no_force_is_no_mobilization_or_retreat():
    assert _types("The Turkish ministry deployed its diplomatic resources to win the vote.") == []
    assert _types("The Polish ministry mobilized support for the pension bill.") == []
    assert _types("The Greek ministry withdrew its complaint against the newspaper.") == []
    assert [t for t, _ in _types("Algeria deployed missiles along its eastern border.")] == ["MOBILIZE"]
    assert [t for t, _ in _types("Morocco withdrew 2,000 soldiers from the desert outpost.")] == ["RETREAT"]


def test_moving_reinforcements_or_a_battery_is_moving_a_force():
    # units the CAMEO sets name only in phrases or the plural ("combat brigades", "missile batteries")
    assert [t for t, _ in _types("Tbilisi deployed reinforcements along the Abkhaz line.")] == ["MOBILIZE"]
    assert [t for t, _ in _types("Seoul deployed two Hawk batteries near the islands.")] == ["MOBILIZE"]
    assert [t for t, _ in _types("Lima withdrew a police battalion from the mining town.")] == ["RETREAT"]


def test_a_phrase_fronted_before_the_verb_is_not_what_it_acts_on():
    # "Under the terms of the deal": "terms" is no prison term received
    assert _types("Under the terms of the truce, the fighters will receive safe passage to Idlib.") == []
    assert _types("The Nepali activist received a ten-year term on Monday.") == [("SANCTION", "116")]


def test_a_storm_hitting_a_place_is_no_verbal_attack():
    assert _types("A cyclone hit southern Mozambique on Monday.") == []
    assert _types("A tropical storm hammered the Honduran coast overnight.") == []
    types = _types("The Chilean senator hit the finance minister over the budget.")
    assert [t for t, _ in types] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "order" takes the sense of the event noun it orders
        ("The Arab League ordered an oil embargo on the junta.", ("SANCTION", "163")),
        ("The Ghanaian president ordered the arrest of the militia leader.", ("COERCE", "173")),
        ("The Kenyan minister ordered an inquiry into the shooting.", ("ACCUSE", "090")),
    ],
)
def test_an_order_takes_the_sense_of_what_it_orders(text, expected):
    assert expected in _types(text)


def test_an_invitation_to_act_is_an_appeal_and_one_to_meet_an_intent():
    types = _types("The Colombian government invited the guerrillas to lay down their arms.")
    assert [t for t, _ in types] == ["REQUEST"]
    # an invitation to talks is an offer to negotiate ("- * (FOR &NEGOTIATION) [030] # INVITE")
    for text in (
        "The Colombian government invited the guerrillas to return to the negotiating table.",
        "The Nepali cabinet invited the Maoist rebels to join the peace talks in Pokhara.",
    ):
        assert [t for t, _ in _types(text)] == ["AGREE"], text
    types = _types("The Malian president invited the Algerian foreign minister to visit Bamako.")
    assert types == [("AGREE", "036")]


def test_armed_men_taking_aim_aim_a_weapon_and_criticise_no_one():
    assert _types("Police snipers took aim at the marchers from the rooftops in Bujumbura.") == []
    types = _types("The Chilean senator took aim at the finance minister over the budget.")
    assert [t for t, _ in types] == ["ACCUSE"]


def test_smearing_paint_is_no_smear_of_someone():
    assert _types("Vandals smeared red paint on the statue of the former governor.") == []
    assert ("ACCUSE", "111") in _types("The candidate smeared his rival in a series of radio ads.")
