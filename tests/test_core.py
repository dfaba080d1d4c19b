"""Domain rules in plain Python: enumerations, workflow, case numbers, zones, settings."""

import ast
import datetime
import pathlib

import pytest

from liangwei.plugin.core import case_ids, codes, settings, workflow, zones

CORE = pathlib.Path(__file__).resolve().parent.parent / "plugin" / "core"


def test_core_imports_no_qt_or_qgis():
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert not name.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "osgeo"), (path, name)


def test_enumerations_are_complete_and_unique():
    assert len(codes.CASE_STATUS) == 15
    assert codes.GRADE.codes == ["A", "B", "C", "D"]
    assert codes.SCREENING.label("serious") == "存在严重安全隐患"
    assert codes.PARTY_TYPE.label("cadre", "en") == "Party member / official"
    for enum in codes.ALL:
        assert len(set(enum.codes)) == len(enum), enum.name
        assert len({c.zh for c in enum}) == len(enum), enum.name
        for c in enum:
            assert c.code == c.code.strip() and "," not in c.code and c.zh and c.en
    assert set(codes.MEMBER_WEIGHT) == set(codes.MEMBER_TYPE.codes)
    assert codes.MEMBER_WEIGHT["middle_column"] == 3.5 and codes.MEMBER_WEIGHT["corner_column"] == 1.8


def test_code_for_label_reads_codes_and_both_languages():
    assert codes.DISCOVERY_SOURCE.code_for_label("卫片比对") == "satellite"
    assert codes.DISCOVERY_SOURCE.code_for_label("Public report") == "report"
    assert codes.DISCOVERY_SOURCE.code_for_label("patrol") == "patrol"
    assert codes.DISCOVERY_SOURCE.code_for_label("rumour") is None


def test_multi_values_round_trip():
    assert codes.join_multi(["stop_use", "evacuate"]) == "{stop_use,evacuate}"
    assert codes.split_multi("{stop_use,evacuate}") == ["stop_use", "evacuate"]
    assert codes.split_multi('{"a",b}') == ["a", "b"]
    assert codes.join_multi([]) is None and codes.split_multi(None) == []


def test_every_state_is_reachable_and_terminal_states_end():
    for state in codes.CASE_STATUS.codes:
        if state != workflow.INITIAL:
            path = workflow.path_to(state)
            prev = workflow.INITIAL
            for nxt in path:
                assert workflow.transition(prev, nxt), (prev, nxt)
                prev = nxt
    for state in workflow.TERMINAL:
        assert workflow.next_states(state) == []
    assert workflow.path_to("closed") == ["clue", "verified", "filed", "investigating", "notified",
                                          "decided", "closed"][1:]


def test_next_states_follow_the_law():
    assert workflow.next_states("clue") == ["verified", "not_filed"]
    assert workflow.next_states("decided") == [
        "reminded", "self_demolished", "legalised", "kept_temporary", "closed"]
    # forced demolition only after a public notice
    assert "forced_demolished" not in workflow.next_states("decided")
    assert "forced_demolished" not in workflow.next_states("reminded")
    assert workflow.next_states("announced") == ["self_demolished", "forced_demolished"]


def test_missing_for_names_what_a_step_needs():
    case = {"status": "notified"}
    assert workflow.missing_for("decided", case) == ["decision_no", "decision_type", "deadline"]
    case.update(decision_no="D1", decision_type="demolish", deadline="2024-09-01")
    assert workflow.missing_for("decided", case) == []
    assert workflow.missing_for("not_filed", {"status": "verified"}) == ["note"]
    assert workflow.missing_for("not_filed", {"status": "verified"}, note="no violation found") == []
    demolish = {"status": "announced", "demolished_area_m2": 10, "demolished_on": "2024-01-01",
                "demolition_mode": "self"}
    assert workflow.missing_for("forced_demolished", demolish) == ["demolition_mode"]
    with pytest.raises(ValueError):
        workflow.missing_for("closed", {"status": "clue"})


def test_case_numbers():
    assert case_ids.format_case_id("330624", 2024, 17) == "330624-2024-000017"
    assert case_ids.parse_case_id("330624-2024-000017") == ("330624", 2024, 17)
    for bad in ("330624-24-000017", "33062-2024-000017", "330624-2024-17", None):
        assert not case_ids.is_case_id(bad)
    with pytest.raises(ValueError):
        case_ids.format_case_id("3306", 2024, 1)
    with pytest.raises(ValueError):
        case_ids.format_case_id("330624", 2024, 1000000)
    assert case_ids.is_house_id("YH330624000000001")
    assert case_ids.county_of_house("YH330624000000001") == "330624"
    assert not case_ids.is_house_id("YH33062400000001")


def test_division_codes():
    assert zones.level_from_code("330624") == "county"
    assert zones.level_from_code(330624100) == "township"
    assert zones.level_from_code(330624100201.0) == "village"
    assert zones.level_from_code("330624100201001") == "grid"
    assert zones.level_from_code("3306241") is None
    assert zones.normalise_code(" 330624100.0 ") == "330624100"
    assert zones.normalise_code(3306241.5) is None
    assert zones.parent_of("330624100201") == "330624100"
    assert zones.parent_of("330624100") == "330624"
    assert zones.parent_of("330624") is None
    assert zones.check_zone("330624100", "township", "330624") == []
    assert zones.check_zone("330624100", "village") == ["a village code has 12 digits, 330624100 has 9"]
    assert "prefix" in zones.check_zone("330624100", "township", "330625")[0]
    assert "division code" in zones.check_zone("abc")[0]


def test_settings_defaults_and_conversion():
    rows = dict((k, v) for k, _, v in settings.defaults("330624"))
    assert rows["county_code"] == "330624" and rows["crs"] == "EPSG:4490"
    assert rows["cutoff_date"] == "2014-01-01" and float(rows["side_distance_m"]) == 50
    assert settings.from_text("cutoff_date", "2014-01-01") == datetime.date(2014, 1, 1)
    assert settings.to_text("cycle_old20_months", 36.0) == "36"
    with pytest.raises(ValueError):
        settings.to_text("cutoff_date", "2014-02-30")


@pytest.mark.parametrize("started,discovered,expected", [
    ("2013-12-31", "2014-02-01", "stock"),
    ("2014-01-01", "2014-01-02", "new"),
    (None, "2015-06-01", "new"),
    (None, "2013-06-01", "stock"),
    (None, None, None),
])
def test_stock_class(started, discovered, expected):
    assert settings.stock_class(started, discovered, "2014-01-01") == expected


def test_as_date_reads_what_the_database_keeps():
    import datetime
    from liangwei.plugin.core.dates import as_date
    assert as_date(None) is None and as_date("") is None
    assert as_date("2025-03-01") == datetime.date(2025, 3, 1)
    assert as_date(" 2025-03-01T08:00:00Z") == datetime.date(2025, 3, 1)
    assert as_date(datetime.datetime(2025, 3, 1, 23, 59)) == datetime.date(2025, 3, 1)
    assert as_date(datetime.date(2024, 2, 29)) == datetime.date(2024, 2, 29)
    with pytest.raises(ValueError):
        as_date("2024-02-30")


def test_registration_note_in_the_reader_language():
    from liangwei.plugin.reports.layout_texts import event_rows
    assert workflow.event_note(workflow.REGISTRATION_NOTE, "zh") == "登记"
    assert workflow.event_note(workflow.REGISTRATION_NOTE, "en") == "Registered"
    assert workflow.event_note("现场核查属实", "en") == "现场核查属实"
    assert workflow.event_note(None, "zh") == ""
    rows = event_rows([{"at": "2025-01-02T03:04:05Z", "from_status": None,
                        "to_status": "clue", "actor": "王五",
                        "note": workflow.REGISTRATION_NOTE}], "zh")
    assert rows[0][1:] == ["线索", "王五", "登记"]
