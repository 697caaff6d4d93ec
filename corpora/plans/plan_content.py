"""The content of the plan samples (实施方案, 行动计划, 建设方案, 申报书, 自评报告), written by us.

Each plan is data: its goals with their numbers as written, its sub-projects with the fields a
reviewer reads (investment, lead and partner units, content, period) and the goals each one serves.
``make_plans.py`` writes the documents and the gold from this data only. ``refs`` are the goal
numbers a sub-project cites in its text (explicit links); ``serves`` the goals it serves through
shared quantities or measured terms only (content links, nothing in the text names the goal).
``cites`` is a reference to a goal number that does not exist (a planted error).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PlanGoal:
    number: str  # as written: "1", "目标一" → "一", "（三）"
    text: str


@dataclass(frozen=True)
class Sub:
    number: str  # as written: （一）, 1, 第三章, a table's 序号
    name: str
    investment: float
    lead: tuple[str, ...]
    partners: tuple[str, ...] = ()
    content: str = ""
    period: str = ""
    refs: tuple[str, ...] = ()  # goal numbers the text cites (explicit)
    reference: str = ""  # the citing words as written
    serves: tuple[str, ...] = ()  # goal numbers served by content only (implicit)
    cites_unknown: tuple[str, ...] = ()  # cited goal numbers that do not exist
    actual: float | None = None  # 自评: 实际支出
    status: str = ""  # 自评: 完成情况


@dataclass(frozen=True)
class Plan:
    file: str
    title: str
    kind: str  # 实施方案 | 行动计划 | 建设方案 | 申报书 | 自评报告
    goals: tuple[PlanGoal, ...]
    subs: tuple[Sub, ...]
    stated_total: float | None = None  # 总投资 / 申请资金总额 as stated (万元)
    unit: str = "万元"
    layout: str = ""
    extra: dict = field(default_factory=dict)


CHENGGUAN = "江州市城市管理局"
POLICE = "江州市公安局"
DATA = "江州市数据资源管理局"

# --------------------------------------------------------------------------- A. numbered sections, explicit references

A = Plan(
    file="plan-zhcg3-sections.docx",
    title="江州市智慧城管三期建设实施方案",
    kind="实施方案",
    layout="numbered sections （一）…项目 with 投资估算/牵头单位/建设内容 paragraphs; references 对应具体目标第1、2项",
    stated_total=3280,
    goals=(
        PlanGoal("1", "新增城市运行感知设备不少于1500个，重点区域感知覆盖率达到95%以上。"),
        PlanGoal("2", "城市管理问题主动发现率达到92%以上，案件平均处置时长缩短至24小时以内。"),
        PlanGoal("3", "接入市直部门业务系统不少于25个，建成数据共享接口不少于60个。"),
        PlanGoal("4", "执法文书电子化率达到98%，执法案件网上办理率达到100%。"),
        PlanGoal("5", "市民对城市管理工作满意度不低于93%。"),
        PlanGoal("6", "培训基层网格员不少于800人次。"),
    ),
    subs=(
        Sub("（一）", "城市运行感知网络扩容项目", 860, (CHENGGUAN,), (POLICE, DATA),
            "在主城区和江北新区布设井盖位移、积水监测、渣土车定位等智能感知设备1500个，完善感知数据汇聚通道，"
            "实现重点区域感知全覆盖。", "2025年1月至2025年12月", refs=("1", "2"), reference="对应具体目标第1、2项"),
        Sub("（二）", "城管数据资源中心升级项目", 640, (DATA,), (CHENGGUAN,),
            "扩充数据存储与计算资源，编制城市管理数据资源目录，与住建、交通、生态环境等部门对接共享接口。",
            "2025年3月至2026年3月", refs=("3",), reference="对应具体目标第3项"),
        Sub("（三）", "智能视频分析扩展工程", 520, (CHENGGUAN,), (POLICE,),
            "新增占道经营、暴露垃圾、违规广告等识别算法8类，对接公安视频资源，提升问题自动发现能力。",
            "2025年4月至2025年12月", refs=("2",), reference="支撑目标2"),
        Sub("（四）", "执法办案系统移动端建设项目", 450, ("江州市城市管理综合行政执法支队",), (CHENGGUAN,),
            "开发执法办案移动端，配发执法终端300台，实现现场取证、文书制作和电子送达一体办理。",
            "2025年5月至2026年2月", refs=("4",), reference="对应具体目标第4项"),
        Sub("（五）", "市民服务与公众参与平台项目", 510, (CHENGGUAN,), ("江州市政务服务中心",),
            "整合热线、网站和小程序诉求渠道，建设市民随手拍和满意度回访功能，诉求办理全程可查询。",
            "2025年6月至2026年6月", refs=("2", "5"), reference="对应具体目标第2、5项"),
        Sub("（六）", "网格员队伍能力提升工程", 300, (CHENGGUAN,), ("各区人民政府",),
            "分批组织网格员开展业务培训和实操演练，编印巡查工作手册，建立网格员考核激励机制。",
            "2025年1月至2026年6月", refs=("6",), reference="服务于具体目标第6项"),
    ),
)

# --------------------------------------------------------------------------- B. task table split across pages

WATER = "江州市水务局"
B = Plan(
    file="plan-drainage-task-table.docx",
    title="江州市城区排水防涝能力提升三年行动计划（2025—2027年）",
    kind="行动计划",
    layout="重点任务 as a table 序号│项目名称│建设内容│投资（万元）│责任单位│完成时限│对应目标, repeated header, across pages",
    stated_total=52600,
    goals=(
        PlanGoal("一", "到2027年底，新建和改造排水管网不少于180公里，城区排水管网覆盖率达到98%。"),
        PlanGoal("二", "完成易涝积水点整治45处，城区主要道路积水点动态清零。"),
        PlanGoal("三", "建成排水防涝智慧监测平台，布设液位、雨量监测设备不少于600套。"),
        PlanGoal("四", "城区泵站总抽排能力提升至每秒85立方米。"),
        PlanGoal("五", "群众对排水防涝工作满意度达到90%以上。"),
    ),
    subs=(
        Sub("1", "城东片区排水管网新建工程", 9800, (WATER,), ("城东区人民政府",),
            "沿滨江路、建设路等12条道路新建雨水管网46公里，配套建设检查井和雨水口，解决片区管网空白问题。",
            "2025年12月", refs=("一",), reference="目标一"),
        Sub("2", "老城区排水管网改造工程", 8600, (WATER,), ("老城区人民政府",),
            "对老城区管龄超过30年的排水管道进行非开挖修复和开挖更换，改造管网58公里，同步实施混错接改造。",
            "2026年6月", refs=("一",), reference="目标一"),
        Sub("3", "易涝积水点综合整治工程", 7200, ("江州市住房和城乡建设局",), (WATER, "江州市交通运输局"),
            "对下穿通道、低洼路段等45处易涝积水点采取增设管道、扩建排口、抬高路面等措施分类整治。",
            "2026年12月", refs=("二",), reference="目标二"),
        Sub("4", "城西泵站扩建工程", 6400, (WATER,), (),
            "扩建城西泵站，新增抽排能力每秒12立方米，更换老旧机组4台，配套建设进出水管渠。",
            "2026年10月", refs=("四",), reference="目标四"),
        Sub("5", "江北泵站新建工程", 7800, (WATER,), ("江北新区管委会",),
            "新建江北泵站一座，设计抽排能力每秒18立方米，同步建设配电和自动控制系统。",
            "2027年6月", refs=("四",), reference="目标四"),
        Sub("6", "排水防涝智慧监测平台建设项目", 2600, (WATER,), (DATA,),
            "建设排水防涝监测预警平台，布设液位计、雨量计、流量计等监测设备600套，实现管网运行实时监测。",
            "2025年12月", refs=("三",), reference="目标三"),
        Sub("7", "城南片区雨污分流改造工程", 5400, (WATER,), ("城南区人民政府",),
            "对城南片区32个老旧小区实施雨污分流改造，新建分流管道21公里，消除雨污混流。",
            "2026年12月", refs=("一", "二"), reference="目标一、目标二"),
        Sub("8", "河道排涝通道疏浚工程", 2100, ("江州市水利局",), (WATER,),
            "对城区6条排涝河道实施清淤疏浚和岸坡整治，清淤总量约18万立方米，恢复河道行洪断面。",
            "2025年10月", refs=("二",), reference="目标二"),
        Sub("9", "排水设施应急能力建设项目", 1300, (WATER,), ("江州市应急管理局",),
            "购置移动泵车、大流量排水抢险车等应急装备20台套，组建专业抢险队伍，开展汛前应急演练。",
            "2025年5月", refs=("二", "四"), reference="目标二、目标四"),
        Sub("10", "排水户接驳规范化整治项目", 900, (WATER,), ("江州市市场监督管理局",),
            "对沿街餐饮、洗车等排水户开展接驳核查和规范整治，办理排水许可，建立排水户档案。",
            "2027年3月", refs=("一",), reference="目标一"),
        Sub("11", "排水防涝公众服务提升项目", 500, (WATER,), (CHENGGUAN,),
            "开通积水信息实时发布和群众报修渠道，汛期定期开展满意度回访，及时回应群众诉求。",
            "2027年12月", refs=("五",), reference="目标五"),
    ),
)

# --------------------------------------------------------------------------- C. chapters, implicit references only

C = Plan(
    file="plan-sewage-implicit.docx",
    title="江州市老城区污水处理提质增效建设方案",
    kind="建设方案",
    layout="第X章 per sub-project with 一、建设内容 二、投资估算 三、实施主体; no goal references (content links only)",
    stated_total=31600,
    goals=(
        PlanGoal("1", "新建污水管网86公里，改造雨污混接点320处。"),
        PlanGoal("2", "新增污水处理能力每日5万吨，出水水质稳定达到一级A标准。"),
        PlanGoal("3", "城区生活污水集中收集率达到75%以上，污水处理厂进水BOD浓度不低于100毫克/升。"),
        PlanGoal("4", "建成污水管网智慧监测体系，布设流量、液位监测点不少于260个。"),
        PlanGoal("5", "培训排水运维人员不少于300人次。"),
    ),
    subs=(
        Sub("第三章", "老城区污水管网完善工程", 9800, (WATER,), ("老城区人民政府",),
            "沿解放路、人民路等道路新建污水管网86公里，其中主干管18公里，同步修复破损管道12公里。",
            "2025年3月至2026年12月", serves=("1",)),
        Sub("第四章", "城北污水处理厂扩建工程", 12600, (WATER,), ("江州水务集团有限公司",),
            "在现有厂区东侧扩建处理设施，新增处理规模每日5万吨，出水执行一级A标准，配套建设尾水提升泵房。",
            "2025年6月至2027年6月", serves=("2",)),
        Sub("第五章", "雨污分流改造工程", 6400, (WATER,), ("老城区人民政府",),
            "排查并改造雨污混接点320处，对沿街商铺和老旧小区实施分流改造，提高城区生活污水集中收集率。",
            "2025年3月至2026年12月", serves=("1", "3")),
        Sub("第六章", "智慧排水监测工程", 1800, (WATER,), (DATA,),
            "在管网关键节点布设流量、液位监测点260个，建设排水管网运行监测平台，实现溢流风险提前预警。",
            "2025年9月至2026年6月", serves=("4",)),
        Sub("第七章", "排水运营管理能力建设项目", 400, (WATER,), ("江州水务集团有限公司",),
            "编制管网运行维护规程，分批开展排水运维人员专业培训300人次，配备管道检测机器人2台。",
            "2025年1月至2026年12月", serves=("5",)),
        Sub("第八章", "排水管网普查与档案数字化项目", 600, (WATER,), ("江州市自然资源局",),
            "对老城区约12平方公里范围内的排水管网开展普查探测，建立管网地理信息档案，形成管网一张图。",
            "2025年1月至2025年12月"),
    ),
)

# --------------------------------------------------------------------------- D. 申报书 with a declared 子项目 list

EDU = "江州市教育局"
D = Plan(
    file="plan-edu-application.docx",
    title="江州市2025年度智慧教育提升工程项目申报书",
    kind="申报书",
    layout="第X章 chapters; 子项目4个，分别为… then 一、… sections with 申请资金/承担单位; goals （一）…（四）, "
           "references 服务于（一）, 支撑目标二, one reference to a goal that does not exist; 申请资金总额 ≠ Σ 子项目",
    stated_total=1500,
    goals=(
        PlanGoal("（一）", "全市中小学智慧教室覆盖率达到60%以上，新建智慧教室240间。"),
        PlanGoal("（二）", "建成市级教育资源公共服务平台，汇聚优质数字课程资源不少于5000节。"),
        PlanGoal("（三）", "完成中小学教师信息技术应用能力培训不少于3000人次。"),
        PlanGoal("（四）", "师生对智慧教育应用的满意度不低于90%。"),
    ),
    subs=(
        Sub("一、", "智慧教室建设", 820, (EDU,), ("各区教育局",),
            "为全市68所中小学新建智慧教室240间，配置交互式大屏、录播设备和学情分析终端。",
            "2025年3月至2025年12月", refs=("（一）",), reference="本子项目服务于（一）"),
        Sub("二、", "教育资源公共服务平台建设", 360, ("江州市电化教育馆",), (DATA,),
            "建设市级教育资源公共服务平台，征集和制作优质数字课程资源，开放名师课堂和在线答疑服务。",
            "2025年4月至2025年12月", refs=("（二）", "（四）"), reference="支撑目标二、目标四"),
        Sub("三、", "教师数字素养提升培训", 180, ("江州市教师发展中心",), (),
            "分学段组织中小学教师信息技术应用能力培训，开展智慧课堂教学评比和示范课展示。",
            "2025年3月至2025年11月", refs=("（三）",), reference="对应绩效目标（三）"),
        Sub("四、", "校园网络安全防护升级", 120, (EDU,), ("江州市公安局网安支队",),
            "升级教育城域网边界防护设备，开展学校网络安全等级保护测评和应急演练。",
            "2025年5月至2025年10月", cites_unknown=("（五）",), reference="对应绩效目标（五）"),
    ),
)

# --------------------------------------------------------------------------- F. numbered projects, implicit, with traps

CULTURE = "江州市文化广电旅游局"
F = Plan(
    file="plan-culture-implicit.docx",
    title="江州市公共文化服务提升建设方案",
    kind="建设方案",
    layout="1.…工程 under 四、重点建设项目 with （1）建设内容/（2）投资估算/（3）实施单位 items; goals （一）…（五）; "
           "no references; traps: a shared 90% of another measure, a 95% 合格率 beside a 95% 达标率 goal, shared words",
    stated_total=3300,
    goals=(
        PlanGoal("（一）", "新建城市书房20家，全市公共图书馆总藏书量达到300万册。"),
        PlanGoal("（二）", "建成市级公共文化云平台，数字资源总量达到120万条。"),
        PlanGoal("（三）", "每年开展送戏下乡演出不少于600场。"),
        PlanGoal("（四）", "乡镇综合文化站达标率达到95%以上。"),
        PlanGoal("（五）", "群众对公共文化服务的满意度达到90%以上。"),
    ),
    subs=(
        Sub("1.", "城市书房建设工程", 1200, (CULTURE,), ("各区人民政府",),
            "在中心城区和各镇街新建城市书房20家，配置图书和自助借还设备，每家书房藏书不少于1万册。",
            "2025年3月至2026年6月", serves=("（一）",)),
        Sub("2.", "公共文化云平台项目", 480, ("江州市图书馆",), (DATA,),
            "建设市级公共文化云平台，整合图书馆、文化馆、博物馆数字资源，数字资源总量达到120万条。",
            "2025年4月至2025年12月", serves=("（二）",)),
        Sub("3.", "文艺惠民演出工程", 360, (CULTURE,), ("江州市文化馆",),
            "组织专业院团和基层文艺团队开展送戏下乡演出，每年不少于600场，观众对演出的满意度达到90%。",
            "2025年1月至2027年12月", serves=("（三）",)),
        Sub("4.", "乡镇综合文化站提升工程", 900, (CULTURE,), ("各镇人民政府",),
            "对全市18个乡镇综合文化站进行改造提升，完善设施设备和服务功能，提高乡镇综合文化站达标率。",
            "2025年3月至2026年12月", serves=("（四）",)),
        Sub("5.", "文化志愿服务项目", 60, ("江州市文化馆",), (),
            "招募培训文化志愿者500名，开展文化志愿服务活动不少于200场。", "2025年1月至2025年12月"),
        Sub("6.", "公共文化设施运维管理项目", 300, (CULTURE,), (),
            "落实城市书房、文化站等公共文化设施日常运维，建立运维管理制度，运维考核合格率达到95%。",
            "2025年1月至2027年12月"),
    ),
)

# --------------------------------------------------------------------------- E. self-assessment report with sub-project rows

E = Plan(
    file="plan-zhcg3-self-report.docx",
    title="江州市智慧城管三期项目2025年度绩效自评报告",
    kind="自评报告",
    layout="子项目完成情况 table (序号│子项目名称│预算│实际支出│完成情况│责任单位) in a self-assessment report",
    goals=(),
    subs=(
        Sub("1", "城市运行感知网络扩容项目", 860, (CHENGGUAN,), actual=842.6, status="已完成设备布设并通过初验"),
        Sub("2", "城管数据资源中心升级项目", 640, (DATA,), actual=512.0, status="完成资源扩容，数据目录编制进行中"),
        Sub("3", "智能视频分析扩展工程", 520, (CHENGGUAN,), actual=520.0, status="8类识别算法已上线运行"),
        Sub("4", "执法办案系统移动端建设项目", 450, ("江州市城市管理综合行政执法支队",), actual=301.5,
            status="移动端已试运行，执法终端配发210台"),
    ),
)

PLANS = (A, B, C, D, E, F)
