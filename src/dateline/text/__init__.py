"""RawDocument -> CleanDocument: text, metadata and typed boilerplate."""

from .clean import CleanDocument, clean_text
from .normalize import normalize

__all__ = ["CleanDocument", "clean_text", "normalize"]
