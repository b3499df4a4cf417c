"""Private acts and business routine (``nonevents.private_exchange``): probe texts written for these
tests (``probes/private.tsv``) and the actor kinds the rule reads."""

import csv
from pathlib import Path

import pytest

from dateline.events.confidence import default_threshold
from dateline.events.nonevents import (
    company_name,
    political_text,
    private_actor,
    private_exchange,
)
from dateline.nlp import get_nlp

PROBES = Path(__file__).parent / "probes" / "private.tsv"


def _probes() -> list[dict[str, str]]:
    with PROBES.open(encoding="utf-8") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))


def _types(doc, floor: float) -> list[str]:
    return sorted({e["plover"]["type"] for e in doc._.events or [] if (e.get("confidence") or 0) >= floor})


@pytest.fixture(scope="module")
def coded() -> list[tuple[dict[str, str], list[str]]]:
    rows = _probes()
    floor = default_threshold()
    docs = get_nlp().pipe(row["text"] for row in rows)
    return [(row, _types(doc, floor)) for row, doc in zip(rows, docs, strict=True)]


def test_probe_texts_hold(coded):
    wrong = [
        (row["text"][:60], types)
        for row, types in coded
        if types != ([] if row["expect"] == "NONE" else sorted(row["expect"].split("|")))
    ]
    assert wrong == []


def test_a_company_is_named_by_a_designator_or_a_longer_name():
    organisations = ["Harlow Freight Corp.", "Kestrel Airlines", "Friends of the Earth"]
    assert company_name("Harlow Freight Corp.", organisations)
    assert company_name("Kestrel", organisations)
    assert company_name("Harlow Freight", organisations)
    assert not company_name("Friends", organisations)
    assert not company_name("Friends of the Earth", organisations)
    assert not company_name("Corp.", organisations)


def test_a_text_naming_an_office_or_an_election_is_political():
    assert political_text("The mayor of Dayton opened the new bridge.")
    assert political_text("She will run in the primary next spring.")
    assert political_text("Two candidates spoke at the school.")
    assert not political_text("The skater returned from Brisbane and met her old coach.")


def test_a_state_actor_is_never_private():
    business = {"code": "USABUS", "sector": "BUS"}
    governor = {"code": "USAGOV", "sector": "GOV"}
    country = {"code": "BRA", "sector": None}
    person = {"code": "USA", "sector": None}
    assert private_actor(business, "ORG", None, False, people=False)
    assert not private_actor(governor, "PERSON", None, False, people=True)
    assert not private_actor(country, "GPE", None, False, people=True)
    assert private_actor(person, "PERSON", None, False, people=True)
    # in a story of state or political actors a name with no sector may be a politician's
    assert not private_actor(person, "PERSON", None, False, people=False)
    assert not private_actor({"code": "IGO", "sector": None}, "ORG", None, False, people=True)


def test_an_act_with_no_target_is_private_only_for_companies():
    company = ({"code": "USA", "sector": None}, "ORG", None, True)
    nurses = ({"code": "USAHLH", "sector": "MED"}, None, None, False)
    assert private_exchange("AGREE", [company], [])
    assert not private_exchange("AGREE", [nurses], [])
    assert private_exchange("SUPPORT", [nurses], [company])
    # companies acting on companies are business routine whatever the type
    assert private_exchange("ACCUSE", [company], [company])
    # force, threats, accusations and demands are coded between private actors too
    assert not private_exchange("ASSAULT", [nurses], [company])
    assert not private_exchange("REQUEST", [nurses], [company])


def test_a_common_noun_with_no_sector_is_a_private_person():
    parsed = get_nlp()("The skater met the country's envoy.")
    skater, country = parsed[1], parsed[4]
    person = {"code": "CAN", "sector": None}
    assert private_actor(person, None, skater, False, people=False)
    assert not private_actor(person, None, country, False, people=False)


def test_a_state_body_named_like_a_company_is_no_company():
    agency = {"code": "USAGOV", "sector": "GOV"}
    army = {"code": "RUSMIL", "sector": "MIL"}
    firm = {"code": None, "sector": None}
    assert not private_actor(agency, "ORG", None, True, people=True)
    assert not private_actor(army, "ORG", None, True, people=False)
    assert private_actor(firm, "ORG", None, True, people=False)
    lender = (agency, "ORG", None, True)
    supplier = (firm, "ORG", None, True)
    # a state lender's loan to a company is coded; one company's loan to another is routine
    assert not private_exchange("AID", [lender], [supplier])
    assert private_exchange("AID", [supplier], [supplier])
