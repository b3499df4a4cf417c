"""Rule-based event coding of a parsed Doc: predicates from the lexicon, arguments from the parse.

For each sentence: find event predicates (verbs in the lexicon, light verbs with an event noun as
object, event nouns with an actor), fold a predicate into the one that governs it ("agreed to
meet" is one AGREE event), find source and target (active and passive voice, control, coordination,
appositions, prepositional targets), the modality, and code CAMEO, PLOVER, Goldstein and QuadClass.
Work per sentence is linear in its length and the number of events per sentence and per document is
capped, so hostile input (run-ons, long lists) stays bounded.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..nlp.doc_index import doc_text
from .actors import (
    RESIDENT_SECTORS,
    STORY_KEY,
    ActorResolver,
    Resolver,
    actor_code,
    actor_word,
    as_strikers,
    clause_venue,
    in_dateline,
    in_setting,
    names_thing,
    reported_speaker,
    story_date,
)
from .argument_kinds import (
    argument_kinds,
    headline_bare_passive,
    in_attribution,
    in_headline,
    names_actor,
    names_people,
    story_headline,
)
from .coding import describe, gdelt_fields
from .confidence import (
    confidence,
    features,
    length_signs,
    sentence_discarded,
    story_discarded,
    story_features,
)
from .evaluation import judgement
from .headline import echoes, first_line
from .lexicon import (
    PRAISE,
    Sense,
    armed_terms,
    cues,
    lexicon,
    match_noun,
    match_verb,
    promised_code,
    promises_nothing,
    recode,
    verb_lemma,
)
from .modality import Modality, governing_chain, headline_infinitive, modality
from .nonevents import (
    asks_a_question,
    business_routine,
    clause_signals,
    crowd,
    domestic_visit,
    earlier_year,
    figurative_struggle,
    generic_statement,
    generic_subject,
    habitual,
    imperative,
    in_condition,
    names_no_actor,
    nonevent_cues,
    opinion_share,
    question,
    standing,
    statistic,
    text_signals,
)
from .triggers import Trigger, find_triggers, has_verb, noun_doers

# a predicate under one of these is folded into the predicate that governs it
FOLD_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acomp", "oprd", "attr", "advcl"})
# predicates in background clauses ("the man who attacked ...", "after troops arrived") are not coded
BACKGROUND_DEPS = frozenset({"relcl", "acl", "amod", "compound", "nsubj", "nsubjpass", "csubj"})
BACKGROUND_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "because", "until", "once"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# tags of relative pronouns ("who", "which", "that", "whose")
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
DEFAULT_TARGET_PREPS = ("against", "on", "with", "to")
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})
# "we must act" obliges the speaker: not a demand on another actor
FIRST_PERSON = frozenset({"i", "we"})
CONTRACTED_BE = frozenset({"'s", "'re"})
# possessives of the speaker's side: "our troops", "my government" are the source's own
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
# object pronouns that never stand for the subject of their own clause (reflexives do)
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# a demand read from "X said Y must ..." is weaker than a verb that names the demand
DEMAND_STRENGTH = 0.8
MAX_EVENTS_PER_SENTENCE = 6
MAX_EVENTS_PER_DOC = 400
MAX_CHAIN = 8
MAX_DEPTH = 16
MAX_SCOPE_NAMES = 4
# names a predicate's scope may supply as its target: countries, peoples and organisations (a person
# named in passing, "during X's trial", is not the target)
SCOPE_ENTS = frozenset({"GPE", "NORP", "ORG"})

# PLOVER types whose passive subject with no agent is the acting side (the forces deployed)
SELF_MOVED_TYPES = frozenset({"MOBILIZE"})
# PLOVER types whose place at home has no addressee: forces deployed in their own country's capital
# or region are deployed against no one ("troops were deployed in the capital")
HOME_PLACE_TYPES = frozenset({"MOBILIZE"})


def _purpose_or_manner(token: Token) -> bool:
    """An adverbial clause that states purpose ("to help"), not a background event ("after ...")."""
    if token.dep_ != "advcl":
        return True
    children = {c.lower_ for c in token.children if c.dep_ in ("aux", "mark")}
    return "to" in children or "by" in children


def _content_clause(token: Token) -> bool:
    """A clause completing a noun ("hints that Canada could ..."), not a relative clause."""
    return token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _colon_clause(token: Token) -> bool:
    """A clause with a subject of its own after a colon that the parser hung on the noun before it
    ("Mayor: Council was 'misleading' voters"): the speaker's claim, not a relative clause."""
    if token.dep_ != "acl" or token.i < token.head.i:
        return False
    words = [token, *(c for c in token.children if c.dep_ in ("aux", "auxpass"))]
    if not any(t.tag_ in FINITE_TAGS for t in words):
        return False
    subjects = [c for t in words for c in t.children if c.dep_ in SUBJECT_DEPS]
    if any(c.tag_ in RELATIVE_TAGS for c in subjects):
        return False
    return any(t.text == ":" for t in token.doc[token.head.i + 1 : token.i])


def _colon_speaker(token: Token) -> Token | None:
    """The name a line opens with before a colon when ``token`` roots the claim after it, whether
    the parse hangs the name on it or ends a sentence at the colon ("Mayor Berg: Council is
    'lying'"): the speaker of the claim, else None."""
    if token.dep_ != "ROOT":
        return None
    sent = token.sent
    for child in token.lefts:
        after = token.doc[child.right_edge.i + 1]
        if child.left_edge.i == sent.start and after.text == ":" and child.dep_ != "nsubj":
            name = [t for t in child.subtree if not t.is_punct]
            return child if all(t.text[:1].isupper() for t in name) else None
    if sent.start < 2 or token.doc[sent.start - 1].text != ":":
        return None
    before = token.doc[sent.start - 1].sent
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if not words or any(not t.text[:1].isupper() for t in words) or "\n" in before.text:
        return None
    return before.root


def _background(token: Token) -> bool:
    if _colon_clause(token):
        return False
    if token.dep_ in BACKGROUND_DEPS and token.pos_ == "VERB" and not _content_clause(token):
        return True
    if token.dep_ == "advcl":
        # the parse may hang the subordinator on a later conjunct ("when police found and rescued")
        words = (token, *(c for c in token.children if c.dep_ == "conj"))
        marks = {
            c.lower_
            for word in words
            for c in word.children
            if (c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and c.i < token.i
        }
        if marks & BACKGROUND_MARKS:
            return True
    return False


def _modifies_noun(child: Token, head: Token) -> bool:
    """A predicate inside a prepositional modifier of a plain noun ("a role in fighting ISIL")."""
    if head.pos_ not in ("NOUN", "PROPN") or child.dep_ != "prep":
        return False
    return child.lemma_.lower() not in cues().listing_preps and child.lower_ not in cues().listing_preps


def _folds_into_parent(token: Token, trig_sense: Sense) -> bool:
    """Whether a predicate under ``token``'s link belongs to the predicate above it."""
    dep = "ccomp" if _content_clause(token) else token.dep_
    if dep == "advcl":
        if _purpose_or_manner(token):
            return True
        # "blocked roads demanding ...", "demonstrated calling for ...": the appeal is the action's content
        marks = [c for c in token.children if c.dep_ == "mark"]
        return token.tag_ == "VBG" and not marks and trig_sense.plover == "REQUEST"
    return dep in FOLD_DEPS


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# what ends a sentence of running text (a headline has none)
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "'", "’"})


def headline_passive(token: Token) -> bool:
    """A participle after the noun it happens to, in a sentence with no finite verb: the passive of a
    headline ("Opposition leader arrested by police in the capital")."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.dep_ != "ROOT" or token.i < token.head.i:
        return False
    return not any(t.tag_ in FINITE_TAGS for t in token.sent)


def _has_agent(token: Token) -> bool:
    return any(c.dep_ == "agent" for c in token.children)


def _headline_inner_agent(token: Token) -> bool:
    """A verb of a headline (a sentence with no final punctuation, or the first line of a story) with no
    object whose preposition's object has a by-phrase: a passive ("Embassy bombed in attack by
    militants", "Journalist shot dead in attack by gunmen.")."""
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in token.children):
        return False
    last = next((t for t in reversed(token.sent) if not t.is_space), None)
    if last is None or (last.text in SENTENCE_ENDS and not story_headline(token)):
        return False
    return _inner_agent(token) is not None


def in_background(token: Token) -> bool:
    """A predicate in a relative or adverbial background clause, or inside a plain noun's modifier."""
    if headline_passive(token) or headline_infinitive(token):
        return False
    current = token
    for _ in range(MAX_DEPTH):
        if current.head.i == current.i:
            return False
        if _background(current) or _modifies_noun(current, current.head):
            return True
        if current.dep_ == "prep" and current.lower_ in cues().background_preps:
            return True
        current = current.head
    return False


def fold(triggers: list[Trigger]) -> list[Trigger]:
    """Attach each predicate to the nearest predicate governing it; drop background ones."""
    by_token = {t.token.i: t for t in triggers}
    by_noun = {t.noun.i: t for t in triggers if t.noun is not None and t.noun is not t.token}
    kept: list[Trigger] = []
    for trig in triggers:
        start = trig.noun if trig.rule.startswith("noun:") else trig.token
        if in_background(start):
            continue
        current = start
        parent: Trigger | None = None
        for _ in range(MAX_CHAIN):
            if current.head.i == current.i or not _folds_into_parent(current, trig.sense):
                break
            current = current.head
            parent = by_token.get(current.i) or by_noun.get(current.i)
            if parent is not None and parent is not trig:
                break
            parent = None
        same_act = start.dep_ == "conj" or (start.dep_ == "advcl" and start.tag_ == "VBG")
        if parent is None and same_act and not _own_subject(start):
            # "killed one soldier and wounded two others", "attacked the camp, killing 156": one
            # event of the first predicate's type
            twin = by_token.get(start.head.i)
            if twin is not None and twin is not trig and twin.sense.plover == trig.sense.plover:
                parent = twin
        if parent is not None:
            parent.inner.append(trig)
            trig.folded = True
            continue
        kept.append(trig)
    return kept


def _actor_key(actor: dict[str, Any] | None) -> tuple:
    if not actor:
        return (None,)
    if actor.get("code") or actor.get("country"):
        return (actor.get("code"), actor.get("country"))
    return (actor.get("start"), actor.get("end"))


def _doerless(trig: Trigger, sources: list[dict[str, Any]], targets: list[dict[str, Any]]) -> bool:
    """Whether the text names no doer of an act done to someone: a passive with no agent ("the
    envoy was expelled on Monday") or a verb whose subject undergoes the act, with no one it comes
    from, by a frame or a pattern ("pleaded guilty", "faces charges", "came under fire", "died in
    an airstrike"; not a block's default: "died on Sunday" is no act), or whose subject is a noun of
    the same act that names no one doing it ("a suicide attack killed two guards", "an airstrike
    wounded five": an explosion injuring people is coded with its target only). The guide codes it
    with no source."""
    if sources or not targets or trig.rule.startswith("noun:"):
        return False
    if trig.sense.role_swap and trig.sense.origin != "default":
        return True
    subject, passive = _subject(trig.token)
    if passive:
        return True
    act = match_noun(subject) if subject is not None and subject.pos_ == "NOUN" else None
    return act is not None and act.plover == trig.sense.plover


def _mention_key(actor: dict[str, Any] | None) -> Any:
    """The entity an actor mention stands for, else the mention's offset."""
    if not actor:
        return None
    return actor.get("entity") or actor.get("start")


def _speaker_itself(sources: list[dict[str, Any]], targets: list[dict[str, Any]], pronoun: bool) -> bool:
    """Whether the ones a demand is voiced of are the speaker: every target is the source's own
    entity, or, for a pronoun ("the senator said she must be heard"), no other entity is known for
    it (a speaker's pronoun in the clause of a reporting verb is the speaker's own)."""
    own = {a.get("entity") for a in sources if a.get("entity")}
    named = {t.get("entity") for t in targets if t.get("entity")}
    if pronoun and (not own or not named):
        return True
    return bool(own) and bool(targets) and all(t.get("entity") in own for t in targets)


def _own_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
# the rule suffix of a trip at home made for talks with someone named (``_talks_partner``)
TALKS_RULE = "+talks"
VERBAL_ATTACK = Sense(key="verbal-attack", cameo="111", plover="ACCUSE", mode="disapprove")


def _verbal_attack(token: Token, sources: list[dict[str, Any]]) -> bool:
    """An attack verb used of words ("attacked his rival", "clashed with the president", "attacked
    the government's record"): no source is armed, and the target is a named person, the object
    a policy or statement noun, or the sources all holders of political office or standing
    (``verbal_attack_offices``: "the candidate attacked immigrants")."""
    c = cues()
    if token.lemma_.lower() not in c.verbal_attack_verbs:
        return False
    if any((a.get("sector") or "") in c.armed_sectors for a in sources):
        # an army, police or rebels attack with force ("troops attacked rebel positions")
        return False
    objects = [ch for ch in token.children if ch.dep_ in ("dobj", "nsubjpass")]
    objects += _prep_objects(token, ("with", "on", "at"))
    if any(_verbal_object(o) for o in objects):
        return True
    if sources and all(_office_holder(token.doc, a) for a in sources):
        # office holders and candidates attack with words ("the candidate attacked immigrants")
        return True
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in c.verbal_attack_offices for o in objects)


def _office_holder(doc: Doc, actor: dict[str, Any]) -> bool:
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


def _conditional_threat(token: Token) -> bool:
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


def _clause_subject(token: Token) -> Token | None:
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


def _threat_by_source(token: Token, sources: list[dict[str, Any]], actors: ActorResolver) -> bool:
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
    if not names_actor(subject) and not any(ch.dep_ == "poss" for ch in subject.children):
        # "warned residents that the rains will cause landslides": a forecast, no one's act
        return False
    countries = {a.get("country") for a in sources if a.get("country")}
    found = actors.actors(subject)
    return bool(found) and any(a.get("country") in countries for a in found)


def _judged(subject: Token | None) -> Token | None:
    """Whom a judged copula subject stands for: the subject when it names people (not the speaker's
    "I" or "we"), the owner of a thing people own ("the minister's remarks"), else None."""
    if subject is None or subject.lower_ in FIRST_PERSON:
        return None
    if names_people(subject):
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in FIRST_PERSON_OWNERS or not names_people(owner):
        return None
    return owner


def _predicates(clause: Token) -> list[Token]:
    """The predicate words of a copula clause that voices a judgement (none when it is negated or
    under a modal: "was not a liar", "would be mistaken to")."""
    if any(ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.tag_ == "MD") for ch in clause.children):
        return []
    # the parse may make a copula's noun its object ("She's a disgrace")
    words = [ch for ch in clause.children if ch.dep_ in ("attr", "acomp", "dobj")]
    # a noun set beside the predicate restates it ("is a phony, a fraud")
    return [*words, *(ch for w in words for ch in w.children if ch.dep_ == "appos")]


def _copulas(clause: Token) -> list[Token]:
    """A copula clause and the copula clauses coordinated with it ("she is a disgrace and her
    comments are a disgrace")."""
    return [clause, *(c for c in clause.children if c.dep_ == "conj" and _copula(c))]


def _copula(token: Token) -> bool:
    """Whether a verb is "be", also a contracted "'s" or "'re" the lemmatizer leaves as it is."""
    contracted = token.lower_.replace("’", "'") in CONTRACTED_BE
    return token.lemma_ == "be" or (token.tag_ in ("VBZ", "VBP") and contracted)


def _judged_clauses(reporter: Token) -> list[tuple[Token | None, Token]]:
    """(subject, predicate word) of the clauses a reporting verb governs that may judge someone."""
    out: list[tuple[Token | None, Token]] = []
    for child in reporter.children:
        if child.dep_ == "ccomp" and _copula(child):
            for clause in _copulas(child):
                subject = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
                out.extend((subject, pred) for pred in _predicates(clause))
        elif child.dep_ == "ccomp" and child.pos_ in ("ADJ", "NOUN"):
            # a headline's verbless clause: "says Y 'absolutely wrong'"
            subject = next((ch for ch in child.children if ch.dep_ == "nsubj"), None)
            if subject is not None and not any(ch.dep_ == "neg" for ch in child.children):
                out.append((subject, child))
        elif child.dep_ == "dobj":
            # a quoted apposition to the object: "says the chief 'a disgrace'"
            for pred in (ch for ch in child.children if ch.dep_ == "appos"):
                before = pred.doc[pred.left_edge.i - 1] if pred.left_edge.i > 0 else None
                if before is not None and before.is_quote:
                    out.append((child, pred))
    return out


def _judging(subject: Token | None, pred: Token) -> list[tuple[Token, Sense]]:
    """[(one judged, sense)] when ``pred`` judges the subject: people, or for criticism a thing
    people own; a thing rated good or true ("her claim was true") praises no one."""
    judged = _judged(subject)
    if judged is None:
        return []
    sense = judgement(pred)
    if sense is None or (sense is PRAISE and judged is not subject):
        return []
    return [(judged, sense)]


def _same_entity(sources: list[dict[str, Any]], targets: list[dict[str, Any]], pronoun: bool) -> bool:
    """Whether the targets may be the speaker: every target an entity among the sources, or, for a
    pronoun, none an entity other than theirs ("she said she was proud": herself)."""
    entities = {a.get("entity") for a in sources if a.get("entity")}
    if pronoun:
        return not any(a.get("entity") and a.get("entity") not in entities for a in targets)
    return bool(targets) and all(a.get("entity") in entities for a in targets)


def _each_other(token: Token) -> bool:
    """Whether a predicate's object is reciprocal ("each other", "one another")."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "dative")] + _prep_objects(
        token, ("with", "on", "at", "against", "to")
    )
    for head in heads:
        words = [t.lower_ for t in head.subtree][:6]
        for first, second in zip(words, words[1:], strict=False):
            if (first, second) in (("each", "other"), ("one", "another")):
                return True
    return False


def _clause_verb(trig: Trigger) -> Token:
    """The verb whose clause gives an event its modality: the trigger's own verb, or for an event
    noun the nearest verb above it ("expected the truce to open the door to an exchange")."""
    token = trig.token
    if token.pos_ in ("VERB", "AUX"):
        return token
    current = token
    for _ in range(MAX_CHAIN):
        if current.head.i == current.i:
            return token
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return token


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    out.extend(
        c
        for c in token.conjuncts
        if c.i > token.i and c.pos_ in ("PROPN", "NOUN", "PRON") and not _acronym_of_name(c)
    )
    return sorted([*_headline_listed(token), *out], key=lambda t: t.i)


# what the parse makes of a name listed before a headline's subject with a comma ("Iran, Britain
# hold talks"): a second subject, a bare noun modifier of the verb, or an unlabelled dependent
LISTED_DEPS = frozenset({"nsubj", "npadvmod", "dep"})


def _headline_listed(subject: Token) -> list[Token]:
    """The names a headline lists with its subject by a comma, which stands for "and" there ("Iran,
    Britain hold talks", "Israel, UAE sign deal"; also a name the parse sets beside the subject as
    its apposition, "Russia, Turkey agree ceasefire"): each is a subject too."""
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or not in_headline(subject):
        return []
    doc = subject.doc
    out = []
    for sibling in subject.head.children:
        if sibling.dep_ not in LISTED_DEPS or sibling.pos_ != "PROPN" or sibling.i >= subject.i:
            continue
        if doc[sibling.i + 1].text == "," and subject.left_edge.i == sibling.i + 2:
            out.append(sibling)
    for appos in subject.children:
        if appos.dep_ == "appos" and appos.pos_ == "PROPN" and appos.ent_type_ == subject.ent_type_ != "":
            if doc[appos.left_edge.i - 1].text == "," and appos.i == subject.i + 2:
                out.append(appos)
    return out


def _acronym_of_name(token: Token) -> bool:
    """A conjunct after "or" that is the acronym of a name just before it ("the International Atomic
    Energy Agency, or IAEA"): the same body named again, not a second one."""
    text = token.text
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in token.head.children):
        return False
    words = [t for t in token.doc[max(token.sent.start, token.i - 12) : token.i] if t.is_alpha]
    initials = "".join(t.text[0] for t in words if t.text[0].isupper() and not t.text.isupper())
    return text in initials


def _pronoun_owner(head: Token) -> Token | None:
    """The possessive pronoun of an object ("its troops", "their demands"), if any."""
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def _passive_participle(token: Token) -> bool:
    """A past participle heading an adverbial clause of its own, with no subject or auxiliary
    ("Asked about the plan, ...", "if attacked by its neighbour")."""
    if token.dep_ != "advcl" or token.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children)


def _bare_participle(token: Token) -> bool:
    """A coordinated verb with no subject, auxiliary or object of its own: it shares its head's
    voice ("was evicted and sentenced to a year", even when tagged as a past tense)."""
    if token.tag_ not in ("VBN", "VBD"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in token.children)


def _noun_agent(noun: Token) -> Token | None:
    """The by-phrase object of a noun or of a participle modifying it ("a bombing claimed by X")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = _agent(child)
            if agent is not None:
                return agent
    return None


def _subject(token: Token) -> tuple[Token | None, bool]:
    """The subject of a predicate, climbing through control and coordination; (head, is_passive)."""
    current = token
    participle = False
    # a participle coordinated with a passive verb is passive too ("was evicted and sentenced")
    shares_voice = True
    for _ in range(MAX_CHAIN):
        # in a claim after a colon the parser may hang the subject on the auxiliary ("Mayor:
        # Council was 'misleading' voters")
        heads = [current]
        if _colon_clause(current):
            heads += [c for c in current.children if c.dep_ in ("aux", "auxpass")]
        subjects = _undated([c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS])
        # a parse that gives a verb two subjects ("A video showing the moment a girl was rescued by
        # police was released") gives it the nearest one before it
        before = [c for c in subjects if c.i < current.i and not _hyphen_piece(c, subjects)]
        nearest = current is token and len(before) > 1
        subj = max(before, key=lambda c: c.i) if nearest else (subjects[0] if subjects else None)
        if subj is not None:
            # a verb with a by-agent and no auxiliary is a headline's passive ("X removed by police"),
            # so is one with no object whose preposition's object has one ("X bombed in attack by Y")
            passive = (
                subj.dep_ == "nsubjpass"
                or (
                    current.tag_ in ("VBD", "VBN")
                    and (_has_agent(current) or _headline_inner_agent(current))
                    and not any(c.dep_ in ("aux", "auxpass") for c in current.children)
                )
                or (current is token and headline_bare_passive(current))
            )
            return subj, (passive and shares_voice) or participle
        if current is token and headline_passive(current):
            return current.head, True
        if current is token and headline_infinitive(current):
            return current.head, False
        stray = _stray_subject(current)
        if stray is not None:
            return stray, False
        if current is token and _passive_participle(current):
            # "Asked about the plan, the minister said ...": the main subject undergoes the event
            participle = True
        if current.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in current.children if c.dep_ == "poss"), None)
            return poss, False
        if (
            current.dep_ not in ("xcomp", "conj", "advcl", "acomp", "pcomp", "prep")
            or current.head.i == current.i
        ):
            return None, False
        controller = _object_controller(current) or _reason_controller(current)
        if controller is not None:
            return controller, False
        if current.dep_ == "advcl" and current.tag_ == "VBG":
            # "the camp was attacked by militiamen, killing 156 people": the doer of the
            # participle is the passive's agent, not its subject
            head = current.head
            agent = _agent(head) if any(c.dep_ == "nsubjpass" for c in head.children) else None
            if agent is not None:
                return agent, False
        shares_voice = shares_voice and current.dep_ == "conj" and _bare_participle(current)
        current = current.head
    return None, False


def _undated(subjects: list[Token]) -> list[Token]:
    """The subjects outside a dateline; a dateline the parse made the subject gives way to the name
    it hung on it as an apposition ("(CNN) President Jane Doe made ...": Jane Doe)."""
    out: list[Token] = []
    for subject in subjects:
        if not in_dateline(subject):
            out.append(subject)
            continue
        out.extend(c for c in subject.children if c.dep_ == "appos" and not in_dateline(c))
    return out


def _object_controller(clause: Token) -> Token | None:
    """The object that is the doer of an infinitive under a verb of causing or asking ("forced the
    president to resign", "persuaded the governor to withdraw": the president, the governor), not
    under a verb of commitment, whose subject acts ("promised voters to cut taxes")."""
    head = clause.head
    if clause.dep_ != "xcomp" or clause.tag_ != "VB" or head.lemma_.lower() in cues().commitment_verbs:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or names_thing(obj):
        return None
    return obj


# prepositions of a gerund that gives the reason or the charge of what is done to an actor ("thanked
# Egypt for mediating", "accused the mayor of lying", "held the aide in contempt for refusing")
REASON_PREPS = frozenset({"for", "of"})


def _reason_controller(clause: Token) -> Token | None:
    """The doer of a gerund that gives the reason or charge of an act on someone: the act's object
    ("praised the police for arresting the gang": the police arrest) or, in the passive, its subject
    ("the aide was held in contempt for refusing to testify": the aide refuses); never a thing ("won
    praise for helping": the subject helps)."""
    prep = clause.head
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if prep.lower_ not in REASON_PREPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    deps = ("dobj",) if any(c.dep_ == "dobj" for c in verb.children) else ("nsubjpass",)
    doer = next((c for c in verb.children if c.dep_ in deps and c.i < clause.i), None)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN", "PRON") or names_thing(doer):
        return None
    return doer


POSSESSIVE_DETERMINERS = ("his ", "her ", "their ", "its ", "our ", "my ")


def _possessed(actor: dict[str, Any]) -> bool:
    """Whether an actor phrase is someone's ("his surrogates", "Trump's aides"): its entity is the
    owner's, not the actor's own."""
    text = str(actor.get("text") or "").lower()
    return text.startswith(POSSESSIVE_DETERMINERS) or "'s " in text or "’s " in text


def _hyphen_piece(token: Token, subjects: list[Token]) -> bool:
    """A second "subject" that is the hyphenated end of the first one's word ("Moon Jae-in" parsed
    as the subjects "Jae" and "in")."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 2].whitespace_
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 2] in subjects
    )


STRAY_SUBJECT_DEPS = frozenset({"conj", "dobj", "pobj", "appos", "npadvmod"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _stray_subject(verb: Token) -> Token | None:
    """The subject the parser hung elsewhere: a finite verb with no subject right after a noun
    phrase that is not its own ("... mishandled the probe and Democrats accused the GOP", parsed
    with "Democrats" coordinated with "the probe")."""
    if verb.tag_ not in FINITE_VERB_TAGS or verb.dep_ not in ("ccomp", "conj", "ROOT"):
        return None
    before = verb.i - 1
    while before >= verb.sent.start and verb.doc[before].pos_ in ("ADV", "AUX", "PART"):
        before -= 1
    if before < verb.sent.start:
        return None
    noun = verb.doc[before]
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.head.i == verb.i:
        return None
    return noun if noun.dep_ in STRAY_SUBJECT_DEPS else None


# prepositions whose object is whom an act or a charge is aimed at ("the charges against X", "an
# inquiry into X", "sanctions on X")
AIMED_PREPS = ("against", "into", "on", "over")


def _thing_targets(head: Token) -> list[Token]:
    """Whom a thing a predicate acts on is aimed at, in a phrase of the thing or of the predicate:
    "dropped the charges against X", "ended an inquiry into claims made against X" (through one more
    thing and its participle)."""
    out: list[Token] = []
    for obj in _prep_objects(head, AIMED_PREPS):
        if not names_thing(obj):
            out.append(obj)
            continue
        out.extend(_prep_objects(obj, AIMED_PREPS))
        for clause in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            out.extend(_prep_objects(clause, AIMED_PREPS))
    return out


# types whose venue may be their target: force, coercion and threats of them land on the place
# ("shelled positions in Idlib", "threatened attacks in Israel"); a meeting's, a protest's, a
# deployment's or an offer's place has no addressee ("rallied outside the courthouse in San
# Francisco", "troops were deployed in the capital")
VENUE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
VENUE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _venue(trig: Trigger, token: Token) -> bool:
    """Whether a name is where the event happens and so not its target: a place name ("held talks in
    Geneva") or a name of the place noun it modifies ("talks at the UN headquarters", "a clinic at
    the Border Patrol station"). The venue of force, coercion or a threat may be the target
    ("threatened attacks in Israel")."""
    if trig.sense.plover in VENUE_TARGET_TYPES:
        return False
    for _ in range(MAX_CHAIN):
        # a name coordinated with a place is part of that place's address ("at the Santa Rosa,
        # California, Border Patrol station")
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    if token.ent_type_ not in VENUE_ENTS:
        head = _name_head(token)
        # a nationality or an organisation is a place only as the name of one ("in protest of the
        # Russian government's refusal" names no place)
        if head.i == token.i or head.pos_ != "NOUN" or actor_word(head) or head.ent_type_:
            return False
    return clause_venue(token, trig.token, trig.noun)


def _name_root(first: Token) -> Token:
    """The head word of the named entity a token begins ("the Customs and Border Protection": Customs;
    "the United Nations": Nations)."""
    doc = first.doc
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    start = first.i
    while start < end - 1 and doc[start].dep_ in ("det", "punct"):
        start += 1
    root = doc[start:end].root
    # a recogniser's span over a clause ("Smith hit Jones" as one name) has a verb for its root
    return root if root.pos_ in ("PROPN", "NOUN") else doc[start]


def _name_head(token: Token) -> Token:
    """The noun a name belongs to: the name's own head word, or the noun it modifies ("the Nigerian
    government", "Iran's nuclear programme" stays "Iran")."""
    current = token
    for _ in range(MAX_CHAIN):
        if current.head.i == current.i or current.head.i >= current.i + 8:
            break
        if current.dep_ in ("compound", "det") and current.head.ent_type_ == token.ent_type_:
            current = current.head
        elif current.dep_ in ("compound", "amod", "nmod") and (
            current.head.pos_ == "NOUN" or (current.head.pos_ == "PROPN" and not current.head.ent_type_)
        ):
            current = current.head
        else:
            break
    return current


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None


def _inner_agent(token: Token) -> Token | None:
    """The by-phrase the parse hung on the object of a passive's own preposition ("was charged with
    fraud by prosecutors", "was killed in a strike by rebels"): the passive's agent."""
    for obj in _prep_objects(token, tuple({c.lower_ for c in token.children if c.dep_ == "prep"} - {"by"})):
        for by in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
            doer = next((p for p in by.children if p.dep_ == "pobj"), None)
            if doer is not None and not names_thing(doer) and doer.ent_type_ not in ("DATE", "TIME"):
                return doer
    return None


def _for_clause_subjects(token: Token) -> list[Token]:
    """The subjects of a verb's "for ... to" clauses ("called for the chief to resign")."""
    return [
        subj
        for clause in token.children
        if clause.dep_ in ("advcl", "ccomp")
        and clause.i > token.i
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
        for subj in clause.children
        if subj.dep_ == "nsubj"
    ]


def _addressees(token: Token, candidates: list[Token]) -> list[Token]:
    """The one an appeal asks among its target candidates: the subject of a "for ... to" clause
    first ("urged an end to the fighting and for both sides to return to talks"), never the people
    asked for ("asked for more police officers"; a thing asked for names its owner: "called for the
    minister's resignation"), and for a participle the one its verb is written or turned to, after
    its own ("wrote to the minister asking for ...")."""
    asked_for = {
        c.i
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for c in prep.children
        if c.dep_ == "pobj" and not names_thing(c)
    }
    out = _for_clause_subjects(token) + [c for c in candidates if c.i not in asked_for]
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        out.extend(_prep_objects(token.head, ("to",)))
    return out


def _misattached_conjunct(token: Token, subject: Token | None) -> Token | None:
    """The reporting verb a coordinated verb with no subject of its own belongs to when the parse
    hung it on that verb's reported clause, whose subject names no actor ("The ministry said the
    move was a response, and accused Britain": the ministry accused); else None."""
    clause = token.head
    if token.dep_ != "conj" or _own_subject(token) or clause.dep_ != "ccomp":
        return None
    reporter = clause.head
    if reporter.lemma_.lower() not in cues().reporting_verbs or reporter.i > clause.i:
        return None
    if subject is None or subject.head.i != clause.i or names_actor(subject):
        return None
    return reporter


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions among ``preps`` (a particle the parse gave an object
    counts as one: "called on police to ...")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "prt") and child.lower_ in preps:
            out.extend(p for p in child.children if p.dep_ == "pobj")
    return out


class EventCoder:
    """Codes the events of one Doc."""

    def __init__(
        self,
        doc: Doc,
        resolver: Resolver | None,
        keep_features: bool = False,
        headline: Doc | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.keep_features = keep_features
        self.text = text if text is not None else doc_text(doc)
        sents = list(doc.sents)
        self.lead_end = sents[min(1, len(sents) - 1)].end if sents else 0
        self.actors = ActorResolver(doc, resolver, story_date(doc._.times or [], doc._.published), self.text)
        self.times = list(doc._.times or [])
        self.places = list(doc._.places or [])
        self.place_by_id = {p["id"]: p for p in self.places}
        self._mentions: list[tuple[int, str, bool]] | None = None
        self.dateline_place = self._dateline_place_id(doc._.dateline)
        self.story_genre = "story_discard" if story_discarded(self.text) else None
        self.opinion = opinion_share(doc, self._quoted)
        self.genre_signs = text_signals(doc, self.text, self._quoted) | length_signs(
            sum(1 for s in sents if s.text.strip())
        )
        self.published = doc._.published
        # a Title Case headline is coded from its sentence-cased parse (``headline.py``)
        self.headline = self._headline_coder(headline, resolver) if headline is not None else None

    def _headline_coder(self, headline: Doc, resolver: Resolver | None) -> EventCoder:
        """A coder of the sentence-cased headline that reads this Doc's entities, times and places
        and writes this Doc's words (the offsets are the same)."""
        for name in ("entities", "times", "places", "quotes", "published", "dateline"):
            setattr(headline._, name, getattr(self.doc._, name))
        coder = EventCoder(headline, resolver, self.keep_features, text=self.text)
        coder.lead_end = len(headline)
        coder.story_genre = self.story_genre
        coder.opinion = self.opinion
        coder.genre_signs = self.genre_signs
        return coder

    def _dateline_place_id(self, dateline: dict[str, Any] | None) -> str | None:
        """The places[] id of the dateline place (given as an id or as a name), or None."""
        if not dateline or not dateline.get("place"):
            return None
        place = str(dateline["place"])
        if place in self.place_by_id:
            return place
        wanted = {place.lower(), str(dateline.get("text") or "").lower()}
        return next((p["id"] for p in self.places if str(p.get("name", "")).lower() in wanted), None)

    # --- arguments -------------------------------------------------------------------------

    def _actors_of(
        self, head: Token | None, exclude: Span | None = None, event: Token | None = None
    ) -> list[dict[str, Any]]:
        """The actors of an argument head and its conjuncts; ``event`` is the predicate they are
        arguments of (places inside its other arguments never place them)."""
        if head is None:
            return []
        out: list[dict[str, Any]] = []
        for token in _conjuncts(head):
            for actor in self.actors.actors(token, exclude=exclude, event=event):
                key = (actor.get("start"), actor.get("end"), actor.get("country"))
                if all((a.get("start"), a.get("end"), a.get("country")) != key for a in out):
                    out.append(actor)
        return out

    def _source_of(self, trig: Trigger, mood: Modality) -> list[dict[str, Any]]:
        token = trig.token
        if trig.rule.startswith("noun:"):
            poss = next((c for c in token.children if c.dep_ == "poss"), None)
            if poss is not None:
                return self._actors_of(poss, event=token)
            by = noun_doers(token)
            return self._actors_of(by[0], event=token) if by else []
        speaker = reported_speaker(token, trig.sense.cameo)
        subject, passive = _subject(speaker if speaker is not None else token)
        if passive:
            agent = _agent(token)
            if agent is None:
                # "was shot and killed by an officer": the agent of a coordinated participle folded
                # into this event
                twins = [inner.token for inner in trig.inner if inner.token in token.conjuncts]
                agent = next((a for c in twins if (a := _agent(c)) is not None), None)
            if agent is None:
                agent = _inner_agent(token)
            if agent is None and trig.sense.plover in SELF_MOVED_TYPES:
                # "troops were deployed to the border": the forces moved are the mobilising side
                return self._actors_of(subject, event=token)
            if agent is None and subject is not None and trig.sense.cameo in argument_kinds().release_codes:
                # "hostages held by the rebels were freed": released by whoever held them
                holders = (c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN")
                agent = next((_agent(c) for c in holders), None)
            return self._actors_of(agent, event=token) if agent is not None else []
        if trig.sense.role_swap:
            heads = _prep_objects(token, ("from",))
            for obj in (c for c in token.children if c.dep_ == "dobj"):
                # "received aid from X"; a thing's own doer: "won the backing of the army"
                heads.extend(_prep_objects(obj, ("from", "of") if names_thing(obj) else ("from",)))
            return [a for head in heads for a in self._actors_of(head, event=token)]
        actors = self._actors_of(subject, event=token)
        reporter = _misattached_conjunct(token, subject)
        if not actors and reporter is not None:
            # "The ministry said the move was a response, and accused Britain": the parse hangs the
            # coordinated verb on the reported clause, whose subject names no one
            actors = self._actors_of(_subject(reporter)[0], event=token)
        if not actors and subject is not None and subject.pos_ == "NOUN":
            # "a bombing claimed by the group killed ...", "an attack by rebels wounded ...": the
            # doer named in the subject's own by-phrase
            doer = _noun_agent(subject)
            if doer is not None:
                actors = self._actors_of(doer, event=token)
        unresolved = not any(a.get("entity") for a in actors)
        if unresolved and subject is not None and subject.pos_ == "PRON" and mood.reporter is not None:
            # "Officials said they would ...": a pronoun coreference leaves open stands for the
            # reporting verb's subject
            reporter_subject, _ = _subject(mood.reporter)
            actors = self._actors_of(reporter_subject, event=token) or actors
        elif subject is not None and mood.reporter is not None and len(actors) == 1:
            actors = [self._reporters_own(subject, actors[0], mood.reporter, token)]
        return actors

    def _reporters_own(
        self, subject: Token, actor: dict[str, Any], reporter: Token, event: Token
    ) -> dict[str, Any]:
        """A subject owned by a pronoun coreference leaves open, under a reporting verb, is the
        reporting side's ("The army said its soldiers shot ...": the army's soldiers), placed in the
        reporter's country when its own words name none."""
        pronoun = _pronoun_owner(subject)
        if (
            pronoun is None
            or pronoun.lower_ in FIRST_PERSON_OWNERS
            or actor.get("country_source") in ("phrase", "entity")
        ):
            return actor
        if self._entity_of(pronoun) is not None:
            return actor
        reporter_subject, _ = _subject(reporter)
        owners = self._actors_of(reporter_subject, event=event)
        countries = {a.get("country") for a in owners}
        if (
            len(owners) != 1
            or None in countries
            or owners[0].get("country_source") not in ("phrase", "entity")
        ):
            return actor
        country = str(owners[0]["country"])
        actor = {k: v for k, v in actor.items() if k != STORY_KEY}
        return dict(
            actor, country=country, code=actor_code(country, actor.get("sector")), country_source="entity"
        )

    def _target_candidates(self, trig: Trigger) -> list[Token]:
        token, sense = trig.token, trig.sense
        out: list[Token] = []
        aimed = argument_kinds().type_target_preps.get(sense.plover, ())
        if trig.rule.startswith("noun:"):
            own = _prep_objects(token, ("against", "on", "with", "to", "between", "of"))
            return own + [o for o in _prep_objects(token, aimed) if not _venue(trig, o)]
        subject, passive = _subject(token)
        if sense.role_swap and subject is not None:
            return [subject]
        if passive and subject is not None:
            out.append(subject)
        if sense.target == "none":
            return out
        if sense.target == "that":
            for clause in (c for c in token.children if c.dep_ == "ccomp"):
                if clause.lemma_.lower() in cues().reporting_verbs and clause.i > token.i + 1:
                    continue  # a trailing attribution ("..., diplomats quoted ... as saying")
                subj, _ = _subject(clause)
                if subj is not None:
                    out.append(subj)
        dobjs = [
            c
            for c in token.children
            if c.dep_ in ("dobj", "iobj", "dative")
            and c.pos_ != "ADP"
            and (trig.noun is None or c.i != trig.noun.i)
        ]
        if sense.target in ("object", "that"):
            if sense.preps:
                # the one a frame's own preposition names is the addressee, before whoever owns the
                # thing asked for or given ("sought X's extradition from Britain": Britain)
                named = [obj for obj in dobjs if not names_thing(obj)]
                things = [obj for obj in dobjs if obj not in named]
                out.extend(named + _prep_objects(token, sense.preps))
                out.extend(o for thing in things for o in _prep_objects(thing, sense.preps))
                out.extend(things)
            else:
                out.extend(dobjs)
            # a small clause takes its subject as the object: "found him guilty", "declared them
            # enemies"
            for clause in (c for c in token.children if c.dep_ in ("ccomp", "oprd")):
                if clause.pos_ in ("ADJ", "NOUN"):
                    out.extend(c for c in clause.children if c.dep_ == "nsubj")
        if sense.target == "dative":
            out.extend(c for c in token.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP")
        preps = sense.preps or DEFAULT_TARGET_PREPS
        out.extend(_prep_objects(token, preps))
        if trig.noun is not None:
            for clause in trig.noun.children:
                if clause.dep_ in ("acl", "ccomp") and _content_clause(clause):
                    subj, _ = _subject(clause)
                    if subj is not None:
                        out.insert(0, subj)
            out.extend(_prep_objects(trig.noun, preps + ("against", "on", "with", "of")))
            out.extend(o for o in _prep_objects(trig.noun, aimed) if not _venue(trig, o))
        for obj in dobjs:
            out.extend(_prep_objects(obj, preps))
            if names_thing(obj):
                # the parser hangs the thing's phrase on the verb as often as on the noun
                out.extend(_thing_targets(obj) + _thing_targets(token))
        if sense.target == "dative":
            out.extend(dobjs)
        for clause in (c for c in token.children if c.dep_ == "xcomp"):
            obj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if obj is not None:
                out.append(obj)
        for clause in (c for c in token.children if c.dep_ == "xcomp" and not dobjs):
            # the one a promised, threatened or refused act is aimed at: "threatened to make the
            # envoy testify", "vowed to help the refugees" (not when the predicate has an object of
            # its own: "urged all sides to protect civilians")
            out.extend(c for c in clause.children if c.dep_ == "dobj" and not names_thing(c))
            for inner in (c for c in clause.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"):
                out.extend(c for c in inner.children if c.dep_ == "nsubj")
        for head in (token, *dobjs):
            # "expressed anger at the decision", "raised concerns about the minister"
            out.extend(o for o in _prep_objects(head, aimed) if not _venue(trig, o))
        if sense.plover in argument_kinds().addressee_types:
            out = _addressees(token, out)
        return out

    def _target_of(
        self, trig: Trigger, sources: list[dict[str, Any]], fallback: bool = True
    ) -> list[dict[str, Any]]:
        source_spans = {(a.get("start"), a.get("end")) for a in sources}
        # the entity a source is (not one it is only owned by: "his surrogates called him ...")
        source_entities = {a.get("entity") for a in sources if a.get("entity") and not _possessed(a)}
        exclude = self._source_span(trig)
        chains = [trig] + [inner for inner in trig.inner]

        def usable(actor: dict[str, Any]) -> bool:
            if (actor.get("start"), actor.get("end")) in source_spans:
                return False
            return not (actor.get("entity") and actor["entity"] in source_entities)

        for level in chains:
            for head in self._target_candidates(level):
                if self._owned_by_source(head, source_entities) or in_attribution(head):
                    continue
                found = self._actors_of(head, exclude, trig.token)
                actors = [a for a in found if usable(a)]
                if not actors and found and head.lower_ in OBJECT_PRONOUNS:
                    # "Cotton accused him": an object pronoun is never its own clause's subject,
                    # whatever coreference said; it is someone the story places
                    actors = [self.actors.unbound(head)]
                if actors:
                    return actors
        if not fallback:
            return []
        for level in chains:
            for head in self._named_in_scope(level, exclude):
                actors = [a for a in self._actors_of(head, exclude, trig.token) if usable(a)]
                if actors:
                    return actors
        return []

    def _home_place(self, target: dict[str, Any], sources: list[dict[str, Any]]) -> bool:
        """Whether a target is a place name (not a people or a body) of a source's own country."""
        countries = {a.get("country") for a in sources if a.get("country")}
        if target.get("country") not in countries or target.get("start") is None:
            return False
        span = self.doc.char_span(int(target["start"]), int(target["end"]), alignment_mode="expand")
        return span is not None and span.root.ent_type_ in VENUE_ENTS

    def _owned_by_source(self, head: Token, source_entities: set[Any]) -> bool:
        """An object a pronoun possesses is the source's own ("moved its troops", "defended his
        own record"), not a target, unless the pronoun stands for someone else the story names
        ("the opposition leader criticised his remarks": those of the minister named before)."""
        pronoun = _pronoun_owner(head)
        if pronoun is None:
            return False
        if any(c.lower_ == "own" for c in head.children) or pronoun.lower_ in FIRST_PERSON_OWNERS:
            return True
        if {head.lower_, head.lemma_.lower()} & argument_kinds().relation_nouns:
            # "met his counterpart", "criticised her rival": someone across from the owner
            return False
        entity = self._entity_of(pronoun)
        return entity is None or entity.get("id") in source_entities

    def _entity_of(self, word: Token) -> dict[str, Any] | None:
        """The entity a single word stands for (a pronoun coreference resolved), if any."""
        return self.actors.entities.in_span(self.doc[word.i : word.i + 1], word)

    def _source_span(self, trig: Trigger) -> Span | None:
        subject, passive = _subject(trig.token)
        head = _agent(trig.token) if passive else subject
        if head is None:
            return None
        return self.doc[head.left_edge.i : head.right_edge.i + 1]

    @staticmethod
    def _named_in_scope(trig: Trigger, exclude: Span | None) -> list[Token]:
        """Names and nationality words after the predicate, inside its clause: the PETRARCH-style
        fallback target ("lift embargoes on sales to Iran", "attacked a camp for Congolese refugees")."""
        token = trig.noun if trig.noun is not None else trig.token
        # a coordinated clause with a subject of its own is another event ("X resigned and Y was
        # named to replace him"), and so is a coordinated predicate not folded into this one ("X
        # condemned the attack and called on Russia to ...": Russia is the call's)
        folded = {inner.token.i for inner in trig.inner}
        other = {
            t.i
            for c in token.children
            if c.dep_ == "conj" and (_own_subject(c) or (c.pos_ in ("VERB", "AUX") and c.i not in folded))
            for t in c.subtree
        }
        out: list[Token] = []
        for t in token.subtree:
            if t.i <= trig.token.i or len(out) >= MAX_SCOPE_NAMES or t.i in other:
                continue
            if exclude is not None and exclude.start <= t.i < exclude.end:
                continue
            if t.ent_type_ not in SCOPE_ENTS or t.ent_iob_ != "B" or in_attribution(t):
                continue
            name = _name_root(t)
            if not _venue(trig, name):
                out.append(_name_head(name))
        return out

    def _quoted(self, offset: int) -> bool:
        """Whether a character offset lies inside quotation marks of its paragraph."""
        start = self.text.rfind("\n", 0, offset) + 1
        before = self.text[start:offset]
        opens, closes = before.count("“"), before.count("”")
        return opens > closes or before.count('"') % 2 == 1

    # --- when / where ----------------------------------------------------------------------

    def _when(self, trig: Trigger, sent: Span) -> str | None:
        subtree = {t.i for t in trig.token.subtree}
        best: tuple[int, str] | None = None
        for time in self.times:
            if not (sent.start_char <= time["start"] < sent.end_char):
                continue
            if time.get("type", "DATE") not in ("DATE", "TIME"):
                continue
            span = self.doc.char_span(time["start"], time["end"], alignment_mode="expand")
            inside = span is not None and any(t.i in subtree for t in span)
            rank = 0 if inside else 1
            if best is None or rank < best[0]:
                best = (rank, time["id"])
        return best[1] if best else None

    def _where(self, trig: Trigger, sent: Span) -> tuple[str | None, bool]:
        subtree = {t.i for t in trig.token.subtree}
        best: tuple[int, int, str] | None = None
        for place in self.places:
            for mention in place.get("mentions", []):
                if mention.get("kind") == "demonym" or not (
                    sent.start_char <= mention["start"] < sent.end_char
                ):
                    continue
                token = self.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
                inside = token is not None and any(t.i in subtree for t in token)
                distance = abs(mention["start"] - trig.token.idx)
                key = (0 if inside else 1, distance, place["id"])
                if best is None or key < best:
                    best = key
        if best is not None:
            return best[2], False
        if self.dateline_place:
            return self.dateline_place, True
        return None, False

    # --- coding ----------------------------------------------------------------------------

    def _code(self, trig: Trigger, mood: Modality) -> tuple[str, str, str | None, str]:
        """(CAMEO, PLOVER type, mode, rule suffix) after folding and intent/refusal recoding."""
        sense = trig.sense
        code, plover, mode, rule = sense.cameo, sense.plover, sense.mode, ""
        inner = trig.inner[0] if trig.inner else None
        c = cues()
        if inner is not None:
            if plover == "THREATEN":
                hit = recode(inner.sense.cameo, c.intent_recode)
                if hit and hit[1] == "THREATEN":
                    code, mode, rule = hit[0], None, f"+{inner.sense.key}"
            elif plover == "AGREE" and code == "030":
                # a promise to act: to cooperate is AGREE, to attack or punish THREATEN ("vowed to attack")
                hit = recode(inner.sense.cameo, c.intent_recode)
                if hit:
                    code, plover, rule = hit[0], hit[1], f"+{inner.sense.key}"
                    mode = None if hit[1] != "AGREE" else mode
            elif plover == "REJECT" and code == "120":
                hit = recode(inner.sense.cameo, c.refusal_recode)
                if hit:
                    code, rule = hit[0], f"+{inner.sense.key}"
        elif plover == "AGREE" and code == "030":
            # a promise of a hostile act the coder leaves uncoded ("vowed to crush the insurgency")
            for act in (ch for ch in trig.token.children if ch.dep_ == "xcomp" and ch.pos_ == "VERB"):
                promised = promised_code(act)
                hit = recode(promised, c.intent_recode) if promised else None
                if hit and hit[1] == "THREATEN":
                    code, plover, mode, rule = hit[0], hit[1], None, f"+{act.lemma_.lower()}"
                    break
        if mood.refusal:
            hit = recode(code, c.refusal_recode)
            if hit:
                return hit[0], hit[1], None, rule + "+refusal"
        elif (mood.intent or mood.foretold) and mood.value == "planned":
            hit = recode(code, c.intent_recode)
            if hit and hit[1] != plover and (mood.intent or code[:2] in c.foretold_roots):
                return hit[0], hit[1], None, rule + "+intent"
        elif inner is None and mood.value in ("asserted", "reported"):
            hit = recode(code, c.realised_recode)
            own = lexicon().verbs.get(verb_lemma(trig.token, lexicon().verbs) or "") if hit else None
            if hit and own and own[-1].plover == hit[1]:
                # the act itself, as the verb names it ("negotiated with" 046, "met" 040)
                if own[-1].cameo[:2] == hit[0][:2]:
                    return own[-1].cameo, hit[1], own[-1].mode, rule + "+realised"
                return hit[0], hit[1], None, rule + "+realised"
        return code, plover, mode, rule

    def _not_an_event(self, trig: Trigger, sent: Span) -> bool:
        """A predicate in a question, an imperative or an "if" clause, a statistic, an earlier year's
        background, or a habit ("often detain")."""
        token = trig.token
        return (
            question(self.text[sent.start_char : sent.end_char])
            or imperative(token)
            or in_condition(token)
            or (trig.sense.plover == "REQUEST" and asks_a_question(token))
            or statistic(token, _subject(token)[0])
            or earlier_year(token, sent, self.times, self.doc._.published)
            or habitual(_clause_verb(trig))
            or standing(_clause_verb(trig))
            or generic_statement(
                _clause_verb(trig), _subject(token)[0], self.text[sent.start_char : sent.end_char]
            )
        )

    def _demands(self, sent: Span) -> list[tuple[Token, Token, Token]]:
        """(reporting verb, clause, clause subject) for "X said Y must ..." demands: Y names an actor
        ("said the council must resign", not "said the deal should boost growth")."""
        c = cues()
        out = []
        for token in sent:
            if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in c.reporting_verbs:
                continue
            for clause in (ch for ch in token.children if ch.dep_ == "ccomp"):
                if any(a.dep_ == "aux" and a.lower_ in c.demand_modals for a in clause.children):
                    subj = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is None or subj.lower_ in FIRST_PERSON or not names_people(subj):
                        continue
                    if generic_subject(subj):
                        # "said people should throw the product out": advice to the public
                        continue
                    out.append((token, clause, subj))
        return out

    def _evaluations(self, sent: Span) -> list[tuple[Token, Token | None, Token, Token, Sense]]:
        """(reporting word, speaker, predicate word, one judged, sense) for "X said Y is a liar" /
        "'She is a disgrace,' he said" / "said Y's remarks were outrageous": a clause a reporting
        verb governs whose predicate judges (``evaluation.judgement``: criticism, or praise as the
        naming verbs read "called him a statesman") and whose subject names people, or, for
        criticism, is a thing people own (the owner is the one judged); not under a modal ("would
        be wrong"). Besides a copula clause, the verbless clauses of headlines: a predicate with a
        subject of its own ("X says Y 'absolutely wrong'"), a quoted apposition to the object ("X
        says Y 'a disgrace'"), and a copula clause after a speaker's colon ("X: Y is 'desperate'")."""
        c = cues()
        out = []
        for token in sent:
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in c.reporting_verbs:
                speaker = _subject(token)[0]
                about = next(iter(_prep_objects(token, ("of",))), None)
                for subject, pred in _judged_clauses(token):
                    if about is not None and subject is not None and subject.pos_ == "PRON":
                        # "'She is unfit to lead,' the senator said of the governor"
                        subject = about
                    out.extend((token, speaker, pred, *found) for found in _judging(subject, pred))
            elif _copula(token) and _colon_clause(token):
                subject = next((ch for ch in token.children if ch.dep_ == "nsubj"), None)
                for pred in _predicates(token):
                    out.extend((token, token.head, pred, *found) for found in _judging(subject, pred))
            elif _copula(token) and (speaker := _colon_speaker(token)) is not None:
                # the parse ended a sentence at the speaker's colon ("Mayor: | Council is 'lying'")
                subject = next((ch for ch in token.children if ch.dep_ == "nsubj"), None)
                for pred in _predicates(token):
                    out.extend((token, speaker, pred, *found) for found in _judging(subject, pred))
            elif _copula(token) and token.dep_ == "ROOT":
                # a sentence of a quotation that does not name its speaker ("'She is a disgrace.
                # She never tells the truth,' he said"): the quote layer's speaker
                speaker = self._quote_speaker(token)
                for clause in _copulas(token) if speaker is not None else []:
                    subject = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
                    for pred in _predicates(clause):
                        out.extend((token, speaker, pred, *found) for found in _judging(subject, pred))
        return out

    def _quote_speaker(self, token: Token) -> Token | None:
        """The speaker's mention of the direct quotation a token is in, when the quote layer found
        one."""
        for quote in self.doc._.quotes or []:
            if quote.get("kind") == "indirect" or quote.get("speaker_start") is None:
                continue
            if int(quote["start"]) <= token.idx < int(quote["end"]):
                span = self.doc.char_span(
                    int(quote["speaker_start"]), int(quote["speaker_end"]), alignment_mode="expand"
                )
                return span.root if span is not None else None
        return None

    def sentence_events(self, sent: Span, after: int = 0) -> list[dict[str, Any]]:
        """Coded events of one sentence (capped); with ``after``, only predicates from that offset."""
        if not has_verb(sent):
            return []
        triggers = fold(find_triggers(sent))
        if after:
            triggers = [t for t in triggers if t.token.idx >= after]
        events: list[dict[str, Any]] = []
        demand_clauses = set()
        trigger_tokens = {t.token.i for t in triggers}
        for reporter, clause, subj in self._demands(sent):
            demand_clauses.add(clause.i)
            if reporter.idx < after:
                continue
            if reporter.dep_ == "advcl" and reporter.tag_ == "VBG" and reporter.head.i in trigger_tokens:
                # a participle voicing the demand of an action it accompanies ("marched, saying the
                # mayor must go") belongs to that action
                continue
            sense = Sense(
                key=f"{reporter.lemma_.lower()}+{clause.lemma_.lower()}",
                cameo="100",
                plover="REQUEST",
                strength=DEMAND_STRENGTH,
            )
            trig = Trigger(reporter, sense, f"demand:{reporter.lemma_.lower()}+must")
            trig.inner = [t for t in triggers if t.token.i == clause.i]
            sources = self._actors_of(_subject(reporter)[0], event=reporter)
            targets = self._actors_of(subj, event=reporter)
            if _speaker_itself(sources, targets, subj.tag_ == "PRP"):
                # "the inmate said he must be given a new trial": a claim of the speaker's own
                continue
            events.append(self._event(trig, sent, sources, targets, Modality("asserted")))
        for reporter, speaker, pred, subj, sense in self._evaluations(sent):
            if reporter.idx < after:
                continue
            trig = Trigger(pred, sense, f"evaluation:{pred.lemma_.lower()}")
            sources = self._actors_of(speaker, event=reporter)
            targets = self._actors_of(subj, event=pred.head)
            if sense is PRAISE and not targets:
                # praise of no one ("said the economy is great") is an opinion, not support
                continue
            if _same_entity(sources, targets, subj.pos_ == "PRON"):
                # "she said she was proud": the speaker describing herself
                continue
            events.append(self._event(trig, sent, sources, targets, Modality("asserted")))
        for trig in triggers:
            if demand_clauses.intersection(t.i for t in governing_chain(trig.token)):
                continue
            if self._not_an_event(trig, sent):
                continue
            mood = modality(_clause_verb(trig))
            sources = self._source_of(trig, mood)
            if len(sources) > 1 and _each_other(trig.token):
                # "A and B attacked each other's policies": one event from each to the other
                for n, source in enumerate(sources):
                    other = sources[(n + 1) % len(sources)]
                    events.append(self._event(trig, sent, [source], [other], mood))
                continue
            targets = self._target_of(trig, sources, fallback=False)
            mutual = trig.token.lemma_.lower() in argument_kinds().mutual_verbs
            if not targets and len(sources) > 1 and (trig.sense.plover in cues().reciprocal_types or mutual):
                # "A and B met": coded once, the first-named actor as source, the other as target
                sources, targets = sources[:1], sources[1:]
            elif not targets and trig.sense.plover not in argument_kinds().addressee_types:
                # an appeal's target is the one asked, never a name merely mentioned in its scope
                targets = self._target_of(trig, sources)
            if not sources and not targets and names_no_actor(trig.tokens):
                continue
            if not targets and (
                trig.sense.plover in cues().partner_types
                or trig.sense.cameo in cues().host_codes
                or (
                    trig.sense.cameo in cues().bare_promise_codes
                    and not trig.inner
                    and promises_nothing(trig.token)
                )
            ):
                # cooperation needs a partner: "released the figures" shares nothing with anyone,
                # "pledged to stay calm" promises no one anything
                continue
            if business_routine(sources, targets):
                # "Toyota agreed to buy a stake in Panasonic": business routine, not a political event
                continue
            if trig.sense.plover in nonevent_cues().struggle_types and figurative_struggle(
                [trig.token, *(t.token for t in trig.inner)], sources, targets
            ):
                # "has fought to expand health care", "vowed to fight for working families"
                continue
            if trig.sense.plover == "THREATEN":
                if not _threat_by_source(trig.token, sources, self.actors):
                    continue
                # the subject of "warned that it would ..." is the threatening side, not the target
                speaker = _clause_subject(trig.token)
                if speaker is not None:
                    inside = range(speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge))
                    targets = [t for t in targets if t.get("start") not in inside]
            if trig.sense.plover in HOME_PLACE_TYPES:
                targets = [t for t in targets if not self._home_place(t, sources)]
            partner = []
            if trig.sense.cameo in cues().itinerary_codes and domestic_visit(sources, targets):
                # a trip at home made for talks with someone is a meeting with them ("arrived at the
                # White House for talks with the president")
                partner = self._talks_partner(trig.token)
                if partner:
                    targets = partner
                    trig = replace(trig, rule=trig.rule + TALKS_RULE)
            if trig.sense.cameo in cues().itinerary_codes and (
                len(targets) > 2
                or (domestic_visit(sources, targets) and not partner)
                or crowd(_subject(trig.token)[0])
            ):
                # "toured Paris, Berlin, Rome and Madrid", "visited the border", "thousands of
                # Syrians travelled to Germany": not a visit event
                continue
            if trig.sense.plover == "AGREE" and _conditional_threat(trig.token):
                trig = replace(trig, sense=CONDITIONAL_THREAT, rule=trig.rule + "+if")
            if trig.sense.plover == "ASSAULT" and (
                _verbal_attack(trig.token, sources) or self._sparring(trig.token, sources, targets)
            ):
                trig = Trigger(trig.token, VERBAL_ATTACK, trig.rule + "+verbal", trig.noun, trig.inner)
            events.append(self._event(trig, sent, sources, targets, mood))
            if len(events) >= MAX_EVENTS_PER_SENTENCE:
                break
        return self._dedupe(events)

    def _talks_partner(self, token: Token) -> list[dict[str, Any]]:
        """The partner a trip is made to meet: the actors of the "with" phrase of a consultation
        noun in the verb's "for" phrase, or one the parse hangs on the place ("came to Paris for
        talks with the premier")."""
        places = [p for c in token.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        heads = [token, *places]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
            for noun in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
                sense = match_noun(noun)
                if sense is None or sense.plover != "CONSULT":
                    continue
                for with_ in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
                    for obj in (p for p in with_.children if p.dep_ == "pobj"):
                        actors = self._actors_of(obj, None, token)
                        if actors:
                            return actors
        return []

    def _sparring(self, token: Token, sources: list[dict[str, Any]], targets: list[dict[str, Any]]) -> bool:
        """Whether people of no armed sector clash with one another with words: an attack verb with
        no object whose every actor is a named person or a holder of political office or standing
        (``verbal_attack_offices``: "the two candidates, A and B, clashed over taxes", "Republican
        and Democratic lawmakers clashed over the bill"); crowds, party supporters, police and armies
        clash with force."""
        c = cues()
        if token.lemma_.lower() not in c.verbal_attack_verbs or any(
            ch.dep_ == "dobj" for ch in token.children
        ):
            return False
        kinds = {e.get("id"): e.get("type") for e in self.doc._.entities or []}
        # a place the clash happened in is no side of it
        actors = [a for a in (*sources, *targets) if kinds.get(a.get("entity")) not in PLACE_ENTITY_TYPES]
        if not actors or any((a.get("sector") or "") in c.armed_sectors for a in actors):
            return False
        verbal = [_office_holder(self.doc, a) for a in actors]
        named = [kinds.get(a.get("entity")) == "PERSON" for a in actors]
        return (all(named) and len(actors) > 1) or all(v or n for v, n in zip(verbal, named, strict=True))

    @staticmethod
    def _dedupe(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One event per type, source, target and modality of a sentence: two words of it that tell
        the same act ("attacked Clinton, saying 'she is unstable'") name the same actors, by the
        same mention or by mentions of one entity."""
        seen: set[tuple] = set()
        out = []
        for event in events:
            key = (
                event["plover"]["type"],
                _mention_key(event["source"]),
                _mention_key(event["target"]),
                event["modality"],
            )
            if key in seen:
                continue
            seen.add(key)
            out.append(event)
        return out

    def _event(
        self,
        trig: Trigger,
        sent: Span,
        sources: list[dict[str, Any]],
        targets: list[dict[str, Any]],
        mood: Modality,
    ) -> dict[str, Any]:
        code, plover, mode, suffix = self._code(trig, mood)
        info = describe(code)
        sentence = self.text[sent.start_char : sent.end_char]
        tokens = trig.tokens + [t for inner in trig.inner for t in inner.tokens]
        trigger_text = " ".join(
            self.text[t.idx : t.idx + len(t)] for t in sorted(set(tokens), key=lambda t: t.i)
        )
        where, assumed = self._where(trig, sent)
        event = {
            "source": sources[0] if sources else None,
            "target": targets[0] if targets else None,
            "plover": {"type": plover, "mode": mode or info["mode"]},
            "cameo": {"code": code, "label": info["label"]},
            "goldstein": info["goldstein"],
            "quad_class": info["quad_class"],
            # a promise, threat or refusal is itself the event: the announcement's modality
            "modality": mood.act if suffix.endswith(("+intent", "+refusal")) else mood.value,
            "when": self._when(trig, sent),
            "where": where,
            "where_assumed": assumed,
            "evidence": {"start": sent.start_char, "end": sent.end_char, "text": sentence},
            "trigger": trigger_text,
            "rule": trig.rule + suffix,
            "_sources": sources,
            "_targets": targets,
            "_context": {
                "strength": trig.sense.strength,
                "kind": trig.sense.origin if trig.rule.startswith("verb:") else trig.rule.split(":", 1)[0],
                "question": question(sentence),
                "quoted": self._quoted(trig.token.idx),
                "lead": sent.start < self.lead_end,
                "genre": self.story_genre or ("sentence_discard" if sentence_discarded(sentence) else None),
                "position": sent.start_char / max(1, len(self.text)),
                "offset": sent.start_char,
                "opinion": self.opinion,
                "text": self.genre_signs,
                "clause": dict(
                    clause_signals(
                        _clause_verb(trig),
                        _subject(trig.token)[0],
                        sent,
                        sentence,
                        self.times,
                        self.published,
                    ),
                    doerless=_doerless(trig, sources, targets),
                ),
            },
        }
        return event

    def _place_people(self, coded: list[dict[str, Any]]) -> None:
        """Place the actors left to the story's country (``STORY_KEY``: named people and
        organisations the dictionaries do not place, generic nouns, unresolved pronouns). The
        story's country is read outside the event's sentence, whose other parties are no evidence of
        where this actor is ("Protesters burned a Danish flag"): the country most of the placed
        actors of the other sentences have (when there are ``MIN_STORY_ACTORS`` of them or the
        places name fewer than ``MIN_STORY_PLACES`` different places of another country), else
        the country the story's places name most outside the sentence; for residents
        (``RESIDENT_SECTORS``: civilians, protesters, police, rebels) the places' country first
        ("Russian jets bombed Aleppo ... the rebels": Syria's). With none (a single sentence says
        nothing beyond the event) the actor keeps the country a place of its sentence gave it, or
        none (``country_source`` None)."""
        placed = [
            [
                a["country"]
                for a in (*event["_sources"], *event["_targets"])
                if a.get("country") and a.get("country_source") in ("phrase", "entity")
            ]
            for event in coded
        ]
        total = Counter(c for countries in placed for c in countries)
        by_sentence: dict[int, Counter[str]] = {}
        for event, countries in zip(coded, placed, strict=True):
            by_sentence.setdefault(event["evidence"]["start"], Counter()).update(countries)
        for event in coded:
            actors = (*event["_sources"], *event["_targets"])
            country = setting = None
            if any(a.get(STORY_KEY) for a in actors):
                others = total - by_sentence[event["evidence"]["start"]]
                start, end = event["evidence"]["start"], event["evidence"]["end"]
                named = self._most_named_country(start, end)
                country = _majority(others)
                if others.total() < MIN_STORY_ACTORS and self._names_places_of(named, start, end):
                    # one or two placed actors (an outside expert quoted) say less of where the
                    # story is than the several places of one country it names
                    country = named
                country = country or named
                setting = self._most_named_country(start, end, setting=True)
            for actor in actors:
                if not actor.pop(STORY_KEY, False):
                    continue
                if setting is not None and actor.get("sector") in RESIDENT_SECTORS:
                    actor.update(country=setting, code=actor_code(setting, actor.get("sector")))
                    actor["country_source"] = "document"
                    continue
                if country is not None:
                    code = actor_code(country, actor.get("sector"))
                    actor.update(country=country, code=code, country_source="document")
                elif not actor.get("country"):
                    actor["country_source"] = None

    def _place_mentions(self) -> list[tuple[int, str, bool]]:
        """(start, country, named as a setting) of each mention of a place of a country."""
        if self._mentions is None:
            self._mentions = []
            for start, end, iso3 in self.actors.place_mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                self._mentions.append((start, iso3, span is not None and in_setting(span.root)))
        return self._mentions

    def _names_places_of(self, country: str | None, start: int, end: int) -> bool:
        """Whether the story names ``MIN_STORY_PLACES`` different places of a country outside the
        characters [start, end) (one name written again may be a word misread as a place)."""
        names = {
            self.actors.text[a:b].lower()
            for a, b, iso3 in self.actors.place_mentions
            if iso3 == country and not start <= a < end
        }
        return country is not None and len(names) >= MIN_STORY_PLACES

    def _most_named_country(self, start: int, end: int, setting: bool = False) -> str | None:
        """The country the story's places name most often (ISO alpha-3) outside the characters
        [start, end) (the event's sentence), when no other is named as often; with ``setting``
        only the places named where something happens (``actors.in_setting``)."""
        counts = Counter(
            iso3
            for at, iso3, where in self._place_mentions()
            if not start <= at < end and (where or not setting)
        )
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def events(self) -> list[dict[str, Any]]:
        """Every coded event of the Doc, one per source-target pair, with ids V1, V2..."""
        out: list[dict[str, Any]] = []
        scored: list[dict[str, float]] = []
        coded: list[dict[str, Any]] = []
        if self.headline is not None:
            coded.extend(e for sent in self.headline.doc.sents for e in self.headline.sentence_events(sent))
        cut = len(self.headline.doc.text) if self.headline is not None else 0
        for sent in self.doc.sents:
            if sent.end_char > cut:
                # a sentence the model ran on from the headline keeps the predicates after it
                coded.extend(self.sentence_events(sent, after=cut if sent.start_char < cut else 0))
        self._place_people(coded)
        # a visit whose host the story placed in the visitor's own country is travel at home
        coded = [
            e
            for e in coded
            if e["cameo"]["code"] not in cues().itinerary_codes
            or e["rule"].endswith(TALKS_RULE)
            or not domestic_visit(e["_sources"], e["_targets"])
        ]
        head = first_line(self.doc)
        if head is not None:
            coded[:0] = echoes(coded, head, self.headline.doc if self.headline is not None else head)
        seen: set[tuple] = set()
        for event in coded:
            sources = event.pop("_sources") or [None]
            targets = event.pop("_targets") or [None]
            context = event.pop("_context")
            for source in (as_strikers(s, event["cameo"]["code"] or "") for s in sources):
                for target in _other_targets(source, targets):
                    key = (
                        event["evidence"]["start"],
                        event["trigger"],
                        event["plover"]["type"],
                        (source or {}).get("start"),
                        _actor_key(source),
                        _actor_key(target),
                    )
                    if key in seen:
                        # "expelled inspectors of the IAEA, or IAEA": one target named twice
                        continue
                    seen.add(key)
                    item = dict(event, source=source, target=target)
                    feats = features(
                        source=source,
                        target=target,
                        modality=item["modality"],
                        pronoun_source=bool(source and source.get("text", "").lower() in PRONOUNS),
                        cameo=item["cameo"]["code"] or "",
                        **context,
                    )
                    place = self.place_by_id.get(item["where"]) if item["where"] else None
                    item["gdelt"] = gdelt_fields(item, place)
                    item["id"] = f"V{len(out) + 1}"
                    out.append(item)
                    scored.append(feats)
                    if len(out) >= MAX_EVENTS_PER_DOC:
                        return self._scored(out, scored)
        return self._scored(out, scored)

    def _scored(self, events: list[dict[str, Any]], feats: list[dict[str, float]]) -> list[dict[str, Any]]:
        """The events with their confidence, once every event of the text is known (``story_features``)."""
        story = story_features([(e["plover"]["type"], f) for e, f in zip(events, feats, strict=True)])
        for event, own, more in zip(events, feats, story, strict=True):
            own.update(more)
            event["confidence"] = confidence(own)
            if self.keep_features:
                event["_features"] = own
        return events


def _same_actor(source: dict[str, Any] | None, target: dict[str, Any] | None) -> bool:
    """Whether a target is its event's source again: a mention of the same entity, or the same
    name written again ("A and B clashed before B hit A" read with B on both sides)."""
    if not source or not target:
        return False
    owned = _possessed(source) or _possessed(target)
    if source.get("entity") and source.get("entity") == target.get("entity") and not owned:
        return True
    text = str(source.get("text") or "").strip().lower()
    return bool(text) and text not in PRONOUNS and text == str(target.get("text") or "").strip().lower()


def _other_targets(
    source: dict[str, Any] | None, targets: list[dict[str, Any] | None]
) -> list[dict[str, Any] | None]:
    """The targets of a source that are not the source itself (none left: no target)."""
    out = [t for t in targets if not _same_actor(source, t)]
    return out or [None]


# the fewest placed actors whose country says where a story is before the places it names
MIN_STORY_ACTORS = 3
# the fewest different places of one country that outweigh fewer placed actors
MIN_STORY_PLACES = 2


def _majority(counts: Counter[str]) -> str | None:
    """The country more than half of the counted actors have, or None."""
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] * 2 > counts.total() else None


def code_events(
    doc: Doc, resolver: Resolver | None, keep_features: bool = False, headline: Doc | None = None
) -> list[dict[str, Any]]:
    """The events of a parsed Doc as ``Event`` record dicts (with each event's confidence features
    under ``_features`` when ``keep_features``, for fitting the confidence model); ``headline`` is
    the sentence-cased parse of a Title Case first line (``headline.parse_headline``)."""
    return EventCoder(doc, resolver, keep_features, headline).events()
