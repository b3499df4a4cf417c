"""A scorer's result: named metric rows, printable and JSON-serialisable."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Report:
    """Metrics of one task: ``rows[system][metric] = value``."""

    task: str
    dataset: str
    n: int
    rows: dict[str, dict[str, float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "task": self.task,
            "dataset": self.dataset,
            "n": self.n,
            "rows": self.rows,
            "notes": self.notes,
        }


def prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}
