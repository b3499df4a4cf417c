"""The cue lexicon (``ontology/quote_cues.json``) and the test of whether a token is a cue.

A cue is a verb that reports speech or writing. Every cue lemma is filed under a sense class;
only statement senses make quotes (saying, writing, asking, promising, judging out loud), never
thinking, knowing, wanting, estimating, planning or declining to comment. Which complement a verb
takes decides what it reports: a clause ("said that …"), an object ("cited the poll"), a to-clause
("vowed to …") or a prepositional object ("called for …"). A use of a cue is a statement only
when someone makes it: not in a to-clause under a verb that does not carry it out ("plans to
ask") nor in the future ("will discuss") nor with no one as subject ("nobody said"), not
negated with a non-clausal report ("did not respond to") nor said to be beyond someone ("you
can't tell that …", "words cannot describe …"), not passive without an agent for senses that
need one ("has been accused of", "dubbed", a headline's "Driver accused of theft"), not in a
relative clause saying whom someone spoke to ("the experts I spoke to about the plan").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.tokens import Token

from ..ontology import load_json
from .noun_kinds import may_name_people

_PLACE_ENTITIES = ("LOC", "FAC")
_TIME_ENTITIES = ("DATE", "TIME")
# Prepositions whose object is who was spoken to ("spoke to", "talked with").
_PEOPLE_PREPS = ("to", "with")
# Relations the parse gives a relative clause without a relative word ("the experts I spoke to").
_CLAUSE_ON_A_NOUN = ("relcl", "parataxis")


@dataclass(frozen=True)
class OtherSense:
    """A non-statement sense of a cue lemma that its object shows (``other_senses`` in the lexicon)."""

    objects: frozenset[str] = frozenset()
    preps: dict[str, frozenset[str]] = field(default_factory=dict)
    places: bool = False
    passive_object: bool = False
    gerunds: frozenset[str] = frozenset()
    passive_preps: frozenset[str] = frozenset()
    unless_preps: frozenset[str] = frozenset()
    unless_subjects: frozenset[str] = frozenset()

    def shown_by(self, cue: Token) -> bool:
        """Whether this use of the cue is in this sense ("claimed two lives", "was denied bail",
        "responded to the scene", "complained of chest pains", "was charged with theft")."""
        children = list(cue.children)
        if self.passive_preps and any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
            if any(c.dep_ in ("prep", "agent") and c.lower_ in self.passive_preps for c in children):
                return True
        objects = [c for c in children if c.dep_ == "dobj"]
        if self.passive_object and objects and any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
            return True
        if any(_word_in(o, self.objects) for o in objects) and not self._kept_by(children):
            return True
        for prep in children:
            nouns = self.preps.get(prep.lower_) if prep.dep_ == "prep" else None
            if nouns is None:
                continue
            targets = [c for c in prep.children if c.dep_ == "pobj"]
            # "complained of head and shoulder pain": any conjunct may show the sense.
            for target in [*targets, *(c for t in targets for c in t.conjuncts)]:
                if _word_in(target, nouns) or (self.places and _names_a_place(target)):
                    return True
                # "responded with a volley of rubber bullets": what the measure noun holds.
                held = [
                    g for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                ]
                if any(g.dep_ == "pobj" and _word_in(g, nouns) for g in held):
                    return True
            for gerund in (c for c in prep.children if c.dep_ == "pcomp"):
                # "responded by firing tear gas", "responded by shelling the town"
                done = [gerund, *(c for c in gerund.children if c.dep_ == "dobj")]
                if any(_word_in(word, nouns) for word in done) or _word_in(gerund, self.gerunds):
                    return True
        return False

    def _kept_by(self, children: list[Token]) -> bool:
        """Whether a cue's own phrase or subject keeps the statement reading its object would
        otherwise take from it ("recalled the car as a rusty old thing", "she recalled the toys
        of her childhood": a memory told, where "the firm recalled the toys" calls them back)."""
        if any(c.dep_ == "prep" and c.lower_ in self.unless_preps for c in children):
            return True
        return any(c.dep_ == "nsubj" and _personal(c, self.unless_subjects) for c in children)


def _is_particle(child: Token, verb: Token, particle: str) -> bool:
    """Whether a child of a verb is the particle it needs: parsed as one, or as an adverb right
    after the verb ("weighed in last week on the plan", with "in" read as an adverb), or as a
    preposition taking the bare day after it ("weighed in Friday about the fees")."""
    if child.lower_ != particle:
        return False
    if child.dep_ == "prep" and child.i == verb.i + 1:
        objects = [c for c in child.children if c.dep_ == "pobj"]
        return len(objects) == 1 and objects[0].ent_type_ in ("DATE", "TIME") and objects[0].n_lefts == 0
    return child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == verb.i + 1)


def _before_numeral(word: Token) -> bool:
    """Whether a word stands right before a number in digits, a full stop aside ("No 10", "No. 10";
    not "No one")."""
    doc = word.doc
    nxt = word.i + 1
    if nxt < len(doc) and doc[nxt].text == ".":
        nxt += 1
    return nxt < len(doc) and doc[nxt].text[:1].isdigit()


def _first_name(aux: Token) -> bool:
    """Whether an auxiliary the tagger read is a capitalised first name before a surname
    ("Will Harris said"), not the future "will"."""
    doc = aux.doc
    return aux.text[:1].isupper() and aux.i + 1 < len(doc) and doc[aux.i + 1].pos_ == "PROPN"


def _personal(subject: Token, pronouns: frozenset[str]) -> bool:
    """Whether a subject is a person: a personal pronoun of the list or a person's name."""
    return subject.lower_ in pronouns or subject.ent_type_ == "PERSON"


def _word_in(word: Token, words: frozenset[str]) -> bool:
    return word.lower_ in words or word.lemma_.lower() in words


def _names_a_place(word: Token) -> bool:
    """Whether a noun names a site or a street address ("the 500 block of Elm Street"); not a
    country or city, which may be who was answered ("responded to Beijing with tariffs")."""
    return word.ent_type_ in _PLACE_ENTITIES or any(c.like_num and c.i < word.i for c in word.children)


@dataclass(frozen=True)
class Cues:
    """The cue lexicon."""

    clausal: frozenset[str]
    particles: dict[str, str]
    naming: frozenset[str]
    object: frozenset[str]
    infinitive: frozenset[str]
    prepositional: dict[str, frozenset[str]]
    media: frozenset[str]
    labels: frozenset[str]
    sense_of: dict[str, str]
    statement_senses: frozenset[str]
    agent_senses: frozenset[str]
    infinitive_agent_senses: frozenset[str]
    reason_senses: frozenset[str]
    document_senses: frozenset[str]
    realising: frozenset[str]
    reason_preps: frozenset[str]
    entity_kinds: dict[str, str]
    person_pronouns: frozenset[str]
    document_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    nominal: frozenset[str]
    nominal_source_preps: frozenset[str]
    gerund_preps: frozenset[str]
    unsaid_preps: frozenset[str]
    object_gerund_preps: frozenset[str]
    clause_only: frozenset[str]
    audiences: frozenset[str] = frozenset()
    document_preps: frozenset[str] = frozenset()
    source_phrases: frozenset[tuple[str, str]] = frozenset()
    document_object_senses: frozenset[str] = frozenset()
    text_making_senses: frozenset[str] = frozenset()
    document_subject_senses: frozenset[str] = frozenset()
    anaphoric_reports: frozenset[str] = frozenset()
    terms: frozenset[str] = frozenset()
    as_it: frozenset[str] = frozenset()
    going_on: frozenset[str] = frozenset()
    likelihood: frozenset[str] = frozenset()
    nominal_topic_preps: frozenset[str] = frozenset()
    nominal_delivering: frozenset[str] = frozenset()
    attributive_participles: frozenset[str] = frozenset()
    nominal_infinitive: frozenset[str] = frozenset()
    intention_objects: frozenset[str] = frozenset()
    addressee_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    prepositional_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    continuing: frozenset[str] = frozenset()
    continuing_own: frozenset[str] = frozenset()
    nominal_requests: frozenset[str] = frozenset()
    nominal_request_preps: frozenset[str] = frozenset()
    nominal_request_plural_only: frozenset[str] = frozenset()
    nominal_thing_senses: frozenset[str] = frozenset()
    stated_by_people: frozenset[str] = frozenset()
    amount_idioms: dict[str, frozenset[str]] = field(default_factory=dict)
    nominal_source_required: frozenset[str] = frozenset()
    wording_predicates: frozenset[str] = frozenset()
    prepositional_adjacent: frozenset[str] = frozenset()
    addressee_objects: frozenset[str] = frozenset()
    speaker_manner: frozenset[str] = frozenset()
    asker_senses: frozenset[str] = frozenset()
    thing_pronouns: frozenset[str] = frozenset()
    quality_endings: tuple[str, ...] = ()
    thing_entity_types: frozenset[str] = frozenset()
    concessive_openers: frozenset[str] = frozenset()
    salutations: frozenset[str] = frozenset()
    asking: frozenset[str] = frozenset()
    other_senses: dict[str, OtherSense] = field(default_factory=dict)
    anonymity_words: frozenset[str] = frozenset()
    newsroom_notes: frozenset[str] = frozenset()
    performing: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()
    negative_determiners: frozenset[str] = frozenset()
    manner_nouns: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
    provisions: frozenset[str] = frozenset()
    finding_bodies: frozenset[str] = frozenset()
    consequence_links: frozenset[str] = frozenset()
    other_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    conformity_objects: frozenset[str] = frozenset()

    def owner_of_words(self, noun: Token) -> Token | None:
        """Whose words a noun of saying names: its possessor ("The senator's warning"), or the object
        of its by/from phrase ("The message from the ministry", "a statement by the club"); not a
        time, which says when the words came ("the statement from last week")."""
        for child in noun.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ in self.nominal_source_preps and child.i > noun.i:
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
                return None if owner is None or owner.ent_type_ in ("DATE", "TIME") else owner
        return None

    def says_no_one(self, subject: Token) -> bool:
        """Whether a subject says that no one spoke ("Nobody", "No one", "no official"); "No"
        before a numeral is the abbreviation of "number" ("No 10 said", "No. 10 sources said")."""
        if subject.text[:1].isdigit():
            return False
        return subject.lower_ in self.negative_subjects or any(
            d.lower_ in self.negative_determiners and not _before_numeral(d) for d in subject.children
        )

    def names_document(self, word: Token) -> bool:
        """Whether a noun names a document or a medium ("a statement", "the report", "an ad")."""
        lemma = word.lemma_.lower()
        return (lemma in self.document_nouns or lemma in self.media) and not self.names_an_amount(word)

    def names_an_amount(self, word: Token) -> bool:
        """Whether a noun of a document names an amount with its degree adjective ("a great deal
        of pressure", "a good deal of money"), not an agreement."""
        degrees = self.amount_idioms.get(word.lemma_.lower())
        return degrees is not None and any(c.dep_ == "amod" and c.lower_ in degrees for c in word.children)

    def asked_by_a_thing(self, cue: Token, subject: Token | None) -> bool:
        """Whether a cue has a thing as its subject, so that it reports no one's words. A cue whose
        sense needs someone asking, promising or taking a stand says what a thing causes, risks or
        supports when its subject is a thing pronoun ("it would encourage buyers to wait",
        "this threatens to undo years of work", "that backs the plan") or a noun of quality
        or doctrine ("where extremism threatens to undo …"). Any cue says what an event shows
        when its subject is a relative "which" or "that" standing for a time, an amount or such a
        noun ("she lost the job in the spring, which confirmed what we feared", "a fatalism that
        encourages the young to leave"; not "the ministry, which confirmed …"). A time word as a
        plain subject may be someone's age ("the 45-year-old urged …")."""
        if subject is None:
            return False
        if subject.lower_ in ("which", "that") and subject.tag_ == "WDT" and subject.head.dep_ == "relcl":
            antecedent = subject.head.head
            return antecedent.ent_type_ in self.thing_entity_types or self.names_a_quality(antecedent)
        if self.sense_of.get(cue.lemma_.lower()) not in self.asker_senses:
            return False
        if self.names_a_quality(subject) or subject.lemma_.lower() in self.provisions:
            # "the plan calls for deeper cuts": what a plan provides, not a request
            return True
        # "That promises 300 horsepower": a demonstrative as subject, not a relative "that".
        pronoun = subject.pos_ in ("PRON", "DET") and subject.tag_ != "WDT"
        return pronoun and subject.lower_ in self.thing_pronouns

    def names_a_quality(self, noun: Token) -> bool:
        """Whether a common noun names a quality or a doctrine, which never speaks ("fairness",
        "extremism"): it has an ending of quality or doctrine and names no people (``noun_kinds``),
        organisation or document ("a witness", "the business" may speak)."""
        if noun.pos_ != "NOUN" or not noun.lemma_.lower().endswith(self.quality_endings):
            return False
        if self.names_document(noun) or noun.lemma_.lower() in self.organisation_nouns:
            return False
        return not may_name_people(noun)

    def names_no_source(self, noun: Token) -> bool:
        """Whether a subject names neither someone nor where words come from: a common noun that
        may name no people (``noun_kinds``), no organisation, document, medium or saying, and has
        no "of" phrase saying whose it is ("the fighting", "the ceasefire", "the search"; not "the
        report", "the ministry", "her statement", "the head of the agency")."""
        if noun.pos_ != "NOUN" or noun.ent_type_:
            return False
        lemma = noun.lemma_.lower()
        if self.names_document(noun) or lemma in self.organisation_nouns or lemma in self.nominal:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return False
        return not may_name_people(noun)

    def only_goes_on(self, cue: Token, subject: Token | None) -> bool:
        """Whether a cue in an "as" clause says only that something went on, not what was said:
        a verb of going on ("As the talks went on, …", "as she continued") or a cue whose subject
        names no source ("As the ceasefire held, …", "as the meeting concluded")."""
        if cue.lemma_.lower() in self.going_on:
            return True
        return subject is not None and self.names_no_source(subject)

    def asks_anonymity(self, cue: Token, lo: int, hi: int) -> bool:
        """Whether a request reports only that its source asked not to be named ("who asked not to
        be identified", "asked that his name not be used"): why the source goes unnamed, not news."""
        if self.sense_of.get(cue.lemma_.lower()) not in self.asker_senses:
            return False
        words = [t.lower_ for t in cue.doc[lo:hi] if t.is_alpha]
        return bool(words) and all(w in self.anonymity_words for w in words)

    def states(self, lemma: str) -> bool:
        """Whether a lemma's sense is one of making a statement."""
        return self.sense_of.get(lemma) in self.statement_senses

    def any(self, lemma: str) -> bool:
        """Whether a lemma is a statement cue of any complement class."""
        return lemma in self._statement_cues

    def idle_gerund(self, cue: Token) -> bool:
        """Whether a gerund cue is one nobody performs: after "without" ("it goes without saying
        that …"), on an adjective ("worth noting that …") or inside a clausal subject."""
        if cue.tag_ != "VBG":
            return False
        head = cue.head
        if cue.dep_ == "pcomp":
            phrases = (head.lower_, f"{head.head.lower_} {head.lower_}")
            return any(p in self.unsaid_preps for p in phrases)
        if cue.dep_ in ("xcomp", "acomp") and head.pos_ == "ADJ":
            return True
        current = cue
        for _ in range(6):
            if current.dep_ in ("csubj", "csubjpass"):
                return True
            if current.head.i == current.i:
                return False
            current = current.head
        return False

    @cached_property
    def _statement_cues(self) -> frozenset[str]:
        frames = self.clausal | self.object | self.infinitive | set(self.prepositional)
        return frozenset(lemma for lemma in frames if self.states(lemma))

    def is_cue(self, token: Token) -> bool:
        """Whether a token is a verb of the lexicon, with its particle when it needs one."""
        lemma = token.lemma_.lower()
        if not self.any(lemma):
            return False
        if (
            token.pos_ not in ("VERB", "AUX")
            and not token.tag_.startswith("VB")
            and not _parsed_as_verb(token)
        ):
            return False
        if lemma in self.as_it and not worded_as_it(token):
            return False
        if self.concessive(token):
            return False
        other = self.other_particles.get(lemma)
        if other is not None and any(
            c.dep_ in ("prt", "advmod") and c.i > token.i and c.lower_ in other for c in token.children
        ):
            return False
        particle = self.particles.get(lemma)
        if particle is None or any(_is_particle(c, token, particle) for c in token.children):
            return True
        preps = self.prepositional_particles.get(lemma, frozenset())
        return any(
            c.dep_ == "prep" and c.lower_ in preps and c.i == token.i + 1 and self._cited(token, c)
            for c in token.children
        )

    def _cited(self, verb: Token, prep: Token) -> bool:
        """Whether a verb's preposition standing for its particle cites evidence, a thing given as
        something ("pointed to the closure as a sign of …"), not a place or thing shown by hand
        ("pointed to the hills")."""
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        labels = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > prep.i]
        labels += [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "as"]
        return bool(labels)

    def concessive(self, token: Token) -> bool:
        """Whether a verb of saying is in a concessive phrase opening its sentence before a comma
        ("That said, the bridge is safe", "That being said, …")."""
        doc = token.doc
        end = token.i + 1
        if end >= len(doc) or doc[end].text != ",":
            return False
        start = token.sent.start
        while start < token.i and (doc[start].is_space or doc[start].is_punct):
            start += 1
        words = " ".join(t.lower_ for t in doc[start:end] if not t.is_space)
        return words in self.concessive_openers

    def is_speech_cue(self, token: Token) -> bool:
        """Whether a token is a cue that can introduce a quotation or a reported clause."""
        lemma = token.lemma_.lower()
        if lemma in self.clause_only and not any(c.dep_ == "ccomp" for c in token.children):
            return False
        return self.is_cue(token) and lemma in self.clausal

    def statement_use(self, cue: Token, clausal: bool) -> bool:
        """Whether this use of a cue reports a statement someone made (see the module docstring)."""
        lemma = cue.lemma_.lower()
        sense = self.sense_of.get(lemma)
        other = self.other_senses.get(lemma)
        if other is not None and other.shown_by(cue):
            return False
        children = list(cue.children)
        deps = {c.dep_ for c in children}
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
            if cue.dep_ not in ("xcomp", "advcl") or cue.head.lemma_.lower() not in self.realising:
                return False
        if any(c.dep_ == "nsubj" and self.says_no_one(c) for c in children):
            # "No one has responded to the complaints", "Nobody said the pier was unsafe".
            return False
        future = [c for c in children if c.dep_ == "aux" and c.lower_ in self.future_auxiliaries]
        if any(not _first_name(c) for c in future):
            # "The minister will discuss the reform on Thursday": yet to be said, a plan.
            return False
        if not clausal and "neg" in deps:
            return False
        if "neg" in deps and any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in children):
            # "you can't tell that …", "words cannot describe …": an inability, no statement.
            return False
        if "neg" in deps and any(_open_question(c) for c in children):
            # "did not say whether …", "has not disclosed how …": what was left unsaid.
            return False
        if (cue.dep_ == "relcl" and any(_stranded(c) for c in children)) or (
            cue.dep_ in _CLAUSE_ON_A_NOUN and any(_time_as_addressee(c) for c in children)
        ):
            # "the experts I spoke to about the plan": who was spoken to, not what was said.
            return False
        passive = (
            "auxpass" in deps
            or "nsubjpass" in deps
            or (cue.tag_ == "VBN" and cue.dep_ in ("acl", "amod"))
            # "…, accused of setting fire to a warehouse": a participle clause with no subject of its own
            or (cue.tag_ == "VBN" and cue.dep_ == "advcl" and not deps & {"nsubj", "aux"})
        )
        if passive and "agent" not in deps and _writers_aside(children):
            return False
        # "a script called “Wild Rose”": a participle on a noun names it, whatever the parse
        # made of the name.
        naming = lemma in self.naming and (
            any(c.dep_ in ("oprd", "xcomp") for c in children) or (cue.tag_ == "VBN" and cue.dep_ == "acl")
        )
        if naming and "agent" not in deps and _named_after_a_comma(cue, deps):
            return False
        if "agent" not in deps and (
            (passive and (sense in self.agent_senses or naming))
            or (sense in self.agent_senses and lemma in self.object and _reduced_passive(cue, deps))
        ):
            return False
        if (
            "auxpass" in deps
            and "agent" not in deps
            and (sense in self.infinitive_agent_senses or lemma in self.infinitive)
            and any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in children)
        ):
            # "Anyone with information is asked to call police", "the workers were told to leave":
            # who asked or told is not said.
            return False
        if sense in self.reason_senses:
            reasons = [c for c in children if c.dep_ == "prep" and c.lower_ in self.reason_preps]
            reasons += [
                g
                for c in children
                if c.dep_ == "dobj"
                for g in c.children
                if g.dep_ == "prep" and g.lower_ in self.reason_preps
            ]
            # "defended the station for an hour": how long is no reason.
            reasons = [r for r in reasons if not any(g.ent_type_ in ("DATE", "TIME") for g in r.children)]
            return bool(reasons) or self._takes_a_stance_on_a_text(cue)
        return True

    def _takes_a_stance_on_a_text(self, cue: Token) -> bool:
        """Whether a verb with a practical sense beside the verbal one has a text or proposal as
        its object ("opposed the resolution", "backed the plan", "voted against the bill"): a
        stance on a bill, plan or policy is a stated position, where "attacked the village" or
        "backed the truck" is no statement. A noun of saying with a clause of its own ("rejected
        the statement that …") reports that clause itself."""
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        objects += [g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(
            (o.lemma_.lower() in self.document_nouns or o.lower_ in self.document_nouns)
            and not (o.lemma_.lower() in self.nominal and any(says_what(c) for c in o.children))
            for o in objects
        )


def _writers_aside(children: list[Token]) -> bool:
    """Whether a passive cue has an empty "it" as subject and a modal ("It should be noted that
    …", "it must be stressed that …", "it could be argued that …"): the writer's own aside, said
    by no one in the story; "it was announced that …" still reports someone's words."""
    empty = any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in children)
    return empty and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)


_QUESTION_OPENERS = frozenset(
    ("whether", "if", "how", "why", "what", "when", "where", "who", "which", "whom")
)


def _open_question(clause: Token) -> bool:
    """Whether a clause of a cue is an indirect question ("whether she would resign", "how the
    suspect escaped", "what the plan costs"): with a negated cue it names what was not said."""
    if clause.dep_ not in ("ccomp", "dobj", "xcomp"):
        return False
    # an adverb before the question word is part of it ("exactly how", "precisely when")
    first = clause.left_edge
    while first.tag_ == "RB" and first.i < clause.i:
        first = first.doc[first.i + 1]
    return first.lower_ in _QUESTION_OPENERS


def _named_after_a_comma(cue: Token, deps: set[str]) -> bool:
    """Whether a naming participle follows a common noun and a comma with no subject, auxiliary or
    object of its own ("set up a new fund, called the “Clean Air Trust”"), whatever the parse hung
    it on: it gives the noun's name, and nobody is said to have called it that (after a name,
    "which the chief executive, Ann Lee, called “…”", the name may be who called it)."""
    doc = cue.doc
    if cue.tag_ not in ("VBN", "VBD") or deps & {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"}:
        return False
    return cue.i >= 2 and doc[cue.i - 1].text == "," and doc[cue.i - 2].pos_ == "NOUN"


def _stranded(prep: Token) -> bool:
    """Whether a preposition has lost its object to a relative clause ("the man I spoke to")."""
    return prep.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


def _time_as_addressee(prep: Token) -> bool:
    """Whether a "to" or "with" phrase of a verb of speaking has only a time as its object ("the
    engineers I spoke to last month", "the aide we talked with Tuesday"): one speaks to or with
    someone, not to a time, so in a clause the parse hung on a noun or beside the sentence the
    preposition lost its object to the noun, and the clause says whom someone spoke to, not what
    was said ("said with a week to go, …" keeps its report)."""
    if prep.dep_ != "prep" or prep.lower_ not in _PEOPLE_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and all(o.ent_type_ in _TIME_ENTITIES for o in objects)


def says_what(clause: Token) -> bool:
    """Whether a clause on a noun says what the noun's content is ("the statement that …"), also
    where the parse took it for a relative clause with "that" as its marker."""
    return clause.dep_ in ("acl", "ccomp") or (clause.dep_ == "relcl" and clause.left_edge.dep_ == "mark")


def _reduced_passive(cue: Token, deps: set[str]) -> bool:
    """Whether a verb that needs an object heads its sentence with a subject but no auxiliary,
    object or clause ("Driver accused of theft", "Striker blamed for defeat", headlines): a
    passive with its auxiliary left out, whichever past form the tagger gave it, so its subject
    is who was accused, not who accused."""
    return (
        cue.tag_ in ("VBD", "VBN")
        and cue.dep_ == "ROOT"
        and "nsubj" in deps
        and not deps & {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "oprd"}
    )


def worded_as_it(token: Token) -> bool:
    """Whether a verb with 'it' as its object says how words were put: in an 'as' clause ("as the
    mayor put it") or before the colon that brings in the words ("The coach put it bluntly: …")."""
    children = list(token.children)
    it = next((c for c in children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if it is None:
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return True
    # Only a manner word or phrase between "it" and the colon ("bluntly", "this way").
    doc = token.doc
    for j in range(it.i + 1, min(it.i + 4, len(doc))):
        if doc[j].text == ":":
            return True
        if doc[j].dep_ not in ("advmod", "npadvmod", "det"):
            return False
    return False


def _parsed_as_verb(token: Token) -> bool:
    """A word tagged as a noun that the parse makes a verb with a subject and a complement
    ("Trump claims that …" with "claims" tagged NNS)."""
    if token.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and bool(deps & {"ccomp", "dobj", "xcomp"})


@cache
def cues() -> Cues:
    """The cue lexicon from ``ontology/quote_cues.json``."""
    data = load_json("quote_cues.json")
    return Cues(
        clausal=frozenset(data["clausal"]),
        particles=dict(data["needs_particle"]),
        continuing=frozenset(data["continuing"]["lemmas"]),
        continuing_own=frozenset(data["continuing"]["speakers_own"]["lemmas"]),
        prepositional_particles={
            k: frozenset(v) for k, v in data["particle_prepositions"].items() if k != "about"
        },
        naming=frozenset(data["naming"]),
        object=frozenset(data["object"]),
        infinitive=frozenset(data["infinitive"]),
        prepositional={k: frozenset(v) for k, v in data["prepositional"].items()},
        media=frozenset(data["media"]),
        labels=frozenset(data["labels"]),
        sense_of={lemma: name for name, sense in data["senses"].items() for lemma in sense["lemmas"]},
        statement_senses=frozenset(n for n, v in data["senses"].items() if v["statement"]),
        agent_senses=frozenset(n for n, v in data["senses"].items() if v.get("agent_required")),
        infinitive_agent_senses=frozenset(
            n for n, v in data["senses"].items() if v.get("agent_required_with_infinitive")
        ),
        reason_senses=frozenset(n for n, v in data["senses"].items() if v.get("needs_reason")),
        document_senses=frozenset(n for n, v in data["senses"].items() if v.get("object_needs_document")),
        realising=frozenset(data["realising"]["lemmas"]),
        reason_preps=frozenset(data["reason_preps"]),
        entity_kinds=dict(data["speaker_kinds"]["entity_types"]),
        person_pronouns=frozenset(data["speaker_kinds"]["person_pronouns"]),
        document_nouns=frozenset(data["speaker_kinds"]["document"]),
        organisation_nouns=frozenset(data["speaker_kinds"]["organisation"]),
        nominal=frozenset(data["nominal"]["lemmas"]),
        nominal_source_preps=frozenset(data["nominal"]["source_preps"]),
        gerund_preps=frozenset(data["gerund_preps"]["lemmas"]),
        unsaid_preps=frozenset(data["gerund_preps"]["not_said"]),
        object_gerund_preps=frozenset(data["gerund_preps"]["object_said"]),
        clause_only=frozenset(data["clause_only"]["lemmas"]),
        audiences=frozenset(data["audiences"]),
        document_preps=frozenset(data["document_source"]["preps"]),
        source_phrases=frozenset(
            (prep, noun)
            for prep, nouns in data["document_source"]["source_phrases"].items()
            if prep != "about"
            for noun in nouns
        ),
        document_object_senses=frozenset(n for n, v in data["senses"].items() if v.get("object_is_document")),
        text_making_senses=frozenset(n for n, v in data["senses"].items() if v.get("makes_a_text")),
        document_subject_senses=frozenset(
            n for n, v in data["senses"].items() if v.get("subject_is_document")
        ),
        anaphoric_reports=frozenset(data["anaphoric_reports"]["phrases"]),
        terms=frozenset(data["terms"]["lemmas"]),
        as_it=frozenset(data["as_it"]["lemmas"]),
        going_on=frozenset(data["going_on"]["lemmas"]),
        likelihood=frozenset(data["likelihood"]["lemmas"]),
        nominal_topic_preps=frozenset(data["nominal"]["topic_preps"]),
        nominal_delivering=frozenset(data["nominal"]["delivering"]["lemmas"]),
        attributive_participles=frozenset(data["attributive_participles"]["lemmas"]),
        nominal_infinitive=frozenset(data["nominal"]["infinitive"]["lemmas"]),
        intention_objects=frozenset(data["intention_objects"]["lemmas"]),
        addressee_preps={k: frozenset(v) for k, v in data["addressee_preps"].items() if k != "about"},
        nominal_requests=frozenset(data["nominal"]["infinitive"]["requests"]["lemmas"]),
        nominal_request_preps=frozenset(data["nominal"]["infinitive"]["requests"]["preps"]),
        nominal_thing_senses=frozenset(data["nominal"]["infinitive"]["thing_senses"]["lemmas"]),
        nominal_request_plural_only=frozenset(
            data["nominal"]["infinitive"]["requests"]["plural_only"]["lemmas"]
        ),
        nominal_source_required=frozenset(data["nominal"]["source_required"]["lemmas"]),
        stated_by_people=frozenset(data["senses"]["evidence"]["stated_by_people"]["lemmas"]),
        amount_idioms={k: frozenset(v) for k, v in data["speaker_kinds"]["amount_idioms"]["lemmas"].items()},
        wording_predicates=frozenset(data["nominal"]["wording_predicates"]["lemmas"]),
        prepositional_adjacent=frozenset(data["prepositional_adjacent"]["lemmas"]),
        addressee_objects=frozenset(data["addressee_objects"]["lemmas"]),
        speaker_manner=frozenset(data["speaker_manner"]["lemmas"]),
        asker_senses=frozenset(n for n, v in data["senses"].items() if v.get("asker_required")),
        thing_pronouns=frozenset(data["speaker_kinds"]["thing_pronouns"]),
        quality_endings=tuple(data["speaker_kinds"]["quality_endings"]),
        thing_entity_types=frozenset(data["speaker_kinds"]["thing_entity_types"]),
        concessive_openers=frozenset(data["concessive_openers"]["phrases"]),
        salutations=frozenset(data["salutations"]["words"]),
        asking=frozenset(data["asking"]["lemmas"]),
        anonymity_words=frozenset(data["anonymity_requests"]["words"]),
        newsroom_notes=frozenset(data["newsroom_notes"]["labels"]),
        performing=frozenset(data["performing"]["lemmas"]),
        negative_subjects=frozenset(data["negative_subjects"]["words"]),
        negative_determiners=frozenset(data["negative_subjects"]["determiners"]),
        manner_nouns=frozenset(data["manner_of_saying"]["lemmas"]),
        future_auxiliaries=frozenset(data["future"]["auxiliaries"]),
        provisions=frozenset(data["provisions"]["lemmas"]),
        finding_bodies=frozenset(data["finding_bodies"]["lemmas"]),
        consequence_links=frozenset(data["consequence_links"]["words"]),
        other_particles={k: frozenset(v) for k, v in data["other_particles"]["lemmas"].items()},
        conformity_objects=frozenset(data["according_to_conformity"]["lemmas"]),
        other_senses={
            lemma: OtherSense(
                objects=frozenset(entry.get("objects", ())),
                preps={
                    prep: frozenset(entry["preps"][nouns] if isinstance(nouns, str) else nouns)
                    for prep, nouns in entry.get("preps", {}).items()
                },
                places=entry.get("places", False),
                passive_object=entry.get("passive_object", False),
                gerunds=frozenset(entry.get("gerunds", ())),
                passive_preps=frozenset(entry.get("passive_preps", ())),
                unless_preps=frozenset(entry.get("unless_preps", ())),
                unless_subjects=frozenset(entry.get("unless_subjects", ())),
            )
            for lemma, entry in data["other_senses"]["lemmas"].items()
        },
    )
