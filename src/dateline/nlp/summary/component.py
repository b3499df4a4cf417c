"""The ``dateline_summary`` spaCy component: gathers the candidates of every question and ranks them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ..contract import dateline_component, model_parse_many
from ..doc_index import fixed_ents
from . import clauses, event_clause, headline_answers, main_event, names, when, where, why_how
from .candidates import Candidate
from .context import Context
from .cues import WS, cues, headline_overlap, stems
from .headline import (
    BodyLexicon,
    HeadlineReading,
    headline_to_parse,
    read_headline,
    reading_of,
    states_future,
)
from .ranking import score, shipped_weights

Weights = Mapping[str, Mapping[str, float]]


class _Unread:
    """No reading given: the component reads the Doc's headline itself."""


UNREAD = _Unread()


def _headline(doc: Doc) -> str | None:
    """The Doc's headline, when it has one and a parse to read it with."""
    headline = doc._.headline
    if not isinstance(headline, str) or not headline.strip() or not doc.has_annotation("DEP"):
        return None
    return headline


class MainEvent:
    """Pick the main event's who/what/when/where/why/how from the layers and the lead's parse."""

    def __init__(self, nlp: Language, name: str, max_answers: int) -> None:
        self.nlp = nlp
        self.name = name
        self.max_answers = max_answers

    def __call__(self, doc: Doc) -> Doc:
        with fixed_ents(doc):
            doc._.summary = self.predict(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``__call__`` over a stream, the headlines of each batch parsed together (``readings``)."""
        for batch in minibatch(docs, size=batch_size):
            for doc, reading in zip(batch, self.readings(batch), strict=True):
                with fixed_ents(doc):
                    doc._.summary = self.predict(doc, reading=reading)
                yield doc

    def events(
        self, doc: Doc, weights: Weights | None = None, reading: HeadlineReading | None = None
    ) -> tuple[Context, list]:
        """The article's context with its main event chosen, and every event with its features."""
        weights = shipped_weights() if weights is None else weights
        ctx = Context.of(doc, clauses.lead(doc) if len(doc) else [])
        if reading is not None:
            ctx.headline_subject = headline_answers.subject_entity(doc, reading)
            ctx.headline_future = states_future(reading)
        scored = main_event.choose(ctx, dict(weights.get("event", {})))
        return ctx, scored

    def reading(self, doc: Doc) -> HeadlineReading | None:
        """The headline's parse and reading (None without a headline or a parse)."""
        headline = _headline(doc)
        return None if headline is None else read_headline(self.nlp, headline, BodyLexicon.of(doc))

    def readings(self, docs: list[Doc]) -> list[HeadlineReading | None]:
        """``reading`` of each Doc (None for an empty one, whose summary reads no headline), the
        headlines parsed as one batch: the same parses, the model's cost per call paid once."""
        wanted: list[tuple[str, int, BodyLexicon] | None] = []
        for doc in docs:
            headline = _headline(doc) if len(doc) else None
            if headline is None:
                wanted.append(None)
                continue
            lexicon = BodyLexicon.of(doc)
            found = headline_to_parse(headline, lexicon)
            wanted.append(None if found is None else (*found, lexicon))
        parsed = iter(model_parse_many(self.nlp, [w[0] for w in wanted if w is not None]))
        return [None if w is None else reading_of(next(parsed), w[1], w[2]) for w in wanted]

    def candidates(
        self, doc: Doc, weights: Weights | None = None, reading: HeadlineReading | None | _Unread = UNREAD
    ) -> dict[str, list[Candidate]]:
        """Every candidate answer of each question, with its features (not yet scored); ``reading``
        is the headline's (``reading``), read here unless given."""
        found: dict[str, list[Candidate]] = {w: [] for w in WS}
        if not len(doc):
            return found
        if isinstance(reading, _Unread):
            reading = self.reading(doc)
        ctx, scored = self.events(doc, weights, reading)
        parsed = doc.has_annotation("DEP")
        if ctx.lead and parsed:
            found["who"], found["what"] = clauses.who_what(ctx)
            from_events = main_event.event_candidates(ctx, scored)
            found["who"] += from_events["who"]
            found["what"] += from_events["what"]
        found["when"] = when.when(ctx)
        roles = where.headline_roles(ctx, reading)
        found["where"] = where.where(ctx, roles)
        if ctx.scan and parsed:
            found["why"] = why_how.cue_phrases(ctx, "why") + why_how.purposes(ctx) + why_how.causes(ctx)
            found["how"] = why_how.cue_phrases(ctx, "how") + why_how.manner(ctx)
            found["how"] += event_clause.body_candidates(ctx)["how"]
        headline = doc._.headline if isinstance(doc._.headline, str) and doc._.headline.strip() else None
        if headline and reading is not None:
            found["what"] += headline_answers.headline_what(doc, headline, reading)
            found["who"] += headline_answers.headline_who(doc, headline, reading)
            found["how"] += headline_answers.headline_how(doc, headline, reading)
            found["how"] += event_clause.headline_candidates(doc, headline, reading)["how"]
        if headline:
            found["where"] += where.headline_where(ctx, headline, reading, roles)
        where.mark_containment(found["where"], cues()["where_near_km"])
        for w in ("who", "where"):
            _count_same_text(found[w])
        _mark_headline_subject(found["who"], reading)
        names.by_full_name(doc, found["who"])
        names.by_first_description(doc, found["who"])
        names.by_demonym(doc, found["who"])
        return found

    def predict(
        self, doc: Doc, weights: Weights | None = None, reading: HeadlineReading | None | _Unread = UNREAD
    ) -> dict[str, list[dict[str, Any]]]:
        """The summary block: each W a list of answers, best first (``reading`` as ``candidates``)."""
        weights = shipped_weights() if weights is None else weights
        found = self.candidates(doc, weights, reading)
        reorder = {"where": where.scene_first}
        return {w: self.rank(found[w], weights.get(w, {}), reorder.get(w)) for w in WS}

    def rank(
        self,
        candidates: list[Candidate],
        weights: Mapping[str, float],
        reorder: Callable[[list[Candidate]], list[Candidate]] | None = None,
    ) -> list[dict[str, Any]]:
        """The best answers (distinct texts), scored by the question's weights; ``reorder`` then
        adjusts the order (where: the scene first, a town before its country)."""
        for cand in candidates:
            cand.score = score(weights, cand.features)
        seen: set[str] = set()
        answers = []
        ordered = sorted(candidates, key=lambda c: (-c.score, c.start if c.start is not None else -1))
        for cand in reorder(ordered) if reorder else ordered:
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
    return dateline_component(MainEvent(nlp, name, max_answers))


def _mark_headline_subject(candidates: list[Candidate], reading: HeadlineReading | None) -> None:
    """Give each candidate the share of its content words that the headline's subject repeats (the
    headline's subject is who the story is about), as the ``headline_subject`` feature."""
    if reading is None or reading.subject is None:
        return
    subject = stems(reading.subject.text)
    for cand in candidates:
        cand.features["headline_subject"] = headline_overlap(cand.text, subject)


def _count_same_text(candidates: list[Candidate]) -> None:
    """Give each candidate the number of other candidates with its text (a phrase the story keeps
    coming back to), as the ``same_text`` feature (0 = alone, 1 = four others or more)."""
    counts: dict[str, int] = {}
    for cand in candidates:
        key = cand.text.lower().strip()
        counts[key] = counts.get(key, 0) + 1
    for cand in candidates:
        cand.features["same_text"] = min(counts[cand.text.lower().strip()] - 1, 4) / 4
