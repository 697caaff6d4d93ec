"""Patterns of the thirty-seventh session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document


def _levels(table: tuple[tuple[str, ...], ...]) -> list[tuple]:
    ext = extract_document(mixed_document("指标.docx", "docx", "规划执行评估指标体系", table))
    return [(i.level1_text, i.level2_text, i.name, i.value) for i in ext.indicators]


# blind81, 南宁 残疾人事业规划 执行评估指标体系: an unheaded column of groups merged down left of 监测指标; blind112, 南通
# 十三五 卫生健康指标: 类别 │ 序号 │ 指标, an index column between the groups and the names
def test_pattern_1_a_column_of_groups_left_of_the_names_holds_their_level1():
    unheaded = (("", "监测指标", "单位", "权重", "目标值"),
                ("社会保障", "1.贫困残疾人生活补助比例", "%", "4", "≥50"),
                ("社会保障", "2.重度残疾人护理补贴比例", "%", "4", "≥30"),
                ("公共服务", "1.康复服务比例", "%", "4", "≥80"),
                ("公共服务", "2.残疾人接受托养服务人数", "万人次", "4", "≥1"))
    assert [row[0] for row in _levels(unheaded)] == ["社会保障", "社会保障", "公共服务", "公共服务"]
    indexed = (("类别", "序号", "指标", "单位", "2020年完成情况", "2020年规划目标"),
               ("健康水平", "1", "孕产妇死亡率", "1/10万", "2.65", "≤5"),
               ("健康水平", "2", "婴儿死亡率", "‰", "2.41", "≤4"),
               ("疾病防控", "3", "肺结核发病率", "1/10万", "23.71", "≤30"))
    assert [row[:3] for row in _levels(indexed)] == [("健康水平", None, "孕产妇死亡率"), ("健康水平", None, "婴儿死亡率"),
                                                     ("疾病防控", None, "肺结核发病率")]
    # one label down the whole block (绩效指标) groups nothing: the rows keep no 一级
    block = (("", "指标", "指标值"), ("绩效指标", "培训人数", "≥200人"), ("绩效指标", "培训合格率", "≥95%"))
    assert [row[0] for row in _levels(block)] == [None, None]


# blind112, 健康中国行动 主要指标: 领域 │ 领域 │ 序号 │ 指标, two columns of groups; the outer one, with fewer distinct
# words, holds the 一级 and the inner one the 二级 (each as written, its outline number kept)
def test_pattern_1_two_columns_of_groups_are_the_first_and_second_levels():
    table = (("领域", "领域", "序号", "指标", "2022年目标值"),
             ("(一)健康知识普及行动", "结果性指标", "1", "居民健康素养水平(%)", "≥22"),
             ("(一)健康知识普及行动", "政府工作指标", "2", "中医医院设置治未病科室比例(%)", "90"),
             ("(二)合理膳食行动", "结果性指标", "3", "成人肥胖增长率(%)", "持续减缓"),
             ("(二)合理膳食行动", "个人和社会倡导性指标", "4", "人均每日食盐摄入量(g)", "≤9"))
    assert [row[:2] for row in _levels(table)] == [
        ("(一)健康知识普及行动", "结果性指标"), ("(一)健康知识普及行动", "政府工作指标"),
        ("(二)合理膳食行动", "结果性指标"), ("(二)合理膳食行动", "个人和社会倡导性指标")]


def _read(table: tuple[tuple[str, ...], ...], title: str = "考核内容和评分标准表"):
    return extract_document(mixed_document("考核.docx", "docx", title, table)).indicators


# blind232, 连云港 园林绿地建设任务 考核表: the items of each group numbered again from 1, some with a mark (2.) and some
# glued to their text (3成立…); a number with its mark and a space before a figure (1. 10万元以上…) is no decimal
def test_pattern_5_names_numbered_in_runs_lose_their_numbers():
    table = (("序号", "项目", "考核内容", "标准分", "现场考核评分", "备注"),
             ("一", "组织机构(10分)", "1 单位领导高度重视园林建设任务", "4分", "", ""),
             ("一", "组织机构(10分)", "2园林绿化建设资金落实到位", "3分", "", ""),
             ("一", "组织机构(10分)", "3成立专门的绿化领导小组", "3分", "", ""),
             ("三", "园林工程管理(16分)", "1. 10万元以上园林绿化工程设计由有资质的单位承担", "2分", "", ""),
             ("三", "园林工程管理(16分)", "2.园林设计资料齐全", "2分", "", ""),
             ("三", "园林工程管理(16分)", "3园林绿化工程设计方案经过审查", "2分", "", ""),
             ("三", "园林工程管理(16分)", "4园林绿化建设工程实行招投标", "2分", "", ""))
    assert [i.name for i in _read(table)] == [
        "单位领导高度重视园林建设任务", "园林绿化建设资金落实到位", "成立专门的绿化领导小组",
        "10万元以上园林绿化工程设计由有资质的单位承担", "园林设计资料齐全", "园林绿化工程设计方案经过审查",
        "园林绿化建设工程实行招投标"]
    # a figure a name opens with, in no run of numbers, stays
    kept = (("序号", "考核内容", "分值"), ("1", "3岁以下儿童系统管理率", "5"), ("2", "孕产妇系统管理率", "5"))
    assert [i.name for i in _read(kept)] == ["3岁以下儿童系统管理率", "孕产妇系统管理率"]


# blind232, 资阳 医院信息化项目 考核细则: 考核指标 over two columns, the left one the groups with their points
# (项目进度管理(20分)): labels, not quantities to read as the rows' values; the items' own points (服务热情(2分)) stand
# for the empty 分值 column
def test_pattern_6_a_groups_points_are_no_value_and_an_items_points_fill_an_empty_weight():
    table = (("序号", "考核指标", "考核指标", "内容", "评分标准", "分值", "得分", "备注"),
             ("1", "项目进度管理(20分)", "中标方项目管理团队项目进度", "", "关键任务每延期一次扣4分。", "", "", ""),
             ("2", "服务态度(10分)", "服务热情(2分)", "精神饱满,服务状态积极。", "未提供每出现1次,扣1分", "", "", ""),
             ("3", "服务态度(10分)", "服务耐心(2分)", "服务状态平稳,不急不躁。", "未提供每出现1次,扣1分", "", "", ""))
    assert [(i.level1_text, i.name, i.value, i.weight) for i in _read(table, "考核细则")] == [
        ("项目进度管理(20分)", "中标方项目管理团队项目进度", None, None),
        ("服务态度(10分)", "服务热情", None, 2), ("服务态度(10分)", "服务耐心", None, 2)]


# blind231, 天津 小型农田水利重点县 考评量化指标表: 考评内容 │ 考评指标 │ 考评说明 name the groups and the items as
# 考核内容 and 考核指标 do, and each level of assessors has its score column (区县级自评 │ 市级考评 │ 中央抽查)
def test_pattern_5_kaoping_headers_name_a_scoring_frame():
    table = (("考评内容", "考评指标", "考评说明", "区县级自评", "市级考评", "中央抽查", "备注"),
             ("(一)项目组织(16分)", "1、组织领导(6分)", "已制定县级农田水利规划的,得2分。", "", "", "", "以文件为依据。"),
             ("(一)项目组织(16分)", "2、统计与总结(4分)", "统计报表按要求及时报送的,得2分。", "", "", "", ""))
    assert [(i.level1_text, i.name, i.weight) for i in _read(table, "考评量化指标表")] == [
        ("(一)项目组织(16分)", "组织领导", 6), ("(一)项目组织(16分)", "统计与总结", 4)]


# blind76, 食品药品监管 专项 绩效目标、评价指标与标准值表: the evaluation's own groups as numbered rows (一、投入目标,
# 二、管理目标, a note beside the second) head the rows under them, their 一级 as written
def test_pattern_2_numbered_group_rows_of_an_evaluation_are_the_level1():
    table = (("绩效目标名称", "目标值", "评价指标", "标准值", "目标值制订说明"),
             ("一、投入目标", "", "", "", ""),
             ("1.预算投入资金", "35543.19万元", "预算完成率", "=100%", "财政管理统一要求"),
             ("2.实际到位资金", "35543.19万元", "资金到位率", "=100%", "财政管理统一要求"),
             ("二、管理目标", "", "", "", "财政管理统一要求"),
             ("5.财务管理", "专账核算", "财务管理规范度", "=100%", "财政管理统一要求"))
    assert [(i.level1_text, i.name, i.value) for i in _read(table, "绩效目标、评价指标与标准值表")] == [
        ("投入目标", "预算完成率", 100), ("投入目标", "资金到位率", 100), ("管理目标", "财务管理规范度", 100)]
