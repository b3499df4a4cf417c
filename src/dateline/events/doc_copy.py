"""A copy of a spaCy parse with some of its token attributes replaced, for headline re-readings."""

from __future__ import annotations

from spacy.tokens import Doc


def copy_parse(parsed: Doc, **changed: list) -> Doc:
    """A copy of a parse (words, spaces, tags, pos, deps, heads, lemmas, entities) with the lists
    given in ``changed`` in place of its own."""
    own = {
        "words": [t.text for t in parsed],
        "spaces": [bool(t.whitespace_) for t in parsed],
        "tags": [t.tag_ for t in parsed],
        "pos": [t.pos_ for t in parsed],
        "deps": [t.dep_ for t in parsed],
        "heads": [t.head.i for t in parsed],
        "lemmas": [t.lemma_ for t in parsed],
        "ents": [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed],
    }
    return Doc(parsed.vocab, **(own | changed))
