"""Build the blind230 part: six DOCX documents (each with its PDF) and their gold JSON.

The gold below is written first; nothing reads the built files before it is fixed.
Run: /tmp/wvenv/bin/python make_blind230_layouts.py
"""

import copy
import datetime
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
OUT = HERE  # the documents beside their annotations, as in every other part (written to files/ at first)
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind230"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

# ---------------------------------------------------------------------------
# Gold (written before any file is built or read)
# ---------------------------------------------------------------------------

URL_A = "https://gswuwei.gov.cn/art/2023/5/9/art_49_1080074.html"
URL_B = "http://lzsredcross.org.cn/newsshow.php?cid=24&id=684"
URL_C = "https://m.001doc.com/doc/724735.html"
URL_D = "https://baoshan.gov.cn/info/6643/4249974.htm"
URL_E = "http://www.moneynaire.com/OpennessContent/show/3536290.html"
URL_F = "https://xiaomilidoc.com/p-12940808.html"

GOAL_F1 = ("目标一:提高马里兰州道路交通安全。到ⅹⅹ年以后,交通死亡率、汽车相撞率、撞车受伤的比例、酒后驾车严重事故率、"
           "未系安全带造成的死亡率和商务车死亡率都要比ⅹⅹ年有所下降。")
GOAL_F2 = ("目标二:建设无犯罪社区,削除马里兰州民众对犯罪的担忧。到ⅹⅹ年以后,每 100000 人口Ⅰ类犯罪、"
           "每 100000 人口家庭暴力犯罪率、每 100000 辆车的盗窃率都要比ⅹⅹ年有所下降。")
GOAL_F3 = ("目标三:配备优质、受过训练的航空指挥人员,在马里兰州提供及时、良好的空中医疗(紧急医疗服务)和航空执法服务;"
           "实施有效的航空指挥,把病人安全高效地送到合适的医疗机构并提供先进的生命支持;向马里兰州居民提供可靠的空中执法"
           "和国土安全服务;保持ⅹⅹ年在黄金时间内运送病人的比率水平。")

GOLD = {
    "blind230_wuwei_wenlian_2022_zhengti_ziping.docx": {
        "source_urls": [URL_A],
        "province": "甘肃省",
        "doc_kind": "部门整体支出绩效评价自评报告(文联,只到部门概况)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "武威市文学艺术界联合会2022年度整体支出绩效评价自评报告。存储页面在第一部分“部门概况”之后、"
            "第二部分标题“二、当年取得的主”处中断,因此文件也止于这一残缺标题。页面中没有绩效目标、指标或评分表,"
            "金标准的指标、目标、事实均为空;职能条目和机构说明已改写为自己的话,科室名称、人数(13人、退休4人)、"
            "索引号和日期照录。不对缺失的目标或指标作出判断,因为页面在它们出现之前就结束了。"
        ),
    },
    "blind230_lanzhou_hongshizihui_2024_bumenyusuan.docx": {
        "source_urls": [URL_B],
        "province": "甘肃省",
        "doc_kind": "部门预算情况说明(红十字会,只到人员经费明细)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2024年预算安排资金", "kind": "sum", "total": 203.14,
             "parts": [203.14], "unit": "万元"},
            {"metric": "人员经费", "kind": "sum", "total": 111.18,
             "parts": [32.04, 15.45, 25.96, 3.74, 12.18], "unit": "万元"},
            {"metric": "实有在职人员", "kind": "sum", "total": 7,
             "parts": [1, 4, 1, 1], "unit": "人"},
        ],
        "findings": [],
        "notes": (
            "兰州市红十字会2024年部门预算说明的正文部分(存储页面从“一、部门职责”开始,没有标题,文件同样不加标题)。"
            "页面止于人员经费明细中的“职工基本医”,文件照此截断。人员经费111.18万元的明细只列出5项(合计89.37万元),"
            "其余明细被页面截掉,所以不记 consistency.sum。实有在职7人=二巡1+科级4+四级主任科员1+临聘1,"
            "文中“含临聘人员1名”已说明差额,不算矛盾。页面没有绩效目标或指标。“1、机构设置机构”的重复字照录。"
        ),
    },
    "blind230_zhengti_zhibiao_tianbao_yaodian.docx": {
        "source_urls": [URL_C],
        "province": None,
        "doc_kind": "部门整体支出绩效指标填报说明(两栏说明表)",
        "patterns": [2, 8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "文库页面上的《部门整体支出绩效指标填报要点.docx》(上传于2024-04-27),原件为两栏表“项目│填报说明”,"
            "第二页开头重复表头(模式2),整份是填报说明(模式8)。省份无法从页面判断(只提到“省委、省政府”“财政厅”“委‘三定方案’”),"
            "province 记为 null。OCR 残字照录:“-、部门重点工作任务”“2I作内容”“、绩效指标”“1级指标”;序号与项目名连写。"
            "页面止于“1级指标”一行的“针对”。说明文字已改写。表中没有任何指标值,不应抽出指标;不作判断。"
        ),
    },
    "blind230_baoshan_dangan_2017_xiangmu_ziping.docx": {
        "source_urls": [URL_D],
        "province": "云南省",
        "doc_kind": "项目绩效自评报告(档案局,只到项目基本情况)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "馆藏档案资料合计", "kind": "sum", "total": 132697,
             "parts": [118606, 14091], "unit": "卷(册、盘、盒、件)"},
            {"metric": "档案", "kind": "sum", "total": 118606,
             "parts": [111675, 2285, 906, 1755, 102, 1883], "unit": "卷(册、盘、盒、件)"},
        ],
        "findings": [],
        "notes": (
            "保山市档案局2017年度项目绩效自评报告(附件2),只到“一、项目基本情况”两个项目的说明,"
            "页面止于“接受市本级单位到期档案入馆保”。年份(2017)在本角度的2022–2025之外,是检索饱和后的替补,见 SOURCES.md。"
            "两组馆藏数字都能加总:118606+14091=132697,111675+2285+906+1755+102+1883=118606。"
            "按每卷(册)2元测算132697卷应为26.54万元,而文中争取到21.44万元;这是乘积而非加总,也可能只按部分馆藏测算,"
            "不记 finding。页面没有绩效指标表或目标值(86%是已完成比例,不是目标)。原文空格(“截止 2016年”“档案 118606卷”“资料 14091册”)照录。"
        ),
    },
    "blind230_xuanzhou_kexie_2025_kepujingfei.docx": {
        "source_urls": [URL_E],
        "province": "安徽省",
        "doc_kind": "部门项目申报说明(科协科普经费,繁体转写镜像)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "宣州区科技局(科协)《2025年科普经费支出部门项目》,存储页面来自繁体转写的镜像站,文件保留繁体字。"
            "页面只有“一、项目概述”和“二、立项依据”的第1条,止于“2.2023年宣城市”。唯一金额是建议安排的一般预算补助40萬元(单项,"
            "不构成加总)。文件号“辦【2017】60號”“辦【2017】61 號”(含空格)照录。页面在绩效目标出现前结束,不作判断。"
        ),
    },
    "blind230_zhibiao_tixi_tianbao_shuoming.docx": {
        "source_urls": [URL_F],
        "province": None,
        "doc_kind": "绩效指标体系(参考样表)填报说明(附件3,含示例长期目标)",
        "patterns": [8],
        "indicators": [],
        "goals": [
            {"kind": "长期目标", "text": GOAL_F1},
            {"kind": "长期目标", "text": GOAL_F2},
            {"kind": "长期目标", "text": GOAL_F3},
        ],
        "facts": [],
        "findings": [],
        "notes": (
            "文库页面上的“附件 3:绩效指标体系(参考样表)填报说明”,省份和年份都看不出(提到“省直专项”,是某省的填报说明)。"
            "说明第3条用美国马里兰州警察局现场行动署作例子,列出三个示例长期目标,目标中的年份用占位符“ⅹⅹ”(罗马数字小写字形)"
            "照录,“每 100000 人口”的空格照录,“2。项目类别”的句号和目标二中的“削除”照录。"
            "三个目标作为 goals 记录(kind 记为“长期目标”);它们是填报说明里的示范写法,不是某个部门实际申报的目标,"
            "所以不记 goal.unquantified 或 target.placeholder。页面止于第4条“效益指”。说明文字已改写。"
        ),
    },
}

# ---------------------------------------------------------------------------
# Document text (longer sentences in my own words; figures, names, numbers kept)
# ---------------------------------------------------------------------------


def set_base_style(doc):
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    rfonts.set(qn("w:ascii"), FONT)
    rfonts.set(qn("w:hAnsi"), FONT)


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "blind230"
    cp.last_modified_by = "blind230"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def grid_table(doc, rows, widths=None):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncols):
            t.cell(i, j).text = r[j] if j < len(r) else ""
    return t


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def build_a(path):
    doc = Document()
    set_base_style(doc)
    fix_core(doc, "武威市文学艺术界联合会2022年度整体支出绩效评价自评报告")
    para(doc, "首页")
    para(doc, ">政府信息公开>法定主动公开内容>预算决算>市级各群团组织、民主党派预算")
    grid_table(doc, [
        ["索引号:", "11622300013930944B/2023-01961", "公开方式:", "主动公开"],
        ["发布机构:", "市政府办", "组配分类:", "市级各群团组织、民主党派预算"],
        ["文件编号:", "", "发文日期:", "2023-05-08"],
        ["成文日期:", "2023-05-08", "有效性:", ""],
    ])
    para(doc, "武威市文学艺术界联合会2022年度整体支出绩效评价自评报告", bold=True, center=True, size=15)
    para(doc, "信息来源: 武威市文学艺术界联合会 发布日期: 2023-05-09 10:52 浏览次数:")
    para(doc, "一、部门概况", bold=True)
    para(doc, "(一)主要职能", bold=True)
    para(doc, "(1)带领全市文艺工作者落实党的文艺方针政策,组织大家学习文艺专业知识,推动思想水平和艺术水平持续提升;")
    para(doc, "(2)筹办全市文学艺术界代表大会及各全市性文艺家协会的代表大会、理事会和主席团会议,"
              "并召集全市文联系统的工作会议和学术研讨会;")
    para(doc, "(3)抓好文学艺术创作和文学评论研究,组织文艺工作者深入生活,发掘和培养创作新人,扩大创作队伍;")
    para(doc, "(4)举办文艺演出、展览和比赛,组织优秀文艺作品、优秀文艺人才的评奖与表彰;")
    para(doc, "(5)承担中国文联、甘肃省文联相关业务活动的联络、协调与服务,对市级文艺家协会和行业文联进行联络、协调、"
              "指导和服务;参与文艺政策法规的制定和宣传,反映文艺工作者的意见建议,维护、保障和代理文艺家的合法权益。")
    para(doc, "(二)机构设置情况", bold=True)
    para(doc, "武威市文学艺术界联合会在中共武威市委领导下,由市级文学艺术家协会、县区文学艺术界联合会和市级产业(行业)"
              "文学艺术界联合会共同组成,是一个人民团体,在党和政府与广大文艺工作者之间起桥梁纽带作用。单位内设组联科、"
              "综合科、编辑科、文学艺术创作研究中心4个职能科室,实有工作人员13人,退休4人,4名退休人员已移交社保统筹管理。")
    para(doc, "二、当年取得的主", bold=True)
    doc.save(path)


def build_b(path):
    doc = Document()
    set_base_style(doc)
    fix_core(doc, "兰州市红十字会部门预算说明")
    para(doc, "一、部门职责", bold=True)
    para(doc, "市红十字会的主要职责是:")
    items = [
        ("(一)落实红十字工作相关法律法规和方针政策,起草全市红十字事业发展总体规划、战略目标以及相关地方性法规、规章、"
         "技术标准、技术规范和行业规章制度,并监督执行;协助市政府监管红十字标志的使用。"),
        "(二)组织全市性的红十字工作,指导各县区红十字会和基层红十字组织开展业务。",
        "(三)做好救灾准备,参与自然灾害和突发事件的救灾、救援。",
        "(四)依法开展募捐,接收并管理社会捐赠款物,开展人道救助。",
        "(五)组织应急救护培训,普及应急救护和防灾避险知识。",
        "(六)组织人道领域的志愿服务和社会公益活动,开展红十字青少年活动。",
        "(七)参与并推动无偿献血和遗体、人体器官捐献,参与造血干细胞捐献相关工作。",
        "(八)宣传国际红十字和红新月运动基本原则以及日内瓦公约及其附加议定书,并按规定开展相关工作。",
        "(九)完成市委、市政府和上级红十字会交办的其他工作。",
    ]
    for it in items:
        para(doc, it)
    para(doc, "二、机构及人员设置情况", bold=True)
    para(doc, "1、机构设置机构")
    para(doc, "兰州市红十字会内设机构2个:办公室和赈济救护科;无下属机构。")
    para(doc, "2、人员设置情况")
    para(doc, "核定编制人数:10人,实有在职人员7人(含临聘人员1名),其中二巡1名、科级4名、四级主任科员1名;退休人员3人。")
    para(doc, "部门预算为兰州市红十字会市本级。")
    para(doc, "三、部门预算收支增减变化说明", bold=True)
    para(doc, "2024年本部门预算安排资金合计203.14万元,比上年增加51.70万元;其中市本级支出203.14万元,"
              "比上年增加51.70万元,无所属单位支出。")
    para(doc, "(一)基本支出", bold=True)
    para(doc, "1、人员经费。2024年本部门安排人员支出111.18万元,全部为市本级支出,无所属单位支出。明细如下:"
              "基本工资32.04万元;津贴补贴15.45万元;奖金25.96万元;个人采暖补贴3.74万元;养老保险12.18万元;职工基本医")
    doc.save(path)


def build_c(path):
    doc = Document()
    set_base_style(doc)
    fix_core(doc, "部门整体支出绩效指标填报要点")
    para(doc, "部门整体支出绩效指标填报要点", bold=True, center=True, size=15)
    rows1 = [
        ["项目", "填报说明"],
        ["“三定”职能职责", "依据委“三定方案”所列内设机构职责填报,注意:涉密内容不填。"],
        ["相关规划和行动方案(3-5年)", "对照部门中长期规划,由业务单位列出打算在3-5年内完成的中长期规划和任务目标。"],
        ["-、部门重点工作任务", "依据中长期规划、中央和省委、省政府年度重点工作事项以及部门职能职责,列出本部门的重点工作任务。"],
        ["1任务(指标)名称", "依照省政府工作报告、省委重点工作和部门职能指标分工填写任务(指标)名称,用简短、明确、易懂的话概括任务(指标)的含义。"],
        ["2I作内容", "写明开展这项工作任务的主要内容(结合部门职能指标分工中的绩效要求)。"],
        ["3工作措施", "写明为完成这项工作任务准备采取的工作措施。"],
        ["4完成时限", "写明完成这项工作任务的时间要求。"],
    ]
    t1 = grid_table(doc, rows1)
    repeat_header(t1.rows[0])
    brk = doc.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)
    rows2 = [
        ["项目", "填报说明"],
        ["5申报依据", ("写明开展这项工作任务的主要依据,例如:省政府工作报告及省委重点工作任务分工、职能指标分工、"
                     "相关法律依据、政策文件、会议纪要、发展规划等。")],
        ["、绩效指标", "填写时可参照财政厅的预算绩效指标填报要求。"],
        ["1级指标", "针对"],
    ]
    grid_table(doc, rows2)
    doc.save(path)


def build_d(path):
    doc = Document()
    set_base_style(doc)
    fix_core(doc, "保山市档案局2017年度项目绩效自评报告")
    para(doc, "附件2")
    para(doc, "保山市档案局2017年度项目绩效自评报告", bold=True, center=True, size=15)
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)馆藏档案全文数字化转化经费项目", bold=True)
    para(doc, "保山市档案馆馆藏档案全文数字化加工项目于2010年6月经市人民政府批准立项并同意启动,预计实施5年至10年,"
              "总经费约需800万元。项目自2011年4月启动,到2013年累计安排项目经费380万元;中华人民共和国成立后的现行档案"
              "已全部完成数字化加工,占馆藏86%,尚有4082卷、115万页民国档案未加工。与此同时,存放馆藏数字档案的服务器和"
              "磁盘阵列已到电子产品使用寿命的上限,设备老化严重,存储空间已满(眼下只存数字档案,音视频档案还未存入),"
              "现用软件也跟不上档案信息化的发展,需要升级或更换,严重拖累档案提供利用的效率和质量。")
    para(doc, "本年争取到市级馆藏档案全文数字化转化经费项目资金42万元,用来更换档案数字化存储用的服务器和磁盘阵列,"
              "升级、更换软件以扩大存储空间,提升计算机运行速度和档案数字化使用效率,并加强档案机房维护。")
    para(doc, "(二)馆藏档案日常维护项目", bold=True)
    para(doc, "截止 2016年10月底,保山市档案馆馆藏档案155个全宗,馆藏档案资料合计共132697卷(册、盘、盒、件),其中:"
              "档案 118606卷(册、盘、盒、件),包括纸质档案111675卷,声像档案2285盘、照片档案906盒、实物档案1755件、"
              "现行公开文件102卷、特色档案1883卷(册、盘、盒、件);资料 14091册。按规定每卷(册)2元的标准测算,"
              "争取到市级财政资金21.44万元。")
    para(doc, "馆藏档案日常维护费项目主要用于馆藏档案的“八防”工作(即防盗、防光、防高温、防火、防潮、防尘、防鼠、防虫);"
              "保障馆藏档案和资料的规范化整理、规范化管理及安全;为全市档案查阅利用、电子文件归档管理和信息参阅等提供服务;"
              "接受市本级单位到期档案入馆保")
    doc.save(path)


def build_e(path):
    doc = Document()
    set_base_style(doc)
    fix_core(doc, "2025年科普經費支出部門項目")
    para(doc, "宣州區科技局")
    para(doc, "您現在所在的位置: 網站首頁> 政府信息公開首頁 > 宣州區科技局> 財政資金> 部門項目")
    grid_table(doc, [
        ["索引號:", "1134170300324923M/202501-00015", "組配分類:", "部門項目"],
        ["發布機構:", "宣州區科技局", "主題分類:", "科技、教育"],
        ["名稱:", "2025年科普經費支出部門項目", "文號:", ""],
        ["生成日期:", "2025-01-24", "發布日期:", "2025-01-24"],
    ])
    para(doc, "2025年科普經費支出部門項目", bold=True, center=True, size=15)
    para(doc, "發布時間:2025-01-24 16:00 來源:宣州區科技局 瀏覽次數: 字體:[ ]")
    para(doc, "一、項目概述", bold=True)
    para(doc, "本項目屬於上級文件明確提出任務要求的事項。宣州區科協的上級管理單位是宣城市科協,須承擔市對區的目標考核,"
              "科普支出經費每年都列入考核細則。建議2025年本項經費安排一般預算補助 40萬元。")
    para(doc, "二、立項依據", bold=True)
    para(doc, "1.編制依據為各年目標考核文件和宣城市委辦文件辦【2017】60號文件第三第9、加強經費保障力度;"
              "宣城市委辦文件辦【2017】61 號文件。第二第3、加大對科協工作支持保障力度。")
    para(doc, "2.2023年宣城市")
    doc.save(path)


def build_f(path):
    doc = Document()
    set_base_style(doc)
    fix_core(doc, "绩效指标体系(参考样表)填报说明")
    para(doc, "附件 3:绩效指标体系(参考样表)填报说明", bold=True)
    para(doc, "1.部门职责:用综合、简短的文字概括部门的主要职责。")
    para(doc, "2。项目类别:按部门预算项目、省直专项、对下转移支付项目分别填报。")
    para(doc, "3.长期目标:部门长期目标是部门经过努力想要达到的长期结果,代表部门努力的战略方向;项目长期目标是项目在"
              "整个计划期内或较长一段时期内的总体产出和效果。为便于开展工作,整体支出及常年性项目的长期目标以五年为期限,"
              "与我国五年规划保持一致;有计划期限的项目,长期目标可以描述整个计划期内的总体产出和效果。部门长期目标一般要"
              "分解成多层子目标,项目长期目标可视项目繁简提炼总目标或分解为子目标。以美国马里兰州警察局现场行动署为例,"
              "长期目标可以这样分解:")
    para(doc, GOAL_F1)
    para(doc, GOAL_F2)
    para(doc, GOAL_F3)
    para(doc, "4.绩效指标名称:绩效指标把长期目标细化、量化,用来衡量部门是否实现了目标,一般包括产出指标和效果指标。"
              "产出指标还可以细分为数量指标、质量指标、时效指标及成本指标。效益指")
    doc.save(path)


BUILDERS = {
    "blind230_wuwei_wenlian_2022_zhengti_ziping.docx": build_a,
    "blind230_lanzhou_hongshizihui_2024_bumenyusuan.docx": build_b,
    "blind230_zhengti_zhibiao_tianbao_yaodian.docx": build_c,
    "blind230_baoshan_dangan_2017_xiangmu_ziping.docx": build_d,
    "blind230_xuanzhou_kexie_2025_kepujingfei.docx": build_e,
    "blind230_zhibiao_tixi_tianbao_shuoming.docx": build_f,
}

# Strings that must appear in the PDFs besides the gold items (figures the gold relies on).
EXTRA_CHECKS = {
    "blind230_wuwei_wenlian_2022_zhengti_ziping.docx": ["实有工作人员13人", "二、当年取得的主"],
    "blind230_lanzhou_hongshizihui_2024_bumenyusuan.docx": ["203.14万元", "111.18万元", "12.18万元", "职工基本医"],
    "blind230_zhengti_zhibiao_tianbao_yaodian.docx": ["2I作内容", "1级指标", "5申报依据"],
    "blind230_baoshan_dangan_2017_xiangmu_ziping.docx": ["132697卷", "118606卷", "14091册", "21.44万元"],
    "blind230_xuanzhou_kexie_2025_kepujingfei.docx": ["40萬元", "辦【2017】61 號文件", "2.2023年宣城市"],
    "blind230_zhibiao_tixi_tianbao_shuoming.docx": ["2。项目类别", "每100000人口Ⅰ类犯罪", "效益指"],
}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        entries = {n: zin.read(n) for n in zin.namelist()}
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, entries[name])
    tmp.replace(path)


def normalize_pdf(path):
    data = path.read_bytes()
    data = re.sub(rb"/(?:CreationDate|ModDate)\s*\(D:([^)]*)\)", fixed_date, data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", fixed_id, data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), data)
    path.write_bytes(data)


def fixed_date(m):
    base = m.start(0)
    out = bytearray(m.group(0))
    s, e = m.start(1) - base, m.end(1) - base
    val = bytes(out[s:e])
    stamp = b"20240101000000"
    out[s:e] = stamp + val[len(stamp):] if len(val) >= len(stamp) else stamp[: len(val)]
    return bytes(out)


def fixed_id(m):
    base = m.start(0)
    out = bytearray(m.group(0))
    for group, ch in ((1, b"0"), (2, b"1")):
        s, e = m.start(group) - base, m.end(group) - base
        out[s:e] = ch * (e - s)
    return bytes(out)


def to_pdf(docx_path):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
           "--outdir", str(docx_path.parent), str(docx_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = docx_path.with_suffix(".pdf")
    normalize_pdf(pdf)
    return pdf


def pdf_text(pdf):
    res = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True)
    return re.sub(r"\s+", "", res.stdout.decode("utf-8"))


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def write_annotations(name, gold):
    ANN.mkdir(exist_ok=True)
    for fname in (name, str(Path(name).with_suffix(".pdf"))):
        rec = {"source": fname}
        rec.update(copy.deepcopy(gold))
        (ANN / f"{fname}.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def check_pdf(name, gold, pdf):
    text = pdf_text(pdf)
    missing = []
    wanted = []
    for ind in gold["indicators"]:
        wanted += [ind["name"], ind.get("target_text") or ""]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    wanted += EXTRA_CHECKS.get(name, [])
    for w in wanted:
        w2 = re.sub(r"\s+", "", w)
        if w2 and w2 not in text:
            missing.append(w)
    return missing


def main():
    problems = 0
    sums = {}
    for name, builder in BUILDERS.items():
        gold = GOLD[name]
        write_annotations(name, gold)
        path = OUT / name
        builder(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        missing = check_pdf(name, gold, pdf)
        if missing:
            problems += 1
            print(f"MISSING in {pdf.name}: {missing}")
        for f in gold["facts"]:
            if f["kind"] == "sum":
                s = round(sum(f["parts"]), 4)
                flag = "ok" if abs(s - f["total"]) < 1e-6 else "differs (see notes)"
                print(f"  fact {name}: {f['metric']} total={f['total']} parts_sum={s} {flag}")
        sums[name] = md5(path)
        sums[pdf.name] = md5(pdf)
    (HERE / "md5sums.txt").write_text(
        "".join(f"{v}  {k}\n" for k, v in sorted(sums.items())), encoding="utf-8")
    rows = sum(len(g["indicators"]) for g in GOLD.values())
    goals = sum(len(g["goals"]) for g in GOLD.values())
    finds = sum(len(g["findings"]) for g in GOLD.values())
    print(f"files={len(BUILDERS)} (+{len(BUILDERS)} pdf) rows={rows} goals={goals} findings={finds}")
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
