"""Event de-duplication inside a story cluster, with GDELT-like NumMentions / NumSources / NumArticles.

Two events are the same event when they are in the same story cluster and have the same source
and target actors (the canonical actor when the entity is linked, else the actor code or text), the
same PLOVER type and CAMEO base code, and the same date when the event has its own time expression
(outlets in one cluster publish on different days: their publication dates are not compared).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass
class EventRow:
    """One stored event, as de-duplication needs it."""

    article_id: str
    event_id: str
    source_entity: str | None
    source_code: str | None
    source_text: str | None
    target_entity: str | None
    target_code: str | None
    target_text: str | None
    plover_type: str | None
    cameo_code: str | None
    event_date: object
    when_id: str | None = None


@dataclass
class EventGroup:
    """One de-duplicated event and the counts of its reports."""

    id: str
    cluster_id: str
    article_id: str
    event_id: str
    source_code: str | None
    target_code: str | None
    cameo_code: str | None
    plover_type: str | None
    event_date: object
    num_mentions: int
    num_sources: int
    num_articles: int
    members: list[tuple[str, str]]


def _actor_key(
    article_id: str,
    entity: str | None,
    code: str | None,
    text: str | None,
    actors: Mapping[tuple[str, str], str],
) -> str:
    if entity and (article_id, entity) in actors:
        return actors[(article_id, entity)]
    return code or (text or "").strip().lower()


def group_events(
    events: Iterable[EventRow],
    clusters: Mapping[str, str],
    duplicates: Mapping[str, str],
    actors: Mapping[tuple[str, str], str],
    sources: Mapping[str, str],
) -> list[EventGroup]:
    """Group events (given in article order) into de-duplicated events.

    ``clusters``: article -> cluster id; ``duplicates``: copy -> original article;
    ``actors``: (article, entity) -> actor id; ``sources``: article -> outlet name.
    Mentions and articles count only originals (a syndicated copy is not counted twice);
    sources count every outlet that carried the story.
    """
    groups: dict[str, EventGroup] = {}
    for ev in events:
        cluster = clusters.get(ev.article_id, ev.article_id)
        key = "|".join(
            str(x)
            for x in (
                cluster,
                _actor_key(ev.article_id, ev.source_entity, ev.source_code, ev.source_text, actors),
                _actor_key(ev.article_id, ev.target_entity, ev.target_code, ev.target_text, actors),
                ev.plover_type,
                (ev.cameo_code or "")[:3],
                ev.event_date if ev.when_id else "",
            )
        )
        gid = "G" + hashlib.sha256(key.encode()).hexdigest()[:15]
        group = groups.get(gid)
        if group is None:
            group = groups[gid] = EventGroup(
                id=gid,
                cluster_id=cluster,
                article_id=ev.article_id,
                event_id=ev.event_id,
                source_code=ev.source_code,
                target_code=ev.target_code,
                cameo_code=ev.cameo_code,
                plover_type=ev.plover_type,
                event_date=ev.event_date,
                num_mentions=0,
                num_sources=0,
                num_articles=0,
                members=[],
            )
        group.members.append((ev.article_id, ev.event_id))
    for group in groups.values():
        originals = [(a, e) for a, e in group.members if a not in duplicates]
        group.num_mentions = max(1, len(originals))
        group.num_articles = max(1, len({a for a, _ in originals}))
        group.num_sources = max(1, len({sources.get(a, a) for a, _ in group.members}))
    return list(groups.values())
