"""Genre and section labels before a headline's colon ("Analysis:", "Opinion:", "In pictures:").

A label names the kind of piece, not a speaker: the colon after it does not stand for "says"
(``headline.colon_speaker_end``, ``clauses.colon_speaker``, ``clauses.colon_clause``), and a headline
an opinion label opens is the writer's opinion, no event (docs/annotation-guide.md section 2). The
labels live in ``ontology/headline_labels.json``.
"""

from __future__ import annotations

import re
from functools import cache

from ..ontology import load_json

TABLE = "headline_labels.json"
# the text before a line's first colon, when a space follows the colon
LABEL_PATTERN = re.compile(r"^\s*([^:\n]{1,40}):\s")


@cache
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json(TABLE)
    return frozenset(data["opinion_labels"]), frozenset(data["section_labels"])


def _normal(text: str) -> str:
    """A label as matched: lower case, spaces collapsed, quotation marks and brackets dropped."""
    return " ".join(re.sub(r"[\"'“”‘’\[\]()|]", " ", text).lower().split())


def genre_label(text: str) -> bool:
    """Whether a text (the words before a headline's colon) is a genre or section label of
    ``opinion_labels`` or ``section_labels`` ("Explainer", "In Pictures", "OPINION")."""
    opinion, section = _labels()
    words = _normal(text)
    return words in opinion or words in section


def opinion_headline(line: str) -> bool:
    """Whether a line opens with an opinion label and its colon ("Opinion: the mayor must go",
    "Editorial: ..."): the writer's opinion, no event."""
    match = LABEL_PATTERN.match(line)
    return match is not None and _normal(match.group(1)) in _labels()[0]


def label_colon(line: str) -> int | None:
    """The offset of the colon after a genre or section label a line opens with ("Exclusive: navy
    seizes tanker"), else None."""
    match = LABEL_PATTERN.match(line)
    return match.end(1) if match is not None and genre_label(match.group(1)) else None
