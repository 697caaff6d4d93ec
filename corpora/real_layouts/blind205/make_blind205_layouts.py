# -*- coding: utf-8 -*-
"""blind205: policy plans (实施方案 / 实施意见 / 工作方案 / 工作要点) with quantified targets in running text.

Gold first (as Python data), then the DOCX builder, the LibreOffice PDF export, the annotation writer
and the pdftotext check. Run with /tmp/venv/bin/python.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind205"

# ---------------------------------------------------------------------------------------------
# GOLD (written from the stored pages before any file is built)
# blocks: (style, text); style in title / p / h / right / small
# ---------------------------------------------------------------------------------------------
DOCS = []

# 1. 内蒙古 鄂尔多斯市 卫生健康 实施方案 ------------------------------------------------------------
DOCS.append({
    "stem": "neimenggu-eerduosi-weisheng-shishifangan",
    "source_urls": ["http://ordoszxqy.org.cn/policy/info/3797"],
    "province": "内蒙古自治区",
    "doc_kind": "实施方案",
    "patterns": [6, 8, 10],
    "blocks": [
        ("p", "鄂府办发〔2024〕24号"),
        ("p", "各旗区人民政府,市直各有关部门:"),
        ("p", "《鄂尔多斯市进一步完善医疗卫生服务体系实施方案》已由市人民政府2024年第7次常务会议审议通过,现予印发,请结合本地实际认真抓好落实。"),
        ("right", "鄂尔多斯市人民政府办公室"),
        ("right", "2024年4月8日"),
        ("title", "鄂尔多斯市进一步完善医疗卫生"),
        ("title", "服务体系实施方案"),
        ("p", "为落实《中共中央办公厅国务院办公厅印发〈关于进一步完善医疗卫生服务体系的意见〉的通知》(中办发〔2023〕10号)和《内蒙古自治区人民政府办公厅关于印发进一步完善医疗卫生服务体系实施方案的通知》(内政办发〔2023〕61号)的部署,构建优质高效的医疗卫生服务体系,为群众提供覆盖全生命周期的健康服务,结合本市实际,制定本方案。"),
        ("h", "一、总体要求"),
        ("p", "(一)指导思想。以党的二十大精神和习近平总书记对内蒙古的重要指示精神为指引,坚持以人民健康为中心,树牢大卫生、大健康理念,深入推进健康鄂尔多斯建设;推动医疗卫生发展方式更加注重内涵式发展、服务模式更加注重系统连续、管理手段更加注重科学化治理,推动优质医疗资源扩容并在区域间均衡布局,建设中国特色优质高效的医疗卫生服务体系,让群众的获得感、幸福感、安全感持续增强。"),
        ("p", "(二)工作目标。到2025年,全市医疗卫生服务体系进一步健全,资源配置和服务均衡性逐步提高,自治区级区域医疗中心和高水平医院建设初具规模,旗区级医疗卫生服务体系建设和管理能力明显增强,国家公立医院绩效考核排位明显提升,每千人床位数达到6.8张,公立医院床人比不低于1:1.6,医护比不低于1:1.2,50%以上旗区级综合医院达到国家县级医院医疗服务能力推荐标准,县域内住院人次占比达到80%以上,重大疾病防控、救治和应急处置能力明显增强,中"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "每千人床位数", "operator": ">=", "value": 6.8, "unit": "张",
         "target_text": "达到6.8张", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "公立医院床人比", "operator": ">=", "value": 1.6, "unit": None,
         "target_text": "不低于1:1.6", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "医护比", "operator": ">=", "value": 1.2, "unit": None,
         "target_text": "不低于1:1.2", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "旗区级综合医院达到国家县级医院医疗服务能力推荐标准", "operator": ">=",
         "value": 50, "unit": "%", "target_text": "50%以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "县域内住院人次占比", "operator": ">=", "value": 80, "unit": "%",
         "target_text": "达到80%以上", "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "工作目标", "text": "到2025年,全市医疗卫生服务体系进一步健全,资源配置和服务均衡性逐步提高"},
        {"kind": "工作目标", "text": "自治区级区域医疗中心和高水平医院建设初具规模"},
        {"kind": "工作目标", "text": "旗区级医疗卫生服务体系建设和管理能力明显增强"},
        {"kind": "工作目标", "text": "国家公立医院绩效考核排位明显提升"},
        {"kind": "工作目标", "text": "重大疾病防控、救治和应急处置能力明显增强"},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": "自治区级区域医疗中心和高水平医院建设初具规模",
         "why": "初具规模 names no count of centres or hospitals and no measure"},
        {"rule": "goal.unquantified", "item": "旗区级医疗卫生服务体系建设和管理能力明显增强",
         "why": "明显增强 with no figure or baseline"},
        {"rule": "goal.unquantified", "item": "国家公立医院绩效考核排位明显提升",
         "why": "no target rank or number of places; 明显提升 cannot be checked"},
        {"rule": "goal.unquantified", "item": "重大疾病防控、救治和应急处置能力明显增强",
         "why": "明显增强 with no indicator or value"},
    ],
    "notes": ("Stored page (a copy of the 鄂府办发〔2024〕24号 text on ordoszxqy.org.cn, not the government's own site) stops "
              "mid-sentence in 工作目标 at '中' (presumably 中医/中蒙医…); the document stops there too. Ratios 床人比 1:1.6 and "
              "医护比 1:1.2: value taken as the second term (1.6, 1.2), operator from 不低于, unit none. The row "
              "'50%以上旗区级综合医院达到…推荐标准' has its value before the name (pattern 6). 通知 preamble, 指导思想 and the "
              "方案 preamble are reworded; the 工作目标 sentence is kept as written. Issuer/date right-aligned as a signature block."),
})

# 2. 云南 师宗县 农业 实施意见 -------------------------------------------------------------------------
DOCS.append({
    "stem": "yunnan-shizong-nongye-shishiyijian",
    "source_urls": ["https://ynsz.gov.cn/gov/library/files/129/19846.html"],
    "province": "云南省",
    "doc_kind": "实施意见",
    "patterns": [10],
    "blocks": [
        ("small", "师宗县人民政府其他文件"),
        ("title", "师宗县人民政府关于推进现代农业高质量发展的实施意见"),
        ("p", "各乡(镇)人民政府、街道办事处,县直有关单位:"),
        ("p", "为全面落实乡村振兴战略,贯彻省委、省政府和市委、市政府关于打造世界一流“绿色食品牌”的部署,加快师宗现代农业高质量发展,现提出以下实施意见。"),
        ("h", "一、总体要求"),
        ("p", "(一)指导思想。以习近平新时代中国特色社会主义思想为指导,围绕打造世界一流绿色食品牌,以实施乡村振兴战略为总抓手、以推进农业供给侧结构性改革为主线,以粮食稳定发展和农民持续增收为目标,走质量兴农、绿色兴农、效益优先之路,转变农业生产方式,构建现代产业体系、生产体系和经营体系。按照大产业+新主体+新平台的思路:优化种植业结构,重点发展热区水果;推动畜牧业转型升级,培育生猪全产业链;建设高科技特色农产品加工园区,带动绿色食品原料基地建设;建设面向粤港澳大湾区的优质蔬菜供给基地和沪滇协作蔬菜产业扶贫基地;做强最具竞争力的薏仁产业并加快精深加工;搭建大数据共享平台,建立农产品质量追溯体系。高质量建成云南省一县一业示范县、云南省乡村振兴战略示范区”“云南省新兴热区开发示范区”“农旅文融合创新发展示范区”“农村一二三产业融合发展先导区,全面提升现代农业高质量发展水平,推动农业大县向农业强县转变。"),
        ("p", "(二)发展目标。2025年,力争实现农业总产值104亿元以上、年均增10%以上,其中种植业产值达57亿元以上、年均增14%以上,畜牧业产值达34亿元以上、年均增6.6%以上;实现农业增加值66亿元以上,年均增10%以上。推动农业空间布局由分散布局转型为集群发展,"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "农业总产值", "operator": ">=", "value": 104, "unit": "亿元",
         "target_text": "104亿元以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "年均增", "operator": ">=", "value": 10, "unit": "%",
         "target_text": "年均增10%以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "种植业产值", "operator": ">=", "value": 57, "unit": "亿元",
         "target_text": "达57亿元以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "年均增", "operator": ">=", "value": 14, "unit": "%",
         "target_text": "年均增14%以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "畜牧业产值", "operator": ">=", "value": 34, "unit": "亿元",
         "target_text": "达34亿元以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "年均增", "operator": ">=", "value": 6.6, "unit": "%",
         "target_text": "年均增6.6%以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "农业增加值", "operator": ">=", "value": 66, "unit": "亿元",
         "target_text": "66亿元以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "年均增", "operator": ">=", "value": 10, "unit": "%",
         "target_text": "年均增10%以上", "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "总体目标", "text": "推动农业大县向农业强县转变"},
        {"kind": "发展目标", "text": "推动农业空间布局由分散布局转型为集群发展"},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": "推动农业大县向农业强县转变",
         "why": "no measure says when the county counts as 农业强县"},
        {"rule": "goal.unquantified", "item": "推动农业空间布局由分散布局转型为集群发展",
         "why": "no number of clusters or share of output in clusters (and the page stops inside the sentence)"},
    ],
    "notes": ("Government page (ynsz.gov.cn, 师宗县人民政府 其他文件). Web chrome before the category line (无障碍浏览 长者专版, "
              "现行有效355部) left out; the category line kept as a small header. Stored page stops after '集群发展,' in 发展目标. "
              "The four growth rows are written '年均增N%以上' after each amount; name kept as the document writes it (年均增), "
              "the row they belong to is the amount row just before (农业总产值 / 种植业产值 / 畜牧业产值 / 农业增加值). "
              "种植业 57 + 畜牧业 34 < 农业总产值 104: 其中 lists only two sectors, so no sum fact is recorded. "
              "The unbalanced quotes around the 示范区 names are as on the page. 指导思想 reworded, names kept."),
})

# 3. 浙江 杭州市 土壤污染防治 工作方案 -------------------------------------------------------------------
DOCS.append({
    "stem": "zhejiang-hangzhou-turang-gongzuofangan",
    "source_urls": ["http://www.jianbiaoku.com/webarbs/book/100238.shtml"],
    "province": "浙江省",
    "doc_kind": "工作方案",
    "patterns": [10],
    "blocks": [
        ("title", "杭州市土壤污染防治工作方案"),
        ("p", "为加大土壤污染防治力度、逐步改善全市土壤环境质量.依据 国务院关于印发土壤污染防治行动计划的通知,国发。2016,31号 和、浙江省人民政府关于印发浙江省土壤污染防治工作方案的通知,浙政发,2016、47号。的要求,结合本市实际,制定本方案。"),
        ("h", "一,工作思路"),
        ("p", "践行绿色发展和生态文明理念.以改善土壤环境质量为核心、以保障农产品和人居环境安全为出发点,坚持预防为主、保护优先、风险管控、综合治理,压实各方责任,聚焦重点区域、行业和污染物,构建政府主导 企业主体.部门联动 公众参与的土壤污染防治机制、为加快城市国际化,建设独特韵味别样精彩世界名城提供土壤环境保障,"),
        ("h", "二,工作目标"),
        ("p", "到2020年,全市土壤环境质量总体保持稳定、农用地和建设用地土壤环境安全得到基本保障,土壤环境风险得到基本管控,受污染耕地安全利用率达到92.左右.污染地块安全利用率达到92。以上、到2030年.土壤环境质量稳中向好,农用地和建设用地土壤环境安全得到有效保障、土壤环境风险得到全面管控 受污染耕地安全利用率。污染地块安全利用率均达到95,以上"),
        ("h", "三,主要任务,一,掌握土壤环境质量状况,"),
        ("p", "1.完善土壤环境监测网络,统筹规划.整合优化土壤环境质量监测点位、建成土壤环境监测网络,实现监测数据共享。2020年年底前完成、市环保局牵头。市国土资源局。市农业局。市林水局等配合 各区.县 市,政府。管委会 负责落实。本方案以下各项工作均由各区,县。市.政府.管委会.负责落实,不再逐一列出。在农用地方面.2018年年底前,建成全市永久基本农田示范区环境监测网络、2020年6月底前.基本建成覆盖全市耕地的环境监测网络.市国土资源局牵头 市农业局.市林水局,市环保局等配合、在"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "受污染耕地安全利用率", "operator": ">=", "value": 92, "unit": None,
         "target_text": "达到92.左右", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "污染地块安全利用率", "operator": ">=", "value": 92, "unit": None,
         "target_text": "达到92。以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "受污染耕地安全利用率", "operator": ">=", "value": 95, "unit": None,
         "target_text": "均达到95,以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "污染地块安全利用率", "operator": ">=", "value": 95, "unit": None,
         "target_text": "均达到95,以上", "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "工作目标", "text": "到2020年,全市土壤环境质量总体保持稳定、农用地和建设用地土壤环境安全得到基本保障,土壤环境风险得到基本管控"},
        {"kind": "工作目标", "text": "到2030年.土壤环境质量稳中向好,农用地和建设用地土壤环境安全得到有效保障、土壤环境风险得到全面管控"},
        {"kind": "工作任务", "text": "2018年年底前,建成全市永久基本农田示范区环境监测网络"},
        {"kind": "工作任务", "text": "2020年6月底前.基本建成覆盖全市耕地的环境监测网络"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.missing_unit", "item": "受污染耕地安全利用率",
         "why": "2020 target written '92.左右': the % sign is lost (a full stop stands in its place)"},
        {"rule": "target.missing_unit", "item": "污染地块安全利用率",
         "why": "2020 target written '92。以上': no % sign"},
        {"rule": "target.missing_unit", "item": "受污染耕地安全利用率",
         "why": "2030 target written '均达到95,以上': no % sign"},
        {"rule": "target.missing_unit", "item": "污染地块安全利用率",
         "why": "2030 target written '均达到95,以上': no % sign"},
        {"rule": "goal.unquantified", "item": "到2020年,全市土壤环境质量总体保持稳定、农用地和建设用地土壤环境安全得到基本保障,土壤环境风险得到基本管控",
         "why": "保持稳定 / 基本保障 / 基本管控 with no measure such as 点位达标率"},
        {"rule": "goal.unquantified", "item": "到2030年.土壤环境质量稳中向好,农用地和建设用地土壤环境安全得到有效保障、土壤环境风险得到全面管控",
         "why": "稳中向好 / 有效保障 / 全面管控 with no measure"},
    ],
    "notes": ("Stored page is a copy on jianbiaoku.com (a standards-library site, not the government's page) whose text "
              "came through OCR: commas, full stops and % signs are scrambled ('国发。2016,31号', '92.左右', '92。以上', "
              "'95,以上'). These are reproduced as found. '达到92.左右' is read as >= 92 (达到) although 左右 softens it; unit "
              "null for all four rows because no % is printed. The 2020 and 2030 rows repeat the same two names with "
              "different deadlines. The page stops at '在' inside task 1; the document stops there too. 工作思路 and the "
              "task sentence reworded, organisation names, document numbers and dates kept."),
})

# 4. 福建 莆田市 养老 实施意见 -------------------------------------------------------------------------
DOCS.append({
    "stem": "fujian-putian-yanglao-shishiyijian",
    "source_urls": ["https://shuipu.net/law/v?id=v7v019f3c102114ddf5b01a82f5f1bb9092b17c3f4cc671d58ed&title=%E8%8E%86%E7%94%B0%E5%B8%82%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%85%B3%E4%BA%8E%E5%8A%A0%E5%BF%AB%E5%8F%91%E5%B1%95%E5%85%BB%E8%80%81%E6%9C%8D%E5%8A%A1%E4%B8%9A%E7%9A%84%E5%AE%9E%E6%96%BD%E6%84%8F%E8%A7%81"],
    "province": "福建省",
    "doc_kind": "实施意见",
    "patterns": [6, 10],
    "blocks": [
        ("small", "莆田市人民政府关于加快发展养老服务业的实施意见"),
        ("title", "莆田市人民政府关于加快发展养老服务业的实施意见"),
        ("p", "莆政综〔2014〕76号"),
        ("small", "税谱®提示:根据2019年5月16日 莆田市人民政府关于公布行政规范性文件清理结果的通知》 ( 莆政综〔2019〕38号规定,继续有效"),
        ("small", "税谱®提示:根据2020年12月31日 莆田市人民政府关于公布行政规范性文件清理结果的通知》 ( 莆政综〔2020〕101号规定,继续有效"),
        ("p", "各县(区)人民政府(管委会),市直各单位,莆田学院、湄洲湾技术职业学院:"),
        ("p", "为落实《福建省人民政府关于加快发展养老服务业的实施意见》 ( 闽政〔2014〕3 号),主动应对人口老龄化,推动我市养老服务业加快发展,现提出以下实施意见。"),
        ("h", "一、主要目标"),
        ("p", "到2020年,全面建成以居家为基础、社区为依托、机构为支撑、覆盖城乡的养老服务体系。养老服务产品更加丰富,市场机制持续完善,养老服务业健康发展,并与医疗、家政、保险、教育、健身、旅游等领域互动发展。"),
        ("p", "——养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村。生活照料、医疗护理、精神慰藉、紧急救援等基本养老服务覆盖所有居家老年人。"),
        ("p", "——全市机构养老床位至少需达到15800张以上,每千名老年人拥有养老床位数35张以上。护理型床位占养老服务机构总床位比例达到30%以上。莆田市社会福利中心和仙游县社会福利中心建成护理型养老服务机构。"),
        ("p", "——社会力量成为养老服务供给主体,养老服务业增加值在"),
        ("p", "服务业中的比重显著提升,从业人员规模不断扩大。"),
        ("p", "——培育若干家养老服务龙头企业,形成一批产业链长、覆盖领域广、经济社会效益显著的产业集群。"),
        ("p", "——养老服务业政策法规体系、人才培养体系、标准评价体系、管理监"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "养老服务设施覆盖", "operator": ">=", "value": 90, "unit": "%",
         "target_text": "90%以上乡镇", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "养老服务设施覆盖", "operator": ">=", "value": 60, "unit": "%",
         "target_text": "60%以上村", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "全市机构养老床位", "operator": ">=", "value": 15800, "unit": "张",
         "target_text": "至少需达到15800张以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "每千名老年人拥有养老床位数", "operator": ">=", "value": 35, "unit": "张",
         "target_text": "35张以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "护理型床位占养老服务机构总床位比例", "operator": ">=", "value": 30,
         "unit": "%", "target_text": "达到30%以上", "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "主要目标", "text": "到2020年,全面建成以居家为基础、社区为依托、机构为支撑、覆盖城乡的养老服务体系"},
        {"kind": "主要目标", "text": "生活照料、医疗护理、精神慰藉、紧急救援等基本养老服务覆盖所有居家老年人"},
        {"kind": "主要目标", "text": "莆田市社会福利中心和仙游县社会福利中心建成护理型养老服务机构"},
        {"kind": "主要目标", "text": "社会力量成为养老服务供给主体,养老服务业增加值在服务业中的比重显著提升,从业人员规模不断扩大"},
        {"kind": "主要目标", "text": "培育若干家养老服务龙头企业,形成一批产业链长、覆盖领域广、经济社会效益显著的产业集群"},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": "社会力量成为养老服务供给主体,养老服务业增加值在服务业中的比重显著提升,从业人员规模不断扩大",
         "why": "显著提升 / 不断扩大 with no share or headcount"},
        {"rule": "goal.unquantified", "item": "培育若干家养老服务龙头企业,形成一批产业链长、覆盖领域广、经济社会效益显著的产业集群",
         "why": "若干家 / 一批: no number of enterprises or clusters"},
    ],
    "notes": ("Stored page is the 莆政综〔2014〕76号 text on shuipu.net (a tax-law site), not the government's page; the "
              "site prints the title twice and adds two '税谱®提示' validity notes with an unbalanced 》 and a loose '(': kept "
              "as found (small print). The sentence about 养老服务业增加值 is broken across two paragraphs on the page "
              "('…增加值在' / '服务业中的比重…'): kept. Coverage targets '90%以上乡镇' and '60%以上村' have the value "
              "before the unit of coverage (pattern 6); both rows are named 养老服务设施覆盖, the target text tells them apart. "
              "'覆盖所有城市社区' carries no figure and is no row. Page stops at '管理监'. 序言 and the 到2020年 goal "
              "sentence reworded; the —— target lines kept as written."),
})

# 5. 陕西 省水利厅 水土保持 工作要点 -------------------------------------------------------------------
DOCS.append({
    "stem": "shaanxi-shuiliting-shuitubaochi-gongzuoyaodian",
    "source_urls": ["https://slt.shaanxi.gov.cn/sy/tzgg/202505/t20250508_3515445.html"],
    "province": "陕西省",
    "doc_kind": "工作要点",
    "patterns": [10],
    "blocks": [
        ("p", "2025年是“十四五”规划的收官之年,也是水土保持高质量发展的攻坚之年。全省水土保持工作的总体思路为:以系统治理为核心,统筹山水林田湖草沙一体化保护;以智慧监管监测为支撑,形成全链条闭环管理;以创新驱动为引擎,深化生态产品价值实现机制。全年力争新增水土流失治理面积4000平方公里以上,水土保持率提升至71.42%。"),
        ("h", "一、推进水土流失综合治理提质增效"),
        ("p", "1.全力做好重点工程建设。合理确定投资规模,优化审查流程,加快前期工作,严格按节点推进建设,确保黄河流域的淤地坝、拦沙工程和坡耕地水土流失综合治理按期完成国家下达任务,长江流域生态清洁小流域建设任务落地并形成一批示范典型;努力让“十四五”任务收好官、生态清洁小流域装好台,推动全省水保建设稳步推进,为生态文明建设提供支撑。"),
        ("p", "2.认真做好项目全过程管理。各市区水行政主管部门要加大工作力度,规范项目审查审批,强化建设管理和工程质量,完善制度并常态化开展巡查检查,建立全流程全方位管理体系,及时把项目进展录入全国水土保持信息管理系统,确保国家水土保持重点工程年度投资完成率达到90%。要按照水利工程建设质量提升三年行动要求,严格淤地(拦沙)坝工程质量管理,做好在建淤地坝、拦沙坝和除险加固淤地坝的质量提升,督促参建各方落实质量控制与管理责任,发现问题限期整改,整改不到位的严肃追责。抓好已完工项目收尾,2024年以前实施的项目做到应验尽验。拟于2026年实施的中省水利发展资金项目应于2025年7月底前报省水利厅开展审查或合规性审核,确保9月30日前项目全部储备到位。"),
        ("p", "3.切实做好淤地坝安全运用。各地要全面落实"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "新增水土流失治理面积", "operator": ">=", "value": 4000, "unit": "平方公里",
         "target_text": "4000平方公里以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "水土保持率", "operator": ">=", "value": 71.42, "unit": "%",
         "target_text": "提升至71.42%", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "国家水土保持重点工程年度投资完成率", "operator": ">=", "value": 90,
         "unit": "%", "target_text": "达到90%", "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "总体思路", "text": "以系统治理为核心,统筹山水林田湖草沙一体化保护;以智慧监管监测为支撑,形成全链条闭环管理;以创新驱动为引擎,深化生态产品价值实现机制"},
        {"kind": "年度目标", "text": "全年力争新增水土流失治理面积4000平方公里以上,水土保持率提升至71.42%"},
        {"kind": "工作任务", "text": "2024年以前实施的项目做到应验尽验"},
        {"kind": "工作任务", "text": "拟于2026年实施的中省水利发展资金项目应于2025年7月底前报省水利厅开展审查或合规性审核,确保9月30日前项目全部储备到位"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.input_or_process", "item": "国家水土保持重点工程年度投资完成率",
         "why": "an investment-completion (spending) rate set as a target: measures money going out, not the 治理 results"},
        {"rule": "goal.process_only", "item": "以系统治理为核心,统筹山水林田湖草沙一体化保护;以智慧监管监测为支撑,形成全链条闭环管理;以创新驱动为引擎,深化生态产品价值实现机制",
         "why": "the 总体思路 names ways of working only; no result is stated"},
    ],
    "notes": ("Government page of the 陕西省水利厅 (通知公告). The stored text starts with the body: no title, document "
              "number or date is on the stored page, so none is added (doc_kind 工作要点 is my reading of the body). "
              "'提升至71.42%' read as >= 71.42. The page stops at '各地要全面落实' in item 3. Body sentences reworded; "
              "figures, deadlines (2025年7月底前, 9月30日前) and names kept."),
})

# ---------------------------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------------------------
FIXED = datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def _normalise_zip(path):
    """Rewrite a zip with fixed timestamps and a stable order so the bytes are deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def build_docx(doc, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for style, text in doc["blocks"]:
        p = d.add_paragraph()
        run = p.add_run(text)
        if style == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16)
        elif style == "h":
            run.bold = True
        elif style == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif style == "small":
            run.font.size = Pt(9)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = doc["stem"]
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    d.save(path)
    _normalise_zip(path)


def export_pdfs(paths, outdir):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless", "--convert-to", "pdf",
           "--outdir", outdir] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(doc, pdf_path):
    text = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf_path, "-"], check=True,
                                 capture_output=True, text=True).stdout)
    missing = []
    for ind in doc["indicators"]:
        for key in ("name", "target_text"):
            if ind[key] and squash(ind[key]) not in text:
                missing.append((key, ind[key]))
    for g in doc["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in doc["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def gold(doc, source):
    return {
        "source": source,
        "source_urls": doc["source_urls"],
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
    ann = os.path.join(HERE, "annotations")
    os.makedirs(ann, exist_ok=True)
    docx_paths = []
    for doc in DOCS:
        p = os.path.join(HERE, doc["stem"] + ".docx")
        build_docx(doc, p)
        docx_paths.append(p)
    export_pdfs(docx_paths, HERE)
    bad = 0
    totals = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for doc in DOCS:
        for ext in ("docx", "pdf"):
            name = "%s.%s" % (doc["stem"], ext)
            with open(os.path.join(ann, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold(doc, name), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check_pdf(doc, os.path.join(HERE, doc["stem"] + ".pdf"))
        for k in totals:
            totals[k] += len(doc[k])
        if miss:
            bad += 1
            print("MISSING in", doc["stem"], miss)
        else:
            print("ok", doc["stem"], len(doc["indicators"]), "rows", len(doc["goals"]), "goals",
                  len(doc["findings"]), "findings")
    print("totals", totals)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
