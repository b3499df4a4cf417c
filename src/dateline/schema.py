"""The Article record: the one contract between the pipeline, the store, the API and exports.

Field names follow ../shared/DESIGN.md ("The record contract"); fields may be added, never renamed.
Every offset (``start``/``end``) is a character offset into ``Article.body``, except where an item
says its ``source`` is "headline" (a summary answer, an event's evidence and its actors' offsets):
those point into ``Article.headline``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


MentionKind = Literal["name", "alias", "pronoun", "nominal", "demonym", "facility"]


class Span(_Model):
    """A character span of the body; as an entity mention, ``kind`` says how it names the entity."""

    start: int
    end: int
    text: str = ""
    kind: MentionKind = "name"


class Dateline(_Model):
    text: str
    place: str | None = None


class Published(_Model):
    value: str
    source: Literal["argument", "metadata", "text", "inferred"]
    note: str | None = None


class Paragraph(_Model):
    start: int
    end: int


RemovedKind = Literal[
    "headline",
    "standfirst",
    "dateline",
    "byline",
    "caption",
    "credit",
    "related",
    "advert",
    "sponsored",
    "navigation",
    "share",
    "newsletter",
    "contact",
    "other",
]


class Removed(_Model):
    kind: RemovedKind
    text: str
    line: int | None = None


class Role(_Model):
    title: str
    organization: str | None = None
    country: str | None = None
    start: int | None = None
    end: int | None = None
    sector: str | None = None
    former: bool = False


class Entity(_Model):
    id: str
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    country: str | None = None
    actor_code: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Quote(_Model):
    kind: Literal["direct", "indirect", "mixed"]
    text: str
    start: int
    end: int
    parts: list[tuple[int, int]] | None = None
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: Literal["person", "organisation", "document", "unnamed", "unknown"] | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    medium: str | None = None


class Quantity(_Model):
    value: float | None
    unit: str | None = None
    text: str
    start: int
    end: int
    approximate: bool = False
    modifier: str | None = None


class TimeExpr(_Model):
    id: str
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str | None = None
    anchor: str | None = None
    anchor_source: str | None = None
    mod: str | None = None
    rule: str | None = None


class Place(_Model):
    id: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    # how the reading was chosen: "qualifier", "dateline", "context", "population", "news default",
    # "only reading" or "demonym"; confidence = the scorer's probability of the chosen reading
    basis: str | None = None
    confidence: float | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    # adjectives and demonyms naming the place's country ("Turkish", "Palestinians"), kind "demonym"
    demonyms: list[Span] = Field(default_factory=list)


class EventActor(_Model):
    entity: str | None = None
    text: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None
    # where the country came from: "phrase" (the actor's own words), "entity" (its entity record),
    # "sentence" (a place elsewhere in the sentence), "dateline", "document" (the story's country) or
    # "title" (the form of an office only some countries use, "Sen."); the last four are inferred
    country_source: str | None = None


class Plover(_Model):
    type: str
    mode: str | None = None


class Cameo(_Model):
    code: str
    label: str | None = None


class Evidence(_Model):
    """The text an event is coded from: ``start``/``end`` point into the body, or into the headline
    when ``source`` is "headline" (an event the headline tells, ``events/headline_record.py``).
    ``source`` is written out only when it is "headline", so a body event's record is as before."""

    start: int
    end: int
    text: str | None = None
    source: Literal["body", "headline"] = Field("body", exclude_if=lambda value: value == "body")


Modality = Literal["asserted", "planned", "hypothetical", "negated", "reported"]


class Event(_Model):
    id: str
    source: EventActor | None
    target: EventActor | None = None
    plover: Plover
    cameo: Cameo | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    modality: Modality = "asserted"
    when: str | None = None
    where: str | None = None
    where_assumed: bool = False
    evidence: Evidence
    trigger: str | None = None
    rule: str
    confidence: float | None = None
    gdelt: dict[str, str | int | float | None] = Field(default_factory=dict)


class Answer(_Model):
    text: str
    start: int | None = None
    end: int | None = None
    source: Literal["body", "headline"] = "body"  # offsets point into the headline when "headline"
    value: str | None = None  # "when" answers: the resolved TIMEX3 value ("2015-03-23")


class Summary(_Model):
    who: list[Answer] = Field(default_factory=list)
    what: list[Answer] = Field(default_factory=list)
    when: list[Answer] = Field(default_factory=list)
    where: list[Answer] = Field(default_factory=list)
    why: list[Answer] = Field(default_factory=list)
    how: list[Answer] = Field(default_factory=list)


class Source(_Model):
    """Where the document came from."""

    url: str | None = None
    path: str | None = None
    content_type: str | None = None
    raw_id: str | None = None
    site_name: str | None = None
    language: str | None = None


class Article(_Model):
    """One processed news article."""

    id: str
    pipeline_version: str
    headline: str | None = None
    dateline: Dateline | None = None
    published: Published | None = None
    bylines: list[str] = Field(default_factory=list)
    body: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    summary: Summary | None = None
    source: Source = Field(default_factory=Source)
    warnings: list[str] = Field(default_factory=list)

    def __reduce__(self) -> tuple:
        """Pickled as its JSON: several times faster to load than pydantic's object state."""
        return (_article_from_json, (self.model_dump_json(),))


def evidence_text(article: Article, event: Event) -> str:
    """The words an event's evidence points at: in the headline when its ``source`` is "headline",
    else in the body."""
    text = article.headline or "" if event.evidence.source == "headline" else article.body
    return text[event.evidence.start : event.evidence.end]


def _article_from_json(data: str) -> Article:
    return Article.model_validate_json(data)
