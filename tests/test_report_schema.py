"""The shipped report schema: it describes what the renderers write, and it can fail."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from helpers import NOTICE, chinese_article, validate_report

from reprint_guard import Guard
from reprint_guard.report import FORMAT_VERSION, report_schema, to_json, to_jsonl
from reprint_guard.verdict import ScanReport


def test_schema_is_valid_draft_2020_12_and_names_the_current_version() -> None:
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$defs"]["format_version"] == {
        "const": FORMAT_VERSION,
        "description": "FORMAT_VERSION of the code that wrote the report",
    }


def test_schema_ships_inside_the_package() -> None:
    import reprint_guard.report as report

    assert (Path(report.__file__).parent / "schema.json").is_file()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> ScanReport:
    d = tmp_path_factory.mktemp("schema")
    body = chinese_article(7)
    (d / "article.txt").write_text("青川新闻标题\n" + body + "\n" + NOTICE, encoding="utf-8")
    g = Guard.open(d / "store", create=True)
    g.protect([d / "article.txt"])
    docs = (
        g.check(body, path="copy.txt"),
        g.check(chinese_article(8), path="clean.txt"),
        g.check(b"\x00\x01\x02" * 100, path="binary.bin"),
        g.check(body.split("\n")[0] + "\n" + chinese_article(9), path="excerpt.txt"),
    )
    return ScanReport(docs)


def test_every_verdict_in_a_real_report_validates(report: ScanReport) -> None:
    assert {d.verdict for d in report.documents} >= {"reprint", "clean", "skipped"}
    validate_report("scan_report", to_json(report))
    validate_report("jsonl_line", to_jsonl(report))
    assert json.loads(to_json(report))["format_version"] == FORMAT_VERSION


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: r.pop("format_version"),
        lambda r: r.update(format_version=FORMAT_VERSION + 1),
        lambda r: r["documents"][0].update(verdict="stolen"),
        lambda r: r["documents"][0]["matches"][0].update(coverage=1.5),
        lambda r: r["documents"][0]["matches"][0]["contacts"]["phones"].append({"e164": "12"}),
    ],
    ids=["no-version", "future-version", "unknown-verdict", "coverage-over-1", "bad-phone"],
)
def test_schema_rejects_a_broken_report(report: ScanReport, mutate) -> None:
    obj = json.loads(to_json(report))
    mutate(obj)
    with pytest.raises(jsonschema.ValidationError):
        validate_report("scan_report", json.dumps(obj))
