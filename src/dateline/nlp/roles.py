"""Roles of people from titles before their name and appositions after it.

"NATO's supreme allied commander Gen. Philip Breedlove" -> [Supreme Allied Commander of NATO,
General]; "Stoltenberg, a former Norwegian cabinet minister" -> a former minister of Norway.
A national office that names no country takes the article's home country (dateline first,
then a clearly dominant country among the places named), or stays null.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .doc_index import sentence_bounds
from .people_data import PeopleData, TitleEntry, city_country

if TYPE_CHECKING:
    from .entities import Group

_POSSESSIVE_TOKENS = {"'s", "\u2019s", "'", "\u2019"}
_MAX_PHRASE = 12


@dataclass
class TitleMatches:
    """Title/rank/honorific matches of a doc, indexed by the token they end on and start on."""

    by_end: dict[int, tuple[int, TitleEntry]]
    by_start: dict[int, tuple[int, TitleEntry]]
    data: PeopleData

    @classmethod
    def find(cls, doc: Doc, matcher: PhraseMatcher, data: PeopleData) -> TitleMatches:
        """Longest matches first; each token belongs to at most one title."""
        found = sorted(matcher(doc), key=lambda m: (m[1] - m[2], m[1]))
        taken: set[int] = set()
        by_end: dict[int, tuple[int, TitleEntry]] = {}
        by_start: dict[int, tuple[int, TitleEntry]] = {}
        for _, start, end in found:
            if taken.intersection(range(start, end)):
                continue
            entry = data.titles.get(doc[start:end].text.lower())
            if entry is None:
                continue
            taken.update(range(start, end))
            by_end[end] = (start, entry)
            by_start[start] = (end, entry)
        return cls(by_end, by_start, data)

    def strip_leading(self, span: Span) -> Span | None:
        """The span without leading titles or honorifics ("President Obama" -> "Obama")."""
        start = span.start
        while start in self.by_start and self.by_start[start][0] < span.end:
            start = self.by_start[start][0]
        while start < span.end and span.doc[start].is_punct:
            start += 1
        return Span(span.doc, start, span.end, label=span.label_) if start < span.end else None

    def before(self, index: int) -> list[TitleEntry]:
        """Titles directly before token ``index`` (possibly several: "commander Gen.")."""
        found = []
        while index in self.by_end:
            start, entry = self.by_end[index]
            found.append(entry)
            index = start
        return found


def mention_index(groups: list[Group]) -> dict[int, tuple[Group, int, int]]:
    """For each token index inside a mention, its group and the mention's (start, end)."""
    index: dict[int, tuple[Group, int, int]] = {}
    for group in groups:
        for m in group.mentions:
            for i in range(m.start, m.end):
                index[i] = (group, m.start, m.end)
    return index


def _premodifier_phrase(
    doc: Doc, start: int, titles: TitleMatches, at: dict, data: PeopleData
) -> tuple[int, int]:
    """Token range of the title phrase directly before a name (empty when there is no title)."""
    sent_start = sentence_bounds(doc)[start][0] if start < len(doc) else 0
    i = start - 1
    has_title = False
    while i >= sent_start and start - i <= _MAX_PHRASE:
        if i + 1 in titles.by_end:
            has_title = True
            i = titles.by_end[i + 1][0] - 1
            continue
        token = doc[i]
        held = at.get(i)
        if held is not None and held[0].type != "PERSON":
            i = held[1] - 1
            continue
        lower = token.lower_
        if (
            token.text in _POSSESSIVE_TOKENS
            or lower in data.former
            or lower in data.qualifiers
            or data.country_of_demonym(token.text)
            or (token.text == "-" and i > sent_start)
        ):
            i -= 1
            continue
        break
    return (i + 1, start) if has_title else (start, start)


def _apposition_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase in apposition to a name: "X, a former minister" or "the minister, X"."""
    root = doc[start:end].root
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= end:
            last = child.i
            for right in child.rights:
                if right.dep_ == "prep" and right.lower_ in ("of", "at", "for", "with"):
                    last = right.right_edge.i
            return child.left_edge.i, last + 1
    if root.dep_ == "appos" and root.head.i < start:
        head = root.head
        return head.left_edge.i, head.i + 1
    return None


def _roles_in(
    doc: Doc, lo: int, hi: int, titles: TitleMatches, at: dict, data: PeopleData, home: str | None
) -> list[dict[str, Any]]:
    organization = None
    org_country = None
    country = None
    former = False
    found: list[tuple[int, int, TitleEntry]] = []
    i = lo
    while i < hi:
        if i in titles.by_start and titles.by_start[i][0] <= hi:
            end, entry = titles.by_start[i]
            if entry.kind != "honorific":
                found.append((i, end, entry))
            i = end
            continue
        token = doc[i]
        held = at.get(i)
        if held is not None and held[0].type != "PERSON":
            group = held[0]
            code = group.entry.country if group.entry else data.country_of_name(group.name)
            if group.type == "GPE" or (group.entry is not None and group.entry.kind == "country"):
                country = country or code
            elif group.type == "NORP":
                country = country or group.country
            else:
                organization = organization or group.name
                org_country = org_country or code
            i = held[2]
            continue
        demonym = data.country_of_demonym(token.text)
        if demonym and token.text[:1].isupper():
            country = country or demonym
        if token.lower_ in data.former:
            former = True
        i += 1
    roles = []
    for start, end, entry in found:
        surface = doc[start:end].text
        role_country = country or org_country
        if role_country is None and organization is None and entry.national:
            role_country = home
        roles.append(
            {
                "title": entry.title if entry.kind == "rank" else surface,
                "organization": organization,
                "country": role_country,
                "start": doc[start].idx,
                "end": doc[end - 1].idx + len(doc[end - 1]),
                "sector": entry.sector,
                "former": former,
            }
        )
    return roles


def roles_for(
    doc: Doc,
    group: Group,
    titles: TitleMatches,
    at: dict[int, tuple[Group, int, int]],
    data: PeopleData,
    home: str | None,
) -> list[dict[str, Any]]:
    """Roles of one person from the titles around each of their name mentions, deduplicated;
    ``at`` is the ``mention_index`` of every group of the doc (made once for all its people)."""
    roles: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for mention in sorted(group.mentions, key=lambda m: m.start):
        if mention.kind == "pronoun":
            continue
        ranges = [_premodifier_phrase(doc, mention.start, titles, at, data)]
        appos = _apposition_range(doc, mention.start, mention.end)
        if appos is not None:
            ranges.append(appos)
        for lo, hi in ranges:
            if lo >= hi:
                continue
            for role in _roles_in(doc, lo, hi, titles, at, data, home):
                key = (role["title"].lower(), role["organization"], role["country"])
                if key not in seen:
                    seen.add(key)
                    roles.append(role)
    return roles


def home_country(doc: Doc, data: PeopleData) -> str | None:
    """The article's country: its dateline place, else a clearly dominant country among GPE mentions."""
    dateline = doc._.dateline or {}
    for text in (dateline.get("place"), dateline.get("text")):
        if text:
            code = data.country_of_name(text) or city_country(text)
            if code:
                return code
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "GPE":
            entry = data.alias(ent.text.removeprefix("the ").removeprefix("The "))
            code = entry.country if entry else data.country_of_name(ent.text.removeprefix("the "))
            if code:
                counts[code] += 1
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 3 and n >= 2 * second else None
