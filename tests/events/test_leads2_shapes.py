"""Event shapes of news leads: military help promised, headline roles, CAMEO verb patterns and the
press as audience (sentences written for these tests)."""

import pytest

from dateline.nlp import get_nlp


def _events(text, published="2024-05-01"):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    return list(nlp(doc)._.events or [])


def _codes(text):
    return [(e["plover"]["type"], e["cameo"]["code"]) for e in _events(text)]


def test_military_equipment_pledged_is_an_intent_to_give_military_aid():
    codes = _codes("Estavia pledged military equipment to Norvania on Tuesday.")
    assert codes == [("AGREE", "0332")]


def test_military_training_promised_is_an_intent_to_give_military_aid():
    assert _codes("The Lurian premier promised military training to Dorvia.") == [("AGREE", "0332")]


def test_military_cooperation_offered_is_an_intent_to_cooperate_militarily():
    assert _codes("Estavia offered military cooperation to Norvania.") == [("AGREE", "0312")]


def test_military_retaliation_vowed_stays_a_threat_of_force():
    codes = _codes("Estavia vowed military retaliation against Norvania.")
    assert [c[0] for c in codes] == ["THREATEN"]


def _typed(text, plover):
    return [e for e in _events(text) if e["plover"]["type"] == plover]


def test_a_participle_after_a_bare_infinitive_is_done_by_the_main_subject():
    text = (
        "Mayor Ulla Brandt toured the shelter with Dr Kemal Aydin, helping him hand out blankets "
        "and praising his staff."
    )
    praised = _typed(text, "SUPPORT")
    assert praised and praised[0]["source"]["text"] == "Mayor Ulla Brandt"


def test_a_past_tense_after_a_bare_infinitive_is_done_by_the_main_subject():
    text = "The colonel let the recruits rest and punished the deserters."
    punished = _typed(text, "COERCE")
    assert punished and punished[0]["source"]["text"] == "The colonel"


def test_a_participle_with_its_own_infinitive_keeps_that_infinitive_s_subject():
    text = "The envoy met the families, urging them to leave the valley."
    assert all((e["source"] or {}).get("text") != "them" for e in _typed(text, "REQUEST"))


def _story(headline):
    return headline + "\nA former harbour official admitted taking bribes in a court in Tarnow on Monday."


@pytest.mark.parametrize("mark", [";", ","])
def test_a_headline_s_two_clauses_keep_their_own_roles(mark):
    events = _events(_story(f"Harbour clerk pleads guilty{mark} two officials jailed"))
    jailed = [e for e in events if e["trigger"].lower() == "jailed"]
    assert jailed and jailed[0]["target"]["text"] == "two officials"
    assert (jailed[0]["source"] or {}).get("text") != "Harbour clerk"


def test_a_title_case_headline_s_two_clauses_keep_their_own_roles():
    events = _events(_story("Harbour Clerk Pleads Guilty; Two Officials Jailed"))
    jailed = [e for e in events if e["trigger"].lower() == "jailed"]
    assert jailed and jailed[0]["target"]["text"].lower() == "two officials"


def test_a_headline_clause_before_a_reporting_verb_stays_what_is_said():
    events = _events(_story("Harbour clerk pleads guilty, prosecutors say"))
    assert [e["modality"] for e in events if e["trigger"].lower() == "pleads"] == ["reported"]


def test_a_call_by_phone_is_a_telephone_consultation():
    assert _codes("Chancellor Vogt spoke to President Amara by phone on Friday.") == [("CONSULT", "041")]


def test_a_clipped_word_of_a_pattern_needs_its_own_preposition():
    codes = _codes("Chancellor Vogt spoke to President Amara about the phone network.")
    assert ("CONSULT", "041") not in codes


@pytest.mark.parametrize("outlet", ["Reuters", "the Associated Press", "CNN"])
def test_a_news_outlet_as_the_only_partner_is_an_audience(outlet):
    codes = _codes(f"Senator Dana Pruitt spoke with {outlet} on Thursday.")
    assert all(c[0] != "CONSULT" for c in codes)


def test_an_outlet_beside_another_partner_keeps_the_consultation():
    codes = _codes("Senator Dana Pruitt met Reuters and the Chilean foreign minister.")
    assert ("CONSULT", "040") in codes


@pytest.mark.parametrize(
    "headline, trigger",
    [
        ("Militia seizes river port, army denies", "seizes"),
        ("Guards beat inmates, lawyers allege", "beat"),
        ("Soldiers looted shops, residents complain", "looted"),
        ("Hunger looms in south, UN warns", "warns"),
    ],
)
def test_a_headline_clause_before_a_verb_of_denying_or_warning_is_no_fact(headline, trigger):
    events = _events(headline + "\nNo further details were given on Tuesday.")
    assert not [e for e in events if e["trigger"].lower() == trigger and e["modality"] == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor spoke with Bloomberg, the billionaire donor, about the race.",
        "The premier spoke with Al Arabiya and with the Qatari envoy on Sunday.",
    ],
)
def test_an_outlet_name_beside_a_real_partner_keeps_the_consultation(text):
    assert "CONSULT" in {e["plover"]["type"] for e in _events(text)}
