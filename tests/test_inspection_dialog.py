"""The house inspection dialog driven as an inspector would (pytest-qt): keys typed into
the fields and the member grid, buttons clicked, Enter and Escape pressed; then what
landed in a real demo database is checked against core.screening / core.jgj125.

Covers: the live JGJ 125 grade C with its layer grades and measures, the save (the
inspection row, its member rows and the house's computed fields), a missing kind, a
future date and more dangerous members than members refused before saving, a failing
save (a real trigger on the member rows; the house changed by another connection)
that leaves nothing behind, Escape with unsaved entries asking first, the tab order,
the size at 1366×768, and picking a house on the map.  The dialog tests run on both
backends: the GeoPackage and a PostGIS copy of the same county (tests/pg_demo.py); the
SQLite trigger and the GeoPackage layers of the pick tool are GeoPackage only."""

import datetime
import shutil
import sqlite3

import pytest
from pg_demo import copy_to_postgis, rows
from pgserver import pg_database, pg_server  # noqa: F401  (fixtures)
from qgis.core import QgsPointXY, QgsProject
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from liangwei.plugin.core import codes, screening
from liangwei.plugin.store import dbref, demo_writer, gpkg

TODAY = datetime.date.today()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("inspection_dialog") / "pristine.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=1, villages=2, violations=2, houses=12)
    return path


_SCHEMAS = iter("county_%d" % i for i in range(1000))


@pytest.fixture(params=["gpkg", "postgis"])
def db(request, pristine, tmp_path):
    """The reference (dbref) of a fresh copy of the demo county on the backend."""
    if request.param == "postgis":
        return copy_to_postgis(pristine, request.getfixturevalue("pg_database"), next(_SCHEMAS))
    path = str(tmp_path / "county.gpkg")
    shutil.copy(pristine, path)
    return path


def gpkg_only(db):
    if dbref.is_postgis_ref(db):
        pytest.skip("SQLite's own SQL or GeoPackage layers: GeoPackage only")


def house_row(db, house_id):
    return rows(db, "SELECT * FROM houses WHERE house_id = ?", (house_id,))[0]


def table_counts(db):
    return tuple(rows(db, "SELECT count(*) AS n FROM %s" % t)[0]["n"]
                 for t in ("house_inspections", "inspection_members"))


def two_storey_house(db):
    """A house of two storeys above ground without basement or appraisal."""
    return rows(db, "SELECT house_id FROM houses WHERE storeys = 2 AND basement_storeys = 0 "
                    "AND appraisal_grade IS NULL ORDER BY fid")[0]["house_id"]


@pytest.fixture
def open_dialog(qgis_app, qtbot, monkeypatch):
    """open_dialog(db, house_id) → a shown InspectionDialog; closed without questions at
    the end of the test (a question left unanswered would block the test run)."""
    from liangwei.ui.inspection_dialog import InspectionDialog
    opened = []

    def unexpected_question(*args, **kwargs):
        raise AssertionError("unexpected question: %r" % (args[1:3],))

    monkeypatch.setattr(QMessageBox, "question", unexpected_question)

    def make(db, house_id):
        dialog = InspectionDialog(db, house_id)
        opened.append(dialog)
        dialog.show()
        QApplication.setActiveWindow(dialog)
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    for dialog in opened:
        dialog.done(QDialog.Rejected)      # no question, whatever was entered
        dialog.deleteLater()
    QApplication.processEvents()


def choose(qtbot, combo, code):
    """Pick the item of `code` with the keyboard, as a user would (Down from the top)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Home)
    for _ in range(combo.findData(code)):
        qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentData() == code


def type_count(qtbot, dialog, storey, member_type, which, value):
    box = dialog.grid.box(storey, member_type, which)
    dialog.tabs.setCurrentWidget(dialog.membersTab)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    assert box.value() == value


def type_text(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def click_save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)


def enter_grade_c(qtbot, dialog):
    """Storey 1: 2 of 10 walls dangerous (R = 20 %); storey 2: 10 sound walls;
    8 sound foundation members → R = 54 / 313.6 = 17.2 % → C."""
    type_count(qtbot, dialog, 0, "foundation", "total", 8)
    type_count(qtbot, dialog, 1, "wall", "total", 10)
    type_count(qtbot, dialog, 1, "wall", "dangerous", 2)
    type_count(qtbot, dialog, 2, "wall", "total", 10)


# --- the live panel and the save --------------------------------------------------------------

def test_grade_c_is_shown_live_and_saved_with_the_house(db, open_dialog, qtbot):
    house_id = two_storey_house(db)
    before = house_row(db, house_id)
    dialog = open_dialog(db, house_id)
    assert dialog.inspectorEdit.text()                       # the QGIS user by default
    assert dialog.dateEdit.date().toPyDate() == TODAY
    assert dialog.grid.rows == [0, 1, 2]

    choose(qtbot, dialog.kindCombo, "screening")
    type_text(qtbot, dialog.findingsEdit, "two cracks in the ground-floor walls")
    enter_grade_c(qtbot, dialog)

    lang = dialog.lang
    assert ">C<" in dialog.gradeLabel.text()
    assert codes.GRADE.label("C", lang) in dialog.gradeLabel.text()
    assert "Cu" in dialog.gradeLabel.text() and "Au" in dialog.gradeLabel.text()
    assert dialog.grid._grade_labels[1].text() == "Cu"
    assert dialog.grid._grade_labels[0].text() == "Au"
    for code in ("restrict_use", "repair"):
        assert codes.MEASURE.label(code, lang) in dialog.measuresLabel.text()
    assert codes.SCREENING.label("serious", lang) in dialog.screeningResultLabel.text()

    with qtbot.waitSignal(dialog.saved, timeout=5000) as signal:
        click_save(qtbot, dialog)
    assert dialog.result() == QDialog.Accepted and not dialog.isVisible()
    saved_house, inspection_id = signal.args
    assert saved_house == house_id

    inspection = rows(db, "SELECT * FROM house_inspections WHERE inspection_id = ?",
                      (inspection_id,))[0]
    assert inspection["house_id"] == house_id and inspection["kind"] == "screening"
    assert inspection["inspected_on"] == TODAY.isoformat()
    assert inspection["findings"] == "two cracks in the ground-floor walls"
    assert inspection["inspector"] == dialog.inspectorEdit.text()
    assert inspection["tilt_pct"] is None and inspection["screening"] is None
    members = rows(db, "SELECT storey, member_type, total, dangerous FROM inspection_members "
                       "WHERE inspection_id = ? ORDER BY storey", (inspection_id,))
    assert [tuple(m.values()) for m in members] == [(0, "foundation", 8, 0), (1, "wall", 10, 2),
                                                   (2, "wall", 10, 0)]

    # the house: what core.screening computes from what the database now holds
    house = house_row(db, house_id)
    found = rows(db, "SELECT * FROM house_inspections WHERE house_id = ?", (house_id,))
    for i in found:
        i["members"] = [(m["storey"], m["member_type"], m["total"], m["dangerous"]) for m in
                        rows(db, "SELECT * FROM inspection_members WHERE inspection_id = ?",
                             (i["inspection_id"],))]
    con = dbref.connect(db)
    settings = dbref.read_settings(con)
    con.close()
    expected = screening.assess(house, found, None, settings, TODAY)
    assert expected.computed_grade == house["computed_grade"] == "C"
    assert house["computed_screening"] == expected.screening
    assert house["required_measures"] == codes.join_multi(expected.required_measures) \
        == "{restrict_use,repair}"
    assert house["missing_measures"] == codes.join_multi(expected.missing_measures)
    assert house["next_inspection_due"] == expected.next_inspection_due.isoformat()
    assert house["graded_on"] == TODAY.isoformat()
    assert house["screening"] == before["screening"]          # no class given: kept
    assert dialog.assessment.computed_grade == "C"
    # what the panel showed before saving is what was written
    from liangwei.plugin.store import inspections
    assert inspections.computed_changes(dialog.preview, TODAY) == \
        {k: house[k] for k in inspections.COMPUTED_FIELDS}


def test_enter_saves_an_appraisal_and_its_grade(db, open_dialog, qtbot):
    house_id = two_storey_house(db)
    dialog = open_dialog(db, house_id)
    assert not dialog.appraisalGradeCombo.isEnabled()          # a patrol cannot grade
    choose(qtbot, dialog.kindCombo, "appraisal")
    assert dialog.appraisalGradeCombo.isEnabled()
    dialog.tabs.setCurrentWidget(dialog.appraisalTab)
    choose(qtbot, dialog.appraisalGradeCombo, "D")
    type_text(qtbot, dialog.agencyEdit, "County house safety office")
    dialog.measure_checks["cordon"].setFocus()
    qtbot.keyClick(dialog.measure_checks["cordon"], Qt.Key_Space)
    assert dialog.measure_checks["cordon"].isChecked()
    assert "D" in dialog.gradeLabel.text() or dialog.preview.grade == "D"
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.agencyEdit, Qt.Key_Return)      # Enter = Save
    house = house_row(db, house_id)
    assert house["appraisal_grade"] == "D" and house["appraisal_status"] == "done"
    assert house["appraisal_agency"] == "County house safety office"
    assert house["appraised_on"] == TODAY.isoformat()
    assert "cordon" in codes.split_multi(house["measures"])
    assert house["computed_grade"] is None                   # no counts: not computed
    assert set(codes.split_multi(house["required_measures"])) >= {"stop_use", "evacuate", "cordon"}
    assert "cordon" not in codes.split_multi(house["missing_measures"])


# --- refusals before saving -------------------------------------------------------------------

def test_a_missing_kind_is_named_and_nothing_is_written(db, open_dialog, qtbot):
    house_id = two_storey_house(db)
    before = table_counts(db), house_row(db, house_id)
    dialog = open_dialog(db, house_id)
    enter_grade_c(qtbot, dialog)
    qtbot.keyClick(dialog.grid.box(2, "wall"), Qt.Key_Return)     # Enter = Save
    assert dialog.isVisible()
    assert dialog.errorLabel.isVisible()
    kind_label = "检查类型" if dialog.lang == "zh" else "Kind"
    assert dialog.last_error.startswith(kind_label)
    assert dialog.tabs.currentWidget() is dialog.inspectionTab
    assert dialog.focusWidget() is dialog.kindCombo
    assert (table_counts(db), house_row(db, house_id)) == before


def test_more_dangerous_than_members_is_refused_before_saving(db, open_dialog, qtbot):
    house_id = two_storey_house(db)
    before = table_counts(db), house_row(db, house_id)
    dialog = open_dialog(db, house_id)
    choose(qtbot, dialog.kindCombo, "screening")
    type_count(qtbot, dialog, 1, "wall", "total", 2)
    type_count(qtbot, dialog, 1, "wall", "dangerous", 3)
    assert "#a4000f" in dialog.grid.box(1, "wall", "dangerous").styleSheet()
    assert dialog.grid.problems() == [(1, "wall", 2, 3)]
    assert "3" in dialog.gradeLabel.text() and ">C<" not in dialog.gradeLabel.text()
    dialog.tabs.setCurrentWidget(dialog.inspectionTab)
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    wall = codes.MEMBER_TYPE.label("wall", dialog.lang)
    assert wall in dialog.last_error and "3" in dialog.last_error and "2" in dialog.last_error
    assert dialog.tabs.currentWidget() is dialog.membersTab
    assert dialog.focusWidget() is dialog.grid.box(1, "wall", "dangerous")
    assert (table_counts(db), house_row(db, house_id)) == before


def test_a_future_date_is_named_and_nothing_is_written(db, open_dialog, qtbot):
    house_id = two_storey_house(db)
    before = table_counts(db), house_row(db, house_id)
    dialog = open_dialog(db, house_id)
    choose(qtbot, dialog.kindCombo, "patrol")
    dialog.dateEdit.setFocus()
    qtbot.keyClick(dialog.dateEdit, Qt.Key_Up)            # the day under the cursor: +1
    assert dialog.dateEdit.date().toPyDate() > TODAY
    click_save(qtbot, dialog)
    label = "检查日期" if dialog.lang == "zh" else "Inspected on"
    assert dialog.last_error.startswith(label)
    assert dialog.focusWidget() is dialog.dateEdit
    assert (table_counts(db), house_row(db, house_id)) == before


def test_a_ground_indicator_that_is_not_a_number_is_named(db, open_dialog, qtbot):
    house_id = two_storey_house(db)
    dialog = open_dialog(db, house_id)
    choose(qtbot, dialog.kindCombo, "screening")
    dialog.tabs.setCurrentWidget(dialog.groundTab)
    type_text(qtbot, dialog.tiltEdit, "150")
    click_save(qtbot, dialog)
    label = "倾斜率(%)" if dialog.lang == "zh" else "Tilt (%)"
    assert dialog.last_error.startswith(label) and "100" in dialog.last_error
    assert dialog.focusWidget() is dialog.tiltEdit
    dialog.tiltEdit.clear()
    type_text(qtbot, dialog.tiltEdit, "3.5")                   # over 3 % for 2 storeys
    assert ">D<" in dialog.gradeLabel.text()


# --- failing saves leave nothing behind -------------------------------------------------------

def test_a_save_refused_by_a_trigger_leaves_nothing_behind(db, open_dialog, qtbot):
    gpkg_only(db)
    house_id = two_storey_house(db)
    con = sqlite3.connect(db)
    con.execute("CREATE TRIGGER test_one_member_only BEFORE INSERT ON inspection_members "
                "WHEN (SELECT count(*) FROM inspection_members WHERE inspection_id = "
                "NEW.inspection_id) >= 1 BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")
    con.commit()
    con.close()
    before = table_counts(db), house_row(db, house_id)
    dialog = open_dialog(db, house_id)
    choose(qtbot, dialog.kindCombo, "screening")
    enter_grade_c(qtbot, dialog)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.inspection_id is None
    assert "refused for the test" in dialog.last_error
    assert (table_counts(db), house_row(db, house_id)) == before


def test_a_house_changed_meanwhile_is_not_overwritten(db, open_dialog, qtbot):
    house_id = two_storey_house(db)
    dialog = open_dialog(db, house_id)
    choose(qtbot, dialog.kindCombo, "screening")
    enter_grade_c(qtbot, dialog)
    other = dbref.connect(db)                                 # another user edits the house
    with dbref.transaction(other):
        other.execute("UPDATE houses SET occupants = ? WHERE house_id = ?", (42, house_id))
    other.close()
    before = table_counts(db), house_row(db, house_id)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.inspection_id is None
    assert house_id in dialog.last_error
    assert (table_counts(db), house_row(db, house_id)) == before
    assert house_row(db, house_id)["occupants"] == 42


# --- keyboard, closing, size ------------------------------------------------------------------

def test_escape_with_unsaved_entries_asks_first(db, open_dialog, qtbot, monkeypatch):
    house_id = two_storey_house(db)
    before = table_counts(db), house_row(db, house_id)
    dialog = open_dialog(db, house_id)
    qtbot.keyClick(dialog, Qt.Key_Escape)                     # nothing entered: no question
    assert dialog.result() == QDialog.Rejected and not dialog.isVisible()

    dialog = open_dialog(db, house_id)
    type_text(qtbot, dialog.findingsEdit, "roof leaks")
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.No))
    qtbot.keyClick(dialog.findingsEdit, Qt.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()            # kept: the entries are still there
    assert dialog.findingsEdit.toPlainText() == "roof leaks"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.Yes))
    qtbot.keyClick(dialog.findingsEdit, Qt.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.Rejected
    assert (table_counts(db), house_row(db, house_id)) == before


def test_tab_order_follows_the_form(db, open_dialog, qtbot):
    dialog = open_dialog(db, two_storey_house(db))
    dialog.kindCombo.setFocus()
    seen = [dialog.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key_Tab)
        if dialog.focusWidget() is not seen[-1]:    # Tab walks year, month, day of the date
            seen.append(dialog.focusWidget())
    assert seen == [dialog.kindCombo, dialog.dateEdit, dialog.inspectorEdit,
                    dialog.screeningCombo, dialog.collapseCheck, dialog.findingsEdit,
                    dialog.buttonBox.button(QDialogButtonBox.Save)]
    # the member grid: row by row, members before dangerous members
    dialog.tabs.setCurrentWidget(dialog.membersTab)
    first = dialog.grid.box(0, "foundation", "total")
    first.setFocus()
    order = [first]
    for _ in range(3):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key_Tab)
        order.append(dialog.focusWidget())
    assert order == [first, dialog.grid.box(0, "foundation", "dangerous"),
                     dialog.grid.box(1, "middle_column", "total"),
                     dialog.grid.box(1, "middle_column", "dangerous")]
    save = dialog.buttonBox.button(QDialogButtonBox.Save)
    assert save.isDefault()


def test_the_dialog_fits_1366_by_768(db, open_dialog):
    tall = rows(db, "SELECT house_id FROM houses ORDER BY storeys DESC, fid")[0]["house_id"]
    dialog = open_dialog(db, tall)
    hint, minimum = dialog.sizeHint(), dialog.minimumSizeHint()
    assert minimum.width() <= 1366 and minimum.height() <= 700
    assert dialog.width() <= 1366 and dialog.height() <= 700
    assert hint.width() <= 1366 and hint.height() <= 720
    dialog.resize(1366, 700)
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        assert dialog.tabs.currentWidget().isVisible()


def test_copy_the_counts_of_the_last_inspection(db, open_dialog, qtbot):
    measured = rows(db, "SELECT i.house_id, i.inspection_id FROM house_inspections i JOIN "
                        "inspection_members m USING (inspection_id) ORDER BY i.inspected_on DESC "
                        "LIMIT 1")[0]
    dialog = open_dialog(db, measured["house_id"])
    assert dialog.copyLastButton.isEnabled()
    qtbot.mouseClick(dialog.copyLastButton, Qt.LeftButton)
    expected = [(m["storey"], m["member_type"], m["total"], m["dangerous"]) for m in
                rows(db, "SELECT * FROM inspection_members WHERE inspection_id = ?",
                     (measured["inspection_id"],))]
    assert sorted(dialog.members()) == sorted(expected)


# --- picking a house on the map -----------------------------------------------------------------

def test_the_pick_tool_gives_the_clicked_house(db, qgis_app, qtbot):
    gpkg_only(db)
    from liangwei.plugin.gis import layers as project_layers
    from liangwei.plugin.gis.house_tools import HousePickTool, reload_layers
    project = QgsProject.instance()
    group = project_layers.load_project(db, project)
    canvas = QgsMapCanvas()
    tool = None
    try:
        houses = project_layers.layer_for(project, db, "houses")
        canvas.resize(400, 400)
        canvas.setDestinationCrs(houses.crs())
        canvas.setLayers([houses])
        feature = next(houses.getFeatures())
        point = feature.geometry().asPoint()
        canvas.setExtent(feature.geometry().boundingBox().buffered(0.001))
        tool = HousePickTool(canvas)
        canvas.setMapTool(tool)

        def click(map_point):
            pixel = canvas.getCoordinateTransform().transform(QgsPointXY(map_point))
            tool.canvasReleaseEvent(QgsMapMouseEvent(
                canvas, QEvent.MouseButtonRelease, QPoint(int(pixel.x()) + 2, int(pixel.y())),
                Qt.LeftButton))

        with qtbot.waitSignal(tool.housePicked, timeout=5000) as signal:
            click(point)                                # 2 pixels beside the house
        assert signal.args == [db, feature["house_id"]]
        with qtbot.waitSignal(tool.nothingPicked, timeout=5000):
            click(QgsPointXY(point.x() + 0.0009, point.y() + 0.0009))   # ~100 m away

        # a saved inspection shows in the layers once they are reloaded
        inspections = project_layers.layer_for(project, db, "house_inspections")
        before = inspections.featureCount()
        con = gpkg.connect(db)
        with gpkg.transaction(con):
            gpkg.insert(con, "house_inspections", {"house_id": feature["house_id"],
                                                   "inspected_on": TODAY.isoformat(),
                                                   "kind": "patrol"})
        con.close()
        reload_layers(db, project)
        assert inspections.featureCount() == before + 1
    finally:
        if tool is not None:
            canvas.unsetMapTool(tool)
            tool.deleteLater()
        canvas.setLayers([])
        project.removeMapLayers([node.layerId() for node in group.findLayers()])
        project.layerTreeRoot().removeChildNode(group)
        canvas.deleteLater()
        QApplication.processEvents()
