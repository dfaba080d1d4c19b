"""What the print layouts of the reports say, and how they write figures.

Plain Python (no Qt or QGIS): the item ids the templates and plugin/reports/layouts.py
share, the bilingual texts of the labels and tables (the templates hold the Chinese
text; an English QGIS gets the English one), and the formatting of every figure, so
that a test can say exactly what the PDF shows.

Figures (`format_value`): counts with thousands separators (1,234); areas and yuan
with one decimal (12,345.6); shares as percentages with one decimal (87.5%); no
value as "—".  Rounding is half up on the value's decimal text (the shortest text
that gives the float back), never the float's binary tail: 0.125 m² → 0.1,
20.25 → 20.3.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from ..core import codes, reports, workflow
from ..core.assessment import OUTPUT_FIELDS
from ..store import schema

KINDS = ("monthly_bulletin", "wall_map", "case_booklet", "house_booklet")
NO_VALUE = "—"

# --- item ids shared by scripts/build_layouts.py and layouts.py ---------------------------
TITLE, SUBTITLE, FOOTER, MAP = "title", "subtitle", "footer", "map"
NORTH_ARROW, SCALE_BAR, LEGEND = "north_arrow", "scale_bar", "legend"
INDICATORS, RANKING, RANKING_TITLE = "indicators", "ranking", "ranking_title"
SUMMARY, CASE_LIST, CASE_LIST_TITLE, CASE_LIST_NOTE = (
    "summary", "case_list", "case_list_title", "case_list_note")
FIELDS, HISTORY, HISTORY_TITLE, PHOTOS_TITLE = "fields", "history", "history_title", \
    "photos_title"
GRADE, SCREENING, MEASURES = "grade", "screening", "measures"
PHOTO_COUNT = 4


def photo_id(k):
    """Item ids of the k-th photo (1–4) and its caption."""
    return "photo_%d" % k, "photo_caption_%d" % k


# Layout variables the plugin sets (the templates hold them empty).
VARIABLES = ("lw_county_name", "lw_issuing_unit", "lw_period_start", "lw_period_end",
             "lw_report_date")

_FOOTER = ("发文单位：[% @lw_issuing_unit %]　　日期：[% @lw_report_date %]　　"
           "第 [% @atlas_featurenumber %] / [% @atlas_totalfeatures %] 页",
           "Issued by [% @lw_issuing_unit %]   Date: [% @lw_report_date %]   "
           "Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]")
_PERIOD = ("统计期间：[% @lw_period_start %] 至 [% @lw_period_end %]",
           "Period: [% @lw_period_start %] to [% @lw_period_end %]")

# Label texts, per layout: item id -> (zh, en).  [% … %] are QGIS expressions.
TEXTS = {
    "monthly_bulletin": {
        TITLE: ("[% @lw_county_name %]两违治理月通报", "[% @lw_county_name %] illegal "
                "construction monthly bulletin"),
        SUBTITLE: ("[% \"zone_name\" %]（[% \"zone_code\" %]）　　" + _PERIOD[0],
                   "[% \"zone_name\" %] ([% \"zone_code\" %])   " + _PERIOD[1]),
        RANKING_TITLE: ("全县乡镇(街道)排名", "Ranking of the townships"),
        FOOTER: _FOOTER,
    },
    "wall_map": {
        TITLE: ("[% \"zone_name\" %]违法建设挂图作战图", "[% \"zone_name\" %] "
                "violation wall map"),
        SUBTITLE: ("[% @lw_county_name %]　　" + _PERIOD[0] + "　　在办案件逐案销号",
                   "[% @lw_county_name %]   " + _PERIOD[1] + "   tick off every open case"),
        CASE_LIST_TITLE: ("在办案件销号清单", "Open cases to tick off"),
        FOOTER: _FOOTER,
    },
    "case_booklet": {
        TITLE: ("[% @lw_county_name %]违法建设案件档案（一案一档）",
                "[% @lw_county_name %] violation case record"),
        SUBTITLE: ("案件编号：[% \"case_id\" %]　　" + _PERIOD[0],
                   "Case [% \"case_id\" %]   " + _PERIOD[1]),
        HISTORY_TITLE: ("办案过程记录", "Case history"),
        PHOTOS_TITLE: ("现场照片", "Photos"),
        FOOTER: _FOOTER,
    },
    "house_booklet": {
        TITLE: ("[% @lw_county_name %]自建房安全档案（一栋一册）",
                "[% @lw_county_name %] self-built house safety record"),
        SUBTITLE: ("房屋编码：[% \"house_id\" %]　　截至 [% @lw_period_end %]",
                   "House [% \"house_id\" %]   as of [% @lw_period_end %]"),
        HISTORY_TITLE: ("检查记录", "Inspections"),
        FOOTER: _FOOTER,
    },
}

LEGEND_TITLES = {
    "monthly_bulletin": ("案件状态", "Case status"),
    "wall_map": ("案件状态", "Case status"),
    "case_booklet": ("案件状态", "Case status"),
    "house_booklet": ("鉴定等级", "Safety grade"),
}

# The indicators of the bulletin's table, in order (fields of township_stats; their
# labels are core.reports.INDICATOR_LABELS, shared with the spreadsheets).
INDICATOR_ROWS = (
    "new_count", "new_area_m2", "found_within_24h_share", "demolished_area_m2",
    "annual_quota_m2", "quota_done_share", "first_three_months_share", "stock_cleared_m2",
    "open_cases", "overdue_cases", "no_violation_eligible", "houses_total",
    "houses_screened", "houses_serious", "houses_some", "grade_a", "grade_b", "grade_c",
    "grade_d", "houses_rectified", "houses_closed", "report_reward_yuan",
    "demolition_reward_yuan", "late_discovery_penalty_yuan", "rank",
)
INDICATOR_HEADERS = (("指标", "Indicator"), ("数值", "Value"))

# Table column widths are those of the text, in mm, without the cell margins (0.7 mm
# on each side).
# The columns of the ranking: (field, width mm).
RANKING_COLUMNS = (
    ("rank", 9), ("zone_name", 34), ("quota_done_share", 19), ("new_count", 17),
    ("new_area_m2", 20), ("found_within_24h_share", 19), ("demolished_area_m2", 20),
    ("open_cases", 18), ("overdue_cases", 18),
)
# At most this many townships in the ranking of a page (the page's own is kept).
RANKING_MAX_ROWS = 30

# The wall map's summary (fields of township_stats).
SUMMARY_ROWS = ("new_count", "new_area_m2", "demolished_area_m2", "quota_done_share",
                "open_cases", "overdue_cases", "rank")
SUMMARY_HEADERS = INDICATOR_HEADERS

# The wall map's list of open cases: (zh, en, width mm).
CASE_LIST_HEADERS = (("销号", "Done", 8), ("编号", "Case", 21), ("村(社区)", "Village", 21),
                     ("状态", "Status", 20), ("限期", "Deadline", 17))
CASE_LIST_MAX_ROWS = 36

# The booklets' history tables: (zh, en, width mm).
EVENT_HEADERS = (("时间", "Time", 28), ("环节", "Step", 34), ("经办人", "Actor", 20),
                 ("说明", "Note", 100))
EVENT_MAX_ROWS = 18
INSPECTION_HEADERS = (("日期", "Date", 19), ("类型", "Kind", 16), ("检查人", "Inspector", 16),
                      ("隐患初判", "Screening", 26), ("鉴定等级", "Grade", 22),
                      ("已采取措施", "Measures taken", 32), ("检查情况", "Findings", 47))
INSPECTION_MAX_ROWS = 20

# The booklets' field tables: pairs of fields side by side, (left, right) per row.
CASE_FIELD_PAIRS = (
    ("case_id", "patch_no"), ("status", "township_name"), ("village_name", "address"),
    ("party_name", "party_type"), ("land_class", "building_type"), ("floors", "area_m2"),
    ("building_area_m2", "discovered_on"), ("construction_started_on", "discovery_source"),
    ("stock_class", "priority_flags"), ("priority_score", "decision_no"),
    ("decision_type", "deadline"), ("demolished_area_m2", "demolished_on"),
    ("demolition_mode", "post_use"), ("remarks", "last_event_on"),
)
HOUSE_FIELD_PAIRS = (
    ("house_id", "owner"), ("township_name", "village_name"), ("address", "use"),
    ("storeys", "basement_storeys"), ("floor_area_m2", "structure"),
    ("built_year", "occupants"), ("business_types", "area_type"),
    ("appraisal_status", "appraisal_agency"), ("appraised_on", "computed_grade"),
    ("grade_mismatch", "rectification_status"), ("next_inspection_due", "risk_rank"),
    ("remarks", "last_inspected_on"),
)
# Labels of the fields that are not columns of a table.
EXTRA_LABELS = {
    "township_name": ("乡镇(街道)", "Township"),
    "village_name": ("村(社区)", "Village"),
    "priority_flags": ("六先拆", "Demolish first"),
    "last_event_on": ("最近办理日期", "Last step on"),
    "last_inspected_on": ("最近检查日期", "Last inspected on"),
}

YES_NO = {True: ("是", "Yes"), False: ("否", "No")}
GRADE_COLOURS = {"A": "#1a9641", "B": "#b8a000", "C": "#e6550d", "D": "#d7191c"}
NO_GRADE_COLOUR = "#555555"

_KIND = dict(OUTPUT_FIELDS)


def pick(pair, lang):
    """The text of a (zh, en) pair for `lang`."""
    return pair[0] if lang == "zh" else pair[1]


def indicator_label(name, lang="zh"):
    """The label of a township_stats field (the township's name column says 乡镇)."""
    if name == "zone_name":
        return pick(("乡镇(街道)", "Township"), lang)
    return reports.indicator_label(name, lang)


def _decimal(value, places):
    """`value` (a float or a Decimal) rounded half up to `places` decimals, from its
    decimal text."""
    if not isinstance(value, Decimal):
        value = Decimal(repr(float(value)))
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_value(name, value, lang="zh"):
    """A figure of township_stats (field `name`) as the layouts print it."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return NO_VALUE
    if name.endswith("_share"):
        return "%s%%" % format(_decimal(Decimal(repr(float(value))) * 100, 1), ",.1f")
    if name == "no_violation_eligible":
        return pick(YES_NO[bool(int(value))], lang)
    if _KIND.get(name) == "int" or isinstance(value, int):
        return format(int(value), ",d")
    if _KIND.get(name) == "text":
        return str(value)
    return format(_decimal(value, 1), ",.1f")


def date_text(value):
    """ISO text of a date (or of the first 10 characters of a text), '' for none."""
    if value is None or value == "":
        return ""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.strftime("%Y-%m-%d")
    return str(value)[:10]


def report_date_text(day, lang="zh"):
    """The issuing date as a bulletin writes it: 2025年6月2日 / 2025-06-02."""
    if lang == "zh":
        return "%d年%d月%d日" % (day.year, day.month, day.day)
    return day.isoformat()


def local_time_text(stamp):
    """A stored UTC timestamp as local (UTC+8) 'YYYY-MM-DD HH:MM'."""
    at = reports.local_datetime(stamp)
    return at.strftime("%Y-%m-%d %H:%M") if at else ""


def _field_label(table, name, lang):
    if name in EXTRA_LABELS:
        return pick(EXTRA_LABELS[name], lang)
    field = schema.table(table).field(name)
    return field.zh if lang == "zh" else field.en


def field_text(table, name, value, lang="zh"):
    """A field value of a case or a house as the booklets print it: code labels,
    multi-valued codes joined with 、, yes/no, dates ISO, numbers like format_value."""
    if name == "priority_flags":
        return "、".join(codes.PRIORITY_FLAG.label(c, lang) for c in value or ()) or NO_VALUE
    if name in EXTRA_LABELS:
        return date_text(value) if name.endswith("_on") else (str(value) if value else "")
    field = schema.table(table).field(name)
    if value is None or value == "":
        return ""
    if field.enum:
        enum = field.enumeration
        if field.multi:
            return "、".join(enum.label(c, lang) for c in codes.split_multi(value))
        return enum.label(value, lang)
    if field.type == "boolean":
        return pick(YES_NO[bool(int(value))], lang)
    if field.type in ("date", "datetime"):
        return date_text(value)
    if field.type == "real":
        return format(_decimal(value, 1), ",.1f")
    if field.type == "integer" and name not in ("built_year",):
        return format(int(value), ",d")
    return str(value)


def field_rows(table, row, pairs, lang="zh"):
    """Rows [label, value, label, value] of a booklet's field table."""
    out = []
    for pair in pairs:
        cells = []
        for name in pair:
            cells += [_field_label(table, name, lang), field_text(table, name, row.get(name), lang)]
        out.append(cells)
    return out


def event_rows(events, lang="zh"):
    """Rows of the case history: local time, step (from → to), actor, note."""
    status = codes.CASE_STATUS
    out = []
    for e in events:
        step = status.label(e.get("to_status"), lang)
        if e.get("from_status"):
            step = "%s → %s" % (status.label(e["from_status"], lang), step)
        out.append([local_time_text(e.get("at")), step, e.get("actor") or "",
                    workflow.event_note(e.get("note"), lang)])
    return out


def inspection_rows(inspections, lang="zh"):
    """Rows of a house's inspection history."""
    out = []
    for i in inspections:
        out.append([
            date_text(i.get("inspected_on")),
            codes.INSPECTION_KIND.label(i.get("kind"), lang) if i.get("kind") else "",
            i.get("inspector") or "",
            codes.SCREENING.label(i.get("screening"), lang) if i.get("screening") else "",
            codes.GRADE.label(i.get("appraisal_grade"), lang) if i.get("appraisal_grade") else "",
            "、".join(codes.MEASURE.label(c, lang) for c in codes.split_multi(
                i.get("measures_taken"))),
            i.get("findings") or "",
        ])
    return out


def clip_rows(rows, limit, lang="zh"):
    """At most `limit` rows: the last ones (the latest), with a first row saying how
    many earlier ones are left out."""
    if len(rows) <= limit:
        return rows
    hidden = len(rows) - (limit - 1)
    width = len(rows[0])
    note = ("（此前另有 %d 条记录）" % hidden) if lang == "zh" else \
        ("(%d earlier records not shown)" % hidden)
    return [[note] + [""] * (width - 1)] + rows[-(limit - 1):]


def photo_caption(photo, lang="zh"):
    """Caption of a photo: its file name, the local day it was taken, its note."""
    at = reports.local_datetime(photo.get("taken_at"))
    parts = [photo.get("file_name") or ""]
    if at:
        parts.append(at.strftime("%Y-%m-%d"))
    if photo.get("note"):
        parts.append(photo["note"])
    return " ".join(p for p in parts if p)


def case_label(case_id):
    """The short number of a case on the wall map: year and serial (2024-000123)."""
    text = str(case_id or "")
    return text.split("-", 1)[1] if text.count("-") >= 2 else text


def hazardous(house):
    """True for a house whose record (一栋一册) is printed: screened with a serious or
    some hazard, or appraised C or D."""
    return house.get("screening") in ("serious", "some") or \
        house.get("appraisal_grade") in ("C", "D")


def grade_text(house, lang="zh"):
    """The grade line of a house record."""
    grade = house.get("appraisal_grade")
    if grade:
        return ("鉴定等级：%s" if lang == "zh" else "Safety grade: %s") % codes.GRADE.label(
            grade, lang)
    status = house.get("appraisal_status")
    state = codes.APPRAISAL_STATUS.label(status, lang) if status else (
        "未鉴定" if lang == "zh" else "not appraised")
    return ("鉴定等级：—（%s）" if lang == "zh" else "Safety grade: — (%s)") % state


def screening_text(house, lang="zh"):
    value = house.get("screening")
    label = codes.SCREENING.label(value, lang) if value else NO_VALUE
    return ("隐患初判：%s" if lang == "zh" else "Screening: %s") % label


def measures_text(house, lang="zh"):
    """Measures taken, still required, and the house's own plan (一栋一策)."""
    def labels(value):
        return "、".join(codes.MEASURE.label(c, lang) for c in codes.split_multi(value)) \
            or NO_VALUE
    plan = (house.get("plan") or "").strip()
    for prefix in ("一栋一策：", "一栋一策:", "一栋一策"):
        if plan.startswith(prefix):          # the plan often names itself
            plan = plan[len(prefix):].strip()
            break
    lines = [("整治措施：%s" if lang == "zh" else "Measures: %s") % labels(house.get("measures")),
             ("缺少的措施：%s" if lang == "zh" else "Missing measures: %s")
             % labels(house.get("missing_measures")),
             ("一栋一策：%s" if lang == "zh" else "Plan (一栋一策): %s") % (plan or NO_VALUE)]
    return "\n".join(lines)
