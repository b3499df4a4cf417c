"""The headline as a source of the main event: its actor, its action and its places.

News headlines are written in "headlinese": Title Case, a topic before a colon ("Harbour fire:
..."), dropped auxiliaries ("Border post shelled in raid"), present-tense verbs the tagger often reads as
plural nouns ("Mayor slams council"). The helpers here make a headline parseable and read it:

- ``truecase``: a Title Case or ALL CAPS headline gets the casing its words have in the body (a word
  the body writes in lower case, or never uses, is lower-cased; names keep their capitals). The text
  keeps its length, so offsets into the parse are offsets into the headline.
- ``read_headline``: picks the headline's main segment (the part of "kicker: story" with a verb), its
  main verb (the first one before a subordinate clause "as ...", "after ..."; a word the body uses as
  a verb counts as one even when the tagger calls it a noun; the headlinese future "Mayor to open
  bridge" reads "to open" as the verb) and its subject.

Giveme5W1H (Hamborg et al. 2019) analyses the title the same way: its actor and action are the
first candidates for "who" and "what".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, LOWER, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from ..contract import model_parse
from ..doc_index import token_strings
from .cues import headline_cues

FINITE_TAGS = {"VBZ", "VBP", "VBD"}
_SEGMENT_BREAK = re.compile(r"\s*(?::|\||\s-\s|\s\u2013\s|\s\u2014\s)\s*")
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


@dataclass
class BodyLexicon:
    """How the body writes its words: lower-case uses, capitalised mid-sentence uses, verb forms."""

    lower: dict[str, int]
    capital: dict[str, int]
    verbs: set[str]

    @classmethod
    def of(cls, doc: Doc) -> BodyLexicon:
        lower: dict[str, int] = {}
        capital: dict[str, int] = {}
        verbs: set[str] = set()
        flags = doc.to_array([IS_ALPHA, SENT_START, POS]).tolist()
        rows = zip(token_strings(doc, ORTH), token_strings(doc, LOWER), flags, strict=True)
        for i, (text, key, (alpha, sent_start, pos)) in enumerate(rows):
            if not alpha:
                continue
            if text.islower():
                lower[key] = lower.get(key, 0) + 1
            elif sent_start != 1:
                capital[key] = capital.get(key, 0) + 1
            if pos == VERB:
                verbs.add(key)
                verbs.add(doc[i].lemma_.lower())
        return cls(lower, capital, verbs)

    def is_verb(self, word: str) -> bool:
        """True when the body uses the word, or its stem before a verb ending, as a verb."""
        word = word.lower()
        if word in self.verbs:
            return True
        for ending in ("es", "s", "ed", "d"):
            if word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in self.verbs:
                return True
        return False


def _is_title_case(text: str) -> bool:
    words = [w for w in _TITLE_WORD.findall(text) if len(w) >= 4]
    if len(words) < 3:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised / len(words) >= headline_cues()["title_case_share"]


def truecase(text: str, lexicon: BodyLexicon) -> str:
    """The headline with the body's casing for Title Case or ALL CAPS words (same length)."""
    upper = sum(c.isupper() for c in text)
    letters = sum(c.isalpha() for c in text) or 1
    all_caps = upper / letters > 0.8
    if not all_caps and not _is_title_case(text):
        return text
    out = []
    last = 0
    for found in _TITLE_WORD.finditer(text):
        word = found.group()
        out.append(text[last : found.start()])
        last = found.end()
        key = word.lower()
        lower, capital = lexicon.lower.get(key, 0), lexicon.capital.get(key, 0)
        keep = capital > lower or (all_caps and not lower and capital)
        if keep and all_caps:
            word = word[0] + word[1:].lower()
        elif not keep:
            word = key
        out.append(word if len(word) == len(found.group()) else found.group())
    out.append(text[last:])
    cased = "".join(out)
    return cased if len(cased) == len(text) else text


@dataclass
class HeadlineReading:
    """What the headline says: its parse, the main segment, the main verb and the subject."""

    doc: Doc
    offset: int
    segment: Span
    verb: Token | None
    subject: Span | None
    headlinese_passive: bool = False


def _segments(doc: Doc) -> list[Span]:
    """The parts of a "kicker: story" headline, as token spans."""
    cuts = [0]
    for found in _SEGMENT_BREAK.finditer(doc.text):
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is not None and span.start > cuts[-1]:
            cuts.append(span.start)
            cuts.append(span.end)
    cuts.append(len(doc))
    parts = [doc[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts) - 1, 2)]
    return [p for p in parts if any(t.is_alpha for t in p)]


def _verb_like(tok: Token, segment: Span, lexicon: BodyLexicon) -> bool:
    """A finite verb of the segment, a headlinese participle after a noun, or a body verb misread."""
    if tok.i == segment.start or not tok.is_alpha:
        return False
    before = tok.doc[tok.i - 1]
    if tok.tag_ in FINITE_TAGS and tok.pos_ in ("VERB", "AUX"):
        return True
    nominal_before = before.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or before.tag_ == "POS"
    if tok.tag_ == "VB" and before.lower_ == "to" and tok.i - 2 >= segment.start:
        return _headlinese_future(before, segment)
    if tok.tag_ == "VBN" and nominal_before and tok.dep_ not in ("amod", "compound", "pcomp"):
        embedded = tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "pobj", "attr", "dative")
        verb_before = any(t.tag_ in ("VB", *FINITE_TAGS) for t in tok.doc[segment.start + 1 : tok.i])
        return not embedded and not verb_before
    if tok.tag_ in ("NNS", "NN", "NNP", "NNPS", "VB") and tok.text.islower() and nominal_before:
        if tok.i + 1 >= segment.end:
            return False
        after = tok.doc[tok.i + 1]
        plural_subject = before.tag_ in ("NNS", "NNPS") or any(
            t.lower_ in ("and", "&") for t in tok.doc[segment.start : tok.i]
        )
        if (tok.tag_ in ("NNS", "VB") or plural_subject) and lexicon.is_verb(tok.text):
            return True
        opens_object = after.tag_ in ("DT", "JJ", "PRP$", "NNP", "NNPS", "CD", "NNS") or after.is_quote
        return tok.tag_ == "NNS" and tok.text.endswith("s") and before.tag_ in ("NN", "NNP") and opens_object
    return False


def states_future(reading: HeadlineReading | None) -> bool | None:
    """Whether the headline announces a coming event ("Mayor to open bridge", "Mayor will open
    bridge"): True, False for a done or ongoing one ("Mayor opens bridge"), None without a verb."""
    if reading is None or reading.verb is None:
        return None
    verb = reading.verb
    before = verb.doc[verb.i - 1] if verb.i > reading.segment.start else None
    if before is not None and before.lower_ == "to" and _headlinese_future(before, reading.segment):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


def _headlinese_future(to: Token, segment: Span) -> bool:
    """True for the "to" of "Mayor to open bridge": after a noun, before a bare verb, no verb before it."""
    doc = to.doc
    if to.i - 1 < segment.start or to.i + 1 >= segment.end:
        return False
    after, before = doc[to.i + 1], doc[to.i - 1]
    return (
        after.tag_ == "VB"
        and before.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[segment.start : to.i])
    )


def _main_verb(segment: Span, lexicon: BodyLexicon) -> Token | None:
    """The first verb before a subordinate clause ("... as X starts"), else the segment's root verb."""
    stops = set(headline_cues()["subordinators"])
    after_stop = None
    for tok in segment:
        if tok.lower_ in stops and tok.i > segment.start and after_stop is None:
            if not (tok.lower_ == "to" and _headlinese_future(tok, segment)):
                after_stop = tok.i
        if _verb_like(tok, segment, lexicon):
            if tok.dep_ in ("aux", "auxpass") and tok.head.i > tok.i and tok.head.i < segment.end:
                tok = tok.head
            if after_stop is None or tok.tag_ in FINITE_TAGS or tok.head.tag_ in FINITE_TAGS:
                return tok if after_stop is None else _first_verb_or(segment, after_stop, tok)
    root = segment.root
    if root.pos_ in ("VERB", "AUX") and root.i > segment.start:
        return root
    return None


def _first_verb_or(segment: Span, before: int, found: Token) -> Token:
    """The root verb when it comes before a subordinate clause, else the verb found after it."""
    root = segment.root
    if root.pos_ in ("VERB", "AUX") and segment.start < root.i < before:
        return root
    return found


def read_headline(nlp: Language, headline: str, lexicon: BodyLexicon) -> HeadlineReading | None:
    """Parse the headline (truecased) and find its main segment, verb and subject."""
    found = headline_to_parse(headline, lexicon)
    if found is None:
        return None
    cased, offset = found
    return reading_of(model_parse(nlp, cased), offset, lexicon)


def headline_to_parse(headline: str, lexicon: BodyLexicon) -> tuple[str, int] | None:
    """The text ``read_headline`` parses (the headline cut to length, truecased) and its offset in
    ``headline``; None for a blank headline."""
    text = headline.strip()[: headline_cues()["max_chars"]]
    if not text:
        return None
    return truecase(text, lexicon), headline.find(text)


def reading_of(doc: Doc, offset: int, lexicon: BodyLexicon) -> HeadlineReading | None:
    """The reading of a parsed headline (``headline_to_parse``): main segment, verb and subject."""
    if not doc.has_annotation("DEP"):
        return None
    segments = _segments(doc)
    if not segments:
        return None
    best = None
    for segment in segments:
        verb = _main_verb(segment, lexicon)
        if verb is not None:
            best = (segment, verb)
            break
    if best is None:
        segment = max(segments, key=len)
        return HeadlineReading(doc, offset, segment, None, None)
    segment, verb = best
    subject = _subject(segment, verb)
    passive = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return HeadlineReading(doc, offset, segment, verb, subject, passive and subject is not None)


def _subject(segment: Span, verb: Token) -> Span | None:
    """The words before the verb that name its subject (a leading adverb or quote mark left out)."""
    doc = segment.doc
    start, end = segment.start, verb.i
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is not None and subj.left_edge.i >= segment.start:
        start = subj.left_edge.i
    while end > start and (doc[end - 1].pos_ in ("ADV", "PUNCT", "AUX", "PART") or doc[end - 1].is_quote):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_quote):
        start += 1
    if end <= start or not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in doc[start:end]):
        return None
    return doc[start:end]
