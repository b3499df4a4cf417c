"""Canonical actors of new entity rows, kept up to date in the store instead of recomputed.

The rules are ``actors.canonicalize``'s: names are joined when equal once normalised, listed as
aliases of one entity, or sharing an actor code (organisations, places); a surname alone joins the
one full name of the corpus ending with it. The store keeps every normalised name (``link_names``)
with its *base* group (the first three rules, which only ever merge) and its *root*, the final
group once surnames are attached. A batch touches only the groups its names fall in; the actors of
those groups are recounted in SQL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

import duckdb
import pyarrow as pa

from ..store.bulk import insert_rows
from .actors import _CODE_TYPES, EntityRow, actor_id, most_common, normalize
from .unionfind import UnionFind

Key = tuple[str, str]


def _register(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, list]) -> None:
    con.register(name, pa.table({k: pa.array(v, pa.string()) for k, v in columns.items()}))


def _select_keys(con: duckdb.DuckDBPyConnection, sql: str, keys: Iterable[Key]) -> list[tuple]:
    keys = sorted(set(keys))
    if not keys:
        return []
    _register(con, "link_keys", {"kind": [k for k, _ in keys], "name": [n for _, n in keys]})
    try:
        return con.execute(sql).fetchall()
    finally:
        con.unregister("link_keys")


def _last(kind: str, name: str) -> str | None:
    return name.rsplit(" ", 1)[1] if kind == "PERSON" and " " in name else None


def link_actors(con: duckdb.DuckDBPyConnection, rows: Sequence[EntityRow]) -> set[tuple[str, str]]:
    """Attach new entity rows to canonical actors; returns the (article, entity) pairs whose actor
    id is new or changed (their events must be regrouped)."""
    keyed = [(r, (r.type, normalize(r.name))) for r in rows]
    keyed = [(r, k) for r, k in keyed if k[1]]
    insert_rows(
        con,
        "link_entities",
        [
            (
                r.article_id,
                r.entity_id,
                k[0],
                k[1],
                r.name,
                r.actor_code,
                r.country,
                r.n_mentions,
                list(r.aliases),
            )
            for r, k in keyed
        ],
    )
    touched: set[Key] = set()
    for r, k in keyed:
        touched.add(k)
        touched.update((r.type, a) for a in (normalize(x) for x in r.aliases) if a)
    stored = {
        (kind, name): (base, root)
        for kind, name, base, root in _select_keys(
            con,
            "SELECT n.kind, n.name, n.base, n.root FROM link_names n "
            "JOIN link_keys k ON k.kind = n.kind AND k.name = n.name",
            touched,
        )
    }
    codes_wanted = {(r.type, r.actor_code) for r, _ in keyed if r.actor_code and r.type in _CODE_TYPES}
    by_code: dict[Key, Key] = {
        (kind, code): (kind, name)
        for kind, code, name in _select_keys(
            con,
            "SELECT c.kind, c.code, c.name FROM link_codes c "
            "JOIN link_keys k ON k.kind = c.kind AND k.name = c.code",
            codes_wanted,
        )
    }
    uf = UnionFind()
    for key, (base, _) in stored.items():
        uf.union((key[0], base), key)
    new_codes = []
    for r, key in keyed:
        uf.find(key)
        for alias in r.aliases:
            alias_key = (r.type, normalize(alias))
            if alias_key[1]:
                uf.union(key, alias_key)
        if r.actor_code and r.type in _CODE_TYPES:
            code_key = (r.type, r.actor_code)
            if code_key in by_code:
                uf.find(by_code[code_key])
                uf.union(key, by_code[code_key])
            else:
                by_code[code_key] = key
                new_codes.append((r.type, r.actor_code, key[1]))
    insert_rows(con, "link_codes", new_codes)
    # Base groups after this batch: every group of the union-find, named by its smallest name.
    known = set(stored) | {(k[0], base) for k, (base, _) in stored.items()}
    merged_bases: dict[Key, str] = {}
    new_names = []
    key_base: dict[Key, str] = {}
    bases: set[Key] = set()
    for group in uf.groups().values():
        kind = group[0][0]
        base = min(name for _, name in group)
        bases.add((kind, base))
        for key in group:
            if key in stored and stored[key][0] != base:
                merged_bases[(kind, stored[key][0])] = base
            elif key not in known:
                new_names.append((kind, key[1], base, None, _last(kind, key[1])))
            key_base[key] = base
    if merged_bases:
        _register(
            con,
            "link_merge",
            {
                "kind": [k for k, _ in merged_bases],
                "old": [o for _, o in merged_bases],
                "new": list(merged_bases.values()),
            },
        )
        try:
            con.execute(
                "UPDATE link_names SET base = m.new FROM link_merge m "
                "WHERE link_names.kind = m.kind AND link_names.base = m.old"
            )
        finally:
            con.unregister("link_merge")
    insert_rows(con, "link_names", new_names)
    roots, before = _reroot(con, bases)
    new_rows: dict[Key, list[tuple[EntityRow, str]]] = defaultdict(list)
    for r, key in keyed:
        new_rows[(key[0], roots[(key[0], key_base[key])])].append((r, key[1]))
    return _recount(con, roots, before, new_rows)


def _surname_edges(con: duckdb.DuckDBPyConnection, surnames: set[str]) -> list[tuple[str, str]]:
    """``(base of the lone surname, base of the one full name ending with it)`` for these surnames."""
    if not surnames:
        return []
    _register(con, "link_surnames", {"name": sorted(surnames)})
    try:
        return con.execute(
            "WITH fulls AS (SELECT n.last, min(n.base) AS base, count(DISTINCT n.base) AS bases "
            "  FROM link_names n JOIN link_surnames s ON s.name = n.last WHERE n.kind = 'PERSON' "
            "  GROUP BY n.last) "
            "SELECT lone.base, fulls.base FROM link_names lone JOIN fulls ON fulls.last = lone.name "
            "WHERE lone.kind = 'PERSON' AND fulls.bases = 1"
        ).fetchall()
    finally:
        con.unregister("link_surnames")


def _reroot(
    con: duckdb.DuckDBPyConnection, bases: set[Key]
) -> tuple[dict[Key, str], list[tuple[str, str, str]]]:
    """Recompute the final groups (surnames attached) around the touched bases.

    Returns ``{(kind, base): root}`` for every base whose group was recomputed, and the
    ``(kind, base, old root)`` of those bases before (``old root`` None for a new name).
    """
    people = {b for k, b in bases if k == "PERSON"}
    closure: set[str] = set()
    frontier = set(people)
    edges: set[tuple[str, str]] = set()
    while frontier:
        closure |= frontier
        frontier_roots = {
            r
            for (_, r) in _select_keys(
                con,
                "SELECT DISTINCT n.kind, n.root FROM link_names n "
                "JOIN link_keys k ON k.kind = n.kind AND k.name = n.base WHERE n.root IS NOT NULL",
                [("PERSON", b) for b in frontier],
            )
        }
        in_roots = {
            b
            for (_, b) in _select_keys(
                con,
                "SELECT DISTINCT n.kind, n.base FROM link_names n "
                "JOIN link_keys k ON k.kind = n.kind AND k.name = n.root",
                [("PERSON", r) for r in frontier_roots],
            )
        }
        names = _select_keys(
            con,
            "SELECT n.name, n.last FROM link_names n JOIN link_keys k ON k.kind = n.kind AND k.name = n.base",
            [("PERSON", b) for b in closure | in_roots],
        )
        surnames = {last or name for name, last in names if last or " " not in name}
        edges = set(_surname_edges(con, surnames))
        frontier = (in_roots | {b for e in edges for b in e}) - closure
    uf = UnionFind()
    for b in closure:
        uf.find(b)
    for a, b in edges:
        if a in closure and b in closure:
            uf.union(a, b)
    roots: dict[Key, str] = {}
    for group in uf.groups().values():
        root = min(str(b) for b in group)
        for b in group:
            roots[("PERSON", str(b))] = root
    for kind, base in bases:
        if kind != "PERSON":
            roots[(kind, base)] = base
    before = _select_keys(
        con,
        "SELECT DISTINCT n.kind, n.base, n.root FROM link_names n "
        "JOIN link_keys k ON k.kind = n.kind AND k.name = n.base",
        roots,
    )
    _register(
        con,
        "link_roots",
        {"kind": [k for k, _ in roots], "base": [b for _, b in roots], "root": list(roots.values())},
    )
    try:
        con.execute(
            "UPDATE link_names SET root = r.root FROM link_roots r "
            "WHERE link_names.kind = r.kind AND link_names.base = r.base"
        )
    finally:
        con.unregister("link_roots")
    return roots, before


_MEMBER = (
    "FROM link_entities e JOIN link_names n ON n.kind = e.kind AND n.name = e.key "
    "JOIN link_keys g ON g.kind = n.kind AND g.name = n.root"
)


def _recount(
    con: duckdb.DuckDBPyConnection,
    roots: dict[Key, str],
    before: list[tuple[str, str, str | None]],
    new_rows: dict[Key, list[tuple[EntityRow, str]]],
) -> set[tuple[str, str]]:
    """Rewrite the actors of the recomputed groups; returns the (article, entity) pairs whose actor
    id is new or may have changed.

    A group that only gained names and rows (no merge, no split) is updated from the new rows and
    its stored counts; one that merged or split is recounted from all its rows.
    """
    finals = {(k, r) for (k, _), r in roots.items()}
    old_of: dict[Key, set[str]] = defaultdict(set)
    new_of: dict[Key, set[str]] = defaultdict(set)
    for kind, base, old in before:
        if old is not None:
            old_of[(kind, roots[(kind, base)])].add(old)
            new_of[(kind, old)].add(roots[(kind, base)])
    olds = set(new_of)
    simple = {g for g in finals if old_of[g] <= {g[1]} and new_of.get(g, {g[1]}) == {g[1]}}
    rebuilt = finals - simple
    state = {
        (kind, root): (aid, n_articles, n_mentions, full, anchor)
        for kind, root, aid, n_articles, n_mentions, full, anchor in _select_keys(
            con,
            "SELECT a.kind, a.root, a.actor_id, a.n_articles, a.n_mentions, a.full_anchor, a.any_anchor "
            "FROM link_actors a JOIN link_keys k ON k.kind = a.kind AND k.name = a.root",
            finals | olds,
        )
    }
    counts: dict[Key, dict[tuple[str, str], int]] = defaultdict(dict)
    for kind, root, fld, value, n in _select_keys(
        con,
        "SELECT c.kind, c.root, c.field, c.value, c.n FROM link_counts c "
        "JOIN link_keys k ON k.kind = c.kind AND k.name = c.root",
        simple,
    ):
        counts[(kind, root)][(fld, value)] = n
    totals: dict[Key, list] = {}
    for g in simple:
        aid, n_articles, n_mentions, full, anchor = state.get(g, (None, 0, 0, None, None))
        rows = new_rows.get(g, [])
        for r, key in rows:
            for fld, value in (("name", r.name), ("code", r.actor_code), ("country", r.country)):
                if value:
                    counts[g][(fld, value)] = counts[g].get((fld, value), 0) + 1
            for alias in r.aliases:
                counts[g][("alias", alias)] = 1
            if " " in key:
                full = key if full is None else min(full, key)
            anchor = key if anchor is None else min(anchor, key)
        totals[g] = [
            n_articles + len({r.article_id for r, _ in rows}),
            n_mentions + sum(r.n_mentions for r, _ in rows),
            full,
            anchor,
        ]
    if rebuilt:
        for kind, root, fld, value, n in _select_keys(
            con,
            "SELECT n.kind, n.root, f.field, f.value, count(*) FROM ("
            "  SELECT e.kind, e.key, 'name' AS field, e.name AS value FROM link_entities e"
            "  UNION ALL SELECT e.kind, e.key, 'code', e.actor_code FROM link_entities e"
            "  UNION ALL SELECT e.kind, e.key, 'country', e.country FROM link_entities e"
            "  UNION ALL SELECT e.kind, e.key, 'alias', unnest(e.aliases) FROM link_entities e"
            ") f JOIN link_names n ON n.kind = f.kind AND n.name = f.key "
            "JOIN link_keys g ON g.kind = n.kind AND g.name = n.root "
            "WHERE f.value IS NOT NULL AND f.value <> '' GROUP BY ALL",
            rebuilt,
        ):
            counts[(kind, root)][(fld, value)] = 1 if fld == "alias" else n
        for kind, root, *rest in _select_keys(
            con,
            "SELECT n.kind, n.root, count(DISTINCT e.article_id), sum(e.n_mentions), "
            f"min(e.key) FILTER (WHERE contains(e.key, ' ')), min(e.key) {_MEMBER} GROUP BY ALL",
            rebuilt,
        ):
            totals[(kind, root)] = [rest[0], int(rest[1] or 0), rest[2], rest[3]]
    stale_ids = sorted({state[g][0] for g in (finals | olds) if g in state})
    actors, link_rows, count_rows, new_ids = [], [], [], {}
    for g, (n_articles, n_mentions, full, anchor) in totals.items():
        if anchor is None:
            continue
        kind, root = g
        names = {v: n for (f, v), n in counts[g].items() if f == "name"}
        name = max(names, key=lambda v: (names[v], len(v.split()), len(v), v))
        aliases = ({v for (f, v) in counts[g] if f in ("name", "alias")}) - {name}
        aid = actor_id(kind, full or anchor)
        new_ids[g] = aid
        actors.append(
            (
                aid,
                name,
                kind,
                most_common({v: n for (f, v), n in counts[g].items() if f == "country"}),
                most_common({v: n for (f, v), n in counts[g].items() if f == "code"}),
                n_articles,
                n_mentions,
                json.dumps(sorted(aliases)[:50], ensure_ascii=False),
            )
        )
        link_rows.append((kind, root, aid, n_articles, n_mentions, full, anchor))
        count_rows += [(kind, root, f, v, n) for (f, v), n in counts[g].items()]
    appended = {g for g in simple if g in new_ids and state.get(g, (None,))[0] == new_ids[g]}
    rewritten = [g for g in new_ids if g not in appended]
    kept = {new_ids[g] for g in appended}
    _delete_groups(con, finals | olds, stale_ids, [i for i in stale_ids if i not in kept])
    insert_rows(con, "actors", actors)
    insert_rows(con, "link_actors", link_rows)
    insert_rows(con, "link_counts", count_rows)
    changed: set[tuple[str, str]] = set()
    rows = [(r.article_id, r.entity_id, new_ids[g]) for g in appended for r, _ in new_rows.get(g, [])]
    insert_rows(con, "entity_actors", rows)
    changed |= {(a, e) for a, e, _ in rows}
    if rewritten:
        changed |= {
            (a, e) for a, e in _select_keys(con, f"SELECT e.article_id, e.entity_id {_MEMBER}", rewritten)
        }
        _register(con, "link_keys", {"kind": [k for k, _ in rewritten], "name": [r for _, r in rewritten]})
        try:
            con.execute(
                f"INSERT INTO entity_actors SELECT e.article_id, e.entity_id, a.actor_id {_MEMBER} "
                "JOIN link_actors a ON a.kind = n.kind AND a.root = n.root"
            )
        finally:
            con.unregister("link_keys")
    return changed


def _delete_groups(
    con: duckdb.DuckDBPyConnection, groups: set[Key], stale_ids: list[str], unlinked_ids: list[str]
) -> None:
    """Drop the stored state and actors of these groups, and the entity links of the actor ids
    whose groups are rewritten (``unlinked_ids``)."""
    _register(con, "link_keys", {"kind": [k for k, _ in groups], "name": [r for _, r in groups]})
    _register(con, "link_stale", {"id": stale_ids})
    _register(con, "link_unlinked", {"id": unlinked_ids})
    try:
        con.execute("DELETE FROM actors WHERE id IN (SELECT id FROM link_stale)")
        if unlinked_ids:
            con.execute("DELETE FROM entity_actors WHERE actor_id IN (SELECT id FROM link_unlinked)")
        con.execute(
            "DELETE FROM link_actors USING link_keys k "
            "WHERE link_actors.kind = k.kind AND link_actors.root = k.name"
        )
        con.execute(
            "DELETE FROM link_counts USING link_keys k "
            "WHERE link_counts.kind = k.kind AND link_counts.root = k.name"
        )
    finally:
        con.unregister("link_keys")
        con.unregister("link_stale")
        con.unregister("link_unlinked")
