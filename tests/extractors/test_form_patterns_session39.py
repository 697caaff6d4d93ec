"""Patterns of the thirty-ninth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

import extractor
from extractor.extractors import extract_document
from extractor.nlp.quantities import find_quantities
from tests.extractors.text_docs import mixed_document, target_rows


def _report(title: str, *blocks):
    return extract_document(mixed_document("自评报告.docx", "docx", title, *blocks))


# blind236, 海南 学生资助 自评报告: the overall goal states its purpose, then after a semicolon its indicators with their
# figures, two of them after 达 and a colon (社会满意度达:98%)
def test_pattern_10_a_goal_lists_its_indicators_after_its_purpose():
    ext = _report("2016年度学生资助项目绩效自评报告",
                  ("heading", "一、项目概况"),
                  ("heading", "（二）项目绩效目标"),
                  ("list_item", "1. 项目绩效总目标:为全校困难学生发放助学金;发放率100%,覆盖率100%,"
                                "家长满意度达:95%,学生满意度达：92%。"),
                  ("heading", "二、项目资金使用及管理情况"))
    assert target_rows(ext) == [("发放率", "=", 100.0, "%"), ("覆盖率", "=", 100.0, "%"),
                                ("家长满意度", ">=", 95.0, "%"), ("学生满意度", ">=", 92.0, "%")]
    # a purpose with no list after it stays a goal only
    plain = _report("2016年度学生资助项目绩效自评报告", ("heading", "（二）项目绩效目标"),
                    ("list_item", "1. 项目绩效总目标:为全校困难学生发放助学金,保障学生安心就学。"))
    assert plain.indicators == []


def test_a_reach_word_before_a_colon_is_the_figures_operator():
    [quantity] = find_quantities("满意度达：95%")
    assert (quantity.operator, quantity.value, quantity.unit) == (">=", 95.0, "%")
    [plain] = find_quantities("满意度：95%")
    assert plain.operator != ">="


# blind237, 桃源 路灯管理站 整体支出自评报告: the quantity label opens a paragraph whose lines count the objects the work is
# done to before naming them (对城区…盏路灯及其配套设施(…千米供电线路、…台变压器)进行维护维修)
def test_pattern_6_counted_objects_of_the_work_are_named_after_their_count():
    ext = _report("某县路灯管理站2022年度部门整体支出绩效自评报告",
                  ("heading", "（四）部门绩效目标"),
                  ("list_item", "（1）数量指标。对城区5210盏路灯及其配套设施(140千米供电线路、16台专用变压器)进行维护维修。"
                                "对城区64处812.5KW的景观照明(滨江风光带、桥梁亮化)进行维护维修。"
                                "确保路灯每天运行时长10小时以上。"))
    assert target_rows(ext) == [("路灯及其配套设施", "=", 5210.0, "盏"), ("景观照明", "=", 64.0, "处"),
                                ("路灯每天运行时长", ">=", 10.0, "小时")]


# blind237, 桃源: a goal that keeps facilities running and says what that brings people (便利市民出行, 美化夜景) is no
# process-only goal; it has no figure, so it is unquantified
def test_a_goal_that_says_what_the_upkeep_brings_is_no_process_only_goal(tmp_path):
    document = tmp_path / "report.txt"
    document.write_text("年度目标：保障城区道路照明设施正常运行，便利市民夜间出行，美化城市夜景。\n", encoding="utf-8")
    ext = extractor.extract(str(document))
    rules = {f.rule for f in extractor.check(ext)}
    assert "goal.unquantified" in rules and "goal.process_only" not in rules
