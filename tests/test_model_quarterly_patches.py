"""resources/models/quarterly_patches.model3 on the demo county, run by qgis_process:
detect_changes → unpermitted new/expanded/raised changes → import_patches →
flag_priorities written back to the database."""

import filecmp
import os
import sqlite3
import subprocess

import pytest

from test_qgis_process import qgis_process  # noqa: F401  (the fixture, shared)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(REPO, "resources", "models", "quarterly_patches.model3")


@pytest.fixture(scope="module")
def county(tmp_path_factory, qgis_app):
    from liangwei.plugin.gis.area import AreaCalculator
    from liangwei.plugin.store import demo_reference, demo_writer, gpkg
    folder = tmp_path_factory.mktemp("model")
    db = str(folder / "county.gpkg")
    ref = str(folder / "reference.gpkg")
    gpkg.create(db, "330624")
    demo_writer.write_demo_county(db, seed=3, townships=4, villages=24, violations=150,
                                  houses=200, area_m2=AreaCalculator("EPSG:4490").area_m2)
    summary = demo_reference.write_demo_reference(db, ref, seed=3, patches=20, buildings=400)
    return db, ref, summary


def counts(db):
    con = sqlite3.connect(db)
    try:
        return {t: con.execute("SELECT count(*) FROM %s" % t).fetchone()[0]
                for t in ("violations", "case_events")}
    finally:
        con.close()


def test_the_committed_model_is_current(tmp_path):
    out = tmp_path / "models"
    run = subprocess.run([os.path.join(REPO, ".venv", "bin", "python"),
                          os.path.join(REPO, "scripts", "build_models.py"), "--out", str(out)],
                         capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout + run.stderr
    assert filecmp.cmp(out / "quarterly_patches.model3", MODEL, shallow=False), \
        "resources/models is out of date: run .venv/bin/python scripts/build_models.py"


def test_quarterly_model_runs_on_the_demo_county(qgis_process, county, tmp_path):  # noqa: F811
    db, ref, summary = county
    before = counts(db)
    changes = str(tmp_path / "changes.gpkg")
    result = qgis_process(
        "run", MODEL, "--",
        "BEFORE=%s|layername=buildings_2023" % ref,
        "AFTER=%s|layername=buildings_2024" % ref,
        "PERMITS=%s|layername=permits" % ref,
        "VIOLATIONS=%s|layername=violations" % db,
        "ZONES=%s|layername=zones" % db,
        "ROADS=%s|layername=roads" % ref,
        "RIVERS=%s|layername=rivers" % ref,
        "FARMLAND=%s|layername=farmland" % ref,
        "BATCH=2024年度普查", "MIN_AREA=20",
        "detect_changes:CHANGES=%s" % changes)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    con = sqlite3.connect(db)
    try:
        new_cases = con.execute(
            "SELECT count(*) FROM violations WHERE batch = '2024年度普查'").fetchone()[0]
        stats = con.execute(
            "SELECT count(*), sum(status = 'clue'), sum(case_id IS NOT NULL), "
            "sum(township_code IS NOT NULL) FROM violations WHERE batch = '2024年度普查'"
        ).fetchone()
        events = con.execute(
            "SELECT count(*) FROM case_events e JOIN violations v USING (case_id) "
            "WHERE v.batch = '2024年度普查' AND e.to_status = 'clue'").fetchone()[0]
        flagged = con.execute(
            "SELECT count(*) FROM violations WHERE priority_score > 0").fetchone()[0]
        scores_ok = con.execute(
            "SELECT count(*) FROM violations WHERE priority_score <> "
            "30 * flag_cadre + 15 * flag_four_sides + 15 * flag_obstructs + 25 * flag_unsafe "
            "+ 10 * flag_typical + 20 * flag_farmland").fetchone()[0]
    finally:
        con.close()

    # Every unpermitted new building, extension and storey raise of the survey that does
    # not duplicate an open case becomes a case: at least the survey's new buildings
    # outside permits, and no more than all changes of those kinds.
    from osgeo import ogr
    ds = ogr.Open(changes)
    layer = ds.GetLayer(0)
    kinds = {}
    for f in layer:
        key = (f.GetField("change_type"), (f.GetField("permitted_share") or 0) >= 1)
        kinds[key] = kinds.get(key, 0) + 1
    ds = None
    candidates = sum(n for (kind, permitted), n in kinds.items()
                     if kind in ("new", "expanded", "raised") and not permitted)
    assert candidates > 0
    assert kinds.get(("demolished", False), 0) > 0          # reported, not imported
    assert 0 < new_cases <= candidates
    assert stats == (new_cases, new_cases, new_cases, new_cases)
    assert events == new_cases
    after = counts(db)
    assert after["violations"] == before["violations"] + new_cases
    assert after["case_events"] == before["case_events"] + new_cases
    assert flagged > 0 and scores_ok == 0
