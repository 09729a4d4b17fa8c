"""Moved to :mod:`reprint_guard.report`; this name stays importable for one release."""

from .report import *  # noqa: F403
from .report import __all__  # noqa: F401
