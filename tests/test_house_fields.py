"""Field mapping of self-built house surveys (plugin/core/house_fields.py): the preset for
the national form's headers, the FIELD_MAP text, value parsing and the row checks."""

import datetime

import pytest

from liangwei.plugin.core import codes
from liangwei.plugin.core import house_fields as hf
from liangwei.plugin.store import schema

TODAY = datetime.date(2024, 6, 30)
NATIONAL = ["房屋编码", "详细地址", "户主姓名", "所在乡镇（街道）代码", "所在村(社区)代码", "经度",
            "纬度", "地上层数", "地下层数", "建筑面积(㎡)", "结构类型", "建成年代", "土地性质",
            "所在区域", "房屋用途", "经营类型", "使用人数", "是否加层", "是否扩建",
            "是否改变主体结构", "是否改变用途", "是否开挖地下室", "是否经过专业设计",
            "是否由专业施工", "合法性", "隐患初判", "鉴定状态", "鉴定等级", "鉴定机构", "鉴定日期",
            "整治状态", "整治措施", "*备注"]
HOUSE_FIELDS = schema.HOUSES.field_names


def target(name):
    return hf.TARGETS[name]


def test_preset_maps_every_column_of_the_national_form():
    pairs = dict(hf.preset(NATIONAL))
    assert pairs == {
        "房屋编码": "house_id", "详细地址": "address", "户主姓名": "owner",
        "所在乡镇（街道）代码": "township_code", "所在村(社区)代码": "village_code",
        "地上层数": "storeys", "地下层数": "basement_storeys", "建筑面积(㎡)": "floor_area_m2",
        "结构类型": "structure", "建成年代": "built_year", "土地性质": "land_ownership",
        "所在区域": "area_type", "房屋用途": "use", "经营类型": "business_types",
        "使用人数": "occupants", "是否加层": "alt_add_storey", "是否扩建": "alt_extension",
        "是否改变主体结构": "alt_structure", "是否改变用途": "alt_use_change",
        "是否开挖地下室": "alt_basement", "是否经过专业设计": "professional_design",
        "是否由专业施工": "professional_construction", "合法性": "legality",
        "隐患初判": "screening", "鉴定状态": "appraisal_status", "鉴定等级": "appraisal_grade",
        "鉴定机构": "appraisal_agency", "鉴定日期": "appraised_on",
        "整治状态": "rectification_status", "整治措施": "measures", "*备注": "remarks"}
    # every preset target is an importable target, and every house field it fills exists
    for _, name in hf.PRESET:
        t = hf.TARGETS[name]
        if t.kind not in ("hint", "alterations"):
            assert name in HOUSE_FIELDS


def test_preset_english_pinyin_and_preference():
    assert dict(hf.preset(["HOUSE_ID", "Address", "Storeys", "Floor_Area", "jglx"])) == {
        "HOUSE_ID": "house_id", "Address": "address", "Storeys": "storeys",
        "Floor_Area": "floor_area_m2", "jglx": "structure"}
    # 详细地址 is preferred to 房屋地址; the other is left unmapped
    assert dict(hf.preset(["房屋地址", "详细地址"])) == {"详细地址": "address"}
    assert dict(hf.preset(["户主姓名", "产权人"])) == {"产权人": "owner"}
    assert hf.preset(["id", "name"]) == []


@pytest.mark.parametrize("names, expected", [
    (["经度", "纬度"], ("经度", "纬度")),
    (["LONGITUDE", "Latitude"], ("LONGITUDE", "Latitude")),
    (["lon", "lat"], ("lon", "lat")),
    (["X", "Y", "lng"], ("lng", "Y")),
    (["房屋编码"], (None, None)),
])
def test_coordinate_columns_are_detected(names, expected):
    assert hf.detect_coordinates(names) == expected


@pytest.mark.parametrize("text", [
    "房屋编码:house_id;地上层数:storeys",
    " 房屋编码 = house_id ，\n 地上层数 -> storeys ",
    "房屋编码：house_id；地上层数：storeys；",
    '{"房屋编码": "house_id", "地上层数": "storeys"}',
])
def test_field_map_text_forms(text):
    fmap = hf.resolve(text, NATIONAL, HOUSE_FIELDS)
    assert [(s, t.name) for s, t in fmap.pairs] == [("房屋编码", "house_id"), ("地上层数", "storeys")]


def test_field_map_by_label_and_loose_header():
    fmap = hf.resolve("所在乡镇(街道)代码:township_code;建筑面积:建筑面积(m²);结构类型:Structure",
                      NATIONAL, HOUSE_FIELDS)
    assert [(s, t.name) for s, t in fmap.pairs] == [
        ("所在乡镇（街道）代码", "township_code"), ("建筑面积(㎡)", "floor_area_m2"),
        ("结构类型", "structure")]


@pytest.mark.parametrize("text, words", [
    ("房屋编码", ["“房屋编码” is not written like 房屋编码:house_id"]),
    ("{bad", ["not a valid JSON object"]),
    ('{"房屋编码": 1}', ["needs a source field name and a target name"]),
    ("门牌号:address", ["no field “门牌号”", "房屋编码, 详细地址"]),
    ("房屋编码:house_code_x", ["“house_code_x” is not a house field", "house_id, address"]),
    ("隐患初判:computed_screening", ["cannot be filled by an import", "grade_houses"]),
    ("鉴定日期:next_inspection_due", ["grade_houses computes it"]),
    ("房屋编码:house_id;详细地址:house_id", ["Both “房屋编码” and “详细地址” are mapped to “house_id”"]),
])
def test_field_map_problems_are_readable(text, words):
    with pytest.raises(hf.MappingError) as info:
        hf.resolve(text, NATIONAL, HOUSE_FIELDS)
    for w in words:
        assert w in str(info.value)


@pytest.mark.parametrize("name, value, expected", [
    ("structure", "砖混", "brick_concrete"), ("structure", "砖混结构", "brick_concrete"),
    ("structure", "Frame", "frame"), ("structure", "框架结构", "frame"),
    ("structure", "frame", "frame"), ("structure", "石结构", "stone"),
    ("land_ownership", "集体土地", "collective"), ("land_ownership", "国有", "state"),
    ("use", "自住兼经营", "own_business"), ("use", "经营", "business"), ("use", "出租", "rental"),
    ("screening", "存在严重安全隐患", "serious"), ("screening", "严重隐患", "serious"),
    ("screening", "存在一定安全隐患", "some"), ("screening", "未发现安全隐患", "none"),
    ("appraisal_status", "已鉴定", "done"), ("appraisal_status", "未鉴定", "pending"),
    ("appraisal_grade", "C级", "C"), ("appraisal_grade", "d", "D"),
    ("appraisal_grade", "C级(局部危房)", "C"), ("appraisal_grade", "整幢危房", "D"),
    ("rectification_status", "已销号", "closed"), ("area_type", "学校周边", "school"),
    ("legality", "无许可手续", "no_permit"),
])
def test_labels_become_codes(name, value, expected):
    assert hf.convert(target(name), value, TODAY) == expected


@pytest.mark.parametrize("name, value", [
    ("structure", "竹结构"), ("appraisal_grade", "E"), ("screening", "很危险"),
    ("use", "办公"), ("land_ownership", "私有"),
])
def test_unknown_labels_are_refused_listing_the_codes(name, value):
    with pytest.raises(hf.MappingError) as info:
        hf.convert(target(name), value, TODAY)
    enum = target(name).enumeration
    assert str(info.value).startswith("“%s” is not one of " % value)
    assert all(c.code in str(info.value) for c in enum)


@pytest.mark.parametrize("value, expected", [
    ("是", 1), ("否", 0), ("1", 1), (0, 0), (1.0, 1), ("Y", 1), ("n", 0), ("有", 1), ("无", 0),
    (True, 1), ("√", 1),
])
def test_yes_no(value, expected):
    assert hf.convert(target("professional_design"), value, TODAY) == expected


def test_yes_no_refuses_other_text():
    with pytest.raises(hf.MappingError, match="is not yes or no"):
        hf.convert(target("alt_basement"), "也许", TODAY)


@pytest.mark.parametrize("name, value, expected", [
    ("business_types", "餐饮、住宿", "{catering,lodging}"),
    ("business_types", "住宿，餐饮,住宿", "{lodging,catering}"),
    ("business_types", "Catering; 养老", "{catering,elderly_care}"),
    ("business_types", "无", None),
    ("measures", "停止使用；人员撤离 / 封控警示", "{stop_use,evacuate,cordon}"),
    ("measures", "{repair,rebuild}", "{repair,rebuild}"),
])
def test_multi_valued(name, value, expected):
    stored = hf.convert(target(name), value, TODAY)
    assert stored == expected
    if expected:
        assert stored == codes.join_multi(codes.split_multi(expected))


def test_multi_valued_unknown_member():
    with pytest.raises(hf.MappingError, match="“洗浴” is not one of catering"):
        hf.convert(target("business_types"), "餐饮、洗浴", TODAY)


@pytest.mark.parametrize("value, expected", [
    (1998, 1998), (1998.0, 1998), ("1998", 1998), ("1998年", 1998), ("1998.0", 1998),
    ("1998-05-01", 1998), ("1998年5月", 1998), ("1990年代", 1990), ("90年代", 1990),
    ("八十年代", 1980), ("八零年代", 1980), ("00年代", 2000), ("1970s", 1970),
    (datetime.date(2001, 3, 4), 2001), ("2024", 2024),
])
def test_years(value, expected):
    assert hf.convert(target("built_year"), value, TODAY) == expected


@pytest.mark.parametrize("value, words", [
    ("2025", "the year 2025 lies in the future"), ("2030年", "lies in the future"),
    ("1700", "the year 1700 is before 1800"), ("1995年代", "is not a year"),
    ("解放前", "is not a year"), ("1998.5", None),
])
def test_impossible_years(value, words):
    if words is None:       # 1998.5 reads as 1998年5月
        assert hf.convert(target("built_year"), value, TODAY) == 1998
        return
    with pytest.raises(hf.MappingError, match=words):
        hf.convert(target("built_year"), value, TODAY)


@pytest.mark.parametrize("name, value, expected", [
    ("storeys", "3层", 3), ("storeys", "三层", 3), ("storeys", 4.0, 4), ("storeys", " 12 ", 12),
    ("storeys", "十二层", 12), ("basement_storeys", "0", 0), ("basement_storeys", "1层", 1),
    ("occupants", "12人", 12), ("occupants", 0, 0),
    ("floor_area_m2", "120.5㎡", 120.5), ("floor_area_m2", "1,200平方米", 1200.0),
    ("floor_area_m2", 86, 86.0), ("floor_area_m2", "95.5 m²", 95.5),
])
def test_numbers_with_units(name, value, expected):
    assert hf.convert(target(name), value, TODAY) == expected


@pytest.mark.parametrize("name, value, words", [
    ("storeys", "0", "0 is impossible: it must be at least 1"),
    ("storeys", "101层", "101 is impossible: it must be at most 100"),
    ("storeys", "3.5", "is not a whole number"),
    ("storeys", "三楼半", "is not a whole number"),
    ("basement_storeys", -1, "must be at least 0"),
    ("floor_area_m2", "-20", "the floor area -20 m² is impossible"),
    ("floor_area_m2", 0, "must be greater than 0"),
    ("floor_area_m2", "约100", "is not a number"),
    ("occupants", "-3人", "must be at least 0"),
])
def test_impossible_numbers(name, value, words):
    with pytest.raises(hf.MappingError, match=words):
        hf.convert(target(name), value, TODAY)


def test_dates_reuse_the_patch_date_parser_and_refuse_the_future():
    t = target("appraised_on")
    assert hf.convert(t, "2024年3月15日", TODAY) == "2024-03-15"
    assert hf.convert(t, "2024/3/5", TODAY) == "2024-03-05"
    assert hf.convert(t, 45366, TODAY) == "2024-03-15"
    assert hf.convert(t, datetime.datetime(2023, 1, 2, 8, 0), TODAY) == "2023-01-02"
    with pytest.raises(hf.MappingError, match="the date 2024-07-01 lies in the future"):
        hf.convert(t, "2024-07-01", TODAY)
    with pytest.raises(hf.MappingError, match="is not a date"):
        hf.convert(t, "去年", TODAY)
    assert hf.parse_date is __import__("liangwei.plugin.core.patch_fields",
                                       fromlist=["parse_date"]).parse_date


def test_values_of_a_row_name_the_column():
    fmap = hf.resolve("", NATIONAL, HOUSE_FIELDS)
    row = {"房屋编码": "YH330624100000001", "地上层数": "3层", "建筑面积(㎡)": "240", "结构类型": "砖混",
           "建成年代": "90年代", "经营类型": "餐饮、住宿", "是否加层": "是", "是否扩建": "否",
           "所在乡镇（街道）代码": 330624100.0, "详细地址": "  ", "鉴定等级": None}
    v = hf.values(fmap, row, TODAY)
    assert v.row == {"house_id": "YH330624100000001", "storeys": 3, "floor_area_m2": 240.0,
                     "structure": "brick_concrete", "built_year": 1990,
                     "business_types": "{catering,lodging}", "alt_add_storey": 1,
                     "alt_extension": 0}
    assert v.hints == {"township_code": "330624100"}
    row["地上层数"] = "0"
    with pytest.raises(hf.MappingError) as info:
        hf.values(fmap, row, TODAY)
    assert str(info.value) == "field 地上层数 (storeys): 0 is impossible: it must be at least 1"


def test_combined_alterations_column():
    fmap = hf.resolve("改扩建情况:alterations", ["改扩建情况"], HOUSE_FIELDS)
    assert hf.values(fmap, {"改扩建情况": "加层、开挖地下室"}, TODAY).row == {
        "alt_add_storey": 1, "alt_extension": 0, "alt_structure": 0, "alt_use_change": 0,
        "alt_basement": 1}
    assert set(hf.values(fmap, {"改扩建情况": "无"}, TODAY).row.values()) == {0}
    with pytest.raises(hf.MappingError, match="“装修” is not one of 加层、扩建"):
        hf.values(fmap, {"改扩建情况": "装修"}, TODAY)


@pytest.mark.parametrize("value, county, expected, words", [
    ("YH330624100000123", "330624", "YH330624100000123", None),
    (" yh330624 100000123 ", "330624", "YH330624100000123", None),
    ("YH330624100000123", None, "YH330624100000123", None),
    (None, "330624", None, "it has no house code"),
    ("", "330624", None, "it has no house code"),
    ("YH33062410000012", "330624", None, "is malformed"),
    ("330624100000123", "330624", None, "is malformed"),
    ("YH330625100000123", "330624", None, "belongs to the county 330625, not to the county 330624"),
])
def test_house_codes(value, county, expected, words):
    house_id, problem = hf.check_house_id(value, county)
    assert house_id == expected
    if words:
        assert words in str(problem)
    else:
        assert problem is None


def test_appraisal_fields_agree():
    assert hf.check_appraisal({"appraisal_grade": "C"}) == {"appraisal_grade": "C",
                                                             "appraisal_status": "done"}
    assert hf.check_appraisal({"appraised_on": "2024-01-02"})["appraisal_status"] == "done"
    assert hf.check_appraisal({"appraised_on": "2024-01-02", "appraisal_status": "in_progress"}) \
        == {"appraised_on": "2024-01-02", "appraisal_status": "in_progress"}
    with pytest.raises(hf.MappingError, match="the appraisal grade C needs the appraisal status "
                                              "已鉴定 \\(done\\), not 鉴定中"):
        hf.check_appraisal({"appraisal_grade": "C", "appraisal_status": "in_progress"})
    with pytest.raises(hf.MappingError, match="needs the appraisal status 鉴定中 or 已鉴定, not 待鉴定"):
        hf.check_appraisal({"appraised_on": "2024-01-02", "appraisal_status": "pending"})
    # an update: the status given contradicts the grade the house already has
    stored = {"appraisal_status": "done", "appraisal_grade": "B", "appraised_on": "2023-05-01"}
    with pytest.raises(hf.MappingError, match="the appraisal grade B needs"):
        hf.check_appraisal({"appraisal_status": "pending"}, stored)
    assert hf.check_appraisal({"storeys": 3}, stored) == {"storeys": 3}


@pytest.mark.parametrize("value, expected", [
    (120.5, 120.5), ("120.5", 120.5), ("120.5°", 120.5), ("120°30′36″", 120.51),
    ("120度30分36秒", 120.51), ("29°27'", 29.45), ("-70.5", -70.5), ("70°30′W", -70.5),
    ("", None), (None, None),
])
def test_coordinates(value, expected):
    got = hf.parse_coordinate(value)
    assert got == (None if expected is None else pytest.approx(expected, abs=1e-9))


def test_coordinates_refuse_text():
    with pytest.raises(ValueError):
        hf.parse_coordinate("东经一百二十度")


def test_text_encoding_from_bytes():
    text = "房屋编码,结构类型\nYH330624100000001,砖混\n"
    assert hf.detect_text_encoding(text.encode("utf-8")) == "UTF-8"
    assert hf.detect_text_encoding(b"\xef\xbb\xbf" + text.encode("utf-8")) == "UTF-8"
    assert hf.detect_text_encoding(text.encode("gbk")) == "GBK"
    assert hf.detect_text_encoding(b"plain ascii") == "UTF-8"
    assert hf.detect_text_encoding(b"\xff\xff\xff") is None
