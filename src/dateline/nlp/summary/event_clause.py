"""Why and how read from the main event's own clause: the adjuncts of its verb.

The verb is the headline's main verb, the main event's trigger or the root of one of the lead's first
sentences; the adjuncts of the words below it count too (marked nested: a parser often hangs "for
talks" or "after the vote" on a nearby noun). The adjuncts say why (a purpose clause "to reopen the
road", a purpose "for talks", a cause "because ...", "over the fee", "after the vote", "while fishing")
and how (a means "by blocking the road", an instrument "using drones", a participle adjunct "...,
firing into the crowd", the verbs conjoined "skidded and overturned", the verb of a causing clause
"after the dam burst"; "with" phrases are the cue table's). Each relation is a ranking feature; which
of them the coders' answers favour is learned (``ranking.fit``), not set here. The summary ranks the
how candidates; the why adjuncts are returned beside them but not offered as answers (on 5w1h.dev they
raised the tune half's cross-validated why and lowered the check half's).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .candidates import Candidate
from .context import Context
from .cues import MAX_PHRASE, cues
from .headline import HeadlineReading
from .headline_answers import from_headline, in_body, trim
from .main_event import trigger_token

VERB_POS = ("VERB", "AUX")
_MODIFIER = ("amod", "compound")
_BETWEEN_VERBS = ("cc", "conj", "aux", "auxpass", "advmod", "neg", "prt")
_COMPLEMENTS = ("dobj", "attr", "acomp", "oprd", "dative", "ccomp", "xcomp")
_STOP = (",", ";", ":", "\u2014", "--", "(", ")")


def _table() -> dict:
    """The clause words and relations (``summary_cues.json``, "event_clause")."""
    return cues()["event_clause"]


def _clip(doc: Doc, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` cut at the first clause break and at MAX_PHRASE tokens, trimmed."""
    end = min(end, start + MAX_PHRASE)
    for k in range(start + 1, end):
        if doc[k].text in _STOP or doc[k].is_quote:
            end = k
            break
    return trim(doc[start:end]) if end > start else None


def _subtree(tok: Token, first: Token | None = None) -> Span | None:
    """The phrase a dependent heads (from ``first``, else its left edge), clipped."""
    start = first.i if first is not None else tok.left_edge.i
    return _clip(tok.doc, start, tok.right_edge.i + 1)


def _particle_end(verb: Token) -> int:
    """The end of the verb with its particle ("broke down")."""
    prt = [c.i for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    return (prt[0] if prt else verb.i) + 1


def _conjoined(verb: Token) -> Span | None:
    """The verb with the verbs conjoined to it ("skidded and overturned"); None when the last one has an
    object or complement the phrase would cut off ("derailed and caught [fire]"; after a particle it is a
    path, "derailed [off the tracks]")."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERB_POS]
    if len(verbs) < 2:
        return None
    last = verbs[-1]
    if any(t.dep_ not in _BETWEEN_VERBS for t in verb.doc[verb.i + 1 : last.i]):
        return None
    deps = {c.dep_ for c in last.children}
    if deps & set(_COMPLEMENTS) and "prt" not in deps:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return verb.doc[(aux[0].i if aux else verb.i) : last.i + 1]


def _verbs(verb: Token) -> Span | None:
    """The verb of a causing clause as a how: with the verbs conjoined to it, else alone with its particle;
    None when the word alone would misread the clause (an auxiliary or copula, a negated or passive verb,
    one with an object or complement)."""
    if verb.pos_ != "VERB" or verb.lemma_ == "be":
        return None
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass", *_COMPLEMENTS) for c in verb.children):
        return None
    return _conjoined(verb) or verb.doc[verb.i : _particle_end(verb)]


def _relations(child: Token) -> Iterator[tuple[str, str, Span]]:
    """The why or how relations one dependent opens for its head."""
    head = child.head
    word = child.lower_
    if child.dep_ == "advcl" and child.pos_ in VERB_POS:
        first = child.left_edge
        marks = [c for c in child.children if c.dep_ in ("mark", "aux", "advmod") and c.i < child.i]
        mark = (
            first
            if first.lower_ in _table()["marks"] or first.lower_ == "to"
            else (marks[0] if marks else None)
        )
        span = _subtree(child, mark if mark is not None else child)
        if span is None:
            return
        if mark is not None and mark.lower_ == "to":
            yield "why", "purpose", span
        elif mark is not None and mark.lower_ in _table()["marks"]:
            yield "why", _table()["marks"][mark.lower_], span
            verbs = _verbs(child)
            if verbs is not None:
                yield "how", "cause_verb", verbs
        elif (
            mark is None
            and child.tag_ == "VBG"
            and child.i > head.i
            and child.lemma_ not in cues()["reporting"]
        ):
            yield "how", "participle", span
    elif child.dep_ in ("prep", "agent") and child.i > head.i:
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        span = _subtree(child, child) if objects else None
        if span is None:
            return
        if word in _table()["why_prepositions"] and not (
            word == "for" and objects[0].ent_type_ in ("DATE", "TIME")
        ):
            yield "why", _table()["why_prepositions"][word], span
            verb = next((t for t in span[1:] if t.pos_ == "VERB" and t.dep_ not in _MODIFIER), None)
            verbs = _verbs(verb) if verb is not None else None
            if verbs is not None:
                yield "how", "cause_verb", verbs
        elif (
            word in _table()["how_prepositions"]
            and child.dep_ != "agent"
            and (word != "by" or objects[0].tag_ == "VBG")
        ):
            yield "how", _table()["how_prepositions"][word], span
    elif child.dep_ == "conj" and child.pos_ in VERB_POS and head.pos_ in VERB_POS:
        span = _conjoined(head)
        if span is not None:
            yield "how", "verbs", span


def adjuncts(verb: Token) -> Iterator[tuple[str, str, Span, bool]]:
    """The why and how adjuncts in the verb's clause as (question, relation, phrase, nested): those of
    the verb itself, then those of the words below it (nested; a parser often hangs "for talks" or
    "after the vote" on a nearby noun or verb)."""
    for tok in verb.subtree:
        if tok is verb:
            continue
        for which, relation, span in _relations(tok):
            yield which, relation, span, tok.head.i != verb.i


def _lead_verbs(ctx: Context) -> Iterator[tuple[str, Token]]:
    """The verbs whose clause tells the main event: its trigger and the lead's first sentences' roots."""
    if ctx.main_event is not None:
        verb = trigger_token(ctx.doc, ctx.main_event)
        if verb is not None and verb.pos_ in VERB_POS:
            yield "main_event", verb
    for sent in ctx.lead[: _table()["lead_sentences"]]:
        if sent.root.pos_ in VERB_POS:
            yield "lead", sent.root


def body_candidates(ctx: Context) -> dict[str, list[Candidate]]:
    """Why and how candidates from the adjuncts of the main event's verb and the lead's first root verbs."""
    found: dict[str, list[Candidate]] = {"why": [], "how": []}
    seen: set[tuple[str, int, int]] = set()
    for origin, verb in _lead_verbs(ctx):
        for which, relation, span, nested in adjuncts(verb):
            if (which, span.start, span.end) in seen:
                continue
            seen.add((which, span.start, span.end))
            feats = dict(
                ctx.base(span.start_char, span.end_char, span.text),
                **{f"clause_{relation}": 1.0, f"clause_{origin}": 1.0, "clause_nested": float(nested)},
            )
            found[which].append(Candidate(span.text, span.start_char, span.end_char, feats))
    return found


def headline_candidates(doc: Doc, headline: str, reading: HeadlineReading) -> dict[str, list[Candidate]]:
    """Why and how candidates from the adjuncts of the headline's main verb."""
    found: dict[str, list[Candidate]] = {"why": [], "how": []}
    verb = reading.verb if reading.verb is not None else reading.segment.root
    for which, relation, span, nested in adjuncts(verb):
        feats = {f"clause_{relation}": 1.0, "clause_headline": 1.0, "clause_nested": float(nested)}
        found[which].append(in_body(doc, from_headline(headline, reading, span, feats)))
    return found
