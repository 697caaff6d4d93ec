#!/usr/bin/env python3
"""blind228: real-layout documents (older county self-evaluation reports, 2019-2021).

Gold first (Python data), then the builders.  Run with /tmp/venv/bin/python.
Builds DOCX with python-docx, makes it byte-deterministic, exports PDF with LibreOffice
(own profile), writes annotations/<file>.json for the DOCX and its PDF, and checks that every
indicator name, target text, goal text and finding item appears in pdftotext output.
"""
import datetime
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

PART = "blind228"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2021, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------
GOLD = {
    "henan-xiping-fupin-zipingbaogao": {
        "source_urls": ["http://xiping.gov.cn/portal/zwgk/xxgkml/zfbm/xczxj/fply/webinfo/2020/10/1610185845262066.htm"],
        "province": "河南省",
        "doc_kind": "绩效自评报告",
        "patterns": [10],
        "indicators": [
            {"level1": None, "level2": None, "name": "电脑横机", "operator": None, "value": 114, "unit": "台",
             "target_text": "购买电脑横机114台", "actual": 114, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "带贫村的收益", "operator": ">=", "value": 10, "unit": "%",
             "target_text": "不低于投资额的10%", "actual": 10, "weight": None, "score": None},
            {"level1": "效益指标", "level2": None, "name": "村集体收入", "operator": None, "value": 60.3, "unit": "万元",
             "target_text": "60.3万元", "actual": 60.3, "weight": None, "score": None},
            {"level1": "效益指标", "level2": None, "name": "受益建档立卡贫困户总收入", "operator": None, "value": 42.21,
             "unit": "万元", "target_text": "42.21万元", "actual": 42.21, "weight": None, "score": None},
            {"level1": "效益指标", "level2": None, "name": "受益建档立卡贫困户数", "operator": ">=", "value": 552,
             "unit": "户", "target_text": "不低于552户1186人", "actual": None, "weight": None, "score": None},
        ],
        "goals": [],
        "facts": [
            {"metric": "项目资金执行率", "kind": "rate", "numerator": 603, "denominator": 603, "stated": 100,
             "unit": "%", "note": "已完成拨付603万元/项目资金603万元 = 100%, as stated"},
            {"metric": "村集体收入", "kind": "rate", "numerator": 60.3, "denominator": 603, "stated": 10,
             "unit": "%", "note": "60.3万元 is 10% of the 603万元 investment, matches the 10% rule"},
            {"metric": "受益建档立卡贫困户总收入", "kind": "rate", "numerator": 42.21, "denominator": 60.3, "stated": 70,
             "unit": "%", "note": "42.21万元 is 70% of 60.3万元, matches the 70% distribution rule"},
            {"metric": "三级指标个数", "kind": "equal", "total": 15, "parts": [15], "unit": "个",
             "note": "15个绩效目标指标 = 三级指标15个"},
        ],
        "findings": [
            {"rule": "target.input_or_process", "item": "电脑横机",
             "why": "购买电脑横机114台是物力投入（资金买了什么），不是产业扶贫项目的产出或效果；带贫效果只在收益、户数等行里"},
        ],
        "notes": ("Stored page is a 西平县 (驻马店, 河南) 2020 self-evaluation report on 财政专项扶贫资金 for 9 产业扶贫 projects "
                  "(电脑横机). The page has no title of its own in the stored copy; it starts with '一、绩效目标分解下达情况'. "
                  "It stops inside 三(二)2 after '受益建档立卡贫困户数不低于552户1186人,' so the last row has no actual and the "
                  "满意度 part is missing (not flagged: the cut is the store's, not the author's). Indicator rows come from "
                  "running text. '带贫村的收益' (每年不低于投资额的10%) and '村集体收入' measure the same money twice "
                  "(60.3 = 10% x 603); both kept because the document states both. 552户1186人 is one target with two "
                  "figures: value 552 户 kept, 1186人 left in target_text. The 70% distribution rule is a fact, not a row. "
                  "Longer sentences rewritten in my own words; all numbers, names and document titles kept."),
    },
    "anhui-sixian-fupin-chouchabaogao": {
        "source_urls": ["https://www.sixian.gov.cn/public/25152/154742771.html"],
        "province": "安徽省",
        "doc_kind": "绩效自评抽查报告",
        "patterns": [10],
        "indicators": [
            {"level1": None, "level2": None, "name": "全县绩效自评项目", "operator": None, "value": 111, "unit": "个",
             "target_text": "111个", "actual": 111, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "抽查项目", "operator": ">=", "value": 10, "unit": "%",
             "target_text": "10%以上", "actual": None, "weight": None, "score": None},
        ],
        "goals": [],
        "facts": [
            {"metric": "财政专项扶贫项目抽查个数", "kind": "sum", "total": 10, "parts": [2, 8], "unit": "个",
             "note": "抽查到人到户项目2个 + 抽查到村产业扶贫项目8个 = 10个"},
            {"metric": "抽查比例", "kind": "rate", "numerator": 12, "denominator": 111, "stated": None, "unit": "%",
             "note": "12/111 = 10.8%, meets '10%以上'"},
            {"metric": "绩效目标填报比例", "kind": "stated", "total": 100, "parts": [], "unit": "%"},
            {"metric": "绩效目标审核比例", "kind": "stated", "total": 100, "parts": [], "unit": "%"},
            {"metric": "绩效目标自评比例", "kind": "stated", "total": 100, "parts": [], "unit": "%"},
            {"metric": "绩效目标自评审核比例", "kind": "stated", "total": 100, "parts": [], "unit": "%"},
        ],
        "findings": [],
        "notes": ("泗县 (宿州, 安徽) 财政局 report on its spot check of 2019 扶贫 project self-evaluations (published 2020). "
                  "Stored page stops inside the list of sampled village projects at '草沟镇秦桥'; the 8 村级 items are therefore "
                  "only 5 complete plus a cut one, and the 12 − 10 = 2 other sampled projects are not reached. The four "
                  "'…比例100%' sentences report achieved shares of the management process, not project targets: kept as facts, "
                  "not as indicator rows. Rows: the 111 self-evaluated projects and the '10%以上' sampling rule. Project names "
                  "and amounts kept exactly; the long framing sentences rewritten in my own words."),
    },
    "anhui-jixi-wenhuahuimin-zipingbaogao": {
        "source_urls": ["http://jk9a.cn/OpennessContent/show/2790960.html"],
        "province": "安徽省",
        "doc_kind": "绩效自评报告",
        "patterns": [8, 10],
        "indicators": [
            {"level1": None, "level2": None, "name": "乡镇综合文化站", "operator": None, "value": 11, "unit": "个",
             "target_text": "11个乡镇综合文化站全部免费对外开放", "actual": None, "weight": None, "score": None},
        ],
        "goals": [
            {"kind": "总体目标", "text": "以完善公共文化服务体系，丰富人民群众文化生活为目标"},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": "以完善公共文化服务体系，丰富人民群众文化生活为目标",
             "why": "目标只写方向（完善、丰富），没有数量、标准或完成时限，无法据以评价"},
        ],
        "notes": ("绩溪县 (宣城, 安徽) 文旅局 self-evaluation of the 2021 文化惠民工程 (published 2022-01-10). The stored copy comes "
                  "from a mirror host (jk9a.cn) that re-renders the 绩溪县 government page in traditional characters with "
                  "garbled glyphs; I rebuilt it in simplified characters as on the original government page (judgement call). "
                  "The metadata block (索引号, 组配分类, 发布机构 …) is reproduced as a table. The page stops at the heading "
                  "'2、农村文化活动(送戏进万村' (cut heading kept). Only one figure-bearing target in the stored part."),
    },
    "hunan-longhui-qijiang-xiangcunzhenxing-pingjiabaogao": {
        "source_urls": ["https://longhui.gov.cn/lhxczj/zxzjxx/202212/57534e3df8ac4687a8e6f2112efbf7bb.shtml"],
        "province": "湖南省",
        "doc_kind": "绩效评价报告",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Third-party 绩效评价报告 (上会湘报字(2022)第0011号) on the 2021 乡村振兴专项资金 of 七江镇, 隆回县 (邵阳, 湖南), "
                  "commissioned by 隆回县财政局. The page opens with an empty metadata form (文件名称 … 有效期, all blank), "
                  "reproduced as a table. The stored page stops in the first sentence of '一、项目基本情况' "
                  "('…更好发挥隆回县七江镇在扶贫攻坚与乡村振'); the cut sentence is kept cut. Prose only: no indicator rows, "
                  "goals or figures beyond the cited document numbers."),
    },
}

# ---------------------------------------------------------------------------
# CONTENT (layout as found; longer sentences in my own words, numbers kept)
# ---------------------------------------------------------------------------
XIPING = [
    ("h", "一、绩效目标分解下达情况"),
    ("p", "(一)财政专项扶贫资金下达预算及项目情况"),
    ("p", "2020年县财政共下达资金603万元，支持河南省溢丰源针织服饰有限公司等9个产业扶贫项目，主要建设内容是购买电脑横机114台。"
          "横机的所有权属于村集体，使用权交给河南省溢丰源针织服饰有限公司等9个公司，收益权仍归村集体。按约定，合作期内带贫村的收益每年不低于投资额的10%，"
          "村集体将受益资金的70%分配给贫困户。"),
    ("p", "(二)财政专项扶贫资金项目绩效目标设定情况"),
    ("p", "该项目共编制15个绩效目标指标,其中1级指标3个,二级指标7个,三级指标15个。"),
    ("h", "二、绩效自评工作开展情况"),
    ("p", "我单位按照资金使用的绩效目标要求，对资金使用效果开展自评，于2020年10月16日至23日逐项调查了该项目各项绩效指标的完成情况。"),
    ("h", "三、绩效目标自评完成情况分析"),
    ("p", "(一)资金投入情况分析"),
    ("p", "1.项目资金到位情况分析。603万元已全部到位，并及时安排到相关项目。"),
    ("p", "2.项目资金执行情况分析。项目资金共603万元,截止2020年9月30日,已完成拨付603万元,执行率100%。"),
    ("p", "3.项目资金管理情况分析。资金按照《河南省财政专项扶贫资金管理办法》管理，报账严格规范，专款专用，已完成的项目均能及时报账。"),
    ("p", "(二)绩效目标完成情况分析"),
    ("p", "1.产出指标完成情况分析"),
    ("p", "年内项目产出指标已全部完成，产出质量、数量、成本等指标均按时按量完成。已完成购买电脑横机114台,村集体收入实现10%的收益。"),
    ("p", "2.效益指标完成情况分析"),
    ("p", "该项目的效益指标,预定村集体收入60.3万元,实际已完成村集体收入60.3万元;带动受益建档立卡贫困户总收入42.21万元,"
          "实际完成受益建档立卡贫困户总收入42.21万元;受益建档立卡贫困户数不低于552户1186人,"),
]

SIXIAN = [
    ("t", "2019泗县扶贫项目绩效自评抽查报告"),
    ("c", "泗县财政局扶贫项目绩效目标自评"),
    ("c", "抽查情况报告"),
    ("p", "县扶贫开发工作领导小组:"),
    ("p", "依据安徽省财政厅等六部门《财政专项扶贫资金绩效管理操作指南(试行)》(皖财办〔2019〕1217号)、中共宿州市委宿州市人民政府印发的"
          "《关于全面实施预算绩效管理的实施方案》(宿发〔2020〕3号)、《宿州市扶贫项目资金绩效管理实施办法》(宿政办秘〔2018〕126号)等文件，"
          "并对照国家脱贫攻坚成效考核反馈问题的整改要求，县财政局会同县扶贫局、县审计局，在部门单位自评的基础上对行业部门的绩效进行了抽查。"
          "现将抽查结果报告如下:"),
    ("h", "一、基本情况"),
    ("p", "(一)绩效目标填制。扶贫资金全面实行绩效管理：县直各部门申报扶贫项目预算时同步设定绩效目标，执行中开展绩效监控，以绩效目标引导各职能部门"
          "谋划和实施扶贫项目，推动扶贫项目资金全过程绩效管理走向常态化、制度化、规范化。2019年底,绩效目标填报比例100%,绩效目标审核比例100%。"),
    ("p", "(二)绩效目标自评。各扶贫资金使用部门和单位承担绩效管理的主体责任，全县绩效自评项目111个,在4月15日前全面完成。"
          "绩效目标自评比例100%,绩效目标自评审核比例100%。"),
    ("h", "二、抽查结果"),
    ("p", "(一)抽查项目个数。在部门单位开展绩效自评的基础上,按全县绩效自评项目111个10%以上抽查,抽查项目12个。"),
    ("p", "(二)抽查项目类型。财政专项扶贫项目抽查10个:抽查到人到户项目2个:特色种养业奖补项目1500万元;扶贫小额贷款贴息项目2343.3万元。"
          "抽查到村产业扶贫项目8个:泗城镇关庙村蔬菜大棚147.8万元;屏山镇徐贺村冷库项目96.88万元;大庄镇新刘村西瓜大棚项目100万元;"
          "大庄镇佃庄村莲藕、泥鳅综合种养基地100万元;大杨乡赵集村瓜蒌基地项目89.57万元;草沟镇秦桥"),
]

JIXI_META = [
    ["索引号:", "11341731358579117C/202201-00061", "组配分类:", "下基层辅导、演出、展览和指导基层群众文化活动"],
    ["发布机构:", "文化和旅游局", "主题分类:", "综合政务"],
    ["名称:", "绩溪县文旅局2021年文化惠民工程绩效评价自评报告", "文号:", ""],
    ["生成日期:", "2022-01-10", "发布日期:", "2022-01-10"],
]
JIXI = [
    ("meta", JIXI_META),
    ("c", "绩溪县文旅局2021年文化惠民工程绩效评价自评报告"),
    ("s", "发布时间:2022-01-10 11:39 来源:文化和旅游局"),
    ("t", "绩溪县文旅局2021年文化惠民工程"),
    ("t", "绩效评价自评报告"),
    ("p", "2021年,绩溪县文旅局以完善公共文化服务体系，丰富人民群众文化生活为目标，坚持目标导向、加大宣传力度，把文化惠民工程办成群众欢迎、"
          "社会满意的民生工程，全年目标任务已经完成。现将2021年文化惠民工程绩效自评情况报告如下:"),
    ("h", "一、项目基本情况"),
    ("p", "1、公共文化场馆免费开放"),
    ("p", "公共文化场馆免费开放的主要任务是绩溪县文化馆、图书馆、博物馆以及11个乡镇综合文化站全部免费对外开放，提供免费的公共文化服务项目；"
          "各场馆的免费开放经费已全部拨付到位。各馆、站按规定常年免费开放，服务内容明确，保障机制完善，设施利用率明显提高，"
          "已形成一批有特色的公共文化服务品牌。"),
    ("p", "2、农村文化活动(送戏进万村"),
]

LONGHUI_META = [
    ["文件名称:", "", "", ""],
    ["统一登记号:", "", "", ""],
    ["索引号:", "", "发文编号:", ""],
    ["公开目录:", "", "公开责任部门:", ""],
    ["发文日期:", "", "公开形式:", ""],
    ["生效日期 :", "", "有效期:", ""],
]
LONGHUI = [
    ("meta", LONGHUI_META),
    ("t", "2021年度隆回县七江镇乡村振兴专项资金"),
    ("t", "绩效评价报告"),
    ("c", "上会湘报字(2022)第0011号"),
    ("p", "为规范乡村振兴资金管理、加强财政支出管理、提高财政资金使用效益，依据《中共中央国务院关于全面落实预算绩效管理的意见》(中发〔2018〕34号)、"
          "《中华人民共和国预算法实施条例》《财政部关于印发<项目支出绩效评价管理办法>的通知》(财预〔2020〕10号)、"
          "《中共湖南省委办公厅湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》(湘办发〔2019〕10号)、"
          "《湖南省人民政府办公厅关于进一步规范财政管理硬化预算约束的通知》(湘政办发[2020]12号)、"
          "《国务院办公厅关于转发<财政部国务院扶贫办、国家发展改革委扶贫项目资金绩效管理办法>的通知》(国办发〔2018〕35号)、"
          "《湖南省财政厅、湖南省扶贫开发办公室关于印发<湖南省财政专项扶贫资金绩效评价办法(试行)>的通知》(湘财农〔2017〕83号)、"
          "《湖南省财政厅、湖南省扶贫开发办公室关于印发<湖南省贫困县统筹整合使用财政涉农资金工作绩效考核办法(试行)>的通知》(湘财农〔2017〕86号)"
          "等文件，按照中共隆回县委实施乡村振兴战略指挥部《关于开展2021年度乡村振兴项目资金重点绩效评价工作的通知》(隆委乡振指[2022]15号)的要求，"
          "我所受隆回县财政局委托成立绩效评价工作组，对隆回县七江镇人民政府2021年乡村振兴专项资金项目进行了绩效评价。评价工作已经完成，报告如下:"),
    ("h", "一、项目基本情况"),
    ("p", "为落实党中央和省、市关于扶贫工作的战略部署,更好发挥隆回县七江镇在扶贫攻坚与乡村振"),
]

CONTENT = {
    "henan-xiping-fupin-zipingbaogao": XIPING,
    "anhui-sixian-fupin-chouchabaogao": SIXIAN,
    "anhui-jixi-wenhuahuimin-zipingbaogao": JIXI,
    "hunan-longhui-qijiang-xiangcunzhenxing-pingjiabaogao": LONGHUI,
}

# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------

def _font(run, size=12, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def build_docx(name, blocks, path):
    doc = Document()
    for kind, body in blocks:
        if kind == "meta":
            table = doc.add_table(rows=len(body), cols=4)
            table.style = "Table Grid"
            for r, row in enumerate(body):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(text)
                    _font(run, 10)
            # rows whose right half is empty in the form: merge the value cell across
            for r, row in enumerate(body):
                if row[2] == "" and row[3] == "":
                    table.cell(r, 1).merge(table.cell(r, 3))
            doc.add_paragraph()
            continue
        para = doc.add_paragraph()
        if kind in ("t", "c"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(para.add_run(body), 16 if kind == "t" else 13, bold=(kind == "t"))
        elif kind == "s":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(para.add_run(body), 9)
        elif kind == "h":
            _font(para.add_run(body), 12, bold=True)
        else:
            para.paragraph_format.first_line_indent = Pt(24)
            _font(para.add_run(body), 12)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = name
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    tmp = path + ".tmp"
    doc.save(tmp)
    normalise_zip(tmp, path)
    os.remove(tmp)


def normalise_zip(src, dst):
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            info = zipfile.ZipInfo(fname, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{PART}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s)


def check(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and squash(ind[key]) not in text:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for name, gold in GOLD.items():
        docx_path = os.path.join(HERE, name + ".docx")
        build_docx(name, CONTENT[name], docx_path)
        pdf_path = to_pdf(docx_path)
        for fpath in (docx_path, pdf_path):
            ann = {"source": os.path.basename(fpath)}
            ann.update(gold)
            with open(os.path.join(ANN, os.path.basename(fpath) + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        missing = check(pdf_path, gold)
        status = "ok" if not missing else f"MISSING {missing}"
        bad += bool(missing)
        print(f"{name}: rows={len(gold['indicators'])} goals={len(gold['goals'])} "
              f"findings={len(gold['findings'])} facts={len(gold['facts'])} {status}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
