"""A copula with a predicate of readiness, willingness, determination or commitment governing an act
is its subject's stated intent (``ontology/intent_predicates.json``), typed as a promise of that act is."""

import pytest

from dateline.nlp import get_nlp


def _events(text):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = "2018-06-01"
    return list(nlp(doc)._.events or [])


def _readings(text):
    return [
        (e["plover"]["type"], e["cameo"]["code"][:2], (e.get("source") or {}).get("code"), e["modality"])
        for e in _events(text)
    ]


@pytest.mark.parametrize(
    ("text", "plover", "root", "source"),
    [
        ("Norway is committed to military action against the pirates.", "THREATEN", "13", "NOR"),
        ("Chile is determined to crush the uprising in the south.", "THREATEN", "13", "CHL"),
        ("Peru is ready to resume talks with the Bolivian government.", "AGREE", "03", "PER"),
        ("Kenya is willing to send troops to the border.", "MOBILIZE", "15", "KEN"),
        ("Ghana stands ready to impose sanctions on the junta.", "THREATEN", "13", "GHA"),
        ("Finland said it was prepared to attack the smugglers' camps.", "THREATEN", "13", "FIN"),
    ],
)
def test_an_intent_predicate_states_the_subjects_intent(text, plover, root, source):
    found = [(p, r, s) for p, r, s, _ in _readings(text)]
    assert (plover, root, source) in found, found


def test_committed_to_is_no_passive_of_commit():
    events = _events("Norway is committed to military action against the pirates.")
    assert events and all((e.get("target") or {}).get("code") != "NOR" for e in events)
    assert _readings("Norway remains committed to the alliance.") == []
    assert _readings("The Norwegian minister was committed to hospital on Monday.") == []


def test_forces_committed_to_a_battle_make_no_threat():
    events = _events("Additional Norwegian troops were committed to the battle for the port.")
    assert "THREATEN" not in [e["plover"]["type"] for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The farmer said he was ready to go home.",
        "The Chilean government is determined to create jobs.",
        "Is Peru ready to resume talks with Bolivia?",
    ],
)
def test_an_intent_to_no_act_or_asked_about_is_no_event(text):
    assert _readings(text) == []


def test_a_denied_readiness_to_use_force_is_no_threat_made():
    readings = _readings("Kenya is not willing to send troops to the border.")
    assert readings
    assert all(m == "negated" for *_, m in readings)


def test_a_denied_readiness_to_cooperate_is_a_refusal():
    found = [
        (p, r, s)
        for p, r, s, _ in _readings("Peru is not ready to resume talks with the Bolivian government.")
    ]
    assert ("REJECT", "12", "PER") in found, found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Asked about the border dispute, the Peruvian premier replied that she remained committed"
            " to military action against Ecuador.",
            "PER",
        ),
        ("Ghana is committed to air strikes against the militants in the north.", "GHA"),
        ("The Chilean minister said he was committed to military action against Bolivia.", "CHL"),
    ],
)
def test_an_adjective_of_commitment_commits_its_copulas_subject(text, source):
    found = [(p, r, (s or "")[:3]) for p, r, s, _ in _readings(text)]
    assert ("THREATEN", "13", source) in found, found


def test_an_adjective_of_commitment_to_no_act_is_no_event():
    assert _readings("The Kenyan minister said he is committed to his family.") == []
    assert _readings("Ghana's president says he is committed to a fair budget.") == []
