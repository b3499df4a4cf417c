"""``dateline_events``: political events coded in CAMEO and PLOVER, with actors, modality, time and place."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..events.actors import Resolver, default_resolver
from ..events.extract import code_events
from ..events.headline import (
    parse_headline,
    parse_masked_headline,
    parse_misread_headline,
    parse_reading,
)
from ..events.lexicon import lexicon
from .contract import dateline_component, model_parse
from .doc_index import cached_rows, fixed_ents


class EventComponent:
    """Sets ``doc._.events`` from the parse and the entities, times and places already on the Doc."""

    def __init__(self, nlp: Language, name: str, resolve_actors: bool) -> None:
        self.name = name
        self.nlp = nlp
        self.resolver: Resolver | None = default_resolver() if resolve_actors else None
        self.lexicon_version = lexicon().version

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.predict(doc)
        return doc

    def predict(self, doc: Doc, keep_features: bool = False) -> list[dict[str, Any]]:
        """The events of one Doc (empty for an empty Doc); ``keep_features`` as ``code_events``."""
        if not len(doc):
            return []
        with cached_rows(doc), fixed_ents(doc):
            parse = self._model_parse
            headline = parse_headline(doc, parse) or parse_misread_headline(doc, parse)
            headline = parse_masked_headline(doc, parse, headline)
            headline = parse_reading(doc, parse, headline)
            return code_events(doc, self.resolver, keep_features, headline=headline)

    def _model_parse(self, text: str) -> Doc:
        return model_parse(self.nlp, text)


@Language.factory(
    "dateline_events",
    default_config={"resolve_actors": True},
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma", "doc._.entities"],
)
def make_events(nlp: Language, name: str, resolve_actors: bool) -> EventComponent:
    """Factory for the event coder."""
    return dateline_component(EventComponent(nlp, name, resolve_actors))
