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
        return runner.invoke(app, [str(a) for a in args], input=input, env=env, catch_exceptions=True)

    return invoke
