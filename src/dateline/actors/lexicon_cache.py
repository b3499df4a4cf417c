"""The actor lexicon's binary cache: the built ``Lexicon`` pickled in the user's cache directory.

Building the lexicon from its tables costs about a second of CPU in every process that resolves an
actor (the fork server of ``ingest`` pays it before the first document); loading the pickle costs a
fifth of that. The cache file is named by the sha256 of everything the build reads (the ontology
and knowledge tables and the code that turns them into entries), the cache layout and the Python
version, so an edited table or builder is never read from a stale cache. An unusable cache is
rebuilt, an unwritable one only logged.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import pickle
import sys
from collections.abc import Callable
from importlib import resources, util
from pathlib import Path

from ..cache_files import cache_dir, write_atomic
from ..knowledge import KNOWLEDGE_TABLES
from .lexicon import Lexicon

LOGGER = logging.getLogger(__name__)

# the layout of the cache file; a change of ``Lexicon`` or ``Entry`` bumps it
CACHE_FORMAT = 4
ONTOLOGY_FILES = (
    "actor_groups.json",
    "actor_people.json",
    "actor_sectors.json",
    "actor_dictionary.json",
    "actor_cities.tsv",
    "cameo_verbs.json",
)
# the code that reads the tables and builds the entries
BUILDER_MODULES = (
    "dateline.actors.lexicon",
    "dateline.knowledge.countries",
    "dateline.knowledge.regions",
    "dateline.knowledge.titles",
    "dateline.knowledge.names",
    "dateline.inflection",
    "dateline.knowledge._tables",
    "dateline.ontology",
    "dateline.ontology.cameo",
)


def sources_digest() -> str:
    """The sha256 of every table and module the lexicon is built from."""
    digest = hashlib.sha256()
    files = [resources.files("dateline.ontology").joinpath(n) for n in ONTOLOGY_FILES]
    files += [resources.files("dateline.knowledge").joinpath(n) for n in KNOWLEDGE_TABLES]
    for module in BUILDER_MODULES:
        spec = util.find_spec(module)
        if spec is None or spec.origin is None:
            raise RuntimeError(f"no source file for {module}")
        files.append(Path(spec.origin))
    for path in files:
        data = path.read_bytes()
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:16]


def cache_file() -> Path:
    """The cache file of the lexicon the installed tables and code build."""
    python = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return cache_dir() / f"actor_lexicon-{sources_digest()}-v{CACHE_FORMAT}-{python}.pickle"


def from_bytes(data: bytes) -> Lexicon:
    """The lexicon of a cache file's bytes; ``ValueError`` on anything else."""
    collecting = gc.isenabled()
    gc.disable()  # some hundred thousand objects, none in a cycle: no collection is needed
    try:
        layout, lexicon = pickle.loads(data)
    except Exception as exc:  # a truncated or foreign file: any unpickling error
        raise ValueError(f"not an actor lexicon cache: {type(exc).__name__}: {exc}") from exc
    finally:
        if collecting:
            gc.enable()
    if layout != CACHE_FORMAT or not isinstance(lexicon, Lexicon):
        raise ValueError(f"actor lexicon cache of layout {layout}, this dateline reads {CACHE_FORMAT}")
    return lexicon


def to_bytes(lexicon: Lexicon) -> bytes:
    """The bytes of a cache file (what :func:`from_bytes` reads back)."""
    return pickle.dumps((CACHE_FORMAT, lexicon), protocol=pickle.HIGHEST_PROTOCOL)


def cached_lexicon(build: Callable[[], Lexicon]) -> Lexicon:
    """The lexicon from its cache file when there is a sound one; else ``build()``, then cached."""
    try:
        target: Path | None = cache_file()
    except (OSError, RuntimeError) as exc:  # no source files to hash, or no home directory
        LOGGER.info("the actor lexicon is not cached: %s", exc)
        target = None
    if target is not None and target.is_file():
        try:
            return from_bytes(target.read_bytes())
        except (OSError, ValueError) as exc:
            LOGGER.info("the actor lexicon cache %s is unusable (%s); rebuilding it", target, exc)
    lexicon = build()
    if target is not None:
        write_atomic(target, to_bytes(lexicon), "actor lexicon")
    return lexicon
