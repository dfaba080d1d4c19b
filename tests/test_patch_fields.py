"""Field mapping of satellite patches (plugin/core/patch_fields.py): presets, the FIELD_MAP
text, target validation, value conversion, dates in Chinese formats."""

import datetime

import pytest

from liangwei.plugin.core import patch_fields as pf
from liangwei.plugin.store import schema

PROVINCIAL = ["jcbh", "XZQDM", "Jcmj", "QSX", "HSX", "TBLX", "JCGDMJ", "ZXX", "ZXY"]


def test_preset_matches_provincial_names_in_any_case():
    assert pf.preset(PROVINCIAL) == [
        ("jcbh", "patch_no"), ("XZQDM", "division_code"), ("Jcmj", "reported_area"),
        ("QSX", "image_before"), ("HSX", "image_after"), ("TBLX", "patch_type"),
        ("JCGDMJ", "farmland_area")]
    assert pf.preset(["TBBH", "JCBH"]) == [("JCBH", "patch_no")]   # JCBH preferred
    assert pf.preset(["id", "name"]) == []
    fmap = pf.resolve("", PROVINCIAL)
    assert [(s, t.name) for s, t in fmap.pairs] == pf.preset(PROVINCIAL)


@pytest.mark.parametrize("text", [
    "JCBH:patch_no;HSX:discovered_on",
    " jcbh = patch_no ,\n hsx -> discovered_on ",
    "JCBH→patch_no;;HSX: discovered_on;",
    '{"JCBH": "patch_no", "HSX": "discovered_on"}',
])
def test_field_map_text_forms(text):
    assert pf.parse_field_map(text) in ([("JCBH", "patch_no"), ("HSX", "discovered_on")],
                                        [("jcbh", "patch_no"), ("hsx", "discovered_on")])
    fmap = pf.resolve(text, PROVINCIAL)
    assert [(s, t.name) for s, t in fmap.pairs] == [("jcbh", "patch_no"), ("HSX", "discovered_on")]


def test_field_map_targets_by_label():
    fmap = pf.resolve("JCBH:图斑编号;QSX:Earlier image date;TBLX:REMARKS", PROVINCIAL)
    assert [t.name for _, t in fmap.pairs] == ["patch_no", "image_before", "remarks"]


@pytest.mark.parametrize("text, words", [
    ("JCBH", ["“JCBH” is not written like JCBH:patch_no"]),
    ("JCBH:patch_no:x", ["not written like"]),
    ("{not json", ["not a valid JSON object"]),
    ('["JCBH"]', ["not written like JCBH:patch_no"]),
    ('{"JCBH": 3}', ["needs a source field name and a target name"]),
    ("NOPE:patch_no", ["no field “NOPE”", "jcbh, XZQDM"]),
    ("JCBH:case_number", ["“case_number” is not a field that can be imported", "patch_no, batch"]),
    ("XZQDM:township_code", ["cannot be filled by an import", "decided by the zones",
                             "division_code"]),
    ("JCBH:case_id", ["cannot be filled by an import", "the database computes it"]),
    ("JCBH:area_m2", ["the database computes it"]),
    ("JCBH:decision_no", ["later step of the case workflow"]),
    ("QSX:stock_class", ["cut-off date"]),
    ("QSX:discovered_on;HSX:discovered_on", ["Both “QSX” and “HSX” are mapped to “discovered_on”"]),
])
def test_field_map_problems_are_readable(text, words):
    with pytest.raises(pf.MappingError) as info:
        pf.resolve(text, PROVINCIAL)
    for w in words:
        assert w in str(info.value)


def test_messages_are_translated_through_their_templates():
    with pytest.raises(pf.MappingError) as info:
        pf.resolve("XZQDM:township_code", PROVINCIAL)
    seen = []

    def translate(text):
        seen.append(text)
        return "<%s>" % text
    out = info.value.translated(translate)
    assert out.startswith("<“XZQDM:township_code”") is False
    assert out.startswith("<“township_code” cannot be filled by an import: <the township")
    assert len(seen) == 2


def test_importable_targets_are_violation_fields_an_import_may_fill():
    names = set(schema.VIOLATIONS.field_names)
    assert set(pf.IMPORTABLE) <= names
    for name in pf.IMPORTABLE:
        assert not schema.VIOLATIONS.field(name).computed, name
    for name in ("township_code", "village_code", "status", "case_id", "area_m2", "stock_class",
                 "updated_by", "created_at", "priority_score", "deadline"):
        assert pf.find_target(name) is None, name
    assert not set(n.name for n in pf.NOTES) & names


@pytest.mark.parametrize("value, expected", [
    ("20240315", "2024-03-15"), (20240315, "2024-03-15"), (20240315.0, "2024-03-15"),
    ("2024-03-15", "2024-03-15"), ("2024/3/15", "2024-03-15"), ("2024.3.5", "2024-03-05"),
    ("2024年3月15日", "2024-03-15"), ("2024 年 3 月 5 号", "2024-03-05"),
    ("2024-03-15 00:00:00", "2024-03-15"), ("2024-03-15T08:30:00", "2024-03-15"),
    (45366, "2024-03-15"), ("45366", "2024-03-15"), (45366.75, "2024-03-15"),
    (datetime.date(2023, 1, 2), "2023-01-02"), (datetime.datetime(2023, 1, 2, 5), "2023-01-02"),
])
def test_dates(value, expected):
    assert pf.parse_date(value).isoformat() == expected


@pytest.mark.parametrize("value", ["2024-02-30", "20241315", "2024年13月1日", "soon", "15/3/2024",
                                   "123", 999999, True])
def test_bad_dates(value):
    with pytest.raises(pf.MappingError) as info:
        pf.parse_date(value)
    assert "is not a date" in str(info.value)


def test_empty_values_are_none():
    for value in (None, "", "   "):
        assert pf.parse_date(value) is None
        assert pf.convert(pf.TARGETS["floors"], value) is None


def test_convert_by_target_type():
    t = pf.TARGETS
    assert pf.convert(t["patch_no"], 3306240001.0) == "3306240001"
    assert pf.convert(t["patch_no"], " JC001 ") == "JC001"
    assert pf.convert(t["floors"], "3") == 3 and pf.convert(t["floors"], 2.0) == 2
    assert pf.convert(t["building_area_m2"], "1,234.5") == 1234.5
    assert pf.convert(t["land_class"], "耕地") == "cultivated"
    assert pf.convert(t["land_class"], "Forest land") == "forest"
    assert pf.convert(t["discovery_source"], "drone") == "drone"
    assert pf.convert(t["flag_typical"], "是") == 1 and pf.convert(t["flag_typical"], 0) == 0
    assert pf.convert(t["division_code"], 330624100.0) == "330624100"
    with pytest.raises(pf.MappingError, match="not a whole number"):
        pf.convert(t["floors"], "2.5")
    with pytest.raises(pf.MappingError, match="not a number"):
        pf.convert(t["reported_area"], "abc")
    with pytest.raises(pf.MappingError, match="is not one of .*cultivated"):
        pf.convert(t["land_class"], "草地")
    with pytest.raises(pf.MappingError, match="not yes or no"):
        pf.convert(t["flag_cadre"], "maybe")


def test_values_of_a_provincial_patch():
    fmap = pf.resolve("", PROVINCIAL)
    v = pf.values(fmap, {"jcbh": "JC0001", "XZQDM": "330624100", "Jcmj": "1234.50",
                         "QSX": "20231001", "HSX": "2024年3月15日", "TBLX": "新增建设",
                         "JCGDMJ": 300})
    assert v.row["patch_no"] == "JC0001"
    assert v.row["discovered_on"] == "2024-03-15"          # 后时相 as the discovery date
    assert v.hint == "330624100"
    assert v.row["remarks"] == ("行政区代码(XZQDM): 330624100; 监测面积(Jcmj): 1234.5; "
                                "前时相(QSX): 2023-10-01; 后时相(HSX): 2024-03-15; "
                                "图斑类型(TBLX): 新增建设; 耕地面积(JCGDMJ): 300")
    assert set(v.row) == {"patch_no", "discovered_on", "remarks"}


def test_mapped_discovery_date_wins_over_the_later_image():
    fmap = pf.resolve("HSX:image_after;FXRQ:discovered_on;BZ:remarks", ["HSX", "FXRQ", "BZ"])
    v = pf.values(fmap, {"HSX": "2024-03-15", "FXRQ": "2024/4/1", "BZ": "村民举报"})
    assert v.row["discovered_on"] == "2024-04-01"
    assert v.row["remarks"] == "村民举报; 后时相(HSX): 2024-03-15"


def test_value_problems_name_the_field():
    fmap = pf.resolve("", PROVINCIAL)
    with pytest.raises(pf.MappingError) as info:
        pf.values(fmap, {"HSX": "next spring"})
    assert str(info.value).startswith("field HSX (image_after): “next spring” is not a date")


def test_division_code_hint():
    assert not pf.hint_disagrees("330624100", "330624100", "330624100201")
    assert pf.hint_disagrees("330624101", "330624100", "330624100201")
    assert pf.hint_disagrees("330624100202", "330624100", "330624100201")
    assert not pf.hint_disagrees("330624", "330624100", None, "330624")
    assert pf.hint_disagrees("330683", "330624100", None, "330624")
    assert not pf.hint_disagrees("abc", "330624100", None)


def test_reported_area_units_and_overlap_share():
    assert pf.reported_area_unit(1000.0, 1020.0) == "m2"
    assert pf.reported_area_unit(1.5, 1000.0) == "mu"        # 1.5 亩 = 1000 m²
    assert pf.reported_area_unit(0.1, 1000.0) == "ha"
    assert pf.reported_area_unit(2000.0, 1000.0) is None
    assert pf.overlap_share(30.0, 100.0, 60.0) == 0.5
    assert pf.is_duplicate_overlap(30.0, 100.0, 60.0, 0.5)
    assert not pf.is_duplicate_overlap(29.0, 100.0, 60.0, 0.5)
    assert not pf.is_duplicate_overlap(0.0, 100.0, 60.0, 0.0)
    assert pf.overlap_share(1.0, 0.0, 5.0) == 0.0
