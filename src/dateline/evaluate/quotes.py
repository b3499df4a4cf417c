"""Quotes on quotes.dev (PolNeAR dev): quote-span P/R/F1 and speaker attribution accuracy.

A predicted quote matches a gold attribution when their word tokens overlap by at least half
of the longer span, one-to-one, greedy by overlap (a quote in several parts around its
attribution, "“A,” she said. “B.”", counts the words of its parts, as the gold does). Speaker
accuracy is over matched quotes with a gold speaker: strict when the predicted speaker span
overlaps the gold one; lenient also when the predicted speaker entity has a mention (name,
alias, pronoun) overlapping the gold speaker span or its name ends with the gold speaker's last
word ("Trump" for Donald Trump), or when the gold speaker is a relative pronoun ("who",
"which") and the predicted speaker is the phrase it attaches to, ending right before it. The
texts go through the pipeline as they are, so offsets line up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import split
from .report import Report, prf

_WORD = re.compile(r"\w+")
_DIRECTISH = {"direct", "mixed"}
_RELATIVE = {"who", "which", "that", "whom"}
_ANTECEDENT_GAP = re.compile(r"[\s,]*")


def word_positions(text: str) -> list[int]:
    """Start offsets of the word tokens of a text."""
    return [m.start() for m in _WORD.finditer(text)]


def _token_set(starts: list[int], spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    import bisect

    out: set[int] = set()
    for start, end in spans:
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        out.update(range(lo, hi))
    return frozenset(out)


def match(gold: list[frozenset[int]], predicted: list[frozenset[int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) with overlap >= 0.5 of the longer span."""
    candidates = []
    for g, gs in enumerate(gold):
        for p, ps in enumerate(predicted):
            if not gs or not ps:
                continue
            overlap = len(gs & ps)
            if overlap and overlap >= 0.5 * max(len(gs), len(ps)):
                candidates.append((overlap, g, p))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p))
    return pairs


def _gold_spans(quote: dict[str, Any]) -> list[tuple[int, int]]:
    spans = quote.get("quote_spans") or [quote["quote_span"]]
    return [tuple(s) for s in spans]


def _gold_speaker(quote: dict[str, Any]) -> list[tuple[int, int]]:
    spans = quote.get("speaker_spans") or ([quote["speaker_span"]] if quote.get("speaker_span") else [])
    return [tuple(s) for s in spans]


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(min(a[1], e) > max(a[0], s) for s, e in spans)


def speaker_correct(
    gold: dict[str, Any], predicted: dict[str, Any], entities: dict[str, dict[str, Any]]
) -> tuple[bool, bool]:
    """(strict, lenient) correctness of a predicted speaker against a gold attribution."""
    spans = _gold_speaker(gold)
    if predicted.get("speaker_start") is None:
        return False, False
    strict = _overlaps((predicted["speaker_start"], predicted["speaker_end"]), spans)
    if strict:
        return True, True
    gold_text = (gold.get("speaker") or "").strip().lower()
    if gold_text in _RELATIVE and len(spans) == 1:
        gap = text_between(gold, predicted["speaker_end"], spans[0][0])
        if gap is not None and _ANTECEDENT_GAP.fullmatch(gap):
            return False, True
    entity = entities.get(predicted.get("speaker") or "")
    if entity is None:
        return False, False
    if any(_overlaps((m["start"], m["end"]), spans) for m in entity["mentions"]):
        return False, True
    words = _WORD.findall(gold.get("speaker") or "")
    names = [entity["name"], *entity.get("aliases", [])]
    if words and any(n.split()[-1].lower() == words[-1].lower() for n in names if n.split()):
        return False, True
    return False, False


def text_between(gold: dict[str, Any], start: int, end: int) -> str | None:
    """The record text between two offsets (the scorer stores the text on each gold quote)."""
    text = gold.get("_text")
    if text is None or start > end:
        return None
    return text[start:end]


def predict(records: list[dict[str, Any]]) -> list[tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]]:
    """Run the pipeline (up to quotes) on each record's text: (quotes, entities by id)."""
    from ..nlp import get_nlp

    nlp = get_nlp()
    keep = {"dateline_entities", "dateline_quotes"}
    disable = [name for name in nlp.pipe_names if name.startswith("dateline_") and name not in keep]
    out = []
    with nlp.select_pipes(disable=disable):
        docs = []
        for record in records:
            doc = nlp.make_doc(record["text"])
            doc._.published = record.get("date")
            doc._.dateline = None
            doc._.warnings = []
            docs.append(doc)
        for doc in nlp.pipe(docs, batch_size=8):
            out.append((doc._.quotes or [], {e["id"]: e for e in doc._.entities or []}))
    return out


def score(records: list[dict[str, Any]], predictions) -> dict[str, dict[str, float]]:
    """Metric rows: quote spans (all kinds, direct+mixed), speaker accuracy (all, direct)."""
    counts = {"all": [0, 0, 0], "direct+mixed": [0, 0, 0]}
    speaker = {"all": [0, 0, 0], "direct": [0, 0, 0]}
    recall_by_kind: dict[str, list[int]] = {}
    for record, (quotes, entities) in zip(records, predictions, strict=True):
        starts = word_positions(record["text"])
        gold = [q | {"_text": record["text"]} for q in record["quotes"]]
        gold_sets = [_token_set(starts, _gold_spans(q)) for q in gold]
        pred_sets = [_token_set(starts, q.get("parts") or [(q["start"], q["end"])]) for q in quotes]
        pairs = match(gold_sets, pred_sets)
        counts["all"][0] += len(pairs)
        counts["all"][1] += len(quotes) - len(pairs)
        counts["all"][2] += len(gold) - len(pairs)
        for q in gold:
            recall_by_kind.setdefault(q["kind"], [0, 0])[1] += 1
        for g, p in pairs:
            recall_by_kind[gold[g]["kind"]][0] += 1
            if not gold[g].get("speaker_span") and not gold[g].get("speaker_spans"):
                continue
            strict, lenient = speaker_correct(gold[g], quotes[p], entities)
            groups = ["all"] + (["direct"] if gold[g]["kind"] == "direct" else [])
            for name in groups:
                speaker[name][0] += strict
                speaker[name][1] += lenient
                speaker[name][2] += 1
        g_sub = [i for i, q in enumerate(gold) if q["kind"] in _DIRECTISH]
        p_sub = [i for i, q in enumerate(quotes) if q["kind"] in _DIRECTISH]
        sub_pairs = match([gold_sets[i] for i in g_sub], [pred_sets[i] for i in p_sub])
        counts["direct+mixed"][0] += len(sub_pairs)
        counts["direct+mixed"][1] += len(p_sub) - len(sub_pairs)
        counts["direct+mixed"][2] += len(g_sub) - len(sub_pairs)
    rows: dict[str, dict[str, float]] = {}
    for name, (tp, fp, fn) in counts.items():
        rows[f"spans {name}"] = prf(tp, fp, fn) | {"gold": float(tp + fn), "predicted": float(tp + fp)}
    for name, (strict, lenient, n) in speaker.items():
        rows[f"speaker {name}"] = {
            "lenient": lenient / n if n else 0.0,
            "strict": strict / n if n else 0.0,
            "matched": float(n),
        }
    for kind, (hit, total) in sorted(recall_by_kind.items()):
        rows[f"recall {kind}"] = {"recall": hit / total if total else 0.0, "gold": float(total)}
    return rows


def run(eval_dir: Path, limit: int | None = None, half: str | None = None) -> Report:
    """Score dateline's quotes on quotes.dev.jsonl."""
    path = eval_dir / "quotes.dev.jsonl"
    records = split.load(path, limit, half)
    report = Report(task="quotes", dataset=str(path), n=len(records))
    report.rows = score(records, predict(records))
    report.notes.append(
        "spans: word-token overlap >= 0.5 of the longer span, one-to-one; speaker: over matched quotes "
        "with a gold speaker (strict = span overlap; lenient = overlap or the same entity)"
    )
    return report
