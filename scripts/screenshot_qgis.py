"""Run inside the QGIS desktop (qgis --code scripts/screenshot_qgis.py) to take the
README's screenshots of the real application: the demo project's layer group and map,
a violation's attribute form, and the plugin's create/open dialog.

Environment: LW_SHOT_DIR (where PNGs go), LW_SHOT_VILLAGE (village whose cases to zoom to).
Used by scripts/screenshots.sh, which starts Xvfb and QGIS.
"""

import os

from qgis.core import QgsFeatureRequest, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface, plugins

OUT = os.environ.get("LW_SHOT_DIR", "/tmp")
TOWNSHIP = os.environ.get("LW_SHOT_VILLAGE", "")


def layer(name_part):
    for lyr in QgsProject.instance().mapLayers().values():
        if lyr.source().split("|layername=")[-1].split("|")[0] == name_part:
            return lyr
    raise RuntimeError("no layer %s" % name_part)


def shot(name, widget=None):
    QApplication.processEvents()
    (widget or iface.mainWindow()).grab().save(os.path.join(OUT, name))


def step1_map():
    iface.mainWindow().setGeometry(0, 0, 1366, 768)
    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() == "Browser":
            dock.hide()
    viol = layer("violations")
    req = QgsFeatureRequest().setFilterExpression("\"village_code\" = '%s'" % TOWNSHIP)
    box = None
    for f in viol.getFeatures(req):
        b = f.geometry().boundingBox()
        box = b if box is None else (box.combineExtentWith(b) or box)
    if box is not None:
        iface.mapCanvas().setExtent(box.buffered(box.width() * 0.05))
    iface.mapCanvas().refresh()
    QTimer.singleShot(4000, step2_shot_map)


def step2_shot_map():
    shot("qgis_demo_county.png")
    viol = layer("violations")
    req = QgsFeatureRequest().setFilterExpression(
        "\"status\" = 'decided' AND \"flag_cadre\" = 1").setLimit(1)
    feats = list(viol.getFeatures(req)) or list(viol.getFeatures(QgsFeatureRequest().setLimit(1)))
    iface.setActiveLayer(viol)
    dlg = iface.getFeatureForm(viol, feats[0])
    dlg.resize(900, 700)
    dlg.show()
    QTimer.singleShot(2500, lambda: step3_shot_form(dlg))


def step3_shot_form(dlg):
    shot("violation_form.png", dlg)
    dlg.close()
    plugin = plugins.get("liangwei")
    plugin.show_database_dialog()
    QTimer.singleShot(2000, step4_dialog)


def step4_dialog():
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w.objectName() == "DatabaseDialog":
            shot("database_dialog.png", w)
            w.close()
    QTimer.singleShot(500, step5_algorithm)


def step5_algorithm():
    import processing
    dlg = processing.createAlgorithmDialog("liangwei:import_patches")
    dlg.resize(1100, 700)
    dlg.show()
    QTimer.singleShot(2500, lambda: step6_done(dlg))


def step6_done(dlg):
    shot("import_patches_dialog.png", dlg)
    dlg.close()
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(500, lambda: os._exit(0))


QTimer.singleShot(6000, step1_map)
