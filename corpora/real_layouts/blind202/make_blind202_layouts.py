# -*- coding: utf-8 -*-
"""blind202: policy plans (实施方案 / 行动方案 / 总体方案) whose goal sections carry quantified
targets in running text.  Gold first (as Python data), then the DOCX builder, the PDF export
through LibreOffice, the annotation files and the pdftotext check.

Run: /tmp/venv/bin/python make_blind202_layouts.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind202"


def ind(name, op, value, unit, target_text):
    """One indicator row stated in running text (no level, no actual, no weight, no score)."""
    return {"level1": None, "level2": None, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": target_text, "actual": None, "weight": None, "score": None}


# ---------------------------------------------------------------------------------------------
# GOLD + TEXT.  blocks: (kind, text); kind in head (site chrome), title, meta, h (section heading),
# p (paragraph), foot (site footer).  Long sentences are rewritten in our own words; every number,
# name, date, document number and short target sentence is kept as the stored page writes it.
# ---------------------------------------------------------------------------------------------

# 1 ------------------------------------------------------------------ 河南 三门峡 乡村建设
SMX_GOAL_ALL = "促进城乡融合发展，力争让三门峡市的乡村建设实现更大突破、走在全省前列"
SMX_GOAL_PLAN = ("2025年年底前构建完成县域国土空间一体的规划体系，市县国土空间规划、乡镇国土空间规划和村庄规划"
                 "三级之间传导顺畅、衔接有序、实施有效，实现乡村地区规划全覆盖")
SANMENXIA = {
    "stem": "henan-sanmenxia-xiangcunjianshe-shishifangan",
    "url": "https://henan.china.com/news/dsxy/2022/0130/2530243558.html",
    "province": "河南省",
    "doc_kind": "实施方案",
    "patterns": [10],
    "blocks": [
        ("head", "中华网 china.com"),
        ("head", "河南"),
        ("head", "当前位置:新闻 > 地市新闻 > 正文"),
        ("title", "《三门峡市乡村建设行动实施方案》出炉"),
        ("meta", "2022-01-30 10:46:05 来源:三门峡市人民政府"),
        ("p", "近日，三门峡市政府办公室印发了《三门峡市乡村建设行动实施方案》(以下简称《方案》)。《方案》从乡村基础设施、"
              "公共服务和人居环境三方面同时发力，" + SMX_GOAL_ALL + "。"),
        ("p", "《方案》明确了4项重点工作。一是科学编制乡村规划。" + SMX_GOAL_PLAN + "。同时要保障规划落地：从严把控乡村规划的"
              "水平和质量，加强对村庄规划实施的监督和评估，全面推行乡村建设规划许可制度，并探索建立乡村规划师制度。"),
        ("p", "二是推进县域内城乡基础设施一体化。围绕县域城乡交通一体化、农村供水保障、县域城乡清洁能源建设一体化、县域城乡"
              "信息通信网络建设一体化、县域城乡广播电视建设一体化、县域城乡物流体系建设、农村房屋品质提升，实施7项行动，"
              "到2025年年底前，义马市实现城乡供水一体化全覆盖，具备条件的县(市、区)完成水源置换工作，农村自来水普及率达到94%；"
              "实现行政村最多换乘一次客运公交即可到达县城比例达到100%，乡镇以上区域和重点行政村5G网络全覆盖，"
              "行政村快递物流服务通达率达到100%。"),
        ("p", "三是推进县域内城乡公共服务均等化。实施县域城乡教育服务、公共文化服务、医疗卫生服务和社会保障均等化行动，"
              "到2025年年底前，全市学前教育三年毛入园率达到95%以上，普惠性幼儿园覆盖率稳定在80%以上；实现所有县(市、区)"
              "建有三级以上公共图"),
    ],
    "indicators": [
        ind("农村自来水普及率", ">=", 94, "%", "达到94%"),
        ind("行政村最多换乘一次客运公交即可到达县城比例", ">=", 100, "%", "达到100%"),
        ind("行政村快递物流服务通达率", ">=", 100, "%", "达到100%"),
        ind("学前教育三年毛入园率", ">=", 95, "%", "达到95%以上"),
        ind("普惠性幼儿园覆盖率", ">=", 80, "%", "稳定在80%以上"),
    ],
    "goals": [
        {"kind": "总体目标", "text": SMX_GOAL_ALL},
        {"kind": "目标", "text": SMX_GOAL_PLAN},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": SMX_GOAL_ALL,
         "why": "总体目标只写“实现更大突破、走在全省前列”，没有可衡量的数值或排名口径"},
        {"rule": "goal.unmeasured", "item": SMX_GOAL_PLAN,
         "why": "规划目标只有“全覆盖”“传导顺畅”等表述，没有任何指标（如村庄规划编制完成率）支撑"},
    ],
    "notes": ("新闻稿转述的市级实施方案（china.com 河南频道，来源三门峡市人民政府）。存储页在第三项重点工作中途"
              "“建有三级以上公共图”处截断，文档照此截断，第四项重点工作未出现。“全覆盖”类句子（义马市城乡供水一体化、"
              "5G网络、乡村地区规划）没有数字，按说明不作指标行。“达到”读作 >=；“达到100%”照录，未记 impossible_value："
              "政策文本中“达到100%”即“全部”，审阅者一般不会视为错误。“7项行动”“4项重点工作”是措施数量，不是目标，不作行。"),
}

# 2 ------------------------------------------------------------------ 安徽 池州 文化旅游
CZ_GOAL_ALL = ("实施文化旅游发展“增总量、提质量、缩差距”三年提升计划(20xx—2022年)，力争用三年时间，使全市文化旅游综合实力"
               "迈上新台阶、发展质量不断提高，整体发展水平保持在全省第一方阵，同长三角地区的差距进一步缩小，池州文化旅游目的地"
               "品牌的知名度和美誉度进一步提升")
CZ_GOAL_1 = ("——增总量。到2022年，全市旅游总收入超过1000亿元，过夜游客年均增长7%以上，旅游接待人次等主要指标保持全省"
             "第一方阵，力争取得更好名次。")
CZ_GOAL_2 = ("——提质量。到2022年，全市文化旅游产业体系更加完备，全域旅游四级联建取得积极进展，力争3个县(区)成功创建国家"
             "全域旅游示范区，3个县区成功创建文化旅游名县。")
CZ_GOAL_3 = ("——缩差距。到2022年，文化旅游品牌创建再有新突破，力争新增国家5A级旅游景区1家、国家4A级旅游景区2家，"
             "新增省级旅游度假区1家、省级文化旅游产业基地3家。")
CHIZHOU = {
    "stem": "anhui-chizhou-wenlv-xingdongfangan",
    "url": "https://czfuli1.com/zhuantifanwen/gongwenfanwen/120075.html",
    "province": "安徽省",
    "doc_kind": "行动方案",
    "patterns": [8, 10],
    "blocks": [
        ("head", "下面是小编为大家整理的文化旅游“增总量、提质量、缩差距”三年提升计划行动方案，供大家参考。"),
        ("h", "一、指导思想"),
        ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中全会精神，深入学习贯彻"
              "习近平总书记视察安徽重要讲话和关于文化旅游的重要论述；坚持稳中求进工作总基调和新发展理念，以供给侧结构性改革"
              "为主线、以改革开放为动力，把目标、问题和结果导向贯穿始终。深入推进皖南国际文化旅游示范区建设，加快建设国家全域"
              "旅游示范区和国家级旅游业改革创新先行区，尽量减小新冠肺炎疫情的影响，开创池州全域旅游高质量发展新局面，为建设"
              "现代化绿色池州创新池州幸福池州作出更大贡献。"),
        ("h", "二、总体目标"),
        ("p", CZ_GOAL_ALL + "。"),
        ("p", CZ_GOAL_1),
        ("p", CZ_GOAL_2),
        ("p", CZ_GOAL_3),
        ("h", "三、重点任务"),
        ("p", "(一)实施全域旅游高质量"),
    ],
    "indicators": [
        ind("旅游总收入", ">", 1000, "亿元", "超过1000亿元"),
        ind("过夜游客年均增长", ">=", 7, "%", "7%以上"),
        ind("国家全域旅游示范区", None, 3, "个", "力争3个县(区)"),
        ind("文化旅游名县", None, 3, "个", "3个县区"),
        ind("新增国家5A级旅游景区", None, 1, "家", "1家"),
        ind("国家4A级旅游景区", None, 2, "家", "2家"),
        ind("新增省级旅游度假区", None, 1, "家", "1家"),
        ind("省级文化旅游产业基地", None, 3, "家", "3家"),
    ],
    "goals": [
        {"kind": "总体目标", "text": CZ_GOAL_ALL},
        {"kind": "目标", "text": CZ_GOAL_1},
        {"kind": "目标", "text": CZ_GOAL_2},
        {"kind": "目标", "text": CZ_GOAL_3},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": CZ_GOAL_ALL,
         "why": "总体目标全是“迈上新台阶”“进一步缩小”“进一步提升”等程度词，没有基数和目标值"},
        {"rule": "target.placeholder", "item": CZ_GOAL_ALL,
         "why": "计划期写作“20xx—2022年”，起始年份是未替换的占位符"},
        {"rule": "target.vague_wording", "item": CZ_GOAL_1,
         "why": "“旅游接待人次等主要指标保持全省第一方阵，力争取得更好名次”没有数值，接待人次无目标值"},
    ],
    "notes": ("范文站转载的池州市文化旅游三年提升计划行动方案；页首“下面是小编为大家整理的……供大家参考”是站点模板文字，照录"
              "（pattern 8）。页面无单独标题行，文首即该句。存储页在“三、重点任务 (一)实施全域旅游高质量”处截断。"
              "“力争3个县(区)”“3个县区”没有运算符，记 operator null，unit 记“个”（量词）；4A级与省级产业基地两项沿用前面的"
              "“新增”，名称按原文所在片段写。“过夜游客年均增长7%以上”名称取原文“过夜游客年均增长”。“20xx”照录。"),
}

# 3 ------------------------------------------------------------------ 青海 国际生态旅游目的地
QH_GOAL_ALL = "由部省合作共同打造青海国际生态旅游目的地"
QH_GOAL_2035 = "到2035年，青海全省生态旅游标准基本完善，生态旅游体系基本建立，国际生态旅游目的地基本建成，实现生态旅游强省目标。"
QINGHAI = {
    "stem": "qinghai-shengji-shengtailvyou-xingdongfangan",
    "url": "http://travel.jnbw.org.cn/lvyou/2021/1129/38793.html",
    "province": "青海省",
    "doc_kind": "行动方案",
    "patterns": [10],
    "blocks": [
        ("p", "青海省人民政府与文化和旅游部近日联合印发《青海国际生态旅游目的地行动方案》(以下简称《行动方案》)，"
              + QH_GOAL_ALL + "。"),
        ("p", "根据《行动方案》，到2025年，青海推出50条生态旅游精品线路，形成30条生态旅游风景道，指导3家以上旅游景区申报创建"
              "国家5A级旅游景区，指导4家生态旅游区申报创建国家生态旅游示范区，争取打造8个文化特色鲜明的国家级旅游休闲城市和"
              "街区。接待旅游人次7300万，旅游总收入800亿元，年均增速20%以上，文化和旅游产业增加值占GDP的12%。" + QH_GOAL_2035),
        ("p", "为推进落实，青海省人民政府和文化和旅游部成立了领导小组，重点推动6大重点行动、28项具体措施；此外还将构建旅游都市"
              "—旅游县(市)—特色旅游乡镇—重点生态旅游景区(旅游乡村)四级生态旅游目的地，并建立生态旅游志愿者制度等。"),
        ("foot", "质检"),
        ("foot", "推荐"),
    ],
    "indicators": [
        ind("生态旅游精品线路", None, 50, "条", "推出50条"),
        ind("生态旅游风景道", None, 30, "条", "形成30条"),
        ind("申报创建国家5A级旅游景区", ">=", 3, "家", "3家以上"),
        ind("申报创建国家生态旅游示范区", None, 4, "家", "指导4家"),
        ind("国家级旅游休闲城市和街区", None, 8, "个", "争取打造8个"),
        ind("接待旅游人次", None, 7300, "万", "7300万"),
        ind("旅游总收入", None, 800, "亿元", "800亿元"),
        ind("年均增速", ">=", 20, "%", "20%以上"),
        ind("文化和旅游产业增加值占GDP", None, 12, "%", "12%"),
    ],
    "goals": [
        {"kind": "总体目标", "text": QH_GOAL_ALL},
        {"kind": "远期目标", "text": QH_GOAL_2035},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": QH_GOAL_2035,
         "why": "2035年目标只写“基本完善”“基本建立”“基本建成”，没有任何可衡量的值"},
        {"rule": "target.missing_name", "item": "年均增速",
         "why": "“年均增速20%以上”未写明是哪个量的增速（旅游总收入还是接待人次），指标名称不完整"},
    ],
    "notes": ("旅游资讯站转载的省级行动方案新闻（省政府与文化和旅游部联合印发）。存储页无标题行，正文三段后是站点“质检”“推荐”"
              "字样，照录；页面到此结束（新闻全文很短）。“接待旅游人次7300万”的单位照原文记“万”（人次在名称里）。"
              "“推出/形成/指导/争取打造”不是运算符，记 null；“3家以上”记 >=。“6大重点行动28项具体措施”是措施数量，不作行。"),
}

# 4 ------------------------------------------------------------------ 贵州 贵安新区 绿化/环境
GA_GOAL_GREEN = "明确开展“绿色贵安三年会战”，2017年完成造林绿化15万亩，并完成城市绿化美化"
GA_GOAL_WATER = "提出了2015年、2017年、2020年、2025年生态水系的建设和整治目标"
GUIAN = {
    "stem": "guizhou-guian-lvhua-zongtifangan",
    "url": "http://caoyuan.biz/a/2022/103029267.html",
    "province": "贵州省",
    "doc_kind": "总体方案",
    "patterns": [6, 10],
    "blocks": [
        ("head", "中华草原网"),
        ("head", "您的位置:首页 >科技科教 >"),
        ("title", "贵州:2017年将完成造林绿化15万亩"),
        ("meta", "时间:2022-10-30 12:36:13 | 来源:央广网"),
        ("p", "贵州省政府办公厅近日印发《贵州贵安新区山地特色新型城镇化体制机制创新和基础设施建设总体方案》，"
              + GA_GOAL_GREEN + "。"),
        ("p", "据了解，贵州省将建设“五区八廊百园”工程，2025年前建成各类公园50个以上；明确新区绿化覆盖率在2017年、2020年、"
              "2025年分别提高到50%、60%、65%，并" + GA_GOAL_WATER + "。2016年完成直管区3万户煤改气工程；加快建设由生活垃圾"
              "处理中心、危险固体废弃物处理处置中心、餐厨垃圾处理厂、固体废弃物资源回收中心等构成的垃圾处理利用系统，2020年"
              "固体废弃物综合处置利用率达到100%，生活垃圾无害化处理率达到90%以上，再生资源主要品种回收率达到90%以上。明确2025年"
              "城镇绿色建筑比例达到95%以上。实施大气污染防治工程，2025年空气质量指数达优良天数占比达95%以上。"),
        ("foot", "郑重声明:本文版权归原作者所有，转载文章仅为传播更多信息之目的，如有侵权行为，请第一时间联系我们修改或删除，多谢。"),
    ],
    "indicators": [
        ind("造林绿化", None, 15, "万亩", "15万亩"),
        ind("各类公园", ">=", 50, "个", "50个以上"),
        ind("新区绿化覆盖率", None, 50, "%", "50%"),
        ind("新区绿化覆盖率", None, 60, "%", "60%"),
        ind("新区绿化覆盖率", None, 65, "%", "65%"),
        ind("煤改气工程", None, 3, "万户", "3万户"),
        ind("固体废弃物综合处置利用率", ">=", 100, "%", "达到100%"),
        ind("生活垃圾无害化处理率", ">=", 90, "%", "达到90%以上"),
        ind("再生资源主要品种回收率", ">=", 90, "%", "达到90%以上"),
        ind("城镇绿色建筑比例", ">=", 95, "%", "达到95%以上"),
        ind("空气质量指数达优良天数占比", ">=", 95, "%", "达95%以上"),
    ],
    "goals": [
        {"kind": "目标", "text": GA_GOAL_GREEN},
        {"kind": "目标", "text": GA_GOAL_WATER},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unmeasured", "item": GA_GOAL_WATER,
         "why": "只说提出了四个年份的生态水系建设和整治目标，却没有给出任何水系指标或数值"},
        {"rule": "goal.unquantified", "item": GA_GOAL_GREEN,
         "why": "“完成城市绿化美化”没有数量或标准；只有造林绿化15万亩有数值"},
    ],
    "notes": ("新闻网站转载央广网对贵州省级总体方案的报道；页面时间2022-10-30，但目标年份为2015—2025年，是旧闻重发，照录。"
              "新区绿化覆盖率“在2017年、2020年、2025年分别提高到50%、60%、65%”拆成三行（同名，按年份顺序；pattern 6 一句多值）；"
              "“提高到”不是说明所列的运算符词，记 null。“达到100%”照录为 >=100，不记 impossible_value（理由同三门峡）。"
              "煤改气名称去掉地点与数量写作“煤改气工程”。存储页到版权声明为止（新闻全文）。"),
}

# 5 ------------------------------------------------------------------ 辽宁 抚顺 健康抚顺行动
FS_GOAL_ALL = "形成有利于健康的生活方式、生态环境和社会环境，延长健康寿命，全方位全周期保障人民健康"
FS_GOAL_TASK = "(一)提升全民健康素养。"
FUSHUN = {
    "stem": "liaoning-fushun-jiankang-shishifangan",
    "url": ("https://fushun.gov.cn/zwgk/002011/002011002/002011002001/002011002001001/20210114/"
            "cd52c1f4-9cf0-406e-b4f5-805547fd57b4.html"),
    "province": "辽宁省",
    "doc_kind": "实施方案",
    "patterns": [8, 10],
    "blocks": [
        ("title", "抚顺市人民政府关于印发健康抚顺行动实施方案(2020-2030年)的通知"),
        ("meta", "抚政发〔2020〕11号"),
        ("p", "各县、区人民政府，高新技术产业开发区管委会，市政府各部门、各直属单位："),
        ("p", "现将《健康抚顺行动实施方案(2020-2030年)》印发给你们，请认真贯彻执行。"),
        ("sign", "抚顺市人民政府"),
        ("sign", "2020年12月2日"),
        ("p", "(此件公开发布)"),
        ("title", "健康抚顺行动实施方案(2020-2030年)"),
        ("p", "为贯彻落实《国务院关于实施健康中国行动的意见》(国发〔2019〕13号)、《辽宁省人民政府关于印发健康辽宁行动实施方案的"
              "通知》(辽政发〔2019〕22号)和《中共抚顺市委 抚顺市人民政府关于印发〈“健康抚顺2030”行动规划〉的通知》"
              "(抚委发〔2017〕26号),精神，特制订本实施方案。"),
        ("h", "一、总体要求"),
        ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，落实党中央、"
              "国务院关于健康中国战略的部署和省委、省政府建设健康辽宁的要求，坚持新时代卫生与健康工作方针。以提高全市人民健康"
              "水平为核心，以个人自律、预防为主、优化服务、共建共享为基本路径，压实政府、社会和个人的责任，健全健康教育体系，"
              "普及健康知识，引导群众树立正确的健康观，加强早期干预，" + FS_GOAL_ALL + "。"),
        ("h", "二、主要任务"),
        ("p", FS_GOAL_TASK),
        ("p", "1. 实施健康知识普及行动。面向单位、家庭和个人深入开展健康知识普及和健康文化教育，使健康知识融入日常工作和生活；"
              "倡导人人做自己健康的第一责任人，养成健康生活方式、掌握健康知识与技能，主动维护自身及家庭成员的健康。"
              "建立市级健康科普专家库和"),
    ],
    "indicators": [],
    "goals": [
        {"kind": "总体目标", "text": FS_GOAL_ALL},
        {"kind": "任务目标", "text": FS_GOAL_TASK},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": FS_GOAL_ALL,
         "why": "总体要求只写“形成……环境”“延长健康寿命”“全方位全周期保障”，没有期限以外的任何数值或基数"},
        {"rule": "goal.unquantified", "item": FS_GOAL_TASK,
         "why": "“提升全民健康素养”没有给出居民健康素养水平的目标值；已读到的任务段也没有数字"},
    ],
    "notes": ("市政府文件页（通知+方案正文）。存储页在“1. 实施健康知识普及行动”段中途“建立市级健康科普专家库和”处截断，"
              "截断前没有任何量化目标，因此本文档无指标行（散文型，2个之一中的唯一一个）。"
              "原文引用文件后的“,精神,”多一个逗号，照录为“),精神，”。落款、（此件公开发布）照录（pattern 8）。"),
}

DOCS = [SANMENXIA, CHIZHOU, QINGHAI, GUIAN, FUSHUN]

# ---------------------------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------------------------
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)


def set_cjk_font(run, name="Noto Serif CJK SC", size=None, bold=False):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def build_docx(doc, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    for kind, text in doc["blocks"]:
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind == "title":
            set_cjk_font(r, size=16, bold=True)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "meta":
            set_cjk_font(r, size=10)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "head" or kind == "foot":
            set_cjk_font(r, size=9)
        elif kind == "h":
            set_cjk_font(r, size=12, bold=True)
        elif kind == "sign":
            set_cjk_font(r, size=11)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            set_cjk_font(r, size=11)
            p.paragraph_format.first_line_indent = docx.shared.Pt(22)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = doc["stem"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    tmp = path + ".tmp"
    d.save(tmp)
    normalise_zip(tmp, path)
    os.remove(tmp)


def normalise_zip(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def export_pdf(path, outdir):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(doc, pdf):
    txt = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                                check=True).stdout)
    missing = []
    for row in doc["indicators"]:
        for key in ("name", "target_text"):
            if squash(row[key]) not in txt:
                missing.append((key, row[key]))
    for g in doc["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in doc["findings"]:
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def gold(doc, source):
    return {
        "source": source,
        "source_urls": [doc["url"]],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": doc["indicators"],
        "goals": doc["goals"],
        "facts": doc["facts"],
        "findings": doc["findings"],
        "notes": doc["notes"],
    }


def main():
    os.makedirs(os.path.join(HERE, "annotations"), exist_ok=True)
    bad = 0
    for doc in DOCS:
        docx_path = os.path.join(HERE, doc["stem"] + ".docx")
        build_docx(doc, docx_path)
        export_pdf(docx_path, HERE)
        pdf_path = os.path.join(HERE, doc["stem"] + ".pdf")
        for fname in (doc["stem"] + ".docx", doc["stem"] + ".pdf"):
            with open(os.path.join(HERE, "annotations", fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold(doc, fname), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        missing = check_pdf(doc, pdf_path)
        status = "ok" if not missing else "MISSING %r" % missing
        bad += bool(missing)
        print("%-50s rows=%2d goals=%d findings=%d facts=%d %s" % (
            doc["stem"], len(doc["indicators"]), len(doc["goals"]), len(doc["findings"]),
            len(doc["facts"]), status))
    tot = [sum(len(d[k]) for d in DOCS) for k in ("indicators", "goals", "findings", "facts")]
    print("TOTAL rows=%d goals=%d findings=%d facts=%d" % tuple(tot))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
