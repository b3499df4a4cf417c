"""Where: the place mentions of the lead (towns and buildings before countries), the dateline, and
the places the headline names."""

from __future__ import annotations

import math
import re

from spacy.tokens import Doc

from ...knowledge import geonames
from ...ontology import load_json
from ..doc_index import doc_ents, doc_text
from .candidates import Candidate
from .context import Context
from .cues import cues
from .headline import HeadlineReading

_QUALIFIER = re.compile(r"(,\s+)(?:([A-Za-z-]+)\s+)?")
FINER = ("city", "facility", "admin")
_DATELINE = re.compile(load_json("summary_cues.json")["dateline_pattern"])


def where(ctx: Context, roles: dict[str, dict[str, float]] | None = None) -> list[Candidate]:
    """Place mentions of the lead, with what kind of place each is; the dateline place too.
    ``roles``: how the headline names each place (``headline_roles``). The places the events are coded
    with are no features: the answer rests on the lead, the headline and the dateline, which a change
    of the event layer does not move."""
    doc = ctx.doc
    roles = roles or {}
    found = []
    places = doc._.places
    mentions = place_mentions(doc)
    starts = {start: end for start, end, *_ in mentions}
    specific = specific_countries(doc)
    order = 0
    for start, end, feature, count, country, place in sorted(mentions, key=lambda m: m[0]):
        pid = place.get("id")
        text = doc_text(doc)[start:end]
        feats = ctx.base(start, end, text)
        del feats["main_event"]
        if feats["position"] == 0.0:
            continue
        whole = qualified(doc, end, starts)
        feats |= {
            f"feature_{feature}": 1.0,
            "country_of_a_town": float(feature == "country" and country in specific),
            "mentions": min(count, 5) / 5,
            "locative": float(locative(doc, start, end) > 0),
            "modifier": float(locative(doc, start, end) < 0),
            "qualified": float(whole > end),
            "headline_names": float(bool(ctx.headline) and ctx.on_headline(text) > 0),
            "first_place": float(order == 0),
            "located": float(place.get("lat") is not None),
            "kind_mention": 1.0,
        }
        feats |= roles.get(str(pid), {})
        order += 1
        compassed = with_compass(doc, start)
        feats["compass"] = float(compassed < start)
        start = compassed
        found.append(Candidate(doc_text(doc)[start:whole], start, whole, feats, place=place or None))
    dateline = doc._.dateline if isinstance(doc._.dateline, dict) else None
    if dateline and dateline.get("text"):
        text = dateline_place(str(dateline["text"]))
        feats = {"kind_dateline": 1.0, "headline": ctx.on_headline(text)}
        feats["headline_names"] = float(feats["headline"] > 0)
        place = next((p for p in places or [] if p.get("id") == dateline.get("place")), None)
        if place is not None:
            feats[f"feature_{place.get('feature') or 'place'}"] = 1.0
            feats["mentions"] = min(len(place.get("mentions") or []), 5) / 5
            feats["located"] = float(place.get("lat") is not None)
        found.append(Candidate(text, None, None, feats, place=place))
    elif ctx.scan:
        found += body_dateline(ctx, ctx.scan[0].start_char)
    return found


def place_mentions(doc: Doc) -> list[tuple[int, int, str, int, str | None, dict]]:
    """(start, end, kind of place, mentions of the place, its country, the place) of every place
    mention; the parser's place entities when there is no places layer."""
    places = doc._.places
    if places:
        return [
            (m["start"], m["end"], p.get("feature") or "place", len(p["mentions"]), p.get("country"), p)
            for p in places
            for m in p.get("mentions") or []
        ]
    return [
        (e.start_char, e.end_char, "place", 1, None, {})
        for e in doc_ents(doc)
        if e.label_ in ("GPE", "LOC", "FAC")
    ]


def with_compass(doc: Doc, start: int) -> int:
    """The start of a place mention with the part of it written before it ("central China", "south
    London", "northern Syria")."""
    before = doc_text(doc)[max(0, start - 16) : start]
    found = re.search(r"\b([A-Za-z-]+)\s+$", before)
    if found is None:
        return start
    word = found.group(1).lower()
    if word not in cues()["compass_words"] or word in cues()["locative"]:
        return start
    return start - (len(before) - found.start(1))


def qualified(doc: Doc, end: int, starts: dict[int, int]) -> int:
    """The end of "Springfield, Sangamon county" / "a town, south Wales" for a town with its qualifier."""
    found = _QUALIFIER.match(doc_text(doc), end)
    if found is None:
        return end
    if found.end(1) in starts:
        at = found.end(1)
    elif found.group(2) and found.group(2).lower() in cues()["compass_words"] and found.end() in starts:
        at = found.end()
    else:
        return end
    tail = starts[at]
    word = re.match(r"\s+([A-Za-z]+)\b", doc_text(doc)[tail : tail + 16])
    if word and word.group(1).lower() in cues()["qualifier_words"]:
        return tail + word.end()
    return tail


def body_dateline(ctx: Context, before: int) -> list[Candidate]:
    """A dateline left at the head of the story ("WASHINGTON, Nov 6 (Reuters) - ..."), as a body span."""
    doc = ctx.doc
    window = doc_text(doc)[: max(before, 0) + cues()["dateline_window"]]
    for found in _DATELINE.finditer(window):
        place = found.group("place")
        if place.lower() in cues()["furniture_prefixes"] or sum(c.isalpha() for c in place) < 3:
            continue
        start = found.start("place")
        feats = {"kind_dateline": 1.0, "headline": ctx.on_headline(place)}
        named = next(
            (p for p in doc._.places or [] for m in p.get("mentions") or [] if m["start"] == start),
            None,
        )
        return [Candidate(place, start, start + len(place), feats, place=named)]
    return []


def dateline_place(text: str) -> str:
    """The place a dateline names first, as a name ("GAO, Mali (Wire)" gives "Gao")."""
    place = re.split(r"[,(]", text, maxsplit=1)[0].strip(" -\u2013\u2014")
    return place.title() if place.isupper() else place


def locative(doc: Doc, start: int, end: int) -> float:
    """1 when the mention is the object of a locative preposition, -1 when it only modifies a noun or
    opens a hyphenated word ("US-based", "Leeds-born")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return 0.0
    if re.match(r"-[A-Za-z]", doc_text(doc)[end : end + 2]):
        return -1.0
    head = span.root
    if head.dep_ in ("compound", "amod", "nmod", "poss") or head.head.i in range(span.start, span.end):
        return -1.0
    if head.dep_ == "pobj" and head.head.lower_ in cues()["locative"]:
        return 1.0
    return 0.0


def town_before_country(ranked: list[Candidate]) -> list[Candidate]:
    """The ranked candidates with a town first when the best one is a country and the lead places the
    story in a town, landmark or province of that country ("a car bomb in Quetta", "the mine near X"):
    the one the lead names first (a lead places its story before it adds other places)."""
    if not ranked or (ranked[0].place or {}).get("feature") != "country":
        return ranked
    country = ranked[0].place.get("country") if ranked[0].place else None
    towns = [
        cand
        for cand in ranked[1:]
        if (cand.place or {}).get("feature") in FINER
        and country
        and (cand.place or {}).get("country") == country
        and cand.features.get("locative")
        and cand.features.get("position", 0.0) > 0.0
        and cand.start is not None
    ]
    if not towns:
        return ranked
    first = min(towns, key=lambda c: c.start or 0)
    return [first, *(c for c in ranked if c is not first)]


def scene_first(ranked: list[Candidate]) -> list[Candidate]:
    """The ranked candidates with the story's scene first: a town of the lead before its country
    (:func:`town_before_country`), then the dateline's place when the first sentence of the lead names
    it and not the best answer, or when it is a town of the country the best answer is. A place of
    the dateline or inside it stays first (the dateline and the lead agree)."""
    ranked = town_before_country(ranked)
    line = next((c for c in ranked if c.features.get("kind_dateline")), None)
    if line is None or not ranked or ranked[0] is line:
        return ranked
    top, near = ranked[0], cues()["where_near_km"]
    scene = line.place or {}
    if _same_place(top, line) or (top.place and scene and contains(scene, top.place, near)):
        return ranked
    opening = [c for c in ranked if c.features.get("first_sentence") and c.source == "body"]
    mention = next((c for c in opening if _same_place(c, line)), None)
    if mention is not None and not any(_same_place(c, top) for c in opening):
        return [mention, *(c for c in ranked if c is not mention)]
    country = (top.place or {}).get("country")
    if (
        (top.place or {}).get("feature") == "country"
        and scene.get("feature") in FINER
        and scene.get("country") == country
    ):
        return [line, *(c for c in ranked if c is not line)]
    return ranked


def _same_place(a: Candidate, b: Candidate) -> bool:
    """True when two candidates name one place (one place id, or one text when either has none)."""
    first, second = (a.place or {}).get("id"), (b.place or {}).get("id")
    if first and second:
        return first == second
    return a.text.lower().strip() == b.text.lower().strip()


def specific_countries(doc: Doc) -> set[str]:
    """Countries of the towns, landmarks and provinces the story's first paragraphs name."""
    limit = cues()["where_specific_chars"]
    return {
        str(p.get("country"))
        for p in doc._.places or []
        if p.get("feature") in FINER
        and p.get("country")
        and any(m["start"] < limit for m in p.get("mentions") or [])
    }


def headline_where(
    ctx: Context,
    headline: str,
    reading: HeadlineReading | None,
    roles: dict[str, dict[str, float]] | None = None,
) -> list[Candidate]:
    """Places of the article the headline names (as a body mention); a place the headline names but
    the body does not is answered from the headline."""
    doc = ctx.doc
    found = []
    low = headline.lower()
    covered = set()
    specific = specific_countries(doc)
    roles = roles or {}
    for place in doc._.places or []:
        mentions = place.get("mentions") or []
        names = {str(place.get("name", "")), *(str(a) for a in place.get("aliases") or [])}
        names |= {str(m.get("text", "")) for m in mentions}
        feature = place.get("feature") or "place"
        if feature == "place":
            continue
        named = [n for n in names if n and re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low)]
        if not named:
            continue
        covered |= {n.lower() for n in names}
        feats = {
            "kind_headline_place": 1.0,
            f"feature_{feature}": 1.0,
            "located": float(place.get("lat") is not None),
            "country_of_a_town": float(feature == "country" and place.get("country") in specific),
            "mentions": min(len(mentions), 5) / 5,
            "headline": 1.0,
            "headline_names": 1.0,
        }
        feats |= roles.get(str(place.get("id")), {})
        if mentions:
            m = mentions[0]
            text = doc_text(doc)[m["start"] : m["end"]]
            found.append(Candidate(text, m["start"], m["end"], feats, place=place))
        else:
            longest = max(named, key=len)
            at = low.find(longest.lower())
            end = at + len(longest)
            found.append(Candidate(headline[at:end], at, end, feats, "headline", place=place))
    if reading is not None:
        for ent in doc_ents(reading.doc):
            if ent.label_ not in ("GPE", "LOC", "FAC") or ent.text.lower() in covered:
                continue
            start, end = reading.offset + ent.start_char, reading.offset + ent.end_char
            role = locative(reading.doc, ent.start_char, ent.end_char)
            feats = {
                "kind_headline_unknown_place": 1.0,
                "headline": 1.0,
                "headline_locative": float(role > 0),
                "headline_modifier": float(role < 0),
            }
            country = _country_named(ent.text)
            found.append(Candidate(headline[start:end], start, end, feats, "headline", place=country))
    return found


def _country_named(name: str) -> dict | None:
    """A country the gazetteer reads a name as first (a headline's "Mali" the body never names), as a
    place without mentions; None for any other name."""
    from ..gazetteer import get_gazetteer

    readings = get_gazetteer().lookup(name)
    if not readings or readings[0].feature != "country" or not readings[0].country:
        return None
    return {"name": readings[0].name, "feature": "country", "country": readings[0].country}


def headline_roles(ctx: Context, reading: HeadlineReading | None) -> dict[str, dict[str, float]]:
    """Per place id, how the headline names the place: after a locative preposition ("... in Leeds":
    ``headline_locative``) or as a modifier of a noun ("Leeds Rhinos", "Leeds council":
    ``headline_modifier``)."""
    if reading is None or not isinstance(ctx.doc._.headline, str):
        return {}
    headline = ctx.doc._.headline
    low = headline.lower()
    roles: dict[str, dict[str, float]] = {}
    for place in ctx.doc._.places or []:
        names = {str(place.get("name", "")), *(str(a) for a in place.get("aliases") or [])}
        names |= {str(m.get("text", "")) for m in place.get("mentions") or []}
        for name in sorted((n for n in names if n), key=len, reverse=True):
            found = re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", low)
            if found is None:
                continue
            start, end = found.start() - reading.offset, found.end() - reading.offset
            if start < 0 or end > len(reading.doc.text):
                continue
            role = locative(reading.doc, start, end)
            roles[str(place.get("id"))] = {
                "headline_locative": float(role > 0),
                "headline_modifier": float(role < 0),
            }
            break
    return roles


def mark_containment(candidates: list[Candidate], near_km: float) -> None:
    """Give each candidate place how it nests with the other places the candidates name:
    ``inside_other`` when another candidate contains it (its country, its province, or a larger town
    within ``near_km``: "Quetta" beside "Pakistan", a district beside its city) and ``contains_other``
    when it contains another one. The more specific place is the likelier scene of the event."""
    places = {str(c.place.get("id")): c.place for c in candidates if c.place and c.place.get("id")}
    for cand in candidates:
        place = cand.place or {}
        pid = str(place.get("id") or "")
        if not pid:
            continue
        others = [p for key, p in places.items() if key != pid]
        cand.features["inside_other"] = float(any(contains(o, place, near_km) for o in others))
        cand.features["contains_other"] = float(any(contains(place, o, near_km) for o in others))


def contains(outer: dict, inner: dict, near_km: float) -> bool:
    """True when place ``outer`` contains place ``inner``: a country its towns and provinces, a
    province the towns of it, a town a smaller town or a facility within ``near_km`` of it."""
    kind, inner_kind = outer.get("feature"), inner.get("feature")
    if not outer.get("country") or outer.get("country") != inner.get("country") or inner_kind == "country":
        return False
    if kind == "country":
        return inner_kind in FINER
    if kind == "admin":
        if inner_kind not in ("city", "facility"):
            return False
        outer_entry, inner_entry = _entry(outer), _entry(inner)
        return bool(outer_entry and inner_entry and outer_entry.admin1 == inner_entry.admin1)
    if kind == "city" and inner_kind in ("city", "facility") and _distance_km(outer, inner) <= near_km:
        if inner_kind == "facility":
            return True
        outer_entry, inner_entry = _entry(outer), _entry(inner)
        return bool(outer_entry and inner_entry and outer_entry.population > inner_entry.population)
    return False


def _entry(place: dict) -> geonames.Entry | None:
    gid = place.get("geonameid")
    return geonames.places().by_id(int(gid)) if gid else None


def _distance_km(a: dict, b: dict) -> float:
    """Great-circle distance of two located places (infinite when either has no point)."""
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(h, 1.0)))
