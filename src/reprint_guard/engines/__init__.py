"""Engines: where the checks of a scan run.

* ``base``: the :class:`~reprint_guard.engines.base.Engine` interface ("open a checker once per
  worker, then check batches") and the picklable checker factory it receives;
* ``local``: :class:`LocalEngine`, worker processes on this machine.
"""

from __future__ import annotations

from .base import Checker, CheckerFactory, Engine
from .local import LocalEngine

__all__ = ["Checker", "CheckerFactory", "Engine", "LocalEngine"]
