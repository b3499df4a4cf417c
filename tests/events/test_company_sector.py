"""Companies named by a company name take the business sector, BUS (sentences made up for these
tests)."""

from __future__ import annotations

import pytest

from dateline.nlp import get_nlp


def _actors(text: str) -> list[tuple[str | None, str | None]]:
    out = []
    for e in get_nlp()(text)._.events:
        for actor in (e.get("source"), e.get("target")):
            if actor:
                out.append((actor.get("text"), actor.get("sector")))
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Marwick Ltd. urged the British government to cut fuel duty.", ("Marwick Ltd.", "BUS")),
        (
            "The Senate committee accused Torvane Inc. of misleading regulators.",
            ("Torvane Inc.", "BUS"),
        ),
        (
            "Ostrava Holdings Corp. said Monday that the Polish government had seized its warehouse.",
            ("its", "BUS"),
        ),
    ],
)
def test_a_company_named_with_its_designator_is_business(text, want):
    assert want in _actors(text)


def test_a_state_body_keeps_its_own_sector():
    assert ("the British government", "GOV") in _actors(
        "Marwick Ltd. urged the British government to cut fuel duty."
    )
