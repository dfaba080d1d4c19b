"""Liangwei 两违治理 — QGIS plugin for illegal land use / construction governance and
self-built house safety.  QGIS calls classFactory(iface); everything else is
imported when it is needed."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin.main import LiangweiPlugin
    return LiangweiPlugin(iface)
