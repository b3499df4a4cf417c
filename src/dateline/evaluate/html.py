"""Body extraction on html.dev: shingle P/R/F1 as in the Zyte article-extraction benchmark."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from . import split
from .report import Report

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles (a text shorter than n tokens is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_pr(predicted: str, gold: str) -> tuple[float, float]:
    """Per-page precision and recall over shingle multisets, normalised as the benchmark does."""
    pred, true = shingles(predicted), shingles(gold)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Averaged P and R over pages, F1 from the averages, and exact token-sequence accuracy."""
    prs = [page_pr(p, g) for p, g in pairs]
    precision = sum(p for p, _ in prs) / len(prs)
    recall = sum(r for _, r in prs) / len(prs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(_TOKEN.findall(p) == _TOKEN.findall(g) for p, g in pairs) / len(pairs)
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


def _trafilatura(html: str, url: str | None) -> str:
    """trafilatura alone, default settings."""
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def _trafilatura_precise(html: str, url: str | None) -> str:
    """trafilatura alone with the settings dateline uses (favour precision, no comments)."""
    import trafilatura

    return trafilatura.extract(html, url=url, favor_precision=True, include_comments=False) or ""


def _readability(html: str, url: str | None) -> str:
    """readability-lxml alone, one block element per line."""
    from ..sources.html import readability_text

    return readability_text(html)


def _dateline(html: str, url: str | None) -> str:
    """The page's article text as dateline reads it: the dateline it took out, then the body."""
    from ..errors import DatelineError
    from ..process import prepare
    from ..sources.raw import read_bytes

    try:
        prepared = prepare(read_bytes(html, url=url, content_type="text/html"))
    except DatelineError:
        return ""
    clean = prepared.clean
    lead = next((r.text for r in clean.removed if r.kind == "dateline"), None)
    return f"{lead} {clean.body}" if lead else clean.body


SYSTEMS: dict[str, Callable[[str, str | None], str]] = {
    "dateline": _dateline,
    "trafilatura": _trafilatura,
    "trafilatura-precise": _trafilatura_precise,
    "readability-lxml": _readability,
}


def load(eval_dir: Path, limit: int | None = None, half: str | None = None) -> list[dict]:
    """The records of html.dev.jsonl (the first ``limit`` when given)."""
    return split.load(eval_dir / "html.dev.jsonl", limit, half)


def score_system(name: str, records: list[dict]) -> dict[str, float]:
    """Scores of one system of ``SYSTEMS`` on the records."""
    system = SYSTEMS[name]
    return score([(system(r["html"], r.get("url")), r["gold_body"]) for r in records])


def run(eval_dir: Path, limit: int | None = None, half: str | None = None) -> Report:
    """Score dateline and the baselines on html.dev.jsonl."""
    path = eval_dir / "html.dev.jsonl"
    records = load(eval_dir, limit, half)
    report = Report(task="html", dataset=str(path), n=len(records))
    report.notes.append(
        "dateline's text is the record's body preceded by the dateline it took out of the first "
        "paragraph (the page shows both; the record keeps the dateline apart)."
    )
    report.notes.append(
        "trafilatura: extract() with default settings; trafilatura-precise: favor_precision, no "
        "comments; readability-lxml: Document.summary() text, one block element per line."
    )
    for name in SYSTEMS:
        report.rows[name] = score_system(name, records)
    return report
