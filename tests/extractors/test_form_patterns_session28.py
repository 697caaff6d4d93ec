"""Patterns of the twenty-eighth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from pathlib import Path

from extractor import check, parse
from extractor.extractors import extract_document
from extractor.nlp.framework import clean_level
from tests.extractors.text_docs import mixed_document as _document

REAL_LAYOUTS = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"

# blind139, a journal's 通用共性指标库示例 (http://www.clix4bitcoin.com/periodical/8/FLASH/data/63.html): 类别 merged down
# each kind of project, the header 绩效指标 merged over the three levels, no column right of the names
LIBRARY = (
    ("类别", "绩效指标", "绩效指标", "绩效指标"),
    ("购置类项目", "产出指标", "数量指标", "购置**数量(台/件/辆/套)"),
    ("购置类项目", "产出指标", "质量指标", "购置**的验收通过率(%)"),
    ("购置类项目", "产出指标", "成本指标", "政府采购率(%)"),
    ("购置类项目", "效果指标", "社会效益指标", "业务保障能力提升情况"),
    ("培训类项目", "产出指标", "数量指标", "培训参加人数(人)"),
    ("培训类项目", "产出指标", "质量指标", "培训合格率(%)"),
)


def _library():
    return extract_document(_document("指标库.xlsx", "xlsx", "表1 通用共性指标库示例", LIBRARY))


def test_pattern_1_an_indicator_library_with_its_names_in_the_last_column_is_read():
    ext = _library()
    assert [(i.level1, i.level2, i.name) for i in ext.indicators] == [
        ("产出指标", "数量指标", "购置**数量(台/件/辆/套)"), ("产出指标", "质量指标", "购置**的验收通过率(%)"),
        ("产出指标", "成本指标", "政府采购率(%)"), ("效益指标", "社会效益指标", "业务保障能力提升情况"),
        ("产出指标", "数量指标", "培训参加人数(人)"), ("产出指标", "质量指标", "培训合格率(%)")]
    assert not ext.warnings


def test_pattern_8_rows_of_an_indicator_library_leave_no_target_empty():
    ext = _library()
    assert ext.name_list_tables == ["#/blocks/1"]
    assert not [f for f in check(ext) if f.rule == "target.missing_value"]


def test_pattern_8_the_same_rows_with_an_empty_target_column_miss_their_values():
    """With a 指标值 column right of the names, left empty, the rows are a form's and their targets are missing."""
    rows = [(*r, "指标值" if i == 0 else "") for i, r in enumerate(LIBRARY)]
    ext = extract_document(_document("目标表.xlsx", "xlsx", "项目绩效目标表", rows))
    assert ext.name_list_tables == []
    missing = {f.evidence for f in check(ext) if f.rule == "target.missing_value"}
    assert {"政府采购率(%)", "培训参加人数(人)", "培训合格率(%)"} <= missing


def test_pattern_1_the_library_as_published_is_read_whole():
    for suffix in ("xlsx", "pdf"):
        ext = extract_document(parse(REAL_LAYOUTS / "blind139" / f"weizhi-qikan-gongxingzhibiaoku-zhibiaobiao.{suffix}"))
        assert len(ext.indicators) == 36 and not ext.warnings
        assert not [f for f in check(ext) if f.rule == "target.missing_value"]


# blind139, 财政支出工程绩效目标申报表范本 (http://www.boteman.cn/paper/219025804.html) and a 绩效目标评审申报表
# (https://www.kunmingchi.com/archives/m536dx2vrqzqmlkg7098.html): unfilled slots 目标1, 目标2, 定量指标一, 定性指标描述
def test_pattern_8_numbered_target_slots_of_a_template_are_no_indicators():
    for suffix in ("docx", "pdf"):
        ext = extract_document(parse(
            REAL_LAYOUTS / "blind139" / f"weizhi-weizhi-caizhengzhichugongcheng-mubiaoshenbaobiao.{suffix}"))
        names = [i.name for i in ext.indicators]
        assert not [n for n in names if n.startswith("目标") and n != "目标"]  # 目标 alone: the row the page cuts
        assert not [f for f in check(ext) if f.rule == "target.missing_value" and f.evidence != "目标"]
        assert [f for f in check(ext) if f.rule.startswith("target.placeholder")]


# blind141, 中央与地方共建高校实验室专项资金绩效考评指标 (https://m.777doc.com/doc-4174459.html): the 一级 cell holds its
# weight and points on lines of their own
def test_pattern_5_a_level_cell_with_its_weight_and_points_is_named_by_its_level():
    assert clean_level("业务指标\n权重:60%\n分值:100分") == "业务指标"
    assert clean_level("财务指标 权重40%") == "财务指标"
    assert clean_level("产出指标（50分）") == "产出指标" and clean_level("满意度指标") == "满意度指标"


# blind141, 永定区图书馆 图书、报刊购置项目绩效自评报告 (https://renrendoc.com/paper/181396115.html): one paragraph states the
# project's 总体目标 in a sentence of its own and then announces its 主要绩效目标
def test_pattern_10_two_goal_labels_in_one_paragraph_give_two_goals():
    ext = extract_document(_document(
        "报告.docx", "docx", "永定区图书馆图书、报刊购置项目绩效自评报告",
        "本项目属于按年度预算安排的常年性专项业务经费。项目总体目标是面向全区公众常年提供阅读服务,提高民众的科学文化水平。"
        "预算经费3万元。主要绩效目标为:采购正规出版图书1000册,订阅报刊120种,读者满意率达90%"))
    assert [(g.kind, g.quantified) for g in ext.goals] == [("总体目标", False), ("目标", True)]
    assert ext.goals[0].text.startswith("面向全区公众") and ext.goals[1].text.startswith("采购正规出版图书1000册")
    unquantified = [f for f in check(ext) if f.rule == "goal.unquantified"]
    assert [f.evidence for f in unquantified] and "面向全区公众" in unquantified[0].evidence
