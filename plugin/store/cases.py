"""Every database read and write of the case dialog, in one module.

Reading a case is a handful of indexed queries (the case row by case_id, its events,
its attachment list, the names of its zones); the dialog never loads a layer.  Saving
is ONE transaction: the case row (inserted, or updated with the changed fields only),
then the optional workflow event, then the new attachments; any failure rolls back
all of it.  An update first checks that the case's updated_at is still the one read
when the dialog opened ("optimistic" locking): otherwise someone else has changed the
case meanwhile, and nothing is written.

All SQL of the dialog is here, with bound parameters (`?`, sqlite3's qmark style).
The same statements run on a PostGIS county schema (store/dbref.py: `con` is then a
dbref.PgConnection); where the dialects differ (geometry, the new row's number, the
row lock of the optimistic check, the CRS of a table) both are written here, and
PostgreSQL's dates and timestamps are read as the GeoPackage's ISO text.
The database's triggers still check every rule (workflow steps, required data, codes,
dates); the checks here only make the dialog's messages precise.

No Qt or QGIS imports.
"""

import sqlite3
import struct
from typing import NamedTuple, Optional

from ..core import workflow
from . import dbref, gpkg, schema
from .sqlite_ddl import q

CASE_COLUMNS = ("fid",) + tuple(schema.VIOLATIONS.field_names)
_WRITABLE = set(schema.VIOLATIONS.field_names) - {"case_id", "status", "created_at", "updated_at"}

SQL_CASE = "SELECT %s FROM violations WHERE case_id = ?" % ", ".join(q(c) for c in CASE_COLUMNS)
SQL_CASE_BY_FID = "SELECT case_id FROM violations WHERE fid = ?"
SQL_CASE_STATE = "SELECT status, updated_at, updated_by FROM violations WHERE case_id = ?"
# PostgreSQL: the row stays locked until the save commits, so that no other save can
# come in between the check and the write.
SQL_CASE_STATE_LOCKED = SQL_CASE_STATE + " FOR UPDATE"
SQL_EVENTS = ("SELECT event_id, at, from_status, to_status, actor, note FROM case_events "
              "WHERE case_id = ? ORDER BY event_id")
SQL_ATTACHMENTS = ("SELECT attachment_id, file_name, mime_type, size_bytes, added_at, added_by, "
                   "note FROM attachments WHERE owner_table = 'violations' AND owner_id = ? "
                   "ORDER BY attachment_id")
SQL_ATTACHMENT_CONTENT = "SELECT content FROM attachments WHERE attachment_id = ?"
SQL_INSERT_EVENT = ("INSERT INTO case_events (case_id, from_status, to_status, actor, note) "
                    "VALUES (?, ?, ?, ?, ?)")
SQL_INSERT_ATTACHMENT = (
    "INSERT INTO attachments (owner_table, owner_id, file_name, mime_type, size_bytes, content, "
    "taken_at, added_by, note) VALUES ('violations', ?, ?, ?, ?, ?, ?, ?, ?)")
SQL_ZONE_NAMES = "SELECT zone_code, zone_name FROM zones WHERE zone_code IN (%s)"
# Zones whose bounding box meets a box, through the GeoPackage R-tree of the zones.
SQL_ZONES_IN_BOX = (
    "SELECT z.zone_code, z.zone_name, z.level, z.parent_code, z.geom FROM zones z "
    "JOIN rtree_zones_geom r ON r.id = z.fid "
    "WHERE r.maxx >= ? AND r.minx <= ? AND r.maxy >= ? AND r.miny <= ?")
SQL_ALL_ZONES = "SELECT zone_code, zone_name, level, parent_code, geom FROM zones"
# PostGIS: the zones' GiST index answers the && (bounding boxes meet) test.
SQL_PG_ZONES_IN_BOX = (
    "SELECT zone_code, zone_name, level, parent_code, ST_AsBinary(geom) FROM zones "
    "WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, ST_SRID(geom))")
SQL_PG_TABLE_SRS = (
    "SELECT g.srid, s.auth_name, s.auth_srid, s.srtext FROM geometry_columns g "
    "LEFT JOIN spatial_ref_sys s ON s.srid = g.srid "
    "WHERE g.f_table_schema = current_schema() AND g.f_table_name = ? AND g.f_geometry_column = 'geom'")
SQL_TABLE_SRS = (
    "SELECT s.srs_id, s.organization, s.organization_coordsys_id, s.definition "
    "FROM gpkg_geometry_columns g JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
    "WHERE g.table_name = ?")


class StaleCase(gpkg.DatabaseError):
    """The case changed in the database since it was read; nothing was written."""

    def __init__(self, case_id, updated_at, updated_by):
        super().__init__("%s was changed at %s by %s after it was opened"
                         % (case_id, updated_at, updated_by or "?"))
        self.case_id = case_id
        self.updated_at = updated_at
        self.updated_by = updated_by


class RefusedStep(gpkg.DatabaseError):
    """A workflow step the workflow does not allow from the case's status."""

    def __init__(self, from_status, to_status):
        super().__init__("the step %s → %s is not allowed by the workflow"
                         % (from_status, to_status))
        self.from_status = from_status
        self.to_status = to_status


class Event(NamedTuple):
    event_id: int
    at: str
    from_status: Optional[str]
    to_status: str
    actor: Optional[str]
    note: Optional[str]


class AttachmentInfo(NamedTuple):
    """A stored attachment without its content."""
    attachment_id: int
    file_name: str
    mime_type: Optional[str]
    size_bytes: Optional[int]
    added_at: Optional[str]
    added_by: Optional[str]
    note: Optional[str]


class NewAttachment(NamedTuple):
    file_name: str
    content: bytes
    mime_type: Optional[str] = None
    taken_at: Optional[str] = None
    note: Optional[str] = None


class PendingStep(NamedTuple):
    """A workflow step to write with the next save: the new status, the case fields the
    step fills in ({field: value}) and the event's note."""
    to_status: str
    values: dict
    note: Optional[str] = None


class CaseRecord(NamedTuple):
    values: dict                 # every field of the violations row, and fid
    events: list                 # [Event] oldest first
    attachments: list            # [AttachmentInfo]
    zone_names: dict             # {zone_code: zone_name} of its township and village


class Zone(NamedTuple):
    zone_code: str
    zone_name: str
    level: str
    parent_code: Optional[str]
    wkb: bytes                   # ISO WKB of the polygon, in the zones table's CRS


# --- reading ------------------------------------------------------------------------------

def connect(ref):
    """A connection to the database of `ref` (a GeoPackage path or a PostGIS reference,
    see dbref)."""
    return dbref.connect(ref)


def plain(row):
    """A row with PostgreSQL's dates and timestamps as the GeoPackage's ISO text and
    its bytea as bytes (a GeoPackage row comes back unchanged)."""
    return tuple(bytes(v) if isinstance(v, memoryview) else dbref.timestamp_text(v) for v in row)


def load_case(con, case_id):
    """The CaseRecord of `case_id`; DatabaseError when there is no such case."""
    row = con.execute(SQL_CASE, (case_id,)).fetchone()
    if row is None:
        raise gpkg.DatabaseError("there is no case %s" % case_id)
    values = dict(zip(CASE_COLUMNS, plain(row)))
    events = [Event(*plain(r)) for r in con.execute(SQL_EVENTS, (case_id,))]
    attachments = list_attachments(con, case_id)
    names = zone_names(con, [values.get("township_code"), values.get("village_code")])
    return CaseRecord(values, events, attachments, names)


def list_attachments(con, case_id):
    return [AttachmentInfo(*plain(r)) for r in con.execute(SQL_ATTACHMENTS, (case_id,))]


def attachment_content(con, attachment_id):
    """The bytes of a stored attachment (None when there is none)."""
    row = con.execute(SQL_ATTACHMENT_CONTENT, (attachment_id,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def zone_names(con, zone_codes):
    wanted = [c for c in zone_codes if c]
    if not wanted:
        return {}
    sql = SQL_ZONE_NAMES % ", ".join("?" * len(wanted))
    return dict(con.execute(sql, wanted))


def case_id_of_fid(con, fid):
    row = con.execute(SQL_CASE_BY_FID, (fid,)).fetchone()
    return row[0] if row else None


def settings(con):
    return dbref.read_settings(con)


def table_crs(con, table="violations"):
    """(srs_id, 'EPSG:n' or None, WKT definition) of a layer table."""
    row = con.execute(SQL_PG_TABLE_SRS if dbref.is_postgis(con) else SQL_TABLE_SRS,
                      (table,)).fetchone()
    if row is None:
        raise gpkg.DatabaseError("%s is not a layer of this database" % table)
    srs_id, org, org_id, definition = row
    authid = "%s:%s" % (org.upper(), org_id) if org and org_id is not None else None
    return srs_id, authid, definition


def zones_in_box(con, minx, maxx, miny, maxy):
    """[Zone] of the zones whose bounding box meets the box (coordinates in the zones
    table's CRS), found through the R-tree (PostGIS: the GiST index): only these can
    overlap a feature there."""
    if dbref.is_postgis(con):
        rows = con.execute(SQL_PG_ZONES_IN_BOX, (minx, miny, maxx, maxy)).fetchall()
        return [Zone(code, name, level, parent, bytes(wkb))
                for code, name, level, parent, wkb in rows if wkb is not None]
    try:
        rows = con.execute(SQL_ZONES_IN_BOX, (minx, maxx, miny, maxy)).fetchall()
    except sqlite3.OperationalError:      # no spatial index: compare the envelopes
        rows = []
        for r in con.execute(SQL_ALL_ZONES):
            env = blob_envelope(r[4])
            if env and env[1] >= minx and env[0] <= maxx and env[3] >= miny and env[2] <= maxy:
                rows.append(r)
    return [Zone(code, name, level, parent, blob_wkb(blob))
            for code, name, level, parent, blob in rows if blob is not None]


# --- GeoPackage geometry blobs, without GDAL ----------------------------------------------

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def blob_wkb(blob):
    """The WKB inside a GeoPackage geometry blob."""
    blob = bytes(blob)
    return blob[8 + _ENVELOPE_BYTES[(blob[3] >> 1) & 0x07]:]


def blob_envelope(blob):
    """(minx, maxx, miny, maxy) from a blob's header, or None when it has none."""
    if blob is None:
        return None
    blob = bytes(blob)
    flags = blob[3]
    if not (flags >> 1) & 0x07:
        return None
    return struct.unpack("<4d" if flags & 1 else ">4d", blob[8:40])


# --- saving -------------------------------------------------------------------------------

def save_case(con, case_id, changes, expected_updated_at=None, step=None, attachments=(),
              actor=None, geometry=None):
    """Write a case in one transaction and return its case_id.

    case_id None inserts a new case with `geometry` (WKB, in the violations table's CRS)
    and the `changes` as its fields; the database gives it its number and registration
    event.  Otherwise only the `changes` are written, after checking that the case's
    updated_at still equals `expected_updated_at` (StaleCase when not).  `step`, a
    PendingStep, then writes the step's fields and its case event (RefusedStep when the
    workflow does not allow it from the current status); `attachments` ([NewAttachment])
    are added last.  Any error rolls back everything and is re-raised.
    """
    unknown = set(changes) - _WRITABLE
    if step is not None:
        unknown |= set(step.values) - _WRITABLE
    if unknown:
        raise gpkg.DatabaseError("the case dialog cannot write %s" % ", ".join(sorted(unknown)))
    fields = dict(changes)
    if step is not None:
        fields.update(step.values)
    with dbref.transaction(con):
        status = workflow.INITIAL if case_id is None else \
            _check_unchanged(con, case_id, expected_updated_at)
        if step is not None and workflow.transition(status, step.to_status) is None:
            raise RefusedStep(status, step.to_status)
        if case_id is None:
            if geometry is None:
                raise gpkg.DatabaseError("a new case needs its polygon")
            case_id = _insert_case(con, fields, geometry, actor)
        elif fields:
            fields["updated_by"] = actor
            _update_case(con, case_id, fields)
        if step is not None:
            con.execute(SQL_INSERT_EVENT, (case_id, status, step.to_status, actor,
                                           (step.note or "").strip() or None))
        for a in attachments:
            content = bytes(a.content) if a.content is not None else None
            con.execute(SQL_INSERT_ATTACHMENT, (
                case_id, a.file_name, a.mime_type, None if content is None else len(content),
                content, a.taken_at, actor, a.note))
    return case_id


def _insert_case(con, fields, geometry, actor):
    if dbref.is_postgis(con):
        from . import postgis
        values = {k: v for k, v in fields.items() if v is not None}
        values.update(updated_by=actor, geom=bytes(geometry))
        return case_id_of_fid(con, postgis.insert(con.raw, "violations", values))
    srs_id = gpkg.layer_srs_id(con, "violations")
    values = {k: v for k, v in fields.items() if v is not None}
    values["updated_by"] = actor
    cols = list(values)
    sql = "INSERT INTO violations (geom, %s) VALUES (?, %s)" % (
        ", ".join(q(c) for c in cols), ", ".join("?" * len(cols)))
    cur = con.execute(sql, [gpkg.gpkg_blob(bytes(geometry), srs_id)] + [values[c] for c in cols])
    return case_id_of_fid(con, cur.lastrowid)


def _check_unchanged(con, case_id, expected_updated_at):
    """The case's status, after making sure nobody changed it since it was read."""
    postgres = dbref.is_postgis(con)
    row = con.execute(SQL_CASE_STATE_LOCKED if postgres else SQL_CASE_STATE, (case_id,)).fetchone()
    if row is None:
        raise gpkg.DatabaseError("there is no case %s" % case_id)
    status, updated_at, updated_by = row
    if postgres:
        same = expected_updated_at is not None and \
            updated_at == dbref.timestamp_value(expected_updated_at)
        updated_at = dbref.timestamp_text(updated_at)
    else:
        same = updated_at == expected_updated_at
    if not same:
        raise StaleCase(case_id, updated_at, updated_by)
    return status


_BOOLEANS = {f.name for f in schema.VIOLATIONS.fields if f.type == "boolean"}


def _update_case(con, case_id, fields):
    fields = dict(fields)
    if dbref.is_postgis(con):       # PostgreSQL's booleans are no integers
        fields.update({k: bool(v) for k, v in fields.items() if k in _BOOLEANS and v is not None})
    # A change of the dates makes the database propose the stock class again; a class
    # the user chose is written after the dates, so that it stands.
    stock = None
    if "stock_class" in fields and ({"discovered_on", "construction_started_on"} & set(fields)):
        stock = {"stock_class": fields.pop("stock_class")}
    for part in (fields, stock):
        if part:
            cols = list(part)
            sql = "UPDATE violations SET %s WHERE case_id = ?" % ", ".join(
                "%s = ?" % q(c) for c in cols)
            con.execute(sql, [part[c] for c in cols] + [case_id])
