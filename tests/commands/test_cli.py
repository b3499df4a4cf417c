import json

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


def test_extract_json(tmp_path, example_text, example_gold):
    path = tmp_path / "story.txt"
    path.write_text(example_text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2015-03-22", "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["headline"] == example_gold["headline"]
    assert record["dateline"]["text"] == "OTTAWA"


def test_batch_goes_on_after_bad_document(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Headline\n\nThe council met on Monday to vote.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(empty), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(lines) == 1 and "council" in lines[0]["body"]
    assert "empty.txt" in result.stderr and "E101" in result.stderr


def test_missing_file(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_schema_command():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"id", "body", "events", "quotes"} <= set(schema["properties"])


def test_text_format(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("Headline\n\nOTTAWA – The council met on Monday.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "text"])
    assert result.exit_code == 0
    assert "dateline: OTTAWA" in result.stdout


def test_help_shows_no_docstring_markup():
    from dateline.cli import COMMAND_MODULES

    for args in (["--help"], *([name, "--help"] for name in COMMAND_MODULES)):
        result = CliRunner().invoke(app, args, terminal_width=200)
        assert result.exit_code == 0, args
        assert "``" not in result.output, args
