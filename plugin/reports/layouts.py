"""The print layouts of the reports: monthly bulletin, wall map, case and house records.

The layouts are QGIS print layout templates, resources/layouts/<kind>.qpt, built by
scripts/build_layouts.py.  `register_template_folder()` puts that folder on QGIS's
template search path, so that they appear under "New from template" of the layout
manager, where users can open, adapt and save them again.  `export_layout()` makes a
report from one of them:

1. the project database's layers are loaded, styled from its layer_styles table
   (gis.layers.load_project for a GeoPackage; QGIS "postgres" layers of the county
   schema's tables for a PostGIS reference, store/dbref.py), into a project of their
   own (the user's project is left alone);
2. the template becomes a QgsPrintLayout of that project; its map, legend, scale bar
   and north arrow are bound to the layers, in the CGCS2000 Gauss–Krüger zone of the
   county when the data are in degrees;
3. the atlas runs over the townships (the rows of liangwei:township_stats, in
   township code order) or over the cases / houses of the report, limited to the
   zone codes asked for; the tables of each page (indicators, ranking, open cases,
   fields, history, photos) are filled from the statistics rows and the database
   (store/report_queries.py) when the atlas moves to the page;
4. QgsLayoutExporter writes one PDF (one page per atlas feature) into a temporary
   file that replaces the output only when complete.

Figures and texts come from plugin/reports/layout_texts.py.  Main thread only.
"""

import datetime
import os
import shutil
import tempfile

from qgis.core import (
    QgsApplication,
    QgsCentroidFillSymbolLayer,
    QgsDataSourceUri,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemScaleBar,
    QgsLayoutTable,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRenderContext,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ..core import codes, reports
from ..gis import layers as lw_layers
from .files import usual_permissions
from ..i18n import tr
from ..store import dbref, report_queries, schema
from . import layout_texts as T
from .layout_pages import BINDINGS, TEMPLATE_FONT, item, map_crs, text_format
from .ledgers import ReportCanceled, ReportError
from .templates import LAYOUTS_DIR, register_template_folder, unregister_template_folder

# Beyond this scale (1:DOT_SCALE) every case is also drawn as a dot.
DOT_SCALE = 8000
# Share of the progress (%) the preparation takes before the pages are written.
PREPARED = 10
__all__ = ("TEMPLATE_FONT", "export_layout", "load_layout", "register_template_folder",
           "unregister_template_folder", "template_path", "report_template")


def template_path(kind):
    """The shipped template of a layout kind (layout_texts.KINDS)."""
    if kind not in T.KINDS:
        raise ValueError("unknown layout %r (one of %s)" % (kind, ", ".join(T.KINDS)))
    return os.path.join(LAYOUTS_DIR, "%s.qpt" % kind)


def user_templates_dir():
    """The profile's own template folder (where the layout designer's "Save as
    Template" and the layout manager look first)."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "composer_templates")


def report_template(kind):
    """The template a report uses: the user's adapted copy when the profile's template
    folder holds one of the same name (<kind>.qpt), else the shipped one."""
    own = os.path.join(user_templates_dir(), "%s.qpt" % kind)
    return own if os.path.isfile(own) else template_path(kind)


# --- loading a template -----------------------------------------------------------------------

def load_layout(kind, project, lang="zh", name=None, path=None):
    """A QgsPrintLayout of `project` made from the template of `kind` (or the .qpt at
    `path`), with its texts in `lang` and fonts that are installed."""
    path = path or template_path(kind)
    with open(path, encoding="utf-8") as fh:
        doc = QDomDocument()
        ok = doc.setContent(fh.read())
    if not ok:
        raise ReportError(tr("{} is not a QGIS layout template.").format(path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not ok:
        raise ReportError(tr("The layout template {} cannot be loaded.").format(path))
    layout.setName(name or kind)
    if lang != "zh":
        translate(layout, kind, lang)
    use_installed_fonts(layout)
    return layout


def translate(layout, kind, lang):
    """Put the `lang` texts of layout_texts into the layout's labels and legend title
    where they still hold the template's Chinese text (a text a user changed in an
    adapted template stays as written)."""
    for item_id, pair in T.TEXTS.get(kind, {}).items():
        label = item(layout, item_id)
        if isinstance(label, QgsLayoutItemLabel) and label.text() == pair[0]:
            label.setText(T.pick(pair, lang))
    legend = item(layout, T.LEGEND)
    pair = T.LEGEND_TITLES.get(kind)
    if isinstance(legend, QgsLayoutItemLegend) and pair and legend.title() == pair[0]:
        legend.setTitle(T.pick(pair, lang))


def _installed(family):
    return family in set(QFontDatabase().families())


def use_installed_fonts(layout, family=None):
    """Replace every font of the layout that is not installed by `family` (default:
    the first installed CJK font).  Returns the family used, or None."""
    family = family or lw_layers.available_cjk_font()
    if family is None:
        return None
    installed = set(QFontDatabase().families())

    def fix_format(fmt):
        font = fmt.font()
        if font.family() in installed:
            return None
        font.setFamily(family)
        fmt.setFont(font)
        fmt.setNamedStyle("")
        return fmt

    for it in layout.items():
        if isinstance(it, QgsLayoutItemLabel):
            if hasattr(it, "textFormat"):          # QGIS 3.24+
                fmt = fix_format(it.textFormat())
                if fmt is not None:
                    it.setTextFormat(fmt)
            elif it.font().family() not in installed:
                font = QFont(it.font())
                font.setFamily(family)
                it.setFont(font)
        elif isinstance(it, QgsLayoutItemLegend):
            for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                          QgsLegendStyle.SymbolLabel):
                font = it.styleFont(style)
                if font.family() not in installed:
                    font.setFamily(family)
                    it.setStyleFont(style, font)
        elif isinstance(it, QgsLayoutItemScaleBar):
            fmt = fix_format(it.textFormat())
            if fmt is not None:
                it.setTextFormat(fmt)
    for frame_table in layout.multiFrames():
        if isinstance(frame_table, QgsLayoutTable):
            for getter, setter in (("headerTextFormat", "setHeaderTextFormat"),
                                   ("contentTextFormat", "setContentTextFormat")):
                fmt = fix_format(getattr(frame_table, getter)())
                if fmt is not None:
                    getattr(frame_table, setter)(fmt)
    return family


# --- exporting ----------------------------------------------------------------------------------

def export_layout(report, output_path, db_path, period, zone_codes, stats_rows, settings,
                  feedback=None, lang="zh", today=None, template=None):
    """Write the PDF report `report` (layout_texts.KINDS) to `output_path`.

    db_path: the project database; period: assessment.Period; zone_codes: township
    (or village) codes limiting the pages (empty: the whole county); stats_rows: the
    rows of liangwei:township_stats for the period at township level (dicts keyed by
    its field names) — every figure of the bulletin and the wall map is one of them;
    settings: the database settings (county_name, issuing_unit); feedback: a
    QgsFeedback for progress and cancel; lang: "zh" or "en"; today: the issuing date
    (default today); template: the .qpt to use (default: report_template(report), the
    user's adapted copy or the shipped one).

    Returns {"path", "report", "pages", "template"}.  Raises ReportCanceled on a cancel and
    ReportError when there is nothing to print or the export fails; no output file
    is left then (an existing one is kept unchanged)."""
    lang = "zh" if str(lang).lower().startswith("zh") else "en"
    if report not in T.KINDS:
        raise ReportError(tr("Unknown layout report {} (one of {}).").format(
            report, ", ".join(T.KINDS)))
    output_path = os.path.abspath(str(output_path))
    if not output_path.lower().endswith(".pdf"):
        raise ReportError(tr("A layout report is saved as a .pdf file: {}").format(output_path))
    folder = os.path.dirname(output_path)
    if not os.path.isdir(folder):
        raise ReportError(tr("The folder {} does not exist.").format(folder))
    if period.start > period.end:
        raise ReportError(tr("The period starts ({}) after it ends ({}).").format(
            period.start, period.end))
    outer = feedback

    def step(percent):
        """Progress of the preparation; a cancel stops it."""
        if outer is not None:
            if outer.isCanceled():
                raise ReportCanceled(tr("Canceled: no report was written."))
            outer.setProgress(percent)
    step(0)

    work = tempfile.mkdtemp(prefix="liangwei-layout-")
    fd, partial = tempfile.mkstemp(suffix=".pdf", prefix=".liangwei-report-", dir=folder)
    os.close(fd)
    project = QgsProject()
    layout = binding = con = None
    try:
        con = report_queries.connect(db_path)
        unknown = report_queries.check_zone_codes(con, zone_codes)
        if unknown:
            raise ReportError(tr("The project database has no zones with the codes {}.")
                              .format(", ".join(unknown)))
        load_layers(db_path, project, lang)
        step(PREPARED / 3)
        # The project needs a CRS before a map item is read: QGIS 3.22 can crash
        # computing a map's expression context with an invalid one.
        project.setCrs(map_crs(layer_for(project, db_path, "zones"),
                               project.transformContext()))
        print_styles(project, db_path)
        template = template or report_template(report)
        layout = load_layout(report, project, lang, path=template)
        context = _Context(db_path, con, project, period, zone_codes, stats_rows,
                           dict(settings or {}), lang, today or datetime.date.today(), work)
        binding = BINDINGS[report](layout, context)
        step(PREPARED * 2 / 3)
        pages = binding.prepare()
        if pages == 0:
            raise ReportError(binding.nothing_message())
        _set_variables(layout, context)
        step(PREPARED)
        inner = QgsFeedback()
        if outer is not None:
            outer.canceled.connect(inner.cancel)
            inner.progressChanged.connect(
                lambda p: outer.setProgress(PREPARED + (100 - PREPARED) * p / 100.0))
        binding.inner_feedback = inner
        atlas = layout.atlas()
        atlas.featureChanged.connect(binding.page)
        try:
            result, error = QgsLayoutExporter.exportToPdf(atlas, partial, pdf_settings(), inner)
        finally:
            atlas.featureChanged.disconnect(binding.page)
            if outer is not None:
                outer.canceled.disconnect(inner.cancel)
        if binding.error is not None:
            raise binding.error
        if result == QgsLayoutExporter.Canceled or (outer is not None and outer.isCanceled()):
            raise ReportCanceled(tr("Canceled: no report was written."))
        if result != QgsLayoutExporter.Success:
            raise ReportError(tr("The PDF could not be written ({}).").format(error or result))
        usual_permissions(partial)
        os.replace(partial, output_path)
        partial = None
        return {"path": output_path, "report": report, "pages": pages, "template": template}
    finally:
        if con is not None:
            con.close()
        if partial and os.path.exists(partial):
            os.remove(partial)
        if binding is not None:
            binding.release()
        binding = None
        if layout is not None:
            layout.atlas().setCoverageLayer(None)
            del layout
        project.removeAllMapLayers()
        project.clear()
        shutil.rmtree(work, ignore_errors=True)


def load_layers(db_path, project, lang):
    """The layers of the database `db_path` (a dbref reference) in `project`: the
    plugin's styled layer group of a GeoPackage; for a PostGIS county schema, a QGIS
    "postgres" layer of each of its layer tables (QGIS styles them from the schema's
    layer_styles, where the schema keeps its default styles)."""
    if not dbref.is_postgis_ref(db_path):
        lw_layers.load_project(db_path, project, lang=lang)
        return
    ref = dbref.parse(db_path)
    for table in schema.LAYER_TABLES:
        t = schema.table(table)
        uri = QgsDataSourceUri(ref.conninfo)
        uri.setDataSource(ref.schema, table, schema.GEOMETRY_COLUMN if t.geometry else None,
                          "", t.pk)
        layer = QgsVectorLayer(uri.uri(False), lw_layers.table_label(table, lang), "postgres")
        if not layer.isValid():
            raise ReportError(tr("The table {} of the PostGIS county database {} cannot be "
                                 "opened as a layer.").format(table, ref.label()))
        # As load_project does: labels in the report's language, a CJK label font,
        # and the layer tree in the order of LAYER_TABLES (the first drawn on top).
        lw_layers.translate_layer(layer, table, lang)
        lw_layers.use_available_label_font(layer)
        project.addMapLayer(layer, False)
        project.layerTreeRoot().addLayer(layer)


def layer_for(project, db_path, table):
    """The layer of `table` of the database `db_path` in the report's project."""
    if not dbref.is_postgis_ref(db_path):
        return lw_layers.layer_for(project, db_path, table)
    ref = dbref.parse(db_path)
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "postgres":
            uri = QgsDataSourceUri(layer.source())
            if uri.schema() == ref.schema and uri.table() == table:
                return layer
    return None


def print_styles(project, db_path):
    """What the printed maps need beyond the database's styles: every case also as a
    dot in its status colour when the map is small-scale (a 15 m building is a speck
    at 1:50,000), township and village names at every scale, no county outline."""
    violations = layer_for(project, db_path, "violations")
    renderer = violations.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            symbol = rule.symbol()
            if symbol is None or rule.ruleKey() == "priority":
                continue
            dot = QgsCentroidFillSymbolLayer()
            dot.setPointOnSurface(True)
            dot.setSubSymbol(QgsMarkerSymbol.createSimple({
                "name": "circle", "color": symbol.color().name(), "size": "1.1",
                "outline_color": "#404040", "outline_width": "0.1"}))
            dot.setDataDefinedProperty(QgsSymbolLayer.PropertyLayerEnabled,
                                       QgsProperty.fromExpression("@map_scale > %d" % DOT_SCALE))
            symbol.appendSymbolLayer(dot)
    zones = layer_for(project, db_path, "zones")
    renderer = zones.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        root = renderer.rootRule()
        for rule in list(root.children()):
            if rule.ruleKey() == "level:county":
                root.removeChild(rule)
    root = QgsRuleBasedLabeling.Rule(None)
    for levels, size, bold, colour, priority in (
            (codes.TOWNSHIP_LEVELS, 9, True, "#4a2a7a", 8),
            (codes.VILLAGE_LEVELS, 6.5, False, "#505050", 5)):
        settings = QgsPalLayerSettings()
        settings.fieldName = "zone_name"
        settings.placement = QgsPalLayerSettings.Horizontal
        settings.priority = priority
        fmt = text_format(size, bold, colour)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.7)
        buffer.setColor(QColor("#ffffff"))
        fmt.setBuffer(buffer)
        settings.setFormat(fmt)
        root.appendChild(QgsRuleBasedLabeling.Rule(
            settings, 0, 0, '"level" IN (%s)' % ", ".join("'%s'" % l for l in levels)))
    zones.setLabeling(QgsRuleBasedLabeling(root))
    zones.setLabelsEnabled(True)


def pdf_settings():
    settings = QgsLayoutExporter.PdfExportSettings()
    # Real text (searchable, copyable, and what pdftotext reads), not outlines.
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.simplifyGeometries = True
    settings.exportMetadata = True
    settings.appendGeoreference = False
    return settings


def _set_variables(layout, context):
    s = context.settings
    values = {
        "lw_county_name": s.get("county_name") or s.get("county_code") or "",
        "lw_issuing_unit": s.get("issuing_unit") or s.get("county_name") or "",
        "lw_period_start": context.period.start.isoformat(),
        "lw_period_end": context.period.end.isoformat(),
        "lw_report_date": T.report_date_text(context.today, context.lang),
    }
    for name, value in values.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    for it in layout.items():
        if isinstance(it, QgsLayoutItemLabel):
            it.refresh()


class _Context:
    def __init__(self, db_path, con, project, period, zone_codes, stats_rows, settings, lang,
                 today, work):
        self.db_path, self.con, self.project = db_path, con, project
        self.period, self.zone_codes = period, list(zone_codes or [])
        self.prefixes = reports.scope_prefixes(self.zone_codes)
        self.stats_rows = [{k: reports.plain(v) for k, v in r.items()} for r in stats_rows or ()]
        self.settings, self.lang, self.today, self.work = settings, lang, today, work

    def layer(self, table):
        return layer_for(self.project, self.db_path, table)


