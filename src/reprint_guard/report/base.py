"""What every report format shares: the format choice, the report schema's version, verdict styles.

``FORMAT_VERSION`` is the version of the machine-readable output (JSON, JSONL, CSV columns) that
``report/schema.json`` describes. Every change of that output bumps it by one when it lands and
extends the schema; CSV columns are only ever appended and never change meaning.
"""

from __future__ import annotations

import json
from enum import Enum
from functools import cache
from importlib import resources

FORMAT_VERSION = 3
"""Version of the JSON/JSONL/CSV output; see ``report/schema.json`` and the README's changelog.

1. ``format_version`` itself; the schema.
2. CSV column ``reason`` appended.
3. Notices as outlets print them: phones gain ``role``; e-mails and URLs become objects
   ``{"address"|"url", "role"}``; matches gain ``permitted_uses``, ``conditions``, ``permitted``
   and ``unmet_conditions``; verdict ``permitted``; ``forbidden_uses`` takes the whole use
   vocabulary; CSV columns ``licensing_phones``, ``licensing_emails``, ``other_contacts`` appended.
"""


class OutputFormat(str, Enum):
    """Output formats of ``scan`` and ``check``."""

    rich = "rich"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


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


@cache
def report_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of every JSON and JSONL report, shipped in the package.

    Its ``$defs`` name each output: ``scan_report`` (``scan``/``check --format json``),
    ``document`` (one ``jsonl`` line), ``article_list`` (``list --format json``) and
    ``protect_report`` (``protect --format json``).
    """
    text = resources.files(__package__).joinpath("schema.json").read_text(encoding="utf-8")
    return json.loads(text)
