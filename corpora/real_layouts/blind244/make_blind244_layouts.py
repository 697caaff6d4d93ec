"""Build the blind244 layouts (services bought by government, sanitation contracts,
public health and elderly-care programmes) with their gold annotations.

The gold (GOLD below) is written before any file is built or read back.
Run:  /tmp/wvenv/bin/python make_blind244_layouts.py
Outputs: DOCX/XLSX + PDF in this folder, annotations/<file>.json, and a check
that every indicator name, target text, goal text and finding item is in the PDF.
"""

import copy
import datetime
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind244"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

URL_GD_STD = "https://m.wenke99.com/p-13556543.html"
URL_XIDIAN = "https://m.yzwku.com/doc/72389.html"
URL_HW = "https://www.renrendoc.com/paper/211522141.html"
URL_HENGLI = "http://funviraly.com/zwgk/zwwgk/fwgk/content/post_9175017.html"
URL_YUEWEI = "https://www.6400.net.cn/Zd8M53K8P/"


def ind(level1, level2, name, target_text, weight=None, operator=None, value=None,
        unit=None, actual=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written first)
# ---------------------------------------------------------------------------

GD_L1 = "组织管理(15分)"
GD_ROWS = [
    ("组织保障", 3,
     ("(1)政府或有关部门出台了促进基本公共卫生服务逐步均等化的相关文件。(2)成立基本公共卫生服务项目考核领导小组。"
     "(3)每年组织督导考核工作,将督导考核结果与项目经费挂钩。"),
     "查阅文件、资料。访谈相关人员。",
     "每缺一项,扣1分,扣完为止。"),
    ("资金保障", 4,
     "(1)按照相关政策要求,足额落实地方配套经费。(2)保障经费及时拨付到位。(3)加强对经费使用的规范管理,定期检查经费使用情况。",
     "查阅经费拨付、管理、标准等文件。在社区卫生服务中心、乡镇卫生院查看会计凭证、账簿、财务报表及其他相关资料。",
     ("人均基本公共卫生服务经费低于规定标准,每差额10%,扣1分;有冲抵或挪作他用的,扣2分;"
     "项目经费未按要求及时拨付基层医疗机构,每迟拨一个月,扣1分,扣完为止。")),
    ("人力保障", 3,
     "(1)培养、引进公共卫生医师。(2)组织开展国家基本公共卫生服务相关的培训工作。",
     "查阅",
     ""),
]

XD_C1 = "农村村庄环境卫生考核评分45分"
XD_C2 = "农村生活垃圾分类减量化处理考核评分45分"
# (category, 指标, 检查内容, 序号, name, 评分细则, 标准分值)
XD_ROWS = [
    (XD_C1, "村庄环境", "公共区域18分", 1, "主要道路、背街小巷路面及两侧有明显垃圾或杂物堆积",
     "主要道路、背街小巷路面及两侧有明显垃圾或杂物堆积,每发现1处扣0.5分。", 4),
    (XD_C1, "村庄环境", "公共区域18分", 2, "绿化带、公园内有白色垃圾、成堆垃圾或杂物堆放圈占现象",
     "绿化带、公园内有白色垃圾、成堆垃圾或杂物堆放圈占现象,每发现1处扣0.5分。", 3),
    (XD_C1, "村庄环境", "公共区域18分", 3, "主要道路、背街小巷沿线建筑外立面、电线杆等有乱涂乱贴(画)的、污水横流",
     "主要道路、背街小巷沿线建筑外立面、电线杆等有乱涂乱贴(画)的、污水横流,每发1从ECSAS3", 3),
    (XD_C1, "村庄环境", "公共区域18分", 4, "公共投放区有垃圾桶脏乱破、满溢,垃圾落地",
     "公共投放区有垃圾桶脏乱破、满溢,垃圾落地。每发现1处扣0.5分。", 3),
    (XD_C1, "村庄环境", "公共区域18分", 5, "村庄周边农田、山地、丛林有明显垃圾和废弃物的",
     "村庄周边农田、山地、丛林有明显垃圾和废弃物的,每发现1处扣0.5分。", 3),
    (XD_C1, "村庄环境", "公共区域18分", 6, "各村设立环卫保洁人员,落实岗位职贲和报酬",
     "各村设立环卫保洁人员,落实岗位职贲和报酬,未落实的不得分。", 2),
    (XD_C1, "村庄环境", "厕所12分", 7, "公共厕所设备设施损坏、无明显男女标识、脏乱差的",
     "公共厕所设备设施损坏、无明显男女标识、脏乱差的,每发现1处扣1分。", 3),
    (XD_C1, "村庄环境", "厕所12分", 8, "露天粪缸、简易棚厕",
     "露天粪缸、简易棚厕,每发现1处扣3分。", 9),
    (XD_C1, "村庄环境", "河面4分", 9, "河塘、溪流、湖面、水库、排水沟渠等有明显漂浮物、垃圾的",
     "河塘、溪流、湖面、水库、排水沟渠等有明显漂浮物、垃圾的,每发现1处扣0.5分。", 4),
    (XD_C1, "村庄环境", "庭院11分", 10, "房前屋后、夹弄有垃圾乱倾倒或杂物乱堆放的",
     "房前屋后、夹弄有垃圾乱倾倒或杂物乱堆放的,每发现1处扣0.5分。", 4),
    (XD_C1, "村庄环境", "庭院11分", 11, "庭院内有明显垃圾未及时清理、杂(废弃)物乱堆乱放的",
     "庭院内有明显垃圾未及时清理、杂(废弃)物乱堆乱放的,每发现1处扣0.5分。", 3),
    # header repeated (page break) before item 12; its label cells are blank on the page
    (XD_C1, "村庄环境", "庭院11分", 12, "宅基地内有垃圾乱倾倒或杂物乱堆放的",
     "宅基地内有垃圾乱倾倒或杂物乱堆放的,每发现1处扣0.5分。", 4),
    (XD_C2, "分类成效", "宣传2分", 13, "村内人员密集场所(区间)或主要路段建筑外立面无环境卫生或垃圾分类宣传标语",
     "村内人员密集场所(区间)或主要路段建筑外立面无环境卫生或垃圾分类宣传标语,扣2分。", 2),
    (XD_C2, "分类成效", "基础设施13分", 14, "村内未设立有害垃圾、可回收物投放点",
     "村内未设立有害垃圾、可回收物投放点,每处扣1分。标识牌、登记本少1种扣1分。", 3),
]

HW_L1 = "日常项"
HW_L2 = "1、考核时间落实情况"
HW_ROWS = [
    ("落实城市道路清扫保洁时间",
     ("1.1落实城市道路清扫保洁时间一、二级清扫保洁道路,从3月15日至11月15日(夏季),上午7:00分前完成A次清扫,"
     "11月16日至翌年3月14日(冬季)上午7:30前完成第一次清扫,其他路街上午8:00前完成清扫。一级路清扫保洁作业时间:"
     "一级A为夏季4:30-23:00每日清洗道路一次;冬季5:00-22:00。一级B为夏季4:30-22:00每日清洗道路一次;冬季5:00-21:00。"
     "二级路清扫保洁作业时间为夏季4:30-21:00,每周清洗道路二次;冬季5:00-20:00。三级路清扫保洁作业时间为夏季5:30-19:30;"
     "冬季5:30-18:000四级路清扫保洁作业时间为夏季5:30-18:00;冬季5:30-18:000三四级道路规定洗扫的路街,夏季每周洗扫一次。"),
     "1.1未达到规定时间标准要求的每条路街扣1分。"),
    ("垃圾除运",
     "1.2垃圾除运达到日产日清,每天21时后,城市区域中无滞留垃圾。(袋装垃圾堆积5袋以上为滞留垃圾;垃圾容器满溢)",
     "1.2未达到规定要求的每处扣1分。"),
    ("垃圾集中收集",
     "1.3垃圾集中收集每日10时前完成。21时前巡退收集散放垃圾。",
     "1.3未达到要求,发现散放垃圾3袋以下每处扣0.1分,3袋以上每处扣0.2-0.5分。"),
    ("按时开放公共卫生间",
     ("1.4按时开放公共卫生间,自4月1日10月31日,一级公共卫生间开放时间为6:00-22:00;二级公共卫生间开放时间为6:0020:00;"
     "三级公共卫生间开放时间6:00-18:00011月1日一翌年3月31日,一级公共卫生间开放时间为6:0020:00;"
     "二级公共卫生间开放时间为6:0018:00;三级公共卫生间开放时间6:0018:00。遇有重"),
     "1.4未按规定时间开放、关闭,每座扣1分;开放时间内保洁人员脱岗,每座扣0.5分;被顾客投诉并承担责任的每人次扣0.5"),
]

# 横沥镇: own-words prose, figures kept
HL_INTRO = ("为让社会各界及时掌握福利彩票公益金的去向,体现福利彩票“扶老、助残、救孤、济困”的发行宗旨,接受社会监督,"
            "依照《彩票公益金管理办法》《民政部彩票公益金使用管理信息公开办法》等规定,现将2022年度福利彩票公益金资助项目的情况公布如下:")
HL_CONTENT = ("老年人助餐配餐服务以长者饭堂为主要载体,为居住在本市行政区域内、年满 60 周岁的居家老年人提供制餐、配餐、分餐、"
              "就餐、送餐等服务。资金的用途为:市级就餐补贴3 元/人次;老年人照顾需求等级 1-3 级市级送餐补贴2 元/人次;"
              "老年人照顾需求等级 4-6 级市级送餐补贴4 元/人次;自建厨房服务模式市级运营补贴3 元/人次;"
              "其他服务模式市级运营补贴1.5 元/人次。")
HL_DONE = "全年共为横沥镇长者提供助餐配餐服务120695人次。"
HL_EFFECT = ("2022年横沥镇长者饭堂数量增至11个。截至2022年12月31日,累计为60周岁以上老年人提供助餐配餐服务120695人次,"
             "镇内养老服务质量得到提升,养老服务高质量发展有序推进。")
HL_GOALDONE = ("2022年横沥镇长者饭堂数量达到11个,助餐配餐服务覆盖全镇16个村(社区),形成了覆盖全面、配送准时的服务体系;"
               "全年实际发放补贴的60岁以上老年")

# 粤卫〔2011〕75号: own-words prose
YW_GOAL1 = ("明确政府相关部门在基本公共卫生服务项目上的组织领导、财政投入、人才队伍建设、监督管理和考核责任,"
            "健全工作机制,推动基本公共卫生服务落到实处。")
YW_GOAL2 = "督促并指导基层医疗卫生机构履行职责、规范服务行为,提升其基本公共卫生服务项目的管理水平和项目资金使用效益。"

GOLD = {
    "blind244_gd_jbgw_kaohe_biaozhun.docx": {
        "source_urls": [URL_GD_STD],
        "province": "广东省",
        "doc_kind": "基本公共卫生服务项目绩效考核标准(评分表,附件1)",
        "patterns": [1, 5],
        "indicators": [ind(GD_L1, None, n, t, weight=w) for n, w, t, _m, _s in GD_ROWS],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.time_no_deadline", "item": "资金保障",
             "why": "目标要求“保障经费及时拨付到位”没有给出拨付期限,评分办法也只说“未按要求及时拨付”,未写明要求是什么"},
        ],
        "notes": ("Stored page (wenke99 preview of a 5-page .doc) shows only the start of 附件1: title, (总分100分), the header "
                  "考核项目│分数│目标要求│检查方法│评分办法│操作记录│考核得分 and three rows under 组织管理(15分); it stops in the "
                  "检查方法 cell of 人力保障 after “查阅”. I built it as DOCX with 组织管理(15分) merged down the three rows and "
                  "考核项目 spanning two columns. The visible rows carry 3+4+3=10 of the 15 points; the other 组织管理 items "
                  "lie beyond the stop, so no score_total finding. 操作记录 and 考核得分 are blank in the source (form to fill). "
                  "All rows are qualitative requirements with a deduction rule, so operator/value stay null; weight = 分数."),
    },
    "blind244_xidian_huanwei_pingfen.xlsx": {
        "source_urls": [URL_XIDIAN],
        "province": "浙江省",
        "doc_kind": "镇对行政村环境卫生和垃圾分类考核评分表",
        "patterns": [1, 2, 5, 8],
        "indicators": [ind(c, k, n, t, weight=w) for c, _z, k, _no, n, t, w in XD_ROWS],
        "goals": [],
        "facts": [
            {"metric": "公共区域18分", "kind": "sum", "total": 18, "parts": [4, 3, 3, 3, 3, 2], "unit": "分"},
            {"metric": "厕所12分", "kind": "sum", "total": 12, "parts": [3, 9], "unit": "分"},
            {"metric": "庭院11分", "kind": "sum", "total": 11, "parts": [4, 3, 4], "unit": "分"},
            {"metric": XD_C1, "kind": "sum", "total": 45, "parts": [18, 12, 4, 11], "unit": "分"},
        ],
        "findings": [],
        "notes": ("Stored page (yzwku preview of a 3-page docx) gives the text run-together; I rebuilt the grid 类别│指标│检查内容│"
                  "序号│评分细则│标准分值│得分 from the item numbers and the point labels, which add up (18=4+3+3+3+3+2, "
                  "12=3+9, 11=4+3+4, 45=18+12+4+11). The header row appears again between item 11 and item 12 (page break); "
                  "item 12 has blank label cells there, so a reader must carry 庭院11分 over. Item 3's text is garbled in the "
                  "source (“每发1从ECSAS3”, presumably “每发现1处扣0.5分”); kept as stored. “职贲” is a typo for 职责, kept. "
                  "Page stops at item 15 (“公共…”) under 基础设施13分, so that row is left out and 基础设施 (13分, only 3 "
                  "visible) and the second 类别 are not summed. Province: the page names only 西店镇 (宁海县, 宁波) — 浙江省 is "
                  "my inference. level1 = 类别, level2 = 检查内容 (the 指标 column 村庄环境/分类成效 sits between them); name = "
                  "the fault described in 评分细则 without the deduction clause. Each row is a deduction rule with points, "
                  "no numeric target, so no findings."),
    },
    "blind244_huanwei_zuoye_koufen.xlsx": {
        "source_urls": [URL_HW],
        "province": None,
        "doc_kind": "环卫作业服务质量和扣分标准(服务外包考核表)",
        "patterns": [1, 5],
        "indicators": [ind(HW_L1, HW_L2, n, t) for n, t, _s in HW_ROWS],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Stored page (renrendoc preview) interleaves the cells of a 5-column table 类别│考核项目│考核方式│作业服务质量标准│"
                  "评分标准. I re-joined the split words (二/级路, 20:0/0, 时/间, 开/放) and put the 评分标准 text back in its "
                  "own column. The 类别 cell is only visible as the single characters 日, 常, 项 scattered between lines "
                  "(a vertical merged cell, probably 日常…项目 with the rest beyond the stop); I wrote them one per line and "
                  "use “日常项” as level1. 1、考核时间落实情况 and 作业现场检查 appear once; I merged them over 1.1–1.4 since all "
                  "four are timing rules. Defects kept: “完成A次清扫”, “18:000”, “6:0020:00”, “巡退”, “4月1日10月31日”. Page "
                  "stops inside 1.4 (“遇有重” / “每人次扣0.5”). No province, city or contract name is visible (the summer/winter "
                  "dates suggest a northern city) so province is null. Items state time standards and per-fault deductions but "
                  "no points per item; nothing I can flag under the rule ids without guessing."),
    },
    "blind244_hengli_zhucan_gongkai.docx": {
        "source_urls": [URL_HENGLI],
        "province": "广东省",
        "doc_kind": "镇政府福利彩票公益金资助项目信息公开(助餐配餐服务补贴)",
        "patterns": [],
        "indicators": [
            ind(None, None, "市级就餐补贴", "市级就餐补贴3 元/人次", operator="=", value=3, unit="元/人次"),
            ind(None, None, "老年人照顾需求等级 1-3 级市级送餐补贴", "老年人照顾需求等级 1-3 级市级送餐补贴2 元/人次",
                operator="=", value=2, unit="元/人次"),
            ind(None, None, "老年人照顾需求等级 4-6 级市级送餐补贴", "老年人照顾需求等级 4-6 级市级送餐补贴4 元/人次",
                operator="=", value=4, unit="元/人次"),
            ind(None, None, "自建厨房服务模式市级运营补贴", "自建厨房服务模式市级运营补贴3 元/人次",
                operator="=", value=3, unit="元/人次"),
            ind(None, None, "其他服务模式市级运营补贴", "其他服务模式市级运营补贴1.5 元/人次",
                operator="=", value=1.5, unit="元/人次"),
            ind(None, None, "助餐配餐服务", HL_DONE, unit="人次", actual=120695),
            ind(None, None, "长者饭堂数量", "2022年横沥镇长者饭堂数量达到11个", unit="个", actual=11),
            ind(None, None, "助餐配餐服务覆盖", "助餐配餐服务覆盖全镇16个村(社区)", unit="个", actual=16),
        ],
        "goals": [],
        "facts": [
            {"metric": "2022年资助金额", "kind": "sum", "total": 150, "parts": [83.0307, 66.9693], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "长者饭堂数量",
             "why": "只报告“达到11个”,全文没有年初设定的目标值,无法判断是否完成"},
            {"rule": "target.missing_value", "item": "助餐配餐服务",
             "why": "服务120695人次是实际完成数,没有对应的目标人次"},
        ],
        "notes": ("Stored page: a town notice (东莞市横沥镇, 2023-06-29) on the 2022 市本级助餐配餐服务补贴经费项目, published on a "
                  "hijacked mirror (breadcrumb shows a gambling name, left out). Targets and results stand only in prose. The "
                  "five subsidy rates are unit-cost standards, coded as '=' rows; the three results (120695人次, 11个, 16个村"
                  "(社区)) have actuals but no stated targets. Money: 150 = 83.0307 + 66.9693 万元 holds. Spending is only "
                  "about 55% of the grant, but the page stops mid-sentence in (三)绩效目标完成情况 (“全年实际发放补贴的60岁以上"
                  "老年…”), so any explanation may lie beyond the stop: not flagged. Narrative rewritten in my own words; "
                  "names, rates, amounts, dates and the contact line kept."),
    },
    "blind244_yuewei_2011_75_tongzhi.docx": {
        "source_urls": [URL_YUEWEI],
        "province": "广东省",
        "doc_kind": "省卫生厅、财政厅印发基本公共卫生服务项目绩效考核方案的通知(正文)",
        "patterns": [8],
        "indicators": [],
        "goals": [
            {"kind": "目的", "text": YW_GOAL1},
            {"kind": "目的", "text": YW_GOAL2},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": YW_GOAL1[:20],
             "why": "目的(一)只讲明确责任、健全机制,没有任何数量、水平或期限"},
            {"rule": "goal.process_only", "item": YW_GOAL1[:20],
             "why": "目的(一)描述的是组织、投入和管理过程,不是服务产出或效果"},
            {"rule": "goal.unquantified", "item": YW_GOAL2[:20],
             "why": "“提升管理水平和资金使用效益”没有基线和目标值"},
        ],
        "notes": ("Stored page: the notice 粤卫〔2011〕75号 (广东省卫生厅、财政厅, 二〇一一年六月二十二日) and the start of the 方案 "
                  "(preamble, 一、目的 (一)(二), 二、考核原则 (一)); it stops mid-sentence in 考核原则 (一) (“…基层医疗卫生机构”). "
                  "Odd letter-spacing of the issuing organs and the page markers “- 1 -”/“- 2 -” kept. Goals are the two 目的 "
                  "items, rewritten in my own words. No indicators on the visible part (the scoring standard is 附件1, built "
                  "separately from another page as blind244_gd_jbgw_kaohe_biaozhun). 考核原则 is not a goal."),
    },
}

# ---------------------------------------------------------------------------
# helpers: deterministic zips and PDFs
# ---------------------------------------------------------------------------

CORE_DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = src.read(name)
            if name == "docProps/core.xml":
                body = CORE_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<3>", body)
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def fix_pdf(path: Path) -> None:
    data = path.read_bytes()

    def same_len_date(m):
        inner = m.group(2)
        base = b"D:20240101000000"
        tail = re.sub(rb"\d", b"0", inner[len(base):])
        return m.group(1) + (base + tail)[: len(inner)] + m.group(3)

    data = re.sub(rb"(/CreationDate\s*\()([^)]*)(\))", same_len_date, data)
    data = re.sub(rb"(/ModDate\s*\()([^)]*)(\))", same_len_date, data)

    def same_len_id(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda x: b"<" + b"0" * (len(x.group(0)) - 2) + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", same_len_id, data)

    def zero_checksum(m):
        return m.group(1) + b"0" * len(m.group(2))

    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", zero_checksum, data)
    path.write_bytes(data)


def to_pdf(path: Path) -> Path:
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(HERE), str(path)], check=True, capture_output=True)
    pdf = path.with_suffix(".pdf")
    fix_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    cp = doc.core_properties
    cp.author = "blind244"
    cp.last_modified_by = "blind244"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, size=None, center=False, indent=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return p


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def save_docx(doc, name):
    buf = io.BytesIO()
    doc.save(buf)
    path = HERE / name
    path.write_bytes(normalise_zip(buf.getvalue()))
    return path


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_gd_standard(name):
    doc = new_doc(landscape=True)
    para(doc, "附件1")
    para(doc, "广东省基本公共卫生服务项目绩效考核标准", bold=True, size=15, center=True)
    para(doc, "(总分100分)", center=True)
    t = doc.add_table(rows=1 + len(GD_ROWS), cols=8)
    t.style = "Table Grid"
    heads = ["考核项目", "", "分数", "目标要求", "检查方法", "评分办法", "操作记录", "考核得分"]
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True)
    t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(t.cell(0, 0), "考核项目", bold=True)
    for r, (n, w, target, method, rule) in enumerate(GD_ROWS, start=1):
        set_cell(t.cell(r, 0), GD_L1 if r == 1 else "")
        set_cell(t.cell(r, 1), n)
        set_cell(t.cell(r, 2), str(w))
        set_cell(t.cell(r, 3), target)
        set_cell(t.cell(r, 4), method)
        set_cell(t.cell(r, 5), rule)
        set_cell(t.cell(r, 6), "")
        set_cell(t.cell(r, 7), "")
    merged = t.cell(1, 0).merge(t.cell(len(GD_ROWS), 0))
    set_cell(merged, GD_L1)
    widths = [2.2, 2.0, 1.2, 7.0, 5.0, 6.0, 1.6, 1.4]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return save_docx(doc, name)


def xl_border():
    s = Side(style="thin")
    return Border(left=s, right=s, top=s, bottom=s)


def xl_setup(ws, widths, landscape=True):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def xl_cell(ws, ref, value, bold=False, size=10, center=False, wrap=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = Alignment(wrap_text=wrap, vertical="center", horizontal="center" if center else "left")
    return c


def save_xlsx(wb, name):
    wb.properties.creator = "blind244"
    wb.properties.lastModifiedBy = "blind244"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    path = HERE / name
    path.write_bytes(normalise_zip(buf.getvalue()))
    return path


def build_xidian(name):
    wb = Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    xl_setup(ws, {"A": 14, "B": 9, "C": 11, "D": 6, "E": 58, "F": 9, "G": 8}, landscape=False)
    ws.merge_cells("A1:G1")
    xl_cell(ws, "A1", "西店镇行政村环境卫生和垃圾分类考核评分表", bold=True, size=14, center=True)
    xl_cell(ws, "A2", "行政村:")
    ws.merge_cells("A2:C2")
    xl_cell(ws, "E2", "检查人员:")
    header = ["类别", "指标", "检查内容", "序号", "评分细则", "标准分值", "得分"]
    row = 3
    for i, h in enumerate(header):
        xl_cell(ws, f"{'ABCDEFG'[i]}{row}", h, bold=True, center=True)
    rows_written = []
    for c1, zb, kind, no, _n, text, w in XD_ROWS:
        if no == 12:  # page break: header repeated, label cells blank below it
            row += 1
            ws.row_breaks.append(Break(id=row - 1))
            for i, h in enumerate(header):
                xl_cell(ws, f"{'ABCDEFG'[i]}{row}", h, bold=True, center=True)
        row += 1
        rows_written.append((row, c1, zb, kind, no))
        xl_cell(ws, f"D{row}", no, center=True)
        xl_cell(ws, f"E{row}", text)
        xl_cell(ws, f"F{row}", w, center=True)
        xl_cell(ws, f"G{row}", None)
        ws.row_dimensions[row].height = 30
    # label blocks (merged), as the page shows them
    blocks = [
        ("A", XD_C1, 1, 11), ("B", "村庄环境", 1, 11),
        ("C", "公共区域18分", 1, 6), ("C", "厕所12分", 7, 8), ("C", "河面4分", 9, 9), ("C", "庭院11分", 10, 11),
        ("A", XD_C2, 13, 14), ("B", "分类成效", 13, 14), ("C", "宣传2分", 13, 13), ("C", "基础设施13分", 14, 14),
    ]
    by_no = {no: r for r, _c1, _zb, _k, no in rows_written}
    for col, text, a, b in blocks:
        ra, rb = by_no[a], by_no[b]
        if rb > ra:
            ws.merge_cells(f"{col}{ra}:{col}{rb}")
        xl_cell(ws, f"{col}{ra}", text, center=True)
    for r in range(3, row + 1):
        for col in "ABCDEFG":
            ws[f"{col}{r}"].border = xl_border()
    ws.print_title_rows = None
    return save_xlsx(wb, name)


def build_hw(name):
    wb = Workbook()
    ws = wb.active
    ws.title = "扣分标准"
    xl_setup(ws, {"A": 5, "B": 10, "C": 9, "D": 70, "E": 32})
    ws.merge_cells("A1:E1")
    xl_cell(ws, "A1", "环卫作业服务质量和扣分标准", bold=True, size=14, center=True)
    for i, h in enumerate(["类别", "考核项目", "考核方式", "作业服务质量标准", "评分标准"]):
        xl_cell(ws, f"{'ABCDE'[i]}2", h, bold=True, center=True)
    for i, (_n, std, rule) in enumerate(HW_ROWS):
        r = 3 + i
        xl_cell(ws, f"D{r}", std)
        xl_cell(ws, f"E{r}", rule)
    last = 2 + len(HW_ROWS)
    ws.merge_cells(f"A3:A{last}")
    xl_cell(ws, "A3", "日\n常\n项", center=True)
    ws.merge_cells(f"B3:B{last}")
    xl_cell(ws, "B3", HW_L2, center=True)
    ws.merge_cells(f"C3:C{last}")
    xl_cell(ws, "C3", "作业现场检查", center=True)
    for r in range(2, last + 1):
        for col in "ABCDE":
            ws[f"{col}{r}"].border = xl_border()
    for r, h in zip(range(3, last + 1), (120, 40, 30, 80)):
        ws.row_dimensions[r].height = h
    return save_xlsx(wb, name)


def build_hengli(name):
    doc = new_doc()
    para(doc, "来源:横沥镇人民政府 发布日期:2023-06-29")
    para(doc, HL_INTRO, indent=True)
    para(doc, "一、项目信息", bold=True)
    para(doc, "(一)项目名称", bold=True)
    para(doc, "市本级助餐配餐服务补贴经费项目", indent=True)
    para(doc, "(二)项目主要内容", bold=True)
    para(doc, HL_CONTENT, indent=True)
    para(doc, "(三)项目周期", bold=True)
    para(doc, "2022年2月—2022年12月", indent=True)
    para(doc, "(四)资金额度", bold=True)
    para(doc, "项目总额为150万元。其中2022年资助金额为150万元,实际支付83.0307万元,结余66.9693万元。", indent=True)
    para(doc, "(五)项目负责人及联系方式", bold=True)
    para(doc, "项目负责人:余庆斌、何锶韵,联系电话:84963377", indent=True)
    para(doc, "二、项目成果", bold=True)
    para(doc, "(一)项目完成情况", bold=True)
    para(doc, HL_DONE, indent=True)
    para(doc, "(二)实际效果", bold=True)
    para(doc, HL_EFFECT, indent=True)
    para(doc, "(三)绩效目标完成情况", bold=True)
    para(doc, HL_GOALDONE, indent=True)
    return save_docx(doc, name)


def build_yuewei(name):
    doc = new_doc()
    para(doc, "广 东 省 卫 生 厅", bold=True, size=22, center=True)
    para(doc, "广 东 省 财 政 厅 文件", bold=True, size=22, center=True)
    para(doc, "粤卫〔2011〕75 号", center=True)
    para(doc, "关于印发广东省基本公共卫生服务项目绩效考核方案的通知", bold=True, size=15, center=True)
    para(doc, "各地级以上市卫生局、财政局,深圳市卫生和人口计划生育委员会、财政委员会,佛山市顺德区卫生和人口计划生育局、财税局:")
    para(doc, ("为落实中央和省委、省政府深化医药卫生体制改革的部署,加强对基本公共卫生服务项目的管理,保证项目全面落地,"
               "省卫生厅、省财政厅依据卫生部、财政部《关于加强基本公共卫生服务项目绩效考核的指导意见》(卫妇社发〔2010〕112 号),"
               "共同制定了《广东省基本公共卫生服务项目绩效考核方案》,现印发给你们,请遵照执行。"), indent=True)
    para(doc, "- 1 -", center=True)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "二 〇 一 一 年 六 月 二 十 二 日")
    para(doc, "(信息公开形式:主动公开)")
    para(doc, "- 2 -", center=True)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "广东省基本公共卫生服务项目绩效考核方案", bold=True, size=15, center=True)
    para(doc, ("为推动基本公共卫生服务项目落实、提高公共卫生服务补助资金的使用效益,依据卫生部、财政部《关于加强基本公共卫生服务项目"
               "绩效考核的指导意见》(卫妇社发〔2010〕112 号)、《国家基本公共卫生服务规范》(2009 年版)和《广东省深化医药卫生体制"
               "改革实施方案》,制定本方案。"), indent=True)
    para(doc, "一、目的", bold=True)
    para(doc, "(一)" + YW_GOAL1, indent=True)
    para(doc, "(二)" + YW_GOAL2, indent=True)
    para(doc, "二、考核原则", bold=True)
    para(doc, "(一)坚持属地管理,分级考核。基本公共卫生服务项目按属地管理,由县(区)级担任考核主体,重点加强对承担基本公共卫生服务项目的基层医疗卫生机构",
         indent=True)
    return save_docx(doc, name)


BUILDERS = {
    "blind244_gd_jbgw_kaohe_biaozhun.docx": build_gd_standard,
    "blind244_xidian_huanwei_pingfen.xlsx": build_xidian,
    "blind244_huanwei_zuoye_koufen.xlsx": build_hw,
    "blind244_hengli_zhucan_gongkai.docx": build_hengli,
    "blind244_yuewei_2011_75_tongzhi.docx": build_yuewei,
}


# ---------------------------------------------------------------------------
# annotations and checks
# ---------------------------------------------------------------------------

def write_annotation(fname, gold):
    ANN.mkdir(exist_ok=True)
    rec = {"source": fname}
    rec.update(copy.deepcopy(gold))
    (ANN / f"{fname}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_texts(pdf):
    outs = []
    for mode in ([], ["-raw"], ["-layout"]):
        res = subprocess.run(["pdftotext", *mode, str(pdf), "-"], check=True, capture_output=True)
        outs.append(squash(res.stdout.decode("utf-8")))
    return outs


def check_pdf(pdf, gold):
    texts = pdf_texts(pdf)
    wanted = []
    for i in gold["indicators"]:
        wanted += [("name", i["name"]), ("target_text", i["target_text"])]
    wanted += [("goal", g["text"]) for g in gold["goals"]]
    wanted += [("finding", f["item"]) for f in gold["findings"]]
    missing = [(k, v) for k, v in wanted if v and not any(squash(v) in t for t in texts)]
    return missing


def main():
    ok = True
    sums = {}
    for fname, builder in BUILDERS.items():
        path = builder(fname)
        pdf = to_pdf(path)
        write_annotation(path.name, GOLD[fname])
        write_annotation(pdf.name, GOLD[fname])
        missing = check_pdf(pdf, GOLD[fname])
        if missing:
            ok = False
            for k, v in missing:
                print(f"MISSING in {pdf.name}: {k}: {v}")
        for p in (path, pdf):
            sums[p.name] = hashlib.md5(p.read_bytes()).hexdigest()
    for n, h in sorted(sums.items()):
        print(h, n)
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"documents={len(GOLD)} indicators={n_ind} goals={n_goal} findings={n_find}")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
