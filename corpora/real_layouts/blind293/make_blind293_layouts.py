"""Build the blind293 documents (civil affairs / disability), their PDFs and gold JSON.

The gold below is written first; the builders only render it into DOCX, the PDFs are
exported with LibreOffice, made deterministic, and checked with pdftotext.
Run: /tmp/wvenv/bin/python make_blind293_layouts.py
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

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind293"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

URL_SD = "http://czt.shandong.gov.cn/art/2024/12/30/art_10604_10324066.html"
URL_JM = "http://mzj.jingmen.gov.cn/art/2023/11/20/art_11860_1039672.html"
URL_XY = "https://www.ptxy.gov.cn/zwgk/ylfw/ylfwxygl/202211/t20221102_1767487.htm"
URL_XX = "https://m.001doc.com/doc/838074.html"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- document A
SD_GOAL = ("聚焦提高残疾人社会保障水平、促进残疾人高质量就业等6大领域:全年新增残疾人就业数量"
           "达到17500名,至少打造残疾人就业示范基地20家;康复服务残疾人数不少于100万名,"
           "年内残疾儿童康复救助4万名以上;困难重度残疾人家庭无障碍改造2万户以上;"
           "打造“如康家园”不低于300处,托养照护服务人次不低于2.4万名;在权益保障上,"
           "残疾人法律服务事项办结率不低于90%,2022、2023年考入高等学校残疾学生资助率实现100%;"
           "积极组织残疾人文体活动,组织或参加省级以上赛事残疾人运")

SD_BLOCKS = [
    ("h1", "一、部门基本情况"),
    ("h2", "(一)部门概况"),
    ("p", ("山东省残疾人联合会(以下简称“省残联”)是中国残疾人联合会设在本省的地方组织,"
          "把残疾人自身的代表组织、社会福利团体和事业管理机构合为一体,是一个残疾人事业团体。"
          "机关内设办公室(挂省政府残疾人工作委员会办公室牌子)、人事部(机关党委)、计划财务部等7个部、室,"
          "下属山东特殊教育职业学院、山东省残疾人就业指导中心等4个直属单位。")),
    ("p", ("部门主要职能:履行“代表、服务、管理”三项职能,即代表残疾人的共同利益、维护其合法权益;"
          "通过开展各项业务和活动直接为残疾人服务;承担政府委托的部分行政职能,发展并管理残疾人事业。")),
    ("h2", "(二)部门预决算情况"),
    ("p", ("2023年度年初收支预算为50289.2万元,全年预算为63501.78万元,收支总决算63501.78万元,"
          "较上年度下降了20.73%,下降主要是因为特教学院新校区建设支出较上年减少了12687.32万元。")),
    ("p", ("本年支出合计61658.08万元,预算执行率为97.10%。年末结转结余1843.7万元。其中,"
          "基本支出13645.88万元、占比21.49%,项目支出47881.27万元、占比75.40%,"
          "经营支出130.93万元、占比0.21%。")),
    ("p", ("2023年度项目支出年初预算安排37070.2万元,全年预算数49724.97万元,预算调剂比例34.14%,"
          "决算数47881.27万元,项目预算执行率96.29%。")),
    ("h2", "(三)部门整体绩效目标"),
    ("p", SD_GOAL),
]

SD_GOLD = {
    "source_urls": [URL_SD],
    "province": "山东省",
    "doc_kind": "省残联部门整体支出绩效自评报告(开头部分)",
    "patterns": [],
    "indicators": [
        ind(None, None, "新增残疾人就业数量", ">=", 17500, "名", "达到17500名"),
        ind(None, None, "残疾人就业示范基地", ">=", 20, "家", "至少打造残疾人就业示范基地20家"),
        ind(None, None, "康复服务残疾人数", ">=", 100, "万名", "不少于100万名"),
        ind(None, None, "残疾儿童康复救助", ">=", 4, "万名", "4万名以上"),
        ind(None, None, "困难重度残疾人家庭无障碍改造", ">=", 2, "万户", "2万户以上"),
        ind(None, None, "“如康家园”", ">=", 300, "处", "不低于300处"),
        ind(None, None, "托养照护服务人次", ">=", 2.4, "万名", "不低于2.4万名"),
        ind(None, None, "残疾人法律服务事项办结率", ">=", 90, "%", "不低于90%"),
        ind(None, None, "2022、2023年考入高等学校残疾学生资助率", "=", 100, "%", "100%"),
    ],
    "goals": [{"kind": "总体目标", "text": SD_GOAL}],
    "facts": [
        {"metric": "本年支出合计", "kind": "sum", "total": 61658.08,
         "parts": [13645.88, 47881.27, 130.93], "unit": "万元"},
        {"metric": "全年预算(支出+年末结转结余)", "kind": "sum", "total": 63501.78,
         "parts": [61658.08, 1843.7], "unit": "万元"},
        {"metric": "预算执行率", "kind": "rate", "total": 63501.78, "parts": [61658.08],
         "unit": "%", "stated": 97.10},
        {"metric": "项目预算执行率", "kind": "rate", "total": 49724.97, "parts": [47881.27],
         "unit": "%", "stated": 96.29},
        {"metric": "基本支出占比", "kind": "rate", "total": 63501.78, "parts": [13645.88],
         "unit": "%", "stated": 21.49},
        {"metric": "项目支出占比", "kind": "rate", "total": 63501.78, "parts": [47881.27],
         "unit": "%", "stated": 75.40},
        {"metric": "经营支出占比", "kind": "rate", "total": 63501.78, "parts": [130.93],
         "unit": "%", "stated": 0.21},
    ],
    "findings": [
        {"rule": "target.unit_mismatch", "item": "托养照护服务人次",
         "why": "指标名称计的是人次,目标却写成“不低于2.4万名”,单位为人数,名称与单位不一致"},
    ],
    "notes": ("存储页面以“一、部门基本情况”开头,没有标题;在“(三)部门整体绩效目标”一段中途"
              "(“组织或参加省级以上赛事残疾人运”)截断,文档照此截断,未截断部分之后的指标不计。"
              "目标全部写在段落里,按句拆成9个指标行;“达到/至少/不少于/以上/不低于”记为>=,"
              "资助率“实现100%”记为=。为使指标名连续出现,把“年内康复救助4万名以上残疾儿童”"
              "改写为“年内残疾儿童康复救助4万名以上”,数字不变。占比21.49%、75.40%、0.21%"
              "以全年预算63501.78万元为分母才吻合(以支出61658.08为分母则为22.13%等),"
              "记为rate事实,不算错误。预算调剂比例34.14%=(49724.97-37070.2)/37070.2,亦吻合,"
              "未单列。满意度、质量类目标可能在截断之后,故不标coverage.missing_dimension。"),
}

# ---------------------------------------------------------------- document B
JM_GOALS = [
    "一是精准精细,落实脱贫攻坚与乡村振兴有效衔接新部署",
    "二是用心用情,提升“一老一小”关爱服务新水平",
    "三是提能提质,打造共建共治共享社会治理新格局",
    "四是求实务实,着力营造民政事业发展新气场",
]

JM_BLOCKS = [
    ("h1", "一、自评结论"),
    ("h2", "(一)部门整体绩效自评得分"),
    ("p", "民政部门部门整体绩效自评得分96分。"),
    ("h2", "(二)部门整体绩效目标完成情况"),
    ("p", "1.执行率情况。"),
    ("p", "民政部门2022年预算数11,605.29万元,执行数21680.25万元,执行率为100%。"),
    ("p", "2.完成的绩效目标。"),
    ("p", "2022年,荆门市民政局较好地完成了年初确定的下列工作目标: " + JM_GOALS[0] + ";"
          + JM_GOALS[1] + ";" + JM_GOALS[2] + ";" + JM_GOALS[3] + "。"),
    ("p", "3.未完成的绩效目标。"),
    ("p", "年初绩效目标基本完成。"),
    ("h2", "(三)存在的问题和原因"),
    ("p", "1、受疫情等因素影响,部分工作计划没能开展,项目推进偏慢,社会作用发挥得不够明显。"),
    ("p", "2、后疫情时期对养老机构实行常态化监控管理,入住须查抗原检测,群众满意率因此下降。"),
    ("h2", "(四)下一步拟改进措施"),
    ("p", ("1、继续兜牢兜实民生底线,关心关爱“一老一小”,创新基层社会治理,规范专项事务管理,"
          "提高自身建设水平。")),
    ("p", "2、加快项目推进,提高资金使用效率。"),
    ("p", "3、加强学习,提升预算编制的科学性、合理性、严谨性和可控性。"),
    ("p", ("4、日常预算管理中加强对支出的审核、跟踪和执行分析;结合实际完整、准确地披露财务信息,"
          "尽量使决算与预算相衔接。")),
    ("p", "附件:2022年度民政部门整体部门自评表"),
    ("h1", "二、佐证材料"),
    ("h2", "(一)基本情况"),
    ("p", ("2022年以来,荆门市民政局认真落实市委、市政府的安排部署,围绕中心、服务大局,"
          "突出重点、狠抓落实,民政工作成效较大。")),
    ("p", ("1、聚焦基本民生,筑牢乡村振兴“兜底网”。一是落实社会救助政策。落实城乡低保、临时救助、"
          "特困供养政策,兜牢困难群众基本生活保障网。全市全年城乡低保救助5.3万")),
]

JM_GOLD = {
    "source_urls": [URL_JM],
    "province": "湖北省",
    "doc_kind": "市民政局部门整体支出绩效自评报告(自评结论部分)",
    "patterns": [],
    "indicators": [],
    "goals": [{"kind": "年度目标", "text": g} for g in JM_GOALS],
    "facts": [
        {"metric": "执行率", "kind": "rate", "total": 11605.29, "parts": [21680.25],
         "unit": "%", "stated": 100},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "执行率",
         "why": "执行数21680.25万元/预算数11,605.29万元≈186.8%,与所写“执行率为100%”不符"},
    ] + [
        {"rule": "goal.unquantified", "item": g[:20],
         "why": "年度工作目标只是口号式表述,没有数量、标准或时限,无法衡量是否完成"}
        for g in JM_GOALS
    ],
    "notes": ("存储页面以“一、自评结论”开头,无标题;在“全市全年城乡低保救助5.3万”处截断,"
              "文档照此截断。正文没有三级指标表(只提到附件“2022年度民政部门整体部门自评表”,"
              "页面未收),所以指标行为空;96分是自评总分,不是指标。执行数大于预算数却写执行率100%,"
              "按数字复算约186.8%,记consistency.rate;可能是预算数或执行数口径不同(如含追加),"
              "页面没有说明。四条“完成的绩效目标”是口号,记goal.unquantified。"
              "goal.unmeasured无法判断(附表缺失),不标。"),
}

# ---------------------------------------------------------------- document C
XY_DIMS = [("项目决策情况", 20, 15), ("项目过程情况", 20, 17),
           ("项目产出情况", 30, 26), ("项目效益情况", 30, 30)]
XY_CN = ["一", "二", "三", "四"]

XY_BLOCKS = [
    ("pc", "莆秀财绩评〔2022〕1号"),
    ("p0", "莆田市秀屿区民政局:"),
    ("p", ("依据《中共莆田市委、莆田市人民政府印发<关于全面实施预算绩效管理的实施意见>的通知》"
          "(莆委发〔2019〕2号)和《财政部关于印发<项目支出绩效评价管理办法>的通知》(财预〔2020〕10号)"
          "的要求,为压实预算绩效责任、提高财政资金配置和使用效益,我局委托福建征安会计事务所(普通合伙)"
          "对秀屿区居家养老政府购买服务经费项目开展了绩效评价。经全面深入分析形成的评价结果现发给你单位,"
          "有关事项通知如下:")),
    ("p", ("对本次评价发现的问题和评价小组提出的建议,请依照财政部财预〔2020〕10号文件第二十七条的要求"
          "认真研究分析,并自收到本通知之日起60日内,将问题整改落实和建议采纳情况书面报告莆田市秀屿区财政局。")),
    ("p", "附件:秀屿区居家养老政府购买服务经费项目绩效评价报告"),
    ("pr", "莆田市秀屿区财政局"),
    ("pr", "2022年10月28日"),
    ("break", ""),
    ("title", "秀屿区居家养老政府购买服务经费项目"),
    ("title", "绩效评价报告"),
    ("pc", "福征安绩〔2022〕XY04-01号"),
    ("table", [["项目名称:", "居家养老政府购买服务经费项目"],
               ["项目承担单位:", "莆田市秀屿区民政局"],
               ["项目总金额:", "556万元"],
               ["评价年度:", "2021年度"],
               ["评价机构:", "福建征安会计师事务所(普通合伙)"]]),
    ("break", ""),
    ("pc", "目 录"),
    ("p0", "一、基本情况"),
    ("p0", "(一)项目概况"),
    ("p0", "(二)项目绩效目标"),
    ("p0", "二、绩效评价工作开展情况"),
    ("p0", "(一)绩效评价目的、对象和范围"),
    ("p0", "(二)绩效评价指标确定原则"),
    ("p0", "(三)评价方法及评价标准"),
    ("p0", "(四)评价指标体系及评分标准"),
    ("p0", "(五)绩效评价工作过程"),
    ("p0", "三、综合评价及评价结论"),
    ("p0", "四、绩效评价指标分析"),
] + [
    ("p0", f"({XY_CN[i]}){n}(分值{w}分,得分{s}分)")
    for i, (n, w, s) in enumerate(XY_DIMS)
] + [
    ("p0", "五、主要成效、存在问题及原因分析"),
    ("p0", "(一)主要"),
]

XY_GOLD = {
    "source_urls": [URL_XY],
    "province": "福建省",
    "doc_kind": "区财政局评价结果通知及第三方项目绩效评价报告(封面与目录)",
    "patterns": [8],
    "indicators": [
        ind("四、绩效评价指标分析", None, n, None, None, None, None, weight=w, score=s)
        for (n, w, s) in XY_DIMS
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("存储页面先是区财政局的评价结果通知(带文号、签发单位和日期),随后是报告封面、"
              "封面信息表和目录,在目录“五、主要成效、存在问题及原因分析 (一)主要”处截断。"
              "唯一的指标信息是目录里四个一级维度的分值与得分(20/15、20/17、30/26、30/30),"
              "各记一行,只填weight/score;合计100分、得分88分页面没有写出,故不列事实,"
              "等级也无从核对。产出+效益权重60分,符合至少60%的要求,不标。通知正文写"
              "“福建征安会计事务所”(少“师”字),封面写“福建征安会计师事务所”,照原样保留。"
              "绩效目标与指标表在截断之后,不标任何目标类问题。"),
}

# ---------------------------------------------------------------- document D
XX_BLOCKS = [
    ("title", "XX市残联20xx年度残儿康复训练项目支出绩效评价报告"),
    ("h1", "一、基本情况"),
    ("p", ("20xx年,在市委市政府的高度重视下,市残联积极谋划、多措并举,统筹抓好常态化疫情防控,"
          "持续巩固残疾人民生保障水平,提升残疾人康复服务质量,健全残疾人帮扶机制,各项康复工作稳步推进。"
          "20xx年市残联残儿康复训练项目面向符合条件的视力、听力、言语、肢体、智力等残疾儿童和孤独症儿童"
          "提供康复训练救助,救助人数874名;市级财政补助标准为4800元/人,全年项目资金419.52万元。")),
    ("h1", "二、绩效评价工作开展情况"),
    ("h2", "(一)绩效评价的目的、对象和范围。"),
    ("p", ("开展本次评价,是为了全面掌握该项目预算编制是否合理、资金使用是否合规、项目管理是否规范、"
          "项目目标实现得如何以及服务对象的满意度等情况,借此总结经验、切实加强资金监管,"
          "保证资金严格按规定使用,确保专项资金使用安全、规范、高效,进一步提升残疾人康复服务质量。")),
]

XX_GOLD = {
    "source_urls": [URL_XX],
    "province": None,
    "doc_kind": "市残联残儿康复训练项目支出绩效评价报告(范本式,开头部分)",
    "patterns": [8],
    "indicators": [
        ind(None, None, "救助人数", None, 874, "名", "874名"),
        ind(None, None, "市级财政补助标准", "=", 4800, "元/人", "4800元/人"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.placeholder", "item": "20xx年度",
         "why": "报告年度和城市写成“20xx”“XX市”占位符,指标对应的期间和地区无法确定"},
    ],
    "notes": ("来源是文库网站上的文档预览,只显示到“二、(一)绩效评价的目的、对象和范围”一段末尾,"
              "文档照此截断;网站的“1、”“2、”分页序号和下载说明未保留。城市、年份是占位符"
              "(XX市、20xx),省份无法确定,province记null。874名是项目计划覆盖人数,没有写成≥或=,"
              "operator记null;补助标准“按照4800元/人的标准”是确定值,记=。"
              "874×4800元=419.52万元,与全年项目资金一致(乘积关系,不属sum/rate,未列事实)。"
              "原句“为874名…提供康复训练救助”改写为“提供康复训练救助,救助人数874名”,数字不变。"),
}

DOCS = [
    ("blind293_shandong_canlian_2023_zhengti_ziping.docx", SD_BLOCKS, SD_GOLD),
    ("blind293_jingmen_minzheng_2022_zhengti_ziping.docx", JM_BLOCKS, JM_GOLD),
    ("blind293_xiuyu_jujiayanglao_2021_pingjia.docx", XY_BLOCKS, XY_GOLD),
    ("blind293_xxshi_canlian_canerkangfu_pingjia.docx", XX_BLOCKS, XX_GOLD),
]


# ---------------------------------------------------------------- builders
def set_font(run, size=12, bold=False):
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


def add_par(doc, text, size=12, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), size=size, bold=bold)
    return p


def build_docx(path, blocks):
    doc = Document()
    for kind, content in blocks:
        if kind == "h1":
            add_par(doc, content, size=14, bold=True, indent=False)
        elif kind == "h2":
            add_par(doc, content, size=12, bold=True, indent=True)
        elif kind == "p":
            add_par(doc, content)
        elif kind == "p0":
            add_par(doc, content, indent=False)
        elif kind == "pc":
            add_par(doc, content, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif kind == "pr":
            add_par(doc, content, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "title":
            add_par(doc, content, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                    indent=False)
        elif kind == "break":
            doc.add_page_break()
        elif kind == "table":
            table = doc.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, val in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = ""
                    set_font(cell.paragraphs[0].add_run(val))
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = "blind293"
    cp.last_modified_by = "blind293"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in sorted(zin.namelist())]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def fix_date(match):
    inner = match.group(2)
    fixed = b"D:20240101000000"
    if len(inner) >= len(fixed):
        inner = fixed + inner[len(fixed):]
    return match.group(1) + inner + b")"


def export_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    with open(pdf, "rb") as f:
        data = f.read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", fix_date, data)
    digest = hashlib.md5(os.path.basename(pdf).encode()).hexdigest().upper().encode()
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: b"/ID [ <" + digest[:len(m.group(1))] + b"> <"
                  + digest[:len(m.group(2))] + b"> ]"
                  if len(m.group(1)) == 32 and len(m.group(2)) == 32 else m.group(0),
                  data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]{32})", b"/DocChecksum /" + digest, data)
    with open(pdf, "wb") as f:
        f.write(data)
    return pdf


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                                 capture_output=True, text=True).stdout)
    missing = []
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    for w in wanted:
        if w and squash(w) not in text:
            missing.append(w)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    for name, blocks, gold in DOCS:
        path = os.path.join(HERE, name)
        build_docx(path, blocks)
        pdf = export_pdf(path)
        for src in (path, pdf):
            record = {"source": os.path.basename(src)}
            record.update(gold)
            with open(os.path.join(ANN, os.path.basename(src) + ".json"), "w",
                      encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check_pdf(pdf, gold)
        if miss:
            problems.append((os.path.basename(pdf), miss))
    shutil.rmtree("/tmp/lo_blind293/user/temp", ignore_errors=True)
    for pdf, miss in problems:
        print("MISSING in", pdf, miss)
    print("ok" if not problems else "FAILED")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
