"""liangwei:export_report on a small demo county: every report type, read back (PDF
with poppler, XLSX with openpyxl) and checked against liangwei:township_stats run here
for the same period; wrong extensions, unknown zones, mixed databases and a cancel
refused or stopped without leaving a file."""

import datetime
import os
import shutil
import stat

import openpyxl
import pytest
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingException

from liangwei.plugin.core import reports
from liangwei.plugin.reports import layout_texts as T
from liangwei.processing.algorithms.export_report import REPORTS
from lwtest import Recorder
from report_pdf import (MAY, build_county, figure, hazardous_houses, ledger_cases, line_with,
                        pdf_pages, pdf_text, stats_rows, townships)

PDF = ("monthly_bulletin", "case_booklet", "house_booklet", "wall_map")


@pytest.fixture(scope="module", autouse=True)
def chinese():
    """The reports follow QGIS's language: these tests read Chinese ones."""
    from qgis.core import QgsSettings
    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "zh_CN")
    yield
    settings.setValue("locale/userLocale", before)


@pytest.fixture(scope="module")
def county(tmp_path_factory, provider):
    county = build_county(tmp_path_factory.mktemp("export_report"), townships=3, villages=12,
                          violations=200, houses=200, seed=7)
    county["stats"] = stats_rows(county["path"], MAY)
    county["townships"] = townships(county["path"])
    return county


def params(county, report, out, **kw):
    path = county["path"]
    values = {"REPORT": REPORTS.index(report), "VIOLATIONS": path + "|layername=violations",
              "HOUSES": path + "|layername=houses", "ZONES": path + "|layername=zones",
              "PERIOD_START": MAY.start.isoformat(), "PERIOD_END": MAY.end.isoformat(),
              "OUTPUT": str(out)}
    values.update(kw)
    return values


def run(county, report, name=None, feedback=None, **kw):
    import processing
    ext = ".pdf" if report in PDF else ".xlsx"
    out = county["folder"] / (name or report + ext)
    result = processing.run("liangwei:export_report", params(county, report, out, **kw),
                            feedback=feedback or Recorder())
    assert result["OUTPUT"] == str(out) and out.exists()
    return out, result


def refused(county, report, out, match, **kw):
    import processing
    with pytest.raises(QgsProcessingException, match=match):
        processing.run("liangwei:export_report", params(county, report, out, **kw),
                       feedback=Recorder())


def sheet_table(ws):
    """(headers, rows as dicts) of a ledgers sheet: headers on row 4."""
    headers = [c.value for c in ws[4]]
    rows = [dict(zip(headers, values)) for values in ws.iter_rows(min_row=5, values_only=True)]
    return headers, rows


# --- the algorithm ---------------------------------------------------------------------------

def test_the_parameters_are_a_stable_interface(provider):
    alg = QgsApplication.processingRegistry().algorithmById("liangwei:export_report")
    assert alg is not None
    assert [p.name() for p in alg.parameterDefinitions()] == [
        "REPORT", "VIOLATIONS", "HOUSES", "ZONES", "PERIOD_START", "PERIOD_END",
        "ZONE_CODES", "OUTPUT"]
    assert REPORTS == ("monthly_bulletin", "weekly_summary", "daily_zero_report",
                       "case_ledger", "house_ledger", "case_booklet", "house_booklet",
                       "wall_map")
    assert len(alg.parameterDefinition("REPORT").options()) == 8
    for name in ("PERIOD_START", "PERIOD_END", "ZONE_CODES"):
        assert alg.parameterDefinition(name).flags() & alg.parameterDefinition(name).FlagOptional
    output = alg.parameterDefinition("OUTPUT")
    assert "*.pdf" in output.fileFilter() and "*.xlsx" in output.fileFilter()
    assert alg.flags() & QgsProcessingAlgorithm.FlagNoThreading
    assert alg.group() and "township_stats" in alg.shortHelpString()
    assert [o.name() for o in alg.outputDefinitions()] == ["OUTPUT", "PAGES"]


# --- PDF reports ------------------------------------------------------------------------------

def test_the_monthly_bulletin_holds_every_township_and_the_exact_figures(county):
    out, result = run(county, "monthly_bulletin")
    towns = county["townships"]
    assert result["PAGES"] == pdf_pages(str(out)) == len(towns)
    text = pdf_text(str(out))
    for row in county["stats"]:
        assert row["zone_name"] in text
    for page, row in enumerate(county["stats"], 1):
        page_text = pdf_text(str(out), page)
        assert line_with(page_text, row["zone_name"], row["zone_code"])
        for field in T.INDICATOR_ROWS:
            assert line_with(page_text, reports.indicator_label(field, "zh"),
                             figure(field, row[field])), (row["zone_name"], field)


def test_the_wall_maps_have_a_page_per_township(county):
    out, result = run(county, "wall_map")
    assert result["PAGES"] == pdf_pages(str(out)) == len(county["townships"])
    for page, (_code, name) in enumerate(county["townships"], 1):
        assert "%s违法建设挂图作战图" % name in pdf_text(str(out), page)


def test_the_records_have_a_page_per_case_and_per_hazardous_house(county):
    out, result = run(county, "case_booklet")
    cases = ledger_cases(county["path"], MAY)
    assert result["PAGES"] == pdf_pages(str(out)) == len(cases)
    assert "案件编号：%s" % cases[-1] in pdf_text(str(out), len(cases))
    out, result = run(county, "house_booklet")
    houses = hazardous_houses(county["path"])
    assert result["PAGES"] == pdf_pages(str(out)) == len(houses)
    assert "房屋编码：%s" % houses[0] in pdf_text(str(out), 1)


def test_zone_codes_restrict_the_pages(county):
    code, name = county["townships"][-1]
    out, result = run(county, "monthly_bulletin", "one_township.pdf", ZONE_CODES=code)
    assert result["PAGES"] == 1
    assert line_with(pdf_text(str(out)), name, code)
    out, result = run(county, "case_booklet", "cases_of_one.pdf", ZONE_CODES=" %s ," % code)
    assert result["PAGES"] == len(ledger_cases(county["path"], MAY, township=code))
    two = ",".join(c for c, _n in county["townships"][:2])
    out, result = run(county, "wall_map", "two.pdf", ZONE_CODES=two)
    assert result["PAGES"] == 2


# --- spreadsheets ------------------------------------------------------------------------------

def test_the_weekly_summary_reads_back_with_the_township_stats_figures(county):
    out, result = run(county, "weekly_summary")
    assert result["PAGES"] == 0
    wb = openpyxl.load_workbook(str(out))
    headers, rows = sheet_table(wb.worksheets[0])
    code_col = reports.indicator_label("zone_code", "zh")
    by_code = {r[code_col]: r for r in rows if r.get(code_col)}
    assert set(by_code) == {r["zone_code"] for r in county["stats"]}
    for row in county["stats"]:
        cells = by_code[row["zone_code"]]
        for field in ("new_count", "open_cases", "overdue_cases", "rank"):
            assert cells[reports.indicator_label(field, "zh")] == row[field], field
        for field in ("new_area_m2", "demolished_area_m2", "stock_cleared_m2"):
            assert cells[reports.indicator_label(field, "zh")] == pytest.approx(row[field])
        share = cells[reports.indicator_label("quota_done_share", "zh")]
        assert share == pytest.approx(row["quota_done_share"]) if row["quota_done_share"] \
            is not None else share is None


def test_the_case_ledger_lists_the_ledger_cases_with_the_stats_on_its_summary(county):
    out, _result = run(county, "case_ledger")
    wb = openpyxl.load_workbook(str(out))
    cases = ledger_cases(county["path"], MAY)
    listed = []
    for ws in wb.worksheets[1:]:
        headers, rows = sheet_table(ws)
        listed += [r["案件编号"] for r in rows if r.get("案件编号")]
    assert sorted(listed) == sorted(cases)
    headers, rows = sheet_table(wb.worksheets[0])
    stats = {r["zone_code"]: r for r in county["stats"]}
    label = reports.indicator_label("new_count", "zh")
    for r in rows:
        code = r.get(reports.indicator_label("zone_code", "zh"))
        if code in stats:
            assert r[label] == stats[code]["new_count"]


def test_the_house_ledger_and_the_daily_zero_report(county):
    out, _result = run(county, "house_ledger")
    wb = openpyxl.load_workbook(str(out))
    houses = sum(len([r for r in sheet_table(ws)[1] if r.get("房屋编码")])
                 for ws in wb.worksheets[1:])
    assert houses == 200
    out, _result = run(county, "daily_zero_report", PERIOD_START="2025-05-20",
                       PERIOD_END="2025-05-20")
    wb = openpyxl.load_workbook(str(out))
    assert "2025-05-20" in str(wb.worksheets[0]["A2"].value)


@pytest.mark.parametrize("report", ["house_booklet", "house_ledger"])
def test_reports_get_the_permissions_of_a_new_file(county, report):
    """Written to a private temporary file first: the finished report must still be
    readable by the office's group like any new file (umask 022 → rw-r--r--)."""
    old = os.umask(0o022)
    try:
        out, _result = run(county, report, name="perm_" + report + (
            ".pdf" if report in PDF else ".xlsx"))
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(str(out)).st_mode) == 0o644


# --- refusals ----------------------------------------------------------------------------------

def test_a_wrong_extension_is_refused_with_a_clear_message(county):
    folder = county["folder"]
    refused(county, "monthly_bulletin", folder / "bulletin.xlsx",
            r"monthly_bulletin.*\.pdf file.*ends in \.xlsx")
    refused(county, "case_ledger", folder / "ledger.pdf", r"case_ledger.*\.xlsx file")
    refused(county, "wall_map", folder / "wall.docx", r"\.pdf")
    assert not (folder / "bulletin.xlsx").exists() and not (folder / "ledger.pdf").exists()


def test_a_missing_extension_is_added(county):
    import processing
    out = county["folder"] / "no_extension"
    result = processing.run("liangwei:export_report", params(county, "house_ledger", out),
                            feedback=Recorder())
    assert result["OUTPUT"] == str(out) + ".xlsx" and os.path.exists(result["OUTPUT"])


def test_unknown_zones_mixed_databases_and_reversed_periods_are_refused(county, tmp_path):
    out = county["folder"] / "refused.pdf"
    refused(county, "monthly_bulletin", out, "no zones with the codes 330624999",
            ZONE_CODES="330624999")
    other = str(tmp_path / "other.gpkg")
    shutil.copy(county["path"], other)
    refused(county, "monthly_bulletin", out, "not the table houses of the project database",
            HOUSES=other + "|layername=houses")
    refused(county, "monthly_bulletin", out, r"starts \(2025-05-31\) after it ends",
            PERIOD_START="2025-05-31", PERIOD_END="2025-05-01")
    assert not out.exists()


@pytest.mark.parametrize("report", ["monthly_bulletin", "case_ledger"])
def test_a_cancel_leaves_no_file(county, report):
    ext = ".pdf" if report in PDF else ".xlsx"
    out = county["folder"] / ("canceled" + ext)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        import processing
        processing.run("liangwei:export_report", params(county, report, out),
                       feedback=Recorder(cancel_at=20))
    assert not out.exists()
    assert not [f for f in os.listdir(county["folder"]) if f.startswith(".liangwei-report-")]


def test_default_periods_follow_the_report(county, provider):
    from liangwei.processing.algorithms.export_report import ExportReportAlgorithm
    from qgis.core import QgsProcessingContext
    alg = ExportReportAlgorithm()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    today = datetime.date.today()
    for report, start in (("monthly_bulletin", (today.replace(day=1) - datetime.timedelta(
            days=1)).replace(day=1)), ("daily_zero_report", today),
            ("case_ledger", today.replace(day=1))):
        values = params(county, report, county["folder"] / "x", PERIOD_START=None,
                        PERIOD_END=None)
        alg.prepare(values, context, Recorder())
        assert alg._period.start == start, report


def test_qgis_process_writes_the_bulletin(county, tmp_path):
    """From the command line, as a model or a script calls it (the plugin enabled in a
    throwaway profile by scripts/qgis_env.sh)."""
    import subprocess
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    profile = str(tmp_path / "profile")
    code, name = county["townships"][0]
    out = str(tmp_path / "bulletin.pdf")
    path = county["path"]
    run = subprocess.run(
        ["bash", "-c", 'source "$1" && lw_qgis_profile "$2" >/dev/null && '
         'export QGIS_CUSTOM_CONFIG_PATH="$2" && shift 2 && lw_qgis_process "$@"', "qgis_env",
         os.path.join(repo, "scripts", "qgis_env.sh"), profile, "run", "liangwei:export_report",
         "--", "REPORT=0", "VIOLATIONS=%s|layername=violations" % path,
         "HOUSES=%s|layername=houses" % path, "ZONES=%s|layername=zones" % path,
         "PERIOD_START=2025-05-01", "PERIOD_END=2025-05-31", "ZONE_CODES=%s" % code,
         "OUTPUT=%s" % out], capture_output=True, text=True, timeout=240, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "PAGES:\t1" in run.stdout
    assert pdf_pages(out) == 1 and line_with(pdf_text(out), name, code)
