"""Why and how: causal and manner cues of the lead and the phrases they open, purpose clauses, the
subjects of causal verbs and manner adverbs."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from .candidates import Candidate, span_candidate
from .context import Context
from .cues import ACTOR_LABELS, MAX_PHRASE, cues


def _features(ctx: Context, span: Span, kind: str, **extra: float) -> dict[str, float]:
    return dict(ctx.base(span.start_char, span.end_char, span.text), **{f"kind_{kind}": 1.0}, **extra)


def cue_phrases(ctx: Context, which: str) -> list[Candidate]:
    """Phrases opened by the why / how cues in the lead."""
    doc = ctx.doc
    by_first_word = _cues_by_first_word(which)
    found = []
    for sent in ctx.scan:
        lowers = [t.lower_ for t in sent]
        taken_until = -1
        for k in range(len(sent)):
            if k <= taken_until:
                continue
            for cue in by_first_word.get(lowers[k], ()):
                words = cue["words"]
                if lowers[k : k + len(words)] != words:
                    continue
                phrase = _phrase(doc, sent, sent.start + k, len(words), which, cue)
                if phrase is None:
                    continue
                feats = _features(ctx, phrase, "cue", cue_weight=cue["weight"])
                found.append(span_candidate(phrase, feats))
                taken_until = k + len(words) - 1
                break
    return found


@cache
def _cues_by_first_word(which: str) -> dict[str, list[dict]]:
    """The why or how cues by their first word, each word's in the table's order."""
    out: dict[str, list[dict]] = {}
    for cue in cues()[which]:
        out.setdefault(cue["words"][0], []).append(cue)
    return out


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


def purposes(ctx: Context) -> list[Candidate]:
    """Purpose clauses of the lead's main verbs ("... increased the gap to reduce the weight")."""
    doc = ctx.doc
    found = []
    for sent in ctx.scan:
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
            found.append(span_candidate(doc[tok.i : end], _features(ctx, doc[tok.i : end], "purpose")))
    return found


def causes(ctx: Context) -> list[Candidate]:
    """Subjects of causal verbs ("the letter caused her defeat", "a gas leak led to the blast")."""
    doc = ctx.doc
    found = []
    causal = set(cues()["causal_verbs"])
    for sent in ctx.scan:
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in causal:
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            span = doc[subj.left_edge.i : min(subj.right_edge.i + 1, subj.left_edge.i + MAX_PHRASE)]
            found.append(span_candidate(span, _features(ctx, span, "cause")))
    return found


def manner(ctx: Context) -> list[Candidate]:
    """Manner adverbs of the lead sentences' main verbs ("sharply", "narrowly")."""
    doc = ctx.doc
    return [
        span_candidate(doc[t.i : t.i + 1], _features(ctx, doc[t.i : t.i + 1], "manner"))
        for sent in ctx.lead[:3]
        for t in sent.root.children
        if t.dep_ == "advmod" and t.lower_.endswith("ly") and t.tag_ == "RB"
    ]
