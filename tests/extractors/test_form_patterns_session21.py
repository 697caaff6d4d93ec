"""Patterns of the twenty-first session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.document import DocumentBuilder
from extractor.extractors import extract_document
from extractor.nlp.script import is_traditional, rewrite, changes_needed


def _form(title, *rows, name="项目支出绩效目标表.xlsx"):
    b = DocumentBuilder(name, "xlsx")
    b.add("paragraph", title, page=1)
    b.add("table", "", page=1, rows=[list(r) for r in rows])
    return b.build(pages=1)


# blind76, 安徽 宣州 伤残军人医疗费 目标表 as a mirror site keeps it: in traditional characters
TRADITIONAL = (
    ("項目名稱", "二等乙級以上傷殘軍人醫療費", "二等乙級以上傷殘軍人醫療費", "二等乙級以上傷殘軍人醫療費", "二等乙級以上傷殘軍人醫療費"),
    ("年度目標", "安排財政資金100萬元,用於二等乙級以上傷殘軍人看病就醫的醫藥費用。", "安排財政資金100萬元,用於二等乙級以上傷殘軍人看病就醫的醫藥費用。",
     "安排財政資金100萬元,用於二等乙級以上傷殘軍人看病就醫的醫藥費用。", "安排財政資金100萬元,用於二等乙級以上傷殘軍人看病就醫的醫藥費用。"),
    ("績效指標", "一級指標", "二級指標", "三級指標", "指標值"),
    ("績效指標", "產出指標", "數量指標", "二等乙級以上傷殘軍人數量", "52人"),
    ("績效指標", "產出指標", "質量指標", "住院醫療費用報銷比例", "100%"),
    ("績效指標", "產出指標", "時效指標", "二等乙級以上傷殘軍人及時享受醫療待遇保障時間", "醫療費用發生時"),
    ("績效指標", "效益指標", "社會效益指標", "對推進軍地共建的影響程度", "明顯"),
)


def test_a_form_in_traditional_characters_is_read_in_simplified_ones():
    ext = extract_document(_form("項目支出績效目標表", *TRADITIONAL))
    assert ext.script_changes == ["traditional_to_simplified"]
    assert [(i.level1, i.level2, i.name, i.value, i.unit) for i in ext.indicators] == [
        ("产出指标", "数量指标", "二等乙级以上伤残军人数量", 52, "人"),
        ("产出指标", "质量指标", "住院医疗费用报销比例", 100, "%"),
        ("产出指标", "时效指标", "二等乙级以上伤残军人及时享受医疗待遇保障时间", None, None),
        ("效益指标", "社会效益指标", "对推进军地共建的影响程度", None, None),
    ]
    assert ext.goals and ext.goals[0].text.startswith("安排财政资金100万元")
    # the time row that says only "when the costs occur" has no deadline
    assert [f.rule for f in check(ext) if f.item == "ind3"] == ["target.time_no_deadline"]


def test_a_simplified_form_is_left_as_written():
    simplified = [["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
                  ["绩效指标", "产出指标", "数量指标", "乾隆年间古建筑修缮数量", "3处"]]
    ext = extract_document(_form("项目支出绩效目标表", *simplified))
    assert ext.script_changes == []
    assert ext.indicators[0].name == "乾隆年间古建筑修缮数量"  # 乾 stays: one character is no traditional document
    assert not is_traditional("绩效指标 产出指标 乾隆 於 数量指标")
    assert is_traditional("績效指標 產出指標 數量指標 質量指標")


# blind76, 省食品药品监管 绩效目标、评价指标与标准值表: 绩效目标名称 │ 目标值 │ 评价指标 │ 标准值 │ 目标值制订说明 — each goal
# beside the indicator that judges it; the indicator (评价指标 and its 标准值) is the row
SCORED_PAIR = (
    ("绩效目标名称", "目标值", "评价指标", "标准值", "目标值制订说明"),
    ("一、投入目标", "", "", "", ""),
    ("1.预算投入资金", "35543.19万元", "预算完成率", "=100%", "财政管理统一要求"),
    ("2.实际到位资金", "35543.19万元", "资金到位率", "=100%", "财政管理统一要求"),
    ("1-1 项目立项", "合规", "项目立项合规性", "合规", "财政管理统一要求"),
)


def test_pattern_5_goal_and_indicator_pairs_under_a_goal_name_header():
    ext = extract_document(_form("2017年度专项绩效目标、评价指标与标准值表", *SCORED_PAIR))
    assert [(i.name, i.operator, i.value, i.unit, i.target_text) for i in ext.indicators] == [
        ("预算完成率", "=", 100, "%", "=100%"),
        ("资金到位率", "=", 100, "%", "=100%"),
        ("项目立项合规性", None, None, None, "合规"),
    ]


# blind74, 湖南 益阳 高级技工学校 自评表: the 分值 cell merged down each 一级 group holds the group's points, as its label
# does (产出指标(50分) over four rows of 50); the 预算执行率 row says 100 % where the money block spent 76 %
SELF_EVALUATION = (
    ("项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""),
    ("项目资金(万元)", "年度资金总额", "593.27", "593.27", "448.64", "10", "76%", "10", ""),
    ("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
    ("绩效指标", "产出指标(50分)", "数量指标", "资助学生人数", "3018", "3018", "50", "", ""),
    ("绩效指标", "产出指标(50分)", "质量指标", "职业技术能力鉴定达标率", "98%", "98%", "50", "", ""),
    ("绩效指标", "产出指标(50分)", "时效指标", "预算执行率", "100%", "100%", "50", "", ""),
    ("绩效指标", "效益指标(30分)", "社会效益指标", "学生家庭经济负担减轻率", "1%", "1%", "30", "", ""),
    ("绩效指标", "效益指标(30分)", "可持续影响指标", "中职帮扶常态化", "100%", "100%", "30", "", ""),
    ("绩效指标", "满意度指标(10分)", "服务对象满意度指标", "学生满意度", "≥90%", "95%", "10", "", ""),
)


def test_group_points_merged_down_a_group_are_no_row_weights():
    ext = extract_document(_form("2021年度项目支出绩效自评表", *SELF_EVALUATION))
    assert [(i.name, i.weight) for i in ext.indicators] == [
        ("资助学生人数", None), ("职业技术能力鉴定达标率", None), ("预算执行率", None),
        ("学生家庭经济负担减轻率", None), ("中职帮扶常态化", None),
        ("学生满意度", 10),  # one row: its group's points are its own
    ]


def test_an_execution_rate_row_against_the_forms_money_block():
    ext = extract_document(_form("2021年度项目支出绩效自评表", *SELF_EVALUATION))
    found = [f for f in check(ext) if f.rule == "consistency.rate.execution"]
    assert [f.item for f in found] == ["ind3"]
    assert found[0].numbers["planned"] == 593.27 and round(found[0].numbers["computed_rate"], 2) == 75.62
    right = [list(r) for r in SELF_EVALUATION]
    right[5][5] = "76%"
    assert not [f for f in check(extract_document(_form("2021年度项目支出绩效自评表", *right)))
                if f.rule == "consistency.rate.execution"]


# blind61, 广东 河源 和平县 抗疫特别国债 自评报告 as a mirror keeps it: traditional characters with pinyin glosses
GLOSSED = (
    ("一級指標", "二級指標", "三級指標", "周期指標值", "本年度指標值"),
    ("產(chǎn)出指標(biāo)", "數(shù)量指標(biāo)", "總建筑面積(平方米)", "44979.8", "44979.8"),
    ("產(chǎn)出指標(biāo)", "質(zhì)量指標(biāo)", "工程竣工驗收合格率", "100%", "100%"),
    ("效益指標(biāo)", "社會效益指標(biāo)", "新增學(xué)位數(shù)量(個)", "1200", "1200"),
)


def test_pinyin_glosses_of_a_mirror_copy_are_left_out():
    ext = extract_document(_form("2020年抗疫特别国债项目绩效自评报告", *GLOSSED))
    assert ext.script_changes == ["pinyin_glosses_removed", "traditional_to_simplified"]
    assert [(i.level1, i.level2, i.name, i.value, i.unit) for i in ext.indicators] == [
        ("产出指标", "数量指标", "总建筑面积(平方米)", 44979.8, "平方米"),
        ("产出指标", "质量指标", "工程竣工验收合格率", 100, "%"),
        ("效益指标", "社会效益指标", "新增学位数量(个)", 1200, "个"),
    ]
    # a bracket of letters that is no syllable with its tone (a unit, an English word) stays
    assert rewrite("面积(m2)、系统(ERP)、产(chǎn)出", changes_needed("产(chǎn)出(chū)指标(biāo)")) == "面积(m2)、系统(ERP)、产出"
