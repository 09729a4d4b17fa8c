"""Ingest step 3: plain-text lines → title, date, credits and article body.

Input: the main text of a page or a plain-text article (one paragraph per line). Output:
:class:`_Line` records with their offsets in the text (:func:`_split_lines`,
:func:`_body_lines`), and, for the lines left once the composition step has cut the notice
(:mod:`reprint_guard.notice.find`), a :class:`_ParsedText`: body text, title, ISO date, the
first 来源/Source credit and all credits (:func:`_lay_out`). :func:`_page_credits` reads the
credits stated anywhere in a page's visible text. This module does not look for notices.

Every regular expression here runs on untrusted text, so each is written to run in linear
time, and the line-level checks read lines of bounded length only (header lines ≤ 150
characters, credit lines ≤ 80).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from reprint_guard.models import Claim
from reprint_guard.textfold import _t2s_line

__all__: list[str] = []

@dataclass(frozen=True)
class _Line:
    """One non-blank line: its stripped text and where that text sits in the source."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _ParsedText:
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None  # the first 来源/Source credit: the outlet when nothing better
    notice_text: str | None = None
    credits: tuple[str, ...] = ()
    author: str | None = None  # the first byline (作者：X, 文/X, By X)
    # Lines before the body read by their look alone (a short first line as the title, date,
    # source and byline lines) and left out of text: a copy's body paragraph can look so.
    header_lines: tuple[str, ...] = ()
    # The whole-line credits cut from the text, as printed ("Source: X"): what a report quotes.
    credit_lines: tuple[str, ...] = ()


@dataclass
class _Meta:
    date: str | None = None
    sources: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


_LINE = re.compile(r"[^\n]+")

_SENTENCE_END = "。.；;，,：:、"
_BREADCRUMB_LABEL = re.compile(
    r"(?:您当前的位置|您当前位置|您现在的位置|您的位置|当前位置|当前的位置|所在位置|现在位置|"
    r"you are here|you're here|current location)\s{0,3}[:：]",
    re.I,
)
_BREADCRUMB_HOME = re.compile(r"(?:首页|主页|网站首页|首頁|主頁|網站首頁|home)\s{0,3}[>»›＞/|｜]", re.I)
_BREADCRUMB_SEP = re.compile(r"\s{0,3}[>»›＞]\s{0,3}")
_BREADCRUMB_ARROW = re.compile(r"\s[>»›＞]\s|[»›＞]")
_SENTENCE_MARKS = re.compile(r"[。，,.!?！？：:；;]")

_DIGITS = str.maketrans("０１２３４５６７８９／－．：", "0123456789/-.:")
_NUM_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s{0,2}(?:[-/.]|年)\s{0,2}(\d{1,2})\s{0,2}(?:[-/.]|月)\s{0,2}(\d{1,2})(?!\d)\s{0,2}日?"
)
# Taiwan's Minguo calendar (民國114年3月14日 is 2025-03-14): only with 民國 before it, as a bare
# 114年 may be a count of years.
_ROC_DATE = re.compile(
    r"民[國国]\s{0,2}(\d{1,3})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})(?!\d)\s{0,2}日?"
)
_ROC_EPOCH = 1911
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_EN_DATE_MDY = re.compile(_MONTH + r"\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}((?:19|20)\d\d)(?!\d)", re.I)
_EN_DATE_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s{1,3}" + _MONTH + r"\.?,?\s{1,3}((?:19|20)\d\d)(?!\d)", re.I)
_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")

_SOURCE_LABELS = ("稿件来源", "新闻来源", "文章来源", "信息来源", "来源", "新聞來源", "文章來源", "來源", "source", "sources")
_META_LABEL = re.compile(
    # (联系作者：x@… is whom to write to, not a byline)
    r"(稿件来源|新闻来源|文章来源|信息来源|来源|新聞來源|文章來源|來源|(?<!联系)(?<!联络)(?<!聯絡)(?<!聯繫)作者|博主|撰文|撰稿|本报记者|记者|記者|通讯员|通訊員|"
    r"责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|攝影|發布時間|發佈時間|更新時間|時間|發布日期|發佈日期|发表日期|發表日期|發表時間|"
    # a campus or feature page's credits beside the byline (指導老師：X, 校对：Y)
    r"指导老师|指導老師|指导教师|指導教師|校对|校對|主编|主編|监制|監製|策划|策劃|统筹|統籌|美编|美編|排版|"
    r"出版時間|出版时间|刊出時間|刊出时间|刊登時間|刊登时间|最後更新|最后更新|"
    # the office that issued a release (發布單位：文化處): a unit of the site's body, no outlet
    r"发布单位|發布單位|發佈單位|发布机关|發布機關|发布部门|發布部門|"
    r"发布时间|发布日期|发表时间|更新时间|时间|日期|浏览次数|阅读量|阅读数|点击数|点击量|浏览|点击|阅读|"
    r"字号|摄影|分享到|分享|收藏|打印|sources?|author|editor|published|updated|posted|date|written by|by|"
    r"share(?: to| on| this)?)\s{0,3}[:：丨]",  # (丨, a public account's bar for a colon: 来源丨X, 作者丨Y)
    re.I,
)
# An unlabelled reporter credit on a date line: 本报记者 张三, 港灣日報記者 林佩珊, 新华社记者 王五 李四
# (2024年5月3日　本报记者 张三 is a date line; the names are not the article's text).
_REPORTER_CREDIT = re.compile(
    r"(?<![^\s|｜])[^\s|｜]{0,8}?(?:记者|記者|通讯员|通訊員)[ \u3000]{0,2}"
    r"(?:[\u4e00-\u9fff·]{2,4}(?=[\s|｜、，,/／]|$)[ \u3000、，,]{0,2}){1,3}"
    # "記者 林佳蓉／台北報導": where the reporter filed from
    r"(?:[/／][ ]?[\u4e00-\u9fff]{2,6}?(?:報導|报道|電|电)(?=\s|$))?"
)
# A reporter's byline naming the paper before the reporter's title: 江城晨报记者 林晓雯, 港灣日報記者
# 陳怡君／台北報導, 新华社记者 王五 李四 (a date may follow; 本报记者 names no paper).
_REPORTER_BYLINE = re.compile(
    r"(?P<outlet>[^\s|｜（(：:，,。]{2,12}?)(?:记者|記者|通讯员|通訊員)[ \u3000]{0,2}"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ \u3000、，,]{1,2}[\u4e00-\u9fff·]{2,4}){0,2})"
    r"(?:[/／][ ]?[\u4e00-\u9fff]{2,6}?(?:報導|报道|電|电))?(?=[\s|｜]|$)"
)
# A dateline on a line of its own naming the outlet that filed the story, with its reporter:
# 清溪网讯（记者 周沐阳）, 港灣日報訊, 江城台消息 (本报讯/本網訊 name no one).
_DATELINE_SOURCE = re.compile(
    # (a Latin or digit prefix may stand for the whole first part: ABC新闻讯, 3D财经网讯)
    r"(?!本)(?P<name>(?:[A-Za-z0-9]{1,6}(?=[\u4e00-\u9fff])[\u4e00-\u9fff]{0,12}?|[\u4e00-\u9fff]{1,12}?)(?:网|網|报|報|台|社|新闻|新聞|传媒|傳媒|融媒|资讯|資訊|头条|頭條|客户端|客戶端|APP|周刊|週刊|月刊|杂志|雜誌|频道|頻道|在线|在線))(?:讯|訊|消息)"
    r"(?:[ ]?[（(](?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[ \u3000]?(?P<reporter>[\u4e00-\u9fff·]{2,4}))?[^）)\n]{0,30}[）)])?"
)


_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_EMPTY_BRACKETS = re.compile(r"[（(][ \u3000]*[）)]")


def _opening_dateline(paragraph: str) -> str | None:
    """The outlet of a dateline that opens an article's first paragraph (东江晚报讯（记者 X）9月3日
    上午…, 港灣日報訊 昨日…), or ``None``. The dateline must be closed by its reporter bracket
    or a space or colon, so that a sentence opening "X台消息称" names no outlet."""
    m = _DATELINE_SOURCE.match(paragraph[:80])
    if m is None or m.end() >= len(paragraph):
        return None
    closed = paragraph[m.end() - 1] in "）)" or paragraph[m.end()] in " \u3000:："
    return m.group("name") if closed else None


# A page counter on an info line without a colon: 阅读 1.3万, 1,208 次浏览, "2,311 views", "4 min read".
_COUNTER = re.compile(
    r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊|播放|评论|評論|点赞|點讚|收藏)(?:量|数|數|次数|次數)?[ \u3000]{0,2}\d[\d,.]{0,12}[ ]?[万萬千kKwW]?\+?(?:次)?"
    r"|(?<![\d:：.,])\d[\d,.]{0,12}[ ]?[万萬千kKwW]?\+?[ \u3000]{0,2}(?:次)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|播放|(?i:views?|reads?)\b)"
    r"|\d{1,3}[ ]?(?i:min(?:ute)?s?[ ]read)\b"
)
# The printed page an e-paper or reader app gives on the info line: A3, B12, 第3版, A04版, "Page 5".
_PRINT_PAGE = re.compile(r"(?<![\w-])[A-H]\d{1,2}(?:版)?(?![\w-])|第[ ]?\d{1,3}[ ]?版|(?i:\bpage[ ]\d{1,3}\b)")
_FIELD_BREAK = re.compile(r"\s{2,}|[|｜\t\u3000]")
# "By X", and the credits line of a feature ("Words by X · Photographs by Y")
# (a blog's "Posted by X", a column's "Guest column by X", "Opinion by X")
_EN_BYLINE_LEAD = (
    r"(?:(?:Words|Text|Story|Written|Reporting|Reported|Interview|Posted|Hosted|Presented"
    r"|(?i:(?:guest[ ])?(?:column|post|essay|opinion|commentary|analysis|review)))\s{1,3})?[Bb]y\s{1,3}"
)
_BYLINE = re.compile(rf"{_EN_BYLINE_LEAD}[A-Z][^\n]{{0,80}}")
_BYLINE_LEAD = re.compile(rf"^{_EN_BYLINE_LEAD}")
# (文：X, 圖：Y: Hong Kong's and Taiwan's bylines print a colon where the mainland prints a slash)
_CN_BYLINE = re.compile(
    r"[（(]?(?:(?:文|图|撰文|撰稿|摄影|本报记者|记者|通讯员|作者)\s{0,2}[/／|｜ ]|(?:文|圖|图|攝影|摄影)\s{0,2}[:：])\s{0,2}[^\n]{1,40}"
)
_FILLER = re.compile(
    r"\b(?:updated|published|posted|last|modified|on|at|am|pm|utc|gmt|[ecmp][sd]?t|bst|cest|cet|hkt|sgt|jst|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b|星期[一二三四五六日天]|周[一二三四五六日]|北京时间|发布|更新",
    re.I,
)
_EDITOR_LINE = re.compile(
    r"[（(\[【]?\s{0,2}(?:责任编辑|责编|编辑|值班编辑|审核|审校|校对|监制|终审|初审|二审|三审|编审|"
    r"editor|edited by)\s{0,2}[:：]",
    re.I,
)
# The platform a public account publishes on, printed between a credit's label and the account's
# name (本文来自微信公众号：X, 转载自公众号“X”, 来源：头条号 X): the credit is the account's name.
# Simplified: lines and folded text are compared in Simplified characters.
ACCOUNT_PLATFORM = r"(?:微信公众号|微信公众平台|公众号|微信号|订阅号|服务号|头条号|百家号|企鹅号|大鱼号|网易号|搜狐号|澎湃号|一点号|视频号|微博)"
_CREDIT_CN = re.compile(
    r"[（(\[【]?\s{0,2}(?:本文|原文|文章|稿件|新闻|信息|内容)?"
    # (本文原载于X, 原文首发于X, 本文刊于X: where the text first ran, as 转载自X says; 本文来自X, but
    # not a line opening 来自…, a sentence about someone from somewhere)
    r"(稿件来源|来源|转载自|转自|出处|原载于?|原刊于|刊于|刊载于|刊登于|首发于|选自|摘自|(?<=本文|原文|文章|稿件|新闻|信息|内容)来自)"
    # a colon, or a bar or slash in its place (来源 | X, 来源丨X, 来源／X)
    r"\s{0,2}(?P<sep>[:：|｜丨/／]?)\s{0,2}"
    rf"(?:{ACCOUNT_PLATFORM}\s{{0,2}}[:：]?\s{{0,2}}(?=\S))?"
)
# ("Courtesy: X", "Courtesy of X": a copy's credit to its source, as "Source: X" is)
_CREDIT_EN = re.compile(
    # ("Source - X", "Source — X": a dash in the colon's place, spaced)
    r"(?:(sources?|credit|courtesy)(?:\s{0,2}[:|｜]|\s{1,2}[-–—](?=\s))|courtesy of|originally (?:published|appeared) (?:by|in|on|at)|"
    r"this (?:article|story) (?:was )?(?:originally |first )?(?:published|appeared) (?:by|in|on)|via)\s{1,3}",
    re.I,
)
# Words every credit line of _page_credits holds (source fields and attributions):
# 来源|来自|转载自|转自|出处|原载|刊于|首发于|选自|摘自|(?i:source|credit|courtesy|published|appeared|via), spelled so that the regex
# engine can skip to a possible first character (ſ is the one case twin among them).
_CREDIT_CUE = re.compile(
    r"[来转出原刊首选摘SsſCcPpAaVv](?:(?<=来)[源自]|(?<=转)载?自|(?<=出)处|(?<=原)[载刊]|(?<=刊)[于载登]|(?<=首)发于|(?<=[选摘])自|(?<=[Ssſ])(?i:ource)|(?<=[Cc])(?i:redit|ourtesy)|"
    r"(?<=[Pp])(?i:ublished)|(?<=[Aa])(?i:ppeared)|(?<=[Vv])(?i:ia))"
)
# A page's own statement that it copies with permission: 经北岭日报授权转载, 本文已获授权,
# 获北岭日报授权转载, "Reprinted with permission". Not 未经授权转载 (forbids, does not claim)
# nor 请获得授权 (asks).
_PERMISSION = re.compile(
    r"(?<![未非])经[^\n，,。；;！？]{0,30}?授权(?:转载|转发|发布|刊发|刊登|使用)"
    r"|已(?:获得?|取得)[^\n，,。；;]{0,20}?授权"
    r"|(?<![请需须应要])获得?[^\n，,。；;]{0,20}?授权(?:转载|转发|发布|刊发|刊登|使用)"
    # 本文由X授权发布: X gave its leave (a new user's trial, session 31)
    r"|(?<![未非])由[^\n，,。；;！？]{1,30}?授权(?:转载|转发|发布|刊发|刊登|使用)"
    r"|(?i:\b(?:reprinted|republished|reproduced|published|used|shared)\b[^\n.]{0,40}?\bwith\s(?:the\s)?"
    r"(?:kind\s|express\s|written\s)?permission\b|^licensed\s(?:content\s|material\s)?from\s"
    # "Used under licence from X", "Republished by arrangement with X" (a syndicated copy's line)
    r"|\b(?:reprinted|republished|reproduced|published|used|distributed|syndicated)\s(?:here\s)?under\s(?:a\s)?licen[cs]e\b"
    r"|\b(?:reprinted|republished|reproduced|published|used|distributed)\s(?:here\s)?by\s(?:special\s)?arrangement\swith\b)"
)
_MAX_PERMISSION_CLAIMS = 3
# Words every _PERMISSION line holds: text without them is not read line by line.
_PERMISSION_HINT = re.compile(r"授[权權]|(?i:permission|licensed (?:content |material )?from|under (?:a )?licen[cs]e|by (?:special )?arrangement)")
_EN_CREDIT_TAIL = re.compile(r"\s{1,3}on\s{1,3}\S[^\n]{0,100}$", re.I)
# A sentence after the credited name ("Source: X. Some stories on this site …"): the name ends at
# its full stop, unless what follows is its legal form ("X Co. Ltd").
_EN_CREDIT_SENTENCE = re.compile(r"\.\s{1,3}(?!(?:Ltd|Limited|Inc|Co|Corp|Bhd|Pty|LLC|PLC|Plc|GmbH)\b)[A-Z][a-z]")
# The licence a credit names after the source, and the address it prints ("Source: X, CC BY 4.0.
# https://…", "X (CC BY 4.0)", "X | CC BY-ND | https://…"): the name ends before them.
_EN_CREDIT_LICENCE = re.compile(
    r"[ ]{0,2}[,;|(\-–—]?[ ]{0,2}(?i:\bCC[ -](?:BY|0)\b|\bcreative commons\b|\bunder (?:a |the )?(?:CC|creative|licen[cs]e)|(?:https?://|www\.))"
)
_CREDIT_STRIP = " \t\u3000\"'“”‘’「」『』《》<>()（）[]【】.。,，;；:：!！"
_HEADER_LINES = 12


# English text hard-wrapped at a fixed width (wire copy, e-mail, a text export) prints one paragraph
# over several lines. A long line ending mid-sentence whose next line opens in lower case goes on
# there; a block between blank lines holding such a break whose lines all but the last fill the
# width (within _WRAP_RAGGED of the longest) is one paragraph, its other breaks included ("…an
# Information Supply" / "Agreement with …"). A list of headlines or fields breaks nowhere so. A
# block of more than _WRAP_MAX_LINES lines (a whole document printed without blank lines) stays
# as printed: its paragraphs cannot be told apart.
_WRAP_MAX_LINES = 16
_WRAP_MIN_CHARS = 40
_WRAP_RAGGED = 0.7
_WRAPPED_END = re.compile(r"[A-Za-z0-9,\-–—(\"'”’]\Z")
_WRAP_GOES_ON = re.compile(r"[a-z]")
_LINE_BREAK = re.compile(r"[\r\n]")


def _breaks_mid_sentence(line: str, after: str) -> bool:
    return len(line) >= _WRAP_MIN_CHARS and bool(_WRAPPED_END.search(line)) and bool(_WRAP_GOES_ON.match(after))


def _fills_width(block: Sequence[str]) -> bool:
    """Whether the lines of ``block`` (one run between blank lines) are one hard-wrapped English
    paragraph: one break falls mid-sentence and every line but the last fills the width."""
    widest = max(len(line) for line in block)
    return any(_breaks_mid_sentence(a, b) for a, b in zip(block, block[1:])) and all(
        len(line) >= max(_WRAP_MIN_CHARS, _WRAP_RAGGED * widest) for line in block[:-1]
    )


def _split_lines(text: str, *, unwrap: bool = False) -> list[_Line]:
    """The non-blank lines of ``text``, stripped, with their offsets. With ``unwrap`` (plain
    text), the lines of an English paragraph hard-wrapped at a fixed width are one line: its
    span covers the breaks and its text is that span with each line break read as a space, so
    an offset into the text is one into the span."""
    lines: list[_Line] = []
    block_starts: list[int] = []  # where each run between blank lines begins
    previous_end = -2
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            previous_end = -2
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        if previous_end != m.start() - 1:
            block_starts.append(len(lines))
        lines.append(_Line(start, start + len(stripped), stripped))
        previous_end = m.end()
    if not unwrap:
        return lines
    joined: list[_Line] = []
    for lo, hi in zip(block_starts, [*block_starts[1:], len(lines)]):
        block = lines[lo:hi]
        if len(block) > _WRAP_MAX_LINES:
            joined += block
            continue
        whole = _fills_width([line.text for line in block])
        joined.append(block[0])
        for line in block[1:]:
            last = joined[-1]
            if whole or _breaks_mid_sentence(last.text, line.text):
                joined[-1] = _Line(last.start, line.end, _LINE_BREAK.sub(" ", text[last.start : line.end]))
            else:
                joined.append(line)
    return joined


def _body_lines(text: str, *, keep_trailing_editor_lines: bool = False, unwrap: bool = False) -> list[_Line]:
    """The non-blank lines of ``text`` without the breadcrumbs that open the page and the
    editor lines that trail the article. The composition step then cuts the notice from their
    end (:func:`reprint_guard.notice.find._find_notice`), drops the editor lines before it and
    hands the rest to :func:`_lay_out`. ``unwrap``: see :func:`_split_lines`."""
    lines = _split_lines(text, unwrap=unwrap)

    # Breadcrumbs open the page.
    i = 0
    while i < len(lines) and i < 3 and _is_breadcrumb(lines[i].text):
        i += 1
    body = lines[i:]

    # Editor lines trail the article, before or after the notice (the notice wing, given
    # them, reads them as trailers after the notice).
    return body if keep_trailing_editor_lines else _drop_trailing_editor_lines(body)


def _lay_out(
    body: Sequence[_Line], *, known_title: str | None = None, not_a_title: Callable[[str], bool]
) -> _ParsedText:
    """Split the lines of an article (notice already cut) into body, title, date and credits.

    ``known_title`` (from HTML metadata) replaces the "short first line" guess: only a line
    matching it is taken as the title. ``not_a_title`` refuses a line as a guessed title (the
    composition step passes the notice wing's heading/disclaimer test). The result's
    ``notice_text`` is ``None``: the notice is the composition step's to fill in.
    """
    # Header: title, date/source lines, breadcrumbs left by the extractor.
    title: str | None = None
    guessed: int | None = None
    masthead: str | None = None
    meta = _Meta()
    header: list[str] = []
    j = 0
    if known_title is None and (above := _above_byline(body, not_a_title)) is not None:
        # Masthead or kicker, headline, "By X": the line over the byline is the headline, even
        # one that ends in a full stop, and the short lines over it are the page's, not the story's
        for k in range(above):
            header.append(body[k].text)
            if masthead is None and _is_masthead(body[k].text):
                masthead = body[k].text
        title, guessed, j = body[above].text, above, above + 1
        header.append(title)
    while j < len(body) and j < _HEADER_LINES:
        line = body[j].text
        if _is_breadcrumb(line) or _is_toolbar(line):
            pass  # the page's, not the story's: neither title nor text
        elif _parse_meta_line(line, meta):
            header.append(line)
        elif title is None and known_title is not None and _same_title(line, known_title):
            title = known_title
        elif (
            masthead is None and known_title is None and _is_masthead(line)
            and (title is not None or _headline_follows(body, j + 1, not_a_title))
        ):  # fmt: skip
            masthead = line  # the outlet's name above or under the headline
            header.append(line)
        elif masthead is not None and title is None and _PAGE_CODE.fullmatch(line):
            header.append(line)  # an e-paper's page under its masthead and date (A3, Page 5, 第05版)
        elif title is None and known_title is None and _looks_like_title(line, not_a_title):
            title, guessed = line, j
            header.append(line)
        else:
            break
        j += 1
    rest = body[j:]
    if not rest and guessed is not None:
        # A text that is one short line (a caption, a headline posted alone) is that line,
        # not a title over an empty body: it is then judged too short, not empty.
        rest = [body[guessed]]
        header.remove(body[guessed].text)

    # Credit lines anywhere in the body; a tool row under the text is the page's too.
    kept, found, found_source, printed = _split_credits([line for line in rest if not _is_toolbar(line.text)])
    credits = [*meta.sources, *found]
    source = meta.sources[0] if meta.sources else (found_source or masthead)

    return _ParsedText(
        text="\n".join(kept),
        title=title,
        date=meta.date,
        source=source,
        credits=tuple(dict.fromkeys(c for c in credits if c)),
        author=meta.authors[0] if meta.authors else None,
        header_lines=tuple(header),
        credit_lines=tuple(printed),
    )


_KICKER_CHARS = 40  # a masthead or section kicker over a headline


def _above_byline(body: Sequence[_Line], not_a_title: Callable[[str], bool]) -> int | None:
    """The index of the headline when a byline ("By X") is the second, third or fourth line
    and every line above the headline is short and title-like (a masthead, a kicker); ``None``
    otherwise. The headline may end in a full stop ("… Isn't Priced for It.")."""
    by = next((k for k in range(1, min(len(body), 4)) if _BYLINE.fullmatch(body[k].text) and not body[k].text.rstrip().endswith(".")), None)
    if by is None:
        return None
    head = body[by - 1].text
    if not _looks_like_title(head.rstrip(".") if head.isascii() else head, not_a_title):
        return None
    if not all(len(body[k].text) <= _KICKER_CHARS and _looks_like_title(body[k].text, not_a_title) for k in range(by - 1)):
        return None
    return by - 1


def _is_breadcrumb(line: str) -> bool:
    if len(line) > 200:
        return False
    if _BREADCRUMB_LABEL.match(line) or _BREADCRUMB_HOME.match(line):
        return True
    items = _BREADCRUMB_SEP.split(line)
    if len(items) == 2:
        # a site and its section ("青山新闻网 > 社会", "News › Local"): short names, no figures, and
        # an arrow set apart from them ("GDP>6%" compares)
        return (
            _BREADCRUMB_ARROW.search(line) is not None
            and all(
                0 < len(item) <= 30 and len(item.split()) <= 4 and (len(item) <= 12 or " " in item)
                and not _SENTENCE_MARKS.search(item) and not any(ch.isdigit() for ch in item)
                for item in items
            )
        )  # fmt: skip
    return len(items) >= 3 and all(0 < len(item) <= 20 and "。" not in item for item in items)


def _find_date(line: str) -> tuple[str, int, int] | None:
    """The first calendar date in ``line`` as ``(iso, start, end)``; full-width digits too, and
    a Minguo year after 民國 (民國114年3月14日 → ``2025-03-14``)."""
    s = line.translate(_DIGITS)
    candidates = []
    for pattern, order in ((_NUM_DATE, "ymd"), (_ROC_DATE, "roc"), (_EN_DATE_MDY, "mdy"), (_EN_DATE_DMY, "dmy")):
        m = pattern.search(s)
        if m is None:
            continue
        a, b, c = m.groups()
        try:
            if order == "ymd":
                y, mo, d = int(a), int(b), int(c)
            elif order == "roc":
                y, mo, d = _ROC_EPOCH + int(a), int(b), int(c)
            elif order == "mdy":
                y, mo, d = int(c), _MONTHS[a[:3].lower()], int(b)
            else:
                y, mo, d = int(c), _MONTHS[b[:3].lower()], int(a)
            iso = _dt.date(y, mo, d).isoformat()
        except (ValueError, KeyError):
            continue
        candidates.append((m.start(), m.end(), iso))
    if not candidates:
        return None
    start, end, iso = min(candidates)
    return iso, start, end


def _meta_fields(line: str) -> list[tuple[str, str, int, int]]:
    """``(label, value, start, end)`` for each ``label：value`` field in a line."""
    matches = list(_META_LABEL.finditer(line))
    fields = []
    for k, m in enumerate(matches):
        stop = matches[k + 1].start() if k + 1 < len(matches) else len(line)
        brk = _FIELD_BREAK.search(line, m.end(), stop)
        value_end = brk.start() if brk and brk.start() > m.end() else stop
        if brk and brk.start() == m.end():  # "来源：  X": skip the gap, then read the value
            nxt = _FIELD_BREAK.search(line, brk.end(), stop)
            value_end = nxt.start() if nxt else stop
        value = line[m.end() : value_end].strip()
        fields.append((m.group(1), value, m.start(), value_end))
    return fields


def _residual_text(line: str, spans: Iterable[tuple[int, int]]) -> str:
    """``line`` with the spans and filler words (updated, 星期一 …) blanked, spaces collapsed."""
    chars = list(line)
    for start, end in spans:
        for k in range(start, min(end, len(chars))):
            chars[k] = " "
    return re.sub(r"\s+", " ", _FILLER.sub(" ", "".join(chars)))


def _residual_letters(line: str, spans: Iterable[tuple[int, int]]) -> int:
    return sum(1 for ch in _residual_text(line, spans) if ch.isalnum())


# A public account's article header (WeChat and its copies): [原创] author account date [time].
_ACCOUNT_HEADER = re.compile(
    r"(?:(?:原创|原創)[ \u3000]{1,3})?(?P<author>[^\s，。、：:]{2,20})[ \u3000]{1,3}(?P<account>[^\s，。、：:\d]{2,30})[ \u3000]{1,3}"
    r"(?P<date>(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日))(?:[ \u3000]{1,3}\d{1,2}:\d{2})?"
)


def _parse_meta_line(line: str, meta: _Meta) -> bool:
    """If ``line`` is a date/source/author line, record what it says and return True.

    A line qualifies when, once its date, times and ``label：value`` fields are taken out,
    at most four letters or digits remain: "2023/05/06/ 09:30 来源:山城网" does, the
    headline "2023年5月6日山城新增茶园三千亩" does not.
    """
    if len(line) > 150:
        return False
    dateline = _DATELINE_SOURCE.fullmatch(line)
    dated = None
    if dateline is None and ("讯" in line or "訊" in line or "消息" in line) and (dated := _find_date(line)) is not None:
        # 2025年3月14日 临江晚报讯, 临江晚报讯（2025年3月14日）, 2025-03-14 10:20 港灣日報訊: the dateline
        # with its date
        rest = _CLOCK.sub(" ", line[: dated[1]] + " " + line[dated[2] :])
        dateline = _DATELINE_SOURCE.fullmatch(_EMPTY_BRACKETS.sub("", rest).strip(" \u3000"))
    if dateline:  # 清溪网讯（记者 周沐阳）: the outlet that filed the story
        meta.sources.append(dateline.group("name"))
        if dateline.group("reporter"):
            _add_author(meta, dateline.group("reporter"))
        dated = dated or _find_date(line)  # 临江晚报讯（2025年3月14日）
        if dated is not None and meta.date is None:
            meta.date = dated[0]
        return True
    if _BYLINE.fullmatch(line) and not line.rstrip().endswith("."):
        named = _BYLINE_LEAD.sub("", line)
        _add_author(meta, named)
        # "By Samuel Okafor, Riverbend Review, 3 August 2024": the outlet after the name
        outlet = next(
            (f for f in re.split(r"\s*[,，|｜·•]\s*", named)[1:3] if _is_masthead(f) and not _JOB_TITLE.fullmatch(f)), None
        )  # ("By Jo Pemberton, Staff Reporter": the writer's job, not an outlet)
        if outlet is not None:
            meta.sources.append(outlet)
        found = _find_date(line)  # "By Hannah Cole, 14 March 2024": the byline is the date line
        if found is not None and meta.date is None:
            meta.date = found[0]
        return True
    if _reporter_byline(line, meta):
        return True
    named = _SECTION_BYLINE.fullmatch(line) or _NAME_ROLE_BYLINE.fullmatch(line) or _POSTED_BYLINE.fullmatch(line)
    if named:  # "OPINION | Jane Doe", "Jane Doe | Contributor | May 6, 2024", 林晓舟 发表于 2024-05-06
        _add_author(meta, named.group("name"))
        found = _find_date(line)
        if found is not None and meta.date is None:
            meta.date = found[0]
        return True
    header = _ACCOUNT_HEADER.fullmatch(line)
    dated = _find_date(header.group("date")) if header else None
    if header and dated is not None and all(
        re.search(r"[\u3400-\u9fff]", header.group(g)) for g in ("author", "account")
    ):  # Chinese names: "Log in 2024-06-03" is an account link and a date
        # a public account's article header: 原创 林小鹿 绿野观察 2026-12-01 08:00
        _add_author(meta, header.group("author"))
        meta.sources.append(header.group("account"))
        if meta.date is None:
            meta.date = dated[0]
        return True
    if _CN_BYLINE.fullmatch(line) and "。" not in line and len(line) <= 40:
        m = _CN_AUTHOR_BYLINE.match(line)
        if m:
            _add_author(meta, line[m.end() :])
        found = _find_date(line)  # 本报记者 张三 2024年5月3日
        if found is not None and meta.date is None:
            meta.date = found[0]
        return True
    found = _find_date(line)
    fields = _meta_fields(line)
    if found is None and not fields:
        return False
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in _TIME.finditer(line.translate(_DIGITS))]
    spans.extend((m.start(), m.end()) for m in _REPORTER_CREDIT.finditer(line))
    spans.extend((m.start(), m.end()) for m in _COUNTER.finditer(line))
    spans.extend((m.start(), m.end()) for m in _PRINT_PAGE.finditer(line))
    # a tool row's buttons closing the date line (…作者：X　【字体：大 中 小】【打印】): no field's words
    spans.extend((m.start(), m.end()) for m in _TOOL_WORD.finditer(line) if m.start() == 0 or line[m.start() - 1] in "【[(（\u3000 |｜")
    if found is not None:
        spans.append((found[1], found[2]))
    spans.extend((start, end) for _, _, start, end in fields)
    # a byline closing a date line: "2024-05-06 09:30 文 / 顾南溪", "May 6, 2024 · Words by X"
    byline = _BYLINE_AFTER.search(line) if found is not None and not any(
        label.lower() in _AUTHOR_LABELS for label, _, _, _ in fields) else None
    if byline is not None:
        spans.append((byline.start(), byline.end()))
    outlet = _residual_text(line, spans).strip(" \t\u3000|｜/／·-—")
    if _residual_letters(line, spans) > 4:
        # a date line naming the outlet (2024年11月15日 北方都市报): the name is its source
        if found is None or not _is_masthead(outlet):
            return False
        meta.sources.append(outlet)
    elif found is not None and outlet and _is_masthead(outlet):
        meta.sources.append(outlet)  # a short one (2024年8月12日 港灣日報 記者 …)
    if found is not None and meta.date is None:
        meta.date = found[0]
    if byline is not None:
        _add_author(meta, byline.group("name"))
    for label, value, _, _ in fields:
        if label.lower() in _SOURCE_LABELS:
            name = _clean_credit(value)
            if name:
                meta.sources.append(name)
        elif label.lower() in _AUTHOR_LABELS:
            _add_author(meta, value)
        elif meta.date is None and label.lower() not in (*_AUTHOR_LABELS, "记者", "本报记者", "通讯员"):
            got = _find_date(value)
            if got:
                meta.date = got[0]
    return True


def _reporter_byline(line: str, meta: _Meta) -> bool:
    """If ``line`` is a reporter's byline naming the paper (``江城晨报记者 林晓雯 2025年3月18日``,
    ``港灣日報記者 陳怡君``), maybe with a date and time after it, record the paper as the source,
    the first reporter as the author and the date, and return True. 本报记者 X gives the author
    and date only; a prefix that is no outlet's name (a sentence's words) is not read here."""
    m = _REPORTER_BYLINE.match(line)
    if m is None:
        return False
    outlet = m.group("outlet")
    own = outlet in _SELF_REFERENCES  # 本报记者 张三: "this paper", named elsewhere
    if not (own or _is_masthead(outlet) or outlet.endswith(("社", "台"))):
        return False  # 他告诉记者 王五…: no paper names the reporter
    rest = line[m.end() :]
    found = _find_date(rest)
    spans = [(mt.start(), mt.end()) for mt in _TIME.finditer(rest.translate(_DIGITS))]
    if found is not None:
        spans.append((found[1], found[2]))
    if _residual_letters(rest, spans) > 0:
        return False
    if not own:
        meta.sources.append(outlet)
    _add_author(meta, re.split(r"[ \u3000、，,]", m.group("names"))[0])
    if found is not None and meta.date is None:
        meta.date = found[0]
    return True


_SELF_REFERENCES = frozenset(("本报", "本報", "本网", "本網", "本站", "本刊", "本台", "本社"))
_CLOSING_LINES = 4
"""How many of an article's last lines a reporter credit closing it (楚望新闻记者 X) may sit in."""


def _closing_byline(text: str) -> str | None:
    """The reporter named by a credit line among the last lines of an article's text (X记者 张三,
    本报记者 李四 on a line of their own, as news apps print it under the text instead of under
    the headline), or ``None``. A fallback for a page whose header names no author."""
    meta = _Meta()
    for line in _split_lines(text)[-_CLOSING_LINES:]:
        m = _REPORTER_CREDIT.fullmatch(line.text)
        if m is not None:
            names = line.text[re.search(r"记者|記者|通讯员|通訊員", line.text).end() :]
            _add_author(meta, names.strip().split()[0] if names.strip() else "")
            if meta.authors:
                return meta.authors[0]
    return None


_AUTHOR_LABELS = ("作者", "博主", "撰文", "撰稿", "author", "by", "written by")
_CN_AUTHOR_BYLINE = re.compile(r"[（(]?(?:(?:文|撰文|撰稿|作者)\s{0,2}[/／|｜ ]|文\s{0,2}[:：])\s{0,2}")
_BYLINE_AFTER = re.compile(
    # ("2025-05-14 By staff, X": a newsroom's staff credit, in small letters)
    rf"(?:(?<=[\s|｜·•])|^)(?:(?:文|撰文)\s{{0,2}}[/／|｜:：]\s{{0,2}}|{_EN_BYLINE_LEAD}(?=[A-Z]|(?:staff|our|the)\b))"
    r"(?P<name>[^\n]{1,80})$"
)


# A person's name in Latin letters: two to four capitalised words, name particles between them
# (Mary-Kate Van der Berg, Tomás O'Reilly, Li Wen-hsin).
_EN_PERSON = r"[A-Z][\w'’.-]{0,20}(?:[ ](?:(?:van|von|der|den|de|da|del|di|la|le|bin|al|el|dos|du)[ ])*[A-Z][\w'’.-]{0,20}){1,3}"
# A column's section word, then the writer: "OPINION | Jane Doe", "Guest column: Jane Doe · May 6".
# Only a "|", "·" or "•" may follow the name, so "Opinion: Higher Taxes, Fewer Jobs" is a headline.
_SECTION_BYLINE = re.compile(
    r"(?i:opinion|commentary|analysis|column|guest[ ]column|guest[ ]opinion|op-ed|essay|perspective|viewpoint)"
    rf"[ ]{{0,2}}[|｜:·•—–][ ]{{0,2}}(?P<name>{_EN_PERSON})(?:[ ]{{0,2}}[|｜·•][^\n]{{0,60}})?"
)
# The writer, then their role: "Jane Doe | Contributor | May 6, 2024", "Jane Doe, Guest Columnist".
_NAME_ROLE_BYLINE = re.compile(
    rf"(?P<name>{_EN_PERSON})[ ]{{0,2}}[|｜,·•—–][ ]{{0,2}}"
    r"(?:(?:Guest|Opinion|Freelance|Special|Staff|Contributing|Senior)[ ])?(?:Contributor|Columnist|Correspondent|Writer|Journalist|Reporter|Blogger)s?"
    r"(?:[ ]{0,2}[|｜·•,][^\n]{0,40})?"
)
# A forum's or blog's post header: 林晓舟 发表于 2024-05-06 10:20
_POSTED_BYLINE = re.compile(
    r"(?P<name>[^\s，。、：:|｜]{2,20})[ \u3000]{1,3}(?:(?:发表于|發表於|发布于|發佈於|發布於)[ \u3000]{0,2}[:：]?[ \u3000]{0,2}(?:19|20)\d{2}[^\n]{0,30}"
    # a blog platform's "X 于 2024-03-02 10:00:00 发布" / "X 已于 2024-03-05 修改"
    r"|已?[于於][ \u3000]{0,2}(?:19|20)\d{2}[\d\-/.年月日: \u3000]{2,24}?(?:发布|發佈|發布|发表|發表|修改|更新)[^\n]{0,40})"
)


# A pupil's class printed before their name on a school's page: 八年二班, 高二（3）班, 七年級甲班
_SCHOOL_CLASS = re.compile(
    r"^(?:[一二三四五六七八九]年[级級]?|高[一二三]|初[一二三]|国[一二三]|國[一二三])[（(]?[\d一二三四五六七八九十甲乙丙丁忠孝仁爱愛信义義和平]{1,2}[)）]?班[ \u3000]{0,2}(?=\S)"
)


def _add_author(meta: _Meta, value: str) -> None:
    """Record a byline's name: the first of several (张三 李四), without brackets or a trailing
    role (记者, 报道), at most 40 characters. A date after the name (作者：冯远山 2024-02-19) ends it."""
    found = _find_date(value)
    if found is not None and found[1] > 0:
        value = value[: found[1]]
    value = _SCHOOL_CLASS.sub("", value.strip(" \t\u3000"))  # 作者：八年二班 洪品妍: a pupil's class before the name
    name = re.split(r"\s{2,}|[,，、;；|｜/（(）)】\]\u3000]|\s[·•](?:\s|$)|\s(?:and|&)\s", value.strip(" \t\u3000()（）[]【】"), maxsplit=1)[0].strip()
    name = re.sub(r"(?i)\s(?:on|at|updated|published)$", "", name)  # "Posted by Jane Doe on May 1, 2024"
    name = re.sub(r"(?:记者|通讯员|报道|撰稿|摄)$", "", name).strip()
    if 1 < len(name) <= 40 and not re.search(r"[。！？!?:：]|\d{4}", name) and not _NO_PERSON.fullmatch(name):
        meta.authors.append(name)


# A byline naming no person: "By staff", "by our reporter", "by the Associated Press" (an agency
# is the story's source, not its author).
_NO_PERSON = re.compile(r"(?i:staff|(?:our|the|a)\b.*)")


# A masthead: the outlet's name printed alone on a line above or under the headline of a
# plain-text page (a print or e-paper copy): a Chinese name ending in a media word, maybe with an
# edition (香港版, 数字报, AMP), or a short Latin name ending in one or in capitals only.
_MASTHEAD = re.compile(
    r"(?:(?:[A-Za-z0-9]{1,6}(?=[\u4e00-\u9fff])[\u4e00-\u9fff]{0,12}|[\u4e00-\u9fff]{1,12})"
    r"(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|报|報|网|網|新闻|新聞|周刊|週刊|月刊|杂志|雜誌|电视台|電視台|"
    r"电台|電台|广播|廣播|通讯社|通訊社|传媒|傳媒|在线|在線|频道|頻道|融媒体中心|融媒體中心|融媒中心|融媒体|融媒體|融媒|新闻中心|新聞中心|传媒中心|傳媒中心|"
    # brand nouns of news sites and apps: 云岭资讯, 维港观察, X头条, X新媒体, X财经, X之声
    r"资讯|資訊|头条|頭條|观察|觀察|新媒体|新媒體|财经|財經|视界|視界|视点|視點|之声|之聲|快讯|快訊|日刊|季刊|文摘|报道者|報導者|"
    # the publisher's own name: 溪州日报社, X杂志社, X传媒集团, X传媒（集团）股份有限公司
    r"报社|報社|杂志社|雜誌社|出版社|集团|集團|(?:（集团）|（集團）)?(?:股份)?有限公司)"
    r"(?:[ ]?(?:[\u4e00-\u9fff]{1,3}版|数字报|數位版|电子版|電子版|AMP|客户端|客戶端))?"
    r"|(?:The[ ])?(?:[A-Z][\w'&.-]*[ ]){0,3}"
    r"(?:Times|Post|News|Journal|Herald|Tribune|Today|Review|Daily|Weekly|Gazette|Insider|Chronicle|Observer|"
    r"Echo|Express|Standard|Mail|Telegraph|Star|Press|Record|Courier|Monitor|Dispatch|Bulletin|Magazine|Radio|Television|TV|"
    r"Ledger|Sentinel|Register|Examiner|Enquirer|Inquirer|Citizen|Leader|Globe|Mirror|Advertiser|Argus|Beacon|Banner|"
    r"Bee|Eagle|Independent|Voice|Reporter|Report|Messenger|Pioneer|Gleaner|Clarion|Guardian|Sun|Recorder|Statesman|Spectator|"
    r"Courant|Current|Sentinel|Gazette|Packet|Signal|Telegram|Tribune|Union)"
    r"(?:[ ](?:—|-|–)[ ](?:Print|Online|Digital|Weekend)[ ]edition)?"
    r"|(?:[A-Z][A-Z'&.-]+[ ]?){1,4}"
    # one name in two languages: 維港觀察 Harbour Watch
    r"|(?:[A-Za-z0-9]{1,6}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{2,10}[ ][A-Z][\w'&.-]*(?:[ ][A-Z][\w'&.-]*){1,3})"
)


# A writer's job title after the name in a byline: "Staff Reporter", "Senior Business Writer",
# "Chief Political Correspondent" (a masthead noun such as Reporter or Record ends some of them).
_JOB_TITLE = re.compile(
    r"(?:(?:Staff|Senior|Chief|Junior|Special|Political|Business|Sports?|Science|Health|Education|Crime|Court|City|Local"
    r"|Environment(?:al)?|Foreign|Economics?|Technology|Tech|Arts|Culture|Features?|News|Investigative|Data|Visual"
    r"|Contributing|Managing|Deputy|Associate|Assistant|Executive|General|Digital|Regional|Community|Breaking)[ ]){1,3}"
    r"(?:Reporter|Writer|Correspondent|Editor|Columnist|Contributor|Photographer|Journalist|Producer|Intern)s?"
)


def _is_masthead(line: str) -> bool:
    """Whether ``line`` is an outlet's name printed alone (see :data:`_MASTHEAD`)."""
    return len(line) <= 40 and _MASTHEAD.fullmatch(line.strip()) is not None


# A print page's number or section code printed alone under an e-paper copy's masthead and date.
_PAGE_CODE = re.compile(r"[A-Z]{1,2}[ ]?\d{1,3}|(?i:page|p\.)[ ]?[A-Z]?\d{1,3}|第[ ]?[A-Z]?\d{1,3}[ ]?版|[A-Z]?\d{1,3}[ ]?版")


def _headline_follows(body: Sequence[_Line], k: int, not_a_title: Callable[[str], bool]) -> bool:
    """Whether the headline comes at line ``k``, or after a date line and a page code there (an
    e-paper's text copy: masthead, "5 Sep 2024", "A3", headline)."""
    first = k
    for _ in range(2):
        if k < len(body) and (_PAGE_CODE.fullmatch(body[k].text.strip()) or _date_alone(body[k].text)):
            k += 1
    if k < len(body) and k > first and _parse_meta_line(body[k].text, _Meta()):
        return False  # a credit or byline line under the date is no headline (城南新闻 / date / 记者 X)
    return k < len(body) and _headline_after_masthead(body[k].text, not_a_title)


# (one run of separators around the weekday: two adjacent runs would backtrack quadratically)
_WEEKDAY = re.compile(r"[\s,，、.()（）]*(?:(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|星期[一二三四五六日天]|周[一二三四五六日]|週[一二三四五六日])[\s,，、.()（）]*)?")


def _date_alone(line: str) -> bool:
    """Whether ``line`` is a date and at most a weekday ("Tuesday, March 4, 2025", 2025年3月14日 星期五)."""
    found = _find_date(line) if len(line) <= 40 else None
    if found is None:
        return False
    _, start, end = found
    s = line.translate(_DIGITS)
    return _WEEKDAY.fullmatch(s[:start]) is not None and _WEEKDAY.fullmatch(s[end:]) is not None


def _headline_after_masthead(line: str, not_a_title: Callable[[str], bool]) -> bool:
    """Whether the line under a masthead is the headline (a bracketed credit line such as
    （X记者 Y 报道） is not)."""
    return not line.startswith(("（", "(")) and _find_date(line) is None and _looks_like_title(line, not_a_title)


def _looks_like_title(line: str, not_a_title: Callable[[str], bool]) -> bool:
    # 60 Chinese characters is a long headline; an English one runs to twice as many letters
    limit = 120 if line.startswith(("【", "[")) or line.isascii() else 60
    if not 2 <= len(line) <= limit or "。" in line:
        return False
    if line[-1] in _SENTENCE_END:
        return False
    if not_a_title(line):
        return False
    return sum(1 for ch in line if ch.isalnum()) >= 2


# [^\W_] is exactly str.isalnum(), at C speed (a giant one-paragraph page has a line of
# megabytes, compared with the title several times).
_NOT_ALNUM = re.compile(r"(?:[\W_])+")  # verify._NOT_ALNUM, compiled apart


def _title_key(s: str) -> str:
    return _NOT_ALNUM.sub("", s.casefold())


def _same_title(line: str, title: str) -> bool:
    a, b = _title_key(line), _title_key(title)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short) and len(short) >= 0.5 * len(long_) and len(short) >= 4


# Share and tool widgets that follow a credit on one line: "来源：西部资讯网 分享到：微信 微博".
_WIDGET = re.compile(r"分享到|分享|收藏|打印|扫一扫|关注我们|【?\s{0,2}字[号体]|(?i:share\b)")


# An account id in brackets after a public account's name: （ID：x）, (微信号：x), （公众号ID: x）.
_ACCOUNT_ID = re.compile(r"\s{0,2}[（(]\s{0,2}(?:微信号|公众号\s{0,2}ID|公眾號\s{0,2}ID|(?i:wechat\s{0,2}id|id))\s{0,2}[:：]")


def _clean_credit(value: str) -> str | None:
    found = _find_date(value)  # "来源：X 2021-10-28": the date is not part of the name
    if found is not None:
        value = value[: found[1]]
    widget = _WIDGET.search(value)
    if widget is not None:
        value = value[: widget.start()]
    account = _ACCOUNT_ID.search(value)
    if account is not None and account.start() > 0:
        value = value[: account.start()]  # 湘南青年说（ID：xnqn）: the account's name, not its id
    value = value.strip(_CREDIT_STRIP)
    for opener, closer in (("(", ")"), ("（", "）")):
        if value.count(opener) > value.count(closer):
            value += closer  # the bracket closing a remark the strip took ("Eastbank wire (not X)")
    if value[:1] and "\u4e00" <= value[0] <= "\u9fff" and len(value.split()) > 1:
        # A Chinese outlet name has no spaces: "西部资讯网 微信 微博" ends at its name; but a
        # first part of at most two characters is no name yet ("南川 晨报": a space typed or
        # inserted inside it), so the Han words after it join it.
        words = value.split()
        name = words[0]
        for word in words[1:]:
            if len(name) > 2 or len(word) > 6 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
                break
            name += word
        value = name
    value = " ".join(value.split())
    if not value or len(value) > 60 or not any(ch.isalnum() for ch in value):
        return None
    return value


def _split_credits(lines: Sequence[_Line]) -> tuple[list[str], list[str], str | None, list[str]]:
    """``(other lines' texts, credited names, first 来源/Source name, credit lines' texts)`` of
    ``lines``, in order: a credit line (see :func:`_credit_line`) is an attribution, not article
    text."""
    kept: list[str] = []
    credits: list[str] = []
    printed: list[str] = []
    source = None
    for line in lines:
        credit = _credit_line(line.text)
        if credit is None:
            kept.append(line.text)
            continue
        label, name = credit
        credits.append(name)
        printed.append(line.text)
        if source is None and label.lower() in _SOURCE_LABELS:
            source = name
    return kept, credits, source, printed


_CREDIT_LINE_CHARS = 80
_PRINTED_ADDRESS = re.compile(r"(?i:https?://)[^\s<>\"]{1,300}")


def _credit_line(line: str) -> tuple[str, str] | None:
    """``(label, name)`` when the whole line is an attribution such as ``（来源：新华社）``: at most
    80 characters, a printed address not counted ("Source: X, CC BY 4.0. https://…")."""
    if len(line) > _CREDIT_LINE_CHARS and len(_PRINTED_ADDRESS.sub("", line)) > _CREDIT_LINE_CHARS:
        return None
    # Traditional words read as Simplified (轉載自 as 转载自); the name is taken as printed
    # (the fold is one character for one, so offsets agree)
    m = _CREDIT_CN.match(_t2s_line(line))
    if m:
        if m.group(1) in ("来源", "稿件来源", "出处") and not m.group("sep"):
            return None  # "来源于…" opens a sentence, not a credit
        rest = line[m.end() :]
        # Only the name: up to a clause break ("转载自X，有删改") or the next field.
        clause = min((k for k in (rest.find(c) for c in "，。；") if k > 0), default=len(rest))
        rest = rest[:clause]
        nxt = _META_LABEL.search(rest)
        if nxt:
            rest = rest[: nxt.start()]
        brk = _FIELD_BREAK.search(rest)
        if brk and brk.start() > 0:
            rest = rest[: brk.start()]
        name = _clean_credit(rest)
        label = "来源" if m.group(1) in ("来源", "稿件来源", "出处") else m.group(1)
        return (label, name) if name else None
    m = _CREDIT_EN.match(line)
    if m:
        rest = line[m.end() :]
        sentence = _EN_CREDIT_SENTENCE.search(rest)
        rest = _EN_CREDIT_TAIL.sub("", rest[: sentence.start()] if sentence else rest)
        licence = _EN_CREDIT_LICENCE.search(rest)
        rest = rest[: licence.start()] if licence and licence.start() > 0 else rest
        name = _clean_credit(rest)
        if not name:
            return None
        label = "source" if m.group(1) and m.group(1).lower().startswith("source") else "credit"
        return label, name
    return None


# A page's tool row printed as text (old table layouts and print templates): [友善列印] [轉寄]
# [RSS] 分享到：Facebook Plurk, 列印 | 轉寄 | RSS訂閱 | 字體：大 中 小, 【字体：大 中 小】【打印】【关闭】,
# "Print | Email | RSS | Text size: A A A". Its buttons, each a word a reader clicks; what is
# left between them must be separators only (see _is_toolbar). Longer words first, so that
# 打印本页 is one button, not 打印 and 本页.
_TOOL_WORD = re.compile(
    r"(?:字[体體号號型]|文字|(?<![A-Za-z])(?i:text|font)[ ]?size)[ ]?[:：]?(?:[ \u3000]{0,2}[【\[(（]?(?:[大中小]|特大|A[+-]?|[+-])[】\])）]?){1,4}"
    r"|友善列印|列印本頁|列印此頁|列印|打印本[页頁]|打印此[页頁]|打印|[关關]闭(?:窗口|本[页頁]|视窗|視窗)?|關閉(?:視窗|本頁)?"
    r"|(?:转寄|轉寄|推薦|推荐|寄给|寄給)(?:好友|朋友|此文|本文)?|(?:RSS|rss)(?:订阅|訂閱)?|订阅|訂閱|加入(?:书签|書籤|收藏|最愛|我的最愛)|收藏本文|收藏"
    r"|(?:我要|发表|發表|查看)?(?:评论|評論|回应|回應)|分享到|分享至|分享|复制链接|複製連結|返回(?:顶部|頂部|首页|首頁|列表)|回到(?:顶部|頂部|首頁|首页)|[上下]一[篇页頁]"
    r"|[纠糾][错錯]|(?:新浪)?微博|微信|朋友圈|QQ空间|QQ空間|QQ|人人网|開心網|开心网|豆瓣|噗浪"
    r"|(?i:(?<![A-Za-z])(?:facebook|twitter|plurk|line|linkedin|whatsapp|telegram|reddit|weibo|print(?:[ ]this(?:[ ]page|[ ]article)?|er[ ]friendly)?|e-?mail(?:[ ]this(?:[ ]article|[ ]story)?)?|share(?:[ ]this)?|save|bookmark|comments?|tweet|reprints?|rss)(?![A-Za-z]))"
)
_TOOL_SEPARATORS = frozenset(" \t\u3000|｜/／·•-—[]【】()（）<>〈〉《》:：,，、")
_TOOLBAR_CHARS = 160


def _is_toolbar(line: str) -> bool:
    """Whether ``line`` is a page's tool row printed as text (print, e-mail, share, text size
    buttons; see :data:`_TOOL_WORD`): at most 160 characters holding two or more buttons and
    nothing but separators between them. A sentence that names a button ("请点击打印") is not."""
    if len(line) > _TOOLBAR_CHARS:
        return False
    words = 0
    last = 0
    for m in _TOOL_WORD.finditer(line):
        if any(ch not in _TOOL_SEPARATORS for ch in line[last : m.start()]):
            return False
        words += 1
        last = m.end()
    return words >= 2 and all(ch in _TOOL_SEPARATORS for ch in line[last:])


def _is_editor_line(line: str) -> bool:
    # (read in Simplified: 責任編輯：X is 责任编辑：X; a wire's tag with its date code, （編輯：X）1140314, too)
    return len(line) <= 60 and _EDITOR_LINE.match(_t2s_line(line)) is not None


# A correction or update note the outlet prints under its story ("Correction: An earlier version
# of this story …", 【更正】…): the page's note on the story, not its text. A copy taken before the
# note, or without it, is still the story (a new user's trial, session 25: such a verbatim copy
# came out edited).
_CORRECTION_NOTE = re.compile(
    r"[（(\[【*_]{0,2}\s{0,2}(?:(?i:corrections?|clarifications?|correction appended|editor'?s'? note|updates?|updated)"
    r"|更正|更正声明|更正聲明|更正说明|更正說明|更正启事|更正啟事|勘误|勘誤|订正|訂正)"
    # (a label in brackets needs no colon: 【更正】…)
    r"(?:\s{0,2}[】\])][*_]{0,2}\s{0,2}[:：.\-–—]?|[*_]{0,2}\s{0,2}[:：.\-–—])"
)
_CORRECTION_CHARS = 400
# Not a date's word: what follows "originally published on|in" must be a place's name, not "March 3"
# or "Monday" (an update note's date).
NOT_A_DATE = (
    r"(?!(?i:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\b)"
)
# An editor's note that says where the story ran first and on whose leave ("Editor's note: This
# piece is republished from X under a content-sharing agreement", 编者按：本文经X授权转载) is the
# licensed copy's credit, a notice naming its rights holder, not a note on the story.
_NOTE_OF_ORIGIN = re.compile(
    r"(?i:editor'?s'? note)[^\n]{0,40}?(?i:\b(?:re-?published|reprinted|reproduced)\b"
    rf"|\b(?:originally|first) (?:published|appeared|ran) (?:on|in|by) (?:the )?{NOT_A_DATE}(?-i:[A-Z])"
    r"|\bwith (?:the )?(?:kind |express |written )?permission\b|\bcourtesy of\b)"
)


def is_correction_note(line: str) -> bool:
    """Whether ``line`` is a correction or update note under a story (:data:`_CORRECTION_NOTE`);
    an editor's note of the story's origin (:data:`_NOTE_OF_ORIGIN`) is not one."""
    return len(line) <= _CORRECTION_CHARS and _CORRECTION_NOTE.match(line) is not None and _NOTE_OF_ORIGIN.match(line) is None


def _drop_trailing_editor_lines(lines: Sequence[_Line]) -> list[_Line]:
    """``lines`` without the editor lines (责任编辑：X, "Edited by X"), correction notes
    (:data:`_CORRECTION_NOTE`) and a sign-off (the issuer's name over a date or a dated byline,
    a press release's 新聞局 / 2025年4月1日, or a date alone) that close them. (A labelled line
    alone, 更新时间 2024-08-01 10:30, stays.)"""
    out = list(lines)
    if out:
        # a wire's editor tag glued to the last paragraph (…的餐桌。（編輯：陳怡如）1140314): no sentence of the story
        tag = _EDITOR_TAG.search(out[-1].text)
        if tag is not None and tag.start() > 0:
            out[-1] = replace(out[-1], text=out[-1].text[: tag.start()].rstrip())
    while out:
        if _is_editor_line(out[-1].text) or (len(out) > 1 and is_correction_note(out[-1].text)):
            out.pop()
        elif len(out) > 2 and _SIGN_OFF_NAME.fullmatch(out[-2].text.strip()) and _dated_meta_line(out[-1].text.strip()):
            del out[-2:]  # 新聞局 / 2025年4月1日, 濠江日報 / 2025年3月10日 本報記者 X
        elif len(out) > 2 and _date_alone(out[-1].text.strip()):
            out.pop()
        else:
            break
    return out


# A wire's editor tag closing its story: the editor in brackets and the date code after it
# (Taiwan's 中央社 prints （編輯：X）1140314, the Minguo year 114 and the month and day).
_EDITOR_TAG = re.compile(r"[（(](?:编辑|編輯|责任编辑|責任編輯)[:：][^（）()\n]{1,20}[）)]\s{0,2}\d{7}\s{0,2}$")


def _dated_meta_line(line: str) -> bool:
    """Whether ``line`` is a date alone or a dated byline or credit line (2025年3月10日 本报记者 X)."""
    if _date_alone(line):
        return True
    meta = _Meta()
    return len(line) <= 60 and _parse_meta_line(line, meta) and meta.date is not None


# The issuer's name over a sign-off date: a short line with no sentence's or clause's mark.
_SIGN_OFF_NAME = re.compile(r"[^。！？!?；;，,.:：\d]{2,30}")


_DATE_ABOVE_LINES = 4
"""Lines of the page right above its article's first line read for a date line (:func:`_date_above`)."""


def _date_above(page_text: str, body: str) -> str | None:
    """The ISO date of a date line (see :func:`_parse_meta_line`: ``2025年3月14日``, "By X | 14
    March 2025") among the :data:`_DATE_ABOVE_LINES` lines of ``page_text`` (everything the page
    shows) right above the first line of ``body`` (the article's text), nearest first; ``None``
    when none is, or the body's first line is not a line of the page. An extractor leaves a
    ``<time>`` or ``<span class="date">`` line out of the article's text, and htmldate reads no
    Chinese date: the line printed between the headline and the text is the article's date, a
    sidebar's list of other stories is not there."""
    first = body.split("\n", 1)[0].strip()
    if not first:
        return None
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    try:
        at = lines.index(first)
    except ValueError:
        return None
    for line in reversed(lines[max(0, at - _DATE_ABOVE_LINES) : at]):
        if any(ch.isdigit() for ch in line[:150]):
            meta = _Meta()
            if _parse_meta_line(line, meta) and meta.date:
                return meta.date
    return None


def _shown_dates(text: str) -> set[str]:
    """ISO dates of the date lines a page shows (``2009-04-12`` on its own, ``发布时间：2024/11/18
    来源：X``; see :func:`_parse_meta_line`), not dates inside other text (``相关报道
    2024-08-01`` in a list of other stories)."""
    out: set[str] = set()
    for line in _split_lines(text):
        if len(line.text) <= 150 and any(ch.isdigit() for ch in line.text[:150]):
            meta = _Meta()
            if _parse_meta_line(line.text, meta) and meta.date:
                out.add(meta.date)
    return out


# A caption's credit for a picture or video (图片来源：X, 圖／X, "Photo: X", "Image credit: X").
_PICTURE_CREDIT = re.compile(
    r"[（(\[【]?\s{0,2}(?:图片|圖片|图|圖|照片|摄影|攝影|视频|視頻|配图|配圖|(?i:photos?|images?|pictures?|videos?|graphics?))"
    r"\s{0,2}(?:来源|來源|提供|出处|出處|[:：/／]|(?i:source|credit|courtesy|by)\b)"
)


def _page_credits(text: str) -> tuple[list[str], str | None, str | None, list[str]]:
    """Credits stated anywhere in a page's visible text: ``(credits, source, date, lines)``,
    ``lines`` the whole-line attributions as printed ("Source: X": what a report quotes).

    Every line that is a date/source line (``2024-03-02 来源：北岭日报``, see
    :func:`_parse_meta_line`) or a whole-line attribution (``转载自X``, ``Source: X``, see
    :func:`_credit_line`) adds its names. ``source`` is the first 来源/Source name; ``date``
    the date of the first line that also names a source (the article's own info line, not a
    date in a list of other stories). Both functions refuse lines over 150 characters, so
    each line costs a bounded amount of work.
    """
    credits: list[str] = []
    printed: list[str] = []
    source: str | None = None
    date: str | None = None
    for stripped in _split_lines(text):
        line = stripped.text
        if len(line) > 150 or not _CREDIT_CUE.search(_t2s_line(line)):
            continue  # neither a source field nor an attribution: skip the closer look
        if _PICTURE_CREDIT.match(line):
            continue  # 图片来源：X, "Photo: X": the picture's source, not the text's
        meta = _Meta()
        if _parse_meta_line(line, meta):
            credits.extend(meta.sources)
            if meta.sources:
                source = source or meta.sources[0]
                date = date or meta.date
            continue
        credit = _credit_line(line)
        if credit is not None:
            label, name = credit
            credits.append(name)
            printed.append(line)
            if source is None and label.lower() in _SOURCE_LABELS:
                source = name
    return credits, source, date, printed


def _permission_claims(text: str) -> list[Claim]:
    """The lines of ``text`` (at most 200 characters each, the first three found) in which the
    page says it copies with permission (``经北岭日报授权转载``, "Reprinted with permission"):
    :class:`~reprint_guard.models.Claim` s of kind ``permission`` quoting the line."""
    if not _PERMISSION_HINT.search(text):
        return []
    claims: list[Claim] = []
    for line in _split_lines(text):
        words = line.text
        # 經X授權轉載 read as 经X授权转载; the claim quotes the line as printed
        if len(words) <= 200 and _PERMISSION.search(_t2s_line(words)):
            claims.append(Claim("permission", words))
            if len(claims) >= _MAX_PERMISSION_CLAIMS:
                break
    return claims
