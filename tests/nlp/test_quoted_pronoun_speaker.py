"""A quoted "he", "she" or "they" never stands for the speaker of its own quotation (``nlp.coref``);
the speaker's own pronoun is not taken from inside the quote either (sentences written for these
tests)."""

import pytest

from tests.entity_helpers import entities_of


def _pronouns(text: str, surname: str) -> set[str]:
    return {
        m["text"].lower()
        for e in entities_of(text)
        if surname in (e.get("name") or "")
        for m in e["mentions"]
        if m["kind"] == "pronoun"
    }


@pytest.mark.parametrize(
    ("text", "surname", "pronouns"),
    [
        ('Senator Varnaby spoke at the harbour on Friday. "He is a disgrace," she said.', "Varnaby", {"she"}),
        ('Governor Okonjo toured the dam site. "She is a coward," he said.', "Okonjo", {"he"}),
        ('Alderman Ellroy voted last. She said: "He betrayed every voter here."', "Ellroy", {"she"}),
        ('Senator Varnaby rebuked Governor Mark Dorne. "He is a disgrace," Varnaby said.', "Dorne", {"he"}),
    ],
)
def test_a_quoted_third_person_pronoun_is_not_its_speaker(text: str, surname: str, pronouns: set[str]):
    assert _pronouns(text, surname) == pronouns


def test_a_narrated_pronoun_still_finds_the_speaker():
    text = "Senator Varnaby spoke at the harbour on Friday. She said the port would reopen."
    assert _pronouns(text, "Varnaby") == {"she"}


def test_a_speaker_named_in_his_own_quote_keeps_the_pronoun():
    text = '"Aldo Fenwick never backs down. He never will," Fenwick said.'
    assert _pronouns(text, "Fenwick") == {"he"}
