"""Irregular past forms of prefixed verbs, which the model's rule lemmatizer leaves as they are.

The lemmatizer's exception table lists "took" → take but not "retook", "overtook" or "foresaw",
and the tagger, meeting an unknown word, often reads it as a present or a base form. A verb whose
word is a verb prefix plus an irregular form of the table, and is itself no verb the lemmatizer
knows ("resent" stays resent), gets the prefixed lemma (retake); if the tagger read it as a
present, a base form or a noun, it also gets a past tag: a participle after an auxiliary ("had
retaken"), else a past tense ("retook").

The component also reads subjunctive verbs the tagger took for nouns ("demanded that the minister
resign": ``subjunctive``) and a sentence-final claim phrase with a reduced relative clause ("...,
a charge Russian officials denied": ``claim_relatives``).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc

from ..ontology import load_json
from .claim_relatives import ClaimRelatives
from .contract import dateline_component
from .doc_index import token_indices
from .subjunctive import SubjunctiveClauses

_MISREAD_TAGS = frozenset({"VB", "VBP", "VBZ", "NN", "NNP"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_PAST = "Tense=Past|VerbForm=Fin"
_PARTICIPLE = "Aspect=Perf|Tense=Past|VerbForm=Part"


class PrefixedVerbForms:
    """Sets the lemma, tag and morphology of prefixed irregular verb forms (after the lemmatizer)."""

    def __init__(
        self,
        exceptions: dict[str, list[str]],
        known: frozenset[str],
        name: str,
        prefixes: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.exceptions = exceptions
        self.known = known
        self.prefixes = prefixes or verb_prefixes()
        self.subjunctive = SubjunctiveClauses(known)
        self.claims: ClaimRelatives | None = None

    def reading(self, word: str) -> str | None:
        """The lemma of a prefixed irregular verb form ("retook" → retake), if ``word`` is one."""
        word = word.lower()
        if word in self.known:
            return None
        for prefix in self.prefixes:
            stem = word[len(prefix) :]
            if stem.endswith("ing") or len(stem) < 3:
                continue
            if word.startswith(prefix) and stem in self.exceptions:
                return prefix + self.exceptions[stem][0]
        return None

    def __call__(self, doc: Doc) -> Doc:
        """Reads the verb forms of ``doc`` (``read``), then its claim phrases with a reduced relative
        clause (``claim_relatives.ClaimRelatives``, when the pipeline gave the component one)."""
        doc = self.read(doc)
        return doc if self.claims is None else self.claims(doc)

    def read(self, doc: Doc) -> Doc:
        """Reads the verbs the lemmatizer left as written (lemma = lower-case form) in ``doc``, then
        the subjunctive verbs the tagger read as nouns (``subjunctive.SubjunctiveClauses``)."""
        if not len(doc):
            return doc
        array = doc.to_array([POS, LEMMA, LOWER])
        unread = (array[:, 0] == VERB) & (array[:, 1] == array[:, 2])
        for i in unread.nonzero()[0].tolist():
            token = doc[i]
            lemma = self.reading(token.text)
            if lemma is None:
                continue
            token.lemma_ = lemma
            if token.tag_ in _MISREAD_TAGS:
                perfect = any(c.dep_ in _AUXILIARIES for c in token.children)
                token.tag_ = "VBN" if perfect else "VBD"
                token.set_morph(_PARTICIPLE if perfect else _PAST)
        _transitive_lay(doc)
        return self.subjunctive(doc)


def _transitive_lay(doc: Doc) -> None:
    """Gives "lay" with a direct object the lemma lay: the lemmatizer reads "lay" as the past of
    "lie", which takes no object in English ("the rebels lay down their arms", "lay siege to the
    town"; "the bodies lay in a ditch" stays lie)."""
    for i in token_indices(doc, LOWER, ("lay",)):
        token = doc[i]
        if token.lemma_ == "lie" and any(c.dep_ == "dobj" for c in token.children):
            token.lemma_ = "lay"
            if token.tag_ == "VBD":
                token.tag_ = "VBP"
                token.set_morph("Tense=Pres|VerbForm=Fin")


def verb_prefixes() -> tuple[str, ...]:
    """The prefixes that keep an English verb's irregular forms (``verb_prefixes`` of
    ``ontology/english.json``: retake/retook, overrun/overran, foresee/foresaw)."""
    return tuple(load_json("english.json")["verb_prefixes"])


@Language.factory("dateline_verb_forms")
def make_verb_forms(nlp: Language, name: str) -> PrefixedVerbForms:
    """Prefixed irregular verb forms, read with the tables of the pipeline's lemmatizer."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lemmatizer", lemmatizer).lookups
    exceptions = lookups.get_table("lemma_exc", {}).get("verb", {})
    known = frozenset(lookups.get_table("lemma_index", {}).get("verb", ()))
    component = PrefixedVerbForms(dict(exceptions), known, name)
    component.claims = ClaimRelatives(EarlierReading(nlp, name, component))
    return dateline_component(component)


class EarlierReading:
    """Parses a text as the pipeline reads it up to the verb-form component: the components before
    it (tags, sentence starts, parse, lemmas) and the component's own verb-form reading."""

    def __init__(self, nlp: Language, name: str, forms: PrefixedVerbForms) -> None:
        self.nlp = nlp
        self.name = name
        self.forms = forms

    def __call__(self, text: str) -> Doc:
        """``text`` tokenized, parsed and read up to the verb-form component."""
        doc = self.nlp.make_doc(text)
        for name, pipe in self.nlp.pipeline:
            if name == self.name:
                break
            doc = pipe(doc)
        return self.forms.read(doc)
