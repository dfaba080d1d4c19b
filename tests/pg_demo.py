"""The same small demo county on PostGIS as in a GeoPackage, for tests that run on both.

`copy_to_postgis(gpkg_path, db, schema_name)` creates a county schema (postgis.
create_schema) and copies the GeoPackage's zones, cases, houses with their inspections
and member counts, patrol reports and settings into it through the
plugin's own postgis.insert, replaying each case's workflow as a user would: the case
row with its final data, then each of its events in order (from_status and to_status
as recorded), so that every database rule checks the copy.  Case numbers are given
anew by the database; events get the time of the copy.  Houses keep their codes and
every field (the computed ones too); inspections get new numbers, their members follow.
"""

import sqlite3

from liangwei.plugin.store import cases, dbref, gpkg, postgis, schema

# Kept by the database itself.
DATABASE_FIELDS = {"case_id", "status", "created_at", "updated_at", "added_at"}


def _columns(table):
    return [n for n in schema.table(table).field_names if n not in DATABASE_FIELDS]


def _rows(lite, table, columns):
    t = schema.table(table)
    names = list(columns) + (["geom"] if t.geometry else [])
    query = "SELECT %s FROM %s ORDER BY %s" % (", ".join('"%s"' % n for n in names), table, t.pk)
    for r in lite.execute(query):
        row = dict(zip(names, r))
        if t.geometry and row["geom"] is not None:
            row["geom"] = cases.blob_wkb(row["geom"])
        yield row


def copy_to_postgis(gpkg_path, db, schema_name, county_code="330624"):
    """The dbref reference of a new schema holding the GeoPackage's county."""
    conn = db.connect()
    try:
        postgis.create_schema(conn, schema_name, county_code)
        conn.schema = schema_name
        lite = sqlite3.connect(gpkg_path)
        try:
            _copy(lite, conn)
            _copy_settings(lite, conn)
        finally:
            lite.close()
    finally:
        conn.close()
    return dbref.postgis_ref(db.info(), schema_name)


def _copy(lite, conn):
    with postgis.transaction(conn):
        for row in _rows(lite, "zones", _columns("zones")):
            postgis.insert(conn, "zones", {k: v for k, v in row.items() if v is not None})
        columns = _columns("violations")
        for row in _rows(lite, "violations", ["case_id"] + columns):
            old_id = row.pop("case_id")
            values = {k: v for k, v in row.items() if v is not None and k != "fid"}
            fid = postgis.insert(conn, "violations", values)
            case_id = postgis.read_row(conn, "violations", "fid", fid)["case_id"]
            events = lite.execute(
                "SELECT from_status, to_status, actor, note FROM case_events WHERE case_id = ? "
                "AND from_status IS NOT NULL ORDER BY event_id", (old_id,)).fetchall()
            for from_status, to_status, actor, note in events:
                postgis.add_case_event(conn, case_id, to_status, actor, note,
                                       from_status=from_status)
        _copy_houses(lite, conn)
        for row in _rows(lite, "patrol_reports", _columns("patrol_reports")):
            postgis.insert(conn, "patrol_reports", {k: v for k, v in row.items() if v is not None})


def _copy_settings(lite, conn):
    """The county's settings (its name, issuing unit, weights …) as the GeoPackage has
    them, so that reports and algorithms read the same on both."""
    values = {k: v for k, v in gpkg.read_settings(lite).items()
              if k not in ("schema_version", "county_code")}
    postgis.write_settings(conn, values, "pg_demo")


def _copy_houses(lite, conn):
    for row in _rows(lite, "houses", _columns("houses")):
        postgis.insert(conn, "houses", {k: v for k, v in row.items()
                                        if v is not None and k != "fid"})
    new_ids = {}
    for row in _rows(lite, "house_inspections", ["inspection_id"] + _columns("house_inspections")):
        old = row.pop("inspection_id")
        new_ids[old] = postgis.insert(conn, "house_inspections",
                                      {k: v for k, v in row.items() if v is not None})
    for row in _rows(lite, "inspection_members", _columns("inspection_members")):
        row["inspection_id"] = new_ids[row["inspection_id"]]
        postgis.insert(conn, "inspection_members", {k: v for k, v in row.items() if v is not None})


def plain_value(v):
    """A value as the GeoPackage gives it (PostgreSQL: dates and timestamps as ISO
    text, booleans as 0/1)."""
    if isinstance(v, bool):
        return int(v)
    return dbref.timestamp_text(v)


def rows(ref, query, params=()):
    """[{column: value}] of plain SQL (qmark style) on either backend, values as the
    GeoPackage gives them."""
    con = dbref.connect(ref)
    try:
        cur = con.execute(query, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, map(plain_value, r))) for r in cur.fetchall()]
    finally:
        con.close()
