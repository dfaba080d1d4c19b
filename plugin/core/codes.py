"""Every enumeration of the domain, once: stored code, Chinese label, English label.

The stored code is what the database holds (English snake_case, stable, part of the
public interface); the labels are what people read.  The database schema, the
attribute forms, the dialogs and the reports all take their value lists from here.
Plain Python: no Qt or QGIS imports.
"""

from collections import OrderedDict
from typing import NamedTuple


class Code(NamedTuple):
    code: str
    zh: str
    en: str


class Enumeration:
    """An ordered set of codes with their labels."""

    def __init__(self, name, zh, en, items):
        self.name = name
        self.zh = zh
        self.en = en
        self._items = OrderedDict((c.code, c) for c in (Code(*i) for i in items))

    def __iter__(self):
        return iter(self._items.values())

    def __len__(self):
        return len(self._items)

    def __contains__(self, code):
        return code in self._items

    @property
    def codes(self):
        return list(self._items)

    def label(self, code, lang="zh"):
        item = self._items.get(code)
        if item is None:
            return "" if code is None else str(code)
        return item.zh if lang.startswith("zh") else item.en

    def code_for_label(self, text):
        """The code whose code, Chinese or English label is `text` (None when unknown)."""
        if text is None:
            return None
        text = str(text).strip()
        for item in self._items.values():
            if text in (item.code, item.zh, item.en) or text.lower() == item.en.lower():
                return item.code
        return None

    def __repr__(self):
        return "Enumeration(%s: %s)" % (self.name, ", ".join(self.codes))


ZONE_LEVEL = Enumeration("zone_level", "区划级别", "Zone level", [
    ("county", "县", "County"),
    ("township", "乡镇", "Township"),
    ("street", "街道", "Street"),
    ("park", "园区", "Park"),
    ("village", "村", "Village"),
    ("community", "社区", "Community"),
    ("grid", "网格", "Grid"),
])

# Length of the administrative division code of each level (domain.md §1); grids
# extend the 12-digit village code by a 3-digit grid number.
ZONE_CODE_LENGTH = {
    "county": 6, "township": 9, "street": 9, "park": 9,
    "village": 12, "community": 12, "grid": 15,
}
ZONE_CODE_LENGTHS = (6, 9, 12, 15)
TOWNSHIP_LEVELS = ("township", "street", "park")
VILLAGE_LEVELS = ("village", "community")

NO_VIOLATION_STATUS = Enumeration("no_violation_status", "无违建创建", "Violation-free status", [
    ("none", "未创建", "Not started"),
    ("creating", "创建中", "Creating"),
    ("passed", "已通过", "Passed"),
])

PARTY_TYPE = Enumeration("party_type", "当事人类型", "Party type", [
    ("individual", "个人", "Individual"),
    ("enterprise", "企业", "Enterprise"),
    ("cadre", "党员干部", "Party member / official"),
    ("collective", "集体", "Collective"),
    ("unknown", "不明", "Unknown"),
])

LAND_OWNERSHIP = Enumeration("land_ownership", "土地性质", "Land ownership", [
    ("state", "国有", "State-owned"),
    ("collective", "集体", "Collective"),
])

LAND_CLASS = Enumeration("land_class", "地类", "Land class", [
    ("basic_farmland", "永久基本农田", "Permanent basic farmland"),
    ("cultivated", "耕地", "Cultivated land"),
    ("garden", "园地", "Garden land"),
    ("forest", "林地", "Forest land"),
    ("construction", "建设用地", "Construction land"),
    ("water", "水域", "Water"),
    ("unused", "未利用地", "Unused land"),
    ("other", "其他", "Other"),
])

BUILDING_TYPE = Enumeration("building_type", "建筑类型", "Building type", [
    ("house", "住宅", "House"),
    ("rental", "出租房", "Rental housing"),
    ("factory", "厂房", "Factory"),
    ("shop", "商铺", "Shop"),
    ("tin_shed", "铁皮房", "Tin shed"),
    ("temporary", "临时建筑", "Temporary structure"),
    ("storey_addition", "加层", "Added storey"),
    ("billboard", "广告牌", "Billboard"),
    ("wall", "围墙", "Wall"),
    ("other", "其他", "Other"),
])

DISCOVERY_SOURCE = Enumeration("discovery_source", "发现方式", "Discovery source", [
    ("patrol", "巡查", "Patrol"),
    ("report", "举报", "Public report"),
    ("satellite", "卫片比对", "Satellite comparison"),
    ("drone", "无人机", "Drone"),
    ("platform", "数字城管", "Urban-management platform"),
    ("hotline", "12319热线", "Hotline 12319"),
    ("other", "其他", "Other"),
])

STOCK_CLASS = Enumeration("stock_class", "新增/存量", "New or stock", [
    ("new", "新增", "New"),
    ("stock", "历史存量", "Historical stock"),
])

CASE_STATUS = Enumeration("case_status", "案件状态", "Case status", [
    ("clue", "线索", "Clue"),
    ("verified", "核查", "Verified on site"),
    ("filed", "立案", "Filed"),
    ("not_filed", "不予立案", "Not filed"),
    ("investigating", "调查取证", "Collecting evidence"),
    ("notified", "告知", "Notice served"),
    ("decided", "决定", "Decision issued"),
    ("reminded", "催告", "Reminder served"),
    ("announced", "公告", "Public notice"),
    ("self_demolished", "自行拆除", "Demolished by the party"),
    ("forced_demolished", "强制拆除", "Forcibly demolished"),
    ("reused", "拆后利用", "Land reused"),
    ("legalised", "完善手续", "Legalised"),
    ("kept_temporary", "保留临时使用", "Kept for temporary use"),
    ("closed", "结案销号", "Closed"),
])

DECISION_TYPE = Enumeration("decision_type", "决定类型", "Decision type", [
    ("stop_construction", "责令停止建设", "Stop construction"),
    ("demolish", "限期拆除", "Demolish by deadline"),
    ("fine", "罚款", "Fine"),
    ("confiscate", "没收", "Confiscate"),
    ("legalise", "完善手续", "Legalise"),
])

DISPOSAL = Enumeration("disposal", "处置方式", "Disposal", [
    ("demolish", "拆除", "Demolish"),
    ("confiscate", "没收", "Confiscate"),
    ("legalise", "完善手续", "Legalise"),
    ("keep_temporary", "保留临时使用", "Keep for temporary use"),
])

DEMOLITION_MODE = Enumeration("demolition_mode", "拆除方式", "Demolition mode", [
    ("self", "自行拆除", "By the party"),
    ("forced", "强制拆除", "Forced"),
])

POST_USE = Enumeration("post_use", "拆后利用", "Land reuse", [
    ("farmland", "复耕", "Back to farmland"),
    ("green", "绿化", "Green space"),
    ("construction", "建设", "Construction"),
    ("road", "道路", "Road"),
    ("landscape", "景观", "Landscape"),
    ("other", "其他", "Other"),
])

# 六先拆 (seed 002): the six "demolish first" priorities, in the seed's order.
PRIORITY_FLAG = Enumeration("priority_flag", "六先拆", "Demolish-first priorities", [
    ("flag_cadre", "党员干部违建", "Built by party members / officials"),
    ("flag_four_sides", "四边违建", "Along roads, railways, rivers, hills"),
    ("flag_obstructs", "妨碍建设", "Obstructs a planned project"),
    ("flag_unsafe", "影响安全", "Unsafe"),
    ("flag_typical", "突出典型", "Typical / high-profile"),
    ("flag_farmland", "侵占耕地", "On cultivated land"),
])

STRUCTURE = Enumeration("structure", "结构类型", "Structure", [
    ("brick_concrete", "砖混", "Brick-concrete"),
    ("frame", "框架", "Frame"),
    ("brick_wood", "砖木", "Brick-timber"),
    ("earth_wood", "土木", "Earth-timber"),
    ("stone", "石结构", "Stone"),
    ("steel", "钢结构", "Steel"),
    ("other", "其他", "Other"),
])

AREA_TYPE = Enumeration("area_type", "所在区域", "Area type", [
    ("urban_village", "城中村", "Urban village"),
    ("urban_rural_fringe", "城乡结合部", "Urban-rural fringe"),
    ("resettlement", "安置区", "Resettlement area"),
    ("school", "学校周边", "Around a school"),
    ("hospital", "医院周边", "Around a hospital"),
    ("industrial", "工业园区", "Industrial zone"),
    ("market", "集贸市场", "Market"),
    ("town", "城镇", "Town"),
    ("rural", "农村", "Rural"),
    ("other", "其他", "Other"),
])

HOUSE_USE = Enumeration("house_use", "房屋用途", "House use", [
    ("own", "自住", "Own residence"),
    ("business", "经营性", "Business"),
    ("own_business", "自住兼经营", "Residence and business"),
    ("rental", "出租", "Rented out"),
    ("production", "生产", "Production"),
])
BUSINESS_USES = ("business", "own_business", "rental", "production")

BUSINESS_TYPE = Enumeration("business_type", "经营类型", "Business type", [
    ("catering", "餐饮", "Catering"),
    ("lodging", "住宿", "Lodging"),
    ("training", "教育培训", "Education / training"),
    ("elderly_care", "养老", "Elderly care"),
    ("medical", "医疗", "Medical"),
    ("entertainment", "娱乐", "Entertainment"),
    ("retail", "商超零售", "Retail"),
    ("workshop", "加工作坊", "Workshop"),
    ("other", "其他", "Other"),
])

LEGALITY = Enumeration("legality", "合法性", "Legality", [
    ("legal", "合法", "Legal"),
    ("illegal_construction", "违法建设", "Illegal construction"),
    ("illegal_approval", "违法审批", "Illegal approval"),
    ("no_permit", "无许可手续", "No permit"),
])

SCREENING = Enumeration("screening", "隐患初判", "Initial screening", [
    ("serious", "存在严重安全隐患", "Serious hazard"),
    ("some", "存在一定安全隐患", "Some hazard"),
    ("none", "未发现安全隐患", "No hazard found"),
])

APPRAISAL_STATUS = Enumeration("appraisal_status", "鉴定状态", "Appraisal status", [
    ("pending", "待鉴定", "Awaiting appraisal"),
    ("in_progress", "鉴定中", "Being appraised"),
    ("done", "已鉴定", "Appraised"),
])

GRADE = Enumeration("grade", "安全等级", "Safety grade", [
    ("A", "A级", "Grade A"),
    ("B", "B级", "Grade B"),
    ("C", "C级(局部危房)", "Grade C (partly dangerous)"),
    ("D", "D级(整幢危房)", "Grade D (dangerous)"),
])

RECTIFICATION_STATUS = Enumeration("rectification_status", "整治状态", "Rectification status", [
    ("pending", "待整治", "To rectify"),
    ("in_progress", "整治中", "Rectifying"),
    ("done", "已整治", "Rectified"),
    ("closed", "已销号", "Closed"),
])

MEASURE = Enumeration("measure", "整治措施", "Measure", [
    ("stop_use", "停止使用", "Stop use"),
    ("stop_business", "停止经营", "Stop business"),
    ("cordon", "封控警示", "Cordon and warn"),
    ("evacuate", "人员撤离", "Evacuate"),
    ("restrict_use", "限制用途", "Restrict use"),
    ("repair", "维修加固", "Repair and reinforce"),
    ("rebuild", "拆除重建", "Demolish and rebuild"),
])

INSPECTION_KIND = Enumeration("inspection_kind", "检查类型", "Inspection kind", [
    ("patrol", "日常巡查", "Patrol"),
    ("screening", "隐患初判", "Screening"),
    ("appraisal", "安全鉴定", "Appraisal"),
    ("recheck", "复查", "Recheck"),
])

# Member types of JGJ 125-2016 with their weights (domain.md §3).  The foundation
# layer is graded separately; its members also weigh 3.5 in the whole-house ratio.
MEMBER_TYPE = Enumeration("member_type", "构件类型", "Member type", [
    ("foundation", "基础构件", "Foundation member"),
    ("middle_column", "中柱", "Middle column"),
    ("side_column", "边柱", "Side column"),
    ("corner_column", "角柱", "Corner column"),
    ("wall", "墙体", "Wall"),
    ("roof_truss", "屋架", "Roof truss"),
    ("middle_beam", "中间主梁", "Middle main beam"),
    ("side_beam", "边主梁", "Side main beam"),
    ("secondary_beam", "次梁", "Secondary beam"),
    ("slab", "楼(屋)面板", "Slab"),
    ("enclosure", "围护构件", "Enclosure"),
])
MEMBER_WEIGHT = {
    "foundation": 3.5, "middle_column": 3.5, "side_column": 2.7, "corner_column": 1.8,
    "wall": 2.7, "roof_truss": 1.9, "middle_beam": 1.9, "side_beam": 1.4,
    "secondary_beam": 1.0, "slab": 1.0, "enclosure": 1.0,
}

ATTACHMENT_OWNER = Enumeration("attachment_owner", "附件所属", "Attachment owner", [
    ("violations", "案件", "Case"),
    ("case_events", "案件环节", "Case event"),
    ("houses", "房屋", "House"),
    ("house_inspections", "房屋检查", "House inspection"),
])

ALL = [v for v in list(globals().values()) if isinstance(v, Enumeration)]
BY_NAME = {e.name: e for e in ALL}


# Multi-valued fields (business types, measures) are stored as ``{code,code}``: the
# format QGIS's multi-select value-relation widget reads and writes.
def join_multi(values):
    values = [v for v in (values or []) if v not in (None, "")]
    return "{%s}" % ",".join(values) if values else None


def split_multi(text):
    if text in (None, ""):
        return []
    if isinstance(text, (list, tuple)):
        return list(text)
    text = str(text).strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    return [t.strip().strip('"') for t in text.split(",") if t.strip()]
