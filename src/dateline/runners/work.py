"""What a worker does with a chunk of raw documents: records or per-document failures.

Runs in worker processes (the spaCy pipeline built once per process) or in the main process.
"""

from __future__ import annotations

import logging
import os
import resource
from dataclasses import dataclass, field

from ..corpus.signatures import article_signatures
from ..errors import DatelineError
from ..process import Failure, process_many
from ..schema import Article
from ..settings import Settings, load_settings
from ..sources.raw import RawDocument
from ..store.writer import DocRef, ErrorInfo
from .deadline import BatchTimeout, time_limit

LOGGER = logging.getLogger(__name__)

_SETTINGS: Settings | None = None
# Documents per nlp.pipe batch in a worker: the parser's memory peaks with the tokens of a batch
# (measured on the eval articles: 8 docs peak at about half the memory of 32, same CPU time).
PIPE_BATCH = 8


@dataclass
class ChunkResult:
    """The outcome of one chunk, in input order, and the worker's peak memory."""

    done: list[tuple[DocRef, Article]]
    failed: list[tuple[DocRef, ErrorInfo]]
    pid: int
    peak_rss_kb: int
    words: int
    # article id -> its two MinHash signatures (``corpus.signatures.article_signatures``)
    signatures: dict[str, tuple[list[int] | None, list[int] | None]] = field(default_factory=dict)


def init_worker(settings: Settings | None = None) -> None:
    """Pool initializer: build the pipeline once in this process."""
    global _SETTINGS
    from ..nlp import get_nlp

    _SETTINGS = settings
    get_nlp().batch_size = PIPE_BATCH


def ref_of(raw: RawDocument, raw_id: str | None = None) -> DocRef:
    """The DocRef of a raw document."""
    return DocRef(raw_id=raw_id or raw.id, path=raw.path, url=raw.url, content_type=raw.content_type)


def process_chunk(
    chunk: list[tuple[str, RawDocument]], settings: Settings | None = None, sign: bool = True
) -> ChunkResult:
    """Process ``(raw_id, document)`` pairs; a document that breaks the pipeline fails alone.
    ``sign`` computes each record's MinHash signatures for the store (``ChunkResult.signatures``).

    The chunk runs under ``doc_timeout`` per document; when it runs out, each document is retried
    alone under ``doc_timeout`` and the one that is too slow fails with ``DocumentTimeout``.
    """
    settings = settings or _SETTINGS or load_settings()
    result = ChunkResult(done=[], failed=[], pid=os.getpid(), peak_rss_kb=0, words=0)
    try:
        with time_limit(settings.doc_timeout * len(chunk), error=BatchTimeout):
            outcomes = list(process_many([raw for _, raw in chunk], settings=settings))
    except BatchTimeout:  # one slow document: retry one by one, each under the per-document limit
        LOGGER.warning("a chunk of %s documents ran out of time; retrying one by one", len(chunk))
        outcomes = [_one(raw, settings) for _, raw in chunk]
    except Exception:  # a pipeline bug on one document: retry one by one to isolate it
        LOGGER.warning("a chunk of %s documents failed; retrying one by one", len(chunk), exc_info=True)
        outcomes = [_one(raw, settings) for _, raw in chunk]
    for (raw_id, raw), outcome in zip(chunk, outcomes, strict=True):
        ref = ref_of(raw, raw_id)
        if isinstance(outcome, Article):
            result.done.append((ref, outcome))
            result.words += len(outcome.body.split())
            if sign:
                result.signatures[outcome.id] = article_signatures(outcome.headline, outcome.body)
        elif isinstance(outcome, Failure):
            result.failed.append((ref, ErrorInfo.from_error(outcome.error)))
        else:
            result.failed.append((ref, outcome))
    result.peak_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return result


def _one(raw: RawDocument, settings: Settings) -> Article | Failure | ErrorInfo:
    try:
        with time_limit(settings.doc_timeout, document=raw.name):
            (outcome,) = process_many([raw], settings=settings)
        return outcome
    except DatelineError as exc:
        return ErrorInfo.from_error(exc)
    except Exception as exc:
        LOGGER.warning("%s: internal error", raw.name, exc_info=True)
        return ErrorInfo(
            code="E900",
            kind=type(exc).__name__,
            reason=f"internal error in the pipeline ({type(exc).__name__}: {exc}); please report it",
        )
