"""Judgements in headlines and reported clauses told without a criticism verb (own sentences): a
short Title Case headline, a headline's present participle, a negated verbless claim, a verb of
smelling the parse reads as a noun, a quality denied, a judgement under "would"."""

from __future__ import annotations

from dateline.nlp import get_nlp

LEDE = (
    "VELL, Ruritania — Senator Anna Berg spoke about Governor Tomas Lind and his budget at a rally in "
    "Vell on Monday, as the Ruritanian police and the Ruritanian Senate met elsewhere."
)


def _headline_events(headline: str, kind: str) -> list[dict]:
    doc = get_nlp()(headline + "\n\n" + LEDE)
    return [e for e in doc._.events if e["evidence"]["start"] < len(headline) and e["plover"]["type"] == kind]


def _events(sentence: str, kind: str) -> list[dict]:
    return [e for e in get_nlp()(sentence)._.events if e["plover"]["type"] == kind]


def test_a_short_title_case_headline_is_read_in_sentence_case():
    found = _headline_events("Berg Rebukes Lind", "ACCUSE")
    assert found and found[0]["trigger"] == "Rebukes"


def test_a_headline_participle_after_its_doer_is_its_present():
    found = _headline_events("Police Investigating Lind Aide", "ACCUSE")
    assert found and found[0]["cameo"]["code"] == "090"


def test_a_negated_verbless_claim_denying_a_quality_is_criticism():
    found = _headline_events("Berg Says Lind Not Fit To Lead", "ACCUSE")
    assert found and found[0]["target"]["text"].endswith("Lind")


def test_a_smelling_verb_read_as_a_noun_still_condemns():
    found = _headline_events("Berg says Lind's budget plan reeks of desperation", "ACCUSE")
    assert found and found[0]["rule"].startswith("verdict:")


def test_a_quality_denied_is_criticism_but_a_deed_denied_is_not():
    assert _events("Ruritania's foreign minister said the Austrian chancellor was not honest.", "ACCUSE")
    assert not _events("Ruritania's foreign minister said he was not responsible for the delays.", "ACCUSE")


def test_a_judgement_under_would_holds_unless_it_weighs_an_act():
    assert _events("Ruritania's president said Austria's plan would be a disaster for the region.", "ACCUSE")
    assert not _events("Ruritania's president said Austria would be wrong to close the border.", "ACCUSE")


def test_a_quoted_verdict_on_a_name_after_the_speakers_colon_is_criticism():
    found = _headline_events("Anna Berg: Tomas Lind 'Temperamentally Unfit' To Lead", "ACCUSE")
    assert found and found[0]["rule"] == "evaluation:unfit"
    assert not _headline_events("Anna Berg: Tomas Lind 'Ready' To Lead", "ACCUSE")


def test_a_state_or_a_clearing_denied_is_no_criticism():
    for sentence in (
        "Ruritania's trade minister said Austrian farmers were not happy with the quota.",
        "Ruritania's interior ministry said the Austrian drivers were not satisfied with the new tolls.",
        "Ruritania's police chief said the Austrian tourists were not responsible.",
        "Ruritania's president said Austrian migrants were not welcome.",
    ):
        assert not _events(sentence, "ACCUSE"), sentence
    assert _events("Ruritania's president said the Austrian chancellor was not serious.", "ACCUSE")


def test_pointing_to_a_hardship_someone_suffers_is_no_criticism():
    for sentence in (
        "Ruritania's aid agency pointed to the Austrian refugees' suffering in the camps.",
        "Ruritania's central bank pointed to the Austrian lender's losses last year.",
        "Ruritania's health minister highlighted the Austrian villagers' poverty.",
    ):
        assert not _events(sentence, "ACCUSE"), sentence
    assert _events("Ruritania's president pointed to Austria's mistakes in the talks.", "ACCUSE")
    assert _events("Ruritania's president pointed to Austria's disastrous handling of the floods.", "ACCUSE")


def test_a_hazard_that_befell_someone_judges_no_one():
    for sentence in (
        "Ruritania's farm minister said Austria's drought was a disaster.",
        "Ruritania's president said the Austrian floods were a tragedy.",
        "Ruritania's aid chief said Austria's famine was a catastrophe.",
    ):
        assert not _events(sentence, "ACCUSE"), sentence
    assert _events("Ruritania's president said Austria's tariffs were a disaster.", "ACCUSE")


def test_a_literal_smell_judges_no_one():
    for sentence in (
        "Ruritanian police said the Austrian driver reeked of alcohol when he was stopped.",
        "Ruritanian police said the Austrian smuggler's truck reeked of petrol.",
    ):
        assert not _events(sentence, "ACCUSE"), sentence
    assert _events("Ruritania's president said the Austrian driver reeked of arrogance.", "ACCUSE")
