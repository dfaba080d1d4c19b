"""The one declarative definition of the project database.

Tables, fields, labels, value lists, ranges, references and the rules the database
itself enforces are declared here once; `sqlite_ddl` renders them for a GeoPackage
(and a PostGIS renderer can render the same declarations).  The attribute forms
and the styles read the same declarations, so a field's label, its value list and
the constraint that guards it can never disagree.

Plain Python: no Qt or QGIS imports.
"""

from typing import NamedTuple, Optional, Tuple

from ..core import codes, workflow

# Version of the schema written by this code.  Opening an older database upgrades
# it in place (store/migrations.py).  3: patrol_reports (零报告).
SCHEMA_VERSION = 3

GEOMETRY_COLUMN = "geom"


class Field(NamedTuple):
    name: str
    type: str                      # text integer real boolean date datetime blob
    zh: str
    en: str
    enum: Optional[str] = None     # name of a codes.Enumeration
    multi: bool = False            # comma-separated list of enumeration codes
    required: bool = False
    unique: bool = False
    default: Optional[str] = None  # SQL literal
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    pattern: Optional[str] = None  # one of PATTERNS
    references: Optional[Tuple[str, str]] = None  # (table, field)
    not_future: bool = False       # a date that cannot lie in the future
    computed: bool = False         # filled by the database or the plugin, read-only in forms
    immutable: bool = False        # cannot change once set
    multiline: bool = False

    @property
    def enumeration(self):
        return codes.BY_NAME[self.enum] if self.enum else None


class Table(NamedTuple):
    name: str
    zh: str
    en: str
    fields: Tuple[Field, ...]
    geometry: Optional[str] = None  # MULTIPOLYGON, POINT
    pk: str = "fid"
    checks: Tuple[Tuple[str, str], ...] = ()   # (portable SQL, readable message)
    uniques: Tuple[Tuple[str, ...], ...] = ()
    no_delete: bool = False
    append_only: bool = False       # no UPDATE either
    timestamps: bool = False        # created_at / updated_at kept by the database

    def field(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError("%s has no field %s" % (self.name, name))

    @property
    def field_names(self):
        return [f.name for f in self.fields]


# Value patterns, rendered per backend.
PATTERNS = {
    "zone_code": "a 6, 9, 12 or 15-digit division code",
    "county_code": "a 6-digit county code",
    "case_id": "<county code>-<year>-<6-digit serial>",
    "house_id": "YH + 6-digit county code + 9 digits",
}


def F(name, type_, zh, en, **kw):
    return Field(name, type_, zh, en, **kw)


def _enum(name, enum, zh, en, **kw):
    return F(name, "text", zh, en, enum=enum, **kw)


def _bool(name, zh, en):
    return F(name, "boolean", zh, en, default="0", required=True)


def _area(name, zh, en, **kw):
    return F(name, "real", zh, en, minimum=0, **kw)


_AUDIT = (
    F("created_at", "datetime", "创建时间", "Created at", computed=True),
    F("updated_at", "datetime", "更新时间", "Updated at", computed=True),
    F("updated_by", "text", "更新人", "Updated by"),
)

ZONES = Table(
    "zones", "行政区划", "Zones",
    geometry="MULTIPOLYGON",
    fields=(
        F("zone_code", "text", "区划代码", "Division code", required=True, unique=True,
          pattern="zone_code"),
        F("zone_name", "text", "名称", "Name", required=True),
        _enum("level", "zone_level", "级别", "Level", required=True),
        F("parent_code", "text", "上级代码", "Parent code", pattern="zone_code"),
        _area("annual_quota_m2", "年度拆违任务(m²)", "Annual demolition quota (m²)"),
        _enum("no_violation_status", "no_violation_status", "无违建创建", "Violation-free status",
              required=True, default="'none'"),
        F("responsible", "text", "责任人", "Responsible person"),
        F("phone", "text", "联系电话", "Phone"),
        *_AUDIT,
    ),
    checks=(
        ("parent_code IS NULL OR (length(parent_code) < length(zone_code) AND "
         "substr(zone_code, 1, length(parent_code)) = parent_code)",
         "the parent code must be the beginning of the zone code"),
        ("(level = 'county' AND length(zone_code) = 6) OR "
         "(level IN ('township', 'street', 'park') AND length(zone_code) = 9) OR "
         "(level IN ('village', 'community') AND length(zone_code) = 12) OR "
         "(level = 'grid' AND length(zone_code) = 15)",
         "the level does not match the length of the zone code"),
    ),
    timestamps=True,
)

_FLAG_FIELDS = tuple(_bool(c.code, c.zh, c.en) for c in codes.PRIORITY_FLAG)

VIOLATIONS = Table(
    "violations", "违建图斑", "Violations",
    geometry="MULTIPOLYGON",
    fields=(
        F("case_id", "text", "案件编号", "Case number", unique=True, pattern="case_id",
          computed=True, immutable=True),
        F("patch_no", "text", "图斑编号", "Patch number", unique=True),
        F("batch", "text", "批次", "Batch"),
        F("township_code", "text", "乡镇(街道)", "Township", references=("zones", "zone_code")),
        F("village_code", "text", "村(社区)", "Village", references=("zones", "zone_code")),
        F("address", "text", "地址", "Address"),
        F("party_name", "text", "当事人", "Party"),
        _enum("party_type", "party_type", "当事人类型", "Party type"),
        _enum("land_ownership", "land_ownership", "土地性质", "Land ownership"),
        _enum("land_class", "land_class", "地类", "Land class"),
        _enum("building_type", "building_type", "建筑类型", "Building type"),
        F("floors", "integer", "层数", "Floors", minimum=0, maximum=100),
        _area("area_m2", "占地面积(m²)", "Footprint area (m²)", computed=True),
        _area("building_area_m2", "建筑面积(m²)", "Floor area (m²)"),
        F("discovered_on", "date", "发现日期", "Discovered on", not_future=True),
        F("construction_started_on", "date", "开工日期", "Construction started", not_future=True),
        _enum("discovery_source", "discovery_source", "发现方式", "Discovery source"),
        _enum("stock_class", "stock_class", "新增/存量", "New or stock"),
        *_FLAG_FIELDS,
        F("priority_score", "real", "优先分值", "Priority score", minimum=0, default="0",
          required=True, computed=True),
        _enum("status", "case_status", "案件状态", "Status", required=True, default="'clue'",
              computed=True),
        _enum("disposal", "disposal", "处置方式", "Disposal"),
        F("decision_no", "text", "决定书文号", "Decision number"),
        _enum("decision_type", "decision_type", "决定类型", "Decision type"),
        F("deadline", "date", "限期日期", "Deadline"),
        _area("demolished_area_m2", "拆除面积(m²)", "Demolished area (m²)"),
        F("demolished_on", "date", "拆除日期", "Demolished on", not_future=True),
        _enum("demolition_mode", "demolition_mode", "拆除方式", "Demolition mode"),
        _enum("post_use", "post_use", "拆后利用", "Land reuse"),
        F("reporter", "text", "举报人", "Reporter"),
        F("reward_yuan", "real", "举报奖励(元)", "Reward (yuan)", minimum=0),
        F("remarks", "text", "备注", "Remarks", multiline=True),
        *_AUDIT,
    ),
    checks=(
        ("construction_started_on IS NULL OR discovered_on IS NULL OR "
         "construction_started_on <= discovered_on",
         "construction cannot start after the violation was discovered"),
        ("demolished_on IS NULL OR discovered_on IS NULL OR demolished_on >= discovered_on",
         "a violation cannot be demolished before it was discovered"),
        ("deadline IS NULL OR discovered_on IS NULL OR deadline >= discovered_on",
         "the deadline cannot precede the discovery"),
        ("demolished_area_m2 IS NULL OR building_area_m2 IS NULL OR "
         "demolished_area_m2 <= building_area_m2 * 1.05 + 1",
         "the demolished area exceeds the floor area"),
    ),
    no_delete=True,
    timestamps=True,
)

CASE_EVENTS = Table(
    "case_events", "案件环节", "Case events",
    pk="event_id",
    fields=(
        F("case_id", "text", "案件编号", "Case number", required=True,
          references=("violations", "case_id")),
        F("at", "datetime", "时间", "Time", required=True,
          default="(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
        _enum("from_status", "case_status", "原状态", "From"),
        _enum("to_status", "case_status", "新状态", "To", required=True),
        F("actor", "text", "经办人", "Actor"),
        F("note", "text", "说明", "Note", multiline=True),
    ),
    no_delete=True,
    append_only=True,
)

ATTACHMENTS = Table(
    "attachments", "附件", "Attachments",
    pk="attachment_id",
    fields=(
        _enum("owner_table", "attachment_owner", "所属", "Belongs to", required=True),
        F("owner_id", "text", "所属编号", "Owner id", required=True),
        F("file_name", "text", "文件名", "File name", required=True),
        F("mime_type", "text", "类型", "MIME type"),
        F("size_bytes", "integer", "大小(字节)", "Size (bytes)", minimum=0, computed=True),
        F("content", "blob", "内容", "Content", required=True),
        F("taken_at", "datetime", "拍摄时间", "Taken at"),
        F("added_at", "datetime", "添加时间", "Added at", computed=True,
          default="(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
        F("added_by", "text", "添加人", "Added by"),
        F("note", "text", "说明", "Note"),
    ),
    # Case records are evidence: their attachments are never removed or altered.
    no_delete=True,
    append_only=True,
)

HOUSES = Table(
    "houses", "自建房", "Self-built houses",
    geometry="POINT",
    fields=(
        F("house_id", "text", "房屋编码", "House code", required=True, unique=True,
          pattern="house_id", immutable=True),
        F("address", "text", "地址", "Address"),
        F("owner", "text", "产权人", "Owner"),
        F("township_code", "text", "乡镇(街道)", "Township", references=("zones", "zone_code")),
        F("village_code", "text", "村(社区)", "Village", references=("zones", "zone_code")),
        F("storeys", "integer", "地上层数", "Storeys above ground", minimum=1, maximum=100),
        F("basement_storeys", "integer", "地下层数", "Basement storeys", minimum=0, maximum=10,
          default="0"),
        _area("floor_area_m2", "建筑面积(m²)", "Floor area (m²)"),
        _enum("structure", "structure", "结构类型", "Structure"),
        F("built_year", "integer", "建成年份", "Year built", minimum=1800, not_future=True),
        _enum("land_ownership", "land_ownership", "土地性质", "Land ownership"),
        _enum("area_type", "area_type", "所在区域", "Area type"),
        _enum("use", "house_use", "房屋用途", "Use"),
        _enum("business_types", "business_type", "经营类型", "Business types", multi=True),
        F("occupants", "integer", "居住/使用人数", "Occupants", minimum=0, maximum=100000),
        _bool("alt_add_storey", "加层", "Storey added"),
        _bool("alt_extension", "扩建", "Extended"),
        _bool("alt_structure", "改变结构", "Structure altered"),
        _bool("alt_use_change", "改变用途", "Use changed"),
        _bool("alt_basement", "开挖地下室", "Basement dug"),
        _bool("professional_design", "专业设计", "Professionally designed"),
        _bool("professional_construction", "专业施工", "Professionally built"),
        _enum("legality", "legality", "合法性", "Legality"),
        _enum("screening", "screening", "隐患初判", "Initial screening"),
        _enum("appraisal_status", "appraisal_status", "鉴定状态", "Appraisal status"),
        _enum("appraisal_grade", "grade", "鉴定等级", "Appraised grade"),
        F("appraisal_agency", "text", "鉴定机构", "Appraisal agency"),
        F("appraised_on", "date", "鉴定日期", "Appraised on", not_future=True),
        _enum("rectification_status", "rectification_status", "整治状态", "Rectification status"),
        _enum("measures", "measure", "整治措施", "Measures", multi=True),
        F("plan", "text", "一栋一策", "Rectification plan", multiline=True),
        F("next_inspection_due", "date", "下次检查日期", "Next inspection due"),
        # Written by liangwei:grade_houses (schema 2): the county's own grading beside the
        # appraisal agency's.
        _enum("computed_screening", "screening", "初判结果(计算)", "Screening (computed)",
              computed=True),
        _enum("computed_grade", "grade", "JGJ125等级(计算)", "JGJ 125 grade (computed)",
              computed=True),
        F("grade_mismatch", "boolean", "等级不一致", "Grade mismatch", computed=True),
        F("focus_business", "boolean", "重点:经营性", "Focus: business use", computed=True),
        F("focus_altered", "boolean", "重点:违法改建", "Focus: altered", computed=True),
        F("focus_near_poi", "boolean", "重点:学校医院等周边", "Focus: near schools, hospitals …",
          computed=True),
        _enum("required_measures", "measure", "应采取措施", "Required measures", multi=True,
              computed=True),
        _enum("missing_measures", "measure", "缺少的措施", "Missing measures", multi=True,
              computed=True),
        F("risk_rank", "integer", "风险排名", "Risk rank", minimum=1, computed=True),
        F("graded_on", "date", "计算日期", "Graded on", computed=True),
        F("remarks", "text", "备注", "Remarks", multiline=True),
        *_AUDIT,
    ),
    checks=(
        ("appraisal_grade IS NULL OR appraisal_status = 'done'",
         "an appraisal grade needs the appraisal status 已鉴定"),
        ("appraised_on IS NULL OR appraisal_status IN ('done', 'in_progress')",
         "an appraisal date needs an appraisal in progress or done"),
    ),
    timestamps=True,
)

HOUSE_INSPECTIONS = Table(
    "house_inspections", "房屋检查", "House inspections",
    pk="inspection_id",
    fields=(
        F("house_id", "text", "房屋编码", "House code", required=True,
          references=("houses", "house_id")),
        F("inspected_on", "date", "检查日期", "Inspected on", required=True, not_future=True),
        F("inspector", "text", "检查人", "Inspector"),
        _enum("kind", "inspection_kind", "检查类型", "Kind", required=True),
        F("findings", "text", "检查情况", "Findings", multiline=True),
        _enum("screening", "screening", "隐患初判", "Screening"),
        _bool("collapse_risk", "存在倒塌风险", "Collapse risk"),
        # Ground indicators, JGJ 125-2016 §5 (domain.md §3).
        F("settlement_mm_month", "real", "沉降速率(mm/月)", "Settlement (mm/month)", minimum=0),
        F("settlement_months", "integer", "持续沉降月数", "Months of settlement", minimum=0),
        _bool("settlement_ongoing", "沉降未停止", "Settlement ongoing"),
        F("crack_max_mm", "real", "最大沉降裂缝(mm)", "Widest settlement crack (mm)", minimum=0),
        F("cracks_over_5mm", "integer", "大于5mm裂缝数", "Cracks over 5 mm", minimum=0),
        F("tilt_pct", "real", "倾斜率(%)", "Tilt (%)", minimum=0, maximum=100),
        F("sliding_mm", "real", "滑移量(mm)", "Sliding (mm)", minimum=0),
        _bool("sliding_ongoing", "滑移未停止", "Sliding ongoing"),
        _enum("appraisal_grade", "grade", "鉴定等级", "Appraised grade"),
        F("appraisal_agency", "text", "鉴定机构", "Appraisal agency"),
        _enum("measures_taken", "measure", "已采取措施", "Measures taken", multi=True),
        F("created_at", "datetime", "录入时间", "Entered at", computed=True,
          default="(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
        F("updated_by", "text", "录入人", "Entered by"),
    ),
    checks=(
        ("appraisal_grade IS NULL OR kind IN ('appraisal', 'recheck')",
         "only an appraisal or a recheck gives a grade"),
    ),
    timestamps=False,
)

INSPECTION_MEMBERS = Table(
    "inspection_members", "构件统计", "Member counts",
    pk="member_row_id",
    fields=(
        F("inspection_id", "integer", "检查记录", "Inspection", required=True,
          references=("house_inspections", "inspection_id")),
        F("storey", "integer", "楼层", "Storey", required=True, minimum=-10, maximum=100),
        _enum("member_type", "member_type", "构件类型", "Member type", required=True),
        F("total", "integer", "构件总数", "Members", required=True, minimum=0),
        F("dangerous", "integer", "危险构件数", "Dangerous members", required=True, minimum=0),
    ),
    checks=(
        ("dangerous <= total", "more dangerous members than members"),
        ("(member_type = 'foundation' AND storey = 0) OR (member_type <> 'foundation' AND storey <> 0)",
         "foundation members belong to storey 0, the others to a storey above (1, 2 …) "
         "or below ground (-1, -2 …)"),
    ),
    uniques=(("inspection_id", "storey", "member_type"),),
)

SETTINGS = Table(
    "settings", "设置", "Settings",
    pk="setting_id",
    fields=(
        F("key", "text", "键", "Key", required=True, unique=True, immutable=True),
        F("value_type", "text", "类型", "Type", required=True),
        F("value", "text", "值", "Value"),
        F("updated_at", "datetime", "更新时间", "Updated at", computed=True),
        F("updated_by", "text", "更新人", "Updated by"),
    ),
    checks=(
        ("value_type IN ('text', 'int', 'real', 'date', 'crs')", "unknown setting type"),
        ("key <> 'county_code' OR (length(value) = 6 AND value NOT GLOB '*[^0-9]*')",
         "the county code must have 6 digits"),
    ),
)

WORKFLOW_TRANSITIONS = Table(
    "workflow_transitions", "流程规则", "Workflow rules",
    pk="transition_id",
    fields=(
        _enum("from_status", "case_status", "原状态", "From", required=True),
        _enum("to_status", "case_status", "新状态", "To", required=True),
        _bool("note_required", "需说明理由", "Note required"),
    ),
    uniques=(("from_status", "to_status"),),
)

CODE_LISTS = Table(
    "code_lists", "代码表", "Code lists",
    pk="code_row_id",
    fields=(
        F("list_name", "text", "代码表", "List", required=True),
        F("code", "text", "代码", "Code", required=True),
        F("zh", "text", "中文名称", "Chinese label", required=True),
        F("en", "text", "英文名称", "English label", required=True),
        F("sort_order", "integer", "排序", "Order", required=True, minimum=0),
    ),
    uniques=(("list_name", "code"),),
)

# 零报告 (domain.md §4, seed 001): every village, community or grid reports its patrol
# of the day by 17:00, also when nothing was found.  One row per zone and day; a
# missing row is a zone that did not report.
PATROL_REPORTS = Table(
    "patrol_reports", "巡查零报告", "Patrol reports",
    pk="report_id",
    fields=(
        F("zone_code", "text", "村(社区)/网格", "Village / grid", required=True,
          references=("zones", "zone_code")),
        F("report_date", "date", "报告日期", "Report date", required=True, not_future=True),
        F("reported_at", "datetime", "上报时间", "Reported at", not_future=True),
        F("found_count", "integer", "发现违建数", "Violations found", required=True,
          minimum=0, default="0"),
        F("summary", "text", "发现情况", "What was found", multiline=True),
        F("reporter", "text", "上报人", "Reporter"),
        F("note", "text", "备注", "Note", multiline=True),
        *_AUDIT,
    ),
    checks=(
        ("length(zone_code) IN (12, 15)",
         "a patrol report belongs to a village, community or grid"),
    ),
    uniques=(("zone_code", "report_date"),),
    timestamps=True,
)

TABLES = (ZONES, VIOLATIONS, CASE_EVENTS, ATTACHMENTS, HOUSES, HOUSE_INSPECTIONS,
          INSPECTION_MEMBERS, SETTINGS, WORKFLOW_TRANSITIONS, CODE_LISTS, PATROL_REPORTS)
BY_NAME = {t.name: t for t in TABLES}
# Tables shown as layers in the project, in layer-tree order (top first).
LAYER_TABLES = ("violations", "houses", "zones", "case_events", "house_inspections",
                "inspection_members", "attachments", "patrol_reports")


def table(name):
    return BY_NAME[name]


def workflow_rows():
    """Rows of workflow_transitions, from core.workflow."""
    return [(t.from_status, t.to_status, int(t.note_required)) for t in workflow.TRANSITIONS]


def referencing(table_name, field_name):
    """(table, field) pairs whose values must exist in table_name.field_name."""
    return [(t.name, f.name) for t in TABLES for f in t.fields
            if f.references == (table_name, field_name)]
