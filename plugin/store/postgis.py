"""The county database on PostgreSQL/PostGIS: connect, create, roles, settings, rows.

The same schema as the GeoPackage (schema.py, rendered by postgis_ddl), in a schema of
the user's choice, for a county whose offices edit the same cases at the same time.
The database enforces the rules and the rights, whatever client writes: QGIS layers,
psql, another program.

Every statement is built with psycopg2: values are bound parameters (%s), names go
through psycopg2.sql.Identifier; no value is ever formatted into SQL text.

Connections are in autocommit mode, as gpkg.connect's are: use `transaction(conn)`
around writes that belong together.  No Qt or QGIS imports, except (lazily) to look up
a connection saved in QGIS by its name.
"""

import contextlib
import datetime
import math
import os
import re

import psycopg2
import psycopg2.extensions
from psycopg2 import sql

from ..core import settings as settings_rules
from ..core.codes import TOWNSHIP_LEVELS
from . import gpkg, postgis_ddl, schema
from .postgis_ddl import GROUPS, ROLE_KINDS, group_role_names, township_role_name

APPLICATION_NAME = "liangwei"
SCHEMA_NAME_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
STYLES_TABLE = "layer_styles"


# --- errors -----------------------------------------------------------------------------

class DatabaseError(gpkg.DatabaseError):
    """A readable problem with a county database on PostgreSQL."""


class ConnectionProblem(DatabaseError):
    """The server could not be reached or refused the login."""


class PostgisMissing(DatabaseError):
    def __init__(self, database):
        self.database = database
        super().__init__(
            "PostGIS is not installed in the database %s: a superuser must run "
            "CREATE EXTENSION postgis; there (the server needs the package "
            "postgresql-15-postgis-3 or its equivalent)" % database)


class SchemaExists(DatabaseError):
    def __init__(self, schema_name, database):
        self.schema = schema_name
        self.database = database
        super().__init__("the schema %s already exists in the database %s: choose another name"
                         % (schema_name, database))


class InsufficientRights(DatabaseError):
    """`kind` is "schemas" (creating schemas in `database`) or "roles" (CREATEROLE)."""

    def __init__(self, role, kind, database=None):
        self.role = role
        self.kind = kind
        self.database = database
        self.what = ("create schemas in the database %s" % database if kind == "schemas"
                     else "create roles (it needs CREATEROLE)")
        super().__init__("the database role %s may not %s" % (role, self.what))


class StaleEdit(DatabaseError):
    """A save refused because someone else saved the record after it was read."""

    def __init__(self, table, key, expected, current, changed_by):
        self.table = table
        self.key = key
        self.expected = expected
        self.current = current
        self.changed_by = changed_by
        who = changed_by or "another user"
        super().__init__(
            "%s %s was saved by %s at %s, after you opened it: your changes were not saved. "
            "Reload the record to see the new values, then enter your changes again."
            % (schema.table(table).en.rstrip("s") if table == "violations" else table, key, who,
               current.isoformat(sep=" ", timespec="seconds") if current else "?"))


# --- connections -------------------------------------------------------------------------

class CountyConnection(psycopg2.extensions.connection):
    """A psycopg2 connection that knows the county schema it works in."""
    schema = None
    geometry_schema = None


def qgis_connection_info(name):
    """libpq connection text of the PostgreSQL connection `name` saved in QGIS (with
    its user and password, also from QGIS's authentication database), or None when
    QGIS is not running here or has no such connection."""
    try:
        from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    except ImportError:
        return None
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        return None
    try:
        connection = metadata.findConnection(name)
    except Exception:  # QgsProviderConnectionException
        connection = None
    if connection is None:
        return None
    return QgsDataSourceUri(connection.uri()).connectionInfo(True)


def qgis_connection_names():
    try:
        from qgis.core import QgsProviderRegistry
    except ImportError:
        return []
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections().keys()) if metadata else []


def conninfo(source):
    """The libpq connection text of `source`: the name of a PostgreSQL connection saved
    in QGIS, a QgsDataSourceUri, 'service=<name>' (pg_service.conf), or any libpq
    connection text ('host=… dbname=… user=…' or a postgresql:// URL)."""
    if hasattr(source, "connectionInfo"):
        return source.connectionInfo(True)
    text = ("" if source is None else str(source)).strip()
    if not text:
        raise ConnectionProblem("no database connection given")
    if "=" in text or text.startswith(("postgresql://", "postgres://")):
        try:
            psycopg2.extensions.parse_dsn(text)
        except psycopg2.ProgrammingError as e:
            raise ConnectionProblem("not a connection: %s" % str(e).strip())
        return text
    found = qgis_connection_info(text)
    if found is None:
        raise ConnectionProblem("QGIS has no PostgreSQL connection named %r" % text)
    return found


def describe(info):
    """A connection text without its password, for messages."""
    try:
        parts = psycopg2.extensions.parse_dsn(info)
    except psycopg2.ProgrammingError:
        return "?"
    return " ".join("%s=%s" % (k, v) for k, v in parts.items() if k in
                    ("service", "host", "port", "dbname", "user"))


def connect(source, schema_name=None, application_name=APPLICATION_NAME):
    """A CountyConnection (autocommit) to `source` (see conninfo()); `schema_name` is
    the county schema the row functions use by default."""
    info = conninfo(source)
    options = {"application_name": application_name}
    if "connect_timeout" not in info:
        options["connect_timeout"] = 15
    try:
        conn = psycopg2.connect(info, connection_factory=CountyConnection, **options)
    except psycopg2.OperationalError as e:
        reason = str(e).strip().splitlines()[0] if str(e).strip() else str(e)
        parts = psycopg2.extensions.parse_dsn(info)
        if "user" not in parts and "service" not in parts:
            reason += (" (the connection keeps no user name: in QGIS, edit the connection and "
                       "store the user name and password, or use an authentication configuration)")
        raise ConnectionProblem("cannot connect to the database (%s): %s" % (describe(info), reason))
    conn.autocommit = True
    if schema_name is not None:
        conn.schema = check_schema_name(schema_name)
    return conn


@contextlib.contextmanager
def transaction(conn):
    """BEGIN … COMMIT, or ROLLBACK on any error (which is re-raised)."""
    if not conn.autocommit:
        raise DatabaseError("transaction() needs a connection in autocommit mode (postgis.connect)")
    cur = conn.cursor()
    cur.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        if not conn.closed:
            try:
                cur.execute("ROLLBACK")
            except psycopg2.Error:
                pass
        raise
    cur.execute("COMMIT")


def readable_error(exc):
    """An English sentence for a refused statement: the database's own message for the
    rules (they are written to be read), a field's name for the rest."""
    diag = getattr(exc, "diag", None)
    text = str(exc).strip()
    primary = (diag.message_primary if diag is not None else None) or \
        (text.splitlines()[0] if text else exc.__class__.__name__)
    code = getattr(exc, "pgcode", None)
    if diag is None or code is None:
        return primary
    known = postgis_ddl.constraint_messages().get(diag.constraint_name or "")
    detail = diag.message_detail or ""
    if code == "23505":  # unique_violation
        return known[0] if known else "%s: duplicate value (%s)" % (diag.table_name, detail)
    if code == "23503" and known:  # foreign_key_violation from a foreign key
        return known[1] if "still referenced" in detail else known[0]
    if code == "23502":  # not_null_violation
        return "%s.%s: must be filled in" % (diag.table_name, diag.column_name)
    return primary


# --- names and values ----------------------------------------------------------------------

def check_schema_name(name):
    """`name` when it can be a county schema: lower-case letters, digits and _ (role
    names are made from it), at most 40 characters."""
    text = "" if name is None else str(name)
    if not SCHEMA_NAME_RE.fullmatch(text) or text.startswith("pg_") or \
            text in ("public", "information_schema", "topology", "tiger"):
        raise DatabaseError(
            "a schema name is 1 to 40 lower-case letters, digits or _, starting with a "
            "letter (and not public or pg_…), e.g. county_330624: %r is not one" % (name,))
    return text


def check_county_code(code):
    text = "" if code is None else str(code).strip()
    if not re.fullmatch(r"[0-9]{6}", text):
        raise DatabaseError("the county code must have 6 digits, e.g. 330624: %r" % (code,))
    return text


def check_township_code(code):
    text = "" if code is None else str(code).strip()
    if not re.fullmatch(r"[0-9]{9}", text):
        raise DatabaseError("a township code has 9 digits, e.g. 330624100: %r is not one" % (code,))
    return text


def check_login_name(login):
    text = "" if login is None else str(login)
    if not text or "\x00" in text or len(text.encode("utf-8")) > 63 or \
            text.lower().startswith(("pg_", "lw_")) or text != text.strip():
        raise DatabaseError(
            "a login name has 1 to 63 bytes, no spaces around it and does not start with "
            "pg_ or lw_: %r is not one" % (login,))
    return text


def srid_of(crs):
    """The EPSG code of 'EPSG:n' (or n)."""
    if isinstance(crs, int):
        return crs
    m = re.fullmatch(r"\s*EPSG:(\d+)\s*", str(crs or ""), re.IGNORECASE)
    if not m:
        raise DatabaseError("the CRS must be written like EPSG:4490, not %r" % (crs,))
    return int(m.group(1))


def _type_problem(f, value):
    """Why `value` cannot be stored in field f (the GeoPackage's words), or None."""
    if value is None:
        return None
    if f.type == "integer":
        if isinstance(value, bool) or not (
                isinstance(value, int) or (isinstance(value, float) and value.is_integer())
                or (isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value))):
            return "must be a whole number"
    elif f.type == "real":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if isinstance(value, str):
            try:
                ok = math.isfinite(float(value))
            except ValueError:
                ok = False
        if not ok or (isinstance(value, float) and not math.isfinite(value)):
            return "must be a number"
    elif f.type == "boolean":
        if not (isinstance(value, bool) or value in (0, 1)):
            return "must be 0 or 1"
    elif f.type == "date":
        if isinstance(value, datetime.datetime) or not isinstance(value, (datetime.date, str)):
            return "must be a real date written YYYY-MM-DD, not before 1900"
        if isinstance(value, str):
            try:
                ok = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and \
                    datetime.date.fromisoformat(value) >= datetime.date(1900, 1, 1)
            except ValueError:
                ok = False
            if not ok:
                return "must be a real date written YYYY-MM-DD, not before 1900"
    elif f.type == "datetime":
        if isinstance(value, str):
            try:
                datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return "must be a date and time (ISO 8601)"
        elif not isinstance(value, (datetime.datetime, datetime.date)):
            return "must be a date and time (ISO 8601)"
    elif f.type == "text":
        if "\x00" in str(value):
            return "cannot contain the NUL character"
    return None


def _values(table, row):
    """Check a row against the schema's fields (their types: the database checks the
    rest) and convert what PostgreSQL types more strictly than SQLite."""
    t = schema.table(table)
    allowed = set(t.field_names) | {t.pk}
    if t.geometry:
        allowed.add(schema.GEOMETRY_COLUMN)
    unknown = set(row) - allowed
    if unknown:
        raise DatabaseError("%s has no field(s) %s" % (table, ", ".join(sorted(unknown))))
    out = {}
    for name, value in row.items():
        if name in (schema.GEOMETRY_COLUMN, t.pk):
            out[name] = value
            continue
        f = t.field(name)
        problem = _type_problem(f, value)
        if problem:
            raise DatabaseError("%s.%s: %s" % (table, name, problem))
        if f.type == "boolean" and value is not None:
            value = bool(value)
        out[name] = value
    return out


def _timestamp(value):
    """An aware datetime (or ISO text) for a token read by any client: psycopg2's
    datetimes, QGIS's QDateTime (milliseconds since the epoch, whatever its zone),
    naive datetimes (taken as this computer's local time) or ISO text."""
    if value is None:
        return None
    if hasattr(value, "toMSecsSinceEpoch"):
        return datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) + \
            datetime.timedelta(milliseconds=value.toMSecsSinceEpoch())
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.astimezone()
    return str(value)


# --- the schema ------------------------------------------------------------------------------

def _schema(conn, schema_name=None):
    name = schema_name or getattr(conn, "schema", None)
    if not name:
        raise DatabaseError("no county schema chosen for this connection")
    return check_schema_name(name)


def _table(conn, table, schema_name=None):
    return sql.Identifier(_schema(conn, schema_name), table)


def _one(conn, query, params=()):
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchone()


def current_database(conn):
    return _one(conn, "SELECT current_database()")[0]


def current_role(conn):
    return _one(conn, "SELECT current_user")[0]


def geometry_schema(conn):
    """The schema where PostGIS is installed in this database (PostgisMissing when it
    is not)."""
    cached = getattr(conn, "geometry_schema", None)
    if cached:
        return cached
    row = _one(conn, "SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n "
                     "ON n.oid = e.extnamespace WHERE e.extname = 'postgis'")
    if row is None:
        raise PostgisMissing(current_database(conn))
    if isinstance(conn, CountyConnection):
        conn.geometry_schema = row[0]
    return row[0]


def schema_exists(conn, schema_name):
    return _one(conn, "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s",
                (schema_name,)) is not None


def role_exists(conn, role):
    return _one(conn, "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (role,)) is not None


def renderer(conn, schema_name, srid):
    """The DDL renderer of a county schema, quoting with psycopg2."""
    return postgis_ddl.Renderer(
        schema_name, srid,
        ident=lambda name: sql.Identifier(name).as_string(conn),
        literal=lambda value: sql.Literal(value).as_string(conn),
        geometry_schema=geometry_schema(conn))


def _can_create_roles(conn):
    row = _one(conn, "SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user")
    return bool(row and row[0])


def check_rights_to_create(conn, schema_name):
    """Refuse early, with the reason, what create_schema() could not do."""
    database = current_database(conn)
    geometry_schema(conn)
    if schema_exists(conn, schema_name):
        raise SchemaExists(schema_name, database)
    if not _one(conn, "SELECT has_database_privilege(current_database(), 'CREATE')")[0]:
        raise InsufficientRights(current_role(conn), "schemas", database)
    if not _can_create_roles(conn):
        raise InsufficientRights(current_role(conn), "roles")


def create_schema(conn, schema_name, county_code, crs="EPSG:4490", styles_directory=None):
    """Create a county database in the new schema `schema_name` of the database `conn`
    is connected to: tables, constraints, triggers, workflow rules, code lists,
    settings, default styles, the four group roles and their rights.

    One transaction: a failure leaves nothing behind.  Returns {"schema", "roles"
    (group → role name), "styles" (the layer_styles table written)}.
    """
    name = check_schema_name(schema_name)
    code = check_county_code(county_code)
    srid = srid_of(crs)
    check_rights_to_create(conn, name)
    pg = geometry_schema(conn)
    if _one(conn, sql.SQL("SELECT 1 FROM {} WHERE srid = %s").format(
            sql.Identifier(pg, "spatial_ref_sys")), (srid,)) is None:
        raise DatabaseError("PostGIS does not know the CRS EPSG:%d" % srid)
    r = renderer(conn, name, srid)
    with transaction(conn):
        with conn.cursor() as cur:
            cur.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
            for statement in r.structure():
                cur.execute(statement)
            cur.executemany(
                sql.SQL("INSERT INTO {} (key, value_type, value) VALUES (%s, %s, %s)").format(
                    sql.Identifier(name, "settings")),
                settings_rules.defaults(code, "EPSG:%d" % srid)
                + [("schema_version", "int", str(schema.SCHEMA_VERSION))])
        write_reference_tables(conn, name)
        roles = create_group_roles(conn, name)
        with conn.cursor() as cur:
            for statement in r.policies():
                cur.execute(statement)
        styles = write_default_styles(conn, name, styles_directory)
    return {"schema": name, "roles": roles, "styles": styles}


def write_reference_tables(conn, schema_name):
    """The workflow rules and code lists, as this version of the plugin defines them."""
    with conn.cursor() as cur:
        cur.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(schema_name, "workflow_transitions")))
        cur.executemany(sql.SQL("INSERT INTO {} (from_status, to_status, note_required) "
                                "VALUES (%s, %s, %s)").format(
            sql.Identifier(schema_name, "workflow_transitions")), postgis_ddl.workflow_rows())
        cur.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(schema_name, "code_lists")))
        cur.executemany(sql.SQL("INSERT INTO {} (list_name, code, zh, en, sort_order) "
                                "VALUES (%s, %s, %s, %s, %s)").format(
            sql.Identifier(schema_name, "code_lists")), postgis_ddl.code_list_rows())


def open_schema(conn, schema_name=None):
    """Check that the schema is a Liangwei county database this plugin can use; returns
    its schema version."""
    name = _schema(conn, schema_name)
    if not schema_exists(conn, name):
        raise DatabaseError("the database %s has no schema %s" % (current_database(conn), name))
    row = _one(conn, "SELECT to_regclass(%s)", (sql.Identifier(name, "settings").as_string(conn),))
    if row[0] is None:
        raise DatabaseError("the schema %s is not a Liangwei county database (no settings table)" % name)
    row = _one(conn, sql.SQL("SELECT value FROM {} WHERE key = 'schema_version'").format(
        sql.Identifier(name, "settings")))
    version = int(row[0]) if row and row[0] is not None else None
    if version is None:
        raise DatabaseError("the schema %s has no schema version in its settings table" % name)
    if version > schema.SCHEMA_VERSION:
        raise DatabaseError("the schema %s was written by a newer Liangwei (schema %d, this plugin "
                            "knows %d): update the plugin" % (name, version, schema.SCHEMA_VERSION))
    if version < schema.SCHEMA_VERSION:
        raise DatabaseError("the schema %s has the older schema version %d; upgrading a county "
                            "server in place is not supported yet" % (name, version))
    return version


# --- default styles ------------------------------------------------------------------------

# QGIS 3.22's own definition (QgsPostgresUtils::createStylesTable): QGIS reads the
# default style of a layer from the first `layer_styles` on the search path, which for
# every user is public's.
_QGIS_STYLES_DDL = (
    "CREATE TABLE {} (id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar, "
    "f_table_name varchar, f_geometry_column varchar, stylename text, styleqml xml, "
    "stylesld xml, useasdefault boolean, description text, owner varchar(63) DEFAULT CURRENT_USER, "
    "ui xml, update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)")


def _styles_target(conn, schema_name):
    """(schema, table exists) of the layer_styles table to write: public's when this
    role may write it and share it with the county roles, else the county schema's."""
    table = sql.Identifier("public", STYLES_TABLE).as_string(conn)
    exists = _one(conn, "SELECT to_regclass(%s) IS NOT NULL", (table,))[0]
    if exists:
        ok = _one(conn, "SELECT has_table_privilege(%s, 'INSERT') AND "
                        "has_table_privilege(%s, 'SELECT WITH GRANT OPTION')", (table, table))[0]
        if ok:
            return "public", True
    elif _one(conn, "SELECT has_schema_privilege('public', 'CREATE')")[0]:
        return "public", False
    return schema_name, False


def styles_dir():
    return gpkg.styles_dir()


def write_default_styles(conn, schema_name, directory=None):
    """Store resources/styles/<table>.qml as each layer's default style, where QGIS
    looks for it; returns the table written ("public.layer_styles" normally)."""
    directory = directory or styles_dir()
    target, exists = _styles_target(conn, schema_name)
    styles = sql.Identifier(target, STYLES_TABLE)
    database = current_database(conn)
    with conn.cursor() as cur:
        if not exists:
            cur.execute(sql.SQL(_QGIS_STYLES_DDL).format(styles))
        cur.execute("SELECT data_type FROM information_schema.columns WHERE table_schema = %s "
                    "AND table_name = %s AND column_name = 'styleqml'", (target, STYLES_TABLE))
        row = cur.fetchone()
        qml_value = sql.SQL("XMLPARSE(DOCUMENT %s)") if row and row[0] == "xml" else sql.SQL("%s")
        can_delete = _one(conn, "SELECT has_table_privilege(%s, 'DELETE')", (styles.as_string(conn),))[0]
        for t in schema.TABLES:
            qml = os.path.join(directory, "%s.qml" % t.name)
            if not os.path.exists(qml):
                continue
            with open(qml, encoding="utf-8") as fh:
                text = fh.read()
            geometry_column = schema.GEOMETRY_COLUMN if t.geometry else None
            if can_delete:
                cur.execute(sql.SQL("DELETE FROM {} WHERE f_table_catalog = %s AND f_table_schema = %s "
                                    "AND f_table_name = %s AND stylename = %s").format(styles),
                            (database, schema_name, t.name, t.name))
            cur.execute(sql.SQL(
                "INSERT INTO {} (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                "stylename, styleqml, useasdefault, description) VALUES (%s, %s, %s, %s, %s, {}, "
                "true, %s)").format(styles, qml_value),
                (database, schema_name, t.name, geometry_column, t.name, text,
                 "Liangwei default style"))
        cur.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(
            styles, sql.SQL(", ").join(sql.Identifier(r) for r in group_role_names(schema_name).values())))
    return "%s.%s" % (target, STYLES_TABLE)


# --- roles -----------------------------------------------------------------------------------

def create_group_roles(conn, schema_name):
    """The four group roles of a county schema (county_admin, county_viewer,
    township_editor, township_viewer: lw_<schema>_<group>) and their grants.
    Idempotent.  Returns {group: role name}."""
    name = check_schema_name(schema_name)
    if not _can_create_roles(conn):
        raise InsufficientRights(current_role(conn), "roles")
    roles = group_role_names(name)
    with conn.cursor() as cur:
        for group in GROUPS:
            if not role_exists(conn, roles[group]):
                cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(roles[group])))
        for statement in renderer(conn, name, 0).grants():
            cur.execute(statement)
    return roles


def _encrypted(conn, password, login):
    """The password as the server stores it (never sent or logged in clear)."""
    return psycopg2.extensions.encrypt_password(password, login, conn)


def ensure_login(conn, login, password=None):
    """Create the login role `login` (or keep an existing one, setting its password
    when one is given).  Refuses superusers and roles that can create roles: township
    and county work needs no such powers."""
    login = check_login_name(login)
    row = _one(conn, "SELECT rolsuper, rolcreaterole, rolbypassrls FROM pg_catalog.pg_roles "
                     "WHERE rolname = %s", (login,))
    # The password goes in as sql.Literal, psycopg2's quoting of a value, not as a %s
    # parameter: psycopg2 would read a % in the login name (an Identifier in the same
    # statement) as a placeholder.
    with conn.cursor() as cur:
        if row is None:
            if password:
                cur.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(login), sql.Literal(_encrypted(conn, password, login))))
            else:
                cur.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
            return True
        if any(row):
            raise DatabaseError("the role %s is a superuser or may create roles or bypass row "
                                "security: give this person a separate login" % login)
        if password:
            cur.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(_encrypted(conn, password, login))))
    return False


def create_township_role(conn, schema_name, zone_code, login=None, password=None, kind="editor"):
    """The role of the editors (kind='editor') or viewers of one township,
    lw_<schema>_<township code>_<kind>, recorded in the schema's township_roles; with
    `login`, that login role (created when missing, with `password`) becomes a member.

    Editors read everything and write only the cases and houses (and their events,
    attachments and inspections) of their township.  Returns {"role", "login",
    "login_created"}.
    """
    name = check_schema_name(schema_name)
    code = check_township_code(zone_code)
    if login is not None:
        login = check_login_name(login)
    if kind not in ROLE_KINDS:
        raise DatabaseError("the kind of a township role is editor or viewer: %r" % (kind,))
    open_schema(conn, name)
    row = _one(conn, sql.SQL("SELECT level FROM {} WHERE zone_code = %s").format(
        sql.Identifier(name, "zones")), (code,))
    if row is None:
        raise DatabaseError("the zones of %s have no township %s: import the zones first" % (name, code))
    if row[0] not in TOWNSHIP_LEVELS:
        raise DatabaseError("%s is a %s, not a township, street or park" % (code, row[0]))
    if not _can_create_roles(conn):
        raise InsufficientRights(current_role(conn), "roles")
    groups = group_role_names(name)
    if not all(role_exists(conn, g) for g in groups.values()):
        raise DatabaseError("the county roles of %s are missing: run create_group_roles first" % name)
    role = township_role_name(name, code, kind)
    created = False
    with transaction(conn):
        with conn.cursor() as cur:
            if not role_exists(conn, role):
                cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            cur.execute(sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(groups["township_" + kind]), sql.Identifier(role)))
            cur.execute(sql.SQL("INSERT INTO {} (role_name, township_code, kind) VALUES (%s, %s, %s) "
                                "ON CONFLICT (role_name) DO NOTHING").format(
                sql.Identifier(name, postgis_ddl.TOWNSHIP_ROLES_TABLE)), (role, code, kind))
            if login is not None:
                created = ensure_login(conn, login, password)
                cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), sql.Identifier(login)))
    return {"role": role, "login": login, "login_created": created}


def create_county_login(conn, schema_name, login, password=None, group="county_viewer"):
    """A login of the county office: a member of county_admin or county_viewer (or of
    either township group, which alone gives no township)."""
    name = check_schema_name(schema_name)
    if group not in GROUPS:
        raise DatabaseError("unknown group %r (one of %s)" % (group, ", ".join(GROUPS)))
    role = group_role_names(name)[group]
    if not role_exists(conn, role):
        raise DatabaseError("the role %s is missing: create the county schema first" % role)
    with transaction(conn):
        created = ensure_login(conn, login, password)
        with conn.cursor() as cur:
            cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), sql.Identifier(login)))
    return {"role": role, "login": login, "login_created": created}


def township_roles(conn, schema_name=None):
    """[(role, township code, kind)] of the schema."""
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT role_name, township_code, kind FROM {} ORDER BY role_name").format(
            _table(conn, postgis_ddl.TOWNSHIP_ROLES_TABLE, schema_name)))
        return cur.fetchall()


# --- settings ------------------------------------------------------------------------------------

def read_settings(conn, schema_name=None):
    """{key: Python value} of the settings table."""
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT key, value FROM {}").format(_table(conn, "settings", schema_name)))
        return {k: settings_rules.from_text(k, v) for k, v in cur.fetchall()}


def write_settings(conn, values, user=None, schema_name=None):
    """Update settings in one transaction; unknown keys are refused."""
    table = _table(conn, "settings", schema_name)
    with transaction(conn):
        with conn.cursor() as cur:
            for key, value in values.items():
                rule = settings_rules.BY_KEY.get(key)
                if rule is None or key == "schema_version":
                    raise DatabaseError("unknown or read-only setting %r" % (key,))
                text = settings_rules.to_text(key, value)
                if text is not None and "\x00" in text:
                    raise DatabaseError("settings.value: cannot contain the NUL character")
                cur.execute(sql.SQL(
                    "INSERT INTO {} (key, value_type, value, updated_at, updated_by) "
                    "VALUES (%s, %s, %s, clock_timestamp(), %s) ON CONFLICT (key) DO UPDATE SET "
                    "value = excluded.value, updated_at = excluded.updated_at, "
                    "updated_by = excluded.updated_by").format(table),
                    (key, rule.type, text, user))


# --- rows ----------------------------------------------------------------------------------------

def layer_srid(conn, table="violations", schema_name=None):
    row = _one(conn, "SELECT srid FROM geometry_columns WHERE f_table_schema = %s AND "
                     "f_table_name = %s AND f_geometry_column = %s",
               (_schema(conn, schema_name), table, schema.GEOMETRY_COLUMN))
    return row[0] if row else None


def _geometry_sql(conn, table, value, srid):
    """(SQL, parameters) making a geometry of the table's type from an ogr geometry,
    WKB or WKT."""
    if value is None:
        return sql.SQL("NULL"), []
    pg = geometry_schema(conn)
    if isinstance(value, (bytes, bytearray, memoryview)):
        make, param = "st_geomfromwkb", psycopg2.Binary(bytes(value))
    elif isinstance(value, str):
        make, param = "st_geomfromtext", value
    else:  # osgeo.ogr.Geometry
        make, param = "st_geomfromwkb", psycopg2.Binary(bytes(value.ExportToIsoWkb()))
    expr = sql.SQL("{}(%s, %s)").format(sql.Identifier(pg, make))
    if schema.table(table).geometry == "MULTIPOLYGON":
        expr = sql.SQL("{}({})").format(sql.Identifier(pg, "st_multi"), expr)
    return expr, [param, srid]


def _assignments(conn, table, values, schema_name):
    """(column identifiers, value SQL pieces, parameters) of a row."""
    names, pieces, params = [], [], []
    srid = None
    for name, value in values.items():
        names.append(sql.Identifier(name))
        if name == schema.GEOMETRY_COLUMN:
            if srid is None:
                srid = layer_srid(conn, table, schema_name)
            piece, extra = _geometry_sql(conn, table, value, srid)
            pieces.append(piece)
            params.extend(extra)
        else:
            pieces.append(sql.Placeholder())
            params.append(value)
    return names, pieces, params


def insert(conn, table, row, schema_name=None):
    """Insert one row (a dict; a 'geom' value is an ogr geometry, WKB or WKT) and return
    its primary key."""
    t = schema.table(table)
    values = _values(table, row)
    names, pieces, params = _assignments(conn, table, values, schema_name)
    if names:
        query = sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING {}").format(
            _table(conn, table, schema_name), sql.SQL(", ").join(names), sql.SQL(", ").join(pieces),
            sql.Identifier(t.pk))
    else:
        query = sql.SQL("INSERT INTO {} DEFAULT VALUES RETURNING {}").format(
            _table(conn, table, schema_name), sql.Identifier(t.pk))
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchone()[0]


def _update_query(conn, table, key_field, values, schema_name, checked):
    t = schema.table(table)
    if key_field not in set(t.field_names) | {t.pk}:
        raise DatabaseError("%s has no field %s" % (table, key_field))
    names, pieces, params = _assignments(conn, table, values, schema_name)
    if not names:
        raise DatabaseError("nothing to change in %s" % table)
    sets = sql.SQL(", ").join(sql.SQL("{} = {}").format(n, p) for n, p in zip(names, pieces))
    where = sql.SQL("{} = %s").format(sql.Identifier(key_field))
    if checked:
        where = sql.SQL("{} AND updated_at = %s::timestamptz").format(where)
    query = sql.SQL("UPDATE {} SET {} WHERE {}{}").format(
        _table(conn, table, schema_name), sets, where,
        sql.SQL(" RETURNING updated_at") if checked else sql.SQL(""))
    return query, params


def update(conn, table, key_field, key, changes, schema_name=None):
    """Update the rows whose `key_field` is `key`; returns how many were changed."""
    query, params = _update_query(conn, table, key_field, _values(table, changes), schema_name, False)
    with conn.cursor() as cur:
        cur.execute(query, params + [key])
        return cur.rowcount


def update_checked(conn, table, key_field, key, changes, expected_updated_at, user=None,
                   schema_name=None):
    """Save `changes` to one record only if nobody saved it since it was read: its
    updated_at must still be `expected_updated_at` (the value read with it; a
    datetime, a QDateTime or ISO text).  Returns the record's new updated_at; raises
    StaleEdit (nothing written) when someone else's save came in between."""
    t = schema.table(table)
    if not t.timestamps:
        raise DatabaseError("%s keeps no updated_at: it cannot be saved with a check" % table)
    values = dict(changes)
    if user is not None:
        values["updated_by"] = user
    query, params = _update_query(conn, table, key_field, _values(table, values), schema_name, True)
    expected = _timestamp(expected_updated_at)
    with conn.cursor() as cur:
        cur.execute(query, params + [key, expected])
        row = cur.fetchone()
        if row is not None:
            return row[0]
        cur.execute(sql.SQL("SELECT updated_at, updated_by FROM {} WHERE {} = %s").format(
            _table(conn, table, schema_name), sql.Identifier(key_field)), (key,))
        current = cur.fetchone()
    if current is None:
        raise DatabaseError("%s has no record %s" % (table, key))
    raise StaleEdit(table, key, expected, current[0], current[1])


def update_case(conn, case_id, changes, expected_updated_at, user=None, schema_name=None):
    """The case dialog's save: update_checked() on violations by case number."""
    return update_checked(conn, "violations", "case_id", case_id, changes, expected_updated_at,
                          user=user, schema_name=schema_name)


def read_row(conn, table, key_field, key, schema_name=None):
    """{field: value} of one record without its geometry (None when there is none);
    its 'updated_at' is the token for update_checked()."""
    t = schema.table(table)
    if key_field not in set(t.field_names) | {t.pk}:
        raise DatabaseError("%s has no field %s" % (table, key_field))
    columns = [t.pk] + t.field_names
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT {} FROM {} WHERE {} = %s").format(
            sql.SQL(", ").join(sql.Identifier(c) for c in columns), _table(conn, table, schema_name),
            sql.Identifier(key_field)), (key,))
        row = cur.fetchone()
    return dict(zip(columns, row)) if row else None


def read_case(conn, case_id, schema_name=None):
    return read_row(conn, "violations", "case_id", case_id, schema_name)


def add_case_event(conn, case_id, to_status, actor=None, note=None, at=None, schema_name=None,
                   from_status=None):
    """Move a case one workflow step by writing its event (the database checks the
    step, locking the case so that two steps cannot both start from the same state).

    `from_status`: the status the user saw when choosing the step; when someone else
    moved the case since, the database refuses ("is not the case's current status").
    Without it, the current status is read now."""
    if from_status is None:
        row = _one(conn, sql.SQL("SELECT status FROM {} WHERE case_id = %s").format(
            _table(conn, "violations", schema_name)), (case_id,))
        if row is None:
            raise DatabaseError("no case %s" % case_id)
        from_status = row[0]
    event = {"case_id": case_id, "from_status": from_status, "to_status": to_status,
             "actor": actor, "note": note}
    if at is not None:
        event["at"] = at
    return insert(conn, "case_events", event, schema_name)
