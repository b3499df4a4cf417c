"""POST /ingest: extract documents and store them (needs the API token)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from ...errors import DatelineError
from ...process import Failure, process_many
from ...sources.raw import read_bytes
from ...store import DocRef, StoreWriter
from ..deps import SettingsDep, StoreHandleDep, WriteAccess
from ..models import IngestFailure, IngestRequest, IngestResult
from .extract import NLP_LOCK

router = APIRouter(prefix="/ingest", tags=["ingest"], dependencies=[WriteAccess])


@router.post("", response_model=IngestResult, summary="Extract and store documents (token required)")
def ingest(body: IngestRequest, store: StoreHandleDep, settings: SettingsDep) -> IngestResult:
    """Each document is extracted like POST /extract and written by the store's writer in one batch.

    A document that cannot be processed is reported in ``failed`` and the others are stored.
    Example: ``curl -X POST localhost:8000/ingest -H "Authorization: Bearer $DATELINE_API_TOKEN"
    -H 'Content-Type: application/json' -d '{"documents": [{"text": "..."}]}'``
    """
    if not store.writable:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "the database is open read-only")
    result = IngestResult()
    raws, indexes = [], []
    for i, doc in enumerate(body.documents):
        try:
            raws.append(read_bytes(doc.text, url=doc.url, max_bytes=settings.max_bytes))
            indexes.append(i)
        except DatelineError as exc:
            result.failed.append(IngestFailure(index=i, code=exc.code, reason=exc.reason))
    published = {i: d.published for i, d in enumerate(body.documents)}
    done, failed = [], []
    for i, raw in zip(indexes, raws, strict=True):
        with NLP_LOCK:
            (outcome,) = process_many([raw], settings=settings, published=published[i])
        ref = DocRef(raw_id=raw.id, url=raw.url, content_type=raw.content_type)
        if isinstance(outcome, Failure):
            failed.append((ref, outcome.error))
            result.failed.append(IngestFailure(index=i, code=outcome.error.code, reason=outcome.error.reason))
        else:
            done.append((ref, outcome))
    with store.write_lock:
        con = store.root.cursor()
        try:
            writer = StoreWriter(con)
            batch = writer.write_batch(done, failed)
            if batch.inserted:
                from ...corpus import link_corpus
                from ...store import queries

                link_corpus(con)
                queries.build_search_index(con)
        finally:
            con.close()
            store.after_write()
    result.inserted = batch.inserted
    result.duplicates = batch.duplicates
    result.ids = [a.id for _, a in done]
    return result
