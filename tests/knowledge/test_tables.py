"""The knowledge tables agree with themselves and with each other; each fact is kept once."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources

import pytest

from dateline.knowledge import (
    KNOWLEDGE_TABLES,
    cameo_country,
    countries,
    country_by_iso2,
    demonym_countries,
    fips_of_iso2,
    fold,
    iso2_of_iso3,
    iso3_of_code,
    iso3_of_iso2,
    name_countries,
    regions,
)
from dateline.knowledge.countries import ambiguous
from dateline.knowledge.titles import titles
from dateline.ontology import data_files, load_json


def _owners(field: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for country in countries():
        for text in getattr(country, field):
            out[fold(text)].add(country.iso2)
    return out


def test_every_table_loads():
    for name in KNOWLEDGE_TABLES:
        assert resources.files("dateline.knowledge").joinpath(name).is_file()
    assert len(countries()) > 240
    assert regions()


def test_codes_are_unique_and_well_formed():
    iso2 = [c.iso2 for c in countries()]
    iso3 = [c.iso3 for c in countries()]
    assert len(set(iso2)) == len(iso2) and len(set(iso3)) == len(iso3)
    for c in countries():
        assert len(c.iso2) == 2 and c.iso2.isupper(), c
        assert len(c.iso3) == 3 and c.iso3.isupper(), c
        assert c.name, c
        assert iso3_of_iso2(c.iso2) == c.iso3 and iso2_of_iso3(c.iso3) == c.iso2


def test_every_cameo_country_has_iso3_and_fips():
    coded = [c for c in countries() if c.cameo]
    assert len(coded) > 200
    for c in coded:
        assert c.iso3 and c.fips, c
    assert country_by_iso2("XK").cameo == "KSV"
    assert fips_of_iso2("DE") == "GM" and fips_of_iso2("GB") == "UK"


def test_cameo_country_codes_and_back():
    assert cameo_country("XKX") == "KSV" and cameo_country("TLS") == "TMP"
    assert cameo_country("FRA") == "FRA" and cameo_country("IGO") == "IGO" and cameo_country("") == ""
    assert iso3_of_code("KSV") == "XKX" and iso3_of_code("tmp") == "TLS" and iso3_of_code("XKX") == "XKX"
    # a CAMEO code that is another country's ISO code reads as that country
    assert iso3_of_code("ANT") == "ANT" and iso3_of_code("QQQ") == ""


def test_every_demonym_and_name_points_to_one_country_unless_ambiguous():
    listed = {fold(row["text"]) for row in ambiguous() if row["field"] in ("demonym", "name")}
    for field in ("demonyms", "names"):
        for text, owners in _owners(field).items():
            assert len(owners) == 1, (field, text, owners)
            assert text not in listed, f"{text} is listed as ambiguous and in a country row"
    for row in ambiguous():
        codes = row["countries"].split("|")
        assert len(codes) >= 2 and all(country_by_iso2(c) for c in codes), row


def test_a_name_that_is_also_a_demonym_names_the_same_country():
    names, demonyms = _owners("names"), _owners("demonyms")
    for text in set(names) & set(demonyms):
        assert names[text] == demonyms[text], text


def test_no_region_repeats_a_country_fact():
    country_texts = set(_owners("names")) | set(_owners("demonyms"))
    allowed = {fold(row["text"]) for row in ambiguous() if row["field"] == "region"}
    seen: set[str] = set()
    for region in regions():
        key = fold(region.name)
        assert key not in seen, f"{region.name} is twice in regions.tsv"
        seen.add(key)
        assert key not in country_texts or key in allowed, f"{region.name} is in countries.tsv too"
        assert region.country is None or country_by_iso2(region.country), region
        assert region.feature in ("region", "admin", "facility", "city", "people"), region


def test_written_lookups():
    assert demonym_countries()["Norwegian"] == ("NO",)
    assert demonym_countries()["Congolese"] == ("CD", "CG")
    assert name_countries()["U.S."] == ("US",)


def test_no_title_is_in_two_tables():
    from dateline.actors.lexicon import key_of

    vocab = load_json("actor_sectors.json")
    terms = {key_of(t) for words in [*vocab["terms"].values(), *vocab["secondary"].values()] for t in words}
    terms |= {key_of(t) for t in vocab["default_sector"]}
    forms = {key_of(text) for t in titles() for text in t.texts}
    assert not forms & terms, sorted(forms & terms)


def test_every_title_has_a_known_sector():
    sectors = set(load_json("actor_sectors.json")["sectors"])
    for t in titles():
        assert t.sector in sectors and (t.sector2 is None or t.sector2 in sectors), t
        assert set(t.actor_texts) <= set(t.texts), t


@pytest.mark.parametrize("name", ["countries", "demonyms", "regions", "titles"])
def test_no_ontology_file_keeps_world_facts(name):
    assert not [f for f in data_files() if name in f and f != "actor_cities.tsv"]


def test_fold():
    assert fold("Benítez’s") == "benitez's"
    assert fold("ZÜRICH") == "zurich"
    assert json.dumps(fold("Ærø"))
