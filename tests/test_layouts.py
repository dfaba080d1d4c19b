"""The print layouts of the reports (plugin/reports/layouts.py, resources/layouts/*.qpt)
on a small demo county: the committed templates are the generator's output, load with
their items linked, are registered for "New from template"; every PDF is read back
with poppler and its pages and text checked against liangwei:township_stats and SQL
written here."""

import filecmp
import os
import subprocess

import pytest
from qgis.core import (QgsApplication, QgsFeedback, QgsLayoutItemLegend, QgsLayoutItemMap,
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsProject, QgsSettings)

from liangwei.plugin.core import reports, workflow
from liangwei.plugin.reports import layout_texts as T
from liangwei.plugin.reports import layouts
from liangwei.plugin.reports.ledgers import ReportCanceled, ReportError
from report_pdf import (MAY, build_county, figure, hazardous_houses, ledger_cases, line_with,
                        pdf_images, pdf_page_size, pdf_pages, pdf_text, sql, stats_rows,
                        townships)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def county(tmp_path_factory, provider):
    county = build_county(tmp_path_factory.mktemp("layouts"))
    county["stats"] = stats_rows(county["path"], MAY)
    county["townships"] = townships(county["path"])
    return county


def export(county, report, name=None, zone_codes=(), lang="zh", feedback=None):
    out = str(county["folder"] / (name or report + ".pdf"))
    result = layouts.export_layout(report, out, county["path"], MAY, list(zone_codes),
                                   county["stats"], county["settings"], feedback=feedback,
                                   lang=lang)
    assert result["path"] == out and os.path.exists(out)
    assert pdf_pages(out) == result["pages"]
    return out, result


# --- templates ----------------------------------------------------------------------------

def test_the_committed_templates_are_the_generators_output(tmp_path):
    run = subprocess.run([os.path.join(REPO, ".venv", "bin", "python"),
                          os.path.join(REPO, "scripts", "build_layouts.py"), "--out",
                          str(tmp_path)], capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout + run.stderr
    for kind in T.KINDS:
        assert filecmp.cmp(tmp_path / ("%s.qpt" % kind), layouts.template_path(kind),
                           shallow=False), \
            "resources/layouts is out of date: run .venv/bin/python scripts/build_layouts.py"


@pytest.mark.parametrize("kind", T.KINDS)
def test_a_template_loads_with_its_items_linked(kind):
    project = QgsProject()
    layout = layouts.load_layout(kind, project)
    try:
        the_map = layout.itemById(T.MAP)
        assert isinstance(the_map, QgsLayoutItemMap)
        assert the_map.atlasDriven()
        assert layout.atlas().enabled()
        for item_id, cls in ((T.SCALE_BAR, QgsLayoutItemScaleBar),
                             (T.NORTH_ARROW, QgsLayoutItemPicture)):
            item = layout.itemById(item_id)
            assert isinstance(item, cls) and item.linkedMap() is the_map
        for item_id in T.TEXTS[kind]:
            assert layout.itemById(item_id) is not None, item_id
        legend = layout.itemById(T.LEGEND)
        if kind in ("monthly_bulletin", "wall_map", "house_booklet"):
            assert isinstance(legend, QgsLayoutItemLegend) and legend.linkedMap() is the_map
        # the fonts are installed ones (the template names Microsoft YaHei)
        from qgis.PyQt.QtGui import QFontDatabase
        families = set(QFontDatabase().families())
        title = layout.itemById(T.TITLE)
        assert title.font().family() in families
    finally:
        del layout


def test_the_template_folder_is_registered_for_new_from_template():
    from liangwei.plugin.reports import templates
    settings = QgsSettings()
    before = QgsApplication.layoutTemplatePaths()
    try:
        templates.unregister_template_folder()
        templates._set_search_paths(["/somewhere/else"])
        assert templates.register_template_folder() is True
        assert templates.register_template_folder() is False       # once only
        paths = QgsApplication.layoutTemplatePaths()
        assert paths == ["/somewhere/else", templates.LAYOUTS_DIR]
        # what the layout manager's "New from template" lists: the .qpt of the folders
        found = sorted(f for p in paths if os.path.isdir(p) for f in os.listdir(p)
                       if f.endswith(".qpt"))
        assert found == sorted("%s.qpt" % k for k in T.KINDS)
        assert templates.unregister_template_folder() is True
        assert QgsApplication.layoutTemplatePaths() == ["/somewhere/else"]
    finally:
        templates._set_search_paths(before)
        settings.sync()
    assert QgsApplication.layoutTemplatePaths() == before


def test_figures_are_written_half_up_with_separators():
    assert T.format_value("new_area_m2", 20.25) == "20.3"
    assert T.format_value("new_area_m2", 0.125) == "0.1"
    assert T.format_value("demolition_reward_yuan", 1234567.849) == "1,234,567.8"
    assert T.format_value("new_count", 12345) == "12,345"
    assert T.format_value("quota_done_share", 0.28549) == "28.5%"
    assert T.format_value("quota_done_share", 0.2855) == "28.6%"
    assert T.format_value("found_within_24h_share", None) == "—"
    assert T.format_value("no_violation_eligible", 1) == "是"
    assert T.format_value("no_violation_eligible", 0, "en") == "No"


def test_cjk_text_is_wrapped_to_the_column_width():
    from liangwei.plugin.reports.layout_pages import text_format, text_width_mm, wrap_text
    fmt = text_format(7)
    text = "局部墙体裂缝、屋面渗漏，存在一定安全隐患，需要尽快组织专业机构鉴定"
    wrapped = wrap_text(text, 30, fmt)
    lines = wrapped.split("\n")
    assert len(lines) > 1 and "".join(lines) == text
    assert all(text_width_mm(line, fmt) <= 30 for line in lines)
    latin = wrap_text("JGJ 125-2016 appraisal grade", 20, fmt).split("\n")
    assert all(" " not in line.strip() or len(line.split()) > 1 for line in latin)
    assert " ".join(latin).split() == "JGJ 125-2016 appraisal grade".split()


# --- the monthly bulletin -----------------------------------------------------------------------

def test_the_bulletin_has_a_page_per_township_with_its_exact_figures(county):
    out, result = export(county, "monthly_bulletin")
    towns = county["townships"]
    stats = {r["zone_code"]: r for r in county["stats"]}
    assert result["pages"] == len(towns) == len(stats)
    assert pdf_page_size(out) == pytest.approx((210, 297), abs=1)
    for page, (code, name) in enumerate(towns, 1):
        text = pdf_text(out, page)
        row = stats[code]
        assert "新城县两违治理月通报" in text
        assert line_with(text, name, code, "2025-05-01", "2025-05-31"), text
        # every indicator of the table: label and the exact figure on one line
        for field in T.INDICATOR_ROWS:
            label = reports.indicator_label(field, "zh")
            assert line_with(text, label, figure(field, row[field])), (name, field, text)
        # the ranking: every township, with its rank and figures
        for other in county["stats"]:
            assert line_with(text, str(other["rank"]), other["zone_name"],
                             figure("quota_done_share", other["quota_done_share"]),
                             figure("new_count", other["new_count"]),
                             figure("new_area_m2", other["new_area_m2"])), (other, text)
        assert "发文单位：新城县综合行政执法局" in text
        assert "第%d/%d页" % (page, len(towns)) in text.replace(" ", "")


def test_the_bulletin_of_one_township(county):
    code, name = county["townships"][1]
    out, result = export(county, "monthly_bulletin", "one.pdf", zone_codes=[code])
    assert result["pages"] == 1
    text = pdf_text(out)
    assert line_with(text, name, code)
    assert "第1/1页" in text.replace(" ", "")
    # the ranking still shows the county
    for _code, other in county["townships"]:
        assert other in text


def test_the_bulletin_in_english(county):
    out, _result = export(county, "monthly_bulletin", "en.pdf", lang="en")
    text = pdf_text(out, 1)
    assert "illegal construction monthly bulletin" in text
    assert "Page 1 of %d" % len(county["townships"]) in text
    assert line_with(text, "Indicator", "Value")


def test_a_template_adapted_by_the_user_is_used(county):
    """Saved from the layout designer under the same name in the profile's template
    folder, an adapted template replaces the shipped one (texts changed stay)."""
    own = os.path.join(layouts.user_templates_dir(), "monthly_bulletin.qpt")
    os.makedirs(os.path.dirname(own), exist_ok=True)
    with open(layouts.template_path("monthly_bulletin"), encoding="utf-8") as fh:
        text = fh.read()
    assert text.count("[% @lw_county_name %]两违治理月通报") == 1
    with open(own, "w", encoding="utf-8") as fh:
        fh.write(text.replace("[% @lw_county_name %]两违治理月通报",
                              "[% @lw_county_name %]控违拆违工作月度通报"))
    try:
        assert layouts.report_template("monthly_bulletin") == own
        for lang, title in (("zh", "新城县控违拆违工作月度通报"), ("en", "新城县控违拆违工作月度通报")):
            out, result = export(county, "monthly_bulletin", "own_%s.pdf" % lang, lang=lang)
            assert result["template"] == own
            assert title in pdf_text(out, 1)
    finally:
        os.remove(own)
    assert layouts.report_template("monthly_bulletin") == layouts.template_path("monthly_bulletin")


def test_a_canceled_export_leaves_no_file_and_keeps_an_old_one(county):
    out = county["folder"] / "canceled.pdf"
    out.write_bytes(b"the old report")
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda p: p >= 40 and feedback.cancel())
    with pytest.raises(ReportCanceled):
        layouts.export_layout("monthly_bulletin", str(out), county["path"], MAY, [],
                              county["stats"], county["settings"], feedback=feedback)
    assert out.read_bytes() == b"the old report"
    assert not [f for f in os.listdir(county["folder"]) if f.startswith(".liangwei-report-")]


def test_nothing_to_print_is_an_error_without_a_file(county):
    out = county["folder"] / "nothing.pdf"
    with pytest.raises(ReportError, match="No township statistics"):
        layouts.export_layout("monthly_bulletin", str(out), county["path"], MAY, [], [],
                              county["settings"])
    with pytest.raises(ReportError, match="no zones with the codes 330624999"):
        layouts.export_layout("wall_map", str(out), county["path"], MAY, ["330624999"],
                              county["stats"], county["settings"])
    assert not out.exists()


# --- the wall map ---------------------------------------------------------------------------------

def test_the_wall_map_lists_every_open_case_of_each_township(county):
    out, result = export(county, "wall_map")
    towns = county["townships"]
    stats = {r["zone_code"]: r for r in county["stats"]}
    assert result["pages"] == len(towns)
    assert pdf_page_size(out) == pytest.approx((420, 297), abs=1)       # A3 landscape
    ledger = set(ledger_cases(county["path"], MAY))
    for page, (code, name) in enumerate(towns, 1):
        text = pdf_text(out, page)
        assert "%s违法建设挂图作战图" % name in text
        assert line_with(text, reports.indicator_label("open_cases", "zh"),
                         figure("open_cases", stats[code]["open_cases"]))
        open_cases = [r["case_id"] for r in sql(
            county["path"], "SELECT case_id FROM violations WHERE coalesce(township_code, "
            "substr(village_code, 1, 9)) = ? AND status NOT IN ('closed', 'not_filed')",
            (code,)) if r["case_id"] in ledger]
        assert "在办案件共 %d 宗" % len(open_cases) in text
        listed = [c for c in open_cases if T.case_label(c) in text]
        assert len(listed) == min(len(open_cases), T.CASE_LIST_MAX_ROWS)
        assert text.count("□") == len(listed)


# --- the records --------------------------------------------------------------------------------

def test_the_case_records_have_a_page_per_case_with_its_history_and_photos(county):
    out, result = export(county, "case_booklet")
    cases = ledger_cases(county["path"], MAY)
    assert result["pages"] == len(cases) > 0
    checked = {cases.index(county["many_photos"]) + 1, cases.index(county["one_photo"]) + 1, 1}
    for page in sorted(checked):
        case_id = cases[page - 1]
        text = pdf_text(out, page)
        assert "案件编号：%s" % case_id in text
        events = sql(county["path"], "SELECT note FROM case_events WHERE case_id = ? AND "
                                     "substr(at, 1, 10) <= '2025-05-31' ORDER BY at", (case_id,))
        assert events and all(workflow.event_note(e["note"], "zh")[:6] in text.replace("\n", "")
                              for e in events)
        assert "第%d/%d页" % (page, len(cases)) in text.replace(" ", "")
    many = cases.index(county["many_photos"]) + 1
    text = pdf_text(out, many)
    for name in county["shown"]:
        assert name in text
    assert county["hidden"] not in text                 # four photos at most
    assert pdf_images(out, many) == 4
    one = cases.index(county["one_photo"]) + 1
    text = pdf_text(out, one)
    assert "拆除前.png" in text and "拆除后.png" in text  # the case's and its event's
    assert pdf_images(out, one) == 2


def test_the_case_records_of_one_township(county):
    code, _name = county["townships"][0]
    out, result = export(county, "case_booklet", "cases_one.pdf", zone_codes=[code])
    cases = ledger_cases(county["path"], MAY, township=code)
    assert result["pages"] == len(cases)
    text = pdf_text(out)
    assert all(c in text for c in cases)


def test_the_house_records_have_a_page_per_hazardous_house(county):
    out, result = export(county, "house_booklet")
    houses = hazardous_houses(county["path"])
    assert result["pages"] == len(houses) > 0
    graded = {r["house_id"]: r for r in sql(
        county["path"], "SELECT house_id, appraisal_grade, screening FROM houses")}
    for page in (1, len(houses)):
        house_id = houses[page - 1]
        text = pdf_text(out, page)
        assert "房屋编码：%s" % house_id in text
        grade = graded[house_id]["appraisal_grade"]
        assert ("鉴定等级：%s级" % grade if grade else "鉴定等级：—") in text
        for inspection in sql(county["path"], "SELECT inspected_on FROM house_inspections "
                                              "WHERE house_id = ? AND inspected_on <= "
                                              "'2025-05-31'", (house_id,)):
            assert inspection["inspected_on"][:10] in text
    code, _name = county["townships"][0]
    _out, one = export(county, "house_booklet", "houses_one.pdf", zone_codes=[code])
    assert one["pages"] == len(hazardous_houses(county["path"], code))
