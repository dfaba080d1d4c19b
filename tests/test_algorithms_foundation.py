"""liangwei:create_database, liangwei:import_zones and liangwei:generate_demo_county,
run the way a user or a script runs them: processing.run(...)."""

import hashlib
import os
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from lwtest import Recorder, refusal, run_algorithm

ogr.UseExceptions()


# --- fixtures and helpers ---------------------------------------------------------------


def run(alg, params, feedback=None):
    return run_algorithm(alg, params, feedback)


def refused(alg, params):
    """The message of the refusal of a run."""
    return refusal(alg, params)


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def content(path):
    with open(path, "rb") as fh:
        return fh.read()


def snapshot(path):
    """Everything a user could see change: row counts of every table and every zone
    row with its geometry."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
        counts = {t: con.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0] for t in tables}
        zones = con.execute("SELECT * FROM zones ORDER BY fid").fetchall()
        return counts, zones
    finally:
        con.close()


@pytest.fixture()
def database(provider, tmp_path):
    path = str(tmp_path / "county.gpkg")
    run("create_database", {"OUTPUT": path, "COUNTY_CODE": "330624"})
    return path


def zones_layer(path, project=None):
    layer = QgsVectorLayer("%s|layername=zones" % path, "行政区划", "ogr")
    assert layer.isValid()
    if project is not None:
        project.addMapLayer(layer)
    return layer


def memory_layer(crs, rows, code_type=QVariant.Double, extra=()):
    """A polygon layer with fields code, name (+ extra) from rows (attrs, geometry)."""
    layer = QgsVectorLayer("MultiPolygon?crs=%s" % crs, "input", "memory")
    fields = [QgsField("code", code_type), QgsField("name", QVariant.String)]
    fields += [QgsField(name, kind) for name, kind in extra]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for attrs, geometry in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes(list(attrs))
        f.setGeometry(geometry if isinstance(geometry, QgsGeometry) else QgsGeometry.fromWkt(geometry))
        features.append(f)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok
    return layer


def rect(x0, y0, x1, y1):
    return "POLYGON((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
        x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


# A township 0.06° × 0.05° near Shengzhou (330683 area), split into two villages, in WGS 84.
TOWNSHIP = (330624100.0, "城关镇", rect(120.60, 29.40, 120.66, 29.45))
VILLAGE_W = (330624100201.0, "东山村", rect(120.60, 29.40, 120.63, 29.45))
VILLAGE_E = (330624100202.0, "西湖村", rect(120.63, 29.40, 120.66, 29.45))
WGS84_ROWS = [((c, n), w) for c, n, w in (TOWNSHIP, VILLAGE_W, VILLAGE_E)]


def stored_zones(path):
    """{code: (name, level, parent, quota, ellipsoidal area m²)} as QGIS reads them."""
    from liangwei.plugin.gis.area import AreaCalculator
    layer = zones_layer(path)
    calc = AreaCalculator(layer.crs())
    out = {}
    for f in layer.getFeatures():
        quota = f["annual_quota_m2"]
        out[f["zone_code"]] = (f["zone_name"], f["level"], f["parent_code"],
                               None if quota in (None, QVariant()) or quota != quota else quota,
                               calc.area_m2(f.geometry()))
    return out


def import_params(layer, target, **extra):
    params = {"INPUT": layer, "CODE_FIELD": "code", "NAME_FIELD": "name", "TARGET": target}
    params.update(extra)
    return params


# --- create_database ---------------------------------------------------------------------

def test_create_database_matches_schema(provider, tmp_path):
    from liangwei.plugin.store import schema
    path = str(tmp_path / "county.gpkg")
    result, feedback = run("create_database", {"OUTPUT": path, "COUNTY_CODE": "330624"})
    assert result == {"OUTPUT": path}
    assert os.path.exists(path)
    assert [f for f in os.listdir(tmp_path)] == ["county.gpkg"]  # no temporary left

    ds = ogr.Open(path)
    assert ds.GetDriver().GetName() == "GPKG"
    for t in schema.TABLES:
        layer = ds.GetLayerByName(t.name)
        assert layer is not None, t.name
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        assert names == list(t.field_names), t.name
        assert layer.GetFIDColumn() == t.pk
        if t.geometry:
            want = {"MULTIPOLYGON": ogr.wkbMultiPolygon, "POINT": ogr.wkbPoint}[t.geometry]
            assert layer.GetGeomType() == want, t.name
            assert layer.GetSpatialRef().GetAuthorityCode(None) == "4490"
        else:
            assert layer.GetGeomType() == ogr.wkbNone, t.name
    settings = {f.GetField("key"): f.GetField("value") for f in ds.GetLayerByName("settings")}
    assert settings["county_code"] == "330624"
    assert settings["crs"] == "EPSG:4490"
    assert ds.GetLayerByName("zones").GetFeatureCount() == 0
    assert ds.GetLayerByName("code_lists").GetFeatureCount() > 50


def test_create_database_in_a_projected_crs(provider, tmp_path):
    path = str(tmp_path / "gk.gpkg")
    run("create_database", {"OUTPUT": path, "COUNTY_CODE": 330624,
                            "CRS": QgsCoordinateReferenceSystem("EPSG:4549")})
    ds = ogr.Open(path)
    assert ds.GetLayerByName("violations").GetSpatialRef().GetAuthorityCode(None) == "4549"


def test_create_database_adds_the_suffix(provider, tmp_path):
    result, _ = run("create_database", {"OUTPUT": str(tmp_path / "noext"), "COUNTY_CODE": "330624"})
    assert result["OUTPUT"] == str(tmp_path / "noext.gpkg")
    assert os.path.exists(result["OUTPUT"])


def test_create_database_refuses_an_existing_file(provider, database):
    before = sha(database)
    message = refused("create_database", {"OUTPUT": database, "COUNTY_CODE": "330683"})
    assert database in message and "already exists" in message and "Overwrite" in message
    assert sha(database) == before

    run("create_database", {"OUTPUT": database, "COUNTY_CODE": "330683", "OVERWRITE": True})
    ds = ogr.Open(database)
    settings = {f.GetField("key"): f.GetField("value") for f in ds.GetLayerByName("settings")}
    assert settings["county_code"] == "330683"


def test_create_database_refuses_a_file_the_project_uses(provider, database, project):
    zones_layer(database, project)
    before = sha(database)
    message = refused("create_database", {"OUTPUT": database, "COUNTY_CODE": "330624",
                                          "OVERWRITE": True})
    assert "current project has layers from it" in message and "行政区划" in message
    assert sha(database) == before


@pytest.mark.parametrize("code", ["33062", "3306241", "abcdef", "", "  "])
def test_create_database_refuses_a_bad_county_code(provider, tmp_path, code):
    path = str(tmp_path / "bad.gpkg")
    message = refused("create_database", {"OUTPUT": path, "COUNTY_CODE": code})
    assert "6-digit" in message or "6 digits" in message
    assert os.listdir(tmp_path) == []


def test_create_database_from_the_toolbox_loads_nothing(provider, tmp_path, project, qgis_iface):
    """Run as the algorithm dialog does with “Open output file after running” ticked:
    the output is a project database, not a layer, so nothing is added to the map."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition
    path = str(tmp_path / "gui.gpkg")
    alg = QgsApplication.processingRegistry().createAlgorithmById("liangwei:create_database")
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = Recorder()
    params = {"OUTPUT": QgsProcessingOutputLayerDefinition(path, project),
              "COUNTY_CODE": "330624", "CRS": "EPSG:4490", "OVERWRITE": False}
    results, ok = alg.run(params, context, feedback)
    assert ok and results["OUTPUT"] == path and os.path.exists(path)
    assert context.layersToLoadOnCompletion() == {}
    assert handleAlgorithmResults(alg, context, feedback, False, params)
    assert project.mapLayers() == {}


# --- import_zones ---------------------------------------------------------------------------

def test_import_zones_same_areas_from_wgs84_and_gauss_kruger(provider, tmp_path, project):
    from liangwei.plugin.gis.area import AreaCalculator
    wgs = memory_layer("EPSG:4326", WGS84_ROWS)
    to_gk = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                   QgsCoordinateReferenceSystem("EPSG:4549"),
                                   project.transformContext())
    gk_rows = []
    for attrs, wkt in WGS84_ROWS:
        g = QgsGeometry.fromWkt(wkt)
        assert g.transform(to_gk) == 0
        gk_rows.append((attrs, g))
    gk = memory_layer("EPSG:4549", gk_rows)
    assert 500000 < gk.extent().xMinimum() < 600000  # really metres in the CM 120E zone

    expected = {str(int(c)): AreaCalculator("EPSG:4326").area_m2(w)
                for c, _n, w in (TOWNSHIP, VILLAGE_W, VILLAGE_E)}
    # 0.06° × 0.05° at 29.4°N: about 5.82 km × 5.54 km.
    assert 32.0e6 < expected["330624100"] < 32.5e6

    results = {}
    for name, layer in (("wgs84", wgs), ("gk", gk)):
        path = str(tmp_path / ("%s.gpkg" % name))
        run("create_database", {"OUTPUT": path, "COUNTY_CODE": "330624"})
        target = zones_layer(path, project)
        layers_before = set(project.mapLayers())
        result, feedback = run("import_zones", import_params(layer, target))
        assert set(project.mapLayers()) == layers_before  # nothing loaded
        assert result == {"IMPORTED": 3, "UPDATED": 0, "REJECTED": 0, "REPAIRED": 0}
        assert feedback.errors == []
        assert target.featureCount() == 3  # the target layer was reloaded
        results[name] = stored_zones(path)

    for code, area in expected.items():
        for name in ("wgs84", "gk"):
            assert results[name][code][4] == pytest.approx(area, rel=1e-6), (name, code)
    assert results["wgs84"]["330624100"][:3] == ("城关镇", "township", "330624")
    assert results["gk"]["330624100201"][:3] == ("东山村", "village", "330624100")
    assert results["gk"]["330624100202"][:3] == ("西湖村", "village", "330624100")


def test_import_zones_updates_instead_of_duplicating(provider, database, project):
    target = zones_layer(database, project)
    result, _ = run("import_zones", import_params(memory_layer("EPSG:4326", WGS84_ROWS), target))
    assert (result["IMPORTED"], result["UPDATED"]) == (3, 0)
    first = stored_zones(database)

    # Second delivery: codes as text, the east village renamed and enlarged, one new village.
    rows = [(("330624100", "城关镇"), TOWNSHIP[2]),
            (("330624100201", "东山村"), VILLAGE_W[2]),
            (("330624100202", "西湖新村"), rect(120.63, 29.40, 120.67, 29.45)),
            (("330624100203", "南岭村"), rect(120.60, 29.35, 120.66, 29.40))]
    result, _ = run("import_zones", import_params(
        memory_layer("EPSG:4326", rows, code_type=QVariant.String), target))
    assert result == {"IMPORTED": 1, "UPDATED": 3, "REJECTED": 0, "REPAIRED": 0}
    second = stored_zones(database)
    assert len(second) == 4 and target.featureCount() == 4
    assert second["330624100202"][0] == "西湖新村"
    assert second["330624100202"][4] == pytest.approx(first["330624100202"][4] * 4 / 3, rel=1e-3)
    assert second["330624100201"] == first["330624100201"]
    con = sqlite3.connect(database)
    assert con.execute("SELECT count(DISTINCT zone_code), count(*) FROM zones").fetchone() == (4, 4)


def test_import_zones_level_parent_and_quota_fields(provider, database, project):
    target = zones_layer(database, project)
    extra = (("parent", QVariant.String), ("kind", QVariant.String), ("quota", QVariant.Double))
    rows = [
        ((330624100, "城关镇", None, "乡镇", 2500.0), TOWNSHIP[2]),
        ((330624101, "工业园区", "330624", "园区", None), rect(120.70, 29.40, 120.72, 29.42)),
        ((330624100201, "东山村", "330624100", "社区", 0.0), VILLAGE_W[2]),
        ((330624100202, "西湖村", "330624101", "村", None), VILLAGE_E[2]),   # wrong parent
        ((330624100203, "南岭村", None, "乡镇", None), rect(120.60, 29.35, 120.66, 29.40)),  # level
        ((330624100204, "北坞村", None, "hamlet", None), rect(120.60, 29.45, 120.66, 29.46)),
        ((330624100205, "", None, None, None), rect(120.66, 29.45, 120.67, 29.46)),  # no name
        ((330624100206, "上村", None, None, -5.0), rect(120.67, 29.45, 120.68, 29.46)),
    ]
    layer = memory_layer("EPSG:4326", rows, code_type=QVariant.LongLong, extra=extra)
    result, feedback = run("import_zones", import_params(
        layer, target, PARENT_FIELD="parent", LEVEL_FIELD="kind", QUOTA_FIELD="quota"))
    assert result == {"IMPORTED": 3, "UPDATED": 0, "REJECTED": 5, "REPAIRED": 0}
    zones = stored_zones(database)
    assert zones["330624100"][:4] == ("城关镇", "township", "330624", 2500.0)
    assert zones["330624101"][:4] == ("工业园区", "park", "330624", None)
    assert zones["330624100201"][:4] == ("东山村", "community", "330624100", 0.0)
    errors = "\n".join(feedback.errors)
    assert "Feature 4 (code 330624100202" in errors and "“330624101” is not the beginning" in errors
    assert "Feature 5 (code 330624100203" in errors and "needs a 9-digit code" in errors
    assert "Feature 6 (code 330624100204" in errors and "unknown level “hamlet”" in errors
    assert "Feature 7 (code 330624100205)" in errors and "the name is empty" in errors
    assert "Feature 8 (code 330624100206" in errors and "annual quota “-5.0”" in errors

    # Re-import without a quota field keeps the quotas.
    result, _ = run("import_zones", import_params(layer, target, LEVEL_FIELD="kind"))
    assert result["UPDATED"] == 3
    assert stored_zones(database)["330624100"][3] == 2500.0


def test_import_zones_repairs_or_rejects_invalid_geometry(provider, database, project):
    target = zones_layer(database, project)
    x, y = 560000.0, 3255000.0   # EPSG:4549 metres
    # A square whose ring touches itself around a small notch: invalid, repaired with the
    # same area (the notch becomes a hole).
    notched = ("POLYGON((%r %r, %r %r, %r %r, %r %r, %r %r, %r %r, %r %r, %r %r, %r %r))" % (
        x, y, x + 1000, y, x + 1000, y + 1000, x + 500, y + 1000, x + 600, y + 900,
        x + 400, y + 900, x + 500, y + 1000, x, y + 1000, x, y))
    bowtie = "POLYGON((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
        x, y + 2000, x + 1000, y + 3000, x + 1000, y + 2000, x, y + 3000, x, y + 2000)
    assert not QgsGeometry.fromWkt(notched).isGeosValid()
    assert not QgsGeometry.fromWkt(bowtie).isGeosValid()
    rows = [((330624100, "城关镇"), rect(x, y - 2000, x + 3000, y + 4000)),
            ((330624100201, "东山村"), notched),
            ((330624100202, "蝴蝶村"), bowtie)]
    result, feedback = run("import_zones", import_params(memory_layer("EPSG:4549", rows), target))
    assert result == {"IMPORTED": 2, "UPDATED": 0, "REJECTED": 1, "REPAIRED": 1}
    zones = stored_zones(database)
    assert set(zones) == {"330624100", "330624100201"}
    # 1 km² less the 200 m × 100 m notch triangle, on the ellipsoid (GK scale ≈ 1.0001)
    assert zones["330624100201"][4] == pytest.approx(1000 * 1000 - 200 * 100 / 2, rel=1e-3)
    assert len(feedback.errors) == 2  # the rejection, then the summary
    assert feedback.errors[0].startswith("Feature 3 (code 330624100202, “蝴蝶村”)")
    assert "Self-intersection" in feedback.errors[0] or "invalid" in feedback.errors[0]
    assert any(i.startswith("Feature 2 (code 330624100201") and "repaired" in i
               for i in feedback.infos)


def test_import_zones_refuses_duplicate_codes_and_leaves_database_unchanged(
        provider, database, project):
    target = zones_layer(database, project)
    run("import_zones", import_params(memory_layer("EPSG:4326", WGS84_ROWS), target))
    before = snapshot(database)
    rows = [(("330624100", "城关镇"), TOWNSHIP[2]),
            (("330624100201", "东山村改"), VILLAGE_W[2]),
            (("330624100203", "南岭村"), rect(120.60, 29.35, 120.66, 29.40)),
            ((" 330624100201.0", "东山村重复"), VILLAGE_E[2])]
    message = refused("import_zones", import_params(
        memory_layer("EPSG:4326", rows, code_type=QVariant.String), target))
    assert "Feature 4 (code 330624100201, “东山村重复”)" in message
    assert "feature 2 (“东山村改”)" in message and "Nothing was imported" in message
    assert snapshot(database) == before
    assert target.featureCount() == 3


def test_import_zones_cancel_while_writing_rolls_back(provider, database, project):
    target = zones_layer(database, project)
    run("import_zones", import_params(memory_layer("EPSG:4326", WGS84_ROWS), target))
    before = snapshot(database)
    rows = [((str(330624100200 + i), "村%d" % i), rect(120.6 + i * 0.001, 29.3, 120.601 + i * 0.001, 29.31))
            for i in range(1, 11)]
    rows[0] = (("330624100201", "东山村改名"), VILLAGE_W[2])  # an update that must not stick
    feedback = Recorder(cancel_at=70)
    result, feedback = run("import_zones", import_params(
        memory_layer("EPSG:4326", rows, code_type=QVariant.String), target), feedback)
    assert result == {"IMPORTED": 0, "UPDATED": 0, "REJECTED": 0, "REPAIRED": 0}
    assert any("Canceled" in i for i in feedback.infos)
    assert snapshot(database) == before
    assert stored_zones(database)["330624100201"][0] == "东山村"


def test_import_zones_refuses_a_target_that_is_not_a_zones_table(provider, database, project):
    layer = memory_layer("EPSG:4326", WGS84_ROWS)
    violations = QgsVectorLayer("%s|layername=violations" % database, "违建图斑", "ogr")
    project.addMapLayer(violations)
    before = snapshot(database)
    message = refused("import_zones", import_params(layer, violations))
    assert "“违建图斑” is not the table zones of a Liangwei project database" in message
    other = memory_layer("EPSG:4326", [])
    project.addMapLayer(other)
    message = refused("import_zones", import_params(layer, other))
    assert "is not the table zones" in message
    assert snapshot(database) == before


def test_import_zones_refuses_a_zones_table_being_edited(provider, database, project):
    target = zones_layer(database, project)
    assert target.startEditing()
    try:
        message = refused("import_zones", import_params(memory_layer("EPSG:4326", WGS84_ROWS), target))
        assert "editing mode" in message
    finally:
        target.rollBack()


def _gbk_shapefile(folder):
    """A shapefile whose texts are GBK bytes, with no .cpg and no code page byte — as
    many Chinese shapefiles are.  (GDAL inside QGIS does not recode what it writes, so
    the UTF-8 texts are swapped for their GBK bytes in the .dbf afterwards.)"""
    path = os.path.join(folder, "xzq.shp")
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    srs = ogr.osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = ds.CreateLayer("xzq", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("XZQDM", ogr.OFTString))
    name_field = ogr.FieldDefn("XZQMC", ogr.OFTString)
    name_field.SetWidth(40)
    layer.CreateField(name_field)
    names = []
    for code, name, wkt in (TOWNSHIP, VILLAGE_W, VILLAGE_E):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("XZQDM", str(int(code)))
        f.SetField("XZQMC", name)
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(f)
        names.append(name)
    ds = None
    for extra in ("xzq.cpg",):
        if os.path.exists(os.path.join(folder, extra)):
            os.remove(os.path.join(folder, extra))
    dbf = os.path.join(folder, "xzq.dbf")
    with open(dbf, "rb") as fh:
        data = bytearray(fh.read())
    data[29] = 0  # no language driver id
    for name in names:
        utf8, gbk = name.encode("utf-8"), name.encode("gbk")
        at = data.index(utf8)
        data[at:at + len(utf8)] = gbk + b" " * (len(utf8) - len(gbk))
    with open(dbf, "wb") as fh:
        fh.write(bytes(data))
    return path


def test_import_zones_gbk_shapefile_without_cpg(provider, database, project, tmp_path):
    shp = _gbk_shapefile(str(tmp_path))
    source = QgsVectorLayer(shp, "xzq", "ogr")
    assert source.isValid()
    source.setProviderEncoding("UTF-8")  # what QGIS uses by default for such a file
    project.addMapLayer(source)
    target = zones_layer(database, project)
    before = snapshot(database)
    params = {"INPUT": source.id(), "CODE_FIELD": "XZQDM", "NAME_FIELD": "XZQMC",
              "TARGET": target}
    message = refused("import_zones", params)
    assert "Feature 0 (code 330624100" in message and "garbled" in message
    assert shp in message and "no .cpg file" in message and "GBK" in message
    assert "xzq.cpg" in message
    assert snapshot(database) == before

    # Following the advice works.
    source.setProviderEncoding("GBK")
    result, _ = run("import_zones", params)
    assert result["IMPORTED"] == 3
    assert stored_zones(database)["330624100"][0] == "城关镇"


# --- generate_demo_county -----------------------------------------------------------------

def test_generate_demo_county_small(provider, tmp_path):
    from liangwei.plugin.gis.area import AreaCalculator
    from liangwei.plugin.store import gpkg
    path = str(tmp_path / "demo.gpkg")
    result, feedback = run("generate_demo_county", {
        "OUTPUT": path, "TOWNSHIPS": 3, "VILLAGES": 12, "VIOLATIONS": 40, "SEED": 7})
    assert result["OUTPUT"] == path
    assert result["VIOLATIONS_COUNT"] == 40
    assert result["HOUSES_COUNT"] == 120          # HOUSES 0 → three per violation
    assert result["ZONES_COUNT"] == 1 + 3 + 12    # county, townships, villages
    assert result["CASE_EVENTS_COUNT"] >= 40      # every case has its registration
    assert os.listdir(tmp_path) == ["demo.gpkg"]
    con = gpkg.connect(path)
    levels = dict(con.execute("SELECT level, count(*) FROM zones GROUP BY level").fetchall())
    assert levels.get("county") == 1 and sum(levels.values()) == 16
    calc = AreaCalculator("EPSG:4490")
    for area, blob in con.execute("SELECT area_m2, geom FROM violations LIMIT 20"):
        measured = calc.area_m2(gpkg.blob_geometry(blob).ExportToWkt())
        assert area == pytest.approx(measured, abs=0.01)
    con.close()

    again, _ = run("generate_demo_county", {
        "OUTPUT": str(tmp_path / "again.gpkg"), "TOWNSHIPS": 3, "VILLAGES": 12,
        "VIOLATIONS": 40, "SEED": 7})
    assert {k: v for k, v in again.items() if k != "OUTPUT"} == \
        {k: v for k, v in result.items() if k != "OUTPUT"}


def test_generate_demo_county_refuses_existing_and_cancel_leaves_nothing(provider, tmp_path):
    path = str(tmp_path / "demo.gpkg")
    with open(path, "wb") as fh:
        fh.write(b"keep me")
    message = refused("generate_demo_county", {"OUTPUT": path, "VIOLATIONS": 10,
                                               "TOWNSHIPS": 2, "VILLAGES": 4})
    assert "already exists" in message
    assert content(path) == b"keep me"

    feedback = Recorder(cancel_at=10)
    result, feedback = run("generate_demo_county", {
        "OUTPUT": path, "OVERWRITE": True, "TOWNSHIPS": 3, "VILLAGES": 30, "VIOLATIONS": 3000},
        feedback)
    assert result == {}
    assert any("Canceled" in i for i in feedback.infos)
    assert content(path) == b"keep me"
    assert os.listdir(tmp_path) == ["demo.gpkg"]
