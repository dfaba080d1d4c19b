"""liangwei:import_zones — townships, villages and grids from any polygon layer."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt import sip

from ...plugin.i18n import ui_language
from .base import LiangweiAlgorithm

from .common import (as_text, attribute, encoding_hint, looks_garbled, repair_polygon)


class _Canceled(Exception):
    pass


class ImportZonesAlgorithm(LiangweiAlgorithm):
    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    PARENT_FIELD = "PARENT_FIELD"
    LEVEL_FIELD = "LEVEL_FIELD"
    QUOTA_FIELD = "QUOTA_FIELD"
    TARGET = "TARGET"
    IMPORTED = "IMPORTED"
    UPDATED = "UPDATED"
    REJECTED = "REJECTED"
    REPAIRED = "REPAIRED"

    group_id = "zones"

    def name(self):
        return "import_zones"

    def displayName(self):
        return self.tr("Import zones")

    def shortHelpString(self):
        return self.tr(
            "Imports townships, streets, parks, villages, communities and grids from a polygon "
            "layer into the zones table of a project database.\n\n"
            "Input: any polygon layer, in any CRS; it is reprojected to the CRS of the "
            "database.\n"
            "Code field: the administrative division code (6, 9, 12 or 15 digits). Codes "
            "stored as numbers, e.g. 330624100.0, are accepted. A code may appear only once "
            "in the input.\n"
            "Name field: the zone's name.\n"
            "Parent code field (optional): the code one level up; without it, the parent is "
            "taken from the code itself (330624100201 → 330624100).\n"
            "Level field (optional): county, township, street, park, village, community or "
            "grid, in English or Chinese (县, 乡镇, 街道, 园区, 村, 社区, 网格); without it, "
            "the level follows from the length of the code.\n"
            "Annual quota field (optional): the yearly demolition quota in m².\n"
            "Target: the layer “zones” of the project database.\n\n"
            "A zone whose code is already in the database is updated (geometry, name, parent, "
            "level and, with a quota field, its quota) instead of being added again. An "
            "invalid geometry is repaired when the repair changes its area by less than 1 %; "
            "otherwise the feature is rejected, and so is a feature without a valid code, "
            "name or level: each rejection is listed in the log with the feature's id. "
            "Everything is written in one transaction: when the import fails or is canceled, "
            "the database stays as it was.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Zone polygons"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, self.tr("Division code field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Name field"), parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.PARENT_FIELD, self.tr("Parent code field"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LEVEL_FIELD, self.tr("Level field"), parentLayerParameterName=self.INPUT,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.QUOTA_FIELD, self.tr("Annual demolition quota field (m²)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.TARGET, self.tr("Zones layer of the project database"),
            [QgsProcessing.TypeVectorPolygon]))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Zones added")))
        self.addOutput(QgsProcessingOutputNumber(self.UPDATED, self.tr("Zones updated")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, self.tr("Features rejected")))
        self.addOutput(QgsProcessingOutputNumber(self.REPAIRED, self.tr("Geometries repaired")))

    # --- main thread: check the target ----------------------------------------------

    def prepare(self, parameters, context, feedback):
        self._path, self._target, self._dest_crs = self.database_table(
            parameters, self.TARGET, context, feedback, "zones")

    # --- any thread: read, check, write --------------------------------------------

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        src_crs = source.sourceCrs()
        if not src_crs.isValid():
            self.fail(self.tr("The input layer has no coordinate reference system: set its CRS "
                              "(Layer Properties ▸ Source) and run the import again."))
        index = {}
        for param, required in ((self.CODE_FIELD, True), (self.NAME_FIELD, True),
                                (self.PARENT_FIELD, False), (self.LEVEL_FIELD, False),
                                (self.QUOTA_FIELD, False)):
            names = self.parameterAsFields(parameters, param, context)
            name = names[0] if names else ""
            if not name:
                if required:
                    self.fail(self.tr("Choose the field for “{}”.")
                              .format(self.parameterDefinition(param).description()))
                index[param] = -1
                continue
            i = source.fields().lookupField(name)
            if i < 0:
                self.fail(self.tr("The input layer has no field “{}”.").format(name))
            index[param] = i

        records, rejected, repaired = self._read(source, index, src_crs, parameters, context,
                                                 feedback)
        if records is None:
            return self._canceled(feedback)
        try:
            imported, updated = self._write(records, feedback)
        except _Canceled:
            return self._canceled(feedback)

        if rejected:
            feedback.reportError(self.tr("{} feature(s) were rejected and not imported; their "
                                         "reasons are listed above.").format(len(rejected)))
        feedback.pushInfo(self.tr("Zones added: {}, updated: {}, rejected: {}, geometries "
                                  "repaired: {}.").format(imported, updated, len(rejected),
                                                          repaired))
        feedback.setProgress(100)
        return {self.IMPORTED: imported, self.UPDATED: updated, self.REJECTED: len(rejected),
                self.REPAIRED: repaired}

    def postProcessAlgorithm(self, context, feedback):
        layer = getattr(self, "_target", None)
        if layer is not None and not sip.isdeleted(layer):
            layer.dataProvider().reloadData()
            layer.updateExtents()
            layer.triggerRepaint()
        return {}

    # --- steps ------------------------------------------------------------------------

    def _canceled(self, feedback):
        feedback.pushInfo(self.tr("Canceled: nothing was imported, the database is as it was."))
        return {self.IMPORTED: 0, self.UPDATED: 0, self.REJECTED: 0, self.REPAIRED: 0}

    def _label(self, fid, code, name):
        if code and name:
            return self.tr("Feature {} (code {}, “{}”)").format(fid, code, name)
        if code:
            return self.tr("Feature {} (code {})").format(fid, code)
        return self.tr("Feature {}").format(fid)

    def _encoding_hint(self, parameters, context):
        return encoding_hint(self, parameters, self.INPUT, context)

    def _read(self, source, index, src_crs, parameters, context, feedback):
        """(records, rejections, repaired count); records is None when canceled."""
        from ...plugin.core.codes import ZONE_CODE_LENGTH, ZONE_LEVEL
        from ...plugin.core.zones import level_from_code, normalise_code, parent_of
        from ...plugin.gis.area import AreaCalculator

        transform = QgsCoordinateTransform(src_crs, self._dest_crs, context.transformContext())
        area = AreaCalculator(src_crs, context.transformContext())
        total = source.featureCount() or 0
        records, rejected, seen = [], [], {}
        repaired = 0

        def reject(label, problem):
            message = "%s: %s" % (label, problem)
            rejected.append(message)
            feedback.reportError(message)

        # Invalid geometries are this algorithm's business (repaired or rejected), not a
        # reason for Processing to stop.
        features = source.getFeatures(QgsFeatureRequest(),
                                      QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                return None, rejected, repaired
            if total:
                feedback.setProgress(50.0 * n / total)
            fid = feature.id()
            raw_code = attribute(feature, index[self.CODE_FIELD])
            code = normalise_code(raw_code)
            name = as_text(attribute(feature, index[self.NAME_FIELD]))
            level_text = as_text(attribute(feature, index[self.LEVEL_FIELD]))
            label = self._label(fid, code or as_text(raw_code), name)
            for text in (name, level_text):
                if text and looks_garbled(text):
                    self.fail(self.tr("{}: the text “{}” is garbled, so the input's encoding is "
                                      "wrong and nothing was imported. {}")
                              .format(label, text, self._encoding_hint(parameters, context)))
            if code is None:
                reject(label, self.tr("“{}” is not a 6, 9, 12 or 15-digit division code")
                       .format(as_text(raw_code)) if raw_code is not None
                       else self.tr("the division code is empty"))
                continue
            if code in seen:
                other_fid, other_name = seen[code]
                self.fail(self.tr("{} and feature {} (“{}”) have the same division code {}: "
                                  "each zone may appear only once in the input. Nothing was "
                                  "imported.").format(label, other_fid, other_name, code))
            seen[code] = (fid, name)
            if not name:
                reject(label, self.tr("the name is empty"))
                continue
            if level_text:
                level = ZONE_LEVEL.code_for_label(level_text)
                if level is None:
                    reject(label, self.tr("unknown level “{}” (use county, township, street, "
                                          "park, village, community or grid, or 县, 乡镇, 街道, "
                                          "园区, 村, 社区, 网格)").format(level_text))
                    continue
            else:
                level = level_from_code(code)
            if ZONE_CODE_LENGTH[level] != len(code):
                reject(label, self.tr("a {} needs a {}-digit code, but {} has {} digits")
                       .format(ZONE_LEVEL.label(level, ui_language()).lower(), ZONE_CODE_LENGTH[level],
                               code, len(code)))
                continue
            raw_parent = attribute(feature, index[self.PARENT_FIELD])
            if as_text(raw_parent):
                parent = normalise_code(raw_parent)
                if parent is None or len(parent) >= len(code) or not code.startswith(parent):
                    reject(label, self.tr("the parent code “{}” is not the beginning of the "
                                          "zone code {}").format(as_text(raw_parent), code))
                    continue
            else:
                parent = parent_of(code)
            quota = None
            raw_quota = attribute(feature, index[self.QUOTA_FIELD])
            if as_text(raw_quota):
                try:
                    quota = float(str(raw_quota).replace(",", ""))
                except ValueError:
                    quota = -1.0
                if not quota >= 0:
                    reject(label, self.tr("the annual quota “{}” is not a number of m² (0 or "
                                          "more)").format(as_text(raw_quota)))
                    continue

            geometry, problem, was_repaired = self._geometry(feature, area)
            if problem:
                reject(label, problem)
                continue
            if was_repaired:
                repaired += 1
                feedback.pushInfo(self.tr("{}: invalid geometry repaired ({}).")
                                  .format(label, was_repaired))
            try:
                geometry.transform(transform)
            except QgsCsException as e:
                reject(label, self.tr("the geometry cannot be transformed to {}: {}")
                       .format(self._dest_crs.authid(), e))
                continue
            geometry.convertToMultiType()
            records.append({"fid": fid, "label": label, "zone_code": code, "zone_name": name,
                            "level": level, "parent_code": parent, "annual_quota_m2": quota,
                            "geom": bytes(geometry.asWkb())})
        return records, rejected, repaired

    def _geometry(self, feature, area):
        """(geometry, problem, repair note) of a feature in its own CRS."""
        return repair_polygon(feature.geometry(), area)

    def _write(self, records, feedback):
        """Insert or update every record in one transaction; (imported, updated)."""
        imported = updated = 0
        cannot_write = self.tr("The project database {} could not be written ({}). Nothing was "
                               "imported.")
        db = self.open_writer(self._path, cannot_write)
        try:
            with db.transaction():
                existing = {row[0] for row in db.execute("SELECT zone_code FROM zones")}
                for i, rec in enumerate(records):
                    if feedback.isCanceled():
                        raise _Canceled()
                    feedback.setProgress(50.0 + 50.0 * i / len(records))
                    row = {k: rec[k] for k in ("zone_code", "zone_name", "level", "parent_code",
                                               "geom")}
                    if rec["annual_quota_m2"] is not None:
                        row["annual_quota_m2"] = rec["annual_quota_m2"]
                    try:
                        if rec["zone_code"] in existing:
                            changes = dict(row)
                            del changes["zone_code"]
                            db.update("zones", "zone_code", rec["zone_code"], changes)
                            updated += 1
                        else:
                            db.insert("zones", row)
                            existing.add(rec["zone_code"])
                            imported += 1
                    except db.refused as e:
                        self.fail(self.tr("{}: the database refused it ({}). Nothing was "
                                          "imported.").format(rec["label"], db.readable_error(e)))
        except db.unavailable as e:
            self.fail(cannot_write.format(db.label(), e))
        finally:
            db.close()
        return imported, updated
