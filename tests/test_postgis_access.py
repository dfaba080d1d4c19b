"""Who may do what in a county database on PostGIS, enforced by PostgreSQL itself:
grants, row-level security and triggers hold in any client.

Everyone of the county reads every case and house (the county-wide overview); a
township editor writes only the cases and houses (and their events, attachments,
inspections) of its own township; viewers write nothing; only the county reads the
audit trail.  A township editor's attempts against another township, the rules, the
audit trail and the roles are listed below and tried through plain SQL, QGIS layers
and the plugin's API: every one must fail, and the database must be unchanged.
"""

import io

import psycopg2
import pytest
from psycopg2 import sql

from liangwei.plugin.store import postgis, postgis_ddl
from pgserver import (COUNTY, POINT, SMALL, SQUARE, TOWNSHIPS, build_county,  # noqa: F401
                      pg_database, pg_server)

SCHEMA = "county_access"
A, B = TOWNSHIPS[0], TOWNSHIPS[1]
PASSWORD = {"editor_a": "pw-editor-a", "editor_b": "pw-editor-b", "viewer_a": "pw-viewer-a",
            "county_viewer_1": "pw-county-viewer", "county_admin_1": "pw-county-admin"}
ROLES = postgis_ddl.group_role_names(SCHEMA)


@pytest.fixture(scope="module")
def county(pg_database):
    """Two townships' cases and houses with their records; the offices' logins."""
    conn = build_county(pg_database, SCHEMA)
    postgis.create_township_role(conn, SCHEMA, A, "editor_a", PASSWORD["editor_a"])
    postgis.create_township_role(conn, SCHEMA, B, "editor_b", PASSWORD["editor_b"])
    postgis.create_township_role(conn, SCHEMA, A, "viewer_a", PASSWORD["viewer_a"], kind="viewer")
    postgis.create_county_login(conn, SCHEMA, "county_viewer_1", PASSWORD["county_viewer_1"])
    postgis.create_county_login(conn, SCHEMA, "county_admin_1", PASSWORD["county_admin_1"],
                                group="county_admin")
    ids = {}
    for town in (A, B):
        fid = postgis.insert(conn, "violations", {"township_code": town, "discovered_on": "2024-03-01",
                                                  "geom": SMALL, "party_name": "当事人" + town})
        ids["case", town] = postgis.read_row(conn, "violations", "fid", fid)["case_id"]
        house = "YH%s%09d" % (COUNTY, int(town[-3:]))
        postgis.insert(conn, "houses", {"house_id": house, "township_code": town, "geom": POINT,
                                        "storeys": 2})
        ids["house", town] = house
        ids["inspection", town] = postgis.insert(conn, "house_inspections", {
            "house_id": house, "inspected_on": "2024-04-01", "kind": "appraisal"})
        postgis.insert(conn, "inspection_members", {"inspection_id": ids["inspection", town],
                                                    "storey": 1, "member_type": "wall",
                                                    "total": 10, "dangerous": 1})
        postgis.insert(conn, "attachments", {"owner_table": "violations", "owner_id": ids["case", town],
                                             "file_name": "photo.jpg", "content": b"\xff\xd8"})
        postgis.insert(conn, "patrol_reports", {"zone_code": town + "201", "report_date": "2024-05-01",
                                                "found_count": 1, "reporter": "巡查员"})
    yield conn, ids
    conn.close()


def snapshot(db):
    """A fingerprint of every table of the schema (rows and their order by key), and the
    roles' powers and memberships."""
    admin = db.raw()
    out = {}
    with admin.cursor() as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY 1", (SCHEMA,))
        for (table,) in cur.fetchall():
            cur.execute(sql.SQL("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                                "FROM {} t").format(sql.Identifier(SCHEMA, table)))
            out[table] = cur.fetchone()
        cur.execute("SELECT r.rolname, r.rolsuper, r.rolcreaterole, r.rolbypassrls, "
                    "array(SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
                    "WHERE m.member = r.oid ORDER BY 1) FROM pg_roles r WHERE r.rolname LIKE 'lw\\_%%' "
                    "OR r.rolname IN %s ORDER BY 1", (tuple(PASSWORD),))
        out["roles"] = cur.fetchall()
        cur.execute("SELECT relname, relrowsecurity, relforcerowsecurity, relacl::text FROM pg_class WHERE "
                    "relnamespace = %s::regnamespace AND relkind = 'r' ORDER BY 1", (SCHEMA,))
        out["row security"] = cur.fetchall()
        cur.execute("SELECT count(*) FROM pg_trigger WHERE tgrelid IN (SELECT oid FROM pg_class WHERE "
                    "relnamespace = %s::regnamespace) AND tgenabled = 'O'", (SCHEMA,))
        out["triggers enabled"] = cur.fetchone()
        cur.execute("SELECT count(*) FROM pg_policy WHERE polrelid IN (SELECT oid FROM pg_class WHERE "
                    "relnamespace = %s::regnamespace)", (SCHEMA,))
        out["policies"] = cur.fetchone()
    admin.close()
    return out


class Attempts:
    """Attempts that must all fail; records the ones that did not."""

    # Errors that would mean the attempt itself was wrong, not refused.
    MISTAKES = {"42601": "syntax error", "42703": "undefined column", "42P01": "undefined table",
                "42883": "undefined function", "42704": "undefined object", "22P02": "bad input",
                "25P02": "transaction aborted"}

    def __init__(self):
        self.tried = []
        self.succeeded = []
        self.refusals = {}

    def sql(self, conn, label, *statements):
        """Plain SQL as psql would send it, each attempt its own transaction."""
        def run():
            with conn.cursor() as cur:
                cur.execute("BEGIN")
                try:
                    for statement in statements:
                        if isinstance(statement, tuple):
                            cur.execute(*statement)
                        else:
                            cur.execute(statement)
                    cur.execute("COMMIT")
                except BaseException:
                    cur.execute("ROLLBACK")
                    raise
        self.call("SQL: " + label, run)

    def call(self, label, function):
        self.tried.append(label)
        try:
            function()
        except psycopg2.Error as e:
            self.refusals[label] = (e.pgcode, postgis.readable_error(e))
            return
        except postgis.DatabaseError as e:
            self.refusals[label] = (None, str(e))
            return
        self.succeeded.append(label)

    def mistakes(self):
        return {label: r for label, r in self.refusals.items() if r[0] in self.MISTAKES}

    def qgis(self, label, layer, edit):
        """Edit a QGIS layer and save: the edit or the save must fail.  (QGIS itself
        refuses edits the role has no privilege for: it reads the grants.)"""
        label = "QGIS: " + label
        self.tried.append(label)
        if not layer.startEditing():
            self.refusals[label] = (None, "QGIS: the layer is read-only for this role")
            return
        try:
            if not edit(layer):
                self.refusals[label] = (None, "QGIS: the role has no privilege for this edit")
                return
            if layer.commitChanges():
                self.succeeded.append(label)
            else:
                self.refusals[label] = (None, " ".join(layer.commitErrors()))
        finally:
            if layer.isEditable():
                layer.rollBack()


def feature_of(layer, field, key):
    found = [f for f in layer.getFeatures() if f[field] == key]
    assert len(found) == 1, (layer.name(), key)
    return found[0]


def test_a_township_editor_cannot_touch_other_townships_rules_audit_or_roles(
        pg_database, county, qgis_new_project):
    conn, ids = county
    case_b, house_b, insp_b = ids["case", B], ids["house", B], ids["inspection", B]
    case_a = ids["case", A]
    before = snapshot(pg_database)
    s = SCHEMA
    editor = pg_database.raw("editor_a", PASSWORD["editor_a"])
    with editor.cursor() as cur:   # as a user's psql would be set up
        cur.execute(sql.SQL("SET search_path TO {}, public").format(sql.Identifier(s)))
    go = Attempts()

    # --- another township's cases, houses and their records ---------------------------------
    go.sql(editor, "update a case of B", ("UPDATE violations SET remarks = 'x' WHERE case_id = %s", (case_b,)))
    go.sql(editor, "move a case of B into A",
           ("UPDATE violations SET township_code = %s WHERE case_id = %s", (A, case_b)))
    go.sql(editor, "move a case of A to B",
           ("UPDATE violations SET township_code = %s WHERE case_id = %s", (B, case_a)))
    go.sql(editor, "change the geometry of a case of B",
           ("UPDATE violations SET geom = ST_GeomFromText(%s, 4490) WHERE case_id = %s", (SQUARE, case_b)))
    go.sql(editor, "update every case", "UPDATE violations SET remarks = 'all'")
    go.sql(editor, "delete a case of B", ("DELETE FROM violations WHERE case_id = %s", (case_b,)))
    go.sql(editor, "delete every case", "DELETE FROM violations")
    go.sql(editor, "insert a case in B", ("INSERT INTO violations (township_code) VALUES (%s)", (B,)))
    go.sql(editor, "insert a case without township", "INSERT INTO violations (remarks) VALUES ('x')")
    go.sql(editor, "insert a case with a chosen number",
           ("INSERT INTO violations (case_id, township_code) VALUES ('330624-2024-999999', %s)", (A,)))
    go.call("SQL: COPY a case of B in", lambda: editor.cursor().copy_expert(
        sql.SQL("COPY {} (township_code, remarks) FROM STDIN").format(
            sql.Identifier(s, "violations")).as_string(editor), io.StringIO("%s\tcopied\n" % B)))
    go.sql(editor, "add a workflow step to a case of B",
           ("INSERT INTO case_events (case_id, from_status, to_status) VALUES (%s, 'clue', 'verified')",
            (case_b,)))
    go.sql(editor, "rewrite the history of B", ("UPDATE case_events SET note = 'x' WHERE case_id = %s", (case_b,)))
    go.sql(editor, "delete the history of B", ("DELETE FROM case_events WHERE case_id = %s", (case_b,)))
    go.sql(editor, "attach a file to a case of B",
           ("INSERT INTO attachments (owner_table, owner_id, file_name, content) VALUES "
            "('violations', %s, 'x.jpg', %s)", (case_b, psycopg2.Binary(b"x"))))
    go.sql(editor, "attach a file to a house of B",
           ("INSERT INTO attachments (owner_table, owner_id, file_name, content) VALUES "
            "('houses', %s, 'x.jpg', %s)", (house_b, psycopg2.Binary(b"x"))))
    go.sql(editor, "delete the attachments of B",
           ("DELETE FROM attachments WHERE owner_id = %s", (case_b,)))
    go.sql(editor, "update a house of B", ("UPDATE houses SET owner = 'x' WHERE house_id = %s", (house_b,)))
    go.sql(editor, "move a house of B into A",
           ("UPDATE houses SET township_code = %s WHERE house_id = %s", (A, house_b)))
    go.sql(editor, "delete a house of B", ("DELETE FROM houses WHERE house_id = %s", (house_b,)))
    go.sql(editor, "delete every house", "DELETE FROM houses")
    go.sql(editor, "insert a house in B",
           ("INSERT INTO houses (house_id, township_code) VALUES ('YH330624000000999', %s)", (B,)))
    go.sql(editor, "inspect a house of B",
           ("INSERT INTO house_inspections (house_id, inspected_on, kind) VALUES (%s, '2024-05-01', "
            "'patrol')", (house_b,)))
    go.sql(editor, "change an inspection of B",
           ("UPDATE house_inspections SET findings = 'x' WHERE inspection_id = %s", (insp_b,)))
    go.sql(editor, "delete an inspection of B",
           ("DELETE FROM house_inspections WHERE inspection_id = %s", (insp_b,)))
    go.sql(editor, "add member counts to B",
           ("INSERT INTO inspection_members (inspection_id, storey, member_type, total, dangerous) "
            "VALUES (%s, 2, 'wall', 5, 0)", (insp_b,)))
    go.sql(editor, "change member counts of B",
           ("UPDATE inspection_members SET dangerous = 0 WHERE inspection_id = %s", (insp_b,)))
    go.sql(editor, "delete member counts of B",
           ("DELETE FROM inspection_members WHERE inspection_id = %s", (insp_b,)))
    go.sql(editor, "file a patrol report for a village of B",
           ("INSERT INTO patrol_reports (zone_code, report_date, found_count) VALUES (%s, '2024-05-02', 0)",
            (B + "201",)))
    go.sql(editor, "change a patrol report of B",
           ("UPDATE patrol_reports SET found_count = 5 WHERE zone_code = %s", (B + "201",)))
    go.sql(editor, "delete a patrol report of B",
           ("DELETE FROM patrol_reports WHERE zone_code = %s", (B + "201",)))
    for table in ("violations", "houses", "case_events", "attachments", "house_inspections",
                  "inspection_members", "zones", "patrol_reports"):
        go.sql(editor, "TRUNCATE %s" % table, sql.SQL("TRUNCATE {} CASCADE").format(sql.Identifier(table)))
    go.sql(editor, "bypass row security", "SET LOCAL row_security = off",
           ("UPDATE violations SET remarks = 'x' WHERE case_id = %s", (case_b,)))

    # --- the county's data, the rules and the code lists -----------------------------------
    go.sql(editor, "rename a zone", "UPDATE zones SET zone_name = 'x'")
    go.sql(editor, "delete a zone", ("DELETE FROM zones WHERE zone_code = %s", (B + "202",)))
    go.sql(editor, "insert a zone",
           "INSERT INTO zones (zone_code, zone_name, level, parent_code) VALUES ('330624109', 'x', "
           "'township', '330624')")
    go.sql(editor, "change a setting", "UPDATE settings SET value = '2000-01-01' WHERE key = 'cutoff_date'")
    go.sql(editor, "add a setting", "INSERT INTO settings (key, value_type, value) VALUES ('x', 'text', 'x')")
    go.sql(editor, "add a workflow step",
           "INSERT INTO workflow_transitions (from_status, to_status, note_required) VALUES "
           "('clue', 'closed', false)")
    go.sql(editor, "change a workflow step", "UPDATE workflow_transitions SET note_required = false")
    go.sql(editor, "delete the workflow", "DELETE FROM workflow_transitions")
    go.sql(editor, "change a code list", "UPDATE code_lists SET zh = 'x'")
    go.sql(editor, "delete the code lists", "DELETE FROM code_lists")

    # --- the audit trail, the role map and the counters --------------------------------------
    go.sql(editor, "read the audit trail", "SELECT * FROM audit_log")
    go.sql(editor, "write the audit trail",
           "INSERT INTO audit_log (table_name, row_key, action) VALUES ('violations', 'x', 'UPDATE')")
    go.sql(editor, "change the audit trail", "UPDATE audit_log SET db_user = 'someone'")
    go.sql(editor, "delete the audit trail", "DELETE FROM audit_log")
    go.sql(editor, "TRUNCATE the audit trail", "TRUNCATE audit_log")
    go.sql(editor, "read the role map", "SELECT * FROM township_roles")
    go.sql(editor, "map itself to B",
           ("INSERT INTO township_roles (role_name, township_code, kind) VALUES ('editor_a', %s, 'editor')",
            (B,)))
    go.sql(editor, "move its role to B", ("UPDATE township_roles SET township_code = %s", (B,)))
    go.sql(editor, "read the case counters", "SELECT * FROM case_counters")
    go.sql(editor, "change the case counters", "UPDATE case_counters SET last_serial = 999998")
    go.sql(editor, "call the numbering trigger", "SELECT lw_violations_number()")
    go.sql(editor, "call the audit trigger", "SELECT lw_audit()")

    # --- the structure and the rights ----------------------------------------------------------
    go.sql(editor, "disable row security", "ALTER TABLE violations DISABLE ROW LEVEL SECURITY")
    go.sql(editor, "disable the triggers", "ALTER TABLE violations DISABLE TRIGGER ALL")
    go.sql(editor, "drop the guard", "DROP TRIGGER lw_10_guard ON violations")
    go.sql(editor, "drop a policy", "DROP POLICY lw_editor_update ON violations")
    go.sql(editor, "add a policy", "CREATE POLICY mine ON violations FOR UPDATE USING (true) WITH CHECK (true)")
    go.sql(editor, "alter a column", "ALTER TABLE violations ALTER COLUMN status DROP NOT NULL")
    go.sql(editor, "drop the cases", "DROP TABLE violations CASCADE")
    go.sql(editor, "drop the audit trail", "DROP TABLE audit_log")
    go.sql(editor, "drop the schema", sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(s)))
    go.sql(editor, "create a table in the schema", "CREATE TABLE county_access.x (a int)")
    go.sql(editor, "replace a function",
           "CREATE OR REPLACE FUNCTION lw_is_admin() RETURNS boolean LANGUAGE sql AS 'SELECT true'")
    go.sql(editor, "become the county administrator", sql.SQL("SET ROLE {}").format(sql.Identifier(ROLES["county_admin"])))
    go.sql(editor, "become editor of B", sql.SQL("SET ROLE {}").format(
        sql.Identifier(postgis_ddl.township_role_name(s, B, "editor"))))
    go.sql(editor, "become the other editor", "SET ROLE editor_b")
    go.sql(editor, "grant itself the administrator role", sql.SQL("GRANT {} TO editor_a").format(
        sql.Identifier(ROLES["county_admin"])))
    go.sql(editor, "grant itself B", sql.SQL("GRANT {} TO editor_a").format(
        sql.Identifier(postgis_ddl.township_role_name(s, B, "editor"))))
    go.sql(editor, "become superuser", "ALTER ROLE editor_a SUPERUSER")
    go.sql(editor, "get CREATEROLE", "ALTER ROLE editor_a CREATEROLE")
    go.sql(editor, "bypass row security for good", "ALTER ROLE editor_a BYPASSRLS")
    go.sql(editor, "create a role", "CREATE ROLE evil LOGIN")
    go.sql(editor, "switch triggers off", "SET session_replication_role = replica")

    def grant_to_everyone():
        # PostgreSQL only warns when a role grants what it may not grant: look at the result
        go_sql = editor.cursor()
        go_sql.execute("GRANT ALL ON violations, audit_log TO PUBLIC")
        go_sql.execute("SELECT has_table_privilege('public', %s, 'UPDATE') OR "
                       "has_table_privilege('public', %s, 'SELECT')",
                       ("%s.violations" % s, "%s.audit_log" % s))
        if not go_sql.fetchone()[0]:
            raise postgis.DatabaseError("nothing was granted")
    go.call("SQL: grant the cases and the audit trail to everyone", grant_to_everyone)

    # --- the plugin's API as editor_a -----------------------------------------------------------
    api = pg_database.connect(SCHEMA, "editor_a", PASSWORD["editor_a"])
    token_b = postgis.read_case(api, case_b)["updated_at"]
    go.call("API: update_case of B", lambda: postgis.update_case(api, case_b, {"remarks": "x"}, token_b))
    go.call("API: update a house of B", lambda: postgis.update(api, "houses", "house_id", house_b,
                                                                {"owner": "x"}))
    go.call("API: insert a case in B", lambda: postgis.insert(api, "violations", {
        "township_code": B, "geom": SMALL}))
    go.call("API: a workflow step of B", lambda: postgis.add_case_event(api, case_b, "verified"))
    go.call("API: attach to B", lambda: postgis.insert(api, "attachments", {
        "owner_table": "violations", "owner_id": case_b, "file_name": "a.jpg", "content": b"x"}))
    go.call("API: write the settings", lambda: postgis.write_settings(api, {"stale_days": 1}))
    go.call("API: make itself editor of B", lambda: postgis.create_township_role(
        api, SCHEMA, B, "editor_a"))
    go.call("API: create a county schema", lambda: postgis.create_schema(api, "county_evil", COUNTY))
    api.close()

    # --- QGIS layers as editor_a ------------------------------------------------------------------
    layers = {t: pg_database.qgis_layer(SCHEMA, t, "editor_a", PASSWORD["editor_a"])
              for t in ("violations", "houses", "zones", "case_events", "house_inspections")}
    try:
        from qgis.core import QgsGeometry, QgsVectorLayerUtils
        v, h = layers["violations"], layers["houses"]
        fb, hb = feature_of(v, "case_id", case_b), feature_of(h, "house_id", house_b)
        go.qgis("change a case of B", v, lambda lyr: lyr.changeAttributeValue(
            fb.id(), lyr.fields().indexOf("remarks"), "qgis"))
        go.qgis("move a case of B into A", v, lambda lyr: lyr.changeAttributeValue(
            fb.id(), lyr.fields().indexOf("township_code"), A))
        go.qgis("reshape a case of B", v, lambda lyr: lyr.changeGeometry(
            fb.id(), QgsGeometry.fromWkt(SQUARE)))
        go.qgis("delete a case of B", v, lambda lyr: lyr.deleteFeature(fb.id()))
        go.qgis("add a case in B", v, lambda lyr: lyr.addFeature(QgsVectorLayerUtils.createFeature(
            lyr, QgsGeometry.fromWkt(SMALL), {lyr.fields().indexOf("township_code"): B})))
        go.qgis("change a house of B", h, lambda lyr: lyr.changeAttributeValue(
            hb.id(), lyr.fields().indexOf("owner"), "qgis"))
        go.qgis("delete a house of B", h, lambda lyr: lyr.deleteFeature(hb.id()))
        go.qgis("add a house in B", h, lambda lyr: lyr.addFeature(QgsVectorLayerUtils.createFeature(
            lyr, QgsGeometry.fromWkt(POINT), {lyr.fields().indexOf("house_id"): "YH330624000000998",
                                              lyr.fields().indexOf("township_code"): B})))
        z = layers["zones"]
        zone = next(iter(z.getFeatures()))
        go.qgis("rename a zone", z, lambda lyr: lyr.changeAttributeValue(
            zone.id(), lyr.fields().indexOf("zone_name"), "qgis"))
        e = layers["case_events"]
        event_b = [f for f in e.getFeatures() if f["case_id"] == case_b][0]
        go.qgis("rewrite an event of B", e, lambda lyr: lyr.changeAttributeValue(
            event_b.id(), lyr.fields().indexOf("note"), "qgis"))
        i = layers["house_inspections"]
        inspection_b = feature_of(i, "inspection_id", insp_b)
        go.qgis("delete an inspection of B", i, lambda lyr: lyr.deleteFeature(inspection_b.id()))
        from qgis.core import QgsVectorLayer
        audit = QgsVectorLayer(pg_database.qgis_uri(SCHEMA, "audit_log", "editor_a", PASSWORD["editor_a"],
                                                    key="audit_id").uri(False), "audit", "postgres")
        go.tried.append("QGIS: read the audit trail")
        if audit.isValid() and len(list(audit.getFeatures())) > 0:
            go.succeeded.append("QGIS: read the audit trail")
        del audit
        assert "may write only records of township" in go.refusals["QGIS: change a case of B"][1]
    finally:
        layers.clear()

    # --- a township viewer writes nothing, not even in its own township ---------------------------
    viewer = pg_database.raw("viewer_a", PASSWORD["viewer_a"])
    go.sql(viewer, "viewer updates a case of its township",
           (sql.SQL("UPDATE {} SET remarks = 'x' WHERE case_id = %s").format(
               sql.Identifier(s, "violations")), (case_a,)))
    go.sql(viewer, "viewer inserts a case in its township",
           (sql.SQL("INSERT INTO {} (township_code) VALUES (%s)").format(sql.Identifier(s, "violations")), (A,)))
    go.sql(viewer, "viewer reads the audit trail", sql.SQL("SELECT * FROM {}").format(
        sql.Identifier(s, "audit_log")))
    county_viewer = pg_database.raw("county_viewer_1", PASSWORD["county_viewer_1"])
    go.sql(county_viewer, "county viewer updates a case",
           (sql.SQL("UPDATE {} SET remarks = 'x' WHERE case_id = %s").format(
               sql.Identifier(s, "violations")), (case_a,)))
    go.sql(county_viewer, "county viewer changes a setting",
           sql.SQL("UPDATE {} SET value = 'x' WHERE key = 'county_name'").format(sql.Identifier(s, "settings")))

    for c in (editor, viewer, county_viewer):
        c.close()
    for label in go.tried:
        print("%-55s %s" % (label, go.refusals.get(label, ("", "QGIS: cannot open it"))[1][:140]))
    assert len(go.tried) >= 100, len(go.tried)
    assert go.succeeded == [], "attempts that succeeded: %s" % go.succeeded
    assert go.mistakes() == {}
    assert snapshot(pg_database) == before


def test_everyone_of_the_county_reads_everything_the_county_reads_the_audit(pg_database, county):
    conn, ids = county
    for login in ("editor_a", "viewer_a", "editor_b", "county_viewer_1", "county_admin_1"):
        c = pg_database.raw(login, PASSWORD[login])
        with c.cursor() as cur:
            for table in ("violations", "houses", "case_events", "attachments", "house_inspections",
                          "inspection_members", "zones", "settings", "workflow_transitions", "code_lists"):
                cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(SCHEMA, table)))
                assert cur.fetchone()[0] > 0, (login, table)
            cur.execute(sql.SQL("SELECT township_code FROM {} ORDER BY 1").format(
                sql.Identifier(SCHEMA, "violations")))
            assert {r[0] for r in cur.fetchall()} >= {A, B}
            cur.execute("SELECT count(*) FROM public.layer_styles WHERE f_table_schema = %s", (SCHEMA,))
            assert cur.fetchone()[0] >= 3
        c.close()
    for login in ("county_viewer_1", "county_admin_1"):
        c = pg_database.raw(login, PASSWORD[login])
        with c.cursor() as cur:
            cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(SCHEMA, "audit_log")))
            assert cur.fetchone()[0] > 0
        c.close()


def audit_rows(db, login, after_id):
    admin = db.raw()
    with admin.cursor() as cur:
        cur.execute(sql.SQL("SELECT table_name, row_key, action, old_row, new_row, application_name "
                            "FROM {} WHERE db_user = %s AND audit_id > %s ORDER BY audit_id").format(
            sql.Identifier(SCHEMA, "audit_log")), (login, after_id))
        out = cur.fetchall()
    admin.close()
    return out


def last_audit_id(db):
    admin = db.raw()
    with admin.cursor() as cur:
        cur.execute(sql.SQL("SELECT coalesce(max(audit_id), 0) FROM {}").format(
            sql.Identifier(SCHEMA, "audit_log")))
        out = cur.fetchone()[0]
    admin.close()
    return out


def test_own_township_edits_succeed_and_are_audited(pg_database, county, qgis_new_project):
    conn, ids = county
    start = last_audit_id(pg_database)
    api = pg_database.connect(SCHEMA, "editor_a", PASSWORD["editor_a"])
    try:
        case_a = ids["case", A]
        token = postgis.read_case(api, case_a)["updated_at"]
        postgis.update_case(api, case_a, {"party_name": "新当事人", "building_area_m2": 90.0}, token,
                            user="编辑甲")
        postgis.add_case_event(api, case_a, "verified", actor="编辑甲")
        fid = postgis.insert(api, "violations", {"township_code": A, "geom": SMALL,
                                                 "discovered_on": "2024-06-02"})
        new_id = postgis.read_row(api, "violations", "fid", fid)["case_id"]
        postgis.insert(api, "houses", {"house_id": "YH330624000000555", "township_code": A,
                                       "geom": POINT})
        postgis.update(api, "houses", "house_id", "YH330624000000555", {"owner": "房主"})
        postgis.insert(api, "house_inspections", {"house_id": "YH330624000000555",
                                                  "inspected_on": "2024-06-03", "kind": "patrol"})
        postgis.insert(api, "attachments", {"owner_table": "violations", "owner_id": new_id,
                                            "file_name": "现场.jpg", "content": b"\xff\xd8\xff"})
        postgis.insert(api, "patrol_reports", {"zone_code": A + "202", "report_date": "2024-06-03",
                                               "found_count": 0})
    finally:
        api.close()
    rows = audit_rows(pg_database, "editor_a", start)
    actions = [(t, k, a) for t, k, a, _, _, _ in rows]
    assert (("violations", case_a, "UPDATE")) in actions
    update = [r for r in rows if r[:3] == ("violations", case_a, "UPDATE")][0]
    assert update[3]["party_name"] == "当事人" + A and update[4]["party_name"] == "新当事人"
    assert update[4]["updated_by"] == "编辑甲" and update[5] == "liangwei"
    assert ("violations", new_id, "INSERT") in actions
    events = [a[2] for a in actions if a[0] == "case_events"]
    assert events == ["INSERT", "INSERT"]   # the step, and the new case's registration
    assert ("houses", "YH330624000000555", "INSERT") in actions
    assert ("houses", "YH330624000000555", "UPDATE") in actions
    assert any(a[0] == "house_inspections" for a in actions)
    assert any(a[0] == "patrol_reports" and a[2] == "INSERT" for a in actions)
    attachment = [r for r in rows if r[0] == "attachments"][0]
    assert "content" not in attachment[4] and attachment[4]["file_name"] == "现场.jpg"
    # the same through QGIS: the save goes through and the database writes the audit row
    start = last_audit_id(pg_database)
    layer = pg_database.qgis_layer(SCHEMA, "violations", "editor_a", PASSWORD["editor_a"])
    try:
        feature = feature_of(layer, "case_id", case_a)
        assert layer.startEditing()
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf("remarks"), "从QGIS修改")
        assert layer.commitChanges(), layer.commitErrors()
    finally:
        del layer
    rows = audit_rows(pg_database, "editor_a", start)
    assert [(r[0], r[1], r[2]) for r in rows] == [("violations", case_a, "UPDATE")]
    assert rows[0][3]["remarks"] is None and rows[0][4]["remarks"] == "从QGIS修改"


def test_the_county_administrator_may_do_everything_but_rewrite_history(pg_database, county):
    conn, ids = county
    admin = pg_database.connect(SCHEMA, "county_admin_1", PASSWORD["county_admin_1"])
    try:
        token = postgis.read_case(admin, ids["case", B])["updated_at"]
        postgis.update_case(admin, ids["case", B], {"remarks": "县局修改"}, token)
        postgis.write_settings(admin, {"county_name": "新昌县"})
        postgis.update(admin, "zones", "zone_code", B, {"responsible": "李四"})
        postgis.insert(admin, "violations", {"case_id": "330624-2019-000007", "township_code": B,
                                             "discovered_on": "2019-05-01"})
        with pytest.raises(psycopg2.Error, match="cannot be deleted"):
            postgis._one(admin, sql.SQL("DELETE FROM {} WHERE case_id = %s").format(
                sql.Identifier(SCHEMA, "violations")), (ids["case", B],))
        with pytest.raises(psycopg2.Error, match="permission denied"):
            postgis._one(admin, sql.SQL("DELETE FROM {}").format(sql.Identifier(SCHEMA, "audit_log")))
        with pytest.raises(psycopg2.Error, match="permission denied"):
            postgis._one(admin, sql.SQL("UPDATE {} SET note_required = false").format(
                sql.Identifier(SCHEMA, "workflow_transitions")))
    finally:
        admin.close()
