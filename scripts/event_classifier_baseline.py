"""Measure a learned PLOVER-type classifier against the rule-based event coder (why dateline ships rules).

Trains TF-IDF (word 1-2-grams + character 3-5-grams) logistic regression on NGEC's synthetic PLOVER
stories (Andy Halterman, ahalterman/NGEC-2025, MIT; ../shared/reference/plover-synthetic-train.csv,
not shipped) and scores it on events-plover.dev, alone and as a fallback for sentences where the
rules code nothing. Needs scikit-learn, which dateline does not depend on:

    .venv/bin/pip install scikit-learn==1.9.1
    .venv/bin/python scripts/event_classifier_baseline.py [--shared ../shared]

Measured 2026-11-27: classifier alone micro-F1 0.33 (headline + first 300 characters; 0.27 on
headlines alone); rules 0.877; rules with the classifier as fallback 0.859. Nothing learned ships.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union
    except ImportError:
        print("needs scikit-learn: pip install scikit-learn==1.9.1", file=sys.stderr)
        return 2
    from dateline.evaluate import events as ev

    csv.field_size_limit(10**8)
    train_path = args.shared / "reference" / "plover-synthetic-train.csv"
    with train_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    dev = ev.load(args.shared / "eval")
    model = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
        ),
        LogisticRegression(max_iter=2000, C=5),
    )
    model.fit([r["prompt"] + " " + r["text"][:300] for r in rows], [r["label"] for r in rows])
    learned = model.predict([r["text"] for r in dev])
    rules = [ev.group_events(p) for p in ev.predict([r["text"] for r in dev])]

    def one(label: str) -> list[dict]:
        return [{"type": label, "source": set(), "target": set()}]

    results = {
        "classifier": ev.score([(one(c), r["events"]) for c, r in zip(learned, dev, strict=True)]),
        "rules": ev.score([(g, r["events"]) for g, r in zip(rules, dev, strict=True)]),
        "rules+classifier fallback": ev.score(
            [(g or one(c), r["events"]) for g, c, r in zip(rules, learned, dev, strict=True)]
        ),
    }
    print(json.dumps({k: v["micro"] for k, v in results.items()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
