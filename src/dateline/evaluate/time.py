"""Time expressions on time.dev (TimeBank, TempEval-3 cleaned): span P/R/F1 and TIMEX3 type/value accuracy.

The pipeline runs on each record's ``text`` (already clean, so offsets line up) with the document
creation time ``dct`` as the publication date. Relaxed matching: spans overlapping by at least one
character, one-to-one; strict: identical offsets. Type and value accuracy are over relaxed matches
(value: exact string match of the normalised TIMEX3 value).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from . import split
from .report import Report, prf

TASK_PIPES = ("dateline_times",)


def match_relaxed(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) of overlapping spans, the largest overlaps first."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            overlap = min(p["end"], g["end"]) - max(p["start"], g["start"])
            if overlap > 0:
                pairs.append((overlap, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched


def score(docs: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, float]:
    """Span P/R/F1 (relaxed and strict) and type/value accuracy over relaxed matches."""
    n_pred = n_gold = relaxed = strict = type_ok = value_ok = 0
    for pred, gold in docs:
        n_pred += len(pred)
        n_gold += len(gold)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        strict += sum((p["start"], p["end"]) in gold_spans for p in pred)
        for i, j in match_relaxed(pred, gold):
            relaxed += 1
            type_ok += pred[i].get("type") == gold[j]["type"]
            value_ok += pred[i].get("value") == gold[j]["value"]
    r = prf(relaxed, n_pred - relaxed, n_gold - relaxed)
    s = prf(strict, n_pred - strict, n_gold - strict)
    return {
        "precision": r["precision"],
        "recall": r["recall"],
        "f1": r["f1"],
        "strict_f1": s["f1"],
        "type_acc": type_ok / relaxed if relaxed else 0.0,
        "value_acc": value_ok / relaxed if relaxed else 0.0,
        "value_f1": prf(value_ok, n_pred - value_ok, n_gold - value_ok)["f1"],
    }


def load(eval_dir: Path, limit: int | None = None, half: str | None = None) -> list[dict[str, Any]]:
    """The records of time.dev.jsonl (the first ``limit`` ones)."""
    return split.load(eval_dir / "time.dev.jsonl", limit, half)


def predict(records: list[dict[str, Any]]) -> list[tuple[list[dict[str, Any]], Any]]:
    """dateline's times for each record, and the spaCy doc (for baselines)."""
    from ..nlp import get_nlp

    nlp = get_nlp()
    last = max(nlp.pipe_names.index(p) for p in TASK_PIPES if p in nlp.pipe_names)
    disable = nlp.pipe_names[last + 1 :]
    docs = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.published = record.get("dct")
        doc._.dateline = None
        doc._.warnings = []
        docs.append(doc)
    out = []
    with nlp.select_pipes(disable=disable):
        for doc in nlp.pipe(docs):
            out.append((doc._.times or [], doc))
    return out


def errors(records: list[dict[str, Any]], limit: int = 100000) -> Counter[tuple[str, str, str | None]]:
    """Wrong values on matched spans as (gold text, gold value, predicted value) counts, for study."""
    wrong: Counter[tuple[str, str, str | None]] = Counter()
    for record, (times, _) in zip(records, predict(records), strict=True):
        for i, j in match_relaxed(times, record["timexes"]):
            if times[i].get("value") != record["timexes"][j]["value"]:
                gold = record["timexes"][j]
                wrong[(gold["text"], gold["value"], times[i].get("value"))] += 1
    return Counter(dict(wrong.most_common(limit)))


def run(eval_dir: Path, limit: int | None = None, half: str | None = None) -> Report:
    """Score dateline (and spaCy's DATE/TIME entities as a span baseline) on time.dev.jsonl."""
    records = load(eval_dir, limit, half)
    predicted = predict(records)
    report = Report(task="time", dataset=str(eval_dir / "time.dev.jsonl"), n=len(records))
    report.rows["dateline"] = score([(t, r["timexes"]) for (t, _), r in zip(predicted, records, strict=True)])
    spacy_rows = []
    for (_, doc), record in zip(predicted, records, strict=True):
        ents = [
            {"start": e.start_char, "end": e.end_char, "type": e.label_, "value": None}
            for e in doc.ents
            if e.label_ in ("DATE", "TIME")
        ]
        spacy_rows.append((ents, record["timexes"]))
    spacy_scores = score(spacy_rows)
    report.rows["spacy DATE/TIME (spans only)"] = {
        k: v for k, v in spacy_scores.items() if k not in ("type_acc", "value_acc", "value_f1")
    }
    report.notes.append("relaxed = overlap >= 1 char, one-to-one; type/value accuracy over relaxed matches")
    return report
