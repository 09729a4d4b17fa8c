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

# Traditional characters of the notice vocabulary folded one-to-one to Simplified, so each
# pattern below is written once (版權所有 → 版权所有, 未經許可不得轉載 → 未经许可不得转载).
_T2S = str.maketrans(
    "權經轉載請謝絕許聲說歸屬於護貼編複製嚴鏡傳輸開發須獲聯繫電話郵廣報舉訂閱務網關標註號讀資視圖實無員時個為與從來對應當專線熱護協議業獨稿腦遞區處"
    "禁務責輯機構權著將數據訊錄節選",
    "权经转载请谢绝许声说归属于护贴编复制严镜传输开发须获联系电话邮广报举订阅务网关标注号读资视图实无员时个为与从来对应当专线热护协议业独稿脑递区处"
    "禁务责辑机构权著将数据讯录节选",
)


def _simplified(text: str) -> str:
    return text.translate(_T2S)


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
        r"all rights? reserved?",
        # 本文为X原创 / 本文由X原创 / 《X》杂志原创
        r"(?:本文|本稿|本篇|此文|稿件)[^，。\n]{0,4}?(?:系|为|由|是)[^。\n]{1,40}?(?:原创|独家|首发)|》(?:杂志|周刊)?原创",
        # 经X授权转载 / 经授权发布: a licensed reprint names its rights holder
        r"(?<![未非已])经[^。\n]{0,40}?授权(?:转载|发布|刊登|刊发|使用)",
        r"受[^。\n]{1,40}?版权保护",
        r"翻印必究|版权告示",
        r"(?:免费|可以|可)[^。\n]{0,30}?(?:复制|转载|分发)",
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
        r"欢迎转载|不保留版权的转载|转载(?:时)?(?:请|须|务必)(?:注明|标明|保留)",
        r"creative commons|licensed under",
        r"republish (?:this|our|it)|free of charge|for free",
        r"personal,? non-?commercial use",
        r"\bcredit\b[^\n]{0,40}(?:link|original)|provided (?:that )?you credit",
        r"\breprints?\b[^\n]{0,60}\b(?:contact|call|visit)\b|\b(?:contact|call|visit)\b[^\n]{0,60}\breprints?\b",
        r"\bno part of\b|may not be (?:published|broadcast)|text and data mining|\bmaterial may\b",
    )
)
_NOTICE_VOCAB = _CLAIM_VOCAB + _LICENCE_TERMS
# Every _LICENCE_TERMS match holds one of these Chinese literals or (in any letter case) one
# of these words, so text without them holds no licence terms: a scan that is some ten
# times faster than the patterns.
_LICENCE_LITERALS = ("未经", "不得", "禁止", "严禁", "请勿", "谢绝", "如需", "转载", "不保留")
_LICENCE_WORDS = (
    "may not be", "prohibited", "forbidden", "not permitted", "licensing", "permission", "for reprint",
    "for syndication", "creative commons", "licensed under", "republish", "non-commercial use",
    "noncommercial use", "reprint", "no part of", "data mining", "material may", "free of charge", "for free",
    "credit",
)  # fmt: skip
# The same for every _NOTICE_VOCAB pattern (claims and licence terms).
_NOTICE_LITERALS = (*_LICENCE_LITERALS, "版权", "著作权", "授权", "维权", "©", "原创", "独家", "首发", "翻印", "复制", "免费")
_NOTICE_WORDS = (*_LICENCE_WORDS, "copyright", "all right", "(c)")
_DISCLAIMER = re.compile(r"[【\[]?\s{0,2}(?:免责声明|disclaimer)|如有侵权", re.I)
# Lines that may close an article without being a claim: disclaimers and platform statements,
# comment rules, follow/share widgets, related-article headings. They are cut from the body with
# the notice (never fingerprinted) but name no rights holder.
_TRAILER = re.compile(
    r"免责声明|(?i:disclaimer)|如有侵权|侵删|不代表本[网站台报刊][^\n]{0,6}(?:观点|立场)|仅代表(?:作者|该作者|其)[^\n]{0,8}观点"
    r"|观点仅代表|仅提供信息(?:存储|发布)|信息发布平台|上传并发布|广告声明|本文为转载|本文系转载|本文转自|转载目的在于"
    r"|欢迎关注|关注我们|点击关注|扫码关注|长按(?:识别|二维码)|微信公众号|公众号[:：]|分享到|分享让|打印本页|关闭窗口|相关阅读|相关新闻|推荐阅读"
    r"|留言|评论(?:规则|须知|区)|网友评论"
    r"|(?i:views expressed|do not necessarily reflect|not responsible for the content|follow us|share this|"
    r"read more|related (?:stories|articles)|sign up for|subscribe to our|comments? (?:are|policy|section))"
)
# Lines of a page footer around a notice: registration and licence numbers, addresses, link rows.
_FOOTER_LINE = re.compile(
    r"(?i:icp|公网安备|许可证|出版物号|邮发代号|刊号|标识码|备案|网文|地址|邮编|主办|承办|协办|制作单位|运营|"
    r"registered in|company (?:no|number)|address|\S[ ]?[|｜][ ]?\S)"
)
_WIDGET_CHARS = 40
"""A line this short after a notice (打开客户端阅读更多, a QR-code caption) is a widget."""
_FOOTER_MAX_LINES = 12
_FOOTER_LINES_ABOVE = 4
"""Footer and trailer lines allowed after (and between) a notice's lines."""
_CONTACT = re.compile(
    r"@|＠|\d[\d\s()+-]{5,20}\d|(?:电话|热线|邮箱|传真|tel|phone|e-?mail)\s{0,2}[:：]|[(\[]at[)\]]|\bat\b.{1,30}\bdot\b"
    r"|write to|got a tip",
    re.I,
)
_NOTICE_TAIL_CHARS = 60  # short non-vocabulary lines allowed in a notice: holder name, phone
_NOTICE_SHARE = 0.6  # a notice starts in the last 40% of the text …
_NOTICE_LAST_LINES = 4  # … or within its last few paragraphs
_NOTICE_SCAN_CHARS = 3000


def _may_hold_licence_terms(text: str) -> bool:
    text = _simplified(text)
    return any(lit in text for lit in _LICENCE_LITERALS) or _holds_word(text, _LICENCE_WORDS)


def _may_hold_notice_wording(text: str) -> bool:
    text = _simplified(text)
    return any(lit in text for lit in _NOTICE_LITERALS) or _holds_word(text, _NOTICE_WORDS)


def _is_notice_heading_or_disclaimer(line: str) -> bool:
    """A notice heading line (版权声明, Copyright notice …) or a disclaimer opening
    (免责声明 …): never an article's title."""
    return bool(_NOTICE_HEADING.fullmatch(line) or _DISCLAIMER.match(line))


def _notice_hits(line: str) -> int:
    """How many kinds of notice wording ``line`` holds (0 for a 免责声明 disclaimer)."""
    line = _simplified(line[:_NOTICE_SCAN_CHARS])  # bounds the work on a megabyte-long line
    if not _may_hold_notice_wording(line):
        return 0  # none of the literals the notice patterns need: skip the searches
    if _DISCLAIMER.match(line):
        return 0
    return sum(1 for pattern in _NOTICE_VOCAB if pattern.search(line))


def _is_trailer_line(line: str) -> bool:
    """A disclaimer, platform statement, comment rule or widget line (see :data:`_TRAILER`)."""
    return len(line) <= 300 and _TRAILER.search(_simplified(line[:_NOTICE_SCAN_CHARS])) is not None


def _is_footer_line(line: str) -> bool:
    """A footer line that may sit among a notice's lines: registration numbers, an address,
    a row of links, a contact line."""
    if len(line) > 200:
        return False
    folded = _simplified(line)
    if _CONTACT.search(folded) and len(line) <= 120:
        return True
    return bool(_FOOTER_LINE.search(folded)) and not any(ch in "。！？" for ch in line[:-1])


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

    # The trailing run, walked from the end: notice lines, with short lines (a name, a contact)
    # and footer/trailer lines (registration numbers, link rows, disclaimers, widgets) among
    # and after them.
    run_start = None
    trailer_start = None  # a trailing run of trailer lines only (no notice line after them)
    gap = 0
    extra = 0
    for k in range(n - 1, -1, -1):
        text = lines[k].text
        if is_notice(k):
            run_start, gap, extra = k, 0, 0
        elif extra < _FOOTER_MAX_LINES and (
            _is_trailer_line(text) or _is_footer_line(text) or len(text) <= _WIDGET_CHARS
        ):
            extra += 1
            if run_start is None and _is_trailer_line(text) and (trailer_start is None or trailer_start == k + 1):
                trailer_start = k
        elif gap < 2 and _is_notice_tail(text):
            gap += 1
        else:
            break
    if run_start is None and trailer_start is not None and trailer_start >= first_eligible:
        return trailer_start
    if run_start is not None and not eligible(run_start):
        # Move down to the first eligible notice line of the run.
        run_start = next((k for k in range(max(run_start, first_eligible), n) if is_notice(k)), None)
    if run_start is not None:
        # Footer lines just above the first notice line belong to its block (a 报料/contact
        # line, registration numbers above a 版权所有 line).
        up = 0
        while (
            up < _FOOTER_LINES_ABOVE
            and run_start - 1 >= max(first_eligible, 1)
            and (_is_footer_line(lines[run_start - 1].text) or _is_trailer_line(lines[run_start - 1].text))
        ):
            run_start -= 1
            up += 1
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
