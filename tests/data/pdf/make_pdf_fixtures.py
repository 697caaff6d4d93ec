"""Make the small PDF fixtures of tests/parsers/test_pdf.py (needs LibreOffice; outputs are committed).

    python tests/data/pdf/make_pdf_fixtures.py

Each fixture is written as a flat ODF text document (.fodt: real footnotes with a separator
rule, header/footer page fields, merged table cells, repeated table header rows, first-line
indents, bold headings) and converted with ``soffice --headless --convert-to pdf``.
Beside each PDF, ``<name>.pdf.json`` holds the expected content in the gold format of
notes/gold-format.md, written from the data below (never from the parser's output).
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

SENTENCE = ("为全面实施预算绩效管理，提高财政资金使用效益，评价组对智慧城管二期建设项目实施第三方绩效评价，"
            "评价基准日为2023年12月31日，项目计划建设视频监控点位120个，实际建成115个，完成率95.83%。")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="12pt" style:font-size-asian="12pt"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="24pt" fo:margin-bottom="0pt" fo:text-align="justify"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="6pt" fo:margin-bottom="6pt"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
 <style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="1cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="1cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="2pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p text:style-name="HF">{header}</text:p></style:header>
 <style:footer><text:p text:style-name="HF">{footer}</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


def note(n: int, body: str) -> str:
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body><text:p text:style-name="Footnote">{escape(body)}</text:p></text:note-body></text:note>')


def table(rows: list[list[str | None]], header_rows: int = 1, spans: dict | None = None) -> str:
    """rows: cell text, None for a covered cell; spans: {(r, c): (rowspan, colspan)}."""
    spans = spans or {}
    ncols = len(rows[0])
    out = ['<table:table table:name="T">', f'<table:table-column table:number-columns-repeated="{ncols}"/>']

    def row_xml(r: int, row: list[str | None]) -> str:
        cells = []
        for c, v in enumerate(row):
            if v is None:
                cells.append("<table:covered-table-cell/>")
                continue
            rs, cs = spans.get((r, c), (1, 1))
            cells.append(f'<table:table-cell table:style-name="cell" table:number-rows-spanned="{rs}" '
                         f'table:number-columns-spanned="{cs}" office:value-type="string">{p("Standard", escape(v))}</table:table-cell>')
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"

    if header_rows:
        out.append("<table:table-header-rows>")
        out.extend(row_xml(r, rows[r]) for r in range(header_rows))
        out.append("</table:table-header-rows>")
    out.extend(row_xml(r, rows[r]) for r in range(header_rows, len(rows)))
    out.append("</table:table>\n")
    return "".join(out)


def report_fixture() -> tuple[str, dict]:
    """Running header, footer "— N —", real footnotes, merged cells, a cross-page table, indents."""
    paragraphs, headings, tables, footnotes = [], [], [], []
    body = []

    def heading(text: str, level: int, style: str = "Head") -> None:
        body.append(p(style, escape(text)))
        paragraphs.append(text)
        headings.append({"text": text, "level": level})

    def para(text: str, notes: list[tuple[int, str]] = ()) -> None:
        xml = escape(text)
        for n, note_text in notes:
            xml = xml.replace(f"[[{n}]]", note(n, note_text))
            footnotes.append({"marker": str(n), "text": note_text})
        body.append(p("Body", xml))
        paragraphs.append(text.replace(f"[[{notes[0][0]}]]", "") if notes else text)

    heading("一、项目基本情况", 1)
    heading("（一）项目概况", 2)
    para("项目预算资金合计1,200.00万元[[1]]，实际到位1,150.00万元，资金到位率95.83%。" + SENTENCE,
         [(1, "说明：预算资金含上年结转资金200.00万元。")])
    para(SENTENCE * 2)
    heading("（二）绩效指标", 2)
    indicator_rows = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "监控点位数", "≥120个"],
        [None, None, "培训人次", "≥500人次"],
        [None, "质量指标", "验收合格率", "100%"],
        ["效益指标", "社会效益指标", "群众满意度", "≥90%"],
        ["合计", None, None, "100分"],
    ]
    body.append(table(indicator_rows, spans={(1, 0): (3, 1), (1, 1): (2, 1), (5, 0): (1, 3)}))
    tables.append([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "监控点位数", "≥120个"],
        ["产出指标", "数量指标", "培训人次", "≥500人次"],
        ["产出指标", "质量指标", "验收合格率", "100%"],
        ["效益指标", "社会效益指标", "群众满意度", "≥90%"],
        ["合计", "合计", "合计", "100分"],
    ])
    heading("二、评价结论", 1)
    for k in range(5):
        para(f"第{k + 1}点，" + SENTENCE * 3)
    heading("（一）评分表", 2)
    score_rows = [["序号", "指标名称", "得分"]] + [[str(k + 1), f"指标第{k + 1}项", str(90 - k % 7)] for k in range(45)]
    body.append(table(score_rows))
    tables.append(score_rows)
    para("评分表以外的说明文字，" + SENTENCE)
    xml = HEAD.format(header="智慧城管二期项目绩效评价报告",
                      footer='— <text:page-number text:select-page="current">1</text:page-number> —')
    xml += "".join(body) + TAIL
    gold = {"source": "report-fodt.pdf", "paragraphs": paragraphs, "headings": headings, "tables": tables, "footnotes": footnotes}
    return xml, gold


def page_of_total_fixture() -> tuple[str, dict]:
    """Footer "第N页 共M页", no indents, a centred title, 第X条 articles, a footnote on a page without tables."""
    paragraphs, headings = [], []
    footnotes = [{"marker": "1", "text": "含增值税，税率6%。"}]
    body = [p("Title", "信息系统集成合同")]
    paragraphs.append("信息系统集成合同")  # the document title: a paragraph, not a section heading
    for k, (title, text) in enumerate([("合同金额", "本合同总价为人民币壹佰贰拾万元整（¥1,200,000.00），含税。"),
                                       ("付款方式", "合同签订后支付30%，初验合格后支付40%，终验合格后支付25%，质保期满后支付5%。"),
                                       ("工期", "乙方应于合同签订之日起180日内完成系统建设并通过初验。" * 6)]):
        head = f"第{'一二三'[k]}条 {title}"
        body.append(p("Head", escape(head)))
        paragraphs.append(head)
        headings.append({"text": head, "level": 1})
        if k == 0:
            body.append(p("Standard", escape(text).replace("含税。", "含税" + note(1, footnotes[0]["text"]) + "。")))
            paragraphs.append(text)
        else:
            body.append(p("Standard", escape(text)))
            paragraphs.append(text)
    for _ in range(40):
        body.append(p("Standard", escape(SENTENCE)))
        paragraphs.append(SENTENCE)
    xml = HEAD.format(header="", footer='第<text:page-number text:select-page="current">1</text:page-number>页 共<text:page-count>2</text:page-count>页')
    xml += "".join(body) + TAIL
    return xml, {"source": "contract-fodt.pdf", "paragraphs": paragraphs, "headings": headings, "tables": [], "footnotes": footnotes}


def convert(name: str, xml: str, gold: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{Path(name).stem}.fodt"
        src.write_text(xml, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True)
        (HERE / name).write_bytes((Path(tmp) / f"{Path(name).stem}.pdf").read_bytes())
    (HERE / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    convert("report-fodt.pdf", *report_fixture())
    convert("contract-fodt.pdf", *page_of_total_fixture())
    return 0


if __name__ == "__main__":
    sys.exit(main())
