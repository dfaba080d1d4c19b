#!/usr/bin/env python3
"""Save a QGIS project with a project database's styled layers, and render a map.

    python scripts/demo_project.py DATABASE.gpkg PROJECT.qgz MAP.png

Run with QGIS's Python (.venv/bin/python); prints what the database holds, as a
user would check it: features per layer, cases per status, houses per grade.
"""

import os
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_link_dir = tempfile.mkdtemp(prefix="liangwei-")
os.symlink(REPO, os.path.join(_link_dir, "liangwei"))
sys.path.insert(0, _link_dir)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings,  # noqa: E402
                       QgsProject)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def main(db, project_path, png):
    app = QgsApplication([], False)
    app.initQgis()
    from liangwei.plugin.core import codes
    from liangwei.plugin.gis import layers as project_layers
    from liangwei.plugin.store import gpkg

    project = QgsProject.instance()
    project.setCrs(project.crs().fromOgcWmsCrs("EPSG:4490"))
    # The project file keeps the labels it was saved with: Chinese, for its users.
    project_layers.load_project(db, project, lang=os.environ.get("LW_LANG", "zh"))
    if not project.write(project_path):
        raise SystemExit("could not write %s" % project_path)

    shown = [project_layers.layer_for(project, db, t) for t in ("violations", "houses", "zones")]
    settings = QgsMapSettings()
    settings.setLayers(shown)
    settings.setDestinationCrs(shown[2].crs())
    settings.setExtent(shown[2].extent().buffered(shown[2].extent().width() * 0.02))
    settings.setOutputSize(QSize(1600, 1200))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png)

    con = gpkg.connect(db)
    print("%-20s %s" % ("database", db))
    for t in ("zones", "violations", "case_events", "houses", "house_inspections",
              "inspection_members"):
        print("%-20s %8d" % (t, con.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0]))
    print("cases by status:")
    for status, n in con.execute("SELECT status, count(*) FROM violations GROUP BY status"):
        print("  %-18s %6d" % (codes.CASE_STATUS.label(status), n))
    print("houses by appraisal grade:")
    for grade, n in con.execute("SELECT appraisal_grade, count(*) FROM houses GROUP BY 1 ORDER BY 1"):
        print("  %-18s %6d" % (codes.GRADE.label(grade) if grade else "未鉴定", n))
    con.close()
    print("project %s\nmap     %s" % (project_path, png))
    project.clear()
    app.exitQgis()


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
