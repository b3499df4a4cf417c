"""Files of derived data dateline can rebuild (built indexes and tables), kept per user."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

LOGGER = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where dateline keeps derived data it can rebuild: ``$XDG_CACHE_HOME/dateline``, else
    ``~/.cache/dateline``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dateline"


def write_atomic(target: Path, data: bytes, what: str) -> None:
    """Write ``data`` to ``target`` whole or not at all (a temporary file, then renamed); a failure
    is only logged (``what`` names the data in the message)."""
    temporary = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as handle:
            temporary = Path(handle.name)
            handle.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        LOGGER.info("the %s could not be cached in %s: %s", what, target.parent, exc)
        if temporary is not None:
            temporary.unlink(missing_ok=True)
