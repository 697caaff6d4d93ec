#!/usr/bin/env python3
"""Build the blind53 part of the real-layout corpus.

Each entry of DOCS describes one stored public page reproduced as a DOCX file
(blocks: headings, paragraphs, small tables) together with its hand-written gold.
Running the script writes the DOCX files, exports each one to PDF with LibreOffice
(skipped with --no-pdf) and writes one gold JSON per document into annotations/.

Facts (names, values, amounts, scores, dates, document numbers) are as the page
has them; longer sentences are our own words with the same numbers.
The DOCX bytes are deterministic: core properties are pinned and every zip entry
gets a fixed date, in a fixed order.
"""
import argparse
import copy
import datetime as dt
import io
import json
import os
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
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


def ind(name, weight=None, score=None, level1=None, level2=None, operator=None,
        value=None, unit=None, target_text="", actual=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# DOCS: one entry per source. blocks: ("title", text) ("meta", text) ("h", text)
# ("p", text) ("table", rows)
# ---------------------------------------------------------------------------
DOCS = [
    {
        "stem": "ah-yeji-orphan-livelihood-selfreport",
        "blocks": [
            ("title", "叶集区2020年度孤儿基本生活费保障民生工程绩效评价自评报告"),
            ("meta", "发表时间:2021-01-08 15:10    作者:民政局    点击数:    字体:[  ]"),
            ("p", "依据叶集区民生办转发的六安市民生工作领导小组办公室关于开展民生工程绩效自评工作的通知"
                  "(叶民生办〔2020〕11号),现将我区2020年孤儿基本生活保障工作的绩效自评情况报告如下:"),
            ("h", "一、项目投入情况。分值20分(自评20分)"),
            ("p", "(一)项目立项。分值10分,自评10分。本项目是事业发展所必需的,与国家法律法规、经济社会发展"
                  "规划和党委政府的决策相一致,所设绩效目标能够反映对保障对象基本生活的保障水平。"),
            ("p", "(二)资金落实。分值10分,自评10分。孤儿救助标准已经量化,并较往年有所提高;保障和救助标准"
                  "按类别分别细化,与目标责任书分解的任务相对应,做到应保尽保,资金到位率达到100%,到位及时率达到100%。"),
            ("h", "二、项目过程情况。分值30分(自评29分)"),
            ("p", "(一)项目管理。分值20分,自评19分。"),
            ("p", "1、管理制度健全性。分值2分,自评2分。先后印发《六安市叶集区孤儿基本生活保障实施办法》"
                  "《六安市叶集区关于开展“福彩圆梦 . 孤儿助学工程”项目申报实施方案》《六安市叶集区开展切实保障"
                  "儿童福利服务对象合法权益防范化解重大风险工作的实施方案》,项目管理办法合法合规、内容完整。"),
            ("p", "2、制度执行有效性。 分值2分,自评2分。项目申报、审核、拨付均按照《六安市叶集区孤儿基本生活保障"
                  "实施办法》规定的程序办理,全年发放孤儿(事实无人抚养儿童)基本生活费74人83.43万元,补助资金"
                  "全部列入预算并实行专户管理。"),
            ("p", "3、服务规范情况。分值1分,自评1分。按照孤儿管理服务标准开展各项工作。"),
            ("p", "4、"),
        ],
        "gold": {
            "source_urls": ["http://www.ahyeji.gov.cn/zwzx/rdzt/ztzl/msgc/xmgs/22509051.html"],
            "province": "安徽",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind("项目立项", 10, 10),
                ind("资金落实", 10, 10),
                ind("管理制度健全性", 2, 2),
                ind("制度执行有效性", 2, 2),
                ind("服务规范情况", 1, 1),
            ],
            "goals": [],
            "facts": [
                {"metric": "项目投入情况", "kind": "score_total", "total": 20, "parts": [10, 10]},
            ],
            "findings": [
                {"rule": "coverage.missing_dimension", "item": "产出指标",
                 "why": "the scored list stops inside 二、项目过程 (item '4、'): no output indicator in the file"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "no effect indicator in the file as it stands"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "no satisfaction indicator in the file as it stands"},
            ],
            "notes": "六安 叶集区民政局 self-evaluation of the 2020 民生工程 孤儿基本生活费保障 (page in the 民生工程 项目公示 "
                     "column, 2021-01-08). The 安徽 民生工程 scoring frame is written as labelled prose: each item gives "
                     "'分值N分,自评N分' followed by a justification. The five scored items (项目立项 10/10, 资金落实 10/10, "
                     "管理制度健全性 2/2, 制度执行有效性 2/2, 服务规范情况 1/1) are taken as indicator rows with weight and "
                     "score; they are evaluation criteria of the 投入/过程 kind, carry no target value by design, so "
                     "target_text is empty and no target.missing_value is given (judgement call); level1/level2 are null "
                     "because 项目投入/项目过程/项目管理 have no canonical name. Section totals: 项目投入 20 (自评20) = 10 + 10 "
                     "(consistent, kept as a score_total fact); 项目过程 30 (自评29) and 项目管理 20 (自评19) cannot be "
                     "checked because the page stops after the number '4、' of the fourth 项目管理 item (the document stops "
                     "there too). Results inside sentences: 资金到位率 100%, 到位及时率 100%, 74人 83.43万元 paid. The report "
                     "states no goal of its own. Defects kept: the spaced title '福彩圆梦 . 孤儿助学工程' and the extra "
                     "space in '制度执行有效性。 分值'. Coverage: the document is cut inside its scored indicator list, so "
                     "it is judged as it stands (no 产出/效益/满意度 item) — judgement call.",
        },
    },
    {
        "stem": "yn-tengchong-orphan-aid-selfreport",
        "blocks": [
            ("table", [["索引号", "01526020-0/20230825-00006", "发布机构", "腾冲市民政局"],
                       ["公开目录", "社会福利", "发布日期", "2023-08-25 17:33:09"],
                       ["文号", "", "浏览量", ""]]),
            ("p", "为保障孤儿、事实无人抚养儿童和艾滋病病毒感染儿童的基本生活,腾冲市民政局落实中央、省、市对孤儿和"
                  "困境儿童的各项政策,做好孤儿补助的发放工作。"),
            ("h", "一、自评结论"),
            ("h", "(一)自评得分"),
            ("p", "对照项目绩效自评表的条款和细节,逐项梳理我单位就业补助资金项目的绩效情况,自评得分为98分。"),
            ("h", "(二)绩效目标完成情况"),
            ("p", "1.执行率情况"),
            ("p", "腾冲市孤儿补助资金项目总预算458.96万元,2022年决算财政资金支出458.96万元。"),
            ("p", "2、完成的绩效目标"),
            ("p", "2022年腾冲市孤儿补助共支出458.96万元。资金按照个人申请、乡镇审核、民政审批、系统备案、财政部门"
                  "核拨、社会化发放到人的流程办理,并落实中央、省级补助标准逐年增长的机制。依据《关于提高孤儿等特困"
                  "儿童基本生活补助标准的通知》(云民办发〔2020〕148号),2022年集中供养儿童补助标准为每人每月1990元,"
                  "散居儿童、事实无人抚养儿童、艾滋病病毒感染儿童补助标准为每人每月1290元(事实无人抚养儿童按与其家庭"
                  "其他救助金的差额发放)。1—12月共发放孤儿补助金458.96万元,3718人次;发放“福彩圆梦”助学金16.75万元,"
                  "252人次。纳入保障的孤儿、困境儿童共315人,其中:机构集中供养孤儿7人,散居孤儿90人,事实无人抚养"
                  "儿童185人,艾滋病感染儿童33人。腾冲市孤儿补助资金项目总预算458.96万元,2022年决算财政资金支出"
                  "458.96万元。"),
            ("p", "3、末完成的绩效目标"),
            ("p", "无"),
            ("h", "(二)存在的问题和原因"),
            ("p", "1.绩效理念有待提高。年度计划产出与应实现的效益之间缺少刚性约束,项目的绩效意识还需加强。"),
            ("p", "2.资金下达滞后。本级财政收"),
        ],
        "gold": {
            "source_urls": ["https://tengchong.gov.cn/info/9282/5150493.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "孤儿补助资金", "kind": "budget", "planned": 458.96, "actual": 458.96,
                 "stated_rate": None, "unit": "万元"},
                {"metric": "纳入保障的孤儿、困境儿童", "kind": "sum", "total": 315, "parts": [7, 90, 185, 33]},
            ],
            "findings": [],
            "notes": "保山 腾冲市民政局 2022 self-evaluation report of the 孤儿补助资金 (published 2023-08-25; no title in the "
                     "stored text, which starts with the index block). Prose only, in our own words with the same figures. "
                     "Figures: 自评 98分 (no grade stated, so no grade fact); 总预算 458.96万元 = 决算支出 458.96万元 (the "
                     "'执行率情况' paragraph states no rate; the pair is written twice); 补助标准 1990 and 1290 元/人·月 "
                     "(云民办发〔2020〕148号); 3718人次 paid; 福彩圆梦 16.75万元, 252人次; 315 = 7 + 90 + 185 + 33 (consistent). "
                     "Defects kept: the score sentence speaks of the '就业补助资金项目' (a copy slip in a 孤儿 report), "
                     "'末完成' for 未完成, the second heading numbered (二) again. No goal section and no indicator rows "
                     "(the 自评表 it cites is not on the page), so no coverage finding for a prose report. The stored page "
                     "stops inside problem 2 at '本级财政收'; the document stops there too.",
        },
    },
    {
        "stem": "yn-longling-lameng-road-evalreport",
        "blocks": [
            ("table", [["索引号", "01526294-3-/2020-0830001", "发布机构", "龙陵县腊勐镇人民政府"],
                       ["公开目录", "绩效评价", "发布日期", "2020-08-30"],
                       ["文号", "", "浏览量", ""]]),
            ("p", "长箐村位于腊勐镇南部,东与大龙村为界,南接碧寨乡摆达社区,西邻镇安镇淘金河村,北与长箐村为界,"
                  "距镇政府所在地16公里,下辖12个村民小组,国面积18.1平方公里,平均海拔1750米,属典型的立体气候。"),
            ("p", "2019年末,全村共有770户,总人数2471人,其中少数民族34户,179人。有耕地面积1590亩,核桃种植面积"
                  "6747亩、茶叶种植面积920亩。部分自然村自然条件差、山高坡陡、居住分散、土层薄而贫瘠、农作物单产低,"
                  "群众脱贫致富难度较大。里从组群众经易地搬迁建起了新家园,但搬迁点内部道路一直没有硬化。"),
            ("p", "项目建成后将有力带动当地农村经济发展,方便群众生产生活,帮助贫困农户增收,并可就近转移农村富余"
                  "劳动力,为打赢脱贫攻坚战打下基础。"),
            ("p", "项目实施还将扩大文化宣传,把村规民约融入村容村貌,增强群众的认同感和归属感,推动精神文明建设;"
                  "让扶贫政策深入人心,提高农户满意度,巩固党和政府在群众中的威信,维护农村长期稳定,为乡村振兴打基础。"),
            ("p", "项目建设有利于美丽村庄建设和人与自然和谐相处,实施后长箐村里丛组的生态文明水平将得到提升,"
                  "引导群众养成良好生活习惯,形成爱护家园的良好氛围。"),
            ("p", "项目规划新建道路硬化1100m,埋设φ200波纹管845m,埋设φ300波纹管100m,埋设φ400波纹管100m。"
                  "惠及里丛组50户217人(其中建档立卡户6户,人口23人)。"),
            ("p", "绩效目标完成情况:项"),
        ],
        "gold": {
            "source_urls": ["https://longling.gov.cn/info/8336/2219809.htm"],
            "province": "云南",
            "doc_kind": "评价报告",
            "patterns": [10],
            "indicators": [],
            "goals": [
                {"kind": "目标", "text": "项目规划新建道路硬化1100m,埋设φ200波纹管845m,埋设φ300波纹管100m,埋设φ400波纹管100m。"
                                       "惠及里丛组50户217人(其中建档立卡户6户,人口23人)。"},
                {"kind": "目标", "text": "项目建成后将有力带动当地农村经济发展,方便群众生产生活,帮助贫困农户增收,并可就近转移"
                                       "农村富余劳动力,为打赢脱贫攻坚战打下基础。"},
                {"kind": "目标", "text": "项目实施还将扩大文化宣传,把村规民约融入村容村貌,增强群众的认同感和归属感,推动精神文明"
                                       "建设;让扶贫政策深入人心,提高农户满意度,巩固党和政府在群众中的威信,维护农村长期稳定,"
                                       "为乡村振兴打基础。"},
                {"kind": "目标", "text": "项目建设有利于美丽村庄建设和人与自然和谐相处,实施后长箐村里丛组的生态文明水平将得到提升,"
                                       "引导群众养成良好生活习惯,形成爱护家园的良好氛围。"},
            ],
            "facts": [],
            "findings": [
                {"rule": "goal.unquantified", "item": "项目建成后将有力带动当地农村经济发展",
                 "why": "expected economic effect with no number, baseline or date"},
                {"rule": "goal.unquantified", "item": "项目实施还将扩大文化宣传",
                 "why": "expected social effect (认同感, 满意度, 稳定) with no number or scale"},
                {"rule": "goal.unquantified", "item": "项目建设有利于美丽村庄建设",
                 "why": "expected ecological effect with no measurable target"},
            ],
            "notes": "保山 龙陵县腊勐镇人民政府, 绩效评价 column, 2020-08-30: evaluation of the 长箐村里丛组 (易地搬迁点) road "
                     "hardening project; the stored text has no title and begins with the index block. Prose in our own "
                     "words with the same figures: village profile (16公里, 12 村民小组, 18.1平方公里, 1750米; 770户 2471人, "
                     "少数民族 34户 179人; 耕地 1590亩, 核桃 6747亩, 茶叶 920亩), three paragraphs of expected effects "
                     "(economic, social, ecological) and the planned works (1100m 道路硬化; 波纹管 φ200 845m, φ300 100m, "
                     "φ400 100m; 50户217人, 其中建档立卡户 6户 23人). Judgement call: the planned works and the three "
                     "expected-effect paragraphs are taken as the project's goals ('目标'); the works are quantified, the "
                     "three effect paragraphs are not (goal.unquantified). No budget amount and no indicator row appear. "
                     "Defects kept: the north border named as 长箐村 itself, '国面积' (a dropped character), the group "
                     "written both 里从组 and 里丛组. The page stops at '绩效目标完成情况:项' before any result; the "
                     "document stops there too, so no coverage finding (the report never reaches its indicator results).",
        },
    },
]


# ---------------------------------------------------------------------------
def set_cjk_font(run, name="宋体", size=11, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:ascii"), name)
    fonts.set(qn("w:hAnsi"), name)


def build_docx(doc_spec, path):
    d = Document()
    sec = d.sections[0]
    sec.page_width = Pt(595)
    sec.page_height = Pt(842)
    for kind, content in doc_spec["blocks"]:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cjk_font(p.add_run(content), "黑体", 15, True)
        elif kind == "meta":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cjk_font(p.add_run(content), size=9)
        elif kind == "h":
            p = d.add_paragraph()
            set_cjk_font(p.add_run(content), "黑体", 12, True)
        elif kind == "p":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(22)
            set_cjk_font(p.add_run(content))
        elif kind == "table":
            rows = content
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    set_cjk_font(cell.paragraphs[0].add_run(val), size=10)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "blind53"
    cp.last_modified_by = "blind53"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = doc_spec["stem"]
    buf = io.BytesIO()
    d.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    first = [n for n in names if n == "[Content_Types].xml"]
    rest = sorted(n for n in names if n != "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for n in first + rest:
            info = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, src.read(n))


def export_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", outdir, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)


def write_gold(doc_spec, fname):
    g = copy.deepcopy(doc_spec["gold"])
    out = {"source": fname}
    out.update(g)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    for spec in DOCS:
        docx_name = spec["stem"] + ".docx"
        path = os.path.join(HERE, docx_name)
        build_docx(spec, path)
        write_gold(spec, docx_name)
        write_gold(spec, spec["stem"] + ".pdf")
        if not args.no_pdf:
            export_pdf(path)
        print("wrote", docx_name, file=sys.stderr)


if __name__ == "__main__":
    main()
