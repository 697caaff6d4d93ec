# -*- coding: utf-8 -*-
"""blind178: hospitals / health centres / schools layouts (code-blind part).

Gold first (as Python data), then the DOCX build, the PDF export, the annotation
files and a text check against pdftotext output.  Run with /tmp/venv/bin/python.
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

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind178"
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD + CONTENT
# Each document: blocks (what the file shows, in order) and gold.
# block kinds: ("title", text) ("h", text) ("p", text) ("table", rows, merges)
# ---------------------------------------------------------------------------

GOAL_XC = "2024年中央资金下达278.4万元中等职业学校奖补资金,用于改善学校教育学校办学条件。"

DOCS = [
    # 1 ------------------------------------------------------------------
    {
        "stem": "anhui-jingde-xuanchenglvyouxuexiao-zhijiaotisheng-zipingbaogao",
        "source_urls": ["https://www.ahjd.gov.cn/Jczwgk/show/3512334.html"],
        "province": "安徽省",
        "doc_kind": "绩效自评报告",
        "patterns": [10],
        "blocks": [
            ("table", [
                ["索引号:", "11341730003260377K/202504-00007", "组配分类:", "部门项目"],
                ["发布机构:", "旌德县教体局", "主题分类:", "科技、教育、体育"],
                ["名称:", "宣城旅游学校2024年度现代职业教育质量提升计划资金转移支付绩效自评报告", "文号:", "无"],
                ["生成日期:", "2025-04-11", "发布日期:", "2025-04-11"],
            ], []),
            ("h", "一、绩效目标分解下达情况"),
            ("p", GOAL_XC + "该款项全部拨付给宣城旅游学校使用。"),
            ("h", "二、绩效情况分析"),
            ("p", "(一)资金投入情况分析。"),
            ("p", "2024年下达的中央资金278.4万元属中等职业学校奖补资金,用途为改善学校办学条件,全部交由宣城旅游学校使用。地方财政未投入。"),
            ("p", "(二)资金管理情况分析。"),
            ("p", "资金分配科学、下达及时,拨付和使用符合规定,执行准确;预算绩效管理开展得较好,支出做到了及时、准确、规范。"),
            ("p", "(三)总体绩效目标完成情况分析。"),
            ("p", GOAL_XC + "该款项全部拨付给宣城旅游学校使用。学校当年从中安排41.84万元用于改善办学条件。"),
            ("p", "问题分析:"),
            ("p", "本年度资金完成率偏低,原因有二:一是学校先行使用了上年结转的质量提升资金;二是到年底仍有几笔大额款项没有支付完毕,拉低了当年的资金使用率。"),
            ("p", "对策:"),
            ("p", "今后将优先安排使用2025本年度资金,同时督促学校各科室及时提交各项费用的支付凭证,尽快完成支付。"),
            ("p", "(四)绩效指标完成情况分析。"),
            ("p", "2024年到位的278.4万元中央奖补资金全部由宣城旅游学校用于改善办学条件。学校办学条件进一步改善,服务面有所扩大,起到了示范引领作用,获得社会各界好评。家长及教师满意度达100%。"),
            ("h", "三、偏离绩效目标的原因和下一步改进措施"),
            ("p", "优"),
        ],
        "indicators": [
            {"level1": None, "level2": None, "name": "家长及教师满意度", "operator": None, "value": None,
             "unit": "%", "target_text": None, "actual": 100, "weight": None, "score": None},
        ],
        "goals": [{"kind": "绩效目标", "text": GOAL_XC}],
        "facts": [
            {"metric": "中等职业学校奖补资金使用", "kind": "rate", "planned": 278.4, "actual": 41.84,
             "stated_rate": None, "computed_rate": 15.03, "unit": "万元",
             "text": "下达278.4万元,用于改善办学条件41.84万元;报告只说\"完成率较低\",未写比率"},
        ],
        "findings": [
            {"rule": "goal.budget_text", "item": GOAL_XC,
             "why": "下达的绩效目标只写资金数额和用途(改善办学条件),没有产出或效果的量化内容"},
            {"rule": "goal.unmeasured", "item": GOAL_XC,
             "why": "'改善办学条件'没有任何产出指标(设备/校舍数量、验收合格率等)支撑,只有一条满意度结果"},
            {"rule": "target.missing_value", "item": "家长及教师满意度",
             "why": "只给出完成值100%,报告中没有年度指标值(目标值)"},
            {"rule": "target.satisfaction_weak", "item": "家长及教师满意度",
             "why": "满意度100%,未说明调查对象、方法和样本;且是唯一的效果类指标"},
            {"rule": "coverage.missing_dimension", "item": "产出指标",
             "why": "指标完成情况一节没有任何数量/质量/时效/成本类产出指标"},
        ],
        "notes": "安徽旌德县教体局公开的转移支付绩效自评报告(宣城旅游学校,中职)。页首的索引号/发布机构/名称/日期信息以4列表格重建。"
                 "'改善学校教育学校办学条件'为原文重复用词,照录。存储页在'三、偏离绩效目标的原因和下一步改进措施'之后的'优'字处截断,文件到此为止。"
                 "只有一条以散文给出的指标(家长及教师满意度达100%,无目标值)。执行率未写出,15.03%为41.84/278.4的计算值。",
    },
    # 2 ------------------------------------------------------------------
    {
        "stem": "anhui-huoqiu-jiaoyuju-bumenjixiao-zipingzongjie",
        "source_urls": ["https://www.huoqiu.gov.cn/public/6600221/36423337.html"],
        "province": "安徽省",
        "doc_kind": "绩效自评报告",
        "patterns": [10],
        "blocks": [
            ("title", "霍邱县教育局2022年部门绩效自评工作情况总结(绩效自评结果、绩效评价报告)"),
            ("p", "浏览次数: 来源:霍邱县教育局 时间:2023-03-30 17:56"),
            ("h", "一、自评工作开展情况"),
            ("p", "(一)项目支出自评情况。"),
            ("p", "2022年本单位共对35个项目开展项目支出绩效自评,按支出内容归为七个方面:"),
            ("p", "一是其他教育管理事务支出,即“三区”人才计划教师专项工作补助经费,合计75万元,本年度已支出75万元,预算完成率100%,资金用于“三区”人才计划教师专项工作;"),
            ("p", "二是学前教育支出,包括支持学前教育发展资金、公办幼儿园生均经费、民办幼儿园公用经费、中小学幼儿园教师国家级培训计划资金、2022年幼儿园延时服务经费、教育结余用于项目建设等,合计3624.71万元,本年度已支出3624.71万元,预算完成率100%,主要用于公办、民办幼儿园的补助支出;"),
            ("p", "三是小学教育支出,即教育强国推进工程,合计676.47万元,本年度已支出676.47万元,预算完成率100%,主要用于全县义务教育学校建设;"),
            ("p", "四是高中教育支出,包括公办普通高中公用经费、一中、二中学校自聘教师工作经费、改善普通高中学校办学条件补助资金、学生资助补助经费、家庭经济困难学生资助-高中阶段教育资助、教育结余用于项目建设经费,合计4194.23万元,本年度已支出4194.23万元,预算完成率100%,主要用于全县高中阶段学校的日常运转、资助补助和项目建设;"),
            ("p", "五是其他普通教育支出,包括义务教育学校自聘教师工作经费、县特校学生生活补助经费、农村原民办教师教龄补助、资助幼儿、补助困难学生生活费、家庭经济困难学生资助、义务教育薄弱环节改善与能力提升补助资金、中小学幼儿园教师国家级培训计划资金、城乡义务教育补助经费、教育结余用于项目建设、城乡"),
        ],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "其他教育管理事务支出预算完成率", "kind": "rate", "planned": 75, "actual": 75,
             "stated_rate": 100, "computed_rate": 100, "unit": "万元", "text": "合计75万元,已支出75万元,预算完成率100%"},
            {"metric": "学前教育支出预算完成率", "kind": "rate", "planned": 3624.71, "actual": 3624.71,
             "stated_rate": 100, "computed_rate": 100, "unit": "万元", "text": "合计3624.71万元,已支出3624.71万元,预算完成率100%"},
            {"metric": "小学教育支出预算完成率", "kind": "rate", "planned": 676.47, "actual": 676.47,
             "stated_rate": 100, "computed_rate": 100, "unit": "万元", "text": "合计676.47万元,已支出676.47万元,预算完成率100%"},
            {"metric": "高中教育支出预算完成率", "kind": "rate", "planned": 4194.23, "actual": 4194.23,
             "stated_rate": 100, "computed_rate": 100, "unit": "万元", "text": "合计4194.23万元,已支出4194.23万元,预算完成率100%"},
        ],
        "findings": [],
        "notes": "安徽霍邱县教育局部门绩效自评工作总结,散文,无指标表。七个方面只存到第五个,存储页在'城乡'处截断(列表中途),文件照此结束。"
                 "资金项目名单照录,叙述句改写,数字全部保留。四条'预算完成率100%'可逐条复算。没有写绩效目标,也没有指标,故 goals/indicators 为空;"
                 "只凭预算完成率报告自评结果本身不是指标行,不记 finding。",
    },
    # 3 ------------------------------------------------------------------
    {
        "stem": "chongqing-rongchang-renyizhongxue-2025yusuan-shuoming",
        "source_urls": ["http://www.rongchang.gov.cn/bm/qjw/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202502/t20250210_14283889.html"],
        "province": "重庆市",
        "doc_kind": "单位预算情况说明",
        "patterns": [],
        "blocks": [
            ("title", "重庆市荣昌仁义中学校"),
            ("title", "2025年单位预算情况说明"),
            ("h", "一、单位基本情况"),
            ("p", "(一)职能职责。"),
            ("p", "1.贯彻教育工作的法律、法规、规章和方针政策,统筹规划、协调管理全校教学和日常工作。"),
            ("p", "2.负责全校教职工的职称评定、各类绩效考核和思想政治教育。"),
            ("p", "3.负责全校招生、学籍管理、教学教务与教研教改、班级常规管理、教材资料收集管理和教师继续教育。"),
            ("p", "4.负责全校财务记账、后勤登记管理、学生资助以及各级各类统计汇报。"),
            ("p", "5.负责全校各类活动的安全稳定、学生日常礼仪教育教学和文化宣传。"),
            ("p", "(二)单位构成。"),
            ("p", "2025年本单位部门预算单位共1个;经上级同意设置的内设机构5个:办公室、教务处、德育处、体卫艺处、总务处。"),
            ("h", "二、单位收支总体情况"),
            ("p", "(一)收入预算:2025年收入合计8305.33万元,其中:本年收入6128.16万元,主要是一般公共预算拨款5478.16万元,政府性基金预算拨款0.00万元,国有资本经营预算收入0.00万元,财政专户管理资金收入650.00万元,事业收入0.00万元,其他收入0.00万元;上年结转收入2177.17万元。收入较去年增加2102.84万元,主要是普通高中建设项目经费拨款增加2102.84万元。"),
            ("p", "(二)支出预算:2025年支出合计8303.55万元,其中:一般公共服务支出0.00万元,教育支出4902.56万元,社会保障和就业支出870.81万元,卫生健康支出237.90万元,住房保障支出244.39万元,其他支出2049.67万元;支出较去年增加2102.84万元,主要是基本支出增加271.33万元,项目支出增加1831.50万元。"),
            ("h", "三、单位预算情况说明"),
            ("p", "2025年一般公共预算财政拨款收入合计5605.66万元,其中:本年收入5478.16万元,上年结转收入127.50万元;一般公共预算财政拨款支出5605.66万元,比2024年增加41.17万元。其中:基本支出5395.55万元,比2024年增加315.33万元,主要原因是教师工资"),
        ],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "收入合计", "kind": "sum", "total": 8305.33, "parts": [6128.16, 2177.17], "unit": "万元",
             "text": "本年收入6128.16 + 上年结转收入2177.17 = 8305.33 ✓"},
            {"metric": "本年收入", "kind": "sum", "total": 6128.16, "parts": [5478.16, 0.00, 0.00, 650.00, 0.00, 0.00], "unit": "万元",
             "text": "5478.16+0+0+650.00+0+0 = 6128.16 ✓"},
            {"metric": "支出合计", "kind": "sum", "total": 8303.55, "parts": [0.00, 4902.56, 870.81, 237.90, 244.39, 2049.67], "unit": "万元",
             "text": "分项之和为8305.33,与写明的8303.55相差1.78 ✗"},
            {"metric": "支出较去年增加", "kind": "sum", "total": 2102.84, "parts": [271.33, 1831.50], "unit": "万元",
             "text": "271.33+1831.50 = 2102.83,与2102.84差0.01 ✗"},
            {"metric": "一般公共预算财政拨款收入合计", "kind": "sum", "total": 5605.66, "parts": [5478.16, 127.50], "unit": "万元",
             "text": "5478.16+127.50 = 5605.66 ✓"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "支出合计",
             "why": "支出合计写8303.55万元,而所列六项功能分类支出之和为8305.33万元(恰等于收入合计),相差1.78万元"},
            {"rule": "consistency.sum", "item": "支出较去年增加",
             "why": "支出较去年增加2102.84万元,但基本支出增加271.33万元与项目支出增加1831.50万元之和为2102.83万元,差0.01万元"},
        ],
        "notes": "重庆荣昌区教委公开的中学单位预算情况说明,散文,无绩效指标。职能职责条目改写,全部金额照录。"
                 "存储页在'主要原因是教师工资'处截断(后面的绩效目标部分不在存储页内)。无 goals、无 indicators;两处加总不符作为 consistency.sum 记录。",
    },
    # 4 ------------------------------------------------------------------
    {
        "stem": "hubei-huangshi-jikongzhongxin-2025bumenyusuan-mulu",
        "source_urls": ["http://hbhscdc.cn/view_404.html"],
        "province": "湖北省",
        "doc_kind": "部门预算",
        "patterns": [],
        "blocks": [
            ("title", "目录"),
            ("p", "一、部门(单位)主要职责"),
            ("p", "二、机构设置情况"),
            ("p", "三、预算收支安排及增减变化情况"),
            ("p", "四、机关运行经费安排情况说明"),
            ("p", "五、一般公共预算“三公”经费支出情况说明"),
            ("p", "六、政府采购安排情况说明"),
            ("p", "七、国有资产占用情况说明"),
            ("p", "八、重点项目预算绩效情况说明"),
            ("p", "九、其他需要说明的情况"),
            ("p", "十、专业名词解释"),
            ("p", "十一、2025部门预算表"),
            ("p", "一)2025年收支总表"),
            ("p", "二)2025年收入总表"),
            ("p", "三)2025年支出总表"),
            ("p", "四)2025年财政拨款收支总表"),
            ("p", "五)2025年一般公共预算支出表"),
            ("p", "六)2025年一般公共预算基本支出表"),
            ("p", "七)2025年一般公共预算“三公”经费支出表"),
            ("p", "八)2025年政府性基金预算支出表"),
            ("p", "九)2025年项目支出表"),
            ("p", "十)2025年国有资本经营预算支出表"),
            ("p", "十二、2025年项目支出绩效目标批复表"),
            ("p", "一)艾滋病防治项目"),
            ("p", "二)城镇居民生活饮用水日常监测项目"),
            ("p", "三)慢病、传染病、免疫规划、地方病防治项目"),
            ("p", "四)安全生产监管专项"),
            ("p", "五)卫生督导专项"),
            ("p", "六)疾控能力建设"),
            ("p", "七)用人单位主要负责人和职业卫生管理人员职业卫生培训"),
            ("p", "八)疫苗成本"),
            ("h", "第一部分 部门(单位)主要职责"),
            ("p", "市疾病预防控制中心承担辖区内疫情信息的收集与上报、流行病学调查、隔离防控等日常疫情防控工作;统一承担公共卫生、医疗卫生等方面的监督执法,加强对医疗机构传染病防控工作的巡查监督;开展疾病预防控制应用性研究,负责新技术、新方法的开发引进和推广应用;组织实施地方病和寄生虫病的预防控制。"),
            ("h", "第二部分 机构设置情况"),
            ("p", "黄石市疾病预防控制中心是卫健委的二级预算单位,属公益一类事业单位。2023年12月,原市疾病预防控制中心与原市卫生健康委员会综合监督执法局职责整合,重新组建为市疾病预防控制中心,并加挂市卫生监督所牌子,目前机构设置情况尚未明确。原黄石市卫生健康委员会综合监督执法"),
        ],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "湖北黄石市疾控中心2025年部门预算公开。存储页只有目录和前两部分(职责、机构设置),在'原黄石市卫生健康委员会综合监督执法'处截断。"
                 "目录列出'十二、2025年项目支出绩效目标批复表'及8个项目名称,但批复表本身不在存储页中:这些是目录条目,不是指标行,gold 中无指标。"
                 "目录条目照录,两段说明改写。",
    },
    # 5 ------------------------------------------------------------------
    {
        "stem": "xizang-linzhi-guangdongshiyanxiaoxue-2023zhengtizhichu-pingjiabaogao",
        "source_urls": ["http://www.slj.linzhi.gov.cn/zfxxgkpt/c1008611/202509/1d11828b7b9c4bf18d289475822eb700.shtml"],
        "province": "西藏自治区",
        "doc_kind": "部门整体支出绩效评价报告",
        "patterns": [],
        "blocks": [
            ("p", "政府信息公开"),
            ("title", "林芝市广东实验小学2023年度部门整体支出绩效评价报告"),
            ("p", "责任编辑:    来源:    发布时间:2025-09-16    浏览次数:"),
            ("p", "相关链接:"),
            ("title", "林芝市广东实验小学"),
            ("title", "2023年度部门整体绩效评价报告"),
            ("title", "林芝市财政局"),
            ("p", "受贵单位委托,我们对林芝市广东实验小学(以下简称:实验小学”)2023年1月1日2023年12月31日本级财政预算资金的整体支出开展了绩效评价。建立健全内部控制制度,并保证所提供会计资料和相关证明文件的完整、真实、合法,是实验小学的责任。"),
            ("p", "本次评价依据《中共西藏自治区委员会西藏自治区人民政府关于全面实施预算绩效管理的实施意见》藏党发20207号、财政部《财政支出绩效评价管理暂行办法》财预2011285号和《财政局关于开展 2023 年度部门整体支出、项目支出、财政政策绩效评价工作通知》林财预202411号的要求,结合实验小学实际情况,实施了查阅资料、实地察看、社会调查、检查、函证、询问、计算、分析性复核等评价程序。现将有关情况报告如下"),
            ("h", "一、部门基本情况"),
            ("p", "(一)部门主要职能"),
            ("p", "依照国家有关法律法规和上级规定,实验小学的主要职能如下:"),
            ("p", "1)按法律法规和教育行政部门的规定落实招生入学方案,公开招生范围、程序、时间和结果,保障适龄儿童少年平等接受义务教育的权利。"),
            ("p", "2)坚持免试就近入学,不举办任何形式的入学或升学考试,也不把各类竞赛、考级、奖励证书作为入学或升学依据。"),
            ("p", "3)实行均衡编班,不分重点班与非重点班,编班时邀请相关人员参加并接受各方监督。"),
            ("p", "4)实行收费公示,严格执行国家有关义务教育免费的规定。"),
            ("p", "5)执行国家学籍管理规定,使用全国中小学生学籍信息管理系统做好学管理。"),
            ("p", "6)执行学生考勤制度,每"),
        ],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "西藏林芝市财政局委托评价的小学部门整体支出绩效评价报告(第三方口吻)。存储页只到'一、部门基本情况 (一)部门主要职能'第6条'执行学生考勤制度,每'处,"
                 "评分表、结论均不在存储页内。文号照页面所写(括号缺失:藏党发20207号、财预2011285号、林财预202411号),"
                 "'(以下简称:实验小学”)'的单边引号、'2023年1月1日2023年12月31日'缺'至'、'做好学管理'缺字均照录。其余句子改写。",
    },
]


# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------

def _set_font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def build_docx(doc_spec, path):
    d = Document()
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = doc_spec["stem"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    for kind, *rest in doc_spec["blocks"]:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(rest[0]), 15, True)
        elif kind == "h":
            p = d.add_paragraph()
            _set_font(p.add_run(rest[0]), 12, True)
        elif kind == "p":
            p = d.add_paragraph()
            _set_font(p.add_run(rest[0]), 11)
        elif kind == "table":
            rows, merges = rest
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _set_font(cell.paragraphs[0].add_run(v), 10)
            for (r0, c0, r1, c1) in merges:
                t.cell(r0, c0).merge(t.cell(r1, c1))
            d.add_paragraph()
    buf = io.BytesIO()
    d.save(buf)
    _deterministic_zip(buf.getvalue(), path)


def _deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(n))


def export_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return os.path.splitext(path)[0] + ".pdf"


def gold_for(doc_spec, source):
    return {
        "source": source,
        "source_urls": doc_spec["source_urls"],
        "province": doc_spec["province"],
        "doc_kind": doc_spec["doc_kind"],
        "patterns": doc_spec["patterns"],
        "indicators": doc_spec["indicators"],
        "goals": doc_spec["goals"],
        "facts": doc_spec["facts"],
        "findings": doc_spec["findings"],
        "notes": doc_spec["notes"],
    }


def _norm(s):
    return re.sub(r"\s+", "", s or "")


# coverage.missing_dimension names a dimension that is, by definition, absent.
NOT_IN_TEXT_RULES = {"coverage.missing_dimension"}


def check_pdf(doc_spec, pdf):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    hay = _norm(txt)
    missing = []
    for ind in doc_spec["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and _norm(ind[key]) not in hay:
                missing.append((key, ind[key]))
    for g in doc_spec["goals"]:
        if _norm(g["text"]) not in hay:
            missing.append(("goal", g["text"]))
    for f in doc_spec["findings"]:
        if f["rule"] in NOT_IN_TEXT_RULES:
            continue
        if _norm(f["item"]) not in hay:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for spec in DOCS:
        docx_path = os.path.join(HERE, spec["stem"] + ".docx")
        build_docx(spec, docx_path)
        pdf_path = export_pdf(docx_path)
        for fn in (os.path.basename(docx_path), os.path.basename(pdf_path)):
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold_for(spec, fn), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check_pdf(spec, pdf_path)
        status = "OK" if not miss else "MISSING %r" % (miss,)
        if miss:
            bad += 1
        print("%-75s %s" % (spec["stem"], status))
    tot = {k: sum(len(s[k]) for s in DOCS) for k in ("indicators", "goals", "findings", "facts")}
    print("totals per document set:", tot)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
