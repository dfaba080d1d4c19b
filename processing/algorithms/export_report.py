"""liangwei:export_report — the periodic reports of a project database as files.

PDF reports are the print layouts of plugin/reports/layouts.py (resources/layouts/*.qpt):
the monthly bulletin (月通报), the wall map per township (挂图作战), the case records
(一案一档) and the house records (一栋一册).  Spreadsheets (.xlsx) are
plugin/reports/ledgers.py: the case and house ledgers (台账), the weekly summary
(周小结) and the daily zero report (零报告).

Every figure of a report is a row of liangwei:township_stats, run here as a child
algorithm for the same period on the same layers, so a report and the algorithm never
disagree.  Runs in the main thread (print layouts are main-thread objects).
"""

import datetime
import os
import re

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
)

from ...plugin.i18n import ui_language
from .base import LiangweiAlgorithm, same_file
from .common import table_database

# Stable option order of REPORT (models and scripts pass the index).
REPORTS = ("monthly_bulletin", "weekly_summary", "daily_zero_report", "case_ledger",
           "house_ledger", "case_booklet", "house_booklet", "wall_map")
PDF_REPORTS = ("monthly_bulletin", "case_booklet", "house_booklet", "wall_map")
XLSX_REPORTS = ("weekly_summary", "daily_zero_report", "case_ledger", "house_ledger")
# The reports whose figures come from township_stats.
WITH_STATS = ("monthly_bulletin", "wall_map", "weekly_summary", "case_ledger", "house_ledger")
# The period of a run without dates (core.reports presets; None: the day itself).
DEFAULT_PRESET = {"monthly_bulletin": "last_month", "weekly_summary": "last_week",
                  "daily_zero_report": None, "case_ledger": "this_month",
                  "house_ledger": "this_month", "case_booklet": "this_month",
                  "house_booklet": "this_month", "wall_map": "this_month"}


def extension_of(report):
    return ".pdf" if report in PDF_REPORTS else ".xlsx"


def parse_zone_codes(text):
    """The codes of a ZONE_CODES text: separated by commas (also Chinese ones),
    semicolons or spaces."""
    return [c for c in re.split(r"[\s,，;；、]+", str(text or "").strip()) if c]


class _Canceled(Exception):
    pass


class ExportReportAlgorithm(LiangweiAlgorithm):
    REPORT = "REPORT"
    VIOLATIONS = "VIOLATIONS"
    HOUSES = "HOUSES"
    ZONES = "ZONES"
    PERIOD_START = "PERIOD_START"
    PERIOD_END = "PERIOD_END"
    ZONE_CODES = "ZONE_CODES"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    group_id = "assessment"

    def name(self):
        return "export_report"

    def displayName(self):
        return self.tr("Export a report")

    def flags(self):
        # Print layouts and their map renderings belong to the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def report_names(self):
        return [self.tr("Monthly bulletin (PDF)"), self.tr("Weekly summary (XLSX)"),
                self.tr("Daily zero report (XLSX)"), self.tr("Case ledger (XLSX)"),
                self.tr("House ledger (XLSX)"), self.tr("Case records (PDF)"),
                self.tr("House records (PDF)"), self.tr("Wall maps (PDF)")]

    def shortHelpString(self):
        return self.tr(
            "Writes one report of a project database: a PDF made from the plugin's print "
            "layouts, or an Excel workbook.\n\n"
            "Report (the option order is stable):\n"
            "0 monthly_bulletin — 月通报, PDF: one A4 page per township with a map of its "
            "cases by status, its assessment indicators and the county ranking;\n"
            "1 weekly_summary — 周小结, XLSX: the indicators of every township with the "
            "change since the week before, and the cases found or demolished;\n"
            "2 daily_zero_report — 零报告, XLSX: the patrol reports of the period's last "
            "day, every village or grid that did not report marked;\n"
            "3 case_ledger — 案件台账, XLSX: one row per case (cases not finished before "
            "the period), one sheet per township;\n"
            "4 house_ledger — 自建房台账, XLSX: one row per house;\n"
            "5 case_booklet — 一案一档, PDF: one page per case of the case ledger: map, "
            "fields, history, up to four photos;\n"
            "6 house_booklet — 一栋一册, PDF: one page per house with a hazard (screening "
            "serious or some) or appraised C or D: map, grade, measures and plan, fields, "
            "inspections;\n"
            "7 wall_map — 挂图作战, PDF: one A3 page per township with every open case "
            "numbered on the map and listed to be ticked off.\n\n"
            "Violations, houses, zones: the layers of one project database (the reports "
            "read its cases, events, photos and inspections too).\n"
            "Period start and end: both days included. Empty: the monthly bulletin takes "
            "last month, the weekly summary last week, the daily zero report today, the "
            "others this month.\n"
            "Zone codes (optional): township or village codes separated by commas; the "
            "report is limited to them (the bulletin's ranking still shows every township). "
            "Empty: the whole county.\n"
            "Output: a .pdf file for the PDF reports, an .xlsx file for the others; "
            "another extension is refused.\n\n"
            "The figures of the bulletin, the wall maps, the weekly summary and the ledgers' "
            "summary sheets are the rows of liangwei:township_stats (township level), run "
            "for the same period and layers: a report and that algorithm never disagree. "
            "The layouts are the templates in resources/layouts, which also appear under "
            "“New from template” in the layout manager; a template adapted in the layout "
            "designer and saved under the same name (monthly_bulletin, wall_map, "
            "case_booklet, house_booklet) in the profile's composer_templates folder is "
            "used instead. A canceled or failed run leaves no "
            "output file (an existing file is kept unchanged).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(
            self.REPORT, self.tr("Report"), self.report_names(), defaultValue=0))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.VIOLATIONS, self.tr("Violations layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.HOUSES, self.tr("Houses layer"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ZONES, self.tr("Zones layer"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterDateTime(
            self.PERIOD_START, self.tr("Period start (empty: by report)"),
            QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.PERIOD_END, self.tr("Period end (empty: by report)"),
            QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ZONE_CODES, self.tr("Zone codes, separated by commas (empty: the whole county)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report file"),
            self.tr("PDF report (*.pdf);;Excel workbook (*.xlsx)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages (PDF)")))

    # --- main thread ------------------------------------------------------------------------

    def prepare(self, parameters, context, feedback):
        from ...plugin.store import dbref, report_queries
        self._report = REPORTS[self.parameterAsEnum(parameters, self.REPORT, context)]
        self._path, _layer, _crs = self.database_table(
            parameters, self.VIOLATIONS, context, feedback, "violations", editable_ok=True)
        for name, table in ((self.HOUSES, "houses"), (self.ZONES, "zones")):
            layer = self.layer_behind(parameters, name, context)
            path = table_database(layer, table)
            same = path is not None and (
                path == self._path if dbref.is_postgis_ref(self._path)
                else same_file(path, self._path))
            if not same:
                self.fail(self.tr("The layer “{}” is not the table {} of the project database "
                                  "{}: choose the layers of one project database.")
                          .format(layer.name() if layer else name, table,
                                  dbref.label(self._path)))
        try:
            con = report_queries.connect(self._path)
        except dbref.database_errors() as e:
            self.fail(self.tr("The project database {} could not be read ({}).")
                      .format(dbref.label(self._path), dbref.readable_error(e)))
        try:
            self._settings = dbref.read_settings(con)
            self._zone_codes = parse_zone_codes(
                self.parameterAsString(parameters, self.ZONE_CODES, context))
            unknown = report_queries.check_zone_codes(con, self._zone_codes)
        finally:
            con.close()
        if unknown:
            self.fail(self.tr("The project database has no zones with the codes {}.")
                      .format(", ".join(unknown)))
        self._period = self._chosen_period(parameters, context)
        self._output = self._output_path(parameters, context)

    def _date(self, parameters, name, context):
        value = parameters.get(name)
        if value is None or value == "":
            return None
        stamp = self.parameterAsDateTime(parameters, name, context)
        if not stamp.isValid():
            self.fail(self.tr("“{}” is not a date.").format(value))
        d = stamp.date()
        return datetime.date(d.year(), d.month(), d.day())

    def _chosen_period(self, parameters, context):
        from ...plugin.core import assessment, reports
        today = datetime.date.today()
        campaign = assessment.default_period(today, self._settings).campaign_start
        preset = DEFAULT_PRESET[self._report]
        default = (reports.preset_period(preset, today, campaign) if preset
                   else assessment.Period(today, today, campaign))
        start = self._date(parameters, self.PERIOD_START, context)
        end = self._date(parameters, self.PERIOD_END, context)
        if start is None and end is not None:
            # the period of the same kind that ends on that day
            start = (end.replace(day=1) if preset in ("this_month", "last_month")
                     else end - datetime.timedelta(days=end.weekday()) if preset == "last_week"
                     else end)
        elif end is None and start is not None:
            end = max(start, today) if preset else start
        period = assessment.Period(start or default.start, end or default.end, campaign)
        if period.start > period.end:
            self.fail(self.tr("The period starts ({}) after it ends ({}).")
                      .format(period.start, period.end))
        return period

    def _output_path(self, parameters, context):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        wanted = extension_of(self._report)
        if not path:
            self.fail(self.tr("Choose the file of the report ({}).").format(wanted))
        path = os.path.abspath(path)
        ext = os.path.splitext(path)[1].lower()
        if not ext:
            path += wanted
        elif ext != wanted:
            self.fail(self.tr("The report “{}” is written as a {} file, but the output file "
                              "{} ends in {}: choose a file name ending in {}.")
                      .format(self._report, wanted, path, ext, wanted))
        if not os.path.isdir(os.path.dirname(path)):
            self.fail(self.tr("The folder {} does not exist.").format(os.path.dirname(path)))
        return path

    # --- the run (main thread: FlagNoThreading) -------------------------------------------------

    def process(self, parameters, context, feedback):
        from ...plugin.core import reports as report_rules
        from ...plugin.reports.ledgers import ReportCanceled, ReportError
        report, period = self._report, self._period
        feedback.pushInfo(self.tr("Report {}, period {} to {}{}.").format(
            report, period.start, period.end,
            self.tr(", zones {}").format(", ".join(self._zone_codes)) if self._zone_codes
            else ""))
        weekly = report == "weekly_summary"
        steps = (2 if weekly else 1) if report in WITH_STATS else 0
        multi = QgsProcessingMultiStepFeedback(steps + 1, feedback)
        try:
            stats = previous = previous_period = None
            if report in WITH_STATS:
                stats = self._stats(parameters, period, context, multi)
                multi.setCurrentStep(1)
                if weekly:
                    previous_period = report_rules.previous_period(period)
                    previous = self._stats(parameters, previous_period, context, multi)
                    multi.setCurrentStep(2)
            result = self._export(report, stats, previous, previous_period, multi)
        except (_Canceled, ReportCanceled):
            raise QgsProcessingException(self.tr("Canceled: no report was written."))
        except ReportError as e:
            raise QgsProcessingException(self.tr("The report could not be written: {}")
                                         .format(e))
        feedback.setProgress(100)
        if result.get("template"):
            feedback.pushInfo(self.tr("Layout template: {}").format(result["template"]))
        feedback.pushInfo(self.tr("{} written.").format(self._output))
        return {self.OUTPUT: self._output, self.PAGES: result.get("pages", 0)}

    def _stats(self, parameters, period, context, feedback):
        """The rows of liangwei:township_stats (township level) for `period`."""
        import processing
        if feedback.isCanceled():
            raise _Canceled()
        result = processing.run("liangwei:township_stats", {
            "VIOLATIONS": parameters[self.VIOLATIONS], "HOUSES": parameters[self.HOUSES],
            "ZONES": parameters[self.ZONES], "LEVEL": 0,
            "PERIOD_START": period.start.isoformat(), "PERIOD_END": period.end.isoformat(),
            "CAMPAIGN_START": period.campaign_start.isoformat(),
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
        }, context=context, feedback=feedback, is_child_algorithm=True)
        if feedback.isCanceled() or not result.get("OUTPUT"):
            raise _Canceled()
        layer = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
        if layer is None:
            self.fail(self.tr("The township statistics could not be read."))
        names = layer.fields().names()
        rows = [dict(zip(names, f.attributes())) for f in layer.getFeatures()]
        context.temporaryLayerStore().removeMapLayer(layer.id())
        return rows

    def _export(self, report, stats, previous, previous_period, feedback):
        from ...plugin.reports import layouts, ledgers
        lang = ui_language()
        if report in PDF_REPORTS:
            return layouts.export_layout(report, self._output, self._path, self._period,
                                         self._zone_codes, stats or [], self._settings,
                                         feedback=feedback, lang=lang)
        extra = {}
        if report == "weekly_summary":
            extra = {"previous_stats_rows": previous, "previous_period": previous_period}
        return ledgers.export_spreadsheet(report, self._output, self._path, self._period,
                                          self._zone_codes, stats or [], self._settings,
                                          feedback=feedback, lang=lang, **extra)
