"""Build the blind272 test documents, their PDFs and gold annotations.

The gold (GOLD below) is written before any file is read back.  Every
longer sentence in the documents is a paraphrase of the stored page; names,
figures, units, dates and document numbers are kept as the page shows them.
"""

import copy
import datetime
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind272"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)

A = "blind272_guangshui_jiguandayuan_shenbaobiao"
B = "blind272_putian_wenwu_zijin_tongzhi"
C = "blind272_jixi_dizhizaihai_pingjia"
D = "blind272_putian_lieshi_sheshi_xinwen"
E = "blind272_renbishi_zhengti_ziping"
F = "blind272_zhongshan_nongxian_jili_tongzhi"

# ---------------------------------------------------------------- texts
C_GOAL = ("向11个乡镇拨付地质灾害防治省级补助资金(搬迁避让)60万元,用于支持搬迁避让等工作,"
          "增强各乡镇的地质灾害防治能力,提升群众的幸福感和安全感。")
D_P2 = ("統(tǒng)計顯示,全市共摸排革命烈士紀念設(shè)施389處。依照“應遷移、盡遷移,應集中,盡集中”的要求,"
        "仙游縣、荔城區(qū)、城廂區(qū)、涵江區(qū)、秀嶼區(qū)、北岸分別在當地公墓區(qū)內(nèi)單獨劃出地塊,"
        "集中遷移零散烈士墓並統(tǒng)一管理。零散烈士墓遷移集中應完成60座,實際完成318座。"
        "此次專項行動共投入1021萬元。")
E_WORK = ("1、全年接待参观游客45万人次;2、完成馆藏1595件(套)文物的鉴定,评出145件珍贵文物,"
          "其中一级文物5件(套),二级文物31件(套),三级文物109件(套),革命文物名录的申报鉴定也已完成;"
          "3、全年18篇学术论文被采用或发表;4、上线720云展览《任弼时生平业绩陈列》,为迎接建党100周年的"
          "“五大书记系列连环画”完成任弼时同志连环画脚本,并完成《任弼时同志在历史上的今天》初稿等;"
          "5、向各部门单位争取专项经费513万元;6、确保旅游及文物安全“零事故”。")


def ind(level1, level2, name, operator, value, unit, target_text, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- gold
GOLD = {
    A: {
        "ext": "xlsx",
        "source_urls": ["https://pdf.wenkuvip.com/archives/8304dj25b4dg52xg9e6z.html"],
        "province": "湖北省",
        "doc_kind": "部门预算项目申报表(页面止于项目测算表,未见绩效目标部分)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page is the text layer of a PDF form (广水市 2023, 机关大院维护(修)); cells come out "
            "interleaved. I rebuilt label/value pairs in the order the text gives them and kept the oddities: "
            "主管部门 is 广水市机关事务服务中心 in the header but 市委办 in the info block; '432700' (a postcode "
            "by its look) stands next to 一级项目编码 and '高小平' (a name) next to 单位地址; 负责人姓名 and 邮编 "
            "stay empty. The 项目测算表 header order is kept as written (测算数 before 计量数); an unlabeled "
            "569650 stands above row 1 in the 测算数 column (probably the 测算 total, against 项目总额 56万) - "
            "not flagged because the label is not on the page. The page stops inside row 1's 测算依据 "
            "('生料带3 元/'). No 绩效目标/指标 part is visible, so no indicators, goals or findings; coverage "
            "is not flagged because the page stops. 立项依据 and 项目概述 are paraphrased."),
    },
    B: {
        "ext": "docx",
        "source_urls": ["https://www.putian.gov.cn/zwgk/zdlyxxgk/shgysyjsly/ggwhtyly/ggwhtyxmjsgl/202301/t20230131_1797007.htm"],
        "province": "福建省",
        "doc_kind": "专项资金提前下达通知及资金安排表",
        "patterns": [1],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "仙游县文物保护专项资金小计", "kind": "sum", "total": 15,
             "parts": [3, 5, 4, 3], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Notice plus 附件1 安排表; the page stops in the third 荔城区 row ('东阳'), before 附件2 绩效目标表, "
            "so no indicators are visible. Kept as written: the amount left blank ('专项资金   万元'), "
            "'2022年' in a notice about 2023 funds, the date '20221223', the signature '莆田市文化和旅游' "
            "(no 局), '维修、安、环境整治' and the line break inside '修缮、抢险加固保养维护/工程等'. 县区 "
            "is merged down its rows; 省级 is merged over the first three 仙游县 rows because the page shows "
            "it once for them; the unlabeled '15' row is the 仙游县 subtotal (3+5+4+3=15). The blank amount "
            "is not a target, so no rule is flagged for it."),
    },
    C: {
        "ext": "docx",
        "source_urls": ["https://www.cnjx.gov.cn/OpennessContent/show/3412938.html"],
        "province": "安徽省",
        "doc_kind": "项目支出绩效评价报告(开头部分,目标在正文中)",
        "patterns": [],
        "indicators": [
            ind(None, None, "乡镇", "=", 11, "个", "11个乡镇"),
        ],
        "goals": [{"kind": "年度目标", "text": C_GOAL}],
        "facts": [
            {"metric": "预算执行率", "kind": "rate", "total": 60, "parts": [60], "unit": "万元",
             "stated": "100%"},
        ],
        "findings": [
            {"rule": "goal.budget_text", "item": C_GOAL[:20],
             "why": "年度目标主要复述把60万元补助资金拨付给11个乡镇,未给出可衡量的防治产出或效果"},
            {"rule": "target.input_or_process", "item": "乡镇",
             "why": "以拨付补助资金的乡镇个数(11个)为目标,衡量的是资金分配过程而不是防治产出"},
        ],
        "notes": (
            "Running-text document (1 of 2 in this part). The only target stands in the 年度目标 sentence "
            "(11个乡镇, 60万元); I paraphrased it as '向11个乡镇拨付...' and name the count with the page's "
            "own word '乡镇' (what is counted); operator '=' because the page states an exact number. 60万元 is money, so it is a fact, not an indicator. 执行率 100% = 60/60 is consistent. The "
            "page stops at '(一)绩效评价目的、对象和范围 / 绩效评价的'; dimension coverage is not flagged."),
    },
    D: {
        "ext": "docx",
        "source_urls": ["http://m.essencecafe.cn/c/2022/10/14/1439103.shtml"],
        "province": "福建省",
        "doc_kind": "新闻稿(专项整修完成情况,繁体、镜像站转码残字)",
        "patterns": [],
        "indicators": [
            ind(None, None, "零散烈士墓遷移集中", "=", 60, "座", "應完成60座", actual=318),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.too_low", "item": "零散烈士墓遷移集中",
             "why": "实际完成318座,是应完成60座的5.3倍,目标值明显定得过低"},
        ],
        "notes": (
            "Running-text document (2 of 2). Stored page is a mirror of a 华夏经纬网 item in traditional script "
            "with pinyin residue after characters (設(shè), 區(qū), 網(wǎng)...); I kept those residues in names and "
            "in my paraphrase, plus '莆田市退役軍人事務(wù)' without 局. Target '應完成遷移集中60座', actual 318座: "
            "operator '=' because an exact count is stated. 389處 and 1021萬元 are plain figures, not targets. "
            "The page ends with the site footer, which I kept."),
    },
    E: {
        "ext": "docx",
        "source_urls": ["http://renbishi.cn/showgg.asp?id=152"],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效评价自评报告(封面及基本概况表)",
        "patterns": [8],
        "indicators": [
            ind(None, None, "旅游及文物安全", "=", 0, None, "“零事故”"),
        ],
        "goals": [],
        "facts": [
            {"metric": "珍贵文物", "kind": "sum", "total": 145, "parts": [5, 31, 109],
             "unit": "件(套)"},
        ],
        "findings": [],
        "notes": (
            "岳阳市 template (cover block with 岳阳市财政局(制), then 一、部门(单位)基本概况 table). The 年度主要"
            "工作内容 cell lists what was done, in the past tense, so I did not take it as a goal; the one "
            "target-like item is '确保旅游及文物安全“零事故”' (value 0, no unit). 145 件珍贵文物 = 5+31+109 "
            "件(套) holds (145 is written with 件, the parts with 件(套)). The page stops inside the 总体运行情况 "
            "cell at '其中学生11万人次,'; the later parts of the form are not visible, so nothing is flagged."),
    },
    F: {
        "ext": "docx",
        "source_urls": ["http://nync.zs.gov.cn/sy/snzj/glzd/content/post_2283711.html"],
        "province": "广东省",
        "doc_kind": "激励资金下达通知(无绩效目标)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "政策性农业保险激励资金", "kind": "sum", "total": 1896,
             "parts": [1221, 675], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Funds notice with no targets: 1896万元 = 1221 + 675 (holds). '67.43%' is an award threshold, "
            "'10%' a subsidy ratio, 21/5 镇街 counts of recipients - none is a target. The attached 安排表 "
            "shows only its title and a note on the page (the page stops there), so the table is reproduced "
            "as title + note. A reader should find no indicators here."),
    },
}


# ---------------------------------------------------------------- docx helpers
def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    if landscape:
        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def table(doc, rows, widths=None):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None:
                t.cell(i, j).text = str(v)
    return t


def merge(t, r1, c1, r2, c2, text=None):
    cell = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        cell.text = text
    return cell


# ---------------------------------------------------------------- builders
def build_a(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "申报表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    rows = []  # (row, col, value, span_to_col)

    def put(r, c, v, c2=None):
        rows.append((r, c, v, c2))

    put(1, 1, "2023年项目绩效机关大院维护(修)(3).pdf", 9)
    put(2, 1, "广水市部门(单位)预算项目申报表", 9)
    put(3, 1, "项目名称:机关大院维护(修)", 5)
    put(3, 6, "项目编码:", 9)
    put(4, 1, "项目单位(盖章):", 5)
    put(4, 6, "主管部门:广水市机关事务服务中心", 9)
    put(5, 1, "审核方式:□部门集中审核 □专家评审 □第三方机构评审", 9)
    put(6, 1, "申报日期: 年 月 日", 5)
    put(6, 6, "部门(单位)分管领导签章: 年 月 日", 9)
    put(7, 1, "财政预算绩效管理股审批意见: 年 月 日", 5)
    put(7, 6, "财政归口业务股室审批意见: 年 月 日", 9)
    put(8, 1, "项目基本信息", 9)
    pairs = [
        ("二级项目名称", "机关大院维护(修)", "二级项目代码", ""),
        ("一级项目名称", "机关后勤保障工作", "支出项目类别", "本级支出项目"),
        ("项目性质", "常年性项目", "项目安排频度", "常年性项目"),
        ("项目属性", "持续性项目", "主管处室", "行政政法股"),
        ("主管部门", "市委办", "单位", "机关事务服务中心"),
        ("编报模板", "自定义", "项目开始年度", "2023年"),
        ("项目期限", "5年", "分配方式", "项目法"),
        ("项目来源", "本级申报项目", "职能职责", ""),
        ("是否基建项目", "否", "是否科研项目", "否"),
        ("是否追踪", "否", "去向单位", ""),
        ("上级转移支付项目", "否", "是否使用上级转移支\n付资金:", "否"),
        ("负责人姓名", "", "负责人电话", "13971797556"),
        ("邮编", "", "是否投资评审", "否"),
        ("是否新增资产", "否", "是否债务类项目", "否"),
        ("是否填报附件", "否", "是否填报绩效", "是"),
        ("项目总额", "56万", "其中:社会投入资金\n(元)", ""),
    ]
    r = 9
    for a, b, c, d in pairs:
        put(r, 1, a, 2)
        put(r, 3, b, 4)
        put(r, 5, c, 6)
        put(r, 7, d, 9)
        r += 1
    longs = [
        ("项目立项依据", ("机关大院集办公与生活于一体,始建于五十年代,年久失修,各类问题时有发生;"
                          "为保证工作顺利开展、生活安稳,各项后勤保障必须落实到位。")),
        ("项目概述", "确保政府大院内水电通畅,基础设施和设备安全、正常运转"),
        ("项目实施方案", "1,日常维修(护)到位。"),
        ("一般转移性支付计算\n标准及方法", ""),
    ]
    for a, b in longs:
        put(r, 1, a, 2)
        put(r, 3, b, 9)
        r += 1
    put(r, 1, "一级项目编码", 2)
    put(r, 3, 432700, 4)
    put(r, 5, "单位地址", 6)
    put(r, 7, "高小平 府前街8号", 9)
    r += 1
    put(r, 1, "项目测算表", 9)
    r += 1
    h1 = r
    heads = {1: "序号", 2: "编报模板", 3: "项目任务明细", 6: "测算数\n(元)", 7: "计量数",
             8: "审核数\n(元)", 9: "测算依据及说明"}
    for c, v in heads.items():
        put(h1, c, v)
    put(h1, 4, "支出标准", 5)
    put(h1 + 1, 4, "单价(元)")
    put(h1 + 1, 5, "计量单位")
    r = h1 + 2
    put(r, 6, 569650)
    for c in (1, 2, 3, 4, 5, 7, 8, 9):
        put(r, c, "")
    r += 1
    row1 = {1: 1, 2: "M0001-自定义", 3: "水暖材料", 4: 2000, 5: "元/批", 6: 60000, 7: 30,
            8: "", 9: "三角阀30元/个,软管15/把,生料带3 元/"}
    for c, v in row1.items():
        put(r, c, v)
    last = r
    for rr, c, v, c2 in rows:
        cell = ws.cell(row=rr, column=c, value=v if v != "" else None)
        cell.alignment = wrap
        cell.font = Font(name="Noto Sans CJK SC", size=9, bold=rr in (2, 8) or v == "项目测算表")
        if c2 and c2 > c:
            ws.merge_cells(start_row=rr, start_column=c, end_row=rr, end_column=c2)
    for c in (1, 2, 3, 6, 7, 8, 9):
        ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
    for rr in range(3, last + 1):
        for cc in range(1, 10):
            ws.cell(row=rr, column=cc).border = box
    for col, w in zip("ABCDEFGHI", (8, 12, 12, 10, 10, 12, 10, 10, 30)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = ""
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


def build_b(path):
    doc = new_doc()
    para(doc, "莆田市财政局 莆田市文化和旅游局关于提前下达莆田市2023年文物保护专项资金的通知",
         bold=True, size=14, center=True)
    para(doc, "来源:莆田市文旅局 时间:2022-12-30 15:31")
    para(doc, "各县区(管委会)财政局、文旅局,湄洲岛旅游文体局,北岸党工委宣传部:")
    para(doc, "按照《莆田市财政局关于编制市级部门2023-2025年支出规划和2023年部门预算的通知》的要求,"
              "为加强全市文物保护,综合考虑不可移动文物的保护状况以及维修、安、环境整治等工程项目的资金需求,"
              "经市文旅局研究,现下达你县区(管委会)2022年文物保护专项资金   万元(详见附件),"
              "列“2070204文物保护”科目。")
    para(doc, "各地要加强专项资金监管,做到专款专用,抓好绩效跟踪管理,提高资金使用效益,尽快完成方案设计、"
              "维修、安(消)防、保养维护等工程项目,做好文物保护工作。市财政局、市文旅局将适时检查项目补助资金"
              "的使用情况。")
    para(doc, "附件1.莆田市2023年文物保护专项资金安排表")
    para(doc, "          2.莆田市2023年文物保护专项资金绩效目标表")
    para(doc, "莆田市财政局         莆田市文化和旅游")
    para(doc, "                              20221223")
    para(doc, "   (此件主动公开)")
    para(doc, "附件1")
    para(doc, "莆田市2023年文物保护专项资金安排表", bold=True, center=True)
    rows = [
        ["县区", "文物名称", "级别", "项目内容", "金额(万元)"],
        ["仙游县", "城内林氏宗祠", "省级", "电气线路改造", "3"],
        [None, "辉煌吴氏民居", None, "修缮、抢险加固工程等", "5"],
        [None, "象星岳王庙", None, "修缮、抢险加固工程等", "4"],
        [None, "罗峰白石院", "县级", "抢险加固、保养维护工程等", "3"],
        [None, None, None, None, "15"],
        ["荔城区", "东阳明清民居建筑群(御史第)", None, "修缮、抢险加固保养维护\n工程等", "5"],
        [None, "东阳明清民居建筑群(通礼祠)", "市级", "修缮、抢险加固保养维护\n工程等", "4"],
        [None, "东阳", None, None, None],
    ]
    t = table(doc, rows)
    merge(t, 1, 0, 5, 0, "仙游县")
    merge(t, 1, 2, 3, 2, "省级")
    merge(t, 6, 0, 8, 0, "荔城区")
    doc.save(path)


def build_c(path):
    doc = new_doc()
    for line in [
        "索引号: 11341731003262858X/202401-00295 组配分类: 部门项目",
        "发布机构: 绩溪县自然资源和规划局(原国土局、城乡规划局) 主题分类: 国土资源、能源 / 通告",
        "名称: 绩溪县自然资源和规划局2023年省级地质灾害防治专项资金项目绩效评价报告 文号:",
        "生成日期: 2024-01-02 发布日期: 2024-01-02",
    ]:
        para(doc, line, size=9)
    para(doc, "绩溪县自然资源和规划局2023年省级地质灾害防治专项资金项目绩效评价报告",
         bold=True, size=14, center=True)
    para(doc, "发布时间:2024-01-02 10:49 来源:绩溪县自然资源和规划局(原国土局、城乡规划局)", size=9)
    para(doc, "一、 项目基本情况", bold=True)
    para(doc, "( 一 )项目情况")
    para(doc, "1、项目年度目标")
    para(doc, C_GOAL)
    para(doc, "2、项目资金投入和使用情况")
    para(doc, "2023年全县地质灾害防治补助资金全年安排预算 60万元,实际预算支出60万元,预算执行率为100%。")
    para(doc, "3、项目组织管理和实施情况")
    para(doc, "项目由绩溪县自规局主管;县级财政通过一体化平台分配预算指标,资金分配合理、下达及时,"
              "拨付管理遵守财经法规制度,预算绩效管理和支出责任均按要求落实。")
    para(doc, "二、 绩效评价工作开展情况", bold=True)
    para(doc, "(一)绩效评价目的、对象和范围")
    para(doc, "绩效评价的")
    doc.save(path)


def build_d(path):
    doc = new_doc()
    para(doc, "繁體簡體", size=9)
    para(doc, "【光芒火炬】莆田:縣級及以下烈士紀念設(shè)施全面整修", bold=True, size=14)
    para(doc, "華夏經(jīng)緯網(wǎng) > 新聞 > 大陸新聞 > 社會綜合      2022-10-14 17:45:37", size=9)
    para(doc, "去年以來,莆田市退役軍人事務(wù)嚴格落實“兩分一統(tǒng)”(分類整修、分級負責、統(tǒng)一數(shù)字化平臺)"
              "的總要求,對全市縣級及以下烈士紀念設(shè)施開展了一輪全面整修提升,各類設(shè)施都已錄入烈士紀念"
              "信息系統(tǒng),全市烈士紀念設(shè)施的管護質(zhì)量明顯提高。")
    para(doc, D_P2)
    para(doc, "閩中革命烈士陵園", center=True)
    para(doc, "來源:東南網(wǎng)")
    para(doc, "責任編輯:侯哲")
    para(doc, "熱門評論", size=9)
    for line in ["互聯(lián)網(wǎng)新聞信息服務(wù)許可證10120170072",
                 "京公網(wǎng)安備 11010502045281號",
                 "違法和不良信息舉報電話:010-65669841",
                 "舉報郵箱:xxjb@huaxia.com",
                 "網(wǎng)站簡介 / 廣告服務(wù) / 聯(lián)系我們",
                 "主辦:華夏經(jīng)緯信息科技有限公司   版權(quán)所有 華夏經(jīng)緯網(wǎng)",
                 "Copyright 2001-2024 By m.essencecafe.cn"]:
        para(doc, line, size=8)
    doc.save(path)


def build_e(path):
    doc = new_doc()
    para(doc, "任弼时纪念馆2020年度部门整体支出绩效评价自评报告", bold=True, size=13, center=True)
    para(doc, "附件2-1")
    para(doc, "岳阳市2020年度部门整体支出", bold=True, size=16, center=True)
    para(doc, "绩效评价自评报告", bold=True, size=16, center=True)
    for line in ["部门(单位)名称: 任弼时纪念馆", "预 算 编 码: 21401", "评价方式:部门(单位)绩效自评",
                 "评价机构:部门(单位)评价组", "报告日期:2021年06月30日"]:
        para(doc, line)
    para(doc, "岳阳市财政局(制)", center=True)
    rows = [
        ["一、部门(单位)基本概况", None, None, None],
        ["联系人", "吴锐", "联络电话", "07305959008"],
        ["人员编制", "34", "实有人数", "32"],
        ["职能职责概述", None, None, None],
        ["年度主要 工作内容", None, None, None],
        ["年度部门(单位)总体运行情况及取得的成绩", None, None, None],
    ]
    t = table(doc, rows)
    merge(t, 0, 0, 0, 3, "一、部门(单位)基本概况")
    merge(t, 3, 1, 3, 3, "收藏、保护和利用与任弼时同志生平思想有关的文物资料;陈列展示并研究宣传其生平业绩、"
                         "精神风范和思想理论;挖掘弘扬“骆驼精神”,开展党性、爱国主义和革命传统教育;依托市委党校"
                         "第二校区开展党员干部培训及社会培训;配合大中小学开展研学实践和研学旅行;面向群众开展红色旅游。")
    merge(t, 4, 1, 4, 3, E_WORK)
    merge(t, 5, 1, 5, 3, "2020年受新冠疫情影响,业务工作遇到前所未有的困难,但仍取得了可观成绩。"
                         "一是接待服务保持热度:受疫情影响全年闭馆近3个月,恢复开放后又实行限流,"
                         "全年仍接待游客45万余人次,其中学生11万人次,")
    doc.save(path)


def build_f(path):
    doc = new_doc()
    para(doc, "火炬开发区政务数据和社会事务局,各镇街农业农村局:")
    para(doc, "为推动全市农业保险高质量发展,依据《关于印发<中山市政策性农业保险激励方案(试行)>的通知》"
              "(中财农资〔2021〕44号)、《2023年农业保险工作小组联席会议会议纪要》等文件,现将2022年度政策性"
              "农业保险激励资金(农业产业发展-政策性农业保险资金)指标下达给你们,有关事项通知如下:")
    para(doc, "一、激励资金安排情况", bold=True)
    para(doc, "本次下达激励资金指标共1896万元。其一,对2022年度在本行政区域内投保我市水产养殖、花木种植天气指数"
              "地方特色保险的镇街,市级增加10%奖补比例,激励金额1221万元,涉及21个镇街;其二,对完成2022年度"
              "农业保费收入任务67.43%且全市排名靠前的10个以内镇街给予一次性奖励,激励金额675万元,涉及5个镇街。"
              "(详见附件)")
    para(doc, "二、激励资金管理要求", bold=True)
    para(doc, "依照《关于印发<中山市政策性农业保险激励方案(试行)>的通知》(中财农资〔2021〕44号),"
              "激励资金只能用于农业保险方面的支出。")
    para(doc, "本批资金由市财政局按本通知的下达方案,依国库集中支付程序拨付。各单位收到资金后,应结合实际加强管理,"
              "严格执行相关管理办法,确保资金实现既定绩效目标。")
    para(doc, "三、本批资金列入附表所列功能类科目,经济科目按支出性质和实际用途列支,年终编报支出决算。")
    para(doc, "附件:2022年度政策性农业保险激励资金安排表")
    para(doc, "中山市农业农村局")
    para(doc, "2023年3月27日")
    para(doc, "(联系人:王宜,电话:88221335)")
    para(doc, "附件")
    para(doc, "2022年度政策性农业保险激励资金安排表", bold=True, center=True)
    para(doc, "注:因石岐街道土地已被土储中心征收等原因,该街道不纳入本次激励资金分配范围。")
    doc.save(path)


BUILDERS = {A: build_a, B: build_b, C: build_c, D: build_d, E: build_e, F: build_f}


# ---------------------------------------------------------------- determinism
def normalize_zip(path):
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    items = {}
    for name in zin.namelist():
        blob = zin.read(name)
        if name == "docProps/core.xml":
            txt = blob.decode("utf-8")
            txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                         r"\g<1>2024-01-01T00:00:00Z\g<3>", txt)
            blob = txt.encode("utf-8")
        items[name] = blob
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, items[name])
    path.write_bytes(out.getvalue())


def same_len(match, fill):
    body = match.group(2)
    return match.group(1) + (fill * len(body))[:len(body)] + match.group(3)


def normalize_pdf(path):
    data = path.read_bytes()
    data = re.sub(rb"(/CreationDate\s*\()([^)]*)(\))",
                  lambda m: same_len(m, b"D:20240101000000Z"), data)
    data = re.sub(rb"(/ModDate\s*\()([^)]*)(\))",
                  lambda m: same_len(m, b"D:20240101000000Z"), data)
    data = re.sub(rb"(<)([0-9A-Fa-f]{32})(>)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)(\s)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)",
                  lambda m: same_len(m, b"2024-01-01T00:00:00Z"), data)
    data = re.sub(rb"(xmpMM:(?:DocumentID|InstanceID)>uuid:)([^<]*)(<)",
                  lambda m: same_len(m, b"0"), data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                   check=True, capture_output=True, timeout=300)
    pdf = path.with_suffix(".pdf")
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------- checks
def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    raw = subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return squash(out), squash(raw)


def check_pdf(base, gold, pdf):
    lay, raw = pdf_text(pdf)
    wanted = []
    for i in gold["indicators"]:
        wanted += [i["name"], i["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if w and squash(w) not in lay and squash(w) not in raw]
    return missing


def main():
    ANN.mkdir(exist_ok=True)
    failures = []
    for base, gold in GOLD.items():
        path = HERE / f"{base}.{gold['ext']}"
        BUILDERS[base](path)
        normalize_zip(path)
        pdf = to_pdf(path)
        for f in (path, pdf):
            ann = {"source": f.name}
            ann.update({k: copy.deepcopy(v) for k, v in gold.items() if k != "ext"})
            (ANN / f"{f.name}.json").write_text(
                json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        missing = check_pdf(base, gold, pdf)
        if missing:
            failures.append((base, missing))
        for f in (path, pdf):
            print(hashlib.md5(f.read_bytes()).hexdigest(), f.name)
    if failures:
        for base, missing in failures:
            print("MISSING in", base, missing)
        sys.exit(1)
    print("all gold strings found in the PDFs")


if __name__ == "__main__":
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        sys.exit("soffice and pdftotext are needed")
    main()
