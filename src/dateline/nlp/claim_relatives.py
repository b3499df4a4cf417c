"""A claim noun closing a sentence after a comma, with a reduced relative clause that disputes or
confirms it.

Wire news often ends a sentence with a noun phrase that names the sentence's own claim and who
answers it: "Ukraine accused Russia of shelling the plant, a charge Russian officials denied." The
phrase is a reduced relative clause on the claim noun (the relative pronoun left out: "a charge
[that] Russian officials denied"), and the clause before the comma is the main clause. The small
model often reads it otherwise: "a charge Russian officials" as the subject of "denied" and the
main clause as its complement (the accusation reads as what was denied), or "charges" as a verb
coordinated with the main one.

When a sentence's last comma is followed by an optional determiner and adjectives, a claim noun
(``claim_nouns`` of ``ontology/english.json``: "charge", "allegations", "account", ...; a singular
needs its determiner) and a subject, the two parts are parsed apart: the words before the comma as
a sentence of their own (with a full stop), and the phrase with "that" put back after the claim
noun. When the first is a clause and the second reads as a relative clause on the noun whose verb
answers a claim (``claim_answering_verbs``: deny, reject, dispute, confirm, ...) and runs to the end
of the sentence, the sentence takes both parses: the main clause as it reads alone, the claim noun
as its noun-phrase adverbial and the relative clause on it, as the model parses the same phrase
with the relative pronoun written ("a charge that Moscow denied").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from ..ontology import load_json

# determiners that open the claim's noun phrase ("a charge", "the allegations")
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
# words that open a relative clause the model reads as one ("a charge which Moscow denied")
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "what"})
# the relative word the model may read as a complementizer ("charges that Moscow has rejected")
_WRITTEN = "that"
_CLAUSE_HEAD_POS = frozenset({"VERB", "AUX"})
# a relative clause whose verb has one of these has an object of its own, so the claim is not its gap
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"})
# the relative word put in (or in place of "that") for the second parse
_INSERTED = "which"
# relative head offsets are stored as unsigned 64-bit words
_WORD = (1 << 64) - 1


@lru_cache(maxsize=1)
def claim_words() -> tuple[frozenset[str], frozenset[str]]:
    """The claim nouns (singular and plural forms) and the lemmas of the verbs that answer a claim
    (``ontology/english.json``)."""
    data = load_json("english.json")
    return frozenset(data["claim_nouns"]), frozenset(data["claim_answering_verbs"])


class ClaimRelatives:
    """Reparses a sentence-final claim phrase with a reduced relative clause ("..., a charge
    Russian officials denied.") as a relative clause on the claim noun, and the clause before it as
    the main clause. ``parse`` parses a text with the pipeline's components that run before this
    one (tags, parse, lemmas), with no further dateline reading."""

    def __init__(self, parse: Callable[[str], Doc]) -> None:
        self.parse = parse

    def claim_noun(self, sent: Span) -> tuple[int, int] | None:
        """The index of the sentence's last comma and of the claim noun that opens the phrase after
        it, when the phrase has the shape of a claim noun with a reduced relative clause, else None."""
        nouns, verbs = claim_words()
        commas = [t.i for t in sent if t.text == ","]
        if not commas or commas[-1] == sent.start:
            return None
        comma = commas[-1]
        i = comma + 1
        determined = i < sent.end and sent.doc[i].lower_ in _DETERMINERS
        if determined:
            i += 1
        while i < sent.end and sent.doc[i].tag_ in _ADJECTIVE_TAGS and sent.doc[i].lower_ not in nouns:
            i += 1
        if i + 2 >= sent.end:
            return None
        noun, after = sent.doc[i], sent.doc[i + 1]
        if noun.lower_ not in nouns or not (determined or noun.lower_.endswith("s")):
            return None
        # only a phrase with a verb that answers a claim is parsed again ("..., the report said." is not)
        if not any(t.lemma_.lower() in verbs for t in sent.doc[i + 1 : sent.end]):
            return None
        if after.lower_ == _WRITTEN:
            return comma, i
        if after.lower_ in _RELATIVE_WORDS or after.pos_ in ("ADP", "PUNCT", "CCONJ", "SCONJ"):
            return None
        return comma, i

    def __call__(self, doc: Doc) -> Doc:
        """Reads the claim phrases with a reduced relative clause in ``doc``'s sentences."""
        if not doc.has_annotation("DEP"):
            return doc
        for sent in list(doc.sents):
            found = self.claim_noun(sent)
            if found is not None:
                self.reparse(doc, sent, *found)
        return doc

    def reparse(self, doc: Doc, sent: Span, comma: int, noun: int) -> bool:
        """Gives ``sent`` the parse of its main clause alone and of the relative clause on the claim
        noun at ``noun`` when both parse as such; whether it did."""
        written = doc[noun + 1].lower_ == _WRITTEN
        position = noun - comma - 1
        main = self._main_clause(doc[sent.start : comma])
        tail = self._relative_clause(doc[comma + 1 : sent.end], position, written)
        if main is None or tail is None:
            return False
        root = sent.start + next(t.i for t in main if t.dep_ == "ROOT")
        assignments: dict[int, tuple[int, str]] = {}
        for t in main[: comma - sent.start]:
            assignments[sent.start + t.i] = (sent.start + t.head.i, t.dep_)
        assignments[comma] = (root, "punct")

        def absolute(sub: Token) -> int:
            return comma + 1 + sub.i - (1 if sub.i > position + 1 and not written else 0)

        kept = [t for t in tail if written or t.i != position + 1]
        for t in kept:
            i = absolute(t)
            if t.i == position:
                assignments[i] = (root, "npadvmod")
            elif t.head.i == position and t.dep_ == "punct" and t.i > position + 1:
                assignments[i] = (root, "punct")
            else:
                assignments[i] = (absolute(t.head), t.dep_)
        if not _set_heads(doc, assignments):
            return False
        for t in main[: comma - sent.start]:
            _copy_reading(t, doc[sent.start + t.i])
        for t in kept:
            target = doc[absolute(t)]
            lemma = target.lemma_
            _copy_reading(t, target)
            if t.i == position + 1:
                target.lemma_ = lemma
        return True

    def _main_clause(self, span: Span) -> Doc | None:
        """The words before the comma parsed as a sentence of their own, when they make one clause."""
        sub = self.parse(span.text + ".")
        if len(list(sub.sents)) != 1 or [t.text for t in sub[:-1]] != [t.text for t in span]:
            return None
        roots = [t for t in sub if t.dep_ == "ROOT"]
        if len(roots) != 1 or roots[0].pos_ not in _CLAUSE_HEAD_POS:
            return None
        return sub

    def _relative_clause(self, span: Span, position: int, written: bool) -> Doc | None:
        """The claim phrase parsed with "which" after its noun (at ``position`` in ``span``; in
        place of the "that" there when ``written``), when it reads as the noun with a relative
        clause whose verb answers the claim, has the claim as its gap and runs to the end of the
        phrase."""
        _, verbs = claim_words()
        words = [t.text_with_ws for t in span]
        expected = [t.text for t in span]
        if written:
            words[position + 1] = _INSERTED + span[position + 1].whitespace_
            expected[position + 1] = _INSERTED
        else:
            words.insert(position + 1, _INSERTED + " ")
            expected.insert(position + 1, _INSERTED)
        sub = self.parse("".join(words))
        if [t.text for t in sub] != expected or len(list(sub.sents)) != 1:
            return None
        noun, inserted = sub[position], sub[position + 1]
        relatives = [c for c in noun.children if c.dep_ == "relcl"]
        if noun.dep_ != "ROOT" or len(relatives) != 1 or list(inserted.children):
            return None
        verb = relatives[0]
        if verb.lemma_.lower() not in verbs or inserted.head.i != verb.i:
            return None
        if any(c.dep_ in _OBJECT_DEPS and c.i != inserted.i for c in verb.children):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and inserted.i < c.i < verb.i]
        if not subjects:
            return None
        # the phrase ends with the relative clause: what follows is the verb's or final punctuation
        for t in sub[verb.i + 1 :]:
            verbs_own = verb.i in {a.i for a in t.ancestors}
            if t.pos_ in _CLAUSE_HEAD_POS or not (t.is_punct or t.is_space or verbs_own):
                return None
        return sub


def _set_heads(doc: Doc, assignments: dict[int, tuple[int, str]]) -> bool:
    """Gives the tokens at the keys of ``assignments`` their (head index, dependency label), all at
    once; undone, and False, when the new tree would move a sentence boundary."""
    original = doc.to_array([HEAD, DEP])
    starts = [t.is_sent_start for t in doc]
    heads = original.copy()
    for i, (head, dep) in assignments.items():
        heads[i, 0] = numpy.uint64((head - i) & _WORD)
        heads[i, 1] = doc.vocab.strings.add("ROOT" if head == i else dep)
    doc.from_array([HEAD, DEP], heads)
    if [t.is_sent_start for t in doc] == starts:
        return True
    doc.from_array([HEAD, DEP], original)
    return False


def _copy_reading(source: Token, target: Token) -> None:
    """Gives ``target`` the tag, part of speech, morphology and lemma ``source`` has."""
    target.tag_ = source.tag_
    target.pos_ = source.pos_
    target.set_morph(str(source.morph))
    target.lemma_ = source.lemma_
