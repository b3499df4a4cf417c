"""Judgements voiced of someone: criticism or praise in a reported copula clause.

"The senator said the governor was reckless", "'He is a fraud,' she said", "said the minister's
remarks were outrageous": the speech act is criticism (ACCUSE/disapprove, CAMEO 111) or praise
(SUPPORT, 051) from the speaker to the one judged (docs/annotation-guide.md section 2: "the content
of a statement is coded only when the speech act itself is one of the types"). Which words judge
comes from a general sentiment lexicon (``ontology/evaluation_words.json``, built from VADER's by
``scripts/build_evaluation_words.py``) together with the insults and praise of ``event_cues.json``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..ontology import load_json
from .argument_kinds import argument_kinds
from .lexicon import CRITICISM, PRAISE, Sense, cues

# modifiers of a predicate that carry its judgement with it ("a pathetic coward", "reckless and cruel")
JUDGING_DEPS = ("amod", "conj")
# complements of a positive adjective that make it a readiness, a feeling or a skill, not praise
# ("ready to help", "confident of victory", "good at fundraising")
COMPLEMENT_DEPS = ("xcomp", "prep")
# a predicate that picks one of a judged set ("one of the finest leaders")
PARTITIVES = frozenset({"one"})
# complements that make a denied quality a denial of something done ("not responsible for the attack")
DENIAL_PREPS = frozenset({"for", "of", "in"})


@cache
def evaluation_words() -> tuple[frozenset[str], frozenset[str]]:
    """(negative, positive) words: the sentiment lexicon's, the event cues' insults and praise, and
    the labels that condemn a deed (``deed_verdicts``: "a mistake", "a provocation"), which judge
    whoever did it; not the words of a state, fortune or feeling the lexicon rates positive
    (``condition_words``: "alive", "the biggest beneficiaries", "confident") or negative
    (``negative_condition_words``: "dead", "terrified", "sick"), which judge no one."""
    data = load_json("evaluation_words.json")
    c = cues()
    negative = (
        (frozenset(data["negative"]) - c.negative_condition_words) | c.insult_predicates | c.deed_verdicts
    )
    positive = (frozenset(data["positive"]) - c.condition_words) | c.praise_predicates
    return negative - positive, positive - negative


def judgement(predicate: Token) -> Sense | None:
    """CRITICISM or PRAISE when a copula's predicate (with its modifiers) judges; None otherwise.

    A negative word wins over a positive one ("a great disappointment"); a negated modifier reads
    no judgement ("not a bad man"), nor does a positive adjective with a complement ("ready to
    help", "confident of victory", "good at fundraising"), but one of ``correctness_predicates``
    praises with any ("right in saying so")."""
    negative, positive = evaluation_words()
    words = [w for head in _judged_heads(predicate) for w in (head, *_modifiers(head))]
    if any(ch.dep_ == "neg" for w in words for ch in w.children):
        return None
    forms = {w.lower_ for w in words} | {w.lemma_.lower() for w in words}
    if forms & negative:
        return CRITICISM
    if predicate.pos_ == "ADJ" and predicate.lower_ in cues().correctness_predicates:
        # "right in saying so", "right about the economy": said to be right, whatever about
        return PRAISE
    qualified = predicate.pos_ == "ADJ" and any(ch.dep_ in COMPLEMENT_DEPS for ch in _complements(predicate))
    if forms & positive and not qualified:
        return PRAISE
    return None


def _modifiers(word: Token) -> list[Token]:
    return [ch for ch in word.children if ch.dep_ in JUDGING_DEPS]


def _judged_heads(predicate: Token) -> list[Token]:
    """The predicate, and for a partitive one the noun of its "of" phrase: "one of the finest
    leaders", "one of the worst liars" judge as "the finest leaders" does."""
    if predicate.lower_ not in PARTITIVES and predicate.lower_ not in argument_kinds().partitive_heads:
        return [predicate]
    nouns = [p for ch in predicate.children if ch.dep_ == "prep" and ch.lower_ == "of" for p in ch.children]
    return [predicate, *(n for n in nouns if n.dep_ == "pobj")]


def _complements(adjective: Token) -> list[Token]:
    """The adjective's own dependents, and those after it that the parse hung on its copula ("was
    very good on reaction", "has been good at following the rules")."""
    out = list(adjective.children)
    head = adjective.head
    if adjective.dep_ == "acomp" and head.i != adjective.i:
        out.extend(ch for ch in head.children if ch.i > adjective.i)
    return out


def denied_quality(predicate: Token) -> Sense | None:
    """CRITICISM when a negated copula denies its subject a quality of fitness or conduct whose
    denial is a charge (``denied_qualities``: "is not fit to lead", "not qualified", "not honest",
    "not competent"), or a readiness of ``readiness_qualities`` to hold office ("not ready to lead",
    ``office_infinitive``); None otherwise: a state the subject is in ("not happy with the deal",
    "not satisfied"), "not responsible", which clears, a readiness for anything else ("not ready
    for war"), and a predicate with a prepositional complement of ``DENIAL_PREPS``."""
    if any(ch.dep_ == "prep" and ch.lower_ in DENIAL_PREPS for ch in predicate.children):
        return None
    forms = {predicate.lower_, predicate.lemma_.lower()}
    if forms & cues().readiness_qualities and office_infinitive(predicate):
        return CRITICISM
    return CRITICISM if forms & cues().denied_qualities else None


# words that may stand between a quality and its infinitive ("'not ready' to lead")
INFINITIVE_GAP = 2
# the parts of speech an object opens with ("to run the country", "to run Ohio", "to run it")
OBJECT_OPENERS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ"})


def office_infinitive(word: Token) -> bool:
    """Whether the words after a quality are an infinitive of holding office, by word order
    whatever the parse hung it on ("ready to lead", "'not ready' to govern", "prepared to be
    president"): "to" and one of ``office_verbs``, one of ``office_object_verbs`` only with an
    object after it ("ready to run the country", not "ready to run for president"), or "to be" and
    an office of ``verbal_attack_offices``."""
    c = cues()
    after = [t for t in word.doc[word.i + 1 : word.i + 1 + INFINITIVE_GAP + 3] if not t.is_quote]
    if not after or after[0].lower_ != "to" or len(after) < 2:
        return False
    verb = after[1]
    forms = {verb.lemma_.lower(), verb.lower_}
    if forms & c.office_object_verbs:
        return len(after) > 2 and after[2].pos_ in OBJECT_OPENERS
    if forms & c.office_verbs:
        return True
    if verb.lower_ != "be":
        return False
    office = next((t for t in after[2:] if t.pos_ in ("NOUN", "PROPN")), None)
    return office is not None and office.lower_ in c.verbal_attack_offices
