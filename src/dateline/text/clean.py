"""Noisy article text -> clean body, metadata and typed boilerplate (``CleanDocument``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..schema import Dateline, Paragraph, Published, Removed
from .boilerplate import classify_line, cut_inline, match_dateline, split_credit, split_inner_credit
from .normalize import normalize
from .pubdate import date_from_line

_SENTENCE_END = (".", "!", "?", "\u201d", '"', "\u2019", ":", ";")
_MAX_HEADLINE_WORDS = 25
_MAX_LEAD_CAPTION_WORDS = 40
# A photo caption is a sentence or two; text before a credit that is longer is story text.
_MAX_CAPTION_WORDS = 40
_TITLE_CASE_SHARE = 0.75


@dataclass
class CleanDocument:
    """The clean story and what was taken out of it."""

    body: str
    paragraphs: list[Paragraph]
    headline: str | None = None
    dateline: Dateline | None = None
    bylines: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    published: Published | None = None
    warnings: list[str] = field(default_factory=list)


def _units(text: str) -> list[tuple[int, str]]:
    """Lines of the text as (line number, text), hard-wrapped lines joined back into paragraphs."""
    units: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        if not line:
            if pending:
                units.append(pending)
            pending = None
            continue
        if pending and not pending[1].endswith(_SENTENCE_END) and line[:1].islower():
            pending = (pending[0], f"{pending[1]} {line}")
            continue
        if pending:
            units.append(pending)
        pending = (number, line)
    if pending:
        units.append(pending)
    return units


def _title_cased(words: list[str]) -> bool:
    """Most longer words capitalised, as in "Council Passes Budget for Next Year"."""
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(w[0].isupper() for w in long_words)
    return len(long_words) >= 2 and capitalised >= _TITLE_CASE_SHARE * len(long_words)


def _is_headline(line: str) -> bool:
    words = line.split()
    ending_ok = not line.endswith((".", ":", ";", ",")) or (line.endswith(".") and _title_cased(words))
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and ending_ok
        and classify_line(line) is None
        and match_dateline(line) is None
    )


def clean_text(
    text: str,
    *,
    headline: str | None = None,
    bylines: list[str] | None = None,
) -> CleanDocument:
    """Split noisy article text into headline, dateline, bylines, boilerplate and clean body.

    ``headline`` and ``bylines`` from page metadata take precedence over what the text shows.

    Example: ``clean_text("Title\\n\\nOTTAWA – Text.").dateline.text == "OTTAWA"``.
    """
    units = _units(normalize(text))
    removed: list[Removed] = []
    doc = CleanDocument(body="", paragraphs=[], headline=headline, bylines=list(bylines or []))

    if units and _is_headline(units[0][1]) and len(units) > 1:
        if headline is None or units[0][1].strip().lower() == headline.strip().lower():
            doc.headline = units[0][1]
            units = units[1:]
    elif units and headline and units[0][1].strip().lower() == headline.strip().lower():
        units = units[1:]

    captions: set[str] = set()
    story: list[tuple[int, str]] = []
    for number, line in units:
        kind = classify_line(line)
        if kind == "byline":
            doc.bylines.append(re.sub(r"^(by|written by|reporting by|story by)\s+", "", line, flags=re.I))
            removed.append(Removed(kind="byline", text=line, line=number))
            continue
        if kind == "published":
            found = date_from_line(line)
            if found and doc.published is None:
                doc.published = Published(value=found, source="text", note=f"stated in the text: {line!r}")
            removed.append(Removed(kind="other", text=line, line=number))
            continue
        if kind is not None:
            removed.append(Removed(kind=kind, text=line, line=number))
            continue
        credit = split_credit(line)
        if credit:
            caption, credit_text = credit
            inner = split_inner_credit(caption)
            if inner or len(caption.split()) > _MAX_CAPTION_WORDS:
                # a story (often a whole one on one line) that ends with a credit: only credits go, and
                # a caption its text runs on from
                if inner and len(inner[0].split()) <= _MAX_CAPTION_WORDS:
                    caption = inner[2]
                    removed.append(Removed(kind="caption", text=inner[0], line=number))
                    removed.append(Removed(kind="credit", text=inner[1], line=number))
                removed.append(Removed(kind="credit", text=credit_text, line=number))
                story.append((number, caption))
                continue
            if caption not in captions:
                captions.add(caption)
                removed.append(Removed(kind="caption", text=caption, line=number))
            removed.append(Removed(kind="credit", text=credit_text, line=number))
            continue
        if line in captions or (len(line.split()) < 40 and any(line == s for _, s in story)):
            removed.append(Removed(kind="caption" if line in captions else "other", text=line, line=number))
            continue
        story.append((number, line))

    # A dateline opens the story: short lines above it are photo captions.
    for index, (number, line) in enumerate(story[:6]):
        found = match_dateline(line)
        if not found:
            continue
        text_, place, cut = found
        doc.dateline = Dateline(text=text_, place=place.title() if place.isupper() else place)
        lead = story[:index]
        if all(len(s.split()) <= _MAX_LEAD_CAPTION_WORDS for _, s in lead):
            for n, s in lead:
                if s in captions:
                    continue
                if doc.headline is None and len(s.split()) <= _MAX_HEADLINE_WORDS:
                    doc.headline = s
                    removed.append(Removed(kind="headline", text=s, line=n))
                else:
                    removed.append(Removed(kind="standfirst", text=s, line=n))
            story = story[index:]
            index = 0
        rest = line[cut:].lstrip()
        removed.append(Removed(kind="dateline", text=line[:cut].strip(), line=number))
        story[index] = (number, rest)
        break

    # A caption seen only later (repeated with its credit) is dropped wherever it stands.
    story = [(n, s) for n, s in story if s not in captions]
    for index, (number, line) in enumerate(story):
        line, cut = cut_inline(line)
        removed.extend(Removed(kind=kind, text=text_, line=number) for kind, text_ in cut)
        story[index] = (number, line)
    story = [(n, s) for n, s in story if s]
    removed.sort(key=lambda r: r.line or 0)

    offset = 0
    parts: list[str] = []
    for _, paragraph in story:
        if parts:
            offset += 2
        doc.paragraphs.append(Paragraph(start=offset, end=offset + len(paragraph)))
        parts.append(paragraph)
        offset += len(paragraph)
    doc.body = "\n\n".join(parts)
    doc.removed = removed
    return doc
