"""The pages of the report layouts: what binds each template to the project database
and fills its tables when the atlas moves to a page (used by plugin/reports/layouts.py).

One binding class per layout kind: the monthly bulletin and the wall map run over the
townships (a memory layer of the township_stats rows with the zones' polygons), the
case and house records over the cases of the ledger and the hazardous houses (memory
layers of their geometries, in ledger order, drawn as the current record's outline).
"""

import datetime
import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsTableCell,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF

from ..core import codes, reports, workflow
from ..core.assessment import OUTPUT_FIELDS
from ..core.priorities import gauss_kruger_epsg
from ..gis import layers as lw_layers
from ..i18n import tr
from ..store import report_queries
from . import layout_texts as T
from .ledgers import ReportCanceled, ReportError

# The font the templates name (on every Chinese Windows); where it is missing, the
# first installed CJK font (gis.layers.available_cjk_font) replaces it.
TEMPLATE_FONT = "Microsoft YaHei"
HIGHLIGHT_COLOUR = "#1f78b4"
LABEL_TINT = "#eeeeee"
ROW_TINT = "#fde0c5"
# Map scales a case record may use (the smallest that shows the whole case).
CASE_SCALES = (500, 1000, 2000, 5000, 10000, 25000, 50000)
HOUSE_SCALE = 2000


def item(layout, item_id):
    """The item of `layout` with the id `item_id` (a table: its frame's id), or None."""
    return layout.itemById(item_id)


def table(layout, item_id):
    """The table shown in the frame `item_id`, or None."""
    frame = layout.itemById(item_id)
    return frame.multiFrame() if frame is not None and hasattr(frame, "multiFrame") else None


# --- what every layout shares -------------------------------------------------------------------

def text_format(size, bold=False, colour="#000000"):
    fmt = QgsTextFormat()
    font = QFont(lw_layers.available_cjk_font() or TEMPLATE_FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    return fmt


def _cell(text, bold=False, background=None, size=None, table=None):
    cell = QgsTableCell(text)
    if bold or size is not None:
        base = table.contentTextFormat() if table is not None else text_format(size or 7.5)
        fmt = QgsTextFormat(base)
        font = fmt.font()
        font.setBold(bold)
        fmt.setFont(font)
        if size is not None:
            fmt.setSize(size)
        cell.setTextFormat(fmt)
    if background:
        cell.setBackgroundColor(QColor(background))
    return cell


def _label_format(label):
    fmt = QgsTextFormat()
    font = QFont(label.font())
    fmt.setFont(font)
    fmt.setSize(font.pointSizeF())
    return fmt


def text_width_mm(text, fmt):
    """Width in mm of one line of `text` in the font and size of the text format."""
    font = QFont(fmt.font())
    font.setPixelSize(1000)
    advance = QFontMetricsF(font).horizontalAdvance(text)
    return advance / 1000.0 * fmt.size() * 25.4 / 72.0


def wrap_text(text, width_mm, fmt):
    """`text` with line breaks so that no line is wider than `width_mm`: QGIS breaks
    lines only at spaces, and Chinese has none.  Latin words stay whole where they
    can; existing line breaks are kept."""
    if width_mm <= 0 or not text:
        return text
    limit = width_mm * 0.96
    out = []
    for paragraph in text.split("\n"):
        line = ""
        for ch in paragraph:
            if line and text_width_mm(line + ch, fmt) > limit:
                cut = line.rfind(" ")
                if ch != " " and ch.isascii() and ch.isalnum() and cut > 0 and \
                        line[-1].isascii():
                    out.append(line[:cut])
                    line = line[cut + 1:]
                else:
                    out.append(line.rstrip())
                    line = ""
                if ch == " " and not line:
                    continue
            line += ch
        out.append(line)
    return "\n".join(out)


def round_length(value):
    """The largest 1, 2 or 5 × 10ⁿ not above `value` (> 0)."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (5.0, 2.0, 1.0):
        if step * power <= value * (1 + 1e-9):
            return step * power
    return power


def _set_headers(manual_table, headers, lang):
    columns = []
    for pair in headers:
        columns.append(QgsLayoutTableColumn(T.pick(pair, lang)))
    manual_table.setHeaders(columns)


def map_crs(layer, transform_context):
    """The CRS the maps use: the layer's own when projected, else the CGCS2000
    Gauss–Krüger zone (without zone prefix) of the layer's centre."""
    crs = layer.crs()
    if not crs.isGeographic():
        return crs
    centre = layer.extent().center()
    geographic = QgsCoordinateReferenceSystem("EPSG:4490")
    if crs != geographic:
        transform = QgsCoordinateTransform(crs, geographic, transform_context)
        centre = transform.transform(centre)
    return QgsCoordinateReferenceSystem("EPSG:%d" % gauss_kruger_epsg(centre.x()))


class _Binding:
    """Binds one kind of layout to the project database and fills its pages."""

    kind = None

    def __init__(self, layout, context):
        self.layout = layout
        self.ctx = context
        self.lang = context.lang
        self.error = None
        self.inner_feedback = None
        self.coverage_layer = None

    # to override ------------------------------------------------------------------------
    def coverage(self):
        """(layer, sort expression): the atlas coverage; its features are the pages."""
        raise NotImplementedError

    def map_layers(self):
        raise NotImplementedError

    def fill(self, attributes):
        """Fill the page of the atlas feature with these attributes (a dict)."""

    def nothing_message(self):
        return tr("Nothing to print.")

    # shared -----------------------------------------------------------------------------
    def prepare(self):
        layer, sort = self.coverage()
        self.coverage_layer = layer
        atlas = self.layout.atlas()
        atlas.setCoverageLayer(layer)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        atlas.setSortFeatures(True)
        atlas.setSortExpression(sort)
        atlas.setSortAscending(True)
        atlas.setFilterFeatures(False)
        self.bind_map()
        self.bind_legend()
        return atlas.updateFeatures()

    def bind_map(self):
        the_map = item(self.layout, T.MAP)
        if not isinstance(the_map, QgsLayoutItemMap):
            return
        zones = self.ctx.layer("zones")
        the_map.setCrs(map_crs(zones, self.ctx.project.transformContext()))
        the_map.setLayers(self.map_layers())
        the_map.setKeepLayerSet(True)
        the_map.setAtlasDriven(True)
        for it in (item(self.layout, T.SCALE_BAR), item(self.layout, T.NORTH_ARROW)):
            if isinstance(it, (QgsLayoutItemScaleBar, QgsLayoutItemPicture)):
                it.setLinkedMap(the_map)
                # no map label under them
                the_map.addLabelBlockingItem(it)
        self.the_map = the_map

    def legend_layer(self):
        return self.ctx.layer("violations")

    def bind_legend(self):
        legend = item(self.layout, T.LEGEND)
        the_map = item(self.layout, T.MAP)
        if not isinstance(legend, QgsLayoutItemLegend):
            return
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        node = root.addLayer(self.legend_layer())
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
        if isinstance(the_map, QgsLayoutItemMap):
            legend.setLinkedMap(the_map)
        # Every class, always: filtering by the map's content costs a second
        # rendering of every page (four times the export time of a bulletin).
        legend.setLegendFilterByMapEnabled(False)
        legend.updateLegend()

    def highlight_layer(self, layer, point=False):
        """`layer` drawn as the current atlas feature's outline only."""
        if point:
            symbol = QgsMarkerSymbol.createSimple({
                "name": "circle", "color": "0,0,0,0", "outline_color": HIGHLIGHT_COLOUR,
                "outline_width": "0.8", "size": "5"})
        else:
            symbol = QgsFillSymbol.createSimple({
                "color": "0,0,0,0", "outline_color": HIGHLIGHT_COLOUR, "outline_width": "0.9"})
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "$id = @atlas_featureid"))
        layer.setRenderer(QgsRuleBasedRenderer(root))

    def page(self, feature):
        """Slot of atlas.featureChanged: fill the new page (errors end the export)."""
        if self.error is not None or not feature.attributes():
            return
        try:
            names = self.coverage_layer.fields().names()
            self.fill(dict(zip(names, feature.attributes())))
            self.round_scale_bar()
        except Exception as exc:  # an error in a slot must stop the export, not vanish
            self.error = exc if isinstance(exc, (ReportError, ReportCanceled)) else \
                ReportError(tr("Page {} could not be filled: {}").format(feature.id(), exc))
            if self.inner_feedback is not None:
                self.inner_feedback.cancel()

    def round_scale_bar(self):
        """Segments of a round length (1, 2 or 5 × 10ⁿ) for the page's map scale, the
        bar about a quarter of the map's width (the atlas has just set the scale)."""
        bar = item(self.layout, T.SCALE_BAR)
        the_map = getattr(self, "the_map", None)
        if not isinstance(bar, QgsLayoutItemScaleBar) or the_map is None:
            return
        ground_m = the_map.rect().width() * the_map.scale() / 1000.0 / 4.0   # map mm → m
        per_unit = 1000.0 if bar.units() == QgsUnitTypes.DistanceKilometers else 1.0
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
        bar.setUnitsPerSegment(round_length(ground_m / max(1, bar.numberOfSegments()) / per_unit))
        bar.update()

    def set_rows(self, item_id, rows, highlight=None, tint_columns=()):
        """Content of a manual table: rows of texts, wrapped to the column widths;
        `highlight` the index of a row to show bold on a tint; `tint_columns` columns
        shown on grey (the labels of a field table)."""
        manual = table(self.layout, item_id)
        if not isinstance(manual, QgsLayoutItemManualTable):
            return
        widths = list(manual.columnWidths())
        if not rows:
            rows = [[""] * max(1, len(widths))]
        font = manual.contentTextFormat()
        contents = []
        for i, row in enumerate(rows):
            mark = highlight is not None and i == highlight
            cells = []
            for k, value in enumerate(row):
                text = wrap_text(str(value), widths[k] if k < len(widths) else 0, font)
                background = ROW_TINT if mark else LABEL_TINT if k in tint_columns else None
                cells.append(_cell(text, bold=mark, background=background, table=manual))
            contents.append(cells)
        manual.setTableContents(contents)

    def set_text(self, item_id, text, colour=None):
        label = item(self.layout, item_id)
        if isinstance(label, QgsLayoutItemLabel):
            width = label.rect().width() - 2 * label.marginX() - 1.0
            label.setText(wrap_text(text, width, _label_format(label)))
            if colour is not None:
                label.setFontColor(QColor(colour))

    def translate_headers(self, item_id, headers):
        manual = table(self.layout, item_id)
        if isinstance(manual, QgsLayoutItemManualTable):
            _set_headers(manual, [(h[0], h[1]) for h in headers], self.lang)

    def release(self):
        self.coverage_layer = None
        self.layout = None


# --- the monthly bulletin and the wall map: one page per township ------------------------------

class _TownshipPages(_Binding):
    def coverage(self):
        ctx = self.ctx
        zones = ctx.layer("zones")
        rows = [r for r in ctx.stats_rows if r.get("zone_code")]
        self.by_code = {r["zone_code"]: r for r in rows}
        wanted = sorted(code for code in self.by_code
                        if reports.touches_scope(code, ctx.prefixes))
        layer = QgsVectorLayer("MultiPolygon?crs=%s" % zones.crs().authid(),
                               "township_stats", "memory")
        types = {"text": QVariant.String, "int": QVariant.Int, "real": QVariant.Double}
        layer.dataProvider().addAttributes([QgsField(n, types[k]) for n, k in OUTPUT_FIELDS])
        layer.updateFields()
        geometries = {}
        if wanted:
            request = QgsFeatureRequest().setFilterExpression(
                '"zone_code" IN (%s)' % ", ".join("'%s'" % c for c in wanted))
            for f in zones.getFeatures(request):
                geometries[f["zone_code"]] = QgsGeometry(f.geometry())
        features = []
        for code in wanted:
            row = self.by_code[code]
            f = QgsFeature(layer.fields())
            f.setAttributes([row.get(n) for n, _ in OUTPUT_FIELDS])
            if code in geometries:
                f.setGeometry(geometries[code])
            features.append(f)
        layer.dataProvider().addFeatures(features)
        ctx.project.addMapLayer(layer, False)
        self.ranking = sorted(rows, key=lambda r: (r.get("rank") is None, r.get("rank") or 0,
                                                   r["zone_code"]))
        return layer, '"zone_code"'

    def bind_map(self):
        super().bind_map()
        the_map = getattr(self, "the_map", None)
        if the_map is None:
            return
        the_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
        # Only the township's own cases: the others are clipped away.
        clipping = the_map.atlasClippingSettings()
        clipping.setEnabled(True)
        clipping.setRestrictToLayers(True)
        clipping.setLayersToClip([self.ctx.layer("violations")])

    def map_layers(self):
        return [self.ctx.layer("zones"), self.ctx.layer("violations")]

    def nothing_message(self):
        if not self.ctx.stats_rows:
            return tr("No township statistics were given.")
        return tr("No township lies in the zones {}.").format(", ".join(self.ctx.zone_codes))


class _Bulletin(_TownshipPages):
    kind = "monthly_bulletin"

    def prepare(self):
        self.translate_headers(T.INDICATORS, T.INDICATOR_HEADERS)
        self.translate_headers(T.RANKING, [(T.indicator_label(n, "zh"), T.indicator_label(n, "en"))
                                           for n, _w in T.RANKING_COLUMNS])
        return super().prepare()

    def fill(self, attributes):
        code = attributes["zone_code"]
        row = self.by_code[code]
        lang = self.lang
        self.set_rows(T.INDICATORS, [[T.indicator_label(n, lang), T.format_value(n, row.get(n), lang)]
                                     for n in T.INDICATOR_ROWS])
        ranking = self.ranking
        limit = T.RANKING_MAX_ROWS
        if len(ranking) > limit:
            shown = ranking[:limit]
            if row not in shown:
                shown = ranking[:limit - 1] + [row]
            ranking = shown
        self.set_rows(T.RANKING, [[T.format_value(n, r.get(n), lang) for n, _w in T.RANKING_COLUMNS]
                                  for r in ranking],
                      highlight=next(i for i, r in enumerate(ranking) if r["zone_code"] == code))


class _WallMap(_TownshipPages):
    kind = "wall_map"

    def prepare(self):
        self.translate_headers(T.SUMMARY, T.SUMMARY_HEADERS)
        self.translate_headers(T.CASE_LIST, [(h[0], h[1]) for h in T.CASE_LIST_HEADERS])
        self.label_open_cases(self.ctx.layer("violations"))
        return super().prepare()

    def label_open_cases(self, layer):
        """The wall map names every open case by its short number (year-serial)."""
        settings = QgsPalLayerSettings()
        closed = ", ".join("'%s'" % s for s in workflow.CLOSED_STATES)
        settings.fieldName = ("CASE WHEN \"status\" NOT IN (%s) THEN "
                              "regexp_replace(\"case_id\", '^[0-9]+-', '') END" % closed)
        settings.isExpression = True
        # around the case, where there is room (never over another label)
        settings.placement = QgsPalLayerSettings.AroundPoint
        settings.dist = 0.3
        fmt = text_format(5.5)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.6)
        buffer.setColor(QColor("#ffffff"))
        fmt.setBuffer(buffer)
        settings.setFormat(fmt)
        settings.priority = 6
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

    def fill(self, attributes):
        code = attributes["zone_code"]
        row = self.by_code[code]
        lang = self.lang
        self.set_rows(T.SUMMARY, [[T.indicator_label(n, lang), T.format_value(n, row.get(n), lang)]
                                  for n in T.SUMMARY_ROWS])
        cases = [c for c in report_queries.case_ledger_rows(self.ctx.con, self.ctx.period, [code])
                 if c["status"] not in workflow.CLOSED_STATES]
        end = self.ctx.period.end
        cases.sort(key=lambda c: (c["deadline"] is None or c["deadline"] >= end,
                                  c["deadline"] or datetime.date.max, c["case_id"]))
        shown = cases[:T.CASE_LIST_MAX_ROWS]
        self.set_rows(T.CASE_LIST, [["□", T.case_label(c["case_id"]), c.get("village_name") or "",
                                     codes.CASE_STATUS.label(c["status"], lang),
                                     T.date_text(c.get("deadline"))] for c in shown])
        left = len(cases) - len(shown)
        if lang == "zh":
            note = "在办案件共 %d 宗" % len(cases) + ("，另有 %d 宗见案件台账" % left if left else "")
        else:
            note = "%d open case(s)" % len(cases) + ("; %d more in the case ledger" % left
                                                     if left else "")
        self.set_text(T.CASE_LIST_NOTE, note)


# --- the records: one page per case or house ---------------------------------------------------

class _Records(_Binding):
    table_name = None
    key = None

    def rows(self):
        raise NotImplementedError

    def coverage(self):
        ctx = self.ctx
        source = ctx.layer(self.table_name)
        self.records = {}
        order = []
        for r in self.rows():
            self.records[r[self.key]] = r
            order.append(r[self.key])
        kind = "Point" if self.table_name == "houses" else "MultiPolygon"
        layer = QgsVectorLayer("%s?crs=%s&field=page:integer&field=%s:string(40)"
                               % (kind, source.crs().authid(), self.key),
                               "%s_pages" % self.table_name, "memory")
        geometries = {}
        for chunk in range(0, len(order), 500):
            keys = order[chunk:chunk + 500]
            request = QgsFeatureRequest().setFilterExpression(
                '"%s" IN (%s)' % (self.key, ", ".join("'%s'" % k.replace("'", "''") for k in keys)))
            request.setSubsetOfAttributes([self.key], source.fields())
            for f in source.getFeatures(request):
                geometries[f[self.key]] = QgsGeometry(f.geometry())
        features = []
        for n, key in enumerate(order, 1):
            f = QgsFeature(layer.fields())
            f.setAttributes([n, key])
            if key in geometries:
                f.setGeometry(geometries[key])
            features.append(f)
        layer.dataProvider().addFeatures(features)
        self.highlight_layer(layer, point=self.table_name == "houses")
        ctx.project.addMapLayer(layer, False)
        return layer, '"page"'

    def map_layers(self):
        # the pages layer draws the current record's outline on top
        return [self.coverage_layer, self.ctx.layer("zones"), self.ctx.layer("houses"),
                self.ctx.layer("violations")]


class _CaseBooklet(_Records):
    kind = "case_booklet"
    table_name = "violations"
    key = "case_id"

    def rows(self):
        return report_queries.case_ledger_rows(self.ctx.con, self.ctx.period, self.ctx.zone_codes)

    def nothing_message(self):
        if self.ctx.zone_codes:
            return tr("No case of the period {} to {} in the zones {}: nothing to print.").format(
                self.ctx.period.start, self.ctx.period.end, ", ".join(self.ctx.zone_codes))
        return tr("No case of the period {} to {}: nothing to print.").format(
            self.ctx.period.start, self.ctx.period.end)

    def prepare(self):
        self.translate_headers(T.HISTORY, [(h[0], h[1]) for h in T.EVENT_HEADERS])
        pages = super().prepare()
        self.the_map.setAtlasScalingMode(QgsLayoutItemMap.Predefined)
        self.layout.renderContext().setPredefinedScales(list(CASE_SCALES))
        return pages

    def map_layers(self):
        return [self.coverage_layer, self.ctx.layer("zones"), self.ctx.layer("violations")]

    def fill(self, attributes):
        case_id = attributes[self.key]
        case = self.records[case_id]
        lang, con = self.lang, self.ctx.con
        self.set_rows(T.FIELDS, T.field_rows("violations", case, T.CASE_FIELD_PAIRS, lang),
                      tint_columns=(0, 2))
        events = report_queries.case_events(con, case_id, until=self.ctx.period.end)
        self.set_rows(T.HISTORY, T.clip_rows(T.event_rows(events, lang), T.EVENT_MAX_ROWS, lang))
        photos = report_queries.photos(con, "violations", case_id, limit=T.PHOTO_COUNT)
        for k in range(1, T.PHOTO_COUNT + 1):
            picture_id, caption_id = T.photo_id(k)
            picture = item(self.layout, picture_id)
            if k <= len(photos):
                path = self.write_photo(photos[k - 1], k)
                caption = T.photo_caption(photos[k - 1], lang)
            else:
                path, caption = "", ""
            if isinstance(picture, QgsLayoutItemPicture):
                picture.setPicturePath(path)
            self.set_text(caption_id, caption)
        if not photos:
            self.set_text(T.photo_id(1)[1], "（无照片）" if lang == "zh" else "(no photos)")

    def write_photo(self, photo, k):
        name = photo.get("file_name") or "photo"
        ext = os.path.splitext(name)[1].lower() or ".jpg"
        path = os.path.join(self.ctx.work, "%s_%d%s" % (photo["attachment_id"], k, ext))
        with open(path, "wb") as fh:
            fh.write(photo.get("content") or b"")
        return path


class _HouseBooklet(_Records):
    kind = "house_booklet"
    table_name = "houses"
    key = "house_id"
    EXTRA = ("plan", "basement_storeys", "appraisal_agency", "appraised_on", "business_types",
             "area_type")

    def rows(self):
        houses = [h for h in report_queries.house_ledger_rows(
            self.ctx.con, self.ctx.period, self.ctx.zone_codes) if T.hazardous(h)]
        extra = {}
        ids = [h["house_id"] for h in houses]
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            for values in self.ctx.con.execute(
                    "SELECT house_id, %s FROM houses WHERE house_id IN (%s)"
                    % (", ".join(self.EXTRA), ", ".join("?" * len(part))), part):
                extra[values[0]] = dict(zip(self.EXTRA, values[1:]))
        for h in houses:
            h.update(extra.get(h["house_id"], {}))
        return houses

    def nothing_message(self):
        if self.ctx.zone_codes:
            return tr("No house with a hazard or appraised C or D in the zones {}: nothing "
                      "to print.").format(", ".join(self.ctx.zone_codes))
        return tr("No house with a hazard or appraised C or D: nothing to print.")

    def legend_layer(self):
        return self.ctx.layer("houses")

    def prepare(self):
        self.translate_headers(T.HISTORY, [(h[0], h[1]) for h in T.INSPECTION_HEADERS])
        pages = super().prepare()
        # a point has no extent: the map keeps its scale and centres on the house
        self.the_map.setAtlasScalingMode(QgsLayoutItemMap.Fixed)
        self.the_map.setScale(HOUSE_SCALE)
        return pages

    def map_layers(self):
        return [self.coverage_layer, self.ctx.layer("houses"), self.ctx.layer("zones"),
                self.ctx.layer("violations")]

    def fill(self, attributes):
        house_id = attributes[self.key]
        house = self.records[house_id]
        lang = self.lang
        grade = house.get("appraisal_grade")
        self.set_text(T.GRADE, T.grade_text(house, lang),
                      T.GRADE_COLOURS.get(grade, T.NO_GRADE_COLOUR))
        self.set_text(T.SCREENING, T.screening_text(house, lang))
        self.set_text(T.MEASURES, T.measures_text(house, lang))
        self.set_rows(T.FIELDS, T.field_rows("houses", house, T.HOUSE_FIELD_PAIRS, lang),
                      tint_columns=(0, 2))
        inspections = report_queries.house_inspections(self.ctx.con, house_id,
                                                       until=self.ctx.period.end)
        self.set_rows(T.HISTORY, T.clip_rows(T.inspection_rows(inspections, lang),
                                             T.INSPECTION_MAX_ROWS, lang))


BINDINGS = {"monthly_bulletin": _Bulletin, "wall_map": _WallMap, "case_booklet": _CaseBooklet,
            "house_booklet": _HouseBooklet}
