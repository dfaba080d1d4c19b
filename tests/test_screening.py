"""The screening rule set, focus flags, measures, actions, inspection cycle and risk order
(core/screening.py), tested directly: plain Python, no QGIS."""

import datetime
import json

import pytest

from liangwei.plugin.core import screening
from liangwei.plugin.core.screening import RulesError, add_months, assess, load_rules

AS_OF = datetime.date(2025, 6, 30)


def house(**kw):
    base = {"house_id": "YH330624100000001", "storeys": 2, "basement_storeys": 0,
            "structure": "brick_concrete", "built_year": 2015, "use": "own", "occupants": 4,
            "alt_add_storey": 0, "alt_extension": 0, "alt_structure": 0, "alt_use_change": 0,
            "alt_basement": 0, "professional_design": 1, "screening": None,
            "appraisal_status": None, "appraisal_grade": None, "measures": None, "plan": None}
    base.update(kw)
    return base


def inspection(day="2025-03-01", kind="screening", iid=1, members=(), **kw):
    row = {"inspection_id": iid, "inspected_on": day, "kind": kind, "screening": None,
           "collapse_risk": 0, "members": list(members)}
    row.update(kw)
    return row


SLABS_OK = [(1, "slab", 100, 0), (2, "slab", 100, 0)]


# --- rules ------------------------------------------------------------------------------------

def test_default_rules_are_the_documented_file(repo_root):
    with open(repo_root / "resources" / "screening_rules.json", encoding="utf-8") as fh:
        raw = json.load(fh)
    rules = load_rules()
    assert "_about" not in rules and "_about" not in rules["serious"]
    assert rules["serious"]["crack_max_mm"] == raw["serious"]["crack_max_mm"] == 10.0
    assert rules["serious"]["grades"] == ["C", "D"]
    assert rules["measures"]["D"] == ["stop_use", "evacuate", "cordon"]


def test_a_rules_file_replaces_only_the_values_it_gives(tmp_path):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"serious": {"crack_max_mm": 5, "tilt_pct": None},
                                "some": {"old_structures": ["土木"]},
                                "_note": "comments are allowed"}), encoding="utf-8")
    rules = load_rules(str(path))
    assert rules["serious"]["crack_max_mm"] == 5 and rules["serious"]["tilt_pct"] is None
    assert rules["serious"]["grades"] == ["C", "D"]            # kept
    assert rules["some"]["old_structures"] == ["earth_wood"]   # labels become codes


@pytest.mark.parametrize("doc, words", [
    ({"serious": {"crack_mm": 5}}, "unknown key serious.crack_mm"),
    ({"severe": {}}, "unknown key severe"),
    ({"serious": {"crack_max_mm": "wide"}}, "serious.crack_max_mm must be a number"),
    ({"serious": {"crack_max_mm": -1}}, "serious.crack_max_mm must be a number"),
    ({"serious": {"collapse_risk": 1}}, "serious.collapse_risk must be true or false"),
    ({"serious": {"grades": ["E"]}}, "serious.grades holds 'E'"),
    ({"measures": {"D": ["run"]}}, "measures.D holds 'run'"),
    ({"serious": 3}, "serious must be an object"),
    ([1, 2], "must be an object"),
])
def test_wrong_rules_are_refused_by_name(tmp_path, doc, words):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(RulesError) as info:
        load_rules(str(path))
    assert words in str(info.value)


def test_unreadable_rules_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{serious: }", encoding="utf-8")
    with pytest.raises(RulesError, match="not valid JSON"):
        load_rules(str(bad))
    with pytest.raises(RulesError, match="cannot be read"):
        load_rules(str(tmp_path / "missing.json"))


# --- screening classes --------------------------------------------------------------------------

def test_a_sound_house_has_no_hazard():
    a = assess(house(), [inspection(members=SLABS_OK, crack_max_mm=0.5, tilt_pct=0.1)],
               as_of=AS_OF)
    assert a.screening == "none" and a.computed_grade == "A" and a.reasons[-1].code == "ratio_zero"


@pytest.mark.parametrize("changes, insp, cls, code", [
    ({}, dict(collapse_risk=1), "serious", "collapse_risk"),
    ({}, dict(members=SLABS_OK, tilt_pct=3.5), "serious", "ground_danger"),
    ({}, dict(members=[(1, "slab", 100, 10), (2, "slab", 100, 0)]), "serious", "grade"),
    ({"appraisal_status": "done", "appraisal_grade": "C"}, {}, "serious", "grade"),
    ({}, dict(crack_max_mm=10.0), "serious", "crack"),
    ({}, dict(crack_max_mm=9.9), "some", "crack"),
    ({}, dict(tilt_pct=1.0), "serious", "tilt"),
    ({}, dict(tilt_pct=0.99), "some", "tilt"),
    ({"use": "business", "storeys": 3, "alt_add_storey": 1, "professional_design": 0}, {},
     "serious", "business_altered"),
    ({"use": "rental", "occupants": 10, "alt_basement": 1, "professional_design": 0}, {},
     "serious", "business_altered"),
    ({"use": "business", "storeys": 2, "occupants": 9, "alt_extension": 1,
      "professional_design": 0}, {}, "some", "altered"),
    ({"use": "business", "storeys": 3, "alt_add_storey": 1, "professional_design": 1}, {},
     "none", None),
    ({}, dict(members=[(1, "slab", 100, 1), (2, "slab", 100, 0)]), "some", "grade"),
    ({}, dict(crack_max_mm=2.0), "some", "crack"),
    ({}, dict(crack_max_mm=1.9), "none", None),
    ({}, dict(cracks_over_5mm=1), "some", "cracks5"),
    ({}, dict(tilt_pct=0.5), "some", "tilt"),
    ({}, dict(tilt_pct=0.49), "none", None),
    ({"alt_structure": 1, "professional_design": 0}, {}, "some", "altered"),
    ({"structure": "earth_wood", "built_year": 1994}, {}, "some", "old"),      # 31 years
    ({"structure": "stone", "built_year": 1995}, {}, "none", None),            # 30: not > 30
    ({"structure": "brick_concrete", "built_year": 1960}, {}, "none", None),
    ({"structure": "砖木", "built_year": 1980}, {}, "some", "old"),
    ({"structure": "earth_wood", "built_year": None}, {}, "none", None),
])
def test_each_screening_rule(changes, insp, cls, code):
    a = assess(house(**changes), [inspection(**insp)], as_of=AS_OF)
    assert a.screening == cls, [r.text for r in a.reasons]
    if code:
        assert code in [r.code for r in a.reasons]


def test_the_inspectors_class_is_a_minimum_unless_switched_off():
    insp = [inspection(screening="serious")]
    assert assess(house(), insp, as_of=AS_OF).screening == "serious"
    assert assess(house(screening="some"), [], as_of=AS_OF).screening == "some"
    rules = screening.merge_rules(load_rules(), {"inspector_screening": False})
    assert assess(house(), insp, rules=rules, as_of=AS_OF).screening == "none"
    # the computed class may be worse than the inspector's
    assert assess(house(), [inspection(screening="none", collapse_risk=1)],
                  as_of=AS_OF).screening == "serious"


def test_a_rule_switched_off_by_the_rules():
    rules = screening.merge_rules(load_rules(), {"serious": {"crack_max_mm": None}})
    a = assess(house(), [inspection(crack_max_mm=30)], rules=rules, as_of=AS_OF)
    assert a.screening == "some"


def test_which_inspection_counts():
    # a later patrol does not clear a collapse risk; a later recheck does
    risky = inspection("2025-01-01", "screening", 1, collapse_risk=1)
    assert assess(house(), [risky, inspection("2025-02-01", "patrol", 2)],
                  as_of=AS_OF).collapse_risk
    assert not assess(house(), [risky, inspection("2025-02-01", "recheck", 2)],
                      as_of=AS_OF).collapse_risk
    # a patrol that records a collapse risk counts
    assert assess(house(), [inspection("2025-02-01", "patrol", 2, collapse_risk=1)],
                  as_of=AS_OF).collapse_risk
    # the grade comes from the latest measured inspection, not from a later patrol
    appraisal = inspection("2025-01-01", "appraisal", 1,
                           members=[(1, "slab", 10, 3), (2, "slab", 10, 3)])
    a = assess(house(), [appraisal, inspection("2025-05-01", "patrol", 2)], as_of=AS_OF)
    assert a.computed_grade == "D" and a.last_inspected_on == datetime.date(2025, 5, 1)
    # … and a newer measurement replaces it
    newer = inspection("2025-04-01", "recheck", 3, members=SLABS_OK)
    assert assess(house(), [appraisal, newer], as_of=AS_OF).computed_grade == "A"
    # inspections after the grading date are ignored
    a = assess(house(), [appraisal, newer], as_of=datetime.date(2025, 2, 1))
    assert a.computed_grade == "D" and a.last_inspected_on == datetime.date(2025, 1, 1)


def test_an_impossible_inspection_is_reported_not_graded():
    a = assess(house(), [inspection(members=[(3, "slab", 5, 1)])], as_of=AS_OF)
    assert a.computed_grade is None and a.grade_error is not None
    assert "only 2 storey(s)" in str(a.grade_error)


# --- grade mismatch, focus, measures, actions ------------------------------------------------------

def test_grade_mismatch_needs_both_grades():
    d_members = [(1, "slab", 10, 3), (2, "slab", 10, 3)]
    a = assess(house(appraisal_status="done", appraisal_grade="C"),
               [inspection(kind="appraisal", members=d_members)], as_of=AS_OF)
    assert a.computed_grade == "D" and a.grade_mismatch is True and a.grade == "D"
    assert "review_grade" in a.actions
    a = assess(house(appraisal_status="done", appraisal_grade="D"),
               [inspection(kind="appraisal", members=d_members)], as_of=AS_OF)
    assert a.grade_mismatch is False
    assert assess(house(appraisal_grade="D"), [], as_of=AS_OF).grade_mismatch is None
    assert assess(house(), [inspection(members=d_members)], as_of=AS_OF).grade_mismatch is None


def test_focus_flags():
    assert assess(house(use="business", storeys=3), as_of=AS_OF).focus_business
    assert assess(house(use="经营性", storeys=2, occupants=10), as_of=AS_OF).focus_business
    assert not assess(house(use="business", storeys=2, occupants=9), as_of=AS_OF).focus_business
    assert not assess(house(use="own", storeys=5, occupants=30), as_of=AS_OF).focus_business
    for alt in screening.ALTERATIONS:
        assert assess(house(**{alt: 1}), as_of=AS_OF).focus_altered
    assert not assess(house(), as_of=AS_OF).focus_altered
    assert assess(house(), as_of=AS_OF, near_poi=True).focus_near_poi is True
    assert assess(house(), as_of=AS_OF).focus_near_poi is None


def test_required_and_missing_measures():
    d = house(appraisal_status="done", appraisal_grade="D", plan="一栋一策")
    a = assess(d, [inspection()], as_of=AS_OF)
    assert a.required_measures == ["stop_use", "cordon", "evacuate"]     # code-list order
    assert a.missing_measures == ["stop_use", "cordon", "evacuate"]
    assert "take_measures" in a.actions and "make_plan" not in a.actions
    a = assess(dict(d, measures="{stop_use,evacuate}"), [inspection()], as_of=AS_OF)
    assert a.missing_measures == ["cordon"]
    a = assess(dict(d, use="business"), [inspection()], as_of=AS_OF)
    assert a.required_measures == ["stop_use", "stop_business", "cordon", "evacuate"]
    c = assess(house(appraisal_status="done", appraisal_grade="C", measures="{repair}"),
               [inspection()], as_of=AS_OF)
    assert c.required_measures == ["restrict_use", "repair"] and c.missing_measures == ["restrict_use"]
    assert "make_plan" in c.actions
    collapse = assess(house(), [inspection(collapse_risk=1)], as_of=AS_OF)
    assert collapse.required_measures == ["stop_use", "cordon", "evacuate"]
    b = assess(house(appraisal_status="done", appraisal_grade="B"), [inspection()], as_of=AS_OF)
    assert b.required_measures == [] and b.missing_measures == []


def test_appraisal_actions():
    serious = [inspection(collapse_risk=1)]
    assert "appraise_now" in assess(house(), serious, as_of=AS_OF).actions
    assert "appraise_now" in assess(house(appraisal_status="pending"), serious, as_of=AS_OF).actions
    done = assess(house(appraisal_status="done", appraisal_grade="D"), serious, as_of=AS_OF)
    assert "appraise_now" not in done.actions
    some = assess(house(), [inspection(tilt_pct=0.6)], as_of=AS_OF)
    assert "appraise" in some.actions and "appraise_now" not in some.actions
    assert not {"appraise", "appraise_now"} & set(assess(house(), [inspection()], as_of=AS_OF).actions)


# --- next inspection ------------------------------------------------------------------------------

def test_add_months_keeps_the_day_or_takes_the_last():
    assert add_months(datetime.date(2025, 1, 31), 1) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2024, 1, 31), 1) == datetime.date(2024, 2, 29)
    assert add_months(datetime.date(2025, 12, 15), 1) == datetime.date(2026, 1, 15)
    assert add_months(datetime.date(2025, 3, 31), 12) == datetime.date(2026, 3, 31)
    assert add_months(datetime.date(2024, 2, 29), 36) == datetime.date(2027, 2, 28)
    assert add_months(datetime.date(2020, 5, 10), 60) == datetime.date(2025, 5, 10)


@pytest.mark.parametrize("changes, insp, months", [
    ({"use": "rental"}, {}, 1),                                   # business use: monthly
    ({"use": "production", "built_year": 1950}, {}, 1),           # business first
    ({"built_year": 1994}, {}, 12),                               # 31 years
    ({"built_year": 1995}, {}, 36),                               # 30 years: not > 30, > 20
    ({"built_year": 2005}, {}, 60),                               # 20 years: other
    ({"built_year": 2004}, {}, 36),                               # 21 years
    ({"built_year": 2015}, dict(tilt_pct=0.6), 12),               # hazardous (some)
    ({"built_year": 2015, "appraisal_status": "done", "appraisal_grade": "C"}, {}, 12),
    ({"built_year": None}, {}, 60),                               # age unknown: not old
])
def test_inspection_cycle_cases(changes, insp, months):
    a = assess(house(**changes), [inspection("2025-01-31", **insp)], as_of=AS_OF)
    assert a.cycle_months == months
    assert a.next_inspection_due == add_months(datetime.date(2025, 1, 31), months)


def test_cycles_come_from_the_settings_and_never_inspected_is_due_now():
    settings = {"cycle_business_months": 7, "cycle_old30_or_hazard_months": 6,
                "cycle_old20_months": 24, "cycle_other_months": 48}
    a = assess(house(built_year=2015), [inspection("2025-01-15")], settings=settings, as_of=AS_OF)
    assert a.cycle_months == 48 and a.next_inspection_due == datetime.date(2029, 1, 15)
    a = assess(house(use="business"), [inspection("2025-01-15")], settings=settings, as_of=AS_OF)
    assert a.next_inspection_due == datetime.date(2025, 8, 15) and "inspect_now" not in a.actions
    a = assess(house(use="business"), [inspection("2025-01-15")], as_of=AS_OF)
    assert a.next_inspection_due == datetime.date(2025, 2, 15) and "inspect_now" in a.actions
    never = assess(house(), [], as_of=AS_OF)
    assert never.next_inspection_due == AS_OF and "inspect_now" in never.actions
    with pytest.raises(ValueError, match="cycle_other_months"):
        assess(house(), [], settings={"cycle_other_months": 0}, as_of=AS_OF)


# --- risk order ----------------------------------------------------------------------------------

def test_risk_ranks():
    rows = [
        ("H1", house(), []),                                                     # tier 5
        ("H2", house(appraisal_status="done", appraisal_grade="C"), []),         # tier 1
        ("H3", house(use="business", storeys=4), []),                            # tier 4
        ("H4", house(occupants=8), [inspection(collapse_risk=1)]),               # tier 0
        ("H5", house(appraisal_status="done", appraisal_grade="D", occupants=2), []),  # tier 0
        ("H6", house(), [inspection(crack_max_mm=12)]),                          # tier 2
        ("H7", house(), [inspection(tilt_pct=0.6)]),                             # tier 3
        ("H8", house(occupants=8, storeys=3), [inspection(collapse_risk=1)]),    # tier 0
        ("H9", house(), []),                                                     # tier 5
    ]
    assessments = [assess(dict(h, house_id=hid), insp, as_of=AS_OF) for hid, h, insp in rows]
    ranks = screening.risk_ranks(assessments)
    order = [rows[i][0] for i in sorted(ranks, key=ranks.get)]
    assert order == ["H8", "H4", "H5", "H2", "H6", "H7", "H3", "H1", "H9"]
    assert sorted(ranks.values()) == list(range(1, 10))
