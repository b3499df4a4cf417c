"""Seeking an investigation, an apology, a resignation or clemency is a request (REQUEST 020,
annotation guide section 1); seeking office, people or causes is not (all sentences made up)."""

import pytest

from tests.event_helpers import events_of


def _requests(text: str) -> list[dict]:
    return [e for e in events_of(text) if e["plover"]["type"] == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Iraq sought a UN investigation into the bombing.",
        "Opposition seeks resignation of Kenyan police chief.",
        "Ghana's opposition sought the ouster of the electoral commissioner.",
        "Relatives of the victims sought clemency for the condemned men from the Indonesian president.",
    ],
)
def test_seeking_what_the_guide_lists_is_a_request(text: str) -> None:
    assert _requests(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company is seeking investors for its new plant.",
        "The mayor is seeking a second term.",
        "Scientists seek cause of the fish deaths.",
        "The study seeks an explanation for the decline in bee numbers.",
        "Geologists seek an explanation for the tremors near the lake.",
    ],
)
def test_seeking_office_people_or_causes_is_no_request(text: str) -> None:
    assert not _requests(text)


def test_seeking_a_truce_keeps_the_dictionarys_code() -> None:
    found = _requests("The militia sought a truce to bury its dead.")
    assert found and found[0]["cameo"]["code"] == "0256"
