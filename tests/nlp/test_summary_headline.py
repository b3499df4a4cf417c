from dateline.nlp import get_nlp
from dateline.nlp.summary.headline import BodyLexicon, read_headline, truecase

BODY = (
    "Rebel fighters struck the army barracks in the hill town of Verlo late on Friday, officers said. "
    "The officers said the fighters drove a lorry into the gate. The barracks was shelled in reprisal, "
    "the rebels said, and the governor condemned the raid."
)


def lexicon():
    nlp = get_nlp()
    return BodyLexicon.of(nlp(BODY))


def test_truecase_keeps_names_and_length():
    text = "Rebels Strike Army Barracks in Hill Town"
    cased = truecase(text, lexicon())
    assert len(cased) == len(text)
    assert cased == "rebels strike army barracks in hill town"
    assert truecase("Rebels strike the barracks", lexicon()) == "Rebels strike the barracks"


def test_kicker_is_skipped_and_verb_found():
    reading = read_headline(get_nlp(), "LIVE UPDATES: Rebels strike army barracks", lexicon())
    assert reading is not None and reading.verb is not None
    assert reading.verb.lower_ == "strike"
    assert reading.subject is not None and reading.subject.text == "Rebels"


def test_headlinese_passive_keeps_subject():
    reading = read_headline(get_nlp(), "Border post shelled in reprisal raid as talks start", lexicon())
    assert reading is not None and reading.verb is not None and reading.verb.lower_ == "shelled"
    assert reading.headlinese_passive and reading.subject.text == "Border post"


def test_main_clause_before_subordinate_and_noun_tagged_verb():
    reading = read_headline(get_nlp(), "Governor slams officers after barracks raid", lexicon())
    assert reading is not None and reading.verb is not None and reading.verb.lower_ == "slams"


def test_no_verb():
    reading = read_headline(get_nlp(), "Deadly raid on army barracks", lexicon())
    assert reading is not None and reading.verb is None
    assert read_headline(get_nlp(), "   ", lexicon()) is None


def test_gerund_subject_is_no_verb():
    reading = read_headline(get_nlp(), "Verlo shelling leaves six hurt near the barracks", lexicon())
    assert reading is not None and reading.verb is not None and reading.verb.lower_ == "leaves"


def _scanned_lexicon(doc):
    lower, capital, verbs = {}, {}, set()
    for tok in doc:
        if not tok.is_alpha:
            continue
        if tok.text.islower():
            lower[tok.lower_] = lower.get(tok.lower_, 0) + 1
        elif not tok.is_sent_start:
            capital[tok.lower_] = capital.get(tok.lower_, 0) + 1
        if tok.pos_ == "VERB":
            verbs |= {tok.lower_, tok.lemma_.lower()}
    return lower, capital, verbs


def test_body_lexicon_counts_as_a_scan_of_the_tokens():
    doc = get_nlp()(
        "Harbour Master Ilse Varn said the ferries Sailed late. ROADS were shut; Varn reopened them."
    )
    found = BodyLexicon.of(doc)
    assert (found.lower, found.capital, found.verbs) == _scanned_lexicon(doc)
    assert found.capital["varn"] == 2 and "roads" not in found.capital
    assert {"said", "say", "reopened", "reopen"} <= found.verbs
