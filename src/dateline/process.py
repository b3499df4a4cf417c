"""The whole flow for one or many documents: RawDocument -> CleanDocument -> Doc -> Article."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import BadDate, DatelineError, EmptyInput, TooLarge
from .isodates import to_date
from .schema import Article, Published, Source
from .settings import Settings, load_settings
from .sources.decode import charset_of, decode
from .sources.html import extract_html
from .sources.raw import UNREAD_DATE, RawDocument
from .text import CleanDocument, clean_text
from .text.language import language_warning
from .version import PIPELINE_VERSION

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)

NO_DATE_WARNING = (
    "no publication date: none was given (--published), found in page metadata or stated in "
    "the text; relative dates are left unresolved"
)


def unread_date_warning(value: str) -> str:
    """The warning of a record whose date field holds no date the reader understands."""
    return (
        f"no publication date: the input's date {value!r} is not a date dateline can read (give "
        "YYYY-MM-DD); relative dates are left unresolved"
    )


@dataclass
class Prepared:
    """A document ready for the NLP stage."""

    raw: RawDocument
    clean: CleanDocument
    source: Source


@dataclass
class Failure:
    """A document that could not be processed, with the reason."""

    raw: RawDocument
    error: DatelineError


def prepare(raw: RawDocument, *, published: str | None = None, settings: Settings | None = None) -> Prepared:
    """Decode, extract (HTML) and clean one document; raises an InputError subclass on bad input."""
    settings = settings or load_settings()
    text = decode(raw.data, document=raw.name, declared=charset_of(raw.content_type))
    if len(text) > settings.max_chars:
        raise TooLarge(
            f"{len(text):,} characters is over the limit of {settings.max_chars:,}; split the "
            "document or raise DATELINE_MAX_CHARS",
            document=raw.name,
        )
    source = Source(url=raw.url, path=raw.path, content_type=raw.content_type, raw_id=raw.id)
    meta_date = None
    if raw.is_html:
        page = extract_html(text, url=raw.url, document=raw.name)
        clean = clean_text(page.text, headline=page.title, bylines=page.authors)
        source.site_name = page.site_name
        source.language = page.language
        meta_date = page.date
    else:
        clean = clean_text(text)
    if not clean.body.strip():
        what = "the HTML page holds no article text" if raw.is_html else "no story text"
        raise EmptyInput(f"{what}: nothing is left once boilerplate is removed", document=raw.name)
    published = published or raw.published
    if published and to_date(published) is None:
        raise BadDate(
            f"the publication date {published!r} is not an ISO date; give it as YYYY-MM-DD", document=raw.name
        )
    if published:
        clean.published = Published(value=published, source="argument")
    elif meta_date:
        clean.published = Published(value=meta_date, source="metadata", note="page metadata (htmldate)")
    if clean.published is None:
        unread = raw.meta.get(UNREAD_DATE)
        clean.warnings.append(unread_date_warning(unread) if unread else NO_DATE_WARNING)
    not_english = language_warning(clean.body)
    if not_english:
        clean.warnings.append(not_english)
    return Prepared(raw=raw, clean=clean, source=source)


def make_doc(nlp: Language, prepared: Prepared) -> Doc:
    """The spaCy Doc of a prepared document, with its metadata set for the components."""
    from .nlp.doc_index import text_doc

    doc = text_doc(nlp, prepared.clean.body)
    _set_meta(doc, prepared)
    return doc


def _set_meta(doc: Doc, prepared: Prepared) -> None:
    clean = prepared.clean
    doc._.published = clean.published.value if clean.published else None
    doc._.dateline = clean.dateline.model_dump() if clean.dateline else None
    doc._.warnings = list(clean.warnings)
    doc._.headline = clean.headline


def build_article(prepared: Prepared, doc: Doc, headline_events: list[dict] | None = None) -> Article:
    """Assemble the record from the clean document and the annotated Doc; ``headline_events`` (the
    headline's own, ``events.headline_record``) follow the body's events."""
    clean = prepared.clean
    return Article.model_validate(
        {
            "id": hashlib.sha256(clean.body.encode("utf-8")).hexdigest(),
            "pipeline_version": PIPELINE_VERSION,
            "headline": clean.headline,
            "dateline": doc._.dateline if doc._.dateline is not None else clean.dateline,
            "published": clean.published,
            "bylines": clean.bylines,
            "body": clean.body,
            "paragraphs": clean.paragraphs,
            "removed": clean.removed,
            "entities": doc._.entities or [],
            "quotes": doc._.quotes or [],
            "quantities": doc._.quantities or [],
            "times": doc._.times or [],
            "places": doc._.places or [],
            "events": [*(doc._.events or []), *(headline_events or [])],
            "summary": doc._.summary,
            "source": prepared.source,
            "warnings": list(doc._.warnings or []),
        }
    )


def process_many(
    raws: Iterable[RawDocument],
    *,
    nlp: Language | None = None,
    settings: Settings | None = None,
    published: str | None = None,
    batch_size: int | None = None,
) -> Iterator[Article | Failure]:
    """Process documents in order, yielding an Article or a Failure for each; never stops early."""
    from .nlp import get_nlp

    nlp = nlp or get_nlp()
    settings = settings or load_settings()
    size = batch_size or settings.batch_size
    batch: list[Prepared | Failure] = []
    for raw in raws:
        try:
            batch.append(fits_model(nlp, prepare(raw, published=published, settings=settings)))
        except DatelineError as exc:
            batch.append(Failure(raw=raw, error=exc))
        if len(batch) >= size:
            yield from _run_batch(nlp, batch)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch)


def fits_model(nlp: Language, prepared: Prepared) -> Prepared:
    """``prepared`` if the language model can take its story text, else ``TooLarge``."""
    size = len(prepared.clean.body)
    if size > nlp.max_length:
        raise TooLarge(
            f"the story text has {size:,} characters, over the {nlp.max_length:,} the language model "
            "takes; split the document",
            document=prepared.raw.name,
        )
    return prepared


def _run_batch(nlp: Language, batch: list[Prepared | Failure]) -> Iterator[Article | Failure]:
    from .events.headline_record import code_headlines

    ready = [p for p in batch if isinstance(p, Prepared)]
    docs = list(nlp.pipe(make_doc(nlp, p) for p in ready))
    headlines = code_headlines(nlp, [p.clean for p in ready], docs)
    built = iter(zip(ready, docs, headlines, strict=True))
    for item in batch:
        if isinstance(item, Failure):
            yield item
        else:
            prepared, doc, events = next(built)
            yield build_article(prepared, doc, events)
