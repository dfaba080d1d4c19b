"""liangwei:grade_houses on a small demo county, checked house by house against an
independent computation written here from domain.md §3 and the documented default
rules (not by calling core/jgj125.py or core/screening.py), plus the write-back, the
RULES file and the focus distance in EPSG:4490 and EPSG:4549 (shapely / pyproj)."""

import datetime
import json
import shutil
import sqlite3
from decimal import Decimal

import geopandas as gpd
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from shapely.geometry import Point, box

from liangwei.plugin.store import demo_writer, gpkg
from lwtest import Recorder, refusal, run_algorithm

AS_OF = datetime.date(2025, 6, 30)
GK = "EPSG:4549"

# --- the rules, as domain.md §3 and resources/screening_rules.json state them ------------------

WEIGHT = {"middle_column": "3.5", "side_column": "2.7", "corner_column": "1.8", "wall": "2.7",
          "roof_truss": "1.9", "middle_beam": "1.9", "side_beam": "1.4",
          "secondary_beam": "1.0", "slab": "1.0", "enclosure": "1.0", "foundation": "3.5"}
BUSINESS = {"business", "own_business", "rental", "production"}
MEASURE_ORDER = ["stop_use", "stop_business", "cordon", "evacuate", "restrict_use", "repair",
                 "rebuild"]
GROUND = ("settlement_mm_month", "settlement_months", "crack_max_mm", "cracks_over_5mm",
          "tilt_pct", "sliding_mm")
DEFAULT_RULES = {"serious_grades": {"C", "D"}, "serious_crack": 10.0, "serious_tilt": 1.0,
                 "some_grades": {"B"}, "some_crack": 2.0, "some_cracks5": 1, "some_tilt": 0.5,
                 "old_years": 30, "old_structures": {"earth_wood", "brick_wood", "stone"}}
CYCLE = {"business": 1, "old30": 12, "old20": 36, "other": 60}


def ground_dangerous(ins, storeys):
    v = lambda k: ins[k] or 0  # noqa: E731
    return bool((v("settlement_mm_month") > 4 and v("settlement_months") >= 2
                 and v("settlement_ongoing"))
                or ((v("crack_max_mm") > 10 or v("cracks_over_5mm") >= 2) and v("tilt_pct") > 1)
                or v("tilt_pct") > (3 if storeys <= 2 else 2)
                or (v("sliding_mm") > 10 and v("sliding_ongoing")))


def jgj125_grade(members, storeys, basements, ins):
    """(grade, whole ratio) by domain.md §3 with decimal arithmetic."""
    gd = ground_dangerous(ins, storeys)
    layers = {}
    for storey, mtype, total, dangerous in members:
        n, d = layers.get(storey, (Decimal(0), Decimal(0)))
        w = Decimal(WEIGHT[mtype])
        layers[storey] = (n + w * dangerous, d + w * total)
    num = sum(n for n, d in layers.values())
    den = sum(d for n, d in layers.values())
    if den == 0:
        return ("D", None) if gd else (None, None)
    r = num / den
    du = sum(1 for n, d in layers.values() if d and n / d >= Decimal("0.25"))
    if gd:
        g = "D"
    elif r == 0:
        g = "A"
    elif r < Decimal("0.05"):
        g = "C" if du else "B"
    elif r < Decimal("0.25"):
        g = "C" if du * 3 <= storeys + basements + 1 else "D"
    else:
        g = "D"
    return g, float(r)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    for day in range(d.day, 0, -1):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


def expected(db, rules=DEFAULT_RULES, near=None, as_of=AS_OF):
    """{house_id: dict of expected outputs} for every house of the database."""
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    houses = [dict(r) for r in con.execute("SELECT * FROM houses ORDER BY fid")]
    insp = {}
    for r in con.execute("SELECT * FROM house_inspections"):
        insp.setdefault(r["house_id"], []).append(dict(r))
    members = {}
    for r in con.execute("SELECT inspection_id, storey, member_type, total, dangerous "
                         "FROM inspection_members"):
        members.setdefault(r[0], []).append(tuple(r[1:]))
    con.close()
    out = {}
    for h in houses:
        rows = sorted((i for i in insp.get(h["house_id"], [])
                       if i["inspected_on"] <= as_of.isoformat()),
                      key=lambda i: (i["inspected_on"], i["inspection_id"]))
        measured = [i for i in rows if members.get(i["inspection_id"])
                    or any(i[k] is not None for k in GROUND)]
        m = measured[-1] if measured else None
        grade, ratio = (jgj125_grade(members.get(m["inspection_id"], []), h["storeys"],
                                     h["basement_storeys"] or 0, m) if m else (None, None))
        gd = bool(m) and ground_dangerous(m, h["storeys"])
        checks = [k for k, i in enumerate(rows) if i["kind"] != "patrol"]
        collapse = any(i["collapse_risk"] for i in rows[(checks[-1] if checks else 0):])
        recorded = ([i["screening"] for i in rows if i["screening"]] or [h["screening"]])[-1]
        worst = max([g for g in (grade, h["appraisal_grade"]) if g] or [None],
                    key=lambda g: g or "")
        business = h["use"] in BUSINESS
        focus_business = business and (h["storeys"] >= 3 or (h["occupants"] or 0) >= 10)
        altered = any(h[k] for k in ("alt_add_storey", "alt_extension", "alt_structure",
                                     "alt_use_change", "alt_basement"))
        designed = bool(h["professional_design"])
        crack = m["crack_max_mm"] if m else None
        cracks5 = m["cracks_over_5mm"] if m else None
        tilt = m["tilt_pct"] if m else None
        age = as_of.year - h["built_year"] if h["built_year"] else None
        serious = (collapse or gd or worst in rules["serious_grades"]
                   or (crack is not None and rules["serious_crack"] is not None
                       and crack >= rules["serious_crack"])
                   or (tilt is not None and tilt >= rules["serious_tilt"])
                   or (focus_business and altered and not designed))
        some = (worst in rules["some_grades"]
                or (crack is not None and crack >= rules["some_crack"])
                or (cracks5 is not None and cracks5 >= rules["some_cracks5"])
                or (tilt is not None and tilt >= rules["some_tilt"])
                or (altered and not designed)
                or (age is not None and age > rules["old_years"]
                    and h["structure"] in rules["old_structures"]))
        cls = "serious" if serious else "some" if some else "none"
        order = ["serious", "some", "none"]
        if recorded and order.index(recorded) < order.index(cls):
            cls = recorded
        required = set()
        if worst == "D":
            required |= {"stop_use", "evacuate", "cordon"} | ({"stop_business"} if business else set())
        elif worst == "C":
            required |= {"restrict_use", "repair"}
        if collapse:
            required |= {"stop_use", "evacuate", "cordon"}
        recorded_measures = set((h["measures"] or "{}").strip("{}").split(",")) - {""}
        missing = required - recorded_measures
        hazardous = worst in ("C", "D") or cls in ("serious", "some")
        if business:
            months = CYCLE["business"]
        elif (age is not None and age > 30) or hazardous:
            months = CYCLE["old30"]
        elif age is not None and age > 20:
            months = CYCLE["old20"]
        else:
            months = CYCLE["other"]
        last = datetime.date.fromisoformat(rows[-1]["inspected_on"]) if rows else None
        due = add_months(last, months) if last else as_of
        mismatch = None if grade is None or h["appraisal_grade"] is None else \
            grade != h["appraisal_grade"]
        actions = set()
        if h["appraisal_status"] != "done":
            if cls == "serious":
                actions.add("appraise_now")
            elif cls == "some":
                actions.add("appraise")
        if (worst in ("C", "D") or cls == "serious") and not (h["plan"] or "").strip():
            actions.add("make_plan")
        if missing:
            actions.add("take_measures")
        if mismatch:
            actions.add("review_grade")
        if due <= as_of:
            actions.add("inspect_now")
        focus_near = near.get(h["house_id"]) if near is not None else h["focus_near_poi"]
        tier = (0 if worst == "D" or collapse else 1 if worst == "C" else 2 if cls == "serious"
                else 3 if cls == "some" else 4 if (focus_business or altered or focus_near) else 5)
        out[h["house_id"]] = {
            "computed_screening": cls, "computed_grade": grade, "grade_ratio": ratio,
            "grade_mismatch": mismatch, "focus_business": focus_business,
            "focus_altered": altered, "required_measures": required,
            "missing_measures": missing, "actions": actions, "next_inspection_due": due,
            "months": months,
            "_key": (tier, -(h["occupants"] or 0), -h["storeys"], h["house_id"])}
    for rank, hid in enumerate(sorted(out, key=lambda k: out[k]["_key"]), 1):
        out[hid]["risk_rank"] = rank
    return out


# --- fixtures and helpers -----------------------------------------------------------------------

def run(params, feedback=None):
    return run_algorithm("grade_houses", params, feedback)


def refused(params):
    return refusal("grade_houses", params)


def multi(text):
    return set((text or "{}").strip("{}").split(",")) - {""}


def value(v):
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    if hasattr(v, "toPyDate"):
        return v.toPyDate()
    return v


def outputs(layer):
    return {f["house_id"]: {n: value(f[n]) for n in layer.fields().names()}
            for f in layer.getFeatures()}


def houses_table(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT * FROM houses ORDER BY fid").fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def county(provider, tmp_path_factory):
    folder = tmp_path_factory.mktemp("grade")
    db = str(folder / "county.gpkg")
    gpkg.create(db, "330624")
    demo_writer.write_demo_county(db, seed=4, townships=2, villages=5, violations=10, houses=260)
    con = gpkg.connect(db)
    with gpkg.transaction(con):
        # D houses whose record lacks their measures, and an appraisal that disagrees
        d_houses = [r[0] for r in con.execute(
            "SELECT house_id FROM houses WHERE appraisal_grade = 'D' ORDER BY fid")]
        for hid in d_houses[::2]:
            gpkg.update(con, "houses", "house_id", hid, {"measures": None})
        c_house = con.execute("SELECT house_id FROM houses WHERE appraisal_grade = 'C' "
                              "ORDER BY fid").fetchone()[0]
        gpkg.update(con, "houses", "house_id", c_house, {"appraisal_grade": "B"})
    con.close()
    pristine = str(folder / "pristine.gpkg")
    shutil.copy(db, pristine)
    return {"db": db, "pristine": pristine, "folder": folder, "d_missing": d_houses[::2],
            "changed_grade": c_house}


def fresh(county, name):
    path = str(county["folder"] / name)
    shutil.copy(county["pristine"], path)
    return path


def houses_uri(db):
    return "%s|layername=houses" % db


def check_against(result, exp):
    got = outputs(result)
    assert set(got) == set(exp)
    for hid, e in exp.items():
        g = got[hid]
        for key in ("computed_screening", "computed_grade", "grade_mismatch", "focus_business",
                    "focus_altered", "next_inspection_due", "risk_rank"):
            assert g[key] == e[key], (hid, key, g[key], e[key])
        for key in ("required_measures", "missing_measures", "actions"):
            assert multi(g[key]) == e[key], (hid, key, g[key], e[key])
        if e["grade_ratio"] is None:
            assert g["grade_ratio"] is None, hid
        else:
            assert g["grade_ratio"] == pytest.approx(e["grade_ratio"], abs=1e-6), hid
    return got


# --- every house against the independent computation ------------------------------------------------

def test_every_house_as_computed_by_hand(county):
    exp = expected(county["pristine"])
    result, feedback = run({"INPUT": houses_uri(county["db"]), "AS_OF": "2025-06-30",
                            "OUTPUT": "memory:"})
    got = check_against(result["OUTPUT"], exp)
    assert result["GRADED"] == len(exp) == 260
    # the data exercise what matters
    classes = [e["computed_screening"] for e in exp.values()]
    grades = [e["computed_grade"] for e in exp.values()]
    assert all(classes.count(c) >= 5 for c in ("serious", "some", "none")), classes
    assert all(grades.count(g) >= 1 for g in "ABCD"), grades
    assert {e["months"] for e in exp.values()} == {1, 12, 36, 60}     # every cycle case
    assert got[county["changed_grade"]]["grade_mismatch"] is True
    assert "review_grade" in multi(got[county["changed_grade"]]["actions"])
    # D houses without measures on record get them as missing
    for hid in county["d_missing"]:
        assert {"stop_use", "evacuate", "cordon"} <= multi(got[hid]["missing_measures"]), hid
        assert "take_measures" in multi(got[hid]["actions"])
    assert "Houses graded: 260" in feedback.log
    # nothing was written without UPDATE_INPUT
    assert houses_table(county["db"]) == houses_table(county["pristine"])


def test_an_earlier_grading_date_ignores_later_inspections(county):
    day = datetime.date(2024, 1, 1)
    exp = expected(county["pristine"], as_of=day)
    result, _ = run({"INPUT": houses_uri(county["db"]), "AS_OF": day.isoformat(),
                     "OUTPUT": "memory:"})
    check_against(result["OUTPUT"], exp)


def test_inspections_layer_given_explicitly(county):
    """Houses as a plain layer (not a database table), inspections from the database."""
    plain = str(county["folder"] / "plain_houses.gpkg")
    gpd.read_file(county["pristine"], layer="houses").to_file(plain, layer="houses", driver="GPKG")
    exp = expected(county["pristine"])
    result, _ = run({"INPUT": plain + "|layername=houses",
                     "INSPECTIONS": "%s|layername=house_inspections" % county["db"],
                     "AS_OF": "2025-06-30", "OUTPUT": "memory:"})
    check_against(result["OUTPUT"], exp)
    # without inspections, nothing can be graded
    result, feedback = run({"INPUT": plain + "|layername=houses", "AS_OF": "2025-06-30",
                            "OUTPUT": "memory:"})
    assert all(f["computed_grade"] is None or value(f["computed_grade"]) is None
               for f in result["OUTPUT"].getFeatures())
    assert "No inspections" in feedback.log
    msg = refused({"INPUT": plain + "|layername=houses",
                   "INSPECTIONS": plain + "|layername=houses", "OUTPUT": "memory:"})
    assert "not the table house_inspections" in msg


# --- write-back --------------------------------------------------------------------------------------

def test_update_input_round_trip(county):
    db = fresh(county, "update.gpkg")
    layer = QgsVectorLayer(houses_uri(db), "houses", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        result, feedback = run({"INPUT": layer, "AS_OF": "2025-06-30", "UPDATE_INPUT": True,
                                "OUTPUT": "memory:"})
        assert result["UPDATED"] == 260
        got = outputs(result["OUTPUT"])
        con = sqlite3.connect(db)
        con.row_factory = sqlite3.Row
        rows = {r["house_id"]: dict(r) for r in con.execute("SELECT * FROM houses")}
        con.close()
        exp = expected(county["pristine"])
        for hid, row in rows.items():
            g = got[hid]
            assert row["computed_screening"] == g["computed_screening"] == exp[hid]["computed_screening"]
            assert row["computed_grade"] == g["computed_grade"]
            assert (None if row["grade_mismatch"] is None else bool(row["grade_mismatch"])) \
                == g["grade_mismatch"]
            assert bool(row["focus_business"]) == g["focus_business"]
            assert bool(row["focus_altered"]) == g["focus_altered"]
            assert multi(row["required_measures"]) == multi(g["required_measures"])
            assert multi(row["missing_measures"]) == exp[hid]["missing_measures"]
            assert row["risk_rank"] == g["risk_rank"] == exp[hid]["risk_rank"]
            assert row["next_inspection_due"] == g["next_inspection_due"].isoformat()
            assert row["graded_on"] == "2025-06-30"
        # the layer shows the new values (reloaded)
        shown = {f["house_id"]: f["computed_screening"] for f in layer.getFeatures()}
        assert shown == {hid: row["computed_screening"] for hid, row in rows.items()}
        # the rest of the record is untouched
        before = sqlite3.connect(county["pristine"]).execute(
            "SELECT house_id, measures, appraisal_grade, screening FROM houses ORDER BY fid").fetchall()
        after = sqlite3.connect(db).execute(
            "SELECT house_id, measures, appraisal_grade, screening FROM houses ORDER BY fid").fetchall()
        assert before == after
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_update_input_is_all_or_nothing(county):
    db = fresh(county, "refuse.gpkg")
    last = sqlite3.connect(db).execute("SELECT house_id FROM houses ORDER BY fid DESC").fetchone()[0]
    con = sqlite3.connect(db)
    con.execute("CREATE TRIGGER test_refuse BEFORE UPDATE OF computed_screening ON houses "
                "WHEN NEW.house_id = '%s' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
                % last)
    con.commit()
    con.close()
    before = houses_table(db)
    msg = refused({"INPUT": houses_uri(db), "AS_OF": "2025-06-30", "UPDATE_INPUT": True,
                   "OUTPUT": "memory:"})
    assert last in msg and "refused for the test" in msg and "Nothing was written" in msg
    assert houses_table(db) == before
    # a cancel during the write leaves the database as it was too
    db2 = fresh(county, "cancel.gpkg")
    before = houses_table(db2)
    result, feedback = run({"INPUT": houses_uri(db2), "AS_OF": "2025-06-30",
                            "UPDATE_INPUT": True, "OUTPUT": "memory:"},
                           Recorder(cancel_at=85))
    assert result["UPDATED"] == 0 and "nothing was written back" in feedback.log
    assert houses_table(db2) == before


def test_update_input_needs_a_database_layer(county):
    plain = str(county["folder"] / "plain_for_update.gpkg")
    gpd.read_file(county["pristine"], layer="houses").to_file(plain, layer="houses", driver="GPKG")
    msg = refused({"INPUT": plain + "|layername=houses", "UPDATE_INPUT": True,
                   "OUTPUT": "memory:"})
    assert "does not belong to a Liangwei project database" in msg


# --- rules ---------------------------------------------------------------------------------------------

def test_rules_override_changes_the_outcome_as_documented(county, tmp_path):
    path = tmp_path / "rules.json"
    # grade C is only "some hazard"; cracks need 20 mm to be serious
    path.write_text(json.dumps({"serious": {"grades": ["D"], "crack_max_mm": 20},
                                "some": {"grades": ["B", "C"]}}), encoding="utf-8")
    rules = dict(DEFAULT_RULES, serious_grades={"D"}, serious_crack=20.0, some_grades={"B", "C"})
    exp = expected(county["pristine"], rules=rules)
    default = expected(county["pristine"])
    changed = [h for h in exp if exp[h]["computed_screening"] != default[h]["computed_screening"]]
    assert changed      # the override matters on this county
    result, feedback = run({"INPUT": houses_uri(county["db"]), "AS_OF": "2025-06-30",
                            "RULES": str(path), "OUTPUT": "memory:"})
    check_against(result["OUTPUT"], exp)
    assert str(path) in feedback.log

    path.write_text(json.dumps({"serious": {"crack_mm": 20}}), encoding="utf-8")
    msg = refused({"INPUT": houses_uri(county["db"]), "RULES": str(path), "OUTPUT": "memory:"})
    assert "unknown key serious.crack_mm" in msg


# --- focus distance --------------------------------------------------------------------------------------

def _far_apart(gk, n, gap):
    chosen = []
    for i in gk.index:
        if all(gk.geometry[i].distance(gk.geometry[j]) > gap for j in chosen):
            chosen.append(i)
        if len(chosen) == n:
            return chosen
    raise AssertionError("the demo county is too small for the test")


@pytest.fixture(scope="module")
def focus(county):
    houses = gpd.read_file(county["pristine"], layer="houses")
    gk = houses.to_crs(GK)
    a, b, c = _far_apart(gk, 3, 1500)
    pa, pb, pc = gk.geometry[a], gk.geometry[b], gk.geometry[c]
    pois = gpd.GeoDataFrame(
        {"name": ["小学", "医院", "集贸市场"]},
        geometry=[Point(pa.x + 199.0, pa.y),                       # 199 m east of A
                  Point(pb.x, pb.y + 201.0),                       # 201 m north of B
                  box(pc.x - 250, pc.y + 199.0, pc.x + 250, pc.y + 400)],   # edge 199 m from C
        crs=GK)
    union = pois.geometry.union_all()
    near = {hid: geom.distance(union) <= 200.0 for hid, geom in zip(gk.house_id, gk.geometry)}
    files = {}
    for crs in ("EPSG:4490", GK):
        path = str(county["folder"] / ("pois_%s.gpkg" % crs.split(":")[1]))
        pois.to_crs(crs).to_file(path, layer="pois", driver="GPKG")
        files[crs] = path + "|layername=pois"
    houses_gk = str(county["folder"] / "houses_4549.gpkg")
    gk.to_file(houses_gk, layer="houses", driver="GPKG")
    ids = {"A": gk.house_id[a], "B": gk.house_id[b], "C": gk.house_id[c]}
    return {"pois": files, "near": near, "ids": ids, "houses_gk": houses_gk + "|layername=houses",
            "gk": gk, "union": union}


@pytest.mark.parametrize("houses_crs, pois_crs", [("4490", "EPSG:4490"), ("4490", GK),
                                                   ("4549", "EPSG:4490"), ("4549", GK)])
def test_focus_distance_199_and_201_m(county, focus, houses_crs, pois_crs):
    params = {"FOCUS_POIS": focus["pois"][pois_crs], "AS_OF": "2025-06-30", "OUTPUT": "memory:"}
    if houses_crs == "4490":
        params["INPUT"] = houses_uri(county["db"])
    else:
        params["INPUT"] = focus["houses_gk"]
        params["INSPECTIONS"] = "%s|layername=house_inspections" % county["db"]
    result, feedback = run(params)
    assert "EPSG:4549" in feedback.log        # measured in the Gauss–Krüger zone of 120°E
    got = outputs(result["OUTPUT"])
    ids = focus["ids"]
    assert got[ids["A"]]["focus_near_poi"] is True
    assert got[ids["B"]]["focus_near_poi"] is False
    assert got[ids["C"]]["focus_near_poi"] is True
    assert {h: g["focus_near_poi"] for h, g in got.items()} == focus["near"]
    # the focus flag ranks otherwise quiet houses before the rest
    exp = expected(county["pristine"], near=focus["near"])
    for hid, e in exp.items():
        assert got[hid]["risk_rank"] == e["risk_rank"], hid


def test_focus_distance_setting_and_parameter(county, focus):
    db = fresh(county, "focus_setting.gpkg")
    gpkg.write_settings(gpkg.connect(db), {"focus_distance_m": 150.0})
    ids = focus["ids"]
    result, feedback = run({"INPUT": houses_uri(db), "FOCUS_POIS": focus["pois"][GK],
                            "AS_OF": "2025-06-30", "OUTPUT": "memory:"})
    got = outputs(result["OUTPUT"])
    assert "150.0 m (the database setting)" in feedback.log
    assert got[ids["A"]]["focus_near_poi"] is False          # 199 m > 150 m
    result, _ = run({"INPUT": houses_uri(db), "FOCUS_POIS": focus["pois"][GK],
                     "FOCUS_DISTANCE": 201.0, "AS_OF": "2025-06-30", "OUTPUT": "memory:"})
    got = outputs(result["OUTPUT"])
    assert got[ids["A"]]["focus_near_poi"] is True and got[ids["B"]]["focus_near_poi"] is True
    # without a focus layer the stored flag is kept, and written back unchanged
    con = gpkg.connect(db)
    with gpkg.transaction(con):
        gpkg.update(con, "houses", "house_id", ids["B"], {"focus_near_poi": 1})
    con.close()
    result, _ = run({"INPUT": houses_uri(db), "AS_OF": "2025-06-30", "UPDATE_INPUT": True,
                     "OUTPUT": "memory:"})
    got = outputs(result["OUTPUT"])
    assert got[ids["B"]]["focus_near_poi"] is True and got[ids["A"]]["focus_near_poi"] is None
    stored = sqlite3.connect(db).execute("SELECT focus_near_poi FROM houses WHERE house_id = ?",
                                         (ids["B"],)).fetchone()[0]
    assert stored == 1
