"""Actor phrases of an event from the parse, linked to entities and resolved to CAMEO actor codes.

Resolution goes through ``dateline.actors.resolve_actor`` (the actor dictionary); the entity layer's
record (mentions, roles, country, actor code) supplies the context: "Harper" is resolved with his
role "Prime Minister" of Canada, a pronoun through the entity its mention was resolved to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

LOGGER = logging.getLogger(__name__)

Resolver = Callable[..., dict[str, Any] | None]

# children kept in an actor phrase ("the Azadliq opposition coalition", "leaders of X")
PHRASE_LEFT = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case", "predet", "npadvmod"}
)
PRONOUNS = frozenset({"PRON"})


def default_resolver() -> Resolver | None:
    """``dateline.actors.resolve_actor`` when the actor dictionary is installed, else None."""
    try:
        from ..actors import resolve_actor
    except ImportError:
        LOGGER.debug("dateline.actors is not available; actors resolve through entities only")
        return None
    return resolve_actor


def phrase(head: Token) -> Span:
    """The noun phrase of ``head`` without relative clauses, appositions, coordinated parts or other PPs."""
    doc = head.doc
    start, end = head.i, head.i + 1
    for child in head.lefts:
        if child.dep_ in PHRASE_LEFT:
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ in ("compound", "case", "nummod"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while start < end - 1 and doc[start].dep_ in ("punct", "cc"):
        start += 1
    while end - 1 > start and doc[end - 1].dep_ in ("punct", "cc", "case"):
        end -= 1
    return doc[start:end]


@dataclass
class EntityIndex:
    """Entity records of a Doc, looked up by character offset."""

    by_char: dict[int, dict[str, Any]]

    @classmethod
    def build(cls, doc: Doc) -> EntityIndex:
        by_char: dict[int, dict[str, Any]] = {}
        for entity in doc._.entities or []:
            for mention in entity.get("mentions", []):
                for i in range(int(mention["start"]), int(mention["end"])):
                    by_char.setdefault(i, entity)
        return cls(by_char)

    def at(self, token: Token) -> dict[str, Any] | None:
        return self.by_char.get(token.idx)

    def in_span(self, span: Span, head: Token) -> dict[str, Any] | None:
        hit = self.at(head)
        if hit is not None:
            return hit
        for token in span:
            if token.pos_ != "PROPN" or token.head is not head:
                continue
            hit = self.at(token)
            if hit is not None and hit.get("type") in ("PERSON", "ORG", "GPE", "NORP"):
                return hit
        return None


def _split_code(code: str) -> tuple[str | None, str | None]:
    code = (code or "").upper()
    if not code:
        return None, None
    return code[:3], (code[3:6] or None)


def _country_name(iso2: str | None) -> str | None:
    """English name of an ISO alpha-2 country, for use as resolution context."""
    if not iso2:
        return None
    try:
        from ..actors.countries import country_name, iso3_of_iso2
    except ImportError:
        return None
    iso3 = iso3_of_iso2(iso2) if len(iso2) == 2 else iso2
    return country_name(iso3) or None if iso3 else None


def _has_country(hit: dict[str, Any] | None) -> bool:
    return bool(hit and hit.get("country"))


def _is_actor(hit: dict[str, Any] | None) -> bool:
    return bool(hit and (hit.get("code") or hit.get("country")))


class ActorResolver:
    """Turns an argument token of an event into an ``EventActor`` dict."""

    def __init__(self, doc: Doc, resolver: Resolver | None, date: str | None) -> None:
        self.doc = doc
        self.resolver = resolver
        self.date = date
        self.entities = EntityIndex.build(doc)
        self._cache: dict[tuple[str, str | None], dict[str, Any] | None] = {}

    def _resolve_text(self, text: str, context: str | None) -> dict[str, Any] | None:
        if not text or self.resolver is None:
            return None
        key = (text, context)
        if key not in self._cache:
            try:
                self._cache[key] = self.resolver(text, context=context, date=self.date)
            except (ValueError, KeyError, TypeError) as exc:
                LOGGER.debug("resolve_actor(%r) failed: %s", text, exc)
                self._cache[key] = None
        return self._cache[key]

    def _from_entity(self, entity: dict[str, Any]) -> dict[str, Any] | None:
        """The actor of an entity record: its actor code, else its roles, else its name in context."""
        if entity.get("actor_code"):
            country, sector = _split_code(entity["actor_code"])
            return {"code": entity["actor_code"], "country": country, "sector": sector}
        best: dict[str, Any] | None = None
        for role in entity.get("roles") or []:
            where = role.get("organization") or _country_name(role.get("country")) or ""
            hit = self._resolve_text(f"{where} {role.get('title') or ''}".strip(), None)
            if _has_country(hit):
                return hit
            best = best or (hit if _is_actor(hit) else None)
        hit = self._resolve_text(entity.get("name", ""), _country_name(entity.get("country")))
        if _has_country(hit) or (best is None and _is_actor(hit)):
            return hit
        return best

    def candidates(self, head: Token) -> list[Token]:
        """Tokens to try after the phrase: appositions, possessors, nationality adjectives, of-objects."""
        out: list[Token] = []
        for child in head.children:
            if child.dep_ == "appos":
                out.append(child)
        for child in head.children:
            if child.dep_ == "poss" and child.pos_ not in PRONOUNS:
                out.append(child)
        for child in head.children:
            if child.dep_ in ("amod", "compound") and (
                child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN"
            ):
                out.append(child)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                out.extend(p for p in child.children if p.dep_ == "pobj")
        return out

    def actor(self, head: Token, depth: int = 0, exclude: Span | None = None) -> dict[str, Any] | None:
        """The actor an argument head denotes, or None when it names no actor."""
        span = phrase(head)
        entity = self.entities.in_span(span, head)
        pronoun = head.pos_ in PRONOUNS
        text = head.text if pronoun else span.text
        hit: dict[str, Any] | None = None
        if pronoun:
            hit = self._from_entity(entity) if entity is not None else None
        else:
            appos = " ".join(phrase(a).text for a in head.children if a.dep_ == "appos") or None
            if entity is not None and entity.get("actor_code"):
                hit = self._from_entity(entity)
            if hit is None:
                hit = self._resolve_text(text, appos)
            if not _has_country(hit) and entity is not None:
                via_entity = self._from_entity(entity)
                if _has_country(via_entity) or not _is_actor(hit):
                    hit = via_entity
        if not _is_actor(hit) and depth < 2 and not pronoun:
            for candidate in self.candidates(head):
                sub = self.actor(candidate, depth + 1, exclude)
                if sub is not None:
                    sub.update(text=text, start=span.start_char, end=span.end_char)
                    sub["entity"] = sub.get("entity") or (entity or {}).get("id")
                    return sub
        if not _is_actor(hit):
            return None
        assert hit is not None
        if not _has_country(hit) and not pronoun and depth < 2:
            for candidate in self.candidates(head):
                sub = self.actor(candidate, depth + 1, exclude)
                if sub is not None and sub.get("country"):
                    sub.update(text=text, start=span.start_char, end=span.end_char)
                    sub["sector"] = sub.get("sector") or hit.get("sector") or None
                    sub["entity"] = sub.get("entity") or (entity or {}).get("id")
                    return sub
        if not _has_country(hit) and not pronoun:
            in_context = self._resolve_text(text, self.sentence_context(head, exclude))
            if _has_country(in_context):
                hit = in_context
        start, end = (head.idx, head.idx + len(head)) if pronoun else (span.start_char, span.end_char)
        return {
            "entity": (entity or {}).get("id"),
            "text": text,
            "code": hit.get("code") or None,
            "country": hit.get("country") or None,
            "sector": hit.get("sector") or None,
            "start": start,
            "end": end,
        }

    def sentence_context(self, head: Token, exclude: Span | None = None) -> str | None:
        """Place names of the sentence (outside ``exclude``), the context for an actor naming no country."""
        names = [
            ent.text
            for ent in head.sent.ents
            if ent.label_ in ("GPE", "NORP")
            and ent.root is not head
            and not (exclude is not None and exclude.start <= ent.start < exclude.end)
        ]
        return " ".join(names) or None
