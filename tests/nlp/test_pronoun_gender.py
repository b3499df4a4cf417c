"""A person the narration calls "she" is no later "he" (``nlp.coref``)."""

from tests.entity_helpers import entities_of


def _pronouns(entities: list[dict], surname: str) -> set[str]:
    return {
        m["text"].lower()
        for e in entities
        if surname in (e.get("name") or "")
        for m in e["mentions"]
        if m["kind"] == "pronoun"
    }


def test_a_later_he_is_not_the_person_called_she():
    text = (
        "Labour Minister Ines Varga spoke to reporters in Budapest. "
        '"The union boss is a liar," she said. "He is a disgrace."'
    )
    assert _pronouns(entities_of(text), "Varga") == {"she"}


def test_a_pronoun_of_quoted_words_does_not_set_the_gender():
    text = (
        "Premier Tuan Hollis met the governor of the province on Monday. "
        '"She is a disgrace," he said of the governor.'
    )
    assert "he" in _pronouns(entities_of(text), "Hollis")
