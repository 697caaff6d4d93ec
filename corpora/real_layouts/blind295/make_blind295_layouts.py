"""Build the blind295 documents (DOCX + PDF) and their gold annotations.

The gold below is written before any file is built or read back.
Run: /tmp/wvenv/bin/python make_blind295_layouts.py
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
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind295"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# Texts of the documents (facts kept, longer sentences in my own words)
# ---------------------------------------------------------------------------

YILING_ITEMS = [
    "1. 科技项目完成情况:建站方案中已明确的项目和已立项的区级项目(10分)。",
    "2. 新品种试验推广情况(5分)。",
    "3. 示范基地(示范点)建设1-2个(每个5分)。",
    "4. 帮扶合作社、家庭农场、种养殖大户等市场主体1-2个(每个5分)。",
    "5. 开展技术培训或接待科普教育等活动400人次以上(10分)。",
    "6. 组织本领域科技特派员开展交流学习1-2次(每次5分)。",
    "7. 完成区科技发展中心其它工作任务(科技活动周、年度工作总结、典型宣传等活动)(参加活动每次5分)。",
    "8. 发布农业技术新闻、信息、短视频等(每条1分)。",
    ("9. 加分项:凡培育出高企、科技型中小企业,取得专利、知识产权或新成果登记(新产品、三品一标等),"
     "承接市级以上观摩活动或市级以上科技部门调研参观,争取到市级以上科技项目,以及在省、市级媒体上"
     "宣传科技创新的,依照科技特派员评价标准计分。"),
]

XIZANG_GOAL = (
    "自治区级众创空间建设扶持资金资助标准:场地面积1000平方米以上,运营满6个月,"
    "入驻企业(团队)使用面积占总场地面积的60%以上;入驻企业(团队)20家以上,"
    "且须同入驻企业、创新创业团队签订一年以上入驻协议;入驻企业(团队)吸纳就业50人以上"
    "(西藏户籍人员占比50%以上),并与就业人员签订一年及以上就业合同;"
    "配备专职管理服务人员5人以上、专兼职创业导师5名以上。自治区级科"
)

GZ_GOAL = "确保中央财政资金及时到位,扶持先进制造业集群促进机构围绕集群发展开展日常运营管理,公共服务活动,"

LINHE_BODY = (
    "依据《内蒙古自治区财政厅关于提前下达2023年中央外经贸发展资金预算的通知》(内财贸〔2022〕1831号)和"
    "《内蒙古自治区财政厅关于下达2023年第二批中央外经贸发展资金预算的通知》(内财贸〔2023〕162号),"
    "中央共下达外经贸发展资金2355.00万元。结合本区企业实际,申报补助提升外贸企业竞争力项目企业4家:"
    "内蒙古辰柏商贸有限责任公司,补助资金200万元;巴彦淖尔市容大商贸有限公司,补助金额180万元;"
    "内蒙古丰华农业科技有限公司,补助金额175万元;内蒙古玖鼎食品有限公司,补助金额200万元。"
    "申报补助公共海外仓培育对象认定项目企业数5个:内蒙古李牛牛食品科技股份有限公司,补助资金200万元;"
    "巴彦淖尔市关尔农业发展有限责任公司,补助资金250万元;迦南羊绒国际有限公司,补助资金250万元;"
    "巴彦淖尔市淦川商贸有限公司,补助资金250万元;内蒙古鼎业食品有限公司,补助资金250万元。"
    "申报补助对外投资企业2家:巴彦淖尔市乐河农产品购销有限责任公司,补助资金200万元;"
    "内蒙古兆农农业发展有限公司,补助资金200万元。通过对上述企业给予补助,可推动海外仓向自治区公共"
    "海外仓转型升级,探索海外仓运营新模式,补齐智能仓租物流基础设施,促进外贸稳中提质,带动国内企业"
    "开拓国际市场,增强企业在国际市场的影响力和竞争力。"
)

LINHE_GOAL = (
    "依据《内蒙古自治区财政厅关于提前下达2023年中央外经贸发展资金预算的通知》(内财贸〔2022〕1831号)及"
    "《内蒙古自治区财政厅关于下达2023年第二批中央外经贸发展资金预算的通知》(内财贸〔2023〕162号)文件,"
    "实施2023年度外经贸发展资金项目,补助资金2355万元,项目实施内容为,补助提升"
)

JZ_OVERVIEW = (
    "为落实国家、省、市关于资源型经济转型升级的战略部署,推动开发区规模以上产业发展,做大做强传统产业,"
    "加快培育一批规模、技术和核心竞争优势突出的领军型优势企业,推进经济发展和产业转型升级,"
    "山西转型综合改革示范区晋中开发区制定并印发了《示范区晋中开发区支持规模以上工业企业做大做强若干措施》"
    "(综合晋开管发〔2018〕28号);为促进对外贸易快速健康发展,鼓励和引导区内具有市场潜力的企业开拓"
    "国际市场,发挥外贸进出口对经济增长的拉动作用,山西转型综合改革示范区晋中开发区综合办公室出台了"
    "《示范区晋中开发区促进企业外贸进出口奖励办法(暂行)》"
)

JZ_FUNDS = (
    "经查阅项目资金相关文件,2021年1月-10月外贸进出口奖励专项资金预算资金为943.23万元,实际支出926.12万元,"
    "财政资金到位率为100%,预算执行率为98.19%。"
)

YJ_UNIT = (
    "阳江高新区科学技术局为阳江高新区的正科级工作机构,主要负责:组织研究并编制科技发展规划,"
    "制定高新技术产业化、科技成果转化以及科技促进农业与社会发展的政策措施;承担全区科技管理、"
    "知识产权保护和对外交流合作;组织实施科技强区工作,推进各行业科技进步等。"
)

YJ_OVERVIEW = (
    "《广东省科技企业孵化载体管理办法》(粤科高字[2020] 114号)要求,科技企业孵化载体应增强服务能力,"
    "强化投融资服务和公共技术服务,提升知识产权创造、运用、保护、管理和服务能力,推动入驻企业(团队)"
    "健康快速成长,营造科技创新创业生态;高新技术产业开发区管理机构应在科技企业孵化载体的发展规划、"
    "用地、财政等方面给予政策支持。本项目持续完善孵化器软硬件设施,包括为企业提供稳定的办公网络、"
    "做好室内环境绿化、升级改造众创空间和五金刀剪产业技术研究院展厅等,以进一步提升孵化园区创新创业环境,"
    "提高孵化器运营能力。项目总投入72.65万,其中众创空间网络费3万,室内绿植租赁1.8万,办公区域改造10.47万,"
    "众创空间升级改造15.5万,五金刀剪产业技术研究院展厅升级改造41.88万。项目周期为2021年1月-2021年12月,"
    "通过实施该项目,阳江高新"
)


# ---------------------------------------------------------------------------
# Gold (written before anything is built)
# ---------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    "blind295_hubei_yiling_kjtpy_renwuqingdan.docx": {
        "source_urls": ["https://ktp.tye3.com/portal/article/index/id/706.html"],
        "province": "湖北省",
        "doc_kind": "科技特派员工作站绩效评价任务清单(考评通知,条目式计分)",
        "patterns": [8],
        "indicators": [
            ind(None, None, "科技项目完成情况", None, None, None,
                "建站方案中已明确的项目和已立项的区级项目", weight=10),
            ind(None, None, "新品种试验推广情况", None, None, None, None, weight=5),
            ind(None, None, "示范基地(示范点)建设", ">=", 1, "个", "1-2个"),
            ind(None, None, "合作社、家庭农场、种养殖大户等市场主体", ">=", 1, "个", "1-2个"),
            ind(None, None, "技术培训或接待科普教育等活动", ">=", 400, "人次", "400人次以上", weight=10),
            ind(None, None, "本领域科技特派员开展交流学习", ">=", 1, "次", "1-2次"),
            ind(None, None, "区科技发展中心其它工作任务", None, None, None,
                "科技活动周、年度工作总结、典型宣传等活动"),
            ind(None, None, "农业技术新闻、信息、短视频等", None, None, None, None),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "科技项目完成情况",
             "why": "10分的条目只写要完成哪些项目,没有完成率或分档计分办法"},
            {"rule": "target.missing_value", "item": "新品种试验推广情况",
             "why": "5分的条目没有品种数、示范面积等任何目标值"},
            {"rule": "target.input_or_process", "item": "区科技发展中心其它工作任务",
             "why": "参加科技活动周、写年度工作总结属于过程性工作,不是工作站的产出或效果"},
            {"rule": "target.missing_value", "item": "农业技术新闻、信息、短视频等",
             "why": "只给每条1分,没有发布条数目标,也无上限"},
            {"rule": "coverage.missing_dimension", "item": "效益指标/满意度指标",
             "why": "清单只有产出和过程条目,没有带动增收等效益或服务对象满意度条目"},
        ],
        "notes": (
            "夷陵区科技特派员网站上的一则考评任务清单(2024-08-19发布),全文都在存储页中,"
            "止于页脚的计时文字“0.205178s”(照录)。没有表格,9个编号条目各带分值,分值写在括号里"
            "(10分、5分、每个5分、每次5分、每条1分)。条目3、4、6写“1-2个/1-2次”这样的区间,"
            "金标按下限记为 >=1,并把原文区间放在 target_text;按“每个/每次/每条”计分的条目没有固定分值,"
            "weight 记为 null。第9条加分项只列加分情形、没有目标值,未作为指标行。"
            "引言和第9条改写成我自己的话,其余条目是目标本身,原样保留。没有总分,因此不做分值合计检查。"
        ),
    },
    "blind295_xizang_shuangchuang_zipingbaogao.docx": {
        "source_urls": ["https://m.jinchutou.com/p-182936837.html"],
        "province": "西藏自治区",
        "doc_kind": "“双创”载体建设扶持资金绩效自评报告模板(众创空间/科技孵化器)",
        "patterns": [8],
        "indicators": [
            ind(None, None, "场地面积", ">=", 1000, "平方米", "1000平方米以上"),
            ind(None, None, "运营", ">=", 6, "个月", "满6个月"),
            ind(None, None, "入驻企业(团队)使用面积占总场地面积", ">=", 60, "%", "60%以上"),
            ind(None, None, "入驻企业(团队)", ">=", 20, "家", "20家以上"),
            ind(None, None, "入驻协议", ">=", 1, "年", "一年以上"),
            ind(None, None, "入驻企业(团队)吸纳就业", ">=", 50, "人", "50人以上"),
            ind(None, None, "西藏户籍人员占比", ">=", 50, "%", "50%以上"),
            ind(None, None, "就业合同", ">=", 1, "年", "一年及以上"),
            ind(None, None, "专职管理服务人员", ">=", 5, "人", "5人以上"),
            ind(None, None, "专兼职创业导师", ">=", 5, "名", "5名以上"),
        ],
        "goals": [{"kind": "总体绩效目标", "text": XIZANG_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.placeholder", "item": "支付预算",
             "why": "“总拨付经费 万元,目前到位 万元”金额留空,模板未填"},
            {"rule": "target.input_or_process", "item": "场地面积",
             "why": "场地面积是资助门槛和物力投入,不是资金使用后的产出或效果"},
            {"rule": "target.input_or_process", "item": "专职管理服务人员",
             "why": "管理人员人数是人力投入条件,不能作为绩效目标"},
            {"rule": "target.input_or_process", "item": "专兼职创业导师",
             "why": "导师人数同样是投入条件,不是产出"},
        ],
        "notes": (
            "金锄头文库上的自评报告模板(上传于2021-05-26,援引藏财教201966号,原文文号无括号,照录)。"
            "只重现文档正文,不含网站的上传人/下载按钮等外框。存储页在“总体绩效目标”一段中途止于"
            "“自治区级科”(后面应是科技企业孵化器的标准),文档也停在这里。"
            "“总体绩效目标”实际写的是资助门槛(场地、入驻企业数、就业人数、人员配置),逐条拆成指标行;"
            "“一年以上”“一年及以上”中的中文数字记为 1 年。因为页面在目标段中途截断,"
            "不对缺少效益/满意度维度作出判断。引言改写成我自己的话,门槛条目的数字和措辞保留。"
        ),
    },
    "blind295_guangdong_gz_gxj_jiqun_gongshi.docx": {
        "source_urls": ["http://www.hpsme.org.cn/Info.aspx?Gcode=020302&id=14598"],
        "province": "广东省",
        "doc_kind": "工信局省级专项资金安排计划及绩效目标公示(附资金安排表)",
        "patterns": [8],
        "indicators": [],
        "goals": [{"kind": "总体目标", "text": GZ_GOAL}],
        "facts": [],
        "findings": [],
        "notes": (
            "转载于黄埔中小企业服务网的广州市工业和信息化局公示(2021-04-23)。附件1为一行的资金安排表"
            "(序号/项目名称/促进机构名称/补助资金,单位:万元,600),没有合计行。存储页在附件2“总体目标”的第一句"
            "中途止于“公共服务活动,”,绩效指标表不在存储页中,因此没有指标行,也不对目标是否量化、"
            "是否只写过程下结论。奇怪之处:省级专项资金的总体目标开头写的是“中央财政资金及时到位”,照录;"
            "标题前多一个“市:”,照录。公示说明和异议渠道改写成我自己的话。"
        ),
    },
    "blind295_neimenggu_linhe_waijingmao_2023.docx": {
        "source_urls": ["http://www.linhe.gov.cn/html/59/24575.html"],
        "province": "内蒙古自治区",
        "doc_kind": "2023年中央外经贸发展资金项目绩效自评报告(开头部分)",
        "patterns": [],
        "indicators": [],
        "goals": [{"kind": "预期目标", "text": LINHE_GOAL}],
        "facts": [
            {"metric": "中央外经贸发展资金", "kind": "sum", "total": 2355.00,
             "parts": [200, 180, 175, 200, 200, 250, 250, 250, 250, 200, 200], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "临河区政府网站上的外经贸发展资金自评报告,存储页从“一、项目基本情况”开始(无标题),"
            "在“(二)绩效目标设定及指标完成情况”的预期目标句中途止于“补助提升”,指标完成表不在存储页中。"
            "11家企业的补助金额分三类列出(4家竞争力项目755万、5个海外仓项目1200万、2家对外投资400万,"
            "小计原文未写),合计正好等于下达的2355.00万元,金标记一条求和事实,应当不报错。"
            "预期目标可见部分只复述文件和补助金额,但句子被截断,不据此判 goal.budget_text。"
            "介绍段落改写成我自己的话,企业名称与金额原样保留(“补助资金/补助金额”混用照录)。"
        ),
    },
    "blind295_shanxi_jinzhong_waimao_pingjia.docx": {
        "source_urls": [
            "http://jzkfq.sxjz.gov.cn/zwgk/xxgkmlzt2xxgk/czzj2xxgk/czyjsgk2xxgk/qtgksx2xxgk/content_26407"
        ],
        "province": "山西省",
        "doc_kind": "外贸进出口奖励专项资金第三方绩效评价报告摘要",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "预算执行率", "kind": "rate", "total": 943.23, "parts": [926.12],
             "unit": "万元", "stated_rate": 98.19},
        ],
        "findings": [],
        "notes": (
            "晋中开发区政府信息公开页(2022-11-18),第三方机构山西盛禹房地产资产评估有限公司的评价报告摘要。"
            "存储页在“四、项目绩”处截断,评价得分、指标分析都不在页中。可检查的只有执行率:"
            "926.12/943.23=98.186%,四舍五入为98.19%,与原文一致,不应报 consistency.rate;"
            "到位率100%没有给出到位金额,无法复核。索引号写作“-2022-00000040”(前缀缺失),照录;"
            "项目概况段改写成我自己的话,文件名与文号保留。"
        ),
    },
    "blind295_guangdong_yangjiang_fuhuaqi_ziping.docx": {
        "source_urls": ["http://www.yjgx.gov.cn/zwgk/zwgkml/content/post_700944.html"],
        "province": "广东省",
        "doc_kind": "区级财政资金项目支出绩效自评报告(科技企业孵化器建设,封面+基本情况)",
        "patterns": [8],
        "indicators": [],
        "goals": [{"kind": "项目目的", "text": "进一步提升孵化园区创新创业环境,提高孵化器运营能力"}],
        "facts": [
            {"metric": "项目总投入", "kind": "sum", "total": 72.65,
             "parts": [3, 1.8, 10.47, 15.5, 41.88], "unit": "万"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "进一步提升孵化园区创新创业环境",
             "why": "项目目的只用“进一步提升”“提高”,没有入驻企业数、孵化成效等任何数字"},
        ],
        "notes": (
            "阳江高新区科学技术局的自评报告(2022-09-19发布,填报日期2022年9月9日,项目周期2021年)。"
            "保留封面要素:项目名称、主管部门“(公章)阳江高新区科学技 术局”(原文断行,照录为中间一个空格)、"
            "填报人、电话、“阳江高新区财政局制”。存储页在项目概况末句中途止于“阳江高新”,"
            "绩效目标表和自评得分不在页中,所以没有指标行。五项支出合计3+1.8+10.47+15.5+41.88=72.65万,"
            "与总投入一致(单位写作“万”,照录)。管理办法的要求和单位简介改写成我自己的话。"
        ),
    },
}


# ---------------------------------------------------------------------------
# Building helpers
# ---------------------------------------------------------------------------

def new_doc():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind295"
    cp.last_modified_by = "blind295"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    return t


def save_docx(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin:
        entries = {n: zin.read(n) for n in zin.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, entries[name])


# ---------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------

def build_yiling(path):
    doc = new_doc()
    para(doc, "夷陵区")
    para(doc, "科技特派员,您身边的科技专家")
    para(doc, "科技特派员,您身边的科技专家!")
    para(doc, "当前位置:首页 > 政策动态")
    para(doc, "夷陵区科技特派员工作站绩效评价任务清单", bold=True, center=True, size=15)
    para(doc, "浏览710次   2024-08-19发布")
    para(doc, "依据《夷陵区科技特派员工作站管理制度》以及各工作站自行制定的年度计划,为做好全区科技特派员"
              "工作站的考评,现就评价相关事项告知如下:")
    for item in YILING_ITEMS:
        para(doc, item)
    para(doc, "0.205178s")
    save_docx(doc, path)


def build_xizang(path):
    doc = new_doc()
    para(doc, "1、自治区“双创”载体建设扶持资金“ 众创空间(或科技孵化器)” 绩效自评报告(模板)",
         bold=True, center=True, size=14)
    para(doc, "依照西藏自治区“双创”载体补助资金管理暂行办法(藏财教201966号)以及关于做好自治区级“双创”"
              "载体建设补助资金使用管理工作的通知的要求,现就我    众创空间(或科技孵化器)获拨的自治区级"
              "“双创”载体建设扶持资金的使用和绩效目标完成情况开展自评,结果如下:")
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "(一)支付预算:总拨付经费    万元,目前到位    万元。")
    para(doc, "(二)总体绩效目标:" + XIZANG_GOAL)
    save_docx(doc, path)


def build_gz(path):
    doc = new_doc()
    para(doc, "详情")
    para(doc, "您的当前位置:首页>政务信息>公示公告")
    para(doc, "市:广州市工业和信息化局关于2021年省级促进经济高质量发展专项资金(工业企业转型升级-战略性产业集群"
              "产业链支撑)支持先进制造业集群培育方向安排计划的公示", bold=True, center=True, size=14)
    para(doc, "发布时间:2021-04-23 来源:广州市工业和信息化局")
    para(doc, "依照《广东省省级财政专项资金管理办法(试行)》(粤府〔2018〕120号)等相关规定,现对安排计划及"
              "绩效目标进行公示。")
    para(doc, "本次公示期为2021年4月22日至4月28日,共7天。")
    para(doc, "如对公示内容有不同意见,请于公示期内向我局提出。以个人名义反映的,须提供真实姓名、联系方式以及"
              "所反映事项的证明材料;以单位名义反映的,须提供真实单位名称(加盖公章)、联系人、联系方式以及"
              "所反映事项的证明材料。")
    para(doc, "附件:")
    para(doc, "1、广州市工业和信息化局关于2021年省级促进经济高质量发展专项资金(工业企业转型升级-战略性产业集群"
              "产业链支撑)支持先进制造业集群培育方向安排计划")
    para(doc, "2、2021年省级促进经济高质量发展专项资金(工业企业转型升级-战略性产业集群产业链支撑)支持先进制造业"
              "集群培育方向绩效目标")
    p = para(doc, "广州市工业和信息化局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "2021年4月22日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "附件:")
    para(doc, "广州市工业和信息化局关于2021年省级促进经济高质量发展专项资金(工业企业转型升级-战略性产业集群产业链"
              "支撑)支持先进制造业集群培育方向安排计划", bold=True, center=True)
    para(doc, "单位:万元")
    table(doc, [
        ["序号", "项目名称", "促进机构名称", "补助资金"],
        ["1", "广东省广深佛莞智能装备产业集群", "广东省机械工业质量管理协会", "600"],
    ])
    para(doc, "")
    para(doc, "2021年省级促进经济高质量发展专项资金(工业企业转型升级-战略性产业集群产业链支撑)支持先进制造业集群"
              "培育方向绩效目标", bold=True, center=True)
    para(doc, "总体目标", bold=True)
    para(doc, GZ_GOAL)
    save_docx(doc, path)


def build_linhe(path):
    doc = new_doc()
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目基本情况简介。")
    para(doc, LINHE_BODY)
    para(doc, "(二)绩效目标设定及指标完成情况。")
    para(doc, "预期目标:" + LINHE_GOAL)
    save_docx(doc, path)


def build_jz(path):
    doc = new_doc()
    para(doc, "山西转型综合改革示范区晋中开发区")
    para(doc, "政府信息公开")
    para(doc, "您的位置:首页 >详细内容")
    table(doc, [
        ["索引号:", "-2022-00000040", "发布机构:", ""],
        ["生效日期:", "2022-11-18", "废止日期:", ""],
        ["文 号:", "", "所属主题:", "其他公开事项"],
    ])
    para(doc, "")
    para(doc, "2021年1月-10月外贸进出口奖励专项资金绩效评价报告", bold=True, center=True, size=14)
    para(doc, "来源: 发布时间:2022-11-18 浏览次数:")
    para(doc, "2021年1月-10月外贸进出口奖励专项资金项目", bold=True, center=True)
    para(doc, "绩效评价报告摘要", bold=True, center=True)
    para(doc, "山西盛禹房地产资产评估有限公司接受山西综改示范区晋中开发区财政局委托,秉持客观、科学、规范的原则,"
              "于2022年6月28日-8月31日对2021年1月-10月外贸进出口奖励专项资金项目开展了绩效评价,评价结果报告如下:")
    para(doc, "一、项目名称及项目资金", bold=True)
    para(doc, "(一)项目名称:2021年1月-10月外贸进出口奖励专项资金项目")
    para(doc, "(二)项目金额:2021年1月-10月外贸进出口奖励专项资金项目共计943.23万元。")
    para(doc, "二、项目概况", bold=True)
    para(doc, JZ_OVERVIEW)
    para(doc, "三、项目资金收支情况", bold=True)
    para(doc, JZ_FUNDS)
    para(doc, "四、项目绩", bold=True)
    save_docx(doc, path)


def build_yj(path):
    doc = new_doc()
    para(doc, "当前位置:首页 > 政务公开 > 政务公开目录")
    para(doc, "区级财政资金项目支出绩效自评报告(科技企业孵化器建设)", bold=True, center=True, size=14)
    para(doc, "来源:阳江高新区科学技术局 发布日期:2022-09-19 17:53 浏览量:- 【字体:")
    para(doc, "项目名称:科技企业孵化器建设")
    para(doc, "项目主管部门(单位):(公章)阳江高新区科学技 术局")
    para(doc, "填报人姓名:杨媛")
    para(doc, "联系电话:0662-3821211")
    para(doc, "填报日期:2022年9月9日")
    para(doc, "阳江高新区财政局制", center=True)
    para(doc, "2022年", center=True)
    para(doc, "一、 项目基本情况", bold=True)
    para(doc, "(一) 项目用款单位简要情况。")
    para(doc, YJ_UNIT)
    para(doc, "(二)项目概况。")
    para(doc, YJ_OVERVIEW)
    save_docx(doc, path)


BUILDERS = {
    "blind295_hubei_yiling_kjtpy_renwuqingdan.docx": build_yiling,
    "blind295_xizang_shuangchuang_zipingbaogao.docx": build_xizang,
    "blind295_guangdong_gz_gxj_jiqun_gongshi.docx": build_gz,
    "blind295_neimenggu_linhe_waijingmao_2023.docx": build_linhe,
    "blind295_shanxi_jinzhong_waimao_pingjia.docx": build_jz,
    "blind295_guangdong_yangjiang_fuhuaqi_ziping.docx": build_yj,
}


# ---------------------------------------------------------------------------
# PDF export and normalisation
# ---------------------------------------------------------------------------

def export_pdf(docx_path):
    outdir = os.path.join(HERE, "_pdf_tmp")
    os.makedirs(outdir, exist_ok=True)
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", outdir, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        name = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
        with open(os.path.join(outdir, name), "rb") as fh:
            data = fh.read()
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
    data = normalise_pdf(data)
    pdf_path = os.path.splitext(docx_path)[0] + ".pdf"
    with open(pdf_path, "wb") as fh:
        fh.write(data)
    return pdf_path


def _same_len_digits(match):
    """Overwrite the digits with 2024-01-01 00:00:00 (then zeros), keeping the length."""
    fixed = iter(b"20240101000000" + b"0" * 64)
    return re.sub(rb"[0-9]", lambda m: bytes([next(fixed)]), match.group(0))


def _same_len_hex(match):
    """Zero the hex digits of group 2 only, keeping the key (group 1) intact."""
    return match.group(1) + re.sub(rb"[0-9A-Fa-f]", b"0", match.group(2))


def normalise_pdf(data):
    """Replace dates, checksums and the document ID with fixed bytes of the same length."""
    data = re.sub(rb"/(CreationDate|ModDate)\s*\(D:[0-9+\-Z']+\)", _same_len_digits, data)
    data = re.sub(rb"(/ID\s*)(\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\])", _same_len_hex, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", _same_len_hex, data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>", _same_len_digits, data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F\-]{36})", _same_len_hex, data)
    return data


# ---------------------------------------------------------------------------
# Annotations and checks
# ---------------------------------------------------------------------------

def write_annotations():
    os.makedirs(ANN, exist_ok=True)
    for fname, gold in GOLD.items():
        for source in (fname, os.path.splitext(fname)[0] + ".pdf"):
            record = {"source": source}
            record.update(gold)
            with open(os.path.join(ANN, source + ".json"), "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False, indent=2, sort_keys=False)
                fh.write("\n")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(fname):
    pdf = os.path.join(HERE, os.path.splitext(fname)[0] + ".pdf")
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True)
    text = squash(out.stdout.decode("utf-8"))
    gold = GOLD[fname]
    missing = []
    wanted = []
    for row in gold["indicators"]:
        wanted.append(row["name"])
        if row["target_text"]:
            wanted.append(row["target_text"])
    for goal in gold["goals"]:
        wanted.append(goal["text"])
    for finding in gold["findings"]:
        item = finding["item"]
        if "/" in item:
            continue  # dimension names, not text of the document
        wanted.append(item[:20])
    for w in wanted:
        if squash(w) not in text:
            missing.append(w)
    return missing


def main():
    write_annotations()
    problems = 0
    for fname, builder in BUILDERS.items():
        path = os.path.join(HERE, fname)
        builder(path)
        export_pdf(path)
        missing = check_pdf(fname)
        if missing:
            problems += 1
            print(f"MISSING in {fname}: {missing}")
        else:
            print(f"ok {fname}")
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
