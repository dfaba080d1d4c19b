"""Write the demo county's reference data (core/demo_reference.py) to its own GeoPackage.

These layers are not project-database tables: roads, railways, rivers (polygons and
centre lines), hills, farmland, planning, projects, the building surveys of 2023 and 2024,
permits and a batch of satellite patches, as a county keeps them beside its project
database.

The geometry frame is rebuilt from the seed and the project database's zones (the same
numbers of townships and villages and the same county code give the same county); the
database's violations are read so that new buildings and duplicate patches sit on real
cases.  Plain Python with osgeo.ogr (no QGIS): features are created from WKB packed with
``struct``, in transactions of a few thousand.  The file is written beside `out_path`
under a temporary name and moved into place when complete: after an error or a cancel
no file is left behind and an existing file is untouched.
"""

import datetime
import os
import struct
import tempfile
import time
import traceback

from ..core import demo_reference as ref
from ..core.demo import CRS, DemoCounty
from . import gpkg
from .demo_writer import DemoCanceled

CHUNK = 20000


def _ogr():
    from osgeo import ogr, osr
    ogr.UseExceptions()
    osr.UseExceptions()
    return ogr, osr


def line_wkb(flat):
    n = len(flat) // 2
    return struct.pack("<BII%dd" % (2 * n), 1, 2, n, *flat)


def multipolygon_wkb(polygons):
    parts = [struct.pack("<BII", 1, 6, len(polygons))]
    for rings in polygons:
        parts.append(struct.pack("<BII", 1, 3, len(rings)))
        for flat in rings:
            n = len(flat) // 2
            parts.append(struct.pack("<I%dd" % (2 * n), n, *flat))
    return b"".join(parts)


def _wkb(geom):
    kind, coords = geom
    return line_wkb(coords) if kind == ref.LINE else multipolygon_wkb(coords)


def _polygons(geometry):
    """[[flat ring, …], …] of an ogr polygon or multipolygon (other types: [])."""
    if geometry is None or geometry.IsEmpty():
        return []
    name = geometry.GetGeometryName().upper()
    if name == "POLYGON":
        parts = [geometry]
    elif name == "MULTIPOLYGON":
        parts = [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
    else:
        return []
    out = []
    for part in parts:
        rings = []
        for i in range(part.GetGeometryCount()):
            flat = []
            for pt in part.GetGeometryRef(i).GetPoints() or ():
                flat.append(pt[0])
                flat.append(pt[1])
            if len(flat) >= 8:
                rings.append(flat)
        if rings:
            out.append(rings)
    return out


def read_project(project_db_path):
    """What the reference data needs from a project database: county code and name,
    numbers of townships and villages, zone codes, the county's envelope, the last day
    a case was found, and the violations (case_id, status, township_code, floors,
    polygons)."""
    con = gpkg.connect(project_db_path)
    try:
        row = con.execute("SELECT value FROM settings WHERE key = 'county_code'").fetchone()
        if not row or not row[0]:
            raise gpkg.DatabaseError("%s has no county code in its settings" % project_db_path)
        srs_id = gpkg.layer_srs_id(con, "violations")
        if srs_id != int(CRS.split(":")[1]):
            raise gpkg.DatabaseError(
                "the demo reference data is in %s but the database's layers use EPSG:%s"
                % (CRS, srs_id))
        zones = con.execute("SELECT zone_code, zone_name, level, geom FROM zones").fetchall()
        county = [z for z in zones if z[2] == "county"]
        info = {
            "county_code": row[0],
            "county_name": county[0][1] if county else None,
            "county_envelope": (gpkg.blob_geometry(county[0][3]).GetEnvelope()
                                if county and county[0][3] is not None else None),
            "townships": sorted(z[0] for z in zones if z[2] in ("township", "street", "park")),
            "villages": sorted(z[0] for z in zones if z[2] in ("village", "community")),
        }
        last = con.execute("SELECT max(discovered_on) FROM violations").fetchone()[0]
        info["today"] = datetime.date.fromisoformat(last[:10]) if last else None
        violations = []
        for case_id, status, township, floors, blob in con.execute(
                "SELECT case_id, status, township_code, floors, geom FROM violations "
                "ORDER BY fid"):
            polygons = _polygons(gpkg.blob_geometry(blob)) if blob is not None else []
            if polygons:
                violations.append({"case_id": case_id, "status": status,
                                   "township_code": township, "floors": floors,
                                   "polygons": polygons})
        info["violations"] = violations
        return info
    finally:
        con.close()


def demo_county_for(info, seed):
    """The DemoCounty whose zones are those of the project database (checked)."""
    if not info["townships"] or not info["villages"]:
        raise gpkg.DatabaseError("the project database has no townships or villages: generate "
                                 "the demo county first")
    county = DemoCounty(seed=seed, townships=len(info["townships"]),
                        villages=len(info["villages"]), violations=0,
                        county_code=info["county_code"], county_name=info["county_name"],
                        today=info["today"])
    same = (sorted(z.code for z in county.townships) == info["townships"]
            and sorted(v.code for v in county.villages) == info["villages"])
    env = info["county_envelope"]
    if same and env is not None:
        flat = [x for poly in county._polygons(county.cells) for x in poly[0]]
        mine = (min(flat[0::2]), max(flat[0::2]), min(flat[1::2]), max(flat[1::2]))
        same = all(abs(a - b) < 1e-7 for a, b in zip(mine, env))
    if not same:
        raise gpkg.DatabaseError(
            "the project database's zones are not those of the demo county with seed %s: "
            "use the seed the database was generated with" % seed)
    return county


def write_demo_reference(project_db_path, out_path, seed=1, patches=None, buildings=None,
                         progress=None, is_canceled=None):
    """Write the reference layers of the demo county in `project_db_path` (a project
    database filled by write_demo_county with the same `seed`) to the GeoPackage
    `out_path` (replaced if it exists).

    patches: satellite patches in the batch (default 200); buildings: buildings in the
    2023 survey (default 5000).  progress: callable(percent); is_canceled: callable,
    checked every few thousand features (DemoCanceled is raised, nothing is left).
    Returns {"layers": {layer: features}, "buildings": {change kind: count, "ids": …},
    "permits": {…}, "patches": {…}, "county_code", "seed", "seconds"} — see
    core/demo_reference.py for the meaning of every count.
    """
    t0 = time.time()
    out_path = os.path.abspath(out_path)
    if os.path.abspath(project_db_path) == out_path:
        raise gpkg.DatabaseError("the reference data cannot be written into the project "
                                 "database itself: choose another file")
    info = read_project(project_db_path)
    county = demo_county_for(info, seed)
    data = ref.DemoReference(county, info["violations"], seed=seed, buildings=buildings,
                             patches=patches)
    folder = os.path.dirname(out_path)
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=".demo-reference-", dir=folder)
    os.close(fd)
    os.remove(tmp)
    try:
        counts = _Writer(tmp, data, progress, is_canceled).run()
        os.replace(tmp, out_path)
    except BaseException as e:
        # the traceback's frames hold the writer's layers, hence the open dataset:
        # release them so that the file is closed before it is removed
        traceback.clear_frames(e.__traceback__)
        for suffix in ("", "-journal", "-wal", "-shm"):
            if os.path.exists(tmp + suffix):
                os.remove(tmp + suffix)
        raise
    if progress:
        progress(100.0)
    summary = data.summary()
    summary.update(layers=counts, county_code=county.county_code, seed=seed,
                   seconds=round(time.time() - t0, 2))
    return summary


class _Writer(object):
    def __init__(self, path, data, progress, is_canceled):
        self.path = path
        self.data = data
        self.progress = progress
        self.is_canceled = is_canceled
        n = data.n_buildings
        self.total = 2000.0 + 2.1 * n + data.n_patches
        self.done = 0.0
        self.counts = {}

    def _tick(self, work):
        self.done += work
        if self.is_canceled and self.is_canceled():
            raise DemoCanceled("canceled: no reference data was written")
        if self.progress:
            self.progress(min(99.0, 100.0 * self.done / self.total))

    def run(self):
        ogr, osr = _ogr()
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(self.path)
        if ds is None:
            raise gpkg.DatabaseError("cannot create %s" % self.path)
        try:
            # a temporary file, only moved into place once complete: no need to sync
            ds.ExecuteSQL("PRAGMA synchronous = OFF")
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(int(CRS.split(":")[1]))
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            types = {ref.TEXT: ogr.OFTString, ref.INTEGER: ogr.OFTInteger,
                     ref.REAL: ogr.OFTReal}
            self.layers = {}
            for name, kind, fields in ref.LAYERS:
                layer = ds.CreateLayer(
                    name, srs, ogr.wkbLineString if kind == ref.LINE else ogr.wkbMultiPolygon,
                    options=["FID=fid", "GEOMETRY_NAME=geom"])
                for field, ftype in fields:
                    layer.CreateField(ogr.FieldDefn(field, types[ftype]))
                setters = {ref.TEXT: ogr.Feature.SetFieldString,
                           ref.INTEGER: ogr.Feature.SetFieldInteger64,
                           ref.REAL: ogr.Feature.SetField}
                self.layers[name] = (layer, [(k, f, setters[t]) for k, (f, t) in enumerate(fields)],
                                     layer.GetLayerDefn())
                self.counts[name] = 0
            self.ds = ds
            self.ogr = ogr
            data = self.data
            for name in ("roads", "railways", "rivers", "river_lines", "hills", "farmland",
                         "planning", "projects"):
                self._write((name, row) for row in getattr(data, name)())
            self._tick(2000.0)
            self._write(data.surveys(), work=1.0)
            self._write(("permits", row) for row in data.permits())
            self._write((("patches", row) for row in data.patches()), work=1.0)
        finally:
            # layers hold their dataset: release them first, then close the file
            self.layers = None
            self.ds = None
            layer = ds = None  # noqa: F841
        return dict(self.counts)

    def _write(self, pairs, work=0.0):
        ogr = self.ogr
        ds = self.ds
        ds.StartTransaction()
        n = 0
        try:
            for name, row in pairs:
                layer, fields, defn = self.layers[name]
                feature = ogr.Feature(defn)
                for k, field, setter in fields:
                    value = row.get(field)
                    if value is not None:
                        setter(feature, k, value)
                feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(_wkb(row["_geom"])))
                layer.CreateFeature(feature)
                self.counts[name] += 1
                n += 1
                if n % CHUNK == 0:
                    ds.CommitTransaction()
                    self._tick(CHUNK * work)
                    ds.StartTransaction()
        except BaseException:
            ds.RollbackTransaction()
            raise
        ds.CommitTransaction()
        self._tick((n % CHUNK) * work)
