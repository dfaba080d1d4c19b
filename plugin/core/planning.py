"""Planning conflicts of violation cases: which planning classes are prohibited, and
the share of a case in each class.  Plain Python; liangwei:check_planning measures
the geometry and builds its table rows here.

Prohibited classes come from the setting `prohibited_planning_classes` (禁止建设区,
永久基本农田, 生态保护红线 … by default): a comma-separated list (ASCII or full-width
commas), each name trimmed and compared case-insensitively with the planning layer's
class values, also trimmed.

A case's row per class holds its ellipsoidal area inside the class and that area's
share of the case; the part of the case outside every planning polygon is a row with
class None.  Classes that do not overlap one another give shares summing to 1; where
two classes overlap inside a case the overlap counts in both (the case is in both)
and the shares sum to more than 1.  Parts smaller than NOISE_M2 are overlay noise and
give no row.
"""

import re

from .settings import BY_KEY

SETTING_KEY = "prohibited_planning_classes"
DEFAULT_PROHIBITED = BY_KEY[SETTING_KEY].default

# Parts smaller than this (m²) are left-overs of the overlay, not a row.
NOISE_M2 = 0.01
# Shares within this of 0 or 1 are 0 or 1.
SHARE_TOLERANCE = 1e-6

_SEPARATORS = re.compile(r"[,，]")


def _key(name):
    return str(name).strip().casefold()


def prohibited_classes(text):
    """The set of normalised class names of a comma-separated list (None or blank →
    empty set)."""
    if text is None:
        return frozenset()
    return frozenset(k for k in (_key(part) for part in _SEPARATORS.split(str(text))) if k)


def is_prohibited(class_value, prohibited):
    """True when a planning class value is in `prohibited` (a set from
    `prohibited_classes`); the None class (outside every planning polygon) never is."""
    if class_value is None:
        return False
    return _key(class_value) in prohibited


def class_name(value):
    """A planning class value as reported: trimmed text, None for NULL or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _share(part, whole):
    if whole <= 0:
        return 0.0
    value = part / whole
    if value <= SHARE_TOLERANCE:
        return 0.0
    if value >= 1.0 - SHARE_TOLERANCE:
        return 1.0
    return value


def case_rows(case_id, case_area_m2, class_areas_m2, outside_area_m2, prohibited):
    """Table rows of one case: dicts case_id, class, area_m2, share, prohibited (0/1),
    one per class with at least NOISE_M2 inside it, sorted by class, then the part
    outside every class (class None) when it is at least NOISE_M2.

    `class_areas_m2` maps class name → area of the case inside that class."""
    rows = []
    for name in sorted(class_areas_m2):
        area = class_areas_m2[name]
        if area >= NOISE_M2:
            rows.append({"case_id": case_id, "class": name, "area_m2": area,
                         "share": _share(area, case_area_m2),
                         "prohibited": int(is_prohibited(name, prohibited))})
    if outside_area_m2 >= NOISE_M2:
        rows.append({"case_id": case_id, "class": None, "area_m2": outside_area_m2,
                     "share": _share(outside_area_m2, case_area_m2), "prohibited": 0})
    return rows


def touches_prohibited(rows):
    """True when any row of a case is in a prohibited class."""
    return any(r["prohibited"] for r in rows)
