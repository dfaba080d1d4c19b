"""liangwei:check_planning — the area and share of each violation case in each planning
class, prohibited classes marked (the rules: plugin/core/planning.py)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...plugin.core import planning as rules
from .base import LiangweiAlgorithm
from .common import as_text, attribute, polygon_part, table_path
from .detect_changes import load_polygons, overlay_crs


class CheckPlanningAlgorithm(LiangweiAlgorithm):
    INPUT = "INPUT"
    PLANNING = "PLANNING"
    CLASS_FIELD = "CLASS_FIELD"
    PROHIBITED_CLASSES = "PROHIBITED_CLASSES"
    OUTPUT = "OUTPUT"

    group_id = "violations"

    def name(self):
        return "check_planning"

    def displayName(self):
        return self.tr("Check planning conflicts")

    def shortHelpString(self):
        return self.tr(
            "Measures how much of each violation case lies in each class of a planning "
            "layer (三区三线, 三区, land-use planning …) and marks the prohibited classes.\n\n"
            "Violations: a polygon layer, usually the violations layer of a project "
            "database; its field case_id names the cases (without it, the feature id).\n"
            "Planning: a polygon layer in any CRS.\n"
            "Class field: the field of the planning layer holding the class (e.g. "
            "禁止建设区, 永久基本农田).\n"
            "Prohibited classes (optional): a comma-separated list overriding the list of "
            "the project database's setting “Prohibited planning classes” (used when the "
            "violations come from a project database; otherwise the default list "
            "禁止建设区, 永久基本农田, 生态保护红线, 禁止建设). Names are compared without "
            "leading or trailing spaces and ignoring case.\n\n"
            "Output: a table with one row per case and class: case_id, class, area_m2 "
            "(ellipsoidal area of the case inside the class), share (of the case's area) "
            "and prohibited (1 for a prohibited class). The part of a case outside every "
            "planning polygon is a row with an empty class. Where two classes overlap, the "
            "overlap counts in both and the case's shares add up to more than 1 (the log "
            "names such cases). The log gives the number of cases touching a prohibited "
            "class.\n\n"
            "An invalid polygon is repaired when the repair changes its area by less than "
            "1 %; otherwise it is skipped and named in the log.")

    def initAlgorithm(self, config=None):
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Violations"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PLANNING, self.tr("Planning zones"), polygons))
        self.addParameter(QgsProcessingParameterField(
            self.CLASS_FIELD, self.tr("Planning class field"),
            parentLayerParameterName=self.PLANNING))
        self.addParameter(QgsProcessingParameterString(
            self.PROHIBITED_CLASSES, self.tr("Prohibited classes (comma-separated; empty: "
                                             "the database's setting)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Planning conflicts"), QgsProcessing.TypeVector))

    # --- main thread: where the prohibited list comes from ---------------------------

    def prepare(self, parameters, context, feedback):
        from ...plugin.store import gpkg
        text = self.parameterAsString(parameters, self.PROHIBITED_CLASSES, context)
        if text and text.strip():
            self._prohibited = text
            self._origin = self.tr("the parameter Prohibited classes")
            return
        self._prohibited = rules.DEFAULT_PROHIBITED
        self._origin = self.tr("the default list")
        try:
            layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        except Exception:  # a source definition QGIS cannot turn into a layer
            layer = None
        path = table_path(layer, "violations")
        if path is None:
            return
        try:
            con = gpkg.connect(path)
            try:
                value = gpkg.read_settings(con).get(rules.SETTING_KEY)
            finally:
                con.close()
        except Exception as e:  # not a project database, or an unreadable one
            feedback.reportError(self.tr("The settings of {} could not be read ({}): the "
                                         "default list of prohibited classes is used.")
                                 .format(path, e))
            return
        if value is not None:
            self._prohibited = value
            self._origin = self.tr("the setting of the project database {}").format(path)

    # --- any thread -------------------------------------------------------------------

    def _source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        label = self.parameterDefinition(name).description()
        if not source.sourceCrs().isValid():
            self.fail(self.tr("The layer “{}” ({}) has no coordinate reference system: set "
                              "its CRS (Layer Properties ▸ Source) and run the algorithm "
                              "again.").format(source.sourceName(), label))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            self.fail(self.tr("The layer “{}” ({}) must hold polygons.")
                      .format(source.sourceName(), label))
        return source

    def process(self, parameters, context, feedback):
        from ...plugin.gis.area import AreaCalculator
        cases = self._source(parameters, self.INPUT, context)
        plan = self._source(parameters, self.PLANNING, context)
        names = self.parameterAsFields(parameters, self.CLASS_FIELD, context)
        class_field = names[0] if names else ""
        if not class_field:
            self.fail(self.tr("Choose the field of the planning layer holding the class."))
        class_index = plan.fields().lookupField(class_field)
        if class_index < 0:
            self.fail(self.tr("The layer “{}” has no field “{}” ({}).").format(
                plan.sourceName(), class_field,
                self.parameterDefinition(self.CLASS_FIELD).description()))
        id_index = cases.fields().lookupField("case_id")

        prohibited_text = getattr(self, "_prohibited", rules.DEFAULT_PROHIBITED)
        prohibited = rules.prohibited_classes(prohibited_text)
        feedback.pushInfo(self.tr("Prohibited classes (from {}): {}").format(
            getattr(self, "_origin", self.tr("the default list")),
            ", ".join(sorted(prohibited)) or self.tr("none")))

        work_crs = overlay_crs(cases, plan, context)
        # Only the planning polygons near the cases are read.
        request = QgsFeatureRequest()
        extent = cases.sourceExtent()
        if not extent.isNull() and not extent.isEmpty():
            try:
                box = QgsCoordinateTransform(cases.sourceCrs(), plan.sourceCrs(),
                                             context.transformContext()).transformBoundingBox(extent)
                box.grow(max(box.width(), box.height()) * 0.01)
                request.setFilterRect(box)
            except QgsCsException:
                pass
        zones = load_polygons(plan, self.tr("Planning"), work_crs, context, feedback, (0, 30),
                              lambda f: rules.class_name(attribute(f, class_index)), request)
        if zones is None:
            return self._canceled(feedback)
        unclassed = sum(1 for v in zones.values if v is None)
        if unclassed:
            feedback.reportError(self.tr("{} planning polygon(s) have no class: cases there "
                                         "count as outside every class.").format(unclassed))
        violations = load_polygons(cases, self.tr("Violations"), work_crs, context, feedback,
                                   (30, 20), lambda f: self._case_id(f, id_index))
        if violations is None:
            return self._canceled(feedback)

        fields = QgsFields()
        for name, kind in (("case_id", QVariant.String), ("class", QVariant.String),
                           ("area_m2", QVariant.Double), ("share", QVariant.Double),
                           ("prohibited", QVariant.Int)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        calc = AreaCalculator(work_crs, context.transformContext())
        touching, overlapping = [], []
        for n in range(len(violations)):
            if feedback.isCanceled():
                return self._canceled(feedback)
            feedback.setProgress(50 + 50.0 * n / len(violations))
            case_id = violations.values[n]
            rows = self._rows(case_id, violations.geoms[n], zones, calc, prohibited)
            for row in rows:
                f = QgsFeature(fields)
                f.setAttributes([row["case_id"], row["class"], row["area_m2"], row["share"],
                                 row["prohibited"]])
                if not sink.addFeature(f, QgsFeatureSink.FastInsert):
                    self.fail(self.tr("The row of case {} could not be written to the output: {}")
                              .format(case_id, sink.lastError()))
            if rules.touches_prohibited(rows):
                touching.append(case_id)
            if sum(r["share"] for r in rows) > 1.001:
                overlapping.append(case_id)

        if overlapping:
            feedback.reportError(self.tr("Planning classes overlap inside {} case(s), whose "
                                         "shares add up to more than 1: {}").format(
                                             len(overlapping), self._list(overlapping)))
        if touching:
            feedback.pushInfo(self.tr("Cases touching a prohibited class: {} of {}: {}").format(
                len(touching), len(violations), self._list(touching)))
        else:
            feedback.pushInfo(self.tr("Cases touching a prohibited class: 0 of {}.")
                              .format(len(violations)))
        if violations.skipped or zones.skipped:
            feedback.reportError(self.tr("{} feature(s) were skipped because of their "
                                         "geometry; they are named above.")
                                 .format(violations.skipped + zones.skipped))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _canceled(self, feedback):
        feedback.pushInfo(self.tr("Canceled: the output holds only the cases checked so far."))
        return {}

    @staticmethod
    def _case_id(feature, index):
        value = as_text(attribute(feature, index)) if index >= 0 else ""
        return value or str(feature.id())

    @staticmethod
    def _list(ids, limit=20):
        shown = ", ".join(ids[:limit])
        return shown + (" …" if len(ids) > limit else "")

    @staticmethod
    def _rows(case_id, geom, zones, calc, prohibited):
        """The table rows of one case (plugin/core/planning.case_rows)."""
        case_m2 = calc.area_m2(geom)
        hits = zones.overlapping(geom)
        by_class = {}
        for i in hits:
            if zones.values[i] is not None:
                by_class.setdefault(zones.values[i], []).append(i)
        const = geom.constGet()
        areas = {}
        for name, members in by_class.items():
            if any(zones.engines[i].contains(const) for i in members):
                areas[name] = case_m2
            else:
                inside = geom.intersection(zones.union(members))
                areas[name] = calc.area_m2(polygon_part(inside))
        covered = [i for i in hits if zones.values[i] is not None]
        if not covered:
            outside = case_m2
        elif any(zones.engines[i].contains(const) for i in covered):
            outside = 0.0
        else:
            outside = calc.area_m2(polygon_part(geom.difference(zones.union(covered))))
        return rules.case_rows(case_id, case_m2, areas, outside, prohibited)

