"""Modality of acts told beside "according to" phrases and of acts done to none (own sentences)."""

from __future__ import annotations

from dateline.nlp import get_nlp


def _modalities(sentence: str, kind: str) -> list[str]:
    return [e["modality"] for e in get_nlp()(sentence)._.events if e["plover"]["type"] == kind]


def test_according_to_a_teller_is_a_report():
    assert _modalities(
        "Ruritanian troops shelled the village of Hask, according to local officials.", "ASSAULT"
    ) == ["reported"]


def test_according_to_a_rule_or_plan_the_act_follows_is_no_report():
    for sentence in (
        "Ruritanian police arrested the smugglers at the border according to the new law.",
        "Ruritanian troops shelled the ridge above Hask according to the plan.",
        "The Ruritanian army expelled the Austrian monitors according to the ceasefire agreement.",
    ):
        modalities = [m for kind in ("ASSAULT", "COERCE", "SANCTION") for m in _modalities(sentence, kind)]
        assert modalities and "reported" not in modalities, sentence


def test_an_act_done_to_none_is_negated():
    for sentence in (
        "None of the Ruritanian protesters were arrested in Vell on Monday.",
        "Ruritanian police arrested none of the smugglers at the border.",
        "No one was detained after the Ruritanian police raid in Vell.",
    ):
        assert _modalities(sentence, "COERCE") in ([], ["negated"]), sentence
    assert _modalities("None of the Ruritanian protesters were arrested in Vell on Monday.", "COERCE") == [
        "negated"
    ]
    assert _modalities("Ruritanian police showed no mercy and arrested 20 protesters.", "COERCE") == [
        "asserted"
    ]
