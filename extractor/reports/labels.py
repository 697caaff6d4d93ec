"""Chinese words for what the reports show: file statuses, severities, error codes (the codes stay as they are)."""
from __future__ import annotations

from ..nlp.script import DECORATION, PINYIN, TRADITIONAL

STATUS_LABELS = {"success": "成功", "partial": "部分成功", "failed": "失败", "skipped": "跳过"}
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER = ("error", "warning", "info")
ERROR_LABELS = {
    "unsupported_format": "不支持的文件格式（只读取 PDF、DOCX、XLSX 和文本文件；.doc/.xls 请另存为新格式）",
    "empty_document": "文件为空或没有文字",
    "no_text_layer": "扫描件（图片页面），没有可读取的文字；安装 OCR 扩展后可识别",
    "password_protected": "文件已加密，请提供未加密的文件",
    "damaged_file": "文件已损坏或不完整，无法打开",
    "too_large": "文件超出页数、大小、时间或内存限制",
    "encoding_unknown": "无法确定文本文件的字符编码（请另存为 UTF-8 或 GB18030）",
    "unsafe_content": "文件包含不安全的内容（压缩炸弹或 XML 实体声明），已拒绝读取",
    "usage_error": "命令参数或规则文件有误",
    "internal_error": "程序内部错误（请将该文件反馈给开发者）",
    "worker_crashed": "处理该文件的进程意外退出",
    "file_not_found": "文件不存在",
    "skipped": "未处理",
    "table_not_understood": "有表格看似指标表，但没有读出指标行，请人工核对该表",
    "parse_warnings": "读取时有警告（如公式单元格没有保存计算结果），部分内容可能缺失",
}


def status_label(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "")


def severity_label(severity: str | None) -> str:
    return SEVERITY_LABELS.get(severity or "", severity or "")


#: what a mirror site's copy needed to be read as written (Extraction.script_changes), for the file status table
SCRIPT_CHANGE_LABELS = {TRADITIONAL: "繁体字文本，已按简体阅读", PINYIN: "已去除拼音注音", DECORATION: "已去除夹杂的装饰符号"}


def file_note(code: str | None, script_changes=()) -> str:
    """The note of a file's status row: what its error code means, then how its text was read."""
    notes = [error_label(code), *(SCRIPT_CHANGE_LABELS.get(c, c) for c in script_changes or ())]
    return "；".join(n for n in notes if n)


def error_label(code: str | None) -> str:
    """What an error code means, in Chinese; an unknown code is shown as it is."""
    if not code:
        return ""
    return ERROR_LABELS.get(code, f"处理出错（代码 {code}）")
