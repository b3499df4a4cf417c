"""Placing actors whose own words name no country (sentences written for these tests)."""

from event_helpers import events_of

import dateline
from dateline.events.confidence import default_threshold
from dateline.nlp import get_nlp

_events = events_of


def _find(text, trigger):
    found = [e for e in _events(text) if trigger in e["trigger"]]
    assert found, [(e["plover"]["type"], e["trigger"]) for e in _events(text)]
    return found[0]


def test_a_country_the_event_is_aimed_at_does_not_place_its_source():
    text = (
        "Kenyan police arrested two journalists in Nairobi on Monday. The Kenyan government said it "
        "would not release them. A senior official accused Uganda of arming the rebels."
    )
    event = _find(text, "accused")
    assert event["source"]["country"] == "KEN"


def test_a_pronoun_takes_the_country_of_the_person_it_stands_for():
    text = "The Nigerian activist Chidi Obi was arrested on Monday. He accused the police of torture."
    event = _find(text, "accused")
    assert event["source"]["text"] == "He" and event["source"]["country"] == "NGA"


def test_a_possessive_pronoun_places_the_noun_it_owns():
    text = "Chilean President Maria Soto said her government would recall its ambassador from Peru."
    event = _find(text, "recall")
    assert event["source"]["country"] == "CHL"


def test_a_place_of_the_event_or_its_target_does_not_place_a_generic_doer():
    # "a gunman", "the attackers": only their own phrase says where they come from (annotation
    # guide, section 3), and the event stays as confident as when the place placed them
    for text, trigger in (
        ("Gunmen killed five villagers in northern Mali on Sunday.", "killed"),
        ("Gunmen attacked a police station in northern Mali on Sunday.", "attacked"),
        ("Assailants fired rockets at an army base near Bamako.", "fired"),
        ("Attackers killed four soldiers at a checkpoint outside Bamako.", "killed"),
    ):
        event = _find(text, trigger)
        assert event["source"] is not None and not event["source"]["country"], text
        assert event["confidence"] >= default_threshold(), text


def test_a_generic_doers_own_phrase_still_places_it():
    event = _find("Malian gunmen raided a police station near Bamako on Sunday.", "raided")
    assert event["source"]["country"] == "MLI"
    event = _find("Gunmen in Libreville raided a police station on Sunday.", "raided")
    assert event["source"]["country"] == "GAB"


def test_an_institution_is_still_placed_where_the_event_happens():
    event = _find("Police arrested two smugglers in Bamako on Sunday.", "arrested")
    assert event["source"]["country"] == "MLI"
    event = _find("The army shelled rebel positions near Bamako.", "shelled")
    assert event["source"]["country"] == "MLI"


def test_a_state_named_across_a_border_places_nothing_in_it():
    event = _find("Police seized a car bomb in a town bordering Chad on Sunday.", "seized")
    assert event["source"]["country"] != "TCD"
    text = "Soldiers arrested two smugglers in Cameroon near the border with Chad on Sunday."
    event = _find(text, "arrested")
    assert event["source"]["country"] == "CMR"
    event = _find("Police arrested two smugglers across the border from Chad on Sunday.", "arrested")
    assert event["source"]["country"] != "TCD"


def test_an_ethnic_group_is_placed_where_it_lives():
    event = _find("Ethnic Hungarians protested against a new language law in Slovakia.", "protested")
    assert event["source"]["country"] == "SVK"


def test_a_small_clause_subject_is_the_target():
    event = _find("The Nigerian court found the opposition leader guilty of treason.", "found")
    assert event["target"] is not None and event["target"]["text"] == "the opposition leader"


def test_a_verb_given_two_subjects_by_the_parse_takes_the_nearest():
    from spacy.tokens import Doc

    from dateline.events.arguments import subject_of

    words = ["A", "clip", "showing", "a", "boy", "was", "freed", "by", "police", "was", "shown"]
    heads = [1, 6, 1, 4, 6, 6, 6, 6, 7, 10, 6]
    deps = ["det", "nsubjpass", "acl", "det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"]
    deps += ["auxpass", "conj"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps)
    subject, passive = subject_of(doc[6])
    assert subject.text == "boy" and passive
    assert subject_of(doc[10])[0].text == "clip"


def test_a_bare_count_of_people_is_the_target():
    event = _find("Kenyan police fired tear gas at the crowd and arrested 40 in Mombasa.", "arrested")
    assert event["target"] is not None and event["target"]["country"] == "KEN"


def test_a_person_of_no_stated_kind_undergoing_the_event_is_placed():
    event = _find("Gunmen shot a man outside a mosque in Quetta on Friday.", "shot")
    assert event["target"] is not None and event["target"]["country"] == "PAK"


def test_the_people_a_place_is_for_are_its_actor():
    event = _find("A shelter for Syrian refugees was attacked by masked men.", "attacked")
    assert event["target"] is not None and event["target"]["country"] == "SYR"


def test_a_participle_after_a_passive_is_done_by_its_agent_and_is_one_event():
    text = "A convoy was ambushed by Taliban fighters near Kandahar, killing six Afghan soldiers."
    assaults = [e for e in _events(text) if e["plover"]["type"] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0]["source"]["code"] == "AFGREB"


def test_a_person_word_the_dictionaries_cannot_read_is_still_placed():
    # "A Glenfield man": a town the actor tables do not know before a person word
    event = _find("A Glenfield man was charged on Friday, Ohio police said.", "charged")
    assert event["target"] is not None and event["target"]["text"] == "A Glenfield man"


def test_residents_left_to_the_story_are_placed_where_it_happens():
    text = (
        "Russian jets bombed villages near Homs in western Syria on Monday. Russia's defence ministry "
        "denied the report. Russia's foreign minister said Moscow would keep up the campaign. "
        "Fighting also broke out in Hama and in the suburbs of Damascus.\n\n"
        "The rebels accused the jets of killing dozens of civilians."
    )
    event = _find(text, "accused")
    assert event["source"]["text"] == "The rebels" and event["source"]["country"] == "SYR"


def test_a_place_name_is_read_as_the_place_the_story_means():
    text = (
        "ATLANTA (AP) — Georgia election officials rejected a request to recount ballots in Cobb "
        "County on Monday. Officials in Paris, Texas, urged residents to save water."
    )
    rejected = _find(text, "rejected")
    assert rejected["source"]["country"] == "USA"
    urged = _find(text, "urged")
    assert urged["source"]["country"] == "USA"


def test_a_country_keeps_its_name_when_the_story_names_no_other_place_of_the_alternative():
    text = "Georgia accused Russia on Tuesday of moving border fences deeper into its territory."
    event = _find(text, "accused")
    assert event["source"]["country"] == "GEO"


def test_a_definite_state_body_serves_the_state_named_just_before_it():
    text = (
        "The Ghanaian government imposed a curfew in the capital on Monday.\n\n"
        "The ministry accused the opposition of inciting violence.\n\n"
        "In Washington, President Donald Trump criticized the curfew. Trump said the United States "
        "would review its aid. Senator Bob Corker urged the State Department to act."
    )
    event = _find(text, "accused")
    assert event["source"]["text"] == "The ministry" and event["source"]["country"] == "GHA"


def test_a_name_the_tagger_read_as_a_common_noun_is_still_the_person():
    text = (
        "Mayor Tom Price of Denver arrived in Chicago on Tuesday. "
        "Price then accused the union leaders of lying."
    )
    event = _find(text, "accused")
    assert event["source"] is not None and event["source"]["text"] == "Price"
    assert event["source"]["country"] == "USA"


def test_a_verbal_act_trailing_a_reported_clause_is_the_speakers():
    text = "Kenyan officials said the rebels had attacked a convoy, vowing to punish those responsible."
    event = _find(text, "vowing")
    assert event["source"] is not None and event["source"]["text"] == "Kenyan officials"


def test_a_deed_trailing_a_reported_clause_stays_the_doers():
    text = "Police in Lagos said the gunman opened fire on the crowd, killing three people."
    events = [e for e in _events(text) if "opened" in e["trigger"] or "killing" in e["trigger"]]
    assert events and all(e["source"] is not None and e["source"]["text"] == "the gunman" for e in events)


def test_the_ministry_is_the_one_named_with_an_untagged_nationality_before():
    text = (
        "The Kenyan ministry of health said it had sent doctors to the region. "
        "The ministry also urged residents to boil water."
    )
    event = _find(text, "urged")
    assert event["source"] is not None and event["source"]["country"] == "KEN"


def test_an_unplaced_legislature_belongs_to_the_country_of_the_storys_actors():
    # the places name Latvia most, the actors Canada (the dateline's country) as often as any other
    text = (
        "OTTAWA – Prime Minister Claire Dubois met NATO's secretary general on Monday, and Canada's "
        "defence minister said Canada would send more trainers to Latvia.\n\n"
        "Dubois plans to ask the House of Commons to extend the mission this week.\n\n"
        "Russian troops held exercises near Riga, Daugavpils and Liepaja last week. Latvia has asked "
        "NATO for more help."
    )
    events = dateline.extract(text).model_dump()["events"]
    event = next(e for e in events if e["target"] and e["target"]["text"] == "the House of Commons")
    assert event["target"]["country"] == "CAN"


def test_the_country_a_state_noun_stands_for_places_what_happens_in_it():
    text = (
        "LONDON – British Foreign Secretary Tom Hale met Saudi officials on Monday, and Britain urged "
        "all sides to end the fighting in Yemen.\n\n"
        "The Red Cross said the army had arrested 300 students in the country since March."
    )
    event = _find(text, "arrested")
    assert event["source"]["text"] == "the army" and event["source"]["country"] == "YEM"


def test_its_forces_are_the_forces_of_the_country_it_stands_for():
    text = "Venezuela moved its tanks to the border on Monday, and its jets bombed camps of Colombian rebels."
    event = _find(text, "bombed")
    assert event["source"]["text"] == "its jets" and event["source"]["code"] == "VENMIL"


def test_a_lone_setting_abroad_does_not_outweigh_the_story_for_residents():
    # the story is Kenya's by its actors and places; one place of another country named as a
    # setting in a later sentence does not make the opposition Uganda's
    text = (
        "NAIROBI, Kenya — Kenyan police arrested six opposition members on Monday. President William "
        "Ruto said the arrests were lawful. The opposition accused Ruto of rigging last year's vote "
        "and plans protests next month. Kenya's interior ministry said the six had bought "
        "rifles from a Mombasa dealer. The detained included a regional official who had travelled "
        "to a meeting in Kampala."
    )
    event = _find(text, "accused")
    assert event["source"]["text"] == "The opposition" and event["source"]["country"] == "KEN"


def test_a_town_only_the_places_layer_knows_places_generic_actors_before_the_dateline():
    # the dictionaries know no "Baiji"; the places layer puts it in Iraq, which outranks Paris
    text = (
        "PARIS (AFP) — Rebels attacked an army post near Baiji on Monday, killing three soldiers.\n\n"
        "France has urged its citizens to leave the area."
    )
    event = _extracted(text, "attacked")
    assert event["source"]["country"] == "IRQ"


def test_civilians_killed_in_a_town_across_the_border_are_of_the_towns_country():
    text = (
        "ANKARA (Reuters) — Shelling killed four civilians in Azaz on Wednesday, local officials said.\n\n"
        "Turkish officials said the army returned fire. Turkey's defence ministry said its troops were safe."
    )
    event = _extracted(text, "killed")
    assert event["target"]["country"] == "SYR"


def test_a_town_named_with_its_country_adjective_is_where_the_storys_residents_are():
    # "the Libyan town of Gharyan" names Libya twice where something happens: the rebels of a
    # story filed from Rome whose other actors are Italian are Libya's
    text = (
        "ROME (AFP) — Clashes broke out in the Libyan town of Gharyan on Monday, officials said.\n\n"
        "Rebels shelled two checkpoints on Tuesday. Italian Foreign Minister Paolo Ricci condemned "
        "the violence. Italy urged restraint."
    )
    event = _extracted(text, "shelled")
    assert event["source"]["country"] == "LBY"


def _extracted(text, trigger):
    """The first event of the whole pipeline (dateline included) with ``trigger`` in its trigger."""
    events = dateline.extract(text).model_dump()["events"]
    found = [e for e in events if trigger in e["trigger"]]
    assert found, [(e["plover"]["type"], e["trigger"]) for e in events]
    return found[0]


def test_places_attacked_say_where_the_fighting_is():
    text = (
        "ADEN (Reuters) - Government forces captured several villages from rebels on Tuesday, officials "
        "said. Medics said 12 civilians were killed in airstrikes on the town of Zabid. Iran condemned "
        "the offensive. Iranian Foreign Minister Ali Rezaei spoke by phone with his Omani counterpart, "
        "the ministry said. Tehran urged Muscat to press Riyadh to halt the assault. The rebels said they "
        "had repelled an attack on Marib."
    )
    event = _find(text, "captured")
    assert event["target"] is not None and event["target"]["country"] == "YEM"


def test_an_indefinite_office_serves_the_state_the_sentence_before_names():
    text = (
        "Armenia accused Azerbaijan on Monday of shelling border villages. The Armenian defence "
        "ministry said three soldiers were wounded. Azerbaijan's defence ministry rejected the claim. "
        "A spokesman accused Yerevan of staging provocations."
    )
    found = [e for e in _events(text) if e["target"] and e["target"]["text"] == "Yerevan"]
    assert found and found[0]["source"]["country"] == "AZE"


def test_a_pronoun_takes_the_country_of_the_description_it_stands_for():
    text = (
        "Armenia accused Azerbaijan on Monday of shelling border villages. The Armenian defence "
        "ministry said three soldiers were wounded. Azerbaijan's defence ministry rejected the claim. "
        "A spokeswoman said the army had only returned fire. She accused Yerevan of staging provocations."
    )
    found = [e for e in _events(text) if e["target"] and e["target"]["text"] == "Yerevan"]
    assert found and found[0]["source"]["text"] == "She" and found[0]["source"]["country"] == "AZE"


def test_the_country_that_owns_a_noun_of_relation_is_the_other_party():
    # "Ruritania's allies" are not Ruritania: the owner of an ally, a neighbour or a rival is the
    # other side of the relation; a place complement still places the allies
    event = _find("Iran's allies in Iraq attacked a supply convoy near the border on Monday.", "attacked")
    assert event["source"]["country"] == "IRQ"
    event = _find("Chile's neighbours condemned the new tariffs on Friday.", "condemned")
    assert event["source"]["country"] is None


def test_a_person_who_owns_allies_keeps_their_country():
    text = "Kenyan President Maria Otieno visited Mombasa. Her allies accused the opposition of fraud."
    event = _find(text, "accused")
    assert event["source"]["country"] == "KEN"


def test_the_country_the_text_gives_an_office_beats_a_namesake_in_the_dictionaries():
    # the dictionaries know a King Abdullah of Saudi Arabia; the text says which king it means
    text = (
        "The Israeli prime minister met Jordan's King Abdullah in Amman on Monday. "
        "The king urged the Israeli government to halt the demolitions."
    )
    event = _find(text, "urged")
    assert event["source"]["country"] == "JOR"


def test_an_abbreviated_rank_read_as_a_town_places_no_one():
    # "Brig." is also a town in Switzerland; before "Gen." and a name it is a rank
    event = _find("Brig. Gen. Karim Nasser said Iraqi forces had arrested 12 suspects.", "arrested")
    assert event["target"]["country"] == "IRQ"


def test_a_title_holders_allies_keep_the_title_holders_country():
    text = (
        "Kenyan President Maria Otieno visited Mombasa. "
        "The president's allies accused the opposition of fraud."
    )
    event = _find(text, "accused")
    assert event["source"]["country"] == "KEN"


def test_a_town_named_like_a_rank_at_a_sentences_end_is_the_town():
    from dateline.events.actors import title_abbreviation

    text = "Police arrested three men on Monday in Brig. The men were released."
    start = text.index("Brig")
    assert not title_abbreviation(text, start, start + 4)
    rank = "Brig. Gen. Karim Nasser spoke."
    assert title_abbreviation(rank, 0, 4)


def test_a_peoples_gunmen_are_placed_where_the_event_happens():
    event = _find("Kurdish gunmen raided a police post near Bamako on Sunday.", "raided")
    assert event["source"]["country"] == "MLI"
