"""Build the blind240 test documents (project notices of towns and counties).

The gold (GOLD below) is written before any file is read back. The script builds
DOCX/XLSX files, exports PDFs with LibreOffice, writes one annotation JSON per file
and checks with pdftotext that every gold text appears in its PDF.
"""

import copy
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
PROFILE = "file:///tmp/lo_blind240"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

URL_CN = "https://yncn.gov.cn/info/20384/8663220.htm"
URL_BG = "https://www.beiguan.gov.cn/Item/3497.aspx"
URL_ZJC = "https://www.zjc.gov.cn/info/7721/1155722.htm"
URL_WG = "http://zgwg.gov.cn/contents/15012/168157.html"

# ---------------------------------------------------------------- texts
# Longer sentences are reworded; names, figures, units, dates, numbers are kept.

CN_INTRO = ("昌宁县2022年9万亩有机茶基地建设项目实施方案已获批复,现把基本情况公布如下,"
            "欢迎群众对项目实施进行监督,以保障扶贫资金安全、发挥扶贫效益。")
CN_TASK = ("有机茶园(转换)认证9万亩;建设有机茶园样板2500亩;"
           "在二线以上城市开设“昌宁红茶铺子”5个。")
CN_GOAL = ("认证有机茶园90000亩(含转换期),建成样板2500亩;基地质量合格率100%;"
           "带动农户增收1800万元,同时拉动劳动力就业,增收效果明显,"
           "为全县巩固脱贫攻坚成果同乡村振兴有效衔接提供较大支撑。")

BG_INTRO = ("2018年上级共下达北关区专项扶贫资金113.5万元。经脱贫攻坚联席会议研究,"
            "现将资金分配使用情况公示如下:")
BG_RULE = ("经区脱贫攻坚领导小组研究,综合考虑项目准备情况、贫困户分布及第一书记驻村情况,"
           "按下列原则分配资金。")
BG_RULE1 = "一是市派第一书记专项扶贫资金安排到第一书记所驻的村;"
BG_RULE2 = "二是扶贫资金随贫困人口走,用于贫困人口按时脱贫。"

ZJC_P0 = ("根据中共张家川县委农村工作领导小组办公室《关于下达张家川县2024年中央单位定点帮扶资金"
          "项目安排计划的通知》(张农领办发[2024]18号),本项目使用中央单位定点帮扶资金。"
          "有关情况公告如下:")
ZJC_P1 = ("依据上述通知(张农领办发[2024]18号),下达项目建设资金60万元;张家川县发展改革局以"
          "《关于刘堡镇反季节特色农产品日光温室建设项目实施方案的批复》(张发改[2024]346号)"
          "批复了实施方案。项目已按实施方案确定的建设内容和标准、在施工合同约定的工期内全部建成,"
          "资金已全部用于项目建设。")
ZJC_GOAL = ("建成后,项目将吸纳周边农户在家门口务工,提高当地农户的年务工收入,"
            "联农带农的效果将进一步加强。")
ZJC_P2 = ("刘堡镇反季节特色农产品日光温室建设项目已按实施方案的内容和标准、在合同工期内完成全部建设,"
          "完成资金拨付97%。绩效目标中的产出指标、效益指标和群众满意度指标总体良好。")
ZJC_P3 = ("刘堡镇反季节特色农产品日光温室建设项目于2024年7月18日开工。经对拨付资金进行监控并实地"
          "验收测量,合同约定的建设内容已全部完成,已完成工程量验收合格率达到100%。")
ZJC_ECON = "该项目建成后由米家村股份经济合作社负责运营管护,产生的分红收益及时转入村级股份经"

WG_INTRO = ("2020年省级资金420万元,加上安全饮水、道路奖补、产业奖补、到户产业扶持等项目"
            "结余资金96.54712万元,合计516.54712万元。现将资金分配和使用情况公示如下:")
WG_SRC1 = ("(一)2020年省级脱贫攻坚成效考核和扶贫资金绩效评价奖励资金(平财预〔2020〕435号)"
           "420万元。")
WG_SRC2 = ("(二)2020年安全饮水项目结余资金0.4万元;道路奖补项目结余资金0.82712万元;"
           "产业奖补项目结余资金79.72万元;到户产业扶持项目(考核奖励资金)结余资金15.6万元,"
           "共计96.54712万元。")
WG_GOAL = "资金主要用于鼓励各村发展壮大特色扶贫产业,增加村集体经济收入,拓宽贫困群众稳定增收的渠道。"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- gold
GOLD = {
    "blind240_changning_youjicha_gongshi.docx": {
        "source_urls": [URL_CN],
        "province": "云南省",
        "doc_kind": "县级项目实施方案批复基本情况公示(村镇公示栏式通知)",
        "patterns": [6, 8],
        "indicators": [
            ind(None, None, "认证有机茶园", "=", 90000, "亩", "认证有机茶园90000亩"),
            ind(None, None, "样板", "=", 2500, "亩", "样板2500亩"),
            ind(None, None, "基地质量合格率", "=", 100, "%", "基地质量合格率100%"),
            ind(None, None, "带动农户增收", "=", 1800, "万元", "带动农户增收1800万元"),
            ind(None, None, "拉动劳动力就业", None, None, None, "拉动劳动力就业"),
            ind(None, None, "增收效果", None, None, None, "增收效果明显"),
            ind(None, None, "昌宁红茶铺子", "=", 5, "个", "“昌宁红茶铺子”5个"),
        ],
        "goals": [
            {"kind": "建设任务", "text": CN_TASK},
            {"kind": "绩效目标", "text": CN_GOAL},
        ],
        "facts": [
            {"metric": "项目总投资", "kind": "sum", "total": 450,
             "parts": [58, 100, 170, 122], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "增收效果",
             "why": "“增收效果明显”没有数值也没有分级标准,无法衡量"},
            {"rule": "target.missing_value", "item": "拉动劳动力就业",
             "why": "写了就业带动却没有人数或人次目标"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "公示的绩效目标没有服务对象(茶农)满意度目标"},
        ],
        "notes": ("云南昌宁县农业农村局的公示,正文为带标签的段落(项目名称、实施地点、建设任务、"
                  "资金概算……),目标只在“绩效目标”一段的行文里,算两份纯行文文档之一。"
                  "页面的公示期写作“2022年6月23日—2019年7月7日”,结束日早于开始日,原样保留"
                  "(无对应规则,只在此说明)。“认证有机茶园90000亩”等无运算符的数字按原文视为"
                  "确定目标,记为“=”。“昌宁红茶铺子”5个取自建设任务,绩效目标一段未提。"
                  "资金概算58+100+170+122=450万元,与总投资一致。存储页面到落款“2022年6月23日”结束,"
                  "文件完整复现到此。")
    },
    "blind240_beiguan_fupin_zijin_fenpei.xlsx": {
        "source_urls": [URL_BG],
        "province": "河南省",
        "doc_kind": "区级专项扶贫资金分配使用情况公示(一项目一行的分配表)",
        "patterns": [6, 7, 8],
        "indicators": [
            ind(None, None, "拆除地面", "=", 596, "平方米", "拆除地面596平方米"),
            ind(None, None, "铺设道板砖", "=", 1136.7, "平方米", "铺设道板砖1136.7平方米"),
            ind(None, None, "新建DN100主管道", "=", 2300, "米", "新建DN100主管道2300米"),
            ind(None, None, "新建DN25支管道", "=", 3000, "米", "新建DN25支管道3000米"),
            ind(None, None, "闸阀", "=", 8, "个", "闸阀8个"),
            ind(None, None, "柏庄镇后林都道路建设项目", "=", 270, "米", "270米×4米×0.2米"),
            ind(None, None, "柏庄镇后林都道路建设项目", "=", 1216, "米", "1216米×5米×0.2米"),
        ],
        "goals": [
            {"kind": "分配原则", "text": BG_RULE2},
        ],
        "facts": [
            {"metric": "专项扶贫资金(资金来源)", "kind": "sum", "total": 113.5,
             "parts": [47, 66.5], "unit": "万元"},
            {"metric": "投资规模(分配表)", "kind": "sum", "total": 113.5,
             "parts": [20, 20, 73.5], "unit": "万元"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "三个项目只写工程量,没有受益户数、受益人口等效益目标"},
            {"rule": "goal.unquantified", "item": BG_RULE2[:20],
             "why": "“用于贫困人口按时脱贫”没有户数、人数或时间"},
        ],
        "notes": ("河南安阳北关区的资金分配公示,分配表一行一个项目,目标只是“建设内容”格里的工程量,"
                  "投资规模写成“20万元”(数值与单位同格)。表头原文为“投资 规模”“责任 单位”"
                  "(中间有空格),原样保留;表后存储文本有若干空行,保留两行空白格。第3行只给出"
                  "“270米×4米×0.2米, 1216米×5米×0.2米,标号C25”,按长度记两条(米),"
                  "“标号C25”是材料规格,不记为目标。资金来源47+66.5=113.5,分配表20+20+73.5=113.5,"
                  "都对得上。页面没有标题,首句即正文;存储页面到“监督电话:0372-2263864”结束。")
    },
    "blind240_zhangjiachuan_wenshi_jieguo_gonggao.docx": {
        "source_urls": [URL_ZJC],
        "province": "甘肃省",
        "doc_kind": "定点帮扶资金项目实施结果公告(含绩效目标实现情况)",
        "patterns": [6],
        "indicators": [
            ind("产出指标", "数量指标", "新建日光温室", "=", 2, "座", "新建日光温室2座", actual=2),
            ind("产出指标", "数量指标", "总占地面积", "=", 1316, "㎡", "总占地面积1316㎡",
                actual=1316),
            ind("产出指标", "质量指标", "建设质量达标率", "=", 100, "%", "建设质量达标率100%",
                actual=100),
            ind("产出指标", "时效指标", "建设时间", None, None, None,
                "建设时间2024年1月到2024年12月"),
            ind("产出指标", "时效指标", "资金支付到位率", ">=", 100, "%",
                "在规定时间内资金支付到位率达到100%", actual=100),
            ind("效益指标", "经济效益指标", "分红收益", None, None, None, ZJC_ECON),
        ],
        "goals": [
            {"kind": "预期效益", "text": ZJC_GOAL},
        ],
        "facts": [
            {"metric": "完成资金拨付", "kind": "rate", "total": 97, "parts": [],
             "unit": "%"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "资金支付到位率",
             "why": "同一公告写“完成资金拨付97%”,又写资金已全部用于建设、支付到位率达到100%"},
            {"rule": "target.time_no_deadline", "item": "资金支付到位率",
             "why": "“在规定时间内”没有给出具体日期"},
            {"rule": "target.input_or_process", "item": "资金支付到位率",
             "why": "资金支付是过程管理事项,不是产出"},
            {"rule": "goal.unquantified", "item": ZJC_GOAL[:20],
             "why": "带动务工、增加收入都没有人数或金额"},
        ],
        "notes": ("甘肃张家川县的项目实施结果公告,“绩效目标实现情况”一节把目标和完成情况写在一起,"
                  "同一数字既是目标也是完成值,故 value 与 actual 填同一数。“达到100%”按领域说明记为"
                  "“>=”。每座跨度14m、开间4m、长度47m、总高度6m是规格,未单列;2×14×47=1316㎡"
                  "与总占地面积一致。开工日期2024年7月18日与时效指标“2024年1月到2024年12月”起点不一,"
                  "无对应规则,只在此说明。“完成资金拨付97%”只有比率没有金额,无法复算,fact 的 total "
                  "记所写比率。存储页面在经济效益指标一句中途“转入村级股份经”处截断,文件也到此为止;"
                  "该句之后的效益、满意度目标看不到,不据此标记缺失维度。页面无标题,以首段开始。")
    },
    "blind240_wugang_fupin_zijin_fenpei.xlsx": {
        "source_urls": [URL_WG],
        "province": "河南省",
        "doc_kind": "县级财政专项扶贫资金分配公示(资金来源与分配表)",
        "patterns": [7, 8],
        "indicators": [],
        "goals": [
            {"kind": "分配原则", "text": WG_GOAL},
        ],
        "facts": [
            {"metric": "资金合计", "kind": "sum", "total": 516.54712,
             "parts": [420, 96.54712], "unit": "万元"},
            {"metric": "结余资金", "kind": "sum", "total": 96.54712,
             "parts": [0.4, 0.82712, 79.72, 15.6], "unit": "万元"},
            {"metric": "投资规模(分配表)", "kind": "sum", "total": 516.54712,
             "parts": [67.90712, 50, 57, 336.64, 5], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": WG_GOAL[:20],
             "why": "分配原则只说发展产业、增加收入,没有任何数值"},
            {"rule": "coverage.missing_dimension", "item": "产出指标",
             "why": "五个项目都没有户数、人次或笔数等产出目标,336.64万元的到户产业扶持也没有带动户数"},
        ],
        "notes": ("河南舞钢市的资金分配公示,分配表一行一项目,“建设内容”只有定性描述,没有可核对的目标,"
                  "因此 indicators 为空(用于检验读取器不凭空造指标)。表中第3至5行没有序号,"
                  "管理费一行的建设地点写“扶贫办”,原样保留。资金来源一栏多处写“市级资金”,"
                  "而正文说明资金为省级奖励资金和结余资金,口径不一,无对应规则,只在此说明。"
                  "三组金额都能加总:420+96.54712=516.54712;0.4+0.82712+79.72+15.6=96.54712;"
                  "67.90712+50+57+336.64+5=516.54712。页面标题在存储文本中出现两次(网页标题与正文标题),"
                  "文件只写一次。存储页面到“监督举报电话:0375-8122055”结束。")
    },
}


# ---------------------------------------------------------------- docx helpers
def set_cjk(run, size=11, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), FONT)


def para(doc, text, size=11, bold=False, center=False, indent=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    set_cjk(p.add_run(text), size=size, bold=bold)
    return p


def new_doc():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind240"
    cp.last_modified_by = "blind240"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def cell_text(cell, text, size=10, bold=False):
    cell.text = ""
    set_cjk(cell.paragraphs[0].add_run(text), size=size, bold=bold)


def build_changning(path):
    doc = new_doc()
    meta = [("索引号", "01526401-7-/2022-0623002", "发布机构", "昌宁县农业农村局"),
            ("公开目录", "批准结果信息", "发布日期", "2022-06-23"),
            ("文号", "", "浏览量", ""),
            ("主题词", "", "", "")]
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(meta):
        for c, val in enumerate(row):
            cell_text(table.cell(r, c), val, size=9)
    table.cell(3, 1).merge(table.cell(3, 3))
    para(doc, "昌宁县2022年9万亩有机茶基地建设项目实施方案批复基本情况公示", size=15,
         bold=True, center=True)
    para(doc, CN_INTRO, indent=True)
    para(doc, "项目名称:昌宁县2022年9万亩有机茶基地建设项目", indent=True)
    para(doc, "实施地点:田园镇、漭水镇、温泉镇、翁堵镇、勐统镇、大田坝镇", indent=True)
    para(doc, "建设任务:" + CN_TASK, indent=True)
    para(doc, ("资金概算:项目总投资450万元,其中58万元用于2022年度的认证费;100万元用于在二线以上"
               "城市开设“昌宁红茶铺子”5个,每个20万元;170万元用于田园镇有机茶园样板园艺、基础设施"
               "建设;122万元用于翁堵镇有机茶园样板园艺基础设施建设。"), indent=True)
    para(doc, "资金来源及规模:总投资450万元,全部来自昌宁县2022年统筹整合财政涉农资金。",
         indent=True)
    para(doc, "实施期限:2022年6月—11月", indent=True)
    para(doc, "绩效目标:" + CN_GOAL, indent=True)
    para(doc, "资产管理:项目完工后,形成的基础设施交由所在乡镇和村(社区)负责管护。", indent=True)
    para(doc, "项目单位:昌宁县农业农村局", indent=True)
    para(doc, "项目责任人:李绍习", indent=True)
    para(doc, "监督举报电话:0875-7120901", indent=True)
    para(doc, ("公示期为:2022年6月23日—2019年7月7日。公示期间如有不同意见,可拨打电话"
               "0875-7120901(昌宁农业农村局)、0875-7130072(昌宁县财政局)反映,经核实确有问题的,"
               "将取消对项目的扶持。"), indent=True)
    para(doc, "特此公示", indent=True)
    p = para(doc, "昌宁县农业农村局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "2022年6月23日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


def build_zjc(path):
    doc = new_doc()
    para(doc, ZJC_P0, indent=True)
    para(doc, "一、资金使用情况:", bold=True)
    para(doc, ZJC_P1 + ZJC_GOAL, indent=True)
    para(doc, "二、项目实施结果:", bold=True)
    para(doc, ZJC_P2, indent=True)
    para(doc, "三、检查验收结果:", bold=True)
    para(doc, ZJC_P3, indent=True)
    para(doc, "四、绩效目标实现情况:", bold=True)
    para(doc, "(1)产出指标:", indent=True)
    para(doc, "数量指标:新建日光温室2座,每座跨度14m、开间4m、长度47m、总高度6m,总占地面积1316㎡。",
         indent=True)
    para(doc, "质量指标:建设质量达标率100%。", indent=True)
    para(doc, "时效指标:建设时间2024年1月到2024年12月。在规定时间内资金支付到位率达到100%;",
         indent=True)
    para(doc, "(2)效益指标:", indent=True)
    para(doc, "经济效益指标:" + ZJC_ECON, indent=True)
    doc.save(path)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_C = Alignment(wrap_text=True, vertical="center", horizontal="center")


def new_wb():
    wb = Workbook()
    wb.properties.creator = "blind240"
    wb.properties.lastModifiedBy = "blind240"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def line(ws, row, text, ncols, height=None, bold=False, center=False):
    ws.cell(row=row, column=1, value=text)
    ws.cell(row=row, column=1).font = Font(name=FONT, size=11 if not bold else 13, bold=bold)
    ws.cell(row=row, column=1).alignment = WRAP_C if center else WRAP
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    if height:
        ws.row_dimensions[row].height = height


def grid_row(ws, row, values, height=None, bold=False):
    for c, val in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=val)
        cell.border = BOX
        cell.alignment = WRAP_C if c in (1,) or bold else WRAP
        cell.font = Font(name=FONT, size=10, bold=bold)
    if height:
        ws.row_dimensions[row].height = height


def page_setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def build_beiguan(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "分配公示"
    for col, width in zip("ABCDEF", (6, 34, 18, 40, 10, 12)):
        ws.column_dimensions[col].width = width
    n = 6
    line(ws, 1, BG_INTRO, n, 30)
    line(ws, 2, "一、资金来源", n)
    line(ws, 3, "1.省级专项扶贫资金47万元", n)
    line(ws, 4, "2.市级扶贫专项资金66.5万元", n)
    line(ws, 5, "以上资金合计113.5万元。", n)
    line(ws, 6, "二、分配原则", n)
    line(ws, 7, BG_RULE, n, 30)
    line(ws, 8, BG_RULE1, n)
    line(ws, 9, BG_RULE2, n)
    line(ws, 10, "三、资金分配情况表", n)
    line(ws, 11, "北关区2018年专项扶贫资金分配表", n, 24, bold=True, center=True)
    grid_row(ws, 12, ["序号", "项目名称", "建设地点", "建设内容", "投资 规模", "责任 单位"],
             30, bold=True)
    grid_row(ws, 13, [1, "彰北办事处周家营村2018年度财政扶贫建设人行道地面硬化项目",
                      "彰北办事处周家营村", "拆除地面596平方米,铺设道板砖1136.7平方米。",
                      "20万元", "彰北办事处"], 45)
    grid_row(ws, 14, [2, "北关区彰北办事处屈王度村2018年度财政扶贫建设饮水工程项目",
                      "彰北办事处屈王度村",
                      "新建DN100主管道2300米,新建DN25支管道3000米,闸阀8个。",
                      "20万元", "彰北办事处"], 45)
    grid_row(ws, 15, [3, "柏庄镇后林都道路建设项目", "柏庄镇后林都村",
                      "270米×4米×0.2米, 1216米×5米×0.2米,标号C25。", "73.5万元", "柏庄镇"], 45)
    grid_row(ws, 16, [None] * 6, 18)
    grid_row(ws, 17, [None] * 6, 18)
    line(ws, 18, "备注:每个具体项目建设情况由责任单位另行公告公示。", n)
    line(ws, 19, "监督电话:0372-2263864", n)
    page_setup(ws)
    wb.save(path)


def build_wugang(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "分配公示"
    for col, width in zip("ABCDEFG", (6, 18, 18, 12, 14, 40, 10)):
        ws.column_dimensions[col].width = width
    n = 7
    line(ws, 1, "关于对2020年度第六次财政专项扶贫资金分配的公示", n, 26, bold=True, center=True)
    line(ws, 2, "2020年舞钢市财政专项扶贫资金分配", n, None, center=True)
    line(ws, 3, "公示目录", n)
    line(ws, 4, "第一部分 财政专项扶贫资金具体来源情况", n)
    line(ws, 5, "第二部分 财政专项扶贫资金分配原则", n)
    line(ws, 6, "第三部分 财政专项扶贫资金分配情况表", n)
    line(ws, 7, WG_INTRO, n, 30)
    line(ws, 8, "一、资金来源", n)
    line(ws, 9, WG_SRC1, n, 30)
    line(ws, 10, WG_SRC2, n, 30)
    line(ws, 11, "二、分配原则", n)
    line(ws, 12, WG_GOAL, n, 30)
    line(ws, 13, "三、资金分配情况表", n)
    line(ws, 14, "舞钢市2020年财政扶贫专项资金分配表", n, 24, bold=True, center=True)
    grid_row(ws, 15, ["序号", "项目名称", "资金来源", "投资规模 (万元)", "建设地点", "建设内容",
                      "责任单位"], 30, bold=True)
    grid_row(ws, 16, [1, "小额贴息", "市级资金", 67.90712, "相关乡镇办",
                      "建档立卡贫困户小额贷款政策贴息", "扶贫办"], 30)
    grid_row(ws, 17, [2, "雨露计划", "市级资金", 50, "相关乡镇办",
                      "建档立卡贫困户职业培训补贴", "扶贫办"], 30)
    grid_row(ws, 18, [None, "增收奖补项目", "市级资金", 57, "相关乡镇办",
                      "贫困户增收,按照文件规定标准奖补。", "扶贫办"], 30)
    grid_row(ws, 19, [None, "到户产业扶持项目", "市级资金和结余资金", 336.64, "相关乡镇办",
                      "到户产业扶持资金入股合作企业,带动贫困户增收。", "扶贫办"], 30)
    grid_row(ws, 20, [None, "管理费", "结余资金", 5, "扶贫办",
                      "扶贫项目实施过程中监理、第三方验收等相关管理费用。", "扶贫办"], 30)
    for r in range(16, 21):
        ws.cell(row=r, column=4).number_format = "General"
    line(ws, 21, "监督举报电话:0375-8122055", n)
    page_setup(ws)
    wb.save(path)


# ---------------------------------------------------------------- determinism
def normalize_zip(path):
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    stamp = b"2024-01-01T00:00:00Z"
    for name in list(items):
        if name == "docProps/core.xml":
            data = items[name]
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\2", data)
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\2", data)
            items[name] = data
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        ordered = sorted(items)
        if "[Content_Types].xml" in ordered:
            ordered.remove("[Content_Types].xml")
            ordered.insert(0, "[Content_Types].xml")
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    tmp.replace(path)


def fixed_date(match):
    body = match.group(1)
    stamp = b"D:20240101000000"
    tail = re.sub(rb"[0-9]", b"0", body[len(stamp):])
    return match.group(0).replace(body, (stamp + tail)[: len(body)])


def zero_hex(match):
    return b"<" + b"0" * (len(match.group(0)) - 2) + b">"


def zero_checksum(match):
    return b"/DocChecksum /" + b"0" * len(match.group(1))


def zero_id(match):
    return re.sub(rb"<[0-9A-Fa-f]+>", zero_hex, match.group(0))


def normalize_pdf(path):
    data = path.read_bytes()
    data = re.sub(rb"/CreationDate\s*\((D:[^)]*)\)", fixed_date, data)
    data = re.sub(rb"/ModDate\s*\((D:[^)]*)\)", fixed_date, data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)",
                  zero_checksum, data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", zero_id, data)
    path.write_bytes(data)


def to_pdf(path):
    outdir = path.parent
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(path)],
                   check=True, capture_output=True)
    pdf = path.with_suffix(".pdf")
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------- checks
def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                 capture_output=True, text=True).stdout)
    text_raw = squash(subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                     capture_output=True, text=True).stdout)
    missing = []
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    # a missing dimension cannot appear in the document, so it is not looked for
    wanted += [f["item"] for f in gold["findings"] if f["rule"] != "coverage.missing_dimension"]
    for item in wanted:
        if not item:
            continue
        s = squash(item)
        if s not in text and s not in text_raw:
            missing.append(item)
    return missing


BUILDERS = {
    "blind240_changning_youjicha_gongshi.docx": build_changning,
    "blind240_beiguan_fupin_zijin_fenpei.xlsx": build_beiguan,
    "blind240_zhangjiachuan_wenshi_jieguo_gonggao.docx": build_zjc,
    "blind240_wugang_fupin_zijin_fenpei.xlsx": build_wugang,
}


def main():
    ANN.mkdir(exist_ok=True)
    failed = False
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        gold = GOLD[name]
        for fname in (name, pdf.name):
            record = {"source": fname}
            record.update(copy.deepcopy(gold))
            (ANN / (fname + ".json")).write_text(
                json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        missing = check_pdf(pdf, gold)
        status = "ok" if not missing else "MISSING " + " | ".join(missing)
        print(f"{name}: {len(gold['indicators'])} indicators, {len(gold['goals'])} goals, "
              f"{len(gold['findings'])} findings -> {status}")
        failed = failed or bool(missing)
    if shutil.which("pdftotext") is None:
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
