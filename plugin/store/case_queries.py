"""The SQL of the case panel: the list of cases, the townships, one case's geometry.

All the SQL the panel runs is here, written with placeholders.  The same statements run
on a PostGIS county schema (`con` a dbref.PgConnection); where the dialects differ
(dates and flags are typed there, LIKE is case-sensitive, the geometry and its CRS) the
PostgreSQL variant is written next to the SQLite one, and dates and timestamps come
back as the GeoPackage's ISO text.  No Qt or QGIS imports.

The list is one query over `violations` with the latest event of each case (a
correlated MAX over the case_events index on case_id: only the events of the cases
that pass the filters are read) and the township and village names from `zones`.
"""

from typing import NamedTuple, Optional

from ..core import codes
from ..core.codes import TOWNSHIP_LEVELS
from ..core.workflow import CLOSED_STATES
from . import dbref, gpkg
from .sqlite_ddl import q

# Columns of a case row, in the order of the SELECT below.
COLUMNS = ("case_id", "township_code", "township_name", "village_code", "village_name",
           "status", "party_name", "address", "area_m2", "deadline", "priority_score",
           "last_event_at")


class CaseFilter(NamedTuple):
    """What the panel's filters ask for; the defaults list every open case.

    status: one case_status code, or None for every open case (or every case at all
    when include_closed); flag: one priority_flag code (the case carries it);
    search: text found in the case id, the party or the address (case-insensitive
    for Latin letters)."""
    township_code: Optional[str] = None
    status: Optional[str] = None
    include_closed: bool = False
    flag: Optional[str] = None
    overdue_only: bool = False
    search: str = ""


def _placeholders(n):
    return ", ".join("?" * n)


def open_sql(status="v.status"):
    """SQL condition: the case is open (workflow.is_open); binds CLOSED_STATES."""
    return "%s NOT IN (%s)" % (status, _placeholders(len(CLOSED_STATES))), list(CLOSED_STATES)


def overdue_sql(status="v.status", deadline="v.deadline", postgres=False):
    """SQL condition equal to core.case_list.is_overdue; binds the closed states and
    today's ISO date (`today` is passed by the caller, last)."""
    cond, params = open_sql(status)
    if postgres:        # deadline is a date there
        return "(%s AND %s < CAST(? AS date))" % (cond, deadline), params
    return ("(%s AND %s IS NOT NULL AND %s <> '' AND substr(%s, 1, 10) < ?)"
            % (cond, deadline, deadline, deadline)), params


def _like_pattern(text):
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "%" + escaped + "%"


def cases_sql(filt, today, postgres=False):
    """(sql, params) of the case list for a CaseFilter; `today` is a date; `postgres`
    for PostgreSQL's dialect."""
    where, params = [], []
    if filt.status:
        if filt.status not in codes.CASE_STATUS:
            raise ValueError("unknown case status %r" % (filt.status,))
        where.append("v.status = ?")
        params.append(filt.status)
    elif not filt.include_closed:
        cond, p = open_sql()
        where.append(cond)
        params += p
    if filt.township_code:
        where.append("v.township_code = ?")
        params.append(filt.township_code)
    if filt.flag:
        if filt.flag not in codes.PRIORITY_FLAG:
            raise ValueError("unknown priority flag %r" % (filt.flag,))
        # a column name, checked above; a boolean in PostgreSQL
        where.append(("v.%s IS TRUE" if postgres else "v.%s = 1") % q(filt.flag))
    if filt.overdue_only:
        cond, p = overdue_sql(postgres=postgres)
        where.append(cond)
        params += p + [today.isoformat()]
    search = (filt.search or "").strip()
    if search:
        # SQLite's LIKE ignores the case of Latin letters; PostgreSQL's ILIKE does so too.
        like = "ILIKE" if postgres else "LIKE"
        where.append(("(v.case_id {0} ? ESCAPE '\\' OR v.party_name {0} ? ESCAPE '\\' "
                      "OR v.address {0} ? ESCAPE '\\')").format(like))
        params += [_like_pattern(search)] * 3
    sql = (
        "SELECT v.case_id, v.township_code, t.zone_name, v.village_code, vz.zone_name, "
        "v.status, v.party_name, v.address, v.area_m2, v.deadline, v.priority_score, "
        "(SELECT max(e.at) FROM case_events e WHERE e.case_id = v.case_id) "
        "FROM violations v "
        "LEFT JOIN zones t ON t.zone_code = v.township_code "
        "LEFT JOIN zones vz ON vz.zone_code = v.village_code "
        + ("WHERE " + " AND ".join(where) + " " if where else "")
        + "ORDER BY v.priority_score DESC, v.case_id")
    return sql, params


def list_cases(con, filt, today):
    """Rows (tuples in COLUMNS order) of the cases the filter selects, by priority
    score (highest first), then case id."""
    sql, params = cases_sql(filt, today, dbref.is_postgis(con))
    rows = con.execute(sql, params).fetchall()
    if dbref.is_postgis(con):
        rows = [tuple(_plain(v) for v in r) for r in rows]
    return rows


def _plain(value):
    """PostgreSQL's dates and timestamps as ISO text, its numerics as floats."""
    if hasattr(value, "as_tuple"):          # decimal.Decimal
        return float(value)
    return dbref.timestamp_text(value)


def townships(con):
    """[(zone_code, zone_name)] of the townships, streets and parks, by code."""
    return con.execute(
        "SELECT zone_code, zone_name FROM zones WHERE level IN (%s) ORDER BY zone_code"
        % _placeholders(len(TOWNSHIP_LEVELS)), list(TOWNSHIP_LEVELS)).fetchall()


SQL_PG_CASE_GEOMETRY = (
    "SELECT ST_AsBinary(v.geom), g.srid, s.auth_name, s.auth_srid, s.srtext "
    "FROM violations v "
    "JOIN geometry_columns g ON g.f_table_schema = current_schema() "
    "AND g.f_table_name = 'violations' AND g.f_geometry_column = 'geom' "
    "LEFT JOIN spatial_ref_sys s ON s.srid = g.srid "
    "WHERE v.case_id = ?")


def case_geometry(con, case_id):
    """(ISO WKB of the geometry or None, srs_id, organization, organization_coordsys_id,
    definition) of a case, or None when there is no such case."""
    if dbref.is_postgis(con):
        found = con.execute(SQL_PG_CASE_GEOMETRY, (case_id,)).fetchone()
        if found is None:
            return None
        return (bytes(found[0]) if found[0] is not None else None,) + tuple(found[1:])
    found = _gpkg_case_geometry(con, case_id)
    if found is None or found[0] is None:
        return found
    geometry = gpkg.blob_geometry(found[0])
    wkb = None if geometry is None or geometry.IsEmpty() else bytes(geometry.ExportToIsoWkb())
    return (wkb,) + tuple(found[1:])


def _gpkg_case_geometry(con, case_id):
    return con.execute(
        "SELECT v.geom, s.srs_id, s.organization, s.organization_coordsys_id, s.definition "
        "FROM violations v "
        "JOIN gpkg_geometry_columns g ON g.table_name = 'violations' "
        "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
        "WHERE v.case_id = ?", (case_id,)).fetchone()
