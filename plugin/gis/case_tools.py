"""Map tools that start the case dialog, and the geometry work of a new case.

PolygonDrawTool: left click adds a vertex (snapping as QGIS is set up), right click
or Enter finishes once there are 3 vertices, Backspace removes the last vertex and
Escape starts over; `polygonDrawn(QgsGeometry, QgsCoordinateReferenceSystem)` gives the
polygon in the canvas CRS.

CasePickTool: a click on a violation of any layer showing a project database's
violations table gives `casePicked(path, case_id)` (the smallest case under the click
when several overlap), or `nothingPicked()`.

case_geometry() makes a drawn polygon a case geometry (the violations table's CRS,
MultiPolygon, repaired within 1 % of its area or refused); zone_assignment() finds
its township and village by the largest overlap, reading only the zones whose
bounding box meets it.
"""

from typing import NamedTuple, Optional

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException,
                       QgsFeature, QgsFeatureRequest, QgsField, QgsGeometry, QgsPointXY,
                       QgsProject, QgsRectangle, QgsVectorLayer, QgsWkbTypes)
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, QVariant, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from ..store import cases
from .area import AreaCalculator
from .project_db import database_of
from .zoning import NOWHERE, ZoneIndex


# --- the geometry of a new case ----------------------------------------------------------

class CaseGeometry(NamedTuple):
    geometry: QgsGeometry          # MultiPolygon in the violations table's CRS
    area_m2: float                 # ellipsoidal
    repair_note: Optional[str]     # what a repair changed, None when none was needed


def table_crs(con, table="violations"):
    """The QgsCoordinateReferenceSystem of a layer table of the project database."""
    _srs_id, authid, definition = cases.table_crs(con, table)
    crs = QgsCoordinateReferenceSystem(authid) if authid else QgsCoordinateReferenceSystem()
    if not crs.isValid() and definition:
        crs = QgsCoordinateReferenceSystem.fromWkt(definition)
    return crs


def case_geometry(geometry, source_crs, target_crs, transform_context=None):
    """CaseGeometry of a drawn or picked polygon; ValueError with a readable reason
    when it cannot be a case (not a polygon, empty, not transformable, invalid beyond
    repair)."""
    from ...processing.algorithms.common import repair_polygon

    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise ValueError(tr("the polygon is empty"))
    geom = QgsGeometry(geometry)
    if source_crs is not None and source_crs.isValid() and source_crs != target_crs:
        context = transform_context or QgsProject.instance().transformContext()
        try:
            geom.transform(QgsCoordinateTransform(source_crs, target_crs, context))
        except QgsCsException as e:
            raise ValueError(tr("the polygon cannot be transformed to {}: {}")
                             .format(target_crs.authid(), e))
    area = AreaCalculator(target_crs, transform_context)
    fixed, problem, note = repair_polygon(geom, area)
    if problem:
        raise ValueError(problem)
    fixed.convertToMultiType()
    measured = area.area_m2(fixed)
    if measured <= 0:
        raise ValueError(tr("the polygon has no area"))
    return CaseGeometry(fixed, measured, note)


def zone_assignment(con, geometry, crs, transform_context=None):
    """(gis.zoning.Assignment, {zone_code: zone_name}) of a geometry in `crs`: the
    largest overlap, as liangwei:assign_zones decides it, computed on the zones whose
    bounding box meets the geometry's."""
    context = transform_context or QgsProject.instance().transformContext()
    zones_crs = table_crs(con, "zones")
    box = geometry.boundingBox()
    if zones_crs.isValid() and zones_crs != crs:
        box = QgsCoordinateTransform(crs, zones_crs, context).transformBoundingBox(box)
    else:
        zones_crs = crs
    zones = cases.zones_in_box(con, box.xMinimum(), box.xMaximum(), box.yMinimum(),
                               box.yMaximum())
    if not zones:
        return NOWHERE, {}
    layer = QgsVectorLayer("MultiPolygon", "zones", "memory")
    layer.setCrs(zones_crs)
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("zone_code", QVariant.String),
                            QgsField("level", QVariant.String),
                            QgsField("parent_code", QVariant.String)])
    layer.updateFields()
    features = []
    for z in zones:
        feature = QgsFeature(layer.fields())
        zone_geom = QgsGeometry()
        zone_geom.fromWkb(z.wkb)
        feature.setGeometry(zone_geom)
        feature.setAttributes([z.zone_code, z.level, z.parent_code])
        features.append(feature)
    provider.addFeatures(features)
    index = ZoneIndex.from_layer(layer, crs, context)
    return index.assign(geometry), {z.zone_code: z.zone_name for z in zones}


# --- drawing a polygon --------------------------------------------------------------------

class PolygonDrawTool(QgsMapTool):
    """Draw a polygon on the canvas (see the module docstring)."""

    polygonDrawn = pyqtSignal(QgsGeometry, QgsCoordinateReferenceSystem)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.points = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
        self.band.setColor(QColor(220, 30, 30, 200))
        self.band.setFillColor(QColor(220, 30, 30, 60))
        self.band.setWidth(2)
        self.setCursor(Qt.CrossCursor)

    def _map_point(self, event):
        return QgsPointXY(event.snapPoint())

    def _show(self, moving=None):
        if self.band is None:
            return
        points = list(self.points) + ([moving] if moving is not None else [])
        self.band.reset(QgsWkbTypes.PolygonGeometry)
        for i, p in enumerate(points):
            self.band.addPoint(p, i == len(points) - 1)

    def canvasMoveEvent(self, event):
        if self.points:
            self._show(self._map_point(event))

    def canvasReleaseEvent(self, event):
        if event.button() == Qt.LeftButton:
            self.points.append(self._map_point(event))
            self._show()
        elif event.button() == Qt.RightButton:
            self.finish()

    def keyPressEvent(self, event):
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.finish()
        elif key == Qt.Key_Escape:
            self.cancel()
        elif key in (Qt.Key_Backspace, Qt.Key_Delete):
            # Accepted in any case: QGIS would otherwise delete the selected features.
            if self.points:
                self.points.pop()
                self._show()
        else:
            event.ignore()
            return
        event.accept()

    def finish(self):
        """Emit the polygon when it has 3 vertices or more; returns it (else None)."""
        if len(self.points) < 3:
            return None
        ring = list(self.points) + [self.points[0]]
        geometry = QgsGeometry.fromPolygonXY([ring])
        crs = self.canvas().mapSettings().destinationCrs()
        self.cancel()
        self.polygonDrawn.emit(geometry, crs)
        return geometry

    def cancel(self):
        self.points = []
        if self.band is not None:
            self.band.reset(QgsWkbTypes.PolygonGeometry)

    def deactivate(self):
        self.cancel()
        super().deactivate()

    def clean_up(self):
        """Take the rubber band off the canvas (before the tool is dropped)."""
        if self.band is not None:
            self.cancel()
            self.canvas().scene().removeItem(self.band)
            self.band = None

    def isEditTool(self):
        return False


# --- picking a case -----------------------------------------------------------------------

class CasePickTool(QgsMapTool):
    """Click a violation to open its case (see the module docstring)."""

    casePicked = pyqtSignal(str, str)
    nothingPicked = pyqtSignal()

    def __init__(self, canvas, project=None):
        super().__init__(canvas)
        self.project = project
        self.setCursor(Qt.PointingHandCursor)

    def violation_layers(self):
        """(layer, path) of the project's layers showing a violations table, in
        layer-tree order."""
        project = self.project or QgsProject.instance()
        ordered = [n.layer() for n in project.layerTreeRoot().findLayers()]
        ordered += [l for l in project.mapLayers().values() if l not in ordered]
        found = []
        for layer in ordered:
            path, table = database_of(layer, ("violations",))
            if path and table == "violations":
                found.append((layer, path))
        return found

    def pick(self, map_point):
        """(path, case_id) of the case under a point in the canvas CRS, or None."""
        canvas = self.canvas()
        radius = QgsMapTool.searchRadiusMU(canvas)
        dest = canvas.mapSettings().destinationCrs()
        context = (self.project or QgsProject.instance()).transformContext()
        best = None
        for layer, path in self.violation_layers():
            try:
                if layer.crs() != dest:
                    to_layer = QgsCoordinateTransform(dest, layer.crs(), context)
                    point = to_layer.transform(map_point)
                    box = to_layer.transformBoundingBox(QgsRectangle(
                        map_point.x() - radius, map_point.y() - radius,
                        map_point.x() + radius, map_point.y() + radius))
                else:
                    point = QgsPointXY(map_point)
                    box = QgsRectangle(point.x() - radius, point.y() - radius,
                                       point.x() + radius, point.y() + radius)
            except QgsCsException:    # the click lies outside the layer's CRS
                continue
            click = QgsGeometry.fromPointXY(point)
            near = QgsGeometry.fromRect(box)
            index = layer.fields().indexOf("case_id")
            if index < 0:
                continue
            request = QgsFeatureRequest().setFilterRect(box)
            for feature in layer.getFeatures(request):
                case_id = feature.attribute(index)
                geom = feature.geometry()
                if not case_id or geom.isNull():
                    continue
                if geom.contains(click):
                    rank = (0, geom.area())
                elif geom.intersects(near):
                    rank = (1, geom.distance(click))
                else:
                    continue
                if best is None or rank < best[0]:
                    best = (rank, path, str(case_id))
        return None if best is None else (best[1], best[2])

    def canvasReleaseEvent(self, event):
        if event.button() != Qt.LeftButton:
            return
        found = self.pick(event.mapPoint())
        if found is None:
            self.nothingPicked.emit()
        else:
            self.casePicked.emit(*found)
