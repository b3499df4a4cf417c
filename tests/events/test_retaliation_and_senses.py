"""Retaliation announced, given its means or foreseen by others; force held out; a promise of a hostile
act named by a noun; a state's protest; the semi-modal "ought"; and the senses of "charge" (sentences
written for these tests, not from any evaluation set)."""

from __future__ import annotations

from tests.event_helpers import dyad, events_of, events_of_type


def test_a_retaliation_its_own_side_announces_is_a_threat():
    for sentence, target in (
        ("Chile said it would retaliate against Peru if the tariffs took effect.", "PER"),
        ("The Chilean president said Chile would retaliate if Peru expelled its diplomats.", "PER"),
        ("The Chilean president said he would not hesitate to retaliate against Peru.", "PER"),
        ("The Chilean government said it would use force against the rebels if they did not disarm.", None),
        ("The Chilean defence minister said Chile would use force if the border talks collapsed.", None),
    ):
        threats = events_of_type(sentence, "THREATEN")
        assert threats and threats[0]["cameo"]["code"] == "138", sentence
        assert dyad(threats[0])[0] == "CHL", sentence
        if target:
            assert dyad(threats[0])[1] == target, sentence
        assert not events_of_type(sentence, "ASSAULT"), sentence


def test_a_retaliation_with_its_means_is_coded_by_the_means():
    assert not events_of_type("Chile retaliated by raising tariffs on Peruvian wine.", "ASSAULT")
    recall = events_of_type("Peru retaliated by recalling its ambassador from Chile.", "SANCTION")
    assert recall and dyad(recall[0]) == ("PER", "CHL")
    assert not events_of_type("Peru retaliated by recalling its ambassador from Chile.", "ASSAULT")
    sanctions = events_of_type("Peru retaliated with sanctions against Chilean banks.", "SANCTION")
    assert sanctions and sanctions[0]["cameo"]["code"] == "163"
    assert not events_of("Chile retaliated with a ban on Peruvian imports.")
    strikes = events_of_type("Chile retaliated with airstrikes on rebel camps.", "ASSAULT")
    assert strikes and strikes[0]["cameo"]["code"] == "195"


def test_a_retaliation_others_foresee_is_no_threat():
    for sentence in (
        "Analysts said Chile would retaliate against Peru.",
        "Diplomats in Lima said Chile would likely retaliate.",
        "Peruvian officials said Chile would retaliate if the talks failed.",
    ):
        assert not events_of_type(sentence, "THREATEN"), sentence
        assert all(e["modality"] == "hypothetical" for e in events_of(sentence)), sentence


def test_a_retaliation_by_or_against_armed_forces_is_force():
    attacks = events_of_type("Ecuador retaliated against Colombian troops on Tuesday.", "ASSAULT")
    assert attacks and dyad(attacks[0]) == ("ECU", "COL") and attacks[0]["modality"] == "asserted"
    assert events_of_type("The guerrillas retaliated against the police on Sunday.", "ASSAULT")


def test_a_retaliation_with_no_means_and_no_armed_side_tells_no_force():
    for sentence in (
        "Chile retaliated against Peru on Tuesday.",
        "The trade bloc retaliated against Japan last week.",
        "Uruguay retaliated.",
    ):
        assert not events_of_type(sentence, "ASSAULT"), sentence


def test_a_promise_of_a_hostile_act_named_by_a_noun_is_a_threat():
    for sentence, code in (
        ("The Chilean president vowed a crackdown on the protesters.", "137"),
        ("Peru's interior minister vowed a tough crackdown on drug gangs.", "137"),
        ("The Chilean president vowed a blockade of the Peruvian port.", "1381"),
    ):
        threats = events_of_type(sentence, "THREATEN")
        assert threats and threats[0]["cameo"]["code"] == code, sentence
        assert not events_of_type(sentence, "AGREE"), sentence


def test_a_promise_of_help_or_reform_stays_a_promise():
    assert events_of_type("The Chilean president promised aid to Peru.", "AGREE")
    assert events_of_type("The Chilean president vowed reforms of the police.", "AGREE")
    assert events_of_type("The Chilean president vowed support for Peru.", "SUPPORT")
    assert not events_of_type("The Chilean president promised aid to Peru.", "THREATEN")


def test_a_state_protesting_complains_officially():
    for sentence in (
        "Chile protested the Peruvian military drills near the border.",
        "The Chilean foreign ministry protested the seizure of the fishing boat by Peru.",
        "Chile protested to Peru over the detention of its fishermen.",
    ):
        complaints = events_of_type(sentence, "ACCUSE")
        assert complaints and complaints[0]["cameo"]["code"] == "114", sentence
        assert dyad(complaints[0])[0] == "CHL", sentence
        assert not events_of_type(sentence, "PROTEST"), sentence


def test_people_protesting_stay_protesters():
    for sentence in (
        "Chilean students protested the fee increase.",
        "Chilean truckers protested against fuel prices.",
        "Peruvian farmers protested the Chilean dam.",
        "Thousands protested in Santiago against the Chilean government.",
    ):
        assert events_of_type(sentence, "PROTEST"), sentence
        assert not events_of_type(sentence, "ACCUSE"), sentence


def test_ought_is_a_modal():
    for sentence in (
        "The Chilean minister ought to have resigned last year.",
        "The Chilean minister ought to resign.",
    ):
        resignations = events_of_type(sentence, "RETREAT")
        assert all(e["modality"] == "hypothetical" for e in resignations), sentence
    done = events_of_type("The Chilean minister resigned on Monday.", "RETREAT")
    assert done and done[0]["modality"] == "asserted"


def test_charging_a_price_or_a_position_is_no_accusation():
    assert not events_of("The Chilean bank charged customers extra fees.")
    assert not events_of("The airline charged passengers a fee for luggage.")
    assault = events_of_type("Chilean soldiers charged the rebel positions at dawn.", "ASSAULT")
    assert assault and not events_of_type("Chilean soldiers charged the rebel positions at dawn.", "ACCUSE")


def test_charging_someone_stays_an_accusation():
    for sentence, code in (
        ("Chilean prosecutors charged the former mayor with fraud.", "1121"),
        ("The Peruvian ministry charged Chile with breaking the accord.", "1121"),
        ("The Chilean government charged that Peru had violated the treaty.", "112"),
    ):
        charges = events_of_type(sentence, "ACCUSE")
        assert charges and charges[0]["cameo"]["code"] == code, sentence


def test_only_the_direct_object_decides_the_sense_of_charge():
    for sentence in (
        "Federal agents charged six men at the harbour checkpoint with gun running.",
        "Detectives charged two teenagers at the roadside barricade with theft.",
    ):
        assert not events_of_type(sentence, "ASSAULT"), sentence
        assert events_of_type(sentence, "ACCUSE") or events_of_type(sentence, "COERCE"), sentence
    assert not events_of("The campers charged their phones at the village hall.")
    rush = events_of_type("Masked rioters charged the police lines near the bridge.", "ASSAULT")
    assert rush and (rush[0].get("target") or {}).get("sector") == "COP"
