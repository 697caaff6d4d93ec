"""Build the blind271 test documents (DOCX + PDF) and their gold annotations.

The gold (GOLD below) is written here, before anything reads the built files.
Run: /tmp/wvenv/bin/python make_blind271_layouts.py
"""

import datetime
import hashlib
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

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PROFILE = "file:///tmp/lo_blind271"
FIXED_DT = datetime.datetime(2026, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)

URL_QIANSHAN = "http://www.xuwen.gov.cn/zfxxgk/zjsxwxqszrmzf/content/post_2121514.html"
URL_JIAOWEI = "http://www.xuwen.gov.cn/xwyw/xzdt/content/post_2120724.html"
URL_ZHENGSHU = "http://www.xuwen.gov.cn/jxzpgkqkl/content/post_2115141.html"
URL_BAOTING = "http://m.xiaochouwa.com.cn/detail/683519d16aa6b560eb304d386cc9ed93.html"

# ---------------------------------------------------------------------------
# Document contents. Each block: (kind, text). kinds: title, p, h, blank.
# Figures, names, document numbers and typos are kept as the stored pages
# show them; the longer sentences are reworded.
# ---------------------------------------------------------------------------

QIANSHAN_BLOCKS = [
    ("title", "前山镇部门整体支出绩效自评报告"),
    ("blank", ""),
    ("p", "评价年度:2024"),
    ("p", "评价单位(公章):徐闻县前山镇人民政府"),
    ("p", "填报日期:202511"),
    ("blank", ""),
    ("p", ("按照《徐闻县财政关于开展2024年度县级财政资金绩效自评工作的通知》(徐财绩〔2025〕5号)"
          "的部署,本单位组建自评工作小组,分工到人、责任到岗,对照账务资料和项目执行情况逐项核查,"
          "填写自评表格并进行综合分析后形成本报告。2024年度徐闻县前山镇人民政府整体支出绩效自评情况"
          "报告如下:")),
    ("h", "  1. 单位基本情况"),
    ("p", ("(一)单位机构设置、部门职能情况。闻县前山镇人民政府属徐闻县财政局管理的行政单位,性质为"
          "政府机关,适用政府会计准则制度,机构行业类型为[9221]综合事务管理机构,不设下属二级预算单位;"
          "机构编制部门核定人数96人、年末在职人数86人、离退休人数48人、外聘临时工人数18人。")),
    ("p", ("单位主要职能有:1.宣传并落实党和国家各项方针政策和法律法规,执行上级决议、决定;研究决定本镇"
          "经济建设、政治建设、文化建设、社会建设、生态文明建设和党的建设中的重大事项,全面推进辖区各项"
          "建设。2.落实基层党建工作责任制,统筹推进基层党建,使党的组织和工作实现全覆盖并增强实效;压实"
          "全面从严治党政治责任和意识形态工作责任,负责辖区宣传 思想和精神文明建设。3.统筹制定辖区发展"
          "重大决策和建设规划。4.统筹辖区公共服务,承接好下放的审批服务事项,推动本镇数字政府及便民服务"
          "平台标准化建设。5.统筹辖区综合治理,组织并协调辖区圩镇管理、人口管理、社会管理、经济发展、"
          "文明创建等区域性、综合性社会管理工作,并组织")),
]

JIAOWEI_BLOCKS = [
    ("title", "部门整体支出绩效自评报告"),
    ("blank", ""),
    ("p", "  评价年度:2024"),
    ("p", "  评价单位(公章):徐闻县角尾乡人民政府"),
    ("p", "  填报日期:"),
    ("blank", ""),
    ("p", ("  依据徐财绩〔2025〕5号《关于开展2024年县级财政资金绩效自评工作的通知》的要求,本单位部署"
          "自评工作并成立自评小组,明确分工和责任,核对账务和项目执行资料,填写自评表格并作综合分析,"
          "据此形成本报告。2024年度徐闻县角尾乡人民政府整体支出绩效自评情况报告如下:")),
    ("h", "  一、单位基本情况"),
    ("p", "  (一)单位机构设置、部门职能情况。"),
    ("p", ("  徐闻县角尾乡人民政府属行政单位,性质为政府机关,适用政府会计准则制度,机构行业类型为"
          "[9221]综合事务管理机构,没有下属二级预算单位。")),
    ("p", ("  主要职责是:1、宣传落实党和国家各项方针政策和法律法规,执行上级的决议、决定;研究决定街道"
          "党的建设、公共服务、公共管理、公共安全等方面的重大问题,全面推进辖区经济、政治、文化、社会"
          "和生态文明建设。2、落实基层党建工作责任制,统筹推进基层党建,实现党的组织和工作全覆盖并提高"
          "实效;落实全面从严治党政治责任和意识形态工作责任,负责辖区宣传思想和精神文明建设。3、统筹辖区"
          "发展。拟定本街道各项事业发展的中长期规划、年度规划并组织实施;推进城乡融合发展,建立城乡产业"
          "融合发展机制;维护社会经济秩序,菅造公正、公平的发展环境,提高经济发展的质量和水平。4、统筹"
          "负责辖区公共服务工作,负责做好下放的审批服务事项承接工作推进本街道数字政府及便民服务平台标准化"
          "建设。组织实施与群众生活密切相关的各项公共服务,落实劳动就业、社会保障、民政、教育、文化、"
          "旅游、体育、卫生")),
]

ZHENGSHU_BLOCKS = [
    ("title", "部门整体支出绩效自评报告(政数局)"),
    ("blank", ""),
    ("p", "  评价年度:2024"),
    ("p", "  评价单位(公章):徐闻县政务服务和数据管理局"),
    ("p", "  填报日期:2025年10月27日"),
    ("blank", ""),
    ("p", ("  按徐财绩〔2025〕5号的要求,本单位及时部署自评,组成自评工作小组并明确分工和责任,核查账务"
          "及项目执行情况,填写自评表格、综合分析后形成本报告。2024年度徐闻县政务服务和数据管理局整体"
          "支出绩效自评情况报告如下:")),
    ("h", "  一、单位基本情况"),
    ("p", ("  (一)单位机构设置、部门职能情况。局机关有行政编制9名。其中:局长1名、副局长2名、正股长3名。"
          "现在职9人,后勤服务人员1名。内设机构有:办公室、政务服务股、数据管理股。主要职责是:统筹推进"
          "全县政务服务体系建设,推动政务服务标准化,规范化。便利化,承担行政审批制度改革、公共资源交易"
          "平台管理党风相关工作,协调推进数据基础制度建设,统筹数据资源的整合共享与开发利用,统筹推进辖区"
          "内数字广东、数字政府、数字经济、数字社会规划和建设等。")),
    ("h", "  (二)年度总体工作和重点工作任务"),
    ("p", ("  一是我局对各个乡镇(街道)政务服务大厅开展调研,依据《便民服务中心建设与管理规范》、《便民服务"
          "中心服务规范》等规范性文件,从窗口设置、制度建设、空间布局规划、人员管理、服务机制等方面给予"
          "指导,目前,曲界镇、和安镇、角尾乡已完成“便民服务中心”挂牌。二是推动“粤智助”政府服务自助机在"
          "我县实现全覆盖,让基层群众办事能够“就近办、自助办、一次办成”,助力乡村振兴。截至目前,我县15个"
          "乡镇(街道)、176个村委会和下桥农场已安装“粤智助”政府服务自助机,每台机器共有事项252项,累计"
          "办理业务量265585件,其中办理类80754件、查询类92252件、打印类92579")),
]

BAOTING_BLOCKS = [
    ("title", "海南熱帶果蔬科創基地建設項目自評報告"),
    ("p", "?"),
    ("p", ("根據《中共中央、國務院關于全面實施預算績效管理的意見》(中發〔****〕**號)、《中共海南省委、"
          "海南省人民政府關于全面實施績效管理的實施意見》(瓊發〔****〕**號)以及保亭黎族苗族自治縣財政局"
          "關于開展預算項目績效自評的要求,我單位對海南熱帶果蔬科創基地建設項目進行了績效自評,情況如下:")),
    ("h", "一、績效目標分解下達情況"),
    ("h", "(一)資金情況"),
    ("p", ("****年縣財政分解下達保資金總額年初預算數:*資金總額全年預算數:*********元;財政資金年初預算數:"
          "*元;財政資金全年預算數:*********元;專戶資金年初預算數:*元;專戶資金全年預算數:*元;單位資金"
          "年初預算數:*元;單位資金全年預算數:*元。")),
    ("h", "(二)績效目標設定情況"),
    ("p", "推進海南熱帶果蔬科創基地建設項目。"),
    ("h", "二、績效目標完成情況分析"),
    ("h", "(一)預算執行和管理情況分析"),
    ("h", "*.預算執行情況分析"),
    ("p", ("(*)預算執行率。海南熱帶果蔬科創基地建設項目資金*********元;截至****年**月**日,已支出"
          "*********元;預算執行率為***%。")),
    ("h", "????*.決策與管理情況分析"),
    ("h", "(*)決策情況"),
    ("p", ("縣教育局《財務管理制度》規定:****元以下(含****元)的支出,由股室提出申請,經辦公室負責人核實"
          "並提出意見,報分管財務領導同意後列項實施;超過****元的支出,須先經局長辦公會議或局務會議研究"
          "同意,再按確定的項目實施。查閱相關會議紀要可見,教育局執行了上述制度,履行了事前審議和合同"
          "上會審核程序。")),
    ("h", "(*)資金管理與使用"),
    ("p", "①信息公開。查閱項目資金使用流程資料後發現,項目采購等活動採用招投標方式進行。"),
    ("p", ("②資金支付。本次績效評價中,我們抽查了資金使用的合規性,未發現不符合國家財經法規和財務管理"
          "制度規定以及有關部門")),
]

# ---------------------------------------------------------------------------
# GOLD: one entry per source document (the PDF gets the same content).
# ---------------------------------------------------------------------------

GOLD = {
    "blind271_qianshan_zhengti_ziping.docx": {
        "blocks": QIANSHAN_BLOCKS,
        "source_urls": [URL_QIANSHAN],
        "province": "广东省",
        "doc_kind": "镇人民政府部门整体支出绩效自评报告(开头部分)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "徐闻县前山镇(乡镇作为预算单位)2024年度整体支出自评报告。存储页面只到“单位主要职能”第5项"
            "“……并组织”为止,绩效目标、指标和自评表都在截断处之后,所以没有指标、目标和发现;不对看不到的"
            "部分下结论。页面本身的缺陷原样保留:填报日期写成“202511”(缺日),第一段主体写成“闻县前山镇"
            "人民政府”(漏“徐”),小标题编号用“1.”而不是“一、”,“宣传 思想”中间有空格。人数(核定96、在职86、"
            "离退休48、临时工18)是并列的人员口径,不是总数与分项,不作为facts。封面的“评价单位(公章)”"
            "“填报日期”属于模板签章栏(模式8)。"
        ),
    },
    "blind271_jiaowei_zhengti_ziping.docx": {
        "blocks": JIAOWEI_BLOCKS,
        "source_urls": [URL_JIAOWEI],
        "province": "广东省",
        "doc_kind": "乡人民政府部门整体支出绩效自评报告(开头部分)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "徐闻县角尾乡(乡作为预算单位)2024年度整体支出自评报告。存储页面停在职责第4项的“……体育、卫生”,"
            "目标与指标部分未出现,故指标、目标、发现均为空。保留的页面缺陷:“填报日期:”为空;乡政府的职责"
            "里照抄了“街道党的建设”“本街道”等街道模板用语;“营造”误作“菅造”;“承接工作推进本街道”之间缺"
            "标点。段首两个空格的缩进照页面保留。封面签章栏属模式8。"
        ),
    },
    "blind271_zhengshuju_zhengti_ziping.docx": {
        "blocks": ZHENGSHU_BLOCKS,
        "source_urls": [URL_ZHENGSHU],
        "province": "广东省",
        "doc_kind": "县政务服务和数据管理局部门整体支出绩效自评报告(开头部分,涉乡镇便民服务)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "累计办理业务量", "kind": "sum", "total": 265585,
             "parts": [80754, 92252, 92579], "unit": "件"},
        ],
        "findings": [],
        "notes": (
            "徐闻县政务服务和数据管理局2024年度整体支出自评报告,内容涉及各乡镇(街道)便民服务中心和“粤智助”"
            "自助机。存储页面停在“打印类92579”(后面的“件”及其后文字不在页面上),照此结束。"
            "办理类80754+查询类92252+打印类92579=265585,与累计办理业务量一致,记为sum事实,无consistency.sum。"
            "“行政编制9名。其中:局长1名、副局长2名、正股长3名”只列了领导职数,不是完整分项(1+2+3≠9属正常),"
            "不记为facts,也不应报consistency.sum。“15个乡镇(街道)、176个村委会”“每台机器共有事项252项”是"
            "完成情况数字,不是目标。“规范化。便利化”“平台管理党风相关工作”的错标点和错字照原样保留。"
            "绩效目标与指标在截断处之后,不报任何目标类发现。"
        ),
    },
    "blind271_baoting_guoshu_ziping.docx": {
        "blocks": BAOTING_BLOCKS,
        "source_urls": [URL_BAOTING],
        "province": "海南省",
        "doc_kind": "县教育局项目支出绩效自评报告(数字被*号遮蔽,繁体转载页)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": "推進海南熱帶果蔬科創基地建設項目。"},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": "推進海南熱帶果蔬科創基地建設項目。",
             "why": "绩效目标只写推进项目建设,没有任何数量、质量、时限或效果数值"},
            {"rule": "goal.process_only", "item": "推進海南熱帶果蔬科創基地建設項目。",
             "why": "目标只描述“推进”这一过程,未说明建成什么、产出多少、带来什么效益"},
            {"rule": "target.placeholder", "item": "預算執行率",
             "why": "预算数、支出数、日期和执行率全部以*号代替(*********元、***%),无法核对执行率"},
        ],
        "notes": (
            "保亭黎族苗族自治县一个教育局项目(海南热带果蔬科创基地建设项目)的自评报告,转载站把正文转成繁体,"
            "并把所有阿拉伯数字替换成*(中發〔****〕**號、*********元、***%、小节编号“*.”“(*)”都如此),"
            "页面上的“?”“????”是乱码残留,照样保留;页首的“0/200”是网站评论框计数,未复制。"
            "存储页面停在“②資金支付……以及有關部門”。因数字不可读,资金和执行率不能记为facts(数值未知),"
            "也不能做consistency.rate;只把执行率一处记为占位符问题。绩效目标仅一句“推進……項目。”,"
            "记为目标并报goal.unquantified与goal.process_only;产出/效益指标部分在截断处之后,"
            "不报coverage.missing_dimension。"
        ),
    },
}


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------

def set_font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Noto Sans CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), "Noto Sans CJK SC")


def build_docx(path, blocks, title):
    doc = Document()
    for kind, text in blocks:
        para = doc.add_paragraph()
        if kind == "title":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(para.add_run(text), size=16, bold=True)
        elif kind == "h":
            set_font(para.add_run(text), size=12, bold=True)
        elif kind == "blank":
            continue
        else:
            set_font(para.add_run(text), size=11)
    props = doc.core_properties
    props.author = "blind271"
    props.last_modified_by = "blind271"
    props.title = title
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.last_printed = FIXED_DT
    props.revision = 1
    doc.save(path)
    normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    os.replace(tmp, path)


FIXED_PDF_DATE = b"20260101000000"


def _zero_value(match):
    head, value, tail = match.group(1), match.group(2), match.group(3)
    if b"Date" in head:
        out = bytearray(value)
        digits = [i for i, ch in enumerate(out) if 48 <= ch <= 57]
        for pos, i in enumerate(digits):
            out[i] = FIXED_PDF_DATE[pos] if pos < len(FIXED_PDF_DATE) else 48
        return head + bytes(out) + tail
    return head + re.sub(rb"[0-9A-Fa-f]", b"0", value) + tail


def normalise_pdf(path):
    """Blank the run-dependent values (dates, IDs, checksums), keeping byte lengths."""
    with open(path, "rb") as fh:
        data = fh.read()
    patterns = [
        rb"(/CreationDate\s*\(D:)([^)]*)(\))",
        rb"(/ModDate\s*\(D:)([^)]*)(\))",
        rb"(/ID\s*\[)(\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*)(\])",
        rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()",
        rb"(<xmp:CreateDate>)([^<]*)(</xmp:CreateDate>)",
        rb"(<xmp:ModifyDate>)([^<]*)(</xmp:ModifyDate>)",
        rb"(<xmp:MetadataDate>)([^<]*)(</xmp:MetadataDate>)",
        rb"(uuid:)([0-9a-fA-F-]+)()",
    ]
    for pat in patterns:
        data = re.sub(pat, _zero_value, data)
    with open(path, "wb") as fh:
        fh.write(data)


def export_pdf(docx_path):
    outdir = tempfile.mkdtemp(prefix="b271_")
    try:
        cmd = ["soffice", "-env:UserInstallation=" + PROFILE, "--headless",
               "--convert-to", "pdf", "--outdir", outdir, docx_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        name = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
        target = os.path.join(HERE, name)
        shutil.move(os.path.join(outdir, name), target)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
    normalise_pdf(target)
    return target


def annotation(source, gold):
    return {
        "source": source,
        "source_urls": gold["source_urls"],
        "province": gold["province"],
        "doc_kind": gold["doc_kind"],
        "patterns": gold["patterns"],
        "indicators": gold["indicators"],
        "goals": gold["goals"],
        "facts": gold["facts"],
        "findings": gold["findings"],
        "notes": gold["notes"],
    }


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2, sort_keys=False)
        fh.write("\n")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf_path, gold):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf_path, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    flat = squash(out)
    wanted = []
    for ind in gold["indicators"]:
        wanted.append(ind["name"])
        if ind.get("target_text"):
            wanted.append(ind["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    wanted += [str(f["total"]) for f in gold["facts"]]
    for fact in gold["facts"]:
        wanted += [str(p) for p in fact["parts"]]
    missing = [w for w in wanted if squash(w) not in flat]
    return missing


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def build_all():
    os.makedirs(ANN, exist_ok=True)
    sums = {}
    problems = []
    for name, gold in GOLD.items():
        docx_path = os.path.join(HERE, name)
        build_docx(docx_path, gold["blocks"], gold["doc_kind"])
        pdf_path = export_pdf(docx_path)
        pdf_name = os.path.basename(pdf_path)
        write_json(os.path.join(ANN, name + ".json"), annotation(name, gold))
        write_json(os.path.join(ANN, pdf_name + ".json"), annotation(pdf_name, gold))
        missing = check_pdf(pdf_path, gold)
        if missing:
            problems.append((pdf_name, missing))
        sums[name] = md5(docx_path)
        sums[pdf_name] = md5(pdf_path)
    return sums, problems


def main():
    first, problems = build_all()
    for pdf_name, missing in problems:
        print("MISSING in", pdf_name, missing)
    second, _ = build_all()
    differ = [k for k in first if first[k] != second.get(k)]
    for key in sorted(first):
        print(first[key], key)
    if differ:
        print("NOT DETERMINISTIC:", differ)
    for name, gold in GOLD.items():
        print(name, "indicators", len(gold["indicators"]), "goals", len(gold["goals"]),
              "facts", len(gold["facts"]), "findings", len(gold["findings"]))
    if problems or differ:
        sys.exit(1)
    print("OK: all gold items found in PDFs; two runs identical")


if __name__ == "__main__":
    main()
