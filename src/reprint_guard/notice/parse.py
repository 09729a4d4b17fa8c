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
from itertools import accumulate, islice
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from reprint_guard.errors import ConfigError
from reprint_guard.models import FORBIDDEN_USES, LicenceNotice, Phone

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
    table[ord("\u200b")] = " "  # zero-width space: a separator nobody sees
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
    folded: str, region: str
) -> Iterator[tuple[int, int, phonenumbers.PhoneNumber]]:
    """PhoneNumberMatcher (leniency VALID) over the windows; text without digits is skipped."""
    for lo, hi in _digit_windows(folded):
        matcher = phonenumbers.PhoneNumberMatcher(
            folded[lo:hi],
            region,
            leniency=phonenumbers.Leniency.VALID,
            max_tries=_MATCHER_MAX_TRIES,
        )
        for m in matcher:
            yield lo + m.start, lo + m.end, m.number


def _find_phones(text: str, folded: str, region: str) -> tuple[Phone, ...]:
    found: list[_Found] = []
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
    phones: list[Phone] = []
    seen: set[tuple[str, str | None]] = set()
    last_end = -1
    for f in found:
        if f.start < last_end:
            continue
        last_end = f.end
        key = (f.phone.e164, f.phone.extension)
        if key not in seen:
            seen.add(key)
            phones.append(f.phone)
    return tuple(phones)


# --- e-mails and URLs ----------------------------------------------------------------------
_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"
_LABEL = r"[A-Za-z0-9][A-Za-z0-9\-]{0,62}"
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9._%+\-])(?P<local>{_LOCAL})@(?P<domain>{_LABEL}(?:\.{_LABEL}){{1,8}})"
)
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
    return len(labels) >= 2 and bool(_TLD.fullmatch(labels[-1]))


def _find_emails(folded: str) -> tuple[list[str], list[tuple[int, int]]]:
    hits: list[tuple[int, int, str]] = []
    for m in _EMAIL.finditer(folded):
        domain = m.group("domain")
        if _plausible_domain(domain):
            hits.append((m.start(), m.end(), f"{m.group('local')}@{domain}".lower()))
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


def _find_urls(folded: str, email_spans: list[tuple[int, int]]) -> tuple[str, ...]:
    # Spans are sorted by start; a prefix maximum of their ends answers "does any e-mail
    # overlap [start, end)?" with one bisection.
    starts = [s for s, _ in email_spans]
    max_end = list(accumulate((e for _, e in email_spans), max))
    hits: list[tuple[int, str]] = []
    for pattern in (_URL, _WWW):
        for m in pattern.finditer(folded):
            k = bisect_left(starts, m.end())  # e-mails starting before the URL ends
            if k and max_end[k - 1] > m.start():
                continue  # the host of an e-mail address, not a URL
            url = _strip_url(m.group(0))
            if "." in url:
                hits.append((m.start(), url))
    hits.sort()
    return tuple(dict.fromkeys(url for _, url in hits))


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
        re.compile(r"授予|授权给|授权予|授權給|授權予|委托|委託"),
        re.compile(
            rf"(?:授予|授权给|授权予|授權給|授權予|委托|委託)(?P<name>{_NAME})"
            rf"(?=进行|進行|负责|負責|行使|独家|獨家|全权|全權|代为|代為|[{_PUNCT}. ]|$)"
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
_ABBREVIATIONS = ("Ltd.", "Inc.", "Co.", "Corp.", "Pty.", "Bros.", "L.L.C.", "S.A.", "plc.", "Jr.")
_ORG_SUFFIX = re.compile(
    r"(?:中心|集团|集團|报社|報社|日报|日報|网|網|公司|社|台|局|部|委员会|委員會|协会|協會|"
    r"Group|Media|News|Press|Times|Post|Ltd\.?|Inc\.?|LLC|plc|Corporation|Company|Agency)$"
)
# Pronouns, roles and licence words that a cue can capture instead of a name (未经本网许可,
# 授权给第三方, 未经授权许可).
_NOT_A_NAME = re.compile(
    r"^(?:本|我|该|該|其|此|作者|权利人|權利人|著作权人|著作權人|版权方|版權方|第三方|任何|他人|"
    r"相关|相關|授权|授權|许可|許可|同意|书面|書面|事先|"
    r"(?i:us|we|me|our|the author|the publisher|the copyright|third parties)\b)"
)
_ZH_LEADING = re.compile(
    r"^(?:本|以上|上述|所有|此|该|該)[^为為归歸由系]{0,20}(?:均为|均為|为|為|归|歸|属于|屬於|系|由)"
)
_LEADING_JUNK = re.compile(
    r"^(?:[ ©]|\([cC]\)|(?i:copyright)|(?:19|20)\d{2}(?:-(?:19|20)?\d{2,4})?|[,\-])+"
)
_SENTENCE_END = re.compile(r"[.!?](?=[ ]|$)")
_EN_SENTENCE_SPLIT = re.compile(r"(?<![A-Z][a-z])(?<!Co)\.[ ]+")  # keeps "Ltd." and "Co."
_EN_COMMA_CUT = re.compile(r",[ ](?!(?:Inc|Ltd|LLC|L\.L\.C|Co|Corp|plc|S\.A)\b)")


def _english_cut(name: str) -> str:
    """Cut an English name at the first sentence end that is not an abbreviation's dot."""
    for m in _SENTENCE_END.finditer(name):
        head = name[: m.end()]
        if m.group(0) == "." and head.endswith(_ABBREVIATIONS):
            continue
        return name[: m.start()]
    return name


def _clean_name(raw: str) -> str | None:
    name = raw.strip()
    name = _ALL_RIGHTS.split(name)[0]
    name = _LEADING_JUNK.sub("", name).strip()
    name = _ZH_LEADING.sub("", name).strip()
    name = _english_cut(name).strip()
    name = _EN_COMMA_CUT.split(name, maxsplit=1)[0]  # "X Ltd., London" → "X Ltd."
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


def _owned_name(folded: str, text: str) -> str | None:
    for count, a in enumerate(_ZH_OWNED.finditer(folded)):
        if count == _MAX_CUES:
            break
        start = max(0, a.start() - 40)
        m = _RUN_BEFORE.search(folded, start, a.start())
        if m:
            name = _clean_name(text[m.start("name") : m.end("name")])
            if name:
                return name
    return None


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
    # The entity that grants licences first, then the owner, then a signature line.
    return (
        _first_name(_ZH_LICENSOR, folded, text)
        or _first_name(_EN_LICENSOR, folded, text)
        or _first_name(_ZH_OWNER, folded, text)
        or _owned_name(folded, text)
        or _first_name(_EN_OWNER, folded, text)
        or _copyright_name(folded, text)
        or _last_line_name(text)
    )


# --- forbidden uses --------------------------------------------------------------------------
# Word families, by what the copy does. Rewriting, editing and 洗稿 ("washing" a story into
# other words) change the text: modify. Extracting, quoting in part and abridging keep a
# selection of it: excerpt (the PRC Copyright Law pairs 摘编 with printing a work "as a
# digest", 作为文摘). Copying, mirroring and reposting keep it whole: reprint. Word endings are
# spelled out so that "editor", "edition", "copyright" and "extraction" stay out.
_USE_WORDS = {
    "reprint": r"转载|轉載|复制|複製|转帖|轉帖|镜像|鏡像"
    r"|(?i:\b(?:reprint|republi(?:sh|cation)|reproduc|redistribut)\w{0,8}"
    r"|\bcop(?:y|ies|ied|ying)\b)",
    "modify": r"修改|改编|改編|篡改|改写|改寫|删改|刪改|洗稿"
    r"|(?i:\b(?:modif\w{0,8}|alter(?:s|ed|ing|ations?)?\b|adapt(?:s|ed|ing|ations?)?\b"
    r"|rewrit(?:e|es|ten|ing)\b|rewrote\b|edit(?:s|ed|ing)?\b))",
    "excerpt": r"摘编|摘編|摘录|摘錄|节选|節選|摘抄"
    r"|(?i:\bexcerpt\w{0,4}|\bquot(?:e|ed|ing) in part|\bextract(?:s|ed|ing)?\b"
    r"|\babridg(?:e|es|ed|ing|e?ments?)\b)",
}
_USE = re.compile(
    r"(?=[转轉复複镜鏡修改篡删刪洗摘节節aAcCeEmMqQrR])(?:"  # first characters of the words: a cheap skip
    + "|".join(f"(?P<{use}>{rx})" for use, rx in _USE_WORDS.items())
    + ")"
)
_USE_CONTEXT = 160
"""Characters around a use word searched for its markers; a notice's sentences are shorter,
and scanning only near use words keeps marker-free text cheap."""
# One pass over the text, token by token. ``deny``/``allow`` precede a use and the nearest one
# before the use decides; ``after`` follows a use ("须经…授权", "is prohibited", "without
# permission") and forbids the undecided uses before it in the sentence, and those after it.
_FORBID_TOKEN = re.compile(
    # The leading class lists every first character below; it lets the engine skip the other
    # positions cheaply instead of trying each alternative there.
    r"(?=[。！？；!?;\n.须須需必应應未不禁严嚴请請切谢謝拒欢歡可转轉复複镜鏡修改篡删刪洗摘节節"
    r"aAcCdDeEfFiImMnNpPqQrRsSuUwWyY])"
    r"(?:(?P<end>[。！？；!?;\n]|\.(?=[ \n]|$))"
    r"|(?P<after>须经|須經|需经|需經|需要经|必须经|必須經|应经|應經|应当经|應當經|须获|須獲|需获|需獲"
    r"|(?i:\bwithout\b[^.;\n]{0,40}?\b(?:permission|consent|authori[sz]ation|licen[cs]e)"
    r"|\b(?:prohibited|forbidden|not permitted|not allowed)\b))"
    r"|(?P<deny>未[经經]|不得|不可|不准|不允许|不允許|不许|不許|禁止|严禁|嚴禁|请勿|請勿|切勿"
    r"|谢绝|謝絕|拒绝|拒絕|(?i:\b(?:may not|must not|shall not|cannot|can ?not|do not|don't"
    r"|no part|unauthori[sz]ed|unlicen[sc]ed|without)\b))"
    # 允许 is left out: 未经X允许 is a prohibition.
    r"|(?P<allow>欢迎|歡迎|可以|(?i:\b(?:welcome|free to|feel free|you may\b(?! not)|may freely"
    r"|permission is granted|are permitted|is permitted)\b))"
    + "".join(f"|(?P<{use}>{rx})" for use, rx in _USE_WORDS.items())
    + ")"
)



def _find_forbidden(folded: str) -> tuple[str, ...]:
    windows: list[list[int]] = []
    for u in _USE.finditer(folded):
        lo, hi = max(0, u.start() - _USE_CONTEXT), u.end() + _USE_CONTEXT
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    forbidden: set[str] = set()
    for lo, hi in windows:
        nearest: str | None = None  # the last deny/allow marker in this sentence
        pending: list[str] = []  # uses in this sentence with no marker before them
        for m in _FORBID_TOKEN.finditer(folded, lo, hi):
            kind = m.lastgroup
            if kind == "end":
                nearest, pending = None, []
            elif kind == "after":
                forbidden.update(pending)
                nearest, pending = "deny", []
            elif kind in ("deny", "allow"):
                nearest = kind
            elif kind is not None:
                if nearest == "deny":
                    forbidden.add(kind)
                elif nearest is None:
                    pending.append(kind)
            if len(forbidden) == len(FORBIDDEN_USES):
                return FORBIDDEN_USES
    return tuple(use for use in FORBIDDEN_USES if use in forbidden)


# --- entry point -------------------------------------------------------------------------------
def parse_notice(text: str, *, default_region: str = "CN") -> LicenceNotice:
    """Parse a licensing-notice block into rights holder, contacts and forbidden uses.

    Args:
        text: the notice block, any length; Chinese (Simplified or Traditional) or English.
            Full-width digits, letters and punctuation and any Unicode dash are read as their
            ASCII forms; every returned ``as_written`` is still a substring of ``text``.
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
    return LicenceNotice(
        text=text,
        rights_holder=_find_rights_holder(text, folded),
        phones=_find_phones(text, folded, region),
        emails=tuple(emails),
        urls=_find_urls(folded, email_spans),
        forbidden_uses=_find_forbidden(folded),
    )
