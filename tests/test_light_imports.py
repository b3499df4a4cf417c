"""The package root and the store's CLI paths load neither spaCy nor trafilatura."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "trafilatura")


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_root_errors_schema_store_load_no_spacy():
    code = (
        "import sys, dateline; dateline.errors; import dateline.schema, dateline.store, dateline.settings; "
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_missing_database_error_imports_no_spacy(tmp_path):
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from dateline.cli import app\n"
        f"r = CliRunner().invoke(app, ['events', '--db', {str(tmp_path / 'missing.duckdb')!r}])\n"
        f"print(r.exit_code != 0, 'E300' in r.output, any(m in sys.modules for m in {HEAVY!r}))\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "False"]


def test_lazy_names_resolve():
    import dateline

    assert callable(dateline.extract)
    assert callable(dateline.resolve_actor)
    assert dateline.Article.__name__ == "Article"
    assert dateline.PIPELINE_VERSION.startswith(dateline.__version__)


def test_store_and_sources_import_nothing_from_the_pipeline():
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "src" / "dateline"
    banned = ("process", "nlp", "runners", "api_extract")
    offenders = []
    for folder in ("store", "sources"):
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.level == 2 and node.module:
                    if node.module.split(".")[0] in banned:
                        offenders.append(f"{path.name}: from ..{node.module}")
    assert not offenders
