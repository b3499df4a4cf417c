import pytest

from dateline.nlp import get_nlp


def _events(text, published=None):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _types(text, published=None):
    return [e["plover"]["type"] for e in _events(text, published)]


def test_a_question_is_not_an_event():
    assert _types("Will the Kenyan government expel the Somali envoy?") == []


def test_the_condition_of_a_clause_is_not_an_event():
    assert "ASSAULT" not in _types("If Turkey attacks the Kurdish town, Russia will respond.")
    assert "SANCTION" not in _types("If convicted, the Peruvian minister could face ten years in jail.")


def test_a_poll_is_not_an_event():
    text = "In the survey, 51 percent back the Labour candidate and 2 percent support the Green Party."
    assert _types(text) == []


def test_an_event_of_an_earlier_year_is_background():
    text = "In 2012, the Russian activist was arrested by police in Moscow."
    assert "COERCE" not in _types(text, "2016-05-02")
    assert "COERCE" in _types(text, "2012-05-02")


def test_armed_forces_attacking_positions_use_force():
    for text in (
        "The Iraqi army attacked Islamic State positions near Mosul on Sunday.",
        "Syrian troops attacked rebel positions in Idlib province.",
    ):
        assert _types(text) == ["ASSAULT"], text


def test_a_politician_attacking_a_plan_accuses():
    assert "ASSAULT" not in _types("The Canadian senator attacked the governor's budget plan.")


def test_an_imperative_to_the_reader_is_not_an_event():
    assert _types("Help rebuild the flooded schools of Kenya") == []


def test_a_visit_at_home_is_not_a_visit_event():
    assert _types("The Mexican president visited the border town of Tijuana on Friday.") == []
    assert _types("The Mexican president visited Washington on Friday.") == ["CONSULT"]


def test_asking_whether_is_an_inquiry_not_a_request():
    assert _types("Kenyan lawmakers asked whether the contracts forced the suppliers to comply.") == []
    assert _types("Kenyan lawmakers asked the minister to resign.") == ["REQUEST"]


def _one(text):
    events = _events(text)
    assert len(events) == 1, events
    return events[0]["plover"]["type"], events[0]["modality"]


def test_a_promise_to_attack_is_an_asserted_threat():
    assert _one("The Syrian rebels vowed to attack the army base.") == ("THREATEN", "asserted")


def test_a_scheduled_action_keeps_its_type():
    assert _one("The Japanese envoy will travel to Seoul next week.") == ("CONSULT", "planned")
    assert _one("The Labour party plans to sue the British government.") == ("ACCUSE", "planned")


def test_an_announced_or_stated_intention_is_an_agreement():
    assert _one("Iran said it would release the British sailors.") == ("AGREE", "asserted")
    assert _one("The Kenyan government is ready to send food aid to Somalia.")[0] == "AGREE"


def test_a_poll_with_several_shares_is_not_an_event():
    text = "Of registered voters, 52 percent back Ortiz, 7 percent favour Lund and 2 percent support Adeyemi."
    assert _types(text) == []


def test_a_state_of_mind_is_not_an_event():
    assert _types("Kenyan farmers want cheaper fertiliser from the government.") == []
    text = "The Kenyan minister said she hoped the truce would lead to peace talks with the rebels."
    assert _types(text) == []


def test_cooperation_needs_a_partner():
    assert _types("The Kenyan statistics agency released new unemployment figures on Monday.") == []
    assert _types("The Kenyan police shared intelligence with their Ugandan counterparts.") == ["COOPERATE"]


def _clause(text, lemma, published=None):
    from dateline.events.arguments import subject_of
    from dateline.events.nonevents import clause_signals

    nlp = get_nlp()
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    sent = verb.sent
    return clause_signals(verb, subject_of(verb)[0], sent, sent.text, list(doc._.times or []), published)


def test_the_past_perfect_sets_an_event_before_the_story():
    assert _clause("The Chilean navy had seized the trawler before the talks began.", "seize")["pluperfect"]
    assert not _clause("The Chilean navy seized the trawler on Monday.", "seize")["pluperfect"]


def test_an_obligation_is_not_an_act():
    assert _clause("We must punish the smugglers who endanger our coast.", "punish")["deontic"]
    assert _clause("It is important to support the nurses of Lagos.", "support")["deontic"]
    assert not _clause("The Nigerian governor supported the nurses.", "support")["deontic"]


def test_generic_and_speaker_subjects():
    assert _clause("Many have protested outside the ministry in Nairobi.", "protest")["generic_subject"]
    assert _clause("Farmers often protest outside the ministry in Nairobi.", "protest")["habitual"]
    assert not _clause("The Kenyan farmers protested outside the ministry.", "protest")["generic_subject"]
    assert _clause("We condemned the raid on the village.", "condemn")["speaker_subject"]


def test_a_sentence_dated_to_an_earlier_year_is_history():
    text = "Since 2009, the Peruvian army has arrested dozens of coca growers."
    assert _clause(text, "arrest", "2014-03-02")["dates_earlier"]
    dated = _clause("The Peruvian army arrested dozens of coca growers on Monday.", "arrest", "2014-03-02")
    assert not dated["dates_earlier"]


def test_the_story_year_falls_back_on_the_latest_dated_mention():
    from dateline.events.nonevents import story_year

    times = [{"value": "2019-11-18"}, {"value": "2047"}, {"value": "2012-04"}]
    assert story_year(times, None) == 2019
    assert story_year(times, "2020-01-05") == 2020
    assert story_year([{"value": "2031"}], None) is None


def test_a_letter_in_the_first_person_reads_as_opinion():
    from dateline.events.nonevents import opinion_share

    nlp = get_nlp()
    letter = nlp("I have lived here for years. We deserve better schools. The council voted on Monday.")
    report = nlp("The council voted on Monday. The mayor criticized the vote. Police arrested two men.")
    assert opinion_share(letter, lambda _: False) > 0.5
    assert opinion_share(report, lambda _: False) == 0.0


def test_only_the_writers_own_pronouns_outside_quotes_count_as_opinion():
    from dateline.events.nonevents import opinion_share

    doc = get_nlp()('"We will rebuild," the mayor of Kelby said. I doubt it. The quay reopened in May.')
    closing = doc.text.index('," the')
    assert opinion_share(doc, lambda at: at < closing) == 1 / 3
    assert opinion_share(doc, lambda _: False) == 2 / 3


def test_a_habit_is_not_an_event():
    assert "COERCE" not in _types("The Peruvian police often detain coca growers near the border.")
    assert "COERCE" in _types("The Peruvian police detained coca growers near the border on Monday.")


def test_an_action_wanted_or_tried_is_embedded_a_reported_one_is_not():
    assert _clause("The Bolivian miners tried to block the highway near Oruro.", "block")["embedded"]
    assert _clause("The union's demands include blocking the highway to Oruro.", "block")["embedded"]
    assert not _clause("The Bolivian miners blocked the highway near Oruro.", "block")["embedded"]
    assert not _clause("Police said the Bolivian miners blocked the highway.", "block")["embedded"]
    assert not _clause("The miners marched and blocked the highway near Oruro.", "block")["embedded"]


def test_the_present_perfect_is_named():
    assert _clause("The Bolivian miners have blocked the highway near Oruro.", "block")["present_perfect"]
    assert not _clause("The Bolivian miners had blocked the highway near Oruro.", "block")["present_perfect"]


def test_an_essay_in_the_present_reads_differently_from_a_report():
    from dateline.events.nonevents import text_signals

    nlp = get_nlp()
    essay = "Power corrupts those who hold it. Every ruler fears the crowd. History repeats itself."
    report = "The Chilean navy seized a trawler on Monday. The owners protested. The court fined them."
    assert text_signals(nlp(essay), essay, lambda _: False)["present"] > 0.5
    assert text_signals(nlp(report), report, lambda _: False)["present"] == 0.0


def test_a_time_clause_is_background_in_all_its_conjuncts():
    text = "Chilean prosecutors released the video when police officers found and freed the hostages."
    assert _types(text) == []


def test_an_action_still_pending_is_negated():
    events = _events("The Chilean navy has yet to withdraw its ships from the Peruvian coast.")
    assert [e["modality"] for e in events] == ["negated"]
    events = _events("Yet the Chilean navy withdrew its ships from the Peruvian coast.")
    assert [e["modality"] for e in events] == ["asserted"]


def test_a_promise_needs_a_partner():
    assert _types("The Kenyan president promised to focus on jobs and schools.") == []
    assert _types("Striking Kenyan teachers pledged to stay calm during the march.") == []
    assert _types("The Greek prime minister promised to work with Turkey on the migrant crisis.") == ["AGREE"]
    assert _types("Kenya and Uganda agreed to reopen their border crossing.") == ["AGREE"]
    # a promise of something handed over is an offer even with no one named to take it
    assert _types("A Kenyan charity offered to hand out free meals at a Nairobi school.") == ["AGREE"]


def test_offering_a_thing_no_pattern_names_is_no_promise_to_anyone():
    # goods on sale and opinions are no cooperation; support, money or a recipient are
    assert _types("The Japanese government will offer the new passport in three colours.") == []
    assert _types("Kenyan lawmakers offered their opinions on the budget.") == []
    assert _types("The Kenyan government offered support to the striking teachers.") == ["AGREE"]
    assert _types("The Kenyan government pledged $2 million for the flood victims.") == ["AGREE"]


def test_a_visit_needs_a_host():
    assert _types("The Kenyan president made a short trip to a Nairobi hospital for a check-up.") == []
    assert _types("The Kenyan president paid a visit to Uganda on Monday.") == ["CONSULT"]


def test_a_negative_imperative_is_not_an_event():
    assert _types("Don't blame the Kenyan president for the floods.") == []
    assert _types('"Do not shoot the prisoners," the Nigerian colonel told his men.') == []
    assert _types("The Nigerian colonel did not shoot the prisoners.") != []


def test_aid_and_consultation_need_a_recipient_or_partner():
    assert _types("The Canadian billionaire contributed money to pay for the ads.") == []
    assert _types("The Irish senator talked about the reform for an hour.") == []
    assert _types("The Canadian government contributed money to Haiti.") == ["AID"]


def test_a_date_of_an_earlier_year_dates_the_coordinated_predicate():
    text = "The Kenyan lawyer moved to Nairobi in 2009 and soon criticized President Kenyatta."
    assert _types(text, "2016-05-02") == []
    text = "The Kenyan lawyer moved to Nairobi in 2009 and criticized President Kenyatta on Monday."
    assert _types(text, "2016-05-02") == ["ACCUSE"]


def test_an_event_with_no_actor_named_is_not_coded():
    assert _types("A long report on the floods was released on Monday.") == []
    assert _types("The bill was withdrawn on Monday.") == []


def test_the_content_of_an_imperative_is_not_an_event():
    assert _types("Imagine the Russian army attacked the Estonian border town.") == []
    assert _types("Analysts said the Russian army attacked the Estonian border town.") == ["ASSAULT"]


def test_crowds_on_the_move_make_no_visit():
    assert _types("Thousands of Syrians travelled to Germany last year.") == []
    assert _types("More than 2,000 Nigerian pilgrims visited Jerusalem on Sunday.") == []
    assert _types("Two Australian senators visited Taiwan on Monday.") == ["CONSULT"]


def test_a_recurring_act_in_the_present_is_a_habit():
    assert "COERCE" not in _types("Bolivian police detain hundreds of coca growers every year.")
    assert "ASSAULT" in _types("Syrian troops shelled the rebel town every night last week.")


def test_what_one_actor_wishes_another_would_do_is_hypothetical():
    wished = _events("Many Kenyan farmers want the government to release the detained activists.")
    assert [e["modality"] for e in wished if e["plover"]["type"] == "RETREAT"] == ["hypothetical"]
    planned = _events("The Kenyan government wants to release the detained activists.")
    assert [e["modality"] for e in planned if e["plover"]["type"] == "RETREAT"] == ["planned"]


def test_a_crowd_does_not_consult():
    # people counted by the crowd talking or meeting are the public, not a party to talks
    assert _types("Thousands of Kenyan fans met the French players at the airport.") == []
    assert _types("So many Kenyans were talking about the new Tanzanian border fee.") == []
    assert _types("The Kenyan foreign minister met the French ambassador at the airport.") == ["CONSULT"]


def test_declining_to_comment_is_a_statement_not_a_rejection():
    # CAMEO 011 "decline comment", a pattern of the REFUSE block, is no PLOVER event
    assert _types("A spokeswoman for the Kenyan interior ministry declined to comment.") == []
    assert _types("The Kenyan government declined to join the talks with Somalia.") == ["REJECT"]


def test_a_rate_per_so_many_is_a_statistic():
    assert "COERCE" not in _types("Two in five Belarusian protesters were arrested, a survey found.")


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian senator vowed to fight for farming families in Cusco.",
        "Governor Lena Park has fought to expand free school meals in the state.",
        "The Chilean mayor battled leukemia for a year before returning to office.",
        "Labour lawmakers are fighting the government's welfare bill in parliament.",
        "The teachers' union fought against the pension reform for months.",
    ],
)
def test_a_figurative_fight_is_no_assault_nor_threat(text):
    types = _types(text)
    assert "ASSAULT" not in types and "THREATEN" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Somali troops battled al-Shabaab militants near Mogadishu on Sunday.",
        "Houthi fighters fought for control of the port city on Tuesday.",
    ],
)
def test_armed_actors_fight_with_force(text):
    assert "ASSAULT" in _types(text)


def test_a_candidate_attacking_a_group_attacks_with_words():
    types = _types("The Republican candidate attacked Mexican immigrants in his speech on Monday.")
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Honda agreed to buy a stake in the battery maker Panasonic for $3 billion.",
        "Samsung sued Apple over a smartphone patent on Tuesday.",
    ],
)
def test_business_between_companies_is_routine(text):
    assert _types(text) == []


def test_a_state_acting_on_a_company_is_an_event():
    assert "ACCUSE" in _types("The Indian government accused Amazon of breaking foreign investment rules.")


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian opposition leader has long accused the ruling party of vote rigging.",
        "Activists say the Egyptian police have harassed journalists for decades.",
    ],
)
def test_a_standing_record_is_no_event(text):
    types = _types(text, "2020-03-02")
    assert "ACCUSE" not in types and "COERCE" not in types


def test_a_counted_span_is_no_standing_record():
    assert "COERCE" in _types("The Egyptian police have detained the blogger for two years.", "2020-03-02")


def test_a_quantified_group_in_the_present_is_a_generic_statement():
    assert "SUPPORT" not in _types("Most Labour members support the new Scottish tax plan.")


def test_what_the_reader_is_asked_to_suppose_is_no_event():
    assert _types("Say Canada demanded that Mexico pay for the new bridge.") == []


def test_a_crowd_dispersing_itself_is_no_repression():
    assert "ASSAULT" not in _types("The Armenian protesters dispersed peacefully after the speeches.")
    assert "ASSAULT" in _types("Armenian riot police dispersed the protesters with tear gas.")


def test_a_kind_in_the_present_is_a_generic_statement():
    assert "ACCUSE" not in _types("Shopkeepers complain bitterly that the new Kenyan sales tax is unfair.")
    assert "ASSAULT" in _types("Malian troops attacked the rebel camp near Gao on Sunday.")


def test_a_refusal_to_comment_is_no_rejection():
    for text in (
        "The Lebanese army declined to comment on the clashes in Tripoli.",
        "A spokesman for the Turkish embassy refused to name the detained diplomats.",
        "The Yemeni interior ministry declined to confirm the number of dead.",
        "The Somali army declined to give details of the raid.",
    ):
        assert _types(text) == [], text
    assert _types("The Sudanese rebels refused to withdraw from the city of Kadugli.") == ["REJECT"]
    assert _types("The Libyan militia refused to discuss a truce with the government.") == ["REJECT"]


def test_what_an_indirect_question_asks_is_not_reported():
    for text in (
        "The Afghan commander declined to say how many soldiers were killed in Kandahar.",
        "It is unclear who carried out the attack on the Nigerian checkpoint.",
        "The Arab League will decide whether to impose sanctions on Damascus.",
    ):
        assert _types(text) == [], text
    assert _types("The Afghan commander said the Taliban killed four soldiers in Kandahar.") == ["ASSAULT"]


def test_deciding_or_finding_out_a_question_is_no_commitment():
    assert _types("Jordanian investigators are trying to determine how the gunmen entered the camp.") == []
    assert _types("The Jordanian government agreed to release the Iraqi prisoners.") == ["AGREE"]


def test_a_warning_of_a_hazard_is_a_forecast_not_a_threat():
    for text in (
        "Relief groups warned of famine in southern Somalia.",
        "The Pakistani weather office warned residents about flooding in Sindh.",
    ):
        assert _types(text) == [], text
    assert _types("The Somali militants warned the government of consequences.") == ["THREATEN"]


def test_an_election_won_is_no_beating():
    assert _types("The Kenyan opposition leader beat the incumbent president in the runoff.") == []
    assert _types("Zambian police beat opposition supporters outside the court.") == ["ASSAULT"]


def test_affirming_that_something_is_so_is_a_statement():
    assert _types("The Libyan premier affirmed that the vote would be held in June.") == []


def test_hosting_a_crowd_is_no_visit():
    assert _types("Uganda hosts 1.5 million South Sudanese refugees.") == []
    assert _types("The settlement hosts thousands of displaced families.") == []
    assert _types("Uganda hosted the South Sudanese president on Friday.") == ["CONSULT"]


def test_denying_a_claim_is_a_statement_not_a_refusal():
    for text in (
        "The Yemeni coalition denied the accusations of bombing a market in Saada.",
        "The Nigerian army denied any wrongdoing in the village.",
        "The rebel group denied that its fighters shelled the hospital in Taiz.",
        "The Libyan ministry denied responsibility for the blast.",
    ):
        assert "REJECT" not in _types(text), text


def test_denying_a_thing_asked_for_is_a_refusal():
    assert _types("Egypt denied entry to the Turkish delegation.") == ["REJECT"]
    assert _types("The Sudanese government denied the request of the aid agencies.") == ["REJECT"]


def test_a_plan_to_do_what_is_no_event_is_no_commitment():
    assert "AGREE" not in _types("The state oil company announced plans to open a refinery near Kirkuk.")
    assert "AGREE" not in _types("The Algerian government unveiled a plan to build 20,000 homes in Oran.")
    assert "AGREE" in _types("Algeria announced plans to build a gas pipeline with Nigeria.")


def test_an_expectation_is_no_commitment():
    assert _types("The Lebanese premier expects a serious effort from the Syrian government.") == []
    assert _types("The Lebanese premier expects a visit from the Syrian foreign minister.") == ["AGREE"]


def test_searching_for_someone_is_no_raid():
    assert _types("Lebanese police are searching for two fishermen missing off Tyre.") == []
    assert _types("Lebanese police searched the offices of the opposition newspaper in Beirut.") == ["COERCE"]


def test_a_company_deal_is_business_routine():
    assert _types("Zain Group agreed to acquire a stake in a Jordanian bank for $200 million.") == []
    assert _types("Algeria agreed to sell natural gas to Italy.") == ["AGREE"]


def test_warning_someone_not_to_act_is_advice_not_a_threat():
    for text in (
        "The Lebanese government warned Israel not to fly drones over Beirut.",
        "Egyptian officials warned fishermen in Alexandria to stay in port.",
    ):
        assert _types(text) == ["REQUEST"], text
    assert _types("The Lebanese army warned Israel that it would respond to any raid.") == ["THREATEN"]


def test_a_policy_pledge_to_no_one_is_no_commitment():
    assert _types("The Tunisian candidate promised to create jobs and make Sfax a trading hub.") == []
    assert _types("Jordan pledged to stand with Iraq against terrorism.") == ["AGREE"]
    assert _types("Iraq pledged to help Syria rebuild its army.") == ["AGREE"]


def test_an_act_dated_years_ago_is_background():
    text = "More than 20 years ago, the Peruvian army attacked the rebel camp near Ayacucho."
    assert _types(text, "2019-05-02") == []
    assert _types("Two days ago, the Peruvian army attacked the rebel camp near Ayacucho.", "2019-05-02") == [
        "ASSAULT"
    ]


def test_the_mission_a_body_was_made_for_is_no_event():
    for text in (
        "The Basque separatist group was formed in 1959 to fight for an independent homeland.",
        "The Colombian police unit was created to hunt down cocaine smugglers.",
        "The Nigerian vigilante group was established to protect villages from bandits.",
    ):
        assert _types(text, "2019-05-02") == [], text
    assert _types("Colombian police arrested three cocaine smugglers on Monday.", "2019-05-02") == ["COERCE"]


def test_a_planned_trip_at_home_is_no_commitment():
    text = "Kenyan Foreign Minister Ann Wambui announced plans to travel to a town in western Kenya soon."
    assert _types(text) == []
    text = "Kenyan Foreign Minister Ann Wambui announced plans to travel to Uganda next week."
    assert _types(text) == ["AGREE"]


def test_a_material_act_in_the_simple_present_is_a_standing_relation():
    lead = "NAIROBI - Kenyan troops killed 12 militants near the Somali border on Monday, the army said. "
    rest = "The army gave no further details. The fighting lasted for hours."
    for middle in (
        "The militia receives weapons and training from Eritrea. ",
        "Eritrea funds the militia through a network of traders. ",
    ):
        types = _types(lead + middle + rest, "2019-05-02")
        assert "AID" not in types, middle
        assert "ASSAULT" in types
    assert "AID" in _types(lead + "Eritrea sent weapons to the militia last month. " + rest, "2019-05-02")
    assert _types("Eritrea sends weapons to Somali militia.") == ["AID"]


def test_an_act_a_side_denies_is_not_coded():
    for text in (
        "The Malian army denied firing on protesters in Bamako on Monday.",
        "Chad denied that it had supplied weapons to the Sudanese rebels.",
        "The Malian army denied reports that soldiers had shot two protesters.",
    ):
        assert _types(text) == [], text
    assert _types("Malian soldiers fired on protesters in Bamako on Monday.") == ["ASSAULT"]
    assert _types("Chad denied entry to two Sudanese envoys.") == ["REJECT"]


def test_intercepting_a_rocket_is_air_defence():
    assert _types("Egyptian air defences intercepted two rockets over Sinai on Sunday.") == []
    assert _types("The Egyptian navy intercepted weapons bound for militants in Sinai.") == ["COERCE"]


def _in_article(sentence):
    lead = "KABUL - Afghan troops killed 12 militants in Helmand province on Monday, the army said. "
    return _types(lead + sentence + " The army gave no further details. The fighting lasted for hours.")


def test_a_standing_state_named_by_a_noun_is_background():
    for sentence in (
        "Villagers have lived under Pakistan's blockade of the border crossing for months.",
        "Washington's sanctions on Tehran have deepened the economic crisis.",
    ):
        types = _in_article(sentence)
        assert "COERCE" not in types and "SANCTION" not in types, sentence
    assert "SANCTION" in _in_article("Washington imposed new sanctions on Tehran on Tuesday.")


def test_the_topic_of_talks_is_no_event():
    types = _in_article("The Afghan minister spoke about Pakistan's support for the Taliban.")
    assert "SUPPORT" not in types


def test_signing_an_order_or_a_letter_is_no_signed_agreement():
    for text in (
        "The Kenyan president signed an order to withdraw troops from Somalia.",
        "Forty Kenyan lawmakers signed a letter to the speaker on Monday.",
    ):
        assert "SUPPORT" not in _types(text), text
    assert _types("Kenya and Ethiopia signed a border agreement on Monday.")


def test_an_act_someone_is_persuaded_to_do_is_not_coded():
    for text in (
        "Qatar is trying to persuade Chad and Sudan to withdraw their troops from the border.",
        "The African Union hopes to convince Khartoum to release the detained protesters.",
    ):
        types = _types(text)
        assert "RETREAT" not in types, text
    assert _types("Britain pressed Iran to release the detained sailors.") == ["REQUEST"]


def test_pressing_ones_own_campaign_to_an_end_keeps_the_act():
    assert "COERCE" in _types("Iraqi forces pressed their offensive to recapture the city of Hawija.")


def test_a_repeated_threat_in_the_present_perfect_is_a_standing_record():
    assert _types("Venezuela has repeatedly threatened to expel the Colombian envoy.") == []
    assert _types("Venezuela threatened on Monday to expel the Colombian envoy.") == ["THREATEN"]


def test_a_disaster_toll_is_no_violence():
    for text in (
        "Floods in northern Ghana have killed 14 people and injured 40 others.",
        "Two earthquakes struck eastern Turkey, leaving 30 people dead and 200 injured.",
        # the injured as a state beside the dead ("leaving ... dead and ... injured"), under a report
        "A cyclone has hit southern Malawi, leaving at least 40 people dead and more than 900 injured, aid"
        " groups say.",
        "Six people were killed in the landslide near Bukavu on Sunday.",
    ):
        assert "ASSAULT" not in _types(text), text
    assert _types("Gunmen killed six people near Bukavu on Sunday.") == ["ASSAULT"]


def test_an_attack_with_a_doer_of_its_own_beside_a_disaster_is_violence():
    for text in (
        "Heavy rains flooded the valley on Monday, and militiamen killed four farmers near Uvira.",
        "A cyclone battered the coast, but gunmen still attacked a police station in the south.",
    ):
        assert "ASSAULT" in _types(text), text


def test_an_act_in_a_for_to_clause_is_wanted_not_done():
    assert _types("Farmers' unions lobbied for parliament to approve the drought aid to Turkana.") == []
    assert _types("Oman is working for the Houthis to free the detained sailors.") == []
    # a verb of asking that takes the clause codes the request
    assert _types("Tunisia called for Libya to withdraw its militias from the border.") == ["REQUEST"]


def test_private_persons_travelling_to_places_make_no_visit():
    assert _types("The student's parents are visiting other cities in Portugal as well.") == []
    assert _types("Tourists from Korea visited the old city in record numbers.") == []
    assert _types("The Kenyan foreign minister visited Addis Ababa on Monday.") == ["CONSULT"]


def test_an_act_a_stand_or_talks_are_about_is_no_act():
    assert _types("Kenya and Uganda will stand together on extraditing the smugglers.") == []
    assert _types("The two ministers argued over deporting the Eritrean migrants.") == []
    assert _types("The Sudanese army succeeded in retaking the town of Talodi.") == ["COERCE"]


def test_an_act_carried_on_is_done_not_a_topic():
    # "carried on", "went on", "kept on" with a gerund: the act goes on, it is no topic of talks
    assert _types("Eritrean troops carried on shelling the Yemeni island overnight.") == ["ASSAULT"]
    assert _types("Militiamen in Kivu went on attacking the farming villages.") == ["ASSAULT"]
    assert _types("Kenya and Uganda will stand together on extraditing the smugglers.") == []


def test_the_first_conjunct_of_coordinated_verbs():
    from dateline.events.nonevents import first_conjunct

    doc = get_nlp()("Guards in Tarvel arrested and released the two Latvian hikers.")
    released = next(t for t in doc if t.lower_ == "released")
    assert first_conjunct(released).lower_ == "arrested"
    assert first_conjunct(doc[0]).i == 0


def test_a_rally_of_support_is_no_protest():
    for text in (
        "Loyalists of Kenyan President Daniel arap Moi held a rally in Nairobi on Friday.",
        "Thousands of the senator's supporters staged a rally in Lima to back her bid.",
        "Bolivian farmers staged a pro-government rally in La Paz on Saturday.",
    ):
        assert "PROTEST" not in _types(text)
    text = "Kenyan opposition activists began a rally in Nairobi on Monday against President Daniel arap Moi."
    assert _types(text) == ["PROTEST"]
    text = "Thousands of Kenyan students rallied in Nairobi to demand the release of jailed leaders."
    assert "PROTEST" in _types(text)


def test_supporters_rallying_with_a_demand_protest():
    # a rally that folds in a demand is dissent whoever holds it; one to back someone is support
    text = "Thousands of opposition supporters rallied in Lusaka demanding the release of their leader."
    assert _types(text) == ["PROTEST"]
    assert _types("Hundreds of ruling party supporters rallied in Harare to back the president.") == []
    # an appeal (CAMEO 02) may be made to the one backed: no dissent
    assert _types("Supporters of the governor rallied in Kisumu, asking her to seek a second term.") == []


def test_a_warning_of_weather_the_parse_reads_as_a_gerund_is_a_forecast():
    for text in (
        "Meteorologists in Finland warned of blowing snow on the main roads north of Oulu on Sunday.",
        "The Chilean weather office warned of freezing rain across the south of the country on Monday.",
        "Forecasters in Norway warned of freezing fog and icy roads in Oslo on Monday.",
    ):
        assert _types(text) == [], text
    # a gerund of an act done to something the warning names stays a threat
    assert _types("The Sudanese army warned of freezing the assets of the rebel leaders.") == ["THREATEN"]
    assert _types("The Iranian general warned of attacking American ships in the Gulf.") == ["THREATEN"]


def test_a_thing_that_threatens_poses_a_danger_and_makes_no_threat():
    for text in (
        "Hundreds of farms in Moldova are threatened by floods.",
        "Romania's seat on the board is not threatened by the dispute, the ministry said.",
        "Floods threatened the Bulgarian port of Varna on Monday.",
    ):
        assert "THREATEN" not in _types(text), text


def test_an_actor_that_threatens_makes_a_threat():
    for text in (
        "The Estonian defence minister was threatened by a gang leader last week.",
        "Chilean rebels threatened the Bolivian town of Oruro on Monday.",
        "Cuba threatened to expel the Panamanian diplomats.",
        "The Paraguayan embassy was threatened with closure.",
    ):
        assert "THREATEN" in _types(text), text


def test_one_phrase_naming_both_parties_codes_no_event_between_them():
    lead = "Latvian President Ilze Ozola and Estonian President Mart Kask held talks in Riga on Friday. "
    for text in (
        "The two presidents signed a plan for trade.",
        "Both leaders pledged to consult each other on energy.",
        "The two leaders agreed to expand trade.",
        "The pair signed a treaty of friendship.",
    ):
        events = _events(lead + text)
        later = [e for e in events if e["evidence"]["start"] >= len(lead)]
        assert later == [], text


def test_one_phrase_naming_both_parties_keeps_an_act_aimed_at_a_third():
    lead = "Latvian President Ilze Ozola and Estonian President Mart Kask held talks in Riga on Friday. "
    events = _events(lead + "The two leaders urged Belarus to release the detained journalists.")
    assert "REQUEST" in [e["plover"]["type"] for e in events if e["evidence"]["start"] >= len(lead)]
    signed = "Latvian President Ilze Ozola signed a treaty with Estonian President Mart Kask."
    assert "SUPPORT" in _types(signed)


def test_a_known_pair_fighting_fights_each_other():
    for text in (
        "Both soldiers fought for control of the grenade before Afghan officials arrived.",
        "The two policemen scuffled in the corridor of the Kenyan parliament.",
        "The two officers wrestled over the rifle near Chaman on Tuesday, Pakistani police said.",
    ):
        assert "ASSAULT" not in _types(text), text


def test_a_pair_fighting_a_third_or_a_count_of_fighters_stays_coded():
    for text in (
        "The two Afghan soldiers fought the gunmen for an hour.",
        "The two Kenyan officers clashed with the protesters.",
        "Two Taliban gunmen fought for hours before Afghan commandos arrived.",
    ):
        assert "ASSAULT" in _types(text), text


def test_two_people_of_one_side_are_no_pair_of_parties():
    assert "SUPPORT" in _types("Two Latvian ministers signed the gas deal in Vilnius on Friday.")


def test_what_a_dated_statement_reports_shares_its_earlier_year():
    text = "In 2012 the Peruvian government said it would withdraw its troops from the border with Bolivia."
    assert _types(text, "2017-06-01") == []
    text = "The Peruvian government said on Monday it would withdraw its troops from the border with Bolivia."
    assert _types(text, "2017-06-01") == ["AGREE"]


def test_a_record_since_a_dated_start_is_background():
    text = "Senator Ana Brell has backed President Tom Vale of Peru since his 2010 campaign."
    assert _types(text, "2017-06-01") == []
    assert _types("Peru has backed the Chilean plan since March.", "2017-06-01") == ["SUPPORT"]


def test_a_record_in_the_past_is_background():
    assert _types("In the past, Peru has accused Bolivia of sheltering smugglers.", "2017-06-01") == []
    text = "Over the years, Peru has repeatedly claimed that Bolivia was sheltering smugglers."
    assert _types(text, "2017-06-01") == []
    text = "Russian officials have accused Ukraine of shelling the town in the past two days."
    assert _types(text, "2017-06-01") == ["ACCUSE"]


def test_a_typographic_apostrophe_contracts_the_auxiliary():
    for quote in (
        '"We\'ll impose sanctions on Bolivia," the Peruvian president said.',
        "“We’ll impose sanctions on Bolivia,” the Peruvian president said.",
        "“We’d impose sanctions on Bolivia,” the Peruvian president said.",
    ):
        assert _types(quote) == ["THREATEN"], quote


def test_a_dated_act_that_a_standing_statement_reports_is_the_storys():
    text = "Officials in Lima have repeatedly said that rebels abducted four Peruvian engineers on Saturday."
    assert "ASSAULT" in _types(text, "2017-06-01") or "COERCE" in _types(text, "2017-06-01")
    text = "Officials in Lima have repeatedly said that rebels abducted Peruvian engineers."
    assert _types(text, "2017-06-01") == []


def test_a_contracted_had_before_a_past_form_is_no_threat():
    for quote in (
        '"They\'d shelled our post first," the Peruvian army chief said.',
        "“They’d shelled our post first,” the Peruvian army chief said.",
    ):
        assert "THREATEN" not in _types(quote), quote


def test_a_pair_fighting_back_or_off_fights_a_third():
    for text in (
        "The two suspects fought back when Nigerian police tried to arrest them in Kano.",
        "The two soldiers fought off the attackers near the base in Gao.",
    ):
        assert "ASSAULT" in _types(text), text


def test_a_sentence_with_several_of_the_writers_pronouns_counts_once_and_the_country_us_none():
    from dateline.events.nonevents import opinion_share

    doc = get_nlp()("We think our town needs us. The US fined Norvane Shipping. Ferries resumed on Friday.")
    assert opinion_share(doc, lambda _: False) == 1 / 3
