"""The settings dialog (ui/settings_dialog.ui): the project database's settings table.

The form is generated from core/settings.py SETTINGS, one tab per topic, one widget
per setting by its type (int → spin box, real → decimal spin box, date → date
edit, crs → CRS selector, text → line edit).  Values are read with
dbref.read_settings and saved with dbref.write_settings in one transaction (a
GeoPackage or a PostGIS county schema, see store/dbref.py); only the
settings the user changed are written, so two people editing different settings of
a shared database do not overwrite each other.  A refused value is shown in the
dialog, naming the setting, and nothing is written.
"""

import datetime
import os

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QRegularExpression, Qt
from qgis.PyQt.QtGui import QRegularExpressionValidator
from qgis.PyQt.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                                 QFormLayout, QFrame, QLabel, QLineEdit, QScrollArea,
                                 QSpinBox, QVBoxLayout, QWidget)

from ..plugin.core import settings as settings_rules
from ..plugin.i18n import tr, ui_language
from ..plugin.store import dbref
from ..processing.algorithms.base import county_code_problem, crs_authid, current_user

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "settings_dialog.ui"))

# Settings the dialog never shows (kept by the plugin itself).
READ_ONLY = ("schema_version",)
# Settings that describe the county rather than a rule: "restore defaults" keeps them.
KEPT_ON_RESTORE = ("county_code", "county_name", "issuing_unit")

# Tabs, in order.  Short titles: every tab stays visible in a dialog of ordinary width.
TOPICS = ("county", "dates", "distances", "rates", "cycles", "quotas", "priorities", "other")


def topic_title(topic):
    return {
        "county": tr("County && CRS"),
        "dates": tr("Dates"),
        "distances": tr("Distances"),
        "rates": tr("Rewards && penalties"),
        "cycles": tr("Inspections"),
        "quotas": tr("Quotas"),
        "priorities": tr("Priorities"),
    }.get(topic, tr("Other"))


_TOPIC_OF_KEY = {
    "county_code": "county", "county_name": "county", "issuing_unit": "county", "crs": "county",
    "discovery_target_hours": "dates", "stale_days": "dates",
    "duplicate_overlap": "distances",
    "late_discovery_next_month_factor": "rates",
    "first_quarter_share_target": "quotas",
    "prohibited_planning_classes": "priorities",
}
# Lower and upper bounds when a Setting declares none (all settings are amounts ≥ 0).
INT_RANGE = (0, 1000000)
REAL_RANGE = (0.0, 1e12)


def topic_of(key):
    """The tab of a setting: by name where a rule fits, else by its key's shape."""
    if key in _TOPIC_OF_KEY:
        return _TOPIC_OF_KEY[key]
    s = settings_rules.BY_KEY.get(key)
    if key.startswith("cycle_"):
        return "cycles"
    if key.startswith("priority_weight_"):
        return "priorities"
    if (s is not None and s.type == "date") or key.startswith("campaign_"):
        return "dates"
    if key.endswith("_distance_m") or key.endswith("_buffer_m"):
        return "distances"
    if key.endswith("_yuan"):
        return "rates"
    if "quota" in key:
        return "quotas"
    return "other"


def editable_settings():
    return [s for s in settings_rules.SETTINGS if s.key not in READ_ONLY]


def _bounds(setting, fallback):
    low = getattr(setting, "minimum", None)
    high = getattr(setting, "maximum", None)
    return (fallback[0] if low is None else low), (fallback[1] if high is None else high)


def _decimals(*values):
    """Enough decimals to show every value exactly (2 to 6)."""
    places = 2
    for v in values:
        if isinstance(v, (int, float)):
            text = repr(float(v))
            if "e" not in text and "." in text:
                places = max(places, len(text.split(".")[1].rstrip("0")))
    return min(places, 6)


class SettingsDialog(QDialog, FORM_CLASS):
    """Edit the settings of the project database `path` (a GeoPackage path or a
    PostGIS reference, see store/dbref.py).

    After accept(): `saved` is {key: value} of what was written (only the changed
    settings)."""

    def __init__(self, path, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.path = dbref.parse(path) if path else None
        self.saved = {}
        self.last_error = ""
        self.widgets = {}          # key → editor widget
        self._labels = {}          # key → QLabel
        self._initial = {}
        self._lang = ui_language()

        self.stored = self._read()
        self._build_tabs()
        self._load(self.stored)
        self._initial = self.values()
        self._clear_error_on_edit()

        ok = self.buttonBox.button(QDialogButtonBox.Ok)
        ok.setDefault(True)
        ok.setAutoDefault(True)
        for button in (self.buttonBox.button(QDialogButtonBox.Cancel),
                       self.buttonBox.button(QDialogButtonBox.RestoreDefaults)):
            button.setAutoDefault(False)
        restore = self.buttonBox.button(QDialogButtonBox.RestoreDefaults)
        restore.setToolTip(tr("Put the default values in the form (the county's code and names "
                              "are kept); nothing is saved before OK"))
        restore.clicked.connect(self.restore_defaults)
        self.buttonBox.accepted.connect(self.accept)
        self.infoLabel.setText(tr("These settings are stored in the project database {} and "
                                  "shared by everyone who uses it.").format(
            dbref.label(self.path) if self.path else None))
        self._set_tab_order()
        if self.last_error:
            ok.setEnabled(False)
        else:
            self.show_error("")
        # Wide enough to show every tab title without scroll arrows, within 1366×768.
        hint = self.sizeHint()
        tabs_width = self.tabWidget.tabBar().sizeHint().width() + 40
        self.resize(min(max(hint.width(), tabs_width), 1300), min(hint.height(), 700))

    # --- building the form -------------------------------------------------------------------

    def _read(self):
        try:
            con = dbref.connect(self.path)
            try:
                return dbref.read_settings(con)
            finally:
                con.close()
        except dbref.database_errors() + (ValueError,) as e:
            self.show_error(tr("The settings cannot be read from {}: {}").format(
                dbref.label(self.path) if self.path else None, dbref.readable_error(e)))
            return {}

    def label_of(self, setting):
        return setting.zh if self._lang == "zh" else setting.en

    def _build_tabs(self):
        by_topic = {}
        for s in editable_settings():
            by_topic.setdefault(topic_of(s.key), []).append(s)
        for topic in TOPICS:
            settings = by_topic.get(topic)
            if not settings:
                continue
            page = QScrollArea()
            page.setObjectName("page_%s" % topic)
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.NoFrame)
            inner = QWidget()
            outer = QVBoxLayout(inner)
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
            outer.addLayout(form)
            for s in settings:
                widget = self._editor(s)
                widget.setObjectName("setting_%s" % s.key)
                label = QLabel(self.label_of(s))
                label.setBuddy(widget)
                label.setWordWrap(True)
                tip = tr("Setting {}; default: {}").format(
                    s.key, "" if s.default is None else settings_rules.to_text(s.key, s.default))
                label.setToolTip(tip)
                widget.setToolTip(tip)
                form.addRow(label, widget)
                self.widgets[s.key] = widget
                self._labels[s.key] = label
            if topic == "county":
                note = QLabel(tr("Changing the coordinate reference system does not reproject "
                                 "the layers of this database."))
                note.setWordWrap(True)
                outer.addWidget(note)
            outer.addStretch(1)
            page.setWidget(inner)
            self.tabWidget.addTab(page, topic_title(topic))
        self.tabWidget.setCurrentIndex(0)

    def _editor(self, s):
        if s.type == "int":
            widget = QSpinBox()
            widget.setRange(*[int(v) for v in _bounds(s, INT_RANGE)])
        elif s.type == "real":
            widget = QDoubleSpinBox()
            widget.setDecimals(_decimals(s.default, self.stored.get(s.key)))
            widget.setRange(*[float(v) for v in _bounds(s, REAL_RANGE)])
            widget.setStepType(QDoubleSpinBox.AdaptiveDecimalStepType)
        elif s.type == "date":
            widget = QDateEdit()
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("yyyy-MM-dd")
            widget.setMinimumDate(QDate(1900, 1, 1))
        elif s.type == "crs":
            widget = QgsProjectionSelectionWidget()
            inner = [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.TabFocus]
            if inner:
                widget.setFocusProxy(inner[0])
        else:
            widget = QLineEdit()
            if s.key == "county_code":
                widget.setMaxLength(6)
                widget.setValidator(
                    QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), widget))
                widget.setPlaceholderText("330624")
        return widget

    def _clear_error_on_edit(self):
        """An edit hides the last refusal (connected after loading, so that a reading
        error stays visible)."""
        for widget in self.widgets.values():
            for signal in ("textEdited", "valueChanged", "dateChanged", "crsChanged"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(lambda *_args: self.show_error(""))

    def _set_tab_order(self):
        """Tab bar → the fields (tab by tab, in form order) → OK, Cancel, Restore."""
        chain = [self.tabWidget]
        for key, widget in self.widgets.items():
            if isinstance(widget, QgsProjectionSelectionWidget):
                chain += [w for w in widget.findChildren(QWidget)
                          if w.focusPolicy() & Qt.TabFocus and w.parent() is widget] or [widget]
            else:
                chain.append(widget)
        chain += [self.buttonBox.button(b) for b in (QDialogButtonBox.Ok, QDialogButtonBox.Cancel,
                                                     QDialogButtonBox.RestoreDefaults)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- values ------------------------------------------------------------------------------

    def _load(self, values):
        for s in editable_settings():
            value = values.get(s.key, s.default)
            self.set_value(s.key, s.default if value is None and s.type != "text" else value)

    def set_value(self, key, value):
        """Put a Python value (as read_settings returns it) into the key's widget."""
        widget = self.widgets[key]
        s = settings_rules.BY_KEY[key]
        if s.type == "int":
            widget.setValue(int(value or 0))
        elif s.type == "real":
            widget.setValue(float(value or 0.0))
        elif s.type == "date":
            day = value if isinstance(value, datetime.date) else \
                datetime.date.fromisoformat(str(value)[:10])
            widget.setDate(QDate(day.year, day.month, day.day))
        elif s.type == "crs":
            widget.setCrs(QgsCoordinateReferenceSystem(str(value or "")))
        else:
            widget.setText("" if value is None else str(value))

    def value(self, key):
        """The widget's value as a Python value for dbref.write_settings."""
        widget = self.widgets[key]
        s = settings_rules.BY_KEY[key]
        if s.type == "int":
            return widget.value()
        if s.type == "real":
            return widget.value()
        if s.type == "date":
            d = widget.date()
            return datetime.date(d.year(), d.month(), d.day())
        if s.type == "crs":
            crs = widget.crs()
            return crs.authid().upper() if crs.isValid() else ""
        return widget.text().strip()

    def values(self):
        return {key: self.value(key) for key in self.widgets}

    def changed(self):
        """{key: value} of the settings that differ from what the dialog showed first."""
        return {k: v for k, v in self.values().items() if self._initial.get(k) != v}

    def restore_defaults(self):
        for s in editable_settings():
            if s.key not in KEPT_ON_RESTORE and s.default is not None:
                self.set_value(s.key, s.default)
        self.show_error("")

    # --- checks and saving -------------------------------------------------------------------

    def show_error(self, message):
        self.last_error = message
        self.errorLabel.setText(message)
        self.errorLabel.setVisible(bool(message))

    def _named(self, key, message):
        return tr("Setting “{}”: {}").format(self.label_of(settings_rules.BY_KEY[key]), message)

    def problems(self, values):
        """[(key, readable message naming the setting)] of values that cannot be saved."""
        out = []
        if "county_code" in values:
            problem = county_code_problem(values["county_code"])
            if problem:
                out.append(("county_code", self._named("county_code", problem)))
        if "crs" in values:
            try:
                crs_authid(self.widgets["crs"].crs(), tr)
            except ValueError as e:
                out.append(("crs", self._named("crs", str(e))))
        pairs = (("campaign_start", "campaign_end"),
                 ("report_reward_min_yuan", "report_reward_max_yuan"))
        for low, high in pairs:
            if low in values and high in values and values[low] > values[high]:
                out.append((high, tr("“{}” cannot be less than “{}”.").format(
                    self.label_of(settings_rules.BY_KEY[high]),
                    self.label_of(settings_rules.BY_KEY[low]))))
        return out

    def _focus(self, key):
        widget = self.widgets.get(key)
        if widget is None:
            return
        for i in range(self.tabWidget.count()):
            if self.tabWidget.widget(i).isAncestorOf(widget):
                self.tabWidget.setCurrentIndex(i)
                break
        widget.setFocus()

    def accept(self):
        self.show_error("")
        values = self.values()
        problems = self.problems(values)
        if problems:
            self.show_error("\n".join(message for _key, message in problems))
            self._focus(problems[0][0])
            return
        changes = self.changed()
        if changes:
            try:
                con = dbref.connect(self.path)
                try:
                    dbref.write_settings(con, changes, user=current_user())
                finally:
                    con.close()
            except dbref.database_errors() + (ValueError,) as e:
                self.show_error(tr("Nothing was saved: {}").format(
                    self._explain(dbref.readable_error(e), changes)))
                return
        self.saved = changes
        super().accept()

    def _explain(self, message, changes):
        """The database's message, with the setting's label when the message names its key."""
        for key in changes:
            label = self.label_of(settings_rules.BY_KEY[key])
            if key in message or key.replace("_", " ") in message:
                return tr("Setting “{}”: {}").format(label, message)
        return message
