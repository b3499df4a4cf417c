"""The ``dateline_summary`` spaCy component: gathers the candidates of every question and ranks them."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import clauses, headline_answers, when, where, why_how
from .candidates import Candidate
from .cues import WS, cues, headline_overlap, stems
from .headline import BodyLexicon, read_headline


class MainEvent:
    """Pick the main event's who/what/when/where/why/how from the layers and the lead's parse."""

    def __init__(self, nlp: Language, name: str, max_answers: int) -> None:
        self.nlp = nlp
        self.name = name
        self.max_answers = max_answers

    def __call__(self, doc: Doc) -> Doc:
        doc._.summary = self.predict(doc)
        return doc

    def candidates(self, doc: Doc) -> dict[str, list[Candidate]]:
        """Every candidate answer of each question, scored."""
        found: dict[str, list[Candidate]] = {w: [] for w in WS}
        if not len(doc):
            return found
        scan = clauses.lead(doc)
        lead = scan[: cues()["lead_sentences"]]
        parsed = doc.has_annotation("DEP")
        main: Span | None = None
        headline = stems(doc._.headline) if isinstance(doc._.headline, str) else set()
        if lead and parsed:
            found["who"], found["what"], main = clauses.who_what(doc, lead, headline)
        found["when"] = when.when(doc, scan, main)
        found["where"] = where.where(doc, scan, main)
        if scan and parsed:
            found["why"] = (
                why_how.cue_phrases(doc, scan, main, "why")
                + why_how.purposes(doc, scan, main)
                + why_how.causes(doc, scan, main)
            )
            found["how"] = why_how.cue_phrases(doc, scan, main, "how") + why_how.manner(doc, main)
        if headline:
            for w in ("when", "why", "how"):
                for cand in found[w]:
                    cand.score += cues()["headline_weight"] * headline_overlap(cand.text, headline)
        reading = None
        if headline and parsed:
            reading = read_headline(self.nlp, doc._.headline, BodyLexicon.of(doc))
        if reading is not None:
            found["what"] += headline_answers.headline_what(doc, doc._.headline, reading)
            found["who"] += headline_answers.headline_who(doc, doc._.headline, reading)
            found["how"] += headline_answers.headline_how(doc, doc._.headline, reading)
        if headline:
            found["where"] += where.headline_where(doc, doc._.headline, reading)
        return found

    def predict(self, doc: Doc) -> dict[str, list[dict[str, Any]]]:
        """The summary block: each W a list of answers, best first."""
        found = self.candidates(doc)
        return {w: self._best(found[w]) for w in WS}

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
