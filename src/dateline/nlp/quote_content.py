"""What a cue verb reports: the tokens of its reported clause, object, to-clause or prepositional object."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..events.lexicon import verb_lemmas
from ..knowledge.titles import title_sectors
from .claim_relatives import claim_words
from .doc_index import entity_at
from .noun_kinds import may_name_people
from .quote_cues import Cues
from .quote_geometry import comma_set_off, has_mark
from .quote_speakers import Attributor, next_act_forms

_MAX_CONTENT = 160
# What follows a reported object and belongs to it: "criticized X for Y", "cited X on Tuesday".
_OBJECT_TAIL = ("prep", "oprd")
# Relative pronouns of a closing aside about a person ("…, who took office in May"): the writer
# saying who someone is. A closing ", which …" clause stays in what was said.
_RELATIVE = ("who", "whose", "whom")
_WHEN = ("DATE", "TIME")
# Prepositions that give a topic, never a time ("wrote of long hours", "spoke about the winter").
_TOPIC_ONLY = ("of", "about", "against")
_CLOSING = ("”", "’", "'", '"', ")")
_REPORTS = ("ccomp", "dobj", "xcomp", "oprd", "attr")
_RECIPIENTS = ("PERSON", "ORG", "NORP", "GPE")
# Parts of speech of a noun phrase's head.
_OBJECT_WORDS = ("NOUN", "PROPN", "PRON")
_COORDINATORS = ("and", "but")
# Words before a "that" marker that make its clause one of purpose or result ("so that …").
_PURPOSE_BEFORE_THAT = ("so", "such", "order", "now", "given", "except", "save")
_QUESTION_MARKERS = ("that", "if", "whether")
# Tags of the question words that open an indirect question ("how", "why", "what", "who").
_QUESTION_TAGS = ("WRB", "WP")
# Prepositions whose object says when something was said ("said after the announcement").
_TIME_PREPS = ("after", "before", "following", "since", "during")
# Sense classes of cue lemmas a thing can be the subject of ("the study shows", "it needs").
_THING_SENSES = ("evidence", "document_text")
# Entity types of a time, which a closing noun phrase may rename ("on Friday, the day that …").
_TIME_ENTITIES = ("DATE", "TIME")
_DASHES = ("—", "–", "--")
# What the parse may hang on a cue after its clause that goes on with a report made before it.
_TAIL_DEPS = frozenset({"advcl", "prep", "appos", "npadvmod", "dobj", "attr"})
_SAYING_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "npadvmod", "advmod", "punct", "aux", "neg"})
_TAIL_PREPS = frozenset({"with", "compared", "including", "despite", "unlike", "than"})
# Markers of a clause of reason, concession or result, which is more of what was said; a clause
# of time ("after", "as", "when") says when it was said.
_TAIL_MARKERS = frozenset({"because", "although", "though", "so", "if", "unless", "even", "whereas"})
# What ends a sentence in the text itself.
_SENTENCE_ENDS = (".", "!", "?", ":", "…", "...")
_SET_OFF = (",", "—", "–", "--", "-", "―")
_AS_CLAUSE_DEPS = frozenset(
    {"mark", "nsubj", "nsubjpass", "aux", "auxpass", "advmod", "prt", "punct", "npadvmod", "neg"}
)
# Phrases an "as" clause may carry that say how or where it was said, not what about.
_AS_CLAUSE_SCENE = frozenset({"with", "in", "at", "during", "after", "before", "since"})
# Dependents that give a reported clause a subject of its own.
_CLAUSE_SUBJECTS = frozenset(("nsubj", "nsubjpass", "expl", "csubj"))


def content_of(attributor: Attributor, cue: Token, object_cues: bool) -> tuple[int, int, int] | None:
    """Token range of what a cue verb reports, and a rank (0 clause, 1 other): clause first."""
    lexicon = attributor.cues
    doc = cue.doc
    lemma = cue.lemma_.lower()
    clauses = [
        c
        for c in cue.children
        if (
            c.dep_ == "ccomp"
            and lemma in lexicon.clausal
            and not _antecedent_predicate(cue, c)
            and not _relative_after_comma(cue, c)
        )
        or (
            c.dep_ in ("xcomp", "oprd")
            and lemma in lexicon.naming
            and not _infinitive(c)
            and not _bare_day(c)
        )
        or (c.dep_ == "dobj" and c.i > cue.i and lemma in lexicon.naming and _quoted_label(c))
    ]
    if not clauses and lemma in lexicon.clausal:
        clauses = _stray_that_clause(lexicon, cue)
    clauses += [o for c in clauses if (o := _relative_antecedent(cue, c)) is not None]
    relative_label = False
    if not clauses and lemma in lexicon.naming:
        clauses = _object_and_label(cue)
        if not clauses:
            clauses = _label_in_relative(cue)
            relative_label = bool(clauses)
    rank = 0
    if clauses and lemma in lexicon.naming:
        clauses += [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c not in clauses]
    if not clauses and (anaphoric := anaphoric_report(lexicon, cue)) is not None:
        # "indicated as much in a letter": a clause said before, not an object of evidence.
        return anaphoric
    if not clauses and object_cues:
        rank = 1
        clauses = _other_complements(attributor, cue, lemma)
    if not clauses and lemma in lexicon.naming:
        rank = 0
        clauses = [c for c in cue.children if c.dep_ == "xcomp" and _infinitive(c)]
    if not clauses:
        return _passive_object(lexicon, cue)
    objects = [c for c in clauses if c.dep_ == "dobj"]
    if objects:
        clauses += _coordinated_objects(cue, max(o.i for o in objects))
    # A prepositional object takes only a label after it ("referred to her as the boss").
    labelled = [c for c in clauses if c.dep_ in ("pobj", "pcomp") and c.head.head.i == cue.i]
    if objects or labelled:
        first = min(c.i for c in objects + labelled)
        tail = [
            c
            for c in cue.children
            if c.i > first
            and c not in clauses
            and (c.dep_ in _OBJECT_TAIL or _object_infinitive(lexicon, c, objects))
        ]
        tail = [c for c in tail if objects or (c.lower_ == "as" and c.i > max(o.i for o in labelled))]
        # Not a phrase making a report of its own ("…, with one poll showing her ahead").
        clauses += [
            c
            for c in tail
            if not _sets_scene(lexicon, c)
            and not _recipient(lexicon, c)
            and not (doc[c.i - 1].text == "," and any(_report_beside(lexicon, t, c) for t in c.subtree))
        ]
    after = [c for c in clauses if c.i > cue.i]
    side = after or clauses
    lo = min(c.left_edge.i for c in side)
    if rank and doc[lo].dep_ == "mark" and doc[lo].head in side and doc[lo].head.dep_ == "advcl":
        # "called for the minister to resign": the preposition is the cue's, not what was asked.
        lo += 1
    if after and rank == 0:
        lo = min(lo, _stray_subject_start(cue, min(after, key=lambda c: c.i)))
        lo = _past_cue_time(cue, lo)
    hi = max(c.right_edge.i for c in side) + 1
    if after and lo > cue.i:
        # What stands before a "that" marker belongs to the cue's clause ("said, in an
        # interview, that …").
        marker = _marker(min(after, key=lambda c: c.i))
        if marker is not None and marker.lower_ == "that" and marker.i > lo:
            lo = marker.i
    if lo <= cue.i < hi:
        if after:
            lo = cue.i + 1
        else:
            hi = cue.i
    subject = attributor.subject_of(cue)
    if subject is not None and lo <= subject.i < hi:
        if subject.i < side[0].i:
            lo = subject.right_edge.i + 1
        else:
            hi = subject.left_edge.i
    if hi <= cue.i and not _set_off(doc, hi, cue, subject):
        return None
    if hi <= cue.i:
        lo = past_scene_opening(attributor, lo, hi)
    if rank and lo > cue.i:
        hi = _before_time(doc, lo, hi)
    if lo > cue.i:
        hi = _to_sentence_end(attributor, cue, hi, clausal=rank == 0)
        hi = _across_false_break(attributor, cue, hi)
        hi = next((t.i for t in doc[lo:hi] if t.text == ";"), hi)
        hi = _before_aside(doc, lo, hi)
        hi = _before_clause_comment(doc, lo, hi, lexicon.nominal, lexicon.document_nouns)
        hi = _before_reported_relative(lexicon, doc, lo, hi)
        hi = _before_second_report(attributor, lo, hi)
        hi = _before_speakers_next_act(attributor, cue, lo, hi)
    if rank and lo > cue.i:
        hi = _before_dash(attributor, lo, hi)
    hi = _without_dangling_link(attributor, lo, hi)
    if relative_label:
        hi = min(hi, _relative_label_end(cue))
    if hi - lo > _MAX_CONTENT:
        lo, hi = (lo, lo + _MAX_CONTENT) if after else (hi - _MAX_CONTENT, hi)
    if rank and _addressee_only(lexicon, cue, lo, hi):
        return None
    if hi - lo == 1 and rank and (_named_object(doc[lo], cue) or _spoken_topic(lexicon, doc[lo], cue)):
        return lo, hi, rank
    return (lo, hi, rank) if hi - lo >= 2 else None


def _object_infinitive(lexicon: Cues, clause: Token, objects: list[Token]) -> bool:
    """Whether a to-clause the parse hung on the cue follows its object, a plan, rule, bill or
    other text that provides for something, with nothing between ("advocates rules to end the
    loophole", "backed a bill to ban the fees"): it says what the text is for, so it is more of
    the report (not the speaker's purpose: "highlighted the deaths to give context")."""
    if clause.dep_ != "advcl" or not _infinitive(clause) or not objects:
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children):
        return False
    return any(o.right_edge.i + 1 == clause.left_edge.i and _provides(lexicon, o) for o in objects)


def _provides(lexicon: Cues, noun: Token) -> bool:
    """Whether a noun, or the noun of its "of" phrase ("a set of rules"), names a plan, rule, bill
    or other text that provides for something (``provisions``, ``intention_objects``)."""
    nouns = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
    lemmas = {n.lemma_.lower() for n in nouns if n.dep_ in ("dobj", "pobj")}
    return bool(lemmas & (lexicon.provisions | lexicon.intention_objects))


def _coordinated_objects(cue: Token, last_object: int) -> list[Token]:
    """A second object coordinated with the cue's object that the parse hung on the cue itself
    ("blasted the decision to cut funding and the timing of it", with "timing" a conjunct of
    "blasted"): a noun conjunct with no verb of its own, and the conjunction before it. What
    was criticized, praised or cited is both."""
    found: list[Token] = []
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.i < last_object or conj.pos_ not in _OBJECT_WORDS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children):
            continue
        links = [c for c in cue.children if c.dep_ == "cc" and last_object < c.i < conj.i]
        if links:
            found += [links[-1], conj]
    return found


def _object_and_label(cue: Token) -> list[Token]:
    """The object and label of a naming cue the parse read as two objects ("called the floods in
    the valley a disaster"): the second noun phrase is the name given, as an object predicate is."""
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if len(objects) != 2:
        return []
    # Only a phrase on the first object the parse hung on the cue stands between them.
    between = [c for c in cue.children if objects[0].i < c.i < objects[1].i]
    if any(c.dep_ != "prep" for c in between):
        return []
    return objects + between


def _label_in_relative(cue: Token) -> list[Token]:
    """The label of a naming cue in a relative clause whose object is the relative pronoun, given
    with "as" ("a blast that the mayor described as “an act of terror”", "the plan, which critics
    branded as reckless"): the name given is what was said, as in "which he called “…”"."""
    if cue.dep_ != "relcl" or not any(
        c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") and c.i < cue.i for c in cue.children
    ):
        return []
    return [
        o
        for p in cue.children
        if p.dep_ == "prep" and p.lower_ == "as" and p.i > cue.i
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _relative_label_end(cue: Token) -> int:
    """End of the label a naming cue in a relative clause gives: the cue's clause, short of a
    verb the parse hung on the label where the sentence has no main verb of its own ("the raid
    that officials described as a massacre left nine dead", with the noun "raid" as the root)."""
    end = cue.right_edge.i + 1
    if cue.head.dep_ != "ROOT" or cue.head.pos_ not in ("NOUN", "PROPN"):
        return end
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for label in prep.children:
                clauses = [c for c in label.children if c.dep_ in ("acl", "relcl") and c.i > label.i]
                end = min([end, *(c.left_edge.i for c in clauses)])
    return end


def _quoted_label(obj: Token) -> bool:
    """Whether the object of a naming cue carries its label in quotation marks, read by the parse
    as an apposition with no comma before it ("called the plan “a disaster”"): the name it is
    given, not a second name for it ("called the mayor, “a friend of the club”, to the stage"
    sets one off)."""
    doc = obj.doc
    for child in obj.children:
        if child.dep_ != "appos" or child.i < obj.i:
            continue
        opening = child.left_edge.i - 1
        if opening > obj.i and has_mark(doc[opening].text) and doc[opening - 1].text != ",":
            return True
    return False


def _past_cue_time(cue: Token, lo: int) -> int:
    """Start of a reported clause past a time phrase right after the cue that the parse hung on
    the clause ("said Tuesday the bridge would reopen"): when it was said, not what. A time
    word that is part of the clause's subject ("said Tuesday's vote was rigged") stays."""
    doc = cue.doc
    if lo != cue.i + 1 or doc[lo].ent_type_ not in _WHEN:
        return lo
    phrase = entity_at(doc, lo)
    phrase = phrase if phrase is not None and phrase.start == lo else None
    if phrase is None or phrase.root.dep_ not in ("npadvmod", "tmod", "advmod"):
        return lo
    end = phrase.end
    while end < len(doc) and doc[end].text == ",":
        end += 1
    return end if end < len(doc) and not doc[end].is_punct else lo


def _stray_subject_start(cue: Token, clause: Token) -> int:
    """Start of the subject of a reported finite clause that the parse hung on the cue as its
    object ("has said single parents and families would qualify", with "parents" the object of
    "said" and "would qualify" a clause with no subject): a finite clause after the cue has a
    subject, so the noun phrase between them is it. The clause's own start otherwise."""
    if clause.dep_ != "ccomp" or not (_finite_without_subject(clause) or _timed_subject_only(clause)):
        return clause.left_edge.i
    nouns = [c for c in cue.children if c.dep_ in ("dobj", "dative") and cue.i < c.i < clause.left_edge.i]
    return min([clause.left_edge.i] + [c.left_edge.i for c in nouns])


def _relative_antecedent(cue: Token, clause: Token) -> Token | None:
    """The cue's object that a clause the parse hung on the cue describes as a relative clause
    ("proposed legislation last week that would limit …", with "that would limit" read as what
    was said): a clause whose subject is a relative pronoun and that follows the cue's object.
    The object and its relative clause together are what was reported."""
    if clause.dep_ != "ccomp" or clause.i < cue.i:
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ != "WDT" or subjects[0].i != clause.left_edge.i:
        return None
    found = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.left_edge.i), None)
    if found is None:
        return None
    # Only a time may stand between the object and its relative clause ("legislation last week
    # that …"); not a clause of its own ("told the paper that … that would …").
    between = cue.doc[found.right_edge.i + 1 : clause.left_edge.i]
    return found if all(t.ent_type_ in _WHEN or t.is_punct for t in between) else None


def _timed_subject_only(clause: Token) -> bool:
    """Whether the only subject the parse gave a clause is a time ("confirmed one of the deaths
    the past two weeks was linked to the heat", with "weeks" as subject of "linked"): a time says when,
    so the clause's subject is the noun phrase before it."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(c.ent_type_ in _WHEN for c in subjects)


def _finite_without_subject(clause: Token) -> bool:
    """Whether a clause is finite (a tensed verb or a tensed auxiliary) and has no subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return False
    finite = ("MD", "VBZ", "VBD", "VBP")
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return clause.tag_ in finite or any(c.tag_ in finite for c in auxiliaries)


def _antecedent_predicate(cue: Token, clause: Token) -> bool:
    """Whether a finite clause the parse hung on a cue has no subject of its own, so that it is
    the predicate of a noun before the cue, not what was said ("Nothing the senator says is
    true", "Everything the club announces is news": what was said is the gap the noun fills;
    "is true" is the writer's). An imperative ("told them go home") has no subject either but
    is no finite clause."""
    if clause.i < cue.i or not _finite_without_subject(clause):
        return False
    # The predicate follows the cue at once ("says is true", "says will not"), nothing between.
    return all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in cue.doc[cue.i + 1 : clause.i])


def _relative_after_comma(cue: Token, clause: Token) -> bool:
    """Whether a clause the parse hung on a cue belongs to a relative clause after a comma ("said
    of the budget, in which she saw no room for cuts"; "said of the quota, under which the catch
    was halved", with "the catch was halved" on the cue): the writer's words about the noun before the
    comma, not what was said. A relative clause set off by commas on both sides ("said of the
    plan, which she called unfair, that it would fail") leaves the clause after it the cue's."""
    first = clause.left_edge
    doc = clause.doc
    if first.i == 0:
        return False
    if doc[first.i - 1].text == "," and first.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.tag_ in ("WDT", "WP") for c in first.children)
    return any(
        t.dep_ == "relcl" and t.right_edge.i == first.i - 1 and doc[t.left_edge.i - 1].text == ","
        for t in doc[cue.i + 1 : first.i]
    )


def _addressee_only(lexicon: Cues, cue: Token, lo: int, hi: int) -> bool:
    """Whether an object report is only who was asked, questioned or urged ("police questioned
    him", "she urged them"): a person, organisation, pronoun or audience and nothing of what was
    asked, for the cues whose object may be the addressee (``addressee_objects``)."""
    if cue.lemma_.lower() not in lexicon.addressee_objects:
        return False
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative") and lo <= c.i < hi]
    if len(objects) != 1:
        return False
    found = objects[0]
    if found.left_edge.i != lo or found.right_edge.i + 1 < hi:
        return False
    return found.ent_type_ in _RECIPIENTS or found.tag_ == "PRP" or found.lower_ in lexicon.audiences


def _stray_that_clause(lexicon: Cues, cue: Token) -> list[Token]:
    """A cue's reported "that" clause the parse hung on a noun after the cue ("reminded a few of
    the players after every practice that “defence wins titles”", with the clause on "practice"):
    a clause opened by "that" as its marker, with a subject, on a noun that is no noun of saying."""
    for token in cue.subtree:
        if token.i <= cue.i or token.dep_ not in ("acl", "relcl") or token.head.i == cue.i:
            continue
        first = token.left_edge
        if first.lower_ != "that" or first.dep_ != "mark" or first.head.i != token.i:
            continue
        if token.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if (
            token.head.lemma_.lower() in lexicon.nominal
            and not timed_by_saying(token.head, cue)
            and not _medium_of(lexicon, token.head, cue)
        ):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return [token]
    return _adverbial_that_clause(lexicon, cue)


def timed_by_saying(noun: Token, cue: Token) -> bool:
    """Whether a noun of saying only says when a cue spoke ("said after the ministry's
    announcement that she was ready to talk"): the object of a time preposition on the cue, so
    that a "that" clause after it is what the cue reports, not what the noun does."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _TIME_PREPS and prep.head.i == cue.i


def _medium_of(lexicon: Cues, noun: Token, cue: Token) -> bool:
    """Whether a noun of saying only says where a cue spoke ("said in a written note that the ferry
    would stop", "wrote in a report released Monday that …"): the object of an "in" phrase on
    the cue, so that a "that" clause after it is what the cue reports through that medium."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.i == cue.i
        and (noun.lemma_.lower() in lexicon.media or lexicon.names_document(noun))
    )


def _adverbial_that_clause(lexicon: Cues, cue: Token) -> list[Token]:
    """A cue's reported "that" clause the parse took for an adverbial clause, on the cue or on
    the verb whose to-clause carries the cue out ("continues to maintain, again on a radio
    show last week, that she …" with the clause on "continues"): a clause after the cue opened by
    "that" as its marker, with a subject, not a purpose or result clause ("so that …"); for a
    verb of asking also an indirect question opened by "if" or "whether" ("asked the lawyers if
    they had more witnesses"), which for any other cue is a condition ("said she would resign if
    …")."""
    heads = [cue]
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lexicon.realising:
        heads.append(cue.head)
    doc = cue.doc
    for head in heads:
        for token in head.children:
            if token.i <= cue.i or token.dep_ != "advcl":
                continue
            first = _marker(token)
            markers = _QUESTION_MARKERS if cue.lemma_.lower() in lexicon.asking else ("that",)
            if first is None or first.lower_ not in markers:
                continue
            if first.i > 0 and doc[first.i - 1].lower_ in _PURPOSE_BEFORE_THAT:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
                return [token]
    return []


def _marker(clause: Token) -> Token | None:
    """The subordinating marker of a clause ("that", "whether"), when it opens the clause but for
    a phrase set off by a comma before it."""
    found = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    if found is None:
        return None
    doc = clause.doc
    if found.i > clause.left_edge.i and not any(
        t.text in _SET_OFF for t in doc[clause.left_edge.i : found.i]
    ):
        return None
    return found


def _passive_object(lexicon: Cues, cue: Token) -> tuple[int, int, int] | None:
    """What a passive object cue with its agent reports: its passive subject ("His views were
    echoed by most experts", "The plan was praised by the mayor")."""
    if cue.lemma_.lower() not in lexicon.object or not any(c.dep_ == "agent" for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject.left_edge.i, subject.right_edge.i + 1, 1


def anaphoric_report(lexicon: Cues, cue: Token) -> tuple[int, int, int] | None:
    """What a clausal cue reports through a phrase standing for a clause said before ("said as
    much", "said the same of the senator"), not when negated ("did not say as much")."""
    if cue.lemma_.lower() not in lexicon.clausal or any(c.dep_ == "neg" for c in cue.children):
        return None
    for child in cue.children:
        if child.i < cue.i or child.dep_ not in ("dobj", "advmod"):
            continue
        words = " ".join(t.lower_ for t in cue.doc[child.left_edge.i : child.i + 1])
        if words in lexicon.anaphoric_reports:
            # Only what it was said of stays with the phrase, not when or where it was said.
            about = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > child.i]
            return child.left_edge.i, max([child.i, *(c.right_edge.i for c in about)]) + 1, 0
    return None


def _named_object(token: Token, cue: Token) -> bool:
    """Whether a one-word report is a name the cue takes as its object ("endorsed Clinton"), not a
    pronoun ("scolded him"), a common noun or what a preposition takes ("campaigned for X")."""
    return token.dep_ == "dobj" and token.head.i == cue.i and token.pos_ == "PROPN"


def _spoken_topic(lexicon: Cues, token: Token, cue: Token) -> bool:
    """Whether a one-word report is the common noun a verb of speaking is about ("complained of
    delays", "warned of floods", "spoke about immigration"): the topic of words said, where a
    verb with a practical sense too takes a person or a cause ("campaigned for Lopez")."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in lexicon.nominal_topic_preps | {"of"}
        and lexicon.sense_of.get(cue.lemma_.lower()) == "speech"
    )


def _before_time(doc: Doc, lo: int, hi: int) -> int:
    """End of a reported object before a bare time phrase the parse hung inside it ("blasted the
    senator as a “traitor” Wednesday on a radio show"): from there on it says when and where it
    was said, not what."""
    for t in doc[lo + 1 : hi]:
        if t.dep_ in ("npadvmod", "tmod") and t.ent_type_ in _WHEN and t.head.pos_ in ("NOUN", "PROPN"):
            cut = t.left_edge.i
            if cut <= lo + 1:
                return hi
            while cut > lo + 1 and doc[cut - 1].is_punct and doc[cut - 1].text not in _CLOSING:
                cut -= 1
            return cut
    return hi


def _infinitive(clause: Token) -> bool:
    """Whether a complement is a to-clause ("called on them to leave"), not a naming predicate."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def parenthetical_of(attributor: Attributor, cue: Token) -> tuple[int, int, int, int] | None:
    """A sentence reported around a parenthetical cue clause ("Acts of protest, she said, are …",
    "As the mayor noted, the bridge is old").

    Returns the sentence's token range and the range of the cue clause inside it, which is not
    part of what was said; None unless the cue is a speech verb hung on the sentence by parataxis,
    with its own subject and no reported clause of its own.
    """
    lexicon = attributor.cues
    if cue.lemma_.lower() not in lexicon.clausal:
        return None
    sourced = cue.dep_ == "advcl" and passive_as_source(lexicon, cue) is not None
    split = split_subject_report(cue)
    inner = _set_off_clause_before_head(attributor, cue)
    if (
        cue.dep_ != "parataxis"
        and not (cue.dep_ == "advcl" and _marked_as(cue))
        and not (sourced or split or inner)
    ):
        return None
    subject = attributor.subject_of(cue)
    if (any(c.dep_ == "ccomp" for c in cue.children) and not split) or (subject is None and not sourced):
        return None
    if cue.dep_ == "advcl" and not sourced and lexicon.only_goes_on(cue, subject):
        # "As the fighting continued, thousands fled": when, not who said it.
        return None
    lo, hi = attributor.geometry.sents[cue.i]
    if cue.dep_ == "advcl" and cue.head.dep_ != "ROOT":
        # "If, as I have argued, the accounts were never checked, …": the clause the "as"
        # clause sits in, without its own marker.
        lo, hi = cue.head.left_edge.i, cue.head.right_edge.i + 1
        marks = [c for c in cue.head.children if c.dep_ == "mark" and c.i < cue.i]
        if marks:
            lo = marks[-1].i + 1
    hole_lo, hole_hi = _cue_clause_start(attributor, cue), _cue_clause_end(lexicon, cue)
    doc = cue.doc
    while lo < hole_lo and (
        doc[lo].dep_ == "cc" or doc[lo].pos_ == "CCONJ" or doc[lo].is_punct or doc[lo].lower_ == "yet"
    ):
        lo += 1
    if not lo <= hole_lo < hole_hi <= hi or hi - lo - (hole_hi - hole_lo) < 3:
        return None
    return lo, hi, hole_lo, hole_hi


def _set_off_clause_before_head(attributor: Attributor, cue: Token) -> bool:
    """Whether the parse made a cue clause set off by commas the complement of the verb after it
    ("While leaving, she told police, she saw a man", with "told" under "saw"): a reported
    clause stands after its cue, so a cue clause inside commas before its head is parenthetical."""
    if cue.dep_ != "ccomp" or cue.head.i <= cue.i or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    doc = cue.doc
    start = _cue_clause_start(attributor, cue)
    end = max(t.i for t in cue.subtree if t.i >= cue.i) + 1
    return 0 < start and doc[start - 1].text == "," and end < cue.head.i and doc[end].text == ","


def split_subject_report(cue: Token) -> bool:
    """Whether the parse made a parenthetical cue the root, with the reported clause's subject
    hung on it before its own subject and the clause after it left with none ("The pipes, the
    board said in a statement, are safe", with "pipes" a dependent of "said" and "are safe" its
    clause): the sentence is reported around the cue clause."""
    if cue.dep_ != "ROOT" or cue.i == 0:
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if len(subjects) != 1 or len(clauses) != 1:
        return False
    if any(c.dep_ in _CLAUSE_SUBJECTS for c in clauses[0].children):
        return False
    doc = cue.doc
    return any(
        c.dep_ == "dep"
        and c.i < subjects[0].i
        and c.pos_ in ("NOUN", "PROPN")
        and doc[c.right_edge.i + 1].text == ","
        and c.left_edge.i == cue.sent.start
        for c in cue.children
    )


def continued_after(lexicon: Cues, cue: Token) -> tuple[int, int] | None:
    """The rest of a sentence reported before its cue clause, joined after the cue clause by a
    comma and "and" or "but" ("The north paid 9 percent, the ministry noted in its yearly
    review, but the south paid 1 percent"): a clause with a subject of its own and no report of
    its own. Token range, or None."""
    doc = cue.doc
    for child in cue.children:
        if child.i <= cue.i or child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX"):
            continue
        if lexicon.is_cue(child) or any(_report_beside(lexicon, t, child) for t in child.subtree):
            return None
        if not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("WDT", "WP") for c in child.children
        ):
            return None
        cc = [c for c in cue.children if c.dep_ == "cc" and c.i < child.i]
        if not cc or cc[-1].lower_ not in _COORDINATORS or doc[cc[-1].i - 1].text != ",":
            return None
        lo, hi = child.left_edge.i, child.right_edge.i + 1
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and not has_mark(doc[hi - 1].text):
            hi -= 1
        return (lo, hi) if hi - lo >= 3 else None
    return _comma_tail(lexicon, cue)


def _comma_tail(lexicon: Cues, cue: Token) -> tuple[int, int] | None:
    """The rest of a sentence reported before its cue clause that the parse hung on the cue after
    a comma and that goes on with what was said: a participle clause ("The plant will close, the
    company said, putting 400 people out of work"), a clause of reason or concession ("…,
    because …", "…, although …"), a "with" or "compared with" phrase, or a noun phrase renaming
    the report ("…, the fastest rise in a decade"). Not when or where it was said, nor a report
    of its own ("…, adding that …"). Token range, or None."""
    doc = cue.doc
    end = cue.right_edge.i + 1
    for child in cue.children:
        if child.i <= cue.i:
            continue
        if doc[child.left_edge.i - 1].text != ",":
            # Only where, when and by whom it was said stand between the cue and the tail; a
            # complement makes the cue a verb of its own clause ("…, they have continued to rally").
            if child.dep_ in _SAYING_DEPS or (child.dep_ == "prep" and _sets_scene(lexicon, child)):
                continue
            return None
        if child.dep_ not in _TAIL_DEPS or child.ent_type_ in _WHEN or lexicon.is_cue(child):
            return None
        if _answered_claim(child):
            return None
        if any(_report_beside(lexicon, t, child) for t in child.subtree):
            return None
        if child.dep_ == "prep" and (child.lower_ not in _TAIL_PREPS or _sets_scene(lexicon, child)):
            return None
        if child.dep_ == "advcl":
            marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
            if (marks and marks[0] not in _TAIL_MARKERS) or (not marks and child.tag_ != "VBG"):
                return None
            if not marks and child.lemma_.lower() in lexicon.speaker_manner:
                # how the speaker looked while saying it ("…, the minister said, smiling")
                return None
        lo, hi = child.left_edge.i, end
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space) and not has_mark(doc[hi - 1].text):
            hi -= 1
        return (lo, hi) if hi - lo >= 3 else None
    return None


def _answered_claim(noun: Token) -> bool:
    """Whether ``noun`` is a claim noun with a relative clause in which someone answers the report
    ("…, the inmates said, an account the prison service denied"): another's reply, not more of what
    was said."""
    nouns, verbs = claim_words()
    return noun.lower_ in nouns and any(
        c.dep_ == "relcl" and c.lemma_.lower() in verbs for c in noun.children
    )


def _cue_clause_start(attributor: Attributor, cue: Token) -> int:
    """Start of a parenthetical cue clause: its subject, when what the parse hung on the cue before
    the subject is set off from it by a comma ("If the talks fail, he argues, there are other
    tools": the condition is part of what he argues); the clause's left edge otherwise."""
    start = cue.left_edge.i
    subject = attributor.subject_of(cue)
    if subject is None or subject.i > cue.i or subject.head.i != cue.i:
        return start
    first = subject.left_edge.i
    doc = cue.doc
    if (
        first > start
        and doc[first - 1].text == ","
        and not _fronted_scene(attributor.cues, cue, start, first)
    ):
        return first
    return start


def _fronted_scene(lexicon: Cues, cue: Token, lo: int, hi: int) -> bool:
    """Whether a phrase before a cue clause says where, how or on whose word something was said
    ("In a statement, …", "According to aides, …"), describes the speaker with a participle
    ("Speaking to reporters, …", "Asked about the vote, …") or makes a report of its own: the
    cue's, not part of what was said."""
    for child in cue.children:
        if not lo <= child.i < hi or child.dep_ == "punct":
            continue
        if child.dep_ == "prep" and (child.lower_ == "according" or _names_medium(lexicon, child)):
            return True
        if child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN"):
            if not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children):
                return True
        if any(lexicon.is_speech_cue(t) for t in child.subtree):
            return True
    return False


def past_scene_opening(attributor: Attributor, lo: int, hi: int) -> int:
    """Start of what a sentence reports past an opening phrase set off by a comma that says
    where or on whose word it was said or describes the speaker with a participle of speaking
    ("In an interview on Tuesday, the plan was “dead,” she said", "Asked about the delays, the
    line will be “ready by spring,” the minister said"): ``lo`` when the sentence opens otherwise,
    also with a time, which is the time of what was reported ("On Tuesday, the rebels took the
    town, the army said"), or with a participle of another act, which describes the subject of
    what was reported ("Carrying flags, the marchers “filled the square,” a witness said")."""
    doc = attributor.doc
    comma = next((t.i for t in doc[lo:hi] if t.text == ","), None)
    if comma is None or comma == lo:
        return lo
    roots = [t for t in doc[lo:comma] if not lo <= t.head.i < comma]
    if len(roots) != 1:
        return lo
    root = roots[0]
    lexicon = attributor.cues
    scene = (root.dep_ == "prep" and (root.lower_ == "according" or _names_medium(lexicon, root))) or (
        root.dep_ == "advcl"
        and root.tag_ in ("VBG", "VBN")
        and lexicon.is_cue(root)
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") or (c.dep_ == "advmod" and c.tag_ == "WRB")
            for c in root.children
        )
    )
    return comma + 1 if scene and comma + 1 < hi else lo


def fronted_part(attributor: Attributor, cue: Token, lo: int) -> tuple[int, int] | None:
    """What opens a sentence before a cue clause set off by commas on both sides and belongs to the
    clause reported after it ("In law school, she said, professors would dismiss her ideas", with
    "In law school" and the clause both hung on "said"): the token range of that opening, or None.
    Not where, how or on whose word it was said, nor a report of its own ("Asked about it, she
    said, …")."""
    doc = cue.doc
    if lo != cue.i + 2 or doc[cue.i + 1].text != ",":
        return None
    sent_lo, _ = attributor.geometry.sents[cue.i]
    start = _cue_clause_start(attributor, cue)
    if start == cue.left_edge.i or cue.left_edge.i != sent_lo:
        return None
    while sent_lo < start and (doc[sent_lo].dep_ == "cc" or doc[sent_lo].is_punct or doc[sent_lo].is_space):
        sent_lo += 1
    end = start - 1
    if not any(t.is_alpha for t in doc[sent_lo:end]):
        return None
    return sent_lo, end


def _cue_clause_end(lexicon: Cues, cue: Token) -> int:
    """End of a parenthetical cue clause: past where and when it was said ("…, the group said
    in a report on Monday, …"), up to a comma-set dependent the parse hung on the cue that
    goes on with the sentence ("…, the group said, compared with 1 percent for the rest"),
    comma included."""
    doc = cue.doc
    for child in cue.children:
        if child.i <= cue.i or doc[child.left_edge.i - 1].text != ",":
            continue
        if child.dep_ in ("punct", "cc", "npadvmod", "agent") or child.ent_type_ in _WHEN:
            continue
        if child.dep_ == "prep" and _sets_scene(lexicon, child):
            continue
        if any(_report_beside(lexicon, t, child) for t in child.subtree):
            continue
        return child.left_edge.i
    return cue.right_edge.i + 1


def fronted_of(attributor: Attributor, cue: Token) -> tuple[int, int] | None:
    """A report set before its cue clause that the parse did not hang on the cue ("People like
    him, she said.", a headline "Plan unclear, experts say"): the sentence up to the comma before
    the cue clause, when the cue ends the sentence with its subject and reports nothing else, and
    what comes before is not a scene-setting phrase or clause ("In the morning, he said")."""
    lexicon = attributor.cues
    if cue.lemma_.lower() not in lexicon.clausal or cue.dep_ not in ("ROOT", "parataxis"):
        return None
    subject = attributor.subject_of(cue)
    if subject is None or subject.head.i != cue.i or subject.i > cue.i:
        return None
    if any(c.dep_ in _REPORTS for c in cue.children if c.i > cue.i):
        return None
    doc = cue.doc
    lo, _ = attributor.geometry.sents[cue.i]
    comma = subject.left_edge.i - 1
    while comma > lo and has_mark(doc[comma].text):
        comma -= 1
    if comma <= lo + 1 or doc[comma].text != ",":
        return None
    if cue.dep_ == "parataxis" and cue.head.i >= comma:
        return None
    first = next((t for t in doc[lo:comma] if t.dep_ != "cc" and not t.is_punct), None)
    if first is None or first.pos_ in ("ADP", "SCONJ") or first.tag_ in ("WRB", "IN"):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[lo:comma]):
        return None
    # A participle opening says how or where the subject was ("Nestled in her arms, she sighs").
    if first.tag_ in ("VBN", "VBG") and first.dep_ == "advcl" and first.head.i == cue.i:
        return None
    # A passive cue reports a stretch before it only as "…, it was said": with a verb in it, not a
    # noun phrase renaming the subject ("A benefit for the shelter, it will be held …").
    if subject.dep_ == "nsubjpass" and (
        subject.lower_ != "it" or not any(t.pos_ in ("VERB", "AUX") for t in doc[lo:comma])
    ):
        return None
    return lo, comma


def passive_as_source(lexicon: Cues, cue: Token) -> Token | None:
    """The source of a passive "as" clause with no subject ("As stated in the report, …", "as
    reported by the Times"): its "by" agent, or the document or medium of its "in" phrase."""
    children = list(cue.children)
    if cue.tag_ != "VBN" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return None
    for child in children:
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "agent" and objects:
            return objects[0]
        if child.dep_ == "prep" and child.lower_ == "in" and objects and lexicon.names_document(objects[0]):
            return objects[0]
    return None


def _marked_as(cue: Token) -> bool:
    """Whether a cue is a bare "as" clause on its sentence's main verb ("As experts have pointed out, …").

    The clause has its own subject and reports nothing itself ("as promised" has no speaker, "as
    he went on about taxes" reports through its object).
    """
    deps = {
        c.dep_
        for c in cue.children
        if (c.dep_ != "prep" or c.lower_ not in _AS_CLAUSE_SCENE) and (c.dep_ != "dobj" or c.lower_ != "it")
    }
    return (
        cue.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and bool(deps & {"nsubj", "nsubjpass"})
        and deps <= _AS_CLAUSE_DEPS
    )


def _set_off(doc: Doc, hi: int, cue: Token, subject: Token | None) -> bool:
    """Whether a span reported before its cue is set off from the cue clause by a comma, dash or
    closing quotation mark ("The talks failed, she said"), not by a colon or full stop."""
    first = min(cue.i, subject.left_edge.i) if subject is not None and subject.i < cue.i else cue.i
    # A colon or full stop the parse hung inside the span still stands between it and the cue.
    while hi > 0 and doc[hi - 1].text in (":", ".") and hi <= first:
        hi -= 1
    between = doc[hi:first]
    return not len(between) or any(t.text in _SET_OFF or has_mark(t.text) for t in between)


def _to_sentence_end(attributor: Attributor, cue: Token, hi: int, clausal: bool) -> int:
    """End of a reported span carried on over what the parse hung on the cue after it.

    A comma-separated tail of the sentence still belongs to what was said ("spoke of the
    flights, past the monument", "said the plan failed, so the talks ended"), but not a second
    predicate of the speaker ("said … and warned …"), another report ("…, adding …"), or where,
    when and to whom it was said ("in a statement on Thursday").
    """
    doc = cue.doc
    end = attributor.geometry.sents[cue.i][1]
    j = hi
    while j < end:
        t = doc[j]
        if t.is_space or (t.is_punct and t.text not in (";", ":")):
            j += 1
            continue
        top = _child_of(t, cue)
        if top is not None and not clausal and _time_before_participle(attributor.cues, cue, top):
            j = top.right_edge.i + 1
            continue
        if top is None or not _carries_on(attributor, cue, top, clausal):
            break
        j = top.right_edge.i + 1
    if clausal:
        j = _through_inverted_link(attributor.cues, cue, j)
    while j > hi and (doc[j - 1].is_space or (doc[j - 1].is_punct and doc[j - 1].text not in _CLOSING)):
        j -= 1
    return j


def _through_inverted_link(lexicon: Cues, cue: Token, hi: int) -> int:
    """End of a reported clause that the parse hung, with its cue, on a clause after it opened by
    a comma and a word of consequence or cause ("noted that one ticket may cover two trips, so
    trips do not mean tickets", with "mean" as the root): that clause goes on with what was said,
    as it does when the parse hangs it on the cue; not one with a report of its own."""
    head = cue.head
    if cue.dep_ not in ("ccomp", "parataxis") or head.dep_ != "ROOT" or head.i < hi or lexicon.is_cue(head):
        return hi
    doc = cue.doc
    j = hi
    while j < head.i and (doc[j].is_space or doc[j].text == ","):
        j += 1
    link = doc[j]
    if doc[j - 1].text != "," or link.lower_ not in lexicon.consequence_links or link.head.i != head.i:
        return hi
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return hi
    if _narrated_past(head):
        # "Officials said the bridge was unsafe, so the city closed it": the narrator's account of
        # what followed, not more of what was said.
        return hi
    if any(_report_beside(lexicon, t, head) for t in doc[j : head.right_edge.i + 1]):
        return hi
    return head.right_edge.i + 1


def _narrated_past(verb: Token) -> bool:
    """Whether a clause is told in the simple past ("the city closed it", "he was arrested"),
    as the narrator tells what followed; not a present or modal one ("trips do not mean
    tickets", "the alibi cannot be trusted")."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _across_false_break(attributor: Attributor, cue: Token, hi: int) -> int:
    """End of a reported span that reaches a sentence break the parse put where the text has none
    ("criticized the 9th | Circuit Court of Appeals", broken inside a name): no full stop,
    question or exclamation mark, colon, closing quotation mark or abbreviation's stop ends the
    sentence, and the next one goes on in the same line with a word. The span then runs on to the
    next sentence's end; the later cuts (a second report, an aside) apply to it as to any span."""
    doc = cue.doc
    sents = attributor.geometry.sents
    end = sents[cue.i][1]
    # What the span left before the break is at most the start of a noun phrase cut off by it.
    if end >= len(doc) or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in doc[hi:end]):
        return hi
    last = doc[end - 1]
    if last.is_space or last.text in _SENTENCE_ENDS or has_mark(last.text):
        return hi
    # A line break is a token of its own, so the next word on the same line follows at once.
    if doc[end].is_space or not doc[end].is_alpha:
        return hi
    # An abbreviation's full stop may end the sentence ("moved to the U.S. Officials said …"); the
    # entity recognizer runs no name across a sentence start, so none tells a name apart here.
    if last.text.endswith("."):
        return hi
    further = sents[end][1]
    while further > end and (doc[further - 1].is_punct or doc[further - 1].is_space):
        further -= 1
    return further if further > end else hi


def _child_of(token: Token, cue: Token) -> Token | None:
    """The child of the cue whose subtree holds a token, if any."""
    current = token
    for _ in range(12):
        if current.head.i == cue.i and current.i != cue.i:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _carries_on(attributor: Attributor, cue: Token, child: Token, clausal: bool) -> bool:
    """Whether a dependent of the cue after its content is more of what was said.

    Not a clause about the act of saying: what the speaker did beside it ("…, treating it as a
    joke", "to make a point"), an "as" clause, or for a non-clausal report any adverbial clause
    ("endorsed him since …").
    """
    lexicon = attributor.cues
    if clausal and _second_that_clause(cue, child):
        return True
    if not clausal and _object_participle(lexicon, cue, child):
        return True
    if _coordinated_question(lexicon, cue, child):
        return True
    if clausal and _quoted_conjunct(attributor, cue, child):
        return True
    if child.dep_ == "advcl":
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        marked_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
        if not own_subject or marked_as or not clausal:
            return False
    if child.dep_ in ("conj", "cc", "npadvmod", "dative", "agent", "nsubj", "nsubjpass", "dobj"):
        return False
    if child.ent_type_ in _WHEN or any(_report_beside(lexicon, t, child) for t in child.subtree):
        return False
    if not cue.doc[child.left_edge.i - 1].is_punct:
        return False
    if child.dep_ == "prep" and _sets_scene(lexicon, child):
        return False
    return True


def _time_before_participle(lexicon: Cues, cue: Token, child: Token) -> bool:
    """Whether a bare time phrase of the cue stands between its reported object and a participle
    that describes the object ("released a report this week showing …", "put out a video on Monday
    comparing …"): the participle is more of what was reported, so the time phrase stays inside."""
    timed = (child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in _WHEN) or (
        child.dep_ == "prep" and _names_time(child)
    )
    if not timed:
        return False
    after = child.right_edge.i + 1
    if after >= len(cue.doc):
        return False
    top = _child_of(cue.doc[after], cue)
    return top is not None and top.i >= after and _object_participle(lexicon, cue, top)


def _object_participle(lexicon: Cues, cue: Token, child: Token) -> bool:
    """Whether a gerund-participle the parse hung on the cue runs on from its reported object with
    no comma, marker or subject of its own ("disclosed the picture of her brother making money"):
    it describes the object, so it is more of what was reported. A cue only when it says what a
    thing shows ("released a report showing …"), which no speaker does in person."""
    if child.dep_ != "advcl" or child.tag_ != "VBG":
        return False
    if lexicon.is_cue(child) and lexicon.sense_of.get(child.lemma_.lower()) not in _THING_SENSES:
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in child.children):
        return False
    before = cue.doc[child.left_edge.i - 1]
    return before.i > cue.i and not before.is_punct


def _report_beside(lexicon: Cues, verb: Token, top: Token) -> bool:
    """Whether a verb under a dependent of the cue is a report made beside the first one ("…,
    adding that …"), not a verb inside a noun phrase of what was said ("…, including the group
    backing the mayor", "— something a witness also told police")."""
    if verb.pos_ != "VERB" or not lexicon.is_cue(verb):
        return False
    current = verb
    for _ in range(12):
        if current.i == top.i:
            return True
        if current.dep_ in ("relcl", "acl", "appos") or current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return False
        current = current.head
    return True


def _second_that_clause(cue: Token, child: Token) -> bool:
    """Whether a dependent of the cue is a second reported clause conjoined by "that" ("said no
    decision had been made, but that talks would go on"), or the conjunction before it."""
    if child.dep_ == "cc":
        child = next((c for c in cue.children if c.dep_ == "conj" and c.i > child.i), child)
    return child.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)


def _quoted_conjunct(attributor: Attributor, cue: Token, child: Token) -> bool:
    """Whether a dependent of the cue is a clause with a subject of its own that the parse
    conjoined to the cue and whose verb is in quotation marks ("said wages had fallen, and
    “workers will walk out” unless …"), or the conjunction before it: the speaker's own words
    make it more of what was said, not the writer's. Not a clause whose quotation is only what
    it names ("and papers printed “Talks in Ruins”"), nor one with a report of its own."""
    if child.dep_ == "cc":
        child = next((c for c in cue.children if c.dep_ == "conj" and c.i > child.i), child)
    if child.dep_ != "conj" or child.i <= cue.i or attributor.cues.is_cue(child):
        return False
    subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not any(c.tag_ not in ("WDT", "WP") for c in subjects):
        return False
    if not attributor.geometry.inside_any_quote(child.idx):
        return False
    return not any(_report_beside(attributor.cues, t, child) for t in child.subtree)


def _coordinated_question(lexicon: Cues, cue: Token, child: Token) -> bool:
    """Whether a dependent of the cue is a second thing reported, coordinated as an indirect
    question ("spoke of the cost, and how the club pays it", "explained the tax and why it was
    needed", "asked about the loan and whether it was repaid"), or the conjunction before it: a
    question word that opens the conjunct and belongs to its own verb. Not a clause that a time
    clause opens ("…, and when the rebels came, he fled"), nor a report of its own in it."""
    if child.dep_ == "cc":
        child = next((c for c in cue.children if c.dep_ == "conj" and c.i > child.i), child)
    if child.dep_ != "conj" or child.i <= cue.i:
        return False
    first = child.left_edge
    if first.head.i != child.i:
        return False
    question = first.tag_ in _QUESTION_TAGS or (first.lower_ == "whether" and first.dep_ == "mark")
    return question and not any(_report_beside(lexicon, t, child) for t in child.subtree)


def _sets_scene(lexicon: Cues, prep: Token) -> bool:
    """Whether a prepositional phrase says when, where, on what terms or on whose word something
    was said ("on Thursday", "in a statement", "on condition of anonymity", "according to two
    aides"), not what ("called on the council", "spoke about taxes")."""
    return (
        prep.lower_ == "according"
        or _names_time(prep)
        or _names_medium(lexicon, prep)
        or any(c.dep_ == "pobj" and c.lemma_.lower() in lexicon.terms for c in prep.children)
    )


def _before_second_report(attributor: Attributor, lo: int, hi: int) -> int:
    """End of a reported span before a closing clause set off by a comma that makes a report of
    its own ("said the hours are long, though she noted that …", "…, but he added that …"), or
    before a second report of the same speaker the parse hung inside it ("said the plan is sound
    and suggested that …"): that is a second quote, not more of this one. An aside inside the
    span ("— even as he says … —") stays."""
    doc = attributor.doc
    for t in doc[lo + 1 : hi]:
        subject = attributor.coordinated_subject(t)
        if subject is not None and not attributor.geometry.inside_any_quote(t.idx):
            # "said the dam had ruined their fields and officials denied that …": a report of
            # someone else after the coordinator.
            cut = max((c.i for c in subject.head.children if c.dep_ == "cc" and c.i < subject.i), default=lo)
            if cut > lo + 2:
                while cut > lo + 1 and doc[cut - 1].is_punct and not has_mark(doc[cut - 1].text):
                    cut -= 1
                return cut
        if t.dep_ == "advcl" and attributor.outer_report(t) is not None:
            # "said the plant would close, blaming high prices": the participle is a second report.
            cut = t.left_edge.i - 1
            if cut > lo + 1 and not attributor.geometry.inside_any_quote(t.idx):
                return cut
            continue
        if attributor.outer_report(t) is not None:
            cut = max((c.i for c in t.head.children if c.dep_ == "cc" and lo < c.i < t.i), default=None)
            if cut is not None:
                while cut > lo + 1 and doc[cut - 1].is_punct and not has_mark(doc[cut - 1].text):
                    cut -= 1
                return cut
        if t.dep_ not in ("advcl", "conj", "ccomp") or not attributor.cues.is_speech_cue(t):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in t.children):
            continue
        start = t.left_edge.i
        if start > lo + 2 and doc[start - 1].lower_ in _COORDINATORS:
            start -= 1
        cut = comma_set_off(doc, start) if start > lo + 2 else None
        set_off = cut is not None or doc[start - 1].text in (";", "—", "--")
        if start <= lo + 2 or not set_off or t.right_edge.i + 1 < hi:
            if not (start > lo + 2 and doc[start].lower_ in _COORDINATORS and t.right_edge.i + 1 >= hi):
                continue
            if attributor.geometry.inside_any_quote(t.idx):
                continue
            return start
        if attributor.geometry.inside_any_quote(t.idx):
            continue
        return start - 1 if cut is None else cut
    return hi


def _before_speakers_next_act(attributor: Attributor, cue: Token, lo: int, hi: int) -> int:
    """End of a reported clause before a verb with no subject, in the cue's own tense, that the
    parse conjoined to a verb inside the clause which cannot take it: a bare or non-finite verb
    ("said the rockets were there to stop raids and expected the neighbours to accept it",
    "expected" on "stop") or a verb whose subject names no one ("said the plan was sound and
    hoped …"): it is what the speaker did next, not what was said."""
    tenses = next_act_forms(cue)
    if cue.tag_ not in ("VBD", "VBZ", "VBP") and tenses == (cue.tag_,):
        return hi
    doc = attributor.doc
    for t in doc[lo + 1 : hi]:
        if t.dep_ != "conj" or t.tag_ not in tenses or t.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) or attributor.risk_of_a_thing(t):
            continue
        head = t.head
        if not lo <= head.i < t.i or head.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        # A non-finite verb with no subject of its own ("to stop raids"); one with a subject is a
        # finite verb the tagger misread ("her mother called" as "called"/VBN).
        misfit = (
            not subjects
            and head.tag_ in ("VB", "VBG", "VBN")
            and not any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in head.children)
        )
        thing = (
            bool(subjects) and not any(may_name_people(c) for c in subjects) and _takes_a_mind(attributor, t)
        )
        if not (misfit or thing) or attributor.geometry.inside_any_quote(t.idx):
            continue
        cut = max((c.i for c in head.children if c.dep_ == "cc" and head.i < c.i < t.i), default=None)
        if cut is None or cut <= lo + 2:
            continue
        while cut > lo + 1 and doc[cut - 1].is_punct and not has_mark(doc[cut - 1].text):
            cut -= 1
        return cut
    return hi


def _takes_a_mind(attributor: Attributor, verb: Token) -> bool:
    """Whether a verb says what someone thinks, hopes, plans or says, with a clause or to-clause
    of its own ("hoped to start work", "expected them to agree"): what a thing cannot do ("the
    evidence needed further review", "the bridge needed to be repaired" are the thing's)."""
    # The lemmatizer may miss a form ("hoped" as "hop"): guesses from the inflection also count.
    bases = verb_lemmas(verb)
    sense = next((attributor.cues.sense_of[b] for b in bases if b in attributor.cues.sense_of), None)
    if sense is None or sense in _THING_SENSES:
        return False
    # A passive to-clause is what a thing undergoes ("the bridge needed to be repaired").
    return any(
        c.dep_ in ("ccomp", "xcomp") and not any(g.dep_ == "auxpass" for g in c.children)
        for c in verb.children
    )


def _recipient(lexicon: Cues, prep: Token) -> bool:
    """Whether a "to" phrase after a reported object names who was told ("disclosed them to the
    press", "released the video to reporters"), not more of what was said."""
    if prep.lower_ != "to":
        return False
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in _RECIPIENTS or c.pos_ == "PRON" or c.lower_ in lexicon.audiences)
        for c in prep.children
    )


def _names_time(prep: Token) -> bool:
    """Whether a prepositional phrase says when ("on Thursday", "in July", "on the eve of the
    vote", which the parse gives no date). A preposition of topic never does: what a time
    phrase after it names is what was said ("wrote of long hours", "warned of a hard winter"),
    unless it counts ("about two hours")."""
    if prep.lower_ in _TOPIC_ONLY and not any(
        c.like_num or any(t.dep_ == "nummod" and t.head.i == c.i for t in c.children) for c in prep.children
    ):
        return False
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in _WHEN or (prep.lower_ == "on" and c.lemma_.lower() == "eve"))
        for c in prep.children
    )


def _without_dangling_link(attributor: Attributor, lo: int, hi: int) -> int:
    """End of a span without a coordinator or dash it ends on ("said the talks would be hard —
    and", "demands silence, yet"): the word links to what follows, which is not part of it."""
    doc = attributor.doc
    while hi - lo > 2 and (
        doc[hi - 1].dep_ == "cc"
        or doc[hi - 1].text in _DASHES
        or doc[hi - 1].text == ","
        or (doc[hi - 1].lower_ == "yet" and doc[hi - 2].text == ",")
    ):
        hi -= 1
    return hi


def _before_dash(attributor: Attributor, lo: int, hi: int) -> int:
    """End of a reported object before a dash outside quotation marks ("cited the poll — one of
    many that week"): what follows the dash is the writer's aside on the object, not more of
    what was reported. A pair of dashes around a coordinated aside, with the report going on
    after the second, sets off words inside the report ("spoke of how the fight went on -- and
    was at times set back by -- the courts"), which stay; a pair around a phrase on the object
    ("cited the survey -- one of several that month -- in its letter") does not."""
    doc = attributor.doc
    dashes = [
        t.i for t in doc[lo + 1 : hi] if t.text in _DASHES and not attributor.geometry.inside_any_quote(t.idx)
    ]
    k = 0
    while k < len(dashes):
        closing = dashes[k + 1] if k + 1 < len(dashes) else None
        if (
            closing is None
            or doc[dashes[k] + 1].tag_ != "CC"
            or not any(t.is_alpha for t in doc[closing + 1 : hi])
        ):
            return dashes[k]
        k += 2
    return hi


def _before_aside(doc: Doc, lo: int, hi: int) -> int:
    """End of a reported span before a closing aside about a person set off by a comma (", who
    …", or an apposition on a named person: "said she would pick Jo Park, a former mayor of the
    city"); a closing ", which …" clause goes on with what was said ("said the team had moved to
    a new ground, which the club bought in 2019")."""
    for t in doc[lo:hi]:
        if t.dep_ == "appos" and t.i > lo and t.right_edge.i + 1 >= hi and _names_person(t):
            first = t.left_edge
            cut = comma_set_off(doc, first.i)
            if cut is not None and first.i > t.head.i and first.i > lo:
                return cut
        if t.dep_ == "relcl" and t.i > lo:
            first = t.left_edge
            cut = comma_set_off(doc, first.i)
            if (
                (first.lower_ in _RELATIVE or _past_event_aside(t))
                and first.i > lo
                and cut is not None
                and t.right_edge.i + 1 >= hi
            ):
                return cut
    return hi


def _names_person(appos: Token) -> bool:
    """Whether an apposition says who a named person is: it hangs on a proper noun and is headed
    by a title or office ("Jo Park, a former mayor of the city", "Ana Ruiz (D-Calif.), a
    former treasurer and envoy to Chile"; the titles of ``knowledge/titles.json``). Other
    appositions stay ("helps Nordbank, a lender in the south")."""
    head = appos.head
    if head.pos_ != "PROPN" or appos.pos_ != "NOUN":
        return False
    offices = _office_words()
    return any(t.lower_ in offices for t in (appos, *appos.conjuncts))


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The head words of the titles and offices of people (``knowledge/titles.json``)."""
    return frozenset(form.split()[-1] for form in title_sectors())


def _before_clause_comment(
    doc: Doc, lo: int, hi: int, saying: frozenset[str] = frozenset(), texts: frozenset[str] = frozenset()
) -> int:
    """End of a reported span before a closing noun phrase set off by a comma that comments on
    the whole clause rather than on a noun ("said the border would reopen, a move that angered
    farmers", "asked them to stay, a request not always honoured"): a noun phrase the parse hung
    on a verb, opened by a determiner and carrying a clause of its own; the writer's remark. A
    phrase on a noun ("…, a threefold rise since 1960" on "mothers") stays, as does a time
    renamed ("would attack on Friday, the day that the truce ends"). A noun of saying (``saying``)
    names the clause as words wherever the parse hung it ("insisted the pipes were safe, a
    claim residents dispute"), but not in apposition to a noun that is words or a text itself
    (``texts``), which it renames ("had received a letter, a complaint signed by parents")."""
    for t in doc[lo + 1 : hi]:
        if t.pos_ != "NOUN" or t.dep_ not in ("npadvmod", "dobj", "appos", "attr"):
            continue
        first = t.left_edge
        on_clause = t.head.pos_ in ("VERB", "AUX") or (
            t.lemma_.lower() in saying and not _renames_words(t, saying | texts)
        )
        if not on_clause or first.i <= t.head.i or first.i <= lo + 2:
            continue
        cut = comma_set_off(doc, first.i)
        if cut is None or first.tag_ != "DT" or t.right_edge.i + 1 < hi:
            continue
        if t.ent_type_ in _TIME_ENTITIES:
            # "would attack on Friday, the day that the truce ends": a time renamed, not a remark.
            continue
        if any(c.dep_ in ("relcl", "acl") for c in t.children):
            return cut
    return hi


def _renames_words(noun: Token, words: frozenset[str]) -> bool:
    """Whether a noun stands in apposition to a noun of words or a text, which it renames."""
    head = noun.head
    return noun.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in words


def _past_event_aside(clause: Token) -> bool:
    """Whether a closing relative clause is opened by "which" as its subject and tells, in the
    simple past, of an event that followed ("…, which forced her to leave early", "…, which
    occurred on Tuesday"): the writer's account of what happened, not more of what was said."""
    first = clause.left_edge
    if first.lower_ != "which" or first.dep_ not in ("nsubj", "nsubjpass") or first.head.i != clause.i:
        return False
    return clause.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _before_reported_relative(lexicon: Cues, doc: Doc, lo: int, hi: int) -> int:
    """End of a reported span before a closing relative clause set off by a comma that holds a
    report of its own ("attacked the donors, which he said had bought favours", "said the files
    were lost, which officials say is untrue"): what that clause says is another attribution."""
    for t in doc[lo + 1 : hi]:
        if t.dep_ != "relcl" or t.right_edge.i + 1 < hi:
            continue
        first = t.left_edge
        cut = comma_set_off(doc, first.i)
        if first.i <= lo + 1 or cut is None or first.tag_ not in ("WDT", "WP", "WP$"):
            continue
        if any(_own_report(lexicon, v) for v in t.subtree):
            return cut
    return hi


def _own_report(lexicon: Cues, verb: Token) -> bool:
    """Whether a verb is a speech cue with a subject of its own that is no relative pronoun."""
    return lexicon.is_speech_cue(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in verb.children
    )


def _names_medium(lexicon: Cues, prep: Token) -> bool:
    """Whether a prepositional phrase says where something was said ("in a statement")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in lexicon.media for c in prep.children)


def _other_complements(attributor: Attributor, cue: Token, lemma: str) -> list[Token]:
    """The object, to-clause or prepositional object a non-clausal cue reports through."""
    lexicon = attributor.cues
    if attributor.subject_of(cue) is None:
        return []
    found = []
    preps = lexicon.prepositional.get(lemma, frozenset())
    for child in _with_timed_preps(lexicon, cue):
        if child.i < cue.i:
            continue
        if child.dep_ == "dobj" and lemma in lexicon.object:
            found.append(child)
        elif child.dep_ == "xcomp" and (lemma in lexicon.infinitive or _gerund_report(lexicon, child, lemma)):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps and not _sets_scene(lexicon, child):
            if child.lower_ in lexicon.addressee_preps.get(lemma, ()) and not _addressed(cue):
                continue
            if lemma in lexicon.prepositional_adjacent and any(
                c.dep_ == "dobj" and cue.i < c.i < child.i and not _bare_day(c) for c in cue.children
            ):
                continue
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "advcl" and _prepositional_clause(cue, child, preps):
            found.append(child)
    found = _intended_to_clause(lexicon, cue, found)
    if found and lemma in lexicon.infinitive:
        found.extend(c for c in cue.children if c.dep_ == "xcomp" and c not in found and c.i > cue.i)
        # Who is asked, told or urged to act is part of the request ("told his players to stay").
        to_clauses = [c.i for c in found if c.dep_ == "xcomp"]
        if to_clauses:
            asked = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
            # "called on police to …" with "on" read as a particle taking "police".
            asked += [g for c in cue.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
            found.extend(c for c in asked if cue.i < c.i < min(to_clauses) and c not in found)
    if lemma in lexicon.asking:
        # Who was asked is not what was asked about ("asked him about the loan": "the loan").
        topics = [c.i for c in found if c.dep_ in ("pobj", "pcomp") and c.head.lower_ == "about"]
        if topics:
            found = [c for c in found if not (c.dep_ in ("dobj", "dative") and c.i < min(topics))]
    return found


def _addressed(cue: Token) -> bool:
    """Whether a cue of asking names who was asked as its object or is passive ("pressed the
    mayor on …", "when pressed on …")."""
    return (cue.tag_ == "VBN" and cue.dep_ == "advcl") or any(
        c.dep_ == "auxpass" or (c.dep_ in ("dobj", "nsubjpass") and may_name_people(c)) for c in cue.children
    )


def _intended_to_clause(lexicon: Cues, cue: Token, found: list[Token]) -> list[Token]:
    """The reported complements with the to-clause of an object of intent the parse hung on the
    cue ("announced plans to cut jobs"); past a bare time phrase the to-clause alone ("announced
    plans Tuesday to cut jobs": the time is when it was said)."""
    objects = [c for c in found if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.intention_objects]
    if not objects:
        return found
    obj = objects[0]
    clause = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > obj.i and _infinitive(c)), None)
    if clause is None or clause in found:
        return found
    between = cue.doc[obj.right_edge.i + 1 : clause.left_edge.i]
    if any(t.ent_type_ in _WHEN for t in between):
        return [c for c in found if c is not obj] + [clause]
    return [*found, clause] if not len(between) else found


def _prepositional_clause(cue: Token, clause: Token, preps: frozenset[str]) -> bool:
    """Whether a clause the parse hung on a prepositional cue, opened by the cue's preposition
    right after it, is what was asked for: an infinitive with a subject of its own ("called for
    the minister to resign", "pushed for the vote to be delayed")."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not marks or marks[0].lower_ not in preps or marks[0].i != cue.i + 1:
        return False
    deps = {c.dep_ for c in clause.children}
    infinitive = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "TO" for c in clause.children)
    return infinitive and bool(deps & {"nsubj", "nsubjpass"})


_OCCASION_PREPS = frozenset(("during", "in", "at"))


def _bare_day(token: Token) -> bool:
    """Whether a complement the parse gave a naming cue is a bare day right after it ("called
    Friday for an inquiry"): when it was said, not a label."""
    return token.i == token.head.i + 1 and token.ent_type_ == "DATE" and not list(token.children)


def _gerund_report(lexicon: Cues, clause: Token, lemma: str) -> bool:
    """Whether a cue's clausal complement is a gerund clause that says what was reported
    ("denied taking bribes", "admitted drinking two beers", "reported seeing a second car"): a
    verb of saying takes a gerund as it takes a "that" clause."""
    return clause.tag_ == "VBG" and (lemma in lexicon.clausal or lemma in lexicon.object)


def _occasion_of_saying(lexicon: Cues, prep: Token, scene: Token) -> bool:
    """Whether a phrase after a cue names the speech, interview or other medium it was said in
    ("during her speech", "in an interview", "at the rally"), not what was said."""
    return prep.lower_ in _OCCASION_PREPS and scene.lemma_.lower() in lexicon.media


def _topic_of_medium(prep: Token) -> bool:
    """Whether a phrase on a medium may be what was said in it: not an "of" phrase naming who
    met or spoke there ("a conference of mayors", "a session of parliament") or the kind of text
    with a bare noun ("a letter of concern", "a speech of thanks")."""
    if prep.lower_ != "of":
        return True
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or may_name_people(noun):
        return False
    return any(c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children)


def _with_timed_preps(lexicon: Cues, cue: Token) -> list[Token]:
    """The children of a cue, with the prepositional phrases the parse hung on a time or manner
    phrase right after it ("warned this week of delays", "spoke Monday about the plan", "warned on
    Monday of floods", "spoke at length about the war"): the phrase says what was said, not
    which week or how long."""
    topics = lexicon.prepositional.get(cue.lemma_.lower(), frozenset())
    out = []
    for child in cue.children:
        out.append(child)
        if child.i < cue.i:
            continue
        if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in _WHEN:
            out.extend(c for c in child.children if c.dep_ == "prep" and c.i > child.i)
        elif child.dep_ in ("prep", "prt"):
            for scene in child.children:
                if scene.dep_ != "pobj":
                    continue
                if _occasion_of_saying(lexicon, child, scene):
                    # "spoke during her speech of a stone block": the medium is where, not what.
                    out.extend(
                        c
                        for c in scene.children
                        if c.dep_ == "prep" and c.lower_ in topics and _topic_of_medium(c)
                    )
                    continue
                if not (scene.ent_type_ in _WHEN or scene.lemma_.lower() in lexicon.manner_nouns):
                    continue
                if any(c.dep_ in ("det", "poss") for c in scene.children):
                    # "complained on the day of the vote about …": the "of" phrase is the time's.
                    continue
                if child.lower_ in topics and not (child.lower_ == "on" and scene.ent_type_ == "DATE"):
                    # "told the court about the night of the fire": the phrase is the topic.
                    continue
                out.extend(c for c in scene.children if c.dep_ == "prep" and c.i == scene.i + 1)
    return out
