"""liangwei:detect_changes — new, expanded, raised and demolished buildings between two
building-footprint surveys (the rule: plugin/core/changes.py)."""

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
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...plugin.core import changes as rules
from ...plugin.i18n import tr
from .base import LiangweiAlgorithm
from .common import attribute, polygon_part, repair_polygon


def overlay_crs(source, fallback, context):
    """The CRS of an overlay: the source's when projected, else the local metric CRS
    (CGCS2000 Gauss–Krüger zone, plugin/core/changes.py) around its extent (or the
    fallback source's extent when it is empty)."""
    crs = source.sourceCrs()
    if not crs.isGeographic():
        return crs
    extent, extent_crs = source.sourceExtent(), crs
    if (extent.isNull() or extent.isEmpty()) and fallback is not None:
        extent, extent_crs = fallback.sourceExtent(), fallback.sourceCrs()
    centre = QgsPointXY(0, 0) if extent.isNull() else QgsPointXY(extent.center())
    try:
        centre = QgsCoordinateTransform(extent_crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                        context.transformContext()).transform(centre)
    except QgsCsException:
        pass
    return QgsCoordinateReferenceSystem("EPSG:%d" % rules.local_projected_epsg(centre.x(),
                                                                                centre.y()))


class _Engines:
    """Prepared GEOS engines of a list of geometries, each made on first use: most
    footprints of a survey are only compared with their exact twin in the other survey,
    which needs no engine (_Footprints.overlapping), so making them all would cost more
    than the overlay itself."""

    def __init__(self, geoms):
        self._geoms = geoms
        self._made = {}

    def __getitem__(self, i):
        engine = self._made.get(i)
        if engine is None:
            engine = QgsGeometry.createGeometryEngine(self._geoms[i].constGet())
            engine.prepareGeometry()
            self._made[i] = engine
        return engine

    def __len__(self):
        return len(self._geoms)


class _Footprints:
    """Polygons of one input in the overlay CRS: spatial index, prepared engines and one
    value per polygon (storeys, a planning class …)."""

    def __init__(self):
        self.fids, self.geoms, self.values = [], [], []
        self.engines = _Engines(self.geoms)
        self.skipped = 0
        self.index = QgsSpatialIndex()

    def add(self, fid, geom, value):
        i = len(self.fids)
        self.fids.append(fid)
        self.geoms.append(geom)
        self.values.append(value)
        self.index.addFeature(i, geom.boundingBox())

    def __len__(self):
        return len(self.fids)

    def overlapping(self, geom):
        """Indexes of the polygons sharing area or boundary with `geom`."""
        return self.overlapping_twin(geom)[0]

    def overlapping_twin(self, geom):
        """(indexes of the polygons sharing area or boundary with `geom`, the index of
        its exact twin among them or None: the same vertices, as an unchanged building
        has in the two surveys).  A twin is found without GEOS (QgsGeometry.equals
        compares vertices); the others are tested with their prepared engine."""
        hits, twin, const = [], None, None
        for i in sorted(self.index.intersects(geom.boundingBox())):
            if self.geoms[i].equals(geom):
                if twin is None:
                    twin = i
            else:
                if const is None:
                    const = geom.constGet()
                if not self.engines[i].intersects(const):
                    continue
            hits.append(i)
        return hits, twin

    def union(self, indexes):
        if len(indexes) == 1:
            return self.geoms[indexes[0]]
        return QgsGeometry.unaryUnion([self.geoms[i] for i in indexes])


def load_polygons(source, role, target_crs, context, feedback, progress, value_of=None,
                  request=None):
    """_Footprints of a source's polygons in `target_crs` (None when canceled), each with
    value_of(feature).  Invalid polygons are repaired within 1 % of their area
    (common.repair_polygon); features whose geometry cannot be used are skipped, named
    in the log and counted in the result's `skipped`."""
    from ...plugin.gis.area import AreaCalculator
    crs = source.sourceCrs()
    area = AreaCalculator(crs, context.transformContext())
    transform = None
    if crs != target_crs:
        transform = QgsCoordinateTransform(crs, target_crs, context.transformContext())
    out = _Footprints()
    total = source.featureCount() or 0
    start, span = progress
    name = source.sourceName()
    features = source.getFeatures(request or QgsFeatureRequest(),
                                  QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    polygon = QgsWkbTypes.PolygonGeometry
    for n, feature in enumerate(features):
        if feedback.isCanceled():
            return None
        if total and n % 256 == 0:
            feedback.setProgress(start + span * min(1.0, n / total))
        geom = feature.geometry()
        wkb_type = geom.wkbType()
        if not geom.isEmpty() and geom.type() == polygon and not QgsWkbTypes.hasZ(wkb_type) \
                and not QgsWkbTypes.hasM(wkb_type) and geom.isGeosValid():
            # what repair_polygon returns for a valid 2D polygon, without its copy
            problem = note = None
        else:
            geom, problem, note = repair_polygon(geom, area)
        if problem is None and transform is not None:
            try:
                # on the abstract geometry: QgsGeometry.transform's result enum costs
                # more in Python than the transformation of a footprint
                geom.get().transform(transform)
            except QgsCsException as e:
                problem = tr("it cannot be transformed to {}: {}").format(target_crs.authid(), e)
            if problem is None and not geom.isGeosValid():
                geom = polygon_part(geom.makeValid())
                if geom.isEmpty():
                    problem = tr("it is not a valid polygon once transformed to {}").format(
                        target_crs.authid())
        if problem is not None or note:
            label = tr("{} feature {} (layer “{}”)").format(role, feature.id(), name)
        if problem is not None:
            out.skipped += 1
            feedback.reportError(tr("{}: {}; skipped.").format(label, problem))
            continue
        if note:
            feedback.pushInfo(tr("{}: invalid geometry repaired ({}).").format(label, note))
        out.add(feature.id(), geom, value_of(feature) if value_of is not None else None)
    return out


class DetectChangesAlgorithm(LiangweiAlgorithm):
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    PERMITS = "PERMITS"
    ZONES = "ZONES"
    MIN_AREA = "MIN_AREA"
    STOREYS_BEFORE_FIELD = "STOREYS_BEFORE_FIELD"
    STOREYS_AFTER_FIELD = "STOREYS_AFTER_FIELD"
    OUTPUT = "OUTPUT"

    group_id = "violations"

    def name(self):
        return "detect_changes"

    def displayName(self):
        return self.tr("Detect building changes")

    def shortHelpString(self):
        return self.tr(
            "Compares two building-footprint surveys (before and after) and lists what "
            "changed: new buildings, extensions, added storeys and demolitions.\n\n"
            "Before / After: building footprint polygons, each in any CRS. The overlay is "
            "done in the CRS of the after survey, or in the local CGCS2000 Gauss–Krüger "
            "zone when that CRS is geographic; areas are ellipsoidal m² whatever the CRS. "
            "The output is in the CRS of the after survey.\n"
            "Permits (optional): polygons of approved construction.\n"
            "Zones (optional): the zones layer of a project database; each change gets "
            "the township and village holding most of it.\n"
            "Minimum area: change parts smaller than this (m²) are dropped and counted in "
            "the log.\n"
            "Storeys fields (optional): storeys above ground in each survey.\n\n"
            "Rule: an after footprint continues an existing building when before "
            "footprints cover at least the smaller of the minimum area and 10 % of it. "
            "new: an after footprint continuing no building; the change is its part not "
            "covered by before footprints. expanded: the part of a continuing footprint "
            "outside the before footprints. raised: a continuing footprint with more "
            "storeys than the before footprint it overlaps most; the change is the whole "
            "footprint. demolished: the part of a before footprint not covered by any "
            "after footprint.\n\n"
            "Output fields: change_type, area_m2 (ellipsoidal area of the change), "
            "storeys_before, storeys_after, permitted_share (share of the change covered "
            "by permits, 0 to 1; 0 without permits), township_code, village_code, "
            "before_fid, after_fid. A change covered by permits is still listed, with "
            "permitted_share 1.\n\n"
            "An invalid polygon is repaired when the repair changes its area by less than "
            "1 %; otherwise it is skipped and named in the log.")

    def initAlgorithm(self, config=None):
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BEFORE, self.tr("Building footprints before"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AFTER, self.tr("Building footprints after"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PERMITS, self.tr("Approved construction (permits)"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA, self.tr("Minimum change area (m²)"),
            QgsProcessingParameterNumber.Double, rules.DEFAULT_MIN_AREA_M2, minValue=0.0))
        self.addParameter(QgsProcessingParameterField(
            self.STOREYS_BEFORE_FIELD, self.tr("Storeys field (before)"),
            parentLayerParameterName=self.BEFORE, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STOREYS_AFTER_FIELD, self.tr("Storeys field (after)"),
            parentLayerParameterName=self.AFTER, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Building changes"), QgsProcessing.TypeVectorPolygon))

    # --- inputs -----------------------------------------------------------------------

    def _source(self, parameters, name, context, required=True):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            if required:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
            return None
        label = self.parameterDefinition(name).description()
        if not source.sourceCrs().isValid():
            self.fail(self.tr("The layer “{}” ({}) has no coordinate reference system: set "
                              "its CRS (Layer Properties ▸ Source) and run the algorithm "
                              "again.").format(source.sourceName(), label))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
            self.fail(self.tr("The layer “{}” ({}) must hold polygons.")
                      .format(source.sourceName(), label))
        return source

    def _field(self, parameters, name, source, context):
        names = self.parameterAsFields(parameters, name, context)
        field = names[0] if names else ""
        if not field:
            return -1
        index = source.fields().lookupField(field)
        if index < 0:
            self.fail(self.tr("The layer “{}” has no field “{}” ({}).").format(
                source.sourceName(), field, self.parameterDefinition(name).description()))
        return index

    def _load(self, source, role, storeys_index, target_crs, context, feedback, progress):
        def storeys(feature):
            if storeys_index < 0:
                return None
            value = feature.attribute(storeys_index)
            if type(value) is int and value >= 0:   # what rules.storeys makes of it
                return value
            return rules.storeys(attribute(feature, storeys_index))
        # only the storeys field is read: the output takes nothing else from the inputs
        request = QgsFeatureRequest()
        if storeys_index < 0:
            request.setNoAttributes()
        else:
            request.setSubsetOfAttributes([storeys_index])
        loaded = load_polygons(source, role, target_crs, context, feedback, progress, storeys,
                               request)
        if loaded is None:
            return None
        self._skipped_count += loaded.skipped
        return loaded

    # --- run --------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        before = self._source(parameters, self.BEFORE, context)
        after = self._source(parameters, self.AFTER, context)
        permits = self._source(parameters, self.PERMITS, context, required=False)
        zones = self._source(parameters, self.ZONES, context, required=False)
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA, context)
        storeys_before = self._field(parameters, self.STOREYS_BEFORE_FIELD, before, context)
        storeys_after = self._field(parameters, self.STOREYS_AFTER_FIELD, after, context)

        from ...plugin.gis.area import AreaCalculator
        from ...plugin.gis.zoning import ZoneIndex

        work_crs = overlay_crs(after, before, context)
        out_crs = after.sourceCrs()
        if work_crs != out_crs:
            feedback.pushInfo(self.tr("The after survey is in geographic coordinates; the "
                                      "overlay is done in {} ({}).").format(
                                          work_crs.authid(), work_crs.description()))
        self._skipped_count = 0
        old = self._load(before, self.tr("Before survey"), storeys_before, work_crs, context,
                         feedback, (0, 15))
        new = None
        if old is not None:
            new = self._load(after, self.tr("After survey"), storeys_after, work_crs, context,
                             feedback, (15, 15))
        allowed = new
        if permits is not None and new is not None:
            allowed = self._load(permits, self.tr("Permits"), -1, work_crs, context, feedback,
                                 (30, 5))
        if old is None or new is None or allowed is None:
            return self._canceled(feedback)
        zone_index = None
        if zones is not None:
            try:
                zone_index = ZoneIndex.from_layer(_SourceAsLayer(zones), work_crs,
                                                  context.transformContext(), feedback)
            except ValueError:
                self.fail(self.tr("The zones layer “{}” has no fields zone_code and level: "
                                  "choose the zones layer of a project database.")
                          .format(zones.sourceName()))
            except QgsCsException as e:
                self.fail(self.tr("The zones layer “{}” cannot be transformed to {}: {}")
                          .format(zones.sourceName(), work_crs.authid(), e))
            if not len(zone_index):
                feedback.reportError(self.tr("The zones layer “{}” holds no township or "
                                             "village: township and village codes stay "
                                             "empty.").format(zones.sourceName()))
        if feedback.isCanceled():
            return self._canceled(feedback)

        fields = QgsFields()
        for name, kind in (("change_type", QVariant.String), ("area_m2", QVariant.Double),
                           ("storeys_before", QVariant.Int), ("storeys_after", QVariant.Int),
                           ("permitted_share", QVariant.Double),
                           ("township_code", QVariant.String), ("village_code", QVariant.String),
                           ("before_fid", QVariant.LongLong), ("after_fid", QVariant.LongLong)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.MultiPolygon, out_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        back = None
        if work_crs != out_crs:
            back = QgsCoordinateTransform(work_crs, out_crs, context.transformContext())
        calc = AreaCalculator(work_crs, context.transformContext())
        permit_set = allowed if permits is not None else None
        counts = {t: 0 for t in rules.CHANGE_TYPES}
        self._dropped = 0

        def emit(change_type, geom, area, before_i, after_i):
            share = self._permitted_share(geom, area, permit_set, calc)
            zone = zone_index.assign(geom) if zone_index is not None else None
            out_geom = QgsGeometry(geom)
            if back is not None:
                out_geom.transform(back)
            out_geom.convertToMultiType()
            f = QgsFeature(fields)
            f.setGeometry(out_geom)
            f.setAttributes([
                change_type, area,
                old.values[before_i] if before_i is not None else None,
                new.values[after_i] if after_i is not None else None,
                share,
                zone.township_code if zone is not None else None,
                zone.village_code if zone is not None else None,
                old.fids[before_i] if before_i is not None else None,
                new.fids[after_i] if after_i is not None else None])
            if not sink.addFeature(f, QgsFeatureSink.FastInsert):
                self.fail(self.tr("The change could not be written to the output: {}")
                          .format(sink.lastError()))
            counts[change_type] += 1

        # AFTER footprints: new, expanded, raised.
        total = len(new) + len(old)
        twinned = set()  # before footprints with an exact twin after: nothing demolished
        for a in range(len(new)):
            if feedback.isCanceled():
                return self._canceled(feedback)
            if a % 256 == 0:
                feedback.setProgress(35 + 65.0 * a / max(1, total))
            footprint = new.geoms[a]
            hits, twin = old.overlapping_twin(footprint)
            if twin is not None:
                twinned.add(twin)
            if hits:
                # a footprint with a twin (unchanged) has nothing outside the before survey
                added = QgsGeometry() if twin is not None else \
                    footprint.difference(old.union(hits))
                main = hits[0] if len(hits) == 1 else max(
                    hits, key=lambda i: (footprint.intersection(old.geoms[i]).area(), -i))
            else:
                added, main = footprint, None
            if twin is not None and not rules.raised(old.values[main], new.values[a]):
                # unchanged: it continues its building with nothing added, so no rule
                # reports it (its area is not even needed)
                continue
            footprint_m2 = calc.area_m2(footprint)
            added_parts, added_areas = self._parts(added, calc)
            covered_m2 = max(0.0, footprint_m2 - sum(added_areas))
            decisions = rules.after_changes(
                footprint_m2, covered_m2, old.values[main] if main is not None else None,
                new.values[a], min_area)
            for change_type, basis in decisions:
                before_i = None if change_type == rules.NEW else main
                if basis == "footprint":
                    if footprint_m2 < min_area:
                        self._dropped += 1
                        continue
                    emit(change_type, footprint, footprint_m2, before_i, a)
                    continue
                kept, dropped = rules.keep_parts(added_areas, min_area)
                self._dropped += dropped
                if kept:
                    geom = added_parts[kept[0]] if len(kept) == 1 else \
                        QgsGeometry.collectGeometry([added_parts[k] for k in kept])
                    emit(change_type, geom, sum(added_areas[k] for k in kept), before_i, a)

        # BEFORE footprints: demolished.
        for b in range(len(old)):
            if feedback.isCanceled():
                return self._canceled(feedback)
            if b % 256 == 0:
                feedback.setProgress(35 + 65.0 * (len(new) + b) / max(1, total))
            if b in twinned:
                continue  # still there, whole (its twin was met above)
            footprint = old.geoms[b]
            hits, twin = new.overlapping_twin(footprint)
            if twin is not None:
                continue
            gone = footprint.difference(new.union(hits)) if hits else footprint
            parts, areas = self._parts(gone, calc)
            kept, dropped = rules.keep_parts(areas, min_area)
            self._dropped += dropped
            if kept:
                geom = parts[kept[0]] if len(kept) == 1 else \
                    QgsGeometry.collectGeometry([parts[k] for k in kept])
                emit(rules.DEMOLISHED, geom, sum(areas[k] for k in kept), b, None)

        feedback.pushInfo(self.tr("Changes: {} new, {} expanded, {} raised, {} demolished.")
                          .format(*(counts[t] for t in rules.CHANGE_TYPES)))
        feedback.pushInfo(self.tr("Change parts smaller than {:g} m² dropped: {}.")
                          .format(min_area, self._dropped))
        if self._skipped_count:
            feedback.reportError(self.tr("{} feature(s) were skipped because of their "
                                         "geometry; they are named above.")
                                 .format(self._skipped_count))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _canceled(self, feedback):
        feedback.pushInfo(self.tr("Canceled: the output holds only the changes found so far."))
        return {}

    @staticmethod
    def _parts(geom, calc):
        """(polygon parts, their ellipsoidal areas) of a geometry."""
        geom = polygon_part(geom)
        if geom.isEmpty():
            return [], []
        parts = geom.asGeometryCollection() if geom.isMultipart() else [geom]
        return parts, [calc.area_m2(p) for p in parts]

    @staticmethod
    def _permitted_share(geom, area_m2, permits, calc):
        """Share of a change covered by permit polygons (0 without permits)."""
        if permits is None or not len(permits) or area_m2 <= 0:
            return 0.0
        const = geom.constGet()
        hits = []
        for i in sorted(permits.index.intersects(geom.boundingBox())):
            engine = permits.engines[i]
            if engine.contains(const):
                return 1.0
            if engine.intersects(const):
                hits.append(i)
        if not hits:
            return 0.0
        covered = geom.intersection(permits.union(hits))
        return rules.share(calc.area_m2(polygon_part(covered)), area_m2)


class _SourceAsLayer:
    """What ZoneIndex.from_layer reads of a layer, from a feature source."""

    def __init__(self, source):
        self._source = source

    def fields(self):
        return self._source.fields()

    def sourceCrs(self):
        return self._source.sourceCrs()

    crs = sourceCrs

    def getFeatures(self, request=None):
        return self._source.getFeatures(request or QgsFeatureRequest())
