"""What several algorithms need from their inputs: attribute values, project database
tables behind layers, polygon repair within 1 % of the area, encoding advice."""

import os

from qgis.core import QgsGeometry, QgsProviderRegistry, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ...plugin.i18n import tr

# A repaired geometry may differ from the drawn one by less than this share of its area.
MAX_REPAIR_AREA_CHANGE = 0.01


def attribute(feature, index):
    """A feature's attribute as a plain Python value (None for NULL or no field)."""
    if index is None or index < 0:
        return None
    value = feature.attribute(index)
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def plain_value(value):
    """A QGIS attribute as a plain Python value (dates as datetime.date, date-times as
    datetime.datetime, invalid ones as None)."""
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def as_text(value):
    return "" if value is None else str(value).strip()


def looks_garbled(text):
    """True for text decoded with the wrong encoding: replacement characters (bytes that
    are not UTF-8), or Latin-1 letters where Chinese was meant."""
    if "\ufffd" in text:
        return True
    latin1 = any("\u0080" <= c <= "\u00ff" for c in text)
    cjk = any("\u4e00" <= c <= "\u9fff" for c in text)
    return latin1 and not cjk


def table_path(layer, table):
    """The GeoPackage path of a layer whose source is `<path>.gpkg|layername=<table>`,
    or None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or parts.get("layerName") != table:
        return None
    return path


def table_database(layer, table):
    """The database reference (store/dbref.py) of a layer that is the table `table` of a
    project database: table_path() for a GeoPackage, the county schema's reference for
    a QGIS "postgres" layer; None otherwise.  Open it with dbref.connect."""
    if layer is not None and layer.providerType() == "postgres":
        from ...plugin.gis.project_db import database_of
        ref, found = database_of(layer, (table,))
        return ref if found == table else None
    return table_path(layer, table)


def polygon_part(geometry):
    """The polygons of a geometry (makeValid may add lines and points), as one
    geometry; an empty geometry when there are none."""
    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if geometry.type() == QgsWkbTypes.PolygonGeometry and \
            QgsWkbTypes.flatType(geometry.wkbType()) in (QgsWkbTypes.Polygon, QgsWkbTypes.MultiPolygon):
        return geometry
    parts = [p for p in geometry.asGeometryCollection()
             if p.type() == QgsWkbTypes.PolygonGeometry and not p.isEmpty()]
    if not parts:
        return QgsGeometry()
    polygons = []
    for part in parts:
        polygons.extend(part.asGeometryCollection() if part.isMultipart() else [part])
    return QgsGeometry.collectGeometry(polygons)


def repair_polygon(geometry, area):
    """(geometry, problem, repair note) for a polygon feature's geometry.

    Z and M are dropped; an invalid polygon is repaired when the repair changes its
    ellipsoidal area (measured by `area`, a gis.area.AreaCalculator in the geometry's
    CRS) by less than 1 %, else refused.  `problem` is None when the geometry can be
    used; `note` says what a repair changed.
    """
    geometry = QgsGeometry(geometry)
    if geometry.isNull() or geometry.isEmpty():
        return None, tr("it has no geometry"), None
    if geometry.type() != QgsWkbTypes.PolygonGeometry:
        return None, tr("its geometry is not a polygon"), None
    if QgsWkbTypes.hasZ(geometry.wkbType()) or QgsWkbTypes.hasM(geometry.wkbType()):
        abstract = geometry.get()
        abstract.dropZValue()
        abstract.dropMValue()
    if geometry.isGeosValid():
        return geometry, None, None
    errors = "; ".join(e.what() for e in geometry.validateGeometry()) or tr("invalid")
    before = area.area_m2(geometry)
    fixed = polygon_part(geometry.makeValid())
    after = area.area_m2(fixed) if not fixed.isEmpty() else 0.0
    if fixed.isEmpty() or not fixed.isGeosValid():
        return None, tr("its geometry is invalid ({}) and cannot be repaired").format(errors), None
    if before <= 0:
        return None, tr("its geometry is invalid ({}): its rings cross so that its drawn "
                        "area cannot be measured, and the repaired shape ({:.1f} m²) "
                        "cannot be checked against it. Fix the polygon.").format(errors, after), None
    change = abs(after - before) / before
    if change >= MAX_REPAIR_AREA_CHANGE:
        return None, tr("its geometry is invalid ({}) and repairing it would change its "
                        "area by {:.1f} % (from {:.1f} m² to {:.1f} m²), more than "
                        "1 %. Fix the polygon.").format(errors, 100 * change, before, after), None
    return fixed, None, tr("{}; area changed by {:.3f} %").format(errors, 100 * change)


def encoding_hint(algorithm, parameters, name, context):
    """Advice for text that came out garbled: usually a shapefile without a .cpg file."""
    try:
        layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    except Exception:  # the input is a feature source definition or a model input
        layer = None
    if layer is not None and layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or ""
        if path.lower().endswith(".shp") and not os.path.exists(path[:-4] + ".cpg"):
            return tr(
                "The shapefile {} has no .cpg file telling its text encoding; Chinese "
                "shapefiles are usually GBK. Set the layer's encoding to GBK (Layer "
                "Properties ▸ Source ▸ Data source encoding), or put a file {} containing "
                "the word GBK beside it, and run the import again.").format(
                    path, os.path.basename(path[:-4]) + ".cpg")
    return tr("Set the input layer's data source encoding (Layer Properties ▸ Source), "
              "usually GBK for Chinese shapefiles, and run the import again.")


class DatabaseWriter:
    """The writes of an import into a project database of either backend (a GeoPackage
    path or a PostGIS reference, store/dbref.py): `transaction()` (all or nothing),
    `insert` and `update` through the backend's store (gpkg or postgis: geometries as
    WKB in the table's CRS, PostGIS through ST_GeomFromWKB with the table's SRID;
    booleans as the backend stores them), `execute` for plain `?` SQL.  `refused` are
    the exceptions of a row the database refuses, `unavailable` those of a database
    that cannot be written at all."""

    def __init__(self, ref):
        import sqlite3
        from ...plugin.store import dbref
        self.ref = ref
        self.con = dbref.connect(ref)
        self.postgis = dbref.is_postgis(self.con)
        self._srids = {}
        if self.postgis:
            import psycopg2
            from ...plugin.store import postgis
            self.refused = (psycopg2.Error, postgis.DatabaseError)
            self.unavailable = psycopg2.OperationalError
        else:
            self.refused = sqlite3.DatabaseError
            self.unavailable = sqlite3.OperationalError

    def label(self):
        from ...plugin.store import dbref
        return dbref.label(self.ref)

    def transaction(self):
        from ...plugin.store import dbref
        return dbref.transaction(self.con)

    def execute(self, query, params=()):
        return self.con.execute(query, params)

    def srid(self, table):
        if table not in self._srids:
            from ...plugin.store import gpkg, postgis
            self._srids[table] = postgis.layer_srid(self.con.raw, table) if self.postgis \
                else gpkg.layer_srs_id(self.con, table)
        return self._srids[table]

    def insert(self, table, row):
        """The new row's primary key."""
        from ...plugin.store import gpkg, postgis
        if self.postgis:
            return postgis.insert(self.con.raw, table, row)
        return gpkg.insert(self.con, table, row, self.srid(table))

    def update(self, table, key_field, key, changes):
        """The number of rows changed."""
        from ...plugin.store import gpkg, postgis
        if self.postgis:
            return postgis.update(self.con.raw, table, key_field, key, changes)
        return gpkg.update(self.con, table, key_field, key, changes)

    def add_case_event(self, case_id, to_status, actor=None, note=None, at=None):
        from ...plugin.store import gpkg, postgis
        if self.postgis:
            return postgis.add_case_event(self.con.raw, case_id, to_status, actor, note, at)
        return gpkg.add_case_event(self.con, case_id, to_status, actor, note, at)

    def readable_error(self, exc):
        from ...plugin.store import dbref
        return dbref.readable_error(exc)

    def close(self):
        self.con.close()
