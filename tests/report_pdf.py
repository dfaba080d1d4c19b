"""What the report tests share (imported as `report_pdf`; tests/ is on sys.path): a
small demo county with photos, the rows of liangwei:township_stats, reading PDFs back
with poppler (pdftotext, pdfinfo, pdfimages), and the figures written the way the
layouts write them — worked out here independently of plugin/reports/layout_texts.py.
"""

import datetime
import shutil
import sqlite3
import subprocess
from decimal import ROUND_HALF_UP, Decimal

from liangwei.plugin.core.assessment import Period
from liangwei.plugin.store import demo_writer, gpkg
from lwtest import Recorder

COUNTY = "330624"
CAMPAIGN = datetime.date(2025, 1, 1)
MAY = Period(datetime.date(2025, 5, 1), datetime.date(2025, 5, 31), CAMPAIGN)
TOWNSHIP_LEVELS = ("township", "street", "park")
CLOSED = ("closed", "not_filed")
# Fields of township_stats and how the layouts write them.
SHARES = ("found_within_24h_share", "quota_done_share", "first_three_months_share")
INTS = ("new_count", "open_cases", "overdue_cases", "houses_total", "houses_screened",
        "houses_serious", "houses_some", "grade_a", "grade_b", "grade_c", "grade_d",
        "houses_rectified", "houses_closed", "rank")
REALS = ("new_area_m2", "demolished_area_m2", "annual_quota_m2", "stock_cleared_m2",
         "report_reward_yuan", "demolition_reward_yuan", "late_discovery_penalty_yuan")


def tool(name):
    path = shutil.which(name)
    assert path, "%s is missing: scripts/setup.sh installs poppler-utils" % name
    return path


def pdf_pages(path):
    out = subprocess.run([tool("pdfinfo"), path], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in out.stdout.splitlines()
                    if line.startswith("Pages:")))


def pdf_page_size(path):
    """(width, height) of the first page in mm."""
    out = subprocess.run([tool("pdfinfo"), path], capture_output=True, text=True, check=True)
    line = next(line for line in out.stdout.splitlines() if line.startswith("Page size:"))
    parts = line.split()
    return float(parts[2]) * 25.4 / 72, float(parts[4]) * 25.4 / 72


def pdf_text(path, page=None):
    """The text of a page (or of all) with the layout kept (one table row a line)."""
    args = [tool("pdftotext"), "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run(args + [path, "-"], capture_output=True, text=True, check=True)
    return out.stdout


def pdf_images(path, page):
    """Number of images drawn on a page."""
    out = subprocess.run([tool("pdfimages"), "-list", "-f", str(page), "-l", str(page), path],
                         capture_output=True, text=True, check=True)
    return max(0, len(out.stdout.strip().splitlines()) - 2)


def half_up(value, places):
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def figure(name, value):
    """A township_stats figure as the bulletin prints it (Chinese)."""
    if value is None:
        return "—"
    if name in SHARES:
        percent = (Decimal(repr(float(value))) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return "{:,.1f}%".format(percent)
    if name == "no_violation_eligible":
        return "是" if int(value) else "否"
    if name in INTS:
        return "{:,d}".format(int(value))
    return "{:,.1f}".format(half_up(value, 1))


def line_with(text, *parts):
    """The first line of `text` holding every part (in order), or None."""
    for line in text.splitlines():
        position = 0
        for part in parts:
            found = line.find(part, position)
            if found < 0:
                break
            position = found + len(part)
        else:
            return line
    return None


def png_bytes(width, height, colour, text):
    """A real PNG photo made with Qt (a coloured picture with a caption)."""
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from qgis.PyQt.QtGui import QColor, QImage, QPainter
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("white"))
    painter.drawText(image.rect(), Qt.AlignCenter, text)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def build_county(folder, townships=4, villages=16, violations=260, houses=260, seed=3):
    """A demo county with photos: five on one case (four are shown), one on another
    case and one on an event of that case.  Returns a dict of what the tests need."""
    path = str(folder / "county.gpkg")
    gpkg.create(path, COUNTY)
    demo_writer.write_demo_county(path, seed=seed, townships=townships, villages=villages,
                                  violations=violations, houses=houses)
    con = gpkg.connect(path)
    cases = [r[0] for r in con.execute(
        "SELECT case_id FROM violations WHERE status NOT IN ('closed', 'not_filed') "
        "ORDER BY case_id LIMIT 2")]
    many, one = cases
    event = con.execute("SELECT MAX(event_id) FROM case_events WHERE case_id = ?",
                        (one,)).fetchone()[0]
    photos = []
    with gpkg.transaction(con):
        for k, (colour, taken) in enumerate((("#2b6cb0", "2025-05-03T01:00:00Z"),
                                              ("#c05621", "2025-05-01T01:00:00Z"),
                                              ("#2f855a", "2025-05-04T01:00:00Z"),
                                              ("#6b46c1", "2025-05-02T01:00:00Z"),
                                              ("#9b2c2c", "2025-05-09T01:00:00Z")), 1):
            name = "现场照片%d.png" % k
            gpkg.insert(con, "attachments", {
                "owner_table": "violations", "owner_id": many, "file_name": name,
                "mime_type": "image/png", "content": png_bytes(640, 480, colour, name),
                "taken_at": taken, "note": "第%d次巡查" % k})
            photos.append((taken, name))
        gpkg.insert(con, "attachments", {
            "owner_table": "violations", "owner_id": one, "file_name": "拆除前.png",
            "mime_type": "image/png", "content": png_bytes(480, 640, "#444444", "before"),
            "taken_at": "2025-05-10T02:00:00Z"})
        gpkg.insert(con, "attachments", {
            "owner_table": "case_events", "owner_id": str(event), "file_name": "拆除后.png",
            "mime_type": "image/png", "content": png_bytes(480, 360, "#888888", "after"),
            "taken_at": "2025-05-12T02:00:00Z"})
    settings = gpkg.read_settings(con)
    con.close()
    shown = [name for _taken, name in sorted(photos)][:4]
    hidden = sorted(photos)[4][1]
    return {"path": path, "folder": folder, "settings": settings, "many_photos": many,
            "shown": shown, "hidden": hidden, "one_photo": one}


def stats_rows(path, period, level=0):
    """liangwei:township_stats of the county for a period, as plain dicts, code order."""
    import processing
    result = processing.run("liangwei:township_stats", {
        "VIOLATIONS": path + "|layername=violations", "HOUSES": path + "|layername=houses",
        "ZONES": path + "|layername=zones", "LEVEL": level,
        "PERIOD_START": period.start.isoformat(), "PERIOD_END": period.end.isoformat(),
        "CAMPAIGN_START": period.campaign_start.isoformat(), "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=Recorder())
    layer = result.pop("OUTPUT")
    names = layer.fields().names()
    rows = [{n: (None if v is None or str(v) == "NULL" else v)
             for n, v in zip(names, f.attributes())} for f in layer.getFeatures()]
    del layer
    return sorted(rows, key=lambda r: r["zone_code"])


def sql(path, query, params=()):
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(query, params)]
    finally:
        con.close()


def townships(path):
    return [(r["zone_code"], r["zone_name"]) for r in sql(
        path, "SELECT zone_code, zone_name FROM zones WHERE level IN (?, ?, ?) "
              "ORDER BY zone_code", TOWNSHIP_LEVELS)]


def ledger_cases(path, period, township=None):
    """The case ids of the case ledger (and the case records), in their order: cases
    discovered by the period end (or undated), without those finished (closed or not
    filed) before the period start, the finishing day being the local (UTC+8) day of
    the last event; ordered by township, village, case id."""
    rows = sql(path, "SELECT v.case_id, v.status, v.discovered_on, "
                     "coalesce(v.township_code, substr(v.village_code, 1, 9)) AS township, "
                     "v.village_code, (SELECT max(at) FROM case_events e "
                     "WHERE e.case_id = v.case_id) AS last_at FROM violations v")
    out = []
    for r in rows:
        if r["discovered_on"] and r["discovered_on"][:10] > period.end.isoformat():
            continue
        if township and r["township"] != township:
            continue
        if r["status"] in CLOSED and r["last_at"]:
            at = datetime.datetime.fromisoformat(r["last_at"].replace("Z", "+00:00"))
            local_day = (at + datetime.timedelta(hours=8)).date()
            if local_day < period.start:
                continue
        out.append((r["township"] or "", r["village_code"] or "", r["case_id"]))
    return [case_id for _t, _v, case_id in sorted(out)]


def hazardous_houses(path, township=None):
    """House ids of the house records: screening serious or some, or graded C or D;
    in township, village, house id order."""
    rows = sql(path, "SELECT house_id, coalesce(township_code, substr(village_code, 1, 9)) AS t, "
                     "village_code FROM houses WHERE screening IN ('serious', 'some') OR "
                     "appraisal_grade IN ('C', 'D')")
    return [r["house_id"] for r in sorted(rows, key=lambda r: (r["t"] or "", r["village_code"] or "",
                                                               r["house_id"]))
            if township is None or r["t"] == township]
