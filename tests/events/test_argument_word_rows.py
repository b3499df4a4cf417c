"""A verb's argument words are the same whether read off the doc's cached rows or off its tokens,
and stop at the word cap in the order of spaCy's subtree walk."""

from __future__ import annotations

from dataclasses import asdict

from dateline.events.patterns import MAX_WORDS, _words, argument_words
from dateline.nlp import get_nlp
from dateline.nlp.doc_index import cached_rows

SENTENCES = [
    "The Varnish coast guard released the twelve fishermen detained near Oster Point.",
    "Rebels in the hills of Calder were hit by a rocket fired from a drone on Tuesday.",
    "The Merrow council pledged $40 million in aid to the flooded villages of the delta.",
    "The union walked out of the talks with the port authority and took over the docks.",
    "Protest organizers in Bellmoor demanded the resignation of the transport minister.",
]


def test_argument_words_are_the_same_with_cached_rows() -> None:
    nlp = get_nlp()
    for text in SENTENCES:
        doc = nlp(text)
        plain = [asdict(argument_words(t)) for t in doc if t.pos_ in ("VERB", "AUX")]
        with cached_rows(doc):
            cached = [asdict(argument_words(t)) for t in doc if t.pos_ in ("VERB", "AUX")]
        assert plain and cached == plain


def test_words_stop_at_the_cap_in_subtree_order() -> None:
    names = " , ".join(f"w{n}" for n in range(40))
    doc = get_nlp()(f"The inspectors listed {names} .")
    obj = next(t for t in doc if t.dep_ == "dobj")
    want = [t for _, t in zip(range(MAX_WORDS), obj.subtree, strict=False)]
    assert len(list(obj.subtree)) > MAX_WORDS
    expected = {t.lower_ for t in want} | {t.lemma_.lower() for t in want}
    plain: set[str] = set()
    _words(obj, plain)
    with cached_rows(doc):
        cached: set[str] = set()
        _words(obj, cached)
    assert plain == expected and cached == expected
    skip = frozenset({want[0].i})
    with cached_rows(doc):
        skipped: set[str] = set()
        _words(obj, skipped, skip)
    assert want[0].lower_ not in skipped or want[0].lower_ in {t.lower_ for t in want[1:]}


def test_phrases_are_the_non_adjunct_phrases() -> None:
    doc = get_nlp()("The envoy met the rebels in Tarsk after the ceasefire with the help of monitors.")
    verb = next(t for t in doc if t.lemma_ == "meet")
    args = argument_words(verb)
    assert "after" in args.preps
    assert args.phrases == [w for p, w in args.preps.items() if p not in ("after",)]
    assert args.preps["after"] not in args.phrases


def test_ranked_patterns_hold_no_support_of_the_befallen() -> None:
    from dateline.events.patterns import _candidates, _ranked, _support_of_the_befallen, verb_table

    table = verb_table()
    seen = 0
    for key in ("denounce", "condemn", "blame", "criticize"):
        if key not in table.verbs:
            continue
        candidates = _candidates(key, table.verbs[key], table)
        befallen = [p for e, p in candidates if p.weight and _support_of_the_befallen(e.block, p.code)]
        seen += len(befallen)
        ranked = _ranked(candidates)
        assert not any(_support_of_the_befallen(e.block, p.code) for p, e, _ in ranked)
        kept = [p for e, p in candidates if p.weight and not _support_of_the_befallen(e.block, p.code)]
        assert sorted(id(p) for p, _, _ in ranked) == sorted(id(p) for p in kept)
    assert seen
