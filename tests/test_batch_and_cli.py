"""The algorithms as the batch dialog and the command line run them.

Batch mode runs one algorithm object row after row (QgsProcessingAlgorithm.run makes
a fresh instance per row), so nothing may leak from one row to the next; qgis_process
runs them in a new process with the plugin found through the profile."""

import csv
import sqlite3

from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

from test_model_quarterly_patches import county  # noqa: F401  (the demo county fixture)
from test_qgis_process import qgis_process  # noqa: F401  (fixture)

ogr.UseExceptions()


def rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_batch_rows_do_not_leak_into_each_other(provider, county, tmp_path):  # noqa: F811
    db, ref, _ = county
    alg = QgsApplication.processingRegistry().algorithmById("liangwei:check_planning")
    results = []
    for classes in ("禁止建设区", "永久基本农田"):
        context = QgsProcessingContext()
        out = str(tmp_path / ("%s.csv" % len(results)))
        result, ok = alg.run({"INPUT": "%s|layername=violations" % db,
                              "PLANNING": "%s|layername=planning" % ref,
                              "CLASS_FIELD": "zone_class", "PROHIBITED_CLASSES": classes,
                              "OUTPUT": out}, context, QgsProcessingFeedback())
        assert ok, classes
        results.append(rows(out))
    first, second = results
    assert len(first) == len(second) > 0
    marked = [{r["class"] for r in rs if r["prohibited"] in ("1", "true", "True")}
              for rs in results]
    assert marked[0] == {"禁止建设区"}
    assert marked[1] == {"永久基本农田"}


def test_command_line_runs_checks_on_the_demo_county(qgis_process, county, tmp_path):  # noqa: F811
    db, ref, _ = county
    conflicts = str(tmp_path / "conflicts.csv")
    result = qgis_process("run", "liangwei:check_planning", "--",
                          "INPUT=%s|layername=violations" % db,
                          "PLANNING=%s|layername=planning" % ref, "CLASS_FIELD=zone_class",
                          "OUTPUT=%s" % conflicts)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    con = sqlite3.connect(db)
    cases = {r[0] for r in con.execute("SELECT case_id FROM violations")}
    con.close()
    found = rows(conflicts)
    assert {r["case_id"] for r in found} == cases      # every case has at least one row

    problems = str(tmp_path / "problems.gpkg")
    result = qgis_process("run", "liangwei:validate_database", "--",
                          "VIOLATIONS=%s|layername=violations" % db,
                          "HOUSES=%s|layername=houses" % db, "ZONES=%s|layername=zones" % db,
                          "OUTPUT=%s" % problems)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    reported = int(result.stdout.split("PROBLEMS:")[1].split()[0])
    ds = ogr.Open(problems)
    assert ds.GetLayer(0).GetFeatureCount() == reported
