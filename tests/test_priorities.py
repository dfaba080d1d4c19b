"""The 六先拆 rules (core/priorities.py) and the database-check rules (core/validation.py),
tested directly: plain Python, no QGIS."""

import datetime
import itertools

import pytest
from pyproj import CRS

from liangwei.plugin.core import priorities, settings, validation


# --- weights and score -------------------------------------------------------------------

def test_weights_come_from_the_settings_with_their_defaults():
    assert priorities.weights() == {
        "flag_cadre": 30.0, "flag_four_sides": 15.0, "flag_obstructs": 15.0,
        "flag_unsafe": 25.0, "flag_typical": 10.0, "flag_farmland": 20.0}
    for flag in priorities.FLAGS:
        assert settings.BY_KEY[priorities.weight_key(flag)].default == priorities.weights()[flag]
    w = priorities.weights({"priority_weight_typical": 12.5, "priority_weight_cadre": None})
    assert w["flag_typical"] == 12.5 and w["flag_cadre"] == 30.0
    with pytest.raises(ValueError):
        priorities.weights({"priority_weight_unsafe": -1})


def test_score_is_the_sum_of_the_weights_of_the_set_flags():
    w = {"flag_cadre": 1, "flag_four_sides": 2, "flag_obstructs": 4, "flag_unsafe": 8,
         "flag_typical": 16, "flag_farmland": 32}
    # every combination gives a distinct sum: the score is exactly the weighted sum
    for bits in itertools.product((False, True), repeat=6):
        flags = dict(zip(priorities.FLAGS, bits))
        assert priorities.priority_score(flags, w) == sum(
            w[f] for f, on in flags.items() if on)
    assert priorities.priority_score({f: True for f in priorities.FLAGS}) == 115.0
    assert priorities.priority_score({"flag_unsafe": 1, "flag_cadre": "0"}) == 25.0


def test_flag_values_as_stored():
    for yes in (1, True, "1", "true", "是", 1.0):
        assert priorities.as_flag(yes) is True
    for no in (0, False, "0", "", None, float("nan"), "false"):
        assert priorities.as_flag(no) is False


# --- which flag from which fact -------------------------------------------------------------

def test_cadre_and_unsafe_houses():
    assert priorities.is_cadre("cadre") and priorities.is_cadre("党员干部")
    assert not priorities.is_cadre("individual") and not priorities.is_cadre(None)
    for grade, screening, unsafe in (("C", None, True), ("D", "none", True), ("B", "serious", True),
                                     ("A", "some", False), (None, None, False), ("B", None, False),
                                     ("D级(整幢危房)", None, True), ("c", None, True),
                                     (None, "存在严重安全隐患", True), (None, "存在一定安全隐患", False)):
        assert priorities.is_unsafe_house(grade, screening) is unsafe, (grade, screening)


def test_four_sides_threshold_both_sides():
    assert priorities.four_sides(49.0, 50.0, False) is True
    assert priorities.four_sides(50.0, 50.0, False) is True      # at the distance counts
    assert priorities.four_sides(51.0, 50.0, False) is False
    assert priorities.four_sides(51.0, 50.0, True) is True       # on a hill
    assert priorities.four_sides(None, 50.0, True) is True
    assert priorities.four_sides(None, 50.0, None) is None       # nothing known: keep
    assert priorities.four_sides(float("inf"), 50.0, None) is False


def test_decide_keeps_unknown_facts_and_typical():
    previous = {"flag_cadre": 1, "flag_four_sides": 1, "flag_obstructs": 0, "flag_unsafe": 1,
                "flag_typical": 1, "flag_farmland": 0}
    flags = priorities.decide(previous, {"flag_cadre": False, "flag_obstructs": True,
                                         "flag_typical": False, "flag_farmland": None})
    assert flags == {"flag_cadre": False, "flag_four_sides": True, "flag_obstructs": True,
                     "flag_unsafe": True, "flag_typical": True, "flag_farmland": False}
    assert priorities.decide({}, {}) == {f: False for f in priorities.FLAGS}


def test_side_distance_setting():
    assert priorities.side_distance() == 50.0
    assert priorities.side_distance({"side_distance_m": 80.0}) == 80.0


# --- the Gauss–Krüger zone for distances -------------------------------------------------------

@pytest.mark.parametrize("lon, epsg", [(120.9, 4549), (119.4, 4549), (118.4, 4548), (121.6, 4550),
                                       (75.0, 4534), (73.5, 4534), (135.0, 4554), (150.0, 4554),
                                       (116.39, 4548), (104.06, 4544)])
def test_gauss_kruger_zone(lon, epsg):
    assert priorities.gauss_kruger_epsg(lon) == epsg
    crs = CRS.from_epsg(epsg)     # independent: the EPSG definition itself
    cm = [p.value for p in crs.coordinate_operation.params
          if p.name == "Longitude of natural origin"][0]
    assert cm == priorities.gauss_kruger_central_meridian(epsg)
    assert "CGCS2000" in crs.name and "Gauss-Kruger" in crs.name
    easting = [p.value for p in crs.coordinate_operation.params if p.name == "False easting"][0]
    assert easting == 500000          # no zone number in front of the easting
    if 73.5 <= lon <= 136.5:
        assert abs(lon - cm) <= 1.5


# --- validation rules ------------------------------------------------------------------------

def test_mandatory_fields_from_the_schema():
    from liangwei.plugin.store import schema
    v = validation.mandatory_fields("violations")
    assert "township_code" in v and "status" in v and "priority_score" in v
    assert set(v) == {f.name for f in schema.VIOLATIONS.fields if f.required} | {"township_code"}
    h = validation.mandatory_fields("houses")
    assert "house_id" in h and "township_code" in h
    z = validation.mandatory_fields("zones")
    assert {"zone_code", "zone_name", "level"} <= set(z) and "township_code" not in z
    assert validation.missing_fields("zones", {"zone_code": "330624100", "zone_name": " ",
                                               "level": "township",
                                               "no_violation_status": "none"}) == ["zone_name"]


def test_location_problems():
    lp = validation.location_problem
    assert lp("330624100", "330624100201", "330624100", "330624100201") is None
    assert lp("330624100", "330624100201", "330624101", "330624101201") == "township_mismatch"
    assert lp("330624100", "330624100201", "330624100", "330624100202") == "village_mismatch"
    assert lp("330624100", None, "330624100", "330624100202") is None
    assert lp("330624100", "330624100201", None, None) == "outside_zones"
    assert lp(None, None, "330624100", "330624100201") is None   # a missing field instead


def test_stale_open_cases_and_d_houses():
    as_of = datetime.date(2025, 6, 30)
    assert validation.is_stale("filed", "2025-05-31T09:00:00.000Z", as_of, 30) is False  # 30 days
    assert validation.is_stale("filed", "2025-05-30T23:59:00.000Z", as_of, 30) is True   # 31 days
    assert validation.is_stale("closed", "2020-01-01T00:00:00Z", as_of, 30) is False
    assert validation.is_stale("not_filed", "2020-01-01", as_of, 30) is False
    assert validation.is_stale("clue", None, as_of, 30) is True
    assert validation.days_without_event("2025-06-01", as_of) == 29
    assert validation.d_house_without_measures("D", None) is True
    assert validation.d_house_without_measures("D", "{}") is True
    assert validation.d_house_without_measures("D", "{cordon,evacuate}") is False
    assert validation.d_house_without_measures("C", None) is False
    assert validation.overlaps(0.02) and not validation.overlaps(0.005) and not validation.overlaps(None)
