"""Response and request models of the API (the record itself is ``dateline.schema.Article``)."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ..schema import Event

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``data`` (at most ``limit`` items from ``skip``) and the total ``count``."""

    data: list[T]
    count: int


class ArticleSummary(BaseModel):
    """An article in a list: its metadata and how many items were extracted."""

    id: str
    headline: str | None = None
    lead: str | None = None  # the first words of the body when there is no headline
    published: str | None = None
    dateline: str | None = None
    url: str | None = None
    n_entities: int = 0
    n_quotes: int = 0
    n_events: int = 0
    snippet: str | None = None
    score: float | None = None


class PlaceRef(BaseModel):
    """Where an event happened, copied from the article's ``places``."""

    id: str | None = None
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventRow(Event):
    """An event with the article it comes from, its calendar date and its resolved place."""

    article_id: str
    headline: str | None = None
    date: str | None = None
    place: PlaceRef | None = None


class Row(BaseModel):
    """A store row (entities, quotes, clusters): the item's fields plus ``article_id``."""

    model_config = ConfigDict(extra="allow")


class Stats(BaseModel):
    """Counts over the whole database."""

    articles: int = 0
    events: int = 0
    quotes: int = 0
    entities: int = 0
    places: int = 0
    errors: int = 0
    first_published: str | None = None
    last_published: str | None = None
    by_plover: dict[str, int] = Field(default_factory=dict)
    by_quad_class: dict[str, int] = Field(default_factory=dict)
    search: str = "ilike"


class ExtractRequest(BaseModel):
    """One article to extract: plain text or HTML (sniffed), with optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article as plain text or HTML.", min_length=1)
    published: str | None = Field(None, description="Publication date (ISO), anchor for relative dates.")
    url: str | None = Field(None, description="Where the article came from (kept in the record).")


class IngestRequest(BaseModel):
    """Documents to extract and store."""

    model_config = ConfigDict(extra="forbid")

    documents: list[ExtractRequest] = Field(min_length=1, max_length=1000)


class IngestFailure(BaseModel):
    index: int
    code: str
    reason: str


class IngestResult(BaseModel):
    """What POST /ingest did."""

    inserted: int = 0
    duplicates: int = 0
    failed: list[IngestFailure] = Field(default_factory=list)
    ids: list[str] = Field(default_factory=list)


class SourceRow(BaseModel):
    """A followed source and its last poll."""

    source: str
    kind: str
    last_fetch: str | None = None
    status: str | None = None
    http_status: int | None = None
    error: str | None = None
    failures: int = 0
    next_due: str | None = None
    last_ok: str | None = None
    n_items: int = 0
