"""The engine interface: open a checker once per worker, then check batches of files.

An engine runs :meth:`Checker.check_file` over many files, possibly in other processes or on
other machines. It receives a :data:`CheckerFactory`, a picklable callable (a module-level
function, or a ``functools.partial`` of one) that opens a checker on the same store: each
worker calls it once and keeps the checker for every file it is given. The engine never
imports :mod:`reprint_guard.api`; the factory brings the Guard along.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

from ..models import UrlEvidence
from ..verdict import DocumentReport


class Checker(Protocol):
    """What a worker needs of a Guard: check one file (unreadable files give an ``error``
    report, never an exception)."""

    def check_file(
        self, path: str | os.PathLike[str], *, url: str | UrlEvidence | None = None
    ) -> DocumentReport: ...


CheckerFactory = Callable[[], Checker]
"""Opens a :class:`Checker` in a worker; must pickle when workers do not share memory."""

Item = tuple[str, "UrlEvidence | None"]
"""One file to check: ``(path, where it was found or None)``."""


class Engine(Protocol):
    """Checks files in workers. ``jobs`` is the number of workers."""

    jobs: int

    def map(self, items: Sequence[Item]) -> Iterator[DocumentReport]:
        """One report per item, in input order, yielded as they are ready. An exception
        (a worker that died, Ctrl-C) propagates; the caller then closes the engine."""
        ...

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers: ``wait`` for them, or cancel pending work and return at once."""
        ...
