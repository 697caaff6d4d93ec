"""Build the blind278 layouts (south-west China: 云南, 四川, 重庆) with their gold.

The gold (GOLD below) is written first; the documents are then built from the
texts in DOCS, exported to PDF with LibreOffice, annotated and checked with
pdftotext. Run with /tmp/wvenv/bin/python.
"""

import copy
import datetime
import functools
import hashlib
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
LO_PROFILE = "file:///tmp/lo_blind278"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

U_SHUANGQIAO = ("http://www.dazu.gov.cn/jkq/qzfcxjw/zwgk_53321/fdzdgknr_53323/"
                "ysjs/ys/202203/t20220318_10525403.html")
U_CHUXIONG = "http://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxs014-/2022-0707001.htm"
U_LUDIAN = "https://ztnews.net/article/show-350573.html"
U_YAOAN = "http://yaoan.gov.cn/info/1813/318934.htm"
U_NANJIANG = "https://www.lj896.com/public/6598211/13886068.html"


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written before any file is read)
# ---------------------------------------------------------------------------

GOAL_CHUXIONG = ("本批资金主要投向“楚南路”沿线村庄和美丽乡村建设,"
                 "用于人居环境整治提升以及产业和产业基础设施建设等方面。")
GOAL_LUDIAN = ("鲁甸县在2020年把3.6亿元涉农财政资金统筹整合起来,"
               "投向产业扶贫、农村基础设施建设、人居环境整治提升和公共服务建设等领域,"
               "以巩固提升脱贫成效。")
GOAL_YAOAN = ("各单位要按项目实施方案抓紧组织实施,"
              "确保在2022年年底全面完成项目建设任务。")

GOLD = {
    "blind278_cq_shuangqiao_2021_xiangmu_zipingbaogao.docx": {
        "source_urls": [U_SHUANGQIAO],
        "province": "重庆市",
        "doc_kind": "区级部门项目资金绩效自评报告(开头部分)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "重庆市双桥经济技术开发区建设管理局2021年度项目资金绩效自评报告,发布日期2022-03-17。"
            "存储页只到“一、基本情况 (一)项目基本情况 1、预算项目情况分析”中逐项列举预算项目的那一句,"
            "在“2021年度市政消防栓建设工程2.”处中断;本文件复制到最后一个完整列项(鲜花港屋面瓦维修170.01万元)为止,"
            "并以省略号标出中断。页首的索引号等元数据按“项—值”做成4列表格。"
            "文号原文为“双桥经开财务发〔20226号”(缺右括号),照录。"
            "文件列出年初预算项目73个、预算项目经费15690.38万元,但所列11项远不是全部,"
            "故不写sum事实(各项之和无法核对);列举的“项目名称+金额”是预算安排,不是绩效指标,gold中没有指标行。"
            "存储页在绩效目标和指标之前就停了,因此不标任何发现。"),
    },
    "blind278_yn_chuxiong_2022_xianjie_fenpeifangan.docx": {
        "source_urls": [U_CHUXIONG],
        "province": "云南省",
        "doc_kind": "市级财政衔接资金分配方案建议(通知正文)",
        "patterns": [8],
        "indicators": [
            ind("产业发展", None, "脱贫村村集体经济发展项目", "=", 2, "个",
                "实施脱贫村村集体经济发展项目2个"),
            ind("产业发展", None, "道路及沟渠产业配套基础设施建设项目", "=", 12, "个",
                "实施道路及沟渠产业配套基础设施建设项目12个"),
            ind("农村人居环境整治提升", None, "村内户外道路硬化(含停车场)建设项目", "=", 17, "个",
                "实施村内户外道路硬化(含停车场)建设项目17个"),
            ind("农村人居环境整治提升", None, "排污管网建设及垃圾处理设施建设项目", "=", 13, "个",
                "实施排污管网建设及垃圾处理设施建设项目13个"),
        ],
        "goals": [{"kind": "总体目标", "text": GOAL_CHUXIONG}],
        "facts": [
            {"metric": "2022年州级财政衔接推进乡村振兴补助资金", "kind": "sum",
             "total": 318, "parts": [172.8, 145.2], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.budget_text", "item": GOAL_CHUXIONG[:20],
             "why": "目标段只说资金投向哪些方面,没有说要达成的产出或效果"},
            {"rule": "goal.unquantified", "item": GOAL_CHUXIONG[:20],
             "why": "“人居环境整治提升”“产业基础设施建设”没有任何数值或完成标准"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "只有项目个数(数量),没有任何效益方面的目标,例如受益人口或增收"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "没有服务对象满意度方面的目标"},
        ],
        "notes": (
            "楚雄市乡村振兴局2022年7月7日公开的分配方案建议,全文可见,以落款“楚雄市乡村振兴局 2022年7月7日”结束;"
            "附件《楚雄市2022年度州级资金巩固脱贫攻坚推进乡村振兴项目投资计划表》只有标题,表内容不在存储页中,未复制。"
            "目标只在正文中:两个资金方向(产业发展、农村人居环境整治提升)下各列两类项目的个数,"
            "我把方向作为level1(文件自己的分组),个数作为“=”目标(文件写的是确定的计划数)。"
            "318=172.8+145.2,一致。coverage.missing_dimension的item是缺失的维度名,自然不在PDF中,脚本的PDF检查对它例外。"),
    },
    "blind278_yn_ludian_2020_tongchouzhenghe_xinwen.docx": {
        "source_urls": [U_LUDIAN],
        "province": "云南省",
        "doc_kind": "县级统筹整合涉农资金新闻报道",
        "patterns": [],
        "indicators": [
            ind(None, None, "实施项目", "=", 34, "个", "确定实施项目34个"),
            ind(None, None, "产业项目", "=", 18, "个", "产业项目18个"),
            ind(None, None, "基础设施建设项目", "=", 16, "个", "基础设施建设项目16个"),
        ],
        "goals": [{"kind": "总体目标", "text": GOAL_LUDIAN}],
        "facts": [
            {"metric": "2020年统筹整合财政涉农资金", "kind": "sum",
             "total": 36374.22, "parts": [30509.63, 5864.59], "unit": "万元"},
            {"metric": "实施项目", "kind": "sum", "total": 34, "parts": [18, 16], "unit": "个"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": GOAL_LUDIAN[:20],
             "why": "“巩固提升脱贫成效”没有可衡量的数值或标准"},
            {"rule": "goal.budget_text", "item": GOAL_LUDIAN[:20],
             "why": "目标句主要交代资金规模和投向领域,不是产出或效果"},
        ],
        "notes": (
            "昭通新闻网2020-06-01的报道,全文可见,存储页以“带动贫困群众增收致富。”结束。"
            "报道中的项目个数是已确定的计划数,记为“=”指标,没有一级/二级分组。"
            "进度数字(已批复24个,其中开工19个、已完工4个)是截至报道时的进展,不是全年实际完成值,"
            "故不填actual。原文“以批复项目24个”把“已”写成“以”,照录。"
            "基础设施项目的计划投资额原文没写(30509.63-20479.42=10030.21万元为推算,不写进文件)。"
            "36374.22=30509.63+5864.59,34=18+16,均一致;标题3.6亿元是36374.22万元的约数。"),
    },
    "blind278_yn_yaoan_2022_di8pi_zhenghezijin_tongzhi.docx": {
        "source_urls": [U_YAOAN],
        "province": "云南省",
        "doc_kind": "县财政局下达统筹整合涉农资金通知(附分配表表头)",
        "patterns": [8],
        "indicators": [],
        "goals": [{"kind": "年度目标", "text": GOAL_YAOAN}],
        "facts": [],
        "findings": [
            {"rule": "goal.process_only", "item": GOAL_YAOAN[:20],
             "why": "只要求年底前完成建设任务,说的是进度,没有产出数量或效果"},
        ],
        "notes": (
            "姚安县财政局2022-12-12下达第八批财政统筹整合涉农资金(省级衔接资金)250万元的通知。"
            "存储页的正文可见,停在附件1分配表的表头(序号 │ 项目名称 │ 建设 性质),表内没有一行数据;"
            "本文件把该表做成只有表头和一行空行的表格,表头“建设 性质”中的空格照录。"
            "因分配明细不可见,250万元无法拆成各单位金额,不写sum事实;附件2绩效目标申报表也不在存储页中。"
            "表格只有表头,是存储页截断所致,不算table_not_understood。"),
    },
    "blind278_sc_nanjiang_2022_shuichanyuzheng_juesuan.docx": {
        "source_urls": [U_NANJIANG],
        "province": "四川省",
        "doc_kind": "县级部门决算说明(开头部分)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2022年本年收入合计", "kind": "sum", "total": 729.26,
             "parts": [729.26, 0, 0, 0, 0, 0, 0, 0], "unit": "万元"},
            {"metric": "收、支总计增长率", "kind": "rate", "total": 216.7,
             "parts": [499.01, 230.25], "unit": "%"},
            {"metric": "一般公共预算财政拨款收入占比", "kind": "rate", "total": 100,
             "parts": [729.26, 729.26], "unit": "%"},
        ],
        "findings": [],
        "notes": (
            "南江县水产渔政局2022年度部门决算(2023-08-31)。存储页在“三、支出决算”标题处中断,"
            "本文件复制到收入决算情况说明为止,原页的两处图只留图题。部门职责第8项原文“8负责”缺标点,照录。"
            "rate事实的写法:total为文件写的百分数,parts为[分子, 分母];增长率的分母230.25万元"
            "(2021年收支总计)文件没写,由729.26-499.01推得,499.01/230.25=216.7%,一致。"
            "文件中没有绩效目标或指标,gold中没有指标行;支出和绩效部分不在存储页中,不作判断。"),
    },
}


# ---------------------------------------------------------------------------
# Document texts (my own wording for longer sentences; names and figures as on the pages)
# ---------------------------------------------------------------------------

SHUANGQIAO_ITEMS = (
    "交通秩序综合整治155.85万元,双桥经开区数字化城管管理系统运维费84.69万元、"
    "市容环境综合整治84.62万元、拆除违章建筑9.45万元、会计服务费5万元、路灯维修169.85万元、"
    "大足委宣委【2020】83号文创建全国文明城区项目经费16.86万元、"
    "东环大道南延伸段绿化工程(续建)30.3万元、主干道行道树造型管护及景观树复壮37.85万元、"
    "渝财教【2019】208号 公共体育场馆向社会免费低收费开放补助资金4.39万元、"
    "鲜花港屋面瓦维修170.01万元……")

DOCS = {
    "blind278_cq_shuangqiao_2021_xiangmu_zipingbaogao.docx": [
        ("meta", [["[ 索引号 ]", "11500111588916377K/2022-00027", "[ 发文字号 ]", ""],
                  ["[ 主题分类 ]", "财政", "[ 体裁分类 ]", "资金分配"],
                  ["[ 发布机构 ]", "经开区建设局", "[ 发布日期 ]", "2022-03-17"],
                  ["[ 成文日期 ]", "2022-03-17", "[ 有效性 ]", ""]]),
        ("title", "重庆市双桥经济技术开发区建设管理局 2021年度项目资金绩效自评报告"),
        ("p", ("按照双桥经开区财务局《重庆市双桥经开区财务局关于开展2021年度预算项目资金绩效自评工作的通知》"
              "(双桥经开财务发〔20226号)的要求,我局对本局项目开展了绩效自评,"
              "2021年度项目资金绩效自评的情况报告如下:")),
        ("h", "一、基本情况"),
        ("h", "(一)项目基本情况"),
        ("h", "1、预算项目情况分析。"),
        ("p", "为保障城市工作顺利开展,我局2021年年初共安排预算项目73个,预算项目经费15690.38万元,"
              "分项为:" + SHUANGQIAO_ITEMS),
        ("note", "(存储页至此中断)"),
    ],
    "blind278_yn_chuxiong_2022_xianjie_fenpeifangan.docx": [
        ("title", "楚雄市2022年州级财政衔接资金分配方案建议"),
        ("p", ("楚雄州财政局、楚雄州乡村振兴局以《楚雄州财政局楚雄州乡村振兴局关于下达2022年州级财政衔接推进乡村振兴补助资金的通知》"
              "(楚财农〔2022〕82号)向我市下达2022年州级财政衔接推进乡村振兴补助资金318万元。"
              "我们依据中央、省、州关于该项补助资金管理使用的规定,结合全市2022年度“楚南路”乡村振兴示范创建"
              "和各乡镇正在打造的美丽村庄示范建设,提出如下分配建议。")),
        ("p", GOAL_CHUXIONG),
        ("p", ("1.产业发展:安排资金172.8万元,实施脱贫村村集体经济发展项目2个;"
              "实施道路及沟渠产业配套基础设施建设项目12个。")),
        ("p", ("2.农村人居环境整治提升:安排资金145.2万元,实施村内户外道路硬化(含停车场)建设项目17个;"
              "实施排污管网建设及垃圾处理设施建设项目13个。")),
        ("p", "附件:楚雄市2022年度州级资金巩固脱贫攻坚推进乡村振兴项目投资计划表"),
        ("sign", "楚雄市乡村振兴局"),
        ("sign", "2022年7月7日"),
    ],
    "blind278_yn_ludian_2020_tongchouzhenghe_xinwen.docx": [
        ("title", "鲁甸县统筹整合3.6亿元涉农财政资金"),
        ("small", "来源:昭通新闻网    2020-06-01 10:17"),
        ("p", GOAL_LUDIAN),
        ("p", ("到目前为止,全县纳入2020年统筹整合的财政涉农资金共36374.22万元,分别投向产业发展和基础设施建设两块。"
              "已确定实施项目34个,总计投入资金30509.63万元。")),
        ("p", ("其中产业项目18个,计划投入资金20479.42万元,内容有标准化厂房扶贫车间建设、"
              "卯家湾易地扶贫搬迁食用菌种植产业项目(二期)建设、特色产业示范项目建设、"
              "村集体经济试点建设及产业配套基础设施建设等;基础设施建设项目16个,"
              "涉及人居环境整治提升、农村饮水工程、道路建设和危房改造等。")),
        ("p", "进度方面,34个财政涉农资金实施项目以批复项目24个,其中开工项目19个,已完工4个。"),
        ("p", ("此外,扣除已确定的项目和投入,还有结余资金5864.59万元。县里准备把这笔钱用于县内千头标准化养牛场建设、"
              "适宜地区芭蕉种植及配套产业技术设施建设、村产业发展以及卯家湾县内搬迁对象产业配套资金等,"
              "通过夯实基础、发展产业,扶持农业企业、合作社和村集体经济,带动贫困群众增收致富。")),
    ],
    "blind278_yn_yaoan_2022_di8pi_zhenghezijin_tongzhi.docx": [
        ("title", "姚安县财政局关于下达2022年第八批财政统筹整合涉农资金(省级衔接资金)的通知"),
        ("small", "发布时间: 2022-12-12"),
        ("p", "光禄镇、弥兴镇、太平镇、官屯镇、适中乡、左门乡,县医保局:"),
        ("p", ("依据楚雄州财政局下达资金的文件(楚财农〔2022〕156号)和县巩固脱贫攻坚推进乡村振兴领导小组"
              "对第八批资金使用分配方案的批复(姚巩固振兴组复〔2022〕10号),现将2022年第八批财政统筹整合涉农资金"
              "(省级衔接资金)250万元下达给你们,明细和预算支出科目见附件。有关要求如下:")),
        ("h", "一、加强领导"),
        ("p", "要把项目工作摆上重要位置,周密组织、压实责任,逐级抓好落实。" + GOAL_YAOAN),
        ("h", "二、加强项目管理"),
        ("p", ("严格执行下达的计划和项目管理各项制度,不得自行改变项目投资计划和资金用途;"
              "部门实施的项目资金严禁“以拨代支”,不得二次分配。")),
        ("h", "三、加强资金管理"),
        ("p", ("按照《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》(云财农〔2021〕153号)、"
              "《云南省财政衔接推进乡村振兴补助资金管理办法》(云财农〔2021〕140号)和"
              "《姚安县统筹整合使用财政涉农资金管理办法(试行)》(姚政办通〔2021〕15号)等规定精准使用资金,"
              "落实公告公示制度,资金安排事前公示、事后公告,接受群众监督;"
              "并依照《扶贫项目资金绩效管理办法》设置绩效目标,做好绩效管理。")),
        ("p", "监督电话:0878-5711911,12317"),
        ("p", "附件:1.姚安县2022年第八批财政统筹整合涉农资金分配表"),
        ("p", "2.绩效目标申报表"),
        ("p", "附件1"),
        ("ctitle", "姚安县2022年第八批财政统筹整合涉农资金分配表"),
        ("table", [["序号", "项目名称", "建设 性质"], ["", "", ""]]),
        ("note", "(存储页至此中断)"),
    ],
    "blind278_sc_nanjiang_2022_shuichanyuzheng_juesuan.docx": [
        ("title", "2022年度南江县水产渔政局部门决算"),
        ("small", "2023-08-31 16:32  来源: 南江县水产渔政局"),
        ("h", "第一部分  部门概况"),
        ("h", "一、部门职责"),
        ("p", "1.贯彻执行渔业法律法规,拟定南江县渔业发展战略、渔业资源保护规划和中长期发展规划;"),
        ("p", "2.负责全县渔业环境监测,对县内水生动物自然保护区实施管理;"),
        ("p", "3.负责全县水产种苗体系建设和种苗质量管理及检疫工作;"),
        ("p", "4.负责全县水产养殖新技术、新品种的引进和推广(试验)示范工作;"),
        ("p", "5.负责全县水生动物的防疫,境内检疫工作;"),
        ("p", "6.负责全县渔业船舶安全监督管理工作;"),
        ("p", "7.负责渔药、渔饲料的管理;"),
        ("p", "8负责焦家河国家级水产种质资源保护区的管理工作;"),
        ("p", "9.承办县农业农村局交办的其他工作。"),
        ("h", "二、机构设置"),
        ("p", "南江县水产渔政局下属二级单位0个,其中行政单位0个,参照公务员法管理的事业单位0个,其他事业单位0个。"),
        ("h", "第二部分 2022年度部门决算情况说明"),
        ("h", "一、收入支出决算总体情况说明"),
        ("p", ("2022年度收、支总计729.26万元。比2021年收、支总计各增加499.01万元,增长216.7%,"
              "变动的主要原因是2022年度新增了成品油价格调整对渔业补助项目资金。")),
        ("small", "(图1:收、支决算总计变动情况图)"),
        ("h", "二、收入决算情况说明"),
        ("p", ("2022年本年收入合计729.26万元,其中:一般公共预算财政拨款收入729.26万元,占100%;"
              "政府性基金预算财政拨款收入0万元,占0%;国有资本经营预算财政拨款收入0万元,占0%;"
              "上级补助收入0万元,占0%;事业收入0万元,占0%;经营收入0万元,占0%;"
              "附属单位上缴收入0万元,占0%;其他收入0万元,占0%。"
              "(注:数据来源于财决01表,仅罗列本部门涉及的收入。)")),
        ("small", "(图2:收入决算结构图)"),
        ("h", "三、支出决算"),
        ("note", "(存储页至此中断)"),
    ],
}


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------

def set_font(run, size=None, bold=False):
    run.font.name = "Noto Serif CJK SC"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def add_par(doc, text, size=11, bold=False, align=None):
    par = doc.add_paragraph()
    set_font(par.add_run(text), size, bold)
    if align is not None:
        par.alignment = align
    return par


def add_table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            if text:
                set_font(cell.paragraphs[0].add_run(text), 10)
    return table


def build_docx(name, blocks):
    doc = Document()
    core = doc.core_properties
    core.author = "blind278"
    core.last_modified_by = "blind278"
    core.title = name
    core.created = FIXED_DT
    core.modified = FIXED_DT
    core.last_printed = FIXED_DT
    core.revision = 1
    for kind, content in blocks:
        if kind == "title":
            add_par(doc, content, 15, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "ctitle":
            add_par(doc, content, 12, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            add_par(doc, content, 12, True)
        elif kind == "p":
            add_par(doc, content)
        elif kind == "small":
            add_par(doc, content, 9, False, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "sign":
            add_par(doc, content, 11, False, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "note":
            add_par(doc, content, 9)
        elif kind in ("meta", "table"):
            add_table(doc, content)
        else:
            raise ValueError(kind)
    path = os.path.join(HERE, name)
    doc.save(path)
    normalise_zip(path)
    return path


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        entries = sorted((info.filename, zin.read(info.filename)) for info in zin.infolist())
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in entries:
            info = zipfile.ZipInfo(fname, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalise_pdf(pdf)
    return pdf


def _fixed(match, head, body, tail):
    """Same-length replacement so that the PDF cross-reference offsets stay valid."""
    room = len(match.group(0)) - len(head) - len(tail)
    return head + body[:room].ljust(room) + tail


def normalise_pdf(pdf):
    """Replace the dates and the file ID of a LibreOffice PDF by fixed bytes."""
    with open(pdf, "rb") as fh:
        data = fh.read()
    date = b"D:20240101000000Z"
    data = re.sub(rb"/CreationDate\(D:[^)]*\)",
                  functools.partial(_fixed, head=b"/CreationDate(", body=date, tail=b")"), data)
    data = re.sub(rb"/ModDate\(D:[^)]*\)",
                  functools.partial(_fixed, head=b"/ModDate(", body=date, tail=b")"), data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  _zero_hex, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+",
                  functools.partial(_fixed, head=b"/DocChecksum /", body=b"0" * 32, tail=b""), data)
    for tag in (b"xmp:CreateDate", b"xmp:ModifyDate", b"xmp:MetadataDate"):
        data = re.sub(b"<" + tag + b">[^<]*</" + tag + b">",
                      functools.partial(_fixed, head=b"<" + tag + b">",
                                        body=b"2024-01-01T00:00:00Z", tail=b"</" + tag + b">"), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", _zero_hex, data)
    with open(pdf, "wb") as fh:
        fh.write(data)


def _zero_hex(match):
    """Zero the hex digits of an /ID array or a uuid, leaving the keywords alone."""
    text = match.group(0)
    if text.startswith(b"uuid:"):
        return b"uuid:" + re.sub(rb"[0-9A-Fa-f]", b"0", text[5:])
    return re.sub(rb"<[0-9A-Fa-f]+>", _zero_brackets, text)


def _zero_brackets(match):
    return b"<" + b"0" * (len(match.group(0)) - 2) + b">"


def write_ann(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    rec = {"source": fname}
    rec.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    text = squash(out)
    missing = []
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    for f in gold["findings"]:
        if f["rule"] != "coverage.missing_dimension":
            wanted.append(f["item"])
    for item in wanted:
        if item and squash(item) not in text:
            missing.append(item)
    return missing


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def main():
    assert set(GOLD) == set(DOCS)
    problems = []
    sums = {}
    for name in sorted(DOCS):
        path = build_docx(name, DOCS[name])
        pdf = to_pdf(path)
        write_ann(os.path.basename(path), GOLD[name])
        write_ann(os.path.basename(pdf), GOLD[name])
        missing = check_pdf(pdf, GOLD[name])
        if missing:
            problems.append((os.path.basename(pdf), missing))
        sums[os.path.basename(path)] = md5(path)
        sums[os.path.basename(pdf)] = md5(pdf)
    shutil.rmtree("/tmp/lo_blind278/cache", ignore_errors=True)
    for fname in sorted(sums):
        print(sums[fname], fname)
    if problems:
        for pdf, missing in problems:
            print("MISSING in", pdf, missing, file=sys.stderr)
        sys.exit(1)
    print("pdftotext check ok", file=sys.stderr)


if __name__ == "__main__":
    main()
