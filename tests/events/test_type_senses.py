"""Event types decided by word sense and arguments: what an attack or a strike is aimed at or done
by, what a warning warns of, words of a state said of someone, and trips made at home."""

import pytest

from dateline.nlp import get_nlp


def _types(text: str) -> list[str]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-09"
    return [e["plover"]["type"] for e in nlp(doc)._.events or []]


@pytest.mark.parametrize(
    "text",
    [
        "Representative Carla Mendez attacked the spending bill on Tuesday.",
        "Senator Joan Pellor attacked the new immigration law in a speech.",
    ],
)
def test_attacking_a_bill_or_a_law_is_criticism(text):
    types = _types(text)
    assert "ACCUSE" in types
    assert "ASSAULT" not in types


def test_attacking_a_convoy_stays_force():
    assert "ASSAULT" in _types("Rebels attacked an army convoy near the border on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of nurses struck on Tuesday, halting surgeries across the province.",
        "Hundreds of dock workers struck in Rotterdam over pay.",
    ],
)
def test_workers_counted_by_the_crowd_who_strike_walk_out(text):
    types = _types(text)
    assert "PROTEST" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Drivers were warned of delays on the Route 9 bridge this weekend.",
        "Police warned residents about phone scams targeting the elderly.",
    ],
)
def test_a_warning_of_delays_or_scams_is_advice_not_a_threat(text):
    assert "THREATEN" not in _types(text)


def test_a_warning_of_consequences_stays_a_threat():
    assert "THREATEN" in _types("The army warned the rebels of serious consequences.")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan officials said Ugandan growers would be the biggest beneficiaries of the tariff cut.",
        "The Israeli army said the two hostages were alive.",
    ],
)
def test_a_state_or_fortune_said_of_someone_praises_no_one(text):
    assert "SUPPORT" not in _types(text)


def test_a_word_of_merit_still_praises():
    assert "SUPPORT" in _types("The senator said the governor was an honest leader.")


@pytest.mark.parametrize(
    "text",
    [
        "The Texas governor flew to Dallas on Monday.",
        "Velto Air, a Texas carrier, flies to 30 cities in Texas and Oklahoma.",
    ],
)
def test_a_trip_at_home_meets_no_one(text):
    assert _types(text) == []


def test_a_trip_abroad_and_a_trip_at_home_for_talks_stay_coded():
    assert len(_types("The French president flew to Moscow on Monday.")) == 1
    assert _types("President Okafor flew to Lagos for talks with the governor.") == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police found two men dead in a parked car in Dunmore on Friday.",
        "Hikers found a Belgian tourist dead near the summit on Sunday.",
    ],
)
def test_finding_someone_dead_is_no_attack_by_the_finder(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A landslide destroyed two houses in Orvin on Sunday. No one was hurt.",
        "Nobody was injured in the blast, Kenyan police said.",
    ],
)
def test_an_act_no_one_suffered_is_no_event(text):
    assert "ASSAULT" not in _types(text)


def test_an_act_a_named_actor_did_not_do_stays_negated():
    assert "ASSAULT" in _types("The Kenyan army did not attack the village.")


@pytest.mark.parametrize(
    "text",
    [
        "Velmar Telecom Ltd. expects to raise 40 million euros from investors in Oslo next month.",
        "The German government agreed to buy shares in the struggling airline.",
    ],
)
def test_raising_capital_or_trading_shares_is_business_routine(text):
    assert _types(text) == []


def test_an_armed_group_raising_money_and_a_state_selling_arms_stay_coded():
    assert "REQUEST" in _types("Hamas raised money from donors in Qatar.")
    assert "AGREE" in _types("Russia agreed to sell missiles to Turkey.")


def test_a_person_taken_out_of_a_car_is_rescued_not_seized():
    assert "COERCE" not in _types(
        "The injured pilot was extracted from the cockpit by rescuers after the crash landing."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The prison guards complained of back pain and dizziness.",
        "Two passengers complained of chest pains after the crash.",
    ],
)
def test_complaining_of_pain_is_no_complaint_against_anyone(text):
    assert "ACCUSE" not in _types(text)


def test_complaining_of_interference_stays_a_complaint():
    assert "ACCUSE" in _types("Kenya complained of interference by Somalia in its affairs.")


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Norvania warned Castelia of disruptions to its gas supplies.", "THREATEN"),
        ("Security forces seized the opposition leader from his car in Harare.", "COERCE"),
        ("Saudi Arabia agreed to buy 50 units of the Patriot system from the United States.", "AGREE"),
        ("The senator said the governor was a clean politician.", "SUPPORT"),
    ],
)
def test_a_state_act_beside_a_word_of_routine_stays_coded(text, plover):
    assert plover in _types(text)


def test_a_side_named_by_its_nationality_is_an_actor_where_no_one_is_not():
    assert "CONSULT" in _types("No Israeli official met the Iranian delegation in Vienna.")
    assert _types("No one was hurt in the blast.") == []
