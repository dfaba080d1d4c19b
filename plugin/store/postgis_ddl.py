"""Render the declarative schema (schema.py) as PostgreSQL/PostGIS DDL in a schema of
the user's choice.

The same tables, fields, CHECKs, uniques, references and rules that sqlite_ddl renders
for a GeoPackage, with the same readable messages: a CHECK calls `lw_check(ok,
message)`, which raises the message itself (PostgreSQL would only name the
constraint, and a name is limited to 63 bytes), and the rules a CHECK cannot express
are PL/pgSQL trigger functions.  On top of what a single-user file needs, a shared
county server gets:

- real foreign keys behind the readable reference triggers (they also hold under
  concurrent writers, which a trigger's look-up alone does not);
- case numbers from a counter row per county and year, taken with a row lock inside
  the inserting transaction (two offices saving at once wait for each other, a
  rolled-back insert gives its number back, so there are no gaps);
- `updated_at` kept by the database, strictly increasing per row, in milliseconds
  (what QGIS's QDateTime keeps): the token of the optimistic check in store/postgis.py;
- an append-only audit table written by a SECURITY DEFINER trigger (who, when, which
  client, old and new row as jsonb), so no client can skip or forge it;
- the four group roles' rights: grants, row-level security (a township editor's new
  and changed rows must belong to its own township) and a guard trigger that refuses
  a change to another township's row with a message instead of skipping it silently.

Pure text rendering, no database access: identifiers and literals are quoted by the
functions the caller passes (store/postgis.py passes psycopg2.sql's Identifier and
Literal), and every value is a constant of schema.py / core/ except the schema name
and the SRID, which the caller has validated.
"""

import re
from typing import Callable, Dict, Tuple

from ..core import workflow
from . import schema, sqlite_ddl

PG_TYPES = {"text": "text", "integer": "integer", "real": "double precision",
            "boolean": "boolean", "date": "date", "datetime": "timestamp with time zone",
            "blob": "bytea"}
GEOMETRY_TYPES = {"MULTIPOLYGON": "MultiPolygon", "POINT": "Point"}

AUDIT_TABLE = "audit_log"
TOWNSHIP_ROLES_TABLE = "township_roles"
COUNTERS_TABLE = "case_counters"
EXTRA_TABLES = (AUDIT_TABLE, TOWNSHIP_ROLES_TABLE, COUNTERS_TABLE)

# Audited tables and the column that names a row in the audit table.
AUDITED = {"zones": "zone_code", "violations": "case_id", "case_events": "event_id",
           "attachments": "attachment_id", "houses": "house_id",
           "house_inspections": "inspection_id", "inspection_members": "member_row_id",
           "settings": "key", "patrol_reports": "report_id", TOWNSHIP_ROLES_TABLE: "role_name"}
# Columns left out of the audit copy (attachment files can be megabytes; their size
# and name are kept).
AUDIT_SKIP = ("content",)

# Tables whose rows belong to a township: (SQL giving the township of a row, SQL naming
# the row in messages).  {r} is replaced by "NEW.", "OLD." or "" (in a policy), {s} by
# the schema.
TOWNSHIP_OF = {
    "violations": ("{r}township_code", "{r}case_id"),
    "houses": ("{r}township_code", "{r}house_id"),
    "case_events": ("{s}.lw_case_township({r}case_id)", "{r}case_id"),
    "attachments": ("{s}.lw_owner_township({r}owner_table, {r}owner_id)",
                    "{r}owner_table || ' ' || {r}owner_id"),
    "house_inspections": ("{s}.lw_house_township({r}house_id)", "{r}house_id"),
    "inspection_members": ("{s}.lw_inspection_township({r}inspection_id)",
                           "'inspection ' || {r}inspection_id"),
    # a village's or grid's code begins with its township's
    "patrol_reports": ("substr({r}zone_code, 1, 9)", "{r}zone_code || ' ' || {r}report_date"),
}
# What a township editor may do to them (row-level security and the guard decide which
# rows); cases, their events and attachments are never deleted by anyone.
EDITOR_PRIVILEGES = {
    "violations": "INSERT, UPDATE",
    "houses": "INSERT, UPDATE, DELETE",
    "case_events": "INSERT",
    "attachments": "INSERT",
    "house_inspections": "INSERT, UPDATE, DELETE",
    "inspection_members": "INSERT, UPDATE, DELETE",
    "patrol_reports": "INSERT, UPDATE, DELETE",
}
# Written only when the plugin creates or upgrades the schema (they must match its code).
REFERENCE_TABLES = ("workflow_transitions", "code_lists")
# The county administrators write every other table of the schema.
ADMIN_WRITES = tuple(t.name for t in schema.TABLES if t.name not in REFERENCE_TABLES) + (
    TOWNSHIP_ROLES_TABLE,)

GROUPS = ("county_admin", "county_viewer", "township_editor", "township_viewer")
ROLE_KINDS = ("editor", "viewer")

REGISTRATION_NOTE = workflow.REGISTRATION_NOTE


def scoped_tables():
    """The tables of schema.py whose rows belong to a township."""
    return [name for name in TOWNSHIP_OF if name in schema.BY_NAME]


def group_role_names(schema_name):
    """{group: role name} of the four group roles of a county schema."""
    return {g: "lw_%s_%s" % (schema_name, g) for g in GROUPS}


def township_role_name(schema_name, township_code, kind):
    """The role of the editors (or viewers) of one township."""
    if kind not in ROLE_KINDS:
        raise ValueError("kind must be editor or viewer: %r" % (kind,))
    return "lw_%s_%s_%s" % (schema_name, township_code, kind)


_GLOB_DIGITS_ONLY = re.compile(r"(\w+) NOT GLOB '\*\[\^0-9\]\*'")


def portable_sql(sql_text):
    """A table CHECK of schema.py in PostgreSQL's dialect (its only SQLite-ism is the
    'digits only' GLOB)."""
    out = _GLOB_DIGITS_ONLY.sub(r"\1 !~ '[^0-9]'", sql_text)
    if re.search(r"\bGLOB\b|strftime|julianday|typeof", out, re.IGNORECASE):
        raise ValueError("no PostgreSQL form for %r" % sql_text)
    return out


def sqlite_trigger_messages():
    """The readable messages of the GeoPackage's triggers (the PostGIS rules must say
    the same)."""
    out = []
    for stmt in sqlite_ddl.triggers():
        for m in re.finditer(r"RAISE\(ABORT, '((?:[^']|'')*)'\)", stmt):
            out.append(m.group(1).replace("''", "'"))
    return out


class Renderer:
    """DDL of one county schema.

    `ident(name)` and `literal(value)` quote an identifier and a literal;
    `geometry_schema` is the schema holding PostGIS's `geometry` type."""

    def __init__(self, schema_name: str, srid: int, ident: Callable[[str], str],
                 literal: Callable[[object], str], geometry_schema: str = "public"):
        self.name = schema_name
        self.srid = int(srid)
        self.ident = ident
        self.lit = literal
        self.s = ident(schema_name)
        self.geometry = "%s.geometry" % ident(geometry_schema)
        self.roles = group_role_names(schema_name)

    # --- names ---------------------------------------------------------------------

    def t(self, table):
        """Schema-qualified table (or function) name."""
        return "%s.%s" % (self.s, self.ident(table))

    def c(self, column):
        return self.ident(column)

    def role(self, group):
        return self.ident(self.roles[group])

    def _raise(self, message_sql, errcode="check_violation"):
        return "RAISE EXCEPTION USING ERRCODE = '%s', MESSAGE = %s;" % (errcode, message_sql)

    def raise_message(self, message, errcode="check_violation"):
        return self._raise(self.lit(message), errcode)

    # --- field and table checks ------------------------------------------------------

    def _pattern_sql(self, col, pattern):
        if pattern == "zone_code":
            return "length(%s) IN (6, 9, 12, 15) AND %s !~ '[^0-9]'" % (col, col)
        if pattern == "county_code":
            return "length(%s) = 6 AND %s !~ '[^0-9]'" % (col, col)
        if pattern == "case_id":
            return "%s ~ '^[0-9]{6}-[0-9]{4}-[0-9]{6}$'" % col
        if pattern == "house_id":
            return "%s ~ '^YH[0-9]{15}$'" % col
        raise KeyError(pattern)

    def _codes_array(self, enum):
        return "ARRAY[%s]::text[]" % ", ".join(self.lit(x) for x in enum.codes)

    def field_checks(self, table, f):
        """(message, SQL) pairs guarding one field.  The type itself refuses what the
        GeoPackage checks with typeof() (numbers, booleans, dates, times)."""
        c = self.c(f.name)
        out = []

        def add(message, sql_text):
            out.append(("%s.%s: %s" % (table.name, f.name, message), sql_text))

        if f.type == "date":
            add("must be a real date written YYYY-MM-DD, not before 1900",
                "%s IS NULL OR %s >= DATE '1900-01-01'" % (c, c))
        if f.type == "text" and f.required:
            add("must not be empty", "length(trim(%s)) > 0" % c)
        if f.minimum is not None:
            add("must be at least %g" % f.minimum, "%s IS NULL OR %s >= %r" % (c, c, f.minimum))
        if f.maximum is not None:
            add("must be at most %g" % f.maximum, "%s IS NULL OR %s <= %r" % (c, c, f.maximum))
        if f.enum and f.multi:
            # {a,b}: braces around known codes separated by commas
            add("unknown value (allowed: %s)" % ", ".join(f.enumeration.codes),
                "%s IS NULL OR (length(%s) > 2 AND %s ~ '^\\{[^{}]*\\}$' AND "
                "string_to_array(substr(%s, 2, length(%s) - 2), ',') <@ %s)"
                % (c, c, c, c, c, self._codes_array(f.enumeration)))
        elif f.enum:
            add("unknown value (allowed: %s)" % ", ".join(f.enumeration.codes),
                "%s IS NULL OR %s IN (%s)" % (c, c, ", ".join(self.lit(x) for x in f.enumeration.codes)))
        if f.pattern:
            add("must be %s" % schema.PATTERNS[f.pattern],
                "%s IS NULL OR (%s)" % (c, self._pattern_sql(c, f.pattern)))
        return out

    def check_messages(self):
        """Every message a CHECK of the schema can raise."""
        out = []
        for t in schema.TABLES:
            for f in t.fields:
                out.extend(m for m, _ in self.field_checks(t, f))
            out.extend("%s: %s" % (t.name, m) for _, m in t.checks)
        return out

    def _check(self, name, sql_text, message):
        return "CONSTRAINT %s CHECK (%s(%s, %s))" % (
            self.ident(name), self.t("lw_check"), sql_text, self.lit(message))

    # --- tables ---------------------------------------------------------------------

    def default_sql(self, f):
        d = f.default
        if d is None:
            return None
        if "strftime" in d:
            return "%s()" % self.t("lw_now")
        if f.type == "boolean":
            return "true" if d.strip("'") in ("1", "true") else "false"
        return d

    def column_def(self, f):
        col = "%s %s" % (self.c(f.name), PG_TYPES[f.type])
        if f.required:
            col += " NOT NULL"
        d = self.default_sql(f)
        if d is not None:
            col += " DEFAULT %s" % d
        return col

    def create_table(self, table):
        cols = ["%s serial PRIMARY KEY" % self.c(table.pk)]
        if table.geometry:
            cols.append("%s %s(%s, %d)" % (self.c(schema.GEOMETRY_COLUMN), self.geometry,
                                           GEOMETRY_TYPES[table.geometry], self.srid))
        cols.extend(self.column_def(f) for f in table.fields)
        # PostgreSQL checks in the order of the names: the fields' checks in the order
        # of the fields, then the table's, as SQLite does.
        for n, f in enumerate(table.fields, 1):
            for i, (message, sql_text) in enumerate(self.field_checks(table, f), 1):
                cols.append(self._check(self.check_name(table, f, n, i), sql_text, message))
        for i, (sql_text, message) in enumerate(table.checks, 1):
            cols.append(self._check(self.check_name(table, None, 99, i), portable_sql(sql_text),
                                    "%s: %s" % (table.name, message)))
        for name, columns, _ in self.unique_constraints(table):
            cols.append("CONSTRAINT %s UNIQUE (%s)" % (
                self.ident(name), ", ".join(self.c(n) for n in columns)))
        return "CREATE TABLE %s (\n  %s\n)" % (self.t(table.name), ",\n  ".join(cols))

    @staticmethod
    def check_name(table, field, position, i):
        """Name of the i-th CHECK of a field (the position-th of the table), or of the
        table when field is None."""
        if field is None:
            return "%s_%02d_c%d" % (table.name, position, i)
        return "%s_%02d_%s_c%d" % (table.name, position, field.name, i)

    @staticmethod
    def unique_constraints(table):
        """(constraint name, columns, readable message) of a table's uniques."""
        out = [("%s_%s_key" % (table.name, f.name), (f.name,),
                "%s.%s: duplicate value" % (table.name, f.name))
               for f in table.fields if f.unique]
        out.extend(("%s_u%d" % (table.name, i), names,
                    "%s: duplicate %s" % (table.name, ", ".join(names)))
                   for i, names in enumerate(table.uniques, 1))
        return out

    @staticmethod
    def foreign_keys():
        """(constraint name, table, field, referenced table, referenced field)."""
        return [("%s_%s_fkey" % (t.name, f.name), t.name, f.name) + tuple(f.references)
                for t in schema.TABLES for f in t.fields if f.references]

    def extra_tables(self):
        audit = (
            "CREATE TABLE %s (\n"
            "  audit_id bigserial PRIMARY KEY,\n"
            "  at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),\n"
            "  table_name text NOT NULL,\n"
            "  row_key text,\n"
            "  action text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),\n"
            "  old_row jsonb,\n"
            "  new_row jsonb,\n"
            "  db_user text NOT NULL DEFAULT session_user,\n"
            "  application_name text DEFAULT current_setting('application_name', true),\n"
            "  client_addr inet DEFAULT inet_client_addr(),\n"
            "  transaction_id bigint NOT NULL DEFAULT txid_current()\n"
            ")" % self.t(AUDIT_TABLE))
        roles = (
            "CREATE TABLE %s (\n"
            "  role_name text PRIMARY KEY,\n"
            "  township_code text NOT NULL REFERENCES %s (zone_code),\n"
            "  kind text NOT NULL CHECK (kind IN ('editor', 'viewer')),\n"
            "  created_at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),\n"
            "  created_by text NOT NULL DEFAULT session_user\n"
            ")" % (self.t(TOWNSHIP_ROLES_TABLE), self.t("zones")))
        counters = (
            "CREATE TABLE %s (\n"
            "  county_code text NOT NULL,\n"
            "  year integer NOT NULL,\n"
            "  last_serial integer NOT NULL,\n"
            "  PRIMARY KEY (county_code, year)\n"
            ")" % self.t(COUNTERS_TABLE))
        return [audit, roles, counters]

    def foreign_key_statements(self):
        return ["ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s)" % (
            self.t(t), self.ident(name), self.c(f), self.t(rt), self.c(rf))
            for name, t, f, rt, rf in self.foreign_keys()]

    def indexes(self):
        out = ["CREATE INDEX %s ON %s (%s)" % (
            self.ident("lw_idx_%s_%s" % (t, "_".join(cols))), self.t(t),
            ", ".join(self.c(c) for c in cols)) for t, cols in sqlite_ddl.INDEXES]
        out.extend("CREATE INDEX %s ON %s USING gist (%s)" % (
            self.ident("lw_gist_%s" % t.name), self.t(t.name), self.c(schema.GEOMETRY_COLUMN))
            for t in schema.TABLES if t.geometry)
        out.append("CREATE INDEX %s ON %s (table_name, row_key)" % (
            self.ident("lw_idx_audit_row"), self.t(AUDIT_TABLE)))
        return out

    def comments(self):
        out = ["COMMENT ON SCHEMA %s IS %s" % (self.s, self.lit(
            "Liangwei county database (schema %d)" % schema.SCHEMA_VERSION))]
        for t in schema.TABLES:
            out.append("COMMENT ON TABLE %s IS %s" % (self.t(t.name), self.lit("%s / %s" % (t.zh, t.en))))
            for f in t.fields:
                out.append("COMMENT ON COLUMN %s.%s IS %s" % (
                    self.t(t.name), self.c(f.name), self.lit("%s / %s" % (f.zh, f.en))))
        out.append("COMMENT ON TABLE %s IS %s" % (self.t(AUDIT_TABLE), self.lit(
            "审计日志 / Audit trail: every change to cases, houses and their records")))
        out.append("COMMENT ON TABLE %s IS %s" % (self.t(TOWNSHIP_ROLES_TABLE), self.lit(
            "乡镇角色 / Township roles: which database role edits or views which township")))
        out.append("COMMENT ON TABLE %s IS %s" % (self.t(COUNTERS_TABLE), self.lit(
            "案件编号计数器 / Case number counters per county and year")))
        return out

    # --- functions --------------------------------------------------------------------

    def _function(self, name, body, declare="", definer=False, args="", returns="trigger",
                  language="plpgsql", volatility=""):
        security = " SECURITY DEFINER SET search_path = pg_catalog, pg_temp" if definer else ""
        if language == "plpgsql":
            body = "%sBEGIN\n%s\nEND" % (("DECLARE\n" + declare + "\n") if declare else "", body)
        return "CREATE FUNCTION %s(%s) RETURNS %s LANGUAGE %s%s%s AS $lw$\n%s\n$lw$" % (
            self.t(name), args, returns, language, (" " + volatility) if volatility else "",
            security, body)

    def _trigger(self, name, when, table, function, args=(), each="ROW"):
        return "CREATE TRIGGER %s %s ON %s FOR EACH %s EXECUTE FUNCTION %s(%s)" % (
            self.ident(name), when, self.t(table), each, self.t(function),
            ", ".join(self.lit(a) for a in args))

    def base_functions(self):
        """Functions the table definitions use."""
        return [
            self._function(
                "lw_check",
                "  IF p_ok IS FALSE THEN\n    %s\n  END IF;\n  RETURN true;"
                % self._raise("p_message"),
                args="p_ok boolean, p_message text", returns="boolean", volatility="IMMUTABLE"),
            self._function(
                "lw_now", "SELECT date_trunc('milliseconds', clock_timestamp())",
                returns="timestamp with time zone", language="sql", volatility="VOLATILE"),
            self._function(
                "lw_to_date",
                "  RETURN p_text::date;\nEXCEPTION WHEN others THEN\n  RETURN NULL;",
                args="p_text text", returns="date", volatility="STABLE"),
        ]

    def lookup_functions(self):
        """Who administers, which townships a role edits, the township of a record."""
        s = self.s
        admin = self.lit(self.roles["county_admin"])
        return [
            # Members of the county administrators, of the schema's owner, and superusers.
            self._function(
                "lw_is_admin",
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = current_user "
                "AND r.rolsuper)\n"
                "    OR EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = %s "
                "AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER'))\n"
                "    OR pg_catalog.pg_has_role(current_user, (SELECT n.nspowner FROM "
                "pg_catalog.pg_namespace n WHERE n.nspname = %s), 'MEMBER')"
                % (admin, self.lit(self.name)),
                returns="boolean", language="sql", volatility="STABLE"),
            # The townships a role edits (through its township roles).  Definer rights:
            # the role map is not readable by township roles themselves.
            self._function(
                "lw_editor_townships",
                "SELECT coalesce(array_agg(DISTINCT t.township_code ORDER BY t.township_code), "
                "'{}')\n  FROM %s t JOIN pg_catalog.pg_roles r ON r.rolname = t.role_name\n"
                "  WHERE t.kind = 'editor' AND pg_catalog.pg_has_role(p_role, r.oid, 'MEMBER')"
                % self.t(TOWNSHIP_ROLES_TABLE),
                args="p_role name", returns="text[]", language="sql", volatility="STABLE",
                definer=True),
            self._function(
                "lw_case_township",
                "SELECT township_code FROM %s WHERE case_id = p_case_id" % self.t("violations"),
                args="p_case_id text", returns="text", language="sql", volatility="STABLE"),
            self._function(
                "lw_house_township",
                "SELECT township_code FROM %s WHERE house_id = p_house_id" % self.t("houses"),
                args="p_house_id text", returns="text", language="sql", volatility="STABLE"),
            self._function(
                "lw_inspection_township",
                "SELECT h.township_code FROM %s i JOIN %s h ON h.house_id = i.house_id "
                "WHERE i.inspection_id = p_inspection_id"
                % (self.t("house_inspections"), self.t("houses")),
                args="p_inspection_id integer", returns="text", language="sql",
                volatility="STABLE"),
            self._function(
                "lw_owner_township",
                "SELECT CASE p_owner_table\n"
                "  WHEN 'violations' THEN %s.lw_case_township(p_owner_id)\n"
                "  WHEN 'houses' THEN %s.lw_house_township(p_owner_id)\n"
                "  WHEN 'case_events' THEN (SELECT %s.lw_case_township(e.case_id) FROM %s e "
                "WHERE e.event_id::text = p_owner_id)\n"
                "  WHEN 'house_inspections' THEN (SELECT %s.lw_house_township(i.house_id) FROM %s i "
                "WHERE i.inspection_id::text = p_owner_id)\n"
                "END" % (s, s, s, self.t("case_events"), s, self.t("house_inspections")),
                args="p_owner_table text, p_owner_id text", returns="text", language="sql",
                volatility="STABLE"),
        ]

    # --- generic triggers -------------------------------------------------------------------

    def _return_row(self):
        return "  IF TG_OP = 'DELETE' THEN\n    RETURN OLD;\n  END IF;\n  RETURN NEW;"

    def guard_trigger(self, table_name):
        """Refuse, with a message, a change by a non-administrator to a row outside the
        townships its roles edit (row-level security alone would skip such rows of an
        UPDATE or DELETE silently, and QGIS would report a save that did not happen)."""
        expr, key = TOWNSHIP_OF[table_name]
        fmt = {"s": self.s}

        def town(row):
            return expr.format(r=row, **fmt)

        def name(row):
            return key.format(r=row, **fmt)

        template = self.lit("%s %s: the role %s may write only records of township %s "
                            "(this record: %s)")

        def message(row_name, town_sql):
            return ("format(%s, %s, %s, current_user, coalesce(nullif(array_to_string(v_mine, "
                    "', '), ''), 'none'), coalesce(%s, 'no township'))"
                    % (template, self.lit(table_name), row_name, town_sql))

        body = [
            "  IF %s() THEN" % self.t("lw_is_admin"),
            "    IF TG_OP = 'DELETE' THEN\n      RETURN OLD;\n    END IF;\n    RETURN NEW;",
            "  END IF;",
            "  v_mine := %s(current_user);" % self.t("lw_editor_townships"),
            "  IF TG_OP <> 'INSERT' THEN",
            "    v_town := %s;" % town("OLD."),
            "    IF v_town IS NULL OR NOT (v_town = ANY (v_mine)) THEN",
            "      %s" % self._raise(message(name("OLD."), "v_town"), "insufficient_privilege"),
            "    END IF;",
            "  END IF;",
            "  IF TG_OP <> 'DELETE' THEN",
            "    v_town := %s;" % town("NEW."),
            "    IF v_town IS NULL OR NOT (v_town = ANY (v_mine)) THEN",
            "      %s" % self._raise(message("coalesce(%s, 'new record')" % name("NEW."), "v_town"),
                                  "insufficient_privilege"),
            "    END IF;",
            "  END IF;",
        ]
        if table_name == "violations":
            body += [
                "  IF TG_OP = 'INSERT' AND NEW.case_id IS NOT NULL THEN",
                "    %s" % self.raise_message(
                    "violations.case_id: case numbers are given by the database; only a county "
                    "administrator may enter one (when importing old cases)",
                    "insufficient_privilege"),
                "  END IF;",
            ]
        body.append(self._return_row())
        fn = "lw_%s_guard" % table_name
        return [self._function(fn, "\n".join(body), declare="  v_mine text[];\n  v_town text;"),
                self._trigger("lw_10_guard", "BEFORE INSERT OR UPDATE OR DELETE", table_name, fn)]

    def protect_trigger(self, table):
        """No delete, append-only, immutable fields."""
        t = table.name
        immutable = [f for f in table.fields if f.immutable]
        if not (table.no_delete or table.append_only or immutable):
            return []
        body = []
        if table.no_delete:
            body += ["  IF TG_OP = 'DELETE' THEN",
                     "    %s" % self.raise_message(
                         "%s: records are kept for the audit trail and cannot be deleted" % t,
                         "restrict_violation"),
                     "  END IF;"]
        if table.append_only:
            body += ["  IF TG_OP = 'UPDATE' THEN",
                     "    %s" % self.raise_message(
                         "%s: records are kept as written and cannot be changed" % t,
                         "restrict_violation"),
                     "  END IF;"]
        for f in immutable:
            c = self.c(f.name)
            body += ["  IF TG_OP = 'UPDATE' AND OLD.%s IS NOT NULL AND NEW.%s IS DISTINCT FROM OLD.%s THEN"
                     % (c, c, c),
                     "    %s" % self.raise_message("%s.%s: cannot be changed once set" % (t, f.name),
                                                   "restrict_violation"),
                     "  END IF;"]
        body.append(self._return_row())
        events = "UPDATE OR DELETE" if table.no_delete else "UPDATE"
        fn = "lw_%s_protect" % t
        out = [self._function(fn, "\n".join(body)),
               self._trigger("lw_20_protect", "BEFORE " + events, t, fn)]
        if table.no_delete:
            # TRUNCATE skips row triggers: refuse it as a whole.
            out.append(self._trigger("lw_20_no_truncate", "BEFORE TRUNCATE", t, "lw_no_truncate",
                                     each="STATEMENT"))
        return out

    def no_truncate_function(self):
        return self._function(
            "lw_no_truncate",
            "  %s" % self._raise(
                "format('%s: records are kept for the audit trail and cannot be deleted', "
                "TG_TABLE_NAME)", "restrict_violation"))

    def reference_trigger(self, table):
        """References must exist (readable message; the foreign key is the backstop) and
        rows other tables point at cannot vanish or be renamed."""
        t = table.name
        body = []
        for f in table.fields:
            c = self.c(f.name)
            if f.references:
                rt, rf = f.references
                body += [
                    "  IF TG_OP <> 'DELETE' AND NEW.%s IS NOT NULL AND (TG_OP = 'INSERT' OR "
                    "NEW.%s IS DISTINCT FROM OLD.%s)\n     AND NOT EXISTS (SELECT 1 FROM %s WHERE %s = NEW.%s) THEN"
                    % (c, c, c, self.t(rt), self.c(rf), c),
                    "    %s" % self.raise_message("%s.%s: no %s has this %s" % (t, f.name, rt, rf),
                                                   "foreign_key_violation"),
                    "  END IF;"]
            for other, of in schema.referencing(t, f.name):
                changed = "TG_OP = 'DELETE'" if f.immutable else \
                    "(TG_OP = 'DELETE' OR NEW.%s IS DISTINCT FROM OLD.%s)" % (c, c)
                body += [
                    "  IF TG_OP <> 'INSERT' AND %s\n     AND EXISTS (SELECT 1 FROM %s WHERE %s = OLD.%s) THEN"
                    % (changed, self.t(other), self.c(of), c),
                    "    %s" % self.raise_message("%s.%s: still used by %s.%s" % (t, f.name, other, of),
                                                   "foreign_key_violation"),
                    "  END IF;"]
        if not body:
            return []
        body.append(self._return_row())
        fn = "lw_%s_refs" % t
        return [self._function(fn, "\n".join(body)),
                self._trigger("lw_30_refs", "BEFORE INSERT OR UPDATE OR DELETE", t, fn)]

    def future_trigger(self, table):
        t = table.name
        body = []
        for f in table.fields:
            if not f.not_future:
                continue
            c = self.c(f.name)
            limit = ("extract(year FROM current_date)::integer" if f.type == "integer"
                     else "current_date + 1")
            body += ["  IF NEW.%s IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.%s IS DISTINCT FROM OLD.%s)"
                     " AND NEW.%s > %s THEN" % (c, c, c, c, limit),
                     "    %s" % self.raise_message("%s.%s: lies in the future" % (t, f.name)),
                     "  END IF;"]
        if not body:
            return []
        body.append("  RETURN NEW;")
        fn = "lw_%s_future" % t
        return [self._function(fn, "\n".join(body)),
                self._trigger("lw_40_future", "BEFORE INSERT OR UPDATE", t, fn)]

    def stamp_trigger(self, table):
        """created_at / updated_at kept by the database.  updated_at grows by at least a
        millisecond at every change of the row, whatever the client sends: it is the
        token of the optimistic check."""
        if not table.timestamps:
            return []
        now = "%s()" % self.t("lw_now")
        body = ("  IF TG_OP = 'INSERT' THEN\n"
                "    NEW.created_at := coalesce(NEW.created_at, %s);\n"
                "    NEW.updated_at := %s;\n"
                "  ELSE\n"
                "    NEW.created_at := OLD.created_at;\n"
                "    NEW.updated_at := greatest(%s, OLD.updated_at + interval '1 millisecond');\n"
                "  END IF;\n"
                "  RETURN NEW;" % (now, now, now))
        fn = "lw_%s_stamp" % table.name
        return [self._function(fn, body),
                self._trigger("lw_90_stamp", "BEFORE INSERT OR UPDATE", table.name, fn)]

    # --- cases and their workflow --------------------------------------------------------

    def _stock_class_sql(self, row="NEW"):
        basis = "coalesce(%s.construction_started_on, %s.discovered_on)" % (row, row)
        cutoff = ("%s((SELECT \"value\" FROM %s WHERE \"key\" = 'cutoff_date'))"
                  % (self.t("lw_to_date"), self.t("settings")))
        return ("CASE WHEN %s IS NULL OR %s IS NULL THEN NULL WHEN %s >= %s THEN 'new' "
                "ELSE 'stock' END" % (basis, cutoff, basis, cutoff))

    def violation_triggers(self):
        events = self.t("case_events")
        rules = "\n".join([
            "  IF TG_OP = 'INSERT' THEN",
            "    IF NOT EXISTS (SELECT 1 FROM %s WHERE \"key\" = 'county_code' AND \"value\" IS NOT NULL) THEN"
            % self.t("settings"),
            "      %s" % self.raise_message(
                "violations: the settings table has no county_code, so no case number can be given"),
            "    END IF;",
            "    IF NEW.status IS NOT NULL AND NEW.status <> %s THEN" % self.lit(workflow.INITIAL),
            "      %s" % self.raise_message(
                "violations.status: a new case starts as clue (线索); later states are reached "
                "through case_events"),
            "    END IF;",
            "    NEW.stock_class := coalesce(NEW.stock_class, %s);" % self._stock_class_sql(),
            "    RETURN NEW;",
            "  END IF;",
            "  IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IS DISTINCT FROM",
            "     (SELECT to_status FROM %s WHERE case_id = OLD.case_id ORDER BY event_id DESC LIMIT 1) THEN"
            % events,
            "    %s" % self.raise_message(
                "violations.status: the status changes only by adding a case event "
                "(case_events) for an allowed workflow step"),
            "  END IF;",
            "  IF (NEW.discovered_on IS DISTINCT FROM OLD.discovered_on",
            "      OR NEW.construction_started_on IS DISTINCT FROM OLD.construction_started_on)",
            "     AND NEW.stock_class IS NOT DISTINCT FROM OLD.stock_class THEN",
            "    NEW.stock_class := coalesce(%s, NEW.stock_class);" % self._stock_class_sql(),
            "  END IF;",
            "  RETURN NEW;"])
        # Definer rights: the counters are no one else's business; being a trigger
        # function, it cannot be called to burn numbers.
        counters = self.t(COUNTERS_TABLE)
        number = "\n".join([
            "  IF NEW.case_id IS NOT NULL THEN",
            "    -- a number given (an import): later numbers continue after it",
            "    IF NEW.case_id ~ '^[0-9]{6}-[0-9]{4}-[0-9]{6}$' THEN",
            "      INSERT INTO %s AS c (county_code, year, last_serial)" % counters,
            "        VALUES (substr(NEW.case_id, 1, 6), substr(NEW.case_id, 8, 4)::integer,",
            "                substr(NEW.case_id, 13, 6)::integer)",
            "        ON CONFLICT (county_code, year)",
            "        DO UPDATE SET last_serial = greatest(c.last_serial, excluded.last_serial);",
            "    END IF;",
            "    RETURN NEW;",
            "  END IF;",
            "  SELECT \"value\" INTO v_county FROM %s WHERE \"key\" = 'county_code';" % self.t("settings"),
            "  v_year := extract(year FROM coalesce(NEW.discovered_on, current_date))::integer;",
            "  INSERT INTO %s AS c (county_code, year, last_serial)" % counters,
            "    VALUES (v_county, v_year, 1)",
            "    ON CONFLICT (county_code, year) DO UPDATE SET last_serial = c.last_serial + 1",
            "    RETURNING last_serial INTO v_serial;",
            "  IF v_serial > 999999 THEN",
            "    %s" % self._raise("format('violations.case_id: the case numbers of %s are used up', "
                                   "v_year)"),
            "  END IF;",
            "  NEW.case_id := v_county || '-' || lpad(v_year::text, 4, '0') || '-' || "
            "lpad(v_serial::text, 6, '0');",
            "  RETURN NEW;"])
        register = "\n".join([
            "  INSERT INTO %s (case_id, at, from_status, to_status, actor, note)" % events,
            "    VALUES (NEW.case_id, coalesce(NEW.created_at, %s()), NULL, %s, NEW.updated_by, %s);"
            % (self.t("lw_now"), self.lit(workflow.INITIAL), self.lit(REGISTRATION_NOTE)),
            "  RETURN NULL;"])
        return [
            self._function("lw_violations_rules", rules),
            self._trigger("lw_50_rules", "BEFORE INSERT OR UPDATE", "violations",
                          "lw_violations_rules"),
            self._function("lw_violations_number", number, definer=True,
                           declare="  v_county text;\n  v_year integer;\n  v_serial integer;"),
            self._trigger("lw_55_number", "BEFORE INSERT", "violations", "lw_violations_number"),
            self._function("lw_violations_register", register),
            self._trigger("lw_60_register", "AFTER INSERT", "violations", "lw_violations_register"),
        ]

    def case_event_triggers(self):
        v, events, rules = self.t("violations"), self.t("case_events"), self.t("workflow_transitions")
        body = [
            "  -- Lock the case: two steps written at once are taken one after the other,",
            "  -- and the second sees the status the first one left.",
            "  SELECT status INTO v_current FROM %s WHERE case_id = NEW.case_id FOR UPDATE;" % v,
            "  IF NEW.from_status IS NULL AND (NEW.to_status <> %s OR EXISTS" % self.lit(workflow.INITIAL),
            "      (SELECT 1 FROM %s WHERE case_id = NEW.case_id)) THEN" % events,
            "    %s" % self.raise_message("case_events: only the registration event has no from_status"),
            "  END IF;",
            "  IF NEW.from_status IS NOT NULL AND v_current IS NOT NULL AND "
            "NEW.from_status IS DISTINCT FROM v_current THEN",
            "    %s" % self.raise_message("case_events.from_status: is not the case's current status"),
            "  END IF;",
            "  IF NEW.from_status IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s" % rules,
            "      WHERE from_status = NEW.from_status AND to_status = NEW.to_status) THEN",
            "    %s" % self.raise_message(
                "case_events: this step is not allowed by the workflow (workflow_transitions)"),
            "  END IF;",
            "  IF length(trim(coalesce(NEW.note, ''))) = 0 AND EXISTS (SELECT 1 FROM %s" % rules,
            "      WHERE from_status = NEW.from_status AND to_status = NEW.to_status AND note_required) THEN",
            "    %s" % self.raise_message("case_events.note: this step needs a written reason"),
            "  END IF;",
        ]
        for status, fields in workflow.REQUIRED_FIELDS.items():
            lacking = " OR ".join("%s IS NULL" % self.c(f) for f in fields)
            body += [
                "  IF NEW.to_status = %s AND EXISTS (SELECT 1 FROM %s WHERE case_id = NEW.case_id AND (%s)) THEN"
                % (self.lit(status), v, lacking),
                "    %s" % self.raise_message("case_events: the case needs %s before it can become %s"
                                               % (", ".join(fields), status)),
                "  END IF;"]
        for status, values in workflow.IMPLIED_VALUES.items():
            clash = " OR ".join("(%s IS NOT NULL AND %s <> %s)" % (self.c(f), self.c(f), self.lit(x))
                                for f, x in values.items())
            body += [
                "  IF NEW.to_status = %s AND EXISTS (SELECT 1 FROM %s WHERE case_id = NEW.case_id AND (%s)) THEN"
                % (self.lit(status), v, clash),
                "    %s" % self.raise_message("case_events: %s contradicts %s" % (status, ", ".join(
                    "%s = %s" % fv for fv in values.items()))),
                "  END IF;"]
        body.append("  RETURN NEW;")
        sets = ["status = NEW.to_status"]
        for field in sorted({f for vals in workflow.IMPLIED_VALUES.values() for f in vals}):
            cases = " ".join("WHEN %s THEN %s" % (self.lit(s), self.lit(vals[field]))
                             for s, vals in workflow.IMPLIED_VALUES.items() if field in vals)
            sets.append("%s = coalesce(%s, CASE NEW.to_status %s END)" % (
                self.c(field), self.c(field), cases))
        apply = ("  IF NEW.from_status IS NOT NULL THEN\n"
                 "    UPDATE %s SET %s WHERE case_id = NEW.case_id;\n"
                 "  END IF;\n  RETURN NULL;" % (v, ", ".join(sets)))
        return [
            self._function("lw_case_events_workflow", "\n".join(body), declare="  v_current text;"),
            self._trigger("lw_50_workflow", "BEFORE INSERT", "case_events", "lw_case_events_workflow"),
            self._function("lw_case_events_apply", apply),
            self._trigger("lw_60_apply", "AFTER INSERT", "case_events", "lw_case_events_apply"),
        ]

    def attachment_triggers(self):
        owners = {
            "violations": "SELECT 1 FROM %s WHERE case_id = NEW.owner_id" % self.t("violations"),
            "houses": "SELECT 1 FROM %s WHERE house_id = NEW.owner_id" % self.t("houses"),
            "case_events": "SELECT 1 FROM %s WHERE event_id::text = NEW.owner_id" % self.t("case_events"),
            "house_inspections": "SELECT 1 FROM %s WHERE inspection_id::text = NEW.owner_id"
                                 % self.t("house_inspections"),
        }
        cond = "\n     OR ".join("(NEW.owner_table = %s AND NOT EXISTS (%s))" % (self.lit(k), q)
                                for k, q in owners.items())
        body = "\n".join([
            "  IF %s THEN" % cond,
            "    %s" % self.raise_message("attachments.owner_id: the record it belongs to does not exist",
                                           "foreign_key_violation"),
            "  END IF;",
            "  IF NEW.size_bytes IS NOT NULL AND NEW.size_bytes <> octet_length(NEW.content) THEN",
            "    %s" % self.raise_message("attachments.size_bytes: does not match the content"),
            "  END IF;",
            "  RETURN NEW;"])
        return [self._function("lw_attachments_rules", body),
                self._trigger("lw_50_rules", "BEFORE INSERT", "attachments", "lw_attachments_rules")]

    # --- the audit trail ---------------------------------------------------------------------

    def audit_triggers(self):
        skip = "".join(" - %s" % self.lit(c) for c in AUDIT_SKIP)
        body = "\n".join([
            "  IF TG_OP <> 'INSERT' THEN",
            "    v_old := to_jsonb(OLD)%s;" % skip,
            "  END IF;",
            "  IF TG_OP <> 'DELETE' THEN",
            "    v_new := to_jsonb(NEW)%s;" % skip,
            "  END IF;",
            "  INSERT INTO %s (table_name, row_key, action, old_row, new_row)" % self.t(AUDIT_TABLE),
            "    VALUES (TG_TABLE_NAME, coalesce(v_new, v_old) ->> TG_ARGV[0], TG_OP, v_old, v_new);",
            "  RETURN NULL;"])
        out = [self._function("lw_audit", body, definer=True, declare="  v_old jsonb;\n  v_new jsonb;")]
        for table_name, key in AUDITED.items():
            if table_name not in schema.BY_NAME and table_name not in EXTRA_TABLES:
                continue
            out.append(self._trigger("lw_99_audit", "AFTER INSERT OR UPDATE OR DELETE", table_name,
                                     "lw_audit", args=(key,)))
        # The trail itself is append-only, for everyone.
        out.append(self._function("lw_audit_readonly", "  %s" % self.raise_message(
            "audit_log: the audit trail cannot be changed or deleted", "restrict_violation")))
        out.append(self._trigger("lw_audit_readonly", "BEFORE UPDATE OR DELETE", AUDIT_TABLE,
                                 "lw_audit_readonly"))
        out.append(self._trigger("lw_audit_no_truncate", "BEFORE TRUNCATE", AUDIT_TABLE,
                                 "lw_audit_readonly", each="STATEMENT"))
        return out

    def triggers(self):
        out = [self.no_truncate_function()]
        for table_name in scoped_tables():
            out.extend(self.guard_trigger(table_name))
        for table in schema.TABLES:
            out.extend(self.protect_trigger(table))
            out.extend(self.reference_trigger(table))
            out.extend(self.future_trigger(table))
            out.extend(self.stamp_trigger(table))
        out.extend(self.violation_triggers())
        out.extend(self.case_event_triggers())
        out.extend(self.attachment_triggers())
        out.extend(self.audit_triggers())
        return out

    # --- roles: row-level security and grants ------------------------------------------------

    def grants(self):
        """What each group role may do (the roles must exist).  Idempotent."""
        all_groups = ", ".join(self.role(g) for g in GROUPS)
        county = ", ".join(self.role(g) for g in ("county_admin", "county_viewer"))
        admin, editor = self.role("county_admin"), self.role("township_editor")
        out = ["REVOKE ALL ON SCHEMA %s FROM PUBLIC" % self.s,
               "GRANT USAGE ON SCHEMA %s TO %s" % (self.s, all_groups),
               "GRANT SELECT ON %s TO %s" % (
                   ", ".join(self.t(t.name) for t in schema.TABLES), all_groups),
               "GRANT SELECT ON %s, %s TO %s" % (
                   self.t(AUDIT_TABLE), self.t(TOWNSHIP_ROLES_TABLE), county),
               "GRANT INSERT, UPDATE, DELETE ON %s TO %s" % (
                   ", ".join(self.t(t) for t in ADMIN_WRITES), admin)]
        for table_name in scoped_tables():
            out.append("GRANT %s ON %s TO %s" % (EDITOR_PRIVILEGES[table_name],
                                                 self.t(table_name), editor))
        # The serial keys of the tables each may add rows to.
        for t in schema.TABLES:
            writers = [admin] if t.name in ADMIN_WRITES else []
            if t.name in scoped_tables():
                writers.append(editor)
            if writers:
                out.append("GRANT USAGE, SELECT ON SEQUENCE %s TO %s" % (
                    self.t("%s_%s_seq" % (t.name, t.pk)), ", ".join(writers)))
        # The role map look-up is for the policies and guards only.
        fn = "%s(name)" % self.t("lw_editor_townships")
        out.append("REVOKE ALL ON FUNCTION %s FROM PUBLIC" % fn)
        out.append("GRANT EXECUTE ON FUNCTION %s TO %s" % (fn, all_groups))
        return out

    def policies(self):
        """Row-level security: everyone of the county reads every row; administrators
        write any; a township editor's new and changed rows must be of its townships."""
        all_groups = ", ".join(self.role(g) for g in GROUPS)
        admin, editor = self.role("county_admin"), self.role("township_editor")
        mine = "((SELECT %s(current_user))::text[])" % self.t("lw_editor_townships")
        out = []
        for table_name in scoped_tables():
            expr = TOWNSHIP_OF[table_name][0].format(r="", s=self.s)
            t = self.t(table_name)
            out += [
                "ALTER TABLE %s ENABLE ROW LEVEL SECURITY" % t,
                "CREATE POLICY lw_read ON %s FOR SELECT TO %s USING (true)" % (t, all_groups),
                "CREATE POLICY lw_admin ON %s FOR ALL TO %s USING (true) WITH CHECK (true)" % (t, admin),
                "CREATE POLICY lw_editor_insert ON %s FOR INSERT TO %s WITH CHECK (%s = ANY %s)"
                % (t, editor, expr, mine),
            ]
            if "UPDATE" in EDITOR_PRIVILEGES[table_name]:
                # USING (true): the guard trigger refuses other townships' rows aloud.
                out.append("CREATE POLICY lw_editor_update ON %s FOR UPDATE TO %s USING (true) "
                           "WITH CHECK (%s = ANY %s)" % (t, editor, expr, mine))
            if "DELETE" in EDITOR_PRIVILEGES[table_name]:
                out.append("CREATE POLICY lw_editor_delete ON %s FOR DELETE TO %s USING (true)"
                           % (t, editor))
        return out

    # --- everything ----------------------------------------------------------------------------------

    def structure(self):
        """Tables, keys, functions, triggers, indexes and comments, in an order
        PostgreSQL accepts (the roles come later: grants() and policies())."""
        out = self.base_functions()
        out += [self.create_table(t) for t in schema.TABLES]
        out += self.extra_tables()
        out += self.foreign_key_statements()
        out += self.lookup_functions()
        out += self.triggers()
        out += self.indexes()
        out += self.comments()
        return out


def constraint_messages() -> Dict[str, Tuple[str, str]]:
    """{constraint name: (message when a row breaks it, message when a referenced row is
    removed)} of the uniques and foreign keys, whose messages PostgreSQL writes itself."""
    out = {}
    for t in schema.TABLES:
        for name, _, message in Renderer.unique_constraints(t):
            out[name] = (message, message)
    for name, t, f, rt, rf in Renderer.foreign_keys():
        out[name] = ("%s.%s: no %s has this %s" % (t, f, rt, rf),
                     "%s.%s: still used by %s.%s" % (rt, rf, t, f))
    return out


def code_list_rows():
    """(list, code, zh, en, order) rows of code_lists (the GeoPackage's)."""
    return sqlite_ddl.enum_values()


def workflow_rows():
    """(from, to, note required) rows of workflow_transitions, as booleans."""
    return [(a, b, bool(n)) for a, b, n in schema.workflow_rows()]


