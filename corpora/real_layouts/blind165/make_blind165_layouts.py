# -*- coding: utf-8 -*-
"""blind165: township / street-level performance documents (code-blind part).

Gold first (as data), then the DOCX builders, PDF export, annotation files and a
pdftotext check. Run with /tmp/venv/bin/python.
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PROFILE = "file:///tmp/lo_blind165"

# ---------------------------------------------------------------- gold ----
# Long sentences are reworded (every number kept); names, dates, amounts verbatim.

XK_TASK1 = ("任务1:落实国家方针政策,坚持依法行政,发挥经济管理职能,加强对全镇群众的政策引导,"
            "编制本镇发展规划,为全镇人民提供公共服务,维护社会稳定,建设和谐社会。")
XK_TASK2 = ("任务2:按照岳阳县县委、县政府等上级机关对乡镇工作的安排,保障便民服务中心、城乡环境综合治理、"
            "信访、安全维稳、安全生产、党代会、人代会、纪检监察、党建、扶贫攻坚、乡村振兴、服务群众等工作正常开展,"
            "按时、按质、按量完成各项任务;及时发放政府机关人员、村组干部补助经费,按时兑付涉农补贴、五保、低保、"
            "民政优抚和扶贫领域各项资金,确保新开镇社会安定、道路畅通、环境整洁、村民办事便捷。")

DP_GOAL1 = "项目实施确保巩固拓展大坪乡脱贫成果,助推乡村振兴,实现我乡产业快速发展。"
DP_GOAL2 = ("通过项目的实施,提升项目村出行条件以及农副产品流转条件,使项目村基础设施更加完善,"
            "进一步提升群众的满意度和幸福感。")

GOLD = {
    "hunan-yueyang-xinkaizhen-zhengti-zipingbaogao": {
        "source_urls": ["https://yyx.gov.cn/37584/38146/48374/content_2046924.html"],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效评价自评报告",
        "patterns": [8, 10],
        "indicators": [],
        "goals": [
            {"kind": "年度主要工作内容", "text": XK_TASK1},
            {"kind": "年度主要工作内容", "text": XK_TASK2},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": XK_TASK1,
             "why": "年度工作任务只写落实政策、提供服务、维护稳定,没有任何数量、比率或完成时间。"},
            {"rule": "goal.unquantified", "item": XK_TASK2,
             "why": "列举十余项保障工作并要求按时按质按量完成,但没有一项给出数量或标准,无法衡量。"},
        ],
        "notes": ("岳阳县新开镇政府2021年度部门整体支出绩效评价自评报告(湖南省岳阳市岳阳县)。封面字段、基本概况表"
                  "(联系人、编制128、实有185、职能、年度主要工作内容、总体运行情况)照页面重建;预算编码为空。"
                  "“年度部门(单位)总体运行情况及取得的成绩”一格是自我评价,不算目标。存储页停在“二、部门(单位)收支情况”"
                  "年度收入情况表的表头(机构名称/收入合计/其中:上年结转、公共财政拨款、政府基金拨款、纳入专户管理的非税收入拨款、其他),"
                  "没有数据行,也没有指标表;故本文件无指标行。表头中“公共财/政拨款”原页断行,保留单元格内换行。"),
    },
    "yunnan-yuanyang-dapingxiang-xiangmu-zipingbaogao": {
        "source_urls": ["https://www.hhyy.gov.cn/info/3381/243851.htm"],
        "province": "云南省",
        "doc_kind": "项目支出绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "项目目标", "text": DP_GOAL1},
            {"kind": "项目目标", "text": DP_GOAL2},
        ],
        "facts": [
            {"metric": "村内道路硬化面积", "kind": "sum", "total": 4970,
             "parts": [700, 900, 400, 650, 1220, 1100], "unit": "平方米"},
            {"metric": "危险路段挡墙建设", "kind": "sum", "total": 960, "parts": [360, 600], "unit": "立方米"},
            {"metric": "虹鳟鱼鲟鱼养殖基地建设项目资金(含项目管理费3万元)", "kind": "planned_actual",
             "total": 303, "parts": [270], "unit": "万元"},
            {"metric": "基础设施建设项目资金(含项目管理费1.07万元)", "kind": "planned_actual",
             "total": 107.13, "parts": [106.36], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": DP_GOAL1,
             "why": "“巩固拓展脱贫成果、助推乡村振兴、产业快速发展”没有数量、比率或基线,无法衡量。"},
            {"rule": "goal.unquantified", "item": DP_GOAL2,
             "why": "“提升出行条件”“进一步提升满意度和幸福感”未给出目标值;建设量只出现在建设内容里。"},
        ],
        "notes": ("元阳县大坪乡人民政府2021年度项目支出绩效单位自评报告(云南省红河州元阳县),散文。"
                  "重建“一、基本情况(一)项目概况”中项目1(虹鳟鱼鲟鱼养殖基地,303万元含管理费3万元,已拨付270万元,未整体竣工验收)"
                  "和项目2(基础设施,107.13万元含管理费1.07万元,已拨付106.36万元;道路硬化4970平方米=6处之和,挡墙960立方米=2处之和,核对无误)。"
                  "原文建设周期写作“2021325日至2021418日”(缺年、月字),照录。存储页停在项目3(农村危房改造)第一句中途,"
                  "该半句不计为目标。页面未给出拨付率,facts 中 planned_actual 只记预算与已拨付数。"),
    },
    "beijing-tongzhou-yuqiaojiedao-juesuan-shuoming": {
        "source_urls": ["http://www.bjtzh.gov.cn/bjtz/xxfb/202409/1727635.shtml"],
        "province": "北京市",
        "doc_kind": "部门决算说明(含部门绩效评价情况章节)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "玉桥街道办事处(本级)内设机构数", "kind": "count", "total": 6,
             "parts": [1, 1, 1, 1, 1, 1], "unit": "个"},
            {"metric": "玉桥街道事业编制单位数", "kind": "count", "total": 3, "parts": [1, 1, 1], "unit": "个"},
        ],
        "findings": [],
        "notes": ("北京市通州区玉桥街道办事处2023年度部门决算(草案)。重建目录(第一至第四部分,第四部分为“2023年度部门绩效评价情况”)"
                  "和第二部分开头的机构设置、部门职责。存储页停在部门职责第(2)条“推进街巷长、河长制”处,"
                  "远在绩效评价章节之前:无指标、无目标。机构数与列出的名称个数一致(6个、3个)。"),
    },
    "weizhu-zhen-caizhengsuo-shenongzhenghe-zipingbaogao": {
        "source_urls": ["https://61taotao.com/office/214116.html"],
        "province": None,
        "doc_kind": "涉农整合资金项目绩效自评报告(模板)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "成本指标",
             "why": "绩效目标设定情况只列数量、质量、时效、社会效益、可持续影响、服务对象满意度指标,未设成本指标。"},
        ],
        "notes": ("文库网站上的“镇财政所涉农整合资金项目绩效自评报告”范本,镇名、年份、金额、个数均以 x / xxxx / xx.xx 占位,"
                  "未注明省份(province 为 null)。省略网站上传说明(文件大小、发布日期、版权提示),保留文档自带的"
                  "“【仅供学习参考,切勿通篇使用!】”。存储页停在“1、项目资金到位情况分析:我镇 xxxx 年”。"
                  "页面没有指标行,只列出设定的指标类别;据此记一条 coverage.missing_dimension(成本指标)。"
                  "占位符出现在散文金额里,不是指标行,故不记 target.placeholder。"),
    },
}

# -------------------------------------------------------------- docx utils --
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = "blind165"
    cp.last_modified_by = "blind165"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.add_run(ln)


def save_det(d, path):
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    os.remove(tmp)


# ------------------------------------------------------------- builders ----
def build_xinkai(path):
    d = new_doc()
    para(d, "岳阳县2021年度部门整体支出", bold=True, center=True, size=16)
    para(d, "绩效评价自评报告", bold=True, center=True, size=16)
    para(d, "部门(单位)名称:岳阳县新开镇政府")
    para(d, "预算编码:")
    para(d, "评价方式:部门(单位)绩效自评")
    para(d, "评价机构:部门(单位)评价组")
    para(d, "报告日期:2021年12月31日")
    para(d, "一、部门(单位)基本概况", bold=True)
    t = d.add_table(rows=5, cols=4)
    set_borders(t)
    cell_text(t.cell(0, 0), "联系人")
    cell_text(t.cell(0, 1), "张颖慧")
    cell_text(t.cell(0, 2), "联络电话")
    cell_text(t.cell(0, 3), "0730-7802036")
    cell_text(t.cell(1, 0), "人员编制")
    cell_text(t.cell(1, 1), "128")
    cell_text(t.cell(1, 2), "实有人数")
    cell_text(t.cell(1, 3), "185")
    cell_text(t.cell(2, 0), "职能职责概述")
    m = t.cell(2, 1).merge(t.cell(2, 3))
    cell_text(m, "制定并实施全镇经济和社会发展规划,维护当地治安和社会稳定,宣传贯彻党的路线、方针、政策,"
                 "领导和管理经济、教育、文化、计生、民政、武装等工作")
    cell_text(t.cell(3, 0), "年度主要\n工作内容")
    m = t.cell(3, 1).merge(t.cell(3, 3))
    cell_text(m, XK_TASK1 + "\n" + XK_TASK2)
    cell_text(t.cell(4, 0), "年度部门(单位)总体运行情况及取得的成绩")
    m = t.cell(4, 1).merge(t.cell(4, 3))
    cell_text(m, "各项工作任务圆满完成,保障了机关正常运转,推动了新开镇经济发展。")
    para(d, "二、部门(单位)收支情况", bold=True)
    para(d, "年度收入情况(万元)")
    t2 = d.add_table(rows=2, cols=7)
    set_borders(t2)
    a = t2.cell(0, 0).merge(t2.cell(1, 0))
    cell_text(a, "机构名称")
    a = t2.cell(0, 1).merge(t2.cell(1, 1))
    cell_text(a, "收入合计")
    a = t2.cell(0, 2).merge(t2.cell(0, 6))
    cell_text(a, "其中:")
    for i, h in enumerate(["上年结转", "公共财\n政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他"]):
        cell_text(t2.cell(1, 2 + i), h)
    save_det(d, path)


def build_daping(path):
    d = new_doc()
    para(d, "元阳县大坪乡人民政府2021年度项目支出绩效单位自评报告", bold=True, center=True, size=14)
    para(d, "一、基本情况", bold=True)
    para(d, "(一)项目概况", bold=True)
    para(d, "1.2021年第一批统筹整合使用财政涉农资金虹鳟鱼鲟鱼养殖基地建设项目," + DP_GOAL1 +
         "项目建设内容:建设防洪挡墙3100立方米;建设引水水渠207.5米;建设泥沙沉淀池800平方;建设饲料仓库1000平方米。"
         "该项目使用统筹整合财政涉农资金303万元(含项目管理费3万元),目前已拨付项目资金270万元。项目本年未整体竣工验收。")
    para(d, "2.2021年第一批统筹整合使用财政涉农资金基础设施建设项目," + DP_GOAL2 +
         "项目建设内容:白石寨村委会张家寨村内道路硬化700平方米;白石寨村委会中寨村内道路硬化900平方米;"
         "白石寨村委会新下寨村内道路硬化400平方米;白石寨村委会新上寨村内道路硬化650平方米;"
         "三岔河村委会白石老寨村内道路硬化1220平方米;三岔河村委会平安寨村内道路硬化1100平方米。"
         "三岔河村委会白石老寨村内危险路段挡墙建设360立方米;三岔河村委会平安寨村内危险路段挡墙建设600立方米。"
         "该项目使用统筹整合财政涉农资金107.13万元(含项目管理费1.07万元),目前已拨付106.36万元。"
         "项目建设周期为2021325日至2021418日,现已按实施方案完成并竣工验收,共完成大坪乡村内道路硬化4970平方米、挡墙建设960立方米。")
    para(d, "3.2021年第一批统筹整合使用财政涉农资金农村危房改造项目,通过项目实施进一步巩固脱贫攻坚工")
    save_det(d, path)


def build_yuqiao(path):
    d = new_doc()
    para(d, "2023年度部门决算(草案)", bold=True, center=True, size=14)
    para(d, "目 录", bold=True, center=True)
    for ln in ["第一部分 2023年度部门决算报表",
               "一、收入支出决算总表", "二、收入决算表", "三、支出决算表", "四、财政拨款收入支出决算总表",
               "五、一般公共预算财政拨款收入支出决算表", "六、一般公共预算财政拨款支出决算表",
               "七、一般公共预算财政拨款基本支出决算表", "八、政府性基金预算财政拨款收入支出决算表",
               "九、政府性基金预算财政拨款基本支出决算表", "十、国有资本经营预算财政拨款支出决算表",
               "十一、财政拨款“三公”经费支出决算表", "十二、政府采购情况表", "十三、政府购买服务决算公开情况表",
               "第二部分 2023年度部门决算说明", "第三部分 2023年度其他重要事项的情况说明",
               "第四部分 2023年度部门绩效评价情况"]:
        para(d, ln)
    para(d, "第一部分 2023年度部门决算报表", bold=True)
    para(d, "报表详见附件。")
    para(d, "第二部分 2023年度部门决算说明", bold=True)
    para(d, "一、部门/单位基本情况(比照预算公开的内容格式)")
    para(d, "(一)机构设置、职责(需公开内设机构数量和下属单位数量及名称)")
    para(d, "1、机构设置:北京市通州区玉桥街道办事处(本级)下设6个内设机构:综合办公室、党群工作办公室、平安建设办公室、"
            "城市管理办公室、社区建设办公室、民生保障办公室。设立三个事业编制单位:玉桥街道便民服务中心、玉桥街道市民活动中心、"
            "玉桥街道市民诉求处置中心;设立一个行政执法机构:玉桥街道综合行政执法队。事业单位的人员经费、公用经费全部拨付"
            "玉桥街道办事处(本级),统一管理使用。")
    para(d, "2、部门职责:玉桥街道办事处作为通州区人民政府的派出机构,依照法律法规代表区政府对街道辖区履行政府管理职能。主要职责包括:")
    para(d, "(1)贯彻执行法律、法规、规章和市、区政府的决定、命令,依法管理基层公共事务。")
    para(d, "(2)承担辖区市容环境卫生、绿化美化的管理工作,推进街巷长、河长制")
    save_det(d, path)


def build_template(path):
    d = new_doc()
    para(d, "镇财政所涉农整合资金项目绩效自", bold=True, center=True, size=14)
    para(d, "评报告", bold=True, center=True, size=14)
    para(d, "【仅供学习参考,切勿通篇使用!】")
    para(d, "镇财政所涉农整合资金项目绩效自评报告", bold=True, center=True)
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, "1、财政涉农整合资金下达预算及项目情况:")
    para(d, "镇 xxxx 年涉农整合资金预算金额为 xxxx.xx 万元。其中产业项目 x 个,以奖代补 xx.xx 万元,因户施策 xxx.xx 万元,"
            "一谷一城 xx.xx 万元,光伏扶贫 xxx 万;基础设施 xx 个,其中 xxxx 年续建项目 x 个,预算资金总额 xxx.xx 万元,"
            "新建项目 x 个,预算资金总额 xxx.x 万元;小流域治理 x 个项目,预算金额 xxx 万元;安全饮水 x 个项目,预算金额 xxx.xx 万元;"
            "其它项目 x 个,小额贷款贴息 x.xx 万元,雨露计划(春季、秋季)x.xx 万元,危房改造 xx.x 万元。")
    para(d, "2、财政涉农整合资金项目绩效目标设定情况:")
    para(d, "我镇按项目类型分别设定绩效目标:产业项目按品种设定,基础设施按实际施工内容设定,"
            "分别设定了数量指标、质量指标、时效指标、社会效益指标、可持续影响指标、服务对象满意度指标。")
    para(d, "二、绩效自评工作开展情况", bold=True)
    para(d, "我镇于 xxxx 年 x 月初由财政所、项目办对 xxxx 年实施的项目开展自评,在项目所在地随机抽取群众调查满意度等指标,"
            "并聘请第三方检测公司检测项目完成的工程量。")
    para(d, "三、绩效目标自评完成情况分析", bold=True)
    para(d, "(一)资金投入情况分析")
    para(d, "1、项目资金到位情况分析:我镇 xxxx 年")
    save_det(d, path)


BUILDERS = {
    "hunan-yueyang-xinkaizhen-zhengti-zipingbaogao": build_xinkai,
    "yunnan-yuanyang-dapingxiang-xiangmu-zipingbaogao": build_daping,
    "beijing-tongzhou-yuqiaojiedao-juesuan-shuoming": build_yuqiao,
    "weizhu-zhen-caizhengsuo-shenongzhenghe-zipingbaogao": build_template,
}


def norm(s):
    return re.sub(r"\s+", "", s)


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    for stem, builder in BUILDERS.items():
        src = os.path.join(HERE, stem + ".docx")
        builder(src)
        subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = os.path.join(HERE, stem + ".pdf")
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        txt_plain = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        hay = norm(txt) + "\n" + norm(txt_plain)
        g = GOLD[stem]
        needles = []
        for ind in g["indicators"]:
            needles += [ind["name"], ind["target_text"]]
        needles += [x["text"] for x in g["goals"]]
        needles += [f["item"] for f in g["findings"] if f["rule"] != "coverage.missing_dimension"]
        for n in needles:
            if norm(n) not in hay:
                print("MISSING in", stem, ":", n[:40])
                ok = False
        for fn in (stem + ".docx", stem + ".pdf"):
            rec = {"source": fn}
            rec.update(g)
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
    print("check", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
