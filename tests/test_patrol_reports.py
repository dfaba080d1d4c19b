"""The patrol reports (零报告, schema 3): the rules the database enforces, the upgrade of
a version-2 database, and the demo county's reports (consistent with its cases,
5 % of village-days missing, deterministic by seed)."""

import datetime
import sqlite3

import pytest
from osgeo import ogr

from liangwei.plugin.core import demo, reports
from liangwei.plugin.store import demo_writer, gpkg, schema

COUNTY = "330624"
TOWN = "330624100"
VILLAGE = "330624100201"
GRID = VILLAGE + "001"
SQUARE = "MULTIPOLYGON(((120.90 29.40,120.91 29.40,120.91 29.41,120.90 29.41,120.90 29.40)))"
SIZE = dict(townships=4, villages=20, violations=700, houses=60)

ogr.UseExceptions()


def refused(con, sql, params=()):
    with pytest.raises(sqlite3.DatabaseError) as err:
        con.execute(sql, params)
    return str(err.value)


def count(con, table):
    return con.execute('SELECT count(*) FROM "%s"' % table).fetchone()[0]


@pytest.fixture()
def db(tmp_path):
    path = gpkg.create(str(tmp_path / "county.gpkg"), COUNTY)
    con = gpkg.connect(path)
    for code, name, level, parent in ((COUNTY, "新城县", "county", None),
                                      (TOWN, "城关镇", "township", COUNTY),
                                      (VILLAGE, "上王村", "village", TOWN),
                                      (GRID, "第一网格", "grid", VILLAGE)):
        gpkg.insert(con, "zones", {"zone_code": code, "zone_name": name, "level": level,
                                   "parent_code": parent, "geom": SQUARE})
    yield path, con
    con.close()


INSERT = ("INSERT INTO patrol_reports (zone_code, report_date, reported_at, found_count, "
          "summary, reporter) VALUES (?, ?, ?, ?, ?, ?)")


def test_the_database_keeps_patrol_reports_sound(db):
    _, con = db
    con.execute(INSERT, (VILLAGE, "2025-06-30", "2025-06-30T08:30:00.000Z", 0, None, "王伟"))
    con.execute("INSERT INTO patrol_reports (zone_code, report_date) VALUES (?, ?)",
                (GRID, "2025-06-30"))
    row = con.execute("SELECT found_count, created_at FROM patrol_reports WHERE zone_code = ?",
                      (GRID,)).fetchone()
    assert row[0] == 0 and row[1].endswith("Z")          # default count, stamped
    assert gpkg.readable_error(sqlite3.IntegrityError(refused(
        con, INSERT, (VILLAGE, "2025-06-30", None, 1, "又报一次", "王伟")))) == \
        "patrol_reports.zone_code, patrol_reports.report_date: duplicate value"
    tomorrow = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
    assert "report_date: lies in the future" in refused(
        con, INSERT, (VILLAGE, tomorrow, None, 0, None, None))
    assert "reported_at: lies in the future" in refused(
        con, INSERT, (VILLAGE, "2025-06-29", tomorrow + "T08:00:00Z", 0, None, None))
    assert "found_count: must be at least 0" in refused(
        con, INSERT, (VILLAGE, "2025-06-29", None, -1, None, None))
    assert "found_count: must be a whole number" in refused(
        con, INSERT, (VILLAGE, "2025-06-29", None, "two", None, None))
    assert "report_date: must be a real date" in refused(
        con, INSERT, (VILLAGE, "2025-02-30", None, 0, None, None))
    assert "report_date: must be filled in" in gpkg.readable_error(sqlite3.IntegrityError(refused(
        con, "INSERT INTO patrol_reports (zone_code) VALUES (?)", (VILLAGE,))))
    assert "belongs to a village, community or grid" in refused(
        con, INSERT, (TOWN, "2025-06-29", None, 0, None, None))
    assert "no zones has this zone_code" in refused(
        con, INSERT, ("330624100299", "2025-06-29", None, 0, None, None))
    assert "still used by patrol_reports.zone_code" in refused(
        con, "DELETE FROM zones WHERE zone_code = ?", (GRID,))
    assert count(con, "patrol_reports") == 2


def _make_version_2(path):
    """What a database written by the plugin's schema 2 holds: no patrol_reports table
    (nor its triggers, layer registration, field labels and style)."""
    con = sqlite3.connect(path, isolation_level=None)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                               "sql LIKE '%patrol_reports%'").fetchall():
        con.execute('DROP TRIGGER "%s"' % name)
    con.execute("DROP TABLE patrol_reports")
    for table, column in (("gpkg_contents", "table_name"), ("gpkg_data_columns", "table_name"),
                          ("layer_styles", "f_table_name")):
        con.execute("DELETE FROM %s WHERE %s = 'patrol_reports'" % (table, column))
    con.execute("DELETE FROM sqlite_sequence WHERE name = 'patrol_reports'")
    con.execute("UPDATE settings SET value = '2' WHERE key = 'schema_version'")
    con.close()


def _dump(con):
    """Every row of every table of schema 2; the reference tables (rewritten by every
    upgrade, with new row ids) by their content, the settings but the version."""
    out = {}
    for t in schema.TABLES:
        if t.name == "patrol_reports":
            continue
        if t.name in ("code_lists", "workflow_transitions"):
            out[t.name] = sorted(con.execute('SELECT %s FROM "%s"' % (
                ", ".join(t.field_names), t.name)).fetchall())
        else:
            out[t.name] = con.execute('SELECT * FROM "%s" ORDER BY "%s"' % (t.name, t.pk)
                                      ).fetchall()
    # the schema version is the one setting an upgrade changes
    out["settings"] = [r for r in out["settings"] if r[1] != "schema_version"]
    return out


def test_a_version_2_database_is_upgraded_keeping_every_row(tmp_path):
    path = gpkg.create(str(tmp_path / "v2.gpkg"), COUNTY)
    demo_writer.write_demo_county(path, seed=2, townships=2, villages=6, violations=60,
                                  houses=30)
    _make_version_2(path)
    con = sqlite3.connect(path)
    before = _dump(con)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'patrol_reports'"
                       ).fetchone()[0] == 0
    con.close()

    applied = gpkg.open_database(path)

    assert applied == ["table patrol_reports added",
                       "schema version 2 → %d" % schema.SCHEMA_VERSION]
    con = gpkg.connect(path)
    try:
        assert _dump(con) == before
        assert gpkg.read_settings(con)["schema_version"] == schema.SCHEMA_VERSION == 3
        assert con.execute("SELECT data_type FROM gpkg_contents WHERE table_name = "
                           "'patrol_reports'").fetchone() == ("attributes",)
        assert con.execute("SELECT count(*) FROM layer_styles WHERE f_table_name = "
                           "'patrol_reports' AND useAsDefault").fetchone()[0] == 1
        assert con.execute("SELECT name FROM gpkg_data_columns WHERE table_name = "
                           "'patrol_reports' AND column_name = 'found_count'"
                           ).fetchone() == ("发现违建数",)
        # the new table works, with its rules
        village = con.execute("SELECT zone_code FROM zones WHERE level = 'village' "
                              "ORDER BY zone_code").fetchone()[0]
        con.execute(INSERT, (village, "2025-06-30", None, 1, "发现违法建设1处", "王伟"))
        assert "UNIQUE" in refused(con, INSERT, (village, "2025-06-30", None, 0, None, None))
    finally:
        con.close()
    ds = ogr.Open(path)
    layer = ds.GetLayerByName("patrol_reports")
    assert layer.GetFeatureCount() == 1 and layer.GetFIDColumn() == "report_id"
    layer = ds = None
    assert gpkg.open_database(path) == []


# --- the demo county ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def county(tmp_path_factory):
    path = gpkg.create(str(tmp_path_factory.mktemp("patrol") / "demo.gpkg"), COUNTY)
    summary = demo_writer.write_demo_county(path, seed=3, **SIZE)
    return path, summary


def rows(path, sql, params=()):
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, params)]
    finally:
        con.close()


def test_demo_reports_cover_the_last_two_weeks_less_5_percent(county):
    path, summary = county
    days = [(demo.DEMO_TODAY - datetime.timedelta(days=k)).isoformat() for k in range(14)]
    villages = [r["zone_code"] for r in rows(
        path, "SELECT zone_code FROM zones WHERE level IN ('village', 'community')")]
    assert len(villages) == SIZE["villages"]
    got = {(r["zone_code"], r["report_date"]) for r in rows(
        path, "SELECT zone_code, report_date FROM patrol_reports")}
    every = {(v, d) for v in villages for d in days}
    assert got <= every
    missing = every - got
    assert len(missing) == round(0.05 * len(every)) == 14
    assert summary["patrol_reports"] == len(got)
    generator = demo.DemoCounty(seed=3, county_code=COUNTY, **SIZE)
    assert missing == generator.patrol_missing()
    # other seeds miss other village-days
    other = demo.DemoCounty(seed=4, county_code=COUNTY, **SIZE)
    assert len(other.patrol_missing()) == len(missing) and other.patrol_missing() != missing


def test_demo_found_counts_are_the_cases_discovered_that_day(county):
    path, _ = county
    reports_ = rows(path, "SELECT * FROM patrol_reports ORDER BY report_id")
    cases = {}
    for r in rows(path, "SELECT village_code, discovered_on FROM violations"):
        key = (r["village_code"], r["discovered_on"])
        cases[key] = cases.get(key, 0) + 1
    assert sum(1 for r in reports_ if r["found_count"]) >= 5
    for r in reports_:
        key = (r["zone_code"], r["report_date"])
        assert r["found_count"] == cases.get(key, 0), key
        if r["found_count"]:
            assert r["summary"].startswith("发现违法建设%d处：" % r["found_count"])
            assert r["summary"].count("平方米") == r["found_count"]
        else:
            assert r["summary"] is None
        local = reports.local_datetime(r["reported_at"])
        assert local.date().isoformat() == r["report_date"]
        assert datetime.time(15) <= local.time() <= datetime.time(19, 40)
        assert (r["note"] == "逾时上报") == (local.time() > datetime.time(17))
        assert r["reporter"] and r["updated_by"] == r["reporter"]


def test_demo_reports_are_deterministic_and_match_the_generator(county, tmp_path):
    path, _ = county
    columns = "zone_code, report_date, reported_at, found_count, summary, reporter, note"
    written = rows(path, "SELECT %s FROM patrol_reports ORDER BY report_id" % columns)
    again = gpkg.create(str(tmp_path / "again.gpkg"), COUNTY)
    demo_writer.write_demo_county(again, seed=3, **SIZE)
    assert rows(again, "SELECT %s FROM patrol_reports ORDER BY report_id" % columns) == written
    # the generator alone (reading its own cases) gives the same reports
    generated = demo.DemoCounty(seed=3, county_code=COUNTY, **SIZE).patrol_reports()
    keys = [c.strip() for c in columns.split(",")]
    assert [{k: g[k] for k in keys} for g in generated] == written
