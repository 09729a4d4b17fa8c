"""One exception tree; every message says what went wrong and how to fix it.

The library raises these and never logs-and-returns ``None``; the CLI translates them once into
one styled line and an exit code.
"""

from __future__ import annotations


class ReprintGuardError(Exception):
    """Base class of every error reprint_guard raises on purpose."""


class ConfigError(ReprintGuardError, ValueError):
    """A setting is out of range or inconsistent (the message names the setting and the range)."""


class InputError(ReprintGuardError):
    """An input file or text cannot be used (unreadable, binary, undecodable, too large).

    Attributes:
        path: the file the error is about, or ``None`` for in-memory input.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class InputTooLargeError(InputError):
    """An input is over the size limit: skipped whole, never truncated."""


class StoreError(ReprintGuardError):
    """The fingerprint store is missing, unreadable, corrupted or not writable."""


class StoreUnavailableError(StoreError):
    """The store's server could not be reached or was lost (after bounded retries); a check
    that meets it reports the document as ``error`` and the next one tries again."""


class IncompatibleStoreError(StoreError):
    """The store was made with another fingerprint scheme; comparing would be meaningless."""
