"""Someone "under fire", "under investigation", "under pressure", "on trial": a state that an act
of others puts its holder in, with no doer named.

The CAMEO verb dictionary codes the phrase after COME and ARRIVE with the roles swapped ("- *
(UNDER FIRE) [:111] # COME": the subject is the one criticised); news writes the same state with a
copula ("the minister is under fire", "has been under investigation since March"), beside a name
("Hallam, under fire over the budget gap, said ..."), or alone in a headline ("Governor under fire over
prison deaths"). The annotation guide codes it with no source ("an idiom with no doer ('the mayor
is under fire') has source: []"). Which nouns and codes: ``plight_phrases`` of ``event_cues.json``
("on trial": ``trial_words`` and ``trial_code``); the verbs that hold the state: ``plight_verbs``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp.doc_index import span_rows, tokens_where
from ..ontology.cameo import plover_for
from .argument_kinds import in_headline, names_actor, names_place, names_time, story_headline
from .arguments import subject_of
from .clauses import dated_earlier, relative_antecedent
from .lexicon import Sense, armed_terms, cues, lexicon, match_noun
from .nonevents import nonevent_cues, question
from .readings import wrongdoing

# prepositions of a plight noun that name who puts someone in it ("under fire from lawmakers",
# "under investigation by prosecutors")
DOER_PREPS = ("from", "by")
# the key prefix of the sense of people dead or hurt in an act of force ("dead after a shooting")
CASUALTY_KEY = "casualty+"
# the prepositions of a plight phrase ("under fire", "on trial"; ``_plight_code``)
PLIGHT_PREPS = frozenset({"under", "on"})
# conviction by a court (docs/annotation-guide.md section 1: SANCTION/convict, CAMEO 116)
CONVICTION_CODE = "116"
# tags of a verb with a tense of its own: a headline of a verdict has none ("Clerk guilty of fraud")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def plights(sent: Span) -> list[tuple[Token, Token, Token | None, Sense]]:
    """(plight noun, the one in it, the one putting them in it or None, its sense) for each
    "under" phrase of ``plight_phrases`` or "on trial" that a copula of ``plight_verbs`` predicates of its
    subject ("is under fire") or that hangs on a noun naming an actor ("Governor under fire over
    deaths", "Trump, under fire over taxes, said", "Ex-general on trial for massacre"). An armed
    holder "under" a plight is left out: troops "under fire" are shot at, which the sentence's
    verbs tell."""
    out = _growing(sent) + _trials_opened(sent) + _casualties(sent) + _verdicts(sent) + _borne(sent)
    for prep in tokens_where(sent, "dep", "prep", "lower", PLIGHT_PREPS):
        noun = next((n for n in prep.children if n.dep_ == "pobj"), None)
        code = _plight_code(prep, noun) if noun is not None else None
        if noun is None or code is None:
            continue
        holder = _holder(prep)
        if holder is None or not names_actor(holder) or names_time(holder) or names_place(holder):
            # a town "under fire" is shelled
            continue
        if prep.lower_ == "under" and _armed(holder):
            continue
        sense = _plight_sense(prep.lower_, noun, code)
        if sense is None:
            continue
        out.append((noun, holder, _doer(noun), sense))
    return out


def _casualties(sent: Span) -> list[tuple[Token, Token, Token | None, Sense]]:
    """People said with a copula to be dead or hurt (``casualty_adjectives``) in, after, from or
    during an act of force its noun names (``casualty_preps``: "two people are dead after a shooting
    at a bar", "a guard is injured from a stabbing"): that act, with the casualties as its target
    and the noun's own doer, if any, as its source; a noun that codes no force ("dead after a crash")
    gives nothing, nor does a question, a sentence that names an accident ("after a shooting in a
    training accident"), an act an animal does (``casualty_animals``: "after a dog attack"), the
    holder's own act ("the gunman is dead after his attack"), or a fire with no doer of its own
    (``casualty_blaze_nouns``: "after a house fire", "after friendly fire")."""
    c = cues()
    rows = span_rows(sent)
    states = [
        sent.doc[rows.start + n]
        for n, (dep, lower) in enumerate(zip(rows.dep, rows.lower, strict=True))
        if dep == "acomp" and lower in c.casualty_adjectives
    ]
    if not states or question(sent.text) or not nonevent_cues().accident_nouns.isdisjoint(rows.lower):
        return []
    out = []
    for state in states:
        copula = state.head
        if copula.lemma_.lower() != "be":
            continue
        holder = next((ch for ch in copula.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if holder is None or not names_actor(holder) or names_place(holder) or names_time(holder):
            continue
        preps = [p for w in (copula, state) for p in w.children if p.dep_ == "prep"]
        nouns = [n for p in preps if p.lower_ in c.casualty_preps for n in p.children if n.dep_ == "pobj"]
        if not nouns:
            # "one man is dead and another is hurt after a shooting": the phrase closes both clauses
            nouns = _shared_casualty_nouns(copula)
        sense = next((s for s in map(_force_sense, nouns) if s is not None), None)
        if sense is None:
            continue
        noun = next(n for n in nouns if _force_sense(n) is not None)
        doer = _casualty_doer(noun)
        if any(ch.dep_ == "poss" and ch.tag_ == "PRP$" for ch in noun.children):
            continue
        kinds = {ch.lemma_.lower() for ch in noun.children if ch.dep_ in ("compound", "amod")}
        if kinds & c.casualty_animals:
            continue
        if doer is None and noun.lemma_.lower() in c.casualty_blaze_nouns:
            continue
        out.append((noun, holder, doer, sense))
    return out


def _shared_casualty_nouns(copula: Token) -> list[Token]:
    """The objects of a casualty phrase (``casualty_preps``) that ends the last of the clauses of
    dead or hurt people joined to a copula by "and" ("one man is dead and another is hurt after a
    shooting"): the phrase is said of every clause, as the parse hangs it on the last only."""
    c = cues()
    joined = [w for w in copula.children if w.dep_ == "conj" and w.i > copula.i]
    if not joined:
        return []
    last = joined[-1]
    hurt = last.lower_ in c.casualty_adjectives or any(
        ch.dep_ == "acomp" and ch.lower_ in c.casualty_adjectives for ch in last.children
    )
    if not hurt:
        return []
    words = [last, *(ch for ch in last.children if ch.dep_ == "acomp")]
    preps = [p for w in words for p in w.children if p.dep_ == "prep" and p.lower_ in c.casualty_preps]
    return [n for p in preps for n in p.children if n.dep_ == "pobj"]


def _borne(sent: Span) -> list[tuple[Token, Token, Token | None, Sense]]:
    """Attacks a subject takes, suffers, sustains or bears (``attack_bearing_verbs``: "the port
    suffered Russian shelling", "the border towns bore the brunt of the rocket attacks", "took weeks
    of air strikes"): the act of force the object names (or the object of the "of" phrase of a
    share or a span of ``undergone_share_nouns``), with the subject as its target and the noun's
    own doer (a possessor, a nationality or a "by" or "from" phrase) or none as its source, as the
    CAMEO verb dictionary swaps the roles of one who dies in a raid ('- * (IN RAID) [:190] # DIE')."""
    c = cues()
    out = []
    for verb in tokens_where(sent, "pos", "VERB", "lemma", c.attack_bearing_verbs):
        holder = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        noun = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
        if holder is None or noun is None:
            continue
        if noun.lemma_.lower() in c.undergone_share_nouns:
            noun = next(
                (o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None
            )
        sense = _force_sense(noun, armed=True) if noun is not None else None
        if noun is None or sense is None:
            continue
        doer = _casualty_doer(noun) or _casualty_doer(verb) or _national_doer(noun)
        out.append((noun, holder, doer, sense))
    return out


def _national_doer(noun: Token) -> Token | None:
    """A nationality or an actor's name before an act of force's noun ("Russian shelling",
    "Houthi drone attacks")."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.i < noun.i and c.ent_type_ and names_actor(c)
        ),
        None,
    )


def _verdicts(sent: Span) -> list[tuple[Token, Token, Token | None, Sense]]:
    """A verbless headline that says someone is guilty (``verdict_adjectives``: "Carpenter guilty
    of stealing tools", "Two guards guilty of abusing inmates"): the headline of a conviction,
    which drops "found" and its auxiliary as it drops articles, the one found guilty its target and
    no doer named; not negated ("not guilty") nor asked ("Voters guilty of apathy?"), and guilty "of"
    a crime (``_charged``), not of a failing ("Bankers guilty of greed")."""
    rows = span_rows(sent)
    finite = not FINITE_TAGS.isdisjoint(rows.tag)
    if finite or question(sent.text) or not (story_headline(sent[0]) or in_headline(sent[0])):
        return []
    out = []
    for offset, lower in enumerate(rows.lower):
        if lower not in cues().verdict_adjectives:
            continue
        word = sent.doc[rows.start + offset]
        if any(c.dep_ == "neg" for c in word.children):
            continue
        if word.dep_ == "amod" and word.head.dep_ == "ROOT" and word.head.i < word.i:
            holder = word.head
        else:
            holder = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if holder is None or not names_actor(holder) or names_place(holder) or not _charged(word):
            continue
        sense = _plight_sense("verdict", word, CONVICTION_CODE)
        if sense is not None:
            out.append((word, holder, None, sense))
    return out


def _charged(verdict: Token) -> bool:
    """Whether what a verdict adjective's "of" phrase names, if it has one, is a crime: a wrong
    (``readings.wrongdoing``: "guilty of fraud", "of assault"), an offence of ``verdict_charges``
    ("guilty of bribery", "of tax evasion") or an act told by a gerund ("guilty of stealing tools")."""
    crimes = cues().verdict_charges
    charges = [o for p in verdict.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return all(
        o.tag_ == "VBG" or o.lemma_.lower() in crimes or (o.pos_ == "NOUN" and wrongdoing(o))
        for o in charges
        if o.dep_ in ("pobj", "pcomp")
    )


def harm_of_attack(verb: Token, plover: str) -> bool:
    """Whether an act of force (``plover`` ASSAULT) heads a relative clause that tells the harm of
    the noun of force it describes, with no doer named ("a shooting that killed two guests", "an
    ambush that wounded six soldiers", "a knife attack that left a mourner dead"): in a lead, the
    attack told with the ones it befell as target, as "two people are dead after a shooting"
    (``_casualties``). Not a fire with no doer of its own (``casualty_blaze_nouns``), an animal's
    attack (``casualty_animals``), a blast (``explosion_nouns``: "the explosion that killed eight
    workers was caused by a leak"), a sentence that names an accident or asks a question, an
    attack dated to an earlier year ("the 2002 bombing that killed 202 people"), nor a harm denied
    ("an airstrike that killed no civilians", "a raid that did not kill anyone")."""
    if plover != "ASSAULT" or verb.dep_ != "relcl":
        return False
    if any(w.dep_ in ("neg", "det") and w.lower_ in cues().negation for w in verb.subtree):
        return False
    noun = verb.head
    subject, passive = subject_of(verb)
    antecedent = relative_antecedent(subject)
    if passive or subject is None or antecedent is None or subject.i == noun.i or antecedent.i != noun.i:
        return False
    if _force_sense(noun) is None or dated_earlier(noun):
        return False
    c = cues()
    doer = _casualty_doer(noun)
    kinds = {ch.lemma_.lower() for ch in noun.children if ch.dep_ in ("compound", "amod")}
    if kinds & c.casualty_animals or (doer is None and noun.lemma_.lower() in c.casualty_blaze_nouns):
        return False
    sent = verb.sent
    return not question(sent.text) and not any(t.lower_ in nonevent_cues().accident_nouns for t in sent)


def _force_sense(noun: Token, armed: bool = False) -> Sense | None:
    """The act of force a noun names, read with the one it befell as target: the event lexicon's
    sense of the noun when it is force ("shooting", "stabbing", "airstrike"); else None. With
    ``armed`` a noun that also names a labour action takes its armed sense ("suffered artillery
    strikes")."""
    # a verbal noun the tagger reads as a gerund ("bore the brunt of the shelling") is the noun
    gerund = armed and noun.tag_ == "VBG" and noun.dep_ in ("dobj", "pobj")
    if (noun.pos_ != "NOUN" and not gerund) or noun.lemma_.lower() in nonevent_cues().explosion_nouns:
        return None
    sense = match_noun(noun)
    if armed and sense is not None and sense.plover != "ASSAULT":
        sense = lexicon().armed_nouns.get(noun.lemma_.lower(), sense)
    if sense is None or sense.plover != "ASSAULT":
        return None
    return Sense(
        key=f"{CASUALTY_KEY}{noun.lemma_.lower()}",
        cameo=sense.cameo,
        plover=sense.plover,
        mode=sense.mode,
        role_swap=True,
        origin="pattern",
    )


def _casualty_doer(noun: Token) -> Token | None:
    """The doer an act of force's noun names: its possessor or the object of its "by" or "from"
    phrase ("an attack by insurgents", "fire from the troops")."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and names_actor(c)), None)
    if poss is not None:
        return poss
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in DOER_PREPS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if names_actor(pobj):
                return pobj
    return None


def _plight_code(prep: Token, noun: Token) -> str | None:
    """The CAMEO code of a plight phrase: "under" with a noun of ``plight_phrases``, or "on" with a
    trial (``trial_words``: "- * (ON TRIAL) [:173] # GO", the one on trial its subject), which is
    the legal action ``trial_code`` ("the former general is on trial for the massacre")."""
    c = cues()
    word = prep.lower_
    if word == "under":
        return c.plight_phrases.get(noun.lemma_.lower())
    if (
        word == "on"
        and noun.lemma_.lower() in c.trial_words
        and not any(ch.dep_ == "det" for ch in noun.children)
    ):
        return c.trial_code or None
    return None


def _trials_opened(sent: Span) -> list[tuple[Token, Token, Token | None, Sense]]:
    """A trial (``trial_words``) of someone as the subject of a verb of ``trial_opening_verbs``
    ("the trial of the former general opened in Vell", "his trial began on Monday"): the legal
    action ``trial_code`` against the one tried (the trial's "of" phrase or possessor), with no
    source, as "went on trial" ("- * (ON TRIAL) [:173] # GO")."""
    c = cues()
    out = []
    for noun in tokens_where(sent, "dep", "nsubj", "lemma", c.trial_words):
        if noun.head.lemma_.lower() not in c.trial_opening_verbs:
            continue
        tried = [ch for ch in noun.children if ch.dep_ == "poss"]
        tried += [p for ch in noun.children if ch.dep_ == "prep" and ch.lower_ == "of" for p in ch.children]
        tried = [t for t in tried if t.dep_ in ("poss", "pobj") and names_actor(t) and not names_place(t)]
        row = _plight_sense("opened", noun, c.trial_code) if tried and c.trial_code else None
        if row is not None:
            out.append((noun, tried[0], None, row))
    return out


def _growing(sent: Span) -> list[tuple[Token, Token, Token | None, Sense]]:
    """The same state told as growing on someone: a plight noun as the subject of a verb of
    ``plight_growth_verbs`` with an "on" phrase naming an actor ("pressure is mounting on the prime
    minister to resign", "criticism grew on the minister")."""
    c = cues()
    out = []
    for noun in tokens_where(sent, "dep", "nsubj", "lemma", c.plight_phrases):
        code = c.plight_phrases[noun.lemma_.lower()]
        verb = noun.head
        if verb.lemma_.lower() not in c.plight_growth_verbs:
            continue
        holders = [
            p
            for prep in (*verb.children, *noun.children)
            if prep.dep_ == "prep" and prep.lower_ == "on"
            for p in prep.children
            if p.dep_ == "pobj" and names_actor(p) and not names_time(p) and not names_place(p)
        ]
        sense = _plight_sense("on", noun, code) if holders and not _armed(holders[0]) else None
        if sense is None:
            continue
        out.append((noun, holders[0], _doer(noun), sense))
    return out


def _plight_sense(prep: str, noun: Token, code: str) -> Sense | None:
    """The sense of a plight noun of CAMEO code ``code`` met with ``prep`` ("under fire", pressure
    "on" someone): its PLOVER type, the one in the plight its target; None for a code PLOVER does not
    type."""
    plover = plover_for(code)
    if plover is None:
        return None
    return Sense(
        key=f"{prep}+{noun.lemma_.lower()}",
        cameo=code,
        plover=plover[0],
        mode=plover[1] or None,
        role_swap=True,
        origin="pattern",
    )


def _holder(prep: Token) -> Token | None:
    """The one an "under" phrase puts in its state: the subject of a copula it completes, the
    noun it hangs on, or the subject of a verb it stands between the subject and the verb of
    ("Senator X, under fire over his expenses, told reporters ...")."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head.lemma_.lower() in cues().plight_verbs:
        return subject
    if subject is not None and subject.i < prep.i < head.i:
        return subject
    return None


def _doer(noun: Token) -> Token | None:
    """The object of the plight noun's "from" or "by" phrase that names an actor."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in DOER_PREPS):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if names_actor(pobj):
                return pobj
    return None


def _armed(holder: Token) -> bool:
    """Whether a holder is a word for armed forces (a term of the armed sectors: "troops",
    "soldiers", "rebels")."""
    return holder.lemma_.lower() in armed_terms() or holder.lower_ in armed_terms()
