"""reprint_guard: find unlicensed reprints of protected news articles.

The library's front door is :class:`Guard`; see ``README.md`` for the command line.
Names are imported on first use (PEP 562), so ``import reprint_guard.normalize`` does not pay
for loading the HTML extractor.
"""

from __future__ import annotations

import importlib
import logging
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("reprint-guard")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_EXPORTS = {
    "Guard": "api",
    "ProtectOutcome": "api",
    "FingerprintScheme": "config",
    "MatchConfig": "config",
    "ReprintGuardError": "errors",
    "ConfigError": "errors",
    "InputError": "errors",
    "StoreError": "errors",
    "StoreUnavailableError": "errors",
    "IncompatibleStoreError": "errors",
    "DocumentReport": "verdict",
    "Match": "verdict",
    "ScanReport": "verdict",
    "UrlEvidence": "models",
}

__all__ = [*sorted(_EXPORTS), "__version__"]

if TYPE_CHECKING:
    from .api import Guard, ProtectOutcome
    from .config import FingerprintScheme, MatchConfig
    from .errors import (
        ConfigError,
        IncompatibleStoreError,
        InputError,
        ReprintGuardError,
        StoreError,
        StoreUnavailableError,
    )
    from .models import UrlEvidence
    from .verdict import DocumentReport, Match, ScanReport


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reprint_guard' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
