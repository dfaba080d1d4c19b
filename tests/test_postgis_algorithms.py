"""The Processing algorithms on a PostGIS county: the same small demo county as a
GeoPackage and as a PostGIS copy (tests/pg_demo.py), each algorithm run through
processing.run once with the GeoPackage's layers and once with QGIS "postgres" layers
of the copy, and the key outputs compared: they must be equal.

The copy numbers its cases anew in the same order and gives its events the time of the
copy, so cases are compared by their data, not by when their last step was taken.
Algorithms that write into the project database refuse a PostGIS target with a message
that names the limitation (they write through the GeoPackage store); that refusal is
tested here too, and nothing is written.
"""

import datetime

import pytest
from pg_demo import copy_to_postgis, rows
from pgserver import pg_database, pg_server  # noqa: F401  (fixtures)
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from liangwei.plugin.store import demo_reference, demo_writer, gpkg
from lwtest import Recorder

SCHEMA = "county_alg"
PERIOD_START, PERIOD_END = "2025-05-01", "2025-05-31"


@pytest.fixture(scope="module")
def county(tmp_path_factory, pg_database, provider):
    folder = tmp_path_factory.mktemp("postgis_algorithms")
    path = str(folder / "county.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=4, townships=2, villages=6, violations=60,
                                  houses=40)
    reference = str(folder / "reference.gpkg")
    demo_reference.write_demo_reference(path, reference, seed=4, patches=20, buildings=300)
    ref = copy_to_postgis(path, pg_database, SCHEMA)
    return {"path": path, "reference": reference, "ref": ref, "db": pg_database,
            "folder": folder}


@pytest.fixture()
def layers(county):
    """layers(backend) → {table: QgsVectorLayer} of the county on "gpkg" or "postgis",
    added to the project (and removed after the test)."""
    made = []

    def make(backend):
        out = {}
        for table in ("violations", "houses", "zones"):
            if backend == "gpkg":
                layer = QgsVectorLayer("%s|layername=%s" % (county["path"], table), table, "ogr")
            else:
                layer = county["db"].qgis_layer(SCHEMA, table)
            assert layer.isValid(), (backend, table)
            QgsProject.instance().addMapLayer(layer)
            made.append(layer.id())
            out[table] = layer
        return out
    yield make
    for layer_id in made:
        QgsProject.instance().removeMapLayer(layer_id)


def reference_layer(county, name):
    """A layer of the demo reference GeoPackage, as its source text: Processing opens it
    and owns the layer (a layer object kept by a failed run's traceback would outlive
    QGIS)."""
    return "%s|layername=%s" % (county["reference"], name)


def run(algorithm, params):
    import processing
    return processing.run("liangwei:" + algorithm, params, feedback=Recorder())


def plain(value):
    """An attribute as plain Python, whichever provider gave it."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    for kind in ("toPyDateTime", "toPyDate"):
        if hasattr(value, kind):
            value = getattr(value, kind)()
            break
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return round(value, 6)
    return value


def features(layer, fields=None, skip=()):
    """[{field: value}] of a layer (all fields, or `fields`), minus `skip`."""
    names = fields or [f.name() for f in layer.fields() if f.name() not in skip]
    return [{n: plain(f[n]) for n in names} for f in layer.getFeatures()]


def multiset(dicts):
    return sorted((tuple(sorted(d.items())) for d in dicts), key=repr)


def both(layers, algorithm, make_params, output="OUTPUT"):
    """The output layers of `algorithm` on the GeoPackage and on PostGIS."""
    out = []
    for backend in ("gpkg", "postgis"):
        result = run(algorithm, make_params(layers(backend)))
        layer = result[output]
        if isinstance(layer, str):
            layer = QgsVectorLayer(layer, output, "ogr")
        assert layer is not None and layer.isValid()
        out.append(layer)
    return out


# --- the case numbers of the copy ----------------------------------------------------------

def test_the_copy_keeps_the_cases_and_houses(county):
    for table, key in (("violations", "case_id"), ("houses", "house_id"), ("zones", "zone_code")):
        query = "SELECT %s FROM %s ORDER BY %s" % (key, table, key)
        assert rows(county["path"], query) == rows(county["ref"], query)


# --- reading algorithms: equal outputs ---------------------------------------------------------

def test_assign_zones(county, layers):
    gp, pg = both(layers, "assign_zones", lambda t: {
        "INPUT": t["violations"], "ZONES": t["zones"], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert gp.featureCount() == pg.featureCount() == 60
    keys = ["case_id", "township_code", "village_code"]
    assert multiset(features(gp, keys)) == multiset(features(pg, keys))
    zone_fields = [f.name() for f in gp.fields() if "zone" in f.name() or "share" in f.name()]
    assert multiset(features(gp, keys + zone_fields)) == multiset(features(pg, keys + zone_fields))


@pytest.mark.parametrize("level", [0, 1], ids=["townships", "villages"])
def test_township_stats_every_field(county, layers, level):
    gp, pg = both(layers, "township_stats", lambda t: {
        "VIOLATIONS": t["violations"], "HOUSES": t["houses"], "ZONES": t["zones"],
        "LEVEL": level, "PERIOD_START": PERIOD_START, "PERIOD_END": PERIOD_END,
        "CAMPAIGN_START": "2024-01-01", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert [f.name() for f in gp.fields()] == [f.name() for f in pg.fields()]
    assert gp.featureCount() == pg.featureCount() > 0
    by_zone = lambda layer: sorted(features(layer), key=repr)   # noqa: E731
    assert by_zone(gp) == by_zone(pg)


def test_validate_database(county, layers):
    """Every problem alike; an open case's staleness is counted from its last event,
    which the copy recorded anew: the stale cases are compared at a date when every open
    case is stale in both, without their messages (which give the days)."""
    found = []
    for backend in ("gpkg", "postgis"):
        t = layers(backend)
        out = str(county["folder"] / ("problems_%s.gpkg" % backend))
        result = run("validate_database", {
            "VIOLATIONS": t["violations"], "HOUSES": t["houses"], "ZONES": t["zones"],
            "AS_OF": "2030-06-30", "OUTPUT": out})
        layer = QgsVectorLayer(out, "problems", "ogr")
        found.append((result["PROBLEMS"], features(layer, ["layer", "feature_id", "code",
                                                           "problem", "message"])))
    (n_gp, gp), (n_pg, pg) = found
    assert n_gp == n_pg == len(gp) == len(pg) > 0
    stale = lambda rows: multiset(dict(r, message=None) for r in rows   # noqa: E731
                                  if r["problem"] == "stale_case")
    others = lambda rows: multiset(r for r in rows if r["problem"] != "stale_case")  # noqa: E731
    assert stale(gp) == stale(pg) and stale(pg)
    assert others(gp) == others(pg)


def test_check_planning(county, layers):
    planning = reference_layer(county, "planning")
    gp, pg = both(layers, "check_planning", lambda t: {
        "INPUT": t["violations"], "PLANNING": planning, "CLASS_FIELD": "zone_class",
        "OUTPUT": "memory:"})
    assert gp.featureCount() == pg.featureCount()
    fields = [f.name() for f in gp.fields() if f.name() != "fid"]
    assert multiset(features(gp, fields)) == multiset(features(pg, fields))


def test_flag_priorities_without_update(county, layers):
    refs = {name.upper(): reference_layer(county, name)
            for name in ("roads", "railways", "rivers", "hills", "farmland", "projects")}
    gp, pg = both(layers, "flag_priorities", lambda t: dict(
        refs, VIOLATIONS=t["violations"], HOUSES=t["houses"], OUTPUT="memory:"))
    assert gp.featureCount() == pg.featureCount() == 60
    fields = [f.name() for f in gp.fields() if f.name() != "fid"]
    assert multiset(features(gp, fields)) == multiset(features(pg, fields))


def test_detect_changes_with_zones_from_postgis(county, layers):
    before, after = (reference_layer(county, n) for n in ("buildings_2023", "buildings_2024"))
    permits = reference_layer(county, "permits")
    gp, pg = both(layers, "detect_changes", lambda t: {
        "BEFORE": before, "AFTER": after, "PERMITS": permits, "ZONES": t["zones"],
        "STOREYS_BEFORE_FIELD": "storeys", "STOREYS_AFTER_FIELD": "storeys",
        "OUTPUT": "memory:"})
    assert gp.featureCount() == pg.featureCount() > 0
    fields = [f.name() for f in gp.fields() if f.name() != "fid"]
    assert multiset(features(gp, fields)) == multiset(features(pg, fields))
    assert any(f["township_code"] for f in features(pg, ["township_code"]))


# --- algorithms that go through the GeoPackage store: a clear refusal ----------------------------

def _counts(ref):
    return {t: rows(ref, "SELECT count(*) AS n FROM %s" % t)[0]["n"]
            for t in ("violations", "case_events", "houses", "zones")}


def _refused(county, algorithm, params):
    before = _counts(county["ref"])
    with pytest.raises(QgsProcessingException) as info:
        run(algorithm, params)
    message = str(info.value)
    assert "PostGIS" in message and "GeoPackage project databases only" in message, message
    assert SCHEMA in message
    assert "password" not in message
    assert _counts(county["ref"]) == before
    return message


def test_writing_algorithms_refuse_a_postgis_target(county, layers):
    pg, gp = layers("postgis"), layers("gpkg")
    refs = {name.upper(): reference_layer(county, name)
            for name in ("roads", "railways", "rivers", "hills", "farmland", "projects")}
    _refused(county, "flag_priorities", dict(refs, VIOLATIONS=pg["violations"],
                                             UPDATE_INPUT=True, OUTPUT="memory:"))
    _refused(county, "grade_houses", {"INPUT": pg["houses"], "UPDATE_INPUT": True,
                                      "OUTPUT": "memory:"})
    _refused(county, "import_zones", {"INPUT": gp["zones"], "CODE_FIELD": "zone_code",
                                      "NAME_FIELD": "zone_name", "PARENT_FIELD": "parent_code",
                                      "LEVEL_FIELD": "level", "TARGET": pg["zones"]})
    _refused(county, "import_patches", {"INPUT": reference_layer(county, "patches"),
                                        "TARGET": pg["violations"], "ZONES": pg["zones"]})
    _refused(county, "import_houses", {"INPUT": gp["houses"], "TARGET": pg["houses"],
                                       "ZONES": pg["zones"]})


def test_export_report_refuses_postgis(county, layers):
    pg = layers("postgis")
    for report, ext in ((0, "xlsx"), (None, "pdf")):
        import liangwei.processing.algorithms.export_report as export
        index = export.REPORTS.index("monthly_bulletin") if report is None else report
        out = county["folder"] / ("report.%s" % ext)
        _refused(county, "export_report", {
            "REPORT": index, "VIOLATIONS": pg["violations"], "HOUSES": pg["houses"],
            "ZONES": pg["zones"], "PERIOD_START": PERIOD_START, "PERIOD_END": PERIOD_END,
            "OUTPUT": str(out)})
        assert not out.exists()
