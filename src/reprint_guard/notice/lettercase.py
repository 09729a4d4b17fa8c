"""Notice lines printed in one letter case, read with a sentence's casing.

Input: notice text (``str``, lines split on ``\\n``); output: the same text, same length, with
each line set all in capitals (COPYRIGHT © 2024 FENWICK CO., LTD.. ALL RIGHTS RESERVED.) or
lower-cased whole by a crawl (copyright 2024 merlion press media limited all rights reserved)
recased word by word. The words notices are written with go lower case and every other word
gets a capital, so that the notice finder and parser tell a name by its capitals, as they do
in a sentence; offsets are unchanged, so a name found in the recased text is given back as
printed by slicing the original. Other lines are left as they are.
"""

from __future__ import annotations

import re

__all__ = ["NOTICE_WORDS_EN", "is_lower_line", "is_upper_line", "recased", "recased_lower"]

# English words licensing notices are written with; a word not here in a one-case line is read
# as part of a name.
NOTICE_WORDS_EN = frozenset(
    """a an and or of the to in on at by for from with without this that these those its it is are was be been
    may must not no nor any all unless otherwise noted stated indicated except where as under per
    copyright copyrighted rights right reserved holds hold retains retain owns own owned property belongs
    article articles story stories content contents material materials site website page text photo photos
    image images video data provided powered theme themes by registered in number company subsidiary division
    part member licensors licensor licence license licensed licensing permission permissions written prior
    express consent reproduced reproduction republished republication republish reprint reprints reprinted
    redistributed redistribution distributed copied used use email e-mail contact enquiries inquiries requests
    please visit call write further whole prohibited forbidden strictly terms conditions privacy about
    published originally first appeared""".split()
)
_CAPITALS = re.compile(r"[A-Z]{2,}")
_UPPER_CASE_WORD = re.compile(r"[A-Z][A-Z'’\-]*")
# a lower-case word, not one inside an address or a domain (rights@x.example, news.example)
_LOWER_CASE_WORD = re.compile(r"(?<![\w@.])[a-z][a-z'’\-]*")
_HAN_OR_CAPITAL = re.compile(r"[A-Z\u3400-\u9fff]")


def is_upper_line(line: str) -> bool:
    """A line of three words or more in capitals and no lower-case Latin letter."""
    return not re.search(r"[a-z]", line) and sum(1 for _ in zip(range(3), _CAPITALS.finditer(line))) == 3


def is_lower_line(line: str) -> bool:
    """A line lower-cased whole: no capital and no Han character, three Latin words or more,
    one of them a notice word (so a lone domain or an e-mail line is not one)."""
    if _HAN_OR_CAPITAL.search(line) or not re.search(r"[a-z]", line):
        return False
    words = [w.group() for w in _LOWER_CASE_WORD.finditer(line)]
    return len(words) >= 3 and any(w in NOTICE_WORDS_EN for w in words)


# Notice words that close a company's name when they follow one of its words with only a space
# or "&" between ("THE HARBOR SENTINEL COMPANY", "WEBB & COMPANY"); elsewhere ("England, company
# number") they are notice words.
_NAME_CLOSING_WORDS = frozenset({"company"})


def _recase_line(line: str, words_re: re.Pattern[str]) -> str:
    words = list(words_re.finditer(line))
    chars = list(line)
    kept_before = False
    for k, w in enumerate(words):
        low = w.group().lower()
        nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
        # "THE RIVERSIDE COURIER": a "the" before a name's word opens the name
        keep = low not in NOTICE_WORDS_EN or (low == "the" and nxt and nxt not in NOTICE_WORDS_EN)
        if not keep and low in _NAME_CLOSING_WORDS and kept_before:
            keep = line[words[k - 1].end() : w.start()] in (" ", " & ")
        chars[w.start() : w.end()] = (low[0].upper() + low[1:]) if keep else low
        kept_before = keep
    return "".join(chars)


def recased(text: str) -> str:
    """``text`` with each one-case line (see :func:`is_upper_line`, :func:`is_lower_line`)
    recased word by word; the same object when no line is one-case. Same length as ``text``."""
    if not re.search(r"[A-Z]{2}|[a-z]", text):
        return text
    lines = text.split("\n")
    out = [
        _recase_line(x, _UPPER_CASE_WORD) if is_upper_line(x) else _recase_line(x, _LOWER_CASE_WORD) if is_lower_line(x) else x
        for x in lines
    ]
    return text if out == lines else "\n".join(out)


def recased_lower(line: str) -> str:
    """``line`` recased when it is lower-cased whole (see :func:`is_lower_line`), else itself:
    what the notice finder needs, whose patterns already read capitals."""
    return _recase_line(line, _LOWER_CASE_WORD) if is_lower_line(line) else line
