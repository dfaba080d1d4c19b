"""In-place upgrades of project databases written by older versions of the plugin.

An upgrade runs in one transaction and keeps every row.  It has two parts:
- explicit steps (STEPS[n] turns version n into n + 1) for changes that move data;
- a structural sync for what can be derived from schema.py alone: tables and
  fields added since, the triggers and indexes (always recreated from the current
  definitions, so a fixed rule reaches old files), the workflow rules, code lists,
  field labels and default styles.
"""

from ..core import settings as settings_rules
from . import schema, sqlite_ddl
from .sqlite_ddl import NOW, q

# {from_version: (description, function(con))} for changes a sync cannot derive.
# 1 → 2 (grading results on houses) is purely additive: the sync does it.
# 2 → 3 (the patrol_reports table, 零报告) is purely additive: the sync does it.
STEPS = {}


def _columns(con, table):
    return [r[1] for r in con.execute("PRAGMA table_info(%s)" % q(table))]


def sync_structure(con):
    """Bring tables, fields, triggers, indexes and reference data up to schema.py.

    Returns (list of changes, list of new geometry tables needing a spatial index).
    """
    from . import gpkg
    changes, new_spatial = [], []
    existing = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    srs_id = gpkg.layer_srs_id(con, "violations") or gpkg.layer_srs_id(con, "zones")
    for t in schema.TABLES:
        if t.name not in existing:
            con.execute(sqlite_ddl.create_table(t))
            gpkg.register_table(con, t, srs_id)
            changes.append("table %s added" % t.name)
            if t.geometry:
                new_spatial.append(t)
            continue
        have = set(_columns(con, t.name))
        for f in t.fields:
            if f.name not in have:
                if f.required and f.default is None:
                    raise gpkg.DatabaseError(
                        "%s.%s is required and has no default: this upgrade needs an explicit "
                        "step" % (t.name, f.name))
                for stmt in sqlite_ddl.add_column(t, f):
                    con.execute(stmt)
                changes.append("field %s.%s added" % (t.name, f.name))
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                               "AND name LIKE 'lw\\_%' ESCAPE '\\'").fetchall():
        con.execute("DROP TRIGGER %s" % q(name))
    for stmt in sqlite_ddl.indexes() + sqlite_ddl.triggers():
        con.execute(stmt)
    # Settings added since keep their defaults; existing values are never touched.
    have = {r[0] for r in con.execute("SELECT key FROM settings")}
    for key, value_type, text in settings_rules.defaults("000000"):
        if key not in have and key != "county_code":
            con.execute("INSERT INTO settings (key, value_type, value) VALUES (?, ?, ?)",
                        (key, value_type, text))
            changes.append("setting %s added" % key)
    gpkg.write_field_labels(con)
    gpkg.write_reference_tables(con)
    gpkg.write_default_styles(con)
    return changes, new_spatial


def upgrade(con, version):
    """Upgrade from `version` to schema.SCHEMA_VERSION in one transaction.

    Returns (descriptions of what changed, geometry tables needing a spatial index).
    """
    from .gpkg import transaction, DatabaseError
    if version >= schema.SCHEMA_VERSION:
        return [], []
    applied = []
    with transaction(con):
        for v in range(version, schema.SCHEMA_VERSION):
            if v in STEPS:
                description, function = STEPS[v]
                function(con)
                applied.append(description)
        changes, new_spatial = sync_structure(con)
        applied.extend(changes)
        cur = con.execute("UPDATE settings SET value = ?, updated_at = %s "
                          "WHERE key = 'schema_version'" % NOW, (str(schema.SCHEMA_VERSION),))
        if cur.rowcount != 1:
            raise DatabaseError("the settings table has no schema_version row")
        applied.append("schema version %d → %d" % (version, schema.SCHEMA_VERSION))
    return applied, new_spatial
