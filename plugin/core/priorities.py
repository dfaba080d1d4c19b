"""The 六先拆 "demolish first" priorities (domain.md §2, seed 002): which flag follows
from which fact, and the priority score.

The six flags, in the seed's order (codes.PRIORITY_FLAG):

==================  ===========  =========================================================
flag                 中文         set when
==================  ===========  =========================================================
flag_cadre           党员干部违建  the party type is ``cadre`` (党员干部)
flag_four_sides      四边违建      the case lies within the four-sides distance (setting
                                  ``side_distance_m``, default 50 m; a case exactly at the
                                  distance counts) of a road, a railway or a river, or
                                  intersects a hill (山边)
flag_obstructs       妨碍建设      the case intersects a planned project
flag_unsafe          影响安全      the case contains or touches (within TOUCH_TOLERANCE_M,
                                  1 cm, so that a house drawn on the case's edge still
                                  touches it after a change of CRS) a house appraised C or
                                  D, or screened as a serious hazard (存在严重安全隐患)
flag_typical         突出典型      kept as staff entered it (a judgement, not a fact)
flag_farmland        侵占耕地      the case intersects cultivated land / permanent basic
                                  farmland
==================  ===========  =========================================================

A fact that is unknown (its reference layer was not given) leaves the flag as it was.

Priority score: the sum of the weights of the flags a case carries.  The weights are
the settings ``priority_weight_<flag>`` (core/settings.py; defaults cadre 30, four sides
15, obstructs 15, unsafe 25, typical 10, farmland 20, so the score runs from 0 to 115).

Distances are measured in metres in a projected CRS; ``gauss_kruger_epsg`` chooses the
CGCS2000 3° Gauss–Krüger zone for a longitude.

Plain Python: no Qt or QGIS imports.
"""

import math

from . import settings as settings_rules
from .codes import GRADE, PARTY_TYPE, PRIORITY_FLAG, SCREENING

FLAGS = tuple(PRIORITY_FLAG.codes)
SPATIAL_FLAGS = ("flag_four_sides", "flag_obstructs", "flag_unsafe", "flag_farmland")
UNSAFE_GRADES = ("C", "D")
# A house this close to a case (m) touches it: coordinates transformed between CRSs
# move a point drawn on an edge by far less than this, but not by nothing.
TOUCH_TOLERANCE_M = 0.01
UNSAFE_SCREENING = ("serious",)


def weight_key(flag):
    """The settings key of a flag's weight: flag_four_sides -> priority_weight_four_sides."""
    if flag not in FLAGS:
        raise KeyError("unknown priority flag %r" % (flag,))
    return "priority_weight_" + flag[len("flag_"):]


def weights(settings=None):
    """{flag: weight} from a settings dict (missing or empty values take the defaults)."""
    settings = settings or {}
    out = {}
    for flag in FLAGS:
        key = weight_key(flag)
        value = settings.get(key)
        if value in (None, ""):
            value = settings_rules.BY_KEY[key].default
        value = float(value)
        if not value >= 0 or math.isinf(value):
            raise ValueError("the setting %s must be a number of 0 or more, not %r" % (key, value))
        out[flag] = value
    return out


def side_distance(settings=None):
    """The four-sides distance in metres from a settings dict (default 50)."""
    value = (settings or {}).get("side_distance_m")
    if value in (None, ""):
        value = settings_rules.BY_KEY["side_distance_m"].default
    return float(value)


def as_flag(value):
    """A stored flag value (1/0, True/False, '1', 'true', '是', None) as a bool."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value == value and value != 0
    text = str(value).strip().lower()
    return text in ("1", "true", "t", "yes", "y", "是", "1.0")


def is_cadre(party_type):
    """党员干部违建: the party type is cadre (code or label)."""
    return PARTY_TYPE.code_for_label(party_type) == "cadre"


def is_unsafe_house(appraisal_grade, screening):
    """A house that makes a case touching it unsafe: graded C or D, or screened serious."""
    grade = GRADE.code_for_label(appraisal_grade)
    if grade is None and appraisal_grade not in (None, ""):
        # "C级", "d" and the like
        text = str(appraisal_grade).strip().upper()[:1]
        grade = text if text in GRADE else None
    return grade in UNSAFE_GRADES or SCREENING.code_for_label(screening) in UNSAFE_SCREENING


def within_side_distance(distance_m, limit_m):
    """True when a distance (m, None = nothing near) is within the four-sides distance."""
    return distance_m is not None and distance_m <= limit_m


def four_sides(distance_m, limit_m, on_hill):
    """四边: within `limit_m` of a road, railway or river (nearest `distance_m`), or on a
    hill.  None when neither fact is known (no such layer given)."""
    if distance_m is None and on_hill is None:
        return None
    return within_side_distance(distance_m, limit_m) or bool(on_hill)


def decide(previous, facts):
    """The six flags of a case.

    previous: {flag: value as entered} (missing = not set).
    facts: {flag: True/False, or None/missing when unknown}; flag_cadre from
      ``is_cadre``, the spatial flags from the reference layers.  flag_typical is
      always kept as entered.
    """
    out = {}
    for flag in FLAGS:
        fact = None if flag == "flag_typical" else facts.get(flag)
        out[flag] = as_flag(previous.get(flag)) if fact is None else bool(fact)
    return out


def priority_score(flags, flag_weights=None):
    """Sum of the weights of the set flags (weights: {flag: weight}, default settings)."""
    flag_weights = flag_weights if flag_weights is not None else weights()
    return float(sum(flag_weights[f] for f in FLAGS if as_flag(flags.get(f))))


# --- a projected CRS for distances ------------------------------------------------------

GK_FIRST_EPSG = 4534      # CGCS2000 / 3-degree Gauss-Kruger CM 75E
GK_LAST_EPSG = 4554       # CGCS2000 / 3-degree Gauss-Kruger CM 135E
GK_FIRST_CM = 75


def gauss_kruger_epsg(longitude):
    """EPSG code of the CGCS2000 3° Gauss–Krüger zone (without zone prefix,
    EPSG:4534–4554, central meridian 75 + 3k °E) nearest to a longitude; longitudes
    outside China's zones take the nearest end zone."""
    if longitude is None or longitude != longitude:
        raise ValueError("no longitude to choose a Gauss–Krüger zone from")
    k = int(math.floor((float(longitude) - GK_FIRST_CM) / 3.0 + 0.5))
    k = max(0, min(GK_LAST_EPSG - GK_FIRST_EPSG, k))
    return GK_FIRST_EPSG + k


def gauss_kruger_central_meridian(epsg):
    return GK_FIRST_CM + 3 * (int(epsg) - GK_FIRST_EPSG)
