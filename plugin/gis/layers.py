"""Loading a project database into QGIS, and the attribute forms of its layers.

Every layer of a Liangwei GeoPackage carries its default style in the database's
``layer_styles`` table (written at creation from resources/styles/<table>.qml, which
scripts/build_styles.py generates with `configure_form` below plus the renderers).
QGIS applies that style by itself when a layer is opened, so the file looks right in
any QGIS, with or without the plugin.  `load_project` adds the layers to a project
and fixes what a style file cannot know: the ids of the layers the value-relation
widgets read (zones, code_lists), the project relations and the relation editors
that show them (`install_relation_editors`), and the language of the labels
(English when QGIS does not run in Chinese).

Only qgis.core and qgis.PyQt (no iface): usable from the plugin, Processing and
scripts.
"""

import hashlib
import os

from qgis.core import (
    QgsAction,
    QgsAttributeEditorContainer,
    QgsAttributeEditorElement,
    QgsAttributeEditorField,
    QgsAttributeEditorRelation,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsRelation,
    QgsRelationContext,
    QgsPalLayerSettings,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsVectorLayerSimpleLabeling,
    QgsValueMapFieldFormatter,
    QgsVectorLayer,
)

from qgis.PyQt.QtCore import QUuid
from qgis.PyQt.QtGui import QFontDatabase

from ..core import codes
from ..i18n import ui_language
from ..store import schema

GROUP_NAME = "两违治理"
REFERENCE_GROUP = {"zh": "参考表", "en": "Reference tables"}
REFERENCE_TABLES = ("code_lists", "settings", "workflow_transitions")
PROVIDER = "ogr"
# Custom properties marking what load_project created.
PROP_DATABASE = "liangwei/database"
PROP_TABLE = "liangwei/table"
PROP_REFERENCE_GROUP = "liangwei/reference_group"

# The ValueMap entry that stands for NULL (QGIS's own marker value).
NULL_VALUE = QgsValueMapFieldFormatter.NULL_VALUE
NULL_LABEL = {"zh": "(空)", "en": "(empty)"}

# Labels of the primary-key columns (not in schema.Table.fields).
PK_LABELS = {
    "fid": ("要素编号", "Feature id"),
    "event_id": ("环节编号", "Event id"),
    "attachment_id": ("附件编号", "Attachment id"),
    "inspection_id": ("检查记录编号", "Inspection id"),
    "member_row_id": ("行编号", "Row id"),
    "key": ("设置项", "Setting"),
    "transition_id": ("规则编号", "Rule id"),
    "code_row_id": ("行编号", "Row id"),
    "report_id": ("报告编号", "Report id"),
}

DATE_CONFIG = {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
               "calendar_popup": True, "allow_null": True, "field_iso_format": False}
DATETIME_CONFIG = {"field_format": "yyyy-MM-ddTHH:mm:ss", "display_format": "yyyy-MM-dd HH:mm:ss",
                   "calendar_popup": True, "allow_null": True, "field_iso_format": True}
CHECKBOX_CONFIG = {"CheckedState": "1", "UncheckedState": "0", "TextDisplayMethod": 0}

ZONE_FILTERS = {
    "township_code": "\"level\" IN ('township', 'street', 'park')",
    "village_code": "\"level\" IN ('village', 'community') AND "
                    "\"parent_code\" = current_value('township_code')",
}

DISPLAY_EXPRESSIONS = {
    "violations": '"case_id"',
    "houses": "\"house_id\" || ' ' || coalesce(\"address\", '')",
    "zones": '"zone_name"',
    # Shown in the lists of the relation editors, where the parent is known.
    "case_events": "format_date(\"at\", 'yyyy-MM-dd HH:mm') || ' ' || "
                   "represent_value(\"to_status\")",
    "attachments": '"file_name"',
    "house_inspections": "to_string(\"inspected_on\") || ' ' || represent_value(\"kind\")",
    "inspection_members": "to_string(\"storey\") || ' ' || represent_value(\"member_type\")",
    "code_lists": "\"list_name\" || ': ' || \"zh\"",
    "settings": '"key"',
    "workflow_transitions":
        "represent_value(\"from_status\") || ' → ' || represent_value(\"to_status\")",
    "patrol_reports": "\"zone_code\" || ' ' || to_string(\"report_date\")",
}


class RelationDef:
    """A project relation: parent (referenced) table and field, child (referencing)
    table and field."""

    def __init__(self, id, parent, parent_field, child, child_field, zh, en):
        self.id, self.parent, self.parent_field = id, parent, parent_field
        self.child, self.child_field, self.zh, self.en = child, child_field, zh, en


RELATIONS = (
    RelationDef("lw_case_events", "violations", "case_id", "case_events", "case_id",
                "办案记录", "Case history"),
    RelationDef("lw_case_attachments", "violations", "case_id", "attachments", "owner_id",
                "案件附件", "Case attachments"),
    RelationDef("lw_house_inspections", "houses", "house_id", "house_inspections", "house_id",
                "检查记录", "Inspections"),
    RelationDef("lw_house_attachments", "houses", "house_id", "attachments", "owner_id",
                "房屋附件", "House attachments"),
    RelationDef("lw_inspection_members", "house_inspections", "inspection_id",
                "inspection_members", "inspection_id", "构件统计", "Member counts"),
)
RELATIONS_BY_ID = {r.id: r for r in RELATIONS}

# Relation editors show these buttons: cases and their records are never deleted
# nor re-attached, so no delete / link / unlink.
RELATION_BUTTONS = "SaveChildEdits|AddChildFeature|ZoomToChildFeature"

# Tab layouts.  "@<relation id>" is a relation editor; a field of the table that is
# not listed goes to the first tab, so a new schema field is never lost.
FORM_TABS = {
    "violations": (
        ("基本信息", "Basic information", (
            "case_id", "status", "patch_no", "batch", "township_code", "village_code",
            "address", "party_name", "party_type", "land_ownership", "land_class",
            "building_type", "floors", "area_m2", "building_area_m2", "discovered_on",
            "construction_started_on", "discovery_source", "stock_class", "reporter",
            "reward_yuan", "remarks")),
        ("六先拆", "Demolish first", tuple(c.code for c in codes.PRIORITY_FLAG)
         + ("priority_score",)),
        ("处置", "Disposal", (
            "disposal", "decision_no", "decision_type", "deadline", "demolished_area_m2",
            "demolished_on", "demolition_mode", "post_use")),
        ("办案记录", "Case record", (
            "@lw_case_events", "@lw_case_attachments", "fid", "created_at", "updated_at",
            "updated_by")),
    ),
    "houses": (
        ("基本信息", "Basic information", (
            "house_id", "address", "owner", "township_code", "village_code", "storeys",
            "basement_storeys", "floor_area_m2", "structure", "built_year", "land_ownership",
            "area_type", "use", "business_types", "occupants")),
        ("改建与合法性", "Alterations and legality", (
            "alt_add_storey", "alt_extension", "alt_structure", "alt_use_change",
            "alt_basement", "professional_design", "professional_construction", "legality")),
        ("隐患与鉴定", "Hazard and appraisal", (
            "screening", "appraisal_status", "appraisal_grade", "appraisal_agency",
            "appraised_on", "next_inspection_due")),
        ("分级结果", "Grading", (
            "computed_screening", "computed_grade", "grade_mismatch", "focus_business",
            "focus_altered", "focus_near_poi", "required_measures", "missing_measures",
            "risk_rank", "graded_on")),
        ("整治", "Rectification", ("rectification_status", "measures", "plan", "remarks")),
        ("检查记录", "Inspections", (
            "@lw_house_inspections", "@lw_house_attachments", "fid", "created_at",
            "updated_at", "updated_by")),
    ),
    "house_inspections": (
        ("检查情况", "Inspection", (
            "house_id", "inspected_on", "inspector", "kind", "findings", "screening",
            "collapse_risk", "appraisal_grade", "appraisal_agency", "measures_taken")),
        ("地基", "Ground", (
            "settlement_mm_month", "settlement_months", "settlement_ongoing", "crack_max_mm",
            "cracks_over_5mm", "tilt_pct", "sliding_mm", "sliding_ongoing")),
        ("构件统计", "Members", (
            "@lw_inspection_members", "inspection_id", "created_at", "updated_by")),
    ),
}

# Legend entries of the generated renderers, by rule key (scripts/build_styles.py).
# Keys "<enum name>:<code>" take their labels from codes.py.
LEGEND_LABELS = {
    "priority": ("六先拆重点", "Demolish-first priority"),
    "grade:none": ("未鉴定", "Not appraised"),
    "screening:serious": ("存在严重安全隐患(黑圈)", "Serious hazard (dark ring)"),
    "level:county": ("县界", "County boundary"),
    "level:township": ("乡镇(街道、园区)界", "Township / street / park boundary"),
    "level:village": ("村(社区)界", "Village / community boundary"),
    "level:grid": ("网格", "Grid"),
}


# --- language ------------------------------------------------------------------------

def language(lang=None):
    """'zh' or 'en': `lang` when given, else from QGIS's locale setting."""
    if not lang:
        return ui_language()
    return "zh" if str(lang).lower().startswith("zh") else "en"


def _label(pair, lang):
    return pair[0] if lang == "zh" else pair[1]


def legend_label(rule_key, lang="zh"):
    """The legend text of a generated rule key, or None for an unknown key."""
    if rule_key in LEGEND_LABELS:
        return _label(LEGEND_LABELS[rule_key], lang)
    name, _, code = (rule_key or "").partition(":")
    enum = codes.BY_NAME.get(name)
    if enum is not None and code in enum:
        return enum.label(code, lang)
    return None


def table_label(table_name, lang="zh"):
    t = schema.table(table_name)
    return t.zh if lang == "zh" else t.en


# --- attribute forms -------------------------------------------------------------------

def value_relation_target(table_name, field_name):
    """'zones' or 'code_lists' when the field is edited with a value relation."""
    f = schema.table(table_name).field(field_name)
    if f.name in ZONE_FILTERS and f.references == ("zones", "zone_code"):
        return "zones"
    if f.enum and f.multi:
        return "code_lists"
    return None


def _layer_ref(target, layers):
    """(id, name, source, provider) of the layer a value relation reads.  Without a
    loaded layer the table name stands in: QGIS then finds a layer of that name."""
    layer = (layers or {}).get(target)
    if layer is None:
        return target, target, "", PROVIDER
    return layer.id(), layer.name(), layer.source(), layer.providerType()


def value_map_config(field, lang="zh"):
    entries = []
    if not field.required:
        entries.append({NULL_LABEL[lang]: NULL_VALUE})
    for c in field.enumeration:
        entries.append({c.zh if lang == "zh" else c.en: c.code})
    return {"map": entries}


def value_relation_config(table_name, field, lang="zh", layers=None):
    target = value_relation_target(table_name, field.name)
    layer_id, name, source, provider = _layer_ref(target, layers)
    config = {
        "Layer": layer_id, "LayerName": name, "LayerSource": source,
        "LayerProviderName": provider, "AllowNull": not field.required,
        "UseCompleter": False, "Description": "",
    }
    if target == "zones":
        config.update({"Key": "zone_code", "Value": "zone_name", "AllowMulti": False,
                       "OrderByValue": True, "NofColumns": 1,
                       "FilterExpression": ZONE_FILTERS[field.name]})
    else:
        # QGIS 3.22 sorts by key unless OrderByValue; later versions honour OrderByField.
        config.update({"Key": "code", "Value": "zh" if lang == "zh" else "en",
                       "AllowMulti": True, "OrderByValue": False, "OrderByField": True,
                       "OrderByFieldName": "sort_order", "OrderByDescending": False,
                       "NofColumns": 2,
                       "FilterExpression": "\"list_name\" = '%s'" % field.enum})
    return config


def widget_setup(table_name, field_name, lang="zh", layers=None):
    """(widget type, config) for one column of a table (schema field or primary key)."""
    t = schema.table(table_name)
    if field_name == t.pk or field_name not in t.field_names:
        return "TextEdit", {"IsMultiline": False, "UseHtml": False}
    f = t.field(field_name)
    if value_relation_target(table_name, field_name):
        return "ValueRelation", value_relation_config(table_name, f, lang, layers)
    if f.enum:
        return "ValueMap", value_map_config(f, lang)
    if f.type == "date":
        return "DateTime", dict(DATE_CONFIG)
    if f.type == "datetime":
        return "DateTime", dict(DATETIME_CONFIG)
    if f.type == "boolean":
        return "CheckBox", dict(CHECKBOX_CONFIG)
    if f.type == "blob":
        return "Binary", {}
    return "TextEdit", {"IsMultiline": bool(f.multiline), "UseHtml": False}


def field_alias(table_name, field_name, lang="zh"):
    t = schema.table(table_name)
    if field_name in t.field_names:
        f = t.field(field_name)
        return f.zh if lang == "zh" else f.en
    if field_name == t.pk and field_name in PK_LABELS:
        return _label(PK_LABELS[field_name], lang)
    return None


def is_read_only(table_name, field_name):
    t = schema.table(table_name)
    if field_name == t.pk:
        return True
    return field_name in t.field_names and t.field(field_name).computed


def _relation_element(relation_id, parent, lang, manager=None, actual_id=None):
    """A relation editor for the generic relation `relation_id` (RELATIONS), showing
    the project relation `actual_id` (default: the same id) of `manager`."""
    rdef = RELATIONS_BY_ID[relation_id]
    actual_id = actual_id or relation_id
    rel = manager.relation(actual_id) if manager is not None else QgsRelation()
    if not rel.isValid():
        rel = QgsRelation()
        rel.setId(actual_id)
        rel.setName(_label((rdef.zh, rdef.en), lang))
    element = QgsAttributeEditorRelation(rel, parent)
    element.setLabel(_label((rdef.zh, rdef.en), lang))
    element.setShowLabel(True)
    element.setRelationWidgetTypeId("relation_editor")
    element.setRelationEditorConfiguration({"buttons": RELATION_BUTTONS,
                                            "show_first_feature": True})
    return element


def build_form_layout(layer, table_name, lang="zh"):
    """Put the tab layout of FORM_TABS into layer's form config, without the
    relation editors (tables without tabs get the generated layout).

    The relation editors are added by load_project once the project has the
    relations (install_relation_editors): in a style they would name relations
    that a project without the plugin does not have, and QGIS 3.22 writes such an
    unresolved element back with an empty relation id.
    """
    config = layer.editFormConfig()
    tabs = FORM_TABS.get(table_name)
    if not tabs:
        config.setLayout(QgsEditFormConfig.GeneratedLayout)
        layer.setEditFormConfig(config)
        return
    fields = layer.fields()
    listed = {name for _, _, items in tabs for name in items}
    leftovers = [f.name() for f in fields if f.name() not in listed
                 and f.name() != schema.GEOMETRY_COLUMN]
    config.clearTabs()
    root = config.invisibleRootContainer()
    for i, (zh, en, items) in enumerate(tabs):
        tab = QgsAttributeEditorContainer(_label((zh, en), lang), root)
        tab.setIsGroupBox(False)
        tab.setColumnCount(1)
        for name in list(items) + (leftovers if i == 0 else []):
            idx = fields.indexOf(name)
            if name.startswith("@") or idx < 0:
                continue
            tab.addChildElement(QgsAttributeEditorField(name, idx, tab))
        config.addTab(tab)
    config.setLayout(QgsEditFormConfig.TabLayout)
    layer.setEditFormConfig(config)


# Layer actions that open the plugin's dialogs on a feature (fixed ids, so that the
# generated styles do not change from one build to the next).  The command finds the
# plugin object by its class (the plugin folder may be named anything) and says so
# when the plugin is not active.
LAYER_ACTIONS = {
    "violations": ("{5a7e1f3c-2b1d-4c1e-9a53-7c1f0b1e6a01}", ("打开案件", "Open case"),
                   "open_case_of_layer", '"case_id"'),
    "houses": ("{5a7e1f3c-2b1d-4c1e-9a53-7c1f0b1e6a02}", ("记录检查", "Record an inspection"),
               "open_inspection_of_layer", '"house_id"'),
}
_ACTION_COMMAND = (
    "from qgis.utils import iface, plugins\n"
    "plugin = next((p for p in plugins.values() if type(p).__name__ == 'LiangweiPlugin'), None)\n"
    "if plugin is None:\n"
    "    iface.messageBar().pushWarning('Liangwei', %r)\n"
    "else:\n"
    "    plugin.%s('[%% @layer_id %%]', '[%% %s %%]')\n")


def install_actions(layer, table_name, lang="zh"):
    """The plugin's action on the features of `layer` (open the case / record an
    inspection), replacing an earlier copy."""
    entry = LAYER_ACTIONS.get(table_name)
    if entry is None:
        return
    action_id, names, method, key = entry
    manager = layer.actions()
    uuid = QUuid(action_id)
    for action in manager.actions():
        if action.id() == uuid:
            manager.removeAction(uuid)
    name = names[0] if lang == "zh" else names[1]
    warning = ("两违治理插件未启用。" if lang == "zh" else
               "The Liangwei plugin is not active.")
    manager.addAction(QgsAction(uuid, QgsAction.GenericPython, name,
                                _ACTION_COMMAND % (warning, method, key), "", False, name,
                                {"Feature", "Canvas"}))


def configure_form(layer, table_name, lang="zh", layers=None):
    """Aliases, editor widgets, read-only flags, tab layout and display expression of
    one layer, from the schema.  `layers` maps 'zones' / 'code_lists' to loaded layers
    for the value relations (default: the table names, which QGIS resolves by layer
    name)."""
    fields = layer.fields()
    for idx, qfield in enumerate(fields):
        name = qfield.name()
        if name == schema.GEOMETRY_COLUMN:
            continue
        # Alias first: in QGIS 3.22 changing an alias can drop the field's widget.
        alias = field_alias(table_name, name, lang)
        if alias is not None:
            layer.setFieldAlias(idx, alias)
        wtype, wconfig = widget_setup(table_name, name, lang, layers)
        layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(wtype, wconfig))
        config = layer.editFormConfig()
        config.setReadOnly(idx, is_read_only(table_name, name))
        layer.setEditFormConfig(config)
    build_form_layout(layer, table_name, lang)
    layer.setDisplayExpression(DISPLAY_EXPRESSIONS.get(table_name, ""))
    install_actions(layer, table_name, lang)


def _iter_elements(container):
    for child in container.children():
        yield child
        if child.type() == QgsAttributeEditorElement.AeTypeContainer:
            yield from _iter_elements(child)


def translate_layer(layer, table_name, lang):
    """Switch the labels of a styled layer to `lang` in place (aliases, value lists,
    tab and relation-editor titles, legend), keeping the rest of its style."""
    t = schema.table(table_name)
    fields = layer.fields()
    # QGIS 3.22 drops a field's editor widget when its alias changes a second time
    # (QgsVectorLayer::setFieldAlias): keep the widgets and set them again after.
    setups = [layer.editorWidgetSetup(idx) for idx in range(fields.count())]
    for idx, qfield in enumerate(fields):
        alias = field_alias(table_name, qfield.name(), lang)
        if alias is not None:
            layer.setFieldAlias(idx, alias)
    for idx, qfield in enumerate(fields):
        name = qfield.name()
        setup = setups[idx]
        wtype, config = setup.type(), setup.config()
        if name in t.field_names:
            f = t.field(name)
            if wtype == "ValueMap" and f.enum and not f.multi:
                config = _translated_value_map(config, f, lang)
            elif wtype == "ValueRelation" and value_relation_target(table_name, name) \
                    == "code_lists":
                config = dict(config)
                config["Value"] = "zh" if lang == "zh" else "en"
        if wtype:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(wtype, config))
    tab_names = {}
    for zh, en, _ in FORM_TABS.get(table_name, ()):
        tab_names[zh] = tab_names[en] = _label((zh, en), lang)
    config = layer.editFormConfig()
    for element in _iter_elements(config.invisibleRootContainer()):
        if element.type() == QgsAttributeEditorElement.AeTypeContainer:
            if element.name() in tab_names:
                element.setName(tab_names[element.name()])
        elif element.type() == QgsAttributeEditorElement.AeTypeRelation:
            rid = _generic_relation_id(element.relation().id() or element.name())
            if rid in RELATIONS_BY_ID:
                rdef = RELATIONS_BY_ID[rid]
                element.setLabel(_label((rdef.zh, rdef.en), lang))
    layer.setEditFormConfig(config)
    _translate_renderer(layer, lang)


def _translated_value_map(config, field, lang):
    entries = []
    raw = config.get("map", [])
    if isinstance(raw, dict):
        raw = [{k: v} for k, v in raw.items()]
    for entry in raw:
        for label, value in entry.items():
            if value == NULL_VALUE:
                entries.append({NULL_LABEL[lang]: value})
            elif value in field.enumeration:
                entries.append({field.enumeration.label(value, lang): value})
            else:
                entries.append({label: value})
    return {"map": entries}


def _translate_renderer(layer, lang):
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            text = legend_label(rule.ruleKey(), lang)
            if text is not None:
                rule.setLabel(text)
        layer.triggerRepaint()


# --- loading ------------------------------------------------------------------------------

def _norm(path):
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def layer_uri(path, table):
    return "%s|layername=%s" % (os.path.abspath(path), table)


def layer_for(project, path, table):
    """The layer of `table` from the database at `path` in `project`, or None."""
    project = project or QgsProject.instance()
    want = _norm(path)
    registry = QgsProviderRegistry.instance()
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != PROVIDER:
            continue
        parts = registry.decodeUri(PROVIDER, layer.source())
        if parts.get("layerName") != table or not parts.get("path"):
            continue
        if _norm(parts["path"]) == want:
            return layer
    return None


def _find_group(root, path):
    want = _norm(path)
    for node in root.children():
        if isinstance(node, QgsLayerTreeGroup):
            if node.customProperty(PROP_DATABASE) == want:
                return node
            found = _find_group(node, path)
            if found is not None:
                return found
    return None


def _reference_group(group, lang):
    for node in group.children():
        if isinstance(node, QgsLayerTreeGroup) and node.customProperty(PROP_REFERENCE_GROUP):
            if node.name() in REFERENCE_GROUP.values():
                node.setName(REFERENCE_GROUP[lang])
            return node
    sub = group.addGroup(REFERENCE_GROUP[lang])
    sub.setCustomProperty(PROP_REFERENCE_GROUP, True)
    sub.setExpanded(False)
    sub.setItemVisibilityChecked(False)
    return sub


def styles_dir():
    return os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "resources", "styles")


def _open_layer(path, table, lang):
    uri = layer_uri(path, table)
    layer = QgsVectorLayer(uri, table_label(table, lang), PROVIDER)
    if not layer.isValid():
        return layer
    # The layer took its default style from the database (layer_styles); a database
    # without one (made by an old version, or by hand) gets the style shipped with
    # the plugin.
    if not _database_style(uri):
        fallback = os.path.join(styles_dir(), "%s.qml" % table)
        if os.path.exists(fallback):
            layer.loadNamedStyle(fallback)
    layer.setCustomProperty(PROP_TABLE, table)
    return layer


def _database_style(uri):
    """The default style (QML text) the database holds for a layer, or ''."""
    registry = QgsProviderRegistry.instance()
    try:
        result = registry.loadStyle(PROVIDER, uri, "")   # QGIS 3.22 binding
    except TypeError:
        result = registry.loadStyle(PROVIDER, uri)
    if isinstance(result, tuple):
        result = result[0]
    return result or ""


def _relation_ids(project, path):
    """Generic relation id -> id in this project.  The first database loaded into a
    project gets the plain ids (lw_case_events …); another database gets suffixed ids
    so that the two never share a relation."""
    manager = project.relationManager()
    suffix = hashlib.sha1(_norm(path).encode("utf-8")).hexdigest()[:8]
    ids = {}
    for rdef in RELATIONS:
        existing = manager.relation(rdef.id)
        plain_free = not existing.isValid() or _relation_belongs(existing, project, path, rdef)
        ids[rdef.id] = rdef.id if plain_free else "%s_%s" % (rdef.id, suffix)
    return ids


def _relation_belongs(relation, project, path, rdef):
    parent = layer_for(project, path, rdef.parent)
    child = layer_for(project, path, rdef.child)
    return (parent is not None and child is not None
            and relation.referencedLayerId() == parent.id()
            and relation.referencingLayerId() == child.id())


def ensure_relations(project, path, ids, lang):
    manager = project.relationManager()
    for rdef in RELATIONS:
        parent = layer_for(project, path, rdef.parent)
        child = layer_for(project, path, rdef.child)
        if parent is None or child is None:
            continue
        rid = ids[rdef.id]
        existing = manager.relation(rid)
        if existing.isValid() and _relation_belongs(existing, project, path, rdef):
            continue
        if existing.isValid() or rid in manager.relations():
            manager.removeRelation(rid)
        rel = QgsRelation(QgsRelationContext(project))
        rel.setId(rid)
        rel.setName(_label((rdef.zh, rdef.en), lang))
        rel.setReferencedLayer(parent.id())
        rel.setReferencingLayer(child.id())
        rel.addFieldPair(rdef.child_field, rdef.parent_field)
        rel.setStrength(QgsRelation.Association)
        if rel.isValid():
            manager.addRelation(rel)


def _generic_relation_id(rid):
    for base in RELATIONS_BY_ID:
        if rid == base or (rid or "").startswith(base + "_"):
            return base
    return rid


def relation_editors(layer):
    """The relation-editor elements of a layer's form."""
    config = layer.editFormConfig()
    return [e for e in _iter_elements(config.invisibleRootContainer())
            if e.type() == QgsAttributeEditorElement.AeTypeRelation]


def resolve_relation_editors(layer, manager):
    """Let the form's relation editors find their relations in `manager`.

    QGIS 3.22 resolves them against QgsProject.instance() only (whenever the form
    config is set, and when a project is read), so relations added to a project
    later, or to another project, stay unresolved (and a style exported then loses
    its relation ids).  The elements are shared with the layer's form config, so
    this changes the layer in place: do not call setEditFormConfig afterwards.
    """
    return [(e.name(), e.init(manager)) for e in relation_editors(layer)]


def install_relation_editors(layer, table, project, ids=None, lang="zh"):
    """Put the relation editors of FORM_TABS into the layer's form (at the top of
    their tab), pointing at the project relations `ids` (generic id -> project id),
    and resolve them.  Relation editors already there are replaced, so calling it
    again changes nothing.  Returns the relation ids the form shows."""
    wanted = [(i, name[1:]) for i, (_, _, items) in enumerate(FORM_TABS.get(table, ()))
              for name in items if name.startswith("@")]
    manager = project.relationManager()
    ids = ids or {}
    config = layer.editFormConfig()
    if not wanted or config.layout() != QgsEditFormConfig.TabLayout:
        resolve_relation_editors(layer, manager)
        return [e.relation().id() for e in relation_editors(layer)]
    tabs = FORM_TABS[table]
    containers = [e for e in _iter_elements(config.invisibleRootContainer())
                  if e.type() == QgsAttributeEditorElement.AeTypeContainer]
    for container in containers:
        kept = [c.clone(container) for c in container.children()
                if not (c.type() == QgsAttributeEditorElement.AeTypeRelation
                        and _generic_relation_id(c.relation().id() or c.name())
                        in RELATIONS_BY_ID)]
        front = []
        for tab_index, rid in wanted:
            zh, en, _ = tabs[tab_index]
            if container.name() in (zh, en) and manager.relation(ids.get(rid, rid)).isValid():
                front.append(_relation_element(rid, container, lang, manager, ids.get(rid, rid)))
        container.clear()
        for element in front + kept:
            container.addChildElement(element)
    layer.setEditFormConfig(config)
    resolve_relation_editors(layer, manager)
    return [e.relation().id() for e in relation_editors(layer)]


def _fix_value_relations(layer, table, layers):
    for idx, qfield in enumerate(layer.fields()):
        name = qfield.name()
        if name not in schema.table(table).field_names:
            continue
        target = value_relation_target(table, name)
        if target is None or layers.get(target) is None:
            continue
        setup = layer.editorWidgetSetup(idx)
        if setup.type() != "ValueRelation":
            continue
        config = dict(setup.config())
        (config["Layer"], config["LayerName"], config["LayerSource"],
         config["LayerProviderName"]) = _layer_ref(target, layers)
        layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueRelation", config))


# The styles name Microsoft YaHei (on every Chinese Windows); where it is missing,
# labels use the first CJK font the system has, so that a saved project names a
# font that exists there.
CJK_FONTS = ("Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC",
             "Source Han Sans SC", "SimHei", "PingFang SC", "Noto Sans SC")


def available_cjk_font():
    families = set(QFontDatabase().families())
    return next((f for f in CJK_FONTS if f in families), None)


def use_available_label_font(layer, family=None):
    """Switch the layer's label font to `family` (default: available_cjk_font())
    when the style's font is not installed.  Returns True when it changed."""
    family = family or available_cjk_font()
    labeling = layer.labeling()
    if family is None or labeling is None:
        return False
    installed = set(QFontDatabase().families())

    def fixed(settings):
        fmt = settings.format()
        if fmt.font().family() in installed:
            return None
        font = fmt.font()
        font.setFamily(family)
        fmt.setFont(font)
        fmt.setNamedStyle("")
        new = QgsPalLayerSettings(settings)
        new.setFormat(fmt)
        return new

    changed = False
    if isinstance(labeling, QgsRuleBasedLabeling):
        for rule in labeling.rootRule().descendants():
            new = fixed(rule.settings()) if rule.settings() else None
            if new is not None:
                rule.setSettings(new)
                changed = True
    elif isinstance(labeling, QgsVectorLayerSimpleLabeling):
        new = fixed(labeling.settings())
        if new is not None:
            labeling.setSettings(new)
            changed = True
    if changed:
        layer.triggerRepaint()
    return changed


def load_project(path, project=None, group_name=None, lang=None):
    """Add the layers of the project database at `path` to `project` (default: the
    current project) and return their layer-tree group.

    The group (default title GROUP_NAME) goes on top of the layer tree and holds
    the layers of schema.LAYER_TABLES in that order, then the reference tables in
    a collapsed, unchecked subgroup.  Loading a database that is already in the
    project reuses its group and layers (adding any that were removed) instead of
    adding them again.  `lang` ('zh' / 'en') defaults to QGIS's locale.
    """
    project = project or QgsProject.instance()
    lang = language(lang)
    path = os.path.abspath(path)
    if not os.path.exists(path):
        raise FileNotFoundError(path)

    # Open what is missing first, so that a broken database adds nothing.
    layers, new = {}, {}
    for table in schema.LAYER_TABLES + REFERENCE_TABLES:
        layer = layer_for(project, path, table)
        if layer is None:
            layer = _open_layer(path, table, lang)
            new[table] = layer
        layers[table] = layer
    invalid = [t for t, layer in new.items() if not layer.isValid()]
    if invalid:
        raise RuntimeError("cannot open %s in %s" % (", ".join(invalid), path))

    root = project.layerTreeRoot()
    group = _find_group(root, path)
    if group is None:
        name = group_name or GROUP_NAME
        if root.findGroup(name) is not None:
            name = "%s (%s)" % (name, os.path.splitext(os.path.basename(path))[0])
        group = root.insertGroup(0, name)
        group.setCustomProperty(PROP_DATABASE, _norm(path))
    elif group_name:
        group.setName(group_name)
    reference_group = _reference_group(group, lang)

    for table, layer in layers.items():
        if table in new:
            project.addMapLayer(layer, False)
        if root.findLayer(layer.id()) is not None:
            continue          # already in the tree (perhaps moved by the user)
        if table in REFERENCE_TABLES:
            reference_group.addLayer(layer)
        else:
            earlier = {layers[t].id() for t in
                       schema.LAYER_TABLES[:schema.LAYER_TABLES.index(table)]}
            position = sum(1 for node in group.children()
                           if isinstance(node, QgsLayerTreeLayer) and node.layerId() in earlier)
            group.insertLayer(position, layer)

    ids = _relation_ids(project, path)
    ensure_relations(project, path, ids, lang)
    for table, layer in layers.items():
        layer.setName(table_label(table, lang))
    for table, layer in layers.items():
        _fix_value_relations(layer, table, layers)
        translate_layer(layer, table, lang)
        install_actions(layer, table, lang)
        install_relation_editors(layer, table, project, ids, lang)
        use_available_label_font(layer)
    return group
