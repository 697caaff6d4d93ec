# -*- coding: utf-8 -*-
"""blind166: real-layout documents (construction / equipment projects), gold first, then builders.

Run with /tmp/venv/bin/python.  Writes the XLSX/DOCX sources, their LibreOffice PDFs, annotations/*.json,
and checks that every gold string (indicator names, target texts, goal texts, finding items) is in the PDF text.
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

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ----------------------------------------------------------------------------------------------------------
# GOLD (written from the stored pages before any file is built)
# ----------------------------------------------------------------------------------------------------------
GOLD = {}

GOLD["hubei-guangshui-xiaoshe-shenbaobiao"] = {
    "source_urls": ["https://pdf.chddh.cn/archives/6vrjeklpge30vl45my9w.html"],
    "province": "湖北省",
    "doc_kind": "项目申报表(绩效目标申报前的项目基本信息页)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("广水市马坪镇中心中学项目申报表(2022-12-30 申报, 项目开始年度2023),校舍安全保障长效机制省级资金. "
              "存储页只到'项目基本信息'一页,在'单位'处截断, 绩效目标与指标部分不在页内, 故无指标行、无目标. "
              "PDF 文本的顺序打乱了两列对照表; 按'标签|值|标签|值'重排: '5年'放到'项目期限'(与'项目开始年度 2023'同一行), "
              "'项目性质'的值在页上为空. 签章/审批意见/审核方式勾选框属于模板文字(模式8). 末行'单位'后被截断, 保留为截断行."),
}

GOLD["hainan-qionghai-rijianzhaoliao-zipingbaogao"] = {
    "source_urls": ["https://dy1993.cn/pGIK.html"],
    "province": "海南省",
    "doc_kind": "绩效自评报告",
    "patterns": [6, 10],
    "indicators": [
        {"level1": None, "level2": None, "name": "指标1:龙江镇博文村老年人日间照料中心项目",
         "operator": None, "value": None, "unit": None,
         "target_text": "1栋3层、占地面积500平方米,建筑面积750平方米,设置床位20张,总投资216.42万元。",
         "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "指标2:阳江镇上科村老年人日间照料中心项目",
         "operator": None, "value": None, "unit": None,
         "target_text": "占地面积400平方米,建筑面积750平方米,设置床位20张,总投资203.71万元。",
         "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "指标3:万泉镇加诚村老年人日间照料中心项目",
         "operator": None, "value": None, "unit": None,
         "target_text": "占地面积1600平方米,建筑面积750平方米,设置床位20张,总投资203.09万元。",
         "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "指标4:万泉镇夏坡村老年人日间照料中心项目",
         "operator": None, "value": None, "unit": None,
         "target_text": "占地面积1600平方米,建筑面积750平方米,设置床位20张,总投资203.82万元。",
         "actual": None, "weight": None, "score": None},
        {"level1": "成效指标", "level2": None, "name": "老年人日间照料中心群众满意度",
         "operator": ">=", "value": 90, "unit": "%", "target_text": "达90%以上",
         "actual": 90, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "绩效目标", "text": "老年人日间照料中心资金完成173万元。"},
    ],
    "facts": [
        {"metric": "老年人日间照料中心资金完成", "kind": "rate", "planned": 173, "actual": 61.99,
         "stated_rate": None, "unit": "万元"},
        {"metric": "申报预算资金批复", "kind": "rate", "planned": 173, "actual": 173,
         "stated_rate": 100, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": "老年人日间照料中心资金完成173万元。",
         "why": "唯一的绩效目标只是资金完成额, 不是产出或效果"},
        {"rule": "consistency.deviation_reason_missing", "item": "老年人日间照料中心资金完成",
         "why": "目标173万元, 实际只完成61.99万元(约35.8%), 但'存在的问题和建议'写'无', 评价仍为'良', 未说明偏差原因"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "量化指标只有建设规模(指标1-4)和满意度; 效益只在正文里用定性句子带过, 没有效益指标"},
    ],
    "notes": ("页面未写省份; 龙江镇、阳江镇、万泉镇(博文村、上科村、加诚村、夏坡村)均属海南省琼海市, 省份据此推定. "
              "文件自称'指标1-4'的四行其实是四个子项目的建设规模(每行含占地、建筑面积、床位、投资多个数值, 模式6: 一行多值); "
              "按文件写法记为指标行, name 取到项目名, 其余作为 target_text, value 记 null. '成效指标'一行为真正的三级指标. "
              "较长句子(效益情况)改写; 数字、地名、日期照录. 页面至'项目单位(盖章) 2020年7月16日'结束, 完整."),
}

GOLD["zhejiang-lanxi-youeryuan-pingjiabaogao"] = {
    "source_urls": ["http://www.lanxi.gov.cn/art/2023/6/27/art_1229288169_4098765.html"],
    "province": "浙江省",
    "doc_kind": "专项债券项目资金绩效部门评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标",
         "text": "加快城镇教育基础设施建设,提升当地学前教育水平,改善幼儿园办学条件,满足辖区人口对学前教育不断增长的需求,从根本上解决女埠街道学前教育办学条件不足、教学设施不完善的问题。"},
        {"kind": "阶段性目标",
         "text": "2021年:完成项目建设进度40%,完成进场施工、桩基、消防水池建设,完成项目施工及室外景观40%以上。"},
        {"kind": "阶段性目标",
         "text": "2022年:下半年完成项目主体建设并通过验收,项目竣工。"},
    ],
    "facts": [
        {"metric": "政府专项债券拨付", "kind": "rate", "planned": 1000, "actual": 1000,
         "stated_rate": None, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified",
         "item": "加快城镇教育基础设施建设,提升当地学前教育水平,改善幼儿园办学条件,满足辖区人口对学前教育不断增长的需求,从根本上解决女埠街道学前教育办学条件不足、教学设施不完善的问题。",
         "why": "总体目标全是加快/提升/改善等动词, 没有数值或基线(正文中的12个班、360名学生未进入目标)"},
        {"rule": "goal.process_only",
         "item": "2021年:完成项目建设进度40%,完成进场施工、桩基、消防水池建设,完成项目施工及室外景观40%以上。",
         "why": "阶段性目标只写施工进度, 没有产出或效果"},
    ],
    "notes": ("兰溪市教育局 2023-06-27 发布. 页面在'(二)项目绩效目标 2.阶段性目标'的2022年一段之后、"
              "'2022年6月28日项…'处截断; 其后的评价指标与结论不在页内, 故无指标行. 总体目标原文较长, 已改写(保留全部实体); "
              "2022年阶段目标只保留第一句(目标本身), 其余效果句改写后放正文. 概况中的数字(6583.3平方米、7420.66平方米、12个班级、"
              "360名学生、14名教职工、1000万元)照录."),
}

GOLD["anhui-guangde-yiyuan-zipingbaogao"] = {
    "source_urls": ["http://www.guangde.gov.cn/OpennessContent/show/2600327.html"],
    "province": "安徽省",
    "doc_kind": "中央预算内投资项目绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "非标专项债支付进度", "kind": "rate", "planned": 1.1, "actual": None,
         "stated_rate": 100, "unit": "亿"},
    ],
    "findings": [
        {"rule": "goal.process_only", "item": "项目工程绩效目标实现情况",
         "why": "标题为'绩效目标实现情况', 但下文只罗列施工工序(电梯主机、外墙打胶、窗框安装等), 没有产出量或效益"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "自评报告没有任何效益或满意度内容, 也没有指标"},
    ],
    "notes": ("广德市卫健委 2022-12-15 发布的 2021 年度中央预算内投资项目自评报告(住院部大楼二期). "
              "页面在'二、抓好项目督查…协调解决发现'处截断. 施工进度句子已改写(保留全部工序与部位), "
              "'非标专项债1.1亿,支付进度100%'照录; 金额单位写作'亿'(未写'元'), 照录为 unit '亿'. 全文为散文, 无指标行、无明示目标."),
}

ORDER = ["hubei-guangshui-xiaoshe-shenbaobiao", "hainan-qionghai-rijianzhaoliao-zipingbaogao",
         "zhejiang-lanxi-youeryuan-pingjiabaogao", "anhui-guangde-yiyuan-zipingbaogao"]
EXT = {"hubei-guangshui-xiaoshe-shenbaobiao": "xlsx"}


# ----------------------------------------------------------------------------------------------------------
# builders
# ----------------------------------------------------------------------------------------------------------
def build_hubei(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "项目申报表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCD", (16, 44, 16, 36)):
        ws.column_dimensions[col].width = w

    r = 1
    ws.cell(r, 1, "广水市马坪镇中心中学项目申报表").font = Font(bold=True, size=16)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    head = [
        ("项目名称:城乡义务教育补助经费-义务教育学校(马坪镇)校舍安全保障长效机制省级资金", None),
        ("项目编码:", None),
        ("项目单位(盖章):广水市马坪镇中心中学", None),
        ("主管部门:广水市教育局", None),
        ("审核方式:☑部门集中审核 □专家评审 □第三方机构评审", None),
        ("申报日期: 2022 年 12 月 30 日", None),
        ("部门(单位)分管领导签章:", "年 月 日"),
        ("财政预算绩效管理股审批意见:", "财政归口业务股室审批意见:"),
    ]
    for left, right in head:
        r += 1
        ws.cell(r, 1, left).alignment = wrap
        if right is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        else:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, right).alignment = wrap
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    r += 1
    ws.cell(r, 1, "项目基本信息").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    for c in range(1, 5):
        ws.cell(r, c).border = box
    rows = [
        ("二级项目名称", "城乡义务教育补助经费-义务教育学校(马坪镇)校舍安全保障长效机制省级资金", "二级项目代码", ""),
        ("一级项目名称", "城乡义务教育补助经费-义务教育学校校舍安全保障长效机制资金", "支出项目类别", "31-本级支出项目"),
        ("项目性质", "", "项目安排频度", "01-常年性项目"),
        ("项目属性", "01-持续性项目", "主管处室", "06-科教和文化股"),
        ("主管部门", "155-广水市教育局", "单位", "155009001广水市马坪镇中心中学本级"),
        ("编报模板", "自定义模板", "分配方式", "项目法"),
        ("职能职责", "155001-广水市教育局职能职责", "是否基建项目", "否"),
        ("是否追踪", "否", "去向单位", "广水市马坪镇中心中学"),
        ("负责人姓名", "张元", "负责人电话", "13886893533"),
        ("项目开始年度", "2023", "项目期限", "5年"),
        ("项目来源", "", "是否科研项目", "否"),
        ("一级项目编码", "", "是否使用上级转移支付资金:", "否"),
        ("上级转移支付项目", "", "邮编", "432731"),
        ("单位", "", "", ""),  # the stored page stops here
    ]
    for row in rows:
        r += 1
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = box
            cell.alignment = wrap
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind166"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "blind166"
    wb.save(path)


def _docx_base():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    cp = d.core_properties
    cp.author = "blind166"
    cp.last_modified_by = "blind166"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def _title(d, text, size=16):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return p


def build_hainan(path):
    d = _docx_base()
    _title(d, "老年人日间照料中心项目")
    _title(d, "绩效自评报告")
    P = d.add_paragraph
    P("一、项目概况")
    P("(一)项目基本情况。")
    P("指标1:龙江镇博文村老年人日间照料中心项目,1栋3层、占地面积500平方米,建筑面积750平方米,设置床位20张,总投资216.42万元。")
    P("指标2:阳江镇上科村老年人日间照料中心项目,占地面积400平方米,建筑面积750平方米,设置床位20张,总投资203.71万元。")
    P("指标3:万泉镇加诚村老年人日间照料中心项目,占地面积1600平方米,建筑面积750平方米,设置床位20张,总投资203.09万元。")
    P("指标4:万泉镇夏坡村老年人日间照料中心项目,占地面积1600平方米,建筑面积750平方米,设置床位20张,总投资203.82万元。")
    P("(二)项目绩效目标。")
    P("绩效目标:老年人日间照料中心资金完成173万元。")
    P("(三)项目自评价步骤。")
    P("成效指标:老年人日间照料中心群众满意度达90%以上。")
    P("二、项目资金管理及组织实施情况")
    P("(一)资金申报及批复、到位及使用情况。")
    P("1.项目资金申报及批复情况。")
    P("申报预算资金173万元,已完成批复、完成率100%。")
    P("三、项目绩效情况")
    P("(一)项目完成情况。")
    P("1.老年人日间照料中心资金完成61.99万元。群众满意度达90%以上。")
    P("(二)项目效益情况")
    P("1.减轻了家庭照护老人的负担,村里老人的日常照料有了着落。")
    P("2.满意度达到90% 。")
    P("3.控制在总概算范围内。")
    P("4.按设计规范要求,确保项目2020年9月底完成")
    P("四、评价结论")
    P("项目实施效果,评价得分及绩效等级为(良)。")
    P("五、存在的问题和建议")
    P("无")
    P("六、其他需说明的事项")
    P("无")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = P("项目单位(盖章)")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = P("2020年7月16日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


def build_lanxi(path):
    d = _docx_base()
    _title(d, "兰溪市女埠街道中心幼儿园新建工程专项债券项目资金绩效部门评价报告", 14)
    P = d.add_paragraph
    P("发布机构:市教育局    发布时间: 2023-06-27 10:18")
    P("一、基本情况")
    P("(一)项目概况")
    P("项目以兰溪市女埠中心幼儿园为建设主体,规划用地面积为6583.3 平方米,总建筑面积为7420.66平方米,设12个班级,"
      "可容纳360名学生,配14名教职工。建设内容有教学用房、公共教学用房、办公用房、生活服务用房,以及室外活动场地等配套设施。"
      "项目2021年6月开工,于2022年7月完成竣工验收。")
    P("本期政府专项债券1000万元于2023年3月由市财政拨入,同月即拨付浙江竣达建设有限公司1000万元。资金按合同约定的支付条件使用,"
      "专款专用,以保证资金使用率。")
    P("(二)项目绩效目标")
    P("1.总体目标")
    P(GOLD["zhejiang-lanxi-youeryuan-pingjiabaogao"]["goals"][0]["text"])
    P("2.阶段性目标")
    P(GOLD["zhejiang-lanxi-youeryuan-pingjiabaogao"]["goals"][1]["text"])
    P(GOLD["zhejiang-lanxi-youeryuan-pingjiabaogao"]["goals"][2]["text"]
      + "借此提升当地学前教育水平,改善幼儿园办学条件。2022年6月28日项")
    d.save(path)


def build_guangde(path):
    d = _docx_base()
    P = d.add_paragraph
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    cells = [
        ("索引号:", "11341723MB0uO83680/202212-00018", "组配分类:", "部门项目"),
        ("发布机构:", "市卫健委(市中医药局)", "主题分类:", "综合政务"),
        ("名称:", "广德市人民医院住院部大楼(二期)建设项目建设2021年度绩效自评报告", "文号:", ""),
        ("生成日期:", "2022-12-15", "发布日期:", "2022-12-15"),
    ]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    P("")
    _title(d, "广德市人民医院住院部大楼(二期)建设项目建设2021年度绩效自评报告", 14)
    P("发布时间:2022-12-15 11:01 来源:市卫健委(市中医药局)")
    P("现将广德市人民医院住院部大楼(二期)建设项目2021年度中央预算内投资项目自评报告如下。")
    P("安徽省广德市人民医院住院部大楼(二期)项目工程绩效目标实现情况。")
    P("屋面电梯机房的主机正在安装。外墙保温装饰成品板:西侧山墙和南立面在打胶,东侧山墙和北立面在装一体板。"
      "外墙1至2层已开始干挂石材。四层样板间在施工。地下室出入口在装临时雨棚;东侧窗框已装完,南侧窗户玻璃除上悬窗(外开窗)外已基本装完。")
    P("投资计划执行情况。1.项目进展情况:装饰招标已完成,装饰单位已进场。2、投资完成情况:非标专项债1.1亿,支付进度100%。")
    P("进一步加强投资管理有关举措。一、加快项目建设。倒排工期、挂图作战,加快建设进度,争取项目早日建成、早见效益。"
      "二、抓好项目督查。按事中事后监管的要求,每月会同有关部门到现场督查,协调解决发现")
    d.save(path)


BUILDERS = {
    "hubei-guangshui-xiaoshe-shenbaobiao": build_hubei,
    "hainan-qionghai-rijianzhaoliao-zipingbaogao": build_hainan,
    "zhejiang-lanxi-youeryuan-pingjiabaogao": build_lanxi,
    "anhui-guangde-yiyuan-zipingbaogao": build_guangde,
}


# ----------------------------------------------------------------------------------------------------------
# determinism, export, annotations, checks
# ----------------------------------------------------------------------------------------------------------
def normalise_zip(path):
    """Rewrite an OOXML zip with sorted members and fixed timestamps (byte-deterministic)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    names = [n for n, _ in items]
    order = (["[Content_Types].xml"] if "[Content_Types].xml" in names else []) + \
        sorted(n for n in names if n != "[Content_Types].xml")
    data = dict(items)
    if "docProps/core.xml" in data:  # openpyxl stamps the save time; pin it
        core = data["docProps/core.xml"].decode("utf-8")
        core = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>2024-01-01T00:00:00Z\g<2>", core)
        data["docProps/core.xml"] = core.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data[n])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_blind166", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s)


def check(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    want = []
    for ind in gold["indicators"]:
        want += [ind["name"], ind["target_text"]]
    want += [g["text"] for g in gold["goals"]]
    # the item of coverage.missing_dimension names what is absent, so it cannot be in the text
    want += [f["item"] for f in gold["findings"] if f["rule"] != "coverage.missing_dimension"]
    missing = [w for w in want if w and squash(w) not in text]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for key in ORDER:
        ext = EXT.get(key, "docx")
        src = os.path.join(HERE, key + "." + ext)
        BUILDERS[key](src)
        normalise_zip(src)
        pdf = to_pdf(src)
        for f in (src, pdf):
            g = {"source": os.path.basename(f)}
            g.update(GOLD[key])
            with open(os.path.join(ANN, os.path.basename(f) + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
        missing = check(pdf, GOLD[key])
        print(key, "OK" if not missing else "MISSING %r" % missing)
        bad += bool(missing)
    tot = {k: sum(len(GOLD[d][k]) for d in ORDER) for k in ("indicators", "goals", "findings", "facts")}
    print("totals per document set:", tot)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
