"""States that no longer exist take the codes of CAMEO's country dictionary, by name, whatever the date."""

from __future__ import annotations

import pytest

from dateline.actors import resolve_actor
from dateline.actors.gdelt import gdelt_actor_fields
from dateline.events.coding import cameo_actor
from dateline.knowledge import cameo_country, country_name, historic_state, historic_states, iso3_of_code
from dateline.store.queries.filters import country_codes


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("the Soviet Union", "1983-04-11", "SUN"),
        ("the Soviet Union", "2021-10-30", "SUN"),
        ("the USSR", None, "SUN"),
        ("Soviet soldiers", None, "SUNMIL"),
        ("the Soviet defence minister", "1979-12-27", "SUNGOV"),
        ("Czechoslovakia", None, "CSK"),
        ("Czechoslovak ministers", None, "CSKGOV"),
        ("East Germany", None, "DDR"),
        ("the East German army", None, "DDRMIL"),
        ("East Berlin", None, "DDRGOV"),
        ("Serbia and Montenegro", None, "SCG"),
        ("Yugoslavia", None, "YUG"),
        ("Yugoslav soldiers", None, "YUGMIL"),
    ],
)
def test_a_former_state_is_coded_as_itself(text: str, date: str | None, code: str) -> None:
    assert resolve_actor(text, date=date)["code"] == code


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Russia", "1986-02-01", "RUS"),
        ("Russian sailors", "1975-07-04", "RUSMIL"),
        ("Moscow", "1962-10-20", "RUSGOV"),
        ("Germany", None, "DEU"),
        ("German ministers", None, "DEUGOV"),
        ("the Czech Republic", None, "CZE"),
        ("Serbia", None, "SRB"),
        ("Berlin", None, "DEUGOV"),
    ],
)
def test_its_successor_keeps_its_own_code_whatever_the_date(text: str, date: str | None, code: str) -> None:
    assert resolve_actor(text, date=date)["code"] == code


def test_the_table_takes_the_dictionary_codes_and_names_a_successor_territory() -> None:
    codes = {h.cameo for h in historic_states()}
    assert {"SUN", "CSK", "DDR", "SCG", "YUG"} <= codes
    assert "TMP" not in codes  # East Timor's CAMEO code is a current country's
    assert historic_state("SUN").successor == "RUS"
    assert "Soviet" in historic_state("SUN").demonyms


def test_downstream_copes_with_a_code_that_is_no_current_country() -> None:
    assert country_name("SUN") == "Soviet Union"
    assert iso3_of_code("DDR") == "DDR"
    assert cameo_country("SUN") == "SUN"
    assert cameo_country("SCG") == "SCG"
    actor = {"code": "SUNMIL", "country": "SUN", "sector": "MIL"}
    assert cameo_actor(actor) == actor
    fields = gdelt_actor_fields(actor, "Soviet soldiers")
    assert fields["Actor1CountryCode"] == "SUN"
    assert fields["Actor1Type1Code"] == "MIL"
    assert country_codes("Soviet Union") == ["SUN"]
    assert country_codes("ddr") == ["DDR"]
    assert country_codes("UA") == ["UA", "UKR"]


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Mikhail Gorbachev", "1988-05-30", "SUNGOV"),
        ("Mikhail Gorbachev", "2014-11-08", "RUSELI"),
        ("Eduard Shevardnadze", "1986-01-15", "SUNGOV"),
        ("post-Soviet states", None, None),
    ],
)
def test_an_office_of_a_former_state_is_held_in_it_and_left_for_home(
    text: str, date: str | None, code: str | None
) -> None:
    assert (resolve_actor(text, date=date) or {}).get("code") == code
