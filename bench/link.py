"""Incremental linking: the cost of linking 100 new articles into stores of growing size.

For each ``--sizes`` N, writes N synthetic articles (``dateline.store.synthetic``) to a fresh
store and links them once (the full build, timed too), then writes ``--batch`` new articles and
times ``link_corpus`` on them (median of ``--repeat`` fresh batches), and times a link with no
new article. Prints JSON on stdout: per size, the full build, the batch link and the no-op link
in seconds, and ``ratio`` = batch link at the largest size / at the smallest (target <= 1.5; the
median of the runs, and the ratio of the fastest runs, steadier on a shared machine).

Example: .venv/bin/python bench/link.py --sizes 2000 20000 --batch 100
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from dateline.corpus import link_corpus
from dateline.store import StoreWriter, connect
from dateline.store.synthetic import synthetic_articles
from dateline.store.writer import DocRef


def _write(writer: StoreWriter, articles, prefix: str, size: int = 500) -> None:
    it = iter(articles)
    n = 0
    while chunk := list(itertools.islice(it, size)):
        writer.write_batch([(DocRef(raw_id=f"{prefix}{n + i}"), a) for i, a in enumerate(chunk)])
        n += len(chunk)


def measure(size: int, batch: int, repeat: int, folder: Path) -> dict:
    """Build a store of ``size`` articles, then time linking ``batch`` new ones ``repeat`` times."""
    con = connect(folder / f"link-{size}.duckdb")
    writer = StoreWriter(con)
    _write(writer, synthetic_articles(size, seed=7), "base")
    con.execute("CHECKPOINT")
    started = time.perf_counter()
    link_corpus(con)
    full = time.perf_counter() - started
    con.execute("CHECKPOINT")
    batches = []
    for r in range(repeat):
        _write(writer, synthetic_articles(batch, seed=1000 + r), f"new{r}-")
        # The ingest's own writes are checkpointed apart: DuckDB rewrites the indexes of the tables
        # they touched at each checkpoint, a cost of the writes, not of linking.
        con.execute("CHECKPOINT")
        started = time.perf_counter()
        stats = link_corpus(con)
        batches.append(time.perf_counter() - started)
        assert stats.new == batch
    started = time.perf_counter()
    assert link_corpus(con).new == 0
    noop = time.perf_counter() - started
    con.close()
    return {
        "articles": size,
        "full_link_s": round(full, 3),
        "batch_link_s": round(statistics.median(batches), 4),
        "batch_link_min_s": round(min(batches), 4),
        "batch_link_runs_s": [round(b, 4) for b in batches],
        "noop_link_s": round(noop, 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dateline-link-") as tmp:
        results = []
        for size in args.sizes:
            results.append(measure(size, args.batch, args.repeat, Path(tmp)))
            print(json.dumps(results[-1]), file=sys.stderr)
    ratio = results[-1]["batch_link_s"] / results[0]["batch_link_s"]
    ratio_min = results[-1]["batch_link_min_s"] / results[0]["batch_link_min_s"]
    print(
        json.dumps(
            {
                "batch": args.batch,
                "sizes": results,
                "ratio": round(ratio, 2),
                "ratio_of_minima": round(ratio_min, 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
