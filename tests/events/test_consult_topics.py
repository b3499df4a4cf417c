"""Talks about a topic with a partner: the partner is the target, the thing talked about never is;
a headline's plan keeps its subject as the source (sentences written for these tests)."""

import pytest
from event_helpers import events_of


def _consult(text: str) -> list[tuple[str | None, str | None, str]]:
    """(source text, target text, modality) of the consultations coded in ``text``."""
    return [
        ((e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"), e.get("modality"))
        for e in events_of(text)
        if e["plover"]["type"] == "CONSULT"
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Obama talks Syria with Erdogan\nThe two leaders spoke by phone.", "Obama", "Erdogan"),
        (
            "The governor talked water rights with tribal leaders on Tuesday.",
            "The governor",
            "tribal leaders",
        ),
        (
            "The union will negotiate wages with the Ruritanian government next week.",
            "The union",
            "the Ruritanian government",
        ),
    ],
)
def test_the_object_of_talk_or_negotiate_is_the_topic_and_the_with_phrase_the_partner(text, source, target):
    found = _consult(text)
    assert found and all(t != "Syria" for _, t, _ in found)
    assert any(s == source and t == target for s, t, _ in found)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Kenyan president to discuss security with Somali leader\nThe meeting is set for Tuesday.",
            "Kenyan president",
            "Somali leader",
        ),
        (
            "Danish minister to discuss Greenland with US officials\nThe minister will travel next week.",
            "Danish minister",
            "US officials",
        ),
        (
            "Merkel to discuss Ukraine with Putin in Sochi\nThe meeting between Merkel and Putin is set.",
            "Merkel",
            "Putin",
        ),
    ],
)
def test_a_headlines_plan_to_discuss_keeps_its_subject_and_is_planned(text, source, target):
    assert (source, target, "planned") in _consult(text)
