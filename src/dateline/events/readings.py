"""Senses a predicate takes from its context: attacks made with words, threats held by a condition or
by their own doer, judgements voiced in a copula clause ("the plan is a disgrace") and wrongdoing laid
at someone's door in one ("said the rebels were behind the bombing")."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from ..nlp.noun_kinds import agentive
from ..nlp.people_data import people_data
from ..ontology import load_json
from .actors import ActorResolver, actor_word, country_name_word, device_nouns, device_word, town_name
from .argument_kinds import (
    TIME_ENTITIES,
    argument_kinds,
    names_actor,
    names_people,
    never_target,
    story_headline,
)
from .clauses import content_clause, prep_objects
from .evaluation import denied_quality, judgement
from .headline import headline_claims
from .lexicon import (
    CRITICISM,
    PRAISE,
    Sense,
    armed_terms,
    cues,
    match_noun,
    match_verb,
)
from .nonevents import hazard, plain_lower, simple_present, unpunctuated

# "we must act" obliges the speaker: not a demand on another actor
FIRST_PERSON = frozenset({"i", "we"})


CONTRACTED_BE = frozenset({"'s", "'re"})


# possessives of the speaker's side: "our troops", "my government" are the source's own
FIRST_PERSON_OWNERS = frozenset({"my", "our"})


VERBAL_ATTACK = Sense(key="verbal-attack", cameo="111", plover="ACCUSE", mode="disapprove")
# adverbs that say an attack was made in words, as the CAMEO dictionary's '- VERBALLY * [111] # ATTACK'
VERBAL_ADVERBS = frozenset({"verbally"})


def verbal_attack(token: Token, sources: list[dict[str, Any]]) -> bool:
    """An attack verb used of words ("attacked his rival", "clashed with the president", "attacked
    the government's record"): said to be made in words (``VERBAL_ADVERBS``: "clashed verbally"), or
    no source is armed, a subject names an actor when no source was
    found, and the target is a named person, the object
    a policy or statement noun, or the sources all holders of political office or standing
    (``verbal_attack_offices``: "the candidate attacked immigrants")."""
    c = cues()
    if token.lemma_.lower() not in c.verbal_attack_verbs:
        return False
    if any(ch.dep_ == "advmod" and ch.lower_ in VERBAL_ADVERBS for ch in token.children):
        # "the two ministers clashed verbally", "verbally attacked the envoy"
        return True
    if any((a.get("sector") or "") in c.armed_sectors for a in sources):
        # an army, police or rebels attack with force ("troops attacked rebel positions")
        return False
    subjects = [ch for ch in token.children if ch.dep_ == "nsubj"]
    if not sources and subjects and not any(names_actor(s) for s in subjects):
        # words need a speaker: "a cyclone hit the south", "the storm battered the coast"
        return False
    if sources and all(office_holder(token.doc, a) for a in sources):
        # office holders and candidates attack with words ("the candidate attacked immigrants")
        return True
    return verbal_target(token)


def verbal_target(token: Token) -> bool:
    """Whether what an attack verb is aimed at is a named person, a holder of political office or
    standing, or a policy or statement noun ("hit the governor over the budget", "hammered his
    record")."""
    c = cues()
    objects = [ch for ch in token.children if ch.dep_ in ("dobj", "nsubjpass")]
    objects += prep_objects(token, ("with", "on", "at"))
    return any(
        _verbal_object(o) or _person(o) or o.lemma_.lower() in c.verbal_attack_offices for o in objects
    )


def instrument(token: Token) -> bool:
    """Whether a verb has a "with" phrase naming no actor, the instrument of a blow ("hit the
    officer with a bottle")."""
    return any(not names_actor(o) for o in prep_objects(token, ("with",)))


def _person(token: Token) -> bool:
    """Whether a word names a person: the parse's entity, a mention of a person of the story
    (``doc._.entities``; a headline's parse may read a surname as an organisation) or a proper noun
    led by a given name (``people_first_names.json``: "attacked Nikki Haley", the name tagged as an
    organisation)."""
    if token.ent_type_ == "PERSON":
        return True
    compounds = [c for c in token.children if c.dep_ == "compound"]
    if (
        token.pos_ == "PROPN"
        and token.ent_type_ not in ("FAC", "GPE", "LOC")
        and len(compounds) == 1
        and compounds[0].i == token.i - 1
        and compounds[0].text in people_data().first_names
    ):
        # a given name and a surname, not a longer name a given name opens ("Madison Square Garden")
        return True
    entities = token.doc._.entities if token.doc.has_extension("entities") else None
    return any(
        int(m["start"]) <= token.idx < int(m["end"])
        for e in entities or ()
        if e.get("type") == "PERSON"
        for m in e.get("mentions", ())
    )


def office_holder(doc: Doc, actor: dict[str, Any]) -> bool:
    """Whether an actor's phrase is headed by a word of political office or standing
    (``verbal_attack_offices``: "the two senators", "Republican lawmakers", "the candidate")."""
    start, end = actor.get("start"), actor.get("end")
    if start is None or end is None:
        return False
    span = doc.char_span(int(start), int(end), alignment_mode="expand")
    return span is not None and span.root.lemma_.lower() in cues().verbal_attack_offices


def _verbal_object(noun: Token) -> bool:
    """A policy or statement noun ("attacked his record"); one held by a people or an armed group
    names their ground ("struck Kurdish positions", "shelled rebel lines")."""
    c = cues()
    if noun.lemma_.lower() not in c.verbal_objects and noun.lower_ not in c.verbal_objects:
        return False
    terms = armed_terms()
    held = [m for m in noun.children if m.dep_ in ("amod", "compound") and m.i < noun.i]
    return not any(m.ent_type_ == "NORP" or m.lower_ in terms for m in held)


CONDITIONAL_THREAT = Sense(key="conditional-threat", cameo="130", plover="THREATEN")


def conditional_threat(token: Token) -> bool:
    """A promise whose complement holds a hostile condition: "vowed to respond if attacked"."""
    c = cues()
    for clause in (ch for ch in token.children if ch.dep_ in ("xcomp", "ccomp")):
        for word in clause.subtree:
            if word.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in c.conditional_marks for m in word.children
            ):
                continue
            sense = match_verb(word)
            if sense is not None and sense.plover in c.conditional_threat_types:
                return True
    return False


def clause_subject(token: Token) -> Token | None:
    """The subject of a predicate's clausal complement ("warned [that the army would act]")."""
    clause = next((ch for ch in token.children if ch.dep_ == "ccomp"), None)
    if clause is None:
        return None
    return next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")), None)


def _object_clause(token: Token) -> Token | None:
    """A "that" clause the parse hung on the verb's object ("warned residents [that the rains will
    ...]"), which is the verb's own complement."""
    for obj in (ch for ch in token.children if ch.dep_ == "dobj"):
        for clause in (ch for ch in obj.children if ch.dep_ == "acl"):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return clause
    return None


def threat_by_source(token: Token, sources: list[dict[str, Any]], actors: ActorResolver) -> bool:
    """A threat is the source's own action: "warned that it would retaliate" is one, "warned that
    the vote could hurt growth" is a forecast. A clause complement whose subject is a pronoun or an
    actor of the source's country keeps the threat; any other subject does not, nor does an
    existential clause ("warned that there is no room for compromise") or a clausal subject."""
    clause = next((ch for ch in token.children if ch.dep_ == "ccomp"), None) or _object_clause(token)
    if clause is None:
        return True
    if any(ch.dep_ in ("expl", "csubj", "csubjpass") for ch in clause.children):
        # "warned that arming the rebels could prolong the war": an action as subject is a forecast
        return False
    subject = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    if answered_clause(token):
        # "warned Belarus that any incursion would be met with force": the warner's response
        return True
    if not names_actor(subject) and not any(ch.dep_ == "poss" for ch in subject.children):
        # "warned residents that the rains will cause landslides": a forecast, no one's act
        return False
    countries = {a.get("country") for a in sources if a.get("country")}
    found = actors.actors(subject)
    return bool(found) and any(a.get("country") in countries for a in found)


def answered_clause(token: Token) -> bool:
    """Whether a warning's clause foretells a hostile answer to what its subject names, with no
    one else to give it: a noun of ``response_nouns`` in the clause's "with" phrase or as its
    object ("warned Belarus that any incursion would be met with force", "that protesters would
    be met with force", "that any attack would provoke retaliation"), as the CAMEO verb
    dictionary codes a warning of a response or of reprisals as a threat ('- * (OF RESPONSE)
    [130] # WARN', '- * {SEVERE REPRISALS} [130]'): the warner's own response. Not negated, under
    a modal of the future or of possibility; a response someone else owns or gives ("a response
    from emergency services") or one to a natural hazard ("the floods would be met with ...") is
    no threat of the warner."""
    clause = next((ch for ch in token.children if ch.dep_ == "ccomp"), None) or _object_clause(token)
    if clause is None or any(ch.dep_ in ("neg", "agent") for ch in clause.children):
        return False
    if not any(ch.dep_ == "aux" and ch.lower_ in WARNING_AUX for ch in clause.children):
        return False
    subject = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or hazard(subject):
        return False
    nouns = [ch for ch in clause.children if ch.dep_ == "dobj"] + prep_objects(clause, ("with",))

    def given(noun: Token) -> bool:
        # "a response from emergency services", "their response": someone else's answer
        return any(
            ch.dep_ == "poss" or (ch.dep_ == "prep" and ch.lower_ in ("by", "from")) for ch in noun.children
        )

    return any(n.lemma_.lower() in cues().response_nouns and not given(n) for n in nouns)


def _judged(subject: Token | None) -> Token | None:
    """Whom a judged copula subject stands for: the subject when it names people (not the speaker's
    "I" or "we"), the owner of a thing people own ("the minister's remarks"), or the doer of an act
    named with its nationality or name (an event noun or ``act_nouns``: "U.S. sanctions", "the
    Turkish move"), else None; a natural hazard or hardship that befell someone is no deed of theirs
    (the nonevent cues' ``hazard_nouns``: "Kenya's floods were a tragedy")."""
    if subject is None or subject.lower_ in FIRST_PERSON:
        return None
    if hazard(subject):
        return None
    if names_people(subject):
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None:
        # a name set before the thing as its owner ("the Senate plan", "the Castillo budget")
        owner = next((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if owner is None and _act_word(subject):
        owner = next((d for d in deed_doers(subject) if names_people(d)), None)
    if owner is None or owner.lower_ in FIRST_PERSON_OWNERS or not names_people(owner):
        return None
    return owner


def _act_word(noun: Token) -> bool:
    """Whether a noun names an act: an event noun of the lexicon or one of ``act_nouns``."""
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in cues().act_nouns or match_noun(noun) is not None)


# complements that make a judgement under a modal one of a possible act ("would be wrong to resign")
MODAL_COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl"})


def judging_predicates(clause: Token, negated: bool = False) -> list[Token]:
    """The predicate words of a copula clause that voices a judgement (none when it is negated or
    under a modal other than one of the future: "was not a liar", "could be a liar"; "would be a
    disaster" judges, but not a predicate with a complement of its own, "would be mistaken to").
    With ``negated`` the predicates of a negated clause instead ("is not fit to lead")."""
    modals = [ch for ch in clause.children if ch.dep_ == "aux" and ch.tag_ == "MD"]
    if any(plain_lower(m) not in FUTURE_AUX for m in modals):
        return []
    if any(ch.dep_ == "neg" for ch in clause.children) != negated:
        return []
    # the parse may make a copula's noun its object ("She's a disgrace")
    words = [ch for ch in clause.children if ch.dep_ in ("attr", "acomp", "dobj")]
    if modals and any(ch.dep_ in MODAL_COMPLEMENTS for w in (clause, *words) for ch in w.children):
        # "would be wrong to fire him" weighs an act not done, it judges no one
        return []
    # a noun set beside the predicate restates it ("is a phony, a fraud")
    return [*words, *(ch for w in words for ch in w.children if ch.dep_ == "appos")]


def copulas(clause: Token) -> list[Token]:
    """A copula clause and the copula clauses coordinated with it ("she is a disgrace and her
    comments are a disgrace")."""
    return [clause, *(c for c in clause.children if c.dep_ == "conj" and is_copula(c))]


def is_copula(token: Token) -> bool:
    """Whether a verb is "be", also a contracted "'s" or "'re" the lemmatizer leaves as it is."""
    contracted = plain_lower(token) in CONTRACTED_BE
    return token.lemma_ == "be" or (token.tag_ in ("VBZ", "VBP") and contracted)


def judged_clauses(reporter: Token) -> list[tuple[Token | None, Token]]:
    """(subject, predicate word) of the clauses a reporting verb governs that may judge someone."""
    out: list[tuple[Token | None, Token]] = []
    for child in reporter.children:
        if child.dep_ == "ccomp" and is_copula(child):
            for clause in copulas(child):
                subject = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
                out.extend((subject, pred) for pred in judging_predicates(clause))
                # a quality denied whose opposite condemns: "said he is not fit to lead"
                out.extend((subject, pred) for pred in judging_predicates(clause, negated=True))
        elif child.dep_ == "ccomp" and child.pos_ in ("ADJ", "NOUN"):
            # a headline's verbless clause: "says Y 'absolutely wrong'", "says Y not fit to lead"
            subject = next((ch for ch in child.children if ch.dep_ == "nsubj"), None)
            if subject is not None:
                out.append((subject, child))
        elif child.dep_ == "ccomp" and child.lemma_.lower() in cues().performance_verbs:
            # a job said to be done well or badly: "said the governor had done a great job"
            subject = next((ch for ch in child.children if ch.dep_ == "nsubj"), None)
            if not any(ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for ch in child.children):
                out.extend(
                    (subject, ob)
                    for ob in child.children
                    if ob.dep_ == "dobj" and ob.lemma_.lower() in cues().performance_nouns
                )
        elif child.dep_ == "ccomp" and child.lemma_.lower() in cues().lacking_verbs:
            # a quality of fitness said to be lacking: "said the governor lacks the judgment to govern"
            subject = next((ch for ch in child.children if ch.dep_ == "nsubj"), None)
            if not any(ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for ch in child.children):
                out.extend((subject, ob) for ob in child.children if ob.dep_ == "dobj" and lacked_quality(ob))
        elif child.dep_ == "nsubj" and child.i < reporter.i and inverted_speaker(reporter) is not None:
            # a headline's verbless claim before an inverted speaker: "X's plan a failure, says Y"
            out.extend((child, pred) for pred in child.children if pred.dep_ == "appos")
        elif child.dep_ in ("dobj", "dep"):
            # a quoted apposition to the object (or to the name the parse leaves unattached): "says
            # the chief 'a disgrace'", "says Y 'unfit' to serve"
            # (the parse may hang the opening quotation mark on the apposition itself)
            out.extend((child, pred) for pred in child.children if pred.dep_ == "appos" and quoted_word(pred))
    out.extend(pair for pair in headline_claims(reporter) if pair not in out)
    return out


def inverted_speaker(reporter: Token) -> Token | None:
    """The subject after a reporting verb that has a subject before it too and punctuation right
    before it, as the parse reads a headline's claim set before "says Y" ("X's plan a failure, says
    Y"): the speaker, else None."""
    subjects = [ch for ch in reporter.children if ch.dep_ == "nsubj"]
    if not any(s.i < reporter.i for s in subjects):
        return None
    # the claim ends in a comma or a quotation mark before the verb ("..., says Y"; "X: Y 'a
    # disgrace'" read as "X says Y ..." has its claim after the verb)
    if reporter.i == 0 or not reporter.doc[reporter.i - 1].is_punct:
        return None
    return next((s for s in subjects if s.i > reporter.i), None)


def quoted_word(word: Token) -> bool:
    """Whether a word's phrase opens with a quotation mark, or follows one ("'unfit'", "a 'fraud'")."""
    first = word.left_edge
    before = word.doc[first.i - 1] if first.i > 0 else None
    return first.is_quote or (before is not None and before.is_quote)


def lacked_quality(noun: Token) -> bool:
    """Whether a noun is a quality of fitness or conduct (``lacked_qualities``: "judgment",
    "credibility", "the moral authority") whose lack is a charge."""
    qualities = cues().lacked_qualities
    if noun.lower_ in qualities or noun.lemma_.lower() in qualities:
        return True
    mods = " ".join(t.lower_ for t in noun.children if t.dep_ == "amod" and t.i < noun.i)
    return bool(mods) and f"{mods} {noun.lower_}" in qualities


def judgements_of(subject: Token | None, pred: Token) -> list[tuple[Token, Sense]]:
    """[(one judged, sense)] when ``pred`` judges the subject: people, or for criticism a thing
    people own; a thing rated good or true ("her claim was true") praises no one."""
    judged = _judged(subject)
    if judged is None:
        return []
    # the negation sits on the predicate of a verbless clause, else on its copula
    copula = pred.head if pred.head.i != pred.i and is_copula(pred.head) else None
    negated = any(ch.dep_ == "neg" for ch in (*pred.children, *(copula.children if copula else ())))
    if pred.dep_ == "dobj" and pred.head.lemma_.lower() in cues().lacking_verbs:
        # a virtue lacked ("lacks the courage to act") is a fault, whatever praise its noun holds
        sense = CRITICISM if lacked_quality(pred) else None
    else:
        sense = denied_quality(pred) if negated else judgement(pred)
    if sense is None or (sense is PRAISE and judged is not subject):
        return []
    return [(judged, sense)]


BLAME = Sense(key="blame", cameo="112", plover="ACCUSE", mode="allege")
# an act said to be a wrong ("said the strikes constituted a violation"): criticism of its doer
VERDICT = Sense(key="verdict", cameo="111", plover="ACCUSE", mode="disapprove")
# what someone is told they will suffer ("said Iran would pay a heavy price"): a threat to them
WARNING = Sense(key="warning", cameo="130", plover="THREATEN")
# auxiliaries of a clause that foretells, and those a warning foretells with too
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
WARNING_AUX = FUTURE_AUX | frozenset({"could", "may", "might"})


@cache
def _wrongdoing_words() -> frozenset[str]:
    """The words that name a wrong whatever their sense: ``wrongdoing_nouns`` of event_cues.json and
    the CAMEO dictionary's sets of ``wrongdoing_sets`` ("&CRIME": offence, violation, ...)."""
    c = cues()
    synsets = load_json("cameo_verbs.json")["synsets"]
    return c.wrongdoing_nouns | frozenset(w for name in c.wrongdoing_sets for w in synsets.get(name, ()))


@cache
def _wrongdoing_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words of a wrong written as a hyphenated or spaced compound ("ill-treatment", "ill
    treatment"): its head noun, the last word, with the words that must modify it before it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in _wrongdoing_words():
        parts = tuple(entry.lower().replace("-", " ").split())
        if len(parts) > 1:
            out.setdefault(parts[-1], []).append(parts[:-1])
    return {head: tuple(mods) for head, mods in out.items()}


def _modified_as(noun: Token, modifiers: tuple[str, ...]) -> bool:
    """Whether the words right before a noun, hyphens aside, are the given modifiers, all within its
    phrase ("the ill-treatment", "the ill treatment" for ("ill",))."""
    i = noun.i
    for word in reversed(modifiers):
        i -= 1
        if i >= 0 and noun.doc[i].text == "-":
            i -= 1
        if i < noun.left_edge.i or noun.doc[i].lower_ != word:
            return False
    return True


def wrongdoing(noun: Token) -> bool:
    """Whether a noun names a wrong done: an act of force or coercion of the event lexicon
    (``wrongdoing_types``: "the bombing", "the killings"), a word of the CAMEO dictionary's crime set
    or of ``wrongdoing_nouns`` ("the plot", "the violence", "the explosion"); an entry of several
    words is its last word with the others before it ("the ill-treatment", "the ill treatment")."""
    words = _wrongdoing_words()
    if noun.lower_ in words or noun.lemma_.lower() in words:
        return True
    phrases = _wrongdoing_phrases()
    mods = phrases.get(noun.lower_) or phrases.get(noun.lemma_.lower())
    if mods and any(_modified_as(noun, m) for m in mods):
        return True
    sense = match_noun(noun)
    return sense is not None and sense.plover in cues().wrongdoing_types


def names_a_wrong(head: Token) -> bool:
    """Whether an argument head is a word for a wrong done that the actor dictionaries also read as
    its unknown doers ("an explosion", "a blast": unidentified armed forces): as the doer of an
    event it names the act, not an actor, and the act's own doer is the one named with it
    (``deed_doers``), else no one ("an explosion injured 29 people" is coded with its target
    only). A weapon (``thing_sets``) stays with the dictionaries, but for the device of an attack
    ("a roadside bomb killed ...": ``arguments.attack_device``)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in argument_kinds().thing_nouns:
        return False
    return wrongdoing(head) and actor_word(head)


def _blame_predicates(clause: Token) -> list[Token]:
    """The words of a copula clause that lay a wrongdoing at its subject's door: "behind" or
    "responsible for" with a wrongdoing as object ("were behind the attack", "was responsible for
    the killings"), "to blame" with any ("was to blame for the crisis")."""
    words = cues().blame_predicates
    out = []
    for child in clause.children:
        if child.lower_ not in words:
            continue
        if child.dep_ == "prep":
            objects = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "acomp":
            objects = prep_objects(child, ("for",))
        elif child.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            out.append(child)
            continue
        else:
            continue
        if any(wrongdoing(o) for o in objects):
            out.append(child)
    return out


# a clause a reporting verb governs, and one the parse hangs on the statement it was made in
REPORTED_DEPS = ("ccomp", "acl")


def statement_clauses(reporter: Token) -> list[Token]:
    """The content clauses the parse hangs on the statement noun of a reporting verb's phrase
    rather than on the verb ("said in a written note that the raids broke the truce": the clause
    of "statement"), which the verb reports as its own."""
    nouns = cues().statement_nouns
    statements = [n for p in reporter.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
    return [
        clause
        for noun in statements
        if noun.lemma_.lower() in nouns
        for clause in noun.children
        if content_clause(clause)
    ]


def blamed_clauses(reporter: Token) -> list[tuple[Token, Token]]:
    """(one blamed, predicate word) of the clauses a reporting verb governs that lay a wrongdoing at
    someone's door: a copula clause ("said the rebels were behind the bombing", "said the militia
    was responsible for the killings", "said the army was to blame"), not negated or under a modal
    ("said the rebels could not have been behind it"), whose subject names people or is a deed
    of someone's ("said police raids were responsible for the deaths": the police); a headline's
    verbless clause ("says rebels behind bombing") likewise; and a clause that has its subject
    commit a wrong ("said government forces had committed war crimes", ``_wrong_word``)."""
    out: list[tuple[Token, Token]] = []
    for child in [*reporter.children, *statement_clauses(reporter)]:
        if child.dep_ in ("ccomp", "dobj") and child.pos_ in ("NOUN", "PROPN") and names_people(child):
            out.extend((child, pred) for pred in _blame_predicates(child) if pred.dep_ == "prep")
        if child.dep_ in REPORTED_DEPS:
            out.extend(clause_blames(child))
    return out


def clause_blames(clause: Token) -> list[tuple[Token, Token]]:
    """(one blamed, predicate word) of one clause said by someone, as ``blamed_clauses`` reads the
    clauses a reporting verb governs; also the root of a sentence of a quotation that does not name
    its speaker ("'The minister lied to us. ...,' she said")."""
    out: list[tuple[Token, Token]] = []
    if is_copula(clause):
        for copula in copulas(clause):
            if any(ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for ch in copula.children):
                continue
            subject = next((ch for ch in copula.children if ch.dep_ == "nsubj"), None)
            for blamed in _blamed_ones(subject):
                out.extend((blamed, pred) for pred in _blame_predicates(copula))
    wrong = _wrong_word(clause)
    if wrong is not None:
        # the parse may hang the subject on the auxiliary ("guards" of "guards had committed")
        heads = [clause, *(a for a in clause.children if a.dep_ == "aux")]
        subject = next((ch for h in heads for ch in h.children if ch.dep_ == "nsubj"), None)
        if not generic_present(clause, subject):
            out.extend((blamed, wrong) for blamed in _blamed_ones(subject))
    return out


def generic_present(verb: Token, subject: Token | None) -> bool:
    """Whether a clause states a general truth: its verb in the simple present (no auxiliary) in a
    sentence with final punctuation (no headline), and its subject a bare common noun, a plural or
    mass noun with no determiner, possessor, number, name or nationality ("said television lies
    to children", "said tabloids distort facts"). The guide's generic statements are no
    events; "said the minister lies to us" and "said Russia violates the truce" name a specific
    actor and stay criticism."""
    if subject is None or not simple_present(verb) or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    # a headline's simple present tells news ("Kiev says rebels violate truce")
    if unpunctuated(verb.sent.text) or story_headline(verb):
        return False
    # "Russian troops": a nationality or a place names whose they are
    if any(ch.dep_ in ("det", "poss", "nummod", "compound") or ch.ent_type_ for ch in subject.children):
        return False
    # "soldiers violate the ceasefire": a particular thing done to makes the doers particular too
    return not any(
        ch.dep_ == "dobj"
        and ch.tag_ in ("NN", "NNP")
        and any(d.dep_ == "poss" or d.lower_ in ("the", "this", "that") for d in ch.children)
        for ch in verb.children
    )


def _wrong_word(verb: Token) -> Token | None:
    """The word by which a clause says its subject committed a wrong, not negated ("had committed no
    crimes") or under a modal: the verb itself for ``wrong_committing_verbs`` with a wrongdoing as
    object ("said the militia had committed war crimes", the CAMEO dictionary's COMMIT * &CRIME and
    * ABUSES), a breach of what the object names or a wrong of its own (``norm_breaking_verbs``:
    "said Turkish troops had violated its sovereignty", "said the senator had lied";
    ``truce_breaking_verbs`` with a truce or a law: "had broken the ceasefire"), a wrong or a
    truth hidden (``concealing_verbs``: "had covered up the abuse"), a trust abused
    (``object_bound_wrongs``: "had abused his office"), an act done "in violation of" something
    (``breach_nouns``) or wrongly (``wrong_adverbs``: "had unlawfully killed civilians"), or
    responsibility borne (``responsibility_verbs``: "bore full responsibility for the crisis"); the
    adverb or the breach noun for an act said to be done wrongly, which stays an act of its own
    ("had unlawfully struck a school": the strike)."""
    c = cues()
    lemma = verb.lemma_.lower()
    # the parse may hang a modal on the auxiliary after it ("may" of "may have committed")
    auxiliaries = [verb, *(a for a in verb.children if a.dep_ == "aux")]
    if any(
        ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for a in auxiliaries for ch in a.children
    ):
        return None
    objects = [ch for ch in verb.children if ch.dep_ == "dobj" and not _denied_object(ch)]
    adverb = next((ch for ch in verb.children if ch.dep_ == "advmod" and ch.lower_ in c.wrong_adverbs), None)
    if adverb is not None:
        # "had unlawfully killed civilians"
        return adverb
    if lemma in c.responsibility_verbs:
        wrong = any(o.lemma_.lower() == "responsibility" for o in objects)
    elif lemma in c.wrong_committing_verbs:
        wrong = any(wrongdoing(o) for o in objects)
    elif lemma in c.norm_breaking_verbs:
        # "had lied", "had meddled in the election": a wrong with or without an object
        wrong = _in_wrong_sense(verb) and (
            bool(objects) or not any(ch.dep_ == "dobj" for ch in verb.children)
        )
    elif lemma in c.object_bound_wrongs:
        # "had abused his office", "had obstructed the inquiry"; not "had abused the detainees"
        bound = c.object_bound_wrongs[lemma]
        wrong = any(o.lemma_.lower() in bound or o.lower_ in bound for o in objects)
    elif _concealing(verb):
        # "had covered up the abuse", "hushed up the scandal"
        wrong = any(wrongdoing(o) or o.lemma_.lower() in c.concealed_nouns for o in objects)
    elif lemma in c.truce_breaking_verbs:
        norms = frozenset(load_json("cameo_verbs.json")["synsets"].get("CEASEFIRE", ())) | c.broken_norms
        wrong = any(o.lemma_.lower() in norms or o.lower_ in norms for o in objects)
    else:
        return next(iter(breach_phrases(verb)), None)
    return verb if wrong else None


def _concealing(verb: Token) -> bool:
    """Whether a verb is one of ``concealing_verbs`` with its particle ("covered up", "whitewashed")."""
    for phrase in cues().concealing_verbs:
        lemma, *particle = phrase.split()
        if verb.lemma_.lower() == lemma and (
            not particle or any(ch.dep_ == "prt" and ch.lower_ == particle[0] for ch in verb.children)
        ):
            return True
    return False


# complements that tell where or how something lies ("lying in a ditch", "lying low", "lies dead")
_POSTURE_DEPS = frozenset({"prep", "prt", "advmod", "acomp", "oprd", "xcomp", "npadvmod", "dobj", "attr"})


def _in_wrong_sense(verb: Token) -> bool:
    """Whether a verb whose lemma a verb of no wrong shares (``shared_norm_lemmas``: "lie" of "lay"
    and "lain") is in its sense of a wrong: one of its forms ("had lied"), a phrase of its
    prepositions ("lying about the deaths") or a bare form with nothing of place or posture ("is
    lying"), not "the bodies lay in a ditch"."""
    shared = cues().shared_norm_lemmas.get(verb.lemma_.lower())
    if shared is None:
        return True
    if verb.lower_ in shared.get("forms", frozenset()):
        return True
    preps = shared.get("preps", frozenset())
    if any(ch.dep_ == "prep" and ch.lower_ in preps for ch in verb.children):
        return True
    # "said the minister is lying": no phrase, particle or adverb of where or how one lies
    return verb.lower_ in shared.get("bare_forms", frozenset()) and not any(
        ch.dep_ in _POSTURE_DEPS for ch in verb.children
    )


def breach_phrases(verb: Token) -> list[Token]:
    """The nouns of a verb's "in violation of" or "in breach of" phrases (``breach_nouns``)."""
    return [
        noun
        for noun in prep_objects(verb, ("in",))
        if noun.lemma_.lower() in cues().breach_nouns and any(p.lower_ == "of" for p in noun.children)
    ]


def names_a_verdict(predicate: Token) -> bool:
    """Whether a predicate condemns what it is said of: a word of ``deed_verdicts`` or a wrong
    (``wrongdoing``) as the predicate, a modifier of it or the object of its "of" phrase ("a
    flagrant violation", "a cowardly act", "an act of terrorism")."""
    verdicts = cues().deed_verdicts
    words = [predicate, *(m for m in predicate.children if m.dep_ in ("amod", "compound"))]
    words += [o for p in predicate.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(w.lemma_.lower() in verdicts or w.lower_ in verdicts for w in words) or any(
        w.pos_ == "NOUN" and wrongdoing(w) for w in words
    )


def act_doers(noun: Token) -> list[Token]:
    """Who did the act a noun names: a wrong's doers (``deed_doers``); for another act ("the
    decision", "the remarks", "the deployment") also a person owning it ("the president's
    remarks")."""
    doers = deed_doers(noun)
    if wrongdoing(noun):
        return doers
    owners = [c for c in noun.children if c.dep_ == "poss" and c not in doers]
    return [*owners, *doers]


def _verdict_clauses(clause: Token) -> list[tuple[Token | None, Token]]:
    """(subject, predicate) of a copula or ``verdict_linking_verbs`` clause, not negated or under
    a modal ("was a blatant interference", "constituted a violation", "amounted to punishment")."""
    if is_copula(clause):
        return [
            (next((ch for ch in c.children if ch.dep_ == "nsubj"), None), pred)
            for c in copulas(clause)
            for pred in judging_predicates(c)
        ]
    lemma = clause.lemma_.lower()
    pejorative = cues().pejorative_linking_verbs.get(lemma)
    if lemma not in cues().verdict_linking_verbs and pejorative is None:
        return []
    if any(ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for ch in clause.children):
        return []
    subject = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
    if pejorative is not None:
        return [(subject, pred) for pred in prep_objects(clause, (pejorative,))]
    predicates = [ch for ch in clause.children if ch.dep_ in ("dobj", "attr")]
    predicates += prep_objects(clause, ("to",))
    return [(subject, pred) for pred in predicates]


def _condemns(clause: Token, pred: Token) -> bool:
    """Whether a verdict clause's predicate condemns what the subject names: a verb of
    ``pejorative_linking_verbs`` ("smacked of desperation") unless it names a smell
    (``odour_nouns``: "reeked of alcohol"), a verdict (``names_a_verdict``), or after a verb of
    ``verdict_linking_verbs`` a word the evaluation lexicon reads as criticism ("amounted to a
    betrayal")."""
    if clause.lemma_.lower() in cues().pejorative_linking_verbs:
        return not _odour(pred)
    if names_a_verdict(pred):
        return True
    return not is_copula(clause) and judgement(pred) is CRITICISM


def condemned_clauses(reporter: Token) -> list[tuple[Token, Token]]:
    """(doer, predicate word) of the clauses a reporting verb governs that condemn an act as a wrong
    (``names_a_verdict``): "said the Turkish strikes constituted a violation of its sovereignty",
    "said the president's remarks were a blatant interference": criticism of the act's doer
    (``act_doers``). A subject naming people is left to the judgements of ``evaluation``."""
    out: list[tuple[Token, Token]] = []
    clauses = [c for c in reporter.children if c.dep_ == "ccomp"] + statement_clauses(reporter)
    out.extend(_misread_pejoratives(reporter))
    for clause in clauses:
        for subject, pred in _verdict_clauses(clause):
            if subject is None or not _condemns(clause, pred):
                continue
            if names_people(subject):
                # a person said to smack of something is judged by the verb itself; a copula's
                # judgement of a person is the evaluation lexicon's
                if clause.lemma_.lower() in cues().pejorative_linking_verbs:
                    out.append((subject, pred))
                continue
            if subject.pos_ == "NOUN" and not hazard(subject):
                out.extend((doer, pred) for doer in act_doers(subject) if names_people(doer))
    return out


def _odour(pred: Token) -> bool:
    """Whether a predicate of a verb of ``pejorative_linking_verbs`` names a smell the verb reports
    literally (``odour_nouns``: "the driver reeked of alcohol"), no judgement."""
    return pred.lemma_.lower() in cues().odour_nouns or pred.lower_ in cues().odour_nouns


def _misread_pejoratives(reporter: Token) -> list[tuple[Token, Token]]:
    """(doer, predicate) of a reported clause whose verb of ``pejorative_linking_verbs`` the parse
    read as a plural noun, the reporting verb's object, with the clause's subject hung on it as a
    compound and its owner as a possessor ("says Trump's plan reeks of desperation": "reeks" a
    noun): the owner, or the doer of the act the subject names, or a subject naming people."""
    out: list[tuple[Token, Token]] = []
    table = cues().pejorative_linking_verbs
    for noun in (c for c in reporter.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        prep = table.get(noun.lemma_.lower())
        if prep is None or not noun.lower_.endswith("s"):
            continue
        preds = [p for p in prep_objects(noun, (prep,)) if not _odour(p)]
        subjects = [c for c in noun.children if c.dep_ == "compound"]
        owners = [c for c in noun.children if c.dep_ == "poss" and names_people(c)]
        doers = owners or [d for s in subjects for d in ([s] if names_people(s) else act_doers(s))]
        out.extend((d, p) for d in doers if names_people(d) for p in preds[:1])
    return out


def warned_clauses(reporter: Token) -> list[tuple[Token, Token]]:
    """(one warned, predicate verb) of the clauses a reporting verb governs that foretell what their
    subject will suffer (``threat_predicates``: "said Iran would pay a heavy price", "said Hamas
    would face serious consequences"; under a verb of ``warning_verbs`` also what they could suffer:
    "warned that Kiev could face consequences"), not negated; the speaker's own subject ("we") is
    left out."""
    table = cues().threat_predicates
    out: list[tuple[Token, Token]] = []
    clauses = [c for c in reporter.children if c.dep_ == "ccomp"] + statement_clauses(reporter)
    for clause in clauses:
        objects = table.get(clause.lemma_.lower())
        if objects is None:
            continue
        foretelling = WARNING_AUX if reporter.lemma_.lower() in cues().warning_verbs else FUTURE_AUX
        foretold = any(c.dep_ == "aux" and plain_lower(c) in foretelling for c in clause.children)
        if not foretold or any(c.dep_ == "neg" for c in clause.children):
            continue
        said = [c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"]
        if objects and not any(o in objects for o in said):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in FIRST_PERSON and names_people(subject):
            out.append((subject, clause))
    return out


def concerns(word: Token) -> list[tuple[Token, Token, Sense]]:
    """(one concerned, one it is aimed at, sense) when a word of ``concern_adjectives`` says someone
    is concerned or outraged about something ("the ministry is deeply concerned about Iran's
    support for the rebels", "said it was appalled by Turkey's arrest of a reporter"): the predicate
    of a copula or a passive participle, not negated or under a modal nor a past feeling the
    narrator tells (``_narrated_feeling``); aimed at the people a
    ``concern_preps`` phrase names or at the doers of the act it names (``act_doers``), never at
    the one a wrong befell."""
    c = cues()
    code = c.concern_adjectives.get(word.lower_)
    if code is None:
        return []
    head = word.head if word.dep_ == "acomp" and is_copula(word.head) else word
    subject = next((ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (head is word and not any(ch.dep_ == "auxpass" for ch in word.children)):
        return []
    if any(
        ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for ch in (*head.children, *word.children)
    ):
        return []
    if _narrated_feeling(head, word):
        return []
    phrases = [p for p in word.children if p.dep_ in ("prep", "agent") and p.lower_ in c.concern_preps]
    causes = [o for p in phrases for o in p.children if o.dep_ == "pobj"]
    sense = Sense(key="concern", cameo=code, plover="ACCUSE", mode="disapprove")
    out: list[tuple[Token, Token, Sense]] = []
    for cause in causes:
        aimed = [cause] if names_people(cause) else [d for d in act_doers(cause) if names_people(d)]
        out.extend((subject, one, sense) for one in aimed)
    return out


def _narrated_feeling(head: Token, word: Token) -> bool:
    """Whether a feeling is told by the narrator in the past ("investors were worried about the
    slowdown", "fans were outraged by the decision"), not said by the one who has it: no reporting
    verb governs its clause or hangs on it ("said it was troubled by", "was deeply concerned, the
    ministry said"); a statement of one's concern is in the present ("the ministry is deeply
    concerned")."""
    tensed = [head, *(a for a in (*head.children, *word.children) if a.dep_ in ("aux", "auxpass"))]
    if not any(t.tag_ == "VBD" for t in tensed):
        return False
    reporting = cues().reporting_verbs
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in reporting:
        return False
    said = [ch for ch in head.children if ch.dep_ in ("ccomp", "parataxis")]
    return not any(ch.lemma_.lower() in reporting for ch in said)


def _denied_object(noun: Token) -> bool:
    """Whether an object is negated by its determiner ("committed no crimes")."""
    return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in noun.children)


# entity types of a modifier that names a deed's doer ("the Israeli strike", "the Houthi attack")
DOER_MODIFIER_ENTS = frozenset({"NORP", "GPE", "ORG"})
# entity types of a modifier that may name where a deed was done ("the Kabul attack")
PLACE_MODIFIER_ENTS = frozenset({"GPE", "LOC", "FAC"})
# phrases of an event noun that name the one it was done to ("the attack on peacekeepers")
AIMED_PREPS = ("of", "on", "against")


def deed_doers(noun: Token) -> list[Token]:
    """Who did the wrong an event noun names, as its criticism is aimed: the possessor ("Russia's
    attack", "the army's killing of civilians"), the objects of its "by" phrase ("the arrest of the
    activist by police") and a nationality, name or armed force modifying it ("the Israeli strike",
    "the Houthi attack", "the police raid"); never the one it was done to ("the killing of the
    journalist", "the attack on peacekeepers"), but the one a verb of laying blame lays it on
    (``laid_on``: "blamed the bombing on the rebels"). A person owning a deed aimed at no one is
    the one it befell ("the journalist's killing", "his arrest"), as is any possessor when a "by"
    phrase names the doer ("the migrants' mistreatment by border guards": the guards)."""
    laid = laid_on(noun)
    aimed = bool(prep_objects(noun, AIMED_PREPS))
    agents = _deed_agents(noun)
    out = [c for c in noun.children if c.dep_ == "poss" and not agents and (aimed or not _person_word(c))]
    out.extend(laid)
    out.extend(agents)
    terms = armed_terms()
    out.extend(
        c
        for c in noun.children
        if c.dep_ in ("amod", "compound")
        and c.i < noun.i
        and (c.ent_type_ in DOER_MODIFIER_ENTS or c.pos_ == "PROPN" or c.lemma_.lower() in terms)
        and not _deed_place(c)
        # "a bomb attack": the device is the means, never the doer, also read as a name for its
        # capital ("Bomb blast kills four" after a headline's colon)
        and not device_word(c)
        and c.lower_ not in device_nouns()
    )
    if not out:
        out.extend(leaders(noun))
    return out


def _deed_agents(noun: Token) -> list[Token]:
    """The objects of a deed's "by" phrase ("the killing of villagers by soldiers"), also when the
    parse hung the phrase after it on the active verb it is the object of ("condemned the ill
    treatment of the detainees by the guards") or on the one the deed was done to ("the repression
    of students by the police"); a verb's "by" of means ("by phone") names no actor and resolves to
    none."""
    out = prep_objects(noun, ("by",)) or [
        o for done_to in prep_objects(noun, ("of",)) for o in prep_objects(done_to, ("by",))
    ]
    verb = noun.head
    if out or noun.dep_ != "dobj" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return out
    return [o for o in prep_objects(verb, ("by",)) if o.i > noun.i]


def leaders(noun: Token) -> list[Token]:
    """The leader an "X-led" modifier of a deed names ("Saudi-led coalition air strikes", "a
    U.S.-led coalition strike"; general English usage): the nation or group named before "-led",
    which the actor dictionaries read for the coalition it leads."""
    out = []
    for mod in (c for c in noun.children if c.dep_ == "amod" and c.i < noun.i):
        if mod.lower_.endswith("-led") and len(mod) > len("-led"):
            out.append(mod)
        elif mod.lower_ == "led" and mod.i > 1 and mod.nbor(-1).text == "-":
            out.extend(c for c in mod.children if c.i < mod.i and c.ent_type_ in DOER_MODIFIER_ENTS)
    return out


def deed_places(noun: Token) -> list[Token]:
    """The names modifying a deed that tell where it was done (``_deed_place``: "the Kabul bombing")."""
    return [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and _deed_place(c)]


def _deed_place(modifier: Token) -> bool:
    """Whether a name modifying a deed tells where it was done, not who did it: a place that is no
    country ("the Kabul attack", "the Herat bombing", "the Garissa massacre": ``town_name``; "the
    U.S. strike" names its doer)."""
    if modifier.ent_type_ in PLACE_MODIFIER_ENTS and not country_name_word(modifier):
        return True
    # a town the recogniser took for an organisation or left unlabelled ("the Garissa massacre")
    return town_name(modifier)


def deed_victim(word: Token, deed: Token) -> bool:
    """Whether a word is the one a deed was done to: the object of the deed's "of", "on" or
    "against" phrase, also when the parse hung the phrase on the verb the deed is the object of
    ("condemned the attack on peacekeepers"); not the one a verb of laying blame lays the deed on
    (``blame_laying_verbs``: "blamed the bombing on the rebels" accuses the rebels)."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in AIMED_PREPS or prep.head.i not in (deed.i, deed.head.i):
        return False
    return word not in laid_on(deed)


def harmed_ones(word: Token) -> bool:
    """Whether a noun names people a wrong was done to, by a past participle of an attack or a
    coercion modifying it (``wrongdoing_types``: "the murdered journalists", "the detained activists",
    "the kidnapped miners"): concern voiced about them is for them, no disapproval of them. Not the
    doers a present participle names ("the invading troops"), nor the owner of the thing the concern
    is about ("the arrested officials' corrupt practices")."""
    if word.dep_ == "poss":
        return False
    return any(
        c.dep_ == "amod"
        and c.tag_ == "VBN"
        and (sense := match_verb(c)) is not None
        and sense.plover in cues().wrongdoing_types
        for c in word.children
    )


def laid_on(deed: Token) -> list[Token]:
    """Whom a verb of laying blame (``blame_laying_verbs``) lays its object, a deed, on: the objects
    of an "on" phrase of the deed or of the verb ("blamed the bombing on the rebels")."""
    verb = deed.head
    if deed.dep_ != "dobj" or verb.lemma_.lower() not in cues().blame_laying_verbs:
        return []
    return prep_objects(deed, ("on",)) + prep_objects(verb, ("on",))


def _person_word(word: Token) -> bool:
    return word.pos_ == "PRON" or word.ent_type_ == "PERSON" or agentive(word.lower_)


def _blamed_ones(subject: Token | None) -> list[Token]:
    """Who a blaming clause's subject stands for: people it names (not the speaker's "I" or "we"),
    or the doers of a deed it names ("Serbian shelling was responsible": Serbia)."""
    if subject is None or subject.lower_ in FIRST_PERSON:
        return []
    if names_people(subject):
        return [subject]
    return [d for d in deed_doers(subject) if names_people(d)] if wrongdoing(subject) else []


def dismissal(token: Token) -> bool:
    """Whether a verb of force, words or refusal dismisses someone from a post (``dismissal_verbs``
    with a direct object naming people: "the president fired the interior minister", "fired him at
    the meeting", "voted to dismiss the defence minister"), no attack and no rejection; so is a
    passive one whose subject names people ("the minister was fired"), unless a phrase of
    ``aim_preps`` (event_arguments.json) aims shots at it ("was fired upon", "were fired on")."""
    if token.lemma_.lower() not in cues().dismissal_verbs:
        return False
    # a weapon is fired, never dismissed ("fired a ballistic missile": the CAMEO agents' MISSILE)
    if any(
        c.dep_ == "dobj" and names_people(c) and not c.like_num and not never_target(c)
        for c in token.children
    ):
        return True
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in argument_kinds().aim_preps]
    # a date is when it happened ("fired on Tuesday"), not whom the shots were aimed at
    aimed = [p for p in preps if not any(o.ent_type_ in TIME_ENTITIES for o in p.children)]
    passive = [c for c in token.children if c.dep_ == "nsubjpass" and names_people(c)]
    return bool(passive) and not aimed
