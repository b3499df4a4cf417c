"""Political event coding: who did what to whom, where and when (CAMEO and PLOVER)."""

from __future__ import annotations

from .extract import code_events

__all__ = ["code_events"]
