"""liangwei:validate_database: exactly the problems planted in a small database, none in
a clean one; on a demo county, the same problems an independent geopandas / shapely
computation finds."""

import collections
import datetime
import sqlite3

import geopandas as gpd
import pytest
from pyproj import Geod
from qgis.core import QgsProcessingException

from liangwei.plugin.core import codes
from liangwei.plugin.store import demo_writer, gpkg
from lwtest import Recorder

AS_OF = "2025-06-30"
RECENT = "2025-06-20T08:00:00.000Z"


def rect(x0, y0, x1, y1):
    return "MULTIPOLYGON(((%r %r, %r %r, %r %r, %r %r, %r %r)))" % (
        x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


def square(x, y, d=0.0002):
    return rect(x, y, x + d, y + d)


T1, T2 = "330624100", "330624101"
V1, V2, V3 = "330624100201", "330624100202", "330624101201"


def build(path, planted):
    """Two townships, three villages, clean cases and houses; with `planted`, one problem
    of each kind."""
    gpkg.create(path, "330624")
    con = gpkg.connect(path)
    ids = {}
    with gpkg.transaction(con):
        for code, name, level, parent, wkt in (
                ("330624", "新城县", "county", None, rect(120.60, 29.40, 120.64, 29.42)),
                (T1, "城关镇", "township", "330624", rect(120.60, 29.40, 120.62, 29.42)),
                (T2, "南山乡", "township", "330624", rect(120.62, 29.40, 120.64, 29.42)),
                (V1, "东山村", "village", T1, rect(120.60, 29.40, 120.61, 29.42)),
                (V2, "西湖村", "village", T1, rect(120.61, 29.40, 120.62, 29.42)),
                (V3, "南山村", "village", T2, rect(120.62, 29.40, 120.64, 29.42))):
            gpkg.insert(con, "zones", {"zone_code": code, "zone_name": name, "level": level,
                                       "parent_code": parent, "geom": wkt})

        def case(key, wkt, township=T1, village=V1, created=RECENT):
            fid = gpkg.insert(con, "violations", {"township_code": township, "village_code": village,
                                                  "geom": wkt, "created_at": created})
            ids[key] = (fid, con.execute("SELECT case_id FROM violations WHERE fid = ?",
                                         (fid,)).fetchone()[0])

        def house(key, wkt, n, township=T1, village=V1, **kw):
            row = {"house_id": "YH330624%09d" % n, "township_code": township,
                   "village_code": village, "geom": wkt}
            row.update(kw)
            ids[key] = (gpkg.insert(con, "houses", row), row["house_id"])

        # clean: cases in each village, two sharing an edge, a closed case overlapping an
        # open one, an old case with a recent event, houses graded C (no measure needed)
        # and D with measures
        case("ok1", square(120.602, 29.402))
        case("edge1", square(120.604, 29.402))
        case("edge2", square(120.6042, 29.402))
        case("ok2", square(120.612, 29.402), village=V2)
        case("ok3", square(120.622, 29.402), T2, V3)
        case("closed", square(120.6061, 29.4021))
        case("open_near_closed", square(120.606, 29.402))
        gpkg.add_case_event(con, ids["closed"][1], "not_filed", note="不构成违建",
                            at="2025-01-05T08:00:00.000Z")
        case("old_but_active", square(120.608, 29.402), created="2025-01-01T08:00:00.000Z")
        gpkg.add_case_event(con, ids["old_but_active"][1], "verified", at="2025-06-25T08:00:00Z")
        house("h_ok", "POINT(120.603 29.405)", 1)
        house("h_c", "POINT(120.613 29.405)", 2, village=V2, appraisal_status="done",
              appraisal_grade="C")
        house("h_d_ok", "POINT(120.623 29.405)", 3, T2, V3, appraisal_status="done",
              appraisal_grade="D", measures=codes.join_multi(["cordon", "evacuate"]))
        if planted:
            case("invalid_geometry",    # a bow tie
                 "MULTIPOLYGON(((120.625 29.41, 120.6252 29.4102, 120.6252 29.41, "
                 "120.625 29.4102, 120.625 29.41)))", T2, V3)
            case("missing_field", square(120.603, 29.41), township=None, village=None)
            case("township_mismatch", square(120.63, 29.41), T1, V1)
            case("village_mismatch", square(120.615, 29.41), T1, V1)
            case("overlap_a", square(120.605, 29.415))
            case("overlap_b", square(120.6051, 29.4151))
            case("stale_case", square(120.607, 29.415), created="2025-04-01T08:00:00.000Z")
            house("empty_geometry", None, 10)
            house("outside_zones", "POINT(120.70 29.41)", 11)
            house("d_house_without_measures", "POINT(120.604 29.41)", 12,
                  appraisal_status="done", appraisal_grade="D")
    con.close()
    return ids


def layers(path):
    return {"VIOLATIONS": "%s|layername=violations" % path, "HOUSES": "%s|layername=houses" % path,
            "ZONES": "%s|layername=zones" % path}


def validate(path, tmp_path, name="problems", **extra):
    import processing
    params = dict(layers(path), AS_OF=AS_OF, OUTPUT=str(tmp_path / ("%s.gpkg" % name)))
    params.update(extra)
    feedback = Recorder()
    result = processing.run("liangwei:validate_database", params, feedback=feedback)
    return result, gpd.read_file(params["OUTPUT"]), feedback


def test_clean_database_has_no_problem(provider, tmp_path):
    path = str(tmp_path / "clean.gpkg")
    build(path, planted=False)
    result, problems, feedback = validate(path, tmp_path)
    assert result["PROBLEMS"] == 0 and len(problems) == 0, problems[["code", "message"]]
    assert any("Problems found: 0" in line for line in feedback.infos)


def test_planted_problems_one_of_each(provider, tmp_path):
    path = str(tmp_path / "planted.gpkg")
    ids = build(path, planted=True)
    result, problems, feedback = validate(path, tmp_path)
    counts = collections.Counter(problems.problem)
    assert counts == {k: 1 for k in ("invalid_geometry", "empty_geometry", "missing_field",
                                     "township_mismatch", "village_mismatch", "outside_zones",
                                     "overlapping_open_cases", "stale_case",
                                     "d_house_without_measures")}
    assert result["PROBLEMS"] == 9
    rows = {r.problem: r for _, r in problems.iterrows()}
    for key in ("invalid_geometry", "missing_field", "township_mismatch", "village_mismatch",
                "stale_case"):
        assert (rows[key].layer, rows[key].feature_id, rows[key].code) == \
            ("violations", ids[key][0], ids[key][1]), key
    for key in ("empty_geometry", "outside_zones", "d_house_without_measures"):
        assert (rows[key].layer, rows[key].feature_id, rows[key].code) == \
            ("houses", ids[key][0], ids[key][1]), key
    assert rows["empty_geometry"].geometry is None or rows["empty_geometry"].geometry.is_empty
    # the point of a problem lies on its feature
    assert gpd.GeoSeries.from_wkt([square(120.63, 29.41)])[0].contains(
        rows["township_mismatch"].geometry)
    assert rows["outside_zones"].geometry.equals(gpd.GeoSeries.from_wkt(["POINT(120.70 29.41)"])[0])
    # the pair once, on the lower feature id, naming both cases; overlap area measured
    pair = rows["overlapping_open_cases"]
    assert pair.feature_id == ids["overlap_a"][0] and pair.code == ids["overlap_a"][1]
    assert ids["overlap_b"][1] in pair.message
    geod = Geod(ellps="GRS80")
    overlap = gpd.GeoSeries.from_wkt([square(120.6051, 29.4151)]).intersection(
        gpd.GeoSeries.from_wkt([square(120.605, 29.415)]))[0]
    overlap_m2 = abs(geod.geometry_area_perimeter(overlap)[0])
    assert "%.2f m²" % overlap_m2 in pair.message
    assert overlap.contains(pair.geometry)
    assert "90 days" in rows["stale_case"].message and "2025-04-01" in rows["stale_case"].message
    assert "township_code" in rows["missing_field"].message
    assert T2 in rows["township_mismatch"].message and V2 in rows["village_mismatch"].message
    for problem, n in counts.items():
        assert "%s: %d problem(s)" % (problem, n) in feedback.infos


def test_stale_days_from_setting_and_parameter(provider, tmp_path):
    path = str(tmp_path / "planted.gpkg")
    build(path, planted=True)
    gpkg.write_settings(gpkg.connect(path), {"stale_days": 100})
    _, problems, _ = validate(path, tmp_path, "a")
    assert "stale_case" not in set(problems.problem)             # 90 days ≤ 100 (setting)
    _, problems, _ = validate(path, tmp_path, "b", STALE_DAYS=5)
    stale = problems[problems.problem == "stale_case"]
    # every open case: the recent ones are 10 days old, old_but_active 5 days (not stale)
    con = sqlite3.connect(path)
    open_cases = [r[0] for r in con.execute(
        "SELECT case_id FROM violations WHERE status NOT IN ('closed', 'not_filed')")]
    con.close()
    assert len(stale) == len(open_cases) - 1


def test_plain_layer_skips_stale_check(provider, tmp_path):
    path = str(tmp_path / "planted.gpkg")
    build(path, planted=True)
    plain = str(tmp_path / "plain.gpkg")
    gpd.read_file(path, layer="violations").to_file(plain, layer="cases", driver="GPKG",
                                                    VERSION="1.2")
    _, problems, feedback = validate(path, tmp_path, VIOLATIONS=plain)
    assert "stale_case" not in set(problems.problem)
    assert len(problems) == 8
    assert any("stale cases was skipped" in line for line in feedback.infos)


def test_wrong_layer_is_refused(provider, tmp_path):
    import processing
    path = str(tmp_path / "clean.gpkg")
    build(path, planted=False)
    params = dict(layers(path), OUTPUT="memory:")
    params["HOUSES"] = "%s|layername=zones" % path
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:validate_database", params, feedback=Recorder())
    assert "house_id" in str(info.value)


# --- demo county against an independent computation ------------------------------------------

def test_demo_county_against_geopandas(provider, tmp_path):
    path = str(tmp_path / "demo.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=5, townships=3, villages=12, violations=120,
                                  houses=60)
    _, problems, _ = validate(path, tmp_path)

    viol = gpd.read_file(path, layer="violations", fid_as_index=True)
    zones = gpd.read_file(path, layer="zones")
    houses = gpd.read_file(path, layer="houses", fid_as_index=True)
    geod = Geod(ellps="GRS80")

    def largest(geom, candidates):
        best, best_area = None, 0.0
        for code, zg in candidates:
            if zg.contains(geom):
                return code
            part = zg.intersection(geom).area if geom.area > 0 else float(zg.intersects(geom))
            if part > best_area:
                best, best_area = code, part
        return best

    towns = [(r.zone_code, r.geometry) for _, r in zones.iterrows()
             if r.level in ("township", "street", "park")]
    vills = [(r.zone_code, r.geometry, r.parent_code) for _, r in zones.iterrows()
             if r.level in ("village", "community")]
    want = set()
    for layer, frame in (("violations", viol), ("houses", houses)):
        for fid, r in frame.iterrows():
            t = largest(r.geometry, towns)
            v = largest(r.geometry, [(c, g) for c, g, p in vills if p == t])
            if r.township_code != t:
                want.add((layer, fid, "township_mismatch"))
            elif r.village_code and r.village_code != v:
                want.add((layer, fid, "village_mismatch"))
    open_ = viol[~viol.status.isin(["closed", "not_filed"])]
    for fa, ra in open_.iterrows():
        for fb, rb in open_.iterrows():
            if fb > fa and ra.geometry.intersects(rb.geometry):
                inter = ra.geometry.intersection(rb.geometry)
                if abs(geod.geometry_area_perimeter(inter)[0]) > 0.01:
                    want.add(("violations", fa, "overlapping_open_cases"))
    con = sqlite3.connect(path)
    last = dict(con.execute("SELECT case_id, MAX(at) FROM case_events GROUP BY case_id"))
    con.close()
    as_of = datetime.date.fromisoformat(AS_OF)
    for fid, r in open_.iterrows():
        if (as_of - datetime.date.fromisoformat(last[r.case_id][:10])).days > 30:
            want.add(("violations", fid, "stale_case"))
    for fid, r in houses.iterrows():
        if r.appraisal_grade == "D" and not codes.split_multi(r.measures):
            want.add(("houses", fid, "d_house_without_measures"))

    got = {(r.layer, r.feature_id, r.problem) for _, r in problems.iterrows()}
    assert len(got) == len(problems)
    assert got == want
    kinds = {p for _, _, p in want}
    assert {"stale_case"} <= kinds          # the demo has lingering cases
