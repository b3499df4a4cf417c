"""/local/*: the one writer's door for other dateline processes on this machine.

Only a request carrying the credential of the server's discovery file (readable by the server's
user alone) gets through; ``dateline ingest`` uses it to hand its processed records over instead
of opening the locked database. Not part of the public API.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request, status
from pydantic import BaseModel, Field

from ...schema import Article
from ...store.owner import CREDENTIAL_HEADER
from ...store.writer import EXTRA_TABLES, DocRef, ErrorInfo, StoreWriter
from ..deps import StoreHandleDep


def require_local(request: Request) -> None:
    """Dependency: 401 unless the request carries this server's local credential."""
    expected = getattr(request.app.state, "local_credential", None)
    given = request.headers.get(CREDENTIAL_HEADER, "")
    if not expected or not hmac.compare_digest(expected.encode(), given.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong local credential")


router = APIRouter(
    prefix="/local", tags=["local"], include_in_schema=False, dependencies=[Depends(require_local)]
)


class RunStart(BaseModel):
    command: str = "ingest"
    workers: int = 1


class RunFinish(BaseModel):
    seen: int = 0
    inserted: int = 0
    skipped: int = 0
    failed: int = 0
    status: str = "done"


class Ref(BaseModel):
    raw_id: str
    path: str | None = None
    url: str | None = None
    content_type: str | None = None


class Done(BaseModel):
    ref: Ref
    article: Article


class Failed(BaseModel):
    ref: Ref
    code: str
    kind: str
    reason: str


class Batch(BaseModel):
    run_id: str | None = None
    done: list[Done] = Field(default_factory=list)
    failed: list[Failed] = Field(default_factory=list)
    extra: dict[str, list[list[Any]]] = Field(default_factory=dict)


_TIMESTAMPS = {"follow_polls": (2, 8), "follow_items": (7,)}


def _extra_rows(extra: dict[str, list[list[Any]]]) -> dict[str, list[tuple]]:
    out = {}
    for table, rows in extra.items():
        if table not in EXTRA_TABLES:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"cannot write to {table}")
        fixed = []
        for row in rows:
            row = list(row)
            for i in _TIMESTAMPS[table]:
                if isinstance(row[i], str):
                    row[i] = dt.datetime.fromisoformat(row[i])
            fixed.append(tuple(row))
        out[table] = fixed
    return out


def _writer(store) -> StoreWriter:
    if not store.writable:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "the database is open read-only")
    return StoreWriter(store.root.cursor())


@router.post("/runs")
def start_run(body: RunStart, store: StoreHandleDep) -> dict:
    """Record a new ingest run; returns its id."""
    with store.write_lock:
        writer = _writer(store)
        try:
            return {"run_id": writer.start_run(body.command, workers=body.workers)}
        finally:
            writer.con.close()


@router.post("/runs/{run_id}/finish")
def finish_run(run_id: str, body: RunFinish, store: StoreHandleDep) -> dict:
    """Close a run with its counts."""
    with store.write_lock:
        writer = _writer(store)
        try:
            writer.finish_run(
                run_id,
                seen=body.seen,
                inserted=body.inserted,
                skipped=body.skipped,
                failed=body.failed,
                status=body.status,
            )
        finally:
            writer.con.close()
        store.after_write()
    return {"run_id": run_id}


@router.get("/known")
def known(store: StoreHandleDep) -> dict:
    """Content hashes of every raw document already stored or failed (what an ingest skips)."""
    writer = _writer(store)
    try:
        return {"raw_ids": sorted(writer.known_raw_ids())}
    finally:
        writer.con.close()


@router.get("/follow-state")
def follow_state(store: StoreHandleDep) -> dict:
    """What a follower resumes from: last polls, items taken and raw ids stored."""
    from ...store.follow import last_polls, seen_items

    con = store.root.cursor()
    try:
        polls = [
            {
                k: (v.isoformat() if isinstance(v, dt.datetime) else v)
                for k, v in dataclasses.asdict(p).items()
            }
            for p in last_polls(con).values()
        ]
        items = [{"source": s, "key": k, **dataclasses.asdict(i)} for (s, k), i in seen_items(con).items()]
        raw_ids = sorted(StoreWriter(con).known_raw_ids())
    finally:
        con.close()
    return {"polls": polls, "items": items, "raw_ids": raw_ids}


@router.post("/batch")
def write_batch(body: Batch, store: StoreHandleDep) -> dict:
    """Write processed records (and failures) in one transaction."""
    done = [(DocRef(**d.ref.model_dump()), d.article) for d in body.done]
    failed = [
        (DocRef(**f.ref.model_dump()), ErrorInfo(code=f.code, kind=f.kind, reason=f.reason))
        for f in body.failed
    ]
    with store.write_lock:
        writer = _writer(store)
        try:
            result = writer.write_batch(done, failed, run_id=body.run_id, extra=_extra_rows(body.extra))
        finally:
            writer.con.close()
        store.changed()
    return {
        "inserted": result.inserted,
        "duplicates": result.duplicates,
        "failed": result.failed,
        "article_ids": result.article_ids,
    }


@router.post("/link")
def link(store: StoreHandleDep) -> dict:
    """Link the articles written since the last link, then publish the read snapshot."""
    from ...corpus import link_corpus

    return _linked(store, link_corpus)


@router.post("/relink")
def relink(store: StoreHandleDep) -> dict:
    """Rebuild every cross-article table, then publish the read snapshot."""
    from ...corpus.link import relink_corpus

    return _linked(store, relink_corpus)


def _linked(store, run) -> dict:
    with store.write_lock:
        con = _writer(store).con
        try:
            stats = run(con)
        finally:
            con.close()
        store.after_write()
    return dataclasses.asdict(stats)
