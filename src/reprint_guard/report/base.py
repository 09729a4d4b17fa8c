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

from ..models import FORMAT_VERSION as FORMAT_VERSION  # defined with the outputs' shapes: ScanReport.to_dict() carries it too


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
