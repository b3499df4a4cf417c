"""Clauses that tell no act of an actor although a word of them is coded as one: a death no one
caused ("the singer has died"), harm a thing does ("a tariff war would hurt both economies") and
an idiom of a verb of force ("shot itself in the foot"). docs/annotation-guide.md section 2 codes
none of them: an event is a specific act of an identifiable actor."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..ontology.cameo import synset_words
from .argument_kinds import names_actor
from .lexicon import Sense, match_noun, match_verb
from .nonevents import nonevent_cues

# the subject of a verb of dying is the one who dies, never the cause of the death
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def death_by_no_one(verb: Token, sense: Sense) -> bool:
    """Whether a verb of dying (``death_verbs``) coded as force only by its dictionary default,
    with its subject undergoing the act ("a retired teacher died at home", "two hikers died in the
    blizzard"), names no act of force that caused the death: no word of its clause but its subject
    codes force of its own ("died in a rebel attack", "died after soldiers beat him" stay
    coded), nor a word of violent death (``death_cause_words``: "in a gunfight", "from a gunshot
    wound", "under torture") or a means of force ("when a mortar round hit"). A death is no actor's
    act; the guide codes the deliberate violence that causes one."""
    if sense.plover != "ASSAULT" or sense.origin != "default" or not sense.role_swap:
        return False
    if verb.lemma_.lower() not in nonevent_cues().death_verbs:
        return False
    subjects = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    for word in verb.subtree:
        if word.i == verb.i or word.i in subjects:
            continue
        if _codes_force(word) or _means(word) or word.lemma_.lower() in nonevent_cues().death_cause_words:
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
    if verb.dep_ == "relcl" and any(d.tag_ in ("WDT", "WP") for d in doers):
        # "the gang, which hurt three guards": the relative pronoun stands for the gang
        doers = [verb.head if d.tag_ in ("WDT", "WP") else d for d in doers]
    return bool(doers) and all(_a_thing(d) for d in doers)


def _a_thing(doer: Token) -> bool:
    """Whether the head of what does an act names a thing: a clause or gerund, a demonstrative or
    a noun that names no actor, codes no act of force and is no means of force."""
    if doer.dep_ in ("csubj", "pcomp") or doer.tag_ == "VBG":
        return True
    if doer.pos_ == "PRON" or doer.tag_ in ("DT", "WDT", "WP"):
        return doer.lower_ in nonevent_cues().thing_pronouns
    if doer.pos_ != "NOUN" or names_actor(doer) or _codes_force(doer) or _means(doer):
        return False
    # "stones thrown by protesters": a thing an actor wields
    return not any(
        t.dep_ == "agent" and any(o.dep_ == "pobj" and names_actor(o) for o in t.children)
        for t in doer.subtree
    )


def _means(word: Token) -> bool:
    """Whether a noun names a means of force, alone or with its compounds ("tear gas", "mortar")."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    means = _means_of_force()
    mods = [c for c in word.lefts if c.dep_ in ("compound", "amod", "nmod")]
    phrases = {" ".join(t.lower_ for t in [*mods[k:], word]) for k in range(len(mods))}
    return word.lemma_.lower() in means or word.lower_ in means or bool(phrases & means)


@cache
def _means_of_force() -> frozenset[str]:
    """Nouns of what does violence by itself: the CAMEO verb dictionary's WEAPON synonym set and
    ``explosion_nouns`` ("the blast hurt 20 people", "a bomb damaged the embassy")."""
    return frozenset(w.lower() for w in synset_words("WEAPON")) | nonevent_cues().explosion_nouns


def force_idiom(verb: Token, plover: str) -> bool:
    """Whether a verb of force or of threatening it is part of an English idiom (``force_idioms``:
    the verb with a noun of its object or of one of its phrases: "the league shot itself in the
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
    reflexive = any(o.lower_.endswith(("self", "selves")) for o in objects)
    heads = list(objects)
    if reflexive:
        # "shot itself in the foot"; never "shot two soldiers in the foot", "was shot in the foot"
        heads += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    reflexive_nouns = nonevent_cues().reflexive_idiom_nouns

    def idiomatic(t: Token) -> bool:
        lemma = t.lemma_.lower()
        return (lemma in nouns or t.lower_ in nouns) and (reflexive or lemma not in reflexive_nouns)

    if not any(idiomatic(t) for t in heads):
        return False
    # "struck a blow against the regime by bombing the pipeline": the act of force is told
    return not any(t.i != verb.i and (_codes_force(t) or _means(t)) for t in verb.subtree if not idiomatic(t))
