#!/usr/bin/env python3
"""Build part blind138 of the real-layout corpus.

Four documents rebuilt from stored public web pages (transport, emergency,
public-security and procuratorate funds, 2021-2025).  The gold answers below
were written by hand before any tool looked at the files; the annotator did not
read the toolkit's code.

Run with /tmp/venv/bin/python.  Writes DOCX/XLSX, their PDFs (LibreOffice) and
annotations/<file>.json.  Output is deterministic: fixed core properties,
fixed zip timestamps, fixed PDF dates and IDs.
"""
import copy
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "blind138 annotator"

F1 = "chongqing-fengdu-fujing-renyuan-jingfei-zipingbaogao"
F2 = "jiangxi-duchang-jianchayuan-zhengfa-zhuanyizhifu-zipingbiao"
F3 = "anhui-jinzhai-chegoushui-buzhu-zipingbaogao"
F4 = "yunnan-shengji-hangkong-xiaofang-zuji-zipingbaogao"

# ---------------------------------------------------------------------------
# GOLD (written first)
# ---------------------------------------------------------------------------

GOAL2 = ("通过转移支付资金的投入,进一步提升办案所需装备的科技含量,进一步提升办案的质量和效果,"
         "进一步加强法律监督的效率")
GOAL3 = ("资金主要投向S447、S251、S245等国省干线公路和X435响鲜路建设,并完成10座农村公路危桥改造、"
         "3条建制村通双车道共18.8公里等任务,以提升交通通达度,改善群众出行条件,提高交通服务水平,"
         "促进社会和谐稳定。")


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


GOLD = {
    F1: {
        "source_urls": ["http://www.cqfd.gov.cn/zwgk_200/fdzdgknr/czyjs/xzyjs/202306/t20230627_12096582.html"],
        "province": "重庆市",
        "doc_kind": "项目支出绩效自评报告(含绩效目标表)",
        "patterns": [5, 6, 10],
        "indicators": [
            ind(None, None, "辅警人员", "=", 512, "人", "512"),
            ind(None, None, "项目持续期", None, None, None, "基本建立"),
            ind(None, None, "项目成本概算", "<=", 3584, "万元", "3584"),
            ind(None, None, "节约多招录正式民警资金支出", ">=", 1500, "万元", "1500"),
            ind(None, None, "促进社会和谐稳定", None, None, None, "好"),
            ind(None, None, "受益对象满意度", ">=", 95, "%", "95"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "项目持续期",
             "why": "定性目标“基本建立”,没有分级标准,无法衡量是否达成"},
            {"rule": "target.time_no_deadline", "item": "项目持续期",
             "why": "名称讲持续期,却没有期限、起止时间或年限,只写“基本建立”"},
            {"rule": "target.qualitative_no_scale", "item": "促进社会和谐稳定",
             "why": "指标值只有一个“好”字,没有评价等级或可量化口径"},
            {"rule": "target.vague_wording", "item": "促进社会和谐稳定",
             "why": "指标名称用“促进”,没有数字和基线"},
            {"rule": "target.cost_restates_budget", "item": "项目成本概算",
             "why": "成本指标只是总额上限(≤3584万元),不是单位成本;且与同一报告的全年预算数2565万元不一致"},
            {"rule": "coverage.missing_dimension", "item": "绩效目标",
             "why": "绩效目标表没有一、二级指标,也没有质量指标和时效指标(项目持续期无期限)"},
        ],
        "notes": (
            "存储页到(四)部门职能职责的“警卫国家规定的特定人员”为止,文档在此截断。"
            "页首的信息公开属性表照原样保留,其后的单列重复属性也保留。"
            "绩效目标表四列:指标名称|计量单位|指标性质|指标值;运算符放在“指标性质”列(=、≤、≥)。"
            "两行定性指标(项目持续期、促进社会和谐稳定)在原页中少一个单元格:“定性”落在计量单位列、"
            "“基本建立”/“好”落在指标性质列、指标值列为空——照原样保留错位。"
            "gold 中 target_text 取指标值单元格;两行定性指标取其文字(基本建立、好),unit 记为 null(“定性”不是单位)。"
            "辅警人员=512人与实有辅警512人一致;编制额度539人不是指标。"
            "原文“根据中市县有关辅警人员管理办法”(疑为“中央、市、县”)照原样保留。"
            "全年预算数2565万元=全年执行数2565万元,执行率100%,无需标记。"
            "满意度指标无调查对象/方法(SATISFACTION_WEAK 属 info 级、无固定规则号),未列入 findings。"
            "报告没有文字目标段落,goals 为空;没有需相加核对的总数,facts 为空。"
            "背景与职能段落用自己的话改写,数字保留。"
        ),
    },
    F2: {
        "source_urls": ["http://www.jxduchang.jcy.gov.cn/tjzj/czxx/202301/t20230110_3955907.shtml"],
        "province": "江西省",
        "doc_kind": "转移支付绩效自评报告(项目支出绩效自评表)",
        "patterns": [1, 2, 3, 8, 10],
        "indicators": [
            ind("产出指标", "数量指标", "案件办结数", None, 500, None, "500", 544, 10, 10),
            ind("产出指标", "质量指标", "案件办结率", None, 95, "%", "95%", 95.3, 10, 10),
            ind("产出指标", "时效指标", "案件法定期限办结率", None, 100, "%", "100%", 100, 20, 20),
            ind("产出指标", "成本指标", "经费投入准确", None, 100, "%", "100%", 100, 10, 10),
            ind("效益指标", "经济效益指标", "涉经济案件办结率", None, 100, "%", "100%", 100, 8, 8),
            ind("效益指标", "社会效益指标", "社会涉诉信访案件处置率", None, 100, "%", "100%", 100, 10, 10),
            ind("效益指标", "生态效益指标", "生态领域案件办结率", None, 100, "%", "100%", 81, 6, 4.7),
            ind("效益指标", "可持续影响指标", "息诉息访率", None, 100, "%", "100%", 100, 6, 6),
        ],
        "goals": [{"kind": "年度总体目标", "text": GOAL2}],
        "facts": [
            {"metric": "年度资金总额 全年预算数", "kind": "sum", "total": 412.44,
             "parts": [264, 148.44], "unit": "万元"},
            {"metric": "年度资金总额 全年执行数", "kind": "sum", "total": 330.48,
             "parts": [203.4, 127.08], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.missing_unit", "item": "案件办结数",
             "why": "指标值500、实际完成值544都没有单位(件)"},
            {"rule": "target.placeholder", "item": "指标2",
             "why": "各二级指标下留有空白的“指标2”“……”模板行"},
            {"rule": "target.input_or_process", "item": "经费投入准确",
             "why": "成本指标衡量的是经费管理(投入是否准确),不是产出成本"},
            {"rule": "target.misfiled_dimension", "item": "涉经济案件办结率",
             "why": "办结率是业务产出/质量口径,放在经济效益指标下"},
            {"rule": "target.misfiled_dimension", "item": "生态领域案件办结率",
             "why": "办结率是业务产出/质量口径,放在生态效益指标下"},
            {"rule": "consistency.deviation_reason_missing", "item": "生态领域案件办结率",
             "why": "目标100%、实际81%,扣分(4.7/6),偏差原因分析及改进措施栏为空"},
            {"rule": "goal.unquantified", "item": GOAL2,
             "why": "年度总体目标三处“进一步提升/加强”,没有任何数字或基线"},
        ],
        "notes": (
            "存储页在效益指标的最后一行“指标1息诉息访率 100% 100% 6 6”处结束:满意度指标、总分、说明均不在页内,"
            "故不对缺少满意度指标或总分作标记。"
            "照原样保留的缺陷:“资金264万元不含上年结转148.44万元)”与“2021年度)”缺左括号;表头写“年度标值”(非“年度指标值”);"
            "空白的“指标2”“……”行;指标名称带“指标1”前缀。gold 的 name 去掉“指标1”编号前缀(与层级去编号的规则同理)。"
            "指标值没有写运算符(500、95%、100%),operator 一律为 null。"
            "执行率80.13%=330.48/412.44,得分8(10×0.8013≈8.01),一致;412.44=264+148.44,330.48=203.4+127.08,均一致。"
            "生态领域案件办结率得分4.7,按比例应为6×81%=4.86,差异不大,未单列为问题(设计中无对应规则)。"
            "目标100%的“率”类指标(=100%)不视为不可能值。"
            "“实际完成情况”栏“办案装备提升,办案质量、效果提升”是完成情况,不是目标,未列入 goals。"
            "XLSX 单表,报告开头几行(导航、标题、基本情况)放在表格上方的合并单元格中。"
        ),
    },
    F3: {
        "source_urls": ["https://www.ahjinzhai.gov.cn/public/6596421/37852187.html"],
        "province": "安徽省",
        "doc_kind": "转移支付绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "年度绩效目标", "text": GOAL3}],
        "facts": [
            {"metric": "纳入绩效评价的资金", "kind": "sum", "total": 43485.32,
             "parts": [10401.21, 33084.11], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.vague_wording", "item": GOAL3,
             "why": "目标中的效果部分(提升交通通达度、改善出行条件、提高服务水平、促进和谐稳定)没有数字或基线"},
        ],
        "notes": (
            "存储页在“(二)资金安排、分解下达预算和绩效目标情况”段落末尾的“资金安排情”处截断,文档同样在半个词处结束;"
            "没有指标表(本件为纯文字件之一)。"
            "页首信息公开属性中被截掉的标签(“号:”“性:”“词:”)照原样保留。"
            "43485.32=10401.21+33084.11,一致;10401.21“分两批下达”未给各批金额,无法核对。"
            "目标含产出数字(10座危桥、3条18.8公里),所以不标 goal.unquantified 或 goal.budget_text;"
            "仅对效果部分的模糊用语标 target.vague_wording(判断:把年度绩效目标当作目标文字适用该规则)。"
            "目标和叙述用自己的话改写,数字、文件号、路线编号保留。"
        ),
    },
    F4: {
        "source_urls": ["https://yjglt.yn.gov.cn/html/2025/gsgg_0603/4031110.html"],
        "province": "云南省",
        "doc_kind": "中央转移支付资金绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "森林草原航空消防租机补助经费预算", "kind": "sum", "total": 14856.17,
             "parts": [11682, 3174.17], "unit": "万元"},
            {"metric": "实际形成支出", "kind": "sum", "total": 14474.11553,
             "parts": [11300.10553, 3174.01], "unit": "万元"},
            {"metric": "森林草原航空消防直升机", "kind": "sum", "total": 12,
             "parts": [1, 2, 1, 6, 2], "unit": "架"},
        ],
        "findings": [],
        "notes": (
            "存储页从“一、中央自然灾害救灾资金(森林草原航空消防租机补助经费)”开始,页内没有报告标题,文档照此不加标题;"
            "在“成绩得到国家森防指、应急”处截断。纯文字件,没有指标表,也没有单列的目标段落"
            "(只说目标已分解下达,详见后文的绩效指标分析,而后文不在页内)。"
            "数字核对:14856.17=11682+3174.17;14474.11553=11300.10553+3174.01;支出率97.43%=14474.11553/14856.17;"
            "资金到位率100%;12架=1+2+1+6(云南租用)+2(应急管理部)。全部一致,所以没有 findings(用于检验误报)。"
            "叙述用自己的话改写,数字、文件名、机型保留。"
        ),
    },
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def set_core(props, title):
    if hasattr(props, "creator"):
        props.creator = AUTHOR
    else:
        props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.title = title
    props.created = FIXED_DT
    props.modified = FIXED_DT
    if hasattr(props, "revision"):
        try:
            props.revision = 1
        except Exception:
            pass


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps and sorted-stable order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                          rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
        fixed.append((name, data))
    items = fixed
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fix_pdf(path):
    """Replace volatile PDF dates/IDs by fixed values of the same length."""
    with open(path, "rb") as f:
        data = f.read()

    def date_sub(m):
        s = m.group(2)
        fixed = b"D:20240101000000"
        rest = s[len(fixed):] if len(s) >= len(fixed) else b""
        rest = re.sub(rb"[0-9]", b"0", rest)
        return m.group(1) + (fixed + rest)[:len(s)] + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", date_sub, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)",
                  lambda m: m.group(1) + re.sub(rb"[0-9]", b"0", m.group(2)) + m.group(3), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5),
                  data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(<xmpMM:DocumentID>)([^<]*)(</xmpMM:DocumentID>)",
                  lambda m: m.group(1) + re.sub(rb"[0-9a-fA-F]", b"0", m.group(2)) + m.group(3), data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    fix_pdf(pdf)
    return pdf


def new_doc(title):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    set_core(doc.core_properties, title)
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncol):
            t.cell(i, j).text = row[j] if j < len(row) else ""
    return t


# ---------------------------------------------------------------------------
# document 1: 重庆 丰都县公安局 辅警人员经费 自评报告 (DOCX)
# ---------------------------------------------------------------------------


def build_f1():
    doc = new_doc("丰都县公安局2022年度辅警人员经费绩效自评工作报告")
    table(doc, [
        ["[ 索引号 ]", "11500230008686254D/2023-00041", "[ 发文字号 ]", ""],
        ["[ 主题分类 ]", "财政", "[ 体裁分类 ]", "财政预算、决算"],
        ["[ 发布机构 ]", "丰都县公安局", "", ""],
        ["[ 成文日期 ]", "2023-06-27", "[ 发布日期 ]", "2023-06-27"],
    ])
    for line in ["[ 索引号 ] 11500230008686254D/2023-00041", "[ 发文字号 ]", "[ 主题分类 ] 财政",
                 "[ 体裁分类 ] 财政预算、决算", "[ 发布机构 ] 丰都县公安局", "[ 有效性 ]",
                 "[ 成文日期 ] 2023-06-27", "[ 发布日期 ] 2023-06-27"]:
        para(doc, line, size=9)
    para(doc, "丰都县公安局2022年度辅警人员经费绩效自评工作报告", bold=True, center=True, size=15)
    para(doc, "一、基本情况", bold=True)
    para(doc, "(一)项目背景、内容。", bold=True)
    para(doc, "我局民警编制数仅540人,约占全县人口的万分之六,在全市处于偏低水平。根据中市县有关辅警人员管理办法,"
              "辅警可按户籍人口万分之十至十五配置,我县研究确定按万分之十三配置,核定辅警编制额度539人。"
              "目前我局实有辅警人员512人,协助公安机关参加各类勤务活动,共同维护全县社会治安大局稳定。")
    para(doc, "(二)项目资金情况。", bold=True)
    para(doc, "全年预算数2565万元,全年执行数2565万元,预算执行率100%。")
    para(doc, "(三)绩效目标。", bold=True)
    table(doc, [
        ["指标名称", "计量单位", "指标性质", "指标值"],
        ["辅警人员", "人", "=", "512"],
        ["项目持续期", "定性", "基本建立", ""],
        ["项目成本概算", "万元", "≤", "3584"],
        ["节约多招录正式民警资金支出", "万元", "≥", "1500"],
        ["促进社会和谐稳定", "定性", "好", ""],
        ["受益对象满意度", "%", "≥", "95"],
    ])
    para(doc, "(四)部门(单位)职能职责。", bold=True)
    para(doc, "丰都县公安局是主管全县社会治安的县政府组成部门,内设所队室22个,派出所17个。主要职责包括:"
              "预防、制止和侦查违法犯罪活动;防范、打击恐怖活动;维护社会治安秩序,制止危害社会治安秩序的行为;"
              "管理交通、消防和危险物品;管理户口、居民身份证、国籍、出入境事务以及外国人在中国境内居留、旅行的有关事务;"
              "维护国(边)境地区治安秩序;警卫国家规定的特定人员")
    path = os.path.join(HERE, F1 + ".docx")
    doc.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------------------
# document 2: 江西 都昌县人民检察院 政法转移支付 自评表 (XLSX)
# ---------------------------------------------------------------------------


def build_f2():
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    set_core(wb.properties, "都昌县人民检察院转移支付2021年度绩效自评报告")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap_left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    font = Font(name="Noto Serif CJK SC", size=9)
    widths = {"A": 14, "B": 9, "C": 11, "D": 20, "E": 11, "F": 11, "G": 8, "H": 8, "I": 14}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    def put(cell, value, merge=None, align=wrap, bold=False, boxed=True):
        ws[cell] = value
        c = ws[cell]
        c.font = Font(name="Noto Serif CJK SC", size=9, bold=bold)
        c.alignment = align
        if merge:
            ws.merge_cells(merge)
            if boxed:
                for row in ws[merge]:
                    for x in row:
                        x.border = border
        elif boxed:
            c.border = border

    # report lines above the table
    top = [
        ("网站检索", False), ("本网站已支持IPv6网络", False), ("当前位置:首页>>统计总结>>财政信息", False),
        ("都昌县人民检察院转移支付2021年度绩效自评报告", True),
        ("时间:2022-05-17  作者:  新闻来源:  【字号: | |", False),
        ("一、基本情况", True),
        ("(一)中央和省级下达专项转移支付预算和绩效目标情况", False),
        ("1.中央和省级专项转移支付预算", False),
        ("中央财政下达专项转移支付资金264万元不含上年结转148.44万元)", False),
        ("2. 绩效目标及自评情况", False),
        ("都昌县人民检察院项目支出绩效自评表", True),
        ("2021年度)", False),
    ]
    r = 1
    for text, bold in top:
        al = Alignment(horizontal="center" if bold and r in (4, 11) else "left", vertical="center")
        put(f"A{r}", text, merge=f"A{r}:I{r}", align=al, bold=bold, boxed=False)
        r += 1
    # r == 13: form table
    put(f"A{r}", "项目名称", align=wrap)
    put(f"B{r}", "政法转移支付资金", merge=f"B{r}:I{r}")
    r += 1
    put(f"A{r}", "主管部门")
    put(f"B{r}", "九江市人民检察院", merge=f"B{r}:D{r}")
    put(f"E{r}", "实施单位")
    put(f"F{r}", "都昌县人民检察院", merge=f"F{r}:I{r}")
    r += 1
    money_top = r
    put(f"A{r}", "项目资金(万元)", merge=f"A{r}:A{r + 4}")
    put(f"B{r}", "", merge=f"B{r}:C{r}")
    for col, h in zip("DEFGHI", ["年初预算数", "全年预算数A", "全年执行数B", "分值", "执行率", "得分"]):
        put(f"{col}{r}", h)
    money_rows = [
        ("年度资金总额", [264, 412.44, 330.48, 10, 80.13, 8]),
        ("其中:当年财政拨款", [264, 264, 203.4, None, None, None]),
        ("上年结转资金", [None, 148.44, 127.08, None, None, None]),
        ("其他资金", [None, None, None, None, None, None]),
    ]
    for label, vals in money_rows:
        r += 1
        put(f"B{r}", label, merge=f"B{r}:C{r}", align=wrap_left)
        for col, v in zip("DEFGHI", vals):
            put(f"{col}{r}", v if v is not None else None)
    r += 1
    put(f"A{r}", "年度总体目标", merge=f"A{r}:A{r + 1}", align=Alignment(vertical="top", horizontal="center"))
    put(f"B{r}", "预期目标", merge=f"B{r}:E{r}")
    put(f"F{r}", "实际完成情况", merge=f"F{r}:I{r}")
    r += 1
    put(f"B{r}", GOAL2, merge=f"B{r}:E{r}", align=Alignment(wrap_text=True, vertical="top", horizontal="left"))
    put(f"F{r}", "办案装备提升,办案质量、效果提升", merge=f"F{r}:I{r}",
        align=Alignment(wrap_text=True, vertical="bottom", horizontal="left"))
    ws.row_dimensions[r].height = 80
    r += 1
    head = r
    ws.row_dimensions[r].height = 26
    for col, h in zip("BCDEFGHI", ["一级指标", "二级指标", "三级指标", "年度标值", "实际完成值", "分值", "得分",
                                   "偏差原因分析及改进措施"]):
        put(f"{col}{r}", h)
    out_rows = [
        ("数量指标", [("指标1案件办结数", "500", "544", 10, 10), ("指标2", None, None, None, None),
                   ("……", None, None, None, None)]),
        ("质量指标", [("指标1案件办结率", "95%", "95.3%", 10, 10), ("指标2", None, None, None, None),
                   ("……", None, None, None, None)]),
        ("时效指标", [("指标1案件法定期限办结率", "100%", "100%", 20, 20), ("指标2", None, None, None, None),
                   ("……", None, None, None, None)]),
        ("成本指标", [("指标1经费投入准确", "100%", "100%", 10, 10), ("指标2", None, None, None, None),
                   ("……", None, None, None, None)]),
    ]
    ben_rows = [
        ("经济效益\n指标", [("指标1涉经济案件办结率", "100%", "100%", 8, 8)]),
        ("社会效益\n指标", [("指标1社会涉诉信访案件处置率", "100%", "100%", 10, 10)]),
        ("生态效益\n指标", [("指标1生态领域案件办结率", "100%", "81%", 6, 4.7)]),
        ("可持续影响指标", [("指标1息诉息访率", "100%", "100%", 6, 6)]),
    ]

    def block(level1, groups):
        nonlocal r
        start = r + 1
        for level2, rows in groups:
            g0 = r + 1
            for name, tv, av, w, s in rows:
                r += 1
                put(f"D{r}", name, align=wrap_left)
                put(f"E{r}", tv)
                put(f"F{r}", av)
                put(f"G{r}", w)
                put(f"H{r}", s)
                put(f"I{r}", None)
                ws.row_dimensions[r].height = 26 if "\n" in level2 else 16
            if r > g0:
                put(f"C{g0}", level2, merge=f"C{g0}:C{r}")
            else:
                put(f"C{g0}", level2)
        put(f"B{start}", level1, merge=f"B{start}:B{r}")

    block("产出指标", out_rows)
    block("效益指标", ben_rows)
    put(f"A{head}", "绩效指标", merge=f"A{head}:A{r}")
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    path = os.path.join(HERE, F2 + ".xlsx")
    wb.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------------------
# document 3: 安徽 金寨县 车购税 自评报告 (DOCX, prose)
# ---------------------------------------------------------------------------


def build_f3():
    doc = new_doc("2024年度车购税收入补助地方预算资金转移支付绩效自评报告")
    para(doc, "首页 > 金寨县交通运输局 > 财政资金 > 部门项目", size=9)
    table(doc, [
        ["号:", "11341426003240616K/202504-00003", "信息分类:", "工业、交通,其他"],
        ["内容分类:", "部门项目", "发文日期:", "2025-04-07 09:50:23"],
        ["发布机构:", "金寨县交通运输局", "生成日期:", "2025-04-07 09:50:23"],
        ["来源单位:", "金寨县交通运输局", "性:", "有效"],
        ["生效时间:", "", "废止时间:", ""],
        ["名  称:", "2024年度车购税收入补助地方预算资金转移支付绩效自评报告", "", ""],
        ["文  号:", "", "词:", ""],
    ])
    para(doc, "2024年度车购税收入补助地方预算资金转移支付绩效自评报告", bold=True, center=True, size=15)
    para(doc, "2025-04-07 09:50 来源:金寨县交通运输局 文字大小:[ ] 我要纠错 背景色:", size=9)
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "(一)下达车辆购置税收入补助地方资金转移支付预算和绩效目标情况。", bold=True)
    para(doc, "1.依据《安徽省财政厅 安徽省交通运输厅关于提前下达2024年政府还贷二级公路取消收费后补助资金和车购税"
              "“以奖代补”资金(第一批)的通知》(皖财建〔2023〕1454号)、《安徽省财政厅 安徽省交通运输厅关于下达"
              "2024年车购税收入补助地方预算(第三批)“以奖代补”资金的通知》(皖财建〔2024〕471号)等文件,"
              "我县2024年度共获得车辆购置税收入补助地方预算资金转移支付10401.21万元。")
    para(doc, "2.车辆购置税收入补助地方预算资金的年度绩效目标是:" + GOAL3)
    para(doc, "(二)资金安排、分解下达预算和绩效目标情况。", bold=True)
    para(doc, "纳入本次绩效评价的资金共43485.32万元,其中:中央资金10401.21万元,地方资金33084.11万元。"
              "2024年车辆购置税收入补助地方资金10401.21万元分两批下达,主要用于我县普通国省干线建设、"
              "县乡道道路提升工程、农村公路危桥改造和建制村通双车道建设等。资金安排情")
    path = os.path.join(HERE, F3 + ".docx")
    doc.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------------------
# document 4: 云南 省应急管理厅 航空消防租机经费 自评报告 (DOCX, prose)
# ---------------------------------------------------------------------------


def build_f4():
    doc = new_doc("中央自然灾害救灾资金(森林草原航空消防租机补助经费)")
    para(doc, "一、中央自然灾害救灾资金(森林草原航空消防租机补助经费)", bold=True)
    para(doc, "(一)绩效目标分解下达情况", bold=True)
    para(doc, "2024年森林草原航空消防租机补助经费预算共计14856.17万元,其中财政部下达11682万元、省级配套资金3174.17万元,"
              "均已按要求全部下达。按照财政部绩效目标管理的有关要求,云南省及时分解下达了绩效目标"
              "(具体详见“绩效指标完成情况分析”)。")
    para(doc, "(二)绩效目标完成情况分析", bold=True)
    para(doc, "1.资金投入情况分析。")
    para(doc, "中央财政安排和省级财政配套的14856.17万元资金已全部拨付到位,资金到位率100%。实际形成支出14474.11553万元,"
              "支出率97.43%。其中,中央财政安排资金支出11300.10553万元,省级财政配套资金支出3174.01万元。")
    para(doc, "2.资金管理情况分析。")
    para(doc, "一是严格落实中央要求。按照《中央补助地方森林草原航空消防租机经费管理暂行规定》,资金全部用于航空应急救援飞机租赁;"
              "依据批复的租机计划依法依规组织招标采购,与中标通航公司签订租机合同,并与应急管理部南方航空护林总站所属普洱站、"
              "丽江站、保山站签订委托管理协议,严格按合同和协议约定事项执行。二是完善制度体系。出台《云南省森林草原航空消防"
              "直升机日常管理规定(试行)》,明确直升机日常管理的主要内容、工作原则和管理主体,加大资金监管力度。"
              "2024年云南省共布局12架森林草原航空消防直升机(其中:云南省租用1架M-26直升机、2架H-125直升机、1架K-32直升机、"
              "6架M-171高原型直升机,应急管理部在昆明布局2架直8A直升机)。三是充分发挥作用。直升机在遏制重特大森林草原火灾、"
              "提升森林草原火灾综合防控能力方面发挥了重要作用,2024年防火期全省共接报处置15起森林草原火灾,"
              "火灾起数为1952年有记录以来防火期第二少,成绩得到国家森防指、应急")
    path = os.path.join(HERE, F4 + ".docx")
    doc.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------------------


def write_gold(fname):
    os.makedirs(ANN, exist_ok=True)
    stem, _ = os.path.splitext(fname)
    g = GOLD[stem]
    rec = {"source": fname}
    rec.update(copy.deepcopy(g))
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")


def check_pdf(pdf, stem):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", txt)
    g = GOLD[stem]
    probs = []
    items = []
    for i in g["indicators"]:
        items += [i["name"], i["target_text"]]
    items += [x["text"] for x in g["goals"]]
    items += [x["item"] for x in g["findings"]]
    for it in items:
        if it and re.sub(r"\s+", "", it) not in flat:
            probs.append(it)
    return probs


def main():
    builders = [(F1, build_f1), (F2, build_f2), (F3, build_f3), (F4, build_f4)]
    bad = False
    for stem, fn in builders:
        path = fn()
        pdf = to_pdf(path)
        write_gold(os.path.basename(path))
        write_gold(os.path.basename(pdf))
        probs = check_pdf(pdf, stem)
        print(os.path.basename(path), "->", os.path.basename(pdf), "missing in PDF text:", probs or "none")
        bad = bad or bool(probs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
