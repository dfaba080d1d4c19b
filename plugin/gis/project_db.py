"""Which project database the user is working on, found from the layers of the project.

The dialogs, the case panel and the map tools work on "the project database": the
GeoPackage behind the violations (or houses, or zones) layer the user has loaded with
the plugin.  When several are loaded, the active layer's database wins, else the
first one in the layer tree.
"""

import os

from qgis.core import QgsLayerTreeLayer, QgsProject, QgsProviderRegistry, QgsVectorLayer

# Tables whose layers identify a project database.
PROJECT_TABLES = ("violations", "houses", "zones", "house_inspections", "case_events")


def database_of(layer, tables=PROJECT_TABLES):
    """(path, table) of a layer whose source is a table of a project GeoPackage
    (`<path>.gpkg|layername=<table>` with table in `tables`), else (None, None)."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    table = parts.get("layerName")
    if not path.lower().endswith(".gpkg") or table not in tables:
        return None, None
    return os.path.abspath(path), table


def project_databases(project=None):
    """Paths of the project databases in the project, in layer-tree order, once each."""
    project = project or QgsProject.instance()
    seen = []
    ordered = [node.layer() for node in project.layerTreeRoot().findLayers()
               if isinstance(node, QgsLayerTreeLayer)]
    rest = [layer for layer in project.mapLayers().values() if layer not in ordered]
    for layer in ordered + rest:
        path, _table = database_of(layer)
        if path and path not in seen and os.path.exists(path):
            seen.append(path)
    return seen


def current_database(project=None, active_layer=None):
    """The project database to work on: the active layer's, else the first in the
    project; None when the project has none."""
    path, _table = database_of(active_layer)
    if path and os.path.exists(path):
        return path
    found = project_databases(project)
    return found[0] if found else None


def layer_of(project, path, table):
    """The layer of `table` of the database at `path` in the project, or None."""
    from .layers import layer_for
    return layer_for(project or QgsProject.instance(), path, table)
