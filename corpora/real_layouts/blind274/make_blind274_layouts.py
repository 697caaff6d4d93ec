"""Build the blind274 test documents (spending units: schools, hospitals, science bases).

The gold for every file is written in this script before anything reads the files.
Run:  /tmp/wvenv/bin/python make_blind274_layouts.py
It writes the DOCX/XLSX, exports PDFs with LibreOffice, writes annotations/<file>.json,
and checks with pdftotext that every gold string is present in each PDF.
"""

import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind274"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)
CJK = "Noto Sans CJK SC"

# ---------------------------------------------------------------------------
# GOLD (written before any file is built or read)
# ---------------------------------------------------------------------------


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# D1: Chongqing vocational-school training-base task book (blank template)
D1_NAME = "cq_2014_zhijiao_shixunjidi_renwushu.xlsx"
D1_URL = "https://m.wenke99.com/d-3816442.html"
D1_INDICATORS = [
    ind(None, None, "实训场地面积(M 2)", unit="M 2"),
    ind(None, None, "实训设备总值(万元)", unit="万元"),
    ind(None, None, "实训室数"),
    ind(None, None, "主要实训设备台/套数", unit="台/套"),
    ind(None, None, "实训工位数"),
    ind(None, None, "实训设施主要设备利用率", unit="%", target_text="%"),
    ind(None, None, "专任专业教师人数"),
    ind(None, None, "实训基地指导教师人数"),
    ind(None, None, "其中:高级工及以上人数"),
]
D1_GOLD = {
    "source_urls": [D1_URL],
    "province": "重庆市",
    "doc_kind": "职业学校实训基地建设项目任务书(绩效目标空白模板)",
    "patterns": [5, 6, 8],
    "indicators": D1_INDICATORS,
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": i["name"],
         "why": "项目建设目标一栏空白,未填任何目标值(空白任务书)"}
        for i in D1_INDICATORS
    ],
    "notes": (
        "页面是重庆市教委、市财政局印制的2014年市级财政支持职业教育实训基地项目任务书空白样表,"
        "由学校填报。'3. 项目建设绩效目标'表的列为'项目评定指标 | 本专业目前状况 | 项目建设目标',"
        "单位写在指标名称里(M 2、万元、台/套);只有'实训设施主要设备利用率'两列各写了一个'%'。"
        "所有目标值为空,故每行记 target.missing_value;未因缺少效益/满意度指标记 coverage,"
        "因为存储页在'其中:高级工及以上人数'之后只剩下一行开头的'教师'二字就截断了(该残行未复制)。"
        "'二一四年十二月制'漏写'〇',按原样保留。'1. 项目学校基本情况简表'和'2. 项目建设资金预算情况'"
        "是基本信息与资金栏目,不是绩效指标,未列入 indicators。说明段落用自己的话重写,保留日期与份数。"
    ),
}

# D2: Yiyang rural secondary vocational education fund self-evaluation report
D2_NAME = "yiyang_2021_nongcun_zhongzhi_zipingbaogao.docx"
D2_URL = "https://taowenge.com/p-72235690.html"
D2_GOLD = {
    "source_urls": [D2_URL],
    "province": "湖南省",
    "doc_kind": "项目资金绩效自评报告(正文+自评表残片)",
    "patterns": [1],
    "indicators": [
        ind("满意度指标(10 分)", "服务对象满意度指标", "中职技能竞赛学生、家长满意度",
            operator=">", value=95, unit="%", target_text="大于95%", actual=97,
            weight=2, score=2),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.placeholder", "item": "可持续影响指标",
         "why": "可持续影响指标下'指标1:''指标2:'两行只有序号,无名称、无指标值"},
    ],
    "notes": (
        "存储页是文档分享站对益阳市教育局报告的预览:正文两节之后直接接上附表的中段,"
        "没有表头(一级/二级/三级指标、年度指标值、实际完成值、分值、得分等列名未出现),"
        "首行以截断的'益指标 | 指标2:.'开头;左侧'绩效指标'为纵向合并的标签列。"
        "照原样复制了这段无表头的表格;'满意度指标(10 分)'的分值写在一级指标格里。"
        "页面在'指标2:文明风采德'处截断,该残行未复制,也不计入 indicators。"
        "实施单位是教育局而非学校,但资金全部用于中职学生竞赛和中职教师培训,故归入本角度。"
        "正文按自己的话重写,保留湘发【2010】7号、人均1元、80万元等事实。"
        "报告未写总体目标或年度目标段落,goals 为空。"
    ),
}

# D3: Huangshi No.2 Middle School 2018 evaluation report (running text)
D3_NAME = "huangshi_erzhong_2018_xiangmu_pingjiabaogao.docx"
D3_URL = "http://sbfmcentral.net/wygkcn_ShowArticle.asp?Wygkcn_ArticleID=11109"
D3_GOAL = ("以实验条件的改善带动学生观察力与思维能力等综合素质的提高,培育科技创新意识,"
           "推动黄石市教育事业发展,合力提升全市高中阶段教育质量。")
D3_GOLD = {
    "source_urls": [D3_URL],
    "province": "湖北省",
    "doc_kind": "学校财政项目支出绩效评价报告(叙述文本)",
    "patterns": [8],
    "indicators": [],
    "goals": [{"kind": "项目绩效目标", "text": D3_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": D3_GOAL[:20],
         "why": "项目绩效目标只有方向性表述,没有任何数量、比率或完成时限"},
    ],
    "notes": (
        "转载站把黄石市第二中学的评价报告做了同义词替换('二中'成'二遭遇','一'成'同',"
        "'评价机构'成'评论机构:从评'),标题、小标题、文件名与编号按存储页原样保留"
        "(含'《城市便中小学校校舍建设标准》(修建标[2002]102号)'和实施清单从11跳到13)。"
        "长句用自己的话重写。资金只写了'财政拨款600万元'一个数,未构成合计与分项,facts 为空。"
        "存储页在'评论指标体系分为三大'处截断,指标体系与得分未出现,故不记 goal.unmeasured "
        "或 coverage 类问题。"
    ),
}

# D4: Wuhai mental health centre 2021 special-fund self-evaluation (cover + overview)
D4_NAME = "wuhai_jingshenweisheng_2021_zhuanxiang_ziping.docx"
D4_URL = "http://www.yptzswh.com/zhuantifanwen/gongwenfanwen/2022/1024/53790.html"
D4_GOLD = {
    "source_urls": [D4_URL],
    "province": "内蒙古自治区",
    "doc_kind": "公立医院专项资金绩效评价自评报告(封面+项目概况)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": (
        "乌海市精神卫生中心(国家精神专科二级医院)的自评报告,存储页只到'一、项目概况'第(二)段,"
        "在'轻中度焦虑、'处截断,尚未出现绩效目标、指标或得分。封面是财政局印制的表格"
        "(评价类型勾选、公章、签字、填报日期、'乌海市财政局制')。转载站给页面加的标题"
        "'2023年度财政支出专项资金绩效评价自评报告'与正文的2021年度不符,属于网站外壳,未复制。"
        "占地3万平方米、建筑1.2万平方米、开放床位150张是单位概况,不是目标,不应被读成指标。"
        "正文用自己的话重写。没有可记的问题(页面截断前没有目标可审)。"
    ),
}

# D5: Science-popularisation base operation assessment self-rating form
D5_NAME = "kepu_jiaoyu_jidi_yunxing_kaohe_zipingbiao.xlsx"
D5_URL = "http://bigxun.com/view/1678693151483727873"
L_CG = "场馆建设(30务)"
L_YY = "运营情况(50分)"
D5_ROWS = [
    # (level1, name, weight, excellent, good, pass, fail, op, value, unit)
    (L_CG, "科普展示空间", 10, "1000平方米以上", "500-1000¥方米", "150-500平方米",
     "150平方米以下", ">=", 1000, "平方米"),
    (L_CG, "科普展示方式", 10,
     "展品展项丰富,展板图文介绍、专业多媒体演示、互动环节等表现方式",
     "展品展项完整,有展板图文介绍、多媒体演示及互动环节等",
     "展品展项完整,具备科普教育功能", "展品展项缺失损毁严重,不具备科普教育功能",
     None, None, None),
    (L_CG, "科普展项更新", 5, "科普展示更新内容达15%以上", "科普展示更新内容达10%以上",
     "科普展示更新内容达5%以上", "科普展示内容未更新", ">=", 15, "%"),
    (L_CG, "科普环境建设", 5, "科普路线设计巧妙,科普环境整洁有序,科普氛围浓郁",
     "科普路线合理,科普环境整洁,科普氛围浓郁", "有科普参观路线,科普环境整洁",
     "无科普参观路线,科普环境差", None, None, None),
    (L_YY, "开放时间", 10, "300天以上", "250天以上", "200-250天", "200天以下",
     ">=", 300, "天"),
    (L_YY, "接待人次", 10, "3万人次以上", "1-3万人次", "1000-10000人", "1000人次以下",
     ">=", 3, "万人次"),
    (L_YY, "新媒体科普", 5, "自建网站、微信或微博平台,上传区级共享平台信息达15条以上",
     "自建微信或微博平台,上传区级科普共享平台信息量10条以上",
     "上传区级科普共享平台信息量5条以上", "上传区级共享平台信息量达低于5条",
     ">=", 15, "条"),
    (L_YY, "科普公益投入", 5, "参加市或区级科普护照活动;免费或优惠达3000人次以上",
     "参加区级科普护照活动;免费或优惠达1500-3000人次", "免费或优惠达500-1500人次",
     "免费或优惠达500人次以下", ">=", 3000, "人次"),
    (L_YY, "参加市区活动", 5, "积极承接或参加市区科普专项活动,并获得奖励或取得好效果",
     "积极参加市区科普专项活动,并获得奖励或取得好效果", "参加2项以上市区科普专项活动",
     "未参与任何市区科普专项活动", None, None, None),
    (L_YY, "免费发放科普资料", 5, "5000册以上", None, None, None, ">=", 5000, "册"),
]
D5_GOLD = {
    "source_urls": [D5_URL],
    "province": None,
    "doc_kind": "科普教育基地运行情况考核自评表(分档评分标准)",
    "patterns": [1, 5, 6, 8],
    "indicators": [
        ind(r[0], None, r[1], operator=r[7], value=r[8], unit=r[9], target_text=r[3],
            weight=r[2])
        for r in D5_ROWS
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.unit_mismatch", "item": "接待人次",
         "why": "指标计的是人次,合格档却写'1000-10000人',与其他档'人次'单位不一"},
    ],
    "notes": (
        "科普教育基地(多为科技馆、场馆类单位)的年度运行考核自评表,不是预算绩效目标表,"
        "但同样是'指标 | 分值 | 分档标准 | 自评分'的表格。左列'项目及分值'为纵向合并单元格,"
        "存储文本把它拆在块的中间('场馆建设(30'出现在第一行后、'务)'在第二行后,应为'分)'的识读错误),"
        "照存储页写作'场馆建设(30务)';'运营情况(50分)'同理合并。'年月曰''500-1000¥方米'"
        "'信息量达低于5条'等错字照原样保留。各行分值写在名称格里(如'科普展示空间(10分)'),"
        "gold 的 name 去掉'(10分)',分值记入 weight。没有单独的目标值列:把'优秀(占比90-100%)'"
        "一档的标准当作 target_text,数值与单位取自该格;定性档('展品展项丰富…')operator/value 为空。"
        "序号列与自评分列为空。'场馆建设'四行分值合计30分与标签一致;'运营情况'到页面截断处"
        "只累计40分,存储页在'免费发放科普资料(5分) 5000册以上 3'处截断,故不记 consistency.score_total;"
        "残字'3'未复制。表中未写地区,province 为空。"
    ),
}

GOLD = {D1_NAME: D1_GOLD, D2_NAME: D2_GOLD, D3_NAME: D3_GOLD, D4_NAME: D4_GOLD,
        D5_NAME: D5_GOLD}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xcell(ws, ref, text, bold=False, size=10, center=False):
    c = ws[ref]
    c.value = text
    c.font = Font(name=CJK, size=size, bold=bold)
    c.alignment = Alignment(wrap_text=True, vertical="center",
                            horizontal="center" if center else "left")
    return c


def boxed(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if c.font is None or c.font.name != CJK:
                c.font = Font(name=CJK, size=10)
            if not c.alignment.wrap_text:
                c.alignment = Alignment(wrap_text=True, vertical="center")


def fix_props_xlsx(wb):
    wb.properties.creator = "blind274"
    wb.properties.lastModifiedBy = "blind274"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def page_setup(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def fix_core(data):
    return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                  rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in z.namelist()]
    items.sort(key=lambda t: t[0])
    items = [(n, fix_core(d) if n == "docProps/core.xml" else d) for n, d in items]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def set_doc_font(doc):
    st = doc.styles["Normal"]
    st.font.name = CJK
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CJK)
    for sname in ("Heading 1", "Heading 2", "Title"):
        s = doc.styles[sname]
        s.font.name = CJK
        rpr = s.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), CJK)


def fix_props_docx(doc):
    cp = doc.core_properties
    cp.author = "blind274"
    cp.last_modified_by = "blind274"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = CJK
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), CJK)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def tcell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.name = CJK
    r.font.size = Pt(9.5)
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), CJK)


# ---------------------------------------------------------------------------
# D1 builder (XLSX)
# ---------------------------------------------------------------------------


def build_d1(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "任务书"
    widths = {"A": 24, "B": 16, "C": 20, "D": 16, "E": 18, "F": 16, "G": 14}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 1
    ws.merge_cells(f"A{r}:G{r}")
    xcell(ws, f"A{r}", "2014 年市级财政支持的职业教育实训基地建设项目任务书", bold=True,
          size=14, center=True)
    r += 2
    for label in ("学 校 名 称", "专 业 名 称", "批 准 日 期", "填 表 日 期"):
        xcell(ws, f"B{r}", label)
        ws.merge_cells(f"C{r}:E{r}")
        ws[f"C{r}"].border = Border(bottom=THIN)
        r += 1
    r += 1
    for line in ("重庆市教育委员会", "重庆市 财 政 局", "二一四年十二月制"):
        ws.merge_cells(f"A{r}:G{r}")
        xcell(ws, f"A{r}", line, center=True)
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    xcell(ws, f"A{r}", "说 明", bold=True, center=True)
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    xcell(ws, f"A{r}", (
        "2014 年市级财政支持的职业教育实训基地项目名单已经公布。依照专项资金管理的要求,"
        "市教委、市财政局将对每个建设项目开展过程监控和绩效评估。获得市级财政资金的项目学校"
        "须填写本任务书,它将作为今后绩效评估的主要依据。各区县、各学校主管部门要逐项审核学校"
        "所填内容,签署意见并加盖公章,于 12 月 31 日前将一式两份送市教委财务处、市财政局教科文处"
        "备案,电子版同时报送。"))
    ws.row_dimensions[r].height = 80
    r += 2

    ws.merge_cells(f"A{r}:G{r}")
    xcell(ws, f"A{r}", "1. 项目学校基本情况简表", bold=True)
    r += 1
    top = r
    grid = [
        ["学校全称", "", "本次建设基地名称", "", "", "", ""],
        ["主管部门", "", "", "", "", "", ""],
        ["学校详细地址", "", "", "", "邮政编码", "", ""],
        ["联系人", "", "电 话", "", "传 真", "", ""],
        ["学校网址", "", "", "", "学校性质", "公办 民办", ""],
        ["全日制在校生数", "", "占地面积(M 2)", "", "建筑面积(M 2)", "", ""],
        ["实训室数", "", "实训场地面积 (M 2)", "", "实训设备总值 (万元)", "", ""],
        ["专任教师数", "", "高级职称 教师数", "", "双师型教师数", "", "兼职教师数"],
        ["2013 年毕业生就业率", "%", "2013 年承担社会培训人次", "", "", "", ""],
        ["生均财政预算内事业费(元/人 年)", "", "学费标准(元/人年)", "", "", "", ""],
        ["主要重点专业名称", "", "学制", "2014 年招生数", "2014 年在校生数",
         "2014 年毕业生数", ""],
    ]
    for row in grid:
        for j, val in enumerate(row):
            if val:
                xcell(ws, f"{'ABCDEFG'[j]}{r}", val)
        r += 1
    for n in range(1, 6):
        xcell(ws, f"A{r}", str(n), center=True)
        r += 1
    boxed(ws, f"A{top}:G{r - 1}")
    ws.merge_cells(f"A{r}:G{r}")
    xcell(ws, f"A{r}", "说明: 专业一栏按实训基地所属的专业类别填写,名称须与专业目录一致。")
    r += 2

    ws.merge_cells(f"A{r}:G{r}")
    xcell(ws, f"A{r}", "2. 项目建设资金预算情况", bold=True)
    r += 1
    top = r
    hdr = ["资金来源", "中央财政", "市级财政", "区县财政(主管部门)", "学校自筹", "其他", "合计"]
    for j, val in enumerate(hdr):
        xcell(ws, f"{'ABCDEFG'[j]}{r}", val, center=True)
    r += 1
    xcell(ws, f"A{r}", "投资金额(万元)")
    r += 1
    boxed(ws, f"A{top}:G{r - 1}")
    r += 1

    ws.merge_cells(f"A{r}:G{r}")
    xcell(ws, f"A{r}", "3. 项目建设绩效目标", bold=True)
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    xcell(ws, f"A{r}", "专业:")
    r += 1
    top = r
    ws.merge_cells(f"A{r}:C{r}")
    xcell(ws, f"A{r}", "项目评定指标", bold=True, center=True)
    ws.merge_cells(f"D{r}:E{r}")
    xcell(ws, f"D{r}", "本专业目前状况", bold=True, center=True)
    ws.merge_cells(f"F{r}:G{r}")
    xcell(ws, f"F{r}", "项目建设目标", bold=True, center=True)
    r += 1
    for i in D1_INDICATORS:
        ws.merge_cells(f"A{r}:C{r}")
        xcell(ws, f"A{r}", i["name"])
        ws.merge_cells(f"D{r}:E{r}")
        ws.merge_cells(f"F{r}:G{r}")
        if i["name"] == "实训设施主要设备利用率":
            xcell(ws, f"D{r}", "%", center=True)
            xcell(ws, f"F{r}", "%", center=True)
        r += 1
    boxed(ws, f"A{top}:G{r - 1}")
    page_setup(ws, landscape=False)
    fix_props_xlsx(wb)
    wb.save(path)


# ---------------------------------------------------------------------------
# D2 builder (DOCX)
# ---------------------------------------------------------------------------


def build_d2(path):
    doc = Document()
    set_doc_font(doc)
    para(doc, "2021年度农村中等职业教育发展项目资金绩效自评报告", bold=True, size=15, center=True)
    para(doc, "(益阳市教育局2022年4月13日)", center=True)
    para(doc, "一、项目概况", bold=True)
    para(doc, (
        "本项目依据湘发【2010】7号文件设立,经费按辖区内农村人口每人1元的标准安排。2021年度"
        "项目共安排资金80万元,用途有三:一是举办全市中职学生技能竞赛、“文明风采”活动和黄炎培"
        "创业规划大赛,提升中职学生的职业素养与综合素质;二是组织教师培训、教研教改和教学比赛,"
        "提高中职教师队伍的整体水平;三是推动职业教育发展,增强其服务益阳经济社会发展的能力。"))
    para(doc, "二、绩效自评工作开展情况", bold=True)
    para(doc, (
        "按照益阳市财政局关于开展2021年度部门绩效自评工作的通知要求,我局召开财务工作专题会议,"
        "局机关班子成员、办公室和计财科全体人员以及二级机构负责人参会,明确了任务并出台了工作方案。"
        "会后由计财科牵头,聘请会计师事务所协助,通过分析相关文件、核查数据、询问查证等方式开展自评。"))
    para(doc, "1 .核实数据。逐项核实2021年农村中等职业教育发展项目基础数据是否准确、真实。")
    para(doc, "2 .查阅资料。查阅2021年的预算安排等资料。")
    para(doc, "3 .实地查看。到现场查看并核对项目的实施情况。")
    rows = [
        ["", "", "益指标", "指标2:.", "", "", "", ""],
        ["绩效指标", "", "可持续影响指标", "指标1:", "", "", "", ""],
        ["", "", "", "指标2:", "", "", "", ""],
        ["", "满意度指标(10 分)", "服务对象满意度指标", "指标1:中职技能竞赛学生、家长满意度",
         "大于95%", "学生、家长满意度97%", "2", "2"],
        ["", "", "", "指标2:文明风采德", "", "", "", ""],
    ]
    t = doc.add_table(rows=len(rows), cols=8)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            tcell(t.cell(i, j), val)
    a = t.cell(0, 0).merge(t.cell(4, 0))
    tcell(a, "绩效指标")
    b = t.cell(0, 1).merge(t.cell(2, 1))
    tcell(b, "")
    c = t.cell(1, 2).merge(t.cell(2, 2))
    tcell(c, "可持续影响指标")
    d = t.cell(3, 1).merge(t.cell(4, 1))
    tcell(d, "满意度指标(10 分)")
    e = t.cell(3, 2).merge(t.cell(4, 2))
    tcell(e, "服务对象满意度指标")
    widths = [Cm(1.4), Cm(2.2), Cm(2.4), Cm(4.2), Cm(1.8), Cm(2.6), Cm(1.0), Cm(1.0)]
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = widths[j]
    for row in t.rows:
        for j, cell in enumerate(row.cells):
            cell.width = widths[j]
    fix_props_docx(doc)
    doc.save(path)


# ---------------------------------------------------------------------------
# D3 builder (DOCX)
# ---------------------------------------------------------------------------


def build_d3(path):
    doc = Document()
    set_doc_font(doc)
    para(doc, "黄石二遭遇2018年财政项目支出绩效评价报告", bold=True, size=14, center=True)
    para(doc, "黄石市财政项目支出绩效评价报告", center=True)
    para(doc, "封面格式", center=True)
    para(doc, "黄石市财政项目支出绩效评价报告", bold=True, size=15, center=True)
    para(doc, "2018", center=True)
    for line in ("项目名称:校园建设和设备采购", "项目单位:黄石市第二中学",
                 "主办机关:黄石市教育局", "评论机构:从评"):
        para(doc, line)
    para(doc, "201907", center=True)
    para(doc, "同、项目概况和资本使用管理状况", bold=True)
    para(doc, "(同)项目立项背景和依据", bold=True)
    para(doc, (
        "1.立项背景:我校实验楼建于二十世纪九十年代,屋顶至今渗漏严重,一楼地面出现塌陷,"
        "功能室布局不合理,实验设备和器材老化破旧,满足不了实验教学的核心需要,对学校推进新高考"
        "综合改革影响很大。为此拟对实验楼做屋面防水更新、给排水与电力系统改造、通风排气系统改造,"
        "并对实验设备、器材全面改造或更新。"))
    para(doc, "2.项目依据:《城市便中小学校校舍建设标准》(修建标[2002]102号),《中小学实验室规程》")
    para(doc, "(第二)项目资产来源和使用情况", bold=True)
    para(doc, "项目资产来源财政拨款600万元。")
    para(doc, "(其三)项目实施情况", bold=True)
    para(doc, (
        "1.屋面防水更新或做架空层 2.给排水及电力系统改造、弱电系统改造 3.除了正立面外其他立面的"
        "改造和贴砖 4.转换除正立面外有门窗 5.楼梯改造 6.有内墙重新粉刷 7.功能房重新布局及改造 "
        "8.卫生间改造 9.通风排气系统改造 10.有灯具更换为节能灯具 11.一楼除大厅大理石外全部更新 "
        "13.实验室购器材与相关设备。"))
    para(doc, "第二、项目绩效分析和评价结论", bold=True)
    para(doc, "(同)项目绩效目标", bold=True)
    para(doc, D3_GOAL)
    para(doc, "(第二)项目绩效评价目的,项目绩效评价框架,绩效评价工作情况", bold=True)
    para(doc, "评论指标体系分为三大")
    fix_props_docx(doc)
    doc.save(path)


# ---------------------------------------------------------------------------
# D4 builder (DOCX)
# ---------------------------------------------------------------------------


def build_d4(path):
    doc = Document()
    set_doc_font(doc)
    para(doc, "财政支出专项资金绩效评价自评报告", bold=True, size=16, center=True)
    rows = [
        ("评价类型:", "项目实施过程评价        项目完成结果评价√"),
        ("项目名称:", "精神卫生工作专项经费"),
        ("项目单位全称", "乌海市精神卫生中心(公章)"),
        ("单位负责人(签字)", "刘瑞菊"),
        ("主 管 部 门", "乌海市卫生健康委员会"),
        ("填报日期", "2022 年 8 月 15 日"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    for i, (k, v) in enumerate(rows):
        tcell(t.cell(i, 0), k)
        tcell(t.cell(i, 1), v)
    para(doc, "乌海市财政局制", center=True)
    doc.add_page_break()
    para(doc, "2021 年度精防科精神卫生工作专项资金", bold=True, size=13, center=True)
    para(doc, "绩效自评报告", bold=True, size=13, center=True)
    para(doc, "一、项目概况", bold=True)
    para(doc, (
        "(一)乌海市精神卫生中心建于 1985 年,隶属乌海市卫生健康委员会,是全市唯一一家把精神科诊疗、"
        "心理咨询与治疗、精神康复和心理危机干预结合在一起的国家精神专科二级医院,负责全市严重"
        "精神障碍患者社区管理中的诊断、筛查、督导、预防、治疗和康复。"))
    para(doc, (
        "医院地址在乌海市乌达区呼和勃勒格路,占地面积 3 万平方米,建筑面积 1.2 万平方米,开放床位 "
        "150 张。医院以“大专科、小综合”为发展方向,设有精神科、临床心理科、老年精神科、康复技能科、"
        "睡眠科等临床科室和门诊,为精神分裂症、躁狂症、抑郁症、睡眠障碍等疾病提供专科诊疗,"
        "并开展心理减压和心理危机干预服务。"))
    para(doc, (
        "(二)为做好居民心理危机干预、推动本市心理服务稳步发展并取得较好的社会效益,中心结合自身"
        "职能和资金的使用范围,把 2021 年精神卫生工作专项资金用于购置虚拟现实心理健康评估与训练"
        "系统,这套系统用来帮助居民缓解因压力导致的轻中度焦虑、"))
    fix_props_docx(doc)
    doc.save(path)


# ---------------------------------------------------------------------------
# D5 builder (XLSX)
# ---------------------------------------------------------------------------


def build_d5(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    widths = {"A": 12, "B": 6, "C": 17, "D": 40, "E": 40, "F": 32, "G": 32, "H": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:H1")
    xcell(ws, "A1", "科普教育基地运行情况考核自评表", bold=True, size=14, center=True)
    ws.merge_cells("A2:C2")
    xcell(ws, "A2", "基地名称(盖章)")
    ws.merge_cells("D2:E2")
    xcell(ws, "D2", "填表人签名")
    ws.merge_cells("F2:H2")
    xcell(ws, "F2", "年月曰")
    ws.merge_cells("A3:A4")
    xcell(ws, "A3", "项目及分值", bold=True, center=True)
    ws.merge_cells("B3:G3")
    xcell(ws, "B3", "等级分值及标准", bold=True, center=True)
    ws.merge_cells("H3:H4")
    xcell(ws, "H3", "自评分", bold=True, center=True)
    for col, val in zip("BCDEFG", ("序号", "类别及分值", "优秀(占比90-100%)", "优良(占比70-90%)",
                                   "合格(占比60-70%)", "不合格(占比60%以下)")):
        xcell(ws, f"{col}4", val, bold=True, center=True)
    r = 5
    first = {}
    for row in D5_ROWS:
        label, name, weight, g1, g2, g3, g4 = row[:7]
        first.setdefault(label, [r, r])
        first[label][1] = r
        xcell(ws, f"C{r}", f"{name}({weight}分)")
        for col, val in zip("DEFG", (g1, g2, g3, g4)):
            if val:
                xcell(ws, f"{col}{r}", val)
        ws.row_dimensions[r].height = 48
        r += 1
    for label, (a, b) in first.items():
        ws.merge_cells(f"A{a}:A{b}")
        xcell(ws, f"A{a}", label, center=True)
    boxed(ws, f"A3:H{r - 1}")
    page_setup(ws, landscape=True)
    fix_props_xlsx(wb)
    wb.save(path)


BUILDERS = {D1_NAME: build_d1, D2_NAME: build_d2, D3_NAME: build_d3, D4_NAME: build_d4,
            D5_NAME: build_d5}

# ---------------------------------------------------------------------------
# PDF export, determinism, annotations, checks
# ---------------------------------------------------------------------------


def export_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    with open(pdf, "rb") as f:
        data = f.read()

    def same_len(m, fill):
        s = m.group(0)
        return s[:len(m.group(1))] + fill * (len(s) - len(m.group(1)) - 1) + s[-1:]

    data = re.sub(rb"(/CreationDate\s*\(D:)[^)]*\)",
                  lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(/ModDate\s*\(D:)[^)]*\)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", zero_ids, data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", zero_checksum, data)
    with open(pdf, "wb") as f:
        f.write(data)
    return pdf


def zero_hex(m):
    return b"<" + b"0" * (len(m.group(0)) - 2) + b">"


def zero_ids(m):
    return re.sub(rb"<[0-9A-Fa-f]+>", zero_hex, m.group(0))


def zero_checksum(m):
    s = m.group(0)
    head = s[:s.rindex(b"/") + 1]
    return head + b"0" * (len(s) - len(head))


def squash(s):
    return re.sub(r"\s+", "", s)


def gold_strings(g):
    out = []
    for i in g["indicators"]:
        out.append(i["name"])
        if i["target_text"]:
            out.append(i["target_text"])
    for goal in g["goals"]:
        out.append(goal["text"])
    for f in g["findings"]:
        out.append(f["item"])
    return out


def check_pdf(pdf, g):
    flats = []
    for mode in ([], ["-raw"]):
        txt = subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", pdf, "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
        flats.append(squash(txt))
    # a string counts as present if the default or the raw (content-order) text holds it
    missing = [s for s in gold_strings(g) if not any(squash(s) in f for f in flats)]
    return missing


def write_ann(fname, g):
    body = {"source": fname}
    body.update(g)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    sums = {}
    for fname, g in GOLD.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        normalize_zip(path)
        pdf = export_pdf(path)
        write_ann(fname, g)
        write_ann(os.path.basename(pdf), g)
        miss = check_pdf(pdf, g)
        if miss:
            problems.append((os.path.basename(pdf), miss))
        sums[fname] = md5(path)
        sums[os.path.basename(pdf)] = md5(pdf)
    for k in sorted(sums):
        print(sums[k], k)
    for name, miss in problems:
        print("MISSING in", name, ":", miss)
    if problems:
        sys.exit(1)
    print("all gold strings found in PDFs")


if __name__ == "__main__":
    main()
