"""Event types read from who acts and on what: a trip is a visit at most, a campaign rally is no
protest, an attack on computers is hacking, a blockade by those who hold force restricts movement,
and the infinitive of a strike has the doer of the verb that controls it."""

import pytest

from dateline.nlp import get_nlp


def _codings(text: str) -> list[tuple[str, str]]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2021-03-09"
    return [(e["plover"]["type"], (e.get("cameo") or {}).get("code") or "") for e in nlp(doc)._.events or []]


def _types(text: str) -> list[str]:
    return [plover for plover, _ in _codings(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The French foreign minister flew to Kenya on Monday.",
        "The Chinese premier will fly to Kenya next week.",
    ],
)
def test_flying_abroad_is_a_visit_not_a_promise_to_meet(text):
    types = _types(text)
    assert "CONSULT" in types
    assert "AGREE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maren Brill held a rally in Oldfield on Saturday.",
        "The Kestrian Unity Party held a rally in the port city of Tarsk.",
    ],
)
def test_a_rally_of_a_candidate_or_a_party_is_no_protest(text):
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition held a rally against the president in Tarsk.",
        "Thousands of students held a rally in Tarsk on Friday.",
    ],
)
def test_a_rally_of_civilians_or_against_someone_stays_a_protest(text):
    assert "PROTEST" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hackers attacked the computer systems of the Valdorian central bank.",
        "Russian hackers hacked the email servers of the Valdorian foreign ministry.",
        "Valdorian hackers launched a cyberattack on Kestrian government servers.",
    ],
)
def test_an_attack_on_computers_is_hacking(text):
    types = _types(text)
    assert "COERCE" in types
    assert "ASSAULT" not in types


def test_hacking_someone_to_death_stays_force():
    assert "ASSAULT" in _types("The rebels hacked two villagers to death with machetes.")


def test_gunmen_attacking_a_police_station_stays_force():
    assert "ASSAULT" in _types("Gunmen attacked a police station in Tarsk.")


@pytest.mark.parametrize(
    "text",
    [
        "Riot police blocked the road to the airport.",
        "Troops blocked the border crossing on Sunday.",
    ],
)
def test_a_blockade_by_police_or_troops_restricts_movement(text):
    codings = _codings(text)
    assert ("COERCE", "191") in codings
    assert "PROTEST" not in [plover for plover, _ in codings]


def test_farmers_blocking_a_highway_protest():
    assert "PROTEST" in _types("Farmers blocked the highway with tractors.")


@pytest.mark.parametrize(
    "text",
    [
        "Workers at Norbrook Airways are preparing to strike next week.",
        "Nurses in Tarsk voted to strike on Monday.",
    ],
)
def test_workers_preparing_to_strike_walk_out(text):
    types = _types(text)
    assert "PROTEST" in types
    assert "ASSAULT" not in types


def test_sanctioning_a_development_approves_it():
    assert "SANCTION" not in _types(
        "The county council is sanctioning several new housing developments near the river."
    )


def test_sanctioning_banks_is_a_sanction():
    assert "SANCTION" in _types("The European Union sanctioned three Kestrian banks on Monday.")


def test_a_participle_used_as_a_preposition_is_no_event():
    assert _types("The governor left his plans vague concerning new talks with Sweden.") == []
