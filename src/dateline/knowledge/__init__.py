"""World facts, each kept once: countries (codes, names, demonyms, seats), regions, titles, name folding.

Every layer (nlp, actors, events, store, the UI through the API) reads these tables through this package;
none keeps a copy. Coding knowledge (CAMEO, PLOVER, verb patterns) lives in ``ontology/``.
"""

from __future__ import annotations

from .countries import (
    Country,
    HistoricState,
    cameo_country,
    countries,
    country_by_iso2,
    country_by_iso3,
    country_name,
    demonym_countries,
    fips_of_iso2,
    historic_state,
    historic_state_named,
    historic_states,
    iso2_of_iso3,
    iso3_of_code,
    iso3_of_iso2,
    name_countries,
)
from .names import fold
from .regions import Region, regions
from .titles import Title, form_countries, title_sectors, titles, titles_table

KNOWLEDGE_TABLES = (
    "countries.tsv",
    "historic_states.tsv",
    "ambiguous.tsv",
    "regions.tsv",
    "division_demonyms.tsv",
    "titles.json",
)

__all__ = [
    "KNOWLEDGE_TABLES",
    "Country",
    "HistoricState",
    "Region",
    "Title",
    "cameo_country",
    "countries",
    "country_by_iso2",
    "country_by_iso3",
    "country_name",
    "demonym_countries",
    "fips_of_iso2",
    "fold",
    "form_countries",
    "historic_state",
    "historic_state_named",
    "historic_states",
    "iso2_of_iso3",
    "iso3_of_code",
    "iso3_of_iso2",
    "name_countries",
    "regions",
    "title_sectors",
    "titles",
    "titles_table",
]
