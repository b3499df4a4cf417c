"""Versioned DDL of the DuckDB store: each migration runs once, recorded in ``schema_version``.

Flattened columns are the ones queries filter on; every item row also keeps the full item as
JSON (``item``), so a field added to a schema model later is stored and read back unchanged.
Offsets are ``char_start``/``char_end`` (character offsets into ``articles.body``; an event's point
into ``articles.headline`` when its ``evidence_source`` is 'headline').
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import duckdb

from ..errors import StoreError

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    """One step of the store's schema."""

    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """CREATE TABLE runs (
        id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, command VARCHAR,
        pipeline_version VARCHAR, workers INTEGER, status VARCHAR,
        n_seen BIGINT DEFAULT 0, n_inserted BIGINT DEFAULT 0, n_skipped BIGINT DEFAULT 0,
        n_failed BIGINT DEFAULT 0)""",
    """CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, raw_id VARCHAR, run_id VARCHAR, ingested TIMESTAMP,
        pipeline_version VARCHAR, headline VARCHAR, dateline_text VARCHAR, dateline_place VARCHAR,
        published_value VARCHAR, published_date DATE, published_source VARCHAR,
        url VARCHAR, path VARCHAR, site_name VARCHAR, language VARCHAR,
        n_chars INTEGER, n_words INTEGER, body VARCHAR,
        dateline JSON, published JSON, bylines JSON, paragraphs JSON, summary JSON, source JSON,
        warnings JSON, extra JSON)""",
    """CREATE TABLE sources (
        raw_id VARCHAR PRIMARY KEY, article_id VARCHAR, path VARCHAR, url VARCHAR,
        content_type VARCHAR, run_id VARCHAR, seen TIMESTAMP)""",
    """CREATE TABLE removed (
        article_id VARCHAR, ord INTEGER, kind VARCHAR, text VARCHAR, line INTEGER, item JSON,
        PRIMARY KEY (article_id, ord))""",
    """CREATE TABLE entities (
        article_id VARCHAR, ord INTEGER, id VARCHAR, name VARCHAR, type VARCHAR, country VARCHAR,
        actor_code VARCHAR, n_mentions INTEGER, item JSON, PRIMARY KEY (article_id, ord))""",
    """CREATE TABLE mentions (
        article_id VARCHAR, entity_id VARCHAR, ord INTEGER, char_start INTEGER, char_end INTEGER,
        text VARCHAR)""",
    """CREATE TABLE quotes (
        article_id VARCHAR, ord INTEGER, kind VARCHAR, text VARCHAR, char_start INTEGER,
        char_end INTEGER, speaker VARCHAR, speaker_text VARCHAR, speaker_name VARCHAR, cue VARCHAR,
        item JSON, PRIMARY KEY (article_id, ord))""",
    """CREATE TABLE quantities (
        article_id VARCHAR, ord INTEGER, value DOUBLE, unit VARCHAR, text VARCHAR,
        char_start INTEGER, char_end INTEGER, item JSON, PRIMARY KEY (article_id, ord))""",
    """CREATE TABLE times (
        article_id VARCHAR, ord INTEGER, id VARCHAR, text VARCHAR, char_start INTEGER,
        char_end INTEGER, type VARCHAR, value VARCHAR, item JSON, PRIMARY KEY (article_id, ord))""",
    """CREATE TABLE places (
        article_id VARCHAR, ord INTEGER, id VARCHAR, name VARCHAR, country VARCHAR, lat DOUBLE,
        lon DOUBLE, geonameid BIGINT, feature VARCHAR, item JSON, PRIMARY KEY (article_id, ord))""",
    """CREATE TABLE events (
        article_id VARCHAR, ord INTEGER, id VARCHAR,
        source_entity VARCHAR, source_text VARCHAR, source_code VARCHAR, source_country VARCHAR,
        target_entity VARCHAR, target_text VARCHAR, target_code VARCHAR, target_country VARCHAR,
        plover_type VARCHAR, plover_mode VARCHAR, cameo_code VARCHAR, goldstein DOUBLE,
        quad_class INTEGER, modality VARCHAR, when_id VARCHAR, when_value VARCHAR, event_date DATE,
        where_id VARCHAR, where_name VARCHAR, where_country VARCHAR, where_lat DOUBLE,
        where_lon DOUBLE, char_start INTEGER, char_end INTEGER, rule VARCHAR, item JSON,
        PRIMARY KEY (article_id, ord))""",
    """CREATE TABLE errors (
        raw_id VARCHAR, path VARCHAR, url VARCHAR, code VARCHAR, kind VARCHAR, reason VARCHAR,
        run_id VARCHAR, failed_at TIMESTAMP)""",
    "CREATE INDEX events_source_code ON events (source_code)",
    "CREATE INDEX events_target_code ON events (target_code)",
    "CREATE INDEX entities_name ON entities (name)",
    "CREATE INDEX errors_raw_id ON errors (raw_id)",
)

_V2 = (
    """CREATE TABLE signatures (
        article_id VARCHAR PRIMARY KEY, minhash UBIGINT[], title_minhash UBIGINT[])""",
    """CREATE TABLE duplicates (
        article_id VARCHAR PRIMARY KEY, duplicate_of VARCHAR, similarity DOUBLE)""",
    """CREATE TABLE clusters (
        article_id VARCHAR PRIMARY KEY, cluster_id VARCHAR, similarity DOUBLE)""",
    """CREATE TABLE actors (
        id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, country VARCHAR, actor_code VARCHAR,
        n_articles INTEGER, n_mentions INTEGER, aliases JSON)""",
    """CREATE TABLE entity_actors (
        article_id VARCHAR, entity_id VARCHAR, actor_id VARCHAR, PRIMARY KEY (article_id, entity_id))""",
    """CREATE TABLE event_groups (
        id VARCHAR PRIMARY KEY, cluster_id VARCHAR, article_id VARCHAR, event_id VARCHAR,
        source_code VARCHAR, target_code VARCHAR, cameo_code VARCHAR, plover_type VARCHAR,
        event_date DATE, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER)""",
    """CREATE TABLE event_members (
        article_id VARCHAR, event_id VARCHAR, group_id VARCHAR, PRIMARY KEY (article_id, event_id))""",
)

_V3 = (
    "CREATE TABLE link_order (article_id VARCHAR PRIMARY KEY, seq BIGINT)",
    "CREATE TABLE link_bands (kind VARCHAR, band INTEGER, key BIGINT, article_id VARCHAR, day DATE)",
    "CREATE TABLE link_names (kind VARCHAR, name VARCHAR, base VARCHAR, root VARCHAR, last VARCHAR)",
    "CREATE TABLE link_codes (kind VARCHAR, code VARCHAR, name VARCHAR)",
    """CREATE TABLE link_entities (
        article_id VARCHAR, entity_id VARCHAR, kind VARCHAR, key VARCHAR, name VARCHAR,
        actor_code VARCHAR, country VARCHAR, n_mentions INTEGER, aliases VARCHAR[])""",
    """CREATE TABLE link_actors (
        kind VARCHAR, root VARCHAR, actor_id VARCHAR, n_articles INTEGER, n_mentions INTEGER,
        full_anchor VARCHAR, any_anchor VARCHAR)""",
    "CREATE TABLE link_counts (kind VARCHAR, root VARCHAR, field VARCHAR, value VARCHAR, n INTEGER)",
)

_V4 = (
    "ALTER TABLE events ADD COLUMN confidence DOUBLE",
    "UPDATE events SET confidence = TRY_CAST(json_extract(item, '$.confidence') AS DOUBLE)",
)

_V5 = (
    """CREATE TABLE follow_polls (
        source VARCHAR, kind VARCHAR, polled_at TIMESTAMP, status VARCHAR, http_status INTEGER,
        etag VARCHAR, last_modified VARCHAR, failures INTEGER, next_due TIMESTAMP, new_items INTEGER,
        error VARCHAR)""",
    """CREATE TABLE follow_items (
        source VARCHAR, key VARCHAR, fingerprint VARCHAR, raw_id VARCHAR, article_id VARCHAR,
        previous_article_id VARCHAR, version INTEGER, seen TIMESTAMP)""",
)

_V6 = (
    "ALTER TABLE events ADD COLUMN evidence_source VARCHAR DEFAULT 'body'",
    "UPDATE events SET evidence_source = coalesce(json_extract_string(item, '$.evidence.source'), 'body')",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, record items, sources, errors, runs", _V1),
    Migration(2, "across articles: signatures, duplicates, clusters, actors, event groups", _V2),
    Migration(3, "incremental linking: link order, LSH bands, name groups of actors", _V3),
    Migration(4, "event confidence column", _V4),
    Migration(5, "followed sources: polls and items seen", _V5),
    Migration(6, "event evidence source column (body or headline)", _V6),
)
LATEST = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open store (0 for an empty database)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every pending migration, each in its own transaction; returns the new version."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, description VARCHAR, applied TIMESTAMP)"
    )
    version = current_version(con)
    if version > LATEST:
        raise StoreError(
            f"the database is at schema version {version}, newer than this dateline ({LATEST}); "
            "upgrade dateline"
        )
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        LOGGER.info("store: applying migration %s (%s)", migration.version, migration.description)
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp)",
                [migration.version, migration.description],
            )
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        version = migration.version
    return version
