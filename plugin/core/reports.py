"""Rules of the periodic reports (domain.md §4; seed 001: 零报告、周小结、月通报).

Plain Python, no Qt or QGIS: the report periods a user picks from, the rows of the
daily zero report (零报告) and of the weekly summary (周小结).  The figures of the
weekly summary are the rows of liangwei:township_stats (core/assessment.py) as they
are given: this module only puts them side by side with the previous week's.

Zones are mappings with zone_code, zone_name, level (and parent_code); codes nest
(a village code begins with its township code, a grid code with its village code),
so a scope of township or village codes is a set of code prefixes.
"""

import datetime
from typing import NamedTuple, Optional, Tuple

from .assessment import Period, add_months
from .codes import VILLAGE_LEVELS
from .dates import as_date

# Times in the database are UTC (…Z); people read China Standard Time (no DST).
LOCAL_UTC_OFFSET = datetime.timedelta(hours=8)
# Zero reports are due by 17:00 local time (seed 001: 当日下午5时).
ZERO_REPORT_DEADLINE = datetime.time(17, 0)
PATROL_LEVELS = VILLAGE_LEVELS + ("grid",)


# --- periods ---------------------------------------------------------------------------------

class Preset(NamedTuple):
    key: str
    zh: str
    en: str


PRESETS = (
    Preset("this_week", "本周", "This week"),
    Preset("last_week", "上周", "Last week"),
    Preset("this_month", "本月", "This month"),
    Preset("last_month", "上月", "Last month"),
    Preset("this_quarter", "本季度", "This quarter"),
    Preset("campaign", "行动开始至今", "Campaign to date"),
)
PRESET_KEYS = tuple(p.key for p in PRESETS)


def preset_period(key, today, campaign_start=None):
    """The Period of a preset, as seen on `today` (a date).

    this_week: Monday to today; last_week: Monday to Sunday before; this_month: the
    1st to today; last_month: the whole previous month; this_quarter: the quarter's
    first day to today; campaign: the campaign start (setting campaign_start; default
    1 January of today's year, and never after today) to today.  The campaign start of
    the Period is `campaign_start` (or that default) whatever the preset."""
    today = as_date(today)
    campaign = as_date(campaign_start) or today.replace(month=1, day=1)
    if key == "this_week":
        start, end = today - datetime.timedelta(days=today.weekday()), today
    elif key == "last_week":
        end = today - datetime.timedelta(days=today.weekday() + 1)
        start = end - datetime.timedelta(days=6)
    elif key == "this_month":
        start, end = today.replace(day=1), today
    elif key == "last_month":
        end = today.replace(day=1) - datetime.timedelta(days=1)
        start = end.replace(day=1)
    elif key == "this_quarter":
        start, end = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1), today
    elif key == "campaign":
        start, end = min(campaign, today), today
    else:
        raise ValueError("unknown period preset %r (one of %s)" % (key, ", ".join(PRESET_KEYS)))
    return Period(start, end, campaign)


def previous_period(period):
    """The period just before one, to compare with: for a period starting on the 1st,
    as many months earlier (a month to date → the same days of the month before);
    for a period of up to 7 days starting on a Monday, the same weekdays a week
    earlier; otherwise the same number of days just before."""
    start, end = period.start, period.end
    if start.day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if (end + datetime.timedelta(days=1)).day == 1:      # whole months
            return Period(add_months(start, -months), start - datetime.timedelta(days=1),
                          period.campaign_start)
        return Period(add_months(start, -months), add_months(end, -months),
                      period.campaign_start)
    days = (end - start).days + 1
    if start.weekday() == 0 and days <= 7:
        days = 7
    shift = datetime.timedelta(days=days)
    return Period(start - shift, end - shift if days == 7 else start - datetime.timedelta(days=1),
                  period.campaign_start)


# --- scope -----------------------------------------------------------------------------------

def scope_prefixes(zone_codes):
    """The code prefixes of a scope, sorted: () (everything) for no codes.  The codes
    are a list, or one text with codes separated by commas or spaces."""
    if not zone_codes:
        return ()
    if isinstance(zone_codes, str):
        zone_codes = zone_codes.replace(",", " ").replace("，", " ").split()
    return tuple(sorted({str(c).strip() for c in zone_codes if str(c).strip()}))


def in_scope(code, prefixes):
    """True when zone `code` lies in (or is) a zone of the scope."""
    if not prefixes:
        return True
    return code is not None and any(code.startswith(p) for p in prefixes)


def touches_scope(code, prefixes):
    """True when zone `code` lies in the scope or contains a zone of it (a township
    row of the statistics when the scope is one of its villages)."""
    if not prefixes:
        return True
    return code is not None and any(code.startswith(p) or p.startswith(code) for p in prefixes)


def township_of(code):
    """The 9-digit township code a village or grid code begins with (None for shorter)."""
    return code[:9] if code and len(code) >= 9 else None


# --- times -----------------------------------------------------------------------------------

def local_datetime(text):
    """The local (UTC+8) naive datetime of a stored timestamp: '…Z' or '…+hh:mm' is
    converted; a time without a zone is taken as local already.  None for nothing."""
    if text is None or text == "":
        return None
    if isinstance(text, datetime.datetime):
        value = text
    else:
        s = str(text).strip().replace(" ", "T", 1)
        if s.endswith(("Z", "z")):
            s = s[:-1] + "+00:00"
        try:
            value = datetime.datetime.fromisoformat(s)
        except ValueError:
            # Python < 3.11 reads only 3 or 6 fractional digits: drop the fraction
            head, dot, rest = s.partition(".")
            zone = next((rest[i:] for i, ch in enumerate(rest) if ch in "+-"), "")
            try:
                value = datetime.datetime.fromisoformat(head + zone if dot else s[:19])
            except ValueError:
                return None
    if value.tzinfo is not None:
        value = (value - value.utcoffset()).replace(tzinfo=None) + LOCAL_UTC_OFFSET
    return value.replace(microsecond=0)


# --- the daily zero report ------------------------------------------------------------------

class ZeroReportRow(NamedTuple):
    """One zone of the daily zero report.

    must_report: the zone reports itself (a grid, or a village without grids; a
    village with grids reports through them).  reported: its own report arrived, or,
    for a village with grids, every grid's did.  found_count: its report's count (a
    village with grids without an own report: the sum of its grids'); None without
    any report.  case_ids: the cases discovered that day in the village (empty on grid
    rows: cases carry no grid).  summary: what the report says it found, "" when
    nothing.  missing: must report and did not (the rows marked 未报告).  late:
    reported after ZERO_REPORT_DEADLINE."""
    zone_code: str
    level: str
    township_code: Optional[str]
    township_name: str
    village_code: Optional[str]
    village_name: str
    grid_name: str
    must_report: bool
    reported: bool
    reported_at: Optional[datetime.datetime]
    found_count: Optional[int]
    case_ids: Tuple[str, ...]
    summary: str
    reporter: str
    note: str
    missing: bool
    late: bool


def zero_report_rows(day, zones, reports, cases_by_village, zone_codes=None):
    """The rows of the zero report of `day`: every village, community and grid of the
    scope, in code order.

    zones: every zone (mappings with zone_code, zone_name, level) — townships are read
    for their names; reports: patrol_reports rows of that day (mappings with
    zone_code, reported_at, found_count, summary, reporter, note); cases_by_village:
    {village code: [case id, …]} of the cases discovered that day; zone_codes: the
    scope (township, village or grid codes; empty = the whole county)."""
    day = as_date(day)
    prefixes = scope_prefixes(zone_codes)
    names = {z["zone_code"]: z.get("zone_name") or "" for z in zones}
    units = sorted((z for z in zones if z.get("level") in PATROL_LEVELS
                    and in_scope(z["zone_code"], prefixes)
                    # a village is listed when a grid of it is in the scope
                    or (z.get("level") in VILLAGE_LEVELS
                        and any(p.startswith(z["zone_code"]) for p in prefixes))),
                   key=lambda z: z["zone_code"])
    grids_of = {}
    for z in units:
        if z.get("level") == "grid":
            grids_of.setdefault(z["zone_code"][:12], []).append(z["zone_code"])
    by_zone = {}
    for r in reports:
        if str(r.get("report_date") or day.isoformat())[:10] == day.isoformat():
            by_zone[r["zone_code"]] = r
    deadline = datetime.datetime.combine(day, ZERO_REPORT_DEADLINE)
    rows = []
    for z in units:
        code, level = z["zone_code"], z.get("level")
        village = code[:12]
        own = by_zone.get(code)
        grids = grids_of.get(code, []) if level != "grid" else []
        must = level == "grid" or not grids
        if own is not None:
            reported = True
            at = local_datetime(own.get("reported_at"))
            found = int(own.get("found_count") or 0)
            summary = (own.get("summary") or "").strip()
            reporter = own.get("reporter") or ""
            note = own.get("note") or ""
        else:
            grid_reports = [by_zone[g] for g in grids if g in by_zone]
            reported = bool(grids) and len(grid_reports) == len(grids)
            times = [local_datetime(g.get("reported_at")) for g in grid_reports]
            times = [t for t in times if t is not None]
            at = max(times) if reported and times else None
            found = (sum(int(g.get("found_count") or 0) for g in grid_reports)
                     if grid_reports else None)
            summary, reporter, note = "", "", ""
        rows.append(ZeroReportRow(
            zone_code=code, level=level, township_code=township_of(code),
            township_name=names.get(township_of(code), ""),
            village_code=village, village_name=names.get(village, ""),
            grid_name=(z.get("zone_name") or "") if level == "grid" else "",
            must_report=must, reported=reported, reported_at=at, found_count=found,
            case_ids=tuple(cases_by_village.get(village, ())) if level != "grid" else (),
            summary=summary, reporter=reporter, note=note,
            missing=must and own is None,
            late=own is not None and at is not None and at > deadline))
    return rows


def finding_text(row, nothing="无", lang="zh"):
    """What the zero report shows a row found: its summary, "无" when it reported
    nothing, a count when it gave one without words, "" without a report."""
    if row.summary:
        return row.summary
    if row.found_count is None:
        return ""
    if row.found_count == 0:
        return nothing
    return ("发现违法建设%d处" if lang == "zh" else "%d violation(s) found") % row.found_count


class ZeroReportCount(NamedTuple):
    township_code: Optional[str]
    township_name: str
    units: int          # zones that must report
    reported: int
    missing: int
    late: int
    found: int          # sum of the reports' found_count
    cases: int          # cases discovered that day (one per case)
    missing_names: Tuple[str, ...]


def zero_report_counts(rows):
    """One ZeroReportCount per township (code order) and the county total last
    (township_code None)."""
    groups = {}
    for r in rows:
        groups.setdefault(r.township_code, []).append(r)

    def count(code, name, rs):
        units = [r for r in rs if r.must_report]
        cases = {c for r in rs for c in r.case_ids}
        return ZeroReportCount(
            code, name, len(units), sum(1 for r in units if r.reported),
            sum(1 for r in units if r.missing), sum(1 for r in units if r.late),
            sum(r.found_count or 0 for r in units), len(cases),
            tuple(((r.village_name + " " + r.grid_name).strip() if r.grid_name
                   else r.village_name) for r in units if r.missing))

    out = [count(code, rs[0].township_name, rs)
           for code, rs in sorted(groups.items(), key=lambda kv: kv[0] or "")]
    out.append(count(None, "", rows))
    return out


# --- the weekly summary ---------------------------------------------------------------------

# Indicators compared with the previous period: (name, how) — "diff" a difference of
# counts or areas, "points" a difference of shares (percentage points), "rank" the
# places gained (previous rank − rank: positive = moved up).
COMPARED = (
    ("new_count", "diff"), ("new_area_m2", "diff"), ("demolished_area_m2", "diff"),
    ("quota_done_share", "points"), ("stock_cleared_m2", "diff"), ("open_cases", "diff"),
    ("overdue_cases", "diff"), ("houses_rectified", "diff"), ("rank", "rank"),
)


def plain(value):
    """None for NULL-like values (None, a QVariant NULL, '' or 'NULL' text)."""
    if value is None:
        return None
    is_null = getattr(value, "isNull", None)
    if callable(is_null):
        try:
            if is_null():
                return None
        except TypeError:
            pass
    if isinstance(value, str) and value.strip() in ("", "NULL"):
        return None
    return value


def weekly_summary_rows(stats_rows, previous_rows=None, zone_codes=None):
    """The rows of the weekly summary: each row of township_stats (in zone code order,
    limited to the scope) as a dict of its own values, plus "<name>_change" for the
    indicators of COMPARED when `previous_rows` (township_stats of the previous week)
    has the same zone (None otherwise, or when a value is missing)."""
    prefixes = scope_prefixes(zone_codes)
    before = {}
    for r in previous_rows or ():
        before[r["zone_code"]] = {k: plain(v) for k, v in r.items()}
    out = []
    for r in sorted(stats_rows, key=lambda r: r["zone_code"]):
        if not touches_scope(r["zone_code"], prefixes):
            continue
        row = {k: plain(v) for k, v in r.items()}
        old = before.get(r["zone_code"])
        for name, how in COMPARED:
            now = row.get(name)
            was = old.get(name) if old else None
            if now is None or was is None:
                change = None
            elif how == "rank":
                change = int(was) - int(now)
            elif how == "points":
                change = float(now) - float(was)
            else:
                change = now - was
            row[name + "_change"] = change
        out.append(row)
    return out


# Labels of the township_stats indicators (assessment.OUTPUT_FIELDS) for report tables.
INDICATOR_LABELS = {
    "zone_code": ("区划代码", "Division code"),
    "zone_name": ("名称", "Name"),
    "new_count": ("新增违建(处)", "New violations"),
    "new_area_m2": ("新增面积(m²)", "New area (m²)"),
    "found_within_24h_share": ("24小时内发现率", "Found within 24 h"),
    "demolished_area_m2": ("拆除面积(m²)", "Demolished (m²)"),
    "annual_quota_m2": ("年度拆违任务(m²)", "Annual quota (m²)"),
    "quota_done_share": ("年度任务完成率", "Quota done"),
    "first_three_months_share": ("前三个月完成率", "Done in first three months"),
    "stock_cleared_m2": ("存量消化(m²)", "Stock cleared (m²)"),
    "open_cases": ("未结案件(件)", "Open cases"),
    "overdue_cases": ("逾期案件(件)", "Overdue cases"),
    "no_violation_eligible": ("可申报无违建", "Violation-free eligible"),
    "houses_total": ("自建房(栋)", "Houses"),
    "houses_screened": ("已排查(栋)", "Screened"),
    "houses_serious": ("严重隐患(栋)", "Serious hazard"),
    "houses_some": ("一定隐患(栋)", "Some hazard"),
    "grade_a": ("A级", "Grade A"),
    "grade_b": ("B级", "Grade B"),
    "grade_c": ("C级", "Grade C"),
    "grade_d": ("D级", "Grade D"),
    "houses_rectified": ("已整治(栋)", "Rectified"),
    "houses_closed": ("已销号(栋)", "Closed"),
    "report_reward_yuan": ("举报奖励(元)", "Report rewards (yuan)"),
    "demolition_reward_yuan": ("拆违奖励(元)", "Demolition rewards (yuan)"),
    "late_discovery_penalty_yuan": ("未及时发现扣减(元)", "Late-discovery penalties (yuan)"),
    "rank": ("排名", "Rank"),
}


def indicator_label(name, lang="zh"):
    zh, en = INDICATOR_LABELS[name]
    return zh if lang == "zh" else en
