"""The case dialog, the transition dialog, the attachments and the map tools, driven as
a user drives them (typing, clicking, dropping files, pressing keys) on real demo
GeoPackages, checking what lands in the database.

QMessageBox.question is replaced only to answer the "unsaved changes" prompt; and the
desktop's "open file" goes to a URL handler registered with Qt's own
QDesktopServices.setUrlHandler (no external viewer starts).

The dialog tests run on both backends: the GeoPackage and a PostGIS copy of the same
county (tests/pg_demo.py); the few that need SQLite's own SQL or an ogr layer run on
the GeoPackage only, and the PostGIS tests at the end check a concurrent save.
"""

import datetime
import os
import shutil

import pytest
from lwtest import update_row
from pg_demo import copy_to_postgis
from pgserver import pg_database, pg_server  # noqa: F401  (fixtures)
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                       QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, Qt, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QKeyEvent
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from liangwei.plugin.core import case_form, case_ids, workflow
from liangwei.plugin.gis.area import AreaCalculator
from liangwei.plugin.gis.case_tools import CasePickTool, PolygonDrawTool
from liangwei.plugin.store import cases, dbref, demo_writer, gpkg, postgis
from liangwei.ui.case_dialog import CaseDialog
from liangwei.ui.transition_dialog import TransitionDialog, field_label

CRS_DB = QgsCoordinateReferenceSystem("EPSG:4490")
CRS_GK = QgsCoordinateReferenceSystem("EPSG:4549")   # CGCS2000 3° Gauss–Krüger, CM 120°E
TABLES = ("violations", "case_events", "attachments")
SCREEN = (1366, 768)


# --- fixtures -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("case_dialog") / "county.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=2, villages=6, violations=30, houses=5)
    TEMPLATE.append(path)
    return path


TEMPLATE = []           # the GeoPackage the PostGIS copies are made from
_SCHEMAS = iter("county_%d" % i for i in range(1000))


@pytest.fixture(params=["gpkg", "postgis"])
def db(request, template, tmp_path):
    if request.param == "gpkg":
        path = str(tmp_path / "county.gpkg")
        shutil.copy(template, path)
    else:
        path = copy_to_postgis(template, request.getfixturevalue("pg_database"), next(_SCHEMAS))
    con = cases.connect(path)
    yield path, con
    con.close()


def gpkg_only(con):
    if dbref.is_postgis(con):
        pytest.skip("SQLite's own SQL or an ogr layer: GeoPackage only")


@pytest.fixture()
def dialogs(qtbot):
    """Opens CaseDialogs; at the end closes them without the unsaved-changes prompt."""
    opened = []

    def open_dialog(*args, **kwargs):
        dialog = CaseDialog(*args, **kwargs)
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield open_dialog
    for dialog in opened:
        if dialog.transition_dialog is not None:
            dialog.transition_dialog.done(0)
        dialog.done(0)
        dialog.deleteLater()
    QApplication.processEvents()


@pytest.fixture()
def prompts(monkeypatch):
    """Answers QMessageBox.question with the queued answers; records the questions."""
    asked, answers = [], []

    def question(parent, title, text, buttons=None, default=None):
        asked.append(text)
        return answers.pop(0) if answers else QMessageBox.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, answers


@pytest.fixture()
def canvas(qtbot):
    canvas = QgsMapCanvas()
    canvas.resize(600, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    yield canvas
    canvas.setMapTool(None) if canvas.mapTool() else None
    canvas.setLayers([])
    canvas.close()
    canvas.deleteLater()
    QApplication.processEvents()


@pytest.fixture()
def gpkg_db(template, tmp_path):
    """The GeoPackage only: for the tests of an ogr layer."""
    path = str(tmp_path / "county.gpkg")
    shutil.copy(template, path)
    con = cases.connect(path)
    yield path, con
    con.close()


@pytest.fixture()
def violations_layer(gpkg_db):
    path, _con = gpkg_db
    layer = QgsVectorLayer("%s|layername=violations" % path, "violations", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    if layer.isEditable():
        layer.rollBack()
    QgsProject.instance().removeMapLayer(layer.id())
    QApplication.processEvents()


# --- helpers ------------------------------------------------------------------------------

def counts(con):
    return {t: con.execute("SELECT count(*) FROM %s" % t).fetchone()[0] for t in TABLES}


def case_in(con, status):
    return con.execute("SELECT case_id FROM violations WHERE status = ? ORDER BY fid LIMIT 1",
                       (status,)).fetchone()[0]


def case_row(con, case_id, *fields):
    """PostGIS's dates and booleans as the GeoPackage's text and 0/1."""
    row = con.execute("SELECT %s FROM violations WHERE case_id = ?" % ", ".join(fields),
                      (case_id,)).fetchone()
    return tuple(int(v) if isinstance(v, bool) else v for v in cases.plain(row))


def stored_geometry(con, case_id):
    if dbref.is_postgis(con):
        wkb = bytes(con.execute("SELECT ST_AsBinary(geom) FROM violations WHERE case_id = ?",
                                (case_id,)).fetchone()[0])
    else:
        wkb = cases.blob_wkb(con.execute("SELECT geom FROM violations WHERE case_id = ?",
                                         (case_id,)).fetchone()[0])
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.LeftButton)


def save_button(dialog):
    return dialog.buttonBox.button(QDialogButtonBox.Save)


def zone_geometries(path):
    if dbref.is_postgis_ref(path):
        path = TEMPLATE[-1]                 # the PostGIS copy has the same zones
    layer = QgsVectorLayer("%s|layername=zones" % path, "zones", "ogr")
    townships, villages = {}, {}
    for f in layer.getFeatures():
        geometry = QgsGeometry(f.geometry())
        if f["level"] in ("township", "street", "park"):
            townships[f["zone_code"]] = geometry
        elif f["level"] in ("village", "community"):
            villages[f["zone_code"]] = (f["parent_code"], geometry)
    return townships, villages


def straddling_square(path):
    """A square (EPSG:4490) across the boundary of two villages — of two townships when
    the county has such a pair — placed off-centre so that one side holds more; with the
    overlaps {code: area} with every township and village."""
    townships, villages = zone_geometries(path)
    pairs = [(a, b) for a in sorted(villages) for b in sorted(villages) if a < b]
    pairs.sort(key=lambda p: villages[p[0]][0] == villages[p[1]][0])   # other townships first
    for a, b in pairs:
        shared = villages[a][1].intersection(villages[b][1])
        if shared.isEmpty() or shared.length() < 0.002:
            continue
        mid = shared.interpolate(shared.length() / 2).asPoint()
        inner = villages[a][1].pointOnSurface().asPoint()
        dx, dy = inner.x() - mid.x(), inner.y() - mid.y()
        norm = (dx * dx + dy * dy) ** 0.5
        cx, cy = mid.x() + 0.00006 * dx / norm, mid.y() + 0.00006 * dy / norm
        square = QgsGeometry.fromRect(QgsRectangle(cx - 0.0002, cy - 0.0002, cx + 0.0002, cy + 0.0002))
        village_parts = {code: square.intersection(g).area() for code, (_p, g) in villages.items()}
        if sum(1 for v in village_parts.values() if v > 0) < 2:
            continue
        township_parts = {code: square.intersection(g).area() for code, g in townships.items()}
        return square, township_parts, village_parts, {c: p for c, (p, _g) in villages.items()}
    raise AssertionError("no two neighbouring villages in the demo county")


def to_crs(geometry, source, target):
    geometry = QgsGeometry(geometry)
    geometry.transform(QgsCoordinateTransform(source, target, QgsProject.instance()))
    return geometry


def type_text(qtbot, widget, text):
    """Type into a line edit or text box: key by key for ASCII, as an input method commits
    it otherwise (QTest cannot press keys for Chinese characters)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def set_date(widget, text):
    from qgis.PyQt.QtCore import QDate
    widget.setDate(QDate.fromString(text, "yyyy-MM-dd"))


# --- a new case ---------------------------------------------------------------------------

def test_new_case_from_a_polygon_across_a_village_boundary(db, dialogs, qtbot):
    path, con = db
    square, township_parts, village_parts, parents = straddling_square(path)
    township = max(township_parts, key=township_parts.get)
    village = max((c for c in village_parts if parents[c] == township), key=village_parts.get)
    drawn = to_crs(square, CRS_DB, CRS_GK)                  # drawn on a map in Gauss–Krüger
    before = counts(con)

    dialog = dialogs(path, geometry=drawn, geometry_crs=CRS_GK)
    assert dialog.usable, dialog.last_error
    assert dialog.case_id is None
    assert dialog.stored["township_code"] == township
    assert dialog.stored["village_code"] == village
    assert village in dialog.villageValue.text() and township in dialog.townshipValue.text()
    assert dialog.f_discovered_on.date().toPyDate() == datetime.date.today()
    assert not save_button(dialog).isHidden()

    type_text(qtbot, dialog.f_party_name, "张三")
    dialog.f_party_type.setCurrentIndex(dialog.f_party_type.findData("individual"))
    dialog.f_building_type.setCurrentIndex(dialog.f_building_type.findData("tin_shed"))
    qtbot.keyClicks(dialog.f_floors, "2")
    qtbot.keyClick(dialog.f_flag_farmland, Qt.Key_Space)
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, save_button(dialog))
    case_id = saved.args[0]
    assert dialog.last_error == ""
    assert case_ids.is_case_id(case_id) and case_id.startswith("330624-")
    assert dialog.case_id == case_id and dialog.caseIdValue.text() == case_id
    assert not dialog.has_unsaved_changes()

    row = case_row(con, case_id, "township_code", "village_code", "party_name", "party_type",
                   "building_type", "floors", "flag_farmland", "priority_score", "status",
                   "area_m2", "stock_class")
    assert row[:10] == (township, village, "张三", "individual", "tin_shed", 2, 1, 20.0,
                        "clue", row[9])
    assert row[10] == "new"
    geometry = stored_geometry(con, case_id)
    assert geometry.wkbType() == 6                                   # MultiPolygon
    assert row[9] == pytest.approx(AreaCalculator(CRS_DB).area_m2(geometry), abs=0.01)
    assert row[9] == pytest.approx(AreaCalculator(CRS_DB).area_m2(square), rel=1e-3)
    events = con.execute("SELECT from_status, to_status FROM case_events WHERE case_id = ?",
                         (case_id,)).fetchall()
    assert events == [(None, "clue")]
    assert dialog.historyTable.rowCount() == 1
    # the database's bilingual registration note, shown in the dialog's language
    assert dialog.historyTable.item(0, 4).text() == ("登记" if dialog.lang == "zh" else "Registered")

    # A second new case gets the next number; saving the first again keeps its own.
    other = dialogs(path, geometry=drawn, geometry_crs=CRS_GK)
    type_text(qtbot, other.f_party_name, "李四")
    click(qtbot, save_button(other))
    assert case_ids.is_case_id(other.case_id) and other.case_id != case_id
    type_text(qtbot, dialog.f_address, "东街1号")
    click(qtbot, save_button(dialog))
    assert dialog.case_id == case_id
    after = counts(con)
    assert after["violations"] == before["violations"] + 2
    assert after["case_events"] == before["case_events"] + 2
    assert len({case_id, other.case_id}) == 2


def test_a_polygon_that_cannot_be_repaired_is_refused(db, dialogs):
    path, con = db
    before = counts(con)
    # A bow tie: "repairing" it makes two triangles of a different area than drawn.
    bow = QgsGeometry.fromWkt("POLYGON((120.90 29.40, 120.901 29.401, 120.901 29.40, "
                              "120.90 29.401, 120.90 29.40))")
    dialog = dialogs(path, geometry=bow, geometry_crs=CRS_DB)
    assert not dialog.usable
    assert "polygon" in dialog.last_error.lower() or "图斑" in dialog.last_error or dialog.last_error
    assert not save_button(dialog).isEnabled()
    assert not dialog.has_unsaved_changes()
    assert counts(con) == before


def test_an_invalid_polygon_is_repaired_when_its_area_stays(db, dialogs, qtbot):
    path, con = db
    square, *_ = straddling_square(path)
    c = square.centroid().asPoint()
    # A ring touching itself (a notch closed at one vertex): invalid, repaired into a
    # polygon with a hole of the same area.
    ring = [(0, 0), (100, 0), (100, 100), (0, 100), (0, 50), (5, 55), (5, 45), (0, 50), (0, 0)]
    drawn = QgsGeometry.fromWkt("POLYGON((%s))" % ", ".join(
        "%.9f %.9f" % (c.x() + x * 1e-6, c.y() + y * 1e-6) for x, y in ring))
    assert not drawn.isGeosValid()
    dialog = dialogs(path, geometry=drawn, geometry_crs=CRS_DB)
    assert dialog.usable, dialog.last_error
    assert dialog.areaValue.toolTip()                    # says what the repair changed
    click(qtbot, save_button(dialog))
    assert dialog.last_error == ""
    stored = stored_geometry(con, dialog.case_id)
    assert stored.isGeosValid() and stored.isMultipart()
    assert stored.area() == pytest.approx(drawn.area(), rel=1e-6)


def test_a_polygon_outside_the_zones_cannot_be_saved(db, dialogs, qtbot):
    path, con = db
    before = counts(con)
    far = QgsGeometry.fromRect(QgsRectangle(100.0, 20.0, 100.001, 20.001))
    dialog = dialogs(path, geometry=far, geometry_crs=CRS_DB)
    assert dialog.usable
    assert field_label("township_code") in dialog.last_error
    click(qtbot, save_button(dialog))
    assert field_label("township_code") in dialog.last_error
    assert dialog.case_id is None
    assert counts(con) == before


# --- editing ------------------------------------------------------------------------------

def test_editing_fields_and_saving_with_enter(db, dialogs, qtbot):
    path, con = db
    case_id = case_in(con, "filed")
    stamp = case_row(con, case_id, "updated_at")[0]
    dialog = dialogs(path, case_id)
    assert dialog.usable, dialog.last_error
    assert not dialog.has_unsaved_changes()
    dialog.f_address.clear()
    type_text(qtbot, dialog.f_address, "新昌县城关镇东街3号")
    dialog.f_floors.clear()
    qtbot.keyClicks(dialog.f_floors, "5")
    dialog.f_building_area_m2.clear()
    qtbot.keyClicks(dialog.f_building_area_m2, "310.5")
    if not dialog.f_flag_unsafe.isChecked():
        qtbot.keyClick(dialog.f_flag_unsafe, Qt.Key_Space)
    dialog.f_remarks.setPlainText("二次核查")
    assert dialog.has_unsaved_changes() and dialog.isWindowModified()
    dialog.f_floors.setFocus()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.f_floors, Qt.Key_Return)        # Enter = Save
    row = case_row(con, case_id, "address", "floors", "building_area_m2", "flag_unsafe",
                   "remarks", "updated_at", "status")
    assert row[:5] == ("新昌县城关镇东街3号", 5, 310.5, 1, "二次核查")
    assert row[5] != stamp and row[6] == "filed"
    assert not dialog.isWindowModified()
    assert dialog.stored["updated_at"] == row[5]


def test_invalid_values_are_named_and_nothing_is_written(db, dialogs, qtbot):
    path, con = db
    case_id = case_in(con, "clue")
    before = case_row(con, case_id, "*")
    dialog = dialogs(path, case_id)
    dialog.f_floors.setText("250")
    set_date(dialog.f_construction_started_on, "2099-01-01")
    click(qtbot, save_button(dialog))
    assert field_label("floors") in dialog.last_error
    assert field_label("construction_started_on") in dialog.last_error
    assert dialog.focusWidget() is dialog.f_floors
    assert case_row(con, case_id, "*") == before


def test_stock_class_is_proposed_from_the_cutoff_date_and_can_be_overridden(db, dialogs, qtbot):
    path, con = db
    case_id = case_in(con, "clue")
    dialog = dialogs(path, case_id)
    set_date(dialog.f_discovered_on, "2024-01-10")
    set_date(dialog.f_construction_started_on, "2010-03-01")
    assert dialog.f_stock_class.currentData() == "stock"
    set_date(dialog.f_construction_started_on, "2023-03-01")
    assert dialog.f_stock_class.currentData() == "new"
    dialog.f_stock_class.setCurrentIndex(dialog.f_stock_class.findData("stock"))  # the user knows
    set_date(dialog.f_construction_started_on, "2023-04-01")
    assert dialog.f_stock_class.currentData() == "stock"
    click(qtbot, save_button(dialog))
    assert dialog.last_error == ""
    assert case_row(con, case_id, "construction_started_on", "stock_class") == ("2023-04-01", "stock")


# --- the workflow -------------------------------------------------------------------------

def take_step(qtbot, dialog, to_status, fill=None, note=None):
    """Press the step's button, fill the transition dialog, press OK; returns it."""
    dialog.tabs.setCurrentWidget(dialog.workflowTab)
    button = dialog.findChild(type(save_button(dialog)), "step_" + to_status)
    assert button is not None and button.isEnabled(), to_status
    click(qtbot, button)
    step = dialog.transition_dialog
    assert isinstance(step, TransitionDialog) and step.isVisible()
    for name, action in (fill or {}).items():
        action(step.widgets[name])
    if note is not None:
        type_text(qtbot, step.noteEdit, note)
    click(qtbot, step.buttonBox.button(QDialogButtonBox.Ok))
    return step


def test_the_workflow_from_clue_to_decided(db, dialogs, qtbot):
    path, con = db
    case_id = case_in(con, "clue")
    con.execute("UPDATE violations SET construction_started_on = NULL, discovered_on = '2024-02-01' "
                "WHERE case_id = ?", (case_id,))
    dialog = dialogs(path, case_id)
    assert [b.objectName() for b in dialog.step_buttons] == ["step_verified", "step_not_filed"]

    for status in ("verified", "filed", "investigating", "notified"):
        step = take_step(qtbot, dialog, status)
        assert not step.isVisible() and dialog.pending.to_status == status
        assert dialog.pendingGroup.isVisibleTo(dialog)
        assert all(not b.isEnabled() for b in dialog.step_buttons)   # one step per save
        with qtbot.waitSignal(dialog.saved):
            click(qtbot, save_button(dialog))
        assert case_row(con, case_id, "status")[0] == status
        assert [b.objectName()[5:] for b in dialog.step_buttons] == workflow.next_states(status)
    assert dialog.pathValue.text().count("→") == 4

    # 决定 needs decision number, type and deadline: the deadline left out is named.
    events_before = counts(con)["case_events"]
    step = take_step(qtbot, dialog, "decided", {
        "decision_no": lambda w: type_text(qtbot, w, "新综执决字〔2024〕7号"),
        "decision_type": lambda w: w.setCurrentIndex(w.findData("demolish"))})
    assert step.isVisible()
    assert field_label("deadline") in step.last_error
    assert field_label("decision_no") not in step.last_error
    # the empty date reads empty, not QGIS's "NULL"
    assert step.widgets["deadline"].isNull() and step.widgets["deadline"].lineEdit().text() == ""
    assert dialog.pending is None
    assert case_row(con, case_id, "status", "decision_no") == ("notified", None)
    # A deadline before the discovery is refused too; a good one is accepted.
    set_date(step.widgets["deadline"], "2024-01-15")
    click(qtbot, step.buttonBox.button(QDialogButtonBox.Ok))
    assert step.isVisible() and field_label("deadline") in step.last_error
    set_date(step.widgets["deadline"], "2024-12-31")
    click(qtbot, step.buttonBox.button(QDialogButtonBox.Ok))
    assert not step.isVisible()
    assert dialog.pending.values == {"decision_no": "新综执决字〔2024〕7号",
                                     "decision_type": "demolish", "deadline": "2024-12-31"}
    assert counts(con)["case_events"] == events_before            # nothing before Save
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, save_button(dialog))
    assert case_row(con, case_id, "status", "decision_no", "decision_type", "deadline") == (
        "decided", "新综执决字〔2024〕7号", "demolish", "2024-12-31")
    history = [dialog.historyTable.item(r, 2).text() for r in range(dialog.historyTable.rowCount())]
    assert len(history) == 6
    assert dialog.historyTable.editTriggers() == dialog.historyTable.NoEditTriggers
    assert [b.objectName()[5:] for b in dialog.step_buttons] == workflow.next_states("decided")
    assert "新综执决字〔2024〕7号" in dialog.stepDataValue.text()


def test_not_filed_needs_a_reason_and_a_step_can_be_withdrawn(db, dialogs, qtbot):
    path, con = db
    case_id = case_in(con, "clue")
    before = counts(con)
    dialog = dialogs(path, case_id)
    step = take_step(qtbot, dialog, "not_filed")
    assert step.isVisible() and step.note_required
    assert field_label("note") in step.last_error
    type_text(qtbot, step.noteEdit, "经核查为合法建筑")
    click(qtbot, step.buttonBox.button(QDialogButtonBox.Ok))
    assert dialog.pending.to_status == "not_filed"
    click(qtbot, dialog.withdrawButton)
    assert dialog.pending is None and not dialog.has_unsaved_changes()
    assert all(b.isEnabled() for b in dialog.step_buttons)
    take_step(qtbot, dialog, "not_filed", note="经核查为合法建筑")
    click(qtbot, save_button(dialog))
    assert case_row(con, case_id, "status")[0] == "not_filed"
    note = con.execute("SELECT note FROM case_events WHERE case_id = ? ORDER BY event_id DESC "
                       "LIMIT 1", (case_id,)).fetchone()[0]
    assert note == "经核查为合法建筑"
    assert dialog.step_buttons == []                  # a terminal state offers nothing
    assert counts(con)["case_events"] == before["case_events"] + 1


def test_self_demolished_fixes_the_mode_and_checks_the_area(db, dialogs, qtbot):
    path, con = db
    case_id = case_in(con, "decided")
    con.execute("UPDATE violations SET building_area_m2 = 100, demolition_mode = NULL "
                "WHERE case_id = ?", (case_id,))
    dialog = dialogs(path, case_id)
    step = take_step(qtbot, dialog, "self_demolished", {
        "demolished_area_m2": lambda w: qtbot.keyClicks(w, "300"),
        "demolished_on": lambda w: set_date(w, datetime.date.today().isoformat())})
    mode = step.widgets["demolition_mode"]
    assert not mode.isEnabled() and mode.currentData() == "self"
    assert field_label("demolished_area_m2") in step.last_error
    step.widgets["demolished_area_m2"].clear()
    qtbot.keyClicks(step.widgets["demolished_area_m2"], "95")
    click(qtbot, step.buttonBox.button(QDialogButtonBox.Ok))
    assert dialog.pending is not None
    click(qtbot, save_button(dialog))
    assert case_row(con, case_id, "status", "demolished_area_m2", "demolition_mode") == (
        "self_demolished", 95.0, "self")


# --- failures -----------------------------------------------------------------------------

FAIL_ATTACHMENTS = ("CREATE TRIGGER test_fail_attachments BEFORE INSERT ON attachments "
                    "BEGIN SELECT RAISE(ABORT, 'attachments: the disk is full (test)'); END")


def test_a_failing_save_of_a_new_case_leaves_nothing_behind(db, dialogs, qtbot, tmp_path):
    path, con = db
    photo = tmp_path / "现场.jpg"
    photo.write_bytes(os.urandom(5000))
    square, *_ = straddling_square(path)
    gpkg_only(con)
    con.execute(FAIL_ATTACHMENTS)                 # the attachment insert fails: last in the save
    before = counts(con)
    serial = con.execute("SELECT max(case_id) FROM violations").fetchone()[0]
    dialog = dialogs(path, geometry=square, geometry_crs=CRS_DB)
    type_text(qtbot, dialog.f_party_name, "失败测试")
    assert dialog.attachments.add_files([str(photo)]) == 1
    take_step(qtbot, dialog, "verified")
    click(qtbot, save_button(dialog))
    assert "disk is full" in dialog.last_error
    assert counts(con) == before
    assert con.execute("SELECT max(case_id) FROM violations").fetchone()[0] == serial
    assert con.execute("SELECT count(*) FROM violations WHERE party_name = '失败测试'"
                       ).fetchone()[0] == 0
    # The dialog kept everything; once the problem is gone the same save goes through.
    assert dialog.case_id is None and dialog.pending is not None
    assert dialog.attachments.has_new() and dialog.has_unsaved_changes()
    con.execute("DROP TRIGGER test_fail_attachments")
    click(qtbot, save_button(dialog))
    assert dialog.last_error == ""
    assert case_row(con, dialog.case_id, "status", "party_name") == ("verified", "失败测试")
    stored = cases.list_attachments(con, dialog.case_id)
    assert [cases.attachment_content(con, a.attachment_id) for a in stored] == [photo.read_bytes()]


def test_a_failing_save_of_an_existing_case_changes_nothing(db, dialogs, qtbot, tmp_path):
    path, con = db
    case_id = case_in(con, "clue")
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4 test")
    gpkg_only(con)
    con.execute(FAIL_ATTACHMENTS)
    row_before, before = case_row(con, case_id, "*"), counts(con)
    dialog = dialogs(path, case_id)
    dialog.f_party_name.setText("改名")
    take_step(qtbot, dialog, "verified")
    dialog.attachments.add_files([str(tmp_path / "a.pdf")])
    click(qtbot, save_button(dialog))
    assert "disk is full" in dialog.last_error
    assert case_row(con, case_id, "*") == row_before
    assert counts(con) == before
    assert dialog.pending is not None and dialog.f_party_name.text() == "改名"


def test_a_stale_save_is_refused(db, dialogs, qtbot):
    path, con = db
    case_id = case_in(con, "filed")
    dialog = dialogs(path, case_id)
    update_row(con, "violations", "case_id", case_id,
               {"party_name": "同事改的", "updated_by": "同事"})
    dialog.f_party_name.setText("我改的")
    click(qtbot, save_button(dialog))
    assert "同事" in dialog.last_error
    assert case_row(con, case_id, "party_name")[0] == "同事改的"
    assert dialog.has_unsaved_changes()


def test_a_layer_with_unsaved_edits_blocks_the_save(gpkg_db, dialogs, qtbot, violations_layer):
    path, con = gpkg_db
    case_id = case_in(con, "clue")
    feature = next(violations_layer.getFeatures())
    violations_layer.startEditing()
    violations_layer.changeAttributeValue(feature.id(), violations_layer.fields().indexOf("remarks"),
                                          "QGIS 编辑中")
    dialog = dialogs(path, case_id)
    dialog.f_party_name.setText("冲突")
    click(qtbot, save_button(dialog))
    assert violations_layer.name() in dialog.last_error
    assert case_row(con, case_id, "party_name")[0] != "冲突"
    violations_layer.rollBack()
    square, *_ = straddling_square(path)
    before = len(list(violations_layer.getFeatures()))
    new = dialogs(path, geometry=square, geometry_crs=CRS_DB)
    click(qtbot, save_button(new))
    assert new.last_error == "" and case_ids.is_case_id(new.case_id)
    assert len(list(violations_layer.getFeatures())) == before + 1     # the layer was reloaded


# --- attachments --------------------------------------------------------------------------

class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @pyqtSlot(QUrl)
    def handle(self, url):
        self.urls.append(url)


def drop_files(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    viewport = widget.list.viewport()
    enter = QDragEnterEvent(QPoint(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_attachments_come_back_byte_for_byte(db, dialogs, qtbot, tmp_path):
    path, con = db
    case_id = case_in(con, "verified")
    image = QImage(64, 48, QImage.Format_RGB32)
    image.fill(Qt.darkGreen)
    png = tmp_path / "现场照片.png"
    assert image.save(str(png))
    binary = tmp_path / "询问笔录.pdf"
    binary.write_bytes(bytes(range(256)) * 300 + b"\x00\x00")
    extra = tmp_path / "extra.txt"
    extra.write_text("removed before saving")

    dialog = dialogs(path, case_id)
    dialog.tabs.setCurrentWidget(dialog.attachmentsTab)
    widget = dialog.attachments
    assert drop_files(widget, [png, binary])
    assert widget.add_files([str(extra)]) == 1
    assert dialog.has_unsaved_changes()
    assert not widget.list.item(0).icon().isNull()            # a thumbnail of the photo
    widget.list.setCurrentItem(widget.list.item(2))
    click(qtbot, widget.removeButton)
    assert [a.file_name for a in widget.new_attachments()] == [png.name, binary.name]
    click(qtbot, save_button(dialog))
    assert dialog.last_error == ""

    stored = cases.list_attachments(con, case_id)
    assert [a.file_name for a in stored] == [png.name, binary.name]
    assert stored[0].mime_type == "image/png"
    for info, source in zip(stored, (png, binary)):
        assert cases.attachment_content(con, info.attachment_id) == source.read_bytes()

    # Reopened: listed, read-only, and opened as a file with the same bytes.
    again = dialogs(path, case_id)
    again.tabs.setCurrentWidget(again.attachmentsTab)
    items = [again.attachments.list.item(i) for i in range(again.attachments.list.count())]
    assert [i.text() for i in items] == [png.name, binary.name]
    again.attachments.list.setCurrentItem(items[1])
    assert not again.attachments.removeButton.isEnabled()
    assert again.attachments.remove_selected() == 0
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    try:
        qtbot.keyClick(again.attachments.list, Qt.Key_Return)        # Enter opens
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(catcher.urls) == 1
    opened = catcher.urls[0].toLocalFile()
    assert os.path.basename(opened) == binary.name
    with open(opened, "rb") as fh:
        assert fh.read() == binary.read_bytes()
    assert again.isVisible()                                      # Enter did not also save/close
    again.done(0)
    assert not os.path.exists(opened)                             # temporary copies removed


# --- closing ------------------------------------------------------------------------------

def test_closing_with_unsaved_changes_asks_first(db, dialogs, qtbot, prompts):
    path, con = db
    asked, answers = prompts
    case_id = case_in(con, "clue")
    dialog = dialogs(path, case_id)
    qtbot.keyClick(dialog, Qt.Key_Escape)                 # nothing changed: closes at once
    assert asked == [] and not dialog.isVisible()

    dialog = dialogs(path, case_id)
    dialog.f_party_name.setText("未保存")
    answers.append(QMessageBox.Cancel)
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    answers.append(QMessageBox.Discard)
    click(qtbot, dialog.buttonBox.button(QDialogButtonBox.Close))
    assert len(asked) == 2 and not dialog.isVisible()
    assert case_row(con, case_id, "party_name")[0] != "未保存"

    dialog = dialogs(path, case_id)
    dialog.f_party_name.setText("保存后关闭")
    answers.append(QMessageBox.Save)
    dialog.close()
    assert len(asked) == 3 and not dialog.isVisible()
    assert case_row(con, case_id, "party_name")[0] == "保存后关闭"


# --- keyboard and screen size -------------------------------------------------------------

def test_tab_order_follows_the_form_and_dialogs_fit_1366x768(db, dialogs, qtbot):
    path, con = db
    dialog = dialogs(path, case_in(con, "notified"))
    chain, widget = [], dialog.widgets["patch_no"]
    for _ in range(len(case_form.EDITABLE_FIELDS) - 1):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while widget not in dialog.widgets.values():
            widget = widget.nextInFocusChain()
    chain.append(widget)
    assert [w.objectName()[2:] for w in chain] == list(case_form.EDITABLE_FIELDS)
    assert save_button(dialog).isDefault()
    width, height = SCREEN
    for d in (dialog, TransitionDialog(dialog.case_values(), "decided", dialog),
              TransitionDialog(dict(dialog.case_values(), status="announced"),
                               "forced_demolished", dialog)):
        assert d.minimumSizeHint().width() <= width and d.minimumSizeHint().height() <= height - 60
        assert d.sizeHint().width() <= width and d.sizeHint().height() <= height - 60
    assert dialog.width() <= width and dialog.height() <= height - 60


# --- map tools ----------------------------------------------------------------------------

def mouse(canvas, kind, point, button):
    pixel = canvas.getCoordinateTransform().transform(point)
    return QgsMapMouseEvent(canvas, kind, QPoint(round(pixel.x()), round(pixel.y())), button)


def test_the_pick_tool_finds_the_case_under_the_click(gpkg_db, canvas, violations_layer):
    path, con = gpkg_db
    case_id = case_in(con, "filed")
    web = QgsCoordinateReferenceSystem("EPSG:3857")
    canvas.setDestinationCrs(web)
    geometry = to_crs(stored_geometry(con, case_id), CRS_DB, web)
    box = geometry.boundingBox()
    box.grow(box.width() * 3)
    canvas.setExtent(box)
    tool = CasePickTool(canvas)
    picked, missed = [], []
    tool.casePicked.connect(lambda p, c: picked.append((p, c)))
    tool.nothingPicked.connect(lambda: missed.append(True))
    canvas.setMapTool(tool)
    inside = geometry.pointOnSurface().asPoint()
    tool.canvasReleaseEvent(mouse(canvas, QEvent.MouseButtonRelease, inside, Qt.LeftButton))
    assert picked == [(os.path.abspath(path), case_id)]
    corner = QgsPointXY(box.xMinimum() + box.width() * 0.02, box.yMinimum() + box.height() * 0.02)
    tool.canvasReleaseEvent(mouse(canvas, QEvent.MouseButtonRelease, corner, Qt.LeftButton))
    assert missed == [True] and len(picked) == 1
    canvas.unsetMapTool(tool)


def test_the_draw_tool_returns_the_polygon(canvas):
    canvas.setDestinationCrs(CRS_GK)
    canvas.setExtent(QgsRectangle(500000, 3250000, 500600, 3250400))
    tool = PolygonDrawTool(canvas)
    drawn = []
    tool.polygonDrawn.connect(lambda g, crs: drawn.append((QgsGeometry(g), crs)))
    canvas.setMapTool(tool)
    to_map = canvas.getCoordinateTransform()
    pixels = [(100, 100), (300, 120), (250, 300), (90, 280)]
    points = [to_map.toMapCoordinates(x, y) for x, y in pixels]
    for point in points:
        tool.canvasMoveEvent(mouse(canvas, QEvent.MouseMove, point, Qt.NoButton))
        tool.canvasReleaseEvent(mouse(canvas, QEvent.MouseButtonRelease, point, Qt.LeftButton))
    assert tool.band.numberOfVertices() >= 4
    backspace = QKeyEvent(QEvent.KeyPress, Qt.Key_Backspace, Qt.NoModifier)
    tool.keyPressEvent(backspace)
    assert backspace.isAccepted() and len(tool.points) == 3
    tool.canvasReleaseEvent(mouse(canvas, QEvent.MouseButtonRelease, points[0], Qt.RightButton))
    assert len(drawn) == 1
    geometry, crs = drawn[0]
    assert crs == CRS_GK
    ring = geometry.asPolygon()[0]
    assert len(ring) == 4 and ring[0] == ring[-1]
    for got, want in zip(ring[:3], points[:3]):
        assert got.x() == pytest.approx(want.x()) and got.y() == pytest.approx(want.y())
    assert tool.points == []
    # Two vertices and Enter: no polygon; Escape starts over.
    for point in points[:2]:
        tool.canvasReleaseEvent(mouse(canvas, QEvent.MouseButtonRelease, point, Qt.LeftButton))
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Return, Qt.NoModifier))
    assert len(drawn) == 1 and len(tool.points) == 2
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    assert tool.points == [] and tool.band.numberOfVertices() == 0
    canvas.unsetMapTool(tool)


# --- PostGIS: two users at the same time --------------------------------------------------

def test_postgis_a_save_after_another_users_save_is_refused_and_can_be_reloaded(
        template, pg_database, dialogs, qtbot):
    """Another connection (another login, another computer) saves the case between
    opening and Save: the dialog refuses, names who and when, writes nothing, and
    reloads the other user's version on request."""
    path = copy_to_postgis(template, pg_database, next(_SCHEMAS))
    mine = cases.connect(path)
    try:
        case_id = case_in(mine, "filed")
        dialog = dialogs(path, case_id)
        assert dialog.usable, dialog.last_error
        before = counts(mine)
        other = cases.connect(path)
        try:
            with dbref.transaction(other):
                postgis.update_case(other.raw, case_id, {"party_name": "同事改的", "floors": 7},
                                    dialog.stored["updated_at"], user="同事")
        finally:
            other.close()
        dialog.f_party_name.setText("我改的")
        dialog.f_remarks.setPlainText("我的备注")
        click(qtbot, save_button(dialog))
        assert "同事" in dialog.last_error
        assert not dialog.errorLabel.isHidden() and not dialog.reloadButton.isHidden()
        assert case_row(mine, case_id, "party_name", "floors", "updated_by") == ("同事改的", 7, "同事")
        assert counts(mine) == before
        assert dialog.has_unsaved_changes()          # the user's edits are still shown
        click(qtbot, dialog.reloadButton)
        assert dialog.last_error == "" and dialog.reloadButton.isHidden()
        assert dialog.f_party_name.text() == "同事改的"
        assert not dialog.has_unsaved_changes()
        # Saving after the reload works, on top of the other user's change.
        dialog.f_party_name.setText("我再改的")
        click(qtbot, save_button(dialog))
        assert dialog.last_error == ""
        assert case_row(mine, case_id, "party_name", "floors", "updated_by")[:2] == ("我再改的", 7)
    finally:
        mine.close()

