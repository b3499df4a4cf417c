"""Whole-doc scans that read token strings first (``doc_index.token_strings``) and make a ``Token``
only of a word that can pass: the same readings as a scan of every token."""

from __future__ import annotations

import pytest

import dateline
from dateline.nlp import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_lay_with_an_object_is_lay_and_without_one_stays_lie(nlp) -> None:
    laid = next(t for t in nlp("The insurgents lay down their weapons at dawn.") if t.lower_ == "lay")
    lain = next(t for t in nlp("The bodies lay in the river for days.") if t.lower_ == "lay")
    assert (laid.lemma_, laid.tag_) == ("lay", "VBP")
    assert (lain.lemma_, lain.tag_) == ("lie", "VBD")


def test_numeric_mask_covers_a_count_before_a_plural_noun_only(nlp) -> None:
    from dateline.nlp.times import _numeric_mask

    doc = nlp("Some 2000 troops arrived in May 2000.")
    mask = _numeric_mask(doc)
    assert [i for i, v in enumerate(mask) if v] == [5, 6, 7, 8]


def test_quote_geometry_starts_are_the_token_offsets(nlp) -> None:
    from dateline.nlp.quote_geometry import QuoteGeometry

    doc = nlp("Ferries stopped.\n\nThe harbour, officials said, is closed.")
    assert QuoteGeometry(doc, []).starts == [t.idx for t in doc]


def test_according_to_after_the_claim_credits_the_named_source() -> None:
    article = dateline.extract(
        "The ferry service will stop in March, according to the harbour master Edda Lorne.",
        published="2024-05-01",
    )
    speakers = {e.id: e.name for e in article.entities}
    assert [(q.text, speakers.get(q.speaker)) for q in article.quotes] == [
        ("The ferry service will stop in March", "Edda Lorne")
    ]


def test_clause_after_a_colon_of_someones_words_is_a_quote() -> None:
    text = "The senator's reply was blunt: the scheme has failed."
    article = dateline.extract(text, published="2024-05-01")
    assert [q.text for q in article.quotes] == ["the scheme has failed"]


def test_name_after_an_abbreviated_title_and_a_surname_alias() -> None:
    article = dateline.extract(
        "The report was written by Insp. Hanna Voss of the river police. "
        "Pavel Drozdov won the runoff on Sunday. Drozdov later thanked his supporters.",
        published="2024-05-01",
    )
    people = {e.name: e.aliases for e in article.entities if e.type == "PERSON"}
    assert people.get("Hanna Voss") == []
    assert people.get("Pavel Drozdov") == ["Drozdov"]


def test_roles_read_with_one_mention_index_for_all_people() -> None:
    from dateline.nlp.entities import Group, Mention
    from dateline.nlp.roles import mention_index

    first = Group(name="Lena Sauer", type="PERSON", mentions=[Mention(2, 4, "name"), Mention(9, 10, "alias")])
    second = Group(name="Tomas Brink", type="PERSON", mentions=[Mention(6, 8, "name")])
    at = mention_index([first, second])
    assert sorted(at) == [2, 3, 6, 7, 9]
    assert at[9] == (first, 9, 10) and at[7] == (second, 6, 8)
    article = dateline.extract(
        "Foreign Minister Lena Sauer met Defence Minister Tomas Brink in Orvel on Monday.",
        published="2024-05-01",
    )
    roles = {e.name: [r.title.lower() for r in e.roles] for e in article.entities if e.type == "PERSON"}
    assert roles == {"Lena Sauer": ["foreign minister"], "Tomas Brink": ["defence minister"]}


def test_a_name_the_model_read_with_its_abbreviated_title_as_one_entity() -> None:
    article = dateline.extract(
        "Det. Insp. Rhona Calder told reporters the inquiry would take months.", published="2024-05-01"
    )
    assert "Rhona Calder" in {e.name for e in article.entities if e.type == "PERSON"}
