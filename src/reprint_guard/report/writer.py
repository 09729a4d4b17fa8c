"""Reports written as a scan goes: one writer per format, fed one document at a time.

``jsonl`` and ``csv`` write each document as it arrives (memory stays flat whatever the scan's
size), ``json`` and ``rich`` keep each document's :meth:`~reprint_guard.verdict.DocumentReport.slim`
summary (passage texts, not page texts) and write the whole report at the end. Every writer is
finished with :meth:`ReportWriter.finish`, interrupted or not: ``jsonl`` then writes its summary
line, ``json`` its ``"interrupted"`` flag, ``rich`` a caption saying the scan was stopped.
Machine formats go to a binary stream as UTF-8 bytes, whatever the console's encoding.
"""

from __future__ import annotations

from typing import BinaryIO, Protocol

from rich.console import Console

from ..verdict import DocumentReport, ScanReport
from .base import FORMAT_VERSION, OutputFormat
from .machine import CSV_COLUMNS, _dumps, csv_lines, csv_rows, jsonl_document, jsonl_summary
from .terminal import rich_report


class ReportWriter(Protocol):
    """Takes the documents of one scan in input order, then is finished once."""

    counts: dict[str, int]

    def document(self, d: DocumentReport) -> None: ...

    def finish(self, *, interrupted: bool = False) -> None: ...


class _Counting:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def _count(self, d: DocumentReport) -> None:
        self.counts[d.verdict] = self.counts.get(d.verdict, 0) + 1


class _Streamed(_Counting):
    """Writes bytes as they come, flushing each document (a reader tailing the file, or a
    Ctrl-C, sees whole lines only)."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__()
        self.out = out

    def _write(self, text: str) -> None:
        self.out.write(text.encode("utf-8"))
        self.out.flush()


class JsonlWriter(_Streamed):
    """One ``"type": "document"`` line per document, a ``"type": "summary"`` line last."""

    def document(self, d: DocumentReport) -> None:
        self._count(d)
        self._write(jsonl_document(d))

    def finish(self, *, interrupted: bool = False) -> None:
        self._write(jsonl_summary(self.counts, interrupted=interrupted))


class CsvWriter(_Streamed):
    """The header, then each document's rows as it comes (CSV has no summary row)."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__(out)
        self._header = False

    def _head(self) -> None:
        if not self._header:
            self._header = True
            self._write(csv_lines([CSV_COLUMNS]))

    def document(self, d: DocumentReport) -> None:
        self._count(d)
        self._head()
        self._write(csv_lines(csv_rows(d)))

    def finish(self, *, interrupted: bool = False) -> None:
        self._head()


class _Kept(_Counting):
    def __init__(self) -> None:
        super().__init__()
        self.documents: list[DocumentReport] = []

    def document(self, d: DocumentReport) -> None:
        self._count(d)
        self.documents.append(d.slim())


class JsonWriter(_Kept):
    """One JSON object at the end, from the documents' summaries."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__()
        self.out = out

    def finish(self, *, interrupted: bool = False) -> None:
        report = ScanReport(tuple(self.documents), interrupted=interrupted)
        text = _dumps({"format_version": FORMAT_VERSION, **report.to_dict()}, indent=2) + "\n"
        self.out.write(text.encode("utf-8"))
        self.out.flush()


class RichWriter(_Kept):
    """The rich report (summary table, finding panels) at the end, on ``console``."""

    def __init__(self, console: Console, *, title: str) -> None:
        super().__init__()
        self.console, self.title = console, title

    def finish(self, *, interrupted: bool = False) -> None:
        title = self.title + (" (interrupted)" if interrupted else "")
        self.console.print(rich_report(ScanReport(tuple(self.documents), interrupted=interrupted), title=title))


def machine_writer(fmt: OutputFormat, out: BinaryIO) -> ReportWriter:
    """The writer of a machine format (``json``, ``jsonl``, ``csv``) on a binary stream."""
    writers = {OutputFormat.json: JsonWriter, OutputFormat.jsonl: JsonlWriter, OutputFormat.csv: CsvWriter}
    return writers[fmt](out)
