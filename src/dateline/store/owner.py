"""The one writer of a store: the discovery file a serving process leaves next to the database.

While ``dateline serve`` owns ``news.duckdb`` it keeps ``news.duckdb.server.json`` (mode 0600)
naming its process id, its loopback address and a random local credential. ``dateline ingest``
reads it and hands its documents to the server instead of opening the locked file; read commands
open the snapshot the server publishes (``news.duckdb.snapshot``). The file is removed when the
server stops; one left by a killed server is recognised as stale because its process is gone.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import StoreError

LOGGER = logging.getLogger(__name__)

CREDENTIAL_HEADER = "X-Dateline-Local"


@dataclass(frozen=True)
class ServerInfo:
    """What a serving process says about itself in the discovery file."""

    pid: int
    url: str
    credential: str
    db: str


def discovery_path(db: str | Path) -> Path:
    """The discovery file of a database: ``<db>.server.json`` next to it."""
    return Path(f"{Path(db).resolve()}.server.json")


def snapshot_path(db: str | Path) -> Path:
    """The read snapshot a serving process publishes for ``db``: ``<db>.snapshot``."""
    return Path(f"{Path(db).resolve()}.snapshot")


def process_alive(pid: int) -> bool:
    """True when a process with this id exists (owned by anyone)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_server(db: str | Path) -> ServerInfo | None:
    """The live server owning ``db``, or None (no discovery file, a stale one, or one we cannot read)."""
    if str(db) == ":memory:":
        return None
    path = discovery_path(db)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = ServerInfo(
            pid=int(data["pid"]), url=str(data["url"]), credential=str(data["credential"]), db=str(data["db"])
        )
    except FileNotFoundError:
        return None
    except PermissionError as exc:
        raise StoreError(
            f"a server owns {db} but its discovery file {path} is not readable by this user ({exc}); "
            "run this command as the server's user, or stop the server"
        ) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        LOGGER.warning("ignoring the unreadable discovery file %s: %s", path, exc)
        return None
    if not process_alive(info.pid):
        LOGGER.info("ignoring the stale discovery file %s (process %s is gone)", path, info.pid)
        return None
    return info


def claim(db: str | Path, url: str) -> ServerInfo:
    """Write the discovery file of this process (mode 0600, a fresh credential); returns what it says.

    A stale file (its process is gone) is replaced; a live one means another server owns the store.
    """
    path = discovery_path(db)
    info = ServerInfo(
        pid=os.getpid(), url=url, credential=secrets.token_urlsafe(32), db=str(Path(db).resolve())
    )
    for _ in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            other = find_server(db)
            if other is not None and other.pid != os.getpid():
                raise StoreError(
                    f"{db} is already served by process {other.pid} at {other.url}; stop it first"
                ) from None
            path.unlink(missing_ok=True)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(info), fh)
        return info
    raise StoreError(f"cannot create the discovery file {path}; remove it if no server is running")


def release(info: ServerInfo) -> None:
    """Remove the discovery file and the snapshot if they are still this server's."""
    path = discovery_path(info.db)
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        current = None
    if current and current.get("credential") == info.credential:
        path.unlink(missing_ok=True)
        for leftover in (snapshot_path(info.db), Path(f"{snapshot_path(info.db)}.wal")):
            leftover.unlink(missing_ok=True)
