"""Notice step 1: find the licensing notice block among an article's lines.

Input: the lines of a text (:class:`reprint_guard.ingest.layout._Line`, breadcrumbs and
trailing editor lines already dropped). Output: the index of the first line of the trailing
notice block (:func:`_find_notice`), or ``None``; the notice runs to the last line. The
vocabularies (claims such as 版权所有, licence terms such as 未经许可不得转载) and the line
tests (:func:`_is_notice_line`, :func:`_may_hold_licence_terms` …) serve the composition step
too, which looks for a notice that trafilatura left out in the page's visible text.

Every regular expression here runs on untrusted text, so each is written to run in linear
time; the notice checks read the first 3,000 characters of a line only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reprint_guard.ingest.layout import _Line
from reprint_guard.textfold import _holds_word

__all__: list[str] = []

_NOTICE_HEADING = re.compile(
    r"[【\[]?\s{0,2}(?:版权声明|版权说明|版权申明|版权公告|版权信息|转载声明|转载须知|"
    r"copyright notice|copyright & permissions|copyright and permissions|rights and permissions|"
    r"reprints? (?:and|&) permissions|licensing|reprint policy)\s{0,2}[】\]]?\s{0,2}[:：]?",
    re.I,
)
# Notice wording, in two kinds. A claim says who holds the rights …
_CLAIM_VOCAB = tuple(
    re.compile(p, re.I)
    for p in (
        r"版权所有",
        r"版权声明|版权说明|版权申明",
        r"版权(?:归|属于)",
        r"著作权",
        r"授权许可|版权保护中心|版权合作|维权",
        r"copyright\s{0,3}(?:©|\(c\)|\d{4})|©|\(c\)\s{0,3}\d{4}",
        r"all rights reserved",
    )
)
# … licence terms say what others may not do and whom to ask. A notice taken from outside
# trafilatura's main text must show one of these, so a bare "版权所有 ©" footer is not one.
_LICENCE_TERMS = tuple(
    re.compile(p, re.I)
    for p in (
        r"未经[^\n]{0,40}?(?:许可|授权|同意|允许)[^\n]{0,40}?(?:不得|禁止|严禁|请勿|谢绝)",
        r"(?:不得|禁止|严禁|请勿|谢绝)(?:任何)?(?:形式)?(?:的)?(?:转载|摘编|复制|镜像|转帖|改编|修改)",
        r"如需(?:转载|使用|授权|引用|合作)[^\n]{0,40}?(?:联系|致电|来电|来函|取得|获得)",
        r"转载请(?:注明|联系|与)",
        r"may not be (?:reproduced|republished|reprinted|copied|redistributed|distributed|published)",
        r"(?:reproduction|republication|redistribution|reprinting)[^\n]{0,60}?(?:prohibited|forbidden|not permitted)",
        r"for (?:licensing|permissions?|reprints?|syndication)\b",
        r"licensing\s{0,2}:",
        r"without (?:the )?(?:prior )?(?:express )?(?:written )?permission",
    )
)
_NOTICE_VOCAB = _CLAIM_VOCAB + _LICENCE_TERMS
# Every _LICENCE_TERMS match holds one of these Chinese literals or (in any letter case) one
# of these words, so text without them holds no licence terms: a scan that is some ten
# times faster than the patterns.
_LICENCE_LITERALS = ("未经", "不得", "禁止", "严禁", "请勿", "谢绝", "如需", "转载请")
_LICENCE_WORDS = (
    "may not be", "prohibited", "forbidden", "not permitted", "licensing", "permission", "for reprint",
    "for syndication",
)  # fmt: skip
# The same for every _NOTICE_VOCAB pattern (claims and licence terms).
_NOTICE_LITERALS = (*_LICENCE_LITERALS, "版权", "著作权", "授权许可", "维权", "©")
_NOTICE_WORDS = (*_LICENCE_WORDS, "copyright", "all rights reserved", "(c)")
_DISCLAIMER = re.compile(r"[【\[]?\s{0,2}(?:免责声明|声明[:：]\s{0,2}本文|disclaimer)|如有侵权", re.I)
_CONTACT = re.compile(r"@|\d[\d\s()+-]{5,20}\d|(?:电话|热线|邮箱|传真|tel|phone|e-?mail)\s{0,2}[:：]", re.I)
_NOTICE_TAIL_CHARS = 60  # short non-vocabulary lines allowed in a notice: holder name, phone
_NOTICE_SHARE = 0.6  # a notice starts in the last 40% of the text …
_NOTICE_LAST_LINES = 4  # … or within its last few paragraphs
_NOTICE_SCAN_CHARS = 3000


def _may_hold_licence_terms(text: str) -> bool:
    return any(lit in text for lit in _LICENCE_LITERALS) or _holds_word(text, _LICENCE_WORDS)


def _may_hold_notice_wording(text: str) -> bool:
    return any(lit in text for lit in _NOTICE_LITERALS) or _holds_word(text, _NOTICE_WORDS)


def _is_notice_heading_or_disclaimer(line: str) -> bool:
    """A notice heading line (版权声明, Copyright notice …) or a disclaimer opening
    (免责声明 …): never an article's title."""
    return bool(_NOTICE_HEADING.fullmatch(line) or _DISCLAIMER.match(line))


def _notice_hits(line: str) -> int:
    """How many kinds of notice wording ``line`` holds (0 for a 免责声明 disclaimer)."""
    line = line[:_NOTICE_SCAN_CHARS]  # bounds the work on a pathological megabyte-long line
    if not _may_hold_notice_wording(line):
        return 0  # none of the literals the notice patterns need: skip the sixteen searches
    if _DISCLAIMER.match(line) or "如有侵权" in line:
        return 0
    return sum(1 for pattern in _NOTICE_VOCAB if pattern.search(line))


def _is_notice_line(line: str) -> bool:
    hits = _notice_hits(line)
    # A long paragraph needs two signs: one "转载" in a body paragraph is not a notice.
    return hits >= 1 if len(line) <= 200 else hits >= 2


def _is_notice_tail(line: str) -> bool:
    """A short line that may sit in a notice without notice wording: the rights holder's
    name or a contact line. A sentence (Chinese sentence punctuation) is not one."""
    if len(line) > _NOTICE_TAIL_CHARS or _DISCLAIMER.match(line) or _NOTICE_HEADING.fullmatch(line):
        return False
    if _CONTACT.search(line):
        return True
    return not any(ch in "。，！？；" for ch in line) and not line.endswith(".")


def _find_notice(lines: Sequence[_Line]) -> int | None:
    """Index of the first line of the trailing licensing notice, or ``None``.

    The notice runs to the end of the text. It starts at a heading line (版权声明,
    Copyright notice …) followed by notice wording, or at the first line of the trailing run
    of lines with notice wording (short lines without it — the rights holder's name, a phone
    number — may sit among them). Only a start in the last 40% of the text, in its last four
    lines, or at its very top (a page that is only a notice) counts.
    """
    n = len(lines)
    if n == 0 or not _may_hold_notice_wording("\n".join(line.text for line in lines)):
        return None  # no line holds notice wording
    total = sum(len(line.text) for line in lines)
    # First index whose preceding text reaches 60% of the whole; every index from there on,
    # and the last few lines, are eligible starts.
    first_eligible = n
    seen = 0
    for k, line in enumerate(lines):
        if seen >= _NOTICE_SHARE * total:
            first_eligible = k
            break
        seen += len(line.text)
    first_eligible = min(first_eligible, max(0, n - _NOTICE_LAST_LINES))

    cache: dict[int, bool] = {}

    def is_notice(k: int) -> bool:
        if k not in cache:
            cache[k] = _is_notice_line(lines[k].text)
        return cache[k]

    def eligible(k: int) -> bool:
        return k == 0 or k >= first_eligible

    # The trailing run, walked from the end.
    run_start = None
    gap = 0
    for k in range(n - 1, -1, -1):
        text = lines[k].text
        if is_notice(k):
            run_start, gap = k, 0
        elif gap < 2 and _is_notice_tail(text):
            gap += 1
        else:
            break
    if run_start is not None and not eligible(run_start):
        # Move down to the first eligible notice line of the run.
        run_start = next((k for k in range(max(run_start, first_eligible), n) if is_notice(k)), None)
    if run_start is not None and run_start > 0 and _NOTICE_HEADING.fullmatch(lines[run_start - 1].text):
        run_start -= 1

    # A heading line followed by notice wording.
    heading = None
    last_notice = next((k for k in range(n - 1, first_eligible - 1, -1) if is_notice(k)), None)
    if last_notice is not None:
        for k in (0, *range(max(first_eligible, 1), last_notice)):
            if k < last_notice and len(lines[k].text) <= 60 and _NOTICE_HEADING.fullmatch(lines[k].text):
                heading = k
                break

    starts = [k for k in (run_start, heading) if k is not None]
    return min(starts) if starts else None
