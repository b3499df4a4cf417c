"""Actor codes the text does not support (docs/annotation-guide.md, section 3, "Null code"): a doer
the text calls unknown, forces serving another country and a place named in a locative phrase of
the target are given no country of the event's setting; nearby shapes keep theirs. Sentences made
up for these tests."""

from typing import Any

import pytest

import dateline


def _event(text: str) -> dict[str, Any]:
    events = dateline.extract(text, published="2024-05-14").model_dump()["events"]
    assert events, text
    return events[0]


def _code(actor: dict[str, Any] | None) -> str | None:
    return (actor or {}).get("code")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Unidentified aircraft bombed a bakery in Idlib province on Tuesday.", "MIL"),
        ("Unidentified soldiers detained three farmers near Hebron.", "MIL"),
        ("Forces loyal to Russia shelled Ukrainian positions near Kherson.", "MIL"),
        ("Troops loyal to Iran attacked a US base in eastern Syria.", "MIL"),
        ("Russia-backed troops opened fire on a Ukrainian patrol in Donetsk.", "MIL"),
        ("Soldiers aligned with Rwanda clashed with Congolese troops near Goma.", "MIL"),
        # nearby shapes: the text or the state's own body places them
        ("Unidentified Russian jets bombed a clinic in Aleppo.", "RUSMIL"),
        ("Soldiers detained three farmers near Hebron on Monday.", "PSEMIL"),
        ("Troops loyal to the government of Peru arrested forty miners in Puno.", "PERMIL"),
        ("Government forces backed by Russia recaptured a town in Idlib province.", "SYRMIL"),
        ("Pro-government forces shelled rebel positions near Hama.", "SYRMIL"),
    ],
)
def test_source_code(text: str, code: str) -> None:
    assert _code(_event(text)["source"]) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Militants stormed a hotel in Mogadishu on Friday.", None),
        ("Gunmen attacked a checkpoint near Kandahar before dawn.", None),
        ("Insurgents raided a warehouse near Baghdad.", None),
        ("Fighters overran a military post outside Bamako.", None),
        # nearby shapes: people, a body or a capital acted on keep their code
        ("Militants attacked police in Kandahar before dawn.", "AFGCOP"),
        ("Gunmen attacked a police checkpoint near Kandahar.", "AFGCOP"),
        ("Police arrested a masked protester in Hong Kong.", "HKGOPP"),
        ("Russia accused Kyiv of shelling the plant.", "UKRGOV"),
        ("Rebels attacked government troops in Mogadishu.", "SOMMIL"),
    ],
)
def test_target_code(text: str, code: str | None) -> None:
    assert _code(_event(text)["target"]) == code
