"""The local batch runner behind ``dateline ingest``: read, process in worker processes, write.

One writer (this process) commits one transaction per chunk of documents, so a run killed at
any point leaves whole chunks; raw documents already stored or already failed are skipped by
content hash, so a re-run resumes where the killed one stopped and a repeated run inserts nothing.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..settings import Settings, load_settings
from ..sources.inputs import ReadFailure, ReadProgress, iter_documents
from ..sources.raw import RawDocument
from ..store.db import connect
from ..store.owner import find_server
from ..store.remote import RemoteWriter
from ..store.writer import DocRef, ErrorInfo, StoreWriter
from .work import PIPE_BATCH, ChunkResult, init_worker, process_chunk

LOGGER = logging.getLogger(__name__)

PRELOAD = "dateline.runners.preload"


@dataclass
class IngestStats:
    """What one ingest run did."""

    run_id: str = ""
    seen: int = 0
    processed: int = 0
    inserted: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    elapsed: float = 0.0
    peak_rss_kb: dict[int, int] = field(default_factory=dict)
    read: ReadProgress = field(default_factory=ReadProgress)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.processed / self.elapsed if self.elapsed else 0.0

    def to_dict(self) -> dict:
        """A JSON-ready summary."""
        return {
            "run_id": self.run_id,
            "seen": self.seen,
            "processed": self.processed,
            "inserted": self.inserted,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "failed": self.failed,
            "words": self.words,
            "elapsed_s": round(self.elapsed, 3),
            "docs_per_s": round(self.docs_per_second, 2),
            "peak_rss_mb_per_worker": {str(k): round(v / 1024, 1) for k, v in self.peak_rss_kb.items()},
        }


Progress = Callable[[IngestStats], None]


def _chunks(
    items: Iterator[RawDocument | ReadFailure],
    known: set[str],
    stats: IngestStats,
    size: int,
    published: str | None = None,
) -> Iterator[tuple[list[tuple[str, RawDocument]], list[ReadFailure]]]:
    docs: list[tuple[str, RawDocument]] = []
    failures: list[ReadFailure] = []
    for item in items:
        stats.seen += 1
        raw_id = item.raw_id if isinstance(item, ReadFailure) else item.id
        if raw_id in known:
            stats.skipped += 1
            continue
        known.add(raw_id)
        if isinstance(item, ReadFailure):
            failures.append(item)
        else:
            if published and not item.published:
                item = dataclasses.replace(item, published=published)
            docs.append((raw_id, item))
        if len(docs) >= size or len(failures) >= size:
            yield docs, failures
            docs, failures = [], []
    if docs or failures:
        yield docs, failures


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: forked from a fork server that has built the pipeline and read a
    sample article (``runners/preload.py``), so the pipeline and its tables load once per run, not once
    per worker; spawned (each loads its own) where there is no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([PRELOAD])
    return ctx


def start_worker_server() -> None:
    """Start the fork server now rather than with the first worker: it builds the pipeline before it
    forks one, and does so while this process opens the store and lists the documents it holds."""
    if worker_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _results(
    chunks: Iterable[tuple[list[tuple[str, RawDocument]], list[ReadFailure]]],
    workers: int,
    settings: Settings,
) -> Iterator[tuple[ChunkResult, list[ReadFailure]]]:
    if workers <= 1:
        init_worker(settings)
        for docs, failures in chunks:
            yield process_chunk(docs, settings), failures
        return
    ctx = worker_context()
    with ctx.Pool(workers, initializer=init_worker, initargs=(settings,)) as pool:
        pending: deque = deque()
        for docs, failures in chunks:
            pending.append((pool.apply_async(process_chunk, (docs,)), failures))
            while len(pending) > 2 * workers:
                job, fails = pending.popleft()
                yield job.get(), fails
        while pending:
            job, fails = pending.popleft()
            yield job.get(), fails


@dataclass
class _Pending:
    """Processed documents waiting for the next store transaction."""

    done: list = field(default_factory=list)
    failed: list[tuple[DocRef, ErrorInfo]] = field(default_factory=list)
    processed: int = 0
    words: int = 0
    signatures: dict[str, tuple[list[int] | None, list[int] | None]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.done) + len(self.failed)

    def add(self, result: ChunkResult, read_failures: list[ReadFailure]) -> None:
        self.done += result.done
        self.failed += result.failed
        self.failed += [
            (DocRef(raw_id=f.raw_id, path=f.path), ErrorInfo.from_error(f.error)) for f in read_failures
        ]
        self.processed += len(result.done) + len(result.failed)
        self.words += result.words
        self.signatures.update(result.signatures)


def _write(
    writer: StoreWriter | RemoteWriter,
    pending: _Pending,
    stats: IngestStats,
    started: float,
    progress: Progress | None,
) -> None:
    """Write the pending documents in one transaction and count them."""
    if isinstance(writer, StoreWriter):
        batch = writer.write_batch(
            pending.done, pending.failed, run_id=stats.run_id, signatures=pending.signatures
        )
    else:
        batch = writer.write_batch(pending.done, pending.failed, run_id=stats.run_id)
    stats.processed += pending.processed
    stats.inserted += batch.inserted
    stats.duplicates += batch.duplicates
    stats.failed += batch.failed
    stats.words += pending.words
    room = max(0, 100 - len(stats.errors))
    stats.errors += [(r.path or r.url or r.raw_id[:12], info.reason) for r, info in pending.failed[:room]]
    stats.elapsed = time.perf_counter() - started
    if progress:
        progress(stats)


def ingest(
    paths: Iterable[str | Path],
    *,
    db: str | Path | None = None,
    workers: int = 1,
    fetch: bool = False,
    published: str | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    link: bool = True,
) -> IngestStats:
    """Read every document under ``paths``, process the new ones and store them in ``db``.

    ``published`` is the date of documents that carry none of their own (the anchor for relative
    dates). ``link`` links the new articles across the corpus (duplicates, clusters, actors,
    event groups; in proportion to the new articles, see ``dateline.corpus``). Returns the
    run's counts; failing documents are stored in the ``errors`` table, never raised.

    Example: ``ingest(["crawl/", "feed.xml"], db="news.duckdb", workers=2).inserted``
    """
    settings = settings or load_settings()
    if workers > 1:
        start_worker_server()
    db = db or settings.db
    server = find_server(db)
    con = None if server else connect(db)
    stats = IngestStats()
    started = time.perf_counter()
    writer: StoreWriter | RemoteWriter = RemoteWriter(server) if server else StoreWriter(con)
    if server:
        LOGGER.info("the store is served by process %s: handing the documents to %s", server.pid, server.url)
    stats.run_id = writer.start_run("ingest", workers=workers)
    status = "interrupted"
    try:
        known = writer.known_raw_ids()
        items = iter_documents(paths, settings, fetch=fetch, progress=stats.read)
        # Workers get small chunks (an idle worker at the end of a run wastes less), the store gets
        # transactions of ``batch_size`` documents.
        chunk_size = min(settings.batch_size, PIPE_BATCH) if workers > 1 else settings.batch_size
        chunks = _chunks(items, known, stats, chunk_size, published)
        pending = _Pending()
        for result, read_failures in _results(chunks, workers, settings):
            pending.add(result, read_failures)
            if result.peak_rss_kb:
                stats.peak_rss_kb[result.pid] = max(stats.peak_rss_kb.get(result.pid, 0), result.peak_rss_kb)
            if pending.size >= settings.batch_size:
                _write(writer, pending, stats, started, progress)
                pending = _Pending()
        if pending.size:
            _write(writer, pending, stats, started, progress)
        if link and server:
            writer.link()
        elif link:
            from ..corpus import link_corpus

            link_corpus(con)
        status = "done"
    finally:
        stats.elapsed = time.perf_counter() - started
        try:
            writer.finish_run(
                stats.run_id,
                seen=stats.seen,
                inserted=stats.inserted,
                skipped=stats.skipped,
                failed=stats.failed,
                status=status,
            )
        except (duckdb.Error, StoreError) as exc:
            LOGGER.warning("the run could not be closed in the database: %s", exc)
        finally:
            if con is not None:
                con.close()
    return stats
