"""``dateline_summary``: the main event of the article as who / what / when / where / why / how.

In the spirit of Giveme5W1H (Hamborg et al. 2019), without its CoreNLP server or network geocoder:

- who / what: the subject and the verb phrase of the clauses in the lead, ranked by position, by whether
  the subject names an entity, and by how often that entity recurs; a reporting clause ("..., police
  said") yields the reported clause; a pronoun subject is replaced by the entity it most likely means.
- when: the time expressions of ``doc._.times`` (or the parser's DATE/TIME entities), early and in the
  main clause first, dates before durations.
- where: the place mentions of ``doc._.places`` (or GPE/LOC/FAC entities), early and in the main clause
  first, towns and buildings before countries; the dateline place is a candidate too.
- why / how: causal and manner cues (``ontology/summary_cues.json``) and the phrases they open.

Every answer is a span of the body (the dateline answer, which is not in the body, has no offsets).
Each layer is optional: a missing one only removes its candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..ontology import load_json
from .doc_index import doc_text
from .summary_headline import BodyLexicon, HeadlineReading, headline_cues, read_headline

WS = ("who", "what", "when", "where", "why", "how")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
VP_DEPS = {
    "dobj", "prt", "attr", "acomp", "xcomp", "dative", "oprd", "prep", "agent", "advmod", "npadvmod", "neg",
    "ccomp", "pobj", "compound",
}  # fmt: skip
VERB_GROUP_DEPS = {"aux", "auxpass", "neg"}
ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"}
FEATURE_WEIGHT = {"city": 1.0, "facility": 1.0, "admin": 0.9, "region": 0.6, "country": 0.5, "place": 0.4}
MAX_WHO = 10
MAX_WHAT = 12
MAX_PHRASE = 16


@cache
def cues() -> dict[str, Any]:
    """The cue tables, with compiled skip patterns and tokenised cues."""
    data = dict(load_json("summary_cues.json"))
    data["skip"] = [re.compile(p) for p in data["skip_sentence_patterns"]]
    for w in ("why", "how"):
        data[w] = [dict(c, words=c["cue"].lower().split()) for c in data[w]]
    data["weak"] = set(data["weak_subjects"])
    data["reporting"] = set(data["reporting_verbs"])
    data["locative"] = set(data["locative_prepositions"])
    data["stopwords"] = set(data["stopwords"])
    data["furniture"] = sorted((p.split() for p in data["furniture_prefixes"]), key=len, reverse=True)
    return data


_QUALIFIER = re.compile(r"(,\s+)(?:([A-Za-z-]+)\s+)?")
_DATELINE = re.compile(load_json("summary_cues.json")["dateline_pattern"])
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"^\d{4}-(\d{2}|W\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_DAYS = re.compile(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|tonight|yesterday)\b")


def _day(value: object) -> date | None:
    """The calendar day of an ISO date or datetime string (None when there is none)."""
    if not isinstance(value, str) or not _FULL_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _recency(value: str, published: date | None) -> float:
    """1 for a day in the week up to publication (news reports what just happened), -1 for a day far off."""
    day = _day(value)
    if day is None or published is None:
        return 0.0
    before = (published - day).days
    if 0 <= before <= 3:
        return 1.0
    if -1 <= before <= 7:
        return 0.5
    return -1.0


def _specificity(text: str, value: str) -> float:
    """How precisely a time expression dates an event: a day or a time beats a month, a year or "now"."""
    if value:
        if _FULL_DATE.match(value):
            return 1.0
        if _MONTH.match(value):
            return 0.6
        if _YEAR.match(value):
            return 0.3
        return 0.0 if value.endswith("_REF") else 0.2
    if _DAYS.search(text) or any(ch.isdigit() for ch in text):
        return 0.8
    return 0.1


def _skip_furniture(doc: Doc, start: int, end: int) -> int:
    """The first token after photo credits and captions ("Photo", "EPA 6", "Media caption") at a start."""
    moved = True
    while moved and start < end:
        moved = False
        for words in cues()["furniture"]:
            if [t.lower_ for t in doc[start : start + len(words)]] == words and start + len(words) < end:
                start += len(words)
                while start < end - 1 and (doc[start].like_num or doc[start].is_punct):
                    start += 1
                moved = True
                break
    return start


_WORD = re.compile(r"[a-z0-9]+")
_SUFFIX = re.compile(r"(ing|ed|es|s)$")


def stems(text: str) -> set[str]:
    """Crude content-word stems of a phrase, for comparing body phrases with the headline."""
    stop = cues()["stopwords"]
    found = set()
    for word in _WORD.findall(text.lower()):
        if word in stop:
            continue
        found.add(_SUFFIX.sub("", word) if len(word) > 4 else word)
    return found


def headline_overlap(text: str, headline: set[str]) -> float:
    """Share of a phrase's content words that the headline repeats (0 without a headline)."""
    words = stems(text)
    if not words or not headline:
        return 0.0
    return len(words & headline) / len(words)


@dataclass
class Candidate:
    """One possible answer with its score."""

    text: str
    start: int | None
    end: int | None
    score: float
    source: str = "body"

    def answer(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "source": self.source}


def _span_candidate(span: Span, score: float) -> Candidate:
    return Candidate(span.text, span.start_char, span.end_char, score)


class MainEvent:
    """Pick the main event's who/what/when/where/why/how from the layers and the lead's parse."""

    def __init__(self, nlp: Language, name: str, max_answers: int) -> None:
        self.nlp = nlp
        self.name = name
        self.max_answers = max_answers

    @staticmethod
    def in_body(doc: Doc, cand: Candidate) -> Candidate:
        """The same phrase as a body span when the body repeats it (body evidence is preferred)."""
        at = doc_text(doc).lower().find(cand.text.lower())
        if at < 0:
            return cand
        return Candidate(doc_text(doc)[at : at + len(cand.text)], at, at + len(cand.text), cand.score)

    @staticmethod
    def from_headline(headline: str, reading: HeadlineReading, span: Span, score: float) -> Candidate:
        """A candidate quoting the original headline (not its truecased parse) at a span of the parse."""
        start, end = reading.offset + span.start_char, reading.offset + span.end_char
        return Candidate(headline[start:end], start, end, score, "headline")

    def headline_what(self, doc: Doc, headline: str, reading: HeadlineReading) -> list[Candidate]:
        """The headline's action: its main verb with the object and complements, up to a new clause.

        A headlinese passive ("German consulate bombed in attack") keeps its subject, which is what
        happened to; a headline without a verb ("Fatal attack on consulate") is a weaker candidate.
        """
        table = headline_cues()
        hdoc, segment, verb = reading.doc, reading.segment, reading.verb
        if verb is None:
            span = self._nominal(segment)
            if span is None:
                return []
            return [
                self.in_body(doc, self.from_headline(headline, reading, span, table["what_nominal_score"]))
            ]
        if verb.lemma_.lower() in cues()["reporting"]:
            inner = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            if inner is not None and inner.pos_ in ("VERB", "AUX"):
                verb = inner
        start = verb.i
        for child in verb.lefts:
            if child.dep_ in VERB_GROUP_DEPS and child.i >= segment.start:
                start = min(start, child.i)
        score = table["what_score"]
        if reading.headlinese_passive and reading.subject is not None and verb is reading.verb:
            start = reading.subject.start
            score += table["what_passive_bonus"]
        end = verb.i + 1
        stops = set(table["clause_stops"])
        while end < segment.end and end - start < table["what_max_tokens"]:
            tok = hdoc[end]
            if tok.text in (",", ";", ":", "\u2014", "--", "...") or (
                tok.lower_ in stops and tok.dep_ != "prt"
            ):
                break
            if tok.ent_type_ in ("DATE", "TIME") and tok.ent_iob_ == "B" and self._adverbial_time(tok):
                break
            if tok.lower_ == "to" and tok.head.pos_ == "VERB" and tok.head.i > end:
                break
            if end > verb.i + 1 and tok.dep_ == "prep" and self._names_place(tok):
                break
            if tok.lower_ in ("and", "but", "&") and any(
                t.pos_ == "VERB" for t in hdoc[end + 1 : segment.end]
            ):
                break
            end += 1
        span = self._trim(hdoc[start:end])
        if span is None:
            return []
        return [self.in_body(doc, self.from_headline(headline, reading, span, score))]

    @staticmethod
    def _names_place(prep: Token) -> bool:
        """True when a preposition's object is a place ("in Seattle"): the where, not the action."""
        return any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in prep.children)

    @staticmethod
    def _adverbial_time(tok: Token) -> bool:
        """True when the time expression opening at ``tok`` dates the clause ("two days before the vote")."""
        ent = next((e for e in tok.doc.ents if e.start == tok.i), None)
        if ent is None:
            return False
        return ent.root.dep_ not in ("pobj", "compound", "amod", "nummod", "nmod", "dobj")

    @staticmethod
    def _nominal(segment: Span) -> Span | None:
        """A verbless headline's phrase ("Fatal attack on German consulate") up to a new clause."""
        table = headline_cues()
        if any(t.pos_ == "VERB" for t in segment):
            return None
        end = segment.start
        while end < min(segment.end, segment.start + table["what_max_tokens"]):
            if segment.doc[end].lower_ in table["clause_stops"] or segment.doc[end].text == ",":
                break
            end += 1
        span = MainEvent._trim(segment.doc[segment.start : end])
        return span if span is not None and any(t.pos_ == "NOUN" for t in span) else None

    @staticmethod
    def _trim(span: Span) -> Span | None:
        doc = span.doc
        start, end = span.start, span.end
        while end > start + 1 and (
            doc[end - 1].is_punct
            and not (doc[end - 1].is_quote and doc[start : end - 1].text.count(doc[end - 1].text) % 2)
            or doc[end - 1].pos_ in ("CCONJ", "DET", "ADP")
        ):
            end -= 1
        while start < end and (doc[start].is_punct and not doc[start].is_quote):
            start += 1
        if end <= start or not any(t.is_alpha for t in doc[start:end]):
            return None
        return doc[start:end]

    def headline_how(self, doc: Doc, headline: str, reading: HeadlineReading) -> list[Candidate]:
        """The headline's main verb alone, a weak "how" (the manner coders name when no cue gives one)."""
        if reading.verb is None:
            return []
        verb = reading.doc[reading.verb.i : reading.verb.i + 1]
        return [
            self.in_body(doc, self.from_headline(headline, reading, verb, headline_cues()["how_verb_score"]))
        ]

    def headline_who(self, doc: Doc, headline: str, reading: HeadlineReading) -> list[Candidate]:
        """The headline's subject: the article's entity it names (full name), else the phrase itself."""
        table = headline_cues()
        subject = reading.subject
        if subject is None:
            return []
        hdoc = reading.doc
        end = subject.start
        while end < subject.end and hdoc[end].dep_ != "cc" and hdoc[end].text not in (",", "&", ";"):
            end += 1
        first = hdoc[subject.start : end]
        cut = next((t.i for t in first if t.pos_ == "ADP" and t.tag_ != "POS"), first.end)
        nominal = hdoc[first.start : cut]
        if not len(nominal) or not any(t.pos_ in ("NOUN", "PROPN") for t in nominal):
            return []
        head = nominal[-1]
        if head.lower_ in table["event_nouns"] or head.lemma_.lower() in table["event_nouns"]:
            return []
        if head.pos_ == "PROPN":
            entity = self._named_in(doc, {t.lower_ for t in nominal if t.is_alpha}, head.lower_)
            if entity is not None:
                return [entity]
        return [self.in_body(doc, self.from_headline(headline, reading, first, table["who_phrase_score"]))]

    @staticmethod
    def _named_in(doc: Doc, words: set[str], head: str) -> Candidate | None:
        """The most mentioned PERSON / ORG entity whose name (or an alias) the headline words contain
        and that ends in the phrase's head word ("Clinton" in "Hillary Clinton", not "Croydon" in
        "Croydon tram crash victims")."""
        best, best_n = None, 0
        for entity in doc._.entities or []:
            if entity.get("type") not in ("PERSON", "ORG"):
                continue
            mentions = entity.get("mentions") or []
            names = [str(entity.get("name", "")), *(str(a) for a in entity.get("aliases") or [])]
            for name in names:
                parts = [w for w in re.findall(r"[a-z0-9]+", name.lower())]
                if parts and parts[-1] == head and all(p in words for p in parts) and len(mentions) > best_n:
                    best, best_n = entity, len(mentions)
                    break
        if best is None:
            return None
        name = str(best["name"])
        score = headline_cues()["who_entity_score"]
        found = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc_text(doc))
        if found is not None:
            return Candidate(name, found.start(), found.end(), score)
        low = name.lower()
        mention = next((m for m in best["mentions"] if low in str(m.get("text", "")).lower()), None)
        if mention is None:
            return None
        start, end = mention["start"], mention["end"]
        return Candidate(doc_text(doc)[start:end], start, end, score)

    def headline_where(self, doc: Doc, headline: str, reading: HeadlineReading | None) -> list[Candidate]:
        """Places of the article the headline names, towns and landmarks before countries; a place the
        headline names but the body does not is answered from the headline."""
        found = []
        low = headline.lower()
        covered = set()
        for place in doc._.places or []:
            mentions = place.get("mentions") or []
            names = {str(place.get("name", "")), *(str(a) for a in place.get("aliases") or [])}
            names |= {str(m.get("text", "")) for m in mentions}
            if not mentions or (place.get("feature") or "place") == "place":
                continue
            if not any(n and re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low) for n in names):
                continue
            weight = FEATURE_WEIGHT.get(place.get("feature") or "place", 0.7)
            score = headline_cues()["where_score"] * weight
            if place.get("feature") == "country" and place.get("country") in self._specific_countries(doc):
                score -= cues()["where_country_penalty"]
            m = mentions[0]
            covered |= {n.lower() for n in names}
            found.append(Candidate(doc_text(doc)[m["start"] : m["end"]], m["start"], m["end"], score))
        if reading is not None:
            for ent in reading.doc.ents:
                if ent.label_ in ("GPE", "LOC", "FAC") and ent.text.lower() not in covered:
                    score = headline_cues()["where_unknown_score"]
                    found.append(self.from_headline(headline, reading, ent, score))
        return found

    @staticmethod
    def _specific_countries(doc: Doc) -> set[str]:
        """Countries of the towns, landmarks and provinces the story's first paragraphs name."""
        limit = cues()["where_specific_chars"]
        return {
            str(p.get("country"))
            for p in doc._.places or []
            if p.get("feature") in ("city", "facility", "admin")
            and p.get("country")
            and any(m["start"] < limit for m in p.get("mentions") or [])
        }

    def __call__(self, doc: Doc) -> Doc:
        doc._.summary = self.predict(doc)
        return doc

    # -- sentences --------------------------------------------------------------------------------

    def lead(self, doc: Doc) -> list[Span]:
        """The first good sentences: not web furniture, with a verb and a few words."""
        table = cues()
        if not len(doc):
            return []
        sents = doc.sents if doc.has_annotation("SENT_START") else iter([doc[:]])
        lead: list[Span] = []
        for seen, sent in enumerate(sents):
            if seen >= table["scan_sentences"] * 4 or len(lead) >= table["scan_sentences"]:
                break
            words = [t for t in sent if t.is_alpha]
            text = sent.text
            if len(words) < 4 or any(p.search(text) for p in table["skip"]):
                continue
            if not any(t.pos_ in ("VERB", "AUX") for t in sent):
                continue
            lead.append(sent)
        return lead

    # -- who / what -------------------------------------------------------------------------------

    def clauses(self, sent: Span) -> list[tuple[Token, Token]]:
        """(verb, subject) pairs of a sentence: the root, or the clause reported by its root."""
        root = sent.root
        found = []
        if root.lemma_.lower() in cues()["reporting"]:
            for child in root.children:
                if child.dep_ == "ccomp":
                    subj = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
                    if subj is not None:
                        found.append((child, subj))
        subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            found.append((root, subj))
        return found

    def who_span(self, doc: Doc, subj: Token) -> Span | None:
        """The subject phrase, cut before a clause modifying it ("Police investigating the crash"), and
        before an apposition when long."""
        start, end = subj.left_edge.i, subj.right_edge.i + 1
        for tok in doc[subj.i + 1 : end]:
            if tok.dep_ in ("relcl", "acl") and tok.head.i == subj.i:
                end = tok.left_edge.i
                break
            if end - start > MAX_WHO and (tok.text == "," or tok.dep_ == "appos"):
                end = tok.i
                break
        start = _skip_furniture(doc, start, end)
        while start < end and doc[start].is_punct:
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if end <= start:
            return None
        if end - start > MAX_WHO:
            ents = [e for e in doc.ents if start <= e.start < end and e.label_ in ENTITY_LABELS]
            if not ents:
                return doc[max(start, subj.i - 3) : subj.i + 1]
            return ents[0]
        return doc[start:end]

    def resolve_pronoun(self, doc: Doc, subj: Token) -> Span | None:
        """The nearest earlier PERSON (or ORG for "it") entity a pronoun subject may stand for."""
        wanted = {"ORG", "GPE"} if subj.lower_ in ("it", "its") else {"PERSON"}
        if subj.lower_ in ("they", "we"):
            wanted = {"ORG", "NORP", "GPE", "PERSON"}
        best = None
        for ent in doc.ents:
            if ent.start >= subj.i:
                break
            if ent.label_ in wanted:
                best = ent
        return best

    def what_span(self, doc: Doc, verb: Token, subj: Token | None) -> Span:
        """The verb group and its complements, stopping at the first clause boundary."""
        start = verb.i
        for child in verb.lefts:
            if child.dep_ in VERB_GROUP_DEPS and (subj is None or child.i > subj.i):
                start = min(start, child.i)
        end = verb.i + 1
        for child in verb.rights:
            if child.dep_ not in VP_DEPS:
                break
            child_end = child.right_edge.i + 1
            if child_end - start > MAX_WHAT:
                core = [t.i for t in child.lefts] + [child.i]
                end = max(end, max(core) + 1)
                break
            end = child_end
        for tok in doc[verb.i + 1 : end]:
            if tok.text in (",", ";", ":", "\u2014", "--") or tok.lower_ in (
                "because",
                "after",
                "as",
                "while",
            ):
                end = tok.i
                break
        end = min(end, start + MAX_WHAT)
        while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "det", "prep")):
            end -= 1
        return doc[start:end]

    def who_what(
        self, doc: Doc, lead: list[Span], headline: set[str] | None = None
    ) -> tuple[list[Candidate], list[Candidate], Span | None]:
        """Candidates for who and what, and the sentence of the best pair."""
        counts = self._entity_counts(doc)
        top = max(counts.values(), default=1) or 1
        who: list[Candidate] = []
        what: list[Candidate] = []
        best_sent, best_score = None, -1.0
        for i, sent in enumerate(lead):
            position = 1.0 / (1 + i)
            for rank, (verb, subj) in enumerate(self.clauses(sent)):
                if subj.pos_ == "PRON":
                    span = self.resolve_pronoun(doc, subj)
                    weak = True
                else:
                    span = self.who_span(doc, subj)
                    weak = subj.lower_ in cues()["weak"]
                if span is None:
                    continue
                named = any(e.label_ in ENTITY_LABELS for e in span.ents) or (
                    isinstance(span, Span) and span.label_ in ENTITY_LABELS
                )
                freq = max((counts.get(e.text.lower(), 0) for e in span.ents), default=0) / top
                score = 0.6 * position + 0.3 * named + 0.3 * freq - 0.1 * rank - (0.3 if weak else 0.0)
                if verb.lemma_.lower() in cues()["reporting"]:
                    score -= 0.35
                what_span = self.what_span(doc, verb, subj)
                if headline:
                    pair = headline_overlap(span.text, headline) + headline_overlap(what_span.text, headline)
                    score += cues()["headline_weight"] * pair / 2
                who.append(_span_candidate(span, score))
                what.append(_span_candidate(what_span, score))
                if score > best_score:
                    best_sent, best_score = sent, score
        return who, what, best_sent

    @staticmethod
    def _entity_counts(doc: Doc) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entity in doc._.entities or []:
            n = len(entity.get("mentions") or [])
            for name in [entity.get("name", ""), *(entity.get("aliases") or [])]:
                counts[str(name).lower()] = max(counts.get(str(name).lower(), 0), n)
        if not counts:
            for ent in doc.ents:
                counts[ent.text.lower()] = counts.get(ent.text.lower(), 0) + 1
        return counts

    # -- when / where -----------------------------------------------------------------------------

    @staticmethod
    def _position(lead: list[Span], start: int) -> tuple[float, Span | None]:
        n = max(len(lead), 1)
        for i, sent in enumerate(lead):
            if sent.start_char <= start < sent.end_char:
                return 1.0 - i / (n + 1), sent
        return 0.0, None

    def when(self, doc: Doc, lead: list[Span], main: Span | None) -> list[Candidate]:
        """Time expressions of the lead, dates first."""
        times = doc._.times
        items: list[tuple[int, int, str, str, str]] = []
        if times:
            items = [
                (t["start"], t["end"], t.get("type") or "DATE", t.get("text", ""), t.get("value") or "")
                for t in times
            ]
        else:
            items = [
                (e.start_char, e.end_char, e.label_, e.text, "")
                for e in doc.ents
                if e.label_ in ("DATE", "TIME")
            ]
        found = []
        table = cues()
        skip = [re.compile(p) for p in table["time_skip_patterns"]]
        days: dict[str, int] = {}
        for *_, value in items:
            if _FULL_DATE.match(value):
                days[value[:10]] = days.get(value[:10], 0) + 1
        published = _day(doc._.published)
        for start, end, kind, text, value in items:
            position, sent = self._position(lead, start)
            if any(p.search(text) for p in skip):
                continue
            if sent is None:
                if published is not None and _day(value) == published:
                    found.append(
                        Candidate(text or doc_text(doc)[start:end], start, end, table["when_published_score"])
                    )
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span) and span[0].ent_type_ in NAME_LABELS:
                continue
            typed = 1.0 if kind in ("DATE", "TIME") else 0.0
            score = 0.4 * position + 0.2 * typed + 0.2 * (sent is main) + 0.5 * _specificity(text, value)
            if span is not None and len(span):
                score -= table["time_modifier_penalty"] * self._modifies_noun(doc, span)
            if _FULL_DATE.match(value):
                score += table["time_repeat_weight"] * min(days[value[:10]] - 1, 3) / 3
            score += table["time_recency_weight"] * _recency(value, published)
            found.append(Candidate(text or doc_text(doc)[start:end], start, end, score))
        return found

    @staticmethod
    def _modifies_noun(doc: Doc, span: Span) -> float:
        """1 when a time dates a noun ("Tuesday's election", "the Sunday vote"), not the clause itself."""
        if span.end < len(doc) and doc[span.end].tag_ == "POS":
            return 1.0
        return 1.0 if span.root.dep_ in ("poss", "compound", "amod", "nmod") else 0.0

    def where(self, doc: Doc, lead: list[Span], main: Span | None) -> list[Candidate]:
        """Place mentions of the lead, towns and buildings first; the dateline place too."""
        found = []
        places = doc._.places
        if places:
            mentions = [
                (
                    m["start"],
                    m["end"],
                    m.get("text", ""),
                    p.get("feature") or "place",
                    len(p["mentions"]),
                    p.get("country"),
                )
                for p in places
                for m in p.get("mentions") or []
            ]
        else:
            mentions = [
                (e.start_char, e.end_char, e.text, "place", 1, None)
                for e in doc.ents
                if e.label_ in ("GPE", "LOC", "FAC")
            ]
        starts = {start: end for start, end, *_ in mentions}
        weight = cues()["where_feature_weight"]
        specific = self._specific_countries(doc)
        for start, end, _text, feature, count, country in mentions:
            position, sent = self._position(lead, start)
            if sent is None:
                continue
            score = 0.45 * position + weight * FEATURE_WEIGHT.get(feature, 0.7) + 0.2 * (sent is main)
            if feature == "country" and country in specific:
                score -= cues()["where_country_penalty"]
            score += 0.1 * min(count, 5) / 5 + 0.25 * self._locative(doc, start, end)
            end = self._qualified(doc, end, starts)
            found.append(Candidate(doc_text(doc)[start:end], start, end, score))
        dateline = doc._.dateline if isinstance(doc._.dateline, dict) else None
        if dateline and dateline.get("text"):
            found.append(Candidate(str(dateline["text"]), None, None, headline_cues()["dateline_score"]))
        elif lead:
            found += self.body_dateline(doc, lead[0].start_char)
        return found

    @staticmethod
    def _qualified(doc: Doc, end: int, starts: dict[int, int]) -> int:
        """The end of "Baoding, Hebei province" / "Croydon, south London" for a town with its qualifier."""
        found = _QUALIFIER.match(doc_text(doc), end)
        if found is None:
            return end
        if found.end(1) in starts:
            at = found.end(1)
        elif found.group(2) and found.group(2).lower() in cues()["compass_words"] and found.end() in starts:
            at = found.end()
        else:
            return end
        tail = starts[at]
        word = re.match(r"\s+([A-Za-z]+)\b", doc_text(doc)[tail : tail + 16])
        if word and word.group(1).lower() in cues()["qualifier_words"]:
            return tail + word.end()
        return tail

    @staticmethod
    def body_dateline(doc: Doc, before: int) -> list[Candidate]:
        """A dateline left at the head of the story ("WASHINGTON, Nov 6 (Reuters) - ..."), as a body span."""
        window = doc_text(doc)[: max(before, 0) + cues()["dateline_window"]]
        for found in _DATELINE.finditer(window):
            place = found.group("place")
            if place.lower() in cues()["furniture_prefixes"] or sum(c.isalpha() for c in place) < 3:
                continue
            start = found.start("place")
            return [Candidate(place, start, start + len(place), headline_cues()["dateline_score"])]
        return []

    @staticmethod
    def _locative(doc: Doc, start: int, end: int) -> float:
        """1 when the mention is the object of a locative preposition, -1 when it only modifies a noun."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return 0.0
        head = span.root
        if head.dep_ in ("compound", "amod", "nmod", "poss") or head.head.i in range(span.start, span.end):
            return -1.0
        if head.dep_ == "pobj" and head.head.lower_ in cues()["locative"]:
            return 1.0
        return 0.0

    # -- why / how --------------------------------------------------------------------------------

    def cue_phrases(self, doc: Doc, lead: list[Span], main: Span | None, which: str) -> list[Candidate]:
        """Phrases opened by the why / how cues in the lead."""
        found = []
        for i, sent in enumerate(lead):
            position = 1.0 - i / (len(lead) + 1)
            lowers = [t.lower_ for t in sent]
            taken_until = -1
            for k in range(len(sent)):
                if k <= taken_until:
                    continue
                for cue in cues()[which]:
                    words = cue["words"]
                    if lowers[k : k + len(words)] != words:
                        continue
                    phrase = self._phrase(doc, sent, sent.start + k, len(words), which, cue)
                    if phrase is None:
                        continue
                    score = 0.5 * cue["weight"] + 0.3 * position + 0.2 * (sent is main)
                    found.append(_span_candidate(phrase, score))
                    taken_until = k + len(words) - 1
                    break
        return found

    @staticmethod
    def _phrase(doc: Doc, sent: Span, at: int, size: int, which: str, cue: dict) -> Span | None:
        start = at + size
        if cue.get("whole"):
            return doc[at:start]
        if start >= sent.end:
            return None
        if cue.get("needs_gerund") and doc[start].tag_ != "VBG":
            return None
        if which == "how" and not cue.get("needs_gerund"):
            head = doc[at].head
            if head.pos_ not in ("VERB", "AUX"):
                return None
            start = at
        end = start
        limit = min(sent.end, start + MAX_PHRASE)
        last = doc[at + size - 1]
        if last.dep_ == "mark":
            limit = min(limit, last.head.right_edge.i + 1)
        elif last.pos_ == "ADP" or last.dep_ in ("prep", "agent"):
            limit = min(limit, max(last.right_edge.i + 1, start + 1))
        while end < limit:
            tok = doc[end]
            if end > start and (tok.text in (",", ";", ":", ".", "\u2014", "--", "(", ")") or tok.is_quote):
                break
            if end > start and tok.ent_type_ in ("DATE", "TIME"):
                break
            end += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "det", "prep")):
            end -= 1
        if sum(t.is_alpha for t in doc[start:end]) < 2:
            return None
        if which == "how" and any(t.ent_type_ in ACTOR_LABELS for t in doc[start:end]):
            return None
        return doc[start:end]

    def purposes(self, doc: Doc, lead: list[Span], main: Span | None) -> list[Candidate]:
        """Purpose clauses of the lead's main verbs ("... increased the gap to reduce the weight")."""
        found = []
        weight = cues()["purpose_weight"]
        for i, sent in enumerate(lead):
            position = 1.0 - i / (len(lead) + 1)
            for tok in sent:
                if tok.lower_ != "to" or tok.dep_ != "aux" or tok.head.dep_ != "advcl":
                    continue
                verb = tok.head
                if verb.head.pos_ not in ("VERB", "AUX") or verb.i < tok.i:
                    continue
                end = min(verb.right_edge.i + 1, tok.i + MAX_PHRASE, sent.end)
                for k in range(tok.i + 1, end):
                    if doc[k].text in (",", ";", ":", "\u2014", "--") or doc[k].is_quote:
                        end = k
                        break
                found.append(
                    _span_candidate(doc[tok.i : end], 0.5 * weight + 0.3 * position + 0.2 * (sent is main))
                )
        return found

    def causes(self, doc: Doc, lead: list[Span], main: Span | None) -> list[Candidate]:
        """Subjects of causal verbs ("the letter caused her defeat", "a gas leak led to the blast")."""
        found = []
        table = cues()
        causal = set(table["causal_verbs"])
        for i, sent in enumerate(lead):
            position = 1.0 - i / (len(lead) + 1)
            for tok in sent:
                if tok.pos_ != "VERB" or tok.lemma_.lower() not in causal:
                    continue
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
                if subj is None or subj.pos_ == "PRON":
                    continue
                span = doc[subj.left_edge.i : min(subj.right_edge.i + 1, subj.left_edge.i + MAX_PHRASE)]
                score = 0.5 * table["causal_weight"] + 0.3 * position + 0.2 * (sent is main)
                found.append(_span_candidate(span, score))
        return found

    def manner(self, doc: Doc, main: Span | None) -> list[Candidate]:
        """Manner adverbs of the main clause's verb ("sharply", "narrowly")."""
        if main is None:
            return []
        return [
            _span_candidate(doc[t.i : t.i + 1], 0.3)
            for t in main.root.children
            if t.dep_ == "advmod" and t.lower_.endswith("ly") and t.tag_ == "RB"
        ]

    # -- all --------------------------------------------------------------------------------------

    def predict(self, doc: Doc) -> dict[str, list[dict[str, Any]]]:
        """The summary block: each W a list of answers, best first."""
        summary: dict[str, list[dict[str, Any]]] = {w: [] for w in WS}
        if not len(doc):
            return summary
        scan = self.lead(doc)
        lead = scan[: cues()["lead_sentences"]]
        parsed = doc.has_annotation("DEP")
        main: Span | None = None
        found: dict[str, list[Candidate]] = {w: [] for w in WS}
        headline = stems(doc._.headline) if isinstance(doc._.headline, str) else set()
        if lead and parsed:
            found["who"], found["what"], main = self.who_what(doc, lead, headline)
        found["when"] = self.when(doc, scan, main)
        found["where"] = self.where(doc, scan, main)
        if scan and parsed:
            found["why"] = (
                self.cue_phrases(doc, scan, main, "why")
                + self.purposes(doc, scan, main)
                + self.causes(doc, scan, main)
            )
            found["how"] = self.cue_phrases(doc, scan, main, "how") + self.manner(doc, main)
        if headline:
            for w in ("when", "why", "how"):
                for cand in found[w]:
                    cand.score += cues()["headline_weight"] * headline_overlap(cand.text, headline)
        reading = None
        if headline and parsed:
            reading = read_headline(self.nlp, doc._.headline, BodyLexicon.of(doc))
        if reading is not None:
            found["what"] += self.headline_what(doc, doc._.headline, reading)
            found["who"] += self.headline_who(doc, doc._.headline, reading)
            found["how"] += self.headline_how(doc, doc._.headline, reading)
        if headline:
            found["where"] += self.headline_where(doc, doc._.headline, reading)
        for w in WS:
            summary[w] = self._best(found[w])
        return summary

    def _best(self, candidates: list[Candidate]) -> list[dict[str, Any]]:
        seen: set[str] = set()
        answers = []
        for cand in sorted(candidates, key=lambda c: (-c.score, c.start if c.start is not None else -1)):
            key = cand.text.lower().strip()
            if not key or key in seen:
                continue
            seen.add(key)
            answers.append(cand.answer())
            if len(answers) >= self.max_answers:
                break
        return answers


@Language.factory(
    "dateline_summary",
    default_config={"max_answers": 3},
    assigns=["doc._.summary"],
    requires=["doc.ents", "token.dep"],
)
def make_summary(nlp: Language, name: str, max_answers: int) -> MainEvent:
    """Factory for the main-event (5W1H) summary."""
    return MainEvent(nlp, name, max_answers)
