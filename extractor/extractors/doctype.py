"""Document type from title, headings and table vocabulary.

Types: ``target_form`` (绩效目标申报表/目标表), ``self_assessment`` (自评表/自评报告),
``evaluation_report`` (绩效评价报告), ``plan`` (实施方案/行动计划/规划), ``contract`` (合同/协议),
``other``. The title words decide when present; otherwise vocabulary scores do.
"""
from __future__ import annotations

import re

from ..document import Document
from .sentences import HAN, first_pages_text, normalise

DOC_TYPES = ("target_form", "self_assessment", "evaluation_report", "plan", "contract", "other")

TITLE_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("self_assessment", re.compile(r"自评(?:表|报告)|绩效自评")),
    ("target_form", re.compile(r"绩效目标(?:申报|审核)?(?:明细)?表|目标申报表|绩效目标表")),
    ("evaluation_report", re.compile(r"(?:绩效)?评价报告|评估报告")),
    ("contract", re.compile(r"合同(?:书)?$|协议(?:书)?$|合同(?:书)?[（(]|合同编号|政府采购合同")),
    ("plan", re.compile(r"实施方案|行动计划|工作方案|规划|建设方案|工作计划|创建方案|推进方案|整治方案|提升方案")),
)
VOCABULARY: dict[str, tuple[str, ...]] = {
    "target_form": ("项目名称", "主管部门", "实施单位", "中期目标", "年度目标", "指标值", "资金总额", "财政拨款"),
    "self_assessment": ("实际完成值", "实际完成情况", "偏差原因", "全年执行数", "执行率", "得分", "预期目标"),
    "evaluation_report": ("评价组", "评价结论", "评分表", "绩效得分", "存在问题", "有关建议", "评价指标体系", "第三方"),
    "plan": ("工作目标", "主要任务", "保障措施", "到20", "组织领导", "进度安排"),
    "contract": ("甲方", "乙方", "第一条", "违约", "付款", "验收", "知识产权", "争议解决", "合同"),
}


_TITLE_LINES = 15
#: the title of a performance form: 项目支出绩效目标表, 部门整体支出绩效目标申报表, 绩效自评表（一般公共预算资金）, 绩效项目申报表,
#: 项目绩效自评报告表 (湖南: a form, unlike a 自评报告)
FORM_TITLE = re.compile(rf"(?:绩效目标(?:申报|审核)?(?:明细)?表|目标申报表|绩效自评表|自评(?:报告)?表|绩效[{HAN}]{{0,6}}申报表)"
                        r"(?:[（(][^（）()]{0,20}[)）])?$")
#: an item of a list of attachments or contents (附件：1.绩效目标表, 2.绩效目标表): names a form, is not one
_LIST_ITEM = re.compile(r"^(?:(?:附件|点击下载|附件下载)\s*\d*\s*[:：]?\s*)?\d+\s*[.．、]")
_MAX_TITLE_CHARS = 60
#: the count closing a title over a bundle of documents (瑶海区: 附件2:…项目支出部门评价报告和绩效自评表(共15个)): the
#: bundle's title, no one form's
_BUNDLE_COUNT = re.compile(r"[（(]共\s*\d+\s*[个份张套篇][)）]$")


def _ends_with_amount(line: str) -> bool:
    """A line ending with an amount of money is an item of a list ("林地保护利用规划8.5万元"), not a title."""
    from ..nlp.quantities import money_amounts

    return any(end >= len(line.rstrip()) for _, _, _, end in money_amounts(line))


def classify(doc: Document) -> str:
    head = first_pages_text(doc, limit=2 * _TITLE_LINES)
    lines = [normalise(line) for line in head.splitlines()]
    titles = [line for line in lines if len(line) <= 60 and not _ends_with_amount(line)
              and not _LIST_ITEM.match(line)][:_TITLE_LINES]  # 点击下载:1.…预算表2.项目绩效目标表: attachments
    for line in titles:
        for kind, pattern in TITLE_PATTERNS:
            if pattern.search(line):
                return _self_assessment_inside(doc) if kind == "evaluation_report" else kind
    return classify_text(first_pages_text(doc, limit=400))


def _self_assessment_inside(doc: Document) -> str:
    """A 评价报告 by its title that holds self-evaluation forms and none of an evaluation's words (决算 pages title
    their 自评表 项目绩效评价报告: 淮南 数据资源局) is a self-assessment; any other is the evaluation report it says."""
    scores = _vocabulary_scores(first_pages_text(doc, limit=400))
    if scores["evaluation_report"] <= 1 and scores["self_assessment"] >= _FORM_WORDS_OF_A_SELF_ASSESSMENT:
        return "self_assessment"
    return "evaluation_report"


_FORM_WORDS_OF_A_SELF_ASSESSMENT = 5


def _vocabulary_scores(text: str) -> dict[str, int]:
    return {kind: sum(text.count(w) > 0 for w in words) for kind, words in VOCABULARY.items()}


def form_titles(doc: Document) -> list[str]:
    """Titles of the performance forms (目标表, 申报表, 自评表) the document holds: a short line of its own or a
    table row whose cells all say it (a title merged over the table); a line naming a form in a list of
    attachments is not one."""
    return [title for title in _title_candidates(doc) if is_form_title(title)]


def _title_candidates(doc: Document):
    contents = _table_of_contents(doc)
    for k, block in enumerate(doc.blocks):
        if k in contents:
            continue  # a form the contents list names is no form of the file as it stands
        if not block.rows:
            yield normalise(block.text)
            continue
        for row in block.cells():
            text = row_text(row)
            if text:
                yield text


#: the line over a table of contents (…2023年度部门决算目录, 目  录)
_CONTENTS_TITLE = re.compile(r"目\s*录$")


def _table_of_contents(doc: Document) -> set[int]:
    """The blocks of a table of contents: the headings right after a line closing with 目录, up to the first block
    that is no heading (楚雄 宣传部 决算公开: …决算目录 │ 第一部分 部门概况 │ … │ (二)部门整体支出绩效自评表 │ …)."""
    contents: set[int] = set()
    listing = False
    for k, block in enumerate(doc.blocks):
        if listing and block.kind == "heading":
            contents.add(k)
            continue
        listing = not block.rows and bool(_CONTENTS_TITLE.search(normalise(block.text)))
    return contents


def row_text(row: list[str]) -> str:
    """The one text a table row says when every filled cell says it (a title merged over the table), else ""."""
    texts = {normalise(cell) for cell in row if cell and cell.strip()}
    return texts.pop() if len(texts) == 1 else ""


def is_form_title(text: str) -> bool:
    """A line naming a performance form (…绩效目标表, …自评表), not an item of an attachment list."""
    return len(text) <= _MAX_TITLE_CHARS and bool(FORM_TITLE.search(text)) and not _LIST_ITEM.match(text) \
        and not _BUNDLE_COUNT.search(text)


def classify_text(text: str) -> str:
    """Vocabulary vote when no title says what the document is."""
    scores = _vocabulary_scores(text)
    best = max(scores, key=scores.get)
    return best if scores[best] >= 3 else "other"
