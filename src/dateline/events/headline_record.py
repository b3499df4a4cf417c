"""The headline's events in the record: a headline split off the body, coded with the body's lead.

A headline that ``clean_text`` takes out of the text (or an HTML page's title) is not in the body
the pipeline reads, so the event it tells, most often the story's main event, would go uncoded. The
coder reads a headline on a text's first line (``headline.py``), so each such headline is coded
once more in the shape the coder knows: the headline, a blank line and the body's first paragraph
(the context its actors and its echoes of the lead are read from). Only the events whose evidence
lies in the headline are kept, as the record's events with evidence ``source`` "headline" and
offsets into the headline; an event the body already codes (the same PLOVER type, a source code
that the other extends, "ISR" and "ISRMIL", and the same target or one side's missing) is left out
(the body's evidence is richer). Their actors, times and places point at the body's entities,
times and places of the same text, else at nothing. A headline the pass fails on is left uncoded,
with a warning in the record; the body's record is kept.

Example::

    docs = list(nlp.pipe(body_docs))
    extra = code_headlines(nlp, cleans, docs)     # one list of headline events per document
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import DatelineError
from .coding import gdelt_fields

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..text import CleanDocument

# the most of the first paragraph read with the headline: its first sentences, which the coder reads
# as the lede (``headline.ECHO_SENTENCES``), and no run-on page text that only costs time
LEAD_MAX_CHARS = 600
# a sentence's end inside the lead: a full stop, question or exclamation mark (a closing quote or
# bracket after it) and a space
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]?\s")
# the components the headline pass does not need: the summary reads the body's events only, and no
# event reads the quantities
SKIPPED_COMPONENTS = ("dateline_quantities", "dateline_summary")
# the id prefix of a headline event ("H1"); the body coder numbers its events "V1", "V2", ...
ID_PREFIX = "H"
EVIDENCE_SOURCE = "headline"
LOGGER = logging.getLogger(__name__)
# the record's warning when a headline could not be coded (the body's record is kept whole)
FAILED_WARNING = "the headline was not coded for events: internal error ({}); please report it"
# the kinds of entity mention that name it (a pronoun or a description does not)
NAMING = frozenset({"name", "alias"})


def headline_to_code(clean: CleanDocument) -> str | None:
    """The headline of a clean document when it is split off the body, else None (no headline,
    or a body that begins with it, whose own coding reads it)."""
    headline = clean.headline
    if not headline or not headline.strip():
        return None
    if clean.body.lstrip().startswith(headline.strip()):
        return None
    return headline


def context_text(headline: str, clean: CleanDocument) -> str:
    """The text the headline is coded in: the headline on a line of its own (a line break inside
    it read as a space, so offsets stay the headline's), a blank line, the body's first paragraph
    (its sentences within ``LEAD_MAX_CHARS``, ``lead_of``)."""
    first = clean.paragraphs[0] if clean.paragraphs else None
    lead = clean.body[first.start : first.end] if first is not None else clean.body
    return headline.replace("\r", " ").replace("\n", " ") + "\n\n" + lead_of(lead)


def lead_of(paragraph: str, limit: int = LEAD_MAX_CHARS) -> str:
    """A paragraph, or when it is longer than ``limit`` its whole sentences within the limit (its
    first sentence when that alone is longer, cut at the last space within the limit)."""
    if len(paragraph) <= limit:
        return paragraph
    ends = [m.end() - 1 for m in SENTENCE_END.finditer(paragraph, 0, limit + 1)]
    if ends:
        return paragraph[: ends[-1]]
    space = paragraph.rfind(" ", 0, limit)
    return paragraph[: space if space > 0 else limit]


def code_headlines(nlp: Language, cleans: Sequence[CleanDocument], docs: Sequence[Doc]) -> list[list[dict]]:
    """The headline events of each document (``cleans[i]`` with its annotated body ``docs[i]``), its
    headline coded with its lead in one ``nlp.pipe`` over the documents that have one."""
    out: list[list[dict]] = [[] for _ in cleans]
    wanted = [(i, headline) for i, c in enumerate(cleans) if (headline := headline_to_code(c)) is not None]
    if not wanted:
        return out
    skipped = [name for name in SKIPPED_COMPONENTS if name in nlp.pipe_names]
    try:
        inputs = [_context_doc(nlp, headline, cleans[i]) for i, headline in wanted]
        coded_docs = list(nlp.pipe(inputs, disable=skipped))
    except DatelineError:
        raise
    except Exception:  # a bug on one headline: code each alone, so only that one goes uncoded
        LOGGER.warning("the headline pass failed on a batch; coding each headline alone", exc_info=True)
        coded_docs = [None] * len(wanted)
    for k, (i, headline) in enumerate(wanted):
        try:
            coded = coded_docs[k]
            if coded is None:
                (coded,) = nlp.pipe([_context_doc(nlp, headline, cleans[i])], disable=skipped)
            out[i] = headline_events(coded, headline, docs[i])
        except DatelineError:
            raise
        except Exception as exc:
            LOGGER.warning("the headline %r was not coded", headline[:80], exc_info=True)
            docs[i]._.warnings = [*(docs[i]._.warnings or []), FAILED_WARNING.format(type(exc).__name__)]
    return out


def _context_doc(nlp: Language, headline: str, clean: CleanDocument) -> Doc:
    from ..nlp.doc_index import text_doc

    doc = text_doc(nlp, context_text(headline, clean))
    _set_context_meta(doc, clean)
    return doc


def _set_context_meta(doc: Doc, clean: CleanDocument) -> None:
    doc._.published = clean.published.value if clean.published else None
    doc._.dateline = clean.dateline.model_dump() if clean.dateline else None
    doc._.warnings = []
    doc._.headline = None


def headline_events(coded: Doc, headline: str, body: Doc) -> list[dict[str, Any]]:
    """The events of ``coded`` (a headline's context text, annotated) whose evidence lies in the
    headline, in the record's form, with ids ``H1``, ``H2``, ... and references into ``body``;
    those the body's events already code (``_same_act``) left out."""
    size = len(headline)
    told = [_key(e) for e in body._.events or []]
    refs = _References(coded, body)
    out: list[dict[str, Any]] = []
    for event in coded._.events or []:
        evidence = event.get("evidence") or {}
        start, end = int(evidence.get("start", -1)), _trimmed(coded.text, int(evidence.get("end", -1)), size)
        if not 0 <= start < end <= size or any(_same_act(_key(event), key) for key in told):
            continue
        item = dict(event)
        item["id"] = f"{ID_PREFIX}{len(out) + 1}"
        item["evidence"] = {
            "start": start,
            "end": end,
            "text": headline[start:end],
            "source": EVIDENCE_SOURCE,
        }
        item["source"] = refs.actor(_trimmed_actor(coded.text, event.get("source"), size), size)
        item["target"] = refs.actor(_trimmed_actor(coded.text, event.get("target"), size), size)
        item["when"] = refs.time(event.get("when"))
        item["where"] = refs.place(event.get("where"))
        if not item["where"]:
            item["where_assumed"] = False
        if "gdelt" in event:
            item["gdelt"] = gdelt_fields(item, refs.body_places.get(item["where"]))
        out.append(item)
        told.append(_key(event))
    return out


def _trimmed(text: str, end: int, size: int) -> int:
    """An end offset of the context text cut back to the headline's end when all it runs past it is
    white space (the parse may hang the line break after a headline on its last word)."""
    return size if end > size and not text[size:end].strip() else end


def _trimmed_actor(text: str, actor: dict[str, Any] | None, size: int) -> dict[str, Any] | None:
    """The actor with its span cut back to the headline's end (``_trimmed``)."""
    if actor is None or actor.get("end") is None:
        return actor
    end = _trimmed(text, int(actor["end"]), size)
    if end == actor["end"]:
        return actor
    return dict(actor, end=end, text=str(actor.get("text") or "").rstrip())


def _key(event: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """What two events are compared on for the record: PLOVER type, source and target codes."""
    return (
        (event.get("plover") or {}).get("type"),
        (event.get("source") or {}).get("code"),
        (event.get("target") or {}).get("code"),
    )


def _same_act(one: tuple[str | None, ...], other: tuple[str | None, ...]) -> bool:
    """Whether two event keys (``_key``) tell the same act: the same PLOVER type, source codes of which
    one extends the other ("ISR" and "ISRMIL"), and target codes likewise or one of them missing (a
    headline's "Gaza" the lead leaves out, or the reverse)."""
    (kind, source, target), (kind2, source2, target2) = one, other
    if kind != kind2 or not _extends(source, source2):
        return False
    return not target or not target2 or _extends(target, target2)


def _extends(code: str | None, other: str | None) -> bool:
    return bool(code) and bool(other) and (code.startswith(other) or other.startswith(code))


def _fold(text: object) -> str:
    return " ".join(str(text or "").split()).casefold()


class _References:
    """The body's entity, time and place ids of the context text's, matched by text."""

    def __init__(self, coded: Doc, body: Doc) -> None:
        self.coded_entities = {e["id"]: e for e in coded._.entities or []}
        self.coded_times = {t["id"]: t for t in coded._.times or []}
        self.coded_places = {p["id"]: p for p in coded._.places or []}
        self.body_times = list(body._.times or [])
        self.body_places = {p["id"]: p for p in body._.places or []}
        self.entity_by_name: dict[str, str] = {}
        self.entity_by_text: dict[str, str] = {}
        for entity in body._.entities or []:
            self.entity_by_name.setdefault(_fold(entity.get("name")), entity["id"])
            names = [
                *(entity.get("aliases") or []),
                *(m.get("text") for m in entity.get("mentions") or [] if m.get("kind", "name") in NAMING),
            ]
            for name in names:
                self.entity_by_text.setdefault(_fold(name), entity["id"])

    def entity(self, entity_id: str | None, text: str | None) -> str | None:
        """The body entity of the same name as the context's entity, else the body entity the actor's
        words name (its name, an alias or a mention by name: "Harper" of "Stephen Harper")."""
        own = self.coded_entities.get(entity_id or "") or {}
        for key in (_fold(own.get("name")), _fold(text)):
            if key and key in self.entity_by_name:
                return self.entity_by_name[key]
        for key in (_fold(own.get("name")), _fold(text)):
            if key and key in self.entity_by_text:
                return self.entity_by_text[key]
        return None

    def actor(self, actor: dict[str, Any] | None, size: int) -> dict[str, Any] | None:
        """The actor with its entity in the body's ids and its offsets in the headline's (none when
        the coder took it from the lead)."""
        if actor is None:
            return None
        out = dict(actor)
        out["entity"] = self.entity(actor.get("entity"), actor.get("text"))
        start, end = actor.get("start"), actor.get("end")
        if start is None or end is None or not 0 <= int(start) <= int(end) <= size:
            out["start"] = out["end"] = None
        return out

    def time(self, time_id: str | None) -> str | None:
        """The body time of the same text (of the same value first), else None."""
        own = self.coded_times.get(time_id or "")
        if own is None:
            return None
        same = [t for t in self.body_times if _fold(t.get("text")) == _fold(own.get("text"))]
        same.sort(key=lambda t: t.get("value") != own.get("value"))
        return same[0]["id"] if same else None

    def place(self, place_id: str | None) -> str | None:
        """The body place of the same GeoNames id, else of the same name, else None."""
        own = self.coded_places.get(place_id or "")
        if own is None:
            return None
        if own.get("geonameid") is not None:
            for place in self.body_places.values():
                if place.get("geonameid") == own["geonameid"]:
                    return place["id"]
        for place in self.body_places.values():
            if _fold(place.get("name")) == _fold(own.get("name")):
                return place["id"]
        return None
