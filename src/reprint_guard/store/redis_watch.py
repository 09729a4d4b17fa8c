"""Knowing without a round trip that a Redis store has not changed: :class:`SeqWatch`.

A check polls the store's change log (its sequence key) so that it sees what any other process
protected or removed before it began. :class:`SeqWatch` makes that poll local when nothing
changed: one extra connection per process, in RESP3, asks the server to announce every write
to the watched keys (``CLIENT TRACKING ON BCAST PREFIX …``: the sequence key, which every
change increments, and the manifest, whose ``store_uid`` tells a replaced store). Announcements
arrive on that connection as push messages; reading whether any is waiting is a non-blocking
look at a local socket, no request to the server.

The protocol (the race to handle is an announcement arriving while the keys are being read):

* :meth:`before_read` runs before the store reads the watched keys: it consumes announcements
  waiting so far and marks the keys *clean*; any announcement consumed later marks them
  *changed* again. A write after the read is therefore always noticed; a write before it, whose
  announcement comes late, only costs one needless poll.
* :meth:`unchanged` consumes waiting announcements and says whether the keys are still clean.
  When it says ``True`` the value read after the last :meth:`before_read` is current, as far
  as any write the server had answered before this call: Redis writes the announcement in the
  same event-loop pass as the reply to the writer, so once a writer has its
  answer, the announcement is on its way to every watcher (on one machine: already in its
  socket's receive buffer). (In BCAST mode Redis queues the announcements of a pass before it
  writes that pass's replies.)
* Anything wrong with the watching connection (not allowed by an ACL, lost, a fork) makes
  :meth:`unchanged` say ``False``: the store polls as without a watch, and tries to watch
  again after :data:`RETRY_S`.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

# After the watching connection failed, poll for this long before trying to watch again.
RETRY_S = 5.0


class SeqWatch:
    """Announcements of writes to ``prefixes`` (key name prefixes) on a connection of its own,
    made by ``connect()`` (a redis-py ``Connection`` speaking RESP3, not yet connected)."""

    def __init__(self, connect: Callable[[], Any], prefixes: Sequence[str]) -> None:
        self._make = connect
        self._prefixes = list(prefixes)
        self._conn: Any = None
        self._pid = -1
        self._clean = False
        self._retry_at = 0.0
        self._lock = threading.Lock()
        self.connects = 0  # for tests and benchmarks: connections (one round trip each) made

    def _drop(self) -> None:
        conn, self._conn, self._clean = self._conn, None, False
        if conn is not None and self._pid == os.getpid():  # never shut a parent's socket down
            try:
                conn.disconnect()
            except Exception:  # noqa: BLE001 - already broken
                pass

    def _drain(self) -> None:
        if self._conn is not None and self._pid != os.getpid():
            self._conn, self._clean = None, False  # forked: the socket is the parent's
        if self._conn is None:
            return
        try:
            while self._conn.can_read(timeout=0):
                self._conn.read_response(push_request=True)
                self._clean = False
        except Exception:  # noqa: BLE001 - lost or closed: poll until watching again
            self._drop()
            self._retry_at = time.monotonic() + RETRY_S

    def before_read(self) -> None:
        """Call right before reading the watched keys from the server (see the module)."""
        with self._lock:
            self._drain()
            if self._conn is None and time.monotonic() >= self._retry_at:
                self._start()
            self._clean = self._conn is not None

    def _start(self) -> None:
        conn = None
        try:
            conn = self._make()
            conn.connect()
            self.connects += 1
            args = ["CLIENT", "TRACKING", "ON", "BCAST"]
            for p in self._prefixes:
                args += ["PREFIX", p]
            conn.send_command(*args)
            ok = conn.read_response()
            if ok not in (b"OK", "OK", True):
                raise ValueError(f"CLIENT TRACKING answered {ok!r}")
            self._conn, self._pid = conn, os.getpid()
        except Exception:  # noqa: BLE001 - refused (ACL, an old server) or unreachable: poll
            if conn is not None:
                try:
                    conn.disconnect()
                except Exception:  # noqa: BLE001
                    pass
            self._conn = None
            self._retry_at = time.monotonic() + RETRY_S

    def unchanged(self) -> bool:
        """Whether no write to the watched keys was announced since :meth:`before_read`."""
        with self._lock:
            self._drain()
            return self._conn is not None and self._clean

    def forget(self) -> None:
        """Mark the watched keys changed (the next read goes to the server)."""
        with self._lock:
            self._clean = False

    def close(self) -> None:
        """Close the watching connection."""
        with self._lock:
            self._drop()
