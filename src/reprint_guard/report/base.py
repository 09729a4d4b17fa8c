"""What every report format shares: the format choice, the report schema's version, verdict styles.

``FORMAT_VERSION`` is the version of the machine-readable output (JSON, JSONL, CSV columns) that
``report/schema.json`` describes; the HTML page for people shows it but is not bound by it. Every change of that output bumps it by one when it lands and
extends the schema; CSV columns are only ever appended and never change meaning.
"""

from __future__ import annotations

import json
from enum import Enum
from functools import cache
from importlib import resources

FORMAT_VERSION = 10
"""Version of the JSON/JSONL/CSV output; see ``report/schema.json`` and the README's changelog.

1. ``format_version`` itself; the schema.
2. CSV column ``reason`` appended.
3. ``licensed`` means covered by evidence of where the page was found (``--url``, ``--urls``),
   never by what the page says about itself; each match has a ``licence`` object:
   ``{"status": "licensed", "evidence": "url" | "urls_manifest" | "warc"}``,
   ``{"status": "claimed", "claim": "<what the page says>"}`` or ``{"status": "none"}``;
   CSV column ``licence`` (that status) appended; ``decoding.repair`` (``"ftfy.fix_encoding"``
   or ``null``).
4. JSONL lines carry ``"type": "document"`` and end with a ``"type": "summary"`` line
   (counts, ``documents``, ``exit_code``, ``interrupted``); the JSON report gains
   ``interrupted``. Names that are not valid UTF-8 are written as ``\\udcXX`` JSON escapes
   (CSV: ``\\xNN``).
5. Notices as outlets print them: phones gain ``role``; e-mails and URLs become objects
   ``{"address"|"url", "role"}``; matches gain ``permitted_uses``, ``conditions``, ``permitted``
   and ``unmet_conditions``; verdict and ``licence.status`` ``permitted``; ``forbidden_uses`` takes the whole use
   vocabulary; CSV columns ``licensing_phones``, ``licensing_emails``, ``other_contacts`` appended.
6. CSV column ``licensing_urls`` appended: a licensing contact printed only as a link (a
   syndication desk's page) was in no column.
7. CSV text cells that start with ``= + - @``, a tab or a carriage return get a leading ``'``
   (OWASP's CSV injection advice): a spreadsheet shows them as text instead of running them.
   Each match gains ``notice_licence``, the open licence its notice grants by short name
   (``"CC BY-NC-ND 4.0"``) or ``null``; CSV column ``notice_licence`` appended.
8. The ``protect`` report gains ``error``: why the run stopped early (Ctrl-C, the store failing)
   and what was committed, or ``null``; ``articles`` then holds the committed files only.
9. ``decoding.rule`` gains ``declared-replaced`` and ``utf-8-replaced`` (a declared or undeclared
   encoding whose only invalid bytes are junk, replaced by U+FFFD) and ``decoding.repair``
   ``cjk-mojibake:gb18030`` / ``:cp950`` / ``:big5hkscs`` (GBK or Big5 read as Latin-1 and saved
   again, read back); the ``show`` output (``list``'s fields and each article's ``notice``:
   ``stored_notice`` in the schema); report URLs without a ``user:password@`` part; CSV columns ``url``,
   ``page_title``, ``attributed``, ``unmet_conditions``, ``licence_claim`` appended.
10. Each match gains ``conditions_to_judge`` (a permitted match's conditions no page shows:
    ``non_commercial``, ``share_alike``) and ``edits_excluded`` (an edited copy or excerpt that
    is a finding while the notice's permission excludes modification); CSV columns
    ``conditions_to_judge`` and ``edits_excluded`` appended.
"""

EXIT_INTERRUPTED = 130
"""Exit code after Ctrl-C (128 + SIGINT, as shells report it); it wins over 1 and 3."""


class OutputFormat(str, Enum):
    """Output formats of ``scan`` and ``check``."""

    rich = "rich"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"  # a self-contained page for people (report/html.py); not covered by FORMAT_VERSION


VERDICT_STYLE = {
    "reprint": "bold red",
    "edited": "bold magenta",
    "excerpt": "bold yellow",
    "permitted": "green",
    "licensed": "green",
    "clean": "green",
    "skipped": "dim",
    "error": "bold red",
}


CONDITION_WORDS = {
    "credit": "credit the source",
    "keep_notice": "keep the notice",
    "non_commercial": "non-commercial use only",
    "share_alike": "share alike (the copy under the same licence)",
    "no_derivatives": "no derivatives",
    "link_back": "link back to the original",
}
"""A condition in words, for people's reports (the rich panel, the HTML page)."""


@cache
def report_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of every JSON and JSONL report, shipped in the package.

    Its ``$defs`` name each output: ``scan_report`` (``scan``/``check --format json``),
    ``document`` (one ``jsonl`` line), ``article_list`` (``list --format json``) and
    ``protect_report`` (``protect --format json``).
    """
    text = resources.files(__package__).joinpath("schema.json").read_text(encoding="utf-8")
    return json.loads(text)
