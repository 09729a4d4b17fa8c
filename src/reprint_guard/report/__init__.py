"""The report wing: one module per audience, behind one format choice.

``base`` holds what all formats share (:class:`OutputFormat`, :data:`FORMAT_VERSION`, the
shipped JSON Schema), ``machine`` renders JSON, JSONL and CSV for machines, ``terminal`` renders
rich tables and panels for people, ``html`` one self-contained page for people to open in a
browser, and ``writer`` writes any of them as a scan goes. Reports arrive finished from the API
(:class:`~reprint_guard.verdict.ScanReport`); nothing here decides a verdict.
"""

from .base import FORMAT_VERSION, VERDICT_STYLE, OutputFormat, report_schema
from .html import to_html
from .machine import CSV_COLUMNS, article_details_json, articles_json, protect_json, to_csv, to_json, to_jsonl
from .terminal import article_panel, articles_table, finding_panel, rich_report, summary_table
from .writer import TEXT_RENDERERS

__all__ = [
    "CSV_COLUMNS",
    "FORMAT_VERSION",
    "TEXT_RENDERERS",
    "VERDICT_STYLE",
    "OutputFormat",
    "article_details_json",
    "article_panel",
    "articles_json",
    "articles_table",
    "finding_panel",
    "protect_json",
    "report_schema",
    "rich_report",
    "summary_table",
    "to_csv",
    "to_html",
    "to_json",
    "to_jsonl",
]
