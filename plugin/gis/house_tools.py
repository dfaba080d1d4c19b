"""Map glue for recording house inspections: pick a house on the map, and refresh the
layers a saved inspection changed.  The dialog itself is ui/inspection_dialog.py.

HousePickTool: a click near a house of any layer showing a project database's houses
table gives `housePicked(path, house_id)` (the house nearest to the click within the
search radius), or `nothingPicked()`.
"""

from qgis.core import (QgsCoordinateTransform, QgsCsException, QgsFeatureRequest, QgsGeometry,
                       QgsPointXY, QgsProject, QgsRectangle)
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal

from .layers import layer_for
from .project_db import database_of

# The layers whose rows saving an inspection writes.
CHANGED_TABLES = ("houses", "house_inspections", "inspection_members")


def house_layers(project=None):
    """(layer, path) of the project's layers showing a houses table, in layer-tree order."""
    project = project or QgsProject.instance()
    ordered = [n.layer() for n in project.layerTreeRoot().findLayers()]
    ordered += [layer for layer in project.mapLayers().values() if layer not in ordered]
    found = []
    for layer in ordered:
        path, table = database_of(layer, ("houses",))
        if path and table == "houses":
            found.append((layer, path))
    return found


def reload_layers(path, project=None):
    """Show what a saved inspection wrote: reload the database's changed layers."""
    project = project or QgsProject.instance()
    for table in CHANGED_TABLES:
        layer = layer_for(project, path, table)
        if layer is not None:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()


class HousePickTool(QgsMapTool):
    """Click a house to record its inspection (see the module docstring)."""

    housePicked = pyqtSignal(str, str)
    nothingPicked = pyqtSignal()

    def __init__(self, canvas, project=None):
        super().__init__(canvas)
        self.project = project
        self.setCursor(Qt.PointingHandCursor)

    def pick(self, map_point):
        """(path, house_id) of the house nearest to a point in the canvas CRS within the
        search radius, or None."""
        canvas = self.canvas()
        radius = QgsMapTool.searchRadiusMU(canvas)
        dest = canvas.mapSettings().destinationCrs()
        context = (self.project or QgsProject.instance()).transformContext()
        box = QgsRectangle(map_point.x() - radius, map_point.y() - radius,
                           map_point.x() + radius, map_point.y() + radius)
        click = QgsGeometry.fromPointXY(QgsPointXY(map_point))
        best = None
        for layer, path in house_layers(self.project):
            index = layer.fields().indexOf("house_id")
            if index < 0:
                continue
            to_canvas = QgsCoordinateTransform(layer.crs(), dest, context)
            try:
                layer_box = QgsCoordinateTransform(dest, layer.crs(), context) \
                    .transformBoundingBox(box)
            except QgsCsException:    # the click lies outside the layer's CRS
                continue
            for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(layer_box)):
                house_id = feature.attribute(index)
                geom = QgsGeometry(feature.geometry())
                if not house_id or geom.isNull():
                    continue
                try:
                    geom.transform(to_canvas)
                except QgsCsException:
                    continue
                distance = geom.distance(click)
                if distance <= radius and (best is None or distance < best[0]):
                    best = (distance, path, str(house_id))
        return None if best is None else (best[1], best[2])

    def canvasReleaseEvent(self, event):
        if event.button() != Qt.LeftButton:
            return
        found = self.pick(event.mapPoint())
        if found is None:
            self.nothingPicked.emit()
        else:
            self.housePicked.emit(*found)
