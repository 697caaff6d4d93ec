# -*- coding: utf-8 -*-
"""blind177: transfer-payment / special-fund target-form notices (real layouts, code-blind part).

Gold first (as data), then the DOCX builder, the LibreOffice PDF export, the annotation
writer and the pdftotext check.  Run with /tmp/venv/bin/python.

Every document reproduces a stored public page up to where the stored page stops.
Long sentences are re-worded (numbers, document numbers, names and dates kept as written);
table cells, titles, short target texts and signature lines are kept as found.
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
from docx.oxml.ns import qn
from docx.shared import Pt

PART = "blind177"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2026, 1, 1, 0, 0, 0)
ZIP_DT = (2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages before any file is built)
# ---------------------------------------------------------------------------

GOLD = {
    "fujian-huian-yingjijiuzhu-mubiaobiao.docx": {
        "source_urls": ["http://www.huian.gov.cn/zwgk/zdxxgk/tpgj/gjzj/202106/t20210616_2573682.htm"],
        "province": "福建省",
        "doc_kind": "专项资金下达通知(附任务清单及绩效目标表)",
        "patterns": [6, 8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "第一批补助资金分配(各镇合计)", "kind": "sum", "total": 13.26,
             "parts": [0.2, 1, 0.18, 0.7, 4, 1.88, 2.6, 2.1, 0.6], "unit": "万元"},
            {"metric": "约束性任务补助户数(各镇合计)", "kind": "sum", "total": 13,
             "parts": [1, 1, 1, 1, 2, 2, 1, 3, 1], "unit": "户"},
            {"metric": "第一批补助资金来源(市级资金+县级资金配套)", "kind": "sum", "total": 13.26,
             "parts": [13.2, 0.06], "unit": "万元"},
        ],
        "findings": [
            {"rule": "table_not_understood",
             "item": "2021年度市级财政巩固拓展脱贫成果(应急救助项目)第一批补助资金绩效目标表",
             "why": "附件2 is an indicator table (header 产出指标/效益指标 over 质量指标/数量…) but the stored "
                    "page stops inside its second header row: no indicator name, target or unit can be read."},
        ],
        "notes": "Notice of 惠安县农业农村局 passing on a 泉州 city-level special fund (市级财政巩固拓展脱贫成果专项资金, "
                 "应急救助项目) with a 任务清单 per town and a 绩效目标表. The stored page stops after the words "
                 "'产出指标 效益指标 质量指标 数量' of 附件2; the header is rebuilt as a 2-row band (level-1 over level-2, "
                 "indicators run across the columns as in the sibling Quanzhou tables) and is left cut at '数量'. "
                 "The 约束性任务 column ('补助1户' per town) is a per-town task, not a named performance indicator, so it is "
                 "recorded as a sum fact, not as indicator rows. The allocation table has no header over the town column "
                 "(as on the page). Source typos kept: '泉财指标〔2021280号' and '泉财农〔202148号' (missing brackets), "
                 "dates '2021616' / '2021616日印发' (年/月 lost). The long body sentence is re-worded; its unclosed "
                 "bracket '(其中市级资金13.2万元,县级资金配套0.06万元' is closed in the re-wording.",
    },
    "fujian-quanzhou-yingjijiuzhu-dierpi-tongzhi.docx": {
        "source_urls": ["http://nyncj.quanzhou.gov.cn/xxgk/zfxxgk/fdzdgknr/fpzj/202108/t20210819_2606391.htm"],
        "province": "福建省",
        "doc_kind": "专项资金下达通知(附分配表及任务清单、绩效目标表)",
        "patterns": [6, 8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "泉财指标〔2021〕575号: city notice allocating 402.4万元 (第二批, 应急救助项目) by 因素法 to counties. "
                 "The stored page stops inside 附件1 after the row '南安市 70 补助14以上' and the bare cell '安溪县'; "
                 "附件2 (绩效目标表) is never reached, so there are no indicator rows and no complete sum (402.4 "
                 "cannot be checked against the cut table). Kept as found: '第批' (二 lost), '补助资绩效目标表' (金 lost), "
                 "'2021816' and '2021 816日印发', task cells '补助10以上' with no unit (户 lost or never written). "
                 "Index block (索引号/文号/发布机构/公文生成日期) reproduced as header lines.",
    },
    "guangdong-shaoguan-jichujiaoyu-jiangbu-tongzhi.docx": {
        "source_urls": ["https://www.sg.gov.cn/zw/zdlyxxgk/czyjshsgjf/czzjzdjc/content/post_2616007.html"],
        "province": "广东省",
        "doc_kind": "省级专项资金下达通知(附资金安排表、绩效目标表)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2023年创建广东省基础教育高质量发展试验区奖补资金(合计)", "kind": "sum", "total": 3000,
             "parts": [1000, 800, 800, 100, 100, 100, 100], "unit": "万元"},
        ],
        "findings": [],
        "notes": "韶关市财政局 passes on a provincial special fund (省级教育发展专项资金, 粤财科教〔2022〕279号). "
                 "The stored page stops at the start of 附件2's title ('2023年创建广东省基础教育高质量发展'); the "
                 "绩效目标表 itself is not on the page. 附件1 kept whole: seven rows and 合计 3000 (sum checks). "
                 "Note the attachment list names 附件2 '2023年基础教育高质量发展试验区奖补资金绩效目标表' while the "
                 "heading that starts on the page reads '2023年创建广东省基础教育高质量发展…' (kept).",
    },
    "chongqing-changshou-linshijiuzhu-tongzhi.docx": {
        "source_urls": ["http://cqcs.gov.cn/bm/qczj_75254/lwlb_bm_1/202203/t20220310_10484051.html"],
        "province": "重庆市",
        "doc_kind": "困难群众救助补助资金下达通知(附分配表、绩效目标表)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "长寿区财政局/民政局 notice: 780万元 of 临时救助资金 (第一批) for 19 街镇; 附件2 is the "
                 "'2021年困难群众救助补助资金绩效目标表' (困难群众救助补助资金 is a 共同财政事权 transfer). The stored "
                 "page stops in 附件1 after five of the 19 rows (单位:元, amounts with thousands separators such as "
                 "200,000); the target table is never reached. No sum fact: the 780万元 total cannot be compared with "
                 "the five visible rows. Four numbered paragraphs re-worded, numbers and document numbers kept.",
    },
    "hunan-yueyang-puhuijinrong-tongzhi.docx": {
        "source_urls": ["http://czj.yueyang.gov.cn/9689/24523/content_1649796.html"],
        "province": "湖南省",
        "doc_kind": "专项资金下达通知(prose only)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "岳财金指〔2019〕5号 (普惠金融发展专项资金, a central special transfer); prose only. The "
                 "'中央对地方转移支付区域绩效目标表' is only named as 附件2 (a file not on the page). The amount is left "
                 "blank on the page ('专项资金 万元' — a per-district blank in a shared template); kept blank.",
    },
    "yunnan-zhuanxiangzhuanyi-mubiao-tianbaoshuoming.docx": {
        "source_urls": ["https://m.jinchutou.com/shtml/view-507441515.html"],
        "province": "云南省",
        "doc_kind": "转移支付绩效目标申报表填报说明(prose only)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "Instruction text for 云南省对下专项转移支付绩效目标申报表 (three forms: 资金绩效目标明细表 / "
                 "区域绩效目标申报表 / 项目绩效目标申报表). The stored page (a document-sharing preview) stops at "
                 "'指标值应尽量'; the document is cut there. Site chrome (uploader, size) omitted; the sentences are "
                 "re-worded.",
    },
}

# ---------------------------------------------------------------------------
# LAYOUTS (blocks: ("title"|"p"|"pc"|"pr"|"table", ...))
# ---------------------------------------------------------------------------

HUIAN = [
    ("title", "关于下达2021年市级财政巩固拓展脱贫成果(应急救助项目)第一批补助资金的通知"),
    ("pc", "时间:2021-06-16 09:43 浏览量:"),
    ("title", "关于下达2021年市级财政巩固拓展脱贫成果应急救助项目第一批补助资金的通知"),
    ("p", "各相关镇人民政府:"),
    ("p", "依据《泉州市财政局 泉州市农业农村局关于下达2021年市级财政巩固拓展脱贫成果(应急救助项目第一批补助资金的通知》"
          "(泉财指标〔2021280号),并参照各镇报来的2021年巩固拓展脱贫成果应急救助项目申报材料,现把2021年市级财政巩固拓展"
          "脱贫成果应急救助项目第一批补助资金13.26万元(市级资金13.2万元,县级资金配套0.06万元)连同任务清单、绩效目标一并"
          "下达给你们(见附件1、2)。各镇须按《泉州市市级财政巩固拓展脱贫成果专项资金管理规定》(泉财农〔202148号)的要求"
          "管好用好资金,做到专款专用。"),
    ("p", "附件:1.2021年度市级财政巩固拓展脱贫成果(应急救助项目)第一批补助资金分配表及任务清单"),
    ("p", "2.2021年度市级财政巩固拓展脱贫成果(应急救助项目)第一批补助资金绩效目标表"),
    ("pr", "惠安县农业农村局"),
    ("pr", "2021616"),
    ("p", "惠安县农业农村局                     2021616日印发"),
    ("p", "附件1"),
    ("title", "2021年度市级财政巩固拓展脱贫成果"),
    ("title", "(应急救助项目)第一批补助资金分配表及任务清单"),
    ("table", [
        ["", "补助资金(万元)", "约束性任务"],
        ["螺城镇", "0.2", "补助1户"],
        ["螺阳镇", "1", "补助1户"],
        ["紫山镇", "0.18", "补助1户"],
        ["崇武镇", "0.7", "补助1户"],
        ["山霞镇", "4", "补助2户"],
        ["东岭镇", "1.88", "补助2户"],
        ["东桥镇", "2.6", "补助1户"],
        ["小岞镇", "2.1", "补助3户"],
        ["辋川镇", "0.6", "补助1户"],
        ["合计", "13.26", "补助13户"],
    ], []),
    ("p", "附件2"),
    ("title", "2021年度市级财政巩固拓展脱贫成果"),
    ("title", "(应急救助项目)第一批补助资金绩效目标表"),
    # header band only: the stored page stops inside the second header row
    ("table", [
        ["产出指标", "", "效益指标"],
        ["质量指标", "数量", ""],
    ], [(0, 0, 0, 1)]),
]

QUANZHOU = [
    ("p", "• 索 引 号:QZ00122-0110-2021-00118"),
    ("p", "• 备注/文号:泉财指标〔2021〕575号"),
    ("p", "• 发布机构:振兴局"),
    ("p", "• 公文生成日期:2021-08-19"),
    ("title", "泉州市财政局泉州市农业农村局关于下达2021年市级财政巩固拓展脱贫攻坚成果(应急救助项目)第二批补助资金的通知"),
    ("pc", "时间:2021-08-19 16:52"),
    ("p", "有关县(市、区)财政局、农业农村主管部门:"),
    ("p", "依据年初预算,现按因素法下达2021年市级财政巩固拓展脱贫攻坚成果(应急救助项目)第二批补助资金402.4万元,列"
          "“2130599其他扶贫支出”科目,资金分配表及任务清单(见附件1)、绩效目标(见附件2)同时下达。按因素法切块下达的"
          "资金由县级相机施策,市级项目审批权限下放到县级。各地要按《泉州市市级财政巩固拓展脱贫攻坚成果专项资金管理规定》"
          "(泉财农〔2021〕48号)使用救助资金,跟踪资金使用,发挥资金效益,防止返贫致贫;批复文件印发后7日内报市农业农村局备案。"),
    ("p", "附件:1. 2021年市级财政巩固拓展脱贫攻坚成果(应急救助项目)第批补助资金分配表及任务清单"),
    ("p", "2.2021年市级财政巩固拓展脱贫攻坚成果(应急救助项目)第批补助资绩效目标表"),
    ("pr", "泉州市财政局            泉州市农业农村局"),
    ("pr", "2021816"),
    ("p", "泉州市财政局                        2021 816日印发"),
    ("p", "附件1"),
    ("title", "2021年市级财政巩固拓展脱贫攻坚成果"),
    ("title", "(应急救助项目)第批补助资金分配表及任务清单"),
    ("table", [
        ["县(市、区)", "补助资金(万元)", "约束性任务"],
        ["泉港", "50", "补助10以上"],
        ["惠安县", "9.85", "补助5以上"],
        ["南安市", "70", "补助14以上"],
        ["安溪县", "", ""],
    ], []),
]

SHAOGUAN = [
    ("pc", "时间:2023-03-31 09:42:20"),
    ("pc", "来源:本站编辑"),
    ("pc", "访问量:"),
    ("p", "有关县(市、区)财政局:"),
    ("p", "依据省财政厅《关于提前下达2023年省级教育发展专项资金(基础教育高质量发展奖补资金)的通知》(粤财科教〔2022〕279号)"
          "和市教育局的分配方案,报经市政府批准,现将2023年创建广东省基础教育高质量发展试验区奖补资金下达你县(市、区),"
          "具体金额见附件。有关事项通知如下:"),
    ("p", "一、各县(市、区)要尽快把资金落实到具体项目,加快预算执行,加强资金监管,确保专款专用,不得挤占、截留或挪用。"),
    ("p", "二、落实全面实施预算绩效管理的要求,预算执行中对照本次下达的绩效目标开展绩效运行监控,保证年度绩效目标按期实现,"
          "使财政资金发挥预期效益。"),
    ("p", "附件:1.2023年创建广东省基础教育高质量发展试验区奖补资金安排表"),
    ("p", "2.2023年基础教育高质量发展试验区奖补资金绩效目标表"),
    ("pr", "韶关市财政局"),
    ("pr", "2023年3月29日"),
    ("p", "附件1"),
    ("title", "2023年创建广东省基础教育高质量发展试验区奖补资金安排表"),
    ("table", [
        ["序号", "地区", "实施单位", "项目内容", "金额 (万元)", "备注"],
        ["1", "仁化县", "仁化县教育局", "支持仁化县创建广东省义务教育优质均衡发展县。", "1000", ""],
        ["2", "始兴县", "始兴县教育局", "支持始兴县创建广东省学前教育普及普惠县。", "800", ""],
        ["3", "南雄市", "南雄市教育局", "支持南雄市创建广东省学前教育普及普惠县。", "800", ""],
        ["4", "新丰县", "新丰县教育局", "用于第四幼儿园城乡教育共同体建设。", "100", ""],
        ["5", "浈江区", "建国幼儿园", "用于建国幼儿园共同体成员园信息化建设及改善园所环境。", "100", ""],
        ["6", "武江区", "武江区教育局", "改善市九中天子岭校区办学条件。", "100", ""],
        ["7", "曲江区", "曲江中学", "教学区、办公区厕所改造。", "100", ""],
        ["", "合计", "", "", "3000", ""],
    ], [(8, 1, 8, 3)]),
    ("p", "附件2"),
    ("title", "2023年创建广东省基础教育高质量发展"),
]

CHANGSHOU = [
    ("title", "重庆市长寿区财政局 重庆市长寿区民政局关于下达2021年临时救助资金(第一批)的通知"),
    ("pc", "日期:2021-02-03"),
    ("p", "各街道办事处、镇人民政府:"),
    ("p", "按照渝府发〔2015〕16号、渝民发〔2017〕60号文件和《关于进一步完善临时救助制度的通知》(长寿府办发〔2018〕197号)"
          "的要求,结合各街镇实际,经研究,下达19个街镇2021年第一批困难群众临时救助资金共780万元(详见附表)。有关事项通知如下:"),
    ("p", "一、这笔资金专门用于困难群众临时救助。各街镇要科学设定绩效目标并跟踪完成情况,把绩效目标表报区民政局、区财政局备案,"
          "加快预算执行,提高资金使用效益。"),
    ("p", "二、严格执行长寿府办发〔2018〕197号规定的申请、审核、审批程序,打卡发放;发放名单在镇(街道)、村(社区)、组三级公示,"
          "公示期不少于5天;申请和发放资料要妥善保存,做到公正、公平、透明。"),
    ("p", "三、各街镇统筹安排资金,超支部分由街镇自筹,结余部分可转入次年使用。救助情况要及时录入系统,每月25日前把当月救助文件、"
          "资金使用(发放)情况等资料报区民政局;系统录入和资料报送情况是年终考评的重要依据。"),
    ("p", "四、依据《2021年政府收支分类科目》,功能科目列“2082001临时救助支出”,经济科目列“50901社会福利和救助”。"),
    ("p", "附件:1.2021年临时救助资金(第一批)分配表"),
    ("p", "2.2021年困难群众救助补助资金绩效目标表"),
    ("pr", "重庆市长寿区财政局 重庆市长寿区民政局"),
    ("pr", "2021年2月3日"),
    ("p", "附件1"),
    ("title", "2021年临时救助资金(第一批)分配表"),
    ("pr", "单位:元"),
    ("table", [
        ["街 镇", "金额", "备 注"],
        ["凤城街道", "200,000", ""],
        ["晏家街道", "600,000", ""],
        ["江南街道", "400,000", ""],
        ["但渡镇", "250,000", ""],
        ["邻封镇", "450,000", ""],
    ], []),
]

YUEYANG = [
    ("pc", "岳财金指〔2019〕5号"),
    ("p", "有关区财政局:"),
    ("p", "依据《湖南省财政厅关于下达2019年普惠金融发展专项资金的通知》(湘财金指〔2019〕14号),结合你区(单位)普惠金融工作"
          "开展情况,现下达你区(单位)2019年度普惠金融发展专项资金 万元。该资金列2019年“2130804创业担保贷款贴息”;政府预算"
          "支出经济科目“507对企业补助”。"),
    ("p", "请你区(单位)按《普惠金融发展专项资金管理办法》等文件规定加强专项资金使用管理,保证资金及时拨付到位、专款专用。"),
    ("p", "为落实全面实施预算绩效管理的部署、提高财政资金使用效益,请在预算执行中对照绩效目标做好执行监控,保证年度绩效目标按期"
          "实现。2019年度中央对地方转移支付区域绩效目标表(附件2)、2020年创业担保贷款贴息及奖补资金申请详情表、2019年创业担保"
          "贷款贴息及奖补资金使用情况报告,经各区财政部门审核后,请于2020年1月8日前报我局。"),
    ("p", "附件:1.2019年普惠金融发展专项资金预算下达情况表"),
    ("p", "2.中央对地方转移支付区域绩效目标表"),
    ("pr", "岳阳市财政局"),
    ("pr", "2019年12月19日"),
]

YUNNAN = [
    ("title", "附1-4:云南省对下专项转移支付绩效目标申报表填报说明"),
    ("p", "云南省省对下专项转移支付绩效目标申报表共有3张:省对下专项转移支付资金绩效目标明细表、区域绩效目标申报表和项目绩效"
          "目标申报表,分别在设定专项转移支付资金绩效目标、区域绩效目标和项目绩效目标时填写。这3张表是编制和分配专项转移支付预算、"
          "开展专项转移支付绩效监控和绩效评价的重要基础和依据。"),
    ("h", "一、专项转移支付资金绩效目标申报表"),
    ("p", "本表由省级主管部门在申请设立专项转移支付资金时填写。"),
    ("h", "(一)绩效指标"),
    ("p", "绩效指标分三年总体指标和年度指标两部分填写:三年总体指标把三年总体绩效目标细化、量化,年度指标把年度目标细化、量化。"
          "绩效指标一般设产出指标、效益指标、满意度指标三类一级指标,每类一级指标下再分若干二级指标、三级指标,逐项设定具体的"
          "指标值。指标值应尽量"),
]

LAYOUTS = {
    "fujian-huian-yingjijiuzhu-mubiaobiao.docx": HUIAN,
    "fujian-quanzhou-yingjijiuzhu-dierpi-tongzhi.docx": QUANZHOU,
    "guangdong-shaoguan-jichujiaoyu-jiangbu-tongzhi.docx": SHAOGUAN,
    "chongqing-changshou-linshijiuzhu-tongzhi.docx": CHANGSHOU,
    "hunan-yueyang-puhuijinrong-tongzhi.docx": YUEYANG,
    "yunnan-zhuanxiangzhuanyi-mubiao-tianbaoshuoming.docx": YUNNAN,
}

# extra strings (table cells, titles) that must survive into the PDF text
EXTRA_CHECKS = {
    "fujian-huian-yingjijiuzhu-mubiaobiao.docx": ["补助13户", "13.26", "产出指标", "效益指标", "质量指标", "数量"],
    "fujian-quanzhou-yingjijiuzhu-dierpi-tongzhi.docx": ["补助14以上", "402.4", "安溪县"],
    "guangdong-shaoguan-jichujiaoyu-jiangbu-tongzhi.docx": ["3000", "曲江中学"],
    "chongqing-changshou-linshijiuzhu-tongzhi.docx": ["450,000", "780万元"],
    "hunan-yueyang-puhuijinrong-tongzhi.docx": ["中央对地方转移支付区域绩效目标表"],
    "yunnan-zhuanxiangzhuanyi-mubiao-tianbaoshuoming.docx": ["区域绩效目标申报表", "指标值应尽量"],
}

# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------


def _font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def build_docx(path, blocks):
    doc = Document()
    for kind, *rest in blocks:
        if kind == "table":
            rows, merges = rest
            ncols = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncols)
            t.style = "Table Grid"
            merged_away = set()
            for (r1, c1, r2, c2) in merges:
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        if (r, c) != (r1, c1):
                            merged_away.add((r, c))
            for ri, row in enumerate(rows):
                for ci in range(ncols):
                    txt = row[ci] if ci < len(row) else ""
                    if (ri, ci) in merged_away:
                        continue
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(txt)
                    _font(run, 10)
            for (r1, c1, r2, c2) in merges:
                t.cell(r1, c1).merge(t.cell(r2, c2))
            continue
        text = rest[0]
        p = doc.add_paragraph()
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(text), 14, bold=True)
        elif kind == "h":
            _font(p.add_run(text), 12, bold=True)
        elif kind == "pc":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(text), 10)
        elif kind == "pr":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(text), 11)
        else:
            _font(p.add_run(text), 11)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = os.path.splitext(os.path.basename(path))[0]
    doc.save(path)
    _fix_zip(path)


def _fix_zip(path):
    """Rewrite the zip with fixed timestamps so the file is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def export_pdf(path):
    outdir = os.path.dirname(path)
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for " + path)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout
    return re.sub(r"\s+", "", out.decode("utf-8"))


def squash(s):
    return re.sub(r"\s+", "", s)


def write_annotations(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    pdfname = os.path.splitext(fname)[0] + ".pdf"
    for src in (fname, pdfname):
        rec = {"source": src}
        rec.update(gold)
        with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")


def check(fname, gold, text):
    problems = []
    wants = []
    for ind in gold["indicators"]:
        wants.append(("indicator", ind["name"]))
        if ind.get("target_text"):
            wants.append(("target", ind["target_text"]))
    for g in gold["goals"]:
        wants.append(("goal", g["text"]))
    for fd in gold["findings"]:
        wants.append(("finding", fd["item"]))
    for s in EXTRA_CHECKS.get(fname, []):
        wants.append(("extra", s))
    for kind, s in wants:
        if squash(s) not in text:
            problems.append("%s: %s not in PDF text (%s)" % (fname, kind, s))
    for fc in gold["facts"]:
        if fc.get("kind") == "sum":
            tot = round(sum(fc["parts"]), 6)
            if abs(tot - fc["total"]) > 1e-6:
                problems.append("%s: fact %s parts sum %s != %s" % (fname, fc["metric"], tot, fc["total"]))
    return problems


def main():
    problems = []
    for fname, blocks in LAYOUTS.items():
        gold = GOLD[fname]
        path = os.path.join(HERE, fname)
        build_docx(path, blocks)
        pdf = export_pdf(path)
        write_annotations(fname, gold)
        problems += check(fname, gold, pdf_text(pdf))
        print("built", fname, os.path.basename(pdf))
    tot = {"docs": len(GOLD), "indicators": 0, "goals": 0, "facts": 0, "findings": 0}
    for g in GOLD.values():
        tot["indicators"] += len(g["indicators"])
        tot["goals"] += len(g["goals"])
        tot["facts"] += len(g["facts"])
        tot["findings"] += len(g["findings"])
    print("gold totals", json.dumps(tot, ensure_ascii=False))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
