"""Document geometry for quote finding: tokens by offset, paragraphs, sentences, quotations.

Everything here is about *where* text sits — which paragraph or sentence holds an offset,
whether it lies inside a quotation or a span already taken by a quote, whether a quotation
stands as its own sentence or sits inside one — never about who said it. All lookups bisect
sorted offsets, so work stays linear in the length of the document.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .doc_index import doc_text, sentence_bounds
from .paragraphs import wrapped_breaks
from .quote_marks import CLOSERS, OPENERS, STRAIGHT, QuoteMarks

MARK_CHARS = frozenset(OPENERS + CLOSERS + STRAIGHT + "'`")
_PARA_START = re.compile(r"(?:^|\n)[ \t\u00a0]*(?=\S)")
_JUNK = " \t\n\u00a0,;:'`" + OPENERS + CLOSERS + STRAIGHT + "\u2014\u2013\u2015-"
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z ]+\))?[ \t\u00a0]*[\u2014\u2013]+[ \t\u00a0]*|"
    r"[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+)*(?: \([A-Za-z ]+\))?[ \t\u00a0]+--?[ \t\u00a0]+"
    r")(?=[A-Z\u201c\"])"
)
_SENTENCE_END = (".", "!", "?", ":")


# Short words a title leaves in lower case ("Gone with the Wind", "War of the Worlds").
_TITLE_MINOR = frozenset("a an the and or nor but of in on at to for by with from as is".split())
_TITLE_SHARE = 0.8  # share of the later content words with a capital that makes a title


def written_as_title(text: str) -> bool:
    """Whether the words of a quotation are written as the title of a work: two words or more,
    and most content words after the first capitalised ("Happy Birthday", "All You Need Is
    Love"), where a sentence capitalises only its first word, names and "I" ("I never wanted to
    be mayor", "We will not pay")."""
    words = [w.strip(".,;:!?'\u2019\"()") for w in text.split()]
    words = [w for w in words if w[:1].isalpha()]
    later = [w for w in words[1:] if w.lower() not in _TITLE_MINOR and w not in ("I", "I'm", "I\u2019m")]
    if len(words) < 2 or not later:
        return False
    return sum(w[0].isupper() for w in later) >= _TITLE_SHARE * len(later)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding spaces, quotation marks and clause punctuation."""
    while start < end and text[start] in _JUNK:
        start += 1
    while end > start and text[end - 1] in _JUNK:
        end -= 1
    return start, end


def past_dateline(text: str, start: int, end: int) -> int:
    """Start of a span past a dateline that opens it ("LONDON — …", "LOS ANGELES, Sept. 28 (UPI) —
    …"): the place line of a wire story is not part of what was said."""
    found = _DATELINE.match(text, start, end)
    return found.end() if found is not None else start


def has_mark(text: str) -> bool:
    """Whether a token's text holds a quotation mark."""
    return not MARK_CHARS.isdisjoint(text)


def comma_set_off(doc: Doc, i: int) -> int | None:
    """Where the words before token i end when a comma sets it off: at the comma (", which …"),
    or past a closing quotation mark right after the comma (",” which …"); None when no comma
    sets token i off."""
    if i >= 1 and doc[i - 1].text == ",":
        return i - 1
    if i >= 2 and doc[i - 1].tag_ == "''" and doc[i - 2].text == ",":
        return i
    return None


class QuoteGeometry:
    """Per-doc indexes: token offsets, paragraphs, sentences, quotations and spans already quoted."""

    def __init__(self, doc: Doc, marks: list[QuoteMarks]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.sents = sentence_bounds(doc)
        self.marks = marks
        self.mark_starts = [m.start for m in marks]
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []
        self.covered: list[tuple[int, int]] = []
        self.covered_starts: list[int] = []
        # A hard-wrapped paragraph's line breaks are no paragraph ends.
        wraps = wrapped_breaks(doc)
        self.newlines = [m.start() for m in re.finditer("\n", self.text) if m.start() not in wraps]
        self.para_starts = {m.end() for m in _PARA_START.finditer(self.text) if m.start() not in wraps}

    def token_at(self, char: int) -> int:
        """Index of the token holding (or just before) a character offset."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def first_token_from(self, char: int) -> int:
        """Index of the first token starting at or after a character offset."""
        return bisect.bisect_left(self.starts, char)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens starting inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [self.doc[i] for i in range(lo, hi)]

    def alpha_count(self, start: int, end: int) -> int:
        """Number of alphabetic tokens in ``[start, end)``."""
        return sum(1 for t in self.tokens_in(start, end) if t.is_alpha)

    def word_count(self, start: int, end: int) -> int:
        """Number of word tokens in ``[start, end)``, clitics included ("That 's" is two)."""
        return sum(1 for t in self.tokens_in(start, end) if any(c.isalpha() for c in t.text))

    def cover(self, start: int, end: int) -> None:
        """Mark a stretch of text as taken by a quote."""
        self.covered.append((start, end))

    def freeze_covered(self) -> None:
        """Sort the covered spans once the direct quotes are known, for bisecting."""
        self.covered.sort()
        self.covered_starts = [s for s, _ in self.covered]

    def inside_covered(self, char: int) -> bool:
        """Whether an offset lies in a stretch already taken by a quote."""
        k = bisect.bisect_right(self.covered_starts, char) - 1
        return k >= 0 and self.covered[k][0] <= char < self.covered[k][1]

    def inside_any_quote(self, char: int) -> bool:
        """Whether an offset lies between a pair of quotation marks."""
        k = bisect.bisect_right(self.mark_starts, char) - 1
        return k >= 0 and self.marks[k].start <= char < self.marks[k].end

    def marks_overlapping(self, start: int, end: int) -> list[QuoteMarks]:
        """Quotations overlapping ``[start, end)``."""
        lo = max(0, bisect.bisect_right(self.mark_starts, start) - 1)
        hi = bisect.bisect_left(self.mark_starts, end)
        return [m for m in self.marks[lo:hi] if m.start < end and m.end > start]

    def sentence_start(self, char: int) -> int:
        """Offset where the sentence holding ``char`` starts, within its paragraph."""
        first = self.sents[self.token_at(char)][0]
        return max(self.doc[first].idx, self.paragraph_of(char)[0])

    def opens_paragraph(self, char: int) -> bool:
        """Whether an offset is the first non-space character of a paragraph."""
        return char in self.para_starts

    def paragraph_of(self, char: int) -> tuple[int, int]:
        """``(start, end)`` of the paragraph (line) holding an offset."""
        k = bisect.bisect_left(self.newlines, char)
        start = self.newlines[k - 1] + 1 if k else 0
        end = self.newlines[k] if k < len(self.newlines) else len(self.text)
        return start, end

    def clip_to_paragraph(self, anchor: int, start: int, end: int) -> tuple[int, int]:
        """A content span cut to the paragraph of its cue, past a dateline opening the paragraph
        or a sentence (a scraped headline may share the dateline's line: "Fire hits warehouse.
        SAN DIEGO — A firefighter …")."""
        p_start, p_end = self.paragraph_of(anchor)
        start, end = strip_span(self.text, max(start, p_start), min(end, p_end))
        if start < end and (self.opens_paragraph(start) or self.sentence_start(start) == start):
            start = past_dateline(self.text, start, end)
        return start, end

    def paragraphs_between(self, a: int, b: int) -> int:
        """Line breaks between two offsets (99 when ``a`` is unset)."""
        if a < 0:
            return 99
        return bisect.bisect_left(self.newlines, b) - bisect.bisect_left(self.newlines, a)

    def continues(self, clause_end: int, next_start: int) -> bool:
        """Whether a quotation right after an attribution clause carries on the same quote."""
        between = self.text[clause_end:next_start]
        if "\n" in between or len(between) > 40 or any(c in between for c in ".!?"):
            return False
        return len(between.split()) <= 3

    def embedded(self, mark: QuoteMarks) -> bool:
        """Whether the quotation sits inside a sentence rather than standing as one."""
        if self.opens_paragraph(mark.start):
            return False
        j = self.token_at(mark.start) - 1
        while j >= 0 and self.doc[j].is_space:
            j -= 1
        if j < 0:
            return False
        prev = self.doc[j]
        return prev.text not in _SENTENCE_END and not has_mark(prev.text)
