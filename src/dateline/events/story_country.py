"""The country of a story, for the actors its text leaves unplaced ("the House of Commons", "the
police", a named person the dictionaries do not know).

The coder counts the countries of the actors the text places by their own words or entity records
(``country_source`` "phrase" or "entity") outside the event's sentence. When one country holds a
majority of them, that is the story's country (``extract.EventCoder._place_people``). When none
does, a state body takes the dateline's country (where the reporter files from: "OTTAWA –") when
that is one of the two countries the actors and the places name most together (``leading``), else
the country they name most (``plurality``, a tie broken by the dateline's country, then by the
places): "OTTAWA – ... Harper plans to ask the House of Commons" in a story that names Ukraine's
places more often than Canada's is Canada's House; "the army" of a story whose actors are mostly
Russian but whose places are Syria's is Syria's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..ontology.cameo import international_codes

ISO3_LENGTH = 3


def is_country(key: str) -> bool:
    """Whether an actor key is a country (ISO alpha-3), not an intergovernmental body or a group
    (``international_codes``: a story about NATO has no NATO legislature)."""
    return len(key) == ISO3_LENGTH and key.isalpha() and key.isupper() and key not in international_codes()


def _countries(counts: Counter[str]) -> Counter[str]:
    """The counts of the countries counted at least once."""
    return Counter({key: n for key, n in counts.items() if n > 0 and is_country(key)})


def leading(counts: Counter[str], country: str | None, places: int = 2) -> bool:
    """Whether a country is among the ``places`` countries the counted actors name most (a tie for
    the last place included)."""
    countries = _countries(counts)
    if not country or country not in countries:
        return False
    ranked = sorted(countries.values(), reverse=True)
    return countries[country] >= ranked[min(places, len(ranked)) - 1]


def plurality(counts: Counter[str], preferred: Iterable[str | None] = ()) -> str | None:
    """The country the most counted actors have (countries only), ahead of every other; among
    countries tied for the lead, the first of ``preferred`` (the dateline's country, then the
    countries the places name, most named first) that is one of them; None when nothing is counted
    or no preference breaks a tie."""
    countries = _countries(counts)
    if not countries:
        return None
    top = max(countries.values())
    leaders = {key for key, n in countries.items() if n == top}
    if len(leaders) == 1:
        return next(iter(leaders))
    return next((key for key in preferred if key in leaders), None)
