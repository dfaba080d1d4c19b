"""Hostile strings (quotes, semicolons, `'; DROP TABLE`, placeholders, dollar quotes,
backslashes) in every text field, zone code, name, login and password, through the
plugin's API and its algorithms: the SQL the plugin builds is parameterised, so free
text is stored verbatim, codes are refused with a readable message, and the database
is intact afterwards."""

import psycopg2
import pytest
from psycopg2 import sql

from liangwei.plugin.store import postgis, postgis_ddl, schema
from lwtest import Recorder
from pgserver import POINT, SMALL, TOWNSHIPS, build_county, pg_database, pg_server  # noqa: F401

SCHEMA = "county_hostile"
TOWN = TOWNSHIPS[0]

HOSTILE = [
    "'", "''", '"', ";", "\\", "\\'", "%s", "%(x)s", "{}", "{0}", "$1", "$$", "$lw$", "--",
    "/* x */", "'; DROP TABLE violations; --",
    "\"; DROP SCHEMA county_hostile CASCADE; --",
    "Robert'); DROP TABLE houses;--",
    "x' OR '1'='1", "1; DELETE FROM audit_log", "'); TRUNCATE zones CASCADE; --",
    "E'\\x00'", "$lw$; DROP TABLE zones; $lw$", "line\nbreak\ttab", "中文'；删除表 violations",
    "🙂'", "a" * 2000 + "'; DROP TABLE case_events; --",
]


@pytest.fixture(scope="module")
def county(pg_database):
    conn = build_county(pg_database, SCHEMA)
    raw = pg_database.raw()
    raw.cursor().execute("CREATE TABLE public.canary (a int); INSERT INTO public.canary VALUES (1)")
    raw.close()
    yield conn
    conn.close()


def fingerprint(db):
    """Every table of every schema with its column and row count, the schema's
    functions, triggers and policies, the canary row: what an injection would break."""
    raw = db.raw()
    with raw.cursor() as cur:
        cur.execute("SELECT n.nspname, c.relname, c.relkind, c.relrowsecurity FROM pg_class c JOIN pg_namespace n "
                    "ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', "
                    "'pg_toast') ORDER BY 1, 2")
        relations = cur.fetchall()
        cur.execute("SELECT count(*) FROM pg_proc WHERE pronamespace = %s::regnamespace", (SCHEMA,))
        functions = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE "
                    "c.relnamespace = %s::regnamespace AND t.tgenabled = 'O'", (SCHEMA,))
        triggers = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE "
                    "c.relnamespace = %s::regnamespace", (SCHEMA,))
        policies = cur.fetchone()[0]
        cur.execute("SELECT * FROM public.canary")
        canary = cur.fetchall()
        counts = {}
        for table in [t.name for t in schema.TABLES] + list(postgis_ddl.EXTRA_TABLES):
            cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(SCHEMA, table)))
            counts[table] = cur.fetchone()[0]
    raw.close()
    return relations, functions, triggers, policies, canary, counts


def free_text_fields(table):
    """Fields that take any text (the others hold codes, ids or references)."""
    return [f for f in table.fields if f.type == "text" and not f.enum and not f.pattern
            and not f.references and not f.computed and f.name != "owner_id"]


def coded_text_fields(table):
    return [f for f in table.fields if f.type == "text" and (f.enum or f.pattern or f.references)
            and not f.computed]


def _free_text_row(t, text, k, case_id):
    """A row of table t with every free-text field set to `text` (numbered where the
    field is unique) and valid values for the rest."""
    row = {f.name: "%s#%d" % (text, k) if f.unique else text for f in free_text_fields(t)}
    row.update({
        "zones": {"zone_code": "330624%03d" % (110 + k), "level": "township", "parent_code": "330624"},
        "violations": {"township_code": TOWN, "geom": SMALL},
        "houses": {"house_id": "YH330624%09d" % (100 + k), "township_code": TOWN, "geom": POINT},
        "attachments": {"owner_table": "violations", "owner_id": case_id,
                        "content": text.encode("utf-8")},
        "house_inspections": {"house_id": "YH330624000000001", "inspected_on": "2024-05-01",
                              "kind": "patrol"},
    }[t.name])
    return row


def test_free_text_is_stored_verbatim_everywhere(pg_database, county):
    before = fingerprint(pg_database)
    conn = county
    case_id = postgis.read_row(conn, "violations", "fid", postgis.insert(
        conn, "violations", {"township_code": TOWN, "geom": SMALL}))["case_id"]
    postgis.insert(conn, "houses", {"house_id": "YH330624000000001", "township_code": TOWN,
                                    "geom": POINT})
    stored = 0
    for k, text in enumerate(HOSTILE):
        for name in ("zones", "violations", "houses", "attachments", "house_inspections"):
            t = schema.table(name)
            row = _free_text_row(t, text, k, case_id)
            pk = postgis.insert(conn, name, row)
            back = postgis.read_row(conn, name, t.pk, pk)
            for f in free_text_fields(t):
                assert back[f.name] == row[f.name], (name, f.name, text)
                stored += 1
            if name == "violations":   # a workflow step of the new case, with hostile text
                new_id = back["case_id"]
                event = postgis.add_case_event(conn, new_id, "verified", actor=text, note=text)
                back = postgis.read_row(conn, "case_events", "event_id", event)
                assert (back["actor"], back["note"]) == (text, text)
                stored += 2
            if name == "attachments":
                assert bytes(postgis._one(conn, sql.SQL("SELECT content FROM {} WHERE attachment_id = %s")
                                          .format(sql.Identifier(SCHEMA, "attachments")), (pk,))[0]) \
                    == text.encode("utf-8")
        # updates: the plugin's plain update and the case dialog's checked save
        postgis.update(conn, "houses", "house_id", "YH330624000000001", {"owner": text, "plan": text})
        assert postgis.read_row(conn, "houses", "house_id", "YH330624000000001")["owner"] == text
        token = postgis.read_case(conn, case_id)["updated_at"]
        postgis.update_case(conn, case_id, {"remarks": text, "party_name": text}, token, user=text)
        back = postgis.read_case(conn, case_id)
        assert (back["remarks"], back["party_name"], back["updated_by"]) == (text, text, text)
        postgis.write_settings(conn, {"county_name": text, "issuing_unit": text}, user=text)
        assert postgis.read_settings(conn)["county_name"] == text
    assert stored > 500
    after = fingerprint(pg_database)
    assert after[:5] == before[:5]
    assert after[5]["violations"] == before[5]["violations"] + 1 + len(HOSTILE)
    assert after[5]["case_events"] == before[5]["case_events"] + 1 + 2 * len(HOSTILE)


def test_hostile_codes_are_refused_with_a_message(pg_database, county):
    before = fingerprint(pg_database)
    conn = county
    refused = 0
    for text in HOSTILE:
        for t in (schema.table(n) for n in ("zones", "violations", "houses")):
            base = {"zones": {"zone_code": "330624199", "zone_name": "x", "level": "township"},
                    "violations": {}, "houses": {"house_id": "YH330624000000199"}}[t.name]
            for f in coded_text_fields(t):
                row = dict(base, **{f.name: text})
                with pytest.raises((postgis.DatabaseError, psycopg2.Error)) as err:
                    postgis.insert(conn, t.name, row)
                message = postgis.readable_error(err.value) if isinstance(err.value, psycopg2.Error) \
                    else str(err.value)
                assert "%s.%s" % (t.name, f.name) in message, (t.name, f.name, message)
                refused += 1
        with pytest.raises(postgis.DatabaseError):
            postgis.create_township_role(conn, SCHEMA, text)
        with pytest.raises(postgis.DatabaseError):
            postgis.create_schema(conn, text, "330624")
        with pytest.raises(postgis.DatabaseError):
            postgis.create_schema(conn, "county_x", text)
        with pytest.raises(postgis.DatabaseError):
            postgis.create_schema(conn, "county_x", "330624", crs=text)
        with pytest.raises(postgis.DatabaseError):
            postgis.open_schema(conn, text)
        with pytest.raises(postgis.ConnectionProblem):
            postgis.connect(text)
        with pytest.raises(postgis.DatabaseError):
            postgis.write_settings(conn, {text: "x"})
        with pytest.raises(postgis.DatabaseError):
            postgis.insert(conn, "violations", {text: "x"})
        with pytest.raises(postgis.DatabaseError):
            postgis.update(conn, "violations", text, "x", {"remarks": "x"})
        with pytest.raises(postgis.DatabaseError):
            postgis.read_row(conn, "violations", text, "x")
    assert refused > 200
    with pytest.raises(postgis.DatabaseError, match="NUL"):
        postgis.insert(conn, "violations", {"township_code": TOWN, "remarks": "a\x00b"})
    assert fingerprint(pg_database) == before
    assert not postgis.schema_exists(conn, "county_x")


def test_hostile_logins_and_passwords_are_roles_and_secrets_verbatim(pg_database, county):
    before = fingerprint(pg_database)
    conn = county
    logins = ["'; DROP TABLE violations; --", "Robert\"); DROP ROLE postgres;--", "中文'用户",
              "x%sy{}$$"]
    for i, login in enumerate(logins):
        password = HOSTILE[(i * 5) % len(HOSTILE)] + "pw"
        result = postgis.create_township_role(conn, SCHEMA, TOWNSHIPS[i % 2], login, password)
        assert result["login"] == login and result["login_created"]
        assert postgis.role_exists(conn, login)
        editor = pg_database.connect(SCHEMA, login, password)
        try:
            assert postgis.read_row(editor, "violations", "fid", postgis.insert(
                editor, "violations", {"township_code": TOWNSHIPS[i % 2], "geom": SMALL,
                                       "remarks": login}))["remarks"] == login
        finally:
            editor.close()
    for bad in ("", " padded", "pg_x", "lw_x", "a\x00b", "x" * 64):
        with pytest.raises(postgis.DatabaseError, match="login name"):
            postgis.create_township_role(conn, SCHEMA, TOWN, bad, "pw")
    after = fingerprint(pg_database)
    assert after[:5] == before[:5]
    assert postgis.role_exists(conn, "postgres")


@pytest.fixture()
def qgis_connection(pg_database, provider):
    from qgis.core import QgsProviderRegistry
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(pg_database.qgis_uri(SCHEMA, "zones").uri(False),
                                           {"saveUsername": True, "savePassword": True})
    metadata.saveConnection(connection, "hostile test")
    yield "hostile test"
    metadata.deleteConnection("hostile test")


def test_the_algorithms_refuse_or_store_hostile_text(pg_database, county, qgis_connection):
    import processing
    from qgis.core import QgsProcessingException
    before = fingerprint(pg_database)
    for text in HOSTILE:
        for params in ({"SCHEMA": text, "COUNTY_CODE": "330624"},
                       {"SCHEMA": "county_y", "COUNTY_CODE": text}):
            with pytest.raises(QgsProcessingException):
                processing.run("liangwei:create_postgis_schema", dict(params, CONNECTION=qgis_connection),
                               feedback=Recorder())
        with pytest.raises(QgsProcessingException):
            processing.run("liangwei:create_postgis_schema", {
                "CONNECTION": text, "SCHEMA": "county_y", "COUNTY_CODE": "330624"}, feedback=Recorder())
        for params in ({"SCHEMA": SCHEMA, "ZONE_CODE": text}, {"SCHEMA": text, "ZONE_CODE": TOWN}):
            with pytest.raises(QgsProcessingException):
                processing.run("liangwei:create_township_role", dict(params, CONNECTION=qgis_connection,
                                                                      KIND=0), feedback=Recorder())
    login, password = "'; DROP TABLE audit_log; --", "'; ALTER ROLE postgres NOSUPERUSER; --"
    result = processing.run("liangwei:create_township_role", {
        "CONNECTION": qgis_connection, "SCHEMA": SCHEMA, "ZONE_CODE": TOWN, "KIND": 1,
        "LOGIN": login, "PASSWORD": password}, feedback=Recorder())
    assert result["LOGIN"] == login
    viewer = pg_database.raw(login, password)
    with viewer.cursor() as cur:
        cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = 'postgres'")
        assert cur.fetchone()[0] is True
    viewer.close()
    after = fingerprint(pg_database)
    added = {t: after[5][t] - before[5][t] for t in after[5] if after[5][t] != before[5][t]}
    assert after[:5] == before[:5]
    assert added == {postgis_ddl.TOWNSHIP_ROLES_TABLE: 1, postgis_ddl.AUDIT_TABLE: 1}
    assert not postgis.schema_exists(county, "county_y")
