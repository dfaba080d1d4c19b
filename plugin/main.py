"""The QGIS plugin object: the only module that talks to `iface`.

Start-up is kept cheap: the dialogs (and Qt Designer forms) are imported when first
used, the database code when an algorithm runs.
"""

import os

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import load_qt_translator, load_translator, remove_translator, tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")


class LiangweiPlugin:
    """QGIS calls initGui()/unload() in the desktop application, initProcessing()
    alone in qgis_process."""

    # Where liangwei_<locale>.qm files are looked for (a class attribute so that
    # tests can point it at compiled test translations).
    i18n_dir = os.path.join(PLUGIN_DIR, "i18n")
    toolbar_object_name = "LiangweiToolbar"

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.qt_translator = None       # Qt's own texts (standard buttons), see i18n
        self._translations_tried = False
        self.toolbar = None
        self.menu_name = None
        self.actions = []
        self.dialog = None
        self.case_panel = None          # created when first shown (keeps start-up cheap)
        self.case_panel_action = None
        self.settings_dialog = None
        self.report_dialog = None
        self.case_dialogs = {}          # (normalised path, case_id or "new-<n>") -> CaseDialog
        self.case_tools = {}            # "draw" / "pick" -> map tool, made when first used
        self.tool_actions = {}
        self.inspection_dialogs = {}    # (normalised path, house_id) -> InspectionDialog
        self._watching_project = False

    # --- translations ----------------------------------------------------------------

    def _install_translator(self):
        if not self._translations_tried:
            self._translations_tried = True
            self.translator = load_translator(self.i18n_dir)
            if self.translator is not None:
                self.qt_translator = load_qt_translator()

    # --- Processing ------------------------------------------------------------------

    def initProcessing(self):
        self._install_translator()
        if self.provider is None:
            from ..processing.provider import LiangweiProvider
            self.provider = LiangweiProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # --- GUI ---------------------------------------------------------------------------

    def initGui(self):
        self._install_translator()
        self.initProcessing()
        self.menu_name = tr("Liangwei")
        self.toolbar = self.iface.addToolBar(tr("Liangwei"))
        self.toolbar.setObjectName(self.toolbar_object_name)
        self._add_action(
            "database.svg", tr("Create/open project database"),
            tr("Create a new project database for a county, or open an existing one, and add "
               "its layers to the map"),
            self.show_database_dialog, "liangweiDatabaseAction")
        self.case_panel_action = self._add_action(
            "database.svg", tr("Case panel"),
            tr("Show or hide the panel of open cases: filters, overdue and stale cases; "
               "double-click a case to zoom to it and open it"),
            self.toggle_case_panel, "liangweiCasePanelAction")
        self.case_panel_action.setIcon(QgsApplication.getThemeIcon("/mActionOpenTable.svg"))
        self.case_panel_action.setCheckable(True)
        settings_action = self._add_action(
            "database.svg", tr("Project settings"),
            tr("Edit the settings of the project database (shared by everyone who uses it)"),
            self.show_settings_dialog, "liangweiSettingsAction")
        settings_action.setIcon(QgsApplication.getThemeIcon("/mActionOptions.svg"))
        self.tool_actions["draw"] = self._add_tool_action(
            "/mActionCapturePolygon.svg", tr("New case (draw polygon)"),
            tr("Draw the polygon of a new violation on the map: click its vertices, then "
               "right-click or press Enter. Backspace removes the last vertex, Escape starts "
               "over."), "draw", "liangweiNewCaseAction")
        self.tool_actions["pick"] = self._add_tool_action(
            "/mActionIdentify.svg", tr("Open case (click)"),
            tr("Click a violation on the map to open its case."), "pick",
            "liangweiOpenCaseAction")
        self.tool_actions["house"] = self._add_tool_action(
            "/mActionIdentify.svg", tr("Record a house inspection (click)"),
            tr("Click a self-built house on the map to record an inspection: member counts and "
               "ground indicators, with the screening class and the JGJ 125 grade computed as "
               "you type."), "house", "liangweiInspectionAction")
        report_action = self._add_action(
            "database.svg", tr("Export report"),
            tr("Export a monthly bulletin, wall maps, case or house records as PDF, or ledgers "
               "and summaries as spreadsheets"),
            self.show_report_dialog, "liangweiReportAction")
        report_action.setIcon(QgsApplication.getThemeIcon("/mActionSaveAsPDF.svg"))
        from .reports.templates import register_template_folder
        register_template_folder()
        self._watch_project(True)

    def _add_action(self, icon_file, text, tip, callback, object_name):
        action = QAction(QIcon(os.path.join(ICON_DIR, icon_file)), text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(self.menu_name, action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _add_tool_action(self, theme_icon, text, tip, kind, object_name):
        """A checkable action that switches the map tool `kind` on and off (the tool is
        made when first used: start-up imports nothing of it)."""
        action = QAction(QgsApplication.getThemeIcon(theme_icon), text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(True)
        action.triggered.connect(lambda checked, k=kind: self._toggle_case_tool(k, checked))
        self.iface.addPluginToMenu(self.menu_name, action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        if self.toolbar is not None:        # initGui ran (not only initProcessing)
            from .reports.templates import unregister_template_folder
            unregister_template_folder()
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
            self.report_dialog = None
        self._watch_project(False)
        if self.settings_dialog is not None:
            self.settings_dialog.close()
            self.settings_dialog.deleteLater()
            self.settings_dialog = None
        for dialog in list(self.case_dialogs.values()):
            if dialog.has_unsaved_changes():
                dialog.reject()         # asks whether to save (Cancel = discard: the plugin goes)
            dialog.done(0)
        self.case_dialogs = {}
        for dialog in list(self.inspection_dialogs.values()):
            dialog.done(0)              # entries not saved are dropped: the plugin goes
        self.inspection_dialogs = {}
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        for tool in self.case_tools.values():
            if canvas is not None and canvas.mapTool() is tool:
                canvas.unsetMapTool(tool)
            if hasattr(tool, "clean_up"):
                tool.clean_up()
            tool.deleteLater()
        self.case_tools = {}
        self.tool_actions = {}
        if self.case_panel is not None:
            self.iface.removeDockWidget(self.case_panel)
            self.case_panel.deleteLater()
            self.case_panel = None
        self.case_panel_action = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_name, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            main_window = self.iface.mainWindow()
            if main_window is not None:
                main_window.removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        remove_translator(self.qt_translator)
        self.translator = self.qt_translator = None
        self._translations_tried = False

    # --- actions ----------------------------------------------------------------------

    def show_database_dialog(self):
        from ..ui.database_dialog import DatabaseDialog

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = DatabaseDialog(self.iface.mainWindow())
        self.dialog.accepted.connect(self._database_loaded)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _database_loaded(self):
        dialog = self.dialog
        if dialog is None:
            return
        self.iface.messageBar().pushMessage(tr("Liangwei"), dialog.summary, Qgis.Success, 8)

    def _dialog_closed(self, _result):
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    # --- the case panel and the settings -------------------------------------------------

    def _watch_project(self, on):
        """Follow the project's layers: the panel shows the database they come from."""
        if on == self._watching_project:
            return
        project = QgsProject.instance()
        signals = (project.layersAdded, project.layersRemoved, project.cleared,
                   self.iface.currentLayerChanged)
        for signal in signals:
            if on:
                signal.connect(self._project_changed)
            else:
                signal.disconnect(self._project_changed)
        self._watching_project = on

    def current_database(self):
        from .gis.project_db import current_database
        return current_database(QgsProject.instance(), self.iface.activeLayer())

    def _project_changed(self, *_args):
        if self.case_panel is not None:
            self.case_panel.set_database(self.current_database())

    def _ensure_case_panel(self):
        if self.case_panel is None:
            from ..ui.case_panel import CasePanel
            panel = CasePanel(self.iface.mainWindow(), self.iface.mapCanvas())
            panel.caseActivated.connect(self.open_case)
            panel.openedStateChanged.connect(self.case_panel_action.setChecked)
            self.iface.addDockWidget(Qt.RightDockWidgetArea, panel)
            self.case_panel = panel
            panel.set_database(self.current_database())
        return self.case_panel

    def toggle_case_panel(self, checked=None):
        panel = self._ensure_case_panel()
        show = (not panel.isUserVisible()) if checked is None else bool(checked)
        panel.setUserVisible(show)
        self.case_panel_action.setChecked(show)

    # --- the case dialog and its map tools ---------------------------------------------------

    def _case_tool(self, kind):
        tool = self.case_tools.get(kind)
        if tool is None:
            from .gis.case_tools import CasePickTool, PolygonDrawTool
            canvas = self.iface.mapCanvas()
            if kind == "draw":
                tool = PolygonDrawTool(canvas)
                tool.polygonDrawn.connect(self.new_case)
            elif kind == "house":
                from .gis.house_tools import HousePickTool
                tool = HousePickTool(canvas)
                tool.housePicked.connect(self.open_inspection)
                tool.nothingPicked.connect(lambda: self.iface.messageBar().pushMessage(
                    tr("Liangwei"), tr("There is no house here: click a house of a project "
                                       "database's houses layer."), Qgis.Info, 4))
            else:
                tool = CasePickTool(canvas)
                tool.casePicked.connect(self.open_case)
                tool.nothingPicked.connect(lambda: self.iface.messageBar().pushMessage(
                    tr("Liangwei"), tr("There is no case here: click inside a violation of a "
                                       "project database's violations layer."), Qgis.Info, 4))
            tool.setAction(self.tool_actions[kind])
            self.case_tools[kind] = tool
        return tool

    def _toggle_case_tool(self, kind, checked):
        canvas = self.iface.mapCanvas()
        tool = self._case_tool(kind)
        if checked:
            canvas.setMapTool(tool)
        elif canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)

    def new_case(self, geometry, crs):
        """The case dialog for a new polygon (in `crs`), in the current project database
        (the active layer's, else the first one in the layer tree)."""
        path = self.current_database()
        if path is None:
            self.iface.messageBar().pushMessage(
                tr("Liangwei"), tr("Open a project database first: a new case is written to "
                                   "its violations table."), Qgis.Warning, 6)
            return None
        return self._show_case_dialog(path, None, geometry, crs)

    def open_case(self, path, case_id):
        """The case dialog of `case_id` in the database at `path` (the pick tool, the case
        panel, the violations layer's action); a dialog already open on that case is
        brought to the front."""
        dialog = self.case_dialogs.get(self._case_key(path, case_id))
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        return self._show_case_dialog(path, case_id)

    def open_case_of_layer(self, layer_id, case_id):
        """The violations layer's action: the case of a feature of that layer."""
        from .gis.project_db import database_of
        path, table = database_of(QgsProject.instance().mapLayer(layer_id))
        if path is None or table != "violations" or not case_id or case_id == "NULL":
            self.iface.messageBar().pushMessage(
                tr("Liangwei"), tr("This feature is not a saved case of a project database."),
                Qgis.Warning, 5)
            return None
        return self.open_case(path, case_id)

    @staticmethod
    def _case_key(path, case_id):
        """(database, record) identifying an open dialog: a GeoPackage by its normalised
        path, a PostGIS schema by its reference as it is."""
        from .store import dbref
        if dbref.is_postgis_ref(path):
            return (str(path), case_id)
        return (os.path.normcase(os.path.abspath(path)), case_id)

    def _show_case_dialog(self, path, case_id, geometry=None, crs=None):
        from ..ui.case_dialog import CaseDialog
        dialog = CaseDialog(path, case_id, geometry, crs, self.iface.mainWindow())
        self.case_dialogs[self._case_key(path, case_id or "new-%d" % id(dialog))] = dialog
        dialog.saved.connect(lambda saved_id, d=dialog: self._case_saved(d, saved_id))
        dialog.finished.connect(lambda _result, d=dialog: self._case_dialog_closed(d))
        dialog.show()               # not modal: the map stays usable beside it
        return dialog

    def _forget_case_dialog(self, dialog):
        for key, value in list(self.case_dialogs.items()):
            if value is dialog:
                del self.case_dialogs[key]

    def _case_saved(self, dialog, case_id):
        self._forget_case_dialog(dialog)          # a new case is now known by its number
        self.case_dialogs[self._case_key(dialog.path, case_id)] = dialog
        if self.case_panel is not None:
            self.case_panel.refresh()
        self.iface.messageBar().pushMessage(tr("Liangwei"), tr("Case {} saved.").format(case_id),
                                            Qgis.Success, 3)

    def _case_dialog_closed(self, dialog):
        self._forget_case_dialog(dialog)
        dialog.deleteLater()

    # --- house inspections -------------------------------------------------------------------

    def open_inspection(self, path, house_id):
        """The inspection dialog of the house `house_id` in the database at `path` (the
        house pick tool, a houses layer's action); a dialog already open on that house is
        brought to the front.  None when the house cannot be read (the message bar says
        why)."""
        from ..ui.inspection_dialog import InspectionDialog
        from .store import dbref
        from .store.inspections import SaveError
        key = self._case_key(path, house_id)
        dialog = self.inspection_dialogs.get(key)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        try:
            dialog = InspectionDialog(path, house_id, self.iface.mainWindow())
        except SaveError as e:
            self.iface.messageBar().pushMessage(tr("Liangwei"), e.translated(tr), Qgis.Warning, 6)
            return None
        except dbref.database_errors() as e:
            self.iface.messageBar().pushMessage(
                tr("Liangwei"), tr("The project database cannot be opened: {}").format(
                    dbref.readable_error(e)), Qgis.Critical, 8)
            return None
        self.inspection_dialogs[key] = dialog
        dialog.saved.connect(lambda saved_id, inspection_id, p=path:
                             self._inspection_saved(p, saved_id, inspection_id))
        dialog.finished.connect(lambda _result, k=key: self._inspection_dialog_closed(k))
        dialog.show()               # not modal: the map stays usable beside it
        return dialog

    def open_inspection_of_layer(self, layer_id, house_id):
        """A houses layer's action: record an inspection of a feature of that layer."""
        from .gis.project_db import database_of
        path, table = database_of(QgsProject.instance().mapLayer(layer_id))
        if path is None or table != "houses" or not house_id or house_id == "NULL":
            self.iface.messageBar().pushMessage(
                tr("Liangwei"), tr("This feature is not a house of a project database."),
                Qgis.Warning, 5)
            return None
        return self.open_inspection(path, house_id)

    def _inspection_saved(self, path, house_id, inspection_id):
        from .gis.house_tools import reload_layers
        reload_layers(path)
        self.iface.messageBar().pushMessage(
            tr("Liangwei"), tr("Inspection {} of house {} saved.").format(inspection_id, house_id),
            Qgis.Success, 4)

    def _inspection_dialog_closed(self, key):
        dialog = self.inspection_dialogs.pop(key, None)
        if dialog is not None:
            dialog.deleteLater()

    def show_settings_dialog(self):
        from ..ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        path = self.current_database()
        if path is None:
            self.iface.messageBar().pushMessage(
                tr("Liangwei"), tr("No project database is loaded: open one with “{}” first.")
                .format(tr("Create/open project database")), Qgis.Warning, 8)
            return
        self.settings_dialog = SettingsDialog(path, self.iface.mainWindow())
        self.settings_dialog.accepted.connect(self._settings_saved)
        self.settings_dialog.finished.connect(self._settings_dialog_closed)
        self.settings_dialog.open()

    def _settings_saved(self):
        dialog = self.settings_dialog
        if dialog is None:
            return
        if self.case_panel is not None:
            self.case_panel.refresh()      # stale_days may have changed
        self.iface.messageBar().pushMessage(
            tr("Liangwei"), tr("{} setting(s) saved in {}.").format(len(dialog.saved), dialog.path),
            Qgis.Success, 5)

    def _settings_dialog_closed(self, _result):
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    # --- reports -----------------------------------------------------------------------

    def show_report_dialog(self):
        from ..ui.report_dialog import ReportDialog

        if self.report_dialog is not None:
            self.report_dialog.raise_()
            self.report_dialog.activateWindow()
            return
        path = self.current_database()
        if not path:
            self.iface.messageBar().pushMessage(tr("Liangwei"),
                                                tr("Open a project database first."),
                                                Qgis.Warning, 6)
            return
        self.report_dialog = ReportDialog(path, self.iface.mainWindow(), self.iface)
        self.report_dialog.finished.connect(self._report_dialog_closed)
        self.report_dialog.open()

    def _report_dialog_closed(self, _result):
        if self.report_dialog is not None:
            self.report_dialog.deleteLater()
            self.report_dialog = None
