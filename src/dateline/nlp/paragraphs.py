"""Paragraph breaks as sentence starts: a blank line ends a sentence whatever the parser would say.

The model's parser sometimes reads on across a paragraph break, most often from a headline or a
line without a final stop into the next paragraph ("Police Arrest 12 After Clashes\\n\\nFrench police
arrested ..."), and the next paragraph's verb then takes its subject from the line above. Set
before the parser, a sentence start is kept by it (spaCy's parser respects preset boundaries).
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .contract import dateline_component

PARAGRAPH_BREAK = 2  # line breaks in one whitespace token that make a blank line


class ParagraphStarts:
    """Marks the first word after a blank line as a sentence start, and the word after it as none:
    held at a forced start, the parser otherwise may cut a paragraph's first word off on its own
    ("Angela | Merkel said ...", "7 | p.m.")."""

    def __call__(self, doc: Doc) -> Doc:
        last = len(doc) - 1
        for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
            if i < last and doc[i].text.count("\n") >= PARAGRAPH_BREAK:
                doc[i + 1].is_sent_start = True
                if i + 2 <= last and not doc[i + 2].is_space:
                    doc[i + 2].is_sent_start = False
        return doc


@Language.factory("dateline_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> ParagraphStarts:
    """The paragraph-start component (add it before the parser)."""
    return dateline_component(ParagraphStarts())
