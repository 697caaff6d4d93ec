# -*- coding: utf-8 -*-
"""Part blind192: rural revitalisation layouts (农业保险 / 村级集体经济 / 农村人居环境).

Gold first (Python data), then builders for DOCX/XLSX, LibreOffice PDF export,
annotation files and a pdftotext presence check.  Run with /tmp/venv/bin/python.
"""
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

PART = "blind192"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = (2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# A. 宁波 鄞州区 政策性农业保险 预算绩效目标 (news report listing the indicators)
A_STEM = "zhejiang-yinzhou-nongyebaoxian-jixiaomubiao-baodao"
A_LEAD = ("本报讯(张文胜 朱军备 陈云 唐思鸿)水稻投保面积去年是25.9万亩,今年目标是26万亩;"
          "生猪保费补贴比例从80%提高到85%;投保生猪价格指数保险的养殖户,门槛从年出栏1万头降至160头;"
          "参保农民满意度要达到85%……据近日召开的鄞州区政策性农业保险工作会议消息,该区今年第一次把政策性农保纳入预算绩效目标考核。")
A_PARAS = [
    A_LEAD,
    "农业保险能增强农业抵御风险的能力,稳住农村经济,保障农民持续增收,也能避免农民“因灾致贫”“因灾返贫”。"
    "鄞州区的政策性农保从2007年起步,保险品种逐年增多,8年来共为受灾农民赔付1.54亿元。",
    "保险面不断扩大,靠的是财政的持续投入。以2014年为例,中央、市、区、镇四级财政对鄞州政策性农业保险的补贴达到3660万元,"
    "占总保费的91.4%。",
    "今年,鄞州区为政策性农业保险安排财政预算3488万元,其中区级当年资金1600万元,上级资金1888万元,"
    "用于逐步增加保险品种、扩大投保农户范围、提高保费补贴,让政策性农业保险稳定、可持续地运行。",
    "该区相关部门编制了今年政策性农业保险绩效考核指标,分为4类:一是数量指标,主要是农作物投保面积和家禽投保数量;"
    "二是质量指标,如农户参保率、理赔案件结案率、赔偿资金到户率等;三是时效性指标,主要是结案后资金到账时间和异议投诉受理处置时间;"
    "四是社会效益指标,即参保农民满意度。",
    "为实现预算绩效目标,鄞州在制度和措施上做了完善:落实政策、健全组织保障、加强监督核查,并严格执行“三公示、四到户”"
    "(承保信息、定损情况、理赔结果上墙公示,投保、凭证、理赔、信息数据到户),接受群众监督。",
]
A_GOLD = {
    "source": A_STEM,
    "source_urls": ["http://daily.cnnb.com.cn/nbrb/html/2015-04/10/content_852107.htm?div=-1"],
    "province": "浙江省",
    "doc_kind": "绩效目标(新闻报道,政策性农业保险)",
    "patterns": [10],
    "indicators": [
        ind(None, "数量指标", "农作物投保面积", None, None, None, None),
        ind(None, "数量指标", "家禽投保数量", None, None, None, None),
        ind(None, "质量指标", "农户参保率", None, None, None, None),
        ind(None, "质量指标", "理赔案件结案率", None, None, None, None),
        ind(None, "质量指标", "赔偿资金到户率", None, None, None, None),
        ind(None, "时效性指标", "结案后资金到账时间", None, None, None, None),
        ind(None, "时效性指标", "异议投诉受理处置时间", None, None, None, None),
        ind(None, "社会效益指标", "参保农民满意度", ">=", 85, "%", "要达到85%"),
    ],
    "goals": [
        {"kind": "年度目标", "text": "水稻投保面积去年是25.9万亩,今年目标是26万亩"},
        {"kind": "年度目标", "text": "参保农民满意度要达到85%"},
    ],
    "facts": [
        {"metric": "政策性农业保险财政预算", "kind": "sum", "total": 3488, "parts": [1600, 1888], "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "农作物投保面积",
         "why": "指标清单只列名称;导语只给出水稻投保面积目标26万亩,未给出农作物投保面积总目标"},
        {"rule": "target.missing_value", "item": "家禽投保数量", "why": "未给出目标值"},
        {"rule": "target.missing_value", "item": "农户参保率", "why": "率类指标未给出目标值"},
        {"rule": "target.missing_value", "item": "理赔案件结案率", "why": "率类指标未给出目标值"},
        {"rule": "target.missing_value", "item": "赔偿资金到户率", "why": "率类指标未给出目标值"},
        {"rule": "target.time_no_deadline", "item": "结案后资金到账时间", "why": "时效指标没有天数或期限"},
        {"rule": "target.time_no_deadline", "item": "异议投诉受理处置时间", "why": "时效指标没有天数或期限"},
        {"rule": "target.misfiled_dimension", "item": "参保农民满意度",
         "why": "满意度被归入社会效益指标,应归满意度指标(服务对象满意度)"},
    ],
    "notes": ("A newspaper report (宁波日报 page, 2015-04-10 by its address) that lists the district's performance "
              "indicators for 政策性农业保险 in prose: 4 classes and 8 names. The stored page starts at the byline "
              "(no headline) and ends after the 三公示、四到户 paragraph; nothing of it is cut. Indicator rows are the "
              "8 names of the list in order; level2 as written (时效性指标, and 社会效益指标 for the satisfaction row); "
              "no level1 is written. The 85% value of 参保农民满意度 comes from the lead sentence (达到 read as >=); "
              "the rice area target (26万亩, bare value) is kept as a goal, not as an indicator, since the list "
              "names 农作物投保面积. 生猪保费补贴比例 80%->85% and the 160头 threshold are policy parameters, "
              "not indicators. 3660万元 / 91.4% of total premium cannot be checked (total premium not given). "
              "Sentences other than the lead targets and the indicator list are rewritten, numbers kept."),
}

# B. 广州市财政局 转下达 2019 中央扶持壮大村级集体经济补助资金
B_STEM = "guangdong-guangzhou-cunjijitijingji-buzhu-xiadatongzhi"
B_GOALTEXT = "扶持村集体经济收入明显增加,基层党组织凝聚力有所增强,扶持村农民满意度≥90%,基层干部满意度≥90%"
B_PARAS = [
    ("h", "从化、增城区财政局:"),
    ("p", "根据省财政厅《关于下达2019年扶持壮大村级集体经济补助资金的通知》(粤财农〔2019〕15号)及市委组织部分配计划,"
          "现将2019年中央扶持壮大村级集体经济补助资金转下达给你们,有关事项通知如下:"),
    ("p", "一、本次资金在2019年度政府收支分类科目“2130706对村集体经济组织的补助”一般公共预算科目中列支,"
          "经济分类按实际用途编列,年终编报支出决算。"),
    ("p", "二、该项资金主要用于补助扶持村级集体经济试点工作。绩效目标是:" + B_GOALTEXT + "。"
          "请加强财政资金绩效管理,做好绩效目标监控和绩效评价,确保年度绩效目标按期实现。"),
    ("p", "三、请按照《中共广州市委组织部 广州市财政局 广州市农业农村局关于转发开展扶持村级集体经济试点工作壮大村级集体经济的通知》"
          "及《广东省涉农资金统筹整合管理办法》(粤财农〔2019〕115号)的规定,督促区相关业务主管部门管好用好资金,发挥资金使用效益。"),
    ("p", "附件:2019年中央扶持壮大村级集体经济补助资金下达情况表.xls"),
    ("r", "广州市财政局"),
    ("r", "2019年9月24日"),
]
B_GOLD = {
    "source": B_STEM,
    "source_urls": ["https://czj.gz.gov.cn/zwgk/xczxzjzczl/zjfp/content/post_5837515.html"],
    "province": "广东省",
    "doc_kind": "资金下达通知(含绩效目标)",
    "patterns": [10],
    "indicators": [
        ind(None, None, "扶持村集体经济收入", None, None, None, "明显增加"),
        ind(None, None, "基层党组织凝聚力", None, None, None, "有所增强"),
        ind(None, None, "扶持村农民满意度", ">=", 90, "%", "≥90%"),
        ind(None, None, "基层干部满意度", ">=", 90, "%", "≥90%"),
    ],
    "goals": [{"kind": "绩效目标", "text": B_GOALTEXT}],
    "facts": [],
    "findings": [
        {"rule": "target.vague_wording", "item": "扶持村集体经济收入", "why": "“明显增加”没有增收金额或增幅"},
        {"rule": "target.vague_wording", "item": "基层党组织凝聚力", "why": "“有所增强”无数值、无评价标准"},
        {"rule": "coverage.missing_dimension", "item": "产出指标",
         "why": "目标只有效益和满意度,没有扶持村数量、项目数量等产出指标"},
    ],
    "notes": ("A district-level transfer notice of the city finance bureau; the whole performance target is one "
              "sentence in item 二, read here as four indicator statements (no 一级/二级 written). The stored page "
              "starts at the addressee (no title line) and ends with the signature and date; the attached xls "
              "(下达情况表) is only named, its content is not on the page. Item texts 一 to 三 are lightly rewritten; "
              "the goal sentence is kept verbatim."),
}

# C. 宁国市 农业保险保费 转移支付 2023 绩效自评报告 (stops at the table header)
C_STEM = "anhui-ningguo-nongyebaoxianbaofei-zipingbaogao"
C_META = [
    ("索引号:", "11341702003255900R/202404-00020", "组配分类:", "部门项目"),
    ("发布机构:", "宁国市财政局(市国资委、市金融监管局)", "主题分类:", "财政、金融、审计"),
    ("名称:", "宁国市中央对地方转移支付2023年度绩效自评报告(农业保险保费)", "文号:", ""),
    ("生成日期:", "2024-04-07", "发布日期:", "2024-04-07"),
]
C_TITLE = "宁国市中央对地方转移支付2023年度绩效自评报告(农业保险保费)"
C_PARAS = [
    ("s", "发布时间:2024-04-07 11:45 来源:宁国市财政局(市国资委、市金融监管局)"),
    ("p", "按照《宁国市财政局关于开展2023年度中央对地方转移支付预算执行情况绩效自评工作的通知》(财绩〔2024〕143号)的要求,"
          "我局对政策性农业保险保费补贴转移支付开展了绩效自评,有关情况报告如下:"),
    ("h", "一、绩效目标分解下达情况"),
    ("h", "(一)中央下达本市政策性农业保险保费补贴转移支付预算和绩效目标情况"),
    ("p", "2023年度,依据《宣城市财政局关于拨付2022年中央财政特色险奖补资金的通知》(财金〔2023〕411号),"
          "中央财政向宁国市拨付政策性特色险奖补资金7.34万元;中央未下达绩效目标,由我市结合实际情况自行制定。"),
    ("h", "(二)本市资金安排和绩效目标情况"),
    ("p", "1.资金安排"),
    ("p", "2023年度,我市安排政策性农业保险保费补贴预算271万元,作为中央财政政策性农业保险与地方特色农产品保费补贴的本级配套。"),
    ("p", "2.绩效目标"),
]
C_CUT_HEADER = ["一级指标", "二级指标", "三"]
C_GOLD = {
    "source": C_STEM,
    "source_urls": ["https://www.ningguo.gov.cn/OpennessContent/show/3250877.html"],
    "province": "安徽省",
    "doc_kind": "转移支付绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "table_not_understood", "item": "绩效目标",
         "why": "“2.绩效目标”下的指标表只剩表头“一级指标 二级指标 三”,没有任何指标行(原页面在此截断)"},
    ],
    "notes": ("County-level self-evaluation report on the 农业保险保费补贴 transfer. The stored page stops inside the "
              "header of the 绩效目标 table, after the characters 一级指标 / 二级指标 / 三; the table is rebuilt as one "
              "header row of three cells with no body rows, which is what a reader of the page sees. Amounts: 7.34万元 "
              "(中央特色险奖补) and 271万元 (本级保费补贴预算) are two separate sums, no identity between them. "
              "The page's metadata block is rebuilt as a 4-column table. Prose sentences rewritten, numbers and "
              "document numbers kept. Prose-only document (no indicator rows)."),
}

# D. 奉化区 村级集体经济发展项目 财政支出绩效评价报告 (stops at 1.项目绩效总目标)
D_STEM = "zhejiang-fenghua-cunjijitijingjifazhan-pingjiabaogao"
D_META = [
    ("索引号", "11330283665566439R/2024-152607", "组配分类", "专项经费"),
    ("主题分类", "财政", "公开方式", "主动公开"),
    ("公开范围", "面向全社会", "发布机构", "区财政局"),
    ("发文日期", "2024-05-21", "", ""),
]
D_TITLE = "区农业农村局村级集体经济发展项目财政支出绩效评价报告"
D_GOAL1 = ("到2022年底,全省集体经济年收入达到20万元以上且经营性收入达到10万元以上的行政村实现基本覆盖,"
           "年经营性收入50万元以上的行政村占比达到40%以上")
D_GOAL2 = "到2025年底,全省年经营性收入50万元以上的行政村占比达到50%以上"
D_PARAS = [
    ("h", "一、项目基本情况"),
    ("h", "(一)项目概况"),
    ("p", "2021年初,省委、省政府印发《村级集体经济巩固提升三年行动计划》,确定了全省的工作目标:" + D_GOAL1 + "。" + D_GOAL2 + "。"),
    ("p", "为落实省、市关于村级集体经济巩固提升的部署,我区在2021年先后出台《宁波市奉化区“百村百业、强村富民”三年行动计划(2021—2023)》"
          "(奉党办〔2021〕17号)和《关于印发宁波市奉化区村级集体经济发展项目资金管理试行办法的通知》(奉农办〔2021〕13号)。"),
    ("p", "为贯彻省第十五次党代会和市第十四次党代会精神,落实《宁波市消除村级集体经济相对薄弱村攻坚行动方案》,"
          "进一步抬高目标、创新举措、加快进度,我区于2022年印发《宁波市奉化区村级集体经济“消薄”攻坚行动方案》(奉委农办发〔2022〕15号)。"),
    ("p", "为巩固“消薄”攻坚成果,推动村级集体经济稳定增收、增强自身“造血”能力,夯实党在农村执政的经济基础,"
          "我区于2023年印发《宁波市奉化区村级集体经济巩固提升二轮攀高实施意见(试行)》(奉党办〔2023〕37号)。"),
    ("h", "(二)项目绩效目标"),
    ("p", "1.项目绩效总目标。"),
    ("p", "根据《宁波市奉化区村级集体经济巩固提升二轮攀高实施意见(试行)》(奉党办〔2023〕37号)"),
]
D_GOLD = {
    "source": D_STEM,
    "source_urls": ["http://www.fh.gov.cn/art/2024/5/21/art_1229037584_4390553.html"],
    "province": "浙江省",
    "doc_kind": "项目支出绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标(省级工作目标)", "text": D_GOAL1},
        {"kind": "总体目标(省级工作目标)", "text": D_GOAL2},
    ],
    "facts": [],
    "findings": [],
    "notes": ("District finance bureau's evaluation report on 村级集体经济发展项目 (宁波市奉化区). The stored page stops "
              "at the first words of 1.项目绩效总目标 (\"根据《…二轮攀高实施意见(试行)》(奉党办〔2023〕37号)\"), so the "
              "project's own goal, the score table and the findings are not on the page. The two goals are the "
              "province's targets quoted in the background; kept verbatim (short goal sentences). No finding: the "
              "quoted goals are quantified and the report is cut before any indicator. Prose-only document."),
}

# E. 汶上县 农村人居环境整治提升工程 进展情况表 (target / progress rows)
E_STEM = "shandong-wenshang-nongcunrenjuhuanjing-jinzhanbiao"
E_HEADER = ["序号", "项目名称", "项目内容", "当前进展情况", "进度评价", "主办单位"]
E_ROWS = [
    ("推广“信用+”人居环境治理新模式,实行网格化管理,试点村达到100个。",
     "“信用+”人居环境治理试点村达到100个;", "已完成"),
    ("新增国家卫生乡镇2个、省级美丽乡村3个。",
     "白石镇、杨店镇的验收材料已备齐,永久性宣传标语正在制作,各项制度正在完善;3个省级美丽乡村已建成,验收材料已上报。", "已完成"),
    ("建设“四好农村路”50公里。", "完工建设50.52公里。", "已完成"),
    ("新增绿化面积387亩。", "已完成新增造林387亩。", "已完成"),
    ("完成生活污水治理村庄61个。", "61个村庄已全部开工建设,其中44个村庄已完成治理建设。", "正常推进"),
    ("完成废弃坑塘治理村庄10个。", "已完成10个坑塘整治。", "已完成"),
    ("市场化运作农村户厕、公厕保洁管护。",
     "1.农村户厕“报抽报修”和公厕保洁维护已常态化开展。2.公厕冬季防冻改造已委托设计院出图并报财政局评审,正在准备招标;"
     "农村公厕提升改造已完成工程招标、签订施工合同,改造升级正在施工。", "正常推进"),
    ("持续推动生活垃圾分类,",
     "通过政府公众号、微信群宣传,引导村民参与农村生活垃圾分类;在农村布置分类宣传横幅、展板,开展主题宣传活动10余次,"
     "发放分类宣传手册20000余份。督导各镇街在社区、村组建垃圾分类宣传员队伍,随时宣传分类知识以提高知晓率。"
     "已形成完整的分类收运、处理体系,垃圾减量率可达25%,实现“真分类、真减量、真处理、可利用”。"
     "目前全县已建成生活垃圾资源化利用站4个,2023年目标建成垃圾分类亭100个,目", ""),
]
E_GOLD = {
    "source": E_STEM,
    "source_urls": ["http://wenshang.gov.cn/art/2023/11/29/art_71075_2765607.html?xxgkhide=1"],
    "province": "山东省",
    "doc_kind": "重点项目目标进展情况表(绩效运行监控类)",
    "patterns": [1, 5, 6],
    "indicators": [
        ind(None, None, E_ROWS[0][0], ">=", 100, "个", E_ROWS[0][0], actual=100),
        ind(None, None, E_ROWS[1][0], None, None, None, E_ROWS[1][0]),
        ind(None, None, E_ROWS[2][0], None, 50, "公里", E_ROWS[2][0], actual=50.52),
        ind(None, None, E_ROWS[3][0], None, 387, "亩", E_ROWS[3][0], actual=387),
        ind(None, None, E_ROWS[4][0], None, 61, "个", E_ROWS[4][0], actual=44),
        ind(None, None, E_ROWS[5][0], None, 10, "个", E_ROWS[5][0], actual=10),
        ind(None, None, E_ROWS[6][0], None, None, None, E_ROWS[6][0]),
        ind(None, None, E_ROWS[7][0], None, None, None, E_ROWS[7][0]),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": E_ROWS[6][0], "why": "保洁管护没有覆盖率、频次等可衡量的目标值"},
        {"rule": "target.vague_wording", "item": E_ROWS[7][0], "why": "“持续推动”没有数量或基线"},
    ],
    "notes": ("A county progress table (2023-11-29) of the 农村人居环境整治提升工程: each 项目内容 cell is one target with "
              "its value inside the sentence (pattern 6), 当前进展情况 gives the actual, 进度评价 and 主办单位 are not "
              "values (pattern 5); 序号, 项目名称 and 主办单位 are merged down the 8 rows (pattern 1). Name and "
              "target_text are the whole 项目内容 cell. 达到 read as >= (row 1); other rows bare values, operator null. "
              "Row 2 holds two targets (2个 卫生乡镇, 3个 美丽乡村): value left null. Row 5 actual = 44 村庄 完成治理 "
              "(61 开工). The stored page stops inside the progress cell of row 8 (\"…垃圾分类亭100个,目\"), its 进度评价 "
              "is empty. Long progress cells are rewritten with all numbers kept; short ones and all 项目内容 cells "
              "verbatim. Judgement call: this is a target/progress monitoring table, not a finance-bureau form; it is "
              "used because no unused page with a rural indicator form could be found."),
}

DOCS = [A_GOLD, B_GOLD, C_GOLD, D_GOLD, E_GOLD]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------

def _font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is None:
        rfonts = rpr.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts", {})
        rpr.append(rfonts)
    rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "SimSun")


def _para(doc, text, size=11, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    _font(r, size, bold)
    if align is not None:
        p.alignment = align
    return p


def _new_doc():
    d = Document()
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = ""
    cp.revision = 1
    import datetime
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    return d


def _cell_text(cell, text, bold=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    _font(r, size, bold)


def build_a(path):
    d = _new_doc()
    for t in A_PARAS:
        _para(d, t)
    d.save(path)


def build_b(path):
    d = _new_doc()
    for kind, t in B_PARAS:
        if kind == "r":
            _para(d, t, align=WD_ALIGN_PARAGRAPH.RIGHT)
        else:
            _para(d, t)
    d.save(path)


def _meta_table(d, meta):
    t = d.add_table(rows=len(meta), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(meta):
        for j, v in enumerate(row):
            _cell_text(t.cell(i, j), v, bold=(j % 2 == 0))
    return t


def build_c(path):
    d = _new_doc()
    _meta_table(d, C_META)
    _para(d, C_TITLE, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for kind, t in C_PARAS:
        if kind == "s":
            _para(d, t, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            _para(d, t, bold=True)
        else:
            _para(d, t)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for j, v in enumerate(C_CUT_HEADER):
        _cell_text(tb.cell(0, j), v, bold=True)
    d.save(path)


def build_d(path):
    d = _new_doc()
    _meta_table(d, D_META)
    _para(d, D_TITLE, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for kind, t in D_PARAS:
        _para(d, t, bold=(kind == "h"))
    d.save(path)


def build_e(path):
    import datetime
    wb = Workbook()
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    ws = wb.active
    ws.title = "进展情况"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    widths = [6, 14, 64, 80, 10, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.append(E_HEADER)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border
    n = len(E_ROWS)
    for k, (content, progress, grade) in enumerate(E_ROWS):
        first = k == 0
        ws.append(["1" if first else None, "农村人居环境整治提升工程" if first else None, content, progress,
                   grade if grade else None, "县农村人居环境整治工作专班" if first else None])
    for r in range(1, n + 2):
        for c in range(1, 7):
            cell = ws.cell(row=r, column=c)
            cell.border = border
            if r > 1:
                cell.alignment = wrap
    for k, (content, progress, _g) in enumerate(E_ROWS):
        lines = max(len(content) / 31.0, len(progress) / 38.0, 1)
        ws.row_dimensions[k + 2].height = max(20, int(lines + 1) * 15)
    ws.row_dimensions[1].height = 22
    ws.merge_cells(start_row=2, start_column=1, end_row=n + 1, end_column=1)
    ws.merge_cells(start_row=2, start_column=2, end_row=n + 1, end_column=2)
    ws.merge_cells(start_row=2, start_column=6, end_row=n + 1, end_column=6)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


# ---------------------------------------------------------------------------
# DETERMINISM, EXPORT, ANNOTATIONS, CHECK
# ---------------------------------------------------------------------------

def make_deterministic(path):
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        body = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = body.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
            body = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, body)
    zout.close()
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(gold, pdf):
    text = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    text_raw = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    items = []
    for i in gold["indicators"]:
        items.append(("indicator", i["name"]))
        if i["target_text"]:
            items.append(("target", i["target_text"]))
    for g in gold["goals"]:
        items.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the missing dimension is, by definition, not in the document
        items.append(("finding", f["item"]))
    for kind, s in items:
        s2 = squash(s)
        if s2 not in text and s2 not in text_raw:
            missing.append((kind, s))
    return missing


BUILD = [
    (A_GOLD, build_a, ".docx"),
    (B_GOLD, build_b, ".docx"),
    (C_GOLD, build_c, ".docx"),
    (D_GOLD, build_d, ".docx"),
    (E_GOLD, build_e, ".xlsx"),
]


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for gold, fn, ext in BUILD:
        src = os.path.join(HERE, gold["source"] + ext)
        fn(src)
        make_deterministic(src)
        pdf = export_pdf(src)
        for f in (src, pdf):
            g = dict(gold)
            g["source"] = os.path.basename(f)
            with open(os.path.join(ANN, os.path.basename(f) + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check(gold, pdf)
        status = "ok" if not miss else "MISSING %r" % miss
        if miss:
            bad += 1
        print(os.path.basename(src), "indicators=%d goals=%d findings=%d facts=%d" % (
            len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"])), status)
    def tot(k):
        return sum(len(g[k]) for g in DOCS)
    print("TOTAL docs=%d indicators=%d goals=%d findings=%d facts=%d" % (
        len(DOCS), tot("indicators"), tot("goals"), tot("findings"), tot("facts")))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
