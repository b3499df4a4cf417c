"""dateline's exceptions: one root, one class per kind of fault.

Messages name the document, the fault and the fix. Stages raise; runners record the failure
per document and go on.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Root of every error dateline raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, document: str | None = None) -> None:
        self.document = document
        prefix = f"{document}: " if document else ""
        super().__init__(f"[{self.code}] {prefix}{message}")
        self.reason = message


class InputError(DatelineError):
    """The document cannot be processed as given."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class TooLarge(InputError):
    code = "E103"


class NotEnglish(InputError):
    code = "E104"


class BadMarkup(InputError):
    code = "E105"


class UnsafeXML(InputError):
    code = "E106"


class Undecodable(InputError):
    code = "E107"


class FetchError(InputError):
    """A URL could not be fetched (timeout, HTTP error, wrong content type)."""

    code = "E108"


class UnsafeURL(FetchError):
    """A URL points at a private, loopback, link-local or metadata address."""

    code = "E109"


class DocumentTimeout(InputError):
    """A document took longer than the per-document time limit (``doc_timeout``)."""

    code = "E110"


class BadDate(InputError):
    """A date given to dateline (publication date, reference date) cannot be read."""

    code = "E111"


class ResourceError(DatelineError):
    """A packaged resource (model, ontology file) is missing or wrong."""

    code = "E200"


class StoreError(DatelineError):
    """The database cannot be opened, written or read."""

    code = "E300"


class ConfigError(DatelineError):
    """A setting is invalid."""

    code = "E400"
