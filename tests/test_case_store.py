"""The case dialog's database module (store/cases.py) and its checks (core/case_form.py),
on real GeoPackages made by the plugin's own code: one transaction per save, the
optimistic check, refused steps, rollback of everything on a failure, attachments
byte for byte.  Every test of the store runs on both backends: the GeoPackage and a
PostGIS copy of the same county (tests/pg_demo.py)."""

import datetime
import os
import shutil
import sqlite3

import psycopg2
import pytest
from lwtest import update_row
from pg_demo import copy_to_postgis
from pgserver import pg_database, pg_server  # noqa: F401  (fixtures)

from liangwei.plugin.core import case_form, case_ids, workflow
from liangwei.plugin.store import cases, dbref, demo_writer, gpkg

SQUARE_WKT = ("MULTIPOLYGON(((120.90 29.40,120.9003 29.40,120.9003 29.4003,120.90 29.4003,"
              "120.90 29.40)))")
TABLES = ("violations", "case_events", "attachments")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("case_store") / "county.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=2, villages=6, violations=30, houses=5)
    return path


_SCHEMAS = iter("county_%d" % i for i in range(1000))


@pytest.fixture(params=["gpkg", "postgis"])
def backend(request):
    return request.param


@pytest.fixture()
def db(request, backend, template, tmp_path):
    if backend == "gpkg":
        path = str(tmp_path / "county.gpkg")
        shutil.copy(template, path)
    else:
        path = copy_to_postgis(template, request.getfixturevalue("pg_database"), next(_SCHEMAS))
    con = cases.connect(path)
    yield path, con
    con.close()


def refused_error(con):
    """What the database raises when a rule refuses a statement."""
    return psycopg2.Error if dbref.is_postgis(con) else sqlite3.IntegrityError


def wkb(wkt):
    from osgeo import ogr
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb())


def counts(con):
    return {t: con.execute("SELECT count(*) FROM %s" % t).fetchone()[0] for t in TABLES}


def row(con, case_id):
    return con.execute("SELECT * FROM violations WHERE case_id = ?", (case_id,)).fetchone()


def case_in(con, status):
    return con.execute("SELECT case_id FROM violations WHERE status = ? ORDER BY fid LIMIT 1",
                       (status,)).fetchone()[0]


def updated_at(con, case_id):
    return con.execute("SELECT updated_at FROM violations WHERE case_id = ?",
                       (case_id,)).fetchone()[0]


# --- reading ------------------------------------------------------------------------------

def test_load_case_reads_row_events_attachments_and_zone_names(db):
    _path, con = db
    case_id = case_in(con, "decided")
    record = cases.load_case(con, case_id)
    assert record.values["case_id"] == case_id
    assert record.values["status"] == "decided"
    assert [e.to_status for e in record.events][0] == "clue"
    assert record.events[0].from_status is None
    assert record.events[-1].to_status == "decided"
    assert [e.to_status for e in record.events][1:] == workflow.path_to("decided")
    assert record.attachments == []
    names = dict(con.execute("SELECT zone_code, zone_name FROM zones"))
    assert record.zone_names == {c: names[c] for c in (record.values["township_code"],
                                                         record.values["village_code"])}
    with pytest.raises(gpkg.DatabaseError, match="no case"):
        cases.load_case(con, "330624-1999-000001")


def test_zones_in_box_uses_the_rtree_and_agrees_with_the_envelopes(db):
    _path, con = db
    if dbref.is_postgis(con):
        pytest.skip("GeoPackage blobs: PostGIS has its own test below")
    box = (120.0, 122.0, 29.0, 30.5)
    found = {z.zone_code for z in cases.zones_in_box(con, *box)}
    everything = {r[0] for r in con.execute("SELECT zone_code FROM zones")}
    assert found == everything
    # A box around one village's envelope: the R-tree and a scan of the blob headers
    # (the fallback without a spatial index) find the same zones.
    minx, maxx, miny, maxy = cases.blob_envelope(con.execute(
        "SELECT geom FROM zones WHERE level = 'village' ORDER BY zone_code LIMIT 1").fetchone()[0])
    small = (minx, minx + (maxx - minx) / 10, miny, miny + (maxy - miny) / 10)
    by_rtree = {z.zone_code for z in cases.zones_in_box(con, *small)}
    by_scan = set()
    for code, blob in con.execute("SELECT zone_code, geom FROM zones"):
        e = cases.blob_envelope(blob)
        if e[1] >= small[0] and e[0] <= small[1] and e[3] >= small[2] and e[2] <= small[3]:
            by_scan.add(code)
    assert by_rtree == by_scan
    assert 1 <= len(by_rtree) < len(everything)


def test_zones_in_box_on_postgis_uses_the_bounding_boxes(db):
    _path, con = db
    if not dbref.is_postgis(con):
        pytest.skip("PostGIS only")
    everything = {r[0] for r in con.execute("SELECT zone_code FROM zones")}
    assert {z.zone_code for z in cases.zones_in_box(con, 120.0, 122.0, 29.0, 30.5)} == everything
    code, minx, maxx, miny, maxy = con.execute(
        "SELECT zone_code, ST_XMin(geom), ST_XMax(geom), ST_YMin(geom), ST_YMax(geom) FROM zones "
        "WHERE level = 'village' ORDER BY zone_code LIMIT 1").fetchone()
    small = (minx, minx + (maxx - minx) / 10, miny, miny + (maxy - miny) / 10)
    found = cases.zones_in_box(con, *small)
    expected = {r[0] for r in con.execute(
        "SELECT zone_code FROM zones WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4490)",
        (small[0], small[2], small[1], small[3]))}
    assert code in {z.zone_code for z in found} and {z.zone_code for z in found} == expected
    assert 1 <= len(found) < len(everything)
    from osgeo import ogr
    assert all(ogr.CreateGeometryFromWkb(z.wkb).GetGeometryName() == "MULTIPOLYGON" for z in found)


# --- saving a new case --------------------------------------------------------------------

def test_new_case_gets_number_registration_event_and_fields(db):
    _path, con = db
    before = counts(con)
    changes = {"party_name": "李四", "party_type": "individual", "floors": 2,
               "discovered_on": "2024-03-01", "township_code": "330624101",
               "area_m2": 123.4, "flag_cadre": 0}
    first = cases.save_case(con, None, changes, actor="巡查员", geometry=wkb(SQUARE_WKT))
    second = cases.save_case(con, None, dict(changes, discovered_on="2024-03-02"),
                             actor="巡查员", geometry=wkb(SQUARE_WKT))
    assert case_ids.is_case_id(first) and case_ids.is_case_id(second)
    assert first != second
    assert first.startswith("330624-2024-") and second.startswith("330624-2024-")
    assert int(second[-6:]) == int(first[-6:]) + 1
    record = cases.load_case(con, first)
    assert record.values["status"] == "clue"
    assert record.values["party_name"] == "李四"
    assert record.values["updated_by"] == "巡查员"
    assert record.values["stock_class"] == "new"          # proposed by the database
    assert [(e.from_status, e.to_status, e.actor) for e in record.events] == [
        (None, "clue", "巡查员")]
    after = counts(con)
    assert after["violations"] == before["violations"] + 2
    assert after["case_events"] == before["case_events"] + 2


def test_new_case_with_a_first_step_and_attachments(db):
    _path, con = db
    case_id = cases.save_case(
        con, None, {"discovered_on": "2024-03-01"}, actor="a",
        geometry=wkb(SQUARE_WKT),
        step=cases.PendingStep("not_filed", {}, "不属于违法建设"),
        attachments=[cases.NewAttachment("a.txt", b"x")])
    record = cases.load_case(con, case_id)
    assert record.values["status"] == "not_filed"
    assert [e.to_status for e in record.events] == ["clue", "not_filed"]
    assert record.events[-1].note == "不属于违法建设"
    assert [a.file_name for a in record.attachments] == ["a.txt"]


# --- updating -----------------------------------------------------------------------------

def test_update_writes_the_changes_and_moves_one_step(db):
    _path, con = db
    case_id = case_in(con, "notified")
    stamp = updated_at(con, case_id)
    events = len(cases.load_case(con, case_id).events)
    step = cases.PendingStep("decided", {"decision_no": "新综执决字〔2024〕12号",
                                         "decision_type": "demolish", "deadline": "2024-12-31"})
    cases.save_case(con, case_id, {"floors": 4}, stamp, step=step, actor="执法员")
    record = cases.load_case(con, case_id)
    assert record.values["status"] == "decided"
    assert record.values["floors"] == 4
    assert record.values["decision_no"] == "新综执决字〔2024〕12号"
    assert record.values["updated_by"] == "执法员"
    assert record.values["updated_at"] != stamp
    assert len(record.events) == events + 1
    last = record.events[-1]
    assert (last.from_status, last.to_status, last.actor) == ("notified", "decided", "执法员")


def test_a_stale_save_is_refused_and_writes_nothing(db):
    path, con = db
    case_id = case_in(con, "clue")
    stamp = updated_at(con, case_id)
    other = cases.connect(path)           # someone else, meanwhile
    try:
        update_row(other, "violations", "case_id", case_id,
                   {"party_name": "王五", "updated_by": "同事"})
    finally:
        other.close()
    before_row, before = row(con, case_id), counts(con)
    with pytest.raises(cases.StaleCase) as refused:
        cases.save_case(con, case_id, {"party_name": "赵六"}, stamp,
                        step=cases.PendingStep("verified", {}),
                        attachments=[cases.NewAttachment("p.jpg", b"123")], actor="我")
    assert refused.value.updated_by == "同事"
    assert row(con, case_id) == before_row
    assert counts(con) == before


def test_a_step_the_workflow_does_not_allow_is_refused(db):
    _path, con = db
    case_id = case_in(con, "clue")
    stamp = updated_at(con, case_id)
    before_row, before = row(con, case_id), counts(con)
    with pytest.raises(cases.RefusedStep):
        cases.save_case(con, case_id, {"floors": 9}, stamp,
                        step=cases.PendingStep("closed", {}, "结案"), actor="我")
    assert row(con, case_id) == before_row
    assert counts(con) == before
    # The database itself refuses the same step when the check is bypassed.
    with pytest.raises(refused_error(con), match="not allowed"):
        with dbref.transaction(con):
            con.execute(cases.SQL_INSERT_EVENT, (case_id, "clue", "closed", "x", "结案"))
    assert row(con, case_id) == before_row


def test_a_step_missing_its_data_rolls_back_the_field_changes(db):
    """The step's data are checked by the database when the event is written, after the
    case row was updated: the update must go too."""
    _path, con = db
    case_id = case_in(con, "notified")
    stamp = updated_at(con, case_id)
    before_row, before = row(con, case_id), counts(con)
    step = cases.PendingStep("decided", {"decision_no": "X-1", "decision_type": "fine"})
    with pytest.raises(refused_error(con), match="deadline"):
        cases.save_case(con, case_id, {"party_name": "改了"}, stamp, step=step, actor="我")
    assert row(con, case_id) == before_row
    assert counts(con) == before


def test_a_failing_attachment_leaves_no_case_and_no_event(db):
    _path, con = db
    before = counts(con)
    serial = con.execute("SELECT max(case_id) FROM violations").fetchone()[0]
    bad = cases.NewAttachment("broken.jpg", None)          # content is required
    with pytest.raises(refused_error(con), match="content"):
        cases.save_case(con, None, {"discovered_on": "2024-03-01", "party_name": "无"},
                        actor="我", geometry=wkb(SQUARE_WKT),
                        attachments=[cases.NewAttachment("good.jpg", b"ok"), bad])
    assert counts(con) == before
    assert con.execute("SELECT max(case_id) FROM violations").fetchone()[0] == serial
    assert con.execute("SELECT count(*) FROM violations WHERE party_name = '无'").fetchone()[0] == 0


def test_attachments_come_back_byte_for_byte(db):
    _path, con = db
    case_id = case_in(con, "filed")
    payloads = {"all_bytes.bin": bytes(range(256)) * 64, "empty.txt": b"",
                "照片.jpg": os.urandom(200_000), "nul.dat": b"\x00" * 10 + b"end"}
    cases.save_case(con, case_id, {}, updated_at(con, case_id), actor="我",
                    attachments=[cases.NewAttachment(n, c, "application/octet-stream")
                                 for n, c in payloads.items()])
    stored = cases.list_attachments(con, case_id)
    assert [a.file_name for a in stored] == list(payloads)
    for info in stored:
        assert info.size_bytes == len(payloads[info.file_name])
        assert info.added_by == "我"
        assert cases.attachment_content(con, info.attachment_id) == payloads[info.file_name]
    # Attachments only: the case row is not rewritten.
    assert cases.load_case(con, case_id).values["updated_by"] != "我"


def test_a_chosen_stock_class_survives_a_change_of_dates(db):
    _path, con = db
    case_id = cases.save_case(con, None, {"discovered_on": "2020-01-01"}, actor="a",
                              geometry=wkb(SQUARE_WKT))
    assert cases.load_case(con, case_id).values["stock_class"] == "new"
    # Changing the dates alone: the database proposes the class again.
    cases.save_case(con, case_id, {"construction_started_on": "2010-05-01"},
                    updated_at(con, case_id), actor="a")
    assert cases.load_case(con, case_id).values["stock_class"] == "stock"
    # Dates and a class chosen against the proposal: the choice stands.
    cases.save_case(con, case_id, {"construction_started_on": "2009-05-01", "stock_class": "new"},
                    updated_at(con, case_id), actor="a")
    assert cases.load_case(con, case_id).values["stock_class"] == "new"


def test_fields_the_dialog_does_not_own_are_refused(db):
    _path, con = db
    case_id = case_in(con, "clue")
    with pytest.raises(gpkg.DatabaseError, match="status"):
        cases.save_case(con, case_id, {"status": "closed"}, updated_at(con, case_id))


# --- the checks of core/case_form ---------------------------------------------------------

TODAY = datetime.date(2024, 6, 1)


def fields_of(problems):
    return [(p.field, p.code) for p in problems]


def test_check_case_names_the_field():
    raw = {"floors": "101", "building_area_m2": "abc", "reward_yuan": "-5",
           "discovered_on": "2024-06-02", "construction_started_on": "2024-05-01",
           "party_type": "alien", "flag_cadre": True, "patch_no": "  "}
    values, problems = case_form.check_case(raw, TODAY)
    assert fields_of(problems) == [
        ("building_area_m2", "not_a_number"), ("party_type", "unknown_code"),
        ("floors", "above_maximum"), ("discovered_on", "in_future"),
        ("reward_yuan", "below_minimum")]
    assert values["patch_no"] is None and values["flag_cadre"] == 1 and values["floors"] == 101
    assert problems[2].message == "floors: must be at most 100"


def test_check_case_orders_dates_against_the_stored_ones():
    _values, problems = case_form.check_case(
        {"discovered_on": "2024-05-01", "construction_started_on": "2024-05-02"}, TODAY)
    assert fields_of(problems) == [("construction_started_on", "after_other")]
    # The deadline is a step field: a new discovery date after it is the form's problem.
    _values, problems = case_form.check_case({"discovered_on": "2024-05-01"}, TODAY,
                                             stored={"deadline": "2024-04-01"})
    assert fields_of(problems) == [("discovered_on", "after_other")]
    _values, problems = case_form.check_case({"discovered_on": "2024-05-01"}, TODAY,
                                             new_case=True, township_code=None)
    assert fields_of(problems) == [("township_code", "outside_zones")]
    assert case_form.check_case({"floors": "2.5"}, TODAY)[1][0].code == "not_whole"


def test_check_step_requires_the_data_of_the_step():
    case = {"status": "notified", "discovered_on": "2024-05-01"}
    values, problems = case_form.check_step(
        case, "decided", {"decision_no": "A-1", "decision_type": "demolish"}, None, TODAY)
    assert fields_of(problems) == [("deadline", "required")]
    values, problems = case_form.check_step(
        case, "decided", {"decision_no": "A-1", "decision_type": "demolish",
                          "deadline": "2024-04-30"}, None, TODAY)
    assert fields_of(problems) == [("deadline", "before_other")]
    values, problems = case_form.check_step(
        case, "decided", {"decision_no": "A-1", "decision_type": "demolish",
                          "deadline": "2024-12-31"}, None, TODAY)
    assert problems == [] and values["deadline"] == "2024-12-31"
    # 不予立案 needs a reason; 自行拆除 fixes the mode and checks the area and the date.
    _v, problems = case_form.check_step({"status": "clue"}, "not_filed", {}, "  ", TODAY)
    assert fields_of(problems) == [("note", "note_required")]
    values, problems = case_form.check_step(
        {"status": "decided", "discovered_on": "2024-05-01", "building_area_m2": 100.0},
        "self_demolished", {"demolished_area_m2": "200", "demolished_on": "2024-07-01",
                            "demolition_mode": "forced"}, None, TODAY)
    assert fields_of(problems) == [("demolition_mode", "implied"),
                                   ("demolished_on", "in_future"),
                                   ("demolished_area_m2", "exceeds_other")]
    assert values["demolition_mode"] == "self"
    _v, problems = case_form.check_step({"status": "clue"}, "decided", {}, None, TODAY)
    assert fields_of(problems) == [("status", "not_allowed")]
