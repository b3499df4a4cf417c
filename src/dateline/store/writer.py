"""The one writer: batches of records (and failures) into the store, one transaction per batch.

A batch is all-or-nothing, so a killed ingest leaves whole batches; re-running skips every raw
document already stored (``sources``) or already failed (``errors``) by its content hash.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import duckdb

from ..errors import DatelineError, StoreError
from ..schema import Article
from ..version import PIPELINE_VERSION
from .bulk import arrow_schema, insert_rows
from .rows import COLUMNS, article_rows

LOGGER = logging.getLogger(__name__)

EXTRA_TABLES = ("follow_polls", "follow_items")


@dataclass(frozen=True)
class DocRef:
    """What the store keeps of a raw document: its content hash and where it came from."""

    raw_id: str
    path: str | None = None
    url: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class ErrorInfo:
    """Why a document failed: the error code, its class name and the message."""

    code: str
    kind: str
    reason: str

    @classmethod
    def from_error(cls, error: DatelineError) -> ErrorInfo:
        """The ErrorInfo of a dateline error."""
        return cls(code=error.code, kind=type(error).__name__, reason=getattr(error, "reason", str(error)))


@dataclass
class BatchResult:
    """Counts of one written batch."""

    inserted: int = 0
    duplicates: int = 0
    failed: int = 0
    article_ids: list[str] = field(default_factory=list)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class StoreWriter:
    """Writes records into an open (writable) store; one writer per database."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self._schemas = {name: arrow_schema(con, name, COLUMNS[name]) for name in COLUMNS}

    def start_run(self, command: str, workers: int = 1) -> str:
        """Record a new run; returns its id."""
        run_id = uuid.uuid4().hex[:16]
        self.con.execute(
            "INSERT INTO runs (id, started, command, pipeline_version, workers, status) "
            "VALUES (?, ?, ?, ?, ?, 'running')",
            [run_id, _now(), command, PIPELINE_VERSION, workers],
        )
        return run_id

    def finish_run(
        self, run_id: str, *, seen: int, inserted: int, skipped: int, failed: int, status: str = "done"
    ) -> None:
        """Close a run with its counts."""
        self.con.execute(
            "UPDATE runs SET finished = ?, status = ?, n_seen = ?, n_inserted = ?, n_skipped = ?, "
            "n_failed = ? WHERE id = ?",
            [_now(), status, seen, inserted, skipped, failed, run_id],
        )

    def known_raw_ids(self) -> set[str]:
        """Content hashes of every raw document already stored or already failed."""
        rows = self.con.execute("SELECT raw_id FROM sources UNION SELECT raw_id FROM errors").fetchall()
        return {r[0] for r in rows if r[0]}

    def write_batch(
        self,
        done: Sequence[tuple[DocRef, Article]],
        failed: Sequence[tuple[DocRef, ErrorInfo | DatelineError]] = (),
        *,
        run_id: str | None = None,
        extra: Mapping[str, Sequence[tuple]] | None = None,
        signatures: Mapping[str, tuple[list[int] | None, list[int] | None]] | None = None,
    ) -> BatchResult:
        """Insert a batch in one transaction; records already stored (same id) are linked, not re-inserted.

        ``extra`` adds rows to the follower's tables (``EXTRA_TABLES``) in the same transaction.
        ``signatures`` (article id -> ``corpus.signatures.article_signatures``) are kept for the
        articles inserted, so the corpus link need not compute them.
        """
        extra = dict(extra or {})
        unknown = set(extra) - set(EXTRA_TABLES)
        if unknown:
            raise StoreError(f"write_batch cannot write to {sorted(unknown)}")
        result = BatchResult()
        rows: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
        now = _now()
        self.con.execute("BEGIN TRANSACTION")
        try:
            ids = list({a.id for _, a in done})
            existing = set()
            if ids:
                existing = {
                    r[0]
                    for r in self.con.execute(
                        "SELECT id FROM articles WHERE list_contains(?, id)", [ids]
                    ).fetchall()
                }
            seen_raw: set[str] = set()
            for ref, article in done:
                if ref.raw_id in seen_raw:
                    continue
                seen_raw.add(ref.raw_id)
                rows["sources"].append(
                    (ref.raw_id, article.id, ref.path, ref.url, ref.content_type, run_id, now)
                )
                if article.id in existing:
                    result.duplicates += 1
                    continue
                existing.add(article.id)
                for table, table_rows in article_rows(article, raw_id=ref.raw_id, run_id=run_id).items():
                    rows[table].extend(table_rows)
                result.inserted += 1
                result.article_ids.append(article.id)
            for ref, error in failed:
                if ref.raw_id in seen_raw:
                    continue
                seen_raw.add(ref.raw_id)
                info = error if isinstance(error, ErrorInfo) else ErrorInfo.from_error(error)
                rows["errors"].append(
                    (ref.raw_id, ref.path, ref.url, info.code, info.kind, info.reason, run_id, now)
                )
                result.failed += 1
            self._insert_existing_sources_safe(rows)
            for table, table_rows in rows.items():
                self._insert(table, table_rows)
            if signatures:
                signed = [(a, *signatures[a]) for a in result.article_ids if a in signatures]
                if "signatures" not in self._schemas:
                    self._schemas["signatures"] = arrow_schema(self.con, "signatures")
                self._insert("signatures", signed)
            for table, table_rows in extra.items():
                if table not in self._schemas:
                    self._schemas[table] = arrow_schema(self.con, table)
                self._insert(table, table_rows)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(
                f"cannot write to the database ({type(exc).__name__}: {exc}); is the disk full or the "
                "file size limited? This batch was rolled back, earlier batches are kept: free space and "
                "run the same command again to resume"
            ) from exc
        except BaseException:
            self._rollback()
            raise
        return result

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error as exc:
            LOGGER.debug("no rollback needed: %s", exc)

    def _insert_existing_sources_safe(self, rows: dict[str, list[tuple]]) -> None:
        raw_ids = [r[0] for r in rows["sources"]]
        if not raw_ids:
            return
        known = {
            r[0]
            for r in self.con.execute(
                "SELECT raw_id FROM sources WHERE list_contains(?, raw_id)", [raw_ids]
            ).fetchall()
        }
        rows["sources"] = [r for r in rows["sources"] if r[0] not in known]

    def _insert(self, table: str, table_rows: Iterable[tuple]) -> None:
        insert_rows(self.con, table, table_rows, self._schemas[table])
