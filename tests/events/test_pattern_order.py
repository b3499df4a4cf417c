"""CAMEO verb matching tries a verb's patterns most specific first: the same coding as trying them all."""

from __future__ import annotations

from dateline.events import patterns as P
from dateline.events.lexicon import verb_lemmas
from dateline.nlp import get_nlp

SENTENCES = [
    "The army released the prisoners after the ceasefire talks in the capital.",
    "The ministry released a report on the floods on Monday.",
    "Rebels attacked a police convoy near the border and killed three officers.",
    "The two leaders signed a trade agreement with Japan and pledged economic aid to the region.",
    "Police cracked down on protesters who had gathered outside parliament.",
    "The government put off the talks and set off a row with its neighbours.",
    "Diplomats met their counterparts and discussed sanctions against the regime.",
    "The court sentenced the former minister to ten years for corruption.",
    "Workers walked out of the factory and demanded higher wages from the owners.",
    "The president accused the opposition of plotting a coup and threatened to arrest its leaders.",
    "Several villages were shelled by artillery overnight, officials said.",
    "The envoy expressed support for the peace plan and offered to mediate between the sides.",
]


def _reference(verb, lemmas):
    """Every candidate pattern of the verb tried in order; a more specific match replaces a less one."""
    table = P.verb_table()
    key = None
    for lemma in lemmas:
        key = P._phrasal(verb, lemma, table) or (lemma if lemma in table.verbs else None)
        if key is not None:
            break
    if key is None:
        return None
    entries = table.verbs[key]
    args = P.argument_words(verb)
    best = None
    for entry, pattern in P._candidates(key, entries, table):
        if pattern.weight and (best is None or pattern.weight > best[0]) and P._matches(pattern, args):
            best = (pattern.weight, pattern, entry)
    if best is not None:
        return P.VerbMatch(best[1].code, key, best[2].block, P.STRENGTH_PATTERN, best[1])
    entry = next((e for e in entries if e.code is not None and (e.primary or e.own_code)), None)
    if entry is None:
        return None
    return P.VerbMatch(entry.code, key, entry.block, P.STRENGTH_HEAD, None, entry.swap)


def test_ranked_patterns_code_every_verb_as_trying_all_patterns():
    nlp = get_nlp()
    tried = coded = 0
    for doc in nlp.pipe(SENTENCES):
        for token in doc:
            if token.pos_ not in ("VERB", "AUX"):
                continue
            lemmas = verb_lemmas(token)
            fast, slow = P.match_cameo_verb(token, lemmas), _reference(token, lemmas)
            assert fast == slow, token.text
            assert (fast.pattern if fast else None) is (slow.pattern if slow else None)
            tried += 1
            coded += fast is not None and fast.pattern is not None
    assert tried > 20 and coded > 5


def test_ranked_patterns_are_most_specific_first_and_keep_dictionary_order_on_ties():
    table = P.verb_table()
    for key in ("release", "attack", "sign", "accuse", "walk out"):
        candidates = P._candidates(key, table.verbs[key], table)
        ranked = P._ranked(candidates)
        weights = [p.weight for p, _, _ in ranked]
        assert weights == sorted(weights, reverse=True) and 0 not in weights
        # a condemning verb's pattern of support for the befallen is never tried
        order = [
            (e.block, p)
            for e, p in candidates
            if p.weight and not P._support_of_the_befallen(e.block, p.code)
        ]
        for w in set(weights):
            same = [(e.block, p) for p, e, _ in ranked if p.weight == w]
            assert same == [x for x in order if x[1].weight == w]
