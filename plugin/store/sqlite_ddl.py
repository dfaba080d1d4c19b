"""Render the declarative schema (schema.py) as SQLite SQL for a GeoPackage.

Tables carry named CHECK constraints (SQLite reports the name, so the name is the
readable message); triggers enforce what a CHECK cannot: references, dates in the
future, immutability, append-only history, case numbers and the workflow.
Triggers run whatever client writes, which PRAGMA foreign_keys would not guarantee.
"""

from ..core import codes, workflow
from . import schema

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_TYPES = {"text": "TEXT", "integer": "INTEGER", "real": "REAL", "boolean": "BOOLEAN",
          "date": "DATE", "datetime": "DATETIME", "blob": "BLOB"}
_GLOB_DIGITS = "[0-9]"


def q(name):
    return '"%s"' % name.replace('"', '""')


def lit(text):
    return "'%s'" % str(text).replace("'", "''")


def _pattern_sql(col, pattern):
    if pattern == "zone_code":
        return "length(%s) IN (6, 9, 12, 15) AND %s NOT GLOB '*[^0-9]*'" % (col, col)
    if pattern == "county_code":
        return "length(%s) = 6 AND %s NOT GLOB '*[^0-9]*'" % (col, col)
    if pattern == "case_id":
        return "%s GLOB '%s-%s-%s'" % (col, _GLOB_DIGITS * 6, _GLOB_DIGITS * 4, _GLOB_DIGITS * 6)
    if pattern == "house_id":
        return "%s GLOB 'YH%s'" % (col, _GLOB_DIGITS * 15)
    raise KeyError(pattern)


def _multi_sql(col, enum):
    # Remove every known code from ",a,b,"; what is left must be a single comma.
    expr = "',' || substr(%s, 2, length(%s) - 2) || ','" % (col, col)
    for code in enum.codes:
        expr = "replace(%s, ',%s,', ',')" % (expr, code)
    return "substr(%s, 1, 1) = '{' AND substr(%s, -1, 1) = '}' AND %s = ','" % (col, col, expr)


def field_checks(table, f):
    """(constraint name, SQL) pairs guarding one field."""
    c = q(f.name)
    out = []

    def add(message, sql):
        out.append(("%s.%s: %s" % (table.name, f.name, message), sql))

    if f.type == "integer":
        add("must be a whole number", "%s IS NULL OR typeof(%s) = 'integer'" % (c, c))
    elif f.type == "real":
        add("must be a number", "%s IS NULL OR typeof(%s) IN ('integer', 'real')" % (c, c))
    elif f.type == "boolean":
        add("must be 0 or 1", "%s IS NULL OR %s IN (0, 1)" % (c, c))
    elif f.type == "date":
        add("must be a real date written YYYY-MM-DD, not before 1900",
            "%s IS NULL OR (typeof(%s) = 'text' AND date(%s, '+0 days') IS %s AND %s >= '1900-01-01')"
            % (c, c, c, c, c))
    elif f.type == "datetime":
        add("must be a date and time (ISO 8601)",
            "%s IS NULL OR (typeof(%s) = 'text' AND julianday(%s) IS NOT NULL "
            "AND length(%s) >= 10)" % (c, c, c, c))
    if f.type == "text" and f.required:
        add("must not be empty", "length(trim(%s)) > 0" % c)
    if f.minimum is not None:
        add("must be at least %g" % f.minimum, "%s IS NULL OR %s >= %r" % (c, c, f.minimum))
    if f.maximum is not None:
        add("must be at most %g" % f.maximum, "%s IS NULL OR %s <= %r" % (c, c, f.maximum))
    if f.enum and f.multi:
        add("unknown value (allowed: %s)" % ", ".join(f.enumeration.codes),
            "%s IS NULL OR (%s)" % (c, _multi_sql(c, f.enumeration)))
    elif f.enum:
        add("unknown value (allowed: %s)" % ", ".join(f.enumeration.codes),
            "%s IS NULL OR %s IN (%s)" % (c, c, ", ".join(lit(x) for x in f.enumeration.codes)))
    if f.pattern:
        add("must be %s" % schema.PATTERNS[f.pattern],
            "%s IS NULL OR (%s)" % (c, _pattern_sql(c, f.pattern)))
    return out


def column_def(f, with_checks_of=None):
    """A column definition; with `with_checks_of` (the table) the field's CHECKs are
    inlined, as ALTER TABLE ADD COLUMN needs."""
    col = "%s %s" % (q(f.name), _TYPES[f.type])
    if f.required:
        col += " NOT NULL"
    if f.unique and with_checks_of is None:
        col += " UNIQUE"
    if f.default is not None:
        col += " DEFAULT %s" % f.default
    if with_checks_of is not None:
        for name, sql in field_checks(with_checks_of, f):
            col += " CONSTRAINT %s CHECK (%s)" % (q(name), sql)
    return col


def add_column(table, f):
    """ALTER TABLE … ADD COLUMN for a field added to the schema after a database was
    made (SQLite cannot add a UNIQUE column: that becomes a unique index)."""
    out = ["ALTER TABLE %s ADD COLUMN %s" % (q(table.name), column_def(f, table))]
    if f.unique:
        out.append("CREATE UNIQUE INDEX %s ON %s (%s)" % (
            q("lw_uniq_%s_%s" % (table.name, f.name)), q(table.name), q(f.name)))
    return out


def create_table(table):
    cols = []
    cols.append("%s INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL" % q(table.pk))
    if table.geometry:
        cols.append("%s %s" % (q(schema.GEOMETRY_COLUMN), table.geometry))
    for f in table.fields:
        cols.append(column_def(f))
    for f in table.fields:
        for name, sql in field_checks(table, f):
            cols.append("CONSTRAINT %s CHECK (%s)" % (q(name), sql))
    if table.geometry:
        g = q(schema.GEOMETRY_COLUMN)
        cols.append("CONSTRAINT %s CHECK (%s IS NULL OR substr(%s, 1, 2) = X'4750')" % (
            q("%s.%s: must be a GeoPackage geometry" % (table.name, schema.GEOMETRY_COLUMN)), g, g))
    for sql, message in table.checks:
        cols.append("CONSTRAINT %s CHECK (%s)" % (q("%s: %s" % (table.name, message)), sql))
    for names in table.uniques:
        cols.append("CONSTRAINT %s UNIQUE (%s)" % (
            q("%s: duplicate %s" % (table.name, ", ".join(names))), ", ".join(q(n) for n in names)))
    return "CREATE TABLE %s (\n  %s\n)" % (q(table.name), ",\n  ".join(cols))


def _raise(message):
    return "SELECT RAISE(ABORT, %s);" % lit(message)


def _trigger(name, when_event, table, condition, body):
    where = (" WHEN %s" % condition) if condition else ""
    return "CREATE TRIGGER %s %s ON %s FOR EACH ROW%s\nBEGIN\n  %s\nEND" % (
        q("lw_" + name), when_event, q(table), where, body)


def generic_triggers(table):
    t = table.name
    out = []
    pk = q(table.pk)
    for f in table.fields:
        c = q(f.name)
        if f.references:
            rt, rf = f.references
            cond = "NEW.%s IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %s WHERE %s = NEW.%s)" % (
                c, q(rt), q(rf), c)
            msg = "%s.%s: no %s has this %s" % (t, f.name, rt, rf)
            out.append(_trigger("%s_%s_ref_ins" % (t, f.name), "BEFORE INSERT", t, cond, _raise(msg)))
            out.append(_trigger("%s_%s_ref_upd" % (t, f.name), "BEFORE UPDATE OF %s" % c, t,
                                cond, _raise(msg)))
        if f.not_future:
            if f.type == "integer":
                cond = "NEW.%s > CAST(strftime('%%Y', 'now') AS INTEGER)" % c
            else:
                cond = "NEW.%s > date('now', '+1 day')" % c
            msg = "%s.%s: lies in the future" % (t, f.name)
            out.append(_trigger("%s_%s_future_ins" % (t, f.name), "BEFORE INSERT", t, cond, _raise(msg)))
            out.append(_trigger("%s_%s_future_upd" % (t, f.name), "BEFORE UPDATE OF %s" % c, t,
                                cond, _raise(msg)))
        if f.immutable:
            out.append(_trigger(
                "%s_%s_immutable" % (t, f.name), "BEFORE UPDATE OF %s" % c, t,
                "OLD.%s IS NOT NULL AND NEW.%s IS NOT OLD.%s" % (c, c, c),
                _raise("%s.%s: cannot be changed once set" % (t, f.name))))
        # Rows other tables point at cannot vanish or be renamed under them.
        for other, of in schema.referencing(t, f.name):
            used = "EXISTS (SELECT 1 FROM %s WHERE %s = OLD.%s)" % (q(other), q(of), c)
            msg = "%s.%s: still used by %s.%s" % (t, f.name, other, of)
            out.append(_trigger("%s_%s_used_by_%s_%s_del" % (t, f.name, other, of),
                                "BEFORE DELETE", t, used, _raise(msg)))
            if not f.immutable:
                out.append(_trigger("%s_%s_used_by_%s_%s_upd" % (t, f.name, other, of),
                                    "BEFORE UPDATE OF %s" % c, t,
                                    "NEW.%s IS NOT OLD.%s AND %s" % (c, c, used), _raise(msg)))
    if table.no_delete:
        out.append(_trigger("%s_no_delete" % t, "BEFORE DELETE", t, None,
                            _raise("%s: records are kept for the audit trail and cannot be deleted" % t)))
    if table.append_only:
        out.append(_trigger("%s_no_update" % t, "BEFORE UPDATE", t, None,
                            _raise("%s: records are kept as written and cannot be changed" % t)))
    if table.timestamps:
        out.append(_trigger(
            "%s_created" % t, "AFTER INSERT", t, None,
            "UPDATE %s SET created_at = COALESCE(NEW.created_at, %s), updated_at = %s "
            "WHERE %s = NEW.%s;" % (q(t), NOW, NOW, pk, pk)))
        out.append(_trigger(
            "%s_updated" % t, "AFTER UPDATE", t, "NEW.updated_at IS OLD.updated_at",
            "UPDATE %s SET updated_at = %s WHERE %s = NEW.%s;" % (q(t), NOW, pk, pk)))
    return out


def _case_id_expr():
    county = "(SELECT value FROM settings WHERE key = 'county_code')"
    year = "strftime('%Y', COALESCE(NEW.discovered_on, 'now'))"
    prefix = "%s || '-' || %s || '-'" % (county, year)
    # Serials are zero-padded, so the greatest case_id of the prefix has the greatest
    # serial, and the unique index finds it without reading the year's cases.
    serial = ("COALESCE(CAST(substr((SELECT MAX(case_id) FROM violations "
              "WHERE case_id >= %s AND case_id < %s || 'A'), 13) AS INTEGER), 0) + 1"
              % (prefix, prefix))
    return "printf('%%s%%06d', %s, %s)" % (prefix, serial)


def _stock_class_expr(row="NEW"):
    basis = "COALESCE(%s.construction_started_on, %s.discovered_on)" % (row, row)
    cutoff = "(SELECT value FROM settings WHERE key = 'cutoff_date')"
    return ("CASE WHEN %s IS NULL OR %s IS NULL THEN NULL WHEN %s >= %s THEN 'new' "
            "ELSE 'stock' END" % (basis, cutoff, basis, cutoff))


def violation_triggers():
    out = []
    out.append(_trigger(
        "violations_need_county", "BEFORE INSERT", "violations",
        "NOT EXISTS (SELECT 1 FROM settings WHERE key = 'county_code' AND value IS NOT NULL)",
        _raise("violations: the settings table has no county_code, so no case number can be given")))
    out.append(_trigger(
        "violations_start_as_clue", "BEFORE INSERT", "violations",
        "NEW.status IS NOT NULL AND NEW.status <> %s" % lit(workflow.INITIAL),
        _raise("violations.status: a new case starts as clue (线索); later states are reached "
               "through case_events")))
    out.append(_trigger(
        "violations_register", "AFTER INSERT", "violations", None,
        "UPDATE violations SET case_id = COALESCE(NEW.case_id, %s), "
        "stock_class = COALESCE(NEW.stock_class, %s) WHERE fid = NEW.fid;\n  "
        "INSERT INTO case_events (case_id, at, from_status, to_status, actor, note) "
        "SELECT case_id, COALESCE(NEW.created_at, %s), NULL, %s, NEW.updated_by, "
        "%s FROM violations WHERE fid = NEW.fid;"
        % (_case_id_expr(), _stock_class_expr(), NOW, lit(workflow.INITIAL),
           lit(workflow.REGISTRATION_NOTE))))
    out.append(_trigger(
        "violations_stock_class", "AFTER UPDATE OF discovered_on, construction_started_on",
        "violations", "NEW.stock_class IS OLD.stock_class",
        "UPDATE violations SET stock_class = COALESCE(%s, NEW.stock_class) WHERE fid = NEW.fid;"
        % _stock_class_expr()))
    latest = ("(SELECT to_status FROM case_events WHERE case_id = OLD.case_id "
              "ORDER BY event_id DESC LIMIT 1)")
    out.append(_trigger(
        "violations_status_via_events", "BEFORE UPDATE OF status", "violations",
        "NEW.status IS NOT OLD.status AND NEW.status IS NOT %s" % latest,
        _raise("violations.status: the status changes only by adding a case event "
               "(case_events) for an allowed workflow step")))
    return out


def case_event_triggers():
    out = []
    current = "(SELECT status FROM violations WHERE case_id = NEW.case_id)"
    out.append(_trigger(
        "case_events_first", "BEFORE INSERT", "case_events",
        "NEW.from_status IS NULL AND (NEW.to_status <> %s OR EXISTS "
        "(SELECT 1 FROM case_events WHERE case_id = NEW.case_id))" % lit(workflow.INITIAL),
        _raise("case_events: only the registration event has no from_status")))
    out.append(_trigger(
        "case_events_from_current", "BEFORE INSERT", "case_events",
        "NEW.from_status IS NOT NULL AND %s IS NOT NULL AND NEW.from_status IS NOT %s"
        % (current, current),
        _raise("case_events.from_status: is not the case's current status")))
    out.append(_trigger(
        "case_events_allowed", "BEFORE INSERT", "case_events",
        "NEW.from_status IS NOT NULL AND NOT EXISTS (SELECT 1 FROM workflow_transitions "
        "WHERE from_status = NEW.from_status AND to_status = NEW.to_status)",
        _raise("case_events: this step is not allowed by the workflow (workflow_transitions)")))
    out.append(_trigger(
        "case_events_note", "BEFORE INSERT", "case_events",
        "length(trim(COALESCE(NEW.note, ''))) = 0 AND EXISTS (SELECT 1 FROM workflow_transitions "
        "WHERE from_status = NEW.from_status AND to_status = NEW.to_status AND note_required = 1)",
        _raise("case_events.note: this step needs a written reason")))
    for status, fields in workflow.REQUIRED_FIELDS.items():
        lacking = " OR ".join("%s IS NULL" % q(f) for f in fields)
        out.append(_trigger(
            "case_events_requires_%s" % status, "BEFORE INSERT", "case_events",
            "NEW.to_status = %s AND EXISTS (SELECT 1 FROM violations WHERE case_id = NEW.case_id "
            "AND (%s))" % (lit(status), lacking),
            _raise("case_events: the case needs %s before it can become %s"
                   % (", ".join(fields), status))))
    for status, values in workflow.IMPLIED_VALUES.items():
        clash = " OR ".join("(%s IS NOT NULL AND %s <> %s)" % (q(f), q(f), lit(v))
                            for f, v in values.items())
        out.append(_trigger(
            "case_events_implies_%s" % status, "BEFORE INSERT", "case_events",
            "NEW.to_status = %s AND EXISTS (SELECT 1 FROM violations WHERE case_id = NEW.case_id "
            "AND (%s))" % (lit(status), clash),
            _raise("case_events: %s contradicts %s" % (status, ", ".join(
                "%s = %s" % fv for fv in values.items())))))
    sets = ["status = NEW.to_status"]
    for field in sorted({f for v in workflow.IMPLIED_VALUES.values() for f in v}):
        cases = " ".join("WHEN %s THEN %s" % (lit(s), lit(v[field]))
                         for s, v in workflow.IMPLIED_VALUES.items() if field in v)
        sets.append("%s = COALESCE(%s, CASE NEW.to_status %s END)" % (q(field), q(field), cases))
    out.append(_trigger(
        "case_events_apply", "AFTER INSERT", "case_events", "NEW.from_status IS NOT NULL",
        "UPDATE violations SET %s WHERE case_id = NEW.case_id;" % ", ".join(sets)))
    return out


def attachment_triggers():
    checks = {
        "violations": "SELECT 1 FROM violations WHERE case_id = NEW.owner_id",
        "houses": "SELECT 1 FROM houses WHERE house_id = NEW.owner_id",
        "case_events": "SELECT 1 FROM case_events WHERE CAST(event_id AS TEXT) = NEW.owner_id",
        "house_inspections":
            "SELECT 1 FROM house_inspections WHERE CAST(inspection_id AS TEXT) = NEW.owner_id",
    }
    cond = " OR ".join("(NEW.owner_table = %s AND NOT EXISTS (%s))" % (lit(k), v)
                       for k, v in checks.items())
    return [_trigger("attachments_owner", "BEFORE INSERT", "attachments", cond,
                     _raise("attachments.owner_id: the record it belongs to does not exist")),
            _trigger("attachments_size", "BEFORE INSERT", "attachments",
                     "NEW.size_bytes IS NOT NULL AND NEW.size_bytes <> length(NEW.content)",
                     _raise("attachments.size_bytes: does not match the content"))]


INDEXES = (
    ("violations", ("township_code",)), ("violations", ("village_code",)),
    ("violations", ("status",)), ("violations", ("discovered_on",)),
    ("case_events", ("case_id", "at")), ("houses", ("township_code",)),
    ("houses", ("village_code",)), ("house_inspections", ("house_id",)),
    ("inspection_members", ("inspection_id",)), ("attachments", ("owner_table", "owner_id")),
    ("zones", ("parent_code",)), ("patrol_reports", ("report_date",)),
)


def indexes():
    return ["CREATE INDEX IF NOT EXISTS %s ON %s (%s)" % (q("lw_idx_%s_%s" % (t, "_".join(cols))), q(t),
                                          ", ".join(q(c) for c in cols))
            for t, cols in INDEXES]


def triggers():
    out = []
    for table in schema.TABLES:
        out.extend(generic_triggers(table))
    out.extend(violation_triggers())
    out.extend(case_event_triggers())
    out.extend(attachment_triggers())
    return out


def all_statements():
    """Every CREATE statement of the schema, in an order SQLite accepts."""
    return [create_table(t) for t in schema.TABLES] + indexes() + triggers()


def trigger_names(statements=None):
    return [s.split('"')[1] for s in (statements or triggers())]


def enum_values():
    """(list, code, zh, en, sort order) rows for the code_lists table."""
    rows = []
    for enum in codes.ALL:
        for i, c in enumerate(enum):
            rows.append((enum.name, c.code, c.zh, c.en, i))
    return rows
