#!/usr/bin/env python3
"""Build the blind136 part of the real-layout corpus.

Four documents reproduced from stored public web pages (education transfer funds,
2022-2023), each written as DOCX or XLSX plus a PDF exported with LibreOffice, and a
gold JSON per file in annotations/.  The gold below was written by an annotator who
never read the toolkit's code; it is written to disk BEFORE anything else looks at the
generated files.

Run:  /tmp/venv/bin/python make_blind136_layouts.py
"""
import copy
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

# --------------------------------------------------------------------------------------
# Gold (written first)
# --------------------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


YN_URL = "https://yncn.gov.cn/info/4112/9028340.htm"
AH_URL = "https://m.bidcenter.com.cn/news-1-201462004.html"
GD_URL = "http://hxd333.com/xnwj/2022/2022zxzjjxmbbfiles/sheet010.css"
ZJ_URL = "https://bjabsj.com/xxgk/art/2023/1/30/art_1229495117_3767081"

YN = "yunnan-changning-gongyongjingfei-zipingbaogao"
AH = "anhui-quanjiao-yiwujiaoyu-baozhang-mubiaobiao"
GD = "guangdong-guangzhou-zhijiaotisheng-erjixiangmu-shenbaobiao"
ZJ = "zhejiang-zhoushan-yiwujiaoyu-baozhangjizhi-fenpeibiao"

GOLD = {
    YN: {
        "ext": "docx",
        "source_urls": [YN_URL],
        "province": "云南省",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [
            ind("产出指标", "数量指标", "应补助人数", None, 1218, None, "1218", 1218, None, None),
            ind("产出指标", "时效指标", "城乡义务教育阶段公用经费补助资金到位率", None, None, "%",
                None, 100, None, None),
            ind("产出指标", "成本指标", "小学人均补助标准", None, 720, "元/生.年", "720元/生.年",
                720, None, None),
            ind("产出指标", "成本指标", "初中人均补助标准", None, 940, "元/生.年", "940元/生.年",
                940, None, None),
            ind("效益指标", "经济效益指标", "保障了学校的正常运转", None, None, None, None, None,
                None, None),
            ind("效益指标", "社会效益指标", "补助政策知晓度", None, None, "%", None, 100, None, None),
            ind("效益指标", "可持续影响指标", "义务教育免费年限", None, None, "年", None, 9, None, None),
            ind("满意度指标", "服务对象满意度指标", "学生和家长的满意度", ">=", 95, "%", "≧95%",
                None, None, None),
        ],
        "goals": [],
        "facts": [
            {"metric": "义务教育免费年限", "kind": "sum", "total": 9, "parts": [6, 3], "unit": "年"},
        ],
        "findings": [
            {"rule": "target.missing_unit", "item": "应补助人数",
             "why": "应补助人数1218、实际补助人数1218 都没有写单位(人/人次)。"},
            {"rule": "target.input_or_process", "item": "城乡义务教育阶段公用经费补助资金到位率",
             "why": "时效指标用的是资金到位率,衡量的是资金拨付(投入/过程),不是产出。"},
            {"rule": "target.qualitative_no_scale", "item": "保障了学校的正常运转",
             "why": "经济效益指标只写“保障了学校的正常运转”,没有数值,也没有分级标准。"},
        ],
        "notes": (
            "Source: 昌宁县教育体育局 page, 昌宁县翁堵镇中心学校2023年度项目支出绩效自评报告(城乡义务教育阶段公用经费补助资金), "
            "published 2024-03-27. Prose only, no indicator table. The stored page stops inside "
            "'(三)存在的问题和原因分析' after the words '因财政'; the document stops there (cut sentence kept). "
            "Kept as found: score 98 / '优秀'; 118.92万元 received, 108.61万元 paid, stated rate '91.33 %' (with the space); "
            "108.61/118.92 = 91.33% so the rate is consistent and no finding. '应补助人数1218' without unit; "
            "'学生和家长的满意度均大于年度指标值≧95%' with the full-width ≧. "
            "Judgement calls: indicator rows were built from the prose paragraphs (①数量 ②时效 ③成本, 经济/社会/可持续, 满意度); "
            "names are the wording of the prose. Where the prose gives only one number stated as achieved "
            "(到位率为100%, 知晓度为100%, 共9年) I put it in 'actual' and left value/target_text null, because the report does "
            "not restate the target; for 数量 and 成本 it names both the target (应补助/标准) and the actual, so both are filled. "
            "weight/score are null: the report gives no per-row points. No goal text is stated in the stored part (no 年度目标), so goals is empty. "
            "Not flagged: the execution shortfall ('资金未按时支付完成,执行率未完成') because its reason section is cut by the stored page, "
            "not missing in the original; grade 优秀 for 98 is consistent."
        ),
    },
    AH: {
        "ext": "docx",
        "source_urls": [AH_URL],
        "province": "安徽省",
        "doc_kind": "项目支出绩效目标表",
        "patterns": [3, 10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": "目标1:落实义务教育保障学校公用经费"},
            {"kind": "总体目标", "text": "目标2:补助义务教育阶段家庭经济困难学生生活补助"},
        ],
        "facts": [
            {"metric": "年度资金总额", "kind": "sum", "total": 3581.8, "parts": [3581.8], "unit": "万元"},
            {"metric": "中期资金总额", "kind": "sum", "total": 3581.8, "parts": [3581.8], "unit": "万元"},
            {"metric": "预算安排", "kind": "sum", "total": "3581.*", "parts": ["3001.*元", "*"], "unit": None},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "目标1:落实义务教育保障学校公用经费",
             "why": "目标没有任何数量、标准或完成时间。"},
            {"rule": "goal.unquantified", "item": "目标2:补助义务教育阶段家庭经济困难学生生活补助",
             "why": "没有写补助人数、标准或覆盖率。"},
            {"rule": "goal.process_only", "item": "目标1:落实义务教育保障学校公用经费",
             "why": "只说把经费落实下去(过程/投入),没有说要达到的产出或效果。"},
            {"rule": "target.placeholder", "item": "3581.*",
             "why": "正文预算金额用“*”代替数字(3581.*、3001.*元、县级配套*),无法核对;3001.*的单位写成“元”,与表中万元不一致。"},
        ],
        "notes": (
            "Source: bidcenter.com.cn copy of 全椒县教育体育局 2022年部门预算公开 section '十二、其他重要事项情况说明 (一)项目及绩效目标情况', "
            "project '全椒县2022年义务教育保补助经费' (sic: '保补助', the word 保障 is cut in the original). The page repeats its title "
            "line twice; kept. The stored page stops inside the 项目支出绩效目标表 right after the goal cell "
            "('目标2:补助义务教育阶段家庭经济困难学生生活补助'); the indicator block is not in the stored copy, so the document has "
            "no indicator rows and indicators is empty. Kept as found: masked amounts '3581.*', '3001.*元', '县级配套*' (the page "
            "shows asterisks); unit 元 on 3001.*; 项目来源 '县级资金' although the prose says 中央、省级资金; empty 其他资金 cells; "
            "'(2022 年度)' with the space; '2022年—2022年' over the goal column. The goal cell sits under the 2022年—2022年 "
            "(implementation period) column of the 总体目标 row, so I gave kind 总体目标; the 年度目标 cell content is not in the stored page. "
            "Longer sentences (项目概述, 项目内容) are in my words; document numbers 皖政〔2016〕31号 and 皖财教〔2019〕1142号 kept. "
            "Judgement calls: the two goals are flagged goal.unquantified; goal 1 also goal.process_only. The masked amounts are "
            "flagged as target.placeholder (closest id for '*' placeholders); facts list the masked total as written. "
            "Not flagged: coverage/too-few-indicators, because the missing indicators are an artefact of the stored copy."
        ),
    },
    GD: {
        "ext": "xlsx",
        "source_urls": [GD_URL],
        "province": "广东省",
        "doc_kind": "项目申报表(二级项目基本信息)",
        "patterns": [3, 8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "项目金额", "kind": "sum", "total": 10875000.00, "parts": [10875000.00], "unit": "元"},
        ],
        "findings": [],
        "notes": (
            "Source: an Excel-as-HTML sheet (附件3-10, 'sheet010') of a 2022 专项资金绩效目标 workbook of 广东省外语艺术职业学院, "
            "mirrored on a third-party host. Reproduced as one XLSX sheet: label/value pairs, two pairs side by side per row, "
            "金额单位:元. The stored page stops inside the cell 项目概述 after '《广东省职业教育“扩容' ; the sheet stops there, "
            "so no 绩效目标/指标 block is present and indicators/goals are empty. Kept as found: project name "
            "'2022年现代职业教育提升计划专项资金-高职院校生均拨款奖补资金' (without 质量 although the fund is 现代职业教育质量提升计划); "
            "'其它事业发展性支出' vs '其他事业发展性支出二级项目' (two spellings); amounts '10,875,000.00' with separators and "
            "'7250000' without; empty cells 挂接一级项目名称, 分配方式, 实施单位, 申报联系人, 申报联系电话, 上级转移支付项目代码, 热点分类; "
            "项目来源 '下级上报的转移支付项目' with 预算级次 '中央级'. 设立依据及申报理由 is in my words, keeping 财教〔2019〕258号 and "
            "粤财科教〔2021〕96号 and the four aims (办学质量, 技能竞赛, 高水平专业群, 结对帮扶四所幼专). Facts: 项目金额 = 当年金额 "
            "(one-year project 2022-2022), 其中社会投入资金 0.00. No findings: the sheet has no targets; 上一年 7250000 vs 当年 10875000 is "
            "an increase, not an inconsistency. Place 'guangzhou' in the file name is the school's city (my inference, not on the sheet)."
        ),
    },
    ZJ: {
        "ext": "docx",
        "source_urls": [ZJ_URL],
        "province": "浙江省",
        "doc_kind": "资金下达通知及分配表",
        "patterns": [7, 8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "义务教育经费保障机制补助经费", "kind": "sum", "total": 126.44,
             "parts": [139.71, -13.27], "unit": "万元"},
            {"metric": "义务教育公用经费小计", "kind": "sum", "total": 124.91, "parts": [124.91, 0.00], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Source: a mirrored copy of a city 财政局 notice (财政资金直达基层, 生成日期 2023-01-30, signed 2022年7月26日) that passes on "
            "2022年义务教育经费保障机制补助经费 under 浙财科教〔2022〕20号. The mirror replaced the issuing city's name with gambling spam; "
            "I did not copy the spam and wrote '××市财政局' / '××市教育局' instead. The city is most likely 舟山 (the first school is "
            "南海实验学校长峙小学校区), which gives the file name; that is my inference. The stored page stops after the first school "
            "row of 附件1 (2022年义务教育经费保障机制补助经费分配表); the document stops there, so 附件2 义务教育经费保障机制绩效目标表 is "
            "announced but not present; indicators and goals are empty. Kept as found: total 126.44 with 中央直达资金 139.71 and "
            "省直达资金 -13.27 (negative), 小计 124.91 = 124.91 + 0.00, the empty 省直达 cell in the school row, the empty "
            "预算科目 cells of the total rows, '市(新区)直属有关单位'. Paragraphs are in my words with every number and document number kept. "
            "Both sums check (139.71 - 13.27 = 126.44). No findings: no targets in the stored part; the negative 省直达 amount is a "
            "reduction, not a target, so no rule applies (recorded here only)."
        ),
    },
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for stem, g in GOLD.items():
        for ext in (g["ext"], "pdf"):
            name = f"{stem}.{ext}"
            rec = {"source": name}
            rec.update({k: copy.deepcopy(v) for k, v in g.items() if k != "ext"})
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=2)
                f.write("\n")


# --------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------

def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = "blind136"
    cp.last_modified_by = "blind136"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, merges=(), size=9):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(txt)
            run.font.size = Pt(size)
            run.font.name = FONT
            run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        keep = a.text
        m = a.merge(t.cell(r2, c2))
        # merged cell keeps only the first text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        if m.paragraphs and m.paragraphs[0].text != keep:
            m.paragraphs[0].text = keep
    return t


# --------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------

def build_yn(path):
    d = new_doc()
    table(d, [
        ["索引号", "01526405-X/20240327-00014", "发布机构", "昌宁县教育体育局"],
        ["公开目录", "绩效自评报告", "发布日期", "2024-03-27"],
        ["文号", "", "浏览量", ""],
        ["主题词", "", "", ""],
    ], merges=[(3, 1, 3, 3)])
    para(d, "昌宁县翁堵镇中心学校2023年度项目支出绩效自评报告(城乡义务教育阶段公用经费补助资金)")
    para(d, "昌宁县翁堵镇中心学校2023年度项目支出绩效自评报告", bold=True, center=True, size=14)
    para(d, "(城乡义务教育阶段公用经费补助资金)", center=True)
    para(d, "一、自评结论")
    para(d, "(一)自评得分")
    para(d, "项目绩效自评小组对本项目作了全面评价,我校城乡义务教育阶段公用经费补助资金项目自评得分98分,"
            "自评结果为“优秀”。")
    para(d, "(二)绩效目标完成情况")
    para(d, "1. 执行率情况。")
    para(d, "2023年我校共收到上级下达的城乡义务教育阶段公用经费补助资金118.92万元,全年发放108.61万元。"
            "经自评小组全面自查,城乡义务教育阶段公用经费补助资金项目预算执行率91.33 %。")
    para(d, "2. 完成的绩效目标。")
    para(d, "(1)产出指标")
    para(d, "①数量指标:2023年,我校应补助人数1218,实际补助人数1218。")
    para(d, "②时效指标:城乡义务教育阶段公用经费补助资金到位率为100%。")
    para(d, "③成本指标:城乡义务教育阶段公用经费补助资金标准小学人均补助标准为720元/生.年,"
            "初中人均补助标准为940元/生.年。实际小学人均补助标准为720元/生.年,初中人均补助标准为940元/生.年。")
    para(d, "(2)效益指标")
    para(d, "①经济效益指标:城乡义务教育阶段公用经费补助资金保障了学校的正常运转。")
    para(d, "②社会效益:城乡义务教育阶段公用经费补助资金补助政策知晓度为100%。")
    para(d, "③可持续影响:我县义务教育免费年限为小学阶段6年、初中3年共9年,义务教育阶段全面实现免费。")
    para(d, "(3)满意度指标(服务对象满意度指标):学生和家长的满意度均大于年度指标值≧95%。")
    para(d, "3. 未完成的绩效目标。")
    para(d, "资金未按时支付完成,执行率未完成。")
    para(d, "(三)存在的问题和原因分析")
    para(d, "因财政")
    d.save(path)


def build_ah(path):
    d = new_doc()
    para(d, "2022年部门项目立项依据、实施主体、预算安排、绩效目标", bold=True)
    para(d, "2022年部门项目立项依据、实施主体、预算安排、绩效目标")
    para(d, "十二、其他重要事项情况说明")
    para(d, "(一)项目及绩效目标情况。")
    para(d, "1.“全椒县2022年义务教育保补助经费”项目。")
    para(d, "(1)项目概述。在城乡范围内统一实行义务教育“两免一补”:免除学杂费,免费提供国家规定课程教科书,"
            "给家庭经济困难学生补助生活费;同时巩固并完善农村义务教育学校校舍安全保障的长效机制。")
    para(d, "(2)立项依据。依据《安徽省人民政府关于进一步完善城乡义务教育经费保障机制的实施意见》(皖政〔2016〕31号)、"
            "《安徽省财政厅关于印发安徽省教育领域财政事权和支出责任划分改革实施方案的通知》(皖财教〔2019〕1142号)等规定。")
    para(d, "(3)实施主体。全椒县教育体育局")
    para(d, "(4)起止时间。2022年1月-12月")
    para(d, "(5)项目内容。落实城乡统一的义务教育“两免一补”政策:城乡义务教育学生免学杂费、免费获得国家规定课程教科书,"
            "家庭经济困难学生获得生活费补助;巩固完善农村地区义务教育学校校舍安全保障长效机制。")
    para(d, "(6)年度预算安排。预算安排3581.*,其中中央、省级资金3001.*元;县级配套*。")
    para(d, "(7)绩效目标。")
    rows = [
        ["项目支出绩效目标表", "", "", ""],
        ["(2022 年度)", "", "", ""],
        ["项目名称", "全椒县2022年义务教育保补助经费", "", ""],
        ["实施单位", "全椒县教育体育局", "", ""],
        ["项目属性", "经常性项目", "项目来源", "县级资金"],
        ["项目资金 (万元)", "中期资金总额:", "3581.8", "年度资金总额:", "3581.8"],
        ["", "其中:财政拨款", "3581.8", "其中:财政拨款", "3581.8"],
        ["", "其他资金", "", "其他资金", ""],
        ["总 体 目 标", "2022年—2022年", "", "年度目标", ""],
        ["", "目标1:落实义务教育保障学校公用经费 目标2:补助义务教育阶段家庭经济困难学生生活补助", "", "", ""],
    ]
    rows = [r + [""] * (5 - len(r)) for r in rows]
    table(d, rows, merges=[
        (0, 0, 0, 4), (1, 0, 1, 4), (2, 1, 2, 4), (3, 1, 3, 4), (4, 3, 4, 4),
        (5, 0, 7, 0), (8, 0, 9, 0), (8, 1, 8, 2), (8, 3, 8, 4), (9, 1, 9, 2), (9, 3, 9, 4),
    ])
    # the two goals sit in one cell, separated by a space, as on the page
    d.save(path)


def build_zj(path):
    d = new_doc()
    table(d, [
        ["索引号", "001008009005011/2023-00230", "", ""],
        ["组配分类", "财政资金直达基层", "发布机构", "××市财政局"],
        ["生成日期", "2023-01-30", "公开方式", "主动公开"],
    ], merges=[(0, 1, 0, 3)])
    para(d, "市(新区)直属有关单位:")
    para(d, "按照《浙江省财政厅 浙江省教育厅关于下达2022年义务教育经费保障机制补助经费的通知》(浙财科教〔2022〕20号)的要求,"
            "结合我市教育事业发展实际,现向你们下达义务教育经费保障机制补助经费126.44万元(其中中央直达资金139.71万元,"
            "省直达-13.27万元),并相应增加你单位2022年相关支出预算指标;具体项目、金额和预算科目见附件1。")
    para(d, "根据中央要求,这笔资金纳入中央财政直达资金监控系统全程监测,资金分配、拨付、使用各环节都要带上相关标识。")
    para(d, "资金用于义务教育公用经费、免费教科书、困难生补助等各项事业发展。各单位要加快预算执行,提高资金使用效益;"
            "对照《义务教育经费保障机制绩效目标表》(见附件2)做好绩效目标管理、绩效运行监控和绩效评价,"
            "保证财政资金安全有效,并接受和配合有关部门的监督。")
    para(d, "附件:1.2022年义务教育经费保障机制补助经费分配表")
    para(d, "2.义务教育经费保障机制绩效目标表")
    para(d, "××市财政局 ××市教育局")
    para(d, "2022年7月26日")
    para(d, "附件1")
    rows = [
        ["2022年义务教育经费保障机制补助经费分配表", "", "", "", "", "", "", ""],
        ["单位:万元", "", "", "", "", "", "", ""],
        ["序号", "单位名称", "项目名称", "内容", "合计", "中央直达 资金", "省直达资金", "预算科目"],
        ["合计", "", "", "", "126.44", "139.71", "-13.27", ""],
        ["(一)义务教育公用经费小计", "", "", "", "124.91", "124.91", "0.00", ""],
        ["1", "南海实验学校长峙小学校区", "义务教育经费保障机制(公用经费)", "义务教育公用经费", "27.00", "27.00", "",
         "2050202小学教育"],
    ]
    table(d, rows, merges=[(0, 0, 0, 7), (1, 0, 1, 7), (3, 0, 3, 3), (4, 0, 4, 3)])
    d.save(path)


def build_gd(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "附件3-10"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    rows = [
        ["附件3-10"],
        ["其他事业发展性支出二级项目"],
        ["金额单位:元"],
        ["项目基本信息"],
        ["项目类别", "其它事业发展性支出", "项目级别", "二级项目"],
        ["二级项目名称", "2022年现代职业教育提升计划专项资金-高职院校生均拨款奖补资金"],
        ["二级项目编码", "440000210000000091236", "挂接一级项目名称", ""],
        ["挂接一级项目编码", "135128807798472705", "分配方式", ""],
        ["存续状态", "阶段性", "项目开始年度", "2022"],
        ["项目结束年度", "2022", "预算级次", "中央级"],
        ["项目来源", "下级上报的转移支付项目", "项目金额(单位:元)", "10,875,000.00"],
        ["当年金额", "10,875,000.00", "其中:社会投入资金(单位:元)", "0.00"],
        ["资金主管部门", "省教育厅", "资金主管处室", "科教文处"],
        ["财政内部机构", "科教文处", "申报单位", "广东省外语艺术职业学院"],
        ["用款单位", "广东省外语艺术职业学院", "实施单位", ""],
        ["申报联系人", "", "申报联系电话", ""],
        ["上一年项目预算安排情况", "7250000", "申报属性", "延续项目"],
        ["上级转移支付项目代码", "", "热点分类", ""],
        ["是否科研项目", "否", "是否重点项目", "否"],
        ["是否为债券项目", "非债券项目", "是否基建项目", "否"],
        ["是否信息化项目", "否", "", ""],
        ["设立依据及申报理由",
         "依据《财政部 教育部关于印发〈现代职业教育质量提升计划资金管理办法〉的通知》(财教〔2019〕258号)、"
         "《广东省教育厅关于做好2021年现代职业教育质量提升计划中央专项资金(第二批)使用管理工作的通知》和"
         "《广东省财政厅关于下达2021年现代职业教育质量提升计划中央资金(第二批)的通知》(粤财科教〔2021〕96号)设立本项目,"
         "用于提高我省高职院校办学质量、举办技能竞赛、加强高水平专业群建设,并提升结对帮扶的四所幼专的能力。"],
        ["项目概述", "根据《国家职业教育改革实施方案》(国发〔2019〕4号)和《广东省职业教育“扩容"],
    ]
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.font = Font(name=FONT, size=10, bold=(i <= 4))
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if i >= 5:
                c.border = border
        if i >= 5:
            for j in range(len(r) + 1, 5):
                ws.cell(row=i, column=j).border = border
    for r in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    ws.cell(row=3, column=1).alignment = Alignment(horizontal="right")
    for r in (6, 22, 23):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.row_dimensions[22].height = 90
    ws.row_dimensions[23].height = 30
    for col, w in zip("ABCD", (22, 34, 26, 30)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind136"
    wb.properties.lastModifiedBy = "blind136"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


# --------------------------------------------------------------------------------------
# Deterministic zip, PDF export, check
# --------------------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted entries."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    names = [n for n, _ in items]
    order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n))
    data = dict(items)
    if "docProps/core.xml" in data:
        data["docProps/core.xml"] = re.sub(
            rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
            rb"\g<1>2024-01-01T00:00:00Z\g<2>", data["docProps/core.xml"])
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data[n])
    os.replace(tmp, path)


def to_pdf(path):
    outdir = os.path.dirname(path)
    prof = tempfile.mkdtemp(prefix="lo136_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, SOURCE_DATE_EPOCH="1704067200", TZ="UTC"))
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def fix_pdf(pdf):
    """Fixed dates and /ID in the exported PDF (same-length edits keep the xref valid)."""
    b = open(pdf, "rb").read()
    b = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)(\d{14})", rb"\g<1>20240101000000", b)
    b = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0" * 32 + b">", b)
    b = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]{32})", rb"\g<1>" + b"0" * 32, b)
    open(pdf, "wb").write(b)


def squash(s):
    return "".join(s.split())


def check(stem, ext):
    pdf = os.path.join(HERE, stem + ".pdf")
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    g = GOLD[stem]
    missing = []
    for i in g["indicators"]:
        for k in ("name", "target_text"):
            if i[k] and squash(i[k]) not in txt:
                missing.append((k, i[k]))
    for go in g["goals"]:
        if squash(go["text"]) not in txt:
            missing.append(("goal", go["text"]))
    for f in g["findings"]:
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    write_gold()
    builders = {YN: build_yn, AH: build_ah, GD: build_gd, ZJ: build_zj}
    bad = False
    for stem, b in builders.items():
        ext = GOLD[stem]["ext"]
        path = os.path.join(HERE, f"{stem}.{ext}")
        b(path)
        normalise_zip(path)
        to_pdf(path)
        fix_pdf(os.path.join(HERE, stem + ".pdf"))
        miss = check(stem, ext)
        print(stem, "OK" if not miss else f"MISSING {miss}")
        bad = bad or bool(miss)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
