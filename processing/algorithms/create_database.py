"""liangwei:create_database — a new, empty project database (GeoPackage)."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from .base import LiangweiAlgorithm, county_code_problem


class CreateDatabaseAlgorithm(LiangweiAlgorithm):
    OUTPUT = "OUTPUT"
    COUNTY_CODE = "COUNTY_CODE"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"

    group_id = "database"

    def name(self):
        return "create_database"

    def displayName(self):
        return self.tr("Create project database")

    def shortHelpString(self):
        return self.tr(
            "Creates an empty Liangwei project database: one GeoPackage file holding the "
            "zones, violations, case events, attachments, self-built houses and their "
            "inspections, the settings of the county and the default layer styles.\n\n"
            "County division code: the 6-digit administrative division code of the county, "
            "e.g. 330624. Case numbers start with it.\n"
            "CRS: the coordinate reference system of the stored geometries; the default "
            "EPSG:4490 (CGCS2000) suits a whole county. Areas are always computed on the "
            "ellipsoid, whatever the CRS.\n"
            "Overwrite: an existing file is only replaced when this is ticked.\n\n"
            "The file is built in a temporary file and moved into place at the end, so a "
            "failure never leaves a half-made database. It is not added to the map: open "
            "it with “Create/open project database” to get its styled layers.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Project database"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTY_CODE, self.tr("County division code (6 digits)")))
        # Optional so that a run without CRS (qgis_process, scripts) takes the default:
        # QGIS 3.22 refuses a missing required CRS even when it has a default value.
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Coordinate reference system"), defaultValue="EPSG:4490",
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), defaultValue=False))

    def checkParameterValues(self, parameters, context):
        # The county code first: QGIS's own check only says "Incorrect parameter value".
        problem = county_code_problem(self.parameterAsString(parameters, self.COUNTY_CODE, context))
        if problem:
            return False, problem
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        return True, ""

    def prepare(self, parameters, context, feedback):
        self._path = self.database_destination(parameters, self.OUTPUT, context)
        self._overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        self.check_destination(self._path, self._overwrite, context.project())

    def process(self, parameters, context, feedback):
        from ...plugin.store import gpkg

        code = self.county_code(parameters, context, self.COUNTY_CODE)
        authid = self.epsg_crs(parameters, context, self.CRS)
        if feedback.isCanceled():
            return {}
        feedback.pushInfo(self.tr("Creating {} for county {} in {}…").format(self._path, code, authid))
        try:
            gpkg.create(self._path, code, authid, overwrite=self._overwrite)
        except gpkg.DatabaseError as e:
            self.fail(self.tr("The project database could not be created: {}").format(e))
        except OSError as e:
            self.fail(self.tr("The project database could not be written to {}: {}")
                      .format(self._path, e.strerror or e))
        except Exception as e:  # sqlite3 / GDAL: still a readable refusal, nothing left behind
            self.fail(self.tr("The project database could not be created: {}").format(e))
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Created the project database {}.").format(self._path))
        return {self.OUTPUT: self._path}
