#!/usr/bin/env python3
"""Build the print layout templates of the reports, resources/layouts/<kind>.qpt.

    .venv/bin/python scripts/build_layouts.py            # write resources/layouts
    .venv/bin/python scripts/build_layouts.py --out DIR  # write elsewhere

Every layout is built here with the QGIS API and saved with QgsLayout.saveAsTemplate,
then made deterministic (attributes sorted, item uuids numbered in document order),
so that a rebuild gives the same bytes; tests/test_layouts.py fails while a committed
template differs from a fresh build.  The item ids, texts and table headers come from
plugin/reports/layout_texts.py, which plugin/reports/layouts.py reads too when it binds
a template to a project database.  The templates hold the Chinese texts and the font
Microsoft YaHei (the plugin swaps in an installed CJK font and, for an English QGIS,
the English texts).

monthly_bulletin  A4 portrait, one page per township: title with the township and the
                  period, map of its cases by status, legend, scale bar, north arrow,
                  table of the township's indicators, county ranking, issuing unit,
                  date and page number.
wall_map          A3 landscape, one page per township: large map with every open case
                  numbered, legend, scale bar, north arrow, summary, list of the open
                  cases with a box to tick.
case_booklet      A4 portrait, one page per case (一案一档): map inset, up to four
                  photos, the case's fields, its history.
house_booklet     A4 portrait, one page per hazardous house (一栋一册): map inset,
                  grade, screening, measures and plan, the house's fields, its
                  inspections.
"""

import argparse
import os
import re
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_link_dir = tempfile.mkdtemp(prefix="liangwei-")
os.symlink(REPO, os.path.join(_link_dir, "liangwei"))
sys.path.insert(0, _link_dir)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LAYOUTS_DIR = os.path.join(REPO, "resources", "layouts")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xmlsort  # noqa: E402

UUID = re.compile(r"\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                  r"[0-9a-fA-F]{12}\}")

# mm
A4 = (210.0, 297.0)
A3_LANDSCAPE = (420.0, 297.0)
RED = "#c00000"
GRID = "#808080"
LABEL_TINT = "#f0f0f0"
PROJECT_CRS = "EPSG:4490"


class Builder:
    """Adds the items of one layout (all sizes in mm)."""

    def __init__(self, kind, page):
        from qgis.core import (QgsCoordinateReferenceSystem, QgsLayoutSize, QgsPrintLayout,
                               QgsProject)
        from liangwei.plugin.reports import layout_texts as T
        from liangwei.plugin.reports.layouts import TEMPLATE_FONT
        self.T = T
        self.font_family = TEMPLATE_FONT
        self.kind = kind
        self.project = QgsProject()
        # A map item of a project without a CRS can crash QGIS 3.22 (an invalid CRS
        # asked for its operation): the databases' default CRS.
        self.project.setCrs(QgsCoordinateReferenceSystem(PROJECT_CRS))
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()
        self.layout.setName(kind)
        self.layout.pageCollection().page(0).setPageSize(QgsLayoutSize(page[0], page[1]))

    # --- helpers -------------------------------------------------------------------------
    def font(self, size, bold=False):
        from qgis.PyQt.QtGui import QFont
        font = QFont(self.font_family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def text_format(self, size, bold=False, colour="#000000"):
        from qgis.core import QgsTextFormat, QgsUnitTypes
        from qgis.PyQt.QtGui import QColor
        fmt = QgsTextFormat()
        fmt.setFont(self.font(size, bold))
        fmt.setSize(size)
        fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
        fmt.setColor(QColor(colour))
        return fmt

    def rect(self, it, x, y, w, h):
        from qgis.core import QgsLayoutPoint, QgsLayoutSize
        it.attemptMove(QgsLayoutPoint(x, y))
        it.attemptResize(QgsLayoutSize(w, h))

    def label(self, item_id, x, y, w, h, size, bold=False, colour="#000000", align="center",
              text=None):
        from qgis.core import QgsLayoutItemLabel
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtGui import QColor
        label = QgsLayoutItemLabel(self.layout)
        label.setId(item_id)
        texts = self.T.TEXTS.get(self.kind, {})
        label.setText(text if text is not None else texts[item_id][0])
        label.setFont(self.font(size, bold))
        label.setFontColor(QColor(colour))
        label.setHAlign({"center": Qt.AlignHCenter, "left": Qt.AlignLeft,
                         "right": Qt.AlignRight}[align])
        label.setVAlign(Qt.AlignVCenter if align == "center" else Qt.AlignTop)
        label.setMarginX(0.5)
        label.setMarginY(0.5)
        self.layout.addLayoutItem(label)
        self.rect(label, x, y, w, h)
        return label

    def rule(self, x, y, w, colour=RED, height=0.6):
        from qgis.core import QgsFillSymbol, QgsLayoutItemShape
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Rectangle)
        shape.setSymbol(QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}))
        shape.setId("rule_%d" % int(y * 10))
        self.layout.addLayoutItem(shape)
        self.rect(shape, x, y, w, height)
        return shape

    def map(self, x, y, w, h, margin):
        from qgis.core import QgsLayoutItemMap, QgsRectangle
        from qgis.PyQt.QtGui import QColor
        the_map = QgsLayoutItemMap(self.layout)
        the_map.setId(self.T.MAP)
        self.layout.addLayoutItem(the_map)
        self.rect(the_map, x, y, w, h)
        # no CRS of its own: the map follows the project's (the plugin sets one)
        the_map.setExtent(QgsRectangle(120.8, 29.4, 120.8 + w / 1000.0, 29.4 + h / 1000.0))
        the_map.setFrameEnabled(True)
        the_map.setFrameStrokeColor(QColor("#404040"))
        the_map.setAtlasDriven(True)
        the_map.setAtlasMargin(margin)
        self.the_map = the_map
        return the_map

    def north_arrow(self, x, y, w, h):
        from qgis.core import QgsLayoutItemPicture
        arrow = QgsLayoutItemPicture(self.layout)
        arrow.setId(self.T.NORTH_ARROW)
        arrow.setMode(QgsLayoutItemPicture.FormatSVG)
        arrow.setPicturePath(self._svg("arrows/NorthArrow_02.svg"))
        arrow.setLinkedMap(self.the_map)
        arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
        arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
        self.layout.addLayoutItem(arrow)
        self.rect(arrow, x, y, w, h)
        return arrow

    @staticmethod
    def _svg(name):
        from qgis.core import QgsApplication
        for folder in QgsApplication.svgPaths():
            path = os.path.join(folder, name)
            if os.path.exists(path):
                return path
        raise SystemExit("the QGIS SVG %s is missing" % name)

    def scale_bar(self, x, y, w, h, kilometres):
        from qgis.core import QgsLayoutItemScaleBar, QgsScaleBarSettings, QgsUnitTypes
        from qgis.PyQt.QtGui import QColor
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setId(self.T.SCALE_BAR)
        bar.setStyle("Single Box")
        bar.setLinkedMap(self.the_map)
        if kilometres:
            bar.setUnits(QgsUnitTypes.DistanceKilometers)
            bar.setUnitLabel("km")
        else:
            bar.setUnits(QgsUnitTypes.DistanceMeters)
            bar.setUnitLabel("m")
        bar.setMapUnitsPerScaleBarUnit(1.0)   # the label shows the units as they are
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
        bar.setMinimumBarWidth(w * 0.4)
        bar.setMaximumBarWidth(w * 0.8)
        bar.setHeight(1.5)
        bar.setTextFormat(self.text_format(7))
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 220))
        bar.setBoxContentSpace(1.0)
        self.layout.addLayoutItem(bar)
        self.rect(bar, x, y, w, h)
        return bar

    def legend(self, x, y, w, h, columns, title):
        from qgis.core import QgsLayoutItemLegend, QgsLegendStyle
        legend = QgsLayoutItemLegend(self.layout)
        legend.setId(self.T.LEGEND)
        legend.setTitle(title)
        legend.setLinkedMap(self.the_map)
        legend.setAutoUpdateModel(False)
        legend.model().rootGroup().removeAllChildren()
        legend.setColumnCount(columns)
        legend.setSplitLayer(True)
        legend.setEqualColumnWidth(True)
        legend.setResizeToContents(False)
        legend.setLegendFilterByMapEnabled(False)
        legend.setSymbolWidth(4)
        legend.setSymbolHeight(2.5)
        legend.setColumnSpace(2)
        legend.setBoxSpace(1.5)
        legend.setStyleFont(QgsLegendStyle.Title, self.font(8, True))
        for style in (QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
            legend.setStyleFont(style, self.font(6.5))
        legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.0)
        legend.setFrameEnabled(False)
        legend.setBackgroundEnabled(True)
        self.layout.addLayoutItem(legend)
        self.rect(legend, x, y, w, h)
        return legend

    def table(self, item_id, x, y, w, h, headers, widths, size=7.5, header=True, rows=1,
              margin=0.7):
        """A manual table in one frame; `headers` are (zh, en[, width]) tuples."""
        from qgis.core import (QgsLayoutFrame, QgsLayoutItemManualTable, QgsLayoutTable,
                               QgsLayoutTableColumn, QgsTableCell)
        from qgis.PyQt.QtCore import QRectF
        from qgis.PyQt.QtGui import QColor
        manual = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(manual)
        manual.setContentTextFormat(self.text_format(size))
        manual.setHeaderTextFormat(self.text_format(size, True))
        manual.setIncludeTableHeader(header)
        if header:
            manual.setHeaders([QgsLayoutTableColumn(h[0]) for h in headers])
        manual.setColumnWidths(list(widths))
        manual.setCellMargin(margin)
        manual.setGridStrokeWidth(0.15)
        manual.setGridColor(QColor(GRID))
        manual.setHorizontalGrid(True)
        manual.setVerticalGrid(True)
        manual.setWrapBehavior(QgsLayoutTable.WrapText)
        manual.setHeaderHAlignment(QgsLayoutTable.HeaderCenter)
        manual.setTableContents([[QgsTableCell("") for _ in widths] for _ in range(rows)])
        frame = QgsLayoutFrame(self.layout, manual)
        frame.attemptSetSceneRect(QRectF(x, y, w, h))
        frame.setId(item_id)
        manual.addFrame(frame)
        return manual

    def picture(self, item_id, x, y, w, h):
        from qgis.core import QgsLayoutItemPicture
        from qgis.PyQt.QtGui import QColor
        pic = QgsLayoutItemPicture(self.layout)
        pic.setId(item_id)
        pic.setMode(QgsLayoutItemPicture.FormatRaster)
        pic.setResizeMode(QgsLayoutItemPicture.Zoom)
        pic.setFrameEnabled(True)
        pic.setFrameStrokeColor(QColor("#b0b0b0"))
        self.layout.addLayoutItem(pic)
        self.rect(pic, x, y, w, h)
        return pic

    def atlas(self, page_name):
        from qgis.core import QgsExpressionContextUtils
        atlas = self.layout.atlas()
        atlas.setEnabled(True)
        atlas.setPageNameExpression(page_name)
        atlas.setSortFeatures(True)
        atlas.setSortExpression(page_name)
        atlas.setFilenameExpression("'%s_' || %s" % (self.kind, page_name))
        QgsExpressionContextUtils.setLayoutVariables(
            self.layout, {name: "" for name in self.T.VARIABLES})

    def header(self, width, title_size, title_colour):
        T = self.T
        self.label(T.TITLE, 10, 7, width - 20, 11, title_size, True, title_colour)
        self.label(T.SUBTITLE, 10, 18.5, width - 20, 6, 9.5)
        self.rule(10, 25, width - 20, RED if title_colour == RED else "#404040", 0.5)

    def footer(self, width, height):
        self.label(self.T.FOOTER, 10, height - 11, width - 20, 6, 8)


# --- the four layouts --------------------------------------------------------------------------

def monthly_bulletin():
    b = Builder("monthly_bulletin", A4)
    T = b.T
    b.header(A4[0], 18, RED)
    b.map(10, 28, 116, 100, 0.06)
    b.north_arrow(114, 30, 10, 13)
    b.scale_bar(12, 119, 56, 8, kilometres=True)
    b.legend(10, 129.5, 116, 26, 4, T.LEGEND_TITLES["monthly_bulletin"][0])
    b.table(T.INDICATORS, 130, 28, 70, 128, T.INDICATOR_HEADERS, (41, 26), size=7.5)
    b.label(T.RANKING_TITLE, 10, 157, 190, 6, 9.5, True)
    b.table(T.RANKING, 10, 163, 190, 120,
            [(T.indicator_label(n, "zh"), "") for n, _w in T.RANKING_COLUMNS],
            [w for _n, w in T.RANKING_COLUMNS], size=7, margin=0.5)
    b.footer(*A4)
    b.atlas('"zone_code"')
    return b.layout


def wall_map():
    b = Builder("wall_map", A3_LANDSCAPE)
    T = b.T
    width, height = A3_LANDSCAPE
    b.header(width, 22, "#000000")
    b.map(10, 28, 300, 255, 0.04)
    b.north_arrow(295, 31, 12, 16)
    b.scale_bar(13, 272, 80, 9, kilometres=True)
    b.table(T.SUMMARY, 315, 28, 95, 34, T.SUMMARY_HEADERS, (58, 34), size=8)
    b.legend(315, 64, 95, 46, 2, T.LEGEND_TITLES["wall_map"][0])
    b.label(T.CASE_LIST_TITLE, 315, 111, 95, 6, 10, True)
    b.table(T.CASE_LIST, 315, 117, 95, 160, T.CASE_LIST_HEADERS,
            [h[2] for h in T.CASE_LIST_HEADERS], size=7.5)
    b.label(T.CASE_LIST_NOTE, 315, 278, 95, 5, 7.5, align="left", text="")
    b.footer(width, height)
    b.atlas('"zone_code"')
    return b.layout


def case_booklet():
    b = Builder("case_booklet", A4)
    T = b.T
    b.header(A4[0], 15, "#000000")
    b.map(10, 28, 110, 80, 0.5)
    b.north_arrow(110, 30, 8, 11)
    b.scale_bar(12, 100, 44, 7, kilometres=False)
    b.label(T.PHOTOS_TITLE, 124, 28, 76, 5, 8.5, True, align="left")
    for k in range(T.PHOTO_COUNT):
        picture_id, caption_id = T.photo_id(k + 1)
        x = 124 + (k % 2) * 39
        y = 34 + (k // 2) * 37.5
        b.picture(picture_id, x, y, 37, 30)
        b.label(caption_id, x, y + 30.3, 37, 6, 6, align="left", text="")
    b.table(T.FIELDS, 10, 111, 190, 74, (), (23, 68, 23, 68), size=7.5, header=False, rows=14)
    b.label(T.HISTORY_TITLE, 10, 187, 190, 6, 9.5, True, align="left")
    b.table(T.HISTORY, 10, 193, 190, 91, T.EVENT_HEADERS, [h[2] for h in T.EVENT_HEADERS],
            size=7)
    b.footer(*A4)
    b.atlas('"page"')
    return b.layout


def house_booklet():
    b = Builder("house_booklet", A4)
    T = b.T
    b.header(A4[0], 15, "#000000")
    b.map(10, 28, 110, 80, 0.5)
    b.north_arrow(110, 30, 8, 11)
    b.scale_bar(12, 100, 44, 7, kilometres=False)
    b.legend(124, 28, 76, 20, 2, T.LEGEND_TITLES["house_booklet"][0])
    b.label(T.GRADE, 124, 49, 76, 11, 14, True, align="left", text="")
    b.label(T.SCREENING, 124, 60, 76, 7, 9, align="left", text="")
    b.label(T.MEASURES, 124, 67, 76, 41, 8, align="left", text="")
    b.table(T.FIELDS, 10, 111, 190, 64, (), (23, 68, 23, 68), size=7.5, header=False, rows=12)
    b.label(T.HISTORY_TITLE, 10, 177, 190, 6, 9.5, True, align="left")
    b.table(T.HISTORY, 10, 183, 190, 101, T.INSPECTION_HEADERS,
            [h[2] for h in T.INSPECTION_HEADERS], size=7)
    b.footer(*A4)
    b.atlas('"page"')
    return b.layout


LAYOUTS = {"monthly_bulletin": monthly_bulletin, "wall_map": wall_map,
           "case_booklet": case_booklet, "house_booklet": house_booklet}


def deterministic(text):
    """The template text with sorted attributes and the random item uuids replaced by
    numbered ones (the same uuid keeps the same number, so links between items hold)."""
    text = xmlsort.normalised(text)
    numbers = {}

    def number(match):
        key = match.group(0).lower()
        if key not in numbers:
            numbers[key] = "{00000000-0000-4000-8000-%012d}" % (len(numbers) + 1)
        return numbers[key]
    return UUID.sub(number, text)


def save(layout, path):
    from qgis.core import QgsReadWriteContext
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise SystemExit("cannot write %s" % path)
    with open(path, encoding="utf-8") as fh:
        text = deterministic(fh.read())
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def build(directory):
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    written = []
    for name, make in LAYOUTS.items():
        layout = make()
        path = os.path.join(directory, "%s.qpt" % name)
        save(layout, path)
        written.append(path)
        del layout
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=LAYOUTS_DIR)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for path in build(args.out):
        print(path)


if __name__ == "__main__":
    main()
