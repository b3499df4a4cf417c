"""Every sense of the event frame lexicon traces to the CAMEO dictionary or names its codebook source
(``scripts/audit_event_lexicon.py``, read against the shipped ``ontology/cameo_verbs.json``)."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_event_lexicon.py"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("audit_event_lexicon", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dictionary(audit):
    table = json.loads(audit.TABLE.read_text(encoding="utf-8"))
    plover = json.loads(audit.PLOVER.read_text(encoding="utf-8"))
    return audit.Dictionary(table, audit.crosswalk(), audit.codebook_text(plover))


@pytest.fixture(scope="module")
def plover(audit):
    return json.loads(audit.PLOVER.read_text(encoding="utf-8"))


def test_every_sense_traces_or_names_its_source(audit, plover):
    table = json.loads(audit.TABLE.read_text(encoding="utf-8"))
    untraced = [
        f"{t.part} {t.lemma} {t.cameo} {t.conditions}"
        for t in audit.audit(table)
        if t.category == "d" and not audit.source_holds(t.source, plover)
    ]
    assert untraced == []


def test_every_explicit_source_names_a_codebook_type(audit, plover):
    lexicon = json.loads(audit.LEXICON.read_text(encoding="utf-8"))
    bad = [
        (lemma, s["source"])
        for _part, lemma, s in audit.senses(lexicon)
        if "source" in s and not audit.source_holds(s["source"], plover)
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("source", "holds"),
    [
        ("codebook:PROTEST/demo", True),
        ("codebook:AID", True),
        ("general", True),
        ("codebook:PROTEST/parade", False),
        ("codebook:RIOT", False),
        ("dev", False),
        (None, False),
    ],
)
def test_source_holds(audit, plover, source, holds):
    assert audit.source_holds(source, plover) is holds


@pytest.mark.parametrize(
    ("lemma", "sense", "category"),
    [
        # the dictionary's own code for the verb
        ("kidnap", {"cameo": "181", "plover": "ASSAULT"}, "a"),
        # a code of the same root as the dictionary's
        ("kidnap", {"cameo": "180", "plover": "ASSAULT"}, "b"),
        # a made-up verb and code
        ("blorf", {"cameo": "1712", "plover": "ASSAULT"}, "d"),
        # a traced verb narrowed to an object that no dictionary pattern or codebook text names
        ("lift", {"cameo": "081", "plover": "CONCEDE", "objects": ["zeppelin"]}, "d"),
    ],
)
def test_trace_categories(audit, dictionary, lemma, sense, category):
    assert audit.trace("verb", lemma, sense, dictionary).category == category
