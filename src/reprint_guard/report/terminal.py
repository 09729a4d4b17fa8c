"""Reports for people: rich renderables for the terminal (and ``-o`` text files).

Untrusted text (titles, passages, notices) only ever enters rich as :class:`rich.text.Text`,
never as markup, so ``[b]`` or ``[/]`` in a forum post prints literally. Contact details are
laid out one per line and never ellipsised.
"""

from __future__ import annotations

import re

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Email, LicenceNotice, Link, Phone
from ..store import StoredArticle
from ..verdict import DocumentReport, Match, ScanReport
from .base import CONDITION_WORDS, VERDICT_STYLE
from .machine import csv_text

# Passage text shown per passage in the terminal report (the JSON carries all of it).
_PASSAGE_PREVIEW = 240


# Characters a terminal acts on instead of printing: C0 and C1 controls (ESC starts an escape
# sequence that can hide or rewrite what follows) and the bidi embeddings, overrides and isolates
# (a file name can reverse the rest of its row). Shown escaped, as \x1b and \u202e.
_TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A one-line field (a file name, a URL, a title, a holder) shows its line feeds escaped too: a crawled
# file's name can otherwise print a line of its own ("…\n│ Finding: licensed") into the panel.
_FIELD_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(m: re.Match[str]) -> str:
    cp = ord(m.group())
    return f"\\x{cp:02x}" if cp <= 0xFF else f"\\u{cp:04x}"


def one_line(text: str) -> str:
    """``text`` with every control character (line feeds too), bidi control and byte of a name that
    is not valid UTF-8 shown escaped as ``\\xNN`` / ``\\uNNNN``: safe to print as one line on a
    terminal (an error line naming a crawled file)."""
    return _FIELD_CONTROL.sub(_escaped, csv_text(text))


def _t(text: str | None, style: str = "", *, lines: bool = False) -> Text:
    # a file name that is not valid UTF-8 shows its bytes as \xNN, as in CSV (not as "?"); one
    # holding terminal controls shows them escaped (a crawled page's name is the crawler's choice);
    # only a text of several lines (``lines``: a notice as printed) keeps its line feeds
    shown = _TERMINAL_CONTROL.sub(_escaped, csv_text(text or "")) if lines else one_line(text or "")
    return Text(shown, style=style, overflow="fold")


def summary_table(report: ScanReport, title: str = "reprint_guard scan") -> Table:
    """One row per document: verdict, file, title of the best match, coverage, similarity."""
    counts = report.counts()
    caption = ", ".join(f"{v}: {counts[v]}" for v in VERDICT_STYLE if v in counts)
    table = Table(title=title, caption=caption, expand=False, show_lines=False)
    table.add_column("verdict", no_wrap=True)
    table.add_column("document", overflow="fold")
    table.add_column("protected article", overflow="fold")
    table.add_column("coverage", justify="right", no_wrap=True)
    table.add_column("similarity", justify="right", no_wrap=True)
    for d in report.documents:
        top = d.matches[0] if d.matches else None
        table.add_row(
            Text(d.verdict, style=VERDICT_STYLE.get(d.verdict, "")),
            _t(d.path or d.url or "(text)"),
            _t(top.article.title or top.article.id) if top else _t(d.reason or "", "dim"),
            f"{top.coverage:.0%}" if top else "",
            f"{top.similarity:.2f}" if top else "",
        )
    return table


def _phone_text(p: Phone) -> str:
    return p.e164 + (f" ext. {p.extension}" if p.extension else "")


def _contact_value(c: Phone | Email | Link) -> str:
    if isinstance(c, Phone):
        return _phone_text(c)
    return c.address if isinstance(c, Email) else c.url


def _contacts(m: Match) -> list[Text]:
    """Whom to call: "to license, call …" for the licensing contacts (or "no licensing contact
    printed"), then the other contacts named by role, then uses and permissions."""
    lines = notice_lines(m.notice)
    if m.notice is not None and m.unmet_conditions:
        lines.append(
            Text.assemble(("Permission not met: ", "bold red"), "the page does not meet " + ", ".join(m.unmet_conditions))
        )
    if m.conditions_to_judge:
        # permitted on what a page shows; these it cannot show (a commercial shop page, say)
        lines.append(
            Text.assemble(
                ("To judge: ", "bold yellow"),
                "; ".join(CONDITION_WORDS[c] for c in m.conditions_to_judge),
                (f" (a page cannot show {'it' if len(m.conditions_to_judge) == 1 else 'them'}: not checked)", "dim"),
            )
        )
    if m.edits_excluded:
        excluded = "no derivatives" if "no_derivatives" in m.notice.conditions else "modification forbidden"  # type: ignore[union-attr]
        lines.append(
            Text.assemble(
                ("Not covered: ", "bold red"),
                f"the permission excludes modification ({excluded}): it does not cover edited copies",
            )
        )
    return lines


def notice_lines(n: LicenceNotice | None) -> list[Text]:
    """What was read from a stored notice, one line each: the rights holder, "To license, call
    …" for each licensing contact (or "No licensing contact printed."), the other contacts by
    role, the forbidden uses and the permitted ones with their conditions and licence."""
    lines: list[Text] = []
    if n is None:
        lines.append(_t("No licensing notice stored with this article.", "dim"))
        return lines
    lines.append(Text.assemble(("Rights holder: ", "bold"), _t(n.rights_holder or "(not named)")))
    licensing = n.contacts("licensing")
    if licensing:
        verbs = {Phone: "call", Email: "write to", Link: "visit"}
        for c in licensing:
            line = Text.assemble(("To license, ", "bold"), f"{verbs[type(c)]} ", (_contact_value(c), "cyan"))
            if isinstance(c, Phone):
                line.append(" (", "dim")
                line.append(c.as_written, "dim")
                line.append(f", {c.type})", "dim")
            lines.append(line)
    else:
        lines.append(_t("No licensing contact printed.", "yellow"))
    for c in n.contacts():
        if c.role == "licensing":
            continue
        label = {"tip": "news tips", "other": "other contact"}.get(c.role, c.role)
        line = Text.assemble((f"{label.capitalize()}: ", "bold"), (_contact_value(c), "cyan"))
        if isinstance(c, Phone):
            line.append(" (", "dim")
            line.append(c.as_written, "dim")
            line.append(f", {c.type})", "dim")
        lines.append(line)
    if n.forbidden_uses:
        lines.append(Text.assemble(("Forbids: ", "bold"), ", ".join(n.forbidden_uses)))
    if n.permitted_uses:
        cond = f" on condition of {', '.join(n.conditions)}" if n.conditions else ""
        under = f" (under {n.licence})" if n.licence else ""
        lines.append(Text.assemble(("Permits: ", "bold"), ", ".join(n.permitted_uses) + cond + under))
    return lines


def finding_panel(d: DocumentReport, m: Match) -> Panel:
    """A panel for one finding: what was copied, how much, and whom to call."""
    a = m.article
    head = [
        Text.assemble(("Document: ", "bold"), _t(d.path or d.url or "(text)")),
        # where the copy was found and what it is called: a desk writes to that address
        *([Text.assemble(("  found at ", "dim"), _t(d.url))] if d.url and d.path else []),
        *([Text.assemble(("  page title ", "dim"), _t(d.title))] if d.title else []),
        Text.assemble(("Protected article: ", "bold"), _t(a.title or "(untitled)")),
        Text.assemble(
            ("  id ", "dim"),
            a.id,
            ("  date ", "dim"),
            a.date or "(none printed)",
            ("  outlet ", "dim"),
            _t(a.outlet or "(not named)"),
        ),
        Text.assemble(("  source ", "dim"), _t(a.source)),
        Text.assemble(
            ("Finding: ", "bold"),
            (m.kind, VERDICT_STYLE[m.kind]),
            f"  coverage {m.coverage:.0%}  similarity {m.similarity:.2f}  ",
            # a permitted copy is no finding: "unlicensed" beside "permitted" read as one
            ("licensed" if m.licensed else "permitted by its notice" if m.permitted else "unlicensed",
             "green" if m.licensed or m.permitted else "red"),
            "  ",
            ("credits the source" if m.attributed else "no credit to the source", "dim"),
        ),
    ]
    if m.credit:
        # what was taken as the credit: a desk checks it before relying on it
        head.append(Text.assemble(("Credit taken: ", "dim"), _t(f"“{m.credit}”")))
    if m.licence.status == "claimed":
        head.append(
            Text.assemble(
                ("Licence claimed by the page, not evidenced: ", "bold"),
                _t(m.licence.claim or ""),
                ("  (where it was found decides: --url, --urls)", "dim"),
            )
        )
    body: list[RenderableType] = [*head, Text("")]
    for i, (p, text) in enumerate(zip(m.alignment.passages[:5], m.texts()), 1):
        shown = text[:_PASSAGE_PREVIEW]
        more = len(text) - len(shown)
        line = Text.assemble(
            (f"Passage {i}: ", "bold"),
            (f"document [{p.document.start}, {p.document.end}) ↔ article [{p.article.start}, {p.article.end}), "
             f"score {p.score:.2f}", "dim"),
        )
        body.append(line)
        quote = Text(shown, style="black on yellow", overflow="fold")
        if more > 0:
            quote.append(f" (+{more} more characters)", style="dim")
        body.append(quote)
    if len(m.alignment.passages) > 5:
        body.append(_t(f"(+{len(m.alignment.passages) - 5} more passages in the JSON report)", "dim"))
    body.append(Text(""))
    body.extend(_contacts(m))
    if not m.finding:  # permitted, with conditions to judge
        return Panel(Group(*body), title=Text(f"PERMITTED {m.kind.upper()}: TO JUDGE", style="yellow"), expand=True)
    return Panel(Group(*body), title=Text(f"{m.kind.upper()}", style=VERDICT_STYLE[m.kind]), expand=True)


def rich_report(report: ScanReport, *, title: str = "reprint_guard scan") -> Group:
    """Summary table, then one panel per unlicensed finding and per permitted match with
    conditions to judge (:attr:`~reprint_guard.verdict.Match.conditions_to_judge`)."""
    parts: list[RenderableType] = [summary_table(report, title)]
    for d in report.documents:
        for m in d.matches:
            if m.finding or m.conditions_to_judge:
                parts.append(finding_panel(d, m))
    return Group(*parts)


def articles_table(articles: list[StoredArticle]) -> Table:
    """``list``: one row per protected article."""
    t = Table(title=f"{len(articles)} protected article{'' if len(articles) == 1 else 's'}")
    t.add_column("id", no_wrap=True)
    t.add_column("title", overflow="fold")
    t.add_column("date", no_wrap=True)
    t.add_column("outlet", overflow="fold")
    t.add_column("rights holder", overflow="fold")
    t.add_column("source", overflow="fold")
    for a in articles:
        t.add_row(
            a.id,
            _t(a.title),
            a.date or "",
            _t(a.outlet),
            _t(a.notice.rights_holder if a.notice else ""),
            _t(a.source),
        )
    return t


def article_panel(a: StoredArticle) -> Panel:
    """``show``: one protected article, its stored fields and what was read from its notice
    (:func:`notice_lines`), then the notice as printed."""
    body: list[RenderableType] = [
        Text.assemble(("Title: ", "bold"), _t(a.title or "(untitled)")),
        Text.assemble(("  date ", "dim"), a.date or "(none printed)", ("  outlet ", "dim"), _t(a.outlet or "(not named)")),
        Text.assemble(("  source ", "dim"), _t(a.source), ("  url ", "dim"), _t(a.url or "(none)")),
        Text.assemble(("  licensees ", "dim"), _t(", ".join(a.licensees) or "(none)"), ("  chars ", "dim"), str(len(a.body))),
        Text(""),
        *notice_lines(a.notice),
    ]
    if a.notice is not None:
        body += [Text(""), Text("Notice as printed:", style="bold"), _t(a.notice.text, lines=True)]
    return Panel(Group(*body), title=Text(a.id), expand=True)
