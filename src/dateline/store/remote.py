"""A writer that hands records to the server owning the store (``dateline.store.owner``).

It has the methods of ``StoreWriter`` the batch runner uses; each call is one request to the
server's ``/local`` routes with the discovery file's credential, and each batch is one transaction
on the server's side, so a killed ingest leaves whole batches there too.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any

from ..errors import DatelineError, StoreError
from ..schema import Article
from .owner import CREDENTIAL_HEADER, ServerInfo
from .writer import BatchResult, DocRef, ErrorInfo

LOGGER = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 2_000_000


class RemoteWriter:
    """Writes through the server that owns the store."""

    def __init__(self, server: ServerInfo, *, timeout: float = 600.0) -> None:
        self.server = server
        self.timeout = timeout

    def _call(self, method: str, path: str, payload: Any = None) -> dict:
        data = None if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            self.server.url.rstrip("/") + path,
            data=data,
            method=method,
            headers={CREDENTIAL_HEADER: self.server.credential, "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (loopback)
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:500].decode("utf-8", "replace")
            raise StoreError(
                f"the server owning {self.server.db} ({self.server.url}) refused {path}: {exc.code} {detail}"
            ) from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(
                f"cannot reach the server owning {self.server.db} at {self.server.url} ({exc}); is process "
                f"{self.server.pid} still serving? Stop it or wait for it, then run the same command again"
            ) from None

    def start_run(self, command: str, workers: int = 1) -> str:
        """Record a new run on the server; returns its id."""
        return self._call("POST", "/local/runs", {"command": command, "workers": workers})["run_id"]

    def finish_run(
        self, run_id: str, *, seen: int, inserted: int, skipped: int, failed: int, status: str = "done"
    ) -> None:
        """Close a run with its counts."""
        self._call(
            "POST",
            f"/local/runs/{run_id}/finish",
            {"seen": seen, "inserted": inserted, "skipped": skipped, "failed": failed, "status": status},
        )

    def known_raw_ids(self) -> set[str]:
        """Content hashes of every raw document the store already has."""
        return set(self._call("GET", "/local/known")["raw_ids"])

    def write_batch(
        self,
        done: Sequence[tuple[DocRef, Article]],
        failed: Sequence[tuple[DocRef, ErrorInfo | DatelineError]] = (),
        *,
        run_id: str | None = None,
        extra: dict[str, list[tuple]] | None = None,
    ) -> BatchResult:
        """Send a batch (split in requests under ``MAX_REQUEST_BYTES``; ``extra`` rides with the
        last one); returns the counts."""
        items: list[tuple[str, dict]] = []
        for ref, article in done:
            items.append(("done", {"ref": _ref(ref), "article": article.model_dump(mode="json")}))
        for ref, error in failed:
            info = error if isinstance(error, ErrorInfo) else ErrorInfo.from_error(error)
            items.append(
                ("failed", {"ref": _ref(ref), "code": info.code, "kind": info.kind, "reason": info.reason})
            )
        result = BatchResult()
        payload: dict[str, Any] = {"run_id": run_id, "done": [], "failed": []}
        size = 0
        for kind, item in items:
            item_size = len(json.dumps(item, ensure_ascii=False).encode("utf-8"))
            if size and size + item_size > MAX_REQUEST_BYTES:
                self._send(payload, result)
                payload, size = {"run_id": run_id, "done": [], "failed": []}, 0
            payload[kind].append(item)
            size += item_size
        if extra:
            payload["extra"] = {
                table: [list(map(_jsonable, row)) for row in rows] for table, rows in extra.items()
            }
        if payload["done"] or payload["failed"] or extra:
            self._send(payload, result)
        return result

    def follow_state(self):
        """The follower's state kept by the server: last polls, items taken, raw ids stored."""
        from .follow import Item, Poll

        data = self._call("GET", "/local/follow-state")
        polls = {p["source"]: Poll(**{**p, **_times(p)}) for p in data["polls"]}
        items = {
            (i["source"], i["key"]): Item(i["fingerprint"], i["raw_id"], i["article_id"], i["version"])
            for i in data["items"]
        }
        return polls, items, set(data["raw_ids"])

    def _send(self, payload: dict, result: BatchResult) -> None:
        answer = self._call("POST", "/local/batch", payload)
        result.inserted += answer["inserted"]
        result.duplicates += answer["duplicates"]
        result.failed += answer["failed"]
        result.article_ids += answer["article_ids"]

    def link(self) -> dict:
        """Ask the server to link the new articles and publish its read snapshot."""
        return self._call("POST", "/local/link")

    def relink(self) -> dict:
        """Ask the server to rebuild every cross-article table and publish its read snapshot."""
        return self._call("POST", "/local/relink")


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime) else value


def _times(poll: dict) -> dict:
    return {k: dt.datetime.fromisoformat(poll[k]) for k in ("polled_at", "next_due") if poll.get(k)}


def _ref(ref: DocRef) -> dict:
    return {"raw_id": ref.raw_id, "path": ref.path, "url": ref.url, "content_type": ref.content_type}
