"""Screening, focus flags, required measures, inspection cycle and risk order of a
self-built house (domain.md §3, seed 003) — the rules of liangwei:grade_houses.

What is read
------------
A house record (a dict with the fields of the houses table; labels such as 砖木 or
经营性 are accepted for codes) and its inspections (dicts with the fields of
house_inspections, ``inspection_id`` and ``members``: the inspection_members rows of
that inspection as (storey, member type, total, dangerous)).  Inspections after the
grading date (``as_of``) are ignored.

* *Measured inspection*: the latest inspection that recorded member counts or any
  ground indicator (a patrol does not re-measure).  Its member counts and ground
  indicators give the JGJ 125 grade (core/jgj125.py); its cracks and tilt feed the
  screening rules.
* *Collapse risk*: recorded on the latest inspection that is not a patrol (a screening,
  an appraisal or a recheck) or on any patrol after it: a patrol never clears a
  collapse risk, a recheck does.
* *Inspector's class*: the screening class recorded on the latest inspection that
  has one, else the house record's ``screening``.
* *Grade*: the worse of the appraisal agency's grade (``appraisal_grade``) and the
  computed JGJ 125 grade.

Screening class (隐患初判), the rule set
---------------------------------------
The rules are a JSON document; the default is resources/screening_rules.json and a
RULES file with the same structure replaces the values it gives (``load_rules``).
A threshold of null or a yes/no rule of false switches that rule off.

``serious`` — 存在严重安全隐患 when any holds:
  collapse_risk (yes/no)          a collapse risk (see above)
  ground_danger (yes/no)          JGJ 125 stage 1 finds the ground dangerous
  grades (list of A–D)            the grade is one of these (default C, D)
  crack_max_mm (mm)               widest settlement crack ≥ this (default 10)
  tilt_pct (%)                    tilt ≥ this (default 1)
  business_undesigned_altered     a focus business house (below) without professional
                                  design that was altered (any alt_* flag)
``some`` — 存在一定安全隐患 when any holds and no serious rule does:
  grades (default B), crack_max_mm (default 2), cracks_over_5mm (count ≥, default 1),
  tilt_pct (default 0.5), undesigned_alteration (altered without professional design),
  old_years + old_structures (older than old_years, default 30, and built as one of
  old_structures, default earth_wood, brick_wood, stone; a house without a year built
  is not old)
``inspector_screening`` (yes/no, default yes): the computed class is never milder than
  the inspector's class.
Otherwise 未发现安全隐患 (none).

Focus flags (重点)
  focus_business: use in ``focus.business_uses`` (default 经营性, 自住兼经营, 出租, 生产)
    with ``focus.storeys`` (3) or more storeys above ground or ``focus.occupants`` (10)
    or more occupants;
  focus_altered: any of alt_add_storey, alt_extension, alt_structure, alt_use_change,
    alt_basement;
  focus_near_poi: measured by the algorithm (within the focus distance of a school,
    hospital, market …); None when unknown.

Required measures (codes.MEASURE), ``measures`` in the rules:
  D → stop_use, evacuate, cordon; a business-use house graded D also stop_business;
  C → restrict_use, repair; a collapse risk → stop_use, evacuate, cordon.
  missing_measures = required measures not among the measures recorded on the house.

Actions (ACTION, not measures): appraise_now (serious, no appraisal done), appraise
(some hazard, no appraisal done), make_plan (grade C/D or serious, and no 一栋一策 plan
on the record), take_measures (measures missing), review_grade (the appraised and the
computed grade differ), inspect_now (the next inspection is due on or before as_of).

Next inspection due (domain.md §3, settings cycle_*): the date of the last inspection
(any kind, on or before as_of) plus a cycle of months: business use (focus
business_uses) ``cycle_business_months`` (1); else older than 30 years or hazardous
(grade C/D, or screened serious or some) ``cycle_old30_or_hazard_months`` (12); else
older than 20 years ``cycle_old20_months`` (36); else ``cycle_other_months`` (60).
Age = as_of year − year built.  A house never inspected is due on as_of.  Adding
months keeps the day of the month, or the month's last day when it has fewer days.

Risk order (``risk_key``, rank 1 first): tier — 0 grade D or collapse risk, 1 grade C,
2 serious, 3 some hazard, 4 any focus flag, 5 the rest — then more occupants first,
then more storeys first, then house_id.

Plain Python: no Qt or QGIS imports.
"""

import datetime
import json
import math
import os
from typing import List, NamedTuple, Optional

from . import jgj125
from . import settings as settings_rules
from .codes import (APPRAISAL_STATUS, GRADE, HOUSE_USE, MEASURE, SCREENING, STRUCTURE,
                    Enumeration, split_multi)
from .dates import as_date
from .jgj125 import Reason, tr

RULES_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "resources", "screening_rules.json")

CLASSES = ("serious", "some", "none")
ALTERATIONS = ("alt_add_storey", "alt_extension", "alt_structure", "alt_use_change",
               "alt_basement")
CYCLE_KEYS = ("cycle_business_months", "cycle_old30_or_hazard_months", "cycle_old20_months",
              "cycle_other_months")
OLD_YEARS = 30
OLDER_YEARS = 20

ACTION = Enumeration("action", "应办事项", "Actions", [
    ("appraise_now", "立即安全鉴定", "Appraise now"),
    ("appraise", "安排安全鉴定", "Arrange an appraisal"),
    ("make_plan", "制定一栋一策", "Make the one-building plan"),
    ("take_measures", "落实整治措施", "Take the missing measures"),
    ("review_grade", "核对鉴定等级", "Review the appraised grade"),
    ("inspect_now", "检查已到期", "Inspection due"),
])

# The list values of the rules and the code list their items must come from.
_LIST_CODES = {
    "grades": GRADE, "old_structures": STRUCTURE, "business_uses": HOUSE_USE,
    "D": MEASURE, "C": MEASURE, "collapse_risk": MEASURE, "business_D": MEASURE,
}


class RulesError(ValueError):
    """A RULES document that cannot be used; the message names the key."""

    def __init__(self, template, *values):
        self.template = template
        self.values = values
        super().__init__(template.format(*values))

    def translated(self, translate):
        return translate(self.template).format(*self.values)


# --- rules ------------------------------------------------------------------------------

def _strip_comments(value):
    if isinstance(value, dict):
        return {k: _strip_comments(v) for k, v in value.items() if not str(k).startswith("_")}
    return value


def default_rules():
    """The documented default rule set (resources/screening_rules.json), comments removed."""
    with open(RULES_PATH, encoding="utf-8") as fh:
        return _strip_comments(json.load(fh))


def _check_value(path, default, value):
    name = ".".join(path)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise RulesError(tr("rules: {} must be true or false, not {!r}"), name, value)
        return value
    if isinstance(default, (int, float)):
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                not math.isfinite(value) or value < 0:
            raise RulesError(tr("rules: {} must be a number of 0 or more (or null to switch "
                                "the rule off), not {!r}"), name, value)
        return value
    if isinstance(default, list):
        if not isinstance(value, list):
            raise RulesError(tr("rules: {} must be a list, not {!r}"), name, value)
        enum = _LIST_CODES.get(path[-1])
        out = []
        for item in value:
            code = enum.code_for_label(item) if enum is not None and isinstance(item, str) else None
            if code is None:
                raise RulesError(tr("rules: {} holds {!r}, which is not one of {}"), name, item,
                                 ", ".join(enum.codes) if enum is not None else "")
            out.append(code)
        return out
    raise RulesError(tr("rules: {} cannot be set"), name)


def merge_rules(base, override, path=()):
    """`base` with the values of `override` (same structure) replacing its own; unknown
    keys and wrong types raise RulesError."""
    if not isinstance(override, dict):
        raise RulesError(tr("rules: {} must be an object {{…}}, not {!r}"),
                         ".".join(path) or tr("the document"), override)
    out = dict(base)
    for key, value in override.items():
        key = str(key)
        if key.startswith("_"):
            continue
        if key not in base:
            raise RulesError(tr("rules: unknown key {} (known here: {})"),
                             ".".join(path + (key,)), ", ".join(sorted(base)))
        if isinstance(base[key], dict):
            out[key] = merge_rules(base[key], value, path + (key,))
        else:
            out[key] = _check_value(path + (key,), base[key], value)
    return out


def load_rules(path=None):
    """The rule set: the defaults, with the values of the JSON file `path` (if any)."""
    rules = default_rules()
    if not path:
        return rules
    try:
        with open(path, encoding="utf-8-sig") as fh:
            override = json.load(fh)
    except OSError as e:
        raise RulesError(tr("the rules file {} cannot be read: {}"), path, e)
    except ValueError as e:
        raise RulesError(tr("the rules file {} is not valid JSON: {}"), path, e)
    return merge_rules(rules, override)


# --- helpers ------------------------------------------------------------------------------

def as_flag(value):
    return jgj125._as_bool(value)


def _code(enum, value):
    if value in (None, ""):
        return None
    code = enum.code_for_label(value)
    if code is None and enum is GRADE:
        text = str(value).strip().upper()[:1]
        code = text if text in GRADE else None
    return code


def _int(value):
    if value in (None, ""):
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return int(x) if x == x else None


def _num(value):
    if value in (None, ""):
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if x == x else None


def add_months(day, months):
    """`day` plus whole months (the month's last day when the day does not exist)."""
    y, m = divmod(day.month - 1 + int(months), 12)
    y += day.year
    m += 1
    last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
    return datetime.date(y, m, min(day.day, last))


def cycles(settings=None):
    """{cycle key: months} from a settings dict (missing values take the defaults)."""
    out = {}
    for key in CYCLE_KEYS:
        value = (settings or {}).get(key)
        if value in (None, ""):
            value = settings_rules.BY_KEY[key].default
        months = _int(value)
        if months is None or months < 1:
            raise ValueError("the setting %s must be a whole number of months of 1 or more, "
                             "not %r" % (key, value))
        out[key] = months
    return out


def _key(inspection):
    return (str(as_date(inspection.get("inspected_on"))), _int(inspection.get("inspection_id")) or 0)


def _measured(inspection):
    return bool(inspection.get("members")) or any(
        inspection.get(k) not in (None, "") for k in jgj125.GROUND_FIELDS
        if k not in ("settlement_ongoing", "sliding_ongoing"))


# --- the assessment -----------------------------------------------------------------------

class Assessment(NamedTuple):
    house_id: Optional[str]
    screening: str                      # serious / some / none
    reasons: List[Reason]               # why that class (and the grade's reasons)
    grade_result: Optional[object]      # jgj125.Result or None
    grade_error: Optional[Exception]    # why the grade could not be computed
    computed_grade: Optional[str]
    appraisal_grade: Optional[str]
    grade: Optional[str]                # the worse of the two
    grade_mismatch: Optional[bool]
    collapse_risk: bool
    focus_business: bool
    focus_altered: bool
    focus_near_poi: Optional[bool]
    required_measures: List[str]
    missing_measures: List[str]
    actions: List[str]
    last_inspected_on: Optional[datetime.date]
    cycle_months: int
    next_inspection_due: datetime.date
    occupants: Optional[int]
    storeys: Optional[int]

    @property
    def risk_tier(self):
        if self.grade == "D" or self.collapse_risk:
            return 0
        if self.grade == "C":
            return 1
        if self.screening == "serious":
            return 2
        if self.screening == "some":
            return 3
        if self.focus_business or self.focus_altered or self.focus_near_poi:
            return 4
        return 5

    def risk_key(self):
        return (self.risk_tier, -(self.occupants or 0), -(self.storeys or 0),
                self.house_id or "")


def assess(house, inspections=(), rules=None, settings=None, as_of=None, near_poi=None):
    """The Assessment of one house (see the module text)."""
    rules = rules if rules is not None else default_rules()
    as_of = as_date(as_of) or datetime.date.today()
    cyc = cycles(settings)
    house_id = house.get("house_id")
    storeys = _int(house.get("storeys"))
    basements = _int(house.get("basement_storeys")) or 0
    occupants = _int(house.get("occupants"))
    use = _code(HOUSE_USE, house.get("use"))
    structure = _code(STRUCTURE, house.get("structure"))
    built = _int(house.get("built_year"))
    age = as_of.year - built if built is not None else None
    designed = as_flag(house.get("professional_design"))
    altered = any(as_flag(house.get(k)) for k in ALTERATIONS)
    appraisal_grade = _code(GRADE, house.get("appraisal_grade"))
    appraisal_status = _code(APPRAISAL_STATUS, house.get("appraisal_status"))

    past = sorted((i for i in inspections or ()
                   if as_date(i.get("inspected_on")) is not None
                   and as_date(i.get("inspected_on")) <= as_of), key=_key)
    measured = next((i for i in reversed(past) if _measured(i)), None)
    last = past[-1] if past else None
    checks = [k for k, i in enumerate(past) if i.get("kind") != "patrol"]
    first = checks[-1] if checks else 0
    collapse = any(as_flag(i.get("collapse_risk")) for i in past[first:])
    recorded = next((_code(SCREENING, i.get("screening")) for i in reversed(past)
                     if _code(SCREENING, i.get("screening"))), None) \
        or _code(SCREENING, house.get("screening"))

    # JGJ 125 grade from the measured inspection
    result = error = None
    if measured is not None:
        ground = {k: measured.get(k) for k in jgj125.GROUND_FIELDS}
        try:
            result = jgj125.grade_house(measured.get("members") or [], storeys, basements, ground)
        except jgj125.GradingError as e:
            error = e
    computed = result.grade if result is not None else None
    grade = jgj125.worse(appraisal_grade, computed)
    mismatch = None if computed is None or appraisal_grade is None else computed != appraisal_grade

    focus = rules["focus"]
    business = use in focus["business_uses"]
    focus_business = business and (
        (focus["storeys"] is not None and storeys is not None and storeys >= focus["storeys"])
        or (focus["occupants"] is not None and occupants is not None
            and occupants >= focus["occupants"]))

    # screening
    crack = _num(measured.get("crack_max_mm")) if measured else None
    cracks5 = _num(measured.get("cracks_over_5mm")) if measured else None
    tilt = _num(measured.get("tilt_pct")) if measured else None
    serious, some = [], []
    s = rules["serious"]
    if s["collapse_risk"] and collapse:
        serious.append(Reason("collapse_risk", tr("a collapse risk was recorded"), ()))
    if s["ground_danger"] and result is not None and result.ground_dangerous:
        serious.append(Reason("ground_danger", tr("the ground is dangerous (JGJ 125 stage 1)"), ()))
    if grade in s["grades"]:
        serious.append(Reason("grade", tr("grade {}"), (grade,)))
    if s["crack_max_mm"] is not None and crack is not None and crack >= s["crack_max_mm"]:
        serious.append(Reason("crack", tr("a crack of {:g} mm (at least {:g} mm)"),
                              (crack, s["crack_max_mm"])))
    if s["tilt_pct"] is not None and tilt is not None and tilt >= s["tilt_pct"]:
        serious.append(Reason("tilt", tr("a tilt of {:g} % (at least {:g} %)"),
                              (tilt, s["tilt_pct"])))
    if s["business_undesigned_altered"] and focus_business and altered and not designed:
        serious.append(Reason("business_altered", tr(
            "a focus business house altered without professional design"), ()))
    o = rules["some"]
    if grade in o["grades"]:
        some.append(Reason("grade", tr("grade {}"), (grade,)))
    if o["crack_max_mm"] is not None and crack is not None and crack >= o["crack_max_mm"]:
        some.append(Reason("crack", tr("a crack of {:g} mm (at least {:g} mm)"),
                           (crack, o["crack_max_mm"])))
    if o["cracks_over_5mm"] is not None and cracks5 is not None and \
            cracks5 >= o["cracks_over_5mm"]:
        some.append(Reason("cracks5", tr("{:g} crack(s) wider than 5 mm"), (cracks5,)))
    if o["tilt_pct"] is not None and tilt is not None and tilt >= o["tilt_pct"]:
        some.append(Reason("tilt", tr("a tilt of {:g} % (at least {:g} %)"), (tilt, o["tilt_pct"])))
    if o["undesigned_alteration"] and altered and not designed:
        some.append(Reason("altered", tr("altered without professional design"), ()))
    if o["old_years"] is not None and age is not None and age > o["old_years"] \
            and structure in o["old_structures"]:
        some.append(Reason("old", tr("{} years old, built as {}"), (age, structure)))
    if serious:
        cls, reasons = "serious", serious
    elif some:
        cls, reasons = "some", some
    else:
        cls, reasons = "none", []
    if rules["inspector_screening"] and recorded is not None and \
            CLASSES.index(recorded) < CLASSES.index(cls):
        cls = recorded
        reasons = [Reason("inspector", tr("the inspector's screening: {}"), (recorded,))] + reasons
    if result is not None:
        reasons = reasons + list(result.reasons)

    # measures
    m = rules["measures"]
    required = set()
    if grade == "D":
        required.update(m["D"])
        if business:
            required.update(m["business_D"])
    elif grade == "C":
        required.update(m["C"])
    if collapse:
        required.update(m["collapse_risk"])
    required = [c for c in MEASURE.codes if c in required]
    recorded_measures = set(split_multi(house.get("measures")))
    missing = [c for c in required if c not in recorded_measures]

    # inspection cycle
    hazardous = grade in ("C", "D") or cls in ("serious", "some")
    if business:
        months = cyc["cycle_business_months"]
    elif (age is not None and age > OLD_YEARS) or hazardous:
        months = cyc["cycle_old30_or_hazard_months"]
    elif age is not None and age > OLDER_YEARS:
        months = cyc["cycle_old20_months"]
    else:
        months = cyc["cycle_other_months"]
    last_on = as_date(last.get("inspected_on")) if last else None
    due = add_months(last_on, months) if last_on else as_of

    actions = []
    if appraisal_status != "done":
        if cls == "serious":
            actions.append("appraise_now")
        elif cls == "some":
            actions.append("appraise")
    if (grade in ("C", "D") or cls == "serious") and not str(house.get("plan") or "").strip():
        actions.append("make_plan")
    if missing:
        actions.append("take_measures")
    if mismatch:
        actions.append("review_grade")
    if due <= as_of:
        actions.append("inspect_now")

    return Assessment(
        house_id=house_id, screening=cls, reasons=reasons, grade_result=result,
        grade_error=error, computed_grade=computed, appraisal_grade=appraisal_grade,
        grade=grade, grade_mismatch=mismatch, collapse_risk=collapse,
        focus_business=focus_business, focus_altered=altered,
        focus_near_poi=None if near_poi is None else bool(near_poi),
        required_measures=required, missing_measures=missing, actions=actions,
        last_inspected_on=last_on, cycle_months=months, next_inspection_due=due,
        occupants=occupants, storeys=storeys)


def risk_ranks(assessments):
    """{index in `assessments`: rank} — 1 for the highest risk, by Assessment.risk_key."""
    order = sorted(range(len(assessments)), key=lambda i: assessments[i].risk_key())
    return {i: rank for rank, i in enumerate(order, 1)}
