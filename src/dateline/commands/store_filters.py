"""Filter options shared by ``dateline articles|events|entities|quotes``."""

from __future__ import annotations

from typing import Annotated

import typer

Actor = Annotated[
    str | None,
    typer.Option("--actor", help="Actor: a CAMEO code prefix (CAN, CANGOV, IGOWSTNAT) or part of a name."),
]
EventType = Annotated[
    str | None, typer.Option("--type", help="Event: PLOVER type (CONSULT) or CAMEO code prefix (04).")
]
Since = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]
Country = Annotated[str | None, typer.Option("--country", help="Country: ISO alpha-2, alpha-3 or name.")]
Speaker = Annotated[str | None, typer.Option("--speaker", help="Part of the speaker's name.")]
Text = Annotated[str | None, typer.Option("--text", help="Text to look for (case-insensitive).")]
MinConfidence = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Events at or above this confidence (default: the coder's threshold; 0 shows all).",
    ),
]
Article = Annotated[str | None, typer.Option("--article", help="Only this article (id or id prefix).")]
