"""Fit the summary's ranking weights and write ``src/dateline/ontology/summary_ranking.json``.

The weights are fitted on the TUNE half of 5w1h.dev (title given as the headline), so the check half
stays unseen; the leave-one-story-out cross-validated score over every dev article is printed beside it.

Usage: .venv/bin/python scripts/fit_summary.py [--eval-dir ../shared/eval] [--no-write]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.evaluate import fivew, split
from dateline.nlp import get_nlp
from dateline.nlp.summary.ranking import RANKING_FILE

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    records = split.load(args.eval_dir / "5w1h.dev.jsonl", half="tune")
    docs = [fivew._doc(r) for r in records]
    for doc, record in zip(docs, records, strict=True):
        if doc is not None and record.get("title"):
            doc._.headline = record["title"]
    weights = fivew.fit_weights(get_nlp().get_pipe("dateline_summary"), docs, records)
    target = ROOT / "src" / "dateline" / "ontology" / RANKING_FILE
    data = json.loads(target.read_text(encoding="utf-8"))
    data["weights"] = {w: dict(sorted(v.items())) for w, v in weights.items()}
    data["fitted_on"] = f"5w1h.dev tune half ({len(records)} articles), title given as headline"
    if not args.no_write:
        target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    report = fivew.cross_validate(args.eval_dir)
    for name, row in report.rows.items():
        print(f"{name:45s} precision {row['precision']:.3f}  soft {row['soft']:.3f}")


if __name__ == "__main__":
    main()
