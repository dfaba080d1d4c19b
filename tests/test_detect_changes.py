"""liangwei:detect_changes and its rule (plugin/core/changes.py), checked against an
independent shapely / pyproj computation of the same hand-made surveys."""

import pytest
import shapely
from pyproj import Geod, Transformer
from qgis.core import (QgsApplication, QgsFeature, QgsField, QgsGeometry, QgsProcessingException,
                       QgsProcessingFeedback, QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant
from shapely import wkt as shapely_wkt
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import transform as shapely_transform
from shapely.ops import unary_union

from liangwei.plugin.core import changes
from lwtest import Recorder

GEOD = Geod(ellps="GRS80")

# --- the rule in plain Python ------------------------------------------------------------


def test_storeys_parse_whole_numbers_only():
    assert changes.storeys(3) == 3
    assert changes.storeys(3.0) == 3
    assert changes.storeys(" 4 ") == 4
    for unknown in (None, "", "三", -1, 2.5, float("nan"), True):
        assert changes.storeys(unknown) is None


def test_continues_needs_a_real_overlap():
    # a 200 m² house grazing a neighbour by 3 m² is new; by 25 m² it continues it
    assert not changes.continues(200.0, 3.0, 20.0)
    assert changes.continues(200.0, 25.0, 20.0)
    # a 15 m² shed on an old shed continues it (10 % of it is covered)
    assert changes.continues(15.0, 15.0, 20.0)
    assert changes.continues(1000.0, 20.0, 20.0)          # MIN_AREA is enough
    assert not changes.continues(1000.0, 19.9, 20.0)
    assert changes.continues(100.0, 10.0, 50.0)           # 10 % is enough
    assert not changes.continues(100.0, 0.0, 0.0)
    assert not changes.continues(100.0, 0.005, 0.0)       # overlay noise


def test_after_changes_and_raised():
    assert changes.after_changes(100.0, 0.0, None, 3) == [("new", "added")]
    assert changes.after_changes(100.0, 100.0, 2, 2) == [("expanded", "added")]
    assert changes.after_changes(100.0, 100.0, 2, 3) == [("expanded", "added"),
                                                         ("raised", "footprint")]
    assert changes.after_changes(100.0, 100.0, None, 3) == [("expanded", "added")]
    assert changes.after_changes(100.0, 100.0, 3, None) == [("expanded", "added")]
    assert changes.after_changes(100.0, 100.0, 4, 3) == [("expanded", "added")]


def test_keep_parts_and_share():
    assert changes.keep_parts([25.0, 19.99, 0.001, 20.0], 20.0) == ([0, 3], 1)
    assert changes.keep_parts([5.0], 0.0) == ([0], 0)
    assert changes.share(0.0, 10.0) == 0.0
    assert changes.share(10.0 - 1e-9, 10.0) == 1.0
    assert changes.share(11.0, 10.0) == 1.0
    assert changes.share(5.0, 10.0) == 0.5
    assert changes.share(1.0, 0.0) == 0.0


def test_local_projected_crs():
    assert changes.local_projected_epsg(120.9, 29.45) == 4549    # CM 120°E
    assert changes.local_projected_epsg(121.6, 31.2) == 4550     # CM 123°E
    assert changes.local_projected_epsg(73.6, 39.0) == 4534      # CM 75°E
    assert changes.local_projected_epsg(135.0, 48.0) == 4554     # CM 135°E
    assert changes.local_projected_epsg(13.4, 52.5) == 32633     # Berlin: UTM 33N
    assert changes.local_projected_epsg(-70.6, -33.4) == 32719   # Santiago: UTM 19S


# --- the algorithm -----------------------------------------------------------------------


def run(params):
    import processing
    feedback = Recorder()
    result = processing.run("liangwei:detect_changes", dict(params, OUTPUT="memory:"),
                            feedback=feedback)
    return result["OUTPUT"], feedback


# The surveys, drawn in EPSG:4549 (CGCS2000 3° Gauss–Krüger, CM 120°E) metres near
# 120.6°E 29.4°N.  (name, shapely geometry, storeys)
X, Y = 560000.0, 3255000.0


def at(x, y, w, h):
    return box(X + x, Y + y, X + x + w, Y + y + h)


# A square whose ring touches itself around a 1 m² notch: invalid, repaired into a
# square with a hole (area change 0 %).
NOTCHED = Polygon([(X + 900, Y), (X + 920, Y), (X + 920, Y + 20), (X + 910, Y + 20),
                   (X + 911, Y + 19), (X + 909, Y + 19), (X + 910, Y + 20), (X + 900, Y + 20),
                   (X + 900, Y)])
BOWTIE = Polygon([(X + 1000, Y), (X + 1020, Y + 20), (X + 1020, Y), (X + 1000, Y + 20),
                  (X + 1000, Y)])

BEFORE = [
    ("B1 raised", at(0, 0, 20, 10), 2),
    ("B2 extended", at(100, 0, 20, 10), 2),
    ("B3 demolished", at(200, 0, 15, 10), 1),
    ("B4 tiny extension", at(800, 0, 10, 10), 2),
    ("B5 neighbour", at(1100, 0, 20, 20), 2),
    ("B6 by the village border", at(420, 50, 28, 10), 1),
]
AFTER = [
    ("A1 raised", at(0, 0, 20, 10), 4),
    ("A2 extended", at(100, 0, 20, 15), "2"),
    ("A3 new", at(300, 0, 12, 10), 3),
    ("A4 new, too small", at(400, 0, 4, 4), 1),
    ("A5 new, permitted", at(500, 0, 10, 10), 2),
    ("A6 new, half permitted", at(600, 0, 10, 10), 2),
    ("A7 new, multipart", MultiPolygon([at(700, 0, 10, 8), at(720, 0, 10, 8)]), 2),
    ("A8 tiny extension", at(800, 0, 10, 11), None),
    ("A9 new, invalid but repairable", NOTCHED, 2),
    ("A10 bowtie", BOWTIE, 2),
    ("A11 new, grazing a neighbour", at(1119.5, 0, 20, 20), 3),   # 10 m² overlap
    # extended across the village border: the house stays mostly in village 201, the
    # extension lies mostly in village 202
    ("A12 extended across a border", at(420, 50, 40, 10), 1),
]
PERMITS = [at(495, -5, 20, 20), at(600, 0, 5, 10)]
# Township 330624100 with two villages split at x = 450 m; a second township east of
# x = 1050 m with one village.
ZONES = [
    ("330624100", "township", None, at(-50, -50, 1100, 200)),
    ("330624100201", "village", "330624100", at(-50, -50, 500, 200)),
    ("330624100202", "village", "330624100", at(450, -50, 600, 200)),
    ("330624101", "township", None, at(1050, -50, 200, 200)),
    ("330624101201", "village", "330624101", at(1050, -50, 200, 200)),
]

# What must come out: (change_type, before name, after name, the change in EPSG:4549)
A = {name: g for name, g, _ in AFTER}
B = {name: g for name, g, _ in BEFORE}
EXPECTED = [
    ("raised", "B1 raised", "A1 raised", A["A1 raised"]),
    ("expanded", "B2 extended", "A2 extended", A["A2 extended"].difference(B["B2 extended"])),
    ("new", None, "A3 new", A["A3 new"]),
    ("new", None, "A5 new, permitted", A["A5 new, permitted"]),
    ("new", None, "A6 new, half permitted", A["A6 new, half permitted"]),
    ("new", None, "A7 new, multipart", A["A7 new, multipart"]),
    ("new", None, "A9 new, invalid but repairable", shapely.make_valid(NOTCHED)),
    ("new", None, "A11 new, grazing a neighbour",
     A["A11 new, grazing a neighbour"].difference(B["B5 neighbour"])),
    ("expanded", "B6 by the village border", "A12 extended across a border",
     A["A12 extended across a border"].difference(B["B6 by the village border"])),
    ("demolished", "B3 demolished", None, B["B3 demolished"]),
    ("demolished", "B5 neighbour", None, B["B5 neighbour"].difference(
        A["A11 new, grazing a neighbour"])),
]


def to_crs(geom, epsg):
    if epsg == 4549:
        return geom
    t = Transformer.from_crs(4549, epsg, always_xy=True)
    return shapely_transform(t.transform, geom)


def geod_area(geom_4549):
    """Independent ellipsoidal area: the polygon in CGCS2000 lon/lat on GRS 80."""
    return abs(GEOD.geometry_area_perimeter(to_crs(geom_4549, 4490))[0])


def layer(epsg, rows, fields=(("storeys", QVariant.String),)):
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:%d" % epsg, "survey", "memory")
    lyr.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    lyr.updateFields()
    features = []
    for attrs, geom in rows:
        f = QgsFeature(lyr.fields())
        f.setAttributes([None if a is None else (str(a) if t == QVariant.String else a)
                         for a, (_, t) in zip(attrs, fields)])
        f.setGeometry(QgsGeometry.fromWkt(to_crs(geom, epsg).wkt))
        features.append(f)
    assert lyr.dataProvider().addFeatures(features)[0]
    return lyr


def zones_layer(epsg):
    return layer(epsg, [((c, lv, p), g) for c, lv, p, g in ZONES],
                 (("zone_code", QVariant.String), ("level", QVariant.String),
                  ("parent_code", QVariant.String)))


def expected_zone(geom):
    """(township, village) by the largest overlap, computed with shapely."""
    def best(candidates):
        parts = [(geom.intersection(g).area, code) for code, g in candidates]
        parts = [p for p in parts if p[0] > 0]
        return max(parts, key=lambda p: (p[0], [-ord(c) for c in p[1]]))[1] if parts else None
    town = best([(c, g) for c, lv, p, g in ZONES if lv == "township"])
    village = best([(c, g) for c, lv, p, g in ZONES if lv == "village" and p == town])
    return town, village


def features(out):
    rows = []
    for f in out.getFeatures():
        rows.append({k: (None if f[k] is None or f[k] == QVariant() else f[k])
                     for k in out.fields().names()} | {"geom": QgsGeometry(f.geometry())})
    return rows


@pytest.mark.parametrize("epsg", [4549, 4490, 4326])
def test_detect_changes_every_kind_matches_shapely(provider, epsg):
    before = layer(epsg, [((s,), g) for _, g, s in BEFORE])
    after = layer(epsg, [((s,), g) for _, g, s in AFTER])
    permits = layer(4490 if epsg != 4490 else 4326, [((None,), g) for g in PERMITS])
    out, feedback = run({"BEFORE": before, "AFTER": after, "PERMITS": permits,
                         "ZONES": zones_layer(4490), "STOREYS_BEFORE_FIELD": "storeys",
                         "STOREYS_AFTER_FIELD": "storeys"})
    assert out.crs().authid() == "EPSG:%d" % epsg
    rows = features(out)
    before_fid = {name: i + 1 for i, (name, _, _) in enumerate(BEFORE)}
    after_fid = {name: i + 1 for i, (name, _, _) in enumerate(AFTER)}
    got = {(r["change_type"], r["before_fid"], r["after_fid"]): r for r in rows}
    want = {(t, before_fid.get(b), after_fid.get(a)): (b, a, g) for t, b, a, g in EXPECTED}
    assert sorted(got, key=str) == sorted(want, key=str)
    permit_union = unary_union(PERMITS)
    for key, (b, a, geom) in want.items():
        row = got[key]
        area = geod_area(geom)
        assert row["area_m2"] == pytest.approx(area, rel=1e-3), (key, a or b)
        # the output geometry is the change itself
        out_geom = shapely_wkt.loads(row["geom"].asWkt())
        if epsg != 4549:
            out_geom = shapely_transform(
                Transformer.from_crs(epsg, 4549, always_xy=True).transform, out_geom)
        assert out_geom.symmetric_difference(geom).area < 1e-3 * geom.area, key
        share = geod_area(geom.intersection(permit_union)) / area
        assert row["permitted_share"] == pytest.approx(share, abs=1e-3), key
        assert (row["township_code"], row["village_code"]) == expected_zone(geom), key
        sb = dict((n, s) for n, _, s in BEFORE).get(b)
        sa = dict((n, s) for n, _, s in AFTER).get(a)
        assert row["storeys_before"] == (int(sb) if sb is not None else None), key
        assert row["storeys_after"] == (int(sa) if sa is not None else None), key

    # the user's checks, in numbers
    assert got[("new", None, after_fid["A5 new, permitted"])]["permitted_share"] == 1.0
    assert got[("new", None, after_fid["A6 new, half permitted"])]["permitted_share"] == \
        pytest.approx(0.5, abs=1e-3)
    assert got[("new", None, after_fid["A3 new"])]["permitted_share"] == 0.0
    assert got[("raised", 1, 1)]["area_m2"] == pytest.approx(200.0, rel=2e-3)
    assert got[("expanded", 2, 2)]["area_m2"] == pytest.approx(100.0, rel=2e-3)
    assert got[("demolished", 3, None)]["area_m2"] == pytest.approx(150.0, rel=2e-3)
    assert got[("new", None, 7)]["area_m2"] == pytest.approx(160.0, rel=2e-3)
    assert got[("new", None, 11)]["township_code"] == "330624101"
    assert got[("expanded", 6, 12)]["village_code"] == "330624100202"

    infos, errors = "\n".join(feedback.infos), "\n".join(feedback.errors)
    # A4 (16 m²) and A8's 10 m² extension are below MIN_AREA
    assert "Change parts smaller than 20 m² dropped: 2." in infos
    assert "Changes: 6 new, 2 expanded, 1 raised, 2 demolished." in infos
    assert "After survey feature 9 (layer “survey”): invalid geometry repaired" in infos
    assert "After survey feature 10 (layer “survey”)" in errors and "skipped" in errors
    if epsg == 4326:
        assert "overlay is done in EPSG:4549" in infos


def test_detect_changes_min_area_and_no_optional_inputs(provider):
    before = layer(4490, [((s,), g) for _, g, s in BEFORE])
    after = layer(4490, [((s,), g) for _, g, s in AFTER])
    out, feedback = run({"BEFORE": before, "AFTER": after, "MIN_AREA": 0})
    rows = features(out)
    types = sorted((r["change_type"], r["before_fid"], r["after_fid"]) for r in rows
                   if r["change_type"] != "new")
    # without storeys fields nothing is "raised"; with MIN_AREA 0 the 10 m² extension stays,
    # and any real overlap continues a building: A11 now extends B5
    assert types == [("demolished", 3, None), ("demolished", 5, None),
                     ("expanded", 2, 2), ("expanded", 4, 8), ("expanded", 5, 11),
                     ("expanded", 6, 12)]
    assert all(r["permitted_share"] == 0.0 and r["township_code"] is None for r in rows)
    assert all(r["storeys_before"] is None and r["storeys_after"] is None for r in rows)
    assert sum(r["change_type"] == "new" for r in rows) == 6   # A4 (16 m²) is kept
    tiny = [r for r in rows if r["after_fid"] == 8][0]
    assert tiny["area_m2"] == pytest.approx(geod_area(at(800, 10, 10, 1)), rel=1e-3)
    assert "dropped: 0." in "\n".join(feedback.infos)


def test_detect_changes_refuses_bad_input(provider):
    import processing
    before = layer(4490, [((s,), g) for _, g, s in BEFORE])
    after = layer(4490, [((s,), g) for _, g, s in AFTER])
    no_crs = QgsVectorLayer("Polygon?crs=", "no crs", "memory")
    assert not no_crs.crs().isValid()
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:detect_changes", {"BEFORE": no_crs, "AFTER": after,
                                                   "OUTPUT": "memory:"}, feedback=Recorder())
    assert "no coordinate reference system" in str(info.value)
    points = QgsVectorLayer("Point?crs=EPSG:4490", "points", "memory")
    QgsProject.instance().addMapLayer(points)
    try:
        with pytest.raises(QgsProcessingException):
            processing.run("liangwei:detect_changes", {"BEFORE": points.id(), "AFTER": after,
                                                       "OUTPUT": "memory:"}, feedback=Recorder())
    finally:
        QgsProject.instance().removeMapLayer(points.id())
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:detect_changes", {
            "BEFORE": before, "AFTER": after, "ZONES": after, "OUTPUT": "memory:"},
            feedback=Recorder())
    assert "zone_code" in str(info.value)


def test_detect_changes_cancel(provider):
    import processing
    before = layer(4490, [((s,), g) for _, g, s in BEFORE])
    after = layer(4490, [((s,), g) for _, g, s in AFTER])
    feedback = Recorder()
    feedback.progressChanged.connect(lambda p: p >= 40 and feedback.cancel())
    result = processing.run("liangwei:detect_changes", {"BEFORE": before, "AFTER": after,
                                                        "OUTPUT": "memory:"}, feedback=feedback)
    assert "OUTPUT" not in result
    assert any(i.startswith("Canceled") for i in feedback.infos)
