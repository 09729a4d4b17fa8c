"""Shared text folding for matching words, used by the ingest and notice wings.

Input: text and lower-case words; output: whether the text may hold a word in any letter case,
the way an ``re.IGNORECASE`` pattern would find it. A quick test that lets the callers skip
their patterns on text that cannot match them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["_holds_word"]

# The non-ASCII characters that re.IGNORECASE matches to an ASCII letter: İ and ı (i),
# ſ (s) and the Kelvin sign K (k).
_ASCII_CASE_TWINS = "İıſ\u212a"


def _holds_word(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case) in any letter case, as an
    IGNORECASE pattern would find it; a quick test that skips the patterns themselves.
    Text holding a case twin (see ``_ASCII_CASE_TWINS``) always may."""
    if any(ch in text for ch in _ASCII_CASE_TWINS):
        return True
    if isinstance(words, tuple):
        return _alternation(words).search(text.lower()) is not None  # one scan, not one per word
    low = text.lower()
    return any(w in low for w in words)


@functools.lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words as one literal alternation (the callers pass a few module-level tuples)."""
    return re.compile("|".join(map(re.escape, words)))
