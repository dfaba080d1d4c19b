"""liangwei:create_postgis_schema — the county database in a PostgreSQL/PostGIS schema,
shared by the county office and the township offices."""

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from .base import LiangweiAlgorithm, county_code_problem


def connection_problem(tr, name, exc):
    """A translated refusal for a failure of store/postgis (None when it is not one)."""
    from ...plugin.store import postgis
    if isinstance(exc, postgis.PostgisMissing):
        return tr("The database {} of the connection “{}” has no PostGIS. A superuser must run "
                  "CREATE EXTENSION postgis; in it (the server needs PostGIS installed, on "
                  "Debian the package postgresql-15-postgis-3).").format(exc.database, name)
    if isinstance(exc, postgis.SchemaExists):
        return tr("The schema {} already exists in the database {}. Choose another schema name; "
                  "an existing county schema is never overwritten.").format(exc.schema, exc.database)
    if isinstance(exc, postgis.InsufficientRights):
        what = (tr("create schemas in the database {}").format(exc.database)
                if exc.kind == "schemas" else tr("create roles (it needs the CREATEROLE attribute)"))
        return tr("The database role {} of the connection “{}” may not {}. Connect as the "
                  "database owner or another role with these rights (see README: setting up a "
                  "county server).").format(exc.role, name, what)
    if isinstance(exc, postgis.ConnectionProblem):
        return tr("Cannot use the connection “{}”: {}").format(name, exc)
    return None


class CreatePostgisSchemaAlgorithm(LiangweiAlgorithm):
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    COUNTY_CODE = "COUNTY_CODE"
    CRS = "CRS"

    group_id = "database"

    def name(self):
        return "create_postgis_schema"

    def displayName(self):
        return self.tr("Create county database on PostGIS")

    def shortHelpString(self):
        return self.tr(
            "Creates the Liangwei county database in a new schema of a PostgreSQL/PostGIS "
            "database, for a county whose office and township offices edit the same cases at "
            "the same time: the same tables, rules and workflow as a project GeoPackage, with "
            "case numbers, the audit trail and the rights of each office kept by the database "
            "itself, whatever client writes.\n\n"
            "Connection: a PostgreSQL connection saved in QGIS (Browser › PostgreSQL › New "
            "Connection) to a database with the PostGIS extension. Its role must be allowed to "
            "create schemas in the database and to create roles (CREATEROLE), e.g. the "
            "database owner.\n"
            "Schema: the name of the new schema, lower-case letters, digits and _ (e.g. "
            "county_330624). An existing schema is never touched.\n"
            "County division code: the 6-digit code of the county; case numbers start with it.\n"
            "CRS: the coordinate reference system of the geometries (default EPSG:4490, "
            "CGCS2000).\n\n"
            "Also creates the group roles lw_<schema>_county_admin (everything), "
            "lw_<schema>_county_viewer (reads everything, also the audit trail), "
            "lw_<schema>_township_editor and lw_<schema>_township_viewer; give people logins "
            "that are members of them. Use “Create township role” for each township's "
            "editors and viewers. Default layer styles go to the table layer_styles, where "
            "QGIS finds them.\n\n"
            "Everything is created in one transaction: a failure leaves nothing behind.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, self.tr("Database connection"), "postgres"))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEMA, self.tr("Schema name (e.g. county_330624)")))
        self.addParameter(QgsProcessingParameterString(
            self.COUNTY_CODE, self.tr("County division code (6 digits)")))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Coordinate reference system"), defaultValue="EPSG:4490",
            optional=True))
        self.addOutput(QgsProcessingOutputString(self.SCHEMA, self.tr("Schema")))

    def checkParameterValues(self, parameters, context):
        from ...plugin.store import postgis
        problem = county_code_problem(self.parameterAsString(parameters, self.COUNTY_CODE, context))
        if problem:
            return False, problem
        try:
            postgis.check_schema_name(self.parameterAsString(parameters, self.SCHEMA, context))
        except postgis.DatabaseError:
            return False, self.schema_name_problem(
                self.parameterAsString(parameters, self.SCHEMA, context))
        return super().checkParameterValues(parameters, context)

    def schema_name_problem(self, value):
        return self.tr("A schema name is 1 to 40 lower-case letters, digits or _, starting with a "
                       "letter, e.g. county_330624; “{}” is not one.").format(value)

    def process(self, parameters, context, feedback):
        from ...plugin.store import postgis

        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context) \
            if hasattr(self, "parameterAsConnectionName") \
            else self.parameterAsString(parameters, self.CONNECTION, context)
        if not connection:
            self.fail(self.tr("Choose a PostgreSQL connection."))
        schema_name = self.parameterAsString(parameters, self.SCHEMA, context).strip()
        try:
            postgis.check_schema_name(schema_name)
        except postgis.DatabaseError:
            self.fail(self.schema_name_problem(schema_name))
        code = self.county_code(parameters, context, self.COUNTY_CODE)
        authid = self.epsg_crs(parameters, context, self.CRS)
        if feedback.isCanceled():
            return {}
        feedback.pushInfo(self.tr("Creating the county database {} for county {} in {}…")
                          .format(schema_name, code, authid))
        try:
            conn = postgis.connect(connection)
        except postgis.DatabaseError as e:
            self.fail(connection_problem(self.tr, connection, e) or str(e))
        try:
            result = postgis.create_schema(conn, schema_name, code, authid)
        except postgis.DatabaseError as e:
            self.fail(connection_problem(self.tr, connection, e)
                      or self.tr("The county database could not be created: {}").format(e))
        except Exception as e:  # psycopg2: still a readable refusal, nothing left behind
            self.fail(self.tr("The county database could not be created: {}")
                      .format(postgis.readable_error(e)))
        finally:
            conn.close()
        feedback.setProgress(100)
        for group, role in sorted(result["roles"].items()):
            feedback.pushInfo(self.tr("Group role {}: {}").format(group, role))
        feedback.pushInfo(self.tr("Default layer styles written to {}.").format(result["styles"]))
        if not result["styles"].startswith("public."):
            feedback.pushWarning(self.tr(
                "This role may not write public.layer_styles, so the styles are in {}: QGIS "
                "loads them only when that schema is on the user's search_path.")
                .format(result["styles"]))
        feedback.pushInfo(self.tr("Created the county database {}.").format(schema_name))
        return {self.SCHEMA: schema_name}
