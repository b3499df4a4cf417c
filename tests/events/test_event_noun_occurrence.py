"""Events told by an event noun: the subject of a verb of occurrence, a light verb's participle with
its agent, a nationality or an "of" phrase naming the doer (own sentences)."""

from __future__ import annotations

from dateline.nlp import get_nlp

STORY = "\n\nThe statement came on Tuesday, officials said."


def _events(text: str) -> list[dict]:
    return list(get_nlp()(text)._.events)


def _kinds(text: str, end: int | None = None) -> list[tuple[str, str | None]]:
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("text"))
        for e in _events(text)
        if end is None or e["evidence"]["start"] < end
    ]


def test_an_event_noun_subject_of_a_verb_of_occurrence_is_the_act():
    for sentence, kind in (
        ("Heavy fighting erupted near the lake on Sunday.", "ASSAULT"),
        ("The protests continued for a fourth day on Thursday.", "PROTEST"),
        ("Heavy shelling was reported in the northern suburbs on Monday.", "ASSAULT"),
    ):
        found = _kinds("Officials met on Monday.\n\n" + sentence)
        assert (kind, None) in found, sentence


def test_a_headline_noun_of_occurrence_is_the_act():
    for head, kind in (
        ("Riots erupt across southern Ruritania", "PROTEST"),
        ("Inquiry opens into dam failure", "ACCUSE"),
        ("Ceasefire takes effect along the river", "RETREAT"),
    ):
        assert kind in [k for k, _ in _kinds(head + STORY, len(head))], head


def test_an_act_no_verb_tells_as_taking_place_is_none():
    for sentence in (
        "Criticism of the budget mounted on Tuesday.",
        "Demand for copper continued to rise in May.",
        "The truce collapsed on Sunday.",
    ):
        assert _kinds("Officials met on Monday.\n\n" + sentence) == [], sentence


def test_the_agent_of_a_light_verb_participle_is_the_doer():
    for head, kind, doer in (
        ("Concessions made by the Danish cabinet", "CONCEDE", "the Danish cabinet"),
        ("Protests organised by the opposition spread to six towns", "PROTEST", "the opposition"),
    ):
        assert (kind, doer) in _kinds(head + STORY, len(head)), head


def test_a_nationality_names_the_doer_of_an_act():
    for head, kind, doer in (
        ("Chilean crackdown on miners in Antofagasta", "ASSAULT", "Chilean"),
        ("Polish investigation into port deal widens", "ACCUSE", "Polish"),
    ):
        assert (kind, doer) in _kinds(head + STORY, len(head)), head
    sentence = "Officials met on Monday.\n\nDanish support for the plan grew on Monday."
    assert not any(k == "SUPPORT" for k, _ in _kinds(sentence))


def test_the_people_of_a_protest_are_its_doers():
    head = "Strike of Nurses Paralyses Hospitals Across Porto"
    assert ("PROTEST", "Nurses") in _kinds(head + STORY, len(head))


def test_joint_drills_held_with_a_partner_are_cooperation():
    text = "Officials met on Monday.\n\nThe Indian navy held joint drills with Brazil on Monday."
    assert ("COOPERATE", "The Indian navy") in _kinds(text)


def test_a_nationality_before_an_act_done_to_persons_is_no_doer():
    text = "Officials met on Monday.\n\nGuatemalan deportations grew sharply in April."
    assert not any(k == "COERCE" and d for k, d in _kinds(text))
    text = "Officials met on Monday.\n\nThe March of Lanterns is a charity that runs night schools."
    assert _kinds(text) == []


def test_a_blaze_or_a_judgement_is_no_act_taking_place():
    for sentence in (
        "A fire broke out in a grain silo near the docks on Sunday.",
        "The walkout was seen as a setback by most of the drivers.",
    ):
        assert _kinds("Officials met on Monday.\n\n" + sentence) == [], sentence


def test_the_setting_of_an_act_taking_place_is_no_target():
    head = "Mass detentions reported in Tirana"
    found = [e for e in _events(head + STORY) if e["evidence"]["start"] < len(head)]
    assert not any((e.get("target") or {}).get("text") == "Tirana" for e in found)


def test_a_nationality_before_a_bombing_with_no_aim_is_where_it_happened():
    text = "Officials met on Monday.\n\nA Kenyan car bombing wounded six traders in a market."
    assert not any(k == "ASSAULT" and d == "Kenyan" for k, d in _kinds(text))
