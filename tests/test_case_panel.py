"""The case panel (ui/case_panel.py) on a small demo county, driven like a user.

Counts, filters and order are checked against SQL written here independently of
store/case_queries.py; the map zoom against the case's geometry read with OGR.
"""

import datetime
import sqlite3

import pytest
from osgeo import ogr
from pgserver import pg_database, pg_server  # noqa: F401  (fixtures)
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry,
                       QgsProject)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication

from liangwei.plugin.core import case_list, codes
from liangwei.plugin.core.demo import DEMO_TODAY
from liangwei.plugin.store import case_queries, demo_writer, gpkg

TODAY = DEMO_TODAY
CLOSED = "('closed', 'not_filed')"


@pytest.fixture(scope="module")
def county_db(tmp_path_factory):
    """A demo county with varied priority scores (the demo leaves them at 0) and
    ties, so that both sort keys matter."""
    path = str(tmp_path_factory.mktemp("panel") / "county.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=3, townships=3, villages=8, violations=150,
                                  houses=10)
    con = gpkg.connect(path)
    try:
        with gpkg.transaction(con):
            con.execute("UPDATE violations SET priority_score = (fid * 37) % 7 * 5 "
                        "+ 30 * flag_cadre + 20 * flag_farmland")
    finally:
        con.close()
    return path


@pytest.fixture()
def canvas(qgis_canvas):
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    yield qgis_canvas
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem())


@pytest.fixture()
def panel(qtbot, county_db, canvas):
    from liangwei.ui.case_panel import CasePanel
    widget = CasePanel(canvas=canvas)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.show()
    widget.set_database(county_db)
    yield widget
    widget.close()


def _sql(path, sql, params=()):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


# Independent definitions, in SQL: open, overdue, stale (no event, or the last event's
# day more than stale_days before TODAY).
_LAST = "(SELECT max(e.at) FROM case_events e WHERE e.case_id = v.case_id)"
OPEN = "v.status NOT IN %s" % CLOSED
OVERDUE = OPEN + " AND v.deadline IS NOT NULL AND v.deadline < :today"
STALE = (OPEN + " AND (%s IS NULL OR julianday(:today) - julianday(substr(%s, 1, 10)) "
         "> :stale)" % (_LAST, _LAST))


def _count(path, condition, stale=30, extra="1"):
    return _sql(path, "SELECT count(*) FROM violations v WHERE (%s) AND (%s)" % (condition, extra),
                {"today": TODAY.isoformat(), "stale": stale})[0][0]


def _shown_ids(panel):
    return [panel.model.case_id(r) for r in range(panel.model.rowCount())]


def _ids(path, where="1", params=None):
    return [r[0] for r in _sql(
        path, "SELECT v.case_id FROM violations v WHERE %s ORDER BY v.priority_score DESC, "
        "v.case_id" % where, dict(params or {}, today=TODAY.isoformat()))]


def _choose(qtbot, combo, data):
    """Pick an entry like a user: focus the combo and walk to it with the arrow keys."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key_Down if combo.currentIndex() < target else Qt.Key_Up)


# --- the pure rules -------------------------------------------------------------------

def test_overdue_and_stale_rules():
    day = datetime.date(2025, 6, 30)
    assert case_list.is_overdue("decided", "2025-06-29", day)
    assert not case_list.is_overdue("decided", "2025-06-30", day)
    assert not case_list.is_overdue("closed", "2025-01-01", day)
    assert not case_list.is_overdue("decided", None, day)
    assert case_list.case_is_stale("filed", "2025-05-30T10:00:00.000Z", day, 30)
    assert not case_list.case_is_stale("filed", "2025-05-31T10:00:00.000Z", day, 30)
    assert case_list.case_is_stale("filed", None, day, 30)
    assert not case_list.case_is_stale("not_filed", None, day, 30)
    states = [case_list.case_state("filed", "2025-01-01", None, day, 30),
              case_list.case_state("closed", "2025-01-01", None, day, 30)]
    assert case_list.counts(states) == case_list.Counts(shown=2, open=1, overdue=1, stale=1)
    assert case_list.stale_days_of({"stale_days": 12}) == 12
    assert case_list.stale_days_of({}) == 30


def test_sql_overdue_filter_agrees_with_the_python_rule(county_db):
    con = gpkg.connect(county_db)
    try:
        every = case_queries.list_cases(con, case_queries.CaseFilter(include_closed=True), TODAY)
        overdue = case_queries.list_cases(
            con, case_queries.CaseFilter(include_closed=True, overdue_only=True), TODAY)
    finally:
        con.close()
    i = case_queries.COLUMNS.index
    expected = [r for r in every if case_list.is_overdue(r[i("status")], r[i("deadline")], TODAY)]
    assert overdue == expected and 0 < len(expected) < len(every)


# --- the panel ----------------------------------------------------------------------------

def test_no_database_shows_a_message(qtbot):
    from liangwei.ui.case_panel import CasePanel
    widget = CasePanel()
    qtbot.addWidget(widget)
    widget.show()
    widget.set_database(None)
    assert widget.messageLabel.isVisible()
    assert "project database" in widget.messageLabel.text()
    assert not widget.tableView.isVisible()
    assert widget.model.rowCount() == 0
    widget.set_database("/nonexistent/county.gpkg")
    assert widget.messageLabel.isVisible() and not widget.tableView.isVisible()


def test_counts_at_the_top_equal_sql_counts(panel, county_db):
    n_open, n_overdue, n_stale = (_count(county_db, c) for c in (OPEN, OVERDUE, STALE))
    assert 0 < n_overdue < n_open and 0 < n_stale < n_open
    assert panel.counts == case_list.Counts(n_open, n_open, n_overdue, n_stale)
    text = panel.countsLabel.text()
    for n in (n_open, n_overdue, n_stale):
        assert ">%d<" % n in text or " %d " % n in text or text.startswith("%d " % n)
    assert not panel.messageLabel.isVisible()


def test_default_list_is_every_open_case_by_priority(panel, county_db):
    ids = _shown_ids(panel)
    assert ids == _ids(county_db, OPEN)
    scores = [panel.model.data(panel.model.index(r, 7)) for r in range(panel.model.rowCount())]
    as_numbers = [float(s) for s in scores]
    assert as_numbers == sorted(as_numbers, reverse=True)
    # ties are broken by the case number
    for a, b in zip(range(len(ids)), range(1, len(ids))):
        if as_numbers[a] == as_numbers[b]:
            assert ids[a] < ids[b]


def test_filters_give_the_rows_of_an_independent_query(panel, county_db, qtbot):
    townships = _sql(county_db, "SELECT zone_code, zone_name FROM zones WHERE level IN "
                     "('township', 'street', 'park') ORDER BY zone_code")
    combo_names = [panel.townshipCombo.itemText(i) for i in range(1, panel.townshipCombo.count())]
    assert combo_names == [name for _code, name in townships]

    code = townships[1][0]
    _choose(qtbot, panel.townshipCombo, code)
    assert _shown_ids(panel) == _ids(county_db, OPEN + " AND v.township_code = :t", {"t": code})
    assert panel.counts.open == _count(county_db, OPEN, extra="v.township_code = '%s'" % code)

    _choose(qtbot, panel.statusCombo, "decided")
    assert _shown_ids(panel) == _ids(
        county_db, "v.status = 'decided' AND v.township_code = :t", {"t": code})

    _choose(qtbot, panel.townshipCombo, None)
    _choose(qtbot, panel.statusCombo, "closed")
    closed = _ids(county_db, "v.status = 'closed'")
    assert closed and _shown_ids(panel) == closed
    assert panel.counts.open == 0 and panel.counts.shown == len(closed)

    _choose(qtbot, panel.statusCombo, "*")
    assert _shown_ids(panel) == _ids(county_db)

    _choose(qtbot, panel.statusCombo, None)
    _choose(qtbot, panel.flagCombo, "flag_farmland")
    flagged = _ids(county_db, OPEN + " AND v.flag_farmland = 1")
    assert flagged and _shown_ids(panel) == flagged

    _choose(qtbot, panel.flagCombo, None)
    qtbot.mouseClick(panel.overdueCheck, Qt.LeftButton)
    assert panel.overdueCheck.isChecked()
    assert _shown_ids(panel) == _ids(county_db, OVERDUE)
    assert panel.counts.overdue == panel.counts.shown == _count(county_db, OVERDUE)


def test_search_finds_case_number_party_and_address(panel, county_db, qtbot):
    case_id, party = _sql(county_db, "SELECT case_id, party_name FROM violations v WHERE %s "
                                     "AND party_name IS NOT NULL ORDER BY case_id LIMIT 1" % OPEN)[0]
    panel.searchEdit.setFocus()
    panel.searchEdit.insert(party)   # Chinese text arrives from the input method, not keys
    qtbot.keyClick(panel.searchEdit, Qt.Key_Return)
    assert case_id in _shown_ids(panel)
    assert _shown_ids(panel) == _ids(county_db, OPEN + " AND (v.party_name LIKE :p OR "
                                     "v.case_id LIKE :p OR v.address LIKE :p)",
                                     {"p": "%" + party + "%"})
    panel.searchEdit.clear()
    qtbot.keyClicks(panel.searchEdit, case_id[-6:])
    qtbot.waitUntil(lambda: _shown_ids(panel) == [case_id], timeout=3000)
    panel.searchEdit.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == _count(county_db, OPEN), timeout=3000)


def test_overdue_and_stale_rows_are_highlighted(panel):
    from liangwei.ui import case_panel as cp
    model = panel.model
    kinds = {"overdue": None, "stale": None, "plain": None}
    for r in range(model.rowCount()):
        s = model.state(r)
        kind = "overdue" if s.overdue else "stale" if s.stale else "plain"
        if kinds[kind] is None:
            kinds[kind] = r
    assert None not in kinds.values(), kinds
    for column in range(model.columnCount()):
        row = kinds["overdue"]
        assert model.data(model.index(row, column), Qt.BackgroundRole) == cp.OVERDUE_BACKGROUND
        assert model.data(model.index(row, column), Qt.ForegroundRole) == cp.OVERDUE_FOREGROUND
        row = kinds["stale"]
        assert model.data(model.index(row, column), Qt.BackgroundRole) == cp.STALE_BACKGROUND
        row = kinds["plain"]
        assert model.data(model.index(row, column), Qt.BackgroundRole) is None
    deadline = model.data(model.index(kinds["overdue"], 6))
    assert deadline in model.data(model.index(kinds["overdue"], 0), Qt.ToolTipRole)
    assert "Stale" in model.data(model.index(kinds["stale"], 0), Qt.ToolTipRole) or \
        "停滞" in model.data(model.index(kinds["stale"], 0), Qt.ToolTipRole)
    assert panel.overdueLegend.toolTip() and panel.staleLegend.toolTip()


def test_stale_days_setting_is_read_on_refresh(panel, county_db, qtbot):
    con = gpkg.connect(county_db)
    try:
        gpkg.write_settings(con, {"stale_days": 400}, user="test")
        qtbot.mouseClick(panel.refreshButton, Qt.LeftButton)
        assert panel.counts.stale == _count(county_db, STALE, stale=400)
        assert panel.counts.stale < _count(county_db, STALE, stale=30)
        assert "400" in panel.staleLegend.toolTip()
    finally:
        gpkg.write_settings(con, {"stale_days": 30}, user="test")
        con.close()


def _case_geometry_in(path, case_id, crs):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName("violations")
    layer.SetAttributeFilter("case_id = '%s'" % case_id)
    feature = layer.GetNextFeature()
    geometry = QgsGeometry.fromWkt(feature.GetGeometryRef().ExportToWkt())
    geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4490"), crs,
                                              QgsProject.instance()))
    return geometry


def test_double_click_zooms_to_the_case_and_emits_case_activated(panel, county_db, canvas, qtbot):
    view = panel.tableView
    row = 5
    case_id = panel.model.case_id(row)
    rect = view.visualRect(panel.model.index(row, 0))
    with qtbot.waitSignal(panel.caseActivated, timeout=3000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    assert blocker.args == [county_db, case_id]
    shown = _case_geometry_in(county_db, case_id, canvas.mapSettings().destinationCrs())
    extent = canvas.extent()
    assert extent.contains(shown.boundingBox())
    # close to the case, not the whole county: at most a few hundred metres across
    assert extent.width() < 1000 and extent.height() < 1000


def test_enter_on_a_row_activates_it(panel, county_db, canvas, qtbot):
    view = panel.tableView
    view.setFocus()
    panel.select_case(panel.model.case_id(0))
    qtbot.keyClick(view, Qt.Key_Down)
    case_id = panel.model.case_id(1)
    assert panel.selected_case_id() == case_id
    with qtbot.waitSignal(panel.caseActivated, timeout=3000) as blocker:
        qtbot.keyClick(view, Qt.Key_Return)
    assert blocker.args == [county_db, case_id]
    shown = _case_geometry_in(county_db, case_id, canvas.mapSettings().destinationCrs())
    assert canvas.extent().contains(shown.boundingBox())


def test_selection_survives_a_refresh_and_tab_order(panel, qtbot):
    case_id = panel.model.case_id(3)
    panel.select_case(case_id)
    qtbot.mouseClick(panel.refreshButton, Qt.LeftButton)
    assert panel.selected_case_id() == case_id
    panel.townshipCombo.setFocus()
    order = [panel.townshipCombo]
    for _ in range(6):
        QApplication.processEvents()
        w = order[-1].nextInFocusChain()
        while not (w.focusPolicy() & Qt.TabFocus) or not w.isVisibleTo(panel):
            w = w.nextInFocusChain()
        order.append(w)
    assert order[:7] == [panel.townshipCombo, panel.statusCombo, panel.flagCombo,
                         panel.searchEdit, panel.overdueCheck, panel.refreshButton,
                         panel.tableView]


def test_status_and_flag_labels_come_from_the_code_lists(panel):
    from liangwei.plugin.i18n import ui_language
    lang = ui_language()
    statuses = [panel.statusCombo.itemData(i) for i in range(panel.statusCombo.count())]
    assert statuses[2:] == codes.CASE_STATUS.codes
    assert panel.statusCombo.itemText(2) == codes.CASE_STATUS.label(statuses[2], lang)
    flags = [panel.flagCombo.itemData(i) for i in range(1, panel.flagCombo.count())]
    assert flags == codes.PRIORITY_FLAG.codes
    assert panel.flagCombo.itemText(1) == codes.PRIORITY_FLAG.label(flags[0], lang)


def test_forty_thousand_cases_fill_the_model_at_once(panel, qtbot):
    """The table shows whatever the query returns without per-row widgets: a model of
    40,000 rows answers for its first and last cells immediately."""
    import time
    rows = [("330624-2024-%06d" % i, "330624001", "镇", "330624001001", "村", "filed", "张三",
             "路", 100.0, "2024-01-01", 10.0, "2025-06-01T00:00:00Z") for i in range(40000)]
    t0 = time.perf_counter()
    panel.model.set_rows(rows, TODAY, 30)
    QApplication.processEvents()
    elapsed = time.perf_counter() - t0
    assert panel.model.rowCount() == 40000
    assert panel.model.data(panel.model.index(39999, 0)) == "330624-2024-039999"
    assert elapsed < 2.0


def test_search_text_is_literal_not_a_pattern(county_db):
    con = gpkg.connect(county_db)
    try:
        for text in ("%", "_", "\\"):
            assert case_queries.list_cases(con, case_queries.CaseFilter(search=text), TODAY) == []
        every = case_queries.list_cases(con, case_queries.CaseFilter(), TODAY)
        assert case_queries.list_cases(con, case_queries.CaseFilter(search="  "), TODAY) == every
    finally:
        con.close()


# --- the same county on PostGIS -----------------------------------------------------------------
# A PostGIS copy of the county (tests/pg_demo.py) must give the panel the same cases:
# the copy numbers its cases anew and its events carry the time of the copy, so the rows
# are compared without case number and last event, as multisets.

@pytest.fixture(scope="module")
def pg_county(county_db, pg_database):
    from pg_demo import copy_to_postgis
    return copy_to_postgis(county_db, pg_database, "county_panel")


def _without_id_and_event(rows):
    return sorted((tuple(r[1:-1]) for r in rows), key=repr)


@pytest.mark.parametrize("filt", [
    case_queries.CaseFilter(),
    case_queries.CaseFilter(include_closed=True),
    case_queries.CaseFilter(status="filed"),
    case_queries.CaseFilter(township_code="330624001"),
    case_queries.CaseFilter(flag="flag_farmland", include_closed=True),
    case_queries.CaseFilter(overdue_only=True),
    case_queries.CaseFilter(search="%"),
    case_queries.CaseFilter(search="路", include_closed=True),
], ids=["open", "all", "filed", "township", "flag", "overdue", "literal", "search"])
def test_postgis_lists_the_same_cases(county_db, pg_county, filt):
    from liangwei.plugin.store import dbref
    found = []
    for ref in (county_db, pg_county):
        con = dbref.connect(ref)
        try:
            found.append(case_queries.list_cases(con, filt, TODAY))
        finally:
            con.close()
    assert _without_id_and_event(found[0]) == _without_id_and_event(found[1])
    if filt in (case_queries.CaseFilter(), case_queries.CaseFilter(overdue_only=True)):
        assert found[0]


def test_postgis_panel_counts_zoom_and_settings(qtbot, county_db, pg_county, canvas):
    from liangwei.plugin.store import dbref
    from liangwei.ui.case_panel import CasePanel
    widget = CasePanel(canvas=canvas)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.show()
    try:
        widget.set_database(pg_county)
        assert not widget.last_error and widget.tableView.isVisible()
        assert widget.counts.open == _count(county_db, OPEN)
        assert widget.counts.overdue == _count(county_db, OVERDUE)
        # the copy's events are new: only cases without events can be stale
        stale_30 = widget.counts.stale
        view = widget.tableView
        case_id = widget.model.case_id(2)
        rect = view.visualRect(widget.model.index(2, 0))
        with qtbot.waitSignal(widget.caseActivated, timeout=3000) as blocker:
            qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
            qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center())
        assert blocker.args == [pg_county, case_id]
        geometry, crs = widget.case_geometry(case_id)
        assert crs.authid() == "EPSG:4490" and not geometry.isEmpty()
        shown = QgsGeometry(geometry)
        shown.transform(QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance()))
        assert canvas.extent().contains(shown.boundingBox())
        con = dbref.connect(pg_county)
        try:
            dbref.write_settings(con, {"stale_days": 0}, user="test")
            qtbot.mouseClick(widget.refreshButton, Qt.LeftButton)
            assert "0" in widget.staleLegend.toolTip()
            assert widget.counts.stale >= stale_30
        finally:
            dbref.write_settings(con, {"stale_days": 30}, user="test")
            con.close()
    finally:
        widget.close()
        widget.deleteLater()
