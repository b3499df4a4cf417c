"""Coverage-guided fuzzing (atheris) of every reader and the clean stage.

Run: ``.venv/bin/pip install -e '.[fuzz]'`` then
``.venv/bin/python fuzz/fuzz_inputs.py -max_total_time=300 -rss_limit_mb=2048``.
The first byte picks a reader; only DatelineError subclasses may come out.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

if __name__ == "__main__":
    import atheris

    _instrumented = atheris.instrument_imports(include=["dateline"])
else:
    _instrumented = contextlib.nullcontext()

with _instrumented:
    from dateline.errors import DatelineError
    from dateline.process import prepare
    from dateline.settings import Settings
    from dateline.sources.inputs import ReadFailure, iter_documents
    from dateline.sources.raw import RawDocument

SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".rss"]
SETTINGS = Settings(max_bytes=1_000_000, max_decompressed_bytes=20_000_000, doc_timeout=10)
WORKDIR = Path(tempfile.mkdtemp(prefix="dateline-fuzz-"))


def test_one_input(data: bytes) -> None:
    """One fuzz case: read the bytes as a file of the chosen kind, then prepare every document."""
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = WORKDIR / f"case{suffix}"
    path.write_bytes(data[1:])
    for item in iter_documents([path], SETTINGS):
        if isinstance(item, ReadFailure):
            assert isinstance(item.error, DatelineError)
            continue
        assert isinstance(item, RawDocument)
        try:
            prepare(item, settings=SETTINGS)
        except DatelineError:
            pass


def main() -> None:
    import atheris

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
