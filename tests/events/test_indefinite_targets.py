"""An indefinite phrase brings someone new into the story: the same words as the doer's do not make
the target the doer again (sentences made up for these tests)."""

from __future__ import annotations

import pytest

from dateline.nlp import get_nlp


def _dyads(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e["plover"]["type"], (e.get("source") or {}).get("text"), (e.get("target") or {}).get("text"))
        for e in get_nlp()(text)._.events
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A cyclist stabbed a cyclist near a park in Rotterdam on Friday.",
            ("ASSAULT", "A cyclist", "a cyclist"),
        ),
        ("A soldier shot a soldier at a base near Kandahar.", ("ASSAULT", "A soldier", "a soldier")),
        ("A prisoner killed a prisoner at a jail in Manila.", ("ASSAULT", "A prisoner", "a prisoner")),
        ("A student threatened a student with a knife in Oslo.", ("THREATEN", "A student", "a student")),
    ],
)
def test_an_indefinite_target_with_the_doers_words_is_someone_else(text, want):
    assert want in _dyads(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A man shot himself at a shooting range in Texas.", ("ASSAULT", "A man", None)),
        (
            "Russia and Ukraine traded blame as Ukraine accused Russia of shelling the plant.",
            ("ACCUSE", "Ukraine", "Russia"),
        ),
    ],
)
def test_the_doer_named_again_is_still_no_target(text, want):
    assert want in _dyads(text)
