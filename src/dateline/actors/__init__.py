"""Actor resolution: actor strings from news -> CAMEO-style actor codes, and GDELT actor columns."""

from __future__ import annotations

from .gdelt import gdelt_actor_fields
from .resolve import resolve_actor

__all__ = ["gdelt_actor_fields", "resolve_actor"]
