"""Typed errors with stable codes (ARCHITECTURE.md, "Errors").

Every failure a user can cause raises a subclass of :class:`ExtractorError`.
The CLI turns them into one line ``Error: <code>: <message>`` and exit code 2;
the batch records ``code`` and ``message`` per file and carries on.
"""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class. ``code`` is stable and part of the contract; ``hint`` says how to fix it."""

    code = "extractor_error"
    hint = ""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        if hint is not None:
            self.hint = hint

    def one_line(self) -> str:
        text = f"{self.code}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return " ".join(text.split())


class FileNotFound(ExtractorError):
    """A path given by the user that does not exist (not a format problem)."""

    code = "file_not_found"
    hint = "check the path"


class UnsupportedFormat(ExtractorError):
    code = "unsupported_format"
    hint = "supported: PDF, DOCX, XLSX, TXT"


class EmptyDocument(ExtractorError):
    code = "empty_document"


class NoTextLayer(ExtractorError):
    code = "no_text_layer"
    hint = "the pages are images; install the OCR extra: pip install 'jixiao[ocr]'"


class PasswordProtected(ExtractorError):
    code = "password_protected"
    hint = "remove the password and submit the file again"


class DamagedFile(ExtractorError):
    code = "damaged_file"


class TooLarge(ExtractorError):
    code = "too_large"


class EncodingUnknown(ExtractorError):
    code = "encoding_unknown"
    hint = "save the file as UTF-8 or GB18030"


class UnsafeContent(ExtractorError):
    code = "unsafe_content"


class TimeLimitExceeded(TooLarge):
    """A file whose processing exceeds the per-file time limit counts as too large."""


class UsageError(ExtractorError):
    code = "usage_error"


class OutputError(ExtractorError):
    """Writing the batch outputs failed (the input files are not to blame)."""

    code = "output_failed"


class OutputNotWritable(OutputError):
    code = "output_not_writable"
    hint = "choose an output folder you can write to (-o)"


class DiskFull(OutputError):
    code = "disk_full"
    hint = "free some space (or raise the file size limit) and run the batch again: finished files are cached"


class OutputDamaged(OutputError):
    code = "output_damaged"
    hint = "run jixiao batch again on the input folder to rebuild it"


class OutputLocked(OutputError):
    code = "output_locked"
    hint = "wait for the other batch to finish, or choose another output folder"


class Interrupted(ExtractorError):
    """The user stopped the batch (Ctrl-C); finished files stay cached."""

    code = "interrupted"


class TableNotUnderstood(ExtractorError):
    """Not raised: the code of a document read only in part, because a table that looks like an indicator table
    gave no indicator row (the batch marks the document ``partial``)."""

    code = "table_not_understood"
    hint = "jixiao extract FILE --explain shows how each column was read"


ERROR_CODES = tuple(
    cls.code
    for cls in (
        FileNotFound,
        UnsupportedFormat,
        EmptyDocument,
        NoTextLayer,
        PasswordProtected,
        DamagedFile,
        TooLarge,
        EncodingUnknown,
        UnsafeContent,
    )
)
