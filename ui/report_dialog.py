"""The report dialog (ui/report_dialog.ui): choose a report, a period, townships and a
file, and run liangwei:export_report with a progress bar and a cancel button.

The algorithm runs in the main thread (print layouts need it); the dialog keeps
answering — the progress bar moves and Cancel works — because every progress step of
the run lets Qt handle the pending events.  A problem is shown in the dialog (a red
message above the buttons); a canceled or failed run leaves no file.
"""

import datetime
import os

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ..plugin.i18n import tr, ui_language
from ..processing.algorithms.export_report import (
    DEFAULT_PRESET,
    REPORTS,
    ExportReportAlgorithm,
    extension_of,
)

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "report_dialog.ui"))

ALGORITHM = "liangwei:export_report"
SETTINGS_LAST_DIR = "liangwei/last_report_dir"
CUSTOM = "custom"


class _Refused(Exception):
    """A readable reason why the report cannot be exported; `widget` gets the focus."""

    def __init__(self, message, widget=None):
        super().__init__(message)
        self.widget = widget


class _Feedback(QgsProcessingFeedback):
    """Progress to the dialog; every step lets Qt handle the pending events, so that
    the dialog repaints and the Cancel button is heard while the report is made."""

    def __init__(self, dialog):
        super().__init__()
        self.dialog = dialog
        self.messages = []
        self.progressChanged.connect(self._progress)

    def _progress(self, percent):
        self.dialog.progressBar.setValue(int(percent))
        QCoreApplication.processEvents()

    def reportError(self, error, fatalError=False):
        self.messages.append(error)

    def pushInfo(self, info):
        self.messages.append(info)


def _qdate(day):
    return QDate(day.year, day.month, day.day)


def _pydate(qdate):
    return datetime.date(qdate.year(), qdate.month(), qdate.day())


class ReportDialog(QDialog, FORM_CLASS):
    """Export a report of the project database at `path`.

    After a successful export `output` is the file written and `outputs` the
    algorithm's outputs; the dialog stays open for another report.  `open_file` is
    called with the path when "open when done" is ticked (default: the system's
    viewer)."""

    def __init__(self, path, parent=None, iface=None):
        super().__init__(parent)
        self.setupUi(self)
        self.path = os.path.abspath(path) if path else ""
        self.iface = iface
        self.running = False
        self.feedback = None
        self.output = None
        self.outputs = None
        self.database_error = ""
        self.last_error = ""
        self.settings = {}
        self.townships = []
        self.open_file = lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(p))
        self._auto_output = ""

        self.export_button = self.buttonBox.button(QDialogButtonBox.Ok)
        self.export_button.setText(tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.setAutoDefault(True)
        self.close_button = self.buttonBox.button(QDialogButtonBox.Close)
        self.buttonBox.accepted.connect(self.export)
        self.buttonBox.rejected.connect(self.reject)
        self.cancelButton.clicked.connect(self.cancel)
        self.allButton.clicked.connect(lambda: self._check_all(True))
        self.noneButton.clicked.connect(lambda: self._check_all(False))
        self.townshipList.itemChanged.connect(self._townships_changed)
        self.outputWidget.setStorageMode(QgsFileWidget.SaveFile)
        self.outputWidget.setDialogTitle(tr("Save the report as"))
        self.outputWidget.fileChanged.connect(lambda _p: self.show_error(""))

        for key, name in zip(REPORTS, ExportReportAlgorithm().report_names()):
            self.reportCombo.addItem(name, key)
        from ..plugin.core import reports
        lang = ui_language()
        for preset in reports.PRESETS:
            self.presetCombo.addItem(preset.zh if lang == "zh" else preset.en, preset.key)
        self.presetCombo.addItem(tr("Custom dates"), CUSTOM)

        self._read_database()
        self.reportCombo.currentIndexChanged.connect(self._report_changed)
        self.presetCombo.currentIndexChanged.connect(self._preset_changed)
        self.startEdit.dateChanged.connect(self._dates_edited)
        self.endEdit.dateChanged.connect(self._dates_edited)
        self._set_tab_order()
        self._report_changed()

    # --- set-up --------------------------------------------------------------------------

    def _read_database(self):
        from ..plugin.store import gpkg, report_queries
        self.townshipList.clear()
        try:
            con = gpkg.connect(self.path)
            try:
                self.settings = gpkg.read_settings(con)
                self.townships = report_queries.townships(con)
            finally:
                con.close()
        except Exception as e:  # a missing, damaged or foreign file
            self.export_button.setEnabled(False)
            self.database_error = tr("The project database {} cannot be read: {}").format(
                self.path, e)
            self.show_error("")
            return
        for code, name in self.townships:
            item = QListWidgetItem("%s  %s" % (name, code))
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.townshipList.addItem(item)
        county = self.settings.get("county_name") or self.settings.get("county_code") or ""
        self.setWindowTitle(tr("Export a report — {}").format(county) if county
                            else tr("Export a report"))
        self._townships_changed()

    def _set_tab_order(self):
        self.outputWidget.setFocusProxy(self.outputWidget.lineEdit())
        chain = [self.reportCombo, self.presetCombo, self.startEdit, self.endEdit,
                 self.townshipList, self.allButton, self.noneButton,
                 self.outputWidget.lineEdit()]
        chain += [w for w in self.outputWidget.findChildren(QWidget)
                  if w is not self.outputWidget.lineEdit() and w.focusPolicy() & Qt.TabFocus
                  and w.parent() is self.outputWidget]
        chain += [self.openCheck, self.cancelButton] + self.buttonBox.buttons()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- choices -------------------------------------------------------------------------

    def report(self):
        return self.reportCombo.currentData()

    def campaign_start(self):
        from ..plugin.core import assessment
        return assessment.default_period(datetime.date.today(), self.settings).campaign_start

    def _report_changed(self, _index=None):
        report = self.report()
        daily = report == "daily_zero_report"
        preset = DEFAULT_PRESET.get(report)
        self.startLabel.setVisible(not daily)
        self.startEdit.setVisible(not daily)
        self.presetLabel.setText(tr("&Day") if daily else tr("&Period"))
        self.presetCombo.setVisible(not daily)
        if daily:
            today = datetime.date.today()
            self._set_dates(today, today)
        else:
            index = self.presetCombo.findData(preset or CUSTOM)
            if index == self.presetCombo.currentIndex():
                self._preset_changed()
            else:
                self.presetCombo.setCurrentIndex(index)
        ext = extension_of(report)
        self.outputWidget.setFilter(tr("PDF report (*.pdf)") if ext == ".pdf"
                                    else tr("Excel workbook (*.xlsx)"))
        self._default_output()
        self.infoLabel.setText(self._describe(report))
        self.show_error("")

    def _describe(self, report):
        return {
            "monthly_bulletin": tr("One A4 page per township: map of its cases, assessment "
                                   "indicators and the county ranking."),
            "weekly_summary": tr("The townships' indicators with the change since the period "
                                 "before, and the cases found or demolished."),
            "daily_zero_report": tr("The patrol reports of the day; villages and grids that did "
                                    "not report are marked."),
            "case_ledger": tr("One row per case not finished before the period, one sheet per "
                              "township."),
            "house_ledger": tr("One row per self-built house, one sheet per township."),
            "case_booklet": tr("One page per case of the ledger: map, fields, history and "
                               "photos."),
            "house_booklet": tr("One page per house with a hazard or appraised C or D: map, "
                                "grade, measures and inspections."),
            "wall_map": tr("One A3 page per township with every open case numbered, to put on "
                           "the wall and tick off."),
        }[report]

    def _preset_changed(self, _index=None):
        key = self.presetCombo.currentData()
        if key == CUSTOM or key is None:
            return
        from ..plugin.core import reports
        period = reports.preset_period(key, datetime.date.today(), self.campaign_start())
        self._set_dates(period.start, period.end)

    def _set_dates(self, start, end):
        for edit, day in ((self.startEdit, start), (self.endEdit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._default_output()

    def _dates_edited(self, _date=None):
        if self.report() == "daily_zero_report":
            self.startEdit.blockSignals(True)
            self.startEdit.setDate(self.endEdit.date())
            self.startEdit.blockSignals(False)
        else:
            index = self.presetCombo.findData(CUSTOM)
            self.presetCombo.blockSignals(True)
            self.presetCombo.setCurrentIndex(index)
            self.presetCombo.blockSignals(False)
        self._default_output()
        self.show_error("")

    def period(self):
        return _pydate(self.startEdit.date()), _pydate(self.endEdit.date())

    def _default_output(self):
        """A file name beside the database saying what the report is; a name the user
        typed keeps its folder and name, only its extension follows the report."""
        report = self.report()
        if report is None:
            return
        ext = extension_of(report)
        current = (self.outputWidget.filePath() or "").strip()
        if current and current != self._auto_output:
            stem, old = os.path.splitext(current)
            if old.lower() in (".pdf", ".xlsx") and old.lower() != ext:
                self.outputWidget.setFilePath(stem + ext)
            return
        last = QgsSettings().value(SETTINGS_LAST_DIR, "") or ""
        folder = last if last and os.path.isdir(str(last)) else os.path.dirname(self.path)
        start, end = self.period()
        name = ("%s_%s%s" % (report, end.isoformat(), ext) if start == end
                else "%s_%s_%s%s" % (report, start.isoformat(), end.isoformat(), ext))
        self._auto_output = os.path.join(str(folder), name)
        self.outputWidget.setFilePath(self._auto_output)

    def _check_all(self, checked):
        self.townshipList.blockSignals(True)
        for i in range(self.townshipList.count()):
            self.townshipList.item(i).setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.townshipList.blockSignals(False)
        self._townships_changed()

    def _townships_changed(self, _item=None):
        n = len(self.chosen_townships())
        self.townshipCountLabel.setText(tr("{} of {} chosen").format(n, self.townshipList.count()))
        self.show_error("")

    def chosen_townships(self):
        return [self.townshipList.item(i).data(Qt.UserRole)
                for i in range(self.townshipList.count())
                if self.townshipList.item(i).checkState() == Qt.Checked]

    def zone_codes(self):
        """'' for all townships (the whole county), else their codes."""
        chosen = self.chosen_townships()
        if len(chosen) == self.townshipList.count():
            return ""
        return ",".join(chosen)

    def show_error(self, message):
        """Show a problem in the dialog (an empty message hides it; an unreadable
        database stays said)."""
        message = message or self.database_error
        self.last_error = message
        self.errorLabel.setText(message)
        self.errorLabel.setVisible(bool(message))

    # --- exporting -------------------------------------------------------------------------

    def parameters(self):
        """The parameters of liangwei:export_report; raises _Refused."""
        report = self.report()
        start, end = self.period()
        if start > end:
            raise _Refused(tr("The period starts ({}) after it ends ({}).").format(start, end),
                           self.startEdit)
        if self.townshipList.count() and not self.chosen_townships():
            raise _Refused(tr("Choose at least one township."), self.townshipList)
        out = (self.outputWidget.filePath() or "").strip()
        if not out:
            raise _Refused(tr("Choose the file of the report."), self.outputWidget)
        out = os.path.abspath(os.path.expanduser(out))
        ext = extension_of(report)
        if not os.path.splitext(out)[1]:
            out += ext
        if os.path.splitext(out)[1].lower() != ext:
            raise _Refused(tr("This report is written as a {} file: the file name must end in "
                              "{} ({}).").format(ext, ext, out), self.outputWidget)
        if not os.path.isdir(os.path.dirname(out)):
            raise _Refused(tr("The folder {} does not exist.").format(os.path.dirname(out)),
                           self.outputWidget)
        uri = "%s|layername=%s"
        return {"REPORT": REPORTS.index(report),
                "VIOLATIONS": uri % (self.path, "violations"),
                "HOUSES": uri % (self.path, "houses"),
                "ZONES": uri % (self.path, "zones"),
                "PERIOD_START": start.isoformat(), "PERIOD_END": end.isoformat(),
                "ZONE_CODES": self.zone_codes(), "OUTPUT": out}

    def export(self):
        if self.running:
            return
        self.show_error("")
        self.statusLabel.setText("")
        try:
            params = self.parameters()
        except _Refused as refusal:
            self.show_error(str(refusal))
            if refusal.widget is not None:
                refusal.widget.setFocus()
            return
        if QgsApplication.processingRegistry().algorithmById(ALGORITHM) is None:
            self.show_error(tr("The Processing algorithm {} is not available: enable the "
                               "Processing plugin and the Liangwei plugin.").format(ALGORITHM))
            return
        import processing
        self.feedback = _Feedback(self)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        self._set_running(True)
        try:
            result = processing.run(ALGORITHM, params, feedback=self.feedback, context=context)
        except QgsProcessingException as e:
            canceled = self.feedback.isCanceled()
            self._set_running(False)
            self.progressBar.setValue(0)
            self.show_error(tr("The report was canceled: no file was written.") if canceled
                            else str(e))
            return
        except Exception as e:  # anything else the run raised: show it, keep the dialog
            self._set_running(False)
            self.progressBar.setValue(0)
            self.show_error(tr("The report could not be written: {}").format(e))
            return
        finally:
            self.feedback = None
        self._set_running(False)
        self.output, self.outputs = result.get("OUTPUT"), result
        QgsSettings().setValue(SETTINGS_LAST_DIR, os.path.dirname(self.output))
        pages = result.get("PAGES") or 0
        message = (tr("Written ({} pages):").format(pages) if pages else tr("Written:")) + \
            "\n" + self.output
        self.statusLabel.setText(message)
        self.progressBar.setValue(100)
        if self.iface is not None:
            self.iface.messageBar().pushSuccess(tr("Report"), message.replace("\n", " "))
        if self.openCheck.isChecked():
            self.open_file(self.output)

    def cancel(self):
        """Cancel the running export (the run stops at its next step)."""
        if self.feedback is not None:
            self.feedback.cancel()
            self.statusLabel.setText(tr("Canceling…"))

    def _set_running(self, running):
        self.running = running
        for widget in (self.reportCombo, self.presetCombo, self.startEdit, self.endEdit,
                       self.townshipList, self.allButton, self.noneButton, self.outputWidget,
                       self.openCheck, self.export_button):
            widget.setEnabled(not running)
        self.cancelButton.setEnabled(running)
        if running:
            self.progressBar.setValue(0)
            self.statusLabel.setText(tr("Writing the report…"))
            self.cancelButton.setFocus()
            QgsApplication.setOverrideCursor(Qt.BusyCursor)
        else:
            QgsApplication.restoreOverrideCursor()

    def reject(self):
        """Escape / Close: cancel a running export first; close when idle."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event):
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
