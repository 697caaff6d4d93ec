"""Patterns of the twenty-seventh session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from pathlib import Path

from extractor import check, parse
from extractor.extractors import extract_document
from extractor.extractors.forms.headers import cell_role, classify_header
from tests.extractors.text_docs import mixed_document as _document

REAL_LAYOUTS = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"


def _scored(ext):
    return [(i.level1, i.name, i.value, i.weight, i.score) for i in ext.indicators]


# blind134, 湖北 潜江 民政局 部门整体支出绩效评价报告: 表1 得分明细表 by the department-wide frame's 一级 names, headed 一级指标,
# a 扣分 column between 分值 and 得分
DEPARTMENT_SCORES = (
    ("序号", "一级指标", "分 值", "扣 分", "得 分", "评价等级"),
    ("1", "运行成本", "8", "2", "6", "优"),
    ("2", "管理效率", "22", "2.15", "19.85", ""),
    ("3", "履职效能", "43", "2", "41", ""),
    ("4", "社会效应", "17", "3.5", "13.5", ""),
)


def _department_report(scores=DEPARTMENT_SCORES):
    return extract_document(_document("评价报告.docx", "docx", "2024年度潜江市民政局部门整体支出绩效评价报告",
                                      "考评得分为80.35分,评价等级为“良”,各项得分见下表:", scores))


def test_pattern_10_a_one_level_score_table_headed_by_level_gives_a_row_a_dimension():
    assert _scored(_department_report()) == [(None, "运行成本", None, 8, 6), (None, "管理效率", None, 22, 19.85),
                                             (None, "履职效能", None, 43, 41), (None, "社会效应", None, 17, 13.5)]


def test_pattern_5_a_deduction_column_is_neither_a_value_nor_a_score():
    assert classify_header(["序号", "一级指标", "分值", "扣分", "得分"]) is not None
    assert cell_role("扣 分") == "deduction" and cell_role("扣分标准") == "standard"
    assert [i.value for i in _department_report().indicators] == [None] * 4


def test_pattern_10_the_same_table_over_the_evaluation_frame_levels_still_sums_them_up():
    """决策/过程/产出/效益 under 一级指标: a summary of another table's levels (the twenty-sixth session's guard)."""
    framework = (DEPARTMENT_SCORES[0],) + tuple((n, level, *rest) for (n, _, *rest), level in
                                               zip(DEPARTMENT_SCORES[1:], ("决策", "过程", "产出", "效益")))
    assert _scored(_department_report(framework)) == []


def test_pattern_10_a_one_level_score_table_with_letter_numbers_drops_them():
    """blind117, 山东 武城 污水处理 事前绩效评估 得分情况表: A立项必要性 … E筹资合规性, 小计."""
    for suffix in ("docx", "pdf"):
        ext = extract_document(parse(REAL_LAYOUTS / "blind117" / f"shandong-wucheng-wushuichuli-shiqianpinggu.{suffix}"))
        assert _scored(ext) == [(None, "立项必要性", None, 20, 20), (None, "投入经济性", None, 20, 20),
                                (None, "绩效目标合理性", None, 20, 11.5), (None, "实施方案有效性", None, 20, 19),
                                (None, "筹资合规性", None, 20, 20)]
        assert not [f for f in check(ext) if f.rule.startswith("consistency.score_total")]


def test_pattern_10_letters_out_of_order_stay_in_the_names():
    scores = (("一级指标", "分值", "得分"), ("A级景区建设", "50", "45"), ("C类项目管理", "50", "40"))
    ext = extract_document(_document("评价报告.docx", "docx", "景区建设项目绩效评价报告", "综合得分85分。", scores))
    assert [i.name for i in ext.indicators] == ["A级景区建设", "C类项目管理"]


def test_pattern_6_a_reach_word_before_the_operator_is_no_part_of_the_name():
    """blind133, 云南 施甸 糖料蔗 自评报告: 质量指标：糖料甘蔗脱毒、健康种苗覆盖率达≥90%；机械化深翻开沟覆盖率达≥95%。"""
    ext = extract_document(parse(REAL_LAYOUTS / "blind133" / "yunnan-shidian-tangliaozhe-liangzhong-zipingbaogao.docx"))
    rows = {(i.name, i.operator, i.value) for i in ext.indicators}
    assert {("糖料甘蔗脱毒、健康种苗覆盖率", ">=", 90), ("机械化深翻开沟覆盖率", ">=", 95)} <= rows


def _facts(ext):
    return [(f.metric, f.total, f.parts) for f in ext.facts if f.kind == "sum"]


def test_pattern_10_a_part_written_with_a_minus_sign_is_negative_and_the_total_adds_up():
    """blind136, 浙江 义务教育经费保障机制 分配通知: 126.44万元(其中中央直达资金139.71万元,省直达-13.27万元)."""
    ext = extract_document(parse(REAL_LAYOUTS / "blind136" / "zhejiang-zhoushan-yiwujiaoyu-baozhangjizhi-fenpeibiao.docx"))
    assert (None, 126.44, [139.71, -13.27]) in _facts(ext)
    assert not [f for f in check(ext) if f.rule == "consistency.sum"]


def test_pattern_9_a_group_subtotal_row_is_no_part_beside_its_own_items_nor_a_sub_project():
    """The same notice's 分配表, cut after its first school: 合计 │ 126.44 over (一)义务教育公用经费小计 │ 124.91 over a school's
    27.00; the subtotal totals its group (the 合计 adds subtotals only), and a 小计 row names no sub-project."""
    ext = extract_document(parse(REAL_LAYOUTS / "blind136" / "zhejiang-zhoushan-yiwujiaoyu-baozhangjizhi-fenpeibiao.docx"))
    assert not [f for f in _facts(ext) if 27.0 in f[2]]
    assert not [s for s in ext.subprojects if s.name.endswith("小计")]


def test_pattern_6_a_row_shifted_one_cell_left_reads_its_qualitative_target_as_the_value():
    """blind138, 重庆 丰都 辅警经费 自评报告: 指标名称 │ 计量单位 │ 指标性质 │ 指标值 with 项目持续期 │ 定性 │ 基本建立 │ (empty)."""
    ext = extract_document(parse(REAL_LAYOUTS / "blind138" / "chongqing-fengdu-fujing-renyuan-jingfei-zipingbaogao.docx"))
    shifted = {i.name: (i.unit, i.target_text) for i in ext.indicators if i.name in ("项目持续期", "促进社会和谐稳定")}
    assert shifted == {"项目持续期": (None, "基本建立"), "促进社会和谐稳定": (None, "好")}
    assert {f.rule for f in check(ext) if f.evidence and "基本建立" in f.evidence} == {"target.qualitative_no_scale"}


def test_pattern_6_the_targets_label_after_a_comparison_is_no_part_of_the_name():
    """blind10, 云南 昌宁 学校 自评报告: (3)满意度指标(服务对象满意度指标):学校满意度大于年度指标值≧95%."""
    ext = extract_document(_document("自评报告.docx", "docx", "2022年度学校公用经费绩效自评报告", "(3)满意度指标",
                                     "学校满意度大于年度指标值≧95%。"))
    assert [(i.name, i.operator, i.value) for i in ext.indicators] == [("学校满意度", ">=", 95)]


def test_pattern_5_a_level_column_beside_a_name_column_stays_the_level():
    """Only a header with no other column to name the rows makes its 一级 column the names: 一级指标 │ 三级指标 │ 分值 │ 得分
    keeps both (the one-level reading had taken the names from the level column)."""
    for name_header in ("三级指标", "指标名称"):
        assert classify_header(["一级指标", name_header, "分值", "得分"]) == {"level1": 0, "name": 1, "weight": 2, "score": 3}
    assert classify_header(["一级指标", "分值", "得分"]) == {"name": 0, "weight": 1, "score": 2}
