"""plugin/core/reports.py: report periods, the daily zero report and the weekly summary
rows, on hand-made data (no database, no QGIS)."""

import datetime

import pytest

from liangwei.plugin.core import reports
from liangwei.plugin.core.assessment import Period

D = datetime.date
CAMPAIGN = D(2025, 3, 1)


def period(key, today, campaign=CAMPAIGN):
    p = reports.preset_period(key, today, campaign)
    return p.start, p.end


# --- periods ---------------------------------------------------------------------------------

@pytest.mark.parametrize("today, expected", [
    # Monday: the week is today alone, last week Mon–Sun before
    (D(2025, 6, 30), {"this_week": (D(2025, 6, 30), D(2025, 6, 30)),
                      "last_week": (D(2025, 6, 23), D(2025, 6, 29)),
                      "this_month": (D(2025, 6, 1), D(2025, 6, 30)),
                      "last_month": (D(2025, 5, 1), D(2025, 5, 31)),
                      "this_quarter": (D(2025, 4, 1), D(2025, 6, 30)),
                      "campaign": (CAMPAIGN, D(2025, 6, 30))}),
    # Sunday: Monday to Sunday
    (D(2025, 6, 29), {"this_week": (D(2025, 6, 23), D(2025, 6, 29)),
                      "last_week": (D(2025, 6, 16), D(2025, 6, 22))}),
    # New Year's Day (a Wednesday): weeks, month and quarter reach into the old year
    (D(2025, 1, 1), {"this_week": (D(2024, 12, 30), D(2025, 1, 1)),
                     "last_week": (D(2024, 12, 23), D(2024, 12, 29)),
                     "this_month": (D(2025, 1, 1), D(2025, 1, 1)),
                     "last_month": (D(2024, 12, 1), D(2024, 12, 31)),
                     "this_quarter": (D(2025, 1, 1), D(2025, 1, 1))}),
    # last day of a quarter, first day of the next
    (D(2025, 3, 31), {"this_quarter": (D(2025, 1, 1), D(2025, 3, 31)),
                      "last_month": (D(2025, 2, 1), D(2025, 2, 28))}),
    (D(2025, 4, 1), {"this_quarter": (D(2025, 4, 1), D(2025, 4, 1)),
                     "last_month": (D(2025, 3, 1), D(2025, 3, 31))}),
    (D(2025, 12, 31), {"this_quarter": (D(2025, 10, 1), D(2025, 12, 31)),
                       "this_month": (D(2025, 12, 1), D(2025, 12, 31))}),
    # leap year: February has 29 days
    (D(2024, 3, 15), {"last_month": (D(2024, 2, 1), D(2024, 2, 29))}),
])
def test_presets_at_month_quarter_and_year_boundaries(today, expected):
    for key, span in expected.items():
        assert period(key, today) == span, key
    p = reports.preset_period("this_week", today, CAMPAIGN)
    assert p.campaign_start == CAMPAIGN


def test_campaign_preset_defaults_and_never_starts_after_today():
    assert period("campaign", D(2025, 6, 30), None) == (D(2025, 1, 1), D(2025, 6, 30))
    assert reports.preset_period("campaign", D(2025, 6, 30), None).campaign_start == \
        D(2025, 1, 1)
    assert period("campaign", "2025-06-30", "2025-02-10") == (D(2025, 2, 10), D(2025, 6, 30))
    # a campaign that starts later: nothing before today
    assert period("campaign", D(2025, 2, 1), D(2025, 3, 1)) == (D(2025, 2, 1), D(2025, 2, 1))
    with pytest.raises(ValueError, match="unknown period preset"):
        reports.preset_period("fortnight", D(2025, 1, 1))
    assert [p.key for p in reports.PRESETS] == list(reports.PRESET_KEYS)


@pytest.mark.parametrize("start, end, before", [
    (D(2025, 6, 23), D(2025, 6, 29), (D(2025, 6, 16), D(2025, 6, 22))),   # a week
    (D(2025, 6, 30), D(2025, 7, 1), (D(2025, 6, 23), D(2025, 6, 24))),    # week to date
    (D(2025, 3, 1), D(2025, 3, 31), (D(2025, 2, 1), D(2025, 2, 28))),     # a month
    (D(2025, 3, 1), D(2025, 3, 15), (D(2025, 2, 1), D(2025, 2, 15))),     # month to date
    (D(2025, 1, 1), D(2025, 3, 31), (D(2024, 10, 1), D(2024, 12, 31))),   # a quarter
    (D(2025, 3, 5), D(2025, 3, 10), (D(2025, 2, 27), D(2025, 3, 4))),     # any 6 days
])
def test_previous_period(start, end, before):
    p = reports.previous_period(Period(start, end, CAMPAIGN))
    assert (p.start, p.end) == before
    assert p.campaign_start == CAMPAIGN


def test_local_times():
    assert reports.local_datetime("2025-06-17T07:42:00.000Z") == datetime.datetime(2025, 6, 17, 15, 42)
    assert reports.local_datetime("2025-06-17T23:30:00Z") == datetime.datetime(2025, 6, 18, 7, 30)
    assert reports.local_datetime("2025-06-17T16:00:00+08:00") == datetime.datetime(2025, 6, 17, 16, 0)
    assert reports.local_datetime("2025-06-17 16:05:09") == datetime.datetime(2025, 6, 17, 16, 5, 9)
    assert reports.local_datetime("2025-06-17T09:00:00.1234567Z") == datetime.datetime(2025, 6, 17, 17)
    assert reports.local_datetime(None) is None and reports.local_datetime("") is None
    assert reports.local_datetime("not a time") is None


# --- the daily zero report ------------------------------------------------------------------

DAY = D(2025, 6, 30)
T1, T2 = "330624100", "330624001"
V1, V2, V3 = T1 + "201", T1 + "202", T1 + "203"
G1, G2 = V3 + "001", V3 + "002"
C1 = T2 + "001"
ZONES = [
    {"zone_code": "330624", "zone_name": "新城县", "level": "county"},
    {"zone_code": T1, "zone_name": "城关镇", "level": "township"},
    {"zone_code": T2, "zone_name": "东溪街道", "level": "street"},
    {"zone_code": V2, "zone_name": "下王村", "level": "village"},    # unordered on purpose
    {"zone_code": V1, "zone_name": "上王村", "level": "village"},
    {"zone_code": V3, "zone_name": "石门村", "level": "village"},
    {"zone_code": G2, "zone_name": "第二网格", "level": "grid"},
    {"zone_code": G1, "zone_name": "第一网格", "level": "grid"},
    {"zone_code": C1, "zone_name": "城南社区", "level": "community"},
]


def report(zone, at, found=0, summary=None, day=DAY, **kw):
    return dict({"zone_code": zone, "report_date": day.isoformat(), "reported_at": at,
                 "found_count": found, "summary": summary, "reporter": "王伟", "note": None}, **kw)


REPORTS = [
    report(V1, "2025-06-30T08:10:00.000Z"),                       # 16:10, nothing
    report(G1, "2025-06-30T07:00:00.000Z", 2, "发现违法建设2处：石门村3组"),
    report(C1, "2025-06-30T09:30:00.000Z", 1),                    # 17:30: late, no words
    report(V2, "2025-06-29T08:00:00.000Z", day=D(2025, 6, 29)),   # yesterday's: ignored
]
CASES = {V2: ["330624-2025-000010"], V3: ["330624-2025-000011", "330624-2025-000012"]}


def rows_by_code(rows):
    return {r.zone_code: r for r in rows}


def test_zero_report_rows_list_every_unit_with_what_it_found():
    rows = reports.zero_report_rows(DAY, ZONES, REPORTS, CASES)
    assert [r.zone_code for r in rows] == [C1, V1, V2, V3, G1, G2]     # code order
    by = rows_by_code(rows)
    v1 = by[V1]
    assert (v1.township_name, v1.village_name, v1.grid_name) == ("城关镇", "上王村", "")
    assert v1.reported and not v1.missing and not v1.late and v1.must_report
    assert v1.reported_at == datetime.datetime(2025, 6, 30, 16, 10)
    assert v1.found_count == 0 and v1.case_ids == () and v1.reporter == "王伟"
    assert reports.finding_text(v1) == "无"
    # did not report (yesterday's report does not count), but a case was found there
    v2 = by[V2]
    assert v2.missing and not v2.reported and v2.found_count is None and v2.reported_at is None
    assert v2.case_ids == ("330624-2025-000010",)
    assert reports.finding_text(v2) == ""
    # a village with grids reports through them: one grid missing
    v3, g1, g2 = by[V3], by[G1], by[G2]
    assert not v3.must_report and not v3.missing and not v3.reported
    assert v3.found_count == 2 and v3.case_ids == ("330624-2025-000011", "330624-2025-000012")
    assert g1.must_report and g1.reported and g1.found_count == 2 and g1.case_ids == ()
    assert (g1.village_name, g1.grid_name) == ("石门村", "第一网格")
    assert reports.finding_text(g1) == "发现违法建设2处：石门村3组"
    assert g2.missing and g2.grid_name == "第二网格"
    # late (after 17:00 local), a count without words
    c1 = by[C1]
    assert c1.late and c1.reported and not c1.missing and c1.township_name == "东溪街道"
    assert reports.finding_text(c1) == "发现违法建设1处"
    assert reports.finding_text(c1, lang="en") == "1 violation(s) found"


def test_a_village_whose_grids_all_reported_has_reported():
    both = REPORTS + [report(G2, "2025-06-30T08:55:00.000Z", 1)]
    v3 = rows_by_code(reports.zero_report_rows(DAY, ZONES, both, CASES))[V3]
    assert v3.reported and v3.found_count == 3 and not v3.missing
    assert v3.reported_at == datetime.datetime(2025, 6, 30, 16, 55)


def test_zero_report_counts_per_township_and_county():
    counts = reports.zero_report_counts(reports.zero_report_rows(DAY, ZONES, REPORTS, CASES))
    assert [c.township_code for c in counts] == [T2, T1, None]
    street, town, county = counts
    assert (street.units, street.reported, street.missing, street.late, street.found,
            street.cases) == (1, 1, 0, 1, 1, 0)
    # units: V1, V2, G1, G2 (V3 reports through its grids)
    assert (town.units, town.reported, town.missing, town.late, town.found, town.cases) == \
        (4, 2, 2, 0, 2, 3)
    assert town.missing_names == ("下王村", "石门村 第二网格")
    assert (county.units, county.reported, county.missing, county.cases) == (5, 3, 2, 3)


def test_zero_report_scope():
    only = reports.zero_report_rows(DAY, ZONES, REPORTS, CASES, [T2])
    assert [r.zone_code for r in only] == [C1]
    village = reports.zero_report_rows(DAY, ZONES, REPORTS, CASES, [V2])
    assert [r.zone_code for r in village] == [V2]
    grid = reports.zero_report_rows(DAY, ZONES, REPORTS, CASES, [G2])
    assert [r.zone_code for r in grid] == [V3, G2]
    assert reports.zero_report_rows(DAY, ZONES, REPORTS, CASES, "%s, %s" % (V2, T2)) == \
        [r for r in reports.zero_report_rows(DAY, ZONES, REPORTS, CASES) if r.zone_code in (C1, V2)]
    assert reports.zero_report_rows(DAY, ZONES, [], {}, ["330624"]) == \
        reports.zero_report_rows(DAY, ZONES, [], {})
    nobody = reports.zero_report_rows(DAY, ZONES, [], {})
    assert [r.zone_code for r in nobody if r.missing] == [C1, V1, V2, G1, G2]


# --- the weekly summary ---------------------------------------------------------------------

class Null:
    """Stands for a QVariant NULL as PyQGIS hands it out."""

    def isNull(self):
        return True


def stats(code, name, **values):
    row = {"zone_code": code, "zone_name": name, "new_count": 0, "new_area_m2": 0.0,
           "demolished_area_m2": 0.0, "quota_done_share": None, "stock_cleared_m2": 0.0,
           "open_cases": 0, "overdue_cases": 0, "houses_rectified": 0, "rank": 1}
    row.update(values)
    return row


def test_weekly_summary_rows_with_changes():
    now = [stats(T1, "城关镇", new_count=5, new_area_m2=500.5, quota_done_share=0.30,
                 open_cases=12, rank=1),
           stats(T2, "东溪街道", new_count=2, quota_done_share=Null(), rank=2)]
    before = [stats(T1, "城关镇", new_count=3, new_area_m2=200.25, quota_done_share=0.25,
                    open_cases=15, rank=2),
              stats(T2, "东溪街道", new_count=4, quota_done_share=0.1, rank=1)]
    rows = reports.weekly_summary_rows(now, before)
    assert [r["zone_code"] for r in rows] == [T2, T1]
    street, town = rows
    assert town["new_count"] == 5 and town["new_count_change"] == 2
    assert town["new_area_m2_change"] == pytest.approx(300.25)
    assert town["quota_done_share_change"] == pytest.approx(0.05)
    assert town["open_cases_change"] == -3
    assert town["rank_change"] == 1              # moved up one place
    assert street["rank_change"] == -1 and street["new_count_change"] == -2
    assert street["quota_done_share"] is None and street["quota_done_share_change"] is None
    # without the previous week: the figures only
    alone = reports.weekly_summary_rows(now)
    assert alone[1]["new_count"] == 5 and alone[1]["new_count_change"] is None
    # the scope: a township, or a village of it (the township's row is shown)
    assert [r["zone_code"] for r in reports.weekly_summary_rows(now, before, [T1])] == [T1]
    assert [r["zone_code"] for r in reports.weekly_summary_rows(now, before, [V1])] == [T1]


def test_plain_values():
    assert reports.plain(Null()) is None
    assert reports.plain("NULL") is None and reports.plain("") is None
    assert reports.plain(0) == 0 and reports.plain("x") == "x"
    assert reports.indicator_label("new_count") == "新增违建(处)"
    assert reports.indicator_label("rank", "en") == "Rank"
    from liangwei.plugin.core.assessment import OUTPUT_NAMES
    assert set(OUTPUT_NAMES) <= set(reports.INDICATOR_LABELS)
