"""liangwei:import_patches on a small demo county, checked against independent
computations: areas with pyproj.Geod (GRS 1980) on shapely geometries in lon/lat, zones
by the largest overlap with geopandas, duplicates and the all-or-nothing write."""

import hashlib
import os
import random
import shutil
import sqlite3

import geopandas as gpd
import pytest
import shapely
import shapely.affinity
import shapely.ops
from osgeo import ogr, osr
from pyproj import Geod, Transformer
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import MultiPolygon, Polygon, box

from lwtest import Recorder, refusal, run_algorithm

ogr.UseExceptions()
GEOD = Geod(ellps="GRS80")
M_LON = 1.0 / (111320.0 * 0.8708)   # degrees per metre at 29.45°N (for building test data)
M_LAT = 1.0 / 110850.0
FIELDS = ("JCBH", "XZQDM", "JCMJ", "QSX", "HSX", "TBLX")


# --- fixtures and helpers ---------------------------------------------------------------


def run(params, feedback=None):
    return run_algorithm("import_patches", params, feedback)


def refused(params):
    return refusal("import_patches", params)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A small demo county (2 townships, 6 villages, 20 cases), made once."""
    from liangwei.plugin.store import demo_writer, gpkg
    path = str(tmp_path_factory.mktemp("demo") / "demo.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=2, villages=6, violations=20, houses=5)
    return path


@pytest.fixture()
def db(demo_db, tmp_path, project):
    """A fresh copy of the demo county with its violations and zones layers."""
    path = str(tmp_path / "county.gpkg")
    shutil.copy(demo_db, path)
    target = QgsVectorLayer("%s|layername=violations" % path, "违建图斑", "ogr")
    zones = QgsVectorLayer("%s|layername=zones" % path, "行政区划", "ogr")
    assert target.isValid() and zones.isValid()
    project.addMapLayers([target, zones])
    return path, target, zones


def params(layer, target, zones, **extra):
    p = {"INPUT": layer, "TARGET": target, "ZONES": zones,
         "DUPLICATES": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"}
    p.update(extra)
    return p


def table_state(path):
    """Row counts and a content hash of violations and case_events."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for table, key in (("violations", "fid"), ("case_events", "event_id")):
            rows = con.execute('SELECT * FROM "%s" ORDER BY %s' % (table, key)).fetchall()
            out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return out
    finally:
        con.close()


def query(path, sql, args=()):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def rect_m(lon, lat, w, h):
    """A w × h metre rectangle with its lower left corner at lon/lat."""
    return box(lon, lat, lon + w * M_LON, lat + h * M_LAT)


def geod_area(geom):
    return abs(GEOD.geometry_area_perimeter(geom)[0])


def zones_gdf(path):
    return gpd.read_file(path, layer="zones")


def expected_zone(zones, geom):
    """(township, village) by the largest overlap, computed with geopandas in EPSG:4549."""
    g = gpd.GeoSeries([geom], crs="EPSG:4490").to_crs("EPSG:4549").iloc[0]
    z = zones.to_crs("EPSG:4549")
    towns = z[z["level"].isin(["township", "street", "park"])]
    shares = towns.geometry.intersection(g).area
    if shares.max() <= 0:
        return None, None
    town = towns.loc[shares.idxmax(), "zone_code"]
    villages = z[z["level"].isin(["village", "community"]) & (z["parent_code"] == town)]
    vshares = villages.geometry.intersection(g).area
    village = villages.loc[vshares.idxmax(), "zone_code"] if vshares.max() > 0 else None
    return town, village


def make_patches(path, n_inside=8, seed=11):
    """Lon/lat shapely patches in the demo county: some inside one village, some across a
    village or township border (clearly more on one side), one outside every zone; none
    touching an existing case or another patch."""
    rng = random.Random(seed)
    zones = zones_gdf(path)
    cases = gpd.read_file(path, layer="violations")
    villages = zones[zones["level"].isin(["village", "community"])].reset_index(drop=True)
    taken = list(cases.geometry)
    out = []

    def free(g):
        return all(not g.intersects(t.buffer(0.0003)) for t in taken)

    while len([p for p in out if p[1] == "inside"]) < n_inside:
        v = villages.geometry.iloc[rng.randrange(len(villages))]
        minx, miny, maxx, maxy = v.bounds
        g = rect_m(rng.uniform(minx, maxx), rng.uniform(miny, maxy), rng.uniform(15, 60),
                   rng.uniform(15, 60))
        if v.contains(g.buffer(0.0002)) and free(g):
            out.append((g, "inside"))
            taken.append(g)
    # across borders: 70 % on one side
    pairs = 0
    for i in range(len(villages)):
        for j in range(i + 1, len(villages)):
            shared = villages.geometry.iloc[i].boundary.intersection(villages.geometry.iloc[j].boundary)
            if shared.length <= 0 or pairs >= 3:
                continue
            p = shared.interpolate(0.5, normalized=True)
            for dx, dy in ((-0.7, -0.5), (-0.3, -0.5), (-0.5, -0.7), (-0.5, -0.3)):
                g = rect_m(p.x + dx * 40 * M_LON, p.y + dy * 40 * M_LAT, 40, 40)
                a = [villages.geometry.iloc[k].intersection(g).area for k in (i, j)]
                if min(a) > 0.2 * g.area and max(a) > 0.62 * g.area and free(g):
                    out.append((g, "across"))
                    taken.append(g)
                    pairs += 1
                    break
    assert pairs >= 2, "the demo county should have village borders to straddle"
    minx, miny, maxx, maxy = zones.total_bounds
    out.append((rect_m(maxx + 0.05, maxy + 0.05, 30, 30), "outside"))
    return out


def patch_rows(patches, first=1):
    rows = []
    for k, (g, kind) in enumerate(patches):
        rows.append({"JCBH": "JC2024Q1%04d" % (first + k), "XZQDM": "330624",
                     "JCMJ": round(geod_area(g), 1), "QSX": "2023-10-01",
                     "HSX": "2024年3月%d日" % (1 + k % 28), "TBLX": "新增建设", "_geom": g,
                     "_kind": kind})
    return rows


def memory_layer(crs, rows, fields=FIELDS, to_crs=None):
    layer = QgsVectorLayer("MultiPolygon?crs=%s" % crs, "patches", "memory")
    kinds = {"JCMJ": QVariant.Double, "floors": QVariant.Int}
    layer.dataProvider().addAttributes([QgsField(f, kinds.get(f, QVariant.String)) for f in fields])
    layer.updateFields()
    feats = []
    for row in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([row.get(name) for name in fields])
        g = row["_geom"]
        if to_crs:
            g = shapely.ops.transform(Transformer.from_crs("EPSG:4490", to_crs, always_xy=True).transform, g)
        f.setGeometry(QgsGeometry.fromWkt(g.wkt))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


def ogr_file(path, driver, epsg, rows, date_kind):
    """A GeoPackage or shapefile of the rows in EPSG `epsg`; QSX/HSX as dates, numbers
    (20240315) or Excel serials."""
    import datetime
    ds = ogr.GetDriverByName(driver).CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("patches", srs, ogr.wkbMultiPolygon)
    for name in FIELDS:
        kind = ogr.OFTString
        if name == "JCMJ":
            kind = ogr.OFTReal
        elif name in ("QSX", "HSX"):
            kind = {"date": ogr.OFTDate, "number": ogr.OFTInteger, "serial": ogr.OFTReal}[date_kind]
        fd = ogr.FieldDefn(name, kind)
        if kind == ogr.OFTString:
            fd.SetWidth(40)
        layer.CreateField(fd)
    to = Transformer.from_crs("EPSG:4490", "EPSG:%d" % epsg, always_xy=True)
    for row in rows:
        f = ogr.Feature(layer.GetLayerDefn())
        for name in FIELDS:
            value = row[name]
            if name in ("QSX", "HSX"):
                d = parse(value)
                if date_kind == "date":
                    f.SetField(name, d.year, d.month, d.day, 0, 0, 0, 0)
                    continue
                value = (int(d.strftime("%Y%m%d")) if date_kind == "number"
                         else float((d - datetime.date(1899, 12, 30)).days))
            f.SetField(name, value)
        g = shapely.ops.transform(to.transform, row["_geom"])
        f.SetGeometry(ogr.CreateGeometryFromWkt(MultiPolygon([g]).wkt if g.geom_type == "Polygon"
                                                else g.wkt))
        layer.CreateFeature(f)
    ds = None
    return path


def parse(text):
    from liangwei.plugin.core.patch_fields import parse_date
    return parse_date(text)


def lonlat(geom_wkt, crs):
    g = shapely.from_wkt(geom_wkt)
    if crs in ("EPSG:4326", "EPSG:4490"):
        return g
    return shapely.ops.transform(Transformer.from_crs(crs, "EPSG:4490", always_xy=True).transform, g)


# --- the import in three CRSs -----------------------------------------------------------------

@pytest.mark.parametrize("crs, kind", [("EPSG:4326", "memory"), ("EPSG:4490", "gpkg"),
                                       ("EPSG:4549", "shp")])
def test_import_checked_against_independent_computations(provider, db, tmp_path, crs, kind):
    from liangwei.plugin.core import settings as settings_rules
    path, target, zones = db
    patches = make_patches(path)
    rows = patch_rows(patches)
    if kind == "memory":
        layer = memory_layer(crs, rows)
    elif kind == "gpkg":
        layer = QgsVectorLayer(ogr_file(str(tmp_path / "p.gpkg"), "GPKG", 4490, rows, "date"),
                               "p", "ogr")
    else:
        layer = QgsVectorLayer(ogr_file(str(tmp_path / "p.shp"), "ESRI Shapefile", 4549, rows,
                                        "serial"), "p", "ogr")
        layer.setProviderEncoding("UTF-8")   # GDAL wrote UTF-8 without a .cpg
    assert layer.isValid() and layer.crs().authid() == crs
    before = query(path, "SELECT count(*), max(case_id) FROM violations WHERE case_id LIKE "
                         "'330624-2024-%'")[0]
    events_before = query(path, "SELECT count(*) FROM case_events")[0][0]

    result, feedback = run(params(layer, target, zones, BATCH="2024年第一季度"))
    inside = [r for r in rows if r["_kind"] != "outside"]
    assert result["IMPORTED"] == len(inside)
    assert target.featureCount() == 20 + len(inside)     # the layer was reloaded

    # the one outside every zone is rejected, with its reason in the sink
    rejected = list(result["REJECTED"].getFeatures())
    assert [(f["JCBH"], f["reason"]) for f in rejected] == [
        (rows[-1]["JCBH"], "outside every zone of the database")]
    assert any("outside every zone" in e for e in feedback.errors)

    zones_frame = zones_gdf(path)
    cutoff = dict(query(path, "SELECT key, value FROM settings"))["cutoff_date"]
    stored = {r[0]: r[1:] for r in query(
        path, "SELECT patch_no, case_id, area_m2, township_code, village_code, status, "
              "stock_class, discovered_on, discovery_source, batch, remarks, updated_by "
              "FROM violations WHERE patch_no LIKE 'JC2024Q1%'")}
    assert len(stored) == len(inside)
    user = QgsApplication.userFullName() or QgsApplication.userLoginName()
    straddling = 0
    for r in inside:
        (case_id, area, town, village, status, stock, discovered, source, batch, remarks,
         by) = stored[r["JCBH"]]
        assert area == pytest.approx(geod_area(r["_geom"]), rel=1e-3), r["JCBH"]
        assert (town, village) == expected_zone(zones_frame, r["_geom"]), r["JCBH"]
        straddling += r["_kind"] == "across"
        assert status == "clue" and source == "satellite" and batch == "2024年第一季度"
        assert discovered == parse(r["HSX"]).isoformat()
        assert stock == settings_rules.stock_class(None, discovered, cutoff) == "new"
        assert "后时相(HSX): %s" % discovered in remarks and "前时相(QSX): 2023-10-01" in remarks
        assert "监测面积(JCMJ): %s" % ("%.1f" % r["JCMJ"]).rstrip("0").rstrip(".") in remarks
        assert "图斑类型(TBLX): 新增建设" in remarks
        assert by == user
    assert straddling >= 2

    # case numbers: consecutive for 2024, in input order; one registration event each
    serial0 = int(before[1][-6:]) if before[1] else 0
    assert [stored[r["JCBH"]][0] for r in inside] == [
        "330624-2024-%06d" % (serial0 + k + 1) for k in range(len(inside))]
    events = query(path, "SELECT e.case_id, e.from_status, e.to_status, e.actor FROM case_events e "
                         "JOIN violations v ON v.case_id = e.case_id WHERE v.patch_no LIKE "
                         "'JC2024Q1%' ORDER BY e.event_id")
    assert events == [(stored[r["JCBH"]][0], None, "clue", user) for r in inside]
    assert query(path, "SELECT count(*) FROM case_events")[0][0] == events_before + len(inside)


# --- duplicates --------------------------------------------------------------------------

def copy_db(demo_db, tmp_path, name, project, overlap_setting=None):
    path = str(tmp_path / name)
    shutil.copy(demo_db, path)
    if overlap_setting is not None:
        con = sqlite3.connect(path)
        con.execute("UPDATE settings SET value = ? WHERE key = 'duplicate_overlap'",
                    (repr(float(overlap_setting)),))
        con.commit()
        con.close()
    target = QgsVectorLayer("%s|layername=violations" % path, "违建图斑", "ogr")
    zones = QgsVectorLayer("%s|layername=zones" % path, "行政区划", "ogr")
    project.addMapLayers([target, zones])
    return path, target, zones


def shifted(g, fraction):
    minx, _miny, maxx, _maxy = g.bounds
    return shapely.affinity.translate(g, xoff=fraction * (maxx - minx))


def share_of_smaller(a, b):
    """Independent overlap share on the ellipsoid (pyproj.Geod)."""
    return geod_area(a.intersection(b)) / min(geod_area(a), geod_area(b))


def test_duplicates_by_patch_number_and_by_overlap(provider, demo_db, tmp_path, project):
    path, target, zones = copy_db(demo_db, tmp_path, "dup.gpkg", project)
    cases = gpd.read_file(path, layer="violations")
    numbered = cases[cases["patch_no"].notna()].iloc[0]
    closed_states = ("closed", "not_filed")
    open_cases = cases[~cases["status"].isin(closed_states)].sort_values("case_id")
    closed = cases[cases["status"].isin(closed_states)].iloc[0]
    o_hi, o_lo = open_cases.iloc[0], open_cases.iloc[3]
    free = [g for g, kind in make_patches(path, n_inside=3) if kind == "inside"]

    hi = shifted(o_hi.geometry.geoms[0], 0.1)
    lo = shifted(o_lo.geometry.geoms[0], 0.7)
    on_closed = shifted(closed.geometry.geoms[0], 0.05)
    near_f2 = shifted(free[1], 0.3)
    share_hi, share_lo = share_of_smaller(hi, o_hi.geometry), share_of_smaller(lo, o_lo.geometry)
    assert share_hi > 0.6 and 0.1 < share_lo < 0.45
    assert share_of_smaller(on_closed, closed.geometry) > 0.8
    assert share_of_smaller(near_f2, free[1]) > 0.6
    for g in (hi, lo, on_closed):      # each touches only the case it was made from
        assert (cases.geometry.intersects(g)).sum() == 1

    rows = [("P-old", numbered["patch_no"], free[0]),   # F1: patch number of a case
            ("P-new", "JCDUP0002", free[1]),            # F2: imported
            ("P-again", "JCDUP0002", free[2]),          # F3: same number as F2
            ("P-hi", "JCDUP0004", hi),                  # F4: overlaps an open case a lot
            ("P-lo", "JCDUP0005", lo),                  # F5: a little
            ("P-closed", "JCDUP0006", on_closed),       # F6: overlaps a closed case
            ("P-f2", "JCDUP0007", near_f2)]             # F7: overlaps F2
    layer = memory_layer("EPSG:4326", [{"JCBH": no, "HSX": "2024-05-01", "TBLX": tag, "_geom": g}
                                       for tag, no, g in rows])
    result, feedback = run(params(layer, target, zones))
    assert any("50 % of the smaller area (the database's setting" in i for i in feedback.infos)
    assert result["IMPORTED"] == 3
    imported = dict(query(path, "SELECT patch_no, case_id FROM violations WHERE patch_no LIKE "
                                "'JCDUP%' ORDER BY fid"))
    assert list(imported) == ["JCDUP0002", "JCDUP0005", "JCDUP0006"]
    dups = {f["TBLX"]: (f["duplicate_of"], f["reason"]) for f in result["DUPLICATES"].getFeatures()}
    assert set(dups) == {"P-old", "P-again", "P-hi", "P-f2"}
    assert dups["P-old"][0] == numbered["case_id"]
    assert "same patch number %s" % numbered["patch_no"] in dups["P-old"][1]
    assert dups["P-again"][0] == imported["JCDUP0002"]
    assert dups["P-hi"][0] == o_hi["case_id"]
    # the share in the reason, as an independent computation gives it (± rounding)
    stated = float(dups["P-hi"][1].split(" by ")[1].split(" %")[0])
    assert stated == pytest.approx(100 * share_hi, abs=0.1)
    assert dups["P-f2"][0] == imported["JCDUP0002"]
    assert dups["P-hi"][1].startswith("overlaps the open case %s" % o_hi["case_id"])
    assert result["REJECTED"].featureCount() == 0

    # The threshold: given explicitly, or the database's setting when left at 0.5.
    only_lo = memory_layer("EPSG:4326", [{"JCBH": "JCLO", "HSX": "2024-05-01", "_geom": lo}])
    for name, setting, given, duplicate in (("a.gpkg", None, share_lo - 0.05, True),
                                            ("b.gpkg", share_lo - 0.05, None, True),
                                            ("c.gpkg", share_lo - 0.05, 0.5, True),
                                            ("d.gpkg", share_lo - 0.05, share_lo + 0.05, False),
                                            ("e.gpkg", share_lo + 0.05, None, False)):
        path, target, zones = copy_db(demo_db, tmp_path, name, project, setting)
        extra = {} if given is None else {"DUPLICATE_OVERLAP": given}
        result, _ = run(params(only_lo, target, zones, **extra))
        assert result["IMPORTED"] == (0 if duplicate else 1), name
        assert result["DUPLICATES"].featureCount() == (1 if duplicate else 0), name


# --- geometries ---------------------------------------------------------------------------

def test_multipart_repaired_and_rejected_geometries(provider, db):
    path, target, zones = db
    free = [g for g, kind in make_patches(path, n_inside=3, seed=5) if kind == "inside"]
    x0, y0, x1, y1 = free[0].bounds
    w = x1 - x0
    multi = MultiPolygon([box(x0, y0, x0 + 0.4 * w, y1), box(x0 + 0.6 * w, y0, x1, y1)])
    # a square whose ring touches itself around a small notch: repaired (area within 1 %)
    a, b, c, d = free[1].bounds
    mx = (a + c) / 2
    notched = Polygon([(a, b), (c, b), (c, d), (mx, d), (mx + 0.1 * (c - a), d - 0.1 * (d - b)),
                       (mx - 0.1 * (c - a), d - 0.1 * (d - b)), (mx, d), (a, d), (a, b)])
    a, b, c, d = free[2].bounds
    bowtie = Polygon([(a, b), (c, d), (c, b), (a, d), (a, b)])
    assert not notched.is_valid and not bowtie.is_valid
    repaired = shapely.make_valid(notched)
    assert abs(geod_area(repaired) - geod_area(notched.buffer(0))) < 1e-6 * geod_area(repaired) + 1
    rows = [{"JCBH": "JCGEO1", "HSX": "2024-06-01", "_geom": multi},
            {"JCBH": "JCGEO2", "HSX": "2024-06-01", "_geom": notched},
            {"JCBH": "JCGEO3", "HSX": "2024-06-01", "_geom": bowtie}]
    from liangwei.plugin.core.codes import DISCOVERY_SOURCE
    result, feedback = run(params(memory_layer("EPSG:4490", rows), target, zones,
                                  SOURCE=DISCOVERY_SOURCE.codes.index("drone")))
    assert result["IMPORTED"] == 2
    assert query(path, "SELECT DISTINCT discovery_source FROM violations WHERE patch_no LIKE "
                       "'JCGEO%'") == [("drone",)]
    stored = dict(query(path, "SELECT patch_no, area_m2 FROM violations WHERE patch_no LIKE 'JCGEO%'"))
    assert set(stored) == {"JCGEO1", "JCGEO2"}
    assert stored["JCGEO1"] == pytest.approx(geod_area(multi), rel=1e-3)
    assert stored["JCGEO2"] == pytest.approx(geod_area(repaired), rel=1e-3)
    layer = QgsVectorLayer("%s|layername=violations|subset=\"patch_no\" = 'JCGEO1'" % path, "v", "ogr")
    assert [f.geometry().constGet().numGeometries() for f in layer.getFeatures()] == [2]
    assert any("JCGEO2" in i and "repaired" in i for i in feedback.infos)
    rejected = [(f["JCBH"], f["reason"]) for f in result["REJECTED"].getFeatures()]
    assert len(rejected) == 1 and rejected[0][0] == "JCGEO3" and "invalid" in rejected[0][1]


# --- all or nothing ------------------------------------------------------------------------

def test_a_refused_row_leaves_the_database_as_it_was(provider, db):
    path, target, zones = db
    free = [g for g, kind in make_patches(path, n_inside=5, seed=9) if kind == "inside"]
    rows = [{"JCBH": "JCALL%d" % k, "HSX": "20240601", "floors": 150 if k == 3 else 2, "_geom": g}
            for k, g in enumerate(free, 1)]
    layer = memory_layer("EPSG:4326", rows, fields=("JCBH", "HSX", "floors"))
    before = table_state(path)
    message = refused(params(layer, target, zones,
                             FIELD_MAP="jcbh:patch_no; HSX:discovered_on; FLOORS:floors"))
    assert message.startswith("Feature 3 (patch JCALL3): the database refused it")
    assert "violations.floors: must be at most 100" in message and "Nothing was imported" in message
    assert table_state(path) == before
    assert target.featureCount() == 20

    # the same input without the bad value goes in
    rows[2]["floors"] = 3
    result, _ = run(params(memory_layer("EPSG:4326", rows, fields=("JCBH", "HSX", "floors")),
                           target, zones, FIELD_MAP="jcbh:patch_no; HSX:discovered_on; FLOORS:floors"))
    assert result["IMPORTED"] == 5
    assert query(path, "SELECT floors FROM violations WHERE patch_no = 'JCALL3'") == [(3,)]


def test_cancel_while_writing_leaves_the_database_as_it_was(provider, db):
    path, target, zones = db
    free = [g for g, kind in make_patches(path, n_inside=12, seed=13) if kind == "inside"]
    rows = [{"JCBH": "JCCAN%d" % k, "HSX": "20240601", "_geom": g} for k, g in enumerate(free)]
    before = table_state(path)
    feedback = Recorder(cancel_at=80)    # reading ends at 60 %, writing runs 60–98 %
    result, feedback = run(params(memory_layer("EPSG:4326", rows), target, zones), feedback)
    assert result["IMPORTED"] == 0
    assert any("Canceled" in i for i in feedback.infos)
    assert table_state(path) == before


@pytest.mark.parametrize("field_map, words", [
    ("JCBH:township_code", ["Field map:", "cannot be filled by an import", "zones"]),
    ("JCBH:patch_no;NOPE:remarks", ["no field “NOPE”", "JCBH, XZQDM, JCMJ, QSX, HSX, TBLX"]),
    ("JCBH:patchno", ["“patchno” is not a field that can be imported"]),
])
def test_bad_field_map_is_refused(provider, db, field_map, words):
    path, target, zones = db
    rows = patch_rows([(g, k) for g, k in make_patches(path, n_inside=1)][:1])
    before = table_state(path)
    message = refused(params(memory_layer("EPSG:4326", rows), target, zones, FIELD_MAP=field_map))
    for w in words:
        assert w in message
    assert table_state(path) == before


def test_refuses_a_target_that_is_not_the_violations_table(provider, db):
    path, target, zones = db
    rows = patch_rows(make_patches(path, n_inside=1)[:1])
    message = refused(params(memory_layer("EPSG:4326", rows), zones, zones))
    assert "is not the table violations of a Liangwei project database" in message


def test_values_that_do_not_fit_reject_the_feature(provider, db):
    path, target, zones = db
    rows = patch_rows(make_patches(path, n_inside=2, seed=21)[:2])
    rows[1]["HSX"] = "明年春天"
    result, feedback = run(params(memory_layer("EPSG:4326", rows), target, zones))
    assert result["IMPORTED"] == 1
    [(no, reason)] = [(f["JCBH"], f["reason"]) for f in result["REJECTED"].getFeatures()]
    assert no == rows[1]["JCBH"] and reason == "field HSX (image_after): “明年春天” is not a date " \
        "(write it like 2024-03-15, 20240315, 2024/3/15 or 2024年3月15日)"


# --- a GBK shapefile without .cpg --------------------------------------------------------

def _gbk_shapefile(folder, rows):
    path = os.path.join(folder, "wp.shp")
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = ds.CreateLayer("wp", srs, ogr.wkbPolygon)
    for name in ("JCBH", "HSX", "TBLX"):
        fd = ogr.FieldDefn(name, ogr.OFTString)
        fd.SetWidth(40)
        layer.CreateField(fd)
    for row in rows:
        f = ogr.Feature(layer.GetLayerDefn())
        for name in ("JCBH", "HSX", "TBLX"):
            f.SetField(name, row[name])
        f.SetGeometry(ogr.CreateGeometryFromWkt(row["_geom"].wkt))
        layer.CreateFeature(f)
    ds = None
    if os.path.exists(os.path.join(folder, "wp.cpg")):
        os.remove(os.path.join(folder, "wp.cpg"))
    dbf = os.path.join(folder, "wp.dbf")
    with open(dbf, "rb") as fh:
        data = bytearray(fh.read())
    data[29] = 0  # no language driver id
    for row in rows:
        for name in ("HSX", "TBLX"):
            utf8, gbk = row[name].encode("utf-8"), row[name].encode("gbk")
            at = data.index(utf8)
            data[at:at + len(utf8)] = gbk + b" " * (len(utf8) - len(gbk))
    with open(dbf, "wb") as fh:
        fh.write(bytes(data))
    return path


def test_gbk_shapefile_without_cpg(provider, db, tmp_path, project):
    path, target, zones = db
    patches = [g for g, kind in make_patches(path, n_inside=2, seed=17) if kind == "inside"]
    rows = [{"JCBH": "JCGBK%d" % k, "HSX": "2024年5月%d日" % (k + 1), "TBLX": tblx, "_geom": g}
            for k, (g, tblx) in enumerate(zip(patches, ("新增建设", "违法占地")))]
    shp = _gbk_shapefile(str(tmp_path), rows)
    source = QgsVectorLayer(shp, "wp", "ogr")
    assert source.isValid()
    source.setProviderEncoding("UTF-8")   # what QGIS uses for such a file by default
    project.addMapLayer(source)
    before = table_state(path)
    message = refused(params(source.id(), target, zones))
    assert message.startswith("Feature 0: the text") and "garbled" in message
    assert shp in message and "no .cpg file" in message and "wp.cpg" in message
    assert table_state(path) == before

    source.setProviderEncoding("GBK")
    result, _ = run(params(source.id(), target, zones))
    assert result["IMPORTED"] == 2
    remarks = dict(query(path, "SELECT patch_no, remarks FROM violations WHERE patch_no LIKE 'JCGBK%'"))
    assert "图斑类型(TBLX): 新增建设" in remarks["JCGBK0"]
    assert "图斑类型(TBLX): 违法占地" in remarks["JCGBK1"]
