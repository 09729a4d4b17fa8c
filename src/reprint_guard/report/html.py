"""A report for people to open in a browser: one self-contained HTML5 file.

The page is written in three parts so that a scan can stream it (:class:`~reprint_guard.report.writer.HtmlWriter`):
:func:`html_head` (doctype, inline style, the report's title), one :func:`html_document`
``<section>`` per document as it is checked, and :func:`html_foot`, the run summary (counts per
verdict, documents, exit code, whether the scan was interrupted, ``format_version``, when it was
generated) and the closing tags. The summary comes last in the file and first on the screen and
on paper (CSS ``order``), so a report cut short still shows every document written.

Safety: the file loads nothing and runs nothing. A ``Content-Security-Policy`` meta element
(``default-src 'none'; style-src 'unsafe-inline'``) forbids scripts, images, fonts, frames and
fetches even if something slipped through; every piece of input-derived text (paths, titles,
notices, passages, URLs) goes through :func:`text` (``html.escape(quote=True)``; control
characters and bidi embedding/override/isolate characters shown as visible ``\\xNN`` / ``\\uNNNN``
marks; a file name that is not valid UTF-8 shows its bytes as ``\\xNN``, as in the CSV) and sits
in a ``<bdi>`` or a ``dir="auto"`` element, so right-to-left text cannot reorder what follows it.
Links are only ``tel:`` (E.164 phones), ``mailto:`` (plain addresses) and ``http(s)``; anything
else is shown as text.

The HTML is for people; JSON stays the machine contract: ``format_version`` here names the
JSON/JSONL/CSV version the same run would write, and this markup may change without a bump.
Nothing here decides a verdict: every value comes from the report types.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from urllib.parse import quote, urlsplit

from ..models import Email, Link, Phone
from ..verdict import DocumentReport, Match, ScanReport, exit_code
from .base import CONDITION_WORDS, EXIT_INTERRUPTED, FORMAT_VERSION, VERDICT_STYLE
from .machine import csv_text

CSP = "default-src 'none'; style-src 'unsafe-inline'"
"""The page's Content-Security-Policy: nothing but its own inline style."""

VERDICT_ORDER = tuple(VERDICT_STYLE)
"""Verdicts in the order the summary lists them (as the terminal's caption does)."""

# C0 and C1 controls but tab, line feed and carriage return; DEL; bidi embeddings, overrides
# and isolates (U+202A..U+202E, U+2066..U+2069: "Trojan Source" reordering); lone surrogates
# are turned into \xNN by csv_text first.
_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _mark(m: re.Match[str]) -> str:
    cp = ord(m.group())
    code = f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"
    return f'<span class="ctl" title="invisible character">{code}</span>'


def text(value: object) -> str:
    """Input-derived text as HTML character data or attribute value: escaped with
    ``html.escape(quote=True)``; controls and bidi formatting characters shown as a marked
    ``\\xNN``/``\\uNNNN``; a lone surrogate (a non-UTF-8 file name's byte) as ``\\xNN``."""
    escaped = html.escape(csv_text("" if value is None else str(value)), quote=True)
    return _HIDDEN.sub(_mark, escaped)


def _attr(value: str) -> str:
    """An attribute value: escaped, with controls and surrogates removed outright."""
    return html.escape(_HIDDEN.sub("", csv_text(value)), quote=True)


def _bdi(value: object, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<bdi{c}>{text(value)}</bdi>"


_E164 = re.compile(r"\+[1-9][0-9]{3,15}")
_DIGITS = re.compile(r"[0-9]{1,10}")
_EMAIL = re.compile(r"[^\s@<>\"'(),;:\\\[\]\x00-\x1f\x7f]+@[A-Za-z0-9.\-\u0080-\uffff]+")
_HTTP = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f<>\"']+", re.I)


def safe_http_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL with a host and nothing a browser would strip or
    reinterpret (white space, controls, quotes), else ``None``: never ``javascript:``,
    ``data:`` or any other scheme."""
    if not url or not _HTTP.fullmatch(url) or _HIDDEN.search(url):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return url if host else None


def _link(href: str | None, label: str) -> str:
    """``<a>`` to ``href`` (already one of the safe forms) with escaped ``label`` markup."""
    if href is None:
        return label
    return f'<a href="{_attr(href)}" rel="noopener noreferrer">{label}</a>'


def _url(url: str | None) -> str:
    """A URL from input: a link when it is http(s), else escaped text."""
    if not url:
        return '<span class="none">none</span>'
    return _link(safe_http_url(url), _bdi(url, "url"))


def _phone(p: Phone) -> str:
    shown = p.e164 + (f" ext. {p.extension}" if p.extension else "")
    href = None
    if _E164.fullmatch(p.e164) and (p.extension is None or _DIGITS.fullmatch(p.extension)):
        href = "tel:" + p.e164 + (f";ext={p.extension}" if p.extension else "")
    written = f' <span class="dim">({_bdi(p.as_written)}, {text(p.type)})</span>'
    return _link(href, _bdi(shown)) + written


def _email(e: Email) -> str:
    href = "mailto:" + quote(e.address, safe="@.+-_~") if _EMAIL.fullmatch(e.address) else None
    return _link(href, _bdi(e.address))


def _contact(c: Phone | Email | Link) -> str:
    if isinstance(c, Phone):
        return _phone(c)
    if isinstance(c, Email):
        return _email(c)
    return _url(c.url)


_VERB = {Phone: "call", Email: "write to", Link: "visit"}
_ROLE_LABEL = {"tip": "News tips", "other": "Other contact"}
_EVIDENCE = {"url": "the URL given with --url", "urls_manifest": "the --urls crawl manifest", "warc": "the WARC record's target URI"}


def _badge(word: str) -> str:
    """A verdict or kind: its colour and, always, its word."""
    return f'<span class="verdict v-{_attr(word)}">{text(word)}</span>'


def _row(label: str, value_html: str) -> str:
    return f"<tr><th scope=\"row\">{label}</th><td>{value_html}</td></tr>\n"


def _words(values: Iterable[str]) -> str:
    items = [text(v) for v in values]
    return ", ".join(items) if items else '<span class="none">none</span>'


def _licence(m: Match) -> str:
    lic = m.licence.to_dict()
    status = lic["status"]
    out = _badge(status) if status in ("licensed", "permitted") else f'<span class="lic-{_attr(status)}">{text(status)}</span>'
    if status == "licensed":
        evidence = lic.get("evidence", "url")
        out += f" — evidence: {text(_EVIDENCE.get(evidence, evidence))}"
    elif status == "claimed":
        out += (
            " — claimed by the page, not evidenced: "
            f'<q dir="auto">{text(lic.get("claim", ""))}</q>'
            ' <span class="dim">(where it was found decides: --url, --urls)</span>'
        )
    elif status == "none":
        out += " — no licence"
    return out


def _contacts(m: Match) -> str:
    """Whom to call, as the terminal panel says it: the rights holder, "To license, call …"
    (or "No licensing contact printed."), the other contacts by role; then uses and conditions."""
    n = m.notice
    if n is None:
        return '<p class="warn">No licensing notice stored with this article.</p>\n'
    rows = [_row("Rights holder", _bdi(n.rights_holder) if n.rights_holder else '<span class="none">(not named)</span>')]
    licensing = n.contacts("licensing")
    if licensing:
        lines = "".join(f"<li>To license, {_VERB[type(c)]} {_contact(c)}</li>" for c in licensing)
        rows.append(_row("Licensing", f'<ul class="contacts licensing">{lines}</ul>'))
    else:
        rows.append(_row("Licensing", '<p class="warn">No licensing contact printed.</p>'))
    others = [c for c in n.contacts() if c.role != "licensing"]
    if others:
        lines = "".join(
            f"<li>{text(_ROLE_LABEL.get(c.role, c.role.capitalize()))}: {_contact(c)}</li>" for c in others
        )
        rows.append(_row("Other contacts", f'<ul class="contacts other">{lines}</ul>'))
    # (a reservation such as "All rights reserved" names no use: "none" would read as "nothing forbidden")
    rows.append(_row("Forbidden uses", _words(n.forbidden_uses) if n.forbidden_uses else '<span class="none">none named</span>'))
    rows.append(_row("Permitted uses", _words(n.permitted_uses)))
    rows.append(_row("Conditions", _words(n.conditions)))
    unmet = _words(m.unmet_conditions)
    if m.unmet_conditions:
        unmet = f'<span class="warn">the page does not meet {unmet}</span>'
    rows.append(_row("Unmet conditions", unmet))
    if m.conditions_to_judge:
        # permitted on what the page shows; these no page shows
        judge = "; ".join(CONDITION_WORDS[c] for c in m.conditions_to_judge)
        rows.append(_row("To judge", f'<span class="warn">{text(judge)} (a page cannot show {"it" if len(m.conditions_to_judge) == 1 else "them"}: not checked)</span>'))
    if m.edits_excluded:
        excluded = "no derivatives" if "no_derivatives" in n.conditions else "modification forbidden"
        rows.append(_row("Not covered", f'<span class="warn">the permission excludes modification ({excluded}): '
                                        "it does not cover edited copies</span>"))
    rows.append(_row("Notice licence", text(n.licence) if n.licence else '<span class="none">none</span>'))
    return f'<table class="fields notice">\n{"".join(rows)}</table>\n'


def _passages(m: Match) -> str:
    passages = m.alignment.passages
    if not passages:
        return ""
    page_texts = m.texts()
    art_texts = m.article_texts if len(m.article_texts) == len(passages) else (None,) * len(passages)
    rows = []
    for i, (p, page, art) in enumerate(zip(passages, page_texts, art_texts), 1):
        art_cell = text(art) if art is not None else '<span class="none">(not kept with this match)</span>'
        rows.append(
            f'<tr><td class="num">{i}</td>'
            f'<td class="num">[{p.article.start}, {p.article.end})<br>[{p.document.start}, {p.document.end})'
            f"<br>{p.score:.2f}</td>"
            f'<td class="quote" dir="auto">{art_cell}</td>'
            f'<td class="quote" dir="auto">{text(page)}</td></tr>\n'
        )
    return (
        '<table class="passages">\n<caption>Passages</caption>\n'
        '<thead><tr><th scope="col">#</th><th scope="col">article / page offsets, score</th>'
        '<th scope="col">protected article\'s text</th><th scope="col">the page\'s own text</th></tr></thead>\n'
        f'<tbody>\n{"".join(rows)}</tbody>\n</table>\n'
    )


def _match(i: int, m: Match) -> str:
    a = m.article
    status = "finding" if m.finding else ("licensed" if m.licensed else "permitted")
    rows = [
        _row("Article id", f"<code>{text(a.id)}</code>"),
        _row("Title", _bdi(a.title) if a.title else '<span class="none">(untitled)</span>'),
        _row("Outlet", _bdi(a.outlet) if a.outlet else '<span class="none">(not named on the page)</span>'),
        _row("Date", text(a.date) if a.date else '<span class="none">(no date on the page)</span>'),
        _row("URL", _url(a.url)),
        _row("Source", _bdi(a.source)),
        _row("Kind", _badge(m.kind)),
        _row(
            "Coverage / similarity",
            f"coverage {m.coverage:.0%} ({m.coverage:.4f}), similarity {m.similarity:.2f}, "
            f"containment {m.alignment.containment:.2f}",
        ),
        _row("Licence", _licence(m)),
        _row("Credit", f"credits the source: “{_bdi(m.credit)}”" if m.credit else "credits the source" if m.attributed else "no credit to the source"),
    ]
    return (
        f'<article class="match {status}" data-kind="{_attr(m.kind)}" data-licence="{_attr(m.licence.status)}">\n'
        f"<h3>Match {i}: {_badge(m.kind)} of {_bdi(a.title or a.id)}"
        f"{'' if m.finding else ' — ' + text(status)}</h3>\n"
        f'<table class="fields article">\n{"".join(rows)}</table>\n'
        f"{_contacts(m)}{_passages(m)}</article>\n"
    )


def html_document(d: DocumentReport, index: int) -> str:
    """One document's ``<section>`` (``index`` counts from 1): path, URL, title, verdict (colour
    and word), reason, then each match with its article, licence, contacts and passages."""
    name = d.path or d.url or "(text)"
    rows = [
        _row("Path", _bdi(d.path) if d.path else '<span class="none">none</span>'),
        _row("URL", _url(d.url)),
        _row("Title", _bdi(d.title) if d.title else '<span class="none">none</span>'),
        _row("Verdict", _badge(d.verdict)),
    ]
    if d.reason:
        rows.append(_row("Reason", _bdi(d.reason)))
    if d.decoding:
        repair = f", repaired with {text(d.decoding.repair)}" if d.decoding.repair else ""
        rows.append(_row("Decoding", f"{text(d.decoding.encoding)} ({text(d.decoding.rule)}{repair})"))
    if d.sha256:
        rows.append(_row("SHA-256", f"<code>{text(d.sha256)}</code>"))
    matches = "".join(_match(i, m) for i, m in enumerate(d.matches, 1))
    return (
        f'<section class="document" id="doc-{index}" data-verdict="{_attr(d.verdict)}">\n'
        f"<h2>{index}. {_badge(d.verdict)} {_bdi(name)}</h2>\n"
        f'<table class="fields">\n{"".join(rows)}</table>\n{matches}</section>\n'
    )


_STYLE = """
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.45;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem;display:flex;flex-direction:column;overflow-wrap:anywhere;word-break:break-word}
body>header{order:-2}#summary{order:-1}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin:.2rem 0 .6rem}h3{font-size:1rem;margin:.2rem 0 .5rem}
section.document,#summary{border:1px solid #bbb;border-radius:6px;padding:.8rem 1rem;margin:.6rem 0}
article.match{border-left:4px solid #c62828;padding:.3rem 0 .3rem .8rem;margin:.8rem 0}
article.match.licensed,article.match.permitted{border-left-color:#2e7d32}
table{border-collapse:collapse;margin:.3rem 0;max-width:100%}
table.fields th{text-align:left;vertical-align:top;padding:.15rem .8rem .15rem 0;white-space:nowrap;font-weight:600}
table.fields td{vertical-align:top;padding:.15rem 0}
table.passages{width:100%;table-layout:fixed}
table.passages th,table.passages td{border:1px solid #ccc;padding:.3rem .4rem;vertical-align:top;text-align:left}
table.passages th:nth-child(1),table.passages td:nth-child(1){width:2rem}
table.passages th:nth-child(2),table.passages td:nth-child(2){width:9rem}
table.passages caption{text-align:left;font-weight:600;padding:.2rem 0}
td.quote{white-space:pre-wrap;background:#fffbe6}
td.num{font-variant-numeric:tabular-nums;font-size:.85rem;color:#444}
table.counts th,table.counts td{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
table.counts td{text-align:right;font-variant-numeric:tabular-nums}
.verdict{display:inline-block;border:2px solid currentColor;border-radius:4px;padding:0 .35rem;font-weight:700;font-size:.9em;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.v-reprint,.v-error{color:#b71c1c;background:#fdecea}
.v-edited{color:#8e24aa;background:#f6e8f8}
.v-excerpt{color:#7a5200;background:#fff3cd}
.v-permitted,.v-licensed,.v-clean{color:#1b5e20;background:#e8f5e9}
.v-skipped{color:#555;background:#eee}
.lic-claimed,.lic-none,.warn{color:#b71c1c;font-weight:600}
.warn{margin:0}
.dim,.none{color:#666}
.ctl{border:1px dotted #b71c1c;color:#b71c1c;font-family:monospace;font-size:.85em;padding:0 1px}
ul.contacts{margin:0;padding-left:1.1rem}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.9em}
a{color:#0b57d0}
.interrupted{color:#b71c1c;font-weight:700}
@media print{
body{max-width:none;padding:0;font-size:10pt}
section.document,#summary{break-inside:auto;border-color:#888}
article.match,table.fields,tr{break-inside:avoid}
a{color:inherit}a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;color:#444}
td.quote{background:none}
}
"""


def html_head(title: str = "reprint_guard scan") -> str:
    """The page up to the first document: doctype, metadata, the inline style, the heading."""
    t = text(title)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="reprint_guard">\n'
        f"<title>{t}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f'<header><h1>{t}</h1><p class="dim">Findings of unlicensed copies of protected articles, '
        "one section per document. This report is for people; the JSON report "
        "(<code>--format json</code>) is the machine-readable one.</p></header>\n"
        '<main id="documents">\n'
    )


def _utc(at: datetime | None) -> datetime:
    at = at or datetime.now(timezone.utc)
    return at.astimezone(timezone.utc) if at.tzinfo else at.replace(tzinfo=timezone.utc)


def html_foot(counts: dict[str, int], *, interrupted: bool, generated_at: datetime | None = None) -> str:
    """The run summary (counts per verdict, documents, exit code as the command exits with it,
    the interrupted flag, ``format_version``, the time generated in UTC), then the closing tags."""
    at = _utc(generated_at).replace(microsecond=0)
    stamp = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    code = EXIT_INTERRUPTED if interrupted else exit_code(counts)
    order = [v for v in VERDICT_ORDER if v in counts] + sorted(v for v in counts if v not in VERDICT_STYLE)
    rows = "".join(
        f'<tr data-verdict="{_attr(v)}"><th scope="row">{_badge(v)}</th><td>{counts[v]}</td></tr>\n' for v in order
    )
    counts_table = (
        '<table class="counts">\n<thead><tr><th scope="col">verdict</th><th scope="col">documents</th></tr></thead>\n'
        f"<tbody>\n{rows}</tbody>\n</table>\n"
        if rows
        else '<p class="none">No documents.</p>\n'
    )
    flag = (
        '<span class="interrupted">yes: the scan was stopped (Ctrl-C) before every document was read</span>'
        if interrupted
        else "no"
    )
    fields = (
        _row("Documents", f'<span id="documents-count">{sum(counts.values())}</span>')
        + _row("Exit code", f'<span id="exit-code">{code}</span>')
        + _row("Interrupted", f'<span id="interrupted">{flag}</span>')
        + _row("format_version", f'<span id="format-version">{FORMAT_VERSION}</span> '
               '<span class="dim">(of the JSON/JSONL/CSV reports; the HTML is for people)</span>')
        + _row("Generated", f'<time id="generated-at" datetime="{stamp}">{stamp.replace("T", " ")[:-1]} UTC</time>')
    )
    return (
        "</main>\n"
        f'<footer id="summary">\n<h2>Summary</h2>\n{counts_table}<table class="fields">\n{fields}</table>\n</footer>\n'
        "</body>\n</html>\n"
    )


def to_html(report: ScanReport, *, title: str = "reprint_guard scan", generated_at: datetime | None = None) -> str:
    """The whole report as one HTML page (what :class:`~reprint_guard.report.writer.HtmlWriter`
    streams, at once)."""
    parts = [html_head(title)]
    parts.extend(html_document(d, i) for i, d in enumerate(report.documents, 1))
    parts.append(html_foot(report.counts(), interrupted=report.interrupted, generated_at=generated_at))
    return "".join(parts)
