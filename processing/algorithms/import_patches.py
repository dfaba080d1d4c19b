"""liangwei:import_patches — satellite change polygons (卫片图斑) become violation cases."""

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
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsSpatialIndex,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant

from ...plugin.i18n import ui_language
from .base import LiangweiAlgorithm, current_user
from .common import attribute, encoding_hint, looks_garbled, plain_value, repair_polygon

DEFAULT_OVERLAP = 0.5


class _Canceled(Exception):
    pass


class ImportPatchesAlgorithm(LiangweiAlgorithm):
    INPUT = "INPUT"
    TARGET = "TARGET"
    ZONES = "ZONES"
    FIELD_MAP = "FIELD_MAP"
    SOURCE = "SOURCE"
    BATCH = "BATCH"
    DUPLICATE_OVERLAP = "DUPLICATE_OVERLAP"
    IMPORTED = "IMPORTED"
    DUPLICATES = "DUPLICATES"
    REJECTED = "REJECTED"

    group_id = "violations"

    def name(self):
        return "import_patches"

    def displayName(self):
        return self.tr("Import satellite patches")

    def shortHelpString(self):
        return self.tr(
            "Turns the change polygons a province delivers (卫片图斑), or any other polygons, "
            "into violation cases of a project database: each new case is a clue (线索) with "
            "its own case number and its registration event.\n\n"
            "Input: a polygon layer in any CRS, with any field names; it is reprojected to the "
            "CRS of the database.\n"
            "Violations layer: the layer “violations” of the project database.\n"
            "Zones layer: the zones with the townships and villages (normally the layer "
            "“zones” of the same database). Each case gets the township and the village "
            "holding the largest part of it; a polygon outside every zone is rejected.\n"
            "Field map (optional): which input field fills which case field, written like "
            "JCBH:patch_no;HSX:discovered_on or as a JSON object {\"JCBH\": \"patch_no\"}; "
            "field names in any case. Empty: the preset for the common provincial names "
            "found in the input: JCBH/TBBH → patch_no, XZQDM → division_code (a hint only: "
            "the zones decide), JCMJ → reported_area, QSX → image_before, HSX → image_after, "
            "TBLX → patch_type, BHLX → change_type, JCGDMJ → farmland_area, JBNTMJ → "
            "basic_farmland_area, ZL → address, BZ → remarks. A map you write replaces the "
            "preset. Targets are the fields of the violations table that an import may fill "
            "(patch_no, batch, address, party_name, party_type, land_ownership, land_class, "
            "building_type, floors, building_area_m2, discovered_on, construction_started_on, "
            "discovery_source, the six flag_ fields, reporter, remarks) and the notes "
            "division_code, reported_area, image_before, image_after, patch_type, change_type, "
            "farmland_area, basic_farmland_area and verdict, which are kept in the remarks. "
            "The later image date (HSX) is the discovery date unless a field is mapped to "
            "discovered_on; without either, the discovery date is the day of the import. "
            "Dates may be written 20240315, 2024-03-15, 2024/3/15, 2024年3月15日 or be Excel "
            "day numbers.\n"
            "Discovery source: kept on each case unless a field is mapped to "
            "discovery_source.\n"
            "Batch (optional): a label kept on each case, e.g. 2024年第一季度.\n"
            "Duplicate overlap: a polygon is a duplicate, and is not imported, when it has "
            "the patch number of an existing case (whatever its status) or of an earlier "
            "polygon of the input, or when it overlaps an open case, or a polygon imported "
            "earlier in the same run, by at least this share of the smaller of the two "
            "areas. Left at 0.5 (or not given), the database's setting duplicate_overlap is "
            "used; any other value is used as given.\n\n"
            "An invalid geometry is repaired when the repair changes its area by less than "
            "1 %; otherwise the polygon is rejected. Areas are ellipsoidal (m²). New or stock "
            "(新增/存量) is set by the database from the discovery date and the cut-off date.\n"
            "Outputs: the number of cases imported; the duplicates, with the case they "
            "duplicate (duplicate_of) and the reason; the rejected polygons with the reason.\n"
            "Everything is written in one transaction: when the import fails or is canceled, "
            "the database stays as it was. A shapefile whose Chinese text comes out garbled "
            "is refused, with advice on its encoding.")

    def initAlgorithm(self, config=None):
        from ...plugin.core.codes import DISCOVERY_SOURCE
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Patch polygons"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.TARGET, self.tr("Violations layer of the project database"),
            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ZONES, self.tr("Zones layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterString(
            self.FIELD_MAP, self.tr("Field map (empty: the preset for provincial field names)"),
            optional=True))
        language = ui_language()
        self.addParameter(QgsProcessingParameterEnum(
            self.SOURCE, self.tr("Discovery source"),
            [DISCOVERY_SOURCE.label(c, language) for c in DISCOVERY_SOURCE.codes],
            defaultValue=DISCOVERY_SOURCE.codes.index("satellite")))
        self.addParameter(QgsProcessingParameterString(
            self.BATCH, self.tr("Batch"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DUPLICATE_OVERLAP, self.tr("Duplicate overlap (share of the smaller area)"),
            QgsProcessingParameterNumber.Double, defaultValue=DEFAULT_OVERLAP,
            minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.DUPLICATES, self.tr("Duplicates"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected patches"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Cases imported")))

    # --- main thread: the database, the zones, the user ---------------------------------

    def prepare(self, parameters, context, feedback):
        self._zones = None
        self._path, self._target, self._dest_crs = self.database_table(
            parameters, self.TARGET, context, feedback, "violations")
        self._zones = self.zone_index(parameters, self.ZONES, context, feedback,
                                      self._dest_crs)
        self._user = current_user()

    # --- any thread: read, check, write ----------------------------------------------

    def process(self, parameters, context, feedback):
        from ...plugin.core import patch_fields
        from ...plugin.core.codes import DISCOVERY_SOURCE
        from ...plugin.gis.area import AreaCalculator

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        src_crs = source.sourceCrs()
        if not src_crs.isValid():
            self.fail(self.tr("The input layer has no coordinate reference system: set its CRS "
                              "(Layer Properties ▸ Source) and run the import again."))
        names = source.fields().names()
        try:
            field_map = patch_fields.resolve(
                self.parameterAsString(parameters, self.FIELD_MAP, context), names)
        except patch_fields.MappingError as e:
            self.fail(self.tr("Field map: {}").format(e.translated(self.tr)))
        if field_map.pairs:
            feedback.pushInfo(self.tr("Field map: {}").format(
                ", ".join("%s → %s" % (s, t.name) for s, t in field_map.pairs)))
        else:
            feedback.pushWarning(self.tr(
                "No field of the input is mapped (none of the provincial names JCBH, XZQDM, "
                "JCMJ, QSX, HSX … was found): only the geometries are imported."))
        codes = DISCOVERY_SOURCE.codes
        discovery_source = codes[self.parameterAsEnum(parameters, self.SOURCE, context)]
        batch = self.parameterAsString(parameters, self.BATCH, context).strip() or None

        state = self._read_database(feedback)
        threshold = self._threshold(parameters, context, state["settings"], feedback)

        dup_fields = QgsProcessingUtils.combineFields(source.fields(), self._fields(
            ("duplicate_of", QVariant.String), ("reason", QVariant.String)))
        rej_fields = QgsProcessingUtils.combineFields(source.fields(), self._fields(
            ("reason", QVariant.String)))
        dup_sink, dup_id = self.parameterAsSink(parameters, self.DUPLICATES, context, dup_fields,
                                                source.wkbType(), src_crs)
        rej_sink, rej_id = self.parameterAsSink(parameters, self.REJECTED, context, rej_fields,
                                                source.wkbType(), src_crs)
        outputs = {self.DUPLICATES: dup_id, self.REJECTED: rej_id}

        if feedback.isCanceled():
            return self._canceled(feedback, outputs)
        reading = self._read(source, field_map, src_crs, discovery_source, batch, threshold,
                             state, parameters, context, feedback,
                             AreaCalculator(src_crs, context.transformContext()),
                             AreaCalculator(self._dest_crs, context.transformContext()))
        if reading is None:
            return self._canceled(feedback, outputs)
        records, duplicates, rejected = reading
        try:
            case_ids = self._write(records, feedback)
        except _Canceled:
            return self._canceled(feedback, outputs)

        for feature, ref, reason in duplicates:
            case_id = case_ids[ref[1]] if ref[0] == "run" else ref[1]
            self._add(dup_sink, feature, [case_id, reason.replace("{case}", case_id)])
        for feature, reason in rejected:
            self._add(rej_sink, feature, [reason])

        if rejected:
            feedback.reportError(self.tr("{} polygon(s) were rejected and not imported; their "
                                         "reasons are listed above and in the output "
                                         "“Rejected patches”.").format(len(rejected)))
        feedback.pushInfo(self.tr("Cases imported: {}, duplicates: {}, rejected: {}.")
                          .format(len(records), len(duplicates), len(rejected)))
        if case_ids:
            feedback.pushInfo(self.tr("New case numbers: {} … {}.")
                              .format(min(case_ids), max(case_ids)))
        feedback.setProgress(100)
        outputs[self.IMPORTED] = len(records)
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        layer = getattr(self, "_target", None)
        if layer is not None and not sip.isdeleted(layer):
            layer.dataProvider().reloadData()
            layer.updateExtents()
            layer.triggerRepaint()
        return {}

    # --- steps ------------------------------------------------------------------------

    @staticmethod
    def _fields(*specs):
        fields = QgsFields()
        for name, kind in specs:
            fields.append(QgsField(name, kind))
        return fields

    @staticmethod
    def _add(sink, feature, extra):
        if sink is None:
            return
        out = QgsFeature(feature)
        out.setAttributes(list(feature.attributes()) + list(extra))
        sink.addFeature(out, QgsFeatureSink.FastInsert)

    def _canceled(self, feedback, outputs):
        feedback.pushInfo(self.tr("Canceled: nothing was imported, the database is as it was."))
        outputs[self.IMPORTED] = 0
        return outputs

    def _threshold(self, parameters, context, settings, feedback):
        """The duplicate overlap share: as given, or the database's setting when the
        parameter is left at its default (or not given)."""
        given = parameters.get(self.DUPLICATE_OVERLAP)
        value = self.parameterAsDouble(parameters, self.DUPLICATE_OVERLAP, context)
        stored = settings.get("duplicate_overlap")
        if (given is None or value == DEFAULT_OVERLAP) and stored is not None:
            feedback.pushInfo(self.tr("Duplicate overlap: {:.0f} % of the smaller area (the "
                                      "database's setting duplicate_overlap).")
                              .format(100 * stored))
            return float(stored)
        feedback.pushInfo(self.tr("Duplicate overlap: {:.0f} % of the smaller area.")
                          .format(100 * value))
        return value

    def _read_database(self, feedback):
        """What the checks need from the database, read once: settings, zone codes,
        patch numbers, open cases with a spatial index (database CRS)."""
        from ...plugin.core.workflow import CLOSED_STATES
        from ...plugin.store import dbref, gpkg
        try:
            con = dbref.connect(self._path)
        except dbref.database_errors() as e:
            self.fail(self.tr("The project database {} could not be read ({}).")
                      .format(dbref.label(self._path), dbref.readable_error(e)))
        postgis = dbref.is_postgis(con)
        try:
            settings = dbref.read_settings(con)
            zone_codes = {r[0] for r in con.execute("SELECT zone_code FROM zones")}
            patch_numbers = {}
            for patch_no, case_id in con.execute(
                    "SELECT patch_no, case_id FROM violations WHERE patch_no IS NOT NULL "
                    "ORDER BY fid"):
                patch_numbers.setdefault(str(patch_no).strip(), case_id)
            open_cases = []
            rows = con.execute(
                "SELECT case_id, %s FROM violations WHERE geom IS NOT NULL AND status NOT IN "
                "(%s) ORDER BY case_id" % ("ST_AsBinary(geom)" if postgis else "geom",
                                           ", ".join("?" * len(CLOSED_STATES))), CLOSED_STATES)
            for case_id, blob in rows:
                if postgis:   # WKB already
                    wkb = bytes(blob) if blob is not None else None
                else:
                    ogr_geom = gpkg.blob_geometry(blob)
                    wkb = None if ogr_geom is None or ogr_geom.IsEmpty() else \
                        bytes(ogr_geom.ExportToIsoWkb())
                if wkb is None:
                    continue
                geom = QgsGeometry()
                geom.fromWkb(wkb)
                if geom.isEmpty():
                    continue
                open_cases.append((case_id, geom))
        except dbref.database_errors() as e:
            self.fail(self.tr("The project database {} could not be read ({}).")
                      .format(dbref.label(self._path), e))
        finally:
            con.close()
        feedback.pushInfo(self.tr("{} open case(s) in the database are checked for "
                                  "duplicates.").format(len(open_cases)))
        return {"settings": settings, "zone_codes": zone_codes,
                "patch_numbers": patch_numbers, "open_cases": open_cases}

    def _label(self, fid, patch_no):
        if patch_no:
            return self.tr("Feature {} (patch {})").format(fid, patch_no)
        return self.tr("Feature {}").format(fid)

    def _read(self, source, field_map, src_crs, discovery_source, batch, threshold, state,
              parameters, context, feedback, area_src, area_db):
        """(records to insert, duplicates, rejections); None when canceled.

        A duplicate is (input feature, reference, reason) where the reference is
        ("case", case_id) or ("run", index of the record it duplicates); a rejection is
        (input feature, reason)."""
        from ...plugin.core import patch_fields

        transform = QgsCoordinateTransform(src_crs, self._dest_crs, context.transformContext())
        total = source.featureCount() or 0
        today = datetime.date.today().isoformat()
        county = state["settings"].get("county_code")

        # Open cases of the database and the polygons imported in this run, each with
        # its spatial index; ids: ("case", i) → open_cases[i], ("run", k) → records[k].
        cases = [(case_id, geom, area_db.area_m2(geom)) for case_id, geom in state["open_cases"]]
        case_index = QgsSpatialIndex()
        for i, (_cid, geom, _a) in enumerate(cases):
            case_index.addFeature(i, geom.boundingBox())
        run_index = QgsSpatialIndex()
        run_shapes = []     # (geometry in the database CRS, area, label)
        run_patches = {}    # patch_no → reference
        records, duplicates, rejected = [], [], []
        undated = 0

        def reject(feature, label, problem):
            feedback.reportError("%s: %s" % (label, problem))
            rejected.append((feature, problem))

        def duplicate(feature, label, ref, reason):
            feedback.pushInfo(self.tr("{}: duplicate, not imported ({}).")
                              .format(label, reason.replace("{case}", ref[1] if ref[0] == "case"
                                                            else self.tr("a new case"))))
            duplicates.append((feature, ref, reason))

        names = source.fields().names()
        features = source.getFeatures(QgsFeatureRequest(),
                                      QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for n, feature in enumerate(features):
            if feedback.isCanceled():
                return None
            if total:
                feedback.setProgress(60.0 * n / total)
            fid = feature.id()
            attrs = {}
            for i, name in enumerate(names):
                value = plain_value(attribute(feature, i))
                if isinstance(value, str) and looks_garbled(value):
                    self.fail(self.tr("{}: the text “{}” is garbled, so the input's encoding is "
                                      "wrong and nothing was imported. {}")
                              .format(self._label(fid, None), value,
                                      encoding_hint(self, parameters, self.INPUT, context)))
                attrs[name] = value
            try:
                values = patch_fields.values(field_map, attrs)
            except patch_fields.MappingError as e:
                reject(feature, self._label(fid, None), e.translated(self.tr))
                continue
            row = dict(values.row)
            patch_no = row.get("patch_no")
            label = self._label(fid, patch_no)

            geometry, problem, note = repair_polygon(feature.geometry(), area_src)
            if problem:
                reject(feature, label, problem)
                continue
            if note:
                feedback.pushInfo(self.tr("{}: invalid geometry repaired ({}).").format(label, note))
            area_m2 = area_src.area_m2(geometry)
            try:
                geometry.transform(transform)
            except QgsCsException as e:
                reject(feature, label, self.tr("the geometry cannot be transformed to {}: {}")
                       .format(self._dest_crs.authid(), e))
                continue
            geometry.convertToMultiType()

            place = self._zones.assign(geometry)
            if place.township_code is None:
                reject(feature, label, self.tr("outside every zone of the database"))
                continue
            missing = [c for c in (place.township_code, place.village_code)
                       if c is not None and c not in state["zone_codes"]]
            if missing:
                reject(feature, label, self.tr("the zones layer places it in {}, which is not "
                                               "a zone of the project database")
                       .format(", ".join(missing)))
                continue
            if patch_fields.hint_disagrees(values.hint, place.township_code,
                                           place.village_code, county):
                feedback.pushInfo(self.tr("{}: its division code {} disagrees with the zones, "
                                          "which place it in {} / {} (the zones decide).")
                                  .format(label, values.hint, place.township_code,
                                          place.village_code or "-"))
            for note_, _src, reported in values.notes:
                if note_.name == "reported_area" and \
                        patch_fields.reported_area_unit(reported, area_m2) is None:
                    feedback.pushInfo(self.tr("{}: the reported area {} differs from the "
                                              "measured {:.1f} m² by more than 5 %.")
                                      .format(label, reported, area_m2))

            # Duplicates: patch number first, then overlap.
            if patch_no is not None:
                if patch_no in state["patch_numbers"]:
                    duplicate(feature, label, ("case", state["patch_numbers"][patch_no]),
                              self.tr("same patch number {} as case {{case}}").format(patch_no))
                    continue
                if patch_no in run_patches:
                    ref = run_patches[patch_no]
                    duplicate(feature, label, ref,
                              self.tr("same patch number {} as an earlier polygon of the input "
                                      "(case {{case}})").format(patch_no))
                    continue
            area_here = area_db.area_m2(geometry)
            found = self._overlap(geometry, area_here, threshold, case_index,
                                  lambda i: (cases[i][1], cases[i][2]), area_db)
            if found is not None:
                i, share = found
                ref = ("case", cases[i][0])
                duplicate(feature, label, ref,
                          self.tr("overlaps the open case {{case}} by {:.1f} % of the smaller "
                                  "area").format(100 * share))
                if patch_no is not None:
                    run_patches[patch_no] = ref
                continue
            found = self._overlap(geometry, area_here, threshold, run_index,
                                  lambda k: run_shapes[k][:2], area_db)
            if found is not None:
                k, share = found
                ref = ("run", k)
                duplicate(feature, label, ref,
                          self.tr("overlaps {}, imported earlier in this run as case {{case}}, by "
                                  "{:.1f} % of the smaller area").format(run_shapes[k][2],
                                                                        100 * share))
                if patch_no is not None:
                    run_patches[patch_no] = ref
                continue

            k = len(records)
            run_index.addFeature(k, geometry.boundingBox())
            run_shapes.append((geometry, area_here, label))
            if patch_no is not None:
                run_patches[patch_no] = ("run", k)
            if "discovered_on" not in row:
                row["discovered_on"] = today
                undated += 1
            row.setdefault("discovery_source", discovery_source)
            if batch is not None:
                row["batch"] = batch
            row.update(geom=bytes(geometry.asWkb()), area_m2=round(area_m2, 2),
                       township_code=place.township_code, village_code=place.village_code,
                       updated_by=self._user)
            records.append({"label": label, "row": row})
        if undated:
            feedback.pushInfo(self.tr("{} case(s) have no discovery date in the input: the day "
                                      "of the import ({}) is used.").format(undated, today))
        return records, duplicates, rejected

    @staticmethod
    def _overlap(geometry, area, threshold, index, shape_of, area_db):
        """(id, share) of the indexed shape overlapping `geometry` most, when by at least
        `threshold` of the smaller area; None otherwise.  Areas are ellipsoidal."""
        from ...plugin.core.patch_fields import is_duplicate_overlap, overlap_share
        best = None
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        for i in sorted(index.intersects(geometry.boundingBox())):
            other, other_area = shape_of(i)
            if not engine.intersects(other.constGet()):
                continue
            part = area_db.area_m2(geometry.intersection(other))
            if is_duplicate_overlap(part, area, other_area, threshold):
                share = overlap_share(part, area, other_area)
                if best is None or share > best[1]:
                    best = (i, share)
        return best

    def _write(self, records, feedback):
        """Insert every record in one transaction; [case_id] in record order."""
        cannot_write = self.tr("The project database {} could not be written ({}). Nothing was "
                               "imported.")
        db = self.open_writer(self._path, cannot_write)
        fids = []
        try:
            with db.transaction():
                for i, rec in enumerate(records):
                    if feedback.isCanceled():
                        raise _Canceled()
                    feedback.setProgress(60.0 + 38.0 * i / len(records))
                    try:
                        fids.append(db.insert("violations", rec["row"]))
                    except db.refused as e:
                        self.fail(self.tr("{}: the database refused it ({}). Nothing was "
                                          "imported.").format(rec["label"], db.readable_error(e)))
                case_of = {}
                if fids:   # the database numbers the cases
                    case_of = dict(db.execute(
                        "SELECT fid, case_id FROM violations WHERE fid BETWEEN ? AND ?",
                        (min(fids), max(fids))))
        except db.unavailable as e:
            self.fail(cannot_write.format(db.label(), e))
        finally:
            db.close()
        return [case_of[fid] for fid in fids]
