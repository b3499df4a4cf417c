"""dateline: raw news in, structured source-grounded event data out."""

from __future__ import annotations

import logging

from .actors import resolve_actor
from .api_extract import extract
from .errors import DatelineError
from .schema import Article
from .version import __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Article", "DatelineError", "__version__", "extract", "resolve_actor"]
