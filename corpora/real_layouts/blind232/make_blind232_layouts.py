"""Build the blind232 layouts: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Run: /tmp/wvenv/bin/python make_blind232_layouts.py
"""

import datetime
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind232"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

URL_A = "https://m.taowenge.com/p-73715877.html"
URL_B = "http://cornels-photography.com/paper/134392442.html"
URL_C = "http://www.situma.cn/document/26ca367ac7f6344fa713e595ca3e65db.html"
URL_D = "http://cornels-photography.com/paper/356714632.html"
URL_E = "https://m.wnwk.com/doc/1288439.html"


def ind(name, target_text, level1=None, level2=None, operator=None, value=None,
        unit=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------
# GOLD (written before anything is built or read back)
# ---------------------------------------------------------------------------

# A: 系统运维服务日常考核 (DOCX: numbered rules + 日常考核评分表)
A_INTRO = [
    ("1、日常考核看的是投标人在例行维护、响应快慢、故障修复以及服务态度几方面的表现，"
    "可以按月组织，也可以按季度组织（下文都按月度周期来写，按季度考核时照此办理）。"),
    ("2、日常考核实行打分制（评分表附后），满分为 100 分：90 分以上（含 90 分）算合格，"
    "80-90 分（含 80 分）算一般，80 分以下算不合格；从 100 分往下扣，扣完即止。"),
    ("3、到年终，把全年日常考核的平均分（各次考核得分相加再除以考核次数）计入年终考核，"
    "作为核算当年实际应支付租赁费用的依据之一。"),
]
A_ROWS = [
    ["1", "服务咨询及故障受理", "服务台热线电话的接通率90%", "每降低 1 个百分点扣0.5 分"],
    ["2", "图像在线时长", "单路图像月故障时长高于8 小时", "每一路,扣1 分"],
    ["3", "故障受理响应时间", "维护人员未能按规定时限到达现场", "每次扣1 分"],
    ["4", "巡检保养", "按要求巡检所有前端点位、公安机房及托管机房", "无按要求完成巡检,每次扣 5 分"],
    ["5", "用户满意度调查", "每 季 度 走 访 1次,电话故障回访按照故障总量的 3%进行",
     "无定期上门走访 1 次扣 1 分,故障回访每低1 个百分点扣 0.5 分"],
    ["6", "特殊保障", "按要求提供特殊保障", "1 次保障无法提供扣 3分;如无保障需求,则不予扣分"],
    ["7", "运维服务报告", "按要求提交各种运维服务报告",
     "1、不按要求提交报告1 次扣 1 分;2、运维服务报告造假,每次扣 3 分;"],
    ["8", "点位迁移", "在提出变更需求后,在约定时间内启动相关的变更处理流程,完成迁移", ""],
]
GOLD_A = {
    "source": "blind232_yunwei_richang_kaohe.docx",
    "source_urls": [URL_A],
    "province": None,
    "doc_kind": "系统运维服务日常考核办法及日常考核评分表（招标文件节选，扣分制）",
    "patterns": [5, 6, 8],
    "indicators": [
        ind("服务咨询及故障受理", "服务台热线电话的接通率90%", operator=">=", value=90, unit="%"),
        ind("图像在线时长", "单路图像月故障时长高于8 小时", operator="<=", value=8, unit="小时"),
        ind("故障受理响应时间", "维护人员未能按规定时限到达现场"),
        ind("巡检保养", "按要求巡检所有前端点位、公安机房及托管机房"),
        ind("用户满意度调查", "每 季 度 走 访 1次", operator=">=", value=1, unit="次"),
        ind("电话故障回访", "电话故障回访按照故障总量的 3%进行", operator=">=", value=3, unit="%"),
        ind("特殊保障", "按要求提供特殊保障"),
        ind("运维服务报告", "按要求提交各种运维服务报告"),
        ind("点位迁移", "在提出变更需求后,在约定时间内启动相关的变更处理流程,完成迁移"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        finding("target.time_no_deadline", "故障受理响应时间",
                "只写“规定时限”，到场时限是几小时没有写出，无法据表判定是否扣分"),
        finding("target.time_no_deadline", "点位迁移",
                "只写“约定时间内”启动变更流程，没有天数或日期"),
        finding("target.missing_value", "巡检保养",
                "“按要求巡检”没有巡检频次或覆盖率数值"),
        finding("target.missing_value", "运维服务报告",
                "“各种运维服务报告”没有写明种类、份数和提交周期"),
        finding("target.input_or_process", "用户满意度调查",
                "名为满意度调查，考的却是走访次数和回访比例（过程），没有满意度结果值"),
    ],
    "notes": (
        "淘文阁页面存的是 PDF 转出的文字，表格被拍平；“1、2、”等是站点分段编号，"
        "“服务咨询\\n2、及故障受理”按一个考核事项还原为“服务咨询及故障受理”。"
        "评分表无分值列，满分100分逐项扣减，故 weight/score 为空。第5行一格内有两个目标"
        "（每季度走访1次、回访故障总量的3%），拆成两行；接通率90%与每降1个百分点扣分连读为≥90%，"
        "“故障时长高于8小时”扣分读为≤8小时。奇怪的空格（每 季 度 走 访）照原样保留。"
        "存储页在第8行“完成迁移”处截止，第8行评分标准及其后内容未见，未标注。"
        "页面未显示省份和年份，province 记为 null。开头三条说明用自己的话改写，数字保留。"
    ),
}

# B: 連云港城市園林綠地建設任務考核內容和評分標準表 (XLSX)
B_TITLE = "連云港城市園林綠地建設任務考核內容和評分標準表"
B_HEADER = ["序號", "項目", "考核內容", "標準分", "現場考核評分", "備注"]
B_L1 = "組織 機構 (10 分)"
B_L2 = "園林綠地建 設目標完成 情況(40 分)"
B_L3 = "園林工程管 理及工程檔 案資料 (16 分)"
B_L4 = "工程施 工質量 及養護 管理水"
B_II_TEXT = ("按完成情況分檔評分:1. 市政府歷年下達的綠化建設任務未全部完成的,依已完成項目所占百分比給分;"
             "2. 跨年度工程按工程進度評分;3經市政府同意調整的園林綠化工程項目,按市政府調整意見評分或不參與考核")
B_II_NOTE = "計算公式: 完成任務的 百分比X總 分值=所得分"
B_ITEMS_I = [
    ("1 單位領導高度重視園林建設任務,單位主管領導親自抓", "單位領導高度重視園林建設任務,單位主管領導親自抓", "4分", 4, ""),
    ("2 園林綠化建設資金落實到位,并取得顯著效果", "園林綠化建設資金落實到位,并取得顯著效果", "3分", 3, ""),
    ("3成立專門的綠化領導小組,明確職責,建立健全綠化管理網絡體系,綠 化任務分解層層落實",
     "成立專門的綠化領導小組,明確職責,建立健全綠化管理網絡體系,綠 化任務分解層層落實", "3分", 3, ""),
]
B_ITEMS_III = [
    ("1. 10萬兀以上園林綠化工程設計由有綠化資質的設計單位承擔",
     "10萬兀以上園林綠化工程設計由有綠化資質的設計單位承擔", "2分", 2, ""),
    ("2.園林設計資料齊全(包括規劃設計總平面圖、種植施工圖、局部大樣圖)",
     "園林設計資料齊全(包括規劃設計總平面圖、種植施工圖、局部大樣圖)", "2分", 2, ""),
    ("3園林綠化工程設計方案、施工圖設計經過有關專業部門審查",
     "園林綠化工程設計方案、施工圖設計經過有關專業部門審查", "2分", 2, ""),
    ("4園林綠化建設工程按照有關規定實行招投標選擇施工單位",
     "園林綠化建設工程按照有關規定實行招投標選擇施工單位", "2分", 2, "未招標不得分"),
    ("5園林綠化施工合同、預決算書、驗收單、竣工圖紙等檔案資料齊全",
     "園林綠化施工合同、預決算書、驗收單、竣工圖紙等檔案資料齊全", "4分", 4, "缺一項扣1分"),
    ("6園林綠化建設工程項目有綠化監理單位,監理資料齊全",
     "園林綠化建設工程項目有綠化監理單位,監理資料齊全", "2分", 2, "無監理不得分、資 料不齊全扣1分"),
    ("7.園林工程竣工資料報城市建設主管部門備案",
     "園林工程竣工資料報城市建設主管部門備案", "2分", 2, "無備案不得分"),
]
GOLD_B = {
    "source": "blind232_lianyungang_yuanlin_kaohe.xlsx",
    "source_urls": [URL_B],
    "province": "江苏省",
    "doc_kind": "城市園林綠地建設任務考核內容和評分標準表（標準分/現場考核評分）",
    "patterns": [1, 2, 5],
    "indicators": (
        [ind(n, n, level1=B_L1, weight=w) for _, n, _, w, _ in B_ITEMS_I]
        + [ind("園林綠地建設目標完成情況", B_II_TEXT, level1=B_L2, weight=40)]
        + [ind(n, n, level1=B_L3, weight=w) for _, n, _, w, _ in B_ITEMS_III]
    ),
    "goals": [],
    "facts": [
        {"metric": "組織機構", "kind": "sum", "total": 10, "parts": [4, 3, 3], "unit": "分"},
        {"metric": "園林工程管理及工程檔案資料", "kind": "sum", "total": 16,
         "parts": [2, 2, 2, 2, 4, 2, 2], "unit": "分"},
    ],
    "findings": [
        finding("target.qualitative_no_scale", "單位領導高度重視園林建設任務,單位主管領導親自抓",
                "“高度重視”“親自抓”沒有可核查的等級或標準，4分如何給無依據"),
        finding("target.input_or_process", "園林綠化建設資金落實到位,并取得顯著效果",
                "考的是資金投入是否到位，“顯著效果”又無量化口徑"),
        finding("target.input_or_process", "成立專門的綠化領導小組,明確職責,建立健全綠化管理網絡體系,綠 化任務分解層層落實",
                "成立機構、建立網絡屬於組織投入和管理過程，不是綠地建設結果"),
    ],
    "notes": (
        "頁面為站點轉成繁體的文字（連云港的“云”未轉），按存儲文字保留繁體及錯字“10萬兀以上”、"
        "分類欄中的怪空格（“組織 機構”“園林綠地建 設目標完成 情況”）。"
        "“-一-”“二二”等是拍平後的序號殘留，還原為一、二、三、四。第二項的長說明按自己的話改寫，"
        "數字與三種情形保留，其“計算公式”放在備注欄。第三節7項之後原表在新頁重複表頭"
        "（序號 項目 考核內容 標準分 現場考核評分 備注），照做：第14行前插入分頁符並重複表頭。"
        "存儲頁止於第四項“工程施 工質量 及養護 管理水”，其內容和分值未見；已見分值合計66分，"
        "總分是否為100分無法判斷，不標 score_total。現場考核評分欄全空（空表）。年份未顯示。"
    ),
}

# C: 資陽市中心醫院 信息化建設項目類需求--考核細則 (XLSX)
C_PAGE_TITLE = "資陽市中心醫院病理信息系統采購項目(四次)招標公告信息化建設項目類需求--考核細則"
C_HEADER = ["序號", "考核指標", "", "內容", "評分標準", "分值", "得分", "備注"]
C_G1 = "項目進度管理(20分)"
C_G2 = "中標方項目管理團隊服務態度(10分)"
C_G3 = "中標方項目管理團隊響應時間(50分)"
C_SERVICE = [
    ("服務熱情(2分)", "服務熱情", "精神飽滿,服務狀態積極,服務熱情親切。"),
    ("服務耐心(2分)", "服務耐心", "服務狀態平穩,不急不躁,心態平和,不打斷用戶。"),
    ("微笑服務(2分)", "微笑服務", "微笑服務,言語得體,有禮貌。"),
    ("是否推諉(2分)", "是否推諉", "正確理解用戶詢問內容,不得隨意推脫。"),
    ("無故拒接(2分)", "無故拒接", "服務人員無故拒接電話。"),
]
C_ROW1_SUB = "中標方項目管理團隊項目進度"
C_ROW1_RULE = "項目計劃中關鍵任務每延期一次扣4分。"
C_ROW7_SUB = "一級故障——系統大面積故障,如服務器故障。(20分)"
C_ROW7_RULE = "一級故障未在10分鐘內響應的,一次扣5分。若超出2小時還未解決,且未"
GOLD_C = {
    "source": "blind232_ziyang_yiyuan_kaohe_xize.xlsx",
    "source_urls": [URL_C],
    "province": "四川省",
    "doc_kind": "醫院信息系統采購項目 履約考核細則（分值/得分，扣分制）",
    "patterns": [1, 5, 8],
    "indicators": (
        [ind(C_ROW1_SUB, C_ROW1_RULE, level1=C_G1, weight=20)]
        + [ind(n, t, level1=C_G2, weight=2) for _, n, t in C_SERVICE]
        + [ind("一級故障", C_ROW7_RULE, level1=C_G3, operator="<=", value=10, unit="分鐘",
               weight=20)]
    ),
    "goals": [],
    "facts": [
        {"metric": "中標方項目管理團隊服務態度", "kind": "sum", "total": 10,
         "parts": [2, 2, 2, 2, 2], "unit": "分"},
    ],
    "findings": [
        finding("target.qualitative_no_scale", "服務熱情",
                "“精神飽滿、熱情親切”是主觀描述，沒有判定口徑，只能靠考核人印象扣分"),
        finding("target.qualitative_no_scale", "服務耐心",
                "“不急不躁、心態平和”無法計量，沒有分級標準"),
        finding("target.qualitative_no_scale", "微笑服務",
                "“言語得體、有禮貌”沒有可核查的標準或投訴口徑"),
        finding("target.time_no_deadline", "中標方項目管理團隊項目進度",
                "只說關鍵任務延期扣分，表內沒有關鍵任務及其完成日期"),
    ],
    "notes": (
        "采招網頁面存的是附件 docx 的拍平文字（站點轉為繁體），欄目為 序號/考核指標/內容/評分標準/分值/得分/備注。"
        "拍平後每行有三到四段文字，版式按最合理的讀法還原：考核指標分兩欄（大類含分值合併向下 + 子項），"
        "子項的分值寫在括號裡，分值欄在存儲文字中沒有出現數字，保留為空。第1行沒有單獨的內容文字，內容欄留空。"
        "“未提供每出現1次,扣1分”原樣保留（用語不通）。服務態度5項各2分合計10分，與“(10分)”一致。"
        "存儲頁止於第7行“若超出2小時還未解決,且未”，一級故障的2小時解決要求因句子被截斷未單列指標；"
        "響應時間(50分)其餘30分及其後各項未見，已見分值合計80分，不標 score_total。日期見頁面為2025-11-26。"
    ),
}

# D: 信息化項目運維服務考核辦法 (DOCX, running text)
D_GOAL = "本辦法的目的，是進一步提升XX局信息化項目的運維服務水平，推動運維服務實現長效管理。"
D_PARAS = [
    ("title", "信息化項目運維服務考核辦法"),
    ("p", D_GOAL),
    ("h", "一、考核原則"),
    ("p", "考核堅持客觀公正、科學規範、注重實效，定性評價與定量評價相結合。"),
    ("h", "二、考核對象"),
    ("p", "局信息化項目的運維服務單位。"),
    ("h", "三、考核機構"),
    ("p", ("考核小組由分管信息化工作的局領導任組長，局信息部門和業務科室負責人任成員；"
          "日常考核由信息部門具體承擔，遇重大問題提交考核小組討論決定。")),
    ("h", "四、考核方法"),
    ("p", ("考核實行扣分制。信息部門依據被考核單位的工作情況和事件實時記錄，每季度向被考核單位通報一次扣分情況。"
          "被考核單位對結果有不同意見的，可在收到通知後五個工作日內書面申訴，由考核小組仲裁並形成記錄。")),
    ("p", "被考核單位年度考核總扣分不超過10分(含10分)的，評為優秀，不扣減費用。"),
    ("p", ("年度考核總扣分超過10分的，每多扣1分，扣減合同金額的2%。,年度扣分超過20分，"
          "即認定運維單位不具備相應運維服務能力，局有權終止合同。")),
    ("h", "五、考核內容"),
    ("pn", "-1-"),
    ("h", "1、任務工單"),
    ("p", "工單指由最終用戶發起、經信息部門審核確認後交給運維單位執行的工作聯系單。"),
    ("p", ("信息部門每季度定期對工單完成情況考核評分。未按工單規定時間完成的，按延誤時間扣分："
          "每個工單每延誤一個工作日扣0.5分，超過3個工作日以上(含3個工作日)每個工作日扣1分，最多扣5分。")),
    ("p", "對於非運維單位原因造成工單延誤，"),
]
GOLD_D = {
    "source": "blind232_xinxihua_yunwei_kaohe_banfa.docx",
    "source_urls": [URL_D],
    "province": None,
    "doc_kind": "信息化項目運維服務考核辦法（條文，扣分制，與合同金額扣減掛鈎）",
    "patterns": [8],
    "indicators": [
        ind("年度考核總扣分", "年度考核總扣分不超過10分(含10分)", level1="四、考核方法",
            operator="<=", value=10, unit="分"),
        ind("任務工單", "每個工單每延誤一個工作日扣0.5分", level1="五、考核內容"),
    ],
    "goals": [{"kind": "總體目標", "text": D_GOAL}],
    "facts": [],
    "findings": [
        finding("goal.unquantified", D_GOAL[:20],
                "目的只說提升運維服務水平、長效管理，沒有任何可考核的數值"),
    ],
    "notes": (
        "文字版“考核辦法”，目標只在條文中出現（running text）。頁面為站點繁體轉換文字，"
        "各段說明用自己的話改寫，數字（10分含10分、每多扣1分扣減2%、超過20分終止、五個工作日、"
        "0.5分/1分/3個工作日/最多5分）保留；原文“2%。,”的標點錯誤和頁碼“-1-”照留。"
        "扣分閾值讀作指標：年度總扣分≤10分為優秀；“超過20分終止合同”是合同處置條件，不作為目標行。"
        "存儲頁止於“對於非運維單位原因造成工單延誤,”，其後考核內容未見。無省份、無年份。"
    ),
}

# E: 新安街道城市环卫一体化考核评分细则 (DOCX, numbered running text with points)
E_GOAL = "为进一步完善环卫一体化工作的检查考核机制、提高管理水平，加快城乡环卫一体化工作深入开展，制定本细则。"
E_ITEMS = [
    ("1、村内“五大堆清理情况,", "村内“五大堆清理情况", "村内无柴堆、粪堆、土堆、和沙石堆的记25分",
     ",村内主街每发现一处扣3分,小街小巷每发现一处扣1分,扣完为止。", 25),
    ("2、乱搭乱建情况。", "乱搭乱建情况", "街巷内无乱搭乱建、乱栽乱种现象记2023分",
     ",每新发现一处扣2分,扣完为止。", 2023),
    ("3、进出村路口及辖区内的卫生情况。", "进出村路口及辖区内的卫生情况", "无“五大堆,无杂草、垃圾的记2023分",
     ",每发现一处扣2分,情况严重的扣3分,扣完为止。", 2023),
    ("4、道路排水情况。", "道路排水情况", "路面保持平顺、整洁,村内排水顺畅的记5分",
     ",发现有积污水和路面无法通过等扣1分,扣完为止。", 5),
    ("5、池塘漂浮物。", "池塘漂浮物", "村辖区内的池塘沟内无垃圾及漂浮物的记5分",
     ",每发现一处扣1分,扣完为止。", 5),
    ("6、小广告、飘挂物。辖区内的电线杆、墙面、建筑物等", "小广告、飘挂物",
     "无乱贴乱挂、乱画小广告及破旧横联幅现象,树杆、树枝无各种飘挂物的记5分",
     ",每发现一处扣1分,扣完为止。", 5),
    ("7、", "道路硬化、绿化、房屋粉刷美化、亮化、文化教育宣传", "每完成一项加记分",
     "。总分2023分。", None),
]
GOLD_E = {
    "source": "blind232_xinan_jiedao_huanwei_kaohe.docx",
    "source_urls": [URL_E],
    "province": None,
    "doc_kind": "街道环卫一体化日常考核评分细则（条文列项，记分/扣分）",
    "patterns": [],
    "indicators": [ind(n, t, weight=w) for _, n, t, _, w in E_ITEMS],
    "goals": [{"kind": "总体目标", "text": E_GOAL}],
    "facts": [],
    "findings": [
        finding("consistency.score_total", "日常考核总分",
                "开头写总分20230分，第7项又写总分2023分，第2、3项各记2023分，"
                "与25分、5分等项无法凑成一致的总分，明显是录入错误"),
        finding("target.missing_value", "道路硬化、绿化、房屋粉刷美化、亮化、文化教育宣传",
                "“每完成一项加记分”没有写加几分，也没有上限"),
        finding("goal.unquantified", E_GOAL[:20],
                "目的只说完善机制、提高管理水平，没有数值"),
    ],
    "notes": (
        "文库页面存的 docx 文字，错字照留：标题“细那么”（应为细则）、“总分20230分”“记2023分”“总分2023分”"
        "（疑为10/100被年份替换）、左引号不配对的“五大堆。开头目的句用自己的话改写。"
        "各项记分写在句中，读作 weight；“无…”类要求无数值运算符，operator 留空（逐处扣分即其尺度）。"
        "存储页止于第8项“垃圾桶管理。垃圾桶维”，该项未列为指标。街道名“新安”多省皆有，省份不详。"
    ),
}

GOLDS = [GOLD_A, GOLD_B, GOLD_C, GOLD_D, GOLD_E]


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def set_run_font(run, size=10.5, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)


def new_document(landscape=False):
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    cp = d.core_properties
    cp.author = "blind232"
    cp.last_modified_by = "blind232"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return d


def add_par(d, text, size=10.5, bold=False, center=False):
    p = d.add_paragraph()
    if center:
        p.alignment = 1
    set_run_font(p.add_run(text), size=size, bold=bold)
    return p


def fill_cell(cell, text, bold=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    set_run_font(p.add_run(text), size=size, bold=bold)


def build_a(path):
    d = new_document()
    add_par(d, "系统运维服务日常考核", size=14, bold=True, center=True)
    add_par(d, "日常考核", size=12, bold=True)
    for t in A_INTRO:
        add_par(d, t)
    add_par(d, "日常考核评分表", size=12, bold=True, center=True)
    tbl = d.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["序号", "考核事项", "考核内容", "评分标准"]):
        fill_cell(tbl.rows[0].cells[i], h, bold=True)
    for row in A_ROWS:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            fill_cell(cells[i], v)
    widths = [Cm(1.2), Cm(3.2), Cm(6.3), Cm(6.3)]
    for r in tbl.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    d.save(path)


def build_d(path):
    d = new_document()
    for kind, text in D_PARAS:
        if kind == "title":
            add_par(d, text, size=14, bold=True, center=True)
        elif kind == "h":
            add_par(d, text, bold=True)
        elif kind == "pn":
            add_par(d, text, size=9, center=True)
        else:
            add_par(d, text)
    d.save(path)


def build_e(path):
    d = new_document()
    add_par(d, "新安街道城市环卫一体化考核评分细那么", size=14, bold=True, center=True)
    add_par(d, "新安街道环卫一体化工作日常考核评分细那么", size=12, bold=True, center=True)
    add_par(d, E_GOAL + "日常考核总分20230分,每月检查考核一次。检查分组织包社区人员明查和环卫所暗查两种形式。")
    for head, _name, target, tail, _w in E_ITEMS:
        if head == "7、":
            add_par(d, "7、道路硬化、绿化、房屋粉刷美化、亮化、文化教育宣传" + target + tail)
        else:
            add_par(d, head + target + tail)
    add_par(d, "8、垃圾桶管理。垃圾桶维")
    d.save(path)


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def style_cells(ws, max_row, max_col):
    for r in range(1, max_row + 1):
        for c in range(1, max_col + 1):
            cell = ws.cell(row=r, column=c)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if cell.font is None or not cell.font.bold:
                cell.font = Font(name=FONT, size=10)


def new_workbook(title):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "blind232"
    wb.properties.lastModifiedBy = "blind232"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return wb, ws


def put(ws, ref, value, bold=False, border=True, size=10):
    ws[ref] = value
    ws[ref].font = Font(name=FONT, size=size, bold=bold)
    ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
    if border:
        ws[ref].border = BORDER


def text_width(text):
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def autosize_rows(ws, skip_rows=()):
    merged_multi = set()
    for rng in ws.merged_cells.ranges:
        if rng.max_row > rng.min_row:
            for row in range(rng.min_row, rng.max_row + 1):
                merged_multi.add((row, rng.min_col))
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if cell.value is None or (cell.row, cell.column) in merged_multi:
                continue
            width = ws.column_dimensions[cell.column_letter].width or 10
            need = -(-text_width(str(cell.value)) // max(int(width) - 1, 1))
            lines = max(lines, need)
        if row[0].row not in skip_rows:
            ws.row_dimensions[row[0].row].height = 15 * lines + 3


def build_b(path):
    wb, ws = new_workbook("考核評分表")
    widths = {"A": 7, "B": 14, "C": 58, "D": 9, "E": 12, "F": 26}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:F1")
    put(ws, "A1", B_TITLE, bold=True, border=False, size=13)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")

    def header(row):
        for i, h in enumerate(B_HEADER):
            put(ws, f"{'ABCDEF'[i]}{row}", h, bold=True)

    header(2)
    r = 3
    put(ws, f"A{r}", "一")
    put(ws, f"B{r}", B_L1)
    for text, _n, pts, _w, note in B_ITEMS_I:
        put(ws, f"C{r}", text)
        put(ws, f"D{r}", pts)
        put(ws, f"E{r}", None)
        put(ws, f"F{r}", note or None)
        r += 1
    ws.merge_cells("A3:A5")
    ws.merge_cells("B3:B5")
    put(ws, f"A{r}", "二")
    put(ws, f"B{r}", B_L2)
    put(ws, f"C{r}", B_II_TEXT)
    put(ws, f"D{r}", "40")
    put(ws, f"E{r}", None)
    put(ws, f"F{r}", B_II_NOTE)
    r += 1
    start3 = r
    put(ws, f"A{r}", "三")
    put(ws, f"B{r}", B_L3)
    for text, _n, pts, _w, note in B_ITEMS_III:
        put(ws, f"C{r}", text)
        put(ws, f"D{r}", pts)
        put(ws, f"E{r}", None)
        put(ws, f"F{r}", note or None)
        r += 1
    ws.merge_cells(f"A{start3}:A{r - 1}")
    ws.merge_cells(f"B{start3}:B{r - 1}")
    ws.row_breaks.append(Break(id=r - 1))
    header(r)
    r += 1
    put(ws, f"A{r}", "四")
    put(ws, f"B{r}", B_L4)
    for col in "CDEF":
        put(ws, f"{col}{r}", None)
    ws.print_area = f"A1:F{r}"
    autosize_rows(ws, skip_rows=(1,))
    wb.save(path)


def build_c(path):
    wb, ws = new_workbook("考核細則")
    widths = {"A": 6, "B": 18, "C": 24, "D": 34, "E": 40, "F": 7, "G": 7, "H": 10}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:H1")
    put(ws, "A1", C_PAGE_TITLE, bold=True, border=False, size=11)
    put(ws, "A2", "附件:", border=False)
    ws.merge_cells("B2:H2")
    put(ws, "B2", "信息化建設項目類需求--考核細則", bold=True, border=False, size=13)
    for i, h in enumerate(C_HEADER):
        put(ws, f"{'ABCDEFGH'[i]}3", h or None, bold=True)
    ws.merge_cells("B3:C3")
    r = 4
    row1 = ["1", C_G1, C_ROW1_SUB, None, C_ROW1_RULE, None, None, None]
    for i, v in enumerate(row1):
        put(ws, f"{'ABCDEFGH'[i]}{r}", v)
    r += 1
    start = r
    for k, (sub, _n, text) in enumerate(C_SERVICE):
        vals = [str(k + 2), C_G2 if k == 0 else None, sub, text, "未提供每出現1次,扣1分",
                None, None, None]
        for i, v in enumerate(vals):
            put(ws, f"{'ABCDEFGH'[i]}{r}", v)
        r += 1
    ws.merge_cells(f"B{start}:B{r - 1}")
    row7 = ["7", C_G3, C_ROW7_SUB, None, C_ROW7_RULE, None, None, None]
    for i, v in enumerate(row7):
        put(ws, f"{'ABCDEFGH'[i]}{r}", v)
    ws.print_area = f"A1:H{r}"
    autosize_rows(ws, skip_rows=(1, 2))
    wb.save(path)


# ---------------------------------------------------------------------------
# determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE_RE = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def normalise_zip(path):
    src = zipfile.ZipFile(path)
    items = []
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = CORE_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
        items.append((info.filename, data))
    src.close()
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    path.write_bytes(buf.getvalue())


PDF_DATE_RE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}")
PDF_ID_RE = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
DOCSUM_RE = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")
XMP_DATE_RE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")


def fix_id(m):
    whole = m.group(0)
    for g in (1, 2):
        hexs = m.group(g)
        whole = whole.replace(hexs, b"0" * len(hexs), 1)
    return whole


def normalise_pdf(path):
    data = path.read_bytes()
    data = PDF_DATE_RE.sub(rb"\g<1>20240101000000", data)
    data = PDF_ID_RE.sub(fix_id, data)
    data = XMP_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00", data)
    data = DOCSUM_RE.sub(lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
         "--outdir", str(path.parent), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    normalise_pdf(pdf)
    return pdf


def pdf_text(pdf):
    out = []
    for mode in ([], ["-raw"]):
        res = subprocess.run(["pdftotext", *mode, str(pdf), "-"], check=True,
                             capture_output=True, text=True)
        out.append(re.sub(r"\s+", "", res.stdout))
    return out


def check_pdf(pdf, gold):
    texts = pdf_text(pdf)
    needles = []
    for i in gold["indicators"]:
        needles += [i["name"], i["target_text"]]
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    missing = []
    for n in needles:
        n2 = re.sub(r"\s+", "", n)
        if not any(n2 in t for t in texts):
            missing.append(n)
    return missing


def write_ann(gold, fname):
    g = dict(gold)
    g["source"] = fname
    (ANN / f"{fname}.json").write_text(
        json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


BUILDERS = [
    (GOLD_A, build_a),
    (GOLD_B, build_b),
    (GOLD_C, build_c),
    (GOLD_D, build_d),
    (GOLD_E, build_e),
]


def main():
    ANN.mkdir(exist_ok=True)
    bad = 0
    sums = {}
    for gold, builder in BUILDERS:
        src = HERE / gold["source"]
        builder(src)
        normalise_zip(src)
        pdf = to_pdf(src)
        write_ann(gold, src.name)
        write_ann(gold, pdf.name)
        missing = check_pdf(pdf, gold)
        if missing:
            bad += 1
            print(f"MISSING in {pdf.name}: {missing}")
        for f in (src, pdf):
            sums[f.name] = hashlib.md5(f.read_bytes()).hexdigest()
    for name in sorted(sums):
        print(sums[name], name)
    n_rows = sum(len(g["indicators"]) for g in GOLDS)
    n_goals = sum(len(g["goals"]) for g in GOLDS)
    n_find = sum(len(g["findings"]) for g in GOLDS)
    print(f"gold per source file: rows={n_rows} goals={n_goals} findings={n_find}")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
