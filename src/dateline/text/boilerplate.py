"""Line classification against the boilerplate pattern file (ontology/boilerplate.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..ontology import load_json


@dataclass(frozen=True)
class Patterns:
    lines: tuple[tuple[str, re.Pattern[str]], ...]
    inline: tuple[tuple[str, re.Pattern[str]], ...]
    credit_suffix: re.Pattern[str]
    credit_inner: re.Pattern[str]
    credit_reject: re.Pattern[str]
    datelines: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Compiled patterns from the data file, cached per process."""
    data = load_json("boilerplate.json")
    lines = tuple((kind, re.compile(p, re.I)) for kind, plist in data["line_patterns"].items() for p in plist)
    inline_data = data.get("inline_patterns", {})
    inline = tuple((kind, re.compile(rf" ?(?:{p})")) for kind, plist in inline_data.items() for p in plist)
    return Patterns(
        lines=lines,
        inline=inline,
        credit_suffix=re.compile(data["credit_suffix"], re.I),
        # the same credit inside a line, where a caption runs on into the story: parenthesised only
        credit_inner=re.compile(data["credit_suffix"].removesuffix("$") + r"(?=\s+\S)", re.I),
        credit_reject=re.compile(data["credit_reject"], re.I),
        datelines=tuple(re.compile(p) for p in data["dateline_patterns"]),
    )


def classify_line(line: str) -> str | None:
    """The boilerplate kind of a whole line, or None for story text."""
    if len(line) > 400:
        return None
    for kind, pattern in patterns().lines:
        if pattern.match(line):
            return kind
    return None


def cut_inline(paragraph: str) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph without the page furniture flattened into it, and the (kind, text) cut out."""
    cut: list[tuple[str, str]] = []
    for kind, pattern in patterns().inline:
        if pattern.search(paragraph):
            cut.extend((kind, m.group(0).strip()) for m in pattern.finditer(paragraph))
            paragraph = pattern.sub("", paragraph)
    return paragraph.strip(), cut


def split_credit(line: str) -> tuple[str, str] | None:
    """Split "caption. Name / Agency" into (caption, credit), or None."""
    if "/" not in line:  # every credit suffix has one; the regex is slow to fail on long lines
        return None
    m = patterns().credit_suffix.search(line)
    if not m or m.start() == 0 or patterns().credit_reject.search(m.group(0)):
        return None
    caption = line[: m.start()].rstrip()
    if not caption.endswith((".", ")", "!", "?", "\u201d", '"')):
        return None
    return caption, m.group(0).strip()


def split_inner_credit(text: str) -> tuple[str, str, str] | None:
    """Split "caption. (Name / Agency) story" at its last parenthesised credit: (caption, credit, story)."""
    if "/" not in text:
        return None
    found = None
    for m in patterns().credit_inner.finditer(text):
        credit = m.group(0).strip()
        if credit.startswith("(") and credit.endswith(")") and not patterns().credit_reject.search(credit):
            found = m
    if found is None or found.start() == 0:
        return None
    return text[: found.start()].rstrip(), found.group(0).strip(), text[found.end() :].lstrip()


def match_dateline(paragraph: str) -> tuple[str, str, int] | None:
    """(dateline text, place, length of the prefix to strip) when a paragraph opens with one."""
    for pattern in patterns().datelines:
        m = pattern.match(paragraph)
        if not m:
            continue
        place = m.group("place").strip(" ,")
        words = place.replace(",", " ").split()
        if not words or len(words) > 6 or not any(len(w) > 1 for w in words):
            continue
        if place.split(",")[0] != place.split(",")[0].upper():
            continue
        return m.group(0).strip(" \u2013\u2014-:"), place, m.end()
    return None
