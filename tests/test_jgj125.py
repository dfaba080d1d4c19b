"""JGJ 125-2016 grading (core/jgj125.py), tested directly: every branch of domain.md §3,
each band boundary, the Du-layer count rule at its limit, each ground criterion at and
just past its threshold, impossible input, and agreement with the demo generator's own
reading of the standard (core/demo.py grade_from_members) on a demo county."""

import pytest

from liangwei.plugin.core import demo, jgj125
from liangwei.plugin.core.jgj125 import GradingError, grade_house, ground_reasons


def slabs(storey, total, dangerous=0):
    return (storey, "slab", total, dangerous)


# --- stage 1: the ground ---------------------------------------------------------------

CALM = {"settlement_mm_month": 1.0, "settlement_months": 1, "settlement_ongoing": 0,
        "crack_max_mm": 1.0, "cracks_over_5mm": 0, "tilt_pct": 0.2, "sliding_mm": 1.0,
        "sliding_ongoing": 0}


def dangerous(storeys=2, **changes):
    return bool(ground_reasons(dict(CALM, **changes), storeys))


def test_calm_ground_and_unmeasured_ground_are_not_dangerous():
    assert not dangerous()
    assert ground_reasons({}, 2) == []
    assert ground_reasons({k: None for k in CALM}, 5) == []


@pytest.mark.parametrize("changes, expected", [
    # settlement: > 4 mm/month, for ≥ 2 months, still going
    (dict(settlement_mm_month=4.0, settlement_months=2, settlement_ongoing=1), False),
    (dict(settlement_mm_month=4.01, settlement_months=2, settlement_ongoing=1), True),
    (dict(settlement_mm_month=6.0, settlement_months=1, settlement_ongoing=1), False),
    (dict(settlement_mm_month=6.0, settlement_months=2, settlement_ongoing=0), False),
    # one crack > 10 mm with tilt > 1 %
    (dict(crack_max_mm=10.0, tilt_pct=1.5), False),
    (dict(crack_max_mm=10.1, tilt_pct=1.5), True),
    (dict(crack_max_mm=12.0, tilt_pct=1.0), False),
    (dict(crack_max_mm=12.0, tilt_pct=1.01), True),
    # several (≥ 2) cracks > 5 mm with tilt > 1 %
    (dict(cracks_over_5mm=1, tilt_pct=1.5), False),
    (dict(cracks_over_5mm=2, tilt_pct=1.5), True),
    (dict(cracks_over_5mm=3, tilt_pct=1.0), False),
    # sliding > 10 mm still moving
    (dict(sliding_mm=10.0, sliding_ongoing=1), False),
    (dict(sliding_mm=10.1, sliding_ongoing=1), True),
    (dict(sliding_mm=30.0, sliding_ongoing=0), False),
])
def test_ground_criteria_at_and_past_their_thresholds(changes, expected):
    assert dangerous(2, **changes) is expected


def test_tilt_threshold_depends_on_the_storeys():
    for storeys in (1, 2):       # > 3 % up to 2 storeys
        assert not dangerous(storeys, tilt_pct=3.0)
        assert dangerous(storeys, tilt_pct=3.01)
    for storeys in (3, 7):       # > 2 % from 3 storeys
        assert not dangerous(storeys, tilt_pct=2.0)
        assert dangerous(storeys, tilt_pct=2.01)
    # 2.5 %: dangerous for 3 storeys, not for 2
    assert dangerous(3, tilt_pct=2.5) and not dangerous(2, tilt_pct=2.5)


def test_ground_reasons_name_the_criterion():
    reasons = ground_reasons(dict(CALM, tilt_pct=4.0, sliding_mm=20, sliding_ongoing=1), 2)
    assert [r.code for r in reasons] == ["ground_tilt", "ground_sliding"]
    assert "4 %" in reasons[0].text and "20 mm" in reasons[1].text
    assert reasons[0].translated(lambda t: t.upper()).startswith("DANGEROUS GROUND")


def test_dangerous_ground_makes_the_house_d_whatever_the_members():
    r = grade_house([slabs(1, 100)], 2, 0, dict(CALM, tilt_pct=3.5))
    assert r.grade == "D" and r.ground_dangerous and r.ratio == 0.0
    assert r.layer_grades == {1: "Au"}
    # without member counts too
    r = grade_house([], 2, 0, dict(CALM, settlement_mm_month=5, settlement_months=3,
                                   settlement_ongoing=True))
    assert r.grade == "D" and r.ratio is None and r.layers == {}


def test_nothing_to_grade_gives_none():
    assert grade_house([], 2) is None
    assert grade_house([], 2, 0, CALM) is None
    assert grade_house([slabs(1, 0), (0, "foundation", 0, 0)], 2) is None


# --- stage 2: member ratios -----------------------------------------------------------------

@pytest.mark.parametrize("dangerous_slabs, grade, layer", [
    (0, "A", "Au"),
    (1, "B", "Bu"),
    (4, "B", "Bu"),        # 4 % < 5 %
    (5, "C", "Cu"),        # exactly 5 %: the 5–25 % band
    (24, "C", "Cu"),
    (25, "D", "Du"),       # exactly 25 %: D
    (60, "D", "Du"),
])
def test_whole_house_bands(dangerous_slabs, grade, layer):
    r = grade_house([slabs(1, 100, dangerous_slabs)], 1)
    assert r.grade == grade and r.layer_grades == {1: layer}
    assert r.ratio == pytest.approx(dangerous_slabs / 100.0)


def test_band_limits_are_exact_with_decimal_weights():
    # 1 of 20 walls (2.7 each): 2.7 / 54 is 5 % exactly, 5 of 20 is 25 % exactly
    assert grade_house([(1, "wall", 20, 1)], 1).grade == "C"
    assert grade_house([(1, "wall", 20, 5)], 1).grade == "D"
    # side beams (1.4) and corner columns (1.8): 1.4 + 1.8 = 3.2 of 64 = 5 %
    r = grade_house([(1, "side_beam", 20, 1), (1, "corner_column", 20, 1)], 1)
    assert r.grade == "C" and r.layer_grades == {1: "Cu"}
    assert 3 * 0.1 != 0.3   # (why exact arithmetic matters)


def test_low_ratio_with_a_du_layer_is_c():
    # storey 1: 1 of 1 slab dangerous (Du); storeys 2, 3 clean: R = 1/201 < 5 %
    members = [slabs(1, 1, 1), slabs(2, 100), slabs(3, 100)]
    r = grade_house(members, 3)
    assert r.ratio < 0.05 and r.du_layers == 1 and r.grade == "C"
    assert grade_house([slabs(1, 100, 1), slabs(2, 100), slabs(3, 100)], 3).grade == "B"


def _mid_band(storeys, basements, du):
    """du Du layers (3 of 10 slabs) among storeys + basements + a clean foundation."""
    levels = list(range(1, storeys + 1)) + [-b for b in range(1, basements + 1)]
    members = [(0, "foundation", 2, 0)]
    for k, s in enumerate(levels):
        members.append(slabs(s, 10, 3 if k < du else 0))
    return members


@pytest.mark.parametrize("storeys, basements, du, grade", [
    (5, 0, 2, "C"),     # (5 + 0 + 1) / 3 = 2: two Du layers are at the limit
    (5, 0, 3, "D"),     # one above
    (4, 1, 2, "C"),     # (4 + 1 + 1) / 3 = 2, a basement counts
    (4, 1, 3, "D"),
    (3, 0, 1, "C"),     # 4/3
    (3, 0, 2, "D"),
    (8, 0, 3, "C"),     # 9/3 = 3
    (8, 0, 4, "D"),
])
def test_du_layer_count_rule_at_its_limit(storeys, basements, du, grade):
    r = grade_house(_mid_band(storeys, basements, du), storeys, basements)
    assert 0.05 <= r.ratio < 0.25, r.ratio
    assert r.du_layers == du
    assert r.du_limit == pytest.approx((storeys + basements + 1) / 3.0)
    assert r.grade == grade


def test_high_ratio_is_d_without_any_du_layer_count():
    r = grade_house([slabs(1, 10, 3), slabs(2, 10, 3), (0, "foundation", 10, 3)], 2)
    assert r.ratio >= 0.25 and r.grade == "D"


def test_foundation_weighs_35_in_the_whole_house_and_is_its_own_layer():
    r = grade_house([(0, "foundation", 10, 1), slabs(1, 10, 0)], 1)
    assert r.layers[0].ratio == pytest.approx(0.1)           # R_f = 1/10
    assert r.layer_grades == {0: "Cu", 1: "Au"}
    assert r.ratio == pytest.approx(3.5 / (35 + 10))           # foundation at 3.5
    assert r.grade == "C"
    # weighted storey ratio: 1 middle column (3.5) of 4 + 10 slabs clean
    r = grade_house([(1, "middle_column", 4, 1), slabs(1, 10)], 1)
    assert r.layers[1].ratio == pytest.approx(3.5 / (14 + 10))


def test_rows_as_dicts_and_reasons():
    rows = [{"storey": 1, "member_type": "wall", "total": 10, "dangerous": 0}]
    r = grade_house(rows, 1)
    assert r.grade == "A" and r.reasons[0].code == "ratio_zero"


# --- impossible input ---------------------------------------------------------------------------

@pytest.mark.parametrize("members, storeys, basements, words", [
    ([slabs(1, 3, 4)], 2, 0, "4 dangerous members but only 3"),
    ([slabs(1, -1, 0)], 2, 0, "negative"),
    ([slabs(1, 5, -1)], 2, 0, "negative"),
    ([slabs(3, 5, 0)], 2, 0, "only 2 storey(s) above ground"),
    ([slabs(-2, 5, 0)], 2, 1, "1 basement storey(s)"),
    ([slabs(-1, 5, 0)], 2, 0, "0 basement storey(s)"),
    ([(1, "foundation", 5, 0)], 2, 0, "foundation members belong to storey 0"),
    ([(0, "wall", 5, 0)], 2, 0, "foundation members belong to storey 0"),
    ([(1, "chimney", 5, 0)], 2, 0, "unknown member type 'chimney'"),
    ([slabs(1, 5), slabs(1, 6)], 2, 0, "counted twice"),
    ([slabs(1, 5)], None, 0, "storeys above ground is needed"),
    ([slabs(1, 5)], 0, 0, "1 or more"),
    ([slabs(1, 5)], 2, -1, "basement storeys must be"),
    ([slabs(1, 5.5)], 2, 0, "not a whole number"),
])
def test_impossible_input_is_refused_by_name(members, storeys, basements, words):
    with pytest.raises(ValueError) as info:
        grade_house(members, storeys, basements)
    assert isinstance(info.value, GradingError)
    assert words in str(info.value)


def test_impossible_ground_indicators_are_refused():
    with pytest.raises(GradingError, match="tilt_pct cannot be negative"):
        grade_house([slabs(1, 5)], 2, 0, {"tilt_pct": -1})
    with pytest.raises(GradingError, match="not a number"):
        grade_house([slabs(1, 5)], 2, 0, {"crack_max_mm": "wide"})


def test_worse():
    assert jgj125.worse("B", "D", None) == "D"
    assert jgj125.worse(None, None) is None
    assert jgj125.worse("A", "C") == "C"


# --- agreement with the demo generator ------------------------------------------------------------

def test_agrees_with_the_demo_generator_on_every_demo_inspection():
    county = demo.DemoCounty(seed=7, townships=3, villages=12, violations=10, houses=2500)
    seen = {"A": 0, "B": 0, "C": 0, "D": 0}
    ground_d = 0
    for house in county.houses():
        for insp in house["_inspections"]:
            if not insp["_members"]:
                continue
            layers = {}
            for storey, mtype, total, dang in insp["_members"]:
                layers.setdefault(storey, {})[mtype] = (total, dang)
            gd = demo.ground_is_dangerous(insp, house["storeys"])
            expected, expected_layers = demo.grade_from_members(
                layers, house["storeys"], house["basement_storeys"], gd)
            r = grade_house(insp["_members"], house["storeys"], house["basement_storeys"],
                            {k: insp.get(k) for k in jgj125.GROUND_FIELDS})
            assert r.grade == expected == insp["appraisal_grade"], house["house_id"]
            assert r.layer_grades == expected_layers, house["house_id"]
            assert r.ground_dangerous == gd
            seen[r.grade] += 1
            ground_d += gd
    assert min(seen.values()) >= 10 and ground_d >= 3, (seen, ground_d)
