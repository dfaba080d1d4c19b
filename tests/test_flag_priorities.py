"""liangwei:flag_priorities on a small demo county with hand-made reference layers,
checked against an independent computation (geopandas / shapely / pyproj in the
CGCS2000 Gauss–Krüger zone EPSG:4549)."""

import shutil
import sqlite3

import geopandas as gpd
import pytest
from qgis.core import QgsProcessingException
from shapely.geometry import LineString, Point, box
from shapely.ops import unary_union

from liangwei.plugin.store import demo_writer, gpkg
from lwtest import Recorder

FLAGS = ("flag_cadre", "flag_four_sides", "flag_obstructs", "flag_unsafe", "flag_typical",
         "flag_farmland")
DEFAULT_WEIGHTS = {"flag_cadre": 30, "flag_four_sides": 15, "flag_obstructs": 15,
                   "flag_unsafe": 25, "flag_typical": 10, "flag_farmland": 20}
DB_WEIGHTS = dict(DEFAULT_WEIGHTS, flag_typical=12)      # written into the database settings
TOUCH_M = 0.01       # a house within 1 cm touches the case (core/priorities.py)
GK = "EPSG:4549"     # CGCS2000 3° Gauss–Krüger, CM 120°E (the demo county lies at 120.9°E)


def run(params):
    import processing
    feedback = Recorder()
    return processing.run("liangwei:flag_priorities", params, feedback=feedback), feedback


def far_apart(gdf, n, gap):
    """Indexes of n features at least `gap` metres from each other (greedy, by fid)."""
    chosen = []
    for i in gdf.index:
        if all(gdf.geometry[i].distance(gdf.geometry[j]) > gap for j in chosen):
            chosen.append(i)
        if len(chosen) == n:
            return chosen
    raise AssertionError("the demo county is too small for the test")


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """A demo county database (EPSG:4490) and reference layers built around chosen cases
    in Gauss–Krüger metres; returns a dict of paths and the chosen case numbers."""
    folder = tmp_path_factory.mktemp("flags")
    db = str(folder / "county.gpkg")
    gpkg.create(db, "330624")
    demo_writer.write_demo_county(db, seed=3, townships=2, villages=6, violations=40, houses=20)
    viol = gpd.read_file(db, layer="violations", fid_as_index=True).sort_index()
    gk = viol.to_crs(GK)
    a, b, c, d, e, f, g, h, i, j, k = [gk.case_id[x] for x in far_apart(gk, 11, 300)]

    def geom(case):
        return gk.geometry[gk.index[gk.case_id == case][0]]

    def east_vertex(case):
        xs, ys = zip(*[pt for poly in geom(case).geoms for pt in poly.exterior.coords])
        m = max(range(len(xs)), key=xs.__getitem__)
        return xs[m], ys[m]

    xa, ya = east_vertex(a)          # road 49 m east of A
    road = LineString([(xa + 49, ya - 10), (xa + 49, ya + 10)])
    xb, yb = east_vertex(b)          # river (a polygon) 51 m east of B
    river = box(xb + 51, yb - 10, xb + 80, yb + 10)
    xk, yk = east_vertex(k)          # railway 30 m east of K
    rail = LineString([(xk + 30, yk - 10), (xk + 30, yk + 10)])
    hill = geom(c).centroid.buffer(15)
    farmland = geom(d).buffer(5).difference(geom(d).buffer(-2))     # a ring across its edge
    project = box(*geom(e).centroid.buffer(8).bounds)
    def lonlat(case):
        return viol.geometry[viol.index[viol.case_id == case][0]]

    houses = gpd.GeoDataFrame(
        {"house_id": ["H1", "H2", "H3", "H4", "H5"],
         "appraisal_grade": ["C", "D", None, "B", "A"],
         "screening": ["some", None, "serious", "some", "none"]},
        geometry=[lonlat(f).representative_point(),                     # C inside
                  Point(lonlat(g).geoms[0].exterior.coords[1]),         # D on a vertex
                  lonlat(h).representative_point(),                     # serious inside
                  lonlat(i).representative_point(),                     # B: not unsafe
                  lonlat(j).representative_point()], crs="EPSG:4490")   # A: not unsafe

    refs = {"ROADS": gpd.GeoDataFrame({"name": ["国道"]}, geometry=[road], crs=GK),
            "RAILWAYS": gpd.GeoDataFrame({"name": ["铁路"]}, geometry=[rail], crs=GK),
            "RIVERS": gpd.GeoDataFrame({"name": ["剡溪"]}, geometry=[river], crs=GK),
            "HILLS": gpd.GeoDataFrame({"name": ["山"]}, geometry=[hill], crs=GK),
            "FARMLAND": gpd.GeoDataFrame({"dlmc": ["水田"]}, geometry=[farmland], crs=GK),
            "PROJECTS": gpd.GeoDataFrame({"xmmc": ["规划道路"]}, geometry=[project], crs=GK),
            "HOUSES": houses}

    # Facts entered by staff: one cadre case (A), one flagged cadre that is not (B),
    # typical on C; every stored spatial flag of F and of the last case set wrong.
    last = viol.case_id[viol.index.max()]
    con = gpkg.connect(db)
    with gpkg.transaction(con):
        gpkg.update(con, "violations", "case_id", a, {"party_type": "cadre"})
        gpkg.update(con, "violations", "case_id", b, {"party_type": "individual", "flag_cadre": 1})
        gpkg.update(con, "violations", "case_id", c, {"flag_typical": 1})
        gpkg.update(con, "violations", "case_id", f, {"flag_unsafe": 0})
        gpkg.update(con, "violations", "case_id", last, {"priority_score": 999})
        gpkg.update(con, "violations", "case_id", d, {"flag_farmland": 0, "flag_obstructs": 1})
    con.close()
    gpkg.write_settings(gpkg.connect(db), {"priority_weight_typical": 12.0})

    paths = {}
    for crs_name, crs in (("4490", "EPSG:4490"), ("mixed", None)):
        for name, frame in refs.items():
            # the mixed set: lines in WGS 84, polygons in Gauss–Krüger, houses in CGCS2000
            target = crs or {"ROADS": "EPSG:4326", "RAILWAYS": "EPSG:4326",
                             "HOUSES": "EPSG:4490"}.get(name, GK)
            path = str(folder / ("%s_%s.gpkg" % (name.lower(), crs_name)))
            frame.to_crs(target).to_file(path, layer=name.lower(), driver="GPKG", VERSION="1.2")
            paths[(crs_name, name)] = path
    pristine = str(folder / "pristine.gpkg")
    shutil.copy(db, pristine)
    return {"db": db, "pristine": pristine, "paths": paths, "refs": refs, "last": last,
            "cases": dict(zip("abcdefghijk", (a, b, c, d, e, f, g, h, i, j, k)))}


def violations_uri(path):
    return "%s|layername=violations" % path


def expected_flags(viol, refs, limit=50.0, given=None):
    """{case_id: {flag: bool}} computed independently with shapely in EPSG:4549."""
    given = set(refs) if given is None else set(given)
    gk = viol.to_crs(GK)
    ref = {name: unary_union(list(refs[name].to_crs(GK).geometry)) for name in given
           if name != "HOUSES"}
    houses = None
    if "HOUSES" in given:
        hs = refs["HOUSES"].to_crs(GK)
        unsafe = hs[hs.appraisal_grade.isin(["C", "D"]) | (hs.screening == "serious")]
        houses = unary_union(list(unsafe.geometry))
    out = {}
    for _, row in gk.iterrows():
        g = row.geometry
        flags = {f: bool(row[f]) for f in FLAGS}
        flags["flag_cadre"] = row.party_type == "cadre"
        sides = [ref[n] for n in ("ROADS", "RAILWAYS", "RIVERS") if n in ref]
        if sides or "HILLS" in ref:
            flags["flag_four_sides"] = (any(g.distance(s) <= limit for s in sides)
                                        or ("HILLS" in ref and g.intersects(ref["HILLS"])))
        if "PROJECTS" in ref:
            flags["flag_obstructs"] = g.intersects(ref["PROJECTS"])
        if houses is not None:
            flags["flag_unsafe"] = g.distance(houses) <= TOUCH_M
        if "FARMLAND" in ref:
            flags["flag_farmland"] = g.intersects(ref["FARMLAND"])
        out[row.case_id] = flags
    return out


def score(flags, weights):
    return float(sum(weights[f] for f in FLAGS if flags[f]))


def read_output(path):
    out = gpd.read_file(path)
    return {r.case_id: r for _, r in out.iterrows()}


def reference_params(county, crs_name, names=None):
    names = county["refs"] if names is None else names
    return {name: county["paths"][(crs_name, name)] for name in names}


def test_flags_in_cgcs2000_against_shapely(provider, county, tmp_path):
    db = county["db"]
    viol = gpd.read_file(db, layer="violations")
    out = str(tmp_path / "flags.gpkg")
    params = dict(reference_params(county, "4490"), VIOLATIONS=violations_uri(db), OUTPUT=out)
    result, feedback = run(params)
    assert result["UPDATED"] == 0
    assert any("EPSG:4549" in line for line in feedback.infos)       # the chosen GK zone
    got = read_output(out)
    want = expected_flags(viol, county["refs"])
    assert set(got) == set(want) and len(got) == len(viol) == 40
    for case_id, flags in want.items():
        for flag in FLAGS:
            assert bool(got[case_id][flag]) == flags[flag], (case_id, flag)
        assert got[case_id].priority_score == pytest.approx(score(flags, DB_WEIGHTS))
        assert got[case_id].status == viol.set_index("case_id").status[case_id]

    c = county["cases"]
    gk = viol.to_crs(GK).set_index("case_id")
    refs = {n: county["refs"][n].geometry.iloc[0] for n in ("ROADS", "RIVERS")}
    # the 50 m threshold on both sides: 49 m flagged, 51 m not
    assert gk.geometry[c["a"]].distance(refs["ROADS"]) == pytest.approx(49.0, abs=1e-3)
    assert gk.geometry[c["b"]].distance(refs["RIVERS"]) == pytest.approx(51.0, abs=1e-3)
    assert got[c["a"]].flag_four_sides and not got[c["b"]].flag_four_sides
    assert got[c["k"]].flag_four_sides          # railway at 30 m
    assert got[c["c"]].flag_four_sides          # on the hill
    assert got[c["d"]].flag_farmland and not got[c["d"]].flag_obstructs
    assert got[c["e"]].flag_obstructs
    for key in "fgh":                            # C inside, D on the edge, serious inside
        assert got[c[key]].flag_unsafe, key
    for key in "ij":                             # grades B and A
        assert not got[c[key]].flag_unsafe, key
    assert got[c["a"]].flag_cadre and not got[c["b"]].flag_cadre
    assert got[c["c"]].flag_typical
    # A: cadre + four sides = 30 + 15; C: four sides + typical (database weight 12)
    assert got[c["a"]].priority_score == 45.0 + (20 if got[c["a"]].flag_farmland else 0) \
        + (25 if got[c["a"]].flag_unsafe else 0) + (12 if got[c["a"]].flag_typical else 0) \
        + (15 if got[c["a"]].flag_obstructs else 0)
    assert got[c["c"]].priority_score == score(want[c["c"]], DB_WEIGHTS) >= 27.0


def test_flags_in_gauss_kruger_with_mixed_reference_crs(provider, county, tmp_path):
    """Violations in EPSG:4549 (not a project database: default weights), references in
    WGS 84, CGCS2000 and Gauss–Krüger."""
    viol = gpd.read_file(county["db"], layer="violations")
    src = str(tmp_path / "violations_4549.gpkg")
    viol.to_crs(GK).to_file(src, layer="cases",
                                                                      driver="GPKG")
    out = str(tmp_path / "flags.gpkg")
    result, feedback = run(dict(reference_params(county, "mixed"), VIOLATIONS=src, OUTPUT=out))
    got = read_output(out)
    want = expected_flags(viol, county["refs"])
    assert len(got) == 40
    for case_id, flags in want.items():
        for flag in FLAGS:
            assert bool(got[case_id][flag]) == flags[flag], (case_id, flag)
        assert got[case_id].priority_score == pytest.approx(score(flags, DEFAULT_WEIGHTS))
    assert any("EPSG:4549" in line for line in feedback.infos)
    c = county["cases"]
    assert got[c["a"]].flag_four_sides and not got[c["b"]].flag_four_sides


def test_layers_not_given_keep_the_entered_flags(provider, county, tmp_path):
    db = county["db"]
    viol = gpd.read_file(db, layer="violations")
    out = str(tmp_path / "flags.gpkg")
    given = ("HILLS", "HOUSES")
    run(dict(reference_params(county, "4490", given), VIOLATIONS=violations_uri(db), OUTPUT=out))
    got = read_output(out)
    want = expected_flags(viol, county["refs"], given=given)
    stored = viol.set_index("case_id")
    for case_id, flags in want.items():
        for flag in FLAGS:
            assert bool(got[case_id][flag]) == flags[flag], (case_id, flag)
        for flag in ("flag_obstructs", "flag_farmland", "flag_typical"):
            assert bool(got[case_id][flag]) == bool(stored[flag][case_id])
    d = county["cases"]["d"]
    assert got[d].flag_obstructs and not got[d].flag_farmland     # as entered in the fixture


def test_side_distance_setting_and_parameter(provider, county, tmp_path):
    c = county["cases"]
    db = str(tmp_path / "wider.gpkg")
    shutil.copy(county["pristine"], db)
    gpkg.write_settings(gpkg.connect(db), {"side_distance_m": 52.0})
    roads_rivers = reference_params(county, "4490", ("ROADS", "RIVERS"))
    out = str(tmp_path / "a.gpkg")
    _, feedback = run(dict(roads_rivers, VIOLATIONS=violations_uri(db), OUTPUT=out))
    got = read_output(out)
    assert got[c["a"]].flag_four_sides and got[c["b"]].flag_four_sides     # 51 ≤ 52
    assert any("52" in line and "database" in line for line in feedback.infos)
    for limit, a_flag, b_flag in ((48.5, False, False), (51.5, True, True), (50.5, True, False)):
        out = str(tmp_path / ("l%s.gpkg" % limit))
        run(dict(roads_rivers, VIOLATIONS=violations_uri(db), OUTPUT=out, SIDE_DISTANCE=limit))
        got = read_output(out)
        assert bool(got[c["a"]].flag_four_sides) is a_flag, limit
        assert bool(got[c["b"]].flag_four_sides) is b_flag, limit


def stored_rows(path):
    con = sqlite3.connect(path)
    try:
        return {r[0]: r[1:] for r in con.execute(
            "SELECT case_id, %s, priority_score, updated_at FROM violations" % ", ".join(FLAGS))}
    finally:
        con.close()


def test_update_input_writes_exactly_the_output(provider, county, tmp_path):
    db = str(tmp_path / "update.gpkg")
    shutil.copy(county["pristine"], db)
    before = stored_rows(db)
    out = str(tmp_path / "flags.gpkg")
    result, feedback = run(dict(reference_params(county, "4490"), VIOLATIONS=violations_uri(db),
                                OUTPUT=out, UPDATE_INPUT=True))
    got = read_output(out)
    after = stored_rows(db)
    changed = 0
    for case_id, row in after.items():
        assert list(row[:6]) == [int(bool(got[case_id][f])) for f in FLAGS], case_id
        assert row[6] == pytest.approx(got[case_id].priority_score)
        if row[:7] != before[case_id][:7]:
            changed += 1
            assert row[7] != before[case_id][7]          # updated_at kept by the database
        else:
            assert row[7] == before[case_id][7]          # unchanged cases are not rewritten
    assert changed == result["UPDATED"] > 0
    # a second run finds nothing to change
    result, _ = run(dict(reference_params(county, "4490"), VIOLATIONS=violations_uri(db),
                         OUTPUT=str(tmp_path / "again.gpkg"), UPDATE_INPUT=True))
    assert result["UPDATED"] == 0 and stored_rows(db) == after


def test_update_input_is_all_or_nothing(provider, county, tmp_path):
    import processing
    db = str(tmp_path / "fail.gpkg")
    shutil.copy(county["pristine"], db)
    last = county["last"]       # the last case to be written (highest fid, score set to 999)
    con = sqlite3.connect(db)
    con.execute("CREATE TRIGGER test_refuse BEFORE UPDATE OF priority_score ON violations "
                "WHEN NEW.case_id = '%s' BEGIN SELECT RAISE(ABORT, 'refused by test'); END" % last)
    con.commit()
    con.close()
    before = stored_rows(db)
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:flag_priorities",
                       dict(reference_params(county, "4490"), VIOLATIONS=violations_uri(db),
                            OUTPUT=str(tmp_path / "flags.gpkg"), UPDATE_INPUT=True),
                       feedback=Recorder())
    assert last in str(info.value) and "refused by test" in str(info.value)
    assert "Nothing was written back" in str(info.value)
    assert stored_rows(db) == before


def test_update_input_needs_a_project_database(provider, county, tmp_path):
    import processing
    viol = gpd.read_file(county["db"], layer="violations")
    src = str(tmp_path / "plain.gpkg")
    viol.to_file(src, layer="cases", driver="GPKG")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:flag_priorities",
                       {"VIOLATIONS": src, "OUTPUT": "memory:", "UPDATE_INPUT": True},
                       feedback=Recorder())
    assert "is not the table violations" in str(info.value)


def test_selected_features_only_are_written_back(provider, county, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer
    db = str(tmp_path / "selection.gpkg")
    shutil.copy(county["pristine"], db)
    before = stored_rows(db)
    layer = QgsVectorLayer(violations_uri(db), "violations", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        f_fid = [f.id() for f in layer.getFeatures() if f["case_id"] == county["cases"]["f"]]
        layer.selectByIds(f_fid)
        out = str(tmp_path / "flags.gpkg")
        result, _ = run(dict(reference_params(county, "4490"), OUTPUT=out, UPDATE_INPUT=True,
                             VIOLATIONS=QgsProcessingFeatureSourceDefinition(layer.id(), True)))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    after = stored_rows(db)
    assert list(read_output(out)) == [county["cases"]["f"]]
    assert result["UPDATED"] == 1
    assert {k for k in after if after[k] != before[k]} == {county["cases"]["f"]}
    assert after[county["cases"]["f"]][FLAGS.index("flag_unsafe")] == 1


def test_cancel_writes_nothing(provider, county, tmp_path):
    import processing
    db = str(tmp_path / "cancel.gpkg")
    shutil.copy(county["pristine"], db)
    before = stored_rows(db)
    feedback = Recorder()
    feedback.progressChanged.connect(lambda p: p >= 50 and feedback.cancel())
    result = processing.run("liangwei:flag_priorities",
                            dict(reference_params(county, "4490"), VIOLATIONS=violations_uri(db),
                                 OUTPUT=str(tmp_path / "flags.gpkg"), UPDATE_INPUT=True),
                            feedback=feedback)
    assert result["UPDATED"] == 0
    assert any("nothing was written back" in line for line in feedback.infos)
    assert stored_rows(db) == before
