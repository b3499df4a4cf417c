"""A quoted question judges and alleges nothing, and a quoted "he" or "she" of the other gender
than its speaker is someone else (docs/annotation-guide.md section 2: questions are no events;
sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = get_nlp()(text)
    return [
        (
            e["plover"]["type"],
            (e.get("source") or {}).get("text") or "",
            (e.get("target") or {}).get("text") or "",
        )
        for e in doc._.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Is she a fraud?" he asked.',
        '"Was the treasurer a coward?" she said.',
        '"Is the harbour master a liar?" Senator Paul Varnaby asked.',
        '"Did the navy wreck the fishing villages?" Governor Ann Okonjo asked.',
        'Governor Ann Okonjo asked: "Was the treasurer behind the ambush?"',
        '"Is the harbour master - a man we trusted - a liar?" Okonjo asked.',
    ],
)
def test_a_quoted_question_is_no_event(text: str):
    assert [e for e in _events(text) if e[0] == "ACCUSE"] == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ('"The treasurer is a coward," she said.', ("ACCUSE", "she", "The treasurer")),
        ('"Was the finance minister a coward? Yes, he was a coward," she said.', ("ACCUSE", "she", "he")),
        ('Senator Varnaby spoke on Friday. "He is a disgrace," she said.', ("ACCUSE", "she", "He")),
        (
            'The caucus said: "The treasurer is a crook - who else would do this?"',
            ("ACCUSE", "The caucus", "The treasurer"),
        ),
        ('"The treasurer is a coward: who could doubt it?" she said.', ("ACCUSE", "she", "The treasurer")),
    ],
)
def test_statements_beside_questions_stay(text: str, event: tuple[str, str, str]):
    assert event in _events(text)
