"""Patterns of the thirty-sixth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor.extractors import extract_document
from extractor.nlp.quantities import figures
from tests.extractors.text_docs import mixed_document, plan_extraction, text_document
from tests.extractors.text_docs import target_rows as _rows


def _report(*paragraphs: str):
    return plan_extraction("项目绩效运行监控报告", *paragraphs)


def _levelled_rows(ext) -> list[tuple]:
    return [(i.level2, i.name, i.operator, i.value, i.unit) for i in ext.indicators]


# blind214, 贵州 地灾防治 监控报告 (a template's copy): 20xx年度 is a year left to fill in, no figure 20; a target line
# holding it is read as written, not cut at the digits
def test_pattern_8_a_templates_year_is_no_figure():
    assert figures("满足我市20xx年度地灾防治技术支撑要求") == []
    assert [(q.value, q.unit) for q in figures("20XX年完成3个")] == [(3, "个")]
    assert [q.value for q in figures("4×4米")] == [4, 4]  # one × between figures is a product, not a template
    ext = _report("(一)项目的绩效目标、绩效指标设定情况", "数量指标:聘请专业地勘单位1个;",
                  "质量指标:满足我市20xx年度地灾防治技术支撑要求;", "成本指标:保障经费≤20万元;")
    assert _levelled_rows(ext) == [("数量指标", "聘请专业地勘单位", "=", 1, "个"),
                                   ("质量指标", "满足我市20xx年度地灾防治技术支撑要求", None, None, None),
                                   ("成本指标", "保障经费", "<=", 20, "万元")]


# blind215, 河南 and 全国 畜禽粪污资源化利用 方案 (news reports of them): after the project is completed (项目实施完成后,)
# the figures are its targets, as after a plan's year; 将 (will) before the reach word is no part of the name
def test_pattern_10_figures_after_the_projects_completion_are_targets():
    ext = _report("该省项目着眼于规模养殖场源头减量。按要求，项目实施完成后，整县推进地区畜禽粪污综合利用率将达90%以上，"
                  "规模养殖场粪污处理设施装备配套率达到100%。")
    assert _rows(ext) == [("整县推进地区畜禽粪污综合利用率", ">=", 90, "%"),
                          ("规模养殖场粪污处理设施装备配套率", ">=", 100, "%")]
    guard = _report("该省项目着眼于规模养殖场源头减量，整县推进地区畜禽粪污综合利用率为85%，配套率为90%。")
    assert _rows(guard) == []


# blind215, 水污染防治资金 整体绩效目标 (a news report of the table): a level label inside a sentence, after the words
# that qualify it (…设定的质量指标包括:), lists its targets; 达…左右 is about a figure, no bound; the next label is
# written 则为
def test_pattern_5_a_level_label_inside_a_sentence_lists_its_targets():
    ext = _report("随通知一并下达的《水污染防治资金整体绩效目标表》设定的质量指标包括:重点流域达到或优于Ⅲ类比例≥84.2%,"
                  "地下水国控点位V类水比例达25%左右;生态效益指标则为水生态环境质量得到持续改善。")
    assert _levelled_rows(ext)[:2] == [("质量指标", "重点流域达到或优于Ⅲ类比例", ">=", 84.2, "%"),
                                       ("质量指标", "地下水国控点位V类水比例", None, 25, "%")]
    assert [i.level2 for i in ext.indicators[2:]] == ["生态效益指标"]
    assert [(q.value, q.operator) for q in figures("达到90%")] == [(90, ">=")]
    # blind137, 广西 非遗 自评报告: the effect a report's sentence names after 的 heads no list (…资金的经济效益,主要体现在…)
    guard = _report("2021年国家非物质文化遗产保护专项资金的经济效益,主要体现在传承人开展传习活动之后,"
                    "专项资金有力支持了19个国家级非物质文化遗产代表性项目的保护传承工作。")
    assert _rows(guard) == []


# blind219, 黑龙江 黑土地保护规划 (a news digest of it): 斤 is a unit, and 亿 before it stays in the unit as 万/亿 do
# before any count (1600亿斤, as 1.2万吨)
def test_pattern_6_jin_is_a_unit_that_keeps_its_multiplier():
    assert [(q.value, q.unit) for q in figures("全省粮食综合生产能力稳定在1600亿斤")] == [(1600, "亿斤")]
    assert [(q.value, q.unit) for q in figures("每亩增产50斤")] == [(50, "斤")]


# blind220, 阿拉善 计划生育 自评报告: a total closed by a colon before 其中 (…对象404人：其中…198人，…206人，…3人) is
# the sum of the parts listed after it, as with a comma, named by the words before it
def test_pattern_10_a_total_before_a_colon_and_its_parts_after_qizhong_is_a_sum():
    ext = extract_document(text_document("绩效自评报告", "全盟共确认农村部分计划生育家庭奖励扶助对象1481人，计划生育家庭特别扶助对象404人：其中"
                                         "伤残家庭特别扶助对象198人，死亡家庭特别扶助对象206人，手术并发症对象3人。"))
    assert [(f.kind, f.metric, f.total, f.parts, f.unit) for f in ext.facts] == [
        ("sum", "计划生育家庭特别扶助对象", 404, [198, 206, 3], "人")]
    # a count whose unit words follow names what it counts there (40个子项目), not before it; 其中 opens no name
    ext = extract_document(text_document("绩效自评报告", "本年共实施40个子项目（包括17个初验、23个终验），投入资金406.5万元，"
                                         "其中中央投入资金279万元（奖励扶助资金81万元，特别扶助资金198万元）。"))
    assert [(f.metric, f.total) for f in ext.facts] == [(None, 40), ("中央投入资金", 279)]
    # the parts after 其中 are those of the nearest total of their unit, not of the first after 共
    ext = extract_document(text_document("绩效自评报告", "全校共有学生1200人，教师80人，其中高级教师20人、中级教师60人。"))
    assert [(f.metric, f.total, f.parts) for f in ext.facts] == [("教师", 80, [20, 60])]


# blind229, 乐昌 扶贫开发工作成效考核指标: a column headed 代码 holds the outline codes (一, 1.1, 2.1), no level
def test_pattern_5_a_code_column_is_an_index_not_a_level():
    table = (("代码", "考核指标", "分值", "评分细则", "备注"),
             ("一", "脱贫成效", "50", "共1项", ""),
             ("1.1", "脱贫成效评价", "50", "完成省下达年度脱贫任务。以上指标,不达标不得分。", "查阅资料"),
             ("二", "精准识别", "15", "共2项", ""),
             ("2.1", "对象识别", "10", "经抽查,非贫困户被纳入帮扶范围5%以上的不得分。", ""),
             ("2.2", "建档立卡", "5", "按时准确完成建档立卡工作。", ""))
    ext = extract_document(mixed_document("考核指标.docx", "docx", "扶贫开发工作成效考核指标", table))
    assert [(i.level1_text, i.name, i.weight) for i in ext.indicators if i.name in ("对象识别", "建档立卡")] == [
        (None, "对象识别", 10), (None, "建档立卡", 5)]
