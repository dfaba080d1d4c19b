"""Administrative division codes (domain.md §1): levels, parents, validation."""

import re

from .codes import ZONE_CODE_LENGTH, ZONE_CODE_LENGTHS

_DEFAULT_LEVEL = {6: "county", 9: "township", 12: "village", 15: "grid"}


def level_from_code(code):
    """The default level for a division code, from its length; None when malformed."""
    code = normalise_code(code)
    return _DEFAULT_LEVEL.get(len(code)) if code else None


def normalise_code(code):
    """A division code as a digit string, or None.  Accepts ints and floats such as
    330624100.0 (spreadsheets and shapefiles often store codes as numbers)."""
    if code is None:
        return None
    if isinstance(code, float):
        if code != int(code):
            return None
        code = int(code)
    text = str(code).strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return text if re.fullmatch(r"\d+", text) and len(text) in ZONE_CODE_LENGTHS else None


def parent_of(code):
    """The code one level up (village → township → county), None for a county."""
    code = normalise_code(code)
    if not code or len(code) == 6:
        return None
    return code[: ZONE_CODE_LENGTHS[ZONE_CODE_LENGTHS.index(len(code)) - 1]]


def check_zone(code, level=None, parent=None):
    """Problems with a zone record, as readable English sentences (empty when fine)."""
    problems = []
    norm = normalise_code(code)
    if norm is None:
        return ["zone code %r is not a 6, 9, 12 or 15-digit division code" % (code,)]
    if level is not None:
        want = ZONE_CODE_LENGTH.get(level)
        if want is None:
            problems.append("unknown level %r" % (level,))
        elif want != len(norm):
            problems.append("a %s code has %d digits, %s has %d" % (level, want, norm, len(norm)))
    if parent not in (None, ""):
        p = normalise_code(parent)
        if p is None or len(p) >= len(norm) or not norm.startswith(p):
            problems.append("parent code %r is not a prefix of %s" % (parent, norm))
    return problems
