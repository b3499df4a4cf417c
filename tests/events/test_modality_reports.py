"""Modality of acts told beside "according to" phrases or with an adverb of hearsay, and of acts done
to none (own sentences)."""

from __future__ import annotations

from dateline.nlp import get_nlp


def _modalities(sentence: str, kind: str) -> list[str]:
    return [e["modality"] for e in get_nlp()(sentence)._.events if e["plover"]["type"] == kind]


def test_according_to_a_teller_is_a_report():
    assert _modalities(
        "Ruritanian troops shelled the village of Hask, according to local officials.", "ASSAULT"
    ) == ["reported"]


def test_an_adverb_of_hearsay_is_a_report():
    for sentence, kind in (
        ("Ostrian border guards reportedly detained four Zembran fishermen near Kolm.", "COERCE"),
        ("Zembran soldiers allegedly shot two Ostrian farmers near Tavra on Sunday.", "ASSAULT"),
        ("The Ostrian militia reportedly seized the mayor of Vell and beat him.", "COERCE"),
    ):
        assert _modalities(sentence, kind) == ["reported"], sentence


def test_an_adverb_of_hearsay_yields_to_negation_and_plans():
    assert _modalities("Zembran police did not reportedly detain the Ostrian envoy in Kolm.", "COERCE") == [
        "negated"
    ]
    planned = _modalities("The Ostrian army will reportedly shell the Zembran lines near Tavra.", "ASSAULT")
    assert planned in ([], ["planned"])
    assert _modalities("Ostrian border guards detained four Zembran fishermen near Kolm.", "COERCE") == [
        "asserted"
    ]


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


def test_a_verbal_act_in_the_speakers_own_voice_is_asserted():
    for sentence, kind in (
        ('"We condemn the shelling of Tavra," the Ostrian foreign minister said on Monday.', "ACCUSE"),
        ('"I urge the Zembran government to free the students," Senator Hal Morrin said.', "REQUEST"),
        ("The Ostrian interior ministry said it welcomed the Zembran proposal.", "SUPPORT"),
    ):
        assert _modalities(sentence, kind) == ["asserted"], sentence


def test_anothers_act_told_by_a_speaker_stays_reported():
    assert _modalities("Ostrian officials said Zembran troops shelled the village of Tavra.", "ASSAULT") == [
        "reported"
    ]
    # an own-voiced deed that is no verbal act stays the speaker's report
    assert _modalities("Ostrian police said they detained 20 smugglers near Kolm.", "COERCE") == ["reported"]


def test_he_or_she_is_the_speakers_own_voice_only_after_one_person():
    assert _modalities("The Ostrian defence minister said he condemned the raid on Tavra.", "ACCUSE") == [
        "asserted"
    ]
    for sentence, kind in (
        ("Zembran police said he threatened to burn the granary in Kolm.", "THREATEN"),
        ("Ostrian prosecutors said she demanded bribes from the builders of Vell.", "REQUEST"),
        ("The Zembran interior ministry said he had condemned the Ostrian navy.", "ACCUSE"),
    ):
        assert _modalities(sentence, kind) == ["reported"], sentence


def test_an_act_seen_or_heard_by_the_speaker_stays_reported():
    assert _modalities(
        "Farmers in Tavra said they watched Zembran soldiers threaten the shepherds.", "THREATEN"
    ) == ["reported"]


def test_a_saying_told_at_second_hand_stays_reported():
    for sentence in (
        "The Ostrian premier reportedly said he rejected the Zembran proposal.",
        "Zembran state radio reported the Ostrian premier said he rejected the proposal.",
        "Aides said the Ostrian premier told envoys he rejected the Zembran proposal.",
    ):
        assert _modalities(sentence, "REJECT") == ["reported"], sentence


def test_a_verbal_act_dated_before_the_saying_stays_reported():
    for sentence, kind in (
        ("The Ostrian foreign ministry said it had condemned the Zembran blockade.", "ACCUSE"),
        ("Ostria said it condemned the Zembran blockade of Kolm last week.", "ACCUSE"),
        ("The Ostrian cabinet said it vetoed the Zembran resolution.", "REJECT"),
        ("The Vell mining company said it appealed the ruling against it.", "REQUEST"),
    ):
        assert _modalities(sentence, kind) == ["reported"], sentence


def test_a_threat_told_by_hearsay_is_reported():
    sentence = "The Zembran general allegedly told his officers he would attack the Ostrian capital."
    assert _modalities(sentence, "THREATEN") == ["reported"]
    assert _modalities(sentence.replace("allegedly ", ""), "THREATEN") == ["asserted"]
