"""An investigation named with its institution and reporting what it found is an investigation of
the one found (ACCUSE/investigate 090); a person or company named before the noun is no doer, and
studies, reports and polls are no investigations (all sentences made up)."""

import pytest

from tests.event_helpers import events_of


def _investigations(text: str) -> list[dict]:
    return [e for e in events_of(text) if (e.get("cameo") or {}).get("code") == "090"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("FBI probe finds Lakeview sheriff took bribes.", "FBI", "Lakeview sheriff"),
        ("A UN inquiry concluded that army units shelled the camp.", "UN", "army units"),
        (
            "The Justice Department investigation found that the city police used excessive force.",
            "Justice Department",
            "the city police",
        ),
    ],
)
def test_an_institutions_investigation_that_found_is_coded(text: str, source: str, target: str) -> None:
    found = _investigations(text)
    assert found
    assert (found[0].get("source") or {}).get("text") == source
    assert (found[0].get("target") or {}).get("text") == target


@pytest.mark.parametrize(
    "text",
    [
        "The Trump investigation found no evidence of collusion.",
        "A new study finds that salmon numbers fell sharply.",
        "The panel's report found that roads in the county need repair.",
        "Researchers found that the audit process takes too long.",
        "The audit committee of the bank met on Monday.",
    ],
)
def test_no_institution_or_no_investigation_gives_no_doer(text: str) -> None:
    assert not [e for e in _investigations(text) if (e.get("source") or {}).get("text")]


def test_a_companys_probe_keeps_the_one_found_without_a_doer() -> None:
    found = _investigations("The Enron probe found that the firm's accountants shredded documents.")
    assert all(not (e.get("source") or {}).get("text") for e in found)


def test_an_investigation_that_found_nothing_is_not_negated() -> None:
    found = _investigations("A GAO audit found no sign of theft at the mint.")
    assert all(e.get("modality") != "negated" for e in found)


def test_an_outlets_investigation_is_no_official_one() -> None:
    assert not _investigations("A CNN investigation found that the hospital chain overbilled patients.")
