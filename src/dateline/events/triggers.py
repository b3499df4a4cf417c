"""Trigger finding: the event predicates of a sentence (verbs, light verb + event noun, event nouns).

A verb is coded by the CAMEO dictionary patterns and the frame lexicon (``lexicon.match_verb``); a
light verb ("stage", "issue", "lodge") with an event noun as its object takes the noun's coding
("staged a protest" is PROTEST, not "stage"); an event noun with a possessor or a by-phrase is a
trigger of its own ("Iran's attack on ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Span, Token

from ..nlp.doc_index import span_rows
from ..ontology import load_json
from ..ontology.cameo import cameo_code
from .actors import actor_word, names_sum
from .argument_kinds import (
    ACTOR,
    TIME_ENTITIES,
    argument_kinds,
    names_actor,
    names_people,
    names_place,
    object_kinds,
    prep_objects,
)
from .findings import finding_doer
from .grievance import GRIEVANCE_RULE, grievance_sense, grievance_words
from .intent import (
    INTENT_RULE,
    committed_acts,
    intent_shaped,
    intent_trigger_sense,
    intent_words,
    voiced_acts,
    voiced_intent_act,
    voiced_intent_sense,
    voices_intent,
)
from .lexicon import (
    CRITICISM,
    Sense,
    armed_terms,
    cues,
    dictionary_sense,
    hyphened_start,
    judged_after,
    lexicon,
    match_noun,
    match_verb,
    object_lemmas,
    promised_code,
    taunted_act,
    verb_lemma,
    verb_lemmas,
)
from .nonevents import NONEVENT_CUES_FILE, nonevent_cues, question_clause, uses_for_purpose
from .patterns import match_cameo_verb

CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "conj", "pcomp", "csubj", "parataxis", "dep", "relcl", "acl"}
)
LIGHT_PREPS = ("for", "in", "into", "on", "under")
# the prepositions after a sum or measure that name what it is of ("$2 billion in aid", "tonnes of food")
AMOUNT_PREPS = ("in", "of")
# entity types of a share of a whole, not a sum: "40 percent of the strikes" counts acts, whoever did them
SHARE_ENTS = frozenset({"PERCENT"})
# the reading of a light verb whose support noun names no event: no event at all
SUPPORT_ONLY = Sense(key="support", cameo="", plover="")
CAMEO_VERBS_FILE = "cameo_verbs.json"


@dataclass
class Trigger:
    """An event predicate: the token that carries it, its sense and how it was found."""

    token: Token
    sense: Sense
    rule: str
    noun: Token | None = None
    inner: list[Trigger] = field(default_factory=list)
    folded: bool = False

    @property
    def tokens(self) -> list[Token]:
        return [self.token] + ([self.noun] if self.noun is not None else [])


def _is_predicate(token: Token) -> bool:
    return token.pos_ == "VERB" and token.dep_ in CLAUSE_DEPS and not _participle_preposition(token)


def _participle_preposition(token: Token) -> bool:
    """Whether a participle is used as a preposition meaning "about" (``prepositional_participles``:
    "gave no details concerning the border talks"): with no subject or auxiliary of its own it
    heads no clause."""
    return (
        token.tag_ == "VBG"
        and token.lower_ in cues().prepositional_participles
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
    )


def has_verb(sent: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


def noun_doers(noun: Token) -> list[Token]:
    """Objects of an event noun's "by" / "between" phrase, also when the parse hangs it on the
    noun's place phrase ("talks in Sochi between Russia and Turkey"), the "by" phrase on its
    "of" object ("the arrest of the activist by police") or, for the "between" phrase,
    on the verb the noun is the subject of ("fighting broke out between the army and rebels")."""
    heads = [noun]
    patients = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            heads.extend(p for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "of":
            # "the detention of a journalist by police": the parse hangs the by-phrase on the one
            # the act is done to
            patients.extend(p for p in child.children if p.dep_ == "pobj")
    for head in heads + patients:
        for child in head.children:
            between = child.lower_ == "between" and head not in patients
            if child.dep_ == "prep" and (child.lower_ == "by" or between):
                found = [p for p in child.children if p.dep_ == "pobj"]
                if found:
                    return found
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        for child in noun.head.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                found = [p for p in child.children if p.dep_ == "pobj"]
                if found:
                    return found
    return _light_participle_agents(noun)


def _light_participle_agents(noun: Token) -> list[Token]:
    """The agents of a light verb's participle after an event noun, the headline's passive of the
    light verb ("concessions made by the cabinet", "air strikes carried out by the coalition"): the
    one who did the noun's act."""
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN" or child.i < noun.i:
            continue
        if verb_lemma(child, lexicon().light_verbs) is None:
            continue
        found = [p for a in child.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if found:
            return found
    return []


# besides the acts that take place over time, the acts a nationality before their noun does
NATION_ACT_TYPES = frozenset({"ACCUSE", "AID"})
# CAMEO's unconventional violence (18x: bombings, abductions, assassinations), which a nationality
# before its noun places ("a Pakistani suicide bombing") as often as it names the doer, unless an
# "of", "on" or "against" phrase names whom it was aimed at ("the Israeli bombing of the camp")
UNCONVENTIONAL_VIOLENCE = "18"


def named_doer(noun: Token, sense: Sense) -> Token | None:
    """The doer an event noun names in a modifier: an adjective of nationality before it ("Turkish
    shelling", "a Chilean crackdown on miners"; the parse may read it as a compound of an act of
    force), or the people of the "of" phrase of a protest, an act with no one it is done to ("a
    march of veterans", "the strike of dockers"); else None. A place name is where the act happened
    ("the Kabul bombing"). A nationality owns only an act (``occurrence_types``, criticism and
    investigations, aid), not an attitude or a stance ("Danish support for the plan", "the Iranian
    threat"); before an act done to persons (a code whose object is an actor, ``object_kinds``)
    with no "of", "on" or "against" phrase it is as often the people it befell ("Mexican
    deportations"), and sanctions are left out: "Russian sanctions" are as often those imposed on
    Russia. A nationality before unconventional violence (CAMEO 18x) with no such phrase is where it
    happened ("a Pakistani suicide bombing")."""
    plover = sense.plover
    if plover == "SANCTION":
        return None
    aimed = bool(prep_objects(noun, ("of", "on", "against")))
    befalls = ACTOR in (object_kinds(sense.cameo) or ()) and not aimed
    if str(sense.cameo or "").startswith(UNCONVENTIONAL_VIOLENCE) and not aimed:
        # "a Pakistani suicide bombing": where it happened, not who did it
        return None
    acts = (plover in cues().occurrence_types or plover in NATION_ACT_TYPES) and not befalls
    for child in sorted(noun.children, key=lambda c: c.i):
        if child.i > noun.i or not acts:
            break
        if child.dep_ == "amod" and child.ent_type_ == "NORP":
            return child
        if plover == "ASSAULT" and child.dep_ == "compound" and child.ent_type_ == "NORP":
            return child
    if plover == "PROTEST" and not in_name(noun):
        return next((o for o in prep_objects(noun, ("of",)) if names_people(o) and not names_place(o)), None)
    return None


def ended_sense(noun: Token) -> Sense | None:
    """The sense of an event noun told as ending, by the subject of a verb of ``ending_verbs`` with
    no object ("the dockers' walkout ended"): the sense the verb's frame gives with that noun as its
    object ("ended the walkout", CONCEDE 082); else None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in cues().ending_verbs:
        return None
    if any(c.dep_ in ("dobj", "prt") for c in verb.children):
        return None
    lemma = noun.lemma_.lower()
    return next((s for s in lexicon().verbs.get(verb.lemma_.lower(), ()) if lemma in s.objects), None)


def told_failing(noun: Token, sense: Sense) -> bool:
    """Whether an accord or a truce (a sense of ``failing_accord_codes``) is the subject of a verb of
    ``failing_subject_verbs`` with no object ("the truce between A and B collapsed", "the accord
    broke down"): it was made before, and its failure is no act of making it."""
    c = cues()
    verb = noun.head
    if (
        noun.dep_ != "nsubj"
        or verb.pos_ != "VERB"
        or not sense.cameo.startswith(tuple(c.failing_accord_codes))
    ):
        return False
    if any(child.dep_ == "dobj" for child in verb.children):
        return False
    particles = [child.lower_ for child in verb.children if child.dep_ in ("prt", "advmod")]
    lemmas = verb_lemmas(verb)
    return any(lemma in c.failing_subject_verbs for lemma in lemmas) or any(
        f"{lemma} {particle}" in c.failing_subject_verbs for lemma in lemmas for particle in particles
    )


def occurring(noun: Token) -> Token | None:
    """The verb that tells an event noun's act as taking place, for the types of
    ``occurrence_types``: a verb of ``occurrence_verbs`` (with the particle or object a phrase of
    ``occurrence_phrases`` needs) whose subject the noun is ("riots erupted in the north", "fighting
    broke out", "the truce took effect"), or a verb of ``occurrence_report_verbs`` whose passive
    subject it is or whose participle follows it ("mass arrests were reported", a headline's
    "clashes reported near the port"); else None."""
    c = cues()
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB":
        lemma = verb_lemma(verb, c.occurrence_verbs)
        needed = c.occurrence_phrases.get(lemma or "")
        if lemma is not None and (
            not needed or any(w.lemma_.lower() in needed for w in verb.children if w.dep_ in PHRASE_PARTS)
        ):
            return verb
        return None
    if noun.dep_ == "nsubjpass" and verb_lemma(verb, c.occurrence_report_verbs) is not None:
        return None if _judged_as(verb) else verb
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > noun.i:
            if verb_lemma(child, c.occurrence_report_verbs) is not None and not _judged_as(child):
                return child
    return None


def _judged_as(verb: Token) -> bool:
    """Whether a verb of reporting or witnessing says what its object is taken for, with an "as"
    phrase or an object predicate ("the strike was seen as a failure", "was reported as a success"): a
    judgement of the act, not a report that it took place."""
    return any((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "oprd" for c in verb.children)


def _occurs(noun: Token, sense: Sense) -> bool:
    """Whether an event noun of a type that takes place over time (``occurrence_types``, and
    investigations) is told as taking place (``occurring``)."""
    kind = sense.plover in cues().occurrence_types or (sense.plover, sense.mode) == ("ACCUSE", "investigate")
    # "the fire broke out in a warehouse": a blaze, with no doer named, as often as gunfire
    blaze = noun.lemma_.lower() in cues().casualty_blaze_nouns
    return kind and not blaze and not in_name(noun) and occurring(noun) is not None


# the rule suffix of an event noun told as taking place (``_occurs``)
OCCURS_SUFFIX = "+occurs"


# entity types of names an event noun may be part of ("the March of Lanterns", "the Tet Offensive")
NAME_ENTS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "FAC", "LAW", "PRODUCT"})


def in_name(noun: Token) -> bool:
    """Whether an event noun is a word of a name (``NAME_ENTS``, or capitalised inside its sentence:
    "the March of Lanterns"): an organisation, a named event or work, no act."""
    return noun.ent_type_ in NAME_ENTS or (noun.pos_ == "PROPN" and noun.i > noun.sent.start)


# the words a phrasal verb of occurrence needs ("broke out", "took place", "got under way")
PHRASE_PARTS = frozenset({"prt", "dobj", "advmod", "prep", "acomp", "npadvmod"})


def talks_doer(noun: Token, plover: str) -> Token | None:
    """The doer of talks that a noun of talks or a meeting names by its partner alone ("with" and
    no possessor, "by" or "between" phrase), in a phrase of ``talks_doer_preps`` on a verb of being
    or staying (``talks_doer_verbs``): that clause's subject, when it names an actor or is a pronoun
    ("the chancellor was in talks with French officials", "remained in talks with the unions"); else
    None. On another verb the phrase is a circumstance of its act ("the minister, in talks with his
    counterpart, urged calm")."""
    if plover != "CONSULT" or any(c.dep_ == "poss" for c in noun.children) or noun_doers(noun):
        return None
    if not prep_objects(noun, ("with",)):
        return None
    head = _meeting_head(noun)
    if head.dep_ != "pobj" or head.head.lower_ not in cues().talks_doer_preps:
        return None
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in cues().talks_doer_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (names_actor(subject) or subject.pos_ == "PRON"):
        return None
    return subject


def held_meeting(noun: Token) -> bool:
    """Whether a noun of talks or a meeting tells of one held, by the verb that governs it (through
    a conjunct and an "of" phrase of a noun: "a new round of talks"): as its object a verb of
    ``held_meeting_verbs`` ("wrapped up talks"), as its subject a verb that says they took place
    (``meeting_verb``: "talks between A and B took place", "are due to begin"), or a phrase of
    ``held_meeting_preps`` ("during talks between A and B"). Talks proposed, postponed, called for
    or walked out of are none; a noun no verb governs (a headline's "Talks between A and B in
    Vienna") is held."""
    head = _meeting_head(noun)
    governor = head.head
    if head.dep_ == "dobj":
        return verb_lemma(governor, cues().held_meeting_verbs) is not None
    if head.dep_ in ("nsubj", "nsubjpass"):
        return meeting_verb(noun) is not None
    if head.dep_ == "pobj":
        return governor.lower_ in cues().held_meeting_preps or governor.head.pos_ not in ("VERB", "AUX")
    return True


def _meeting_head(noun: Token) -> Token:
    """The phrase a noun of talks heads, up through its conjuncts and the "of" phrase of a noun
    ("a new round of talks", "talks and consultations")."""
    head = noun
    while head.dep_ == "conj" or (
        head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN"
    ):
        head = head.head if head.dep_ == "conj" else head.head.head
    return head


def meeting_verb(noun: Token) -> Token | None:
    """The verb that says talks or a meeting, the subject of its clause, took place: one of
    ``held_meeting_subject_verbs`` ("talks between A and B ended"), a past copula ("the meeting was
    tense"), or such a verb as the infinitive of an intent or schedule ("are expected to resume",
    "are due to begin"), whose modality is the event's; else None."""
    head = _meeting_head(noun)
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    level = [head.head]
    for _ in range(MEETING_VERB_DEPTH):
        for verb in level:
            if verb_lemma(verb, cues().held_meeting_subject_verbs) is not None:
                return verb
            if verb.lemma_ == "be" and (verb.tag_ == "VBD" or _in_progress(verb)):
                return verb
        level = [c for v in level for c in v.children if c.dep_ in ("xcomp", "acomp")]
    return None


def _in_progress(copula: Token) -> bool:
    """Whether a copula says its subject is under way (``held_meeting_states``: "are ongoing",
    "are under way", "in progress")."""
    states = cues().held_meeting_states
    for child in copula.children:
        if child.dep_ == "acomp" and child.lower_ in states:
            return True
        if child.dep_ == "prep" and any(f"{child.lower_} {p.lower_}" in states for p in child.children):
            return True
    return False


# how far down its infinitives ("are due to begin") the verb of a meeting is looked for
MEETING_VERB_DEPTH = 3


def _light_objects(
    token: Token, support_nouns: frozenset[str], preps: tuple[str, ...] = LIGHT_PREPS
) -> list[Token]:
    """Nouns a light verb may take its sense from: its object, the objects of its prepositions
    (``preps``), the prepositional objects of a support noun ("took part in a strike", "played
    a role in talks") and what a sum or measure is of (``AMOUNT_PREPS``: "announced $2 billion in
    military aid", "20 tonnes of food aid"; not a percentage's share, ``SHARE_ENTS``)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    heads = [(token, preps)] + [(o, preps) for o in objects if o.lemma_.lower() in support_nouns]
    heads += [(o, AMOUNT_PREPS) for o in objects if names_sum(o) and o.ent_type_ not in SHARE_ENTS]
    for head, words in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in words):
            objects.extend(p for p in prep.children if p.dep_ == "pobj")
    return objects


def _named_by_pattern(token: Token, noun: Token) -> Sense | None:
    """The dictionary's coding of the light verb when one of its patterns names the noun and more
    ("launched a scathing attack" is CAMEO 111, "took part in a protest" 141); None if none does."""
    match = match_cameo_verb(token, verb_lemmas(token))
    pattern = match.pattern if match is not None else None
    if pattern is None:
        return None
    if pattern.weight < 2 and " " not in match.lemma:
        # a pattern that names the noun alone says no more than the noun ("made a visit"); one of a
        # phrasal verb does: "called off the strike" is no strike
        return None
    lemma, text = noun.lemma_.lower(), noun.lower_
    slots = list(pattern.obj) + [s for _, words in pattern.preps for s in words]
    if not any(lemma in slot or text in slot for slot in slots):
        return None
    return dictionary_sense(match)


def _compound_by_pattern(token: Token, noun: Token) -> Sense | None:
    """The verb's reading by a dictionary pattern that names the hyphenated word the noun ends
    ("held a sit-in": HOLD * SIT-IN [141]; "called off the cease-fire": CALL OFF * &CEASEFIRE
    [196]), which the light verb's reading of the noun must not override; else None."""
    first = hyphened_start(noun)
    if first is noun:
        return None
    match = match_cameo_verb(token, verb_lemmas(token))
    pattern = match.pattern if match is not None else None
    if pattern is None:
        return None
    word = token.doc[first.i : noun.i + 1].text.lower()
    if not any(word in slot for slot in list(pattern.obj) + [s for _, words in pattern.preps for s in words]):
        return None
    sense = match_verb(token)
    return sense if sense is not None and sense.cameo == pattern.code else dictionary_sense(match)


def _appeal_for(token: Token, noun: Token, light: str) -> Sense | None:
    """The request a light verb makes when its frame lexicon codes it as an appeal with a "for"
    phrase and the noun is that phrase's object ("called for an independent investigation",
    "called for talks", "called for a general strike"): the guide codes calling for an act as
    REQUEST, the act asked for not coded apart; else None ("called a strike" is the strike)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i != token.i:
        return None
    return next(
        (
            sense
            for sense in lexicon().verbs.get(light, ())
            if sense.plover == "REQUEST" and (sense.particle == "for" or "for" in sense.preps_required)
        ),
        None,
    )


# CAMEO 173, "Arrest, detain, or charge with legal action": a detention, unless a legal action names it
ARREST_CODE = "173"


def _scant(noun: Token) -> bool:
    """Whether a noun is quantified as next to none (``scant_quantifiers``: "little respect", "no
    thanks", "hardly any praise")."""
    words = cues().scant_quantifiers
    for child in (c for c in noun.children if c.dep_ in ("det", "amod") and c.i < noun.i):
        if child.lower_ in words or any(a.lower_ in words for a in child.children if a.dep_ == "advmod"):
            return True
    return False


def _light_verb_reading(token: Token, light_verbs: frozenset[str]) -> Trigger | None:
    """A light verb with an event noun as its object ("staged a protest", "issued an ultimatum"):
    the noun's sense, or the dictionary pattern of the verb that names the noun. A support noun with
    no event noun after it ("took part in a walkabout") codes nothing: the claim marks the verb."""
    lex = lexicon()
    light = verb_lemma(token, light_verbs) or verb_lemma(token, lex.own_light_verbs)
    if light is None or any(c.dep_ == "oprd" for c in token.children):
        # "called the attack a crime" names the noun, it does not make the event
        return None
    objects = _light_objects(token, lex.support_nouns, lex.light_preps.get(light, LIGHT_PREPS))
    if light in cues().naming_verbs and any(judged_after(o) is not None for o in objects):
        # "called the investigation politically motivated": the parse hangs the predicate on the noun
        return None
    particle = lex.light_particles.get(light)
    if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in token.children):
        # "kept up its shelling" keeps an act up; "kept the reporters out during the hearing" does not
        return None
    for obj in objects:
        noun_sense = match_noun(obj, light=True)
        if noun_sense is None or (noun_sense.light_verbs and light not in noun_sense.light_verbs):
            continue
        if light not in light_verbs and light not in noun_sense.light_verbs:
            # a verb light only for the nouns that list it ("returned an indictment")
            continue
        phrases = (*obj.children, *token.children)
        if noun_sense.preps_required and not any(
            c.dep_ == "prep" and c.lower_ in noun_sense.preps_required for c in phrases
        ):
            # a noun that is the act only with its phrase ("brought a case against the firm", not
            # "brought the case to court")
            continue
        if noun_sense.plover == "SUPPORT" and obj.lemma_.lower() in lex.light_nouns and _scant(obj):
            # "expressed little respect for the government": regard next to none is no praise ("no
            # charges were filed" is an accusation negated)
            continue
        by_pattern = _compound_by_pattern(token, obj)
        if by_pattern is not None:
            # the verb's own reading codes it, with the actors its pattern finds
            return Trigger(token, by_pattern, f"verb:{by_pattern.key}")
        appeal = _appeal_for(token, obj, light)
        if appeal is not None:
            # "called for an investigation", "called for talks": a request for the noun's act,
            # which names no one asked ("called for sanctions against X" asks no one)
            named = _named_by_pattern(token, obj)
            appeal = named if named is not None and named.plover == "REQUEST" else appeal
            return Trigger(token, appeal, f"light:{light}+for+{obj.lemma_.lower()}")
        verbs, under = lex.light_senses.get(obj.lemma_.lower(), (frozenset(), noun_sense))
        named = _named_by_pattern(token, obj)
        if named is not None and noun_sense.cameo == cues().trial_code and named.cameo == ARREST_CODE:
            # "charges were filed against him": the dictionary's FILE * CHARGE (AGAINST) [173] is
            # the legal action the noun names, an accusation (the guide: charges are ACCUSE/allege
            # 1121, not COERCE), as the trial words the dictionary codes 173 are
            named = None
        phrasal = named is not None and " " in named.key.split("/", 1)[0]
        cancelling = lex.cancelling_particles.get(light)
        if named is None and any(c.dep_ == "prt" and c.lower_ == cancelling for c in token.children):
            # an act called off or put off did not take place: "called off the visit" is no visit
            # ("stepped up its shelling", "took over the talks" still are the act)
            return None
        if light in verbs and not phrasal:
            noun_sense = under
        elif named is not None and (phrasal or obj.lemma_.lower() not in lex.frame_nouns):
            return Trigger(token, named, f"light:{light}+{obj.lemma_.lower()}", noun=obj)
        return Trigger(token, noun_sense, f"light:{light}+{noun_sense.key}", noun=obj)
    if light in light_verbs and any(o.lemma_.lower() in lex.support_nouns for o in objects):
        # a verb light only for its own nouns claims no support noun ("returned part of the land")
        return Trigger(token, SUPPORT_ONLY, f"support:{light}")
    return None


def _purpose_reading(token: Token, sense: Sense | None) -> Trigger | None:
    """A verb of coming or gathering whose "for" phrase names an event noun ("gathered in the square
    for a protest", "returned to Geneva for talks"): the noun's sense, unless a conditioned sense of
    the frame lexicon holds for the verb itself ("arrived in Paris for talks" is a visit)."""
    lemma = verb_lemma(token, lexicon().purpose_verbs)
    if lemma is None or (sense is not None and sense.specificity):
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            noun_sense = match_noun(obj)
            if noun_sense is not None and not noun_sense.light_verbs:
                return Trigger(token, noun_sense, f"purpose:{lemma}+{noun_sense.key}", noun=obj)
    return None


def _held_meeting_reading(token: Token) -> Trigger | None:
    """A verb of ``held_meeting_verbs`` that is no light verb, with a noun of talks or a meeting as
    its object ("had talks with Togo", "wrapped up talks with Togo"): the noun's sense, as a light
    verb's; not a visit (``host_codes``)."""
    lemma = verb_lemma(token, cues().held_meeting_verbs)
    if lemma is None:
        return None
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        sense = match_noun(obj)
        if sense is not None and sense.plover == "CONSULT" and sense.cameo not in cues().host_codes:
            return Trigger(token, sense, f"light:{lemma}+{sense.key}", noun=obj)
    return None


def _reports_an_event(token: Token) -> bool:
    """A reporting verb whose object is an event noun ("reported clashes", "confirmed the attack"):
    the report is no event of its own; the noun is, when it names its doers."""
    if verb_lemma(token, cues().reporting_verbs) is None:
        return False
    return any(c.dep_ == "dobj" and match_noun(c) is not None for c in token.children)


def other_sense(token: Token, sense: Sense) -> bool:
    """Whether a verb is used in a sense that is not the event it was coded as
    (``event_nonevent_cues.json``): a catenative verb with a verbal complement, which carries the act
    ("helped finance the hospital"), unless a dictionary pattern names the complement; a verb of a
    material type whose object is a message ("sent a letter to the board", "sent a clear message");
    a linking verb with an adjective ("remained skeptical"); a verb of protest with a direct object
    ("demonstrated their resolve"); a question ("asked him the question");
    a refusal to comment (``declines_comment``: "declined to say how many were killed"); a denial
    that something is true (``denies_a_claim``: "denied that troops fired on the crowd"); a plan
    announced to do what is no event (``announces_a_plan``: "announced plans to open a refinery");
    an expectation read by a dictionary default (``expects``: "expects an effort from the Kurds");
    a search for someone rather than of a place (``looks_for``: "police searched for the climbers");
    a promise of an act that is no event, to no one (``promises_no_act``: "promised to create jobs");
    deciding or finding out what an indirect question asks (``deliberates``); a warning of a
    hazard (``forecasts``: "warned of famine"); taking part in what no event noun names
    (``takes_part``: "engaged in a war of words"); taking people out of a place
    (``moves_someone``: "pulled three children out of the rubble");
    campaign logistics (``logistics``); a shared view (``concurrence``: "agreed with the governor
    that the plan was flawed"); leaving a vehicle (``leaves_a_vehicle``: "got out of the car");
    air defence (``intercepts_a_projectile``: "intercepted two rockets")."""
    c = nonevent_cues()
    if uses_for_purpose(token) and sense.plover not in c.instrument_act_types:
        # "used drones to attack the convoy": the infinitive carries the act ("used water cannon to
        # disperse the crowd" is force itself)
        return True
    if (
        sense.origin != "pattern"
        and verb_lemma(token, c.catenative_verbs) is not None
        and any(ch.dep_ in ("xcomp", "ccomp") and ch.pos_ == "VERB" for ch in token.children)
    ):
        return True
    if sense.plover in c.message_types and any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in c.message_nouns for ch in token.children
    ):
        return True
    if verb_lemma(token, c.linking_verbs) is not None and any(ch.dep_ == "acomp" for ch in token.children):
        return True
    if (
        sense.plover == "PROTEST"
        and verb_lemma(token, c.intransitive_protest_verbs) is not None
        and (any(ch.dep_ == "dobj" for ch in token.children) or _moved_thing(token))
    ):
        return True
    return (
        puts_a_question(token, sense)
        or declines_comment(token, sense)
        or denies_a_claim(token, sense)
        or announces_a_plan(token, sense)
        or expects(token, sense)
        or looks_for(token, sense)
        or promises_no_act(token, sense)
        or deliberates(token, sense)
        or forecasts(token, sense)
        or takes_part(token, sense)
        or moves_someone(token, sense)
        or logistics(token, sense)
        or holds_a_media_event(token)
        or calls_an_election(token)
        or launches_a_campaign(token, sense)
        or armed_state(token)
        or concurrence(token, sense)
        or leaves_a_vehicle(token, sense)
        or intercepts_a_projectile(token, sense)
        or moves_no_force(token, sense)
        or kills_no_one(token, sense)
    )


def _prep_children(token: Token) -> list[Token]:
    """A verb's prepositions, and those the parse hangs on its particle or on another preposition
    ("got out of the car": "of" under "out")."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ in ("prep", "prt")]
    while stack:
        word = stack.pop()
        out.append(word)
        stack.extend(c for c in word.children if c.dep_ == "prep")
    return out


def concurrence(token: Token, sense: Sense) -> bool:
    """Whether a verb of agreeing shares someone's view rather than committing to an act
    (``concurrence_verbs``): a "with" phrase and nothing agreed to or on, with a that-clause, an
    "about" phrase or nothing more ("agreed with the governor that the plan was flawed", "agreed with
    her critics about the risks", "the mayor agreed with her"), or with no object, infinitive or
    phrase of commitment a that-clause stating a view (``states_a_view``: "agreed that the army had
    made mistakes"). Such concurrence is a comment (the
    CAMEO dictionary's AGREE "(ON IMPORTANCE)", "(ON NEED)" are 019, express accord, a statement);
    the PLOVER codebook's AGREE is a commitment ("agreed with the rebels on a ceasefire", "agreed with
    the union to raise wages")."""
    c = nonevent_cues()
    if sense.plover != "AGREE":
        return False
    if verb_lemma(token, c.concurrence_verbs) is None:
        return False
    preps = {p.lower_ for p in _prep_children(token)}
    if preps & c.commitment_preps or any(ch.dep_ in ("dobj", "xcomp") for ch in token.children):
        return False
    if "with" in preps:
        return True
    return not any(ch.dep_ == "dative" for ch in token.children) and states_a_view(token)


def states_a_view(token: Token) -> bool:
    """Whether a verb's complement is a that-clause stating a proposition, not an act to be done:
    a clause whose verb has no modal before a bare verb (a future, an obligation or a permission)
    and is no subjunctive's bare verb ("agreed that the army had made mistakes", "agree that the
    treaty is outdated", "agreed that the count may have been wrong": a modal of a perfect judges
    the past; not "agreed that their ministers will meet", "agreed that the rebels
    should disarm", "agreed that inspectors could visit the site", "agreed that the truce take
    effect at midnight", "agreed that the duties be lifted", nor a clause of "be" with an
    infinitive, an arrangement: "agreed that the monitors are to leave", "agreed that it was time
    to reopen the consulate")."""
    clauses = [ch for ch in token.children if ch.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        verbs = [clause, *(v for v in clause.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX"))]
        for verb in verbs:
            auxiliaries = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
            modal = any(a.tag_ == "MD" for a in auxiliaries)
            perfect = any(a.lemma_.lower() == "have" for a in auxiliaries)
            if (modal and not perfect) or (verb.tag_ == "VB" and not auxiliaries):
                return False
            if not modal and any(a.tag_ == "VB" and a.lower_ == "be" for a in auxiliaries):
                # "that the duties be lifted": a passive subjunctive
                return False
            if verb.lemma_.lower() == "be" and _with_infinitive(verb):
                return False
    return True


def _with_infinitive(verb: Token) -> bool:
    """Whether a clause of "be" carries an infinitive, in its complement or in the noun it
    predicates: an act arranged or due ("the monitors are to leave", "it was time to reopen")."""
    heads = [verb, *(ch for ch in verb.children if ch.dep_ in ("attr", "acomp"))]
    complements = [ch for head in heads for ch in head.children if ch.dep_ in ("xcomp", "acl", "relcl")]
    return any(a.dep_ == "aux" and a.lower_ == "to" for ch in complements for a in ch.children)


def leaves_a_vehicle(token: Token, sense: Sense) -> bool:
    """Whether a verb of withdrawing tells of getting out of a vehicle (``exit_types``; the CAMEO
    dictionary's vehicle and aircraft sets, ``vehicle_sets``): "got out of the car", "climbed out of
    the plane" is motion, not a retreat or a concession; so is a verb of taking done to people
    (``extraction_types``) by a verb of getting someone out (``extraction_verbs``: "the driver was
    extracted from his car"), a rescue, no seizure; "seized the leader from his car" stays one."""
    c = nonevent_cues()
    taken = [ch for ch in token.children if ch.dep_ in ("dobj", "nsubjpass")]
    extracting = sense.plover in c.extraction_types and token.lemma_.lower() in c.extraction_verbs
    people = extracting and any(names_people(t) for t in taken)
    if sense.plover not in c.exit_types and not people:
        return False
    vehicles = vehicle_nouns()
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in vehicles
        for p in _prep_children(token)
        if p.lower_ in ("of", "from")
        for o in p.children
    )


@cache
def vehicle_nouns() -> frozenset[str]:
    """The nouns of the CAMEO dictionary's vehicle sets (``vehicle_sets``)."""
    synsets = load_json(CAMEO_VERBS_FILE)["synsets"]
    return frozenset(w for name in nonevent_cues().vehicle_sets for w in synsets.get(name, ()))


def _moved_thing(verb: Token) -> bool:
    """Whether the subject of a verb is a common noun that names no people ("the index rallied",
    "the dollar rallied"): things move, only people demonstrate."""
    subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and not (names_actor(subject) or actor_word(subject))
        and subject.lower_ not in nonevent_cues().multitude_nouns
    )


def declines_comment(token: Token, sense: Sense) -> bool:
    """Whether a refusal is one to comment (``comment_verbs``): its infinitive is a verb of
    commenting or telling with no partner in a "with" phrase ("refused to comment about the audit",
    "refused to say how many soldiers were killed", "declined to name the victims") or whose object
    is a comment (``comment_objects``: "declined to give details"), or whose own object is one
    ("declined all comment", "refused comment"; not one said or proposed by someone, ``_given``:
    "rejected the envoy's comments", "rejected the details of the plan"). The CAMEO
    dictionary codes refusing comment as 011, decline comment, a statement (``- * COMMENT [011] #
    REFUSE``); "refused to discuss a truce with the rebels" still rejects talks."""
    if sense.plover != "REJECT":
        return False
    c = nonevent_cues()
    if any(o.dep_ == "dobj" and o.lower_ in c.comment_objects and not _given(o) for o in token.children):
        return True

    def telling(verb: Token) -> bool:
        if verb.lemma_.lower() in c.comment_verbs:
            return True
        # "declined to give details", "refused to provide a breakdown" (``comment_objects``)
        return any(o.dep_ == "dobj" and o.lower_ in c.comment_objects for o in verb.children)

    return any(
        ch.dep_ == "xcomp"
        and ch.pos_ == "VERB"
        and telling(ch)
        and not any(p.dep_ == "prep" and p.lower_ == "with" for p in ch.children)
        for ch in token.children
    )


# determiners that point to a comment or a detail already given ("rejected those comments")
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _given(noun: Token) -> bool:
    """Whether a noun names a thing said or proposed by someone: a possessor ("the envoy's
    comments"), a definite determiner ("the details", "those comments") or an "of" or "by" phrase
    ("comments by the minister", "details of the plan")."""
    return _owned(noun) or any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
        or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
        for c in noun.children
    )


CLAUSE_COMPLEMENTS = frozenset({"ccomp", "xcomp", "pcomp", "csubj"})


def denies_a_claim(token: Token, sense: Sense) -> bool:
    """Whether a verb of denial read as a refusal (``denial_verbs``) denies that something is true:
    a clause as its complement ("denied that troops fired on the crowd", "denied having met the
    envoy"), no object ("the ministry denied it", "the army denied"), or an object that is a claim
    (``claim_nouns``: "denied the allegations", "denied any wrongdoing"). The CAMEO dictionary codes
    such denials 016, a statement with no PLOVER type; denying a thing asked for or granted ("denied
    entry to the envoy", "denied their request") is a refusal."""
    c = nonevent_cues()
    if sense.plover != "REJECT" or token.lemma_.lower() not in c.denial_verbs:
        return False
    if any(ch.dep_ in CLAUSE_COMPLEMENTS for ch in token.children):
        return True
    objects = [ch for ch in token.children if ch.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return not any(ch.dep_ == "dative" for ch in token.children)
    claims = c.claim_nouns
    return all(o.lemma_.lower() in claims or o.lower_ in claims or o.pos_ == "PRON" for o in objects)


def announces_a_plan(token: Token, sense: Sense) -> bool:
    """Whether a commitment read from announcing or unveiling a plan (``plan_nouns`` as the object,
    the CAMEO dictionary's "- * PLANS [030] # ANNOUNCE") spells out the plan as an infinitive whose
    act codes no event and has no partner ("announced plans to open a refinery in Basra", "unveiled
    a plan to build 5,000 homes"): a plan of the actor's own, which cooperates with no one; the
    guide codes an announced action by the action ("planned"), and one that is no event not at all.
    A plan to act with someone ("to build a plant with Russia") or to do a coded act ("to send
    troops", "to visit Tehran") stays a commitment."""
    if sense.plover != "AGREE":
        return False
    acts = plan_acts(token)
    if not acts:
        return False
    return all(_no_act(act) for act in acts)


def plan_acts(token: Token) -> list[Token]:
    """The infinitives that spell out a plan a verb announces or unveils (``plan_nouns`` as its
    object): "travel" of "announced plans to travel to the coast"."""
    plans = [
        ch for ch in token.children if ch.dep_ == "dobj" and ch.lemma_.lower() in nonevent_cues().plan_nouns
    ]
    return [
        a
        for p in plans
        for a in p.children
        if a.dep_ == "acl" and a.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in a.children)
    ]


def plans_a_journey(token: Token, sense: Sense) -> bool:
    """Whether a commitment read from announcing a plan (``plan_acts``) plans a trip and nothing
    else (``journey_verbs``: "set out plans to drive to a port town in the south this spring"): a trip
    is coded, when at all, as the visit it makes, planned (docs/annotation-guide.md section 3: "the
    minister plans to visit Turkey"), and one at home or to no one as nothing."""
    acts = plan_acts(token) if sense.plover == "AGREE" else []
    journeys = nonevent_cues().journey_verbs
    return bool(acts) and all(a.lemma_.lower() in journeys for a in acts)


def expects(token: Token, sense: Sense) -> bool:
    """Whether a verb of forecasting (``forecast_verbs``, the CAMEO dictionary's PREDICT block, whose
    code is 010, a statement) is coded by nothing but a dictionary default ("the Chilean finance
    minister expects a similar gesture from the unions", "the decision was long expected"): an expectation
    or a forecast, no commitment; a pattern naming what is expected keeps its code ("expects a
    visit", 036)."""
    return sense.origin in ("default", "default-thing") and (
        verb_lemma(token, nonevent_cues().forecast_verbs) is not None
    )


def looks_for(token: Token, sense: Sense) -> bool:
    """Whether a verb of searching read as a raid (``search_verbs``, COERCE/seize) searches for
    someone or something rather than searching a place or a person: a "for" phrase and no object
    ("police are searching for three missing climbers", "rescuers searched for survivors"). The
    codebook's seizure is the search of a place or of people ("police searched the house", "the
    offices were searched"); looking for someone is neither."""
    if sense.plover != "COERCE" or verb_lemma(token, nonevent_cues().search_verbs) is None:
        return False
    if any(ch.dep_ in ("dobj", "nsubjpass") for ch in token.children):
        return False
    return any(ch.dep_ == "prep" and ch.lower_ == "for" for ch in token.children)


def _no_act(act: Token) -> bool:
    """Whether an infinitive names no codable act and no partner: no frame or pattern of its verb,
    no code the CAMEO dictionary gives the verb, no event noun as its object, no "with" phrase and
    no condition ("to respond if attacked")."""
    if any(p.dep_ == "prep" and p.lower_ == "with" for p in act.subtree):
        return False
    marks = cues().conditional_marks
    if any(
        w.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in w.children)
        for w in act.subtree
    ):
        # "vowed to respond if attacked": a conditional threat
        return False
    if match_verb(act) is not None or promised_code(act) is not None:
        return False
    return not any(match_noun(o) is not None for o in act.children if o.dep_ == "dobj")


def promises_no_act(token: Token, sense: Sense) -> bool:
    """Whether a bare promise (``promise_verbs``, CAMEO 030 of ``bare_promise_codes``) promises
    nobody an act that is no event: no object or dative of its own and an infinitive that codes
    nothing and has no partner ("promised to create jobs", "pledged to make the city a trading
    hub"): a policy pledge, which the codebook's AGREE, a commitment to cooperate, is not. A
    promise to someone ("promised Iraq to ..."), with someone ("to stand with Iraq") or of a coded
    act ("vowed to crush the rebels", "pledged to help Syria") stays one."""
    c = nonevent_cues()
    if sense.plover != "AGREE" or sense.cameo not in cues().bare_promise_codes:
        return False
    if verb_lemma(token, c.promise_verbs) is None:
        return False
    if any(ch.dep_ in ("dobj", "dative") for ch in token.children):
        return False
    return _intends_no_act(token)


def _intends_no_act(token: Token) -> bool:
    """Whether a promise or an intent predicate ("is ready to", "is determined to") commits to an
    infinitive that names no codable act and no partner ("determined to create jobs", "ready to go
    home"); such a bare promise is no event (``promises_no_act``)."""
    acts = [ch for ch in token.children if ch.dep_ == "xcomp" and ch.pos_ == "VERB"]
    acts += [a for act in acts for a in act.conjuncts]
    return bool(acts) and all(_no_act(act) for act in acts)


def deliberates(token: Token, sense: Sense) -> bool:
    """Whether a verb coded as a commitment has an indirect question as its complement ("will decide
    whether to impose sanctions", "are trying to determine who carried out the attack"): deliberation
    or inquiry, which the CAMEO dictionary codes as considering a policy option (``- * (WHETHER
    SUSPEND) [014] # DECIDE``, a statement with no PLOVER type), not the PLOVER codebook's AGREE."""
    return sense.plover == "AGREE" and any(
        ch.dep_ in ("ccomp", "xcomp") and question_clause(ch) for ch in token.children
    )


def forecasts(token: Token, sense: Sense) -> bool:
    """Whether a verb read as a threat warns of a hazard (``hazard_nouns``: "aid agencies warned of
    famine in the north", "forecasters warn about freezing rain"): a forecast, no one's threat, as
    a warning whose clause tells of no act of the warner ("warned that the rains would cause
    landslides"). A dictionary pattern that names the hazard keeps its code."""
    if sense.plover != "THREATEN" or sense.origin == "pattern":
        return False
    hazards = nonevent_cues().hazard_nouns
    # the phrase may hang on the one warned ("warned residents about flooding")
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("of", "about")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in hazards for o in p.children)
        for head in heads
        for p in head.children
    )


def takes_part(token: Token, sense: Sense) -> bool:
    """Whether a verb of taking part (``participation_verbs``) with no object tells of taking part
    in what its "in" phrase names, read by its block's default ("engaged in a war of words",
    "engage in price-cutting"): the default, force for ENGAGE, is the transitive use ("engaged the
    militants"); an event noun in the phrase is read as the light verb's ("engaged in talks")."""
    if sense.origin == "pattern" or verb_lemma(token, nonevent_cues().participation_verbs) is None:
        return False
    if any(ch.dep_ in ("dobj", "nsubjpass") for ch in token.children):
        return False
    return any(ch.dep_ == "prep" and ch.lower_ == "in" for ch in token.children)


def moves_someone(token: Token, sense: Sense) -> bool:
    """Whether a verb read as a withdrawal (RETREAT/withdraw) moves people who are neither the
    doer's own nor an armed force ("rescuers pulled three children out of the rubble", "survivors
    were pulled from the wreckage"): a rescue or a removal, not the PLOVER codebook's withdrawal of
    forces ("pulled its troops out of the region", "pulled out 500 soldiers", "pulled out of the
    talks")."""
    if sense.plover != "RETREAT" or sense.mode != "withdraw":
        return False
    moved = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not moved:
        return False
    armed = armed_terms()
    return all(
        names_people(o)
        and not names_place(o)
        and not o.ent_type_
        and not any(c.dep_ == "poss" for c in o.children)
        and o.lower_ not in armed
        and o.lemma_.lower() not in armed
        for o in moved
    )


def puts_a_question(token: Token, sense: Sense) -> bool:
    """Whether a request verb puts a question rather than asking for an action (``asking_verbs``):
    no infinitive, for-phrase or clause says what is asked ("I want to ask you", "asked him the
    question"; not "asked him to resign", "asked for calm")."""
    if sense.plover != "REQUEST" or verb_lemma(token, nonevent_cues().asking_verbs) is None:
        return False
    return not any(
        ch.dep_ in ("xcomp", "ccomp") or (ch.dep_ == "prep" and ch.lower_ == "for") for ch in token.children
    )


ARGUMENT_DEPS = frozenset({"dobj", "dative", "pobj", "appos", "attr"})
# complements through which a verb's objects reach further ("plans to give", "to help fund")
COMPLEMENT_LINKS = frozenset({"xcomp", "acl"})


def _arguments(token: Token, depth: int = 3) -> list[Token]:
    """The object-side nouns of a verb: objects, prepositional objects (not of time phrases such as
    "before the vote"), their appositions and conjuncts, and those of the infinitives it or its
    object governs (``depth`` levels of verbs)."""
    out: list[Token] = []
    timing = cues().background_preps
    stack = [c for c in token.children if c.dep_ in ("dobj", "dative", "prep", "attr")]
    while stack:
        word = stack.pop()
        if word.dep_ == "prep" and word.lower_ in timing:
            continue
        if word.dep_ in ARGUMENT_DEPS or (word.dep_ == "conj" and word.pos_ in ("NOUN", "PROPN")):
            out.append(word)
        for child in word.children:
            if child.dep_ in ("prep", "pobj", "appos", "conj"):
                stack.append(child)
            elif child.dep_ in COMPLEMENT_LINKS and child.pos_ == "VERB" and depth > 1:
                out.extend(_arguments(child, depth - 1))
    if depth > 1:
        for comp in (c for c in token.children if c.dep_ in COMPLEMENT_LINKS and c.pos_ == "VERB"):
            out.extend(_arguments(comp, depth - 1))
    return out


def logistics(token: Token, sense: Sense) -> bool:
    """Whether a verb reports campaign logistics or media routine rather than an event (guide,
    section 2; ``logistics_*`` of ``event_nonevent_cues.json``): a verb of voting or campaigning, or
    a cooperative act whose object names a rally, an interview, a debate, a campaign or the like
    ("agreed to an interview", "gave $1 million to a super PAC")."""
    c = nonevent_cues()
    if verb_lemma(token, c.logistics_verbs) is not None:
        return True
    if sense.plover not in c.logistics_types:
        return False
    return any(w.lemma_.lower() in c.logistics_nouns for w in _arguments(token))


def media_event(word: Token) -> bool:
    """Whether a noun names a media event: a press or news conference, a media briefing, an
    interview (``media_event_*`` of ``event_nonevent_cues.json``). It is a venue of statements, no
    meeting between parties (the PLOVER codebook's CONSULT); "a peace conference" is a meeting."""
    c = nonevent_cues()
    lemma = word.lemma_.lower()
    if lemma in c.media_event_words or word.lower_ in c.media_event_words:
        return True
    return lemma in c.media_event_nouns and any(
        m.dep_ in ("compound", "amod", "nmod") and m.lower_ in c.media_event_modifiers for m in word.children
    )


def holds_a_media_event(token: Token) -> bool:
    """Whether a verb's direct object is a media event ("held a press conference", "attended a news
    briefing", "hosted a press availability"): holding, calling or attending one is no event (guide,
    section 2: interviews and speeches are not events; what is said there is coded by its own
    words)."""
    return any(ch.dep_ == "dobj" and media_event(ch) for ch in token.children)


def calls_an_election(token: Token) -> bool:
    """Whether a verb calls, sets or announces an election or a referendum as its direct object
    ("called a snap election", "set early polls for May"): elections are routine politics, no event
    (guide, section 2: campaign logistics, elections, votes); a call *for* elections, a demand on
    someone, is no direct object and stays a request."""
    c = nonevent_cues()
    if verb_lemma(token, c.election_calling_verbs) is None:
        return False
    if any(ch.dep_ in ("xcomp", "ccomp") for ch in token.children):
        return False
    objects = [ch for ch in token.children if ch.dep_ == "dobj"]
    predicates = [ch for ch in token.children if ch.dep_ == "oprd"]
    if objects and predicates:
        # "called the vote a sham": a judgement of the vote
        return False
    # the parse reads the object of "called an election" as a predicate when it stands alone
    return any(ch.lemma_.lower() in c.election_nouns for ch in objects or predicates)


# the prepositions of a campaign that name whom it is aimed at or what it asks
AIM_PREPS = frozenset({"against", "for", "on", "to", "toward", "towards", "with"})


def launches_a_campaign(token: Token, sense: Sense) -> bool:
    """Whether a verb launching a campaign, a drive or a crusade (``campaign_nouns``: its direct object
    or passive subject) read as an appeal, a criticism or support (``campaign_types``; CAMEO "- *
    CAMPAIGN [020] # LAUNCH") names no actor the campaign is aimed at or asks ("launched a campaign
    against drunk driving", "began a drive to plant trees"; a date or an office is no actor: "launched
    her campaign for governor on Saturday"): a programme or a candidacy, no event, and the campaign
    is never an actor (guide, section 3: abstract nouns are never actors). One against or for an
    actor ("a campaign against the mayor") stays coded."""
    c = nonevent_cues()
    if sense.plover not in c.campaign_types or verb_lemma(token, c.campaign_launch_verbs) is None:
        return False
    launched = (ch for ch in token.children if ch.dep_ in ("dobj", "nsubjpass"))
    campaigns = [ch for ch in launched if ch.lemma_.lower() in c.campaign_nouns]
    if not campaigns:
        return False
    # the aim may hang on the campaign or, as the parse has it, on the verb ("was launched by the
    # opposition against the mayor")
    aims = [w for campaign in campaigns for w in campaign.subtree]
    aims += [w for prep in token.children if prep.dep_ in ("prep", "agent") for w in prep.subtree]
    return not any(
        w.dep_ == "pobj"
        and w.head.lower_ in AIM_PREPS
        and w.ent_type_ not in TIME_ENTITIES
        and names_actor(w)
        and not (w.head.lower_ == "for" and _bare_office(w))
        for w in aims
    )


def _bare_office(noun: Token) -> bool:
    """Whether a noun names an office, not its holder: a singular common noun with no determiner,
    possessor or number ("ran for governor", "a campaign for mayor of the city"; general English
    grammar: a role noun after "for", "as" or "elect" takes no article; after "against" a bare
    noun is an institution, "a campaign against government")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def armed_state(token: Token) -> bool:
    """Whether a passive participle of arming with no by-agent states that someone carries arms ("the
    suspect was armed", "the men were armed with knives"): a state, not the arming of anyone by an
    actor (``state_participles``); "the rebels were armed by Iran" stays coded."""
    if verb_lemma(token, nonevent_cues().state_participles) is None or token.tag_ != "VBN":
        return False
    if not any(ch.dep_ in ("auxpass", "nsubjpass") for ch in token.children) and token.dep_ != "acomp":
        return False
    return not any(ch.dep_ == "agent" for ch in token.children)


# an attack verb the dictionary gives no code ("hit", "hammer", "bash" are only patterns of
# PHYSICAL_CONFLICT): criticism when aimed at a person or a policy (``readings.verbal_target``:
# "Senator hits governor over budget"), else no event
WORDS_ATTACK = Sense(key="verbal-attack", cameo="111", plover="ACCUSE", mode="disapprove")


def _attack_word(token: Token) -> bool:
    """A verb of ``verbal_attack_verbs`` with a direct object and no particle: a phrasal verb is a
    word of its own ("the court struck down the law" is a ruling, no attack)."""
    attack = token.lemma_.lower() in cues().verbal_attack_verbs
    dobj = any(c.dep_ == "dobj" for c in token.children)
    return attack and dobj and not any(c.dep_ == "prt" for c in token.children)


# pointing out someone's failings ("pointed to the government's failure to act", "highlighted the
# minister's mistakes"): criticism of the one whose failing it is
FAILING_POINTED = Sense(key="failing-pointed", cameo="111", plover="ACCUSE", mode="disapprove")


def points_to_a_failing(token: Token) -> bool:
    """Whether a verb of ``pointing_verbs`` (with the particle or preposition listed for it) has as
    its object a failing someone owns (``_failing``) whose possessor names people ("pointed out the
    council's mistakes", "pointed to the government's failure to protect them"); a failing no one
    owns ("pointed to a failure of the pump") is none."""
    ways = cues().pointing_verbs.get(token.lemma_.lower())
    if ways is None:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
    if ways and not particles & set(ways):
        objects = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ways):
        objects.extend(p for p in prep.children if p.dep_ == "pobj")
    return any(_failing(o) and any(c.dep_ == "poss" and names_people(c) for c in o.children) for o in objects)


def _failing(noun: Token) -> bool:
    """Whether a noun names a failing of its owner: one of ``failing_nouns`` ("failure", "mistakes"),
    or a neutral noun a modifier judges as criticism ("the government's disastrous handling of the
    floods"); a hardship or a loss suffered ("the refugees' suffering", "the company's losses") is
    negative but no failing."""
    from .evaluation import evaluation_words, judgement

    if noun.lemma_.lower() in cues().failing_nouns:
        return True
    negative, _ = evaluation_words()
    if noun.lemma_.lower() in negative or noun.lower_ in negative:
        return False
    return judgement(noun) is CRITICISM


# doubting a quality or claim someone owns ("questioned Germany's commitment to the alliance"):
# disapproval of its owner, CAMEO 110
QUALITY_DOUBTED = Sense(key="quality-doubted", cameo="110", plover="ACCUSE", mode="disapprove")


def doubts_a_quality(token: Token) -> bool:
    """Whether a verb of ``doubting_verbs``, or of a phrase of ``doubting_phrases`` ("called into
    question"), puts in doubt something people own (``doubted_things``); "questioned the driver",
    "questioned whether the truce would hold" and a measure put in question in debate
    (``debated_nouns``: "questioned the government's plan to raise taxes") are none."""
    return bool(doubted_things(token))


def doubted_things(token: Token) -> list[Token]:
    """What a doubting verb puts in doubt, aimed at its owner: its object when something people own
    that is no person, place or event ("questioned the minister's judgment", "questioned Turkey's
    commitment to the rule of law"), or the thing someone owns that an unowned object's "of"
    phrase names a quality of ("questioned the fairness of the council's ruling", "called into
    question the legality of the governor's decree"); for a verb of ``question_raising_verbs``,
    what the questions its object names are about ("raised questions about the agency's
    spending")."""
    c = cues()
    lemma = token.lemma_.lower()
    objects = [ch for ch in token.children if ch.dep_ == "dobj"]
    if lemma in c.question_raising_verbs:
        questions = [o for o in objects if o.lemma_.lower() in c.question_nouns]
        objects = prep_objects(token, tuple(c.question_preps)) if questions else []
        objects += [o for q in questions for o in prep_objects(q, tuple(c.question_preps))]
    elif lemma not in c.doubting_verbs and not _doubting_phrase(token):
        return []
    if lemma not in c.doubting_verbs and _thing_subject(token):
        # "the case raises questions about the police's use of force", "the scandal called into
        # question the mayor's integrity": no one doubts, a thing gives cause to
        return []
    out: list[Token] = []
    for obj in objects:
        if _doubted_thing(obj, True):
            out.append(obj)
        elif not _owned(obj) and not names_people(obj):
            # "the legality of the governor's decree": a quality of a thing someone owns
            out.extend(o for o in prep_objects(obj, ("of",)) if _doubted_thing(o, False))
    return out


def _doubting_phrase(token: Token) -> bool:
    """Whether a verb heads a phrase of ``doubting_phrases`` (verb lemma, preposition, noun: "call
    into question", "bring into question")."""
    for phrase in cues().doubting_phrases:
        verb, prep, noun = phrase.split()
        if token.lemma_.lower() == verb and any(
            p.dep_ == "prep" and p.lower_ == prep and any(o.lower_ == noun for o in p.children)
            for p in token.children
        ):
            return True
    return False


def _thing_subject(verb: Token) -> bool:
    """Whether a verb's subject, or that of the verb it is the infinitive or the conjunct of, names
    no actor ("the revelations raised questions", "the delay called into question")."""
    for head in (verb, verb.head):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if subjects:
            return not names_actor(subjects[0])
        if verb.dep_ not in ("xcomp", "conj"):
            break
    return False


def _owned(noun: Token) -> bool:
    """Whether a noun has a possessor or a determiner of its own owner ("his", "Iran's")."""
    return any(p.dep_ == "poss" for p in noun.children)


def doubted_bearers(trig: Trigger) -> list[Token]:
    """The things a doubting trigger puts in doubt (``doubted_things``), whose owners it is aimed
    at ("questioned the legality of the governor's decree": the decree)."""
    return doubted_things(trig.token) if trig.sense is QUALITY_DOUBTED else []


def _doubted_thing(noun: Token, direct: bool) -> bool:
    """Whether a noun is a thing someone named owns that is no person or place; as the direct object
    (``direct``) also no event and no measure of ``debated_nouns``, which a quality named in
    front of it ("the legality of the governor's decree") puts in doubt all the same."""
    if names_people(noun) or names_place(noun):
        return False
    if direct and (match_noun(noun) is not None or noun.lemma_.lower() in cues().debated_nouns):
        return False
    return any(p.dep_ == "poss" and p.pos_ != "PRON" and names_people(p) for p in noun.children)


def intercepts_a_projectile(token: Token, sense: Sense) -> bool:
    """Whether a verb of interception (``interception_verbs``) has a projectile in flight as its
    object or passive subject (``projectile_nouns``: "air defences intercepted two rockets", "the
    missile was intercepted over Riyadh"): air defence, not the seizure of arms the CAMEO
    dictionary's "- * &WEAPON [1711] # INTERCEPT" codes ("intercepted a weapons cache")."""
    c = nonevent_cues()
    if verb_lemma(token, c.interception_verbs) is None:
        return False
    return any(ch.dep_ in ("dobj", "nsubjpass") and ch.lower_ in c.projectile_nouns for ch in token.children)


# the CAMEO code of talks, whatever their topic (the CONFER block's default: consult)
CONSULT_CODE = "040"


def talks_about(token: Token, sense: Sense) -> Sense:
    """The sense of a verb of talking (``consultation_verbs``, the CAMEO dictionary's CONFER block)
    that a dictionary pattern codes by its topic as a commitment or a material act (``topic_types``:
    "discussed military aid with the defence secretary", AID's 061; "discussed trade and
    investment", 0311): the talks themselves, a consultation, CAMEO 040, with its partner where the
    sense reads it; any other sense is returned as it is."""
    c = nonevent_cues()
    if sense.plover not in c.topic_types or verb_lemma(token, c.consultation_verbs) is None:
        return sense
    row = cameo_code(CONSULT_CODE)
    if row is None or not row.plover_type:
        return sense
    return replace(
        sense,
        key=f"{sense.key}+talks",
        cameo=CONSULT_CODE,
        plover=row.plover_type,
        mode=row.plover_mode or None,
    )


@cache
def force_nouns() -> frozenset[str]:
    """The nouns of the CAMEO dictionary's sets of arms and forces (``force_sets``) and of its
    vehicle sets (``vehicle_sets``), with the head word of each of their phrases ("antiaircraft
    missile batteries": batteries) and ``unit_nouns`` ("reinforcements", "a battery")."""
    synsets = load_json(CAMEO_VERBS_FILE)["synsets"]
    words = {w for name in nonevent_cues().force_sets for w in synsets.get(name, ())} | vehicle_nouns()
    heads = {w.split()[-1] for w in words if " " in w}
    return frozenset(words | heads | nonevent_cues().unit_nouns)


def moves_no_force(token: Token, sense: Sense) -> bool:
    """Whether a verb coded as moving or withdrawing forces (``force_codes``: deploy, mobilize,
    withdraw) by a sense that names no object of its own has a direct object that is no force: no
    actor, no place or vehicle and no weapon (``force_nouns``): "deployed its diplomatic resources",
    "mobilized support for the bill", "withdrew its complaint against the paper". The CAMEO codes
    move or withdraw armed forces, police or weapons; "deployed troops", "withdrew its tanks" are,
    and so is ground the forces hold or patrol, an area noun (``area_nouns`` of
    event_arguments.json) or one of ``ground_nouns`` ("patrolled the streets", "patrolled the
    border")."""
    c = nonevent_cues()
    if sense.objects or sense.origin == "pattern" or not sense.cameo.startswith(tuple(c.force_codes)):
        return False
    objects = [ch for ch in token.children if ch.dep_ == "dobj"]
    if not objects:
        return False
    ground = c.ground_nouns | argument_kinds().area_nouns
    return not any(
        names_actor(o) or names_place(o) or _force(o) or o.lemma_.lower() in ground for o in objects
    )


def kills_no_one(token: Token, sense: Sense) -> bool:
    """Whether a verb of killing (``killing_verbs``) coded as force is done to a measure, a plan or
    another thing that is ended, not to people: every direct object, or else every passive subject,
    a common noun of ``ended_things`` ("the committee killed the zoning proposal", "a plan to
    kill off the levy", "deputies executed a warrant at the warehouse", "the merger was killed").
    That is the sense "put an end to", not the PLOVER codebook's ASSAULT, deliberate violence
    against people; "killed three soldiers", "killed the bodyguard" are."""
    c = nonevent_cues()
    if sense.plover != "ASSAULT" or verb_lemma(token, c.killing_verbs) is None:
        return False
    objects = [ch for ch in token.children if ch.dep_ == "dobj"] or [
        ch for ch in token.children if ch.dep_ == "nsubjpass"
    ]
    things = c.ended_things
    return bool(objects) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and (o.lower_ in things or o.lemma_.lower() in things)
        for o in objects
    )


def _force(noun: Token) -> bool:
    """Whether a noun or a compound part of it is a noun of arms or forces (``force_nouns``:
    "troops", "Patriot batteries", "fighter jets")."""
    parts = (t.lemma_.lower() for t in noun.children if t.dep_ == "compound")
    return bool({noun.lemma_.lower(), noun.lower_, *parts} & force_nouns())


@cache
def _withdrawal_table() -> tuple[dict[str, str], frozenset[str]]:
    """The codes of leaving an agreement or talks (``withdrawal_codes``) and the nouns of the CAMEO
    verb dictionary's agreement sets (``agreement_sets``) with ``agreement_nouns``."""
    data = load_json(NONEVENT_CUES_FILE)
    synsets = load_json(CAMEO_VERBS_FILE)["synsets"]
    nouns = {w for name in data["agreement_sets"] for w in synsets.get(name, ())}
    return dict(data["withdrawal_codes"]), frozenset(nouns | set(data["agreement_nouns"]))


def _left_body(noun: Token, by_force: bool = False) -> str | None:
    """What a noun left by a withdrawal names: "contest" (a race, a debate: ``contest_nouns``,
    ``logistics_nouns``), "agreement" (a treaty, a deal, or an organisation: ``organisation_entities``,
    ``body_nouns``), "talks" (a noun the event lexicon reads as a consultation, not a visit), or
    None (a place, a force, anything else). A name the recogniser tags as an organisation that
    forces leave (``by_force``) is a site they held ("troops withdrew from the Zaporizhzhia Nuclear
    Power Plant"), no membership."""
    c = nonevent_cues()
    lemma = noun.lemma_.lower()
    if lemma in c.contest_nouns or lemma in c.logistics_nouns:
        return "contest"
    _, agreements = _withdrawal_table()
    if lemma in agreements or noun.lower_ in agreements or lemma in c.body_nouns:
        return "agreement"
    if noun.ent_type_ in c.organisation_entities and not names_place(noun) and not by_force:
        return "agreement"
    sense = lexicon().nouns.get(lemma)
    if sense is not None and sense.plover == "CONSULT" and sense.cameo not in cues().itinerary_codes:
        return "talks"
    return None


def recoded(sense: Sense, code: str, reading: str) -> Sense:
    """A sense read at another CAMEO code, its PLOVER type and mode from the code's row, its key
    marked with the reading ("+visit"); the sense as it is when the code has no PLOVER type."""
    row = cameo_code(code)
    if row is None or not row.plover_type:
        return sense
    return replace(
        sense, key=f"{sense.key}+{reading}", cameo=code, plover=row.plover_type, mode=row.plover_mode or None
    )


def test_firing(token: Token, sense: Sense | None) -> Sense | None:
    """A weapon fired or launched as a test, the verb written with "test-" ("test-fired a ballistic
    missile", "test-launched a rocket"): the sense of the verb "test" for what it acts on (the
    PLOVER codebook's MOBILIZE/weapons, "test weapons systems", CAMEO 150), whether or not the verb
    has a sense of its own ("fired a rocket" with no target is none); else the verb's own."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].lower_ != "test":
        return sense
    tested = next((s for s in lexicon().verbs.get("test", ()) if object_lemmas(token) & s.objects), None)
    return replace(tested, key=f"{token.lemma_.lower()}+test") if tested is not None else sense


def leaving(token: Token, sense: Sense) -> Sense | None:
    """The sense of a verb of withdrawing coded as a military retreat (``retreat_codes``) by what its
    "from" or "of" phrase names: leaving a treaty, a deal or an organisation is the PLOVER codebook's
    SANCTION/withdraw ("Washington withdrew from the nuclear deal", "Britain will pull out of the
    European Union"), leaving talks halts negotiations ("the rebels walked out of the talks"), and
    leaving a race or a debate is no event (None: "the senator withdrew from the race", the CAMEO
    dictionary's "WITHDRAW (FROM RACE) [---]"). A withdrawal from a place or with forces as object
    ("pulled its troops out of the town") is returned as it is."""
    c = nonevent_cues()
    if not sense.cameo.startswith(tuple(c.retreat_codes)):
        return sense
    if any(ch.dep_ == "dobj" and names_actor(ch) for ch in token.children):
        return sense
    left = [
        o for p in _prep_children(token) if p.lower_ in ("from", "of") for o in p.children if o.dep_ == "pobj"
    ]
    subjects = [ch for ch in token.children if ch.dep_ == "nsubj"]
    by_force = any(_force(subject) for subject in subjects)
    kinds = {_left_body(o, by_force) for o in left}
    if not left or None in kinds:
        return sense
    if kinds == {"contest"}:
        return None
    codes, _ = _withdrawal_table()
    kind = "agreement" if "agreement" in kinds else "talks"
    return recoded(sense, codes[kind], kind)


def invitation(token: Token, sense: Sense) -> Sense:
    """The sense of an invitation coded as an intent to meet (``invitation_recode``) that invites
    someone to do something other than meet, talk, visit or come (an infinitive whose verb is none
    of ``meeting_verbs``, ``consultation_verbs``, ``journey_verbs``) or take part in talks
    (``_to_talks``): an appeal to act, REQUEST ("invited the rebels to lay down their arms",
    "invited everyone to welcome the pope"); "invited the president to visit Moscow", "invited the
    party to rejoin the talks" and "invited them for talks" are returned as they are."""
    c = nonevent_cues()
    code = load_json(NONEVENT_CUES_FILE)["invitation_recode"].get(sense.cameo)
    if code is None:
        return sense
    acts = [
        ch
        for ch in token.children
        if ch.dep_ in ("xcomp", "ccomp") and ch.pos_ == "VERB" and any(a.lower_ == "to" for a in ch.children)
    ]
    meeting = c.meeting_verbs | c.consultation_verbs | c.journey_verbs
    if not acts or any(a.lemma_.lower() in meeting or _to_talks(a) for a in acts):
        return sense
    return recoded(sense, code, "appeal")


def trip_visit(token: Token, sense: Sense) -> Sense:
    """The sense of a trip the CAMEO verb dictionary codes as an intent to meet (``journey_recode``
    of a verb of ``journey_verbs``: "- * (TO ) [036] # FLY"): going somewhere is no promise to
    meet; it is a visit at most (CAMEO 042, the PLOVER codebook's CONSULT/visit, the visitor the
    source and the host the target), which the coder drops when it goes to no one or stays at home
    ("flew to Brussels" is a visit to Belgium or the union, not AGREE)."""
    c = nonevent_cues()
    code = load_json(NONEVENT_CUES_FILE)["journey_recode"].get(sense.cameo)
    if code is None or token.lemma_.lower() not in c.journey_verbs:
        return sense
    return recoded(sense, code, "visit")


def _to_talks(act: Token) -> bool:
    """Whether an act someone is invited to is taking part in talks: a word of its phrase the event
    lexicon reads as a consultation other than a visit ("to join the peace talks", "to return to
    the negotiating table", "to resume negotiations"), which the CAMEO dictionary's "- * (FOR
    &NEGOTIATION) [030] # INVITE" keeps an offer, not an appeal."""
    lex = lexicon()
    itinerary = cues().itinerary_codes
    for word in act.subtree:
        lemma = word.lemma_.lower()
        senses = [lex.nouns.get(lemma)] if word.pos_ == "NOUN" else list(lex.verbs.get(lemma, ()))
        if (
            word.i != act.i
            and word.pos_ in ("NOUN", "VERB")
            and any(s is not None and s.plover == "CONSULT" and s.cameo not in itinerary for s in senses)
        ):
            return True
    return False


def _noun_like(pos: str, tag: str, dep: str, ent_type: str) -> bool:
    """Whether a token (its ``pos_``, ``tag_``, ``dep_``, ``ent_type_``) may be an event noun: a
    common noun, or the subject of a clause a verbal noun in -ing or a capitalised noun heads, as
    the parse reads "Fighting resumed" and "Ceasefire takes effect" (no name the entity recogniser
    found)."""
    if pos == "NOUN":
        return True
    return dep in ("nsubj", "nsubjpass") and not ent_type and (tag == "VBG" or pos == "PROPN")


def find_triggers(sent: Span) -> list[Trigger]:
    """Event predicates of a sentence, in order."""
    lex = lexicon()
    found: list[Trigger] = []
    claimed: set[int] = set()
    # acts folded into a verb that codes neither ("challenged Kelvonia to attack": a taunt)
    taunted: set[int] = set()
    doc, rows = sent.doc, span_rows(sent)
    predicates, adjectives = intent_words().predicates, grievance_words().adjectives
    for offset, (pos, tag, lower) in enumerate(zip(rows.pos, rows.tag, rows.lower, strict=True)):
        # only a verb, an intent predicate (``intent_shaped``) or a word of displeasure
        # (``grievance_sense``) passes a test below: any other word is skipped before its Token is made
        if not (
            pos == "VERB"
            or lower in predicates
            or lower in adjectives
            or (tag in ("VBN", "JJ") and lower.endswith("ed"))
        ):
            continue
        token = doc[rows.start + offset]
        if token.i in taunted:
            continue
        if intent_shaped(token):
            # "is ready to resume talks", "is committed to military action": the subject's promise,
            # never a passive of the verb ("Germany is committed" commits Germany)
            intent = intent_trigger_sense(token)
            if intent is not None and not _intends_no_act(token):
                found.append(Trigger(token, intent, f"{INTENT_RULE}{intent.key}"))
                claimed.update(a.i for a in committed_acts(token))
            if intent is not None or committed_acts(token):
                continue
        # a verb voicing no intent noun has no voiced sense either: asked once per token
        voicing = voices_intent(token)
        voiced = voiced_intent_sense(token) if voicing else None
        act = voiced_intent_act(token) if voiced is not None else None
        if voiced is not None and (act is None or not _no_act(act)):
            # "expressed willingness to resume talks": the subject's promise of the act; the act
            # its "for" phrase names is that promise's ("signalled willingness for talks")
            found.append(Trigger(token, voiced, f"{INTENT_RULE}{voiced.key}"))
            claimed.update(a.i for a in voiced_acts(token))
            continue
        if voiced is None and voicing:
            # "expressed a desire for closer ties": an intent voiced with no act the recoding
            # knows is a plain statement, never the verb's own default (EXPRESS [110])
            continue
        grievance = grievance_sense(token)
        if grievance is not None:
            # "was disappointed with Ruritania's decision": the subject's criticism
            found.append(Trigger(token, grievance, f"{GRIEVANCE_RULE}{grievance.key}"))
            continue
        if not _is_predicate(token):
            continue
        light = _light_verb_reading(token, lex.light_verbs)
        if light is not None:
            claimed.add(light.noun.i if light.noun is not None else token.i)
            # the act a light verb of appeal asks for is no event of its own ("called for talks")
            if "+for+" in light.rule:
                claimed.update(
                    o.i for o in _light_objects(token, lex.support_nouns) if o.head.lower_ == "for"
                )
            if light.sense is not SUPPORT_ONLY:
                found.append(light)
            continue
        if _reports_an_event(token):
            continue
        act = taunted_act(token)
        if act is not None:
            taunted.add(act.i)
        sense = test_firing(token, match_verb(token))
        if sense is not None:
            sense = leaving(token, talks_about(token, sense))
        if sense is not None:
            sense = trip_visit(token, invitation(token, sense))
        purpose = _purpose_reading(token, sense) or (_held_meeting_reading(token) if sense is None else None)
        if purpose is not None:
            claimed.add(token.i if purpose.noun is None else purpose.noun.i)
            found.append(purpose)
        elif sense is not None and not other_sense(token, sense):
            found.append(Trigger(token, sense, f"verb:{sense.key}"))
        elif sense is None and _attack_word(token):
            found.append(Trigger(token, WORDS_ATTACK, f"verb:{token.lemma_.lower()}+verbal"))
        elif sense is None and points_to_a_failing(token):
            found.append(Trigger(token, FAILING_POINTED, f"verb:{token.lemma_.lower()}+failing"))
        elif sense is None and doubts_a_quality(token):
            found.append(Trigger(token, QUALITY_DOUBTED, f"verb:{token.lemma_.lower()}+doubt"))
    for offset, (pos, tag, dep, ent_type) in enumerate(
        zip(rows.pos, rows.tag, rows.dep, rows.ent_type, strict=True)
    ):
        if dep in ("compound", "amod") or not _noun_like(pos, tag, dep, ent_type):
            continue
        if rows.start + offset in claimed:
            continue
        token = doc[rows.start + offset]
        sense = match_noun(token)
        if sense is None:
            continue
        owned = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children)
        doers = owned or noun_doers(token) or talks_doer(token, sense.plover) is not None
        doers = doers or named_doer(token, sense) is not None
        if token.pos_ != "NOUN" and not doers and occurring(token) is None:
            continue
        if told_failing(token, sense):
            continue
        ended = ended_sense(token) if doers else None
        if ended is not None:
            # "the dockers' walkout ended": the dockers ended it
            found.append(Trigger(token, ended, f"noun:{sense.key}+ended", noun=token))
        elif not doers and _occurs(token, sense):
            # "riots erupted in the north", "talks began in Oslo": the act told as taking place
            found.append(Trigger(token, sense, f"noun:{sense.key}{OCCURS_SUFFIX}", noun=token))
        elif doers or finding_doer(token, sense.mode) is not None:
            found.append(Trigger(token, sense, f"noun:{sense.key}", noun=token))
    found.sort(key=lambda t: t.token.i)
    return found
