"""Clauses that tell no act of an actor although a word of them is coded as one: a death no one
caused ("the singer has died"), an obligation the speaker states ("we must help the families") and
harm a thing does ("a tariff war would hurt both economies") and a closure a natural hazard
makes ("the blizzard closed schools").
docs/annotation-guide.md section 2 codes neither: an event is a specific act of an identifiable
actor, and recommendations and opinions voiced in a statement are not events."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..ontology import load_json
from .argument_kinds import names_actor
from .lexicon import Sense, match_noun, match_verb
from .nonevents import HAZARD_LINKS, HAZARD_PREPS, MAX_CLIMB, deontic, hazard, nonevent_cues

# the subject of a verb of dying is the one who dies, never the cause of the death
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def death_by_no_one(verb: Token, sense: Sense) -> bool:
    """Whether a verb of dying (``death_verbs``) coded as force only by its dictionary default,
    with its subject undergoing the act ("a retired teacher died at home", "two hikers died in the
    blizzard"), names no act of force that caused the death: no word of its clause but its subject
    codes force of its own ("died in a rebel attack", "died after he was hit by a brick" stay
    coded). A death is no actor's act; the guide codes the deliberate violence that causes one."""
    if sense.plover != "ASSAULT" or sense.origin != "default" or not sense.role_swap:
        return False
    if verb.lemma_.lower() not in nonevent_cues().death_verbs:
        return False
    subjects = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    for word in verb.subtree:
        if word.i == verb.i or word.i in subjects:
            continue
        if _codes_force(word):
            return False
    return True


def _codes_force(word: Token) -> bool:
    """Whether a noun or a verb has a sense of force of its own ("attack", "clashes", "hit")."""
    if word.pos_ == "NOUN":
        sense = match_noun(word)
    elif word.pos_ == "VERB":
        sense = match_verb(word)
    else:
        return False
    return sense is not None and sense.plover == "ASSAULT"


def speaker_obligation(verb: Token, subject: Token | None, plover: str) -> bool:
    """Whether a clause states what the speaker's own side must, should or needs to do (a deontic
    frame, ``deontic``, with a first-person subject of ``obligating_pronouns``: "we must help the
    families", "we need to support our nurses", "I have to defend my farmers"): a recommendation
    voiced in a statement, not an act (docs/annotation-guide.md sections 2 and 4). Speech acts that
    the saying itself performs (``performed_types``: "we must condemn this attack", "we must reject
    the offer") stay coded."""
    c = nonevent_cues()
    if plover in c.performed_types or subject is None or subject.pos_ != "PRON":
        return False
    if subject.lower_ not in c.obligating_pronouns:
        return False
    # "we ought to help": the parse makes "ought" the verb and the act its to-infinitive
    ought = verb.dep_ == "xcomp" and verb.head.lower_ in c.deontic_modals
    return ought or deontic(verb)


def harm_by_a_thing(verb: Token, plover: str) -> bool:
    """Whether a verb of harm (``harm_verbs``: "hurt", "harm", "damage") coded as force has a
    thing, not an actor, as what does the harm: a subject (or a passive's "by" phrase) that is a
    clause, a gerund, a demonstrative (``thing_pronouns``: "that hurt him") or a noun that names no
    actor and no act of force ("a tariff war would hurt both economies", "the scandal could harm
    the party's candidates", "the firm was hurt by falling prices"). Harm to someone's prospects or
    interests is no deliberate violence, the PLOVER codebook's ASSAULT; "the blast hurt 20 people"
    and "the rioters hurt two officers" stay coded."""
    c = nonevent_cues()
    if plover != "ASSAULT" or verb.lemma_.lower() not in c.harm_verbs:
        return False
    doers = [ch for ch in verb.children if ch.dep_ in ("nsubj", "csubj")]
    agents = [ch for ch in verb.children if ch.dep_ == "agent"]
    doers += [o for ch in agents for o in ch.children if o.dep_ in ("pobj", "pcomp")]
    return bool(doers) and all(_a_thing(d) for d in doers)


def _a_thing(doer: Token) -> bool:
    """Whether the head of what does an act names a thing: a clause or gerund, a demonstrative or
    a noun that names no actor, codes no act of force and is no means of force."""
    if doer.dep_ in ("csubj", "pcomp") or doer.tag_ == "VBG":
        return True
    if doer.pos_ == "PRON" or doer.tag_ in ("DT", "WDT", "WP"):
        return doer.lower_ in nonevent_cues().thing_pronouns
    if doer.pos_ != "NOUN" or names_actor(doer) or _codes_force(doer):
        return False
    return doer.lemma_.lower() not in _means_of_force() and doer.lower_ not in _means_of_force()


@cache
def _means_of_force() -> frozenset[str]:
    """Nouns of what does violence by itself: the CAMEO verb dictionary's WEAPON synonym set and
    ``explosion_nouns`` ("the blast hurt 20 people", "a bomb damaged the embassy")."""
    weapons = load_json("cameo_verbs.json")["synsets"].get("WEAPON", ())
    return frozenset(w.lower() for w in weapons) | nonevent_cues().explosion_nouns


def closed_by_hazard(verb: Token, plover: str) -> bool:
    """Whether a closure, a ban or a cut (a type of ``hazard_closure_types``: coercion, reduced
    relations) is done by a natural hazard (``hazard``): the subject of the predicate or, while it
    has none of its own, of the clause it hangs on ("a blizzard dropped a foot of snow, closing
    schools and highways"), or, with no active subject, its "by", "in" or "during" phrase ("roads
    were closed by the floods"; not "the army closed the crossing during the floods"). A hazard is
    no one's act; a state closing offices for a storm stays coded ("the governor closed state
    offices ahead of the storm")."""
    if plover not in nonevent_cues().hazard_closure_types:
        return False
    current = verb
    for _ in range(MAX_CLIMB):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(s.dep_ == "nsubj" for s in subjects) and _hazard_phrase(current):
            return True
        if subjects:
            return all(hazard(s) for s in subjects)
        if current.dep_ not in HAZARD_LINKS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _hazard_phrase(verb: Token) -> bool:
    """Whether a verb's "by", "in" or "during" phrase names a natural hazard ("closed by the floods")."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in HAZARD_PREPS]
    return any(o.dep_ == "pobj" and hazard(o) for p in preps for o in p.children)


def force_idiom(verb: Token, plover: str) -> bool:
    """Whether a verb of force or of threatening it is part of an English idiom (``force_idioms``:
    the verb with a noun of its object or of one of its phrases: "would be shooting itself in the
    foot", "struck a blow for press freedom", "beat the drum for the reform", "killed two birds
    with one stone"): no violence and no threat of it (docs/annotation-guide.md section 2: word
    senses that are not the event). An object naming someone other than the doer keeps the act
    ("shot two soldiers in the foot")."""
    if plover not in ("ASSAULT", "THREATEN"):
        return False
    nouns = nonevent_cues().force_idioms.get(verb.lemma_.lower())
    if not nouns:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(names_actor(o) and not o.lower_.endswith(("self", "selves")) for o in objects):
        # "shot two soldiers in the foot": done to someone other than the doer, no idiom
        return False
    phrases = [c for c in verb.children if c.dep_ in ("dobj", "prep", "nsubjpass")]
    words = [t for p in phrases for t in p.subtree if t.pos_ == "NOUN"]
    return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in words)
