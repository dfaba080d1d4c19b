"""The project database as a GeoPackage: create, open, upgrade, transactions.

Writes go through Python's sqlite3 with bound parameters, inside one transaction
each, so a failed run leaves the file as it was.  GDAL (osgeo) is used for what the
GeoPackage format needs beyond SQL: the SRS definition and the R-tree spatial index.
No Qt or QGIS imports: algorithms, dialogs, scripts and tests all use this module.
"""

import contextlib
import os
import sqlite3
import struct
import tempfile

from ..core import settings as settings_rules
from . import schema, sqlite_ddl
from .sqlite_ddl import q

APPLICATION = "liangwei"
GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10300


class DatabaseError(Exception):
    """A readable problem with a project database."""


# --- geometry blobs ---------------------------------------------------------------

def _ogr():
    from osgeo import ogr
    ogr.UseExceptions()
    return ogr


def gpkg_blob(geometry, srs_id):
    """A GeoPackage geometry blob (header with envelope + ISO WKB).

    `geometry` is an osgeo.ogr.Geometry, WKB bytes or WKT text; None stays None.
    """
    if geometry is None:
        return None
    ogr = _ogr()
    if isinstance(geometry, (bytes, bytearray, memoryview)):
        geometry = ogr.CreateGeometryFromWkb(bytes(geometry))
    elif isinstance(geometry, str):
        geometry = ogr.CreateGeometryFromWkt(geometry)
    if geometry.IsEmpty():
        return b"GP\x00\x11" + struct.pack("<i", srs_id) + geometry.ExportToIsoWkb()
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    # flags: little endian (bit 0), envelope [minx, maxx, miny, maxy] (code 1 in bits 1-3)
    header = b"GP\x00\x03" + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy)
    return header + geometry.ExportToIsoWkb(ogr.wkbNDR)


def blob_geometry(blob):
    """The osgeo.ogr.Geometry of a GeoPackage blob (None for NULL)."""
    if blob is None:
        return None
    blob = bytes(blob)
    flags = blob[3]
    env = (flags >> 1) & 0x07
    size = 8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[env]
    return _ogr().CreateGeometryFromWkb(blob[size:])


def _envelope(blob):
    """(minx, maxx, miny, maxy, empty) of a GeoPackage blob."""
    blob = bytes(blob)
    flags = blob[3]
    empty = bool(flags & 0x10)
    env = (flags >> 1) & 0x07
    if env and not empty:
        fmt = "<4d" if flags & 1 else ">4d"
        minx, maxx, miny, maxy = struct.unpack(fmt, blob[8:40])
        return minx, maxx, miny, maxy, False
    g = blob_geometry(blob)
    if g is None or g.IsEmpty():
        return None, None, None, None, True
    minx, maxx, miny, maxy = g.GetEnvelope()
    return minx, maxx, miny, maxy, False


def _register_gpkg_functions(con):
    """The ST_ functions the GeoPackage R-tree triggers call (as GDAL and SpatiaLite
    provide them), so that plain sqlite3 can write features."""
    def pick(i):
        return lambda b: None if b is None else _envelope(b)[i]
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        con.create_function(name, 1, pick(i), deterministic=True)
    con.create_function("ST_IsEmpty", 1,
                        lambda b: None if b is None else int(_envelope(b)[4]), deterministic=True)


# --- connections and transactions --------------------------------------------------

def connect(path):
    """A sqlite3 connection to a project database, in autocommit mode; use
    `transaction()` around writes."""
    if not os.path.exists(path):
        raise DatabaseError("no such database: %s" % path)
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    _register_gpkg_functions(con)
    con.execute("PRAGMA busy_timeout = 30000")
    return con


@contextlib.contextmanager
def transaction(con):
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error (which is re-raised)."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def readable_error(exc):
    """The message of a constraint or trigger failure without SQLite's prefix."""
    text = str(exc)
    for prefix in ("CHECK constraint failed: ", "UNIQUE constraint failed: ",
                   "NOT NULL constraint failed: "):
        if text.startswith(prefix):
            kind = prefix.split(" constraint")[0]
            rest = text[len(prefix):]
            if kind == "UNIQUE":
                return "%s: duplicate value" % rest
            if kind == "NOT NULL":
                return "%s: must be filled in" % rest
            return rest
    return text


# --- SRS -------------------------------------------------------------------------------

def srs_row(crs):
    """(srs_name, srs_id, organization, org_id, definition) for 'EPSG:n'."""
    from osgeo import osr
    try:
        auth, code = str(crs).split(":")
        code = int(code)
    except ValueError:
        raise DatabaseError("the CRS must be written like EPSG:4490, not %r" % (crs,))
    if auth.upper() != "EPSG":
        raise DatabaseError("only EPSG coordinate reference systems can be used: %r" % (crs,))
    srs = osr.SpatialReference()
    if srs.ImportFromEPSG(code) != 0:
        raise DatabaseError("unknown CRS %s" % crs)
    return srs.GetName(), code, "EPSG", code, srs.ExportToWkt()


def ensure_srs(con, crs):
    name, srs_id, org, org_id, wkt = srs_row(crs)
    con.execute(
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
        "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)",
        (name, srs_id, org, org_id, wkt, name))
    return srs_id


def layer_srs_id(con, table="violations"):
    row = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                      (table,)).fetchone()
    return row[0] if row else None


# --- creation ----------------------------------------------------------------------------

LAYER_STYLES_DDL = (
    "CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
    "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
    "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
    "update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))")


def _empty_geopackage(path):
    from osgeo import gdal
    gdal.UseExceptions()
    drv = gdal.GetDriverByName("GPKG")
    ds = drv.Create(path, 0, 0, 0, gdal.GDT_Unknown)
    ds = None  # noqa: F841  (closing writes the file)


def register_table(con, t, srs_id):
    """Entries in gpkg_contents / gpkg_geometry_columns that make a table a layer."""
    con.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, ?, ?, ?, ?)",
        (t.name, "features" if t.geometry else "attributes", t.name,
         "%s / %s" % (t.zh, t.en), srs_id if t.geometry else 0))
    if t.geometry:
        con.execute(
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
            "srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)",
            (t.name, schema.GEOMETRY_COLUMN, t.geometry, srs_id))


def write_field_labels(con):
    """Field labels for any GeoPackage client (GDAL reads them as alternative names)."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, "
        "column_name TEXT NOT NULL, name TEXT, title TEXT, description TEXT, mime_type TEXT, "
        "constraint_name TEXT, CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name))")
    con.execute(
        "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
        "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
        "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))")
    con.execute(
        "INSERT OR IGNORE INTO gpkg_extensions (table_name, column_name, extension_name, "
        "definition, scope) VALUES ('gpkg_data_columns', NULL, 'gpkg_schema', "
        "'http://www.geopackage.org/spec121/#extension_schema', 'read-write')")
    for t in schema.TABLES:
        for f in t.fields:
            con.execute(
                "INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, title, "
                "description) VALUES (?, ?, ?, ?, ?)", (t.name, f.name, f.zh, f.en, f.zh))


def _fill_settings(con, county_code, crs):
    con.executemany("INSERT INTO settings (key, value_type, value) VALUES (?, ?, ?)",
                    settings_rules.defaults(county_code, crs))
    con.execute("INSERT INTO settings (key, value_type, value) VALUES (?, ?, ?)",
                ("schema_version", "int", str(schema.SCHEMA_VERSION)))


def write_reference_tables(con):
    """The workflow rules and code lists, as this version of the plugin defines them."""
    con.execute("DELETE FROM workflow_transitions")
    con.executemany("INSERT INTO workflow_transitions (from_status, to_status, note_required) "
                    "VALUES (?, ?, ?)", schema.workflow_rows())
    con.execute("DELETE FROM code_lists")
    con.executemany("INSERT INTO code_lists (list_name, code, zh, en, sort_order) "
                    "VALUES (?, ?, ?, ?, ?)", sqlite_ddl.enum_values())


def styles_dir():
    return os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
                        "resources", "styles")


def write_default_styles(con, directory=None):
    """Store resources/styles/<table>.qml as each layer's default style, so the file
    looks right in any QGIS, with or without the plugin."""
    directory = directory or styles_dir()
    con.execute(LAYER_STYLES_DDL)
    con.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, "
        "srs_id) VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS styles', 0)")
    written = 0
    for t in schema.TABLES:
        qml = os.path.join(directory, "%s.qml" % t.name)
        if not os.path.exists(qml):
            continue
        with open(qml, encoding="utf-8") as fh:
            text = fh.read()
        con.execute("DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?",
                    (t.name, t.name))
        con.execute(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
            "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
            "owner, ui) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, ?, '')",
            (t.name, schema.GEOMETRY_COLUMN if t.geometry else "", t.name, text,
             "Liangwei default style", APPLICATION))
        written += 1
    return written


def create(path, county_code, crs="EPSG:4490", overwrite=False, styles_directory=None):
    """Create a project database at `path`; returns the path.

    Built in a temporary file beside the target and moved into place at the end, so
    a failure never leaves a half-made database (nor touches an existing one).
    """
    from ..core.zones import normalise_code
    code = normalise_code(county_code)
    if code is None or len(code) != 6:
        raise DatabaseError("the county code must have 6 digits, e.g. 330624: %r" % (county_code,))
    path = os.path.abspath(path)
    if not path.lower().endswith(".gpkg"):
        raise DatabaseError("a project database is a GeoPackage file ending in .gpkg: %s" % path)
    if os.path.exists(path) and not overwrite:
        raise DatabaseError("%s already exists; choose another file or allow overwriting" % path)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise DatabaseError("the folder %s does not exist" % folder)
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=".liangwei-", dir=folder)
    os.close(fd)
    os.remove(tmp)
    try:
        _empty_geopackage(tmp)
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            with transaction(con):
                srs_id = ensure_srs(con, crs)
                for stmt in sqlite_ddl.all_statements():
                    con.execute(stmt)
                for t in schema.TABLES:
                    register_table(con, t, srs_id)
                write_field_labels(con)
                _fill_settings(con, code, crs)
                write_reference_tables(con)
                write_default_styles(con, styles_directory)
        finally:
            con.close()
        _create_spatial_indexes(tmp)
        os.replace(tmp, path)
    except Exception:
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(tmp + suffix):
                os.remove(tmp + suffix)
        raise
    return path


def _create_spatial_indexes(path, tables=None):
    from osgeo import gdal
    gdal.UseExceptions()
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    for t in tables or schema.TABLES:
        if t.geometry:
            ds.ExecuteSQL("SELECT CreateSpatialIndex(%s, %s)" % (
                sqlite_ddl.lit(t.name), sqlite_ddl.lit(schema.GEOMETRY_COLUMN)))
    ds = None  # noqa: F841


# --- opening and upgrading -------------------------------------------------------------

def schema_version(con):
    try:
        row = con.execute("SELECT value FROM settings WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return int(row[0]) if row and row[0] is not None else None


def open_database(path):
    """Check that `path` is a Liangwei database and bring it to the current schema.

    Returns the list of upgrade steps applied (empty when it was current).
    """
    from . import migrations
    con = connect(path)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.DatabaseError as e:
        con.close()
        raise DatabaseError("%s is not a GeoPackage: %s" % (path, e))
    try:
        missing = {"violations", "zones", "settings"} - tables
        if missing:
            raise DatabaseError("%s is not a Liangwei project database (no %s table)"
                                % (path, ", ".join(sorted(missing))))
        version = schema_version(con)
        if version is None:
            raise DatabaseError("%s has no schema version in its settings table" % path)
        if version > schema.SCHEMA_VERSION:
            raise DatabaseError(
                "%s was written by a newer Liangwei (schema %d, this plugin knows %d): "
                "update the plugin" % (path, version, schema.SCHEMA_VERSION))
        steps, new_spatial = migrations.upgrade(con, version)
    finally:
        con.close()
    if new_spatial:
        _create_spatial_indexes(path, new_spatial)
    return steps


# --- settings ------------------------------------------------------------------------------

def read_settings(con):
    """{key: Python value} of the settings table."""
    return {k: settings_rules.from_text(k, v)
            for k, v in con.execute("SELECT key, value FROM settings")}


def write_settings(con, values, user=None):
    """Update settings in one transaction; unknown keys are refused."""
    with transaction(con):
        for key, value in values.items():
            rule = settings_rules.BY_KEY.get(key)
            if rule is None or key == "schema_version":
                raise DatabaseError("unknown or read-only setting %r" % key)
            con.execute(
                "INSERT INTO settings (key, value_type, value, updated_at, updated_by) "
                "VALUES (?, ?, ?, %s, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by"
                % sqlite_ddl.NOW, (key, rule.type, settings_rules.to_text(key, value), user))


# --- rows ------------------------------------------------------------------------------------

def insert(con, table, row, srs_id=None):
    """Insert one row (a dict; a 'geom' value is an ogr geometry, WKB or WKT) and return
    its primary key.  Column names are checked against the schema."""
    t = schema.table(table)
    allowed = set(t.field_names) | {t.pk}
    if t.geometry:
        allowed.add(schema.GEOMETRY_COLUMN)
    unknown = set(row) - allowed
    if unknown:
        raise DatabaseError("%s has no field(s) %s" % (table, ", ".join(sorted(unknown))))
    values = dict(row)
    if t.geometry and values.get(schema.GEOMETRY_COLUMN) is not None:
        values[schema.GEOMETRY_COLUMN] = gpkg_blob(
            values[schema.GEOMETRY_COLUMN], srs_id if srs_id is not None else layer_srs_id(con, table))
    cols = list(values)
    cur = con.execute("INSERT INTO %s (%s) VALUES (%s)" % (
        q(table), ", ".join(q(c) for c in cols), ", ".join("?" * len(cols))),
        [values[c] for c in cols])
    return cur.lastrowid


def update(con, table, key_field, key, changes):
    t = schema.table(table)
    unknown = set(changes) - set(t.field_names) - {schema.GEOMETRY_COLUMN}
    if unknown or key_field not in set(t.field_names) | {t.pk}:
        raise DatabaseError("%s has no field(s) %s" % (table, ", ".join(sorted(unknown | {key_field}))))
    values = dict(changes)
    if schema.GEOMETRY_COLUMN in values and values[schema.GEOMETRY_COLUMN] is not None:
        values[schema.GEOMETRY_COLUMN] = gpkg_blob(values[schema.GEOMETRY_COLUMN],
                                                   layer_srs_id(con, table))
    cols = list(values)
    cur = con.execute("UPDATE %s SET %s WHERE %s = ?" % (
        q(table), ", ".join("%s = ?" % q(c) for c in cols), q(key_field)),
        [values[c] for c in cols] + [key])
    return cur.rowcount


def add_case_event(con, case_id, to_status, actor=None, note=None, at=None):
    """Move a case one workflow step by writing its event (the database checks the step)."""
    current = con.execute("SELECT status FROM violations WHERE case_id = ?", (case_id,)).fetchone()
    if current is None:
        raise DatabaseError("no case %s" % case_id)
    row = {"case_id": case_id, "from_status": current[0], "to_status": to_status,
           "actor": actor, "note": note}
    if at is not None:
        row["at"] = at
    return insert(con, "case_events", row)
