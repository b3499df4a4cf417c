"""Country names that join their parts by "and" ("Trinidad and Tobago", "Bosnia and Herzegovina")
kept as one word.

The model reads such a name as two coordinated nouns, and its NER as two places, an organisation or
nothing: every later layer (entities, places, actors, events) then saw two actors, the second often
with no code ("Tobago"). After the NER (first thing of the entity component, and in
``contract.model_parse``'s second readings of a headline), each such name of a current country or territory
(``knowledge/countries.tsv``; "&" for "and", "St." for "Saint") that the text writes with capitals
is merged into one proper-noun token labelled GPE, which keeps the relation the parse gave the
name's first word. A state that no longer exists ("Serbia and Montenegro") is left as two words:
today its name lists two countries.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..knowledge import countries, historic_state
from .doc_index import doc_text

# words that join the parts of a country name, and the written forms of "Saint"
CONJUNCTIONS = frozenset({"and", "&"})
_SAINT = ("Saint", "St.")


@cache
def _pattern() -> re.Pattern[str] | None:
    """One expression for every country name with a conjunction, longest first, its words in any
    case after a capital."""
    names = {
        name.strip()
        for country in countries()
        if historic_state(country.cameo) is None
        for name in country.names
        if CONJUNCTIONS & set(name.split())
    }
    forms: set[str] = set()
    for name in names:
        words = name.split()
        if words[0] in _SAINT:
            forms.update(" ".join([saint, *words[1:]]) for saint in _SAINT)
        else:
            forms.add(name)
    if not forms:
        return None
    alternatives = []
    for form in sorted(forms, key=len, reverse=True):
        words = [r"(?:and|&)" if w in CONJUNCTIONS else re.escape(w) for w in form.split()]
        alternatives.append(r"\s+".join(words))
    # a name starts with a capital: the cheap case-sensitive look at the first letter comes first
    initials = "".join(sorted({form[0].upper() for form in forms}))
    return re.compile(r"(?=[" + initials + r"])(?<![\w&.-])(?i:" + "|".join(alternatives) + r")(?![\w&-])")


def _capitalised(text: str) -> bool:
    """Every word of a name but its joining words starts with a capital ("Trinidad And Tobago",
    "TRINIDAD AND TOBAGO"), as a name is written; "trinidad and tobago" is not taken."""
    return all(w[:1].isupper() for w in text.split() if w.lower() not in CONJUNCTIONS | {"the"})


def join_country_names(doc: Doc) -> Doc:
    """Merge each country name with a conjunction the text writes into one GPE token (see the
    module's docstring); a Doc without one is returned untouched."""
    pattern = _pattern()
    text = doc_text(doc)
    if pattern is None:
        return doc
    spans = []
    for match in pattern.finditer(text):
        if not _capitalised(match.group()):
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) > 1:
            spans.append(span)
    if not spans:
        return doc
    ents = list(doc.ents)
    # a name inside a wider entity ("the Trinidad and Tobago Coast Guard") stays that entity's
    inside = {s.start for s in spans for e in ents if _within(s, e)}
    own = [s for s in spans if s.start not in inside]
    doc.ents = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in own)]
    places = [(s.start_char, s.end_char) for s in own]
    anchors = [(s.start_char, *_anchor(s)) for s in spans]
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN", "LEMMA": span.text})
    if doc.has_annotation("DEP"):
        _reattach(doc, anchors)
    ents = list(doc.ents)
    for start, end in places:
        merged = doc.char_span(start, end)
        if merged is not None:
            ents.append(Span(doc, merged.start, merged.end, label="GPE"))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def _within(span: Span, entity: Span) -> bool:
    """Whether an entity holds the span and more."""
    return entity.start <= span.start and span.end <= entity.end and len(entity) > len(span)


def _anchor(span: Span) -> tuple[int | None, str]:
    """(character offset of the word outside the name that its first attached word hangs on, or
    None for a root; that relation): the parse may hang the name's second part as a conjunct of
    another word ("the prime minister of Saint Vincent and the Grenadines")."""
    for token in span:
        if token.head.i == token.i:
            return None, token.dep_
        if not span.start <= token.head.i < span.end:
            return token.head.idx, token.dep_
    return None, span.root.dep_


def _reattach(doc: Doc, anchors: list[tuple[int, int | None, str]]) -> None:
    """Hang each merged name where the parse hung its first word, unless that word hangs below it."""
    by_offset = {token.idx: token for token in doc}
    for start, head_at, dep in anchors:
        token = by_offset.get(start)
        head = by_offset.get(head_at) if head_at is not None else None
        if token is None or head is None or head.i == token.i or token.is_ancestor(head):
            continue
        token.head = head
        token.dep_ = dep
