"""Spreadsheet reports (.xlsx): the case and house ledgers (台账), the weekly summary
(周小结) and the daily zero report (零报告).

One entry point, `export_spreadsheet`, called by liangwei:export_report.  The figures
of the weekly summary, and the township counts on the ledgers' summary sheets, are
the rows of liangwei:township_stats handed in by the caller (`stats_rows`), so a
report and the algorithm never disagree; the rows of the ledgers come from the
database (store/report_queries.py).

Every workbook: row 1 the title, row 2 the period, the issuing unit and the export
date, row 3 what the sheet counts, row 4 the column headers (frozen, with an
auto-filter); a summary sheet first, then one sheet per township.  Dates are Excel
dates, numbers are numbers.  Written with openpyxl in write-only mode (a county's
ledger of 100,000 cases streams through) into a temporary file that replaces
`output_path` only when complete: a failure or a cancel leaves no output.

Texts are this module's own Chinese / English tables (like the schema's labels);
messages of the exceptions are in the language asked for.  No Qt or QGIS imports.
"""

import datetime
import os
import re
import tempfile
import unicodedata
from typing import NamedTuple, Optional, Tuple

from ..core import codes, reports
from ..core.codes import PRIORITY_FLAG, split_multi
from ..store import report_queries, schema
from .files import usual_permissions

REPORTS = ("case_ledger", "house_ledger", "weekly_summary", "daily_zero_report")
HEADER_ROW = 4
# Check for a cancel every so many rows while writing.
CANCEL_EVERY = 200
MAX_WIDTH = 50
NO_TOWNSHIP = "__none__"

# Fills: headers grey, rows that did not report (未报告) red as Excel's "Bad" style.
HEADER_FILL = "D9D9D9"
MISSING_FILL = "FFC7CE"
MISSING_FONT = "9C0006"

FORMATS = {
    "int": "0", "area": "#,##0.00", "real": "0.0", "money": "#,##0.00", "share": "0.0%",
    "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "change_int": "+0;-0;0",
    "change_area": "+#,##0.00;-#,##0.00;0.00", "change_points": "+0.0%;-0.0%;0.0%",
    "change_rank": "+0;-0;0", "year": "0",
}
NUMERIC = {"int", "area", "real", "money", "share", "change_int", "change_area",
           "change_points", "change_rank", "year"}

TEXTS = {
    "summary_sheet": ("汇总", "Summary"),
    "no_township": ("未落乡镇", "No township"),
    "index": ("序号", "No."),
    "township": ("乡镇(街道)", "Township"),
    "village": ("村(社区)", "Village"),
    "grid": ("网格", "Grid"),
    "zone_code": ("区划代码", "Division code"),
    "total": ("合计", "Total"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "period": ("统计期间: {} 至 {}", "Period: {} to {}"),
    "day": ("报告日期: {}", "Report date: {}"),
    "unit": ("发文单位: {}", "Issued by: {}"),
    "exported": ("导出日期: {}", "Exported: {}"),
    "case_ledger": ("{}违法建设案件台账", "{} — ledger of illegal construction cases"),
    "house_ledger": ("{}自建房安全台账", "{} — ledger of self-built house safety"),
    "weekly_summary": ("{}控违拆违工作周小结", "{} — weekly summary of violation control"),
    "daily_zero_report": ("{}违法建设巡查零报告汇总", "{} — daily patrol (zero) reports"),
    "sheet_title": ("{} — {}", "{} — {}"),
    # ledgers
    "cases_in_ledger": ("台账案件(件)", "Cases in the ledger"),
    "houses_in_ledger": ("台账房屋(栋)", "Houses in the ledger"),
    "flags": ("六先拆", "Demolish-first priorities"),
    "last_event_on": ("最近办理日期", "Last step on"),
    "last_inspected_on": ("最近检查日期", "Last inspected on"),
    "inspections_in_period": ("本期检查(次)", "Inspections in the period"),
    "case_note": ("共 {} 件", "{} case(s)"),
    "house_note": ("共 {} 栋", "{} house(s)"),
    "case_summary_note": (
        "台账共 {} 件(期末前发现、期初尚未办结的案件，按案件登记的乡镇)；{}",
        "{} case(s) in the ledger (found by the end of the period and not finished before "
        "it began, by the township entered on the case); {}"),
    "house_summary_note": ("台账共 {} 栋(按登记的乡镇)；{}",
                           "{} house(s) in the ledger (by the township entered); {}"),
    "stats_source": ("考核指标取自 liangwei:township_stats(按图斑所在区划)",
                     "the indicators come from liangwei:township_stats (by location)"),
    "no_stats": ("未附考核指标", "no indicators given"),
    # weekly summary
    "change": ("较上期", "Change"),
    "change_points": ("较上期(百分点)", "Change (points)"),
    "previous_rank": ("上期排名", "Previous rank"),
    "rank_change": ("名次变化", "Places gained"),
    "compared": ("与上期({} 至 {})比较；考核指标取自 liangwei:township_stats",
                 "compared with {} to {}; the indicators come from liangwei:township_stats"),
    "not_compared": ("未提供上期数据，不作比较；考核指标取自 liangwei:township_stats",
                     "no previous period given: no comparison; the indicators come from "
                     "liangwei:township_stats"),
    "week_kind": ("本期情况", "In this period"),
    "found": ("新增", "Found"),
    "demolished": ("拆除", "Demolished"),
    "found_demolished": ("新增并拆除", "Found and demolished"),
    "week_note": ("本期新增 {} 件、拆除 {} 件(按案件登记的乡镇；考核数字见汇总表)",
                  "{} case(s) found and {} demolished in the period (by the township entered "
                  "on the case; the assessed figures are on the summary sheet)"),
    # zero report
    "units": ("应报(个)", "Must report"),
    "reported_count": ("已报(个)", "Reported"),
    "missing_count": ("未报告(个)", "Not reported"),
    "late_count": ("逾时(个)", "Late"),
    "found_count_sum": ("发现违建(处)", "Violations found"),
    "cases_of_day": ("当日发现案件(件)", "Cases found that day"),
    "missing_names": ("未报告单位", "Did not report"),
    "reported": ("是否上报", "Reported"),
    "reported_at": ("上报时间", "Reported at"),
    "found_count": ("发现数", "Found"),
    "case_ids": ("当日发现案件", "Cases found that day"),
    "finding": ("巡查发现情况", "What was found"),
    "reporter": ("上报人", "Reporter"),
    "mark": ("标记", "Mark"),
    "note": ("备注", "Note"),
    "nothing": ("无", "Nothing"),
    "missing": ("未报告", "NOT REPORTED"),
    "late": ("逾时上报", "Late"),
    "zero_note": ("应报告 {} 个，已报告 {} 个，未报告 {} 个，逾时 {} 个；当日发现违建 {} 处，登记案件 {} 件",
                  "{} must report: {} reported, {} did not, {} late; {} violation(s) reported "
                  "found, {} case(s) registered that day"),
    # errors
    "unknown_report": ("未知的表格报告 {}(可选: {})", "unknown spreadsheet report {} (one of {})"),
    "not_xlsx": ("表格报告须保存为 .xlsx 文件: {}", "a spreadsheet report is saved as an .xlsx file: {}"),
    "no_folder": ("文件夹不存在: {}", "the folder {} does not exist"),
    "unknown_zones": ("数据库中没有这些区划代码: {}", "the database has no zones with the codes {}"),
    "bad_period": ("统计期间有误: {}", "wrong period: {}"),
    "no_stats_rows": ("周小结需要考核统计(liangwei:township_stats)的结果",
                      "the weekly summary needs the rows of liangwei:township_stats"),
    "canceled": ("已取消，未生成文件", "canceled: no file was written"),
    "no_openpyxl": (
        "导出表格需要 Python 软件包 openpyxl，当前 QGIS 中没有安装。请安装后重试："
        "Debian/Ubuntu 执行 sudo apt install python3-openpyxl；Windows 在 OSGeo4W Shell "
        "中执行 python -m pip install openpyxl；其他系统在 QGIS 所用的 Python 中执行 "
        "pip install openpyxl。",
        "The spreadsheet reports need the Python package openpyxl, which this QGIS does "
        "not have. Install it and try again: on Debian/Ubuntu `sudo apt install "
        "python3-openpyxl`; on Windows, in the OSGeo4W Shell, `python -m pip install "
        "openpyxl`; elsewhere `pip install openpyxl` for the Python QGIS uses."),
}


class ReportError(Exception):
    """A spreadsheet report cannot be made; the message says why, in the report's
    language."""


class ReportCanceled(ReportError):
    """The user canceled (feedback.isCanceled()); no file was written."""


def _t(key, lang, *args):
    zh, en = TEXTS[key]
    text = zh if lang == "zh" else en
    return text.format(*args) if args else text


def _openpyxl(lang):
    try:
        import openpyxl
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise ReportError(_t("no_openpyxl", lang))
    return openpyxl, WriteOnlyCell, Alignment, Font, PatternFill, get_column_letter


def _cell(WriteOnlyCell, ws, value):
    """A cell holding `value` as data: text without the control characters a workbook
    cannot hold, and never read as a formula (a remark starting with "=")."""
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        cell = WriteOnlyCell(ws, value=value)
        if value.startswith("="):
            cell.data_type = "s"
        return cell
    return WriteOnlyCell(ws, value=value)


# What openpyxl refuses in text (XML 1.0 control characters).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# --- columns ---------------------------------------------------------------------------------------

class Column(NamedTuple):
    key: str
    zh: str
    en: str
    kind: str = "text"      # text, bool, enum, multi, flags, list and the keys of FORMATS
    enum: Optional[str] = None

    def header(self, lang):
        return self.zh if lang == "zh" else self.en


def field_column(table, name, kind=None, key=None):
    """A column showing a schema field, with the field's labels."""
    f = schema.table(table).field(name)
    if kind is None:
        if f.enum:
            kind = "multi" if f.multi else "enum"
        elif f.type == "date":
            kind = "date"
        elif f.type == "datetime":
            kind = "datetime"
        elif f.type == "integer":
            kind = "int"
        elif f.type == "boolean":
            kind = "bool"
        elif f.type == "real":
            kind = "area" if name.endswith("_m2") else "money" if name.endswith("_yuan") \
                else "real"
        else:
            kind = "text"
    return Column(key or name, f.zh, f.en, kind, f.enum)


def text_column(key, kind="text", label=None):
    zh, en = TEXTS[label or key]
    return Column(key, zh, en, kind)


# Cell kinds of the township_stats indicators (the others are counts).
INDICATOR_KINDS = {
    "new_area_m2": "area", "demolished_area_m2": "area", "annual_quota_m2": "area",
    "stock_cleared_m2": "area", "found_within_24h_share": "share",
    "quota_done_share": "share", "first_three_months_share": "share",
    "no_violation_eligible": "bool", "report_reward_yuan": "money",
    "demolition_reward_yuan": "money", "late_discovery_penalty_yuan": "money",
    "zone_name": "text", "zone_code": "text",
}


def indicator_column(name):
    zh, en = reports.INDICATOR_LABELS[name]
    return Column(name, zh, en, INDICATOR_KINDS.get(name, "int"))


def _date_value(value):
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)


def cell_value(column, value, lang):
    """The value a cell holds for a row value: numbers as numbers, dates as dates,
    codes as their labels."""
    value = reports.plain(value)
    kind = column.kind
    if kind == "date":
        return _date_value(value)
    if kind == "datetime":
        if isinstance(value, datetime.datetime):
            return value
        return reports.local_datetime(value) if value is not None else None
    if value is None:
        return None
    if kind == "bool":
        return _t("yes" if value not in (0, "0", False) else "no", lang)
    if kind == "enum":
        return codes.BY_NAME[column.enum].label(value, lang)
    if kind == "multi":
        enum = codes.BY_NAME[column.enum]
        return ("、" if lang == "zh" else ", ").join(enum.label(c, lang) for c in split_multi(value))
    if kind == "flags":
        return ("、" if lang == "zh" else ", ").join(PRIORITY_FLAG.label(c, lang) for c in value)
    if kind == "list":
        return "、".join(str(v) for v in value) if value else None
    if kind in ("int", "change_int", "change_rank", "year"):
        return int(value)
    if kind in NUMERIC:
        return float(value)
    return str(value)


def _display_width(value, kind):
    """Characters the value takes on screen (CJK count double)."""
    if value is None:
        return 0
    if kind == "date":
        return 10
    if kind == "datetime":
        return 16
    if isinstance(value, (int, float)) and kind in FORMATS:
        if kind in ("share", "change_points"):
            text = "%+.1f%%" % (value * 100)
        elif kind in ("area", "money", "change_area"):
            text = "{:+,.2f}".format(value)
        else:
            text = "%+d" % value if isinstance(value, int) else "%+.1f" % value
    else:
        text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


# --- sheets ----------------------------------------------------------------------------------------

class Sheet(NamedTuple):
    name: str
    title: str
    note: str
    columns: Tuple[Column, ...]
    rows: list                       # dicts keyed by column key
    highlight: frozenset = frozenset()   # indexes of rows shown as not reported
    total: Optional[dict] = None     # a bold last row


def sheet_names(wanted, reserved=()):
    """Valid, unique Excel sheet names (≤ 31 characters, none of []:*?/\\)."""
    used = {n.lower() for n in reserved}
    out = []
    for name in wanted:
        clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in (name or "")).strip("' ")
        clean = (clean or "Sheet")[:31]
        candidate, k = clean, 2
        while candidate.lower() in used:
            suffix = "(%d)" % k
            candidate = clean[:31 - len(suffix)] + suffix
            k += 1
        used.add(candidate.lower())
        out.append(candidate)
    return out


class _Progress:
    """Progress and cancel checks against a QgsFeedback-like object (or nothing)."""

    def __init__(self, feedback, lang):
        self.feedback = feedback
        self.lang = lang

    def check(self):
        if self.feedback is not None and self.feedback.isCanceled():
            raise ReportCanceled(_t("canceled", self.lang))

    def set(self, percent):
        if self.feedback is not None:
            self.feedback.setProgress(float(max(0.0, min(100.0, percent))))
        self.check()


def write_workbook(sheets, output_path, info, lang, progress):
    """Write the sheets into output_path (atomically); returns the sheet names used."""
    openpyxl, WriteOnlyCell, Alignment, Font, PatternFill, letter = _openpyxl(lang)
    folder = os.path.dirname(os.path.abspath(output_path))
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", prefix=".liangwei-report-", dir=folder)
    os.close(fd)
    title_font = Font(bold=True, size=14)
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    missing_fill = PatternFill("solid", fgColor=MISSING_FILL)
    missing_font = Font(color=MISSING_FONT)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    names = sheet_names([s.name for s in sheets])
    total_rows = max(1, sum(len(s.rows) for s in sheets))
    done = 0
    wb = None
    try:
        wb = openpyxl.Workbook(write_only=True)
        for sheet, name in zip(sheets, names):
            progress.check()
            ws = wb.create_sheet(name)
            values = [[cell_value(c, r.get(c.key), lang) for c in sheet.columns]
                      for r in sheet.rows]
            total = ([cell_value(c, sheet.total.get(c.key), lang) for c in sheet.columns]
                     if sheet.total else None)
            for i, c in enumerate(sheet.columns):
                width = _display_width(c.header(lang), "text")
                for row in values + ([total] if total else []):
                    width = max(width, _display_width(row[i], c.kind))
                ws.column_dimensions[letter(i + 1)].width = max(6, min(MAX_WIDTH, width + 2))
            ws.freeze_panes = "A%d" % (HEADER_ROW + 1)
            ws.print_title_rows = "%d:%d" % (HEADER_ROW, HEADER_ROW)
            ws.page_setup.orientation = "landscape"
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            cell = _cell(WriteOnlyCell, ws, sheet.title)
            cell.font = title_font
            ws.append([cell])
            ws.append([_cell(WriteOnlyCell, ws, info)])
            ws.append([_cell(WriteOnlyCell, ws, sheet.note)])
            header = []
            for c in sheet.columns:
                cell = WriteOnlyCell(ws, value=c.header(lang))
                cell.font, cell.fill, cell.alignment = header_font, header_fill, wrap
                header.append(cell)
            ws.append(header)
            for index, row in enumerate(values):
                cells = []
                marked = index in sheet.highlight
                for c, v in zip(sheet.columns, row):
                    cell = _cell(WriteOnlyCell, ws, v)
                    if c.kind in FORMATS:
                        cell.number_format = FORMATS[c.kind]
                    if marked:
                        cell.fill, cell.font = missing_fill, missing_font
                    cells.append(cell)
                ws.append(cells)
                done += 1
                if done % CANCEL_EVERY == 0:
                    progress.set(30.0 + 65.0 * done / total_rows)
            if total:
                cells = []
                for c, v in zip(sheet.columns, total):
                    cell = _cell(WriteOnlyCell, ws, v)
                    if c.kind in FORMATS:
                        cell.number_format = FORMATS[c.kind]
                    cell.font = bold
                    cells.append(cell)
                ws.append(cells)
            last = HEADER_ROW + len(values)
            ws.auto_filter.ref = "A%d:%s%d" % (HEADER_ROW, letter(len(sheet.columns)), last)
            progress.set(30.0 + 65.0 * done / total_rows)
        progress.check()
        wb.save(tmp)
        progress.check()
        usual_permissions(tmp)
        os.replace(tmp, output_path)
    except BaseException:
        _discard(wb)
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return names


def _discard(wb):
    """Close and delete the streams of an unsaved write-only workbook (openpyxl keeps
    a temporary file per sheet until it is saved)."""
    for ws in getattr(wb, "worksheets", ()):
        try:
            if not ws.closed:
                ws.close()
            ws._writer.cleanup()
        except Exception:      # already saved or never started: nothing to clean
            pass


# --- helpers for the reports ------------------------------------------------------------------------

def _stats_index(stats_rows):
    return {r["zone_code"]: {k: reports.plain(v) for k, v in r.items()}
            for r in (stats_rows or ()) if r.get("zone_code")}


def _additive(name):
    return name in reports.INDICATOR_LABELS and name not in (
        "zone_code", "zone_name", "found_within_24h_share", "quota_done_share",
        "first_three_months_share", "no_violation_eligible", "rank")


def stats_for(index, code, names):
    """{name: value} of the indicators of township `code`: its own row, else the sum
    of its villages' rows for the additive indicators (None without any)."""
    row = index.get(code)
    if row is not None:
        return {n: row.get(n) for n in names}
    children = [r for c, r in index.items() if code and c != code and c.startswith(code)]
    if not children:
        return {n: None for n in names}
    out = {}
    for n in names:
        vals = [r.get(n) for r in children if r.get(n) is not None]
        out[n] = sum(vals) if vals and _additive(n) else None
    return out


def total_row(rows, columns, lang, label_key):
    """The 合计 row: sums of the numeric, additive columns; shares of the quota done
    weighted by the quotas."""
    out = {label_key: _t("total", lang)}
    for c in columns:
        if c.key in ("_index", label_key) or c.kind not in NUMERIC or c.key == "rank" \
                or c.key.endswith("_change") or c.key == "previous_rank":
            continue
        if c.kind in ("share", "change_points"):
            continue
        vals = [reports.plain(r.get(c.key)) for r in rows]
        vals = [v for v in vals if v is not None]
        out[c.key] = sum(vals) if vals else None
    if any(c.key == "quota_done_share" for c in columns):
        pairs = [(reports.plain(r.get("quota_done_share")), reports.plain(r.get("annual_quota_m2")))
                 for r in rows]
        pairs = [(s, q) for s, q in pairs if s is not None and q]
        if pairs:
            out["quota_done_share"] = sum(s * q for s, q in pairs) / sum(q for _, q in pairs)
    return out


def _numbered(rows):
    for i, r in enumerate(rows, 1):
        r["_index"] = i
    return rows


def _group_by_township(rows, townships, lang):
    """[(code, name, rows)] for every township of the scope (code order), then the
    rows without a township (if any)."""
    groups = {code: [] for code, _ in townships}
    names = dict(townships)
    extra = []
    for r in rows:
        key = r.get("township_key")
        if key in groups:
            groups[key].append(r)
        else:
            extra.append(r)
    out = [(code, names[code], groups[code]) for code, _ in townships]
    if extra:
        out.append((NO_TOWNSHIP, _t("no_township", lang), extra))
    return out


# --- the four reports -------------------------------------------------------------------------------

INDEX = Column("_index", "序号", "No.", "int")


def case_columns():
    v = "violations"
    return (INDEX, field_column(v, "case_id"), field_column(v, "patch_no"),
            field_column(v, "township_code", "text", "township_name"),
            field_column(v, "village_code", "text", "village_name"),
            field_column(v, "address"), field_column(v, "party_name"),
            field_column(v, "party_type"), field_column(v, "land_class"),
            field_column(v, "building_type"), field_column(v, "floors"),
            field_column(v, "area_m2"), field_column(v, "building_area_m2"),
            field_column(v, "discovered_on"), field_column(v, "construction_started_on"),
            field_column(v, "discovery_source"), field_column(v, "stock_class"),
            text_column("priority_flags", "flags", "flags"),
            field_column(v, "priority_score"), field_column(v, "status"),
            field_column(v, "decision_no"), field_column(v, "decision_type"),
            field_column(v, "deadline"), field_column(v, "demolished_area_m2"),
            field_column(v, "demolished_on"), field_column(v, "demolition_mode"),
            field_column(v, "post_use"), text_column("last_event_on", "date"),
            field_column(v, "remarks"))


def house_columns():
    h = "houses"
    return (INDEX, field_column(h, "house_id"),
            field_column(h, "township_code", "text", "township_name"),
            field_column(h, "village_code", "text", "village_name"),
            field_column(h, "address"), field_column(h, "owner"), field_column(h, "storeys"),
            field_column(h, "floor_area_m2"), field_column(h, "structure"),
            field_column(h, "built_year", "year"), field_column(h, "use"),
            field_column(h, "occupants"), field_column(h, "screening"),
            field_column(h, "appraisal_status"), field_column(h, "appraisal_grade"),
            field_column(h, "computed_grade"), field_column(h, "grade_mismatch"),
            field_column(h, "rectification_status"), field_column(h, "measures"),
            field_column(h, "required_measures"), field_column(h, "missing_measures"),
            field_column(h, "next_inspection_due"), field_column(h, "risk_rank"),
            text_column("last_inspected_on", "date"),
            text_column("inspections_in_period", "int"))


CASE_INDICATORS = ("new_count", "new_area_m2", "demolished_area_m2", "stock_cleared_m2",
                   "open_cases", "overdue_cases", "annual_quota_m2", "quota_done_share", "rank")
HOUSE_INDICATORS = ("houses_total", "houses_screened", "houses_serious", "houses_some",
                    "grade_a", "grade_b", "grade_c", "grade_d", "houses_rectified",
                    "houses_closed")


def _ledger(rows, ctx, title_key, columns, count_key, note_key, summary_note_key,
            indicators):
    lang = ctx.lang
    groups = _group_by_township(rows, ctx.townships, lang)
    index = _stats_index(ctx.stats_rows)
    summary_cols = [INDEX, text_column("township_name", "text", "township"),
                    text_column("township_code", "text", "zone_code"),
                    text_column(count_key, "int")]
    if index:
        summary_cols += [indicator_column(n) for n in indicators]
    summary_rows = []
    sheets = []
    for code, name, group in groups:
        row = {"township_name": name, "township_code": code if code != NO_TOWNSHIP else None,
               count_key: len(group)}
        if index and code != NO_TOWNSHIP:
            row.update(stats_for(index, code, indicators))
        summary_rows.append(row)
        sheets.append(Sheet(name, _t("sheet_title", lang, ctx.title(title_key), name),
                            _t(note_key, lang, len(group)), columns, _numbered(group)))
    note = _t(summary_note_key, lang, len(rows),
              _t("stats_source" if index else "no_stats", lang))
    summary = Sheet(_t("summary_sheet", lang), ctx.title(title_key), note,
                    tuple(summary_cols), _numbered(summary_rows),
                    total=total_row(summary_rows, summary_cols, lang, "township_name"))
    return [summary] + sheets


def case_ledger(ctx):
    rows = report_queries.case_ledger_rows(ctx.con, ctx.period, ctx.zone_codes)
    ctx.progress.set(25.0)
    return _ledger(rows, ctx, "case_ledger", case_columns(), "cases_in_ledger", "case_note",
                   "case_summary_note", CASE_INDICATORS)


def house_ledger(ctx):
    rows = report_queries.house_ledger_rows(ctx.con, ctx.period, ctx.zone_codes)
    ctx.progress.set(25.0)
    return _ledger(rows, ctx, "house_ledger", house_columns(), "houses_in_ledger",
                   "house_note", "house_summary_note", HOUSE_INDICATORS)


WEEKLY_INDICATORS = (
    ("new_count", True), ("new_area_m2", True), ("found_within_24h_share", False),
    ("demolished_area_m2", True), ("annual_quota_m2", False), ("quota_done_share", True),
    ("stock_cleared_m2", True), ("open_cases", True), ("overdue_cases", True),
    ("no_violation_eligible", False), ("houses_screened", False), ("houses_serious", False),
    ("grade_c", False), ("grade_d", False), ("houses_rectified", True),
)


def weekly_columns(compared, lang):
    cols = [indicator_column("rank"), text_column("zone_name", "text", "township"),
            text_column("zone_code", "text", "zone_code")]
    for name, with_change in WEEKLY_INDICATORS:
        col = indicator_column(name)
        cols.append(col)
        if compared and with_change:
            kind = {"area": "change_area", "share": "change_points"}.get(col.kind, "change_int")
            zh, en = TEXTS["change_points" if kind == "change_points" else "change"]
            cols.append(Column(name + "_change", zh, en, kind))
    if compared:
        cols.append(text_column("previous_rank", "int"))
        cols.append(text_column("rank_change", "change_rank"))
    return tuple(cols)


def weekly_summary(ctx):
    lang = ctx.lang
    compared = ctx.previous_stats_rows is not None
    rows = reports.weekly_summary_rows(ctx.stats_rows or (), ctx.previous_stats_rows,
                                       ctx.zone_codes)
    previous = _stats_index(ctx.previous_stats_rows)
    for r in rows:
        r["previous_rank"] = (previous.get(r["zone_code"]) or {}).get("rank")
    rows.sort(key=lambda r: (r.get("rank") is None, r.get("rank") or 0, r["zone_code"]))
    columns = weekly_columns(compared, lang)
    if compared:
        before = reports.previous_period(ctx.period)
        if ctx.previous_period is not None:
            before = ctx.previous_period
        note = _t("compared", lang, before.start, before.end)
    else:
        note = _t("not_compared", lang)
    summary = Sheet(_t("summary_sheet", lang), ctx.title("weekly_summary"), note, columns,
                    rows, total=total_row(rows, columns, lang, "zone_name"))
    cases = report_queries.cases_of_period(ctx.con, ctx.period, ctx.zone_codes)
    ctx.progress.set(25.0)
    for r in cases:
        r["week_kind"] = _t("found_demolished" if r["found_in_period"] and
                            r["demolished_in_period"] else
                            "found" if r["found_in_period"] else "demolished", lang)
    v = "violations"
    case_cols = (INDEX, text_column("week_kind"), field_column(v, "case_id"),
                 field_column(v, "village_code", "text", "village_name"),
                 field_column(v, "address"), field_column(v, "party_name"),
                 field_column(v, "building_type"), field_column(v, "area_m2"),
                 field_column(v, "building_area_m2"), field_column(v, "discovered_on"),
                 field_column(v, "stock_class"), field_column(v, "status"),
                 field_column(v, "demolished_area_m2"), field_column(v, "demolished_on"),
                 field_column(v, "demolition_mode"))
    sheets = [summary]
    for code, name, group in _group_by_township(cases, ctx.townships, lang):
        found = sum(1 for r in group if r["found_in_period"])
        demolished = sum(1 for r in group if r["demolished_in_period"])
        sheets.append(Sheet(name, _t("sheet_title", lang, ctx.title("weekly_summary"), name),
                            _t("week_note", lang, found, demolished), case_cols,
                            _numbered(group)))
    return sheets


def zero_report_columns():
    return (INDEX, text_column("township_name", "text", "township"),
            text_column("village_name", "text", "village"),
            text_column("grid_name", "text", "grid"),
            text_column("zone_code"), text_column("reported"),
            text_column("reported_at", "datetime"), text_column("found_count", "int"),
            text_column("case_ids", "list"), text_column("finding"),
            text_column("reporter"), text_column("mark"), text_column("note"))


def _zero_note(count, lang):
    return _t("zero_note", lang, count.units, count.reported, count.missing, count.late,
              count.found, count.cases)


def daily_zero_report(ctx):
    lang = ctx.lang
    day = ctx.period.end
    zones = report_queries.zones(ctx.con)
    reported = report_queries.patrol_reports_of_day(ctx.con, day, ctx.zone_codes)
    cases = report_queries.cases_discovered_on(ctx.con, day, ctx.zone_codes)
    rows = reports.zero_report_rows(day, zones, reported, cases, ctx.zone_codes)
    ctx.progress.set(25.0)
    counts = reports.zero_report_counts(rows)
    columns = zero_report_columns()
    by_township = {}
    for r in rows:
        by_township.setdefault(r.township_code, []).append(r)
    summary_cols = (INDEX, text_column("township_name", "text", "township"),
                    text_column("township_code", "text", "zone_code"),
                    text_column("units", "int"), text_column("reported_count", "int"),
                    text_column("missing_count", "int"), text_column("late_count", "int"),
                    text_column("found_count_sum", "int"), text_column("cases_of_day", "int"),
                    text_column("missing_names"))
    summary_rows, highlight_summary, sheets = [], set(), []
    county_count = counts[-1]
    for k, count in enumerate(counts[:-1]):
        summary_rows.append({"township_name": count.township_name,
                             "township_code": count.township_code, "units": count.units,
                             "reported_count": count.reported, "missing_count": count.missing,
                             "late_count": count.late, "found_count_sum": count.found,
                             "cases_of_day": count.cases,
                             "missing_names": "、".join(count.missing_names)})
        if count.missing:
            highlight_summary.add(k)
        group = by_township[count.township_code]
        sheet_rows = []
        highlight = set()
        for i, r in enumerate(group):
            mark = _t("missing", lang) if r.missing else _t("late", lang) if r.late else ""
            if r.missing:
                highlight.add(i)
            sheet_rows.append({
                "township_name": r.township_name, "village_name": r.village_name,
                "grid_name": r.grid_name, "zone_code": r.zone_code,
                "reported": _t("yes" if r.reported else "no", lang),
                "reported_at": r.reported_at, "found_count": r.found_count,
                "case_ids": r.case_ids,
                "finding": reports.finding_text(r, _t("nothing", lang), lang),
                "reporter": r.reporter, "mark": mark, "note": r.note})
        name = count.township_name or count.township_code or _t("no_township", lang)
        sheets.append(Sheet(name, _t("sheet_title", lang, ctx.title("daily_zero_report"), name),
                            _zero_note(count, lang), columns, _numbered(sheet_rows),
                            frozenset(highlight)))
    summary = Sheet(_t("summary_sheet", lang), ctx.title("daily_zero_report"),
                    _zero_note(county_count, lang), summary_cols, _numbered(summary_rows),
                    frozenset(highlight_summary),
                    total=dict(total_row(summary_rows, summary_cols, lang, "township_name"),
                               missing_names="、".join(county_count.missing_names)))
    return [summary] + sheets


BUILDERS = {"case_ledger": case_ledger, "house_ledger": house_ledger,
            "weekly_summary": weekly_summary, "daily_zero_report": daily_zero_report}


class _Context:
    def __init__(self, con, period, zone_codes, stats_rows, settings, lang, progress,
                 previous_stats_rows, previous_period):
        self.con, self.period, self.zone_codes = con, period, zone_codes
        self.stats_rows, self.settings, self.lang = stats_rows, settings, lang
        self.progress = progress
        self.previous_stats_rows = previous_stats_rows
        self.previous_period = previous_period
        self.townships = report_queries.townships(con, zone_codes)
        self.county = (settings.get("county_name") or settings.get("county_code") or "")

    def title(self, key):
        return _t(key, self.lang, self.county)


def info_line(report, period, settings, lang, today):
    """Row 2: the period (the day of a daily report), the issuing unit, the export date."""
    when = (_t("day", lang, period.end) if report == "daily_zero_report"
            else _t("period", lang, period.start, period.end))
    parts = [when]
    unit = settings.get("issuing_unit")
    if unit:
        parts.append(_t("unit", lang, unit))
    parts.append(_t("exported", lang, today))
    return "   ".join(parts)


def export_spreadsheet(report, output_path, db_path, period, zone_codes, stats_rows, settings,
                       feedback=None, lang="zh", previous_stats_rows=None,
                       previous_period=None, today=None):
    """Write one spreadsheet report to `output_path` (.xlsx); returns a summary dict
    {"path", "report", "sheets": [sheet names], "rows": {sheet name: data rows}}.

    report: one of REPORTS.  db_path: the project database (read only).  period:
    assessment.Period (start, end, campaign_start); the daily zero report is the one
    of period.end.  zone_codes: township / village codes limiting the report (empty:
    the whole county).  stats_rows: the rows of liangwei:township_stats for the period
    (dicts keyed by its field names, one per zone): the weekly summary's figures and
    the ledgers' summary-sheet indicators; previous_stats_rows (weekly summary): the
    same for the period before (reports.previous_period(period), or previous_period)
    to show the changes — without them the changes are left out.  settings: the
    database's settings (county_name, issuing_unit …).  feedback: QgsFeedback-like
    (setProgress(float), isCanceled()), or None.  lang: "zh" or "en" (headers,
    labels and messages).  today: the export date shown (default: today).

    Raises ReportCanceled on a cancel and ReportError on a problem, leaving no file.
    """
    lang = "zh" if str(lang).lower().startswith("zh") else "en"
    if report not in BUILDERS:
        raise ReportError(_t("unknown_report", lang, report, ", ".join(REPORTS)))
    output_path = os.path.abspath(str(output_path))
    if not output_path.lower().endswith(".xlsx"):
        raise ReportError(_t("not_xlsx", lang, output_path))
    if not os.path.isdir(os.path.dirname(output_path)):
        raise ReportError(_t("no_folder", lang, os.path.dirname(output_path)))
    if period.start > period.end:
        raise ReportError(_t("bad_period", lang, "%s > %s" % (period.start, period.end)))
    if report == "weekly_summary" and not stats_rows:
        raise ReportError(_t("no_stats_rows", lang))
    _openpyxl(lang)       # fail early, before reading anything
    progress = _Progress(feedback, lang)
    progress.set(0.0)
    settings = dict(settings or {})
    con = report_queries.connect(db_path)
    try:
        unknown = report_queries.check_zone_codes(con, zone_codes)
        if unknown:
            raise ReportError(_t("unknown_zones", lang, ", ".join(unknown)))
        ctx = _Context(con, period, zone_codes, stats_rows, settings, lang, progress,
                       previous_stats_rows, previous_period)
        try:
            sheets = BUILDERS[report](ctx)
        except report_queries.ReportDataError as e:
            raise ReportError(str(e))
    finally:
        con.close()
    progress.set(30.0)
    info = info_line(report, period, settings, lang, today or datetime.date.today())
    names = write_workbook(sheets, output_path, info, lang, progress)
    progress.set(100.0)
    return {"path": output_path, "report": report, "sheets": names,
            "rows": {n: len(s.rows) for n, s in zip(names, sheets)}}
