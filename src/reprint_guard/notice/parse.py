"""Notice step 2: parse a licensing-notice block into a :class:`~reprint_guard.models.LicenceNotice`.

The block has already been cut from the article (``Document.notice_text``). This step finds who
holds the rights, how to reach them (phones, e-mails, URLs) and which uses the notice forbids.

Every regular expression here runs in linear time on untrusted text: each repetition is
bounded, and a repeated group starts with a character the previous repetition cannot end
with, so each starting position costs a bounded amount of work. Cues that need a closer look
(rights-holder phrases, phone candidates) are examined only for their first few occurrences.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from itertools import accumulate, islice
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from reprint_guard.errors import ConfigError
from reprint_guard.models import CONDITIONS, USES, Email, LicenceNotice, Link, Phone

__all__ = ["parse_notice"]


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
_BAD_BEFORE = re.compile(r"(?i:isbn|issn|no\.|[¥￥$€£]|rmb|邮编|郵編|稿号|编号|編號)[ :#]{0,3}$")
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
    )


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
    r"(?=[iIbB公网網许許刊标標出邮郵登备備证證信cCrR(微账帳aA])"  # first characters: a cheap skip
    r"(?:(?i:icp|\bb2\b|公网安备|公網安備|网安备|網安備|许可证|許可證|刊号|刊號|标识码|標識碼|出版物号|出版物號"
    r"|邮发代号|郵發代號|登记号|登記號|备案|備案|网文|網文|证号|證號|信用代码|信用代碼|邮编|郵編|郵遞區號"
    r"|issn|isbn|\bcn\b|company (?:no|number|reg\w*)|reg(?:istration|istered)?\.? (?:no|number))"
    rf"{_GAP}[\dA-Za-z\[\]()\-]{{3,40}}"
    r"|(?i:registered in)[^\n\d]{0,40}[\d ]{4,20}"
    r"|\(\d{5,10}-[A-Z]\)"  # a company number in brackets: (1287654-X)
    r"|(?i:\bID|微信号|微信號|账号|帳號|账户|帳戶|account)[ ：:]{0,3}[A-Za-z0-9_\-.]{3,40})"
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
_REGION_HINTS = (
    ("HK", re.compile(r"香港|(?i:\.hk\b|hong kong)|\(?852\)?[ \-]?\d")),
    ("MO", re.compile(r"澳[门門]|(?i:\.mo\b|macau|macao)|\(?853\)?[ \-]?\d")),
    ("TW", re.compile(r"台[湾灣]|臺[湾灣]|台北|臺北|(?i:\.tw\b|taiwan)|\(0\d\)\d")),
    ("US", re.compile(r"(?i:\b(?:U\.S\.|USA|United States)\b|\.com\b)|\b1-\d{3}-\d{3}-\d{4}\b")),
    ("GB", re.compile(r"(?i:\bUK\b|England|Wales|Scotland|London|\.co\.uk\b)")),
)
_PHONE_LABEL = re.compile(
    r"(?:电话|電話|热线|熱線|专线|專線|总机|總機|传真|傳真|致电|致電|请拨|請撥|报料|爆料|報料|广告|廣告|订报|訂報|发行|發行"
    r"|(?i:tel|phone|call|fax|newsdesk|news desk|advertising|desk|hotline|whatsapp))[^\n\d]{0,6}$"
)


def _mask(folded: str, spans: list[tuple[int, int]]) -> str:
    """``folded`` with the given spans and every :data:`_NOT_PHONE` span blanked."""
    chars = list(folded)
    for m in _NOT_PHONE.finditer(folded):
        spans.append((m.start(), m.end()))
    for m in islice(_FILE_EXTENSION.finditer(folded), _MAX_FILE_NAMES):
        lo = m.start()
        while lo > max(0, m.start() - _FILE_NAME_CHARS) and (folded[lo - 1].isalnum() or folded[lo - 1] in "_-.@"):
            lo -= 1
        spans.append((lo, m.end()))
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _extra_regions(folded: str, region: str) -> list[str]:
    """Regions whose national numbers a notice may print besides ``region``'s: Hong Kong,
    Macau, Taiwan, the US or the UK, when the text names them (or their number forms);
    English text without any such hint is read as US and GB too."""
    found = [r for r, hint in _REGION_HINTS if r != region and hint.search(folded)]
    latin = sum(ch.isascii() and ch.isalpha() for ch in folded[:2000])
    if latin > 0.5 * len(folded[:2000].replace(" ", "") or "x"):
        found += [r for r in ("US", "GB") if r not in found and r != region]
    return found


def _find_phones(text: str, folded: str, region: str) -> tuple[Phone, ...]:
    return tuple(f.phone for f in _find_phone_spans(text, folded, region))


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
    for extra in _extra_regions(folded, region):
        for start, end, number in islice(_matcher_hits(folded, extra, lenient=True), _MAX_PHONE_CANDIDATES):
            e164 = _e164(number)
            if e164 is None or _in_bad_context(folded, start, end):
                continue
            if not phonenumbers.is_valid_number(number) and not _PHONE_LABEL.search(folded[max(0, start - 24) : start]):
                continue  # a possible but invalid number counts only where it is labelled a phone
            phone = Phone(e164, number.extension or None, text[start:end], _phone_type(number))
            found.append(_Found(start, end, phone))
    for start, end, num, ext, landline in _own_candidates(folded, region):
        if _in_bad_context(folded, start, end):
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
        if e164 is None or _in_bad_context(folded, start, end):
            continue
        phone = Phone(e164, number.extension or None, text[start:end], _phone_type(number))
        found.append(_Found(start, end, phone))

    # Earliest first, the longer reading of a span wins, overlapping readings are dropped.
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    phones: list[_Found] = []
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue
        last_end = f.end
        phones.append(f)
    return phones


# --- e-mails and URLs ----------------------------------------------------------------------
_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9\-]{0,62}"
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9._%+\-])(?P<local>{_LOCAL})\u200b{{0,3}}@\u200b{{0,3}}(?P<domain>{_LABEL}(?:\.{_LABEL}){{1,8}})"
)
# Top-level labels that are file extensions: "logo@2x.png" is an image, not an address.
_FILE_TLDS = frozenset("png jpg jpeg gif svg webp bmp ico pdf css js htm html php asp aspx".split())
_OBF_AT = r"(?:[ ]{0,3}[\[(][ ]{0,3}(?i:at)[ ]{0,3}[\])][ ]{0,3}|[ ]{1,3}(?i:at)[ ]{1,3})"
_OBF_DOT = r"(?:[ ]{0,3}[\[(][ ]{0,3}(?i:dot)[ ]{0,3}[\])][ ]{0,3}|[ ]{1,3}(?i:dot)[ ]{1,3}|\.)"
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


def _find_emails(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Distinct addresses in text order, and the spans of every hit (sorted by start)."""
    hits: list[tuple[int, int, str]] = []
    for m in _EMAIL.finditer(folded):
        domain = m.group("domain")
        if _plausible_domain(domain):
            hits.append((m.start(), m.end(), f"{m.group('local')}@{domain}".lower().replace("\u200b", "")))
    for m in _OBF_EMAIL.finditer(folded):
        if "@" in m.group(0):
            continue
        raw_domain = m.group("domain")
        bare_at = "[" not in m.group(0) and "(" not in m.group(0)
        obfuscated_dot = any(d.group(0) != "." for d in _OBF_DOT_RE.finditer(raw_domain))
        if bare_at and not obfuscated_dot:
            continue  # "contact us at example.com" is prose, not an address
        domain = _OBF_DOT_RE.sub(".", raw_domain)
        local = m.group("local").rstrip(".")
        if local and _plausible_domain(domain):
            hits.append((m.start(), m.end(), f"{local}@{domain}".lower()))
    hits.sort()
    emails = list(dict.fromkeys(address for _, _, address in hits))  # distinct, in order
    return emails, [(s, e) for s, e, _ in hits]


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
    rf"(?<=[ ：:])(?<![@.])(?P<host>{_LABEL}(?:\.{_LABEL}){{1,6}})(?=[ .,;，。；)）]|$)"
)
_VISIT_CUE = re.compile(r"(?i:visit|go to|see)[ ]$|(?:访问|訪問|网址|網址|官网|官網)[ ：:]{0,2}$")


def _find_urls(folded: str, email_spans: list[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(url for _, _, url in _find_url_spans(folded, email_spans))


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
            if "." in url:
                hits.append((m.start(), m.start() + len(url), url))
    for m in _VISIT_HOST.finditer(folded):
        host = m.group("host")
        if _VISIT_CUE.search(folded[max(0, m.start() - 8) : m.start()]) and _plausible_domain(host):
            if not any(s <= m.start() < e for s, e, _ in hits):
                hits.append((m.start(), m.end(), host))
    hits.sort()
    seen: set[str] = set()
    out = []
    for start, end, url in hits:
        if url not in seen:
            seen.add(url)
            out.append((start, end, url))
    return out


# --- rights holder ---------------------------------------------------------------------------
_PUNCT = r"\n，。；：、,;:!?！？\"“”‘’《》<>\[\]|"
_NAME = rf"[^{_PUNCT}]{{2,40}}?"
_MAX_CUES = 20
"""Occurrences of each rights-holder cue examined; a notice names its holder in the first few."""
_CUE_WINDOW = 200
"""Characters after a cue that may hold the name (names are at most 40-80 characters)."""

# Each cue is (anchor, pattern): the pattern is matched where the anchor is found, so a long
# text costs one literal scan plus a bounded look at the first few anchors. A leading
# lookahead class of first characters lets the engine skip other positions cheaply.
_ZH_LICENSOR = (
    # 授予X进行保护 / 授权给X / 委托X全权
    (
        re.compile(r"授予|授权给|授权予|授權給|授權予|委托|委託|已授[权權]"),
        re.compile(
            rf"(?:授予|授权给|授权予|授權給|授權予|委托|委託|已授[权權])(?P<name>{_NAME})"
            rf"(?=进行|進行|负责|負責|行使|独家|獨家|全权|全權|代为|代為|维权|維權|[{_PUNCT}. ]|$)"
        ),
    ),
    # 未经X(书面)许可
    (
        re.compile(r"未[经經]"),
        re.compile(
            rf"未[经經]过?(?P<name>{_NAME})的?(?:书面|書面|事先|明确|明確|正式)?"
            r"(?:许可|許可|授权|授權|同意|允许|允許)"
        ),
    ),
)
_ZH_OWNER = (
    # 版权归X所有 / 本文版权属于X
    (
        re.compile(r"版[权權]均?(?:归|歸|属|屬)"),
        re.compile(
            rf"版[权權]均?(?:归|歸|属于|屬於|属|屬)(?P<name>{_NAME})"
            rf"(?=(?:独家|獨家)?所有|[{_PUNCT}]|$)"
        ),
    ),
)
_ZH_OWNED = re.compile(r"版[权權]所有")  # X版权所有: the name is the run before it
_RUN_BEFORE = re.compile(rf"(?P<name>[^{_PUNCT}]{{2,40}})$")
_EN_WORD = r"[A-Z0-9&][A-Za-z0-9&.'\-]{0,40}"
_EN_NAME = rf"{_EN_WORD}(?:[ ](?:(?:of|and|the|for|de|du|la|von|van)[ ])?{_EN_WORD}){{0,9}}"
_EN_LICENSOR = (
    # contact X for licensing
    (
        re.compile(r"(?=[cCwWeE])(?i:contact|write to|e-?mail|call)[ ]"),
        re.compile(
            rf"(?i:contact|write to|e-?mail|call)[ ](?i:the[ ])?(?P<name>{_EN_NAME})"
            r"[ ](?i:for|to (?:obtain|request|seek|arrange)|about|regarding|at)\b"
        ),
    ),
    # without the permission of X
    (
        re.compile(r"(?=[pPcCaA])(?i:permission|consent|authori[sz]ation)[ ](?i:from|of)[ ]"),
        re.compile(
            r"(?i:permission|consent|authori[sz]ation)[ ](?i:from|of)[ ]"
            rf"(?i:the[ ])?(?P<name>{_EN_NAME})"
        ),
    ),
)
_EN_OWNER = (
    (
        re.compile(r"(?=[bBiIpP])(?i:belongs to|is owned by|is held by|property of)[ ]"),
        re.compile(
            r"(?i:belongs to|is owned by|is held by|property of)[ ]"
            rf"(?i:the[ ])?(?P<name>{_EN_NAME})"
        ),
    ),
)
_COPYRIGHT_SIGN = re.compile(
    r"(?=[©(cC])(?:©|\([cC]\)|(?i:copyright))(?:[ ]{0,3}(?:©|\([cC]\)))?[ ]{0,3}:?[ ]{0,3}"
    r"(?:(?:19|20)\d{2}(?:[ ]{0,2}-[ ]{0,2}(?:(?:19|20)\d{2}|present|now))?[ ]{0,3},?[ ]{0,3})?"
)
_ALL_RIGHTS = re.compile(r"(?=[aA])(?i:all rights reserved)")
_ABBREVIATIONS = ("Ltd.", "Inc.", "Co.", "Corp.", "Pty.", "Bros.", "L.L.C.", "S.A.", "plc.", "Jr.", "L.P.", "N.V.", "B.V.")
_ORG_SUFFIX = re.compile(
    r"(?:中心|集团|集團|报社|報社|日报|日報|网|網|公司|社|台|局|部|委员会|委員會|协会|協會|"
    r"Group|Media|News|Press|Times|Post|Ltd\.?|Inc\.?|LLC|plc|Corporation|Company|Agency)$"
)
# Pronouns, roles and licence words that a cue can capture instead of a name (未经本网许可,
# 授权给第三方, 未经授权许可).
_NOT_A_NAME = re.compile(
    r"^(?:本|我|该|該|其|此|作者|原作者|原作|博主|网友|網友|用户|用戶|权利人|權利人|著作权人|著作權人|版权方|版權方|"
    r"第三方|任何|他人|相关|相關|授权|授權|许可|許可|同意|书面|書面|事先|协议|協議|合法|转载|轉載|转自|轉自|网络|網絡|"
    r"各|上述|以上|下列|原文|原版|来源|來源|(?i:all rights|the original|(?:the )?(?:editor|publisher|management)s?\b)|"
    r"(?i:us|we|me|our|the author|the publisher|the copyright|third parties)\b)"
)
_ZH_LEADING = re.compile(
    r"^(?:本|以上|上述|所有|此|该|該)[^为為归歸由系]{0,20}(?:均为|均為|为|為|归|歸|属于|屬於|系|由)"
)
_LEADING_JUNK = re.compile(
    r"^(?:[ ©]|\([cC]\)|(?i:copyright)|(?:19|20)\d{2}(?:-(?:19|20)?\d{2,4})?|[,\-])+"
)
_SENTENCE_END = re.compile(r"[.!?](?=[ ]|$)")
_SUFFIX_FOLLOWS = re.compile(r"(?<![ ])[ ]+(?:Ltd|Limited|Inc|LLC|L\.L\.C|Corp|Co|plc|Pty|S\.A|L\.P)\b")
_EN_SENTENCE_SPLIT = re.compile(r"(?<![A-Z][a-z])(?<!Co)(?<!L\.P)\.[ ]+")  # keeps "Ltd.", "Co.", "L.P."
_EN_COMMA_CUT = re.compile(r",[ ](?!(?:Inc|Ltd|LLC|L\.L\.C|Co|Corp|plc|S\.A)\b)")


def _english_cut(name: str) -> str:
    """Cut an English name at the first sentence end that is not an abbreviation's dot."""
    for m in _SENTENCE_END.finditer(name):
        head = name[: m.end()]
        if m.group(0) == "." and head.endswith(_ABBREVIATIONS):
            # A company suffix ends the name ("X Ltd. For licensing …" → "X Ltd."), unless
            # another suffix follows ("X Co. Ltd.").
            if _SUFFIX_FOLLOWS.match(name, m.end()):
                continue
            return head
        return name[: m.start()]
    return name


_QUOTED = re.compile(r"^[《「『“\"'‘](?P<inner>[^》」』”\"'’]{1,60})[》」』”\"'’]")
_TRAILING_REMARK = re.compile(r"[ ]?(?:\([^()]{1,30}\)|（[^（）]{1,30}）)$")  # a company number: (1287654-X)
_NAME_TAIL = re.compile(r"(?i)(?<![ ,])[ ,]+(?:(?:or|and) its affiliat|all rights? reserved?)")
_LEADING_BY = re.compile(r"^(?i:by)[ ]+")
_ZH_BRAND_SUFFIX = re.compile(r"(?:微信)?(?:公众号|公眾號)$")


def _clean_name(raw: str) -> str | None:
    name = raw.strip().replace("\u200b", "")
    quoted = _QUOTED.match(name)
    if quoted:
        name = quoted.group("inner")
    name = _ALL_RIGHTS.split(name)[0]
    name = re.split(r"(?i:\ball rights? reserved?)", name)[0]
    name = _LEADING_JUNK.sub("", name).strip()
    name = _ZH_LEADING.sub("", name).strip()
    name = _english_cut(name).strip()
    name = _EN_COMMA_CUT.split(name, maxsplit=1)[0]  # "X Ltd., London" → "X Ltd."
    name = _LEADING_BY.sub("", name)
    tail = _NAME_TAIL.search(name)
    if tail:
        name = name[: tail.start()]
    for _ in range(2):
        name = _TRAILING_REMARK.sub("", name).strip()
    name = _ZH_BRAND_SUFFIX.sub("", name).strip(" “”\"《》「」")
    if name.endswith(_ABBREVIATIONS):
        pass  # "Ltd." keeps its dot
    else:
        name = name.rstrip(" .,;:-—")
    if not 2 <= len(name) <= 80 or _NOT_A_NAME.match(name):
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name


def _first_name(
    cues: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...], folded: str, text: str
) -> str | None:
    for anchor, pattern in cues:
        for count, a in enumerate(anchor.finditer(folded)):
            if count == _MAX_CUES:
                break
            m = pattern.match(folded, a.start(), a.start() + _CUE_WINDOW)
            if m:
                name = _clean_name(text[m.start("name") : m.end("name")])
                if name:
                    return name
    return None


_OWNED_LEAD = re.compile(r"^.*?(?:均为|均為|皆为|皆為|均系|均係|均属|均屬|为|為|系|係)(?=.{2})")
_OWNED_AFTER = re.compile(rf"版[权權]所有[ ]?[:：][ ]?(?P<name>[^{_PUNCT}©]{{2,40}})")


def _owned_name(folded: str, text: str) -> str | None:
    """X版权所有 (the run before it), or 版权所有：X."""
    for count, a in enumerate(_ZH_OWNED.finditer(folded)):
        if count == _MAX_CUES:
            break
        after = _OWNED_AFTER.match(folded, a.start(), a.start() + _CUE_WINDOW)
        if after:
            name = _clean_name(text[after.start("name") : after.end("name")].split("  ")[0])
            if name:
                return name
        start = max(0, a.start() - 40)
        m = _RUN_BEFORE.search(folded, start, a.start())
        if m:
            run = text[m.start("name") : m.end("name")]
            parts = [p for p in re.split(r"(?i:all rights? reserved?\.?)", run) if p.strip()]
            if not parts:
                continue
            run = _OWNED_LEAD.sub("", parts[-1])
            name = _clean_name(run)
            if name and not re.search(r"\d{4}", name):
                return name
    return None


_ZH_CLAIMS = (
    # 本文为X原创 / 本文由X原创 / 本文系X独家 / 【稿件声明】本文为X原创稿件
    (
        re.compile(r"(?:本文|本稿|本篇|此文|该文|該文|本作品|本报道|本報導)"),
        re.compile(
            r"(?:本文|本稿|本篇|此文|该文|該文|本作品|本报道|本報導)[^，。；\n]{0,6}?(?:系|为|為|係|是|由)"
            rf"(?P<name>[^{_PUNCT}]{{2,40}}?)(?:独家|獨家)?(?:原创|原創|首发|首發|出品|独家|獨家|版权所有|版權所有)"
        ),
    ),
    # 《X》杂志原创
    (
        re.compile(r"《"),
        re.compile(r"《(?P<name>[^》\n]{1,40})》(?:杂志|雜誌|周刊|週刊|报|報)?(?:原创|原創|独家|獨家)"),
    ),
    # 经X授权转载 (a licensed reprint: X holds the rights)
    (
        re.compile(r"(?<![未非已])[经經]"),
        re.compile(
            rf"[经經](?:过|過)?(?P<name>[“\"《「]?[^{_PUNCT}]{{2,40}}?[”\"》」]?[^{_PUNCT}]{{0,6}}?)(?:的)?(?:独家|獨家|正式)?"
            r"(?:授权|授權)(?:转载|轉載|发布|發布|刊登|刊发|刊發|使用|刊用)"
        ),
    ),
    # 受X的版权保护
    (
        re.compile(r"受"),
        re.compile(rf"受(?:到)?(?P<name>[^{_PUNCT}]{{2,40}}?)的?(?:版[权權]|著作[权權])保[护護]"),
    ),
)
# 本文来自X / 刊于《X》 … with 经授权发布 / 未经授权不得转载 in the notice: X is the source that
# licensed the text.
_SOURCE_CUE = re.compile(
    r"(?:来自|來自|转自|轉自|转载自|轉載自|刊于|刊於|刊载于|刊載於|原载于?|原載於?|原文刊于|原文刊於|选自|選自|摘自|首发于|首發於)"
    r"(?:微信)?(?:公众号|公眾號)?[ ]?"
    r"(?P<name>《[^》\n]{1,40}》|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\"|「[^」\n]{1,40}」|[^，。；,;\n（(《“]{2,30})"
)
_SOURCE_AUTHORISED = re.compile(r"[经經](?:过|過)?[^，。；\n]{0,30}?(?:授权|授權)|未[经經][^，。；\n]{0,10}?(?:授权|授權|许可|許可)")
# "No X material may be republished": the subject that forbids is the holder.
_EN_SUBJECT = re.compile(
    rf"(?<![A-Za-z])No[ ](?P<name>{_EN_NAME})[ ](?:material|content|articles?|stories|photos?|reports?)\b"
)
# "provided you credit “X”"
_CREDIT_NAME = re.compile(r"(?i:credit(?:ing)?|attribute (?:it )?to|attribution to)[ ](?P<name>[“\"][^”\"\n]{2,60}[”\"])")


def _source_name(folded: str, text: str) -> str | None:
    if not _SOURCE_AUTHORISED.search(folded):
        return None
    for count, m in enumerate(_SOURCE_CUE.finditer(folded)):
        if count == _MAX_CUES:
            break
        name = _clean_name(text[m.start("name") : m.end("name")])
        if name and not re.search(r"\d", name):
            return name
    return None


def _pattern_name(pattern: re.Pattern[str], folded: str, text: str) -> str | None:
    for count, m in enumerate(pattern.finditer(folded)):
        if count == _MAX_CUES:
            break
        name = _clean_name(text[m.start("name") : m.end("name")])
        if name:
            return name
    return None


def _single_line_name(text: str) -> str | None:
    """A notice that is only a name (``<meta name="copyright">`` values often are)."""
    line = text.strip()
    if "\n" in line or not 2 <= len(line) <= 60 or re.search(r"[，。；：,;:!?！？@/()（）\[\]【】|]|\d{5}", line):
        return None
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", line)
    if any(w[0].islower() and w not in _NAME_CONNECTORS for w in words):
        return None  # a sentence, not a name: "The views expressed in this article …"
    return _clean_name(line)


_NAME_CONNECTORS = frozenset({"of", "and", "the", "for", "de", "du", "la", "von", "van", "by", "s"})


def _plausible_english(name: str | None) -> str | None:
    return name if name and (name[0].isupper() or not name[0].isascii()) else None


def _copyright_name(folded: str, text: str) -> str | None:
    for count, m in enumerate(_COPYRIGHT_SIGN.finditer(folded)):
        if count == _MAX_CUES:
            break
        rest = text[m.end() : m.end() + _CUE_WINDOW].split("\n", 1)[0]
        rest = re.split(r"版[权權]所有|[，。；|]", rest, maxsplit=1)[0]
        name = _plausible_english(_clean_name(rest))
        if name:
            return name
    for count, m in enumerate(_ALL_RIGHTS.finditer(folded)):
        if count == _MAX_CUES:
            break
        before = text[max(0, m.start() - _CUE_WINDOW) : m.start()].rsplit("\n", 1)[-1]
        sentences = [x for x in _EN_SENTENCE_SPLIT.split(before.rstrip(" ,;")) if x.strip()]
        name = _plausible_english(_clean_name(sentences[-1])) if sentences else None
        if name:
            return name
    return None


def _last_line_name(text: str) -> str | None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return None
    line = lines[-1]
    if len(line) > 30 or re.search(r"[，。；：,;:!?！？@/]", line):
        return None
    if _ORG_SUFFIX.search(line) and not _NOT_A_NAME.match(line):
        return line
    return None


def _find_rights_holder(text: str, folded: str) -> str | None:
    """The rights holder, by cue strength: a grant of the rights (授予X进行保护), an explicit
    claim (版权归X所有, X版权所有, 本文为X原创, 经X授权转载, 受X的版权保护, © YEAR X, "No X
    material may be republished"), the licensor (未经X许可, "permission of X", "contact X for
    licensing"), a credit the notice asks for, else a notice that is only a name or ends with an
    organisation's name. The name is reported as written."""
    grant = _first_name(_ZH_LICENSOR[:1], folded, text)
    return (
        grant
        or _first_name(_ZH_OWNER, folded, text)
        or _owned_name(folded, text)
        or _first_name(_ZH_CLAIMS, folded, text)
        or _source_name(folded, text)
        or _copyright_name(folded, text)
        or _pattern_name(_EN_SUBJECT, folded, text)
        or _first_name(_EN_OWNER, folded, text)
        or _first_name(_ZH_LICENSOR[1:], folded, text)
        or _first_name(_EN_LICENSOR, folded, text)
        or _pattern_name(_CREDIT_NAME, folded, text)
        or _single_line_name(text)
        or _last_line_name(text)
    )


# --- uses, permissions and conditions ------------------------------------------------------------
# Word families, one per use of :data:`~reprint_guard.models.USES`. Word endings are spelled
# out so that "editor", "edition", "copyright" and "extraction" stay out.
_USE_WORDS = {
    "reprint": r"转载|轉載|转帖|轉帖|转贴|轉貼|转发|轉發|刊用|(?i:\b(?:reprint|republi(?:sh|cation))\w{0,8}|\bpublish(?:ed)?\b)",
    "modify": r"修改|改编|改編|篡改|改写|改寫|删改|刪改|洗稿|改动|改動"
    r"|(?i:\b(?:modif\w{0,8}|alter(?:s|ed|ing|ations?)?\b|adapt(?:s|ed|ing|ations?)?\b"
    r"|rewrit(?:e|es|ten|ing)\b|rewrote\b|edit(?:s|ed|ing)?\b))",
    "excerpt": r"摘编|摘編|摘录|摘錄|节选|節選|摘抄"
    r"|(?i:\bexcerpt\w{0,4}|\bquot(?:e|ed|ing) in part|\bextract(?:s|ed|ing)?\b"
    r"|\babridg(?:e|es|ed|ing|e?ments?)\b)",
    "mirror": r"镜像|鏡像|(?i:\bmirror(?:s|ed|ing)?\b)",
    "copy": r"复制|複製|翻印|拷贝|拷貝|(?i:\bcop(?:y|ies|ied|ying)\b|\breproduc\w{0,8})",
    "download": r"下载|下載|(?i:\bdownload(?:s|ed|ing)?\b)",
    "broadcast": r"播送|播放|(?i:\bbroadcast\w{0,3})",
    "redistribute": r"传播|傳播|传输|傳輸|分发|分發|(?i:\b(?:re)?distribut\w{0,8}|\btransmi(?:t|ts|tted|tting|ssion)\b)",
    "scrape": r"爬虫|爬蟲|爬取|抓取|采集|採集|数据挖掘|數據挖掘"
    r"|(?i:\bscrap(?:e|es|ed|ing)\b|\bcrawl\w{0,3}|\b(?:text and )?data mining\b)",
    "ai_training": r"人工智能|(?<![A-Za-z])AI(?![A-Za-z])|大模型|模型训练|模型訓練"
    r"|(?i:\bartificial intelligence\b|\bmachine learning\b|\btrain(?:ing)? (?:of )?(?:ai|models?|large language)\b)",
}
_USE_FIRST = "转轉刊修改篡删刪洗摘节節镜鏡复複翻拷下播传傳分爬抓采採数數人大模AaBbCcDdEeMmPpQqRrSsTt"
_USE = re.compile(
    rf"(?=[{_USE_FIRST}])(?:" + "|".join(f"(?P<{use}>{rx})" for use, rx in _USE_WORDS.items()) + ")"
)
_USE_CONTEXT = 160
"""Characters around a use word searched for its markers; a notice's sentences are shorter,
and scanning only near use words keeps marker-free text cheap."""
# One pass over the text, token by token. ``deny``/``allow`` precede a use and the nearest one
# before the use decides; ``after`` follows a use ("须经…授权", "is prohibited", "without
# permission", 违者必究) and forbids the undecided uses before it in the sentence, and those after
# it; ``after_allow`` ("for free", "under a Creative Commons licence") permits them. A deny that
# only concerns commercial use (不得以商业形式分发) sets the non-commercial condition instead.
_FORBID_TOKEN = re.compile(
    r"(?=[。！？；!?;\n.须須需必应應未不禁严嚴请請切谢謝拒欢歡可转轉复複镜鏡修改篡删刪洗摘节節非如若免无無"
    + _USE_FIRST
    + r"aAcCdDeEfFiImMnNpPqQrRsSuUwWyYfFoO])"
    r"(?:(?P<end>[。！？；!?;]|(?<![、，,\-a-z ])\n|\.(?=[ \n]|$))"
    r"|(?P<credit_reprint>(?:转载|轉載)(?=(?:时|時)?(?:请|請|须|須|需|务必|務必|应|應)(?:注明|註明|标明|標明|保留|署名)))"
    r"|(?P<after>须经|須經|需经|需經|需要经|必须经|必須經|应经|應經|应当经|應當經|须获|須獲|需获|需獲|必究"
    r"|(?i:\bwithout\b[^.;\n]{0,40}?\b(?:permission|consent|authori[sz]ation|licen[cs]e)"
    r"|\b(?:prohibited|forbidden|not permitted|not allowed)\b))"
    r"|(?P<after_allow>(?i:\bfor free\b|\bfree of charge\b|\bunder (?:a|the) creative commons\b))"
    r"|(?P<deny>未[经經]|非[经經]|未获|未獲|不得|不可|不能|不准|不允许|不允許|不许|不許|禁止|严禁|嚴禁|请勿|請勿|切勿"
    r"|谢绝|謝絕|拒绝|拒絕|无权|無權|如需|如要|若需|如欲"
    r"|(?i:\b(?:may not|must not|shall not|cannot|can ?not|do not|don't|no part|nor|unauthori[sz]ed"
    r"|unlicen[sc]ed|without)\b))"
    # 允许 is left out: 未经X允许 is a prohibition.
    r"|(?P<allow>欢迎|歡迎|可以|免费|免費|(?i:\b(?:welcome|free to|feel free|you may\b(?! not)|may freely|you can"
    r"|permission is granted|are permitted|is permitted)\b))"
    + "".join(f"|(?P<{use}>{rx})" for use, rx in _USE_WORDS.items())
    + ")"
)
_COMMERCIAL = re.compile(r"商业|商業|营利|營利|转售|轉售|(?i:commercial|resale|sell)")
# 拒绝任何不保留版权的转载: reprints that keep the notice are welcome.
_KEEP_NOTICE = re.compile(r"不保留(?:本文)?(?:版[权權]|声明|聲明|出处|出處|作者)[^。\n]{0,6}?(?:转载|轉載)")
_PERSONAL_USE = re.compile(r"(?i:personal,? (?:and )?non-?commercial use|个人非商业|個人非商業|个人学习|個人學習)")
_CONDITION_PATTERNS = (
    (
        "credit",
        re.compile(
            r"(?<!本网)(?<!本站)(?<!本網)(?:注明|註明|标明|標明|写明|寫明)[^。；\n]{0,6}?(?:出处|出處|来源|來源|作者|原文|版权|版權)"
            r"|署名|(?i:\bcredit(?:s|ed|ing)?\b|\battribut(?:e|ion)\b|must (?:name|cite))"
        ),
    ),
    ("keep_notice", re.compile(r"保留(?:本|此|原)?(?:版[权權]|声明|聲明|作者信息)|(?i:(?:keep|retain) (?:this|the) (?:notice|copyright))")),
    ("non_commercial", re.compile(r"非商业|非商業|(?i:non-?commercial)")),
    ("share_alike", re.compile(r"相同方式共享|(?i:share[- ]?alike)")),
    ("no_derivatives", re.compile(r"禁止演绎|禁止改作|(?i:no[- ]?deriv\w*)")),
    ("link_back", re.compile(r"原文链接|原文鏈接|(?i:link (?:back )?to (?:the )?original|link back)")),
)
# Creative Commons: named ("Creative Commons Attribution-NonCommercial 4.0", "CC BY-NC-ND 3.0 TW")
# or linked (creativecommons.org/licenses/by-nd/4.0/).
_CC_NAMED = re.compile(
    r"(?i:creative commons\s+(?:licen[cs]e\s+)?\(?(?P<words>attribution(?:[- ]+(?:non-?commercial|no-?deriv(?:s|atives|ative works)?"
    r"|share-?alike)){0,3}))\)?[ ,]{0,2}(?P<v1>\d\.\d)?(?:\s+(?P<r1>taiwan|tw))?"
    r"|\bCC[ -](?P<abbr>BY(?:-(?:NC|ND|SA)){0,3})(?:[ ](?P<v2>\d\.\d))?(?:[ ](?P<r2>TW|HK|CN)\b)?"
    r"|creativecommons\.org/licenses/(?P<path>by(?:-(?:nc|nd|sa)){0,3})/(?P<v3>\d\.\d)(?:/(?P<r3>[a-z]{2}))?"
)


def _cc_licence(folded: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """``(licence id, permitted uses, conditions)`` of a Creative Commons grant in the text."""
    m = _CC_NAMED.search(folded)
    if not m:
        return None, (), ()
    if m.group("words"):
        words = m.group("words").lower()
        parts = ["BY"]
        parts += ["NC"] if "commercial" in words else []
        parts += ["ND"] if "deriv" in words else []
        parts += ["SA"] if "alike" in words else []
        version, region = m.group("v1"), m.group("r1")
    else:
        parts = (m.group("abbr") or m.group("path")).upper().split("-")
        version, region = m.group("v2") or m.group("v3"), m.group("r2") or m.group("r3")
    name = "CC " + "-".join(parts) + (f" {version}" if version else "")
    if version and region:
        name += " TW" if region.lower() in ("tw", "taiwan") else f" {region.upper()}"
    uses = ("reprint", "copy", "redistribute") + (() if "ND" in parts else ("modify",))
    conditions = ["credit"]
    conditions += ["non_commercial"] if "NC" in parts else []
    conditions += ["share_alike"] if "SA" in parts else []
    conditions += ["no_derivatives"] if "ND" in parts else []
    return name, uses, tuple(conditions)


def _find_uses(folded: str) -> tuple[set[str], set[str], set[str]]:
    """``(forbidden, permitted, conditions)`` read from the notice's sentences."""
    windows: list[list[int]] = []
    for u in _USE.finditer(folded):
        lo, hi = max(0, u.start() - _USE_CONTEXT), u.end() + _USE_CONTEXT
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    keep_notice = [(m.start(), m.end()) for m in _KEEP_NOTICE.finditer(folded)]
    forbidden: set[str] = set()
    permitted: set[str] = set()
    conditions: set[str] = set()
    if keep_notice:
        permitted.add("reprint")
        conditions.add("keep_notice")
    for lo, hi in windows:
        nearest: str | None = None  # the last deny/allow marker in this sentence
        pending: list[str] = []  # uses in this sentence with no marker before them
        for m in _FORBID_TOKEN.finditer(folded, lo, hi):
            if any(a <= m.start() < b for a, b in keep_notice):
                continue
            kind = m.lastgroup
            if kind == "end":
                nearest, pending = None, []
            elif kind == "after":
                forbidden.update(pending)
                nearest, pending = "deny", []
            elif kind == "after_allow":
                permitted.update(pending)
                nearest, pending = "allow", []
            elif kind == "credit_reprint":
                if nearest == "deny":
                    forbidden.add("reprint")
                else:
                    permitted.add("reprint")
                    conditions.add("credit")
            elif kind == "deny":
                clause = re.split(r"[，,、。；;\n]", folded[m.end() : m.end() + 16], maxsplit=1)[0]
                if _COMMERCIAL.search(clause):
                    conditions.add("non_commercial")
                    nearest = "commercial"
                else:
                    nearest = kind
            elif kind == "allow":
                nearest = kind
            elif kind is not None:
                if nearest == "deny":
                    forbidden.add(kind)
                elif nearest == "allow":
                    permitted.add(kind)
                elif nearest is None:
                    pending.append(kind)
    return forbidden, permitted, conditions


def _uses_and_permissions(
    folded: str,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]:
    """``(forbidden_uses, permitted_uses, conditions, licence)``; a use both forbidden and
    permitted (未经许可不得转载 … 转载请注明出处) stays forbidden."""
    forbidden, permitted, conditions = _find_uses(folded)
    licence, cc_uses, cc_conditions = _cc_licence(folded)
    permitted.update(cc_uses)
    conditions.update(cc_conditions)
    for name, pattern in _CONDITION_PATTERNS:
        if pattern.search(folded):
            conditions.add(name)
    permitted -= forbidden
    if _PERSONAL_USE.search(folded):
        # "for your personal, non-commercial use": an exception to a general prohibition
        permitted.add("copy")
        forbidden.discard("copy")
        conditions.add("non_commercial")
    return (
        tuple(u for u in USES if u in forbidden),
        tuple(u for u in USES if u in permitted),
        tuple(c for c in CONDITIONS if c in conditions),
        licence,
    )


def _find_forbidden(folded: str) -> tuple[str, ...]:
    return _uses_and_permissions(folded)[0]


# --- contact roles -------------------------------------------------------------------------------
_ROLE_WORDS = re.compile(
    r"(?P<complaint>举报|舉報|投诉|投訴|(?i:\bcomplaints?\b|report abuse))"
    r"|(?P<tip>报料|爆料|報料|新闻热线|新聞熱線|新闻线索|新聞線索|(?i:\bnews ?tips?\b|\btips?\b|newsdesk|news desk|tip-?off))"
    r"|(?P<subscription>订报|訂報|订阅|訂閱|发行|發行|(?i:\bsubscri\w*|\bcirculation\b))"
    r"|(?P<advertising>广告|廣告|(?i:\badvertis\w*|\bads\b))"
    r"|(?P<licensing>版权(?!所有)|版權(?!所有)|授权|授權|转载|轉載|许可|許可|侵权|侵權|使用|(?i:\breprints?\b|\bpermissions?\b|\blicens\w*"
    r"|\bsyndicat\w*|\brights\b))"
    r"|(?P<other>客服|总机|總機|投稿|传真|傳真|地址|读者服务|讀者服務|编辑部|編輯部|总编室|總編室|办事处|辦事處|值班|服务|服務|(?i:\bfax\b|\bcustomer\b|\bservice\b|\bsubmissions?\b"
    r"|\baddress\b|\bfeedback\b))"
)
_ROLE_LOOKBACK = 50


def _assign_roles(
    folded: str, spans: list[tuple[int, int]], uses_stated: bool
) -> list[str]:
    """The role of each contact span (sorted by start), read from the words before it.

    The nearest role word between the previous contact (or the line start, at most 50
    characters back) and the contact decides; a contact without one takes the role of the
    contact before it on the same line, else ``licensing`` in a notice that forbids or permits
    use, else ``other``.
    """
    roles: list[str] = []
    prev_end = 0
    prev_line = -1
    for start, end in spans:
        line_start = folded.rfind("\n", 0, start) + 1
        lo = max(line_start, prev_end, start - _ROLE_LOOKBACK)
        words = list(_ROLE_WORDS.finditer(folded, lo, start))
        if words:
            role = words[-1].lastgroup or "other"
        elif prev_line == line_start and roles:
            role = roles[-1]
        else:
            role = "licensing" if uses_stated else "other"
        roles.append(role)
        prev_end, prev_line = end, line_start
    return roles


_ANALYSE_CHARS = 20_000
"""Characters of a notice read for its rights holder, uses, permissions and conditions. A
notice states them in a few sentences; a longer "notice" is a page of something else, and this
keeps hostile input cheap. Contacts are looked for in the whole text."""


# --- entry point -------------------------------------------------------------------------------
def parse_notice(text: str, *, default_region: str = "CN", site: str | None = None) -> LicenceNotice:
    """Parse a licensing-notice block into rights holder, contacts and forbidden uses.

    Args:
        text: the notice block, any length; Chinese (Simplified or Traditional) or English.
            Full-width digits, letters and punctuation and any Unicode dash are read as their
            ASCII forms; every returned ``as_written`` is still a substring of ``text``.
        site: the publishing site's name as the page states it (``og:site_name``, the 来源
            line); taken as the rights holder when the notice states terms of use (欢迎转载，请
            注明出处; a Creative Commons licence) without naming who grants them.
        default_region: ISO 3166-1 alpha-2 region for numbers written without a country code
            (``"CN"`` reads ``0931-8159799`` as ``+869318159799``). Chinese-format candidates
            (area-code landlines, 1[3-9] mobiles, 400/800 numbers) are only looked for when it
            is ``"CN"``.

    Returns:
        A :class:`LicenceNotice` with ``text`` verbatim and

        * ``rights_holder``: the licensor named in 授予X / 未经X许可 / "contact X for
          licensing", else the owner in 版权归X所有 / X版权所有 / "© 2024 X" /
          "X. All rights reserved", else a last line that is a short organisation name; ``None``
          when nothing is found.
        * ``phones``: distinct ``(e164, extension)`` pairs in text order. E.164 strings have
          8-15 digits after ``+`` (ITU-T E.164). Candidates come from ``phonenumbers``'
          ``PhoneNumberMatcher`` (leniency ``VALID``) over the folded text, from ``+`` runs
          with trailing groups dropped until they parse, and from patterns for
          China's numbering plan (0 + area code 10/2X/3 digits + 7-8 digit subscriber, mobiles,
          400/800), checked with ``phonenumbers.parse``/``is_valid_number``/``number_type``.
          A well-formed Chinese landline that the metadata rejects is kept as ``landline``.
          Types: ``landline`` (FIXED_LINE), ``mobile``, ``service`` (400/800, TOLL_FREE,
          SHARED_COST, UAN) or ``unknown``. Dates, postcodes and manuscript numbers fail
          these checks.
        * ``emails``: distinct lower-cased addresses in text order, including ``＠`` and
          ``[at]``/``(at)``/`` at `` with ``[dot]``/``(dot)`` obfuscations that yield a domain
          with an alphabetic top-level label.
        * ``urls``: distinct ``http(s)://`` URLs and bare ``www.`` hosts in text order, as
          written (full-width forms folded to ASCII), trailing punctuation stripped.
        * ``forbidden_uses``: the subset of :data:`~reprint_guard.models.FORBIDDEN_USES` the
          notice forbids (不得/禁止/严禁/未经…许可, "may not", "without permission", ...); a
          use that is welcomed (欢迎转载) is not forbidden.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ConfigError: ``default_region`` is not a region ``phonenumbers`` knows.

    Runs in time linear in ``len(text)`` (about a second per megabyte): patterns have bounded
    repetition, ``PhoneNumberMatcher`` only sees windows around digits (at most 50 000
    characters of them), at most 200 candidates per phone finder are parsed and the first 20
    occurrences of each rights-holder cue are examined.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_notice expects str, got {type(text).__name__}; decode bytes first")
    region = default_region.upper() if isinstance(default_region, str) else ""
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ConfigError(
            f"default_region {default_region!r} is not a known region; use an ISO 3166-1 "
            "alpha-2 code such as 'CN', 'HK', 'TW', 'GB' or 'US'"
        )
    folded = _fold(text)
    emails, email_spans = _find_emails(folded)
    url_spans = _find_url_spans(folded, email_spans)
    masked = _mask(folded, [*email_spans, *((a, b) for a, b, _ in url_spans)])
    phone_spans = _find_phone_spans(text, masked, region)
    head = folded[:_ANALYSE_CHARS]
    forbidden, permitted, conditions, licence = _uses_and_permissions(head)

    # Contacts in text order, each with its role; e-mails keep the first hit's spelling.
    contacts: list[tuple[int, int, str, object]] = [(f.start, f.end, "phone", f.phone) for f in phone_spans]
    seen_email: set[str] = set()
    for start, end in email_spans:
        address = _email_at(folded, start, end)
        if address and address not in seen_email:
            seen_email.add(address)
            contacts.append((start, end, "email", Email(address, "other", text[start:end])))
    contacts += [(a, b, "url", Link(url)) for a, b, url in url_spans]
    contacts.sort(key=lambda c: c[0])
    roles = _assign_roles(folded, [(a, b) for a, b, _, _ in contacts], bool(forbidden or permitted))
    phones: list[Phone] = []
    mails: list[Email] = []
    links: list[Link] = []
    seen: set[tuple[object, ...]] = set()
    for (_, _, kind, item), role in zip(contacts, roles):
        if isinstance(item, Phone):
            key: tuple[object, ...] = ("phone", item.e164, item.extension, role)
            if key not in seen:
                phones.append(replace(item, role=role))
        elif isinstance(item, Email):
            key = ("email", item.address)
            if key not in seen:
                mails.append(replace(item, role=role))
        elif isinstance(item, Link):
            key = ("url", item.url)
            if key not in seen:
                links.append(replace(item, role=role))
        seen.add(key)
    holder = _find_rights_holder(text[:_ANALYSE_CHARS], head)
    if holder is None and site and (forbidden or permitted or licence):
        holder = _clean_name(site)
    return LicenceNotice(
        text=text,
        rights_holder=holder,
        phones=tuple(phones),
        emails=tuple(mails),
        urls=tuple(links),
        forbidden_uses=forbidden,
        permitted_uses=permitted,
        conditions=conditions,
        licence=licence,
    )


def _email_at(folded: str, start: int, end: int) -> str | None:
    """The address of the e-mail hit at ``[start, end)``, obfuscation undone."""
    found, _ = _find_emails(folded[start:end])
    return found[0] if found else None
