"""Event de-duplication inside a story cluster, with GDELT-like NumMentions / NumSources / NumArticles.

Two events are the same event when they are in the same story cluster and have the same source
and target actors (the canonical actor when the entity is linked, else the actor code or text), the
same PLOVER type and CAMEO base code, and the same date when the event has its own time expression
(outlets in one cluster publish on different days: their publication dates are not compared).
Mentions and articles count only originals (a syndicated copy is not counted twice); sources count
every outlet that carried the story.

New events, and old ones whose cluster or actors changed, are regrouped in place: only the groups
an affected event leaves or joins are rewritten, each from all of its members (the first member in
link order is the group's representative).
"""

from __future__ import annotations

import hashlib

import duckdb
import pyarrow as pa

from ..store.bulk import insert_rows
from .link_common import outlet


def _actor_key(entity: str | None, actor: str | None, code: str | None, text: str | None) -> str:
    if entity and actor:
        return actor
    return code or (text or "").strip().lower()


def group_id(row: tuple) -> str:
    """The group of an event row ``(article, event, source entity, source code, source text, target
    entity, target code, target text, plover, cameo, date, when, cluster, source actor, target actor)``."""
    (
        article,
        _,
        s_ent,
        s_code,
        s_text,
        t_ent,
        t_code,
        t_text,
        plover,
        cameo,
        day,
        when,
        cluster,
        s_act,
        t_act,
    ) = row
    key = "|".join(
        str(x)
        for x in (
            cluster or article,
            _actor_key(s_ent, s_act, s_code, s_text),
            _actor_key(t_ent, t_act, t_code, t_text),
            plover,
            (cameo or "")[:3],
            day if when else "",
        )
    )
    return "G" + hashlib.sha256(key.encode()).hexdigest()[:15]


def _register_pairs(con: duckdb.DuckDBPyConnection, name: str, pairs) -> None:
    pairs = sorted(pairs)
    con.register(
        name,
        pa.table(
            {
                "article_id": pa.array([a for a, _ in pairs], pa.string()),
                "entity_id": pa.array([e for _, e in pairs], pa.string()),
            }
        ),
    )


def link_events(con: duckdb.DuckDBPyConnection, articles: set[str], entities: set[tuple[str, str]]) -> None:
    """Regroup the events of ``articles`` and the events naming one of ``entities`` (article, entity)."""
    if not articles and not entities:
        return
    _register_pairs(con, "link_arts", [(a, "") for a in articles])
    _register_pairs(con, "link_ents", entities)
    by_entity = (
        " UNION SELECT v.article_id, v.id FROM events v JOIN link_ents e"
        " ON e.article_id = v.article_id AND e.entity_id = v.source_entity"
        " UNION SELECT v.article_id, v.id FROM events v JOIN link_ents e"
        " ON e.article_id = v.article_id AND e.entity_id = v.target_entity"
    )
    try:
        hits = con.execute(
            "SELECT v.article_id, v.id FROM events v JOIN link_arts a ON a.article_id = v.article_id"
            f"{by_entity if entities else ''}"
        ).fetchall()
    finally:
        con.unregister("link_arts")
        con.unregister("link_ents")
    rows = _event_rows(con, hits)
    if not rows:
        return
    moved = {(r[0], r[1]): group_id(r) for r in rows}
    _register_pairs(con, "link_moved", moved)
    try:
        old = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT m.group_id FROM event_members m JOIN link_moved x "
                "ON x.article_id = m.article_id AND x.entity_id = m.event_id"
            ).fetchall()
        }
        groups = sorted(old | set(moved.values()))
        con.register("link_groups", pa.table({"id": pa.array(groups, pa.string())}))
        try:
            stay = con.execute(
                "SELECT m.article_id, m.event_id, m.group_id FROM event_members m "
                "JOIN link_groups g ON g.id = m.group_id ANTI JOIN link_moved x "
                "ON x.article_id = m.article_id AND x.entity_id = m.event_id"
            ).fetchall()
            con.execute("DELETE FROM event_groups WHERE id IN (SELECT id FROM link_groups)")
            con.execute("DELETE FROM event_members WHERE group_id IN (SELECT id FROM link_groups)")
        finally:
            con.unregister("link_groups")
        con.execute(
            "DELETE FROM event_members USING link_moved x "
            "WHERE event_members.article_id = x.article_id AND event_members.event_id = x.entity_id"
        )
    finally:
        con.unregister("link_moved")
    members = {(a, e): g for a, e, g in stay} | moved
    _write_groups(con, members)


def _event_rows(con: duckdb.DuckDBPyConnection, hits: list[tuple[str, str]]) -> list[tuple]:
    """The grouping fields of these events (article, event id), their cluster and actors; each
    lookup joins the small set of hits, so it costs in proportion to them."""
    if not hits:
        return []
    _register_pairs(con, "link_hits", hits)
    try:
        events = con.execute(
            "SELECT v.article_id, v.id, v.source_entity, v.source_code, v.source_text, v.target_entity, "
            "v.target_code, v.target_text, v.plover_type, v.cameo_code, v.event_date, v.when_id "
            "FROM events v JOIN link_hits h ON h.article_id = v.article_id AND h.entity_id = v.id"
        ).fetchall()
        clusters = dict(
            con.execute(
                "SELECT c.article_id, c.cluster_id FROM clusters c "
                "JOIN (SELECT DISTINCT article_id FROM link_hits) h ON h.article_id = c.article_id"
            ).fetchall()
        )
    finally:
        con.unregister("link_hits")
    pairs = {(r[0], r[2]) for r in events if r[2]} | {(r[0], r[5]) for r in events if r[5]}
    actors: dict[tuple[str, str], str] = {}
    if pairs:
        _register_pairs(con, "link_pairs", pairs)
        try:
            actors = {
                (a, e): x
                for a, e, x in con.execute(
                    "SELECT ea.article_id, ea.entity_id, ea.actor_id FROM entity_actors ea "
                    "JOIN link_pairs p ON p.article_id = ea.article_id AND p.entity_id = ea.entity_id"
                ).fetchall()
            }
        finally:
            con.unregister("link_pairs")
    return [(*r, clusters.get(r[0]), actors.get((r[0], r[2])), actors.get((r[0], r[5]))) for r in events]


def _write_groups(con: duckdb.DuckDBPyConnection, members: dict[tuple[str, str], str]) -> None:
    _register_pairs(con, "link_members", members)
    try:
        events = con.execute(
            "SELECT m.article_id, m.entity_id, v.ord, v.source_code, v.target_code, v.cameo_code, "
            "v.plover_type, v.event_date FROM events v "
            "JOIN link_members m ON v.article_id = m.article_id AND v.id = m.entity_id"
        ).fetchall()
        arts = "(SELECT DISTINCT article_id FROM link_members) m"
        info = {
            r[0]: r[1:]
            for r in con.execute(
                f"SELECT a.id, o.seq, a.site_name, a.url, a.path FROM articles a JOIN {arts} "
                "ON m.article_id = a.id JOIN link_order o ON o.article_id = a.id"
            ).fetchall()
        }
        copies = {
            r[0]
            for r in con.execute(
                f"SELECT d.article_id FROM duplicates d JOIN {arts} USING (article_id)"
            ).fetchall()
        }
        clusters = dict(
            con.execute(
                f"SELECT c.article_id, c.cluster_id FROM clusters c JOIN {arts} USING (article_id)"
            ).fetchall()
        )
    finally:
        con.unregister("link_members")
    details = [
        (
            a,
            e,
            info[a][0],
            ord_,
            s_code,
            t_code,
            cameo,
            plover,
            day,
            a in copies,
            *info[a][1:],
            clusters.get(a),
        )
        for a, e, ord_, s_code, t_code, cameo, plover, day in events
    ]
    by_group: dict[str, list[tuple]] = {}
    for row in details:
        by_group.setdefault(members[(row[0], row[1])], []).append(row)
    group_rows, member_rows = [], []
    for gid, rows in by_group.items():
        rows.sort(key=lambda r: (r[2], r[3]))
        first = rows[0]
        originals = [r for r in rows if not r[9]]
        group_rows.append(
            (
                gid,
                first[13] or first[0],
                first[0],
                first[1],
                first[4],
                first[5],
                first[6],
                first[7],
                first[8],
                max(1, len(originals)),
                max(1, len({outlet(r[10], r[11], r[12]) for r in rows})),
                max(1, len({r[0] for r in originals})),
            )
        )
        member_rows += [(r[0], r[1], gid) for r in rows]
    insert_rows(con, "event_groups", group_rows)
    insert_rows(con, "event_members", member_rows)
