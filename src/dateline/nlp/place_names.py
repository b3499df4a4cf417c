"""Country and capital names the NER mislabels, relabelled GPE where the words around them place them.

The small model often tags a country or capital a person ("in northern Mali"), an organisation
("across Moldova"), a product, or folds it into a time ("at Kyiv overnight"); the places layer and
the actor coder then lose it. After the NER (with ``country_names``), each name of a current country
or its capital (``knowledge/countries.tsv``: names and the first seat), or of a GeoNames city of half
a million people, written with capitals, is made a GPE when it stands in a locative context: after a
locative preposition, a compass adjective ("in", "across", "northern") or a verb of entering or
visiting, or before "overnight", "border" or a genitive place noun ("'s capital"). An entity holding
the name and more words is left alone, unless it is a time or date that opens with the name ("Kyiv
overnight"): the name is cut off and the rest stays a time. A name with a capitalised word next to
it is part of a longer name ("Jordan Peterson", "Georgia Smith") and is not touched; one with no
locative word around it ("Chad said") keeps the model's label.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from ..knowledge import countries, geonames, historic_state

# labels the model gives a place name by mistake; a time or date may also swallow the words after it
_WRONG = frozenset({"PERSON", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LANGUAGE"})
# a city this large is known by its name alone ("at Kharkiv overnight")
CITY_POPULATION = 500_000
# labels that already make the name a place or a people
_RIGHT = frozenset({"GPE", "LOC", "FAC", "NORP"})
_TIMES = frozenset({"TIME", "DATE"})
_PREPOSITIONS = frozenset(
    "in at to into across from near toward towards inside throughout through via outside around "
    "within onto".split()
)
_COMPASS = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern southwestern "
    "north-eastern north-western south-eastern south-western".split()
)
# verbs whose object is a place they are done to ("troops entered Mali")
_VERBS = frozenset({"enter", "invade", "visit", "reach", "tour", "occupy"})
_AFTER = frozenset({"overnight", "border", "borders", "frontier"})
_GENITIVE_NOUNS = frozenset({"capital", "border", "borders", "frontier", "north", "south", "east", "west"})


@cache
def _names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the word sequences of country and capital names that start with it, longest first."""
    found: set[tuple[str, ...]] = set()
    for country in countries():
        if historic_state(country.cameo) is not None:
            continue
        for name in (*country.names, *country.seats[:1]):
            words = tuple(name.split())
            if (
                words
                and not any(c in name for c in "()")
                and all(w[:1].isupper() for w in words if w.isalpha())
            ):
                found.add(words)
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in found:
        index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(forms, key=len, reverse=True)) for first, forms in index.items()}


def _match(doc: Doc, i: int, forms: tuple[tuple[str, ...], ...]) -> int | None:
    """End of the longest name of ``forms`` written at token ``i``, or None."""
    for words in forms:
        end = i + len(words)
        if end <= len(doc) and all(doc[i + k].text == w for k, w in enumerate(words)):
            return end
    return None


@cache
def _large_city(name: str) -> bool:
    """Whether a GeoNames city of ``CITY_POPULATION`` people or more bears the name as its own."""
    return any(
        e.feature == "city" and not e.alternate and e.population >= CITY_POPULATION and e.name == name
        for e in geonames.places().lookup(name)
    )


def _capitalised_word(token: object) -> bool:
    return bool(getattr(token, "is_alpha", False)) and token.text[:1].isupper()  # type: ignore[attr-defined]


def _locative(doc: Doc, start: int, end: int) -> bool:
    """Whether the words around ``doc[start:end]`` read it as a place (see the module's docstring)."""
    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.lower_ == "the" and start > 1:
        before = doc[start - 2]
    if before is not None and (
        before.lower_ in _PREPOSITIONS
        or before.lower_ in _COMPASS
        or (before.pos_ == "VERB" and before.lemma_ in _VERBS)
    ):
        return True
    if after is None:
        return False
    if after.lower_ in _AFTER:
        return True
    return after.text in {"'s", "’s"} and end + 1 < len(doc) and doc[end + 1].lower_ in _GENITIVE_NOUNS


def relabel_place_names(doc: Doc) -> Doc:
    """Make each country or capital name the NER mislabelled or missed a GPE where it stands as a
    place (see the module's docstring); one pass over the tokens, the Doc returned."""
    index = _names()
    found: list[tuple[int, int]] = []
    size = len(doc)
    i = 0
    while i < size:
        token = doc[i]
        if token.ent_type_ in _RIGHT or not token.is_title and not token.is_upper:
            i += 1
            continue
        forms = index.get(token.text)
        end = _match(doc, i, forms) if forms else None
        if end is None:
            if token.pos_ == "PROPN" and _locative(doc, i, i + 1) and _large_city(token.text):
                end = i + 1
            else:
                i += 1
                continue
        previous = doc[i - 1] if i else None
        following = doc[end] if end < size else None
        alone = not (
            previous is not None and _capitalised_word(previous) and not previous.is_sent_start
        ) and not (following is not None and _capitalised_word(following))
        if alone and _locative(doc, i, end):
            found.append((i, end))
        i = end
    if found:
        _relabel(doc, found)
    return doc


def _relabel(doc: Doc, found: list[tuple[int, int]]) -> None:
    """Set the GPE entities of the names found (token ranges), cutting or replacing the NER's."""
    ents = list(doc.ents)
    owner = {k: n for n, e in enumerate(ents) for k in range(e.start, e.end)}
    dropped: set[int] = set()
    added: list[Span] = []
    for start, end in found:
        over = {owner[k] for k in range(start, end) if k in owner}
        if not over:
            added.append(Span(doc, start, end, label="GPE"))
            continue
        if len(over) > 1:
            continue
        (n,) = over
        ent = ents[n]
        if ent.label_ in _RIGHT or ent.start != start:
            continue
        tail = [t for t in doc[end : ent.end] if not t.is_punct]
        if ent.label_ in _TIMES:
            dropped.add(n)
            added.append(Span(doc, start, end, label="GPE"))
            if any(t.is_alpha for t in tail):
                added.append(Span(doc, end, ent.end, label=ent.label_))
        elif ent.label_ in _WRONG and all(t.text in {"'s", "’s"} for t in tail):
            dropped.add(n)
            added.append(Span(doc, start, end, label="GPE"))
    if added:
        kept = [e for n, e in enumerate(ents) if n not in dropped]
        doc.ents = sorted(kept + added, key=lambda e: e.start)
