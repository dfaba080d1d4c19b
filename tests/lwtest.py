"""Helpers shared by the algorithm tests (imported as `lwtest`; tests/ is on sys.path)."""

import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsGeometry,
                       QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer)
from qgis.PyQt.QtCore import QVariant


class Recorder(QgsProcessingFeedback):
    """Keeps what an algorithm told the user; cancels once progress reaches
    `cancel_at` percent."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.infos, self.errors = [], []
        if cancel_at is not None:
            self.progressChanged.connect(lambda p: p >= cancel_at and self.cancel())

    def pushInfo(self, text):
        self.infos.append(text)

    def pushWarning(self, text):
        self.infos.append(text)

    def reportError(self, text, fatalError=False):
        self.errors.append(text)

    @property
    def log(self):
        return "\n".join(self.infos + self.errors)


def run_algorithm(name, params, feedback=None):
    """(results, feedback) of processing.run("liangwei:<name>")."""
    import processing
    feedback = feedback or Recorder()
    return processing.run("liangwei:" + name, params, feedback=feedback), feedback


def refusal(name, params):
    """The message of liangwei:<name>'s refusal of a run (the test fails without one)."""
    import processing
    with pytest.raises(QgsProcessingException) as info:
        processing.run("liangwei:" + name, params, feedback=Recorder())
    return str(info.value)



def memory_layer(kind, crs, rows, fields=(("name", QVariant.String),), name="input"):
    """A memory layer `name` of `kind` (Point, MultiPolygon …) in `crs` (None: no CRS)
    from rows (attributes, geometry as QgsGeometry or WKT), with `fields` ((name,
    QVariant type))."""
    layer = QgsVectorLayer("%s?crs=%s" % (kind, crs) if crs else kind, name, "memory")
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    features = []
    for attrs, geometry in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes(list(attrs))
        f.setGeometry(geometry if isinstance(geometry, QgsGeometry)
                      else QgsGeometry.fromWkt(geometry))
        features.append(f)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def update_row(con, table, key, value, values):
    """Change a row as another user's client would, on either back end (a connection of
    plugin.store.dbref)."""
    from liangwei.plugin.store import dbref, gpkg, postgis
    if dbref.is_postgis(con):
        postgis.update(con.raw, table, key, value, values)
    else:
        gpkg.update(con, table, key, value, values)
