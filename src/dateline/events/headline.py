"""A Title Case headline read in sentence case, so that its verbs parse as verbs.

The English model tags most capitalised words of a Title Case headline as proper nouns ("Farmers
Rally Outside Parliament", "Senator Slams Governor Over Cuts"), so the headline, which holds the
story's main event, yields no predicate. When the first line of a text is in Title Case, the coder
reads a copy of that line in which every capitalised word is lower-cased unless the story itself
writes it capitalised inside a sentence (a name: "Clinton", "Party" of "the Green Party") or it is
an acronym. Only letter case changes, so character offsets are those of the original text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from ..nlp.doc_index import doc_text

# a line is Title Case when this share of its longer words (after the first) are capitalised
TITLE_SHARE = 0.75
MIN_TITLE_WORDS = 3
# words this short are often left lower case by Title Case styles ("of", "to", "in", "and")
MIN_WORD_LENGTH = 4
MAX_HEADLINE_CHARS = 300
# tokens after which a capital does not mark a name
OPENERS = frozenset({'"', "“", "‘", "'", ":", "—", "–", "-", "(", "[", "…"})


def headline_end(doc: Doc) -> int | None:
    """The end offset of the text's first line when it is a Title Case headline, else None."""
    text = doc_text(doc)
    first = text.find("\n")
    end = len(text.rstrip()) if first < 0 else first
    if end <= 0 or end > MAX_HEADLINE_CHARS or first < 0:
        return None
    words = []
    for t in doc:
        if t.idx >= end:
            break
        if t.i > 0 and t.is_alpha and len(t) >= MIN_WORD_LENGTH:
            words.append(t)
    if len(words) < MIN_TITLE_WORDS:
        return None
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return end if capitalised >= TITLE_SHARE * len(words) else None


def _names(tokens: Iterable[Token]) -> set[str]:
    """Words the text writes capitalised inside a sentence: names, not sentence-initial capitals."""
    out: set[str] = set()
    for token in tokens:
        if not token.text[:1].isupper() or token.is_sent_start or token.i == 0:
            continue
        before = token.doc[token.i - 1]
        if before.text in OPENERS or "\n" in before.text or before.is_space:
            continue
        out.add(token.text)
    return out


def sentence_cased(doc: Doc, end: int) -> str | None:
    """The text up to ``end`` with the headline's capitalised common words in lower case (None when
    lower-casing would change the length of a word)."""
    names = _names(t for t in doc if t.idx >= end)
    text = doc_text(doc)
    parts: list[str] = []
    position = 0
    for token in doc:
        if token.idx >= end:
            break
        word = token.text
        acronym = word.isupper() and (len(word) > 1 or word == "I")
        keep = token.i == 0 or acronym or word in names or not word[:1].isupper()
        if keep:
            continue
        lowered = word.lower()
        if len(lowered) != len(word):
            return None
        parts.append(text[position : token.idx])
        parts.append(lowered)
        position = token.idx + len(word)
    parts.append(text[position:end])
    return "".join(parts)


# the last sentence-cased headline parsed: the entity and the event components read the same one
_last_parse: list[tuple[str, Doc]] = []


def parse_headline(doc: Doc, parse: Callable[[str], Doc]) -> Doc | None:
    """The sentence-cased headline parsed by ``parse`` (the model's own pipes), or None when the
    text has no Title Case headline."""
    end = headline_end(doc)
    if end is None:
        return None
    cased = sentence_cased(doc, end)
    if cased is None:
        return None
    if _last_parse and _last_parse[0][0] == cased:
        return _last_parse[0][1]
    parsed = parse(cased)
    _last_parse[:] = [(cased, parsed)]
    return parsed


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
