"""The plugin in a (test) QGIS window: loading, translations, unloading, the dialog.

pytest-qgis's QgisInterface has no plugin menu (its addPluginToMenu does nothing and
it has no removePluginMenu), so `iface` below gives it one that behaves like QGIS's:
a "Plugins" menu whose sub-menu of a plugin goes away with its last action.
"""

import os
import subprocess

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QAction, QDialog, QDialogButtonBox, QMenu, QToolBar

LRELEASE = "/usr/lib/qt5/bin/lrelease"
ALGORITHMS = {"liangwei:create_database", "liangwei:import_zones",
              "liangwei:generate_demo_county", "liangwei:assign_zones",
              "liangwei:import_patches", "liangwei:detect_changes",
              "liangwei:flag_priorities", "liangwei:check_planning",
              "liangwei:validate_database", "liangwei:quarterly_patches",
              "liangwei:import_houses", "liangwei:grade_houses", "liangwei:township_stats",
              "liangwei:create_postgis_schema", "liangwei:create_township_role",
              "liangwei:export_report"}
ZH = {
    "Liangwei": "两违治理",
    "Create/open project database": "新建/打开治违数据库",
    "Liangwei 两违治理": "两违治理",
}


class PluginsMenu:
    """QGIS's Plugins menu: addPluginToMenu(name, action) / removePluginMenu(name, action)."""

    def __init__(self, main_window):
        self.menu = main_window.menuBar().addMenu("Plugins")

    def submenu(self, name):
        for action in self.menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def add(self, name, action):
        sub = self.submenu(name)
        if sub is None:
            sub = QMenu(name, self.menu)
            self.menu.addMenu(sub)
        sub.addAction(action)

    def remove(self, name, action):
        sub = self.submenu(name)
        if sub is None:
            return
        sub.removeAction(action)
        if not sub.actions():
            self.menu.removeAction(sub.menuAction())
            sub.deleteLater()


@pytest.fixture()
def iface(qgis_iface, monkeypatch):
    menu = PluginsMenu(qgis_iface.mainWindow())
    monkeypatch.setattr(qgis_iface, "addPluginToMenu", menu.add, raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", menu.remove, raising=False)
    qgis_iface.plugins_menu = menu
    yield qgis_iface
    qgis_iface.mainWindow().menuBar().removeAction(menu.menu.menuAction())
    menu.menu.deleteLater()


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def _write_qm(folder, locale, messages):
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / ("liangwei_%s.ts" % locale)
    body = "".join("<message><source>%s</source><translation>%s</translation></message>\n"
                   % (src, dst) for src, dst in messages.items())
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  '<TS version="2.1" language="%s"><context><name>Liangwei</name>\n%s'
                  '</context></TS>\n' % (locale, body), encoding="utf-8")
    subprocess.run([LRELEASE, "-silent", str(ts)], check=True)
    ts.unlink()
    return folder / ("liangwei_%s.qm" % locale)


@pytest.fixture()
def zh_locale():
    settings = QgsSettings()
    old = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "zh_CN")
    yield
    settings.setValue("locale/userLocale", old)


@pytest.fixture()
def zh_translations(tmp_path, monkeypatch, zh_locale):
    """A compiled Chinese translation of the plugin's start-up strings, found through
    the language (liangwei_zh.qm) for the locale zh_CN."""
    if not os.access(LRELEASE, os.X_OK):
        pytest.fail("lrelease (qttools5-dev-tools) is not installed: run scripts/setup.sh")
    from liangwei.plugin.main import LiangweiPlugin
    folder = tmp_path / "i18n"
    _write_qm(folder, "zh", ZH)
    monkeypatch.setattr(LiangweiPlugin, "i18n_dir", str(folder))
    return folder


# The plugin's actions (object names), in toolbar order.
ACTIONS = ["liangweiDatabaseAction", "liangweiCasePanelAction", "liangweiSettingsAction",
           "liangweiNewCaseAction", "liangweiOpenCaseAction", "liangweiInspectionAction",
           "liangweiReportAction"]


def _our_actions(main_window):
    return [a for a in main_window.findChildren(QAction) if a.objectName() == "liangweiDatabaseAction"]


def _all_our_actions(main_window):
    return [a for a in main_window.findChildren(QAction) if a.objectName().startswith("liangwei")]


def test_plugin_loads_translated_and_unloads_completely(iface, zh_translations, qgis_processing):
    import liangwei

    registry = QgsApplication.processingRegistry()
    assert registry.providerById("liangwei") is None
    english = QCoreApplication.translate("Liangwei", "Create/open project database")
    assert english == "Create/open project database"

    plugin = liangwei.classFactory(iface)
    plugin.initGui()
    main = iface.mainWindow()

    # Translated action, toolbar and menu.
    actions = _our_actions(main)
    assert len(actions) == 1
    action = actions[0]
    assert action.text() == "新建/打开治违数据库"
    assert not action.icon().isNull()
    toolbars = [t for t in main.findChildren(QToolBar) if t.objectName() == "LiangweiToolbar"]
    assert len(toolbars) == 1
    assert toolbars[0].windowTitle() == "两违治理"
    assert [a.objectName() for a in toolbars[0].actions()] == ACTIONS
    assert toolbars[0].actions()[0] is action
    assert all(not a.icon().isNull() and a.toolTip() for a in toolbars[0].actions())
    sub = iface.plugins_menu.submenu("两违治理")
    assert sub is not None and sub.actions() == toolbars[0].actions()

    # Processing provider with every algorithm, each with a help text.
    provider = registry.providerById("liangwei")
    assert provider is not None
    assert provider.name() == "两违治理"
    assert {a.id() for a in provider.algorithms()} == ALGORITHMS
    for alg in provider.algorithms():
        assert len(alg.shortHelpString()) > 200, alg.id()
        assert not alg.icon().isNull()

    plugin.unload()
    _flush_deletes()

    assert registry.providerById("liangwei") is None
    assert all(registry.algorithmById(a) is None for a in ALGORITHMS)
    assert _all_our_actions(main) == []
    assert [t for t in main.findChildren(QToolBar) if t.objectName() == "LiangweiToolbar"] == []
    assert iface.plugins_menu.submenu("两违治理") is None
    assert iface.plugins_menu.menu.actions() == []
    # The translator is gone too.
    assert QCoreApplication.translate("Liangwei", "Create/open project database") == english


def test_plugin_without_translation_is_english(iface, qgis_processing, tmp_path, monkeypatch):
    from liangwei.plugin.main import LiangweiPlugin
    monkeypatch.setattr(LiangweiPlugin, "i18n_dir", str(tmp_path))  # no .qm files there
    plugin = LiangweiPlugin(iface)
    plugin.initGui()
    try:
        assert [a.text() for a in _our_actions(iface.mainWindow())] == ["Create/open project database"]
        assert iface.plugins_menu.submenu("Liangwei") is not None
    finally:
        plugin.unload()
        _flush_deletes()
    assert _our_actions(iface.mainWindow()) == []


def test_translation_file_prefers_exact_locale(tmp_path):
    from liangwei.plugin.i18n import translation_file
    (tmp_path / "liangwei_zh.qm").write_bytes(b"")
    assert translation_file(str(tmp_path), "zh_CN") == str(tmp_path / "liangwei_zh.qm")
    (tmp_path / "liangwei_zh_CN.qm").write_bytes(b"")
    assert translation_file(str(tmp_path), "zh_CN") == str(tmp_path / "liangwei_zh_CN.qm")
    assert translation_file(str(tmp_path), "zh-TW") == str(tmp_path / "liangwei_zh.qm")
    assert translation_file(str(tmp_path), "de_DE") is None
    (tmp_path / "liangwei_zh.qm").unlink()
    # QGIS's own names for its Chinese locales
    for qgis_locale in ("zh-Hans", "zh-Hant", "zh"):
        assert translation_file(str(tmp_path), qgis_locale) == str(tmp_path / "liangwei_zh_CN.qm")


def test_processing_only_start_then_unload(qgis_processing):
    """qgis_process calls classFactory(None) and initProcessing() only."""
    import liangwei
    plugin = liangwei.classFactory(None)
    plugin.initProcessing()
    registry = QgsApplication.processingRegistry()
    assert {a.id() for a in registry.providerById("liangwei").algorithms()} == ALGORITHMS
    plugin.unload()
    assert registry.providerById("liangwei") is None


def test_action_opens_the_dialog(iface, qgis_processing, qtbot):
    from liangwei.plugin.main import LiangweiPlugin
    plugin = LiangweiPlugin(iface)
    plugin.initGui()
    try:
        plugin.actions[0].trigger()
        dialog = plugin.dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key_Escape)
        assert plugin.dialog is None
    finally:
        plugin.unload()
        _flush_deletes()


# --- the create/open dialog ---------------------------------------------------------------

@pytest.fixture()
def dialog(qtbot, qgis_new_project):
    from liangwei.ui.database_dialog import DatabaseDialog
    dlg = DatabaseDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def _click_ok(qtbot, dlg):
    qtbot.mouseClick(dlg.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)


def _settings_of(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("settings")
    return {f.GetField("key"): f.GetField("value") for f in layer}


def test_dialog_creates_database_and_loads_group(dialog, qtbot, tmp_path):
    target = tmp_path / "county.gpkg"
    assert dialog.createRadio.isChecked()
    assert dialog.crsWidget.crs().authid() == "EPSG:4490"
    dialog.fileWidget.setFilePath(str(target))
    qtbot.keyClicks(dialog.countyCodeEdit, "330624")
    _click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.Accepted, dialog.last_error
    assert target.exists()
    settings = _settings_of(target)
    assert settings["county_code"] == "330624"
    assert settings["crs"] == "EPSG:4490"
    group = QgsProject.instance().layerTreeRoot().findGroup("两违治理")
    assert group is not None and group is dialog.group
    tables = {layer.layer().source().split("layername=")[-1] for layer in group.findLayers()}
    assert {"violations", "houses", "zones", "case_events", "attachments"} <= tables
    assert str(target) in dialog.summary and "330624" in dialog.summary


def test_dialog_crs_and_no_suffix(dialog, qtbot, tmp_path):
    dialog.fileWidget.setFilePath(str(tmp_path / "projected"))
    qtbot.keyClicks(dialog.countyCodeEdit, "330624")
    dialog.crsWidget.setCrs(QgsCoordinateReferenceSystem("EPSG:4549"))
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted, dialog.last_error
    assert _settings_of(tmp_path / "projected.gpkg")["crs"] == "EPSG:4549"


@pytest.mark.parametrize("typed, expected", [
    ("33062", "exactly 6 digits"),
    ("abc", "Enter the 6-digit county division code"),  # letters never reach the field
])
def test_dialog_refuses_bad_county_code(dialog, qtbot, tmp_path, typed, expected):
    target = tmp_path / "county.gpkg"
    dialog.fileWidget.setFilePath(str(target))
    qtbot.keyClicks(dialog.countyCodeEdit, typed)
    _click_ok(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    assert expected in dialog.last_error
    assert dialog.errorLabel.isVisible()
    assert expected in dialog.errorLabel.text()
    assert dialog.countyCodeEdit.hasFocus()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file either
    assert QgsProject.instance().layerTreeRoot().findGroup("两违治理") is None
    assert QgsProject.instance().mapLayers() == {}


def test_dialog_refuses_existing_file_without_overwrite(dialog, qtbot, tmp_path):
    target = tmp_path / "county.gpkg"
    target.write_bytes(b"not a database, but somebody's file")
    dialog.fileWidget.setFilePath(str(target))
    qtbot.keyClicks(dialog.countyCodeEdit, "330624")
    _click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.Accepted
    assert "already exists" in dialog.last_error
    assert target.read_bytes() == b"not a database, but somebody's file"

    qtbot.mouseClick(dialog.overwriteCheck, Qt.LeftButton)
    assert dialog.overwriteCheck.isChecked()
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted, dialog.last_error
    assert _settings_of(target)["county_code"] == "330624"


def test_dialog_enter_accepts_and_escape_rejects(dialog, qtbot, tmp_path):
    dialog.fileWidget.setFilePath(str(tmp_path / "enter.gpkg"))
    qtbot.keyClicks(dialog.countyCodeEdit, "330683")
    qtbot.keyClick(dialog.countyCodeEdit, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted, dialog.last_error
    assert _settings_of(tmp_path / "enter.gpkg")["county_code"] == "330683"

    from liangwei.ui.database_dialog import DatabaseDialog
    other = DatabaseDialog()
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClick(other, Qt.Key_Escape)
    assert other.result() == QDialog.Rejected and not other.isVisible()


def test_dialog_opens_existing_database(dialog, qtbot, tmp_path):
    from liangwei.plugin.store import gpkg
    target = tmp_path / "existing.gpkg"
    gpkg.create(str(target), "330624")
    qtbot.mouseClick(dialog.openRadio, Qt.LeftButton)
    assert dialog.openRadio.isChecked()
    assert not dialog.countyCodeEdit.isEnabled() and not dialog.overwriteCheck.isVisible()
    dialog.fileWidget.setFilePath(str(target))
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted, dialog.last_error
    assert dialog.upgrades == []
    assert "330624" in dialog.summary
    group = QgsProject.instance().layerTreeRoot().findGroup("两违治理")
    assert group is not None and len(group.findLayers()) >= 7


def test_dialog_refuses_a_foreign_geopackage(dialog, qtbot, tmp_path):
    target = tmp_path / "other.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    ds.CreateLayer("roads", None, ogr.wkbLineString)
    ds = None
    before = target.read_bytes()
    dialog.openRadio.setChecked(True)
    dialog.fileWidget.setFilePath(str(target))
    _click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.Accepted
    assert "not a Liangwei project database" in dialog.last_error
    assert target.read_bytes() == before
    assert QgsProject.instance().mapLayers() == {}


def test_dialog_fits_a_small_screen_and_tab_order(dialog, qtbot):
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    dialog.createRadio.setFocus()
    order = []
    widget = dialog.createRadio
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.TabFocus) or not widget.isVisibleTo(dialog):
            widget = widget.nextInFocusChain()
        order.append(widget)
    file_edit = dialog.fileWidget.lineEdit()
    assert order.index(file_edit) < order.index(dialog.countyCodeEdit) < \
        order.index(dialog.overwriteCheck) < order.index(dialog.buttonBox.button(QDialogButtonBox.Ok))



def test_layer_actions_open_the_case_and_inspection_dialogs(iface, qgis_processing, qtbot,
                                                           tmp_path, monkeypatch):
    """The actions the styles put on violations and houses reach the running plugin."""
    import qgis.utils
    from qgis.core import (QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,
                           QgsFeatureRequest)
    from liangwei.plugin.gis.layers import LAYER_ACTIONS, load_project
    from liangwei.plugin.main import LiangweiPlugin
    from liangwei.plugin.store import demo_writer, gpkg

    path = str(tmp_path / "county.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=2, villages=6, violations=8,
                                  houses=4)
    plugin = LiangweiPlugin(iface)
    plugin.initGui()
    monkeypatch.setitem(qgis.utils.plugins, "some_folder_name", plugin)
    project = QgsProject.instance()
    try:
        load_project(path, project)
        opened = {}
        for table, attr, key in (("violations", "case_dialogs", "case_id"),
                                 ("houses", "inspection_dialogs", "house_id")):
            layer = [lyr for lyr in project.mapLayers().values()
                     if lyr.source().endswith("layername=" + table)][0]
            uuid = LAYER_ACTIONS[table][0]
            action = [a for a in layer.actions().actions() if a.id().toString() == uuid]
            assert len(action) == 1 and action[0].name() in LAYER_ACTIONS[table][1]
            feature = next(layer.getFeatures(QgsFeatureRequest().setLimit(1)))
            context = QgsExpressionContext()
            context.appendScope(QgsExpressionContextUtils.layerScope(layer))
            context.setFeature(feature)
            # What QGIS's action runner does (it needs the desktop's Python runner): expand
            # the [% %] expressions, run the Python.
            exec(QgsExpression.replaceExpressionText(action[0].command(), context), {})
            dialogs = getattr(plugin, attr)
            assert len(dialogs) == 1
            (db, opened_key), dialog = next(iter(dialogs.items()))
            assert opened_key == feature[key] and os.path.samefile(db, path)
            opened[table] = dialog
        assert opened["violations"].case_id in opened["violations"].windowTitle()
    finally:
        plugin.unload()
        project.removeAllMapLayers()
        _flush_deletes()
