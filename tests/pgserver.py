"""A private PostgreSQL 15 + PostGIS 3 server for the tests, and helpers to use it.

Import the fixtures into a test module:  `from pgserver import pg_server, pg_database`

- `pg_server` (session): one server for the whole run, started by
  scripts/pg_test_server.sh (which installs the Debian packages when they are missing)
  in a fresh directory under /tmp, on 127.0.0.1 and a free port; stopped and deleted
  at the end.  With LW_PG_CONNINFO set (a superuser's connection text) an already
  running server is used instead.
- `pg_database` (module): a new database with PostGIS for the module's tests, dropped
  afterwards together with every role the module created.

Nothing is skipped: when the server cannot be had, the tests fail with the reason,
because CI must run them.
"""

import atexit
import os
import re
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg2
import pytest
from psycopg2 import sql

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "scripts" / "pg_test_server.sh"

COUNTY = "330624"
TOWNSHIPS = ("330624100", "330624101", "330624102")
SQUARE = "MULTIPOLYGON(((120.90 29.40,120.91 29.40,120.91 29.41,120.90 29.41,120.90 29.40)))"
SMALL = "MULTIPOLYGON(((120.901 29.401,120.902 29.401,120.902 29.402,120.901 29.401)))"
POINT = "POINT(120.905 29.405)"


class Server:
    def __init__(self, conninfo, directory=None):
        self.conninfo = conninfo
        self.directory = directory
        self.params = psycopg2.extensions.parse_dsn(conninfo)

    def info(self, dbname=None, user=None, password=None):
        """Connection text for `dbname` as `user` (the superuser by default)."""
        params = dict(self.params)
        if dbname:
            params["dbname"] = dbname
        if user is not None:
            params["user"] = user
            params.pop("password", None)
            if password is not None:
                params["password"] = password
        return " ".join("%s=%s" % (k, _quote(v)) for k, v in params.items())

    def connect(self, dbname=None, user=None, password=None):
        conn = psycopg2.connect(self.info(dbname, user, password))
        conn.autocommit = True
        return conn

    def stop(self):
        if self.directory and os.path.isdir(self.directory):
            subprocess.run(["bash", str(SCRIPT), "stop", self.directory],
                           capture_output=True, text=True, timeout=120)


def _quote(value):
    """A libpq connection-text value, quoted when it has to be."""
    text = str(value)
    if text and re.fullmatch(r"[A-Za-z0-9_.\-/:]+", text):
        return text
    return "'%s'" % text.replace("\\", "\\\\").replace("'", "\\'")


_SERVER = None


def server():
    """The test server, started on first use (a RuntimeError says why it could not)."""
    global _SERVER
    if _SERVER is not None:
        return _SERVER
    external = os.environ.get("LW_PG_CONNINFO")
    if external:
        _SERVER = Server(external)
        return _SERVER
    directory = tempfile.mkdtemp(prefix="lw-pg-", dir="/tmp")
    try:
        result = subprocess.run(["bash", str(SCRIPT), "start", directory],
                                capture_output=True, text=True, timeout=1200)
    except subprocess.TimeoutExpired as e:
        raise RuntimeError("scripts/pg_test_server.sh did not finish: %s" % e)
    found = re.search(r"^LW_PG_CONNINFO='(.*)'$", result.stdout, re.MULTILINE)
    if result.returncode != 0 or not found:
        raise RuntimeError("the PostgreSQL test server did not start (scripts/pg_test_server.sh "
                           "exit code %d):\n%s\n%s" % (result.returncode, result.stdout,
                                                       result.stderr[-4000:]))
    _SERVER = Server(found.group(1), directory)
    atexit.register(_SERVER.stop)
    return _SERVER


@pytest.fixture(scope="session")
def pg_server():
    try:
        srv = server()
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)
    yield srv
    srv.stop()


class Database:
    """One test database with PostGIS; connections as the superuser or any role."""

    def __init__(self, srv, name):
        self.server = srv
        self.name = name

    def info(self, user=None, password=None):
        return self.server.info(self.name, user, password)

    def raw(self, user=None, password=None):
        """A plain psycopg2 connection (autocommit): what psql or another program sends."""
        return self.server.connect(self.name, user, password)

    def connect(self, schema_name=None, user=None, password=None):
        """The plugin's connection (liangwei.plugin.store.postgis)."""
        from liangwei.plugin.store import postgis
        return postgis.connect(self.info(user, password), schema_name)

    def qgis_uri(self, schema_name, table, user=None, password=None, key=None):
        """A QgsDataSourceUri of a county table, as QGIS's own dialogs make it (`key`
        for a table that schema.py does not declare)."""
        from qgis.core import QgsDataSourceUri
        from liangwei.plugin.store import schema
        params = self.server.params
        uri = QgsDataSourceUri()
        uri.setConnection(params["host"], str(params["port"]), self.name,
                          user or params["user"],
                          password if user else params.get("password", ""))
        t = schema.BY_NAME.get(table)
        uri.setDataSource(schema_name, table,
                          schema.GEOMETRY_COLUMN if t is not None and t.geometry else None,
                          "", key or t.pk)
        return uri

    def qgis_layer(self, schema_name, table, user=None, password=None):
        from qgis.core import QgsVectorLayer
        layer = QgsVectorLayer(self.qgis_uri(schema_name, table, user, password).uri(False),
                               table, "postgres")
        assert layer.isValid(), "QGIS cannot open %s.%s as %s" % (schema_name, table, user)
        return layer


def _roles(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT rolname FROM pg_roles")
        return {r[0] for r in cur.fetchall()}


@pytest.fixture(scope="module")
def pg_database(request, pg_server):
    module = re.sub(r"\W", "_", request.module.__name__.split(".")[-1])[-30:]
    name = "lw_%s_%s" % (module, uuid.uuid4().hex[:6])
    admin = pg_server.connect()
    roles_before = _roles(admin)
    with admin.cursor() as cur:
        cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    conn = pg_server.connect(name)
    conn.cursor().execute("CREATE EXTENSION postgis")
    conn.close()
    yield Database(pg_server, name)
    with admin.cursor() as cur:
        cur.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        for role in sorted(_roles(admin) - roles_before):
            cur.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    admin.close()


def build_county(db, schema_name, townships=TOWNSHIPS, villages_per_township=2):
    """A county schema with its zones: the county, `townships` and villages
    <township>201, 202 …  Returns the plugin connection (superuser, schema chosen)."""
    from liangwei.plugin.store import postgis
    conn = db.connect()
    postgis.create_schema(conn, schema_name, COUNTY)
    conn.schema = schema_name
    with postgis.transaction(conn):
        postgis.insert(conn, "zones", {"zone_code": COUNTY, "zone_name": "新昌县",
                                       "level": "county", "geom": SQUARE})
        for i, town in enumerate(townships):
            postgis.insert(conn, "zones", {"zone_code": town, "zone_name": "镇%d" % i,
                                           "level": "township", "parent_code": COUNTY,
                                           "geom": SQUARE})
            for v in range(villages_per_township):
                postgis.insert(conn, "zones", {"zone_code": "%s%03d" % (town, 201 + v),
                                               "zone_name": "村%d-%d" % (i, v), "level": "village",
                                               "parent_code": town, "geom": SQUARE})
    return conn


def new_case(conn, township=TOWNSHIPS[0], **values):
    """Insert a case through the plugin's API; returns its case number."""
    from liangwei.plugin.store import postgis
    row = {"township_code": township, "discovered_on": "2024-05-06", "geom": SMALL}
    row.update(values)
    fid = postgis.insert(conn, "violations", row)
    return postgis.read_row(conn, "violations", "fid", fid)["case_id"]
