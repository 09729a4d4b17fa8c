"""A real ``redis-server`` for the tests: started on a free loopback port in a temporary
directory, with AOF persistence so a killed server comes back with its data. Never a mock.

Tests that need one skip with a reason when ``redis-server`` is not installed, and fail when
``CI=true`` (``.ci/run`` installs the distribution's package).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

REDIS_SERVER = shutil.which("redis-server") or ("/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server") else None)


def require_redis_server() -> str:
    """The redis-server binary, or skip (fail under CI=true)."""
    if REDIS_SERVER:
        return REDIS_SERVER
    reason = "redis-server is not installed (apt-get install redis-server; .ci/run installs it)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """One redis-server process. ``extra`` are more ``--option value`` arguments."""

    def __init__(self, directory: Path, *, password: str | None = None, tls: dict[str, str] | None = None,
                 extra: list[str] | None = None) -> None:
        self.binary = require_redis_server()
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.password = password
        self.tls = tls
        self.extra = extra or []
        self.proc: subprocess.Popen[bytes] | None = None
        self.start()

    def args(self) -> list[str]:
        a = [self.binary, "--bind", "127.0.0.1", "--dir", str(self.directory), "--save", "",
             "--appendonly", "yes", "--appendfsync", "everysec", "--daemonize", "no",
             "--logfile", str(self.directory / "redis.log")]
        if self.tls:
            a += ["--port", "0", "--tls-port", str(self.port), "--tls-cert-file", self.tls["cert"],
                  "--tls-key-file", self.tls["key"], "--tls-ca-cert-file", self.tls["ca"],
                  "--tls-auth-clients", "no"]
        else:
            a += ["--port", str(self.port)]
        if self.password:
            a += ["--requirepass", self.password]
        return a + self.extra

    def start(self) -> None:
        self.proc = subprocess.Popen(self.args(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                log = (self.directory / "redis.log")
                raise RuntimeError(f"redis-server exited: {log.read_text()[-2000:] if log.exists() else ''}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    pass
                if self._loaded():
                    return
            except OSError:
                pass
            time.sleep(0.02)
        raise RuntimeError("redis-server did not start in 10 s")

    def _loaded(self) -> bool:
        if self.tls:
            return True
        import redis

        try:
            r = redis.Redis(port=self.port, password=self.password, socket_timeout=1)
            return r.info("persistence").get("loading", 1) == 0
        except redis.RedisError:
            return False

    def kill(self) -> None:
        """SIGKILL, as a crash would."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def url(self, prefix: str | None = None, *, user: str | None = None, password: str | None = None,
            query: str = "") -> str:
        prefix = prefix or "t" + uuid.uuid4().hex[:10]
        auth = ""
        if password is not None or user is not None:
            auth = f"{user or ''}:{password or ''}@"
        scheme, host = ("rediss", "localhost") if self.tls else ("redis", "127.0.0.1")
        return f"{scheme}://{auth}{host}:{self.port}/0?prefix={prefix}{query}"
