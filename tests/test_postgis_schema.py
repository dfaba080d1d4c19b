"""The county schema on PostgreSQL/PostGIS holds the same tables and rules as the
GeoPackage and refuses the same bad rows with the same readable messages, whatever
client writes (plain SQL here, as psql would send it; GDAL; QGIS layers).

The rows are those of tests/test_schema_gpkg.py.  Where PostgreSQL's column types
themselves decide (a number, a date), plain SQL gets PostgreSQL's message and the
plugin's API the GeoPackage's; three values PostgreSQL converts instead of refusing
are listed in TYPE_CONVERSIONS.
"""

import datetime

import psycopg2
import pytest
from osgeo import gdal
from psycopg2 import sql

from liangwei.plugin.core import codes, workflow
from liangwei.plugin.store import postgis, postgis_ddl, schema, sqlite_ddl
from lwtest import refusal, run_algorithm
from pgserver import (COUNTY, POINT, SMALL, TOWNSHIPS, build_county, new_case,  # noqa: F401
                      pg_database, pg_server)

SCHEMA = "county_schema"
TOWN = TOWNSHIPS[0]
VILLAGE = TOWN + "201"


@pytest.fixture(scope="module")
def county(pg_database):
    conn = build_county(pg_database, SCHEMA)
    yield conn
    conn.close()


@pytest.fixture()
def con(pg_database, county):
    """Plain SQL in one transaction, rolled back after the test (so every test starts
    from the same county); the search path at the county schema, as a user's psql."""
    c = pg_database.raw()
    c.autocommit = False
    c.cursor().execute(sql.SQL("SET search_path TO {}, public").format(sql.Identifier(SCHEMA)))
    yield c
    c.rollback()
    c.close()


def run(con, statement, params=None):
    cur = con.cursor()
    cur.execute(statement, params)
    return cur


def rows(con, statement, params=None):
    return run(con, statement, params).fetchall()


def value(con, statement, params=None):
    return run(con, statement, params).fetchone()[0]


def refused(con, statement, params=None, match=None):
    """The readable message of a refused statement (the transaction goes on)."""
    cur = con.cursor()
    cur.execute("SAVEPOINT refusal")
    with pytest.raises(psycopg2.Error) as err:
        cur.execute(statement, params)
    cur.execute("ROLLBACK TO SAVEPOINT refusal")
    message = postgis.readable_error(err.value)
    if match:
        assert match in message, message
    return message


def case(con, **values):
    values.setdefault("township_code", TOWN)
    values.setdefault("discovered_on", "2024-05-06")
    cols = sql.SQL(", ").join(sql.Identifier(c) for c in values)
    return value(con, sql.SQL("INSERT INTO violations (geom, {}) VALUES (ST_GeomFromText(%s, 4490), {}) "
                              "RETURNING case_id").format(
        cols, sql.SQL(", ").join(sql.Placeholder() * len(values))), [SMALL] + list(values.values()))


def step(con, case_id, to_status, note=None):
    current = value(con, "SELECT status FROM violations WHERE case_id = %s", (case_id,))
    run(con, "INSERT INTO case_events (case_id, from_status, to_status, actor, note) "
             "VALUES (%s, %s, %s, 'tester', %s)", (case_id, current, to_status, note))


def count(con, table):
    return value(con, sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))


# --- what a new schema holds ---------------------------------------------------------------

def test_every_table_field_and_constraint_of_the_schema_is_there(con):
    for t in schema.TABLES:
        columns = rows(con, "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                            "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position",
                       (SCHEMA, t.name))
        names = [c[0] for c in columns]
        expected = [t.pk] + ([schema.GEOMETRY_COLUMN] if t.geometry else []) + t.field_names
        assert names == expected, t.name
        types = {c[0]: c[1] for c in columns}
        for f in t.fields:
            assert types[f.name] == postgis_ddl.PG_TYPES[f.type], (t.name, f.name)
        required = {c[0] for c in columns if c[2] == "NO"}
        assert required == {t.pk} | {f.name for f in t.fields if f.required}, t.name
        constraints = dict(rows(con, "SELECT conname, contype FROM pg_constraint WHERE conrelid = %s::regclass",
                                ("%s.%s" % (SCHEMA, t.name),)))
        renderer = postgis.renderer(con, SCHEMA, 4490)
        checks = [renderer.check_name(t, f, n, i) for n, f in enumerate(t.fields, 1)
                  for i in range(1, len(renderer.field_checks(t, f)) + 1)]
        checks += [renderer.check_name(t, None, 99, i) for i in range(1, len(t.checks) + 1)]
        assert sorted(n for n, k in constraints.items() if k == "c") == sorted(checks), t.name
        uniques = [n for n, _, _ in renderer.unique_constraints(t)]
        assert sorted(n for n, k in constraints.items() if k == "u") == sorted(uniques), t.name
        fks = [fk[0] for fk in renderer.foreign_keys() if fk[1] == t.name]
        assert sorted(n for n, k in constraints.items() if k == "f") == sorted(fks), t.name
    geometry = dict((r[0], r[1:]) for r in rows(
        con, "SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = %s", (SCHEMA,)))
    assert geometry == {"zones": ("MULTIPOLYGON", 4490), "violations": ("MULTIPOLYGON", 4490),
                        "houses": ("POINT", 4490)}
    gist = {r[0] for r in rows(con, "SELECT tablename FROM pg_indexes WHERE schemaname = %s AND "
                                    "indexdef LIKE '%%USING gist%%'", (SCHEMA,))}
    assert gist == {"zones", "violations", "houses"}


def test_settings_reference_tables_and_styles(con):
    settings = dict(rows(con, "SELECT key, value FROM settings"))
    assert settings["county_code"] == COUNTY
    assert settings["cutoff_date"] == "2014-01-01"
    assert settings["crs"] == "EPSG:4490"
    assert settings["schema_version"] == str(schema.SCHEMA_VERSION)
    assert {k for k in settings} == {s.key for s in postgis.settings_rules.SETTINGS}
    assert rows(con, "SELECT from_status, to_status, note_required FROM workflow_transitions "
                     "ORDER BY transition_id") == postgis_ddl.workflow_rows()
    assert count(con, "workflow_transitions") == len(workflow.TRANSITIONS)
    assert count(con, "code_lists") == sum(len(e) for e in codes.ALL)
    styles = {r[0]: r[1] for r in rows(
        con, "SELECT f_table_name, f_geometry_column FROM public.layer_styles WHERE "
             "f_table_catalog = current_database() AND f_table_schema = %s AND useasdefault",
        (SCHEMA,))}
    assert {"violations", "houses", "zones", "case_events"} <= set(styles)
    assert styles["violations"] == "geom" and styles["case_events"] is None
    # labels as comments, for any client
    assert value(con, "SELECT obj_description(%s::regclass)", ("%s.violations" % SCHEMA,)) == \
        "违建图斑 / Violations"
    assert value(con, "SELECT col_description(attrelid, attnum) FROM pg_attribute WHERE "
                      "attrelid = %s::regclass AND attname = 'case_id'", ("%s.violations" % SCHEMA,)) == \
        "案件编号 / Case number"
    assert value(con, "SELECT obj_description(%s::regnamespace)", (SCHEMA,)).startswith("Liangwei")


def test_messages_are_the_geopackages(con):
    """Every rule of the GeoPackage says the same on PostGIS."""
    sources = "\n".join(r[0] for r in rows(
        con, "SELECT prosrc FROM pg_proc WHERE pronamespace = %s::regnamespace", (SCHEMA,)))
    for message in postgis_ddl.sqlite_trigger_messages():
        assert message.replace("'", "''") in sources, message
    checks = "\n".join(r[0] for r in rows(
        con, "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t "
             "ON t.oid = c.conrelid WHERE t.relnamespace = %s::regnamespace AND c.contype = 'c'",
        (SCHEMA,)))
    type_checks = ("must be a whole number", "must be a number", "must be 0 or 1",
                   "must be a date and time", "must be a GeoPackage geometry")
    for t in schema.TABLES:
        for f in t.fields:
            for name, _ in sqlite_ddl.field_checks(t, f):
                if not any(k in name for k in type_checks):
                    assert name.replace("'", "''") in checks, name
        for _, message in t.checks:
            assert ("%s: %s" % (t.name, message)).replace("'", "''") in checks


# --- a case from its registration on ------------------------------------------------------------

def test_a_new_case_gets_number_stock_class_and_first_event(con):
    first = case(con, discovered_on="2024-05-06", construction_started_on="2024-05-05")
    second = case(con, discovered_on="2024-07-01")
    old = case(con, discovered_on="2013-03-01")
    assert (first, second, old) == ("330624-2024-000001", "330624-2024-000002", "330624-2013-000001")
    assert dict(rows(con, "SELECT case_id, stock_class FROM violations")) == {
        first: "new", second: "new", old: "stock"}
    events = rows(con, "SELECT case_id, from_status, to_status, note FROM case_events ORDER BY event_id")
    assert events == [(c, None, "clue", postgis_ddl.REGISTRATION_NOTE) for c in (first, second, old)]
    created, updated = rows(con, "SELECT created_at, updated_at FROM violations WHERE case_id = %s",
                            (first,))[0]
    assert created.tzinfo is not None and updated >= created
    assert created.microsecond % 1000 == 0   # milliseconds, as QGIS's QDateTime keeps them


def test_a_case_walks_the_whole_workflow(con):
    cid = case(con, building_area_m2=120.0)
    for s in ("verified", "filed", "investigating", "notified"):
        step(con, cid, s)
    run(con, "UPDATE violations SET decision_no = '新城执罚决字〔2024〕第017号', "
             "decision_type = 'demolish', deadline = '2024-08-01' WHERE case_id = %s", (cid,))
    step(con, cid, "decided")
    step(con, cid, "reminded")
    run(con, "UPDATE violations SET demolished_area_m2 = 118.5, demolished_on = '2024-08-10', "
             "demolition_mode = 'self' WHERE case_id = %s", (cid,))
    step(con, cid, "self_demolished")
    run(con, "UPDATE violations SET post_use = 'farmland' WHERE case_id = %s", (cid,))
    step(con, cid, "reused")
    step(con, cid, "closed")
    assert rows(con, "SELECT status, demolition_mode FROM violations") == [("closed", "self")]
    chain = rows(con, "SELECT from_status, to_status FROM case_events ORDER BY event_id")
    assert chain[0] == (None, "clue") and chain[-1] == ("reused", "closed")
    assert all(a[1] == b[0] for a, b in zip(chain, chain[1:]))
    assert len(chain) == 10


def test_implied_values_are_filled(con):
    cid = case(con)
    for s in ("verified", "filed", "investigating", "notified"):
        step(con, cid, s)
    run(con, "UPDATE violations SET decision_no = 'X1', decision_type = 'legalise', "
             "deadline = '2024-09-01' WHERE case_id = %s", (cid,))
    step(con, cid, "decided")
    step(con, cid, "legalised", note="补办规划许可")
    assert rows(con, "SELECT status, disposal FROM violations") == [("legalised", "legalise")]


def test_case_numbers_continue_past_gaps_and_across_years(con):
    run(con, "INSERT INTO violations (case_id, township_code, discovered_on) "
             "VALUES ('330624-2024-000998', %s, '2024-01-02')", (TOWN,))
    nxt = case(con, discovered_on="2024-02-01")
    other_year = case(con, discovered_on="2023-02-01")
    assert (nxt, other_year) == ("330624-2024-000999", "330624-2023-000001")
    # a refused insert gives its number back: no gaps
    refused(con, "INSERT INTO violations (township_code, discovered_on, party_type) "
                 "VALUES (%s, '2024-03-01', 'alien')", (TOWN,))
    assert case(con, discovered_on="2024-03-01") == "330624-2024-001000"


def test_registration_event_keeps_a_given_creation_time(con):
    cid = case(con, created_at="2019-04-01T08:00:00.000Z", discovered_on="2019-03-30")
    at = value(con, "SELECT at FROM case_events WHERE case_id = %s", (cid,))
    assert at == datetime.datetime(2019, 4, 1, 8, 0, tzinfo=datetime.timezone.utc)
    run(con, "INSERT INTO houses (house_id) VALUES ('YH330624000000001')")
    run(con, "INSERT INTO house_inspections (house_id, inspected_on, kind) "
             "VALUES ('YH330624000000001', '2024-01-01', 'patrol')")
    assert value(con, "SELECT created_at FROM house_inspections").tzinfo is not None


def test_updated_at_grows_at_every_change_whatever_the_client_sends(con):
    cid = case(con)
    stamps = [value(con, "SELECT updated_at FROM violations WHERE case_id = %s", (cid,))]
    for i in range(3):   # in one transaction: clock_timestamp still moves the token on
        run(con, "UPDATE violations SET remarks = %s, updated_at = %s WHERE case_id = %s",
            ("r%d" % i, stamps[0], cid))
        stamps.append(value(con, "SELECT updated_at FROM violations WHERE case_id = %s", (cid,)))
    assert stamps == sorted(set(stamps)) and len(stamps) == 4
    created = value(con, "SELECT created_at FROM violations WHERE case_id = %s", (cid,))
    run(con, "UPDATE violations SET created_at = '2000-01-01' WHERE case_id = %s", (cid,))
    assert value(con, "SELECT created_at FROM violations WHERE case_id = %s", (cid,)) == created


# --- unknown codes, duplicates, malformed ids ------------------------------------------------------

@pytest.mark.parametrize("field,code", [
    ("party_type", "alien"), ("land_class", "耕地"), ("building_type", "castle"),
    ("discovery_source", "gossip"), ("stock_class", "old"), ("decision_type", "warn"),
])
def test_unknown_violation_codes_are_refused(con, field, code):
    message = refused(con, sql.SQL("INSERT INTO violations (township_code, {}) VALUES (%s, %s)").format(
        sql.Identifier(field)), (TOWN, code))
    assert "violations.%s: unknown value" % field in message
    assert count(con, "violations") == 0


def test_unknown_codes_in_other_tables_are_refused(con):
    refused(con, "INSERT INTO zones (zone_code, zone_name, level) VALUES ('330624109', 'x', 'hamlet')",
            match="zones.level: unknown value")
    refused(con, "INSERT INTO houses (house_id, structure) VALUES ('YH330624000000001', 'straw')",
            match="houses.structure: unknown value")
    refused(con, "INSERT INTO houses (house_id, business_types) VALUES "
                 "('YH330624000000001', '{catering,casino}')", match="houses.business_types")
    refused(con, "INSERT INTO houses (house_id, business_types) VALUES ('YH330624000000001', '{}')",
            match="houses.business_types")
    run(con, "INSERT INTO houses (house_id, business_types, measures) VALUES "
             "('YH330624000000001', '{catering,lodging}', '{stop_use}')")
    refused(con, "UPDATE houses SET measures = 'stop_use'", match="houses.measures")
    refused(con, "UPDATE houses SET appraisal_status = 'done', appraisal_grade = 'E'",
            match="houses.appraisal_grade: unknown value")


def test_duplicate_ids_are_refused(con):
    cid = case(con, patch_no="JC2024-001")
    refused(con, "INSERT INTO violations (case_id, township_code) VALUES (%s, %s)", (cid, TOWN),
            match="violations.case_id: duplicate value")
    refused(con, "INSERT INTO violations (patch_no, township_code) VALUES ('JC2024-001', %s)",
            (TOWN,), match="violations.patch_no: duplicate value")
    refused(con, "INSERT INTO zones (zone_code, zone_name, level) VALUES (%s, 'dup', 'township')",
            (TOWN,), match="zones.zone_code: duplicate value")
    run(con, "INSERT INTO houses (house_id) VALUES ('YH330624000000001')")
    refused(con, "INSERT INTO houses (house_id) VALUES ('YH330624000000001')",
            match="houses.house_id: duplicate value")
    assert count(con, "violations") == 1 and count(con, "houses") == 1


def test_malformed_ids_are_refused(con):
    refused(con, "INSERT INTO violations (case_id) VALUES ('2024-1')", match="violations.case_id")
    refused(con, "INSERT INTO houses (house_id) VALUES ('330624000000001')", match="houses.house_id")
    refused(con, "INSERT INTO zones (zone_code, zone_name, level) VALUES ('33062A', 'x', 'county')",
            match="zones.zone_code")
    refused(con, "INSERT INTO zones (zone_code, zone_name, level) VALUES ('3306241', 'x', 'county')",
            match="zones.zone_code")
    refused(con, "INSERT INTO zones (zone_code, zone_name, level, parent_code) "
                 "VALUES ('330625100', 'x', 'township', '330624')", match="parent code")
    refused(con, "UPDATE settings SET value = '33062' WHERE key = 'county_code'", match="county code")
    cid = case(con)
    refused(con, "UPDATE violations SET case_id = '330624-2024-000099' WHERE case_id = %s", (cid,),
            match="cannot be changed")


# --- numbers and dates: the GeoPackage's bad rows ---------------------------------------------------

# (table, field, value, the GeoPackage's message part)
BAD_VALUES = [
    ("violations", "area_m2", -1, "area_m2"),
    ("violations", "building_area_m2", -0.5, "building_area_m2"),
    ("violations", "floors", -2, "floors"),
    ("violations", "floors", 2.5, "whole number"),
    ("violations", "reward_yuan", -200, "reward_yuan"),
    ("violations", "area_m2", "big", "must be a number"),
    ("zones", "annual_quota_m2", -2000, "annual_quota_m2"),
    ("houses", "occupants", -3, "occupants"),
    ("houses", "storeys", 0, "storeys"),
    ("violations", "discovered_on", "2024-02-30", "real date"),
    ("violations", "discovered_on", "2024/05/06", "real date"),
    ("violations", "discovered_on", "1850-01-01", "real date"),
    ("violations", "discovered_on", "2999-01-01", "future"),
    ("violations", "deadline", "yesterday", "real date"),
]
# Refused by PostgreSQL's types with PostgreSQL's own message (plain SQL):
TYPE_REFUSALS = {("area_m2", "big"): "invalid input syntax for type double precision",
                 ("discovered_on", "2024-02-30"): "out of range"}
# Converted by PostgreSQL into a valid value instead (plain SQL), refused by the plugin:
TYPE_CONVERSIONS = {("floors", 2.5): 3,
                    ("discovered_on", "2024/05/06"): datetime.date(2024, 5, 6),
                    ("deadline", "yesterday"): "SELECT current_date - 1"}   # the server's day
BASE_ROWS = {"violations": {"township_code": TOWN}, "zones": {
    "zone_code": "330624109", "zone_name": "x", "level": "township"},
    "houses": {"house_id": "YH330624000000002"}}


@pytest.mark.parametrize("table,field,bad,match", BAD_VALUES)
def test_bad_numbers_and_dates_are_refused(con, county, table, field, bad, match):
    row = dict(BASE_ROWS[table], **{field: bad})
    # the plugin's API: the GeoPackage's message, nothing written
    with pytest.raises((postgis.DatabaseError, psycopg2.Error)) as err:
        postgis.insert(county, table, row)
    message = postgis.readable_error(err.value) if isinstance(err.value, psycopg2.Error) \
        else str(err.value)
    assert match in message and field in message, message
    # plain SQL
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING {}").format(
        sql.Identifier(table), sql.SQL(", ").join(sql.Identifier(c) for c in row),
        sql.SQL(", ").join(sql.Placeholder() * len(row)), sql.Identifier(field))
    if (field, bad) in TYPE_CONVERSIONS:
        expected = TYPE_CONVERSIONS[(field, bad)]
        if isinstance(expected, str):
            expected = value(con, expected)
        assert value(con, statement, list(row.values())) == expected
    else:
        message = refused(con, statement, list(row.values()))
        assert TYPE_REFUSALS.get((field, bad), match) in message, message


def test_member_counts_are_checked(con):
    run(con, "INSERT INTO houses (house_id, storeys) VALUES ('YH330624000000001', 2)")
    run(con, "INSERT INTO house_inspections (house_id, inspected_on, kind) "
             "VALUES ('YH330624000000001', '2024-05-01', 'appraisal')")
    iid = value(con, "SELECT inspection_id FROM house_inspections")
    ins = ("INSERT INTO inspection_members (inspection_id, storey, member_type, total, dangerous) "
           "VALUES (%s, %s, %s, %s, %s)")
    run(con, ins, (iid, 1, "wall", 20, 2))
    assert "more dangerous" in refused(con, ins, (iid, 2, "wall", 5, 6))
    assert "total" in refused(con, ins, (iid, 2, "slab", -1, 0))
    assert "storey 0" in refused(con, ins, (iid, 1, "foundation", 4, 0))
    assert "storey 0" in refused(con, ins, (iid, 0, "wall", 4, 0))
    assert "inspection_members: duplicate inspection_id, storey, member_type" in refused(
        con, ins, (iid, 1, "wall", 3, 0))
    assert "no house_inspections" in refused(con, ins, (iid + 7, 1, "slab", 3, 0))


def test_dates_out_of_order_are_refused(con):
    assert "construction cannot start after" in refused(
        con, "INSERT INTO violations (township_code, discovered_on, construction_started_on) "
             "VALUES (%s, '2024-03-01', '2024-04-01')", (TOWN,))
    cid = case(con, discovered_on="2024-03-01")
    assert "demolished before" in refused(
        con, "UPDATE violations SET demolished_on = '2024-02-01' WHERE case_id = %s", (cid,))
    assert "future" in refused(con, "INSERT INTO houses (house_id, built_year) "
                                    "VALUES ('YH330624000000003', 2999)")
    run(con, "INSERT INTO houses (house_id) VALUES ('YH330624000000003')")
    assert "future" in refused(con, "INSERT INTO house_inspections (house_id, inspected_on, kind) "
                                    "VALUES ('YH330624000000003', '2999-01-01', 'patrol')")


# --- references -----------------------------------------------------------------------------------------

def test_references_must_exist_and_stay(con):
    assert "no zones has this zone_code" in refused(
        con, "INSERT INTO violations (township_code) VALUES ('330624999')")
    case(con, village_code=VILLAGE)
    assert "still used by violations" in refused(
        con, "DELETE FROM zones WHERE zone_code = %s", (VILLAGE,))
    assert "still used by violations" in refused(
        con, "UPDATE zones SET zone_code = '330624100209' WHERE zone_code = %s", (VILLAGE,))
    assert "no houses has this house_id" in refused(
        con, "INSERT INTO house_inspections (house_id, inspected_on, kind) "
             "VALUES ('YH330624000000009', '2024-01-01', 'patrol')")
    assert "does not exist" in refused(
        con, "INSERT INTO attachments (owner_table, owner_id, file_name, content) "
             "VALUES ('violations', '330624-2024-000777', 'a.jpg', %s)", (psycopg2.Binary(b"\xff\xd8"),))
    # the foreign keys behind the triggers, with the same words
    run(con, "ALTER TABLE violations DISABLE TRIGGER lw_30_refs")
    assert refused(con, "INSERT INTO violations (township_code) VALUES ('330624999')") == \
        "violations.township_code: no zones has this zone_code"


def test_case_events_for_missing_cases_are_refused(con):
    assert "no violations has this case_id" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) "
             "VALUES ('330624-2024-000123', 'clue', 'verified')")
    assert count(con, "case_events") == 0


# --- the workflow ---------------------------------------------------------------------------------------

def test_status_changes_that_skip_the_workflow_are_refused(con):
    cid = case(con)
    assert "changes only by adding a case event" in refused(
        con, "UPDATE violations SET status = 'verified' WHERE case_id = %s", (cid,))
    assert "not allowed by the workflow" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) VALUES (%s, 'clue', 'closed')",
        (cid,))
    assert "not the case's current status" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) "
             "VALUES (%s, 'filed', 'investigating')", (cid,))
    assert "starts as clue" in refused(
        con, "INSERT INTO violations (township_code, status) VALUES (%s, 'closed')", (TOWN,))
    assert "only the registration event" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) VALUES (%s, NULL, 'clue')",
        (cid,))
    assert value(con, "SELECT status FROM violations") == "clue"


def test_steps_need_their_data(con):
    cid = case(con)
    assert "needs a written reason" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) "
             "VALUES (%s, 'clue', 'not_filed')", (cid,))
    for s in ("verified", "filed", "investigating", "notified"):
        step(con, cid, s)
    assert "needs decision_no, decision_type, deadline" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) "
             "VALUES (%s, 'notified', 'decided')", (cid,))
    run(con, "UPDATE violations SET decision_no = 'D1', decision_type = 'demolish', "
             "deadline = '2024-09-01', demolition_mode = 'forced' WHERE case_id = %s", (cid,))
    step(con, cid, "decided")
    run(con, "UPDATE violations SET demolished_area_m2 = 10, demolished_on = '2024-09-02' "
             "WHERE case_id = %s", (cid,))
    assert "contradicts demolition_mode = self" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) "
             "VALUES (%s, 'decided', 'self_demolished')", (cid,))


def test_history_and_cases_cannot_be_rewritten(con):
    cid = case(con)
    step(con, cid, "verified")
    assert "cannot be changed" in refused(con, "UPDATE case_events SET actor = 'someone else'")
    assert "cannot be deleted" in refused(con, "DELETE FROM case_events")
    assert "cannot be deleted" in refused(con, "DELETE FROM violations")
    run(con, "INSERT INTO attachments (owner_table, owner_id, file_name, content, size_bytes) "
             "VALUES ('violations', %s, 'photo.jpg', %s, 4)", (cid, psycopg2.Binary(b"\xff\xd8\xff\xe0")))
    assert "cannot be deleted" in refused(con, "DELETE FROM attachments")
    assert "does not match" in refused(
        con, "INSERT INTO attachments (owner_table, owner_id, file_name, content, size_bytes) "
             "VALUES ('violations', %s, 'b.jpg', %s, 99)", (cid, psycopg2.Binary(b"\xff\xd8")))
    for table in ("violations", "case_events", "attachments", "audit_log"):
        assert "cannot be" in refused(con, sql.SQL("TRUNCATE {} CASCADE").format(sql.Identifier(table)))
    assert count(con, "case_events") == 2 and count(con, "violations") == 1


def test_geometry_must_have_the_layers_type_and_crs(con):
    assert "does not match column type" in refused(
        con, "INSERT INTO violations (geom, township_code) VALUES (ST_GeomFromText(%s, 4490), %s)",
        (POINT, TOWN))
    assert "does not match column SRID" in refused(
        con, "INSERT INTO violations (geom, township_code) VALUES (ST_GeomFromText(%s, 4326), %s)",
        (SMALL, TOWN))


# --- other clients, transactions, the plugin's API -----------------------------------------------------

def test_gdal_sql_is_refused_too(pg_database, county):
    cid = new_case(county)
    gdal.UseExceptions()
    ds = gdal.OpenEx("PG:" + pg_database.info(), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        with pytest.raises(RuntimeError, match="changes only by adding a case event"):
            ds.ExecuteSQL("UPDATE %s.violations SET status = 'closed' WHERE case_id = '%s'" % (SCHEMA, cid))
        with pytest.raises(RuntimeError, match="unknown value"):
            ds.ExecuteSQL("UPDATE %s.violations SET party_type = 'martian'" % SCHEMA)
    finally:
        ds = None
    assert postgis.read_case(county, cid)["status"] == "clue"
    assert postgis.read_case(county, cid)["party_type"] is None


def test_a_failed_transaction_leaves_nothing(county):
    def counts():
        return [postgis._one(county, sql.SQL("SELECT count(*) FROM {}").format(
            sql.Identifier(SCHEMA, t)))[0] for t in ("violations", "case_events", "audit_log")]
    before = counts()
    with pytest.raises(psycopg2.Error):
        with postgis.transaction(county):
            postgis.insert(county, "violations", {"township_code": TOWN, "geom": SMALL})
            postgis.insert(county, "violations", {"township_code": TOWN, "party_type": "alien"})
    assert counts() == before


def test_the_api_moves_a_case_and_saves_with_the_optimistic_check(county):
    cid = new_case(county, building_area_m2=80.0)
    first = postgis.read_case(county, cid)
    token = postgis.update_case(county, cid, {"party_name": "张三"}, first["updated_at"], user="A")
    assert token > first["updated_at"]
    with pytest.raises(postgis.StaleEdit) as err:
        postgis.update_case(county, cid, {"party_name": "李四"}, first["updated_at"], user="B")
    assert err.value.changed_by == "A" and err.value.current == token
    assert "was saved by A" in str(err.value) and "not saved" in str(err.value)
    assert postgis.read_case(county, cid)["party_name"] == "张三"
    postgis.add_case_event(county, cid, "verified", actor="A")
    assert postgis.read_case(county, cid)["status"] == "verified"
    with pytest.raises(postgis.DatabaseError, match="no record"):
        postgis.update_case(county, "330624-1999-000001", {"remarks": "x"}, token)


def test_settings_are_read_and_written(county):
    values = postgis.read_settings(county)
    assert values["county_code"] == COUNTY and values["side_distance_m"] == 50.0
    postgis.write_settings(county, {"side_distance_m": 60, "county_name": "新昌县"}, user="admin")
    values = postgis.read_settings(county)
    assert values["side_distance_m"] == 60.0 and values["county_name"] == "新昌县"
    with pytest.raises(postgis.DatabaseError, match="read-only"):
        postgis.write_settings(county, {"schema_version": 9})
    with pytest.raises(postgis.DatabaseError, match="unknown"):
        postgis.write_settings(county, {"no_such_key": 1})
    assert postgis.open_schema(county) == schema.SCHEMA_VERSION


# --- QGIS reads and writes the layers through its postgres provider --------------------------------------

def test_qgis_loads_the_styled_layers_and_reads_features(pg_database, county, qgis_new_project):
    from qgis.core import QgsGeometry, QgsVectorLayerUtils
    from qgis.PyQt.QtCore import QDate
    cid = new_case(county, party_name="王五")
    layers = {}
    for table in schema.LAYER_TABLES:
        layers[table] = pg_database.qgis_layer(SCHEMA, table)
    try:
        violations = layers["violations"]
        assert violations.featureCount() >= 1
        assert violations.attributeAlias(violations.fields().indexOf("case_id")) == "案件编号"
        assert violations.renderer().type() == "RuleRenderer"   # the default style was applied
        found = [f for f in violations.getFeatures() if f["case_id"] == cid]
        assert len(found) == 1 and found[0]["party_name"] == "王五"
        assert found[0].geometry().area() > 0
        zones = layers["zones"]
        assert {f["zone_code"] for f in zones.getFeatures()} >= {COUNTY, TOWN, VILLAGE}
        assert layers["case_events"].featureCount() >= 1
        # editing as the county administrator (here the superuser) through QGIS
        assert violations.startEditing()
        # as the feature form does: the provider's defaults first
        feature = QgsVectorLayerUtils.createFeature(violations, QgsGeometry.fromWkt(SMALL), {
            violations.fields().indexOf("township_code"): TOWN,
            violations.fields().indexOf("discovered_on"): QDate(2024, 6, 1)})
        assert violations.addFeature(feature)
        assert violations.commitChanges(), violations.commitErrors()
        violations.reload()
        numbers = sorted(f["case_id"] for f in violations.getFeatures())
        assert len(numbers) == len(set(numbers)) and all(n.startswith("330624-2024-") for n in numbers)
        # a refused edit fails the commit with the rule's message
        assert violations.startEditing()
        fid = found[0].id()
        violations.changeAttributeValue(fid, violations.fields().indexOf("status"), "closed")
        assert not violations.commitChanges()
        assert "changes only by adding a case event" in " ".join(violations.commitErrors())
        violations.rollBack()
    finally:
        layers.clear()


# --- creating a schema: refusals, and all or nothing --------------------------------------------------------

def test_create_schema_refuses_bad_names_codes_and_existing_schemas(pg_database, county):
    conn = pg_database.connect()
    try:
        for bad in ("", "Public", "public", "pg_x", "1county", "a-b", "a" * 41, "x'; DROP TABLE x; --"):
            with pytest.raises(postgis.DatabaseError, match="schema name"):
                postgis.create_schema(conn, bad, COUNTY)
        for bad in ("33062", "3306241", "abcdef", "", None):
            with pytest.raises(postgis.DatabaseError, match="6 digits"):
                postgis.create_schema(conn, "county_other", bad)
        with pytest.raises(postgis.DatabaseError, match="EPSG"):
            postgis.create_schema(conn, "county_other", COUNTY, crs="GCJ-02")
        with pytest.raises(postgis.DatabaseError, match="EPSG:999999"):
            postgis.create_schema(conn, "county_other", COUNTY, crs="EPSG:999999")
        with pytest.raises(postgis.SchemaExists):
            postgis.create_schema(conn, SCHEMA, COUNTY)
        assert not postgis.schema_exists(conn, "county_other")
    finally:
        conn.close()


def test_create_schema_without_postgis_or_rights_says_why(pg_database, pg_server):
    admin = pg_server.connect()
    name = pg_database.name + "_plain"
    admin.cursor().execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        conn = postgis.connect(pg_server.info(name))
        with pytest.raises(postgis.PostgisMissing, match="CREATE EXTENSION postgis"):
            postgis.create_schema(conn, "county_x", COUNTY)
        conn.close()
    finally:
        admin.cursor().execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
    raw = pg_database.raw()
    raw.cursor().execute("CREATE ROLE lw_test_weak LOGIN PASSWORD 'weak-pw'")
    weak = pg_database.connect(user="lw_test_weak", password="weak-pw")
    with pytest.raises(postgis.InsufficientRights, match="create schemas"):
        postgis.create_schema(weak, "county_x", COUNTY)
    raw.cursor().execute(sql.SQL("GRANT CREATE ON DATABASE {} TO lw_test_weak").format(
        sql.Identifier(pg_database.name)))
    with pytest.raises(postgis.InsufficientRights, match="CREATEROLE"):
        postgis.create_schema(weak, "county_x", COUNTY)
    assert not postgis.schema_exists(weak, "county_x")
    weak.close()
    raw.cursor().execute(sql.SQL("REVOKE CREATE ON DATABASE {} FROM lw_test_weak").format(
        sql.Identifier(pg_database.name)))
    raw.close()


def test_a_failed_creation_leaves_nothing(pg_database, tmp_path):
    broken = tmp_path / "styles"
    broken.mkdir()
    (broken / "zones.qml").write_text("<qgis><unclosed></qgis>", encoding="utf-8")
    conn = pg_database.connect()
    try:
        with pytest.raises(psycopg2.Error):
            postgis.create_schema(conn, "county_broken", COUNTY, styles_directory=str(broken))
        assert not postgis.schema_exists(conn, "county_broken")
        assert not any(postgis.role_exists(conn, r) for r in
                       postgis_ddl.group_role_names("county_broken").values())
        assert postgis._one(conn, "SELECT count(*) FROM public.layer_styles WHERE f_table_schema = %s",
                            ("county_broken",))[0] == 0
    finally:
        conn.close()


def test_open_schema_checks_what_it_opens(pg_database, county):
    raw = pg_database.raw()
    raw.cursor().execute("CREATE SCHEMA not_liangwei")
    with pytest.raises(postgis.DatabaseError, match="not a Liangwei county database"):
        postgis.open_schema(county, "not_liangwei")
    with pytest.raises(postgis.DatabaseError, match="no schema"):
        postgis.open_schema(county, "missing_schema")
    raw.autocommit = False
    raw.cursor().execute(sql.SQL("UPDATE {} SET value = '99' WHERE key = 'schema_version'").format(
        sql.Identifier(SCHEMA, "settings")))
    other = pg_database.connect(SCHEMA)
    try:
        raw.commit()
        with pytest.raises(postgis.DatabaseError, match="newer Liangwei"):
            postgis.open_schema(other)
    finally:
        raw.cursor().execute(sql.SQL("UPDATE {} SET value = %s WHERE key = 'schema_version'").format(
            sql.Identifier(SCHEMA, "settings")), (str(schema.SCHEMA_VERSION),))
        raw.commit()
        raw.close()
        other.close()


# --- the algorithms ---------------------------------------------------------------------------------------------

@pytest.fixture()
def qgis_connection(pg_database, provider):
    """A PostgreSQL connection saved in QGIS, as a user makes it in the Browser."""
    from qgis.core import QgsProviderRegistry
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(pg_database.qgis_uri(SCHEMA, "zones").uri(False),
                                           {"saveUsername": True, "savePassword": True})
    metadata.saveConnection(connection, "liangwei county test")
    yield "liangwei county test"
    metadata.deleteConnection("liangwei county test")


def test_the_algorithms_create_a_schema_and_township_roles(pg_database, county, qgis_connection):
    result, feedback = run_algorithm("create_postgis_schema", {
        "CONNECTION": qgis_connection, "SCHEMA": "county_by_alg", "COUNTY_CODE": "330625",
        "CRS": "EPSG:4549"})
    assert result["SCHEMA"] == "county_by_alg"
    assert "public.layer_styles" in feedback.log
    conn = pg_database.connect("county_by_alg")
    try:
        assert postgis.read_settings(conn)["county_code"] == "330625"
        assert postgis.layer_srid(conn, "violations") == 4549
        message = refusal("create_postgis_schema", {
            "CONNECTION": qgis_connection, "SCHEMA": "county_by_alg", "COUNTY_CODE": "330625"})
        assert "already exists" in message
        assert "6 digits" in refusal("create_postgis_schema", {
            "CONNECTION": qgis_connection, "SCHEMA": "county_y", "COUNTY_CODE": "3306"})
        assert "schema name" in refusal("create_postgis_schema", {
            "CONNECTION": qgis_connection, "SCHEMA": "County Y", "COUNTY_CODE": "330625"})
        assert "no PostgreSQL connection" in refusal("create_postgis_schema", {
            "CONNECTION": "no such connection", "SCHEMA": "county_y", "COUNTY_CODE": "330625"})
        # township roles in the module's county schema (it has zones)
        result, feedback = run_algorithm("create_township_role", {
            "CONNECTION": qgis_connection, "SCHEMA": SCHEMA, "ZONE_CODE": TOWN, "KIND": 0,
            "LOGIN": "alg_editor", "PASSWORD": "pw-alg-1"})
        assert result["ROLE"] == "lw_%s_%s_editor" % (SCHEMA, TOWN)
        assert result["LOGIN"] == "alg_editor"
        assert (result["ROLE"], TOWN, "editor") in postgis.township_roles(conn, SCHEMA)
        editor = pg_database.connect(SCHEMA, user="alg_editor", password="pw-alg-1")
        assert new_case(editor, TOWN).startswith("330624-2024-")
        editor.close()
        result, _ = run_algorithm("create_township_role", {
            "CONNECTION": qgis_connection, "SCHEMA": SCHEMA, "ZONE_CODE": TOWNSHIPS[1], "KIND": 1})
        assert result["ROLE"] == "lw_%s_%s_viewer" % (SCHEMA, TOWNSHIPS[1]) and result["LOGIN"] == ""
        assert "9 digits" in refusal("create_township_role", {
            "CONNECTION": qgis_connection, "SCHEMA": SCHEMA, "ZONE_CODE": "3306241", "KIND": 0})
        assert "no township 330624199" in refusal("create_township_role", {
            "CONNECTION": qgis_connection, "SCHEMA": SCHEMA, "ZONE_CODE": "330624199", "KIND": 0})
        assert "superuser" in refusal("create_township_role", {
            "CONNECTION": qgis_connection, "SCHEMA": SCHEMA, "ZONE_CODE": TOWN, "KIND": 0,
            "LOGIN": pg_database.server.params["user"]})
    finally:
        conn.close()


def test_the_algorithm_says_why_when_postgis_or_rights_are_missing(pg_database, pg_server, provider):
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    params = pg_server.params
    admin = pg_server.connect()
    plain = pg_database.name + "_nogis"
    admin.cursor().execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(plain)))
    raw = pg_database.raw()
    raw.cursor().execute("CREATE ROLE lw_test_clerk LOGIN PASSWORD 'clerk-pw'")
    try:
        for name, database, user, password in (
                ("no postgis", plain, params["user"], params["password"]),
                ("clerk", pg_database.name, "lw_test_clerk", "clerk-pw")):
            uri = QgsDataSourceUri()
            uri.setConnection(params["host"], str(params["port"]), database, user, password)
            metadata.saveConnection(metadata.createConnection(
                uri.uri(False), {"saveUsername": True, "savePassword": True}), name)
        message = refusal("create_postgis_schema", {
            "CONNECTION": "no postgis", "SCHEMA": "county_z", "COUNTY_CODE": COUNTY})
        assert "has no PostGIS" in message and "CREATE EXTENSION postgis" in message
        message = refusal("create_postgis_schema", {
            "CONNECTION": "clerk", "SCHEMA": "county_z", "COUNTY_CODE": COUNTY})
        assert "lw_test_clerk" in message and "may not create schemas in the database" in message
        raw.cursor().execute(sql.SQL("GRANT CREATE ON DATABASE {} TO lw_test_clerk").format(
            sql.Identifier(pg_database.name)))
        message = refusal("create_postgis_schema", {
            "CONNECTION": "clerk", "SCHEMA": "county_z", "COUNTY_CODE": COUNTY})
        assert "may not create roles" in message and "CREATEROLE" in message
    finally:
        for name in ("no postgis", "clerk"):
            metadata.deleteConnection(name)
        raw.cursor().execute(sql.SQL("REVOKE CREATE ON DATABASE {} FROM lw_test_clerk").format(
            sql.Identifier(pg_database.name)))
        raw.close()
        admin.cursor().execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(plain)))
        admin.close()
