"""Every dateline_* factory works alone in a plain spaCy pipeline, and the whole pipeline saves and loads."""

from __future__ import annotations

import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import get_nlp
from dateline.nlp.extensions import DOC_FIELDS, DOC_META
from dateline.nlp.pipeline import COMPONENTS, MODEL_PACKAGE
from dateline.process import process_many
from dateline.sources.raw import read_bytes

SRC = Path(__file__).resolve().parents[2] / "src" / "dateline"
FACTORIES = [name for name, _ in COMPONENTS]


def _remove_extensions() -> None:
    for name in DOC_FIELDS + DOC_META:
        if Doc.has_extension(name):
            Doc.remove_extension(name)


def _with_requirements(name: str) -> list[str]:
    """``name`` after the dateline components that assign the doc._ attributes it requires."""
    assigned = {a: f for f in FACTORIES for a in Language.get_factory_meta(f).assigns}
    order: list[str] = []

    def visit(factory: str) -> None:
        for needed in Language.get_factory_meta(factory).requires:
            provider = assigned.get(needed)
            if provider is not None and provider != factory and provider not in order:
                visit(provider)
        if factory not in order:
            order.append(factory)

    visit(name)
    return order


def test_every_factory_is_an_entry_point():
    declared = {ep.name for ep in entry_points(group="spacy_factories") if ep.name.startswith("dateline_")}
    get_nlp()
    registered = {n for n in Language.factories if n.startswith("dateline_")}
    assert registered <= declared, registered - declared
    for ep in entry_points(group="spacy_factories"):
        if ep.name.startswith("dateline_"):
            assert callable(ep.load())


@pytest.mark.parametrize("name", FACTORIES)
def test_factory_runs_alone_on_the_plain_model(name, example_text):
    get_nlp()  # registers the factories; the extensions are then removed again
    _remove_extensions()
    nlp = spacy.load(MODEL_PACKAGE)
    for factory in _with_requirements(name):
        nlp.add_pipe(factory)
    doc = nlp(example_text)
    attribute = Language.get_factory_meta(name).assigns[0].removeprefix("doc._.")
    assert doc._.get(attribute) is not None


def _record(nlp, text: str) -> str:
    (article,) = process_many([read_bytes(text, path="example.txt")], nlp=nlp, published="2015-03-22")
    return article.model_dump_json()


def test_to_disk_then_spacy_load_gives_the_same_record(tmp_path, example_text):
    nlp = get_nlp()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert _record(loaded, example_text) == _record(nlp, example_text)


def test_a_pipeline_saved_with_other_tables_is_refused(tmp_path):
    from dateline.errors import ResourceError

    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_quantities")
    nlp.to_disk(tmp_path / "p")
    data = tmp_path / "p" / "dateline_quantities" / "dateline.json"
    data.write_text('{"ontology_version": "1999.1.1"}', encoding="utf-8")
    with pytest.raises(ResourceError, match="1999.1.1"):
        spacy.load(tmp_path / "p")


def test_no_private_spacy_imports():
    private = re.compile(r"^\s*(from|import)\s+(spacy|thinc)(\.\w+)*\._\w+", re.MULTILINE)
    offenders = [str(p) for p in SRC.rglob("*.py") if private.search(p.read_text(encoding="utf-8"))]
    assert not offenders
