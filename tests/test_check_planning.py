"""liangwei:check_planning and its rules (plugin/core/planning.py), checked against an
independent shapely / pyproj computation."""

import pytest
import shapely
from pyproj import Geod, Transformer
from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsProcessingException,
                       QgsProject, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import transform as shapely_transform
from shapely.ops import unary_union

from liangwei.plugin.core import planning
from lwtest import Recorder, memory_layer

GEOD = Geod(ellps="GRS80")

# --- rules ---------------------------------------------------------------------------------


def test_prohibited_list_is_trimmed_case_insensitive_and_takes_chinese_commas():
    classes = planning.prohibited_classes(" 禁止建设区 ，永久基本农田, Red Line ,, ")
    assert classes == {"禁止建设区", "永久基本农田", "red line"}
    assert planning.is_prohibited(" RED line ", classes)
    assert planning.is_prohibited("永久基本农田", classes)
    assert not planning.is_prohibited("城镇开发边界", classes)
    assert not planning.is_prohibited(None, classes)
    assert planning.prohibited_classes(None) == frozenset()
    assert planning.prohibited_classes("  ") == frozenset()
    default = planning.prohibited_classes(planning.DEFAULT_PROHIBITED)
    assert {"禁止建设区", "永久基本农田", "生态保护红线"} <= default


def test_case_rows_shares_and_noise():
    rows = planning.case_rows("C1", 100.0, {"B": 30.0, "A": 60.0, "noise": 0.001}, 10.0,
                              planning.prohibited_classes("a"))
    assert [(r["class"], r["share"], r["prohibited"]) for r in rows] == \
        [("A", 0.6, 1), ("B", 0.3, 0), (None, 0.1, 0)]
    assert sum(r["share"] for r in rows) == pytest.approx(1.0)
    assert planning.touches_prohibited(rows)
    inside = planning.case_rows("C2", 50.0, {"A": 50.0 - 1e-9}, 0.0, frozenset())
    assert [(r["class"], r["share"]) for r in inside] == [("A", 1.0)]
    assert planning.class_name("  ") is None and planning.class_name(" 禁止建设区 ") == "禁止建设区"


# --- the algorithm ---------------------------------------------------------------------------


def run(params):
    import processing
    feedback = Recorder()
    result = processing.run("liangwei:check_planning", dict(params, OUTPUT="memory:"),
                            feedback=feedback)
    out = result["OUTPUT"]
    rows = [{k: (None if f[k] is None or f[k] == QVariant() else f[k])
             for k in out.fields().names()} for f in out.getFeatures()]
    return rows, feedback


X, Y = 560000.0, 3255000.0   # EPSG:4549 metres


def at(x, y, w, h):
    return box(X + x, Y + y, X + x + w, Y + y + h)


def to_crs(geom, source, target):
    if source == target:
        return geom
    return shapely_transform(Transformer.from_crs(source, target, always_xy=True).transform, geom)


def geod_area(geom_4549):
    return abs(GEOD.geometry_area_perimeter(to_crs(geom_4549, 4549, 4490))[0])


def layer(epsg, rows, fields):
    """A memory layer in EPSG:`epsg` of rows (attributes, shapely geometry in EPSG:4549)."""
    return memory_layer("MultiPolygon", "EPSG:%d" % epsg,
                        [(attrs, to_crs(geom, 4549, epsg).wkt) for attrs, geom in rows], fields,
                        "layer")


PLANNING = [
    ("禁止建设区", at(0, 0, 100, 100)),
    ("城镇开发边界", at(100, 0, 100, 100)),
    (" 永久基本农田 ", MultiPolygon([at(200, 0, 100, 50), at(200, 50, 100, 50)])),
    (None, at(300, 0, 50, 100)),                       # a polygon with no class
]
NOTCHED = Polygon([(X + 180, Y + 10), (X + 220, Y + 10), (X + 220, Y + 30), (X + 200, Y + 30),
                   (X + 201, Y + 29), (X + 199, Y + 29), (X + 200, Y + 30), (X + 180, Y + 30),
                   (X + 180, Y + 10)])
BOWTIE = Polygon([(X + 10, Y + 60), (X + 30, Y + 80), (X + 30, Y + 60), (X + 10, Y + 80),
                  (X + 10, Y + 60)])
CASES = [
    ("C1", at(10, 10, 20, 20)),                        # inside 禁止建设区
    ("C2", at(70, 10, 50, 10)),                        # 30 m 禁止建设区, 20 m 城镇开发边界
    ("C3", at(150, 90, 20, 20)),                       # half outside the planning layer
    ("C4", MultiPolygon([at(250, 60, 10, 10), at(320, 60, 10, 10)])),   # 农田 + no class
    ("C5", NOTCHED),                                   # invalid, repaired
    ("C6", BOWTIE),                                    # invalid, skipped
    ("C7", at(400, 0, 10, 10)),                        # outside everything
]


def expected_rows(prohibited):
    """{case_id: {class: (area, share, prohibited)}} by shapely in EPSG:4549 + geod."""
    out = {}
    classes = {}
    for name, geom in PLANNING:
        name = name.strip() if name else None
        if name:
            classes[name] = unary_union([classes[name], geom]) if name in classes else geom
    everything = unary_union(list(classes.values()))
    for case_id, geom in CASES:
        if case_id == "C6":
            continue
        geom = shapely.make_valid(geom)
        total = geod_area(geom)
        rows = {}
        for name, zone in classes.items():
            part = geom.intersection(zone)
            if part.area > 0.01:
                a = geod_area(part)
                rows[name] = (a, a / total, int(name.lower() in prohibited))
        rest = geom.difference(everything)
        if rest.area > 0.01:
            a = geod_area(rest)
            rows[None] = (a, a / total, 0)
        out[case_id] = rows
    return out


def check(rows, expected):
    got = {}
    for r in rows:
        got.setdefault(r["case_id"], {})[r["class"]] = (r["area_m2"], r["share"], r["prohibited"])
    assert set(got) == set(expected)
    for case_id, classes in expected.items():
        assert set(got[case_id]) == set(classes), case_id
        for name, (area, share, prohibited) in classes.items():
            g_area, g_share, g_prohibited = got[case_id][name]
            assert g_area == pytest.approx(area, rel=1e-3), (case_id, name)
            assert g_share == pytest.approx(share, abs=1e-4), (case_id, name)
            assert g_prohibited == prohibited, (case_id, name)
        assert sum(s for _, s, _ in got[case_id].values()) == pytest.approx(1.0, abs=1e-6)
    return got


@pytest.mark.parametrize("epsg", [4549, 4490, 4326])
def test_check_planning_matches_shapely(provider, epsg):
    cases = layer(epsg, [((c,), g) for c, g in CASES], (("case_id", QVariant.String),))
    plan = layer(4490 if epsg != 4490 else 4549, [((n,), g) for n, g in PLANNING],
                 (("zone_class", QVariant.String),))
    rows, feedback = run({"INPUT": cases, "PLANNING": plan, "CLASS_FIELD": "zone_class"})
    got = check(rows, expected_rows({"禁止建设区", "永久基本农田", "生态保护红线", "禁止建设"}))
    # the numbers a user reads
    assert got["C1"] == {"禁止建设区": (pytest.approx(400.0, rel=2e-3), 1.0, 1)}
    assert got["C2"]["禁止建设区"][1] == pytest.approx(0.6, abs=1e-4)
    assert got["C2"]["城镇开发边界"][1:] == (pytest.approx(0.4, abs=1e-4), 0)
    assert got["C3"][None][1] == pytest.approx(0.5, abs=1e-4)
    assert got["C4"]["永久基本农田"][1:] == (pytest.approx(0.5, abs=1e-4), 1)
    assert got["C7"] == {None: (pytest.approx(100.0, rel=2e-3), 1.0, 0)}
    infos, errors = "\n".join(feedback.infos), "\n".join(feedback.errors)
    assert "Cases touching a prohibited class: 4 of 6: C1, C2, C4, C5" in infos
    assert "Violations feature 5 (layer “layer”): invalid geometry repaired" in infos
    assert "Violations feature 6 (layer “layer”)" in errors and "skipped" in errors
    assert "1 planning polygon(s) have no class" in errors
    assert "from the default list" in infos


def test_check_planning_without_case_id_uses_feature_ids_and_override(provider):
    cases = layer(4490, [((c,), g) for c, g in CASES], (("name", QVariant.String),))
    plan = layer(4549, [((n,), g) for n, g in PLANNING], (("zone_class", QVariant.String),))
    rows, feedback = run({"INPUT": cases, "PLANNING": plan, "CLASS_FIELD": "zone_class",
                          "PROHIBITED_CLASSES": " 城镇开发边界 "})
    expected = expected_rows({"城镇开发边界"})
    ids = {c: str(i + 1) for i, (c, _) in enumerate(CASES)}
    check(rows, {ids[c]: v for c, v in expected.items()})
    assert "Cases touching a prohibited class: 3 of 6: 2, 3, 5" in "\n".join(feedback.infos)


def test_check_planning_reads_the_project_database_setting(provider, tmp_path):
    import processing
    from liangwei.plugin.store import gpkg
    path = str(tmp_path / "demo.gpkg")
    processing.run("liangwei:generate_demo_county", {
        "OUTPUT": path, "TOWNSHIPS": 2, "VILLAGES": 4, "VIOLATIONS": 12, "SEED": 3},
        feedback=Recorder())
    con = gpkg.connect(path)
    gpkg.write_settings(con, {"prohibited_planning_classes": "城镇开发边界 , Ecological"})
    con.close()
    violations = QgsVectorLayer("%s|layername=violations" % path, "违建图斑", "ogr")
    assert violations.isValid() and violations.featureCount() == 12
    QgsProject.instance().addMapLayer(violations)
    try:
        # Planning: the west half of the cases' extent is 城镇开发边界, the east 禁止建设区.
        e = violations.extent()
        mid = (e.xMinimum() + e.xMaximum()) / 2
        west = box(e.xMinimum() - 0.01, e.yMinimum() - 0.01, mid, e.yMaximum() + 0.01)
        east = box(mid, e.yMinimum() - 0.01, e.xMaximum() + 0.01, e.yMaximum() + 0.01)
        plan = QgsVectorLayer("Polygon?crs=EPSG:4490", "plan", "memory")
        plan.dataProvider().addAttributes([QgsField("cls", QVariant.String)])
        plan.updateFields()
        for name, g in (("城镇开发边界", west), ("禁止建设区", east)):
            f = QgsFeature(plan.fields())
            f.setAttributes([name])
            f.setGeometry(QgsGeometry.fromWkt(g.wkt))
            plan.dataProvider().addFeatures([f])
        rows, feedback = run({"INPUT": violations.id(), "PLANNING": plan, "CLASS_FIELD": "cls"})
        case_ids = {f["case_id"] for f in violations.getFeatures()}
        assert {r["case_id"] for r in rows} == case_ids
        assert all(r["prohibited"] == (r["class"] == "城镇开发边界") for r in rows)
        assert {r["class"] for r in rows} == {"城镇开发边界", "禁止建设区"}
        for case_id in case_ids:
            assert sum(r["share"] for r in rows if r["case_id"] == case_id) == \
                pytest.approx(1.0, abs=1e-6)
        # areas against the database's own ellipsoidal area_m2 of each case
        areas = {f["case_id"]: f["area_m2"] for f in violations.getFeatures()}
        for case_id, area in areas.items():
            total = sum(r["area_m2"] for r in rows if r["case_id"] == case_id)
            assert total == pytest.approx(area, rel=1e-3), case_id
        infos = "\n".join(feedback.infos)
        assert "setting of the project database" in infos
        west_cases = {r["case_id"] for r in rows if r["class"] == "城镇开发边界"}
        assert "Cases touching a prohibited class: %d of 12" % len(west_cases) in infos

        # The parameter overrides the setting.
        rows, _ = run({"INPUT": violations.id(), "PLANNING": plan, "CLASS_FIELD": "cls",
                       "PROHIBITED_CLASSES": "禁止建设区"})
        assert all(r["prohibited"] == (r["class"] == "禁止建设区") for r in rows)
    finally:
        QgsProject.instance().removeMapLayer(violations.id())


def test_check_planning_refuses_a_missing_class_field(provider):
    import processing
    cases = layer(4490, [(("C1",), CASES[0][1])], (("case_id", QVariant.String),))
    plan = layer(4490, [(("x",), PLANNING[0][1])], (("zone_class", QVariant.String),))
    with pytest.raises(QgsProcessingException):
        processing.run("liangwei:check_planning", {
            "INPUT": cases, "PLANNING": plan, "CLASS_FIELD": "nope", "OUTPUT": "memory:"},
            feedback=Recorder())
