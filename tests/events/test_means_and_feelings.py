"""Who does an act named by its means, its doer's kind or a feeling: riots and armed attacks on
property, deals struck, labour strikes in headlines, devices that are never doers, criticism drawn
in the passive and anger shown at no one."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str, published: str = "2020-05-04"):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _text(actor) -> str | None:
    return (actor or {}).get("text")


def _coded(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e["plover"]["type"], e["cameo"]["code"], _text(e["source"]), _text(e["target"]))
        for e in _events(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a shop in Varnak on Tuesday.",
        "Gunmen attacked several shops in the old market of Dorvel.",
        "Shops in Varnak were attacked by militants on Friday.",
    ],
)
def test_an_armed_actor_attacking_property_is_force_not_a_riot(text):
    types = [t for t, *_ in _coded(text)]
    assert "ASSAULT" in types and "PROTEST" not in types


@pytest.mark.parametrize(
    "text",
    ["Protesters attacked a shop in Varnak on Tuesday.", "Rioters attacked shops in the centre of Dorvel."],
)
def test_a_crowd_attacking_shops_is_still_a_riot(text):
    assert [(t, c) for t, c, *_ in _coded(text)] == [("PROTEST", "145")]


@pytest.mark.parametrize(
    "text",
    [
        "Union leaders struck an agreement with the Ruritanian government on Monday.",
        "Union leaders struck a compromise with the Ruritanian government on Monday.",
        "Union leaders struck a bargain with the Ruritanian government on Monday.",
        "Union leaders struck an accord with the Ruritanian government on Monday.",
    ],
)
def test_striking_an_agreement_is_an_agreement(text):
    coded = _coded(text)
    assert [(t, c) for t, c, *_ in coded] == [("SUPPORT", "057")]
    assert "government" in coded[0][3]


def test_striking_positions_is_still_force():
    assert [(t, c) for t, c, *_ in _coded("The Ruritanian army struck rebel positions near Dorvel.")] == [
        ("ASSAULT", "190")
    ]


def test_striking_a_tone_is_no_event():
    assert _coded("The Ruritanian minister struck a conciliatory tone in Varnak.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian doctors struck for a third week.",
        "Teachers struck across Ruritania demanding higher wages.",
        "Hundreds of nurses struck in Varnak over unpaid salaries.",
    ],
)
def test_a_labour_strike_in_a_headline_is_done_by_the_strikers(text):
    coded = _coded(text)
    assert [(t, c) for t, c, *_ in coded] == [("PROTEST", "143")]
    assert coded[0][2] is not None and coded[0][3] is None


def test_a_struck_pedestrian_in_a_headline_is_still_struck():
    coded = _coded("Pedestrian struck by a bus in Varnak.")
    assert all(src != "Pedestrian" for _, _, src, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb attack killed five people in a market in Varnak.",
        "A car bomb attack killed twelve soldiers near Dorvel on Sunday.",
    ],
)
def test_the_device_of_an_attack_noun_is_no_doer(text):
    coded = _coded(text)
    assert [t for t, *_ in coded] == ["ASSAULT"]
    assert coded[0][2] is None


def test_the_named_doer_of_a_bomb_attack_stays():
    coded = _coded("A bomb attack by rebels killed ten people in Dorvel.")
    assert any(src == "rebels" for t, _, src, _ in coded if t == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Militants detonated a bomb that killed three policemen in Dorvel.", "Militants"),
        ("Rebels fired a rocket that killed two soldiers near Varnak.", "Rebels"),
    ],
)
def test_a_device_in_a_relative_clause_is_no_doer(text, doer):
    coded = _coded(text)
    assert coded and all(src == doer for _, _, src, _ in coded)


def test_criticism_sparked_in_the_passive_is_held_by_the_phrase():
    coded = _coded("Outrage was sparked among farmers by the Ruritanian finance minister.")
    assert [(t, src) for t, _, src, _ in coded] == [("ACCUSE", "farmers")]
    assert "minister" in coded[0][3]


@pytest.mark.parametrize(
    "text",
    [
        "Residents reacted with anger after the floods in Varnak.",
        "Villagers reacted with fury after the storm in Dorvel.",
        "Farmers in Varnak expressed anger over the long drought.",
    ],
)
def test_anger_aimed_at_no_one_is_no_event(text):
    assert [t for t, *_ in _coded(text) if t == "ACCUSE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Farmers expressed anger at the Ruritanian government over the drought.",
        "The Ruritanian finance minister's remarks drew outrage from opposition leaders.",
    ],
)
def test_anger_at_someone_named_is_criticism(text):
    assert "ACCUSE" in [t for t, *_ in _coded(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dorvel traders attacked shops run by migrants.",
        "Varnak residents attacked shops owned by foreigners.",
    ],
)
def test_people_of_a_place_attacking_shops_is_a_riot(text):
    assert [(t, c) for t, c, *_ in _coded(text)] == [("PROTEST", "145")]


def test_a_country_attacking_shops_is_force():
    assert [(t, c) for t, c, *_ in _coded("Norway attacked the shops of smugglers.")] == [("ASSAULT", "190")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian jets struck the settlement of Kel Dara.",
        "Artillery shells struck a refugee settlement near the Varnak border.",
        "Rockets struck a settlement near Dorvel.",
    ],
)
def test_a_settlement_struck_by_arms_is_a_place_attacked(text):
    types = [t for t, *_ in _coded(text)]
    assert types == ["ASSAULT"]


def test_a_settlement_struck_with_someone_is_an_agreement():
    coded = _coded("The Varnak Mining Company struck a settlement with the Ruritanian regulators.")
    assert [(t, c) for t, c, *_ in coded] == [("SUPPORT", "057")]


def test_a_settlement_struck_by_two_parties_is_an_agreement():
    coded = _coded("Chad and Niger struck a settlement on grazing rights.")
    assert [(t, c, src, tgt) for t, c, src, tgt in coded] == [("SUPPORT", "057", "Chad", "Niger")]


def test_striking_a_treaty_from_the_agenda_is_removal():
    assert _coded("The Ruritanian senate struck the treaty from the agenda.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Workers struck by falling debris in Dorvel",
        "Doctors struck in Varnak hospital attack",
        "Miners struck in blast at Kel pit",
    ],
)
def test_a_headline_of_people_struck_by_something_is_no_labour_strike(text):
    assert "PROTEST" not in [t for t, *_ in _coded(text)]


def test_a_headline_of_people_struck_in_an_attack_is_their_harm():
    coded = _coded("Doctors struck in Varnak hospital attack")
    assert [(t, tgt) for t, _, _, tgt in coded] == [("ASSAULT", "Doctors")]


@pytest.mark.parametrize(
    ("text", "doer", "victims"),
    [
        ("A bomb that killed three policemen was detonated by militants.", "militants", "three policemen"),
        (
            "The Tarn Front said it detonated a bomb that killed nine soldiers.",
            "The Tarn Front",
            "nine soldiers",
        ),
        ("Rebels claimed the bomb attack that killed six soldiers in Dorvel.", "Rebels", "six soldiers"),
    ],
)
def test_the_harm_of_a_device_is_coded_with_its_user(text, doer, victims):
    killings = [(s, t) for typ, _, s, t in _coded(text) if typ == "ASSAULT" and t == victims]
    assert killings == [(doer, victims)]


def test_no_one_uses_a_device_whose_planting_is_denied():
    coded = _coded("The rebels denied planting the bomb that killed five people.")
    assert [(t, s, tgt) for t, _, s, tgt in coded] == [("ASSAULT", None, "five people")]


def test_a_harsh_tone_toward_a_named_country_is_criticism():
    coded = _coded("Norway's foreign minister struck a harsh tone toward Sweden.")
    assert [(t, c, tgt) for t, c, _, tgt in coded] == [("ACCUSE", "111", "Sweden")]


def test_a_conciliatory_tone_is_no_event():
    assert _coded("Norway's foreign minister struck a conciliatory tone toward Sweden.") == []


def test_a_known_group_of_a_bomb_attack_is_its_doer_not_the_bomb():
    coded = _coded("An Islamic State bomb attack killed ten worshippers in Dorvel.")
    assert [s for t, _, s, _ in coded if t == "ASSAULT"] == ["Islamic State"]
