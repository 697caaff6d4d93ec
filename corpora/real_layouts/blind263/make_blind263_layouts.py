"""blind263: layouts of four public pages (finance bureaus' own work), with gold.

The gold (GOLD below) is written before any file is built or read back.
Run: /tmp/wvenv/bin/python make_blind263_layouts.py
"""

import datetime
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind263"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_YJ = "https://keke.chddh.cn/archives/ymvq4zlrqwq8wox309rw.html"
URL_YQ = "https://czj.yq.gov.cn/yjsgk/ysjx/202412/t20241224_1999201.html"
URL_ZS = "https://snzs.gov.cn/html/zwgk/czysjs/118394.html"
URL_HT = (
    "http://www.hongtong.gov.cn/zfxxgk/zdlyxxgk/czsj/czyjs/czys/2024ndys/"
    "202403/t20240325_331272.html"
)

# ---------------------------------------------------------------- texts
YJ_GOAL = (
    "市财政局农村财会人员培训项目意在增强全市农村财会人员的法律意识和业务能力，"
    "加深其对国家涉农方针政策的理解，为规范农村会计工作打下基础。项目支出用于资料费、"
    "培训费、继续教育流程及会计法规等政策宣传费，合计218880元。"
)
YJ_SOCIAL = "全面提升了全市财政基层干部政治素质、业务水平和学习能力"
YQ_GOAL = (
    "市级衔接资金项目意在守住不发生规模性返贫这条底线，持续巩固“三保障一安全”成果，"
    "同时借助不断优化农业产业结构，提升"
)


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- gold
GOLD = {
    "yongji_czj_nongcun_caihui_peixun_zipingbaogao_2021.docx": {
        "source_urls": [URL_YJ],
        "province": "山西省",
        "doc_kind": "财政局项目支出绩效自评报告（目标写在正文里）",
        "patterns": [10],
        "indicators": [
            ind(None, "数量指标", "时间", "=", 4, "天", "利用4天时间"),
            ind(None, "数量指标", "学时", ">=", 24, "学时", "不少于24学时"),
            ind(None, "数量指标", "农村财会人员", "=", 343, "名",
                "对全市343名农村财会人员进行培训"),
            ind(None, "数量指标", "费用", "=", 218880, "元", "费用共计218880元"),
            ind(None, "质量指标", "培训出勤率", "=", 100, "%", "培训出勤率100%"),
            ind(None, "质量指标", "培训合格率", "=", 100, "%", "培训合格率100%"),
            ind(None, "社会效益指标", "镇、街道", "=", 10, "个",
                "全市10个镇、街道"),
            ind(None, "社会效益指标", "财政基层干部政治素质、业务水平和学习能力",
                None, None, None, YJ_SOCIAL),
        ],
        "goals": [{"kind": "年度目标", "text": YJ_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.input_or_process", "item": "费用",
             "why": "数量指标里写的是经费总额218880元，是投入不是产出。"},
            {"rule": "target.vague_wording",
             "item": "财政基层干部政治素质、业务水平和学习能力",
             "why": "“全面提升”没有数值、基线或评分等级。"},
            {"rule": "target.missing_value", "item": "经济效益指标",
             "why": "经济效益指标一句只说明财政局是全额行政单位、一级独立核算，没有可衡量的目标值。"},
            {"rule": "goal.unquantified", "item": YJ_GOAL[:20],
             "why": "年初目标只有“增强/加深/打基础”，唯一数字是经费合计，没有产出或效果的量化。"},
            {"rule": "coverage.missing_dimension", "item": "时效指标",
             "why": "主要指标中没有时效指标（4天是数量口径，没有完成时限）。"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "没有参训人员满意度指标。"},
        ],
        "notes": (
            "Stored page: a text dump of a DOCX (“附件2、2021财政局农村财会人员培训绩效自评报告.docx”) "
            "on a document-sharing site. Targets stand only in running text under labels 数量指标/质量指标/"
            "经济效益指标/社会效益指标 (二级 labels only, so level1 is null). The 质量指标 sentence is written as "
            "a result (“圆满结束，出勤率100%，合格率100%”); I kept the two rates as targets with '=' because the "
            "document calls them 指标值. The 经济效益指标 line is not a target at all; no indicator row, one "
            "finding. The page dump carries a page mark “-1-” inside the 社会效益 sentence; I kept it as a "
            "separate line. The stored excerpt stops at “二、项目决策 (一)决策过程 1.…2.决策程序… (二” — the "
            "file stops after 决策程序. Longer sentences reworded; figures, names and numbers kept. "
            "coverage.missing_dimension items are dimension names that do not appear in the file by design."
        ),
    },
    "yangquan_czj_xianjie_zijin_pingjia_baogao_2023.docx": {
        "source_urls": [URL_YQ],
        "province": "山西省",
        "doc_kind": "财政局委托第三方的项目支出绩效评价报告（封面和开头）",
        "patterns": [8],
        "indicators": [],
        "goals": [{"kind": "总体目标", "text": YQ_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": YQ_GOAL[:20],
             "why": "目标只写“守住底线、持续巩固、不断优化”，没有任何数量、比率或期限。"},
        ],
        "notes": (
            "Stored page: 阳泉市财政局 site, third-party (山西博丰会计师事务所有限公司) evaluation report of the "
            "2023 市级财政衔接推进乡村振兴补助资金, dated 2024年10月. Built: cover block (委托单位/项目主管部门/"
            "评价机构/date, spaced labels kept), title, opening paragraph, 一、基本情况 (一)立项背景. The stored "
            "text stops mid-sentence after “提升”; the goal sentence is cut there and kept cut. The opening says "
            "the evaluation ran “于2023 年 6月至 9月” although the notice is 阳财绩〔2024〕14号 and the report is "
            "dated 2024年10月 — probably a year typo; kept as written, not flagged (no rule covers it). "
            "No indicator table is reached before the page stops, so indicators are empty (not flagged)."
        ),
    },
    "zhashui_guoku_jizhong_zhifu_zhongxin_juesuan_2020.docx": {
        "source_urls": [URL_ZS],
        "province": "陕西省",
        "doc_kind": "国库集中支付中心部门决算公开（目录与职责）",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page: 柞水县国库集中支付中心2020年部门决算 on the county site. It carries review lines "
            "(保密审查情况/部门主要负责人审签情况), a table of contents that names “2020年度部门绩效管理情况说明”, "
            "and 第一部分 主要职责 (会计集中核算, 国库集中支付). The stored text stops inside 国库集中支付主要职责 "
            "(“实施县级各单位的国库集中支付工”), long before the 绩效 section, so the file holds no goals or "
            "indicators: a negative sample — a reader should extract nothing and not invent targets from the "
            "duty list (一是…六是). Duty sentences reworded."
        ),
    },
    "hongtong_czj_2024_yusuan_bianzhi_yuanze_shuoming.docx": {
        "source_urls": [URL_HT],
        "province": "山西省",
        "doc_kind": "县财政局部门预算编制原则及说明（非税收入计划编制）",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page: 洪洞县财政局《关于2024年部门预算编制原则及说明》 on the county site, preceded by "
            "site footer text (主办单位…网站标识码) which I kept as small lines at the top. Built: 一、指导思想和原则 "
            "(five numbered principles kept as written), 二、(一)2024年部门非税收入征收计划编制政策 1、政府非税收入"
            "征收计划编制. The stored text stops at “要同步编制2024-2026年非税收入征收”; the file stops there. "
            "Policy wording (稳中求进, 兜牢底线, 过紧日子) is not a performance target; negative sample with no "
            "goals or indicators. Long sentences reworded."
        ),
    },
}


# ---------------------------------------------------------------- builders
def new_doc():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        rfonts.set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia",
            "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind263"
    cp.last_modified_by = "blind263"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def build_yongji(path):
    doc = new_doc()
    doc.add_paragraph("附件2、2021财政局农村财会人员培训绩效自评报告")
    doc.add_heading("永济市财政局农村财会人员培训财政项目支出绩效自评报告", level=1)
    doc.add_paragraph("一、项目概况")
    doc.add_paragraph("（一）项目单位基本情况：")
    doc.add_paragraph(
        "永济市财政局内设办公室、预算股、国库股、行政政法股、科教文体股、农财股、社保股、"
        "会计服务中心等17个股室，共113人，其中行政人员25人，事业人员88人。局里负责编制并执行"
        "年度预决算草案，管理全市各项财政收入、预算外资金、公共支出和社会保障支出，负责全市政府"
        "采购和会计管理工作，并组织全市财会人员培训等财政工作。")
    doc.add_paragraph("（二）项目概况")
    doc.add_paragraph("1.年初设定的项目支出绩效目标：")
    doc.add_paragraph(YJ_GOAL)
    doc.add_paragraph("2.主要绩效指标及指标值：")
    doc.add_paragraph(
        "数量指标：利用4天时间(不少于24学时)，对全市343名农村财会人员进行培训，费用共计218880元。")
    doc.add_paragraph("质量指标：2021年度农村财会人员培训圆满结束，培训出勤率100%，培训合格率100%。")
    doc.add_paragraph("经济效益指标：市财政局为全额行政单位，属于一级独立核算单位。")
    doc.add_paragraph("社会效益指标：市财政局对全市10个镇、街道共343名农村")
    doc.add_paragraph("-1-")
    doc.add_paragraph("财会人员进行培训，" + YJ_SOCIAL + "。")
    doc.add_paragraph(
        "3.资金使用范围：本培训项目合计218880元，全部为财政专项资金，用于资料费、培训费、"
        "继续教育流程及会计法规等政策宣传。")
    doc.add_paragraph("二、项目决策")
    doc.add_paragraph("（一）决策过程")
    doc.add_paragraph("1.决策依据：项目与经济社会发展规划和部门年度计划相符。")
    doc.add_paragraph("2.决策程序：项目符合申报条件，申报和批复程序符合本项目管理办法，执行期间未作调整。")
    doc.save(path)


def build_yangquan(path):
    doc = new_doc()
    doc.add_heading("阳泉市2023年市级财政衔接推进乡村振兴补助资金项目支出绩效评价报告", level=1)
    doc.add_paragraph("委 托 单 位 ：阳泉市财政局")
    doc.add_paragraph("项目主管部门：阳泉市农业农村局")
    doc.add_paragraph("评 价 机 构 ：山西博丰会计师事务所有限公司")
    doc.add_paragraph("2024年10月")
    doc.add_page_break()
    doc.add_heading("阳泉市2023年市级财政衔接推进乡村振兴补助资金项目支出绩效评价报告", level=2)
    doc.add_paragraph(
        "为落实《中共阳泉市委 阳泉市人民政府关于全面实施预算绩效管理的实施办法》（阳发〔2019〕19号）"
        "的精神，加强预算绩效管理、提高财政资金的配置效率和使用效益，依照《阳泉市财政局关于开展2024年"
        "市级财政重点绩效评价和部门重点绩效评价实施方案的通知》（阳财绩〔2024〕14号）的要求，山西博丰"
        "会计师事务所有限公司接受阳泉市财政局委托，于2023 年 6月至 9月对阳泉市2023年市级财政衔接推进"
        "乡村振兴补助资金项目进行了绩效评价，现将情况报告如下。")
    doc.add_paragraph("一、基本情况")
    doc.add_paragraph("（一）立项背景")
    doc.add_paragraph(
        "中共中央、国务院《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（中发〔2020〕30号）"
        "要求，脱贫攻坚目标任务完成后设立5年过渡期，脱贫地区由集中资源支持脱贫攻坚转向巩固拓展脱贫攻坚"
        "成果和全面推进乡村振兴。2022年山西省财政厅等六部门印发《关于加强财政衔接推进乡村振兴补助资金和"
        "项目管理的指导意见》（晋财农〔2022〕84号），进一步规范衔接推资金使用和项目管理，为全面推进乡村"
        "振兴提供支撑。")
    doc.add_paragraph(
        "阳泉市市级财政衔接资金由市级财政预算安排，按各县区巩固拓展脱贫攻坚成果任务、乡村振兴工作重点、"
        "脱贫村规模和分布等因素切块分配到县区，并与上级专项资金结合，形成多渠道、多元化的资金支持体系。"
        + YQ_GOAL)
    doc.save(path)


def build_zhashui(path):
    doc = new_doc()
    doc.add_heading("柞水县国库集中支付中心2020年部门决算", level=1)
    doc.add_paragraph("保密审查情况：已审查")
    doc.add_paragraph("部门主要负责人审签情况：已审签")
    doc.add_paragraph("目 录")
    toc = [
        "第一部分 部门概况", "一、部门主要职责及内设机构", "二、部门决算单位构成", "三、部门人员情况",
        "第二部分 2020 年部门决算表", "一、收入支出决算总表", "二、收入决算总表", "三、支出决算总表",
        "四、财政拨款收入支出决算总表", "五、一般公共预算财政拨款支出决算表",
        "六、一般公共预算财政拨款基本支出决算表",
        "七、一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表",
        "八、政府性基金预算财政拨款收入支出决算表", "九、国有资本经营预算财政拨款支出决算表",
        "第三部分 2020年部门决算情况说明", "一、收入支出决算总体情况说明",
        "二、2020年度财政拨款收入支出总体情况说明",
        "三、2020年度“三公”经费、培训费及会议费支出情况说明",
        "四、2020年度部门绩效管理情况说明", "五、其他重要事项情况说明", "第四部分 专业名词解释",
    ]
    for line in toc:
        doc.add_paragraph(line)
    doc.add_paragraph("第一部分 部门概况")
    doc.add_paragraph("一、部门主要职责及内设机构")
    doc.add_paragraph("（一）主要职责")
    doc.add_paragraph(
        "1.会计集中核算主要职责：一是代行单位会计职能，对各单位财务活动统一核算，记录、计算并报告各类资金"
        "的增减变动；二是协助各单位编制预算和决算并做好分析，依法监督各项资金的使用；三是编制会计报表，"
        "向各单位及相关部门提供会计信息；四是贯彻国家财经方针政策，执行各项会计准则、财务制度和会计制度；"
        "五是统一管理银行存款总户，分户核算各核算单位的银行存款，保证其安全完整；六是保管单位会计资料，"
        "对电算化会计档案进行整理、归档和保管。")
    doc.add_paragraph(
        "2.国库集中支付主要职责：一是贯彻执行国家财经纪律、法律法规和方针政策，实施县级各单位的国库集中支付工")
    doc.save(path)


def build_hongtong(path):
    doc = new_doc()
    for line in ["主办单位：山西省临汾市洪洞县人民政府 © 版权所有",
                 "承办单位：洪洞县人民政府办公室",
                 "晋ICP备12000921号 网站标识码：1410240020",
                 "联系电话：0357-6222148"]:
        p = doc.add_paragraph(line)
        for r in p.runs:
            r.font.size = Pt(8)
    doc.add_paragraph("洪洞县财政局")
    doc.add_heading("关于2024年部门预算编制原则及说明", level=1)
    doc.add_paragraph("一、2024年部门预算编制的指导思想、原则")
    doc.add_paragraph(
        "以习近平新时代中国特色社会主义思想为指导，全面落实党的二十大精神和中央、省委、市委经济工作会议"
        "精神，以及全国、全省、全市财政工作会议精神，坚持稳中求进工作总基调，按照县委“1255”战略谋划，"
        "加强财政资源统筹，保持必要支出强度，保障重大战略任务财力；坚持党政机关过紧日子，优化支出结构，"
        "兜牢基层“三保”底线；保障财政可持续、债务风险可控，发挥财政职能作用，推动全县高质量发展。")
    doc.add_paragraph(
        "2024年预算编制坚持以下原则：（一）积极稳妥，量力而行，坚持收支平衡；（二）统筹兼顾，突出重点，"
        "集中财力办大事；（三）勤俭节约，过“紧日子”，压缩一般性支出，严控“三公”经费，从严从紧编制预算；"
        "（四）应收尽收，应保尽保，实行收支全口径管理；（五）讲求绩效，绩效为先，安排财政资金绩效先行。")
    doc.add_paragraph("二、2024年部门预算编制改革重点和2024-2026年中期财政规划编制重点及说明")
    doc.add_paragraph("（一）2024年部门非税收入征收计划编制政策")
    doc.add_paragraph("1、政府非税收入征收计划编制")
    doc.add_paragraph("编制2024年部门预算时，要同步编制2024-2026年非税收入征收")
    doc.save(path)


BUILDERS = {
    "yongji_czj_nongcun_caihui_peixun_zipingbaogao_2021.docx": build_yongji,
    "yangquan_czj_xianjie_zijin_pingjia_baogao_2023.docx": build_yangquan,
    "zhashui_guoku_jizhong_zhifu_zhongxin_juesuan_2020.docx": build_zhashui,
    "hongtong_czj_2024_yusuan_bianzhi_yuanze_shuoming.docx": build_hongtong,
}


# ---------------------------------------------------------------- determinism
def normalise_zip(path):
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(buf.getvalue())


def zero_group(match):
    inner = re.sub(rb"[0-9A-Fa-f]", b"0", match.group(2))
    return match.group(1) + inner + match.group(3)


def normalise_pdf(path):
    data = path.read_bytes()
    patterns = [
        rb"(/CreationDate\(D:)([^)]*)(\))",
        rb"(/ModDate\(D:)([^)]*)(\))",
        rb"(/ID\s*\[)([^\]]*)(\])",
        rb"(<xmp:CreateDate>)([^<]*)(</xmp:CreateDate>)",
        rb"(<xmp:ModifyDate>)([^<]*)(</xmp:ModifyDate>)",
        rb"(uuid:)([0-9a-fA-F-]{36})()",
        rb"(/DocChecksum /)([0-9A-Fa-f]+)()",
    ]
    for pat in patterns:
        data = re.sub(pat, zero_group, data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    normalise_pdf(pdf)
    return pdf


# ---------------------------------------------------------------- checks
def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-layout", str(pdf), "-"],
                                 check=True, capture_output=True, text=True).stdout)
    missing = []
    for row in gold["indicators"]:
        for key in ("name", "target_text"):
            if row[key] and squash(row[key]) not in text:
                missing.append(row[key])
    for goal in gold["goals"]:
        if squash(goal["text"]) not in text:
            missing.append(goal["text"][:30])
    for f in gold["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue
        if squash(f["item"]) not in text:
            missing.append(f["item"])
    return missing


def write_annotations(name, pdf_name):
    ANN.mkdir(exist_ok=True)
    for src in (name, pdf_name):
        rec = {"source": src}
        rec.update(GOLD[name])
        (ANN / f"{src}.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def build_all():
    OUT.mkdir(exist_ok=True)
    problems = []
    for name, builder in BUILDERS.items():
        path = OUT / name
        builder(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        write_annotations(name, pdf.name)
        miss = check_pdf(pdf, GOLD[name])
        if miss:
            problems.append((name, miss))
    return problems


def digests():
    return {p.name: hashlib.md5(p.read_bytes()).hexdigest()
            for p in sorted([*OUT.glob("*.docx"), *OUT.glob("*.pdf"), *ANN.iterdir()])}


def main():
    problems = build_all()
    first = digests()
    build_all()
    second = digests()
    diff = [k for k in first if first[k] != second.get(k)]
    for name, miss in problems:
        print("MISSING in PDF:", name, miss)
    print("files:", len(first), "md5 differences between runs:", diff)
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"indicators={n_ind} goals={n_goal} findings={n_find}")
    return 1 if problems or diff else 0


if __name__ == "__main__":
    sys.exit(main())
