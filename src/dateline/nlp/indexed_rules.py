"""The model's attribute ruler and lemmatizer, applied through hash lookups.

spaCy's ``AttributeRuler`` runs a ``Matcher`` over every token for its ~180 one- or two-token
patterns, and the rule ``Lemmatizer`` builds Python objects for every token; together they cost
about a fifth of the model's time. These components give the same annotations from the same rules:
patterns are indexed by the value their first token must have, and lemmas are cached by
(orth, pos, morph). A pattern with an operator they do not know keeps the spaCy component.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from .contract import dateline_component

# Columns read from the doc, most selective first: a rule is indexed on its first column it tests by value.
_ATTRS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMN = {name: i for i, name in enumerate(_ATTRS)}


@dataclass(frozen=True)
class _Test:
    column: int
    kind: str  # "in" (equality is a one-value "in") | "not_in" | "regex"
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Rule:
    number: int
    tokens: tuple[tuple[_Test, ...], ...]
    index: int


class UnsupportedPattern(ValueError):
    """A pattern uses a Matcher feature the index does not reproduce."""


# The token attributes a rule may write (as ``Doc.from_array`` columns).
_WRITABLE = frozenset({TAG, POS, DEP, LEMMA, MORPH})
# the rows whose rules ``IndexedAttributeRuler`` keeps at most (a new row past it starts afresh)
_MAX_ROWS = 200_000


def _write(doc: Doc, writes: dict[int, dict]) -> None:
    """Set each token's attributes (``writes``: position -> attribute -> value): the token
    attributes as one column each through ``Doc.from_array``, extension values on the tokens."""
    columns = sorted({attr for attrs in writes.values() for attr in attrs if attr != "_"})
    if columns:
        array = doc.to_array(columns).reshape(len(doc), len(columns))
        where = {attr: n for n, attr in enumerate(columns)}
        for position, attrs in writes.items():
            for attr, value in attrs.items():
                if attr != "_":
                    array[position, where[attr]] = value
        doc.from_array(columns, array)
    for position, attrs in writes.items():
        if "_" in attrs:
            token = doc[position]
            for name, ext_value in attrs["_"].items():
                token._.set(name, ext_value)


def _value(strings: StringStore, attr: str, value: object) -> int:
    if attr == "IS_SPACE":
        return int(bool(value))
    return strings.as_int(value) if isinstance(value, int) else strings[str(value)]


def _test(strings: StringStore, attr: str, spec: object) -> _Test:
    if attr not in _ATTRS:
        raise UnsupportedPattern(f"attribute {attr}")
    column = _COLUMN[attr]
    if not isinstance(spec, dict):
        return _Test(column, "in", frozenset({_value(strings, attr, spec)}))
    if len(spec) != 1:
        raise UnsupportedPattern(f"predicates {sorted(spec)}")
    ((op, arg),) = spec.items()
    if op in ("IN", "NOT_IN"):
        return _Test(column, op.lower(), frozenset(_value(strings, attr, v) for v in arg))
    if op == "REGEX" and attr != "IS_SPACE":
        return _Test(column, "regex", regex=re.compile(arg))
    raise UnsupportedPattern(f"predicate {op}")


def compile_rules(ruler: AttributeRuler) -> list[_Rule]:
    """The ruler's patterns as rules; raises UnsupportedPattern for what the index cannot do."""
    strings = ruler.vocab.strings
    rules = []
    for number, rule in enumerate(ruler.patterns):
        for pattern in rule["patterns"]:
            tokens = []
            for spec in pattern:
                if "OP" in spec:
                    raise UnsupportedPattern("OP")
                tokens.append(tuple(_test(strings, attr, value) for attr, value in spec.items()))
            rules.append(_Rule(number, tuple(tokens), rule["index"]))
    for attrs in ruler.attrs:
        unknown = [a for a in attrs if a != "_" and a not in _WRITABLE]
        if unknown:
            raise UnsupportedPattern(f"attributes {unknown}")
    return rules


class _PerDoc:
    """``pipe`` for components that work one doc at a time."""

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class IndexedAttributeRuler(_PerDoc):
    """Applies an ``AttributeRuler``'s rules (same order, same precedence) without the Matcher.

    The rules live in the wrapped ``AttributeRuler``, which ``to_disk``/``from_disk`` save and load.
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        self.name = name
        self.ruler = AttributeRuler(vocab, name)
        self.rules: list[_Rule] = []
        self._by_anchor: dict[int, dict[int, list[tuple[_Rule, bool]]]] = {}
        self._unanchored: list[_Rule] = []
        self._unanchored_column: int | None = None
        self._unanchored_by_value: dict[int, list[_Rule]] = {}
        self._regex_hits: dict[tuple[int, int], bool] = {}
        self._rows: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[_Rule, ...]]] = {}

    def adopt(self, ruler: AttributeRuler, rules: list[_Rule] | None = None) -> None:
        """Take over ``ruler``'s rules (compiled with ``compile_rules`` unless given)."""
        self.ruler = ruler
        self.rules = compile_rules(ruler) if rules is None else rules
        self._by_anchor = {}
        self._unanchored = []
        self._unanchored_by_value = {}
        self._regex_hits = {}
        self._rows = {}
        for rule in self.rules:
            anchor = min((t for t in rule.tokens[0] if t.kind == "in"), key=lambda t: t.column, default=None)
            if anchor is None:
                self._unanchored.append(rule)
                continue
            # a one-token rule whose one test is its anchor matches wherever its index finds it
            settled = rule.tokens == ((anchor,),)
            table = self._by_anchor.setdefault(anchor.column, {})
            for value in anchor.values:
                table.setdefault(value, []).append((rule, settled))
        # the rules without an anchor are chosen per value of the one column their first token tests
        columns = {test.column for rule in self._unanchored for test in rule.tokens[0]}
        self._unanchored_column = columns.pop() if len(columns) == 1 else None

    def initialize(
        self, get_examples: Callable | None = None, *, nlp: Language | None = None, **kwargs: object
    ) -> None:
        """``AttributeRuler.initialize`` (patterns, tag map, morph rules), then index its rules."""
        self.ruler.initialize(get_examples, nlp=nlp, **kwargs)
        self.adopt(self.ruler)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.ruler.to_disk(path, exclude=exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> IndexedAttributeRuler:
        self.ruler.from_disk(path, exclude=exclude)
        self.adopt(self.ruler)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.ruler.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> IndexedAttributeRuler:
        self.ruler.from_bytes(data, exclude=exclude)
        self.adopt(self.ruler)
        return self

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array(list(_ATTRS.values())).tolist()
        strings = doc.vocab.strings
        hits = self._regex_hits
        matches: set[tuple[int, int, int]] = set()
        for i, row in enumerate(rows):
            singles, longer = self._row_rules(row, strings)
            for number in singles:
                matches.add((number, i, i + 1))
            for rule in longer:
                if _matches(rule, rows, i, strings, hits):
                    matches.add((rule.number, i, i + len(rule.tokens)))
        # the rules write in order, a later rule's value winning: each token is written once with
        # the last value of each attribute
        writes: dict[int, dict] = {}
        for number, start, end in sorted(matches):
            index = self.ruler.indices[number]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                raise ValueError(f"attribute rule {number} points outside its match at {start}:{end}")
            attrs = writes.setdefault(position, {})
            for attr, value in self.ruler.attrs[number].items():
                if attr == "_":
                    attrs.setdefault("_", {}).update(value)
                else:
                    attrs.pop(attr, None)
                    attrs[attr] = value
        _write(doc, writes)
        return doc

    def _row_rules(self, row: list[int], strings: StringStore) -> tuple[tuple[int, ...], tuple[_Rule, ...]]:
        """The numbers of the one-token rules a token's row matches, and the longer rules that may
        start at it (their later tokens are tested per doc); kept per row, as a one-token rule
        reads nothing but its token's row."""
        key = tuple(row)
        found = self._rows.get(key)
        if found is not None:
            return found
        hits = self._regex_hits
        singles: list[int] = []
        longer: list[_Rule] = []
        # a rule is indexed under one column, so a token meets each rule at most once
        anchored = [
            found for column, table in self._by_anchor.items() for found in table.get(row[column], ())
        ]
        for rule, settled in anchored:
            if len(rule.tokens) > 1:
                longer.append(rule)
            elif settled or _passes(rule.tokens[0], row, strings, hits):
                singles.append(rule.number)
        for rule in self._unanchored_candidates(row, strings):
            if len(rule.tokens) > 1:
                longer.append(rule)
            elif _passes(rule.tokens[0], row, strings, hits):
                singles.append(rule.number)
        if len(self._rows) >= _MAX_ROWS:
            self._rows.clear()
        found = self._rows[key] = (tuple(singles), tuple(longer))
        return found

    def _unanchored_candidates(self, row: list[int], strings: StringStore) -> list[_Rule]:
        """The rules without an anchor whose first token the token's row passes, kept per value of the
        one column their first token tests (all of them when their first tokens test several)."""
        column = self._unanchored_column
        if column is None:
            return self._unanchored
        value = row[column]
        found = self._unanchored_by_value.get(value)
        if found is None:
            found = self._unanchored_by_value[value] = [
                rule for rule in self._unanchored if _passes(rule.tokens[0], row, strings, self._regex_hits)
            ]
        return found


def _matches(
    rule: _Rule, rows: list[list[int]], start: int, strings: StringStore, hits: dict[tuple[int, int], bool]
) -> bool:
    """Whether ``rule`` matches the tokens from ``start``."""
    if start + len(rule.tokens) > len(rows):
        return False
    return all(
        _passes(tests, rows[start + offset], strings, hits) for offset, tests in enumerate(rule.tokens)
    )


def _passes(
    tests: tuple[_Test, ...], row: list[int], strings: StringStore, hits: dict[tuple[int, int], bool]
) -> bool:
    """Whether a token's row passes all ``tests``; a regular expression's result is kept in ``hits``
    per (test, value), as the string of a value never changes."""
    for test in tests:
        value = row[test.column]
        if test.kind == "in":
            ok = value in test.values
        elif test.kind == "not_in":
            ok = value not in test.values
        else:
            key = (id(test), value)
            ok = hits.get(key)
            if ok is None:
                ok = hits[key] = test.regex.search(strings[value]) is not None
        if not ok:
            return False
    return True


class CachedLemmatizer(_PerDoc):
    """A rule ``Lemmatizer`` whose lemmas are cached per (orth, pos, morph) and set in one pass.

    The tables live in the wrapped ``Lemmatizer``, which ``to_disk``/``from_disk`` save and load.
    A lemma not yet cached is found by spaCy's rule lemmatization with the known-lemma index of a
    part of speech held as a set (spaCy tests membership in its list, a scan of thousands of words
    for every rule of every new word).
    """

    def __init__(self, vocab: Vocab, name: str = "lemmatizer", overwrite: bool = False) -> None:
        self.name = name
        self.lemmatizer = Lemmatizer(vocab, None, name, mode="rule", overwrite=overwrite)
        self._cache: dict[tuple[int, int, int], int] = {}
        self._index: dict[str, frozenset[str]] = {}

    def adopt(self, lemmatizer: Lemmatizer) -> None:
        """Lemmatize with ``lemmatizer``'s tables and rules."""
        self.lemmatizer = lemmatizer
        self._cache = {}
        self._index = {}

    def _known_lemmas(self, univ_pos: str) -> frozenset[str]:
        index = self._index.get(univ_pos)
        if index is None:
            table = self.lemmatizer.lookups.get_table("lemma_index", {})
            index = self._index[univ_pos] = frozenset(table.get(univ_pos, ()))
        return index

    def lemma(self, token: Token) -> str:
        """``Lemmatizer.rule_lemmatize(token)[0]``, the same steps with the index as a set."""
        lemmatizer = self.lemmatizer
        if lemmatizer.mode != "rule" or type(lemmatizer).rule_lemmatize is not Lemmatizer.rule_lemmatize:
            return lemmatizer.lemmatize(token)[0]
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or lemmatizer.is_base_form(token):
            return lemmatizer.lemmatize(token)[0]
        lookups = lemmatizer.lookups
        exc_table = lookups.get_table("lemma_exc", {})
        rules_table = lookups.get_table("lemma_rules", {})
        string = token.text
        if not any((self._known_lemmas(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return string if univ_pos == "propn" else string.lower()
        index = self._known_lemmas(univ_pos)
        exceptions = exc_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules_table.get(univ_pos, {}):
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [orig])[0]

    def initialize(
        self, get_examples: Callable | None = None, *, nlp: Language | None = None, **kwargs: object
    ) -> None:
        """``Lemmatizer.initialize`` (its lookup tables), with an empty cache."""
        self.lemmatizer.initialize(get_examples, nlp=nlp, **kwargs)
        self.adopt(self.lemmatizer)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.lemmatizer.to_disk(path, exclude=exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CachedLemmatizer:
        self.lemmatizer.from_disk(path, exclude=exclude)
        self.adopt(self.lemmatizer)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.lemmatizer.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> CachedLemmatizer:
        self.lemmatizer.from_bytes(data, exclude=exclude)
        self.adopt(self.lemmatizer)
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        overwrite = self.lemmatizer.overwrite
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings, cache = doc.vocab.strings, self._cache
        # flat columns: a list of rows would make a list per token (and wake the garbage collector)
        lemmas = array[:, 3].tolist()
        keys = zip(array[:, 0].tolist(), array[:, 1].tolist(), array[:, 2].tolist(), strict=True)
        changed = False
        for i, key in enumerate(keys):
            if lemmas[i] and not overwrite:
                continue
            value = cache.get(key)
            if value is None:
                value = cache[key] = strings.add(self.lemma(doc[i]))
            lemmas[i] = value
            changed = True
        if changed:
            array[:, 3] = lemmas
            doc.from_array([LEMMA], array[:, 3:4])
        return doc


@Language.factory("dateline_indexed_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """An empty indexed attribute ruler: ``index_model_rules``, ``initialize`` or ``from_disk`` fills it."""
    return dateline_component(IndexedAttributeRuler(nlp.vocab, name))


@Language.factory("dateline_cached_lemmatizer", default_config={"overwrite": False})
def make_cached_lemmatizer(nlp: Language, name: str, overwrite: bool) -> CachedLemmatizer:
    """An empty rule lemmatizer: ``index_model_rules``, ``initialize`` or ``from_disk`` fills it."""
    return dateline_component(CachedLemmatizer(nlp.vocab, name, overwrite))


def index_model_rules(nlp: Language) -> list[str]:
    """Swap the model's attribute ruler and rule lemmatizer for the indexed ones; returns the names swapped.

    A component whose rules the index cannot reproduce is left as it is.
    """
    swapped = []
    for name, component in list(nlp.pipeline):
        if type(component) is AttributeRuler:
            try:
                rules = compile_rules(component)
            except UnsupportedPattern:
                continue
            nlp.replace_pipe(name, "dateline_indexed_attribute_ruler").adopt(component, rules)
        elif isinstance(component, Lemmatizer) and component.mode == "rule":
            config = {"overwrite": component.overwrite}
            nlp.replace_pipe(name, "dateline_cached_lemmatizer", config=config).adopt(component)
        else:
            continue
        swapped.append(name)
    return swapped
