"""Every custom Doc/Span attribute dateline sets, installed in one place."""

from __future__ import annotations

from spacy.tokens import Doc

# Doc attributes named after the record fields they fill; each holds a list of dicts
# shaped like the matching schema model, offsets relative to ``doc.text``.
DOC_FIELDS = ("entities", "quotes", "quantities", "times", "places", "events", "summary")
DOC_META = ("published", "dateline", "warnings", "headline")


def install_extensions() -> None:
    """Register the extensions once per process (safe to call repeatedly)."""
    for name in DOC_FIELDS + DOC_META:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
