"""Imported once by the fork server the ingest workers are forked from (``runners/local.py``).

Importing this module builds the pipeline and reads one shipped sample article through it, so every
table the pipeline loads on first use (the place index, the actor lexicon, the verb dictionary, the
stop words of the MinHash signatures) is in memory before the workers are forked: each worker starts
ready instead of loading them again. The loaded objects are then frozen out of the garbage
collector's reach (``gc.freeze``): a worker's collections scan only what the worker creates, and
leave the pages it shares with the server unwritten. A failure here is only logged; the worker then
loads what it needs itself and reports the error.
"""

from __future__ import annotations

import gc
import logging
from importlib import resources

LOGGER = logging.getLogger(__name__)

SAMPLE = "sample-article.txt"


def warm_up() -> None:
    """Build the pipeline and process the shipped sample article once, the garbage collector off
    until the one collection before the freeze: its passes while the tables load would scan them
    over and over (a large share of the start-up) and find next to nothing."""
    from ..corpus import signatures
    from ..nlp import get_nlp
    from ..process import process_many
    from ..sources.raw import read_bytes

    # a threshold of 0 stops the automatic passes (srsly turns the collector itself back on)
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        text = resources.files("dateline.samples").joinpath(SAMPLE).read_bytes()
        list(process_many([read_bytes(text, path=SAMPLE)], nlp=get_nlp(), published="2026-01-06"))
        signatures.load()
    finally:
        gc.set_threshold(*thresholds)
    gc.collect()
    gc.freeze()


try:
    warm_up()
except Exception:  # the worker's own start-up reports the real error
    LOGGER.warning("the ingest workers could not be preloaded", exc_info=True)
