"""The SQL of the case panel: the list of cases, the townships, one case's geometry.

All the SQL the panel runs is here, written with placeholders, so that a PostGIS
backend can later bring its own variant of this module.  No Qt or QGIS imports.

The list is one query over `violations` with the latest event of each case (a
correlated MAX over the case_events index on case_id: only the events of the cases
that pass the filters are read) and the township and village names from `zones`.
"""

from typing import NamedTuple, Optional

from ..core import codes
from ..core.codes import TOWNSHIP_LEVELS
from ..core.workflow import CLOSED_STATES
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


def overdue_sql(status="v.status", deadline="v.deadline"):
    """SQL condition equal to core.case_list.is_overdue; binds the closed states and
    today's ISO date (`today` is passed by the caller, last)."""
    cond, params = open_sql(status)
    return ("(%s AND %s IS NOT NULL AND %s <> '' AND substr(%s, 1, 10) < ?)"
            % (cond, deadline, deadline, deadline)), params


def _like_pattern(text):
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "%" + escaped + "%"


def cases_sql(filt, today):
    """(sql, params) of the case list for a CaseFilter; `today` is a date."""
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
        where.append("v.%s = 1" % q(filt.flag))  # a column name, checked above
    if filt.overdue_only:
        cond, p = overdue_sql()
        where.append(cond)
        params += p + [today.isoformat()]
    search = (filt.search or "").strip()
    if search:
        where.append("(v.case_id LIKE ? ESCAPE '\\' OR v.party_name LIKE ? ESCAPE '\\' "
                     "OR v.address LIKE ? ESCAPE '\\')")
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
    sql, params = cases_sql(filt, today)
    return con.execute(sql, params).fetchall()


def townships(con):
    """[(zone_code, zone_name)] of the townships, streets and parks, by code."""
    return con.execute(
        "SELECT zone_code, zone_name FROM zones WHERE level IN (%s) ORDER BY zone_code"
        % _placeholders(len(TOWNSHIP_LEVELS)), list(TOWNSHIP_LEVELS)).fetchall()


def case_geometry(con, case_id):
    """(GeoPackage geometry blob, srs_id, organization, organization_coordsys_id,
    definition) of a case, or None when there is no such case."""
    return con.execute(
        "SELECT v.geom, s.srs_id, s.organization, s.organization_coordsys_id, s.definition "
        "FROM violations v "
        "JOIN gpkg_geometry_columns g ON g.table_name = 'violations' "
        "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
        "WHERE v.case_id = ?", (case_id,)).fetchone()
