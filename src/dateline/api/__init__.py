"""The REST API and web UI server: ``create_app(settings)`` builds the FastAPI app."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
