"""Query speed: ``dateline events --actor CAN`` on 100,000 synthetic event rows.

Usage: .venv/bin/python bench/query.py [--events 100000] [--repeat 7] [--db PATH]

Builds a store of synthetic articles (real country actors and CAMEO codes, five events each)
unless ``--db`` names an existing one, then times the query the command runs
(``list_events(con, Filters(actor="CAN"), limit=50)`` and its count) on a read-only connection,
and the whole command in a subprocess (Python start-up included).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(db: Path, n_events: int, per_article: int = 5) -> float:
    """Write synthetic articles holding ``n_events`` events; returns the seconds it took."""
    from dateline.store import StoreWriter, connect
    from dateline.store.synthetic import synthetic_articles
    from dateline.store.writer import DocRef

    started = time.perf_counter()
    con = connect(db)
    writer = StoreWriter(con)
    batch = []
    for i, article in enumerate(synthetic_articles(n_events // per_article, events_per_article=per_article)):
        batch.append((DocRef(raw_id=f"synthetic-{i}"), article))
        if len(batch) == 1000:
            writer.write_batch(batch)
            batch = []
    if batch:
        writer.write_batch(batch)
    con.close()
    return time.perf_counter() - started


def time_query(db: Path, actor: str, repeat: int) -> dict:
    """Median and best milliseconds of the events query and its count."""
    from dateline.store import connect
    from dateline.store.queries import Filters, count_events, list_events

    con = connect(db, read_only=True)
    n_rows = con.execute("SELECT count(*) FROM events").fetchone()[0]
    filters = Filters(actor=actor)
    list_ms, count_ms = [], []
    rows = count = 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = len(list_events(con, filters, limit=50))
        list_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        count = count_events(con, filters)
        count_ms.append((time.perf_counter() - t) * 1000)
    con.close()
    return {
        "events_in_store": n_rows,
        "matching": count,
        "rows_returned": rows,
        "list_ms_median": round(statistics.median(list_ms), 1),
        "list_ms_best": round(min(list_ms), 1),
        "count_ms_median": round(statistics.median(count_ms), 1),
    }


def time_command(db: Path, actor: str) -> float:
    """Wall seconds of ``dateline events --actor`` in a subprocess (start-up included)."""
    exe = ROOT / ".venv" / "bin" / "dateline"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "dateline.cli"]
    started = time.perf_counter()
    subprocess.run(
        [*cmd, "events", "--actor", actor, "--db", str(db), "--format", "json"],
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--actor", default="CAN")
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dateline-qbench-") as tmp:
        db = args.db or Path(tmp) / "q.duckdb"
        build_s = build(db, args.events) if not db.exists() else None
        result = {
            "build_s": None if build_s is None else round(build_s, 1),
            "actor": args.actor,
            **time_query(db, args.actor, args.repeat),
            "command_wall_s": round(time_command(db, args.actor), 2),
        }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
