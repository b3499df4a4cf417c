"""Exports of the store: Parquet or CSV (a file per table), JSON Lines (one record per article),
GDELT 2.0 event TSV (61 columns, tab-separated, no header)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import duckdb
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from ..errors import InputError
from .gdelt import gdelt_lines
from .queries import TABLES, get_article

LOGGER = logging.getLogger(__name__)

FORMATS = ("parquet", "csv", "jsonl", "gdelt")


def _target(out: Path, default_name: str) -> Path:
    if out.is_dir() or str(out).endswith(("/", "\\")) or not out.suffix:
        out.mkdir(parents=True, exist_ok=True)
        return out / default_name
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def _tables(con: duckdb.DuckDBPyConnection, out: Path, fmt: str, min_confidence: float) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for table in TABLES:
        path = out / f"{table}.{fmt}"
        if table == "events":
            sql, params = "SELECT * FROM events WHERE coalesce(confidence, 1.0) >= ?", [min_confidence]
        else:
            sql, params = f"SELECT * FROM {table}", []
        reader = con.execute(sql, params).to_arrow_reader(10_000)
        rows = 0
        if fmt == "parquet":
            with pq.ParquetWriter(path, reader.schema) as writer:
                for batch in reader:
                    writer.write_batch(batch)
                    rows += batch.num_rows
        else:
            with pa_csv.CSVWriter(path, reader.schema) as writer:
                for batch in reader:
                    writer.write_batch(batch)
                    rows += batch.num_rows
        written[str(path)] = rows
    return written


def export(
    con: duckdb.DuckDBPyConnection, out: str | Path, fmt: str, *, min_confidence: float = 0.0
) -> dict[str, int]:
    """Write the store to ``out`` in ``fmt``; returns each file written with its row count.

    Events below ``min_confidence`` are left out (of the events table, of each record, of the
    GDELT rows); events stored without a confidence are kept.

    ``parquet`` / ``csv``: a folder with one file per table. ``jsonl``: one full record per line
    (``out`` a file, or a folder that gets ``articles.jsonl``). ``gdelt``: the GDELT 2.0 event
    table, one row per de-duplicated event (``out`` a file, or a folder that gets
    ``dateline.export.tsv``).

    Example: ``export(connect("news.duckdb", read_only=True), "out/", "gdelt")``
    """
    out = Path(out)
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt in ("parquet", "csv"):
        return _tables(con, out, fmt, min_confidence)
    if fmt == "jsonl":
        path = _target(out, "articles.jsonl")
        ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY published_date, id").fetchall()]
        with path.open("w", encoding="utf-8") as handle:
            for article_id in ids:
                record = get_article(con, article_id)
                if record is not None and min_confidence:
                    record["events"] = [
                        e
                        for e in record.get("events") or []
                        if (e.get("confidence") or 1.0) >= min_confidence
                    ]
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return {str(path): len(ids)}
    path = _target(out, "dateline.export.tsv")
    rows = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for line in gdelt_lines(con, min_confidence):
            handle.write(line + "\n")
            rows += 1
    return {str(path): rows}
