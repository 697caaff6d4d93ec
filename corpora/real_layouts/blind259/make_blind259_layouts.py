"""Build the blind259 part: four documents (XLSX/DOCX + PDF) and their gold JSON.

The gold is written first (GOLD below), before any file is read back.
Run: /tmp/wvenv/bin/python make_blind259_layouts.py
"""

import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind259"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

URL_WC = "http://biz.doczj.com/doc/1c16100268.html"
URL_GD = "https://www.domei.cn/article/377694.html"
URL_NG = "https://275167.com/OpennessContent/show/3287941.html"

# ---------------------------------------------------------------- texts
WC_ZX_CONTENT = (
    "行政区域内政府网站合格达标,未被国务院办公厅、省政府办公厅通报批评。"
    "建立常态化监管机制并留存监管台账,每季度抽查比例不低于30%,抽查结果对外公开。"
    "网站功能完备,涵盖信息发布、解读回应、互动交流,政府门户网站另须提供办事服务功能;发布信息零差错。"
    "按期完成年度集约化建设任务,乡镇(街道)网站及县级部门网站全部迁入上级技术平台;"
    "健全集约化后的内容保障机制,实现信息资源共享共用。"
    "强化网络安全监测与技术防护,落实网站安全责任人和安全责任,防范安全事故,保障网站稳定、可靠、安全运行。"
    "建成或接入“互联网+政务服务”平台并完善网上办事大厅;全面梳理、编制并集中公开政务事项目录和办事指南;"
    "推行事项标准化管理;优化网上服务流程,建立网上预审机制,重点服务事项实现网上办理;"
    "按要求共享资源;推广电子证照应用;全面公开服务信息。"
    "网民留言按时限办理,做到程序规范、审核严格、答复恰当。"
)

WC_BM_ITEMS = [
    "推动、指导、协调并监督全县(含省市驻县单位)的政务公开与政府信息公开工作",
    "推动、指导并监督全区公共企事业单位的办事公开工作",
    "面向公民、法人和其他组织提供政务咨询、接洽、受理、审批以及反馈行政审批(含办事)结果等相关服务及平",
]
WC_BM_CELL = "1、{};2、{};3、{}".format(*WC_BM_ITEMS)

GD_GOALS = [
    "完成重大决策咨询课题的立项以及公开招标或委托研究工作",
    "组织召开省长与专家座谈会,形成会议综述材料和专家发言精要1册",
    ("完成省委、省政府交办的文件和领导讲话稿起草,并通过省内、省外及出国(境)调研撰写研究成果报告,"
     "以《研究报告》《领导参阅》等形式报送省领导参阅"),
    "组织决策咨询委员专家开展调研、考察和座谈会等活动,形成考察报告和政策建议",
    "完成决策咨询研究成果汇编以及发展研究等内刊的编辑出版工作",
]

NG_TITLE = ("关于征求2023年度“互联网+政务服务 ” 、行政审批制度改革、公共资源交易、热线留言办理等"
            "工作考核细则(征求意见稿)的函")

NG_RULE = (
    "1.事项认领及动态管理情况。省统筹政务服务事项、行政许可事项、行政备案事项做到“应领尽领”的得3分;"
    "因主观原因未认领,或因客观原因未认领却未提交不予认领说明的,扣3分。"
    "落实国务院、省市政府取消、调整、下放行政审批事项实时更新管理的得2分,未落实的扣2"
)


def ind(level1, level2, name, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- gold
GOLD = {
    "blind259_wangcheng_zxzj_mbsbb.xlsx": {
        "source_urls": [URL_WC],
        "province": "湖南省",
        "doc_kind": "专项资金绩效目标申报表(残页:专项年度绩效指标与审核签章栏)",
        "patterns": [1, 8],
        "indicators": [
            ind("产出指标", "质量指标", WC_ZX_CONTENT),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": WC_ZX_CONTENT[:20],
             "why": "指标值列为空,整段要求只写在指标内容里,没有填报可核对的指标值"},
            {"rule": "target.vague_wording", "item": WC_ZX_CONTENT[:20],
             "why": "多用强化、完善、优化、推行、全面等措辞,除抽查比例30%外没有数值或基线"},
            {"rule": "target.qualitative_no_scale", "item": WC_ZX_CONTENT[:20],
             "why": "合格达标、功能完备、答复恰当等定性要求没有分级或评判标准"},
            {"rule": "coverage.too_few_indicators", "item": "专项年度绩效指标",
             "why": "整个指标块只有一行(质量指标),少于3个三级指标"},
            {"rule": "coverage.missing_dimension", "item": "数量指标",
             "why": "产出指标下只有质量指标,无数量指标"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "没有任何效益指标"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "没有服务对象满意度指标"},
        ],
        "notes": (
            "存储页从“专项资金绩效目标申报表/专项年度绩效指标”起,表头的项目名称、资金等栏不在存储文本中,"
            "故从指标块开始复现。指标块只有一行:产出指标/质量指标,指标内容为一整段多项要求(网站合格、"
            "每季度抽查比例不低于30%、集约化、安全、互联网+政务服务、网民留言),指标值与备注为空。"
            "按表格结构记为一行指标(名称即指标内容单元格),未把段内“抽查比例不低于30%”拆成单独指标;"
            "长句按要求改写,30%等数字保留。审核意见与签章栏(年月日、盖章)、填报日期2017.12照原样保留。"
            "“专项年度绩效指标”作为左侧标签列向下合并。coverage.missing_dimension 的 item 是缺失的维度名,"
            "不在PDF中出现,脚本的PDF文字核对跳过 coverage.* 条目。"
        ),
    },
    "blind259_wangcheng_bmzt_mbsbb.xlsx": {
        "source_urls": [URL_WC],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效目标申报表(2018年度,残页)",
        "patterns": [8],
        "indicators": [
            ind("产指标", None, WC_BM_ITEMS[0]),
            ind("产指标", None, WC_BM_ITEMS[1]),
            ind("产指标", None, WC_BM_ITEMS[2]),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": WC_BM_ITEMS[0][:20],
             "why": "只写职责内容,没有指标值"},
            {"rule": "target.missing_value", "item": WC_BM_ITEMS[1][:20],
             "why": "只写职责内容,没有指标值"},
            {"rule": "target.missing_value", "item": WC_BM_ITEMS[2][:20],
             "why": "只写服务内容,没有指标值"},
            {"rule": "target.input_or_process", "item": WC_BM_ITEMS[0][:20],
             "why": "填的是部门职责(推动、指导、协调、监督),是履职过程而非产出"},
            {"rule": "target.input_or_process", "item": WC_BM_ITEMS[1][:20],
             "why": "填的是部门职责(推动、指导、监督),是履职过程而非产出"},
        ],
        "notes": (
            "与专项表同页,位于专项表签章栏之后。表头:填报单位(盖章)、部门名称长沙市望城区政务服务中心、"
            "年度预算申请(万元):资金总额栏空,1305.3 写在“按收入性质分:”后,照原样保留。"
            "一级标签写作“产指标”(原文如此,疑为“产出指标”),其下一个单元格内用1、2、3列出三项职责,"
            "按列表编号拆成三行指标(名称去掉编号)。原文写“全县”而部门为区级,照录。"
            "存储页在第3项“……相关服务及平”处截断,本文件到此为止;因页面截断,不就缺失维度、满意度等下结论。"
        ),
    },
    "blind259_guangdong_jczx_zpbg.docx": {
        "source_urls": [URL_GD],
        "province": "广东省",
        "doc_kind": "省级财政资金项目支出绩效自评报告(决策咨询专项费,范文汇编第1篇,残篇)",
        "patterns": [],
        "indicators": [
            ind(None, None, "会议综述材料和专家发言精要", "=", 1, "册",
                "形成会议综述材料和专家发言精要1册"),
        ],
        "goals": [{"kind": "项目实施内容", "text": g} for g in GD_GOALS],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": GD_GOALS[0][:20],
             "why": "课题立项与招标/委托研究没有课题数量或完成时限"},
            {"rule": "goal.process_only", "item": GD_GOALS[0][:20],
             "why": "只描述立项、招标、委托等程序步骤,不是产出或效果"},
            {"rule": "goal.unquantified", "item": GD_GOALS[2][:20],
             "why": "文稿起草、调研和研究成果报告都没有数量"},
            {"rule": "goal.unquantified", "item": GD_GOALS[3][:20],
             "why": "调研、考察、座谈次数和考察报告、政策建议份数都未给出"},
            {"rule": "goal.unquantified", "item": GD_GOALS[4][:20],
             "why": "成果汇编和内刊编辑出版没有期数或册数"},
        ],
        "notes": (
            "页面是范文汇编(精选4篇),只复现第1篇开头到存储文本截断处“为确保决策咨询专项费项目保质保量地完”。"
            "年份与文号保留占位符原样:xx年、粤财绩﹝xx﹞13号(不是指标,不作 target.placeholder)。"
            "目标只以正文列举的五项实施内容出现(一是……五是),逐项记为目标;唯一带数的是“专家发言精要1册”,"
            "记为一行指标,按确切数量记 operator '='。职能段、目标句均已改写,数字保留;原文“有关的`信息资料”"
            "中的反引号照录。页面在绩效指标/评分表之前就截断,故不标 goal.unmeasured 或 coverage.*。"
        ),
    },
    "blind259_ningguo_hlw_khxz.docx": {
        "source_urls": [URL_NG],
        "province": "安徽省",
        "doc_kind": "“互联网+政务服务”工作乡镇、街道考核细则(征求意见稿)及征求意见函",
        "patterns": [8],
        "indicators": [
            ind("政务服务工作", "政务服务标准化",
                "省统筹政务服务事项、行政许可事项、行政备案事项",
                target_text="“应领尽领”", weight=3),
            ind("政务服务工作", "政务服务标准化",
                "国务院、省市政府取消、调整、下放行政审批事项实时更新管理",
                target_text="实时更新管理", weight=2),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.time_no_deadline",
             "item": "国务院、省市政府取消、调整、下放行政审批事项实时更新管理",
             "why": "“实时更新”没有可核对的时限(如几个工作日内),落实与否难以判定"},
        ],
        "notes": (
            "宁国市数据资源局(市政务服务局、市公管局)征求意见函及所附考核细则。信息公开元数据在存储页出现两次"
            "(先横排表格,再逐行列出),两次都复现。考核细则按标准分计分:一、政务服务工作(标准分70分)→"
            "(一)政务服务标准化(标准分15分)→1.事项认领及动态管理情况,其下两条计分标准(得3分/扣3分,得2分/扣2分)"
            "记为两行指标,权重取其分值,level1/level2取上两级标题。存储页在“未落实的扣2”处截断,"
            "故不核对70分、15分的分项合计。函件与细则的长句已改写,文号宁办发〔2023〕35号、日期、联系人、"
            "电话照录;“互联网+政务服务 ” 中的多余空格照录。"
        ),
    },
}


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = Font(name="Noto Sans CJK SC", size=10)
TITLE_FONT = Font(name="Noto Sans CJK SC", size=14, bold=True)


def put(ws, ref, text, merge=None, title=False, wrap=True, border=True, halign="left"):
    cell = ws[ref]
    cell.value = text
    cell.font = TITLE_FONT if title else FONT
    cell.alignment = Alignment(wrap_text=wrap, vertical="top",
                               horizontal="center" if title else halign)
    if merge:
        ws.merge_cells(merge)
    if border:
        rng = ws[merge] if merge else ((cell,),)
        for row in rng:
            for c in row:
                c.border = BORDER


def setup_sheet(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def fix_wb_props(wb):
    wb.properties.creator = "blind259"
    wb.properties.lastModifiedBy = "blind259"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.title = None


def build_wc_zx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "专项申报表"
    setup_sheet(ws, {"A": 18, "B": 10, "C": 10, "D": 60, "E": 9, "F": 9})
    put(ws, "A1", "专项资金绩效目标申报表", "A1:F1", title=True, border=False)
    ws.row_dimensions[1].height = 26
    put(ws, "A2", "专项年度绩效指标", "A2:A3")
    put(ws, "B2", "一级指标")
    put(ws, "C2", "二级指标")
    put(ws, "D2", "指标内容")
    put(ws, "E2", "指标值")
    put(ws, "F2", "备注")
    ws.row_dimensions[2].height = 18
    put(ws, "B3", "产出指标")
    put(ws, "C3", "质量指标")
    put(ws, "D3", WC_ZX_CONTENT)
    put(ws, "E3", None)
    put(ws, "F3", None)
    ws.row_dimensions[3].height = 170
    put(ws, "A4", "主管部门审核意见", "A4:B4")
    put(ws, "C4", "年月日\n(盖章)", "C4:F4", halign="right")
    ws.row_dimensions[4].height = 40
    put(ws, "A5", "财政部门审核意见", "A5:A7")
    put(ws, "B5", "业务科室")
    put(ws, "C5", "年月日\n(盖章)", "C5:F5", halign="right")
    put(ws, "B6", "预算科")
    put(ws, "C6", "年月日\n(盖章)", "C6:F6", halign="right")
    put(ws, "B7", "绩效评价科")
    put(ws, "C7", "年月日\n(盖章)", "C7:F7", halign="right")
    for r in (5, 6, 7):
        ws.row_dimensions[r].height = 36
    put(ws, "A8", "填报人:联系电话:填报日期:2017.12", "A8:F8", border=False)
    fix_wb_props(wb)
    wb.save(path)


def build_wc_bm(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体申报表"
    setup_sheet(ws, {"A": 10, "B": 10, "C": 20, "D": 20, "E": 20, "F": 20})
    put(ws, "A1", "部门整体支出绩效目标申报表", "A1:F1", title=True, border=False)
    ws.row_dimensions[1].height = 26
    put(ws, "A2", "(2018年度)", "A2:F2", border=False, halign="center")
    put(ws, "A3", "填报单位(盖章)", "A3:F3", border=False)
    put(ws, "A4", "部门名称", "A4:B4")
    put(ws, "C4", "长沙市望城区政务服务中心", "C4:F4")
    put(ws, "A5", "年度预算申请\n(万元)", "A5:B6")
    put(ws, "C5", "资金总额:", "C5:F5")
    put(ws, "C6", "按收入性质分:1305.3", "C6:F6")
    ws.row_dimensions[5].height = 18
    ws.row_dimensions[6].height = 18
    put(ws, "A7", "产指标")
    put(ws, "B7", WC_BM_CELL, "B7:F7")
    ws.row_dimensions[7].height = 80
    fix_wb_props(wb)
    wb.save(path)


# ---------------------------------------------------------------- docx helpers
def new_doc():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind259"
    cp.last_modified_by = "blind259"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    return t


def build_gd(path):
    doc = new_doc()
    para(doc, "财政资金项目支出绩效自评报告", bold=True, center=True, size=15)
    para(doc, "本页汇集财政资金项目支出绩效自评报告范文(精选4篇),由多美网整理,供参考。")
    para(doc, "财政资金项目支出绩效自评报告 篇1", bold=True)
    para(doc, "依据《关于开展xx年省级财政资金绩效自评工作的通知》(粤财绩﹝xx﹞13号)的要求,"
              "我中心对xx年度省级财政资金决策咨询专项费项目的支出情况开展了绩效评价,有关情况报告如下:")
    para(doc, "一、项目基本情况及自评结论", bold=True)
    para(doc, "(一)项目用款单位简要情况。")
    para(doc, "省发展研究中心是直属省人民政府的决策与政策研究机构,主要承担以下职能:统筹组织研究力量,"
              "围绕全省发展中的重大问题及热点、难点问题开展研究,向省委、省政府提出决策咨询和政策建议;"
              "组织力量起草省委、省政府的重大决策性文件及其他重要文稿;组织专家学者和实际工作者对省委、"
              "省政府重大决策开展咨询和跟踪反馈,并负责重大决策咨询研究课题的招标管理;加强全省农村改革"
              "试验区试点研究;收集、分析与我省改革开放和现代化建设相关的省际、港澳台及国外有关的`信息资料;"
              "办理省委、省政府交办的其他事项。")
    para(doc, "(二)项目实施主要内容及实施程序。")
    labels = ["一是", "二是", "三是", "四是", "五是"]
    body = ";".join(lab + g for lab, g in zip(labels, GD_GOALS))
    para(doc, "项目实施的主要内容:" + body + "。")
    para(doc, "为确保决策咨询专项费项目保质保量地完")
    doc.save(path)


def build_ng(path):
    doc = new_doc()
    meta = [
        ["索引号:", "11341702730007167P/202311-00085", "组配分类:", "意见征集"],
        ["发布机构:", "宁国市数据资源局(市政务服务局、市公管局)", "主题分类:", "综合政务"],
        ["名称:", NG_TITLE, "文号:", "无"],
        ["生成日期:", "2023-11-09", "发布日期:", "2023-11-09"],
    ]
    table(doc, meta)
    para(doc, "")
    meta2 = [
        ["索引号:", "11341702730007167P/202311-00085"],
        ["组配分类:", "意见征集"],
        ["发布机构:", "宁国市数据资源局(市政务服务局、市公管局)"],
        ["主题分类:", "综合政务"],
        ["名称:", NG_TITLE],
        ["文号:", "无"],
        ["生成日期:", "2023-11-09"],
        ["发布日期:", "2023-11-09"],
    ]
    table(doc, meta2)
    para(doc, "")
    para(doc, "近期,市数据资源局(政务服务局、公管局)依据《宁国市2023 年度目标管理绩效考核办法》"
              "(宁办发〔2023〕35号),针对各单位承担的“互联网+政务服务 ” 、行政审批制度改革、公共资源交易、"
              "热线留言办理等工作拟定了具体评分细则,现向你单位征求意见建议。")
    para(doc, "请各单位在11月13日(星期一)上午下班前,将意见建议经单位负责人签字盖章后通过OA平台反馈至"
              "市数据资源局公文邮箱,逾期按无意见处理。")
    para(doc, "联系人:王庆喜,联系电话:4035100")
    para(doc, "2023年11月9日")
    para(doc, "2023年度“互联网+政务服务”工作", bold=True, center=True, size=14)
    para(doc, "乡镇、街道考核细则", bold=True, center=True, size=14)
    para(doc, "(征求意见稿)", center=True)
    para(doc, "一、政务服务工作(标准分70分)", bold=True)
    para(doc, "(一)政务服务标准化(标准分15分)")
    para(doc, NG_RULE)
    doc.save(path)


# ---------------------------------------------------------------- determinism
def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in sorted(zin.namelist())]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def same_len(repl, old):
    return repl[:len(old)].ljust(len(old), b"0")


def normalize_pdf(path):
    with open(path, "rb") as f:
        data = f.read()

    def date_sub(m):
        return m.group(1) + same_len(b"D:20240101000000", m.group(2)) + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\()([^)]*)\)", date_sub, data)

    def id_sub(m):
        return b"<" + b"0" * len(m.group(1)) + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", id_sub, data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)",
                  lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)

    def xmp_sub(m):
        return m.group(1) + same_len(b"2024-01-01T00:00:00Z", m.group(2)) + m.group(3)

    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", xmp_sub, data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"0" * 36, data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(src):
    outdir = os.path.join(HERE, "_pdfout")
    os.makedirs(outdir, exist_ok=True)
    try:
        subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
        dst = os.path.join(HERE, base)
        shutil.move(os.path.join(outdir, base), dst)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
    normalize_pdf(dst)
    return dst


# ---------------------------------------------------------------- checks
def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", pdf, "-"], check=True,
                                 capture_output=True, text=True).stdout)
    wanted = []
    for i in gold["indicators"]:
        wanted.append(("indicator", i["name"]))
        if i["target_text"]:
            wanted.append(("target", i["target_text"]))
    for g in gold["goals"]:
        wanted.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"].startswith("coverage.missing_dimension"):
            continue
        wanted.append(("finding", f["item"]))
    missing = [(k, w) for k, w in wanted if squash(w) not in text]
    return missing


def write_ann(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    rec = {"source": fname}
    rec.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")


BUILDERS = {
    "blind259_wangcheng_zxzj_mbsbb.xlsx": build_wc_zx,
    "blind259_wangcheng_bmzt_mbsbb.xlsx": build_wc_bm,
    "blind259_guangdong_jczx_zpbg.docx": build_gd,
    "blind259_ningguo_hlw_khxz.docx": build_ng,
}


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    ok = True
    sums = {}
    for fname, builder in BUILDERS.items():
        gold = GOLD[fname]
        src = os.path.join(HERE, fname)
        builder(src)
        normalize_zip(src)
        pdf = to_pdf(src)
        write_ann(fname, gold)
        write_ann(os.path.basename(pdf), gold)
        missing = check_pdf(pdf, gold)
        if missing:
            ok = False
            for kind, w in missing:
                print("MISSING in", os.path.basename(pdf), kind, w[:40])
        sums[fname] = md5(src)
        sums[os.path.basename(pdf)] = md5(pdf)
    for k in sorted(sums):
        print(sums[k], k)
    print("pdf check:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
