"""Text the tests write themselves: invented articles with invented rights holders."""

from __future__ import annotations

import random

from reprint_guard._hanfreq import COMMON_SIMPLIFIED

# Articles are random draws from the 3,755 common characters: distinct articles share no
# passage, like real news from different events (templated sentences would share phrases).
_CHARS = sorted(COMMON_SIMPLIFIED)


def chinese_article(seed: int, paragraphs: int = 8) -> str:
    """An invented Chinese body of ``paragraphs`` paragraphs of 3 clauses (~110 characters)."""
    rng = random.Random(seed)
    out = []
    for _ in range(paragraphs):
        clauses = ["".join(rng.choices(_CHARS, k=rng.randint(30, 40))) for _ in range(3)]
        out.append("，".join(clauses) + "。")
    return "\n".join(out)


NOTICE = (
    "版权声明\n"
    "本文版权归青川日报社所有，已授权青川媒体版权保护中心维权。未经青川媒体版权保护中心许可，"
    "任何单位和个人不得转载、修改、摘编。\n"
    "联系电话：0931-5550123，邮箱：rights@qingchuan.example.cn\n"
    "青川媒体版权保护中心"
)


def newsroom_page(body: str, title: str = "青川县春季重点项目建设全面启动") -> str:
    """The newsroom text layout: breadcrumb, title, date/source line, body, notice."""
    return (
        "您当前的位置：青川新闻网 > 新闻 > 本地\n\n"
        f"{title}\n\n"
        "2024/05/06 09:30 来源：青川日报\n\n"
        f"{body}\n\n{NOTICE}\n"
    )


def validate_report(kind: str, text: str) -> None:
    """Validate a JSON (or, for ``jsonl_document``, JSONL) report against the shipped schema.

    ``kind`` is a ``$defs`` name of ``report/schema.json``: ``scan_report``, ``jsonl_line`` (each
    line of a JSONL report), ``jsonl_document``, ``jsonl_summary``, ``article_list`` or
    ``protect_report``. Raises ``jsonschema.ValidationError``.
    """
    import json

    import jsonschema

    from reprint_guard.report import report_schema

    schema = report_schema()
    sub = {"$ref": f"#/$defs/{kind}", "$defs": schema["$defs"]}
    validator = jsonschema.Draft202012Validator(sub, format_checker=jsonschema.FormatChecker())
    docs = [json.loads(line) for line in text.splitlines() if line.strip()] if kind.startswith("jsonl") else [
        json.loads(text)
    ]
    for doc in docs:
        validator.validate(doc)
