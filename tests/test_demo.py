"""The demo county: deterministic, topologically clean, legal case histories, consistent
houses and inspections, written all-or-nothing through the database's own triggers."""

import collections
import datetime
import os
import re
import sqlite3
import subprocess
import sys
import time

import pytest
from osgeo import gdal, ogr

from liangwei.plugin.core import case_ids, codes, demo, workflow, zones
from liangwei.plugin.store import demo_writer, gpkg

ogr.UseExceptions()

SMALL = dict(townships=5, villages=40, violations=200)
COUNTY = "330624"
TABLES = ("zones", "violations", "case_events", "houses", "house_inspections",
          "inspection_members", "settings", "rtree_violations_geom", "rtree_zones_geom",
          "rtree_houses_geom")


def new_db(folder, name="demo.gpkg", county=COUNTY):
    return gpkg.create(str(folder / name), county)


def counts(path):
    con = sqlite3.connect(path)
    try:
        return {t: con.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0] for t in TABLES}
    finally:
        con.close()


def rows(path, sql):
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql)]
    finally:
        con.close()


def geometry(blob):
    return gpkg.blob_geometry(blob)


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    path = new_db(folder)
    summary = demo_writer.write_demo_county(path, seed=3, **SMALL)
    return path, summary


@pytest.fixture(scope="module")
def small_zones(small_db):
    path, _ = small_db
    return {r["zone_code"]: dict(r, g=geometry(r["geom"]))
            for r in rows(path, "SELECT * FROM zones")}


# --- determinism ---------------------------------------------------------------------------

def _generated(seed, **kw):
    d = demo.DemoCounty(seed=seed, **kw)
    return d.zones(), list(d.violations()), list(d.houses())


def test_the_generator_is_deterministic_by_seed():
    a = _generated(3, **SMALL)
    b = _generated(3, **SMALL)
    assert a == b
    d = demo.DemoCounty(seed=3, **SMALL)
    assert list(d.violations()) == list(d.violations())   # generators can be re-run
    c = _generated(4, **SMALL)
    assert [z["geom"] for z in a[0]] != [z["geom"] for z in c[0]]
    assert [v["geom"] for v in a[1]] != [v["geom"] for v in c[1]]
    assert [h["house_id"] for h in a[2]] != [h["house_id"] for h in c[2]] or \
        [h["geom"] for h in a[2]] != [h["geom"] for h in c[2]]


_DIGEST = """
import hashlib, json, sys
from liangwei.plugin.core import demo
d = demo.DemoCounty(seed=3, townships=5, villages=40, violations=200)
h = hashlib.sha256()
for part in (d.zones(), d.violations(), d.houses()):
    for row in part:
        h.update(json.dumps(row, sort_keys=True, default=str).encode())
print(h.hexdigest())
"""


def test_the_generator_does_not_depend_on_the_process(repo_root):
    """Same rows whatever the hash seed of the interpreter (no iteration over sets of
    strings decides anything)."""
    digests = set()
    for hash_seed in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed,
                   PYTHONPATH=os.pathsep.join(p for p in sys.path if p and os.path.isdir(p)
                                              and os.path.realpath(p) != str(repo_root)))
        done = subprocess.run([sys.executable, "-c", _DIGEST], env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        digests.add(done.stdout.strip())
    assert len(digests) == 1


def _dump(path):
    """Every row of the demo tables, without what the database stamps with 'now'."""
    out = {}
    for table, order in (("zones", "fid"), ("violations", "fid"), ("case_events", "event_id"),
                         ("houses", "fid"), ("house_inspections", "inspection_id"),
                         ("inspection_members", "member_row_id"), ("settings", "key")):
        got = []
        for r in rows(path, 'SELECT * FROM "%s" ORDER BY %s' % (table, order)):
            r.pop("updated_at", None)
            if table == "case_events" and r["from_status"] is None:
                r.pop("at")          # the registration event is stamped by the trigger
            got.append(r)
        out[table] = got
    return out


def test_the_database_is_deterministic_by_seed(tmp_path, small_db):
    same = new_db(tmp_path, "same.gpkg")
    demo_writer.write_demo_county(same, seed=3, **SMALL)
    assert _dump(same) == _dump(small_db[0])
    other = new_db(tmp_path, "other.gpkg")
    demo_writer.write_demo_county(other, seed=4, **SMALL)
    a, b = _dump(other), _dump(small_db[0])
    for table in ("zones", "violations", "houses"):
        assert a[table] != b[table], table


# --- zones -------------------------------------------------------------------------------------

def test_zones_tile_the_county_without_gaps_or_overlaps(small_zones):
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        county = [z for z in small_zones.values() if z["level"] == "county"]
        assert len(county) == 1
        county = county[0]["g"]
        towns = {c: z["g"] for c, z in small_zones.items() if len(c) == 9}
        villages = {c: z["g"] for c, z in small_zones.items() if len(c) == 12}
        assert len(towns) == SMALL["townships"] and len(villages) == SMALL["villages"]
        for code, z in small_zones.items():
            assert z["g"].IsValid(), code
            assert z["g"].GetGeometryName() == "MULTIPOLYGON"
        for t, g in towns.items():
            total = sum(v.GetArea() for c, v in villages.items() if c[:9] == t)
            assert abs(total - g.GetArea()) <= 1e-6 * g.GetArea(), t
        total = sum(g.GetArea() for g in towns.values())
        assert abs(total - county.GetArea()) <= 1e-6 * county.GetArea()
        for level in (towns, villages):
            items = sorted(level.items())
            for i, (a, ga) in enumerate(items):
                for b, gb in items[i + 1:]:
                    if ga.Intersects(gb):
                        overlap = ga.Intersection(gb).GetArea()
                        assert overlap <= 1e-9 * min(ga.GetArea(), gb.GetArea()), (a, b)
        for c, g in villages.items():
            assert g.Difference(towns[c[:9]]).GetArea() <= 1e-9 * g.GetArea(), c
        # A realistic county: ~1,200 km² around 120.9°E 29.45°N.
        ring = county.GetGeometryRef(0).GetGeometryRef(0)
        flat = [v for p in ring.GetPoints() for v in p]
        km2 = demo.planar_area_m2(flat) / 1e6
        assert 1000 < km2 < 1400, km2
        cx, cy = county.Centroid().GetX(), county.Centroid().GetY()
        assert abs(cx - 120.9) < 0.1 and abs(cy - 29.45) < 0.1
    finally:
        gdal.PopErrorHandler()


def test_zone_codes_names_and_levels(small_zones):
    codes_ = sorted(small_zones)
    assert len(set(codes_)) == len(codes_)
    names = [z["zone_name"] for z in small_zones.values()]
    assert len(set(names)) == len(names)
    for code, z in small_zones.items():
        assert zones.check_zone(code, z["level"], z["parent_code"]) == [], code
        if z["level"] != "county":
            assert z["parent_code"] == zones.parent_of(code)
            assert z["parent_code"] in small_zones
        number = int(code[-3:])
        name = z["zone_name"]
        if z["level"] == "county":
            assert code == COUNTY and z["parent_code"] is None
        elif z["level"] == "street":
            assert 1 <= number <= 99 and name.endswith("街道")
        elif z["level"] == "township":
            assert (100 <= number <= 199 and name.endswith("镇")) or \
                (200 <= number <= 299 and name.endswith("乡")), (code, name)
        elif z["level"] == "park":
            assert 400 <= number <= 499 and name.endswith("园区")
        elif z["level"] == "community":
            assert 1 <= number <= 199 and name.endswith("社区")
        elif z["level"] == "village":
            assert number >= 201 and name.endswith("村")
        else:
            pytest.fail("unexpected level %s" % z["level"])
    levels = collections.Counter(z["level"] for z in small_zones.values())
    assert levels["park"] == 1 and levels["street"] >= 1 and levels["township"] >= 2
    assert levels["community"] >= 1 and levels["village"] >= 1
    for z in small_zones.values():
        if z["level"] in ("township", "street", "park", "county"):
            assert z["annual_quota_m2"] and z["annual_quota_m2"] >= 2000


def test_trace_gives_valid_rings_with_holes_and_pinches():
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        frame = {(x, y) for x in range(5) for y in range(5)} - {(2, 2)}          # a hole
        # (0,0) and (1,1) touch diagonally and are joined around (1,0): a hole that
        # touches the shell at one point
        pinch = {(0, 0), (0, -1), (1, -1), (2, -1), (2, 0), (2, 1), (1, 1)}
        apart = {(0, 0), (1, 1)}                                  # two squares, one point
        for cells in (frame, pinch, apart, {(0, 0)}):
            polygons = demo._trace(cells)
            wkt = "MULTIPOLYGON (%s)" % ", ".join(
                "(%s)" % ", ".join("(%s)" % ", ".join("%d %d" % c for c in ring) for ring in poly)
                for poly in polygons)
            g = ogr.CreateGeometryFromWkt(wkt)
            assert g.IsValid(), wkt
            assert g.GetArea() == len(cells)
        assert [len(p) for p in demo._trace(pinch)] == [2]
        assert [len(p) for p in demo._trace(apart)] == [1, 1]
        two = frame | {(x + 10, y) for x, y in frame}           # two shells, a hole each
        assert [len(p) for p in demo._trace(two)] == [2, 2]
        assert [len(p) for p in demo._trace(frame)] == [2]       # shell + hole
    finally:
        gdal.PopErrorHandler()


# --- violations and their cases ----------------------------------------------------------------

def test_every_case_history_is_a_legal_workflow_chain(small_db):
    path, _ = small_db
    cases = {r["case_id"]: r for r in rows(path, "SELECT * FROM violations")}
    events = collections.defaultdict(list)
    for e in rows(path, "SELECT * FROM case_events ORDER BY event_id"):
        events[e["case_id"]].append(e)
    assert set(events) == set(cases)
    today = demo.DEMO_TODAY.isoformat()
    decisions = []
    for cid, case in cases.items():
        assert case_ids.is_case_id(cid) and cid.startswith(COUNTY + "-" + case["discovered_on"][:4])
        chain = events[cid]
        assert (chain[0]["from_status"], chain[0]["to_status"]) == (None, "clue")
        workflow.path_to(case["status"])                   # reachable
        prev_at = case["created_at"]
        for before, e in zip(chain, chain[1:]):
            assert e["from_status"] == before["to_status"], cid
            step = workflow.transition(e["from_status"], e["to_status"])
            assert step is not None, (cid, e)
            if step.note_required:
                assert (e["note"] or "").strip()
            assert e["at"] >= prev_at, (cid, e["at"], prev_at)
            assert e["at"][:10] <= today
            assert e["actor"]
            prev_at = e["at"]
            for field in workflow.REQUIRED_FIELDS.get(e["to_status"], ()):
                assert case[field] not in (None, ""), (cid, e["to_status"], field)
            for field, value in workflow.IMPLIED_VALUES.get(e["to_status"], {}).items():
                assert case[field] == value, (cid, field)
        assert chain[-1]["to_status"] == case["status"]
        for field in ("discovered_on", "demolished_on", "construction_started_on"):
            assert case[field] is None or case[field] <= today
        if case["decision_no"]:
            decisions.append(case["decision_no"])
            assert re.fullmatch(r"新城执罚决字〔20\d\d〕第\d{3,}号", case["decision_no"])
            assert case["decision_type"] in codes.DECISION_TYPE
            assert case["deadline"] >= case["discovered_on"]
        if case["demolished_area_m2"] is not None:
            assert 0 < case["demolished_area_m2"] <= case["building_area_m2"] * 1.05 + 1
            assert case["demolished_on"] >= case["discovered_on"]
    assert len(decisions) == len(set(decisions))
    # some cases in every state, most old ones finished
    states = collections.Counter(c["status"] for c in cases.values())
    assert set(states) == set(codes.CASE_STATUS.codes)
    assert states["closed"] > 0.3 * len(cases)


def test_violation_attributes_are_plausible(small_db):
    path, _ = small_db
    cases = rows(path, "SELECT * FROM violations")
    generated = list(demo.DemoCounty(seed=3, **SMALL).violations())
    assert [c["geom"] is not None for c in cases] == [True] * len(generated)
    for case, row in zip(sorted(cases, key=lambda c: c["fid"]), generated):
        assert case["area_m2"] == round(row["_area_m2"], 2)
        assert 29.9 <= row["_area_m2"] <= 3000.5
        assert case["construction_started_on"] <= case["discovered_on"]
        assert (case["patch_no"] is not None) == (case["discovery_source"] == "satellite")
        if case["reward_yuan"] is not None:
            assert case["reporter"] and 200 <= case["reward_yuan"] <= 500
            assert case["status"] not in ("clue", "not_filed")
        assert case["flag_cadre"] == (case["party_type"] == "cadre")
        assert case["flag_farmland"] == (case["land_class"] in ("cultivated", "basic_farmland"))
        for field, enum in (("party_type", codes.PARTY_TYPE), ("building_type", codes.BUILDING_TYPE),
                            ("land_class", codes.LAND_CLASS), ("discovery_source", codes.DISCOVERY_SOURCE)):
            assert case[field] in enum
        assert case["village_code"][:9] == case["township_code"]
    new = [c for c in cases if c["stock_class"] == "new"]
    assert {c["stock_class"] for c in cases} == {"new", "stock"}
    quick = [c for c in new if (datetime.date.fromisoformat(c["discovered_on"]) -
                                datetime.date.fromisoformat(c["construction_started_on"])).days <= 1]
    assert len(quick) > 0.35 * len(new)
    patches = [c["patch_no"] for c in cases if c["patch_no"]]
    assert len(patches) == len(set(patches))


def test_violations_lie_in_their_village_except_the_straddling_ones(small_db, small_zones):
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        path, summary = small_db
        villages = {c: z["g"] for c, z in small_zones.items() if len(c) == 12}
        generated = list(demo.DemoCounty(seed=3, **SMALL).violations())
        cases = sorted(rows(path, "SELECT fid, village_code, geom FROM violations"),
                       key=lambda c: c["fid"])
        straddling = 0
        for case, row in zip(cases, generated):
            g = geometry(case["geom"])
            assert g.IsValid()
            hit = [c for c, v in villages.items()
                   if v.Intersects(g) and v.Intersection(g).GetArea() > 1e-9 * g.GetArea()]
            if row["_straddles"]:
                straddling += 1
                assert len(hit) >= 2 and case["village_code"] in hit
            else:
                assert villages[case["village_code"]].Contains(g), case["fid"]
        assert straddling == summary["straddling"] > 0
    finally:
        gdal.PopErrorHandler()
    # ~3 % over a larger sample (no database needed)
    share = sum(v["_straddles"] for v in demo.DemoCounty(seed=5, violations=4000).violations()) / 4000.0
    assert 0.02 <= share <= 0.04, share


# --- houses and inspections ------------------------------------------------------------------------

def test_houses_are_consistent(small_db, small_zones):
    path, _ = small_db
    houses = rows(path, "SELECT * FROM houses")
    assert len(houses) == 3 * SMALL["violations"]
    villages = {c: z["g"] for c, z in small_zones.items() if len(c) == 12}
    for h in houses:
        assert case_ids.is_house_id(h["house_id"]) and case_ids.county_of_house(h["house_id"]) == COUNTY
        assert h["house_id"][8:11] == h["township_code"][6:]
        assert villages[h["village_code"]].Contains(geometry(h["geom"]))
        measures = set(codes.split_multi(h["measures"]))
        assert measures <= set(codes.MEASURE.codes)
        assert set(codes.split_multi(h["business_types"])) <= set(codes.BUSINESS_TYPE.codes)
        if h["business_types"]:
            assert h["use"] in codes.BUSINESS_USES
        if h["appraisal_grade"]:
            assert h["appraisal_status"] == "done" and h["appraised_on"] and h["appraisal_agency"]
        if h["appraisal_status"] == "done":
            assert h["appraisal_grade"] in codes.GRADE
        else:
            assert h["appraised_on"] is None
        if h["appraisal_grade"] == "D":
            assert {"stop_use", "evacuate"} <= measures
        if h["appraisal_grade"] in ("C", "D") or h["screening"] == "serious":
            assert h["rectification_status"] and measures and h["plan"]
        if h["appraisal_grade"] in ("C", "D"):
            assert h["screening"] in ("serious", "some")
        if h["rectification_status"]:
            assert measures
        assert h["next_inspection_due"] > h["created_at"][:10]
    grades = collections.Counter(h["appraisal_grade"] for h in houses)
    assert all(grades[g] > 0 for g in "ABCD"), grades


def _jgj125(members, storeys, basements, ground_dangerous):
    """Independent reading of domain.md §3 (JGJ 125-2016)."""
    if ground_dangerous:
        return "D"
    layers = collections.defaultdict(lambda: [0.0, 0.0])
    whole = [0.0, 0.0]
    for m in members:
        w = codes.MEMBER_WEIGHT[m["member_type"]]
        lw = 1.0 if m["storey"] == 0 else w
        layers[m["storey"]][0] += lw * m["dangerous"]
        layers[m["storey"]][1] += lw * m["total"]
        whole[0] += w * m["dangerous"]
        whole[1] += w * m["total"]
    du = sum(1 for d, t in layers.values() if d / t >= 0.25)
    r = whole[0] / whole[1]
    if r == 0:
        return "A"
    if r < 0.05:
        return "C" if du else "B"
    if r < 0.25:
        return "C" if du <= (storeys + basements + 1) / 3.0 else "D"
    return "D"


def _ground_dangerous(i, storeys):
    v = lambda k: i[k] or 0  # noqa: E731
    return ((v("settlement_mm_month") > 4 and v("settlement_months") >= 2 and v("settlement_ongoing"))
            or ((v("crack_max_mm") > 10 or v("cracks_over_5mm") >= 2) and v("tilt_pct") > 1)
            or v("tilt_pct") > (3 if storeys <= 2 else 2)
            or (v("sliding_mm") > 10 and v("sliding_ongoing")))


def test_inspection_members_give_the_appraised_grade(small_db):
    path, _ = small_db
    houses = {h["house_id"]: h for h in rows(path, "SELECT * FROM houses")}
    inspections = rows(path, "SELECT * FROM house_inspections")
    members = collections.defaultdict(list)
    for m in rows(path, "SELECT * FROM inspection_members"):
        members[m["inspection_id"]].append(m)
    kinds = collections.Counter(i["kind"] for i in inspections)
    assert set(kinds) == {"patrol", "screening", "appraisal", "recheck"}
    assert 0.2 < len({i["house_id"] for i in inspections}) / len(houses) < 0.9
    for i in inspections:
        h = houses[i["house_id"]]
        ms = members[i["inspection_id"]]
        assert i["inspected_on"] <= demo.DEMO_TODAY.isoformat()
        if i["kind"] != "appraisal":
            assert not ms and i["appraisal_grade"] is None
            continue
        assert i["appraisal_grade"] == h["appraisal_grade"] and i["inspected_on"] == h["appraised_on"]
        for m in ms:
            assert 0 <= m["dangerous"] <= m["total"]
            assert (m["storey"] == 0) == (m["member_type"] == "foundation")
            assert -h["basement_storeys"] <= m["storey"] <= h["storeys"]
        assert {m["storey"] for m in ms} == set(range(-h["basement_storeys"], h["storeys"] + 1))
        ground = _ground_dangerous(i, h["storeys"])
        assert _jgj125(ms, h["storeys"], h["basement_storeys"], ground) == i["appraisal_grade"], \
            i["inspection_id"]
        assert demo.grade_from_members(
            {s: {m["member_type"]: (m["total"], m["dangerous"]) for m in ms if m["storey"] == s}
             for s in {m["storey"] for m in ms}},
            h["storeys"], h["basement_storeys"], ground)[0] == i["appraisal_grade"]


# --- writing ---------------------------------------------------------------------------------------

def test_a_cancel_half_way_leaves_the_database_unchanged(tmp_path):
    path = new_db(tmp_path)
    before = counts(path)
    settings_before = rows(path, "SELECT * FROM settings ORDER BY key")
    calls = []

    def is_canceled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(demo_writer.DemoCanceled):
        demo_writer.write_demo_county(path, seed=3, is_canceled=is_canceled, chunk=50, **SMALL)
    assert len(calls) == 4
    assert counts(path) == before
    assert rows(path, "SELECT * FROM settings ORDER BY key") == settings_before
    assert not os.path.exists(path + "-journal")
    # and the database still takes the demo afterwards
    demo_writer.write_demo_county(path, seed=3, **SMALL)
    assert counts(path)["violations"] == SMALL["violations"]


def test_an_error_half_way_leaves_the_database_unchanged(tmp_path):
    path = new_db(tmp_path)
    before = counts(path)
    seen = []

    def area(wkt):
        seen.append(wkt)
        if len(seen) == 120:
            raise RuntimeError("boom")
        return 100.0

    with pytest.raises(RuntimeError, match="boom"):
        demo_writer.write_demo_county(path, seed=3, area_m2=area, chunk=50, **SMALL)
    assert counts(path) == before


def test_only_an_empty_database_in_epsg_4490_is_filled(tmp_path, small_db):
    with pytest.raises(gpkg.DatabaseError, match="empty"):
        demo_writer.write_demo_county(small_db[0], seed=3, **SMALL)
    other = gpkg.create(str(tmp_path / "utm.gpkg"), COUNTY, crs="EPSG:4549")
    with pytest.raises(gpkg.DatabaseError, match="EPSG:4490"):
        demo_writer.write_demo_county(other, seed=3, **SMALL)


def test_summary_settings_and_progress(tmp_path):
    path = new_db(tmp_path, county="330683")
    seen = []
    summary = demo_writer.write_demo_county(path, seed=2, progress=seen.append, chunk=50, **SMALL)
    assert summary["county_code"] == "330683"
    assert summary["tables"] == {t: n for t, n in counts(path).items() if t in summary["tables"]}
    assert summary["tables"]["violations"] == SMALL["violations"]
    assert summary["tables"]["zones"] == 1 + SMALL["townships"] + SMALL["villages"]
    assert summary["area_source"] == "planar"
    assert seen == sorted(seen) and seen[-1] == 100.0 and len(seen) > 5
    con = gpkg.connect(path)
    try:
        s = gpkg.read_settings(con)
        assert s["county_name"] == "新城县" and s["county_code"] == "330683"
        assert s["campaign_start"] < s["campaign_end"]
        codes_ = [r[0] for r in con.execute("SELECT zone_code FROM zones")]
        assert all(c.startswith("330683") for c in codes_)
        assert con.execute("SELECT count(*) FROM houses WHERE house_id NOT LIKE 'YH330683%'"
                           ).fetchone()[0] == 0
    finally:
        con.close()


def test_ellipsoidal_areas_match_the_planar_approximation(tmp_path, qgis_app):
    from liangwei.plugin.gis.area import AreaCalculator
    calc = AreaCalculator("EPSG:4490")
    worst = 0.0
    for v in demo.DemoCounty(seed=3, **SMALL).violations():
        e = calc.area_m2(v["geom"])
        worst = max(worst, abs(e - v["_area_m2"]) / e)
    assert worst < 1e-5, worst
    path = new_db(tmp_path)
    summary = demo_writer.write_demo_county(path, seed=3, area_m2=calc.area_m2, **SMALL)
    assert summary["area_source"] == "callable"
    for r in rows(path, "SELECT area_m2, geom FROM violations"):
        assert r["area_m2"] == round(calc.area_m2(geometry(r["geom"]).ExportToWkt()), 2)


def test_default_size_is_written_in_seconds(tmp_path):
    path = new_db(tmp_path)
    t0 = time.time()
    summary = demo_writer.write_demo_county(path)
    elapsed = time.time() - t0
    print("\ndefault demo county (30/500/2000/6000): %.2f s, %.1f MB, %s"
          % (elapsed, os.path.getsize(path) / 1e6, summary["tables"]))
    assert summary["tables"]["zones"] == 531
    assert summary["tables"]["violations"] == 2000 and summary["tables"]["houses"] == 6000
    assert elapsed < 60


def test_the_command_line_script(tmp_path, repo_root):
    out = tmp_path / "cli.gpkg"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    cmd = [sys.executable, str(repo_root / "scripts" / "demo_county.py"), str(out),
           "--townships", "3", "--villages", "12", "--violations", "30", "--seed", "9"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert "violations" in done.stdout and "ellipsoidal" in done.stdout
    assert counts(str(out))["violations"] == 30
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=240)
    assert again.returncode != 0 and "--overwrite" in again.stderr
    assert subprocess.run(cmd + ["--overwrite", "--planar"], env=env, capture_output=True,
                          timeout=240).returncode == 0
