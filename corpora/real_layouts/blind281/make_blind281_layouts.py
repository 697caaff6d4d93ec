"""Build the blind281 layouts: north-China angle (北京/天津/河北) plus two fallbacks.

The gold for every file is defined first (GOLD below) and written to annotations/
before any document is built or read.  Then the DOCX/XLSX files are built,
normalised (fixed core properties, zip entries sorted, fixed timestamps),
exported to PDF with LibreOffice, the PDFs are normalised (dates and /ID
blanked with same-length bytes), and pdftotext is used to check that every
indicator name, target text, goal text and finding item appears in its PDF.

Usage:  python make_blind281_layouts.py            build into this folder
        python make_blind281_layouts.py --twice    build, rebuild in /tmp/lo_blind281/rebuild, compare md5
"""

import hashlib
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
LO_PROFILE = "file:///tmp/lo_blind281"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"
ZIP_TS = (1980, 1, 1, 0, 0, 0)

URL_HUAIAN = "http://bx2200.com/baogao/hb/3085_3.html"
URL_TIANJIN = "http://cni.top/html/2020/pioneerpolicy_1121/65140.html"
URL_FENGTAI = "http://www.bjft.gov.cn/ftq/qhw2020/202109/72bc319283d1442c99aa28adf3e6fb4b.shtml"
URL_SHIZHU = ("http://cqszx.gov.cn/bm/xmzj/zwgk_51530/fdzdgknr_51533/ysjs_51539/ys/202202/"
              "t20220214_10392335.html")
URL_SHENZE = ("http://www.shenze.gov.cn/columns/1b3e797b-8554-46ff-9bd1-4fe47796802d/202603/02/"
              "a81dd9f5-c7af-4c16-baec-5c794547f2c5.html")


def ind(name, operator, value, unit, target_text, level1=None, level2=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


def fact(metric, kind, total, parts, unit, **extra):
    row = {"metric": metric, "kind": kind, "total": total, "parts": parts, "unit": unit}
    row.update(extra)
    return row


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------- texts (own words, figures kept)

HUAIAN_GOAL = ("全县今年经济社会发展的主要预期目标为:地区生产总值增长6.5%以上;固定资产投资增长7%以上;"
               "一般公共预算收入增长6.5%以上;社会消费品零售总额增长10%以上;居民人均可支配收入增长8%以上;"
               "规上工业增加值增长6%以上;外贸进出口总额增长6%以上;大气质量稳定改善;"
               "城镇登记失业率、单位GDP能耗等主要约束性指标控制在省、市下达的目标以内。")

HUAIAN_PARAS = [
    "……",
    HUAIAN_GOAL,
    "为完成今年的目标任务,重点抓好以下七个方面工作。",
    "(一)持续巩固脱贫攻坚成果,全力以赴推动乡村振兴。",
    ("落实“四个不摘”〔17〕要求,继续巩固拓展“两不愁三保障”〔18〕和饮水安全成果,把农业产业发展抓牢抓实,"
     "推动农业提质、农民增收、农村繁荣。做好防贫工作:健全防止返贫的监测帮扶机制,建好重点监测对象、低收入群体、"
     "稳定脱贫户、一般农户“四本台账”;落实重大疾病生活保障、教育专项救助、民政兜底帮扶救助、防贫保险救助、"
     "产业就业和科技帮扶等保障措施,深入开展“万企兴万村”〔19〕活动,健全社会救助体系,牢牢守住不发生规模性返贫的底线。"
     "统筹整合并用好衔接资金,扩大项目资金覆盖面,提高资金使用效益。"),
    ("大力发展农业产业。继续扩大特色种养规模,采用“头部企业+基地+农户”模式,扩大糯玉米、蔬菜、杂粮等种植面积,"
     "扩大肉牛、肉驴养殖规模,积极开展“两品一标”〔20〕创建,打造绿色农业、品牌农业。改造东沙洼村、西沙洼村土地2900亩。"
     "深化与北京睿文商道农业科技有限公司的合作,推进大型玉米高科技深加工项目,推动农业向产业化、科技化发展。"
     "全力推进怀安乡村振兴综合开发基地项目,加快特色农牧、文化旅游、农村电商等13个重大项目前期手续办理,并尽快推动实施。"),
    "推进乡村建设行动。",
]

TIANJIN_GOAL_YEAR = "2020年,全市计划新开工改造城镇老旧小区49个,改造面积256万平方米,惠及居民3.2万户。"
TIANJIN_GOAL_MID = ("到“十四五”期末,力争基本完成2000年底前建成的城镇老旧小区改造任务,"
                    "改造内容分为基础类、完善类、提升类3类。")

TIANJIN_BLOCKS = [
    ("title", "城市更新重大进展!天津市城镇老旧小区更新改造征求意见稿发布"),
    ("p", ("导读:天津市住房城乡建设委日前发布公告,就《天津市城镇老旧小区更新改造工作方案(征求意见稿)》"
           "向社会公开征求意见。公告明确,城镇老旧小区更新改造既包括城镇老旧小区改造,也包括城镇老旧房屋更新。")),
    ("p", ("日前,天津市住房城乡建设委发布公告,对《天津市城镇老旧小区更新改造工作方案(征求意见稿)》"
           "公开征求社会意见。")),
    ("p", "公告明确,城镇老旧小区更新改造既包括城镇老旧小区改造,也包括城镇老旧房屋更新。"),
    ("p", TIANJIN_GOAL_YEAR + TIANJIN_GOAL_MID),
    ("p", ("城镇老旧房屋更新主要面向非成套等功能设施不全的老旧房屋,立足本市实际,运用城市更新理念,"
           "采取“保护、提升、重建”等方式,在保护历史文化和城市风貌的前提下实施成套化改造,补齐功能设施,改善人居环境。")),
    ("center", "天津市城镇老旧小区更新改造工作方案"),
    ("center", "(征求意见稿)"),
    ("h", "一、总体要求"),
    ("p", ("1. 坚持以人为本,把握改造重点。以增进人民福祉为出发点,从群众最关心最直接最现实的利益问题入手,"
           "聚焦改善居住条件的迫切需求,更加重视完善城市功能、提升城市品质,守住城市安全底线,"
           "把群众最急需改造的项目优先列入改造计划。")),
    ("p", ("2. 坚持因地制宜,科学精准施策。全市老旧小区更新改造不搞“一刀切”,不层层下指标。"
           "各区人民政府发挥属地作用,既尽力而为又量力而行,科学制定改造目标、合理确定改造计划,"
           "积极稳妥组织实施,杜绝政绩工程、形象工程。")),
    ("p", "3. 坚持居民自愿,探索机制创新。充分尊重居民意愿,合理确定改造内容。"),
]

FENGTAI_BLOCKS = [
    ("p", "区环卫中心及二级单位"),
    ("title", "2020年度部门(单位)决算草案(宛平所)"),
    ("p", "日期:2021-09-01 10:00    来源: 区环卫中心"),
    ("center", "目 录"),
    ("p", "第一部分 2020年度部门决算报表"),
    ("p", "一、收入支出决算总表"),
    ("p", "二、收入决算表"),
    ("p", "三、支出决算表"),
    ("p", "四、财政拨款收入支出决算总表"),
    ("p", "五、一般公共预算财政拨款支出决算表"),
    ("p", "六、一般公共预算财政拨款基本支出决算表"),
    ("p", "七、政府性基金预算财政拨款收入支出决算表"),
    ("p", "八、政府性基金预算财政拨款基本支出决算表"),
    ("p", "九、国有资本经营预算财政拨款支出决算表"),
    ("p", "十、财政拨款“三公”经费支出决算表"),
    ("p", "十一、政府采购情况表"),
    ("p", "十二、政府购买服务支出情况表"),
    ("p", "第二部分 2020年度部门决算说明"),
    ("p", "第三部分 2020年度其他重要事项的情况说明"),
    ("p", "第四部分 2020年度部门绩效评价情况"),
    ("h", "第一部分 2020年度部门决算报表"),
    ("p", "北京市丰台区环境卫生服务中心宛平环卫所2020年度部门决算报表详见附件。"),
    ("h", "第二部分 2020年度部门决算说明"),
    ("h", "一、部门/单位基本情况"),
    ("p", "(一)机构设置、职责"),
    ("p", ("本所为城市环境卫生管理提供保障,承担干路和绿地的清扫保洁,公厕的清扫保洁与维修,垃圾渣土清运,"
           "道路委托遗撒清扫,粪便抽运消纳、粪便管道疏通和化粪池掏挖等工作,并经销环卫设施。")),
    ("p", "(二)人员构成情况"),
    ("p", "行政编制0人,实有人数0人;事业编制82人,实有人数61人。"),
    ("h", "二、收入支出决算总体情况说明"),
    ("p", "2020年度收、支总计6260.90万元,比上年增加474.52万元,增长8.20%。"),
    ("p", "(一)收入决算说明"),
    ("p", ("2020年度本年收入合计6023.69万元,比上年增加418.47万元,增长7.47%,其中:财政拨款收入5505.38万元,"
           "占收入合计的91.40%;上级补助收入0万元,占收入合计的0%;事业收入514.89万元,占收入合计的8.55%;"
           "经营收入0万元,占收入合计的0%;附属单位上缴收入0万元,占收入合计的0%;")),
]

# ---------------------------------------------------------------- gold

GOLD = {}

GOLD["huaian_zfgzbg_mubiao.docx"] = {
    "source_urls": [URL_HUAIAN],
    "province": "河北省",
    "doc_kind": "县政府工作报告节选(年度主要预期目标与重点任务,目标只在正文中)",
    "patterns": [],
    "indicators": [
        ind("地区生产总值", ">=", 6.5, "%", "增长6.5%以上"),
        ind("固定资产投资", ">=", 7, "%", "增长7%以上"),
        ind("一般公共预算收入", ">=", 6.5, "%", "增长6.5%以上"),
        ind("社会消费品零售总额", ">=", 10, "%", "增长10%以上"),
        ind("居民人均可支配收入", ">=", 8, "%", "增长8%以上"),
        ind("规上工业增加值", ">=", 6, "%", "增长6%以上"),
        ind("外贸进出口总额", ">=", 6, "%", "增长6%以上"),
        ind("大气质量", None, None, None, "稳定改善"),
        ind("城镇登记失业率", "<=", None, None, "控制在省、市下达的目标以内"),
        ind("单位GDP能耗", "<=", None, None, "控制在省、市下达的目标以内"),
        ind("糯玉米、蔬菜、杂粮等种植面积", None, None, None, "扩大"),
        ind("肉牛、肉驴养殖规模", None, None, None, "扩大"),
        ind("东沙洼村、西沙洼村土地", "=", 2900, "亩", "改造东沙洼村、西沙洼村土地2900亩"),
        ind("重大项目前期手续办理", "=", 13, "个", "13个重大项目前期手续办理"),
    ],
    "goals": [{"kind": "年度目标", "text": HUAIAN_GOAL}],
    "facts": [],
    "findings": [
        finding("target.vague_wording", "大气质量",
                "“稳定改善”没有数值、基线或等级,无法衡量是否达成"),
        finding("target.missing_value", "城镇登记失业率",
                "只写“控制在省、市下达的目标以内”,文中没有给出具体数值"),
        finding("target.missing_value", "单位GDP能耗",
                "只写“控制在省、市下达的目标以内”,文中没有给出具体数值"),
        finding("target.missing_value", "糯玉米、蔬菜、杂粮等种植面积",
                "只说“扩大”,没有面积数值和单位"),
        finding("target.missing_value", "肉牛、肉驴养殖规模",
                "只说“扩大”,没有存栏/出栏数值和单位"),
        finding("target.input_or_process", "重大项目前期手续办理",
                "以办理前期手续的项目个数为目标,衡量的是过程而非产出或效果"),
    ],
    "notes": ("存储页面是县政府工作报告的第3页(网址以_3结尾),从“全县经济社会发展的主要预期目标是”开始,"
              "前文(报告标题、年份、上年回顾)不在页面中,所以文中用“……”起头;年份不写,只写“今年”。"
              "县名只在“全力推进怀安乡村振兴综合开发基地项目”一句中出现(河北省张家口市怀安县)。"
              "页面停在“推进乡村建设行动。对“空心村”治”,文档到“推进乡村建设行动。”为止。"
              "这不是预算绩效表,而是规划性文本中的目标段落;七个增速目标写法为“增长X%以上”,按≥记,"
              "单位为%(增速)。“控制在…以内”按≤记但无数值。〔17〕〔18〕〔19〕〔20〕是原文的注释编号,照录。"
              "长句已改写,数字保持原样。"),
}

GOLD["tianjin_laojiu_xiaoqu_fangan_2020.docx"] = {
    "source_urls": [URL_TIANJIN],
    "province": "天津市",
    "doc_kind": "市级工作方案(征求意见稿)及新闻导读,目标只在正文中",
    "patterns": [],
    "indicators": [
        ind("新开工改造城镇老旧小区", "=", 49, "个", "49个"),
        ind("改造面积", "=", 256, "万平方米", "256万平方米"),
        ind("惠及居民", "=", 3.2, "万户", "3.2万户"),
        ind("2000年底前建成的城镇老旧小区改造任务", None, None, None, "力争基本完成"),
    ],
    "goals": [
        {"kind": "年度目标", "text": TIANJIN_GOAL_YEAR},
        {"kind": "中期目标", "text": TIANJIN_GOAL_MID},
    ],
    "facts": [],
    "findings": [
        finding("target.qualitative_no_scale", "2000年底前建成的城镇老旧小区改造任务",
                "“力争基本完成”没有完成比例或数量,无法判定达成程度"),
    ],
    "notes": ("存储页面是转载天津市住房城乡建设委征求意见公告的新闻页(市级,非区级;北方角度下区级带表格的页面"
              "已全部被用过)。导读段和正文第一段内容重复,照样保留两遍(改写措辞)。"
              "2020年三项数字(49个、256万平方米、3.2万户)按计划值记“=”。方案正文写明“不层层下指标”,"
              "因此区级指标不在文中。页面停在“结合开展“美好环境与”,文档到第3条第一句为止;"
              "数量以外的质量、效益、满意度目标可能在页面之后,不据此判缺维度。"),
}

GOLD["fengtai_wanping_huanwei_juesuan_2020.docx"] = {
    "source_urls": [URL_FENGTAI],
    "province": "北京市",
    "doc_kind": "区级部门(单位)决算草案说明(2020年度,收入构成与增幅)",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        fact("财政拨款收入占收入合计", "rate", 6023.69, [5505.38], "%", stated=91.40),
        fact("事业收入占收入合计", "rate", 6023.69, [514.89], "%", stated=8.55),
        fact("收、支总计比上年增长", "rate", 5786.38, [474.52], "%", stated=8.20,
             note="分母为上年数,由6260.90-474.52推得,文中未直接写出"),
        fact("本年收入合计比上年增长", "rate", 5605.22, [418.47], "%", stated=7.47,
             note="分母为上年数,由6023.69-418.47推得,文中未直接写出"),
    ],
    "findings": [],
    "notes": ("北京市丰台区环境卫生服务中心宛平环卫所2020年度决算草案(区级)。存储页面只到收入决算说明中"
              "“其他收入3.”处中断,文档在“附属单位上缴收入0万元,占收入合计的0%;”后结束;因其他收入数缺失,"
              "不记收入构成的求和事实。四个比率按文中小数位复核均相符(91.40%、8.55%、8.20%、7.47%),"
              "本文件作为无问题的对照样本。第四部分“部门绩效评价情况”只在目录中出现,正文不在页面中。"
              "职责一段已改写。facts 中 stated 为文中写出的比率。"),
}

GOLD["shizhu_minzheng_yusuan_2022.xlsx"] = {
    "source_urls": [URL_SHIZHU],
    "province": "重庆市",
    "doc_kind": "县级部门预算公开表(封面、财政拨款收支总表、一般公共预算财政拨款支出预算表)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        fact("本年收入", "sum", 15675.94, [15417.94, 258.00], "万元"),
        fact("上年结转", "sum", 190.25, [173.66, 16.58], "万元"),
        fact("收入合计", "sum", 15866.19, [15675.94, 190.25], "万元"),
        fact("本年支出(合计列)", "sum", 15866.19, [4.94, 15514.30, 39.94, 6.00, 32.43, 268.58], "万元"),
        fact("本年支出(按预算类别)", "sum", 15866.19, [15591.61, 274.58], "万元"),
        fact("一般公共预算支出", "sum", 15591.61, [4.94, 15514.30, 39.94, 32.43], "万元"),
        fact("政府性基金预算支出", "sum", 274.58, [6.00, 268.58], "万元"),
        fact("支出合计", "sum", 15866.19, [15591.61, 274.58], "万元"),
        fact("表二合计", "sum", 15591.61, [599.74, 14991.86], "万元"),
        fact("社会保障和就业支出", "sum", 15514.30, [527.37, 14986.93], "万元"),
        fact("民政管理事务", "sum", 811.07, [450.07, 361.00], "万元"),
        fact("民政管理事务基本支出", "sum", 450.07, [392.58, 57.49], "万元"),
    ],
    "findings": [
        finding("consistency.sum", "上年结转",
                "一般公共预算拨款173.66+政府性基金预算拨款16.58=190.24,表中写190.25,差0.01"),
        finding("consistency.sum", "合计",
                "表二合计行:基本支出599.74+项目支出14,991.86=15,591.60,总计写15,591.61,差0.01"),
    ],
    "notes": ("石柱土家族自治县民政局2022年部门预算公开表(县级,非北方;北方页面已用尽,作为预算表样本)。"
              "存储页面把工作表压平成竖线分隔文本,列位置丢失。列位靠合计反推:城乡社区支出6.00和其他支出268.58"
              "放在政府性基金预算列(4.94+15514.30+39.94+32.43=15591.61,6.00+268.58=274.58);"
              "表二中一般公共服务支出各行4.94和一般行政管理事务30.00放在项目支出列,机关服务57.49放在基本支出列"
              "(392.58+57.49=450.07)。“国有资本经营预算资金”的预算数为空,照留空。页面列出封面及表一至表十三,"
              "文本只到表二“2080207 行政”处中断,本文件只做封面、表一、表二(表二到2080203机关服务为止)。"
              "210、221类在表二中未出现,所以表二项目支出列(4.94+14,986.93=14,991.87对14,991.86)不判。"
              "数字按原样带千分位显示。封面的公章、签章、报送日期是模板文字。"),
}

GOLD["shenze_tuiyijunren_yusuan_2026.xlsx"] = {
    "source_urls": [URL_SHENZE],
    "province": "河北省",
    "doc_kind": "县级部门预算收支总表(2026年度)",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        fact("本年收入合计", "sum", 3415.94, [3415.94], "万元"),
    ],
    "findings": [],
    "notes": ("深泽县(河北省石家庄市)退役军人事务局2026年部门预算信息公开页的第一张表。预算年度2026,"
              "超出本角度2018–2024的范围,因为北方县级页面几乎全部已用,仍收录作为河北县级收支总表版式样本。"
              "表头两行:序号(跨两行)、收入、支出各跨两列,第二行只有“预算数”;第三行是栏次1–4(非金额的数字行)。"
              "支出列只有社会保障和就业支出3301.71、卫生健康支出163.23、住房保障支出17.74三项有数,合计3482.68,"
              "大于本年收入合计3415.94,但页面在第31行“本年支”处中断,本年支出合计和上年结转都看不到,"
              "所以不判收支平衡。第31行只保留收入侧。"),
}


def write_annotations(outdir):
    ann = outdir / "annotations"
    ann.mkdir(parents=True, exist_ok=True)
    for fname, gold in GOLD.items():
        pdfname = Path(fname).with_suffix(".pdf").name
        for src in (fname, pdfname):
            row = {"source": src}
            row.update(gold)
            (ann / (src + ".json")).write_text(
                json.dumps(row, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- DOCX helpers

def new_docx():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Noto Sans CJK SC"
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    cp = doc.core_properties
    cp.author = "blind281"
    cp.last_modified_by = "blind281"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def add_blocks(doc, blocks):
    for kind, text in blocks:
        para = doc.add_paragraph()
        run = para.add_run(text)
        if kind == "title":
            run.bold = True
            run.font.size = Pt(15)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "center":
            run.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            run.bold = True


def build_huaian(path):
    doc = new_docx()
    blocks = []
    for i, text in enumerate(HUAIAN_PARAS):
        blocks.append(("h" if i == 3 else "p", text))
    add_blocks(doc, blocks)
    doc.save(path)


def build_tianjin(path):
    doc = new_docx()
    add_blocks(doc, TIANJIN_BLOCKS)
    doc.save(path)


def build_fengtai(path):
    doc = new_docx()
    add_blocks(doc, FENGTAI_BLOCKS)
    doc.save(path)


# ---------------------------------------------------------------- XLSX helpers

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CJK = "Noto Sans CJK SC"


def new_wb():
    wb = Workbook()
    wb.properties.creator = "blind281"
    wb.properties.lastModifiedBy = "blind281"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def fit_sheet(ws, landscape=False):
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if landscape:
        ws.page_setup.orientation = "landscape"


def put(ws, ref, value, bold=False, box=True, align="center", numfmt=None, size=10):
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=CJK, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if box:
        cell.border = BOX
    if numfmt and isinstance(value, (int, float)):
        cell.number_format = numfmt


def box_range(ws, rng):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX


def build_shizhu(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "封面"
    ws.column_dimensions["A"].width = 70
    cover = ["2022年部门预算公开表", "石柱土家族自治县民政局", "(公章)",
             "报送日期:      年    月    日",
             "单位负责人签章:          财务负责人签章:          制表人签章:"]
    for i, text in enumerate(cover, start=2):
        put(ws, f"A{i * 2}", text, bold=(i < 4), box=False, size=(16 if i < 4 else 11))
    fit_sheet(ws)

    # 表一 财政拨款收支总表
    t1 = wb.create_sheet("表一")
    widths = {"A": 22, "B": 13, "C": 22, "D": 13, "E": 14, "F": 14, "G": 16}
    for col, w in widths.items():
        t1.column_dimensions[col].width = w
    put(t1, "A1", "表一", box=False, align="left")
    t1.merge_cells("A2:G2")
    put(t1, "A2", "财政拨款收支总表", bold=True, box=False, size=14)
    put(t1, "G3", "单位:万元", box=False, align="right")
    t1.merge_cells("A4:B4")
    put(t1, "A4", "收入", bold=True)
    t1.merge_cells("C4:G4")
    put(t1, "C4", "支出", bold=True)
    box_range(t1, "A4:G4")
    header = ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]
    for j, h in enumerate(header):
        put(t1, f"{'ABCDEFG'[j]}5", h, bold=True)
    rows = [
        ["一、本年收入", 15675.94, "一、本年支出", 15866.19, 15591.61, 274.58, None],
        ["一般公共预算资金", 15417.94, "一般公共服务支出", 4.94, 4.94, None, None],
        ["政府性基金预算资金", 258.00, "社会保障和就业支出", 15514.30, 15514.30, None, None],
        ["国有资本经营预算资金", None, "卫生健康支出", 39.94, 39.94, None, None],
        [None, None, "城乡社区支出", 6.00, None, 6.00, None],
        [None, None, "住房保障支出", 32.43, 32.43, None, None],
        [None, None, "其他支出", 268.58, None, 268.58, None],
        ["二、上年结转", 190.25, "二、结转下年", None, None, None, None],
        ["一般公共预算拨款", 173.66, None, None, None, None, None],
        ["政府性基金预算拨款", 16.58, None, None, None, None, None],
        ["国有资本经营收入", None, None, None, None, None, None],
        ["收入合计", 15866.19, "支出合计", 15866.19, 15591.61, 274.58, None],
    ]
    for i, row in enumerate(rows, start=6):
        for j, val in enumerate(row):
            align = "left" if j in (0, 2) else "right"
            put(t1, f"{'ABCDEFG'[j]}{i}", val, bold=(row[0] == "收入合计"),
                align=align, numfmt="#,##0.00")
    fit_sheet(t1, landscape=True)

    # 表二 一般公共预算财政拨款支出预算表
    t2 = wb.create_sheet("表二")
    for col, w in {"A": 14, "B": 24, "C": 14, "D": 14, "E": 14}.items():
        t2.column_dimensions[col].width = w
    put(t2, "A1", "表二", box=False, align="left")
    t2.merge_cells("A2:E2")
    put(t2, "A2", "一般公共预算财政拨款支出预算表", bold=True, box=False, size=14)
    put(t2, "E3", "单位:万元", box=False, align="right")
    t2.merge_cells("A4:B4")
    put(t2, "A4", "功能分类科目", bold=True)
    t2.merge_cells("C4:E4")
    put(t2, "C4", "2022年预算数", bold=True)
    box_range(t2, "A4:E4")
    for j, h in enumerate(["科目编码", "科目名称", "总计", "基本支出", "项目支出"]):
        put(t2, f"{'ABCDE'[j]}5", h, bold=True)
    t2.merge_cells("A6:B6")
    put(t2, "A6", "合计", bold=True)
    box_range(t2, "A6:B6")
    for j, val in enumerate([15591.61, 599.74, 14991.86]):
        put(t2, f"{'CDE'[j]}6", val, bold=True, align="right", numfmt="#,##0.00")
    rows2 = [
        ["201", "一般公共服务支出", 4.94, None, 4.94],
        ["20132", "组织事务", 4.94, None, 4.94],
        ["2013299", "其他组织事务支出", 4.94, None, 4.94],
        ["208", "社会保障和就业支出", 15514.30, 527.37, 14986.93],
        ["20802", "民政管理事务", 811.07, 450.07, 361.00],
        ["2080201", "行政运行", 392.58, 392.58, None],
        ["2080202", "一般行政管理事务", 30.00, None, 30.00],
        ["2080203", "机关服务", 57.49, 57.49, None],
    ]
    for i, row in enumerate(rows2, start=7):
        for j, val in enumerate(row):
            align = "left" if j < 2 else "right"
            put(t2, f"{'ABCDE'[j]}{i}", val, align=align, numfmt="#,##0.00")
    fit_sheet(t2)
    wb.save(path)


def build_shenze(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "部门预算收支总表"
    for col, w in {"A": 8, "B": 34, "C": 14, "D": 34, "E": 14}.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:E1")
    put(ws, "A1", "部门预算收支总表", bold=True, box=False, size=14)
    put(ws, "A2", "321深泽县退役军人事务局", box=False, align="left")
    ws.merge_cells("A2:B2")
    put(ws, "C2", "预算年度:2026", box=False)
    put(ws, "E2", "单位:万元", box=False, align="right")
    ws.merge_cells("A3:A4")
    put(ws, "A3", "序号", bold=True)
    ws.merge_cells("B3:C3")
    put(ws, "B3", "收入", bold=True)
    ws.merge_cells("D3:E3")
    put(ws, "D3", "支出", bold=True)
    box_range(ws, "A3:E4")
    put(ws, "B4", None)
    put(ws, "C4", "预算数", bold=True)
    put(ws, "D4", None)
    put(ws, "E4", "预算数", bold=True)
    for j, val in enumerate(["栏次", "1", "2", "3", "4"]):
        put(ws, f"{'ABCDE'[j]}5", val)
    income = ["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入",
              "四、财政专户管理资金收入", "五、单位资金"]
    spend = ["一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出",
             "六、科学技术支出", "七、文化旅游体育与传媒支出", "八、社会保障和就业支出", "九、社会保险基金支出",
             "十、卫生健康支出", "十一、节能环保支出", "十二、城乡社区支出", "十三、农林水支出",
             "十四、交通运输支出", "十五、资源勘探工业信息等支出", "十六、商业服务业等支出", "十七、金融支出",
             "十八、援助其他地区支出", "十九、自然资源海洋气象等支出", "二十、住房保障支出",
             "二十一、粮油物资储备支出", "二十二、国有资本经营预算支出", "二十三、灾害防治及应急管理支出",
             "二十四、预备费", "二十五、其他支出", "二十六、转移性支出", "二十七、债务还本支出",
             "二十八、债务付息支出", "二十九、债务发行费用支出", "三十、抗疫特别国债安排的支出"]
    income_vals = {0: 3415.94}
    spend_vals = {7: 3301.71, 9: 163.23, 19: 17.74}
    for k in range(30):
        r = 6 + k
        put(ws, f"A{r}", k + 1)
        put(ws, f"B{r}", income[k] if k < len(income) else None, align="left")
        put(ws, f"C{r}", income_vals.get(k), align="right", numfmt="0.00")
        put(ws, f"D{r}", spend[k], align="left")
        put(ws, f"E{r}", spend_vals.get(k), align="right", numfmt="0.00")
    put(ws, "A36", 31)
    put(ws, "B36", "本年收入合计", bold=True, align="left")
    put(ws, "C36", 3415.94, bold=True, align="right", numfmt="0.00")
    put(ws, "D36", None)
    put(ws, "E36", None)
    fit_sheet(ws)
    wb.save(path)


BUILDERS = {
    "huaian_zfgzbg_mubiao.docx": build_huaian,
    "tianjin_laojiu_xiaoqu_fangan_2020.docx": build_tianjin,
    "fengtai_wanping_huanwei_juesuan_2020.docx": build_fengtai,
    "shizhu_minzheng_yusuan_2022.xlsx": build_shizhu,
    "shenze_tuiyijunren_yusuan_2026.xlsx": build_shenze,
}


# ---------------------------------------------------------------- determinism

CORE_DATE_RE = re.compile(
    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)")


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    core = "docProps/core.xml"
    if core in items:
        text = items[core].decode("utf-8")
        text = CORE_DATE_RE.sub(lambda m: m.group(1) + FIXED_ISO + m.group(3), text)
        items[core] = text.encode("utf-8")
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    tmp.replace(path)


def same_len(pattern, make):
    def repl(m):
        new = make(m)
        return new[:len(m.group(0))].ljust(len(m.group(0)), b" ")
    return pattern, repl


PDF_FIXES = [
    same_len(re.compile(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)"),
             lambda m: b"/" + m.group(1) + b"(D:20240101000000Z)"),
    same_len(re.compile(rb"<(xmp:\w+Date|xap:\w+Date)>[^<]*</"),
             lambda m: b"<" + m.group(1) + b">2024-01-01T00:00:00Z</"),
    same_len(re.compile(rb"<xmpMM:DocumentID>[^<]*</"),
             lambda m: b"<xmpMM:DocumentID>uuid:0</"),
    same_len(re.compile(rb"<xmpMM:InstanceID>[^<]*</"),
             lambda m: b"<xmpMM:InstanceID>uuid:0</"),
    same_len(re.compile(rb"/DocChecksum\s*/[0-9A-Fa-f]+"),
             lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14)),
]
PDF_ID_RE = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")


def fix_pdf(path):
    data = path.read_bytes()
    for pattern, repl in PDF_FIXES:
        data = pattern.sub(repl, data)
    data = PDF_ID_RE.sub(
        lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1)))
        .replace(m.group(2), b"0" * len(m.group(2))), data)
    path.write_bytes(data)


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    fix_pdf(pdf)
    return pdf


# ---------------------------------------------------------------- checks

def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                 capture_output=True).stdout.decode("utf-8"))
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if w and squash(w) not in text]
    return missing


def build_all(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    write_annotations(outdir)
    problems = []
    for fname, builder in BUILDERS.items():
        path = outdir / fname
        builder(path)
        normalize_zip(path)
        pdf = export_pdf(path)
        miss = check_pdf(pdf, GOLD[fname])
        if miss:
            problems.append((pdf.name, miss))
    return problems


def md5s(outdir):
    out = {}
    for fname in BUILDERS:
        for name in (fname, Path(fname).with_suffix(".pdf").name):
            out[name] = hashlib.md5((outdir / name).read_bytes()).hexdigest()
    return out


def main():
    problems = build_all(HERE)
    for name, miss in problems:
        print("MISSING in", name, ":", miss)
    print("text check:", "FAILED" if problems else "ok")
    if "--twice" in sys.argv:
        other = Path("/tmp/lo_blind281/rebuild")
        if other.exists():
            shutil.rmtree(other)
        build_all(other)
        first, second = md5s(HERE), md5s(other)
        diff = [k for k in first if first[k] != second[k]]
        for k in sorted(first):
            print(first[k], k, "" if first[k] == second[k] else "DIFFERS")
        print("determinism:", "FAILED " + str(diff) if diff else "ok (two runs identical)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
