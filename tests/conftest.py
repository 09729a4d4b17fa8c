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
                ("scan", "jsonl"): "jsonl_line", ("check", "jsonl"): "jsonl_line",
                ("list", "json"): "article_list", ("show", "json"): "article_list",
                ("protect", "json"): "protect_report"}


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


def pytest_configure(config: pytest.Config) -> None:
    """Server stores cache their index snapshots in a temporary directory, not ~/.cache
    (subprocesses inherit it)."""
    import tempfile

    os.environ.setdefault("REPRINT_GUARD_CACHE", tempfile.mkdtemp(prefix="reprint-guard-cache-"))


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory):
    """A real redis-server for this test session (one per xdist worker), AOF on, loopback."""
    from redis_server import RedisServer

    server = RedisServer(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture()
def redis_url(redis_server) -> str:
    """A store URL on the session's server with a prefix of its own."""
    return redis_server.url()


@pytest.fixture(params=["sqlite", "redis"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where to make a store: a directory, or a URL on the session's redis-server."""
    if request.param == "sqlite":
        return str(tmp_path / "fp")
    return request.getfixturevalue("redis_url")


# Hypothesis: CI (CI=true, as .ci/run is started) runs every property test derandomised, so a
# run is reproducible and a red CI is not a lucky draw; locally examples stay random.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI", "").lower() == "true":
    _hypothesis_settings.load_profile("ci")
