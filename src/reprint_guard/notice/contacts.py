"""Notice step 2a: the contacts a notice prints, found where they are, never where they are not.

Phones (E.164 through ``phonenumbers``, with the Hong Kong, Macau and Taiwan forms and country
codes written without ``+``; never registration, licence or account numbers, nor digits inside a
URL or file name), e-mail addresses (also written with ``(at)``, ``[at]``, ``＠`` or zero-width
characters inside) and URLs, each with its span in the notice so :mod:`.parse` can give it a
role. The character fold below is one-to-one, so offsets in the folded text are offsets in the
notice.

Every regular expression here runs in linear time on untrusted text (see :mod:`.parse`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate, islice
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from reprint_guard.models import Phone
from reprint_guard.textfold import CIRCLED_C


# --- cleaning ------------------------------------------------------------------------------
# A one-to-one character map, so an offset in the cleaned copy is the same offset in the input
# and ``as_written`` can be sliced from the original text.
def _build_fold_table() -> dict[int, str]:
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
        table[ord(dash)] = "-"
    for space in "\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000":
        table[ord(space)] = " "
    for invisible in "\u200b\u200c\u200d\u2060\ufeff":
        table[ord(invisible)] = "\u200b"  # zero-width: one invisible character, skipped in e-mails
    table.update(CIRCLED_C)  # Ⓒ ⓒ: a circled C printed for the sign
    table[ord("\u3010")] = "["  # 【
    table[ord("\u3011")] = "]"  # 】
    return table


_FOLD = _build_fold_table()


def _fold(text: str) -> str:
    folded = text.translate(_FOLD)
    assert len(folded) == len(text)  # the offset map is the identity only if this holds
    return folded


# --- phones --------------------------------------------------------------------------------
class _Found(NamedTuple):
    start: int
    end: int
    phone: Phone


_MATCHER_MAX_TRIES = 1000
"""Failed candidates PhoneNumberMatcher may inspect per window."""
_MATCHER_BUDGET = 50_000
"""Characters of digit-bearing windows handed to PhoneNumberMatcher. Its pattern costs a few
microseconds per character on bracket runs, and a notice has far fewer digits than this."""
_WINDOW_BEFORE, _WINDOW_AFTER = 12, 24  # prefix ("+(", "（") and extension ("ext. ") room
_MAX_PHONE_CANDIDATES = 200
"""Candidates parsed per finder; a notice lists a handful of numbers, and parsing one costs
about 0.1 ms, so this keeps a hostile page of numbers from taking seconds."""

_EXT = (
    r"(?:[ ,]{0,2}\(?(?:转|轉|分机号?|分機號?|(?i:ext(?:ension)?\.?|x))[ .:]{0,2}"
    r"(?P<ext>\d{1,6})\)?)"
)
_DASH_EXT = r"(?:[ ]{0,2}-[ ]{0,2}(?P<dext>\d{1,5}))"

# China's numbering plan (MIIT): trunk prefix 0, area code 10 / 2X / three digits, subscriber
# number of 7-8 digits; mobiles 1[3-9]X + 8 digits; 400/800 service numbers of 10 digits.
_CN_LANDLINE = re.compile(
    r"(?=[0(])(?<![\d+\-.])(?P<num>(?:\(0\d{2,3}\)|0\d{2,3})[ -]{0,3}\d{3,4}[ -]?\d{4})"
    rf"(?:{_EXT}|{_DASH_EXT})?(?![\d])"
)
_CN_MOBILE = re.compile(
    rf"(?=1)(?<![\d\-.])(?P<num>1[3-9]\d[ -]?\d{{4}}[ -]?\d{{4}}){_EXT}?(?![\d])"
)
_CN_SERVICE = re.compile(
    rf"(?=[48])(?<![\d+\-.])(?P<num>[48]00[ -]?\d{{3,4}}[ -]?\d{{3,4}}){_EXT}?(?![\d])"
)
# "+" then digits, each followed by at most two separators: one way to split any run.
_INTERNATIONAL = re.compile(
    r"(?=\+)(?<![A-Za-z0-9+])(?P<num>\+[ (]{0,2}(?:\d[ ().\-]{0,2}){6,17}\d\)?)"
)
_INTERNATIONAL_EXT = re.compile(_EXT)

_DIGITS = re.compile(r"\d+")
_CN_LANDLINE_DIGITS = re.compile(r"0(?:(?:10|2\d)[2-9]\d{7}|[3-9]\d{2}[2-9]\d{6,7})")
_CHINESE_SERVICE = re.compile(r"[48]00\d{7}")

# Context that makes a digit run something else: money, ISBNs, dates, postcodes.
# (a QQ or WeChat account's number is an account id, no phone: "QQ 2587413690", QQ群：…)
_BAD_BEFORE = re.compile(r"(?i:isbn|issn|no\.|[¥￥$€£]|rmb|邮编|郵編|稿号|编号|編號|qq[ ]?(?:号|號|群)?|微信号?|微信號)[ :#：]{0,3}$")
_BAD_AFTER = re.compile(r"^[ ]{0,2}(?:元|万|萬|亿|億|年|月|日|%|美元|块|号|號)")

_SERVICE_TYPES = {
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.UAN,
}


def _phone_type(number: phonenumbers.PhoneNumber) -> str:
    kind = phonenumbers.number_type(number)
    national = str(number.national_number)
    if number.country_code == 86 and _CHINESE_SERVICE.fullmatch(national):
        return "service"
    if kind == PhoneNumberType.FIXED_LINE:
        return "landline"
    if kind == PhoneNumberType.MOBILE:
        return "mobile"
    if kind in _SERVICE_TYPES:
        return "service"
    return "unknown"


def _e164(number: phonenumbers.PhoneNumber) -> str | None:
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164 if 8 <= len(e164) - 1 <= 15 else None  # ITU-T E.164: at most 15 digits


def _parse(candidate: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(candidate, region)
    except NumberParseException:
        return None


def _in_bad_context(folded: str, start: int, end: int) -> bool:
    return bool(
        _BAD_BEFORE.search(folded[max(0, start - 8) : start])
        or _BAD_AFTER.match(folded[end : end + 4])
        or _is_year_range(folded, start, end)
    )


# A claim's span of years (版權所有 © 2009-2012): no Hong Kong number 2009 2012.
_YEAR_RANGE = re.compile(r"[ ]?(?P<first>(?:19|20)\d{2})[ ]?[-–—~～][ ]?(?P<last>(?:19|20)\d{2})[ ]?")


def _is_year_range(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is a span of years (the second not before the first)
    that no phone label right before it calls a number."""
    m = _YEAR_RANGE.fullmatch(folded, start, end)
    if m is None or int(m.group("last")) < int(m.group("first")):
        return False
    return _PHONE_WORD.search(folded[max(0, start - 12) : start]) is None


_PHONE_WORD = re.compile(r"(?:电话|電話|热线|熱線|专线|專線|传真|傳真|手机|手機|(?i:tel|phone|fax|call))[^\n\d]{0,4}$")


def _own_candidates(folded: str, region: str) -> Iterator[tuple[int, int, str, str | None, bool]]:
    """Yield ``(start, end, number_text, extension, is_cn_landline_pattern)`` candidates."""
    patterns = ((_CN_LANDLINE, True), (_CN_MOBILE, False), (_CN_SERVICE, False))
    if region == "CN":
        for pattern, landline in patterns:
            for m in islice(pattern.finditer(folded), _MAX_PHONE_CANDIDATES):
                groups = m.groupdict()
                ext = groups.get("ext") or groups.get("dext")
                yield m.start(), m.end(), m.group("num"), ext, landline
    for m in islice(_INTERNATIONAL.finditer(folded), _MAX_PHONE_CANDIDATES):
        num = m.group("num").rstrip(" .-(")
        if num.count("(") < num.count(")"):
            num = num.rstrip(")")
        end = m.start() + len(num)
        ext_match = _INTERNATIONAL_EXT.match(folded, end)
        ext = None
        if ext_match and not folded[ext_match.end() : ext_match.end() + 1].isdigit():
            ext, end = ext_match.group("ext"), ext_match.end()
        yield m.start(), end, num, ext, False


def _accept_own(num: str, landline: bool, region: str) -> tuple[str, str, int] | None:
    """Return ``(e164, type, characters used)`` for an own-finder candidate, or ``None``.

    A ``+`` run may have swallowed a following number ("+44 20 7946 0958 2024"), so its
    trailing digit groups are dropped one by one until a number parses; domestic patterns
    are exact and only tried whole.
    """
    groups = re.split(r"([ ().\-]+)", num)
    cuts = range(len(groups), 0, -2) if num.startswith("+") else (len(groups),)
    for cut in cuts:
        text = "".join(groups[:cut]).rstrip(" .-(")
        number = _parse(text, region)
        if number is None or not phonenumbers.is_possible_number(number):
            continue
        e164 = _e164(number)
        if e164 is None:
            continue
        if phonenumbers.is_valid_number(number):
            return e164, _phone_type(number), len(text)
        digits = re.sub(r"\D", "", text)
        if landline and number.country_code == 86 and _CN_LANDLINE_DIGITS.fullmatch(digits):
            # Structurally a Chinese landline; metadata may lag behind new number ranges.
            return e164, "landline", len(text)
        if text.startswith("+") and cut == len(groups):
            # An explicit country code is strong evidence even when the metadata says
            # invalid (e.g. the fictional +1 555-01XX range).
            return e164, _phone_type(number), len(text)
    return None


def _digit_windows(folded: str) -> Iterator[tuple[int, int]]:
    """Yield ``[lo, hi)`` windows around runs of digits, merged when close, within budget."""
    budget = _MATCHER_BUDGET
    window: list[int] = []
    for m in _DIGITS.finditer(folded):
        lo, hi = max(0, m.start() - _WINDOW_BEFORE), min(len(folded), m.end() + _WINDOW_AFTER)
        if window and lo <= window[1] and window[1] - window[0] < budget:
            window[1] = hi
            continue
        if window:
            yield window[0], min(window[1], window[0] + budget)
            budget -= window[1] - window[0]
            if budget <= 0:
                return
        window = [lo, hi]
    if window:
        yield window[0], min(window[1], window[0] + budget)


def _matcher_hits(
    folded: str, region: str, *, lenient: bool = False
) -> Iterator[tuple[int, int, phonenumbers.PhoneNumber]]:
    """PhoneNumberMatcher (leniency VALID, or POSSIBLE when ``lenient``) over the windows;
    text without digits is skipped."""
    for lo, hi in _digit_windows(folded):
        matcher = phonenumbers.PhoneNumberMatcher(
            folded[lo:hi],
            region,
            leniency=phonenumbers.Leniency.POSSIBLE if lenient else phonenumbers.Leniency.VALID,
            max_tries=_MATCHER_MAX_TRIES,
        )
        for m in matcher:
            yield lo + m.start, lo + m.end, m.number


# Digits that are never a phone number: registration and licence numbers (ICP, 公网安备,
# 许可证, 刊号 …), company registrations, account ids and file names. Their spans are blanked
# (same length, so offsets hold) before phones are looked for.
_GAP = r"(?:(?!电话|電話|热线|熱線|(?i:tel|phone))[^\n\d|｜]){0,10}"
_NOT_PHONE = re.compile(
    r"(?=[iIbB公网網许許刊标標出邮郵登备備证證信cCrR(微账帳aAvVpPnNsSkKuUtToO])"  # first characters: a cheap skip
    r"(?:(?i:icp|\bb2\b|公网安备|公網安備|网安备|網安備|许可证|許可證|刊号|刊號|标识码|標識碼|出版物号|出版物號"
    r"|邮发代号|郵發代號|登记号|登記號|备案|備案|网文|網文|证号|證號|信用代码|信用代碼|邮编|郵編|郵遞區號"
    r"|issn|isbn|\bcn\b|company (?:no|number|reg\w*)|reg(?:istration|istered)?\.? (?:no|number))"
    rf"{_GAP}[\dA-Za-z\[\]()\-]{{3,40}}"
    r"|(?i:registered in)[^\n\d]{0,40}[\d ]{4,20}"
    r"|\(\d{5,10}-[A-Z]\)"  # a company number in brackets: (1287654-X)
    # business and tax numbers, European ones too (P.IVA, codice fiscale, NIF, SIRET, USt-IdNr …)
    r"|(?i:\bABN|\bACN|\bVAT(?:[ ]reg\w*)?(?:[ ]no\.?)?|\bP\.?[ ]?IVA|\bpartita[ ]iva|\bcodice[ ]fiscale(?:[ ]e[ ]p\.?[ ]?iva)?|\bC\.F\."
    r"|\bNIF|\bNIPC|\bCIF|\bUSt-?Id(?:Nr)?\.?|\bSIRE[NT]|\bKvK|\bBTW|\bTVA(?:[ ]intracom\w*)?)[ :.]{0,3}(?:[A-Z]{2}[ ]?)?\d[\d ]{7,16}\d"
    r"|(?i:\bID|微信号|微信號|账号|帳號|账户|帳戶|account)[ ：:]{0,3}[A-Za-z0-9_\-.]{3,40}"
    # a post-office box and its postcode (P.O. Box 519-80108, Private Bag 1234, 邮政信箱 100-25号)
    r"|(?i:\bP\.?[ ]?O\.?[ ]?Box|\bPost(?:al)? Office Box|\bPrivate Bag|\bPMB|\bBox)[ .:#]{0,3}\d[\d\- ]{0,12}\d?"
    r"|(?:邮政信箱|郵政信箱)[ ：:]{0,3}\d[\d\-]{0,12}\d?)"
)
# A file name ends with an extension; its name is the run of name characters before it.
_FILE_EXTENSION = re.compile(r"(?=\.)\.(?i:png|jpe?g|gif|svg|webp|bmp|ico|pdf|css|js|s?html?|php|aspx?)\b")
_FILE_NAME_CHARS = 80
_MAX_FILE_NAMES = 200
# A number written with its country code but no "+": 852 2595 3417, (853) 2837 1688,
# 0086-750-3212076, 886-2-2345-6789, 1-800-555-0134.
_BARE_CODE = re.compile(
    r"(?<![\d+\-])(?P<num>(?:\(?(?:00)?(?:852|853|886|86)\)?[ \-]{0,2}|00\d{1,3}[ \-])"
    r"(?:\d[ \-()]{0,2}){6,12}\d|1-\d{3}-\d{3}-\d{4})(?![\d])"
)
# Hong Kong, Macau and Taiwan named by a notice (香港, a .mo address, 台北, a country code), not guessed
_HK_NAMED = re.compile(r"香港|(?i:\.hk\b|hong kong)|\(?852\)?[ \-]?\d")
_MO_NAMED = re.compile(r"澳[门門]|(?i:\.mo\b|macau|macao)|\(?853\)?[ \-]?\d")
_TW_NAMED = re.compile(r"台[湾灣]|臺[湾灣]|台北|臺北|(?i:\.tw\b|taiwan)")
_REGION_HINTS = (
    # … or a labelled 8-digit number in Traditional script (查詢電話：2345 6789)
    ("HK", re.compile(_HK_NAMED.pattern + r"|(?:電話|查詢|熱線|爆料|報料|(?i:whatsapp))[^\n\d]{0,6}[2-9]\d{3}[ \-]?\d{4}(?!\d)")),
    ("MO", _MO_NAMED),
    # … or a Taiwanese area code in brackets
    ("TW", re.compile(_TW_NAMED.pattern + r"|\(0\d\)\d")),
    ("US", re.compile(r"(?i:\b(?:U\.S\.|USA|United States)\b|\.com\b)|\b1-\d{3}-\d{3}-\d{4}\b")),
    ("GB", re.compile(r"(?i:\bUK\b|England|Wales|Scotland|London|\.co\.uk\b)")),
    ("AU", re.compile(r"(?i:australia|\.au\b|\bABN\b|\bACN\b|\bPty\b|sydney|melbourne)")),
)
_PHONE_LABEL = re.compile(
    r"(?:电话|電話|热线|熱線|专线|專線|总机|總機|传真|傳真|致电|致電|请拨|請撥|报料|爆料|報料|广告|廣告|订报|訂報|发行|發行"
    r"|版[权權]|授[权權]|[转轉]载|[联聯][系繫络絡]"
    r"|(?i:tel|phone|call|\bring|\btext|fax|newsdesk|news desk|advertising|desk|hotline|whatsapp|reprints?|permissions?|licen[cs]\w{0,4}"
    r"|syndication|enquiries|inquiries|contact|newsroom|tips?|subscriptions?|circulation|classifieds?|editorial|switchboard"
    # Macau's Portuguese rows (Telefone, Redacção, Publicidade, Assinaturas) and Spanish ones
    r"|telefone|tel[ée]fono|contactos?|reda[cç]+[ãa]o|redacci[óo]n|publicidade?|assinaturas?"
    # a desk named before "at": "contact our Content Licensing team at 555-0142"
    r"|(?:team|department|office|line)[ ](?:at|on)))[^\n\d]{0,6}$"
)
# A contact row's own label right before a number written with its trunk prefix ("Out of
# hours: 01632 960499"): a possible number under it is a phone even where the numbering plan
# keeps the range (Ofcom's drama numbers); 13955501234 under "手机：" stays a mainland mobile.
# An e-mail printed first on the row ("Syndication: desk@x.example, 01632 960412") is blanked
# before phones are read; the label still speaks for the number after it.
# A person or title between the label and the number ("Reprints: Rights Manager, 01632 960588",
# "Reprints: Jane Doe on 01632 …") does not stop it.
_ROW_LABEL = re.compile(
    r"[^\W\d_][^\n\d:：]{0,20}[:：][ ]{0,2}(?:[,，、/;；][ ]?)?"
    r"(?:[A-Z][A-Za-z.'’\-]{0,20}(?:[ ][A-Z][A-Za-z.'’\-]{0,20}){0,3}(?:,[ ]?|[ ](?:on|at)[ ]))?$"
)
_BLANK_RUN = re.compile(r"[ ]{2,}")
# A number and a joiner right before another number: the label before the first speaks for both.
_NUMBER_BEFORE = re.compile(r"(?<![\d(])\(?\d[\d ()\-.]{5,18}\d[ ]{0,2}(?:or|and|/|,|，|、|;)[ ]{0,2}$")
_NANP_SHAPE = re.compile(r"(?:\+?1[ .\-]?)?(?:\(\d{3}\)[ ]?|\d{3}[.\-])\d{3}[.\-]\d{4}")
# Regions whose numbers, written at home, open with the trunk prefix 0 (020 7946 0958, 02 9374 4000).
_TRUNK_WRITTEN = frozenset({"GB", "AU"})
# A labelled number whose first group is its country code, without "+": "Tel: 44 20 7946 0958".
_LABELLED_CODE = re.compile(r"(?<![\d+\-.])(?P<code>[1-9]\d{0,2})[ \-](?P<rest>(?:\d[ \-]{0,2}){6,12}\d)(?![\d])")


def _mask(folded: str, spans: list[tuple[int, int]]) -> str:
    """``folded`` with the given spans and every :data:`_NOT_PHONE` span blanked. The given
    spans (e-mails, URLs) are blanked first: the ``.cn`` ending an address is no CN serial
    number before the phone after it (ad@x.example.cn 新闻爆料：010-…)."""
    chars = list(folded)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    for m in _NOT_PHONE.finditer("".join(chars)):
        spans.append((m.start(), m.end()))
    for m in islice(_FILE_EXTENSION.finditer(folded), _MAX_FILE_NAMES):
        lo = m.start()
        while lo > max(0, m.start() - _FILE_NAME_CHARS) and (folded[lo - 1].isalnum() or folded[lo - 1] in "_-.@"):
            lo -= 1
        spans.append((lo, m.end()))
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


_TRADITIONAL_MIN = 3
"""Traditional-only characters (OpenCC t2s changes them) that make a text read as Traditional."""


def _traditional(text: str) -> bool:
    """Whether ``text`` (its first 2,000 characters) is written in Traditional characters."""
    from reprint_guard.textfold import _t2s_table  # deferred: builds OpenCC's table once

    table = _t2s_table()
    return sum(ord(ch) in table for ch in text[:2000]) >= _TRADITIONAL_MIN


_TAIWAN_AREA_SHAPE = re.compile(r"\(0[2-9]\d?\)[ ]?\d{3,4}[ \-]?\d{4}(?!\d)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# "+254 20 …", "+44 (0)20 …": a country code before a number (at most a few read)
_PRINTED_CODE = re.compile(r"(?<![\w+])\+[ ]?\d[\d \-().]{5,18}\d")
_PRINTED_CODES = 8
_ENGLISH_MIN_LETTERS = 8  # "Tel: 800-810-1234" names no language; "Reprints: (212) 555-0123 or …" does


def _extra_regions(folded: str, region: str, words: str | None = None) -> list[str]:
    """Regions whose national numbers a notice may print besides ``region``'s: Hong Kong,
    Macau, Taiwan, the US or the UK, when the text names them (or their number forms);
    English text without any such hint is read as US and GB too. Whether the text is English
    is read from ``words`` (default ``folded``): the text with its e-mail addresses and URLs
    blanked, whose Latin letters say nothing of the notice's language (版权合作：010-… 邮箱：
    copyright@x.example is a Chinese line)."""
    # a country code the notice prints (+254 20 555 0101) names the country of its national
    # numbers too (0711 555 030 on the same row is Kenya's, not a guessed UK or US one)
    printed: list[str] = []
    for m in islice(_PRINTED_CODE.finditer(folded[:2000]), _PRINTED_CODES):
        try:
            code = phonenumbers.region_code_for_number(phonenumbers.parse(m.group()))
        except NumberParseException:
            continue
        if code and code not in ("ZZ", "001", region) and code not in printed:
            printed.append(code)
    found = printed + [r for r, hint in _REGION_HINTS if r != region and r not in printed and hint.search(folded)]
    if "HK" in found and "MO" in found and not _HK_NAMED.search(folded):
        # Macau named, Hong Kong only guessed from a labelled 8-digit number: 2855 1234 is Macau's
        found.remove("MO")
        found.insert(found.index("HK"), "MO")
    if "TW" not in found and _TAIWAN_AREA_SHAPE.search(folded) and _HAN.search(folded):
        # (02) 2555-0136 beside Chinese text: a Taiwanese area code in brackets, spaced or not
        found.insert(0, "TW")
    # (letters only: a short English row of numbers, "Reprints: (212) 555-0123", is English too)
    letters = [ch for ch in (folded if words is None else words)[:2000] if ch.isalpha()]
    latin = sum(ch.isascii() for ch in letters)
    if latin >= _ENGLISH_MIN_LETTERS and latin > 0.5 * len(letters):
        found += [r for r in ("US", "GB") if r not in found and r != region]
    return found


_CHINESE_REGIONS = frozenset({"CN", "HK", "MO", "TW"})
_PLACE_NAMED = (("HK", _HK_NAMED), ("MO", _MO_NAMED), ("TW", _TW_NAMED))


def _named_place(folded: str, region: str) -> str | None:
    """Hong Kong, Macau or Taiwan when the notice names that one place (香港 in an address,
    (853), .tw) and the page's language names another Chinese-speaking region (a Hong Kong
    outlet's page tagged ``zh-TW``): its numbers without a country code are that place's where
    both readings are valid (3555 7788 is Hong Kong's and Hsinchu's). ``None`` otherwise."""
    if region not in _CHINESE_REGIONS:
        return None
    named = [code for code, pattern in _PLACE_NAMED if pattern.search(folded[:2000])]
    return named[0] if len(named) == 1 and named[0] != region else None


def _guessed_regions(folded: str, region: str, hinted: list[str]) -> list[str]:
    """Hong Kong and Taiwan for a notice in Traditional script that names no region of its
    own: printed there more often than on the mainland, it may give their national forms
    ((02) 2555-0444, 0912-555-444, 2555 0444). Read after ``region``'s, which win a tie
    (a Hong Kong page reprinting a mainland notice keeps 0571-86012345 Chinese)."""
    if region != "CN" or {"HK", "MO", "TW"} & set(hinted) or not _traditional(folded):
        return []
    return ["HK", "TW"]


def _region_numbers(text: str, folded: str, region: str, *, labelled_invalid: bool) -> list[_Found]:
    """``region``'s national numbers in ``folded`` (phonenumbers' lenient matcher) that are valid,
    or, with ``labelled_invalid``, possible and labelled a phone just before them."""
    out = []
    for start, end, number in islice(_matcher_hits(folded, region, lenient=True), _MAX_PHONE_CANDIDATES):
        e164 = _e164(number)
        if e164 is None or _in_bad_context(folded, start, end):
            continue
        written = folded[start:end]
        trunk = written.lstrip("(")[:1] == "0"
        if region in _TRUNK_WRITTEN and not trunk:
            continue  # (555) 010-4466 is no British number: one written at home opens with its 0
        if not phonenumbers.is_valid_number(number):
            if number.italian_leading_zero:
                # the trunk 0 kept after the country code (07 555 0100 read as British: +44075550100)
                # is a number no one can dial: the page's country is not this one
                continue
            # a whole North American number in its printed shape, (555) 010-3312 or 555-010-3312:
            # the reserved 555-01XX range of examples and fiction is invalid, not unlike a phone;
            # any other invalid reading must at least be printed as one (not "1830 517"). A local
            # number without its area code (555-0188) cannot be placed: +15550188 is no number
            # anyone can dial, so it is left out, as other numbers that cannot be placed are.
            nanp = region == "US" and _NANP_SHAPE.fullmatch(written) is not None
            if region == "US" and not nanp:
                continue
            before = _BLANK_RUN.sub(" ", folded[max(0, start - 96) : start])
            # the second of two numbers under one label ("Reprints: (555) 010-4477 or (555) 010-4466")
            before = _NUMBER_BEFORE.sub("", before)[-48:]
            labelled = _PHONE_LABEL.search(before[-24:]) or (trunk and _ROW_LABEL.search(before))
            if not (labelled_invalid and (labelled or nanp)):
                continue
        out.append(_Found(start, end, Phone(e164, number.extension or None, text[start:end], _phone_type(number))))
    return out


def _valid_e164(e164: str) -> bool:
    """Whether the E.164 number ``e164`` is valid in its country's numbering plan."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return False


def _find_phones(text: str, folded: str, region: str) -> tuple[Phone, ...]:
    return tuple(f.phone for f in _find_phone_spans(text, folded, region))


# (and French's "poste": "613 555-0143, poste 22")
_EXT_AFTER = re.compile(r"[ ,]{0,2}\(?(?:转|轉|分机号?|分機號?|(?i:poste))[ .:：]{0,2}(?P<ext>\d{1,6})\)?(?!\d)")


def _with_written_extension(f: _Found, folded: str, text: str) -> _Found:
    if f.phone.extension is not None:
        return f
    m = _EXT_AFTER.match(folded, f.end)
    if m is None:
        return f
    phone = Phone(f.phone.e164, m.group("ext"), text[f.start : m.end()], f.phone.type)
    return _Found(f.start, m.end(), phone)


def _find_phone_spans(text: str, folded: str, region: str) -> list[_Found]:
    found: list[_Found] = []
    for m in islice(_BARE_CODE.finditer(folded), _MAX_PHONE_CANDIDATES):
        raw = m.group("num")
        digits = re.sub(r"\D", "", raw)
        if digits.startswith("00"):
            digits = digits[2:]
        number = _parse("+" + digits, region)
        if number is None or not phonenumbers.is_valid_number(number) or _in_bad_context(folded, m.start(), m.end()):
            continue
        e164 = _e164(number)
        if e164:
            found.append(_Found(m.start(), m.end(), Phone(e164, None, text[m.start() : m.end()], _phone_type(number))))
    for m in islice(_LABELLED_CODE.finditer(folded), _MAX_PHONE_CANDIDATES):
        if not _PHONE_LABEL.search(folded[max(0, m.start() - 24) : m.start()]):
            continue
        number = _parse("+" + re.sub(r"\D", "", m.group(0)), region)
        if number is None or str(number.country_code) != m.group("code") or not phonenumbers.is_valid_number(number):
            continue
        e164 = _e164(number)
        if e164 and not _in_bad_context(folded, m.start(), m.end()):
            found.append(_Found(m.start(), m.end(), Phone(e164, None, text[m.start() : m.end()], _phone_type(number))))
    # Region hints are read from the unmasked text: an e-mail's ".hk" still says Hong Kong.
    hinted = _extra_regions(_fold(text), region, folded)
    # a possible but invalid number counts only where it is labelled a phone, in a hinted region
    # or in the one the caller names (the page's language: 01632 960522 on an en-GB page reads as
    # it does on a page whose .co.uk address hints Britain)
    named = [region] if region != "CN" and region not in hinted else []
    for extra in (*hinted, *named):
        found += _region_numbers(text, folded, extra, labelled_invalid=True)
    # In English text a Chinese number read without "+86" must be written as at home (0571-…,
    # 139…): "(555) 010-3312" is no Ma'anshan landline.
    home_only = region == "CN" and "US" in hinted and "GB" in hinted

    def foreign_looking(start: int) -> bool:
        return home_only and folded[start : start + 2].lstrip("(")[:1] not in ("0", "1", "+")

    for start, end, num, ext, landline in _own_candidates(folded, region):
        if _in_bad_context(folded, start, end) or (foreign_looking(start) and not num.startswith("+")):
            continue
        accepted = _accept_own(num, landline, region)
        if accepted is None:
            continue
        e164, kind, used = accepted
        if used < len(num.rstrip(" .-(")):
            ext, end = None, start + used  # trailing groups were another number
        found.append(_Found(start, end, Phone(e164, ext, text[start:end], kind)))

    for start, end, number in islice(_matcher_hits(folded, region), _MAX_PHONE_CANDIDATES):
        e164 = _e164(number)
        if e164 is None or _in_bad_context(folded, start, end) or foreign_looking(start):
            continue
        phone = Phone(e164, number.extension or None, text[start:end], _phone_type(number))
        found.append(_Found(start, end, phone))
    for guess in _guessed_regions(folded, region, hinted):
        found += _region_numbers(text, folded, guess, labelled_invalid=False)

    # An extension written the Chinese way after a number phonenumbers read (04-2255-6677 分機 312):
    # the matcher knows "ext" and "#", not 分機/轉 (nor French's "poste").
    found = [_with_written_extension(f, folded, text) for f in found]
    # Earliest first, the longer reading of a span wins, then a valid one (010-6491 8366 in an
    # English notice is Beijing's, not a possible British number), overlapping readings are dropped.
    # A region the caller names (the page's language: en-ZA) wins a tie over a hinted one (021 555
    # 0165 on a South African page is no Australian number because its company is "(Pty) Ltd");
    # the default CN, read for pages that name none, does not (020 7946 0958 in English is British).
    own = "+" + str(phonenumbers.country_code_for_region(region)) if region != "CN" else None
    place = _named_place(_fold(text), region)
    if place is not None:
        # a 香港 address in a notice on a zh-TW page: the place the notice names wins the tie
        own = "+" + str(phonenumbers.country_code_for_region(place))
    found.sort(
        key=lambda f: (
            f.start, -(f.end - f.start), not _valid_e164(f.phone.e164), own is not None and not f.phone.e164.startswith(own),
        )
    )
    phones: list[_Found] = []
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue
        last_end = f.end
        phones.append(f)
    return _with_siblings(phones, folded, text)


# A second number printed after a landline without its area code (0595-22508110、22508120,
# (03)954-2231、954-2232, 0755-83517620/83517621): the same exchange, so the same area code.
# (not the head of a longer number: "020-37195000 / 138 2345 6789" is a landline and a mobile)
_SIBLING = re.compile(r"[ ]{0,2}[/、,，][ ]{0,2}(?P<num>\d{3,4}[- ]?\d{4})(?![\d\-]|[ ]\d)")


def _with_siblings(phones: list[_Found], folded: str, text: str) -> list[_Found]:
    out: list[_Found] = []
    for f in phones:
        out.append(f)
        m = _SIBLING.match(folded, f.end)
        if m is None or f.phone.type != "landline" or f.phone.extension:
            continue
        digits = re.sub(r"\D", "", m.group("num"))
        if len(f.phone.e164) - 1 < len(digits) + 3 or _in_bad_context(folded, m.start("num"), m.end("num")):
            continue
        e164 = f.phone.e164[: -len(digits)] + digits
        number = _parse(e164, "ZZ")
        if number is None or not phonenumbers.is_valid_number(number):
            continue
        start, end = m.start("num"), m.end("num")
        out.append(_Found(start, end, Phone(e164, None, text[start:end], _phone_type(number))))
    # a sibling is read in its landline's area: another reading of its digits (8531 0001 as a
    # Macau number after 0571-85310000, 8531 0001) is not a second contact
    siblings = [(f.start, f.end) for f in out if f not in phones]
    return [f for f in out if f not in phones or not any(a < f.end and f.start < b for a, b in siblings)]


# --- e-mails and URLs ----------------------------------------------------------------------
_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9\-]{0,62}"
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9._%+\-])(?P<local>{_LOCAL})\u200b{{0,3}}@\u200b{{0,3}}(?P<domain>{_LABEL}(?:\.{_LABEL}){{1,8}})"
)
# Top-level labels that are file extensions: "logo@2x.png" is an image, not an address.
_FILE_TLDS = frozenset("png jpg jpeg gif svg webp bmp ico pdf css js htm html php asp aspx".split())
# "@" too: rights@example[dot]cn obfuscates only the dots
# "@" in words too: 小老鼠 (Taiwan), 艾特, {at}
_OBF_AT = (
    r"(?:[ ]{0,3}[\[({][ ]{0,3}(?:(?i:at)|@)[ ]{0,3}[\])}][ ]{0,3}|[ ]{1,3}(?i:at)[ ]{1,3}|\u200b{0,3}@\u200b{0,3}"
    r"|[ ]{0,2}[\[(]?(?:小老鼠|艾特)[\])]?[ ]{0,2})"
)
_OBF_DOT = r"(?:[ ]{0,3}[\[({][ ]{0,3}(?i:dot)[ ]{0,3}[\])}][ ]{0,3}|[ ]{1,3}(?i:dot)[ ]{1,3}|[ ]{0,2}[\[(]?[点點][\])]?[ ]{0,2}|\.)"
_OBF_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9._%+\-])(?P<local>{_LOCAL}){_OBF_AT}"
    rf"(?P<domain>{_LABEL}(?:{_OBF_DOT}{_LABEL}){{1,8}})"
)
_OBF_DOT_RE = re.compile(_OBF_DOT)
_TLD = re.compile(r"[A-Za-z]{2,24}")

_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]"
_URL = re.compile(rf"(?=[hH])(?i:https?)://{_URL_CHARS}{{1,2000}}")
_WWW = re.compile(
    rf"(?=[wW])(?<![A-Za-z0-9\-._@/])(?i:www)\.{_LABEL}(?:\.{_LABEL}){{1,6}}"
    rf"(?:/{_URL_CHARS}{{0,2000}})?"
)
_URL_TRAILING = ".,;:!?'\"-(["


def _plausible_domain(domain: str) -> bool:
    labels = domain.split(".")
    if labels[-1].lower() in _FILE_TLDS or re.fullmatch(r"\d+x", labels[0], re.I):
        return False
    return len(labels) >= 2 and bool(_TLD.fullmatch(labels[-1]))


# "rights#example.cn（请将#替换为@）", "rights*example.com (replace * with @)": a stand-in for "@".
_STAND_IN = re.compile(
    r"(?P<c>[#*&%$★☆●◎※])[ ]?[\"“”']?[ ]?(?:替换|替換|换成|換成|改为|改為|改成|代替|代表)[ ]?[为為成]?[ ]?[\"“”']?@"
    r"|(?i:replace)[ ]{1,3}[\"“”']?(?P<c2>[#*&%$★☆●◎※])[\"“”']?[ ]{1,3}(?i:with|by)[ ]{1,3}[\"“”']?@"
)


def _find_emails(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Distinct addresses in text order, and the spans of every hit (sorted by start)."""
    hits = _email_hits(folded)
    emails = list(dict.fromkeys(address for _, _, address in hits))  # distinct, in order
    return emails, [(s, e) for s, e, _ in hits]


def _email_hits(folded: str) -> list[tuple[int, int, str]]:
    """``(start, end, address)`` of every e-mail hit, sorted by start, obfuscation undone."""
    hits: list[tuple[int, int, str]] = []
    stand_in = _STAND_IN.search(folded)
    texts = [(folded, "@")]
    if stand_in:
        char = stand_in.group("c") or stand_in.group("c2")
        texts.append((folded.replace(char, "@"), char))  # same length: offsets hold
    for haystack, at in texts:
        for m in _EMAIL.finditer(haystack):
            domain = m.group("domain")
            if at != "@" and at not in folded[m.start() : m.end()]:
                continue  # found in the first pass
            if _plausible_domain(domain):
                hits.append((m.start(), m.end(), f"{m.group('local')}@{domain}".lower().replace("\u200b", "")))
    for m in _OBF_EMAIL.finditer(folded):
        raw_domain = m.group("domain")
        obfuscated_dot = any(d.group(0) != "." for d in _OBF_DOT_RE.finditer(raw_domain))
        at_part = m.group(0)[m.end("local") - m.start() : m.start("domain") - m.start()]
        if at_part.replace("\u200b", "") == "@" and not obfuscated_dot:
            continue  # a plain address: found above (not rights[@]example.cn)
        bare_at = at_part.strip().lower() == "at"  # "write to us at example.com" may be prose
        if bare_at and not obfuscated_dot:
            continue  # "contact us at example.com" is prose, not an address
        domain = _OBF_DOT_RE.sub(".", raw_domain).replace("\u200b", "")
        local = m.group("local").rstrip(".")
        if local and _plausible_domain(domain):
            hits.append((m.start(), m.end(), f"{local}@{domain}".lower()))
    hits.sort(key=lambda h: (h[0], -h[1]))
    # rights@example.com[dot]cn: the plain pass found a prefix of the obfuscated address
    kept: list[tuple[int, int, str]] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept


def _strip_url(url: str) -> str:
    """Drop trailing punctuation, and closing brackets that have no opening partner."""
    end = len(url)
    open_round, close_round = url.count("("), url.count(")")
    open_square, close_square = url.count("["), url.count("]")
    while end:
        last = url[end - 1]
        if last in _URL_TRAILING:
            open_round -= last == "("
            open_square -= last == "["
        elif last == ")" and close_round > open_round:
            close_round -= 1
        elif last == "]" and close_square > open_square:
            close_square -= 1
        else:
            break
        end -= 1
    return url[:end]


# A bare host that a notice asks readers to visit (no www, no scheme): "Visit example.com".
_VISIT_HOST = re.compile(
    rf"(?<=[ ：:])(?<![@.])(?P<host>{_LABEL}(?:\.{_LABEL}){{1,6}})(?P<path>/[A-Za-z0-9\-._~%/]{{0,200}})?(?=[ .,;，。；)）\n]|$)"
)
# a host (and path) printed without its scheme after an invitation: "visit X", "apply at X/permissions"
_VISIT_CUE = re.compile(
    r"(?i:visit|go to|see|(?:apply|request|license|licence|republish)(?: (?:online|permission))? at|details at|available at|online at)[ ]$"
    r"|(?:访问|訪問|网址|網址|官网|官網|登录|登錄|(?:在线|在線|网上|網上)?申请|申請)[ ：:]{0,2}$"
    # a licensing desk's label before its page: "Licensing — x.example/licensing", "Permissions: x.example"
    r"|(?i:licensing|licen[cs]es?|reprints?|permissions?|syndication|republishing)[ ]?(?:[:：]|[—–-])[ ]?$"
)


def _find_urls(folded: str, email_spans: list[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(url for _, _, url in _find_url_spans(folded, email_spans))


# The label of an article's own address (链接：, 原文链接：, Permalink:, "Printed from"), right before a URL: the
# label alone or after 原文/本文/文章, since 授权申请链接： or 版权合作链接： names whom to ask.
# A © line's lead right before a host: "Copyright © 2024 x.com", "Copyright ? 1997-2025 by www.x.cn"
# (the sign lost to an encoding), "(c) x.org".
_CLAIM_PARTY_LEAD = re.compile(
    r"(?:©|\([cC]\)|(?i:copyright)[ ]{0,2}[©?]?)[ ]{0,2}(?:(?:19|20)\d{2}(?:[ ]{0,2}[-–][ ]{0,2}(?:19|20)\d{2})?[ ,]{0,3})?(?i:by[ ])?\Z"
)
_ADDRESS_LABEL = re.compile(
    r"(?:(?<![^\s，,。；;|（(【\[])|(?<=原文|本文|文章))(?:链接|鏈接|連結|连结|(?i:permalink))[ ]{0,2}[:：][ ]{0,2}\Z"
    # a print view's and a saved copy's own address: "Printed from https://…", "Source URL: …"
    r"|(?i:\b(?:printed|retrieved|downloaded|saved) from|\b(?:source|original|article|page) (?:url|link|address))[ ]{0,2}[:：]?[ ]{0,2}\Z"
)


# A licence's deed (creativecommons.org/licenses/by-nd/4.0/, a national chapter's copy): the licence
# itself, read as such by the parser, and no one to ask.
_LICENCE_DEED = re.compile(r"/(?:licen[cs]es|publicdomain)/(?:by|zero|mark)(?:-(?:nc|nd|sa)){0,3}/\d\.\d", re.I)


def _find_url_spans(folded: str, email_spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    # Spans are sorted by start; a prefix maximum of their ends answers "does any e-mail
    # overlap [start, end)?" with one bisection.
    starts = [s for s, _ in email_spans]
    max_end = list(accumulate((e for _, e in email_spans), max))
    hits: list[tuple[int, int, str]] = []
    for pattern in (_URL, _WWW):
        for m in pattern.finditer(folded):
            k = bisect_left(starts, m.end())  # e-mails starting before the URL ends
            if k and max_end[k - 1] > m.start():
                continue  # the host of an e-mail address, not a URL
            url = _strip_url(m.group(0))
            if _ADDRESS_LABEL.search(folded, max(0, m.start() - 24), m.start()):
                continue  # 链接：https://… is the article's own address, not whom to contact
            if _CLAIM_PARTY_LEAD.search(folded, max(0, m.start() - 40), m.start()):
                continue  # "Copyright © 1997-2025 by www.x.cn": the host is the © line's party
            if "." in url and not _LICENCE_DEED.search(url):
                hits.append((m.start(), m.start() + len(url), url))
    for m in _VISIT_HOST.finditer(folded):
        host = m.group("host")
        if _VISIT_CUE.search(folded[max(0, m.start() - 24) : m.start()]) and _plausible_domain(host):
            if not any(s <= m.start() < e for s, e, _ in hits):
                url = host + (m.group("path") or "").rstrip(_URL_TRAILING)
                hits.append((m.start(), m.start() + len(url), url))
    hits.sort()
    seen: set[str] = set()
    out = []
    for start, end, url in hits:
        if url not in seen:
            seen.add(url)
            out.append((start, end, url))
    return out
