"""Paragraph breaks and headline lines as sentence starts, set before the parser.

The model's parser sometimes reads on across a paragraph break, most often from a headline or a
line without a final stop into the next paragraph ("Police Arrest 12 After Clashes\\n\\nFrench police
arrested ..."), and the next paragraph's verb then takes its subject from the line above. Scraped
text often parts a headline from its dateline and lede by a single line break ("Troops sent to
border\\nNEW DELHI (AP) — ..."), which the parser reads on across in the same way. Set before the
parser, a sentence start is kept by it (spaCy's parser respects preset boundaries).

A single line break starts a sentence only when it ends a line of its own: the line has no final
stop, does not break off at a comma, dash or function word, the next line opens with a capital, and
the next line's first word would have fitted on the line (the test of format=flowed text: a
hard-wrapped line breaks only where the next word did not fit within the widest line of its
block), or the line is longer than text is wrapped at. A hard-wrapped paragraph thus stays one
sentence, whatever its lines start with.
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Token

from .contract import dateline_component
from .doc_index import doc_text

PARAGRAPH_BREAK = 2  # line breaks in one whitespace token that make a blank line
# a line ending in one of these ends a sentence (the parser's to judge) or runs on (a wrapped line)
FINAL_STOPS = frozenset(".!?")
RUNS_ON = frozenset(",;:-\u2013\u2014/&([{")
CLOSING = "\"'\u201d\u2019)]}"
OPENING = "\"'\u201c\u2018([{"
# the tags of a last word that leaves its sentence open: conjunctions, prepositions, determiners,
# possessives, modals, relative words ("the government of France and\\nSpanish officials")
OPEN_TAGS = frozenset({"CC", "IN", "DT", "PDT", "TO", "PRP$", "POS", "MD", "WDT", "WP", "WP$", "HYPH", "EX"})
# hard-wrapped text is wrapped at 80 characters or less; a longer line is a paragraph of its own
WRAP_WIDTH_MAX = 100


class ParagraphStarts:
    """Marks the first word after a blank line, or after a line that stands on its own, as a sentence
    start, and the word after it as none: held at a forced start, the parser otherwise may cut a
    paragraph's first word off on its own ("Angela | Merkel said ...", "7 | p.m.")."""

    def __call__(self, doc: Doc) -> Doc:
        last = len(doc) - 1
        text = doc_text(doc)
        widths: dict[int, int] = {}
        for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
            if not 0 < i < last:
                continue
            breaks = doc[i].text.count("\n")
            if breaks >= PARAGRAPH_BREAK or (breaks == 1 and _line_ends(doc[i], text, widths)):
                doc[i + 1].is_sent_start = True
                if i + 2 <= last and not doc[i + 2].is_space:
                    doc[i + 2].is_sent_start = False
        return doc


def wrapped_breaks(doc: Doc) -> frozenset[int]:
    """Character offsets of the single line breaks of a text that wrap a line rather than end one
    (a hard-wrapped paragraph's "… in three counties she carried by a hair - Lorne and\\n
    Ashby …"), by the test the component sets sentence starts with: a line that ends with
    no final stop, colon or closing mark and is no line of its own."""
    last = len(doc) - 1
    text = doc_text(doc)
    widths: dict[int, int] = {}
    found = set()
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        if not 0 < i < last or doc[i].text.count("\n") != 1:
            continue
        start = text.rfind("\n", 0, doc[i].idx) + 1
        line = text[start : doc[i].idx].strip()
        if not line or line[-1] in FINAL_STOPS or line[-1] in CLOSING or line[-1] == ":":
            continue
        if not _line_ends(doc[i], text, widths):
            found.add(doc[i].idx + doc[i].text.index("\n"))
    return frozenset(found)


def _line_ends(space: Token, text: str, widths: dict[int, int]) -> bool:
    """Whether the single line break in ``space`` (a token of ``text``) ends a line of its own rather
    than a wrapped one."""
    before, after = space.nbor(-1), space.nbor(1)
    if before.tag_ in OPEN_TAGS or not _opens_capitalised(after):
        return False
    start = text.rfind("\n", 0, space.idx) + 1
    line = text[start : space.idx].strip()
    bare = line.rstrip(CLOSING)
    if not bare or bare[-1] in FINAL_STOPS or line[-1] in RUNS_ON:
        return False
    rest = text.find("\n", after.idx)
    next_line = text[after.idx : rest if rest >= 0 else len(text)].strip()
    first_word = next_line.split(maxsplit=1)[0]
    if len(line) > WRAP_WIDTH_MAX:
        return True
    return len(line) + 1 + len(first_word) <= _block_width(text, start, widths)


def _opens_capitalised(token: Token) -> bool:
    """Whether a line opens with a capital, after any opening quotes or brackets."""
    word = token.text.lstrip(OPENING)
    if not word and token.i + 1 < len(token.doc):
        word = token.nbor(1).text
    return word[:1].isupper()


def _block_width(text: str, start: int, widths: dict[int, int]) -> int:
    """The widest line of the block (lines between blank lines) that holds the line at ``start``,
    computed once per block."""
    top = text.rfind("\n\n", 0, start)
    top = 0 if top < 0 else top + 2
    if top not in widths:
        end = text.find("\n\n", start)
        block = text[top : end if end >= 0 else len(text)]
        widths[top] = max(len(line.strip()) for line in block.split("\n"))
    return widths[top]


@Language.factory("dateline_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphStarts:
    """The paragraph-start component (add it before the parser)."""
    return dateline_component(ParagraphStarts())
