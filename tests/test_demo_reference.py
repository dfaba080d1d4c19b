"""The demo county's reference data (core/demo_reference.py, store/demo_reference.py):
deterministic, every layer valid and inside the county, the building-survey changes,
permits and satellite patches exactly as the summary says — each checked against an
independent computation with geopandas / shapely / pyproj."""

import datetime
import os
import re

import geopandas as gpd
import pyogrio
import pytest
import shapely
from pyproj import Geod

from liangwei.plugin.core import demo, demo_reference as core
from liangwei.plugin.store import demo_reference, demo_writer, gpkg

SMALL = dict(townships=5, villages=40, violations=200)
SEED = 3
BUILDINGS = 400
PATCHES = 60
GEOD = Geod(ellps="GRS80")
GK = "EPSG:4549"     # CGCS2000 / 3-degree Gauss-Kruger CM 120E
OPEN = "status NOT IN ('closed', 'not_filed')"


def area_m2(geometry):
    return abs(GEOD.geometry_area_perimeter(geometry)[0])


@pytest.fixture(scope="module")
def county_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ref")
    path = gpkg.create(str(folder / "demo.gpkg"), "330624")
    demo_writer.write_demo_county(path, seed=SEED, **SMALL)
    return path


@pytest.fixture(scope="module")
def written(county_db, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("out") / "reference.gpkg")
    ticks = []
    summary = demo_reference.write_demo_reference(county_db, out, seed=SEED, buildings=BUILDINGS,
                                                  patches=PATCHES, progress=ticks.append)
    layers = {name: gpd.read_file(out, layer=name) for name in core.LAYER_NAMES}
    return out, summary, layers, ticks


@pytest.fixture(scope="module")
def db_layers(county_db):
    zones = gpd.read_file(county_db, layer="zones")
    violations = gpd.read_file(county_db, layer="violations")
    return zones, violations


# --- determinism, layers, fields ------------------------------------------------------------

def _dump(path):
    out = {}
    for name in core.LAYER_NAMES:
        df = pyogrio.read_dataframe(path, layer=name)
        out[name] = [tuple(r) for r in df.drop(columns="geometry").itertuples(index=False)], \
            [g.wkb for g in df.geometry]
    return out


def test_deterministic_by_seed(county_db, written, tmp_path):
    path, summary, _, _ = written
    again = str(tmp_path / "again.gpkg")
    second = demo_reference.write_demo_reference(county_db, again, seed=SEED, buildings=BUILDINGS,
                                                 patches=PATCHES)
    assert _dump(again) == _dump(path)
    strip = lambda s: {k: v for k, v in s.items() if k != "seconds"}  # noqa: E731
    assert strip(second) == strip(summary)
    # the plain-Python rows too, without any file
    county = demo_reference.demo_county_for(demo_reference.read_project(county_db), SEED)
    info = demo_reference.read_project(county_db)
    a = core.DemoReference(county, info["violations"], seed=SEED, buildings=50, patches=10)
    b = core.DemoReference(county, info["violations"], seed=SEED, buildings=50, patches=10)
    assert list(a.surveys()) == list(b.surveys()) and a.patches() == b.patches()
    assert a.roads() == b.roads() and a.planning() == b.planning()


def test_another_seed_is_refused_and_nothing_is_written(county_db, tmp_path):
    out = tmp_path / "other.gpkg"
    with pytest.raises(gpkg.DatabaseError, match="seed 4"):
        demo_reference.write_demo_reference(county_db, str(out), seed=4)
    assert not out.exists() and os.listdir(tmp_path) == []


def test_cancel_leaves_an_existing_file_untouched(county_db, tmp_path):
    out = tmp_path / "reference.gpkg"
    out.write_bytes(b"keep me")
    with pytest.raises(demo_writer.DemoCanceled):
        demo_reference.write_demo_reference(county_db, str(out), seed=SEED, buildings=100,
                                            patches=10, is_canceled=lambda: True)
    assert out.read_bytes() == b"keep me" and os.listdir(tmp_path) == ["reference.gpkg"]


def test_layers_fields_and_crs(written):
    path, summary, layers, ticks = written
    listed = {name: geom for name, geom in pyogrio.list_layers(path)}
    assert set(listed) == set(core.LAYER_NAMES)
    for name, kind, fields in core.LAYERS:
        assert listed[name] == ("LineString" if kind == core.LINE else "MultiPolygon"), name
        info = pyogrio.read_info(path, layer=name)
        assert info["crs"] == "EPSG:4490", name
        assert list(info["fields"]) == [f for f, _ in fields], name
        assert len(layers[name]) == summary["layers"][name] > 0, name
    types = dict(zip(pyogrio.read_info(path, layer="patches")["fields"],
                     pyogrio.read_info(path, layer="patches")["dtypes"]))
    assert types["JCMJ"] == "float64" and types["JCBH"] == "object"
    assert set(layers["roads"].road_class) == set(core.ROAD_CLASSES)
    assert set(layers["farmland"].land_class) == set(core.LAND_CLASSES)
    assert set(layers["planning"].zone_class) == set(core.ZONE_CLASSES)
    assert layers["roads"].name.notna().all() and layers["rivers"].name.notna().all()
    assert layers["projects"].name.notna().all()
    assert ticks and ticks[-1] == 100.0 and ticks == sorted(ticks)


def test_everything_lies_inside_the_county_and_is_valid(written, db_layers):
    _, _, layers, _ = written
    zones, _ = db_layers
    county = zones[zones.level == "county"].geometry.iloc[0]
    minx, miny, maxx, maxy = county.bounds
    envelope = shapely.box(minx, miny, maxx, maxy)
    inside = county.buffer(1e-9)
    for name in core.LAYER_NAMES:
        df = layers[name]
        x0, y0, x1, y1 = df.total_bounds
        assert minx <= x0 and x1 <= maxx and miny <= y0 and y1 <= maxy, name
        assert df.geometry.within(envelope).all(), name
        assert df.geometry.within(inside).all(), name
        if name != "patches":
            assert df.geometry.is_valid.all(), (name, df[~df.geometry.is_valid].head())


# --- reference layers ---------------------------------------------------------------------

def test_rivers_hills_farmland_and_planning(written, db_layers):
    _, _, layers, _ = written
    zones, _ = db_layers
    rivers = layers["rivers"].to_crs(GK)
    # a long thin polygon: area / half its perimeter ≈ its mean width
    width = rivers.area / (rivers.length / 2)
    assert width.between(18, 82).all(), width
    assert layers["rivers"].width_m.between(20, 80).all()
    # one centre line per river polygon, inside it, along all of it
    lines = layers["river_lines"].to_crs(GK)
    assert list(lines.name) == list(rivers.name)
    assert list(lines.width_m) == list(layers["rivers"].width_m)
    for line, river in zip(lines.geometry, rivers.geometry):
        assert line.within(river.buffer(0.01))
        assert 2 * line.length < river.length < 2 * line.length + 2 * 80 + 1
    assert 3 <= len(layers["hills"]) <= 12
    farmland = layers["farmland"].to_crs(GK)
    assert farmland.area.sum() == pytest.approx(farmland.union_all().area, rel=1e-9)  # no overlap
    planning = layers["planning"]
    sanqu = planning[planning.plan_system == "三区"].to_crs(GK)
    assert set(sanqu.zone_class) <= set(core.SANQU)
    county = zones[zones.level == "county"].to_crs(GK).geometry.iloc[0]
    union = sanqu.union_all()
    # the 三区 polygons tile the county: no gap, no overlap
    assert sanqu.area.sum() == pytest.approx(county.area, rel=1e-9)
    assert union.symmetric_difference(county).area < 1e-6 * county.area
    basic = planning[planning.zone_class == "永久基本农田"].to_crs(GK)
    fl_basic = farmland[layers["farmland"].land_class == "永久基本农田"]
    assert basic.area.sum() == pytest.approx(fl_basic.area.sum(), rel=1e-9)


def test_projects_cover_open_cases(written, db_layers):
    _, _, layers, _ = written
    _, violations = db_layers
    open_cases = violations[~violations.status.isin(["closed", "not_filed"])]
    hits = gpd.sjoin(open_cases, layers["projects"], predicate="within")
    assert hits.index_right.nunique() >= 2


# --- building surveys and permits --------------------------------------------------------------

def test_survey_changes_match_the_summary(written, db_layers):
    _, summary, layers, _ = written
    _, violations = db_layers
    b = summary["buildings"]
    before = layers["buildings_2023"].set_index("bldg_id")
    after = layers["buildings_2024"].set_index("bldg_id")
    assert before.index.is_unique and after.index.is_unique
    assert len(before) == BUILDINGS == b["buildings_2023"]
    assert len(after) == b["buildings_2024"]
    kinds = {k: set() for k in core.CHANGE_KINDS}
    kinds["demolished"] = set(before.index) - set(after.index)
    new = set(after.index) - set(before.index)
    for bid in set(before.index) & set(after.index):
        g0, g1 = before.geometry[bid], after.geometry[bid]
        s0, s1 = before.storeys[bid], after.storeys[bid]
        if g0.equals_exact(g1, 0):
            kinds["raised" if s1 > s0 else "unchanged"].add(bid)
            assert s1 >= s0
        else:
            assert g1.covers(g0) and s1 == s0
            assert area_m2(g1) - area_m2(g0) >= 29.9
            kinds["expanded"].add(bid)
    cases = violations.geometry
    open_cases = violations[~violations.status.isin(["closed", "not_filed"])]
    for bid in new:
        g = after.geometry[bid]
        same = open_cases.geometry.apply(lambda c: c.equals_exact(g, 1e-12))
        if same.any():
            kinds["new_at_violations"].add(bid)
        else:
            assert not cases.intersects(g).any()
            kinds["new_elsewhere"].add(bid)
        assert not before.geometry.intersects(g).any()
    for kind in core.CHANGE_KINDS:
        assert sorted(kinds[kind]) == sorted(b["ids"][kind]), kind
        assert len(kinds[kind]) == b[kind] > 0, kind
    assert b["demolished"] == round(0.015 * BUILDINGS) and b["raised"] == round(0.02 * BUILDINGS)
    # no two footprints of a survey overlap
    for df in (layers["buildings_2023"], layers["buildings_2024"]):
        pairs = gpd.sjoin(df, df, predicate="intersects")
        assert (pairs.index == pairs.index_right).all()
    # the 2023 survey has no building on any case
    assert not gpd.sjoin(layers["buildings_2023"], violations, predicate="intersects").shape[0]


def test_permits_cover_new_buildings_fully_or_by_half(written):
    _, summary, layers, _ = written
    after = layers["buildings_2024"].set_index("bldg_id").to_crs(GK)
    permits = layers["permits"].to_crs(GK).union_all()
    p = summary["permits"]
    assert len(layers["permits"]) == p["full"] + 1
    changed = summary["buildings"]["ids"]
    shares = {}
    for bid in changed["new_at_violations"] + changed["new_elsewhere"] + changed["expanded"]:
        g = after.geometry[bid]
        shares[bid] = g.intersection(permits).area / g.area
    assert shares.pop(p["half_id"]) == pytest.approx(0.5, abs=1e-4)
    for bid in p["full_ids"]:
        assert shares.pop(bid) == pytest.approx(1.0, abs=1e-9)
    assert all(s == 0 for s in shares.values())
    assert layers["permits"].permit_no.is_unique
    assert layers["permits"].approved_on.apply(datetime.date.fromisoformat).notna().all()


# --- satellite patches ---------------------------------------------------------------------------

def test_patch_fields(written, db_layers):
    _, summary, layers, _ = written
    zones, _ = db_layers
    patches = layers["patches"]
    assert list(patches.columns[:-1]) == [f for f, _ in core.PATCH_FIELDS]
    assert len(patches) == PATCHES == summary["patches"]["total"]
    assert patches.JCBH.is_unique
    assert patches.JCBH.str.fullmatch(r"330624-\d{4}Q[1-4]-\d{5}").all()
    towns = zones[zones.level.isin(["township", "street", "park"])]
    assert patches.XZQDM.str.fullmatch(r"330624\d{3}").all()
    assert set(patches.XZQDM) <= set(towns.zone_code)
    names = dict(zip(towns.zone_code, towns.zone_name))
    assert (patches.XZQDM.map(names) == patches.XZQMC).all()
    before = patches.QSX.apply(lambda s: datetime.datetime.strptime(s, "%Y%m%d").date())
    after = patches.HSX.apply(lambda s: datetime.datetime.strptime(s, "%Y%m%d").date())
    assert (before < after).all()
    assert patches.JCBH.str[7:13].nunique() == 1            # one quarterly batch
    assert set(patches.TBLX) <= set(core.PATCH_TYPES)
    assert (patches.JCMJ == patches.JCMJ.round()).all()
    assert ((patches.JCGDMJ == 0) | (patches.JCGDMJ == patches.JCMJ)).all()
    assert (patches.YJJBNTMJ <= patches.JCGDMJ).all()
    # reported area ~1 % off the true ellipsoidal area (the bow-tie measured as drawn)
    special = summary["patches"]["special"]
    for row in patches.itertuples():
        g = row.geometry
        true = area_m2(shapely.make_valid(g)) if row.JCBH == special["bowtie"] else area_m2(g)
        # 0.5–1.5 % off, then rounded to the m²
        assert 0.005 * true - 0.51 <= abs(row.JCMJ - true) <= 0.015 * true + 0.51, row.JCBH
        # the centre coordinates: within a few metres of the centroid
        centre = shapely.Point(row.ZXHZB, row.ZXZZB)
        assert shapely.make_valid(g).centroid.distance(centre) < 0.0001


def test_patch_special_cases_and_duplicates(written, db_layers):
    _, summary, layers, _ = written
    zones, violations = db_layers
    patches = layers["patches"].set_index("JCBH")
    s = summary["patches"]
    special = s["special"]
    # bow-tie: invalid, its drawn (signed) area says nothing: repair is refused by the 1 % rule
    bowtie = patches.geometry[special["bowtie"]]
    assert not bowtie.is_valid
    assert abs(bowtie.area - shapely.make_valid(bowtie).area) > 0.5 * shapely.make_valid(bowtie).area
    # self-touching ring: invalid, the repair keeps the area (well within 1 %)
    touching = patches.geometry[special["self_touching"]]
    assert not touching.is_valid and "Self-intersection" in shapely.is_valid_reason(touching)
    fixed = shapely.make_valid(touching)
    assert fixed.is_valid and abs(area_m2(fixed) / area_m2(touching) - 1) < 0.001
    # one multipart, two parts
    parts = patches.geometry.apply(lambda g: len(g.geoms))
    assert parts[special["multipart"]] == 2 and (parts.drop(special["multipart"]) == 1).all()
    others = patches.drop(list(special.values()))
    assert others.geometry.is_valid.all()
    # duplicates: overlap an open case by ≥ half the smaller area; the others overlap none
    open_cases = violations[~violations.status.isin(["closed", "not_filed"])].to_crs(GK)
    gk = patches.to_crs(GK)
    found = {}
    for jcbh, g in gk.geometry.items():
        g = shapely.make_valid(g)
        for case_id, c in zip(open_cases.case_id, open_cases.geometry):
            if g.intersects(c):
                share = g.intersection(c).area / min(g.area, c.area)
                assert share >= 0.5, jcbh
                found[jcbh] = case_id
    assert found == s["duplicate_of"] and len(found) == s["duplicates"] > 0
    assert s["duplicates"] + s["at_new_buildings"] + s["elsewhere"] + 3 == PATCHES
    # no two patches of the batch overlap
    pairs = gpd.sjoin(layers["patches"], layers["patches"], predicate="intersects")
    assert (pairs.index == pairs.index_right).all()
    # XZQDM: the township holding the patch's centre (a duplicate: its case's township)
    towns = zones[zones.level.isin(["township", "street", "park"])].set_index("zone_code")
    cases = violations.set_index("case_id")
    for jcbh, row in patches.iterrows():
        if jcbh in found:
            assert row.XZQDM == cases.township_code[found[jcbh]]
        else:
            assert towns.geometry[row.XZQDM].contains(shapely.Point(row.ZXHZB, row.ZXZZB)), jcbh


def test_patches_at_new_buildings_cover_them(written):
    _, summary, layers, _ = written
    after = layers["buildings_2024"].set_index("bldg_id")
    new = after.loc[summary["buildings"]["ids"]["new_elsewhere"]]
    covered = gpd.sjoin(new, layers["patches"], predicate="within")
    assert covered.index.nunique() == summary["patches"]["at_new_buildings"]


# --- the core on its own ------------------------------------------------------------------------

def test_core_inverse_warp_and_sizes():
    county = demo.DemoCounty(seed=SEED, violations=0, townships=5, villages=40)
    data = core.DemoReference(county, (), seed=SEED, buildings=core.MIN_BUILDINGS,
                              patches=core.MIN_PATCHES)
    for p, q in ((1000.0, 2000.0), (county.width / 2, county.height / 3), (5432.1, 8765.4)):
        lon, lat = county.param_lonlat(p, q)
        back = data.to_param(lon, lat)
        assert back == pytest.approx((p, q), abs=1e-5)
    rows = list(data.surveys())
    assert sum(1 for layer, _ in rows if layer == "buildings_2023") == core.MIN_BUILDINGS
    patches = data.patches()
    assert len(patches) == core.MIN_PATCHES
    assert {p["_kind"] for p in patches} >= {"bowtie", "self_touching", "multipart"}
    with pytest.raises(ValueError):
        core.DemoReference(county, (), buildings=core.MIN_BUILDINGS - 1)
    with pytest.raises(ValueError):
        core.DemoReference(county, (), patches=core.MAX_PATCHES + 1)


# --- the Processing algorithm ------------------------------------------------------------------


def test_generate_demo_county_with_reference(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback
    path, reference = str(tmp_path / "demo.gpkg"), str(tmp_path / "reference.gpkg")
    result = processing.run("liangwei:generate_demo_county", {
        "OUTPUT": path, "TOWNSHIPS": 3, "VILLAGES": 12, "VIOLATIONS": 40, "SEED": 7,
        "REFERENCE": reference}, feedback=QgsProcessingFeedback())
    assert result["REFERENCE"] == reference and result["VIOLATIONS_COUNT"] == 40
    assert sorted(os.listdir(tmp_path)) == ["demo.gpkg", "reference.gpkg"]
    assert {n for n, _ in pyogrio.list_layers(reference)} == set(core.LAYER_NAMES)
    assert pyogrio.read_info(reference, layer="buildings_2023")["features"] == \
        core.DEFAULT_BUILDINGS
    assert pyogrio.read_info(reference, layer="patches")["features"] == core.DEFAULT_PATCHES
    # the same file as the database is refused; an existing reference needs OVERWRITE
    with pytest.raises(QgsProcessingException, match="file of its own"):
        processing.run("liangwei:generate_demo_county", {
            "OUTPUT": str(tmp_path / "x.gpkg"), "REFERENCE": str(tmp_path / "x.gpkg"),
            "TOWNSHIPS": 3, "VILLAGES": 12, "VIOLATIONS": 40}, feedback=QgsProcessingFeedback())
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run("liangwei:generate_demo_county", {
            "OUTPUT": str(tmp_path / "y.gpkg"), "REFERENCE": reference,
            "TOWNSHIPS": 3, "VILLAGES": 12, "VIOLATIONS": 40}, feedback=QgsProcessingFeedback())
    assert sorted(os.listdir(tmp_path)) == ["demo.gpkg", "reference.gpkg"]
    without = processing.run("liangwei:generate_demo_county", {
        "OUTPUT": str(tmp_path / "z.gpkg"), "TOWNSHIPS": 3, "VILLAGES": 12, "VIOLATIONS": 40},
        feedback=QgsProcessingFeedback())
    assert not without.get("REFERENCE")
    assert re.match(r".*z\.gpkg$", without["OUTPUT"])
