"""Project settings with their defaults (domain.md: every "default" is a setting).

They live in the database's `settings` table, so everyone sharing a database shares
them.  This module defines the keys, types, defaults and labels, and converts values.
"""

import datetime
from typing import NamedTuple


class Setting(NamedTuple):
    key: str
    type: str          # text, int, real, date, crs
    default: object
    zh: str
    en: str


SETTINGS = (
    Setting("county_code", "text", None, "县级行政区划代码", "County division code"),
    Setting("county_name", "text", "", "县名称", "County name"),
    Setting("issuing_unit", "text", "", "发文单位", "Issuing unit"),
    Setting("crs", "crs", "EPSG:4490", "坐标参照系", "Coordinate reference system"),
    Setting("cutoff_date", "date", "2014-01-01", "新增/存量分界日期", "New/stock cut-off date"),
    Setting("side_distance_m", "real", 50.0, "四边缓冲距离(米)", "Four-sides buffer (m)"),
    Setting("focus_distance_m", "real", 200.0, "重点区域距离(米)", "Focus-area distance (m)"),
    Setting("duplicate_overlap", "real", 0.5, "重复图斑重叠比例", "Duplicate overlap share"),
    Setting("report_reward_min_yuan", "real", 200.0, "举报奖励下限(元)", "Report reward minimum (yuan)"),
    Setting("report_reward_max_yuan", "real", 500.0, "举报奖励上限(元)", "Report reward maximum (yuan)"),
    Setting("late_discovery_penalty_yuan", "real", 4000.0, "未及时发现扣减(元)", "Late-discovery penalty (yuan)"),
    Setting("late_discovery_next_month_factor", "real", 2.0, "次月发现扣减倍数", "Next-month penalty factor"),
    Setting("discovery_target_hours", "real", 24.0, "发现时限(小时)", "Discovery target (hours)"),
    Setting("county_annual_quota_m2", "real", 157000.0, "全县年度拆违任务(m²)", "County annual quota (m²)"),
    Setting("township_min_quota_m2", "real", 2000.0, "乡镇最低年度任务(m²)", "Township minimum quota (m²)"),
    Setting("first_quarter_share_target", "real", 0.7, "前三个月完成比例", "Share due in first three months"),
    Setting("campaign_start", "date", "2024-01-01", "行动开始日期", "Campaign start"),
    Setting("campaign_end", "date", "2024-09-30", "行动完成日期", "Campaign end"),
    Setting("cycle_business_months", "int", 1, "经营性房屋巡查周期(月)", "Business house patrol cycle (months)"),
    Setting("cycle_old30_or_hazard_months", "int", 12, "30年以上或有隐患检查周期(月)", "Check cycle, >30 years or hazardous (months)"),
    Setting("cycle_old20_months", "int", 36, "20年以上检查周期(月)", "Check cycle, >20 years (months)"),
    Setting("cycle_other_months", "int", 60, "其他房屋检查周期(月)", "Check cycle, other houses (months)"),
    # 六先拆 priority score: the sum of the weights of the flags a case carries.
    Setting("priority_weight_cadre", "real", 30.0, "党员干部违建权重", "Weight: party members / officials"),
    Setting("priority_weight_four_sides", "real", 15.0, "四边违建权重", "Weight: four sides"),
    Setting("priority_weight_obstructs", "real", 15.0, "妨碍建设权重", "Weight: obstructs a project"),
    Setting("priority_weight_unsafe", "real", 25.0, "影响安全权重", "Weight: unsafe"),
    Setting("priority_weight_typical", "real", 10.0, "突出典型权重", "Weight: typical"),
    Setting("priority_weight_farmland", "real", 20.0, "侵占耕地权重", "Weight: on farmland"),
    Setting("prohibited_planning_classes", "text", "禁止建设区,永久基本农田,生态保护红线,禁止建设",
            "禁止建设的规划分区(逗号分隔)", "Prohibited planning classes (comma-separated)"),
    Setting("stale_days", "int", 30, "案件停滞天数", "Days without an event before a case is stale"),
    Setting("schema_version", "int", None, "数据库结构版本", "Schema version"),
)
BY_KEY = {s.key: s for s in SETTINGS}


def to_text(key, value):
    """The text stored in the settings table for a Python value."""
    s = BY_KEY[key]
    if value is None:
        return None
    if s.type == "date":
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.strftime("%Y-%m-%d")
        return datetime.date.fromisoformat(str(value)).isoformat()
    if s.type == "int":
        return str(int(value))
    if s.type == "real":
        return repr(float(value))
    return str(value)


def from_text(key, text):
    """The Python value of a stored setting text."""
    s = BY_KEY.get(key)
    if text is None or s is None:
        return text
    if s.type == "date":
        return datetime.date.fromisoformat(text)
    if s.type == "int":
        return int(text)
    if s.type == "real":
        return float(text)
    return text


def defaults(county_code, crs="EPSG:4490"):
    """Settings rows (key, type, text) for a new database."""
    values = {s.key: s.default for s in SETTINGS}
    values.update(county_code=county_code, crs=crs)
    return [(s.key, s.type, to_text(s.key, values[s.key])) for s in SETTINGS
            if values[s.key] is not None or s.key == "county_code"]


def stock_class(construction_started_on, discovered_on, cutoff):
    """新增 vs 历史存量: a structure started (or, lacking that, found) on or after the
    cut-off date is new.  ISO date strings or dates; None when neither date is known."""
    basis = construction_started_on or discovered_on
    if basis in (None, ""):
        return None
    return "new" if str(basis)[:10] >= str(cutoff)[:10] else "stock"
