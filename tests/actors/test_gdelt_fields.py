from dateline.actors import gdelt_actor_fields, resolve_actor
from dateline.actors.gdelt import FIELDS


def test_country_actor_columns():
    cols = gdelt_actor_fields(resolve_actor("Mexican authorities"), "Mexican authorities")
    assert cols["Actor1Code"] == "MEXGOV"
    assert cols["Actor1CountryCode"] == "MEX"
    assert cols["Actor1Type1Code"] == "GOV"
    assert cols["Actor1Name"] == "MEXICAN AUTHORITIES"
    assert cols["Actor1KnownGroupCode"] == ""


def test_igo_actor_columns_and_prefix():
    cols = gdelt_actor_fields(resolve_actor("NATO's supreme allied commander"), prefix="Actor2")
    assert set(cols) == {f"Actor2{f}" for f in FIELDS}
    assert cols["Actor2Code"] == "IGOWSTNATMIL"
    assert cols["Actor2CountryCode"] == ""
    assert cols["Actor2KnownGroupCode"] == "NAT"
    assert (cols["Actor2Type1Code"], cols["Actor2Type2Code"]) == ("IGO", "MIL")


def test_medical_and_media_use_cameo_types():
    assert gdelt_actor_fields(resolve_actor("Syrian doctors"))["Actor1Type1Code"] == "HLH"
    assert gdelt_actor_fields(resolve_actor("Syrian journalists"))["Actor1Type1Code"] == "MED"


def test_no_actor_gives_empty_columns():
    cols = gdelt_actor_fields(None)
    assert len(cols) == len(FIELDS) and not any(cols.values())
