"""Which county database: a GeoPackage file or a schema on a PostgreSQL/PostGIS server.

A database reference is a plain string, so that everything that passes "the path of
the project database" around (dialogs, pick tools, signals) keeps working:

- a GeoPackage: its file path, as before;
- a PostGIS county schema: "postgres:<libpq connection text>|schema=<name>", e.g.
  "postgres:service=county|schema=county_330624" (the connection text as QGIS's
  QgsDataSourceUri.connectionInfo() gives it; its password, when the layer keeps one).

`connect(ref)` opens either.  A PostGIS connection is wrapped in PgConnection, which
also speaks the sqlite3 idiom the stores use: `con.execute(sql, params)` with `?`
placeholders, returning a cursor, on the county schema (first on the search path).
`is_postgis(con)` tells the stores which SQL dialect to write where the two differ
(geometry, RETURNING, row locks).  No Qt or QGIS imports.
"""

import contextlib
import datetime
import os
import sqlite3

from . import gpkg

PREFIX = "postgres:"
SCHEMA_MARK = "|schema="


class PostgisRef(str):
    """A reference to a PostGIS county schema (a str: its text is the reference)."""

    @property
    def conninfo(self):
        return self[len(PREFIX):].rsplit(SCHEMA_MARK, 1)[0]

    @property
    def schema(self):
        return self.rsplit(SCHEMA_MARK, 1)[1]

    def label(self):
        """The reference for messages: the schema and the server, without a password."""
        from . import postgis
        return "%s (%s)" % (self.schema, postgis.describe(self.conninfo))


def postgis_ref(conninfo, schema_name):
    return PostgisRef("%s%s%s%s" % (PREFIX, conninfo, SCHEMA_MARK, schema_name))


def parse(ref):
    """A PostgisRef for a PostGIS reference, else the absolute path of a GeoPackage."""
    text = str(ref)
    if text.startswith(PREFIX) and SCHEMA_MARK in text:
        return PostgisRef(text)
    return os.path.abspath(text)


def is_postgis_ref(ref):
    return ref is not None and str(ref).startswith(PREFIX) and SCHEMA_MARK in str(ref)


def exists(ref):
    """True for a PostGIS reference (the server is asked only when used), else whether
    the GeoPackage file is there."""
    return is_postgis_ref(ref) or (bool(ref) and os.path.exists(str(ref)))


def label(ref):
    ref = parse(ref)
    return ref.label() if isinstance(ref, PostgisRef) else ref


# --- connections ---------------------------------------------------------------------------

class PgConnection:
    """A postgis.CountyConnection (autocommit, its schema first on the search path) that
    also runs sqlite3-style statements: execute(sql with ?, params) → cursor."""

    def __init__(self, raw):
        self.raw = raw

    def __getattr__(self, name):
        return getattr(self.raw, name)

    def execute(self, query, params=()):
        cur = self.raw.cursor()
        # The stores' statements have no literal ?: only placeholders.
        params = tuple(params)
        if params:
            cur.execute(query.replace("%", "%%").replace("?", "%s"), params)
        else:
            cur.execute(query)
        return cur

    def close(self):
        self.raw.close()


def connect(ref):
    """An open connection to the database of `ref`: sqlite3 (gpkg.connect) for a
    GeoPackage, PgConnection for a PostGIS schema."""
    ref = parse(ref)
    if not isinstance(ref, PostgisRef):
        return gpkg.connect(ref)
    from psycopg2 import sql
    from . import postgis
    raw = postgis.connect(ref.conninfo, ref.schema)
    try:
        postgis.open_schema(raw)
        with raw.cursor() as cur:
            cur.execute(sql.SQL("SET search_path TO {}, {}").format(
                sql.Identifier(ref.schema), sql.Identifier(postgis.geometry_schema(raw))))
    except BaseException:
        raw.close()
        raise
    return PgConnection(raw)


def is_postgis(con):
    return isinstance(con, PgConnection)


def transaction(con):
    """gpkg.transaction or postgis.transaction, as the connection needs."""
    if is_postgis(con):
        from . import postgis
        return postgis.transaction(con.raw)
    return gpkg.transaction(con)


def database_errors():
    """The exception classes a statement of either backend may raise."""
    errors = (gpkg.DatabaseError, sqlite3.Error)
    try:
        import psycopg2
    except ImportError:
        return errors
    return errors + (psycopg2.Error,)


def readable_error(exc):
    try:
        import psycopg2
    except ImportError:
        psycopg2 = None
    if psycopg2 is not None and isinstance(exc, psycopg2.Error):
        from . import postgis
        return postgis.readable_error(exc)
    return gpkg.readable_error(exc)


def read_settings(con):
    if is_postgis(con):
        from . import postgis
        return postgis.read_settings(con.raw)
    return gpkg.read_settings(con)


def write_settings(con, values, user):
    if is_postgis(con):
        from . import postgis
        return postgis.write_settings(con.raw, values, user)
    return gpkg.write_settings(con, values, user)


def timestamp_text(value):
    """A timestamp read from either backend as the ISO text the GeoPackage keeps
    ('…T…Z'): PostgreSQL's aware datetimes in UTC with their microseconds, so that
    the text is also an exact optimistic-check token."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc)
        text = value.replace(tzinfo=None).isoformat(timespec="microseconds")
        return text + "Z"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def timestamp_value(text):
    """The aware datetime of a token written by timestamp_text (None for None)."""
    if text is None or isinstance(text, datetime.datetime):
        return text
    value = datetime.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)


@contextlib.contextmanager
def closing(con):
    try:
        yield con
    finally:
        con.close()
