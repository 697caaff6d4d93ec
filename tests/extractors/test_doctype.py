"""Document type from the title lines, else from the vocabulary."""
from __future__ import annotations

import pytest

from extractor.document import DocumentBuilder
from extractor.extractors.doctype import classify, form_titles


def _doc(*lines: str):
    b = DocumentBuilder("doc.docx", "docx")
    for line in lines:
        b.add("paragraph", line)
    return b.build(pages=1)


@pytest.mark.parametrize("title, kind", [
    ("项目支出绩效自评表", "self_assessment"),
    ("项目绩效目标表", "target_form"),
    ("2019年度芜湖市特殊人群病种筛查经费预算项目支出绩效目标申报明细表", "target_form"),  # 芜湖市 (blind14)
    ("某某项目绩效评价报告", "evaluation_report"),
    ("乡村振兴实施方案", "plan"),
    ("政府采购合同", "contract"),
])
def test_the_title_decides(title, kind):
    assert classify(_doc(title, "项目名称：某某")) == kind


def test_a_list_of_projects_with_amounts_before_the_form_is_no_title():
    # 荣昌区 page: the bureau's projects and amounts, then 附件2-1 and the form's title
    lines = [f"林业项目{k}十万元" for k in range(3)] + ["荣昌区林地保护利用规划（2021-2035年）8.5万元",
                                                     "“十四五”林业规划编制经费7.2万元"] * 7
    assert classify(_doc(*lines, "附件2-1", "项目绩效目标表")) == "target_form"
    assert classify(_doc("荣昌区林地保护利用规划（2021-2035年）", "附件2-1", "项目绩效目标表")) == "plan"  # a title line


def test_form_titles_are_titles_of_forms_not_items_of_a_list_or_reports():
    doc = _doc("附件：1.绩效目标表（一般公共预算资金）", "2.绩效目标表", "2023年度项目支出绩效自评报告",
               "项目支出绩效目标申报明细表", "县级部门整体支出绩效自评表（2023年度）")
    assert form_titles(doc) == ["项目支出绩效目标申报明细表", "县级部门整体支出绩效自评表（2023年度）"]


def test_a_performance_application_form_by_another_name_is_a_form_title():
    # blind19 乌恰县: 绩效项目申报表 (cut before its indicator table); a project application without 绩效 is not one
    assert form_titles(_doc("绩效项目申报表", "项目申报表", "建设项目资金申报表")) == ["绩效项目申报表"]
