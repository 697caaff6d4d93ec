"""Build the blind245 test documents (education angle), their PDFs and gold annotations.

The gold (GOLD below) is written first; the documents are generated from the same
text blocks, exported to PDF with LibreOffice, normalised for determinism and then
checked with pdftotext.
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
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind245"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_CHENGAN = "http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15850&websiteid=1063&xxfl=0404"
URL_SYZY = "https://syzyedu.com/xinxi/xynew/6457.html?cid=340"
URL_ISHARE = "https://ishare.iask.com/f/304JlqhC00a.html"
URL_ZIXIN = "https://m.zixin.com.cn/doc/2278587.html"

# ---------------------------------------------------------------------------
# Text blocks shared by the gold and the documents (written in my own words
# where the sentence is long; names, figures, document numbers kept as found).
# ---------------------------------------------------------------------------

CA_GOAL_TOTAL = (
    "2020年全县教育工作的总体要求:以习近平新时代中国特色社会主义思想为指导,贯彻党的十九大和全国、全省、全市教育大会精神及党的教育方针,"
    "以办人民满意教育为目标,按照“156”总体思路推进——抓住一个核心(全面提高教育质量),打好五个攻坚战(教育均衡发展、京津冀教育协同发展、"
    "全面提升职业教育水平、重点项目建设、教育信息化建设),做实六项重点工作(督导评价、学校安全、教师队伍建设、校长队伍建设、民办学校监管、"
    "基层党建工作),加快教育现代化,培养德智体美劳全面发展的社会主义建设者和接班人,为建设富强、美丽成安作出新贡献。"
)
CA_GOAL_PRE = (
    "实施扩大学前教育资源项目:大力发展公办幼儿园,加快建设农村幼儿园,支持本县新建、扩建公办幼儿园,扶持普惠性幼儿园发展,"
    "开展幼儿园“小学化”专项治理,进一步改善办园条件、提高保教质量。"
)
CA_GOAL_SPE = (
    "全面提高各级各类特殊教育普及水平,解决实名登记的未入学适龄残疾儿童少年就学问题,提高义务教育阶段残疾儿童少年巩固水平,"
    "义务教育阶段残疾儿童少年入学率达95%以上,非义务教育阶段特殊教育规模显著扩大。"
)
CA_GOAL_COMP = (
    "抓好控辍保学,组织好全县中小学研学旅行和初中综合实践活动,做实弹性离校工作,以农村教育为重点推进义务教育均衡发展,"
    "加强学校文化建设与特色学校建设。"
)

SY_GOAL = "全年预算总额为1万元,主要投向教师素质提升。"
SY_QTY = [
    ("素质提高培训", 2, "u 安排刘弦、仇洁丽两位教师参加了素质提高培训2人次。"),
    ("思政教师专题培训", 3, "u 组织龙轶学、岳海和陈飞三位新进思政教师参加专题培训3人次;"),
    ("思教研修班、骨干教师培训", 1, "组织陈飞老师参加思教研修班、骨干教师培训1人次;"),
    ("工业机器人教师访学研修", 1, "u 派陈凯老师参加参加工业机器人教师访学研修1人次;"),
    ("高职电子信息类教师企业实践", 1, "u 派曾钦老师参加高职电子信息类教师企业实践1人次;"),
    ("职院教师国培", 3, "u 组织曾钦、耿运涛和岳海三位教师参加了职院教师国培3人次。"),
]
SY_QUAL = [
    "教师素质提高培训人数和次数",
    "思政教师专题培训人数和次数",
    "教师访学研修人数和次数",
    "教师参加国培人数和次数",
]
SY_TIME_NAME = "教师素质提高培训、思政教师专题培训、教师访学研修和国培人数和次数"

IS_INTRO = (
    "农村义务教育营养改善计划被视为民心工程、阳光工程和德政工程,也是关系国家长远发展的民族振兴工程。为落实好这项工程、"
    "切实改善农村学生营养状况并提高其健康水平,我校高度重视,按上级部署并结合本校实际精心组织、统一安排,,"
    "现就本校学生营养餐改善计划补助资金项目的绩效评价情况报告如下:"
)
IS_BASIC = (
    "我校为农村非寄宿制学校,在校学生全部享受营养餐。2013年度我校学生共食用“营养餐”10个月(中学11个月),共计XX 人次,"
    "每天 标准 人均3元,全年共计资金XXX元。2013年度我校“营养餐”未出现任何安全事故。"
)

ZX_PURPOSE = (
    "为巩固义务教育基本均衡发展成果,进一步缩小县域内城乡与校际差距,加快城乡义务教育协调、均衡发展,整体提升县域义务教育质量和水平,"
    "依据《河北省人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见》(冀政字〔2017〕6号)和教育部《县域义务教育优质均衡发展督导评估办法》"
    "(教督〔2017〕6号),为做好我省义务教育优质均衡发展督导评估工作,制定本具体办法。"
)
ZX_ITEM1 = "1.每百名学生拥有高于规定学历教师数:小学、初中分别达到4.2人以上、5.3人以上;"
ZX_ITEM2 = "2.每百名学生拥有县级以上骨干教师数:小学、初中均达到1人以上;"
ZX_ITEM3 = "3.每百名学生拥有体育、艺术(美术、音乐)专任教师数:小学、初"


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written before any file is generated or read)
# ---------------------------------------------------------------------------
GOLD = {
    "blind245_chengan_bumen_mubiao": {
        "source_urls": [URL_CHENGAN],
        "province": "河北省",
        "doc_kind": "县教育体育局部门预算公开绩效目标情况说明(部门整体,文字)",
        "patterns": [],
        "indicators": [
            ind(None, None, "各级各类特殊教育普及水平", None, None, None, "全面提高"),
            ind(None, None, "义务教育阶段残疾儿童少年巩固水平", None, None, None, "提高"),
            ind(None, None, "义务教育阶段残疾儿童少年入学率", ">=", 95, "%", "达95%以上"),
            ind(None, None, "非义务教育阶段特殊教育规模", None, None, None, "显著扩大"),
        ],
        "goals": [
            {"kind": "总体目标", "text": CA_GOAL_TOTAL},
            {"kind": "分项目标(学前教育职责)", "text": CA_GOAL_PRE},
            {"kind": "分项目标(特殊教育职责)", "text": CA_GOAL_SPE},
            {"kind": "分项目标(义务教育职责)", "text": CA_GOAL_COMP},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": CA_GOAL_TOTAL[:20],
             "why": "总体目标只列“一个核心、五个攻坚战、六项重点工作”等任务名称,没有任何可衡量的数值或期限"},
            {"rule": "goal.unquantified", "item": CA_GOAL_PRE[:20],
             "why": "学前教育目标只有“大力发展、加快、进一步改善、提高”,未给出新建园数、学位数或入园率"},
            {"rule": "goal.unquantified", "item": CA_GOAL_COMP[:20],
             "why": "义务教育目标全是工作事项(控辍保学、研学旅行、弹性离校),没有巩固率等数值"},
            {"rule": "target.vague_wording", "item": "各级各类特殊教育普及水平",
             "why": "“全面提高”无基线、无数值"},
            {"rule": "target.vague_wording", "item": "义务教育阶段残疾儿童少年巩固水平",
             "why": "“提高”无基线、无巩固率目标值"},
            {"rule": "target.qualitative_no_scale", "item": "非义务教育阶段特殊教育规模",
             "why": "“显著扩大”既无数值也无分级标准,无法考核"},
        ],
        "notes": (
            "网页是部门预算公开的绩效目标说明,2021.07.21发布却写2020年的总体要求(按原样保留)。目标全部在正文里,"
            "只有“入学率达95%以上”带数字,其余为定性表述,按文档用词拆成指标行并标为定性。存储页面在“1、加强控辍保学工作。认真落实《邯郸市教育”处截断,"
            "文档照此截断;截断之后可能还有量化目标,故不对缺少的维度作判断。长句为本人改写,数字、名称、括号内的项目名照录。"
        ),
    },
    "blind245_zhiyuan_peixun_ziping": {
        "source_urls": [URL_SYZY],
        "province": None,
        "doc_kind": "职业院校现代职业教育质量提升计划(培训)资金绩效自评(文字报告)",
        "patterns": [],
        "indicators": (
            [ind("产出指标", "数量指标", n, None, None, "人次", None, a) for n, a, _ in SY_QTY]
            + [ind("产出指标", "质量指标", n, None, None, "%", "达到预定任务", 100) for n in SY_QUAL]
            + [ind("产出指标", "时效指标", SY_TIME_NAME, None, None, None, "2022年1-10月")]
            + [ind("产出指标", "成本指标", "现代职业教育质量提升计划-培训任务", None, None, "万元", "成本1万元", 1)]
        ),
        "goals": [{"kind": "年度目标", "text": SY_GOAL}],
        "facts": [
            {"metric": "现代职业教育质量提升计划(培训)预算", "kind": "sum", "total": 1,
             "parts": [0.14, 0.57, 0.16, 0.13], "unit": "万元"},
            {"metric": "资金使用率", "kind": "rate", "total": 100, "parts": [1, 1], "unit": "%"},
        ],
        "findings": [
            {"rule": "goal.budget_text", "item": SY_GOAL[:20],
             "why": "“绩效目标”部分只写预算总额和用途,随后是四项资金分解,没有产出或效果目标"},
            {"rule": "target.missing_value", "item": "数量指标",
             "why": "自称按年初目标逐项分析,但六条数量指标只给实际人次,未写年初目标值,无法判断是否完成"},
            {"rule": "target.cost_restates_budget", "item": "现代职业教育质量提升计划-培训任务",
             "why": "成本指标“成本1万元”就是项目总预算1万元,没有人均培训成本等含义"},
        ],
        "notes": (
            "存储页面没有标题,从“一、绩效目标分解下达情况”开始,在“2.效益指标完”处截断,文档照此截断,效益和满意度部分看不到,故不判维度缺失。"
            "四项分解预算0.14+0.57+0.16+0.13=1.00万元,与总额一致。项目符号在网页上显示为字母“u”(Wingdings字符),照样保留;"
            "原文“参加参加”“预期目标目标”等重复字保留。数量指标按文档的培训名称命名,只有实际人次;质量指标“完成率100%”是实际完成情况,记为actual。"
            "资金使用率的rate事实按“1万元到位、按预算执行到位”记为1/1。站点域名推测为某高职院校,省份无法确认,记为null。"
        ),
    },
    "blind245_yingyang_fanben_pingjia": {
        "source_urls": [URL_ISHARE],
        "province": None,
        "doc_kind": "学生营养改善计划补助资金项目绩效评价报告范本(含占位符)",
        "patterns": [8],
        "indicators": [
            ind(None, None, "食用“营养餐”", None, None, "个月", None, 10),
            ind(None, None, "人次", None, None, "人次", None, None),
            ind(None, None, "每天 标准 人均", None, None, "元", None, 3),
            ind(None, None, "安全事故", None, None, None, None, 0),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.placeholder", "item": "X镇XX小学(中学)",
             "why": "单位名称仍是模板占位符"},
            {"rule": "target.placeholder", "item": "人次",
             "why": "供餐人次写成“共计XX 人次”,模板占位符未填数"},
            {"rule": "target.placeholder", "item": "全年共计资金",
             "why": "“全年共计资金XXX元”未填数,资金事实无法核对"},
        ],
        "notes": (
            "页面是文库里的“【范本】”,正文保留X镇XX小学、XX人次、XXX元等占位符。网页在“每天”与“人均3元”之间插入了一串站内链接文字"
            "(excel标准偏差等),我判断不属于原文,只保留“标准”一词并删去链接串。原文“统一安排,,”的双逗号保留。存储页面在“二、绩”处截断,"
            "绩效目标与指标部分看不到,因此不标目标缺失;指标行只记基本情况段里可核对的结果数(10个月、人均3元、未出安全事故)。"
        ),
    },
    "blind245_hebei_youzhi_junheng": {
        "source_urls": [URL_ZIXIN],
        "province": "河北省",
        "doc_kind": "省级县域义务教育优质均衡发展督导评估具体办法(附件,标准清单)",
        "patterns": [6],
        "indicators": [
            ind("县域义务教育资源配置", None, "每百名学生拥有高于规定学历教师数", ">=", 4.2, "人", "4.2人以上"),
            ind("县域义务教育资源配置", None, "每百名学生拥有高于规定学历教师数", ">=", 5.3, "人", "5.3人以上"),
            ind("县域义务教育资源配置", None, "每百名学生拥有县级以上骨干教师数", ">=", 1, "人", "均达到1人以上"),
            ind("县域义务教育资源配置", None, "每百名学生拥有县级以上骨干教师数", ">=", 1, "人", "均达到1人以上"),
            ind("县域义务教育资源配置", None, "每百名学生拥有体育、艺术(美术、音乐)专任教师数"),
        ],
        "goals": [{"kind": "总体目标", "text": ZX_PURPOSE}],
        "facts": [],
        "findings": [],
        "notes": (
            "标准以编号清单写在正文里,每条一个指标、小学和初中两个值写在同一句(“小学、初中分别达到4.2人以上、5.3人以上”),"
            "所以每条拆成小学、初中两行,名称相同,第一行为小学、第二行为初中。第3条在“小学、初”处被存储页面截断,文档照此截断,该行无值且不判缺值。"
            "“资源配置”要求7项指标,只看到3项,因页面截断不判覆盖。开头的目的段按总体目标记录;作为督导评估办法,这段不作为缺陷标注。"
            "长句为本人改写,文件号冀政字〔2017〕6号、教督〔2017〕6号及“三年以上”“不足50人”等条件照录。"
        ),
    },
}

# ---------------------------------------------------------------------------
# Document builders
# ---------------------------------------------------------------------------


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind245"
    cp.last_modified_by = "blind245"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def build_chengan(path):
    doc = new_doc()
    para(doc, "部门预算公开绩效目标情况说明", bold=True, size=15, center=True)
    para(doc, "发布日期: 2021.07.21 索引号: 00062118-1-0404-2021-1004")
    para(doc, "发布机构: 教育体育局 文号:")
    para(doc, "主题 词: 科技、教育 主题分类: 科技、教育")
    para(doc, "一、部门整体绩效目标", bold=True)
    para(doc, "1、总体绩效目标")
    para(doc, CA_GOAL_TOTAL)
    para(doc, "2、分项绩效目标")
    para(doc, "学前教育职责绩效目标:" + CA_GOAL_PRE)
    para(doc, "特殊教育职责绩效目标:" + CA_GOAL_SPE)
    para(doc, "义务教育职责绩效目标:" + CA_GOAL_COMP)
    para(doc, "1、加强控辍保学工作。认真落实《邯郸市教育")
    doc.save(path)


def build_syzy(path):
    doc = new_doc()
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "(一)下达现代职业教育质量提升计划(培训)预算和绩效目标情况")
    para(doc, SY_GOAL)
    para(doc, "(二)分解下达预算和绩效目标情况")
    para(doc, "1.教师素质提高培训,预算资金0.14万元。")
    para(doc, "2.思政教师专题培训,预算资金0.57万元。")
    para(doc, "3.教师访学研修,预算资金0.16万元。")
    para(doc, "4.教师参加国培,预算资金0.13万元。")
    para(doc, "二、绩效目标完成情况分析", bold=True)
    para(doc, "(一)资金投入情况分析")
    para(doc, "1.项目资金到位情况分析")
    para(doc, "项目所需资金1万元,已全部安排到位。")
    para(doc, "2.项目资金执行情况分析")
    para(doc, "项目资金已按预算执行到位,资金使用率100%。")
    para(doc, "3.项目资金管理情况分析")
    para(doc, "项目经费实行专款专用,管理规范、讲求效益,并加强项目监管,确保项目实现预期目标目标与效益。")
    para(doc, "(二)绩效目标完成情况分析(根据年初绩效目标及指标逐项")
    para(doc, "分析)")
    para(doc, "1.产出指标完成情况分析")
    para(doc, "(1)数量指标")
    p = None
    for i, (_, _, line) in enumerate(SY_QTY):
        if i == 2:
            p.add_run(line)
            continue
        p = para(doc, line)
    para(doc, "(2)质量指标")
    for n in SY_QUAL:
        para(doc, n + ",达到预定任务,完成率100%。")
    para(doc, "(3)时效指标")
    para(doc, SY_TIME_NAME + ",均已在2022年1-10月内完成。")
    para(doc, "(4)成本指标")
    para(doc, "按计划完成现代职业教育质量提升计划-培训任务,成本1万元。")
    para(doc, "2.效益指标完")
    doc.save(path)


def build_ishare(path):
    doc = new_doc()
    para(doc, "【范本】营养改善计划补助资金项目绩效评价报告", bold=True, size=14, center=True)
    para(doc, "X镇XX小学(中学)学生营养改善计划补助资金项目 绩效评价报告", bold=True, center=True)
    para(doc, IS_INTRO)
    para(doc, "一、单位及项目基本情况", bold=True)
    para(doc, IS_BASIC)
    para(doc, "二、绩", bold=True)
    doc.save(path)


def build_zixin(path):
    doc = new_doc()
    para(doc, "附件")
    p = para(doc, "河北省县域义务教育优质均衡发展督导", bold=True, size=15, center=True)
    p.add_run().add_break()
    p.add_run("评估具体办法").bold = True
    para(doc, ZX_PURPOSE)
    para(doc, "一、对象与范围", bold=True)
    para(doc, "县域义务教育优质均衡发展督导评估认定的对象为县(含不设区的市、市辖区和国家划定的其他县级行政区划单位,以下统称为县)。")
    para(doc, "督导评估覆盖县级人民政府及有关职能部门,以及列入国家教育事业统计的全部义务教育阶段学校,包括小学(含教学点)、初中、特殊教育学校。")
    para(doc, "申报义务教育优质均衡发展县须同时满足:通过国家义务教育基本均衡发展认定三年以上;认定后的年度监测持续保持较高水平。")
    para(doc, "二、内容与标准", bold=True)
    para(doc, "县域义务教育优质均衡发展督导评估涵盖资源配置、政府保障程度、教育质量、社会认可度四个方面,部分数据取自全国教育事业统计数据和全国教育经费统计数据。")
    para(doc, "(一)县域义务教育资源配置")
    para(doc, "资源配置重点评估县域义务教育学校(不含特殊教育学校、职业学校及不足50人的教学点)在教师、校舍、仪器设备等方面的以下7项指标,并评估这7项指标的校际均衡情况。具体标准如下:")
    para(doc, ZX_ITEM1)
    para(doc, ZX_ITEM2)
    para(doc, ZX_ITEM3)
    doc.save(path)


BUILDERS = {
    "blind245_chengan_bumen_mubiao": build_chengan,
    "blind245_zhiyuan_peixun_ziping": build_syzy,
    "blind245_yingyang_fanben_pingjia": build_ishare,
    "blind245_hebei_youzhi_junheng": build_zixin,
}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: x[0])
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def normalize_pdf(path):
    with open(path, "rb") as fh:
        data = fh.read()
    fixed = b"20240101000000+00'00'"

    def fix_date(m):
        inner = m.group(2)
        rep = fixed[: len(inner)].ljust(len(inner), b"0")
        return m.group(1) + rep + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)(\))", fix_date, data)

    def zero_hex(m):
        return re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", zero_hex, data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", zero_hex, data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", zero_hex, data)

    def fix_xmp(m):
        inner = m.group(2)
        rep = b"2024-01-01T00:00:00+00:00"[: len(inner)].ljust(len(inner), b"0")
        return m.group(1) + rep + m.group(3)

    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)", fix_xmp, data)
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(src):
    outdir = tempfile.mkdtemp(prefix="b245_")
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    name = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    dst = os.path.join(OUT, name)
    shutil.move(os.path.join(outdir, name), dst)
    shutil.rmtree(outdir, ignore_errors=True)
    normalize_pdf(dst)
    return dst


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                                 text=True, check=True).stdout)
    missing = []
    for i in gold["indicators"]:
        for key in ("name", "target_text"):
            if i[key] and squash(i[key]) not in text:
                missing.append((key, i[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"][:30]))
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    sums = {}
    for stem, builder in BUILDERS.items():
        src = os.path.join(OUT, stem + ".docx")
        builder(src)
        normalize_zip(src)
        pdf = to_pdf(src)
        gold = GOLD[stem]
        for fpath in (src, pdf):
            rec = {"source": os.path.basename(fpath)}
            rec.update(gold)
            with open(os.path.join(ANN, os.path.basename(fpath) + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1, sort_keys=False)
                fh.write("\n")
            sums[os.path.basename(fpath)] = md5(fpath)
        miss = check_pdf(pdf, gold)
        if miss:
            ok = False
            print("MISSING in", os.path.basename(pdf), miss)
        else:
            print("ok", os.path.basename(pdf))
    with open(os.path.join(HERE, "md5sums.txt"), "w") as fh:
        fh.writelines(f"{sums[k]}  {k}\n" for k in sorted(sums))
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"indicators={n_ind} goals={n_goal} findings={n_find}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
