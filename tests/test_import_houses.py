"""liangwei:import_houses on a small demo county: national-form tables (CSV in GBK and in
UTF-8, XLSX), a polygon layer in EPSG:4549, a point layer in EPSG:4326 and a GBK
shapefile; zones checked against an independent geopandas point-in-polygon join,
updates instead of duplicates, every rejection reason, and the all-or-nothing write."""

import csv
import datetime
import hashlib
import os
import random
import shutil
import sqlite3

import geopandas as gpd
import openpyxl
import pytest
import shapely
import shapely.ops
from osgeo import ogr, osr
from pyproj import Transformer
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import MultiPolygon, Point, Polygon, box

import lwtest
from lwtest import Recorder, refusal, run_algorithm

ogr.UseExceptions()
THIS_YEAR = datetime.date.today().year
HEADERS = ["房屋编码", "详细地址", "户主姓名", "所在乡镇(街道)代码", "所在村(社区)代码", "经度", "纬度",
           "地上层数", "地下层数", "建筑面积", "结构类型", "建成年代", "土地性质", "房屋用途", "经营类型",
           "居住人数", "是否加层", "是否经过专业设计", "隐患初判", "鉴定等级", "鉴定日期", "整治措施"]
EXISTING = "YH330624100000001"      # a demo house (with inspections)


# --- fixtures and helpers ---------------------------------------------------------------

def run(params, feedback=None):
    return run_algorithm("import_houses", params, feedback)


def refused(params):
    return refusal("import_houses", params)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """2 townships, 6 villages, 5 houses (3 with inspections), made once."""
    from liangwei.plugin.store import demo_writer, gpkg
    path = str(tmp_path_factory.mktemp("demo") / "demo.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=2, villages=6, violations=5, houses=5)
    return path


@pytest.fixture()
def db(demo_db, tmp_path, project):
    path = str(tmp_path / "county.gpkg")
    shutil.copy(demo_db, path)
    target = QgsVectorLayer("%s|layername=houses" % path, "自建房", "ogr")
    zones = QgsVectorLayer("%s|layername=zones" % path, "行政区划", "ogr")
    assert target.isValid() and zones.isValid()
    project.addMapLayers([target, zones])
    return path, target, zones


def params(layer, target, zones, **extra):
    p = {"INPUT": layer, "TARGET": target, "ZONES": zones, "REJECTED": "TEMPORARY_OUTPUT"}
    p.update(extra)
    return p


def query(path, sql, args=()):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def db_state(path):
    """Row counts and a content hash of houses and their inspections."""
    out = {}
    for table, key in (("houses", "fid"), ("house_inspections", "inspection_id")):
        rows = query(path, 'SELECT * FROM "%s" ORDER BY %s' % (table, key))
        out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return out


def villages(path):
    z = gpd.read_file(path, layer="zones")
    return z[z["level"].isin(["village", "community"])].reset_index(drop=True)


def expected_zones(path, points):
    """{index: (township, village)} by an independent point-in-polygon join (geopandas)."""
    z = gpd.read_file(path, layer="zones")
    pts = gpd.GeoDataFrame({"i": range(len(points))}, geometry=list(points), crs="EPSG:4490")
    out = {}
    for levels, col in ((["township", "street", "park"], "t"), (["village", "community"], "v")):
        part = z[z["level"].isin(levels)][["zone_code", "geometry"]]
        joined = gpd.sjoin(pts, part, predicate="within", how="left")
        for i, code in zip(joined["i"], joined["zone_code"]):
            out.setdefault(i, {})[col] = None if isinstance(code, float) else code
    return {i: (v["t"], v["v"]) for i, v in out.items()}


def inner_points(path, n, seed):
    """`n` lon/lat points well inside villages (≥ 30 m from any border)."""
    rng = random.Random(seed)
    vs = villages(path)
    out = []
    while len(out) < n:
        v = vs.geometry.iloc[rng.randrange(len(vs))]
        minx, miny, maxx, maxy = v.bounds
        p = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if v.contains(p.buffer(0.0004)):
            out.append(p)
    return out


def national_rows(path, seed=1):
    """Rows of the national form: 6 new houses, 1 known house, and 9 that must be
    rejected, each with what is expected of it."""
    pts = inner_points(path, 16, seed)
    zmin = gpd.read_file(path, layer="zones").total_bounds

    def row(k, house_id, **kw):
        r = {"房屋编码": house_id, "详细地址": "测试村%d号" % k, "户主姓名": "户主%d" % k,
             "所在乡镇(街道)代码": "", "所在村(社区)代码": "", "经度": round(pts[k].x, 7),
             "纬度": round(pts[k].y, 7), "地上层数": "2", "地下层数": "0", "建筑面积": "150",
             "结构类型": "砖混", "建成年代": "2005", "土地性质": "集体", "房屋用途": "自住",
             "经营类型": "", "居住人数": "4", "是否加层": "否", "是否经过专业设计": "否",
             "隐患初判": "未发现安全隐患", "鉴定等级": "", "鉴定日期": "", "整治措施": ""}
        r.update(kw)
        return r

    def hid(k):
        return "YH330624%09d" % (900000000 + k)

    rows = [
        (row(0, hid(0), 地上层数="3层", 地下层数="1", 建筑面积="240.5㎡", 结构类型="砖混结构",
             建成年代="1990年代", 土地性质="集体土地", 房屋用途="自住兼经营", 经营类型="餐饮、住宿",
             居住人数="12人", 是否加层="是", 是否经过专业设计="否", 隐患初判="存在一定安全隐患",
             鉴定等级="C级", 鉴定日期="2023年5月6日", 整治措施="限制用途；维修加固"),
         ("new", None)),
        (row(1, hid(1), 结构类型="框架", 建成年代="2012年", 房屋用途="出租", 是否经过专业设计="是"),
         ("new", None)),
        (row(2, hid(2), 地上层数="四层", 结构类型="土木结构", 建成年代="八十年代", 土地性质="国有"),
         ("new", None)),
        (row(3, hid(3), 建筑面积="1,020平方米", 房屋用途="经营性", 经营类型="教育培训", 居住人数="60"),
         ("new", None)),
        (row(4, " yh330624%09d " % (900000000 + 4), 隐患初判="存在严重安全隐患",
             鉴定日期="2024-01-15"), ("new", None)),
        (row(5, hid(5), **{"所在乡镇(街道)代码": "330624199"}), ("new", None)),
        (row(6, EXISTING, 详细地址="", 地上层数="5", 结构类型="钢结构", 建成年代="2010"),
         ("update", None)),
        (row(7, hid(7), 经度=round(zmin[2] + 0.05, 6), 纬度=round(zmin[3] + 0.05, 6)),
         ("reject", "outside every zone of the database")),
        (row(8, "YH3306241000001"), ("reject", "the house code “YH3306241000001” is malformed")),
        (row(9, ""), ("reject", "it has no house code (房屋编码)")),
        (row(10, hid(1)), ("reject", "the house code %s already appears in Row 3 (house %s)"
                           % (hid(1), hid(1)))),
        (row(11, hid(11), 地上层数="0"),
         ("reject", "field 地上层数 (storeys): 0 is impossible: it must be at least 1")),
        (row(12, hid(12), 建筑面积="-35"),
         ("reject", "field 建筑面积 (floor_area_m2): the floor area -35 m² is impossible")),
        (row(13, hid(13), 建成年代="%d年" % (THIS_YEAR + 1)),
         ("reject", "field 建成年代 (built_year): the year %d lies in the future" % (THIS_YEAR + 1))),
        (row(14, hid(14), 结构类型="竹结构"),
         ("reject", "field 结构类型 (structure): “竹结构” is not one of brick_concrete (砖混)")),
        (row(15, "YH330625100000009"),
         ("reject", "the house code YH330625100000009 belongs to the county 330625")),
    ]
    return [r for r, _ in rows], [e for _, e in rows], pts


def write_csv(path, rows, encoding):
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.DictWriter(fh, HEADERS)
        w.writeheader()
        for r in rows:
            w.writerow(r)
    return path


def write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append([r[h] for h in HEADERS])
    wb.save(path)
    return path


def stored_houses(path):
    cols = ("house_id, address, owner, township_code, village_code, storeys, basement_storeys, "
            "floor_area_m2, structure, built_year, land_ownership, use, business_types, "
            "occupants, alt_add_storey, professional_design, screening, appraisal_status, "
            "appraisal_grade, appraised_on, measures, created_at, next_inspection_due, plan")
    names = [c.strip() for c in cols.split(",")]
    return {r[0]: dict(zip(names, r)) for r in query(path, "SELECT %s FROM houses" % cols)}


def stored_points(path):
    h = gpd.read_file(path, layer="houses")
    return dict(zip(h["house_id"], h.geometry))


# --- national-form tables ------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["csv-gbk", "csv-utf8", "xlsx"])
def test_national_form_tables(provider, db, tmp_path, kind):
    path, target, zones = db
    rows, expect, pts = national_rows(path)
    if kind == "xlsx":
        source = write_xlsx(str(tmp_path / "自建房.xlsx"), rows)
    else:
        source = write_csv(str(tmp_path / "houses.csv"), rows,
                           "gbk" if kind == "csv-gbk" else "utf-8")
    before = stored_houses(path)
    inspections = query(path, "SELECT count(*) FROM house_inspections WHERE house_id = ?",
                        (EXISTING,))
    result, feedback = run(params(source, target, zones))
    if kind != "xlsx":
        assert "Text encoding of houses.csv: %s." % ("GBK" if kind == "csv-gbk" else "UTF-8") \
            in feedback.infos
    assert (result["IMPORTED"], result["UPDATED"]) == (6, 1)
    assert result["REJECTED"].featureCount() == 9
    assert target.featureCount() == 5 + 6          # the layer was reloaded

    # every rejection with its reason, and the rejected row's point where it had one
    rejected = [(f["房屋编码"], f["reason"], f.geometry()) for f in result["REJECTED"].getFeatures()]
    planted = [(r["房屋编码"], e[1]) for r, e in zip(rows, expect) if e[0] == "reject"]
    assert len(rejected) == len(planted)
    for (code, reason, geom), (p_code, p_reason) in zip(rejected, planted):
        assert (code or "") == (p_code or "") and reason.startswith(p_reason), (reason, p_reason)
        assert not geom.isNull()
    assert any("Row 9 (house YH330624900000007): outside every zone" in e for e in feedback.errors)
    assert any("disagrees with the zones" in i and "330624199" in i for i in feedback.infos)

    stored = stored_houses(path)
    points = stored_points(path)
    ok = [(k, r) for k, (r, e) in enumerate(zip(rows, expect)) if e[0] != "reject"]
    zones_by_sjoin = expected_zones(path, [pts[k] for k, _ in ok])
    for j, (k, r) in enumerate(ok):
        house_id = r["房屋编码"].strip().upper()
        s = stored[house_id]
        assert (s["township_code"], s["village_code"]) == zones_by_sjoin[j], house_id
        assert points[house_id].x == pytest.approx(pts[k].x, abs=1e-7)
        assert points[house_id].y == pytest.approx(pts[k].y, abs=1e-7)
    new0 = stored["YH330624900000000"]
    assert {k: new0[k] for k in ("storeys", "basement_storeys", "floor_area_m2", "structure",
                                 "built_year", "land_ownership", "use", "business_types",
                                 "occupants", "alt_add_storey", "professional_design",
                                 "screening", "appraisal_status", "appraisal_grade",
                                 "appraised_on", "measures", "address", "owner")} == {
        "storeys": 3, "basement_storeys": 1, "floor_area_m2": 240.5,
        "structure": "brick_concrete", "built_year": 1990, "land_ownership": "collective",
        "use": "own_business", "business_types": "{catering,lodging}", "occupants": 12,
        "alt_add_storey": 1, "professional_design": 0, "screening": "some",
        "appraisal_status": "done", "appraisal_grade": "C", "appraised_on": "2023-05-06",
        "measures": "{restrict_use,repair}", "address": "测试村0号", "owner": "户主0"}
    assert (stored["YH330624900000002"]["storeys"], stored["YH330624900000002"]["built_year"],
            stored["YH330624900000002"]["structure"]) == (4, 1980, "earth_wood")
    assert stored["YH330624900000003"]["floor_area_m2"] == 1020.0
    assert "YH330624900000004" in stored and stored["YH330624900000004"]["screening"] == "serious"

    # the known house: mapped fields, location and zones changed; the rest and its history kept
    old, new = before[EXISTING], stored[EXISTING]
    assert (new["storeys"], new["structure"], new["built_year"]) == (5, "steel", 2010)
    assert new["address"] == old["address"]            # an empty cell leaves the stored value
    assert new["owner"] == "户主6"
    for kept in ("created_at", "next_inspection_due", "plan"):
        assert new[kept] == old[kept], kept
    assert query(path, "SELECT count(*) FROM house_inspections WHERE house_id = ?",
                 (EXISTING,)) == inspections
    assert len(stored) == len(before) + 6


def test_reimport_updates_instead_of_duplicating(provider, db, tmp_path):
    path, target, zones = db
    rows, expect, _pts = national_rows(path, seed=2)
    good = [r for r, e in zip(rows, expect) if e[0] != "reject"]
    first, _ = run(params(write_csv(str(tmp_path / "a.csv"), good, "utf-8"), target, zones))
    assert (first["IMPORTED"], first["UPDATED"]) == (6, 1)
    count = query(path, "SELECT count(*) FROM houses")[0][0]
    created = dict(query(path, "SELECT house_id, created_at FROM houses"))
    for r in good:
        r["地上层数"] = "7"
        r["结构类型"] = "框架"
    again, _ = run(params(write_csv(str(tmp_path / "b.csv"), good, "gbk"), target, zones))
    assert (again["IMPORTED"], again["UPDATED"]) == (0, 7)
    assert again["REJECTED"].featureCount() == 0
    assert query(path, "SELECT count(*) FROM houses")[0][0] == count
    ids = [r["房屋编码"].strip().upper() for r in good]
    got = query(path, "SELECT house_id, storeys, structure FROM houses WHERE house_id IN (%s)"
                % ",".join("?" * len(ids)), ids)
    assert sorted(got) == sorted((i, 7, "frame") for i in ids)
    assert dict(query(path, "SELECT house_id, created_at FROM houses")) == created


# --- layers: polygons in EPSG:4549, points in EPSG:4326 -------------------------------------

def memory_layer(geometry_type, crs, features, fields=(("房屋编码", QVariant.String),
                                                       ("地上层数", QVariant.Int))):
    return lwtest.memory_layer(geometry_type, crs, features, fields)


def u_shape(x, y, w=14.0, h=12.0, t=2.5):
    """A U-shaped footprint (metres) whose centroid lies outside it."""
    return Polygon([(x, y), (x + w, y), (x + w, y + h), (x + w - t, y + h), (x + w - t, y + t),
                    (x + t, y + t), (x + t, y + h), (x, y + h)])


def test_polygons_in_gauss_kruger_become_points_on_their_surface(provider, db):
    path, target, zones = db
    to_gk = Transformer.from_crs("EPSG:4490", "EPSG:4549", always_xy=True)
    to_ll = Transformer.from_crs("EPSG:4549", "EPSG:4490", always_xy=True)
    centres = [to_gk.transform(p.x, p.y) for p in inner_points(path, 6, seed=7)]
    shapes = [u_shape(x, y) for x, y in centres[:4]]
    x, y = centres[4]
    shapes.append(MultiPolygon([box(x, y, x + 8, y + 9), box(x + 15, y, x + 25, y + 12)]))
    x, y = centres[5]
    shapes.append(Polygon([(x, y), (x + 10, y + 10), (x + 10, y), (x, y + 10)]))   # bowtie
    assert not shapes[0].contains(shapes[0].centroid)
    feats = [(("YH330624%09d" % (910000000 + k), 2 + k % 3), s.wkt) for k, s in enumerate(shapes)]
    result, _ = run(params(memory_layer("MultiPolygon", "EPSG:4549", feats), target, zones))
    assert (result["IMPORTED"], result["UPDATED"]) == (5, 0)
    [(code, reason)] = [(f["房屋编码"], f["reason"]) for f in result["REJECTED"].getFeatures()]
    assert code == "YH330624910000005" and "invalid" in reason

    points = stored_points(path)
    stored = stored_houses(path)
    polygons_ll = [shapely.ops.transform(to_ll.transform, s) for s in shapes[:5]]
    by_sjoin = expected_zones(path, [points["YH330624%09d" % (910000000 + k)] for k in range(5)])
    by_polygon = expected_zones(path, [p.representative_point() for p in polygons_ll])
    for k, poly in enumerate(polygons_ll):
        house_id = "YH330624%09d" % (910000000 + k)
        assert poly.contains(points[house_id]), house_id
        zone = (stored[house_id]["township_code"], stored[house_id]["village_code"])
        assert zone == by_sjoin[k] == by_polygon[k]
        assert stored[house_id]["storeys"] == 2 + k % 3


def test_points_in_wgs84_are_reprojected(provider, db):
    path, target, zones = db
    pts = inner_points(path, 5, seed=8)
    to_wgs = Transformer.from_crs("EPSG:4490", "EPSG:4326", always_xy=True)
    wgs = [Point(*to_wgs.transform(p.x, p.y)) for p in pts]
    feats = [(("YH330624%09d" % (920000000 + k), 3), p.wkt) for k, p in enumerate(wgs)]
    feats.append(((EXISTING, 4), wgs[0].wkt))      # the known house moves next to house 0
    feats.append((("YH330624920000009", 3), "MultiPoint ((120.8 29.4), (120.9 29.5))"))
    result, _ = run(params(memory_layer("MultiPoint", "EPSG:4326", feats), target, zones))
    assert (result["IMPORTED"], result["UPDATED"]) == (5, 1)
    [reason] = [f["reason"] for f in result["REJECTED"].getFeatures()]
    assert reason == "it has 2 points: a house is one point"
    points = stored_points(path)
    to_cgcs = Transformer.from_crs("EPSG:4326", "EPSG:4490", always_xy=True)
    by_sjoin = expected_zones(path, pts)
    stored = stored_houses(path)
    for k, p in enumerate(wgs):
        house_id = "YH330624%09d" % (920000000 + k)
        x, y = to_cgcs.transform(p.x, p.y)
        assert (points[house_id].x, points[house_id].y) == (pytest.approx(x, abs=1e-8),
                                                            pytest.approx(y, abs=1e-8))
        assert (stored[house_id]["township_code"], stored[house_id]["village_code"]) == by_sjoin[k]
    assert points[EXISTING].distance(points["YH330624920000000"]) < 1e-8
    assert (stored[EXISTING]["township_code"], stored[EXISTING]["village_code"]) == by_sjoin[0]
    assert stored[EXISTING]["storeys"] == 4


# --- all or nothing ---------------------------------------------------------------------------

def test_a_database_refusal_leaves_the_database_as_it_was(provider, db, tmp_path):
    path, target, zones = db
    con = sqlite3.connect(path)
    con.execute("CREATE TRIGGER test_refuse BEFORE INSERT ON houses WHEN NEW.owner = '拒绝' "
                "BEGIN SELECT RAISE(ABORT, 'houses: refused by the test'); END")
    con.commit()
    con.close()
    rows, expect, _ = national_rows(path, seed=3)
    good = [r for r, e in zip(rows, expect) if e[0] != "reject"]
    good[4]["户主姓名"] = "拒绝"                      # after three inserts and before the update
    before = db_state(path)
    message = refused(params(write_csv(str(tmp_path / "r.csv"), good, "utf-8"), target, zones))
    assert message == ("Row 6 (house YH330624900000004): the database refused it (houses: "
                       "refused by the test). Nothing was imported.")
    assert db_state(path) == before
    assert target.featureCount() == 5


def test_cancel_while_writing_leaves_the_database_as_it_was(provider, db, tmp_path):
    path, target, zones = db
    pts = inner_points(path, 12, seed=4)
    feats = [(("YH330624%09d" % (930000000 + k), 2), p.wkt) for k, p in enumerate(pts)]
    feats.append(((EXISTING, 6), pts[0].wkt))
    before = db_state(path)
    feedback = Recorder(cancel_at=80)     # reading ends at 60 %, writing runs 60–98 %
    result, feedback = run(params(memory_layer("Point", "EPSG:4490", feats), target, zones),
                           feedback)
    assert (result["IMPORTED"], result["UPDATED"]) == (0, 0)
    assert any("Canceled" in i for i in feedback.infos)
    assert db_state(path) == before


# --- encodings and refusals -------------------------------------------------------------------

def gbk_shapefile(folder, rows):
    """A point shapefile with GBK text and no .cpg (nor language driver id)."""
    path = os.path.join(folder, "fw.shp")
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = ds.CreateLayer("fw", srs, ogr.wkbPoint)
    for name in ("FWBM", "JGLX", "DZ"):
        fd = ogr.FieldDefn(name, ogr.OFTString)
        fd.SetWidth(60)
        layer.CreateField(fd)
    for house_id, structure, address, p in rows:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("FWBM", house_id)
        f.SetField("JGLX", structure)
        f.SetField("DZ", address)
        f.SetGeometry(ogr.CreateGeometryFromWkt(p.wkt))
        layer.CreateFeature(f)
    ds = None
    if os.path.exists(os.path.join(folder, "fw.cpg")):
        os.remove(os.path.join(folder, "fw.cpg"))
    dbf = os.path.join(folder, "fw.dbf")
    with open(dbf, "rb") as fh:
        data = bytearray(fh.read())
    data[29] = 0
    for _house_id, structure, address, _p in rows:     # UTF-8 text → GBK, padded with spaces
        for text in (structure, address):
            utf8, gbk = text.encode("utf-8"), text.encode("gbk")
            at = data.index(utf8)
            data[at:at + len(utf8)] = gbk + b" " * (len(utf8) - len(gbk))
    with open(dbf, "wb") as fh:
        fh.write(bytes(data))
    assert "砖混".encode("gbk") in data
    return path


def test_gbk_shapefile_without_cpg(provider, db, tmp_path, project):
    path, target, zones = db
    pts = inner_points(path, 2, seed=5)
    shp = gbk_shapefile(str(tmp_path), [("YH330624940000000", "砖混", "城关镇一号", pts[0]),
                                        ("YH330624940000001", "框架结构", "城关镇二号", pts[1])])
    fmap = "FWBM:house_id;JGLX:structure;DZ:address"
    before = db_state(path)
    message = refused(params(shp, target, zones, FIELD_MAP=fmap, ENCODING=1))   # UTF-8: wrong
    assert "is garbled" in message and "Choose the encoding" in message
    assert db_state(path) == before
    result, feedback = run(params(shp, target, zones, FIELD_MAP=fmap))           # automatic
    assert "Text encoding of fw.shp: GBK." in feedback.infos
    assert result["IMPORTED"] == 2
    assert query(path, "SELECT house_id, structure, address FROM houses WHERE house_id LIKE "
                       "'YH33062494%' ORDER BY 1") == [
        ("YH330624940000000", "brick_concrete", "城关镇一号"),
        ("YH330624940000001", "frame", "城关镇二号")]


def test_a_gbk_csv_read_as_utf8_is_refused(provider, db, tmp_path):
    path, target, zones = db
    rows, expect, _ = national_rows(path, seed=6)
    source = write_csv(str(tmp_path / "g.csv"), rows[:2], "gbk")
    before = db_state(path)
    message = refused(params(source, target, zones, ENCODING=1))
    assert message.startswith("The column name “") and "is garbled" in message
    assert db_state(path) == before
    result, _ = run(params(source, target, zones, ENCODING=2))
    assert result["IMPORTED"] == 2


@pytest.mark.parametrize("change, words", [
    ({"FIELD_MAP": "详细地址:address"}, ["No column of the input is mapped to house_id"]),
    ({"FIELD_MAP": "房屋编码:house_id;鉴定日期:graded_on"},
     ["Field map:", "cannot be filled by an import", "grade_houses computes it"]),
    ({"LON_FIELD": "户主姓名", "LAT_FIELD": "没有"}, ["The input has no field “没有”"]),
])
def test_bad_parameters_are_refused(provider, db, tmp_path, change, words):
    path, target, zones = db
    rows, _, _ = national_rows(path, seed=9)
    source = write_csv(str(tmp_path / "p.csv"), rows[:3], "utf-8")
    before = db_state(path)
    p = params(source, target, zones)
    p.update(change)
    import processing
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:import_houses", p, feedback=Recorder())
    for w in words:
        assert w in str(info.value)
    assert db_state(path) == before


def test_a_table_without_coordinates_and_a_wrong_target_are_refused(provider, db, tmp_path):
    path, target, zones = db
    source = str(tmp_path / "n.csv")
    with open(source, "w", encoding="utf-8") as fh:
        fh.write("房屋编码,地上层数\nYH330624950000000,3\n")
    message = refused(params(source, target, zones))
    assert "has no geometry and no longitude column" in message
    message = refused(params(source, zones, zones))
    assert "is not the table houses of a Liangwei project database" in message


def test_coordinates_in_gauss_kruger_columns(provider, db, tmp_path):
    path, target, zones = db
    pts = inner_points(path, 2, seed=10)
    to_gk = Transformer.from_crs("EPSG:4490", "EPSG:4549", always_xy=True)
    source = str(tmp_path / "xy.csv")
    with open(source, "w", encoding="utf-8") as fh:
        fh.write("房屋编码,X,Y\n")
        for k, p in enumerate(pts):
            fh.write("YH330624%09d,%.3f,%.3f\n" % ((960000000 + k,) + to_gk.transform(p.x, p.y)))
    result, _ = run(params(source, target, zones, SOURCE_CRS="EPSG:4549"))
    assert result["IMPORTED"] == 2
    points = stored_points(path)
    for k, p in enumerate(pts):
        assert points["YH330624%09d" % (960000000 + k)].distance(p) < 1e-7
    # the same numbers read as longitude/latitude are refused, row by row
    result, _ = run(params(source, target, zones))
    assert result["IMPORTED"] == 0 and result["UPDATED"] == 0
    reasons = [f["reason"] for f in result["REJECTED"].getFeatures()]
    assert len(reasons) == 2 and all("are not a longitude and a latitude" in r for r in reasons)
