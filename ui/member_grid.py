"""The member-count grid of the inspection dialog (JGJ 125-2016 stage 2).

Rows are the storeys of the house, from the lowest basement (-B … -1) through the
foundation row (0) to the top storey (1 … F); columns are the member types of
codes.MEMBER_TYPE with their weights.  Each cell holds two boxes: the members counted
(upper) and the dangerous members among them (lower); an empty box is 0.  Foundation
members exist only in the foundation row, and the foundation row has nothing else, so
the grid cannot hold a member where the standard has none.  A cell with more dangerous
members than members is marked red and reported by `problems()`; the dialog refuses to
save while there is one.  The last column shows each layer's grade (Au … Du) as the
dialog computes it.
"""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (QAbstractSpinBox, QGridLayout, QLabel, QSizePolicy, QSpinBox,
                                 QVBoxLayout, QWidget)

from ..plugin.core.codes import MEMBER_TYPE, MEMBER_WEIGHT
from ..plugin.core.jgj125 import FOUNDATION, FOUNDATION_STOREY
from ..plugin.i18n import tr, ui_language

MAX_COUNT = 9999
TOTAL, DANGEROUS = "total", "dangerous"
_BAD_STYLE = "QSpinBox { background-color: #fde8e8; border: 1px solid #a4000f; }"
_DANGEROUS_STYLE = "QSpinBox { background-color: #fff6e5; }"


def storey_label(storey):
    """How a storey is named in the grid and in messages."""
    if storey == FOUNDATION_STOREY:
        return tr("Foundation")
    if storey < 0:
        return tr("Basement {}").format(-storey)
    return tr("Storey {}").format(storey)


def member_label(member_type):
    return MEMBER_TYPE.label(member_type, ui_language())


def cell_name(storey, member_type):
    """“Storey 2 · Wall”: a cell as messages name it."""
    return "%s · %s" % (storey_label(storey), member_label(member_type))


class _CountBox(QSpinBox):
    """A count: keyboard entry, no arrows (the grid is dense), empty when 0."""

    def __init__(self, parent, name, dangerous):
        super().__init__(parent)
        self.setRange(0, MAX_COUNT)
        self.setButtonSymbols(QAbstractSpinBox.NoButtons)
        self.setSpecialValueText(" ")
        self.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setMinimumWidth(44)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self._dangerous = dangerous
        self.mark(False)

    def mark(self, bad):
        self.setStyleSheet(_BAD_STYLE if bad else (_DANGEROUS_STYLE if self._dangerous else ""))


class MemberGrid(QWidget):
    """Member counts per storey and member type; `changed` on every edit."""

    changed = pyqtSignal()

    def __init__(self, storeys, basements=0, parent=None):
        super().__init__(parent)
        self.storeys = int(storeys or 0)
        self.basements = int(basements or 0)
        self.rows = list(range(-self.basements, 0)) + [FOUNDATION_STOREY] + \
            list(range(1, self.storeys + 1))
        self.types = list(MEMBER_TYPE.codes)
        self._boxes = {}          # (storey, type) -> (total box, dangerous box)
        self._grade_labels = {}   # storey -> QLabel
        self._build()

    # --- layout -------------------------------------------------------------------------

    def _build(self):
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(tr("In each cell: upper box = members counted, lower box (tinted) = "
                           "dangerous members among them; empty = 0. Foundation members are "
                           "counted in the foundation row only."), self)
        legend.setWordWrap(True)
        outer.addWidget(legend)
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(6)
        outer.addLayout(grid)
        outer.addStretch(1)

        corner = QLabel(tr("Storey"), self)
        corner.setAlignment(Qt.AlignLeft | Qt.AlignBottom)
        grid.addWidget(corner, 0, 0)
        for col, mtype in enumerate(self.types, 1):
            head = QLabel("%s\n×%g" % (member_label(mtype), MEMBER_WEIGHT[mtype]), self)
            head.setAlignment(Qt.AlignHCenter | Qt.AlignBottom)
            head.setToolTip(tr("{}: weight {:g}").format(member_label(mtype), MEMBER_WEIGHT[mtype]))
            grid.addWidget(head, 0, col)
        layer_head = QLabel(tr("Layer\ngrade"), self)
        layer_head.setAlignment(Qt.AlignHCenter | Qt.AlignBottom)
        grid.addWidget(layer_head, 0, len(self.types) + 1)

        # Widgets are created row by row, total before dangerous: that is the tab order.
        for r, storey in enumerate(self.rows, 1):
            grid.addWidget(QLabel(storey_label(storey), self), r, 0)
            for col, mtype in enumerate(self.types, 1):
                if (mtype == FOUNDATION) != (storey == FOUNDATION_STOREY):
                    continue
                cell = QWidget(self)
                box = QVBoxLayout(cell)
                box.setContentsMargins(0, 0, 0, 0)
                box.setSpacing(1)
                name = cell_name(storey, mtype)
                total = _CountBox(cell, tr("{}: members").format(name), False)
                dangerous = _CountBox(cell, tr("{}: dangerous members").format(name), True)
                box.addWidget(total)
                box.addWidget(dangerous)
                total.valueChanged.connect(self._edited)
                dangerous.valueChanged.connect(self._edited)
                self._boxes[(storey, mtype)] = (total, dangerous)
                grid.addWidget(cell, r, col)
            grade = QLabel("", self)
            grade.setAlignment(Qt.AlignCenter)
            grade.setMinimumWidth(36)
            self._grade_labels[storey] = grade
            grid.addWidget(grade, r, len(self.types) + 1)

    # --- values ---------------------------------------------------------------------------

    def box(self, storey, member_type, which=TOTAL):
        """The spin box of a cell (which = "total" or "dangerous"); KeyError when the
        grid has no such cell."""
        total, dangerous = self._boxes[(storey, member_type)]
        return total if which == TOTAL else dangerous

    def focus_widgets(self):
        """The boxes in tab order."""
        out = []
        for storey in self.rows:
            for mtype in self.types:
                if (storey, mtype) in self._boxes:
                    out.extend(self._boxes[(storey, mtype)])
        return out

    def counts(self):
        """[(storey, member type, total, dangerous)] of the cells that hold a count."""
        out = []
        for storey in self.rows:
            for mtype in self.types:
                boxes = self._boxes.get((storey, mtype))
                if boxes is None:
                    continue
                total, dangerous = boxes[0].value(), boxes[1].value()
                if total or dangerous:
                    out.append((storey, mtype, total, dangerous))
        return out

    def set_counts(self, rows):
        """Fill the grid from (storey, member type, total, dangerous) rows (the rest
        emptied); returns the rows that have no cell in this grid."""
        left = []
        self.blockSignals(True)
        try:
            for total, dangerous in self._boxes.values():
                total.setValue(0)
                dangerous.setValue(0)
            for storey, mtype, total, dangerous in rows:
                boxes = self._boxes.get((storey, mtype))
                if boxes is None:
                    left.append((storey, mtype, total, dangerous))
                    continue
                boxes[0].setValue(int(total))
                boxes[1].setValue(int(dangerous))
        finally:
            self.blockSignals(False)
        self._edited()
        return left

    def problems(self):
        """[(storey, member type, total, dangerous)] of cells with more dangerous members
        than members."""
        return [(s, t, total, dangerous) for s, t, total, dangerous in self.counts()
                if dangerous > total]

    def set_layer_grades(self, grades):
        """Show {storey: "Au" … "Du"} in the last column (other rows emptied)."""
        for storey, label in self._grade_labels.items():
            label.setText(grades.get(storey, ""))

    def _edited(self, _value=None):
        for total, dangerous in self._boxes.values():
            bad = dangerous.value() > total.value()
            dangerous.mark(bad)
        self.changed.emit()
