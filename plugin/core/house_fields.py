"""Field mapping of self-built house surveys (自建房排查, domain.md §3) to the houses table.

The national self-built house survey system exports one row per house with Chinese
column headers (房屋编码, 详细地址, 地上层数, 结构类型, 建成年代, 隐患初判 …) and the
location as 经度/纬度.  This module knows those headers and their common English and
pinyin variants (the preset), reads a user's mapping, and turns the values people write
in such forms into what the database stores:

- labels of the code lists (codes.*) in Chinese or English, with the usual variants
  (砖混结构 → brick_concrete, 集体土地 → collective, C级 → C, 严重隐患 → serious …);
- yes/no as 是/否, 1/0, Y/N, 有/无, √/×;
- multi-valued fields (经营类型, 整治措施) split on 、，,;； and stored with
  codes.join_multi;
- storeys, areas and head counts with their units (3层, 三层, 120.5㎡, 12人);
- years as 1998, 1998年, 1998-05-01 or a decade: 1990年代, 90年代, 八十年代 give the first
  year of the decade (1990, 1990, 1980), the earliest the house can have been built;
- dates in the formats of patch_fields.parse_date (2024-03-15, 2024年3月15日, Excel days).

Impossible values (0 storeys, a negative area, a year or date in the future, an unknown
label) raise MappingError naming the column, so that a caller can reject that one row
before the database would refuse the whole import.

Plain Python: no Qt or QGIS imports.  Messages are English templates marked with
``tr()`` and carried by MappingError (see patch_fields).
"""

import datetime
import re
from typing import NamedTuple, Optional

from . import codes
from .case_ids import county_of_house, is_house_id
from . import patch_fields
from .patch_fields import MappingError, parse_date
from .zones import normalise_code


def tr(text):
    """Marks a message template for translation; the caller translates it."""
    return text


class Target(NamedTuple):
    name: str
    kind: str        # text integer storeys basements area year boolean enum multi date hint alterations
    zh: str
    en: str
    enum: Optional[str] = None      # name of a codes.Enumeration (enum and multi)
    minimum: Optional[float] = None
    maximum: Optional[float] = None

    @property
    def enumeration(self):
        return codes.BY_NAME[self.enum] if self.enum else None


def _t(name, kind, zh, en, enum=None, minimum=None, maximum=None):
    return Target(name, kind, zh, en, enum, minimum, maximum)


# The houses fields an import fills (the others are computed by grade_houses, kept by the
# database, or decided by the zones), plus the hints and the combined alterations column.
TARGETS = {t.name: t for t in (
    _t("house_id", "text", "房屋编码", "House code"),
    _t("address", "text", "地址", "Address"),
    _t("owner", "text", "产权人", "Owner"),
    _t("township_code", "hint", "乡镇(街道)代码", "Township code"),
    _t("village_code", "hint", "村(社区)代码", "Village code"),
    _t("storeys", "integer", "地上层数", "Storeys above ground", minimum=1, maximum=100),
    _t("basement_storeys", "integer", "地下层数", "Basement storeys", minimum=0, maximum=10),
    _t("floor_area_m2", "area", "建筑面积(m²)", "Floor area (m²)"),
    _t("structure", "enum", "结构类型", "Structure", "structure"),
    _t("built_year", "year", "建成年份", "Year built"),
    _t("land_ownership", "enum", "土地性质", "Land ownership", "land_ownership"),
    _t("area_type", "enum", "所在区域", "Area type", "area_type"),
    _t("use", "enum", "房屋用途", "Use", "house_use"),
    _t("business_types", "multi", "经营类型", "Business types", "business_type"),
    _t("occupants", "integer", "居住/使用人数", "Occupants", minimum=0, maximum=100000),
    _t("alt_add_storey", "boolean", "加层", "Storey added"),
    _t("alt_extension", "boolean", "扩建", "Extended"),
    _t("alt_structure", "boolean", "改变结构", "Structure altered"),
    _t("alt_use_change", "boolean", "改变用途", "Use changed"),
    _t("alt_basement", "boolean", "开挖地下室", "Basement dug"),
    _t("alterations", "alterations", "改扩建情况", "Alterations"),
    _t("professional_design", "boolean", "专业设计", "Professionally designed"),
    _t("professional_construction", "boolean", "专业施工", "Professionally built"),
    _t("legality", "enum", "合法性", "Legality", "legality"),
    _t("screening", "enum", "隐患初判", "Initial screening", "screening"),
    _t("appraisal_status", "enum", "鉴定状态", "Appraisal status", "appraisal_status"),
    _t("appraisal_grade", "enum", "鉴定等级", "Appraised grade", "grade"),
    _t("appraisal_agency", "text", "鉴定机构", "Appraisal agency"),
    _t("appraised_on", "date", "鉴定日期", "Appraised on"),
    _t("rectification_status", "enum", "整治状态", "Rectification status",
       "rectification_status"),
    _t("measures", "multi", "整治措施", "Measures", "measure"),
    _t("plan", "text", "一栋一策", "Rectification plan"),
    _t("remarks", "text", "备注", "Remarks"),
)}

# Fields of the houses table that an import cannot fill, and why.
_COMPUTED = tr("liangwei:grade_houses computes it")
WHY_NOT = {
    "next_inspection_due": _COMPUTED,
    "computed_screening": _COMPUTED, "computed_grade": _COMPUTED, "grade_mismatch": _COMPUTED,
    "focus_business": _COMPUTED, "focus_altered": _COMPUTED, "focus_near_poi": _COMPUTED,
    "required_measures": _COMPUTED, "missing_measures": _COMPUTED, "risk_rank": _COMPUTED,
    "graded_on": _COMPUTED,
    "created_at": tr("the database keeps it"), "updated_at": tr("the database keeps it"),
    "updated_by": tr("the import writes the name of the QGIS user"),
}

# Combined alterations column (改扩建情况: 加层、开挖地下室) → the alt_ flags.
ALTERATION_LABELS = (
    ("alt_add_storey", ("加层", "加盖", "增层", "storey added", "add storey")),
    ("alt_extension", ("扩建", "extension", "extended")),
    ("alt_structure", ("改变主体结构", "改变结构", "改变承重结构", "structure altered")),
    ("alt_use_change", ("改变用途", "改变使用功能", "改变房屋用途", "use changed")),
    ("alt_basement", ("开挖地下室", "开挖地下空间", "挖地下室", "basement dug")),
)
ALTERATION_FIELDS = tuple(name for name, _ in ALTERATION_LABELS)
_NO_ALTERATION = {"无", "否", "没有", "未改扩建", "none", "no", "0"}

# The preset: headers of the national form and their common variants, in order of
# preference per target.  Headers match ignoring case, spaces, a leading or trailing *
# (required marks), full-width brackets and a trailing unit in brackets (建筑面积(㎡)).
PRESET = (
    (("房屋编码", "房屋编号", "房屋代码", "house_id", "house_code", "fwbm"), "house_id"),
    (("详细地址", "房屋地址", "地址", "address", "xxdz", "fwdz"), "address"),
    (("产权人", "户主姓名", "产权人姓名", "户主", "房屋产权人", "owner", "cqr", "hzxm"), "owner"),
    (("所在乡镇(街道)代码", "乡镇(街道)代码", "所在乡镇代码", "乡镇代码", "街道代码",
      "township_code", "xzdm"), "township_code"),
    (("所在村(社区)代码", "村(社区)代码", "所在村代码", "村代码", "社区代码", "village_code",
      "cdm"), "village_code"),
    (("地上层数", "房屋层数", "层数", "storeys", "floors", "dscs"), "storeys"),
    (("地下层数", "basement_storeys", "basements", "dxcs"), "basement_storeys"),
    (("建筑面积", "floor_area_m2", "floor_area", "jzmj"), "floor_area_m2"),
    (("结构类型", "房屋结构", "结构", "structure", "jglx"), "structure"),
    (("建成年代", "建成年份", "建造年代", "建造年份", "建成时间", "built_year", "year_built",
      "jcnd"), "built_year"),
    (("土地性质", "land_ownership", "tdxz"), "land_ownership"),
    (("所在区域", "区域类型", "area_type", "szqy"), "area_type"),
    (("房屋用途", "用途", "use", "fwyt"), "use"),
    (("经营类型", "经营业态", "business_types", "jylx"), "business_types"),
    (("居住人数", "使用人数", "居住/使用人数", "居住(使用)人数", "occupants", "jzrs"),
     "occupants"),
    (("是否加层", "alt_add_storey", "sfjc"), "alt_add_storey"),
    (("是否扩建", "alt_extension", "sfkj"), "alt_extension"),
    (("是否改变主体结构", "是否改变结构", "是否改变承重结构", "alt_structure"), "alt_structure"),
    (("是否改变用途", "是否改变使用功能", "alt_use_change"), "alt_use_change"),
    (("是否开挖地下室", "是否开挖地下空间", "alt_basement"), "alt_basement"),
    (("改扩建情况", "改建情况", "违规改扩建情况", "alterations"), "alterations"),
    (("是否经过专业设计", "是否专业设计", "专业设计", "professional_design"),
     "professional_design"),
    (("是否由专业施工", "是否专业施工", "是否由专业施工队伍施工", "专业施工",
      "professional_construction"), "professional_construction"),
    (("合法性", "合法性情况", "legality"), "legality"),
    (("隐患初判", "初判结果", "安全隐患初判", "screening"), "screening"),
    (("鉴定状态", "appraisal_status"), "appraisal_status"),
    (("鉴定等级", "鉴定结论", "安全鉴定等级", "appraisal_grade"), "appraisal_grade"),
    (("鉴定机构", "鉴定单位", "appraisal_agency"), "appraisal_agency"),
    (("鉴定日期", "鉴定时间", "appraised_on"), "appraised_on"),
    (("整治状态", "整治情况", "rectification_status"), "rectification_status"),
    (("整治措施", "measures"), "measures"),
    (("一栋一策", "整治方案", "plan"), "plan"),
    (("备注", "remarks", "bz"), "remarks"),
)

# Coordinate columns, in order of preference.
LON_NAMES = ("经度", "longitude", "lon", "lng", "long", "jd", "x")
LAT_NAMES = ("纬度", "latitude", "lat", "wd", "y")


# --- headers and mappings --------------------------------------------------------------

def normalise_header(name):
    """A header for matching: lower case, no spaces or * marks, half-width brackets."""
    text = str(name).strip().replace("（", "(").replace("）", ")").replace("＊", "*")
    text = re.sub(r"\s+", "", text).strip("*").lower()
    return text


def _header_keys(name):
    key = normalise_header(name)
    keys = [key]
    stripped = re.sub(r"\([^()]*\)$", "", key)     # a trailing unit: 建筑面积(㎡)
    if stripped and stripped != key:
        keys.append(stripped)
    return keys


def _lookup(field_names):
    """{normalised header: field name}; the first of equal headers wins."""
    out = {}
    for name in field_names:
        for key in _header_keys(name):
            out.setdefault(key, name)
    return out


def preset(field_names):
    """[(source, target)] of the preset for the fields present."""
    by_key = _lookup(field_names)
    out, used = [], set()
    for sources, target in PRESET:
        for s in sources:
            actual = by_key.get(normalise_header(s))
            if actual is not None and actual not in used:
                out.append((actual, target))
                used.add(actual)
                break
    return out


def detect_coordinates(field_names):
    """(longitude field, latitude field) among `field_names` by the usual names (经度/纬度,
    longitude/latitude, lon/lat, x/y); None for a coordinate not found."""
    by_key = _lookup(field_names)
    lon = next((by_key[n] for n in LON_NAMES if n in by_key), None)
    lat = next((by_key[n] for n in LAT_NAMES if n in by_key), None)
    return lon, lat


def target_names():
    return list(TARGETS)


def find_target(text):
    key = str(text).strip()
    low = key.lower()
    for t in TARGETS.values():
        if low in (t.name, t.en.lower()) or key == t.zh:
            return t
    return None


def check_target(text, house_fields=()):
    """The Target named `text`, or MappingError saying why it cannot be imported;
    `house_fields` are the names of the houses table's fields."""
    t = find_target(text)
    if t is not None:
        return t
    name = str(text).strip()
    if name.lower() in WHY_NOT or name.lower() in house_fields:
        why = WHY_NOT.get(name.lower(), tr("it is not filled by an import"))
        raise MappingError(tr("“{}” cannot be filled by an import: {}."), name, MappingError(why))
    raise MappingError(tr("“{}” is not a house field that can be imported. Use one of: {}."),
                       name, ", ".join(target_names()))


def parse_field_map(text):
    """[(source, target text)] from ``房屋编码:house_id;地上层数:storeys`` (entries separated
    by ; ， , or new lines, ``:``, ``=`` or ``->`` between the names; Chinese ；：
    too) or a JSON object ``{"房屋编码": "house_id"}``.  Empty text gives []."""
    return patch_fields.parse_field_map(text, example="房屋编码:house_id", full_width=True)


class FieldMap(NamedTuple):
    pairs: tuple    # ((source field as named in the input, Target), …)

    def source_of(self, target):
        for s, t in self.pairs:
            if t.name == target:
                return s
        return None

    def targets(self):
        return [t.name for _, t in self.pairs]


def resolve(text, field_names, house_fields=()):
    """The FieldMap of a FIELD_MAP text for an input with `field_names`; the preset when
    the text is empty.  Source names match like the preset's headers."""
    pairs = parse_field_map(text) or preset(field_names)
    by_key = _lookup(field_names)
    out, seen = [], {}
    for source, target_text in pairs:
        actual = source if source in field_names else by_key.get(normalise_header(source))
        if actual is None:
            raise MappingError(tr("The input has no field “{}” (field map entry “{}: {}”). "
                                  "Its fields are: {}."), source, source, target_text,
                               ", ".join(field_names) or "-")
        target = check_target(target_text, house_fields)
        if target.name in seen:
            raise MappingError(tr("Both “{}” and “{}” are mapped to “{}”: map one field to it."),
                               seen[target.name], actual, target.name)
        seen[target.name] = actual
        out.append((actual, target))
    return FieldMap(tuple(out))


# --- values -------------------------------------------------------------------------------

_TRUE = {"1", "true", "t", "yes", "y", "是", "有", "√", "✓", "已"}
_FALSE = {"0", "false", "f", "no", "n", "否", "无", "×", "✗", "未", "没有"}
_MULTI_SPLIT = re.compile(r"[、，,;；/\n]+")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}

# Variants of labels found in survey forms, per enumeration (after the code, the Chinese
# and the English label, which codes.Enumeration.code_for_label knows).
ALIASES = {
    "structure": {"砖混结构": "brick_concrete", "混合结构": "brick_concrete",
                  "框架结构": "frame", "钢筋混凝土": "frame", "钢筋混凝土结构": "frame",
                  "框剪": "frame", "砖木结构": "brick_wood", "土木结构": "earth_wood",
                  "土坯": "earth_wood", "石": "stone", "石木": "stone", "石砌": "stone",
                  "钢": "steel", "轻钢": "steel"},
    "land_ownership": {"国有土地": "state", "国有建设用地": "state", "国有用地": "state",
                       "集体土地": "collective", "集体建设用地": "collective",
                       "宅基地": "collective", "集体用地": "collective"},
    "house_use": {"自住房": "own", "居住": "own", "自用": "own", "经营": "business",
                  "经营性用房": "business", "经营用房": "business", "出租房": "rental",
                  "出租用房": "rental", "生产经营": "production", "生产用房": "production",
                  "自住兼经营性": "own_business", "居住兼经营": "own_business"},
    "screening": {"严重安全隐患": "serious", "严重隐患": "serious", "严重": "serious",
                  "一定安全隐患": "some", "一定隐患": "some", "一般隐患": "some",
                  "一定": "some", "未发现隐患": "none", "无隐患": "none", "无安全隐患": "none",
                  "未发现": "none"},
    "appraisal_status": {"未鉴定": "pending", "待鉴定中": "pending", "正在鉴定": "in_progress",
                         "已完成鉴定": "done", "已完成": "done", "完成": "done"},
    "grade": {"A级": "A", "B级": "B", "C级": "C", "D级": "D", "局部危房": "C",
              "整幢危房": "D"},
    "rectification_status": {"未整治": "pending", "正在整治": "in_progress",
                             "已完成整治": "done", "整治完成": "done", "销号": "closed"},
    "legality": {"无手续": "no_permit", "无许可": "no_permit", "无审批手续": "no_permit"},
    "area_type": {"城郊结合部": "urban_rural_fringe", "安置小区": "resettlement",
                  "学校": "school", "医院": "hospital", "工业区": "industrial",
                  "园区": "industrial", "市场": "market", "集市": "market"},
}


def code_for(enumeration, text):
    """The code of `text` in `enumeration`: its code, Chinese or English label or a known
    variant (砖混结构, C级, 严重隐患 …); None when unknown."""
    code = enumeration.code_for_label(text)
    if code is not None:
        return code
    key = re.sub(r"\s+", "", str(text)).replace("（", "(").replace("）", ")")
    code = enumeration.code_for_label(key)
    if code is None:
        aliases = ALIASES.get(enumeration.name, {})
        code = aliases.get(key) or aliases.get(key.upper()) or aliases.get(key.lower())
    if code is None and enumeration.name == "grade" and re.fullmatch(r"[a-dA-D]级?", key):
        code = key[0].upper()
    return code


def _empty(value):
    return value is None or (isinstance(value, str) and not value.strip()) or \
        (isinstance(value, float) and value != value)


def _text(value):
    if isinstance(value, float) and value == int(value):
        value = int(value)
    text = str(value).strip()
    return text or None


def _cn_number(text):
    """1–99 written in Chinese numerals (三, 十二, 二十); None otherwise."""
    if not text or any(c not in _CN_DIGITS and c != "十" for c in text):
        return None
    if "十" in text:
        tens, _, units = text.partition("十")
        if "十" in units:
            return None
        t = _CN_DIGITS.get(tens, None) if tens else 1
        u = _CN_DIGITS.get(units, None) if units else 0
        if t is None or u is None:
            return None
        return t * 10 + u
    if len(text) == 1:
        return _CN_DIGITS[text]
    return None


def parse_number(value, units=()):
    """A float from a number or text with thousands separators and one of `units`
    written after it (120.5㎡, 3层); ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = re.sub(r"\s+", "", str(value)).replace(",", "").replace("，", "")
    for unit in sorted(units, key=len, reverse=True):
        if text.lower().endswith(unit.lower()):
            text = text[:-len(unit)]
            break
    number = _cn_number(text)
    if number is not None:
        return float(number)
    return float(text)


_UNITS = {
    "storeys": ("层", "f", "floors", "floor"),
    "area": ("㎡", "m²", "m2", "平方米", "平米", "平方"),
    "people": ("人",),
}


def parse_year(value, today):
    """The year a house was built, from 1998, 1998.0, '1998年', a date ('1998-05-01',
    '1998年5月'), or a decade ('1990年代', '90年代', '八十年代', '1990s': the decade's
    first year).  Raises MappingError for anything else, for a year before 1800 and
    for a year after `today`'s."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        year = value.year
    else:
        year = None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if value == int(value):
                year = int(value)
        else:
            text = re.sub(r"\s+", "", str(value))
            m = (re.fullmatch(r"(\d{4})(?:\.0+)?年?", text)
                 or re.fullmatch(r"(\d{4})\s*(?:年|[-/.])\s*\d{1,2}(?:月)?(?:.*)?", text))
            if m:
                year = int(m.group(1))
            else:
                m = re.fullmatch(r"(\d{4}|\d{2}|[一二三四五六七八九零〇十]{1,3})年代(?:初|初期)?|"
                                 r"(\d{4})'?s", text)
                if m:
                    decade = m.group(1) or m.group(2)
                    if decade.isdigit():
                        number = int(decade)
                    else:
                        number = _cn_number(decade)
                        if number is None:     # 八零年代
                            digits = [_CN_DIGITS.get(c) for c in decade]
                            number = (None if None in digits else
                                      int("".join(str(d) for d in digits)))
                    if number is not None:
                        if number < 100:
                            number = (1900 if number >= 20 else 2000) + number
                        if number % 10 == 0:
                            year = number
    if year is None:
        raise MappingError(tr("“{}” is not a year (write it like 1998, 1998年 or 1990年代)"),
                           value)
    if year < 1800:
        raise MappingError(tr("the year {} is before 1800"), year)
    if year > today.year:
        raise MappingError(tr("the year {} lies in the future"), year)
    return year


def parse_bool(value):
    if isinstance(value, bool):
        return int(value)
    text = _text(value)
    key = text.lower() if text else text
    if key in _TRUE:
        return 1
    if key in _FALSE:
        return 0
    raise MappingError(tr("“{}” is not yes or no (是/否, 1/0, Y/N)"), value)


def split_labels(value):
    """The labels of a multi-valued cell (separated by 、，,;； or /)."""
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    text = str(value).strip()
    if text.startswith("{") and text.endswith("}"):
        return codes.split_multi(text)
    return [p.strip() for p in _MULTI_SPLIT.split(text) if p.strip()]


def _unknown(enumeration, value):
    return MappingError(tr("“{}” is not one of {}"), value,
                        ", ".join("%s (%s)" % (c.code, c.zh) for c in enumeration))


def convert(target, value, today):
    """The value to store for `target`; None for an empty cell.  Raises MappingError
    when the value does not fit."""
    if _empty(value):
        return None
    kind = target.kind
    if kind == "text":
        return _text(value)
    if kind == "hint":
        text = _text(value)
        return normalise_code(text) or text
    if kind == "boolean":
        return parse_bool(value)
    if kind == "year":
        return parse_year(value, today)
    if kind == "date":
        day = parse_date(value)
        if day > today:
            raise MappingError(tr("the date {} lies in the future"), day.isoformat())
        return day.isoformat()
    if kind == "enum":
        enumeration = target.enumeration
        code = code_for(enumeration, value)
        if code is None:
            raise _unknown(enumeration, value)
        return code
    if kind == "multi":
        enumeration = target.enumeration
        found = []
        for label in split_labels(value):
            if label in ("无", "none", "-", "/"):
                continue
            code = code_for(enumeration, label)
            if code is None:
                raise _unknown(enumeration, label)
            if code not in found:
                found.append(code)
        return codes.join_multi(found)
    if kind == "alterations":
        flags = dict.fromkeys(ALTERATION_FIELDS, 0)
        for label in split_labels(value):
            if label.lower() in _NO_ALTERATION:
                continue
            name = next((n for n, labels in ALTERATION_LABELS
                         if label in labels or label.lower() in labels), None)
            if name is None:
                raise MappingError(tr("“{}” is not one of {}"), label, "、".join(
                    labels[0] for _, labels in ALTERATION_LABELS))
            flags[name] = 1
        return flags
    # numbers
    units = _UNITS["area"] if kind == "area" else \
        _UNITS["people"] if target.name == "occupants" else _UNITS["storeys"]
    try:
        number = parse_number(value, units)
    except (TypeError, ValueError):
        if kind == "area":
            raise MappingError(tr("“{}” is not a number"), value)
        raise MappingError(tr("“{}” is not a whole number"), value)
    if number != number:
        return None
    if kind == "area":
        if number <= 0:
            raise MappingError(tr("the floor area {} m² is impossible: it must be greater "
                                  "than 0"), _plain_number(number))
        return number
    if number != int(number):
        raise MappingError(tr("“{}” is not a whole number"), value)
    number = int(number)
    if target.minimum is not None and number < target.minimum:
        raise MappingError(tr("{} is impossible: it must be at least {}"), number,
                           _plain_number(target.minimum))
    if target.maximum is not None and number > target.maximum:
        raise MappingError(tr("{} is impossible: it must be at most {}"), number,
                           _plain_number(target.maximum))
    return number


def _plain_number(x):
    return ("%.2f" % x).rstrip("0").rstrip(".") if isinstance(x, float) else str(x)


class Values(NamedTuple):
    row: dict        # houses fields → values (empty cells left out)
    hints: dict      # township_code / village_code given by the input


def values(field_map, attributes, today):
    """Values of one input row: `attributes` maps the input's field names to plain
    Python values.  Raises MappingError (its message names the column)."""
    row, hints = {}, {}
    for source, target in field_map.pairs:
        try:
            value = convert(target, attributes.get(source), today)
        except MappingError as e:
            raise MappingError(tr("field {} ({}): {}"), source, target.name, e) from e
        if value is None:
            continue
        if target.kind == "hint":
            hints[target.name] = value
        elif target.kind == "alterations":
            for name, flag in value.items():
                # a column of its own (是否加层) is more specific than the combined one
                if field_map.source_of(name) is None or name not in row:
                    row[name] = max(flag, row.get(name, 0))
        else:
            row[target.name] = value
    return Values(row, hints)


def check_house_id(value, county_code=None):
    """(house code, problem): the code as stored (spaces removed, upper case) and None,
    or None and a MappingError when it is missing, malformed or of another county."""
    text = "" if _empty(value) else re.sub(r"\s+", "", str(value)).upper()
    if not text:
        return None, MappingError(tr("it has no house code (房屋编码)"))
    if not is_house_id(text):
        return None, MappingError(tr("the house code “{}” is malformed: a house code is YH, "
                                     "the 6-digit county code and 9 digits, e.g. "
                                     "YH330624100000123"), value)
    if county_code and county_of_house(text) != county_code:
        return None, MappingError(tr("the house code {} belongs to the county {}, not to "
                                     "the county {} of the project database"),
                                  text, county_of_house(text), county_code)
    return text, None


def check_appraisal(row, stored=None):
    """Make the appraisal fields agree as the database requires (an appraisal grade
    needs the status 已鉴定; an appraisal date an appraisal in progress or done).
    `stored` holds the values the house has in the database (for an update).  A grade
    or a date without any status sets the status 已鉴定 (done); returns the row (changed
    in place) or raises MappingError when the status given contradicts them."""
    stored = stored or {}
    status = row.get("appraisal_status", stored.get("appraisal_status"))
    grade = row.get("appraisal_grade", stored.get("appraisal_grade"))
    on = row.get("appraised_on", stored.get("appraised_on"))
    given = "appraisal_status" in row
    if grade is not None and status != "done":
        if given or ("appraisal_grade" not in row and "appraised_on" not in row):
            raise MappingError(tr("the appraisal grade {} needs the appraisal status 已鉴定 "
                                  "(done), not {}"), grade,
                               codes.APPRAISAL_STATUS.label(status) or "-")
        row["appraisal_status"] = status = "done"
    if on is not None and status not in ("done", "in_progress"):
        if given or "appraised_on" not in row:
            raise MappingError(tr("the appraisal date {} needs the appraisal status 鉴定中 or "
                                  "已鉴定, not {}"), on,
                               codes.APPRAISAL_STATUS.label(status) or "-")
        row["appraisal_status"] = "done"
    return row


def parse_coordinate(value):
    """A coordinate from a number, '120.123', '120.123°' or degrees-minutes-seconds
    (120°30′15.5″, 120度30分15.5秒); None for an empty cell; ValueError otherwise."""
    if _empty(value):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = re.sub(r"\s+", "", str(value))
    m = re.fullmatch(r"([-+]?\d+(?:\.\d+)?)(?:°|度)?([EWNS东西南北]?)", text, re.I)
    sign = 1.0
    if m:
        number = float(m.group(1))
        hemisphere = m.group(2)
    else:
        m = re.fullmatch(r"([-+]?\d+)(?:°|度)(\d+(?:\.\d+)?)(?:′|'|分)(?:(\d+(?:\.\d+)?)"
                         r"(?:″|\"|''|秒)?)?([EWNS东西南北]?)", text, re.I)
        if not m:
            raise ValueError(value)
        degrees = float(m.group(1))
        if degrees < 0:
            sign, degrees = -1.0, -degrees
        number = degrees + float(m.group(2)) / 60.0 + float(m.group(3) or 0) / 3600.0
        hemisphere = m.group(4)
    if hemisphere and hemisphere.upper() in ("W", "S", "西", "南"):
        sign = -sign
    return sign * number


def detect_text_encoding(data):
    """'UTF-8' when the bytes are UTF-8 (with or without a byte-order mark), else 'GBK'
    when they decode as GBK (GB 18030), else None."""
    try:
        data.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("gb18030")
        return "GBK"
    except UnicodeDecodeError:
        return None
