"""Grading a house by JGJ 125-2016 《危险房屋鉴定标准》 (domain.md §3).

Two stages.

Stage 1, the ground (地基).  The ground is dangerous when any of these holds:

* settlement faster than 4 mm/month (``settlement_mm_month > 4``) for 2 months or more
  (``settlement_months >= 2``) and still going (``settlement_ongoing``);
* a masonry settlement crack wider than 10 mm (``crack_max_mm > 10``), or several
  (``cracks_over_5mm >= 2``) wider than 5 mm, together with a tilt over 1 %
  (``tilt_pct > 1``);
* a tilt over 3 % for a house of 1–2 storeys above ground, over 2 % from 3 storeys up;
* sliding of more than 10 mm (``sliding_mm > 10``) that is still going
  (``sliding_ongoing``).

An indicator that was not measured (None) does not count.  A dangerous ground makes
the house D whatever its members.

Stage 2, the members.  Member counts are given per storey and member type as
(storey, member type, total, dangerous); storey 0 holds the foundation members
(only them), storeys 1, 2 … are above ground, -1, -2 … basements.  Weights are
codes.MEMBER_WEIGHT (middle column 3.5, side column 2.7, corner column 1.8, wall 2.7,
roof truss 1.9, middle main beam 1.9, side main beam 1.4, secondary beam 1.0, slab 1.0,
enclosure 1.0, foundation members 3.5).

* Storey ratio R_i = Σ(weight × dangerous) / Σ(weight × total) over that storey's
  members; foundation ratio R_f = dangerous / total foundation members.
* Layer grade: R = 0 → Au; 0 < R < 5 % → Bu; 5 % ≤ R < 25 % → Cu; R ≥ 25 % → Du.
  A storey without members (all totals 0) is not graded.
* Whole-house ratio R = Σ(weight × dangerous) / Σ(weight × total) over all storeys, the
  foundation members weighing 3.5.
* R = 0 → A; 0 < R < 5 % → B when no layer is Du, else C;
  5 % ≤ R < 25 % → C when the number of Du layers ≤ (F + B + 1) / 3, else D (F storeys
  above ground, B basement storeys, 1 for the foundation layer, from the house record);
  R ≥ 25 % → D.

The ratios are compared with the band limits exactly (rational arithmetic on the
decimal weights), so a ratio of exactly 5 % or 25 % falls in the upper band whatever
the floating-point rounding of the weights would say.

Without member counts and without a dangerous ground a house cannot be graded
(``grade_house`` returns None).  Impossible input (more dangerous members than
members, negative counts, a storey the house does not have, foundation members
outside storey 0 …) raises GradingError, a ValueError naming the problem.

Plain Python: no Qt or QGIS imports.  Messages are English; their templates are marked
with ``tr()`` (a marker collected by scripts/i18n.py) and carried with their values, so
that a caller shows them translated (``Reason.translated(i18n.tr)``).
"""

from fractions import Fraction
from typing import Dict, List, NamedTuple, Optional, Tuple

from .codes import MEMBER_TYPE, MEMBER_WEIGHT

GRADES = ("A", "B", "C", "D")
LAYER_GRADES = ("Au", "Bu", "Cu", "Du")
FOUNDATION = "foundation"
FOUNDATION_STOREY = 0

# Band limits of the member ratios (exact).
LOW = Fraction(5, 100)
HIGH = Fraction(25, 100)

# Ground (stage 1) thresholds, domain.md §3.
SETTLEMENT_RATE_MM_MONTH = 4.0     # exceeded …
SETTLEMENT_MONTHS = 2              # … for at least this many months, still going
CRACK_MM = 10.0                    # one crack wider than this, or
CRACKS_OVER_5MM = 2                # at least this many cracks wider than 5 mm, with
CRACK_TILT_PCT = 1.0               # a tilt over this
TILT_LOW_PCT = 3.0                 # tilt over this for 1–2 storeys
TILT_HIGH_PCT = 2.0                # tilt over this from 3 storeys up
LOW_HOUSE_STOREYS = 2
SLIDING_MM = 10.0                  # sliding over this, still moving

GROUND_FIELDS = ("settlement_mm_month", "settlement_months", "settlement_ongoing",
                 "crack_max_mm", "cracks_over_5mm", "tilt_pct", "sliding_mm",
                 "sliding_ongoing")


def tr(text):
    """Marks a message template for translation; the caller translates it."""
    return text


class Reason(NamedTuple):
    """One reason of a result: an English template (marked with tr) and its values."""
    code: str
    template: str
    values: Tuple = ()

    @property
    def text(self):
        return self.template.format(*self.values)

    def translated(self, translate):
        return translate(self.template).format(*self.values)


class GradingError(ValueError):
    """Impossible grading input; the message names the problem."""

    def __init__(self, template, *values):
        self.template = template
        self.values = values
        super().__init__(template.format(*values))

    def translated(self, translate):
        return translate(self.template).format(*self.values)


class Layer(NamedTuple):
    storey: int
    ratio: float
    grade: str            # Au Bu Cu Du
    dangerous_weight: float
    total_weight: float


class Result(NamedTuple):
    grade: str                       # A B C D
    ratio: Optional[float]           # whole-house R (None without members)
    layers: Dict[int, Layer]         # by storey (0 = foundation)
    ground_dangerous: bool
    du_layers: int
    du_limit: float                  # (F + B + 1) / 3
    reasons: List[Reason]

    @property
    def layer_grades(self):
        return {s: layer.grade for s, layer in self.layers.items()}


def _as_bool(value):
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value == value and value != 0
    return str(value).strip().lower() in ("1", "true", "t", "yes", "y", "是", "1.0")


def _number(value, name):
    if value is None or value == "":
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise GradingError(tr("the ground indicator {} is not a number: {!r}"), name, value)
    if x != x:
        return None
    if x < 0:
        raise GradingError(tr("the ground indicator {} cannot be negative: {}"), name, value)
    return x


def _storey_counts(storeys, basements):
    try:
        f = int(storeys)
    except (TypeError, ValueError):
        raise GradingError(tr("the number of storeys above ground is needed to grade a house "
                              "(it is {!r})"), storeys)
    if f < 1 or f != float(storeys):
        raise GradingError(tr("the number of storeys above ground must be a whole number of 1 "
                              "or more, not {!r}"), storeys)
    if basements in (None, ""):
        b = 0
    else:
        try:
            b = int(basements)
        except (TypeError, ValueError):
            raise GradingError(tr("the number of basement storeys is not a number: {!r}"),
                               basements)
        if b < 0 or b != float(basements):
            raise GradingError(tr("the number of basement storeys must be a whole number of 0 "
                                  "or more, not {!r}"), basements)
    return f, b


def ground_reasons(indicators, storeys):
    """The stage-1 criteria met by an inspection's ground indicators (a dict with the
    keys of GROUND_FIELDS; missing keys and None are not measured), as Reasons; an empty
    list when the ground is not dangerous."""
    ind = indicators or {}
    f, _b = _storey_counts(storeys, 0)
    rate = _number(ind.get("settlement_mm_month"), "settlement_mm_month")
    months = _number(ind.get("settlement_months"), "settlement_months")
    crack = _number(ind.get("crack_max_mm"), "crack_max_mm")
    cracks5 = _number(ind.get("cracks_over_5mm"), "cracks_over_5mm")
    tilt = _number(ind.get("tilt_pct"), "tilt_pct")
    sliding = _number(ind.get("sliding_mm"), "sliding_mm")
    if tilt is not None and tilt > 100:
        raise GradingError(tr("the tilt cannot exceed 100 %: {}"), tilt)
    out = []
    if (rate is not None and rate > SETTLEMENT_RATE_MM_MONTH and months is not None
            and months >= SETTLEMENT_MONTHS and _as_bool(ind.get("settlement_ongoing"))):
        out.append(Reason("ground_settlement", tr(
            "dangerous ground: settlement of {:g} mm/month for {:g} months, still going "
            "(more than 4 mm/month for 2 months)"), (rate, months)))
    if tilt is not None and tilt > CRACK_TILT_PCT and (
            (crack is not None and crack > CRACK_MM)
            or (cracks5 is not None and cracks5 >= CRACKS_OVER_5MM)):
        if crack is not None and crack > CRACK_MM:
            out.append(Reason("ground_cracks", tr(
                "dangerous ground: a settlement crack of {:g} mm (over 10 mm) with a tilt of "
                "{:g} % (over 1 %)"), (crack, tilt)))
        else:
            out.append(Reason("ground_cracks", tr(
                "dangerous ground: {:g} settlement cracks wider than 5 mm with a tilt of {:g} % "
                "(over 1 %)"), (cracks5, tilt)))
    limit = TILT_LOW_PCT if f <= LOW_HOUSE_STOREYS else TILT_HIGH_PCT
    if tilt is not None and tilt > limit:
        out.append(Reason("ground_tilt", tr(
            "dangerous ground: a tilt of {:g} % (over {:g} % for a house of {} storey(s))"),
            (tilt, limit, f)))
    if sliding is not None and sliding > SLIDING_MM and _as_bool(ind.get("sliding_ongoing")):
        out.append(Reason("ground_sliding", tr(
            "dangerous ground: sliding of {:g} mm, still moving (over 10 mm)"), (sliding,)))
    return out


def ground_is_dangerous(indicators, storeys):
    return bool(ground_reasons(indicators, storeys))


def _weight(member_type):
    return Fraction(str(MEMBER_WEIGHT[member_type]))


def layer_grade(ratio):
    """Au/Bu/Cu/Du of a layer ratio (a number or a Fraction)."""
    r = ratio if isinstance(ratio, Fraction) else Fraction(str(ratio))
    if r < 0:
        raise GradingError(tr("a member ratio cannot be negative: {}"), float(r))
    if r == 0:
        return "Au"
    if r < LOW:
        return "Bu"
    if r < HIGH:
        return "Cu"
    return "Du"


def _rows(members):
    """(storey, member type, total, dangerous) tuples of rows given as tuples or dicts."""
    for m in members or ():
        if isinstance(m, dict):
            yield (m.get("storey"), m.get("member_type"), m.get("total"), m.get("dangerous"))
        else:
            yield tuple(m)


def _integer(value, what, where):
    try:
        x = int(value)
    except (TypeError, ValueError):
        raise GradingError(tr("{}: the {} is not a whole number ({!r})"), where, what, value)
    if x != float(value):
        raise GradingError(tr("{}: the {} is not a whole number ({!r})"), where, what, value)
    return x


def check_members(members, storeys, basements=0):
    """{storey: {member type: (total, dangerous)}} of member rows, refusing impossible
    ones with GradingError."""
    f, b = _storey_counts(storeys, basements)
    layers = {}
    for row in _rows(members):
        if len(row) != 4:
            raise GradingError(tr("a member row must be (storey, member type, total, "
                                  "dangerous), not {!r}"), row)
        storey, mtype, total, dangerous = row
        where = tr("storey {}, {}").format(storey, mtype)
        if mtype not in MEMBER_WEIGHT:
            raise GradingError(tr("unknown member type {!r} (known: {})"), mtype,
                               ", ".join(MEMBER_TYPE.codes))
        storey = _integer(storey, tr("storey"), where)
        total = _integer(total, tr("number of members"), where)
        dangerous = _integer(dangerous, tr("number of dangerous members"), where)
        if total < 0 or dangerous < 0:
            raise GradingError(tr("{}: member counts cannot be negative (total {}, dangerous {})"),
                               where, total, dangerous)
        if dangerous > total:
            raise GradingError(tr("{}: {} dangerous members but only {} members"),
                               where, dangerous, total)
        if (mtype == FOUNDATION) != (storey == FOUNDATION_STOREY):
            raise GradingError(tr("{}: foundation members belong to storey 0 and every other "
                                  "member to a storey above (1, 2 …) or below ground (-1, -2 …)"),
                               where)
        if storey > f:
            raise GradingError(tr("{}: the house has only {} storey(s) above ground"), where, f)
        if storey < -b:
            raise GradingError(tr("{}: the house has {} basement storey(s)"), where, b)
        types = layers.setdefault(storey, {})
        if mtype in types:
            raise GradingError(tr("{}: counted twice"), where)
        types[mtype] = (total, dangerous)
    return layers


def grade_house(members, storeys, basements=0, ground=None):
    """The JGJ 125-2016 Result of a house, or None when it cannot be graded (no member
    counts and no dangerous ground).

    members: rows (storey, member type, total, dangerous) or dicts with those keys.
    storeys, basements: F and B from the house record.
    ground: the inspection's ground indicators (dict with GROUND_FIELDS keys) or None.
    """
    f, b = _storey_counts(storeys, basements)
    layers_in = check_members(members, f, b)
    ground_found = ground_reasons(ground, f) if ground else []
    du_limit = (f + b + 1) / 3.0

    num = den = Fraction(0)
    layers = {}
    for storey in sorted(layers_in):
        ln = ld = Fraction(0)
        for mtype, (total, dangerous) in layers_in[storey].items():
            w = _weight(mtype)
            ln += w * dangerous
            ld += w * total
        if ld == 0:
            continue
        r = ln / ld
        layers[storey] = Layer(storey, float(r), layer_grade(r), float(ln), float(ld))
        num += ln
        den += ld
    du = sum(1 for layer in layers.values() if layer.grade == "Du")
    reasons = list(ground_found)
    if den == 0:
        if not ground_found:
            return None
        return Result("D", None, layers, True, du, du_limit, reasons)
    r = num / den
    ratio = float(r)
    if ground_found:
        grade = "D"
        reasons.append(Reason("ground_makes_d", tr(
            "a dangerous ground makes the whole house D (member ratio {:.2%})"), (ratio,)))
    elif r == 0:
        grade = "A"
        reasons.append(Reason("ratio_zero", tr("no dangerous member: ratio 0 → A"), ()))
    elif r < LOW:
        if du:
            grade = "C"
            reasons.append(Reason("ratio_low_du", tr(
                "member ratio {:.2%} is below 5 % but {} layer(s) are Du → C"), (ratio, du)))
        else:
            grade = "B"
            reasons.append(Reason("ratio_low", tr(
                "member ratio {:.2%} is below 5 % and no layer is Du → B"), (ratio,)))
    elif r < HIGH:
        # du ≤ (F + B + 1) / 3, exactly: 3 du ≤ F + B + 1
        if 3 * du <= f + b + 1:
            grade = "C"
            reasons.append(Reason("ratio_mid", tr(
                "member ratio {:.2%} is from 5 % to below 25 % and {} Du layer(s) are at most "
                "(F + B + 1) / 3 = {:.2f} → C"), (ratio, du, du_limit)))
        else:
            grade = "D"
            reasons.append(Reason("ratio_mid_du", tr(
                "member ratio {:.2%} is from 5 % to below 25 % but {} Du layer(s) are more than "
                "(F + B + 1) / 3 = {:.2f} → D"), (ratio, du, du_limit)))
    else:
        grade = "D"
        reasons.append(Reason("ratio_high", tr("member ratio {:.2%} is 25 % or more → D"),
                              (ratio,)))
    return Result(grade, ratio, layers, bool(ground_found), du, du_limit, reasons)


def worse(*grades):
    """The worst of grades A–D (None ignored; None when there is none)."""
    known = [g for g in grades if g in GRADES]
    return max(known, key=GRADES.index) if known else None
