"""Shortcuts in per-token lookups give the answers of the full checks (sentences made up for these
tests)."""

from __future__ import annotations

import pytest

from dateline.events import patterns as P
from dateline.events.lexicon import verb_lemma, verb_lemmas
from dateline.events.plights import plights
from dateline.events.threats import open_threats
from dateline.nlp import get_nlp


@pytest.mark.parametrize(
    ("word", "lemma", "want"),
    [
        ("staged", "stage", ["stage", "stage", "stag"]),
        ("stopped", "stop", ["stop", "stoppe", "stopp", "stop"]),
        ("carried", "carry", ["carry", "carrie", "carri", "carry"]),
        ("organising", "organise", ["organise", "organis", "organise", "organize"]),
        ("talks", "talk", ["talk", "talk", "tal"]),
        ("go", "go", ["go"]),
    ],
)
def test_verb_lemmas(word: str, lemma: str, want: list[str]) -> None:
    token = get_nlp().make_doc(word)[0]
    token.lemma_ = lemma
    assert verb_lemmas(token) == want
    # a fresh list each time: a caller may change it
    verb_lemmas(token).append("x")
    assert verb_lemmas(token) == want
    assert verb_lemma(token, frozenset({want[-1]})) == want[-1]
    assert verb_lemma(token, frozenset({"unknown"})) is None


def test_block_object_patterns_are_the_blocks_one_word_objects() -> None:
    table = P.verb_table()
    for lemma in ("decline", "refuse", "walk", "take"):
        want = [
            (pattern.code, pattern.obj[0])
            for entry in table.verbs[lemma]
            for pattern in table.blocks.get(entry.block, ())
            if len(pattern.obj) == 1 and not (pattern.subj or pattern.preps or pattern.prt)
        ]
        assert list(P._block_object_patterns(lemma)) == want


def test_heads_and_singulars() -> None:
    slot = frozenset({"ceasefire talks", "sit-in", "ships"})
    assert P._heads_and_singulars(slot) == frozenset({"talks", "talk", "in", "ships", "ship"})


def _sentence(text: str):
    return next(iter(get_nlp()(text).sents))


def test_open_threats_of_verbs_that_hold_acts_out() -> None:
    held = open_threats(_sentence("Norvania is weighing sanctions against Marelia.").root)
    assert [(act.lower_, aimed.text) for act, aimed, _ in held] == [("sanctions", "Marelia")]
    sent = _sentence("The cabinet in Norvania approved a new budget for schools.")
    assert all(open_threats(token) == [] for token in sent)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Three guards are dead after a shooting at the depot in Tarvik.", ("shooting", "guards")),
        ("Pressure is mounting on the harbour minister to resign.", ("pressure", "minister")),
        ("The port director, under fire over the delays, said nothing.", ("fire", "director")),
    ],
)
def test_plights_found(text: str, want: tuple[str, str]) -> None:
    found = [(noun.lower_, holder.lower_) for noun, holder, _, _ in plights(_sentence(text))]
    assert want in found


def test_no_casualties_in_an_accident_or_a_question() -> None:
    for text in (
        "Three guards are dead after a shooting in a training accident at the depot.",
        "Are three guards dead after a shooting at the depot?",
    ):
        assert not [n for n, _, _, s in plights(_sentence(text)) if s.key.startswith("casualty+")]
