"""Reports written as a scan goes: one writer per format, fed one document at a time.

``jsonl``, ``csv`` and ``html`` write each document as it arrives (memory stays flat whatever
the scan's size), ``json`` and ``rich`` keep each document's :meth:`~reprint_guard.verdict.DocumentReport.slim`
summary (passage texts, not page texts) and write the whole report at the end. Every writer is
finished with :meth:`ReportWriter.finish`, interrupted or not: ``jsonl`` then writes its summary
line, ``html`` its summary footer, ``json`` its ``"interrupted"`` flag, ``rich`` a caption saying the
scan was stopped. Every format but ``rich`` goes to a binary stream as UTF-8 bytes, whatever the
console's encoding.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import BinaryIO, Protocol

from rich.console import Console

from ..verdict import DocumentReport, ScanReport
from .base import FORMAT_VERSION, OutputFormat
from .html import html_document, html_foot, html_head, to_html
from .machine import CSV_COLUMNS, MACHINE_RENDERERS, _dumps, csv_lines, csv_rows, jsonl_document, jsonl_summary
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


class HtmlWriter(_Streamed):
    """The page's head, then each document's ``<section>`` as it comes, then the summary
    footer (:mod:`~reprint_guard.report.html`). Like the CSV header, the head is written with
    the first document (or at the end of an empty run), so a run that fails before any document
    writes nothing. ``now`` gives the generated-at time (UTC) when the report is finished."""

    def __init__(
        self, out: BinaryIO, *, title: str = "reprint_guard scan", now: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(out)
        self.title = title
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._head = False

    def _start(self) -> None:
        if not self._head:
            self._head = True
            self._write(html_head(self.title))

    def document(self, d: DocumentReport) -> None:
        self._count(d)
        self._start()
        self._write(html_document(d, sum(self.counts.values())))

    def finish(self, *, interrupted: bool = False) -> None:
        self._start()
        self._write(html_foot(self.counts, interrupted=interrupted, generated_at=self._now()))


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


def stream_writer(fmt: OutputFormat, out: BinaryIO, *, title: str = "reprint_guard scan") -> ReportWriter:
    """The writer of a format written as bytes (``json``, ``jsonl``, ``csv``, ``html``) on a
    binary stream; ``title`` heads the HTML page."""
    if fmt is OutputFormat.html:
        return HtmlWriter(out, title=title)
    writers = {OutputFormat.json: JsonWriter, OutputFormat.jsonl: JsonlWriter, OutputFormat.csv: CsvWriter}
    return writers[fmt](out)


TEXT_RENDERERS: dict[OutputFormat, Callable[[ScanReport], str]] = {**MACHINE_RENDERERS, OutputFormat.html: to_html}
"""Every format but ``rich`` as a function of a whole report to its text (what the writers
stream piece by piece); ``OutputFormat.rich`` renders through
:func:`~reprint_guard.report.terminal.rich_report`."""
