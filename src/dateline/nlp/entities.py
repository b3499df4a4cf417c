"""``dateline_entities``: NER spans grouped into entities with their mentions."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART")
_POSSESSIVE = re.compile(r"(\u2019s|'s|\u2019|')$")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def canonical(text: str) -> str:
    """The surface of a mention with possessives and a leading "the" removed."""
    return _LEADING_THE.sub("", _POSSESSIVE.sub("", text.strip())).strip()


class EntityGrouper:
    """Group NER mentions into entities: exact names, and surnames to full person names."""

    def __init__(self, nlp: Language, name: str, labels: list[str]) -> None:
        self.name = name
        self.labels = set(labels)

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = self.predict(doc)
        return doc

    def predict(self, doc: Doc) -> list[dict[str, Any]]:
        """Entities as record dicts, in order of first mention."""
        entities: list[dict[str, Any]] = []
        by_key: dict[tuple[str, str], dict[str, Any]] = {}
        for ent in doc.ents:
            if ent.label_ not in self.labels:
                continue
            name = canonical(ent.text)
            if not name:
                continue
            key = (ent.label_, name.lower())
            entity = by_key.get(key)
            if entity is None and ent.label_ == "PERSON" and len(name.split()) == 1:
                entity = next(
                    (e for e in entities if e["type"] == "PERSON" and e["name"].split()[-1] == name),
                    None,
                )
            if entity is None:
                entity = {
                    "id": f"E{len(entities) + 1}",
                    "name": name,
                    "type": ent.label_,
                    "aliases": [],
                    "roles": [],
                    "country": None,
                    "mentions": [],
                }
                entities.append(entity)
                by_key[key] = entity
            if name != entity["name"] and name not in entity["aliases"]:
                entity["aliases"].append(name)
            entity["mentions"].append({"start": ent.start_char, "end": ent.end_char, "text": ent.text})
        return entities


@Language.factory(
    "dateline_entities",
    default_config={"labels": list(ENTITY_LABELS)},
    assigns=["doc._.entities"],
    requires=["doc.ents"],
)
def make_entities(nlp: Language, name: str, labels: list[str]) -> EntityGrouper:
    """Factory for the entity grouper."""
    return EntityGrouper(nlp, name, labels)
