"""Run inside the QGIS desktop (qgis --code scripts/screenshot_qgis.py) to take the
README's screenshots of the real application: the demo project's layer group and map,
a violation's attribute form, the plugin's create/open dialog, an algorithm dialog, the
case panel, the case dialog (fields, history, workflow, a transition), the house
inspection dialog (result, member counts), the settings and the report dialogs.

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
    QTimer.singleShot(2500, lambda: step6_panel(dlg))


def step6_panel(dlg):
    shot("import_patches_dialog.png", dlg)
    dlg.close()
    plugin = plugins.get("liangwei")
    plugin.toggle_case_panel(True)
    QTimer.singleShot(3000, step7_case)


def _database():
    path = layer("violations").source().split("|")[0]
    import sqlite3
    return path, sqlite3.connect(path)


def step7_case():
    shot("case_panel.png")
    plugin = plugins.get("liangwei")
    path, con = _database()
    # a case far along the workflow, with a history worth showing
    case_id = con.execute(
        "SELECT case_id FROM case_events GROUP BY case_id ORDER BY count(*) DESC, case_id "
        "LIMIT 1").fetchone()[0]
    dialog = plugin.open_case(path, case_id)
    dialog.move(180, 40)
    QTimer.singleShot(1500, lambda: step8_case_tabs(dialog))


def step8_case_tabs(dialog):
    shot("case_dialog.png", dialog)
    dialog.tabs.setCurrentWidget(dialog.historyTab)
    QTimer.singleShot(800, lambda: step9_workflow(dialog))


def step9_workflow(dialog):
    shot("case_dialog_history.png", dialog)
    # a fresh case at 核查 (verified): its next steps are 立案 and 不予立案
    plugin = plugins.get("liangwei")
    path, con = _database()
    row = con.execute("SELECT case_id FROM violations WHERE status = 'notified' "
                      "ORDER BY case_id LIMIT 1").fetchone()
    dialog.done(0)
    other = plugin.open_case(path, row[0])
    other.tabs.setCurrentWidget(other.workflowTab)
    QTimer.singleShot(1000, lambda: step10_transition(other))


def step10_transition(dialog):
    shot("case_dialog_workflow.png", dialog)
    step = dialog.ask_step("decided")
    QTimer.singleShot(1000, lambda: step11_inspection(dialog, step))


def step11_inspection(dialog, step):
    if step is not None:
        shot("transition_dialog.png", step)
        step.reject()
    dialog.done(0)
    plugin = plugins.get("liangwei")
    path, con = _database()
    house = con.execute(
        "SELECT i.house_id FROM house_inspections i JOIN inspection_members m "
        "ON m.inspection_id = i.inspection_id JOIN houses h ON h.house_id = i.house_id "
        "WHERE h.appraisal_grade IN ('C', 'D') GROUP BY i.house_id "
        "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    inspection = plugin.open_inspection(path, house)
    inspection.move(90, 40)
    QTimer.singleShot(1500, lambda: step12_members(inspection))


def step12_members(inspection):
    shot("inspection_dialog.png", inspection)
    inspection.tabs.setCurrentWidget(inspection.membersTab)
    QTimer.singleShot(800, lambda: step13_settings(inspection))


def step13_settings(inspection):
    shot("inspection_members.png", inspection)
    inspection.done(0)
    plugins.get("liangwei").show_settings_dialog()
    QTimer.singleShot(1500, step14_report)


def step14_report():
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w.objectName() == "SettingsDialog":
            shot("settings_dialog.png", w)
            w.close()
    plugins.get("liangwei").show_report_dialog()
    QTimer.singleShot(1500, step15_done)


def step15_done():
    dialog = plugins.get("liangwei").report_dialog
    if dialog is not None:
        shot("report_dialog.png", dialog)
        dialog.close()
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(500, lambda: os._exit(0))


QTimer.singleShot(6000, step1_map)
