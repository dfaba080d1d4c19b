"""liangwei:flag_priorities — the six 六先拆 flags and the priority score of every case.

The rules (which flag from which fact, the score) are plugin/core/priorities.py; this
module measures the facts: distances and intersections with the reference layers, in
metres, in a projected CRS.
"""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
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
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant

from .base import LiangweiAlgorithm
from ...plugin.core.priorities import TOUCH_TOLERANCE_M
from .common import as_text, attribute, table_database


class _Canceled(Exception):
    pass


def distance_crs(crs, extent_lonlat_centre):
    """The CRS distances are measured in: `crs` itself when it is projected in metres
    (and not a Mercator, whose scale is off by 1/cos(latitude)), else the CGCS2000 3°
    Gauss–Krüger zone of the longitude of the data's centre."""
    from ...plugin.core.priorities import gauss_kruger_epsg
    if (not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters
            and "+proj=merc" not in crs.toProj()):
        return crs
    lon = extent_lonlat_centre if extent_lonlat_centre is not None else 120.0
    return QgsCoordinateReferenceSystem("EPSG:%d" % gauss_kruger_epsg(lon))


class _Reference:
    """The geometries of one reference layer in the distance CRS, with a spatial index."""

    def __init__(self, label):
        self.label = label
        self.index = QgsSpatialIndex()
        self.geoms = {}

    def add(self, fid, geom):
        self.geoms[fid] = geom
        self.index.addFeature(fid, geom.boundingBox())

    def intersects(self, geom, engine):
        for fid in self.index.intersects(geom.boundingBox()):
            if engine.intersects(self.geoms[fid].constGet()):
                return True
        return False

    def within(self, geom, engine, distance):
        box = geom.boundingBox()
        box.grow(distance)
        for fid in self.index.intersects(box):
            if engine.distance(self.geoms[fid].constGet()) <= distance:
                return True
        return False


class FlagPrioritiesAlgorithm(LiangweiAlgorithm):
    VIOLATIONS = "VIOLATIONS"
    ROADS = "ROADS"
    RAILWAYS = "RAILWAYS"
    RIVERS = "RIVERS"
    HILLS = "HILLS"
    FARMLAND = "FARMLAND"
    PROJECTS = "PROJECTS"
    HOUSES = "HOUSES"
    SIDE_DISTANCE = "SIDE_DISTANCE"
    UPDATE_INPUT = "UPDATE_INPUT"
    OUTPUT = "OUTPUT"
    UPDATED = "UPDATED"

    DEFAULT_SIDE_DISTANCE = 50.0

    group_id = "violations"

    def name(self):
        return "flag_priorities"

    def displayName(self):
        return self.tr("Flag demolish-first priorities")

    def shortHelpString(self):
        return self.tr(
            "Sets the six “demolish first” (六先拆) flags of every violation case and its "
            "priority score.\n\n"
            "Violations: the violations layer of a project database, or any polygon layer "
            "with the same fields.\n"
            "Roads, railways, rivers (optional; lines or polygons), hills (optional; "
            "polygons): a case within the four-sides distance of a road, railway or river, "
            "or intersecting a hill, is a four-sides violation (四边违建).\n"
            "Farmland (optional; polygons of cultivated land or permanent basic farmland): "
            "a case intersecting it occupies farmland (侵占耕地).\n"
            "Planned projects (optional; polygons): a case intersecting one obstructs a "
            "project (妨碍建设).\n"
            "Houses (optional; the houses layer, with appraisal_grade and screening): a "
            "case containing or touching (within 1 cm) a house appraised C or D, or "
            "screened as a serious hazard, is unsafe (影响安全).\n"
            "A case whose party type is 党员干部 (cadre) is a cadre violation; the flag "
            "typical (突出典型) is kept as entered.\n"
            "A reference layer that is not given leaves its flag as it was in the input.\n\n"
            "Four-sides distance: in metres. Left at 50 m, the database's own setting "
            "“Four-sides buffer (m)” (side_distance_m, 50 m unless changed) is used when "
            "the violations layer belongs to a project database; any other value is used "
            "as entered. A case exactly at the distance counts. Distances are measured in "
            "the violations layer's CRS when it is projected in metres; otherwise (degrees, "
            "or Web Mercator) in the CGCS2000 3° Gauss–Krüger zone (EPSG:4534–4554, central "
            "meridian 75° + 3k) nearest to the data's longitude. Reference layers may be "
            "in any CRS.\n\n"
            "Priority score: the sum of the weights of the flags a case carries; the "
            "weights are the database settings priority_weight_* (defaults: cadre 30, four "
            "sides 15, obstructs 15, unsafe 25, typical 10, farmland 20).\n\n"
            "Output: the cases with case_id, status, the six flags and priority_score.\n"
            "Write back: with “Write the flags back to the database” ticked, the flags and "
            "scores that changed are written into the violations table in one transaction: "
            "when anything fails or the run is canceled, nothing is written.")

    def initAlgorithm(self, config=None):
        lines_or_polygons = [QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.VIOLATIONS, self.tr("Violations layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Roads (highways)"), lines_or_polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RAILWAYS, self.tr("Railways"), lines_or_polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RIVERS, self.tr("Rivers"), lines_or_polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HILLS, self.tr("Hills"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FARMLAND, self.tr("Cultivated land / permanent basic farmland"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PROJECTS, self.tr("Planned projects"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.HOUSES, self.tr("Houses (with appraisal grade and screening)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SIDE_DISTANCE, self.tr("Four-sides distance (m)"),
            QgsProcessingParameterNumber.Double, self.DEFAULT_SIDE_DISTANCE, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.UPDATE_INPUT, self.tr("Write the flags back to the database"), False))
        # Optional: a model that only writes the flags back needs no output layer.
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Prioritised violations"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(
            self.UPDATED, self.tr("Cases written back")))

    # --- main thread --------------------------------------------------------------------

    def prepare(self, parameters, context, feedback):
        from ...plugin.store import dbref
        self._update = self.parameterAsBoolean(parameters, self.UPDATE_INPUT, context)
        self._layer = None
        self._path = None
        self._settings = {}
        if self._update:
            self._path, self._layer, _crs = self.database_table(
                parameters, self.VIOLATIONS, context, feedback, "violations")
        else:
            self._path = table_database(self.layer_behind(parameters, self.VIOLATIONS, context),
                                        "violations")
        if self._path:
            try:
                con = dbref.connect(self._path)
                try:
                    self._settings = dbref.read_settings(con)
                finally:
                    con.close()
            except dbref.database_errors() + (ValueError,) as e:
                where = dbref.label(self._path)
                if self._update:
                    self.fail(self.tr("The settings of the project database {} cannot be "
                                      "read: {}").format(where, e))
                feedback.pushInfo(self.tr("The settings of {} cannot be read ({}); the default "
                                          "weights and distance are used.").format(where, e))
                self._settings = {}

    # --- any thread -----------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ...plugin.core import priorities

        source = self.parameterAsSource(parameters, self.VIOLATIONS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.VIOLATIONS))
        src_crs = source.sourceCrs()
        if not src_crs.isValid():
            self.fail(self.tr("The violations layer has no coordinate reference system: set its "
                              "CRS (Layer Properties ▸ Source) and run the algorithm again."))
        fields = source.fields()
        idx = {name: fields.lookupField(name) for name in
               ("case_id", "status", "party_type", "priority_score") + priorities.FLAGS}
        if self._update and idx["case_id"] < 0:
            self.fail(self.tr("The violations layer has no field case_id: the flags cannot be "
                              "written back."))
        if idx["party_type"] < 0:
            feedback.pushInfo(self.tr("The violations layer has no field party_type: the cadre "
                                      "flag is kept as it was."))

        try:
            weights = priorities.weights(self._settings)
        except ValueError as e:
            self.fail(self.tr("The priority weights in the database settings are wrong: {}")
                      .format(e))
        limit = self.parameterAsDouble(parameters, self.SIDE_DISTANCE, context)
        if limit == self.DEFAULT_SIDE_DISTANCE and self._path:
            limit = priorities.side_distance(self._settings)
            feedback.pushInfo(self.tr("Four-sides distance: {} m (the database setting).")
                              .format(limit))
        else:
            feedback.pushInfo(self.tr("Four-sides distance: {} m.").format(limit))
        feedback.pushInfo(self.tr("Weights: {}.").format(", ".join(
            "%s %g" % (flag, weights[flag]) for flag in priorities.FLAGS)))

        work_crs = distance_crs(src_crs, self._centre_longitude(source, context))
        feedback.pushInfo(self.tr("Distances are measured in {} ({}).")
                          .format(work_crs.authid(), work_crs.description()))
        to_work = QgsCoordinateTransform(src_crs, work_crs, context.transformContext())

        refs = self._references(parameters, context, feedback, work_crs)
        if refs is None:
            return self._canceled(feedback, parameters)

        sink_fields = QgsFields()
        sink_fields.append(QgsField("case_id", QVariant.String))
        sink_fields.append(QgsField("status", QVariant.String))
        for flag in priorities.FLAGS:
            sink_fields.append(QgsField(flag, QVariant.Bool))
        sink_fields.append(QgsField("priority_score", QVariant.Double))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, sink_fields,
                                             source.wkbType(), src_crs)
        if sink is None and (not self._update or parameters.get(self.OUTPUT) is not None):
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        total = source.featureCount() or 0
        counts = dict((flag, 0) for flag in priorities.FLAGS)
        changes = []
        n = -1
        features = source.getFeatures(QgsFeatureRequest(),
                                      QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                return self._canceled(feedback, parameters, dest_id)
            if total:
                feedback.setProgress(30.0 + 60.0 * n / total)
            case_id = as_text(attribute(feature, idx["case_id"]))
            previous = {flag: attribute(feature, idx[flag]) for flag in priorities.FLAGS}
            facts = self._facts(feature, case_id, refs, to_work, limit, feedback)
            if idx["party_type"] >= 0:
                facts["flag_cadre"] = priorities.is_cadre(attribute(feature, idx["party_type"]))
            flags = priorities.decide(previous, facts)
            score = priorities.priority_score(flags, weights)
            for flag in priorities.FLAGS:
                counts[flag] += int(flags[flag])

            out = QgsFeature(sink_fields)
            out.setGeometry(feature.geometry())
            status = attribute(feature, idx["status"])
            out.setAttributes([case_id or None, None if status is None else str(status)]
                              + [flags[f] for f in priorities.FLAGS] + [score])
            if sink is not None and not sink.addFeature(out, QgsFeatureSink.FastInsert):
                self.fail(self.writeFeatureError(sink, parameters, self.OUTPUT))

            if self._update:
                if not case_id:
                    self.fail(self.tr("Feature {} of the violations layer has no case number: "
                                      "nothing was written back.").format(feature.id()))
                old_score = attribute(feature, idx["priority_score"])
                changed = any(priorities.as_flag(previous[f]) != flags[f]
                              for f in priorities.FLAGS)
                if changed or old_score is None or abs(float(old_score) - score) > 1e-9:
                    row = {f: int(flags[f]) for f in priorities.FLAGS}
                    row["priority_score"] = score
                    changes.append((case_id, row))
        cases = n + 1

        updated = 0
        if self._update:
            try:
                updated = self._write(changes, feedback)
            except _Canceled:
                return self._canceled(feedback, parameters, dest_id)

        feedback.pushInfo(self.tr("Cases: {}. Flags set: cadre {}, four sides {}, obstructs {}, "
                                  "unsafe {}, typical {}, farmland {}.").format(
            cases, *[counts[f] for f in priorities.FLAGS]))
        if self._update:
            feedback.pushInfo(self.tr("Written back to the database: {} case(s) changed, {} "
                                      "unchanged.").format(updated, cases - updated))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id, self.UPDATED: updated}

    def postProcessAlgorithm(self, context, feedback):
        layer = getattr(self, "_layer", None)
        if getattr(self, "_update", False) and layer is not None and not sip.isdeleted(layer):
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        return {}

    # --- steps ----------------------------------------------------------------------------

    def _canceled(self, feedback, parameters, dest_id=None):
        if getattr(self, "_update", False):
            feedback.pushInfo(self.tr("Canceled: nothing was written back, the database is as "
                                      "it was."))
        else:
            feedback.pushInfo(self.tr("Canceled."))
        return {self.OUTPUT: dest_id, self.UPDATED: 0}

    def _centre_longitude(self, source, context):
        """Longitude (CGCS2000) of the centre of the violations' extent, or None."""
        extent = source.sourceExtent()
        if extent.isNull() or not extent.isFinite():
            return None
        try:
            t = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4490"),
                                       context.transformContext())
            return t.transform(extent.center()).x()
        except QgsCsException:
            return None

    def _references(self, parameters, context, feedback, work_crs):
        """{role: _Reference} of the reference layers given (None when canceled)."""
        from ...plugin.core.priorities import is_unsafe_house
        roles = ((self.ROADS, self.tr("roads")), (self.RAILWAYS, self.tr("railways")),
                 (self.RIVERS, self.tr("rivers")), (self.HILLS, self.tr("hills")),
                 (self.FARMLAND, self.tr("farmland")), (self.PROJECTS, self.tr("planned projects")),
                 (self.HOUSES, self.tr("houses")))
        refs = {}
        for k, (param, label) in enumerate(roles):
            source = self.parameterAsSource(parameters, param, context)
            if source is None:
                continue
            crs = source.sourceCrs()
            if not crs.isValid():
                self.fail(self.tr("The {} layer has no coordinate reference system: set its CRS "
                                  "(Layer Properties ▸ Source) and run the algorithm again.")
                          .format(label))
            keep = None
            if param == self.HOUSES:
                names = source.fields()
                gi, si = names.lookupField("appraisal_grade"), names.lookupField("screening")
                if gi < 0 and si < 0:
                    self.fail(self.tr("The houses layer has neither the field appraisal_grade nor "
                                      "screening, so no house can be recognised as unsafe."))

                keep = (lambda f, gi=gi, si=si:
                        is_unsafe_house(attribute(f, gi), attribute(f, si)))
            transform = QgsCoordinateTransform(crs, work_crs, context.transformContext())
            ref = _Reference(label)
            request = QgsFeatureRequest()
            for f in source.getFeatures(request,
                                        QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
                if feedback.isCanceled():
                    return None
                if keep is not None and not keep(f):
                    continue
                geom = QgsGeometry(f.geometry())
                if geom.isNull() or geom.isEmpty():
                    continue
                if geom.type() == QgsWkbTypes.PolygonGeometry and not geom.isGeosValid():
                    geom = geom.makeValid()
                try:
                    geom.transform(transform)
                except QgsCsException as e:
                    self.fail(self.tr("Feature {} of the {} layer cannot be transformed to {}: {}")
                              .format(f.id(), label, work_crs.authid(), e))
                ref.add(f.id(), geom)
            refs[param] = ref
            feedback.pushInfo(self.tr("Reference layer {}: {} feature(s).")
                              .format(label, len(ref.geoms)))
            feedback.setProgress(30.0 * (k + 1) / len(roles))
        return refs

    def _facts(self, feature, case_id, refs, to_work, limit, feedback):
        """{flag: True/False/None} of the spatial flags of one case."""
        facts = {}
        geom = QgsGeometry(feature.geometry())
        if geom.isNull() or geom.isEmpty():
            feedback.reportError(self.tr("Case {} (feature {}) has no geometry: its spatial "
                                         "flags are kept as they were.")
                                 .format(case_id or "-", feature.id()))
            return facts
        if not geom.isGeosValid():
            geom = geom.makeValid()
        try:
            geom.transform(to_work)
        except QgsCsException as e:
            self.fail(self.tr("Case {} (feature {}) cannot be transformed for measuring: {}")
                      .format(case_id or "-", feature.id(), e))
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()

        sides = [refs[p] for p in (self.ROADS, self.RAILWAYS, self.RIVERS) if p in refs]
        near = None
        if sides:
            near = 0.0 if any(r.within(geom, engine, limit) for r in sides) else math.inf
        on_hill = refs[self.HILLS].intersects(geom, engine) if self.HILLS in refs else None
        facts["flag_four_sides"] = self._four_sides(near, limit, on_hill)
        for param, flag in ((self.PROJECTS, "flag_obstructs"), (self.FARMLAND, "flag_farmland")):
            if param in refs:
                facts[flag] = refs[param].intersects(geom, engine)
        if self.HOUSES in refs:
            facts["flag_unsafe"] = refs[self.HOUSES].within(geom, engine, TOUCH_TOLERANCE_M)
        return facts

    @staticmethod
    def _four_sides(near, limit, on_hill):
        from ...plugin.core.priorities import four_sides
        return four_sides(near, limit, on_hill)

    def _write(self, changes, feedback):
        """Write the results back in one transaction; the number written."""
        return self.write_back(self._path, "violations", "case_id", changes, feedback,
                               (90.0, 100.0), {
            "refused": self.tr("Case {}: the database refused the new flags ({}). "
                               "Nothing was written back."),
            "missing": self.tr("Case {} is not in the database {}. Nothing was "
                               "written back.")}, _Canceled)
