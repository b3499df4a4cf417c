"""Shortcuts in per-token lookups give the answers of the full checks (sentences made up for these
tests)."""

from __future__ import annotations

import pytest

from dateline.events import patterns as P
from dateline.events.actors import title_abbreviation
from dateline.events.arguments import subject_of
from dateline.events.extract import EventCoder
from dateline.events.lexicon import verb_lemma, verb_lemmas
from dateline.events.plights import plights
from dateline.events.quoted_requests import quoted_imperatives
from dateline.events.threats import open_threats
from dateline.nlp import get_nlp
from dateline.nlp.doc_index import cached_rows, doc_memo


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


def _block_slots(lemma: str) -> list[tuple[str | None, frozenset[str]]]:
    table = P.verb_table()
    return [
        (pattern.code, pattern.obj[0])
        for entry in table.verbs[lemma]
        for pattern in table.blocks.get(entry.block, ())
        if len(pattern.obj) == 1 and not (pattern.subj or pattern.preps or pattern.prt)
    ]


@pytest.mark.parametrize("lemma", ["decline", "refuse", "walk", "take", "give", "release"])
def test_block_codes_by_word_are_those_of_trying_each_slot(lemma: str) -> None:
    slots = _block_slots(lemma)
    assert slots
    words = sorted({w for _, slot in slots for a in slot for w in [a, *a.replace("-", " ").split()]})
    # every word of the slots alone, a plural, phrases' words together, and words of no slot
    tries = [{w} for w in words] + [{w + "s"} for w in words[:40]]
    tries += [set(a.replace("-", " ").split()) for _, slot in slots for a in slot if " " in a or "-" in a]
    tries += [set(words[k : k + 7]) for k in range(0, len(words), 7)] + [{"zzz", "qqq"}, set()]
    for heads in tries:
        want = [code for code, slot in slots if P._has(slot, heads)]
        assert P.block_codes(lemma, heads) == want


def test_block_object_codes_of_a_parsed_verb() -> None:
    sent = _sentence("The envoy declined to comment on the report.")
    verb = next(t for t in sent if t.lower_ == "declined")
    lemmas = verb_lemmas(verb)
    heads = P.argument_words(verb).heads
    lemma = next(item for item in lemmas if item in P.verb_table().verbs)
    want = [code for code, slot in _block_slots(lemma) if P._has(slot, heads)]
    assert want
    assert P.block_object_codes(verb, lemmas) == want


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


def test_title_abbreviation_checks_the_word_first() -> None:
    text = (
        "Brig. Gen. Orla Tamsin met workers near Brig. on Friday; the Dept. of Roads said Col. Ravi "
        "Ostrander left."
    )
    assert title_abbreviation(text, 0, 5)
    assert title_abbreviation(text, 6, 10)
    assert not title_abbreviation(text, text.index("Brig. on"), text.index("Brig. on") + 4)
    assert not title_abbreviation(text, text.index("Dept."), text.index("Dept.") + 5)
    assert title_abbreviation(text, text.index("Col."), text.index("Col.") + 3)
    assert not title_abbreviation(text, text.index("Orla"), text.index("Orla") + 4)


def test_subjects_found_once_per_token_are_those_of_subject_of() -> None:
    nlp = get_nlp()
    doc = nlp("The harbour board said the mayor of Tarvik must resign, and the unions agreed.")
    other = nlp("Dockers in Vell walked out on Monday.")
    coder = EventCoder(doc, None)
    for token in doc:
        assert coder._subject_of(token) == subject_of(token)
        assert coder._subject_of(token) == subject_of(token)
    assert len(coder._subjects) == len(doc)
    for token in other:
        assert coder._subject_of(token) == subject_of(token)
    assert len(coder._subjects) == len(doc)


def test_mixed_quote_imperative_in_its_own_sentence_only() -> None:
    doc = get_nlp()('The ferry was late again. The mayor told the harbour board: "Open the second pier now."')
    quotes = doc._.quotes or []
    assert [q["kind"] for q in quotes] == ["mixed"]
    first, second = list(doc.sents)[:2]
    assert quoted_imperatives(doc, first, quotes) == []
    found = quoted_imperatives(doc, second, quotes)
    assert [
        (verb.lower_, addressee.lower_ if addressee is not None else None) for verb, _, addressee in found
    ] == [("open", "board")]


def test_quoted_imperatives_kept_per_sentence_while_rows_are_cached() -> None:
    doc = get_nlp()('"Close the east gate tonight," the warden told the porters. The porters waited.')
    quotes = doc._.quotes or []
    sents = list(doc.sents)
    plain = [quoted_imperatives(doc, sent, quotes) for sent in sents]
    assert [[(v.lower_, a.lower_ if a is not None else None) for v, _, a in f] for f in plain][0] == [
        ("close", "porters")
    ]
    with cached_rows(doc):
        memo = doc_memo(doc)
        assert memo is not None
        for sent, want in zip(sents, plain, strict=True):
            first = quoted_imperatives(doc, sent, quotes)
            assert first == want
            first.clear()  # a caller's list is its own: the kept answer is not changed
            assert quoted_imperatives(doc, sent, quotes) == want
        # another list of quotes is not answered from what was kept for the first
        assert quoted_imperatives(doc, sents[0], []) == []
        assert quoted_imperatives(doc, sents[0], quotes) == plain[0]
    assert doc_memo(doc) is None
