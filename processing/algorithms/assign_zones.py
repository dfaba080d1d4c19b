"""liangwei:assign_zones — township and village of every feature, by the largest overlap."""

from qgis.core import (
    QgsCsException,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from .base import LiangweiAlgorithm

ZONE_FIELDS = ("zone_code", "level", "parent_code")
OUTPUT_FIELDS = ("township_code", "village_code", "zone_share")
# Feature ids of the features outside every zone named in the log, at most.
LISTED_IDS = 20


class AssignZonesAlgorithm(LiangweiAlgorithm):
    INPUT = "INPUT"
    ZONES = "ZONES"
    OUTPUT = "OUTPUT"

    group_id = "zones"

    def name(self):
        return "assign_zones"

    def displayName(self):
        return self.tr("Assign townships and villages")

    def shortHelpString(self):
        return self.tr(
            "Gives every feature of a layer the township and the village it lies in.\n\n"
            "Input: any vector layer (polygons, lines or points), in any CRS.\n"
            "Zones: the zones table of a project database, or any polygon layer with the "
            "fields zone_code, level and parent_code; its township-level zones (township, "
            "street, park) and village-level zones (village, community) are used.\n\n"
            "The township is the one holding the largest part of the feature (area for "
            "polygons, length for lines; a point goes to the zone containing it); the "
            "village is then chosen the same way among the villages of that township, so "
            "the two codes always agree. Parts differing by less than 0.01 % count as equal, "
            "and the lower code wins.\n\n"
            "Output: the input's features and fields, with the fields township_code, "
            "village_code and zone_share (the share of the feature inside its chosen zone, "
            "from 0 to 1: the village, or the township when no village of it holds the "
            "feature). Existing fields of these names are replaced. Features outside every "
            "zone get empty codes and are counted in the log.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Features with township and village"),
            QgsProcessing.TypeVectorAnyGeometry))

    # --- any thread -------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ...plugin.gis.zoning import ZoneIndex

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        if zones is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        self._check_zones(zones)
        crs = source.sourceCrs()
        if not crs.isValid():
            self.fail(self.tr("The input layer “{}” has no coordinate reference system: set "
                              "its CRS (Layer Properties ▸ Source) and run the algorithm "
                              "again.").format(source.sourceName()))
        if QgsWkbTypes.geometryType(source.wkbType()) not in (
                QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry, QgsWkbTypes.PolygonGeometry):
            self.fail(self.tr("The input layer “{}” has no geometry: choose a layer of "
                              "points, lines or polygons.").format(source.sourceName()))

        feedback.pushInfo(self.tr("Indexing the zones…"))
        try:
            index = ZoneIndex.from_layer(zones, crs, context.transformContext(), feedback)
        except QgsCsException as e:
            self.fail(self.tr("The zones cannot be transformed to the CRS of the input layer "
                              "({}): {}").format(crs.authid(), e))
        if feedback.isCanceled():
            return {}
        if not index.townships.codes and not index.villages.codes:
            self.fail(self.tr("The zones layer “{}” has no township-level zones (township, "
                              "street, park) nor village-level zones (village, community): "
                              "nothing to assign to.").format(zones.sourceName()))

        in_fields = source.fields()
        # Replaced, whatever their case (GeoPackage and Shapefile names ignore it).
        keep = [i for i, f in enumerate(in_fields) if f.name().lower() not in OUTPUT_FIELDS]
        fields = QgsFields()
        for i in keep:
            fields.append(in_fields.at(i))
        fields.append(QgsField("township_code", QVariant.String, len=9))
        fields.append(QgsField("village_code", QVariant.String, len=12))
        fields.append(QgsField("zone_share", QVariant.Double, len=10, prec=6))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             source.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        replace = len(keep) != in_fields.count()
        total = max(0, source.featureCount())
        step = max(1, total // 100)
        outside, no_geometry = [], 0
        village_missing = 0
        assign = index.assign
        add = sink.addFeature
        fast = QgsFeatureSink.FastInsert
        # Invalid polygons are repaired for measuring, not a reason to stop.
        features = source.getFeatures(QgsFeatureRequest(),
                                      QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        n = 0
        for n, feature in enumerate(features, 1):
            if n % step == 0:
                if feedback.isCanceled():
                    break
                if total:
                    feedback.setProgress(100.0 * n / total)
            geom = feature.geometry()
            township, village, share = assign(geom)
            if township is None:
                if geom.isNull() or geom.isEmpty():
                    no_geometry += 1
                else:
                    outside.append(feature.id())
            elif village is None:
                village_missing += 1
            attrs = feature.attributes()
            if replace:
                attrs = [attrs[i] for i in keep]
            attrs.extend((township, village, share))
            feature.setAttributes(attrs)
            if not add(feature, fast):
                self.fail(self.tr("Feature {} could not be written to the output: {}")
                          .format(feature.id(), sink.lastError()))
        if feedback.isCanceled():
            feedback.pushInfo(self.tr("Canceled after {} of {} features: the output is "
                                      "incomplete.").format(n, total))
            return {self.OUTPUT: dest_id}

        if outside:
            shown = ", ".join(str(fid) for fid in outside[:LISTED_IDS])
            if len(outside) > LISTED_IDS:
                shown += ", …"
            feedback.pushInfo(self.tr("{} features lie outside every zone; their codes are "
                                      "empty (feature ids: {}).").format(len(outside), shown))
        if village_missing:
            feedback.pushInfo(self.tr("{} features lie in a township but in none of its "
                                      "villages; their village code is empty.")
                              .format(village_missing))
        if no_geometry:
            feedback.pushInfo(self.tr("{} features have no geometry; their codes are empty.")
                              .format(no_geometry))
        assigned = n - len(outside) - no_geometry
        feedback.pushInfo(self.tr("{} of {} features assigned to a township.")
                          .format(assigned, n))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    def _check_zones(self, zones):
        names = zones.fields().names()
        missing = [f for f in ZONE_FIELDS if f not in names]
        if missing:
            self.fail(self.tr("The zones layer “{}” has no field {}: choose the zones table of "
                              "a project database, or a polygon layer with the fields "
                              "zone_code, level and parent_code.")
                      .format(zones.sourceName(), ", ".join(missing)))
        if not zones.sourceCrs().isValid():
            self.fail(self.tr("The zones layer “{}” has no coordinate reference system: set "
                              "its CRS (Layer Properties ▸ Source) and run the algorithm "
                              "again.").format(zones.sourceName()))
