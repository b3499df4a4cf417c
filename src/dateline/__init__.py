"""dateline: raw news in, structured source-grounded event data out.

The root is light: ``import dateline`` loads neither spaCy nor trafilatura; ``extract``,
``resolve_actor`` and ``Article`` are imported on first use.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from . import errors
from .errors import DatelineError
from .version import PIPELINE_VERSION, __version__

if TYPE_CHECKING:
    from .actors import resolve_actor
    from .api_extract import extract
    from .schema import Article

logging.getLogger(__name__).addHandler(logging.NullHandler())

_LAZY = {"extract": ".api_extract", "resolve_actor": ".actors", "Article": ".schema"}

__all__ = [
    "PIPELINE_VERSION",
    "Article",
    "DatelineError",
    "__version__",
    "errors",
    "extract",
    "resolve_actor",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
