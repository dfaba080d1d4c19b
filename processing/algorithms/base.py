"""The one base class of the Liangwei Processing algorithms, and what they share."""

import os
import traceback

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingAlgorithm,
                       QgsProcessingException, QgsProject)
from qgis.PyQt.QtGui import QIcon

from ...plugin import i18n

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ICON_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")


def plugin_icon():
    return QIcon(os.path.join(ICON_DIR, "liangwei.svg"))


def current_user():
    """Who is working, for updated_by: QGIS's user name, else the login name."""
    import getpass
    from qgis.core import QgsApplication
    return (QgsApplication.userFullName() or QgsApplication.userLoginName()
            or getpass.getuser())


def county_code_problem(value):
    """Why `value` is not a 6-digit county code (translated), or None when it is one."""
    from ...plugin.core.zones import normalise_code
    text = "" if value is None else str(value).strip()
    if not text:
        return i18n.tr("Enter the 6-digit county division code, e.g. 330624.")
    code = normalise_code(text)
    if code is None or len(code) != 6:
        return i18n.tr("The county code must have exactly 6 digits, e.g. 330624; "
                       "“{}” is not one.").format(text)
    return None


def crs_authid(crs, tr):
    """'EPSG:n' of a CRS chosen by the user, or a readable refusal (ValueError)."""
    if not crs.isValid():
        raise ValueError(tr("Choose a coordinate reference system, e.g. EPSG:4490 (CGCS2000)."))
    authid = crs.authid()
    if not authid.upper().startswith("EPSG:"):
        raise ValueError(tr("The project database needs a CRS with an EPSG code, e.g. EPSG:4490 "
                            "(CGCS2000) or EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E); "
                            "“{}” has none.").format(crs.description() or crs.toProj()))
    return authid.upper()


def same_file(a, b):
    try:
        return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except OSError:
        return False


def layers_using(path, project=None):
    """Names of the project's layers whose data comes from the file `path`."""
    from qgis.core import QgsProviderRegistry
    project = project or QgsProject.instance()
    names = []
    for layer in project.mapLayers().values():
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        source_path = parts.get("path") or layer.source().split("|")[0]
        if source_path and same_file(source_path, path):
            names.append(layer.name())
    return sorted(names)


class LiangweiAlgorithm(QgsProcessingAlgorithm):
    """Base of every liangwei:* algorithm.

    Subclasses define name(), displayName(), shortHelpString(), initAlgorithm(),
    `prepare()` (main thread: project and layers) and `process()` (any thread);
    `group_id` chooses their toolbox group.

    A refusal raised in `prepare()` is raised again when the algorithm runs, so that
    it is the message of the exception that processing.run() and qgis_process give
    (QGIS only logs an exception raised while preparing).
    """

    group_id = "database"

    def prepare(self, parameters, context, feedback):
        """Work that needs the main thread; raise QgsProcessingException to refuse."""

    def process(self, parameters, context, feedback):
        raise NotImplementedError

    def prepareAlgorithm(self, parameters, context, feedback):
        self._refusal = None
        try:
            self.prepare(parameters, context, feedback)
        except QgsProcessingException as e:
            self._refusal = str(e)
        return True

    def processAlgorithm(self, parameters, context, feedback):
        try:
            if getattr(self, "_refusal", None):
                raise QgsProcessingException(self._refusal)
            return self.process(parameters, context, feedback)
        except BaseException as exc:
            # QGIS keeps the exception; its traceback would keep the finished frames'
            # layers alive until the interpreter exits, after QGIS has shut down, and
            # destroying a layer then crashes the process.
            traceback.clear_frames(exc.__traceback__)
            raise
        finally:
            self._release_own_layers()

    def _release_own_layers(self):
        """Drop the layers this run opened itself and kept on self (the algorithm
        object can outlive the run in QGIS's hands; see above).  Project layers, which
        postProcessAlgorithm may still need, are left alone."""
        from qgis.core import QgsMapLayer
        from qgis.PyQt import sip
        for name, value in list(vars(self).items()):
            if isinstance(value, QgsMapLayer) and not sip.isdeleted(value) \
                    and sip.ispyowned(value) and value.parent() is None:
                setattr(self, name, None)

    def createInstance(self):
        return type(self)()

    def tr(self, text):
        return i18n.tr(text)

    def icon(self):
        path = os.path.join(ICON_DIR, "%s.svg" % self.name())
        return QIcon(path) if os.path.exists(path) else plugin_icon()

    def groupId(self):
        return self.group_id

    def group(self):
        return {
            "database": self.tr("Project database"),
            "zones": self.tr("Zones"),
            "violations": self.tr("Violation cases"),
            "houses": self.tr("Self-built houses"),
            "assessment": self.tr("Assessment"),
        }[self.group_id]

    # --- helpers --------------------------------------------------------------------

    @staticmethod
    def fail(message):
        raise QgsProcessingException(message)

    def county_code(self, parameters, context, name="COUNTY_CODE"):
        """The 6-digit county code of a string parameter; a readable refusal otherwise."""
        from ...plugin.core.zones import normalise_code
        raw = self.parameterAsString(parameters, name, context)
        problem = county_code_problem(raw)
        if problem:
            self.fail(problem)
        return normalise_code(raw.strip())

    def epsg_crs(self, parameters, context, name="CRS"):
        """'EPSG:n' of a CRS parameter (EPSG:4490, CGCS2000, when it is empty); a readable
        refusal for a CRS without an EPSG code."""
        crs = self.parameterAsCrs(parameters, name, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4490")
        try:
            return crs_authid(crs, self.tr)
        except ValueError as e:
            self.fail(str(e))

    def database_destination(self, parameters, name, context):
        """The absolute .gpkg path of a FileDestination parameter.

        A database is a whole project, not a layer: nothing is queued for loading
        when the algorithm is run from the toolbox (the user opens it with the
        plugin's create/open dialog, which adds the styled layer group).
        """
        path = self.parameterAsFileOutput(parameters, name, context)
        if not path:
            self.fail(self.tr("Choose the file of the project database."))
        if not os.path.splitext(path)[1]:
            path += ".gpkg"
        path = os.path.abspath(path)
        loads = context.layersToLoadOnCompletion()
        if any(key.split("|")[0] == path for key in loads):
            context.setLayersToLoadOnCompletion(
                {k: v for k, v in loads.items() if k.split("|")[0] != path})
        return path

    def check_destination(self, path, overwrite, project):
        """Refuse an existing file unless overwriting was asked for, and a file that
        layers of the current project are reading (main thread only)."""
        if not path.lower().endswith(".gpkg"):
            self.fail(self.tr("A project database is a GeoPackage: the file name must end "
                              "in .gpkg ({}).").format(path))
        if os.path.exists(path):
            if not overwrite:
                self.fail(self.tr("{} already exists. Choose another file name, or tick "
                                  "“Overwrite an existing file” to replace it.").format(path))
            users = layers_using(path, project)
            if users:
                self.fail(self.tr("{} cannot be replaced: the current project has layers "
                                  "from it ({}). Remove them from the project first.")
                          .format(path, ", ".join(users)))
        folder = os.path.dirname(path)
        if not os.path.isdir(folder):
            self.fail(self.tr("The folder {} does not exist.").format(folder))

    def layer_behind(self, parameters, name, context):
        """The vector layer of a layer or feature-source parameter, also when it comes as
        “selected features only” (a source definition, which parameterAsVectorLayer does
        not resolve on QGIS 3.22); None when there is none."""
        from qgis.core import QgsProcessingFeatureSourceDefinition
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            text = value.source.valueAsString(context.expressionContext())
            parameters = dict(parameters)
            parameters[name] = text[0] if isinstance(text, tuple) else text
        return self.parameterAsVectorLayer(parameters, name, context)

    def database_table(self, parameters, name, context, feedback, table, editable_ok=False):
        """(database reference, layer, CRS of the table) of a layer parameter that must be
        the table `table` of a Liangwei project database; upgrades an older GeoPackage
        (saying so) and refuses anything else with a readable message.  Main thread.

        The reference is the GeoPackage's path, or for a table of a PostGIS county schema
        a dbref.PostgisRef (open either with dbref.connect)."""
        from qgis.core import QgsCoordinateReferenceSystem
        from ...plugin.store import gpkg
        from .common import table_database, table_path
        layer = self.layer_behind(parameters, name, context)
        if layer is None:
            self.fail(self.tr("Choose the layer “{}” of a project database.").format(table))
        postgres = layer.providerType() == "postgres"
        ref = table_database(layer, table) if postgres else table_path(layer, table)
        if ref is None:
            self.fail(self.tr("The layer “{}” is not the table {} of a Liangwei project "
                              "database (its source is {}).").format(layer.name(), table,
                                                                      layer.source()))
        if layer.isEditable() and not editable_ok:
            self.fail(self.tr("The layer “{}” is in editing mode: save or discard its edits "
                              "and stop editing first.").format(layer.name()))
        if postgres:
            return self._postgis_table(layer, table, ref)
        try:
            steps = gpkg.open_database(ref)
        except gpkg.DatabaseError as e:
            self.fail(self.tr("The layer “{}” does not belong to a Liangwei project "
                              "database: {}").format(layer.name(), e))
        for step in steps:
            feedback.pushInfo(self.tr("Database upgraded: {}").format(step))
        con = gpkg.connect(ref)
        try:
            srs_id = gpkg.layer_srs_id(con, table)
        finally:
            con.close()
        crs = QgsCoordinateReferenceSystem("EPSG:%d" % srs_id) if srs_id else layer.crs()
        return ref, layer, crs

    def _postgis_table(self, layer, table, ref):
        """database_table() for a table of a PostGIS county schema: (PostgisRef, layer,
        CRS of the table's SRID); the schema is opened (checked) once here."""
        from qgis.core import QgsCoordinateReferenceSystem
        from ...plugin.store import dbref, postgis
        try:
            con = dbref.connect(ref)
            try:
                srid = postgis.layer_srid(con.raw, table)
            finally:
                con.close()
        except dbref.database_errors() as e:
            self.fail(self.tr("The layer “{}” does not belong to a Liangwei project "
                              "database: {}").format(layer.name(), dbref.readable_error(e)))
        crs = QgsCoordinateReferenceSystem("EPSG:%d" % srid) if srid else layer.crs()
        return dbref.parse(ref), layer, crs

    def write_back(self, path, table, key_field, changes, feedback, progress, messages,
                   canceled):
        """Update rows of a project database table (GeoPackage or PostGIS, `path` a
        store/dbref.py reference) in ONE transaction (all or nothing):
        `changes` is [(key, {field: value})]; progress runs over the (start, end)
        percentages `progress`; `canceled` is the exception raised when the user
        cancels; `messages` gives the translated templates "refused" (key, reason) and
        "missing" (key, path).  Returns the number of rows written."""
        start, end = progress
        cannot_write = self.tr("The project database {} could not be written ({}). Nothing was "
                               "written back.")
        db = self.open_writer(path, cannot_write)
        try:
            with db.transaction():
                for i, (key, row) in enumerate(changes):
                    if feedback.isCanceled():
                        raise canceled()
                    feedback.setProgress(start + (end - start) * i / max(1, len(changes)))
                    try:
                        n = db.update(table, key_field, key, row)
                    except db.refused as e:
                        self.fail(messages["refused"].format(key, db.readable_error(e)))
                    if n != 1:
                        self.fail(messages["missing"].format(key, db.label()))
        except db.unavailable as e:
            self.fail(cannot_write.format(db.label(), e))
        finally:
            db.close()
        return len(changes)

    def open_writer(self, ref, cannot_write):
        """A common.DatabaseWriter of the database `ref`; refuses with the template
        `cannot_write` (database, reason) when it cannot be opened."""
        from ...plugin.store import dbref
        from .common import DatabaseWriter
        try:
            return DatabaseWriter(ref)
        except dbref.database_errors() as e:
            self.fail(cannot_write.format(dbref.label(ref), dbref.readable_error(e)))

    def zone_index(self, parameters, name, context, feedback, crs):
        """A gis.zoning.ZoneIndex of the zones layer parameter `name`, in `crs`; refuses
        a layer without CRS, without the zone fields, or without townships or villages.
        Main thread."""
        from ...plugin.gis.zoning import ZoneIndex
        zones = self.parameterAsVectorLayer(parameters, name, context)
        if zones is None:
            self.fail(self.tr("Choose the zones layer."))
        if not zones.crs().isValid():
            self.fail(self.tr("The zones layer “{}” has no coordinate reference system.")
                      .format(zones.name()))
        try:
            index = ZoneIndex.from_layer(zones, crs, context.transformContext(), feedback)
        except ValueError:
            self.fail(self.tr("The layer “{}” is not a zones layer: it needs the fields "
                              "zone_code and level (use the layer “zones” of the project "
                              "database).").format(zones.name()))
        if len(index) == 0:
            self.fail(self.tr("The zones layer “{}” has no townships or villages: import the "
                              "zones first.").format(zones.name()))
        return index
