import os
import sys
from pathlib import Path

import pytest

# Let tests import their shared helpers module.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture()
def cli(monkeypatch: pytest.MonkeyPatch):
    """Run ``reprint-guard ARGS`` in-process on the real typer app; returns the Result.

    stdout and stderr are captured apart (``result.stdout``, ``result.stderr``). The store
    variable and the terminal size of the calling shell are cleared, so a test only sees the
    store it names. (rich still asks the process's own file descriptors for a terminal width:
    tests of the piped layout run the command in a subprocess.)
    """
    from typer.testing import CliRunner

    from reprint_guard.cli import app

    for var in ("REPRINT_GUARD_STORE", "COLUMNS", "LINES"):
        monkeypatch.delenv(var, raising=False)
    try:  # click < 8.2 mixes stderr into stdout unless told not to
        runner = CliRunner(mix_stderr=False)
    except TypeError:
        runner = CliRunner()

    def invoke(*args: object, input: bytes | str | None = None, env: dict[str, str] | None = None):
        argv = [str(a) for a in args]
        result = runner.invoke(app, argv, input=input, env=env, catch_exceptions=True)
        _validate_cli_report(argv, result)
        return result

    return invoke


_SCHEMA_KIND = {("scan", "json"): "scan_report", ("check", "json"): "scan_report",
                ("scan", "jsonl"): "jsonl_document", ("check", "jsonl"): "jsonl_document",
                ("list", "json"): "article_list", ("protect", "json"): "protect_report"}


def _option(argv: list[str], *names: str) -> str | None:
    for i, a in enumerate(argv):
        for n in names:
            if a == n and i + 1 < len(argv):
                return argv[i + 1]
            if a.startswith(n + "="):
                return a.split("=", 1)[1]
    return None


def _validate_cli_report(argv: list[str], result) -> None:
    """Every JSON/JSONL report a test makes through the CLI must match ``report/schema.json``."""
    from helpers import validate_report

    if not argv or result.exit_code not in (0, 1, 3):
        return
    kind = _SCHEMA_KIND.get((argv[0], _option(argv, "--format", "-f") or ""))
    if kind is None:
        return
    out = _option(argv, "--output", "-o")
    if out is not None:
        path = Path(out)
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
    else:
        text = result.stdout
    if text.strip():
        validate_report(kind, text)


# Hypothesis: CI (CI=true, as .ci/run is started) runs every property test derandomised, so a
# run is reproducible and a red CI is not a lucky draw; locally examples stay random.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI", "").lower() == "true":
    _hypothesis_settings.load_profile("ci")
