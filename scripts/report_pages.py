#!/usr/bin/env python3
"""Render the first pages of the PDF reports of the demo county into docs/reports/.

    .venv/bin/python scripts/report_pages.py [--out docs/reports] [--keep DIR]

Builds the demo county of scripts/demo.sh (seed 1: 30 townships, 500 villages, 2,000
cases, 6,000 houses) in a temporary folder, gives the first case of the case records
two sample photos (generated pictures marked 示例照片), exports with
liangwei:export_report in Chinese, for May 2025: the monthly bulletin, the wall maps
and the case records of the first township, and renders the first page of each with
`pdftoppm -png -r 80`: monthly_bulletin.png, wall_map.png, case_booklet.png.  QGIS
runs headless with a throwaway profile.  --keep DIR also keeps the PDFs there.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PERIOD = ("2025-05-01", "2025-05-31")
REPORTS = (("monthly_bulletin", 0, ""), ("wall_map", 7, ""), ("case_booklet", 5, "first"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(REPO, "docs", "reports"))
    parser.add_argument("--keep", help="a folder to keep the PDFs in")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="liangwei-report-pages-")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = os.path.join(work, "profile")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    link = os.path.join(work, "import")
    os.makedirs(link)
    os.symlink(REPO, os.path.join(link, "liangwei"))
    sys.path.insert(0, link)
    try:
        render(work, args.out, args.keep)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def render(work, out_dir, keep):
    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsSettings
    app = QgsApplication([], False)
    app.initQgis()
    QgsSettings().setValue("locale/userLocale", "zh_CN")     # the reports in Chinese
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    from liangwei.plugin.core.assessment import Period
    from liangwei.plugin.store import demo_writer, gpkg, report_queries
    from liangwei.processing.provider import LiangweiProvider
    provider = LiangweiProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    db = os.path.join(work, "demo_county.gpkg")
    gpkg.create(db, "330624")
    demo_writer.write_demo_county(db, seed=1)
    con = gpkg.connect(db)
    first_township = con.execute(
        "SELECT zone_code FROM zones WHERE level IN ('township', 'street', 'park') "
        "ORDER BY zone_code LIMIT 1").fetchone()[0]
    import datetime
    period = Period(datetime.date(2025, 5, 1), datetime.date(2025, 5, 31),
                    datetime.date(2025, 1, 1))
    case_id = report_queries.case_ledger_rows(con, period, [first_township])[0]["case_id"]
    with gpkg.transaction(con):
        for k, (colour, taken) in enumerate((("#5b7f95", "2025-05-06T01:30:00Z"),
                                              ("#8a6d3b", "2025-05-20T06:10:00Z")), 1):
            gpkg.insert(con, "attachments", {
                "owner_table": "violations", "owner_id": case_id,
                "file_name": "示例照片%d.png" % k, "mime_type": "image/png",
                "content": sample_photo(colour, "示例照片 %d" % k), "taken_at": taken,
                "note": "现场核查" if k == 1 else "限期拆除前复查"})
    con.close()

    os.makedirs(out_dir, exist_ok=True)
    for name, index, scope in REPORTS:
        pdf = os.path.join(work, "%s.pdf" % name)
        processing.run("liangwei:export_report", {
            "REPORT": index, "VIOLATIONS": db + "|layername=violations",
            "HOUSES": db + "|layername=houses", "ZONES": db + "|layername=zones",
            "PERIOD_START": PERIOD[0], "PERIOD_END": PERIOD[1],
            "ZONE_CODES": first_township if scope else "", "OUTPUT": pdf},
            feedback=QgsProcessingFeedback())
        stem = os.path.join(out_dir, name)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                        "-singlefile", pdf, stem], check=True)
        print(stem + ".png")
        if keep:
            os.makedirs(keep, exist_ok=True)
            shutil.copy(pdf, keep)
    app.exitQgis()


def sample_photo(colour, text):
    """A PNG standing for a site photo: a coloured field with a house outline."""
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen
    image = QImage(640, 480, QImage.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#f2f2f2"), 6))
    painter.drawRect(QRect(170, 170, 300, 200))
    painter.drawLine(170, 170, 320, 80)
    painter.drawLine(320, 80, 470, 170)
    font = QFont("WenQuanYi Micro Hei")
    font.setPixelSize(40)
    painter.setFont(font)
    painter.drawText(QRect(0, 390, 640, 80), Qt.AlignCenter, text)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


if __name__ == "__main__":
    main()
