# -*- coding: utf-8 -*-
"""blind215: code-blind real-layout part (transfer-payment / special-fund performance targets).

Gold first (as Python data), then the DOCX builder, the LibreOffice PDF export,
the annotation writer and a pdftotext check.  Run with /tmp/venv/bin/python.
Longer sentences of the source pages are rewritten in my own words (numbers kept);
names, values, units, amounts, dates and organisations are kept as written.
"""
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

PART = "blind215"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages, before any file is built)
# ---------------------------------------------------------------------------
GOLD = {
    "guangdong-chaozhou-lenglian-renwuqingdan-gongshi.docx": {
        "source_urls": ["https://www.chaozhou.gov.cn/zwgk/gsgg/content/post_3893640.html"],
        "province": "广东省",
        "doc_kind": "专项资金任务清单和绩效目标公示",
        "patterns": [5, 8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "潮州市供销合作联社公示(省级专项资金:公共型农产品冷链物流补助试点)。存储页止于附件1任务清单第一行的"
            "“绩效指标”格(只剩“围绕特色优质农产品”),分配资金格与附件2绩效目标表均不在存储页内,故无可读指标行、"
            "无绩效目标文字。任务清单虽有“绩效指标”列,但该格被截断、无指标名称和数值,未作指标行,也未判为"
            "table_not_understood(表本身是任务清单,行可读)。公示说明与异议程序文字已改写;单位、人名、电话照录。"
        ),
    },
    "national-shuiwuran-zijin-zhengtimubiao-xinwen.docx": {
        "source_urls": ["https://www.lianhuakeji.com/page9?article_id=3200"],
        "province": "全国",
        "doc_kind": "中央对地方转移支付整体绩效目标(新闻转述)",
        "patterns": [6],
        "indicators": [
            {"level1": None, "level2": "质量指标", "name": "重点流域达到或优于Ⅲ类比例",
             "operator": ">=", "value": 84.2, "unit": "%", "target_text": "≥84.2%",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": "质量指标",
             "name": "地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例",
             "operator": ">=", "value": 91, "unit": "%", "target_text": "≥91%",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": "质量指标", "name": "地下水国控点位V类水比例",
             "operator": None, "value": 25, "unit": "%", "target_text": "达25%左右",
             "actual": None, "weight": None, "score": None},
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "水生态环境质量得到持续改善",
             "why": "整体绩效目标表把“水生态环境质量得到持续改善”列为生态效益指标,只有“持续改善”,没有数值、基线或分级标准,无法衡量。"},
        ],
        "notes": (
            "企业网站转载的新闻(来源标为仪器信息网),转述财政部提前下达2023年水污染防治资金170亿元及随文下达的"
            "《水污染防治资金整体绩效目标表》。三项质量指标写在正文中,按正文取为指标行(一级指标未写,level1=null)。"
            "“地下水国控点位V类水比例达25%左右”:“达…左右”是约数,不给方向,operator 取 null;V类为劣质水,"
            "按理应为≤方向,记在此处不另出规则。生态效益指标“水生态环境质量得到持续改善”无数字,按说明不作指标行,"
            "作为 target.vague_wording 发现。210亿元(大气污染防治资金)、青海14.5亿、湖南12.5亿、湖北11.6亿只是列举,"
            "不构成合计关系,未记 facts。存储页到此为止(全文)。"
        ),
    },
    "national-chuqinfenwu-ziyuanhua-2019-xinwen.docx": {
        "source_urls": ["http://agroxq.com/News/1290648.html"],
        "province": "全国",
        "doc_kind": "中央财政奖补资金项目绩效目标(新闻转述)",
        "patterns": [6],
        "indicators": [
            {"level1": None, "level2": None, "name": "畜禽粪污资源化利用项目县控制数量",
             "operator": None, "value": 339, "unit": "个", "target_text": "共339个",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "项目县畜禽粪污综合利用率",
             "operator": ">=", "value": 90, "unit": "%", "target_text": "达到90%以上",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "规模养殖场粪污处理设施装备配套率",
             "operator": ">=", "value": 100, "unit": "%", "target_text": "达到100%",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "畜禽粪污综合利用率",
             "operator": ">=", "value": 75, "unit": "%", "target_text": "达到75%以上",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "规模养殖场粪污处理设施设备配套率",
             "operator": ">=", "value": 95, "unit": "%", "target_text": "达到95%以上",
             "actual": None, "weight": None, "score": None},
        ],
        "goals": [
            {"kind": "总体目标", "text": "实现畜牧养殖大县粪污资源化利用整县治理全覆盖"},
            {"kind": "年度目标", "text": "年内完成“十三五”畜禽粪污资源化利用目标任务"},
        ],
        "facts": [
            {"metric": "2019年畜禽粪污资源化利用项目县控制数量", "kind": "sum",
             "total": 339, "parts": [220, 119], "unit": "个"},
        ],
        "findings": [
            {"rule": "target.impossible_value", "item": "规模养殖场粪污处理设施装备配套率",
             "why": "“达到100%”按“达到”读作≥100%,比率不可能超过100%,实为=100%。"},
            {"rule": "goal.unquantified", "item": "年内完成“十三五”畜禽粪污资源化利用目标任务",
             "why": "只说完成“十三五”目标任务,没有写出任务的数量或比率。"},
        ],
        "notes": (
            "畜牧家禽网转载中国环境网新闻,转述农业农村部、财政部《关于做好2019年畜禽粪污资源化利用项目实施工作的通知》。"
            "存储页开头无标题行,直接从“畜牧家禽网 时间:…”开始,照此重建。项目县两组目标(项目县;整省、整市推进地区)"
            "写在同一句中,按原文用词取名:第二组的综合利用率原文无限定词,名称即“畜禽粪污综合利用率”;配套率两处原文分别为"
            "“设施装备配套率”和“设施设备配套率”,照录。“达到…以上”取 >=;“达到100%”按领域规则“达到”= >=,因而记为"
            "impossible_value。猪当量分档的累计补助上限(3500/4000/4500/5000万元)是资金上限,不是绩效指标,未作行。"
            "339=220+119 记为合计事实。存储页到“不再递补”为止(全文)。"
        ),
    },
    "henan-chuqinfenwu-ziyuanhua-2018-xinwen.docx": {
        "source_urls": ["http://m.xumurc.com/weixin/newsshow/60013"],
        "province": "河南省",
        "doc_kind": "中央财政奖补资金项目绩效目标(新闻转述)",
        "patterns": [6],
        "indicators": [
            {"level1": None, "level2": None, "name": "整县推进地区畜禽粪污综合利用率",
             "operator": ">=", "value": 90, "unit": "%", "target_text": "将达90%以上",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "规模养殖场粪污处理设施装备配套率",
             "operator": ">=", "value": 100, "unit": "%", "target_text": "达到100%",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "整市推进地区畜禽粪污综合利用率",
             "operator": ">=", "value": 75, "unit": "%", "target_text": "将达75%以上",
             "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "规模养殖场粪污处理设施装备配套率",
             "operator": ">=", "value": 95, "unit": "%", "target_text": "达95%以上",
             "actual": None, "weight": None, "score": None},
        ],
        "goals": [
            {"kind": "总体目标", "text": "大幅提高畜禽粪污资源化利用率"},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.impossible_value", "item": "规模养殖场粪污处理设施装备配套率",
             "why": "整县推进地区一行“达到100%”读作≥100%,比率不能超过100%,实为=100%。"},
            {"rule": "goal.unquantified", "item": "大幅提高畜禽粪污资源化利用率",
             "why": "“大幅提高”没有数值或基线;数值只在后面的分项目标里出现。"},
        ],
        "notes": (
            "牧通人才网(手机版)行业新闻,转述河南省畜牧局、省财政厅2018年畜禽粪污资源化利用项目工作方案。"
            "两组目标(整县推进地区、整市推进地区)写在一句中;两处配套率原文都叫“规模养殖场粪污处理设施装备配套率”,"
            "名称相同、数值不同(100%/95%),照录两行,不算 duplicate。“将达…以上”“达…以上”取 >=,“达到100%”取 >= 并记 "
            "impossible_value。14个项目县、驻马店含6个畜牧大县、补助上限3500/4000/4500/5000万元与最高5000万元都是事实叙述,"
            "不构成合计,未记 facts。页尾“上一篇/下一篇”及备案号照录。存储页到此为止(全文)。"
        ),
    },
    "hubei-shennongjia-gongyilin-buchang-qingshi.docx": {
        "source_urls": ["http://www.snjnationalpark.com/zwgk/gknr/gsgg/202108/t4314148.shtml"],
        "province": "湖北省",
        "doc_kind": "转移支付资金拨付请示(附区域绩效目标表)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "神农架国家公园管理局向林区财政局请示拨付省级林业一般性转移支付中的生态公益林补偿资金290万元。"
            "附件2《…区域绩效目标表》只列了名称,表格不在存储页内,故无指标行。请示中“加强生物多样性保护、改善生态环境”"
            "等是拨款理由,不是绩效目标表中的目标,未作 goals。正文两段已改写;文号、金额、日期、单位照录。"
        ),
    },
}

# ---------------------------------------------------------------------------
# DOCUMENT CONTENT (layout as found; long sentences rewritten, numbers kept)
# Each block: ("p", text, opts) or ("table", rows, opts)
# ---------------------------------------------------------------------------
CHAOZHOU_ROW_CONTENT = (
    "以潮州柑、水产品及凉果加工原料等特色优质农产品为对象,开展全程冷链社会化服务;依靠龙头企业带动与业务协同,"
    "运用数字化手段,贯通“采购、储藏、运输、加工、销售”各环节,为特色优质农产品冷链全程提供服务保障。"
)

CONTENT = {
    "guangdong-chaozhou-lenglian-renwuqingdan-gongshi.docx": [
        ("p", "关于下达 2024 年公共型农产品冷链物流补助试点专项资金任务清单和绩效目标的公示", {"bold": True, "center": True, "size": 14}),
        ("p", "2024-05-07 00:00", {}),
        ("p", "发布单位:潮州市供销合作联社", {}),
        ("p", "【浏览字体:", {}),
        ("p", "关于下达2024年公共型农产品冷链物流补助试点专项资金任务清单和绩效目标的公示", {"bold": True, "center": True}),
        ("p", "依照省级财政专项资金管理办法的规定,潮州市供销合作联社把《2024 年公共型农产品冷链物流补助试点专项资金任务清单》"
              "和《绩效目标表》公开公示(见附件),公示时间为2024年5月7—11日,共5天。", {"indent": True}),
        ("p", "对公示内容有不同意见的,请在公示期内以书面形式向市供销联社反映。以个人名义反映的,须提供真实姓名、联系方式及"
              "所反映事项的证明材料;以单位名义反映的,须提供单位真实名称(加盖公章)、联系人、联系方式及所反映事项的证明材料。",
         {"indent": True}),
        ("p", "联 系 人:潮州市供销合作联社财务科 林耀", {"indent": True}),
        ("p", "联系电话:0768-2298412", {"indent": True}),
        ("p", "附件:1.2024年公共型农产品冷链物流补助试点专项资金任务清单", {"indent": True}),
        ("p", "          2.绩效目标表", {}),
        ("p", "附件1", {}),
        ("p", "2024年公共型农产品冷链物流补助试点专项资金任务清单", {"bold": True, "center": True}),
        ("p", "单位:万元", {"right": True}),
        ("table", [
            ["分档", "项目单位", "项目名称", "项目建设内容", "绩效指标", "分配\n资金"],
            ["第三档", "潮安区供销合作社联合社", "2024年公共型农产品冷链物流服务补助试点",
             CHAOZHOU_ROW_CONTENT, "围绕特色优质农产品", ""],
        ], {"bold_header": True, "widths": [1.3, 2.3, 2.6, 5.0, 2.6, 1.2]}),
    ],
    "national-shuiwuran-zijin-zhengtimubiao-xinwen.docx": [
        ("p", "服务热线:400-800-1982", {"right": True}),
        ("p", "新闻动态", {"bold": True}),
        ("p", "News Bulletin", {}),
        ("p", "又170亿!财政部提前下达2023年水污染防治资金预算", {"bold": True, "center": True, "size": 14}),
        ("p", "来源:仪器信息网 | 作者:连华科技 | 发布时间: 2022-11-29 | 1208 次浏览 | 分享到:", {"center": True}),
        ("p", "继提前下达210亿元2023年大气污染防治资金后,财政部在环境领域再加码!据悉,财政部近日发出通知,提前下达2023年"
              "水污染防治资金预算共计170亿元,用于支持流域水污染治理、流域水生态保护修复、集中式饮用水水源地保护、地下水生态"
              "环境保护以及水污染防治监管能力建设等生态环境保护工作。各省中青海省获得最多,为14.5亿元;湖南省12.5亿元居次,"
              "湖北省为11.6亿元。", {"indent": True}),
        ("p", "随通知一并下达的《水污染防治资金整体绩效目标表》设定的质量指标包括:重点流域达到或优于Ⅲ类比例≥84.2%,"
              "地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例≥91%,地下水国控点位V类水比例达25%左右;"
              "生态效益指标则为水生态环境质量得到持续改善。", {"indent": True}),
    ],
    "national-chuqinfenwu-ziyuanhua-2019-xinwen.docx": [
        ("p", "畜牧家禽网 时间:2019/5/5 15:10:00 来源:中国环境网 阅读数:", {}),
        ("p", "农业农村部、财政部近日联合发布《关于做好2019年畜禽粪污资源化利用项目实施工作的通知》。中央财政今年继续对畜禽"
              "粪污资源化利用给予支持,要求整省、整市推进的地区切实加大财政投入,年内完成“十三五”畜禽粪污资源化利用目标任务。",
         {"indent": True}),
        ("p", "2019年畜禽粪污资源化利用项目县控制数量指标共339个,其中今年新建项目县220个、2018年续建项目县119个。",
         {"indent": True}),
        ("p", "《通知》提到,今年中央一号文件明确提出要实现畜牧养殖大县粪污资源化利用整县治理全覆盖。项目完成后,项目县畜禽"
              "粪污综合利用率达到90%以上,规模养殖场粪污处理设施装备配套率达到100%;整省、整市推进畜禽粪污资源化利用的地区,"
              "2019年畜禽粪污综合利用率达到75%以上,规模养殖场粪污处理设施设备配套率达到95%以上。", {"indent": True}),
        ("p", "按《通知》,中央财政奖补资金原则上按猪当量(按生猪、牛存栏量折算,1头牛折合5头猪)分档设定累计补助上限:猪当量"
              "50万头以下的项目县为3500万元,51万头-70万头为4000万元,71万头-99万头为4500万元,100万头以上为5000万元。",
         {"indent": True}),
        ("p", "中央财政奖补资金按省下达:2019年新启动的项目今年先安排一部分,后续资金明年依据绩效评价结果安排;2018年启动的"
              "项目今年把剩余资金安排到位。各地可结合中央奖补资金规模和本地实际,自行确定补助方式、对象和标准。",
         {"indent": True}),
        ("p", "同时加强监管,项目实施方案明显不合要求的项目县将被直接取消奖补资格,并且不再递补。", {"indent": True}),
    ],
    "henan-chuqinfenwu-ziyuanhua-2018-xinwen.docx": [
        ("p", "使用牧通人才网APP", {}),
        ("p", "轻轻松松找工作", {}),
        ("p", "立即打开", {}),
        ("p", "行业新闻", {"bold": True}),
        ("p", "首页>行业新闻>河南:畜禽粪污利用项目最高获财补0.5亿", {}),
        ("p", "河南:畜禽粪污利用项目最高获财补0.5亿", {"bold": True, "center": True, "size": 14}),
        ("p", "6月6日记者了解到,河南省畜牧局和省财政厅已联合印发2018年畜禽粪污资源化利用项目工作方案。中央财政今年仍以"
              "以奖代补方式支持河南省畜禽粪污资源化利用,整县推进的项目县累计补助最高可达5000万元。", {"indent": True}),
        ("p", "该省项目着眼于规模养殖场源头减量,培育发展畜禽粪污资源化利用产业,拓宽农用有机肥和沼气的利用渠道,力求"
              "大幅提高畜禽粪污资源化利用率。按要求,项目实施完成后,整县推进地区畜禽粪污综合利用率将达90%以上,规模养殖场"
              "粪污处理设施装备配套率达到100%;整市推进地区畜禽粪污综合利用率将达75%以上,规模养殖场粪污处理设施装备配套率"
              "达95%以上。", {"indent": True}),
        ("p", "今年河南省申报项目县共14个,其中驻马店市以整市推进方式申报,含6个畜牧大县。", {"indent": True}),
        ("p", "中央补助资金今年仍采取以奖代补方式支持畜牧大县开展畜禽粪污资源化利用。奖补资金按年度安排:2018年先拨付一部分,"
              "绩效考核合格后再安排后续资金。累计补助上限原则上按猪当量(按生猪、牛存栏量折算)分档:50万头以下的项目县为"
              "3500万元,51万~70万头为4000万元,71万~99万头为4500万元,100万头以上为5000万元。", {"indent": True}),
        ("p", "上一篇: 响应“2020计划”中国猪瘟净化之路国际研讨会重庆举办", {}),
        ("p", "下一篇: 重庆:持有效《种畜禽生产经营许可证》的种鸡场最多可获120万补贴", {}),
        ("p", "©2017 牧通人才网   |   赣ICP备08000932号222", {"center": True}),
    ],
    "hubei-shennongjia-gongyilin-buchang-qingshi.docx": [
        ("p", "神农架国家公园管理局关于拨付", {"bold": True, "center": True, "size": 14}),
        ("p", "2021年省级生态公益林补偿资金的请示", {"bold": True, "center": True, "size": 14}),
        ("p", "林区财政局:", {}),
        ("p", "按照《省财政厅关于提前下达2021年省级林业一般性转移支付资金的通知》(鄂财环发〔2021〕6号),我单位获下达"
              "2021年省级生态公益林补偿资金290万元,主要用于神农架国家公园辖区内生态公益林的建设、保护与管理。",
         {"indent": True}),
        ("p", "为做好2021年度神农架国家公园生物多样性保护、改善生态环境、推动经济社会可持续发展,按时兑付2021年生态公益林"
              "营造、抚育、保护和管理等各项费用及效益补偿,提高资金使用效益,特申请向神农架国家公园管理局拨付2021年省级"
              "生态公益林补偿资金290万元。", {"indent": True}),
        ("p", "特此请示,恳请拨付。", {"indent": True}),
        ("p", "附件:1.《省财政厅关于提前下达2021年省级林业一般性转移支付资金的通知》(鄂财环发〔2021〕6号)", {"indent": True}),
        ("p", "2.神农架国家公园管理局2021年省级生态公益林补偿资金区域绩效目标表", {"indent": True}),
        ("p", "神农架国家公园管理局", {"right": True}),
        ("p", "2021年2月18日", {"right": True}),
    ],
}


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
def _set_cjk(run, size=None, bold=False):
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is None:
        from docx.oxml import OxmlElement
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "SimSun")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def build_docx(name, blocks, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    for kind, data, opts in blocks:
        if kind == "p":
            p = doc.add_paragraph()
            r = p.add_run(data)
            _set_cjk(r, size=opts.get("size"), bold=opts.get("bold", False))
            if opts.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif opts.get("right"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if opts.get("indent"):
                p.paragraph_format.first_line_indent = Pt(21)
        elif kind == "table":
            rows = data
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ""
                    cell = t.cell(i, j)
                    cell.text = ""
                    lines = txt.split("\n")
                    par = cell.paragraphs[0]
                    for k, line in enumerate(lines):
                        if k:
                            par = cell.add_paragraph()
                        r = par.add_run(line)
                        _set_cjk(r, size=9, bold=(i == 0 and opts.get("bold_header", False)))
            widths = opts.get("widths")
            if widths:
                from docx.shared import Cm
                t.autofit = False
                for j, w in enumerate(widths):
                    t.columns[j].width = Cm(w)
                    for i in range(len(rows)):
                        t.cell(i, j).width = Cm(w)
            for (r0, c0, r1, c1) in opts.get("merges", []):
                a = t.cell(r0, c0)
                b = t.cell(r1, c1)
                a.merge(b)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = name
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    _deterministic_zip(buf.getvalue(), path)


def _deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def to_pdf(path):
    outdir = os.path.dirname(path)
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF not produced for %s" % path)
    return pdf


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    t = norm(txt)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and norm(ind[key]) not in t:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if norm(g["text"]) not in t:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if norm(f["item"]) not in t:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for name, gold in GOLD.items():
        path = os.path.join(HERE, name)
        build_docx(name, CONTENT[name], path)
        pdf = to_pdf(path)
        for fn in (name, os.path.basename(pdf)):
            rec = {"source": fn}
            rec.update(gold)
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=1)
        miss = check_pdf(pdf, gold)
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), miss)
        totals["docs"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(gold[k])
    print("totals", totals)
    if bad:
        sys.exit(1)
    print("all gold strings found in pdftotext output")


if __name__ == "__main__":
    main()
