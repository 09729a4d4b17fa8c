"""Common Chinese characters, used to tell GB18030 from Big5 when a page declares no charset.

Source: level 1 of GB 2312-80 (rows 16–55, bytes ``0xB0A1``–``0xD7F9``), the 3,755
characters the standard's authors selected as the most frequently used in modern Chinese
(levels 1 and 2 together cover about 99.99% of running text). The set is read from Python's
own ``gb2312`` codec rather than typed out.

The Traditional counterparts are derived too: :func:`common_traditional` converts each
character with OpenCC (``s2t``, ``s2tw``, ``s2hk``).
"""

from __future__ import annotations

from functools import lru_cache


def _gb2312_level1() -> frozenset[str]:
    chars = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # row 55 ends at 0xD7F9
    return frozenset(chars)


COMMON_SIMPLIFIED: frozenset[str] = _gb2312_level1()
"""The 3,755 level-1 characters of GB 2312, in Simplified form."""

# OpenCC configurations whose character choices differ (里→裏/裡, 着→著, 台→臺/台 …).
_S2T_CONFIGS = ("s2t", "s2tw", "s2hk")


@lru_cache(maxsize=1)
def common_traditional() -> frozenset[str]:
    """The Traditional forms of :data:`COMMON_SIMPLIFIED`, converted one character at a time.

    Returns a frozenset of single characters: every OpenCC ``s2t``/``s2tw``/``s2hk`` conversion
    of each listed character, plus the characters themselves (many are the same in both
    scripts). Computed once on first use (a few milliseconds).
    """
    import opencc  # deferred: only undeclared, non-UTF-8 Chinese bytes need it

    chars = sorted(COMMON_SIMPLIFIED)
    joined = "\n".join(chars)
    result = set(COMMON_SIMPLIFIED)
    for config in _S2T_CONFIGS:
        converted = opencc.OpenCC(config).convert(joined).split("\n")
        # Per-character input, so a conversion never merges lines; guard anyway.
        if len(converted) == len(chars):
            result.update(c for c in converted if len(c) == 1)
    return frozenset(result)


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """Common characters in either script: :data:`COMMON_SIMPLIFIED` ∪ :func:`common_traditional`."""
    return COMMON_SIMPLIFIED | common_traditional()
