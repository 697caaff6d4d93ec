"""Patterns found in the tenth session (the first blind part's 坝塘镇 form, then blind22 and blind23 after their
first run), on files built here and on the parts' own files."""
from __future__ import annotations

from pathlib import Path

from extractor import check, extract
from extractor.extractors.forms.reader import read_table

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"
LEVELS = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]


# 坝塘镇 申报表: the 指标内容 column holds bare numbers (88, 68, 20) beside 指标值 100: the form lost its names, each row
# is an indicator without one, not a table the reader failed on
def test_pattern_9_a_name_column_holding_only_numbers_is_rows_without_names():
    rows = [LEVELS, ["产出指标", "数量指标", "88", "100", ""], ["产出指标", "质量指标", "68", "100", ""]]
    reading, _ = read_table(rows)
    assert [(r.cells.get("name"), r.cells.get("value")) for r in reading.rows] == [("", "100"), ("", "100")]
    assert not reading.not_understood


def test_the_same_rows_with_empty_name_cells_stay_not_understood():
    rows = [LEVELS, ["产出指标", "数量指标", "", "100", ""], ["产出指标", "质量指标", "", "100", ""]]
    reading, _ = read_table(rows)
    assert reading.rows == [] and reading.not_understood


def test_the_real_form_reports_each_missing_name_and_no_unit_it_cannot_judge():
    ext = extract(REAL / "blind" / "hn-batang-town-infrastructure-targets.docx")
    assert len(ext.indicators) == 18 and all(not i.name and i.value == 100 for i in ext.indicators)
    rules = [f.rule for f in check(ext)]
    assert rules.count("target.missing_name") == 18
    assert "target.missing_unit" not in rules and "coverage.table_not_understood" not in rules


def _indicators(rows, tmp_path, name="form.xlsx"):
    from tests.extractors.test_form_patterns import indicators, write_xlsx

    return indicators(write_xlsx(tmp_path / name, rows))


# 大英县 医保局: a page that starts inside one form's indicator rows (no header) and goes on into the next form's
# header fields and funds block: the rows before the first header are read by their content
TAIL = [["", "", "城乡居民医保参保工作经费发放及时率", "=", "100", "%", "", "5", "", ""],
        ["", "成本指标", "城乡居民参保网络宣传成本预算", "≤", "101400", "元", "", "5", "", ""],
        ["效益指标", "社会效益指标", "城乡居民参保网络宣传群众知晓率", "=", "100", "%", "", "15", "", ""],
        ["效益指标", "可持续影响指标", "城乡居民医保参保机制健全性", "定性", "优良中低差", "", "", "10", "", ""],
        ["满意度指标", "服务对象满意度指标", "城乡居民参保人员满意度", "≥", "90", "%", "", "10", "", ""],
        ["合计"] * 7 + ["100", "", ""],
        ["部门预算项目支出绩效自评表(2023年度)"] * 10,
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", "原因"]]


def test_pattern_2_indicator_rows_before_the_next_forms_header_are_read(tmp_path):
    found = [(i.name, i.operator, i.value, i.unit, i.weight) for i in _indicators(TAIL, tmp_path)]
    assert found[0] == ("城乡居民医保参保工作经费发放及时率", "=", 100.0, "%", 5.0)
    assert found[1] == ("城乡居民参保网络宣传成本预算", "<=", 101400.0, "元", 5.0)
    assert [n for n, *_ in found][2:] == ["城乡居民参保网络宣传群众知晓率", "城乡居民医保参保机制健全性", "城乡居民参保人员满意度"]


# the 指标性质 cell of a qualitative row in an operator column says 定性: the row's nature, no part of its target, so
# a scale listed whole (优良中低差) is read as no level chosen
def test_pattern_6_a_nature_word_in_the_operator_column_is_no_part_of_the_target(tmp_path):
    row = next(i for i in _indicators(TAIL, tmp_path) if i.name == "城乡居民医保参保机制健全性")
    assert (row.operator, row.value, row.target_text, row.nature) == (None, None, "优良中低差", "定性")
    assert "target.missing_value" in {f.rule for f in check_rows([row])}


def check_rows(rows):
    from extractor.extraction import Extraction

    return check(Extraction(source="t.xlsx", indicators=rows))


# 南县疾控 申报表: 指标值类型 is the operator column (≤ │ 70 │ 万元, 定性 │ 减少)
def test_pattern_5_the_value_type_header_is_the_operator_column(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容"],
            ["成本指标", "经济成本指标", "疾病预防控制中心经费", "≤", "70", "万元", "反映经费。"],
            ["成本指标", "社会成本指标", "实施项目对社会产生的不利影响", "定性", "减少", "", "反映影响。"]]
    found = [(i.operator, i.value, i.unit, i.target_text) for i in _indicators(rows, tmp_path)]
    assert found == [("<=", 70.0, "万元", "≤70万元"), (None, None, None, "减少")]


# 亳州市气象局 申报表: a value cell that is a sentence with two figures, one of them with a comparison written
def test_pattern_6_the_compared_figure_of_a_value_sentence_is_the_target(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "飞机增雨作业航时", "暂定量按15次作业且总航时不少于30小时测算"],
            ["产出指标", "数量指标", "作业次数", "15次作业"]]
    found = [(i.operator, i.value, i.unit) for i in _indicators(rows, tmp_path)]
    assert found == [(">=", 30.0, "小时"), ("=", 15.0, "次")]


# -- after blind24 and blind25 ----------------------------------------------------------------------


def _document(blocks):
    from extractor.document import DocumentBuilder

    b = DocumentBuilder("form.xlsx", "xlsx")
    for kind, content in blocks:
        if kind == "table":
            b.add("table", "", rows=content)
        else:
            b.add("paragraph", content)
    return b.build(pages=1)


FORM = [["指标", "指标权重", "计量单位", "指标性质", "指标值"],
        ["发放人数", "20", "人", "≥", "80"],
        ["是否按时足额发放", "10", "%", "≥", "95"],
        ["促进社会和谐", "20", "", "定性", ""]]
NEXT_FORM = [["编制单位:", "813-潼南区五桂镇", "813-潼南区五桂镇", "813-潼南区五桂镇", "单位:万元"],
             ["专项资金名称", "在职村村干部补助", "在职村村干部补助", "在职村村干部补助", "在职村村干部补助"],
             ["当年预算", "9.31", "9.31", "9.31", "9.31"]]


# 潼南区 五桂镇: three 绩效目标表 one after the other on one sheet; the next form's header fields are as wide as the
# indicator table before them, but the form title between the two says a new form begins
def test_pattern_2_a_form_title_between_tables_ends_the_indicator_block():
    from extractor.extractors.indicators import indicators_from_tables

    doc = _document([("table", FORM), ("p", "2023年一般性项目绩效目标表(一级项目)"), ("table", NEXT_FORM)])
    assert [i.name for i in indicators_from_tables(doc)] == ["发放人数", "是否按时足额发放", "促进社会和谐"]
    continued = _document([("table", FORM), ("table", [["保障收入", "20", "", "定性", ""]])])
    assert [i.name for i in indicators_from_tables(continued)][-1] == "保障收入"  # no title: a page break


# the same form: 指标性质 holds ≥ and 定性, so it is the operator column (定性 the row's nature)
def test_pattern_5_a_nature_column_holding_operators_is_the_operator_column():
    from extractor.extractors.indicators import indicators_from_tables

    rows = FORM + [["保障收入", "20", "", "定性", ""], ["保障权益", "20", "", "定性", ""]]  # 2 operators, 3 定性
    found = [(i.operator, i.value, i.unit, i.nature) for i in indicators_from_tables(_document([("table", rows)]))]
    assert found == [(">=", 80.0, "人", None), (">=", 95.0, "%", None)] + [(None, None, None, "定性")] * 3


# 彭水 中央转移支付 自评表: a checklist with no target column, one row for each amount an indicator records
def test_pattern_8_records_of_one_indicator_in_a_table_without_targets_are_one_row():
    from extractor.extractors.indicators import indicators_from_tables

    rows = [["一级指标", "二级指标", "三级指标", "指标解释", "自评内容", "完成情况"],
            ["项目预算管理", "资金投入", "预算编制科学性", "预算编制合乎政策", "测算标准(文字描述)", "已按要求完成"],
            ["项目预算管理", "资金投入", "预算资金安排", "预算安排情况", "资金合计(万元)", "1084.25"],
            ["项目预算管理", "资金投入", "预算资金安排", "预算安排情况", "其中:中央补助", "668"],
            ["项目预算管理", "资金投入", "预算资金安排", "预算安排情况", "市级资金", "343"],
            ["项目预算管理", "资金下达", "资金发放及时性", "收到资金后及时下达", "下达日期", "以资金文"]]
    names = [i.name for i in indicators_from_tables(_document([("table", rows)]))]
    assert names == ["预算编制科学性", "预算资金安排", "资金发放及时性"]


# 荆门 文物保护 申报表 (湖北): 年度绩效总目标 │ 产出指标 │ 开展文物安全巡查频次8次;编制文物宣传资料数量3个;…
def test_pattern_10_indicators_listed_in_the_cell_after_a_level_label():
    from extractor.extractors.labelled_prose import labelled_prose_indicators

    rows = [["项目名称", "全市文物保护专项经费", "全市文物保护专项经费"],
            ["年度绩效总目标", "产出指标", "开展文物安全巡查频次8次;文物保护项目验收合格率≥86%"],
            ["年度绩效总目标", "效益指标", "文物保护宣传覆盖人次≥20万人次;文物保护修缮个数≥5个。"]]
    found = [(i.level1, i.name, i.operator, i.value, i.unit, i.origin)
             for i in labelled_prose_indicators(_document([("table", rows)]))]
    assert found == [("产出指标", "开展文物安全巡查频次", "=", 8.0, "次", "table"),
                     ("产出指标", "文物保护项目验收合格率", ">=", 86.0, "%", "table"),
                     ("效益指标", "文物保护宣传覆盖人次", ">=", 20.0, "万人次", "table"),
                     ("效益指标", "文物保护修缮个数", ">=", 5.0, "个", "table")]


# 大英县 文广旅局 自评表 tail (blind26): a page that starts inside the indicator rows; of the two columns the 合计 row
# sums to 100, the first is the 分值 and the second the 得分
def test_pattern_2_a_fragment_with_points_and_scores_summed_by_its_total_row():
    from extractor.extractors.indicators import indicators_from_tables

    rows = [["", "", "公益性讲座知晓率", "=", "100", "%", "100", "5", "4", ""],
            ["", "可持续影响指标", "图书馆管理机制健全性", "定性", "好坏", "", "好坏", "5", "5", ""],
            ["满意度指标", "服务对象满意度指标", "活动参与人员满意度", "≥", "95", "%", "95", "45", "45", ""],
            ["满意度指标", "服务对象满意度指标", "聘用人员满意度", "≥", "95", "%", "95", "45", "46", ""],
            ["合计", "合计", "合计", "合计", "合计", "合计", "合计", "100", "100", ""]]
    found = [(i.name, i.weight, i.score) for i in indicators_from_tables(_document([("table", rows)]))]
    assert found == [("公益性讲座知晓率", 5, 4), ("图书馆管理机制健全性", 5, 5), ("活动参与人员满意度", 45, 45),
                     ("聘用人员满意度", 45, 46)]


# 黄山市公安局 budget disclosure (blind27): one cell per project holds 【总体目标】 and 【产出指标-数量指标】\n指标1:机柜数量(≥77台)
def test_pattern_10_bracketed_level_labels_inside_a_cell_list_the_indicators():
    from extractor.extractors.labelled_prose import labelled_prose_indicators

    cell = ("【总体目标】\n让机房租赁不断档，设备保持运转。\n【产出指标-数量指标】\n指标1:机柜数量(≥77台)\n"
            "【产出指标-质量指标】\n指标1:视频监控在线率(≥0.97比例)\n【效益指标-社会效益指标】\n指标1:服务保障民生(有力保障)\n"
            "【满意度指标-服务对象满意度指标】\n指标1:提升群众安全感(≥90%)")
    rows = [["单位编码", "单位名称", "年度预算安排", "绩效目标"], ["037001", "机房租赁服务采购项目", "1681680", cell]]
    found = [(i.level1, i.level2, i.name, i.operator, i.value, i.unit, i.target_text)
             for i in labelled_prose_indicators(_document([("table", rows)]))]
    assert found == [("产出指标", "数量指标", "机柜数量", ">=", 77.0, "台", "≥77台"),
                     ("产出指标", "质量指标", "视频监控在线率", ">=", 0.97, None, "≥0.97比例"),
                     ("效益指标", "社会效益指标", "服务保障民生", None, None, None, "有力保障"),
                     ("满意度指标", "服务对象满意度指标", "提升群众安全感", ">=", 90.0, "%", "≥90%")]
