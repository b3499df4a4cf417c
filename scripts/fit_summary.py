"""Fit the summary's ranking weights and write ``src/dateline/ontology/summary_ranking.json``.

The weights are fitted on the TUNE half of 5w1h.dev (title given as the headline), so the check half
stays unseen; the leave-one-story-out cross-validated score over every dev article is printed beside it.

Usage: .venv/bin/python scripts/fit_summary.py [--eval-dir ../shared/eval] [--no-write] [--errors]
[--only why,how]

``--only`` refits the named questions alone, the main event's and the other questions' weights kept as
shipped.

``--errors`` also lists the cross-validated answers that miss on the TUNE half's articles (the check
half's errors are not shown).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.evaluate import fivew, split
from dateline.nlp import get_nlp
from dateline.nlp.summary.ranking import RANKING_FILE, shipped_weights

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the tune half's cross-validated misses")
    parser.add_argument("--only", default="", help="comma-separated questions to refit (default: all)")
    args = parser.parse_args()
    only = tuple(w for w in args.only.split(",") if w)
    everything = split.load(args.eval_dir / "5w1h.dev.jsonl")
    docs = fivew.titled_docs(everything)
    if not args.no_write:
        tune = [i for i, r in enumerate(everything) if split.half_of(r["id"]) == "tune"]
        records = [everything[i] for i in tune]
        component = get_nlp().get_pipe("dateline_summary")
        if only:
            weights = fivew.refit(component, [docs[i] for i in tune], records, only, shipped_weights())
        else:
            weights = fivew.fit_weights(component, [docs[i] for i in tune], records)
        target = ROOT / "src" / "dateline" / "ontology" / RANKING_FILE
        data = json.loads(target.read_text(encoding="utf-8"))
        data["weights"] = {w: dict(sorted(v.items())) for w, v in weights.items()}
        data["fitted_on"] = f"5w1h.dev tune half ({len(records)} articles), title given as headline"
        target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    summaries = fivew.cv_summaries(everything, docs)
    report = fivew.cv_report(everything, summaries, str(args.eval_dir / "5w1h.dev.jsonl"))
    for name, row in report.rows.items():
        print(f"{name:45s} precision {row['precision']:.3f}  soft {row['soft']:.3f}")
    if args.errors:
        for miss in fivew.cv_misses(everything, summaries):
            print(f"{miss['id'][:12]} {miss['w']:5s} {miss['answers'][:3]} gold {miss['gold'][:3]}")


if __name__ == "__main__":
    main()
