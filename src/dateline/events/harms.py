"""Harm said to be done by someone: criticism voiced with a verb of the sentiment lexicon.

"The senator said the administration was wrecking the economy", "'The governor has neglected our
schools,' she said": a clause someone reports in which an actor does something the sentiment
lexicon (``ontology/evaluation_words.json``, VADER's) rates negative to someone or something is the
speaker's criticism of that actor, ACCUSE/disapprove 111 (docs/annotation-guide.md section 2: the
content of a statement is coded when the speech act is one of the types; section 1: quoted criticism
is coded in each sentence of the quote that names or refers to its target). A verb of feeling,
suffering, losing or contending (``undergoing_verbs``, ``stative_verbs``: "said the farmers feared the
drought", "said the team lost the game") tells what befell or moved its subject, no judgement; a verb
the event lexicon codes on its own ("said the army attacked the town") is that event, and harm
told of an offender or a non-state armed group is a crime or an attack reported. A fault of conduct
told, shown or spread (``conduct_light_verbs``: "said the senator tells lies", "has shown contempt
for the voters") is criticism the same way.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..ontology.cameo import synset_words
from .argument_kinds import names_people
from .evaluation import evaluation_words
from .lexicon import Sense, cues, match_verb
from .nonevents import generic_subject, habitual, standing, state_actor

# a harm claimed of someone: the speaker's criticism of them
HARM = Sense(key="harm", cameo="111", plover="ACCUSE", mode="disapprove")
# the speaker's own side and the one addressed: "we have failed them" is no criticism of another
OWN_OR_ADDRESSED = frozenset({"i", "we", "you", "us", "me"})
# CAMEO sectors of offenders and armed groups outside the state (criminals, rebels, insurgents,
# unaligned and paramilitary forces): harm told of them is a crime or an attack reported ("police said
# the thief had damaged the door"), not a judgement of a political actor
OFFENDER_SECTORS = frozenset({"CRM", "REB", "INS", "UAF", "PRM"})
# verbs of the light verbs that show a quality ("showed contempt") rather than tell or do a wrong
SHOWING_VERBS = frozenset({"show", "display"})
# figures a business or a budget makes or shows, no fault of conduct ("made losses", "made a deficit")
FIGURE_NOUNS = frozenset({"loss", "losses", "deficit", "deficits", "debt", "debts", "shortfall"})
# dependents that make a clause a condition, a purpose or a time, not a claim of what was done
FRAMING_MARKS = frozenset({"if", "unless", "whether", "lest", "when", "before", "until", "so"})


def harming_verb(verb: Token) -> bool:
    """Whether a verb is a harm or wrong done by its subject: a verb the sentiment lexicon rates
    negative, with a direct object (its own or that of a verb coordinated with it: "mocked and
    ridiculed the nominee"), not one of feeling, suffering or contending, and no event of its own."""
    if verb.pos_ != "VERB":
        return False
    if judged_conduct(verb):
        return True
    negative, _ = evaluation_words()
    c = cues()
    if not _forms(verb) & negative or _stems(verb) & (c.undergoing_verbs | c.stative_verbs):
        return False
    objects = [ch for v in (verb, *(ch for ch in verb.children if ch.dep_ == "conj")) for ch in v.children]
    if not any(o.dep_ == "dobj" for o in objects):
        return False
    return match_verb(verb) is None


def judged_conduct(verb: Token) -> bool:
    """Whether a verb judges its subject's conduct rather than telling a material act: one of
    ``people_judged_verbs`` with a direct object naming people ("has failed its farmers", "abandoned
    the flood victims") or one of ``judged_conduct_verbs`` with any direct object
    ("undermined the talks"), that the event lexicon reads by no pattern of its object, at most by its
    block's default ("fail": reject; a pattern's reading stays: "abandoned the stronghold")."""
    if verb.pos_ != "VERB":
        return False
    c = cues()
    lemma = verb.lemma_.lower()
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    if lemma in c.people_judged_verbs:
        judged = any(_people(o) for o in objects)
    elif lemma in c.judged_conduct_verbs:
        judged = bool(objects)
    else:
        return False
    sense = match_verb(verb) if judged else None
    return judged and (sense is None or sense.origin.startswith("default"))


# pronouns of people a verb of conduct judged may wrong ("has failed us", "abandoned them")
PEOPLE_PRONOUNS = frozenset({"us", "them", "him", "her", "me", "you"})
# entity types of people named
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})


def _people(noun: Token) -> bool:
    """Whether an object names people: a personal pronoun, a name of a person or a people, or a common
    noun of people (``names_people``) that is no place held or left (``held_place_nouns``, the CAMEO
    dictionary's &STRONGHOLD and &TOWN sets: "abandoned their positions", "deserted the town")."""
    if noun.pos_ == "PRON":
        return noun.lower_ in PEOPLE_PRONOUNS
    if noun.ent_type_:
        return noun.ent_type_ in PEOPLE_ENTITIES
    places = cues().held_place_nouns | synset_words("STRONGHOLD", "TOWN")
    return names_people(noun) and not {noun.lemma_.lower(), noun.lower_} & places


def _forms(verb: Token) -> set[str]:
    """The verb as written, its lemma and the lemma's -ing form, as the lexicon lists a verb under
    any of them ("wreck", "undermining", "lied")."""
    lemma = verb.lemma_.lower()
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    return {verb.lower_, lemma, f"{stem}ing"}


# endings of English verb forms, to find the bare verb when the lemmatizer misreads one ("scares":
# "scar")
INFLECTIONS = ("s", "es", "d", "ed", "ing")


def _stems(verb: Token) -> set[str]:
    """The lemma and the word as written without each inflectional ending."""
    word = verb.lower_
    return {verb.lemma_.lower(), word, *(word[: -len(e)] for e in INFLECTIONS if word.endswith(e))}


def conduct_object(verb: Token) -> Token | None:
    """The direct object by which a verb of showing, telling or spreading (``conduct_light_verbs``)
    puts a fault of conduct on its doer ("tells lies", "showed contempt for the voters", "spread
    hatred", "made mistakes"): a noun the sentiment lexicon rates negative that tells no state or
    fortune (``negative_condition_words``); None otherwise."""
    c = cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in c.conduct_light_verbs:
        return None
    negative, _ = evaluation_words()
    for obj in (ch for ch in verb.children if ch.dep_ == "dobj" and ch.pos_ == "NOUN"):
        forms = {obj.lower_, obj.lemma_.lower()}
        if not forms & negative or forms & (c.negative_condition_words | c.undergoing_verbs | FIGURE_NOUNS):
            continue
        if verb.lemma_.lower() in SHOWING_VERBS and not _quality(obj):
            # "showed losses", "showed a deficit": a figure shown, no fault of conduct
            continue
        return obj
    return None


def _quality(noun: Token) -> bool:
    """Whether a noun is a quality, as English names one: singular, without a count or an indefinite
    article ("contempt", "his arrogance"), not a thing counted ("losses", "a deficit")."""
    if noun.tag_ != "NN":
        return False
    return not any(
        ch.dep_ == "nummod" or (ch.dep_ == "det" and ch.lower_ in ("a", "an")) for ch in noun.children
    )


def claimed(verb: Token) -> bool:
    """Whether a verb says what was or is being done: not negated, under no modal ("could damage",
    "would hurt": a forecast or a worry), no condition, purpose or time clause, and not asked."""
    if any(ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for ch in verb.children):
        return False
    if any(ch.dep_ == "mark" and ch.lower_ in FRAMING_MARKS for ch in verb.children):
        return False
    if verb.tag_ == "VB" and not any(ch.dep_ == "aux" for ch in verb.children):
        # a bare infinitive with no auxiliary: an imperative or a wish, not a claim
        return False
    return not verb.sent.text.rstrip().rstrip("\"'”’").endswith("?")


def harm_doer(verb: Token) -> Token | None:
    """The subject of a harming clause when it names people other than the speaker's side or the one
    addressed and is no generic public ("people", "everyone"); None otherwise."""
    heads = [verb, *(a for a in verb.children if a.dep_ == "aux")]
    subject = next((ch for h in heads for ch in h.children if ch.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in OWN_OR_ADDRESSED or generic_subject(subject):
        return None
    if any(d.dep_ == "poss" and d.lower_ in ("our", "my") for d in subject.children):
        return None
    return subject if names_people(subject) else None


def harm_clauses(clauses: list[Token]) -> list[tuple[Token, Token]]:
    """(doer, verb) of the clauses (those a reporting verb governs, or the root of a quoted sentence)
    whose verb claims a harm done by an actor: criticism of that actor by the speaker."""
    out: list[tuple[Token, Token]] = []
    for clause in clauses:
        doer = harm_doer(clause)
        if doer is None:
            continue
        # verbs joined to the clause's that share its subject ("had ignored the warnings and
        # wasted the money"); the first harming one is the event
        shared = [v for v in clause.children if v.dep_ == "conj" and v.pos_ == "VERB" and not _has_subject(v)]
        verbs = (clause, *shared)
        verb = next((v for v in verbs if (harming_verb(v) or conduct_object(v)) and claimed(v)), None)
        if verb is not None and not _standing_claim(clause):
            out.append((doer, verb))
    return out


def _standing_claim(clause: Token) -> bool:
    """Whether a standing record ("have harassed journalists for decades", ``nonevents.standing``) is
    said under a reporting verb in the simple present ("activists say"): a claim made again and
    again, no saying of the story's (as "has long accused" is none); said once ("said the governor
    has neglected the schools for years") it is. A reporting verb that itself tells a habit or a
    standing record ("always says", "has repeatedly argued") reports no saying of the story's
    either."""
    head = clause.head
    if clause.dep_ != "ccomp":
        return False
    if habitual(head) or standing(head):
        # "always says", "has repeatedly argued": claims made again and again, no saying of the
        # story's own
        return True
    return head.tag_ in ("VBP", "VBZ") and standing(clause)


def _has_subject(verb: Token) -> bool:
    return any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children)


def offender(actor: dict[str, Any]) -> bool:
    """Whether a coded actor is an offender or a non-state armed group (``OFFENDER_SECTORS``, or an
    international militarized group, IMG)."""
    code = str(actor.get("code") or "")
    return (actor.get("sector") or "") in OFFENDER_SECTORS or code.startswith("IMG")


def public_actor(actor: dict[str, Any]) -> bool:
    """Whether a coded actor is a state, a political or an armed one: a sector of ``state_sectors``, or
    a country or an international body coded with no sector (the state or the body itself)."""
    return state_actor(actor) or (bool(actor.get("code")) and not actor.get("sector"))
