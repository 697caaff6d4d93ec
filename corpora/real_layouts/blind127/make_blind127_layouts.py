#!/usr/bin/env python3
"""Blind part blind127 of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document reproduces
the layout of a stored public web page (government procurement / purchased-service
documents with acceptance or assessment targets). Facts, indicator names, target cells
and defects are kept as found; longer narrative sentences are reworded, numbers kept.
Each document stops where the stored page copy stops.

Gold answers are defined first (GOLD below), then the files are written:
    /tmp/venv/bin/python make_blind127_layouts.py
Outputs: <name>.docx / <name>.xlsx, <name>.pdf (LibreOffice) and annotations/<file>.json.
"""
import copy
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written before any file is produced or inspected by the toolkit)
# ---------------------------------------------------------------------------
D1 = "hunan-changsha-rexianzuoxi-caigouxuqiu"
D2 = "hebei-xingtai-xuexiaowuye-caigouxuqiu"
D3 = "anhui-wuhe-shuishengtaijianguan-gengzhenggonggao"
D4 = "hubei-sanxia-shuiyunkouanyunwei-pingjiabiaozhun"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


GOLD = {
    D1: {
        "ext": "docx",
        "source_urls": ["http://www.51callcenter.com/newsinfo/163/3580686"],
        "province": "湖南",
        "doc_kind": "政府采购需求(标的清单、服务要求、验收要求和服务考核计分表)",
        "patterns": [5, 6, 10],
        "indicators": [
            ind(None, None, "人员年流失率", "<=", 20, "%", "人员年流失率不高于20%"),
            ind(None, None, "现场电话接通率", ">=", 95, "%", "现场电话接通率不提低于95%"),
            ind(None, None, "工资标准", ">=", None, None, "工资标准不低于长沙市政府初级雇员标准"),
            ind("事件响应及恢复时间", None, "一级事件响应及处置时间", None, None, None, "一级事", weight=25),
        ],
        "goals": [],
        "facts": [
            {"metric": "合计金额(标的清单)", "kind": "sum", "total": 1684500, "parts": [1684500], "unit": "元"},
            {"metric": "合计(服务清单小计)", "kind": "sum", "total": 1684500.00, "parts": [1684500.00], "unit": "元"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "一级事件响应及处置时间",
             "why": "The only row of the 服务考核计分表 has weight 25 but its 指标定义及标准 cell reads only '一级事' (the stored page stops there): no time value, no unit, no scoring rule."},
        ],
        "notes": (
            "Source: stored copy of a 51callcenter.com news page reproducing a 长沙市政务服务中心 hotline-seat procurement (2019). "
            "The stored page begins with the 标的 table (no title) and stops inside row 1 of the 服务考核计分表 ('一级事'); the document stops there too. "
            "Kept as found: no document title; 数量单位 '项' with 数量 25 in the first table although 25 are seats; '座席'/'坐席' mixed; "
            "the typo '不提低于95%' (twice) beside a correct '不低于95%' (third statement of the same requirement); "
            "'25座席' value+unit in one cell; amount in words 壹佰陆拾捌万肆仟伍佰元整 (= 1684500, consistent). "
            "Judgement calls: the same staffing/requirement sentence is stated three times (table cell, '方式:' line, loose paragraph); "
            "gold lists each indicator once. '按照座席数与话务员数1:2的比例配置' is a staffing ratio, not listed as indicator (25 seats x 2 = 50 staff, consistent with '人员50人'). "
            "'工资标准不低于长沙市政府初级雇员标准' is listed with operator >= and no numeric value (reference to an external pay scale); not flagged, since the benchmark is identifiable. "
            "In the 计分表 the 分类 column is taken as level1 (non-canonical label). 67,380.00 x 25 = 1,684,500.00 (consistent, no finding). "
            "Instalment rule in prose: 按季度支付运维服务费 according to monthly/quarterly assessment."
        ),
    },
    D2: {
        "ext": "docx",
        "source_urls": ["https://xt.jrzb.com/purchases/2025-10-10.26560350a1591d66a4666a43e1b5aa3f"],
        "province": "河北",
        "doc_kind": "政府采购需求(学校物业服务外包,服务标准与岗位要求)",
        "patterns": [6],
        "indicators": [
            ind(None, None, "物业人员配备", ">=", 17, "人", "物业人员配备不少于17人"),
        ],
        "goals": [],
        "facts": [
            {"metric": "物业人员配备", "kind": "sum", "total": 17, "parts": [1, 1, 3, 4, 1, 1, 6], "unit": "人"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "符合国家相关标准及行业标准",
             "why": "The 相关标准 section only says the service must meet national and industry standards, naming none and giving no measurable level."},
            {"rule": "coverage.missing_dimension", "item": "物业人员配备",
             "why": "Up to where the stored page stops, the only quantified requirement is staffing (a quantity/input); no quality, timeliness or satisfaction target and no acceptance standard are stated for the property service."},
        ],
        "notes": (
            "Source: stored copy of a jrzb.com (xt = 邢台 channel) 采购需求 page, dated 2025-10-10 in its address. The aggregator masks names with '******' "
            "(street, school, 中学); kept as found, not treated as template placeholders. Province 河北 / place 邢台 inferred from the xt.jrzb.com channel; the page itself does not name the city. "
            "The stored page stops inside the 保洁员 row of the post table ('需有一名保'); the document stops there. "
            "Kept as found: double numbering (一、功能及要求:一、项目名称 ... 二、项目概况 ... 二、相关标准), '技术规格: 无', stray '?' marks in the post column, "
            "the truncated winter working-time sentence. Budget 729900.00元(一年), service term 两年 with one-year contracts. "
            "Judgement calls: the area figures (教学楼14545.35, 教学及辅助用房4408.75, 学生公寓8594.3 平方米 vs 总建筑面积31889.75) are not recorded as a sum fact: the page does not say '其中' and the parts do not claim to be complete (they add to 27548.4). "
            "Staff age 20-55岁 and '2-3年以上工作经验者优先' are eligibility conditions, not listed as indicators. The seven post counts (1+1+3+4+1+1+6 = 17) are recorded as a sum fact, consistent with 不少于17人. "
            "Per-post '服务时间:24 小时按需服务' not listed as indicators (service hours, not targets). Counted as prose-only for the brief's limit (its table lists posts, not indicators)."
        ),
    },
    D3: {
        "ext": "docx",
        "source_urls": ["http://www.jianfeilema.cn/zhaobiao/2024-07-19/6184352.asp"],
        "province": "安徽",
        "doc_kind": "政府采购更正公告(询问答复,第三方服务绩效考核分值)",
        "patterns": [10],
        "indicators": [
            ind(None, None, "年度水環境質量改善情況", None, None, None,
                "以上級下達的目標任務為依據", weight=40),
            ind(None, None, "水質監測", None, None, None, None, weight=15),
            ind(None, None, "水質超標溯源調查", None, None, None, None, weight=10),
            ind(None, None, "日常巡查管控", None, None, None, None, weight=35),
        ],
        "goals": [],
        "facts": [
            {"metric": "績效考核滿分", "kind": "sum", "total": 100, "parts": [40, 15, 10, 35], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "年度水環境質量改善情況",
             "why": "The target for the six monitored sections is only '以上級下達的目標任務為依據' plus 'no worse than last year'; no section target value is stated in the document."},
            {"rule": "target.missing_value", "item": "水質監測",
             "why": "Only the name and its points (15分) are given; no target or standard is stated before the stored page stops."},
            {"rule": "target.missing_value", "item": "水質超標溯源調查",
             "why": "Only the name and its points (10分) are given; no target or standard is stated."},
            {"rule": "target.missing_value", "item": "日常巡查管控",
             "why": "Only the name and its points (35分) are given; no target or standard is stated."},
        ],
        "notes": (
            "Source: stored copy of a jianfeilema.cn tender-aggregator page (更正公告(三次) of 五河縣, 蚌埠, 安徽, 2024-07-19). The page is rendered in traditional characters; kept as found. "
            "The stored page stops at the bidder's first question '(1)請問績效考核及格標準為多少?' (no answer); the document stops there. "
            "Prose only: the assessment items and points are stated in one sentence (40+15+10+35 = 100, consistent). "
            "Kept as found: '更正事項:采購文件' although the text says no correction is made; six section names (懷洪新河五河斷面 ... 晶源水務取水口斷面). "
            "Deduction rules (monthly miss -1 per section, annual miss -10 per section, worse than last year -5 per section, capped at 40) are kept; they are scoring rules, not targets. "
            "Judgement calls: each of the four assessment items is one indicator row with its points as weight; target_text for the first is the clause '以上級下達的目標任務為依據' (the second target clause '年度均值只能改善或持平,不能惡化' compares with last year's level); "
            "'水環境質量持續改善' is quoted as a principle, not a goal, so goals is empty. The unanswered question about the pass mark is not a rule finding (no grade stated)."
        ),
    },
    D4: {
        "ext": "xlsx",
        "source_urls": ["https://www.zzptech.com/documents/%E8%BF%90%E8%A1%8C%E7%BB%B4%E6%8A%A4-2/"],
        "province": "湖北",
        "doc_kind": "采购需求(招标文件节选:运维服务质量综合评价标准)",
        "patterns": [5, 6, 8],
        "indicators": [
            ind(None, None, "工作协作", None, None, None,
                "积极配合采购人工作、服从采购人工作安排、及时完成分配的任务,不得出现拖延、推诿等现象。", weight=10),
            ind(None, None, "故障处理", None, None, None,
                "在系统发生故障时,供应商要迅速响应,及时安排人员排查问题,恢复故障。", weight=30),
        ],
        "goals": [
            {"kind": "总体目标", "text": "由专业的软件运维保障单位为系统提供统一、专业、持续的运维服务,确保系统稳定运行,保障进出口企业和航运相关企业的业务稳定运转。"},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "工作协作",
             "why": "关键指标 is '积极配合…及时完成分配的任务' with no number, deadline or rate."},
            {"rule": "target.time_no_deadline", "item": "故障处理",
             "why": "关键指标 asks to '迅速响应,及时安排人员' without a response or recovery time; the scoring rule refers to '合同规定时间' which is not stated here."},
            {"rule": "goal.unquantified", "item": "由专业的软件运维保障单位为系统提供统一、专业、持续的运维服务,确保系统稳定运行,保障进出口企业和航运相关企业的业务稳定运转。",
             "why": "The project goal states stable operation without any availability, response-time or other numeric target."},
        ],
        "notes": (
            "Source: stored copy of a zzptech.com documents page quoting a tender for 'XXX 水运口岸营商环境优化系统运维项目' (服务期限一年, 招标标的105万元). "
            "The page anonymises the place as 'XXX'; province 湖北 is my inference from the listed user '长江三峡局' (长江三峡通航管理局, 宜昌) and is uncertain (重庆 is possible). "
            "The stored page stops inside row 2 of the 服务质量综合评价标准 ('3.对发生的故障在处理后要进行分析'); the sheet stops there, so only 40% of the weights are visible; no score-total finding is made. "
            "Kept as found: numbering '1. 运行维护项目商务需求' followed by '2.1'/'2.2'; '//其余内容见附件'; the two-level header (服务指标 over 编号..评分标准, 核算评价 over 实际得分); "
            "label cells '工作 协作 权重 10%' / '故障 处理 权重 30%' (name and weight in one cell, with the stray space); empty 实际得分 column (template). "
            "Weights are percentages while the scoring rules deduct points ('本类别中一次减 20 分'); noted, not flagged. "
            "Judgement calls: name = 类别 without the weight; weight = the percent number; target_text = the 关键指标 cell as written. The intro goal sentence is reworded (my words) and the gold goal text is that reworded sentence."
        ),
    },
}

# ---------------------------------------------------------------------------
# document builders
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402


def new_doc(title_for_props):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.title = title_for_props
    cp.author = "blind127"
    cp.last_modified_by = "blind127"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, merges=(), widths=None):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            for cell in t.columns[j].cells:
                cell.width = Cm(w)
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None:
                t.cell(i, j).text = v
    for (r0, c0, r1, c1) in merges:
        keep = t.cell(r0, c0).text
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        m.text = keep
    return t


def build_d1(path):
    doc = new_doc("长沙市政务服务中心热线坐席搬迁座席增加采购")
    table(doc, [
        ["序号", "标的名称", "政府采购品目", "型号规格", "数量单位", "数量", "总价(元)"],
        ["1", "热线坐席搬迁坐席增加采购", "呼叫中心服务",
         "用于长沙市政务服务中心市民热线坐席位人工工资服务,25个座席,人员50人,时限为2019年6月至2019年12月。",
         "项", "25", "1684500"],
        ["合计金额小写: 1684500 元 合计金额大写:壹佰陆拾捌万肆仟伍佰元整", "", "", "", "", "", ""],
    ], merges=[(2, 0, 2, 6)], widths=[1.1, 2.4, 2.0, 5.6, 1.4, 1.2, 2.3])
    para(doc, "")
    req = ("本项目新增座席25个,话务员由我公司负责招聘、管理和培训;为满足24小时接听电话的要求,"
           "座席数与话务员数按1:2的比例配置,工资标准不低于长沙市政府初级雇员标准,人员年流失率不高于20%,现场电话接通率不提低于95%。")
    table(doc, [
        ["序号", "服务名称", "品目分类", "计量单位", "具体要求说明", "单价", "数量", "小计", "备注"],
        ["1", "长沙市政务服务中心热线坐席搬迁座席增加采购项目", "/", "元", req, "67,380.00", "25座席", "1,684,500.00", "/"],
        ["合计", "", "", "", "", "", "", "1,684,500.00", ""],
    ], merges=[(2, 0, 2, 6)], widths=[0.9, 2.0, 1.1, 1.1, 4.0, 2.3, 1.5, 2.8, 0.8])
    para(doc, "时间:2019年6月-2019年12月")
    para(doc, "地点:采购人指定地点")
    para(doc, "方式:" + req)
    para(doc, "按24小时接听电话的要求,座席数与话务员数按1:2配置,工资标准不低于长沙市政府初级雇员标准,"
              "人员年流失率不高于20%,现场电话接通率不低于95%。")
    para(doc, "5.3 验收要求和验收标准 采用热线运行数据统计与人工考核相结合的考核方式,采购人按月度、季度考核中标人的工作,"
              "并依据考核结果按季度支付运维服务费,具体规定如下:1、服务考核计分表")
    table(doc, [
        ["序号", "分类", "权重", "考核指标", "指标定义及标准", "计分办法"],
        ["1", "事件响应及恢复时间", "25", "一级事件响应及处置时间", "一级事", ""],
    ], widths=[1.0, 2.8, 1.2, 3.2, 5.0, 3.0])
    doc.save(path)


def build_d2(path):
    doc = new_doc("物业服务外包项目采购需求")
    para(doc, "一、功能及要求:一、项目名称:物业服务外包项目")
    para(doc, "二、项目概况:******街道郭亮南路******学校现有教学班24个,在校学生985人,教职员工100余人。"
              "学校占地面积23427.4平方米,绿化面积9478平方米,总建筑面积31889.75平方米,教学楼14545.35平方米,"
              "教学及辅助用房面积4408.75平方米,学生公寓8594.3平方米,体育场地面积8662平方米。本项目采购******学校的物业服务,"
              "预算金额729900.00元(一年)。")
    para(doc, "二、相关标准:")
    para(doc, "符合国家相关标准及行业标准。")
    para(doc, "三、技术规格:")
    para(doc, "无")
    para(doc, "四、交付时间和地点:")
    para(doc, "服务期限:本项目服务期限为两年,合同一年一签。")
    para(doc, "******中学")
    para(doc, "五、服务标准:")
    para(doc, "一、项目服务岗位及人员要求")
    para(doc, "1.物业人员配备不少于17人:物业项目经理1人,物业助理1人,综合维修人员3人,保洁员4人、绿化工1人,保健室管理1人,宿管员6人。")
    para(doc, "2.所有物业人员年龄在20-55岁之间,相应岗位有2-3年以上工作经验者优先;要求品行端正、熟悉物业管理服务各项技能,"
              "能吃苦耐劳、待人和善、身体健康,无违法违纪记录。")
    para(doc, "3.夏季工作时间:上午7:30~11:30,下午14:20~18:00;冬季工作时************学校上班时间同步。")
    para(doc, "4.所有工作人员统一着装,必须持有体检达标************学校物业管理服务的有序高效运作。")
    para(doc, "5.物业管理服务各岗位人员要求")
    table(doc, [
        ["岗位", "工作内容及要求"],
        ["项目经理 ?", "1、岗位要求 执业资格要求:持有全国物业管理企业经理或物业职业经理人证书; 2、服务时间:24 小时按需服务。"],
        ["物业助理 ?", "1、岗位要求 执业资格要求:持有垃圾分类服务项目经理证书和公共场所清洁消毒防疫服务项目经理证书; 2、服务时间:24 小时按需服务。"],
        ["? 保健员 ?", "1、岗位要求 执业资格要求持有卫健部门颁发的护士证; 2、服务时间:24小时按需服务。"],
        ["? 保洁员 ?", "1、岗位要求 需有一名保"],
    ], widths=[3.0, 13.0])
    doc.save(path)


def build_d3(path):
    doc = new_doc("五河縣重點河流水生態環境網格化監管第三方服務項目更正公告(三次)")
    para(doc, "安徽蚌埠五河縣重點河流水生態環境網格化監管第三方服務項目更正公告(三次)", bold=True, center=True)
    para(doc, "一、項目基本情況")
    para(doc, "原公告的采購項目編號:bb2024whcgz099")
    para(doc, "原公告的采購項目名稱:五河縣重點河流水生態環境網格化監管第三方服務項目")
    para(doc, "首次公告日期:2024年7月9日")
    para(doc, "二、更正信息更正事項:采購文件")
    para(doc, "更正內容:本公告不作更正,對潛在供應商所提詢問的答復見其他補充事宜。")
    para(doc, "更正日期:2024年7月19日")
    para(doc, "三、其他補充事宜對潛在投標人提出的詢問做以下回復:")
    para(doc, "問題:實施滿分100分績效考核,分為年度水環境質量改善情況(40分)、水質監測(15分)、水質超標溯源調查(10分)、日常巡查管控(35分)。")
    para(doc, "(一)年度水環境質量改善情況:對懷洪新河五河斷面、關咀斷面、沱湖湖區斷面、天井湖斷面、新開沱河閘斷面、晶源水務取水口斷面,"
              "以上級下達的目標任務為依據,實施按月考核;月度值未達標的,每個斷面扣1分;年度均值未達標的,每個斷面扣10分。"
              "同時按“水環境質量持續改善”原則,每年以上年度水環境質量狀況為參照,年度均值只能改善或持平,不能惡化,否則每個斷面扣5分;"
              "以上扣分可疊加,扣完40分為止。")
    para(doc, "請問:")
    para(doc, "(1)請問績效考核及格標準為多少?")
    doc.save(path)


def build_d4(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务质量综合评价标准"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    lines = [
        "XXX 水运口岸营商环境优化系统运维项目的用户包括报关企业、物流企业、港口码头、船舶公司、船代企业和长江三峡局,"
        "用户多、业务面广、业务量大,对运维服务的专业性和保障性要求高。",
        "由专业的软件运维保障单位为系统提供统一、专业、持续的运维服务,确保系统稳定运行,保障进出口企业和航运相关企业的业务稳定运转。",
        "本文截取自该项目招标文件,服务期限一年(含一次三级等保测评),招标标的 105 万元。",
        "1. 运行维护项目商务需求",
        "2.1 运维团队相关要求",
        "供应商需具备完善的管理及售后服务组织体系和现场运维服务能力,并须针对本项目组建项目实施组。//其余内容见附件",
        "2.2 服务质量综合评价标准",
    ]
    r = 1
    for ln in lines:
        ws.cell(row=r, column=1, value=ln).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.row_dimensions[r].height = 45 if len(ln) > 40 else 18
        r += 1
    hdr1 = r
    ws.cell(row=hdr1, column=1, value="服务指标")
    ws.merge_cells(start_row=hdr1, start_column=1, end_row=hdr1, end_column=4)
    ws.cell(row=hdr1, column=5, value="核算评价")
    hdr2 = r + 1
    for c, v in enumerate(["编号", "类别 (权重)", "关键指标", "评分标准", "实际得分"], start=1):
        ws.cell(row=hdr2, column=c, value=v)
    data = [
        ["1", "工作 协作 权重 10%",
         "积极配合采购人工作、服从采购人工作安排、及时完成分配的任务,不得出现拖延、推诿等现象。",
         "1.未及时完成采购人安排的任务的,造成严重后果的,本类别中一次减 20 分。 2.对采购人安排的任务不认真对待,完成的质量达不到采购人要求的,本类别中一次减 10 分。",
         None],
        ["2", "故障 处理 权重 30%",
         "在系统发生故障时,供应商要迅速响应,及时安排人员排查问题,恢复故障。",
         "1.对应用系统故障进行 7×24 小时响应,在发生故障后没有按照合同规定时间到达现场的,本类别中一次减 10 分。 2.对于在处理故障过程中服务质量过低导致采购人业务恢复时间过长的,本类别中一次减 20 分。 3.对发生的故障在处理后要进行分析",
         None],
    ]
    rr = hdr2 + 1
    for row in data:
        for c, v in enumerate(row, start=1):
            ws.cell(row=rr, column=c, value=v)
        ws.row_dimensions[rr].height = 90
        rr += 1
    for row in ws.iter_rows(min_row=hdr1, max_row=rr - 1, min_col=1, max_col=5):
        for cell in row:
            cell.border = box
            cell.alignment = wrap
    for row in ws.iter_rows(min_row=hdr1, max_row=hdr2, min_col=1, max_col=5):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col, w in zip("ABCDE", (6, 12, 95, 70, 8)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind127"
    wb.properties.lastModifiedBy = "blind127"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.title = "水运口岸营商环境优化系统运维项目 服务质量综合评价标准"
    wb.save(path)


BUILDERS = {D1: build_d1, D2: build_d2, D3: build_d3, D4: build_d4}


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-by-original order (deterministic)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = b"2025-01-01T00:00:00Z"
    items = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + fixed + rb"\g<2>", d))
             if n == "docProps/core.xml" else (n, d) for n, d in items]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def to_pdf(path):
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = "1735689600"  # 2025-01-01, honoured by recent LibreOffice builds
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    pdf = os.path.splitext(path)[0] + ".pdf"
    with open(pdf, "rb") as f:
        data = f.read()

    def fix_date(m):  # same-length replacement keeps the xref offsets valid
        fixed = b"D:20250101000000Z'"
        return m.group(1) + fixed[:len(m.group(2))].ljust(len(m.group(2)), b"0") + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\()([^)]*)(\))", fix_date, data)
    body = re.sub(rb"/ID \[[^\]]*\]", b"", data)
    body = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"", body)
    digest = hashlib.md5(body).hexdigest().upper().encode()
    data = re.sub(rb"(/ID \[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)",
                  lambda m: m.group(1) + digest + m.group(2) + digest + m.group(3), data)
    data = re.sub(rb"(/DocChecksum /)[0-9A-Fa-f]{32}", lambda m: m.group(1) + digest, data)
    with open(pdf, "wb") as f:
        f.write(data)


def write_gold(name, fname):
    g = GOLD[name]
    out = {"source": fname, "source_urls": g["source_urls"], "province": g["province"], "doc_kind": g["doc_kind"],
           "patterns": g["patterns"], "indicators": copy.deepcopy(g["indicators"]), "goals": g["goals"],
           "facts": g["facts"], "findings": g["findings"], "notes": g["notes"]}
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(ANN, exist_ok=True)
    # gold first
    for name, g in GOLD.items():
        write_gold(name, f"{name}.{g['ext']}")
        write_gold(name, f"{name}.pdf")
    for name, g in GOLD.items():
        path = os.path.join(HERE, f"{name}.{g['ext']}")
        BUILDERS[name](path)
        normalise_zip(path)
        if "--no-pdf" not in sys.argv:
            to_pdf(path)
    print("written:", ", ".join(GOLD))


if __name__ == "__main__":
    main()
