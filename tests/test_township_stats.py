"""liangwei:township_stats on a small demo county, checked field by field against an
independent computation written here with pandas / geopandas / pyproj: largest overlap
by geopandas overlay in the Gauss–Krüger zone EPSG:4549, houses by a spatial join,
areas on the GRS 1980 ellipsoid with pyproj.Geod, indicators by pandas groupby."""

import datetime
import math
import sqlite3
from collections import Counter

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import Geod
from shapely.geometry import MultiPolygon, box

from liangwei.plugin.store import demo_writer, gpkg
from lwtest import Recorder

GK = "EPSG:4549"
TOWNSHIP_LEVELS = ("township", "street", "park")
VILLAGE_LEVELS = ("village", "community")
CLOSED = ("closed", "not_filed")
CAMPAIGN = "2025-01-01"
DEFAULTS = {"penalty": 4000.0, "factor": 2.0, "reward_min": 200.0, "rate": 40.0,
            "township_min": 2000.0, "target_days": 1.0}
DB_SETTINGS = dict(DEFAULTS, penalty=5000.0, rate=35.0, reward_min=250.0)
INT_FIELDS = ("new_count", "open_cases", "overdue_cases", "no_violation_eligible",
              "houses_total", "houses_screened", "houses_serious", "houses_some", "grade_a",
              "grade_b", "grade_c", "grade_d", "houses_rectified", "houses_closed", "rank")
REAL_FIELDS = ("new_area_m2", "found_within_24h_share", "demolished_area_m2",
               "annual_quota_m2", "quota_done_share", "first_three_months_share",
               "stock_cleared_m2", "report_reward_yuan", "demolition_reward_yuan",
               "late_discovery_penalty_yuan")
# two township-level zones with nothing in them, each with one village
EMPTY = ("330624801", "330624802")


def read(path, layer, **kw):
    """A layer with its date columns as ISO text (None when empty), as stored."""
    frame = gpd.read_file(path, layer=layer, **kw)
    for name in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[name]):
            frame[name] = frame[name].dt.strftime("%Y-%m-%d").where(frame[name].notna(), None)
    return frame


def run(params):
    import processing
    feedback = Recorder()
    result = processing.run("liangwei:township_stats", params, feedback=feedback)
    layer = result["OUTPUT"]
    names = layer.fields().names()
    rows = {}
    for f in layer.getFeatures():
        row = {n: (None if v is None or str(v) == "NULL" else v)
               for n, v in zip(names, f.attributes())}
        rows[row["zone_code"]] = row
    return rows, feedback


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stats")
    db = str(folder / "county.gpkg")
    gpkg.create(db, "330624")
    demo_writer.write_demo_county(db, seed=5, townships=3, villages=14, violations=400,
                                  houses=300)
    con = gpkg.connect(db)
    with gpkg.transaction(con):
        # Two empty township-level zones outside the county (a tie in the ranking).
        for code, x in zip(EMPTY, (121.6, 121.7)):
            gpkg.insert(con, "zones", {"zone_code": code, "zone_name": "空" + code[-1],
                                       "level": "park", "parent_code": "330624",
                                       "geom": box(x, 30.2, x + 0.05, 30.25).wkt})
            gpkg.insert(con, "zones", {"zone_code": code + "001", "zone_name": "空村" + code[-1],
                                       "level": "village", "parent_code": code,
                                       "geom": box(x, 30.2, x + 0.05, 30.25).wkt})
        # A multipart case: a second building beside the first case of the list.
        fid, blob = con.execute("SELECT fid, geom FROM violations ORDER BY fid LIMIT 1").fetchone()
        first = gpd.GeoSeries.from_wkb([bytes(gpkg.blob_geometry(blob).ExportToIsoWkb())])[0]
        part = first.geoms[0]
        moved = gpd.GeoSeries([part], crs="EPSG:4490").translate(xoff=0.0004).iloc[0]
        gpkg.update(con, "violations", "fid", fid, {"geom": MultiPolygon([part, moved]).wkt})
        # Cases without a construction date are not judged for the 24 h share.
        con.execute("UPDATE violations SET construction_started_on = NULL WHERE fid IN "
                    "(SELECT fid FROM violations WHERE stock_class = 'new' ORDER BY fid "
                    "DESC LIMIT 5)")
    gpkg.write_settings(con, {"late_discovery_penalty_yuan": DB_SETTINGS["penalty"],
                              "report_reward_min_yuan": DB_SETTINGS["reward_min"]})
    con.execute("INSERT INTO settings (key, value_type, value) VALUES "
                "('demolition_reward_yuan_per_m2', 'real', '35.0')")
    con.commit()
    con.close()

    viol = read(db, "violations")
    new = viol[(viol.stock_class == "new") & viol.discovered_on.notna()]
    days = sorted(new.discovered_on.str[:10].unique())
    # The period: from one discovery day to another, both of which have new cases, so
    # that an exclusive boundary would miss cases.
    start, end = days[len(days) // 3], days[-4]
    paths = {"db": db}
    # Copies that are not a project database, read through QGIS: violations in the
    # Gauss–Krüger zone, houses in WGS 84, zones in CGCS2000.
    for name, crs in (("violations", GK), ("houses", "EPSG:4326"), ("zones", "EPSG:4490")):
        path = str(folder / ("%s_copy.gpkg" % name))
        read(db, name).to_crs(crs).to_file(path, layer=name, driver="GPKG",
                                                          VERSION="1.2")
        paths[name] = path + "|layername=" + name
    return {"paths": paths, "start": start, "end": end}


# --- the independent computation -----------------------------------------------------


def assign(viol, zones, level):
    """{fid: zone code} by the largest overlap (EPSG:4549): the township first, then the
    largest village of that township (as the plugin's zoning does)."""
    v = viol[["fid", "geometry"]].to_crs(GK)
    z = zones.to_crs(GK)

    def largest(zs):
        parts = gpd.overlay(v, zs[["zone_code", "parent_code", "geometry"]],
                            how="intersection", keep_geom_type=True)
        parts["part"] = parts.area
        return parts.sort_values(["fid", "part", "zone_code"], ascending=[True, False, True])

    towns = largest(z[z.level.isin(TOWNSHIP_LEVELS)]).drop_duplicates("fid")
    town_of = dict(zip(towns.fid, towns.zone_code))
    if level == "township":
        return town_of
    vills = largest(z[z.level.isin(VILLAGE_LEVELS)])
    vills = vills[vills.parent_code == vills.fid.map(town_of)].drop_duplicates("fid")
    return dict(zip(vills.fid, vills.zone_code))


def add_months(day, months):
    m = day.month - 1 + months
    y, m = day.year + m // 12, m % 12 + 1
    import calendar
    return datetime.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def expected(db, level, start, end, rates):
    zones = read(db, "zones")
    viol = read(db, "violations", fid_as_index=True)
    viol["fid"] = viol.index
    houses = read(db, "houses")
    kinds = TOWNSHIP_LEVELS if level == "township" else VILLAGE_LEVELS
    zs = zones[zones.level.isin(kinds)].sort_values("zone_code")

    viol["zone"] = viol.fid.map(assign(viol, zones, level))
    viol = viol[viol.zone.notna()].copy()
    geod = Geod(ellps="GRS80")
    viol["geod_m2"] = [abs(geod.geometry_area_perimeter(g)[0]) for g in viol.geometry]
    found = viol.discovered_on.str[:10]
    in_period = found.between(start, end)
    new = viol[in_period & (viol.stock_class == "new")].copy()
    judged = new[new.construction_started_on.notna()].copy()
    lag = (pd.to_datetime(judged.discovered_on) - pd.to_datetime(judged.construction_started_on)).dt.days
    judged["in_time"] = lag <= rates["target_days"]
    late = judged[~judged.in_time]
    later_month = late.discovered_on.str[:7] > late.construction_started_on.str[:7]
    late_pen = pd.Series(np.where(later_month, rates["penalty"] * rates["factor"],
                                  rates["penalty"]), index=late.index)
    dem_on = viol.demolished_on.str[:10]
    dem_m2 = viol.demolished_area_m2.fillna(0.0)
    year_start = end[:4] + "-01-01"
    c = datetime.date.fromisoformat(CAMPAIGN)
    q_end = min((add_months(c, 3) - datetime.timedelta(days=1)).isoformat(), end)
    demolished = dem_on.between(start, end)
    open_ = ~viol.status.isin(CLOSED) & (found.isna() | (found <= end))
    overdue = open_ & viol.deadline.notna() & (viol.deadline.str[:10] < end)
    reports = viol[(viol.discovery_source == "report") & in_period
                   & ~viol.status.isin(("clue", "not_filed"))]

    h = gpd.sjoin(houses.to_crs(GK), zs[["zone_code", "geometry"]].to_crs(GK),
                  predicate="within")
    hz = h.groupby("zone_code")

    out = {}
    col = {
        "new_count": new.groupby("zone").size(),
        "new_area_m2": new.groupby("zone").geod_m2.sum(),
        "judged": judged.groupby("zone").size(),
        "in_time": judged.groupby("zone").in_time.sum(),
        "demolished_area_m2": dem_m2[demolished].groupby(viol.zone[demolished]).sum(),
        "year_m2": dem_m2[dem_on.between(year_start, end)].groupby(viol.zone).sum(),
        "first_m2": dem_m2[dem_on.between(CAMPAIGN, q_end)].groupby(viol.zone).sum(),
        "stock_cleared_m2": dem_m2[demolished & (viol.stock_class == "stock")]
        .groupby(viol.zone).sum(),
        "open_cases": open_.groupby(viol.zone).sum(),
        "overdue_cases": overdue.groupby(viol.zone).sum(),
        "report_reward_yuan": reports.reward_yuan.fillna(rates["reward_min"])
        .groupby(reports.zone).sum(),
        "late_discovery_penalty_yuan": late_pen.groupby(late.zone).sum(),
        "houses_total": hz.size(),
        "houses_screened": h[h.screening.notna()].groupby("zone_code").size(),
        "houses_serious": h[h.screening == "serious"].groupby("zone_code").size(),
        "houses_some": h[h.screening == "some"].groupby("zone_code").size(),
        "houses_rectified": h[h.rectification_status.isin(("done", "closed"))]
        .groupby("zone_code").size(),
        "houses_closed": h[h.rectification_status == "closed"].groupby("zone_code").size(),
    }
    for g in "ABCD":
        col["grade_" + g.lower()] = h[h.appraisal_grade == g].groupby("zone_code").size()
    for _, z in zs.iterrows():
        code = z.zone_code

        def get(name, default=0):
            value = col[name].get(code, default)
            return default if value is None or (isinstance(value, float) and math.isnan(value)) \
                else value
        row = {name: get(name) for name in col}
        quota = z.annual_quota_m2
        if quota is None or (isinstance(quota, float) and math.isnan(quota)):
            quota = rates["township_min"] if level == "township" else None
        row["annual_quota_m2"] = quota
        row["quota_done_share"] = row["year_m2"] / quota if quota else None
        row["first_three_months_share"] = row["first_m2"] / quota if quota else None
        row["found_within_24h_share"] = row["in_time"] / row["judged"] if row["judged"] else None
        row["no_violation_eligible"] = int(row["open_cases"] == 0)
        row["demolition_reward_yuan"] = row["stock_cleared_m2"] * rates["rate"]
        row["zone_name"] = z.zone_name
        out[code] = row

    def key(r):
        d, f = r["quota_done_share"], r["found_within_24h_share"]
        return (d is None, -(d or 0.0), r["new_count"], f is None, -(f or 0.0))
    for r in out.values():
        r["rank"] = 1 + sum(1 for o in out.values() if key(o) < key(r))
    return out


def assert_same(got, want):
    assert sorted(got) == sorted(want)
    for code, w in want.items():
        g = got[code]
        assert g["zone_name"] == w["zone_name"]
        for name in INT_FIELDS:
            assert g[name] == w[name], (code, name, g[name], w[name])
        for name in REAL_FIELDS:
            if w[name] is None:
                assert g[name] is None, (code, name, g[name])
            elif name == "new_area_m2":
                assert g[name] == pytest.approx(w[name], rel=1e-3, abs=1e-6), (code, name)
            else:
                assert g[name] == pytest.approx(w[name], rel=1e-9, abs=1e-9), (code, name)


def params(paths, level, start, end, direct=True):
    db = paths["db"]
    return {"VIOLATIONS": db + "|layername=violations" if direct else paths["violations"],
            "HOUSES": db + "|layername=houses" if direct else paths["houses"],
            "ZONES": db + "|layername=zones" if direct else paths["zones"],
            "LEVEL": level, "PERIOD_START": start, "PERIOD_END": end,
            "CAMPAIGN_START": CAMPAIGN, "OUTPUT": "TEMPORARY_OUTPUT"}


# --- tests ---------------------------------------------------------------------------


@pytest.mark.parametrize("level", [0, 1], ids=["township", "village"])
def test_project_database_matches_independent_computation(provider, county, level):
    name = ("township", "village")[level]
    got, feedback = run(params(county["paths"], level, county["start"], county["end"]))
    want = expected(county["paths"]["db"], name, county["start"], county["end"], DB_SETTINGS)
    assert_same(got, want)
    # the data exercise what the test claims to check
    assert sum(r["new_count"] for r in want.values()) > 20
    assert sum(r["late_discovery_penalty_yuan"] for r in want.values()) > 0
    assert sum(r["report_reward_yuan"] for r in want.values()) > 0
    assert sum(r["stock_cleared_m2"] for r in want.values()) > 0
    assert sum(r["houses_total"] for r in want.values()) == 300
    assert any(r["overdue_cases"] for r in want.values())
    assert any(r["no_violation_eligible"] for r in want.values())
    ranks = sorted(r["rank"] for r in got.values())
    assert ranks[0] == 1 and len(set(ranks)) < len(ranks)       # ties share a rank


@pytest.mark.parametrize("level", [0, 1], ids=["township", "village"])
def test_layers_in_other_crs_read_through_qgis(provider, county, level):
    """Not a project database (defaults for the settings), three CRSs."""
    name = ("township", "village")[level]
    got, _ = run(params(county["paths"], level, county["start"], county["end"], direct=False))
    want = expected(county["paths"]["db"], name, county["start"], county["end"], DEFAULTS)
    assert_same(got, want)


@pytest.mark.parametrize("level", [0, 1], ids=["township", "village"])
def test_empty_zones_have_zeros_and_share_a_rank(provider, county, level):
    got, _ = run(params(county["paths"], level, county["start"], county["end"]))
    suffix = ("", "001")[level]
    a, b = got[EMPTY[0] + suffix], got[EMPTY[1] + suffix]
    for row in (a, b):
        for name in INT_FIELDS:
            if name not in ("rank", "no_violation_eligible"):
                assert row[name] == 0, name
        assert row["no_violation_eligible"] == 1
        assert row["new_area_m2"] == 0 and row["demolished_area_m2"] == 0
        assert row["found_within_24h_share"] is None
        if level == 0:
            assert row["annual_quota_m2"] == 2000.0 and row["quota_done_share"] == 0.0
        else:
            assert row["annual_quota_m2"] is None and row["quota_done_share"] is None
    assert a["rank"] == b["rank"]
    # township: no demolition against a quota ranks them after the townships that did
    # demolish; village: no quota anywhere, so no new violation ranks first
    assert a["rank"] > 1 if level == 0 else a["rank"] == 1
    assert max(r["rank"] for r in got.values()) >= a["rank"]


@pytest.mark.parametrize("level", [0, 1], ids=["township", "village"])
def test_same_figures_with_and_without_shapely(provider, county, level, monkeypatch):
    """The cases crossing a boundary cell are decided by gis.zoning_batch (shapely) when
    it is there, else one by one by ZoneIndex: the figures are the same."""
    from liangwei.plugin.gis import zoning_batch
    assert zoning_batch.available(), "shapely 2 missing: run scripts/setup.sh"
    args = params(county["paths"], level, "2000-01-01", "2025-06-30")
    with_batch, feedback = run(args)
    exact = [line for line in feedback.log.splitlines() if "largest overlap" in line]
    assert exact and not exact[0].split(";")[1].strip().startswith("0 ")
    monkeypatch.setattr(zoning_batch, "_SHAPELY", False)
    assert run(args)[0] == with_batch


@pytest.mark.parametrize("level", ["township", "village"])
def test_exact_placement_at_once_equals_one_by_one(qgis_app, county, level):
    """What township_stats places exactly (cases and houses in boundary cells) gets the
    same zone all at once (gis.zoning_batch) as one by one (ZoneIndex): points on and
    beside the zones' vertices, small polygons around them, polygon houses (placed by
    their point on surface)."""
    from qgis.core import QgsProcessingContext, QgsVectorLayer
    from liangwei.plugin.gis import zoning, zoning_batch
    from liangwei.processing.algorithms import township_stats as ts
    assert zoning_batch.available(), "shapely 2 missing: run scripts/setup.sh"
    zones = QgsVectorLayer(county["paths"]["db"] + "|layername=zones", "zones", "ogr")
    place = ts._Placer(zoning.read_zones(zones), zones.crs(), zones.crs(), level,
                       QgsProcessingContext())
    rng = np.random.default_rng(3)
    points, squares = [], []
    for geom in place.index.villages.geoms[:8]:
        for vertex in list(geom.vertices())[::7]:
            for dx, dy in [(0, 0)] + [tuple(d) for d in rng.normal(0, 2e-4, (2, 2))]:
                x, y = vertex.x() + dx, vertex.y() + dy
                points.append(gpkg.gpkg_blob("POINT (%r %r)" % (x, y), 4490))
                h = abs(rng.normal(0, 3e-4)) + 1e-5
                squares.append(gpkg.gpkg_blob(box(x - h, y - h, x + h, y + h * 1.5).wkt, 4490))
    assert len(points) > 200
    found = place.exact_blobs(points + squares, houses=True)
    assert found == [place.exact(ts._house_point(b)) for b in points + squares]
    found = place.exact_blobs(squares)
    assert found == [place.exact(ts.blob_geometry(b)) for b in squares]
    codes = set(found) - {None}
    assert len(codes) >= 3 and None in found     # several zones, and outside


def test_house_category_outside_its_enumeration(provider, county, tmp_path):
    """A category value the schema does not know (written past the CHECK constraints)
    makes the algorithm count the houses the slow way, with the same rules: the house
    counts as screened, and nothing else changes."""
    import shutil
    db = str(tmp_path / "odd.gpkg")
    shutil.copy(county["paths"]["db"], db)
    paths = dict(county["paths"], db=db)
    args = params(paths, 0, county["start"], county["end"])
    before, _ = run(args)
    con = gpkg.connect(db)
    con.execute("PRAGMA ignore_check_constraints = ON")
    fid = con.execute("SELECT fid FROM houses WHERE screening IS NULL ORDER BY fid "
                      "LIMIT 1").fetchone()[0]
    con.execute("UPDATE houses SET screening = 'odd, value' WHERE fid = ?", (fid,))
    con.commit()
    con.close()
    after, _ = run(args)

    def total(rows, name):
        return sum(r[name] for r in rows.values())
    assert total(after, "houses_screened") == total(before, "houses_screened") + 1
    for name in ("houses_total", "houses_serious", "houses_some", "grade_a", "houses_closed"):
        assert total(after, name) == total(before, name), name
    assert total(before, "houses_total") == 300


def test_straddling_case_counted_once(provider, county):
    db = county["paths"]["db"]
    zones = read(db, "zones")
    viol = read(db, "violations", fid_as_index=True)
    viol["fid"] = viol.index
    towns = zones[zones.level.isin(TOWNSHIP_LEVELS)].to_crs(GK)
    parts = gpd.overlay(viol[["fid", "geometry"]].to_crs(GK), towns[["zone_code", "geometry"]],
                        how="intersection")
    straddling = parts.groupby("fid").size()
    straddling = straddling[straddling > 1].index
    assert len(straddling), "the demo county should have cases across a township border"
    # Whole period: each case once, so the counts add up to the cases inside the county.
    got, _ = run(params(county["paths"], 0, "2000-01-01", "2025-06-30"))
    inside = viol.fid.isin(parts.fid)
    new_inside = viol[inside & (viol.stock_class == "new")]
    assert sum(r["new_count"] for r in got.values()) == len(new_inside)
    open_inside = viol[inside & ~viol.status.isin(CLOSED)]
    assert sum(r["open_cases"] for r in got.values()) == len(open_inside)


def test_period_boundaries_are_inclusive(provider, county):
    db = county["paths"]["db"]
    viol = read(db, "violations")
    new = viol[viol.stock_class == "new"]
    start, end = county["start"], county["end"]
    assert (new.discovered_on.str[:10] == start).any() and (new.discovered_on.str[:10] == end).any()
    got, _ = run(params(county["paths"], 0, start, end))
    day = datetime.timedelta(days=1)
    inner, _ = run(params(county["paths"], 0,
                          (datetime.date.fromisoformat(start) + day).isoformat(),
                          (datetime.date.fromisoformat(end) - day).isoformat()))
    on_edges = new.discovered_on.str[:10].isin((start, end))
    inside_county = sum(r["new_count"] for r in got.values())
    assert inside_county - sum(r["new_count"] for r in inner.values()) == on_edges.sum()


def test_defaults_and_refusals(provider, county):
    from qgis.core import QgsProcessingException
    import processing
    p = params(county["paths"], 0, None, None)
    del p["PERIOD_START"], p["PERIOD_END"], p["CAMPAIGN_START"]
    _, feedback = run(p)
    today = datetime.date.today()
    assert "Period %s to %s, campaign start 2025-01-01" % (today.replace(day=1), today) \
        in feedback.log
    bad = params(county["paths"], 0, "2025-06-01", "2025-05-01")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:township_stats", bad, feedback=Recorder())
    assert "starts (2025-06-01) after it ends (2025-05-01)" in str(info.value)


def test_cell_grid_and_blob_decoding(qgis_app):
    """The grid never claims a cell a boundary touches: every box it places lies wholly
    inside the zone it names (checked with shapely), also around a hole and a
    multipolygon; the blob decoders read what OGR wrote."""
    from qgis.core import QgsGeometry
    from shapely import wkt
    from liangwei.processing.algorithms import township_stats as ts
    a = "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (3 3, 6 3, 6 6, 3 6, 3 3)), " \
        "((20 0, 25 0, 25 5, 20 5, 20 0)))"
    b = "POLYGON ((10 0, 20 0, 17 10, 10 10, 10 0))"
    grid = ts.ZoneGrid([QgsGeometry.fromWkt(a), QgsGeometry.fromWkt(b)], cells=37)
    shapes = [wkt.loads(a), wkt.loads(b)]
    rng = np.random.default_rng(1)
    decided = 0
    for _ in range(3000):
        x, y = rng.uniform(-2, 27), rng.uniform(-2, 12)
        w, h = rng.uniform(0, 1.5, 2)
        k = grid.box(x, y, x + w, y + h)
        cell = box(x, y, x + w, y + h)
        if k >= 0:
            decided += 1
            assert shapes[k].contains(cell), (k, x, y)
        elif k == ts.OUTSIDE:
            assert not any(s.intersects(cell) for s in shapes)
    assert decided > 600
    boxes = [(x, y, x + 0.5, y + 0.5) for x, y in rng.uniform(0, 20, (200, 2))] + [None]
    assert grid.place_boxes(boxes) == [ts.BOUNDARY if b is None else grid.box(*b)
                                       for b in boxes]
    points = [gpkg.gpkg_blob("POINT (%r %r)" % (x, y), 4490) for x, y in [(1.5, 2.5), (4, 5)]]
    assert ts.blob_points(points) == [(1.5, 2.5), (4.0, 5.0)]
    assert ts.blob_points(points + [gpkg.gpkg_blob(b, 4490)])[2] is None
    assert ts.blob_boxes([gpkg.gpkg_blob(b, 4490)]) == [(10.0, 0.0, 20.0, 10.0)]


def test_numpy_grid_has_the_plain_python_cells(qgis_app, monkeypatch):
    """The grid built with numpy (all zones at once) holds exactly the cells of the
    zone-by-zone plain-Python build: random polygons, some with every vertex on a cell
    line or a row's centre line, some within one cell, makeValid'ed ones
    (multipolygons), overlapping zones, a hole, at several grid sizes."""
    from qgis.core import QgsGeometry
    from liangwei.processing.algorithms import township_stats as ts
    ts._numpy()
    rng = np.random.default_rng(5)
    hole = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (3 3, 6 3, 6 6, 3 6, 3 3))"
    kinds, compared = Counter(), 0
    for trial in range(150):
        geoms = [QgsGeometry.fromWkt(hole)] if trial % 10 == 0 else []
        for _ in range(rng.integers(1, 6)):
            m = rng.integers(3, 12)
            angles = rng.uniform(0, 2 * np.pi, m)
            if trial % 3:
                angles.sort()           # else a self-crossing ring, made valid
            # a few rings small enough to lie within one cell
            scale = 0.1 if rng.random() < 0.2 else 8
            centre, radius = rng.uniform(0, 20, 2), rng.uniform(scale / 8, scale, m)
            pts = centre + np.c_[radius * np.cos(angles), radius * np.sin(angles)]
            if trial % 2 and scale > 1:
                pts = np.round(pts * 2) / 2 + (0.25 if trial % 4 == 1 else 0)
            geom = QgsGeometry.fromWkt("POLYGON ((%s))" % ", ".join(
                "%r %r" % tuple(p) for p in np.r_[pts, pts[:1]]))
            if not geom.isGeosValid():
                geom = geom.makeValid()
            if not geom.isEmpty() and geom.type() == 2:
                kinds[geom.isMultipart()] += 1
                geoms.append(geom)
        if not geoms:
            continue
        cells = int(rng.choice([5, 8, 20, 37, 64]))
        with_numpy = ts.ZoneGrid(geoms, cells=cells).cells
        monkeypatch.setattr(ts, "np", None)
        monkeypatch.setattr(ts, "_numpy", lambda: None)
        plain = ts.ZoneGrid(geoms, cells=cells).cells
        monkeypatch.undo()
        assert with_numpy == plain, trial
        compared += 1
    assert compared > 140 and kinds[True] > 5 and kinds[False] > 300


def test_grid_cells_follow_the_number_of_features(qgis_app):
    from liangwei.processing.algorithms import township_stats as ts
    assert [ts.grid_cells(n) for n in (None, -1, 0, 700, 10000, 40000, 100000, 4000000)] \
        == [1024, 1024, 256, 256, 256, 512, 1024, 1024]


def test_case_classes_agree_with_the_core(qgis_app):
    """Every combination of edge values: the class SQLite gives a case (what the
    algorithm reads of it) matches what the core does with the whole case."""
    import itertools
    from liangwei.plugin.core import assessment as a
    from liangwei.processing.algorithms import township_stats as ts

    period = a.Period(datetime.date(2025, 3, 1), datetime.date(2025, 3, 31),
                      datetime.date(2025, 1, 1))
    zone = [{"zone_code": "330624101", "zone_name": "甲镇", "level": "township",
             "annual_quota_m2": 1000.0}]
    dates = [None, "", "2024-12-31", "2025-01-15", "2025-03-01", "2025-03-31",
             "2025-03-31T18:00:00", "2025-04-01", 20250310]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE violations (status, discovered_on, demolished_on, deadline)")
    rows = list(itertools.product(["filed", "closed", "not_filed", None], dates,
                                  [None, "2025-02-01", "2025-03-15", "2024-06-01", ""],
                                  [None, "", "2025-03-30", "2025-03-31", "2025-04-30", 5]))
    con.executemany("INSERT INTO violations VALUES (?, ?, ?, ?)", rows)
    expression, args = ts.TownshipStatsAlgorithm._case_classes(period, a)
    classes = [k for (k,) in con.execute("SELECT %s FROM violations ORDER BY rowid"
                                         % expression, args)]
    assert set(classes) == {ts._NOTHING, ts._OPEN, ts._OVERDUE, ts._FULL}
    names = [n for n in a.OUTPUT_NAMES if n not in ("zone_code", "zone_name", "rank",
                                                   "annual_quota_m2", "no_violation_eligible")]
    for (status, found, demolished_on, deadline), kind in zip(rows, classes):
        c = ("330624101", ("new", found, "2025-02-20", "report", 10.0, 50.0, demolished_on,
                           status, deadline, None))
        row = a.township_stats(zone, [c], {}, {}, period)[0]
        added = {n: row[n] for n in names if row[n] not in (0, 0.0, None)}
        expected = {ts._NOTHING: {}, ts._OPEN: {"open_cases": 1},
                    ts._OVERDUE: {"open_cases": 1, "overdue_cases": 1}}
        if kind != ts._FULL:
            assert added == expected[kind], (status, found, demolished_on, deadline, kind)
