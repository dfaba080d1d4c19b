"""The house inspection dialog (ui/inspection_dialog.ui): an inspector records an
inspection of one house and sees, while typing, what it makes of the house.

Tabs hold the inspection (kind, date, inspector, screening, collapse risk, findings),
the ground indicators, the member counts per storey and type (ui/member_grid.py) and
the appraisal with the measures taken.  The panel on the right is recomputed on every
edit by store.inspections.assess — core.screening.assess and core.jgj125, the functions
liangwei:grade_houses uses — and shows the screening class and its reasons, the JGJ 125
grade with the layer grades and reasons, the required and missing measures, the next
steps and the next inspection date.

Save checks the form first (a missing kind, a date in the future, a number that is not
one, more dangerous members than members: the field is named and gets the focus), then
writes the inspection, its member counts and the house update in one transaction
(store.inspections.save).  A refusal is shown in the red label and nothing is written.
Escape or Cancel with unsaved entries asks before discarding them.
"""

import datetime
import html
import os

from qgis.core import QgsApplication
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QRegularExpression, Qt, pyqtSignal
from qgis.PyQt.QtGui import QRegularExpressionValidator
from qgis.PyQt.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QMessageBox,
                                 QWidget)

from ..plugin.core import codes, screening
from ..plugin.i18n import tr, ui_language
from ..plugin.store import dbref, inspections, schema
from ..processing.algorithms.base import current_user
from .member_grid import MemberGrid, cell_name, storey_label

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "inspection_dialog.ui"))

TABLE = "house_inspections"
# Ground indicators: (field, line edit, whole number?)
GROUND_EDITS = (
    ("settlement_mm_month", "settlementRateEdit", False),
    ("settlement_months", "settlementMonthsEdit", True),
    ("crack_max_mm", "crackMaxEdit", False),
    ("cracks_over_5mm", "cracksOver5Edit", True),
    ("tilt_pct", "tiltEdit", False),
    ("sliding_mm", "slidingEdit", False),
)
GROUND_CHECKS = (("settlement_ongoing", "settlementOngoingCheck"),
                 ("sliding_ongoing", "slidingOngoingCheck"))
SCREENING_COLOURS = {"serious": "#a4000f", "some": "#b35900", "none": "#1e7b34"}
GRADE_COLOURS = {"A": "#1e7b34", "B": "#5b7b1e", "C": "#b35900", "D": "#a4000f"}


def field_label(field, table=TABLE):
    """A field's name as the attribute forms show it (Chinese or English)."""
    f = schema.table(table).field(field)
    return f.zh if ui_language() == "zh" else f.en


class _Refused(Exception):
    """A problem with what was entered; `widget` gets the focus."""

    def __init__(self, message, widget=None):
        super().__init__(message)
        self.widget = widget


def _bullets(lines):
    """Lines as a bullet list in rich text (plain lines: a <ul> leaves gaps in a QLabel)."""
    return "<br/>".join("• %s" % html.escape(line) for line in lines)


class InspectionDialog(QDialog, FORM_CLASS):
    """Record an inspection of the house `house_id` in the project database `path`.

    `path`: a GeoPackage path or a PostGIS reference (store/dbref.py).  Raises
    store.inspections.SaveError (HouseNotFound) or one of dbref.database_errors() when
    the house cannot be read.  After a save: `saved(house_id, inspection_id)` is emitted,
    then the dialog is accepted; `inspection_id` and `assessment` hold the result.
    """

    saved = pyqtSignal(str, int)

    def __init__(self, path, house_id, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.path = path
        self.house_id = house_id
        self.record = inspections.load(path, house_id)
        self.rules = screening.default_rules()
        self.lang = ui_language()
        self.inspection_id = None
        self.assessment = None
        self.preview = None           # the Assessment shown in the panel
        self.last_error = ""
        self._dirty = False
        self._loading = True

        self.setWindowTitle(tr("Record an inspection — {}").format(house_id))
        self._fill_lists()
        self._build_measures()
        self._build_grid()
        self._set_defaults()
        self._set_buttons()
        self._show_house()
        self._connect()
        self._set_tab_order()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([780, 400])
        for label in (self.screeningResultLabel, self.gradeLabel, self.measuresLabel,
                      self.nextLabel):
            label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._loading = False
        self.recompute()
        self.kindCombo.setFocus()

    # --- building ---------------------------------------------------------------------------

    def _fill_lists(self):
        self.kindCombo.addItem(tr("— choose —"), None)
        for item in codes.INSPECTION_KIND:
            self.kindCombo.addItem(codes.INSPECTION_KIND.label(item.code, self.lang), item.code)
        self.screeningCombo.addItem(tr("(not given)"), None)
        for item in codes.SCREENING:
            self.screeningCombo.addItem(codes.SCREENING.label(item.code, self.lang), item.code)
        self.appraisalGradeCombo.addItem(tr("(none)"), None)
        for item in codes.GRADE:
            self.appraisalGradeCombo.addItem(codes.GRADE.label(item.code, self.lang), item.code)
        real = QRegularExpression(r"\d{0,6}([.,]\d{0,3})?")
        whole = QRegularExpression(r"\d{0,5}")
        for field, name, is_int in GROUND_EDITS:
            edit = getattr(self, name)
            edit.setValidator(QRegularExpressionValidator(whole if is_int else real, edit))
            edit.setPlaceholderText(tr("not measured"))
            edit.setClearButtonEnabled(True)
            edit.setMaximumWidth(200)

    def _build_measures(self):
        self.measure_checks = {}
        for n, item in enumerate(codes.MEASURE):
            check = QCheckBox(codes.MEASURE.label(item.code, self.lang), self.measuresBox)
            check.setObjectName("measure_%s" % item.code)
            self.measuresLayout.addWidget(check, n // 2, n % 2)
            self.measure_checks[item.code] = check

    def _build_grid(self):
        house = self.record.house
        self.grid = MemberGrid(house.get("storeys"), house.get("basement_storeys"),
                               self.memberHost)
        self.memberHostLayout.addWidget(self.grid)
        last = self.record.last_measured()
        self.copyLastButton.setEnabled(last is not None)
        if last is not None:
            self.copyLastButton.setText(tr("Co&py the counts of the inspection of {}")
                                        .format(last["inspected_on"]))
        if not house.get("storeys"):
            self.grid.setToolTip(tr("The house record has no number of storeys above ground: "
                                    "only the foundation can be counted, and the grade cannot "
                                    "be computed until the storeys are filled in."))

    def _set_defaults(self):
        self.dateEdit.setMinimumDate(QDate(1900, 1, 1))     # the database's earliest date
        self.dateEdit.setDate(QDate.currentDate())
        self.inspectorEdit.setText(current_user())

    def _set_buttons(self):
        save = self.buttonBox.button(QDialogButtonBox.Save)
        save.setText(tr("&Save"))
        save.setDefault(True)
        save.setAutoDefault(True)
        self.buttonBox.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.copyLastButton.setAutoDefault(False)

    def _show_house(self):
        h = self.record.house
        parts = ["<b>%s</b>" % html.escape(h["house_id"])]
        for value in (h.get("address"), h.get("owner")):
            if value:
                parts.append(html.escape(str(value)))
        if h.get("storeys"):
            text = tr("{} storey(s) above ground").format(h["storeys"])
            if h.get("basement_storeys"):
                text += tr(", {} basement storey(s)").format(h["basement_storeys"])
            parts.append(text)
        else:
            parts.append("<span style='color:#a4000f'>%s</span>" % html.escape(
                tr("storeys above ground unknown: the grade cannot be computed")))
        if h.get("structure"):
            parts.append(codes.STRUCTURE.label(h["structure"], self.lang))
        if h.get("built_year"):
            parts.append(tr("built {}").format(h["built_year"]))
        if h.get("use"):
            parts.append(codes.HOUSE_USE.label(h["use"], self.lang))
        if h.get("appraisal_grade"):
            parts.append(tr("appraised: {}").format(codes.GRADE.label(h["appraisal_grade"],
                                                                      self.lang)))
        if h.get("measures"):
            parts.append(tr("measures on record: {}").format(self._measures_text(
                codes.split_multi(h["measures"]))))
        self.houseLabel.setText(" · ".join(parts))

    def _connect(self):
        for combo in (self.kindCombo, self.screeningCombo, self.appraisalGradeCombo):
            combo.currentIndexChanged.connect(self._edited)
        self.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.dateEdit.dateChanged.connect(self._edited)
        for edit in (self.inspectorEdit, self.agencyEdit):
            edit.textChanged.connect(self._edited)
        self.findingsEdit.textChanged.connect(self._edited)
        for _field, name, _int in GROUND_EDITS:
            getattr(self, name).textChanged.connect(self._edited)
        for check in [self.collapseCheck] + [getattr(self, n) for _f, n in GROUND_CHECKS] + \
                list(self.measure_checks.values()):
            check.toggled.connect(self._edited)
        self.grid.changed.connect(self._edited)
        self.copyLastButton.clicked.connect(self.copy_last_counts)
        self._kind_changed()

    def _set_tab_order(self):
        """Tab bar → the fields of each tab in reading order → Save, Cancel.  Tab moves
        through the visible tab only; Alt+1…4 (or Ctrl+Tab) switch tabs."""
        chain = [self.tabs, self.kindCombo, self.dateEdit, self.inspectorEdit,
                 self.screeningCombo, self.collapseCheck, self.findingsEdit]
        chain += [getattr(self, n) for n in ("settlementRateEdit", "settlementMonthsEdit",
                                             "settlementOngoingCheck", "crackMaxEdit",
                                             "cracksOver5Edit", "tiltEdit", "slidingEdit",
                                             "slidingOngoingCheck")]
        chain += self.grid.focus_widgets() + [self.copyLastButton]
        chain += [self.appraisalGradeCombo, self.agencyEdit] + list(self.measure_checks.values())
        chain += [self.buttonBox.button(QDialogButtonBox.Save),
                  self.buttonBox.button(QDialogButtonBox.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- reading the form ------------------------------------------------------------------

    def _kind(self):
        return self.kindCombo.currentData()

    def _kind_changed(self, _index=None):
        grading = self._kind() in inspections.KINDS_WITH_GRADE
        for widget in (self.appraisalGradeLabel, self.appraisalGradeCombo, self.agencyLabel,
                       self.agencyEdit):
            widget.setEnabled(grading)

    def _number(self, field, name, is_int, strict):
        """The value of a ground indicator (None when empty); with `strict`, a value
        that cannot be one is refused naming the field, else it counts as empty."""
        edit = getattr(self, name)
        text = edit.text().strip().replace(",", ".")
        if not text:
            return None
        f = schema.table(TABLE).field(field)
        try:
            value = float(text)
            if is_int:
                if value != int(value):
                    raise ValueError(text)
                value = int(value)
        except ValueError:
            if strict:
                message = tr("{}: “{}” is not a whole number.") if is_int else \
                    tr("{}: “{}” is not a number.")
                raise _Refused(message.format(field_label(field), text), edit)
            return None
        if f.maximum is not None and value > f.maximum:
            if strict:
                raise _Refused(tr("{}: at most {:g}, not {}.").format(field_label(field),
                                                                      f.maximum, text), edit)
            return None
        return value

    def inspection(self, strict=False):
        """The inspection as entered: a dict of house_inspections fields."""
        kind = self._kind()
        row = {
            "kind": kind,
            "inspected_on": self.dateEdit.date().toPyDate(),
            "inspector": self.inspectorEdit.text().strip() or None,
            "findings": self.findingsEdit.toPlainText().strip() or None,
            "screening": self.screeningCombo.currentData(),
            "collapse_risk": self.collapseCheck.isChecked(),
            "measures_taken": codes.join_multi(
                [c for c, check in self.measure_checks.items() if check.isChecked()]),
            "updated_by": current_user(),
        }
        for field, name, is_int in GROUND_EDITS:
            row[field] = self._number(field, name, is_int, strict)
        for field, name in GROUND_CHECKS:
            row[field] = getattr(self, name).isChecked()
        if kind in inspections.KINDS_WITH_GRADE:
            row["appraisal_grade"] = self.appraisalGradeCombo.currentData()
            row["appraisal_agency"] = self.agencyEdit.text().strip() or None
        return row

    def members(self):
        return self.grid.counts()

    def _checked(self):
        """(inspection, members) after the checks made before saving."""
        if self._kind() is None:
            raise _Refused(tr("{}: choose the kind of inspection.").format(field_label("kind")),
                           self.kindCombo)
        day = self.dateEdit.date().toPyDate()
        today = datetime.date.today()
        if day > today:
            raise _Refused(tr("{}: {} lies in the future; an inspection cannot be dated after "
                              "today ({}).").format(field_label("inspected_on"), day.isoformat(),
                                                    today.isoformat()), self.dateEdit)
        inspection = self.inspection(strict=True)
        problems = self.grid.problems()
        if problems:
            storey, mtype, total, dangerous = problems[0]
            raise _Refused(tr("Member counts, {}: {} dangerous members but only {} members.")
                           .format(cell_name(storey, mtype), dangerous, total),
                           self.grid.box(storey, mtype, "dangerous"))
        return inspection, self.members()

    # --- the live panel ----------------------------------------------------------------------

    def _edited(self, *_args):
        if self._loading:
            return
        self._dirty = True
        self.recompute()

    def recompute(self):
        """Assess the house with the inspection as entered and show the result."""
        inspection = self.inspection(strict=False)
        members = self.members()
        today = datetime.date.today()
        a = inspections.assess(self.record, inspection, members, self.rules, today)
        graded_by = inspections.graded_inspection(self.record, inspection, members, today)
        known = {i["inspection_id"] for i in self.record.inspections}
        own = graded_by is not None and graded_by["inspection_id"] not in known
        self._show_assessment(a, graded_by, own)
        shown = a.grade_result is not None and own and not self.grid.problems()
        self.grid.set_layer_grades(a.grade_result.layer_grades if shown else {})
        self.preview = a
        return a

    def _show_assessment(self, a, graded_by, own):
        """Fill the panel; `graded_by` is the inspection that grades the house, `own`
        whether that is the one being entered."""
        lang = self.lang
        result = a.grade_result
        grade_reasons = list(result.reasons) if result is not None else []
        class_reasons = a.reasons[:len(a.reasons) - len(grade_reasons)]
        self.screeningResultLabel.setText("<b style='color:%s'>%s</b><br/>%s" % (
            SCREENING_COLOURS.get(a.screening, "black"),
            html.escape(codes.SCREENING.label(a.screening, lang)),
            _bullets([r.translated(tr) for r in class_reasons])
            or html.escape(tr("No rule found a hazard."))))
        self.gradeLabel.setText(self._grade_text(a, graded_by, own, grade_reasons))

        lines = []
        if a.required_measures:
            lines.append("<b>%s</b> %s" % (html.escape(tr("Required:")),
                                           html.escape(self._measures_text(a.required_measures))))
        else:
            lines.append(html.escape(tr("No measure is required.")))
        if a.missing_measures:
            lines.append("<span style='color:#a4000f'><b>%s</b> %s</span>" % (
                html.escape(tr("Missing on the house record:")),
                html.escape(self._measures_text(a.missing_measures))))
        elif a.required_measures:
            lines.append(html.escape(tr("All required measures are on the house record.")))
        self.measuresLabel.setText("<br/>".join(lines))

        due = html.escape(tr("Next inspection due: {} (every {} month(s))").format(
            a.next_inspection_due.isoformat(), a.cycle_months))
        actions = _bullets([screening.ACTION.label(c, lang) for c in a.actions])
        self.nextLabel.setText(actions + ("<br/>" if actions else "") + due)

    def _grade_text(self, a, graded_by, own, grade_reasons):
        problems = self.grid.problems()
        if problems:
            return "<b style='color:#a4000f'>%s</b><br/>%s" % (
                html.escape(tr("Not computed: correct the member counts.")),
                _bullets([tr("{}: {} dangerous members but only {} members.").format(
                    cell_name(s, t), d, n) for s, t, n, d in problems]))
        if a.grade_error is not None:
            return "<b style='color:#a4000f'>%s</b>" % html.escape(
                tr("Not computed: {}").format(a.grade_error.translated(tr)))
        if a.computed_grade is None:
            return html.escape(tr("Not graded: no member counts and no dangerous ground."))
        result = a.grade_result
        grade = a.computed_grade
        parts = ["<span style='font-size:20pt; font-weight:bold; color:%s'>%s</span> %s" % (
            GRADE_COLOURS.get(grade, "black"), grade,
            html.escape(codes.GRADE.label(grade, self.lang)))]
        if not own:
            parts.append("<i>%s</i>" % html.escape(
                tr("from the inspection of {}: this inspection does not change the grade")
                .format(graded_by["inspected_on"])))
        layers = []
        if result.ratio is not None:
            layers.append(tr("Whole house: R = {:.2%}").format(result.ratio))
        for storey in sorted(result.layers):
            layer = result.layers[storey]
            layers.append(tr("{}: {} (R = {:.2%})").format(storey_label(storey), layer.grade,
                                                           layer.ratio))
        if result.ground_dangerous:
            layers.append(tr("Ground: dangerous"))
        parts.append(_bullets(layers))
        parts.append(_bullets([r.translated(tr) for r in grade_reasons]))
        if a.appraisal_grade:
            note = tr("Appraised grade: {}").format(codes.GRADE.label(a.appraisal_grade, self.lang))
            if a.grade_mismatch:
                note += " — " + tr("differs from the computed grade; the worse one counts")
            parts.append(html.escape(note))
        return "<br/>".join(p for p in parts if p)

    def _measures_text(self, measure_codes):
        separator = "、" if self.lang == "zh" else ", "
        return separator.join(codes.MEASURE.label(c, self.lang) for c in measure_codes)

    # --- actions ---------------------------------------------------------------------------

    def copy_last_counts(self):
        """Fill the grid with the member counts of the last inspection that has them."""
        last = self.record.last_measured()
        if last is None:
            return
        left = self.grid.set_counts(last["members"])
        if left:
            self.show_error(tr("{} count(s) of the inspection of {} have no place in this "
                               "house's storeys and were left out.")
                            .format(len(left), last["inspected_on"]))

    def show_error(self, message):
        """Show a problem in the dialog (an empty message hides it)."""
        self.last_error = message
        self.errorLabel.setText(message)
        self.errorLabel.setVisible(bool(message))

    def _refuse(self, refusal):
        self.show_error(str(refusal))
        widget = refusal.widget
        if widget is not None:
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(i)
            widget.setFocus()

    def _widget_for(self, field):
        """The widget of a (table, field) named by the database, if the form has one."""
        if not field or field[0] != TABLE:
            return None
        names = {"kind": "kindCombo", "inspected_on": "dateEdit", "inspector": "inspectorEdit",
                 "findings": "findingsEdit", "screening": "screeningCombo",
                 "appraisal_grade": "appraisalGradeCombo", "appraisal_agency": "agencyEdit"}
        names.update({f: n for f, n, _i in GROUND_EDITS})
        name = names.get(field[1])
        return getattr(self, name) if name else None

    def accept(self):
        """Save: check the form, then write everything in one transaction."""
        self.show_error("")
        try:
            inspection, members = self._checked()
        except _Refused as refusal:
            self._refuse(refusal)
            return
        QgsApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            done = inspections.save(self.path, self.house_id, inspection, members,
                                    self.record.version, user=current_user(), rules=self.rules,
                                    as_of=datetime.date.today())
        except inspections.SaveError as e:
            self._refuse(_Refused(e.translated(tr), self._widget_for(e.field)))
            return
        except dbref.database_errors() as e:     # the database could not be opened
            self._refuse(_Refused(tr("The project database cannot be opened: {}").format(
                dbref.readable_error(e))))
            return
        finally:
            QgsApplication.restoreOverrideCursor()
        self.inspection_id = done.inspection_id
        self.assessment = done.assessment
        self._dirty = False
        self.saved.emit(self.house_id, done.inspection_id)
        super().accept()

    def has_unsaved_changes(self):
        return self._dirty

    def reject(self):
        """Cancel, Escape or the window's close button: ask before dropping entries."""
        if self._dirty:
            answer = QMessageBox.question(
                self, tr("Discard the inspection?"),
                tr("The inspection you entered has not been saved. Close the dialog and "
                   "discard it?"), QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return
        super().reject()
