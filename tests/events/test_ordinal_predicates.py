"""'X was the first (N) to do Y' tells that X did Y: the infinitive is no background relative."""

import pytest

from dateline import extract


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    record = extract(text, published="2024-05-01")
    return [
        (e.plover.type, e.modality, e.source.text if e.source else None, e.target.text if e.target else None)
        for e in record.events
    ]


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("The senator was the first to denounce the governor.", "ACCUSE", "The senator", "the governor"),
        ("Ms. Okafor was the first to endorse the mayor.", "SUPPORT", "Ms. Okafor", "the mayor"),
        ("Uruguay became the only country to recognize the junta.", "SUPPORT", "Uruguay", "the junta"),
        ("The bishop remains the last official to visit Eritrea.", "CONSULT", "The bishop", "Eritrea"),
    ],
)
def test_the_subject_of_the_linking_verb_did_the_act(text, kind, source, target):
    assert (kind, "asserted", source, target) in _events(text)


def test_the_linking_verbs_modality_carries_over():
    events = _events("Ecuador is expected to be the first nation to send aid to Haiti.")
    assert [(k, m, s) for k, m, s, _ in events if k == "AID"] == [("AID", "planned", "Ecuador")]


def test_made_the_first_gives_the_object_of_make_as_doer():
    events = _events("Vermont lawmakers may make the state the first to apologize for the war.")
    assert [(k, m) for k, m, _, _ in events] == [("SUPPORT", "hypothetical")]


def test_an_ordinary_infinitive_relative_stays_background():
    assert not _events("The senator has a plan to denounce the governor.")
    assert not _events("He was the first person to arrive.")
