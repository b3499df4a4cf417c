"""Event types read from who acts and on what: a trip is a visit at most (a deployment none), a
campaign rally is no protest (an opposition rally is), an attack on computers is hacking (not one on
a place a computer word modifies), a blockade by those who hold force restricts movement (unless it
is their own dissent), and the infinitive of a strike has the doer of the verb that controls it
(a strike with an object is no walkout)."""

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
        "Dock workers in Tarsk are preparing to strike over pensions.",
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


@pytest.mark.parametrize(
    "text",
    [
        "Striking customs officers blocked the port road in Tarsk to demand a pay rise.",
        "Retired army officers blocked the ring road in Tarsk to protest pension cuts.",
        "Border police officers blocked the bridge in Tarsk in protest at the new rota.",
        "Army veterans blocked the square in Oldfield on Monday.",
        "Civil servants blocked the gate of the Tarsk treasury over late wages.",
    ],
)
def test_a_blockade_by_people_in_dissent_is_no_restriction(text):
    assert ("COERCE", "191") not in _codings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Raiders attacked an internet cafe in Tarsk, wounding two guards.",
        "Militants attacked a server station near Tarsk with mortars.",
    ],
)
def test_force_against_a_place_named_by_a_computer_word_is_no_hacking(text):
    assert "COERCE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor attacked the software industry for cutting jobs.",
        "The columnist attacked the mayor's online censorship plan.",
    ],
)
def test_a_verbal_attack_on_a_computer_word_stays_criticism(text):
    types = _types(text)
    assert "ACCUSE" in types
    assert "COERCE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Polish paratroopers flew to Lithuania on Monday to guard the embassy.",
        "Three Spanish fighter jets flew to Romania for a joint air patrol.",
        "The Chilean foreign minister was flown to Lima on a military plane.",
    ],
)
def test_a_deployment_or_an_agentless_flight_is_no_visit(text):
    assert "CONSULT" not in _types(text)


def test_a_minister_flying_abroad_still_visits():
    assert "CONSULT" in _types("The Chilean foreign minister flew to Lima on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The opposition Kestrian Freedom Party held a rally in Tarsk on Sunday.",
        "Opposition lawmakers staged a rally in Oldfield on Tuesday.",
    ],
)
def test_an_opposition_rally_stays_a_protest(text):
    assert "PROTEST" in _types(text)


def test_sanctioning_oligarchs_is_a_sanction():
    assert "SANCTION" in _types("The Treasury sanctioned three Kazakh oligarchs on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed a diplomatic note on fishing rights.",
        "Chile signed a note with Peru on fishing rights.",
    ],
)
def test_two_sides_signing_a_note_agree(text):
    assert "SUPPORT" in _types(text)


def test_one_side_signing_a_note_is_no_agreement():
    assert "SUPPORT" not in _types("The Chilean ambassador signed a note of thanks at the palace.")


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in Tarsk want to strike a deal with the council.",
        "Nurses in Oldfield hope to strike a compromise with the clinic.",
        "A student in Tarsk tried to strike a teacher with a chair.",
    ],
)
def test_strike_with_an_object_is_no_labour_strike(text):
    assert ("PROTEST", "143") not in _codings(text)
