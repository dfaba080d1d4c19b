"""Default styles, attribute forms and the loading of a project database.

What a user sees: a database made by gpkg.create is loaded with
plugin/gis/layers.load_project into a fresh project, or opened as a plain layer
without the plugin, and the layer tree, symbology, labels, field names, editor
widgets, relations and forms are checked.  The expectations (widget kinds, colours,
labels) are written out here, independently of the code that produces them.
"""

import colorsys
import importlib.util
import shutil

import pytest
from qgis.core import (
    QgsEditFormConfig,
    QgsAttributeEditorElement,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsProject,
    QgsRenderContext,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSettings,
    QgsValueMapFieldFormatter,
    QgsValueRelationFieldFormatter,
    QgsVectorLayer,
    QgsVectorLayerTools,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from liangwei.plugin.core import codes
from liangwei.plugin.gis import layers as lw
from liangwei.plugin.store import gpkg, schema

COUNTY = "330624"
TOWNSHIP = "330624100"
STREET = "330624101"
VILLAGE = "330624100201"
COMMUNITY = "330624101201"
LOCALE_KEY = "locale/userLocale"
GROUP = "两违治理"
REFERENCE_GROUP = "参考表"
LAYER_ORDER = ["violations", "houses", "zones", "case_events", "house_inspections",
               "inspection_members", "attachments", "patrol_reports"]
REFERENCE_TABLES = ["code_lists", "settings", "workflow_transitions"]
GEOMETRY = {"violations": QgsWkbTypes.MultiPolygon, "zones": QgsWkbTypes.MultiPolygon,
            "houses": QgsWkbTypes.Point}
NULL = QgsValueMapFieldFormatter.NULL_VALUE

# (relation id, parent table, parent field, child table, child field)
RELATIONS = [
    ("lw_case_events", "violations", "case_id", "case_events", "case_id"),
    ("lw_case_attachments", "violations", "case_id", "attachments", "owner_id"),
    ("lw_house_inspections", "houses", "house_id", "house_inspections", "house_id"),
    ("lw_house_attachments", "houses", "house_id", "attachments", "owner_id"),
    ("lw_inspection_members", "house_inspections", "inspection_id", "inspection_members",
     "inspection_id"),
]
GRADE_COLOURS = {"grade:A": "#1a9641", "grade:B": "#ffd700", "grade:C": "#fd8d3c",
                 "grade:D": "#d7191c", "grade:none": "#9e9e9e"}
OPEN_STATES = ["clue", "verified", "filed", "investigating", "notified", "decided",
               "reminded", "announced"]
DONE_STATES = ["self_demolished", "forced_demolished", "reused", "closed"]


def box(x0, y0, x1, y1):
    return "MULTIPOLYGON(((%r %r,%r %r,%r %r,%r %r,%r %r)))" % (
        x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


# --- fixtures -----------------------------------------------------------------------------

@pytest.fixture()
def set_locale():
    settings = QgsSettings()
    old = settings.value(LOCALE_KEY, None)
    yield lambda value: settings.setValue(LOCALE_KEY, value)
    if old is None:
        settings.remove(LOCALE_KEY)
    else:
        settings.setValue(LOCALE_KEY, old)


@pytest.fixture()
def zh(set_locale):
    set_locale("zh_CN")


@pytest.fixture()
def en(set_locale):
    set_locale("en_US")


def make_database(path):
    gpkg.create(path, COUNTY)
    con = gpkg.connect(path)
    try:
        with gpkg.transaction(con):
            ins = gpkg.insert
            ins(con, "zones", {"zone_code": COUNTY, "zone_name": "新昌县", "level": "county",
                               "geom": box(120.80, 29.40, 121.00, 29.56)})
            ins(con, "zones", {"zone_code": TOWNSHIP, "zone_name": "城南乡", "level": "township",
                               "parent_code": COUNTY, "geom": box(120.80, 29.40, 120.90, 29.56)})
            ins(con, "zones", {"zone_code": STREET, "zone_name": "南明街道", "level": "street",
                               "parent_code": COUNTY, "geom": box(120.90, 29.40, 121.00, 29.56)})
            ins(con, "zones", {"zone_code": VILLAGE, "zone_name": "东村", "level": "village",
                               "parent_code": TOWNSHIP, "geom": box(120.80, 29.40, 120.90, 29.48)})
            ins(con, "zones", {"zone_code": COMMUNITY, "zone_name": "一社区", "level": "community",
                               "parent_code": STREET, "geom": box(120.90, 29.40, 121.00, 29.48)})
            base = {"township_code": TOWNSHIP, "village_code": VILLAGE,
                    "discovered_on": "2024-03-01", "geom": box(120.81, 29.41, 120.82, 29.42)}
            ins(con, "violations", dict(base, patch_no="P1", flag_farmland=1, priority_score=1.0))
            ins(con, "violations", dict(base, patch_no="P2"))
            ins(con, "violations", dict(base, patch_no="P3", flag_cadre=1, priority_score=1.0))
            case = con.execute("SELECT case_id FROM violations WHERE patch_no = 'P3'").fetchone()[0]
            gpkg.add_case_event(con, case, "not_filed", note="不构成违建")
            for i, (grade, screening) in enumerate([("A", "none"), ("B", "some"), ("C", "serious"),
                                                    ("D", "serious"), (None, "none")]):
                ins(con, "houses", {
                    "house_id": "YH%s%09d" % (COUNTY, i + 1), "address": "地址%d" % i,
                    "screening": screening, "appraisal_grade": grade,
                    "appraisal_status": "done" if grade else "pending",
                    "geom": "POINT(%r 29.5)" % (120.81 + i * 0.01)})
    finally:
        con.close()
    return path


@pytest.fixture()
def database(tmp_path):
    return make_database(str(tmp_path / "county.gpkg"))


@pytest.fixture()
def loaded(qgis_new_project, database, zh):
    project = QgsProject.instance()
    group = lw.load_project(database, project)
    yield project, group, database
    project.clear()


def layer_of(project, path, table):
    layer = lw.layer_for(project, path, table)
    assert layer is not None, "%s not loaded" % table
    return layer


def value_map(config):
    entries = config["map"]
    if isinstance(entries, dict):
        entries = [{k: v} for k, v in entries.items()]
    return [item for entry in entries for item in entry.items()]


def expected_widget(table, f):
    if f.name in ("township_code", "village_code"):
        return "ValueRelation"
    if f.enum and f.multi:
        return "ValueRelation"
    if f.enum:
        return "ValueMap"
    return {"date": "DateTime", "datetime": "DateTime", "boolean": "CheckBox",
            "blob": "Binary"}.get(f.type, "TextEdit")


def legend_keys(layer, feature):
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    try:
        return set(renderer.legendKeysForFeature(feature, context)) - {"root"}
    finally:
        renderer.stopRender(context)


def feature(layer, expression):
    features = list(layer.getFeatures(expression))
    assert len(features) == 1, expression
    return features[0]


def rules(layer):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer), type(renderer)
    return {r.ruleKey(): r for r in renderer.rootRule().children()}


def form_elements(container):
    for child in container.children():
        yield child
        if child.type() == QgsAttributeEditorElement.AeTypeContainer:
            yield from form_elements(child)


def hsv(colour):
    c = QColor(colour)
    return colorsys.rgb_to_hsv(c.redF(), c.greenF(), c.blueF())


# --- the layer tree ------------------------------------------------------------------------

def test_group_on_top_with_layers_in_order(loaded):
    project, group, path = loaded
    root = project.layerTreeRoot()
    assert group.name() == GROUP
    top = root.children()[0]
    assert isinstance(top, QgsLayerTreeGroup) and top.name() == GROUP
    nodes = group.children()
    layer_nodes = [n for n in nodes if isinstance(n, QgsLayerTreeLayer)]
    assert [lw.layer_for(project, path, t).id() for t in LAYER_ORDER] == \
        [n.layerId() for n in layer_nodes]
    assert [n.name() for n in layer_nodes] == [schema.table(t).zh for t in LAYER_ORDER]
    assert all(n.isVisible() for n in layer_nodes)
    subgroups = [n for n in nodes if isinstance(n, QgsLayerTreeGroup)]
    assert len(subgroups) == 1
    assert isinstance(nodes[-1], QgsLayerTreeGroup)
    sub = nodes[-1]
    assert sub.name() == REFERENCE_GROUP
    assert not sub.isExpanded()
    assert not sub.itemVisibilityChecked()
    assert sorted(n.layer().customProperty(lw.PROP_TABLE) for n in sub.findLayers()) == \
        sorted(REFERENCE_TABLES)


def test_every_layer_valid_with_its_geometry(loaded):
    project, _, path = loaded
    for table in LAYER_ORDER + REFERENCE_TABLES:
        layer = layer_of(project, path, table)
        assert layer.isValid(), table
        assert layer.wkbType() == GEOMETRY.get(table, QgsWkbTypes.NoGeometry), table
    assert layer_of(project, path, "violations").featureCount() == 3
    assert layer_of(project, path, "houses").featureCount() == 5


def test_loading_twice_adds_nothing(loaded):
    project, group, path = loaded
    layers = set(project.mapLayers())
    relations = sorted(project.relationManager().relations())
    again = lw.load_project(path, project)
    assert again.name() == group.name()
    assert set(project.mapLayers()) == layers
    assert sorted(project.relationManager().relations()) == relations
    groups = [n for n in project.layerTreeRoot().children() if isinstance(n, QgsLayerTreeGroup)]
    assert len(groups) == 1
    assert len(groups[0].findLayers()) == len(LAYER_ORDER + REFERENCE_TABLES)
    editors = [e.relation().id() for e in lw.relation_editors(layer_of(project, path, "violations"))]
    assert editors == ["lw_case_events", "lw_case_attachments"]


def test_a_removed_layer_comes_back_in_place(loaded):
    project, group, path = loaded
    houses = layer_of(project, path, "houses")
    project.removeMapLayer(houses.id())
    lw.load_project(path, project)
    names = [n.name() for n in group.children() if isinstance(n, QgsLayerTreeLayer)]
    assert names == [schema.table(t).zh for t in LAYER_ORDER]
    assert len(project.mapLayers()) == len(LAYER_ORDER + REFERENCE_TABLES)


def test_second_database_gets_its_own_group_and_relations(loaded, tmp_path):
    project, group, path = loaded
    other = make_database(str(tmp_path / "other.gpkg"))
    group2 = lw.load_project(other, project)
    assert group2 is not group and group2.name() != group.name()
    v1, v2 = layer_of(project, path, "violations"), layer_of(project, other, "violations")
    for layer in (v1, v2):
        editors = [e.relation() for e in lw.relation_editors(layer)]
        assert len(editors) == 2
        assert all(r.isValid() and r.referencedLayerId() == layer.id() for r in editors)
    assert len(project.relationManager().relations()) == 2 * len(RELATIONS)


# --- the default style in the database ------------------------------------------------------

def test_database_holds_a_default_style_for_every_table(database):
    con = gpkg.connect(database)
    try:
        rows = dict(con.execute("SELECT f_table_name, styleQML FROM layer_styles "
                                "WHERE useAsDefault"))
    finally:
        con.close()
    assert sorted(rows) == sorted(t.name for t in schema.TABLES)
    assert all("<qgis" in qml for qml in rows.values())


def test_plain_layer_without_the_plugin_is_styled(qgis_new_project, database):
    layer = QgsVectorLayer("%s|layername=violations" % database, "violations", "ogr")
    assert layer.isValid()
    keys = rules(layer)
    assert set(keys) == {"case_status:%s" % s for s in codes.CASE_STATUS.codes} | {"priority"}
    assert [r.label() for k, r in keys.items() if k != "priority"] == \
        [c.zh for c in codes.CASE_STATUS]
    for f in schema.table("violations").fields:
        idx = layer.fields().indexOf(f.name)
        assert layer.attributeAlias(idx) == f.zh, f.name
        assert layer.editorWidgetSetup(idx).type() == expected_widget("violations", f), f.name
    assert layer.labelsEnabled()
    # The forms carry no relation editor that would name a relation missing here.
    assert lw.relation_editors(layer) == []
    # A table without geometry gets its style too.
    events = QgsVectorLayer("%s|layername=case_events" % database, "case_events", "ogr")
    assert events.attributeAlias(events.fields().indexOf("to_status")) == "新状态"
    assert events.editorWidgetSetup(events.fields().indexOf("to_status")).type() == "ValueMap"


def test_database_without_styles_gets_the_shipped_ones(qgis_new_project, database, zh):
    con = gpkg.connect(database)
    with gpkg.transaction(con):
        con.execute("DELETE FROM layer_styles")
    con.close()
    assert QgsVectorLayer("%s|layername=violations" % database, "v", "ogr").attributeAlias(1) \
        != "案件编号"
    project = QgsProject.instance()
    lw.load_project(database, project)
    violations = layer_of(project, database, "violations")
    assert violations.attributeAlias(violations.fields().indexOf("case_id")) == "案件编号"
    assert "priority" in rules(violations)
    project.clear()


def test_committed_styles_are_current(qgis_app, repo_root, tmp_path):
    spec = importlib.util.spec_from_file_location(
        "lw_build_styles", str(repo_root / "scripts" / "build_styles.py"))
    build_styles = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_styles)
    committed = repo_root / "resources" / "styles"
    for t in schema.TABLES:
        assert (committed / ("%s.qml" % t.name)).is_file(), t.name
    build_styles.build(str(tmp_path))
    assert build_styles.compare(str(tmp_path), str(committed)) == [], \
        "resources/styles is out of date: run scripts/build_styles.py"
    # … and the comparison does notice a change.
    shutil.copy(committed / "zones.qml", tmp_path / "houses.qml")
    assert build_styles.compare(str(tmp_path), str(committed)) == ["houses"]


# --- fields and forms ----------------------------------------------------------------------

@pytest.mark.parametrize("table", [t.name for t in schema.TABLES])
def test_aliases_widgets_and_read_only(loaded, table):
    project, _, path = loaded
    layer = layer_of(project, path, table)
    t = schema.table(table)
    zones = layer_of(project, path, "zones")
    code_lists = layer_of(project, path, "code_lists")
    form = layer.editFormConfig()
    pk = layer.fields().indexOf(t.pk)
    if pk >= 0:
        assert form.readOnly(pk), "primary key %s.%s is editable" % (table, t.pk)
    for f in t.fields:
        idx = layer.fields().indexOf(f.name)
        assert idx >= 0, f.name
        what = "%s.%s" % (table, f.name)
        assert layer.attributeAlias(idx) == f.zh, what
        setup = layer.editorWidgetSetup(idx)
        config = setup.config()
        assert setup.type() == expected_widget(table, f), what
        assert form.readOnly(idx) == bool(f.computed), what
        if setup.type() == "ValueMap":
            items = value_map(config)
            assert [v for _, v in items if v != NULL] == f.enumeration.codes, what
            assert [k for k, v in items if v != NULL] == [c.zh for c in f.enumeration], what
            assert (NULL in [v for _, v in items]) == (not f.required), what
        elif setup.type() == "ValueRelation" and f.multi:
            assert config["Layer"] == code_lists.id(), what
            assert config["AllowMulti"] is True and config["Key"] == "code", what
            assert config["Value"] == "zh", what
            keys = [i.key for i in QgsValueRelationFieldFormatter.createCache(config)]
            assert sorted(keys) == sorted(f.enumeration.codes), what
        elif setup.type() == "ValueRelation":
            assert config["Layer"] == zones.id(), what
            assert config["Key"] == "zone_code" and config["Value"] == "zone_name", what
            assert not config["AllowMulti"], what
        elif setup.type() == "DateTime":
            assert config["calendar_popup"] and config["allow_null"], what
            if f.type == "date":
                assert config["field_format"] == "yyyy-MM-dd", what
                assert config["display_format"] == "yyyy-MM-dd", what
            else:
                assert config["field_iso_format"], what
        elif setup.type() == "CheckBox":
            assert (config["CheckedState"], config["UncheckedState"]) == ("1", "0"), what
        elif setup.type() == "TextEdit":
            assert bool(config.get("IsMultiline")) == f.multiline, what


def test_township_and_village_lists(loaded):
    project, _, path = loaded
    for table in ("violations", "houses"):
        layer = layer_of(project, path, table)
        fields = layer.fields()
        town = layer.editorWidgetSetup(fields.indexOf("township_code")).config()
        village = layer.editorWidgetSetup(fields.indexOf("village_code")).config()
        keys = [i.key for i in QgsValueRelationFieldFormatter.createCache(town)]
        assert sorted(keys) == [TOWNSHIP, STREET]
        for township, expected in ((TOWNSHIP, [VILLAGE]), (STREET, [COMMUNITY])):
            form_feature = QgsFeature(fields)
            form_feature.setAttribute("township_code", township)
            items = QgsValueRelationFieldFormatter.createCache(village, form_feature)
            assert [i.key for i in items] == expected, (table, township)


def test_display_expressions(loaded):
    project, _, path = loaded
    violations = layer_of(project, path, "violations")
    houses = layer_of(project, path, "houses")
    zones = layer_of(project, path, "zones")
    assert violations.displayExpression() == '"case_id"'
    assert "house_id" in houses.displayExpression() and "address" in houses.displayExpression()
    assert zones.displayExpression() == '"zone_name"'


def test_violation_form_tabs_and_relation_editors(loaded):
    project, _, path = loaded
    layer = layer_of(project, path, "violations")
    config = layer.editFormConfig()
    assert config.layout() == QgsEditFormConfig.TabLayout
    tabs = config.tabs()
    assert [t.name() for t in tabs] == ["基本信息", "六先拆", "处置", "办案记录"]
    elements = list(form_elements(config.invisibleRootContainer()))
    fields = [e.name() for e in elements if e.type() == QgsAttributeEditorElement.AeTypeField]
    assert sorted(fields) == sorted(f.name() for f in layer.fields()), "a field is missing or doubled"
    assert {e.name() for e in form_elements(tabs[1])} == \
        {c.code for c in codes.PRIORITY_FLAG} | {"priority_score"}
    editors = [e for e in form_elements(tabs[3]) if e.type() == QgsAttributeEditorElement.AeTypeRelation]
    assert [e.relation().id() for e in editors] == ["lw_case_events", "lw_case_attachments"]
    assert all(e.relation().isValid() for e in editors)
    assert [e.label() for e in editors] == ["办案记录", "案件附件"]


class _Tools(QgsVectorLayerTools):
    """The layer tools QGIS desktop gives every form (relation editors need them)."""

    def addFeature(self, *args):
        return False, QgsFeature()

    def startEditing(self, layer):
        return layer.startEditing()

    def stopEditing(self, layer, allowCancel=True):
        return layer.commitChanges()

    def saveEdits(self, layer):
        return layer.commitChanges(False)

    def copyMoveFeatures(self, *args):
        return False


def test_violation_form_as_shown(loaded, qgis_parent):
    from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsRelationEditorWidget
    from qgis.PyQt.QtWidgets import QComboBox, QTabWidget
    project, _, path = loaded
    layer = layer_of(project, path, "violations")
    case = feature(layer, "\"patch_no\" = 'P1'")
    tools = _Tools()
    context = QgsAttributeEditorContext()
    context.setVectorLayerTools(tools)
    form = QgsAttributeForm(layer, case, context, qgis_parent)
    try:
        tab_widget = form.findChildren(QTabWidget)[0]
        assert [tab_widget.tabText(i) for i in range(tab_widget.count())] == \
            ["基本信息", "六先拆", "处置", "办案记录"]
        editors = form.findChildren(QgsRelationEditorWidget)
        assert sorted(e.relation().id() for e in editors) == ["lw_case_attachments", "lw_case_events"]
        events = [e for e in editors if e.relation().id() == "lw_case_events"][0]
        assert events.relation().getRelatedFeatures(case).nextFeature(QgsFeature())
        texts = {form.findChildren(QComboBox)[i].currentText()
                 for i in range(len(form.findChildren(QComboBox)))}
        assert "线索" in texts and "城南乡" in texts and "东村" in texts
    finally:
        form.deleteLater()


def test_relations(loaded):
    project, _, path = loaded
    manager = project.relationManager()
    for rid, parent, parent_field, child, child_field in RELATIONS:
        rel = manager.relation(rid)
        assert rel.isValid(), rid
        assert rel.referencedLayerId() == layer_of(project, path, parent).id(), rid
        assert rel.referencingLayerId() == layer_of(project, path, child).id(), rid
        assert rel.fieldPairs() == {child_field: parent_field}, rid
    violations = layer_of(project, path, "violations")
    case = feature(violations, "\"patch_no\" = 'P3'")
    events = list(manager.relation("lw_case_events").getRelatedFeatures(case))
    assert [e["to_status"] for e in events] == ["clue", "not_filed"]


# --- symbology -----------------------------------------------------------------------------

def test_violations_by_status_with_priority_emphasis(loaded):
    project, _, path = loaded
    layer = layer_of(project, path, "violations")
    by_key = rules(layer)
    for status in OPEN_STATES:
        h, s, v = hsv(by_key["case_status:%s" % status].symbol().color())
        assert (h <= 60 / 360 or h >= 350 / 360) and s > 0.3, status   # warm
    for status in DONE_STATES:
        c = QColor(by_key["case_status:%s" % status].symbol().color())
        assert c.green() >= c.red() and c.green() >= c.blue(), status   # grey-green
        assert hsv(c)[1] < 0.5, status
    not_filed = QColor(by_key["case_status:not_filed"].symbol().color())
    assert hsv(not_filed)[1] < 0.1 and not_filed.lightness() > 190    # light grey
    colours = [QColor(r.symbol().color()).name() for k, r in by_key.items() if k != "priority"]
    assert len(set(colours)) == len(colours), "two states share a colour"
    emphasis = by_key["priority"].symbol()
    reds = [sl for sl in emphasis.symbolLayers() if QColor(sl.color()).name() == "#e31a1c"]
    assert reds, "no red layer in the priority symbol"
    assert any(getattr(sl, "width", lambda: 0)() >= 0.6 for sl in emphasis.symbolLayers())
    flagged = feature(layer, "\"patch_no\" = 'P1'")
    plain = feature(layer, "\"patch_no\" = 'P2'")
    closed = feature(layer, "\"patch_no\" = 'P3'")
    assert legend_keys(layer, flagged) == {"case_status:clue", "priority"}
    assert legend_keys(layer, plain) == {"case_status:clue"}
    assert legend_keys(layer, closed) == {"case_status:not_filed"}


def test_houses_by_grade_with_serious_hazard_ring(loaded):
    project, _, path = loaded
    layer = layer_of(project, path, "houses")
    by_key = rules(layer)
    for key, colour in GRADE_COLOURS.items():
        assert QColor(by_key[key].symbol().color()).name() == colour, key
    assert [by_key[k].label() for k in GRADE_COLOURS] == \
        ["A级", "B级", "C级(局部危房)", "D级(整幢危房)", "未鉴定"]
    ring = by_key["screening:serious"].symbol().symbolLayer(0)
    assert ring.color().alpha() == 0 and ring.strokeColor().name() == "#000000"
    assert ring.size() > by_key["grade:A"].symbol().size()
    expected = {"A": {"grade:A"}, "B": {"grade:B"}, "C": {"grade:C", "screening:serious"},
                "D": {"grade:D", "screening:serious"}}
    for grade, keys in expected.items():
        assert legend_keys(layer, feature(layer, "\"appraisal_grade\" = '%s'" % grade)) == keys
    assert legend_keys(layer, feature(layer, "\"appraisal_grade\" IS NULL")) == {"grade:none"}


def test_zones_outlined_and_labelled_by_level(loaded):
    project, _, path = loaded
    layer = layer_of(project, path, "zones")
    by_key = rules(layer)
    widths = {}
    for key in ("level:county", "level:township", "level:village", "level:grid"):
        fill = by_key[key].symbol().symbolLayer(0)
        assert fill.brushStyle() == Qt.NoBrush, key
        widths[key] = fill.strokeWidth()
    assert widths["level:county"] > widths["level:township"] > widths["level:village"] \
        > widths["level:grid"]
    assert by_key["level:village"].symbol().symbolLayer(0).strokeStyle() == Qt.DashLine
    assert by_key["level:grid"].symbol().symbolLayer(0).strokeStyle() == Qt.DotLine
    assert by_key["level:county"].label() == "县界"
    zone = {z["level"]: z for z in layer.getFeatures()}
    assert legend_keys(layer, zone["street"]) == {"level:township"}
    assert legend_keys(layer, zone["community"]) == {"level:village"}
    labeling = layer.labeling()
    assert layer.labelsEnabled() and isinstance(labeling, QgsRuleBasedLabeling)
    label_rules = {r.ruleKey(): r for r in labeling.rootRule().children()}
    sizes = {}
    for key, rule in label_rules.items():
        settings = rule.settings()
        assert settings.fieldName == "zone_name", key
        assert settings.format().buffer().enabled(), key
        sizes[key] = settings.format().size()
    assert sizes["level:township"] > sizes["level:village"]


# --- language ------------------------------------------------------------------------------

def test_english_locale(qgis_new_project, database, en):
    project = QgsProject.instance()
    group = lw.load_project(database, project)
    try:
        names = [n.name() for n in group.children()]
        assert names == [schema.table(t).en for t in LAYER_ORDER] + ["Reference tables"]
        for table in ("violations", "houses", "case_events"):
            layer = layer_of(project, database, table)
            for f in schema.table(table).fields:
                idx = layer.fields().indexOf(f.name)
                assert layer.attributeAlias(idx) == f.en, f.name
                setup = layer.editorWidgetSetup(idx)
                assert setup.type() == expected_widget(table, f), f.name
                if setup.type() == "ValueMap":
                    labels = [k for k, v in value_map(setup.config()) if v != NULL]
                    assert labels == [c.en for c in f.enumeration], f.name
                elif setup.type() == "ValueRelation" and f.multi:
                    assert setup.config()["Value"] == "en"
        violations = layer_of(project, database, "violations")
        assert [t.name() for t in violations.editFormConfig().tabs()][0] == "Basic information"
        assert rules(violations)["case_status:clue"].label() == "Clue"
        assert [e.label() for e in lw.relation_editors(violations)] == \
            ["Case history", "Case attachments"]
        assert all(e.relation().isValid() for e in lw.relation_editors(violations))
    finally:
        project.clear()


def test_language_follows_the_qgis_locale(set_locale):
    set_locale("zh_CN")
    assert lw.language() == "zh"
    set_locale("zh_TW")
    assert lw.language() == "zh"
    set_locale("en_US")
    assert lw.language() == "en"
    set_locale("fr")
    assert lw.language() == "en"
    assert lw.language("zh") == "zh"


def test_labels_use_an_installed_cjk_font(qgis_new_project, tmp_path):
    """The styles name Microsoft YaHei; where it is missing (Linux) the labels switch to
    an installed CJK font, so neither the map nor a saved project names a missing font."""
    from qgis.PyQt.QtGui import QFontDatabase
    from liangwei.plugin.gis import layers as lw_layers
    from liangwei.plugin.store import gpkg as lw_gpkg
    path = str(tmp_path / "fonts.gpkg")
    lw_gpkg.create(path, "330624")
    lw_layers.load_project(path, qgis_new_project)
    installed = set(QFontDatabase().families())
    zones = lw_layers.layer_for(qgis_new_project, path, "zones")
    rules = zones.labeling().rootRule().descendants()
    families = {r.settings().format().font().family() for r in rules if r.settings()}
    assert families and families <= installed, families
    if "Microsoft YaHei" not in installed:
        assert families == {lw_layers.available_cjk_font()}
