"""The report dialog (ui/report_dialog.py) driven like a user on a demo county: choosing
a report, a period preset, townships and a file, exporting with Enter or the button,
refusals shown in the dialog, Cancel and Escape stopping a running export without
leaving a file.  The "open when done" viewer is replaced by a recorder (no external
program starts)."""

import datetime
import os

import pytest
from qgis.PyQt.QtCore import QDate, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialog

from liangwei.processing.algorithms.export_report import REPORTS
from liangwei.ui.report_dialog import ReportDialog
from report_pdf import build_county, pdf_pages, townships


@pytest.fixture(scope="module")
def county(tmp_path_factory, provider):
    county = build_county(tmp_path_factory.mktemp("report_dialog"), townships=3, villages=9,
                          violations=120, houses=90, seed=11)
    county["townships"] = townships(county["path"])
    return county


@pytest.fixture()
def dialog(county, qtbot):
    dialog = ReportDialog(county["path"])
    opened = []
    dialog.open_file = opened.append
    dialog.opened = opened
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.done(0)
    dialog.deleteLater()
    QApplication.processEvents()


def choose(qtbot, combo, data):
    """Pick the entry of a combo box with the keyboard."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up)


def type_path(qtbot, dialog, path):
    edit = dialog.outputWidget.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key_Delete)
    qtbot.keyClicks(edit, path)
    # QgsFileWidget takes the typed path when the line edit's text changes
    assert dialog.outputWidget.filePath() == path


def toggle(qtbot, dialog, row):
    """Tick or untick a township with the keyboard (space on the current row)."""
    dialog.townshipList.setFocus()
    dialog.townshipList.setCurrentRow(row)
    qtbot.keyClick(dialog.townshipList, Qt.Key_Space)


def test_it_opens_on_last_months_bulletin_of_the_whole_county(dialog, county):
    assert [dialog.reportCombo.itemData(i) for i in range(dialog.reportCombo.count())] == \
        list(REPORTS)
    assert dialog.report() == "monthly_bulletin"
    assert dialog.presetCombo.currentData() == "last_month"
    today = datetime.date.today()
    end = today.replace(day=1) - datetime.timedelta(days=1)
    assert dialog.period() == (end.replace(day=1), end)
    assert dialog.townshipList.count() == len(county["townships"])
    assert len(dialog.chosen_townships()) == len(county["townships"])
    assert dialog.zone_codes() == ""
    out = dialog.outputWidget.filePath()
    assert out.endswith(".pdf") and os.path.dirname(out)
    assert not dialog.errorLabel.isVisible()


def test_report_and_preset_choose_the_extension_and_the_dates(dialog, qtbot):
    choose(qtbot, dialog.reportCombo, "case_ledger")
    assert dialog.outputWidget.filePath().endswith(".xlsx")
    assert dialog.presetCombo.currentData() == "this_month"
    choose(qtbot, dialog.presetCombo, "this_week")
    today = datetime.date.today()
    assert dialog.period() == (today - datetime.timedelta(days=today.weekday()), today)
    choose(qtbot, dialog.presetCombo, "campaign")
    assert dialog.period()[0] == dialog.campaign_start()
    dialog.endEdit.setDate(QDate(2025, 5, 31))
    assert dialog.presetCombo.currentData() == "custom"
    choose(qtbot, dialog.reportCombo, "daily_zero_report")
    assert not dialog.startEdit.isVisible()
    assert dialog.period() == (today, today)
    choose(qtbot, dialog.reportCombo, "wall_map")
    assert dialog.outputWidget.filePath().endswith(".pdf")


def test_exporting_the_bulletin_of_two_townships(dialog, qtbot, county):
    toggle(qtbot, dialog, 1)                        # untick the second township
    assert len(dialog.chosen_townships()) == 2
    choose(qtbot, dialog.presetCombo, "custom")
    dialog.startEdit.setDate(QDate(2025, 5, 1))
    dialog.endEdit.setDate(QDate(2025, 5, 31))
    out = str(county["folder"] / "two_townships.pdf")
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.last_error == ""
    assert os.path.exists(out) and pdf_pages(out) == 2
    assert dialog.output == out and dialog.outputs["PAGES"] == 2
    assert out in dialog.statusLabel.text()
    assert dialog.progressBar.value() == 100
    assert dialog.opened == [out]                   # "open when done" is ticked
    assert dialog.export_button.isEnabled() and not dialog.cancelButton.isEnabled()


def test_enter_exports_a_ledger_and_escape_closes(dialog, qtbot, county):
    choose(qtbot, dialog.reportCombo, "house_ledger")
    qtbot.mouseClick(dialog.openCheck, Qt.LeftButton)        # do not open it
    out = str(county["folder"] / "houses.xlsx")
    type_path(qtbot, dialog, out)
    dialog.reportCombo.setFocus()
    qtbot.keyClick(dialog.reportCombo, Qt.Key_Return)
    assert os.path.exists(out), dialog.last_error
    assert dialog.opened == []
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.Rejected


def test_problems_are_shown_in_the_dialog_and_nothing_is_written(dialog, qtbot, county):
    qtbot.mouseClick(dialog.noneButton, Qt.LeftButton)
    out = str(county["folder"] / "refused.pdf")
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert "at least one township" in dialog.last_error and dialog.errorLabel.isVisible()
    assert dialog.townshipList.hasFocus()
    qtbot.mouseClick(dialog.allButton, Qt.LeftButton)
    type_path(qtbot, dialog, str(county["folder"] / "refused.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert ".pdf" in dialog.last_error
    type_path(qtbot, dialog, out)
    choose(qtbot, dialog.presetCombo, "custom")
    dialog.startEdit.setDate(QDate(2025, 6, 1))
    dialog.endEdit.setDate(QDate(2025, 5, 1))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert "after it ends" in dialog.last_error
    assert not os.path.exists(out) and not os.path.exists(out[:-4] + ".docx")


@pytest.mark.parametrize("how", ["cancel button", "escape"])
def test_cancel_stops_a_running_export_without_a_file(dialog, qtbot, county, how):
    choose(qtbot, dialog.reportCombo, "case_booklet")
    out = str(county["folder"] / ("canceled_%s.pdf" % how.replace(" ", "_")))
    type_path(qtbot, dialog, out)
    seen = []

    def stop():
        # the dialog answers while the report is being written
        seen.append((dialog.running, dialog.cancelButton.isEnabled(),
                     dialog.export_button.isEnabled()))
        if how == "escape":
            QTest.keyClick(dialog, Qt.Key_Escape)
        else:
            qtbot.mouseClick(dialog.cancelButton, Qt.LeftButton)
    QTimer.singleShot(0, stop)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert seen == [(True, True, False)]
    assert "canceled" in dialog.last_error.lower()
    assert not os.path.exists(out)
    assert dialog.isVisible()                       # Escape canceled, did not close
    assert dialog.export_button.isEnabled() and not dialog.running


def test_it_fits_a_small_screen(dialog):
    hint = dialog.sizeHint()
    assert hint.width() <= 1300 and hint.height() <= 700


def test_an_unreadable_database_is_said_in_the_dialog(qtbot, tmp_path):
    dialog = ReportDialog(str(tmp_path / "missing.gpkg"))
    try:
        assert "cannot be read" in dialog.last_error
        assert not dialog.export_button.isEnabled()
    finally:
        dialog.deleteLater()
        QApplication.processEvents()
