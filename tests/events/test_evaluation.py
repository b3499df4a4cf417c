"""Judgements voiced of someone: criticism or praise in a reported copula clause (sentences
written for these tests)."""

from dateline.events.evaluation import evaluation_words
from dateline.nlp import get_nlp


def _judgements(text: str) -> list[dict]:
    doc = get_nlp()(text)
    return [e for e in doc._.events if e["rule"].startswith("evaluation:")]


def test_the_lexicon_is_broad_and_keeps_feelings_out():
    negative, positive = evaluation_words()
    assert len(negative) > 1000 and len(positive) > 1000
    assert {"reckless", "outrageous", "dishonest"} <= negative
    assert "disappointed" not in negative and "disappointing" in negative
    assert not negative & positive


def test_a_person_said_to_be_reckless_is_criticised_by_the_speaker():
    found = _judgements("Senator Mara Voss said the governor was reckless and dishonest.")
    assert [(e["plover"]["type"], e["cameo"]["code"]) for e in found] == [("ACCUSE", "111")]
    assert found[0]["source"]["text"] == "Senator Mara Voss"
    assert found[0]["target"]["text"] == "the governor"


def test_criticism_of_what_someone_owns_is_aimed_at_the_owner():
    found = _judgements("The mayor said the minister's remarks were outrageous.")
    assert [e["target"]["text"] for e in found] == ["the minister"]


def test_no_judgement_of_oneself_a_readiness_or_a_possibility():
    assert not _judgements("The mayor said she was proud of the city.")
    assert not _judgements("The envoy said his country was ready to send troops.")
    assert not _judgements("The senator said the council would be wrong to delay the vote.")
    assert not _judgements("The senator said the governor was not dishonest.")


def test_a_headlines_verbless_judgements_are_read():
    said = _judgements("Mayor says police chief 'a disgrace' after raid.")
    assert [(e["source"]["text"], e["target"]["text"]) for e in said] == [("Mayor", "police chief")]
    colon = _judgements("Governor: Senator Smith is 'dishonest'.")
    assert [(e["source"]["text"], e["target"]["text"]) for e in colon] == [("Governor", "Senator Smith")]
    bare = _judgements("Lopez says Smith 'absolutely wrong' on taxes.")
    assert [e["target"]["text"] for e in bare] == ["Smith"]


def test_a_headlines_quoted_apposition_whose_quotation_mark_the_parse_hangs_on_it_is_read():
    found = _judgements("Senator Lena Marsh says Governor Pell 'unfit' to serve")
    assert [(e["source"]["text"], e["target"]["text"], e["trigger"]) for e in found] == [
        ("Senator Lena Marsh", "Governor Pell", "unfit")
    ]


def test_a_quoted_sentence_without_its_speaker_is_judged_by_the_quotes_speaker():
    text = (
        "Governor John Lane criticized Senator Mary Roe on Monday. "
        "“She’s a disgrace. She never tells the truth,” Lane said."
    )
    found = _judgements(text)
    # the first sentence does not name its speaker: the source span is the speaker's nearest
    # mention before it (docs/annotation-guide.md section 3)
    assert [(e["source"]["text"], e["target"]["text"]) for e in found] == [("Governor John Lane", "She")]


def test_a_positive_adjective_with_a_complement_is_no_praise():
    assert not _judgements("Smith said the governor was very confident of victory.")
    assert [
        e["plover"]["type"] for e in _judgements("Smith said the governor was a great friend of farmers.")
    ] == ["SUPPORT"]


def test_a_complement_the_parse_hung_on_the_copula_still_qualifies_the_adjective():
    assert not _judgements("The senator said the governor has been good at following the rules.")
    assert not _judgements("'She was very good on defence,' he said of the minister.")
    assert [e["plover"]["type"] for e in _judgements("The senator said the governor was brilliant.")] == [
        "SUPPORT"
    ]


def test_a_judgement_said_of_someone_is_aimed_at_them():
    found = _judgements("'She is unfit to lead,' the Ohio senator said of the governor.")
    assert [(e["source"]["text"], e["target"]["text"]) for e in found] == [
        ("the Ohio senator", "the governor")
    ]


def test_a_readiness_to_run_is_criticism_only_with_an_office_to_run():
    # "run" with an object is holding office; without one it is a candidacy, no judgement
    found = _judgements("The challenger said Governor Lena Ruiz was not ready to run the state.")
    assert [e["plover"]["type"] for e in found] == ["ACCUSE"]
    assert not _judgements("The challenger said Governor Lena Ruiz was not ready to run for the Senate.")
    assert not _judgements("Aides said Governor Lena Ruiz was not ready to run again after her illness.")
    assert not _judgements("The challenger said Governor Lena Ruiz was not prepared to run in 2030.")
