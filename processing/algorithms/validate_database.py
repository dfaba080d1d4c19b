"""liangwei:validate_database — the problems of a project database, one row each.

The rules (problem keys, mandatory fields, staleness, open cases) are
plugin/core/validation.py; this module reads the layers, measures and words the
messages.
"""

import datetime

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsProcessingParameters,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...plugin.i18n import ui_language
from .base import LiangweiAlgorithm
from .common import as_text, attribute, table_database


class ValidateDatabaseAlgorithm(LiangweiAlgorithm):
    VIOLATIONS = "VIOLATIONS"
    HOUSES = "HOUSES"
    ZONES = "ZONES"
    STALE_DAYS = "STALE_DAYS"
    AS_OF = "AS_OF"
    OUTPUT = "OUTPUT"
    PROBLEMS = "PROBLEMS"

    DEFAULT_STALE_DAYS = 30

    group_id = "database"

    def name(self):
        return "validate_database"

    def displayName(self):
        return self.tr("Validate the project database")

    def shortHelpString(self):
        return self.tr(
            "Checks the violations, houses and zones of a project database and lists every "
            "problem found, one row each.\n\n"
            "Problems (the field “problem” holds the key, “message” says it in words):\n"
            "invalid_geometry — the geometry is invalid;\n"
            "empty_geometry — the feature has no geometry;\n"
            "missing_field — a mandatory field is empty (the required fields of the "
            "database, and the township of cases and houses);\n"
            "township_mismatch / village_mismatch — the township or village code is not "
            "the zone the feature lies in (largest overlap with the zones layer; the "
            "village is compared when the township agrees);\n"
            "outside_zones — the feature lies outside every township and village;\n"
            "overlapping_open_cases — two open cases overlap by more than 0.01 m² (each "
            "pair once, on the case with the lower feature id; the message names both);\n"
            "stale_case — an open case has had no event for more than the stale days "
            "before the check date (read from the case events of the violations layer's "
            "database; skipped when the violations layer is not a project database "
            "table);\n"
            "d_house_without_measures — a house appraised D (整幢危房) has no rectification "
            "measure.\n\n"
            "Stale days: left at 30, the database's setting “Days without an event before "
            "a case is stale” (stale_days, 30 unless changed) is used; any other value is "
            "used as entered. Check date: today when empty.\n\n"
            "Output: a point layer in the CRS of the violations layer with the fields layer, "
            "feature_id, code (case number, house code or zone code), problem and message. "
            "The point is a point on the problem feature (for an overlap, on the "
            "overlapping area); a feature without a usable geometry gives a row without "
            "geometry. The log counts the problems of each kind. Nothing in the database "
            "is changed.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.VIOLATIONS, self.tr("Violations layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.HOUSES, self.tr("Houses layer"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ZONES, self.tr("Zones layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterNumber(
            self.STALE_DAYS, self.tr("Stale after this many days without an event"),
            QgsProcessingParameterNumber.Integer, self.DEFAULT_STALE_DAYS, minValue=0))
        self.addParameter(QgsProcessingParameterDateTime(
            self.AS_OF, self.tr("Check date (empty: today)"),
            QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Problems"), QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.PROBLEMS, self.tr("Problems found")))

    # --- main thread ------------------------------------------------------------------------

    def prepare(self, parameters, context, feedback):
        from ...plugin.store import dbref
        layer = self.parameterAsVectorLayer(parameters, self.VIOLATIONS, context)
        # A GeoPackage path or a PostGIS county schema (store/dbref.py).
        self._path = table_database(layer, "violations")
        self._settings = {}
        if self._path:
            try:
                con = dbref.connect(self._path)
                try:
                    self._settings = dbref.read_settings(con)
                finally:
                    con.close()
            except dbref.database_errors() + (ValueError,) as e:
                feedback.pushInfo(self.tr("The settings of {} cannot be read ({}).")
                                  .format(dbref.label(self._path), e))

    # --- any thread ---------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ...plugin.core import validation
        from ...plugin.gis.area import AreaCalculator
        from ...plugin.gis.zoning import ZoneIndex

        layers = {}
        for param, table in ((self.VIOLATIONS, "violations"), (self.HOUSES, "houses"),
                             (self.ZONES, "zones")):
            layer = self.parameterAsVectorLayer(parameters, param, context)
            if layer is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, param))
            if not layer.crs().isValid():
                self.fail(self.tr("The layer “{}” has no coordinate reference system: set its "
                                  "CRS (Layer Properties ▸ Source) and run the check again.")
                          .format(layer.name()))
            names = set(layer.fields().names())
            absent = [f for f in validation.mandatory_fields(table) + [validation.CODE_FIELD[table]]
                      if f not in names]
            if absent:
                self.fail(self.tr("The layer “{}” has no field {}: choose the {} layer of a "
                                  "project database.").format(
                    layer.name(), ", ".join(sorted(set(absent))), table))
            layers[table] = layer
        out_crs = layers["violations"].crs()

        stale_days = self.parameterAsInt(parameters, self.STALE_DAYS, context)
        if stale_days == self.DEFAULT_STALE_DAYS and self._settings.get("stale_days") is not None:
            stale_days = int(self._settings["stale_days"])
        as_of = self._as_of(parameters, context)
        feedback.pushInfo(self.tr("Check date {}; a case is stale after {} days without an "
                                  "event.").format(as_of.isoformat(), stale_days))

        fields = QgsFields()
        fields.append(QgsField("layer", QVariant.String))
        fields.append(QgsField("feature_id", QVariant.LongLong))
        fields.append(QgsField("code", QVariant.String))
        fields.append(QgsField("problem", QVariant.String))
        fields.append(QgsField("message", QVariant.String))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Point, out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        counts = dict((p, 0) for p in validation.PROBLEMS)

        def report(table, fid, code, problem, message, point=None):
            f = QgsFeature(fields)
            if point is not None and not point.isNull() and not point.isEmpty():
                f.setGeometry(point)
            f.setAttributes([table, fid, code or None, problem, message])
            if not sink.addFeature(f, QgsFeatureSink.FastInsert):
                self.fail(self.writeFeatureError(sink, parameters, self.OUTPUT))
            counts[problem] += 1

        try:
            zones = ZoneIndex.from_layer(layers["zones"], out_crs, context.transformContext(),
                                         feedback)
        except (ValueError, QgsCsException) as e:
            self.fail(self.tr("The zones layer cannot be used: {}").format(e))
        area = AreaCalculator(out_crs, context.transformContext())

        open_cases = []     # (fid, case_id, geometry in out_crs or None)
        statuses = {}       # fid -> status of the open cases
        spans = {"violations": (0, 40), "houses": (40, 70), "zones": (70, 80)}
        for table in ("violations", "houses", "zones"):
            result = self._check_layer(table, layers[table], out_crs, zones, context, feedback,
                                       spans[table], report, open_cases, statuses)
            if result is None:
                return self._canceled(feedback, dest_id, counts)

        if self._overlaps(open_cases, area, feedback, report) is None:
            return self._canceled(feedback, dest_id, counts)

        if self._path:
            if self._stale(statuses, open_cases, as_of, stale_days, feedback, report) is None:
                return self._canceled(feedback, dest_id, counts)
        else:
            feedback.pushInfo(self.tr("The violations layer is not a table of a project "
                                      "database, so its case events cannot be read: the check "
                                      "for stale cases was skipped."))

        total = sum(counts.values())
        for problem in validation.PROBLEMS:
            feedback.pushInfo(self.tr("{}: {} problem(s)").format(problem, counts[problem]))
        feedback.pushInfo(self.tr("Problems found: {}.").format(total))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.PROBLEMS: total}

    # --- steps --------------------------------------------------------------------------------

    def _canceled(self, feedback, dest_id, counts):
        feedback.pushInfo(self.tr("Canceled: the check is incomplete."))
        return {self.OUTPUT: dest_id, self.PROBLEMS: sum(counts.values())}

    def _as_of(self, parameters, context):
        value = parameters.get(self.AS_OF)
        if value in (None, ""):
            return datetime.date.today()
        qdate = QgsProcessingParameters.parameterAsDate(
            self.parameterDefinition(self.AS_OF), parameters, context)
        if qdate is not None and qdate.isValid():
            return datetime.date(qdate.year(), qdate.month(), qdate.day())
        try:
            return datetime.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            self.fail(self.tr("The check date “{}” is not a date like 2025-06-30.").format(value))

    def _label(self, table, code, fid):
        code = code or "-"
        if table == "violations":
            return self.tr("Case {} (feature {})").format(code, fid)
        if table == "houses":
            return self.tr("House {} (feature {})").format(code, fid)
        return self.tr("Zone {} (feature {})").format(code, fid)

    @staticmethod
    def _point(geom):
        """A point on a geometry (the centre of its box when GEOS cannot find one)."""
        if geom is None or geom.isNull() or geom.isEmpty():
            return None
        if geom.type() == QgsWkbTypes.PointGeometry and not geom.isMultipart():
            return QgsGeometry(geom)
        point = geom.pointOnSurface()
        if point is None or point.isNull() or point.isEmpty():
            point = QgsGeometry.fromPointXY(QgsPointXY(geom.boundingBox().center()))
        return point

    def _check_layer(self, table, layer, out_crs, zones, context, feedback, span, report,
                     open_cases, statuses):
        """Geometry, mandatory fields, location (and, per table, open cases and D houses).
        None when canceled."""
        from ...plugin.core import codes, validation
        transform = None
        if layer.crs() != out_crs:
            transform = QgsCoordinateTransform(layer.crs(), out_crs, context.transformContext())
        lay_fields = layer.fields()
        mandatory = validation.mandatory_fields(table)
        idx = {name: lay_fields.lookupField(name) for name in
               set(mandatory) | {validation.CODE_FIELD[table], "township_code", "village_code",
                                 "status", "appraisal_grade", "measures"}}
        total = layer.featureCount() or 0
        lang = ui_language()
        request = QgsFeatureRequest()
        request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
        for n, feature in enumerate(layer.getFeatures(request)):
            if feedback.isCanceled():
                return None
            if total:
                feedback.setProgress(span[0] + (span[1] - span[0]) * n / total)
            fid = feature.id()
            code = as_text(attribute(feature, idx[validation.CODE_FIELD[table]]))
            label = self._label(table, code, fid)

            geom = QgsGeometry(feature.geometry())
            usable = None
            if geom.isNull() or geom.isEmpty():
                report(table, fid, code, "empty_geometry",
                       self.tr("{}: it has no geometry.").format(label))
            else:
                if transform is not None:
                    try:
                        geom.transform(transform)
                    except QgsCsException as e:
                        self.fail(self.tr("{} of the layer “{}” cannot be transformed to {}: {}")
                                  .format(label, layer.name(), out_crs.authid(), e))
                usable = geom
                if not geom.isGeosValid():
                    errors = "; ".join(e.what() for e in geom.validateGeometry()) \
                        or self.tr("invalid")
                    report(table, fid, code, "invalid_geometry",
                           self.tr("{}: the geometry is invalid ({}).").format(label, errors),
                           self._point(geom))
                    usable = geom.makeValid()

            values = {name: attribute(feature, i) for name, i in idx.items() if i >= 0}
            missing = validation.missing_fields(table, values)
            if missing:
                report(table, fid, code, "missing_field",
                       self.tr("{}: mandatory field(s) empty: {}.").format(label, ", ".join(missing)),
                       self._point(usable))

            if table in ("violations", "houses") and usable is not None and not usable.isEmpty():
                assigned = zones.assign(usable)
                township = as_text(values.get("township_code"))
                village = as_text(values.get("village_code"))
                problem = validation.location_problem(township, village, assigned.township_code,
                                                      assigned.village_code)
                if problem == "township_mismatch":
                    message = self.tr("{}: its township code is {}, but it lies in township {}.") \
                        .format(label, township, assigned.township_code)
                elif problem == "village_mismatch":
                    message = self.tr("{}: its village code is {}, but it lies in village {}.") \
                        .format(label, village, assigned.village_code or self.tr("(none)"))
                elif problem == "outside_zones":
                    message = self.tr("{}: it lies outside every township and village of the zones "
                                      "layer.").format(label)
                if problem:
                    report(table, fid, code, problem, message, self._point(usable))

            if table == "violations":
                status = values.get("status")
                if validation.is_open(status):
                    statuses[fid] = as_text(status)
                    open_cases.append((fid, code, usable if usable is not None
                                       and not usable.isEmpty() else None))
            elif table == "houses":
                if validation.d_house_without_measures(values.get("appraisal_grade"),
                                                       values.get("measures")):
                    report(table, fid, code, "d_house_without_measures",
                           self.tr("{}: appraised {} but no rectification measure is recorded.")
                           .format(label, codes.GRADE.label("D", lang)), self._point(usable))
        return True

    def _overlaps(self, open_cases, area, feedback, report):
        """Each pair of open cases overlapping by more than the tolerance, once."""
        from ...plugin.core import validation
        cases = [c for c in open_cases if c[2] is not None]
        index = QgsSpatialIndex()
        for i, (fid, code, geom) in enumerate(cases):
            index.addFeature(i, geom.boundingBox())
        for i, (fid, code, geom) in enumerate(cases):
            if feedback.isCanceled():
                return None
            if cases:
                feedback.setProgress(80 + 15.0 * i / len(cases))
            engine = QgsGeometry.createGeometryEngine(geom.constGet())
            engine.prepareGeometry()
            for j in sorted(index.intersects(geom.boundingBox())):
                other_fid, other_code, other = cases[j]
                if other_fid <= fid or not engine.intersects(other.constGet()):
                    continue
                common = geom.intersection(other)
                overlap = area.area_m2(common)
                if validation.overlaps(overlap):
                    first, second = sorted([(fid, code), (other_fid, other_code)])
                    report("violations", first[0], first[1], "overlapping_open_cases",
                           self.tr("Open cases {} (feature {}) and {} (feature {}) overlap by "
                                   "{:.2f} m².").format(first[1] or "-", first[0],
                                                         second[1] or "-", second[0], overlap),
                           self._point(common))
        return True

    def _stale(self, statuses, open_cases, as_of, stale_days, feedback, report):
        """Open cases with no event for more than stale_days (events of the database)."""
        from ...plugin.core import codes, validation
        from ...plugin.store import dbref
        try:
            con = dbref.connect(self._path)
            try:
                # PostgreSQL's timestamps as the GeoPackage's ISO text
                last = {case_id: dbref.timestamp_text(at) for case_id, at in con.execute(
                    "SELECT case_id, MAX(at) FROM case_events GROUP BY case_id")}
            finally:
                con.close()
        except dbref.database_errors() as e:
            self.fail(self.tr("The case events of {} cannot be read: {}").format(
                dbref.label(self._path), e))
        lang = ui_language()
        for k, (fid, code, geom) in enumerate(open_cases):
            if feedback.isCanceled():
                return None
            feedback.setProgress(95 + 5.0 * k / max(1, len(open_cases)))
            status = statuses.get(fid)
            at = last.get(code)
            if not validation.is_stale(status, at, as_of, stale_days):
                continue
            label = self._label("violations", code, fid)
            days = validation.days_without_event(at, as_of)
            if days is None:
                message = self.tr("{}: open ({}) and no event was ever recorded for it.") \
                    .format(label, codes.CASE_STATUS.label(status, lang))
            else:
                message = self.tr("{}: open ({}) with no event for {} days (last event on {}; "
                                  "allowed {} days).").format(
                    label, codes.CASE_STATUS.label(status, lang), days,
                    validation.event_date(at).isoformat(), stale_days)
            report("violations", fid, code, "stale_case", message, self._point(geom))
        return True
