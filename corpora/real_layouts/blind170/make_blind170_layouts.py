#!/usr/bin/env python3
"""blind170: real-layout documents (Central / South / South-West China) and their gold.

Gold first (GOLD), then the builders (python-docx / openpyxl), then PDF export with
LibreOffice (own profile), annotations/<file>.json for each file and its PDF, and a
pdftotext check that every indicator name, target text, goal text and finding item
(except the names of missing dimensions, which by definition are absent) is in the PDF.

Run:  /tmp/venv/bin/python make_blind170_layouts.py
"""
import copy
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind170"
FIXED_DT = datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)


def ind(name, target_text=None, operator=None, value=None, unit=None, level1=None, level2=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------------------------
# GOLD (written from the stored pages before any file is built)
# ---------------------------------------------------------------------------------------------

LX_GOAL = ("坚果提质增效基地面积≥4300亩,高优科技试验示范基地1个,防灾减灾设施5套,坚果智慧种植基地1个,"
           "区级示范基地2个,带动项目受益群众每年增收500元/亩,群众满意度≥90%。")

RONGAN_ROWS = [
    ("长安镇", 2150, "其中县农业投资有限公司新种任务1500亩,不计入长安镇绩效考核。"),
    ("板榄镇", 600, ""), ("雅瑶乡", 500, ""), ("大将镇", 650, ""), ("大坡乡", 400, ""),
    ("浮石镇", 500, ""), ("泗顶镇", 450, ""), ("沙子乡", 350, ""), ("桥板乡", 500, ""),
    ("东起乡", 250, ""), ("大良镇", 350, ""), ("潭头乡", 300, ""),
]

ZM_BATCHES = [
    # (批次, 项目个数, 合计, [(级次, 金额, 文号)], 实施地点)
    ("第一批", 6, "848.5", [("中央资金", "440", "豫财农综〔2024〕22号"), ("省级资金", "90", "豫财农综〔2024〕22号"),
                          ("市级资金", "318.5", "郑财预〔2025〕2号")], "大孟街道、广惠街街道"),
    ("第二批", 15, "2356.7", [("中央资金", "363", "豫财农综〔2024〕22号"),
                            ("省级资金", "358", "豫财农综〔2024〕22号、豫财农综〔2025〕16号"),
                            ("市级资金", "754.6", "郑财预〔2025〕2号"), ("县级资金", "881.1", "牟财预〔2025〕1号")],
     "大孟街道、广惠街街道、青年路街道、韩寺镇、官渡镇、雁鸣湖镇"),
    ("第三批", 4, "1472.2", [("中央资金", "525", "豫财农综〔2024〕22号"), ("市级资金", "64", "郑财预〔2025〕2号"),
                           ("县级资金", "883.2", "牟财预〔2025〕1号")], "青年路街道、韩寺镇"),
    ("第四批", 9, "1042.4", [("中央资金", "278", "豫财农综〔2025〕3号、豫财农综〔2024〕22号"),
                           ("省级资金", "163", "豫财农综〔2025〕3号"), ("市级资金", "329.5", "郑财预〔2025〕2号"),
                           ("县级资金", "271.9", "牟财预〔2025〕1号")],
     "大孟街道、官渡镇、韩寺镇、雁鸣湖镇、姚家镇"),
    ("第六批", 4, "522.7", [("中央资金", "121", "豫财农综〔2024〕22号"), ("市级资金", "257.6", "郑财预〔2025〕2号"),
                          ("县级资金", "144.1", "牟财预〔2025〕1号")], "大孟街道、韩寺镇、姚家镇"),
]


def _num(s):
    f = float(s)
    return int(f) if f == int(f) else f


GOLD = {
    "yunnan-linxiang-jianguo-xiangmugongshi.docx": {
        "source_urls": ["https://www.ynlx.gov.cn/artview/592/325008.html"],
        "province": "云南省",
        "doc_kind": "项目公示(绩效目标)",
        "patterns": [6, 10],
        "indicators": [
            ind("坚果提质增效基地面积", "≥4300亩", ">=", 4300, "亩"),
            ind("高优科技试验示范基地", "1个", None, 1, "个"),
            ind("防灾减灾设施", "5套", None, 5, "套"),
            ind("坚果智慧种植基地", "1个", None, 1, "个"),
            ind("区级示范基地", "2个", None, 2, "个"),
            ind("带动项目受益群众每年增收", "500元/亩", None, 500, "元/亩"),
            ind("群众满意度", "≥90%", ">=", 90, "%"),
        ],
        "goals": [{"kind": "绩效目标", "text": LX_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.unit_mismatch", "item": "带动项目受益群众每年增收",
             "why": "名称说的是受益群众(人/户)每年增收,单位却是元/亩,按面积计的增收与按人计的增收口径不一致。"},
            {"rule": "coverage.missing_dimension", "item": "质量指标",
             "why": "绩效目标只列数量、增收和满意度,没有任何质量指标(如提质增效后亩产、验收合格率)。"},
            {"rule": "coverage.missing_dimension", "item": "时效指标",
             "why": "实施期限为2025年05月—2025年12月,但绩效目标中没有完成时限或完成及时率指标。"},
        ],
        "notes": ("网页公示,指标写在“绩效目标:”一句里(无一二级指标,level1/level2 为 null),按逗号拆为7条。"
                  "“1个”“5套”等裸数无运算符,operator 为 null。建设内容中的院士专家团队基地30亩、物联网覆盖100亩、"
                  "区级示范基地共100亩在绩效目标中改写为“个”,不另计指标。存储页止于“实施单”(实施单位一项的开头),"
                  "文档在“受益对象和带贫减贫机制”一段后结束;较长句子已改写,数字、文号、地名照录。"),
    },
    "yunnan-changning-lenglian-zipingbaogao.docx": {
        "source_urls": ["https://yncn.gov.cn/info/5102/8340250.htm"],
        "province": "云南省",
        "doc_kind": "项目支出绩效自评报告",
        "patterns": [10],
        "indicators": [
            ind("预算执行完成情况", None, None, None, "%", actual=22.22, score=4.44),
            ind("产出指标完成情况", level1="产出指标", score=39),
            ind("效益指标完成情况", level1="效益指标", score=30),
            ind("满意度指标完成情况", None, None, None, "%", level1="满意度指标", actual=94, score=10),
        ],
        "goals": [],
        "facts": [
            {"metric": "绩效自评得分", "kind": "sum", "total": 83.44, "parts": [4.44, 39, 30, 10], "unit": "分"},
            {"metric": "预算执行率", "kind": "rate", "total": 22.22, "parts": [10, 50], "unit": "%",
             "stated": "22.22%", "computed": 20.0},
            {"metric": "自评等级", "kind": "grade", "total": 83.44, "parts": [], "unit": "分", "stated": "良"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "预算执行率",
             "why": "已拨付10万元÷下达50万元=20.00%,报告写22.22%;4.44分正是按22.22%×20分算出,得分随之偏高。"},
        ],
        "notes": ("自评报告正文,四项“完成情况”按得分列为4行(预算执行、产出、效益、满意度);文中未写各项分值,"
                  "weight 为 null(同县模板为20/40/30/10,但本文未写)。83.44=4.44+39+30+10,等级“良”与80–90相符。"
                  "存储页止于“直接带动农”(建设内容及规模一项中途),文档照此截断。网页的索引号等元数据做成首部小表。"),
    },
    "yunnan-kaiyuan-nongyebaoxian-zhenggaibaogao.docx": {
        "source_urls": ["https://www.hhky.gov.cn/info/124962/768772.htm"],
        "province": "云南省",
        "doc_kind": "绩效评价整改情况报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "投保覆盖率", "kind": "rate", "total": 61.67, "parts": [29.91, 48.5], "unit": "%",
             "stated": "61.67%", "computed": 61.67},
            {"metric": "再评价等级", "kind": "grade", "total": 88.53, "parts": [], "unit": "分", "stated": "良"},
        ],
        "findings": [],
        "notes": ("纯文字整改报告,无指标表。29.91÷48.5=61.67%,与所写一致;88.53分对应“良”无误。"
                  "基本情况写承保面积29.95万亩,问题部分写种植业四个品种投保覆盖29.91万亩,口径不同(前者为全部承保),"
                  "不判为矛盾。存储页止于整改措施(一)的“引导其发”,文档在改写后的同一处截断。"),
    },
    "guangxi-rongan-jinju-renwufenjiebiao.xlsx": {
        "source_urls": ["http://rongan.gov.cn/sjzt/jczt/zthd/rajj/zcyj/t19700101_3293709.shtml"],
        "province": "广西壮族自治区",
        "doc_kind": "生产任务分解表(绩效考核)",
        "patterns": [6, 8],
        "indicators": [ind(n, str(v), None, v, "亩") for n, v, _ in RONGAN_ROWS],
        "goals": [],
        "facts": [
            {"metric": "新种任务(亩)", "kind": "sum", "total": 7000, "parts": [v for _, v, _ in RONGAN_ROWS],
             "unit": "亩"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "质量指标",
             "why": "任务表只下达新种面积,用于乡镇绩效考核却没有成活率等质量要求。"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "只有数量任务,没有产量、产值或增收等效益目标。"},
        ],
        "notes": ("通知加附件表;表为每乡镇一个值(新种任务,单位在表头“新种任务(亩)”),"
                  "指标名取行首的乡镇名,运算符 null。“全县合计 7000”作为合计行记入 facts,不算指标行;"
                  "12个乡镇合计正好7000。长安镇2150亩中含县农业投资有限公司1500亩,备注写明不计入长安镇绩效考核"
                  "(长安镇实际考核650亩),照录于备注列。存储页无标题,通知从称呼开始;表在潭头乡一行结束。"
                  "工作簿分两张表:“通知”(正文改写,文号与比例照录)和“附件”(分解表)。"),
    },
    "henan-zhongmu-xianjiezijin-pifugonggao.docx": {
        "source_urls": ["https://www.zhongmu.gov.cn/tzgg/9695359.jhtml"],
        "province": "河南省",
        "doc_kind": "衔接资金项目批复公告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "中牟新区2025年%s衔接资金" % b, "kind": "sum", "total": _num(t),
             "parts": [_num(a) for _, a, _ in parts], "unit": "万元"}
            for b, _, t, parts, _ in ZM_BATCHES
        ],
        "findings": [],
        "notes": ("纯文字公告,按批次列项目个数、资金及中央/省/市/县级来源(各批合计与分项相加一致)。"
                  "存储页无标题,从“根据省、市有关文件规定”开始,止于“6.中牟新区2025年第七批衔接资金”,"
                  "第七批金额未存;文档照此截断。开头一句已改写,批次数字、文号、地点照录。"),
    },
}


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------

def _docx():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = doc.core_properties
    cp.author = "blind170"
    cp.last_modified_by = "blind170"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def _para(doc, text, bold=False, center=False, size=None, indent=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def _table(doc, rows, merges=()):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    for (r0, c0, r1, c1) in merges:
        a, b = t.cell(r0, c0), t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        m.text = keep
    return t


def _normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>2025-01-01T00:00:00Z\2", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------

def build_linxiang(path):
    doc = _docx()
    _para(doc, "临翔区2025年临沧坚果提质增效示范基地建设项目公示", bold=True, center=True, size=16)
    _para(doc, "发布日期:2025-05-15 18:28    信息来源:区林业和草原局", center=True, size=9)
    _para(doc, "按照《云南省全面实施扶贫资金项目公告公示制度的实施意见》(云开办〔2018〕109号)的规定,"
               "对临翔区2025年临沧坚果提质增效示范基地建设项目予以公示。公示期10天(05月15日—05月24日),"
               "其间对项目有异议的,可向临翔区林业和草原局反映。", indent=True)
    _para(doc, "一、资金来源及规模", bold=True)
    _para(doc, "依据《临沧市临翔区财政局关于下达2025年中央财政衔接推进乡村振兴补助资金的通知》"
               "(临翔财农发〔2025〕3号),下达2025年度推进乡村振兴补助资金542万元。", indent=True)
    _para(doc, "二、项目情况", bold=True)
    _para(doc, "项目名称:临翔区2025年临沧坚果提质增效示范基地建设项目。", indent=True)
    _para(doc, "实施地点:蚂蚁堆乡、博尚镇、马台乡、邦东乡、平村乡。", indent=True)
    _para(doc, "建设内容:1.在蚂蚁堆乡、博尚镇、马台乡、邦东乡、平村乡五个乡镇发展新型临沧坚果示范基地4300亩;"
               "2.建成院士专家团队高优科技试验示范基地30亩;3.建成防灾减灾设施5套;"
               "4.建成坚果智慧种植基地1个,物联网监测设备覆盖100亩;5.建成区级示范基地2个,合计100亩。"
               "对现有低产低效的临沧坚果种植区实施薅铲、施肥、修剪、病虫害防治等综合提质增效技术措施。", indent=True)
    _para(doc, "实施期限:2025年05月—2025年12月。", indent=True)
    _para(doc, "资金规模:542万元整。", indent=True)
    _para(doc, "绩效目标:" + LX_GOAL, indent=True)
    _para(doc, "受益对象和带贫减贫机制:项目区(蚂蚁堆乡、博尚镇、马台乡、邦东乡、平村乡)群众为受益对象;"
               "项目通过临沧坚果提质增效提高产量,带动群众增收。", indent=True)
    doc.save(path)


def build_changning(path):
    doc = _docx()
    _table(doc, [
        ["索引号", "12533025MB0T65759N/20231103-00007", "发布机构", "昌宁县供销社"],
        ["公开目录", "自评报告", "发布日期", "2023-04-20"],
        ["文号", "", "浏览量", ""],
        ["主题词", "", "", ""],
    ], merges=[(3, 1, 3, 3)])
    _para(doc, "2022年度项目支出绩效自评报告(建富果蔬)", bold=True, center=True, size=14)
    _para(doc, "附件4:")
    _para(doc, "2022年度项目支出绩效自评报告", bold=True, center=True, size=16)
    _para(doc, "(昌宁县建富果蔬种植专业合作社冷链设施建设项目)", center=True)
    _para(doc, "一、自评结论", bold=True)
    _para(doc, "(一)自评得分", bold=True)
    _para(doc, "县供销社对昌宁县建富果蔬种植专业合作社的预算执行情况及年度绩效指标(产出指标、效益指标和满意度指标)"
               "完成情况进行了自检自查,绩效自评得分83.44分,自评等级为良。", indent=True)
    _para(doc, "(二)绩效目标完成情况", bold=True)
    _para(doc, "1. 预算执行完成情况:项目资金由财政下达50万元,截至目前拨付10万元,预算执行率为22.22%,"
               "绩效自评得分4.44分。", indent=True)
    _para(doc, "2.产出指标完成情况:各项指标基本完成,绩效自评得分39分。", indent=True)
    _para(doc, "3.效益指标完成情况:各项指标全面完成,绩效自评得分30分。", indent=True)
    _para(doc, "4.满意度指标完成情况:综合测评达94%,绩效自评得分10分。", indent=True)
    _para(doc, "(三)存在的问题和原因分析", bold=True)
    _para(doc, "项目点位多、覆盖面广,而单位办公经费紧张,到现场督促检查难度较大;另外,财政涉农资金拨付进度慢,"
               "拖累了项目建设进度。", indent=True)
    _para(doc, "(四)下一步拟改进措施及有关建议", bold=True)
    _para(doc, "用好单位办公经费,增加到项目点督查检查的次数;主动向上级反映情况,争取加快项目资金拨付,"
               "推动项目建设进度和作用发挥。", indent=True)
    _para(doc, "二、佐证材料", bold=True)
    _para(doc, "(一)项目基本情况", bold=True)
    _para(doc, "1.项目名称:昌宁县建富果蔬种植专业合作社冷链设施建设项目。", indent=True)
    _para(doc, "2.项目属性:新建。", indent=True)
    _para(doc, "3.项目承建单位:昌宁县建富果蔬种植专业合作社。", indent=True)
    _para(doc, "4.项目建设地点:保山市昌宁县湾甸傣族乡上甸社区。", indent=True)
    _para(doc, "5.建设内容及规模:建设安装冷库800.00m3(包括保温系统设备设施、制冷系统设备设施);"
               "蔬菜分拣场地硬化1385.00m2;蔬菜种植技术培训52人次。项目建成后,预计年新增收购交易蔬菜800.00吨,"
               "直接带动农", indent=True)
    doc.save(path)


def build_kaiyuan(path):
    doc = _docx()
    _table(doc, [
        ["索引号", "kysnyncj/2026-00003", "发布机构", "开远市农业农村局"],
        ["文号", "", "发布日期", "2026-01-23"],
        ["时效性", "有效", "", ""],
    ], merges=[(2, 1, 2, 3)])
    _para(doc, "开远市农业农村局关于2024年政策性农业保险项目绩效评价整改情况报告", size=9)
    _para(doc, "开远市农业农村局关于2024年政策性农业", bold=True, center=True, size=16)
    _para(doc, "保险项目绩效评价整改情况报告", bold=True, center=True, size=16)
    _para(doc, "按照《开远市财政局关于对2025年预算绩效管理财政再评价工作情况的通报》的要求,本单位高度重视通报指出的问题,"
               "现将整改情况报告如下:", indent=True)
    _para(doc, "一、基本情况", bold=True)
    _para(doc, "2024年政策性农业保险项目绩效再评价得分88.53分,评价等级为“良”。项目承保面积29.95万亩,"
               "采用“财政补贴+保险保障”方式减轻农户参保负担、增强抗风险能力,为水稻、玉米等主要作物提供风险保障;"
               "养殖保险聚焦生猪、肉牛等品类,依托快速理赔对疫病或灾害造成的养殖损失及时补偿,稳定养殖户收益预期。"
               "同时也存在投保覆盖率偏低、拖累资金执行进度等问题。", indent=True)
    _para(doc, "二、存在问题", bold=True)
    _para(doc, "投保覆盖率低,影响资金执行进度。2024年种植业(水稻、玉米、马铃薯、玉米制种)投保覆盖面积29.91万亩,"
               "距计划的48.5万亩以上尚有差距,投保覆盖率为61.67%。覆盖率不足使预算资金无法拨付,"
               "资金使用进度因此受到影响。", indent=True)
    _para(doc, "三、整改措施", bold=True)
    _para(doc, "(一)强化宣传引导,提升农户投保意愿。由农业农村部门、乡镇(街道)和承保公司组成联合宣传小组,"
               "结合水稻、玉米、马铃薯等主要作物的种植特点,利用村广播、宣传栏海报和图文并茂的宣传手册解读保险政策、"
               "补贴标准和理赔金额,并在乡镇集市、田间地头现场答疑,着重讲解投保后的抗风险好处和典型理赔案例,"
               "消除农户顾虑。对种植大户、家庭农场、合作社等新型农业经营主体上门宣讲,引导其", indent=True)
    doc.save(path)


def build_zhongmu(path):
    doc = _docx()
    _para(doc, "依据省、市有关文件规定,为加大信息公开力度,提升财政衔接资金使用效益和透明度,保障群众知情权、参与权,"
               "发挥公告公示的监督作用,现将中牟新区2025年第一二三四六七批衔接资金项目资金调整后的批复情况"
               "公告公示如下:", indent=True)
    for k, (b, n, total, parts, place) in enumerate(ZM_BATCHES, 1):
        src = ";".join("%s%s万元(%s)" % (lvl, amt, wh) for lvl, amt, wh in parts)
        _para(doc, "%d.中牟新区2025年%s衔接资金项目%d个,资金%s万元。其中,%s。实施地点:%s。"
              % (k, b, n, total, src, place), indent=True)
    _para(doc, "6.中牟新区2025年第七批衔接资金", indent=True)
    doc.save(path)


def build_rongan(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "通知"
    ws.column_dimensions["A"].width = 64
    lines = [
        ("各乡(镇)人民政府,各有关单位:", 18),
        ("按照柳州市人民政府办公室印发的《柳州市关于大力推进融安金桔产业高质量发展的实施方案(2023-2025年)》"
         "(柳政办〔2022〕99号)总体要求,经研究,现将《融安县2023年金桔生产任务分解表》下达你们。"
         "金桔生产任务实行奖惩:2023年度目标任务完成80%(含)以上的乡镇给予奖励,未完成目标任务的乡镇予以绩效扣分。"
         "请各乡(镇)、各部门明确目标任务,逐级压实责任到人,马上开展宣传发动,加强技术培训和指导,"
         "确保全面完成目标任务。", 150),
        ("附件:融安县2023年金桔生产任务分解表", 18),
        ("", 18),
        ("融安县金桔产业发展领导小组办公室", 18),
        ("2023年2月6日", 18),
        ("公开方式:主动公开", 18),
        ("融安县金桔产业发展领导小组办公室 2023年2月6日印发", 18),
    ]
    for i, (txt, h) in enumerate(lines, 1):
        c = ws.cell(row=i, column=1, value=txt if txt else None)
        c.alignment = wrap
        c.font = Font(name="宋体", size=11)
        ws.row_dimensions[i].height = h
    for r in (5, 6):
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="right", wrap_text=True)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    ws2 = wb.create_sheet("附件")
    ws2.column_dimensions["A"].width = 14
    ws2.column_dimensions["B"].width = 16
    ws2.column_dimensions["C"].width = 48
    ws2["A1"] = "附件"
    ws2["A1"].font = Font(name="黑体", size=11)
    ws2.merge_cells("A2:C2")
    ws2["A2"] = "融安县2023年金桔生产任务分解表"
    ws2["A2"].font = Font(name="宋体", size=16, bold=True)
    ws2["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws2.row_dimensions[2].height = 30
    rows = [("乡镇", "新种任务(亩)", "备注"), ("全县合计", 7000, None)] + \
           [(n, v, (r or None)) for n, v, r in RONGAN_ROWS]
    for i, row in enumerate(rows, 3):
        for j, val in enumerate(row, 1):
            c = ws2.cell(row=i, column=j, value=val)
            c.border = box
            c.font = Font(name="宋体", size=11, bold=(i == 3))
            c.alignment = Alignment(horizontal="center" if (j < 3 or i == 3) else "left", vertical="center", wrap_text=True)
        ws2.row_dimensions[i].height = 34 if row[2] else 20
    ws2.page_setup.orientation = "portrait"
    ws2.page_setup.paperSize = ws2.PAPERSIZE_A4
    ws2.sheet_properties.pageSetUpPr.fitToPage = True
    ws2.page_setup.fitToWidth = 1
    ws2.page_setup.fitToHeight = 0

    for w in (ws, ws2):
        w.sheet_properties.pageSetUpPr.fitToPage = True
        w.page_setup.fitToWidth = 1
        w.page_setup.fitToHeight = 0
    wb.properties.creator = "blind170"
    wb.properties.lastModifiedBy = "blind170"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


BUILDERS = {
    "yunnan-linxiang-jianguo-xiangmugongshi.docx": build_linxiang,
    "yunnan-changning-lenglian-zipingbaogao.docx": build_changning,
    "yunnan-kaiyuan-nongyebaoxian-zhenggaibaogao.docx": build_kaiyuan,
    "guangxi-rongan-jinju-renwufenjiebiao.xlsx": build_rongan,
    "henan-zhongmu-xianjiezijin-pifugonggao.docx": build_zhongmu,
}


# ---------------------------------------------------------------------------------------------
# export, annotations, checks
# ---------------------------------------------------------------------------------------------

def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for " + path)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout
    return re.sub(r"\s+", "", out.decode("utf-8"))


def write_ann(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    rec = {"source": fname}
    rec.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")


def check(fname, gold, text):
    def norm(s):
        return re.sub(r"\s+", "", s)
    problems = []
    wanted = []
    for i in gold["indicators"]:
        wanted.append(("indicator name", i["name"]))
        if i["target_text"]:
            wanted.append(("target text", i["target_text"]))
    for g in gold["goals"]:
        wanted.append(("goal", g["text"]))
    for fd in gold["findings"]:
        if fd["rule"] != "coverage.missing_dimension":
            wanted.append(("finding item", fd["item"]))
    for kind, s in wanted:
        if norm(s) not in text:
            problems.append("%s: %s not in PDF text: %s" % (fname, kind, s))
    # facts: parts must add up (sum) and stated rates are recorded as the page gives them
    for f in gold["facts"]:
        if f["kind"] == "sum" and abs(sum(f["parts"]) - f["total"]) > 1e-6:
            problems.append("%s: fact %s parts %s != total %s (recorded as on the page; is a finding missing?)"
                            % (fname, f["metric"], sum(f["parts"]), f["total"]))
    return problems


def main():
    os.chdir(HERE)
    problems = []
    for fname, builder in BUILDERS.items():
        path = os.path.join(HERE, fname)
        builder(path)
        _normalise_zip(path)
        pdf = export_pdf(path)
        gold = GOLD[fname]
        write_ann(fname, gold)
        write_ann(os.path.basename(pdf), gold)
        problems += check(fname, gold, pdf_text(pdf))
        print("built", fname, "+", os.path.basename(pdf))
    tot = {k: sum(len(g[k]) for g in GOLD.values()) for k in ("indicators", "goals", "findings", "facts")}
    print("gold totals:", tot)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
