"""The case dialog (ui/case_dialog.ui): one violation case — its fields, its workflow,
its photos and documents, its history.

Opened for an existing case (read by SQL: the row, its events, its attachment list)
or for a new polygon drawn on the map (transformed to the violations table's CRS,
made MultiPolygon, repaired within 1 % or refused; township and village by the
largest overlap with the zones; area measured on the ellipsoid).

The user edits the case's fields, may prepare ONE workflow step (only the steps the
workflow allows from the current status are offered; the transition dialog asks for
the step's data) and add attachments.  Save writes all of it in one transaction
(store/cases.py): the case, then the step's event, then the attachments; a failure
leaves the database as it was and the dialog as the user left it, with the reason.
After a save the dialog shows the case as the database now holds it.

The database is a GeoPackage path or a PostGIS county schema (store/dbref.py).  When
someone else saved the case after the dialog read it, Save is refused, naming who and
when, nothing is written, and "Reload the case" shows their version.
"""

import datetime
import os

from qgis.core import QgsProject
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDateTime, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView,
                                 QMessageBox, QPushButton, QTableWidgetItem, QWidget)

from ..plugin.core import case_form, priorities, workflow
from ..plugin.i18n import tr, ui_language
from ..plugin.store import cases, dbref
from ..processing.algorithms.base import current_user
from .attachments_widget import AttachmentsWidget
from .transition_dialog import (TransitionDialog, changed_signal, code_label,
                                database_error_text, field_label, fill_combo, problems_text,
                                set_widget_value, setup_date_edit, setup_line_edit,
                                status_label, widget_value)

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "case_dialog.ui"))

DATE_FIELDS = ("discovered_on", "construction_started_on")


class _Refused(Exception):
    """Why the dialog cannot show or save the case (a readable, translated sentence)."""


def _local_time(text):
    """'2024-05-01T08:30:00.000Z' as local 'yyyy-MM-dd HH:mm' (the text itself when it
    is not a date-time)."""
    if not text:
        return ""
    value = QDateTime.fromString(text, Qt.ISODateWithMs)
    if not value.isValid():
        value = QDateTime.fromString(text, Qt.ISODate)
    if not value.isValid():
        return text
    return value.toLocalTime().toString("yyyy-MM-dd HH:mm")


class CaseDialog(QDialog, FORM_CLASS):
    """A violation case of the project database `path` (a GeoPackage path or a PostGIS
    reference, see store/dbref.py).

    case_id: an existing case; else `geometry` (a QgsGeometry polygon in
    `geometry_crs`, any CRS) is a new case.  `saved(case_id)` is emitted after every
    successful save.  `usable` is False when the case could not be shown (the reason
    is in the dialog).
    """

    saved = pyqtSignal(str)

    def __init__(self, path, case_id=None, geometry=None, geometry_crs=None, parent=None,
                 project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.path = dbref.parse(path)
        self.case_id = case_id
        self.project = project or QgsProject.instance()
        self.lang = ui_language()
        self.stored = {}            # the case row as read (every field)
        self.original = {}          # its editable values, cleaned
        self.events = []
        self.zone_names = {}
        self.settings = {}
        self.pending = None         # cases.PendingStep written by the next save
        self.new_case = None        # case_tools.CaseGeometry of a new case
        self.transition_dialog = None
        self.step_buttons = []
        self.usable = False
        self.last_error = ""
        self._stock_auto = True
        self._loading = False

        self.widgets = {name: getattr(self, "f_" + name) for name in case_form.EDITABLE_FIELDS}
        self.attachments = AttachmentsWidget(self.attachmentsTab)
        self.attachmentsLayout.addWidget(self.attachments)
        self._setup_widgets()
        self._setup_buttons()
        try:
            if case_id:
                self._load()
            else:
                self._start_new(geometry, geometry_crs)
            self.usable = True
        except _Refused as refusal:
            self._disable(str(refusal))
        except dbref.database_errors() as e:
            self._disable(tr("The case cannot be read from {}: {}").format(
                dbref.label(self.path), dbref.readable_error(e)))
        self._set_tab_order()
        self._update_modified()

    # --- set-up ---------------------------------------------------------------------------

    def _setup_widgets(self):
        lang = self.lang
        for name, widget in self.widgets.items():
            label = getattr(self, "l_" + name, None)
            if label is not None:
                label.setText(field_label(name, lang))
            if name in priorities.FLAGS:
                widget.setText(field_label(name, lang))
            elif isinstance(widget, QComboBox):
                fill_combo(widget, name, lang)
            elif name in DATE_FIELDS:
                setup_date_edit(widget)
            elif name != "remarks":
                setup_line_edit(widget, name)
            changed_signal(widget).connect(lambda *_args, n=name: self._edited(n))
        for label, field in ((self.caseIdLabel, "case_id"), (self.statusLabel, "status"),
                             (self.townshipLabel, "township_code"),
                             (self.villageLabel, "village_code"), (self.areaLabel, "area_m2"),
                             (self.scoreLabel, "priority_score"), (self.createdLabel, "created_at"),
                             (self.updatedLabel, "updated_at")):
            label.setText(field_label(field, lang))
        self.historyTable.setColumnCount(5)
        self.historyTable.setHorizontalHeaderLabels(
            [tr("Time"), tr("From"), tr("To"), tr("Actor"), tr("Note")])
        header = self.historyTable.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.historyTable.verticalHeader().setVisible(False)
        self.nextStepsLayout.addStretch(1)      # the step buttons go before it
        self.attachments.changed.connect(self._update_modified)
        self.attachments.problem.connect(self.show_error)

    def _setup_buttons(self):
        save = self.buttonBox.button(QDialogButtonBox.Save)
        save.setDefault(True)
        save.setAutoDefault(True)
        self.buttonBox.button(QDialogButtonBox.Close).setAutoDefault(False)
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        self.withdrawButton.clicked.connect(self.withdraw_step)
        # Offered when a save was refused because someone else saved the case meanwhile.
        self.reloadButton = QPushButton(tr("Reload the case"), self)
        self.reloadButton.setAutoDefault(False)
        self.reloadButton.setVisible(False)
        self.reloadButton.clicked.connect(self.reload)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.errorLabel) + 1, self.reloadButton)
        self.finished.connect(lambda _result: self.attachments.cleanup())

    def _set_tab_order(self):
        """Tabs → the fields in form order → the step buttons → the attachments → the
        history → Save / Close."""
        chain = [self.tabs] + list(self.widgets.values()) + self.step_buttons
        chain += [self.withdrawButton, self.attachments.list, self.attachments.addButton,
                  self.attachments.openButton, self.attachments.removeButton,
                  self.historyTable, self.reloadButton] + self.buttonBox.buttons()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _disable(self, message):
        self.usable = False
        self.setWindowTitle(tr("New case") if self.case_id is None else tr("Case {}").format(
            self.case_id))
        self.tabs.setEnabled(False)
        self.buttonBox.button(QDialogButtonBox.Save).setEnabled(False)
        self.buttonBox.button(QDialogButtonBox.Close).setDefault(True)
        self.show_error(message)

    def show_error(self, message):
        """Show a problem in the dialog (an empty message hides it)."""
        self.last_error = message
        self.errorLabel.setText(message)
        self.errorLabel.setVisible(bool(message))

    # --- reading --------------------------------------------------------------------------

    def _connect(self):
        return dbref.closing(cases.connect(self.path))

    def _load(self):
        with self._connect() as con:
            record = cases.load_case(con, self.case_id)
            self.settings = cases.settings(con)
        self.stored = dict(record.values)
        self.events = list(record.events)
        self.zone_names = dict(record.zone_names)
        self.original, _problems = case_form.clean(self.stored, case_form.EDITABLE_FIELDS)
        self._fill_form(self.original)
        proposed = case_form.proposed_stock_class(self.original, self._cutoff())
        self._stock_auto = self.original.get("stock_class") in (None, proposed)
        self._show_stock_hint(proposed)
        self.attachments.set_saved(record.attachments, self._attachment_content)
        self._show_case()

    def _start_new(self, geometry, geometry_crs):
        from ..plugin.gis.case_tools import case_geometry, table_crs, zone_assignment

        if geometry is None:
            raise _Refused(tr("A new case needs its polygon: draw it on the map."))
        with self._connect() as con:
            self.settings = cases.settings(con)
            target = table_crs(con, "violations")
            try:
                self.new_case = case_geometry(geometry, geometry_crs, target)
            except ValueError as e:
                raise _Refused(tr("The polygon cannot become a case: {}").format(e))
            assignment, names = zone_assignment(con, self.new_case.geometry, target)
        self.zone_names = names
        self.stored = {"status": workflow.INITIAL, "township_code": assignment.township_code,
                       "village_code": assignment.village_code,
                       "area_m2": round(self.new_case.area_m2, 2)}
        self.events = []
        self.original = {}
        self._fill_form({"discovered_on": datetime.date.today().isoformat()})
        self._stock_auto = True
        self._propose_stock_class()
        self.attachments.set_saved([], None)
        self._show_case()
        if not assignment.township_code:
            self.show_error(problems_text([case_form.Problem("township_code", "outside_zones")],
                                          self.lang))

    def _attachment_content(self, attachment_id):
        with self._connect() as con:
            return cases.attachment_content(con, attachment_id)

    def _cutoff(self):
        return self.settings.get("cutoff_date")

    # --- showing --------------------------------------------------------------------------

    def _fill_form(self, values):
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                set_widget_value(widget, values.get(name))
        finally:
            self._loading = False

    def _show_case(self):
        stored = self.stored
        lang = self.lang
        new = self.case_id is None
        self.setWindowTitle((tr("New case") if new else tr("Case {}").format(self.case_id))
                            + " [*]")
        self.caseIdValue.setText(tr("(assigned on save)") if new else self.case_id)
        self.statusValue.setText(status_label(stored.get("status") or workflow.INITIAL, lang))
        for label, field in ((self.townshipValue, "township_code"),
                             (self.villageValue, "village_code")):
            code = stored.get(field)
            label.setText("%s (%s)" % (self.zone_names.get(code, ""), code) if code
                          else tr("(outside the zones)"))
        area = stored.get("area_m2")
        self.areaValue.setText("" if area is None else "%.2f" % area)
        if self.new_case is not None and self.new_case.repair_note:
            self.areaValue.setToolTip(tr("The polygon was repaired: {}").format(
                self.new_case.repair_note))
        self.createdValue.setText(_local_time(stored.get("created_at")))
        self.updatedValue.setText(" ".join(x for x in (_local_time(stored.get("updated_at")),
                                                       stored.get("updated_by") or "") if x))
        self._show_score()
        self._show_workflow()
        self._show_history()

    def _show_score(self):
        values, _problems = case_form.clean(self.raw_values(), priorities.FLAGS)
        self.scoreValue.setText("%g" % case_form.priority_score(values, self.settings))

    def _show_workflow(self):
        lang = self.lang
        status = self.stored.get("status") or workflow.INITIAL
        self.currentStatusValue.setText(status_label(status, lang))
        if self.events:
            self.pathValue.setText(" → ".join(status_label(e.to_status, lang)
                                              for e in self.events))
        else:
            self.pathValue.setText(tr("(registered as a clue when first saved)"))
        data = ["%s: %s" % (field_label(name, lang), self._shown(name, self.stored.get(name)))
                for name in case_form.STEP_FIELDS if self.stored.get(name) not in (None, "")]
        self.stepDataValue.setText("\n".join(data) if data else tr("(none yet)"))

        for button in self.step_buttons:
            self.nextStepsLayout.removeWidget(button)
            button.deleteLater()
        self.step_buttons = []
        for target in workflow.next_states(status):
            button = QPushButton(status_label(target, lang), self.nextGroup)
            button.setObjectName("step_" + target)
            button.setAutoDefault(False)
            button.setToolTip(tr("Move the case to “{}”").format(status_label(target, lang)))
            button.setEnabled(self.pending is None)
            button.clicked.connect(lambda _checked=False, t=target: self.ask_step(t))
            self.nextStepsLayout.insertWidget(len(self.step_buttons), button)
            self.step_buttons.append(button)
        if not self.step_buttons:
            self.nextHint.setText(tr("The case is closed: the workflow has no further step."))
        elif self.pending is not None:
            self.nextHint.setText(tr("One step per save: save the case (or withdraw the pending "
                                     "step) before the next one."))
        else:
            self.nextHint.setText(tr("Only the steps the workflow allows from the current status "
                                     "are offered. Each asks for the data it needs; the step is "
                                     "written when the case is saved."))
        self.pendingGroup.setVisible(self.pending is not None)
        if self.pending is not None:
            parts = ["{} → {}".format(status_label(status, lang),
                                          status_label(self.pending.to_status, lang))]
            parts += ["%s: %s" % (field_label(name, lang), self._shown(name, value))
                      for name, value in self.pending.values.items() if value is not None]
            if self.pending.note:
                parts.append("%s: %s" % (tr("Note"), self.pending.note))
            self.pendingValue.setText("\n".join(parts))
        self._set_tab_order()

    def _shown(self, name, value):
        """A stored value as read: the label of a code, a number without trailing zeros."""
        if isinstance(value, float):
            return "%g" % value
        return code_label(name, value, self.lang)

    def _show_history(self):
        lang = self.lang
        table = self.historyTable
        table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            cells = (_local_time(event.at),
                     status_label(event.from_status, lang) if event.from_status else "",
                     status_label(event.to_status, lang), event.actor or "",
                     workflow.event_note(event.note, lang))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                item.setToolTip(event.at if column == 0 else text)
                table.setItem(row, column, item)

    # --- editing --------------------------------------------------------------------------

    def raw_values(self):
        """The form's values as typed."""
        return {name: widget_value(widget) for name, widget in self.widgets.items()}

    def _edited(self, name):
        if self._loading:
            return
        if name in DATE_FIELDS:
            self._propose_stock_class()
        elif name == "stock_class":
            values, _ = case_form.clean(self.raw_values(), case_form.EDITABLE_FIELDS)
            proposed = case_form.proposed_stock_class(values, self._cutoff())
            self._stock_auto = values.get("stock_class") in (None, proposed)
            self._show_stock_hint(proposed)
        elif name in priorities.FLAGS:
            self._show_score()
        self._update_modified()

    def _propose_stock_class(self):
        values, _ = case_form.clean(self.raw_values(), case_form.EDITABLE_FIELDS)
        proposed = case_form.proposed_stock_class(values, self._cutoff())
        if self._stock_auto and proposed is not None:
            self._loading = True
            try:
                set_widget_value(self.f_stock_class, proposed)
            finally:
                self._loading = False
        self._show_stock_hint(proposed)

    def _show_stock_hint(self, proposed):
        cutoff = str(self._cutoff() or "")[:10]
        if proposed is None:
            text = tr("Enter the construction or discovery date to classify it (cut-off date {}).")\
                .format(cutoff)
        else:
            text = tr("Proposed from the cut-off date {}: {}.").format(
                cutoff, code_label("stock_class", proposed, self.lang))
        self.stockHint.setText(text)

    def has_unsaved_changes(self):
        if not self.usable:
            return False
        if self.case_id is None:
            return True           # a drawn polygon that is not a case yet
        values, _ = case_form.clean(self.raw_values(), case_form.EDITABLE_FIELDS)
        return bool(case_form.changed(self.original, values) or self.pending is not None
                    or self.attachments.has_new())

    def _update_modified(self):
        self.setWindowModified(self.has_unsaved_changes())

    # --- the workflow ---------------------------------------------------------------------

    def case_values(self):
        """The case as it would be written: stored values with the form's valid values."""
        values, problems = case_form.clean(self.raw_values(), case_form.EDITABLE_FIELDS)
        bad = {p.field for p in problems}
        merged = dict(self.stored)
        merged.update({k: v for k, v in values.items() if k not in bad})
        return merged

    def ask_step(self, to_status):
        """Open the transition dialog for a step; its OK makes the step pending."""
        if self.pending is not None or not self.usable:
            return None
        dialog = TransitionDialog(self.case_values(), to_status, self)
        dialog.accepted.connect(lambda: self._step_accepted(dialog))
        dialog.finished.connect(lambda _result: self._transition_closed(dialog))
        self.transition_dialog = dialog
        dialog.open()
        return dialog

    def _step_accepted(self, dialog):
        self.pending = dialog.step
        self.show_error("")
        self._show_workflow()
        self._update_modified()

    def _transition_closed(self, dialog):
        if self.transition_dialog is dialog:
            self.transition_dialog = None
        dialog.deleteLater()

    def withdraw_step(self):
        self.pending = None
        self._show_workflow()
        self._update_modified()

    # --- saving ---------------------------------------------------------------------------

    def save(self):
        """Write the case, the pending step and the new attachments in one transaction;
        True when saved.  On failure nothing is written and the reason is shown."""
        if not self.usable:
            return False
        self.show_error("")
        self.reloadButton.setVisible(False)
        try:
            changes, step, attachments = self._prepare_save()
            layer = self._violations_layer()
            if layer is not None and layer.isEditable() and layer.isModified():
                raise _Refused(tr("The layer “{}” has unsaved edits in QGIS. Save or discard "
                                  "them first (Toggle Editing), then save the case.")
                               .format(layer.name()))
            geometry = None
            if self.case_id is None:
                geometry = bytes(self.new_case.geometry.asWkb())
            with self._connect() as con:
                case_id = cases.save_case(
                    con, self.case_id, changes, self.stored.get("updated_at"), step,
                    attachments, current_user(), geometry)
        except _Refused as refusal:
            self.show_error(str(refusal))
            return False
        except cases.StaleCase as e:
            self.show_error(tr("{} changed this case at {}, after you opened it. Your changes "
                               "were not saved: reload the case to see theirs, then enter yours "
                               "again.").format(e.updated_by or tr("Another user"),
                                                _local_time(e.updated_at)))
            self.reloadButton.setVisible(True)
            self.reloadButton.setFocus()
            return False
        except cases.RefusedStep as e:
            self.show_error(tr("The case was not saved: the step {} → {} is not allowed from "
                               "its current status.").format(status_label(e.from_status, self.lang),
                                                             status_label(e.to_status, self.lang)))
            return False
        except dbref.database_errors() as e:
            self.show_error(tr("The case was not saved, nothing was written: {}").format(
                database_error_text(dbref.readable_error(e), self.lang)))
            return False
        self.case_id = case_id
        self.pending = None
        self.new_case = None
        self.attachments.clear_new()
        try:
            self._load()
        except dbref.database_errors() as e:
            self.show_error(tr("The case was saved but cannot be read again: {}").format(
                dbref.readable_error(e)))
        self._update_modified()
        self._refresh_layer()
        self.saved.emit(case_id)
        return True

    def reload(self):
        """Show the case as the database holds it now, dropping this dialog's unsaved
        edits, pending step and new attachments (after a refused stale save)."""
        if self.case_id is None:
            return
        self.reloadButton.setVisible(False)
        self.show_error("")
        self.pending = None
        self.attachments.clear_new()
        try:
            self._load()
        except dbref.database_errors() as e:
            self.show_error(tr("The case cannot be read from {}: {}").format(
                dbref.label(self.path), dbref.readable_error(e)))
        self._update_modified()

    def _prepare_save(self):
        """(changes, step, attachments) to write; _Refused with every problem found."""
        new = self.case_id is None
        values, problems = case_form.check_case(
            self.raw_values(), stored=self.stored, new_case=new,
            township_code=self.stored.get("township_code"))
        if problems:
            self._focus_problem(problems[0].field)
            raise _Refused(problems_text(problems, self.lang))
        step = self.pending
        if step is not None:
            merged = dict(self.stored)
            merged.update(values)
            _step_values, step_problems = case_form.check_step(
                merged, step.to_status, step.values, step.note)
            if step_problems:
                self.tabs.setCurrentWidget(self.workflowTab)
                raise _Refused(tr("The pending step {} no longer fits the case: {}").format(
                    status_label(step.to_status, self.lang),
                    problems_text(step_problems, self.lang)))
        if new:
            changes = {k: v for k, v in values.items() if v is not None}
            for name in ("township_code", "village_code", "area_m2"):
                changes[name] = self.stored.get(name)
            changes["priority_score"] = case_form.priority_score(values, self.settings)
        else:
            changes = case_form.changed(self.original, values)
            if set(changes) & set(priorities.FLAGS):
                changes["priority_score"] = case_form.priority_score(values, self.settings)
            if set(changes) & set(DATE_FIELDS) and values.get("stock_class") is not None:
                changes["stock_class"] = values["stock_class"]
        return changes, step, self.attachments.new_attachments()

    def _focus_problem(self, field):
        widget = self.widgets.get(field)
        if widget is not None:
            self.tabs.setCurrentWidget(self.caseTab)
            self.caseScroll.ensureWidgetVisible(widget)
            widget.setFocus()

    def _violations_layer(self):
        from ..plugin.gis.project_db import layer_of
        return layer_of(self.project, self.path, "violations")

    def _refresh_layer(self):
        layer = self._violations_layer()
        if layer is not None:
            layer.reload()
            layer.triggerRepaint()

    # --- closing --------------------------------------------------------------------------

    def reject(self):
        """Close (Escape, the Close button, the window's ×): asks first when there are
        unsaved changes."""
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self, tr("Unsaved changes"),
                tr("The case has changes that are not saved. Save them before closing?"),
                QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
            if answer == QMessageBox.Cancel:
                return
            if answer == QMessageBox.Save and not self.save():
                return
        if self.transition_dialog is not None:
            self.transition_dialog.reject()
        super().reject()
