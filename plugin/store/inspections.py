"""House inspections in the project database: read a house with its inspections, and
record a new inspection together with what it changes on the house, in one transaction.

What saving writes (all or nothing):

1. the house_inspections row;
2. its inspection_members rows (storey, member type, total, dangerous);
3. the house: its screening from the inspection (when the inspector gave one); the
   appraisal (appraisal_grade, appraisal_agency, appraisal_status 'done', appraised_on)
   when the inspection is an appraisal or a recheck that gives a grade; the measures
   taken added to the house's measures; and the fields liangwei:grade_houses writes —
   computed_screening, computed_grade, grade_mismatch, focus_business, focus_altered,
   required_measures, missing_measures, next_inspection_due, graded_on — computed by
   the same function, core.screening.assess, with the same rules and settings, for
   this one house.  risk_rank ranks the whole county and is left to grade_houses;
   focus_near_poi needs the focus places layer and is left as it was.

The house is updated only if nobody changed it since it was read (its updated_at is
compared: an optimistic lock); otherwise nothing is written and StaleHouse says so.

All SQL of the inspection dialog is in this module, with bound parameters (``?``).  The
same statements run on a PostGIS county schema (`path` is then a dbref reference and
the connection a dbref.PgConnection); where the dialects differ (the new row's number,
booleans, the row lock of the optimistic check) both are written here, and PostgreSQL's
dates, timestamps and booleans are read as the GeoPackage's ISO text and 0/1.  Plain Python: no Qt or
QGIS imports.  Messages are English templates marked with ``tr()`` and carried with
their values; the caller shows them translated (``SaveError.translated(i18n.tr)``).
"""

import datetime
import sqlite3
from typing import List, NamedTuple, Optional

from ..core import screening
from ..core.codes import MEASURE, join_multi, split_multi
from ..core.dates import as_date
from . import dbref, schema
from .sqlite_ddl import q

KINDS_WITH_GRADE = ("appraisal", "recheck")

# Columns read and written (from the one schema; never the geometry).
HOUSE_COLUMNS = tuple(schema.HOUSES.field_names)
INSPECTION_COLUMNS = ("inspection_id",) + tuple(schema.HOUSE_INSPECTIONS.field_names)
# What a new inspection may set (the database fills created_at).
INSPECTION_INPUT = tuple(f.name for f in schema.HOUSE_INSPECTIONS.fields if not f.computed)
MEMBER_COLUMNS = ("inspection_id", "storey", "member_type", "total", "dangerous")

# The grade_houses fields that saving computes (risk_rank ranks the whole county and
# focus_near_poi needs the focus places: both are left to grade_houses).
COMPUTED_FIELDS = ("computed_screening", "computed_grade", "grade_mismatch", "focus_business",
                   "focus_altered", "required_measures", "missing_measures",
                   "next_inspection_due", "graded_on")

SQL = {
    "house": "SELECT %s FROM houses WHERE house_id = ?" % ", ".join(q(c) for c in HOUSE_COLUMNS),
    "inspections": "SELECT %s FROM house_inspections WHERE house_id = ? "
                   "ORDER BY inspected_on, inspection_id"
                   % ", ".join(q(c) for c in INSPECTION_COLUMNS),
    "members": "SELECT m.inspection_id, m.storey, m.member_type, m.total, m.dangerous "
               "FROM inspection_members m JOIN house_inspections i "
               "ON i.inspection_id = m.inspection_id WHERE i.house_id = ? "
               "ORDER BY m.inspection_id, m.storey, m.member_type",
    "insert_member": "INSERT INTO inspection_members (%s) VALUES (%s)" % (
        ", ".join(q(c) for c in MEMBER_COLUMNS), ", ".join("?" * len(MEMBER_COLUMNS))),
}
# PostgreSQL: the house stays locked until the save commits, so that no other save can
# come in between the check and the write.
SQL["house_locked"] = SQL["house"] + " FOR UPDATE"

_BOOLEANS = {"houses": {f.name for f in schema.HOUSES.fields if f.type == "boolean"},
             "house_inspections": {f.name for f in schema.HOUSE_INSPECTIONS.fields
                                   if f.type == "boolean"}}


def _plain(columns, row, table):
    """{column: value} of a row as a GeoPackage gives it: PostgreSQL's dates and
    timestamps as ISO text, its booleans as 0/1."""
    booleans = _BOOLEANS.get(table, ())
    out = {}
    for c, v in zip(columns, row):
        if c in booleans and isinstance(v, bool):
            v = int(v)
        out[c] = dbref.timestamp_text(v)
    return out


def _for_backend(con, table, values):
    """`values` with 0/1 flags as booleans on PostgreSQL (SQLite keeps integers)."""
    if not dbref.is_postgis(con):
        return values
    booleans = _BOOLEANS[table]
    return {k: bool(v) if k in booleans and v is not None else v for k, v in values.items()}


def tr(text):
    """Marks a message template for translation; the caller translates it."""
    return text


class SaveError(Exception):
    """Why an inspection was not saved (nothing was written).  `field` is the
    (table, field) the problem is about, when known."""

    def __init__(self, template, *values, field=None):
        self.template = template
        self.values = values
        self.field = field
        super().__init__(template.format(*values))

    def translated(self, translate):
        return translate(self.template).format(*self.values)


class HouseNotFound(SaveError):
    pass


class StaleHouse(SaveError):
    """The house was changed by someone else since it was read."""


class HouseRecord(NamedTuple):
    """A house as read for recording an inspection."""
    house: dict                 # every field of the houses row (no geometry)
    inspections: List[dict]     # oldest first, each with "members": [(storey, type, total,
    #                             dangerous)]
    settings: dict              # the database settings (inspection cycles …)
    version: Optional[str]      # houses.updated_at when read (the optimistic lock)

    @property
    def house_id(self):
        return self.house["house_id"]

    def last_measured(self):
        """The latest inspection with member counts, or None."""
        with_members = [i for i in self.inspections if i["members"]]
        return with_members[-1] if with_members else None


# --- reading ---------------------------------------------------------------------------

def _read(con, house_id):
    row = con.execute(SQL["house"], (house_id,)).fetchone()
    if row is None:
        raise HouseNotFound(tr("There is no house {} in the database."), house_id)
    house = _plain(HOUSE_COLUMNS, row, "houses")
    inspections = [_plain(INSPECTION_COLUMNS, r, "house_inspections")
                   for r in con.execute(SQL["inspections"], (house_id,))]
    members = {}
    for iid, storey, mtype, total, dangerous in con.execute(SQL["members"], (house_id,)):
        members.setdefault(iid, []).append((storey, mtype, total, dangerous))
    for inspection in inspections:
        inspection["members"] = members.get(inspection["inspection_id"], [])
    return HouseRecord(house, inspections, dbref.read_settings(con), house["updated_at"])


def load(path, house_id):
    """The HouseRecord of `house_id` in the project database `path` (a GeoPackage path
    or a PostGIS reference, see dbref)."""
    con = dbref.connect(path)
    try:
        return _read(con, house_id)
    finally:
        con.close()


# --- what an inspection changes ----------------------------------------------------------

def gives_grade(inspection):
    return inspection.get("kind") in KINDS_WITH_GRADE and \
        inspection.get("appraisal_grade") not in (None, "")


def recorded_changes(house, inspection):
    """The fields of the house the inspection records directly (not the computed ones)."""
    out = {}
    if inspection.get("screening") not in (None, ""):
        out["screening"] = inspection["screening"]
    if gives_grade(inspection):
        out.update(appraisal_grade=inspection["appraisal_grade"],
                   appraisal_agency=inspection.get("appraisal_agency") or None,
                   appraisal_status="done",
                   appraised_on=_iso(inspection.get("inspected_on")))
    taken = split_multi(inspection.get("measures_taken"))
    if taken:
        had = split_multi(house.get("measures"))
        merged = [c for c in MEASURE.codes if c in set(had) | set(taken)]
        merged += [c for c in had if c not in MEASURE.codes]   # keep what we do not know
        if merged != had:
            out["measures"] = join_multi(merged)
    return out


def _with_new(record, inspection, members, inspection_id):
    """The house's inspections with `inspection` (and its members) among them."""
    if inspection_id is None:
        known = [i["inspection_id"] for i in record.inspections if i["inspection_id"]]
        inspection_id = max(known, default=0) + 1
    new = dict(inspection, inspection_id=inspection_id, house_id=record.house_id,
               members=[tuple(m) for m in members])
    return [i for i in record.inspections if i["inspection_id"] != inspection_id] + [new]


def assess(record, inspection, members, rules=None, as_of=None, inspection_id=None):
    """core.screening.assess of the house as it will be once `inspection` (a dict of
    house_inspections fields) with `members` [(storey, type, total, dangerous)] is
    recorded: exactly what grade_houses computes for this house afterwards."""
    house = dict(record.house)
    house.update(recorded_changes(record.house, inspection))
    return screening.assess(house, _with_new(record, inspection, members, inspection_id),
                            rules, record.settings, _as_of(as_of))


def graded_inspection(record, inspection, members, as_of=None, inspection_id=None):
    """The inspection whose member counts and ground indicators grade the house once
    `inspection` is recorded — core.screening's choice, the latest measured inspection
    up to `as_of` — or None when none is measured."""
    as_of = _as_of(as_of)
    candidates = [i for i in _with_new(record, inspection, members, inspection_id)
                  if as_date(i.get("inspected_on")) is not None
                  and as_date(i.get("inspected_on")) <= as_of
                  and screening._measured(i)]   # noqa: SLF001 (the core's own rule)
    if not candidates:
        return None
    return max(candidates, key=screening._key)  # noqa: SLF001


def computed_changes(assessment, as_of):
    """The grade_houses fields of an Assessment, as grade_houses writes them (without
    risk_rank, which ranks the whole county, and focus_near_poi)."""
    a = assessment
    return {
        "computed_screening": a.screening,
        "computed_grade": a.computed_grade,
        "grade_mismatch": None if a.grade_mismatch is None else int(a.grade_mismatch),
        "focus_business": int(a.focus_business),
        "focus_altered": int(a.focus_altered),
        "required_measures": join_multi(a.required_measures),
        "missing_measures": join_multi(a.missing_measures),
        "next_inspection_due": a.next_inspection_due.isoformat(),
        "graded_on": as_of.isoformat(),
    }


def _iso(value):
    if value in (None, ""):
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def _as_of(as_of):
    return as_date(as_of) or datetime.date.today()


# --- saving --------------------------------------------------------------------------------

class Saved(NamedTuple):
    inspection_id: int
    house_changes: dict
    assessment: object          # core.screening.Assessment


def _stale(house_id):
    return StaleHouse(tr("House {} was changed by someone else after this dialog read it. "
                         "Nothing was saved: close the dialog and record the inspection "
                         "again."), house_id)


def _field_of(message):
    """(table, field) named at the start of a database message ("table.field: …")."""
    head = message.split(":", 1)[0].strip()
    table, _, field = head.partition(".")
    t = schema.BY_NAME.get(table)
    if t is not None and field in t.field_names:
        return table, field
    return None


def _insert_inspection(con, row):
    row = _for_backend(con, "house_inspections", row)
    cols = [c for c in INSPECTION_INPUT if c in row]
    query = "INSERT INTO house_inspections (%s) VALUES (%s)" % (
        ", ".join(q(c) for c in cols), ", ".join("?" * len(cols)))
    if dbref.is_postgis(con):
        return con.execute(query + " RETURNING inspection_id", [row[c] for c in cols]).fetchone()[0]
    return con.execute(query, [row[c] for c in cols]).lastrowid


def _same_version(con, current, version):
    """Whether the house's updated_at read now is still `version` (the token read with it)."""
    if dbref.is_postgis(con):
        return version is not None and current == dbref.timestamp_value(version)
    return current == version


def _update_house(con, house_id, version, changes):
    """UPDATE … only while updated_at is still `version`; the rows changed (0 or 1)."""
    changes = _for_backend(con, "houses", changes)
    cols = list(changes)
    sets = ", ".join("%s = ?" % q(c) for c in cols)
    if dbref.is_postgis(con):
        query = "UPDATE houses SET %s WHERE house_id = ? AND updated_at IS NOT DISTINCT FROM ?"
        version = dbref.timestamp_value(version)
    else:
        query = "UPDATE houses SET %s WHERE house_id = ? AND updated_at IS ?"
    cur = con.execute(query % sets, [changes[c] for c in cols] + [house_id, version])
    return cur.rowcount


def inspection_row(house_id, inspection, user=None):
    """The house_inspections row of an inspection dict (dates as ISO text, flags 0/1)."""
    row = {}
    for f in schema.HOUSE_INSPECTIONS.fields:
        if f.name not in INSPECTION_INPUT or f.name not in inspection:
            continue
        value = inspection[f.name]
        if isinstance(value, str):
            value = value.strip() or None
        if f.type == "date":
            value = _iso(value)
        elif f.type == "boolean":
            value = int(bool(value)) if value is not None else 0
        row[f.name] = value
    row["house_id"] = house_id
    if user and not row.get("updated_by"):
        row["updated_by"] = user
    return row


def save(path, house_id, inspection, members, version, user=None, rules=None, as_of=None):
    """Record an inspection and update its house in ONE transaction; returns Saved.

    inspection: dict of house_inspections fields (kind, inspected_on, inspector,
      findings, screening, collapse_risk, the ground indicators, appraisal_grade,
      appraisal_agency, measures_taken as a list or "{a,b}").
    members: [(storey, member type, total, dangerous)].
    version: the house's updated_at when it was read (HouseRecord.version); when the
      house has changed since, StaleHouse is raised and nothing is written.
    Any refusal raises SaveError (field = the (table, field) concerned when known)
    and leaves the database as it was.
    """
    as_of = _as_of(as_of)
    inspection = dict(inspection)
    taken = split_multi(inspection.get("measures_taken"))
    inspection["measures_taken"] = join_multi(
        [c for c in MEASURE.codes if c in taken] + [c for c in taken if c not in MEASURE.codes])
    members = [tuple(m) for m in members]
    con = dbref.connect(path)
    try:
        with dbref.transaction(con):
            current = con.execute(SQL["house_locked" if dbref.is_postgis(con) else "house"],
                                  (house_id,)).fetchone()
            if current is None:
                raise HouseNotFound(tr("There is no house {} in the database."), house_id)
            if not _same_version(con, dict(zip(HOUSE_COLUMNS, current))["updated_at"], version):
                raise _stale(house_id)
            row = inspection_row(house_id, inspection, user)
            inspection_id = _insert_inspection(con, row)
            for storey, mtype, total, dangerous in members:
                con.execute(SQL["insert_member"], (inspection_id, storey, mtype, total, dangerous))
            # Graded from what the database now holds (also inspections others added).
            record = _read(con, house_id)
            saved = next(i for i in record.inspections if i["inspection_id"] == inspection_id)
            assessment = assess(record, saved, saved["members"], rules, as_of, inspection_id)
            changes = recorded_changes(record.house, saved)
            changes.update(computed_changes(assessment, as_of))
            if user:
                changes["updated_by"] = user
            if _update_house(con, house_id, version, changes) != 1:
                raise _stale(house_id)
    except SaveError:
        raise
    except _unwritable() as e:
        raise SaveError(tr("The project database {} could not be written ({}). Nothing was "
                           "saved."), dbref.label(path), e)
    except dbref.database_errors() as e:
        message = dbref.readable_error(e)
        raise SaveError(tr("The database refused the inspection: {}. Nothing was saved."),
                        message, field=_field_of(message))
    finally:
        con.close()
    return Saved(inspection_id, changes, assessment)


def _unwritable():
    """The exception classes of a database that cannot be written at all (locked,
    read-only, the server gone), as opposed to a rule refusing the inspection."""
    try:
        import psycopg2
    except ImportError:
        return (sqlite3.OperationalError,)
    return (sqlite3.OperationalError, psycopg2.OperationalError)
