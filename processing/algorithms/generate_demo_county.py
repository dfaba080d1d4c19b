"""liangwei:generate_demo_county — a new project database filled with a made-up county."""

import os
import tempfile

from qgis.core import (
    QgsGeometry,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...plugin.i18n import table_label
from .base import LiangweiAlgorithm, county_code_problem

DEMO_CRS = "EPSG:4490"
# Tables whose row counts are outputs, as <TABLE>_COUNT.
COUNTED_TABLES = ("zones", "violations", "case_events", "attachments", "houses",
                  "house_inspections", "inspection_members", "patrol_reports")


def area_function(crs, transform_context=None):
    """An ellipsoidal area in m² for geometries in `crs`, as a plain callable.

    It takes what the database writer has at hand: a QgsGeometry, an osgeo.ogr
    geometry, WKB bytes or WKT text."""
    from ...plugin.gis.area import AreaCalculator
    calculator = AreaCalculator(crs, transform_context)

    def area_m2(geometry):
        if geometry is None:
            return 0.0
        if not isinstance(geometry, QgsGeometry):
            if hasattr(geometry, "ExportToIsoWkb"):
                geometry = bytes(geometry.ExportToIsoWkb())
            if isinstance(geometry, (bytes, bytearray, memoryview)):
                g = QgsGeometry()
                g.fromWkb(bytes(geometry))
                geometry = g
            else:
                geometry = QgsGeometry.fromWkt(str(geometry))
        return calculator.area_m2(geometry)

    return area_m2


def _remove(path):
    for suffix in ("", "-journal", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


class GenerateDemoCountyAlgorithm(LiangweiAlgorithm):
    OUTPUT = "OUTPUT"
    COUNTY_CODE = "COUNTY_CODE"
    SEED = "SEED"
    TOWNSHIPS = "TOWNSHIPS"
    VILLAGES = "VILLAGES"
    VIOLATIONS = "VIOLATIONS"
    HOUSES = "HOUSES"
    OVERWRITE = "OVERWRITE"
    REFERENCE = "REFERENCE"

    group_id = "database"

    def name(self):
        return "generate_demo_county"

    def displayName(self):
        return self.tr("Generate demo county")

    def shortHelpString(self):
        return self.tr(
            "Creates a project database filled with a made-up county for training, "
            "demonstrations and tests: townships and villages with their boundaries and "
            "quotas, violation cases at every stage of the workflow with their case events, "
            "and self-built houses with inspections, appraisals and rectification.\n\n"
            "Seed: the same seed and numbers always give the same county.\n"
            "Townships, villages, violations: how many to make.\n"
            "Houses: how many self-built houses; 0 means three per violation.\n"
            "Overwrite: an existing file is only replaced when this is ticked.\n"
            "Reference data (optional): a second GeoPackage with what a county keeps beside "
            "its project database: roads, railways, rivers, hills, farmland, planning zones, "
            "planned projects, the building surveys of 2023 and 2024 with their changes, "
            "construction permits and a batch of satellite change polygons in the "
            "provincial field layout (JCBH, XZQDM, JCMJ…). It is made for the same county "
            "and the same seed.\n\n"
            "Areas are computed on the ellipsoid. The database is written to a temporary file "
            "and moved into place at the end: when the run fails or is canceled, no file is "
            "left behind and an existing file is not touched. The database is not added to "
            "the map: open it with “Create/open project database”.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Project database"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTY_CODE, self.tr("County division code (6 digits)"), defaultValue="330624"))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer,
            defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOWNSHIPS, self.tr("Townships"), QgsProcessingParameterNumber.Integer,
            defaultValue=30, minValue=1, maxValue=999))
        self.addParameter(QgsProcessingParameterNumber(
            self.VILLAGES, self.tr("Villages"), QgsProcessingParameterNumber.Integer,
            defaultValue=500, minValue=1, maxValue=100000))
        self.addParameter(QgsProcessingParameterNumber(
            self.VIOLATIONS, self.tr("Violations"), QgsProcessingParameterNumber.Integer,
            defaultValue=2000, minValue=0, maxValue=1000000))
        self.addParameter(QgsProcessingParameterNumber(
            self.HOUSES, self.tr("Self-built houses (0: three per violation)"),
            QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0, maxValue=3000000))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REFERENCE, self.tr("Reference data (roads, surveys, satellite patches…)"),
            self.tr("GeoPackage (*.gpkg)"), optional=True, createByDefault=False))
        for table in COUNTED_TABLES:
            self.addOutput(QgsProcessingOutputNumber(
                "%s_COUNT" % table.upper(), self.tr("Rows in {}").format(table_label(table))))

    def checkParameterValues(self, parameters, context):
        # The county code first: QGIS's own check only says "Incorrect parameter value".
        problem = county_code_problem(self.parameterAsString(parameters, self.COUNTY_CODE, context))
        if problem:
            return False, problem
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        townships = self.parameterAsInt(parameters, self.TOWNSHIPS, context)
        villages = self.parameterAsInt(parameters, self.VILLAGES, context)
        if villages < townships:
            return False, self.tr("Every township needs at least one village: ask for at least "
                                  "{} villages.").format(townships)
        return True, ""

    def prepare(self, parameters, context, feedback):
        self._path = self.database_destination(parameters, self.OUTPUT, context)
        self._overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        self.check_destination(self._path, self._overwrite, context.project())
        self._reference = self._reference_destination(parameters, context)

    def _reference_destination(self, parameters, context):
        """The absolute .gpkg path of the optional REFERENCE output, or None."""
        path = self.parameterAsFileOutput(parameters, self.REFERENCE, context)
        if not path:
            return None
        if not os.path.splitext(path)[1]:
            path += ".gpkg"
        path = os.path.abspath(path)
        if not path.lower().endswith(".gpkg"):
            self.fail(self.tr("The reference data is written to a GeoPackage: the file name "
                              "must end in .gpkg ({}).").format(path))
        if path == self._path:
            self.fail(self.tr("The reference data needs a file of its own, not the project "
                              "database {}.").format(path))
        loads = context.layersToLoadOnCompletion()
        if any(key.split("|")[0] == path for key in loads):
            context.setLayersToLoadOnCompletion(
                {k: v for k, v in loads.items() if k.split("|")[0] != path})
        self.check_destination(path, self._overwrite, context.project())
        return path

    def process(self, parameters, context, feedback):
        from ...plugin.store import demo_writer, gpkg

        code = self.county_code(parameters, context, self.COUNTY_CODE)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        townships = self.parameterAsInt(parameters, self.TOWNSHIPS, context)
        villages = self.parameterAsInt(parameters, self.VILLAGES, context)
        violations = self.parameterAsInt(parameters, self.VIOLATIONS, context)
        houses = self.parameterAsInt(parameters, self.HOUSES, context) or None

        folder = os.path.dirname(self._path)
        fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=".liangwei-demo-", dir=folder)
        os.close(fd)
        os.remove(tmp)
        try:
            feedback.pushInfo(self.tr("Creating the project database for county {}…").format(code))
            try:
                gpkg.create(tmp, code, DEMO_CRS)
            except gpkg.DatabaseError as e:
                self.fail(self.tr("The project database could not be created: {}").format(e))
            feedback.setProgress(2)

            share = 0.78 if self._reference else 0.97

            def progress(value, *_text):
                # The writer reports 0–100; the database creation took the first 2 %.
                feedback.setProgress(2 + share * max(0.0, min(100.0, float(value))))

            feedback.pushInfo(self.tr("Generating {} townships, {} villages, {} violations and "
                                      "{} houses (seed {})…").format(
                townships, villages, violations, houses if houses else 3 * violations, seed))
            try:
                written = demo_writer.write_demo_county(
                    tmp, seed=seed, townships=townships, villages=villages, violations=violations,
                    houses=houses, area_m2=area_function(DEMO_CRS, context.transformContext()),
                    progress=progress, is_canceled=feedback.isCanceled)
            except Exception as e:  # DemoCanceled after a cancel, else a readable refusal
                if feedback.isCanceled():
                    written = None
                else:
                    self.fail(self.tr("The demo county could not be generated: {}").format(e))
            reference = None
            if self._reference and not feedback.isCanceled():
                reference = self._write_reference(tmp, seed, feedback)
            if feedback.isCanceled():
                _remove(tmp)
                if reference:
                    _remove(self._reference)
                feedback.pushInfo(self.tr("Canceled: no database was written."))
                return {}
            counts = self._count(tmp)
            os.replace(tmp, self._path)
        except BaseException:
            _remove(tmp)
            raise
        feedback.setProgress(100)
        if written and isinstance(written.get("tables"), dict):
            feedback.pushInfo(self.tr("Written in {} s: {}").format(
                written.get("seconds", "?"),
                ", ".join("%s %d" % (table_label(t), n) for t, n in written["tables"].items())))
        feedback.pushInfo(self.tr("Created the demo county database {}.").format(self._path))
        if reference:
            feedback.pushInfo(self.tr("Created the reference data {} in {} s: {}.").format(
                self._reference, reference["seconds"],
                ", ".join("%s %d" % kv for kv in reference["layers"].items())))
        result = {self.OUTPUT: self._path, self.REFERENCE: self._reference}
        result.update({"%s_COUNT" % t.upper(): counts[t] for t in COUNTED_TABLES})
        return result

    def _write_reference(self, database, seed, feedback):
        """Write the reference data of the new database (not yet in place); None after a
        cancel."""
        from ...plugin.store import demo_reference

        feedback.pushInfo(self.tr("Generating the reference data: roads, rivers, farmland, "
                                  "planning, building surveys, permits and satellite "
                                  "patches…"))

        def progress(value):
            feedback.setProgress(80 + 0.19 * max(0.0, min(100.0, float(value))))

        try:
            return demo_reference.write_demo_reference(
                database, self._reference, seed=seed, progress=progress,
                is_canceled=feedback.isCanceled)
        except Exception as e:  # DemoCanceled after a cancel, else a readable refusal
            if feedback.isCanceled():
                return None
            self.fail(self.tr("The reference data could not be generated: {}").format(e))

    @staticmethod
    def _count(path):
        from ...plugin.store import gpkg
        con = gpkg.connect(path)
        try:
            return {t: con.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0]
                    for t in COUNTED_TABLES}
        finally:
            con.close()
