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
