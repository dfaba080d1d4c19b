#!/usr/bin/env python3
"""Generate the default layer styles, resources/styles/<table>.qml.

Every style is built with the QGIS API from the schema (plugin/store/schema.py) and
the enumerations (plugin/core/codes.py): field aliases, editor widgets and forms come
from plugin/gis/layers.py (the same code the plugin runs), the symbology and labels
from this file.  gpkg.create() stores the files in each new database's layer_styles
table, so every QGIS shows the layers styled.  The files are committed; the test
tests/test_styles_forms.py fails when they are out of date.

Run under QGIS's Python:
    /usr/bin/python3 scripts/build_styles.py            # write resources/styles
    /usr/bin/python3 scripts/build_styles.py --check    # exit 1 when out of date
    /usr/bin/python3 scripts/build_styles.py --out DIR  # write elsewhere
"""

import argparse
import atexit
import os
import shutil
import sys
import tempfile

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "liangwei"


def _import_path():
    """Make this repository importable as the package `liangwei` (through a
    temporary symlink, so the repository root itself never goes on sys.path)."""
    try:
        import liangwei  # noqa: F401
        paths = [os.path.realpath(p) for p in getattr(liangwei, "__path__", [])]
        if os.path.realpath(REPO_ROOT) in paths:
            return
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]
    except ImportError:
        pass
    folder = tempfile.mkdtemp(prefix="liangwei-styles-")
    os.symlink(REPO_ROOT, os.path.join(folder, PACKAGE), target_is_directory=True)
    sys.path.insert(0, folder)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)


_import_path()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsReadWriteContext,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402
from qgis.PyQt.QtXml import QDomDocument  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xmlsort  # noqa: E402

from liangwei.plugin.core import codes, workflow  # noqa: E402
from liangwei.plugin.gis import layers as lw_layers  # noqa: E402
from liangwei.plugin.store import gpkg, schema  # noqa: E402

STYLES_DIR = os.path.join(REPO_ROOT, "resources", "styles")
STYLED_TABLES = tuple(t.name for t in schema.TABLES)

# Microsoft YaHei is on every Chinese Windows; elsewhere Qt substitutes a CJK font.
FONT_FAMILY = "Microsoft YaHei"

# Case states: open ones warm (yellow → dark red as the procedure advances),
# demolished / reused / closed grey-green, legalised blue, kept lilac, not filed grey.
STATUS_COLOURS = {
    "clue": "#ffe066",
    "verified": "#fdb863",
    "filed": "#f99d59",
    "investigating": "#f4793e",
    "notified": "#ec5f2c",
    "decided": "#e0401f",
    "reminded": "#c9261c",
    "announced": "#a50f15",
    "self_demolished": "#9dbf9e",
    "forced_demolished": "#7fa382",
    "reused": "#5aae61",
    "legalised": "#92c5de",
    "kept_temporary": "#c2a5cf",
    "closed": "#8a9a8c",
    "not_filed": "#d9d9d9",
}
PRIORITY_COLOUR = "#e31a1c"
# Cases that need no more enforcement lose the priority emphasis.
FINISHED_STATES = tuple(s for s in codes.CASE_STATUS.codes
                        if s in workflow.CLOSED_STATES or s in workflow.DEMOLISHED_STATES
                        or s == "legalised")

GRADE_COLOURS = {"A": "#1a9641", "B": "#ffd700", "C": "#fd8d3c", "D": "#d7191c"}
UNGRADED_COLOUR = "#9e9e9e"
SERIOUS_RING_COLOUR = "#000000"

ZONE_COLOUR = "#6a3d9a"
GRID_COLOUR = "#8c8c8c"
# (rule key, levels, outline width mm, pen style, label size pt, bold,
#  label scale range: most zoomed-out, most zoomed-in (0 = no limit)).  Larger
# units hide their names when zoomed far in, where they would crowd out the
# villages' (all labels of a view sit on the visible part of their polygon).
ZONE_CLASSES = (
    ("level:county", ("county",), 1.2, "solid", 14, True, (0, 100000)),
    ("level:township", codes.TOWNSHIP_LEVELS, 0.6, "solid", 12, True, (0, 20000)),
    ("level:village", codes.VILLAGE_LEVELS, 0.3, "dash", 9, False, (100000, 0)),
    ("level:grid", ("grid",), 0.2, "dot", 7, False, (10000, 0)),
)

# Style categories written to the files: everything but what belongs to one
# project (relations, custom properties).
CATEGORIES = QgsMapLayer.StyleCategories(
    int(QgsMapLayer.AllStyleCategories) & ~int(QgsMapLayer.Relations)
    & ~int(QgsMapLayer.CustomProperties))


def _in_list(field, values):
    return '"%s" IN (%s)' % (field, ", ".join("'%s'" % v for v in values))


# --- text --------------------------------------------------------------------------------

def text_format(size, bold=False, colour="#1a1a1a", halo=1.0):
    fmt = QgsTextFormat()
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo)
    buffer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.9)
    fmt.setBuffer(buffer)
    return fmt


def label_settings(expression, size, bold=False, polygon=True, scales=(0, 0), priority=5):
    pal = QgsPalLayerSettings()
    pal.fieldName = expression
    pal.isExpression = not expression.isidentifier()
    pal.setFormat(text_format(size, bold))
    pal.priority = priority
    if polygon:
        pal.placement = QgsPalLayerSettings.OverPoint
        pal.centroidInside = True
    if any(scales):
        pal.scaleVisibility = True
        pal.minimumScale, pal.maximumScale = scales  # most zoomed-out, most zoomed-in
    return pal


# --- symbols ----------------------------------------------------------------------------

def fill_symbol(colour, alpha=190, outline=None, outline_width=0.3):
    fill = QColor(colour)
    fill.setAlpha(alpha)
    line = QColor(outline) if outline else QColor(colour).darker(160)
    return QgsFillSymbol.createSimple({
        "style": "solid", "color": _rgba(fill),
        "outline_style": "solid", "outline_color": _rgba(line),
        "outline_width": str(outline_width), "outline_width_unit": "MM",
    })


def _rgba(c):
    return "%d,%d,%d,%d" % (c.red(), c.green(), c.blue(), c.alpha())


def outline_symbol(colour, width, style):
    return QgsFillSymbol.createSimple({
        "style": "no", "color": "0,0,0,0", "outline_style": style,
        "outline_color": _rgba(QColor(colour)), "outline_width": str(width),
        "outline_width_unit": "MM", "joinstyle": "round",
    })


def priority_symbol():
    """Red hatching with a thick red outline, drawn over the status colour."""
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.6)
    hatch.setDistanceUnit(QgsUnitTypes.RenderMillimeters)
    hatch.setLineWidth(0.35)
    hatch.setLineWidthUnit(QgsUnitTypes.RenderMillimeters)
    hatch.setColor(QColor(PRIORITY_COLOUR))
    hatch.subSymbol().setColor(QColor(PRIORITY_COLOUR))
    hatch.subSymbol().symbolLayer(0).setWidth(0.35)
    outline = QgsSimpleLineSymbolLayer(QColor(PRIORITY_COLOUR), 0.8, Qt.SolidLine)
    outline.setWidthUnit(QgsUnitTypes.RenderMillimeters)
    outline.setPenJoinStyle(Qt.MiterJoin)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, hatch)
    symbol.appendSymbolLayer(outline)
    return symbol


def grade_marker(colour):
    return QgsMarkerSymbol.createSimple({
        "name": "circle", "color": _rgba(QColor(colour)), "outline_color": "51,51,51,255",
        "outline_width": "0.25", "outline_width_unit": "MM", "size": "3.2", "size_unit": "MM",
    })


def ring_marker():
    return QgsMarkerSymbol.createSimple({
        "name": "circle", "color": "0,0,0,0", "outline_color": _rgba(QColor(SERIOUS_RING_COLOUR)),
        "outline_width": "0.7", "outline_width_unit": "MM", "size": "5.2", "size_unit": "MM",
    })


def _rule(symbol, expression, key, label=None):
    rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression,
                                     label or lw_layers.legend_label(key, "zh"))
    rule.setRuleKey(key)
    return rule


# --- renderers ---------------------------------------------------------------------------

def violations_renderer():
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("root")
    for status in codes.CASE_STATUS.codes:
        root.appendChild(_rule(fill_symbol(STATUS_COLOURS[status]), "\"status\" = '%s'" % status,
                               "case_status:%s" % status))
    flags = " OR ".join('"%s" = 1' % c.code for c in codes.PRIORITY_FLAG)
    root.appendChild(_rule(
        priority_symbol(),
        "(\"priority_score\" > 0 OR %s) AND NOT %s" % (flags, _in_list("status", FINISHED_STATES)),
        "priority"))
    return QgsRuleBasedRenderer(root)


def houses_renderer():
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("root")
    grades = codes.GRADE.codes
    for grade in grades:
        root.appendChild(_rule(grade_marker(GRADE_COLOURS[grade]),
                               "\"appraisal_grade\" = '%s'" % grade, "grade:%s" % grade))
    root.appendChild(_rule(grade_marker(UNGRADED_COLOUR),
                           "\"appraisal_grade\" IS NULL OR NOT %s" % _in_list("appraisal_grade", grades),
                           "grade:none"))
    root.appendChild(_rule(ring_marker(), "\"screening\" = 'serious'", "screening:serious"))
    return QgsRuleBasedRenderer(root)


def zones_renderer():
    root = QgsRuleBasedRenderer.Rule(None)
    root.setRuleKey("root")
    for key, levels, width, style, *_ in ZONE_CLASSES:
        root.appendChild(_rule(outline_symbol(GRID_COLOUR if key == "level:grid" else ZONE_COLOUR,
                                              width, style),
                               _in_list("level", levels), key))
    return QgsRuleBasedRenderer(root)


def zones_labeling():
    root = QgsRuleBasedLabeling.Rule(None)
    root.setRuleKey("root")
    for i, (key, levels, _w, _s, size, bold, scales) in enumerate(ZONE_CLASSES):
        rule = QgsRuleBasedLabeling.Rule(
            label_settings("zone_name", size, bold, scales=scales, priority=9 - 2 * i),
            0, 0, _in_list("level", levels), lw_layers.legend_label(key, "zh"))
        rule.setRuleKey(key)
        root.appendChild(rule)
    return QgsRuleBasedLabeling(root)


MAP_TIPS = {
    "violations": "<b>[% \"case_id\" %]</b> [% represent_value(\"status\") %]<br>"
                  "[% \"address\" %]<br>[% represent_value(\"building_type\") %] "
                  "[% \"building_area_m2\" %] m²",
    "houses": "<b>[% \"house_id\" %]</b> [% \"address\" %]<br>"
              "[% represent_value(\"screening\") %] [% represent_value(\"appraisal_grade\") %]",
    "zones": "<b>[% \"zone_name\" %]</b> [% \"zone_code\" %] [% represent_value(\"level\") %]",
}


def style_layer(layer, table):
    """Give `layer` (a layer of `table`) the complete default style."""
    lw_layers.configure_form(layer, table, "zh")
    if table == "violations":
        layer.setRenderer(violations_renderer())
        layer.setLabeling(QgsVectorLayerSimpleLabeling(
            label_settings("case_id", 8, scales=(10000, 0), priority=4)))
        layer.setLabelsEnabled(True)
    elif table == "houses":
        layer.setRenderer(houses_renderer())
        layer.setLabeling(QgsVectorLayerSimpleLabeling(
            label_settings("house_id", 7, polygon=False, scales=(5000, 0), priority=3)))
        layer.setLabelsEnabled(True)
    elif table == "zones":
        layer.setRenderer(zones_renderer())
        layer.setLabeling(zones_labeling())
        layer.setLabelsEnabled(True)
    if table in MAP_TIPS:
        layer.setMapTipTemplate(MAP_TIPS[table])


DOCTYPE = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"


def qml_text(layer):
    doc = QDomDocument("qgis")
    error = layer.exportNamedStyle(doc, QgsReadWriteContext(), CATEGORIES)
    if error:
        raise RuntimeError("cannot export the style of %s: %s" % (layer.name(), error))
    return normalise_xml(doc.toString(2))


def normalise_xml(text):
    """The QML with its attributes sorted (see xmlsort)."""
    return xmlsort.normalised(text, DOCTYPE)


# --- build and check -------------------------------------------------------------------

def build(out_dir=STYLES_DIR):
    """Write <out_dir>/<table>.qml for every table; returns {table: path}.
    QGIS must be initialised."""
    os.makedirs(out_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="liangwei-build-styles-")
    written = {}
    try:
        no_styles = os.path.join(work, "no-styles")
        os.mkdir(no_styles)
        db = gpkg.create(os.path.join(work, "styles.gpkg"), "330624", styles_directory=no_styles)
        for table in STYLED_TABLES:
            layer = QgsVectorLayer("%s|layername=%s" % (db, table), table, "ogr")
            if not layer.isValid():
                raise RuntimeError("cannot open %s in %s" % (table, db))
            style_layer(layer, table)
            text = qml_text(layer)
            path = os.path.join(out_dir, "%s.qml" % table)
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            written[table] = path
            del layer
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written


def _canonical(element):
    """An element as text, attributes sorted, without the QGIS version."""
    from xml.etree import ElementTree as ET
    def walk(e):
        attrs = sorted((k, v) for k, v in e.attrib.items() if k != "version")
        children = [walk(c) for c in e]
        return (e.tag, tuple(attrs), (e.text or "").strip(), tuple(children))
    return walk(xmlsort.sort_set_children(xmlsort.sort_attributes(
        element if not isinstance(element, str) else ET.fromstring(element))))


def compare(expected_dir, actual_dir=STYLES_DIR):
    """Names of the style files that differ (or are missing) between two folders,
    ignoring formatting and the QGIS version string."""
    from xml.etree import ElementTree as ET
    differ = []
    for table in STYLED_TABLES:
        a = os.path.join(expected_dir, "%s.qml" % table)
        b = os.path.join(actual_dir, "%s.qml" % table)
        if not (os.path.exists(a) and os.path.exists(b)):
            differ.append(table)
            continue
        if _canonical(ET.parse(a).getroot()) != _canonical(ET.parse(b).getroot()):
            differ.append(table)
    return differ


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=STYLES_DIR, help="output folder (default %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 when resources/styles is out of date")
    args = parser.parse_args(argv)
    app = QgsApplication.instance()
    own_app = app is None
    if own_app:
        app = QgsApplication([], False)
        app.initQgis()
    try:
        if args.check:
            tmp = tempfile.mkdtemp(prefix="liangwei-styles-check-")
            try:
                build(tmp)
                differ = compare(tmp, args.out)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            if differ:
                print("out of date: %s (run scripts/build_styles.py)" % ", ".join(differ))
                return 1
            print("styles are up to date")
            return 0
        for table, path in build(args.out).items():
            print("wrote %s" % os.path.relpath(path))
        return 0
    finally:
        if own_app:
            app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
