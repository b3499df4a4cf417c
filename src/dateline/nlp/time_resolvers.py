"""Resolution functions: a rule's named groups plus the anchor date -> a TIMEX3 type, value and mod.

Each rule of ``ontology/time_rules.json`` names one function of ``RESOLVERS``. A function returns
``None`` to reject the match (the grammar then tries shorter readings), or a ``Resolution``. Relative
expressions need an anchor: without one their value is ``None`` (never a guess).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from .numbers import number_words, parse_number, words_to_number
from .time_grammar import Candidate, lexicon

SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SPACES = re.compile(r"[\s-]+")
_NUMERIC_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|\$[\d,.]+(?:\s+(?:million|billion|trillion))?|times|once|twice|"
    r"thrice|cents?|dollars?|percent|per\s+cent|pounds?|euros?|yen|points?)\s*$",
    re.I,
)


@dataclass
class Resolution:
    """What a match means: TIMEX3 type, value (None if unresolvable), mod, and whether it used the anchor."""

    type: str
    value: str | None
    mod: str | None = None
    relative: bool = False


@dataclass
class Context:
    """What resolvers may look at: the text, the anchor, the tense of the match, the reference times."""

    text: str
    anchor: date | None
    tense: Callable[[int, int], int]
    reference: dict[str, str] = field(default_factory=dict)
    numeric_at: Callable[[int, int], bool] = lambda start, end: False
    quarters: Counter[str] = field(default_factory=Counter)

    def note_quarter(self, value: str) -> None:
        """Record a mentioned quarter; the reference quarter is the one mentioned most so far."""
        self.quarters[value] += 1
        self.reference["quarter"] = max(self.quarters, key=lambda q: (self.quarters[q], q == value))


def norm(text: str | None) -> str:
    """Lower case with runs of spaces and hyphens made single spaces."""
    return _SPACES.sub(" ", (text or "").strip().lower())


# ---- numbers and units -------------------------------------------------------------------------


def unit_of(word: str | None) -> tuple[str, int] | None:
    """TIMEX3 unit code and multiplier of a unit word ("decades" -> ("Y", 10))."""
    lex = lexicon()
    key = lex["units"].get(norm(word))
    if key is None:
        return None
    code, factor = lex["unit_values"][key]
    return code, factor


_SUBUNIT = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("TH", 24),
    "TH": ("TM", 60),
    "TM": ("TS", 60),
}


def duration_value(amount: Fraction | None, code: str) -> str:
    """A TIMEX3 duration ("P3Y", "PT2H", "PXM" when the amount is vague, "P1Y6M" for 1.5 years)."""
    time = code.startswith("T")
    letter = code[1:] if time else code
    prefix = "PT" if time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole = int(amount)
    rest = amount - whole
    value = f"{prefix}{whole}{letter}" if whole else prefix
    if rest and code in _SUBUNIT:
        sub, factor = _SUBUNIT[code]
        sub_amount = rest * factor
        if sub.startswith("T") and not time:
            value += f"T{int(sub_amount)}{sub[1:]}"
        else:
            value += f"{int(sub_amount)}{sub[1:] if sub.startswith('T') else sub}"
    return value if value not in ("P", "PT") else f"{prefix}0{letter}"


# ---- calendar ---------------------------------------------------------------------------------


def iso_day(d: date) -> str:
    return d.isoformat()


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) moved by k months."""
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def month_number(word: str | None) -> int | None:
    return lexicon()["months"].get(norm(word).rstrip("."))


def weekday_number(word: str | None) -> int | None:
    return lexicon()["weekdays"].get(norm(word).rstrip("."))


def _mod(groups: dict[str, str | None]) -> str | None:
    lex = lexicon()
    for key in ("pos", "pos2"):
        word = norm(groups.get(key))
        if word:
            return lex["position_mods"].get(word) or lex["position_mods"].get(word + "-")
    amount = norm(groups.get("amt"))
    if amount:
        return lex["amount_mods"].get(amount, "APPROX")
    return None


def _rel_direction(rel: str | None) -> int | None:
    if not rel:
        return None
    value = lexicon()["direction_words"].get(norm(rel))
    return value


def pick_year_for(anchor: date, build: Callable[[int], date | None], direction: int) -> date | None:
    """The year of a date written without one.

    News style writes the year only when it is not the current one, so the anchor's year is taken when
    that reading lies within ``same_year_window_days`` of the anchor; further away, the reading in the
    adjacent year on the other side competes, and the tense decides (no tense: the nearer reading).
    """
    same = build(anchor.year)
    window = lexicon()["same_year_window_days"]
    if same is not None and abs((same - anchor).days) <= window:
        return same
    other = build(anchor.year + 1) if same is None or same < anchor else build(anchor.year - 1)
    options = [d for d in (same, other) if d is not None]
    if not options:
        return None
    if direction < 0:
        past = [d for d in options if d <= anchor]
        return max(past) if past else min(options)
    if direction > 0:
        future = [d for d in options if d >= anchor]
        return min(future) if future else max(options)
    return min(options, key=lambda d: abs((d - anchor).days))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ---- resolvers --------------------------------------------------------------------------------


def absolute_date(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    year = int(g["year"])
    if year < 100:
        pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
        year += 2000 if year <= pivot else 1900
    d = _safe_date(year, int(g["mnum"]), int(g["day"]))
    return Resolution("DATE", iso_day(d)) if d else None


def _day_of(g: dict[str, str | None]) -> int | None:
    if g.get("day"):
        return int(re.sub(r"\D", "", g["day"]))
    if g.get("dayord"):
        return lexicon()["ordinals"].get(norm(g["dayord"]))
    return None


def month_day(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    month, day = month_number(g.get("month")), _day_of(g)
    if month is None or day is None:
        return None
    mod = _mod(g)
    if g.get("year"):
        d = _safe_date(int(g["year"]), month, day)
        return Resolution("DATE", iso_day(d), mod) if d else None
    if _safe_date(2000, month, day) is None:
        return None
    if ctx.anchor is None:
        return Resolution("DATE", None, mod, relative=True)
    named_weekday = weekday_number(g.get("wd"))
    if named_weekday is not None:
        for year in (ctx.anchor.year, ctx.anchor.year + 1, ctx.anchor.year - 1):
            d = _safe_date(year, month, day)
            if d is not None and d.isoweekday() == named_weekday:
                return Resolution("DATE", iso_day(d), mod, relative=True)
    direction = _rel_direction(g.get("rel"))
    if direction is None or direction == 0:
        direction = ctx.tense(c.start, c.end)
    d = pick_year_for(ctx.anchor, lambda y: _safe_date(y, month, day), direction)
    return Resolution("DATE", iso_day(d) if d else None, mod, relative=True)


def _month_needs_context(c: Candidate, ctx: Context, g: dict[str, str | None]) -> bool:
    word = norm(g.get("month")).rstrip(".")
    if word not in lexicon()["ambiguous_months"] or g.get("rel") or g.get("pos"):
        return False
    before = ctx.text[max(0, c.start - 20) : c.start].split()
    return not before or before[-1].lower().strip("-") not in lexicon()["month_prepositions"]


def month(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    number = month_number(g.get("month"))
    if number is None:
        return None
    mod = _mod(g)
    if g.get("year"):
        year = _year_value(g["year"])
        return Resolution("DATE", f"{year}-{number:02d}", mod) if year else None
    if c.rule.name == "month" and _month_needs_context(c, ctx, g):
        return None
    if ctx.anchor is None:
        return Resolution("DATE", None, mod, relative=True)
    anchor = ctx.anchor
    if g.get("yrel"):
        shift = _rel_direction(g["yrel"]) or 0
        return Resolution("DATE", f"{anchor.year + shift}-{number:02d}", mod, relative=True)
    rel = norm(g.get("rel"))
    direction = _rel_direction(rel)
    if direction is not None and direction < 0:
        gap = lexicon()["last_month_gap"] if rel in lexicon()["month_gap_words"] else 0
        year = anchor.year if number < anchor.month - gap else anchor.year - 1
    elif direction is not None and direction > 0:
        year = anchor.year if number > anchor.month else anchor.year + 1
    elif direction == 0:
        year = anchor.year
    else:
        direction = ctx.tense(c.start, c.end)
        first = pick_year_for(anchor, lambda y: date(y, number, 15), direction)
        year = first.year if first else anchor.year
    return Resolution("DATE", f"{year}-{number:02d}", mod, relative=True)


def _weekday_date(anchor: date, weekday: int, rel: str, direction: int) -> date:
    delta = weekday - anchor.isoweekday()
    stated = _rel_direction(rel)
    if stated is not None and stated < 0:
        return anchor + timedelta(days=(delta - 7) if delta >= 0 else delta)
    if stated is not None and stated > 0:
        return anchor + timedelta(days=(delta + 7) if delta <= 0 else delta)
    back = anchor + timedelta(days=delta - 7 if delta > 0 else delta)
    ahead = anchor + timedelta(days=delta + 7 if delta < 0 else delta)
    if direction < 0:
        return back
    if direction > 0:
        return ahead
    return back if (anchor - back).days <= lexicon()["weekday_past_bias_days"] else ahead


def _day_for(c: Candidate, ctx: Context, g: dict[str, str | None]) -> date | None:
    """The day named by a weekday or today/yesterday/tomorrow group, resolved against the anchor."""
    if ctx.anchor is None:
        return None
    if g.get("deictic"):
        return ctx.anchor + timedelta(days=lexicon()["deictic_days"].get(norm(g["deictic"]), 0))
    if g.get("month") and _day_of(g):
        res = month_day(c, ctx)
        return date.fromisoformat(res.value) if res and res.value else None
    if g.get("wd"):
        weekday = weekday_number(g["wd"])
        if weekday is None:
            return None
        return _weekday_date(ctx.anchor, weekday, norm(g.get("rel")), ctx.tense(c.start, c.end))
    return ctx.anchor


def _part_code(word: str | None) -> str | None:
    return lexicon()["parts_of_day"].get(norm(word)) if word else None


def weekday(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    part = _part_code(g.get("part"))
    kind = "TIME" if part else "DATE"
    day = _day_for(c, ctx, g)
    if day is None:
        return Resolution(kind, None, _mod(g), relative=True)
    value = iso_day(day) + (f"T{part}" if part else "")
    return Resolution(kind, value, _mod(g), relative=True)


def clock(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    if g.get("cw"):
        hhmm = lexicon()["clock_words"][norm(g["cw"])]
    else:
        hour = int(g.get("h") or g.get("h24") or 0)
        minute = int(g.get("mi") or g.get("mi24") or 0)
        ampm = norm(g.get("ampm")).replace(".", "").replace(" ", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 24 or (not ampm and not g.get("h24")):
            return None
        hhmm = f"{hour:02d}:{minute:02d}"
    mod = _mod(g)
    day = _day_for(c, ctx, g)
    if day is None:
        return Resolution("TIME", None, mod, relative=True)
    return Resolution("TIME", f"{iso_day(day)}T{hhmm}", mod, relative=True)


def deictic(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    word = norm(g["deictic"])
    part = _part_code(g.get("part")) or _part_code(g.get("part0"))
    if word in ("tonight", "overnight") and not part:
        part = "NI"
    kind = "TIME" if part else "DATE"
    mod = _mod(g)
    if ctx.anchor is None:
        return Resolution(kind, None, mod, relative=True)
    day = ctx.anchor + timedelta(days=lexicon()["deictic_days"].get(word, 0))
    return Resolution(kind, iso_day(day) + (f"T{part}" if part else ""), mod, relative=True)


def part_of_day(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    part = _part_code(g.get("part"))
    rel = norm(g.get("rel"))
    if part is None:
        return None
    mod = lexicon()["position_mods"].get(rel.split()[0] if rel else norm(g.get("pos")))
    if ctx.anchor is None:
        return Resolution("TIME", None, mod, relative=True)
    day = ctx.anchor - timedelta(days=1) if rel and (_rel_direction(rel.split()[-1]) or 0) < 0 else ctx.anchor
    return Resolution("TIME", f"{iso_day(day)}T{part}", mod, relative=True)


def _shift(anchor: date, amount: int, code: str) -> str:
    if code == "Y":
        return str(anchor.year - amount)
    if code == "M":
        y, m = add_months(anchor.year, anchor.month, -amount)
        return f"{y}-{m:02d}"
    if code == "Q":
        y, m = add_months(anchor.year, anchor.month, -3 * amount)
        return f"{y}-Q{(m - 1) // 3 + 1}"
    days = {"W": 7, "D": 1, "WE": 7}.get(code)
    if days is not None:
        return iso_day(anchor - timedelta(days=days * amount))
    if code in ("TH", "TM", "TS"):
        return iso_day(anchor)
    return str(anchor.year - amount)


def _shift_reference(value: str, years: int) -> str | None:
    match = re.fullmatch(r"(\d{4})(-.*)?", value)
    if not match:
        return None
    return f"{int(match.group(1)) - years}{match.group(2) or ''}"


def ago(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    unit = unit_of(g.get("unit"))
    if unit is None:
        return None
    code, factor = unit
    amount = parse_number(g.get("n"))
    mod = _mod(g) or ("APPROX" if " or so " in norm(ctx.text[c.start : c.end]) + " " else None)
    word = norm(g.get("ago"))
    if amount is None or g.get("n2"):
        return Resolution("DATE", "PAST_REF" if word in ("ago", "back", "earlier") else "FUTURE_REF", mod)
    if ctx.anchor is None:
        return Resolution("DATE", None, mod, relative=True)
    steps = int(amount * factor) or 1
    if word in ("from now", "hence", "later"):
        steps = -steps
    if code == "Y" and steps == 1 and "quarter" in ctx.reference:
        shifted = _shift_reference(ctx.reference["quarter"], 1)
        if shifted:
            return Resolution("DATE", shifted, mod, relative=True)
    return Resolution("DATE", _shift(ctx.anchor, steps, code), mod, relative=True)


def _quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def relative_unit(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    unit = norm(g.get("unit"))
    rel = norm(g.get("rel"))
    mod = _mod(g) or ("END" if g.get("endword") else None)
    if c.rule.name == "the_year":
        if g.get("ended"):
            return Resolution("DURATION", "P1Y")
        if ctx.anchor is None:
            return Resolution("DATE", None, relative=True)
        return Resolution("DATE", ctx.reference.get("year", str(ctx.anchor.year)), relative=True)
    if unit == "period":
        if "quarter" in ctx.reference:
            return Resolution("DATE", ctx.reference["quarter"], relative=True)
        rel, unit = "the latest", "quarter"
    if rel in ("the", "that") and unit not in ("quarter", "weekend", "half") and not mod:
        return None
    if rel in ("the past", "the last", "past") and unit not in ("weekend",) and not mod:
        code = {"year": "Y", "month": "M", "week": "W", "quarter": "Q", "decade": "Y", "century": "Y"}.get(
            unit
        )
        if code is None:
            return None
        amount = {"decade": 10, "century": 100}.get(unit, 1)
        return Resolution("DURATION", duration_value(Fraction(amount), code), None, relative=False)
    if ctx.anchor is None:
        return Resolution("DATE", None, mod, relative=True)
    anchor = ctx.anchor
    direction = _rel_direction(rel)
    if direction is None:
        direction = 0
    if rel == "this past":
        direction = -1
    if unit == "year":
        return Resolution("DATE", str(anchor.year + direction), mod, relative=True)
    if unit == "month":
        y, m = add_months(anchor.year, anchor.month, direction)
        return Resolution("DATE", f"{y}-{m:02d}", mod, relative=True)
    if unit == "weekend":
        return Resolution("DATE", _weekend(anchor, rel, ctx.tense(c.start, c.end)), mod, relative=True)
    if unit == "week":
        return Resolution("DATE", iso_week(anchor + timedelta(days=7 * direction)), mod, relative=True)
    if unit == "quarter":
        if rel in ("the", "the latest", "that") and "quarter" in ctx.reference:
            return Resolution("DATE", ctx.reference["quarter"], mod, relative=True)
        if rel in ("the", "the latest", "that"):
            direction = -1
        y, q = _quarter_of(anchor)
        y, m = add_months(y, (q - 1) * 3 + 1, 3 * direction)
        return Resolution("DATE", f"{y}-Q{(m - 1) // 3 + 1}", mod, relative=True)
    if unit == "half":
        half = 1 if anchor.month <= 6 else 2
        index = anchor.year * 2 + half - 1 + (direction if rel not in ("the", "that") else -1)
        return Resolution("DATE", f"{index // 2}-H{index % 2 + 1}", mod, relative=True)
    if unit == "decade":
        return Resolution("DATE", str(anchor.year // 10 + direction), mod, relative=True)
    if unit == "century":
        return Resolution("DATE", f"{anchor.year // 100 + direction:02d}", mod, relative=True)
    return None


def _weekend(anchor: date, rel: str, direction: int) -> str:
    """The ISO week of the weekend meant: "last weekend" the one before, "next weekend" the one after,
    "this/the weekend" by tense (before the anchor when the verb is past, else the coming one)."""
    saturday = anchor + timedelta(days=6 - anchor.isoweekday())
    if anchor.isoweekday() >= 6:
        saturday = anchor - timedelta(days=anchor.isoweekday() - 6)
    stated = _rel_direction(rel) if rel not in ("the", "that", "this") else None
    if stated is not None and stated < 0:
        saturday -= timedelta(days=7) if saturday >= anchor or anchor.isoweekday() >= 6 else timedelta(0)
    elif stated is not None and stated > 0:
        saturday += timedelta(days=7) if anchor.isoweekday() >= 6 else timedelta(0)
    elif direction < 0 and saturday > anchor:
        saturday -= timedelta(days=7)
    return iso_week(saturday) + "-WE"


def quarter(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    if g.get("qnum"):
        number, unit = int(g["qnum"]), "Q"
    else:
        word = norm(g.get("ord"))
        number = 4 if word == "final" else lexicon()["ordinals"].get(word)
        unit = "H" if norm(g.get("qunit")) == "half" else "Q"
        if word == "final" and unit == "H":
            number = 2
    if number is None or number > (2 if unit == "H" else 4):
        return None
    year: int | None = None
    relative = False
    for key in ("year", "year2"):
        if g.get(key):
            year = int(g[key])
    if year is None:
        relative = True
        if ctx.anchor is not None:
            shift = {"last": -1, "next": 1}.get(norm(g.get("yrel")), 0)
            year = ctx.anchor.year + shift
            current = (ctx.anchor.month - 1) // 3 + 1
            if not g.get("yrel") and unit == "Q" and number > current and ctx.tense(c.start, c.end) < 0:
                year -= 1
    value = f"{year}-{unit}{number}" if year is not None else None
    if value and unit == "Q":
        ctx.note_quarter(value)
    return Resolution("DATE", value, None, relative=relative)


def year_ago_period(c: Candidate, ctx: Context) -> Resolution | None:
    if "quarter" in ctx.reference:
        return Resolution("DATE", _shift_reference(ctx.reference["quarter"], 1), None, relative=True)
    if ctx.anchor is None:
        return Resolution("DATE", None, None, relative=True)
    return Resolution("DATE", str(ctx.anchor.year - 1), None, relative=True)


def season(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    code = lexicon()["seasons"].get(norm(g.get("season")))
    rel = norm(g.get("rel"))
    if code is None:
        return None
    mod = _mod(g)
    if g.get("year"):
        year = _year_value(g["year"])
        return Resolution("DATE", f"{year}-{code}", mod) if year else None
    if not rel and not g.get("pos") and norm(g.get("season")) == "fall":
        return None
    if ctx.anchor is None:
        return Resolution("DATE", None, mod, relative=True)
    anchor = ctx.anchor
    start = SEASON_MONTHS[code]
    stated = _rel_direction(rel) if rel not in ("the", "that", "this") else None
    if stated is not None and stated < 0:
        year = anchor.year if anchor.month > start + 2 else anchor.year - 1
    elif stated is not None and stated > 0:
        year = anchor.year if anchor.month < start else anchor.year + 1
    else:
        year = anchor.year
    return Resolution("DATE", f"{year}-{code}", mod, relative=True)


def _year_value(text: str) -> int | None:
    raw = norm(text)
    if raw.isdigit():
        return int(raw)
    words = raw.split()
    if len(words) >= 2 and words[0] in ("nineteen", "eighteen", "twenty") and words[1] != "thousand":
        head = number_words()[words[0]]
        rest = [w for w in words[1:] if w != "oh"]
        if rest == ["hundred"]:
            return head * 100
        tail = words_to_number(" ".join(rest))
        return head * 100 + int(tail) if tail is not None and tail < 100 else None
    value = words_to_number(raw)
    return int(value) if value is not None and 1000 <= value <= 2100 else None


def year(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    value = _year_value(g.get("year") or g.get("yw") or "")
    if value is None:
        return None
    if c.rule.name == "year" and not g.get("pos") and not g.get("fiscal") and ctx.numeric_at(c.start, c.end):
        return None
    ctx.reference["year"] = str(value)
    mod = _mod(g)
    after = norm(g.get("after"))
    if after:
        mod = "ON_OR_BEFORE" if "earlier" in after else "ON_OR_AFTER"
    return Resolution("DATE", str(value), mod)


def decade(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    mod = _mod(g)
    if g.get("dec"):
        return Resolution("DATE", g["dec"][:3], mod)
    if g.get("decword") and not g.get("the"):
        return None
    digit = int(g["dec2"][0]) if g.get("dec2") else lexicon()["decade_words"][norm(g["decword"])]
    century = (ctx.anchor.year // 100) if ctx.anchor else 19
    if ctx.anchor is not None and digit > (ctx.anchor.year % 100) // 10:
        century -= 1
    return Resolution("DATE", f"{century}{digit}", mod, relative=ctx.anchor is not None)


def century(c: Candidate, ctx: Context) -> Resolution | None:
    number = lexicon()["ordinals"].get(norm(c.groups.get("ord")))
    if number is None:
        return None
    return Resolution("DATE", f"{number - 1:02d}", _mod(c.groups))


def _after_money_or_count(c: Candidate, ctx: Context) -> bool:
    return bool(_NUMERIC_BEFORE.search(ctx.text[max(0, c.start - 40) : c.start]))


def duration(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    unit = unit_of(g.get("unit"))
    if unit is None:
        return None
    code, factor = unit
    n_text = norm(g.get("n"))
    unit_word = norm(g.get("unit"))
    article = n_text in ("a", "an")
    if unit_word in ("second", "quarter") and (article or n_text == "one"):
        return None
    if unit_word in ("quarter", "quarters") and "-" in ctx.text[c.start : c.end]:
        return None
    if unit_word in ("night", "nights", "day", "days", "weekend", "weekends") and n_text in ("the",):
        return None
    if article and not g.get("det") and _after_money_or_count(c, ctx):
        return Resolution("SET", duration_value(Fraction(1), code) if factor == 1 else f"P{factor}{code}")
    amount = parse_number(g.get("n")) if not g.get("n2") else None
    if amount is not None:
        amount *= factor
        if g.get("half"):
            amount += Fraction(factor, 2)
    elif factor > 1 and code == "Y":
        code = {10: "DE", 100: "CE"}.get(factor, code)
    mod = _mod(g)
    orso = norm(g.get("orso"))
    if orso == "or so":
        mod = "APPROX"
    elif orso:
        mod = "EQUAL_OR_MORE"
    return Resolution("DURATION", duration_value(amount, code), mod)


def vague_duration(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    if g.get("noun"):
        noun = norm(g["noun"])
        phrase = norm(ctx.text[c.start : c.end])
        if noun in ("time", "period") and len(phrase.split()) < 3 and not phrase.startswith("some"):
            return None
        return Resolution("DURATION", "PXX")
    unit = unit_of(g.get("unit") or g.get("unit2") or g.get("unit3"))
    if unit is None:
        return None
    if norm(g.get("det")) in ("coming", "future"):
        return Resolution("DATE", "FUTURE_REF")
    code, factor = unit
    if factor > 1:
        code = {10: "DE", 100: "CE"}.get(factor, code)
    return Resolution("DURATION", duration_value(None, code))


def set_each(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.groups
    q = norm(g.get("q"))
    if q == "a" and not _after_money_or_count(c, ctx):
        return None
    if g.get("wdp") or g.get("part2"):
        weekday = weekday_number(g["wdp"][:-1] if g.get("wdp") else g["wd"])
        part = _part_code(g.get("part") or g.get("part2"))
        return Resolution("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    word = norm(g.get("unit"))
    if weekday_number(word):
        return Resolution("SET", f"XXXX-WXX-{weekday_number(word)}")
    if (
        month_number(word)
        and word not in ("may", "march")
        or word in ("may", "march")
        and q in ("each", "every")
    ):
        return Resolution("SET", f"XXXX-{month_number(word):02d}")
    if word in lexicon()["seasons"]:
        return Resolution("SET", f"XXXX-{lexicon()['seasons'][word]}")
    part = _part_code(word)
    if part:
        return Resolution("SET", f"XXXX-XX-XXT{part}")
    unit = unit_of(word)
    if unit is None:
        return None
    code, factor = unit
    amount = parse_number(g.get("n")) or Fraction(1)
    if q == "every other":
        amount *= 2
    return Resolution("SET", duration_value(amount * factor, code))


_NEXT_WORD = re.compile(r"\s*([a-z]+)")


def set_adverb(c: Candidate, ctx: Context) -> Resolution | None:
    following = _NEXT_WORD.match(ctx.text, c.end)
    if following and following.group(1) not in lexicon()["set_adverb_followers"]:
        return None
    return Resolution("SET", lexicon()["set_adverbs"][norm(c.groups["adv"])])


def reference(c: Candidate, ctx: Context) -> Resolution | None:
    value = lexicon()["reference_words"].get(norm(c.groups["ref"]))
    return Resolution("DATE", value) if value else None


RESOLVERS: dict[str, Callable[[Candidate, Context], Resolution | None]] = {
    f.__name__: f
    for f in (
        absolute_date,
        month_day,
        month,
        weekday,
        clock,
        deictic,
        part_of_day,
        ago,
        relative_unit,
        quarter,
        year_ago_period,
        season,
        year,
        decade,
        century,
        duration,
        vague_duration,
        set_each,
        set_adverb,
        reference,
    )
}
