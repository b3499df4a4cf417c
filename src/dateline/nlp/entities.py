"""``dateline_entities``: people and organisations with their roles, aliases and pronoun mentions.

Mentions come from the NER model and from the alias table (``ontology/people_aliases.json``);
known surnames repair what the small model mislabels or misses ("Stoltenberg" as a place,
"Harper" untagged). Adjectival demonyms ("a Norwegian minister") are affiliations, not
entities: they only inform a role's country. Roles come from the title lexicon
(``knowledge/titles.json``), pronouns and definite descriptions ("the alliance", "the
president") are resolved by rules on the parse (see ``coref.py``).
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from ..events.headline import cased_headline, headline_entities
from ..knowledge import titles_table
from ..ontology import load_json
from .contract import dateline_component, model_parse, model_parse_many
from .coref import resolve_references
from .country_names import join_country_names
from .doc_index import doc_text, token_strings
from .org_names import join_org_names
from .people_data import AliasEntry, PeopleData, people_data
from .place_names import relabel_place_names
from .roles import TitleMatches, home_country, mention_index, roles_for

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART")
_POSSESSIVE = re.compile(r"(\u2019s|'s|\u2019|')$")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_MODIFIER_DEPS = {"amod", "compound", "npadvmod", "nmod", "advmod"}
_MAX_NAME_TOKENS = 4  # a name after a title: given names, particles aside, and a surname
_PROPER_TAGS = {"NNP", "NNPS"}


def canonical(text: str) -> str:
    """The surface of a mention with possessives and a leading "the" removed."""
    return _LEADING_THE.sub("", _POSSESSIVE.sub("", text.strip())).strip()


@dataclass
class Mention:
    """A span of the doc attached to an entity."""

    start: int  # token index
    end: int
    kind: str = "name"


@dataclass
class Group:
    """An entity under construction."""

    name: str
    type: str
    entry: AliasEntry | None = None
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None

    def first(self) -> int:
        return min(m.start for m in self.mentions)


class EntityGrouper:
    """Find people and organisations, merge their mentions and attach roles and references."""

    def __init__(self, nlp: Language, name: str, labels: list[str], resolve_pronouns: bool = True) -> None:
        self.name = name
        self.nlp = nlp
        self.labels = set(labels)
        self.resolve_pronouns = resolve_pronouns
        self.data: PeopleData = people_data()
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.title_matcher.add(
            "TITLE", [nlp.make_doc(form) for t in self.data.titles for form in {t, t.title(), t.upper()}]
        )
        self.alias_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.alias_matcher.add("ALIAS", [nlp.make_doc(t) for t in self.data.aliases if t[:1].isupper()])

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = self.predict(relabel_place_names(join_org_names(join_country_names(doc))))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``__call__`` over a stream, the Title Case headlines of each batch parsed together
        (``model_parse_many``: the same parses, the model's cost per call paid once); each Doc is
        annotated only when the next component asks for it, as ``__call__`` would be."""
        for batch in minibatch(docs, size=batch_size):
            batch = [relabel_place_names(join_org_names(join_country_names(doc))) for doc in batch]
            ready = self._headline_parses(batch)
            for doc in batch:
                doc._.entities = self.predict(doc, ready)
                yield doc

    def _headline_parses(self, docs: list[Doc]) -> dict[str, list[Doc]]:
        """The model's parse of each Doc's sentence-cased headline (``cased_headline``), by text,
        one parse per Doc (a parse is changed by the reader it is given to)."""
        texts = [text for doc in docs if len(doc) and (text := cased_headline(doc)) is not None]
        ready: dict[str, list[Doc]] = {}
        for text, parsed in zip(texts, model_parse_many(self.nlp, texts), strict=True):
            ready.setdefault(text, []).append(parsed)
        return ready

    def _parse(self, text: str, ready: dict[str, list[Doc]] | None) -> Doc:
        """A parse of a headline, made in the batch when there is one left for its text."""
        made = ready.get(text) if ready else None
        return made.pop() if made else model_parse(self.nlp, text)

    def predict(self, doc: Doc, ready: dict[str, list[Doc]] | None = None) -> list[dict[str, Any]]:
        """Entities as record dicts, in order of first mention; ``ready`` holds parses of headlines
        made beforehand (``_headline_parses``)."""
        if not len(doc):
            return []
        titles = TitleMatches.find(doc, self.title_matcher, self.data)
        spans = self._candidate_spans(doc, titles, ready)
        groups = self._group(doc, spans)
        self._repair_surnames(doc, groups)
        home = home_country(doc, self.data)
        at = mention_index(groups)
        for group in groups:
            if group.type == "PERSON":
                group.roles = roles_for(doc, group, titles, at, self.data, home)
                group.gender = self._gender(doc, group, titles)
        for group in groups:
            group.country = group.country or _entity_country(group, self.data)
        if self.resolve_pronouns:
            resolve_references(doc, groups, titles, self.data)
        return _records(doc, groups)

    def _candidate_spans(
        self, doc: Doc, titles: TitleMatches, ready: dict[str, list[Doc]] | None = None
    ) -> list[Span]:
        """NER spans plus alias-table matches, overlaps resolved (longest first), titles trimmed."""
        headline = headline_entities(doc, lambda text: self._parse(text, ready))
        if headline is not None:
            # a Title Case headline's names as the model finds them in its sentence-cased reading
            # ("Criticizes Trump" is no person), for this and every later component
            end, cased = headline
            doc.ents = filter_spans([e for e in doc.ents if e.start_char >= end] + cased)
        spans = [ent for ent in doc.ents if ent.label_ in self.labels]
        shouting = _shouting(doc_text(doc))
        if shouting:
            if doc._.warnings is None:
                doc._.warnings = []
            doc._.warnings.append(
                "entities: the text is mostly in capital letters; names and roles may be missed or wrong"
            )
        for _, start, end in self.alias_matcher(doc):
            span = doc[start:end]
            if shouting and len(span.text) <= 3:
                continue
            entry = self.data.alias(span.text)
            if entry is not None:
                spans.append(Span(doc, start, end, label=entry.type))
        trimmed = []
        for span in filter_spans(spans):
            if span.label_ == "PERSON":
                span = titles.strip_leading(span)
            if span is not None and len(span):
                trimmed.append(span)
        return _names_after_abbreviated_titles(doc, titles, trimmed) if "PERSON" in self.labels else trimmed

    def _group(self, doc: Doc, spans: list[Span]) -> list[Group]:
        groups: list[Group] = []
        by_key: dict[tuple[str, str], Group] = {}
        persons: list[Group] = []
        for span in spans:
            name = canonical(span.text)
            if not name or not any(c.isalpha() for c in name):
                continue
            label = span.label_
            entry = self.data.alias(name)
            demonym = self.data.country_of_demonym(name)
            if entry is None and demonym and label in ("NORP", "GPE") and not self.data.country_of_name(name):
                label = "NORP"
            if label == "NORP" and _is_modifier(span):
                continue
            if entry is not None:
                key = ("ALIAS", entry.name)
                label = entry.type
                name = entry.name
            else:
                key = (label, name.lower())
            group = by_key.get(key)
            if group is None and label == "PERSON":
                group = _matching_person(name, persons)
            if group is None:
                group = Group(name=name, type=label, entry=entry)
                if label == "NORP":
                    group.country = demonym
                groups.append(group)
                by_key[key] = group
                if label == "PERSON":
                    persons.append(group)
            elif label == "PERSON" and len(name.split()) > len(group.name.split()):
                group.aliases.append(group.name)
                group.name = name
            surface = canonical(span.text)
            if surface != group.name and surface not in group.aliases:
                group.aliases.append(surface)
            group.mentions.append(Mention(span.start, span.end, "name" if surface == group.name else "alias"))
        return groups

    def _repair_surnames(self, doc: Doc, groups: list[Group]) -> None:
        """A capitalised token equal to a known person's surname is that person, whatever NER said."""
        surnames: dict[str, list[Group]] = {}
        for group in groups:
            if group.type == "PERSON" and len(group.name.split()) > 1:
                surnames.setdefault(group.name.split()[-1], []).append(group)
        if not surnames:
            return
        starts = {id(g): sorted(m.start for m in g.mentions) for gs in surnames.values() for g in gs}
        owner: dict[int, tuple[Group, Mention]] = {}
        for group in groups:
            for mention in group.mentions:
                for i in range(mention.start, mention.end):
                    owner[i] = (group, mention)
        for i, text in enumerate(token_strings(doc, ORTH)):
            # only a surname as written or in capitals passes: no other word's Token is made
            if text not in surnames and text.capitalize() not in surnames:
                continue
            token = doc[i]
            # a surname in a line of capitals ("OKAFOR ACCUSES ...") is the surname
            shouted = token.text.capitalize() if token.is_upper and len(token) > 2 else None
            candidates = surnames.get(token.text) or (surnames.get(shouted) if shouted else None)
            if not candidates or not token.text[:1].isupper():
                continue
            held = owner.get(token.i)
            if held is not None:
                group, mention = held
                if group.type == "PERSON" and group in candidates:
                    continue
                if mention.end - mention.start > 1:
                    continue
                group.mentions.remove(mention)
            person = _nearest_before(candidates, token.i, starts)
            person.mentions.append(Mention(token.i, token.i + 1, "alias"))
            if token.text not in person.aliases:
                person.aliases.append(token.text)
        groups[:] = [g for g in groups if g.mentions]
        for group in groups:
            group.aliases = [a for a in group.aliases if a != group.name]

    def _gender(self, doc: Doc, group: Group, titles: TitleMatches) -> str | None:
        first = group.name.split()[0]
        gender = self.data.first_names.get(first)
        if gender:
            return gender
        for mention in group.mentions:
            for entry in titles.before(mention.start):
                if entry.gender:
                    return entry.gender
                gendered = self.data.gendered_titles.get(entry.title.lower())
                if gendered:
                    return gendered
        return dictionary_gender(group.name, self.data.first_names)


def dictionary_gender(name: str, first_names: dict[str, str]) -> str | None:
    """The gender of the people of the actor dictionary a name stands for, by their first names: a
    surname alone ("Obama") or the full name; None when they differ ("Clinton") or none is known."""
    from ..actors.lexicon import key_of, lexicon

    key = key_of(name)
    if not key:
        return None
    people = lexicon().surnames.get(key.split(" ")[-1], [])
    if " " in key:
        people = [p for p in people if key_of(p.name) == key]
    genders = {first_names.get(p.name.split()[0]) for p in people}
    return genders.pop() if len(genders) == 1 else None


def _shouting(text: str) -> bool:
    """Mostly capital letters: short acronyms ("US", "IS") cannot be told from words."""
    letters = sum(map(str.isalpha, text))
    return letters > 20 and sum(map(str.isupper, text)) > 0.6 * letters


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """Abbreviated titles the tokenizer keeps whole (``ontology/english.json``)."""
    return frozenset(load_json("english.json")["title_abbreviations"])


@lru_cache(maxsize=1)
def _rank_tails() -> tuple[tuple[str, ...], ...]:
    """Words that carry on a rank after its abbreviation ("First Class" in "Sgt. First Class"),
    lower-cased and split into tokens, the longest first (``knowledge/titles.json``)."""
    tails = {tuple(t.split()) for t in titles_table().get("rank_tails", [])}
    return tuple(sorted(tails, key=len, reverse=True))


def _rank_tail_end(doc: Doc, i: int) -> int:
    """The token after a rank's tail that starts at ``i`` ("First Class", "Major", "at Arms"), or
    ``i`` when none does."""
    for tail in _rank_tails():
        words = doc[i : i + len(tail)]
        if len(words) == len(tail) and tuple(t.lower_ for t in words) == tail:
            return i + len(tail)
    return i


def _names_after_abbreviated_titles(doc: Doc, titles: TitleMatches, spans: list[Span]) -> list[Span]:
    """Spans with the whole name after an abbreviated title as one person ("said Sgt. Ana Ruiz").

    The model cuts or mislabels a name after a title written with a period ("Sgt. Ana" read as a
    person and "Ruiz" left out, "Lt." read as an organisation, nothing found after "Gen."). A run
    of titles ("Det. Sgt.") is one prefix, and a rank's tail after it ("Sgt. First Class", "Sgt.
    Major") belongs to the title; the capitalised proper nouns right after, up to the first other
    word, are the person, also when the model read title and name as one entity of another kind
    ("Det. Insp. Rhea Moss" as an organisation). Spans lying within the titles and that name are
    replaced by it, and a span that runs past the name is kept as the model found it.
    """
    out = list(spans)
    starts = {start: end for start, (end, _) in titles.by_start.items()}
    abbreviations = _title_abbreviations()
    for i, text in enumerate(token_strings(doc, ORTH)):
        if text in abbreviations and not any(s <= i < e for s, e in starts.items()):
            starts[i] = i + 1
    # the entity each token lies in, read off every entity of the doc only once a title ends with a period
    entity_start: dict[int, int] | None = None
    chained: set[int] = set()
    for start, end in sorted(starts.items()):
        if start in chained:
            continue
        while end in starts and doc[end - 1].text.endswith(".") and doc[starts[end] - 1].text.endswith("."):
            chained.add(end)
            end = starts[end]
        if not doc[end - 1].text.endswith(".") or end >= len(doc):
            continue
        if entity_start is None:
            entity_start = {i: ent.start for ent in doc.ents for i in range(ent.start, ent.end)}
        end = _rank_tail_end(doc, end)
        stop = end
        while (
            stop < len(doc)
            and stop - end < _MAX_NAME_TOKENS
            and doc[stop].tag_ in _PROPER_TAGS
            and doc[stop].text[:1].isupper()
            and (doc[stop].ent_type_ in ("", "PERSON") or entity_start.get(stop) == start)
            and stop not in starts
            and (stop == end or not doc[stop].is_sent_start)
        ):
            stop += 1
        if stop == end:
            continue
        inside = [s for s in out if s.start < stop and s.end > start]
        if any(s.start < start or s.end > stop for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span(doc, end, stop, label="PERSON"))
    return sorted(out, key=lambda s: s.start)


def _is_modifier(span: Span) -> bool:
    """An adjectival demonym ("Russian President", "Russian-backed") rather than a group of people."""
    root = span.root
    if root.dep_ in _MODIFIER_DEPS:
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return bool(nxt is not None and nxt.text == "-")


def _matching_person(name: str, persons: list[Group]) -> Group | None:
    """An already-seen person this name refers to: same surname and a compatible first name."""
    parts = name.split()
    for person in persons:
        known = person.name.split()
        if parts[-1] != known[-1]:
            continue
        if len(parts) == 1 or len(known) == 1:
            return person
        a, b = parts[0].rstrip("."), known[0].rstrip(".")
        if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
            return person
        if difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8:
            return person
    return None


def _nearest_before(candidates: list[Group], index: int, starts: dict[int, list[int]]) -> Group:
    """The candidate mentioned last before ``index`` (the first one when none was)."""
    if len(candidates) == 1:
        return candidates[0]

    def last_before(group: Group) -> int:
        positions = starts[id(group)]
        k = bisect.bisect_left(positions, index)
        return positions[k - 1] if k else -1

    return max(candidates, key=last_before)


def _entity_country(group: Group, data: PeopleData) -> str | None:
    if group.type == "PERSON":
        current = [r["country"] for r in group.roles if r.get("country") and not r.get("former")]
        past = [r["country"] for r in group.roles if r.get("country")]
        return (current or past or [None])[0]
    if group.entry is not None:
        return group.entry.country
    if group.type == "GPE":
        return data.country_of_name(group.name)
    if group.type == "NORP":
        return data.country_of_demonym(group.name)
    return None


def _records(doc: Doc, groups: list[Group]) -> list[dict[str, Any]]:
    ordered = sorted((g for g in groups if g.mentions), key=Group.first)
    records = []
    for number, group in enumerate(ordered, start=1):
        mentions = []
        seen: set[tuple[int, int]] = set()
        for m in sorted(group.mentions, key=lambda m: m.start):
            span = doc[m.start : m.end]
            key = (span.start_char, span.end_char)
            if key in seen:
                continue
            seen.add(key)
            mentions.append(
                {"start": span.start_char, "end": span.end_char, "text": span.text, "kind": m.kind}
            )
        records.append(
            {
                "id": f"E{number}",
                "name": group.name,
                "type": group.type,
                "aliases": list(dict.fromkeys(group.aliases)),
                "roles": group.roles,
                "country": group.country,
                "mentions": mentions,
            }
        )
    return records


@Language.factory(
    "dateline_entities",
    default_config={"labels": list(ENTITY_LABELS), "resolve_pronouns": True},
    assigns=["doc._.entities", "doc.ents"],
    requires=["doc.ents", "token.dep"],
)
def make_entities(nlp: Language, name: str, labels: list[str], resolve_pronouns: bool) -> EntityGrouper:
    """Factory for the entity component."""
    return dateline_component(EntityGrouper(nlp, name, labels, resolve_pronouns))
