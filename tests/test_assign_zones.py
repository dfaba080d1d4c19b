"""liangwei:assign_zones: township and village by the largest overlap, checked against an
independent geopandas computation (overlay areas in a Gauss–Krüger CRS) on a small demo
county and on hand-made polygons straddling boundaries; the same codes whatever the
input's CRS; multipart, invalid, lines, points, outside every zone; refusals."""

import os
import subprocess

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                       QgsProcessingException, QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant
from shapely import wkt as shapely_wkt
from lwtest import Recorder, memory_layer

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOWNSHIP_LEVELS = ("township", "street", "park")
VILLAGE_LEVELS = ("village", "community")
GK = "EPSG:4549"      # CGCS2000 / 3-degree Gauss-Kruger CM 120E


# --- fixtures and helpers ---------------------------------------------------------------


def assign(layer, zones, feedback=None):
    """({input fid: (township, village, share)}, output layer, feedback)."""
    import processing
    feedback = feedback or Recorder()
    result = processing.run("liangwei:assign_zones", {
        "INPUT": layer, "ZONES": zones, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    out = result["OUTPUT"]
    codes = {}
    for f in out.getFeatures():
        codes[f.id()] = tuple(None if v is None or v == QVariant() else v
                              for v in (f["township_code"], f["village_code"], f["zone_share"]))
    return codes, out, feedback


def refused(params):
    import processing
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:assign_zones", dict(params, OUTPUT="TEMPORARY_OUTPUT"),
                       feedback=Recorder())
    return str(info.value)


def transformed(layer, crs):
    """A copy of a memory layer in another CRS (same fids, same attributes)."""
    kind = {0: "MultiPoint", 1: "MultiLineString", 2: "MultiPolygon"}[layer.geometryType()]
    tr = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(crs),
                                QgsProject.instance().transformContext())
    rows = []
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry())
        assert g.transform(tr) == 0
        rows.append((f.attributes(), g))
    fields = [(fld.name(), fld.type()) for fld in layer.fields()]
    return memory_layer(kind, crs, rows, fields)


def frame(layer):
    """A GeoDataFrame of a QGIS layer (fid, attributes, geometry) — only the data is
    taken from QGIS, every computation on it is geopandas/shapely."""
    records, geoms = [], []
    names = layer.fields().names()
    for f in layer.getFeatures():
        records.append(dict({n: (None if f[n] == QVariant() else f[n]) for n in names},
                            fid=f.id()))
        geoms.append(shapely_wkt.loads(f.geometry().asWkt(17)))
    return gpd.GeoDataFrame(records, geometry=geoms, crs=layer.crs().authid())


# --- the independent computation --------------------------------------------------------

def reference(features, zones, crs=GK, tie=1e-4):
    """{fid: (township, village, share)} by geopandas: intersections of every feature
    with every zone in `crs` (overlay for polygons), the township holding the largest
    part (ties within `tie` of the feature to the lower code), then the village of that
    township holding the largest part."""
    feats = features.to_crs(crs)[["fid", "geometry"]]
    zones = zones.to_crs(crs).copy()
    zones["code"] = zones["zone_code"].astype(str)
    zones["parent"] = zones["parent_code"].astype(str)
    kind = feats.geom_type.iloc[0]
    if "Polygon" in kind:
        feats["geometry"] = feats.geometry.make_valid()
        total = dict(zip(feats.fid, feats.area))
    elif "Line" in kind:
        total = dict(zip(feats.fid, feats.length))
    else:
        total = dict(zip(feats.fid, shapely.get_num_geometries(feats.geometry.values)))

    def parts(level):
        if "Polygon" in kind:
            pieces = gpd.overlay(feats, level[["code", "parent", "geometry"]], how="intersection",
                                 keep_geom_type=True)
            return pd.DataFrame({"fid": pieces.fid, "code": pieces.code,
                                 "parent": pieces.parent, "part": pieces.area})
        pairs = gpd.sjoin(feats, level[["code", "parent", "geometry"]], predicate="intersects")
        inter = shapely.intersection(pairs.geometry.values,
                                     level.geometry.loc[pairs.index_right].values)
        part = shapely.length(inter) if "Line" in kind else \
            shapely.get_num_geometries(inter).astype(float)
        return pd.DataFrame({"fid": pairs.fid.values, "code": pairs.code.values,
                             "parent": pairs.parent.values, "part": part})

    def largest(table):
        chosen = {}
        for fid, group in table[table.part > 0].groupby("fid"):
            top = group.part.max()
            best = group[group.part >= top - tie * total[fid]].sort_values("code").iloc[0]
            chosen[fid] = (best.code, min(1.0, best.part / total[fid]))
        return chosen

    towns = largest(parts(zones[zones.level.isin(TOWNSHIP_LEVELS)]))
    vparts = parts(zones[zones.level.isin(VILLAGE_LEVELS)])
    vparts = vparts[[towns.get(fid, (None,))[0] == parent
                     for fid, parent in zip(vparts.fid, vparts.parent)]]
    villages = largest(vparts)
    out = {}
    for fid in feats.fid:
        if fid in villages:
            out[fid] = (towns[fid][0], villages[fid][0], villages[fid][1])
        elif fid in towns:
            out[fid] = (towns[fid][0], None, towns[fid][1])
        else:
            out[fid] = (None, None, None)
    return out


def assert_same(got, want):
    assert sorted(got) == sorted(want)
    for fid, (t, v, share) in want.items():
        g = got[fid]
        assert g[:2] == (t, v), (fid, g, want[fid])
        if share is None:
            assert g[2] is None, (fid, g)
        else:
            assert g[2] == pytest.approx(share, rel=1e-3), (fid, g, want[fid])


# --- the demo county ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """(zones layer, violations layer) of a small demo county in EPSG:4490."""
    from liangwei.plugin.store import demo_writer, gpkg
    path = str(tmp_path_factory.mktemp("assign") / "demo.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=5, villages=40, violations=300)
    zones = QgsVectorLayer(path + "|layername=zones", "zones", "ogr")
    violations = QgsVectorLayer(path + "|layername=violations", "violations", "ogr")
    assert zones.isValid() and violations.isValid()
    return zones, violations


@pytest.fixture(scope="module")
def demo_frames(demo):
    zones, violations = demo
    return frame(zones), frame(violations)


def test_demo_county_matches_geopandas(provider, demo, demo_frames):
    zones, violations = demo
    got, out, feedback = assign(violations, zones)
    want = reference(*reversed(demo_frames))
    assert len(got) == 300
    assert_same(got, want)
    crossing = [fid for fid, (_t, _v, s) in want.items() if s < 0.999]
    assert len(crossing) >= 5                       # the test really has straddlers
    assert any(0.5 < want[fid][2] < 0.8 for fid in crossing)
    # Every demo violation lies in the county; the codes nest.
    assert all(t and v and v.startswith(t) for t, v, _ in got.values())
    assert not any("outside every zone" in m for m in feedback.infos)
    # Input fields kept, the three codes replaced (the violations table has two of them).
    names = out.fields().names()
    assert names.count("township_code") == names.count("village_code") == 1
    assert names[-3:] == ["township_code", "village_code", "zone_share"]
    assert set(violations.fields().names()) | {"zone_share"} == set(names)
    patch = {f.id(): f["patch_no"] for f in violations.getFeatures()}
    assert {f.id(): f["patch_no"] for f in out.getFeatures()} == patch


def test_demo_county_same_codes_in_every_crs(provider, demo):
    zones, violations = demo
    base = memory_layer("MultiPolygon", "EPSG:4490",
                        [([f.id()], f.geometry()) for f in violations.getFeatures()],
                        fields=(("source_fid", QVariant.Int),))
    results = {}
    for crs in ("EPSG:4490", "EPSG:4326", GK):
        layer = base if crs == "EPSG:4490" else transformed(base, crs)
        got, out, _ = assign(layer, zones)
        assert out.crs().authid() == crs
        results[crs] = {f["source_fid"]: got[f.id()] for f in out.getFeatures()}
    first = results["EPSG:4490"]
    assert len(first) == 300
    for crs in ("EPSG:4326", GK):
        other = results[crs]
        assert {k: v[:2] for k, v in other.items()} == {k: v[:2] for k, v in first.items()}, crs
        for k, v in first.items():
            assert other[k][2] == pytest.approx(v[2], rel=1e-3), (crs, k)


# --- hand-made zones and features -----------------------------------------------------------

def rect(x0, y0, x1, y1):
    return "POLYGON((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
        x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


# Two townships side by side in a Gauss–Krüger zone, 2 km × 1 km each, in metres.
X0, Y0 = 500000.0, 3260000.0
ZONE_ROWS = [
    (("330624100", "township", "330624"), rect(X0, Y0, X0 + 2000, Y0 + 1000)),
    (("330624101", "township", "330624"), rect(X0 + 2000, Y0, X0 + 4000, Y0 + 1000)),
    (("330624100201", "village", "330624100"), rect(X0, Y0, X0 + 1000, Y0 + 1000)),
    (("330624100202", "village", "330624100"), rect(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)),
    (("330624101201", "village", "330624101"), rect(X0 + 2000, Y0, X0 + 4000, Y0 + 500)),
    (("330624101202", "community", "330624101"), rect(X0 + 2000, Y0 + 500, X0 + 4000, Y0 + 1000)),
    (("330624", "county", None), rect(X0, Y0, X0 + 4000, Y0 + 1000)),
]
ZONE_FIELDS = (("zone_code", QVariant.String), ("level", QVariant.String),
               ("parent_code", QVariant.String))


def hand_zones(crs=GK):
    """The zones, with a vertex every 10 m along their borders: a long straight border
    drawn in one CRS is curved in another, and only its vertices are transformed."""
    rows = [(attrs, shapely.segmentize(shapely_wkt.loads(w), 10.0).wkt) for attrs, w in ZONE_ROWS]
    layer = memory_layer("MultiPolygon", GK, rows, ZONE_FIELDS)
    return layer if crs == GK else transformed(layer, crs)


def at(dx, dy, w, h):
    return rect(X0 + dx, Y0 + dy, X0 + dx + w, Y0 + dy + h)


HAND_FEATURES = [
    # 0: inside village 100201
    ("inside", at(100, 100, 50, 40)),
    # 1: 70 % in 100202, 30 % in 100201
    ("70/30 villages", at(970, 200, 100, 20)),
    # 2: 45 % in 100202 (township 100), 55 % in township 101 split 30/25 between its
    #    villages: township 101 wins, so its village 101201 (30 %) — not 100202 (45 %).
    ("township first", at(1955, 440, 100, 110)),
    # 3: multipart, a small part in 100201 and a large one in 101202
    ("multipart", "MULTIPOLYGON(((%r %r, %r %r, %r %r, %r %r, %r %r)), "
                  "((%r %r, %r %r, %r %r, %r %r, %r %r)))" % (
                      X0 + 10, Y0 + 10, X0 + 20, Y0 + 10, X0 + 20, Y0 + 20, X0 + 10, Y0 + 20,
                      X0 + 10, Y0 + 10,
                      X0 + 3000, Y0 + 800, X0 + 3030, Y0 + 800, X0 + 3030, Y0 + 830,
                      X0 + 3000, Y0 + 830, X0 + 3000, Y0 + 800)),
    # 4: wholly outside the county
    ("outside", at(5000, 0, 30, 30)),
    # 5: exactly half in each township: the lower code
    ("tie", at(1990, 100, 20, 10)),
    # 6: half outside the county, the rest 20 % / 80 % in 101201 / 101202 — shares of
    #    the whole feature, so 0.4
    ("half outside", at(3950, 480, 100, 100)),
    # 7: invalid (a bow tie: two triangles of 450 m²) crossing from 100201 into 100202,
    #    400 m² : 500 m²
    ("bow tie", "POLYGON((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
        X0 + 980, Y0 + 300, X0 + 1040, Y0 + 330, X0 + 1040, Y0 + 300, X0 + 980, Y0 + 330,
        X0 + 980, Y0 + 300)),
    # 8: exactly half in each village of township 101, split north/south: the lower
    #    code; in lon/lat the northern half has the larger area in square degrees (by
    #    ~1e-5), so only the tie rule keeps the code the same in every CRS
    ("tie north-south", at(2900, 400, 200, 200)),
]


def hand_layer(crs=GK, rows=HAND_FEATURES):
    layer = memory_layer("MultiPolygon", GK, [([name], w) for name, w in rows])
    return layer if crs == GK else transformed(layer, crs)


def test_hand_made_polygons_match_geopandas_and_the_rules(provider):
    zones, layer = hand_zones(), hand_layer()
    got, _out, feedback = assign(layer, zones)
    want = reference(frame(layer), frame(zones))
    assert_same(got, want)
    name = {f.id(): f["name"] for f in layer.getFeatures()}
    by_name = {name[fid]: v for fid, v in got.items()}
    assert by_name["inside"] == ("330624100", "330624100201", 1.0)
    assert by_name["70/30 villages"][:2] == ("330624100", "330624100202")
    assert by_name["70/30 villages"][2] == pytest.approx(0.7, rel=1e-9)
    assert by_name["township first"][:2] == ("330624101", "330624101201")
    assert by_name["township first"][2] == pytest.approx(0.3, rel=1e-9)
    assert by_name["multipart"][:2] == ("330624101", "330624101202")
    assert by_name["multipart"][2] == pytest.approx(900 / 1000, rel=1e-9)
    assert by_name["outside"] == (None, None, None)
    assert by_name["tie"] == ("330624100", "330624100202", 0.5)
    assert by_name["half outside"][:2] == ("330624101", "330624101202")
    assert by_name["half outside"][2] == pytest.approx(0.4, rel=1e-9)
    assert by_name["bow tie"][:2] == ("330624100", "330624100202")
    assert by_name["bow tie"][2] == pytest.approx(5 / 9, rel=1e-6)
    assert by_name["tie north-south"] == ("330624101", "330624101201", 0.5)
    assert "1 features lie outside every zone; their codes are empty (feature ids: %d)." % [
        fid for fid, n in name.items() if n == "outside"][0] in feedback.infos


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:4490"])
def test_hand_made_polygons_same_codes_in_geographic_crs(provider, crs):
    zones = hand_zones()
    base, _, _ = assign(hand_layer(), zones)
    # Input and zones both geographic, and geographic input against projected zones.
    for zone_layer in (hand_zones(crs), zones):
        got, out, _ = assign(hand_layer(crs), zone_layer)
        assert out.crs().authid() == crs
        assert {k: v[:2] for k, v in got.items()} == {k: v[:2] for k, v in base.items()}
        for k, v in base.items():
            if v[2] is not None:
                assert got[k][2] == pytest.approx(v[2], rel=1e-3), k


def test_points_and_lines(provider):
    zones = hand_zones()
    points = memory_layer("Point", GK, [
        (["in 100201"], "POINT(%r %r)" % (X0 + 500, Y0 + 500)),
        (["in 101202"], "POINT(%r %r)" % (X0 + 3000, Y0 + 900)),
        (["on the village border"], "POINT(%r %r)" % (X0 + 1000, Y0 + 500)),
        (["outside"], "POINT(%r %r)" % (X0 - 10, Y0 + 500)),
    ])
    got, out, feedback = assign(points, zones)
    assert out.geometryType() == 0
    assert list(got.values()) == [
        ("330624100", "330624100201", 1.0), ("330624101", "330624101202", 1.0),
        ("330624100", "330624100201", 1.0), (None, None, None)]
    assert_same(got, reference(frame(points), frame(zones)))
    assert any(m.startswith("1 features lie outside every zone") for m in feedback.infos)

    lines = memory_layer("LineString", GK, [
        (["60 % in 100202"], "LINESTRING(%r %r, %r %r)" % (X0 + 600, Y0 + 50, X0 + 1600, Y0 + 50)),
        (["along two townships"], "LINESTRING(%r %r, %r %r, %r %r)" % (
            X0 + 1900, Y0 + 20, X0 + 2000, Y0 + 20, X0 + 2300, Y0 + 20)),
    ])
    got, _, _ = assign(lines, zones)
    assert_same(got, reference(frame(lines), frame(zones)))
    assert got[1][:2] == ("330624100", "330624100202")
    assert got[1][2] == pytest.approx(0.6)
    assert got[2][:2] == ("330624101", "330624101201")
    assert got[2][2] == pytest.approx(0.75)


def test_existing_code_fields_are_replaced(provider):
    layer = memory_layer("Polygon", GK, [
        (["a", "999999999", 7, "x"], at(100, 100, 10, 10)),
        (["b", None, 8, "y"], at(3000, 100, 10, 10)),
    ], fields=(("name", QVariant.String), ("Township_Code", QVariant.String),
               ("zone_share", QVariant.Int), ("note", QVariant.String)))
    got, out, _ = assign(layer, hand_zones())
    assert out.fields().names() == ["name", "note", "township_code", "village_code",
                                    "zone_share"]
    rows = [f.attributes() for f in out.getFeatures()]
    assert rows == [["a", "x", "330624100", "330624100201", 1.0],
                    ["b", "y", "330624101", "330624101201", 1.0]]


def test_zones_with_numeric_codes_and_chinese_levels(provider):
    """Any polygon layer with the three fields will do: codes as numbers, levels as
    Chinese labels or empty (then the level follows from the code's length)."""
    labels = {"township": "乡镇", "village": "村", "community": "社区", "county": "县"}
    rows = [((float(code), labels[level] if code != "330624100202" else None,
              float(parent) if parent else None), w)
            for (code, level, parent), w in ZONE_ROWS]
    zones = memory_layer("MultiPolygon", GK, rows, (
        ("zone_code", QVariant.Double), ("level", QVariant.String),
        ("parent_code", QVariant.Double)))
    got, _, _ = assign(hand_layer(), zones)
    base, _, _ = assign(hand_layer(), hand_zones())
    assert got == base


def test_cancel(provider, demo):
    zones, violations = demo
    feedback = Recorder(cancel_at=30)
    got, _, feedback = assign(violations, zones, feedback)
    assert 0 < len(got) < 300
    assert any(m.startswith("Canceled after") for m in feedback.infos)


# --- refusals -------------------------------------------------------------------------------

def test_refuses_zones_without_the_fields(provider):
    zones = memory_layer("MultiPolygon", GK, [(("330624100",), rect(0, 0, 1, 1))],
                         (("zone_code", QVariant.String),))
    zones.setName("乡镇界")
    message = refused({"INPUT": hand_layer(), "ZONES": zones})
    assert "has no field level, parent_code" in message
    assert "zone_code, level and parent_code" in message


def test_refuses_layers_without_crs(provider):
    no_crs = memory_layer("Polygon", None, [(["x"], at(100, 100, 10, 10))])
    assert not no_crs.crs().isValid()
    message = refused({"INPUT": no_crs, "ZONES": hand_zones()})
    assert "input layer" in message and "no coordinate reference system" in message
    zones_no_crs = memory_layer("MultiPolygon", None, ZONE_ROWS, ZONE_FIELDS)
    message = refused({"INPUT": hand_layer(), "ZONES": zones_no_crs})
    assert "zones layer" in message and "no coordinate reference system" in message


def test_refuses_zones_without_townships_or_villages(provider):
    zones = memory_layer("MultiPolygon", GK, [ZONE_ROWS[-1]], ZONE_FIELDS)
    message = refused({"INPUT": hand_layer(), "ZONES": zones})
    assert "no township-level zones" in message


# --- the modeler and qgis_process -------------------------------------------------------------

def test_runs_inside_a_model(provider, tmp_path):
    import processing
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource, QgsProcessingModelOutput,
                           QgsProcessingModelParameter, QgsProcessingParameterVectorLayer)
    model = QgsProcessingModelAlgorithm("assign", "test")
    for name in ("patches", "zones"):
        model.addModelParameter(QgsProcessingParameterVectorLayer(name, name),
                                QgsProcessingModelParameter(name))
    child = QgsProcessingModelChildAlgorithm("liangwei:assign_zones")
    child.setChildId("assign")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("patches")])
    child.addParameterSources("ZONES", [QgsProcessingModelChildParameterSource.fromModelParameter("zones")])
    output = QgsProcessingModelOutput("assigned")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"assigned": output})
    model.addChildAlgorithm(child)
    path = str(tmp_path / "assigned.gpkg")
    zones, layer = hand_zones(), hand_layer()
    QgsProject.instance().addMapLayers([zones, layer])
    try:
        result = processing.run(model, {"patches": layer.id(), "zones": zones.id(),
                                        "assign:assigned": path})
    finally:
        QgsProject.instance().removeAllMapLayers()
    out = QgsVectorLayer(result["assign:assigned"], "out", "ogr")
    assert out.featureCount() == len(HAND_FEATURES)
    assert "village_code" in out.fields().names()


def test_qgis_process(provider, tmp_path):
    qgis_env = os.path.join(REPO, "scripts", "qgis_env.sh")
    if not os.access("/usr/bin/qgis_process.bin", os.X_OK):
        pytest.fail("qgis_process is not installed: run scripts/setup.sh")
    gpd.GeoDataFrame({"zone_code": [r[0][0] for r in ZONE_ROWS],
                      "level": [r[0][1] for r in ZONE_ROWS],
                      "parent_code": [r[0][2] for r in ZONE_ROWS]},
                     geometry=[shapely_wkt.loads(r[1]) for r in ZONE_ROWS], crs=GK) \
        .to_file(tmp_path / "zones.gpkg", engine="pyogrio")
    gpd.GeoDataFrame({"name": [n for n, _ in HAND_FEATURES]},
                     geometry=[shapely_wkt.loads(w) for _, w in HAND_FEATURES], crs=GK) \
        .to_crs("EPSG:4326").to_file(tmp_path / "patches.gpkg", engine="pyogrio")
    out = str(tmp_path / "out.gpkg")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    script = ('source "$1" && LW_QGIS_ENABLE=0 lw_qgis_profile "$2" && shift 2 && '
              'lw_qgis_process run liangwei:assign_zones -- "$@"')
    done = subprocess.run(["bash", "-c", script, "qgis_env", qgis_env, str(tmp_path / "profile"),
                           "INPUT=%s" % (tmp_path / "patches.gpkg"),
                           "ZONES=%s" % (tmp_path / "zones.gpkg"), "OUTPUT=%s" % out],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 features lie outside every zone" in done.stdout + done.stderr
    result = gpd.read_file(out, engine="pyogrio")
    assert result.crs.to_epsg() == 4326
    assert list(result.village_code[:3]) == ["330624100201", "330624100202", "330624101201"]
