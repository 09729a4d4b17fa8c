"""Docs that cannot drift: the README against the real command line and CI script."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from reprint_guard.cli import app
from reprint_guard.report import OutputFormat

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")

FIRST_COMMANDS = [
    "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/reprint-guard scan examples/suspects --urls examples/urls.csv",
    "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest -n 2",
]


def _commands() -> dict[str, object]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_readme_opens_with_the_two_commands() -> None:
    lines = README.splitlines()
    assert lines[0].startswith("# ")
    rest = lines[1:]
    while rest and not rest[0].strip():
        rest.pop(0)
    assert rest[0] == "```"
    end = rest.index("```", 1)
    assert rest[1:end] == FIRST_COMMANDS


def test_the_readme_test_command_is_what_ci_runs() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv .venv" in ci
    assert re.search(r"pip install (--quiet )?-e '\.\[test\]'", ci)
    [pytest_line] = [ln.strip() for ln in ci.splitlines() if "-m pytest" in ln]
    assert pytest_line.startswith(".venv/bin/python -m pytest -n 2")


def test_every_command_has_help_and_is_in_the_readme() -> None:
    commands = _commands()
    assert set(commands) == {"protect", "scan", "check", "list", "show", "remove", "upgrade", "migrate"}
    for name, cmd in commands.items():
        assert (cmd.help or "").strip(), f"{name} has no help text"
        assert f"### `reprint-guard {name}" in README, f"{name} has no section in the README"
        for param in cmd.params:
            if param.param_type_name == "option":
                assert (param.help or "").strip(), f"{name} {param.opts} has no help text"
                long = [o for o in param.opts if o.startswith("--")]
                assert any(f"`{o}" in README for o in long), f"{name} {param.opts} is not in the README"
            else:
                assert (getattr(param, "help", None) or "").strip(), f"{name} argument {param.name} has no help"


def test_every_command_help_runs(cli) -> None:
    for name in _commands():
        r = cli(name, "--help")
        assert r.exit_code == 0, (name, r.stderr)
        assert "Usage:" in r.stdout


def test_readme_names_every_format_verdict_and_exit_code() -> None:
    for fmt in OutputFormat:
        assert f"`{fmt.value}`" in README
    for verdict in ("reprint", "edited", "excerpt", "licensed", "clean", "skipped", "error"):
        assert f"`{verdict}`" in README
    for code in range(4):
        assert re.search(rf"^\| {code} \| ", README, re.M), f"exit code {code}"
    assert "[bench/README.md](bench/README.md)" in README


def test_python_dash_m_works() -> None:
    env = {k: v for k, v in os.environ.items() if k != "REPRINT_GUARD_STORE"}
    p = subprocess.run(
        [sys.executable, "-m", "reprint_guard", "--help"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr
    for name in _commands():
        assert name in p.stdout


def test_readme_library_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    [code] = re.findall(r"```python\n(.*?)```", README, re.S)
    (tmp_path / "examples").symlink_to(REPO / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "reprint True" in out
    assert "青川日报社" in out
    assert (tmp_path / "my-fingerprints" / "fingerprints.sqlite").is_file()


def test_the_readme_pipeline_shows_every_wing_module() -> None:
    """The architecture section cannot drift from the packages: each wing's module is named."""
    package = Path(__file__).resolve().parents[1] / "src" / "reprint_guard"
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The pipeline") : readme.index("## Command line")]
    missing = [
        f"{p.parent.name}/{p.name}"
        for p in sorted(package.glob("*/*.py"))
        if p.name != "__init__.py" and "__pycache__" not in p.parts and p.name not in section
    ]
    assert not missing, f"README's pipeline section does not name {missing}"


def test_the_readme_json_example_matches_the_report_schema() -> None:
    """The README's JSON report example is a valid report of this ``format_version`` (its
    shortened ``sha256`` ``"baf62ad2…"`` stands for a full one)."""
    import json

    from helpers import validate_report

    from reprint_guard.report import FORMAT_VERSION

    m = re.search(r"The JSON report \(`scan` or `check` with `--format json`\):\n\n```json\n(.*?)\n```", README, re.S)
    assert m, "the README lost its JSON report example"
    example = re.sub(r'"sha256": "[0-9a-f]+…"', '"sha256": "' + "0" * 64 + '"', m.group(1))
    assert json.loads(example)["format_version"] == FORMAT_VERSION
    validate_report("scan_report", example)


def test_readme_tables_are_unbroken() -> None:
    """A blank line inside a Markdown table ends it: the rows after it render as text."""
    lines = README.splitlines()
    for i in range(1, len(lines) - 1):
        if not lines[i].strip() and lines[i - 1].startswith("|") and lines[i + 1].startswith("|"):
            raise AssertionError(f"README line {i + 1}: a blank line splits a table")
