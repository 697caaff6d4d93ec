"""Build the blind247 layouts (DOCX/XLSX + PDF) and their gold annotations.

The gold (GOLD below) is written first, before any file is produced or read.
Run:  /tmp/wvenv/bin/python make_blind247_layouts.py
"""

import copy
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
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind247"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_WEIXI = "http://www.weixi.gov.cn/zfxxgk_weixi/zhengcewenjian/zcwj/202411/20241115_220078.html"
URL_SD = "http://czt.shandong.gov.cn/art/2022/12/30/art_10604_10311864.html"
URL_FSOU = "http://ask.fsou.com/html/text/lar/174200/17420045_2.html"
URL_HUBEI = "http://gat.hubei.gov.cn/zfxxgk/fdzdgknr/czzj/czzxzj/202008/t20200824_2832170.shtml"
URL_GD = "http://m.dsgjg668.com/support/58.html"
URL_CD = "https://www.cdxypx.cn/news_view.asp?id=5722"


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written before any file exists)
# ---------------------------------------------------------------------------

WEIXI_GOAL = (
    "到2025年,基本形成统一开放、竞争有序、诚信守法、监管有力的现代市场体系。"
    "具体是:营商环境持续优化,企业平均开办时间压缩到1个工作日内,全县市场主体数达到1.96万户;"
    "线上线下市场得到有效治理,市场运行更加规范;产品与设施安全有保障,食品检验量稳步达到5批次/千人以上,"
    "全县社会公众食品安全满意度达到88%以上,药械化抽检合格率达到90%以上;质量水平显著提高,"
    "公共服务质量满意度达到75%以上;消费者投诉举报按时办结率达到95%;创新活力进一步释放,"
    "每万人口发明专利拥有量达到1件以上,商标有效注册量达到1600件以上;监管效能全面提高,"
    "法治、信用、智慧监管多元共治的监管格局初步形成。"
)

SD_GOAL_TOTAL = (
    "5个区域应急救援中心分别作为全省自然灾害、海洋灾害、危化品事故、森林火灾、矿山和地质灾害等5类"
    "重特大灾害事故应急救援的“尖刀”和“拳头”力量,重点配备高精尖救援装备;遇重特大灾害时承担突击攻坚、"
    "控制局面和迅速展开抢险救援的关键任务,能够快速拉动执行全省救援任务,并按国家统一指挥跨省增援。"
)
SD_GOAL_2020 = (
    "2020年度绩效目标。提升建设质量和管理水平,加快形成战斗力,建强省级应急救援专业攻坚力量,"
    "进一步增强我省应对处置各类灾害事故的应急救援能力"
)

GOLD = {
    "blind247_weixi_scjg_plan.docx": {
        "source_urls": [URL_WEIXI],
        "province": "云南省",
        "doc_kind": "县政府印发市场监管现代化规划实施方案的通知(目标写在正文)",
        "patterns": [8],
        "indicators": [
            ind(None, None, "企业平均开办时间", "<=", 1, "个工作日", "压缩到1个工作日内"),
            ind(None, None, "全县市场主体数", ">=", 1.96, "万户", "达到1.96万户"),
            ind(None, None, "食品检验量", ">=", 5, "批次/千人", "达到5批次/千人以上"),
            ind(None, None, "全县社会公众食品安全满意度", ">=", 88, "%", "达到88%以上"),
            ind(None, None, "药械化抽检合格率", ">=", 90, "%", "达到90%以上"),
            ind(None, None, "公共服务质量满意度", ">=", 75, "%", "达到75%以上"),
            ind(None, None, "消费者投诉举报按时办结率", ">=", 95, "%", "达到95%"),
            ind(None, None, "每万人口发明专利拥有量", ">=", 1, "件", "达到1件以上"),
            ind(None, None, "商标有效注册量", ">=", 1600, "件", "达到1600件以上"),
            ind(None, None, "营商环境", None, None, None, "持续优化"),
            ind(None, None, "监管格局", None, None, None, "初步形成"),
        ],
        "goals": [{"kind": "总体目标", "text": WEIXI_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "营商环境",
             "why": "“持续优化”没有数值、基线或衡量口径,无法考核"},
            {"rule": "target.qualitative_no_scale", "item": "监管格局",
             "why": "“初步形成”是定性说法,没有分级标准或判定办法"},
        ],
        "notes": (
            "正文型实施方案,目标全部写在“一、总体要求”一段里,无表格。“达到…以上”记为>=;"
            "“压缩到1个工作日内”记为<=;“按时办结率达到95%”按“达到”记为>=。"
            "“市场运行更加规范”“质量水平显著提高”只是概括性表述,未单列指标,只在目标原文中保留。"
            "存储页停在“二、主要任务”的第一个小标题“(一)优化市场准入环境,激发市场主”处(标题本身被截断),照原样截断。"
        ),
    },
    "blind247_sd_yjjy_eval.docx": {
        "source_urls": [URL_SD],
        "province": "山东省",
        "doc_kind": "省级财政重点绩效评价报告(应急救援中心建设,开头部分)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": SD_GOAL_TOTAL},
            {"kind": "年度目标", "text": SD_GOAL_2020},
        ],
        "facts": [
            {"metric": "2020-2022年省级财政项目预算", "kind": "sum", "total": 28600,
             "parts": [3500, 10500, 14600], "unit": "万元"},
            {"metric": "2020年度预算(支出+结转)", "kind": "sum", "total": 3500,
             "parts": [2376.8, 1123.2], "unit": "万元"},
            {"metric": "2021年度预算(支出+结转)", "kind": "sum", "total": 10500,
             "parts": [3248.79, 7251.21], "unit": "万元"},
            {"metric": "累计结转", "kind": "sum", "total": 3163.3,
             "parts": [629.22, 2534.08], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": SD_GOAL_TOTAL[:20],
             "why": "总体目标只讲定位和作用(尖刀、拳头力量),没有可衡量的产出或效果数值"},
            {"rule": "goal.unquantified", "item": SD_GOAL_2020[:20],
             "why": "2020年度目标只有“提升”“加快”“建强”等表述,没有数量、时限或标准"},
        ],
        "notes": (
            "报告正文,无指标表。四组金额均可核对且相加一致(3500+10500+14600=28600;2376.8+1123.2=3500;"
            "3248.79+7251.21=10500;629.22+2534.08=3163.3)。另:按执行数推算2020年余额应为3500-2760.77=739.23,"
            "与消防总队结转629.22不一致,但文中没有写明二者的对应关系,不作为consistency.sum记录。"
            "存储页停在“2.年度绩效目标”下2020年度目标一句的末尾,其后2021、2022年度目标与绩效指标分析均未存。"
        ),
    },
    "blind247_fsou_fzjz_task.xlsx": {
        "source_urls": [URL_FSOU],
        "province": None,
        "doc_kind": "防震减灾年度绩效考评任务分解责任表(评分标准表)",
        "patterns": [1, 5],
        "indicators": [
            ind("防震减灾", None, "落实领导责任", None, None, None,
                "各县(区)均印发“十二五”防震减灾规划", weight=1),
            ind("防震减灾", None, "条件保障", None, None, None,
                "把防震减灾工作经费列入财政预算", weight=2),
            ind("防震减灾", None, "开展监测活动", ">=", 5, "个",
                "每个县(区)有5个正常开展宏观观测点", weight=2),
            ind("防震减灾", None, "建设工程抗震设防要求管理", None, None, None,
                "8月1日前进驻当地政务服务中心", weight=3),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.input_or_process", "item": "落实领导责任",
             "why": "以“印发规划”这一管理动作作为考评目标,衡量的是过程而非结果"},
            {"rule": "target.input_or_process", "item": "条件保障",
             "why": "以经费列入预算和经费增长幅度计分,属于投入指标,不是绩效结果"},
        ],
        "notes": (
            "存储页是文档的第2页(_2.html),以“附件2”开头。表头为三级指标│分值│评分标准│评估数据采集来源│责任单位,"
            "“防震减灾”与分值10合并单元格向下覆盖4个计分项;各计分项的分值写在评分标准单元格里(1分、2分、2分、3分)。"
            "“超过5个以5个计算”表明是下限,记为>=5个。4项合计8分,少于10分,因存储页在第4项的数据来源单元格"
            "“①当地政务服务中心证明进驻文件原件及窗口照片,年内”处中断,后续计分项缺失,不记consistency.score_total。"
            "页面未写明省份,province记null。评分标准为说明文字,已改写,数字、时限与计分公式照录。"
        ),
    },
    "blind247_cd_ajb_kaoping.docx": {
        "source_urls": [URL_CD],
        "province": "四川省",
        "doc_kind": "市安委办印发安全生产监管规范化镇(街道)考评细则的通知(考评表开头)",
        "patterns": [1, 5, 8],
        "indicators": [
            ind(None, None, "生产安全事故死亡人数", "<=", None, None, "未超控制目标"),
            ind("安全生产监管规范化建设工作推进", None, "工作方案", None, None, None,
                "结合本镇(街道)实际制定规范化建设工作实施方案", weight=10),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "生产安全事故死亡人数",
             "why": "只写“未超控制目标”,控制目标的具体数值在文中没有给出"},
            {"rule": "target.input_or_process", "item": "工作方案",
             "why": "考评的是“制定实施方案”这一管理过程,不是监管规范化的结果"},
        ],
        "notes": (
            "通知正文后接考评细则表:表头两行,“考评要素”横跨一级要素/二级要素两列,其余列(标准 分值、考评要点、"
            "评分标准、考评方式、扣分说明、扣分分值、得分)纵向合并;“标准 分值”中间的空格照录。一级要素单元格"
            "“安全生产监管规范化建设工作推进 (30分)”和二级要素“工作方案 (10分)”带分值,level1记为去掉分值的名称。"
            "存储页在第一条数据行的评分标准“3.未落实规范化建设专项资金的,扣10”处中断,30分一级要素下其余二级要素缺失,"
            "不作合计核对。考评申请条件第2条“生产安全事故死亡人数未超控制目标”作为一条目标记入。"
        ),
    },
    "blind247_hubei_gat_zpb.xlsx": {
        "source_urls": [URL_HUBEI],
        "province": "湖北省",
        "doc_kind": "省级部门整体支出绩效自评表(表头与职能部分)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "页面标题“公安厅整体支出绩效报告”,其下是12列宽的“湖北省部门整体支出绩效自评表 (2016年度)”,"
            "“填报单位(盖章)”与“自评得分: 86.45”在同一行。存储页停在“(一)简要概述部门职能与职责。”"
            "单元格内职责列表的“12.指导”处,后面的预算执行、绩效目标和指标部分都没有存下来,因此无指标、无目标;"
            "自评得分86.45无法与分项核对,也没有写等级,不记consistency.grade。第1条职责里“拟定公安厅地方性法规”"
            "“全省公安厅工作”的用词照录原页写法。"
        ),
    },
    "blind247_gd_zhxf_notice.docx": {
        "source_urls": [URL_GD],
        "province": "广东省",
        "doc_kind": "省财政厅安排智慧消防项目经费的通知及绩效目标表表头(繁体转载页)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "转载站把原文转成繁体字,文件照繁体重现。通知正文已改写,文号粵財資環〔2021〕43號、日期、附件名和"
            "设立依据所列文件名及文号照录。绩效目标表只存到“項目概述 | 本”,年度目标和绩效指标都没有存下来,"
            "所以无指标、无目标、无发现。实施周期写“起始年度2021年、到期年度2022年(項目周期1年)”,照录。"
            "2021年金額以元为单位写作30,223,400。"
        ),
    },
}

for _name in list(GOLD):
    _pdf = _name.rsplit(".", 1)[0] + ".pdf"
    GOLD[_pdf] = copy.deepcopy(GOLD[_name])


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def set_cjk_font(run, size=None, bold=False):
    run.font.name = "Noto Serif CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(key), "Noto Serif CJK SC")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=11, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_cjk_font(r, size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, size=9, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    set_cjk_font(r, size, bold)


def new_doc():
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind247"
    cp.last_modified_by = "blind247"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def normalise_zip(path):
    """Rewrite a zip container with sorted entries and a fixed timestamp."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    fixed = b"2024-01-01T00:00:00Z"
    items = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                        lambda m: m.group(1) + fixed + m.group(2), d))
             if n == "docProps/core.xml" else (n, d) for n, d in items]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def fix_pdf(path):
    """Make LibreOffice PDFs deterministic: same-length replacement of dates and IDs."""
    with open(path, "rb") as f:
        data = f.read()

    def date_sub(m):
        inner = m.group(1)
        fixed = b"20240101000000" + b"Z"
        fixed = (fixed + b"0" * len(inner))[:len(inner)]
        return m.group(0).replace(inner, fixed)

    data = re.sub(rb"/CreationDate\s*\(D:([^)]*)\)", date_sub, data)
    data = re.sub(rb"/ModDate\s*\(D:([^)]*)\)", date_sub, data)

    def zero_groups(m):
        out = m.group(0)
        for g in m.groups():
            out = out.replace(g, b"0" * len(g))
        return out

    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", zero_groups, data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", zero_groups, data)

    def xmp_sub(m):
        val = m.group(2)
        new = (b"2024-01-01T00:00:00Z" + b" " * len(val))[:len(val)]
        return m.group(1) + new + m.group(3)

    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", xmp_sub, data)
    data = re.sub(rb"(<xapMM:DocumentID>|<xmpMM:DocumentID>|<xapMM:InstanceID>|<xmpMM:InstanceID>)([^<]*)(</)",
                  lambda m: m.group(1) + b"u" * len(m.group(2)) + m.group(3), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.rsplit(".", 1)[0] + ".pdf"
    fix_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_weixi(out):
    doc = new_doc()
    para(doc, "维西傈僳族自治县人民政府关于印发《维西县贯彻“十四五”市场监管现代化规划实施方案》的通知",
         14, True, True)
    para(doc, "维政发〔2024〕60号", 11, False, True)
    para(doc, "各乡(镇)人民政府,县级各有关单位:")
    para(doc, "《维西县贯彻“十四五”市场监管现代化规划实施方案》已于2024年10月22日经十八届县人民政府"
              "第40次常务会议研究通过,现予印发,请各单位对照实际抓好落实。")
    para(doc, "维西傈僳族自治县人民政府")
    para(doc, "2024年11月14日")
    para(doc, "(此件公开发布)")
    para(doc, "维西县贯彻“十四五”市场监管现代化规划实施方案", 13, True, True)
    para(doc, "为落实《云南省人民政府关于印发云南省贯彻“十四五”市场监管现代化规划实施方案的通知》"
              "(云政发〔2022〕43号)和《迪庆藏族自治州人民政府关于印发迪庆州贯彻落实“十四五”市场监管现代化"
              "规划实施方案的通知》(迪政发〔2024〕40号)的部署,健全市场监管体制机制,建设高效规范的市场体系,"
              "增强市场综合监管效能,不断改善营商环境,激发各类市场主体的活力与创造力,结合本县实际,制定本方案。")
    para(doc, "一、总体要求", 11, True)
    para(doc, WEIXI_GOAL)
    para(doc, "二、主要任务", 11, True)
    para(doc, "(一)优化市场准入环境,激发市场主")
    doc.save(out)


def build_sd(out):
    doc = new_doc()
    para(doc, "首页 > 专题专栏 > 预算绩效信息公开", 9)
    para(doc, "省区域应急救援中心建设全周期跟踪问效绩效评价报告", 14, True, True)
    para(doc, "发布日期:2022-12-30 15:50 浏览次数:", 9, False, True)
    para(doc, "一、项目基本情况", 11, True)
    para(doc, "(一)项目立项背景及实施目的", 11, True)
    para(doc, "2019年起,我省根据各区域的风险特点,围绕重大突发事件快速响应、跨区域协调调度以及承担专业性"
              "急难险重救援任务的需要,着手建设危险化学品事故灾害应急救援中心、森林火灾应急救援中心、海洋灾害"
              "应急救援中心、自然灾害应急救援中心、矿山和地质灾害应急救援中心,使专业救援力量布局精准、能够就近"
              "调配和快速出动,有力有序应对各类事故灾害。")
    para(doc, "(二)项目预算安排和支出情况", 11, True)
    para(doc, "2020-2022年省级财政为区域应急救援中心建设累计安排项目预算28600万元,分年度为2020年3500万元、"
              "2021年10500万元、2022年14600万元。2020年度预算支出2376.8万元,年末结转1123.2万元;2021年度"
              "预算支出3248.79万元,年末结转7251.21万元;2022年1-7月预算支出2403.34万元。截至2022年7月底,"
              "2020年预算执行数为2760.77万元,2021年预算执行数为7965.92万元,累计结转3163.3万元(其中消防总队"
              "结转629.22万元,省应急厅结转2534.08万元)。")
    para(doc, "(三)项目绩效目标", 11, True)
    para(doc, "1.总体绩效目标")
    para(doc, SD_GOAL_TOTAL)
    para(doc, "2.年度绩效目标")
    para(doc, SD_GOAL_2020)
    doc.save(out)


def build_cd(out):
    doc = new_doc()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(doc, "成都市人民政府安全生产委员会办公室", 12, True, True)
    para(doc, "关于印发《成都市安全生产监督管理规范化镇(街道)考评细则(试行)》的通知", 13, True, True)
    para(doc, "成安办函〔2020〕102号", 11, False, True)
    para(doc, "成都天府新区、成都东部新区、成都高新区管委会安委办,各区(市)县政府安办:")
    para(doc, "为落实《进一步落实〈成都市乡镇(街道)安全生产监督管理工作规范〉工作方案》(成安办〔2020〕35号)"
              "的要求,推动全市镇(街道)安全生产监督管理规范化建设,市政府安办制定了《成都市安全生产监督管理"
              "规范化镇(街道)考评细则(试行)》,现印发给你们,请抓好落实。")
    para(doc, "成都市政府安办")
    para(doc, "2020年10月23日")
    para(doc, "成都市安全生产监督管理规范化镇(街道)考评细则", 13, True, True)
    para(doc, "(试行)", 11, False, True)
    para(doc, "申请成都市安全生产监督管理规范化镇(街道)考评必须具备以下条件:")
    para(doc, "1.按照《成都市乡镇(街道)安全生产监督管理工作规范》(成安委〔2018〕19号)《进一步落实<成都市"
              "乡镇(街道)安全生产监督管理工作规范>工作方案》(成安办〔2020〕35号)推进安全生产监督管理规范化"
              "建设,已对照本考评细则自评合格并提出考评申请。")
    para(doc, "2.考评年度内本辖区生产安全事故死亡人数未超控制目标。")
    t = doc.add_table(rows=3, cols=9)
    t.style = "Table Grid"
    heads = ["考评要素", "", "标准 分值", "考评要点", "评分标准", "考评方式", "扣分说明", "扣分分值", "得分"]
    for i, h in enumerate(heads):
        if h:
            cell_text(t.cell(0, i), h, 9, True)
    cell_text(t.cell(1, 0), "一级要素", 9, True)
    cell_text(t.cell(1, 1), "二级要素", 9, True)
    t.cell(0, 0).merge(t.cell(0, 1))
    for i in range(2, 9):
        t.cell(0, i).merge(t.cell(1, i))
    row = ["安全生产监管规范化建设工作推进 (30分)", "工作方案 (10分)", "10分",
           ("依据《成都市乡镇(街道)安全生产监督管理工作规范》《进一步落实<成都市乡镇(街道)安全生产监督管理"
           "工作规范>工作方案》,结合本镇(街道)实际制定规范化建设工作实施方案。"),
           ("1.没有制定安全生产监督管理规范化镇(街道)建设工作方案的,扣10分。 2.没有以正式文件明确镇(街道)"
           "安全生产监督管理规范化建设组织领导机构和专职工作人员的,扣10分。 3.没有落实规范化建设专项资金的,扣10"),
           "", "", "", ""]
    for i, v in enumerate(row):
        cell_text(t.cell(2, i), v, 9)
    t.autofit = False
    widths_cm = [3.2, 2.6, 1.6, 5.4, 6.4, 1.8, 1.8, 1.6, 1.4]
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = Cm(widths_cm[i])
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    doc.save(out)


def build_gd(out):
    doc = new_doc()
    para(doc, "廣東智慧消防建設:廣東省財政廳關于安排2021年智慧消防項目經費的通知", 13, True, True)
    para(doc, "粵財資環〔2021〕43號", 11, False, True)
    para(doc, "省消防救援總隊:")
    para(doc, "依據《廣東省消防救援總隊關于下達省消防救援總隊2021年智慧消防項目經費的函》,經審核同意,"
              "向你單位安排2021年智慧消防項目資金,項目、金額及科目詳見附件1。現將有關事項通知如下:")
    para(doc, "一、請按預算管理規定及資金既定用途使用資金,加快預算執行進度,年終列入決算;同時強化資金監管,"
              "嚴禁擠占、截留、挪用,做到專款專用。")
    para(doc, "二、請落實全面實施預算績效管理的要求,做好績效目標(附件2)的運行監控與績效評價,保證年度績效目標"
              "按期完成。")
    para(doc, "附件:1.省消防救援總隊2021年智慧消防項目資金安排表")
    para(doc, "2.績效目標表")
    para(doc, "廣東省財政廳")
    para(doc, "2021年6月29日")
    para(doc, "績效目標表", 13, True, True)
    basis = ("1.《國家應急平臺體系建設技術要求(試行)》(國務院應急辦函〔2007〕98號); 2.《國家應急平臺體系建設"
             "指導意見》; 3.《關于全面推進“智慧消防”建設的指導意見》(公消〔2017〕297號); 4.《應急管理部信息化"
             "發展戰略規劃框架(2018-2022年)》(應急管理部2號文); 5.《消防救援隊伍信息化發展規劃(2019~2022)》;"
             " 6.《消防救援隊伍信息化建設2020年度實施方案》; 7.《國務院辦公廳關于印發國家綜合防災減災規劃"
             "(2016—2020年)的通知》(國辦發〔2016〕104號); 8.《廣東省突發事件總體應急預案》; 9.《廣東省消防"
             "救援總隊信息化總體規劃(2021~2023)》; 10.《廣東消防大數據建設任務方案》。")
    rows = [
        ["項目名稱", "廣東省消防救援總隊2021年智慧消防項目", None, None],
        ["項目類型", "財政新增資金", None, None],
        ["項目等級", "二級項目", None, None],
        ["省級主管部門", "廣東省消防救援總隊", None, None],
        ["實施周期", "起始年度", "2021年", "到期年度", "2022年(項目周期1年)"],
        ["2021年金額(元)", "30,223,400", None, None],
        ["設立依據", basis, None, None],
        ["項目概述", "本", None, None],
    ]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for r, vals in enumerate(rows):
        if len(vals) == 5:
            for c, v in enumerate(vals):
                cell_text(t.cell(r, c), v, 9)
        else:
            cell_text(t.cell(r, 0), vals[0], 9)
            t.cell(r, 1).merge(t.cell(r, 4))
            cell_text(t.cell(r, 1), vals[1], 9)
    doc.save(out)


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_set(ws, ref, value, bold=False, size=10, center=False):
    c = ws[ref]
    c.value = value
    c.font = Font(name="Noto Sans CJK SC", bold=bold, size=size)
    c.alignment = Alignment(wrap_text=True, vertical="center",
                            horizontal="center" if center else "left")
    return c


def xl_box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def new_wb():
    wb = Workbook()
    wb.properties.creator = "blind247"
    wb.properties.lastModifiedBy = "blind247"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def page_fit(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def build_fsou(out):
    wb = new_wb()
    ws = wb.active
    ws.title = "附件2"
    widths = {"A": 10, "B": 6, "C": 72, "D": 40, "E": 22}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    xl_set(ws, "A1", "附件2", True)
    ws.merge_cells("A2:E2")
    xl_set(ws, "A2", "2011年度防震减灾绩效考评各县(区)任务分解责任表", True, 13, True)
    heads = ["三级指标", "分值", "评分标准", "评估数据采集来源", "责任单位"]
    for i, h in enumerate(heads):
        xl_set(ws, "ABCDE"[i] + "3", h, True, 10, True)
    rows = [
        ("落实领导责任(1分)。各县(区)均印发“十二五”防震减灾规划的得1分,未印发不得分",
         "以各县(区)政府或受政府委托的本级发展改革部门印发的“十二五”防震减灾规划原件为准",
         "各县(区)政府、县发改局、地震局"),
        (("条件保障(2分)。各县(区)均把防震减灾工作经费列入财政预算的得1分,否则不得分;工作经费较上年增长"
         "10%~20%的得0.5分,增长超过20%的得1分"),
         ("2010年经费投入按考评时各地提交的数额认定;2011年经费以当年本级财政预算书、追加预算书、财政拨付"
         "防震减灾经费凭证正式件或加盖本级财政部门印章的复印件为依据(十一五、十二五防震减灾重点建设项目经费、"
         "地震应急避难场所、地震紧急救援队建设经费不计入)。"),
         "各县(区)政府、县财政局"),
        (("开展监测活动(2分)。建设完善“三网一员”(1分);2011年9月1日前,每个县(区)有5个正常开展宏观观测点"
         "得1分,按完成比率计分,计分公式:各县(区)已正常开展宏观观测点的数量(超过5个以5个计算)÷5×1"),
         "9月1日前报送各县(区)三网一员和宏观观测点数据,通过实地检查或电话抽查核实。",
         "各县(区)政府"),
        (("建设工程抗震设防要求管理(3分)。①各县(区)地震部门8月1日前进驻当地政务服务中心得1.5分,否则不得分;"
         "②各县(区)均将建设工程抗震设防要求管理纳入基本建设管理程序得1.5分。计分公式:本县(区)地震部门"
         "完成地震行政许可审批的建设工程的数量÷本县(区)建设部门已发放施工许可证的建设工程的数量×1.5"
         "(本级地震部门完成地震行政许可审批但未取得施工许可证的建设工程不统计在内)"),
         "①当地政务服务中心证明进驻文件原件及窗口照片,年内",
         ""),
    ]
    for i, (c, d, e) in enumerate(rows):
        r = 4 + i
        xl_set(ws, f"C{r}", c)
        xl_set(ws, f"D{r}", d)
        xl_set(ws, f"E{r}", e if e else None)
        longest = max(len(c) * 2 / 72, len(d) * 2 / 40, len(e) * 2 / 22)
        ws.row_dimensions[r].height = 16 * (int(longest) + 2)
    ws.merge_cells("A4:A7")
    ws.merge_cells("B4:B7")
    xl_set(ws, "A4", "防震减灾", False, 10, True)
    xl_set(ws, "B4", 10, False, 10, True)
    xl_box(ws, "A3:E7")
    page_fit(ws)
    wb.save(out)


HUBEI_DUTY = (
    "湖北省公安厅是省人民政府主管全省公安工作的职能部门,内设机构26个,接受省政府和公安部双重领导。依据"
    "《省人民政府办公厅关于印发湖北省公安厅主要职责内设机构和人员编制规定的通知》(鄂政办[2009]111号),"
    "湖北省公安厅主要工作职责是: 1.拟定公安厅地方性法规、省政府规章草案和规范性文件,部署、指导、监督、检查"
    "全省公安厅工作。 2.掌握影响社会稳定、危害国内安全和社会治安的动态,研判形势并提出对策。 3.组织、指导、"
    "协调恐怖活动的防范和侦查。 4.防范和处置邪教组织违法犯罪活动。 5.组织指导全省公安机关侦查工作,协调处置"
    "跨区域的重大危害国家安全犯罪和刑事犯罪案件。 6.负责治安管理并承担相应责任,协调处置重大治安事故和群体性"
    "事件,指导监督各地依法查处扰乱社会治安秩序行为、开展治安行政管理和治安保卫工作。 7.指导监督全省禁毒、"
    "缉毒工作,承担省禁毒工作领导小组办公室日常工作。 8.负责全省出入境管理和外国人在省内居留旅行管理,指导边防"
    "治安管理。 9.负责消防工作并承担相应责任,指导、监督、协调全省消防监督、火灾预防、火灾扑救和公安应急抢险"
    "救援。 10.负责来我省视察的党和国家领导人及重要外宾的安全警卫并承担相应责任。 11.指导监督全省公安机关"
    "公共信息网络安全保护,负责信息安全等级保护的指导、监督和检查。 12.指导"
)


def build_hubei(out):
    wb = new_wb()
    ws = wb.active
    ws.title = "整体支出自评表"
    cols = "ABCDEFGHIJKL"
    for k in cols:
        ws.column_dimensions[k].width = 9
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 14
    xl_set(ws, "A1", "公安厅整体支出绩效报告", True, 12)
    ws.merge_cells("A2:L2")
    xl_set(ws, "A2", "湖北省部门整体支出绩效自评表 (2016年度)", True, 13, True)
    ws.merge_cells("A3:H3")
    xl_set(ws, "A3", "填报单位(盖章)湖北省公安厅")
    ws.merge_cells("I3:J3")
    xl_set(ws, "I3", "自评得分:", False, 10, True)
    ws.merge_cells("K3:L3")
    xl_set(ws, "K3", 86.45, False, 10, True)
    ws.merge_cells("A4:B4")
    xl_set(ws, "A4", "(一)简要概述部门职能与职责。")
    ws.merge_cells("C4:L4")
    xl_set(ws, "C4", HUBEI_DUTY)
    ws.row_dimensions[4].height = 16 * (int(len(HUBEI_DUTY) * 2 / 90) + 3)
    xl_box(ws, "A2:L4")
    page_fit(ws)
    wb.save(out)


BUILDERS = {
    "blind247_weixi_scjg_plan.docx": build_weixi,
    "blind247_sd_yjjy_eval.docx": build_sd,
    "blind247_fsou_fzjz_task.xlsx": build_fsou,
    "blind247_cd_ajb_kaoping.docx": build_cd,
    "blind247_hubei_gat_zpb.xlsx": build_hubei,
    "blind247_gd_zhxf_notice.docx": build_gd,
}


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True, check=True).stdout
    raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                         text=True, check=True).stdout
    hay = squash(text)
    hay2 = squash(raw)
    missing = []
    items = []
    for i in gold["indicators"]:
        items += [i["name"], i["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        if it and squash(it) not in hay and squash(it) not in hay2:
            missing.append(it)
    return missing


def write_annotations():
    os.makedirs(ANN, exist_ok=True)
    for name, g in GOLD.items():
        rec = {"source": name}
        rec.update(g)
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2, sort_keys=False)
            f.write("\n")


def build_all(outdir):
    made = []
    for name, fn in BUILDERS.items():
        path = os.path.join(outdir, name)
        fn(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        made += [path, pdf]
    return made


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    write_annotations()
    made = build_all(HERE)
    bad = 0
    for name in BUILDERS:
        pdf = os.path.join(HERE, name.rsplit(".", 1)[0] + ".pdf")
        miss = check_pdf(pdf, GOLD[name])
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), miss)
    sums1 = {os.path.basename(p): md5(p) for p in made}
    tmp = tempfile.mkdtemp(prefix="blind247_")
    try:
        made2 = build_all(tmp)
        sums2 = {os.path.basename(p): md5(p) for p in made2}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for k in sorted(sums1):
        same = sums1[k] == sums2.get(k)
        print(f"{k:<36} {sums1[k]} {'same' if same else 'DIFFERENT'}")
        if not same:
            bad += 1
    n_ind = sum(len(GOLD[n]["indicators"]) for n in BUILDERS)
    n_goal = sum(len(GOLD[n]["goals"]) for n in BUILDERS)
    n_find = sum(len(GOLD[n]["findings"]) for n in BUILDERS)
    print(f"indicators={n_ind} goals={n_goal} findings={n_find} (per source file)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
