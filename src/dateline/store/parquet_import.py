"""Load the Parquet output of the Spark runner into the store, as ``dateline ingest`` would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..schema import Article
from .writer import DocRef, ErrorInfo, StoreWriter

BATCH = 500


@dataclass
class ImportStats:
    """What one import did."""

    run_id: str = ""
    records: int = 0
    inserted: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0

    def to_dict(self) -> dict[str, int | str]:
        return dict(self.__dict__)


def _parquet(folder: Path, table: str) -> str | None:
    path = folder / table
    return str(path / "**" / "*.parquet") if path.is_dir() and any(path.rglob("*.parquet")) else None


def import_parquet(con: duckdb.DuckDBPyConnection, folder: str | Path, *, link: bool = True) -> ImportStats:
    """Insert the records and errors found under ``folder`` (Spark output); already stored
    documents are skipped, so importing twice inserts nothing.

    Example: ``import_parquet(connect("news.duckdb"), "out/")``
    """
    folder = Path(folder)
    records = _parquet(folder, "records")
    if records is None:
        raise StoreError(f"{folder} holds no records/ Parquet table; is it the --out of dateline spark?")
    writer = StoreWriter(con)
    stats = ImportStats(run_id=writer.start_run("import-parquet"))
    known = writer.known_raw_ids()
    reader = duckdb.connect()
    try:
        cursor = reader.execute(
            "SELECT raw_id, path, url, content_type, record FROM read_parquet(?, hive_partitioning = true) "
            "ORDER BY raw_id",
            [records],
        )
        while rows := cursor.fetchmany(BATCH):
            done = []
            for raw_id, path, url, content_type, record in rows:
                stats.records += 1
                if raw_id in known:
                    stats.skipped += 1
                    continue
                known.add(raw_id)
                ref = DocRef(raw_id=raw_id, path=path, url=url, content_type=content_type)
                done.append((ref, Article.model_validate_json(record)))
            result = writer.write_batch(done, run_id=stats.run_id)
            stats.inserted += result.inserted
            stats.duplicates += result.duplicates
        errors = _parquet(folder, "errors")
        if errors:
            failed = []
            for raw_id, path, url, code, kind, reason in reader.execute(
                "SELECT raw_id, path, url, code, kind, reason FROM read_parquet(?, hive_partitioning = true)",
                [errors],
            ).fetchall():
                if raw_id in known:
                    continue
                known.add(raw_id)
                failed.append((DocRef(raw_id=raw_id, path=path, url=url), ErrorInfo(code, kind, reason)))
            stats.failed = writer.write_batch([], failed, run_id=stats.run_id).failed
    finally:
        reader.close()
    if link and stats.inserted:
        from ..corpus import link_corpus

        link_corpus(con)
    writer.finish_run(
        stats.run_id, seen=stats.records, inserted=stats.inserted, skipped=stats.skipped, failed=stats.failed
    )
    return stats
