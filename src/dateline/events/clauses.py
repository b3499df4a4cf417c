"""Clause structure for the event coder: which predicates fold into the one governing them, which
sit in background clauses, passives and agents, and the objects of a predicate's prepositions."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .actors import names_thing
from .argument_kinds import (
    TIME_ENTITIES,
    apposed_subject,
    in_headline,
    judged_in_headline,
    names_people,
    prep_objects,
    root_clause_verb,
    story_headline,
)
from .intent import voicing_verb
from .labels import genre_label
from .lexicon import (
    Sense,
    cues,
)
from .modality import ASSERTING_MARKS, clause_marks, headline_infinitive, headline_progressive, ordinal_doer
from .nonevents import nonevent_cues, unpunctuated
from .triggers import Trigger

# a predicate under one of these is folded into the predicate that governs it
FOLD_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acomp", "oprd", "attr", "advcl"})


# predicates in background clauses ("the man who attacked ...", "after troops arrived") are not coded
BACKGROUND_DEPS = frozenset({"relcl", "acl", "amod", "compound", "nsubj", "nsubjpass", "csubj"})


BACKGROUND_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "because", "until", "once"})


# subordinators of a time clause that, after a main clause telling no event of its own, tells the news
# ("the row took a personal turn on Monday when the president called his rival a liar")
NEWS_MARKS = frozenset({"when", "as"})


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


# PLOVER types of a lead's act that a relative clause, a participle or a time clause may tell as the
# news itself ("buried 40 children who were killed by a coalition air strike", "the toll rose after
# warplanes bombed a market"): violence and coercion, the acts a wire lead most often tells so
PASSING_TYPES = frozenset({"ASSAULT", "COERCE"})


# PLOVER types of dissent that a lead may tell in a relative clause or a participle after the ones
# who voice it, as what its main act answers ("troops beat back farmers who were demonstrating
# against a tax", "dispersed workers protesting the closure of the mine")
DISSENT_TYPES = frozenset({"PROTEST"})


# PLOVER types of an act that a relative clause set off by commas may tell as a clause of its own in
# any sentence ("Turkey, which had condemned the drills, ...", "the senator, who urged the minister
# to resign, ..."): the speech acts and the violence and coercion news most often tells so
APPOSED_RELATIVE_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "ASSAULT", "COERCE"})


# subordinators of a time clause that may tell a lead's act (not "before", "until", "since", nor "as",
# which as often tells a cause or a concurrent state)
PASSING_MARKS = frozenset({"after", "when"})
# prepositions whose gerund of meeting tells a meeting of the main clause's subject ("after meeting with")
MEETING_SEQUENCE_PREPS = frozenset({"after", "before"})


# subordinators of a time clause that beside a main act on an object most often tells its setting
# ("released the footage on Friday when soldiers freed the hostages")
SETTING_MARKS = frozenset({"when"})


# the words between the two "as" of a comparison ("as many as 40 people", "as long as it pays"),
# whose second "as" the parse may read as the mark of a clause; "as soon as" opens a time clause
COMPARISON_WORDS = frozenset({"many", "much", "long", "well", "far", "few", "little", "good"})


# words of a time span that date a clause to years before the story ("three years after", "years ago")
YEAR_SPANS = frozenset({"years", "decades"})


# words of a relative clause that frame its act as a person's career or habit rather than news
# ("who criticized Beijing while he was ambassador", "who had denounced apartheid throughout his
# career", "who has criticized the government in many interviews", "who fought for a decade")
CAREER_WORDS = frozenset({"career", "decade", "lifetime", "tenure", "throughout"})
HABIT_QUANTIFIERS = frozenset({"many", "several", "numerous", "countless", "repeated", "multiple"})
FRAME_MARKS = frozenset({"while", "when", "as"})
WAR_NOUNS = frozenset({"war", "conflict"})


# verbs of a person's life history, the periods of a life, and words of commemoration: a place that a
# clause of one of them names ("was born in Gaza", "grew up in Soweto", "lived in exile in Paris",
# "spent his childhood in Grozny", "Srebrenica ... marked the anniversary") is the setting of a
# biography or of history, and what a "where" clause after it tells is background
# (docs/annotation-guide.md section 2: a person's career, anniversaries)
LIFE_VERBS = frozenset({"bear", "raise", "grow", "live", "reside", "settle", "study", "retire", "exile"})
LIFE_PERIODS = frozenset({"childhood", "youth", "boyhood", "girlhood", "adolescence", "years", "decades"})
COMMEMORATION_WORDS = frozenset(
    {"anniversary", "commemoration", "commemorate", "memorial", "remembrance", "mourn"}
)


# reflexive pronouns, as the object of an act its doer does to itself
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})


# tags of relative pronouns ("who", "which", "that", "whose")
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


MAX_CHAIN = 8


# the rule suffix of a lead's act told in a relative, participle or time clause (``told_in_passing``)
PASSING_RULE = "+passing"


MAX_DEPTH = 16


def _purpose_or_manner(token: Token) -> bool:
    """An adverbial clause that states purpose ("to help"), not a background event ("after ...")."""
    if token.dep_ != "advcl":
        return True
    children = {c.lower_ for c in token.children if c.dep_ in ("aux", "mark")}
    return "to" in children or "by" in children


def content_clause(token: Token) -> bool:
    """A clause completing a noun ("hints that Canada could ..."), not a relative clause."""
    return token.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def colon_clause(token: Token) -> bool:
    """A clause with a subject of its own after a colon that the parser hung on the noun before it
    ("Mayor: Council was 'misleading' voters"): the speaker's claim, not a relative clause; after
    a genre label ("Update: the minister resigned") a clause of the report, whose label speaks no
    claim (``labelled_clause``)."""
    if token.dep_ != "acl" or token.i < token.head.i:
        return False
    words = [token, *(c for c in token.children if c.dep_ in ("aux", "auxpass"))]
    if not any(t.tag_ in FINITE_TAGS for t in words):
        return False
    subjects = [c for t in words for c in t.children if c.dep_ in SUBJECT_DEPS]
    if any(c.tag_ in RELATIVE_TAGS for c in subjects):
        return False
    return any(t.text == ":" for t in token.doc[token.head.i + 1 : token.i])


def labelled_clause(token: Token) -> bool:
    """Whether a clause after a colon (``colon_clause``) follows a genre or section label
    (``labels.genre_label``: "Explainer: why growers are angry", "Update: the minister resigned"):
    the label is no speaker, the clause no claim of it."""
    colon = next((t for t in token.doc[token.head.i + 1 : token.i] if t.text == ":"), None)
    return colon is not None and genre_label(token.doc[token.sent.start : colon.i].text)


def colon_speaker(token: Token) -> Token | None:
    """The name a line opens with before a colon when ``token`` roots the claim after it, whether
    the parse hangs the name on it or ends a sentence at the colon ("Mayor Berg: Council is
    'lying'"): the speaker of the claim, else None; a genre label ("Opinion:", ``labels.genre_label``)
    is none."""
    if token.dep_ != "ROOT":
        return None
    sent = token.sent
    for child in token.lefts:
        # the parse may hang the colon on the name itself ("Merkel: ...")
        last = child.right_edge
        if last.text != ":" and last.i + 1 >= len(token.doc):
            # a non-projective parse may hang the text's last word on a word before the root
            continue
        colon = last if last.text == ":" else token.doc[last.i + 1]
        if child.left_edge.i == sent.start and colon.text == ":" and child.dep_ != "nsubj":
            name = [t for t in child.subtree if not t.is_punct]
            if genre_label(" ".join(t.text for t in name)):
                # "Opinion: ...", "In Pictures: ...": the kind of piece, no speaker
                return None
            return child if all(t.text[:1].isupper() for t in name) else None
    if sent.start < 2 or token.doc[sent.start - 1].text != ":":
        return None
    before = token.doc[sent.start - 1].sent
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if not words or any(not t.text[:1].isupper() for t in words) or "\n" in before.text:
        return None
    return None if genre_label(" ".join(t.text for t in words)) else before.root


def statement_clause(token: Token) -> bool:
    """A participle after a statement noun that tells what the statement says (``statement_nouns``:
    "issued a statement condemning the attack", "in a letter urging the council to resign"): the
    speech act of the statement's issuer, not a modifier in the background."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and token.i > token.head.i
        and token.head.lemma_.lower() in cues().statement_nouns
    )


def statement_issuer(token: Token) -> Token | None:
    """Who issued the statement a ``statement_clause`` hangs on: the noun's possessor ("the
    ministry's statement condemning ..."), else the subject of the verb it is the object of, directly
    or in a phrase ("the ministry issued a statement condemning ...", "the ministry said in a
    statement condemning ...")."""
    noun = token.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if noun.dep_ not in ("dobj", "pobj") or head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _background(token: Token) -> bool:
    if colon_clause(token) or statement_clause(token):
        return False
    if token.dep_ in BACKGROUND_DEPS and token.pos_ == "VERB" and not content_clause(token):
        return not verbal_noun_subject(token)
    return token.dep_ == "advcl" and bool(clause_marks(token) & BACKGROUND_MARKS)


def verbal_noun_subject(token: Token) -> bool:
    """Whether a subject the parse reads as a gerund is a verbal noun, with no object, subject or
    auxiliary of its own ("Heavy shelling was reported", "Fighting resumed"), not a clause
    ("Shelling the town was a crime")."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("dobj", "nsubj", "aux", "auxpass", "ccomp", "xcomp") for c in token.children)
    )


def _acts_on(verb: Token) -> bool:
    """Whether a main clause's verb has an object or a clause: an act or a report of its own
    ("released the footage when officers rescued her", "said the country was at risk as he posed a
    threat"), whose time clause is its setting rather than the news; not with a subject that names
    no one ("the dispute took a bitter turn when the president called his rival a liar": a thing
    does no act)."""
    if not any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or names_people(subject)


def news_clause(token: Token) -> Token | None:
    """The time clause a predicate sits in when that clause follows an intransitive main clause
    ("the dispute escalated on Monday when the president called his rival a liar", "this comes as
    the ministry denounced the ruling"): the clause's verb, else None. Such a clause tells the news
    when the main clause codes no event of its own (``fold``)."""
    current = token
    for _ in range(MAX_DEPTH):
        if current.head.i == current.i:
            return None
        if current.dep_ == "advcl" and _background(current):
            marks = clause_marks(current)
            main = current.head
            ok = marks <= NEWS_MARKS and main.dep_ == "ROOT" and current.i > main.i and not _acts_on(main)
            return current if ok else None
        if current.dep_ == "relcl" and current.head.ent_type_ in TIME_ENTITIES:
            # "on Monday when Iran seized a tanker": the parse hangs the clause on the day
            marks, main = clause_marks(current), current.sent.root
            ok = bool(marks) and marks <= NEWS_MARKS and current.i > main.i and not _acts_on(main)
            return current if ok else None
        if _background_step(current):
            return None
        current = current.head
    return None


def _background_step(word: Token) -> bool:
    """Whether a word on the way up from a predicate puts it in the background: a background
    clause (``_background``), a plain noun's modifier (``_modifies_noun``) or a phrase of
    ``background_preps`` of event_cues.json ("after the talks", "during the war")."""
    if _background(word) or _modifies_noun(word, word.head):
        return True
    return word.dep_ == "prep" and word.lower_ in cues().background_preps


def _modifies_noun(child: Token, head: Token) -> bool:
    """A predicate inside a prepositional modifier of a plain noun ("a role in fighting ISIL")."""
    if head.pos_ not in ("NOUN", "PROPN") or child.dep_ != "prep":
        return False
    return child.lemma_.lower() not in cues().listing_preps and child.lower_ not in cues().listing_preps


def _folds_into_parent(token: Token, trig_sense: Sense) -> bool:
    """Whether a predicate under ``token``'s link belongs to the predicate above it; a clause
    before a semicolon is none of the clause after it ("Spain charged them; Madrid had banned it")."""
    if token.i < token.head.i and any(
        t.text == ";" for t in token.doc[token.right_edge.i + 1 : token.head.i]
    ):
        return False
    dep = "ccomp" if content_clause(token) else token.dep_
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
    """A participle after the noun it happens to, in a sentence with no other finite verb: the
    passive of a headline ("Opposition leader arrested by police in the capital"; the tagger may
    read the participle as a past tense: "Mason charged with assault"), also after a phrase of the
    noun ("Man with knife arrested at airport") or after a label and a colon ("Update: Opposition
    leader arrested in the capital")."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD") or token.i < token.head.i:
        return False
    if headline_patient(token) is None or apposed_subject(token) is not None or root_clause_verb(token):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in token.sent if t.i != token.i)


def dated_participle(token: Token) -> bool:
    """A finite verb of running text the parse read as a participle of the noun before it for the
    day right after it ("The opposition called Friday for new elections": "called" acl, "Friday"
    its complement), in a sentence with final punctuation, outside the text's first line and with
    no other finite verb: the noun is its subject, not its patient as in a headline's passive."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD") or token.i < token.head.i:
        return False
    if headline_patient(token) is None or in_headline(token) or unpunctuated(token.sent.text):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or after.head.i != token.i or after.ent_type_ not in TIME_ENTITIES:
        return False
    return not any(t.tag_ in FINITE_TAGS for t in token.sent if t.i != token.i)


def misread_since(token: Token) -> bool:
    """A main verb the parse hung as an adverbial clause under a relative clause for a "since" with
    a date before it ("Two hostages who had been held by rebels since 2015 were released on Monday":
    "since" read as the mark of "were released", with "2015" its object or its subject), under a
    relative clause of the noun the sentence's root is: that noun is its subject."""
    if token.dep_ != "advcl" or token.pos_ not in ("VERB", "AUX"):
        return False
    since = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    if since is None or since.i + 1 >= len(token.doc):
        return False
    date = token.doc[since.i + 1]
    # the date is the object of "since", or the parse made it the verb's subject
    if date.ent_type_ not in TIME_ENTITIES or date.head.i not in (since.i, token.i):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != date.i for c in token.children):
        return False
    root = token.sent.root
    return root.pos_ in ("NOUN", "PROPN") and token.head.dep_ == "relcl" and token.head.head.i == root.i


def headline_patient(token: Token) -> Token | None:
    """The noun a headline's participle happens to: the sentence's root noun, which the participle
    modifies itself or through the noun's prepositional phrase ("Man with knife arrested"), or the
    noun after a label ("Update: Opposition leader arrested"); None when the participle hangs
    elsewhere."""
    head = token.head
    if _after_label(head):
        return head
    while head.dep_ != "ROOT":
        if head.dep_ not in ("pobj", "prep"):
            return None
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _after_label(noun: Token) -> bool:
    """Whether the parse hangs a noun on the root of its line as an apposition after a colon, the
    root being a label before it ("Breaking: Opposition leader ...")."""
    label = noun.head
    if noun.dep_ != "appos" or label.dep_ != "ROOT" or label.i > noun.i:
        return False
    return any(t.text == ":" for t in noun.doc[label.i + 1 : noun.left_edge.i])


def has_agent(token: Token) -> bool:
    """Whether a verb has a by-agent of its own."""
    return any(c.dep_ == "agent" for c in token.children)


def headline_inner_agent(token: Token) -> bool:
    """A verb of a headline (a sentence with no final punctuation, or the first line of a story) with no
    object whose preposition's object has a by-phrase: a passive ("Embassy bombed in attack by
    militants", "Journalist shot dead in attack by gunmen.")."""
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in token.children):
        return False
    last = next((t for t in reversed(token.sent) if not t.is_space), None)
    if last is None or (last.text in SENTENCE_ENDS and not story_headline(token)):
        return False
    return inner_agent(token) is not None


def in_background(token: Token, news: frozenset[int] = frozenset()) -> bool:
    """A predicate in a relative or adverbial background clause, or inside a plain noun's modifier;
    the time clauses ``news`` (their verbs' indices) are read as news, not background."""
    if headline_passive(token) or headline_infinitive(token) or headline_progressive(token):
        return False
    if dated_participle(token):
        return False
    if apposed_subject(token) is not None or root_clause_verb(token):
        return False
    if misread_since(token):
        return False
    ordinal = ordinal_doer(token)
    # "was the first to condemn the coup": the linking verb's clause is where the act is told
    current = token if ordinal is None else (ordinal if ordinal.pos_ in ("VERB", "AUX") else ordinal.head)
    for _ in range(MAX_DEPTH):
        if current.head.i == current.i:
            return False
        if current.i in news:
            current = current.head
            continue
        if _background_step(current):
            return True
        current = current.head
    return False


def told_in_passing(trig: Trigger) -> bool:
    """Whether a background predicate of a lead sentence tells a specific act of the story: a verb
    of ``PASSING_TYPES`` in the past tense (``_told_past``) heading a relative clause ("children
    who were killed by an air strike", "a man who stabbed two officers", "a strike that killed 20
    civilians"), a participle with a by-agent after its noun ("a rocket fired by Hamas militants",
    "protesters detained by police") or a time clause of ``PASSING_MARKS`` ("fled after fighters
    shelled the town", "were closed when militants fired rockets"), in no other background clause
    and dated to no earlier year (``dated_earlier``: "wounded in 1991", "three years after"); or
    dissent (``DISSENT_TYPES``) said of the noun its clause or participle modifies
    (``_dissent_of_its_head``: "beat back farmers who were demonstrating against a tax").
    docs/annotation-guide.md codes an event the story reports only in a modifier there when its
    actors are named; the lead is where such a clause tells the news."""
    token = trig.token
    dissent = trig.sense.plover in DISSENT_TYPES
    if trig.sense.plover not in PASSING_TYPES and not dissent:
        return False
    if trig.rule.startswith("noun:"):
        return not dissent and _noun_in_passing(token)
    if not trig.rule.startswith(("verb:", "light:")) or token.pos_ != "VERB":
        return False
    if dissent:
        own = _dissent_of_its_head(token)
    elif not _told_past(token) or dated_earlier(token):
        return False
    elif token.dep_ == "relcl":
        own = True
    elif token.dep_ == "acl":
        own = token.tag_ == "VBN" and has_agent(token) and not content_clause(token)
    elif token.dep_ == "advcl":
        marks = clause_marks(token)
        own = bool(marks) and marks <= PASSING_MARKS
    else:
        own = False
    if not own:
        return False
    return _in_foreground(token.head)


def told_in_apposed_relative(trig: Trigger) -> bool:
    """Whether a verb of ``APPOSED_RELATIVE_TYPES`` heads a relative clause set off by a comma after
    the noun it describes, with the relative pronoun as its subject ("the envoy, who denounced the
    raid, ...", "Chile, which had threatened to close the border, ...", and a verb joined
    to that one), telling a past act
    (``_told_past``, a present perfect or a pluperfect), dated to no earlier year and in no other
    background clause: the clause reports the act as a clause of its own, whose doer is the noun
    (docs/annotation-guide.md sections 2 and 3); a restrictive clause ("the officer who fired")
    most often names its noun by an act told elsewhere."""
    token = trig.token
    if trig.sense.plover not in APPOSED_RELATIVE_TYPES or token.pos_ != "VERB":
        return False
    if not trig.rule.startswith(("verb:", "light:")):
        return False
    while token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children):
        # "which had condemned the drills but also criticized the mission": the clause's second verb
        token = token.head
    if token.dep_ != "relcl":
        return False
    head = token.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i + 1 >= token.i:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in ("WDT", "WP") or subject.lower_ == "that":
        subject = _object_relative(token, trig.sense.plover)
        if subject is None:
            return False
    before = token.doc[subject.i - 1] if subject.i > 0 else None
    if before is None or before.text not in (",", "--", "\u2014", "("):
        return False
    if not (_told_past(token) or _perfect(token)) or dated_earlier(token) or _career_frame(token):
        return False
    if trig.sense.plover in PASSING_TYPES and not _has_object(trig.token):
        # "who had fought in the war", "who fought against the rebels": a part taken, no act on another
        return False
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in trig.token.children):
        # "who hurt himself by stumbling": a figure of speech, no act on another
        return False
    return _in_foreground(head)


def _object_relative(verb: Token, plover: str) -> Token | None:
    """The relative pronoun of a relative clause of criticism whose object it is, the clause having
    a subject of its own ("the levy, which farmers' unions denounced on Monday", "shortages, which
    the minister blamed on the sanctions"): told as its own act, the subject its doer, as a comma's
    clause with the pronoun as subject is (``told_in_apposed_relative``)."""
    if plover != "ACCUSE":
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if pronoun is None or pronoun.tag_ not in ("WDT", "WP") or pronoun.lower_ == "that":
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None or own.tag_ in RELATIVE_TAGS or own.i < pronoun.i:
        return None
    return pronoun


def told_in_place_relative(trig: Trigger) -> bool:
    """Whether a predicate heads a relative clause opened by "where" and set off by a comma after
    the noun it describes, with a subject of its own that is no relative pronoun ("moved on to
    Lyon, where police detained eleven students", "flew to Nairobi, where he met the foreign
    minister", and a verb joined to that one), telling a past act (``_told_past``, a present perfect
    or a past progressive), dated to no earlier year, in no career frame, after no place of a life
    history or a commemoration (``_history_place``: "was born in Gaza, where troops arrested his
    father"), telling no toll to date ("where militias have killed thousands") and in no other
    background clause: the clause reports the act as a clause of its own (docs/annotation-guide.md
    section 2), as a comma's relative clause does (``told_in_apposed_relative``). A restrictive
    clause ("the city where the mayor lives") names its noun."""
    token = trig.token
    if token.pos_ != "VERB" or not trig.rule.startswith(("verb:", "light:")):
        return False
    while token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "where police detained the driver and searched his car": the clause's second verb
        token = token.head
    if token.dep_ != "relcl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    where = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    if where is None or where.i <= token.head.i or where.i == 0 or token.doc[where.i - 1].text != ",":
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS or subject.i < where.i:
        return False
    if not (_told_past(token) or _present_perfect(token) or _past_progressive(token)):
        return False
    if dated_earlier(token) or _career_frame(token) or _history_place(token.head):
        return False
    multitude = nonevent_cues().multitude_nouns
    if _present_perfect(token) and any(o.dep_ == "dobj" and o.lower_ in multitude for o in token.children):
        # "where militias have killed thousands of civilians": a toll to date, a statistic
        return False
    return _in_foreground(token.head)


def _history_place(place: Token) -> bool:
    """Whether a place is named by a clause of its own that tells a person's life history or a
    commemoration: a verb of ``LIFE_VERBS`` ("was born in Gaza", "grew up in Soweto"; not a
    participle after a noun, "families living in Rafah"), an object of ``LIFE_PERIODS`` ("spent his
    childhood in Grozny") or of ``COMMEMORATION_WORDS`` ("Srebrenica ... marked the anniversary")."""
    verb = place
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "relcl"):
        return False
    if verb.lemma_.lower() in LIFE_VERBS or verb.lemma_.lower() in COMMEMORATION_WORDS:
        return True
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return bool(objects & (LIFE_PERIODS | COMMEMORATION_WORDS))


def _present_perfect(verb: Token) -> bool:
    """A present perfect ("has called for", "have shelled"); a pluperfect after a place most often
    tells what had happened there before ("born in the town, where troops had killed his father")."""
    return _perfect(verb) and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _in_foreground(token: Token) -> bool:
    """Whether no clause above ``token`` up to its sentence's root is background (``_background``)."""
    current = token
    for _ in range(MAX_DEPTH):
        if current.head.i == current.i:
            return True
        if _background(current):
            return False
        current = current.head
    return False


def _career_frame(verb: Token) -> bool:
    """Whether a clause frames its act as a career or a habit (docs/annotation-guide.md section 1:
    a person's career, habitual statements): a phrase of ``WAR_NOUNS`` ("during the war"), a
    time clause ("while he was ambassador"), a decade ("in the 1990s"), ``CAREER_WORDS`` or
    occasions counted by ``HABIT_QUANTIFIERS`` ("in several speeches")."""
    for word in verb.subtree:
        if word.dep_ == "pobj" and word.lemma_.lower() in WAR_NOUNS:
            return True
        if word.dep_ == "advcl" and clause_marks(word) & FRAME_MARKS:
            return True
        if word.lower_ in CAREER_WORDS or re.fullmatch(r"(1[89]|20)\d0s|'\d0s", word.text):
            return True
        if word.lower_ in HABIT_QUANTIFIERS and word.head.tag_ == "NNS" and word.head.dep_ == "pobj":
            return True
    return False


def _has_object(verb: Token) -> bool:
    """Whether a verb has a direct object of its own."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _perfect(verb: Token) -> bool:
    """A present perfect or pluperfect, active ("has called for", "had condemned")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].lemma_.lower() == "have"
        and auxiliaries[0].tag_ != "MD"
    )


def _dissent_of_its_head(verb: Token) -> bool:
    """Whether a verb of dissent is said of the noun it modifies: a relative clause whose relative
    pronoun is its subject, in the simple or progressive past ("farmers who were demonstrating
    against a tax", "miners who protested the new law"), or a present participle after its noun
    ("workers protesting the closure"); dated to no earlier year ("who protested in 2015")."""
    if dated_earlier(verb):
        return False
    if verb.dep_ == "relcl":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        relative = subject is not None and subject.tag_ in RELATIVE_TAGS
        return relative and (_told_past(verb) or _past_progressive(verb))
    return participle_of_noun(verb)


def participle_of_noun(verb: Token) -> bool:
    """Whether a verb is a present participle after the noun it modifies ("workers protesting the
    closure"), said of that noun."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and verb.head.pos_ in ("NOUN", "PROPN")
    )


def told_in_clause(trig: Trigger) -> bool:
    """Whether a background predicate of a lead sentence heads an adverbial clause with a subject of
    its own whose subordinator asserts its act (``modality.ASSERTING_MARKS``: "shelled the town as rebels
    attacked a checkpoint", "recalled its ambassador after troops seized a border post", "expelled
    the envoy because Ruritania had accused it of spying"), in the past (``_told_past``, or a past
    progressive: "while troops were shelling the town"), dated to no earlier year and hanging on an
    act of the main clause or of what its reporting verb reports: a second act of the lead, told as a
    clause of its own (docs/annotation-guide.md section 2), whatever its type."""
    return trig.rule.startswith(("verb:", "light:")) and clause_act(trig.token)


def met_before_or_after(trig: Trigger) -> bool:
    """Whether a verb of meeting (PLOVER CONSULT, not a visit of ``host_codes``) is a gerund with no
    subject of its own after "after" or "before" that hangs on a verb ("flew home after meeting
    with the premier", "Before meeting the envoy, the minister ..."): the main clause's subject
    held the meeting, an act of its own (docs/annotation-guide.md section 1: "also 'after meeting
    with X'"), not a passing reference to talks told elsewhere ("after the talks")."""
    token = trig.token
    if trig.sense.plover != "CONSULT" or trig.sense.cameo in cues().host_codes:
        return False
    if not trig.rule.startswith("verb:") or token.tag_ != "VBG" or token.dep_ != "pcomp":
        return False
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in MEETING_SEQUENCE_PREPS:
        return False
    if prep.head.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def clause_act(token: Token) -> bool:
    """Whether a verb heads an adverbial clause that tells an act of its own as ``told_in_clause``
    reads it, whatever found it."""
    if token.pos_ != "VERB" or token.dep_ != "advcl":
        return False
    marks = clause_marks(token)
    if not marks or not marks <= ASSERTING_MARKS or _compared(token):
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS or subject.lower_ in ("it", "this", "that"):
        return False
    if not (_told_past(token) or _past_progressive(token) or _pluperfect_cause(token, marks)):
        return False
    if dated_earlier(token) or token.head.lemma_.lower() in cues().reporting_verbs | {"be"}:
        # "said Ruritania was in danger, as the premier posed a threat": the clause tells why a
        # state holds, in the speaker's words
        return False
    # the clause hangs on a main clause, or on what a reporting verb of the main clause reports
    # ("villagers fled after troops shelled the posts, the army said")
    current = token.head
    for _ in range(MAX_DEPTH):
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in current.children):
            # "would free the sailors after Britain released the tanker": the clause is the
            # condition of an act yet to come, told in the past of the reporting verb
            return False
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return True
        reported = (
            current.dep_ in ("ccomp", "parataxis") and current.head.lemma_.lower() in cues().reporting_verbs
        )
        if current.dep_ != "conj" and not reported:
            return False
        current = current.head
    return False


def _compared(clause: Token) -> bool:
    """Whether the "as" a clause opens with closes a comparison ("as many as 40 people died", "as
    long as talks go on"), not a time or cause clause."""
    doc = clause.doc
    for mark in (c for c in clause.children if c.dep_ == "mark" and c.lower_ == "as"):
        if mark.i >= 2 and doc[mark.i - 2].lower_ == "as" and doc[mark.i - 1].lower_ in COMPARISON_WORDS:
            return True
        after = doc[mark.i + 1 : mark.i + 3]
        if len(after) == 2 and after[0].lower_ in COMPARISON_WORDS and after[1].lower_ == "as":
            return True
    return False


def _past_progressive(verb: Token) -> bool:
    """A past progressive ("were shelling", "was being held"): a past act under way."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBG", "VBN") and bool(auxiliaries) and auxiliaries[0].lower_ in ("was", "were")


def _pluperfect_cause(verb: Token, marks: set[str]) -> bool:
    """A pluperfect after "after" or "because" ("after troops had seized the post", "because
    Ruritania had accused it of spying"): an act done before the main clause's."""
    if not marks <= {"after", "because"}:
        return False
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(auxiliaries) and auxiliaries[0] == "had"


def _beside_an_act(start: Token, by_token: dict[int, Trigger]) -> bool:
    """Whether a time clause hangs on a main predicate that is an event acting on an object
    (``_acts_on``): the clause is then that act's setting or tells it again ("police arrested the
    driver when he attacked a guard", "two bombers killed 23 people when they blew themselves up"),
    the guide's passing reference; the news beside a main clause that codes no such act ("schools
    were shut after militants fired rockets", "a leader died a month after he was arrested")."""
    return start.dep_ == "advcl" and start.head.i in by_token and _acts_on(start.head)


def _setting_or_retold(clause: Token, by_token: dict[int, Trigger]) -> bool:
    """Whether an adverbial clause beside a main clause acting on an object tells that act's
    setting or tells it again: a "when" clause ("released the footage on Friday when soldiers freed
    the hostages"), or a clause whose subject is a pronoun beside a main act (``_retold``)."""
    if clause_marks(clause) & SETTING_MARKS:
        return _acts_on(clause.head)
    return _retold(clause) and _beside_an_act(clause, by_token)


def _retold(clause: Token) -> bool:
    """Whether an adverbial clause's subject is a pronoun ("two bombers killed 23 people when they
    blew themselves up", "police detained 12 people as they dispersed a rally"): beside a main act,
    the clause most often tells that act again or its setting, not a second act of other doers."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children)


def _noun_in_passing(noun: Token) -> bool:
    """Whether an event noun that names its doer (found so by ``find_triggers``) is the object of a
    phrase of ``background_preps`` of event_cues.json that hangs on the main clause ("following
    the arrest of an opposition leader by police, thousands protested"), dated to no earlier year."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in cues().background_preps:
        return False
    if prep.lower_ in ("before", "until", "despite", "since") or dated_earlier(noun):
        return False
    current = prep.head
    for _ in range(MAX_DEPTH):
        if current.head.i == current.i:
            return current.pos_ in ("VERB", "AUX")
        if current.pos_ in ("NOUN", "PROPN") or _background(current):
            return False
        current = current.head
    return False


def sequence_reference(noun: Token) -> bool:
    """Whether an event noun is set in time against another event as the subject or object of a
    verb of sequence (``sequence_verbs``: "the raid followed a year-long inquiry") or as the
    subject of a verb of coming with a phrase or clause of ``sequence_words`` ("the arrests came
    amid anger over prices", "Beijing's condemnation comes a day before the trip", "the curfew
    came hot on the heels of the riots", "the strike comes as talks stall"): news writing's back
    reference to an act told in a clause of its own, the guide's passing reference. Only a definite
    noun refers back (``definite_determiners`` or a possessor); "clashes followed the vote", "a
    strike came after months without pay" tell a new act."""
    c = nonevent_cues()
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    marks = c.definite_determiners
    if not any(ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in marks) for ch in noun.children):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in c.sequence_verbs:
        return True
    if noun.dep_ != "nsubj" or lemma not in c.sequence_coming_verbs:
        return False
    return any(_sets_in_time(child, c.sequence_words) for child in verb.children)


def _sets_in_time(word: Token, marks: frozenset[str]) -> bool:
    """Whether a dependent of a verb of coming places it against another event: a phrase or a
    clause opened by one of ``marks`` ("after the vote", "as talks stall", "on the heels of"), also
    after a measure of time ("a day before the trip")."""
    if word.dep_ in ("prep", "advmod") and word.lower_ in marks:
        return True
    if word.dep_ == "prep":
        return any(o.dep_ == "pobj" and o.lower_ in marks for o in word.children)
    if word.dep_ == "advcl":
        return bool(clause_marks(word) & marks)
    if word.dep_ == "npadvmod":
        return any(_sets_in_time(g, marks) for g in word.children if g.dep_ in ("prep", "advmod"))
    return False


def _told_past(verb: Token) -> bool:
    """Whether a verb tells a past act in the simple past, active or passive ("killed", "was
    arrested", "fired by"): not a perfect, a future, a modal or a present ("had been wounded",
    "who attack civilians", "that are hit")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lemma_.lower() in ("have", "will") for a in auxiliaries):
        return False
    if verb.tag_ == "VBD":
        return not auxiliaries
    if verb.tag_ != "VBN":
        return False
    return all(a.tag_ == "VBD" for a in auxiliaries) and (bool(auxiliaries) or verb.dep_ == "acl")


def dated_earlier(verb: Token) -> bool:
    """Whether a clause names a year or a span of years ("in 2014", "three years after", "years
    ago", "last year"): an earlier time than the news its lead tells."""
    for word in verb.subtree:
        if word.like_num and len(word.text) == 4 and word.text.isdigit() and 1800 <= int(word.text) <= 2100:
            return True
        if word.lower_ in YEAR_SPANS:
            return True
        if word.lower_ == "year" and word.i > 0 and word.nbor(-1).lower_ == "last":
            return True
    return False


def _start(trig: Trigger) -> Token:
    return trig.noun if trig.rule.startswith("noun:") and trig.noun is not None else trig.token


def fold(triggers: list[Trigger], lead: bool = False) -> list[Trigger]:
    """Attach each predicate to the nearest predicate governing it; drop background ones. When
    every predicate of a sentence is background and some sit in a time clause after the main
    clause (``news_clause``), that clause is the news and its predicates are coded. In a ``lead``
    sentence a background act ``told_in_passing`` is coded too, its rule marked ``PASSING_RULE``.
    Outside the lead an event noun set in time against another event (``sequence_reference``) is
    dropped first, so a time clause after it may be the news ("their release came a day after the
    army freed four prisoners")."""
    if not lead:
        # "the arrests came amid anger over prices": the arrests are told elsewhere
        triggers = [t for t in triggers if not (t.rule.startswith("noun:") and sequence_reference(_start(t)))]
    news: frozenset[int] = frozenset()
    if triggers and all(in_background(_start(t)) for t in triggers):
        news = frozenset(c.i for c in (news_clause(_start(t)) for t in triggers) if c is not None)
    by_token = {t.token.i: t for t in triggers}
    by_noun = {t.noun.i: t for t in triggers if t.noun is not None and t.noun is not t.token}
    kept: list[Trigger] = []
    for trig in triggers:
        start = _start(trig)
        voicing = voicing_verb(start)
        voiced = by_token.get(voicing.i) if voicing is not None else None
        if voiced is not None and voiced is not trig:
            # "expressed willingness to resume talks": the act the voiced intent is to do
            voiced.inner.append(trig)
            trig.folded = True
            continue
        if in_background(start, news):
            if lead and told_in_passing(trig) and not _beside_an_act(start, by_token):
                trig.rule += PASSING_RULE
                kept.append(trig)
            elif lead and told_in_clause(trig) and not _setting_or_retold(start, by_token):
                trig.rule += PASSING_RULE
                kept.append(trig)
            elif told_in_apposed_relative(trig):
                twin = by_token.get(start.head.i) if start.dep_ == "conj" else None
                if (
                    twin is not None
                    and twin.sense.plover == trig.sense.plover
                    and twin in kept
                    and (not _has_object(twin.token) or not _has_object(start))
                ):
                    # "who shot and killed a man": one event, of the verb that has the object
                    if _has_object(twin.token):
                        twin.inner.append(trig)
                        trig.folded = True
                        continue
                    kept.remove(twin)
                    trig.inner.append(twin)
                    twin.folded = True
                trig.rule += PASSING_RULE
                kept.append(trig)
            elif met_before_or_after(trig):
                kept.append(trig)
            elif told_in_place_relative(trig):
                trig.rule += PASSING_RULE
                kept.append(trig)
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
        if parent is None and same_act and not has_own_subject(start):
            # "killed one soldier and wounded two others", "attacked the camp, killing 156": one
            # event of the first predicate's type
            twin = by_token.get(start.head.i)
            if twin is not None and twin is not trig and twin.sense.plover == trig.sense.plover:
                parent = twin
        if parent is not None and _punished_act(start, trig, parent):
            parent = None
        if parent is not None:
            parent.inner.append(trig)
            trig.folded = True
            continue
        kept.append(trig)
    return kept


# CAMEO 128, defy norms or law: a law broken, the crime a sentence punishes, not a refusal
DEFIANCE_CODE = "128"


def _punished_act(start: Token, trig: Trigger, parent: Trigger) -> bool:
    """Whether a predicate is a refusal a conviction, sanction or charge answers, told in its "for"
    phrase ("held the aide in contempt for refusing to testify"): the defiance of the one punished
    or charged, an act of its own, not part of the punishment (a crime punished, "convicted for
    attacking an officer", "jailed for breaching his bail", is the conviction's charge and stays
    folded)."""
    prep = start.head
    kind = (parent.sense.plover, parent.sense.mode)
    legal = kind[0] == "SANCTION" or kind == ("ACCUSE", "allege")
    return (
        legal
        and trig.sense.plover == "REJECT"
        and trig.sense.cameo != DEFIANCE_CODE
        and start.dep_ == "pcomp"
        and prep.lower_ == "for"
        and parent.token.is_ancestor(prep)
    )


def has_own_subject(token: Token) -> bool:
    """Whether a predicate has a subject of its own (not one it shares with its head)."""
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def clause_verb(trig: Trigger) -> Token:
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


def relative_antecedent(subject: Token | None) -> Token | None:
    """The noun a relative pronoun stands for, as the clause's subject ("a man who stabbed two
    officers": man; "an air strike that killed 20 civilians": strike), object ("the envoy, whom
    the minister met") or the object of its preposition ("the king, with whom he met"), else the
    word itself."""
    if subject is None or subject.tag_ not in RELATIVE_TAGS or subject.tag_ == "WP$":
        return subject
    clause = subject.head
    if subject.dep_ == "pobj" and clause.dep_ == "prep" and clause.i < clause.head.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return subject
    return clause.head


def is_passive_participle(token: Token) -> bool:
    """A past participle heading an adverbial clause of its own, with no subject or auxiliary
    ("Asked about the plan, ...", "if attacked by its neighbour")."""
    if token.dep_ != "advcl" or token.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children)


def bare_participle(token: Token) -> bool:
    """A coordinated verb with no subject, auxiliary or object of its own: it shares its head's
    voice ("was evicted and sentenced to a year", even when tagged as a past tense)."""
    if token.tag_ not in ("VBN", "VBD"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in token.children)


def held_to_blame(verb: Token) -> bool:
    """Whether a passive lays blame on its subject by its predicate (``held_responsible_predicates``;
    the CAMEO dictionary's HOLD * RESPONSIBLE [112]: "must be held accountable", "held liable",
    "held to account"): the one held so is the one the demand is about, whoever holds them."""
    words = cues().held_responsible_predicates
    return any(
        (k.dep_ in ("oprd", "acomp", "xcomp", "advcl") and k.lemma_.lower() in words)
        or (k.dep_ == "prep" and k.lower_ == "to" and any(p.lower_ in words for p in k.children))
        for k in verb.children
    )


def agent_of(token: Token) -> Token | None:
    """The object of a verb's by-agent ("was expelled by the government": government), else None;
    the by-phrase of a headline's passive of judging the parse read as a plain phrase ("Premier
    slammed by opposition over truce": ``judged_in_headline``) is its agent too."""
    for child in token.children:
        if child.dep_ == "agent":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    if judged_in_headline(token):
        by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is not None:
            return next((p for p in by.children if p.dep_ == "pobj"), None)
    return given_by(token)


def given_by(token: Token) -> Token | None:
    """The giver of a passive of giving that keeps its object, named in a "by" phrase the parse hung
    on the verb or on that object as a plain phrase ("were granted asylum by Ecuador", "was
    denied entry by Brazil": ``retained_object_verbs``), when it names an actor; else None."""
    if token.lemma_.lower() not in cues().retained_object_verbs:
        return None
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return None
    for holder in (token, *(c for c in token.children if c.dep_ == "dobj")):
        for by in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "by"):
            doer = next((p for p in by.children if p.dep_ == "pobj"), None)
            if doer is not None and names_people(doer) and not names_thing(doer):
                return doer
    return None


def inner_agent(token: Token) -> Token | None:
    """The by-phrase the parse hung on the object of a passive's own preposition ("was charged with
    fraud by prosecutors", "was killed in a strike by rebels"): the passive's agent."""
    for obj in prep_objects(token, tuple({c.lower_ for c in token.children if c.dep_ == "prep"} - {"by"})):
        for by in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
            doer = next((p for p in by.children if p.dep_ == "pobj"), None)
            if doer is not None and not names_thing(doer) and doer.ent_type_ not in TIME_ENTITIES:
                return doer
    return None
