"""Reading the knowledge tables shipped in this package (TSV with a header; ``#`` lines are comments)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..errors import ResourceError


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``knowledge/<name>``, cached; a missing file is a ``ResourceError``."""
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"knowledge table {name} is missing: {exc}; reinstall dateline") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) > len(header):
            raise ResourceError(f"knowledge table {name}: data line {n} has more cells than the header")
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)))
    return tuple(rows)


def split_list(cell: str) -> tuple[str, ...]:
    """The items of a ``|``-separated cell."""
    return tuple(item for item in cell.split("|") if item)
