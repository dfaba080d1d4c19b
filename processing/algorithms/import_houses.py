"""liangwei:import_houses — self-built house survey records (自建房排查) into the houses table."""

import datetime
import os

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
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant

from .base import LiangweiAlgorithm, current_user
from .common import attribute, looks_garbled, plain_value, repair_polygon

ENCODINGS = ("auto", "UTF-8", "GBK")
TEXT_TABLES = (".csv", ".txt", ".tsv")
SPREADSHEETS = (".xlsx", ".xls", ".ods")
DEFAULT_TABLE_CRS = "EPSG:4490"


class _Canceled(Exception):
    pass


class ImportHousesAlgorithm(LiangweiAlgorithm):
    INPUT = "INPUT"
    FIELD_MAP = "FIELD_MAP"
    LON_FIELD = "LON_FIELD"
    LAT_FIELD = "LAT_FIELD"
    SOURCE_CRS = "SOURCE_CRS"
    TARGET = "TARGET"
    ZONES = "ZONES"
    ENCODING = "ENCODING"
    IMPORTED = "IMPORTED"
    UPDATED = "UPDATED"
    REJECTED = "REJECTED"

    group_id = "houses"

    def name(self):
        return "import_houses"

    def displayName(self):
        return self.tr("Import self-built houses")

    def shortHelpString(self):
        return self.tr(
            "Imports the records of the self-built house survey (自建房排查), as exported by "
            "the national survey system or kept in any layer, into the houses table of a "
            "project database: one point per house.\n\n"
            "Input: a point layer, a polygon layer (each polygon becomes a point on its "
            "surface), or a table without geometry — a CSV file or a spreadsheet (XLSX) — "
            "with a longitude and a latitude column. Layers are reprojected to the CRS of "
            "the database.\n"
            "Field map (optional): which input column fills which house field, written like "
            "房屋编码:house_id;地上层数:storeys or as a JSON object {\"房屋编码\": \"house_id\"}. "
            "Empty: the preset for the columns of the national form found in the input "
            "(房屋编码, 详细地址/房屋地址, 产权人/户主姓名, 所在乡镇(街道)代码, 所在村(社区)代码, "
            "地上层数, 地下层数, 建筑面积, 结构类型, 建成年代/建成年份, 土地性质, 所在区域, 房屋用途, "
            "经营类型, 居住人数/使用人数, 是否加层, 是否扩建, 是否改变主体结构, 是否改变用途, "
            "是否开挖地下室, 是否经过专业设计, 是否由专业施工, 合法性, 隐患初判, 鉴定状态, 鉴定等级, "
            "鉴定机构, 鉴定日期, 整治状态, 整治措施, 一栋一策, 备注, and their English or pinyin "
            "names). A map you write replaces the preset; it must map a column to house_id. "
            "The township and village codes of the input are hints only: the zones decide, "
            "and a code that disagrees is reported.\n"
            "Values: labels of the code lists in Chinese or English (砖混, 框架结构, 集体土地, "
            "C级, 严重隐患 …); yes/no as 是/否, 1/0 or Y/N; several business types or measures "
            "separated by 、，, or ; ; storeys like 3 or 3层; areas like 120.5 or 120.5㎡; "
            "years like 1998 or 1998年, a decade (1990年代, 90年代) counting as its first "
            "year; dates like 2024-03-15, 2024/3/15 or 2024年3月15日. An appraisal grade or "
            "date without an appraisal status sets the status 已鉴定.\n"
            "Longitude and latitude fields (tables only; optional): found by their names "
            "(经度/纬度, longitude/latitude, lon/lat, x/y) when not chosen.\n"
            "Coordinate CRS (optional): the CRS of those coordinates, or of a layer without "
            "one; EPSG:4490 (CGCS2000) when not given.\n"
            "Houses layer: the layer “houses” of the project database. Zones layer: the zones "
            "with the townships and villages (normally the layer “zones” of the same "
            "database); each house gets the township and the village containing it.\n"
            "Encoding: the text encoding of CSV files and of shapefiles. Automatic: a CSV "
            "file is read as UTF-8 when its bytes are UTF-8, else as GBK; a shapefile without "
            ".cpg file is read as UTF-8, and as GBK when its text comes out garbled.\n\n"
            "A house whose code is already in the database is updated — the mapped fields "
            "(empty cells leave the stored value), its location and its zones; never its "
            "inspections — instead of being added again. A row is rejected, with the reason "
            "in the output “Rejected houses”, when its house code is missing, malformed or "
            "of another county, when an earlier row of the input has the same code, when a "
            "value is impossible (0 storeys, an area of 0 or less, a year or date in the "
            "future, a label not in the code list), when it has no usable location, or when "
            "it lies outside every zone.\n"
            "Everything is written in one transaction: when the database refuses a house, or "
            "the import is canceled, the database stays as it was.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Houses (points, polygons, or a table with coordinates)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon,
             QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterString(
            self.FIELD_MAP, self.tr("Field map (empty: the preset for the national survey form)"),
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LON_FIELD, self.tr("Longitude (x) field (tables)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LAT_FIELD, self.tr("Latitude (y) field (tables)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            self.SOURCE_CRS, self.tr("CRS of the coordinates (empty: EPSG:4490)"),
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.TARGET, self.tr("Houses layer of the project database"),
            [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ZONES, self.tr("Zones layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            self.ENCODING, self.tr("Text encoding"),
            [self.tr("Automatic (UTF-8 or GBK)"), "UTF-8", "GBK"], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.REJECTED, self.tr("Rejected houses"), QgsProcessing.TypeVector,
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Houses imported")))
        self.addOutput(QgsProcessingOutputNumber(self.UPDATED, self.tr("Houses updated")))

    # --- main thread: the database, the zones, the input's file --------------------------

    def prepare(self, parameters, context, feedback):
        self._zones = None
        self._path, self._target, self._dest_crs = self.database_table(
            parameters, self.TARGET, context, feedback, "houses")
        self._zones = self.zone_index(parameters, self.ZONES, context, feedback,
                                      self._dest_crs)
        self._user = current_user()
        self._file = self._input_file(parameters, context)

    def _input_file(self, parameters, context):
        """{uri, path, ext, selected} of an input read from a file by OGR, or None."""
        layer = self.layer_behind(parameters, self.INPUT, context)
        if layer is None or layer.providerType() != "ogr":
            return None
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or ""
        if not os.path.isfile(path):
            return None
        selected = None
        value = parameters.get(self.INPUT)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly:
            selected = list(layer.selectedFeatureIds())
        return {"uri": layer.source(), "path": path, "ext": os.path.splitext(path)[1].lower(),
                "selected": selected}

    # --- any thread ---------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ...plugin.core import house_fields
        from ...plugin.store import schema

        source, request, kind = self._open_input(parameters, context, feedback)
        geometry_type = QgsWkbTypes.geometryType(source.wkbType())
        is_table = geometry_type in (QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry)
        if geometry_type == QgsWkbTypes.LineGeometry:
            self.fail(self.tr("The input is a line layer: houses come as points, polygons or a "
                              "table with longitude and latitude columns."))
        names = source.fields().names()
        garbled = [name for name in names if looks_garbled(name)]
        if garbled:
            self.fail(self.tr("The column name “{}” is garbled, so the input's text encoding "
                              "is wrong and nothing was imported. Choose the encoding (GBK or "
                              "UTF-8) and run the import again.").format(garbled[0]))
        src_crs = self._source_crs(parameters, context, source, is_table)

        coordinates = None
        if is_table:
            coordinates = self._coordinate_fields(parameters, context, names)
            feedback.pushInfo(self.tr("Coordinates: {} and {}, in {}.").format(
                coordinates[0], coordinates[1], src_crs.authid()))
        try:
            field_map = house_fields.resolve(
                self.parameterAsString(parameters, self.FIELD_MAP, context), names,
                schema.HOUSES.field_names)
        except house_fields.MappingError as e:
            self.fail(self.tr("Field map: {}").format(e.translated(self.tr)))
        if field_map.source_of("house_id") is None:
            self.fail(self.tr("No column of the input is mapped to house_id, so the houses "
                              "cannot be identified. The input's fields are: {}. Map the "
                              "house code like 房屋编码:house_id.").format(", ".join(names) or "-"))
        feedback.pushInfo(self.tr("Field map: {}").format(
            ", ".join("%s → %s" % (s, t.name) for s, t in field_map.pairs)))

        state = self._read_database()
        rej_fields = QgsProcessingUtils.combineFields(source.fields(), self._fields(
            ("reason", QVariant.String)))
        rej_type = QgsWkbTypes.Point if is_table else source.wkbType()
        rej_sink, rej_id = self.parameterAsSink(parameters, self.REJECTED, context, rej_fields,
                                                rej_type, src_crs)
        outputs = {self.REJECTED: rej_id}
        if feedback.isCanceled():
            return self._canceled(feedback, outputs)

        reading = self._read(source, request, kind, field_map, src_crs, coordinates, state,
                             context, feedback)
        if reading is None:
            return self._canceled(feedback, outputs)
        records, rejected = reading
        try:
            self._write(records, feedback)
        except _Canceled:
            return self._canceled(feedback, outputs)

        for feature, point, reason in rejected:
            if rej_sink is None:
                break
            out = QgsFeature(feature)
            if is_table:
                out.setGeometry(point if point is not None else QgsGeometry())
            out.setAttributes(list(feature.attributes()) + [reason])
            rej_sink.addFeature(out, QgsFeatureSink.FastInsert)

        imported = sum(1 for r in records if not r["update"])
        updated = len(records) - imported
        if rejected:
            feedback.reportError(self.tr("{} house(s) were rejected and not imported; their "
                                         "reasons are listed above and in the output "
                                         "“Rejected houses”.").format(len(rejected)))
        feedback.pushInfo(self.tr("Houses imported: {}, updated: {}, rejected: {}.")
                          .format(imported, updated, len(rejected)))
        feedback.setProgress(100)
        outputs[self.IMPORTED] = imported
        outputs[self.UPDATED] = updated
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        layer = getattr(self, "_target", None)
        if layer is not None and not sip.isdeleted(layer):
            layer.dataProvider().reloadData()
            layer.updateExtents()
            layer.triggerRepaint()
        return {}

    # --- the input ----------------------------------------------------------------------

    def _open_input(self, parameters, context, feedback):
        """(feature source, request, kind of row label) of the input, read with the right
        text encoding for CSV files and shapefiles."""
        from ...plugin.core.house_fields import detect_text_encoding
        choice = ENCODINGS[self.parameterAsEnum(parameters, self.ENCODING, context)]
        info = getattr(self, "_file", None)
        request = QgsFeatureRequest()
        ext = info["ext"] if info else ""
        kind = "csv" if ext in TEXT_TABLES else "sheet" if ext in SPREADSHEETS else "feature"
        if info is not None and info["selected"] is not None:
            request.setFilterFids(info["selected"])
        encoding = None
        if ext in TEXT_TABLES:
            if choice == "auto":
                with open(info["path"], "rb") as fh:
                    encoding = detect_text_encoding(fh.read())
                if encoding is None:
                    self.fail(self.tr("The file {} is neither UTF-8 nor GBK text: save it as "
                                      "UTF-8 (or GBK) CSV and run the import again.")
                              .format(info["path"]))
            else:
                encoding = choice
        elif ext in (".shp", ".dbf"):
            has_cpg = os.path.exists(os.path.splitext(info["path"])[0] + ".cpg")
            if choice != "auto":
                encoding = choice
            elif not has_cpg:
                layer = self._reopen(info, "UTF-8")
                encoding = "GBK" if self._garbled(layer, request) else "UTF-8"
        elif choice != "auto":
            feedback.pushInfo(self.tr("The text encoding applies to CSV files and shapefiles; "
                                      "this input is read as it is."))
        if encoding is None:
            source = self.parameterAsSource(parameters, self.INPUT, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
            if info is not None and info["selected"] is not None:
                request = QgsFeatureRequest()     # the source is already the selection
            return source, request, kind
        feedback.pushInfo(self.tr("Text encoding of {}: {}.").format(
            os.path.basename(info["path"]), encoding))
        self._opened = self._reopen(info, encoding)
        return self._opened, request, kind

    def _reopen(self, info, encoding):
        layer = QgsVectorLayer(info["uri"], "input", "ogr")
        if not layer.isValid():
            self.fail(self.tr("The input {} cannot be read.").format(info["path"]))
        layer.setProviderEncoding(encoding)
        return layer

    @staticmethod
    def _garbled(layer, request):
        if any(looks_garbled(name) for name in layer.fields().names()):
            return True
        for feature in layer.getFeatures(QgsFeatureRequest(request).setFlags(
                QgsFeatureRequest.NoGeometry)):
            for value in feature.attributes():
                if isinstance(value, str) and looks_garbled(value):
                    return True
        return False

    def _source_crs(self, parameters, context, source, is_table):
        given = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        if is_table:
            return given if given.isValid() else QgsCoordinateReferenceSystem(DEFAULT_TABLE_CRS)
        crs = source.sourceCrs()
        if crs.isValid():
            return crs
        if given.isValid():
            return given
        self.fail(self.tr("The input layer has no coordinate reference system: set its CRS "
                          "(Layer Properties ▸ Source), or give the CRS of the coordinates, "
                          "and run the import again."))

    def _coordinate_fields(self, parameters, context, names):
        from ...plugin.core.house_fields import detect_coordinates
        lon = self.parameterAsString(parameters, self.LON_FIELD, context).strip()
        lat = self.parameterAsString(parameters, self.LAT_FIELD, context).strip()
        found_lon, found_lat = detect_coordinates(names)
        lon, lat = lon or found_lon, lat or found_lat
        for name, what in ((lon, self.tr("longitude")), (lat, self.tr("latitude"))):
            if not name:
                self.fail(self.tr("The input has no geometry and no {} column (经度/纬度, "
                                  "longitude/latitude, lon/lat or x/y): choose the longitude "
                                  "and latitude fields. Its fields are: {}.")
                          .format(what, ", ".join(names) or "-"))
            if name not in names:
                self.fail(self.tr("The input has no field “{}”. Its fields are: {}.")
                          .format(name, ", ".join(names) or "-"))
        return lon, lat

    # --- the database -------------------------------------------------------------------

    def _read_database(self):
        from ...plugin.store import dbref
        try:
            con = dbref.connect(self._path)
        except dbref.database_errors() as e:
            self.fail(self.tr("The project database {} could not be read ({}).")
                      .format(dbref.label(self._path), dbref.readable_error(e)))
        try:
            settings = dbref.read_settings(con)
            zone_codes = {r[0] for r in con.execute("SELECT zone_code FROM zones")}
            houses = {}
            for house_id, status, grade, on in con.execute(
                    "SELECT house_id, appraisal_status, appraisal_grade, appraised_on "
                    "FROM houses"):
                # PostgreSQL gives a date: the ISO text the GeoPackage keeps
                houses[house_id] = {"appraisal_status": status, "appraisal_grade": grade,
                                    "appraised_on": dbref.timestamp_text(on)}
        except dbref.database_errors() as e:
            self.fail(self.tr("The project database {} could not be read ({}).")
                      .format(dbref.label(self._path), e))
        finally:
            con.close()
        return {"county": settings.get("county_code"), "zone_codes": zone_codes,
                "houses": houses}

    # --- reading and checking -----------------------------------------------------------

    @staticmethod
    def _fields(*specs):
        fields = QgsFields()
        for name, kind in specs:
            fields.append(QgsField(name, kind))
        return fields

    def _canceled(self, feedback, outputs):
        feedback.pushInfo(self.tr("Canceled: nothing was imported, the database is as it was."))
        outputs[self.IMPORTED] = 0
        outputs[self.UPDATED] = 0
        return outputs

    def _label(self, kind, fid, house_id):
        if kind == "csv":       # OGR numbers CSV records from 1; the header is line 1
            text = self.tr("Row {}").format(fid + 1)
        elif kind == "sheet":   # OGR numbers spreadsheet records by their row
            text = self.tr("Row {}").format(fid)
        else:
            text = self.tr("Feature {}").format(fid)
        if house_id:
            return self.tr("{} (house {})").format(text, house_id)
        return text

    def _read(self, source, request, kind, field_map, src_crs, coordinates, state, context,
              feedback):
        """(records to write, rejections); None when canceled.  A record is {label,
        house_id, row, update}; a rejection is (input feature, point or None, reason)."""
        from ...plugin.core import house_fields, patch_fields
        from ...plugin.gis.area import AreaCalculator

        transform = QgsCoordinateTransform(src_crs, self._dest_crs, context.transformContext())
        area_src = AreaCalculator(src_crs, context.transformContext())
        geographic = src_crs.isGeographic()
        today = datetime.date.today()
        total = source.featureCount() or 0
        names = source.fields().names()
        records, rejected, seen = [], [], {}

        def reject(feature, label, problem, point=None):
            feedback.reportError("%s: %s" % (label, problem))
            rejected.append((feature, point, problem))

        features = source.getFeatures(request) if isinstance(source, QgsVectorLayer) else \
            source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
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
                    self.fail(self.tr("{}: the text “{}” is garbled, so the input's text "
                                      "encoding is wrong and nothing was imported. Choose "
                                      "the encoding (GBK or UTF-8) and run the import again.")
                              .format(self._label(kind, fid, None), value))
                attrs[name] = value

            point = None
            if coordinates is not None:
                point, problem = self._table_point(attrs, coordinates, geographic)
            house_id, problem_id = house_fields.check_house_id(
                attrs.get(field_map.source_of("house_id")), state["county"])
            label = self._label(kind, fid, house_id)
            if problem_id is not None:
                reject(feature, label, problem_id.translated(self.tr), point)
                continue
            if house_id in seen:
                reject(feature, label, self.tr("the house code {} already appears in {}, an "
                                               "earlier row of the input; only the first "
                                               "one counts")
                       .format(house_id, seen[house_id]), point)
                continue
            seen[house_id] = label
            try:
                values = house_fields.values(field_map, attrs, today)
                row = house_fields.check_appraisal(dict(values.row),
                                                   state["houses"].get(house_id))
            except house_fields.MappingError as e:
                reject(feature, label, e.translated(self.tr), point)
                continue
            row.pop("house_id", None)

            # The location, as a point in the database CRS.
            if coordinates is not None:
                if problem:
                    reject(feature, label, problem, point)
                    continue
                geometry = QgsGeometry(point)
            else:
                geometry, problem = self._feature_point(feature, area_src)
                if problem:
                    reject(feature, label, problem)
                    continue
            try:
                geometry.transform(transform)
            except QgsCsException as e:
                reject(feature, label, self.tr("its location cannot be transformed to {}: {}")
                       .format(self._dest_crs.authid(), e), point)
                continue
            if geometry.type() == QgsWkbTypes.PolygonGeometry:
                geometry = geometry.pointOnSurface()
                if geometry.isNull() or geometry.isEmpty():
                    reject(feature, label, self.tr("no point can be found inside its polygon"))
                    continue
            geometry = QgsGeometry.fromPointXY(geometry.asPoint())

            place = self._zones.assign(geometry)
            if place.township_code is None:
                reject(feature, label, self.tr("outside every zone of the database"), point)
                continue
            missing = [c for c in (place.township_code, place.village_code)
                       if c is not None and c not in state["zone_codes"]]
            if missing:
                reject(feature, label, self.tr("the zones layer places it in {}, which is not "
                                               "a zone of the project database")
                       .format(", ".join(missing)), point)
                continue
            for hint in values.hints.values():
                if patch_fields.hint_disagrees(hint, place.township_code, place.village_code):
                    feedback.pushInfo(self.tr("{}: its division code {} disagrees with the "
                                              "zones, which place it in {} / {} (the zones "
                                              "decide).").format(label, hint,
                                                                 place.township_code,
                                                                 place.village_code or "-"))
            row.update(geom=bytes(geometry.asWkb()), township_code=place.township_code,
                       village_code=place.village_code, updated_by=self._user)
            records.append({"label": label, "house_id": house_id, "row": row,
                            "update": house_id in state["houses"]})
        return records, rejected

    def _table_point(self, attrs, coordinates, geographic):
        """(point geometry in the coordinates' CRS or None, problem or None)."""
        from ...plugin.core.house_fields import parse_coordinate
        lon_name, lat_name = coordinates
        try:
            x = parse_coordinate(attrs.get(lon_name))
            y = parse_coordinate(attrs.get(lat_name))
        except (TypeError, ValueError):
            return None, self.tr("the coordinates “{}”, “{}” are not numbers").format(
                attrs.get(lon_name), attrs.get(lat_name))
        if x is None or y is None:
            return None, self.tr("it has no coordinates ({} and {} are empty)").format(
                lon_name, lat_name)
        if geographic and not (-180 <= x <= 180 and -90 <= y <= 90):
            return None, self.tr("the coordinates {}, {} are not a longitude and a latitude "
                                 "(set the CRS of the coordinates)").format(x, y)
        return QgsGeometry.fromPointXY(QgsPointXY(x, y)), None

    def _feature_point(self, feature, area_src):
        """(geometry to place: a point, or a polygon to find a point on, problem)."""
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None, self.tr("it has no geometry")
        if geometry.type() == QgsWkbTypes.PointGeometry:
            points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
            if len(points) != 1:
                return None, self.tr("it has {} points: a house is one point").format(len(points))
            return QgsGeometry.fromPointXY(points[0]), None
        if geometry.type() == QgsWkbTypes.PolygonGeometry:
            fixed, problem, _note = repair_polygon(geometry, area_src)
            return fixed, problem
        return None, self.tr("its geometry is neither a point nor a polygon")

    # --- writing --------------------------------------------------------------------------

    def _write(self, records, feedback):
        """Insert the new houses and update the known ones, in one transaction."""
        cannot_write = self.tr("The project database {} could not be written ({}). Nothing was "
                               "imported.")
        db = self.open_writer(self._path, cannot_write)
        try:
            with db.transaction():
                for i, rec in enumerate(records):
                    if feedback.isCanceled():
                        raise _Canceled()
                    feedback.setProgress(60.0 + 38.0 * i / len(records))
                    try:
                        if rec["update"]:
                            db.update("houses", "house_id", rec["house_id"], rec["row"])
                        else:
                            row = dict(rec["row"], house_id=rec["house_id"])
                            db.insert("houses", row)
                    except db.refused as e:
                        self.fail(self.tr("{}: the database refused it ({}). Nothing was "
                                          "imported.").format(rec["label"], db.readable_error(e)))
        except db.unavailable as e:
            self.fail(cannot_write.format(db.label(), e))
        finally:
            db.close()
