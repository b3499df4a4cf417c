"""The CAMEO verb patterns (``ontology/cameo_verbs.json``, derived from PETRARCH2's dictionary).

A verb's lemma selects its dictionary blocks; each block has a default CAMEO code and patterns that
narrow it by the words of the subject, the object and prepositional phrases ("release" + prisoners
-> 0841, "release" + report -> no event). The most specific matching pattern wins; with none the
verb's own or its block's default code applies. Argument words are read from the dependency parse,
not from word order, so "the prisoners were released" matches like "released the prisoners".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from spacy.tokens import Token

from ..nlp.doc_index import doc_rows
from ..nlp.noun_kinds import agent_noun
from ..ontology import load_json
from .actors import all_event_nouns
from .argument_kinds import names_actor, names_place, names_time

ENGLISH_FILE = "english.json"
VERBS_FILE = "cameo_verbs.json"
DISCARDS_FILE = "cameo_discards.json"
# dependents whose subtree holds the words a pattern's object side names
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "acomp", "prt", "nsubjpass", "dative"})
# clausal complements: only their head word counts ("vowed to attack" matches "- * ATTACK")
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
MAX_WORDS = 24
PARTICLES = frozenset({"out", "back", "down", "off", "over", "away", "up"})
# prepositions of time and circumstance: their phrase sets the act in time, it is not what the act
# is done to ("detained the leader after the protest" is no "- * PROTEST"), unless a pattern names it
ADJUNCT_PREPS = frozenset({"after", "before", "during", "since", "until", "amid", "following", "despite"})
# pattern strength: a pattern that names its argument words, the default code of a block's head verb
# (or of a verb with a code of its own), the default a synonym codes by its WordNet sense
STRENGTH_PATTERN = 1.0
STRENGTH_HEAD = 0.85
STRENGTH_SYNONYM = 0.7
# a pattern written for another verb of the block holds for a verb when it names this many words
SIBLING_WEIGHT = 2


@dataclass(frozen=True)
class Pattern:
    """One dictionary pattern: word slots (each a set of alternatives) per argument, and its code."""

    code: str | None
    subj: tuple[frozenset[str], ...]
    obj: tuple[frozenset[str], ...]
    preps: tuple[tuple[str, tuple[frozenset[str], ...]], ...]
    target: str | None
    source: str | None
    swap: bool
    verb: str | None = None
    # the verb's particle ("- * DOWN (ON PROTEST)": "cracked down on")
    prt: str | None = None
    # an idiom of a body part that codes nothing ("- * (IN BACK) [---] # STAB")
    figurative: bool = False

    @property
    def weight(self) -> int:
        """How much the pattern says: its particle, word slots and prepositions."""
        slots = len(self.subj) + len(self.obj) + sum(1 + len(slots) for _, slots in self.preps)
        return slots + bool(self.prt)


@dataclass(frozen=True)
class VerbEntry:
    """A verb in one dictionary block: its default code (None: codes nothing) and the block's patterns."""

    lemma: str
    block: str
    code: str | None
    primary: bool
    patterns: tuple[Pattern, ...]
    own_code: bool = False
    # the default code befalls the subject (the block's patterns mostly swap roles: "died")
    swap: bool = False
    # patterns written for other verbs of the block that name two or more words ("- * STATE (OF
    # EMERGENCY) [1724] # DECREE" for "declare"): tried after the verb's own of the same weight
    siblings: tuple[Pattern, ...] = ()
    # a synonym whose first WordNet sense is the act of a verb coding the default codes it too
    by_sense: bool = False


@dataclass(frozen=True)
class VerbMatch:
    """The coding a verb's parse selects: CAMEO code (None: explicitly not an event) and how."""

    code: str | None
    lemma: str
    block: str
    strength: float
    pattern: Pattern | None
    swap: bool = False

    @property
    def key(self) -> str:
        return f"{self.lemma}/{self.block.lower()}"


# a pattern, its dictionary entry and the words one of which must head its object phrase
Ranked = tuple[Pattern, VerbEntry, frozenset[str] | None]


@dataclass(frozen=True)
class VerbTable:
    """Verb entries by lemma (phrasal verbs as "pull out") and the table version."""

    verbs: dict[str, tuple[VerbEntry, ...]]
    phrasal_heads: frozenset[str]
    version: str
    # a verb's patterns in the order they are tried (``_ranked``), filled on first use
    ranked: dict[str, tuple[Ranked, ...]] = field(default_factory=dict, compare=False)
    # every pattern of each block, whichever verb it was written for
    blocks: dict[str, tuple[Pattern, ...]] = field(default_factory=dict, compare=False)


@cache
def clipped_words() -> dict[str, tuple[str, ...]]:
    """A word and its clipped forms (``clipped_words`` of ``english.json``: "telephone": "phone")."""
    return {k: tuple(v) for k, v in load_json(ENGLISH_FILE).get("clipped_words", {}).items()}


def _slot(raw: str, synsets: dict[str, list[str]]) -> frozenset[str]:
    if raw.startswith("&"):
        return frozenset(synsets.get(raw[1:], ()))
    return frozenset({raw, *clipped_words().get(raw, ())})


def _slots(raw: list[str], synsets: dict[str, list[str]]) -> tuple[frozenset[str], ...]:
    return tuple(s for s in (_slot(r, synsets) for r in raw) if s)


def _pattern(raw: dict, synsets: dict[str, list[str]]) -> Pattern:
    return Pattern(
        code=raw.get("code"),
        subj=_slots(raw.get("subj", []), synsets),
        obj=_slots(raw.get("obj", []), synsets),
        preps=tuple((prep, _slots(words, synsets)) for prep, words in raw.get("preps", [])),
        target=raw.get("target"),
        source=raw.get("source"),
        swap=bool(raw.get("swap")),
        verb=raw.get("verb"),
        prt=raw.get("prt"),
        figurative=bool(raw.get("figurative")),
    )


def _words_of(pattern: Pattern) -> tuple:
    """What a pattern names, whatever it codes: its particle and word slots."""
    return (pattern.prt, pattern.subj, pattern.obj, pattern.preps)


@cache
def verb_table() -> VerbTable:
    """The derived verb table, loaded once."""
    data = load_json(VERBS_FILE)
    synsets = data["synsets"]
    blocks = {
        name: (block["code"], tuple(_pattern(p, synsets) for p in block["patterns"]), bool(block.get("swap")))
        for name, block in data["blocks"].items()
    }
    verbs: dict[str, tuple[VerbEntry, ...]] = {}
    by_sense = data.get("wordnet_synonyms", {})
    for lemma, entries in data["verbs"].items():
        out = []
        for block_name, own, primary in entries:
            default, patterns, swap = blocks[block_name]
            code = None if own == "---" else (own or default)
            mine = tuple(p for p in patterns if p.verb is None or p.verb == lemma)
            said = {_words_of(p) for p in mine}
            siblings = tuple(
                p
                for p in patterns
                if p.verb not in (None, lemma) and p.weight >= SIBLING_WEIGHT and _words_of(p) not in said
            )
            own_code = own not in (None, "---")
            out.append(
                VerbEntry(
                    lemma,
                    block_name,
                    code,
                    bool(primary),
                    mine,
                    own_code,
                    swap and not own_code,
                    siblings,
                    block_name in by_sense.get(lemma, ()),
                )
            )
        verbs[lemma] = tuple(out)
    heads = frozenset(lemma.split(" ", 1)[0] for lemma in verbs if " " in lemma)
    return VerbTable(verbs, heads, str(data["version"]), blocks={k: v[1] for k, v in blocks.items()})


@dataclass(frozen=True)
class Discards:
    """Phrases that mark a sentence or a whole story as not political-event material."""

    story: tuple[str, ...]
    sentence: tuple[str, ...]


@cache
def discards() -> Discards:
    """The derived discard phrases, loaded once."""
    data = load_json(DISCARDS_FILE)
    return Discards(tuple(data["story"]), tuple(data["sentence"]))


def _words(token: Token, out: set[str], skip: frozenset[int] = frozenset()) -> None:
    """Adds the words (form and lemma) of the first ``MAX_WORDS`` tokens of a token's subtree, but
    those of ``skip``, and "money" for a token of a sum ("$10 million": the dictionary's &CURRENCY
    set holds the word "money"). The strings are read off the doc's cached rows when there are."""
    rows = doc_rows(token.doc)
    if rows is None:
        for t in islice(token.subtree, MAX_WORDS):
            if t.i not in skip:
                out.add(t.lower_)
                out.add(t.lemma_.lower())
                if t.ent_type_ == "MONEY":
                    out.add("money")
        return
    lower, lemma, ent_type = rows.lower, rows.lemma, rows.ent_type
    for t in islice(token.subtree, MAX_WORDS):
        i = t.i
        if i not in skip:
            out.add(lower[i])
            out.add(lemma[i])
            if ent_type[i] == "MONEY":
                out.add("money")


def _act_modifiers(subject: Token) -> frozenset[int]:
    """The event nouns that modify a subject naming people ("protest leaders", "strike
    organizers", "rally organizers"): the people are the doers, and the act the modifier names is
    not what they do, so a pattern naming that act as its subject ("PROTEST DEMAND RESIGNATION",
    1411) is not matched by them."""
    if not agent_noun(subject.lower_, subject.lemma_.lower()):
        return frozenset()
    acts = all_event_nouns()
    return frozenset(
        c.i
        for c in subject.children
        if c.dep_ == "compound" and c.lemma_.lower() in acts and not agent_noun(c.lower_, c.lemma_.lower())
    )


# the prepositions of a phrase hung on an object that name whom the act is aimed at or where it goes
# ("a campaign against the governor", "a humanitarian trip to Gaza", "an airlift to the city"); other
# phrases of an object name its parties or its topic ("talks between the two sides")
OBJECT_AIM_PREPS = frozenset({"against", "to"})


@dataclass
class Arguments:
    """The words around a verb a pattern is matched against."""

    subj: set[str] = field(default_factory=set)
    obj: set[str] = field(default_factory=set)
    # preposition -> words of its object
    preps: dict[str, set[str]] = field(default_factory=dict)
    # prepositions whose object names an actor or a place
    actor_preps: set[str] = field(default_factory=set)
    # head words of the object and prepositional phrases (and of their of-phrases and conjuncts)
    heads: set[str] = field(default_factory=set)
    # the verb's particles (the parser may read one as a preposition or an adverb)
    particles: set[str] = field(default_factory=set)
    # words of a passive's by-phrase
    agent: set[str] = field(default_factory=set)
    # prepositions of ``OBJECT_AIM_PREPS`` the parse hangs on the object whose object names an
    # actor or a place
    object_actor_preps: set[str] = field(default_factory=set)
    # prepositions whose object is owned by an actor ("at the governor's plan"): criticism of a
    # thing is aimed at its owner
    owner_preps: set[str] = field(default_factory=set)
    # the words of each phrase but those of ``ADJUNCT_PREPS``, read once all phrases are
    phrases: list[set[str]] = field(default_factory=list)


# the CAMEO root of disapproval, criticism and accusation
CRITICISM_ROOT = "11"
# prepositions of the reason an act is done for ("attacked the post for the governor's refusal"):
# the owner of the reason is not whom the act is aimed at
REASON_PREPS = frozenset({"for"})
# the head a sum ("$20 million") gives its phrase
SUM_HEAD = "&sum"
# CAMEO roots of giving or promising to give: a sum heads their money patterns ("granted $20
# million", "pledged $300 million"); a sum raised, asked or paid is no more an appeal for aid than
# "raised its dividend" or "a telethon raised $16,000"
SUM_GIVING_ROOTS = frozenset({"03", "07"})


def _gives_sum(pattern: Pattern, heads: set[str]) -> bool:
    """Whether a phrase headed by a sum is the money a pattern of giving names."""
    return (
        SUM_HEAD in heads
        and pattern.code is not None
        and pattern.code[:2] in SUM_GIVING_ROOTS
        and bool(pattern.obj)
        and "money" in _heads(pattern.obj[-1])
    )


def _add_heads(token: Token, heads: set[str]) -> None:
    for t in [token, *(c for c in token.children if c.dep_ == "conj")]:
        heads.add(t.lower_)
        heads.add(t.lemma_.lower())
        if t.ent_type_ == "MONEY":
            # "$20 million" is headed by its amount: money for a pattern of giving (``_gives_sum``)
            heads.add(SUM_HEAD)
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                heads.add(pobj.lower_)
                heads.add(pobj.lemma_.lower())


def _holds_actor(pobj: Token) -> bool:
    """Whether a phrase's object names an actor or a place, and no time: a day is no actor for a
    pattern's phrase that names no word ("pressed the envoy on Monday" is no "- * ON [190] #
    PRESS", pressing on)."""
    return (names_actor(pobj) or names_place(pobj)) and not names_time(pobj)


def _add_prep(prep: Token, args: Arguments) -> None:
    words = args.preps.setdefault(prep.lower_, set())
    for pobj in prep.children:
        _words(pobj, words)
        if prep.lower_ not in ADJUNCT_PREPS:
            _add_heads(pobj, args.heads)
        if pobj.dep_ == "pobj" and _holds_actor(pobj):
            args.actor_preps.add(prep.lower_)
        if pobj.dep_ != "pobj":
            continue
        if prep.lower_ not in REASON_PREPS and any(
            c.dep_ == "poss" and names_actor(c) for c in pobj.children
        ):
            args.owner_preps.add(prep.lower_)
        # a phrase the parse hangs on this one's object is the pattern's next phrase, as after an
        # object: "- * (IN FAVOR) (OF {CONSTITUTIONAL AMENDMENT})"
        for inner in (c for c in pobj.children if c.dep_ == "prep"):
            for inner_obj in (c for c in inner.children if c.dep_ == "pobj"):
                _words(inner_obj, args.preps.setdefault(inner.lower_, set()))
                if _holds_actor(inner_obj):
                    args.actor_preps.add(inner.lower_)


def _small_clause_predicate(child: Token) -> bool:
    """Whether an adjective after a verb's object is the predicate of a small clause the parse read
    as an adverbial clause for the adverb before it ("held Israel fully responsible")."""
    objects = [c.i for c in child.head.children if c.dep_ == "dobj"]
    return child.dep_ == "advcl" and child.pos_ == "ADJ" and bool(objects) and min(objects) < child.i


def argument_words(verb: Token) -> Arguments:
    """The subject, object and prepositional words around a verb, and the head words among them."""
    args = Arguments()
    for child in verb.children:
        dep = child.dep_
        # a preposition with its own object is no particle ("fired a missile off the coast")
        own_object = dep == "prep" and any(c.dep_ == "pobj" for c in child.children)
        if (
            child.i > verb.i
            and (dep == "prt" or dep in ("prep", "advmod") and child.lower_ in PARTICLES)
            and not own_object
        ):
            args.particles.add(child.lower_)
            # "walked out of the summit", "stayed away from": the parse hangs the phrase on the particle
            for grand in child.children:
                if grand.dep_ == "prep":
                    _add_prep(grand, args)
                elif grand.dep_ == "pobj" and dep == "prt":
                    # a particle the parse gives an object of its own: "called off the truce"
                    _words(grand, args.obj)
                    _add_heads(grand, args.heads)
        if dep in SUBJECT_DEPS or dep == "agent":
            _words(child, args.subj, _act_modifiers(child) if dep in SUBJECT_DEPS else frozenset())
            if dep == "agent":
                # a passive's by-phrase is the pattern's "(BY ...)" ("was hit by a grenade"), not
                # words of its object
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    _words(pobj, args.agent)
                    if names_actor(pobj) or names_place(pobj):
                        args.actor_preps.add("by")
        elif dep == "prep":
            _add_prep(child, args)
        elif dep in OBJECT_DEPS and child.i > verb.i or dep == "nsubjpass" or _small_clause_predicate(child):
            _words(child, args.obj)
            _add_heads(child, args.heads)
            for predicate in (a for a in child.children if a.dep_ == "amod" and a.i > child.i):
                # "held the governor responsible": an adjective after the object's head is the
                # predicate of a small clause the parse hung on the object
                _add_heads(predicate, args.heads)
            for prep in (c for c in child.children if c.dep_ == "prep"):
                # a phrase the parse hangs on the object: "declared a state of emergency", "signed
                # a deal with Iran" match a pattern's phrase after the object as in PETRARCH
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    _words(pobj, args.preps.setdefault(prep.lower_, set()))
                    if prep.lower_ in OBJECT_AIM_PREPS and _holds_actor(pobj):
                        args.object_actor_preps.add(prep.lower_)
        elif dep == "advmod" and child.pos_ == "ADV" and child.lower_ not in PARTICLES:
            # an adverb of manner the dictionary writes before the verb ("- ETHNICALLY * [203] #
            # CLEANSE", "- SHARPLY * [111] # ATTACK") is one of the words its pattern names there
            args.subj.add(child.lower_)
        elif dep == "neg" or dep in CLAUSE_DEPS and child.i > verb.i:
            for words in (args.obj, args.heads):
                words.add(child.lower_)
                words.add(child.lemma_.lower())
    for particle in (c for c in verb.children if c.dep_ == "prt" and c.lower_ not in args.preps):
        # a particle is the preposition of the object after it: "took over the town" matches
        # "- * (OVER &TOWN)", "took in refugees" "- * IN &REFUGEE"
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i > particle.i):
            _words(obj, args.preps.setdefault(particle.lower_, set()))
            if names_actor(obj) or names_place(obj):
                args.actor_preps.add(particle.lower_)
    args.phrases = [w for p, w in args.preps.items() if p not in ADJUNCT_PREPS]
    return args


@cache
def _slot_words(slot: frozenset[str]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """A slot's one-word alternatives with the singular of each that ends in "s", and the words of
    each of its phrases and hyphenated alternatives (made once per slot)."""
    single: set[str] = set()
    phrases = []
    for alternative in slot:
        if " " in alternative or "-" in alternative:
            # the words of a phrase, and of a hyphenated word the tokenizer splits ("cease-fire")
            phrases.append(tuple(part for part in re.split(r"[ -]", alternative) if part))
        else:
            single.add(alternative)
            if alternative.endswith("s"):
                single.add(alternative[:-1])
    return frozenset(single), tuple(phrases)


def _has(slot: frozenset[str], words: set[str]) -> bool:
    """Whether ``words`` hold an alternative of ``slot``: a word (or the singular of one ending in
    "s"), or every word of a phrase."""
    single, phrases = _slot_words(slot)
    if not single.isdisjoint(words):
        return True
    return any(all(part in words for part in parts) for parts in phrases)


@cache
def _heads(slot: frozenset[str]) -> frozenset[str]:
    """A slot's alternatives by their last word, the head of an English noun phrase ("sit-in":
    "in", as the tokenizer splits it)."""
    return frozenset(re.split(r"[ -]", alternative)[-1] or alternative for alternative in slot)


@cache
def _heads_and_singulars(slot: frozenset[str]) -> frozenset[str]:
    """A slot's heads (``_heads``) with the singular of each that ends in "s" (made once per slot:
    the dictionary's patterns share their word sets)."""
    last = _heads(slot)
    return last | {a[:-1] for a in last if a.endswith("s")}


def object_heads(pattern: Pattern | None) -> frozenset[str]:
    """The words one of which heads the object phrase a pattern names ("- * EXPULSION [174] #
    ORDER": "expulsion"; "- * STONES [182] # THREW": "stones"), empty when it names none."""
    return _heads(pattern.obj[-1]) if pattern is not None and pattern.obj else frozenset()


def _matches(pattern: Pattern, args: Arguments, object_phrases: bool = False) -> bool:
    if pattern.prt is not None and pattern.prt not in args.particles:
        return False
    if not all(_has(s, args.subj) for s in pattern.subj):
        return False
    if not all(_has(s, args.obj) or any(_has(s, w) for w in args.phrases) for s in pattern.obj):
        return False
    if pattern.obj and not _has(_heads(pattern.obj[-1]), args.heads) and not _gives_sum(pattern, args.heads):
        # the pattern's last object word is the head of the phrase ("released aid" is no "released
        # aid workers")
        return False
    for prep, slots in pattern.preps:
        words = args.preps.get(prep, args.agent if prep == "by" and args.agent else None)
        if words is None or not all(_has(s, words) for s in slots):
            return False
        hung = object_phrases and bool(pattern.obj) and prep in args.object_actor_preps
        # criticism (CAMEO 11) of a thing someone owns is aimed at the owner ("hit out at the
        # governor's plan" as "- * OUT (AT) [111]")
        owned = prep in args.owner_preps and (pattern.code or "").startswith(CRITICISM_ROOT)
        if not slots and prep not in args.actor_preps and not hung and not owned:
            # a phrase the pattern names no word of holds its actor ("- * (TO) [040]"); after an
            # object the pattern names, the parse may hang it on the object (``object_phrases``)
            return False
    return True


def _phrasal(verb: Token, lemma: str, table: VerbTable) -> str | None:
    if lemma not in table.phrasal_heads:
        return None
    for child in verb.children:
        if child.dep_ in ("prt", "advmod", "prep", "acomp") and child.i > verb.i:
            key = f"{lemma} {child.lower_}"
            if key in table.verbs:
                return key
    return None


def particle_verb(verb: Token, lemmas: list[str]) -> tuple[str, str | None] | None:
    """(phrasal lemma, its block's default code or None) when a verb with an adverbial particle is a
    phrasal verb of the dictionary ("struck down", "gave up"), else None."""
    table = verb_table()
    particles = [
        c.lower_ for c in verb.children if c.i > verb.i and (c.dep_ == "prt" or c.lower_ in PARTICLES)
    ]
    for lemma in lemmas:
        for particle in particles:
            entries = table.verbs.get(f"{lemma} {particle}")
            if entries:
                return f"{lemma} {particle}", entries[0].code
    return None


def _candidates(
    key: str, entries: tuple[VerbEntry, ...], table: VerbTable
) -> list[tuple[VerbEntry, Pattern]]:
    """The patterns a verb is matched against: its own entries', and for a phrasal verb ("walk out")
    those of its plain verb that name its particle ("- * OUT (OF SUMMIT)" of WALK), or a phrase of
    it with words ("- * (OVER &TOWN)" of TAKE: "took over the town")."""
    out = [(entry, pattern) for entry in entries for pattern in entry.patterns]
    out += [(entry, pattern) for entry in entries for pattern in entry.siblings]
    plain, _, particle = key.partition(" ")
    if particle:
        for entry in table.verbs.get(plain, ()):
            out.extend((entry, pattern) for pattern in entry.patterns if _names_particle(pattern, particle))
    return out


def _names_particle(pattern: Pattern, particle: str) -> bool:
    """Whether a pattern names a particle, as such or as the preposition of its first phrase."""
    first = pattern.preps[0] if pattern.preps else None
    return pattern.prt == particle or first is not None and first[0] == particle and bool(first[1])


def _ranked(candidates: list[tuple[VerbEntry, Pattern]]) -> tuple[Ranked, ...]:
    """A verb's patterns (``_candidates``) that say something, most specific first (ties in
    dictionary order), each with the words one of which must head its object phrase (``_matches``;
    None: no object)."""
    # a condemning verb's pattern of support for the one the condemned act befell never codes
    ranked = [(p, e) for e, p in candidates if p.weight and not _support_of_the_befallen(e.block, p.code)]
    ranked.sort(key=lambda pair: -pair[0].weight)
    out = []
    for pattern, entry in ranked:
        heads = _heads_and_singulars(pattern.obj[-1]) if pattern.obj else None
        out.append((pattern, entry, heads))
    return tuple(out)


def block_object_codes(verb: Token, lemmas: list[str]) -> list[str | None]:
    """The codes of the one-word object patterns of the verb's dictionary blocks, whichever verb of
    the block they were written for, that the verb's object words match ("declined to comment":
    "- * COMMENT [011] # REFUSE"; a block's verbs are synonyms in the dictionary)."""
    table = verb_table()
    lemma = next((item for item in lemmas if item in table.verbs), None)
    if lemma is None:
        return []
    return block_codes(lemma, argument_words(verb).heads)


def block_codes(lemma: str, heads: set[str]) -> list[str | None]:
    """The codes, in dictionary order, of the one-word object patterns of the blocks of a verb of
    the table whose slot holds one of ``heads`` (``_has``), found by word, not by trying each."""
    patterns = _block_object_patterns(lemma)
    found = {n for word in heads for n in patterns.by_word.get(word, ())}
    found.update(n for n, phrases in patterns.phrases if any(all(p in heads for p in ps) for ps in phrases))
    return [patterns.codes[n] for n in sorted(found)]


@dataclass(frozen=True)
class BlockObjects:
    """The codes of the one-word object patterns of a verb's blocks in dictionary order, and where
    each is in that order by the words of its slot (``_has``): by each single word
    (``by_word``), and the phrases of each slot that has any (``phrases``)."""

    codes: tuple[str | None, ...]
    by_word: dict[str, tuple[int, ...]]
    phrases: tuple[tuple[int, tuple[tuple[str, ...], ...]], ...]


@cache
def _block_object_patterns(lemma: str) -> BlockObjects:
    """``BlockObjects`` of the one-word object patterns of the dictionary blocks of a verb of the
    table (``block_object_codes``)."""
    table = verb_table()
    slots = [
        (pattern.code, pattern.obj[0])
        for entry in table.verbs[lemma]
        for pattern in table.blocks.get(entry.block, ())
        if len(pattern.obj) == 1 and not (pattern.subj or pattern.preps or pattern.prt)
    ]
    by_word: dict[str, list[int]] = {}
    phrases = []
    for n, (_, slot) in enumerate(slots):
        single, parts = _slot_words(slot)
        for word in single:
            by_word.setdefault(word, []).append(n)
        if parts:
            phrases.append((n, parts))
    return BlockObjects(
        tuple(code for code, _ in slots), {w: tuple(ns) for w, ns in by_word.items()}, tuple(phrases)
    )


@cache
def _condemnation_blocks() -> dict[str, tuple[str, ...]]:
    """Blocks of condemning verbs and the CAMEO roots of their patterns that read support for the one
    a condemned act befell (``condemnation_blocks`` of event_cues.json)."""
    raw = load_json("event_cues.json").get("condemnation_blocks", {})
    return {block: tuple(roots) for block, roots in raw.items()}


def _support_of_the_befallen(block: str, code: str | None) -> bool:
    """Whether a pattern of a condemning verb codes support for the one the condemned act befell
    ("denounced the detention of the activists": 052), which a condemnation is not."""
    return bool(code) and str(code).startswith(_condemnation_blocks().get(block, ()))


@cache
def _harm_adverbs() -> frozenset[str]:
    """Adverbs of bodily harm (``literal_harm_adverbs`` of event_cues.json)."""
    return frozenset(load_json("event_cues.json").get("literal_harm_adverbs", ()))


def _literal_harm(verb: Token) -> bool:
    """Whether a verb carries a word of bodily harm ("fatally", "repeatedly", "to death";
    ``literal_harm_adverbs`` of event_cues.json), which a figurative reading of it does not take."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _harm_adverbs():
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(p.lower_ == "death" for p in child.children):
            return True
    return False


def match_cameo_verb(verb: Token, lemmas: list[str]) -> VerbMatch | None:
    """The coding of a verb by the dictionary, or None when its lemma is not in it."""
    table = verb_table()
    key = None
    for lemma in lemmas:
        key = _phrasal(verb, lemma, table) or (lemma if lemma in table.verbs else None)
        if key is not None:
            break
    if key is None:
        return None
    entries = table.verbs[key]
    ranked = table.ranked.get(key)
    if ranked is None:
        ranked = table.ranked[key] = _ranked(_candidates(key, entries, table))
    if ranked:
        args = argument_words(verb)
        # a pattern whose actor phrase the parse hangs on the object the pattern names ("- * CAMPAIGN
        # (AGAINST) [111] # LAUNCH": "launched a campaign against the governor") wins only over
        # less specific patterns ("- * {&MILITARY CAMPAIGN} [190]" keeps "a military campaign")
        hung: VerbMatch | None = None
        for pattern, entry, heads in ranked:
            # the most specific pattern that matches wins: the first in this order
            if hung is not None and hung.pattern is not None and pattern.weight < hung.pattern.weight:
                return hung
            if heads is not None and heads.isdisjoint(args.heads) and not _gives_sum(pattern, args.heads):
                continue
            if pattern.figurative and _literal_harm(verb):
                # "was fatally stabbed in the back": a wound, not the idiom of betrayal
                continue
            if _matches(pattern, args):
                return VerbMatch(pattern.code, key, entry.block, STRENGTH_PATTERN, pattern)
            if hung is None and _matches(pattern, args, object_phrases=True):
                hung = VerbMatch(pattern.code, key, entry.block, STRENGTH_PATTERN, pattern)
        if hung is not None:
            return hung
    entry = next((e for e in entries if e.code is not None and (e.primary or e.own_code)), None)
    if entry is not None:
        return VerbMatch(entry.code, key, entry.block, STRENGTH_HEAD, None, entry.swap)
    # a synonym the dictionary added from WordNet codes the default only when its first WordNet
    # sense is the act of a verb that codes it ("quelled the revolt", as "suppressed"); otherwise
    # it sets codes through a pattern of its own ("curbed inflation" codes nothing)
    entry = next((e for e in entries if e.code is not None and e.by_sense), None)
    if entry is None:
        return None
    return VerbMatch(entry.code, key, entry.block, STRENGTH_SYNONYM, None, entry.swap)
