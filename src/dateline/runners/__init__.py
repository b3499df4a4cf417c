"""Runners: the local batch runner (processes, resumable, idempotent)."""

from .local import IngestStats, ingest

__all__ = ["IngestStats", "ingest"]
