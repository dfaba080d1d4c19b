"""store/inspections.py on small demo databases: reading a house with its inspections,
saving an inspection with its member counts and the house update in one transaction,
the house fields computed exactly as liangwei:grade_houses computes them (checked by
running grade_houses on the saved database), and failures that leave nothing behind:
a constraint or trigger refusing a member row or the house update, and the optimistic
refusal when the house changed after it was read.  Every test runs on both backends:
the GeoPackage and a PostGIS copy of the same county (tests/pg_demo.py); the tests that
add SQLite triggers to make a statement fail run on the GeoPackage only."""

import datetime
import shutil
import sqlite3

import pytest
from pg_demo import copy_to_postgis, rows
from pgserver import pg_database, pg_server  # noqa: F401  (fixtures)
from qgis.core import QgsProject, QgsVectorLayer

from liangwei.plugin.core import jgj125, screening
from liangwei.plugin.store import dbref, demo_writer, gpkg
from liangwei.plugin.store import inspections as store
from lwtest import Recorder

TODAY = datetime.date.today()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("inspection_store") / "pristine.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=1, villages=2, violations=2, houses=12)
    return path


_SCHEMAS = iter("county_%d" % i for i in range(1000))


@pytest.fixture(params=["gpkg", "postgis"])
def db(request, pristine, tmp_path):
    """The reference (dbref) of a fresh copy of the demo county on the backend."""
    if request.param == "postgis":
        return copy_to_postgis(pristine, request.getfixturevalue("pg_database"), next(_SCHEMAS))
    path = str(tmp_path / "county.gpkg")
    shutil.copy(pristine, path)
    return path


def gpkg_only(db):
    if dbref.is_postgis_ref(db):
        pytest.skip("adds SQLite triggers to the database: GeoPackage only")


def house_row(db, house_id):
    return rows(db, "SELECT * FROM houses WHERE house_id = ?", (house_id,))[0]


def counts(db, house_id):
    """(inspections of the house, their member rows)."""
    return (rows(db, "SELECT count(*) AS n FROM house_inspections WHERE house_id = ?",
                 (house_id,))[0]["n"],
            rows(db, "SELECT count(*) AS n FROM inspection_members m JOIN house_inspections i "
                     "USING (inspection_id) WHERE i.house_id = ?", (house_id,))[0]["n"])


def plain_house(db, condition="appraisal_grade IS NULL AND storeys >= 2"):
    """A house without appraisal of two storeys or more."""
    return rows(db, "SELECT house_id FROM houses WHERE %s ORDER BY fid" % condition)[0]["house_id"]


def independent_assessment(db, house_id, as_of=TODAY):
    """core.screening.assess of the house from what the database holds, read here with
    plain SQL (not through the store)."""
    house = house_row(db, house_id)
    found = rows(db, "SELECT * FROM house_inspections WHERE house_id = ?", (house_id,))
    for inspection in found:
        inspection["members"] = [(r["storey"], r["member_type"], r["total"], r["dangerous"])
                                 for r in rows(db, "SELECT * FROM inspection_members WHERE "
                                                   "inspection_id = ?",
                                               (inspection["inspection_id"],))]
    con = dbref.connect(db)
    try:
        settings = dbref.read_settings(con)
    finally:
        con.close()
    return screening.assess(house, found, None, settings, as_of)


GRADE_C = [(0, "foundation", 8, 0), (1, "wall", 10, 2), (2, "wall", 10, 0)]
INSPECTION = {"kind": "screening", "inspected_on": TODAY, "inspector": "检查员甲",
              "findings": "一层墙体开裂", "screening": "some", "collapse_risk": False}


# --- reading -------------------------------------------------------------------------------

def test_load_reads_the_house_its_inspections_and_members(db):
    measured = rows(db, "SELECT DISTINCT i.house_id FROM house_inspections i JOIN "
                        "inspection_members m USING (inspection_id)")[0]["house_id"]
    record = store.load(db, measured)
    assert record.house_id == measured
    assert record.house == {k: v for k, v in house_row(db, measured).items() if k != "geom" and
                            k != "fid"}
    assert record.version == house_row(db, measured)["updated_at"]
    dates = [i["inspected_on"] for i in record.inspections]
    assert dates == sorted(dates) and len(dates) == counts(db, measured)[0]
    assert sum(len(i["members"]) for i in record.inspections) == counts(db, measured)[1]
    last = record.last_measured()
    assert last is not None and all(len(m) == 4 for m in last["members"])
    assert record.settings["cycle_other_months"] == 60
    with pytest.raises(store.HouseNotFound):
        store.load(db, "YH330624999999999")


# --- saving ----------------------------------------------------------------------------------

def test_save_writes_inspection_members_and_house_as_grade_houses_would(db, provider):
    import processing
    house_id = plain_house(db)
    record = store.load(db, house_id)
    preview = store.assess(record, INSPECTION, GRADE_C, as_of=TODAY)
    assert preview.computed_grade == "C"
    assert preview.required_measures == ["restrict_use", "repair"]

    saved = store.save(db, house_id, INSPECTION, GRADE_C, record.version, user="检查员甲")

    inspection = rows(db, "SELECT * FROM house_inspections WHERE inspection_id = ?",
                      (saved.inspection_id,))[0]
    assert inspection["house_id"] == house_id
    assert inspection["kind"] == "screening" and inspection["inspected_on"] == TODAY.isoformat()
    assert inspection["findings"] == "一层墙体开裂" and inspection["screening"] == "some"
    assert inspection["updated_by"] == "检查员甲" and inspection["collapse_risk"] == 0
    members = rows(db, "SELECT storey, member_type, total, dangerous FROM inspection_members "
                       "WHERE inspection_id = ? ORDER BY storey", (saved.inspection_id,))
    assert [tuple(m.values()) for m in members] == GRADE_C

    house = house_row(db, house_id)
    expected = independent_assessment(db, house_id)
    assert expected.computed_grade == "C"
    assert jgj125.grade_house(GRADE_C, house["storeys"], house["basement_storeys"]).grade == "C"
    assert house["screening"] == "some"                      # the inspector's class
    assert house["computed_screening"] == expected.screening == preview.screening
    assert house["computed_grade"] == "C"
    assert house["required_measures"] == "{restrict_use,repair}"
    assert house["missing_measures"] == "{restrict_use,repair}"
    assert house["next_inspection_due"] == expected.next_inspection_due.isoformat()
    assert house["graded_on"] == TODAY.isoformat()
    assert house["updated_by"] == "检查员甲"
    assert house["updated_at"] != record.version

    if dbref.is_postgis_ref(db):
        return   # grade_houses writing into PostGIS: tests/test_postgis_algorithms.py
    # liangwei:grade_houses finds nothing to change for this house (risk_rank aside).
    fields = store.COMPUTED_FIELDS
    before = {k: house[k] for k in fields}
    layer = QgsVectorLayer("%s|layername=houses" % db, "houses", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        processing.run("liangwei:grade_houses", {"INPUT": layer, "UPDATE_INPUT": True,
                                                 "OUTPUT": "memory:"}, feedback=Recorder())
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    after = house_row(db, house_id)
    assert {k: after[k] for k in fields} == before


def test_appraisal_with_a_grade_updates_the_appraisal_and_measures(db):
    house_id = plain_house(db)
    record = store.load(db, house_id)
    inspection = {"kind": "appraisal", "inspected_on": TODAY - datetime.timedelta(days=3),
                  "appraisal_grade": "B", "appraisal_agency": "县房屋安全鉴定站",
                  "measures_taken": ["repair", "restrict_use"], "collapse_risk": False}
    saved = store.save(db, house_id, inspection, GRADE_C, record.version)
    house = house_row(db, house_id)
    assert house["appraisal_grade"] == "B" and house["appraisal_status"] == "done"
    assert house["appraisal_agency"] == "县房屋安全鉴定站"
    assert house["appraised_on"] == inspection["inspected_on"].isoformat()
    assert house["measures"] == "{restrict_use,repair}"
    assert house["computed_grade"] == "C" and house["grade_mismatch"] == 1
    assert house["missing_measures"] is None
    assert saved.assessment.grade == "C"            # the worse of B and C
    assert rows(db, "SELECT measures_taken FROM house_inspections WHERE inspection_id = ?",
                (saved.inspection_id,))[0]["measures_taken"] == "{restrict_use,repair}"


def test_a_patrol_keeps_the_grade_of_the_measured_inspection(db):
    house_id = plain_house(db)
    record = store.load(db, house_id)
    store.save(db, house_id, dict(INSPECTION, inspected_on=TODAY - datetime.timedelta(days=10)),
               GRADE_C, record.version)
    record = store.load(db, house_id)
    patrol = {"kind": "patrol", "inspected_on": TODAY, "findings": "无变化"}
    assert store.graded_inspection(record, patrol, [])["kind"] == "screening"
    saved = store.save(db, house_id, patrol, [], record.version)
    assert saved.assessment.computed_grade == "C"
    assert house_row(db, house_id)["computed_grade"] == "C"


# --- failures leave nothing behind --------------------------------------------------------------

def assert_untouched(db, house_id, before_house, before_counts):
    assert counts(db, house_id) == before_counts
    assert house_row(db, house_id) == before_house


def test_a_member_row_refused_by_a_constraint_rolls_everything_back(db):
    house_id = plain_house(db)
    record = store.load(db, house_id)
    before = house_row(db, house_id), counts(db, house_id)
    bad = [(1, "wall", 10, 2), (2, "wall", 1, 3)]     # the second row: 3 dangerous of 1
    with pytest.raises(store.SaveError) as info:
        store.save(db, house_id, INSPECTION, bad, record.version)
    assert "more dangerous members than members" in str(info.value)
    assert "Nothing was saved" in str(info.value)
    assert_untouched(db, house_id, *before)


def test_a_trigger_refusing_the_second_member_rolls_everything_back(db):
    gpkg_only(db)
    house_id = plain_house(db)
    record = store.load(db, house_id)
    con = sqlite3.connect(db)
    con.execute("CREATE TRIGGER test_one_member_only BEFORE INSERT ON inspection_members "
                "WHEN (SELECT count(*) FROM inspection_members WHERE inspection_id = "
                "NEW.inspection_id) >= 1 BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
    con.commit()
    con.close()
    before = house_row(db, house_id), counts(db, house_id)
    everything = [rows(db, "SELECT count(*) AS n FROM %s" % t)[0]["n"]
                  for t in ("house_inspections", "inspection_members")]
    with pytest.raises(store.SaveError) as info:
        store.save(db, house_id, INSPECTION, GRADE_C, record.version)
    assert "refused for the test" in str(info.value)
    assert_untouched(db, house_id, *before)
    assert [rows(db, "SELECT count(*) AS n FROM %s" % t)[0]["n"]
            for t in ("house_inspections", "inspection_members")] == everything


def test_a_refused_house_update_rolls_back_the_inspection(db):
    gpkg_only(db)
    house_id = plain_house(db)
    record = store.load(db, house_id)
    con = sqlite3.connect(db)
    con.execute("CREATE TRIGGER test_refuse_house BEFORE UPDATE OF computed_grade ON houses "
                "BEGIN SELECT RAISE(ABORT, 'house refused for the test'); END")
    con.commit()
    con.close()
    before = house_row(db, house_id), counts(db, house_id)
    total_before = rows(db, "SELECT count(*) AS n FROM house_inspections")[0]["n"]
    with pytest.raises(store.SaveError) as info:
        store.save(db, house_id, INSPECTION, GRADE_C, record.version)
    assert "house refused for the test" in str(info.value)
    assert_untouched(db, house_id, *before)
    assert rows(db, "SELECT count(*) AS n FROM house_inspections")[0]["n"] == total_before


def test_a_house_changed_by_someone_else_is_not_overwritten(db):
    house_id = plain_house(db)
    record = store.load(db, house_id)
    other = dbref.connect(db)
    with dbref.transaction(other):
        other.execute("UPDATE houses SET remarks = ? WHERE house_id = ?", ("另一位用户的修改", house_id))
    other.close()
    before = house_row(db, house_id), counts(db, house_id)
    assert before[0]["updated_at"] != record.version
    with pytest.raises(store.StaleHouse) as info:
        store.save(db, house_id, INSPECTION, GRADE_C, record.version)
    assert house_id in str(info.value) and "changed by someone else" in str(info.value)
    assert_untouched(db, house_id, *before)
    assert house_row(db, house_id)["remarks"] == "另一位用户的修改"


def test_refusals_name_the_field(db):
    house_id = plain_house(db)
    record = store.load(db, house_id)
    before = house_row(db, house_id), counts(db, house_id)
    with pytest.raises(store.SaveError) as info:
        store.save(db, house_id, dict(INSPECTION, kind=None), GRADE_C, record.version)
    assert info.value.field == ("house_inspections", "kind")
    with pytest.raises(store.SaveError) as info:
        store.save(db, house_id, dict(INSPECTION, inspected_on=TODAY + datetime.timedelta(days=5)),
                   GRADE_C, record.version)
    assert info.value.field == ("house_inspections", "inspected_on")
    with pytest.raises(store.SaveError) as info:      # only an appraisal or a recheck grades
        store.save(db, house_id, dict(INSPECTION, appraisal_grade="B"), GRADE_C, record.version)
    assert "only an appraisal or a recheck gives a grade" in str(info.value)
    with pytest.raises(store.HouseNotFound):
        store.save(db, "YH330624999999999", INSPECTION, GRADE_C, record.version)
    assert_untouched(db, house_id, *before)
    # the message template is translatable with its values kept apart
    assert info.value.translated(lambda t: t) == str(info.value)
