"""CAMEO event codes with their PLOVER crosswalk, Goldstein weight and QuadClass (``cameo_codes.tsv``),
and the CAMEO actor codes of no country (``international_codes``).

Example::

    >>> from dateline.ontology.cameo import cameo_code, plover_for, goldstein, quad_class
    >>> cameo_code("042").label
    'Make a visit'
    >>> plover_for("042")
    ('CONSULT', 'visit')
    >>> goldstein("190"), quad_class("190")
    (-10.0, 4)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import load_json, load_tsv

CODES_FILE = "cameo_codes.tsv"
PLOVER_FILE = "plover.json"
SECTORS_FILE = "actor_sectors.json"


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code: label, root, PLOVER type and mode, Goldstein weight, QuadClass."""

    code: str
    label: str
    root: str
    plover_type: str
    plover_mode: str
    plover_source: str
    goldstein: float
    goldstein_source: str
    quad_class: int

    @property
    def base(self) -> str:
        """The three-digit base code (GDELT's EventBaseCode); the code itself when shorter."""
        return self.code[:3]


@cache
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code in the table, by code string ("01" ... "2042")."""
    out: dict[str, CameoCode] = {}
    for row in load_tsv(CODES_FILE):
        out[row["code"]] = CameoCode(
            code=row["code"],
            label=row["label"],
            root=row["root"],
            plover_type=row["plover_type"],
            plover_mode=row["plover_mode"],
            plover_source=row["plover_source"],
            goldstein=float(row["goldstein"]),
            goldstein_source=row["goldstein_source"],
            quad_class=int(row["quad_class"]),
        )
    return out


def cameo_code(code: str) -> CameoCode | None:
    """The table row of a CAMEO code, or None for an unknown code."""
    return cameo_codes().get(str(code).strip())


def _require(code: str) -> CameoCode:
    row = cameo_code(code)
    if row is None:
        raise KeyError(f"unknown CAMEO event code {code!r}")
    return row


def label(code: str) -> str:
    """The CAMEO label of a code (KeyError for an unknown code)."""
    return _require(code).label


def plover_for(code: str) -> tuple[str, str] | None:
    """(PLOVER type, mode) of a CAMEO code; None where PLOVER has no event for it (plain statements)."""
    row = _require(code)
    return (row.plover_type, row.plover_mode) if row.plover_type else None


def goldstein(code: str) -> float:
    """GDELT's Goldstein scale value of a CAMEO code, in [-10, 10]."""
    return _require(code).goldstein


def quad_class(code: str) -> int:
    """GDELT QuadClass of a CAMEO code: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."""
    return _require(code).quad_class


@cache
def plover_types() -> dict[str, dict]:
    """The 16 PLOVER event types: definition, QuadClass, default CAMEO code and modes."""
    return load_json(PLOVER_FILE)["types"]


def cameo_for_plover(plover_type: str, mode: str | None = None) -> str | None:
    """A representative CAMEO code for a PLOVER type (and mode, when it has its own), or None."""
    entry = plover_types().get(plover_type)
    if entry is None:
        return None
    if mode and mode in entry["modes"]:
        return entry["modes"][mode]["cameo"]
    return entry["cameo"]


@cache
def international_codes() -> tuple[str, ...]:
    """The CAMEO actor codes of international and transnational actors, which stand where a country
    code would and name no country (``international_codes`` of ``actor_sectors.json``: "IGO",
    "NGO", "MNC", "IMG", "NGM"); a tuple, for ``str.startswith`` as well as ``in``."""
    return tuple(load_json(SECTORS_FILE)["international_codes"])


@cache
def synset_words(*names: str) -> frozenset[str]:
    """The words of the CAMEO verb dictionary's synonym sets ``names`` (``cameo_verbs.json``
    "synsets": "&WEAPON", "&TOWN", ...), as the dictionary writes them; a set it lacks adds nothing."""
    synsets = load_json("cameo_verbs.json")["synsets"]
    return frozenset(w for name in names for w in synsets.get(name, ()))
