"""Patterns of the thirty-eighth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document, plan_extraction, target_rows


# blind235, 咸安 政府工作报告 重点任务责任分解方案: the heading of the year's targets opens with the year and has no 的
# (一、2023年全区经济社会发展主要预期目标), and each numbered line closes with who answers for it
def test_pattern_10_a_plans_dated_targets_heading_and_its_responsibility_notes():
    ext = plan_extraction("2023年重点工作任务责任分解方案",
                          ("heading", "一、2023年全区经济社会发展主要预期目标"),
                          "1.地区生产总值增长8%以上。(责任领导:王某;牵头单位:区发改局)",
                          "2.城镇登记失业率控制在4.5%以内。（责任领导：李某；牵头单位：区人社局）",
                          ("heading", "二、2023年七个方面主要工作安排"))
    assert [g.text for g in ext.goals] == ["地区生产总值增长8%以上。", "城镇登记失业率控制在4.5%以内。"]
    assert [row[1:] for row in target_rows(ext)] == [(">=", 8.0, "%"), ("<=", 4.5, "%")]
    assert not any("牵头单位" in (i.target_text or "") + (i.name or "") for i in ext.indicators)


# blind235, 怀远 农业农村局 重点工作完成情况: 序号 │ 目标任务 │ 牵头责任单位 │ 计划完成时间 │ 目前完成情况; the header's
# 目标任务 beside 牵头责任单位 is no goal label, and the progress cell states results for the task's figures
def test_pattern_8_a_task_tables_header_is_no_goal_and_its_progress_cell_gives_results():
    table = (("序号", "目标任务", "牵头责任单位", "计划完成时间", "目前完成情况", "是否达到序时进度"),
             ("53", "加快推动农业规模化经营，完成“一村一块田”改革试验20万亩，全县土地流转率达60%。", "经管站", "2023年底",
              "“一村一块田”改革试验累计完成31.7万亩；全县土地流转面积138.133万亩，占“三调”面积的63.08%。", ""),
             ("52", "建成高标准农田8.3万亩。", "农田建设管理股", "2023年底", "8.3万亩高标准农田在建，整体进度约70%。", ""))
    ext = extract_document(mixed_document("完成情况.docx", "docx", "重点工作完成情况", table))
    assert "牵头责任单位" not in [g.text for g in ext.goals]
    assert [(i.name, i.value, i.actual) for i in ext.indicators] == [
        ("“一村一块田”改革试验", 20.0, 31.7), ("土地流转率", 60.0, 63.08), ("高标准农田", 8.3, None)]


# blind235, 新邱区 农业农村局: a page titled as the year's targets (…重点工作目标任务), one paragraph of targets under each
# numbered heading, no 目标 label anywhere
def test_pattern_10_a_document_titled_as_targets_states_them_in_its_paragraphs():
    ext = plan_extraction("新邱区2022年全面推进乡村振兴重点工作目标任务",
                          ("heading", "一、全力确保粮食安全"),
                          "粮食播种面积不低于4.11万亩；在正常年景下，全区粮食产量达到0.24亿斤。",
                          ("heading", "四、切实加强耕地保护"),
                          "全区耕地保有量不低于4.362万亩，永久基本农田保护面积不低于1.587万亩。",
                          "新邱区农业农村局")
    assert [g.kind for g in ext.goals] == ["年度目标", "年度目标"]
    assert [row[1:] for row in target_rows(ext)] == [(">=", 4.11, "万亩"), (">=", 0.24, "亿斤"), (">=", 4.362, "万亩"),
                                                     (">=", 1.587, "万亩")]
    # the same paragraphs under a title that announces no targets state none
    plain = plan_extraction("新邱区2022年全面推进乡村振兴工作动态", ("heading", "一、全力确保粮食安全"),
                            "粮食播种面积不低于4.11万亩；在正常年景下，全区粮食产量达到0.24亿斤。")
    assert plain.goals == [] and plain.indicators == []


# blind233, 辽宁 农村商业建设 news page: the targets follow 目标是力争到2025年: (a colon after the year)
def test_pattern_10_a_plans_targets_after_its_year_and_a_colon():
    ext = plan_extraction("全省农村商业建设工作电视电话会议召开",
                          "会议提出的目标是力争到2025年:在具备条件的地区,基本实现村村通快递;年均新增农村网商(店)2万家以上;"
                          "经营农产品的公益性市场地市级覆盖率达到60%。")
    assert target_rows(ext) == [("年均新增农村网商(店)", ">=", 2.0, "万家"),
                                ("经营农产品的公益性市场地市级覆盖率", ">=", 60.0, "%")]
