"""The story's main event, chosen from the event layer, and the answers it gives.

Each coded event of ``doc._.events`` is scored on its lead position, how much of it the headline
repeats, how often its source actor recurs, its confidence and its modality (weights fitted like the
answers', question ``event``). The best one is the main event: its source is a "who" candidate (as
written, and by its entity's full name), its trigger with the object a "what" candidate, and the time
it is coded with marks that "when" candidate. Every who / what / when candidate inside the main event's
sentence carries the ``main_event`` feature, so the ranking can lean on it where it helps. "Where" takes
nothing from the events (their places, read over stories held out, moved its answer more than they
helped it).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ..doc_index import doc_text
from . import clauses
from .candidates import Candidate
from .context import Context
from .ranking import score


def entity_mentions(doc: Doc) -> dict[str, int]:
    """Mentions per entity id."""
    return {str(e.get("id")): len(e.get("mentions") or []) for e in doc._.entities or [] if e.get("id")}


def event_text(event: dict[str, Any]) -> str:
    """Source, trigger and target of an event as one phrase (for headline overlap)."""
    parts = [
        (event.get("source") or {}).get("text"),
        event.get("trigger"),
        (event.get("target") or {}).get("text"),
    ]
    return " ".join(str(p) for p in parts if p)


def entity_names(doc: Doc) -> dict[str, str]:
    """Name per entity id."""
    return {str(e.get("id")): str(e.get("name") or "") for e in doc._.entities or [] if e.get("id")}


def event_features(
    ctx: Context, event: dict[str, Any], mentions: dict[str, int], names: dict[str, str]
) -> dict[str, float]:
    """What makes an event the story's main one: early, in the headline (its actors by name), a recurring
    actor, confident."""
    evidence = event.get("evidence") or {}
    target = event.get("target") or {}
    position, index = ctx.position(evidence.get("start"))
    source = event.get("source") or {}
    top = max(mentions.values(), default=1) or 1
    confidence = event.get("confidence")
    modality = str(event.get("modality") or "")
    return {
        "position": position,
        "first_sentence": float(index == 0),
        "headline": ctx.on_headline(event_text(event)),
        "headline_source": float(str(source.get("entity")) in ctx.headline_entities),
        "headline_target": float(str(target.get("entity")) in ctx.headline_entities),
        "headline_subject": float(
            ctx.headline_subject is not None and str(source.get("entity")) == ctx.headline_subject
        ),
        "source_repeat": mentions.get(str(source.get("entity")), 0) / top,
        "named_source": float(source.get("entity") is not None),
        "has_target": float(bool(event.get("target"))),
        "confidence": float(confidence) if isinstance(confidence, int | float) else 0.0,
        "no_confidence": float(not isinstance(confidence, int | float)),
        "asserted": float(modality == "asserted"),
        "planned": float(modality == "planned"),
        "reported": float(modality == "reported"),
        "negated": float(modality in ("negated", "hypothetical")),
    }


def choose(ctx: Context, weights: dict[str, float]) -> list[tuple[dict[str, Any], dict[str, float]]]:
    """The events with their features, and ``ctx.main_event`` set to the best-scoring one: among the
    events the headline states (both actors named by the headline) when there are such, which makes
    the main event ``ctx.main_stated``."""
    mentions, names = entity_mentions(ctx.doc), entity_names(ctx.doc)
    scored = [(e, event_features(ctx, e, mentions, names)) for e in ctx.events if e.get("source")]
    stated = [pair for pair in scored if pair[1]["headline_source"] and pair[1]["headline_target"]]
    if scored:
        ctx.main_event = max(stated or scored, key=lambda pair: score(weights, pair[1]))[0]
        ctx.main_stated = bool(stated)
    return scored


def trigger_token(doc: Doc, event: dict[str, Any]) -> Token | None:
    """The trigger's verb in the event's sentence (the first token of its sentence spelling it)."""
    evidence = event.get("evidence") or {}
    words = str(event.get("trigger") or "").split()
    span = doc.char_span(evidence.get("start", 0), evidence.get("end", 0), alignment_mode="expand")
    if not words or span is None:
        return None
    after = (event.get("source") or {}).get("end") or span.start_char
    found = [t for t in span if t.text == words[0] or t.lemma_ == words[0]]
    later = [t for t in found if t.idx >= after]
    return (later or found or [None])[0]


def event_candidates(ctx: Context, scored: list[tuple[dict[str, Any], dict[str, float]]]) -> dict[str, list]:
    """Who and what candidates from each event: its source (as written and by full name) and its action."""
    doc = ctx.doc
    names = entity_names(doc)
    who: list[Candidate] = []
    what: list[Candidate] = []
    text = doc_text(doc)
    for event, feats in scored:
        main = float(event is ctx.main_event)
        shared = {"main_event": main, "event_in_lead": float(feats["position"] > 0)}
        source = event["source"]
        start, end = source.get("start"), source.get("end")
        if start is not None and end is not None:
            phrase = text[start:end]
            who.append(
                Candidate(
                    phrase, start, end, dict(shared, kind_event_source=1.0, **_who_shape(doc, start, end))
                )
            )
            name = names.get(str(source.get("entity")), "")
            at = phrase.find(name) if name else -1
            if name and name != phrase and at >= 0:
                who.append(
                    Candidate(name, start + at, start + at + len(name), dict(shared, kind_event_name=1.0))
                )
        verb = trigger_token(doc, event)
        if verb is not None:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            span = clauses.what_span(doc, verb, subject)
            feats_what = dict(shared, kind_event_action=1.0, **clauses.what_shape(span, verb))
            what.append(Candidate(span.text, span.start_char, span.end_char, feats_what))
    return {"who": who, "what": what}


def _who_shape(doc: Doc, start: int, end: int) -> dict[str, float]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return clauses.who_shape(span) if span is not None else {}
