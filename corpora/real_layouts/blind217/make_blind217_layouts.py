# -*- coding: utf-8 -*-
"""blind217: contracts / agreements / responsibility documents with assessment points.

Gold first (as Python data, written from the stored pages), then the builders
(python-docx), the LibreOffice PDF export, the annotation files and the
pdftotext check.  Run with /tmp/venv/bin/python.
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

PART = "blind217"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ----------------------------------------------------------------------------
# GOLD
# ----------------------------------------------------------------------------
GOLD = {}

# 1. 广西 XX市 乡镇党政主要工作目标管理责任制考评办法 (renrendoc)
GX_GOAL = "努力实现争创“广西经济发展十佳县(市)”的目标"
GOLD["guangxi-xxshi-xiangzhen-mubiaoguanli-kaopingbanfa"] = {
    "source_urls": ["https://www.renrendoc.com/p-24759967.html"],
    "province": "广西壮族自治区",
    "doc_kind": "目标管理责任状考评办法",
    "patterns": [6, 10],
    "indicators": [
        {"level1": "扶贫攻坚和小康建设", "level2": None, "name": "小额信贷资金历年资金累计回收率",
         "operator": ">=", "value": 90, "unit": "%", "target_text": "累计回收率达90%以上",
         "actual": None, "weight": 10, "score": None},
        {"level1": "扶贫攻坚和小康建设", "level2": None, "name": "贫困村基础设施建设",
         "operator": None, "value": None, "unit": None,
         "target_text": "完成人畜饮水工程、村屯道路、沼气池建设任务",
         "actual": None, "weight": 15, "score": None},
        {"level1": "扶贫攻坚和小康建设", "level2": None, "name": "劳务输出任务",
         "operator": None, "value": None, "unit": None, "target_text": "完成劳务输出任务",
         "actual": None, "weight": 10, "score": None},
        {"level1": "农业和农村工作", "level2": None, "name": "农林牧副渔业总产值",
         "operator": None, "value": 12, "unit": "%", "target_text": "比上年度增长12%",
         "actual": None, "weight": 10, "score": None},
        {"level1": "农业和农村工作", "level2": None,
         "name": "“吨粮田”、“万元田”建设任务以及优质稻和玉米单交种植推广任务",
         "operator": None, "value": None, "unit": None,
         "target_text": "完成“吨粮田”、“万元田”建设任务以及优质稻和玉米单交种植推广任务",
         "actual": None, "weight": 10, "score": None},
        {"level1": "农业和农村工作", "level2": None,
         "name": "糖蔗种植面积、进厂产量、良种种植及“吨糖田”建设任务、示范片建设任务",
         "operator": None, "value": None, "unit": None,
         "target_text": "完成糖蔗种植面积、进厂产量、良种种植及“吨糖田”建设任务、示范片建设任务",
         "actual": None, "weight": 10, "score": None},
        {"level1": "农业和农村工作", "level2": None,
         "name": "桑园种植面积任务和示范面积任务以及新品种、新技术推广应用任务",
         "operator": None, "value": None, "unit": None,
         "target_text": "完成桑园种植面积任务和示范面积任务以及新品种、新技术推广应用任务",
         "actual": None, "weight": 10, "score": None},
        {"level1": "农业和农村工作", "level2": None, "name": "秋冬菜种植任务",
         "operator": None, "value": None, "unit": None, "target_text": "完成秋冬菜种植任务",
         "actual": None, "weight": 10, "score": None},
        {"level1": "农业和农村工作", "level2": None, "name": "猪、牛品种改良任务",
         "operator": None, "value": None, "unit": None,
         "target_text": "完成猪、牛品种改良任务防疫密度达标完成畜牧水产饲",
         "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "总体目标", "text": GX_GOAL}],
    "facts": [
        {"metric": "扶贫攻坚和小康建设分值", "kind": "sum", "total": 40, "parts": [15, 15, 10],
         "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "贫困村基础设施建设",
         "why": "只写“完成…建设任务”，工程数量、公里数、口数均未写出，任务量在别处下达"},
        {"rule": "target.missing_value", "item": "劳务输出任务",
         "why": "劳务输出的人数未写，只写完成任务"},
        {"rule": "target.missing_value", "item": "“吨粮田”、“万元田”建设任务以及优质稻和玉米单交种植推广任务",
         "why": "面积等任务量未写出"},
        {"rule": "target.missing_value", "item": "糖蔗种植面积、进厂产量、良种种植及“吨糖田”建设任务、示范片建设任务",
         "why": "种植面积、进厂产量的目标数未写出"},
        {"rule": "target.missing_value", "item": "桑园种植面积任务和示范面积任务以及新品种、新技术推广应用任务",
         "why": "面积目标未写出"},
        {"rule": "target.missing_value", "item": "秋冬菜种植任务",
         "why": "种植面积目标未写出"},
        {"rule": "target.missing_value", "item": "猪、牛品种改良任务",
         "why": "改良头数及防疫密度的数值未写出(且页面在此截断)"},
    ],
    "notes": ("Stored page (renrendoc text preview) stops inside item (二)6 at '完成畜牧水产饲'; the 6th row is "
              "kept as a cut row with no points. The year digits are missing in the page ('年度乡镇…', "
              "'XX市年上半年') and are kept missing. The page drops most commas; the numbered items keep that. "
              "Intro sentence rewritten in my own words. Item (一)1: base 10 points plus 5 bonus points for "
              ">=90% recovery; weight recorded as the base 10. Fact (一)=40 uses the maximum points per item "
              "(10+5, 15, 10); with base points only the items give 35. Section (二) 130分 cannot be summed "
              "(page cut). Items are scored tasks stated in running text; each numbered item is one row."),
}

# 2. 湖南 长沙 芙蓉区文艺路街道 垃圾分类 第三方服务 采购需求 (bidcenter)
WY_GOAL1 = "实现创建“市级生活垃圾分类示范街道”的工作目标"
WY_GOAL2 = "并做出垃圾分类的街道特色"
GOLD["hunan-changsha-wenyilu-lajifenlei-caigouxuqiu"] = {
    "source_urls": ["https://m.bidcenter.com.cn/newsrili-1-257768587.html"],
    "province": "湖南省",
    "doc_kind": "政府购买服务采购需求",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": "居民垃圾分类基本内容的知晓率", "operator": ">=",
         "value": 100, "unit": "%", "target_text": "达100%", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "垃圾分类满意率", "operator": ">=",
         "value": 95, "unit": "%", "target_text": "达到95%", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "垃圾分类参与率", "operator": ">=",
         "value": 95, "unit": "%", "target_text": "达到95%", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "垃圾分类准确率", "operator": ">=",
         "value": 90, "unit": "%", "target_text": "达到90%", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "资源化利用率", "operator": ">=",
         "value": 35, "unit": "%", "target_text": "达到35%", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "总体目标", "text": WY_GOAL1}, {"kind": "绩效目标", "text": WY_GOAL2}],
    "facts": [
        {"metric": "小区数", "kind": "sum", "total": 73, "parts": [23, 50], "unit": "个"},
    ],
    "findings": [
        {"rule": "target.impossible_value", "item": "居民垃圾分类基本内容的知晓率",
         "why": "“达100%”按≥读即100%封顶，应写=100%或设可达的值"},
        {"rule": "target.satisfaction_weak", "item": "垃圾分类满意率",
         "why": "满意率未写调查对象、方法和样本"},
        {"rule": "goal.unquantified", "item": WY_GOAL2,
         "why": "“街道特色”无任何可衡量的标准"},
    ],
    "notes": ("Stored page stops at '货物采购清单采购' after the budget line. Budget figures and population are "
              "masked with asterisks on the page (*******.00元/年, *****人) and are kept masked. The doubled "
              "numbering (一、功能及要求 / 一、项目背景; 二、项目概况 / 二、相关标准) and the stray '〉' in the "
              "cited document title are kept. Background and 项目概况 sentences rewritten; the target sentence "
              "kept verbatim. '达'/'达到' read as >=. 219栋+224栋 has no stated total, so no fact."),
}

# 3. 江苏 扬州 安全生产目标管理考核细则 (book118)
GOLD["jiangsu-yangzhou-anquanshengchan-mubiaoguanli-kaohexize"] = {
    "source_urls": ["https://max.book118.com/html/2016/1208/69839035.shtm"],
    "province": "江苏省",
    "doc_kind": "目标管理考核细则",
    "patterns": [6],
    "indicators": [
        {"level1": "安全生产控制指标落实情况", "level2": None, "name": "安全生产控制指标",
         "operator": "<=", "value": None, "unit": None,
         "target_text": "各类事故死亡人数在下达的年度控制指标以内。",
         "actual": None, "weight": 20, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "安全生产控制指标落实情况分值", "kind": "sum", "total": 20, "parts": [20], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "安全生产控制指标",
         "why": "只写“在下达的年度控制指标以内”，死亡人数上限没有数字"},
    ],
    "notes": ("Stored page (book118 preview, after the site's notice list) holds only the first row of the "
              "table; the scoring cell stops at '二、'. No header row is shown on the page, so the table has "
              "none. Title keeps '20年度' (year digits missing). The four 绝对指标 named in the scoring cell "
              "have no figure and are not rows."),
}

# 4. 湖南 邵东 城区环卫一体化特许经营项目 合同公告 (bidcenter) - prose only
GOLD["hunan-shaodong-huanwei-yitihua-hetong"] = {
    "source_urls": ["https://m.bidcenter.com.cn/newsrili-4-267444834.html"],
    "province": "湖南省",
    "doc_kind": "政府采购合同(环卫一体化服务)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Prose only. Stored page stops at item '9、' of 项目内容, before any price, assessment or payment "
              "clause. Parties, date (2023年11月22日), masked plan number and section number kept as written; "
              "the service-content list reworded."),
}

# 5. 云南 永仁县 工信商务科技局 2020年度安全生产目标责任制考核通知 - prose only
GOLD["yunnan-yongren-gongxin-anquanzerenshu-kaohe"] = {
    "source_urls": ["https://yzqiujing.cn/info/1621/33951.htm"],
    "province": "云南省",
    "doc_kind": "目标责任书考核通知",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Prose only. The stored page is a mirror in traditional characters; built here in simplified "
              "characters (names unchanged otherwise). Stops at '(二)一票否决。凡企业'. Grade bands "
              "(100分; 90—100优秀, 70—90(不含90)合格, 70(不含70)以下不合格) are kept as written."),
}

# ----------------------------------------------------------------------------
# Builders
# ----------------------------------------------------------------------------
FONT = "Noto Serif CJK SC"


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    st.font.name = FONT
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
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


def build_guangxi(d):
    para(d, "乡镇党政主要工作目标管理责任制考评办法", bold=True, center=True, size=14)
    para(d, "年度乡镇党政主要工作目标", bold=True, center=True, size=16)
    para(d, "管理责任制考评办法", bold=True, center=True, size=16)
    para(d, "按照XX市县(市、区)委书记、县(市、区)长会议及XX市年上半年工作汇报会议的部署，"
            + GX_GOAL + "，依照XX市年度党政主要领导目标管理责任状的要求，为方便年度考评，制定本办法")
    para(d, "一、任务目标(千分制)", bold=True)
    para(d, "(一)扶贫攻坚和小康建设(40分)", bold=True)
    para(d, "1、完成小额信贷资金历年资金累计回收率任务基础分为10分没有小额信贷回收任务的乡镇计10分;"
            "有任务的乡镇累计回收率达90%以上的加5分回收率达不到90%的倒扣基础分2分")
    para(d, "2、抓好贫困村基础设施建设完成人畜饮水工程、村屯道路、沼气池建设任务完成任务计15分"
            "不完成任务扣2分没有贫困村的乡镇计10分")
    para(d, "3、完成劳务输出任务计10分不完成任务扣2分")
    para(d, "由市扶贫办、市劳动和社会保障局考评")
    para(d, "(二)农业和农村工作(130分)", bold=True)
    para(d, "1、农林牧副渔业总产值比上年度增长12%完成任务计10分不完成任务扣2分由市统计局考评")
    para(d, "2、完成“吨粮田”、“万元田”建设任务以及优质稻和玉米单交种植推广任务计10分;"
            "每小项不完成任务扣1分由市农业局考评")
    para(d, "3、完成糖蔗种植面积、进厂产量、良种种植及“吨糖田”建设任务、示范片建设任务计10分"
            "每小项不完成任务扣1分由市糖业局考评")
    para(d, "4、完成桑园种植面积任务和示范面积任务以及新品种、新技术推广应用任务计10分;"
            "每小项不完成任务扣1分由市桑蚕办考评")
    para(d, "5、完成秋冬菜种植任务计10分;不完成任务扣2分由市农业局考评")
    para(d, "6、完成猪、牛品种改良任务防疫密度达标完成畜牧水产饲")


def build_wenyilu(d):
    para(d, "长沙市芙蓉区文艺路街道办事处:文艺路街道创建长沙市生活垃圾分类示范街道项目采购需求公开",
         bold=True, center=True, size=13)
    para(d, "一、功能及要求:", bold=True)
    para(d, "一、项目背景", bold=True)
    para(d, "依据《湖南省人民政府办公厅关于印发湖南省地级城市生活垃圾分类工作实施方案〉的通知》"
            "(湘政办发〔2020〕25号)、《长沙市生活垃圾管理条例》和《2023 年长沙市生活垃圾分类示范创建工作实施方案》"
            "等文件，文艺路街道要加快全面推进生活垃圾分类和垃圾分类“争示范”工作，创建市级生活垃圾分类工作示范街道。"
            "为此拟引入第三方服务公司全面运营，提高垃圾分类质量，"
            "全街道居民垃圾分类基本内容的知晓率达100%,垃圾分类满意率达到95%,垃圾分类参与率达到95%,"
            "垃圾分类准确率达到90%,资源化利用率达到35%。" + WY_GOAL2 + "。" + WY_GOAL1 + "。")
    para(d, "二、项目概况", bold=True)
    para(d, "文艺路街道属湖南省长沙市芙蓉区，位于芙蓉区西南部，四至为人民中路中心线、芙蓉路中心线、"
            "五一大道中心线、韶山北路中心线及人民路中心线合围的范围，总面积0.953平方千米。"
            "截至2011年末，街道总人口*****人，其中城镇常住人口*****人。"
            "街道下设7个社区(识字里、文艺新村、韭菜园、湘府、乔庄、东广济桥、南元宫)，共有73个小区，"
            "其中物业小区23个219栋，非物业小区50个224栋，小区户数共计 ***** 户。")
    para(d, "二、相关标准", bold=True)
    para(d, "符合行业相关标准")
    para(d, "三、技术规格", bold=True)
    para(d, "一、项目预算", bold=True)
    para(d, "项目预算:*******.00元/年;其中:货物采购预算总价不得超过******.00元,"
            "劳务服务采购预算总价不得超过******.00元/年。")
    para(d, "货物采购清单采购")


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if i < len(lines) - 1:
            r.add_break()


def build_yangzhou(d):
    para(d, "附件1:")
    para(d, "扬州市20年度安全生产目标管理考核细则(县、市、区)", bold=True, center=True, size=14)
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 3))
    set_cell(top, "(一)安全生产控制指标落实情况 (20分)", bold=True)
    set_cell(t.cell(1, 0), "一、安全生产控制指标")
    set_cell(t.cell(1, 1), "20分")
    set_cell(t.cell(1, 2), "各类事故死亡人数在下达的年度控制指标以内。")
    set_cell(t.cell(1, 3), "一、绝对指标:工矿商贸企业事故死亡人数、火灾事故死亡人数、道路交通事故死亡人数、"
                           "农业机械死亡人数控制在指标以内。\n二、")


def build_shaodong(d):
    para(d, "邵东市城区环卫一体化特许经营项目合同公告", bold=True, center=True, size=14)
    para(d, "项目名称:邵东市城区环卫一体化特许经营项目")
    para(d, "委托方(甲方):邵东市市容环境卫生服务中心")
    para(d, "实施方(乙方):湖南保利天创物业发展有限公司")
    para(d, "签订日期:2023年11月22日")
    para(d, "政府采购合同", bold=True, center=True, size=13)
    para(d, "采购人(全称):邵东市市容环境卫生服务中心(甲方)")
    para(d, "供应商(全称):湖南保利天创物业发展有限公司(乙方)")
    para(d, "为维护甲、乙双方的合法权益，甲乙双方依照《中华人民共和国民法典》《中华人民共和国政府采购法》"
            "以及其他相关法律、法规和规章，订立本合同协议书。")
    para(d, "1.项目信息", bold=True)
    para(d, "(1)采购项目名称:邵东市城区环卫一体化特许经营项目")
    para(d, "(2)采购计划编号:邵东财采计*******")
    para(d, "(3)标段号: 一标段")
    para(d, "(4)项目内容:1、道路保洁服务内容:①道路、广场的清扫保洁、洒水和清洗;②护栏和道路明沟的清洗保洁;"
            "③垃圾收集并转运到垃圾站;④清扫区域内已倒闭或改制、无物业管理的企业单位院内垃圾的转运;"
            "⑤清扫保洁作业垃圾转运到垃圾收集站;⑥服务道路可视范围内的垃圾清理，以及城乡结合部与服务道路相邻的"
            "已硬化空坪隙地的清扫保洁。2、绿化带保洁服务内容:绿化带保洁及墙体清洗保洁等。"
            "3、垃圾站及公厕保洁服务内容:垃圾站和公厕的日常保洁、养护管理与运维。"
            "4、服务范围内垃圾容器的规划布置、购置、清洁、维护，以及果皮箱的购置、清洁、维护和更换。"
            "5、服务范围内无主垃圾(含建筑垃圾)的收集清理，以及找不到责任人的渣土车零星洒落物的清扫。"
            "6、服务范围内其他市容环境卫生事项，以及迎接重大检查、保障重大活动等临时加班和突击任务。"
            "7、恶劣天气造成的突发应急事项的处理。8、大气污染防治方面的有关作业要求。9、")


def build_yongren(d):
    para(d, "永仁县工业信息化商务科学技术局关于开展2020年度安全生产目标责任制考核工作的通知",
         bold=True, center=True, size=13)
    para(d, "为使《永仁县工业信息化商务科学技术局2020年安全生产责任书》落到实处，永仁县工信商务科技局决定对"
            "2020年安全生产责任书内容和年度安全生产工作重点进行考核，现就2020年度安全生产目标责任制考核工作通知如下:")
    para(d, "一、考核对象:", bold=True)
    para(d, "与我局签订《2020年企业安全生产责任书》的相关企业")
    para(d, "二、考核时间:", bold=True)
    para(d, "(一)考核时间:2020年12月")
    para(d, "三、考核内容:", bold=True)
    para(d, "(一)《2020年企业安全生产责任书》的企业安全生产目标和责任目标完成情况;")
    para(d, "(二)《永仁县工业信息化商务科学技术局2020年安全生产检查工作重点》的相关内容;")
    para(d, "(三)《永仁县工业信息化商务科学技术局企业安全生产责任状量化考核表》的落实情况。")
    para(d, "四、考核要求:", bold=True)
    para(d, "各企业应依照年初与我局签订的《2020年企业安全生产责任书》、《永仁县工业信息化商务科学技术局2020年"
            "安全生产检查工作重点》和《永仁县工业信息化商务科学技术局企业安全生产责任状量化考核表》，"
            "及时完善、总结并归档相关资料，供考核组查阅。")
    para(d, "五、考核等次评定:", bold=True)
    para(d, "(一)考核等次。我局依据《安全责任状考核量化标准评分细则》对《企业安全责任书》的执行情况考核打分。"
            "考核分为优秀、合格、不合格三个等次。考核分值设定为100分。90—100分为优秀，70—90(不含90)分为合格，"
            "70(不含70)分以下为不合格。")
    para(d, "(二)一票否决。凡企业")


BUILDERS = {
    "guangxi-xxshi-xiangzhen-mubiaoguanli-kaopingbanfa": build_guangxi,
    "hunan-changsha-wenyilu-lajifenlei-caigouxuqiu": build_wenyilu,
    "jiangsu-yangzhou-anquanshengchan-mubiaoguanli-kaohexize": build_yangzhou,
    "hunan-shaodong-huanwei-yitihua-hetong": build_shaodong,
    "yunnan-yongren-gongxin-anquanzerenshu-kaohe": build_yongren,
}


def deterministic_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def squash(s):
    return re.sub(r"\s+", "", s)


def check(base, gold):
    pdf = os.path.join(HERE, base + ".pdf")
    txt = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                text=True, check=True).stdout)
    txt2 = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                 text=True, check=True).stdout)
    missing = []
    wanted = []
    for ind in gold["indicators"]:
        wanted += [ind["name"], ind["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    for w in wanted:
        if w and squash(w) not in txt and squash(w) not in txt2:
            missing.append(w)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"documents": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for base, gold in GOLD.items():
        d = new_doc()
        BUILDERS[base](d)
        src = os.path.join(HERE, base + ".docx")
        d.save(src)
        deterministic_zip(src)
        export_pdf(src)
        for ext in ("docx", "pdf"):
            ann = {"source": base + "." + ext}
            ann.update(gold)
            with open(os.path.join(ANN, base + "." + ext + ".json"), "w", encoding="utf-8") as f:
                json.dump(ann, f, ensure_ascii=False, indent=1)
        miss = check(base, gold)
        if miss:
            bad += 1
            print("MISSING in", base, miss)
        totals["documents"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(gold[k])
    print(json.dumps(totals, ensure_ascii=False))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
