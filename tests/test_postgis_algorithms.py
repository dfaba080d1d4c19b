"""The Processing algorithms on a PostGIS county: the same small demo county as a
GeoPackage and as a PostGIS copy (tests/pg_demo.py), each algorithm run through
processing.run once with the GeoPackage's layers and once with QGIS "postgres" layers
of the copy, and the key outputs compared: they must be equal.

The copy numbers its cases anew in the same order and gives its events the time of the
copy, so cases are compared by their data, not by when their last step was taken.
The reading algorithms and the reports come first; then the algorithms that write
(flags, grades, imports), run alike on both so that the county stays the same on both,
each also checked to write all or nothing on PostGIS.
"""

import contextlib
import datetime

import pytest
from pg_demo import copy_to_postgis, rows
from pgserver import pg_database, pg_server  # noqa: F401  (fixtures)
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from liangwei.plugin.store import demo_reference, demo_writer, gpkg
from lwtest import Recorder, memory_layer

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


def _workbook(path):
    """{sheet: [row values]} of an .xlsx, the column of each case's last step blanked
    (the copy's events are dated at the copy)."""
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True)
    out = {}
    try:
        for ws in book.worksheets:
            rows_ = [list(r) for r in ws.iter_rows(values_only=True)]
            blank = set()
            for r in rows_:
                blank |= {i for i, v in enumerate(r) if v in ("最近办理日期", "Last step on")}
            out[ws.title] = [[None if i in blank else v for i, v in enumerate(r)]
                             for r in rows_]
    finally:
        book.close()
    return out


def _export(county, layers, report, backend, ext, **extra):
    import liangwei.processing.algorithms.export_report as export
    t = layers(backend)
    out = county["folder"] / ("%s_%s.%s" % (report, backend, ext))
    params = {"REPORT": export.REPORTS.index(report), "VIOLATIONS": t["violations"],
              "HOUSES": t["houses"], "ZONES": t["zones"], "PERIOD_START": PERIOD_START,
              "PERIOD_END": PERIOD_END, "OUTPUT": str(out)}
    params.update(extra)
    return run("export_report", params), out


@pytest.mark.parametrize("report", ["case_ledger", "house_ledger", "weekly_summary",
                                    "daily_zero_report"])
def test_export_report_spreadsheets(county, layers, report):
    """Every cell alike.  The case ledger leaves out the cases finished before the
    period by the day of their last step, which the copy took anew: its period starts
    before any step of the original."""
    extra = {"PERIOD_START": "2000-01-01"} if report == "case_ledger" else {}
    books = []
    for backend in ("gpkg", "postgis"):
        result, out = _export(county, layers, report, backend, "xlsx", **extra)
        assert out.exists() and result["OUTPUT"] == str(out)
        books.append(_workbook(str(out)))
    gp, pg = books
    assert list(gp) == list(pg)
    assert sum(len(rows_) for rows_ in pg.values()) > 5
    assert gp == pg


def _pdf_words(path):
    """The words of each page of a PDF, in reading order (pdftotext's spacing follows
    the widths of the page's texts, which is not what is compared)."""
    from report_pdf import pdf_pages, pdf_text
    return [pdf_text(path, page).split() for page in range(1, pdf_pages(path) + 1)]


def test_export_report_monthly_bulletin_pdf(county, layers):
    """The bulletin of the same month from both: the same pages and the same text (its
    figures are township_stats rows, its maps draw the postgres layers)."""
    found = []
    for backend in ("gpkg", "postgis"):
        result, out = _export(county, layers, "monthly_bulletin", backend, "pdf")
        assert out.exists() and result["PAGES"] > 0
        found.append((result["PAGES"], _pdf_words(str(out))))
    (n_gp, gp), (n_pg, pg) = found
    assert n_gp == n_pg == 2
    assert gp == pg
    assert all("城关镇" in page and "Rank" in page for page in pg)


@pytest.mark.parametrize("report", ["wall_map", "house_booklet", "case_booklet"])
def test_export_report_other_pdfs(county, layers, report):
    """The same pages with the same words (a map's labels may come out of the PDF in
    another order).  The case records list each case's steps with their times, which
    the copy took anew: their pages are compared by the cases they show, over a period
    starting before any step of the original (as the case ledger)."""
    import re
    extra = {"PERIOD_START": "2000-01-01"} if report == "case_booklet" else {}
    found = []
    for backend in ("gpkg", "postgis"):
        result, out = _export(county, layers, report, backend, "pdf", **extra)
        assert out.exists() and result["PAGES"] > 0
        found.append((result["PAGES"], _pdf_words(str(out))))
    (n_gp, gp), (n_pg, pg) = found
    assert n_gp == n_pg == len(pg)
    if report == "case_booklet":
        case_ids = lambda pages: [   # noqa: E731
            sorted({w for w in page if re.fullmatch(r"330624-\d{4}-\d{6}", w)})
            for page in pages]
        assert case_ids(gp) == case_ids(pg) and all(case_ids(pg))
    else:
        assert [sorted(page) for page in gp] == [sorted(page) for page in pg]


# --- algorithms that write computed fields back: the same rows written on both --------------------
# (last in this module: they change the county, alike on both backends)

FLAG_FIELDS = ("flag_cadre", "flag_four_sides", "flag_obstructs", "flag_unsafe", "flag_typical",
               "flag_farmland", "priority_score")
GRADE_FIELDS = ("computed_screening", "computed_grade", "grade_mismatch", "focus_business",
                "focus_altered", "focus_near_poi", "required_measures", "missing_measures",
                "risk_rank", "next_inspection_due", "graded_on")


def _stored(county, table, key, fields):
    query = "SELECT %s, %s FROM %s ORDER BY %s" % (key, ", ".join(fields), table, key)
    out = []
    for ref in (county["path"], county["ref"]):
        found = rows(ref, query)
        for r in found:
            for f in fields:
                if isinstance(r[f], float):
                    r[f] = round(r[f], 6)
        out.append(found)
    return out


def test_flag_priorities_writes_back_on_postgis(county, layers):
    refs = {name.upper(): reference_layer(county, name)
            for name in ("roads", "railways", "rivers", "hills", "farmland", "projects")}
    gp_before, pg_before = _stored(county, "violations", "case_id", FLAG_FIELDS)
    assert gp_before == pg_before
    updated = []
    for backend in ("gpkg", "postgis"):
        t = layers(backend)
        result = run("flag_priorities", dict(refs, VIOLATIONS=t["violations"],
                                             HOUSES=t["houses"], UPDATE_INPUT=True,
                                             OUTPUT="memory:"))
        updated.append(result["UPDATED"])
    gp, pg = _stored(county, "violations", "case_id", FLAG_FIELDS)
    assert updated[0] == updated[1] > 0
    assert gp == pg and gp != gp_before
    # the flags are real booleans on PostgreSQL
    types = rows(county["ref"], "SELECT pg_typeof(flag_four_sides)::text AS t FROM violations "
                                "LIMIT 1")
    assert types[0]["t"] == "boolean"


def test_grade_houses_writes_back_on_postgis(county, layers):
    gp_before, pg_before = _stored(county, "houses", "house_id", GRADE_FIELDS)
    updated = []
    for backend in ("gpkg", "postgis"):
        t = layers(backend)
        result = run("grade_houses", {"INPUT": t["houses"], "UPDATE_INPUT": True,
                                      "AS_OF": "2026-06-30", "OUTPUT": "memory:"})
        updated.append(result["UPDATED"])
    gp, pg = _stored(county, "houses", "house_id", GRADE_FIELDS)
    assert updated[0] == updated[1] == 40
    assert gp == pg
    assert all(r["graded_on"] == "2026-06-30" for r in pg)
    assert any(r["computed_grade"] for r in pg) and any(r["required_measures"] for r in pg)


@contextlib.contextmanager
def _refusing(county, table, event, condition):
    """A trigger refusing the rows of `table` matching `condition` (NEW.…) on PostGIS."""
    con = county["db"].connect()
    try:
        with con.cursor() as cur:
            cur.execute("SET search_path TO %s, public" % SCHEMA)
            cur.execute("CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        "BEGIN IF %s THEN RAISE EXCEPTION 'refused by test'; END IF; "
                        "RETURN NEW; END $$" % condition)
            cur.execute("CREATE TRIGGER test_refuse BEFORE %s ON %s FOR EACH ROW "
                        "EXECUTE FUNCTION test_refuse()" % (event, table))
        yield
    finally:
        with con.cursor() as cur:
            cur.execute("DROP TRIGGER IF EXISTS test_refuse ON %s.%s" % (SCHEMA, table))
            cur.execute("DROP FUNCTION IF EXISTS %s.test_refuse()" % SCHEMA)
        con.close()


def test_grade_houses_on_postgis_is_all_or_nothing(county, layers):
    """A row the database refuses: nothing of the run is written."""
    before = _stored(county, "houses", "house_id", GRADE_FIELDS)[1]
    last = before[-1]["house_id"]
    with _refusing(county, "houses", "UPDATE", "NEW.house_id = '%s'" % last):
        with pytest.raises(QgsProcessingException) as info:
            run("grade_houses", {"INPUT": layers("postgis")["houses"], "UPDATE_INPUT": True,
                                 "AS_OF": "2026-07-31", "OUTPUT": "memory:"})
    assert last in str(info.value) and "refused by test" in str(info.value)
    assert "Nothing was written back" in str(info.value)
    assert _stored(county, "houses", "house_id", GRADE_FIELDS)[1] == before


def test_an_import_into_postgis_is_all_or_nothing(county, layers):
    """The last zone of an import refused: the zones before it are not kept either."""
    from qgis.PyQt.QtCore import QVariant
    pg = layers("postgis")
    villages = sorted((f for f in pg["zones"].getFeatures() if f["level"] == "village"),
                      key=lambda f: f["zone_code"])
    source = [((v["parent_code"] + "29%d" % k, "新村%d" % k, v["parent_code"], "village"),
               v.geometry()) for k, v in enumerate(villages[:3])]
    refused_code = source[-1][0][0]
    before = _counts(county["ref"])
    with _refusing(county, "zones", "INSERT", "NEW.zone_code = '%s'" % refused_code):
        with pytest.raises(QgsProcessingException) as info:
            run("import_zones", {
                "INPUT": memory_layer("MultiPolygon", "EPSG:4490", source,
                                      [("code", QVariant.String), ("name", QVariant.String),
                                       ("parent", QVariant.String), ("level", QVariant.String)]),
                "CODE_FIELD": "code", "NAME_FIELD": "name", "PARENT_FIELD": "parent",
                "LEVEL_FIELD": "level", "TARGET": pg["zones"]})
    assert "refused by test" in str(info.value) and "Nothing was imported" in str(info.value)
    assert _counts(county["ref"]) == before


# --- imports into a PostGIS target: the same rows as in the GeoPackage --------------------------



def _geometries(layer, key):
    """{key: geometry WKT with 7 decimals} of a layer."""
    return {f[key]: f.geometry().asWkt(7) for f in layer.getFeatures()}


def _srid_ok(county, table):
    found = rows(county["ref"], "SELECT DISTINCT ST_SRID(geom) AS s FROM %s" % table)
    assert [r["s"] for r in found] == [4490]


def test_import_zones_into_postgis(county, layers):
    """Known codes are updated (name, geometry), a new village is added: alike."""
    from qgis.PyQt.QtCore import QVariant
    gp_zones = layers("gpkg")["zones"]
    feats = sorted(gp_zones.getFeatures(), key=lambda f: f["zone_code"])
    villages = [f for f in feats if f["level"] == "village"]
    townships = [f for f in feats if f["level"] == "township"]
    fields = [("code", QVariant.String), ("name", QVariant.String), ("parent", QVariant.String),
              ("level", QVariant.String)]
    new_code = villages[-1]["parent_code"] + "299"
    moved = villages[0].geometry().buffer(0.0005, 8)
    source = [((townships[0]["zone_code"], "改名镇", None, "township"), townships[0].geometry()),
              ((villages[0]["zone_code"], villages[0]["zone_name"], villages[0]["parent_code"],
                "village"), moved),
              ((new_code, "新村", villages[-1]["parent_code"], "village"),
               villages[-1].geometry())]
    found = []
    for backend in ("gpkg", "postgis"):
        t = layers(backend)
        result = run("import_zones", {
            "INPUT": memory_layer("MultiPolygon", "EPSG:4490", source, fields),
            "CODE_FIELD": "code", "NAME_FIELD": "name", "PARENT_FIELD": "parent",
            "LEVEL_FIELD": "level", "TARGET": t["zones"]})
        found.append((result["IMPORTED"], result["UPDATED"], result["REJECTED"]))
    assert found[0] == found[1] == (1, 2, 0)
    query = ("SELECT zone_code, zone_name, level, parent_code, annual_quota_m2 FROM zones "
             "ORDER BY zone_code")
    assert rows(county["path"], query) == rows(county["ref"], query)
    assert new_code in [r["zone_code"] for r in rows(county["ref"], query)]
    gp, pg = layers("gpkg")["zones"], layers("postgis")["zones"]
    assert _geometries(gp, "zone_code") == _geometries(pg, "zone_code")
    _srid_ok(county, "zones")


def test_import_houses_into_postgis(county, layers):
    """New houses added, a known one updated, a two-point feature rejected: alike."""
    from qgis.core import QgsGeometry
    from qgis.PyQt.QtCore import QVariant
    gp = layers("gpkg")
    villages = [f for f in gp["zones"].getFeatures() if f["level"] == "village"]
    points = [v.geometry().pointOnSurface() for v in villages[:4]]
    existing = sorted(f["house_id"] for f in gp["houses"].getFeatures())[0]
    source = [(("YH330624%09d" % (940000000 + k), 2 + k), p) for k, p in enumerate(points)]
    source.append(((existing, 5), points[1]))
    source.append((("YH330624940000009", 3),
                   QgsGeometry.fromWkt("MultiPoint ((120.8 29.4), (120.9 29.5))")))
    fields = [("房屋编码", QVariant.String), ("地上层数", QVariant.Int)]
    found = []
    for backend in ("gpkg", "postgis"):
        t = layers(backend)
        result = run("import_houses", {
            "INPUT": memory_layer("MultiPoint", "EPSG:4490", source, fields),
            "TARGET": t["houses"], "ZONES": t["zones"], "REJECTED": "TEMPORARY_OUTPUT"})
        found.append((result["IMPORTED"], result["UPDATED"], result["REJECTED"].featureCount()))
    assert found[0] == found[1] == (4, 1, 1)
    query = ("SELECT house_id, storeys, township_code, village_code FROM houses "
             "ORDER BY house_id")
    assert rows(county["path"], query) == rows(county["ref"], query)
    stored = {r["house_id"]: r for r in rows(county["ref"], query)}
    assert stored[existing]["storeys"] == 5 and stored["YH330624940000003"]["storeys"] == 5
    gp, pg = layers("gpkg")["houses"], layers("postgis")["houses"]
    assert _geometries(gp, "house_id") == _geometries(pg, "house_id")
    _srid_ok(county, "houses")


def test_import_patches_into_postgis(county, layers):
    """The same cases, numbered by each database, with the same duplicates and rejections."""
    before = rows(county["ref"], "SELECT count(*) AS n FROM violations")[0]["n"]
    found = []
    for backend in ("gpkg", "postgis"):
        t = layers(backend)
        result = run("import_patches", {
            "INPUT": reference_layer(county, "patches"), "TARGET": t["violations"],
            "ZONES": t["zones"], "DUPLICATES": "TEMPORARY_OUTPUT",
            "REJECTED": "TEMPORARY_OUTPUT"})
        found.append((result["IMPORTED"], result["DUPLICATES"].featureCount(),
                      result["REJECTED"].featureCount()))
    assert found[0] == found[1] and found[0][0] > 0, found
    assert found[0][1] > 0 and found[0][2] > 0, found     # duplicates and rejections seen
    query = ("SELECT case_id, patch_no, batch, status, township_code, village_code, "
             "discovery_source, discovered_on, stock_class, round(area_m2) AS area "
             "FROM violations ORDER BY case_id")
    gp_rows, pg_rows = rows(county["path"], query), rows(county["ref"], query)
    assert len(pg_rows) == before + found[1][0]
    assert gp_rows == pg_rows
    events = ("SELECT case_id, from_status, to_status FROM case_events ORDER BY case_id, "
              "event_id")
    assert rows(county["path"], events) == rows(county["ref"], events)
    gp, pg = layers("gpkg")["violations"], layers("postgis")["violations"]
    assert _geometries(gp, "case_id") == _geometries(pg, "case_id")
    _srid_ok(county, "violations")
