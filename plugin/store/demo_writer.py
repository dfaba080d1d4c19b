"""Write the demo county (core/demo.py) into a project database, in one transaction.

Everything goes through the database's own rules: a violation is inserted as a clue
and gets its case number and registration event from the triggers; it then moves
step by step by inserting case_events rows, each step's required fields being set
by UPDATE first — exactly what a user of the plugin does, only batched.

Speed: rows go in with ``executemany`` in chunks, geometry blobs are packed directly
with ``struct`` (no per-row OGR), and all the steps of one depth of the workflow are
written together for a whole chunk of cases (different cases are independent, and
each case still gets its steps in order).

No Qt or QGIS imports; ``area_m2`` may be a QGIS-backed callable (the Processing
algorithm and scripts/demo_county.py pass ``gis.area.AreaCalculator(crs).area_m2``).
"""

import struct
import time

from ..core import settings as settings_rules
from ..core.demo import CRS, DemoCounty, patrol_finding
from . import gpkg, schema
from .sqlite_ddl import NOW, q

CHUNK = 500


class DemoCanceled(Exception):
    """Raised by write_demo_county when is_canceled() said so; nothing was written."""


# --- geometry blobs -------------------------------------------------------------------

def _header(srs_id, minx, maxx, miny, maxy):
    # GeoPackage binary header: magic, version 0, flags (little endian, xy envelope)
    return b"GP\x00\x03" + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy)


def multipolygon_blob(polygons, srs_id):
    """GeoPackage blob of [[flat ring, …], …] (rings closed, lon/lat flat lists)."""
    xs, ys = [], []
    parts = [struct.pack("<BII", 1, 6, len(polygons))]
    for rings in polygons:
        parts.append(struct.pack("<BII", 1, 3, len(rings)))
        for flat in rings:
            n = len(flat) // 2
            parts.append(struct.pack("<I%dd" % (2 * n), n, *flat))
            xs.append(min(flat[0::2]))
            xs.append(max(flat[0::2]))
            ys.append(min(flat[1::2]))
            ys.append(max(flat[1::2]))
    return _header(srs_id, min(xs), max(xs), min(ys), max(ys)) + b"".join(parts)


def point_blob(lon, lat, srs_id):
    return _header(srs_id, lon, lon, lat, lat) + struct.pack("<BIdd", 1, 1, lon, lat)


# --- the writer ---------------------------------------------------------------------------

_VIOLATION_FIELDS = (
    "fid", "geom", "patch_no", "batch", "township_code", "village_code", "address", "party_name",
    "party_type", "land_ownership", "land_class", "building_type", "floors", "area_m2",
    "building_area_m2", "discovered_on", "construction_started_on", "discovery_source",
    "flag_cadre", "flag_four_sides", "flag_obstructs", "flag_unsafe", "flag_typical",
    "flag_farmland", "reporter", "remarks", "created_at", "updated_by",
)
_ZONE_FIELDS = ("geom", "zone_code", "zone_name", "level", "parent_code", "annual_quota_m2",
                "no_violation_status", "responsible", "created_at", "updated_by")
_HOUSE_FIELDS = tuple(["fid", "geom"] + [f.name for f in schema.HOUSES.fields
                                         if f.name not in ("updated_at",)])
_INSPECTION_FIELDS = tuple(["inspection_id"] + [f.name for f in schema.HOUSE_INSPECTIONS.fields])
_MEMBER_FIELDS = ("inspection_id", "storey", "member_type", "total", "dangerous")
_PATROL_FIELDS = ("zone_code", "report_date", "reported_at", "found_count", "summary",
                  "reporter", "note", "created_at", "updated_by")
_EVENT_SQL = ("INSERT INTO case_events (case_id, at, from_status, to_status, actor, note) "
              "VALUES (?, ?, ?, ?, ?, ?)")


def _insert_sql(table, fields):
    return "INSERT INTO %s (%s) VALUES (%s)" % (
        q(table), ", ".join(q(f) for f in fields), ", ".join("?" * len(fields)))


def _check_empty(con):
    for table in ("zones", "violations", "houses", "case_events", "house_inspections",
                  "patrol_reports"):
        n = con.execute("SELECT count(*) FROM %s" % q(table)).fetchone()[0]
        if n:
            raise gpkg.DatabaseError(
                "the demo county needs an empty project database, but %s already holds %d "
                "row(s)" % (table, n))


def _count(con, table):
    return con.execute("SELECT count(*) FROM %s" % q(table)).fetchone()[0]


def write_demo_county(path, seed=1, townships=30, villages=500, violations=2000, houses=None,
                      area_m2=None, progress=None, is_canceled=None, today=None,
                      county_name=None, chunk=CHUNK):
    """Fill the empty project database at `path` with a demo county; returns a summary.

    The county code is the database's own (settings.county_code); its CRS must be
    EPSG:4490.  Zones, violations (with their whole case history), the patrol reports
    (零报告) of the last two weeks, houses and their inspections are written in ONE
    transaction: on an error or a cancel (``is_canceled()`` returning true, checked
    every chunk) it is rolled back and the database is left as it was; a cancel raises
    DemoCanceled.

    area_m2: callable(wkt) -> m² for violations.area_m2, e.g. the ellipsoidal
      ``gis.area.AreaCalculator("EPSG:4490").area_m2``.  None uses the generator's own
      planar area: the shoelace area of the stored lon/lat vertices on the local plane
      of the GRS 1980 ellipsoid at the violation's latitude (within ~1e-6 of the
      ellipsoidal area for polygons of this size).
    progress: callable(percent 0–100), called after every chunk.
    Returns {"tables": {table: rows}, "county_code", "county_name", "seed", "seconds",
    "straddling": n, "patrol_reports": rows, "area_source": "callable" | "planar"}.
    """
    t0 = time.time()
    con = gpkg.connect(path)
    try:
        row = con.execute("SELECT value FROM settings WHERE key = 'county_code'").fetchone()
        if not row or not row[0]:
            raise gpkg.DatabaseError("%s has no county code in its settings" % path)
        county_code = row[0]
        srs_id = gpkg.layer_srs_id(con, "violations")
        if srs_id != int(CRS.split(":")[1]):
            raise gpkg.DatabaseError(
                "the demo county is in %s but the database's layers use EPSG:%s; create the "
                "database with the CRS %s" % (CRS, srs_id, CRS))
        _check_empty(con)
        demo = DemoCounty(seed=seed, townships=townships, villages=villages,
                          violations=violations, houses=houses, county_code=county_code,
                          county_name=county_name, today=today)
        # A big page cache keeps the one long transaction in memory.
        con.execute("PRAGMA cache_size = -262144")
        con.execute("PRAGMA temp_store = MEMORY")
        writer = _Writer(con, demo, srs_id, area_m2, progress, is_canceled, chunk)
        with gpkg.transaction(con):
            writer.run()
        tables = {t: _count(con, t) for t in ("zones", "violations", "case_events", "houses",
                                              "house_inspections", "inspection_members")}
        if progress:
            progress(100.0)
        return {"tables": tables, "county_code": county_code, "county_name": demo.county_name,
                "seed": seed, "seconds": round(time.time() - t0, 2),
                "straddling": writer.straddling,
                "patrol_reports": _count(con, "patrol_reports"),
                "area_source": "callable" if area_m2 else "planar"}
    finally:
        con.close()


class _Writer(object):
    def __init__(self, con, demo, srs_id, area_m2, progress, is_canceled, chunk):
        self.con = con
        self.demo = demo
        self.srs_id = srs_id
        self.area_m2 = area_m2
        self.progress = progress
        self.is_canceled = is_canceled
        self.chunk = max(1, int(chunk))
        self.straddling = 0
        # {(village code, ISO day): [finding, …]} of the cases discovered on a patrol day
        self.patrol_days = {d.isoformat() for d in demo.patrol_days()}
        self.findings = {}
        # progress weights: roughly the time each part takes
        self.total_work = 1.0 + demo.n_violations * 8.0 + demo.n_houses * 2.0
        self.done_work = 0.0

    def _tick(self, work):
        self.done_work += work
        if self.is_canceled and self.is_canceled():
            raise DemoCanceled("canceled: nothing was written")
        if self.progress:
            self.progress(min(99.0, 100.0 * self.done_work / self.total_work))

    def run(self):
        self._settings()
        self._zones()
        self._tick(1.0)
        self._violations()
        self._patrol_reports()
        self._houses()
        self._no_violation_status()

    # settings: written here, inside the transaction (gpkg.write_settings opens its own)
    def _settings(self):
        sql = ("INSERT INTO settings (key, value_type, value, updated_at, updated_by) "
               "VALUES (?, ?, ?, %s, 'demo') ON CONFLICT(key) DO UPDATE SET "
               "value = excluded.value, updated_at = excluded.updated_at, "
               "updated_by = excluded.updated_by" % NOW)
        rows = []
        for key, value in self.demo.settings().items():
            rule = settings_rules.BY_KEY[key]
            rows.append((key, rule.type, settings_rules.to_text(key, value)))
        self.con.executemany(sql, rows)

    def _zones(self):
        rows = []
        for z in self.demo.zones():
            values = dict(z)
            values["geom"] = multipolygon_blob(z["_coords"], self.srs_id)
            rows.append([values[f] for f in _ZONE_FIELDS])
        self.con.executemany(_insert_sql("zones", _ZONE_FIELDS), rows)

    def _violations(self):
        con = self.con
        base = con.execute("SELECT COALESCE(MAX(fid), 0) FROM violations").fetchone()[0]
        insert_sql = _insert_sql("violations", _VIOLATION_FIELDS)
        fid = base
        batch = []
        for v in self.demo.violations():
            fid += 1
            values = dict(v)
            values["fid"] = fid
            values["geom"] = multipolygon_blob(v["_coords"], self.srs_id)
            if self.area_m2 is not None:
                values["area_m2"] = round(float(self.area_m2(v["geom"])), 2)
            if v["_straddles"]:
                self.straddling += 1
            if v["discovered_on"] in self.patrol_days and v["village_code"]:
                self.findings.setdefault((v["village_code"], v["discovered_on"]), []).append(
                    patrol_finding(v))
            batch.append((fid, [values[f] for f in _VIOLATION_FIELDS], v["_steps"]))
            if len(batch) >= self.chunk:
                self._write_violations(insert_sql, batch)
                batch = []
        if batch:
            self._write_violations(insert_sql, batch)

    def _write_violations(self, insert_sql, batch):
        con = self.con
        con.executemany(insert_sql, [b[1] for b in batch])
        first, last = batch[0][0], batch[-1][0]
        case_ids = dict(con.execute("SELECT fid, case_id FROM violations WHERE fid BETWEEN ? AND ?",
                                    (first, last)))
        depth = max(len(b[2]) for b in batch)
        updates_sql = {}
        for k in range(depth):
            updates = {}
            events = []
            for fid, _, steps in batch:
                if k >= len(steps):
                    continue
                step = steps[k]
                case_id = case_ids[fid]
                if step["set"]:
                    keys = tuple(sorted(step["set"]))
                    updates.setdefault(keys, []).append(
                        [step["set"][f] for f in keys] + [fid])
                events.append((case_id, step["at"], step["from_status"], step["to_status"],
                               step["actor"], step["note"]))
            for keys, rows in updates.items():
                sql = updates_sql.get(keys)
                if sql is None:
                    sql = updates_sql[keys] = "UPDATE violations SET %s WHERE fid = ?" % ", ".join(
                        "%s = ?" % q(f) for f in keys)
                con.executemany(sql, rows)
            con.executemany(_EVENT_SQL, events)
        self._tick(len(batch) * 8.0)

    def _patrol_reports(self):
        """零报告 of the last days, consistent with the cases just written."""
        rows = self.demo.patrol_reports(self.findings)
        self.con.executemany(_insert_sql("patrol_reports", _PATROL_FIELDS),
                             [[r[f] for f in _PATROL_FIELDS] for r in rows])

    def _houses(self):
        con = self.con
        fid = con.execute("SELECT COALESCE(MAX(fid), 0) FROM houses").fetchone()[0]
        insp_id = con.execute("SELECT COALESCE(MAX(inspection_id), 0) FROM house_inspections"
                              ).fetchone()[0]
        seq = con.execute("SELECT seq FROM sqlite_sequence WHERE name = 'house_inspections'"
                          ).fetchone()
        insp_id = max(insp_id, seq[0] if seq else 0)
        house_sql = _insert_sql("houses", _HOUSE_FIELDS)
        insp_sql = _insert_sql("house_inspections", _INSPECTION_FIELDS)
        member_sql = _insert_sql("inspection_members", _MEMBER_FIELDS)
        houses, inspections, members = [], [], []
        for h in self.demo.houses():
            fid += 1
            values = dict(h)
            values["fid"] = fid
            values["geom"] = point_blob(h["_coords"][0], h["_coords"][1], self.srs_id)
            houses.append([values.get(f) for f in _HOUSE_FIELDS])
            for insp in h["_inspections"]:
                insp_id += 1
                ivalues = dict(insp)
                ivalues["inspection_id"] = insp_id
                ivalues["house_id"] = h["house_id"]
                ivalues.setdefault("created_at", insp["inspected_on"] + "T10:00:00.000Z")
                ivalues.setdefault("updated_by", insp["inspector"])
                for name in ("settlement_ongoing", "sliding_ongoing", "collapse_risk"):
                    if ivalues.get(name) is None:
                        ivalues[name] = 0
                inspections.append([ivalues.get(f) for f in _INSPECTION_FIELDS])
                for storey, mtype, total, dangerous in insp["_members"]:
                    members.append((insp_id, storey, mtype, total, dangerous))
            if len(houses) >= self.chunk:
                self._write_houses(house_sql, insp_sql, member_sql, houses, inspections, members)
                houses, inspections, members = [], [], []
        if houses:
            self._write_houses(house_sql, insp_sql, member_sql, houses, inspections, members)

    def _write_houses(self, house_sql, insp_sql, member_sql, houses, inspections, members):
        self.con.executemany(house_sql, houses)
        if inspections:
            self.con.executemany(insp_sql, inspections)
        if members:
            self.con.executemany(member_sql, members)
        self._tick(len(houses) * 2.0)

    def _no_violation_status(self):
        """无违建 status: the generator's intent, but never 'passed' with an open case;
        a township passes when all its villages did, creates when any village does."""
        con = self.con
        open_villages = {r[0] for r in con.execute(
            "SELECT DISTINCT village_code FROM violations WHERE status NOT IN ('closed', 'not_filed')")}
        rows = []
        by_township = {}
        for z in self.demo.villages:
            status = z.nv_intent
            if status == "passed" and z.code in open_villages:
                status = "creating"
            rows.append((status, z.code))
            by_township.setdefault(z.parent, []).append(status)
        for code, statuses in by_township.items():
            if all(s == "passed" for s in statuses):
                t_status = "passed"
            elif any(s in ("creating", "passed") for s in statuses):
                t_status = "creating"
            else:
                t_status = "none"
            rows.append((t_status, code))
        con.executemany("UPDATE zones SET no_violation_status = ? WHERE zone_code = ?", rows)
