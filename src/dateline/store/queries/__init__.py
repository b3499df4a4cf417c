"""Read functions over the store (used by the CLI and the web API), one module per resource as in
``dateline.api.routes``: parameterised SQL only.

Every function takes an open connection (read-only is enough) and returns plain dicts shaped like
the record's items, with the article they belong to (``article_id``, ``headline``, ``published``).
"""

from .articles import LEAD_SQL, LEAD_WORDS, count_articles, get_article, get_article_model, list_articles
from .clusters import count_clusters, list_clusters
from .entities import count_entities, list_entities
from .events import count_events, list_event_rows, list_events
from .filters import Filters, country_codes
from .quotes import count_quotes, list_quotes
from .search import FTS_SCHEMA, build_search_index, fts_extension_path, load_fts, search_articles, search_mode
from .sources import list_sources
from .sql import TABLES, run_sql, table_counts
from .stats import corpus_stats

__all__ = [
    "FTS_SCHEMA",
    "Filters",
    "LEAD_SQL",
    "LEAD_WORDS",
    "TABLES",
    "build_search_index",
    "corpus_stats",
    "count_articles",
    "count_clusters",
    "count_entities",
    "count_events",
    "count_quotes",
    "country_codes",
    "fts_extension_path",
    "get_article",
    "get_article_model",
    "list_articles",
    "list_clusters",
    "list_entities",
    "list_event_rows",
    "list_events",
    "list_quotes",
    "list_sources",
    "load_fts",
    "run_sql",
    "search_articles",
    "search_mode",
    "table_counts",
]
