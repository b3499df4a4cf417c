"""A Title Case headline read in sentence case, so that its verbs parse as verbs.

The English model tags most capitalised words of a Title Case headline as proper nouns ("Farmers
Rally Outside Parliament", "Senator Slams Governor Over Cuts"), so the headline, which holds the
story's main event, yields no predicate. When the first line of a text is in Title Case, the coder
reads a copy of that line in which every capitalised word is lower-cased unless the story itself
writes it capitalised inside a sentence (a name: "Clinton", "Party" of "the Green Party"), it is
an acronym or it names a country or its people ("Afghan"). Only letter case changes, so character
offsets are those of the original text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..knowledge.countries import countries
from ..knowledge.regions import regions
from ..nlp.doc_index import doc_text
from ..nlp.noun_kinds import agent_noun, noun_lemmas, verb_lemmas
from ..nlp.quote_cues import cues as quote_cues
from ..ontology import load_json
from ..ontology.cameo import cameo_code
from ..text.language import function_words, plural_nouns
from .argument_kinds import HEADLINE_MAX_CHARS, headline_line_end, names_actor, story_headline
from .doc_copy import copy_parse
from .headline_given import with_given_passive
from .headline_occurrence import with_occurrence_verb
from .intent import intent_words
from .labels import genre_label, label_colon
from .lexicon import cues, lexicon
from .patterns import verb_table

# a line is Title Case when this share of its longer words (after the first) are capitalised
TITLE_SHARE = 0.75
MIN_TITLE_WORDS = 3
# words this short are often left lower case by Title Case styles ("of", "to", "in", "and")
MIN_WORD_LENGTH = 4
# spaced marks that join a title to the story it heads on one line
TITLE_SEPARATORS = frozenset({"-", "–", "—", "|"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
# tokens after which a capital does not mark a name
OPENERS = frozenset({'"', "“", "‘", "'", ":", "—", "–", "-", "(", "[", "…"})


def headline_end(doc: Doc) -> int | None:
    """The end offset of the text's first line when it is a Title Case headline, else None; a
    Title Case first sentence that the story runs on from on the same line (a title glued to its
    story by a full stop, ``glued_title_end``) is such a headline too when every word of it but the
    function words is capitalised and sentence case changes a word of it that is no name ("Police
    in Ohio arrested Hans Peter Merkel." is a sentence)."""
    text = doc_text(doc)
    end = headline_line_end(text)
    glued = end is None
    if glued:
        end = glued_title_end(doc)
    if end is None:
        return None
    words = []
    for t in doc:
        if t.idx >= end:
            break
        if t.i > 0 and t.is_alpha and len(t) >= MIN_WORD_LENGTH:
            words.append(t)
    capitalised = sum(1 for t in words if t.text[0].isupper())
    # a short headline is Title Case when all its longer words are ("Senator Rebukes Governor")
    short = len(words) == MIN_TITLE_WORDS - 1 and capitalised == len(words)
    if len(words) < MIN_TITLE_WORDS and not short:
        return None
    if capitalised < TITLE_SHARE * len(words):
        return None
    closed = function_words()
    if glued and any(t.text[0].islower() and t.lower_ not in closed for t in words):
        return None
    if glued and sentence_cased(doc, end) in (None, text[:end]):
        return None
    return end


def glued_title_end(doc: Doc) -> int | None:
    """The end of the text's first sentence when it ends in a full stop and the story goes on after
    it on the same line, as a title glued to its story does ("Ruritania Detains Union Leaders on
    Strike Charges. VELLAR, Ruritania -- ..."); else None. The parse may cut a Title Case title before
    its full stop ("Grand Jury Indicts Woman | In December Slaying."): its sentences up to the first
    that ends in one are the title. A title may also run on into its story after a spaced dash or
    bar ("Council Passes Budget - The city council ...", ``separated_title_end``)."""
    separated = separated_title_end(doc)
    if separated is not None:
        return separated
    for sentence in doc.sents:
        if sentence.end >= len(doc) or sentence.end_char > HEADLINE_MAX_CHARS:
            return None
        if "\n" in doc_text(doc)[: sentence.end_char + 1]:
            return None
        last = next((t for t in reversed(sentence) if not t.is_space), None)
        if last is not None and last.text == ".":
            return last.idx + len(last)
        if last is None or not (last.is_alpha or last.like_num):
            # only a cut after a word is the parse's, inside a title
            return None
    return None


def separated_title_end(doc: Doc) -> int | None:
    """The end of the words before the first spaced dash or bar (``TITLE_SEPARATORS``) of a text
    whose first line runs on after it, when no sentence ends before it within ``HEADLINE_MAX_CHARS``
    and the story goes on after it ("Mayor Vetoes Parking Plan | The mayor rejected ..."); else
    None. A dash inside a word ("D-Ohio") separates nothing, and one before a word in lower case
    opens an aside of a sentence ("The Senate Armed Services Committee - chaired by ..."), not a
    story; whether the words are a Title Case title is ``headline_end``'s to judge."""
    text = doc_text(doc)
    for token in doc:
        if token.idx > HEADLINE_MAX_CHARS or "\n" in token.text or token.text in SENTENCE_ENDS:
            return None
        if token.text not in TITLE_SEPARATORS or token.i == 0:
            continue
        before = doc[token.i - 1]
        if not (before.whitespace_ and token.whitespace_) or not text[token.idx + 1 :].strip():
            continue
        if text[token.idx + 1 :].lstrip()[:1].islower():
            return None
        return before.idx + len(before)
    return None


def _names(tokens: Iterable[Token]) -> set[str]:
    """Words the text writes capitalised inside a sentence more often than in lower case: names
    ("Clinton", "Party" of "the Green Party"), not sentence-initial capitals nor a common word
    capitalised now and then in a title or a name ("The" of "The Times", "Police" of "Capitol
    Police", beside many a "the" and "police")."""
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for token in tokens:
        if token.text[:1].islower():
            lower[token.text] += 1
        if not token.text[:1].isupper() or token.is_sent_start or token.i == 0:
            continue
        before = token.doc[token.i - 1]
        if before.text in OPENERS or "\n" in before.text or before.is_space:
            continue
        capitalised[token.text] += 1
    return {word for word, count in capitalised.items() if count > lower[word.lower()]}


@cache
def country_words() -> frozenset[str]:
    """The one-word names, demonyms and seats of government of countries
    (``knowledge/countries.tsv``), which English writes capitalised wherever they stand ("Afghan",
    "Kabul", "Peru"), in lower case; a word that is also a verb in WordNet or codes as an event
    verb ("polish") is left out, so that a Title Case verb is still lower-cased, and so is an
    abbreviation ("US", "CAR"), which a Title Case headline writes in capitals ("Us" is a pronoun)."""
    words = {
        text.lower()
        for country in countries()
        for text in (*country.names, *country.demonyms, *country.seats)
        if text.isalpha() and not text.isupper()
    }
    verbs = verb_lemmas()
    return frozenset(w for w in words if w not in verbs and not verb_types(w))


# small words inside a country's name, lower case in any sentence ("Bosnia and Herzegovina")
NAME_JOINING_WORDS = frozenset({"and", "of", "the"})


@cache
def country_phrases() -> tuple[str, ...]:
    """The names of countries of more than one word (``knowledge/countries.tsv``: "Burkina Faso",
    "Central African Republic", "Trinidad and Tobago"), in lower case, longest first: every
    capitalised word of one stays capitalised in a sentence-cased headline, as the name is written
    anywhere (one joined by "and" is then one word of the parse, ``nlp/country_names``)."""
    names = {n.strip().lower() for c in countries() for n in c.names if not n.strip().isalpha()}
    return tuple(sorted((n for n in names if " " in n or "-" in n), key=len, reverse=True))


def _country_phrase_offsets(line: str) -> set[int]:
    """The offsets in a headline of the words of the names of countries of more than one word it
    writes with capitals (``country_phrases``), matched whole, whatever the case of their words."""
    lowered = line.lower()
    inside: set[int] = set()
    for name in country_phrases():
        if name not in lowered:
            continue
        for match in re.finditer(re.escape(name), lowered):
            start, end = match.span()
            bounded = (start == 0 or not lowered[start - 1].isalnum()) and (
                end == len(line) or not lowered[end].isalnum()
            )
            if bounded and line[start].isupper() and not inside & set(range(start, end)):
                inside.update(range(start, end))
    return inside


@cache
def _verb_country_words() -> frozenset[str]:
    """The one-word names and demonyms of countries that ``country_words`` leaves out as verbs."""
    names = (t for c in countries() for t in (*c.names, *c.demonyms))
    words = {t.lower() for t in names if t.isalpha() and not t.isupper()}
    return frozenset(words - country_words())


def _demonym_before_person(token: Token) -> bool:
    """Whether a capitalised country word that is also a verb ("French", "Polish", "Welsh", which
    ``country_words`` leaves out) stands right before a word naming someone by role ("French
    Ambassador", "Polish Troops"): the demonym modifying it, not a verb."""
    word = token.lower_
    if not token.text[:1].isupper() or word in country_words() or token.i + 1 >= len(token.doc):
        return False
    if word not in _verb_country_words():
        return False
    after = token.doc[token.i + 1]
    return after.is_alpha and agent_noun(after.lower_, after.lower_)


def _upper_words(tokens: Iterable[Token]) -> set[str]:
    """Words of more than one letter the text writes in capitals ("NATO", "FBI"): acronyms."""
    return {t.text for t in tokens if len(t) > 1 and t.is_alpha and t.text.isupper()}


def all_caps(doc: Doc, end: int) -> bool:
    """Whether the text up to ``end`` is written in capitals: every word of more than one letter."""
    words = [t for t in doc if t.idx < end and t.is_alpha and len(t) > 1]
    return bool(words) and all(t.text.isupper() for t in words)


def sentence_cased(doc: Doc, end: int) -> str | None:
    """The text up to ``end`` with the headline's capitalised common words in lower case (None when
    lower-casing would change the length of a word). A headline in capitals is cased word by word
    as the story writes each word: a name as the name ("CHRISTIE" as "Christie"), an acronym the
    story writes in capitals as it is, any other word in lower case (the first capitalised)."""
    story = [t for t in doc if t.idx >= end]
    names = _names(story)
    capitals = all_caps(doc, end)
    named = {name.lower(): name for name in names} if capitals else {}
    acronyms = _upper_words(story) if capitals else set()
    text = doc_text(doc)
    in_country_names = _country_phrase_offsets(text[:end])
    parts: list[str] = []
    position = 0
    for token in doc:
        if token.idx >= end:
            break
        word = token.text
        if capitals and token.is_alpha and len(word) > 1 and word not in acronyms:
            cased = named.get(word.lower()) or (word.capitalize() if token.i == 0 else word.lower())
        else:
            acronym = word.isupper() and (len(word) > 1 or word == "I")
            country_word = word[:1].isupper() and word.lower() in country_words()
            in_name = token.idx in in_country_names and word.lower() not in NAME_JOINING_WORDS
            country_word = country_word or in_name or _demonym_before_person(token)
            keep = token.i == 0 or acronym or word in names or not word[:1].isupper() or country_word
            cased = word if keep else word.lower()
            if keep and " " in word:
                # a country's name merged into one word ("Trinidad And Tobago", nlp/country_names)
                cased = " ".join(w.lower() if w.lower() in NAME_JOINING_WORDS else w for w in word.split(" "))
        if cased == word:
            continue
        if len(cased) != len(word):
            return None
        parts.append(text[position : token.idx])
        parts.append(cased)
        position = token.idx + len(word)
    parts.append(text[position:end])
    return "".join(parts)


# the last headline parse, keyed by how it was made and by every text it was made from (the words
# written back into a parse are part of its key), so that a parse is reused only for a text it is
# that of: the entity and the event components read the same one, and no document gets another's
_last_parse: list[tuple[tuple[str, ...], Doc]] = []


def cased_headline(doc: Doc) -> str | None:
    """The text ``parse_headline`` parses for a Doc: its Title Case headline in sentence case, or
    None when it has none."""
    end = headline_end(doc)
    return None if end is None else sentence_cased(doc, end)


def parse_headline(doc: Doc, parse: Callable[[str], Doc]) -> Doc | None:
    """The sentence-cased headline parsed by ``parse`` (the model's own pipes), or None when the
    text has no Title Case headline."""
    cased = cased_headline(doc)
    if cased is None:
        return None
    if _last_parse and _last_parse[0][0] == ("cased", cased):
        return _last_parse[0][1]
    parsed = parse(cased)
    _voicing_read_as_noun(parsed)
    _verbs_read_as_nouns(parsed)
    parsed = with_given_passive(with_occurrence_verb(read_verb_in_phrase(parsed)))
    parsed = with_joined_clauses(parsed)
    _last_parse[:] = [(("cased", cased), parsed)]
    return parsed


# links by which a headline's parse hangs the name after its verb on it instead of as its object
# ("slams Clinton over emails": "Clinton" appos; "knocks Trump on trade": "Trump" xcomp)
OBJECT_MISREAD_DEPS = frozenset({"appos", "xcomp", "npadvmod", "attr"})


def _misread_object(verb: Token) -> Token | None:
    """The name right after a headline's verb that the parse hangs on it as something other than
    its object, when the verb has no object ("Obama knocks Trump on trade"); else None."""
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return None
    kinds = NOMINAL_POS if _noun_read_after_actor(verb) else ("PROPN",)
    names = [c for c in verb.children if c.dep_ in OBJECT_MISREAD_DEPS and c.pos_ in kinds]
    return next((c for c in names if c.left_edge.i == verb.i + 1), None)


def _noun_read_after_actor(token: Token) -> bool:
    """Whether a headline's root read as a plural noun has a modifier before it that names an actor
    ("army" of "Ugandan army shells rebel camps", "Navy" of "Navy fires on fishing boats"): its
    subject, so that a common noun hung on it after it is its object or its phrase's; or read as its
    subject ("France" of "France summons Italy ambassador")."""
    if token.dep_ != "ROOT" or token.tag_ != "NNS":
        return False
    before = [c for c in token.children if c.i < token.i and c.dep_ in ("compound", "nmod", "amod", "nsubj")]
    return bool(before) and before[-1].i == token.i - 1 and names_actor(before[-1])


def _noun_read_verb(token: Token) -> str | None:
    """The verb lemma of a headline's root that the tagger read as a plural noun though the parse
    gives it an object ("Senator slams governor over cuts": "slams" NNS with the object
    "governor"; or a name hung on it, ``_misread_object``: "Trump slams Clinton over emails"), when
    its stem is one of the event lexicon's verbs; else None."""
    if token.dep_ == "ROOT" and _base_verb(token):
        return token.lower_
    if token.dep_ != "ROOT" or token.tag_ != "NNS":
        return None
    word = token.lower_
    stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    if not any(c.dep_ == "dobj" for c in token.children) and _misread_object(token) is None:
        # "Governor rails against senator": the phrase the verb's frame needs, naming someone
        return next((s for s in stems if _frame_phrase(token, s)), None)
    return next((s for s in stems if s in lexicon().verbs or s in verb_table().verbs), None)


def _frame_phrase(token: Token, lemma: str) -> bool:
    """Whether a word has a prepositional phrase naming a person or group that a frame sense of
    ``lemma`` requires ("rail" with "against": "rails against the senator")."""
    senses = lexicon().verbs.get(lemma, ())
    required = {p for sense in senses for p in sense.preps_required}
    # after a subject that names an actor, the phrase may name a thing aimed at ("Navy fires on boats"),
    # and one a dictionary pattern of the verb names will do ("Chile appeals for UN help"); a
    # verbless label has no subject ("Rallies in the capital")
    after_actor = _noun_read_after_actor(token)
    if after_actor:
        required |= _pattern_preps(lemma)
    kinds = NOMINAL_POS if after_actor else ("PROPN",)
    # after such a subject, any phrase a frame sense names when it names someone by name ("Qatar
    # mediates between Israel and Hamas")
    listed = {p for sense in senses for p in sense.preps} if after_actor else set()
    return any(
        c.dep_ == "prep"
        and any(
            p.dep_ == "pobj"
            and ((c.lower_ in required and p.pos_ in kinds) or (c.lower_ in listed and p.pos_ == "PROPN"))
            for p in c.children
        )
        for c in token.children
    )


@cache
def _pattern_preps(lemma: str) -> frozenset[str]:
    """The prepositions of the CAMEO dictionary's coded patterns of a verb whose phrase names what
    it is about ("- * (FOR &FOOD) [0233] # APPEAL": "appeals for food aid")."""
    return frozenset(
        prep
        for entry in verb_table().verbs.get(lemma, ())
        for pattern in entry.patterns
        if pattern.code not in (None, "---")
        for prep, _slots in pattern.preps
    )


# tags of a headline's base-form verb that the tagger read as a singular noun ("attack" of "Rebels
# attack army base"), and the parts of speech of the object phrase it opens
BASE_NOUN_TAGS = frozenset({"NN", "NNP"})
OBJECT_OPENING_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
# tags the tagger gives a headline's base-form verb that the parse hangs on the noun after it as a
# modifier or a subject ("detain" VBP of "Police detain opposition leader", "urge" JJ of "Activists
# urge boycott of summit"): read so, it is no clause's verb
MODIFIER_VERB_TAGS = frozenset({"VB", "VBP", "JJ"})


def _base_verb(token: Token) -> bool:
    """Whether a word of a headline with no verb that the tagger read as a singular noun (or as a
    verb or an adjective modifying the noun after it, ``MODIFIER_VERB_TAGS``) is its verb in the
    base form, agreeing with the plural before it ("Rebels attack army base in north", "Police raid
    offices of newspaper", "Fighters storm town hall", "Police detain opposition leader"): a verb of
    the event lexicon or the CAMEO dictionary, right after a plural (a noun in -s, or one of
    ``plural_nouns``) that names an actor (``names_actor``) or counts people by the crowd
    ("Thousands", "Hundreds") and right before the phrase of its object, or before a preposition
    when it is a verb of dissent, which takes none ("Thousands rally against coup", "Hundreds march
    in capital", ``_dissent_verb``). After a singular it is a noun ("Army base", "Rebel attack")."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    modifier = token.tag_ in MODIFIER_VERB_TAGS and token.dep_ in BASE_READ_DEPS and token.head.i > token.i
    # or read as an adjective heading the line ("urge" JJ of "Mayors urge governor to reopen schools")
    modifier = modifier or (token.tag_ == "JJ" and token.dep_ == "ROOT")
    if token.tag_ not in BASE_NOUN_TAGS and not modifier:
        return False
    word = token.lower_
    if word not in lexicon().verbs and word not in verb_table().verbs:
        return False
    finite = [
        t for t in token.sent if t.i != token.i and _finite(t) and not _nonfinite(t) and not _relative(t)
    ]
    # a verb of saying or alleging takes the clause after it ("Rebels in Mali claim army shelled
    # villages"); any other finite verb is the line's own
    if finite and not (word in _clause_verbs() and all(t.i > token.i + 1 for t in finite)):
        return False
    before, after = _subject_before(token), doc[token.i + 1]
    # a coordinated subject is plural too ("Japan and Korea resume talks", "Chad, Niger open talks"),
    # and so is a line's first word read as a name that is the plural of a noun of people ("Rebels")
    plural = before.tag_ in ("NNS", "NNPS") or before.lower_ in plural_nouns() or _last_conjunct(before)
    plural = plural or (before.i == 0 and _people_plural(before.lower_))
    doers = names_actor(before) or before.lower_ in _crowd_nouns()
    opens = after.pos_ in OBJECT_OPENING_POS or _participle(after)
    if not opens and after.pos_ == "ADP" and after.head.i == token.i:
        opens = _dissent_verb(word)
    if not (plural and doers and opens):
        return False
    if _line_ends_after(after):
        # "Police attack dog", "Police raid photos", "Police search dogs": three words that read
        # as one compound noun as well; the verb only with an object naming people ("Police
        # arrest suspects", "Police detain Obama"), not a capitalised word of a Title Case line
        return bool(after.ent_type_) or agent_noun(after.lower_, after.lemma_.lower())
    return not _media_label(after)


# prepositions of a phrase that places or qualifies a headline's subject ("Police in Oslo", "Leaders
# of opposition", "Lawyers for activist", "Workers at port")
SUBJECT_PREPS = frozenset({"in", "of", "for", "at", "from"})
# the longest name or noun phrase such a preposition takes before the verb
MAX_SUBJECT_PHRASE = 3
SUBJECT_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET"})


def _subject_before(token: Token) -> Token:
    """The word before a headline's base-form verb that heads its subject: the word right before
    it, or, when a short phrase of ``SUBJECT_PREPS`` places or qualifies the subject, the noun
    before that phrase ("Police" of "Police in Oslo accuse banks", "Leaders" of "Leaders of
    opposition condemn arrest")."""
    doc = token.doc
    for prep in doc[max(token.i - MAX_SUBJECT_PHRASE - 1, 1) : token.i - 1]:
        if prep.pos_ != "ADP" or prep.lower_ not in SUBJECT_PREPS:
            continue
        phrase = doc[prep.i + 1 : token.i]
        if all(t.pos_ in SUBJECT_PHRASE_POS for t in phrase) and doc[prep.i - 1].pos_ in NOMINAL_POS:
            return doc[prep.i - 1]
    return doc[token.i - 1]


@cache
def _clause_verbs() -> frozenset[str]:
    """Verbs that take a clause in a headline ("claim", "allege", "deny"): the reporting verbs of
    event_cues.json and ``headline_clause_verbs`` of event_nonevent_cues.json."""
    extra = load_json("event_nonevent_cues.json")["headline_clause_verbs"]
    return cues().reporting_verbs | frozenset(extra)


def _people_plural(word: str) -> bool:
    """Whether a word is the plural in -s of a noun that names people ("rebels", "farmers")."""
    return word.endswith("s") and agent_noun(word[:-1], word[:-1])


def _last_conjunct(token: Token) -> bool:
    """Whether a word closes a coordination of names joined by "and" or a comma ("Korea" of "Japan
    and South Korea", "Niger" of "Chad, Niger"): the parse makes it a conjunct or apposition of the
    first, which names an actor as it does."""
    first = token.head
    if token.dep_ not in ("conj", "appos") or first.i >= token.i or not names_actor(first):
        return False
    between = token.doc[first.i + 1 : token.i]
    return any(t.lower_ in ("and", ",") for t in between)


# the words of a label's closing phrase that names how a topic is shown ("Police raid aftermath in
# pictures", "The war in maps"): a headline so closed is a gallery's or a graphic's label
MEDIA_LABEL_WORDS = frozenset(
    {"pictures", "photos", "images", "video", "videos", "maps", "charts", "graphics", "numbers", "quotes"}
)


@cache
def _crowd_nouns() -> frozenset[str]:
    """Words that count people by the crowd ("thousands", "hundreds": ``multitude_nouns`` of
    event_nonevent_cues.json)."""
    return frozenset(load_json("event_nonevent_cues.json")["multitude_nouns"])


def _dissent_verb(word: str) -> bool:
    """Whether a verb takes no object when it tells of dissent (``intransitive_protest_verbs`` of
    event_nonevent_cues.json, and a verb with a PROTEST sense in the frame lexicon: "protest",
    "strike", "riot")."""
    if word in load_json("event_nonevent_cues.json")["intransitive_protest_verbs"]:
        return True
    return any(sense.plover == "PROTEST" for sense in lexicon().verbs.get(word, ()))


def _line_ends_after(token: Token) -> bool:
    """Whether a word is the last of its line (the end of the text, a line break or closing
    punctuation after it)."""
    doc = token.doc
    rest = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return rest is None or "\n" in rest.text or rest.is_space or (rest.is_punct and rest.text != "-")


def _media_label(token: Token) -> bool:
    """Whether a line closes, after ``token``, with "in" and a word of ``MEDIA_LABEL_WORDS``."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and not doc[end].is_space and "\n" not in doc[end].text:
        end += 1
    words = [t.lower_ for t in doc[token.i + 1 : end] if not t.is_punct]
    return len(words) >= 2 and words[-2] == "in" and words[-1] in MEDIA_LABEL_WORDS


def _participle(token: Token) -> bool:
    """Whether a word is a participle modifying a noun ("kidnapped" of "kidnapped engineers")."""
    return token.dep_ == "amod" and token.tag_ in ("VBN", "VBG")


def _relative(token: Token) -> bool:
    """Whether a verb heads a relative clause ("who threatened" of "Police arrest man who
    threatened school"): a clause of a noun, no verb of the headline's own."""
    return token.dep_ == "relcl"


def _finite(token: Token) -> bool:
    """Whether a word is a verb of a clause, not a participle modifying a noun."""
    return token.pos_ in ("VERB", "AUX") and not _participle(token)


def _nonfinite(token: Token) -> bool:
    """Whether a verb is a to-infinitive or a gerund ("to demand" of "march in capital to demand
    jobs", "insulting" of "jail activists for insulting king"): no clause's own verb."""
    if token.tag_ == "VBG":
        return True
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _voicing_misread(tokens: Doc | Span) -> tuple[Token, Token, str] | None:
    """A headline's verb voicing an intent noun that the tagger read as the plural subject of the
    noun read as the root verb ("Norway signals readiness to reopen talks": "signals" NNS subject
    of "readiness" VBP), as (verb, noun, the verb's lemma): the verb one of ``voicing_verbs`` of
    intent_predicates.json in the third person, the noun one of its ``intent_nouns``."""
    words = intent_words()
    for noun in tokens:
        if noun.dep_ != "ROOT" or noun.lower_ not in words.nouns or noun.i < 2:
            continue
        verb = noun.doc[noun.i - 1]
        stems = [verb.lower_[:-1], verb.lower_[:-2]] if verb.lower_.endswith("es") else [verb.lower_[:-1]]
        stem = next((s for s in stems if s in words.voicing_verbs), None)
        if stem is None or verb.dep_ != "nsubj" or verb.head.i != noun.i:
            return None
        return verb, noun, stem
    return None


# tags of a headline's noun read as its verb after a plural read as its subject, which no finite
# verb after a plural subject has ("aid" VB of "Japan pledges aid to Chad", "calls" VBZ of "Chad
# rejects calls for talks"; not "fall" VBP of "Army shells fall on village")
OBJECT_READ_VERB_TAGS = frozenset({"VB", "VBZ"})


def _object_misread(tokens: Doc | Span) -> tuple[Token, Token, str] | None:
    """A headline's verb that the tagger read as the plural subject of its object, which it read as
    the root verb in a form that disagrees with a plural subject (``OBJECT_READ_VERB_TAGS``: "Japan
    pledges aid to Chad": "pledges" NNS subject of "aid" VB; "Chad rejects calls for talks"), as
    (verb, object, the verb's lemma): the plural stands right after a word
    naming an actor, its stem is a verb of the event lexicon that names no event as a noun
    ("talks", "strikes", "sanctions" of "Iran talks stall" are the subject), with a sense that
    takes this object; the root is a noun in WordNet and has no object of its own."""
    nouns = noun_lemmas()
    for root in tokens:
        if root.dep_ != "ROOT" or root.tag_ not in OBJECT_READ_VERB_TAGS or root.i < 2:
            continue
        verb, before = root.doc[root.i - 1], root.doc[root.i - 2]
        if verb.tag_ not in ("NNS", "VBZ") or verb.dep_ != "nsubj" or verb.head.i != root.i:
            return None
        if not names_actor(before):
            return None
        if any(c.dep_ in ("dobj", "aux") for c in root.children):
            return None
        thing = root.lemma_.lower() if root.tag_ == "VBZ" else root.lower_
        if thing not in nouns:
            return None
        word = verb.lower_
        stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
        for stem in stems:
            if stem in lexicon().nouns:
                return None
            senses = [
                s
                for s in lexicon().verbs.get(stem, ())
                if not s.no_object and not s.light_only and (not s.objects or thing in s.objects)
            ]
            if senses:
                return verb, root, stem
        return None
    return None


def _voicing_read_as_noun(parsed: Doc) -> bool:
    """Retag a headline's verb voicing an intent noun read as the noun's subject
    (``_voicing_misread``), or any verb read as the subject of its object (``_object_misread``):
    the verb the root and the noun its object, the noun before it its subject. Whether it was
    retagged."""
    found = _voicing_misread(parsed) or _object_misread(parsed)
    if found is None:
        return False
    verb, noun, stem = found
    subject = parsed[verb.i - 1]
    plural = noun.tag_ == "VBZ"
    thing = noun.lemma_.lower() if plural else noun.lower_
    verb.tag_, verb.pos_, verb.lemma_, verb.dep_ = "VBZ", "VERB", stem, "ROOT"
    verb.head = verb
    noun.tag_, noun.pos_, noun.lemma_, noun.dep_ = "NNS" if plural else "NN", "NOUN", thing, "dobj"
    noun.head = verb
    if subject.head.i == verb.i:
        subject.dep_ = "nsubj"
    for child in noun.children:
        if child.dep_ == "xcomp":
            child.dep_ = "acl"
    return True


def _verbs_read_as_nouns(parsed: Doc) -> bool:
    """Retag the root of a headline that the tagger read as a plural noun (``_noun_read_verb``): a
    headline's present tense; and make the name after a headline's verb its object
    (``_misread_object``). Whether a root was retagged."""
    retagged = False
    # the object a root read as a noun is hung with, found while it is still read so
    objects: dict[int, Token | None] = {}
    for token in parsed:
        lemma = _noun_read_verb(token)
        if lemma is None:
            continue
        objects[token.i] = _misread_object(token)
        token.tag_ = "VBP" if lemma == token.lower_ else "VBZ"
        token.pos_, token.lemma_ = "VERB", lemma
        retagged = True
    for token in parsed:
        if token.dep_ == "ROOT" and token.pos_ == "VERB":
            # the noun or name read as the verb's modifier is its subject ("Premier" of "Premier
            # slams", "Pakistan" of "Pakistan expels", "Kovacs" of "Kovacs denounces Farkas")
            before = [c for c in token.children if c.i < token.i]
            # a crowd word read as its count ("Thousands" of "Thousands rally against junta") when
            # the root was read as a noun
            counts = ("nummod",) if token.i in objects else ()
            modifiers = [
                c
                for c in before
                if c.dep_ == "compound" or c.dep_ in counts or (c.dep_ == "amod" and c.text[:1].isupper())
            ]
            if modifiers and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in before):
                modifiers[-1].dep_ = "nsubj"
            _modifiers_to_subject(token)
            name = objects[token.i] if token.i in objects else _misread_object(token)
            if name is not None:
                name.dep_ = "dobj"
            _label_read_as_object(token)
    return retagged


# what the parse may hang on a headline's verb that belongs to the subject before it ("Angola" of
# "Angola police arrest ...", "Peru's" of "Peru's army attacks ...", but not a time: "Sunday")
SUBJECT_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "npadvmod"})
# entity types of a noun phrase hung on the verb as its time, not as a part of its subject
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# and the entity types of a name the parse hangs on it by a link of no kind or as a second subject
# ("dep": "Chile" of "Chile police arrest ...")
PLACE_ENTITIES = frozenset({"GPE", "NORP"})


def _modifiers_to_subject(verb: Token) -> None:
    """Hang on the subject of a headline's verb the modifiers the parse hung on the verb that stand
    right before the subject ("Angola police arrest leader": "Angola" a compound of "arrest"; "Peru's
    army attacks rebels": "Peru" its possessor), so that the subject phrase holds the country or
    the owner that places its actor."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    # of two subjects the parse gives it, the nearer is the subject and the other may modify it
    # ("Brazil" of "Brazil opposition rejects results")
    subject = subjects[-1] if subjects else None
    before = verb.doc[verb.i - 1] if verb.i else None
    if subject is None and before is not None and before.head == verb and before.dep_ in ("npadvmod", "nmod"):
        # an actor noun or a place's name right before the verb read as its adverbial or modifier
        # ("police" of "Indonesia police arrest leader", "Bosnia and Herzegovina summons envoy")
        # is its subject
        named = before.ent_type_ == "GPE"
        if named or (
            before.dep_ == "npadvmod"
            and before.ent_type_ not in TIME_ENTITIES
            and agent_noun(before.lower_, before.lemma_.lower())
        ):
            before.dep_ = "nsubj"
            subject = before
    if subject is None:
        return
    if _disagrees(subject, verb):
        # the noun phrase's own verb comes after: what the parse took for the object is not the
        # target of the event the plural noun names ("residents" of "police raids anger residents")
        for child in verb.children:
            if child.dep_ == "dobj" and child.i > verb.i:
                child.dep_ = "dep"
    for modifier in reversed([c for c in verb.children if c.i < subject.i]):
        named_place = modifier.dep_ in ("dep", "nsubj") and modifier.ent_type_ in PLACE_ENTITIES
        if modifier.dep_ not in SUBJECT_MODIFIER_DEPS and not named_place:
            break
        if modifier.pos_ not in NOMINAL_POS | {"ADJ"}:
            break
        if modifier.ent_type_ in TIME_ENTITIES or modifier.like_num or _time_word(modifier):
            break
        if modifier.right_edge.i + 1 != subject.left_edge.i:
            break
        modifier.head = subject
        if named_place:
            modifier.dep_ = "compound"


def _disagrees(subject: Token, verb: Token) -> bool:
    """Whether a verb in -s follows a plural subject ("police raids anger residents": "raids" VBZ
    after "police", ``plural_nouns``): a plural noun of a noun phrase read as the verb."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        # a name in -s is no plural ("Philippines arrests fishermen")
        return False
    return verb.tag_ == "VBZ" and (subject.tag_ == "NNS" or subject.lower_ in plural_nouns())


# the classes of ``time_lexicon.json`` whose words name a time of their own ("Night" of "Night police
# raids ...", "Dawn" of "Dawn police raids ...", "Day" of "May Day police arrest ...")
TIME_WORD_CLASSES = (
    "weekdays",
    "units",
    "deictic_days",
    "parts_of_day",
    "clock_words",
    "seasons",
    "day_edges",
)


@cache
def _time_words() -> frozenset[str]:
    """The words of ``time_lexicon.json`` that name a time (``TIME_WORD_CLASSES`` and the months),
    without the abbreviations and month names that are also common words or names ("Sun", "May")."""
    lexicon_ = load_json("time_lexicon.json")
    words = {w for key in TIME_WORD_CLASSES for w in lexicon_[key]} | set(lexicon_["months"])
    return frozenset(
        words - set(lexicon_["weekday_abbreviations_need_period"]) - set(lexicon_["ambiguous_months"])
    )


def _time_word(token: Token) -> bool:
    """Whether a modifier the parse hangs on a headline's verb is a time word the entity tagger
    missed (``_time_words``), not a part of the subject; a possessor is a name ("May's")."""
    return token.dep_ != "poss" and token.lower_ in _time_words()


def _label_read_as_object(verb: Token) -> None:
    """Make the name a verb of naming calls something its object, when the parse read the quoted
    label as the object and hung the name on it ("calls Berg 'a danger'": "danger" the object,
    "Berg" its modifier): the name becomes the object and the label its complement."""
    if verb.lemma_.lower() not in cues().naming_verbs:
        return
    label = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if label is None or sum(c.dep_ == "dobj" for c in verb.children) > 1:
        return
    quote = next((t for t in label.doc[verb.i + 1 : label.i] if t.is_quote), None)
    if quote is None:
        return
    name = next((c for c in label.children if c.i < quote.i and c.pos_ == "PROPN"), None)
    if name is None:
        return
    name.head, name.dep_ = verb, "dobj"
    label.dep_ = "oprd"


# what the parse may make of a headline's verb read as a plural noun inside the name phrase it
# stands between ("Mayor denounces Berg over cuts": "denounces" a compound of "Berg")
NOUN_READ_DEPS = frozenset({"compound", "nmod", "amod"})
NOMINAL_POS = frozenset({"PROPN", "NOUN"})
# and what it may make of a base-form verb after its plural subject, taking the object phrase after
# it for the verb's subject ("Riot police disperse crowd": "disperse" the subject of "crowd")
BASE_READ_DEPS = NOUN_READ_DEPS | {"nsubj"}


def _verb_in_phrase(parsed: Doc | Span) -> int | None:
    """The index of the verb of a headline without one that the parse read as a plural noun
    modifying the name after it ("Mayor denounces Berg over cuts", "Kovacs thanks Mayor Berg"): a
    plural noun in a compound or modifier link, after a name or noun (a capitalised word) and
    before a name or noun, modifying a word that names an actor (``names_actor``), whose stem is
    a verb of the event lexicon or the CAMEO dictionary that codes one type (``verb_types``); or a
    base-form verb read as a noun after its plural subject (``_base_verb``: "Rebels attack army
    base", "Riot police disperse crowd"); else None."""
    for token in parsed:
        if token.dep_ in BASE_READ_DEPS and token.head.i > token.i and _base_verb(token):
            return token.i
        apposed = token.dep_ == "appos" and token.head.i == token.i - 1 and token.head.dep_ == "ROOT"
        if apposed and _base_verb(token):
            # or as an apposition of its subject ("Tens of thousands march in the capital": "march" an
            # apposition of "thousands")
            return token.i
    # a verb the parse hangs on a noun as its modifier is no clause's verb ("attacks" VBZ of "army
    # attacks guerrilla camps", "rebel" VBP of "army shells rebel positions")
    if any(_finite(t) and t.dep_ not in NOUN_READ_DEPS for t in parsed):
        return None
    for token in parsed:
        # a lower-case word read as a name is a misread too ("subpoenas" NNP), and so is one read
        # as a verb modifying the noun after it
        plural = token.tag_ == "NNS" or (token.tag_ in ("NNP", "NNPS") and token.text.islower())
        plural = plural or (token.tag_ == "VBZ" and token.dep_ in NOUN_READ_DEPS)
        if token.i == 0 or token.i + 1 >= len(parsed) or not plural:
            continue
        # or read as the subject of the noun after it, the line's root ("Judge sentences activist
        # to ten years": "sentences" the subject of "activist")
        # or of a noun modifying it ("Angola army bombs rebel camp": "bombs" the subject of "rebel")
        root_noun = token.head.dep_ == "ROOT" and token.head.pos_ in NOMINAL_POS
        subject_of_root = token.dep_ == "nsubj" and (root_noun or _root_modifier(token.head))
        if (token.dep_ not in NOUN_READ_DEPS and not subject_of_root) or token.head.i <= token.i:
            continue
        before, after = parsed[token.i - 1], parsed[token.i + 1]
        # a name before it may be read as an adjective ("Kovacs" JJ)
        # the word after it may be read as a verb modifying its object ("rebel" VBP)
        opens = after.pos_ in NOMINAL_POS or _root_modifier(after)
        if not (before.pos_ in NOMINAL_POS or before.text[:1].isupper()) or not opens:
            continue
        if not (names_actor(token.head) or _office_holder(before) or _recipient_named(token, before)):
            # the phrase names a thing: "Iran sanctions relief", "Russia sanctions package"
            continue
        if _verb_stem(token.lower_) is not None:
            return token.i
    return None


def _recipient_named(token: Token, before: Token) -> bool:
    """Whether a plural noun read as a modifier of the noun after it, after a word naming an actor,
    is a verb whose frame senses take the object of a preposition as their target, and the noun
    after it has such a phrase naming an actor ("Japan pledges aid to Kenya": "to Kenya" the
    recipient of "pledge"): doer, act, thing and recipient, which a noun phrase does not line up
    ("Iran sanctions relief", "US arms sales to Taiwan": "arm" takes no such phrase)."""
    stem = _verb_stem(token.lower_)
    if stem is None or not names_actor(before):
        return False
    preps = {p for sense in lexicon().verbs.get(stem, ()) for p in sense.preps}
    phrases = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ in preps]
    return any(o.dep_ == "pobj" and names_actor(o) for c in phrases for o in c.children)


def _root_modifier(token: Token) -> bool:
    """Whether a word is read as a compound of a noun that is the line's root ("rebel" of "rebel
    camp", whatever its tag)."""
    return token.dep_ == "compound" and token.head.dep_ == "ROOT" and token.head.pos_ in NOMINAL_POS


def _office_holder(token: Token) -> bool:
    """Whether a word is a singular common noun for a person by role ("Minister", "Senator",
    ``nlp.noun_kinds.agent_noun``), no place's name: the doer of the plural form after it, which
    it does not modify as a place or a body modifies a noun ("Minister pledges aid for farmers";
    "Iran sanctions relief")."""
    if token.tag_ not in ("NN", "NNP") or token.ent_type_ in ("GPE", "LOC", "NORP", "FAC"):
        return False
    return agent_noun(token.lower_, token.lemma_.lower())


def _verb_stem(word: str) -> str | None:
    """The stem of a present-tense verb form ("denounces", "thanks") that codes one event type as a
    verb (``verb_types``), else None."""
    stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return next((s for s in stems if verb_types(s)), None)


# prepositions whose phrase after a thing is the thing's own ("aid for farmers", "release of
# journalists")
NOUN_OWN_PREPS = frozenset({"of", "for"})


def _with_verb(parsed: Doc, at: int) -> Doc:
    """A copy of a headline's parse with the plural noun at ``at`` read as its verb
    (``_verb_in_phrase``): the root, in the present tense, with the phrase before it as its subject
    and the phrase after it as its object, to which the rest of the line stays attached."""
    verb = parsed[at]
    if verb.head.i < at:
        return _with_apposed_verb(parsed, at)
    right = verb.head
    while right.head.i != right.i and right.head.i > at:
        right = right.head
    left = _subject_before(verb) if _base_verb(verb) else parsed[at - 1]
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    tags = [t.tag_ for t in parsed]
    pos = [t.pos_ for t in parsed]
    lemmas = [t.lemma_ for t in parsed]
    if left.dep_ in ("conj", "appos") and _last_conjunct(left):
        # a coordinated subject ("Japan and South Korea") is headed by its first conjunct
        left = left.head
    qualifier = parsed[left.i + 1] if left.i + 1 < at and parsed[left.i + 1].pos_ == "ADP" else None
    for t in parsed[:at]:
        if heads[t.i] >= at and t.i != left.i:
            # the subject phrase hangs on its head (its last word, or its first conjunct), a phrase
            # that places it on its preposition ("Police in Oslo")
            heads[t.i] = left.i if qualifier is None or t.i <= qualifier.i else qualifier.i
    if qualifier is not None:
        heads[qualifier.i], deps[qualifier.i] = left.i, "prep"
        phrase = parsed[qualifier.i + 1 : at]
        inside = {t.i for t in phrase}
        for t in phrase:
            if heads[t.i] not in inside or heads[t.i] == t.i:
                heads[t.i], deps[t.i] = qualifier.i, "pobj"
    for t in parsed[at + 1 :]:
        if heads[t.i] < at:
            heads[t.i] = right.i
    # the old root's prepositional phrases modify the act ("Berg over cuts", "fire tear gas at
    # protesters"), but for an "of" or "for" phrase of a thing ("pledges aid for farmers")
    own = () if names_actor(right) else NOUN_OWN_PREPS
    for t in parsed[at + 1 :]:
        if heads[t.i] == right.i and deps[t.i] == "prep" and t.lower_ not in own:
            heads[t.i] = at
    heads[left.i], deps[left.i] = at, "nsubj"
    if left.pos_ not in NOMINAL_POS:
        # a name the tagger read as an adjective
        tags[left.i], pos[left.i] = "NNP", "PROPN"
    heads[right.i], deps[right.i] = at, "dobj"
    clause = next((t for t in parsed[right.i + 1 :] if t.dep_ == "ROOT" and _finite(t)), None)
    if clause is not None and verb.lower_ in _clause_verbs():
        # "Rebels in Mali claim army shelled villages": the phrase after the verb is the subject
        # of the clause it takes
        heads[right.i], deps[right.i] = clause.i, "nsubj"
        heads[clause.i], deps[clause.i] = at, "ccomp"
    heads[at], deps[at] = at, "ROOT"
    if _base_verb(verb):
        tags[at], pos[at], lemmas[at] = "VBP", "VERB", verb.lower_
    else:
        tags[at], pos[at], lemmas[at] = "VBZ", "VERB", _verb_stem(verb.lower_) or verb.lemma_
    return copy_parse(parsed, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def _with_apposed_verb(parsed: Doc, at: int) -> Doc:
    """A copy of a headline's parse with the base-form verb at ``at`` that the parse hung on its
    subject as an apposition read as its verb: the root, in the present tense, the noun before it
    its subject, and whatever hung on that noun after the verb the verb's own."""
    subject = parsed[at].head
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    tags = [t.tag_ for t in parsed]
    pos = [t.pos_ for t in parsed]
    lemmas = [t.lemma_ for t in parsed]
    for t in parsed[at + 1 :]:
        if heads[t.i] == subject.i:
            heads[t.i] = at
    if heads[subject.i] == subject.i:
        heads[subject.i] = at
    deps[subject.i] = "nsubj"
    heads[at], deps[at] = at, "ROOT"
    tags[at], pos[at], lemmas[at] = "VBP", "VERB", parsed[at].lower_
    return copy_parse(parsed, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def read_verb_in_phrase(parsed: Doc, names: set[str] | None = None) -> Doc:
    """``parsed``, or a copy with a headline's verb read as a noun inside a name phrase read as
    its verb (``_verb_in_phrase``), or with its plan read as an infinitive relative clause read as
    its predicate (``_planned_infinitive``; ``names``: the words the story writes as names)."""
    at = _verb_in_phrase(parsed)
    if at is not None:
        return _with_verb(parsed, at)
    at = _planned_infinitive(parsed, names)
    if at is not None:
        return _with_plan(parsed, at)
    subject = _comma_subject(parsed)
    if subject is not None:
        return _with_comma_verbs(parsed, subject)
    pair = _comma_pair(parsed)
    return parsed if pair is None else _with_comma_pair(parsed, pair)


# the parts of speech of a name or noun that opens one side of a headline's pair, and the links
# by which a verb's auxiliaries stand between it and its subject ("to" of "A, B to meet")
PAIR_POS = frozenset({"NOUN", "PROPN"})
PAIR_AUX_DEPS = frozenset({"aux", "neg", "auxpass"})


def _phrase_root(tokens: list[Token]) -> Token | None:
    """The one word of a run of words that the parse hangs outside it, when the run holds no
    punctuation and only one such word; else None."""
    if not tokens or any(t.is_punct or t.is_space for t in tokens):
        return None
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return roots[0] if len(roots) == 1 else None


def _comma_pair(parsed: Doc | Span) -> tuple[Token, Token, Token] | None:
    """(first, second, verb) of a headline that opens with two actors joined by a comma, as
    headlines write "A and B" ("Putin, Erdogan discuss Syria", "Abe, Modi to meet in Tokyo",
    "Sudan army, RSF agree to resume talks"), when the parse made them anything but a subject and
    its conjunct (the first a modifier of the verb, the second its subject or the first's
    apposition): the line's root verb in the plural present, base form or past, right after the
    second (or its auxiliaries), each side a phrase with one head that names an actor or is a
    name. A place and the country it lies in ("Paris, France") is one place."""
    doc = parsed.doc if isinstance(parsed, Span) else parsed
    start = parsed.start if isinstance(parsed, Span) else 0
    tokens = list(parsed)
    verb = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBP", "VB", "VBD"):
        return None
    commas = [t for t in tokens if t.text == "," and t.i < verb.i]
    if len(commas) != 1:
        return None
    comma = commas[0]
    end = verb.i
    while end > comma.i + 1 and doc[end - 1].dep_ in PAIR_AUX_DEPS and doc[end - 1].head.i == verb.i:
        end -= 1
    first = _phrase_root(list(doc[start : comma.i]))
    second = _phrase_root(list(doc[comma.i + 1 : end]))
    if first is None or second is None:
        return None
    if second.dep_ == "conj" and second.head.i == first.i and first.dep_ == "nsubj":
        return None
    for side in (first, second):
        name = side.text[:1].isupper() and side.pos_ in (*PAIR_POS, "ADJ")
        if not (name or (side.pos_ in PAIR_POS and names_actor(side))):
            return None
    if _town_region(first, second) and doc[comma.i + 1 : end].text.lower() in _container_names():
        # a place and the country it lies in ("Paris, France") is one place
        return None
    return first, second, verb


def _town_region(first: Token, second: Token) -> bool:
    """Whether the two sides of a headline's comma are a town and the country, state or province
    it lies in, which the second side opens ("Paris, France", "Dayton, Ohio mayors":
    ``_container_names``); a country is no town ("Israel, Egypt")."""
    doc = second.doc
    start = next(t.i for t in doc[first.i : second.i + 1] if t.text == ",") + 1
    opening = {doc[start:k].text.lower() for k in range(start + 1, second.i + 2)}
    return bool(opening & _container_names()) and first.lower_ not in _country_names()


@cache
def _country_names() -> frozenset[str]:
    """The one-word names of countries (``knowledge/countries.tsv``), in lower case."""
    return frozenset(n.lower() for c in countries() for n in c.names if n.isalpha())


@cache
def _container_names() -> frozenset[str]:
    """The names, in lower case, of the countries and of the regions that lie in one country
    (``knowledge/regions.tsv``: states, provinces, first-level divisions) that a place may be
    written with ("Springfield, Illinois")."""
    inside = {r.name.lower() for r in regions() if r.country and r.feature in ("admin", "region")}
    return _country_names() | frozenset(inside)


def _with_comma_pair(parsed: Doc, pair: tuple[Token, Token, Token]) -> Doc:
    """A copy of a headline's parse with the pair ``_comma_pair`` found read as "A and B": the
    first the verb's subject, the second its conjunct, the comma between them a mark of the first;
    a town before people of its state (``_town_region``) a modifier of the second, the subject."""
    first, second, verb = pair
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    tags = [t.tag_ for t in parsed]
    pos = [t.pos_ for t in parsed]
    comma = next(t for t in parsed[first.i : second.i] if t.text == ",")
    heads[comma.i], deps[comma.i] = first.i, "punct"
    if _town_region(first, second):
        # "Dayton, Ohio mayors meet the governor": the people of the second side, of the town
        heads[second.i], deps[second.i] = verb.i, "nsubj"
        heads[first.i], deps[first.i] = second.i, "nmod"
        return copy_parse(parsed, deps=deps, heads=heads, tags=tags, pos=pos)
    heads[first.i], deps[first.i] = verb.i, "nsubj"
    heads[second.i], deps[second.i] = first.i, "conj"
    for side in (first, second):
        if side.pos_ == "ADJ":
            # a name the tagger read as an adjective ("Trump" JJ)
            tags[side.i], pos[side.i] = "NNP", "PROPN"
    return copy_parse(parsed, deps=deps, heads=heads, tags=tags, pos=pos)


# present-tense tags of the verbs a headline joins by a comma ("bans flights, freezes assets")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _comma_subject(parsed: Doc | Span) -> Token | None:
    """The noun a headline's parse made the subject of a second verb after a comma though it is
    the first verb's object ("EU bans Russian flights, freezes assets": "flights" the subject of
    "freezes"): a headline joins two acts of one subject by a comma. Both verbs in the present, the
    second a clausal complement or conjunct of the line's root right after the comma, the first
    with no object of its own and the whole phrase between it and the comma that noun's; else
    None."""
    doc = parsed.doc if isinstance(parsed, Span) else parsed
    for verb in parsed:
        if verb.tag_ not in PRESENT_TAGS or verb.dep_ not in ("ccomp", "conj") or verb.i < 3:
            continue
        root, comma = verb.head, doc[verb.i - 1]
        if root.dep_ != "ROOT" or root.tag_ not in PRESENT_TAGS or root.i >= verb.i or comma.text != ",":
            continue
        if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") and c.i != verb.i for c in root.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in NOMINAL_POS or not root.i < subject.i < comma.i:
            continue
        if root.lemma_.lower() in cues().reporting_verbs:
            # "Police say suspect, 25, confesses": what is said
            continue
        phrase = doc[root.i + 1 : comma.i]
        if all(t.i in {d.i for d in subject.subtree} and t.text != "," for t in phrase):
            return subject
    return None


def _with_comma_verbs(parsed: Doc, subject: Token) -> Doc:
    """A copy of a headline's parse with the noun ``_comma_subject`` found the object of the root
    and the verb after the comma a conjunct of the root, sharing its subject."""
    root = parsed[subject.i].head.head if subject.head.dep_ != "ROOT" else subject.head
    verb = subject.head
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    heads[subject.i], deps[subject.i] = root.i, "dobj"
    heads[verb.i], deps[verb.i] = root.i, "conj"
    comma = parsed[verb.i - 1]
    heads[comma.i], deps[comma.i] = root.i, "punct"
    return copy_parse(parsed, deps=deps, heads=heads)


# marks by which a headline joins two clauses, each with its own subject ("A pleads guilty; B jailed")
CLAUSE_JOINS = frozenset({";", ","})
# subject links a clause of its own has
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _joined_clause(parsed: Doc | Span) -> Token | None:
    """The verb of a headline's first clause that the parse hung on the second clause's verb as its
    clausal complement though a semicolon or comma joins them, each with its own subject ("Clerk
    pleads guilty; two aides sentenced"): two acts the headline tells, not one said by the other.
    None when the second verb tells what the first clause says (``_says_the_clause``: "Clerk pleads
    guilty, police say")."""
    for verb in parsed:
        if verb.dep_ != "ccomp" or verb.tag_ not in PRESENT_TAGS | {"VBD"}:
            continue
        root = verb.head
        if root.dep_ != "ROOT" or root.i < verb.i or _says_the_clause(root):
            continue
        if not any(c.text in CLAUSE_JOINS and verb.i < c.i < root.i for c in root.children):
            continue
        own = any(c.dep_ in OWN_SUBJECT_DEPS for c in verb.children)
        if own and any(c.dep_ in OWN_SUBJECT_DEPS and verb.i < c.i < root.i for c in root.children):
            return verb
    return None


def _says_the_clause(root: Token) -> bool:
    """Whether a headline's last verb tells what its clause before says: a verb that takes a clause
    (``_clause_verbs``: "..., police say", "..., army denies") or a verb of speech of the quote
    lexicon with no object of its own ("..., residents complain"; "..., Dorn protests the move" is
    an act of its own)."""
    lemma = root.lemma_.lower()
    if lemma in _clause_verbs():
        return True
    return lemma in quote_cues().clausal and not any(c.dep_ == "dobj" for c in root.children)


def with_joined_clauses(parsed: Doc) -> Doc:
    """A copy of a headline's parse with the clauses ``_joined_clause`` found read as two
    sentences, the mark between them closing the first; the parse itself when there is none."""
    verb = _joined_clause(parsed)
    if verb is None:
        return parsed
    root = verb.head
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    for mark in (c for c in root.children if c.text in CLAUSE_JOINS and verb.i < c.i < root.i):
        heads[mark.i] = verb.i
    return copy_parse(parsed, deps=deps, heads=heads)


# links by which the parse hangs a headline's subject on its plan's infinitive read as the root
# ("Zelensky" an adverb of "to meet Trump")
PLAN_MODIFIER_DEPS = frozenset({"advmod", "npadvmod", "dep", "nmod"})


def _planned_infinitive(parsed: Doc | Span, names: set[str] | None = None) -> int | None:
    """The index of the infinitive of a headline's plan that the parse hung on the noun before it
    as a relative or adverbial clause ("Pope to meet Israeli president": "meet" a relcl of "Pope",
    as of "a book to read"; "Chancellor to debate pensions with unions": an advcl): an infinitive
    right after its "to", which comes right after a root noun (or one the parse hangs on the next
    line) that names an actor (``names_actor``) or is a name the story writes capitalised
    (``names``, else ``_names`` of its own text), with an object of its own, in a line with no
    other verb; else None. A label's infinitive has the noun for its object and none of its own
    ("Places to visit in Lima", "Books to read"). The noun may close a coordination ("Japan,
    Philippines to hold talks": the pair's first the root), or be hung on the infinitive read as
    the root as its modifier (``PLAN_MODIFIER_DEPS``: "Envoy to meet rebels" with "Envoy" an
    adverb)."""
    for token in parsed:
        if token.tag_ != "VB" or token.i < 2:
            continue
        to = parsed[token.i - 1]
        if token.dep_ == "ROOT":
            noun = parsed[token.i - 2]
            if noun.dep_ not in PLAN_MODIFIER_DEPS or noun.head.i != token.i or noun.left_edge.i != noun.i:
                continue
        elif token.dep_ in ("relcl", "acl", "advcl"):
            noun = token.head
        else:
            continue
        # the story's parse may hang the line's noun on a verb of the next line
        loose = noun.dep_ == "ROOT" or noun.head.i > parsed[-1].i or noun.head.i == token.i
        before = parsed[token.i - 2]
        joined = before.i == noun.i + 2 and parsed[noun.i + 1].lower_ in (",", "and")
        joined = joined and (names_actor(before) or before.pos_ == "PROPN")
        if not loose or (noun.i != token.i - 2 and not joined) or to.lower_ != "to" or to.head.i != token.i:
            continue
        if not any(c.dep_ == "dobj" for c in token.children):
            continue
        if not (names_actor(noun) or noun.text in (_names(noun.doc) if names is None else names)):
            continue
        if any(_finite(t) for t in parsed if t.i != token.i and t.head.i != token.i):
            continue
        return token.i
    return None


def _with_plan(parsed: Doc, at: int) -> Doc:
    """A copy of a headline's parse with the infinitive at ``at`` (``_planned_infinitive``) its root
    and the noun it hung on its subject ("Pope to meet Israeli president" as "Premier to meet ..."),
    a pair's second its conjunct ("Japan, Philippines to hold talks")."""
    verb = parsed[at]
    noun = verb.head if verb.dep_ != "ROOT" else parsed[at - 2]
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    heads[noun.i], deps[noun.i] = at, "nsubj"
    before = parsed[at - 2]
    if before.i == noun.i + 2:
        # the pair's second ("Iran" of "US, Iran to resume talks") is the subject's conjunct
        heads[before.i], deps[before.i] = noun.i, "conj"
        heads[noun.i + 1], deps[noun.i + 1] = noun.i, "punct" if parsed[noun.i + 1].is_punct else "cc"
    heads[at], deps[at] = at, "ROOT"
    for t in parsed:
        if t.i != at and heads[t.i] == noun.i and t.i > at:
            # a phrase after the plan hangs on it ("to meet the envoy in Rome")
            heads[t.i] = at
    return copy_parse(parsed, deps=deps, heads=heads)


def parse_misread_headline(doc: Doc, parse: Callable[[str], Doc]) -> Doc | None:
    """The first line parsed on its own when it is a headline (not in Title Case, which
    ``parse_headline`` reads) whose verb the text's parse read as a plural noun ("Pakistan expels
    envoy for spying": "expels" NNS with the object "envoy"; or inside a name phrase,
    ``_verb_in_phrase``), or whose plan it read as a relative clause (``_planned_infinitive``),
    with that verb retagged; else None. The story's parse of the line is kept for the entities;
    only the event coder reads this one."""
    head = first_line(doc)
    if head is None:
        return None
    misread = _verb_in_phrase(head) is not None or _planned_infinitive(head) is not None
    misread = misread or _comma_subject(head) is not None or _comma_pair(head) is not None
    misread = misread or _voicing_misread(head) is not None or _object_misread(head) is not None
    misread = misread or _joined_clause(head) is not None
    attribution = _misread_attribution(head)
    if not (misread or attribution is not None or any(_noun_read_verb(t) for t in head)):
        return None
    text = doc_text(doc)
    line = text[: text.find("\n")]
    if _last_parse and _last_parse[0][0] == ("line", line):
        return _last_parse[0][1]
    parsed = parse(line) if attribution is None else _attributed(line, attribution, parse)
    if parsed is None:
        return None
    retagged = _voicing_read_as_noun(parsed) | _verbs_read_as_nouns(parsed)
    parsed = with_joined_clauses(read_verb_in_phrase(parsed, _names(doc)))
    if not retagged and not any(t.dep_ == "ROOT" and t.pos_ == "VERB" for t in parsed):
        return None
    _last_parse[:] = [(("line", line), parsed)]
    return parsed


# the most words of the speaker of a headline's closing attribution ("..., White House says")
MAX_ATTRIBUTION_WORDS = 4


def _misread_attribution(head: Span) -> int | None:
    """The offset (in the line) of the comma before a headline's closing attribution, a speaker of
    one to ``MAX_ATTRIBUTION_WORDS`` words and a reporting verb ending the line ("Biden will not
    meet Putin, White House says"), when the parse hangs the word before the comma on the
    attribution's words (a name read into the speaker's: "Putin, White House"); else None."""
    tokens = [t for t in head if not t.is_space]
    commas = [t for t in tokens if t.text == ","]
    if not commas or len(tokens) < 5:
        return None
    comma = commas[-1]
    tail = [t for t in tokens if t.i > comma.i]
    said = tail[-1] if tail else None
    if said is None or said.lemma_.lower() not in cues().reporting_verbs or said.tag_ not in PRESENT_TAGS:
        return None
    if not 1 <= len(tail) - 1 <= MAX_ATTRIBUTION_WORDS or comma.i - head.start < 3:
        return None
    before = head.doc[comma.i - 1]
    if not (comma.i < before.head.i <= said.i):
        return None
    return comma.idx - head.start_char


def _attributed(line: str, comma: int, parse: Callable[[str], Doc]) -> Doc | None:
    """A headline with a closing attribution (``_misread_attribution``) parsed in two parts, the
    reported clause and the attribution, joined back: the clause's root a clausal complement of
    the reporting verb, the comma a mark of that verb; None when the parts do not give the line's
    own words."""
    clause, tail = parse(line[:comma]), parse(line[comma + 1 :].lstrip())
    gap = line[comma + 1 :][: len(line[comma + 1 :]) - len(line[comma + 1 :].lstrip())]
    said = next((t for t in tail if t.dep_ == "ROOT"), None)
    root = next((t for t in clause if t.dep_ == "ROOT"), None)
    if said is None or root is None or said.i != len(tail) - 1 or not gap:
        return None
    n = len(clause) + 1
    words = [t.text for t in clause] + [","] + [t.text for t in tail]
    spaces = [bool(t.whitespace_) for t in clause][:-1] + [False, True] + [bool(t.whitespace_) for t in tail]
    written = "".join(w + (" " if sp else "") for w, sp in zip(words, spaces, strict=True))
    if written.rstrip() != line.rstrip():
        return None
    heads = [t.head.i for t in clause] + [said.i + n] + [t.head.i + n for t in tail]
    deps = [t.dep_ for t in clause] + ["punct"] + [t.dep_ for t in tail]
    heads[root.i], deps[root.i] = said.i + n, "ccomp"
    return Doc(
        clause.vocab,
        words=words,
        spaces=spaces,
        tags=[t.tag_ for t in clause] + [","] + [t.tag_ for t in tail],
        pos=[t.pos_ for t in clause] + ["PUNCT"] + [t.pos_ for t in tail],
        deps=deps,
        heads=heads,
        lemmas=[t.lemma_ for t in clause] + [","] + [t.lemma_ for t in tail],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in clause]
        + ["O"]
        + [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in tail],
    )


# names the tagger reads as names, one per length, to stand in for a person's name that a
# headline's parse reads as a common word ("Trump" as a verb, "Sanders" and "Pence" as plural nouns)
STAND_IN_NAMES = {
    n: name
    for name in ("Lee", "Ross", "Kelly", "Carter", "Johnson", "Anderson", "Fernandez", "Richardson")
    for n in (len(name),)
}
PROPER_TAGS = frozenset({"NNP", "NNPS"})
# the links by which a parse hangs a name it reads as a name
NAME_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "poss", "conj", "nmod", "dative", "attr", "appos"}
)
# stand-in names of countries, by length, that the tagger reads as the names of places wherever
# they stand, for the name of a country it misreads (a verb: "Belize" of "Belize expels envoy"; an
# organisation hung on the verb as an adverb: "Nauru" of "Nauru frees aid workers")
STAND_IN_COUNTRIES = {
    4: ("Peru", "Iran"),
    5: ("Kenya", "Japan"),
    6: ("France", "Poland"),
    7: ("Germany", "Nigeria"),
    8: ("Pakistan", "Thailand"),
    9: ("Indonesia", "Argentina"),
    10: ("Bangladesh",),
    11: ("Afghanistan",),
}


def _person_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every mention of a person of the story (``doc._.entities``)."""
    entities = doc._.entities if doc.has_extension("entities") else None
    return [
        (int(m["start"]), int(m["end"]))
        for e in entities or ()
        if e.get("type") == "PERSON"
        for m in e.get("mentions", ())
    ]


def _misread_countries(tokens: list[Token], people: list[tuple[int, int]]) -> list[Token]:
    """The capitalised one-word names of countries of a headline's parse that it reads as no name
    (not a proper noun in a link a name has, ``NAME_DEPS``: "Belize" a verb, "Nauru" an adverb), of
    a length ``STAND_IN_COUNTRIES`` has a stand-in for; none inside the name of a person
    (``people``: "Jordan" of "Jordan Ellis")."""
    return [
        t
        for t in tokens
        if t.is_alpha
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.lower_ in _country_names()
        and len(t) in STAND_IN_COUNTRIES
        and not (t.tag_ in PROPER_TAGS and t.dep_ in NAME_DEPS)
        and t.ent_type_ != "PERSON"
        and not any(a <= t.idx < b for a, b in people)
    ]


def parse_masked_headline(doc: Doc, parse: Callable[[str], Doc], parsed: Doc | None) -> Doc | None:
    """The headline parsed again with a stand-in name (``STAND_IN_NAMES``, of the same length)
    in place of each name of a person of the story that its parse (``parsed``, that of a Title
    Case headline on a line of its own or glued to its story, else the story's own parse of the
    first line) reads as a common word ("Biden mocks Trump over claims": "Trump" a verb; "Sanders
    backs Clinton": "Sanders" a plural noun), and a stand-in country (``STAND_IN_COUNTRIES``) in
    place of each name of a country it reads as no place (``_misread_countries``: "Belize expels
    envoy"), so that the headline's verb is read as its verb; else ``parsed``. Offsets are
    unchanged: the coder reads the story's own words and entities at them."""
    head = first_line(doc)
    if head is None and parsed is None:
        return parsed
    spans = _person_spans(doc)
    tokens = list(parsed) if parsed is not None else list(head or ())
    misread = [
        t
        for t in tokens
        if t.is_alpha
        and t.tag_ not in PROPER_TAGS
        and t.text[:1].isupper()
        and len(t) in STAND_IN_NAMES
        and any(a <= t.idx < b for a, b in spans)
    ]
    stand_ins = {t.idx: STAND_IN_NAMES[len(t)] for t in misread}
    for t in _misread_countries(tokens, spans):
        written = {w.text for w in tokens}
        stand_in = next((n for n in STAND_IN_COUNTRIES[len(t)] if n not in written), None)
        if stand_in is not None and t.idx not in stand_ins:
            misread.append(t)
            stand_ins[t.idx] = stand_in
    if not misread:
        return parsed
    line = parsed.text if parsed is not None else doc_text(doc)[: doc_text(doc).find("\n")]
    text = line
    real = {t.idx: t.text for t in misread}
    for t in misread:
        name = stand_ins[t.idx]
        text = text[: t.idx] + (name.upper() if t.text.isupper() else name) + text[t.idx + len(t) :]
    key = ("masked", text, line)
    if _last_parse and _last_parse[0][0] == key:
        return _last_parse[0][1]
    masked = parse(text)
    _voicing_read_as_noun(masked)
    _verbs_read_as_nouns(masked)
    masked = read_verb_in_phrase(masked)
    if [t.idx for t in masked if t.idx in real] != sorted(real):
        return parsed
    restored = _with_words(masked, real)
    _last_parse[:] = [(key, restored)]
    return restored


def _with_words(parsed: Doc, words: dict[int, str]) -> Doc:
    """A copy of a parse with the words at some offsets written back (the stand-in names replaced
    by the story's own: the actor dictionaries read the names)."""
    return copy_parse(
        parsed,
        words=[words.get(t.idx, t.text) for t in parsed],
        lemmas=[words.get(t.idx, t.lemma_) for t in parsed],
    )


# the verb a headline's colon after its speaker stands for ("Mayor: Council must resign")
COLON_VERB = "says"
MAX_SPEAKER_WORDS = 4
# entities that speak: people and bodies (a place before a colon is a dateline or a topic: "Syria: ...")
SPEAKER_TYPES = frozenset({"PERSON", "ORG"})
MIN_CLAIM_WORDS = 2


def colon_speaker_end(doc: Doc) -> int | None:
    """The offset of the colon of a headline line that opens with its speaker: one to
    ``MAX_SPEAKER_WORDS`` capitalised words, the last in a mention of a person or body of the story
    (``SPEAKER_TYPES``), or words whose last is a common noun of a person's office or role
    (``_speaker_noun``: "Opposition leader: ..."), then a colon, a space and a claim ("Mayor Berg:
    Council must resign"); else None. A topic or a genre label before a colon ("Gymnastics: ...",
    "Tram crash: ...", "Explainer: ...", ``labels.genre_label``) names no speaker, nor does a name
    the story neither names again as a person nor has speak (``speaks_in_story``: "Chelsea: Potter
    'a disgrace'" over a match report)."""
    text = doc_text(doc)
    end = headline_line_end(text)
    if end is None:
        return None
    colon = text.find(":", 0, end)
    if colon <= 0 or text[colon + 1 : colon + 2] != " " or text[colon - 1].isspace():
        return None
    words = text[:colon].split()
    if not 1 <= len(words) <= MAX_SPEAKER_WORDS or not words[0][:1].isupper():
        return None
    if genre_label(text[:colon]):
        # "Analysis: ...", "In Pictures: ...": the kind of piece, no speaker
        return None
    if len(text[colon + 1 : end].split()) < MIN_CLAIM_WORDS:
        return None
    last = colon - len(words[-1])
    if _speaker_noun(doc, last):
        return colon
    if not all(w[:1].isupper() for w in words):
        return None
    entities = doc._.entities if doc.has_extension("entities") else None
    speakers = [
        e
        for e in entities or ()
        if e.get("type") in SPEAKER_TYPES
        and any(int(m["start"]) <= last < int(m["end"]) for m in e.get("mentions", ()))
    ]
    # a person the story names again, or anyone a quotation of the story has speak
    named_again = any(
        e.get("type") == "PERSON" and any(int(m["start"]) >= end for m in e.get("mentions", ()))
        for e in speakers
    )
    if speakers and (named_again or speaks_in_story(doc, words[-1], end)):
        return colon
    return None


def _speaker_noun(doc: Doc, start: int) -> bool:
    """Whether the word at offset ``start`` is a common noun naming people by their office or
    role, outside any name (``agent_noun``: "leader" of "Opposition leader: ...", "chief" of "Army
    chief: ..."): the head of a speaker phrase, where a topic before a colon is no person ("Rebel
    attacks: a timeline", "Analysis: ...")."""
    token = next((t for t in doc if t.idx >= start), None)
    if token is None or token.idx != start or token.ent_type_ or not token.is_alpha:
        return False
    word = token.lower_
    return agent_noun(word, word) or agent_noun(word, token.lemma_.lower())


def speaks_in_story(doc: Doc, word: str, start: int) -> bool:
    """Whether a quotation of the text from offset ``start`` on has a speaker whose words hold
    ``word`` ("Kremlin" of "Kremlin spokesman X said ...", "Hamas" of "Hamas said ...")."""
    quotes = doc._.quotes if doc.has_extension("quotes") else None
    return any(
        int(q.get("speaker_start") or 0) >= start
        and word in re.findall(r"\w+", str(q.get("speaker_text") or ""))
        for q in quotes or ()
    )


# single quotation marks, which the parser reads well only as double ones ("calls Berg 'a liar'")
OPENING_QUOTES = frozenset("'‘")
CLOSING_QUOTES = frozenset("'’")
BEFORE_OPENING = frozenset(" (:—–-")
AFTER_CLOSING = frozenset(" ,.:;!?)")


def quotation_marks(line: str) -> list[int]:
    """The offsets of the single quotation marks of a line that open and close a quotation
    ("calls Berg 'a liar'", "'Not ready'"), in pairs; not an apostrophe ("Berg's", "rock 'n'
    roll" aside, a quotation opens after a space and closes before one)."""
    out: list[int] = []
    opening = None
    for i, char in enumerate(line):
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        if opening is None and char in OPENING_QUOTES and before in BEFORE_OPENING and after.isalnum():
            opening = i
        elif opening is not None and char in CLOSING_QUOTES and (before.isalnum() or before in ".,!?"):
            if after in AFTER_CLOSING:
                out.extend((opening, i))
                opening = None
    return out


def parse_reading(doc: Doc, parse: Callable[[str], Doc], parsed: Doc | None) -> Doc | None:
    """The headline parsed again as the parser reads headlines best, else ``parsed``: with the
    colon after its speaker read as "says" (``colon_speaker_end``: "Senator: Governor 'not fit' to
    lead" as "Senator says Governor 'not fit' to lead"), so that the claim parses as the clause of
    a report, with a genre label's colon read as a full stop (``labels.label_colon``: the label is
    no part of the claim), and with its single quotation marks as double ones
    (``quotation_marks``: "calls Berg 'a liar'" parses "a liar" as the object's complement). The
    headline's own words are written back: offsets and words are those of the text. ``parsed`` is
    the headline's reading so far (sentence-cased, or with stand-in names), else the story's first
    line is read."""
    text = doc_text(doc)
    end = headline_line_end(text)
    if end is None:
        return parsed
    line = parsed.text if parsed is not None else text[:end]
    colon = colon_speaker_end(doc)
    marks = quotation_marks(line)
    label = label_colon(line)
    if colon is None and not marks and label is None:
        return parsed
    chars = list(line)
    for i in marks:
        chars[i] = '"'
    if label is not None:
        # "Exclusive: Navy seizes tanker" read as "Exclusive. Navy seizes tanker": the label is a
        # sentence of its own, the headline's clause another
        chars[label] = "."
    reading = "".join(chars)
    if colon is not None:
        reading = reading[:colon] + " " + COLON_VERB + reading[colon + 1 :]
    key = ("reading", reading, line)
    if _last_parse and _last_parse[0][0] == key:
        return _last_parse[0][1]
    said = parse(reading)
    shift = len(COLON_VERB)
    verb = None if colon is None else next((t for t in said if t.idx == colon + 1), None)
    if colon is not None and (verb is None or verb.text != COLON_VERB or verb.i == 0):
        return parsed
    words = []
    for t in said:
        at = t.idx if colon is None or t.idx <= colon else t.idx - shift
        words.append(":" if verb is not None and t.i == verb.i else line[at : at + len(t)])
    if label is not None:
        words = [":" if t.idx == label else w for t, w in zip(said, words, strict=True)]
    spaces = [bool(t.whitespace_) and (verb is None or t.i != verb.i - 1) for t in said]
    read = _rebuilt(said, words, spaces, _label_joined(said, label))
    if read.text != line:
        return parsed
    _verbs_read_as_nouns(read)
    read = read_verb_in_phrase(read)
    _last_parse[:] = [(key, read)]
    return read


def _label_joined(parsed: Doc, label: int | None) -> dict[int, int]:
    """{root of a genre label's sentence: root of the claim after it} when the parse of a headline
    read with the label's colon as a full stop (``labels.label_colon``) ends a sentence there: the
    label is hung on the claim, so that the headline stays one sentence as the story's text has it."""
    mark = next((t for t in parsed if t.idx == label), None) if label is not None else None
    if mark is None or mark.i + 1 >= len(parsed):
        return {}
    head, claim = mark.sent, parsed[mark.i + 1].sent
    return {} if head == claim else {head.root.i: claim.root.i}


def _rebuilt(parsed: Doc, words: list[str], spaces: list[bool], joined: dict[int, int] | None = None) -> Doc:
    """A copy of a parse with its words and spaces replaced (tags, lemmas, arcs and entities kept),
    with the roots of ``joined`` hung on the words given ("dep")."""
    joined = joined or {}
    return copy_parse(
        parsed,
        words=words,
        spaces=spaces,
        deps=["dep" if t.i in joined else t.dep_ for t in parsed],
        heads=[joined.get(t.i, t.head.i) for t in parsed],
    )


def headline_entities(doc: Doc, parse: Callable[[str], Doc]) -> tuple[int, list[Span]] | None:
    """(end of the headline, the named entities of its sentence-cased parse as spans of ``doc``) for
    a Title Case headline, else None. The model reads capitalised runs of a Title Case line as
    names ("Criticizes Trump" as a person); in sentence case it finds the names themselves."""
    parsed = parse_headline(doc, parse)
    if parsed is None:
        return None
    end = len(parsed.text)
    spans = []
    for ent in parsed.ents:
        span = doc.char_span(ent.start_char, ent.end_char, label=ent.label_)
        if span is not None:
            spans.append(span)
    return end, spans


# sentences after the headline whose events a headline may tell again: a dateline line and the lede
ECHO_SENTENCES = 2


def _stem(word: str) -> str:
    """A crude stem of an inflected English word, for telling a headline's verb from its lede's
    ("Expels" and "expelled", "Frees" and "freed", "Seizes" and "seized")."""
    word = word.lower()
    for suffix in ("ing", "ied", "ies", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


@cache
def verb_types(lemma: str) -> frozenset[str]:
    """The PLOVER type a word codes as a verb, when it codes one: that of its senses in the frame
    lexicon and of the CAMEO dictionary blocks that list it ("back" in SUPPORT [050], "free" in
    RELEASE [080]); a word whose senses code several types says none of them ("call": an appeal, a
    phone call). A bare frame sense (no condition) is the verb's own reading, written from the CAMEO
    manual and the PLOVER codebook, and decides over the dictionary blocks, as it does in coding
    ("sentence": SANCTION by the frame, the guide's conviction or sentencing, though the
    dictionary files SENTENCE under COERCE); a sense with an empty code says no type. A verb of
    attack that is used of words (``verbal_attack_verbs``) codes force or criticism ("Senator rips
    governor"), whatever its frame sense says ("Jets blast rebel towns" keeps the dictionary's
    force). A verb with a sense that codes nothing ("found two men dead") and no bare sense of its
    own says no type ("find": its SANCTION is only "found guilty")."""
    senses = lexicon().verbs.get(lemma, ())
    types = {sense.plover for sense in senses if sense.plover}
    table = set()
    for entry in verb_table().verbs.get(lemma, ()):
        row = cameo_code(entry.code) if entry.code else None
        if row is not None and row.plover_type:
            table.add(row.plover_type)
    bare = any(not sense.specificity for sense in senses)
    if not bare:
        types |= table
    if lemma in cues().verbal_attack_verbs:
        return frozenset(types | table | {"ACCUSE"})
    if not bare and any(not sense.plover for sense in senses):
        return frozenset()
    return frozenset(types) if len(types) == 1 else frozenset()


@cache
def word_types(lemma: str) -> frozenset[str]:
    """The PLOVER types a headline word names an event of: its types as a verb (``verb_types``) and
    that of its sense as an event noun of the lexicon ("summit", "ceasefire"), unless the noun is an
    event only under some light verbs ("agreement": "signed an agreement")."""
    noun = lexicon().nouns.get(lemma)
    if noun is None or noun.light_verbs:
        return verb_types(lemma)
    return verb_types(lemma) | {noun.plover}


def _governed(token: Token, triggers: set[str]) -> bool:
    """Whether a headline word lies in the complement of a word of an event the headline codes (a
    word after it that it governs): its content, no act the headline tells ("Teacher accused of
    stealing funds": the theft is what the teacher is accused of)."""
    return any(a.text in triggers and a.i < token.i for a in token.ancestors)


def first_line(doc: Doc) -> Span | None:
    """The text's first line when it is a story's headline (``headline_line_end``; in Title Case or
    not), as a span of ``doc``. A longer first line is a lede sentence of its own."""
    text = doc_text(doc)
    newline = headline_line_end(text)
    if newline is None:
        return None
    return doc.char_span(0, len(text[:newline].rstrip()), alignment_mode="contract")


def echoes(events: list[dict[str, Any]], head: Span, words: Iterable[Token]) -> list[dict[str, Any]]:
    """The lede's events that the headline tells but the parse of the headline missed (a headline
    drops articles and auxiliaries, and the model often reads its verb as a noun: "Turkey Expels
    Dutch Ambassador" over "Turkey expelled the Dutch ambassador on ..."): copies coded in the
    headline, on its word, with the lede's actors. The headline tells the event with the same verb
    ("Expels" over "expelled") or with another verb of the same type ("Union backs senator" over
    "The union endorsed the senator": ``verb_types``), or with an event noun of its type ("Rivals'
    ceasefire holds" over "A truce between the rivals held": ``word_types``). ``events`` are the text's
    coded events (``extract``'s internal form), ``head`` the headline (``first_line``), ``words`` its
    tokens (its lemmas from the sentence-cased parse when it has one); the lede is the
    ``ECHO_SENTENCES`` sentences after it."""
    after = [s for s in head.doc.sents if any(not t.is_space for t in s if t.i >= head.end)]
    after = after[:ECHO_SENTENCES]
    if not after:
        return []
    lede = (head.end_char, after[-1].end_char)
    told = {e["plover"]["type"] for e in events if e["evidence"]["start"] < head.end_char}
    # the words of the headline's own events, whose complements are their content
    own = {e["trigger"].split()[0] for e in events if e["evidence"]["start"] < head.end_char and e["trigger"]}
    by_stem: dict[str, Token] = {}
    # a judgement's word is a noun or an adjective with whatever the parse hangs on it ("a disgrace")
    judging: dict[str, Token] = {}
    for token in words:
        if not token.is_alpha or len(token) <= 3 or _governed(token, own):
            continue
        for key in (_stem(token.text), _stem(token.lemma_)):
            judging.setdefault(key, token)
            # a noun with its determiner or owner ("its offer") is no headline's verb
            if not any(c.dep_ in ("det", "poss") for c in token.children):
                by_stem.setdefault(key, token)
    text = doc_text(head.doc)
    head_text = text[head.start_char : head.end_char]
    out = []
    for event in events:
        kind = event["plover"]["type"]
        if kind in told or not lede[0] <= event["evidence"]["start"] < lede[1]:
            continue
        first = event["trigger"].split()[0]
        evidence = event["evidence"]
        span = head.doc.char_span(evidence["start"], evidence["end"], alignment_mode="expand")
        lemmas = {t.lemma_ for t in span or () if t.text == first}
        stems = judging if event["rule"].startswith("evaluation:") else by_stem
        word = next((stems[k] for k in map(_stem, (first, *lemmas)) if k in stems), None)
        if word is None:
            word = next((t for t in by_stem.values() if kind in word_types(t.lemma_.lower())), None)
        if word is None:
            continue
        told.add(kind)
        context = dict(event["_context"], lead=True, position=0.0, offset=head.start_char)
        out.append(
            dict(
                event,
                evidence={"start": head.start_char, "end": head.end_char, "text": head_text},
                trigger=text[word.idx : word.idx + len(word)],
                rule=event["rule"] + "+headline",
                _context=context,
            )
        )
    return out


# tags of the words of the phrase a headline's verbless claim judges ("Senate plan", "the
# chancellor's plan", "Kiev government")
JUDGED_PHRASE_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "POS", "PRP$"})
NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS"})
MAX_JUDGED_WORDS = 4
# the words of a verdict: a noun or adjective ("'a betrayal'", "'reckless'"), or a participle ("'lying'")
VERDICT_POS = frozenset({"NOUN", "ADJ"})
NEGATIONS = frozenset({"not", "n't"})
# the tags an unquoted verdict phrase of a headline opens with, and those of its words
BARE_VERDICT_OPENERS = frozenset({"DT", "JJ", "JJR", "JJS"})
BARE_VERDICT_TAGS = BARE_VERDICT_OPENERS | frozenset({"NN", "NNS", "RB", "RBR", "RBS"})


def headline_claims(reporter: Token) -> list[tuple[Token, Token]]:
    """(one judged, predicate word) of a headline's verbless claim beside a reporting verb, read by
    word order whatever the parse made of it: a headline drops the copula ("says Senate plan 'a
    betrayal'", "Senator: Governor 'not fit' to lead", "says rival not qualified to be president",
    and before an inverted speaker "Budget 'reckless,' says senator"). The claim is a noun phrase of
    up to ``MAX_JUDGED_WORDS`` words, whose last noun is the one judged, then a quoted phrase, whose
    last noun or adjective is the predicate, "not" and an adjective, or an unquoted phrase of a
    determiner or adjective and nouns that ends the claim or a preposition's phrase follows ("Y
    greater threat than Z"); a negation the parse does not hang on the predicate reads none."""
    if not story_headline(reporter):
        return []
    doc = reporter.doc
    windows = [reporter.i + 1]
    if any(ch.dep_ == "nsubj" and ch.i > reporter.i for ch in reporter.children):
        windows.append(reporter.sent.start)
    out = []
    for start in windows:
        end = start
        while (
            end < len(doc)
            and end - start < MAX_JUDGED_WORDS
            and doc[end].tag_ in JUDGED_PHRASE_TAGS
            and not doc[end].is_quote
        ):
            end += 1
        nouns = [t for t in doc[start:end] if t.tag_ in NOUN_TAGS]
        if not nouns or end >= len(doc) or end == reporter.i:
            continue
        if doc[end].is_quote:
            close = next((t.i for t in doc[end + 1 :] if t.is_quote), None)
            verdict = list(doc[end + 1 : close]) if close is not None else []
        elif doc[end].lower_ in NEGATIONS:
            verdict = list(doc[end : end + 2])
        elif doc[end].tag_ in BARE_VERDICT_OPENERS:
            # an unquoted predicate phrase that opens with a determiner or an adjective ("Y greater
            # threat than Z", "Y a danger to the country"), up to a preposition or the end
            close = end
            while close < len(doc) and doc[close].tag_ in BARE_VERDICT_TAGS:
                close += 1
            at_end = close >= len(doc) or doc[close].is_punct or doc[close].pos_ in ("ADP", "SCONJ")
            verdict = list(doc[end:close]) if at_end else []
        else:
            continue
        words = [t for t in verdict if t.pos_ in VERDICT_POS or t.tag_ == "VBG"]
        if not words:
            continue
        pred = words[-1]
        negated = any(t.lower_ in NEGATIONS for t in verdict)
        if negated != any(ch.dep_ == "neg" for ch in pred.children):
            continue
        out.append((nouns[-1], pred))
    return out
