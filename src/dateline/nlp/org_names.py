"""Organisation names the NER cuts or misses, made one ORG entity from the actor dictionary.

The small model cuts a long organisation name at a lower-case-looking joining word ("Doctors
Without Borders" -> "Borders") or misses it ("Human Rights Watch"): the source of a statement then
becomes a common noun ("Doctors"). Each group name of three words or more that the actor dictionary
lists (``ontology/actor_dictionary.json``) and the text writes with capitals (joining words in any
case) becomes an ORG entity, replacing the entities inside it; a name inside a longer entity is left
to that entity.
"""

from __future__ import annotations

from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..ontology import load_json

_JOINING = frozenset({"of", "the", "for", "without", "to", "and", "de", "du", "sans", "in", "on", "at"})
_MIN_WORDS = 3


@cache
def _group_names() -> tuple[str, ...]:
    """The dictionary's group names of ``_MIN_WORDS`` words or more, of letters only."""
    names = {
        group["name"]
        for group in load_json("actor_dictionary.json")["groups"]
        if len(group["name"].split()) >= _MIN_WORDS and all(w.isalpha() for w in group["name"].split())
    }
    return tuple(sorted(names))


_MATCHERS: dict[int, PhraseMatcher] = {}


def _matcher(vocab: Vocab) -> PhraseMatcher:
    """One case-blind matcher of the group names per vocabulary."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        matcher.add("GROUP", [Doc(vocab, words=name.lower().split()) for name in _group_names()])
        _MATCHERS[id(vocab)] = matcher
    return matcher


def _written_as_name(span: Span) -> bool:
    """Every word but the joining words starts with a capital, the first word too."""
    return span[0].text[:1].isupper() and all(t.text[:1].isupper() for t in span if t.lower_ not in _JOINING)


def join_org_names(doc: Doc) -> Doc:
    """Make each dictionary organisation name the text writes one ORG entity (see the module's
    docstring); the Doc returned."""
    found = [
        span
        for _, start, end in _matcher(doc.vocab)(doc)
        if _written_as_name(span := Span(doc, start, end, label="ORG"))
    ]
    if not found:
        return doc
    ents = list(doc.ents)
    # a name the model found whole, or one inside a longer entity, stays as it is
    keep = [
        span
        for span in filter_spans(found)
        if all(
            span.start <= e.start and e.end <= span.end and (e.start, e.end) != (span.start, span.end)
            for e in ents
            if e.start < span.end and span.start < e.end
        )
    ]
    if not keep:
        return doc
    doc.ents = sorted(
        [e for e in ents if not any(s.start < e.end and e.start < s.end for s in keep)] + keep,
        key=lambda e: e.start,
    )
    return doc
