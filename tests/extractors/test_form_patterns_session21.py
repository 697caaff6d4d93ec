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


def _report(*paragraphs, name="自评报告.docx"):
    b = DocumentBuilder(name, "docx")
    for text in paragraphs:
        b.add("paragraph", text, page=1)
    return b.build(pages=1)


# blind81, 广西 南宁 残疾人事业规划 执行评估指标体系: 监测指标 │ 单位 │ 权重 │ 目标值, the groups in an unnamed column
def test_pattern_5_monitoring_indicator_header_names_the_indicators():
    ext = extract_document(_form("执行评估指标体系",
                                 ("", "监测指标", "单位", "权重", "目标值"),
                                 ("社会保障", "1.贫困残疾人生活补助比例", "%", "4", "≥50"),
                                 ("社会保障", "2.重度残疾人护理补贴比例", "%", "4", "≥30"),
                                 ("生活水平", "19.城镇残疾人家庭恩格尔系数", "%", "5", "≤35")))
    assert [(i.name, i.operator, i.value, i.unit, i.weight) for i in ext.indicators] == [
        ("贫困残疾人生活补助比例", ">=", 50, "%", 4), ("重度残疾人护理补贴比例", ">=", 30, "%", 4),
        ("城镇残疾人家庭恩格尔系数", "<=", 35, "%", 5)]
    assert not [f for f in check(ext) if f.rule == "target.unit_mismatch"]  # a coefficient in % is no count


# blind80, 广西 梧州 部门预算公开: one indicator a label, "设 1条数量指标：…；设 1条质量指标：…", the stored page cut before
# the first 设
def test_labels_counted_one_a_label_in_a_budget_notice():
    ext = extract_document(_report("四、项目支出绩效目标情况",
                                   "1条数量指标:开通业务月份≥1个月;设 1条质量指标:应急运维系统保障率≥80%;"
                                   "设 1条满意度指标:职工满意度≥90%。"))
    assert [(i.level2, i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [
        ("数量指标", "开通业务月份", ">=", 1, "个月"), ("质量指标", "应急运维系统保障率", ">=", 80, "%"),
        ("服务对象满意度指标", "职工满意度", ">=", 90, "%")]


# blind78, 四川 盐边 公共文化服务体系建设资金 自评报告: a paragraph closed by "绩效目标如下：" over numbered goals
def test_pattern_10_goals_announced_at_the_end_of_a_paragraph():
    ext = extract_document(_report("一、基本情况",
                                   "2021年中央下达的公共文化服务体系建设专项资金预算为189.28万元,绩效目标如下:",
                                   "1.保障171个公共文化服务站点正常运转。",
                                   "2.为164个农家书屋和7个社区书屋更新图书1920册。",
                                   "二、综合评价结论",
                                   "整体绩效情况良好。"))
    assert [g.text for g in ext.goals] == ["保障171个公共文化服务站点正常运转。", "为164个农家书屋和7个社区书屋更新图书1920册。"]


# blind78, 福建 福州 体育训练 自评报告: targets listed as 产出-数量目标-补助4家训练单位, the figure inside the name
def test_pattern_6_a_figure_inside_a_prose_target_name():
    ext = extract_document(_report("(一)绩效目标", "数量指标:补助4家训练单位;", "质量指标:训练达标率≥95%。"))
    assert [(i.name, i.value, i.unit) for i in ext.indicators] == [("补助4家训练单位", 4, "家"), ("训练达标率", 95, "%")]


def test_a_batch_says_which_documents_were_mirror_copies(tmp_path):
    import shutil
    from pathlib import Path

    import pandas as pd

    from extractor.batch import BatchSettings, run_batch

    corpus = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(corpus / "blind76" / "ah-xuanzhou-veteran-medical-targets.xlsx", folder)  # traditional characters
    shutil.copy(corpus / "blind74" / "hn-yiyang-techschool-tuition-selfeval.docx", folder)  # simplified
    run_batch(folder, tmp_path / "out", BatchSettings(workers=0))
    documents = pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert dict(zip(documents["file"], documents["script_changes"])) == {
        "ah-xuanzhou-veteran-medical-targets.xlsx": "traditional_to_simplified",
        "hn-yiyang-techschool-tuition-selfeval.docx": ""}
    # the reviewer's report says so in the file status table, for that file only
    status = pd.read_excel(tmp_path / "out" / "report.xlsx", sheet_name=None)
    files = next(t for t in status.values() if "技术细节" in t.columns).fillna("")
    assert dict(zip(files["文件"], files["说明"])) == {
        "ah-xuanzhou-veteran-medical-targets.xlsx": "繁体字文本，已按简体阅读",
        # 益阳's form continues on a page the file cut to one line (可持续影响指标 │ 满意): a table not understood
        "hn-yiyang-techschool-tuition-selfeval.docx": "有表格看似指标表，但没有读出指标行，请人工核对该表"}
    assert "繁体字文本，已按简体阅读" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


# blind77, 海南 2013 项目绩效目标表: 指标类型 │ 绩效指标 │ 年初绩效目标 │ 调整后绩效目标(如有) │ 绩效标准 (优/良/中/差), the same
# 全部完成 in every row of the target column, and an empty 指标2： row left in the 产出 block
HAINAN_2013 = (
    ("指标类型", "绩效指标", "年初绩效目标", "调整后绩效目标(如有)", "优(年初/调整后)", "良(年初/调整后)"),
    ("产出指标", "指标1:海南宏观经济形势分析与预测半年报告、全年报告和11期景气报告", "全部完成", "无", "全部完成", "80%"),
    ("产出指标", "指标2:", "", "", "", ""),
    ("成效指标", "指标:以报告的进度衡量标准", "全部完成", "无", "全部完成", "80%"),
)


def test_pattern_8_a_placeholder_row_left_in_a_filled_table_is_reported():
    ext = extract_document(_form("项目绩效目标表", *HAINAN_2013))
    assert [(i.name, i.target_text) for i in ext.indicators] == [
        ("海南宏观经济形势分析与预测半年报告、全年报告和11期景气报告", "全部完成"), ("以报告的进度衡量标准", "全部完成")]
    assert [(t.text, t.level1_text) for t in ext.template_rows] == [("指标2:", "产出指标")]
    assert [f.rule for f in check(ext) if f.rule.startswith("target.placeholder")] == ["target.placeholder.template_row"]
    assert not ext.goals  # 调整后绩效目标(如有) beside the 年初绩效目标 header is a template's instruction, no goal
    # the template published unfilled (指标1： 指标2： 指标3：, nothing else) leaves no row in: there is none to fill
    unfilled = [HAINAN_2013[0]] + [(row[0], f"指标{r}:", "", "", "", "") for r, row in enumerate(HAINAN_2013[1:], 1)]
    assert extract_document(_form("项目绩效目标表", *unfilled)).template_rows == []


# blind83, 重庆 丰都 统战部 自评报告: a budget, its adjustment and the amount after it in one sentence (449.69 + 277.31 ≠ 726.85)
def test_a_budget_and_its_adjustment_add_up_to_the_amount_after_them():
    ext = extract_document(_report("2022年预算资金449.69万元，项目调剂增加277.31万元，实际到位资金726.85万元，已支付461.85万元。",
                                   "年初预算100万元，年中调减20万元，调整后预算80万元。"))
    sums = [(f.metric, f.total, f.parts) for f in ext.facts if f.kind == "sum"]
    assert sums == [("实际到位资金", 726.85, [449.69, 277.31]), ("调整后预算", 80, [100, -20])]
    assert [f.numbers["computed_total"] for f in check(ext) if f.rule == "consistency.sum"] == [727]


# blind84, 工信部 关键业绩指标: 指标名称 │ 预期效果 │ 完成时限 │ 指标属性 — 预期效果 holds the targets
def test_pattern_5_expected_effect_heads_the_targets():
    ext = extract_document(_form("2018年关键业绩指标", ("序号", "指标名称", "预期效果", "完成时限", "指标属性"),
                                 ("3", "绿色制造示范典型发布数量", "400项", "10月", "预期性"),
                                 ("9", "移动宽带用户普及率", "85%", "12月", "预期性")))
    assert [(i.name, i.value, i.unit) for i in ext.indicators] == [("绿色制造示范典型发布数量", 400, "项"),
                                                                 ("移动宽带用户普及率", 85, "%")]


def test_a_simplified_document_does_not_load_the_converter():
    import subprocess
    import sys

    code = ("import sys\n"
            "from extractor.document import DocumentBuilder\n"
            "from extractor.extractors import extract_document\n"
            "b = DocumentBuilder('x.docx', 'docx')\n"
            "b.add('paragraph', '绩效目标：建成农村公路12公里，惠及群众3000人。朱镕基', page=1)\n"
            "extract_document(b.build(pages=1))\n"
            "print('opencc' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"  # a character outside GB 2312 (镕) alone does not make it traditional
