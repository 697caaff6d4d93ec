# -*- coding: utf-8 -*-
"""blind163: mid-year performance MONITORING reports (绩效运行监控报告), rebuilt from stored public pages.

Gold first (as Python data), then the DOCX builder, PDF export, annotations and a pdftotext check.
Run with /tmp/venv/bin/python.  Longer sentences are written in my own words; names, numbers,
units, dates and organisations are kept as written on the page.  Each document stops where the
stored page stops.
"""
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind163"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# Documents: a list of blocks (kind, text).  kind: h1/h2/h3/h4/p.  Text as it stands in the DOCX.
# ---------------------------------------------------------------------------------------------

DOC1_BLOCKS = [
    ("h1", "绩效监控报告集合[15篇]"),
    ("p", "报告在日常工作中用得越来越多，用途不同，写法也各有不同。动笔之前不妨先看看范文，下面整理了若干篇绩效监控报告，供阅读和收藏。"),
    ("h2", "绩效监控报告1"),
    ("h3", "一、单位基本概况"),
    ("p", "本院是桂阳县唯一的妇幼保健计划生育服务机构，保健、临床、急救、科研、教学和计划生育技术服务集于一身；"
          "是郴州市首家县属二级甲等妇幼保健院，在湘南地区县级妇幼保健院中占地最广、业务量最大、综合实力最强；"
          "同时是湖南省妇幼保健院技术指导医院、湖南省儿童医院临床指导定点医院，并承担桂阳县孕产妇急救中心、"
          "桂阳县免费婚前医学检查和国家免费孕前优生健康检查中心的职能。医院的主要任务包括妇女儿童健康教育、"
          "预防保健与康复治疗，常见病和多发病的临床诊疗，危重孕产妇急救，计划生育技术服务等妇幼重大公共卫生服务"
          "和临床医疗服务，为妇女儿童提供从出生到老年的全程连续服务与管理。"),
    ("p", "医院占地面积18亩，建筑总面积3.28万平方米，目前实际开放床位167张，拟增加开放床位至300张；院内环境舒适、"
          "医资力量雄厚、设备先进。设置独立编制机构数1个，独立核算机构数1个，编制人数197人，其中全额编制人数34人，"
          "实际在岗345人(其中临时人员167人)。"),
    ("h3", "二、资金使用及管理情况"),
    ("h4", "(一)资金安排落实及总投入情况"),
    ("p", "20xx年度总收入7503.63万元，其中：财政拨款收入1147.09万元(财政拨款基本支出人员经费382.85万元，"
          "项目支出764.24万元)；上级补助收入0万元；事业收入6333.18万元；经营收入0万元；附属单位上缴收入0万元；"
          "其他收入23.36万元。"),
    ("h4", "(二)资金实际使用情况"),
    ("p", "20xx年度支出合计7201.28万元，其中：基本支出6449.74万元；项目支出751.54万元；上缴上级支出0万元；"
          "经营支出0万元；对附属"),
]

DOC2_BLOCKS = [
    ("h1", "绩效目标监控报告"),
    ("p", "个人素质在不断提升，报告的分量也越来越重；一篇报告通常由标题、正文和结尾组成。怎样才能把报告写好？"
          "下面整理了几篇绩效目标监控报告，希望对大家有所帮助。"),
    ("h2", "绩效目标监控报告1"),
    ("h3", "一、部门概况"),
    ("h4", "(一)部门主要职责职能,组织架构、人员及资产等基本情况。"),
    ("h4", "1.部门主要职责"),
    ("p", "德安县工信局贯彻落实党中央、九江市委和德安县委有关工信工作的方针政策与决策部署，履职中坚持并加强对"
          "工信工作的集中统一领导。主要职责是："),
    ("p", "1、拟订全县工业和信息化发展的目标、规划和政策措施并组织实施，对执行情况开展监督检查。"),
    ("p", "2、监测分析全县工业经济运行态势并发布相关信息，开展预测预警和信息引导；协调解决工业运行中的问题，提出政策建议；"),
    ("p", "3、指导企业技术创新和技术改造，推动传统产业转型升级；"),
    ("p", "4、按规定权限对全县工业和信息化固定资产投资项目(主要指技术改造投资项目)进行备案，并承担上级工业和信息化"
          "主管部门备案、核准和审批投资项目的审核与申报工作；"),
    ("p", "5、承担全县工业节能管理和监察工作；拟订并组织实施工业能源节约、资源综合利用、清洁生产促进方面的管理办法和规定；"),
    ("p", "6、负责全县新型墙体材料、散装水泥和预拌混凝土、预拌砂浆的管理工作。"),
    ("p", "7、职能转变。原县中小企业局的职责整体划入县工信局；原县盐业公司(盐务局)承担的盐业行政管理职责划入县工信局。"),
    ("p", "(8)承办县政府交办的其他工作。"),
    ("h4", "2、机构设置情况"),
    ("p", "德安县工业和信息化局是德安县政府行政单位，主要负责全县工业经济运行态势、中小企业发展规划、指导和推动企业"
          "技术升级改造等工作，内设7个职能股(室)，分别为人秘股、综合经济运行股、新兴产业与信息化推进股、投资"),
]

DOC3_GOAL = ("该项目为专项业务项目，主要负责管理我县交通行业安全生产工作，组织检查、监督全县公路交通运输、建设的"
             "安全生产和应急管理工作；指导、协调城镇交通行业管理。保证我县交通运输市场安全畅通，打造一个安全舒适的"
             "交通运输环境。")

DOC3_BLOCKS = [
    ("h1", "项目支出绩效运行监控报告"),
    ("p", "时间:2023-07-21 10:55:10"),
    ("p", "报告和我们的生活联系越来越紧密，一般包括标题、正文和结尾几部分。为免大家为写报告发愁，下面整理了项目支出"
          "绩效运行监控报告范文，仅供参考。"),
    ("h2", "项目支出绩效运行监控报告范文(精选14篇)"),
    ("h2", "项目支出绩效运行监控报告 1"),
    ("h3", "一、项目概况"),
    ("h4", "(一)项目单位基本情况"),
    ("p", "xxxx自治县是主管全县交通运输工作的县政府工作部门，为县财政全额拨款行政单位，下辖县交通管理总站、"
          "县地方公路管理站和县航务管理所三个事业单位。局原有行政编制13人(xx年3月县编委将行政编制调整为11人)，"
          "工勤人员编制2人，实有人数12人。"),
    ("p", "其基本职能是：指导、监督公路及其设施的建设和维护，负责全县地方公路、桥涵等交通基础设施的规划、测设和"
          "建养管理；对汽车维修市场、搬运装卸行业、停车场、汽车驾驶学校和驾驶员培训实施行业管理；组织水运基础"
          "设施的建设和维护，对航道疏浚、港口及港航设施使用需求和线路布局实施行业管理；负责交通行业安全生产管理，"
          "组织检查、监督全县公路水路交通运输和建设的安全生产与应急管理；指导、协调城镇交通行业管理；负责组织和"
          "协调全县交通战备建设，落实各项交通战备工作。"),
    ("h4", "(二)项目的绩效目标"),
    ("p", DOC3_GOAL),
    ("h3", "二、项目资金使用及管理情况"),
    ("h4", "(一)项目资金"),
    ("p", "本年度申请道路运输工作经费8万"),
]

DOC4_BLOCKS = [
    ("h1", "项目绩效监控报告(通用19篇)"),
    ("p", "时间:2023-11-10 作者:书香墨"),
    ("p", "范文类报告能够给出较详细的数据、事实和观点来支撑某个结论或建议，下面这些范文体现了作者对问题的思考和"
          "有针对性的解决办法，希望对大家有所启发。"),
    ("h2", "项目绩效监控报告(通用19篇)篇一"),
    ("p", "1.资金情况：我部门涉及专项资金共5个，其中“(区级)-消化存量资金-用于xxx”资金规模1.19万元、预算项目1个"
          "资金规模1.19万元；“(区级)-消化存量资金用于xxx”资金规模4.86万元，预算项目1个资金规模4.86万元；"
          "资金规模129万元、预算项目3个，xxx项目资金规模43.64万元、xxx项目资金规模5.16万元、xxx项目资金规模80.2万元；"
          "“(上级)基金预算的通知”资金规模157万元，预算项目1个，xxx项目资金规模157；“基金预算的通知”资金规模160万元，"
          "预算项目3个，xxx项目资金规模84.7万元、xxx项目资金规模50万元、xxx项目资金规模25.3万元。"),
    ("p", "2.监控工作开展情况：我部门的绩效监控以部门自行监控和单位重点监控两种方式进行。分管领导对监控工作统一"
          "组织、周密部署，将其列入重要议事日程，制定具体措施、明确分工，指定专人尽快把项目绩效运行跟踪监控的责任"
          "落实到位；同时配合局财务部门(单位)及时反映监控中发现的问题，加强沟通、协调和联系，推动监控工作规范、"
          "有序、顺利开展。"),
    ("p", "针对专项资金管理中可能较为薄弱的xxx资金支出热点项目，我部门选取xxx项目资金开展部门重点监控；对半年绩效"
          "目标和支出进度进行监控后，资金绩效已全部释放。"),
    ("p", "1.监控结果。例如：绩效目标实现程度达到50%的'项目有4个，绩效目标实现程度在30%以下的项目有0个，"
          "工作未开展的项目有0个。"),
    ("p", "2.预计年底能实现绩效目标的项目有5个，涉及资金4"),
]

# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------

DOCS = [
    {
        "stem": "hunan-chenzhou-guiyang-fuyoubaojianyuan-jiankongbaogao",
        "blocks": DOC1_BLOCKS,
        "gold": {
            "source_urls": ["https://www.wenshubang.com/baogao/4859928.html"],
            "province": "湖南省",
            "doc_kind": "绩效监控报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "20xx年度总收入", "kind": "sum", "total": 7503.63,
                 "parts": [1147.09, 0, 6333.18, 0, 0, 23.36], "unit": "万元"},
                {"metric": "财政拨款收入", "kind": "sum", "total": 1147.09,
                 "parts": [382.85, 764.24], "unit": "万元"},
                {"metric": "20xx年度支出合计", "kind": "sum", "total": 7201.28,
                 "parts": [6449.74, 751.54, 0, 0], "unit": "万元"},
            ],
            "findings": [],
            "notes": ("First piece (绩效监控报告1, 桂阳县妇幼保健院, 郴州市, Hunan) of an aggregator page of monitoring "
                      "reports. The stored page stops inside the expenditure list at '对附属' (the 对附属单位补助支出 item "
                      "and everything after it — monitoring of goals and indicators — is not stored), so the document "
                      "holds no indicator rows and no goals. Year written '20xx' on the page. The expenditure fact lists "
                      "only the parts written before the cut; they already add up to the total (6449.74+751.54=7201.28). "
                      "Site intro sentence and long descriptive sentences rewritten in my own words; all figures kept. "
                      "No findings: the missing goals/indicators are an artefact of the cut, not of the document."),
        },
    },
    {
        "stem": "jiangxi-jiujiang-dean-gongxinju-jiankongbaogao",
        "blocks": DOC2_BLOCKS,
        "gold": {
            "source_urls": ["http://qyclass.com/gongwen/baogao/1208754.html"],
            "province": "江西省",
            "doc_kind": "绩效目标监控报告",
            "patterns": [],
            "indicators": [],
            "goals": [],
            "facts": [],
            "findings": [],
            "notes": ("First piece (绩效目标监控报告1, 德安县工业和信息化局, 九江市, Jiangxi) of an aggregator page. The page "
                      "is rendered in traditional characters by the site's converter; I wrote it in simplified characters. "
                      "The stored page stops inside the list of 股室 at '投资' — no goals, indicators or funds are stored. "
                      "Numbering kept as found (1、…7、 then (8)). Duty sentences rewritten in my own words. Prose only."),
        },
    },
    {
        "stem": "weizhi-zizhixian-jiaotongyunshuju-jiankongbaogao",
        "blocks": DOC3_BLOCKS,
        "gold": {
            "source_urls": ["https://helloknj.com/baogao/6596417.html"],
            "province": None,
            "doc_kind": "项目支出绩效运行监控报告",
            "patterns": [10],
            "indicators": [],
            "goals": [{"kind": "绩效目标", "text": DOC3_GOAL}],
            "facts": [],
            "findings": [
                {"rule": "goal.unquantified", "item": DOC3_GOAL,
                 "why": "The 绩效目标 states no number, deadline or measurable level (安全畅通, 安全舒适 are not measured)."},
                {"rule": "goal.process_only", "item": DOC3_GOAL,
                 "why": "The goal restates the bureau's routine duties (管理/组织检查/监督/指导、协调) rather than an output or effect."},
            ],
            "notes": ("First piece of an aggregator page; the unit is anonymised on the page ('xxxx自治县', 'xx年3月'), "
                      "so the province is unknown (null). The sentence 'xxxx自治县是主管全县交通运输工作的县政府工作部门' "
                      "is kept as found (the bureau's name is missing). The stored page stops at '本年度申请道路运输工作经费8万' "
                      "(unit cut). The goal paragraph is kept verbatim as a goal cell-like text. No indicator rows stored."),
        },
    },
    {
        "stem": "weizhi-quji-bumen-xiangmu-jiankongbaogao",
        "blocks": DOC4_BLOCKS,
        "gold": {
            "source_urls": ["https://www.100ky.cn/rdzzsqs/10750459.html"],
            "province": None,
            "doc_kind": "项目绩效监控报告",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "专项资金(预算项目3个)资金规模", "kind": "sum", "total": 129,
                 "parts": [43.64, 5.16, 80.2], "unit": "万元"},
                {"metric": "“基金预算的通知”资金规模", "kind": "sum", "total": 160,
                 "parts": [84.7, 50, 25.3], "unit": "万元"},
            ],
            "findings": [],
            "notes": ("First piece (篇一) of an aggregator page of half-year monitoring reports of a district-level "
                      "department ('(区级)'); names are replaced by 'xxx' on the page, province unknown (null). Monitoring "
                      "results are given in prose as counts of projects (4 at >=50% 实现程度, 0 below 30%, 0 not started; "
                      "5 expected to meet targets) after the template word '例如' — treated as template text (pattern 8), "
                      "not as facts, since the counts do not claim to partition the 9 预算项目. The stray apostrophe in "
                      "\"50%的'项目\" and the unit-less 'xxx项目资金规模157' are kept as found. The stored page stops at "
                      "'涉及资金4'. No indicator rows stored."),
        },
    },
]

# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------

SIZES = {"h1": 16, "h2": 14, "h3": 13, "h4": 12, "p": 11}


def build_docx(blocks, path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Noto Sans CJK SC"
    style.font.size = Pt(11)
    for kind, text in blocks:
        if kind == "p":
            para = doc.add_paragraph()
        else:
            level = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}[kind]
            para = doc.add_heading(level=level)
        run = para.add_run(text)
        run.font.size = Pt(SIZES[kind])
        run.font.name = "Noto Sans CJK SC"
    cp = doc.core_properties
    cp.author = "blind163"
    cp.last_modified_by = "blind163"
    cp.title = blocks[0][1]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    make_deterministic(buf.getvalue(), path)


def make_deterministic(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def norm(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and norm(ind[key]) not in text:
                missing.append(ind[key])
    for g in gold["goals"]:
        if norm(g["text"]) not in text:
            missing.append(g["text"])
    for f in gold["findings"]:
        if norm(f["item"]) not in text:
            missing.append(f["item"])
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for d in DOCS:
        docx_name = d["stem"] + ".docx"
        pdf_name = d["stem"] + ".pdf"
        docx_path = os.path.join(HERE, docx_name)
        build_docx(d["blocks"], docx_path)
        export_pdf(docx_path)
        for name in (docx_name, pdf_name):
            gold = {"source": name}
            gold.update(d["gold"])
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        missing = check_pdf(os.path.join(HERE, pdf_name), d["gold"])
        if missing:
            bad += 1
            print("MISSING in", pdf_name, missing)
        for k in totals:
            totals[k] += len(d["gold"][k])
    print("documents:", len(DOCS), "totals:", totals)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
