"""Pair quotation marks in one linear pass: curly, straight and guillemets, across paragraphs.

A quote left open at the end of a paragraph continues when the next paragraph opens with a
quotation mark of the same style (the newspaper convention for multi-paragraph quotes; a
straight mark is not continued by a curly one); otherwise it is dropped as unbalanced there, so
the mark that opens a later paragraph's quotation opens a quotation of its own. A
closing mark typed where a quotation opens (after a space, before a letter) opens one, and an
opening mark typed where an open quotation closes (after a word, before a space) closes it. Marks
that cannot be paired are counted, never fatal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "\u201c\u00ab\u201e"
CLOSERS = "\u201d\u00bb"
STRAIGHT = '"'
# Two apostrophes or backticks stand for double quotes in some wire and newspaper text.
_MARK = re.compile(f"''|``|[{OPENERS}{CLOSERS}{STRAIGHT}\n]")
MAX_QUOTE_CHARS = 6000


@dataclass(frozen=True)
class QuoteMarks:
    """One quotation: ``start`` is the opening mark, ``end`` is just after the closing mark."""

    start: int
    end: int
    open_len: int = 1
    close_len: int = 1

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted text without the marks."""
        return self.start + self.open_len, self.end - self.close_len


def pair_quotes(text: str, max_chars: int = MAX_QUOTE_CHARS) -> tuple[list[QuoteMarks], int]:
    """Paired quotations in order, and the number of marks that could not be paired."""
    quotes: list[QuoteMarks] = []
    unpaired = 0
    open_at: int | None = None
    chain_start: int | None = None
    open_len = 1
    open_straight = False
    crossed = False
    para_start = 0
    skip_to = -1
    for match in _MARK.finditer(text):
        pos = match.start()
        if pos < skip_to:
            continue
        char = match.group()
        width = len(char)
        if char == "''":
            char = STRAIGHT
        elif char == "``":
            char = OPENERS[0]
        elif char in "\u201c\u201d" and _mojibake_dash(text, pos):
            continue
        if char == "\n":
            if open_at is not None and not _continues(text, pos + 1, open_straight):
                # the paragraph after an open quotation does not carry it on: the quotation lost
                # its closing mark, and a mark further on opens another
                unpaired += 1
                open_at = chain_start = None
                crossed = False
            crossed = crossed or open_at is not None
            para_start = pos + 1
            continue
        if open_at is not None and pos - (chain_start or open_at) > max_chars:
            unpaired += 1
            open_at = chain_start = None
            crossed = False
        if open_at is None:
            if char in CLOSERS and not _opens(text, pos, width):
                unpaired += 1
                continue
            open_at = chain_start = pos
            open_len, open_straight = width, char == STRAIGHT
            crossed = False
            continue
        if crossed:
            continued = char in OPENERS + STRAIGHT and (char == STRAIGHT) == open_straight
            if continued and not text[para_start:pos].strip():
                open_at = pos
                crossed = False
                continue
            unpaired += 1
            if char in CLOSERS:
                open_at = chain_start = None
            else:
                open_at = chain_start = pos
                open_len, open_straight = width, char == STRAIGHT
            crossed = False
            continue
        if char in OPENERS and not (not open_straight and _closes(text, pos, width)):
            if not open_straight and _next_paragraph_run_in(text, open_at, pos):
                # A multi-paragraph quote in text that lost its line breaks ("… before the winter.
                # “The new money …”"): the open quote goes on, as across a paragraph.
                open_at = pos
                continue
            if not open_straight:
                nested = _nested_close(text, pos, width)
                if nested is not None:
                    skip_to = nested
                    continue
            unpaired += 1
            open_at = chain_start = pos
            open_len, open_straight = width, False
            continue
        if open_straight and _opens_word(text, pos, width) and _next_paragraph_run_in(text, open_at, pos):
            # The straight-mark form of a multi-paragraph quote run into one line ("… some
            # fillets. "Every day …"): a mark after a space and before a word opens, not closes.
            open_at = pos
            continue
        start = chain_start if chain_start is not None else open_at
        quotes.append(QuoteMarks(start, pos + width, open_len, width))
        open_at = chain_start = None
    if open_at is not None:
        unpaired += 1
    return quotes, unpaired


def _mojibake_dash(text: str, pos: int) -> bool:
    """Whether a curly mark is the last byte of a dash read in the wrong encoding: UTF-8 "–" and
    "—" decoded as Windows-1252 give "â€“" and "â€”" (the euro sign often lost to a space)."""
    before = text[max(0, pos - 2) : pos]
    return before[-1:] == "\u00e2" or (
        len(before) == 2 and before[0] == "\u00e2" and before[1] in "\u20ac \u00a0"
    )


def _nested_close(text: str, pos: int, width: int) -> int | None:
    """The end of a quotation nested in an open one with the same curly marks ("“The council keeps
    its so-called “savings” while the parks close.”"): the opening mark stands before a word, and in its
    paragraph the next two marks both close, the inner quotation and then the outer one."""
    if not _opens_word(text, pos, width):
        return None
    closes = []
    for match in _MARK.finditer(text, pos + width):
        char = match.group()
        if char == "\n" or char not in CLOSERS:
            return None
        closes.append(match.end())
        if len(closes) == 2:
            return closes[0]
    return None


def _opens_word(text: str, pos: int, width: int) -> bool:
    """Whether a mark stands after a space and before a letter or digit, where a quotation opens."""
    before = text[pos - 1] if pos else " "
    after = text[pos + width] if pos + width < len(text) else ""
    return before.isspace() and after.isalnum()


def _continues(text: str, pos: int, straight: bool) -> bool:
    """Whether the text from ``pos`` (after a line break) may carry on an open quotation: it
    opens with a quotation mark of the open one's style, or is blank up to the next break."""
    i = pos
    while i < len(text) and text[i] in " \t\u00a0\r\n\u2028":
        if text[i] in "\n\u2028":
            return True
        i += 1
    if i >= len(text):
        return True
    char = "\u201c" if text.startswith("``", i) else STRAIGHT if text.startswith("''", i) else text[i]
    return char in OPENERS + STRAIGHT and (char == STRAIGHT) == straight


def _next_paragraph_run_in(text: str, open_at: int, pos: int) -> bool:
    """Whether an opening mark met while a quotation is open starts its next paragraph run into
    the same line: the open quotation ends a sentence of more than a few words right before it
    (". “", "? “"), so no closing mark was left out mid-sentence."""
    before = text[open_at:pos]
    if "\n" in before:
        return False
    before = before.rstrip()
    return bool(before) and before[-1] in ".!?" and len(before.split()) >= 4


def _closes(text: str, pos: int, width: int) -> bool:
    """Whether an opening mark stands where an open quotation closes (a mistyped "… in May.“"):
    right after a word or its punctuation, before a space, punctuation or the end of the text."""
    before = text[pos - 1] if pos else " "
    after = text[pos + width] if pos + width < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)")


def _opens(text: str, pos: int, width: int) -> bool:
    """Whether a closing mark stands where a quotation opens (a mistyped "”Yes,” she said"):
    after a space or at the start of a line, before a letter or digit."""
    before = text[pos - 1] if pos else "\n"
    after = text[pos + width] if pos + width < len(text) else ""
    return before.isspace() and after.isalnum()
