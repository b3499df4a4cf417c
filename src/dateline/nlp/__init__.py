"""The spaCy pipeline and dateline's components."""

from .pipeline import get_nlp

__all__ = ["get_nlp"]
