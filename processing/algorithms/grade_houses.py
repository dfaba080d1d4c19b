"""liangwei:grade_houses — screening class, JGJ 125-2016 grade, focus flags, required
and missing measures, next inspection and risk rank of every self-built house.

The rules are plain Python: plugin/core/jgj125.py (the grade) and
plugin/core/screening.py (everything else, with the rule set of
resources/screening_rules.json); this module reads the layers, measures the distances
to the focus places and writes the results.
"""

import datetime
import sqlite3

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from .base import LiangweiAlgorithm
from .common import as_text, attribute, table_database
from .flag_priorities import distance_crs

HOUSE_FIELDS = (
    "house_id", "storeys", "basement_storeys", "structure", "built_year", "use", "occupants",
    "alt_add_storey", "alt_extension", "alt_structure", "alt_use_change", "alt_basement",
    "professional_design", "screening", "appraisal_status", "appraisal_grade", "measures",
    "plan", "focus_near_poi",
)
INSPECTION_FIELDS = (
    "inspection_id", "house_id", "inspected_on", "kind", "screening", "collapse_risk",
    "settlement_mm_month", "settlement_months", "settlement_ongoing", "crack_max_mm",
    "cracks_over_5mm", "tilt_pct", "sliding_mm", "sliding_ongoing",
)


class _Canceled(Exception):
    pass


def _plain(value):
    """A QGIS attribute value as plain Python (dates as datetime.date)."""
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.date().toPyDate() if value.isValid() else None
    return value


class GradeHousesAlgorithm(LiangweiAlgorithm):
    INPUT = "INPUT"
    INSPECTIONS = "INSPECTIONS"
    FOCUS_POIS = "FOCUS_POIS"
    FOCUS_DISTANCE = "FOCUS_DISTANCE"
    RULES = "RULES"
    AS_OF = "AS_OF"
    UPDATE_INPUT = "UPDATE_INPUT"
    OUTPUT = "OUTPUT"
    GRADED = "GRADED"
    UPDATED = "UPDATED"

    DEFAULT_FOCUS_DISTANCE = 200.0

    group_id = "houses"

    def name(self):
        return "grade_houses"

    def displayName(self):
        return self.tr("Grade self-built houses")

    def shortHelpString(self):
        return self.tr(
            "Grades every self-built house: its screening class (存在严重 / 一定安全隐患 / "
            "未发现安全隐患), its JGJ 125-2016 grade computed from the member counts and "
            "ground indicators, the focus flags, the measures it needs and those missing on "
            "its record, the actions due, the date of its next inspection and its rank by "
            "risk across the houses graded.\n\n"
            "Houses: the houses layer of a project database, or any point or polygon layer "
            "with the same fields.\n"
            "Inspections (optional): the house_inspections layer of a project database; the "
            "member counts are read from the inspection_members table of the same database. "
            "Left empty while the houses layer belongs to a project database, that "
            "database's inspections and member counts are used. Inspections after the "
            "grading date are ignored.\n"
            "Focus places (optional; points or polygons: schools, hospitals, markets, "
            "resettlement areas …): a house within the focus distance of one (a house exactly "
            "at the distance counts) is near a focus place. Without this layer the flag "
            "stays as it was.\n"
            "Focus distance: in metres. Left at 200 m, the database's setting “Focus-area "
            "distance (m)” (focus_distance_m) is used when the houses come from a project "
            "database. Distances are measured in the houses layer's CRS when it is projected "
            "in metres, otherwise in the CGCS2000 3° Gauss–Krüger zone nearest to the data's "
            "longitude; the focus places may be in any CRS.\n"
            "Rules (optional): a JSON file with the structure of the plugin's "
            "resources/screening_rules.json; the values it gives replace the defaults, unknown "
            "keys are refused.\n"
            "Grading date: the day the grading is for (default today): ages, the inspections "
            "taken into account and overdue inspections are counted at this date.\n\n"
            "Grade (JGJ 125-2016): from the latest inspection with member counts or ground "
            "indicators. The ground is dangerous (grade D) with settlement over 4 mm/month for "
            "2 months still going, a settlement crack over 10 mm or several over 5 mm with a "
            "tilt over 1 %, a tilt over 3 % (1–2 storeys) or 2 % (3 storeys or more), or "
            "sliding over 10 mm still going. Otherwise the weighted ratio R of dangerous "
            "members decides: 0 → A; below 5 % → B, or C with a Du layer; 5 % to below 25 % → "
            "C, or D with more Du layers than (storeys + basements + 1) / 3; 25 % or more → "
            "D. The grade mismatch is set when the appraised grade and the computed grade "
            "differ.\n"
            "Screening, by default: serious with a collapse risk, a dangerous ground, grade C "
            "or D (the worse of the appraised and the computed grade), a crack of 10 mm or a "
            "tilt of 1 % or more, or a focus business house altered without professional "
            "design; some hazard with grade B, a crack of 2 mm, a crack over 5 mm, a tilt of "
            "0.5 %, an alteration without professional design, or an earth-timber, "
            "brick-timber or stone house over 30 years old; never milder than the inspector's "
            "own class.\n"
            "Focus: business use with 3 or more storeys or 10 or more occupants; altered "
            "(storey added, extended, structure or use changed, basement dug); near a focus "
            "place.\n"
            "Measures: D → stop use, evacuate, cordon (and stop business for a business "
            "house); C → restrict use, repair; a collapse risk → stop use, evacuate, cordon. "
            "Actions: appraise now (serious, not appraised), arrange an appraisal (some "
            "hazard), make the one-building plan, take the missing measures, review the "
            "grade, inspection due.\n"
            "Next inspection: the last inspection plus the cycle of the database settings: "
            "business use monthly; over 30 years old or hazardous yearly; over 20 years every "
            "3 years; otherwise every 5 years.\n"
            "Risk rank: grade D or collapse risk first, then C, serious, some hazard, focus "
            "houses, the rest; within each, more occupants first, then more storeys.\n\n"
            "Write back: with “Write the results to the houses table” ticked, the results, the "
            "next inspection date and the grading date are written into the houses table in "
            "one transaction: when anything fails or the run is canceled, nothing is "
            "written.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Houses layer"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INSPECTIONS, self.tr("House inspections (house_inspections table)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FOCUS_POIS, self.tr("Focus places (schools, hospitals, markets …)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.FOCUS_DISTANCE, self.tr("Focus distance (m)"),
            QgsProcessingParameterNumber.Double, self.DEFAULT_FOCUS_DISTANCE, minValue=0.0))
        self.addParameter(QgsProcessingParameterFile(
            self.RULES, self.tr("Screening rules (JSON file)"),
            QgsProcessingParameterFile.File, "json", optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.AS_OF, self.tr("Grading date (default today)"),
            QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.UPDATE_INPUT, self.tr("Write the results to the houses table"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Graded houses"), QgsProcessing.TypeVectorAnyGeometry,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.GRADED, self.tr("Houses graded")))
        self.addOutput(QgsProcessingOutputNumber(self.UPDATED, self.tr("Houses written back")))

    # --- main thread --------------------------------------------------------------------

    def prepare(self, parameters, context, feedback):
        from ...plugin.core import screening
        from ...plugin.store import dbref
        self._update = self.parameterAsBoolean(parameters, self.UPDATE_INPUT, context)
        self._layer = None
        if self._update:
            self._path, self._layer, _crs = self.database_table(
                parameters, self.INPUT, context, feedback, "houses")
        else:
            self._path = self._project_database(
                table_database(self.layer_behind(parameters, self.INPUT, context), "houses"))

        self._inspections_path = None
        self._inspections_from_layer = False
        if parameters.get(self.INSPECTIONS) not in (None, ""):
            layer = self.layer_behind(parameters, self.INSPECTIONS, context)
            path = table_database(layer, "house_inspections")
            if path is None:
                self.fail(self.tr("The inspections layer “{}” is not the table house_inspections "
                                  "of a Liangwei project database (its source is {}): the "
                                  "member counts are read from the same database.").format(
                    layer.name() if layer is not None else parameters.get(self.INSPECTIONS),
                    layer.source() if layer is not None else "-"))
            if self._project_database(path) is None:
                self.fail(self.tr("The inspections layer “{}” does not belong to a Liangwei "
                                  "project database ({} has no inspection_members table).")
                          .format(layer.name(), dbref.label(path)))
            self._inspections_path = path
            self._inspections_from_layer = True
        elif self._path:
            self._inspections_path = self._path

        self._settings = {}
        settings_path = self._path or self._inspections_path
        if settings_path:
            try:
                con = dbref.connect(settings_path)
                try:
                    self._settings = dbref.read_settings(con)
                finally:
                    con.close()
            except dbref.database_errors() + (ValueError,) as e:
                where = dbref.label(settings_path)
                if self._update:
                    self.fail(self.tr("The settings of the project database {} cannot be "
                                      "read: {}").format(where, e))
                feedback.pushInfo(self.tr("The settings of {} cannot be read ({}); the default "
                                          "cycles and distance are used.").format(where, e))
                self._settings = {}
        self._settings_path = settings_path

        rules_file = self.parameterAsFile(parameters, self.RULES, context)
        try:
            self._rules = screening.load_rules(rules_file or None)
        except screening.RulesError as e:
            self.fail(self.tr("The screening rules cannot be used: {}").format(e.translated(self.tr)))
        self._rules_file = rules_file

    @staticmethod
    def _project_database(path):
        """`path` when it is a project database with houses, their inspections and member
        counts; None otherwise (e.g. a plain GeoPackage whose layer is called houses)."""
        from ...plugin.store import dbref, gpkg
        if not path:
            return None
        if dbref.is_postgis_ref(path):
            return path   # a county schema has every table (dbref.connect checks it)
        try:
            con = gpkg.connect(path)
            try:
                tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
            finally:
                con.close()
        except (gpkg.DatabaseError, sqlite3.DatabaseError):
            return None
        need = {"settings", "houses", "house_inspections", "inspection_members"}
        return path if need <= tables else None

    # --- any thread -----------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ...plugin.core import screening
        from ...plugin.core.codes import join_multi

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        src_crs = source.sourceCrs()
        fields = source.fields()
        idx = {name: fields.lookupField(name) for name in HOUSE_FIELDS}
        if idx["house_id"] < 0 and (self._update or self._inspections_path):
            self.fail(self.tr("The houses layer has no field house_id: its houses cannot be "
                              "matched with their inspections or written back."))
        missing = [n for n in HOUSE_FIELDS if idx[n] < 0 and n != "focus_near_poi"]
        if missing:
            feedback.pushInfo(self.tr("The houses layer has no field(s) {}: they count as "
                                      "empty.").format(", ".join(missing)))

        as_of = self._as_of(parameters, context)
        try:
            cycles = screening.cycles(self._settings)
        except ValueError as e:
            self.fail(self.tr("The inspection cycles in the database settings are wrong: {}")
                      .format(e))
        limit = self.parameterAsDouble(parameters, self.FOCUS_DISTANCE, context)
        if limit == self.DEFAULT_FOCUS_DISTANCE and self._settings_path and \
                self._settings.get("focus_distance_m") not in (None, ""):
            limit = float(self._settings["focus_distance_m"])
            feedback.pushInfo(self.tr("Focus distance: {} m (the database setting).").format(limit))
        else:
            feedback.pushInfo(self.tr("Focus distance: {} m.").format(limit))
        feedback.pushInfo(self.tr("Grading date: {}. Rules: {}. Cycles (months): business {}, "
                                  "over 30 years or hazardous {}, over 20 years {}, other {}.")
                          .format(as_of.isoformat(), self._rules_file or self.tr("the defaults"),
                                  *[cycles[k] for k in screening.CYCLE_KEYS]))

        inspections = self._read_inspections(parameters, context, feedback)
        if inspections is None:
            return self._canceled(feedback)
        pois = None
        to_work = None
        if parameters.get(self.FOCUS_POIS) not in (None, ""):
            if not src_crs.isValid():
                self.fail(self.tr("The houses layer has no coordinate reference system: set its "
                                  "CRS (Layer Properties ▸ Source) and run the algorithm again."))
            work_crs = distance_crs(src_crs, self._centre_longitude(source, context))
            feedback.pushInfo(self.tr("Distances are measured in {} ({}).")
                              .format(work_crs.authid(), work_crs.description()))
            to_work = QgsCoordinateTransform(src_crs, work_crs, context.transformContext())
            pois = self._read_pois(parameters, context, feedback, work_crs)
            if pois is None:
                return self._canceled(feedback)

        # assess every house
        total = source.featureCount() or 0
        houses = []
        request = QgsFeatureRequest()
        features = source.getFeatures(request,
                                      QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                return self._canceled(feedback)
            if total:
                feedback.setProgress(30.0 + 50.0 * n / total)
            house = {name: _plain(attribute(feature, i)) for name, i in idx.items()}
            house_id = as_text(house["house_id"]) or None
            house["house_id"] = house_id
            if self._update and not house_id:
                self.fail(self.tr("Feature {} of the houses layer has no house code: nothing was "
                                  "written back.").format(feature.id()))
            label = house_id or self.tr("feature {}").format(feature.id())
            near = None
            if pois is not None:
                near = self._near(feature, label, pois, to_work, limit)
            assessment = screening.assess(house, inspections.get(house_id, ()), self._rules,
                                          self._settings, as_of, near_poi=near)
            if assessment.grade_error is not None:
                feedback.reportError(self.tr("House {}: the JGJ 125 grade cannot be computed: {}")
                                     .format(label, assessment.grade_error.translated(self.tr)))
            kept_near = near if pois is not None else _plain(attribute(feature, idx["focus_near_poi"]))
            houses.append((feature, assessment, kept_near))
        ranks = screening.risk_ranks([a for _f, a, _n in houses])

        sink_fields = self._sink_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, sink_fields,
                                             source.wkbType(), src_crs)
        if sink is None and (not self._update or parameters.get(self.OUTPUT) is not None):
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        counts = {"serious": 0, "some": 0, "none": 0}
        grades = {"A": 0, "B": 0, "C": 0, "D": 0}
        mismatches = missing_n = due_n = 0
        changes = []
        for k, (feature, a, kept_near) in enumerate(houses):
            if feedback.isCanceled():
                return self._canceled(feedback)
            counts[a.screening] += 1
            if a.computed_grade:
                grades[a.computed_grade] += 1
            mismatches += bool(a.grade_mismatch)
            missing_n += bool(a.missing_measures)
            due_n += "inspect_now" in a.actions
            near = a.focus_near_poi if pois is not None else (
                None if kept_near is None else bool(screening.as_flag(kept_near)))
            reasons = "; ".join(r.translated(self.tr) for r in a.reasons)
            if a.grade_error is not None:
                reasons = "; ".join(filter(None, [reasons, a.grade_error.translated(self.tr)]))
            out = QgsFeature(sink_fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([
                a.house_id, a.screening, a.computed_grade,
                None if a.grade_result is None or a.grade_result.ratio is None
                else round(a.grade_result.ratio, 6),
                a.grade_mismatch, a.focus_business, a.focus_altered, near,
                join_multi(a.required_measures), join_multi(a.missing_measures),
                join_multi(a.actions), QDate(a.next_inspection_due), ranks[k], reasons or None])
            if sink is not None and not sink.addFeature(out, QgsFeatureSink.FastInsert):
                self.fail(self.writeFeatureError(sink, parameters, self.OUTPUT))
            if self._update:
                row = {
                    "computed_screening": a.screening, "computed_grade": a.computed_grade,
                    "grade_mismatch": None if a.grade_mismatch is None else int(a.grade_mismatch),
                    "focus_business": int(a.focus_business), "focus_altered": int(a.focus_altered),
                    "required_measures": join_multi(a.required_measures),
                    "missing_measures": join_multi(a.missing_measures),
                    "risk_rank": ranks[k],
                    "next_inspection_due": a.next_inspection_due.isoformat(),
                    "graded_on": as_of.isoformat(),
                }
                if pois is not None:
                    row["focus_near_poi"] = int(bool(a.focus_near_poi))
                changes.append((a.house_id, row))

        updated = 0
        if self._update:
            try:
                updated = self._write(changes, feedback)
            except _Canceled:
                return self._canceled(feedback)

        feedback.pushInfo(self.tr("Houses graded: {}. Screening: serious {}, some hazard {}, none "
                                  "{}. Computed grades: A {}, B {}, C {}, D {}; differing from "
                                  "the appraisal: {}. Houses lacking required measures: {}; "
                                  "inspections due: {}.").format(
            len(houses), counts["serious"], counts["some"], counts["none"], grades["A"],
            grades["B"], grades["C"], grades["D"], mismatches, missing_n, due_n))
        if self._update:
            feedback.pushInfo(self.tr("Written back to the database: {} house(s).").format(updated))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.GRADED: len(houses), self.UPDATED: updated}

    def postProcessAlgorithm(self, context, feedback):
        layer = getattr(self, "_layer", None)
        if getattr(self, "_update", False) and layer is not None and not sip.isdeleted(layer):
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        return {}

    # --- steps ----------------------------------------------------------------------------

    def _canceled(self, feedback):
        if getattr(self, "_update", False):
            feedback.pushInfo(self.tr("Canceled: nothing was written back, the database is as "
                                      "it was."))
        else:
            feedback.pushInfo(self.tr("Canceled."))
        return {self.OUTPUT: None, self.GRADED: 0, self.UPDATED: 0}

    @staticmethod
    def _sink_fields():
        fields = QgsFields()
        for name, kind in (("house_id", QVariant.String), ("computed_screening", QVariant.String),
                           ("computed_grade", QVariant.String), ("grade_ratio", QVariant.Double),
                           ("grade_mismatch", QVariant.Bool), ("focus_business", QVariant.Bool),
                           ("focus_altered", QVariant.Bool), ("focus_near_poi", QVariant.Bool),
                           ("required_measures", QVariant.String),
                           ("missing_measures", QVariant.String), ("actions", QVariant.String),
                           ("next_inspection_due", QVariant.Date), ("risk_rank", QVariant.Int),
                           ("reasons", QVariant.String)):
            fields.append(QgsField(name, kind))
        return fields

    def _as_of(self, parameters, context):
        value = parameters.get(self.AS_OF)
        if value in (None, ""):
            return datetime.date.today()
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, (QDate, QDateTime)):
            return _plain(value)
        dt = self.parameterAsDateTime(parameters, self.AS_OF, context)
        if dt is None or not dt.isValid():
            try:
                return datetime.date.fromisoformat(str(value).strip()[:10])
            except ValueError:
                self.fail(self.tr("The grading date “{}” is not a date (write it like "
                                  "2025-06-30).").format(value))
        return dt.date().toPyDate()

    def _centre_longitude(self, source, context):
        from qgis.core import QgsCoordinateReferenceSystem
        extent = source.sourceExtent()
        if extent.isNull() or not extent.isFinite():
            return None
        try:
            t = QgsCoordinateTransform(source.sourceCrs(),
                                       QgsCoordinateReferenceSystem("EPSG:4490"),
                                       context.transformContext())
            return t.transform(extent.center()).x()
        except QgsCsException:
            return None

    def _read_inspections(self, parameters, context, feedback):
        """{house_id: [inspection dict with its members]}; None when canceled."""
        from ...plugin.store import dbref
        if not self._inspections_path:
            feedback.pushInfo(self.tr("No inspections: the grades cannot be computed, and the "
                                      "houses are screened from their records alone."))
            return {}
        rows = []
        if self._inspections_from_layer:
            source = self.parameterAsSource(parameters, self.INSPECTIONS, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.INSPECTIONS))
            f = source.fields()
            idx = {name: f.lookupField(name) for name in INSPECTION_FIELDS}
            for need in ("house_id", "inspected_on"):
                if idx[need] < 0:
                    self.fail(self.tr("The inspections layer has no field {}.").format(need))
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
            for feature in source.getFeatures(request):
                if feedback.isCanceled():
                    return None
                row = {name: _plain(attribute(feature, i)) for name, i in idx.items()}
                if row["inspection_id"] is None:
                    row["inspection_id"] = feature.id()
                rows.append(row)
        con = None
        try:
            con = dbref.connect(self._inspections_path)
            if not self._inspections_from_layer:
                cur = con.execute("SELECT %s FROM house_inspections" % ", ".join(
                    '"%s"' % n for n in INSPECTION_FIELDS))
                rows = [dict(zip(INSPECTION_FIELDS, r)) for r in cur]
            members = {}
            for iid, storey, mtype, total, dangerous in con.execute(
                    "SELECT inspection_id, storey, member_type, total, dangerous "
                    "FROM inspection_members ORDER BY inspection_id, storey, member_type"):
                members.setdefault(iid, []).append((storey, mtype, total, dangerous))
        except dbref.database_errors() as e:
            self.fail(self.tr("The inspections and member counts of {} cannot be read: {}")
                      .format(dbref.label(self._inspections_path), e))
        finally:
            if con is not None:
                con.close()
        out = {}
        for row in rows:
            row["members"] = members.get(row["inspection_id"], [])
            out.setdefault(as_text(row["house_id"]), []).append(row)
        feedback.pushInfo(self.tr("Inspections read: {} of {} house(s), {} with member counts.")
                          .format(len(rows), len(out), sum(1 for r in rows if r["members"])))
        feedback.setProgress(20)
        return out

    def _read_pois(self, parameters, context, feedback, work_crs):
        """(spatial index, {fid: geometry in the work CRS}); None when canceled."""
        source = self.parameterAsSource(parameters, self.FOCUS_POIS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FOCUS_POIS))
        if not source.sourceCrs().isValid():
            self.fail(self.tr("The focus places layer has no coordinate reference system: set "
                              "its CRS (Layer Properties ▸ Source) and run the algorithm again."))
        transform = QgsCoordinateTransform(source.sourceCrs(), work_crs, context.transformContext())
        index = QgsSpatialIndex()
        geoms = {}
        for f in source.getFeatures(QgsFeatureRequest(),
                                    QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
            if feedback.isCanceled():
                return None
            geom = QgsGeometry(f.geometry())
            if geom.isNull() or geom.isEmpty():
                continue
            if geom.type() == QgsWkbTypes.PolygonGeometry and not geom.isGeosValid():
                geom = geom.makeValid()
            try:
                geom.transform(transform)
            except QgsCsException as e:
                self.fail(self.tr("Feature {} of the focus places cannot be transformed to {}: {}")
                          .format(f.id(), work_crs.authid(), e))
            geoms[f.id()] = geom
            index.addFeature(f.id(), geom.boundingBox())
        feedback.pushInfo(self.tr("Focus places: {}.").format(len(geoms)))
        return index, geoms

    def _near(self, feature, label, pois, to_work, limit):
        index, geoms = pois
        geom = QgsGeometry(feature.geometry())
        if geom.isNull() or geom.isEmpty():
            return None
        if geom.type() == QgsWkbTypes.PolygonGeometry and not geom.isGeosValid():
            geom = geom.makeValid()
        try:
            geom.transform(to_work)
        except QgsCsException as e:
            self.fail(self.tr("House {} cannot be transformed for measuring: {}").format(label, e))
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        box = geom.boundingBox()
        box.grow(limit)
        return any(engine.distance(geoms[fid].constGet()) <= limit
                   for fid in index.intersects(box))

    def _write(self, changes, feedback):
        """Write the results back in one transaction; the number written."""
        return self.write_back(self._path, "houses", "house_id", changes, feedback,
                               (80.0, 100.0), {
            "refused": self.tr("House {}: the database refused the results ({}). "
                               "Nothing was written back."),
            "missing": self.tr("House {} is not in the database {}. Nothing was "
                               "written back.")}, _Canceled)
