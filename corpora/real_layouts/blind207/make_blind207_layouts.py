#!/usr/bin/env python3
"""blind207: real-layout documents (running-text targets, prose self-evaluations).

Gold first (as Python data), then the builders: DOCX with python-docx, PDF with
LibreOffice (own profile), annotations/<file>.json for the DOCX and its PDF, and a
check that every indicator name, target text, goal text and finding item appears in
the pdftotext output of the PDF (whitespace ignored; items of
coverage.missing_dimension findings name an absent dimension and are exempt).

Run:  /tmp/venv/bin/python make_blind207_layouts.py
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind207"
FONT = "Noto Serif CJK SC"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------


def ind(level1, level2, name, operator, value, unit, target_text, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    # 1 ---------------------------------------------------------------- Hebei
    "hebei-baoding-yigongdaizhen-mubiao": {
        "source_urls": ["http://hdzc.net/html/news/hb/2017_05/17/14213421.html"],
        "province": "河北省",
        "doc_kind": "以工代赈示范工程项目目标(新闻稿)",
        "patterns": [6, 10],
        "indicators": [
            ind(None, None, "新建乡村公路", None, 19.6, "公里", "新建乡村公路19.6公里"),
            ind(None, None, "行路难", None, 928, "人", "解决928人行路难"),
            ind(None, None, "修建乡村公路", None, 32, "公里", "修建乡村公路32公里"),
            ind(None, None, "出行困难", None, 5000, "人", "解决5000人出行困难"),
            ind(None, None, "改建乡村公路", None, 5.7, "公里", "改建乡村公路5.7公里"),
            ind(None, None, "出行难问题", None, 7000, "人", "解决7000人出行难问题"),
            ind(None, None, "小塘坝", None, 2, "座", "修建小塘坝2座"),
            ind(None, None, "水平沟", None, 500, "亩", "水平沟500亩"),
            ind(None, None, "新建乡村公路", None, 10, "公里", "新建乡村公路10公里"),
            ind(None, None, "治理水土流失面积", None, 6, "平方公里", "治理水土流失面积6平方公里"),
        ],
        "goals": [
            {"kind": "项目目标", "text": "新建乡村公路19.6公里,解决928人行路难"},
            {"kind": "项目目标", "text": "修建乡村公路32公里,解决5000人出行困难"},
            {"kind": "项目目标", "text": "改建乡村公路5.7公里,解决7000人出行难问题"},
            {"kind": "项目目标", "text": "修建小塘坝2座,水平沟500亩,新建乡村公路10公里,治理水土流失面积6平方公里"},
        ],
        "facts": [
            {"metric": "以工代赈资金", "kind": "sum", "total": 2000,
             "parts": [500, 500, 500, 500], "unit": "万元"},
            {"metric": "劳务报酬", "kind": "sum", "total": 200,
             "parts": [50, 50, 50, 50], "unit": "万元"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "四个项目的目标只写工程量和受益人数,没有任何满意度目标"},
            {"rule": "coverage.missing_dimension", "item": "质量指标",
             "why": "没有验收合格率、工程质量一类的目标;只有数量和受益人数"},
            {"rule": "target.unit_mismatch", "item": "水平沟",
             "why": "水平沟是沟渠工程,目标却以面积单位“亩”计,长度/条数与面积混用,读者无法核对"},
        ],
        "notes": ("新闻稿式页面:以工代赈资金/劳务报酬小表 + 每县一条“目标:”句子。目标句里的数字都记为指标行"
                  "(运算符为空,原文无≥/不少于)。“解决928人行路难”之类按所量度的词取名(行路难/出行困难/出行难问题),"
                  "因为名称须是原文连续的字。“新建/修建/改建乡村公路”保留动词,因其区分工程类型。"
                  "标题写“7000万元投资覆盖河北3市14县”“14县14个大项目”,页面只列出保定4县,其余市县未出现(存储页止于"
                  "“以上项目定于2017年开工,2018年建成。”)。资金表合计2000万=4×500万、劳务报酬200万=4×50万,核对无误。"
                  "开头“什么是以工代赈”一段为改写。"),
    },
    # 2 ---------------------------------------------------------------- Shaanxi
    "shaanxi-huanglong-yigongdaizhen-xiada": {
        "source_urls": ["https://www.hlx.gov.cn/zfxxgk/zc/qt/xzbmwj/1934819818251259906.html"],
        "province": "陕西省",
        "doc_kind": "以工代赈任务计划下达通知(含预期目标)",
        "patterns": [6, 10],
        "indicators": [
            ind(None, None, "带动农村群众就业人口", ">=", 58, "人", "不少于58人"),
            ind(None, None, "发放劳务报酬", ">=", 122, "万元", "不低于122万元"),
            ind(None, None, "水泥混凝土路面", None, 4.5, "公里",
                "新建长4.5公里,宽3.5米,厚0.18米水泥混凝土路面"),
        ],
        "goals": [
            {"kind": "项目目标",
             "text": "预计带动农村群众就业人口不少于58人,计划发放劳务报酬不低于122万元"},
        ],
        "facts": [
            {"metric": "总投资", "kind": "part_of", "total": 375, "parts": [280], "unit": "万元",
             "note": "其中只列中央财政以工代赈资金280万元,其余95万元来源未写;不是加总错误"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "只有就业人数、劳务报酬和建设规模,没有受益群众满意度目标"},
            {"rule": "target.input_or_process", "item": "发放劳务报酬",
             "why": "劳务报酬是资金投入/支付额,不是产出或效果"},
            {"rule": "coverage.missing_dimension", "item": "质量指标",
             "why": "路面工程没有验收合格率等质量目标,也没有完工时限"},
        ],
        "notes": ("县发改部门致镇政府的下达通知。目标写在“一、分解下达”的一句话里(不少于/不低于→>=)。"
                  "建设内容“新建长4.5公里,宽3.5米,厚0.18米水泥混凝土路面”记为一行(长度4.5公里),宽、厚视为规格不另计。"
                  "存储页止于“…日常调度、在线监测、现场检查和”,文档在此截断。长句已改写,数字、文号(延发改投〔2025〕17号)原样保留。"),
    },
    # 3 ---------------------------------------------------------------- Qinghai
    "qinghai-huzhu-yuluojihua-gongshi": {
        "source_urls": ["http://110.166.81.53/info/1012/72649.htm"],
        "province": "青海省",
        "doc_kind": "项目概要公示",
        "patterns": [8, 10],
        "indicators": [
            ind(None, None, "本科生每生每学期补助", None, 3000, "元", "本科生每生每学期补助3000元"),
            ind(None, None, "预科生每生每学期补助", None, 2000, "元", "预科生每生每学期补助2000元"),
        ],
        "goals": [],
        "facts": [
            {"metric": "项目总投资", "kind": "amount", "total": 633, "parts": [], "unit": "万元",
             "note": "全部为2025年第一批省级财政衔接资金;页面没有受助人数,无法与补助标准对算"},
        ],
        "findings": [
            {"rule": "coverage.too_few_indicators", "item": "本科生每生每学期补助",
             "why": "公示只给出两项补助标准,没有受助人数、发放及时率等数量/时效目标"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "没有任何效益目标(如受助学生完成学业率)"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "没有受助学生或家庭满意度目标"},
            {"rule": "goal.unmeasured", "item": "全县19个乡镇",
             "why": "项目覆盖19个乡镇、总投资633万元,但未写受助人数目标,投资规模无从对应产出"},
        ],
        "notes": ("县农业农村和科技局的项目公示,不是绩效表,但“四、补助对象及标准”里的补助标准是带数字的目标,记为两行"
                  "(单位为元,按“每生每学期”)。顶部索引号等元数据做成无边框小表;联系地址、监督电话与落款为签署/模板文字(pattern 8)。"
                  "补助对象一段较长,已改写;系统名称“全国防止防返贫监测…”原文有重复用字(防止防返贫),照录。"
                  "页面很短,存储页到落款“2025年4月15日”为止,整页已复现。"),
    },
    # 4 ---------------------------------------------------------------- Jiangsu
    "jiangsu-sheng-jishengfuzhu-pingjiabaogao": {
        "source_urls": ["http://wjw.jiangsu.gov.cn/art/2021/12/31/art_49505_10258464.html"],
        "province": "江苏省",
        "doc_kind": "政策绩效评价报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标",
             "text": "一是实施农村计划生育家庭奖励扶助制度,帮助解决农村独生子女家庭的养老问题,提高家庭发展能力"},
            {"kind": "绩效目标",
             "text": "二是实施计划生育家庭特别扶助制度,缓解计划生育特殊家庭在生产、生活、医疗和养老等方面的特殊困难,保障和改善民生,促进社会和谐稳定"},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified",
             "item": "一是实施农村计划生育家庭奖励扶助制度,帮助解决农村独生子女家庭的养老问题,提高家庭发展能力",
             "why": "“提高家庭发展能力”没有数字、基线或对象人数"},
            {"rule": "goal.unquantified",
             "item": "二是实施计划生育家庭特别扶助制度,缓解计划生育特殊家庭在生产、生活、医疗和养老等方面的特殊困难,保障和改善民生,促进社会和谐稳定",
             "why": "“缓解…困难”“促进社会和谐稳定”均无量化目标,扶助人数、标准、发放及时率都未写"},
            {"rule": "target.vague_wording",
             "item": "缓解计划生育特殊家庭在生产、生活、医疗和养老等方面的特殊困难",
             "why": "缓解/改善/促进一类动词无数值"},
        ],
        "notes": ("纯文字报告(无指标行)。绩效目标两句照录;项目概况、实施流程、评价思路三段为改写。"
                  "存储页止于“二、评价情况(一)评价思路方法”段末“本次绩”,文档在此截断,评价指标体系与结论均未出现,"
                  "故不判 goal.unmeasured。顶部发布信息栏(索引号、发布机构、组配分类等)做成表格,空白栏保留空白。"),
    },
    # 5 ---------------------------------------------------------------- Sichuan
    "sichuan-panzhihua-xiqudongfang-zipingbaogao": {
        "source_urls": ["https://www.poiraudeau.com/zwgk/czxx/ysjxgl/4217213.shtml"],
        "province": "四川省",
        "doc_kind": "部门整体支出绩效自评报告",
        "patterns": [8, 10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "追加预算", "kind": "planned_actual", "planned": 82.25, "actual": 7.48,
             "unit": "万元", "stated_rate": None},
            {"metric": "专项资金", "kind": "planned_actual", "planned": 5.6, "actual": 1.51,
             "unit": "万元", "stated_rate": None},
            {"metric": "上年结转结余项目资金", "kind": "planned_actual", "planned": 24.05, "actual": 9.28,
             "unit": "万元", "stated_rate": None},
            {"metric": "事业编制", "kind": "planned_actual", "planned": 10, "actual": 7,
             "unit": "名", "stated_rate": None},
        ],
        "findings": [
            {"rule": "target.placeholder", "item": "部门预算项目安排及支出情况",
             "why": "小标题下没有任何内容,模板栏目留空"},
            {"rule": "target.placeholder", "item": "如无特别说明的情况则无需阐述",
             "why": "填报说明文字原样留在报告中"},
            {"rule": "coverage.too_few_indicators", "item": "各项目数量指标、质量指标、时效指标、成本指标均按要求完成",
             "why": "产出完成情况只下结论,没有列出任何指标名称、目标值或实际值"},
            {"rule": "target.qualitative_no_scale", "item": "年初部门预算效益指标完成情况良好",
             "why": "“良好”无分级标准,也无数值"},
        ],
        "notes": ("部门整体支出自评报告的前半部分。网址为镜像域名,路径 /zwgk/czxx/ysjxgl/ 与政府网站一致;单位为"
                  "“西区农业农村和交通运输局”下属动物疫病预防控制中心,省份按攀枝花市西区判为四川省(推断,未在页面出现省名)。"
                  "存储页止于“各项目经济效益、社会效益、生态效益和可持续影”,文档在此截断。"
                  "资金段为计划/支出对:追加预算82.25万元只支出7.48万元等,执行率未写(facts 记为 planned_actual)。"
                  "“2、部门预算项目安排及支出情况”标题下原页即为空;“(五)…(如无特别说明的情况则无需阐述)”与"
                  "“根据绩效目标及指标值逐项分析。”是模板说明文字,照录。基本职能一段与固定资产变动原因一句为改写。"),
    },
}

# ---------------------------------------------------------------------------
# DOCUMENT TEXT (layout as found; long sentences rewritten, figures kept)
# ---------------------------------------------------------------------------
# block kinds: ("title", text) ("h", text) ("p", text) ("table", rows, opts)

DOCS = {
    "hebei-baoding-yigongdaizhen-mubiao": [
        ("title", "什么是以工代赈?"),
        ("p", "以工代赈,就是由政府出资兴建基础设施工程,让需要救济的群众参加工程建设、领取劳务报酬,"
              "用这种方式代替直接发放救济。眼下它是一项面向农村的扶贫政策:国家安排以工代赈资金建设农村小型"
              "基础设施,贫困农民参加施工、拿到劳务报酬,收入直接增加。"),
        ("h", "7000万元投资覆盖河北3市14县"),
        ("h", "14县14个大项目"),
        ("p", "保定"),
        ("table", [["地区", "以工代赈资金", "劳务报酬"],
                   ["共计", "2000万", "200万"],
                   ["阜平县", "500万", "50万"],
                   ["涞源县", "500万", "50万"],
                   ["唐县", "500万", "50万"],
                   ["易县", "500万", "50万"]], {}),
        ("h", "具体项目"),
        ("p", "阜平县:阜平县乡村道路2017年以工代赈示范工程"),
        ("p", "目标:新建乡村公路19.6公里,解决928人行路难"),
        ("p", "涞源县:涞源县乡村道路2017年以工代赈示范工程"),
        ("p", "目标:修建乡村公路32公里,解决5000人出行困难"),
        ("p", "唐县:唐县乡村道路2017年以工代赈示范工程"),
        ("p", "目标:改建乡村公路5.7公里,解决7000人出行难问题"),
        ("p", "易县:易县小流域综合治理2017年以工代赈示范工程"),
        ("p", "目标:修建小塘坝2座,水平沟500亩,新建乡村公路10公里,治理水土流失面积6平方公里"),
        ("p", "以上项目定于2017年开工,2018年建成。"),
    ],
    "shaanxi-huanglong-yigongdaizhen-xiada": [
        ("p", "界头庙镇人民政府:"),
        ("p", "为落实市委、市政府巩固拓展脱贫攻坚成果、全面推进乡村振兴的部署,统筹做好2025年以工代赈工作,"
              "依据市发改委《关于下达2025年第二批中央财政以工代赈任务计划的通知》(延发改投〔2025〕17号),"
              "现将2025年第二批中央财政衔接推进乡村振兴补助资金以工代赈任务计划下达你镇,有关事项通知如下。"),
        ("h", "一、分解下达"),
        ("p", "本次计划共安排项目1个,用于黄龙县界头庙镇2025年中央财政以工代赈项目,总投资375万元,其中:"
              "中央财政以工代赈资金280万元,预计带动农村群众就业人口不少于58人,计划发放劳务报酬不低于122万元。"),
        ("p", "(一)受益对象。包括农村劳动力、城乡低收入人口和其他就业困难群体。参与工程建设时,优先吸纳农村"
              "脱贫人口、因灾需赈济人口、防止返贫监测对象和易地搬迁脱贫群众等。"),
        ("p", "(二)建设内容。新建长4.5公里,宽3.5米,厚0.18米水泥混凝土路面,并配备相对应水渠。"),
        ("h", "二、加强监管"),
        ("p", "你镇要压实投资计划执行和项目监管的主体责任:抓紧做好前期工作,按批复组织建设,及时准确上报进度"
              "数据和信息,确保项目按期建成、发挥效益;主动接受各级监管部门和监管责任人的检查,对指出的问题"
              "认真整改并及时报送整改情况。"),
        ("p", "你镇需明确一名直接监管责任人,随时掌握建设进展,做到“三到现场”,即开工到现场、建设到现场、"
              "竣工到现场,并及时向上级有关部门报告。"),
        ("p", "在吸纳农村脱贫群众和其他低收入人口参与建设的同时,要及时足额发放劳务报酬,并适时核查组织群众"
              "务工、发放劳务报酬等情况。要建立工作机制,制定监管计划,组织实施中央和省级预算内投资项目的日常调度、"
              "在线监测、现场检查和"),
    ],
    "qinghai-huzhu-yuluojihua-gongshi": [
        ("table", [["索 引 号:", "nynchkjj/2025-00015", "发文字号:", ""],
                   ["发布机构:", "农业农村和科技局", "公文时效:", "是"],
                   ["主题分类:", "社会保障", "发布日期:", "2025-04-15"]], {"borders": False}),
        ("p", "互助县2025年“雨露计划”助学补助项目(本科、预科)已经县人民政府批复,根据财政衔接资金管理使用办法及"
              "相关政策规定,现将项目概要公示如下:"),
        ("p", "一、项目名称:互助县2025年“雨露计划”助学补助项目(本科、预科)"),
        ("p", "二、项目实施单位及负责人:县农业农村和科技局 曹宏泰"),
        ("p", "三、项目建设地点:全县19个乡镇"),
        ("p", "四、补助对象及标准:"),
        ("p", "1.补助对象:已纳入全国防止防返贫监测和衔接推进乡村振兴信息系统的本县脱贫家庭(含监测对象)子女,"
              "就读全日制普通本科或预科、并在教育部学籍管理系统注册正式学籍的在校生;自考本科、成人函授、网络教育"
              "以及研究生及以上阶段不在其列。户口已迁往学校所在地的在校生同样可以享受。"),
        ("p", "2.补助标准:本科生每生每学期补助3000元;预科生每生每学期补助2000元。学生补助金额以当前所处学历阶段为"
              "补助标准。享受雨露计划助学补助政策的同时,不影响叠加享受国家教育资助政策。"),
        ("p", "五、项目总投资及资金来源:项目总投资633万元,全部为互助县2025年第一批省级财政衔接资金。"),
        ("p", "六、项目年限:2025年"),
        ("p", "公示期为7天(4月15日至4月21日),如有异议,敬请告知。"),
        ("p", "通讯地址:互助县威远镇南街县农业农村和科技局"),
        ("p", "监督电话:0972-8328804(县财政局监督电话)"),
        ("p", "0972-8320762(县农业农村和科技局监督电话)"),
        ("p", "12317 (监督举报电话)"),
        ("pr", "互助土族自治县农业农村和科技局"),
        ("pr", "2025年4月15日"),
    ],
    "jiangsu-sheng-jishengfuzhu-pingjiabaogao": [
        ("table", [["索 引 号:", "014000204/2021-00440", "文  号:", ""],
                   ["发布机构:", "江苏省卫生健康委", "生成日期:", "2021-12-31"],
                   ["主题分类:", "", "组配分类:", "财政信息"],
                   ["体裁分类:", "", "公开形式:", ""],
                   ["公开方式:", "主动公开", "公开范围:", "面向全社会"],
                   ["时  效:", "", "", ""]], {}),
        ("title", "2020年江苏省计划生育奖励扶助补助专项资金政策绩效评价报告"),
        ("pc", "发布日期:2021-12-31 14:04:40 浏览次数:"),
        ("h", "一、项目情况"),
        ("h", "(一)项目概况"),
        ("p", "江苏省的计划生育奖励扶助政策由两块组成:农村部分计划生育家庭奖励扶助,以及计划生育家庭特别扶助。"
              "资金直接扶助到户到人,由各市县经指定银行打入个人账户。奖扶资金一般半年发放一次,特扶资金一般一年"
              "发放一次,也有部分市县按月或按季发放。"),
        ("h", "(二)实施流程"),
        ("p", "扶助对象先由本人申请,经村委(社区)审议公示、乡镇街道初审公示,再由区县级卫生健康部门审核确认并"
              "公布,报省市卫健部门备案。省卫健委按各地扶助对象人数、发放标准和省拨(含中央)资金比例分两次拨款:"
              "上年底预拨下年度部分资金,次年拨付余下全部资金。资金直达市本级和县级,由区、县直接发到个人。"),
        ("h", "(三)绩效目标"),
        ("p", "一是实施农村计划生育家庭奖励扶助制度,帮助解决农村独生子女家庭的养老问题,提高家庭发展能力;"
              "二是实施计划生育家庭特别扶助制度,缓解计划生育特殊家庭在生产、生活、医疗和养老等方面的特殊困难,"
              "保障和改善民生,促进社会和谐稳定。"),
        ("h", "二、评价情况"),
        ("h", "(一)评价思路方法"),
        ("p", "本次政策评价从三个方面入手:政策制定是否合理、是否可操作,政策执行是否规范、保障是否落实,以及政策"
              "实施的效果。针对计生扶助政策的特点,评价在上述客观评价之外,重点抓住政策本身的特征,查找落实中的"
              "问题并寻求解决办法。"),
        ("p", "本次绩"),
    ],
    "sichuan-panzhihua-xiqudongfang-zipingbaogao": [
        ("h", "一、部门概况"),
        ("p", "西区动物疫病预防控制中心是西区农业农村和交通运输局下属二级事业单位。"),
        ("p", "(一)基本职能。"),
        ("p", "负责动物疫病的监测、检测、诊断、流行病学调查和疫情报告,以及其他预防、控制方面的技术工作;"
              "承担动物疫病净化、消灭的技术工作。"),
        ("p", "(二)人员情况。"),
        ("p", "我单位共有事业编制10名,实际到位7名,退休人员2名。"),
        ("p", "截至2021年底,西区动物疫病预防控制中心固定资产原值114.07万元,净值42.47万元。固定资产比上年增加,"
              "是因为区林业局把原农林畜牧局账上属于动防中心的资产划拨给了动防中心。"),
        ("h", "二、部门资金基本情况"),
        ("p", "(一)年初部门预算安排及支出情况"),
        ("p", "1、基本支出安排及使用情况"),
        ("p", "2021年,西区动物疫病预防控制中心基本支出127.31万元,主要用于工资和公用经费。"),
        ("p", "2、部门预算项目安排及支出情况"),
        ("p", "(二)追加预算安排及支出情况"),
        ("p", "2021年西区动物疫病预防控制中心追加预算82.25万元,支出7.48万元。"),
        ("p", "(三)专项资金安排及支出情况"),
        ("p", "2021年西区动物疫病预防控制中心安排专项资金5.6万元,支出 1.51万元"),
        ("p", "(四)其他资金收支及结转结余使用情况"),
        ("p", "2021年西区动物疫病预防控制中心上年结转结余项目资金24.05万元,支出9.28万元。"),
        ("p", "(五)其他需要说明的情况(如无特别说明的情况则无需阐述)"),
        ("h", "三、绩效目标完成情况分析"),
        ("p", "根据绩效目标及指标值逐项分析。"),
        ("p", "(一)区级财政资金绩效目标完成情况"),
        ("p", "1.年初部门预算绩效目标完成情况"),
        ("p", "(1)产出指标完成情况分析。"),
        ("p", "2021年,西区动物疫病预防控制中心年初部门预算产出指标完成情况良好,各项目数量指标、质量指标、"
              "时效指标、成本指标均按要求完成。"),
        ("p", "(2)效益指标完成情况分析。"),
        ("p", "2021年,西区动物疫病预防控制中心年初部门预算效益指标完成情况良好,各项目经济效益、社会效益、"
              "生态效益和可持续影"),
    ],
}

# The gold goal/target texts use ASCII commas where the document uses full-width
# ones only in the comparison below; the documents themselves are written with the
# punctuation shown in DOCS.  To keep gold == document text, normalise both sides.


def _fw(s):
    """Full-width punctuation as used in the documents."""
    s = s.replace(",", "\uff0c").replace(";", "\uff1b")
    s = s.replace("(", "\uff08").replace(")", "\uff09")
    return re.sub(r"(?<!\d):|:(?!\d)", "\uff1a", s)


for _g in GOLD.values():
    for _i in _g["indicators"]:
        _i["target_text"] = _fw(_i["target_text"])
        _i["name"] = _fw(_i["name"])
    for _goal in _g["goals"]:
        _goal["text"] = _fw(_goal["text"])
    for _f in _g["findings"]:
        _f["item"] = _fw(_f["item"])

for _k, _blocks in DOCS.items():
    _new = []
    for _b in _blocks:
        if _b[0] == "table":
            _new.append(("table", [[_fw(c) for c in r] for r in _b[1]], _b[2]))
        else:
            _new.append((_b[0], _fw(_b[1])))
    DOCS[_k] = _new

# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------


def set_font(run, size=None, bold=None):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def add_par(doc, text, size=11, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold)
    if align is not None:
        p.alignment = align
    return p


def add_table(doc, rows, opts):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    if opts.get("borders", True):
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncol):
            cell = t.cell(i, j)
            cell.text = ""
            txt = row[j] if j < len(row) else ""
            r = cell.paragraphs[0].add_run(txt)
            set_font(r, 10.5)
    return t


def build_docx(key, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for b in DOCS[key]:
        kind = b[0]
        if kind == "title":
            add_par(doc, b[1], 15, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            add_par(doc, b[1], 12, True)
        elif kind == "p":
            add_par(doc, b[1])
        elif kind == "pc":
            add_par(doc, b[1], 10, False, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "pr":
            add_par(doc, b[1], 11, False, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "table":
            add_table(doc, b[1], b[2])
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = key
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{PART}", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s)


def check(key, pdf):
    txt = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                text=True, check=True).stdout)
    txt2 = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                 text=True, check=True).stdout)
    g = GOLD[key]
    items = []
    for i in g["indicators"]:
        items += [("name", i["name"]), ("target_text", i["target_text"])]
    items += [("goal", x["text"]) for x in g["goals"]]
    items += [("finding", f["item"]) for f in g["findings"]
              if f["rule"] != "coverage.missing_dimension"]
    bad = [(k, v) for k, v in items if squash(v) not in txt and squash(v) not in txt2]
    return bad


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = 0
    for key in GOLD:
        docx_path = os.path.join(HERE, key + ".docx")
        build_docx(key, docx_path)
        pdf = to_pdf(docx_path)
        bad = check(key, pdf)
        if bad:
            problems += len(bad)
            for k, v in bad:
                print(f"MISSING in {key}.pdf: {k}: {v}")
        for fname in (key + ".docx", key + ".pdf"):
            ann = dict(GOLD[key])
            ann = {"source": fname, **{k: v for k, v in ann.items()}}
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        print(f"{key}: {len(GOLD[key]['indicators'])} rows, {len(GOLD[key]['goals'])} goals, "
              f"{len(GOLD[key]['findings'])} findings, {len(GOLD[key]['facts'])} facts, check "
              f"{'ok' if not bad else 'FAILED'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
