"""Money given, lent or promised by states and international bodies (the CAMEO verb dictionary's
CURRENCY patterns, ``scripts/build_cameo_verbs.py``: ``money_for_kin``), and money moved between
private parties, which stays no event."""

import importlib.util
from pathlib import Path

import pytest

import dateline

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_cameo_verbs.py"


def _events(text: str) -> list[dict]:
    record = dateline.extract(text, published="2025-03-04").model_dump()
    return [e for e in record["events"] if e["confidence"] >= 0.5]


def _coded(text: str) -> set[tuple[str, str, str]]:
    return {
        (e["plover"]["type"], (e["source"] or {}).get("code") or "", (e["target"] or {}).get("code") or "")
        for e in _events(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal granted $12 million to Guinea-Bissau.", ("AID", "PRT", "GNB")),
        ("Denmark granted 40 million euros to Burkina Faso.", ("AID", "DNK", "BFA")),
        ("Oman granted Jordan $250 million.", ("AID", "OMN", "JOR")),
        ("Ireland donated $4 million to Malawi.", ("AID", "IRL", "MWI")),
        ("Finland sent $6 million to Tanzania.", ("AID", "FIN", "TZA")),
        ("Spain allocated $9 million to Mauritania.", ("AID", "ESP", "MRT")),
        ("Belgium pledged $35 million to Rwanda.", ("AGREE", "BEL", "RWA")),
    ],
)
def test_money_given_by_a_state_is_aid(text, expected):
    assert expected in _coded(text)


def test_the_sum_is_economic_aid():
    codes = {e["cameo"]["code"] for e in _events("Austria granted $7 million to Moldova.")}
    assert codes == {"071"}


@pytest.mark.parametrize(
    "text",
    [
        "The brewery gave $3 million to its shareholders.",
        "A retired dentist donated $800,000 to the art gallery.",
        "The hotel chain paid $45 million for the old warehouse.",
        "The cinema chain spent $2 billion on new screens.",
        "The pair gave $30,000 to their grandson.",
    ],
)
def test_money_between_private_parties_is_no_event(text):
    assert _events(text) == []


def _build():
    spec = importlib.util.spec_from_file_location("build_cameo_verbs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_currency_patterns_hold_for_the_verbs_of_the_same_act():
    patterns = [
        {"obj": ["&CURRENCY"], "code": "071", "verb": "give"},
        {"obj": ["loan"], "code": "071", "verb": "grant"},
        {"obj": ["report"], "code": "010", "verb": "issue"},
        {"obj": ["&CURRENCY"], "code": "071", "verb": "lend"},
    ]
    added = _build().money_for_kin(patterns, {"give", "grant", "issue", "lend"})
    # "grant" gives aid elsewhere in the dictionary; "issue" does not; "lend" has the pattern
    assert [(p["verb"], p["code"]) for p in added] == [("grant", "071")]


@pytest.mark.parametrize(
    "text",
    [
        "The Brookfield choir's bake sale raises $4,200 for the library roof.",
        "Halvorsen Steel raised its annual dividend to $2.40 a share on Thursday.",
        "The mayor's campaign raised $85,000 in the last quarter.",
        "The hospital foundation raised $1.3 million at its spring gala.",
    ],
)
def test_a_sum_raised_is_no_appeal_for_aid(text):
    assert not [e for e in _events(text) if e["plover"]["type"] == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The board said Mr. Halvorsen and his deputy, Ruth Ames, are negotiating financing before bidding"
        " for the rest of the cinema chain.",
        "Garrow and Chairman Ivo Lenz are negotiating a bank loan for the purchase of the ferry line.",
    ],
)
def test_financing_negotiated_by_private_parties_is_no_talks(text):
    assert not [e for e in dateline.extract(text).model_dump()["events"] if e["plover"]["type"] == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The airline's chief executive negotiated a rescue loan with the French government.",
        "Tesla is negotiating a loan with the Chinese government for its Shanghai plant.",
    ],
)
def test_a_loan_negotiated_by_a_company_with_a_state_stays_talks(text):
    assert "CONSULT" in {e["plover"]["type"] for e in dateline.extract(text).model_dump()["events"]}


def test_a_loan_negotiated_by_a_minister_stays_talks():
    text = "Greek Finance Minister Nikos Pappas negotiated a loan with the International Monetary Fund."
    assert ("CONSULT", "GRC", "IGO") in {(t, s[:3], g[:3]) for t, s, g in _coded(text)}
