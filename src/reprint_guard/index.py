"""Moved to :mod:`reprint_guard.store.index`; this name stays importable for one release."""

from __future__ import annotations

from .store.index import INDEX_MAGIC, INDEX_VERSION, BandIndex, Hits

__all__ = ["BandIndex", "Hits", "INDEX_MAGIC", "INDEX_VERSION"]
