"""Reports for machines: JSON, JSONL and CSV, always carrying ``format_version``.

JSON is one object (``{"format_version", "documents", "summary"}``); JSONL is one document per
line, each with ``format_version``; CSV is one row per match with the columns in
:data:`CSV_COLUMNS` (appended to, never reordered). ``report/schema.json`` describes the JSON
shapes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, is_dataclass

from ..models import Email, Phone
from ..store import StoredArticle
from ..verdict import ScanReport
from .base import FORMAT_VERSION, OutputFormat


def _dumps(obj: object, *, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def to_json(report: ScanReport) -> str:
    """The whole report as one JSON object (schema ``$defs/scan_report``)."""
    return _dumps({"format_version": FORMAT_VERSION, **report.to_dict()}, indent=2) + "\n"


def to_jsonl(report: ScanReport) -> str:
    """One JSON object per document, one per line (schema ``$defs/document``)."""
    return "".join(_dumps({"format_version": FORMAT_VERSION, **d.to_dict()}) + "\n" for d in report.documents)


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
    "licensing_phones",  # format_version 3: E.164 of the licensing phones, space-separated
    "licensing_emails",  # format_version 3: licensing e-mail addresses, space-separated
    "other_contacts",  # format_version 3: "role:value" of every other contact, space-separated
)


def _phone(p: Phone) -> str:
    return p.e164 + (f";ext={p.extension}" if p.extension else "")


def to_csv(report: ScanReport) -> str:
    """One row per match (documents without a match get one row with empty match fields)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for d in report.documents:
        if not d.matches:
            w.writerow([d.path or "", d.verdict, *[""] * 9, d.reason or "", *[""] * 3])
        for m in d.matches:
            n = m.notice
            w.writerow(
                [
                    d.path or "",
                    d.verdict,
                    m.article.id,
                    m.article.title or "",
                    m.kind,
                    "yes" if m.licensed else "no",
                    f"{m.coverage:.4f}",
                    f"{m.similarity:.4f}",
                    (n.rights_holder or "") if n else "",
                    " ".join(_phone(p) for p in n.phones) if n else "",
                    " ".join(e.address for e in n.emails) if n else "",
                    d.reason or "",
                    " ".join(_phone(p) for p in n.phones if p.role == "licensing") if n else "",
                    " ".join(e.address for e in n.emails if e.role == "licensing") if n else "",
                    " ".join(
                        f"{c.role}:{_phone(c) if isinstance(c, Phone) else c.address if isinstance(c, Email) else c.url}"
                        for c in n.contacts()
                        if c.role != "licensing"
                    )
                    if n
                    else "",
                ]
            )
    return buf.getvalue()


def articles_json(articles: list[StoredArticle]) -> str:
    """``list --format json`` (schema ``$defs/article_list``)."""
    return _dumps({"format_version": FORMAT_VERSION, "articles": [a.summary() for a in articles]}, indent=2) + "\n"


def protect_json(outcomes: Iterable[object]) -> str:
    """``protect --format json``: one object per input (schema ``$defs/protect_report``).

    ``outcomes`` are :class:`~reprint_guard.api.ProtectOutcome` dataclasses (taken as any
    dataclass, since the report sits after the API in the data flow and must not import it).
    """
    rows = [asdict(o) if is_dataclass(o) else dict(o) for o in outcomes]  # type: ignore[call-overload]
    return _dumps({"format_version": FORMAT_VERSION, "articles": rows}, indent=2) + "\n"


TEXT_RENDERERS: dict[OutputFormat, Callable[[ScanReport], str]] = {
    OutputFormat.json: to_json,
    OutputFormat.jsonl: to_jsonl,
    OutputFormat.csv: to_csv,
}
"""Machine formats; ``OutputFormat.rich`` renders through :func:`~reprint_guard.report.terminal.rich_report`."""
