"""A noun whose compound or adjective modifiers make a sector term of several words names an actor
(``events.actors.actor_word``): the CAMEO agents dictionary's phrases ("civil service")."""

from __future__ import annotations

import pytest

from dateline.events.actors import actor_word
from dateline.nlp import get_nlp


def _head(text: str, word: str):
    return next(t for t in get_nlp()(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Latvian civil service opposed the pension cuts.", "service"),
        ("Uruguay's defense services rejected the audit.", "services"),
    ],
)
def test_a_term_of_several_words_names_an_actor(text, word):
    assert actor_word(_head(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The bus service was suspended in Riga.", "service"),
        ("The new service opened in Montevideo.", "service"),
    ],
)
def test_the_head_alone_or_with_other_modifiers_is_no_actor(text, word):
    assert not actor_word(_head(text, word))


def test_the_civil_service_is_the_source_of_its_act():
    from dateline import extract

    events = extract(
        "The Latvian civil service criticized the pension reform on Monday.", published="2024-03-05"
    ).events
    assert events and events[0].source is not None and events[0].source.code == "LVAGOV"
