"""Township and village assessment indicators (domain.md §4; seeds 001 and 002).

THE one place the indicators of the township ranking are computed.  Plain Python: the
Processing algorithm liangwei:township_stats (and the reports) read the database or the
layers, place every case and every house in ONE zone of the level assessed, and hand
plain rows to `township_stats()`.

Inputs
------
zones:  mappings with zone_code, zone_name, level, parent_code, annual_quota_m2.
        Only zones of the level assessed are reported: township level = township,
        street and park; village level = village and community.
cases:  (zone_code, values) pairs, one per violation case, `values` a sequence in the
        order of CASE_FIELDS, `zone_code` the zone of the assessed level holding the
        largest share of the case (a case straddling two zones is counted once; None:
        outside every zone, ignored).  Dates are datetime.date or ISO text.  `area_m2`
        is the case's footprint in m²; it is only read for the new violations discovered
        in the period (see `is_new_in_period`), so a caller may leave it None for the
        others.  With `areas` (a mapping) given, `area_m2` is instead the key of the
        case's area in it (the algorithm passes the feature id: the rows then come
        straight from the database, without a copy).
house_counts: {(zone_code, screening, appraisal_grade, rectification_status): count}
        (`count_houses()` builds it from one such tuple per house).
settings: {key: value} of core.settings (missing keys take their defaults).
period: Period(start, end, campaign_start), dates; both ends are inclusive.

Definitions (every indicator of one zone)
-----------------------------------------
new_count, new_area_m2
    New violations (stock_class 'new'; a case without stock_class is classified by the
    cut-off date setting, core.settings.stock_class) discovered from PERIOD_START to
    PERIOD_END, both days included; their number and footprint area.
found_within_24h_share
    Share of those new violations found within the discovery target (setting
    discovery_target_hours, 24 h): the database keeps dates, not times, so a case is
    found in time when discovered_on − construction_started_on ≤ target / 24 days
    (24 h: discovered the day construction started or the next day).  Cases without a
    construction start are not judged (neither in the numerator nor the denominator).
    NULL when no case is judged.
demolished_area_m2
    Sum of demolished_area_m2 of the cases with demolished_on in the period.
annual_quota_m2
    The zone's annual demolition quota; without one, a township-level zone gets the
    minimum township quota (setting township_min_quota_m2, 2,000 m²), a village none
    (NULL).
quota_done_share
    Area demolished from 1 January of PERIOD_END's year to PERIOD_END, ÷ the quota.
first_three_months_share
    Area demolished in the first three months of the campaign — from CAMPAIGN_START to
    the day before CAMPAIGN_START + 3 months (1 Jan → 31 Mar), but not after
    PERIOD_END — ÷ the annual quota (seed 002: ≥ 70 % of the year's task in the first
    three months, setting first_quarter_share_target).  NULL without a quota.
stock_cleared_m2
    Demolished area of the stock cases (历史存量) with demolished_on in the period.
open_cases
    Cases discovered on or before PERIOD_END (or without a discovery date) whose status
    is not closed (workflow.CLOSED_STATES).  The status is the case's CURRENT status:
    the indicator describes today's open cases, also for a period that ended earlier.
overdue_cases
    Open cases whose deadline lies before PERIOD_END.
no_violation_eligible
    1 when the zone has no open case (it may be declared 无违建), else 0.
houses_total, houses_screened (screening entered), houses_serious, houses_some,
grade_a … grade_d (appraisal_grade), houses_rectified (rectification done or closed),
houses_closed (closed, 已销号)
    Houses located in the zone, in their current state.
report_reward_yuan
    Public reports (discovery_source 'report') discovered in the period and verified
    (status neither 'clue' nor 'not_filed': seed 001 rewards a report 经查实后): the
    case's reward_yuan when entered, else the minimum reward (report_reward_min_yuan).
demolition_reward_yuan
    Seed 001 rewards the demolition of stock violations at 40 yuan per m²:
    stock_cleared_m2 × the database setting demolition_reward_yuan_per_m2 when one
    exists, else × DEMOLITION_REWARD_YUAN_PER_M2 (40).
late_discovery_penalty_yuan
    Seed 001: a new violation not found within the target costs the village 4,000
    yuan (late_discovery_penalty_yuan), doubled (late_discovery_next_month_factor) when
    it was found in a later calendar month than the one construction started in.
    Counted for the judged new violations discovered in the period.
rank
    1 = best.  Zones are ordered by quota_done_share (higher first), then new_count
    (fewer first), then found_within_24h_share (higher first); NULL shares come after
    every number.  Zones equal on all three share a rank, and the next rank skips
    (1, 2, 2, 4).
"""

import calendar
import datetime
from collections import Counter
from typing import NamedTuple

from . import settings as settings_rules
from . import workflow
from .codes import TOWNSHIP_LEVELS, VILLAGE_LEVELS
from .dates import as_date

# Seed 001: stock demolished with the county's help is rewarded at 40 yuan per m².
DEMOLITION_REWARD_YUAN_PER_M2 = 40.0
# The setting that overrides it, when a database has one.
DEMOLITION_REWARD_SETTING = "demolition_reward_yuan_per_m2"

LEVELS = ("township", "village")
LEVEL_ZONES = {"township": TOWNSHIP_LEVELS, "village": VILLAGE_LEVELS}

CASE_FIELDS = ("stock_class", "discovered_on", "construction_started_on",
               "discovery_source", "area_m2", "demolished_area_m2", "demolished_on",
               "status", "deadline", "reward_yuan")
# Fields a violations layer must have (area_m2 comes from the geometry).
VIOLATION_INPUT_FIELDS = CASE_FIELDS[:4] + CASE_FIELDS[5:]
HOUSE_INPUT_FIELDS = ("screening", "appraisal_grade", "rectification_status")

# (name, type) of every output field, in output order; type: text, int, real.
OUTPUT_FIELDS = (
    ("zone_code", "text"), ("zone_name", "text"),
    ("new_count", "int"), ("new_area_m2", "real"), ("found_within_24h_share", "real"),
    ("demolished_area_m2", "real"), ("annual_quota_m2", "real"),
    ("quota_done_share", "real"), ("first_three_months_share", "real"),
    ("stock_cleared_m2", "real"), ("open_cases", "int"), ("overdue_cases", "int"),
    ("no_violation_eligible", "int"),
    ("houses_total", "int"), ("houses_screened", "int"), ("houses_serious", "int"),
    ("houses_some", "int"), ("grade_a", "int"), ("grade_b", "int"), ("grade_c", "int"),
    ("grade_d", "int"), ("houses_rectified", "int"), ("houses_closed", "int"),
    ("report_reward_yuan", "real"), ("demolition_reward_yuan", "real"),
    ("late_discovery_penalty_yuan", "real"), ("rank", "int"),
)
OUTPUT_NAMES = tuple(name for name, _ in OUTPUT_FIELDS)

_UNVERIFIED = ("clue", "not_filed")
_RECTIFIED = ("done", "closed")


class Period(NamedTuple):
    start: datetime.date
    end: datetime.date
    campaign_start: datetime.date


def add_months(day, months):
    """The same day `months` calendar months later (the month's last day when shorter)."""
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_period(today, settings=None):
    """Period of a run without dates: the current month up to today, and the campaign
    start of the settings."""
    campaign = _setting(settings or {}, "campaign_start")
    return Period(today.replace(day=1), today, as_date(campaign) or today.replace(month=1, day=1))


def check_period(period):
    """Problems with a period, as English sentences (empty when fine)."""
    if period.start > period.end:
        return ["the period starts (%s) after it ends (%s)" % (period.start, period.end)]
    return []


def first_three_months(period):
    """(first day, last day) of the first three months of the campaign, ISO text."""
    last = add_months(period.campaign_start, 3) - datetime.timedelta(days=1)
    return period.campaign_start.isoformat(), min(last, period.end).isoformat()


def _setting(settings, key):
    value = settings.get(key)
    if value is None and key in settings_rules.BY_KEY:
        value = settings_rules.BY_KEY[key].default
    return value


def _iso(value):
    """ISO date text (YYYY-MM-DD) of a date, a datetime or a text; None for nothing."""
    if value is None or value == "":
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.strftime("%Y-%m-%d")
    return str(value)[:10]


def new_class(stock_class, construction_started_on, discovered_on, cutoff):
    """'new' or 'stock': the stored class, else derived from the cut-off date."""
    if stock_class:
        return stock_class
    return settings_rules.stock_class(_iso(construction_started_on), _iso(discovered_on), cutoff)


def is_new_in_period(stock_class, construction_started_on, discovered_on, period, cutoff):
    """True for a new violation discovered in the period (the cases whose area counts)."""
    found = _iso(discovered_on)
    return (found is not None and period.start.isoformat() <= found <= period.end.isoformat()
            and new_class(stock_class, construction_started_on, found, cutoff) == "new")


def found_in_time(construction_started_on, discovered_on, target_hours):
    """True / False: discovered within the target; None when a date is missing."""
    started, found = as_date(construction_started_on), as_date(discovered_on)
    if started is None or found is None:
        return None
    return (found - started).days * 24.0 <= float(target_hours)


def count_houses(rows):
    """{(zone_code, screening, appraisal_grade, rectification_status): count} of rows."""
    return Counter(rows)


def _zero_row(zone, quota):
    row = {name: 0 for name in OUTPUT_NAMES}
    row.update(zone_code=zone["zone_code"], zone_name=zone.get("zone_name") or "",
               new_area_m2=0.0, demolished_area_m2=0.0, stock_cleared_m2=0.0,
               found_within_24h_share=None, annual_quota_m2=quota, quota_done_share=None,
               first_three_months_share=None, report_reward_yuan=0.0,
               demolition_reward_yuan=0.0, late_discovery_penalty_yuan=0.0, rank=None)
    return row


def zones_of_level(zones, level):
    """The zones assessed at `level` ('township' or 'village'), in code order."""
    if level not in LEVEL_ZONES:
        raise ValueError("unknown level %r (township or village)" % (level,))
    kinds = LEVEL_ZONES[level]
    return sorted((z for z in zones if z.get("level") in kinds), key=lambda z: z["zone_code"])


def township_stats(zones, cases, house_counts, settings, period, level="township",
                   areas=None, open_counts=None):
    """One dict per zone of `level` (keys OUTPUT_NAMES), in zone code order.

    See the module docstring for the definition of every indicator.  Cases and houses
    whose zone_code is not a zone of the level are ignored.  open_counts, when given,
    is {zone_code: (open, overdue)} of further cases counted by the caller that add to
    nothing else (open at the period end, not discovered in the period, not demolished
    in any window of the period), added to open_cases and overdue_cases."""
    problems = check_period(period)
    if problems:
        raise ValueError(problems[0])
    settings = settings or {}
    cutoff = _iso(_setting(settings, "cutoff_date"))
    target_hours = float(_setting(settings, "discovery_target_hours"))
    target_days = target_hours / 24.0
    penalty = float(_setting(settings, "late_discovery_penalty_yuan"))
    factor = float(_setting(settings, "late_discovery_next_month_factor"))
    reward_min = float(_setting(settings, "report_reward_min_yuan"))
    township_min = _setting(settings, "township_min_quota_m2")
    rate = settings.get(DEMOLITION_REWARD_SETTING)
    rate = DEMOLITION_REWARD_YUAN_PER_M2 if rate is None else float(rate)

    p_start, p_end = period.start.isoformat(), period.end.isoformat()
    year_start = period.end.replace(month=1, day=1).isoformat()
    q_start, q_end = first_three_months(period)
    closed = set(workflow.CLOSED_STATES)

    rows = {}
    for zone in zones_of_level(zones, level):
        quota = zone.get("annual_quota_m2")
        if quota is None and level == "township" and township_min is not None:
            quota = township_min
        rows[zone["zone_code"]] = _zero_row(zone, None if quota is None else float(quota))

    # Per zone: [judged, in time, year demolished m², first-months demolished m²]
    extra = {code: [0, 0, 0.0, 0.0] for code in rows}
    for code, (stock, found, started, source, area, demolished, demolished_on, status,
               deadline, reward) in cases:
        row = rows.get(code)
        if row is None:
            continue
        acc = extra[code]
        if found.__class__ is not str or len(found) != 10:
            found = _iso(found)
        if started.__class__ is not str or len(started) != 10:
            started = _iso(started)
        kind = stock or settings_rules.stock_class(started, found, cutoff)
        in_period = found is not None and p_start <= found <= p_end
        if in_period and kind == "new":
            row["new_count"] += 1
            if areas is not None:
                area = areas.get(area)
            row["new_area_m2"] += float(area or 0.0)
            if started is not None:
                late_days = (datetime.date.fromisoformat(found)
                             - datetime.date.fromisoformat(started)).days
                acc[0] += 1
                if late_days <= target_days:
                    acc[1] += 1
                else:
                    row["late_discovery_penalty_yuan"] += (
                        penalty * factor if found[:7] > started[:7] else penalty)
        if in_period and source == "report" and status not in _UNVERIFIED:
            row["report_reward_yuan"] += float(reward) if reward is not None else reward_min
        if demolished_on.__class__ is not str or len(demolished_on) != 10:
            demolished_on = _iso(demolished_on)
        if demolished_on is not None and demolished:
            m2 = float(demolished)
            if p_start <= demolished_on <= p_end:
                row["demolished_area_m2"] += m2
                if kind == "stock":
                    row["stock_cleared_m2"] += m2
            if year_start <= demolished_on <= p_end:
                acc[2] += m2
            if q_start <= demolished_on <= q_end:
                acc[3] += m2
        if status not in closed and (found is None or found <= p_end):
            row["open_cases"] += 1
            if deadline.__class__ is not str or len(deadline) != 10:
                deadline = _iso(deadline)
            if deadline is not None and deadline < p_end:
                row["overdue_cases"] += 1

    for code, (n_open, n_overdue) in (open_counts or {}).items():
        row = rows.get(code)
        if row is not None:
            row["open_cases"] += n_open
            row["overdue_cases"] += n_overdue

    for (code, screening, grade, rectification), n in house_counts.items():
        row = rows.get(code)
        if row is None:
            continue
        row["houses_total"] += n
        if screening is not None and screening != "":
            row["houses_screened"] += n
            if screening == "serious":
                row["houses_serious"] += n
            elif screening == "some":
                row["houses_some"] += n
        if grade in ("A", "B", "C", "D"):
            row["grade_" + grade.lower()] += n
        if rectification in _RECTIFIED:
            row["houses_rectified"] += n
            if rectification == "closed":
                row["houses_closed"] += n

    for code, row in rows.items():
        judged, in_time, year_m2, first_m2 = extra[code]
        row["found_within_24h_share"] = in_time / judged if judged else None
        quota = row["annual_quota_m2"]
        if quota:
            row["quota_done_share"] = year_m2 / quota
            row["first_three_months_share"] = first_m2 / quota
        row["no_violation_eligible"] = int(row["open_cases"] == 0)
        row["demolition_reward_yuan"] = row["stock_cleared_m2"] * rate
    ordered = list(rows.values())
    rank(ordered)
    return ordered


def _rank_key(row):
    """Smaller is better; NULL shares after every number (shares rounded to 1e-9 so
    that equal quotients compare equal)."""
    done = row["quota_done_share"]
    found = row["found_within_24h_share"]
    return (done is None, -round(done, 9) if done is not None else 0.0,
            row["new_count"],
            found is None, -round(found, 9) if found is not None else 0.0)


def rank(rows):
    """Set row['rank'] (1 = best, ties share a rank, the next rank skips)."""
    keyed = sorted(((_rank_key(r), i) for i, r in enumerate(rows)))
    previous = None
    current = 0
    for position, (key, i) in enumerate(keyed, 1):
        if key != previous:
            current = position
            previous = key
        rows[i]["rank"] = current
    return rows
