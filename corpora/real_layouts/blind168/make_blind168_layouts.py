# -*- coding: utf-8 -*-
"""blind168: real-layout documents of public institutions (事业单位) outside government departments.

Gold first (as data), then the DOCX builders, PDF export with LibreOffice, annotations and a pdftotext check.
Run with /tmp/venv/bin/python.  Only python-docx and the standard library are used.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind168"

# ----------------------------------------------------------------------------------------------
# GOLD (written from the stored pages before any file was built)
# ----------------------------------------------------------------------------------------------

YUEYANG_GOALS = [
    "1.完成全年度公益培训20场。",
    "2.开展数字文化服务,公共文化场馆实行全年免费开放,",
    "3.完成传统文化进校园,进景区、进乡村、进机关、进工地。",
    "4、完成送文化下乡20场次、组织开展大型群众文化活动4场次。",
]

KAIYUAN_GOAL = ("开远市殡仪馆以打造和谐殡葬、阳光殡葬、绿色殡葬、文明殡葬、便民殡葬为目标,"
                "以完善规章制度为基础,实现规范服务,以提高素质技能为")

GOLD = {
    "hunan-yueyang-yueyanglouqu-wenhuaguan-zhengti-zipingbaogao": {
        "source_urls": ["https://yylq.gov.cn/21487/21535/21748/21762/22015/content_1975617.html"],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效自评报告",
        "patterns": [8, 10],
        "indicators": [],
        "goals": [{"kind": "年度目标", "text": g} for g in YUEYANG_GOALS],
        "facts": [
            {"metric": "送戏下乡场次", "kind": "planned_actual", "planned": 20, "actual": 20, "unit": "场",
             "text": "年度主要工作内容写送文化下乡20场次;总体运行情况写送戏下乡20场"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": YUEYANG_GOALS[1],
             "why": "只说开展数字文化服务、全年免费开放,没有服务量、开放天数或人次"},
            {"rule": "goal.unquantified", "item": YUEYANG_GOALS[2],
             "why": "传统文化'五进'没有场次或覆盖人数"},
        ],
        "notes": ("湖南省部门整体支出绩效评价自评报告模板(附件2-1,封面+'一、部门(单位)基本概况'表)。"
                  "年度主要工作内容四条按年度目标录入(原文在表格单元格中,条目编号混用'1.'与'4、',照录)。"
                  "存储页在'年度部门(单位)总体运行情况及取得的成绩'一格中途('该活动参与')截断,"
                  "其后的评分表与指标均不在页内,因此没有指标行,也不记覆盖类问题。长句已改写,数字保留。"),
    },
    "jilin-baicheng-zhongyiyuan-zhuanxiangzhai-pingjiabaogao": {
        "source_urls": ["http://www.jlbc.gov.cn/ztzl_3381/bcswsjkwyh/tzgg/202506/t20250613_1015412.html"],
        "province": "吉林省",
        "doc_kind": "绩效评价报告",
        "patterns": [8, 10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "项目总建筑面积", "kind": "sum", "total": 39868.70,
             "parts": [28880.81, 2653.39, 5334.50, 3000], "unit": "㎡",
             "text": "综合楼+制剂楼+附属用房+地下停车场 = 39868.70(相符)"},
            {"metric": "附属用房建筑面积", "kind": "sum", "total": 5334.50,
             "parts": [3788.30, 1096.20, 300, 150], "unit": "㎡",
             "text": "附属综合用房+变电所+制氧楼+垃圾转运站及污水泵房 = 5334.50(相符)"},
        ],
        "findings": [],
        "notes": ("专项债券项目绩效评价报告(单位自评,医院署名)。页内完整,正文说'自评表附后',但附表不在存储页内。"
                  "报告只有定性分析,没有绩效目标、指标、得分或等级;两组面积加总均相符。"
                  "'建设期为3年'而筹备2022年1月至竣工2025年12月跨4个年度,属表述出入,无对应规则,不列为发现。"
                  "评价分析段已改写。"),
    },
    "yunnan-honghe-kaiyuan-binyiguan-zipingbaogao": {
        "source_urls": ["https://www.hhky.gov.cn/info/124892/746522.htm"],
        "province": "云南省",
        "doc_kind": "部门整体支出绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "年度目标", "text": KAIYUAN_GOAL}],
        "facts": [
            {"metric": "馆内设部门数", "kind": "count", "total": 4,
             "parts": ["火化车间部门", "遗体接运部门", "办公室", "财务室"], "unit": "个"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": KAIYUAN_GOAL,
             "why": "年度工作目标只有'和谐、阳光、绿色、文明、便民殡葬'等定性口号,没有火化量、服务量等数值"},
        ],
        "notes": ("开远市殡仪馆(差额拨款事业单位)2024年度部门整体和项目支出绩效自评报告。"
                  "存储页在'(二)年度工作目标及重点工作任务'句中('以提高素质技能为')截断,句子照页面保留半句。"
                  "引用文号原页写作'开财字〔2020181号'等(缺右括号),照录。职责段已改写,人数保留。"),
    },
    "hunan-hengyang-hengshan-fuyoubaojian-zhengti-zipingbaogao": {
        "source_urls": ["http://bubsandbeans.com/paper/293148337.html"],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效自评报告",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "职工人数", "kind": "sum", "total": 210, "parts": [184, 4, 22], "unit": "人",
             "text": "在职职工184人+财政供养4人+退休人员22人 = 210(相符)"},
        ],
        "findings": [],
        "notes": ("衡山县妇幼保健计划生育服务中心(正科级公益类全额拨款事业单位)2019年度部门整体支出绩效自评报告,"
                  "来自文档分享站的转存页(繁体转码,此处按简体重排)。原文小标题'中心基本概括'(应为概况)照录。"
                  "存储页在主要职责第2条中途('工作人员卫生保健的监')截断,尚未进入目标与指标部分。"
                  "职责条文已改写。"),
    },
    "guangdong-gaoshuiping-yiyuan-xiandaiguanli-zipingbaogao": {
        "source_urls": ["http://ylwt22.com/dangtuangongzuo/2022/0701/151468.html"],
        "province": "广东省",
        "doc_kind": "绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "健全现代医院管理制度项目预算资金", "kind": "sum", "total": 509774.50,
             "parts": [420000.00], "unit": "万元", "complete": False,
             "text": "4个政策任务,页内只见第一项高水平医院建设420000.00万元,其余被截断"},
        ],
        "findings": [],
        "notes": ("转存页把省名隐去为'XX省'、文号写作'X财社〔2019〕94号'等;文中'广州呼吸中心''高水平医院'指向广东省,"
                  "省份为判断。报告对象是安排给公立医院的省级专项(健全现代医院管理制度),含目录页码。"
                  "存储页在'主要用于重点建'处截断,只见资金情况,尚无绩效目标与指标。资金来源段已改写,数字与文号照录。"),
    },
}

# ----------------------------------------------------------------------------------------------
# builders
# ----------------------------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
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


def set_cell(cell, text):
    cell.text = ""
    lines = text.split("\n")
    cell.paragraphs[0].add_run(lines[0])
    for ln in lines[1:]:
        cell.add_paragraph(ln)


def save_docx(d, path):
    tmp = path + ".tmp"
    d.save(tmp)
    # rewrite the zip with fixed timestamps so the file is byte-deterministic
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


def build_yueyang(path):
    d = new_doc()
    para(d, "附件2-1")
    para(d, "岳阳楼区2021年度部门(单位)整体支出", bold=True, center=True, size=16)
    para(d, "绩效评价自评报告", bold=True, center=True, size=16)
    para(d, "部门(单位)名称: 岳阳市岳阳楼区文化馆")
    para(d, "预 算 编 码:601002")
    para(d, "评价方式:部门(单位)绩效自评")
    para(d, "评价机构:部门(单位)评价组")
    para(d, "报告日期: 2022 年 5月 15日")
    para(d, "岳阳楼区财政局(制)", center=True)
    t = d.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    # header row merged across the table
    h = t.cell(0, 0).merge(t.cell(0, 3))
    set_cell(h, "一、部门(单位)基本概况")
    set_cell(t.cell(1, 0), "联系人")
    set_cell(t.cell(1, 1), "张红梅")
    set_cell(t.cell(1, 2), "联络电话")
    set_cell(t.cell(1, 3), "07308699916")
    set_cell(t.cell(2, 0), "人员编制")
    set_cell(t.cell(2, 1), "16")
    set_cell(t.cell(2, 2), "实有人数")
    set_cell(t.cell(2, 3), "14")
    set_cell(t.cell(3, 0), "职能职责概述")
    c = t.cell(3, 1).merge(t.cell(3, 3))
    set_cell(c, "岳阳楼区文化馆由岳阳楼区人民政府设立,是公益性文化事业机构,承担政府公共文化事业、"
                "主导群众文化业务;负责组织指导群众文化活动,抢救保护非物质文化遗产,传承民族民间文化,"
                "营造城市人文环境;向社会免费开放,为群众提供公共文化服务,在公共文化服务体系建设中起基础作用;")
    set_cell(t.cell(4, 0), "年度主要 工作内容")
    c = t.cell(4, 1).merge(t.cell(4, 3))
    set_cell(c, " ".join(YUEYANG_GOALS))
    set_cell(t.cell(5, 0), "年度部门(单位)总体运行情况及取得的成绩")
    c = t.cell(5, 1).merge(t.cell(5, 3))
    set_cell(c, "一、群文活动出成效; 1.完成“欢乐潇湘—百团百角唱百年”岳阳楼区专场文艺汇演,"
                "排演的配乐诗朗诵《信念永恒》、歌曲《百年红色》赴市参赛,均获优秀节目奖。 "
                "2.完成全区 “我心向党·百年辉煌”歌咏比赛4场,服务5000余人次,选送的教育局团队在市赛获一等奖。"
                "举办“第七届湖南省艺术节岳阳楼区美术书法摄影精品邀请展”一场,服务1000余人次。 "
                "3.圆满完成年度文化惠民工程“送戏下乡”20场,该活动参与")
    # the stored page stops inside this cell
    save_docx(d, path)


def build_baicheng(path):
    d = new_doc()
    para(d, "白城中医院异地新建项目专项债券项目绩效评价报告", bold=True, center=True, size=15)
    para(d, "  现将白城中医院异地新建项目专项债券项目绩效评价报告如下:")
    para(d, "  一、基本情况", bold=True)
    para(d, "  项目总建筑面积39868.70㎡,其中综合楼28880.81㎡;制剂楼2653.39㎡;附属用房5334.50㎡"
            "(包括附属综合用房3788.30㎡、变电所1096.20㎡、制氧楼300㎡、垃圾转运站及污水泵房150㎡);"
            "地下停车场3000㎡;建设配套公用工程及场区工程等;购置医疗设备及配套设备。")
    para(d, "  项目位于白城市生态新区,东临幸福南街、北靠鼎山路、西接德广街,北邻120急救中心。"
            "建设期为3年,2022年1月开始项目筹备,计划2025年12月竣工验收并投入使用。")
    para(d, "  二、绩效评价工作开展情况", bold=True)
    para(d, "  评价坚持公平、公正、公开和规范合理的原则,按决策、过程、产出、效益的逻辑,结合项目实际推进情况,"
            "定量与定性相结合对项目作出评价(自评表附后)。")
    para(d, "  三、绩效评价分析", bold=True)
    para(d, "  项目已列入国家发展和改革委员会重大建设项目库,并完成财政部地债系统专项债券项目入库;"
            "项目收益与融资自求平衡方案、法律意见书、财务评价报告等发行要件已编写申报。"
            "募投项目申报流程符合地方政府专项债券发行的有关规定;项目已取得批复文件,后续程序将依法持续完善,"
            "与国家法律法规、国民经济发展规划和市县区城市发展规划相符。")
    para(d, "  此报告。")
    para(d, "  白城中医院(白城市儿童医院)")
    para(d, "  2025年6月13日")
    para(d, "  初审:文立云")
    para(d, "  复审:向雪")
    save_docx(d, path)


def build_kaiyuan(path):
    d = new_doc()
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for (r, c, txt) in [(0, 0, "索引号"), (0, 1, "kysmzj/2025-00018"), (0, 2, "发布机构"), (0, 3, "开远市民政局"),
                        (1, 0, "文号"), (1, 1, ""), (1, 2, "发布日期"), (1, 3, "2025-06-24"),
                        (2, 0, "时效性"), (2, 2, "")]:
        set_cell(t.cell(r, c), txt)
    m = t.cell(2, 1).merge(t.cell(2, 3))
    set_cell(m, "有效")
    para(d, "开远市殡仪馆2024年绩效自评", bold=True, center=True)
    para(d, "开远市殡仪馆2024年度部门整体和项目", bold=True, center=True, size=15)
    para(d, "支出绩效自评报告", bold=True, center=True, size=15)
    para(d, "为贯彻落实全面实施预算绩效管理,根据《开远市财政局关于印发<开远市全面实施预算绩效管理工作推进方案>的通知》"
            "(开财字〔2020181号)、《开远市财政局关于印发<开远市市级项目支出绩效评价管理暂行办法>的通知》"
            "(开财发〔2022296号)和《开远市财政局关于印发<开远市市级预算绩效管理暂行办法>的通知》(开财发〔2022306号)"
            "要求,我单位对2024年部门整体和项目支出绩效情况进行了自查自评,现报告如下:")
    para(d, "一、部门基本情况", bold=True)
    para(d, "(一)部门概况")
    para(d, "1.职责职能")
    para(d, "开远市殡仪馆负责全市死亡人员遗体的火化、接运、保存、告别、守灵和骨灰寄存等殡仪服务;"
            "提供骨灰盒、卫生棺等丧葬用品及丧户特约个性化服务;配合有关部门宣传移风易俗、破除封建迷信;"
            "保存突发性事件死亡人员遗体;承办上级和市民政局交办的其他任务。")
    para(d, "2.机构设置及人员情况")
    para(d, "开远市殡仪馆为差额拨款事业单位,隶属市民政局,具独立法人资格,馆长为法定代表人,实行馆长负责制。"
            "馆内设火化车间部门、遗体接运部门、办公室、财务室4个部门,事业单位编制数11人,实有在职在编10人,"
            "劳务派遣14人、劳务外包2人。殡仪馆地址位于开远市北郊十公里拖甲黑村旁。")
    para(d, "(二)年度工作目标及重点工作任务")
    para(d, KAIYUAN_GOAL)
    save_docx(d, path)


def build_hengshan(path):
    d = new_doc()
    para(d, "2019年度部门整体支出绩效自评报告", bold=True, center=True, size=15)
    para(d, "衡山县妇幼保健计划生育服务中心(盖章)", center=True)
    para(d, "为规范财政资金管理、强化部门绩效和责任意识、提高财政资金使用效益,根据《关于对2019年度部门整体支出开展绩效自评"
            "有关事项的通知》(山财绩【2020】176号)要求,我中心对2019年部门财政资金开展了绩效评价,现将评价情况及结果报告如下:")
    para(d, "一、中心基本概括", bold=True)
    para(d, "我中心是正科级公益类全额拨款事业单位,截止至2019年12月31日共有职工210人,其中:在职职工184人,"
            "财政供养4人,退休人员22人。编制床位98张。")
    para(d, "(一)主要职责")
    para(d, "履行公共卫生职责,掌握辖区妇女儿童健康信息,为辖区妇女儿童提供妇女保健、孕产保健、儿童保健和计划生育技术等服务,"
            "控制孕产妇及5岁以下儿童死亡率。")
    para(d, "1、受县卫生健康局委托,承担辖区妇幼保健、母婴保健技术和计划生育服务技术人员的培训与技术支持;"
            "检查、考核和评价辖区各级医疗保健机构的妇幼卫生计生服务质量;组织实施全县《出生医学证明》管理、"
            "孕产妇和儿童死亡评审与调查,以及妇女和儿童系统保健管理。")
    para(d, "2、负责对幼儿园、托儿所的卫生保健工作进行评估和监督;负责对入园、入托儿童,托幼机构工作人员卫生保健的监")
    save_docx(d, path)


def build_guangdong(path):
    d = new_doc()
    para(d, "健全现代医院管理制度项目绩效自评报告", bold=True, center=True, size=15)
    para(d, "目 录", bold=True, center=True)
    t = d.add_table(rows=8, cols=2)
    toc = [("一、基本情况", "2"), ("(一)资金情况", "2"), ("(二)绩效目标", "3"), ("二、自评情况", "6"),
           ("(一)自评分数", "7"), ("(二)专项资金使用绩效", "7"), ("(三)专项资金使用绩效存在的问题", "18"),
           ("三、改进意见", "19")]
    for i, (a, b) in enumerate(toc):
        set_cell(t.cell(i, 0), a + " ..............................")
        set_cell(t.cell(i, 1), b)
    d.add_page_break()
    para(d, "一、基本情况", bold=True)
    para(d, "(一)资金情况。")
    para(d, "2019 年,XX 省财政厅先后以《关于安排第三批高水平医院重点建设医院补助资金的通知》(X 财社〔2019〕94 号)、"
            "《XX 省财政厅关于安排省部属高水平医院重点建设医院补助资金的通知》(X 财社〔2019〕215 号)、"
            "《XX 省财政厅关于安排广州呼吸中心项目省级补助资金的通知》(X 财社〔2019〕297 号)、"
            "《关于安排广州呼吸中心项目建设省级补助资金的通知》(X 财社〔2019〕89 号)及"
            "《关于安排 2019 年省级医疗卫生健康事业发展专项资金(第一批)的通知》(X 财社〔2019〕42 号)等文件,"
            "为健全现代医院管理制度项目安排预算资金 509774.50 万元,涉及财政事权政策任务 4 个,具体如下:")
    para(d, "一是高水平医院建设项目,安排项目预算资金 420000.00 万元,资金按项目法分配,主要用于重点建")
    save_docx(d, path)


BUILDERS = {
    "hunan-yueyang-yueyanglouqu-wenhuaguan-zhengti-zipingbaogao": build_yueyang,
    "jilin-baicheng-zhongyiyuan-zhuanxiangzhai-pingjiabaogao": build_baicheng,
    "yunnan-honghe-kaiyuan-binyiguan-zipingbaogao": build_kaiyuan,
    "hunan-hengyang-hengshan-fuyoubaojian-zhengti-zipingbaogao": build_hengshan,
    "guangdong-gaoshuiping-yiyuan-xiandaiguanli-zipingbaogao": build_guangdong,
}


def to_pdf(src):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def norm(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout)
    missing = []
    items = [i["name"] for i in gold["indicators"]] + [i["target_text"] for i in gold["indicators"]]
    items += [g["text"] for g in gold["goals"]] + [f["item"] for f in gold["findings"]]
    for it in items:
        if it and norm(it) not in txt:
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for stem, build in BUILDERS.items():
        src = os.path.join(HERE, stem + ".docx")
        build(src)
        to_pdf(src)
        pdf = os.path.join(HERE, stem + ".pdf")
        for fn in (stem + ".docx", stem + ".pdf"):
            g = {"source": fn}
            g.update(GOLD[stem])
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check_pdf(pdf, GOLD[stem])
        print(stem, "OK" if not miss else "MISSING %r" % miss)
        bad += bool(miss)
    tot = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for g in GOLD.values():
        for k in tot:
            tot[k] += len(g[k])
    print("totals per document set:", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
