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


@pytest.fixture()
def empty_store(cli, tmp_path: Path) -> Path:
    """A store that exists and holds nothing: one article protected, then removed."""
    from helpers import NOTICE, chinese_article

    (tmp_path / "a.txt").write_text("标题\n" + chinese_article(1) + "\n" + NOTICE, encoding="utf-8")
    store = tmp_path / "store"
    assert cli("protect", tmp_path / "a.txt", "--store", store).exit_code == 0
    [a] = json.loads(cli("list", "--store", store, "-f", "json").stdout)["articles"]
    assert cli("remove", a["id"], "--store", store).exit_code == 0
    return store


@pytest.mark.parametrize("command", ["scan", "check"])
def test_an_empty_store_is_refused_not_reported_clean(cli, empty_store: Path, command: str) -> None:
    page = empty_store.parent / "a.txt"
    r = cli(command, page, "--store", empty_store, "-f", "json")
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.strip().splitlines()
    assert line.startswith("error: the store ") and "holds no protected articles" in line


def test_the_library_still_reports_on_an_empty_store(empty_store: Path) -> None:
    from reprint_guard import Guard

    g = Guard.open(empty_store)
    assert len(g) == 0
    assert g.check("任何文字都不会被找到。" * 20).verdict == "clean"


@pytest.mark.parametrize("command", ["scan", "protect"])
def test_an_empty_folder_says_so(cli, tmp_path: Path, command: str) -> None:
    from helpers import NOTICE, chinese_article

    store = tmp_path / "store"
    (tmp_path / "a.txt").write_text("标题\n" + chinese_article(2) + "\n" + NOTICE, encoding="utf-8")
    assert cli("protect", tmp_path / "a.txt", "--store", store).exit_code == 0
    (tmp_path / "empty" / "sub").mkdir(parents=True)
    r = cli(command, tmp_path / "empty", "--store", store)
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.strip().splitlines()
    assert line.startswith(f"error: no files to {command} in ")


def test_csv_says_why_a_document_was_skipped(cli, tmp_path: Path) -> None:
    import csv
    import io

    from helpers import NOTICE, chinese_article

    store = tmp_path / "store"
    (tmp_path / "a.txt").write_text("标题\n" + chinese_article(3) + "\n" + NOTICE, encoding="utf-8")
    assert cli("protect", tmp_path / "a.txt", "--store", store).exit_code == 0
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    r = cli("scan", pages, "--store", store, "-f", "csv")
    assert r.exit_code == 0
    [row] = list(csv.DictReader(io.StringIO(r.stdout)))
    assert row["verdict"] == "skipped" and row["reason"]  # the reason, not an empty cell


@pytest.mark.parametrize("url", ["not a url", "ftp://files.example.com/a", "news.example.com/a", "https://"])
@pytest.mark.parametrize("command", ["check", "protect"])
def test_url_is_validated_like_a_manifest_row(cli, tmp_path: Path, command: str, url: str) -> None:
    (tmp_path / "a.txt").write_text("正文。" * 50, encoding="utf-8")
    r = cli(command, tmp_path / "a.txt", "--store", tmp_path / "store", "--url", url)
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.strip().splitlines()
    assert line.startswith("error: Invalid value for '--url'") and "is not an http(s) URL" in line
    assert not (tmp_path / "store").exists()  # refused before anything was created


# --- found by a new user's trial of the README ----------------------------------------------


def test_a_store_whose_creation_was_killed_says_how_to_finish_it(cli, tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "fingerprints.sqlite").write_bytes(b"")  # what a protect killed at its first commit leaves
    r = cli("list", "--store", store)
    assert r.exit_code == 2
    [line] = r.stderr.strip().splitlines()
    assert "was never finished" in line and "reprint-guard protect" in line
    (tmp_path / "a.txt").write_text("标题\n" + __import__("helpers").chinese_article(4), encoding="utf-8")
    assert cli("protect", tmp_path / "a.txt", "--store", store).exit_code == 0  # the advice works
    assert len(json.loads(cli("list", "--store", store, "-f", "json").stdout)["articles"]) == 1


def test_manifest_rows_naming_no_file_are_warned_about(cli, tmp_path: Path) -> None:
    manifest = tmp_path / "urls.csv"
    manifest.write_text(
        "path,url\nexamples/suspects/licensed-reprint.html,https://www.partner.example.com/x\n"
        "no/such/page.html,https://elsewhere.example.org/1\n",
        encoding="utf-8",
    )
    r = cli("scan", REPO / "examples" / "suspects" / "unrelated.html", "--store", REPO / "fingerprints",
            "--urls", manifest, "-f", "json")
    assert r.exit_code == 0
    warning = [line for line in r.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warning) == 1 and "name no file" in warning[0] and "relative to the folder" in warning[0]


def test_a_jsonl_manifest_row_without_url_names_the_missing_key(cli, tmp_path: Path) -> None:
    manifest = tmp_path / "urls.jsonl"
    manifest.write_text('{"path": "a.html"}\n', encoding="utf-8")
    r = cli("scan", REPO / "examples" / "suspects", "--store", REPO / "fingerprints", "--urls", manifest)
    assert r.exit_code == 2
    assert "line 1 has no 'url' key" in " ".join(r.stderr.split())


def test_licensees_are_stored_in_one_form_and_an_empty_one_is_refused(cli, tmp_path: Path) -> None:
    from helpers import chinese_article

    (tmp_path / "a.txt").write_text("标题\n" + chinese_article(5), encoding="utf-8")
    store = tmp_path / "store"
    r = cli("protect", tmp_path / "a.txt", "--store", store, "--licensee", "")
    assert r.exit_code == 2 and "empty licensee" in r.stderr
    r = cli("protect", tmp_path / "a.txt", "--store", store, "--licensee", " https://Partner.Example.NET/path ",
            "--licensee", "新闻.例子.cn", "--licensee", " 北岭日报 ")
    assert r.exit_code == 0
    [a] = json.loads(cli("list", "--store", store, "-f", "json").stdout)["articles"]
    assert a["licensees"] == ["partner.example.net", "xn--efvy88h.xn--fsqu00a.cn", "北岭日报"]


@pytest.mark.parametrize(
    ("value", "said"),
    [("*.example.com", "no wildcard is needed (pass example.com)"), ("co.uk", "public suffix"),
     ("com.hk", "public suffix"), (".", "neither a host nor an outlet")],
)
def test_a_licensee_that_would_license_nothing_or_everything_is_refused(cli, tmp_path: Path, value: str, said: str) -> None:
    from helpers import chinese_article

    (tmp_path / "a.txt").write_text("标题\n" + chinese_article(5), encoding="utf-8")
    r = cli("protect", tmp_path / "a.txt", "--store", tmp_path / "store", "--licensee", value)
    assert r.exit_code == 2 and said in " ".join(r.stderr.split())
    assert not (tmp_path / "store").exists() or "a.txt" not in cli("list", "--store", tmp_path / "store", "-f", "json").stdout


def test_a_backslash_ends_the_host_as_browsers_read_it() -> None:
    from reprint_guard.verdict import host_of

    assert host_of("https://evil.example.org\\@www.partner.example.com/x") == "evil.example.org"
    assert host_of("https://www.partner.example.com\\path") == "www.partner.example.com"


def _other_apps_database(directory: Path, schema: str) -> Path:
    """A ``fingerprints.sqlite`` another program made (its own tables, a row each, no manifest)."""
    import sqlite3

    directory.mkdir()
    path = directory / "fingerprints.sqlite"
    con = sqlite3.connect(path)
    con.execute(schema)
    con.execute(f"INSERT INTO {schema.split()[2].split('(')[0]} VALUES ('x', 'y')")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize(
    "schema", ["CREATE TABLE t(a text, b text)", "CREATE TABLE articles(id text, body text)"], ids=["other-table", "articles-table"]
)
def test_protect_refuses_another_programs_database_and_leaves_it_as_it_was(cli, tmp_path: Path, schema: str) -> None:
    path = _other_apps_database(tmp_path / "other", schema)
    before = path.read_bytes()
    (tmp_path / "a.txt").write_text("标题\n" + __import__("helpers").chinese_article(5), encoding="utf-8")
    r = cli("protect", tmp_path / "a.txt", "--store", tmp_path / "other")
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.strip().splitlines()
    assert str(path) in line and "is not a reprint_guard fingerprint store" in line
    assert "Nothing was changed" in line and "another program" in line and "new folder" in line
    assert path.read_bytes() == before and sorted(p.name for p in path.parent.iterdir()) == ["fingerprints.sqlite"]


@pytest.mark.parametrize(
    "args",
    [["--licensee", "co.uk"], ["--urls", "missing.csv"]],
    ids=["refused-licensee", "missing-manifest"],
)
def test_a_refused_protect_creates_no_store(cli, tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "a.txt").write_text("标题\n" + __import__("helpers").chinese_article(6), encoding="utf-8")
    r = cli("protect", tmp_path / "a.txt", "--store", tmp_path / "typo", *args)
    assert r.exit_code == 2, r.stderr
    assert not (tmp_path / "typo").exists()


def test_protect_of_a_path_that_does_not_exist_creates_no_store(cli, tmp_path: Path) -> None:
    r = cli("protect", tmp_path / "no-such-folder", "--store", tmp_path / "typo")
    assert r.exit_code in (2, 3)
    [line] = r.stderr.strip().splitlines()
    assert "no-such-folder" in line
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize("command", [["scan", "."], ["check", "-"], ["list"], ["protect", "."], ["remove", "abc"], ["upgrade"]])
def test_an_empty_store_path_is_refused(cli, tmp_path: Path, command: list[str], monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = cli(*command, "--store", "", input="")
    assert r.exit_code == 2
    [line] = r.stderr.strip().splitlines()
    assert "--store" in line and "empty" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("encoding", ["gbk", "big5"])
def test_a_urls_manifest_saved_in_a_chinese_encoding_is_read(cli, tmp_path: Path, monkeypatch, encoding: str) -> None:
    """Excel on Chinese Windows saves CSV in GBK (Big5 in Taiwan and Hong Kong): the manifest is
    decoded as pages are, and its rows name the files they mean."""
    folder = tmp_path / "页面"
    folder.mkdir()
    (folder / "夥伴報導.html").write_bytes((REPO / "examples" / "suspects" / "licensed-reprint.html").read_bytes())
    (tmp_path / "urls.csv").write_bytes(
        "path,url\r\n页面/夥伴報導.html,https://www.partner.example.com/a/1.html\r\n".replace("页面", "頁面" if encoding == "big5" else "页面").encode(encoding)
    )
    if encoding == "big5":
        (tmp_path / "页面").rename(tmp_path / "頁面")
        folder = tmp_path / "頁面"
    monkeypatch.chdir(tmp_path)
    r = cli("scan", folder.name, "--store", REPO / "fingerprints", "--urls", "urls.csv", "-f", "json")
    assert r.exit_code in (0, 1), r.stderr
    assert "name no file" not in r.stderr
    [doc] = json.loads(r.stdout)["documents"]
    assert doc["url"] == "https://www.partner.example.com/a/1.html"


def test_a_binary_urls_manifest_says_to_save_it_as_utf8(cli, tmp_path: Path) -> None:
    (tmp_path / "urls.csv").write_bytes(bytes(range(256)) * 8)
    r = cli("scan", REPO / "examples" / "suspects" / "unrelated.html", "--store", REPO / "fingerprints",
            "--urls", tmp_path / "urls.csv")
    assert r.exit_code == 2
    [line] = r.stderr.strip().splitlines()
    assert "--urls manifest" in line and "urls.csv" in line and "UTF-8" in line


def _protected_and_crawled(cli, tmp_path: Path, name: str) -> tuple[Path, Path]:
    """A store holding one protected article, and a crawl folder holding its copy saved as ``name``."""
    from helpers import NOTICE, chinese_article

    store = tmp_path / "store"
    text = "标题\n" + chinese_article(2) + "\n" + NOTICE
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert cli("protect", tmp_path / "a.txt", "--store", store).exit_code == 0
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / name).write_text(text, encoding="utf-8")
    return crawl, store


@pytest.mark.parametrize(
    "name", ["\x1b[8mhidden.txt", "a\rcopy.txt", "report\u202etxt.exe.txt", "a.txt\n│ Finding: licensed  coverage 0%"]
)
def test_a_file_name_holding_terminal_controls_is_shown_escaped(cli, tmp_path: Path, name: str) -> None:
    # a crawler names the files it saves; ESC [8m would hide the rest of the row, \r overwrite it,
    # U+202E reverse it, \n print a finding of its own into the panel (a new user's trial, session 30)
    crawl, store = _protected_and_crawled(cli, tmp_path, name)
    r = cli("scan", crawl, "--store", store)
    assert r.exit_code == 1
    assert not any(ch in r.stdout for ch in "\x1b\r\u202e")
    escape = {"\x1b": "\\x1b", "\r": "\\x0d", "\u202e": "\\u202e", "\n": "\\x0a"}
    assert all(escape[ch] in r.stdout for ch in escape if ch in name)


def test_a_missing_path_holding_terminal_controls_is_named_escaped(cli, tmp_path: Path) -> None:
    # the error line names the path: an escape sequence in it must not retitle or clear the terminal
    r = cli("scan", tmp_path / "nope\x1b]0;x\x07\x1b[2J.html", "--store", REPO / "fingerprints")
    assert r.exit_code == 2
    [line] = r.stderr.strip().splitlines()
    assert "\x1b" not in line and "\x07" not in line
    assert "nope\\x1b]0;x\\x07\\x1b[2J.html" in line


def test_a_csv_field_holding_a_carriage_return_is_quoted(cli, tmp_path: Path) -> None:
    # a lone \r kept raw in an unquoted cell split the row for CSV readers (a new user's trial)
    import csv
    import io

    crawl, store = _protected_and_crawled(cli, tmp_path, "spoof\r     clean.txt")
    r = cli("scan", crawl, "--store", store, "-f", "csv")
    assert r.exit_code == 1
    header, *rows = list(csv.reader(io.StringIO(r.stdout, newline="")))
    assert len(rows) == 1 and len(rows[0]) == len(header)
    assert rows[0][header.index("verdict")] == "reprint"
    assert rows[0][0].endswith("spoof\r     clean.txt")


@pytest.mark.parametrize("command", ["check", "protect"])
def test_url_given_twice_is_refused_not_overridden(cli, tmp_path: Path, command: str) -> None:
    # a repeated option kept its last value silently (new-user trial): one --url per command
    (tmp_path / "a.txt").write_text("正文。" * 50, encoding="utf-8")
    r = cli(command, tmp_path / "a.txt", "--store", tmp_path / "store", "--url", "https://a.example.com/1", "--url", "https://b.example.com/2")
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.strip().splitlines()
    assert line.startswith("error: Invalid value for '--url'") and "given 2 times" in line
    assert not (tmp_path / "store").exists()
