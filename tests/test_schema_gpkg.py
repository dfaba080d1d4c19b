"""The GeoPackage itself refuses bad rows, whatever client writes them.

Every statement here is plain SQL sent by another program: SQLite with SpatiaLite
loaded (as the spatialite CLI or DB Browser would), or GDAL's SQL.  The plugin's own
code is only used to create the database.
"""

import sqlite3

import pytest
from osgeo import gdal, ogr

from liangwei.plugin.core import codes, workflow
from liangwei.plugin.store import gpkg, schema

COUNTY = "330624"
TOWN = "330624100"
VILLAGE = "330624100201"
SQUARE = "MULTIPOLYGON(((120.90 29.40,120.91 29.40,120.91 29.41,120.90 29.41,120.90 29.40)))"
SMALL = "MULTIPOLYGON(((120.901 29.401,120.902 29.401,120.902 29.402,120.901 29.401)))"


def plain(path):
    """A SQLite connection with SpatiaLite in GeoPackage mode: no plugin code."""
    con = sqlite3.connect(path, isolation_level=None)
    con.enable_load_extension(True)
    con.load_extension("mod_spatialite")
    con.execute("SELECT EnableGpkgAmphibiousMode()")
    return con


def geom(wkt):
    return "AsGPB(GeomFromText('%s', 4490))" % wkt


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "county.gpkg")
    gpkg.create(path, COUNTY)
    con = plain(path)
    con.execute("INSERT INTO zones (geom, zone_code, zone_name, level) VALUES (%s, ?, ?, ?)"
                % geom(SQUARE), (COUNTY, "新昌县", "county"))
    con.execute("INSERT INTO zones (geom, zone_code, zone_name, level, parent_code) "
                "VALUES (%s, ?, ?, ?, ?)" % geom(SQUARE), (TOWN, "城关镇", "township", COUNTY))
    con.execute("INSERT INTO zones (geom, zone_code, zone_name, level, parent_code) "
                "VALUES (%s, ?, ?, ?, ?)" % geom(SQUARE), (VILLAGE, "上王村", "village", TOWN))
    yield path, con
    con.close()


def new_case(con, **values):
    values.setdefault("township_code", TOWN)
    values.setdefault("discovered_on", "2024-05-06")
    cols = ", ".join(values)
    con.execute("INSERT INTO violations (geom, %s) VALUES (%s, %s)"
                % (cols, geom(SMALL), ", ".join("?" * len(values))), list(values.values()))
    return con.execute("SELECT case_id FROM violations WHERE fid = last_insert_rowid()").fetchone()[0]


def refused(con, sql, params=(), match=None):
    with pytest.raises(sqlite3.DatabaseError) as err:
        con.execute(sql, params)
    if match:
        assert match in str(err.value)
    return str(err.value)


def step(con, case_id, to_status, note=None):
    current = con.execute("SELECT status FROM violations WHERE case_id = ?", (case_id,)).fetchone()[0]
    con.execute("INSERT INTO case_events (case_id, from_status, to_status, actor, note) "
                "VALUES (?, ?, ?, 'tester', ?)", (case_id, current, to_status, note))


def count(con, table):
    return con.execute("SELECT count(*) FROM %s" % table).fetchone()[0]


# --- what a new database holds ------------------------------------------------------

def test_tables_fields_and_reference_data(db):
    path, con = db
    ds = ogr.Open(path)
    layers = {ds.GetLayer(i).GetName(): ds.GetLayer(i) for i in range(ds.GetLayerCount())}
    for t in schema.TABLES:
        assert t.name in layers, t.name
        defn = layers[t.name].GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        assert names == t.field_names, t.name
        if t.geometry:
            assert layers[t.name].GetSpatialRef().GetAuthorityCode(None) == "4490"
    assert ogr.GeometryTypeToName(layers["violations"].GetGeomType()) == "Multi Polygon"
    assert ogr.GeometryTypeToName(layers["houses"].GetGeomType()) == "Point"
    settings = dict(con.execute("SELECT key, value FROM settings"))
    assert settings["county_code"] == COUNTY
    assert settings["cutoff_date"] == "2014-01-01"
    assert settings["schema_version"] == str(schema.SCHEMA_VERSION)
    assert count(con, "workflow_transitions") == len(workflow.TRANSITIONS)
    assert count(con, "code_lists") == sum(len(e) for e in codes.ALL)
    styles = {r[0] for r in con.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    assert {"violations", "houses", "zones"} <= styles


def test_a_new_case_gets_number_stock_class_and_first_event(db):
    _, con = db
    first = new_case(con, discovered_on="2024-05-06", construction_started_on="2024-05-05")
    second = new_case(con, discovered_on="2024-07-01")
    old = new_case(con, discovered_on="2013-03-01")
    assert (first, second, old) == ("330624-2024-000001", "330624-2024-000002", "330624-2013-000001")
    rows = dict(con.execute("SELECT case_id, stock_class FROM violations"))
    assert rows == {first: "new", second: "new", old: "stock"}
    events = con.execute("SELECT case_id, from_status, to_status FROM case_events ORDER BY event_id")
    assert events.fetchall() == [(first, None, "clue"), (second, None, "clue"), (old, None, "clue")]
    stamps = con.execute("SELECT created_at, updated_at FROM violations WHERE case_id = ?",
                         (first,)).fetchone()
    assert all(s and s.endswith("Z") for s in stamps)


def test_a_case_walks_the_whole_workflow(db):
    _, con = db
    cid = new_case(con, building_area_m2=120.0)
    for s in ("verified", "filed", "investigating", "notified"):
        step(con, cid, s)
    con.execute("UPDATE violations SET decision_no = '新城执罚决字〔2024〕第017号', "
                "decision_type = 'demolish', deadline = '2024-08-01' WHERE case_id = ?", (cid,))
    step(con, cid, "decided")
    step(con, cid, "reminded")
    con.execute("UPDATE violations SET demolished_area_m2 = 118.5, demolished_on = '2024-08-10', "
                "demolition_mode = 'self' WHERE case_id = ?", (cid,))
    step(con, cid, "self_demolished")
    con.execute("UPDATE violations SET post_use = 'farmland' WHERE case_id = ?", (cid,))
    step(con, cid, "reused")
    step(con, cid, "closed")
    status, mode = con.execute("SELECT status, demolition_mode FROM violations").fetchone()
    assert (status, mode) == ("closed", "self")
    chain = con.execute("SELECT from_status, to_status FROM case_events ORDER BY event_id").fetchall()
    assert chain[0] == (None, "clue") and chain[-1] == ("reused", "closed")
    assert all(a[1] == b[0] for a, b in zip(chain, chain[1:]))
    assert len(chain) == 10


def test_implied_values_are_filled(db):
    _, con = db
    cid = new_case(con)
    for s in ("verified", "filed", "investigating", "notified"):
        step(con, cid, s)
    con.execute("UPDATE violations SET decision_no = 'X1', decision_type = 'legalise', "
                "deadline = '2024-09-01' WHERE case_id = ?", (cid,))
    step(con, cid, "decided")
    step(con, cid, "legalised", note="补办规划许可")
    assert con.execute("SELECT status, disposal FROM violations").fetchone() == ("legalised", "legalise")


# --- unknown enumeration values ---------------------------------------------------------

@pytest.mark.parametrize("field,value", [
    ("party_type", "alien"), ("land_class", "耕地"), ("building_type", "castle"),
    ("discovery_source", "gossip"), ("stock_class", "old"), ("decision_type", "warn"),
])
def test_unknown_violation_codes_are_refused(db, field, value):
    _, con = db
    msg = refused(con, "INSERT INTO violations (township_code, %s) VALUES (?, ?)" % field,
                  (TOWN, value))
    assert "violations.%s: unknown value" % field in msg
    assert count(con, "violations") == 0


def test_unknown_codes_in_other_tables_are_refused(db):
    _, con = db
    refused(con, "INSERT INTO zones (zone_code, zone_name, level) VALUES ('330624101', 'x', 'hamlet')",
            match="zones.level: unknown value")
    refused(con, "INSERT INTO houses (house_id, structure) VALUES ('YH330624000000001', 'straw')",
            match="houses.structure: unknown value")
    refused(con, "INSERT INTO houses (house_id, business_types) VALUES "
            "('YH330624000000001', '{catering,casino}')", match="houses.business_types")
    con.execute("INSERT INTO houses (house_id, business_types, measures) VALUES "
                "('YH330624000000001', '{catering,lodging}', '{stop_use}')")
    refused(con, "UPDATE houses SET measures = 'stop_use'", match="houses.measures")
    refused(con, "UPDATE houses SET appraisal_status = 'done', appraisal_grade = 'E'",
            match="houses.appraisal_grade: unknown value")


# --- duplicate ids --------------------------------------------------------------------------

def test_duplicate_ids_are_refused(db):
    _, con = db
    cid = new_case(con, patch_no="JC2024-001")
    refused(con, "INSERT INTO violations (case_id, township_code) VALUES (?, ?)", (cid, TOWN),
            match="UNIQUE")
    refused(con, "INSERT INTO violations (patch_no, township_code) VALUES ('JC2024-001', ?)",
            (TOWN,), match="violations.patch_no")
    refused(con, "INSERT INTO zones (zone_code, zone_name, level) VALUES (?, 'dup', 'township')",
            (TOWN,), match="zones.zone_code")
    con.execute("INSERT INTO houses (house_id) VALUES ('YH330624000000001')")
    refused(con, "INSERT INTO houses (house_id) VALUES ('YH330624000000001')", match="houses.house_id")
    assert count(con, "violations") == 1 and count(con, "houses") == 1


def test_malformed_ids_are_refused(db):
    _, con = db
    refused(con, "INSERT INTO violations (case_id) VALUES ('2024-1')", match="violations.case_id")
    refused(con, "INSERT INTO houses (house_id) VALUES ('330624000000001')", match="houses.house_id")
    refused(con, "INSERT INTO zones (zone_code, zone_name, level) VALUES ('33062A', 'x', 'county')",
            match="zones.zone_code")
    refused(con, "INSERT INTO zones (zone_code, zone_name, level) VALUES ('3306241', 'x', 'county')",
            match="zones.zone_code")
    refused(con, "INSERT INTO zones (zone_code, zone_name, level, parent_code) "
            "VALUES ('330625100', 'x', 'township', '330624')", match="parent code")
    refused(con, "UPDATE settings SET value = '33062' WHERE key = 'county_code'",
            match="county code")
    cid = new_case(con)
    refused(con, "UPDATE violations SET case_id = '330624-2024-000099' WHERE case_id = ?", (cid,),
            match="cannot be changed")


# --- negative areas and counts ----------------------------------------------------------------

@pytest.mark.parametrize("sql,match", [
    ("INSERT INTO violations (township_code, area_m2) VALUES ('330624100', -1)", "area_m2"),
    ("INSERT INTO violations (township_code, building_area_m2) VALUES ('330624100', -0.5)",
     "building_area_m2"),
    ("INSERT INTO violations (township_code, floors) VALUES ('330624100', -2)", "floors"),
    ("INSERT INTO violations (township_code, floors) VALUES ('330624100', 2.5)", "whole number"),
    ("INSERT INTO violations (township_code, reward_yuan) VALUES ('330624100', -200)", "reward_yuan"),
    ("INSERT INTO violations (township_code, area_m2) VALUES ('330624100', 'big')", "must be a number"),
    ("INSERT INTO zones (zone_code, zone_name, level, annual_quota_m2) "
     "VALUES ('330624101', 'x', 'township', -2000)", "annual_quota_m2"),
    ("INSERT INTO houses (house_id, occupants) VALUES ('YH330624000000002', -3)", "occupants"),
    ("INSERT INTO houses (house_id, storeys) VALUES ('YH330624000000002', 0)", "storeys"),
])
def test_negative_or_impossible_numbers_are_refused(db, sql, match):
    _, con = db
    assert match in refused(con, sql)


def test_member_counts_are_checked(db):
    _, con = db
    con.execute("INSERT INTO houses (house_id, storeys) VALUES ('YH330624000000001', 2)")
    con.execute("INSERT INTO house_inspections (house_id, inspected_on, kind) "
                "VALUES ('YH330624000000001', '2024-05-01', 'appraisal')")
    iid = con.execute("SELECT inspection_id FROM house_inspections").fetchone()[0]
    ins = "INSERT INTO inspection_members (inspection_id, storey, member_type, total, dangerous) " \
          "VALUES (?, ?, ?, ?, ?)"
    con.execute(ins, (iid, 1, "wall", 20, 2))
    assert "more dangerous" in refused(con, ins, (iid, 2, "wall", 5, 6))
    assert "total" in refused(con, ins, (iid, 2, "slab", -1, 0))
    assert "storey 0" in refused(con, ins, (iid, 1, "foundation", 4, 0))
    assert "storey 0" in refused(con, ins, (iid, 0, "wall", 4, 0))
    assert "UNIQUE" in refused(con, ins, (iid, 1, "wall", 3, 0))
    assert "no house_inspections" in refused(con, ins, (iid + 7, 1, "slab", 3, 0))


# --- impossible dates ----------------------------------------------------------------------------

@pytest.mark.parametrize("field,value,match", [
    ("discovered_on", "2024-02-30", "real date"),
    ("discovered_on", "2024/05/06", "real date"),
    ("discovered_on", "1850-01-01", "real date"),
    ("discovered_on", "2999-01-01", "future"),
    ("deadline", "yesterday", "real date"),
])
def test_impossible_dates_are_refused(db, field, value, match):
    _, con = db
    assert match in refused(con, "INSERT INTO violations (township_code, %s) VALUES (?, ?)" % field,
                            (TOWN, value))


def test_dates_out_of_order_are_refused(db):
    _, con = db
    assert "construction cannot start after" in refused(
        con, "INSERT INTO violations (township_code, discovered_on, construction_started_on) "
        "VALUES (?, '2024-03-01', '2024-04-01')", (TOWN,))
    cid = new_case(con, discovered_on="2024-03-01")
    assert "demolished before" in refused(
        con, "UPDATE violations SET demolished_on = '2024-02-01' WHERE case_id = ?", (cid,))
    assert "future" in refused(con, "INSERT INTO houses (house_id, built_year) "
                                    "VALUES ('YH330624000000003', 2999)")
    con.execute("INSERT INTO houses (house_id) VALUES ('YH330624000000003')")
    assert "future" in refused(con, "INSERT INTO house_inspections (house_id, inspected_on, kind) "
                                    "VALUES ('YH330624000000003', '2999-01-01', 'patrol')")


# --- references -------------------------------------------------------------------------------------

def test_references_must_exist_and_stay(db):
    _, con = db
    assert "no zones has this zone_code" in refused(
        con, "INSERT INTO violations (township_code) VALUES ('330624999')")
    new_case(con, village_code=VILLAGE)
    assert "still used by violations" in refused(
        con, "DELETE FROM zones WHERE zone_code = ?", (VILLAGE,))
    assert "still used by violations" in refused(
        con, "UPDATE zones SET zone_code = '330624100202' WHERE zone_code = ?", (VILLAGE,))
    assert "no houses has this house_id" in refused(
        con, "INSERT INTO house_inspections (house_id, inspected_on, kind) "
        "VALUES ('YH330624000000009', '2024-01-01', 'patrol')")
    assert "does not exist" in refused(
        con, "INSERT INTO attachments (owner_table, owner_id, file_name, content) "
        "VALUES ('violations', '330624-2024-000777', 'a.jpg', X'FFD8')")


def test_case_events_for_missing_cases_are_refused(db):
    _, con = db
    assert "no violations has this case_id" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) "
        "VALUES ('330624-2024-000123', 'clue', 'verified')")
    assert count(con, "case_events") == 0


# --- the workflow -------------------------------------------------------------------------------------

def test_status_changes_that_skip_the_workflow_are_refused(db):
    _, con = db
    cid = new_case(con)
    assert "changes only by adding a case event" in refused(
        con, "UPDATE violations SET status = 'verified' WHERE case_id = ?", (cid,))
    assert "not allowed by the workflow" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) VALUES (?, 'clue', 'closed')",
        (cid,))
    assert "not the case's current status" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) VALUES (?, 'filed', 'investigating')",
        (cid,))
    assert "starts as clue" in refused(
        con, "INSERT INTO violations (township_code, status) VALUES (?, 'closed')", (TOWN,))
    assert "only the registration event" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) VALUES (?, NULL, 'clue')", (cid,))
    assert con.execute("SELECT status FROM violations").fetchone()[0] == "clue"


def test_steps_need_their_data(db):
    _, con = db
    cid = new_case(con)
    assert "needs a written reason" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) VALUES (?, 'clue', 'not_filed')",
        (cid,))
    for s in ("verified", "filed", "investigating", "notified"):
        step(con, cid, s)
    assert "needs decision_no, decision_type, deadline" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) VALUES (?, 'notified', 'decided')",
        (cid,))
    con.execute("UPDATE violations SET decision_no = 'D1', decision_type = 'demolish', "
                "deadline = '2024-09-01', demolition_mode = 'forced' WHERE case_id = ?", (cid,))
    step(con, cid, "decided")
    con.execute("UPDATE violations SET demolished_area_m2 = 10, demolished_on = '2024-09-02' "
                "WHERE case_id = ?", (cid,))
    assert "contradicts demolition_mode = self" in refused(
        con, "INSERT INTO case_events (case_id, from_status, to_status) "
        "VALUES (?, 'decided', 'self_demolished')", (cid,))


def test_history_and_cases_cannot_be_rewritten(db):
    _, con = db
    cid = new_case(con)
    step(con, cid, "verified")
    assert "cannot be changed" in refused(con, "UPDATE case_events SET actor = 'someone else'")
    assert "cannot be deleted" in refused(con, "DELETE FROM case_events")
    assert "cannot be deleted" in refused(con, "DELETE FROM violations")
    con.execute("INSERT INTO attachments (owner_table, owner_id, file_name, content, size_bytes) "
                "VALUES ('violations', ?, 'photo.jpg', X'FFD8FFE0', 4)", (cid,))
    assert "cannot be deleted" in refused(con, "DELETE FROM attachments")
    assert "does not match" in refused(
        con, "INSERT INTO attachments (owner_table, owner_id, file_name, content, size_bytes) "
        "VALUES ('violations', ?, 'b.jpg', X'FFD8', 99)", (cid,))
    assert count(con, "case_events") == 2 and count(con, "violations") == 1


def test_geometry_must_be_a_geopackage_blob(db):
    _, con = db
    assert "GeoPackage geometry" in refused(
        con, "INSERT INTO violations (geom, township_code) VALUES (GeomFromText(?, 4490), ?)",
        (SMALL, TOWN))


# --- other clients: GDAL's SQL, and a failed transaction ------------------------------------------

def test_gdal_sql_is_refused_too(db):
    path, con = db
    cid = new_case(con)
    gdal.UseExceptions()
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    with pytest.raises(RuntimeError, match="changes only by adding a case event"):
        ds.ExecuteSQL("UPDATE violations SET status = 'closed' WHERE case_id = '%s'" % cid)
    with pytest.raises(RuntimeError, match="unknown value"):
        ds.ExecuteSQL("UPDATE violations SET party_type = 'martian'")
    ds = None
    assert con.execute("SELECT status, party_type FROM violations").fetchone() == ("clue", None)


def test_a_failed_transaction_leaves_nothing(db):
    path, con = db
    new_case(con)
    before = [count(con, t) for t in ("violations", "case_events")]
    writer = gpkg.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        with gpkg.transaction(writer):
            gpkg.insert(writer, "violations", {"township_code": TOWN, "geom": SMALL})
            gpkg.insert(writer, "violations", {"township_code": TOWN, "party_type": "alien"})
    writer.close()
    assert [count(con, t) for t in ("violations", "case_events")] == before


def test_create_refuses_to_overwrite_and_bad_codes(tmp_path):
    path = str(tmp_path / "a.gpkg")
    gpkg.create(path, COUNTY)
    size = (tmp_path / "a.gpkg").stat().st_size
    with pytest.raises(gpkg.DatabaseError, match="already exists"):
        gpkg.create(path, COUNTY)
    for bad in ("33062", "3306241", "abcdef", ""):
        with pytest.raises(gpkg.DatabaseError, match="6 digits"):
            gpkg.create(str(tmp_path / "b.gpkg"), bad)
    with pytest.raises(gpkg.DatabaseError, match="EPSG"):
        gpkg.create(str(tmp_path / "c.gpkg"), COUNTY, crs="GCJ-02")
    assert (tmp_path / "a.gpkg").stat().st_size == size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gpkg"]
    gpkg.create(path, "330625", crs="EPSG:4549", overwrite=True)
    con = gpkg.connect(path)
    assert gpkg.read_settings(con)["county_code"] == "330625"
    assert gpkg.layer_srs_id(con, "violations") == 4549


def test_open_database_checks_version(tmp_path):
    path = str(tmp_path / "a.gpkg")
    gpkg.create(path, COUNTY)
    assert gpkg.open_database(path) == []
    con = plain(path)
    con.execute("UPDATE settings SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(gpkg.DatabaseError, match="newer Liangwei"):
        gpkg.open_database(path)
    other = str(tmp_path / "other.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(other)
    ds.CreateLayer("roads", geom_type=ogr.wkbLineString)
    ds = None
    with pytest.raises(gpkg.DatabaseError, match="not a Liangwei project database"):
        gpkg.open_database(other)


def test_an_older_database_is_upgraded_in_place_keeping_every_row(db):
    """A database from before a field, a table and a rule existed: opening it adds them
    and keeps every row."""
    path, con = db
    cid = new_case(con, batch="2024Q1", remarks="旧记录")
    step(con, cid, "verified")
    # Make it look like an older release: no `batch` field, no code_lists table,
    # no triggers, schema version 0.
    con.execute("UPDATE settings SET value = '0' WHERE key = 'schema_version'")
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                               "AND name LIKE 'lw_%'").fetchall():
        con.execute('DROP TRIGGER "%s"' % name)
    con.execute("ALTER TABLE violations DROP COLUMN batch")
    con.execute("DROP TABLE code_lists")
    con.execute("DELETE FROM settings WHERE key = 'stale_days'")
    con.execute("UPDATE settings SET value = '60' WHERE key = 'side_distance_m'")
    con.execute("DELETE FROM gpkg_contents WHERE table_name = 'code_lists'")
    before = {t: count(con, t) for t in ("violations", "case_events", "zones", "settings")}

    applied = gpkg.open_database(path)

    assert "field violations.batch added" in applied
    assert "table code_lists added" in applied
    assert "setting stale_days added" in applied
    assert applied[-1] == "schema version 0 → %d" % schema.SCHEMA_VERSION
    before["settings"] += 1    # stale_days is back
    assert {t: count(con, t) for t in before} == before
    assert con.execute("SELECT remarks, batch, status FROM violations").fetchone() == (
        "旧记录", None, "verified")
    assert count(con, "code_lists") == sum(len(e) for e in codes.ALL)
    settings = dict(con.execute("SELECT key, value FROM settings"))
    assert settings["stale_days"] == "30" and settings["side_distance_m"] == "60"
    # the rules are back
    assert "changes only by adding a case event" in refused(
        con, "UPDATE violations SET status = 'closed'")
    assert "unknown value" in refused(con, "UPDATE violations SET party_type = 'x'")
    assert gpkg.open_database(path) == []


def test_a_failed_upgrade_changes_nothing(db, monkeypatch):
    path, con = db
    new_case(con)
    con.execute("UPDATE settings SET value = '0' WHERE key = 'schema_version'")
    con.execute("ALTER TABLE violations DROP COLUMN batch")
    from liangwei.plugin.store import migrations

    def broken(_con):
        _con.execute("UPDATE violations SET remarks = 'touched'")
        raise sqlite3.OperationalError("disk full")
    monkeypatch.setitem(migrations.STEPS, 0, ("break", broken))
    with pytest.raises(sqlite3.OperationalError):
        gpkg.open_database(path)
    assert "batch" not in [r[1] for r in con.execute("PRAGMA table_info(violations)")]
    assert con.execute("SELECT remarks FROM violations").fetchone()[0] is None
    assert con.execute("SELECT value FROM settings WHERE key = 'schema_version'").fetchone()[0] == "0"


def test_case_numbers_continue_past_gaps_and_across_years(db):
    _, con = db
    con.execute("INSERT INTO violations (case_id, township_code, discovered_on) "
                "VALUES ('330624-2024-000998', ?, '2024-01-02')", (TOWN,))
    nxt = new_case(con, discovered_on="2024-02-01")
    other_year = new_case(con, discovered_on="2023-02-01")
    assert (nxt, other_year) == ("330624-2024-000999", "330624-2023-000001")


def test_registration_event_keeps_a_given_creation_time(db):
    _, con = db
    cid = new_case(con, created_at="2019-04-01T08:00:00.000Z", discovered_on="2019-03-30")
    at = con.execute("SELECT at FROM case_events WHERE case_id = ?", (cid,)).fetchone()[0]
    assert at == "2019-04-01T08:00:00.000Z"
    con.execute("INSERT INTO houses (house_id) VALUES ('YH330624000000001')")
    con.execute("INSERT INTO house_inspections (house_id, inspected_on, kind) "
                "VALUES ('YH330624000000001', '2024-01-01', 'patrol')")
    assert con.execute("SELECT created_at FROM house_inspections").fetchone()[0].endswith("Z")
