"""The QGIS plugin object: the only module that talks to `iface`.

Start-up is kept cheap: the dialogs (and Qt Designer forms) are imported when first
used, the database code when an algorithm runs.
"""

import os

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import load_translator, remove_translator, tr

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
        self._translations_tried = False
        self.toolbar = None
        self.menu_name = None
        self.actions = []
        self.dialog = None

    # --- translations ----------------------------------------------------------------

    def _install_translator(self):
        if not self._translations_tried:
            self._translations_tried = True
            self.translator = load_translator(self.i18n_dir)

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

    def unload(self):
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
        self.translator = None
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
