# -*- coding: utf-8 -*-
"""blind227: ex-ante assessment (事前绩效评估) and new-project application pages, rebuilt from
stored public pages (search tool, corpus `pages`). Gold first, then the builders.

Run: /tmp/venv/bin/python make_blind227_layouts.py
"""
import datetime
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind227"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# GOLD + CONTENT (written from the stored pages before any file is built)
# Each document: blocks (kind, text) in page order; gold dict.
# ---------------------------------------------------------------------------------------------

DOCS = []

# 1 ---------------------------------------------------------------- 某县 事前绩效评估报告 (province unknown)
A_GOAL = ("该项目实施后，将改善全县妇女、儿童的就医环境，降低全县孕产妇死亡率和婴幼儿死亡率，提高优生、优育水平，"
          "全面提高出生人口素质，力争全县妇幼卫生工作的主要指标在“十三五”期间赶上中等发达地区水平。")
DOCS.append({
    "file": "weizhi-mouxian-fuyoubaojianyuan-shiqianpinggubaogao.docx",
    "blocks": [
        ("title", "(地方债券项目资金)事前绩效评估报告"),
        ("h", "一、项目概况"),
        ("p", "(一)某县妇幼保健院改(扩)建项目主管部门为某县卫生健康局，实施单位为某县妇幼保健院。"
              "该项目按二级妇幼保健院的建设标准建设，已报经某县发展和改革局批复同意实施。"
              "本次申请新增县级项目资金(地方债券项目资金)300万元，资金主要用于项目的电梯采购安装、IOOW配电工程、"
              "呼叫供氧系统工程、室外电缆工程项目支出。"),
        ("p", "(二)某县妇幼保健院改(扩)建项目主体部分已建成，现已转入配套工程实施阶段。"
              "项目将为某的妇幼卫生事业增添活力，推动妇幼卫生工作规范、全面发展。" + A_GOAL +
              "项目也将为某经济社会发展作出积极贡献。"),
        ("h", "二、评估过程"),
        ("p", "某县妇幼保健院改(扩)建项目从项目建设背景和必要性、需求分析与建设规模、"),
    ],
    "gold": {
        "source_urls": ["https://m.yzwku.com/doc/100774.html"],
        "province": None,
        "doc_kind": "事前绩效评估报告",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "总体目标", "text": A_GOAL}],
        "facts": [{"metric": "申请新增县级项目资金(地方债券项目资金)", "kind": "amount", "total": 300,
                   "parts": [], "unit": "万元"}],
        "findings": [
            {"rule": "goal.unquantified", "item": A_GOAL,
             "why": "降低死亡率、提高优生优育水平、赶上中等发达地区水平：没有一个数值或基数"},
            {"rule": "target.vague_wording", "item": A_GOAL,
             "why": "改善/降低/提高/全面提高 without a number or baseline"},
        ],
        "notes": ("Document-sharing site page (优知文库) of a 4-page DOCX; place anonymised as 某县 in the source, so the "
                  "province is unknown. The stored page stops inside 二、评估过程 after '需求分析与建设规模、'; the "
                  "fragment is kept as the last paragraph. Site chrome (uploader, file size) left out. 'IOOW配电工程' kept "
                  "as written (probably 100W/10kV garbled). No indicator rows are visible before the page stops. "
                  "Long sentences reworded, all figures kept."),
    },
})

# 2 ---------------------------------------------------------------- 荆楚理工学院 预算绩效管理办法 (Hubei, prose)
DOCS.append({
    "file": "hubei-jingmen-jingchuligong-jixiaoguanli-banfa.docx",
    "blocks": [
        ("title", "荆楚理工学院预算绩效管理办法(试行)"),
        ("h", "第一章 总 则"),
        ("p", "第一条 为规范学校预算绩效管理，依据《中华人民共和国预算法》、《中共中央国务院关于全面实施预算绩效管理的意见》"
              "(中发〔2018〕34号)和《湖北省财政厅关于印发全面实施预算绩效管理系列制度的通知》(鄂财绩发〔2020〕3号)"
              "等规定，结合学校实际，制定本办法。"),
        ("p", "第二条 学校开展的预算绩效管理活动适用本办法。"),
        ("p", "第三条 本办法所称预算绩效管理，是以预算为对象、把绩效理念和方法贯穿预算编制、执行和监督全过程，"
              "并与预算管理有机融合的管理模式，包括事前绩效评估、绩效目标管理、绩效运行监控、绩效评价管理、"
              "评价结果应用等环节。"),
        ("p", "第四条 学校、校属各单位(部门)是预算绩效管理的主体。"),
        ("h", "第二章 职责分工"),
        ("p", "第五条 财务处牵头学校全面实施预算绩效管理工作，主要职责："),
        ("p", "(一) 负责学校预算绩效管理的组织督促、沟通协调、建章立制工作；"),
        ("p", "(二)审核校属各单位(部门)报送的事前绩效评估结果、绩效目标、绩效运行监控结果、自评结果，开展自评结果应用；"),
        ("p", "(三)配合完成省财政厅等上级部门组织的预算绩效管理活动；"),
        ("p", "(四)应当履行的其他预算绩效管理职责。"),
        ("p", "第六条 校属各单位(部门)作为预算项目实施单位，主要职责："),
        ("p", "(一)负责具体实施预算绩效管理的各环节， 科学设置绩效指标体系；"),
        ("p", "(二)向财务处报送事前绩效评估结果、绩效目标、绩效运行监控结果、自评结果；"),
        ("p", "(三)配合完成省财政厅等上级部门组织的预算绩效管理活动；"),
        ("p", "(四)应当履行的其他预算绩效管理职责。"),
        ("h", "第三章 事前绩效评估"),
        ("p", "第七条 本办法所称事前绩效评估，是指校属各单位(部门)运用科学、合理的方法和程序，对新出台重大政策、项"),
    ],
    "gold": {
        "source_urls": ["https://cwc.jcut.edu.cn/info/1015/1324.htm"],
        "province": "湖北省",
        "doc_kind": "预算绩效管理办法(含事前绩效评估)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("University finance-office page (荆楚理工学院, 荆门). Prose only: rules, duties and the start of the "
                  "事前绩效评估 chapter. The stored page stops in 第七条 after '对新出台重大政策、项'; the cut is kept. "
                  "Articles 1 and 3 reworded; short duty items kept (including the stray space in '(一) 负责' and "
                  "'各环节， 科学'). Nothing here is an indicator, goal or checkable figure."),
    },
})

# 3 ---------------------------------------------------------------- 奉贤区 信息化项目应用绩效评估实施办法 (Shanghai)
C_G1 = "1.总结成功经验，树立并推广信息化项目建设应用典范。"
C_G2 = "2.分析信息化项目建设与应用过程中存在的不足，提出整改举措。"
C_G3 = ("3.促进便民服务事项整合入“一网通办”奉贤频道、各类移动端政务应用100%整合入“随申办”奉贤版块、"
        "城市运行类项目整合入区“城市大脑”平台、政务数据向区信息资源云服务平台集中。")
C_G4 = "4.为下一阶段合理配置资源，强化政府信息化项目立项验证，促进信息化项目全生命周期管理提供参考。"
DOCS.append({
    "file": "shanghai-fengxian-xinxihua-yingyongjixiaopinggu-banfa.docx",
    "blocks": [
        ("title", "上海市奉贤区科学技术委员会关于印发《奉贤区公共资金投资信息化项目应用绩效评估实施办法》的通知"),
        ("p", "各镇人民政府，街道办事处，开发区管委会，区政府各部门："),
        ("p", "为加强信息化项目建成后的应用绩效跟踪、让项目管理覆盖全生命周期，区科委依据《奉贤区公共资金投资信息化项目建设管理办法》"
              "(沪奉府办发〔2020〕8号)起草了《奉贤区公共资金投资信息化项目应用绩效评估实施办法》(征求意见稿)，"
              "经多轮征求区发改委、区财政局等部门意见后形成正式稿，并经区科委班子会议审议通过，现印发给各单位，请遵照执行。"),
        ("p", "附件：《奉贤区公共资金投资信息化项目应用绩效评估实施办法》"),
        ("sig", "奉贤区科学技术委员会"),
        ("sig", "2020年7月3日"),
        ("p", "附件"),
        ("title", "奉贤区公共资金投资信息化项目应用绩效评估实施办法"),
        ("p", "为跟踪信息化项目建成后的应用绩效、形成全生命周期管理闭环，依据《上海市财政支出绩效评估管理暂行办法》、"
              "《上海市发展改革委关于加强本市政府投资项目绩效管理有关工作的通知》和《奉贤区公共资金投资信息化项目建设管理办法》"
              "(沪奉府办【2020】8号)的要求，制定本办法。"),
        ("h", "一、信息化项目应用绩效评估目标"),
        ("p", C_G1),
        ("p", C_G2),
        ("p", C_G3),
        ("p", C_G4),
        ("h", "二、信息"),
    ],
    "gold": {
        "source_urls": ["https://www.shanghai.gov.cn/kjcx-gqwj15/20230525/f94231a227aa4a8c909d17136e3c306d.html"],
        "province": "上海市",
        "doc_kind": "信息化项目应用绩效评估实施办法",
        "patterns": [8, 10],
        "indicators": [
            {"level1": None, "level2": None, "name": "各类移动端政务应用", "operator": None, "value": 100,
             "unit": "%", "target_text": "100%整合入“随申办”奉贤版块", "actual": None, "weight": None,
             "score": None},
        ],
        "goals": [
            {"kind": "评估目标", "text": C_G1},
            {"kind": "评估目标", "text": C_G2},
            {"kind": "评估目标", "text": C_G3},
            {"kind": "评估目标", "text": C_G4},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.process_only", "item": C_G1,
             "why": "总结经验、树立典范 describes the evaluation work, not a result"},
            {"rule": "goal.process_only", "item": C_G2,
             "why": "分析不足、提出整改举措 is an activity of the evaluation, with no result to measure"},
            {"rule": "goal.unquantified", "item": C_G3,
             "why": "only the mobile-app item carries a figure (100%); 便民服务事项、城市运行类项目、政务数据 integration has none"},
            {"rule": "target.vague_wording", "item": C_G4,
             "why": "合理配置/强化/促进…提供参考 with no number or baseline"},
        ],
        "notes": ("Notice with the attached 办法 (district level, 奉贤区, 2020-07-03; page dated 2023-05-25 in the URL). "
                  "Prose; the one figure is in goal 3 (100%), recorded as a running-text indicator with operator null "
                  "(a bare '100%'). The stored page stops at '二、信息' (heading of part 二 cut); kept as the last block. "
                  "Signature lines kept. Both bracket styles of the document number kept (〔2020〕 and 【2020】). "
                  "Long sentences reworded. Angle note: this is an ex-post 应用绩效评估 rule for IT projects, nearest "
                  "fresh page found to the ex-ante angle."),
    },
})

# 4 ---------------------------------------------------------------- 缙云县 专项债券绩效 (Zhejiang, article; 繁体 with pinyin glosses)
D_W = "縉云縣將決策(30%)、管理(45%)的權(quán)重占比提高至75%,弱化產(chǎn)出(15%)與效益(10%)的短期考核"
DOCS.append({
    "file": "zhejiang-lishui-jinyun-zhuanxiangzhai-jixiaokaohe-wenzhang.docx",
    "blocks": [
        ("p", "近年來，地方專項債券規模不斷擴大，已成為穩投資、補短板的重要工具。2024年全國新增專項債券發行量達4萬億元，"
              "投向市政、產業園區、醫療、農林水利等領域。由於部分項目出現資金閑置、收益失衡等情況，專項債券績效考核機制"
              "成為提升資金效能、防範債務風險的關鍵手段：通過評價項目決策、管理、產出與效益，地方可以優化資源配置，"
              "使債券資金在「借、用、管、還」全週期高效運行。"),
        ("h", "績效目標(biāo)設(shè)定與指標(biāo)設(shè)計"),
        ("h2", "精準(zhǔn)錨定政策導(dǎo)向與項目實際"),
        ("p", "績效目標應與國家戰略和地方需求緊密銜接。依據財政部《項目支出核心績效目標和指標設置指引》，設定目標要遵循"
              "「高度關聯、重點突出、量化易評」原則。例如縉云縣2024年專項債券績效評價，把總體目標拆為「加強資金管理、"
              "提高使用效益、防範債務風險」三個層次，再細化到決策、管理、產出、效益四個維度。實踐中目標不能籠統模糊："
              "有的教育項目只寫「改善辦學條件」，沒有量化指標支撐，績效評估因此失準。"),
        ("h2", "動(dòng)態(tài)調(diào)整指標(biāo)權(quán)重與分類管理"),
        ("p", "指標權重要隨項目階段靈活調整。以建設期項目為例，" + D_W + "。不同行業也要分類設計指標："
              "基建類項目側重「竣工驗收合格率」「成本控制率」，產業園區項目則關注「招商引資完成率」「就業拉動"),
    ],
    "gold": {
        "source_urls": ["http://www.1morechance.cn/zixun_detail/478795.html"],
        "province": "浙江省",
        "doc_kind": "专项债券绩效考核文章(含评价权重)",
        "patterns": [4, 10],
        "indicators": [
            {"level1": None, "level2": None, "name": "決策", "operator": None, "value": None, "unit": None,
             "target_text": None, "actual": None, "weight": 30, "score": None},
            {"level1": None, "level2": None, "name": "管理", "operator": None, "value": None, "unit": None,
             "target_text": None, "actual": None, "weight": 45, "score": None},
            {"level1": None, "level2": None, "name": "產(chǎn)出", "operator": None, "value": None, "unit": None,
             "target_text": None, "actual": None, "weight": 15, "score": None},
            {"level1": None, "level2": None, "name": "效益", "operator": None, "value": None, "unit": None,
             "target_text": None, "actual": None, "weight": 10, "score": None},
        ],
        "goals": [],
        "facts": [
            {"metric": "決策與管理權重占比", "kind": "sum", "total": 75, "parts": [30, 45], "unit": "%"},
        ],
        "findings": [],
        "notes": ("News/commentary page in traditional characters; headings carry inline pinyin glosses such as "
                  "目標(biāo), kept as written (that is the odd layout here). Long sentences reworded (kept in 繁體, "
                  "glosses dropped there); the weight clause (決策30% / 管理45% / 產出15% / 效益10%, 75%) kept verbatim "
                  "with its glosses, so the third row's name is '產(chǎn)出' as written. Weights are percentages of the "
                  "縉云縣 2024 special-bond evaluation for projects in construction; 30+45+15+10 = 100. The named "
                  "indicators 竣工驗收合格率、成本控制率、招商引資完成率、就業拉動 carry no figure, so they are no rows; "
                  "「改善辦學條件」 is quoted by the article as a bad example, not a goal of the document. The stored "
                  "page stops at '就業拉動' (mid-sentence). 縉云縣 is in 麗水市. Ex-post evaluation weights, nearest "
                  "fresh page to the angle."),
    },
})

# 5 ---------------------------------------------------------------- 申报/评价 rules digest (garbled 【導讀】 page, province unknown)
E_TEXT = ("【導(dǎo)讀】支出)》或《績效評價報告》。財力、人力和物力等投入數(shù)量不能作為績效目。項依據(jù)、可行性說明及依據(jù)、"
          "項目資金分配和落實計劃等內(nèi)容。一級指標(biāo)“項目績效”,滿分40分?;蚪Y(jié)果”和“經(jīng)濟或社會效益”,各20分。"
          "項目的申報過程中,只需填報三級指標(biāo)。重、職能重點等因素自行設(shè)置,總數(shù)不得少于3個。度、社會認(rèn)可度等社會效益指標(biāo)。"
          "價方法,屬于定量指標(biāo)的,要說明考核計算公式。等特殊情況,無法設(shè)定四個等級的,可根據(jù)實際設(shè)定考核等級。"
          "標(biāo)內(nèi)容及分值不得修改。務(wù)對象滿意度、節(jié)能環(huán)保情況等社會效益指標(biāo)。常監(jiān)督負(fù)責(zé)人協(xié)調(diào)項目單位據(jù)實填報。"
          "項目單位或項目實施主體根據(jù)措施建議進行的整改情況。及財政部門預(yù)算管理處室(業(yè)務(wù)處)審核意見等。務(wù)處)復(fù)核評價。"
          "備案時間最晚不超過下年1月10日。對應(yīng)內(nèi)容填寫一致。管理、完成驗收情況,以及相關(guān)制度建設(shè)和日常監(jiān)督等情況?!"
          "绊椖抗芾怼保?0分)和“項目績效”(40分),總分100分。")
DOCS.append({
    "file": "weizhi-weizhi-xiangmuzhichu-jixiaomubiao-shenbao-daodu.docx",
    "blocks": [
        ("p", E_TEXT),
    ],
    "gold": {
        "source_urls": ["http://m.dybbs8.com/excel/974350.html"],
        "province": None,
        "doc_kind": "项目支出绩效目标申报及评价填报说明(导读摘要)",
        "patterns": [5, 8],
        "indicators": [
            {"level1": None, "level2": None, "name": "項目績效", "operator": None, "value": None, "unit": None,
             "target_text": None, "actual": None, "weight": 40, "score": None},
            {"level1": None, "level2": None, "name": "?;蚪Y(jié)果", "operator": None, "value": None, "unit": None,
             "target_text": None, "actual": None, "weight": 20, "score": None},
            {"level1": None, "level2": None, "name": "經(jīng)濟或社會效益", "operator": None, "value": None,
             "unit": None, "target_text": None, "actual": None, "weight": 20, "score": None},
            {"level1": None, "level2": None, "name": "绊椖抗芾", "operator": None, "value": None, "unit": None,
             "target_text": None, "actual": None, "weight": None, "score": None},
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_name", "item": "?;蚪Y(jié)果",
             "why": "the first 20-point item's name is garbled and cut (mojibake before 結果); only '…或結果' is legible"},
            {"rule": "target.missing_name", "item": "绊椖抗芾",
             "why": "the 'project management' item is mojibake (绊椖抗芾怼) and its points read '?0分', so neither name nor weight can be read"},
        ],
        "notes": ("A '【導讀】' digest of a spreadsheet-type rules page, stored as one run of sentence fragments in "
                  "traditional characters with inline pinyin glosses and mojibake (the stored page itself is garbled). "
                  "Kept verbatim as one paragraph (fragments are short; they are rule fragments, not background prose). "
                  "Rows: 一級指標 項目績效 (滿分40分); two 20-point items (the first garbled, the second 經濟或社會效益); "
                  "the closing sentence names 項目管理 (garbled as 绊椖抗芾, weight '?0分' unreadable) and repeats "
                  "項目績效 (40分) with 總分100分 — the repeat is not listed as a second row. No fact recorded because "
                  "one part of 總分100 is unreadable. Other fragments (不少於3個 indicators, 定量指標要說明計算公式, "
                  "備案最晚下年1月10日) are rules, not indicators. Province unknown (mobile mirror site)."),
    },
})

# ---------------------------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------------------------


def set_cjk(run, size=None, bold=False):
    run.font.name = "Noto Serif CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def build_docx(doc_spec, path):
    d = Document()
    for kind, text in doc_spec["blocks"]:
        p = d.add_paragraph()
        if kind == "title":
            p.alignment = 1
            set_cjk(p.add_run(text), 15, True)
        elif kind == "h":
            set_cjk(p.add_run(text), 12, True)
        elif kind == "h2":
            set_cjk(p.add_run(text), 11, True)
        elif kind == "sig":
            p.alignment = 2
            set_cjk(p.add_run(text), 11)
        else:
            set_cjk(p.add_run(text), 11)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = doc_spec["file"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.save(path)
    normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                                text=True, check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and squash(ind[key]) not in txt:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"][:40]))
    for f in gold["findings"]:
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"][:40]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for spec in DOCS:
        src = os.path.join(HERE, spec["file"])
        build_docx(spec, src)
        pdf = to_pdf(src)
        for fname in (spec["file"], os.path.basename(pdf)):
            gold = dict(spec["gold"])
            gold = {"source": fname, **gold}
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold, fh, ensure_ascii=False, indent=1)
        miss = check_pdf(pdf, spec["gold"])
        totals["docs"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(spec["gold"][k])
        print(spec["file"], "OK" if not miss else "MISSING %r" % miss)
        bad += len(miss)
    print("totals per document set:", totals)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
