"""The create/open dialog of a project database (ui/database_dialog.ui).

On OK it creates the GeoPackage (store.gpkg.create) or opens and upgrades an existing
one (store.gpkg.open_database), then adds its styled layers to the project
(gis.layers.load_project).  A problem is shown in the dialog (a red message above
the buttons) and the dialog stays open; a database that was created but could not be loaded is removed
again, so nothing is left half-done.
"""

import os

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QRegularExpression, Qt
from qgis.PyQt.QtGui import QRegularExpressionValidator
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..plugin.i18n import tr
from ..processing.algorithms.base import county_code_problem, crs_authid, layers_using

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "database_dialog.ui"))

SETTINGS_LAST_DIR = "liangwei/last_database_dir"
DEFAULT_CRS = "EPSG:4490"


class _Refused(Exception):
    """A readable reason why the dialog cannot go on; `widget` gets the focus."""

    def __init__(self, message, widget=None):
        super().__init__(message)
        self.widget = widget


class DatabaseDialog(QDialog, FORM_CLASS):
    """Create a new project database or open an existing one, and load its layers.

    After `accept()`: `path` is the database, `group` the layer-tree group,
    `upgrades` the schema upgrades applied and `summary` a sentence for the user.
    """

    def __init__(self, parent=None, project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.project = project or QgsProject.instance()
        self.path = None
        self.group = None
        self.upgrades = []
        self.summary = ""
        self.last_error = ""

        self.fileWidget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.fileWidget.setConfirmOverwrite(False)  # the overwrite box decides
        last_dir = QgsSettings().value(SETTINGS_LAST_DIR, "")
        if last_dir and os.path.isdir(str(last_dir)):
            self.fileWidget.setDefaultRoot(str(last_dir))
        self.countyCodeEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.countyCodeEdit))
        self.crsWidget.setCrs(QgsCoordinateReferenceSystem(DEFAULT_CRS))

        ok = self.buttonBox.button(QDialogButtonBox.Ok)
        ok.setDefault(True)
        ok.setAutoDefault(True)
        self.buttonBox.accepted.connect(self.accept)
        self.createRadio.toggled.connect(self._mode_changed)
        self.fileWidget.fileChanged.connect(lambda _path: self.show_error(""))
        self.countyCodeEdit.textEdited.connect(lambda _text: self.show_error(""))
        self._set_tab_order()
        self._mode_changed()

    # --- layout ------------------------------------------------------------------------

    def _set_tab_order(self):
        """Radio buttons → file (text, then browse button) → county code → CRS →
        overwrite → buttons; the custom widgets' inner widgets take the focus."""
        self.fileWidget.setFocusProxy(self.fileWidget.lineEdit())
        chain = [self.createRadio, self.openRadio, self.fileWidget.lineEdit()]
        chain += [w for w in self.fileWidget.findChildren(QWidget)
                  if w is not self.fileWidget.lineEdit() and w.focusPolicy() & Qt.TabFocus
                  and w.parent() is self.fileWidget]
        chain.append(self.countyCodeEdit)
        crs_inner = [w for w in self.crsWidget.findChildren(QWidget)
                     if w.focusPolicy() & Qt.TabFocus and w.parent() is self.crsWidget]
        if crs_inner:
            self.crsWidget.setFocusProxy(crs_inner[0])
        chain += crs_inner or [self.crsWidget]
        chain += [self.overwriteCheck] + self.buttonBox.buttons()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _mode_changed(self, _checked=None):
        creating = self.createRadio.isChecked()
        self.fileWidget.setStorageMode(QgsFileWidget.SaveFile if creating else QgsFileWidget.GetFile)
        self.fileWidget.setDialogTitle(tr("Save the new project database as") if creating
                                       else tr("Open a project database"))
        for widget in (self.countyCodeLabel, self.countyCodeEdit, self.crsLabel, self.crsWidget):
            widget.setEnabled(creating)
        self.overwriteCheck.setVisible(creating)
        self.infoLabel.setText(
            tr("A new, empty GeoPackage is created for the county and its layers are added to "
               "the map in the group “两违治理”.") if creating else
            tr("The database is checked, upgraded if an older version of the plugin made it, "
               "and its layers are added to the map in the group “两违治理”."))
        self.show_error("")

    def show_error(self, message):
        """Show a problem in the dialog (an empty message hides it)."""
        self.last_error = message
        self.errorLabel.setText(message)
        self.errorLabel.setVisible(bool(message))

    # --- accepting ---------------------------------------------------------------------

    def accept(self):
        self.show_error("")
        QgsApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if self.createRadio.isChecked():
                self._create()
            else:
                self._open()
        except _Refused as refusal:
            QgsApplication.restoreOverrideCursor()
            self.show_error(str(refusal))
            if refusal.widget is not None:
                refusal.widget.setFocus()
            return
        QgsApplication.restoreOverrideCursor()
        QgsSettings().setValue(SETTINGS_LAST_DIR, os.path.dirname(self.path))
        super().accept()

    def _chosen_path(self):
        path = (self.fileWidget.filePath() or "").strip()
        if not path:
            raise _Refused(tr("Choose the file of the project database."), self.fileWidget)
        if self.createRadio.isChecked() and not os.path.splitext(path)[1]:
            path += ".gpkg"
        return os.path.abspath(os.path.expanduser(path))

    def _create(self):
        from ..plugin.core.zones import normalise_code
        from ..plugin.store import gpkg

        path = self._chosen_path()
        if not path.lower().endswith(".gpkg"):
            raise _Refused(tr("A project database is a GeoPackage: the file name must end in "
                              ".gpkg ({}).").format(path), self.fileWidget)
        code_text = self.countyCodeEdit.text().strip()
        problem = county_code_problem(code_text)
        if problem:
            raise _Refused(problem, self.countyCodeEdit)
        try:
            authid = crs_authid(self.crsWidget.crs(), tr)
        except ValueError as e:
            raise _Refused(str(e), self.crsWidget)
        existed = os.path.exists(path)
        if existed:
            if not self.overwriteCheck.isChecked():
                raise _Refused(tr("{} already exists. Choose another file name, or tick "
                                  "“Overwrite the file if it exists” to replace it.").format(path),
                               self.fileWidget)
            users = layers_using(path, self.project)
            if users:
                raise _Refused(tr("{} cannot be replaced: the current project has layers from it "
                                  "({}). Remove them from the project first.")
                               .format(path, ", ".join(users)), self.fileWidget)
        if not os.path.isdir(os.path.dirname(path)):
            raise _Refused(tr("The folder {} does not exist.").format(os.path.dirname(path)),
                           self.fileWidget)
        try:
            gpkg.create(path, normalise_code(code_text), authid, overwrite=existed)
        except gpkg.DatabaseError as e:
            raise _Refused(tr("The project database could not be created: {}").format(e))
        except OSError as e:
            raise _Refused(tr("The project database could not be written to {}: {}")
                           .format(path, e.strerror or e))
        except Exception as e:  # sqlite3 / GDAL: gpkg.create has left nothing behind
            raise _Refused(tr("The project database could not be created: {}").format(e))
        try:
            self.group = self._load(path)
        except _Refused:
            if os.path.exists(path):
                os.remove(path)
            raise
        self.path = path
        self.upgrades = []
        self.summary = tr("Created the project database {} for county {} ({}).").format(
            path, code_text, authid)

    def _open(self):
        from ..plugin.store import gpkg

        path = self._chosen_path()
        if not os.path.isfile(path):
            raise _Refused(tr("There is no file {}.").format(path), self.fileWidget)
        try:
            upgrades = gpkg.open_database(path)
            con = gpkg.connect(path)
            try:
                county = gpkg.read_settings(con).get("county_code") or ""
            finally:
                con.close()
        except gpkg.DatabaseError as e:
            raise _Refused(tr("This file cannot be opened as a project database: {}").format(e),
                           self.fileWidget)
        except Exception as e:  # sqlite3 / GDAL errors of a damaged or foreign file
            raise _Refused(tr("This file cannot be opened as a project database: {}").format(e),
                           self.fileWidget)
        self.group = self._load(path)
        self.path = path
        self.upgrades = list(upgrades)
        self.summary = tr("Opened the project database {} (county {}).").format(path, county)
        if self.upgrades:
            self.summary += " " + tr("It was upgraded to the current version: {}.").format(
                "; ".join(self.upgrades))

    def _load(self, path):
        """Add the database's layers; on failure take away whatever was added."""
        from ..plugin.gis import layers as project_layers

        before = set(self.project.mapLayers())
        root = self.project.layerTreeRoot()
        groups_before = list(root.children())
        try:
            return project_layers.load_project(path, self.project)
        except Exception as e:
            added = [lid for lid in self.project.mapLayers() if lid not in before]
            if added:
                self.project.removeMapLayers(added)
            for node in list(root.children()):
                if node not in groups_before:
                    root.removeChildNode(node)
            raise _Refused(tr("The layers of {} could not be added to the map: {}")
                           .format(path, e))
