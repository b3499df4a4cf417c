"""Every command has help text and a doc page; the pages and docs/python-api.md link both ways."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from dateline.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs"
API_PAGE = DOCS / "python-api.md"


def _commands() -> dict[str, object]:
    group = typer.main.get_command(app)
    return dict(group.commands)


COMMANDS = sorted(_commands())


def test_commands_are_found():
    assert {"extract", "schema", "evaluate"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name):
    command = _commands()[name]
    help_text = (command.help or "").strip()
    assert help_text, (
        f"`dateline {name}` has no help text: give its function in src/dateline/commands/ a docstring "
        "(one line saying what it does, then 'Example: dateline ...')"
    )
    assert "Example:" in help_text, (
        f"`dateline {name}`: add an 'Example: dateline {name} ...' line to its docstring"
    )
    for param in command.params:
        if getattr(param, "hidden", False):
            continue
        assert getattr(param, "help", None), (
            f"`dateline {name}`: the parameter {param.name!r} has no help text; pass help=... to its "
            "typer.Option / typer.Argument"
        )


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_a_doc_page_linked_both_ways(name):
    page = DOCS / "cli" / f"{name}.md"
    assert page.exists(), (
        f"`dateline {name}` has no doc page: write docs/cli/{name}.md (what it does, an example, its "
        f"options, and 'In Python: ... (see [python-api](../python-api.md))'), and add a row linking "
        f"cli/{name}.md to the table in docs/python-api.md"
    )
    text = page.read_text(encoding="utf-8")
    assert text.startswith(f"# dateline {name}"), f"docs/cli/{name}.md must start with '# dateline {name}'"
    assert "(../python-api.md)" in text, (
        f"docs/cli/{name}.md must link to the Python API: add 'In Python: ... (see "
        "[python-api](../python-api.md))'"
    )
    assert f"(cli/{name}.md)" in API_PAGE.read_text(encoding="utf-8"), (
        f"docs/python-api.md does not link to docs/cli/{name}.md: add a row for `dateline {name}` to "
        "its 'In the CLI' table"
    )


def test_no_page_for_a_missing_command():
    stale = sorted(p.stem for p in (DOCS / "cli").glob("*.md") if p.stem not in COMMANDS)
    assert not stale, f"docs/cli has pages for commands that do not exist: {stale}"


def test_relative_links_resolve():
    broken = []
    for page in [API_PAGE, *sorted((DOCS / "cli").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#:]+\.md)\)", page.read_text(encoding="utf-8")):
            if not (page.parent / target).exists():
                broken.append(f"{page.relative_to(DOCS)} -> {target}")
    assert not broken, f"broken links in docs: {broken}"
