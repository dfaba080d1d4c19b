"""Field mapping of satellite change polygons (卫片图斑, domain.md §2) to violation cases.

Provinces deliver the same kind of information under different field names; this
module knows the common ones (the preset), reads a user's mapping, checks it against
the fields of the violations table that an import may fill, and converts the values
(numbers stored as text, Chinese dates, Excel serial dates, labels of code lists).

A mapping is a list of (source field, target) pairs.  A target is either a field of
the violations table (schema.VIOLATIONS) or one of the NOTES below: information that
has no column of its own and is kept in the case's remarks (监测面积, 前/后时相,
图斑类型, 变化类型, 耕地面积 …) or used as a hint (行政区代码: the zones decide the
township and village, the code only raises a remark when it disagrees).

Plain Python: no Qt or QGIS imports.  Messages are English; their templates are marked
with ``tr()`` (a marker: scripts/i18n.py collects them) and carried by the exceptions
(``template`` and ``values``), so that the caller shows them translated.
"""

import datetime
import json
import re
from typing import NamedTuple, Optional

from ..store import schema
from .zones import normalise_code


def tr(text):
    """Marks a message template for translation; the caller translates it."""
    return text


class MappingError(ValueError):
    """A problem with a mapping or a value: an English message built from a template
    marked for translation, and the values that fill its {} placeholders."""

    def __init__(self, template, *values):
        self.template = template
        self.values = values
        super().__init__(template.format(*values))

    def translated(self, translate):
        """The message through `translate` (e.g. i18n.tr), nested messages included."""
        return translate(self.template).format(*(
            v.translated(translate) if isinstance(v, MappingError) else v for v in self.values))


class Note(NamedTuple):
    """A target without a column of its own."""
    name: str
    type: str          # text, real, date, code
    zh: str
    en: str


NOTES = (
    Note("division_code", "code", "行政区代码", "Division code"),
    Note("reported_area", "real", "监测面积", "Reported area"),
    Note("image_before", "date", "前时相", "Earlier image date"),
    Note("image_after", "date", "后时相", "Later image date"),
    Note("patch_type", "text", "图斑类型", "Patch type"),
    Note("change_type", "text", "变化类型", "Change type"),
    Note("farmland_area", "real", "耕地面积", "Cultivated land area"),
    Note("basic_farmland_area", "real", "永久基本农田面积", "Permanent basic farmland area"),
    Note("verdict", "text", "核查结论", "Field-check verdict"),
)
NOTES_BY_NAME = {n.name: n for n in NOTES}

# Fields of the violations table an import may fill.  The others are the database's
# (case_id, status, area_m2, priority_score, stock_class, timestamps), the zones'
# (township_code, village_code), the import's own (updated_by) or belong to later
# steps of the workflow (decision, demolition, reuse).
IMPORTABLE = (
    "patch_no", "batch", "address", "party_name", "party_type", "land_ownership",
    "land_class", "building_type", "floors", "building_area_m2", "discovered_on",
    "construction_started_on", "discovery_source", "flag_cadre", "flag_four_sides",
    "flag_obstructs", "flag_unsafe", "flag_typical", "flag_farmland", "reporter", "remarks",
)
_WHY_NOT = {
    "township_code": tr("the township is decided by the zones (largest overlap); map the "
                        "division code to division_code to keep it as a hint"),
    "village_code": tr("the village is decided by the zones (largest overlap); map the "
                       "division code to division_code to keep it as a hint"),
    "stock_class": tr("the database derives it from the discovery or construction date and "
                      "the cut-off date"),
    "updated_by": tr("the import writes the name of the QGIS user"),
    "status": tr("every imported case starts as a clue (线索)"),
}

# The preset: common provincial field names, in order of preference per target.
PRESET = (
    (("JCBH", "TBBH"), "patch_no"),
    (("XZQDM", "XZQHDM"), "division_code"),
    (("JCMJ",), "reported_area"),
    (("QSX",), "image_before"),
    (("HSX",), "image_after"),
    (("TBLX",), "patch_type"),
    (("BHLX",), "change_type"),
    (("JCGDMJ", "GDMJ"), "farmland_area"),
    (("JBNTMJ", "YJJBNTMJ"), "basic_farmland_area"),
    (("HFX", "PDJG", "HCJG"), "verdict"),
    (("ZL",), "address"),
    (("BZ",), "remarks"),
)


class Target(NamedTuple):
    name: str
    type: str                 # text integer real date boolean enum (fields); as Note (notes)
    zh: str
    en: str
    field: Optional[object]   # schema.Field, None for a note

    @property
    def is_note(self):
        return self.field is None


def _targets():
    out = {}
    for name in IMPORTABLE:
        f = schema.VIOLATIONS.field(name)
        out[name] = Target(name, "enum" if f.enum else f.type, f.zh, f.en, f)
    for n in NOTES:
        out[n.name] = Target(n.name, n.type, n.zh, n.en, None)
    return out


TARGETS = _targets()


def target_names():
    return list(TARGETS)


def find_target(text):
    """The Target named `text` (its name, Chinese or English label, any case)."""
    key = str(text).strip()
    low = key.lower()
    for t in TARGETS.values():
        if low in (t.name.lower(), t.en.lower()) or key == t.zh:
            return t
    return None


def check_target(text):
    """The Target for `text`, or MappingError saying why it cannot be imported."""
    t = find_target(text)
    if t is not None:
        return t
    name = str(text).strip()
    if name.lower() in (f.name for f in schema.VIOLATIONS.fields):
        why = _WHY_NOT.get(name.lower())
        if why is None:
            f = schema.VIOLATIONS.field(name.lower())
            why = (tr("the database computes it") if f.computed else
                   tr("it belongs to a later step of the case workflow, not to a new clue"))
        raise MappingError(tr("“{}” cannot be filled by an import: {}."), name, MappingError(why))
    raise MappingError(tr("“{}” is not a field that can be imported. Use one of: {}."),
                       name, ", ".join(target_names()))


def parse_field_map(text, example="JCBH:patch_no", full_width=False):
    """[(source, target text)] from ``JCBH:patch_no;HSX:discovered_on`` (separators ``;``,
    ``,`` or new lines; ``:``, ``=`` or ``->`` between the names; with `full_width` the
    Chinese ；，： too) or a JSON object ``{"JCBH": "patch_no"}``.  Empty text gives [].
    `example` is the entry the error messages show."""
    text = (text or "").strip()
    if not text:
        return []
    if text.startswith("{"):
        try:
            obj = json.loads(text)
        except ValueError as e:
            raise MappingError(tr("The field map is not a valid JSON object: {}."), e)
        if not isinstance(obj, dict):
            raise MappingError(tr("The field map must be a JSON object like {{\"{}\": \"{}\"}}."),
                               *example.split(":", 1))
        pairs = []
        for source, target in obj.items():
            if not isinstance(target, str) or not str(source).strip() or not target.strip():
                raise MappingError(tr("The field map entry “{}: {}” needs a source field "
                                      "name and a target name."), source, target)
            pairs.append((str(source).strip(), target.strip()))
        return pairs
    entries = r"[;；,，\n]+" if full_width else r"[;,\n]+"
    between = r"\s*(?:->|→|:|：|=)\s*" if full_width else r"\s*(?:->|→|:|=)\s*"
    pairs = []
    for entry in re.split(entries, text):
        entry = entry.strip()
        if not entry:
            continue
        parts = re.split(between, entry)
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise MappingError(tr("The field map entry “{}” is not written like {}."),
                               entry, example)
        pairs.append((parts[0].strip(), parts[1].strip()))
    return pairs


class FieldMap(NamedTuple):
    pairs: tuple    # ((source field as named in the input, Target), …)

    def sources_of(self, target):
        return [s for s, t in self.pairs if t.name == target]

    def targets(self):
        return {t.name for _, t in self.pairs}


def _lookup(field_names):
    return {name.lower(): name for name in field_names}


def preset(field_names):
    """[(source, target)] of the preset for the fields present (any case)."""
    by_lower = _lookup(field_names)
    out = []
    for sources, target in PRESET:
        for s in sources:
            if s.lower() in by_lower:
                out.append((by_lower[s.lower()], target))
                break
    return out


def resolve(text, field_names):
    """The FieldMap of a FIELD_MAP text for an input with `field_names`; the preset
    when the text is empty.  Source names match any case; every problem raises a
    MappingError naming the entry."""
    pairs = parse_field_map(text) or preset(field_names)
    by_lower = _lookup(field_names)
    out, seen_fields = [], {}
    for source, target_text in pairs:
        actual = by_lower.get(source.lower())
        if actual is None:
            raise MappingError(tr("The input layer has no field “{}” (field map entry “{}: {}”). "
                                  "Its fields are: {}."), source, source, target_text,
                               ", ".join(field_names) or "-")
        target = check_target(target_text)
        if target.name in seen_fields and target.name != "remarks":
            raise MappingError(tr("Both “{}” and “{}” are mapped to “{}”: map one field to it."),
                               seen_fields[target.name], actual, target.name)
        seen_fields.setdefault(target.name, actual)
        out.append((actual, target))
    return FieldMap(tuple(out))


# --- values ---------------------------------------------------------------------------

EXCEL_EPOCH = datetime.date(1899, 12, 30)
_CJK_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")
_SEP_DATE = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[ T].*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\.0+)?$")
_SERIAL = re.compile(r"^\d{1,5}(?:\.\d+)?$")


def parse_date(value):
    """A datetime.date from 20240315, 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日,
    an Excel serial day number (45366 → 2024-03-15), a date or a datetime; None for
    empty values.  Raises MappingError for anything else."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = (_CJK_DATE.match(text) or _SEP_DATE.match(text) or _COMPACT_DATE.match(text))
    try:
        if isinstance(value, bool):
            raise ValueError(value)
        if match:
            return datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if _SERIAL.match(text):
            days = int(float(text))
            # Excel day numbers from 1950 to 2100: anything else is not a date.
            if 18264 <= days <= 73415:
                return EXCEL_EPOCH + datetime.timedelta(days=days)
    except ValueError:
        pass
    raise MappingError(tr("“{}” is not a date (write it like 2024-03-15, 20240315, "
                          "2024/3/15 or 2024年3月15日)"), text)


_TRUE = {"1", "true", "t", "yes", "y", "是", "有", "√"}
_FALSE = {"0", "false", "f", "no", "n", "否", "无", "×"}


def _number(value):
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return value
    return float(str(value).strip().replace(",", "").replace("，", ""))


def _text(value):
    if isinstance(value, float) and value == int(value):
        value = int(value)    # codes stored as numbers: 123.0 → "123"
    text = str(value).strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return text or None


def convert(target, value):
    """The value to store for `target` (a Target); None for empty values.  Raises
    MappingError when the value does not fit."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = target.type
    try:
        if kind in ("text", "code"):
            text = _text(value)
            if kind == "code" and text is not None:
                return normalise_code(text) or text
            return text
        if kind == "date":
            return parse_date(value).isoformat()
        if kind == "real":
            number = float(_number(value))
            if number != number:
                return None
            return number
        if kind == "integer":
            number = _number(value)
            if float(number) != int(float(number)):
                raise ValueError(value)
            return int(float(number))
        if kind == "boolean":
            text = _text(value).lower() if not isinstance(value, bool) else str(int(value))
            if text in _TRUE:
                return 1
            if text in _FALSE:
                return 0
            raise MappingError(tr("“{}” is not yes or no (1/0, 是/否)"), value)
        if kind == "enum":
            enum = target.field.enumeration
            code = enum.code_for_label(value)
            if code is None:
                raise MappingError(tr("“{}” is not one of {}"), value,
                                   ", ".join("%s (%s)" % (c.code, c.zh) for c in enum))
            return code
    except MappingError:
        raise
    except (TypeError, ValueError):
        pass
    if kind == "integer":
        raise MappingError(tr("“{}” is not a whole number"), value)
    raise MappingError(tr("“{}” is not a number"), value)


class Values(NamedTuple):
    row: dict           # violations fields → values
    notes: list         # [(Note, source field, value)] for the remarks
    hint: Optional[str]  # the division code given by the input, if any


def values(field_map, attributes):
    """Values of one input feature: `attributes` maps the input's field names to plain
    Python values.  Raises MappingError (its message names the source field)."""
    row, notes, remark_texts = {}, [], []
    hint = None
    for source, target in field_map.pairs:
        try:
            value = convert(target, attributes.get(source))
        except MappingError as e:
            raise MappingError(tr("field {} ({}): {}"), source, target.name, e) from e
        if value is None:
            continue
        if target.is_note:
            notes.append((NOTES_BY_NAME[target.name], source, value))
            if target.name == "division_code":
                hint = value
        elif target.name == "remarks":
            remark_texts.append(value)
        else:
            row[target.name] = value
    # 后时相: the later image is when the change was seen, unless a discovery date is mapped.
    if "discovered_on" not in field_map.targets():
        for note, _source, value in notes:
            if note.name == "image_after":
                row["discovered_on"] = value
    remarks = "; ".join(remark_texts + ["%s(%s): %s" % (n.zh, s, _note_text(v))
                                        for n, s, v in notes])
    if remarks:
        row["remarks"] = remarks
    return Values(row, notes, hint)


def _note_text(value):
    if isinstance(value, float):
        return ("%.2f" % value).rstrip("0").rstrip(".")
    return str(value)


def hint_disagrees(hint, township_code, village_code, county_code=None):
    """True when a division code given by the input names another county, township or
    village than the zones chose (a code of another length is not compared)."""
    code = normalise_code(hint)
    if code is None:
        return False
    if len(code) == 6:
        return county_code is not None and code != county_code
    if len(code) == 9:
        return township_code is not None and code != township_code
    if len(code) == 12:
        return village_code is not None and code != village_code
    return False


MU_M2 = 10000.0 / 15.0      # 1 亩
HECTARE_M2 = 10000.0


def reported_area_unit(reported, computed, tolerance=0.05):
    """The unit ('m2', 'mu', 'ha') in which a reported area agrees with the computed
    one within `tolerance`, or None when it agrees in none."""
    if reported is None or computed is None or computed <= 0:
        return None
    for unit, factor in (("m2", 1.0), ("mu", MU_M2), ("ha", HECTARE_M2)):
        if abs(reported * factor - computed) <= tolerance * computed:
            return unit
    return None


def overlap_share(intersection_area, area_a, area_b):
    """The overlap as a share of the smaller of two areas (0 when either is empty)."""
    smaller = min(area_a, area_b)
    if smaller <= 0:
        return 0.0
    return min(1.0, intersection_area / smaller)


def is_duplicate_overlap(intersection_area, area_a, area_b, threshold):
    return intersection_area > 0 and overlap_share(intersection_area, area_a, area_b) >= threshold
