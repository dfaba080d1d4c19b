"""The data of one workflow step (ui/transition_dialog.ui), and the field widgets and
problem messages the case dialog shares with it.

The dialog asks only what the step needs: the fields workflow.REQUIRED_FIELDS lists
for the new state (prefilled from the case), the values the state implies (fixed and
shown), and a note, required when the step needs a written reason.  On OK the data
are checked (core.case_form.check_step); the result is a cases.PendingStep that the
case dialog writes with its next save.
"""

import datetime
import os

from qgis.gui import QgsDateEdit
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QRegularExpression
from qgis.PyQt.QtGui import QRegularExpressionValidator
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel,
                                 QLineEdit, QPlainTextEdit, QWidget)

from ..plugin.core import case_form, codes, workflow
from ..plugin.i18n import tr, ui_language
from ..plugin.store import schema
from ..plugin.store.cases import PendingStep

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "transition_dialog.ui"))

DATE_FORMAT = "yyyy-MM-dd"
NUMBER_RE = r"^\d{0,9}([.,]\d{0,2})?$"
INTEGER_RE = r"^\d{0,3}$"


# --- labels and messages ------------------------------------------------------------------

def field_label(name, lang=None):
    """A field's label as users read it (from the schema), 'note' and 'status' included."""
    lang = lang or ui_language()
    if name == "note":
        return tr("Note")
    try:
        f = schema.VIOLATIONS.field(name)
    except KeyError:
        return name
    return f.zh if lang == "zh" else f.en


def status_label(status, lang=None):
    return codes.CASE_STATUS.label(status, lang or ui_language())


def code_label(field, code, lang=None):
    f = schema.VIOLATIONS.field(field)
    return f.enumeration.label(code, lang or ui_language()) if f.enum else str(code)


def problem_text(problem, lang=None):
    """A readable, translated sentence for a case_form.Problem."""
    lang = lang or ui_language()
    label = field_label(problem.field, lang)
    other = problem.other
    if problem.code in ("after_other", "before_other", "exceeds_other"):
        other = field_label(other, lang)
    elif problem.code == "implied":
        other = code_label(problem.field, other, lang)
    elif problem.code == "not_allowed":
        other = " → ".join(status_label(s.strip(), lang) for s in str(other).split("→"))
    limit = "%g" % problem.limit if problem.limit is not None else ""
    text = {
        "required": tr("{}: must be filled in."),
        "note_required": tr("{}: this step needs a written reason."),
        "not_a_number": tr("{}: must be a number."),
        "not_whole": tr("{}: must be a whole number."),
        "below_minimum": tr("{}: must be at least {}."),
        "above_maximum": tr("{}: must be at most {}."),
        "bad_date": tr("{}: must be a real date (YYYY-MM-DD)."),
        "too_early": tr("{}: cannot be before 1900."),
        "in_future": tr("{}: cannot lie in the future."),
        "unknown_code": tr("{}: unknown value {}."),
        "after_other": tr("{}: cannot be after {}."),
        "before_other": tr("{}: cannot be before {}."),
        "exceeds_other": tr("{}: exceeds {} (by more than 5 %)."),
        "implied": tr("{}: this step requires {}."),
        "not_allowed": tr("{}: the step {} is not allowed by the workflow."),
        "outside_zones": tr("{}: the polygon lies outside every township of the zones table. "
                            "Draw it inside the county, or import the zones first."),
    }.get(problem.code)
    if text is None:
        return problem.message
    if problem.code in ("below_minimum", "above_maximum"):
        return text.format(label, limit)
    return text.format(label, other)


def problems_text(problems, lang=None):
    return "\n".join(problem_text(p, lang) for p in problems)


def database_error_text(message, lang=None):
    """A database message 'violations.floors: must be at most 100' with the field's
    label instead of its column name."""
    table, dot, rest = message.partition(".")
    if dot and table == "violations":
        field, colon, what = rest.partition(":")
        if colon and field in schema.VIOLATIONS.field_names:
            return "%s:%s" % (field_label(field, lang), what)
    return message


# --- field widgets ------------------------------------------------------------------------

def make_field_widget(name, parent, lang=None):
    """A widget for a violations field: combo box of labels for codes, nullable date,
    line edit (numbers validated as typed), check box for a flag."""
    lang = lang or ui_language()
    f = schema.VIOLATIONS.field(name)
    if f.enum:
        widget = QComboBox(parent)
        fill_combo(widget, name, lang)
    elif f.type == "date":
        widget = QgsDateEdit(parent)
        setup_date_edit(widget)
    elif f.type == "boolean":
        widget = QCheckBox(field_label(name, lang), parent)
    elif f.multiline:
        widget = QPlainTextEdit(parent)
        widget.setTabChangesFocus(True)
    else:
        widget = QLineEdit(parent)
        setup_line_edit(widget, name)
    widget.setObjectName("f_" + name)
    return widget


def fill_combo(combo, name, lang=None):
    """Empty entry (NULL) first, then the labels of the field's codes, storing codes."""
    lang = lang or ui_language()
    enum = schema.VIOLATIONS.field(name).enumeration
    combo.clear()
    combo.addItem("", None)
    for code in enum.codes:
        combo.addItem(enum.label(code, lang), code)


def setup_date_edit(widget):
    # Wide enough for the whole date beside the clear and calendar buttons.
    widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("0000-00-00") + 64)
    widget.setAllowNull(True)
    # Empty, not QGIS's "NULL": a date not entered yet (the calendar button is beside it).
    widget.setNullRepresentation("")
    widget.setCalendarPopup(True)
    widget.setDisplayFormat(DATE_FORMAT)
    widget.clear()


def setup_line_edit(widget, name):
    f = schema.VIOLATIONS.field(name)
    if f.type in ("integer", "real"):
        pattern = INTEGER_RE if f.type == "integer" else NUMBER_RE
        widget.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), widget))


def widget_value(widget):
    """The value a field widget holds: code, 'YYYY-MM-DD', text, bool; None when empty."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QgsDateEdit):
        return None if widget.isNull() else widget.date().toString(DATE_FORMAT)
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    raise TypeError(widget)


def set_widget_value(widget, value):
    if isinstance(widget, QComboBox):
        index = widget.findData(value) if value is not None else 0
        widget.setCurrentIndex(max(0, index))
    elif isinstance(widget, QgsDateEdit):
        if value in (None, ""):
            widget.clear()
        else:
            widget.setDate(QDate.fromString(str(value)[:10], DATE_FORMAT))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QLineEdit):
        if value is None:
            widget.setText("")
        elif isinstance(value, float):
            widget.setText(("%.2f" % value).rstrip("0").rstrip("."))
        else:
            widget.setText(str(value))
    else:
        raise TypeError(widget)


def changed_signal(widget):
    """The signal a field widget emits when the user changes it."""
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QgsDateEdit):
        return widget.dateValueChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    return widget.textChanged


# --- the dialog ---------------------------------------------------------------------------

class TransitionDialog(QDialog, FORM_CLASS):
    """Ask the data of the step from the case's status to `to_status`.

    case_values: the case as it stands (status, the form's values, the stored step
    fields).  After accept(): `step` is the PendingStep.
    """

    def __init__(self, case_values, to_status, parent=None, today=None):
        super().__init__(parent)
        self.setupUi(self)
        self.lang = ui_language()
        self.case_values = dict(case_values)
        self.from_status = self.case_values.get("status") or workflow.INITIAL
        self.to_status = to_status
        self.today = today
        self.step = None
        self.last_error = ""
        rule = workflow.transition(self.from_status, to_status)
        self.note_required = bool(rule and rule.note_required)
        implied = workflow.IMPLIED_VALUES.get(to_status, {})

        self.setWindowTitle(tr("Workflow step: {}").format(status_label(to_status, self.lang)))
        self.stepLabel.setText("{} → {}".format(status_label(self.from_status, self.lang),
                                                    status_label(to_status, self.lang)))
        self.widgets = {}
        for name in case_form.step_fields(to_status):
            widget = make_field_widget(name, self, self.lang)
            if name in implied:
                set_widget_value(widget, implied[name])
                widget.setEnabled(False)
                widget.setToolTip(tr("Fixed by this step."))
                label = tr("{} (fixed by this step)").format(field_label(name, self.lang))
            else:
                set_widget_value(widget, self.case_values.get(name))
                label = field_label(name, self.lang) + " *"
            label_widget = QLabel(label, self)
            label_widget.setBuddy(widget)
            self.stepForm.addRow(label_widget, widget)
            self.widgets[name] = widget
        if not self.widgets:
            self.infoLabel.setText(tr("This step needs no further data. It is written when the "
                                      "case is saved."))
        self.noteLabel.setText(tr("&Note (required: this step needs a written reason) *")
                               if self.note_required else tr("&Note (optional)"))

        ok = self.buttonBox.button(QDialogButtonBox.Ok)
        ok.setDefault(True)
        ok.setAutoDefault(True)
        self.buttonBox.accepted.connect(self.accept)
        chain = [w for w in self.widgets.values() if w.isEnabled()] + [self.noteEdit]
        chain += self.buttonBox.buttons()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        if chain:
            chain[0].setFocus()
        self.show_error("")

    def show_error(self, message):
        self.last_error = message
        self.errorLabel.setText(message)
        self.errorLabel.setVisible(bool(message))

    def raw_values(self):
        return {name: widget_value(w) for name, w in self.widgets.items()}

    def note(self):
        return self.noteEdit.toPlainText().strip() or None

    def accept(self):
        today = self.today or datetime.date.today()
        values, problems = case_form.check_step(self.case_values, self.to_status,
                                                self.raw_values(), self.note(), today)
        if problems:
            self.show_error(problems_text(problems, self.lang))
            first = problems[0].field
            widget = self.noteEdit if first == "note" else self.widgets.get(first)
            if widget is not None:
                widget.setFocus()
            return
        self.step = PendingStep(self.to_status, values, self.note())
        super().accept()
