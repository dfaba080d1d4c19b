"""The SQL of the reports: ledgers, case and house records, photos, patrol reports.

Every query the reports run against a project database is here, written with
placeholders and read-only, on either backend (store/dbref.py: a GeoPackage path or
a PostGIS county schema).  One SQL text serves both where the two dialects agree;
where they differ (the catalogue, a timestamp's day) `_postgis(con)` chooses.  No Qt
or QGIS imports.

Scope: `zone_codes` are township, village (or grid, county) codes; a case or a house
is in the scope when its township or village code begins with one of them (codes
nest).  No codes: the whole database, cases and houses without a zone included.
Times are returned as stored (UTC text, PostgreSQL's as the same ISO text); dates as
datetime.date.
"""

import datetime

from ..core import reports
from ..core.codes import PRIORITY_FLAG, TOWNSHIP_LEVELS
from ..core.workflow import CLOSED_STATES
from . import dbref, gpkg

IMAGE_TYPES = ("jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp")

# The township a row belongs to: its township code, else its village's.
_TOWNSHIP = "COALESCE(%s.township_code, substr(%s.village_code, 1, 9))"

CASE_COLUMNS = (
    "case_id", "patch_no", "township_code", "village_code", "address", "party_name",
    "party_type", "land_class", "building_type", "floors", "area_m2", "building_area_m2",
    "discovered_on", "construction_started_on", "discovery_source", "stock_class",
    "priority_score", "status", "decision_no", "decision_type", "deadline",
    "demolished_area_m2", "demolished_on", "demolition_mode", "post_use", "remarks",
) + tuple(PRIORITY_FLAG.codes)
HOUSE_COLUMNS = (
    "house_id", "township_code", "village_code", "address", "owner", "storeys",
    "floor_area_m2", "structure", "built_year", "use", "occupants", "screening",
    "appraisal_status", "appraisal_grade", "computed_grade", "grade_mismatch",
    "rectification_status", "measures", "required_measures", "missing_measures",
    "next_inspection_due", "risk_rank", "remarks",
)
DATE_COLUMNS = ("discovered_on", "construction_started_on", "deadline", "demolished_on",
                "next_inspection_due", "inspected_on", "report_date", "last_inspected_on")


class ReportDataError(gpkg.DatabaseError):
    """The database cannot give what a report needs (said in English)."""


def connect(db_path):
    """A read-only-use connection (query_only, or PostgreSQL's read-only transactions:
    a bug can never write) to a database reference (store/dbref.py)."""
    con = dbref.connect(db_path)
    if _postgis(con):
        con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    else:
        con.execute("PRAGMA query_only = 1")
    return con


def _postgis(con):
    return dbref.is_postgis(con)


def _date(value):
    if value is None or value == "":
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _rows(cursor):
    names = [d[0] for d in cursor.description]
    out = []
    for values in cursor:
        row = dict(zip(names, values))
        for name, value in row.items():
            if isinstance(value, datetime.datetime):   # PostgreSQL: the stored ISO text
                row[name] = dbref.timestamp_text(value)
            elif isinstance(value, memoryview):
                row[name] = bytes(value)
        for name in DATE_COLUMNS:
            if name in row:
                row[name] = _date(row[name])
        out.append(row)
    return out


def _has_table(con, table):
    if _postgis(con):   # the county schema is first on the search path
        return con.execute("SELECT to_regclass(?)", (table,)).fetchone()[0] is not None
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (table,)).fetchone() is not None


def scope_sql(zone_codes, alias):
    """(SQL condition, params): the row of `alias` (township_code, village_code) lies
    in the scope.  A grid code stands for its village."""
    prefixes = sorted({c[:12] if len(c) > 12 else c for c in reports.scope_prefixes(zone_codes)})
    if not prefixes:
        return "1 = 1", []
    parts, params = [], []
    for p in prefixes:
        parts.append("substr(%s.township_code, 1, ?) = ? OR substr(%s.village_code, 1, ?) = ?"
                     % (alias, alias))
        params += [len(p), p, len(p), p]
    return "(%s)" % " OR ".join(parts), params


# --- zones --------------------------------------------------------------------------------------

def zones(con):
    """Every zone (zone_code, zone_name, level, parent_code), in code order."""
    return _rows(con.execute("SELECT zone_code, zone_name, level, parent_code FROM zones "
                             "ORDER BY zone_code"))


def check_zone_codes(con, zone_codes):
    """The scope codes that are not zones of the database (empty when all are)."""
    codes = reports.scope_prefixes(zone_codes)
    if not codes:
        return []
    known = {r[0] for r in con.execute(
        "SELECT zone_code FROM zones WHERE zone_code IN (%s)" % ", ".join("?" * len(codes)),
        list(codes))}
    return [c for c in codes if c not in known]


def townships(con, zone_codes=None):
    """(code, name) of the township-level zones touching the scope, in code order."""
    prefixes = reports.scope_prefixes(zone_codes)
    rows = con.execute("SELECT zone_code, zone_name FROM zones WHERE level IN (%s) "
                       "ORDER BY zone_code" % ", ".join("?" * len(TOWNSHIP_LEVELS)),
                       list(TOWNSHIP_LEVELS)).fetchall()
    return [(c, n or c) for c, n in rows if reports.touches_scope(c, prefixes)]


# --- cases --------------------------------------------------------------------------------------

_CASE_SELECT = (
    "SELECT %s, %s AS township_key, t.zone_name AS township_name, "
    "vz.zone_name AS village_name, "
    "(SELECT MAX(e.at) FROM case_events e WHERE e.case_id = v.case_id) AS last_event_at "
    "FROM violations v "
    "LEFT JOIN zones t ON t.zone_code = %s "
    "LEFT JOIN zones vz ON vz.zone_code = v.village_code "
    % (", ".join("v.%s" % c for c in CASE_COLUMNS), _TOWNSHIP % ("v", "v"),
       _TOWNSHIP % ("v", "v")))


def _finish_cases(rows):
    for row in rows:
        at = reports.local_datetime(row.pop("last_event_at"))
        row["last_event_on"] = at.date() if at else None
        row["priority_flags"] = tuple(f for f in PRIORITY_FLAG.codes if row.get(f))
    return rows


def case_ledger_rows(con, period, zone_codes=None):
    """One dict per case of the ledger: discovered by the period end (or without a
    discovery date) and not finished (closed or not filed) before the period start —
    the finishing day being the (local) day of its last event.  Ordered by township,
    village and case number.  Keys: CASE_COLUMNS, township_key (the township the case
    is listed under), township_name, village_name, last_event_on (date) and
    priority_flags (the codes of the flags set)."""
    where, params = scope_sql(zone_codes, "v")
    sql = (_CASE_SELECT + "WHERE %s AND (v.discovered_on IS NULL OR v.discovered_on <= ?) "
           "ORDER BY township_key, v.village_code, v.case_id" % where)
    rows = _finish_cases(_rows(con.execute(sql, params + [period.end.isoformat()])))
    closed = set(CLOSED_STATES)
    return [r for r in rows if not (r["status"] in closed and r["last_event_on"] is not None
                                    and r["last_event_on"] < period.start)]


def cases_of_period(con, period, zone_codes=None):
    """The cases discovered or demolished in the period (the detail of a weekly
    summary), each with `found_in_period` and `demolished_in_period` (booleans)."""
    where, params = scope_sql(zone_codes, "v")
    start, end = period.start.isoformat(), period.end.isoformat()
    sql = (_CASE_SELECT + "WHERE %s AND ((v.discovered_on BETWEEN ? AND ?) OR "
           "(v.demolished_on BETWEEN ? AND ?)) "
           "ORDER BY township_key, v.village_code, v.case_id" % where)
    rows = _finish_cases(_rows(con.execute(sql, params + [start, end, start, end])))
    for r in rows:
        r["found_in_period"] = r["discovered_on"] is not None and \
            period.start <= r["discovered_on"] <= period.end
        r["demolished_in_period"] = r["demolished_on"] is not None and \
            period.start <= r["demolished_on"] <= period.end
    return rows


def case_events(con, case_id, until=None):
    """The events of a case in order (event_id, at, from_status, to_status, actor,
    note); with `until` (a date) only those up to that (UTC) day."""
    sql = ("SELECT event_id, at, from_status, to_status, actor, note FROM case_events "
           "WHERE case_id = ?")
    params = [case_id]
    if until is not None:
        sql += (" AND (at AT TIME ZONE 'UTC')::date <= ?::date" if _postgis(con)
                else " AND substr(at, 1, 10) <= ?")
        params.append(until.isoformat())
    return _rows(con.execute(sql + " ORDER BY at, event_id", params))


def cases_discovered_on(con, day, zone_codes=None):
    """{village code: [case id, …]} of the cases discovered on `day` (a date)."""
    where, params = scope_sql(zone_codes, "v")
    out = {}
    for village, case_id in con.execute(
            "SELECT v.village_code, v.case_id FROM violations v WHERE %s AND "
            "v.discovered_on = ? AND v.village_code IS NOT NULL "
            "ORDER BY v.village_code, v.case_id" % where, params + [day.isoformat()]):
        out.setdefault(village, []).append(case_id)
    return out


# --- houses -------------------------------------------------------------------------------------

def house_ledger_rows(con, period, zone_codes=None):
    """One dict per house of the scope (their current state), ordered by township,
    village and house code.  Keys: HOUSE_COLUMNS, township_key, township_name,
    village_name, last_inspected_on (date) and inspections_in_period."""
    where, params = scope_sql(zone_codes, "h")
    sql = (
        "SELECT %s, %s AS township_key, t.zone_name AS township_name, "
        "vz.zone_name AS village_name, "
        "(SELECT MAX(i.inspected_on) FROM house_inspections i WHERE i.house_id = h.house_id) "
        "AS last_inspected_on, "
        "(SELECT count(*) FROM house_inspections i WHERE i.house_id = h.house_id AND "
        "i.inspected_on BETWEEN ? AND ?) AS inspections_in_period "
        "FROM houses h LEFT JOIN zones t ON t.zone_code = %s "
        "LEFT JOIN zones vz ON vz.zone_code = h.village_code "
        "WHERE %s ORDER BY township_key, h.village_code, h.house_id"
        % (", ".join("h.%s" % c for c in HOUSE_COLUMNS), _TOWNSHIP % ("h", "h"),
           _TOWNSHIP % ("h", "h"), where))
    return _rows(con.execute(sql, [period.start.isoformat(), period.end.isoformat()] + params))


def house_inspections(con, house_id, until=None):
    """The inspections of a house in order, every column; with `until` (a date) only
    those up to that day."""
    sql = "SELECT * FROM house_inspections WHERE house_id = ?"
    params = [house_id]
    if until is not None:
        sql += " AND inspected_on <= ?"
        params.append(until.isoformat())
    return _rows(con.execute(sql + " ORDER BY inspected_on, inspection_id", params))


def inspection_members(con, inspection_id):
    """The member counts of an inspection (storey, member_type, total, dangerous)."""
    return _rows(con.execute(
        "SELECT storey, member_type, total, dangerous FROM inspection_members "
        "WHERE inspection_id = ? ORDER BY storey, member_row_id", (inspection_id,)))


# --- photos -------------------------------------------------------------------------------------

def _image_sql(alias="a"):
    exts = " OR ".join("lower(%s.file_name) LIKE ?" % alias for _ in IMAGE_TYPES)
    return ("(lower(%s.mime_type) LIKE 'image/%%' OR (%s.mime_type IS NULL AND (%s)))"
            % (alias, alias, exts)), ["%%.%s" % e for e in IMAGE_TYPES]


def photos(con, owner_table, owner_id, limit=4, with_content=True):
    """Up to `limit` photos (image attachments) of a case ('violations', with the
    photos of its events) or a house ('houses', with those of its inspections), the
    earliest taken first: dicts with attachment_id, owner_table, owner_id, file_name,
    mime_type, taken_at, note (and content, bytes)."""
    children = {"violations": ("case_events", "SELECT CAST(event_id AS TEXT) FROM case_events "
                                              "WHERE case_id = ?"),
                "houses": ("house_inspections", "SELECT CAST(inspection_id AS TEXT) FROM "
                                                "house_inspections WHERE house_id = ?")}
    if owner_table not in children:
        raise ValueError("photos belong to violations or houses, not %r" % (owner_table,))
    child, child_ids = children[owner_table]
    image, params = _image_sql()
    columns = "a.attachment_id, a.owner_table, a.owner_id, a.file_name, a.mime_type, " \
              "a.taken_at, a.note" + (", a.content" if with_content else "")
    sql = ("SELECT %s FROM attachments a WHERE %s AND ((a.owner_table = ? AND a.owner_id = ?) "
           "OR (a.owner_table = ? AND a.owner_id IN (%s))) "
           "ORDER BY a.taken_at IS NULL, a.taken_at, a.attachment_id LIMIT ?"
           % (columns, image, child_ids))
    rows = _rows(con.execute(sql, params + [owner_table, owner_id, child, owner_id,
                                            int(limit)]))
    for r in rows:
        if "content" in r and r["content"] is not None:
            r["content"] = bytes(r["content"])
    return rows


# --- patrol reports -----------------------------------------------------------------------------

def patrol_reports_of_day(con, day, zone_codes=None):
    """The patrol reports (零报告) of `day` of the zones in the scope, in zone order."""
    if not _has_table(con, "patrol_reports"):
        raise ReportDataError(
            "this database has no patrol_reports table (零报告): it was written by an older "
            "version of the plugin; open it with the plugin once to upgrade it")
    rows = _rows(con.execute(
        "SELECT zone_code, report_date, reported_at, found_count, summary, reporter, note "
        "FROM patrol_reports WHERE report_date = ? ORDER BY zone_code", (day.isoformat(),)))
    prefixes = reports.scope_prefixes(zone_codes)
    return [r for r in rows if reports.touches_scope(r["zone_code"], prefixes)]


def settings(con):
    """{key: value} of the settings table."""
    try:
        return dbref.read_settings(con)
    except dbref.database_errors() + (ValueError,):
        return {}
