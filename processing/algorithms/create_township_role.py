"""liangwei:create_township_role — the database role of one township's editors or viewers
in a county database on PostGIS, optionally with a login."""

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterEnum,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from .base import LiangweiAlgorithm
from .create_postgis_schema import connection_problem

KINDS = ("editor", "viewer")


class CreateTownshipRoleAlgorithm(LiangweiAlgorithm):
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"
    ZONE_CODE = "ZONE_CODE"
    KIND = "KIND"
    LOGIN = "LOGIN"
    PASSWORD = "PASSWORD"
    ROLE = "ROLE"

    group_id = "database"

    def name(self):
        return "create_township_role"

    def displayName(self):
        return self.tr("Create township role")

    def shortHelpString(self):
        return self.tr(
            "Creates the database role of one township's editors or viewers in a county "
            "database on PostGIS (made with “Create county database on PostGIS”), and "
            "optionally a login that is a member of it.\n\n"
            "Township code: the 9-digit code of a township, street or park in the zones.\n"
            "Kind: editors read the whole county and write only the cases and houses (with "
            "their events, attachments and inspections) of their township; viewers read.\n"
            "Login and password (optional): the person's database login; it is created when it "
            "does not exist, otherwise it becomes a member of the role (its password is changed "
            "only when one is given). Note that QGIS keeps the parameters of a run, the password "
            "too, in its Processing history: leave it empty and set it with psql's \\password "
            "if that matters.\n\n"
            "The role is called lw_<schema>_<township code>_<kind>. PostgreSQL itself enforces "
            "it (row-level security, grants and triggers), in QGIS and in any other client. The "
            "connection's role needs CREATEROLE.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterProviderConnection(
            self.CONNECTION, self.tr("Database connection"), "postgres"))
        self.addParameter(QgsProcessingParameterDatabaseSchema(
            self.SCHEMA, self.tr("County schema"), self.CONNECTION))
        self.addParameter(QgsProcessingParameterString(
            self.ZONE_CODE, self.tr("Township code (9 digits)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.KIND, self.tr("Kind"), options=[self.tr("Editor"), self.tr("Viewer")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.LOGIN, self.tr("Login (optional)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PASSWORD, self.tr("Password of a new login (optional)"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.ROLE, self.tr("Role")))
        self.addOutput(QgsProcessingOutputString(self.LOGIN, self.tr("Login")))

    def process(self, parameters, context, feedback):
        from ...plugin.store import postgis

        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context) \
            if hasattr(self, "parameterAsConnectionName") \
            else self.parameterAsString(parameters, self.CONNECTION, context)
        if not connection:
            self.fail(self.tr("Choose a PostgreSQL connection."))
        schema_name = (self.parameterAsSchema(parameters, self.SCHEMA, context)
                       if hasattr(self, "parameterAsSchema")
                       else self.parameterAsString(parameters, self.SCHEMA, context)) or ""
        code = self.parameterAsString(parameters, self.ZONE_CODE, context).strip()
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        login = self.parameterAsString(parameters, self.LOGIN, context) or None
        password = self.parameterAsString(parameters, self.PASSWORD, context) or None
        try:
            postgis.check_schema_name(schema_name)
        except postgis.DatabaseError:
            self.fail(self.tr("“{}” is not the schema of a county database.").format(schema_name))
        try:
            postgis.check_township_code(code)
        except postgis.DatabaseError:
            self.fail(self.tr("A township code has 9 digits, e.g. 330624100; “{}” is not one.")
                      .format(code))
        if login is not None:
            try:
                postgis.check_login_name(login)
            except postgis.DatabaseError:
                self.fail(self.tr("A login name has 1 to 63 bytes, no spaces around it, and does "
                                  "not start with pg_ or lw_; “{}” is not one.").format(login))
        try:
            conn = postgis.connect(connection)
        except postgis.DatabaseError as e:
            self.fail(connection_problem(self.tr, connection, e) or str(e))
        try:
            result = postgis.create_township_role(conn, schema_name, code, login, password, kind)
        except postgis.DatabaseError as e:
            self.fail(connection_problem(self.tr, connection, e)
                      or self.tr("The township role could not be created: {}").format(e))
        except Exception as e:  # psycopg2: a readable refusal, nothing was changed
            self.fail(self.tr("The township role could not be created: {}")
                      .format(postgis.readable_error(e)))
        finally:
            conn.close()
        feedback.pushInfo(self.tr("Role {} for township {} ({}).").format(result["role"], code, kind))
        if login:
            feedback.pushInfo((self.tr("Login {} created and made a member of {}.")
                               if result["login_created"]
                               else self.tr("Existing login {} made a member of {}."))
                              .format(login, result["role"]))
        return {self.ROLE: result["role"], self.LOGIN: login or ""}
