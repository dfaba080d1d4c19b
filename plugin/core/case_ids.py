"""Case numbers: ``<county code>-<year>-<6-digit serial>``, e.g. ``330624-2024-000017``.

The database assigns them (a trigger in the GeoPackage, a sequence on PostGIS); this
module is the one definition of the format, used to check, parse and display them.
"""

import re

CASE_ID_RE = re.compile(r"^(\d{6})-(\d{4})-(\d{6})$")
HOUSE_ID_RE = re.compile(r"^YH(\d{6})(\d{9})$")


def format_case_id(county_code, year, serial):
    county_code = str(county_code)
    if not re.fullmatch(r"\d{6}", county_code):
        raise ValueError("county code must have 6 digits: %r" % county_code)
    if not 1949 <= int(year) <= 9999:
        raise ValueError("impossible year: %r" % year)
    if not 0 < int(serial) < 1000000:
        raise ValueError("serial must be 1–999999: %r" % serial)
    return "%s-%04d-%06d" % (county_code, int(year), int(serial))


def parse_case_id(case_id):
    """(county_code, year, serial) of a case number; ValueError when malformed."""
    m = CASE_ID_RE.match(case_id or "")
    if not m:
        raise ValueError("not a case number: %r" % case_id)
    return m.group(1), int(m.group(2)), int(m.group(3))


def is_case_id(text):
    return bool(CASE_ID_RE.match(text or ""))


def is_house_id(text):
    return bool(HOUSE_ID_RE.match(text or ""))


def county_of_house(house_id):
    m = HOUSE_ID_RE.match(house_id or "")
    return m.group(1) if m else None
