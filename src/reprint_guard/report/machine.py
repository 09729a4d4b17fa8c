"""Reports for machines: JSON, JSONL and CSV, always carrying ``format_version``.

JSON is one object (``{"format_version", "documents", "summary", "interrupted"}``); JSONL is one
document per line (``"type": "document"``), each with ``format_version``, and a last
``"type": "summary"`` line; CSV is one row per match with the columns in
:data:`CSV_COLUMNS` (appended to, never reordered). ``report/schema.json`` describes the JSON
shapes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, is_dataclass

from ..models import Email, Link, Phone
from ..store import StoredArticle
from ..verdict import DocumentReport, ScanReport, exit_code
from .base import EXIT_INTERRUPTED, FORMAT_VERSION, OutputFormat


# A code point U+D800..U+DFFF in a str is a lone surrogate: a file name that is not valid UTF-8
# (``surrogateescape``, U+DC80..U+DCFF for its bytes) or a broken string. Valid characters
# outside the BMP are single code points in a Python str, so every match here is lone.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CSV_UNSAFE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _dumps(obj: object, *, indent: int | None = None) -> str:
    """JSON text that encodes as UTF-8: non-ASCII as itself, a lone surrogate as a ``\\udcXX``
    escape (``json.loads`` gives the same str back, and :func:`os.fsencode` of it the name's
    original bytes)."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def csv_text(value: str) -> str:
    """A CSV cell that encodes as UTF-8 and does nothing to a terminal that prints it: the bytes
    of a name that is not valid UTF-8 as ``\\xNN`` (Python's ``backslashreplace``), control
    characters but tab, line feed and carriage return as ``\\xNN`` (an escape sequence in a crawled
    file's name cleared the screen of a ``cat`` of the report) and bidi overrides as ``\\uXXXX``,
    as the JSON and terminal reports show them; everything else as it is."""
    return _CSV_UNSAFE.sub(_csv_escape, value)


def _csv_escape(m: re.Match[str]) -> str:
    cp = ord(m.group())
    if 0xDC80 <= cp <= 0xDCFF:
        return f"\\x{cp - 0xDC00:02x}"
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"


# A cell a spreadsheet would read as a formula when it starts with one of these (OWASP, "CSV
# Injection": = + - @, tab, carriage return). A crawled file may be named =HYPERLINK(…).html.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: str) -> str:
    """A CSV text cell (:func:`csv_text`) that a spreadsheet shows as text: one starting with
    ``= + - @``, a tab or a carriage return gets a leading ``'``, as OWASP advises against CSV
    injection. Only for text cells: the E.164 phone cells start with ``+`` by construction."""
    text = csv_text(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_json(report: ScanReport) -> str:
    """The whole report as one JSON object (schema ``$defs/scan_report``)."""
    return _dumps({"format_version": FORMAT_VERSION, **report.to_dict()}, indent=2) + "\n"


def jsonl_document(d: DocumentReport) -> str:
    """One document as a JSONL line (schema ``$defs/jsonl_document``), with its newline."""
    return _dumps({"format_version": FORMAT_VERSION, "type": "document", **d.to_dict()}) + "\n"


def jsonl_summary(counts: dict[str, int], *, interrupted: bool) -> str:
    """The last JSONL line (schema ``$defs/jsonl_summary``): verdict counts, how many
    documents, the exit code and whether the scan was interrupted (Ctrl-C) before the end."""
    obj = {
        "format_version": FORMAT_VERSION,
        "type": "summary",
        "summary": counts,
        "documents": sum(counts.values()),
        "exit_code": EXIT_INTERRUPTED if interrupted else exit_code(counts),
        "interrupted": interrupted,
    }
    return _dumps(obj) + "\n"


def to_jsonl(report: ScanReport) -> str:
    """One line per document (``"type": "document"``), then the summary line (``"type":
    "summary"``); schema ``$defs/jsonl_line``."""
    lines = [jsonl_document(d) for d in report.documents]
    return "".join(lines) + jsonl_summary(report.counts(), interrupted=report.interrupted)


CSV_COLUMNS = (
    "path",
    "verdict",
    "article_id",
    "title",
    "kind",
    "licensed",
    "coverage",
    "similarity",
    "rights_holder",
    "phones",
    "emails",
    "reason",  # format_version 2: why a document was skipped or failed
    "licence",  # format_version 3: licensed (evidenced), claimed (the page says so) or none
    "licensing_phones",  # format_version 5: E.164 of the licensing phones, space-separated
    "licensing_emails",  # format_version 5: licensing e-mail addresses, space-separated
    "other_contacts",  # format_version 5: "role:value" of every other contact, space-separated
    "licensing_urls",  # format_version 6: licensing URLs (a syndication desk's page), space-separated
    "notice_licence",  # format_version 7: the open licence the notice grants (CC BY-NC-ND 4.0)
    "url",  # format_version 9: the checked page's URL (--url, --urls, a WARC record), user:password@ dropped
    "page_title",  # format_version 9: the checked page's title (``title`` is the protected article's)
    "attributed",  # format_version 9: yes when the page credits the article's outlet or holder
    "unmet_conditions",  # format_version 9: the notice's conditions the page fails (credit, link_back …)
    "licence_claim",  # format_version 9: what the page says of its licence, when only it says so
    "conditions_to_judge",  # format_version 10: a permitted match's conditions no page shows (non_commercial …)
    "edits_excluded",  # format_version 10: yes when the permission excludes modification and so this edited copy
    "credit",  # format_version 11: what was taken as the page's credit, as printed
)


def _phone(p: Phone) -> str:
    return p.e164 + (f";ext={p.extension}" if p.extension else "")


def _contact(c: Phone | Email | Link) -> str:
    return _phone(c) if isinstance(c, Phone) else c.address if isinstance(c, Email) else c.url


def csv_rows(d: DocumentReport) -> list[list[str]]:
    """The CSV rows of one document: one per match, or one with the match fields empty. Text
    cells go through :func:`_csv_cell`; the phone cells are E.164 (``+`` and digits) and the
    others are ids, numbers and fixed words."""
    page = [_csv_cell(d.url or ""), _csv_cell(d.title or "")]
    if not d.matches:
        return [[_csv_cell(d.path or ""), d.verdict, *[""] * 9, _csv_cell(d.reason or ""), "", "", "", "", "", "", *page, "", "", "", "", "", ""]]
    rows = []
    for m in d.matches:
        n = m.notice
        rows.append(
            [
                _csv_cell(d.path or ""),
                d.verdict,
                m.article.id,
                _csv_cell(m.article.title or ""),
                m.kind,
                "yes" if m.licensed else "no",
                f"{m.coverage:.4f}",
                f"{m.similarity:.4f}",
                _csv_cell(n.rights_holder or "") if n else "",
                " ".join(p.e164 + (f";ext={p.extension}" if p.extension else "") for p in n.phones) if n else "",
                _csv_cell(" ".join(e.address for e in n.emails)) if n else "",
                _csv_cell(d.reason or ""),
                m.licence.status,
                " ".join(_phone(p) for p in n.phones if p.role == "licensing") if n else "",
                _csv_cell(" ".join(e.address for e in n.emails if e.role == "licensing")) if n else "",
                _csv_cell(" ".join(f"{c.role}:{_contact(c)}" for c in n.contacts() if c.role != "licensing")) if n else "",
                _csv_cell(" ".join(u.url for u in n.urls if u.role == "licensing")) if n else "",
                (n.licence or "") if n else "",
                *page,
                "yes" if m.attributed else "no",
                " ".join(m.unmet_conditions),
                _csv_cell(m.licence.claim or ""),
                " ".join(m.conditions_to_judge),
                "yes" if m.edits_excluded else "no",
                _csv_cell(m.credit or ""),
            ]
        )
    return rows


def csv_lines(rows: Iterable[Sequence[str]]) -> str:
    """CSV text of ``rows`` (``\\n`` line ends, quoting as needed: a field holding a carriage return
    or a line feed is quoted, as RFC 4180 asks; the csv module quotes only for the characters of its
    line terminator, so each row is written with ``\\r\\n`` and its end set back to ``\\n``)."""
    out = []
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        buf.seek(0)
        buf.truncate()
        writer.writerow(row)
        out.append(buf.getvalue()[:-2] + "\n")
    return "".join(out)


def to_csv(report: ScanReport) -> str:
    """One row per match (documents without a match get one row with empty match fields)."""
    return csv_lines([CSV_COLUMNS, *(row for d in report.documents for row in csv_rows(d))])


def articles_json(articles: list[StoredArticle]) -> str:
    """``list --format json`` (schema ``$defs/article_list``)."""
    return _dumps({"format_version": FORMAT_VERSION, "articles": [a.summary() for a in articles]}, indent=2) + "\n"


def article_details_json(articles: list[StoredArticle]) -> str:
    """``show --format json``: ``list``'s fields per article plus ``notice``, the parsed notice
    as stored (``LicenceNotice.to_dict()``: text, rights holder, contacts with roles, uses,
    conditions, licence) or ``null`` (schema ``$defs/article_list``)."""
    rows = [{**a.summary(), "notice": a.notice.to_dict() if a.notice else None} for a in articles]
    return _dumps({"format_version": FORMAT_VERSION, "articles": rows}, indent=2) + "\n"


def protect_json(outcomes: Iterable[object], *, error: str | None = None) -> str:
    """``protect --format json``: one object per input (schema ``$defs/protect_report``).

    ``outcomes`` are :class:`~reprint_guard.api.ProtectOutcome` dataclasses (taken as any
    dataclass, since the report sits after the API in the data flow and must not import it).
    ``error``: why the run stopped early (Ctrl-C, a store failure) and what was committed;
    ``None`` when it finished.
    """
    rows = [asdict(o) if is_dataclass(o) else dict(o) for o in outcomes]  # type: ignore[call-overload]
    return _dumps({"format_version": FORMAT_VERSION, "articles": rows, "error": error}, indent=2) + "\n"


MACHINE_RENDERERS: dict[OutputFormat, Callable[[ScanReport], str]] = {
    OutputFormat.json: to_json,
    OutputFormat.jsonl: to_jsonl,
    OutputFormat.csv: to_csv,
}
"""Machine formats (the JSON contract and CSV); :data:`~reprint_guard.report.writer.TEXT_RENDERERS`
adds the HTML page for people, and ``OutputFormat.rich`` renders through
:func:`~reprint_guard.report.terminal.rich_report`."""
