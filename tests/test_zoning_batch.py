"""gis.zoning_batch takes ZoneIndex.assign's decisions for many polygons at once: checked
polygon by polygon against ZoneIndex on zones with a hole, a multipolygon, a village
reaching out of its township, villages outside every township, exact ties and
polygons straddling up to four zones.  (test_township_stats checks that the algorithm
gives the same figures with and without it.)"""

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from liangwei.plugin.gis import zoning_batch
from liangwei.plugin.gis.zoning import ZoneIndex


@pytest.fixture(autouse=True)
def shapely_2():
    # scripts/setup.sh installs it (with geopandas): its absence is a broken set-up
    assert zoning_batch.available(), "shapely 2 missing: run scripts/setup.sh"


# Two townships side by side (A: 0–100, B: 100–200, B with a hole), their villages
# (A1/A2 split at x = 50, A2 reaching 10 units into B; B1 a multipolygon, B2 the rest
# of B around the hole), and a village of a township that is not in the layer
# (outside every township, x 200–260).
ZONES = [
    ("330624100", "township", None,
     "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
    ("330624200", "township", None,
     "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0), (140 40, 160 40, 160 60, 140 60, 140 40))"),
    ("330624100001", "village", "330624100", "POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))"),
    ("330624100002", "village", "330624100", "POLYGON ((50 0, 110 0, 110 100, 50 100, 50 0))"),
    ("330624200001", "village", "330624200",
     "MULTIPOLYGON (((100 0, 150 0, 150 40, 140 40, 140 60, 150 60, 150 100, 100 100, 100 0)), "
     "((170 0, 180 0, 180 10, 170 10, 170 0)))"),
    ("330624200002", "village", "330624200",
     "POLYGON ((150 0, 200 0, 200 100, 150 100, 150 60, 160 60, 160 40, 150 40, 150 0))"),
    ("330624300001", "village", "330624300", "POLYGON ((200 0, 260 0, 260 100, 200 100, 200 0))"),
]


@pytest.fixture
def index(qgis_app):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4547&field=zone_code:string"
                           "&field=level:string&field=parent_code:string", "zones", "memory")
    features = []
    for code, level, parent, wkt in ZONES:
        f = QgsFeature(layer.fields())
        f.setAttributes([code, level, parent])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return ZoneIndex.from_layer(layer, layer.crs())


def polygons():
    """Random quadrilaterals all over the zones (many crossing one to four zones, a few
    of them bow ties), exact
    halves on the boundaries (ties), a multipolygon, polygons in the hole and outside,
    an invalid bow tie, an empty polygon and a line."""
    rng = np.random.default_rng(7)
    out = []
    for x, y in rng.uniform(-10, 270, (1500, 2)):
        w, h = rng.uniform(0.5, 30, 2)
        dx = rng.uniform(-3, 3)
        out.append("POLYGON ((%r %r, %r %r, %r %r, %r %r, %r %r))" % (
            x, y, x + w, y + dx, x + w, y + h, x, y + h + dx, x, y))
    for x in (50, 100, 150, 200):              # centred on a boundary: a tie
        out.append("POLYGON ((%r 20, %r 20, %r 30, %r 30, %r 20))" % (
            x - 5, x + 5, x + 5, x - 5, x - 5))
    out += ["MULTIPOLYGON (((45 10, 48 10, 48 12, 45 12, 45 10)), "
            "((52 10, 60 10, 60 12, 52 12, 52 10)))",
            "POLYGON ((145 45, 155 45, 155 55, 145 55, 145 45))",       # in the hole
            "POLYGON ((300 300, 310 300, 310 310, 300 310, 300 300))",  # outside
            "POLYGON ((10 10, 20 20, 20 10, 10 20, 10 10))",            # bow tie
            "POLYGON EMPTY", "LINESTRING (0 0, 10 10)"]
    return out


@pytest.mark.parametrize("level", ["township", "village"])
def test_same_decisions_as_zone_index(index, level):
    wkts = polygons()
    geoms = [QgsGeometry.fromWkt(w) for w in wkts]
    found = zoning_batch.BatchZones(index).assign([bytes(g.asWkb()) for g in geoms], level)
    codes = (index.townships if level == "township" else index.villages).codes
    decided = crossing = undecided = invalid = 0
    for wkt, geom, k in zip(wkts, geoms, found.tolist()):
        if k == zoning_batch.UNDECIDED:
            # left to ZoneIndex: what is not a valid polygon, and at the township level
            # what lies outside every township but in a village
            undecided += 1
            if geom.type() == 2 and not geom.isEmpty() and geom.isGeosValid():
                assert level == "township" and index.assign(geom).township_code == "330624300"
            else:
                invalid += 1
            continue
        decided += 1
        expected = index.assign(geom)
        expected = expected.township_code if level == "township" else expected.village_code
        assert (codes[k] if k >= 0 else None) == expected, wkt
        crossing += sum(1 for g in index.villages.geoms if g.intersects(geom)) > 1
    assert decided + undecided == len(wkts)
    assert invalid >= 3 and invalid < 100
    assert undecided == invalid if level == "village" else invalid < undecided < 200
    assert crossing > 100                      # the hard cases are there in numbers


def test_ties_and_the_township_first(index):
    """A polygon split evenly goes to the lower code; a village reaching out of its
    township counts only inside it: the township is chosen first."""
    batch = zoning_batch.BatchZones(index)

    def village(wkt):
        k = batch.assign([bytes(QgsGeometry.fromWkt(wkt).asWkb())], "village")[0]
        return index.villages.codes[k] if k >= 0 else None
    assert village("POLYGON ((45 20, 55 20, 55 30, 45 30, 45 20))") == "330624100001"
    assert village("POLYGON ((95 20, 105 20, 105 30, 95 30, 95 20))") == "330624100002"
    # two thirds in B (where A2 reaches), one third in A2 proper: township B wins,
    # then only B's villages count
    assert village("POLYGON ((95 20, 110 20, 110 30, 95 30, 95 20))") == "330624200001"
    assert village("POLYGON ((220 20, 230 20, 230 30, 220 30, 220 20))") == "330624300001"
    assert village("POLYGON ((145 45, 155 45, 155 55, 145 55, 145 45))") is None



@pytest.mark.parametrize("level", ["township", "village"])
def test_points_same_decisions_as_zone_index(index, level):
    """Points (houses): the first zone in code order containing or touching them — on
    a border, on the hole's edge, at corners, outside."""
    rng = np.random.default_rng(11)
    xy = [tuple(p) for p in rng.uniform(-10, 270, (800, 2)) * (1, 0.4)]
    xy += [(50, 30), (100, 30), (100, 0), (100, 100), (140, 50), (150, 40), (150, 50),
           (110, 50), (200, 50), (260, 50), (0, 0), (300, 300), (145, 45)]
    geoms = [QgsGeometry.fromWkt("POINT (%r %r)" % p) for p in xy]
    batch = zoning_batch.BatchZones(index)
    found = batch.assign([bytes(g.asWkb()) for g in geoms], level, points_only=True)
    codes = (index.townships if level == "township" else index.villages).codes
    decided = 0
    for p, geom, k in zip(xy, geoms, found.tolist()):
        expected = index.assign(geom)
        expected = expected.township_code if level == "township" else expected.village_code
        if k == zoning_batch.UNDECIDED:
            assert level == "township" and expected == "330624300", p
            continue
        decided += 1
        assert (codes[k] if k >= 0 else None) == expected, p
    assert decided > 600
    # with points_only, a polygon is left to ZoneIndex
    square = QgsGeometry.fromWkt("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))")
    assert batch.assign([bytes(square.asWkb())], level, points_only=True).tolist() == \
        [zoning_batch.UNDECIDED]
