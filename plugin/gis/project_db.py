"""Which project database the user is working on, found from the layers of the project.

The dialogs, the case panel and the map tools work on "the project database": the
GeoPackage behind the violations (or houses, or zones) layer the user has loaded with
the plugin.  When several are loaded, the active layer's database wins, else the
first one in the layer tree.

A project database is named by its reference (store/dbref.py): the GeoPackage's path,
or "postgres:<connection>|schema=<name>" for a table of a PostGIS county schema
loaded through QGIS's postgres provider.
"""

import os

from qgis.core import (QgsDataSourceUri, QgsLayerTreeLayer, QgsProject, QgsProviderRegistry,
                       QgsVectorLayer)

from ..store import dbref

# Tables whose layers identify a project database.
PROJECT_TABLES = ("violations", "houses", "zones", "house_inspections", "case_events")


def postgis_reference(uri):
    """The dbref reference of the schema of a QgsDataSourceUri (its connection: service,
    host, port, database, user, password or authentication configuration)."""
    info = uri.connectionInfo(False)
    if uri.authConfigId():
        # The password stays in QGIS's authentication database: expand it only here.
        info = uri.connectionInfo(True)
    return dbref.postgis_ref(info, uri.schema())


def database_of(layer, tables=PROJECT_TABLES):
    """(reference, table) of a layer whose source is a table of a project database: a
    GeoPackage (`<path>.gpkg|layername=<table>`: its path) or a PostGIS county schema
    (its dbref reference), with table in `tables`; else (None, None)."""
    if not isinstance(layer, QgsVectorLayer):
        return None, None
    if layer.providerType() == "postgres":
        uri = QgsDataSourceUri(layer.source())
        if uri.table() not in tables or not uri.schema():
            return None, None
        return postgis_reference(uri), uri.table()
    if layer.providerType() != "ogr":
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
        if path and path not in seen and dbref.exists(path):
            seen.append(path)
    return seen


def current_database(project=None, active_layer=None):
    """The project database to work on: the active layer's, else the first in the
    project; None when the project has none."""
    path, _table = database_of(active_layer)
    if path and dbref.exists(path):
        return path
    found = project_databases(project)
    return found[0] if found else None


def layer_of(project, path, table):
    """The layer of `table` of the database `path` in the project, or None."""
    project = project or QgsProject.instance()
    if dbref.is_postgis_ref(path):
        for layer in project.mapLayers().values():
            if database_of(layer, (table,)) == (path, table):
                return layer
        return None
    from .layers import layer_for
    return layer_for(project, path, table)
