"""Who by full name: a person answered by part of a name ("Massa", "Mr Lee") is given the fullest form of
that name the article writes ("Felipe Massa", "Ann Lee"), with the evidence span of that mention."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ..doc_index import doc_text
from .candidates import Candidate
from .cues import cues

_WORD = re.compile(r"\w+")
NAME_KINDS = ("name", "alias")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def written_names(doc: Doc) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(mention, fullest written mention) for every name mention of a person of the entity layer: the
    fullest is the entity's longest name mention containing all the mention's words (so a nickname or
    a title is never taken for a fuller form of the name)."""
    found = []
    for entity in doc._.entities or []:
        if entity.get("type") != "PERSON":
            continue
        mentions = [m for m in entity.get("mentions") or [] if m.get("kind", "name") in NAME_KINDS]
        for mention in mentions:
            words = set(_words(str(mention.get("text") or "")))
            if not words:
                continue
            fuller = [m for m in mentions if words <= set(_words(str(m.get("text") or "")))]
            best = max(fuller, key=lambda m: (len(_words(str(m.get("text") or ""))), -int(m["start"])))
            found.append((mention, best))
    return found


def by_full_name(doc: Doc, candidates: list[Candidate]) -> None:
    """Rewrite, in place, each body candidate that is only a person's name (with at most articles and
    honorifics around it) to the fullest written form of that name; its features are kept."""
    names = written_names(doc)
    if not names:
        return
    filler = set(cues()["stopwords"])
    text = doc_text(doc)
    for cand in candidates:
        if cand.source != "body" or cand.start is None or cand.end is None:
            continue
        for mention, best in names:
            if not (cand.start <= mention["start"] and mention["end"] <= cand.end):
                continue
            rest = text[cand.start : mention["start"]] + " " + text[mention["end"] : cand.end]
            if any(w not in filler for w in _words(rest)):
                continue
            written = _words(text[mention["start"] : mention["end"]])
            if len(_words(str(best.get("text") or ""))) <= len(written):
                break
            cand.text = text[best["start"] : best["end"]]
            cand.start, cand.end = int(best["start"]), int(best["end"])
            break
