"""plugin/core/assessment.py on hand-made rows: every indicator's rule and its edges."""

import datetime

import pytest

from liangwei.plugin.core import assessment as a

D = datetime.date
PERIOD = a.Period(D(2025, 3, 1), D(2025, 3, 31), D(2025, 1, 1))
ZONES = [
    {"zone_code": "330624101", "zone_name": "甲镇", "level": "township", "annual_quota_m2": 1000.0},
    {"zone_code": "330624102", "zone_name": "乙街道", "level": "street", "annual_quota_m2": None},
    {"zone_code": "330624103", "zone_name": "丙园区", "level": "park", "annual_quota_m2": 500.0},
    {"zone_code": "330624101201", "zone_name": "甲村", "level": "village", "annual_quota_m2": None},
    {"zone_code": "330624", "zone_name": "县", "level": "county", "annual_quota_m2": 9e9},
]


def case(zone="330624101", stock="new", found="2025-03-10", started="2025-03-09",
         source="patrol", area=100.0, demolished=None, demolished_on=None, status="filed",
         deadline=None, reward=None):
    return zone, (stock, found, started, source, area, demolished, demolished_on, status,
                  deadline, reward)


def stats(cases, houses=None, settings=None, period=PERIOD, level="township"):
    rows = a.township_stats(ZONES, cases, a.count_houses(houses or []), settings or {},
                            period, level)
    return {r["zone_code"]: r for r in rows}


def test_zones_of_the_level_in_code_order_with_zeros():
    rows = a.township_stats(ZONES, [], {}, {}, PERIOD, "township")
    assert [r["zone_code"] for r in rows] == ["330624101", "330624102", "330624103"]
    r = rows[1]
    assert r["new_count"] == 0 and r["new_area_m2"] == 0.0 and r["open_cases"] == 0
    assert r["found_within_24h_share"] is None
    assert r["annual_quota_m2"] == 2000.0           # the township minimum setting
    assert r["no_violation_eligible"] == 1
    assert [r["zone_code"] for r in a.township_stats(ZONES, [], {}, {}, PERIOD, "village")] \
        == ["330624101201"]
    with pytest.raises(ValueError):
        a.township_stats(ZONES, [], {}, {}, PERIOD, "county")


def test_new_violations_period_inclusive_and_stock_excluded():
    r = stats([case(found="2025-03-01", area=10.0), case(found="2025-03-31", area=20.0),
               case(found="2025-02-28", area=40.0), case(found="2025-04-01", area=80.0),
               case(stock="stock", started="2010-01-01", area=160.0),
               # no stored class: classified by the cut-off date (2014-01-01)
               case(stock=None, started="2013-12-31", area=320.0),
               case(stock=None, started="2014-01-01", area=640.0)])["330624101"]
    assert r["new_count"] == 3
    assert r["new_area_m2"] == 670.0


def test_found_within_target_and_penalty():
    r = stats([case(found="2025-03-10", started="2025-03-10"),      # same day: in time
               case(found="2025-03-10", started="2025-03-09"),      # next day: in time
               case(found="2025-03-10", started="2025-03-08"),      # 2 days: late
               case(found="2025-03-02", started="2025-02-27"),      # late, next month
               case(found="2025-03-05", started=None)])["330624101"]  # not judged
    assert r["new_count"] == 5
    assert r["found_within_24h_share"] == pytest.approx(2 / 4)
    assert r["late_discovery_penalty_yuan"] == 4000.0 + 8000.0
    r = stats([case(found="2025-03-10", started="2025-03-08")],
              settings={"discovery_target_hours": 48.0, "late_discovery_penalty_yuan": 100.0,
                        "late_discovery_next_month_factor": 3.0})["330624101"]
    assert r["found_within_24h_share"] == 1.0 and r["late_discovery_penalty_yuan"] == 0.0
    r = stats([case(found="2025-03-01", started="2025-02-01")],
              settings={"late_discovery_penalty_yuan": 100.0,
                        "late_discovery_next_month_factor": 3.0})["330624101"]
    assert r["late_discovery_penalty_yuan"] == 300.0
    assert stats([case(started=None)])["330624101"]["found_within_24h_share"] is None


def test_demolished_quota_first_three_months_and_stock():
    period = a.Period(D(2025, 3, 1), D(2025, 4, 15), D(2025, 1, 1))
    cases = [case(demolished=100.0, demolished_on="2025-01-01"),    # year, first months
             case(demolished=200.0, demolished_on="2025-03-31"),    # period, first months
             case(demolished=400.0, demolished_on="2025-04-01", stock="stock",
                  started="2000-01-01"),                              # period, stock
             case(demolished=800.0, demolished_on="2025-04-16"),    # after the period end
             case(demolished=1600.0, demolished_on="2024-12-31")]   # last year
    r = stats(cases, period=period)["330624101"]
    assert r["demolished_area_m2"] == 600.0
    assert r["stock_cleared_m2"] == 400.0
    assert r["quota_done_share"] == pytest.approx(700.0 / 1000.0)
    assert r["first_three_months_share"] == pytest.approx(300.0 / 1000.0)
    assert r["demolition_reward_yuan"] == 400.0 * a.DEMOLITION_REWARD_YUAN_PER_M2 == 16000.0
    r = stats(cases, period=period, settings={"demolition_reward_yuan_per_m2": 35.0})
    assert r["330624101"]["demolition_reward_yuan"] == 14000.0
    # the first three months stop at the period end
    early = a.Period(D(2025, 1, 1), D(2025, 2, 1), D(2025, 1, 1))
    assert stats(cases, period=early)["330624101"]["first_three_months_share"] == 0.1
    # a village without a quota has no shares
    v = stats([case(zone="330624101201", demolished=5.0, demolished_on="2025-03-02")],
              level="village")["330624101201"]
    assert v["annual_quota_m2"] is None and v["quota_done_share"] is None
    assert v["first_three_months_share"] is None and v["demolished_area_m2"] == 5.0


def test_first_three_months_window():
    p = a.Period(D(2025, 1, 1), D(2025, 12, 31), D(2024, 11, 30))
    assert a.first_three_months(p) == ("2024-11-30", "2025-02-27")
    assert a.add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)


def test_open_overdue_and_no_violation():
    r = stats([case(status="closed"), case(status="not_filed"),
               case(status="decided", deadline="2025-03-30"),       # overdue
               case(status="decided", deadline="2025-03-31"),       # due on the last day
               case(status="clue", found="2025-04-02"),             # found after the period
               case(status="clue", found=None)])["330624101"]
    assert r["open_cases"] == 3 and r["overdue_cases"] == 1
    assert r["no_violation_eligible"] == 0
    assert stats([case(status="closed")])["330624101"]["no_violation_eligible"] == 1


def test_open_counts_from_the_caller_add_to_open_and_overdue_only():
    cases = [case(status="decided", deadline="2025-03-30")]
    rows = a.township_stats(ZONES, cases, a.count_houses([]), {}, PERIOD, "township",
                            open_counts={"330624101": (5, 2), "330624103": (1, 0),
                                         "999999999": (7, 7)})
    r = {row["zone_code"]: row for row in rows}
    assert (r["330624101"]["open_cases"], r["330624101"]["overdue_cases"]) == (6, 3)
    assert (r["330624103"]["open_cases"], r["330624103"]["overdue_cases"]) == (1, 0)
    assert r["330624103"]["no_violation_eligible"] == 0
    assert r["330624102"]["no_violation_eligible"] == 1
    assert r["330624101"]["new_count"] == 1 and r["330624103"]["new_count"] == 0


def test_report_rewards():
    r = stats([case(source="report", reward=300.0), case(source="report"),
               case(source="report", status="clue"), case(source="report", status="not_filed"),
               case(source="report", found="2025-02-01", reward=500.0),
               case(source="hotline", reward=400.0)])["330624101"]
    assert r["report_reward_yuan"] == 300.0 + 200.0
    r = stats([case(source="report")], settings={"report_reward_min_yuan": 250.0})
    assert r["330624101"]["report_reward_yuan"] == 250.0


def test_houses():
    h = [("330624102", "serious", "D", "in_progress"), ("330624102", "some", "C", "done"),
         ("330624102", "some", None, "closed"), ("330624102", "none", "A", None),
         ("330624102", None, None, None), ("330624102", None, "B", "pending"),
         ("elsewhere", "serious", "D", "closed")]
    r = stats([], houses=h)["330624102"]
    assert (r["houses_total"], r["houses_screened"], r["houses_serious"], r["houses_some"]) \
        == (6, 4, 1, 2)
    assert (r["grade_a"], r["grade_b"], r["grade_c"], r["grade_d"]) == (1, 1, 1, 1)
    assert (r["houses_rectified"], r["houses_closed"]) == (2, 1)


def test_rank_order_ties_and_nulls():
    rows = [{"quota_done_share": 0.5, "new_count": 3, "found_within_24h_share": 0.5},
            {"quota_done_share": 0.8, "new_count": 9, "found_within_24h_share": 0.1},
            {"quota_done_share": 0.5, "new_count": 3, "found_within_24h_share": 0.5},
            {"quota_done_share": 0.5, "new_count": 2, "found_within_24h_share": None},
            {"quota_done_share": 0.5, "new_count": 3, "found_within_24h_share": None},
            {"quota_done_share": None, "new_count": 0, "found_within_24h_share": 1.0},
            {"quota_done_share": 0.0, "new_count": 0, "found_within_24h_share": None}]
    a.rank(rows)
    assert [r["rank"] for r in rows] == [3, 1, 3, 2, 5, 7, 6]
    # equal quotients compare equal
    rows = [{"quota_done_share": 0.1 + 0.2, "new_count": 1, "found_within_24h_share": 1.0},
            {"quota_done_share": 0.3, "new_count": 1, "found_within_24h_share": 1.0}]
    assert [r["rank"] for r in a.rank(rows)] == [1, 1]


def test_period_checks_and_defaults():
    with pytest.raises(ValueError):
        a.township_stats(ZONES, [], {}, {}, a.Period(D(2025, 3, 2), D(2025, 3, 1),
                                                     D(2025, 1, 1)))
    p = a.default_period(D(2025, 6, 18), {"campaign_start": D(2025, 2, 1)})
    assert p == a.Period(D(2025, 6, 1), D(2025, 6, 18), D(2025, 2, 1))
    assert a.default_period(D(2025, 6, 18)).campaign_start == D(2024, 1, 1)  # the default


def test_areas_by_key():
    cases = [case(area=7), case(area=8), case(area=9, found="2025-02-01")]
    r = a.township_stats(ZONES, cases, {}, {}, PERIOD, "township", areas={7: 1.5, 9: 100.0})
    assert r[0]["new_count"] == 2 and r[0]["new_area_m2"] == 1.5


def test_unknown_zone_ignored_and_dates_as_dates():
    r = stats([case(zone="999"), case(zone=None), case(found=D(2025, 3, 10), started=D(2025, 3, 10),
                                      demolished=10.0, demolished_on=D(2025, 3, 11))])
    assert r["330624101"]["new_count"] == 1
    assert r["330624101"]["found_within_24h_share"] == 1.0
    assert r["330624101"]["demolished_area_m2"] == 10.0
