"""One settings object: defaults <- TOML file <- DATELINE_* environment variables."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .errors import ConfigError


class Settings(BaseModel):
    """Tunables for every stage; CLI flags map into it in ``cli.py`` only."""

    model_config = ConfigDict(extra="forbid")

    max_bytes: int = 20_000_000
    max_chars: int = 2_000_000  # decoded input (HTML included); the story text must also fit nlp.max_length
    min_chars: int = 1
    max_decompressed_bytes: int = 2_000_000_000
    max_compression_ratio: float = 200.0
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 10_000_000
    allow_private_urls: bool = False
    db: str = "dateline.duckdb"
    batch_size: int = 32
    doc_timeout: float = 120.0
    api_token: str | None = Field(default=None, repr=False)
    api_max_body: int = 5_000_000
    api_public_reads: bool = False
    api_max_limit: int = 10_000
    api_cache_mb: int = 64
    api_db_threads: int = 1
    api_workers: int = 8


def load_settings(path: str | Path | None = None, **overrides: object) -> Settings:
    """Build settings from defaults, an optional TOML file, ``DATELINE_*`` env and overrides.

    Example: ``load_settings(db="news.duckdb").db == "news.duckdb"``.
    """
    values: dict[str, object] = {}
    path = path or os.environ.get("DATELINE_CONFIG")
    if path:
        try:
            values.update(tomllib.loads(Path(path).read_text(encoding="utf-8")).get("dateline", {}))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    for name in Settings.model_fields:
        env = os.environ.get(f"DATELINE_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**values)
    except ValueError as exc:
        raise ConfigError(f"invalid setting: {exc}") from exc
