"""Rules of the database check (liangwei:validate_database): what counts as a problem.

Each problem has a stable key (the ``problem`` field of the check's output, usable in
filters and reports); the algorithm turns the key and its details into a readable,
translated message.

=========================  ==========================================================
key                        problem
=========================  ==========================================================
invalid_geometry           the geometry is not valid (self-intersection, bad ring …)
empty_geometry             the feature has no geometry, or an empty one
missing_field              a mandatory field is empty: the schema's required fields,
                           plus township_code on violations and houses
township_mismatch          township_code is not the township the feature lies in
                           (largest overlap, gis.zoning)
village_mismatch           village_code is not the village it lies in (checked when the
                           township agrees)
outside_zones              the feature lies outside every township and village zone
overlapping_open_cases     two open cases overlap by more than OVERLAP_TOLERANCE_M2
stale_case                 an open case has had no event for more than the stale days
d_house_without_measures   a house appraised D (整幢危房) has no rectification measure
=========================  ==========================================================

Plain Python: no Qt or QGIS imports.
"""

import datetime

from . import codes, workflow

PROBLEMS = (
    "invalid_geometry",
    "empty_geometry",
    "missing_field",
    "township_mismatch",
    "village_mismatch",
    "outside_zones",
    "overlapping_open_cases",
    "stale_case",
    "d_house_without_measures",
)

# Two open cases overlap when their common area exceeds this (m²): shared edges and
# floating-point slivers of a few cm² are not overlaps.
OVERLAP_TOLERANCE_M2 = 0.01

# The field that identifies a feature of each checked table to people.
CODE_FIELD = {"violations": "case_id", "houses": "house_id", "zones": "zone_code"}

# Beyond the schema's required fields: the responsible township (domain.md §1).
EXTRA_MANDATORY = {"violations": ("township_code",), "houses": ("township_code",)}


def mandatory_fields(table):
    """Fields of a table that must be filled in: the schema's required fields, plus
    township_code for violations and houses (in schema order)."""
    from ..store import schema
    t = schema.table(table)
    extra = EXTRA_MANDATORY.get(table, ())
    return [f.name for f in t.fields if f.required or f.name in extra]


def is_missing(value):
    """An empty value: None, NaN or blank text."""
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return isinstance(value, str) and not value.strip()


def missing_fields(table, values):
    """The mandatory fields of `table` that are empty in `values` ({field: value});
    a field absent from `values` counts as empty."""
    return [f for f in mandatory_fields(table) if is_missing(values.get(f))]


def is_open(status):
    """An open case: any status but the terminal ones (closed, not filed)."""
    return not is_missing(status) and workflow.is_open(status)


def overlaps(overlap_m2):
    return overlap_m2 is not None and overlap_m2 > OVERLAP_TOLERANCE_M2


def event_date(at):
    """The date of a case event's ``at`` (ISO text, date or datetime); None if unknown."""
    if at is None:
        return None
    if isinstance(at, datetime.datetime):
        return at.date()
    if isinstance(at, datetime.date):
        return at
    text = str(at).strip()
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None


def days_without_event(last_event_at, as_of):
    """Whole days from the last event's date to `as_of` (None when there is no event)."""
    day = event_date(last_event_at)
    if day is None:
        return None
    return (as_of - day).days


def is_stale(status, last_event_at, as_of, stale_days):
    """An open case whose last event is more than `stale_days` days before `as_of`, or
    that has no event at all."""
    if not is_open(status):
        return False
    days = days_without_event(last_event_at, as_of)
    return days is None or days > stale_days


def location_problem(township_code, village_code, assigned_township, assigned_village):
    """township_mismatch, village_mismatch, outside_zones or None, comparing the
    recorded codes with the zones the feature lies in.  An empty recorded township
    is a missing field, not a mismatch; the village is compared only when it is filled
    in and the township agrees."""
    township = None if is_missing(township_code) else str(township_code).strip()
    village = None if is_missing(village_code) else str(village_code).strip()
    if township is None and village is None:
        return None
    if assigned_township is None and assigned_village is None:
        return "outside_zones"
    if township is not None and township != assigned_township:
        return "township_mismatch"
    if village is not None and village != assigned_village:
        return "village_mismatch"
    return None


def is_grade_d(appraisal_grade):
    if is_missing(appraisal_grade):
        return False
    grade = codes.GRADE.code_for_label(appraisal_grade)
    if grade is None:
        grade = str(appraisal_grade).strip().upper()[:1]
    return grade == "D"


def d_house_without_measures(appraisal_grade, measures):
    """A house graded D (整幢危房) with no rectification measure (codes.split_multi)."""
    return is_grade_d(appraisal_grade) and not codes.split_multi(measures)
