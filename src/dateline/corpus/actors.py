"""Entity canonicalisation across articles: one actor id for the same person, organisation or place.

Names are unified when they are equal once normalised, when one article lists them as aliases of
one entity, when organisations or places share an actor code, and a surname alone joins the one
person of the corpus whose full name ends with it (left alone when several do).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .unionfind import UnionFind

_PUNCT = re.compile(r"[^\w\s'-]")
_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"('s|\u2019s)$")
_CODE_TYPES = {"ORG", "GPE", "NORP", "LOC"}


@dataclass
class EntityRow:
    """One entity of one article, as the canonicaliser needs it."""

    article_id: str
    entity_id: str
    name: str
    type: str
    actor_code: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    n_mentions: int = 1


@dataclass
class Actor:
    """A canonical actor across articles."""

    id: str
    name: str
    type: str
    country: str | None
    actor_code: str | None
    n_articles: int
    n_mentions: int
    aliases: list[str]


def normalize(name: str) -> str:
    """A name folded for comparison: NFKC, lower case, no punctuation, no leading "the"."""
    text = unicodedata.normalize("NFKC", name).lower().strip()
    text = _POSSESSIVE.sub("", text)
    text = _PUNCT.sub(" ", text)
    text = _THE.sub("", " ".join(text.split()))
    return text


def actor_id(kind: str, anchor: str) -> str:
    """The id of a canonical actor: a hash of its type and anchor name (a full name when it has one)."""
    return "A" + hashlib.sha256(f"{kind}|{anchor}".encode()).hexdigest()[:12]


def most_common(counts: Counter) -> str | None:
    """The most frequent value, the smallest of equally frequent ones; None for no values."""
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def canonicalize(rows: Iterable[EntityRow]) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """The canonical actors and ``{(article id, entity id): actor id}``."""
    rows = list(rows)
    uf = UnionFind()
    by_code: dict[tuple[str, str], tuple[str, str]] = {}
    for row in rows:
        key = (row.type, normalize(row.name))
        if not key[1]:
            continue
        uf.find(key)
        for alias in row.aliases:
            alias_key = (row.type, normalize(alias))
            if alias_key[1]:
                uf.union(key, alias_key)
        if row.actor_code and row.type in _CODE_TYPES:
            code_key = (row.type, row.actor_code)
            if code_key in by_code:
                uf.union(key, by_code[code_key])
            else:
                by_code[code_key] = key
    # A person named by surname alone joins the one full name of the corpus ending with it.
    full_by_last: dict[str, set] = defaultdict(set)
    for key in list(uf.parent):
        kind, name = key
        if kind == "PERSON" and " " in name:
            full_by_last[name.rsplit(" ", 1)[1]].add(uf.find(key))
    for key in list(uf.parent):
        kind, name = key
        if kind == "PERSON" and " " not in name and len(full_by_last.get(name, ())) == 1:
            uf.union(next(iter(full_by_last[name])), key)

    members: dict[object, list[EntityRow]] = defaultdict(list)
    for row in rows:
        key = (row.type, normalize(row.name))
        if key[1]:
            members[uf.find(key)].append(row)
    actors: list[Actor] = []
    links: dict[tuple[str, str], str] = {}
    for root, group in members.items():
        kind, _ = root
        names = Counter(r.name for r in group)
        articles = {r.article_id for r in group}
        name = max(names, key=lambda n: (names[n], len(n.split()), len(n), n))
        normalized = {normalize(r.name) for r in group}
        anchor = min({n for n in normalized if " " in n} or normalized)
        aid = actor_id(kind, anchor)
        codes = Counter(r.actor_code for r in group if r.actor_code)
        countries = Counter(r.country for r in group if r.country)
        aliases = sorted(({r.name for r in group} | {a for r in group for a in r.aliases}) - {name})
        actors.append(
            Actor(
                id=aid,
                name=name,
                type=kind,
                country=most_common(countries),
                actor_code=most_common(codes),
                n_articles=len(articles),
                n_mentions=sum(r.n_mentions for r in group),
                aliases=aliases[:50],
            )
        )
        for r in group:
            links[(r.article_id, r.entity_id)] = aid
    return actors, links
