"""The spreadsheet reports (plugin/reports/ledgers.py) of a small demo county.

Each report is exported and read back with openpyxl; the content is checked against
SQL written here independently (row counts per township, cell values and types) and
against the rows of liangwei:township_stats run in the test."""

import datetime
import os
import shutil
import sqlite3
import sys

import openpyxl
import pytest

from liangwei.plugin.core import codes, demo, reports
from liangwei.plugin.core.assessment import Period
from liangwei.plugin.reports import ledgers
from liangwei.plugin.store import demo_writer, gpkg, report_queries
from lwtest import Recorder

COUNTY = "330624"
CAMPAIGN = datetime.date(2025, 1, 1)
QUARTER = Period(datetime.date(2025, 4, 1), datetime.date(2025, 6, 30), CAMPAIGN)
WEEK = Period(datetime.date(2025, 6, 23), datetime.date(2025, 6, 29), CAMPAIGN)
BEFORE = Period(datetime.date(2025, 6, 16), datetime.date(2025, 6, 22), CAMPAIGN)
TODAY = datetime.date(2025, 7, 1)
ODD_REMARK = '=HYPERLINK("http://example.com")\x0b当事人称已自拆'
TOWNSHIP_LEVELS = ("township", "street", "park")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
       b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe"
       b"\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")
CASE_HEADERS = ["序号", "案件编号", "图斑编号", "乡镇(街道)", "村(社区)", "地址", "当事人",
                "当事人类型", "地类", "建筑类型", "层数", "占地面积(m²)", "建筑面积(m²)",
                "发现日期", "开工日期", "发现方式", "新增/存量", "六先拆", "优先分值",
                "案件状态", "决定书文号", "决定类型", "限期日期", "拆除面积(m²)", "拆除日期",
                "拆除方式", "拆后利用", "最近办理日期", "备注"]
HOUSE_HEADERS = ["序号", "房屋编码", "乡镇(街道)", "村(社区)", "地址", "产权人", "地上层数",
                 "建筑面积(m²)", "结构类型", "建成年份", "房屋用途", "居住/使用人数", "隐患初判",
                 "鉴定状态", "鉴定等级", "JGJ125等级(计算)", "等级不一致", "整治状态",
                 "整治措施", "应采取措施", "缺少的措施", "下次检查日期", "风险排名",
                 "最近检查日期", "本期检查(次)"]
ZERO_HEADERS = ["序号", "乡镇(街道)", "村(社区)", "网格", "区划代码", "是否上报", "上报时间",
                "发现数", "当日发现案件", "巡查发现情况", "上报人", "标记", "备注"]


# --- fixtures --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def county(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ledgers")
    path = gpkg.create(str(folder / "county.gpkg"), COUNTY)
    demo_writer.write_demo_county(path, seed=5, townships=3, villages=14, violations=400,
                                  houses=300)
    con = gpkg.connect(path)
    with gpkg.transaction(con):
        case_id, event_id = con.execute(
            "SELECT case_id, MAX(event_id) FROM case_events GROUP BY case_id "
            "HAVING count(*) > 2 ORDER BY case_id LIMIT 1").fetchone()
        for owner_table, owner, name, mime, taken in (
                ("violations", case_id, "现场.png", "image/png", "2025-06-03T02:00:00Z"),
                ("violations", case_id, "决定书.pdf", "application/pdf", "2025-06-01T02:00:00Z"),
                ("case_events", str(event_id), "拆除后.PNG", None, "2025-06-05T02:00:00Z"),
                ("violations", case_id, "无时间.jpg", "image/jpeg", None),
                ("violations", case_id, "第一张.png", "image/png", "2025-06-02T02:00:00Z")):
            con.execute("INSERT INTO attachments (owner_table, owner_id, file_name, mime_type, "
                        "content, taken_at) VALUES (?, ?, ?, ?, ?, ?)",
                        (owner_table, owner, name, mime, PNG, taken))
        # a remark that looks like a formula and holds a control character
        odd = con.execute("SELECT case_id FROM violations WHERE status NOT IN ('closed', "
                          "'not_filed') ORDER BY case_id LIMIT 1").fetchone()[0]
        con.execute("UPDATE violations SET remarks = ? WHERE case_id = ?", (ODD_REMARK, odd))
        settings = gpkg.read_settings(con)
    con.close()
    return {"path": path, "folder": folder, "settings": settings, "photo_case": case_id,
            "odd_case": odd}


def stats_rows(path, period):
    """liangwei:township_stats of the county for a period, as plain dicts."""
    import processing
    result = processing.run("liangwei:township_stats", {
        "VIOLATIONS": path + "|layername=violations", "HOUSES": path + "|layername=houses",
        "ZONES": path + "|layername=zones", "LEVEL": 0,
        "PERIOD_START": period.start.isoformat(), "PERIOD_END": period.end.isoformat(),
        "CAMPAIGN_START": period.campaign_start.isoformat(), "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=Recorder())
    layer = result.pop("OUTPUT")
    names = layer.fields().names()
    rows = [{n: (None if v is None or str(v) == "NULL" else v)
             for n, v in zip(names, f.attributes())} for f in layer.getFeatures()]
    del layer
    return rows


@pytest.fixture(scope="module")
def stats(provider, county):
    path = county["path"]
    return {"quarter": stats_rows(path, QUARTER), "week": stats_rows(path, WEEK),
            "before": stats_rows(path, BEFORE)}


def sql(county, query, params=()):
    con = sqlite3.connect(county["path"])
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(query, params)]
    finally:
        con.close()


def townships(county):
    return [(r["zone_code"], r["zone_name"]) for r in sql(
        county, "SELECT zone_code, zone_name FROM zones WHERE level IN (?, ?, ?) "
                "ORDER BY zone_code", TOWNSHIP_LEVELS)]


def export(county, report, name=None, period=QUARTER, stats_rows=None, **kw):
    out = str(county["folder"] / (name or report + ".xlsx"))
    result = ledgers.export_spreadsheet(report, out, county["path"], period,
                                        kw.pop("zone_codes", None), stats_rows,
                                        county["settings"], today=TODAY, **kw)
    assert result["path"] == out and os.path.exists(out)
    return openpyxl.load_workbook(out), result


def table(ws):
    """(headers, data rows as dicts by header, total row or None) of a sheet."""
    headers = [c.value for c in ws[4]]
    rows, total = [], None
    for values in ws.iter_rows(min_row=5, values_only=True):
        row = dict(zip(headers, values))
        if "合计" in values or "Total" in values:
            total = row
        else:
            rows.append(row)
    return headers, rows, total


def check_frame(ws, title, period_text, county):
    assert title in ws["A1"].value and ws["A1"].font.bold
    info = ws["A2"].value
    assert period_text in info
    assert "发文单位: %s" % county["settings"]["issuing_unit"] in info
    assert "导出日期: %s" % TODAY.isoformat() in info
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref.startswith("A4:")
    assert ws.print_title_rows in ("4:4", "$4:$4")
    # widths follow the content: the longest header or value, CJK counted double
    for cell in ws[4]:
        width = ws.column_dimensions[cell.column_letter].width
        assert 6 <= width <= ledgers.MAX_WIDTH + 2


def is_number(value):
    """A number cell (Excel keeps no int/float distinction: 30.0 reads back as 30)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def as_datetime(text):
    return datetime.datetime.combine(datetime.date.fromisoformat(text), datetime.time())


# --- the case ledger ---------------------------------------------------------------------------

LEDGER_COUNT = (
    "SELECT count(*) AS n FROM violations v WHERE COALESCE(v.township_code, "
    "substr(v.village_code, 1, 9)) = ? AND (v.discovered_on IS NULL OR v.discovered_on <= ?) "
    "AND NOT (v.status IN ('closed', 'not_filed') AND (SELECT date(MAX(e.at), '+8 hours') "
    "FROM case_events e WHERE e.case_id = v.case_id) < ?)")


def test_case_ledger(county, stats):
    wb, result = export(county, "case_ledger", stats_rows=stats["quarter"])
    towns = townships(county)
    assert wb.sheetnames == ["汇总"] + [name for _, name in towns]
    period_text = "统计期间: 2025-04-01 至 2025-06-30"
    by_stats = {r["zone_code"]: r for r in stats["quarter"]}
    total = 0
    for code, name in towns:
        ws = wb[name]
        check_frame(ws, "新城县违法建设案件台账", period_text, county)
        headers, rows, _ = table(ws)
        assert headers == CASE_HEADERS
        want = sql(county, LEDGER_COUNT, (code, "2025-06-30", "2025-04-01"))[0]["n"]
        assert len(rows) == want == result["rows"][name] and want > 10, name
        assert ws["A3"].value == "共 %d 件" % want
        total += want
        assert [r["序号"] for r in rows] == list(range(1, want + 1))
        for row in (rows[0], rows[len(rows) // 2], rows[-1]):
            case = sql(county, "SELECT v.*, z.zone_name AS village FROM violations v LEFT JOIN "
                               "zones z ON z.zone_code = v.village_code WHERE case_id = ?",
                       (row["案件编号"],))[0]
            assert row["乡镇(街道)"] == name and row["村(社区)"] == case["village"]
            assert is_number(row["占地面积(m²)"])
            assert row["占地面积(m²)"] == case["area_m2"]
            assert isinstance(row["层数"], int) and row["层数"] == case["floors"]
            assert row["发现日期"] == as_datetime(case["discovered_on"])
            assert isinstance(row["发现日期"], datetime.datetime)
            assert row["案件状态"] == codes.CASE_STATUS.label(case["status"])
            assert row["建筑类型"] == codes.BUILDING_TYPE.label(case["building_type"])
            last = sql(county, "SELECT date(MAX(at), '+8 hours') AS d FROM case_events "
                               "WHERE case_id = ?", (row["案件编号"],))[0]["d"]
            assert row["最近办理日期"] == as_datetime(last)
        # number formats: m² with two decimals, dates as dates
        assert ws.cell(5, CASE_HEADERS.index("占地面积(m²)") + 1).number_format == "#,##0.00"
        assert ws.cell(5, CASE_HEADERS.index("发现日期") + 1).number_format == "yyyy-mm-dd"
        assert ws.cell(5, CASE_HEADERS.index("发现日期") + 1).is_date
    # text stays text: no formula, no control character
    odd = [(wb[name], k) for _, name in towns for k, r in enumerate(table(wb[name])[1])
           if r["案件编号"] == county["odd_case"]]
    assert len(odd) == 1
    ws, k = odd[0]
    cell = ws.cell(5 + k, CASE_HEADERS.index("备注") + 1)
    assert cell.value == '=HYPERLINK("http://example.com")当事人称已自拆' and cell.data_type == "s"
    # the cases with a demolition in the ledger show it
    demolished = [r for _, name in towns for r in table(wb[name])[1] if r["拆除日期"]]
    assert demolished and all(is_number(r["拆除面积(m²)"]) for r in demolished)
    # the summary sheet: the ledger's counts, the assessment's figures
    summary = wb["汇总"]
    check_frame(summary, "新城县违法建设案件台账", period_text, county)
    assert "台账共 %d 件" % total in summary["A3"].value
    headers, rows, total_row = table(summary)
    assert headers[:4] == ["序号", "乡镇(街道)", "区划代码", "台账案件(件)"]
    assert [r["区划代码"] for r in rows] == [code for code, _ in towns]
    for r in rows:
        s = by_stats[r["区划代码"]]
        assert r["台账案件(件)"] == result["rows"][r["乡镇(街道)"]]
        assert r["新增违建(处)"] == s["new_count"] and r["未结案件(件)"] == s["open_cases"]
        assert r["逾期案件(件)"] == s["overdue_cases"] and r["排名"] == s["rank"]
        assert r["拆除面积(m²)"] == pytest.approx(s["demolished_area_m2"], abs=1e-9)
        assert r["新增面积(m²)"] == pytest.approx(s["new_area_m2"], abs=1e-9)
    assert total_row["台账案件(件)"] == total
    assert total_row["新增违建(处)"] == sum(s["new_count"] for s in stats["quarter"])
    assert summary.cell(5, headers.index("年度任务完成率") + 1).number_format == "0.0%"


def test_case_ledger_of_one_village_in_english(county):
    village, township = sql(county, "SELECT village_code, township_code FROM violations "
                                    "GROUP BY village_code ORDER BY count(*) DESC LIMIT 1")[0].values()
    wb, result = export(county, "case_ledger", "village.xlsx", zone_codes=[village],
                        lang="en")
    name = dict(townships(county))[township]
    assert wb.sheetnames == ["Summary", name]
    ws = wb[name]
    assert "ledger of illegal construction cases" in ws["A1"].value
    assert "Period: 2025-04-01 to 2025-06-30" in ws["A2"].value
    headers, rows, _ = table(ws)
    assert headers[:3] == ["No.", "Case number", "Patch number"]
    want = sql(county, LEDGER_COUNT + " AND v.village_code = ?",
               (township, "2025-06-30", "2025-04-01", village))[0]["n"]
    assert len(rows) == want > 0
    statuses = {c.en for c in codes.CASE_STATUS}
    assert all(r["Status"] in statuses for r in rows)
    assert "no indicators given" in wb["Summary"]["A3"].value


# --- the house ledger --------------------------------------------------------------------------

def test_house_ledger(county, stats):
    wb, result = export(county, "house_ledger", stats_rows=stats["quarter"])
    towns = townships(county)
    assert wb.sheetnames == ["汇总"] + [name for _, name in towns]
    by_stats = {r["zone_code"]: r for r in stats["quarter"]}
    for code, name in towns:
        ws = wb[name]
        check_frame(ws, "新城县自建房安全台账", "统计期间: 2025-04-01 至 2025-06-30", county)
        headers, rows, _ = table(ws)
        assert headers == HOUSE_HEADERS
        want = sql(county, "SELECT count(*) AS n FROM houses WHERE COALESCE(township_code, "
                           "substr(village_code, 1, 9)) = ?", (code,))[0]["n"]
        assert len(rows) == want == result["rows"][name] and want > 10
        for row in (rows[0], rows[-1]):
            h = sql(county, "SELECT * FROM houses WHERE house_id = ?", (row["房屋编码"],))[0]
            assert isinstance(row["地上层数"], int) and row["地上层数"] == h["storeys"]
            assert row["建筑面积(m²)"] == h["floor_area_m2"]
            assert row["建成年份"] == h["built_year"]
            assert row["隐患初判"] == (codes.SCREENING.label(h["screening"]) or None)
            if h["next_inspection_due"]:
                assert row["下次检查日期"] == as_datetime(h["next_inspection_due"])
            n = sql(county, "SELECT count(*) AS n, MAX(inspected_on) AS last FROM "
                            "house_inspections WHERE house_id = ? AND inspected_on BETWEEN ? "
                            "AND ?", (h["house_id"], "2025-04-01", "2025-06-30"))[0]
            assert row["本期检查(次)"] == n["n"]
    headers, rows, total = table(wb["汇总"])
    for r in rows:
        s = by_stats[r["区划代码"]]
        for header, name in (("自建房(栋)", "houses_total"), ("严重隐患(栋)", "houses_serious"),
                             ("D级", "grade_d"), ("已整治(栋)", "houses_rectified")):
            assert r[header] == s[name], header
    assert total["台账房屋(栋)"] == 300


# --- the weekly summary ------------------------------------------------------------------------

def test_weekly_summary_figures_are_the_stats_rows(county, stats):
    wb, result = export(county, "weekly_summary", period=WEEK, stats_rows=stats["week"],
                        previous_stats_rows=stats["before"])
    towns = townships(county)
    assert wb.sheetnames == ["汇总"] + [name for _, name in towns]
    summary = wb["汇总"]
    check_frame(summary, "新城县控违拆违工作周小结", "统计期间: 2025-06-23 至 2025-06-29", county)
    assert "2025-06-16 至 2025-06-22" in summary["A3"].value
    headers, rows, total = table(summary)
    assert headers[:5] == ["排名", "乡镇(街道)", "区划代码", "新增违建(处)", "较上期"]
    assert len(rows) == len(stats["week"]) == len(towns)
    before = {r["zone_code"]: r for r in stats["before"]}
    ranks = [r["排名"] for r in rows]
    assert ranks == sorted(ranks)
    for r in rows:
        s = next(x for x in stats["week"] if x["zone_code"] == r["区划代码"])
        b = before[r["区划代码"]]
        assert r["乡镇(街道)"] == s["zone_name"] and r["排名"] == s["rank"]
        for header, name in (("新增违建(处)", "new_count"), ("未结案件(件)", "open_cases"),
                             ("逾期案件(件)", "overdue_cases"), ("已排查(栋)", "houses_screened"),
                             ("D级", "grade_d")):
            assert r[header] == s[name] and isinstance(r[header], int), header
        for header, name in (("新增面积(m²)", "new_area_m2"), ("拆除面积(m²)", "demolished_area_m2"),
                             ("存量消化(m²)", "stock_cleared_m2"),
                             ("年度拆违任务(m²)", "annual_quota_m2")):
            assert r[header] == pytest.approx(s[name], abs=1e-9), header
        assert r["年度任务完成率"] == pytest.approx(s["quota_done_share"], abs=1e-12)
        assert r["24小时内发现率"] == (None if s["found_within_24h_share"] is None else
                                     pytest.approx(s["found_within_24h_share"]))
        assert r["可申报无违建"] == ("是" if s["no_violation_eligible"] else "否")
        assert r["上期排名"] == b["rank"] and r["名次变化"] == b["rank"] - s["rank"]
        row_cells = [c.value for c in summary[5 + rows.index(r)]]
        new_change = row_cells[headers.index("新增违建(处)") + 1]
        assert new_change == s["new_count"] - b["new_count"]
        share_change = row_cells[headers.index("年度任务完成率") + 1]
        assert share_change == pytest.approx(s["quota_done_share"] - b["quota_done_share"])
    assert total["新增违建(处)"] == sum(s["new_count"] for s in stats["week"])
    # the townships' sheets: the cases found or demolished in the week
    for code, name in towns:
        headers, rows, _ = table(wb[name])
        want = sql(county, "SELECT case_id FROM violations WHERE COALESCE(township_code, "
                           "substr(village_code, 1, 9)) = ? AND (discovered_on BETWEEN ? AND ? "
                           "OR demolished_on BETWEEN ? AND ?) ORDER BY case_id",
                   (code, "2025-06-23", "2025-06-29", "2025-06-23", "2025-06-29"))
        assert sorted(r["案件编号"] for r in rows) == [w["case_id"] for w in want], name
        for r in rows:
            found = r["发现日期"] and WEEK.start <= r["发现日期"].date() <= WEEK.end
            assert r["本期情况"] in (("新增", "新增并拆除") if found else ("拆除",))


def test_weekly_summary_without_the_previous_week(county, stats):
    wb, _ = export(county, "weekly_summary", "week_alone.xlsx", period=WEEK,
                   stats_rows=stats["week"])
    headers, rows, _ = table(wb["汇总"])
    assert "较上期" not in headers and "上期排名" not in headers
    assert "不作比较" in wb["汇总"]["A3"].value
    assert sorted(r["新增违建(处)"] for r in rows) == sorted(s["new_count"] for s in stats["week"])


# --- the daily zero report ---------------------------------------------------------------------

def test_zero_reports_mark_exactly_the_villages_that_did_not_report(county):
    villages = sql(county, "SELECT zone_code, zone_name, substr(zone_code, 1, 9) AS town "
                           "FROM zones WHERE level IN ('village', 'community') ORDER BY zone_code")
    names = dict(townships(county))
    marked_pairs = set()
    days = [demo.DEMO_TODAY - datetime.timedelta(days=k) for k in range(14)]
    for day in days:
        iso = day.isoformat()
        wb, result = export(county, "daily_zero_report", "zero_%s.xlsx" % iso,
                            period=Period(day, day, CAMPAIGN))
        got = {r["zone_code"]: r for r in sql(county, "SELECT * FROM patrol_reports WHERE "
                                                      "report_date = ?", (iso,))}
        cases = {}
        for r in sql(county, "SELECT village_code, case_id FROM violations WHERE "
                             "discovered_on = ? ORDER BY case_id", (iso,)):
            cases.setdefault(r["village_code"], []).append(r["case_id"])
        summary = wb["汇总"]
        check_frame(summary, "新城县违法建设巡查零报告汇总", "报告日期: %s" % iso, county)
        missing_here = [v for v in villages if v["zone_code"] not in got]
        assert "未报告 %d 个" % len(missing_here) in summary["A3"].value
        assert "应报告 %d 个" % len(villages) in summary["A3"].value
        for code, name in names.items():
            ws = wb[name]
            headers, rows, _ = table(ws)
            assert headers == ZERO_HEADERS
            mine = [v for v in villages if v["town"] == code]
            assert [r["区划代码"] for r in rows] == [v["zone_code"] for v in mine]
            for k, (row, v) in enumerate(zip(rows, mine)):
                report = got.get(v["zone_code"])
                fill = ws.cell(5 + k, 1).fill.fgColor.rgb
                assert row["乡镇(街道)"] == name and row["村(社区)"] == v["zone_name"]
                ids = cases.get(v["zone_code"])
                assert row["当日发现案件"] == ("、".join(ids) if ids else None)
                if report is None:
                    marked_pairs.add((v["zone_code"], iso))
                    assert row["标记"] == "未报告" and row["是否上报"] == "否"
                    assert row["发现数"] is None and row["上报时间"] is None
                    assert fill == "00" + ledgers.MISSING_FILL
                else:
                    assert row["标记"] != "未报告" and row["是否上报"] == "是"
                    assert fill != "00" + ledgers.MISSING_FILL
                    assert row["发现数"] == report["found_count"]
                    assert isinstance(row["发现数"], int)
                    assert row["上报时间"] == reports.local_datetime(report["reported_at"])
                    assert isinstance(row["上报时间"], datetime.datetime)
                    assert row["巡查发现情况"] == (report["summary"] or "无")
                    assert row["上报人"] == report["reporter"]
            assert ws["A3"].value.startswith("应报告 %d 个" % len(mine))
        _, srows, _ = table(summary)
        assert sum(r["未报告(个)"] for r in srows) == len(missing_here)
        assert sum(r["当日发现案件(件)"] for r in srows) == sum(len(c) for c in cases.values())
    all_missing = {(v["zone_code"], d.isoformat()) for v in villages for d in days} - {
        (r["zone_code"], r["report_date"]) for r in sql(county, "SELECT zone_code, report_date "
                                                                "FROM patrol_reports")}
    assert marked_pairs == all_missing and len(all_missing) == 10


def test_an_old_database_without_patrol_reports_is_refused_clearly(county, tmp_path):
    old = tmp_path / "old.gpkg"
    shutil.copy(county["path"], str(old))
    con = sqlite3.connect(str(old))
    con.execute("DROP TABLE patrol_reports")
    con.close()
    out = tmp_path / "zero.xlsx"
    with pytest.raises(ledgers.ReportError, match="older version"):
        ledgers.export_spreadsheet("daily_zero_report", str(out), str(old), WEEK, None, None,
                                   county["settings"], lang="en")
    assert not out.exists()


# --- cancel and errors ---------------------------------------------------------------------------

@pytest.mark.parametrize("report", ledgers.REPORTS)
@pytest.mark.parametrize("cancel_at", [0, 40])
def test_a_cancel_leaves_no_file(county, stats, tmp_path, report, cancel_at):
    feedback = Recorder(cancel_at=cancel_at if cancel_at else None)
    if not cancel_at:
        feedback.cancel()
    out = tmp_path / ("%s.xlsx" % report)
    with pytest.raises(ledgers.ReportCanceled):
        ledgers.export_spreadsheet(report, str(out), county["path"], WEEK, None, stats["week"],
                                   county["settings"], feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_100(county, stats, tmp_path):
    seen = []

    class Feedback:
        def setProgress(self, value):
            seen.append(value)

        def isCanceled(self):
            return False

    ledgers.export_spreadsheet("case_ledger", str(tmp_path / "p.xlsx"), county["path"],
                               QUARTER, None, stats["quarter"], county["settings"],
                               feedback=Feedback())
    assert seen == sorted(seen) and seen[-1] == 100.0 and len(seen) > 3


def test_refusals_say_what_is_wrong(county, tmp_path, monkeypatch):
    args = (county["path"], WEEK, None, None, county["settings"])
    with pytest.raises(ledgers.ReportError, match="未知的表格报告"):
        ledgers.export_spreadsheet("wall_map", str(tmp_path / "a.xlsx"), *args)
    with pytest.raises(ledgers.ReportError, match=r"\.xlsx"):
        ledgers.export_spreadsheet("case_ledger", str(tmp_path / "a.pdf"), *args, lang="en")
    with pytest.raises(ledgers.ReportError, match="330624999"):
        ledgers.export_spreadsheet("case_ledger", str(tmp_path / "a.xlsx"), county["path"], WEEK,
                                   ["330624999"], None, county["settings"])
    with pytest.raises(ledgers.ReportError, match="township_stats"):
        ledgers.export_spreadsheet("weekly_summary", str(tmp_path / "a.xlsx"), *args)
    with pytest.raises(ledgers.ReportError, match="统计期间有误"):
        ledgers.export_spreadsheet("case_ledger", str(tmp_path / "a.xlsx"), county["path"],
                                   Period(WEEK.end, WEEK.start, CAMPAIGN), None, None, {})
    # a QGIS without openpyxl: how to install it
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(ledgers.ReportError) as err:
        ledgers.export_spreadsheet("case_ledger", str(tmp_path / "a.xlsx"), *args, lang="en")
    assert "pip install openpyxl" in str(err.value) and "python3-openpyxl" in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_sheet_names_are_valid_and_unique():
    names = ledgers.sheet_names(["城关镇", "城关镇", "a/b:c", "x" * 40, "汇总"], ["汇总"])
    assert names == ["城关镇", "城关镇(2)", "a_b_c", "x" * 31, "汇总(2)"]
    assert all(len(n) <= 31 for n in names)


# --- the queries the layouts read --------------------------------------------------------------

def test_photos_events_inspections_and_patrol_reports(county):
    con = report_queries.connect(county["path"])
    try:
        case = county["photo_case"]
        got = report_queries.photos(con, "violations", case, limit=3)
        assert [p["file_name"] for p in got] == ["第一张.png", "现场.png", "拆除后.PNG"]
        assert got[0]["content"].startswith(b"\x89PNG")
        every = report_queries.photos(con, "violations", case, limit=10, with_content=False)
        assert [p["file_name"] for p in every][-1] == "无时间.jpg" and len(every) == 4
        assert "content" not in every[0]
        events = report_queries.case_events(con, case)
        assert events[0]["from_status"] is None and len(events) > 2
        assert [e["event_id"] for e in events] == sorted(e["event_id"] for e in events)
        house = sql(county, "SELECT house_id FROM house_inspections GROUP BY house_id "
                            "ORDER BY count(*) DESC LIMIT 1")[0]["house_id"]
        inspections = report_queries.house_inspections(con, house)
        assert len(inspections) >= 1
        assert isinstance(inspections[0]["inspected_on"], datetime.date)
        day = datetime.date(2025, 6, 30)
        town = townships(county)[0][0]
        mine = report_queries.patrol_reports_of_day(con, day, [town])
        assert mine and all(r["zone_code"].startswith(town) for r in mine)
        assert len(report_queries.patrol_reports_of_day(con, day)) == sql(
            county, "SELECT count(*) AS n FROM patrol_reports WHERE report_date = ?",
            (day.isoformat(),))[0]["n"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("DELETE FROM settings")
    finally:
        con.close()
