"""Build the blind264 part: fisheries / ports documents, their PDFs and gold.

The gold (GOLD below) is written first; the builders then produce the DOCX/XLSX
files, LibreOffice exports the PDFs, and the script checks with pdftotext that
every indicator name, target text, goal text and finding item is in its PDF.
Run twice and compare md5 sums: every output is deterministic.
"""

import copy
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind264"
FIXED_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
FIXED_W3C = "2024-01-01T00:00:00Z"
FONT = "Noto Sans CJK SC"

U_ZJ = "http://www.fsou.com.cn/html/text/lar/172768/17276867_1.html"
U_JK = "http://fsou.com/html/text/chl/1390/139013_1.html"
U_ZP = "http://ask.fsou.com/html/text/chl/1421/142123_1.html"
U_ST = "https://001doc.com/doc/184974.html"
U_ZJS = "http://www.shburlington.com/news/9a889fb9fd15bdc805b7edfe7fcc793c.html"
U_YG = "http://52maoyanshi.com/News/1224224.html"


def ind(level1, level2, name, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- texts
# Longer sentences are re-worded; names, figures, document numbers and the
# defects of the stored pages are kept as they stand there.

ZJ_NOTES = [
    "说明:1、局本级出现重大违纪、违规事件的,不得评为优秀和良好;所辖县级局出现重大违纪、违规事件的,不得评优。",
    "2、“水产品质量安全监管”“渔业生产安全监管”两项指标实行“一票否决制”。",
    "3、行政执法案件查处不力,或因失职渎职、处置不当引发重大群体性事件的,一票否决。",
    "4、下列项目实行倒扣分:工作不到位的,每项扣2分以内,计入总得分。包括伏休制度执行、水生生物增殖放流、渔业专业合作组织培育、渔政船定点值班、项目管理、政令畅通、信访处置。",
    "5、“政务信息”依省局信息年度考核结果计分:一、二、三等奖分别得10、9、8分,其余得7分(但总得分未超过30分的,不得分)。",
    "6、计算式:得分率 = (总得分 ÷ 总分值)×100;最终得分 = 得分率 + 创新加分。",
    "7、考核等次分为:优秀、良好、合格、不合格。",
]
ZJ_ROW1 = ("1、按浙政发〔2010〕47号文件要求,全面落实渔船安全生产主体责任,10分;"
           "2、扎实开展“平安渔业示范县”创建,推动社会化管理全面铺开,10分;"
           "3、提高渔业安全生产的人防与技防能力,组织渔业安全宣传教育和演练,6分;"
           "4、指导基层管理组织对本部门登记渔船实行分类管理,全面推进数字渔政,4分。"
           "渔业安全生产考核指标被突破的,本项不得分。")
ZJ_ROW2 = ("1、建立现代渔业园区建设管理机制,设有组织领导和工作机构,扶持政策落到实处,得4分。"
           "2、建立现代渔业园区工作机制,有总体规划和年度计划及具体工作措施,"
           "指导、督促所属县(市、区)做好园区创建各项运行和管理")

JK_ITEMS = [
    ("二生产操作制度化", "7.养殖用水:养殖用水达到无公害水产养殖技术标准,水源周边无污染源,并定期监测。", "6分"),
    ("二生产操作制度化", "8.饲料使用:能使用合法厂家的合格的保质期内的配合饲料。", "6分"),
    ("二生产操作制度化", "9.内部管理制度健全,重要管理制度和技术规程上墙张贴,定期组织职工或渔民开展质量安全教育培训。", "6分"),
    ("二生产操作制度化", "10.销售的养殖水产品附有《产品标签》,标注内容完整准确,能够追溯到产地。", "5分"),
    ("二生产操作制度化", "11.养殖产品注册商标,并统一销售,形成产业规模。", "4分"),
    ("三示范推广规模化", "12.配有中级职称以上专业技术人员,以水产科研机构为技术依托单位,水产技术水平较高。", "5分"),
    ("三示范推广规模化", "13.总结出一种以上符合“健康养殖、生态养殖”要求、可供推广的养殖模式,取得良好经济和生态效益。", "6分"),
    ("三示范推广规模化", "14.养殖综合生产效率高于当地同方式同品种的养殖水平20%以上。", "3分"),
    ("三示范推广规模化", "15.养殖渔民年人均收入比当地养殖渔民年人均收入高出10%以上。", "3分"),
    ("三示范推广规模化", "16.养殖节能减排成效显著,水、电、投入品等能源物资节约10%以上,养殖废水达标排放;养殖场及周边水域生态环境良好。", "8分"),
    ("三示范推广规模化", "17.以申报单位为主体,开展水产养殖技术培训和技术服务,分发技术资料达100人次以上。", "5分"),
    ("三示范推广规模化", "18.示范带动周边养殖渔民100户以上。", "7分"),
    ("三示范推广规模化", "19.周边养殖渔民对健康养殖认知程度较高,能主动推广示范健康养殖。", "6分"),
]

ZP_GROUPS = [
    ("(一)项目定位(10%)", "项目定位加权得分", [
        ("1.1", "项目绩效目标是否具体明确?", "25%"),
        ("1.2", "项目的设计是否避免了重大缺陷?", "25%"),
        ("1.3", "项目是否避免了与其他项目的重复?", "25%"),
        ("1.4", "项目是否有明确的服务对象或受益人?", "25%"),
    ]),
    ("(二)项目计划(10%)", "项目计划加权得分", [
        ("2.1", "项目是否有明确的实施计划?", "35%"),
        ("2.2", "项目是否有科学合理的绩效指标体系?", "35%"),
        ("2.3", "项目的预算安排是否合理?", "30%"),
    ]),
    ("(三)项目管理(45%)", "项目管理加权得分", [
        ("3.1", "项目的管理者和参与者是否有明确的责任?", "10%"),
        ("3.2", "项目业务管理是否有效?", "60%"),
        ("3.3", "项目财务管理是否有效?", "30%"),
    ]),
    # the stored page labels the last subtotal 项目计划加权得分 (a slip): kept
    ("(四)项目结果(35%)", "项目计划加权得分", [
        ("4.1", "项目是否实现了年度绩效目标?", "40%"),
        ("4.2", "项目是否实现了长期绩效目标?", "40%"),
        ("4.3", "项目是否实现了效率绩效目标?", "20%"),
    ]),
]

ST_ROWS = [
    ("1", "水面实施生态养殖,实现无围网养殖", "15",
     ("1、镇(开发区)自查中发现围网养殖、并于15天内拆除的,得10分;15天内未拆除的,得5分。"
     "2、区级检查验收中发现围网养殖的,每次扣10分;逾期未整改到位的扣20分;拒不整改的扣50-100分。")),
    ("2", "水面实施生态养殖,实现无网箱养殖", "15",
     ("1、镇(开发区)自查中发现网箱养殖、并于15天内拆除的,得10分;15天内未拆除的,得5分。"
     "2、区级检查验收中发现网箱养殖的,每次扣10分;逾期未整改到位的扣20分;拒不整改的扣50-100分。"
     "3、因生产或销售需要临时设置1个月左右、经审批同意并备案的暂养箱除外;超过审批时限仍未拆除的,按网箱养殖处理。")),
    ("3", "水面实施生态养殖,实现无拦网(渔僦)", "15",
     ("1、镇(开发区)自查中发现拦网(鱼觞)、并于15天内拆除的,得10分;15天内未拆除的,得5分。"
     "2、区级检查验收中发现网箱养殖的,每次扣10分;逾期未整改到位的扣20分;拒不整改的扣50-100分。"
     "3、湖泊防盗毓和经审批同意的大型湖泊分割拦网除外。")),
    ("4", "在全年的养殖过程中,不建养殖设施", "15",
     ("1、镇(开发区)自查中发现新建养殖设施、并于15天内拆除的,得10分;15天内未拆除的,得5分。"
     "2、区级检查验收中发现新建养殖设施的,每次扣10分;逾期未整改到位的扣20分;拒不整改的扣50-100分。")),
    ("5", "在全年的养殖过程中,不投饵料", "15", "1、镇(开发区)在自查"),
]

ZJS_P = [
    ("p", "依据《枝江市2024-2025年中央渔业发展补助资金项目实施方案》,现将项目实施主体遴选的有关事项安排如下:"),
    ("h", "一、遴选对象"),
    ("h", "(一)鲈鱼繁育基地"),
    ("h", "1.建设内容"),
    ("p", "扶持新建鲈鱼繁育基地1处,重点建设鲈鱼亲鱼繁殖车间和工厂化成鱼示范养殖车间,并配套进排水、增氧、水质监测及尾水处理系统。"),
    ("h", "2.绩效指标"),
    ("p", "新增生态设施渔业养殖面积1480平方米以上,水产品质量安全监测合格率≥98%,生态设施渔业效率提升幅度≥20%,养殖户抽样调查满意度≥90%。"),
    ("h", "3.有关要求"),
    ("p", ("新建基地的每个车间或养殖单元均须配齐水质在线监测设备,数据接入枝江市智慧渔业平台;养殖尾水做到零排放或达标排放,"
          "尾水池须配备可监测PH、总磷、总氮等指标的在线设备,尾水排放须符合《湖北省水产养殖尾水污染物排放标准》。")),
    ("h", "4.补助标准"),
    ("p", ("项目补助资金控制在148万元以内。按“先建后补、以奖代补”方式,对2025年以来新建的工程给予补助,补助额不超过项目总投资额的30%。"
          "补助资金须严格执行财政资金使用规定,不得用于楼堂馆所等基础设施建设和与产业发展无关的支出(如水电路网改造、绿化美化等),"
          "也不得与其他奖补政策叠加享受。")),
    ("h", "(二)现代设施渔业基地"),
    ("h", "1.建设内容"),
    ("p", "扶持新建现代设施渔业基地2处,重点建设现代化设施养殖苗种繁育或成鱼养殖车间,配套进排水系统、水处理系统、增氧系统、水质在"),
]

YG_P1 = ("国家发改委、农业农村部联合印发《全国沿海渔港建设规划(2018—2025年)》,意在进一步提高渔业防灾减灾能力,"
         "促进海洋渔业持续健康发展,加快形成渔港经济区。《规划》提出,将建设辽东半岛、渤海湾、山东半岛、江苏、"
         "上海—浙江、东南沿海、广东、北部湾、海南岛、南海10大沿海渔港群。")
YG_P2 = ("按《规划》安排,建设中心渔港64座、一级渔港85座,渔船安全避风容量从14.53万艘渔船增加到21.43万艘渔船,"
         "有效避风率从10级避风水平的43%提升到11级避风水平的70%;推动形成10大沿海渔港群、93个渔港经济区,"
         "带动一二三产业融合发展,形成新增万亿产值的产业规模,使之成为渔业的增长点和沿海经济社会发展的增长极。")
YG_P3 = ("其中,海南岛沿海渔港群覆盖海口、文昌、琼海等12个市县,海岸线长1823公里。区域内海水产品总产量达207.29万吨,"
         "有海洋渔船26429艘,分布大小渔港68座,其中中心港6座,一级渔港4座,二级渔港8座,三级及以下渔港50座,"
         "目前渔船安全避风容量9450艘,有效避风率29.80%。规划期内支持建设中心渔港5座(其中新建中心渔港1座、"
         "由现有中心渔港扩建3座,由现有一级渔港升级为中心渔港1座),新建一级渔港8座,渔船安全避风容量达到15400艘,"
         "有效避风率达到51.09%,推动海澄文、琼海—万宁、大三亚圈、东方—昌江、儋州、临高6个渔港经济区建设。")

# ---------------------------------------------------------------- gold

JK_IND = [
    ind("二生产操作制度化", None, "养殖用水", target_text=JK_ITEMS[0][1], weight=6),
    ind("二生产操作制度化", None, "饲料使用", target_text=JK_ITEMS[1][1], weight=6),
    ind("二生产操作制度化", None, "内部管理制度", target_text=JK_ITEMS[2][1], weight=6),
    ind("二生产操作制度化", None, "产品标签", target_text=JK_ITEMS[3][1], weight=5),
    ind("二生产操作制度化", None, "养殖产品注册商标", target_text=JK_ITEMS[4][1], weight=4),
    ind("三示范推广规模化", None, "中级职称以上专业技术人员", target_text=JK_ITEMS[5][1], weight=5),
    ind("三示范推广规模化", None, "可供推广的养殖模式", ">=", 1, "种", "一种以上", weight=6),
    ind("三示范推广规模化", None, "养殖综合生产效率", ">=", 20, "%",
        "高于当地同方式同品种的养殖水平20%以上", weight=3),
    ind("三示范推广规模化", None, "养殖渔民年人均收入", ">=", 10, "%",
        "比当地养殖渔民年人均收入高出10%以上", weight=3),
    ind("三示范推广规模化", None, "养殖节能减排", ">=", 10, "%",
        "水、电、投入品等能源物资节约10%以上", weight=8),
    ind("三示范推广规模化", None, "分发技术资料", ">=", 100, "人次", "达100人次以上", weight=5),
    ind("三示范推广规模化", None, "示范带动周边养殖渔民", ">=", 100, "户", "100户以上", weight=7),
    ind("三示范推广规模化", None, "周边养殖渔民对健康养殖认知程度", target_text="较高", weight=6),
]

ZP_IND = [ind(g[0], None, q, weight=int(w.rstrip("%")))
          for g in ZP_GROUPS for (_n, q, w) in g[2]]

GOLD = {
    "blind264_zhejiang_yuye_kaohe_2011.xlsx": {
        "source_urls": [U_ZJ], "province": "浙江省",
        "doc_kind": "省渔业主管部门对市局年度工作考核表(内陆市局)",
        "patterns": [1, 5, 8],
        "indicators": [
            ind("一、基本工作", None, "渔业生产安全监管", target_text=ZJ_ROW1, weight=30),
            ind("一、基本工作", None, "现代渔业园区建设", target_text=ZJ_ROW2, weight=20),
        ],
        "goals": [],
        "facts": [{"metric": "渔业生产安全监管分值", "kind": "sum", "total": 30,
                   "parts": [10, 10, 6, 4], "unit": "分"}],
        "findings": [
            {"rule": "target.vague_wording", "item": "渔业生产安全监管",
             "why": "各分项以全面落实、扎实开展、提高能力、全面推进计分,没有可衡量的数值或达标标准"},
            {"rule": "target.input_or_process", "item": "现代渔业园区建设",
             "why": "按是否建立机制、设组织领导和工作机构、有规划计划计分,衡量的是管理过程而非园区建设结果"},
        ],
        "notes": ("存储页从上一张表(表一)的“说明”1-7条开始,接着是表二表头和两行;第2行的考核内容在"
                  "“做好园区创建各项运行和管理”处断开,重现到此为止。表头“自评分/省局评分/总得分”按原样折行。"
                  "“渔业生产安全监管*”的星号表示一票否决,指标名去掉星号。自评分、省局评分、总得分三列为空(考核前的空表)。"
                  "说明7列出四个等次但没有分数段,说明6给出得分率公式;现代渔业园区建设只看到第1分项4分,分项合计无法核对。"),
    },
    "blind264_jiankang_yangzhi_kaohe_2010.docx": {
        "source_urls": [U_JK], "province": "全国",
        "doc_kind": "农业部水产健康养殖示范场考核验收评分表(通知附件)",
        "patterns": [1, 2, 8],
        "indicators": JK_IND,
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "中级职称以上专业技术人员",
             "why": "“水产技术水平较高”没有分级或判定标准"},
            {"rule": "target.qualitative_no_scale", "item": "周边养殖渔民对健康养殖认知程度",
             "why": "“认知程度较高”没有调查方法、样本或分级"},
            {"rule": "target.input_or_process", "item": "内部管理制度",
             "why": "考核制度健全、张贴和培训等管理过程,不是示范场的产出或效果"},
            {"rule": "target.input_or_process", "item": "中级职称以上专业技术人员",
             "why": "以人员职称和技术依托单位等投入条件计分"},
            {"rule": "target.vague_wording", "item": "养殖节能减排",
             "why": "“成效显著”“生态环境良好”与10%节约目标并列,后两者无量化标准"},
        ],
        "notes": ("存储页是法搜网分页的第2页,从重复的表头“考核体系/具体考核项目/分值/得分”和“二生产操作制度化”第7项开始,"
                  "第一部分(第1-6项)不在存储页内,因此看到的分值只有6+6+6+5+4=27和5+6+3+3+8+5+7+6=43,"
                  "与“合 计 100分”无法核对(第一部分应为30分,但页面未给出),不作一致性发现。得分列全部为空。"
                  "网站标题“法搜网--中国法律信息搜索网”和翻页条“第 [1] [2] 页 共[3]页”是网页外框,未重现;通知标题保留。"
                  "“二生产操作制度化”“三示范推广规模化”原文无顿号,照录。指标名取条目中表示被考核事项的原词;"
                  "第14、15、16项的比较基数(当地同方式同品种水平、当地渔民收入)未定义。"),
    },
    "blind264_yuye_xiangmu_zipingbiao_2010.docx": {
        "source_urls": [U_ZP], "province": "全国",
        "doc_kind": "渔业项目绩效自评表(中央部门项目,模板式问卷)",
        "patterns": [2, 5, 8],
        "indicators": ZP_IND,
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "项目业务管理是否有效?",
             "why": "权重60%的是否题只留“说明/依据”,没有评分标准或分档"},
            {"rule": "target.qualitative_no_scale", "item": "项目是否实现了效率绩效目标?",
             "why": "未定义效率目标和得分规则,无法按权重给分"},
        ],
        "notes": ("存储页从第二部分末尾的“*:”注释开始,止于“附件2: 2010年渔业海难救”(标题断开,重现到此)。"
                  "四组权重10%+10%+45%+35%=100%,各组内题目权重也都合计100%,但页面没有写出总数,所以不列为facts。"
                  "weight取题目权重的百分数(组内权重)。第(四)组小计行原文写作“项目计划加权得分”(应为项目结果),照录为缺陷;"
                  "该错位没有对应的规则编号,只在此说明。绩效等级“有效/基本有效/一般/无效/无法显示成效”没有分数段,"
                  "无法做等级一致性检查。得分列、总得分、结论、意见栏均为空白待填。"),
    },
    "blind264_shengtai_yangzhi_pingfenbiao.xlsx": {
        "source_urls": [U_ST], "province": None,
        "doc_kind": "集体养殖权水面生态养殖检查验收评分表",
        "patterns": [5, 8],
        "indicators": [ind(None, None, r[1], target_text=r[3], weight=int(r[2]))
                       for r in ST_ROWS],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("存储页(第一文库网)是一页的评分表,止于第5项评分标准“1、镇(开发区)在自查”,重现到此;合计行不在页内。"
                  "保留识别错误与原文缺陷:“镇F发区):(盖章)”、“渔僦”“鱼觞”(应为簖)、“防盗毓”,以及第3项(拦网)第2条误写为"
                  "“发现有网箱养殖”。每项分值15分,自查发现后拆除只得10或5分,而区级扣分可达20分、50-100分,远超该项分值,"
                  "得分区间不闭合;这类问题不属于可用的规则编号,故不列为发现。页面未写地名(只见“镇(开发区)”“区级”“湖(荡)”),"
                  "province 置空。各项是“是否实现”的合规项,评分标准已给出分档,不算缺少刻度。"),
    },
    "blind264_zhijiang_yuye_linxuan.docx": {
        "source_urls": [U_ZJS], "province": "湖北省",
        "doc_kind": "中央渔业发展补助资金项目实施主体遴选方案(正文中的绩效指标)",
        "patterns": [],
        "indicators": [
            ind(None, None, "新增生态设施渔业养殖面积", ">=", 1480, "平方米", "1480平方米以上"),
            ind(None, None, "水产品质量安全监测合格率", ">=", 98, "%", "≥98%"),
            ind(None, None, "生态设施渔业效率提升幅度", ">=", 20, "%", "≥20%"),
            ind(None, None, "养殖户抽样调查满意度", ">=", 90, "%", "≥90%"),
        ],
        "goals": [
            {"kind": "建设内容", "text": ZJS_P[4][1]},
            {"kind": "建设内容", "text": ZJS_P[13][1]},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "生态设施渔业效率提升幅度",
             "why": "“提升幅度≥20%”没有基期值,也没有说明效率如何计算"},
            {"rule": "coverage.missing_dimension", "item": "绩效指标",
             "why": "鲈鱼繁育基地的绩效指标只有数量、质量、效益和满意度,缺时效指标(没有完工或投产时限)"},
        ],
        "notes": ("存储页是繁体转码的镜像页,字间夹有拼音残片(如“根據(jù)”);所有句子本已改写,故用简体重写,名称、数字照录"
                  "(“PH”的大小写照录)。页面无标题,从“根据《…实施方案》”开始,止于(二)现代设施渔业基地建设内容的“水质在”,"
                  "重现到此;(二)的绩效指标不在页内。补助上限148万元和不超过总投资30%是补助标准而非绩效指标,未列入indicators。"
                  "四项指标都写在“2.绩效指标”段落里,没有一级/二级层次,level1/level2置空。"),
    },
    "blind264_yugang_guihua_2018_2025.docx": {
        "source_urls": [U_YG], "province": "全国",
        "doc_kind": "全国沿海渔港建设规划(2018—2025年)新闻稿中的规划目标(含海南岛渔港群)",
        "patterns": [],
        "indicators": [
            ind(None, None, "中心渔港", "=", 64, "座", "建设中心渔港64座"),
            ind(None, None, "一级渔港", "=", 85, "座", "一级渔港85座"),
            ind(None, None, "渔船安全避风容量", ">=", 21.43, "万艘",
                "从14.53万艘渔船增加到21.43万艘渔船"),
            ind(None, None, "有效避风率", ">=", 70, "%",
                "从10级避风水平的43%提升到11级避风水平的70%"),
            ind(None, None, "渔港经济区", "=", 93, "个", "93个渔港经济区"),
            ind("海南岛沿海渔港群", None, "中心渔港", "=", 5, "座", "支持建设中心渔港5座"),
            ind("海南岛沿海渔港群", None, "一级渔港", "=", 8, "座", "新建一级渔港8座"),
            ind("海南岛沿海渔港群", None, "渔船安全避风容量", ">=", 15400, "艘", "达到15400艘"),
            ind("海南岛沿海渔港群", None, "有效避风率", ">=", 51.09, "%", "达到51.09%"),
            ind("海南岛沿海渔港群", None, "渔港经济区", "=", 6, "个", "6个渔港经济区"),
        ],
        "goals": [
            {"kind": "总体目标", "text": YG_P1},
            {"kind": "规划目标", "text": YG_P2},
            {"kind": "规划目标", "text": YG_P3},
        ],
        "facts": [
            {"metric": "海南岛沿海渔港群现有渔港", "kind": "sum", "total": 68,
             "parts": [6, 4, 8, 50], "unit": "座"},
            {"metric": "海南岛规划建设中心渔港", "kind": "sum", "total": 5,
             "parts": [1, 3, 1], "unit": "座"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": YG_P1[:20],
             "why": "“进一步提高防灾减灾能力、促进持续健康发展”没有数值,数值目标在下一段"},
            {"rule": "target.vague_wording", "item": "形成新增万亿产值的产业规模",
             "why": "“万亿产值”只是量级,没有年份、口径和可核实的数值"},
        ],
        "notes": ("存储页是繁体镜像的农业网转载稿,三段正文加一行“农业网(Agronet.com.cn)微信扫一扫”推广语(未重现)。"
                  "正文按简体改写,数字与地名照录。全国目标与海南岛渔港群目标分开列,后者level1用原文的“海南岛沿海渔港群”。"
                  "有效避风率基期按10级避风水平、目标按11级水平,口径不同,不能直接比较;海南的29.80%与51.09%分母未给出,"
                  "不做比率核算。10大渔港群列举10个、6个渔港经济区列举6个,数目相符。"),
    },
}


# ---------------------------------------------------------------- helpers

def set_run_font(run, size=None, bold=None):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    cp = doc.core_properties
    cp.author = "blind264"
    cp.last_modified_by = "blind264"
    cp.title = ""
    cp.revision = 1
    return doc


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    set_run_font(p.add_run(text), size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False, center=False, size=10):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_run_font(p.add_run(line), size, bold)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAPC = Alignment(wrap_text=True, vertical="center", horizontal="center")


def new_sheet(title, widths):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind264"
    wb.properties.lastModifiedBy = "blind264"
    return wb, ws


def put(ws, ref, value, center=False, bold=False, box=True):
    c = ws[ref]
    c.value = value
    c.alignment = WRAPC if center else WRAP
    c.font = Font(name=FONT, size=10, bold=bold)
    if box:
        c.border = BOX
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


# ---------------------------------------------------------------- builders

def build_zhejiang(path):
    wb, ws = new_sheet("考核表", {"A": 14, "B": 6, "C": 6, "D": 70, "E": 7, "F": 7, "G": 7})
    r = 1
    for note in ZJ_NOTES:
        ws.merge_cells(f"A{r}:G{r}")
        put(ws, f"A{r}", note, box=False)
        ws.row_dimensions[r].height = 30 if len(note) > 60 else 18
        r += 1
    ws.merge_cells(f"A{r}:G{r}")
    put(ws, f"A{r}", "表二:2011年度对各市局工作考核表", center=True, bold=True, box=False)
    r += 1
    ws.merge_cells(f"A{r}:D{r}")
    put(ws, f"A{r}", "填报单位(盖章)", box=False)
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    put(ws, f"A{r}", "(内陆市局)", center=True, box=False)
    r += 1
    for col, head in zip("ABCDEFG", ["考核项目", "序号", "分值", "考核内容和评分标准",
                                     "自评\n分", "省局\n评分", "总\n得分"]):
        put(ws, f"{col}{r}", head, center=True, bold=True)
    ws.row_dimensions[r].height = 30
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    put(ws, f"A{r}", "一、基本工作", bold=True)
    box_range(ws, f"A{r}:G{r}")
    r += 1
    for name, no, pts, text in (("渔业生产\n安全监管*", 1, 30, ZJ_ROW1),
                                ("现代渔业园区建设", 2, 20, ZJ_ROW2)):
        put(ws, f"A{r}", name, center=True)
        put(ws, f"B{r}", no, center=True)
        put(ws, f"C{r}", pts, center=True)
        put(ws, f"D{r}", text)
        for col in "EFG":
            put(ws, f"{col}{r}", None)
        ws.row_dimensions[r].height = 80
        r += 1
    wb.save(path)


def build_jiankang(path):
    doc = new_doc()
    para(doc, "农业部办公厅关于组织开展第五批农业部水产健康养殖示范场考核验收工作的通知",
         size=12, bold=True, center=True)
    rows = 1 + len(JK_ITEMS) + 4
    t = doc.add_table(rows=rows, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["考核体系", "具体考核项目", "分值", "得分"]):
        cell_text(t.cell(0, i), h, bold=True, center=True)
    r = 1
    groups = {}
    for grp, text, pts in JK_ITEMS:
        groups.setdefault(grp, []).append(r)
        cell_text(t.cell(r, 1), text)
        cell_text(t.cell(r, 2), pts, center=True)
        cell_text(t.cell(r, 3), " ")
        r += 1
    for grp, rs in groups.items():
        merged = t.cell(rs[0], 0).merge(t.cell(rs[-1], 0))
        cell_text(merged, grp, center=True)
    cell_text(t.cell(r, 0), "合 计", center=True)
    cell_text(t.cell(r, 2), "100分", center=True)
    r += 1
    cell_text(t.cell(r, 0), "其他需要说明的问题")
    t.cell(r, 1).merge(t.cell(r, 3))
    r += 1
    cell_text(t.cell(r, 0), "考核验收工作组成员签名")
    t.cell(r, 1).merge(t.cell(r, 3))
    r += 1
    cell_text(t.cell(r, 0), "省级渔业行政主管部门\n\n考核验收意见")
    m = t.cell(r, 1).merge(t.cell(r, 3))
    cell_text(m, "\n\n     (省级渔业行政主管部门公章)\n\n     2010年  月  日")
    set_widths(t, [3.0, 10.5, 1.6, 1.6])
    doc.save(path)


def build_ziping(path):
    doc = new_doc()
    para(doc, "*:项目单位可结合本项目实际,填列其他方面的“项目收益”情况。", size=9)
    para(doc, "三、项目绩效自评情况", bold=True)
    nrows = sum(2 + len(g[2]) + 1 for g in ZP_GROUPS) + 1 + 8
    t = doc.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"

    def full(row, text, bold=False):
        m = t.cell(row, 0).merge(t.cell(row, 3))
        cell_text(m, text, bold=bold)

    r = 0
    for title, subtotal, items in ZP_GROUPS:
        full(r, title, bold=True)
        r += 1
        for i, h in enumerate(["序号", "指标", "权重", "得分"]):
            cell_text(t.cell(r, i), h, bold=True, center=True)
        r += 1
        for no, q, w in items:
            cell_text(t.cell(r, 0), no, center=True)
            cell_text(t.cell(r, 1), q + "\n说明:\n依据:")
            cell_text(t.cell(r, 2), w, center=True)
            cell_text(t.cell(r, 3), " ")
            r += 1
        m = t.cell(r, 0).merge(t.cell(r, 2))
        cell_text(m, subtotal)
        r += 1
    full(r, "项目总得分:")
    r += 1
    for text in ("四、项目绩效自评结论",
                 "项目绩效等级: 有效□ 基本有效□ 一般□ 无效□ 无法显示成效□\n自评结论:",
                 "五、改进建议",
                 "包括项目预算安排、项目组织管理、项目支出管理等方面。",
                 "六、项目单位意见",
                 "\n项目承担单位负责人(签字):          公章:\n                    年  月  日",
                 "七、省(自治区、直辖市及计划单列市)主管部门意见",
                 "\n负责人(签字):          公章:\n                    年  月  日"):
        full(r, text, bold=text[:1] in "四五六七")
        r += 1
    set_widths(t, [1.4, 11.5, 1.8, 1.8])
    para(doc, "备注:各海区渔政局不用填写主管部门意见", size=9)
    para(doc, "附件2:")
    para(doc, "2010年渔业海难救", bold=True)
    doc.save(path)


def build_shengtai(path):
    wb, ws = new_sheet("评分表", {"A": 6, "B": 22, "C": 6, "D": 72, "E": 12, "F": 12})
    ws.merge_cells("A1:F1")
    put(ws, "A1", "集体养殖权水面生态养殖检查验收评分表", center=True, bold=True, box=False)
    ws.merge_cells("A2:B2")
    put(ws, "A2", "镇F发区):(盖章)", box=False)
    put(ws, "C2", None, box=False)
    put(ws, "D2", "村(社区):(盖章)", box=False)
    ws.merge_cells("E2:F2")
    put(ws, "E2", "湖(荡)名:", box=False)
    for col, h in zip("ABCDEF", ["序号", "评价指标", "分值", "评分标准",
                                 "镇(开发区)\n自查评分", "区级验收\n考核分"]):
        put(ws, f"{col}3", h, center=True, bold=True)
    ws.row_dimensions[3].height = 30
    r = 4
    for no, name, pts, text in ST_ROWS:
        put(ws, f"A{r}", int(no), center=True)
        put(ws, f"B{r}", name)
        put(ws, f"C{r}", int(pts), center=True)
        put(ws, f"D{r}", text)
        put(ws, f"E{r}", None)
        put(ws, f"F{r}", None)
        ws.row_dimensions[r].height = 75 if len(text) > 100 else 40
        r += 1
    wb.save(path)


def build_zhijiang(path):
    doc = new_doc()
    for kind, text in ZJS_P:
        para(doc, text, bold=(kind == "h"))
    doc.save(path)


def build_yugang(path):
    doc = new_doc()
    for text in (YG_P1, YG_P2, YG_P3):
        p = para(doc, text)
        p.paragraph_format.first_line_indent = Cm(0.74)
    doc.save(path)


BUILDERS = {
    "blind264_zhejiang_yuye_kaohe_2011.xlsx": build_zhejiang,
    "blind264_jiankang_yangzhi_kaohe_2010.docx": build_jiankang,
    "blind264_yuye_xiangmu_zipingbiao_2010.docx": build_ziping,
    "blind264_shengtai_yangzhi_pingfenbiao.xlsx": build_shengtai,
    "blind264_zhijiang_yuye_linxuan.docx": build_zhijiang,
    "blind264_yugang_guihua_2018_2025.docx": build_yugang,
}


# ---------------------------------------------------------------- determinism

def normalise_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed dates and fixed core times."""
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    core = items.get("docProps/core.xml")
    if core is not None:
        text = core.decode("utf-8")
        for tag in ("dcterms:created", "dcterms:modified"):
            text = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", rf"\g<1>{FIXED_W3C}\g<2>", text)
        text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
        items["docProps/core.xml"] = text.encode("utf-8")
    order = sorted(items, key=lambda n: (n != "[Content_Types].xml", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])


def normalise_pdf(path):
    """Blank the dates and file id LibreOffice writes (same length keeps xref valid)."""
    data = path.read_bytes()

    def date(m):
        return m.group(1) + b"(D:20240101000000" + b"0" * (len(m.group(2)) - 16) + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*)\((D:[^)]*)\)", date, data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*<",
                  lambda m: b"<xmp:" + m.group(1) + b">2024-01-01T00:00:00Z<", data)
    path.write_bytes(data)


def export_pdfs(files):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", str(HERE)] + [str(f) for f in files]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    flat = squash(out)
    needles = []
    for row in gold["indicators"]:
        needles.append(row["name"])
        if row["target_text"]:
            needles.append(row["target_text"])
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    missing = [n for n in needles if squash(n) not in flat]
    return missing


def main():
    ANN.mkdir(exist_ok=True)
    built = []
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        normalise_zip(path)
        built.append(path)
    export_pdfs(built)
    problems = 0
    for path in built:
        pdf = path.with_suffix(".pdf")
        normalise_pdf(pdf)
        gold = GOLD[path.name]
        for target in (path, pdf):
            rec = {"source": target.name}
            rec.update(copy.deepcopy(gold))
            (ANN / f"{target.name}.json").write_text(
                json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        missing = check_pdf(pdf, gold)
        if missing:
            problems += 1
            print(f"MISSING in {pdf.name}: {missing}")
    for path in sorted(HERE.glob("blind264_*")):
        print(hashlib.md5(path.read_bytes()).hexdigest(), path.name)
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"files={len(built)} indicators={n_ind} goals={n_goal} findings={n_find}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
