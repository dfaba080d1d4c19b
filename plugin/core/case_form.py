"""What the case dialog checks before it writes: the values a user typed and the data of
a pending workflow step, against the schema's ranges and the workflow's rules.

The database refuses the same things (store/sqlite_ddl.py); checking first lets the
dialog name the field and keep the user's input, instead of failing on save.

Values come in as the dialog holds them: text (numbers too, as typed), ISO dates
'YYYY-MM-DD' or None, codes or None, booleans for the flags.  `check_case` and
`check_step` return the cleaned values (numbers as int/float, '' as None) and a list of
Problems, each naming its field; the dialog translates them.

Plain Python: no Qt or QGIS imports.
"""

import datetime
from typing import NamedTuple, Optional

from . import priorities, settings as settings_rules, workflow
from ..store import schema

# Fields the user edits in the case dialog, in form order.
EDITABLE_FIELDS = (
    "patch_no", "address", "party_name", "party_type", "land_ownership", "land_class",
    "building_type", "floors", "building_area_m2", "discovered_on",
    "construction_started_on", "discovery_source", "stock_class",
) + tuple(priorities.FLAGS) + ("reporter", "reward_yuan", "remarks")

# Fields a workflow step fills in (asked by the transition dialog, not the main form).
STEP_FIELDS = tuple(dict.fromkeys(
    [f for fields in workflow.REQUIRED_FIELDS.values() for f in fields]
    + [f for values in workflow.IMPLIED_VALUES.values() for f in values]))

# Field order relations the database enforces (violations' table checks):
# (field, relation, other): field <= other, field >= other, or area within other.
ORDER_RULES = (
    ("construction_started_on", "<=", "discovered_on"),
    ("demolished_on", ">=", "discovered_on"),
    ("deadline", ">=", "discovered_on"),
    ("demolished_area_m2", "area<=", "building_area_m2"),
)
EARLIEST_DATE = "1900-01-01"

_MESSAGES = {
    "required": "{field}: must be filled in",
    "note_required": "note: this step needs a written reason",
    "not_a_number": "{field}: must be a number",
    "not_whole": "{field}: must be a whole number",
    "below_minimum": "{field}: must be at least {limit:g}",
    "above_maximum": "{field}: must be at most {limit:g}",
    "bad_date": "{field}: must be a real date (YYYY-MM-DD)",
    "too_early": "{field}: cannot be before 1900",
    "in_future": "{field}: cannot lie in the future",
    "unknown_code": "{field}: unknown value {other}",
    "after_other": "{field}: cannot be after {other}",
    "before_other": "{field}: cannot be before {other}",
    "exceeds_other": "{field}: exceeds {other}",
    "implied": "{field}: this step requires the value {other}",
    "not_allowed": "{field}: the step {other} is not allowed",
    "outside_zones": "{field}: the polygon lies outside every township of the zones table",
}


class Problem(NamedTuple):
    """One thing wrong with one field.  `code` is a key of _MESSAGES; `other` is another
    field, a value or a status depending on the code; `limit` a number."""
    field: str
    code: str
    other: Optional[str] = None
    limit: Optional[float] = None

    @property
    def message(self):
        """An English sentence (the dialog shows its own translation)."""
        return _MESSAGES[self.code].format(field=self.field, other=self.other,
                                           limit=self.limit if self.limit is not None else 0)


def _field(name):
    return schema.VIOLATIONS.field(name)


# --- single values ------------------------------------------------------------------------

def clean_value(name, value):
    """(value, problem) of one field as typed: text stripped ('' → None), numbers parsed,
    dates as 'YYYY-MM-DD', flags as 0/1."""
    f = _field(name)
    if f.type == "boolean":
        return (1 if priorities.as_flag(value) else 0), None
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None, None
    if value is None:
        return None, None
    if f.type == "integer":
        if isinstance(value, bool):
            return None, Problem(name, "not_a_number")
        if isinstance(value, float):
            if value != int(value):
                return None, Problem(name, "not_whole")
            return int(value), None
        if isinstance(value, int):
            return value, None
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            return None, Problem(name, "not_a_number")
        if number != number or number in (float("inf"), float("-inf")):
            return None, Problem(name, "not_a_number")
        if number != int(number):
            return None, Problem(name, "not_whole")
        return int(number), None
    if f.type == "real":
        if isinstance(value, bool):
            return None, Problem(name, "not_a_number")
        try:
            number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            return None, Problem(name, "not_a_number")
        if number != number or number in (float("inf"), float("-inf")):
            return None, Problem(name, "not_a_number")
        return number, None
    if f.type == "date":
        if isinstance(value, (datetime.date, datetime.datetime)):
            value = value.strftime("%Y-%m-%d")
        text = str(value)[:10]
        try:
            datetime.date.fromisoformat(text)
        except ValueError:
            return None, Problem(name, "bad_date")
        return text, None
    return str(value), None


def check_value(name, value, today):
    """Problems of one cleaned value on its own: range, code list, dates."""
    if value is None:
        return []
    f = _field(name)
    out = []
    if f.minimum is not None and value < f.minimum:
        out.append(Problem(name, "below_minimum", limit=f.minimum))
    if f.maximum is not None and value > f.maximum:
        out.append(Problem(name, "above_maximum", limit=f.maximum))
    if f.enum and not f.multi and value not in f.enumeration:
        out.append(Problem(name, "unknown_code", other=str(value)))
    if f.type == "date":
        if value < EARLIEST_DATE:
            out.append(Problem(name, "too_early"))
        elif f.not_future and value > today.isoformat():
            out.append(Problem(name, "in_future"))
    return out


def check_order(values, fields):
    """Problems of the ORDER_RULES touching `fields`, each reported on the field of the
    pair that is in `fields` (the one the user can change here)."""
    out = []
    for first, relation, second in ORDER_RULES:
        a, b = values.get(first), values.get(second)
        if a is None or b is None:
            continue
        if relation == "<=":
            bad = a > b
        elif relation == ">=":
            bad = a < b
        else:
            bad = a > b * 1.05 + 1
        if not bad:
            continue
        if first in fields:
            code = {"<=": "after_other", ">=": "before_other", "area<=": "exceeds_other"}[relation]
            out.append(Problem(first, code, other=second))
        elif second in fields:
            if relation == "area<=":       # the floor area is now below the demolished area
                out.append(Problem(second, "below_minimum", limit=round((a - 1) / 1.05, 2)))
            else:
                code = "before_other" if relation == "<=" else "after_other"
                out.append(Problem(second, code, other=first))
    return out


def clean(raw, fields):
    """(values, problems) of the `fields` of a raw mapping (missing fields are None)."""
    values, problems = {}, []
    for name in fields:
        value, problem = clean_value(name, raw.get(name))
        values[name] = value
        if problem is not None:
            problems.append(problem)
    return values, problems


# --- the case form ------------------------------------------------------------------------

def check_case(raw, today=None, stored=None, new_case=False, township_code=None):
    """(values, problems) of the case form.

    raw: {field: value as typed} of EDITABLE_FIELDS.  stored: the case's other values
    (step fields, …) for the order rules; new_case: a new case must lie in a township
    (the responsible unit, domain.md §1), `township_code` being the one found for it.
    """
    today = today or datetime.date.today()
    values, problems = clean(raw, EDITABLE_FIELDS)
    bad = {p.field for p in problems}
    for name in EDITABLE_FIELDS:
        if name not in bad:
            problems.extend(check_value(name, values[name], today))
    bad = {p.field for p in problems}
    merged = dict(stored or {})
    merged.update({k: v for k, v in values.items() if k not in bad})
    problems.extend(check_order(merged, set(EDITABLE_FIELDS) - bad))
    if new_case and not township_code:
        problems.append(Problem("township_code", "outside_zones"))
    return values, problems


def check_step(case_values, to_status, raw, note=None, today=None):
    """(values, problems) of the data a workflow step asks for.

    case_values: the case as it will be written (status, the form's values and the
    stored ones); raw: {field: value as typed} of the step's fields; implied values are
    added.  A step the workflow does not allow from the case's status is one problem.
    """
    today = today or datetime.date.today()
    from_status = case_values.get("status") or workflow.INITIAL
    if workflow.transition(from_status, to_status) is None:
        return {}, [Problem("status", "not_allowed", other="%s → %s" % (from_status, to_status))]
    fields = step_fields(to_status)
    values, problems = clean(raw, fields)
    for name, implied in workflow.IMPLIED_VALUES.get(to_status, {}).items():
        if values.get(name) not in (None, implied):
            problems.append(Problem(name, "implied", other=implied))
        values[name] = implied
    bad = {p.field for p in problems}
    for name in fields:
        if name not in bad:
            problems.extend(check_value(name, values.get(name), today))
    merged = dict(case_values)
    merged.update({k: v for k, v in values.items() if v is not None})
    for name in workflow.missing_for(to_status, merged, note):
        if name == "note":
            problems.append(Problem("note", "note_required"))
        elif name not in bad:
            problems.append(Problem(name, "required"))
    bad = {p.field for p in problems}
    problems.extend(check_order(merged, set(fields) - bad))
    return values, problems


def step_fields(to_status):
    """The fields a step asks for: its required fields, then those it fixes."""
    fields = list(workflow.REQUIRED_FIELDS.get(to_status, ()))
    fields += [f for f in workflow.IMPLIED_VALUES.get(to_status, {}) if f not in fields]
    return tuple(fields)


# --- derived values -----------------------------------------------------------------------

def proposed_stock_class(values, cutoff):
    """新增/存量 from the construction (else discovery) date and the cut-off setting."""
    cutoff = cutoff or settings_rules.BY_KEY["cutoff_date"].default
    return settings_rules.stock_class(values.get("construction_started_on"),
                                      values.get("discovered_on"), cutoff)


def priority_score(values, settings=None):
    """The 六先拆 score of the flags in `values` with the database's weights."""
    return priorities.priority_score(values, priorities.weights(settings or {}))


def changed(original, values):
    """{field: new value} of the fields whose value differs from `original`."""
    return {k: v for k, v in values.items() if not same_value(original.get(k), v)}


def same_value(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return str(a) == str(b)
