"""Build ``knowledge/historic_states.tsv``: states that no longer exist, coded as CAMEO codes them.

Usage: python scripts/build_historic_states.py [--reference ../shared/reference]

Source: PETRARCH2's Phoenix country-actors dictionary (``cameo-country-actors-dictionary.txt``, MIT,
(c) 2014 Open Event Data Alliance). A state is kept when an entry of the dictionary is coded with a
bare three-letter code that ISO 3166-3 lists as a former country (pycountry's
``historic_countries``) and no current country is written with (East Timor's TMP is
Timor-Leste's): SOVIET_UNION [SUN], CZECHOSLOVAKIA [CSK], GERMAN_DEMOCRATIC_REPUBLIC [DDR],
SERBIA_AND_MONTENEGRO [SCG]. The entry's written names become the state's names, except a name that
is the stem of another of its names ("SOVIET" of "SOVIET_UNION", "EAST_GERMAN" of "EAST_GERMANY"),
which is a demonym (its plural in -s added), and a name ending in a current country's seat
("EAST_BERLIN"), which is a seat. A former country whose ISO alpha-3 the dictionary only uses as the
prefix of its parts ("YUGSRB", "YUGHRV": Yugoslavia) has no entry of its own; it is written from
``SUPPLEMENT`` (ISO 3166-3 YUG, its English name and demonym). ``successor``: the current country
whose row of ``countries.tsv`` lists the state's name as an alias (its territory for maps and places).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pycountry

from dateline.knowledge import countries

TABLE = Path(__file__).resolve().parents[1] / "src" / "dateline" / "knowledge" / "historic_states.tsv"
HEADER = ("cameo", "iso4", "name", "names", "demonyms", "seats", "successor")
CODE = re.compile(r"\[([A-Z]{3,})(?:\s+[<>]?\d{6,8}(?:-\d{6,8})?)?\]")
# a former state with no entry of its own in the dictionary (its parts are coded YUGxxx there)
SUPPLEMENT = {
    "YUG": {"names": ["Yugoslavia", "Socialist Federal Republic of Yugoslavia"], "demonyms": ["Yugoslav"]}
}
SMALL = {"of", "and", "the"}
ACRONYM = 5


def _written(raw: str) -> str:
    """A dictionary name as written in English: "UNION_OF_SOVIET_SOCIALIST_REPUBLICS" -> "Union of
    Soviet Socialist Republics", "USSR" stays."""
    text = re.sub(
        r"\s+", " ", CODE.sub("", raw.split("#", 1)[0]).strip().strip("+").replace("_", " ")
    ).strip()
    if " " not in text and len(text) <= ACRONYM:
        return text
    words = text.lower().split(" ")
    return " ".join(w if w in SMALL and i else w.capitalize() for i, w in enumerate(words))


def _entries(path: Path) -> dict[str, list[str]]:
    """Bare three-letter code of a former country -> the written names of its entry."""
    current = {c.alpha_3 for c in pycountry.countries}
    in_use = current | {c.cameo for c in countries() if c.iso3 in current}
    former = {c.alpha_3 for c in pycountry.historic_countries} - in_use
    out: dict[str, list[str]] = {}
    names: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1] not in (" ", "\t", "+"):
            names = []
        if line[:1] not in (" ", "\t"):
            name = _written(line)
            if name:
                names.append(name)
        for code in CODE.findall(line.split("#", 1)[0]):
            if code in former:
                out.setdefault(code, names)
    return out


def _sort(names: list[str], seats: set[str]) -> dict[str, list[str]]:
    """Names, demonyms (a name that is the stem of another, with its plural) and seats."""
    out: dict[str, list[str]] = {"names": [], "demonyms": [], "seats": []}
    for name in dict.fromkeys(names):
        if any(other != name and other.startswith(name) for other in names):
            out["demonyms"] += [name, name + "s"]
        elif name.split(" ")[-1] in seats:
            out["seats"].append(name)
        else:
            out["names"].append(name)
    return out


def _successor(names: list[str]) -> str:
    """The current country whose aliases include one of the names (its ISO alpha-3), or ""."""
    for country in countries():
        if country.iso3 not in {c.alpha_3 for c in pycountry.historic_countries} and set(names) & set(
            country.names
        ):
            return country.iso3
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=Path("../shared/reference"))
    args = parser.parse_args()
    seats = {seat for c in countries() for seat in c.seats}
    found = {
        code: _sort(names, seats)
        for code, names in _entries(args.reference / "cameo-country-actors-dictionary.txt").items()
    }
    for code, extra in SUPPLEMENT.items():
        found.setdefault(
            code,
            {
                "names": extra["names"],
                "demonyms": [d for w in extra["demonyms"] for d in (w, w + "s")],
                "seats": [],
            },
        )
    lines = [
        "# States that no longer exist, with the CAMEO codes of the Phoenix country-actors dictionary (its",
        "# SUN, CSK, DDR, SCG; Yugoslavia, which it codes only through its parts YUGxxx, takes ISO",
        "# 3166-3 YUG).",
        "# iso4: ISO 3166-3 code; successor: the current country whose territory maps and places use.",
        "# Built by scripts/build_historic_states.py (Phoenix dictionaries, MIT, (c) 2014 Open Event",
        "# Data Alliance).",
        "\t".join(HEADER),
    ]
    iso4 = {c.alpha_3: c.alpha_4 for c in pycountry.historic_countries}
    for code, parts in found.items():
        name = parts["names"][0]
        row = (
            code,
            iso4.get(code, ""),
            name,
            "|".join(parts["names"]),
            "|".join(parts["demonyms"]),
            "|".join(parts["seats"]),
            _successor(parts["names"]),
        )
        lines.append("\t".join(row))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
