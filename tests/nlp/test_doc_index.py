"""Per-doc lookups: the same answers as spaCy's own attributes."""

from __future__ import annotations

import spacy
from spacy.attrs import ENT_TYPE, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Span

from dateline.nlp.doc_index import (
    cached_rows,
    doc_ents,
    doc_memo,
    doc_text,
    entities_within,
    entity_at,
    ents_within,
    fixed_ents,
    newline_within,
    sentence_bounds,
    token_strings,
)


def _doc() -> Doc:
    nlp = spacy.blank("en")
    doc = nlp("Ana Lima of Port Vela met the Harbour Trust in North Bay on Monday .")
    doc.ents = [
        Span(doc, 0, 2, label="PERSON", kb_id="Q1"),
        Span(doc, 3, 5, label="GPE"),
        Span(doc, 7, 9, label="ORG"),
        Span(doc, 10, 12, label="GPE"),
        Span(doc, 13, 14, label="DATE"),
    ]
    return doc


def test_entities_within_is_span_ents() -> None:
    doc = _doc()
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            mine, theirs = entities_within(span), list(span.ents)
            assert mine == theirs
            assert [(e.label_, e.kb_id_) for e in mine] == [(e.label_, e.kb_id_) for e in theirs]


def test_entities_within_cuts_a_straddling_entity() -> None:
    doc = _doc()
    assert [e.text for e in entities_within(doc[1:9])] == ["Port Vela", "Harbour Trust"]
    assert entities_within(doc[0:1]) == []


def test_text_and_sentence_bounds() -> None:
    doc = _doc()
    doc[0].is_sent_start = True
    for token in doc[1:]:
        token.is_sent_start = False
    assert doc_text(doc) == doc.text
    assert sentence_bounds(doc) == [(0, len(doc))] * len(doc)


def test_newline_within_is_a_scan_of_the_tokens() -> None:
    nlp = spacy.blank("en")
    doc = nlp("KESTREL BAY (Wire) -\n\nThe harbour board met.\nIt voted on Friday .\n")
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert newline_within(doc, start, end) == any("\n" in t.text for t in doc[start:end])
    assert not newline_within(nlp("No line break here ."), 0, 5)


def test_newline_within_reads_the_tokens_again_after_a_merge() -> None:
    doc = spacy.blank("en")("Port Vela harbour -\nThe board met .")
    assert newline_within(doc, 4, 6)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert newline_within(doc, 3, 4)
    assert not newline_within(doc, 4, len(doc))


def test_newline_within_finds_breaks_inside_merged_and_spaced_tokens() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Lake Orvin  \n\n  council met \n. Then\n\nit adjourned .\n")
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[2:5])
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert newline_within(doc, start, end) == any("\n" in t.text for t in doc[start:end])


def test_token_strings_are_the_tokens_own() -> None:
    doc = _doc()
    doc[2].lemma_ = "off"
    assert token_strings(doc, ORTH) == [t.text for t in doc]
    assert token_strings(doc, LOWER) == [t.lower_ for t in doc]
    assert token_strings(doc, LEMMA) == [t.lemma_ for t in doc]
    assert token_strings(doc, ENT_TYPE) == [t.ent_type_ for t in doc]
    assert token_strings(doc, ENT_TYPE)[:3] == ["PERSON", "PERSON", ""]


def test_span_rows_are_the_tokens_attributes() -> None:
    from dateline.nlp import get_nlp
    from dateline.nlp.doc_index import cached_rows, span_rows

    doc = get_nlp()("Shelling resumed near Brevik. The Tessaly ministry was outraged at the levy.")
    for sent in doc.sents:
        rows = span_rows(sent)
        assert rows.start == sent.start
        assert rows.pos == [t.pos_ for t in sent]
        assert rows.tag == [t.tag_ for t in sent]
        assert rows.dep == [t.dep_ for t in sent]
        assert rows.ent_type == [t.ent_type_ for t in sent]
        assert rows.lower == [t.lower_ for t in sent]
        assert rows.lemma == [t.lemma_.lower() for t in sent]
        with cached_rows(doc):
            with cached_rows(doc):
                assert span_rows(sent) == rows
            # an inner block leaves the outer one's table in place
            assert doc.user_data
    assert not any(key == "dateline.token_rows" for key in doc.user_data)


def test_tokens_where_is_a_scan_of_the_tokens() -> None:
    from dateline.nlp import get_nlp
    from dateline.nlp.doc_index import cached_rows, tokens_where

    doc = get_nlp()("The dockers of Harlow suffered heavy losses and the clerks suffered too.")
    sent = next(iter(doc.sents))
    want = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in {"suffer"}]
    assert want and tokens_where(sent, "pos", "VERB", "lemma", {"suffer"}) == want
    with cached_rows(doc):
        assert tokens_where(sent, "pos", "VERB", "lemma", {"suffer"}) == want
    assert tokens_where(sent, "dep", "nsubj", "lower", {"clerks"}) == [
        t for t in sent if t.dep_ == "nsubj" and t.lower_ == "clerks"
    ]


def test_doc_memo_held_only_inside_the_outermost_cached_rows() -> None:
    doc = _doc()
    assert doc_memo(doc) is None
    with cached_rows(doc):
        memo = doc_memo(doc)
        assert memo == {}
        memo["k"] = 1
        with cached_rows(doc):
            assert doc_memo(doc) is memo
        assert doc_memo(doc) == {"k": 1}
    assert doc_memo(doc) is None
    with cached_rows(doc):
        assert doc_memo(doc) == {}


def test_doc_rows_are_the_cached_table_only_inside_the_block() -> None:
    from dateline.nlp import get_nlp
    from dateline.nlp.doc_index import doc_rows

    doc = get_nlp()("The ferry board of Lusk raised its fares.")
    assert doc_rows(doc) is None
    with cached_rows(doc):
        rows = doc_rows(doc)
        assert rows is not None and rows.start == 0
        assert rows.lower == [t.lower_ for t in doc]
    assert doc_rows(doc) is None


def test_token_indices_are_a_scan_of_the_tokens() -> None:
    from spacy.symbols import NOUN

    from dateline.nlp import get_nlp
    from dateline.nlp.doc_index import token_indices

    doc = get_nlp()("According to the guard: the gate, the fence and the Gate stay shut.")
    words = ("gate", "according")
    assert token_indices(doc, LOWER, words) == [t.i for t in doc if t.lower_ in words] == [0, 6, 12]
    assert token_indices(doc, ORTH, (":",)) == [4]
    assert token_indices(doc, POS, (NOUN,)) == [t.i for t in doc if t.pos_ == "NOUN"]
    assert token_indices(doc, ORTH, ()) == [] and token_indices(doc[:0].as_doc(), ORTH, ("a",)) == []


def test_text_doc_knows_its_text_which_is_the_tokens_own() -> None:
    from dateline.nlp import get_nlp
    from dateline.nlp.doc_index import doc_text, text_doc

    text = "Ferries stopped.\n\n  The  harbour (north) is shut…\n"
    doc = text_doc(get_nlp(), text)
    assert doc.user_data["dateline.text"] == text == doc.text
    assert doc_text(get_nlp()(doc)) == doc.text == text


def test_fixed_ents_reads_the_entities_once_and_answers_as_spacy() -> None:
    doc = _doc()
    with fixed_ents(doc):
        first = doc_ents(doc)
        assert first is doc_ents(doc)
        assert first == doc.ents
        for i in range(len(doc)):
            expected = next((e for e in doc.ents if e.start <= i < e.end), None)
            assert entity_at(doc, i) == expected
        for start in range(len(doc) + 1):
            for end in range(start, len(doc) + 1):
                span = doc[start:end]
                assert ents_within(span) == list(span.ents)
    assert doc_ents(doc) is not first


def _where(span: Span | None) -> tuple[int, int, str] | None:
    return None if span is None else (span.start, span.end, span.label_)


def test_without_a_block_the_entities_are_read_anew() -> None:
    doc = _doc()
    assert _where(entity_at(doc, 4)) == (3, 5, "GPE")
    doc.ents = [Span(doc, 4, 5, label="LOC")]
    assert _where(entity_at(doc, 4)) == (4, 5, "LOC") and entity_at(doc, 3) is None
    assert [_where(e) for e in doc_ents(doc)] == [(4, 5, "LOC")]
    assert [_where(e) for e in ents_within(doc[2:6])] == [(4, 5, "LOC")]


def test_fixed_ents_is_reentrant_and_dropped_by_the_outer_block() -> None:
    doc = _doc()
    with fixed_ents(doc):
        outer = doc_ents(doc)
        with fixed_ents(doc):
            assert doc_ents(doc) is outer
        assert doc_ents(doc) is outer
    doc.ents = []
    assert doc_ents(doc) == ()


def test_the_pipeline_leaves_no_entities_cached_on_the_doc() -> None:
    from dateline.nlp import get_nlp

    doc = get_nlp()("Mara Quell flew from Oslo to Lisbon on Tuesday.")
    assert not any(str(key).startswith("dateline.ents") for key in doc.user_data)
    doc.ents = [Span(doc, 4, 5, label="LOC")]
    assert [_where(e) for e in doc_ents(doc)] == [(4, 5, "LOC")]
