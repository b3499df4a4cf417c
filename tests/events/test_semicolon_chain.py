"""A headline clause before a semicolon takes no modality or intent from the clause after it."""

import pytest

from dateline import extract


def _events(text: str) -> list[tuple[str, str, str]]:
    record = extract(text, published="2024-05-01")
    return [(e.plover.type, e.modality, e.trigger) for e in record.events]


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("Four arrested; deputies seek a fifth suspect", "COERCE", "arrested"),
        ("Three detained; sheriff vows to find gunman", "COERCE", "detained"),
        ("Two guards killed; militia vows revenge", "ASSAULT", "killed"),
    ],
)
def test_the_clause_before_the_semicolon_is_asserted(text, kind, trigger):
    assert (kind, "asserted", trigger) in _events(text)


def test_a_reporting_verb_after_the_semicolon_still_reports():
    events = _events("The militia withdrew from the village; elders said.")
    assert [m for k, m, _ in events if k == "RETREAT"] == ["reported"]
