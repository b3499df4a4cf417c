"""Quoted imperatives: what a speaker asks of an addressee in the quote's own words.

"'Let the hostages go,' the envoy told the kidnappers" is an appeal of the envoy to the kidnappers,
as "the envoy urged the kidnappers to let the hostages go" is (docs/annotation-guide.md section 1:
REQUEST; section 2: the requested action is not coded apart). The quote opens with a bare verb
(after "please" or a vocative at most), negated or not ("Do not sign the deal"); the one addressed
is the speech verb's object or its "to", "at", "with" or "of" phrase, else the vocative. Everyday
openings of talk ("Look, ...", "Make no mistake") ask nothing. The word lists live in
``ontology/quoted_imperatives.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..nlp.doc_index import doc_memo, doc_text
from ..ontology import load_json
from .lexicon import lexicon

TABLE = "quoted_imperatives.json"
# dependencies of a speech verb's addressee ("told the police", "gave them the order")
ADDRESSEE_DEPS = ("dobj", "dative", "iobj")
# words of "do"-support that negate an imperative ("Do not", "Don't")
DO_WORDS = ("do", "don't")
NEGATIONS = ("not", "n't", "never")
# dependencies of a verb that heads a clause of its own, as an imperative does
CLAUSE_DEPS = ("ROOT", "ccomp", "advcl", "parataxis", "xcomp", "dep")
QUOTE_MARKS = "\"“‘'`"
# ``doc_memo`` key of a sentence's ``quoted_imperatives``
IMPERATIVES_KEY = "quoted_requests.imperatives"


@dataclass(frozen=True)
class _Table:
    opening_words: frozenset[str]
    discourse_verbs: frozenset[str]
    discourse_phrases: tuple[str, ...]
    addressee_preps: frozenset[str]
    message_preps: frozenset[str]
    subordinate_nouns: frozenset[str]
    audience_nouns: frozenset[str]
    plain_speech_verbs: frozenset[str]


@cache
def _table() -> _Table:
    data = load_json(TABLE)
    return _Table(
        opening_words=frozenset(data["opening_words"]),
        discourse_verbs=frozenset(data["discourse_verbs"]),
        discourse_phrases=tuple(data["discourse_phrases"]),
        addressee_preps=frozenset(data["addressee_preps"]),
        message_preps=frozenset(data["message_preps"]),
        subordinate_nouns=frozenset(data["subordinate_nouns"]),
        audience_nouns=frozenset(data["audience_nouns"]),
        plain_speech_verbs=frozenset(data["plain_speech_verbs"]),
    )


def _vocative_end(tokens: list[Token]) -> int:
    """The index after a vocative that opens ``tokens`` ("Mr President, ...", "Officers, ..."):
    proper nouns or nouns up to a comma, 0 when there is none."""
    for k, token in enumerate(tokens[:5]):
        if token.text == ",":
            return k + 1 if k else 0
        if token.pos_ not in ("PROPN", "NOUN") and token.tag_ not in ("NNP", "NNPS"):
            return 0
    return 0


def _misread_verb(word: Token, tokens: list[Token]) -> bool:
    """Whether a quote's first word that the tagger read as a noun or an adjective is a verb of the
    event lexicon used as a bare imperative ("Resign now", "Mr President, resign today"): the
    quote has no other verb, and the word is no noun's modifier ("supply management") and has no
    preposition after it ("Shame on you")."""
    if (
        word.lower_ not in lexicon().verbs
        or word.tag_ not in ("NN", "NNP", "JJ", "VBP")
        or word.dep_ == "compound"
    ):
        return False
    after = word.nbor() if word.i + 1 < len(word.doc) else None
    if after is not None and after.pos_ == "ADP":
        return False
    return not any(x.pos_ in ("VERB", "AUX") for x in tokens if x.i != word.i)


def _content_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if not t.is_space] if span is not None else []


def opening_imperative(doc: Doc, start: int, end: int) -> tuple[Token, Token | None] | None:
    """(verb, vocative head) of a quote between characters ``start`` and ``end`` that opens with an
    imperative: a bare verb with no subject or auxiliary but a negating "do" ("Stop the shelling",
    "Please free my brother", "Do not sign the treaty", "Officers, lower your weapons"), not an
    everyday opening of talk ("Look, ...", "Make no mistake"); None otherwise."""
    tokens = [t for t in _content_tokens(doc, start, end) if not (t.is_punct and t.text != ",")]
    t = _table()
    while tokens and tokens[0].lower_ in t.opening_words:
        tokens = tokens[1:]
    cut = _vocative_end(tokens)
    vocative = tokens[cut - 2] if cut >= 2 else None
    tokens = tokens[cut:]
    while tokens and tokens[0].lower_ in t.opening_words:
        tokens = tokens[1:]
    if not tokens:
        return None
    words = " ".join(x.lower_ for x in tokens[:5])
    if any(words == p or words.startswith(p + " ") for p in t.discourse_phrases):
        return None
    verb = tokens[0]
    rest = tokens[1:3]
    if verb.lower_ in DO_WORDS and (verb.lower_ == "don't" or any(x.lower_ in NEGATIONS for x in rest)):
        # a negated imperative, "Do not sign", "Don't arrest"
        verb = next((x for x in rest if x.lower_ not in NEGATIONS), None)
        if verb is None:
            return None
    if verb.tag_ == "VB" and verb.dep_ not in CLAUSE_DEPS:
        # a verb joined to words before the quote ('called for more patrols and "stop and search"')
        return None
    if verb.tag_ != "VB" and not _misread_verb(verb, tokens):
        return None
    if verb.lemma_.lower() in t.discourse_verbs or verb.lower_ in t.discourse_verbs:
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and (vocative is None or c.i != vocative.i)
        for c in verb.children
    ):
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ not in DO_WORDS for c in verb.children):
        return None
    return verb, vocative


def addressee(cue: Token, vocative: Token | None) -> Token | None:
    """The one a speech verb addresses: its object ("told the police"), its "to", "at", "with" or
    "of" phrase ("shouted at the guards", "pleaded with the council"), the "to" phrase of the
    message it is said in ("said in a letter to the king"); else the quote's vocative. A plain
    speech verb's "at", "with" or "of" phrase is where, with whom or of whom it is said ("said at
    the ministry", "said of the rival"), not the one addressed."""
    t = _table()
    plain = cue.lemma_.lower() in t.plain_speech_verbs
    for child in cue.children:
        if child.dep_ in ADDRESSEE_DEPS and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child
    for prep in (c for c in cue.children if c.dep_ == "prep"):
        word = prep.lower_
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if word in t.addressee_preps and objects and not (plain and word != "to"):
            return objects[0]
        if word in t.message_preps:
            for message in objects:
                for inner in (c for c in message.children if c.dep_ == "prep" and c.lower_ == "to"):
                    found = [c for c in inner.children if c.dep_ == "pobj"]
                    if found:
                        return found[0]
    return vocative


def requested_verbs(verb: Token) -> list[Token]:
    """An imperative verb and the bare verbs joined to it ("Stop the shelling and withdraw your
    troops"): the actions requested, which are not coded apart."""
    return [verb] + [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.tag_ == "VB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]


def own_people(addressee: Token) -> bool:
    """Whether an addressee is the speaker's own people, owned by a possessive pronoun ("told his
    fighters", "urged their supporters"): an order or a plea within one side."""
    nouns = _table().subordinate_nouns
    return (addressee.lemma_.lower() in nouns or addressee.lower_ in nouns) and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in addressee.children
    )


def audience(addressee: Token) -> bool:
    """Whether an addressee is those a speaker talks before ("told reporters", "told the crowd"),
    not one asked to act."""
    nouns = _table().audience_nouns
    return addressee.lemma_.lower() in nouns or addressee.lower_ in nouns


def quoted_imperatives(
    doc: Doc, sent: Span, quotes: list[dict[str, Any]]
) -> list[tuple[Token, Token, Token | None]]:
    """(verb, speech verb, addressee or None) of each direct quote whose part in a sentence opens
    with an imperative, its speech verb in the same sentence (found once per sentence and list of
    quotes while the doc's rows are cached, ``doc_index.doc_memo``)."""
    memo = doc_memo(doc)
    if memo is None:
        return _quoted_imperatives(doc, sent, quotes)
    key = (IMPERATIVES_KEY, sent.start, sent.end)
    found = memo.get(key)
    if found is None or found[0] is not quotes:
        found = memo[key] = (quotes, _quoted_imperatives(doc, sent, quotes))
    return list(found[1])


def _quoted_imperatives(
    doc: Doc, sent: Span, quotes: list[dict[str, Any]]
) -> list[tuple[Token, Token, Token | None]]:
    out: list[tuple[Token, Token, Token | None]] = []
    for quote in quotes:
        if quote.get("kind") == "indirect" or quote.get("cue_start") is None:
            continue
        start, end = int(quote["start"]), int(quote["end"])
        if not (start < sent.end_char and sent.start_char < end):
            continue
        if quote.get("kind") == "mixed":
            # "told the council: 'Release them'": the quoted words open after the quotation mark
            mark = next((k for k, ch in enumerate(doc_text(doc)[start:end]) if ch in QUOTE_MARKS), None)
            start = start + mark + 1 if mark is not None else start
            if not start < sent.end_char:
                continue
        # a quote's later sentence opens where the sentence does ("We waited. Free them now," ...)
        start = max(start, sent.start_char)
        found = opening_imperative(doc, start, end)
        cue_span = doc.char_span(int(quote["cue_start"]), int(quote["cue_end"]), alignment_mode="expand")
        if found is None or cue_span is None:
            continue
        verb, vocative = found
        cue = cue_span.root
        if not (sent.start <= cue.i < sent.end and sent.start <= verb.i < sent.end):
            continue
        addressed = addressee(cue, vocative)
        if addressed is not None and audience(addressed):
            # "'Mr Mayor, resign,' the senator told reporters": asked of the vocative, if any
            addressed = vocative
        if addressed is not None and own_people(addressed):
            addressed = None
        out.append((verb, cue, addressed))
    return out
