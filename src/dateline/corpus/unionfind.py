"""A small union-find (disjoint sets) over hashable keys."""

from __future__ import annotations

from collections.abc import Hashable


class UnionFind:
    """Disjoint sets with path halving; ``find`` adds unseen keys."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, key: Hashable) -> Hashable:
        parent = self.parent.setdefault(key, key)
        while parent != key:
            grand = self.parent[parent]
            self.parent[key] = grand
            key, parent = parent, self.parent[grand]
        return key

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if str(rb) < str(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra

    def groups(self) -> dict[Hashable, list[Hashable]]:
        out: dict[Hashable, list[Hashable]] = {}
        for key in list(self.parent):
            out.setdefault(self.find(key), []).append(key)
        return out
