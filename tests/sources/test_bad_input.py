"""Every kind of bad input: a specific error, a non-zero exit, and the batch goes on."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

import dateline
from dateline.cli import app
from dateline.errors import BinaryInput, EmptyInput, TooLarge, Undecodable

runner = CliRunner()

GOOD = "Council passes budget\n\nOTTAWA – The city council passed the budget on Monday after a long debate.\n"
NO_ARTICLE = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"

BAD_FILES = {
    "empty.txt": (b"", "E101", "empty"),
    "blank.txt": (b"  \n\t \r\n", "E101", "empty"),
    "doc.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "E102", "PDF"),
    "img.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102", "PNG"),
    "bad-utf8.txt": (b"Hello \xc3\x28 world \xff\xfe and more", "E107", "UTF-8"),
    "no-article.html": (NO_ARTICLE.encode(), "E101", "no article"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_alone(tmp_path, name):
    data, code, words = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert code in result.stderr and name in result.stderr
    assert words.lower() in result.stderr.lower()
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInput),
        (b"Hello \xc3\x28 world \xff\xfe and more", Undecodable),
        (NO_ARTICLE, EmptyInput),
    ],
)
def test_bad_input_through_the_api(data, error):
    with pytest.raises(error):
        dateline.extract(data)


def test_fifty_megabytes_is_refused_fast(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    start = time.monotonic()
    result = runner.invoke(app, ["extract", str(path)])
    assert time.monotonic() - start < 5
    assert result.exit_code == 1
    assert "E103" in result.stderr and "over the limit" in result.stderr


def test_too_large_through_the_api():
    with pytest.raises(TooLarge):
        dateline.extract(b"word " * 5_000_000)


def test_url_on_loopback_refused(server):
    result = runner.invoke(app, ["extract", f"{server}/article"])
    assert result.exit_code == 1
    assert "E109" in result.stderr and "127.0.0.1" in result.stderr
    assert "--allow-private-urls" in result.stderr


def test_url_allowed_with_flag(server):
    result = runner.invoke(app, ["extract", f"{server}/article", "--allow-private-urls"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert "council passed the budget" in record["body"]
    assert record["source"]["url"] == f"{server}/article"


def test_url_timeout(server, monkeypatch):
    monkeypatch.setenv("DATELINE_FETCH_TIMEOUT", "0.3")
    result = runner.invoke(app, ["extract", f"{server}/slow", "--allow-private-urls"])
    assert result.exit_code == 1
    assert "E108" in result.stderr and "timeout" in result.stderr


def test_batch_reports_each_failure_and_goes_on(tmp_path, server):
    paths = []
    for name, (data, _, _) in sorted(BAD_FILES.items()):
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    args = ["extract", *paths[:3], str(good), *paths[3:], f"{server}/article", "--format", "jsonl"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) == 1 and records[0]["dateline"]["text"] == "OTTAWA"
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == len(BAD_FILES) + 1


def test_non_english_warns_instead_of_failing():
    text = (
        "Nuevo presupuesto\n\nEl gobierno anunció el lunes una nueva ley sobre los alquileres en las "
        "grandes ciudades. La oposición criticó duramente el proyecto y prometió oponerse en el "
        "parlamento durante la votación de la semana próxima."
    )
    article = dateline.extract(text, published="2020-01-01")
    assert any("does not look like English" in w for w in article.warnings)
    english = dateline.extract(GOOD * 3, published="2020-01-01")
    assert not any("English" in w for w in english.warnings)


def test_stdin(tmp_path):
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=GOOD.encode("cp1252"))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"]["path"] == "<stdin>" and record["body"].startswith("The city council")


def test_html_publication_date_from_metadata():
    html = (
        "<html><head><title>Council passes budget</title>"
        '<meta property="article:published_time" content="2019-11-18T10:00:00Z"></head><body><article>'
        + "".join(f"<p>The city council passed the budget on Monday, paragraph {i}.</p>" for i in range(6))
        + "</article></body></html>"
    )
    article = dateline.extract(html)
    assert article.published.value == "2019-11-18" and article.published.source == "metadata"
    assert article.headline == "Council passes budget"
    assert dateline.extract(html, published="2020-01-01").published.source == "argument"


def test_folder_and_unreadable_file(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "E100" in result.stderr and "folder" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_stdin_too_large(monkeypatch):
    monkeypatch.setenv("DATELINE_MAX_BYTES", "1000")
    result = runner.invoke(app, ["extract", "-"], input=b"word " * 1000)
    assert result.exit_code == 1
    assert "E103" in result.stderr and "stdin" in result.stderr
