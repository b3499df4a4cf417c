"""Warnings that threaten, conditional acts announced by their own side or foreseen of another, and
evacuations at home (sentences written for these tests, not from any evaluation set)."""

from __future__ import annotations

from tests.event_helpers import dyad, events_of_type


def test_a_warning_that_an_incursion_will_be_met_with_force_threatens_the_one_warned():
    for sentence in (
        "The Uruguayan defence minister warned Paraguay that any incursion would be met with force.",
        "Uruguay's foreign minister warned Paraguay that any provocation would be met with a firm response.",
        "The Uruguayan president warned Paraguay that any attack on the dam would provoke retaliation.",
    ):
        threats = events_of_type(sentence, "THREATEN")
        assert threats, sentence
        assert dyad(threats[0]) == ("URY", "PRY"), sentence


def test_a_warning_that_protesters_will_be_met_with_force_is_a_threat():
    threats = events_of_type(
        "The Uruguayan interior minister warned that protesters would be met with force.", "THREATEN"
    )
    assert threats and dyad(threats[0])[0] == "URY"


def test_a_warning_of_a_hazard_or_a_forecast_is_no_threat():
    for sentence in (
        "The Uruguayan foreign minister warned Paraguay that the talks could collapse.",
        "The mayor of Tarvel warned residents of flooding along the river.",
        "The governor warned that the floods would be met with a coordinated response.",
        "The minister warned that the storm would be met with a response from emergency services.",
        "The Uruguayan defence minister warned that any incursion would not be met with force.",
    ):
        assert not events_of_type(sentence, "THREATEN"), sentence


def test_a_conditional_attack_announced_by_its_own_side_is_a_threat():
    for sentence in (
        "The Uruguayan president said Uruguay would attack Paraguay if it crossed the river.",
        "The Uruguayan president said Uruguayan troops would strike Paraguay if it crossed the river.",
        "If Paraguay crosses the river, Uruguayan troops will attack, the Uruguayan defence minister said.",
    ):
        threats = events_of_type(sentence, "THREATEN")
        assert threats and threats[0]["cameo"]["code"].startswith("138"), sentence
        assert dyad(threats[0])[0] == "URY", sentence
        assert not events_of_type(sentence, "ASSAULT"), sentence


def test_another_sides_conditional_act_is_a_forecast_not_a_threat():
    for sentence, kind in (
        ("The Uruguayan president said Paraguay would attack Uruguay if the talks failed.", "ASSAULT"),
        ("The Paraguayan opposition leader said the army would arrest protesters if they marched.", "COERCE"),
        ("Paraguayan officials said Uruguayan troops would invade if the talks collapsed.", "COERCE"),
    ):
        assert not events_of_type(sentence, "THREATEN"), sentence
        assert [e["modality"] for e in events_of_type(sentence, kind)] == ["hypothetical"], sentence


def test_a_conditional_act_with_no_reporting_verb_is_hypothetical():
    attacks = events_of_type("Uruguay would attack Paraguay if it crossed the river.", "ASSAULT")
    assert [e["modality"] for e in attacks] == ["hypothetical"]


def test_an_unconditional_foretold_attack_keeps_its_plan():
    text = "The Uruguayan president said the army would attack Paraguay next week."
    attacks = events_of_type(text, "ASSAULT")
    assert [e["modality"] for e in attacks] == ["planned"]


def test_an_evacuation_at_home_is_no_sanction():
    for sentence in (
        "The government ordered the evacuation of the coastal towns.",
        "Authorities ordered the evacuation of three villages near the volcano.",
        "The governor ordered the evacuation of residents from the riverside districts.",
    ):
        assert not events_of_type(sentence, "SANCTION"), sentence


def test_an_evacuation_from_another_country_withdraws_from_it():
    for sentence in (
        "The Uruguayan government ordered the evacuation of its embassy in Paraguay.",
        "Uruguay ordered the evacuation of its citizens from Paraguay.",
    ):
        withdrawals = events_of_type(sentence, "SANCTION")
        assert withdrawals and dyad(withdrawals[0])[0] == "URY", sentence
