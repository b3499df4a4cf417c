"""Verbs of directing, causing and permitting with an object and the act it is to do
(``ontology/control_verbs.json``): the matrix verb is the event, the act is not told as done."""

import pytest

from dateline.events.lexicon import control_verbs
from dateline.nlp import get_nlp
from dateline.ontology import load_json
from dateline.ontology.cameo import cameo_code


def _events(text: str, published: str = "2021-03-02"):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _coded(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (
            e["plover"]["type"],
            e["cameo"]["code"],
            (e.get("source") or {}).get("text"),
            (e.get("target") or {}).get("text"),
        )
        for e in _events(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile challenged Bolivia to withdraw its warships from the lake.",
            ("REQUEST", "100", "Chile", "Bolivia"),
        ),
        (
            "Ecuador pushed Peru to withdraw its troops from the border.",
            ("REQUEST", "100", "Ecuador", "Peru"),
        ),
        (
            "The Norland president told the Kelvonian rebels to release the hostages.",
            ("REQUEST", "100", None, None),
        ),
        (
            "The council encouraged Turkmenistan to end the blockade of the port.",
            ("REQUEST", "020", None, "Turkmenistan"),
        ),
    ],
)
def test_a_verb_of_directing_is_the_request_and_the_act_is_not_coded(text, expected):
    coded = _coded(text)
    assert len(coded) == 1, coded
    plover, cameo, source, target = coded[0]
    assert (plover, cameo) == expected[:2]
    if expected[2] is not None:
        assert source == expected[2]
    if expected[3] is not None:
        assert target == expected[3]


def test_a_verb_already_coded_as_a_request_keeps_its_own_code():
    assert [c[:2] for c in _coded("Chile urged Bolivia to withdraw its warships from the lake.")] == [
        ("REQUEST", "025")
    ]


def test_letting_inspectors_in_is_access():
    coded = _coded("Paraguay allowed the inspectors to visit the reactor.")
    assert [(t, c, s) for t, c, s, _ in coded] == [("RETREAT", "0862", "Paraguay")]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The Kelvonian minister told reporters that the talks had failed.", "told"),
        ("The defendant told the court he was innocent.", "told"),
        ("The prisoners were allowed to leave the camp.", "allowed"),
        ("Norland helped Kelvonia to win the vote.", "helped"),
        ("The new law allows police to detain suspects for a week.", "allows"),
        ("Kelvonia allowed the opposition leader to leave the country.", "allowed"),
    ],
)
def test_the_matrix_verb_codes_nothing_without_the_shape(text, verb):
    assert not any(verb in (e.get("trigger") or "").split() for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Kelvonian president told reporters to wait for the official statement.",
        "The Norland airline told passengers to expect delays.",
        "The company pushed employees to return to the office.",
        "The widow told her son to study.",
        "The mayor of Port Alden told residents to stay indoors.",
    ],
)
def test_a_directing_verb_with_no_act_and_a_common_noun_object_codes_nothing(text):
    assert _coded(text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Norway challenged Russia to withdraw its warships.", "Russia"),
        ("Brazil pushed Peru to withdraw its troops.", "Peru"),
        ("Chile told Bolivia to wait for the ruling.", "Bolivia"),
    ],
)
def test_a_directing_verb_is_aimed_at_its_object(text, target):
    assert [(c[0], c[3]) for c in _coded(text)] == [("REQUEST", target)]


@pytest.mark.parametrize(
    "text",
    [
        "Kelvonia instructed its ambassador to return home.",
        "The general commanded his forces to hold the line.",
    ],
)
def test_directing_ones_own_people_with_no_act_codes_nothing(text):
    assert _coded(text) == []


def test_an_order_to_ones_own_forces_is_no_request_to_whom_they_attack():
    coded = _coded("The Kelvonian defence minister commanded his forces to attack Port Alden.")
    assert not any(c[0] == "REQUEST" for c in coded), coded


@pytest.mark.parametrize("verb", ["authorized", "allowed"])
def test_letting_ones_own_troops_act_is_no_access(verb):
    coded = _coded(f"Norland {verb} its troops to fire on Kelvonian drones.")
    assert not any(c[0] == "RETREAT" for c in coded), coded


def test_authorizing_inspectors_is_no_access():
    coded = _coded("Paraguay authorized the inspectors to visit the reactor.")
    assert not any(c[0] == "RETREAT" for c in coded), coded


def test_a_dare_is_no_demand():
    coded = _coded("Hezbollah dared Israel to invade Lebanon.")
    assert not any(c[0] == "REQUEST" for c in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "Norway challenged Russia to attack Finland.",
        "Norway challenged Russia to mobilize its reserves.",
    ],
)
def test_a_challenge_to_attack_or_mobilize_is_a_taunt_and_codes_nothing(text):
    assert _coded(text) == []


def test_every_control_verb_names_its_source_and_a_known_code():
    data = load_json("control_verbs.json")
    for raw in data["classes"].values():
        for lemma, entry in raw["verbs"].items():
            assert entry["source"].split(":")[0] in ("cameo", "wordnet", "general"), lemma
            assert cameo_code(entry["cameo"]) is not None, lemma
    assert set(control_verbs()) == {lemma for raw in data["classes"].values() for lemma in raw["verbs"]}
