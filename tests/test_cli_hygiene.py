"""The command line on any console and with any wrong argument: one error line, right exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    full = {k: v for k, v in os.environ.items() if k not in ("REPRINT_GUARD_STORE", "COLUMNS")}
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "reprint_guard", *args], cwd=REPO, env=full, capture_output=True, timeout=120
    )


@pytest.mark.parametrize("encoding", ["gbk", "cp1252", "ascii"])
def test_rich_report_survives_a_console_that_cannot_show_its_characters(encoding: str) -> None:
    r = _run("scan", "examples/suspects", "--store", "fingerprints", env={"PYTHONIOENCODING": encoding})
    assert r.returncode == 1, r.stderr.decode(errors="replace")  # findings, not a crash
    assert b"Traceback" not in r.stderr
    out = r.stdout.decode(encoding)
    assert "reprint_guard scan" in out and "layout-copy.html" in out


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize("encoding", ["gbk", "cp1252"])
def test_machine_output_is_utf8_whatever_the_console(encoding: str, fmt: str) -> None:
    r = _run("scan", "examples/suspects", "--store", "fingerprints", "-f", fmt, env={"PYTHONIOENCODING": encoding})
    assert r.returncode == 1, r.stderr.decode(errors="replace")
    text = r.stdout.decode("utf-8")  # strict: raises on anything else
    assert "北岭日报社" in text  # a rights holder of the shipped store, in every format
    if fmt == "json":
        assert json.loads(text)["documents"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("scan", "--threshold", "3", "x"), "Invalid value for '--threshold'"),
        (("scan", "--bogus", "x"), "No such option: --bogus"),
        (("scan",), "Missing argument 'PATH'"),
        (("check", "-f", "yaml", "-"), "Invalid value for '--format'"),
    ],
    ids=["out-of-range", "unknown-option", "missing-argument", "bad-choice"],
)
def test_usage_errors_are_one_line_naming_the_help(cli, args: tuple[str, ...], message: str) -> None:
    r = cli(*args)
    assert r.exit_code == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("error: ") and message in lines[0]
    assert lines[0].endswith(f" {args[0]} --help)")


def test_usage_error_in_a_real_process_names_the_real_command() -> None:
    r = _run("scan", "--threshold", "3", "x")
    assert r.returncode == 2
    [line] = r.stderr.decode().strip().splitlines()
    assert line.startswith("error: Invalid value for '--threshold'")
    assert line.endswith("--help)") and " scan --help" in line


def test_bare_command_still_prints_the_help() -> None:
    r = _run()
    assert r.returncode == 2
    assert b"Commands:" in r.stdout + r.stderr and b"error:" not in r.stderr
