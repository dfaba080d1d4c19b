"""The settings dialog (ui/settings_dialog.py), driven like a user: type into the
fields, press the buttons, then read the settings table through another connection."""

import datetime
import shutil

import pytest
from pg_demo import copy_to_postgis, plain_value
from pgserver import pg_database, pg_server  # noqa: F401  (fixtures)
from qgis.core import QgsCoordinateReferenceSystem, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QApplication, QDateTimeEdit, QDialog, QDialogButtonBox,
                                 QDoubleSpinBox, QLineEdit, QSpinBox)

from liangwei.plugin.core import settings as settings_rules
from liangwei.plugin.store import dbref, demo_writer, gpkg
from liangwei.processing.algorithms.base import current_user


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("settings") / "demo.gpkg")
    gpkg.create(path, "330624")
    demo_writer.write_demo_county(path, seed=5, townships=2, villages=4, violations=20, houses=5)
    return path


_SCHEMAS = iter("county_%d" % i for i in range(1000))


@pytest.fixture(params=["gpkg", "postgis"])
def db(request, demo_db, tmp_path):
    """A fresh copy of the demo county: a GeoPackage, or a PostGIS schema (tests/pg_demo.py)
    whose settings are the GeoPackage's."""
    if request.param == "postgis":
        ref = copy_to_postgis(demo_db, request.getfixturevalue("pg_database"), next(_SCHEMAS))
        con = dbref.connect(ref)
        try:
            dbref.write_settings(con, {k: v for k, v in _stored(demo_db).items()
                                       if k != "schema_version"}, user="copy")
        finally:
            con.close()
        return ref
    path = str(tmp_path / "county.gpkg")
    shutil.copy(demo_db, path)
    return path


@pytest.fixture()
def open_dialog(qtbot):
    from liangwei.ui.settings_dialog import SettingsDialog
    made = []

    def make(path):
        dlg = SettingsDialog(path)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        made.append(dlg)
        return dlg
    yield make
    for dlg in made:
        dlg.close()


def _rows(path):
    """The whole settings table, as another program sees it."""
    con = dbref.connect(path)
    try:
        return [tuple(map(plain_value, r)) for r in con.execute(
            "SELECT key, value_type, value, updated_at, updated_by FROM settings "
            "ORDER BY key").fetchall()]
    finally:
        con.close()


def _stored(path):
    con = dbref.connect(path)
    try:
        return dbref.read_settings(con)
    finally:
        con.close()


def _click(qtbot, dlg, which):
    qtbot.mouseClick(dlg.buttonBox.button(which), Qt.LeftButton)


def _show_tab_of(dlg, widget):
    for i in range(dlg.tabWidget.count()):
        if dlg.tabWidget.widget(i).isAncestorOf(widget):
            dlg.tabWidget.setCurrentIndex(i)
            return


def _type(qtbot, dlg, key, value):
    """Enter a value the way a user does: select the field's text and type."""
    widget = dlg.widgets[key]
    _show_tab_of(dlg, widget)
    if isinstance(widget, QDateTimeEdit):
        widget.setSelectedSection(QDateTimeEdit.YearSection)
        qtbot.keyClicks(widget, value.strftime("%Y%m%d"))
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.selectAll()
        text = str(value).replace(".", widget.locale().decimalPoint())
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.selectAll()
        if value.isascii():
            qtbot.keyClicks(widget, value)
        else:
            widget.insert(value)   # Chinese text comes from the input method
    else:   # the CRS selector: what choosing in its dialog does
        widget.setCrs(QgsCoordinateReferenceSystem(value))


def _new_value(setting, old):
    if setting.key == "county_code":
        return "330683"
    if setting.key == "crs":
        return "EPSG:4549"
    if setting.type == "int":
        return int(old) + 3
    if setting.type == "real":
        return round(float(old) + 1.25, 2)
    if setting.type == "date":
        return old + datetime.timedelta(days=10)
    return "新值 %s" % setting.key


def test_every_editable_setting_has_a_widget_on_a_topic_tab(db, open_dialog):
    from liangwei.ui.settings_dialog import TOPICS, topic_of
    dlg = open_dialog(db)
    editable = [s.key for s in settings_rules.SETTINGS if s.key != "schema_version"]
    assert sorted(dlg.widgets) == sorted(editable)
    assert all(topic_of(k) != "other" for k in editable)
    titles = [dlg.tabWidget.tabText(i) for i in range(dlg.tabWidget.count())]
    assert len(titles) == len(TOPICS) - 1     # every topic but "other"
    kinds = {"int": QSpinBox, "real": QDoubleSpinBox, "date": QDateTimeEdit, "text": QLineEdit}
    for s in settings_rules.SETTINGS:
        if s.key in dlg.widgets and s.type in kinds:
            assert isinstance(dlg.widgets[s.key], kinds[s.type]), s.key
    stored = _stored(db)
    assert dlg.values()["county_code"] == stored["county_code"] == "330624"
    assert dlg.values()["cutoff_date"] == stored["cutoff_date"]
    assert dlg.values()["crs"] == "EPSG:4490"


def test_round_trip_of_every_setting(db, open_dialog, qtbot):
    before = _stored(db)
    dlg = open_dialog(db)
    expected = {}
    for s in settings_rules.SETTINGS:
        if s.key not in dlg.widgets:
            continue
        expected[s.key] = _new_value(s, before[s.key])
        _type(qtbot, dlg, s.key, expected[s.key])
    assert dlg.values() == expected
    _click(qtbot, dlg, QDialogButtonBox.Ok)
    assert dlg.result() == QDialog.Accepted, dlg.last_error
    after = _stored(db)      # a new connection
    for key, value in expected.items():
        assert after[key] == value, key
    assert after["schema_version"] == before["schema_version"]
    users = {key: by for key, _t, _v, _at, by in _rows(db)}
    assert all(users[k] == current_user() for k in expected)
    # and the dialog shows them when opened again
    assert open_dialog(db).values() == expected


def test_bad_county_code_is_refused_and_nothing_written(db, open_dialog, qtbot):
    before = _rows(db)
    dlg = open_dialog(db)
    _type(qtbot, dlg, "stale_days", 45)          # a good change in the same save
    _type(qtbot, dlg, "county_code", "12345")
    _click(qtbot, dlg, QDialogButtonBox.Ok)
    assert dlg.isVisible() and dlg.result() != QDialog.Accepted
    assert dlg.errorLabel.isVisible()
    assert dlg.label_of(settings_rules.BY_KEY["county_code"]) in dlg.errorLabel.text()
    assert "12345" in dlg.errorLabel.text()
    assert QApplication.focusWidget() is dlg.widgets["county_code"] or \
        dlg.tabWidget.currentWidget().isAncestorOf(dlg.widgets["county_code"])
    assert _rows(db) == before
    # letters cannot even be typed
    _type(qtbot, dlg, "county_code", "33a06b")
    assert dlg.widgets["county_code"].text() == "3306"


def test_campaign_end_before_start_is_refused(db, open_dialog, qtbot):
    before = _rows(db)
    dlg = open_dialog(db)
    start = dlg.values()["campaign_start"]
    _type(qtbot, dlg, "campaign_end", start - datetime.timedelta(days=1))
    _click(qtbot, dlg, QDialogButtonBox.Ok)
    assert dlg.result() != QDialog.Accepted
    assert dlg.label_of(settings_rules.BY_KEY["campaign_end"]) in dlg.errorLabel.text()
    assert _rows(db) == before


def test_a_value_the_database_refuses_is_shown_and_nothing_is_written(db, open_dialog, qtbot):
    """A rule of the database itself (here an extra trigger of this county's file)
    rolls the whole save back; the dialog names the setting and stays open."""
    con = dbref.connect(db)
    if dbref.is_postgis(con):
        con.execute("CREATE FUNCTION county_rule() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN IF NEW.key = 'stale_days' AND NEW.value::integer > 365 THEN "
                    "RAISE EXCEPTION 'stale_days: at most 365 days'; END IF; RETURN NEW; END $$")
        con.execute("CREATE TRIGGER county_rule BEFORE UPDATE ON settings "
                    "FOR EACH ROW EXECUTE FUNCTION county_rule()")
    else:
        con.execute("CREATE TRIGGER county_rule BEFORE UPDATE ON settings "
                    "WHEN NEW.key = 'stale_days' AND CAST(NEW.value AS INTEGER) > 365 "
                    "BEGIN SELECT RAISE(ABORT, 'stale_days: at most 365 days'); END")
    con.close()
    before = _rows(db)
    dlg = open_dialog(db)
    _type(qtbot, dlg, "county_name", "Another county")
    _type(qtbot, dlg, "stale_days", 400)
    _click(qtbot, dlg, QDialogButtonBox.Ok)
    assert dlg.result() != QDialog.Accepted
    text = dlg.errorLabel.text()
    assert "at most 365" in text
    assert dlg.label_of(settings_rules.BY_KEY["stale_days"]) in text
    assert _rows(db) == before


def test_only_changed_settings_are_written(db, open_dialog, qtbot):
    before = {r[0]: r for r in _rows(db)}
    dlg = open_dialog(db)
    _type(qtbot, dlg, "side_distance_m", 75.5)
    _click(qtbot, dlg, QDialogButtonBox.Ok)
    assert dlg.saved == {"side_distance_m": 75.5}
    after = {r[0]: r for r in _rows(db)}
    assert after["side_distance_m"][2] == "75.5"
    assert after["side_distance_m"][4] == current_user()
    assert {k: v for k, v in after.items() if k != "side_distance_m"} == \
        {k: v for k, v in before.items() if k != "side_distance_m"}


def test_escape_cancels_and_enter_saves(db, open_dialog, qtbot):
    before = _rows(db)
    dlg = open_dialog(db)
    _type(qtbot, dlg, "focus_distance_m", 321)
    qtbot.keyClick(dlg.widgets["focus_distance_m"], Qt.Key_Escape)
    assert not dlg.isVisible() and dlg.result() == QDialog.Rejected
    assert _rows(db) == before

    dlg = open_dialog(db)
    _type(qtbot, dlg, "cycle_other_months", 48)
    qtbot.keyClick(dlg.widgets["cycle_other_months"], Qt.Key_Return)
    assert dlg.result() == QDialog.Accepted
    assert _stored(db)["cycle_other_months"] == 48


def test_restore_defaults_keeps_the_county(db, open_dialog, qtbot):
    con = dbref.connect(db)
    dbref.write_settings(con, {"side_distance_m": 80.0, "stale_days": 9,
                               "county_name": "Test county"}, user="someone")
    con.close()
    dlg = open_dialog(db)
    _click(qtbot, dlg, QDialogButtonBox.RestoreDefaults)
    assert dlg.isVisible()                      # nothing saved yet
    assert _stored(db)["stale_days"] == 9
    _click(qtbot, dlg, QDialogButtonBox.Ok)
    stored = _stored(db)
    assert stored["side_distance_m"] == settings_rules.BY_KEY["side_distance_m"].default
    assert stored["stale_days"] == settings_rules.BY_KEY["stale_days"].default
    assert stored["county_name"] == "Test county" and stored["county_code"] == "330624"
    assert stored["campaign_start"] == datetime.date.fromisoformat(
        settings_rules.BY_KEY["campaign_start"].default)


def test_fits_a_small_screen_and_tab_order(db, open_dialog):
    dlg = open_dialog(db)
    hint = dlg.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dlg.width() <= 1366 and dlg.height() <= 700
    tab_bar = dlg.tabWidget.tabBar()
    assert tab_bar.sizeHint().width() <= dlg.tabWidget.width()     # every tab title shows
    for i in range(dlg.tabWidget.count()):
        page = dlg.tabWidget.widget(i).widget().sizeHint()
        assert page.width() <= 1300 and page.height() <= 600
    ok = dlg.buttonBox.button(QDialogButtonBox.Ok)
    assert ok.isDefault()
    dlg.tabWidget.setCurrentIndex(0)
    order, widget = [], dlg.tabWidget.tabBar()
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while (not (widget.focusPolicy() & Qt.TabFocus) or not widget.isVisibleTo(dlg)
               or widget.parent() is dlg.tabWidget.tabBar()):   # its scroll arrows
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[0] is dlg.widgets["county_code"]
    assert order.index(dlg.widgets["county_name"]) < order.index(ok)
    assert order.index(ok) < order.index(dlg.buttonBox.button(QDialogButtonBox.Cancel))


@pytest.mark.parametrize("locale, attribute", [("zh_CN", "zh"), ("en_US", "en")])
def test_labels_follow_the_ui_language(db, qtbot, locale, attribute):
    from liangwei.ui.settings_dialog import SettingsDialog
    settings = QgsSettings()
    old = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", locale)
    try:
        dlg = SettingsDialog(db)
        qtbot.addWidget(dlg)
        for key, widget in dlg.widgets.items():
            label = dlg._labels[key]
            assert label.text() == getattr(settings_rules.BY_KEY[key], attribute)
            assert label.buddy() is widget
        dlg.close()
    finally:
        settings.setValue("locale/userLocale", old)


def test_a_file_that_is_not_a_database_is_reported(tmp_path, open_dialog):
    path = tmp_path / "broken.gpkg"
    path.write_bytes(b"not a database at all" * 100)
    dlg = open_dialog(str(path))
    assert dlg.errorLabel.isVisible() and str(path) in dlg.errorLabel.text()
    assert not dlg.buttonBox.button(QDialogButtonBox.Ok).isEnabled()

