"""The local engine: a pool of worker processes on this machine, kept between scans.

Where ``fork`` is available and the starting process runs a single thread, workers are forked
from it and get their checker from a ``forked`` callable run in the child (for the Guard: its
mapped index, caches and imported modules come along, only a fresh store connection is
opened). Otherwise (other threads running, or no ``fork``) each worker is spawned and opens its
own checker with the picklable factory. Starting the pool costs ~0.1 s, the time of ~12 pages.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from ..verdict import DocumentReport
from .base import Checker, CheckerFactory, Item

# The checker of this worker process, opened once by the pool's initializer. Set only in worker
# processes (each is a process of its own), never in the process that runs the pool.
_WORKER: Checker | None = None


class LocalEngine:
    """``jobs`` worker processes (see the module docstring). Implements
    :class:`~reprint_guard.engines.base.Engine`.

    ``factory`` opens a checker in a spawned worker and must pickle; ``forked``, called in a
    forked worker, makes the checker from the state the child inherited (it is not pickled).
    """

    def __init__(self, jobs: int, factory: CheckerFactory, *, forked: CheckerFactory | None = None) -> None:
        self.jobs = jobs
        if forked is not None and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
            self.pool = ProcessPoolExecutor(
                max_workers=jobs,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_worker_init,
                initargs=(forked,),
            )
            # A fork pool starts all its workers at the first submit: do it now, from the
            # state the caller has at this moment.
            self.pool.submit(int).result()
        else:
            self.pool = ProcessPoolExecutor(
                max_workers=jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init,
                initargs=(factory,),
            )

    def map(self, items: Sequence[Item]) -> Iterator[DocumentReport]:
        """Reports in input order. Small chunks keep the workers evenly loaded to the end (a
        page costs ~10 ms; a chunk's round trip well under 1 ms); 16 chunks per worker at least."""
        chunk = max(1, min(16, len(items) // (self.jobs * 16)))
        return self.pool.map(_worker_check, items, chunksize=chunk)

    def close(self, *, wait: bool = True) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=True)


def _die_with_parent() -> None:
    """Linux: have the kernel SIGTERM this worker when the process that started it dies.

    Without it, workers of a ``scan --jobs`` killed with SIGKILL wait on their task queue
    forever (prctl(2), ``PR_SET_PDEATHSIG``). Elsewhere a no-op.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def _worker_init(open_checker: CheckerFactory) -> None:
    global _WORKER  # one checker per worker process, built once
    _die_with_parent()
    # Ctrl-C reaches the whole process group: the process that runs the pool stops the scan
    # and the workers (cancelling what is pending); a worker must not die of it half-way
    # through a file, printing a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = open_checker()


def _worker_check(item: Item) -> DocumentReport:
    assert _WORKER is not None
    return _WORKER.check_file(item[0], url=item[1])
