# -*- coding: utf-8 -*-
"""blind213: sector plans with quantified targets (education, employment, housing,
sport, elderly care), reproduced from stored public pages as DOCX + PDF, with gold.

Gold comes first (as Python data); the builder follows. Run with /tmp/venv/bin/python.
"""
import datetime
import io
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
PART = "blind213"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)


def row(name, op, value, unit, target_text, level1=None, level2=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": None, "weight": None, "score": None}


# ---------------------------------------------------------------------------
# GOLD + CONTENT
# Each document: blocks (kind, text) in page order, then gold.
# ---------------------------------------------------------------------------

DOCS = []

# 1. 江苏 镇江 学前教育 (page served in traditional characters by the mirror)
DOCS.append({
    "file": "jiangsu-zhenjiang-xueqianjiaoyu-xingdongfangan",
    "font": "Noto Serif CJK TC",
    "url": "http://www.jz8899.net/sxy/2023/0315/143784.html",
    "province": "江苏省",
    "doc_kind": "行动计划实施方案(新闻报道)",
    "patterns": [8],
    "blocks": [
        ("meta", "您當前的位置 :教育 >"),
        ("title", "江蘇鎮江:啟動“十四五”學前教育發展提升行動"),
        ("meta", "2023-03-15 17:52:15   來源:中國教育新聞網  分享 分享到搜狐微博 分享到網易微博"),
        ("meta", "(相關資料圖)"),
        ("p", "鎮江市日前出臺《鎮江市“十四五”學前教育發展提升行動計劃實施方案》,目的是進一步推動學前教育普及普惠安全健康優質發展。"),
        ("p", "方案立足鎮江學前教育改革發展的實際情況,提出了提升行動的目標:統籌優化城鄉學前教育資源布局和公共服務網絡,全市新建改擴建幼兒園30所。到2025年,全市85%左右縣(市、區)創建成國家和省學前教育普及普惠縣(市、區),全市學前三年毛入園率保持在99%以上,特需兒童學前三年入園率達90%以上,普惠性幼兒園覆蓋率保持在90%以上,公辦幼兒園覆蓋率保持在65%以上,省市優質幼兒園覆蓋率達90%以上,幼兒園各類保教人員配備率達100%,專任教師本科及以上學歷比例保持在70%以上。"),
        ("p", "在資源布局上,鎮江市將綜合出生人口變化、鄉村振興和城鎮化發展趨勢,每年測算入園需求,以縣為單位完善普惠性資源布局規劃,規劃原則上每三年調整一次。新建、改擴建的幼兒園原則上不低於省優質幼兒園建設標準,城鎮新建小區和農村集中搬遷社區必須把幼兒園配建到位。"),
        ("meta", "關鍵詞:"),
        ("meta", "[責任編輯:ruirui]"),
        ("meta", "本站違法和不良信息舉報 聯系郵箱: 58 55 973@qq.com"),
        ("meta", "關于我們| 客服中心| 廣告服務| 建站服務| 聯系我們"),
        ("meta", "中國焦點日報網 版權所有 滬ICP備2022005074號-20,未經授權,請勿轉載或建立鏡像,違者依法必究。"),
    ],
    "indicators": [
        row("新建改擴建幼兒園", None, 30, "所", "全市新建改擴建幼兒園30所"),
        row("創建成國家和省學前教育普及普惠縣(市、區)", None, 85, "%", "85%左右"),
        row("學前三年毛入園率", ">=", 99, "%", "保持在99%以上"),
        row("特需兒童學前三年入園率", ">=", 90, "%", "達90%以上"),
        row("普惠性幼兒園覆蓋率", ">=", 90, "%", "保持在90%以上"),
        row("公辦幼兒園覆蓋率", ">=", 65, "%", "保持在65%以上"),
        row("省市優質幼兒園覆蓋率", ">=", 90, "%", "達90%以上"),
        row("幼兒園各類保教人員配備率", ">=", 100, "%", "達100%"),
        row("專任教師本科及以上學歷比例", ">=", 70, "%", "保持在70%以上"),
    ],
    "goals": [
        {"kind": "總體目標", "text": "進一步推動學前教育普及普惠安全健康優質發展"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.vague_wording", "item": "創建成國家和省學前教育普及普惠縣(市、區)",
         "why": "'85%左右' gives an approximate share with no firm bound and no count of 縣(市、區); the target cannot be scored as met or missed."},
        {"rule": "target.impossible_value", "item": "幼兒園各類保教人員配備率",
         "why": "'達100%' read with 達(到)=>= is a >=100% target, effectively =100%; should be written =100%."},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "The plan's targets are all supply/coverage rates; no satisfaction target (家长满意度) is stated."},
    ],
    "notes": "News report (中國教育新聞網 via the jz8899 mirror, traditional characters as served) of 鎮江市“十四五”學前教育發展提升行動計劃實施方案. "
             "The stored page is complete (ends with the site footer; the spam link list after it was left out). The intro and the last paragraph were rewritten in my own words keeping all numbers; "
             "the target clauses are kept verbatim. '85%左右' given operator null. '達' read as >= (domain.md word forms). "
             "No indicator levels are written, so level1/level2 are null.",
})

# 2. 广东 深圳 宝安区 2024年民生实事 (numbered list with dash-like lines)
DOCS.append({
    "file": "guangdong-shenzhen-baoan-minshengshishi",
    "font": "Noto Serif CJK SC",
    "url": "https://fensifuwu.com/emotion/me/586ca9412e185b4606b822c746f1c74d.html",
    "province": "广东省",
    "doc_kind": "民生实事项目(区人大票决)",
    "patterns": [8],
    "blocks": [
        ("meta", "服务粉丝"),
        ("meta", "我们一直在努力"),
        ("meta", "当前位置:首页 > 情感 > 故事 >"),
        ("title", "宝安区2024年民生实事票决结果出炉"),
        ("meta", "日期: 来源:宝安发布收集编辑:宝安发布"),
        ("p", "1月25日,宝安区七届人大四次会议召开第三次全体会议暨闭幕会,会议票决确定了十项民生实事,交由区政府组织实施。这已是宝安区连续第四年由区人大代表投票选定民生实事。"),
        ("p", "会上提请审议的宝安区2024年民生实事候选项目共14项,区人大代表以差额票决方式从中确定十项。"),
        ("p", "为确保高质量完成,每一项民生实事都有具体的量化指标。"),
        ("p", "票决之后,被列为2024年人大重点监督的民生实事项目,宝安区政府将加大保障力度,确保全部完成。"),
        ("h", "2024年十项民生实事"),
        ("h2", "1、优化医疗健康服务供给"),
        ("li", "宝安区人民医院(二期)4号楼和6号楼,宝安区中心医院整体改造(二期)建成交付,空海救援医院等其他7个区属医院项目加快建设。"),
        ("li", "新增社康机构15家,推动15家社康达到“优质服务基层行”国家推荐标准。"),
        ("li", "为全区6—17岁中小学生提供免费脊柱侧弯筛查服务,为全区3—17岁儿童青少年提供免费近视筛查服务。"),
        ("li", "免费为1000家中小微企业提供职业病防治帮扶,开展职业危害调查识别、职业健康检查、职业病防治知识宣传培训等。"),
        ("li", "开展“5分钟社会救援圈”标杆项目,完成示范点建设150个以上、应急救护培训10万人次以上。"),
        ("h2", "2、推动教育扩优提质"),
        ("li", "新改扩建中小学校、公办幼儿园32所,新增公办义务教育学位3万座以上、学前学位4000座以上。"),
        ("li", "鼓励社会力量多元化、多形式举办托育机构,支持有条件的幼儿园开设托班,试点在职工集中的工业园区等场所建设托位,新增托位3800个以上。"),
        ("h2", "3、营造安居宜居乐居环境"),
        ("li", "建设筹集保障性住房1.5万套以上,供应分配8千套以上。"),
        ("li", "新开工改造老旧小"),
    ],
    "indicators": [
        row("区属医院项目", None, 7, "个", "其他7个区属医院项目加快建设"),
        row("新增社康机构", None, 15, "家", "新增社康机构15家"),
        row("社康达到“优质服务基层行”国家推荐标准", None, 15, "家", "推动15家社康达到“优质服务基层行”国家推荐标准"),
        row("职业病防治帮扶", None, 1000, "家", "免费为1000家中小微企业提供职业病防治帮扶"),
        row("示范点建设", ">=", 150, "个", "150个以上"),
        row("应急救护培训", ">=", 10, "万人次", "10万人次以上"),
        row("新改扩建中小学校、公办幼儿园", None, 32, "所", "新改扩建中小学校、公办幼儿园32所"),
        row("新增公办义务教育学位", ">=", 3, "万座", "3万座以上"),
        row("学前学位", ">=", 4000, "座", "4000座以上"),
        row("新增托位", ">=", 3800, "个", "新增托位3800个以上"),
        row("建设筹集保障性住房", ">=", 1.5, "万套", "1.5万套以上"),
        row("供应分配", ">=", 8, "千套", "8千套以上"),
    ],
    "goals": [
        {"kind": "年度目标", "text": "优化医疗健康服务供给"},
        {"kind": "年度目标", "text": "推动教育扩优提质"},
        {"kind": "年度目标", "text": "营造安居宜居乐居环境"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.vague_wording", "item": "区属医院项目",
         "why": "'加快建设' for 7 hospital projects sets no milestone (开工/主体封顶/完成投资) that can be checked at year end."},
        {"rule": "target.missing_unit", "item": "供应分配",
         "why": "'8千套' mixes a numeral multiplier into the unit while the row above uses 万套; unit normalisation needed (8千套 = 0.8万套)."},
    ],
    "notes": "Reposted 宝安发布 article listing the ten 2024 民生实事 of 宝安区 (深圳). Stored page stops inside item 3 at '新开工改造老旧小' (cut kept as found); items 4-10 are not in the stored page. "
             "Intro sentences rewritten in my own words keeping 14 / 十项 / 连续第四年; list lines kept verbatim. The screening line (6—17岁, 3—17岁) gives age ranges, not targets: no row. "
             "Bare counts written without 以上 have operator null. The three item headings recorded as goals (年度目标).",
})

# 3. 上海 静安区 2024年十项为民办实事 (big5 gateway, traditional characters; mangled '&' as found)
DOCS.append({
    "file": "shanghai-jingan-weiminbanshishi",
    "font": "Noto Serif CJK TC",
    "url": "http://big5.news.cn/gate/big5/sh.news.cn/20240118/257b243716274886bd01e6079c3d6e3b/c.html",
    "province": "上海市",
    "doc_kind": "为民办实事项目(新闻报道)",
    "patterns": [10],
    "blocks": [
        ("title", "上海靜安發布2024年十項為民辦實事項目"),
        ("meta", "• 新華網無人機"),
        ("meta", "正文"),
        ("meta", "分享至手機"),
        ("meta", "2024-01-18 19:46:05 來源:新華網"),
        ("p", "新華網上海1月18日電(史依靈 郭敬丹)據上海市靜安區第二屆人民代表大會第四次會議消息,靜安區2023年區級一般公共預算收入為287.80億元,同比增長3%,總量居上海中心城區首位。當年引進稅收千萬級以上項目156個,同比增長39%;200幢重點樓宇稅收合計622.08億元,億元樓新增6幢、總數達到88幢,其中月億樓9幢、百億樓1幢。"),
        ("meta", "上海市靜安區召開第二屆人民代表大會第四次會議。新華網 發(肖鳴亮 攝)"),
        ("p", "新的一年,聚焦民生福祉,靜安區發布2024年十項為民辦實事項目。2024年,靜安區將持續推進“美麗家園”建設,實施各類舊住房修繕改造100萬平方米,開工建設既有多層住宅加裝電梯200&;推進“美麗街區”建設,完成17條道路大修、中修及道路積水改善和架空線入地工程,建成公共綠地5.7萬平方米,建成綠道2公里,建成口袋公園3座,建成立體綠化2.5萬平方米,完成50座環衛公廁適老化適幼化改造;提升道路交通安全,完成64塊發光提示標誌及24個路口警示減速道釘安裝,完成243處居民小區&&口減速帶安裝,為8000名獨居老人安裝單點式火災探測報警器。"),
        ("p", "關切“一老一小”,2024年靜安區將新增養老床位172張,改建認知障礙照護床位150張,新增2家智慧養老院、1個社區綜合為老服務中心、2個社區長者食堂、1個老年人日間照護中心,為300戶老年人進行居家環境適老化改造;建成15個科學育兒指導站,實施“名師優課進萬家”工程,建設1個家校共育&&,打造1000課時的家庭教育課程資源庫,將優質資源惠及區內10萬學生家庭;推進社區衞生服務水平提升,新增1家市級"),
    ],
    "indicators": [
        row("舊住房修繕改造", None, 100, "萬平方米", "實施各類舊住房修繕改造100萬平方米"),
        row("既有多層住宅加裝電梯", None, 200, None, "開工建設既有多層住宅加裝電梯200&;"),
        row("道路大修、中修及道路積水改善和架空線入地工程", None, 17, "條", "完成17條道路大修、中修及道路積水改善和架空線入地工程"),
        row("公共綠地", None, 5.7, "萬平方米", "建成公共綠地5.7萬平方米"),
        row("綠道", None, 2, "公里", "建成綠道2公里"),
        row("口袋公園", None, 3, "座", "建成口袋公園3座"),
        row("立體綠化", None, 2.5, "萬平方米", "建成立體綠化2.5萬平方米"),
        row("環衛公廁適老化適幼化改造", None, 50, "座", "完成50座環衛公廁適老化適幼化改造"),
        row("發光提示標誌", None, 64, "塊", "完成64塊發光提示標誌"),
        row("路口警示減速道釘安裝", None, 24, "個", "24個路口警示減速道釘安裝"),
        row("居民小區&&口減速帶安裝", None, 243, "處", "完成243處居民小區&&口減速帶安裝"),
        row("單點式火災探測報警器", None, 8000, "名", "為8000名獨居老人安裝單點式火災探測報警器"),
        row("養老床位", None, 172, "張", "新增養老床位172張"),
        row("認知障礙照護床位", None, 150, "張", "改建認知障礙照護床位150張"),
        row("智慧養老院", None, 2, "家", "新增2家智慧養老院"),
        row("社區綜合為老服務中心", None, 1, "個", "1個社區綜合為老服務中心"),
        row("社區長者食堂", None, 2, "個", "2個社區長者食堂"),
        row("老年人日間照護中心", None, 1, "個", "1個老年人日間照護中心"),
        row("居家環境適老化改造", None, 300, "戶", "為300戶老年人進行居家環境適老化改造"),
        row("科學育兒指導站", None, 15, "個", "建成15個科學育兒指導站"),
        row("家校共育&&", None, 1, "個", "建設1個家校共育&&"),
        row("家庭教育課程資源庫", None, 1000, "課時", "打造1000課時的家庭教育課程資源庫"),
        row("學生家庭", None, 10, "萬", "惠及區內10萬學生家庭"),
    ],
    "goals": [
        {"kind": "年度目標", "text": "持續推進“美麗家園”建設"},
        {"kind": "年度目標", "text": "推進“美麗街區”建設"},
        {"kind": "年度目標", "text": "提升道路交通安全"},
        {"kind": "年度目標", "text": "推進社區衞生服務水平提升"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.missing_unit", "item": "既有多層住宅加裝電梯",
         "why": "The unit after 200 is lost in the page ('200&;'): 台 or 幢 cannot be told."},
        {"rule": "target.missing_name", "item": "家校共育&&",
         "why": "The object of 建設1個家校共育… is lost in the page ('&&'); what is built (平台/基地/中心) is unknown."},
        {"rule": "goal.unmeasured", "item": "推進社區衞生服務水平提升",
         "why": "The only target under this heading is cut off by the page ('新增1家市級'), so no indicator backs it in the stored text."},
    ],
    "notes": "新華網 (big5 gateway, traditional characters) report on 静安区's 2024 ten 为民办实事 projects. Stored page stops at '新增1家市級' (kept; no row because the measured object is cut). "
             "The 2023 fiscal results in the first paragraph (287.80億元, 156個, 622.08億元, 88幢 …) are past results, not targets: no rows; paragraph rewritten in my own words keeping every number. "
             "Mangled characters '200&;' and '&&' kept as found. All counts are bare (no 以上/不少於): operator null. '單點式火災探測報警器' counted in 名 (persons served) as written.",
})

# 4. 四川 就业促进规划 (provincial plan, news report with ● lines)
DOCS.append({
    "file": "sichuan-sheng-jiuye-cujin-guihua",
    "font": "Noto Serif CJK SC",
    "url": "http://swbd.cn/minsheng1/106853.html",
    "province": "四川省",
    "doc_kind": "就业促进规划(新闻报道)",
    "patterns": [8],
    "blocks": [
        ("meta", "当前位置:"),
        ("meta", "首页 / 民生 /"),
        ("title", "“十四五”城镇 新增就业425万人以上 《四川省“十四五”就业促进规划》出炉"),
        ("meta", "2021-08-11 13:27:57"),
        ("meta", "本报记者 胡斌"),
        ("li", "●农村劳动力转移就业规模保持在2400万人左右"),
        ("li", "●技能人才总量达到1200万人"),
        ("li", "●返乡入乡创业人员累计超过100万人"),
        ("p", "四川省政府网站日前公布了省政府新近印发的《四川省“十四五”就业促进规划》。规划以推动实现更加充分更高质量就业为方向,进一步明确了“十四五”时期全省就业工作的主要目标、重点任务和重要举措,用来指导全省制定政策、配置资源、促进就业创业。"),
        ("p", "根据规划,“十四五”期间,四川省就业促进的发展目标为:就业规模稳步扩大,城镇新增就业425万人以上,城镇调查失业率控制在6%以内,农村劳动力转移就业规模保持在2400 万人左右,确保零就业家庭动态清零。"),
        ("p", "规划的编制依据是《四川省国民经济和社会发展第十四个五年规划和二箹三五年 远景目标纲要》和《四川省就业创业促进条例》。"),
        ("p", "在“十四五”期间,预计全省就业质量不断提升,就业创业能力明显提高,就业服务能力持续增强。其中:"),
        ("p", "第三产业从业人员、城镇就业人员所占比重不断提高,就业结构持续优化。劳动报酬与劳动生产率同步提升,工资收入合理增长。劳动用工管理更加规范,劳动者权益 保护制度不断完善,劳动人事争议仲裁结案率达到 90%。"),
        ("p", "技能人才总量达到 1200 万人。新就业形态人员大幅增长。创业促进政策体系不断完善,带动就"),
    ],
    "indicators": [
        row("农村劳动力转移就业规模", None, 2400, "万人", "保持在2400万人左右"),
        row("技能人才总量", ">=", 1200, "万人", "达到1200万人"),
        row("返乡入乡创业人员", ">", 100, "万人", "累计超过100万人"),
        row("城镇新增就业", ">=", 425, "万人", "425万人以上"),
        row("城镇调查失业率", "<=", 6, "%", "控制在6%以内"),
        row("农村劳动力转移就业规模", None, 2400, "万人", "保持在2400 万人左右"),
        row("劳动人事争议仲裁结案率", ">=", 90, "%", "达到 90%"),
        row("技能人才总量", ">=", 1200, "万人", "达到 1200 万人"),
    ],
    "goals": [
        {"kind": "总体目标", "text": "推动实现更加充分更高质量就业"},
        {"kind": "发展目标", "text": "就业规模稳步扩大"},
        {"kind": "发展目标", "text": "全省就业质量不断提升,就业创业能力明显提高,就业服务能力持续增强"},
        {"kind": "发展目标", "text": "第三产业从业人员、城镇就业人员所占比重不断提高,就业结构持续优化"},
        {"kind": "发展目标", "text": "新就业形态人员大幅增长"},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": "全省就业质量不断提升,就业创业能力明显提高,就业服务能力持续增强",
         "why": "Three '不断/明显/持续' statements with no figure or baseline."},
        {"rule": "goal.unquantified", "item": "第三产业从业人员、城镇就业人员所占比重不断提高,就业结构持续优化",
         "why": "Names two measurable shares but gives neither a baseline nor a 2025 value."},
        {"rule": "goal.unquantified", "item": "新就业形态人员大幅增长",
         "why": "'大幅增长' with no number of persons or growth rate."},
        {"rule": "target.vague_wording", "item": "农村劳动力转移就业规模",
         "why": "'2400万人左右' is approximate; no lower bound is given for scoring."},
    ],
    "notes": "Provincial plan (四川省“十四五”就业促进规划) as reported by a newspaper page; chosen for its ● lead lines and running-text targets. "
             "The page stops mid-sentence at '带动就'. The ● lead lines repeat targets of the body; both are kept as rows in page order (农村劳动力转移就业规模 and 技能人才总量 appear twice). "
             "Spaces inside '2400 万人', '达到 90%', '劳动者权益 保护' and the odd character in '二箹三五年' kept as found. Intro paragraph and the 编制依据 sentence rewritten in my own words. "
             "'左右' → operator null; '超过' → '>'; '控制在…以内' → '<='.",
})

# 5. 江苏 苏州 全民健身实施计划 (running text; 十三五 results beside 2025 targets)
DOCS.append({
    "file": "jiangsu-suzhou-quanminjianshen-shishijihua",
    "font": "Noto Serif CJK SC",
    "url": "https://m.suzhouhui.com/article/91787.html",
    "province": "江苏省",
    "doc_kind": "全民健身实施计划(新闻报道)",
    "patterns": [10],
    "blocks": [
        ("meta", "首页 文章 便民 最新动态"),
        ("title", "《苏州市全民健身实施计划(2021-2025年)》出炉"),
        ("meta", "作者:彬爷2022-01-08 来源:苏州汇"),
        ("p", "日前,市政府印发《苏州市全民健身实施计划(2021-2025年)》。据悉,到2025年底,苏州经常参加体育锻炼的人数比例要达到45%,《国民体质测定标准》合格以上的城乡居民人数比例达95%以上,体育公园总数达150个,全市常住人口人均体育场地面积达到3.9平方米。"),
        ("meta", "图片由网友“彬爷”提供"),
        ("p", "按照“实施计划”,到2025年苏州要建成与充分展现“强富美高”新图景的社会主义现代化强市相适应的全民健身发展新格局:市民身体素质和健康水平稳步提高,获得感和幸福感明显增强,全民健身发展水平稳居全省前列并达到国内先进水平,建成全民运动健身模范市和1至2个全民运动健身模范县(市、区)。"),
        ("p", "回顾“十三五”,苏州全民健身工作成绩明显。居民经常参加体育锻炼人数比例达42.8%,体质合格率达到95%。场地设施方面,建成健身步道4700多公里、各级各类体育健身公园100个、足球场1410片(社会足球场327片),常住人口人均体育场地面积达3.75平方米。每年举办各类全民健身活动5000场次左右,参与市民超过650万人次。体质测定与运动健身指导站覆盖全市,受益人群突破10万人次,千人拥有社会体育指导员3.5人以上。"),
        ("p", "“实施计划”要求以“十三五”时期的发展现状为起点,在巩固已有成果的同时补短板、强弱项,准确研判形势,提前科学谋划。"),
        ("p", "“实施计划”明确六大发展目标,要全面提高全民健身参与度、健身参与便利度、健身服务满意度、体育社会组织活跃度、健身产业贡献度、全民健身城市治理价值度。到2025年,经常参加体"),
    ],
    "indicators": [
        row("经常参加体育锻炼的人数比例", ">=", 45, "%", "要达到45%"),
        row("《国民体质测定标准》合格以上的城乡居民人数比例", ">=", 95, "%", "达95%以上"),
        row("体育公园总数", ">=", 150, "个", "达150个"),
        row("全市常住人口人均体育场地面积", ">=", 3.9, "平方米", "达到3.9平方米"),
        row("全民运动健身模范县(市、区)", None, None, "个", "1至2个"),
    ],
    "goals": [
        {"kind": "总体目标", "text": "建成与充分展现“强富美高”新图景的社会主义现代化强市相适应的全民健身发展新格局"},
        {"kind": "发展目标", "text": "全面提高全民健身参与度、健身参与便利度、健身服务满意度、体育社会组织活跃度、健身产业贡献度、全民健身城市治理价值度"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.too_low", "item": "《国民体质测定标准》合格以上的城乡居民人数比例",
         "why": "The 2025 target '达95%以上' equals the 十三五 result already reached (体质合格率达到95%)."},
        {"rule": "goal.unquantified", "item": "全面提高全民健身参与度、健身参与便利度、健身服务满意度、体育社会组织活跃度、健身产业贡献度、全民健身城市治理价值度",
         "why": "Six '…度' goals with '全面提高' and no figures in the stored text (the page stops right after)."},
        {"rule": "target.missing_value", "item": "全民运动健身模范县(市、区)",
         "why": "'1至2个' is a range, not a single value; the target cannot be scored without choosing a bound."},
    ],
    "notes": "苏州汇 repost of the 苏州市全民健身实施计划(2021-2025年) release. Stored page stops at '到2025年,经常参加体'. "
             "The 十三五 achievements (42.8%, 95%, 4700多公里, 100个, 1410片/327片, 3.75平方米, 5000场次左右, 650万人次, 10万人次, 3.5人) are results, not targets: no rows; paragraph rewritten in my own words keeping every number. "
             "'1至2个' is a range: operator null, value null (the brief allows no 'range' operator). '达' read as >=.",
})


# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------

def set_font(run, font, size=None, bold=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def build_docx(d, path):
    doc = Document()
    font = d["font"]
    for kind, text in d["blocks"]:
        if kind == "title":
            p = doc.add_paragraph()
            set_font(p.add_run(text), font, 16, True)
        elif kind == "h":
            p = doc.add_paragraph()
            set_font(p.add_run(text), font, 13, True)
        elif kind == "h2":
            p = doc.add_paragraph()
            set_font(p.add_run(text), font, 11.5, True)
        elif kind == "meta":
            p = doc.add_paragraph()
            set_font(p.add_run(text), font, 9)
        elif kind == "li":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Pt(18)
            set_font(p.add_run(text), font, 11)
        else:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(22)
            set_font(p.add_run(text), font, 11)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = d["file"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    normalise_zip(buf.getvalue(), path)


def normalise_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(d, pdf):
    txt = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                                text=True, check=True).stdout)
    need = []
    for r in d["indicators"]:
        need += [r["name"], r["target_text"]]
    need += [g["text"] for g in d["goals"]]
    need += [f["item"] for f in d["findings"] if f["rule"] != "coverage.missing_dimension"]
    missing = [n for n in need if n and squash(n) not in txt]
    return missing


def gold(d, source):
    return {
        "source": source,
        "source_urls": [d["url"]],
        "province": d["province"],
        "doc_kind": d["doc_kind"],
        "patterns": d["patterns"],
        "indicators": d["indicators"],
        "goals": d["goals"],
        "facts": d["facts"],
        "findings": d["findings"],
        "notes": d["notes"],
    }


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    tot = {"docs": 0, "rows": 0, "goals": 0, "findings": 0, "facts": 0}
    for d in DOCS:
        docx_path = os.path.join(HERE, d["file"] + ".docx")
        build_docx(d, docx_path)
        pdf = to_pdf(docx_path)
        miss = check_pdf(d, pdf)
        if miss:
            bad += 1
            print("MISSING in %s: %s" % (os.path.basename(pdf), miss))
        for src in (os.path.basename(docx_path), os.path.basename(pdf)):
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold(d, src), f, ensure_ascii=False, indent=1)
                f.write("\n")
        tot["docs"] += 1
        tot["rows"] += len(d["indicators"])
        tot["goals"] += len(d["goals"])
        tot["findings"] += len(d["findings"])
        tot["facts"] += len(d["facts"])
        print("ok %-48s rows=%2d goals=%d findings=%d" % (d["file"], len(d["indicators"]),
                                                          len(d["goals"]), len(d["findings"])))
    print("totals", tot)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
