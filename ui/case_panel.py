"""The case panel (ui/case_panel.ui): the open cases of the project database.

A dock widget with filters (township, status, 六先拆 flag, overdue only, a text
search), the counts of what is shown (open, overdue, stale) and a table of the cases
by priority score.  Overdue rows are red, stale rows amber (core/case_list.py says
what the words mean).  Double-click or Enter on a row zooms the map to the case and
emits `caseActivated(path, case_id)`, which the plugin connects to the case dialog.

The SQL is in store/case_queries.py; the table is a QAbstractTableModel over plain
tuples, so 40,000 cases show at once (Qt asks only for the visible cells).
"""

import datetime
import os

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsCsException, QgsGeometry, QgsProject, QgsRectangle)
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView

from ..plugin.core import case_list, codes
from ..plugin.i18n import tr, ui_language
from ..plugin.store import case_queries, dbref, schema

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "case_panel.ui"))

OVERDUE_BACKGROUND = QColor("#f8d0d0")
OVERDUE_FOREGROUND = QColor("#8b0000")
STALE_BACKGROUND = QColor("#ffe6a6")
STALE_FOREGROUND = QColor("#5c3d00")
ERROR_STYLE = "color: #b00020;"

# Where each value sits in a case_queries row, and the table's columns in order.
_ROW = {name: i for i, name in enumerate(case_queries.COLUMNS)}
TABLE_COLUMNS = ("case_id", "township_code", "village_code", "status", "party_name",
                 "area_m2", "deadline", "priority_score", "last_event_at")
NUMERIC_COLUMNS = ("area_m2", "priority_score")
# Share of the case's size added around it when zooming; the least extent (map units
# of a projected / geographic CRS) keeps a tiny or point-like case readable.
ZOOM_MARGIN = 0.5
MIN_EXTENT_METRES = 60.0
MIN_EXTENT_DEGREES = 0.0006


def column_title(key):
    """The header of a column: the violations field's label in the UI language."""
    if key == "last_event_at":
        return tr("Last step")
    field = schema.VIOLATIONS.field(key)
    return field.zh if ui_language() == "zh" else field.en


class CaseTableModel(QAbstractTableModel):
    """Read-only rows of case_queries.list_cases with their CaseState."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []
        self._states = []
        self._lang = ui_language()
        self._titles = [column_title(k) for k in TABLE_COLUMNS]
        self.today = datetime.date.today()
        self.stale_days = case_list.default_stale_days()

    # --- contents -------------------------------------------------------------------

    def set_rows(self, rows, today, stale_days):
        self.beginResetModel()
        self._rows = rows
        self.today, self.stale_days = today, stale_days
        i_status, i_deadline, i_last = _ROW["status"], _ROW["deadline"], _ROW["last_event_at"]
        self._states = [case_list.case_state(r[i_status], r[i_deadline], r[i_last],
                                             today, stale_days) for r in rows]
        self.endResetModel()

    def counts(self):
        return case_list.counts(self._states)

    def case_id(self, row):
        return self._rows[row][_ROW["case_id"]] if 0 <= row < len(self._rows) else None

    def row_of(self, case_id):
        i = _ROW["case_id"]
        for n, r in enumerate(self._rows):
            if r[i] == case_id:
                return n
        return -1

    def state(self, row):
        return self._states[row]

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(TABLE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, key = self._rows[index.row()], TABLE_COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self._display(row, key)
        if role == Qt.UserRole:
            return row[_ROW["case_id"]]
        state = self._states[index.row()]
        if role == Qt.BackgroundRole:
            if state.overdue:
                return OVERDUE_BACKGROUND
            if state.stale:
                return STALE_BACKGROUND
            return None
        if role == Qt.ForegroundRole:
            if state.overdue:
                return OVERDUE_FOREGROUND
            if state.stale:
                return STALE_FOREGROUND
            return None
        if role == Qt.ToolTipRole:
            return self._tooltip(row, state)
        if role == Qt.TextAlignmentRole and key in NUMERIC_COLUMNS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def _display(self, row, key):
        if key == "township_code":
            return row[_ROW["township_name"]] or row[_ROW["township_code"]] or ""
        if key == "village_code":
            return row[_ROW["village_name"]] or row[_ROW["village_code"]] or ""
        value = row[_ROW[key]]
        if value is None:
            return ""
        if key == "status":
            return codes.CASE_STATUS.label(value, self._lang)
        if key == "area_m2":
            return "%.1f" % value
        if key == "priority_score":
            return "%g" % value
        if key in ("deadline", "last_event_at"):
            return str(value)[:10]
        return str(value)

    def _tooltip(self, row, state):
        lines = []
        if state.overdue:
            lines.append(tr("Overdue: the deadline {} has passed.").format(
                str(row[_ROW["deadline"]])[:10]))
        if state.stale:
            last = row[_ROW["last_event_at"]]
            if last:
                lines.append(tr("Stale: no event since {} (more than {} days).").format(
                    str(last)[:10], self.stale_days))
            else:
                lines.append(tr("Stale: no event was ever recorded."))
        address = row[_ROW["address"]]
        if address:
            lines.append(address)
        return "\n".join(lines) or None


class CasePanel(QgsDockWidget, FORM_CLASS):
    """The dock of open cases.  `set_database(path)` points it at a project database
    (None: none loaded), `refresh()` reads the cases again."""

    caseActivated = pyqtSignal(str, str)   # database path, case id

    SEARCH_DELAY_MS = 300

    def __init__(self, parent=None, canvas=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("LiangweiCasePanel")
        self.setWindowTitle(tr("Cases"))
        self.canvas = canvas
        self.path = None
        self.today = None          # None: the real today (tests pin a date)
        self.last_error = ""
        self._dirty = False
        self._columns_sized = False
        self._lang = ui_language()

        self.model = CaseTableModel(self)
        self.tableView.setModel(self.model)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tableView.verticalHeader().setVisible(False)
        self.tableView.verticalHeader().setDefaultSectionSize(
            self.tableView.fontMetrics().height() + 6)
        header = self.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)   # widths from 200 rows, not 40,000
        self.tableView.doubleClicked.connect(self._activate)
        self.tableView.installEventFilter(self)

        self._fill_fixed_filters()
        self._style_legend()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.townshipCombo.currentIndexChanged.connect(self._filters_changed)
        self.statusCombo.currentIndexChanged.connect(self._filters_changed)
        self.flagCombo.currentIndexChanged.connect(self._filters_changed)
        self.overdueCheck.toggled.connect(self._filters_changed)
        self.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.searchEdit.returnPressed.connect(self.refresh)
        self.refreshButton.clicked.connect(self.refresh)
        self.visibilityChanged.connect(self._visibility_changed)
        self._show_state()

    # --- filters ------------------------------------------------------------------------

    def _fill_fixed_filters(self):
        self.statusCombo.addItem(tr("All open cases"), None)
        self.statusCombo.addItem(tr("All cases, closed too"), "*")
        for item in codes.CASE_STATUS:
            self.statusCombo.addItem(codes.CASE_STATUS.label(item.code, self._lang), item.code)
        self.flagCombo.addItem(tr("Any priority flag"), None)
        for item in codes.PRIORITY_FLAG:
            self.flagCombo.addItem(codes.PRIORITY_FLAG.label(item.code, self._lang), item.code)
        self.townshipCombo.addItem(tr("All townships"), None)

    def _style_legend(self):
        for label, bg, fg in ((self.overdueLegend, OVERDUE_BACKGROUND, OVERDUE_FOREGROUND),
                              (self.staleLegend, STALE_BACKGROUND, STALE_FOREGROUND)):
            label.setStyleSheet("background-color: %s; color: %s; padding: 1px 6px;"
                                % (bg.name(), fg.name()))
        self.overdueLegend.setToolTip(tr("Overdue: an open case whose deadline has passed"))
        self._stale_legend_tip(case_list.default_stale_days())

    def _stale_legend_tip(self, stale_days):
        self.staleLegend.setToolTip(
            tr("Stale: an open case with no event for more than {} days (setting “{}”)")
            .format(stale_days, self._setting_label("stale_days")))

    def _setting_label(self, key):
        from ..plugin.core import settings as settings_rules
        s = settings_rules.BY_KEY[key]
        return s.zh if self._lang == "zh" else s.en

    def _load_townships(self, con):
        current = self.townshipCombo.currentData()
        self.townshipCombo.blockSignals(True)
        try:
            self.townshipCombo.clear()
            self.townshipCombo.addItem(tr("All townships"), None)
            for code, name in case_queries.townships(con):
                self.townshipCombo.addItem(name or code, code)
                self.townshipCombo.setItemData(self.townshipCombo.count() - 1, code, Qt.ToolTipRole)
            found = self.townshipCombo.findData(current) if current else 0
            self.townshipCombo.setCurrentIndex(max(found, 0))
        finally:
            self.townshipCombo.blockSignals(False)

    def current_filter(self):
        status = self.statusCombo.currentData()
        return case_queries.CaseFilter(
            township_code=self.townshipCombo.currentData(),
            status=None if status in (None, "*") else status,
            include_closed=status == "*",
            flag=self.flagCombo.currentData(),
            overdue_only=self.overdueCheck.isChecked(),
            search=self.searchEdit.text())

    def _filters_changed(self, *_args):
        self.refresh()

    # --- database ---------------------------------------------------------------------------

    def set_database(self, path):
        """Show the cases of the project database at `path` (None: no database).
        Reading waits until the panel is visible; the same path again does nothing
        (use refresh() to read again)."""
        path = dbref.parse(path) if path else None
        if path == self.path and not self._dirty:
            return
        self.path = path
        self._dirty = True
        if self.isVisible() or path is None:
            self.refresh()

    def _visibility_changed(self, visible):
        if visible and self._dirty:
            self.refresh()

    def today_date(self):
        return self.today or datetime.date.today()

    def refresh(self):
        """Read the townships, the stale-days setting and the cases again."""
        self._search_timer.stop()
        self._dirty = False
        if not dbref.exists(self.path):
            self.model.set_rows([], self.today_date(), case_list.default_stale_days())
            self._show_state()
            return
        selected = self.selected_case_id()
        today = self.today_date()
        # A whole county (100,000 cases) takes about half a second: show it is working.
        QgsApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            rows, stale_days = self._read_cases(today)
        except dbref.database_errors() + (ValueError,) as e:
            self.model.set_rows([], today, case_list.default_stale_days())
            self._show_state(tr("The cases cannot be read from {}: {}").format(
                dbref.label(self.path), dbref.readable_error(e)))
            return
        finally:
            QgsApplication.restoreOverrideCursor()
        self.model.set_rows(rows, today, stale_days)
        if rows and not self._columns_sized:
            # Once, from the first rows shown; afterwards the user's widths are kept.
            self.tableView.resizeColumnsToContents()
            self._columns_sized = True
        self._stale_legend_tip(stale_days)
        self._show_state()
        if selected:
            self.select_case(selected)

    def _read_cases(self, today):
        con = dbref.connect(self.path)
        try:
            self._load_townships(con)
            stale_days = case_list.stale_days_of(dbref.read_settings(con))
            return case_queries.list_cases(con, self.current_filter(), today), stale_days
        finally:
            con.close()

    def _show_state(self, error=""):
        """The message (no database / an error) or the counts and the table."""
        self.last_error = error
        has_db = dbref.exists(self.path)
        if error:
            self.messageLabel.setText(error)
            self.messageLabel.setStyleSheet(ERROR_STYLE)
        elif not has_db:
            self.messageLabel.setText(
                tr("No project database is loaded: open one with “{}” in the {} menu.")
                .format(tr("Create/open project database"), tr("Liangwei")))
            self.messageLabel.setStyleSheet("")
        self.messageLabel.setVisible(bool(error) or not has_db)
        for widget in (self.countsLabel, self.overdueLegend, self.staleLegend, self.tableView,
                       self.townshipCombo, self.statusCombo, self.flagCombo, self.overdueCheck,
                       self.searchEdit, self.refreshButton):
            widget.setEnabled(has_db)
        self.tableView.setVisible(has_db)
        c = self.model.counts()
        self.countsLabel.setText(tr("{} shown: {} open, {} overdue, {} stale").format(
            c.shown, c.open,
            '<span style="color:%s"><b>%d</b></span>' % (OVERDUE_FOREGROUND.name(), c.overdue),
            '<span style="color:%s"><b>%d</b></span>' % (STALE_FOREGROUND.name(), c.stale))
            if has_db else "")

    @property
    def counts(self):
        """case_list.Counts of the rows shown."""
        return self.model.counts()

    # --- selection and activation ------------------------------------------------------------

    def selected_case_id(self):
        selection = self.tableView.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.case_id(rows[0].row()) if rows else None

    def select_case(self, case_id):
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.tableView.setCurrentIndex(index)
        self.tableView.selectRow(row)
        self.tableView.scrollTo(index)
        return True

    def eventFilter(self, obj, event):
        if (obj is self.tableView and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            index = self.tableView.currentIndex()
            if index.isValid():
                self._activate(index)
                return True
        return super().eventFilter(obj, event)

    def _activate(self, index):
        case_id = self.model.case_id(index.row())
        if not case_id or not self.path:
            return
        self.zoom_to_case(case_id)
        self.caseActivated.emit(self.path, case_id)

    # --- map -------------------------------------------------------------------------------

    def case_geometry(self, case_id):
        """(QgsGeometry, its QgsCoordinateReferenceSystem) of a case, or (None, None)."""
        con = dbref.connect(self.path)
        try:
            found = case_queries.case_geometry(con, case_id)
        finally:
            con.close()
        if found is None or found[0] is None:
            return None, None
        wkb, srs_id, organization, org_id, definition = found
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        if geometry.isEmpty():
            return None, None
        if organization and str(organization).upper() == "EPSG" and org_id:
            crs = QgsCoordinateReferenceSystem("EPSG:%d" % int(org_id))
        else:
            crs = QgsCoordinateReferenceSystem.fromWkt(definition or "")
        return geometry, crs

    def zoom_to_case(self, case_id):
        """Zoom the canvas to a case with a margin and flash it; False when the case
        has no geometry or there is no canvas."""
        if self.canvas is None or not self.path:
            return False
        try:
            geometry, crs = self.case_geometry(case_id)
        except dbref.database_errors() as e:
            self._show_state(tr("The cases cannot be read from {}: {}").format(
                dbref.label(self.path), dbref.readable_error(e)))
            return False
        if geometry is None:
            return False
        target = self.canvas.mapSettings().destinationCrs()
        shown = QgsGeometry(geometry)
        if target.isValid() and crs.isValid() and target != crs:
            try:
                shown.transform(QgsCoordinateTransform(crs, target, QgsProject.instance()))
            except QgsCsException:
                return False
        else:
            target = crs
        self.canvas.setExtent(_with_margin(shown.boundingBox(), target))
        self.canvas.refresh()
        self.canvas.flashGeometries([shown], target)
        return True


def _with_margin(rect, crs):
    """`rect` grown by ZOOM_MARGIN of its size on each side, at least the least extent."""
    least = MIN_EXTENT_DEGREES if crs.isValid() and crs.isGeographic() else MIN_EXTENT_METRES
    width = max(rect.width() * (1 + 2 * ZOOM_MARGIN), least)
    height = max(rect.height() * (1 + 2 * ZOOM_MARGIN), least)
    center = rect.center()
    return QgsRectangle(center.x() - width / 2, center.y() - height / 2,
                        center.x() + width / 2, center.y() + height / 2)
