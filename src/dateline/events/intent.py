"""Intent stated by a copula and a predicate of readiness, willingness, determination or commitment
(``ontology/intent_predicates.json``): "Iran is ready to resume talks", "the government is determined
to crush the rebellion", "Germany is committed to military action against the militants". The
predicate is its subject's promise (CAMEO 030), typed by the act it commits to as the verbs of
promising are (``extract.EventCoder._code``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..ontology import load_json
from .lexicon import Sense, cues, promised_code, recode
from .threats import act_code

INTENT_FILE = "intent_predicates.json"
# the CAMEO code and PLOVER type of a promise that names no act of its own ("express intent to cooperate")
PROMISE_CODE = "030"
PROMISE_TYPE = "AGREE"
# the rule prefix of a trigger read from an intent predicate
INTENT_RULE = "intent:"


@dataclass(frozen=True)
class IntentWords:
    """The predicates of intent, those that also take a ``to`` phrase of an act, and the copulas."""

    predicates: frozenset[str]
    noun_predicates: frozenset[str]
    copulas: frozenset[str]
    nouns: frozenset[str]
    voicing_verbs: frozenset[str]


@cache
def intent_words() -> IntentWords:
    """The intent predicates, loaded once."""
    data = load_json(INTENT_FILE)
    return IntentWords(
        predicates=frozenset(data["predicates"]),
        noun_predicates=frozenset(data["noun_predicates"]),
        copulas=frozenset(data["copulas"]),
        nouns=frozenset(data["intent_nouns"]),
        voicing_verbs=frozenset(data["voicing_verbs"]),
    )


def intent_shaped(token: Token) -> bool:
    """Whether a word is an intent predicate said of its subject by a copula: an adjective the
    copula's complement ("is ready"), or a participle with a copula and no "by" agent ("is
    committed", "were prepared"), which is no passive."""
    words = intent_words()
    if token.lower_ not in words.predicates:
        return False
    if token.dep_ == "acomp":
        return token.head.lemma_.lower() in words.copulas
    if token.tag_ != "VBN":
        return False
    children = list(token.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "auxpass" and c.lemma_.lower() in words.copulas for c in children)


def _to_infinitive(token: Token) -> Token | None:
    """A predicate's "to" infinitive ("ready to resume"), or None."""
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and child.i > token.i:
            if any(c.tag_ == "TO" for c in child.children if c.dep_ == "aux"):
                return child
    return None


def committed_acts(token: Token) -> list[Token]:
    """The nouns and gerunds of the "to" phrase of an intent predicate of ``noun_predicates``
    said of a named party or a pronoun ("Norway is committed to military action", "we are
    committed to fighting the insurgents")."""
    if token.lower_ not in intent_words().noun_predicates or not intent_shaped(token):
        return []
    # an adjective's subject is its copula's ("he is committed": "committed" acomp of "is")
    holder = token.head if token.dep_ == "acomp" else token
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(s.pos_ in ("PROPN", "PRON") for s in subjects):
        # "additional troops were committed to the battle": forces sent into it by someone, a
        # passive; a named party or a pronoun for one commits itself ("Norway is committed to ...")
        return []
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def intent_trigger_sense(token: Token) -> Sense | None:
    """The promise an intent predicate makes when it governs a "to" infinitive or (for
    ``noun_predicates``) a "to" phrase naming an act (``committed_code``); None when the word is
    no intent predicate or commits to nothing."""
    if not intent_shaped(token):
        return None
    if _to_infinitive(token) is None and committed_code(token) is None:
        # "committed to the alliance", "committed to hospital": no act to commit to
        return None
    return Sense(key=token.lower_, cameo=PROMISE_CODE, plover=PROMISE_TYPE)


def _voiced_nouns(verb: Token) -> list[Token]:
    """The ``intent_nouns`` words a ``voicing_verbs`` verb has as direct objects ("expressed
    willingness", "signalled its readiness"); none for any other verb."""
    words = intent_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.voicing_verbs:
        return []
    return [n for n in verb.children if n.dep_ == "dobj" and n.lemma_.lower() in words.nouns]


def voices_intent(verb: Token) -> bool:
    """Whether a ``voicing_verbs`` verb has an ``intent_nouns`` word as direct object ("expressed
    a desire for closer ties", "signalled its readiness"): it states an intent, the promise of the
    act the noun names (``voiced_intent_sense``) or, naming none, a plain statement."""
    return bool(_voiced_nouns(verb))


def voiced_intent_act(verb: Token) -> Token | None:
    """The act an intent noun voiced by ``verb`` states the intent to do: the "to" infinitive of an
    ``intent_nouns`` word that is the direct object of a ``voicing_verbs`` verb ("expressed
    willingness to resume talks", "signalled its readiness to negotiate": "resume", "negotiate");
    else None."""
    for noun in _voiced_nouns(verb):
        for act in noun.children:
            if act.dep_ in ("acl", "xcomp") and act.pos_ == "VERB" and act.i > noun.i:
                if any(c.tag_ == "TO" for c in act.children if c.dep_ == "aux"):
                    return act
    return None


def voiced_intent_sense(verb: Token) -> Sense | None:
    """The promise a verb voicing an intent noun with an infinitive makes (``voiced_intent_act``):
    CAMEO 030, recoded by the act as the verbs of promising are; else None."""
    act = voiced_intent_act(verb)
    if act is not None:
        return Sense(key=act.head.lemma_.lower(), cameo=PROMISE_CODE, plover=PROMISE_TYPE)
    if voiced_code(verb) is not None:
        noun = voiced_acts(verb)[0].head.head
        return Sense(key=noun.lemma_.lower(), cameo=PROMISE_CODE, plover=PROMISE_TYPE)
    return None


def voiced_acts(verb: Token) -> list[Token]:
    """The nouns of acts in the "for" phrase of an ``intent_nouns`` word that is the direct object
    of a ``voicing_verbs`` verb ("signalled willingness for talks", "voiced readiness for a
    ceasefire": "talks", "ceasefire"), as the CAMEO dictionary's '- * WILLINGNESS (FOR TALKS)
    [036] # INDICATE' and '- * DESIRE (FOR &NEGOTIATION) [036] # EXPRESS' read them."""
    return [
        act
        for noun in _voiced_nouns(verb)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for act in prep.children
        if act.dep_ == "pobj" and act.pos_ == "NOUN"
    ]


def voiced_code(verb: Token) -> tuple[str, str, str] | None:
    """(CAMEO, PLOVER type, the act's lemma) of the intent a verb voices by an intent noun's "for"
    phrase naming an act (``voiced_acts``): the act's code recoded to the intention by
    ``intent_recode`` ("willingness for talks": 036, AGREE); None when no act there is one the
    recoding knows ("desire for peace": a hope, no intent to act)."""
    for act in voiced_acts(verb):
        code = act_code(act)
        hit = recode(code, cues().intent_recode) if code else None
        if hit:
            return hit[0], hit[1], act.lemma_.lower()
    return None


def voicing_verb(act: Token) -> Token | None:
    """The verb voicing the intent noun whose infinitive ``act`` is (``voiced_intent_act``), else
    None."""
    noun = act.head
    if act.dep_ not in ("acl", "xcomp") or noun.dep_ != "dobj":
        return None
    verb = noun.head
    voiced = voiced_intent_act(verb)
    return verb if voiced is not None and voiced.i == act.i else None


def committed_code(token: Token) -> tuple[str, str, str] | None:
    """(CAMEO, PLOVER type, the act's lemma) of the intent an intent predicate of
    ``noun_predicates`` states by the act its "to" phrase names: a noun of an act ("committed to
    military action": an act of armed forces, 190, so a threat, 13) or a gerund the CAMEO
    dictionary codes ("committed to crushing the revolt"), recoded to the intention by
    ``intent_recode``; None when it names no act the recoding knows ("committed to the alliance")."""
    for act in committed_acts(token):
        code = promised_code(act) if act.tag_ == "VBG" else act_code(act)
        hit = recode(code, cues().intent_recode) if code else None
        if hit:
            return hit[0], hit[1], act.lemma_.lower()
    return None
