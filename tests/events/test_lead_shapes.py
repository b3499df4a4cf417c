"""Shapes of a story's headline and lead that hold its main event (sentences written for these tests)."""

from spacy.tokens import Doc

from dateline.events import headline
from dateline.nlp import get_nlp


def _events(text, published=None):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _coded(text, plover, published=None):
    return [e for e in _events(text, published) if e["plover"]["type"] == plover]


def test_a_year_of_a_noun_dates_that_nouns_event_not_the_predicate():
    text = "A military tribunal sentenced twelve guards on Tuesday over a 2012 prison riot in Vell."
    assert _coded(text, "SANCTION", "2016-05-10")


def test_a_year_of_the_predicates_circumstance_still_dates_the_predicate():
    assert not _coded("The reporter was killed in a 2012 ambush near Vell.", "ASSAULT", "2016-05-10")


def test_a_headlines_simple_present_with_a_final_stop_is_no_generic_statement():
    text = (
        "Rogers backs Whitman on tariffs.\n\n"
        "WASHINGTON (AP) — Sen. Mark Rogers on Tuesday said Gov. Ann Whitman had the right plan on trade, "
        "and voters in Ohio listened."
    )
    support = _coded(text, "SUPPORT")
    assert support and support[0]["evidence"]["start"] == 0
    assert support[0]["source"]["text"] == "Rogers"


def test_an_attack_verb_with_no_dictionary_code_is_criticism_of_a_person():
    text = (
        "Governor Whitman hits Senator Rogers over school funding.\n\n"
        "WASHINGTON (AP) — Gov. Ann Whitman and Sen. Mark Rogers argued about school funding on Tuesday."
    )
    accuse = _coded(text, "ACCUSE")
    assert accuse and accuse[0]["cameo"]["code"] == "111"
    assert accuse[0]["target"]["text"] == "Senator Rogers"


def test_an_attack_verb_with_no_dictionary_code_is_no_event_of_a_blow_or_an_accident():
    assert _events("A truck hit a cyclist on the bridge on Sunday, police said.") == []
    text = "A drunk driver hit Officer Mark Rogers with a bottle outside a bar on Sunday."
    assert not _coded(text, "ACCUSE")


def test_a_headline_verb_read_as_a_plural_noun_is_retagged_with_its_subject():
    vocab = get_nlp().vocab
    doc = Doc(
        vocab,
        words=["Ruritania", "expels", "envoy"],
        tags=["JJ", "NNS", "NN"],
        pos=["ADJ", "NOUN", "NOUN"],
        deps=["amod", "ROOT", "dobj"],
        heads=[1, 1, 1],
    )
    assert headline._verbs_read_as_nouns(doc)
    assert (doc[1].tag_, doc[1].pos_, doc[1].lemma_) == ("VBZ", "VERB", "expel")
    assert doc[0].dep_ == "nsubj"


def test_a_name_the_parse_hangs_on_a_headline_verb_is_its_object():
    vocab = get_nlp().vocab
    doc = Doc(
        vocab,
        words=["Berg", "slams", "Moss", "over", "cuts"],
        tags=["NNP", "VBZ", "NNP", "IN", "NNS"],
        pos=["PROPN", "VERB", "PROPN", "ADP", "NOUN"],
        deps=["nsubj", "ROOT", "appos", "prep", "pobj"],
        heads=[1, 1, 1, 1, 3],
    )
    headline._verbs_read_as_nouns(doc)
    assert doc[2].dep_ == "dobj"


CAMPAIGN = (
    "\n\nWASHINGTON (AP) — Gov. Ann Hale, Sen. Mark Sanders and Donald Trump spoke about the budget on "
    "Tuesday, and voters in Ohio listened."
)


def test_a_headline_is_read_with_a_stand_in_for_a_name_its_parse_reads_as_a_verb():
    for head in ("Hale Mocks Trump Over Budget Claims.", "Hale mocks Trump over budget claims."):
        accuse = [e for e in _coded(head + CAMPAIGN, "ACCUSE") if e["evidence"]["start"] == 0]
        assert accuse, head
        assert accuse[0]["trigger"].lower() == "mocks"
        assert accuse[0]["target"]["text"] == "Trump"
        assert accuse[0]["target"]["country"] == "USA"


def test_an_object_the_dictionary_pattern_names_itself_needs_no_person():
    expel = _coded("The interior ministry ordered the expulsion of three Freedonian diplomats.", "COERCE")
    assert expel and expel[0]["cameo"]["code"] == "174"
    assert "diplomats" in expel[0]["target"]["text"]
    stones = _coded("Rioters threw stones at the riot police in Vell on Friday.", "ASSAULT")
    assert stones and stones[0]["cameo"]["code"] == "182"
    assert _coded("The army seized power in Ruritania on Monday.", "ASSAULT")


def test_a_code_about_persons_still_needs_a_person_as_object():
    assert not _coded("The ministry released the figures on Monday.", "RETREAT")


def test_jailing_for_a_term_is_a_sentence_and_for_a_week_pending_trial_a_detention():
    head = _coded("A court in Vell jailed the opposition leader for five years on Tuesday.", "SANCTION")
    assert head and head[0]["cameo"]["code"] == "116"
    assert not _coded("The activist was jailed for a week pending trial.", "SANCTION")
    assert _coded("The activist was jailed for a week pending trial.", "COERCE")


def test_a_headlines_jailed_for_a_term_is_the_passive_of_its_subject():
    text = (
        "Vell man jailed for 10 years over stabbing\n\n"
        "A Vell man who stabbed a neighbour was jailed for ten years at the crown court on Monday."
    )
    head = [e for e in _coded(text, "SANCTION") if e["evidence"]["start"] == 0]
    assert head and head[0]["source"] is None
    assert head[0]["target"]["text"] == "Vell man"


def test_a_conjunct_of_a_passive_shares_its_patient():
    sanction = _coded("The activist was arrested in April and jailed for five years in June.", "SANCTION")
    assert sanction and sanction[0]["target"]["text"] == "The activist"


def test_knocking_a_person_in_a_headline_is_criticism_and_knocking_on_doors_no_event():
    text = (
        "Governor Hale knocks Senator Rogers on trade.\n\n"
        "WASHINGTON (AP) — Gov. Ann Hale and Sen. Mark Rogers argued about trade on Tuesday."
    )
    accuse = [e for e in _coded(text, "ACCUSE") if e["evidence"]["start"] == 0]
    assert accuse and accuse[0]["target"]["text"] == "Senator Rogers"
    assert _events("The senator knocked on doors in Vell on Saturday.") == []


def test_a_headlines_a_to_b_and_an_imperative_is_an_appeal_of_a_to_b():
    body = "\n\nWASHINGTON (AP) — Gov. Ann Hale and Sen. Mark Rogers argued about taxes on Tuesday."
    for head in ("Hale to Rogers: Release your tax returns.", "Hale To Rogers: Release Your Tax Returns"):
        request = [e for e in _coded(head + body, "REQUEST") if e["evidence"]["start"] == 0]
        assert request and request[0]["cameo"]["code"] == "020", head
        assert (request[0]["source"]["text"], request[0]["target"]["text"]) == ("Hale", "Rogers")
    assert not _coded("Hale to Rogers: I will win." + body, "REQUEST")
    trip = "From Vell to Tarn: Take a trip on the old railway.\n\nThe railway reopened on Tuesday."
    assert _events(trip) == []


def test_a_time_clause_after_a_main_clause_with_no_event_tells_the_news():
    text = (
        "The row between Ruritania and Freedonia escalated on Monday when the Ruritanian president "
        "called the Freedonian premier a liar."
    )
    accuse = _coded(text, "ACCUSE")
    assert accuse and accuse[0]["target"]["text"] == "the Freedonian premier"
    assert _coded("Oil prices climbed on Tuesday when Iran seized a Greek tanker near Hormuz.", "COERCE")


def test_a_time_clause_stays_background_beside_an_event_or_an_object_of_the_main_clause():
    text = "Police arrested the driver when he attacked a guard outside the embassy."
    assert not _coded(text, "ASSAULT")
    text = "The ministry published the video on Friday when soldiers freed the hostages from a farm."
    assert not _coded(text, "RETREAT")
    assert not _coded("When the convoy arrived, the crowd cheered and the band played.", "CONSULT")
    text = "The senator said Ruritania was in danger, as the premier posed a threat to its neighbours."
    assert not _coded(text, "THREATEN")


def test_a_term_received_is_a_sentence_of_the_one_who_gets_it():
    for text in (
        "Porto banker gets 12 years in pension fraud.",
        "Former governor gets life for ordering the killings of two reporters.",
        "The former mayor received a seven-year prison sentence on Tuesday.",
        "The former mayor was given nine years in prison on Monday.",
    ):
        convict = _coded(text, "SANCTION")
        assert convict and convict[0]["cameo"]["code"] == "116", text
        assert convict[0]["source"] is None and convict[0]["target"] is not None, text


def test_time_received_to_act_or_of_something_is_no_sentence():
    assert not _coded("The council gets two years to comply with the new rules.", "SANCTION")
    assert not _coded("The clinic received three years of funding from the province.", "SANCTION")


def test_a_noun_given_an_age_names_a_person_one_can_arrest():
    assert _coded("Police in Vell arrested a 17-year-old female on Sunday.", "COERCE")
    assert _coded("A 64-year-old pilot was detained at the airport in Vell on Sunday.", "COERCE")
    assert not _coded("Police in Vell arrested a clerk's ledger on Sunday.", "COERCE")


def test_a_guilty_plea_dated_right_after_the_verb_is_a_conviction():
    text = "Former Vell treasurer Ann Berg pleaded guilty Thursday to lying to investigators."
    convict = _coded(text, "SANCTION")
    assert convict and convict[0]["cameo"]["code"] == "116"
    assert not _coded("The former Vell treasurer pleaded not guilty Thursday to fraud.", "SANCTION")


def test_a_headline_passive_after_a_label_and_a_colon_happens_to_its_noun():
    text = "Breaking: Opposition leader arrested in Vell.\n\nPolice in Vell said on Monday they held him."
    arrest = _coded(text, "COERCE")
    assert arrest and arrest[0]["evidence"]["start"] == 0
    assert arrest[0]["source"] is None and arrest[0]["target"]["text"] == "Opposition leader"


def test_a_headlines_capitalised_word_for_people_is_no_name():
    text = (
        "Man accused of assaulting referee.\n\nA Vell man was arrested on Friday, police in Ruritania said."
    )
    accuse = [e for e in _coded(text, "ACCUSE") if e["evidence"]["start"] == 0]
    assert accuse and accuse[0]["target"]["text"] == "Man"


def test_a_title_case_title_the_parse_cuts_before_its_stop_is_a_glued_headline():
    words = [
        "Grand",
        "Jury",
        "Indicts",
        "Teacher",
        "In",
        "March",
        "Robbery",
        ".",
        "Prosecutors",
        "said",
        "so",
        ".",
    ]
    starts = [True, False, False, False, True, False, False, False, True, False, False, False]
    doc = Doc(get_nlp().vocab, words=words, spaces=[True] * 11 + [False], sent_starts=starts)
    assert headline.glued_title_end(doc) == doc[7].idx + 1
    text = (
        "Grand Jury Indicts Teacher In March Robbery. Prosecutors in Toledo, Ohio, said the teacher "
        "would appear before a judge next week."
    )
    accuse = _coded(text, "ACCUSE")
    assert accuse and accuse[0]["evidence"]["start"] == 0


def test_a_day_is_no_actor_of_a_dictionary_phrase_that_names_no_word():
    text = "The European Union on Monday pressed Ruritania to free the jailed journalists."
    assert _coded(text, "REQUEST")
    assert not _coded(text, "ASSAULT")


def test_a_time_clause_after_a_main_clause_whose_subject_names_no_one_tells_the_news():
    text = (
        "The row between Ankara and Vienna took a bitter turn on Monday when Turkey's president "
        "accused Austria of spying."
    )
    accuse = _coded(text, "ACCUSE")
    assert accuse and accuse[0]["source"]["text"] == "Turkey's president"
    assert not _coded(
        "The police released the footage on Monday when officers in Ohio rescued the girl.", "AID"
    )


def test_a_verb_the_parse_reads_as_a_participle_for_the_day_after_it_keeps_its_subject():
    text = "Opposition rallies in Ankara.\n\nThe Turkish opposition called Friday for early elections."
    request = [e for e in _coded(text, "REQUEST") if e["evidence"]["start"] > 0]
    assert request and request[0]["source"]["text"] == "The Turkish opposition"
    assert request[0]["target"] is None or request[0]["target"]["text"] != "The Turkish opposition"


def test_verbs_of_decrying_assailing_and_begging_code_their_speech_act():
    decried = _coded("The French government decried the jailing of Turkish journalists by Ankara.", "ACCUSE")
    assert decried and decried[0]["source"]["text"] == "The French government"
    assailed = _coded("Iran's president assailed Saudi Arabia in a speech in Tehran on Friday.", "ACCUSE")
    assert assailed and assailed[0]["target"]["text"] == "Saudi Arabia"
    text = "The mother of a jailed Egyptian blogger begged Cairo on Monday to free her son."
    begged = _coded(text, "REQUEST")
    assert begged and begged[0]["target"]["text"] == "Cairo"
    assert not _coded(text, "RETREAT")


def test_a_deed_that_sparks_an_outcry_is_criticised():
    text = "Russia's jailing of the opposition leader sparked an international outcry on Monday."
    assert _coded(text, "ACCUSE")


def test_a_main_verb_the_parse_hangs_on_a_relative_clause_for_since_and_a_year_keeps_its_subject():
    text = "Three aid workers who had been held by militants in Mali since 2017 were freed on Sunday."
    freed = _coded(text, "RETREAT", "2019-03-04")
    assert freed and freed[0]["target"]["text"] == "Three aid workers"


def test_a_title_glued_to_its_story_by_a_full_stop_reads_its_bare_passive():
    text = (
        "Clerk accused of stealing donations. KITWE — A church clerk was arrested on Friday after "
        "an audit of the parish accounts. She is due in court next week."
    )
    accused = [e for e in get_nlp()(text)._.events if e["evidence"]["start"] == 0]
    assert [e["plover"]["type"] for e in accused] == ["ACCUSE"]
    assert accused[0]["source"] is None and accused[0]["target"]["text"] == "Clerk"
    prose = "The rebels attacked at dawn on Monday. They came from the hills north of the town."
    attacked = [e for e in get_nlp()(prose)._.events if e["evidence"]["start"] == 0]
    assert all(e["source"] is not None and e["source"]["text"] == "The rebels" for e in attacked)


def test_a_first_sentence_of_prose_with_a_bare_plural_or_a_name_is_no_headline_passive():
    # a bare plural or a name is a subject of prose; only a singular noun with no article is a title's
    rest = (
        " The defence ministry said it would open an inquiry into the night's fighting and report"
        " to parliament within a month, according to a statement."
    )
    for text, doer in (
        ("Moldovan troops shelled across the river overnight, officials said." + rest, "Moldovan troops"),
        ("Armenia struck overnight, officials in Yerevan said." + rest, "Armenia"),
    ):
        first = [e for e in get_nlp()(text)._.events if e["evidence"]["start"] == 0]
        assert first and all(e["source"] is not None and e["source"]["text"] == doer for e in first), text


def test_a_vow_of_a_hostile_act_the_parse_hangs_after_a_day_is_a_threat_at_whom_it_is_aimed():
    threat = _coded(
        "Chad vowed on Monday to retaliate against Niger for the raid on its border post.", "THREATEN"
    )
    assert threat and threat[0]["source"]["country"] == "TCD" and threat[0]["target"]["country"] == "NER"
    assert not _events("The new mayor pledged on Tuesday to stay calm during the count.")


def test_calling_for_an_act_is_a_request_not_the_act():
    for text in (
        "Amnesty International called on Friday for an inquiry into the shooting of students in Gulu.",
        "The African Union called for talks between the army and the rebels in Bangui.",
        "Kenya's opposition called for a general strike over the price of maize.",
    ):
        events = _events(text)
        assert [e["plover"]["type"] for e in events] == ["REQUEST"], [
            (e["plover"]["type"], e["trigger"]) for e in events
        ]
    assert _coded("The union called a strike at the Mombasa port on Monday.", "REQUEST") == []


def test_taking_aim_at_someone_and_a_headlines_rails_against_are_criticism():
    story = "\nMayor Ann Price of Leeds spoke at the town hall on Friday. She was joined by her aides."
    for head in (
        "Mayor Price takes aim at Minister Hale over bus cuts",
        "Mayor Price rails against Minister Hale",
    ):
        accused = [e for e in _events(head + story) if e["evidence"]["start"] == 0]
        assert [e["plover"]["type"] for e in accused] == ["ACCUSE"], head
        assert accused[0]["target"]["text"] == "Minister Hale"


def test_an_order_to_stand_trial_is_the_trial_not_a_coercion():
    text = "A Ruritanian court ordered the former finance minister to stand trial for embezzlement."
    tried = _coded(text, "ACCUSE")
    assert tried and tried[0]["cameo"]["code"] == "1121"
    assert tried[0]["source"]["text"] == "A Ruritanian court"
    assert not _coded(text, "COERCE")
    passive = _coded(
        "The former Ruritanian premier was ordered on Monday to stand trial for bribery.", "ACCUSE"
    )
    assert passive and passive[0]["target"]["text"] == "The former Ruritanian premier"


def test_a_protest_made_to_a_state_is_an_official_complaint():
    text = "The Ruritanian foreign ministry protested to Germany on Friday over the arrest of two diplomats."
    complaint = _coded(text, "ACCUSE")
    assert complaint and complaint[0]["cameo"]["code"] == "114"
    assert complaint[0]["target"]["text"] == "Germany"
    assert not _coded(text, "PROTEST")
    students = _coded("Ruritanian students protested against the government in Vell.", "PROTEST")
    assert students and students[0]["cameo"]["code"] == "140"


def test_questioning_by_prosecutors_or_police_is_an_investigation():
    text = "The former Ruritanian defence minister was questioned by prosecutors in Vell over arms deals."
    probe = _coded(text, "ACCUSE")
    assert probe and probe[0]["cameo"]["code"] == "090"
    assert probe[0]["source"]["text"] == "prosecutors"
    assert probe[0]["target"]["text"] == "The former Ruritanian defence minister"
    assert not _coded(
        "Ruritanian opposition leaders questioned the government's plan to raise fuel taxes.", "ACCUSE"
    )


def test_the_bare_preposition_of_a_phrasal_pattern_names_the_target():
    text = "Ruritania hit back at Germany on Thursday over the expulsion of its diplomats."
    criticism = _coded(text, "ACCUSE")
    assert criticism and criticism[0]["target"]["text"] == "Germany"


def test_charges_filed_levelled_or_laid_against_someone_are_a_criminal_charge():
    text = "Ruritania filed charges against three German border guards on Monday."
    charged = _coded(text, "ACCUSE")
    assert charged and charged[0]["cameo"]["code"] == "1121"
    assert charged[0]["target"]["text"] == "three German border guards"
    levelled = _coded("Ruritania levelled charges of spying against two Austrian diplomats.", "ACCUSE")
    assert levelled and levelled[0]["cameo"]["code"] == "1121"
    assert not _coded("The Ruritanian cavalry's charge against the hill positions failed.", "ACCUSE")


def test_a_vow_to_hit_an_armed_group_is_a_threat_of_force():
    text = "The Ruritanian defence minister vowed to hit the Vell militia hard after the raid."
    threat = _coded(text, "THREATEN")
    assert threat and threat[0]["cameo"]["code"].startswith("13")
    assert not _coded(text, "AGREE")


def test_a_hyphenated_ceasefire_is_a_truce_not_a_shooting():
    text = (
        "Ruritania declares cease-fire with Borduria.\n\n"
        "VELL (AP) — The Ruritanian army declared a cease-fire along the border on Tuesday."
    )
    events = _events(text)
    assert not [e for e in events if e["plover"]["type"] == "ASSAULT"]
    truce = [e for e in events if e["cameo"]["code"] == "0871"]
    assert truce and truce[0]["evidence"]["start"] == 0


def test_a_hyphenated_event_noun_is_its_whole_word_and_trigger():
    crackdown = _coded("The Vell police launched a crack-down on street vendors on Monday.", "ASSAULT")
    assert crackdown and crackdown[0]["cameo"]["code"] == "175"
    assert crackdown[0]["trigger"] == "launched crack-down"
    walkout = _coded("Nurses at the Vell hospital staged a walk-out on Tuesday over unpaid wages.", "PROTEST")
    assert walkout and walkout[0]["cameo"]["code"] == "143"
    assert walkout[0]["trigger"] == "staged walk-out"
    truce = _coded("The cease-fire between Ruritania and Borduria held on Monday.", "RETREAT")
    assert truce and truce[0]["trigger"] == "cease-fire"


def test_a_sit_in_keeps_the_target_its_dictionary_pattern_finds():
    protest = _coded("Students held a sit-in outside the Ministry of Education in Vell on Monday.", "PROTEST")
    assert protest and protest[0]["cameo"]["code"] == "141"
    assert protest[0]["target"]["text"] == "the Ministry of Education"
    staged = _coded("Farmers staged a sit-in outside the Ruritanian parliament.", "PROTEST")
    assert staged and staged[0]["target"]["text"] == "the Ruritanian parliament"


def test_a_hyphenated_word_the_noun_lexicon_lacks_reads_as_before():
    # neither "gunfire" nor "firefighting" is an event noun of the lexicon: "gun-fire" stays "fire"
    exchange = _coded("Ruritanian troops exchanged gun-fire with Bordurian soldiers on Tuesday.", "ASSAULT")
    assert exchange and exchange[0]["cameo"]["code"] == "193"
    assert not _events("Fire-fighting crews battled a blaze near Vell on Tuesday.")


def test_a_pattern_naming_the_hyphenated_word_under_another_code_wins():
    coded = _events("The rebels called off the cease-fire after the raid.")
    assert [(e["plover"]["type"], e["cameo"]["code"]) for e in coded] == [("ASSAULT", "196")]
