"""How well reprint_guard reads a rights holder when an outlet prints its notice a little differently.

Rules fitted to the exact forms of ``bench/notices/forms.jsonl`` need not transfer to other outlets:
another outlet has another name, prints Traditional instead of Simplified, half-width instead of
full-width punctuation, ``(c)`` instead of ``©``, one line instead of two. This benchmark builds
*metamorphic variants* of every labelled form that has a rights holder, each with an expected
answer known by construction, and scores the rights holder exactly as ``bench/notices.py`` does
(the page filled with People's Daily paragraphs, through :func:`reprint_guard.extract.extract` and
:func:`reprint_guard.notice.parse_notice`), against the unchanged form's score on the same forms.

Variant kinds:

* **name swap** (``name``): every occurrence of the holder (and of each accepted alternative that
  contains it or that it contains, through their shared core) in the page replaced by invented
  names of varied shapes from a seeded generator (``--names`` per form): Chinese names of 2–12 Han
  characters with organisational suffixes (报社, 传媒有限公司, 融媒体中心 …), Latin brands (ABC财经),
  digits; English names with apostrophes, ampersands, digits, ``of``, ``and``, legal suffixes.
  A form is skipped when the name cannot be swapped unambiguously: an English occurrence inside a
  longer word, a host name or an e-mail address, a casing other than the label's, upper or lower
  case; a Chinese core under three characters; alternatives that do not share one core.
* **script** (``s2t``, ``s2tw`` for mainland forms; ``t2s`` for HK/Macau/Taiwan): the filled page
  and the holder converted with OpenCC; skipped when the converted holder is not on the converted page.
* **punctuation and spacing** on the notice's lines as the page prints them (tags and entities
  between their characters allowed): ``to half-width`` (：（），→ :(),), ``to full-width`` (the
  reverse, next to a Han character only, not in a URL, a time or a number), ``© spacing`` (spaces
  around ©), ``© → (c)``, ``© → Copyright ©``, ``Copyright/(c) → ©``, ``years: range added`` (a lone
  year after ©/Copyright becomes 2001-YEAR), ``years: range removed``. The holder and its
  alternatives go through the same change; the name as printed before the change stays accepted
  (a page may print it elsewhere too).
* **line shape**: ``lines joined`` (the notice's lines on one line), ``line split`` (a long notice
  line broken at a sentence end, never inside the holder), ``ALL CAPS`` (English notice lines).

A kind that does not apply to a form (no ©, one line, a meta-only notice for line shapes) is
``n/a``; a form the change cannot keep unambiguous is ``skipped``. Only aggregate counts are
printed for the ``report`` half; ``--show`` (the ``tune`` half only) prints each failure.

    python bench/notice_variants.py [--split tune|report] [--names 4] [--only KIND] [--show] [--no-write]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import html
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notices import (  # noqa: E402  (bench/ is not a package)
    DEFAULT_SHARED,
    PARAGRAPHS,
    RESULTS,
    SECTIONS,
    fill,
    load_forms,
    log,
    page_notice,
    placeholder_body,
    read_bodies,
    score_form,
)

OUT = "notice-variants"


@dataclass
class Variant:
    """One changed page (already filled with its body) and the holder it must give."""

    page: str
    holder: str
    alternatives: tuple[str, ...] = ()
    label: str = ""  # what changed, for --show (e.g. the invented name)


@dataclass
class Skip:
    """The change applies to the form but cannot keep its answer unambiguous."""

    reason: str


Outcome = Variant | Skip | None  # None: the kind does not apply to the form
Transform = Callable[[dict, str], Iterator[Outcome]]  # (form, filled page) → variants


# --- invented names ------------------------------------------------------------------------------
_HAN_STEMS = (
    "青禾", "澄川", "鹭湾", "云岭", "北汀", "南屿", "汀州", "白沙", "木棉", "星河", "海岚", "东陵", "西江", "锦城",
    "金桥", "晨曦", "远山", "松涛", "清溪", "明湖", "枫桥", "石门", "蓝湾", "橙乡", "雁塔", "梅岭", "柳营", "竹溪",
)  # fmt: skip
_HAN_ONE = "澄禾屿岚汀棉曦涛溪枫"
_HAN_SUFFIXES = (
    "报社", "日报社", "晚报", "传媒有限公司", "新闻网", "融媒体中心", "文化传播股份有限公司", "杂志社", "集团有限公司",
    "网", "广播电视台", "报业传媒集团", "网络科技有限公司", "出版社", "周刊", "新媒体", "传媒（集团）有限公司", "时报",
    "都市报", "商报", "资讯", "在线", "县融媒体中心", "传媒集团股份有限公司",
)  # fmt: skip
_LATIN_BRANDS = ("ABC", "K", "i", "e", "TOP", "3D", "GN", "V", "NB", "Q")
_HAN_TOPICS = ("财经", "新闻", "视界", "头条", "科技", "体育", "文旅", "汽车", "健康", "生活")
_EN_PLACES = (
    "Harbor", "Northwind", "Pacific Star", "Cedar Valley", "Redfern", "Lakeshore", "Ironbridge", "Marlow",
    "Silver Bay", "Eastgate", "Kingsport", "Bluewater", "Hollowell", "Port Ellis",
)  # fmt: skip
_EN_PAPERS = ("Ledger", "Courier", "Gazette", "Herald", "Sentinel", "Chronicle", "Tribune", "Dispatch", "Observer", "Bulletin", "Examiner")
_EN_SURNAMES = ("Smith", "O'Neill", "Harrington", "Okafor", "Delacroix", "McAllister", "Brennan", "Van der Berg", "D'Souza")
_EN_WORDS = ("Summit", "Beacon", "Meridian", "Granite", "Willow", "Falcon", "Crescent", "Anchor", "Juniper", "Sterling")
_EN_LEGAL = ("Ltd.", "Limited", "Inc.", "LLC", "Pty Ltd", "plc", "Co., Ltd.", "Corp.", "GmbH", "Pvt. Ltd.", "S.A.")


def _han_stem(rng: random.Random) -> str:
    shape = rng.randrange(6)
    if shape == 0:
        return rng.choice(_HAN_STEMS) + rng.choice(_HAN_STEMS)
    if shape == 1:
        return rng.choice(_LATIN_BRANDS) + rng.choice(_HAN_TOPICS)
    if shape == 2:
        return rng.choice(_HAN_STEMS) + "市"
    if shape == 3:
        return f"{rng.choice((21, 24, 360, 8))}{rng.choice(_HAN_TOPICS)}"
    return rng.choice(_HAN_STEMS)


def han_name(rng: random.Random) -> str:
    """A Chinese organisation's name: 2–12 Han characters, with or without Latin letters or digits."""
    shape = rng.randrange(8)
    if shape == 0:
        name = rng.choice(_HAN_ONE) + rng.choice(("报", "网"))
    elif shape == 1:
        name = rng.choice(_LATIN_BRANDS) + rng.choice(_HAN_TOPICS)  # ABC财经
    elif shape == 2:
        name = rng.choice(_LATIN_BRANDS) + rng.choice(_HAN_TOPICS) + rng.choice(("网", "传媒有限公司", "新媒体"))
    else:
        name = _han_stem(rng) + rng.choice(_HAN_SUFFIXES)
    if sum("\u3400" <= c <= "\u9fff" for c in name) > 12:
        return han_name(rng)
    return name


def english_name(rng: random.Random) -> str:
    """An English outlet's or company's name, in one of many shapes."""
    place, paper, surname, word = (rng.choice(x) for x in (_EN_PLACES, _EN_PAPERS, _EN_SURNAMES, _EN_WORDS))
    shapes = (
        f"The {place} {paper}",
        f"{word} Media Group {rng.choice(_EN_LEGAL)}",
        f"{surname} & Co Publishing, LLC",
        f"K{rng.choice('RLWX')}{rng.choice('TVB')}{rng.choice('TVN')}-{rng.randrange(2, 13)} News",
        f"{place} Star Newspapers Pty Ltd",
        f"{surname}'s {paper}",
        f"{word} and {rng.choice(_EN_WORDS)} Media Inc.",
        f"The {paper} of {place}",
        f"{place} {paper} Company",
        f"{rng.choice((24, 7, 360, 101))}{word} Media {rng.choice(_EN_LEGAL)}",
        f"{word} & {rng.choice(_EN_WORDS)} Ltd",
        f"{place} Public Media",
        f"{surname} Newspapers {rng.choice(_EN_LEGAL)}",
    )
    return rng.choice(shapes)


_HAN_SURNAMES = "林周陈顾柏沈叶苏许程"
_HAN_GIVEN = ("小禾", "晓岚", "一舟", "知秋", "南溪", "若水", "子墨", "明远", "清", "岩")
_EN_GIVEN = ("Ann", "Tomas", "Priya", "Kwame", "Siobhan", "Li", "Marta")


def person_name(rng: random.Random, english: bool) -> str:
    """An author's name (for a notice that gives the rights to the byline's author), or a pen name."""
    if english:
        return f"{rng.choice(_EN_GIVEN)} {rng.choice(_EN_SURNAMES)}"
    if rng.random() < 0.25:
        return rng.choice(_HAN_STEMS) + rng.choice(("老苗", "说", "笔记", "观察"))
    return rng.choice(_HAN_SURNAMES) + rng.choice(_HAN_GIVEN)


def english_stem(rng: random.Random) -> str:
    """The distinctive part of an English name (the legal suffix or other words around it kept)."""
    place, surname, word = (rng.choice(x) for x in (_EN_PLACES, _EN_SURNAMES, _EN_WORDS))
    return rng.choice((place, word, f"{word} {rng.choice(_EN_WORDS)}", f"{surname} & Sons", f"{surname}'s",
                       f"K{rng.choice('RLWX')}TV-{rng.randrange(2, 13)}", f"{place} {rng.choice(_EN_PAPERS)}"))  # fmt: skip


def domain_name(rng: random.Random, like: str) -> str:
    """A host name shaped like ``like`` (its public suffix and www. kept)."""
    labels = like.split(".")
    www = labels[0].lower() == "www"
    stem = re.sub(r"[^a-z0-9]", "", rng.choice(_EN_WORDS).lower() + rng.choice(_EN_PAPERS).lower())
    tail = labels[2:] if www else labels[1:]
    return ".".join((["www"] if www else []) + [stem] + tail)


@functools.lru_cache(maxsize=4)
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


# --- finding text on a page ----------------------------------------------------------------------
_ENTITY_FORMS = {
    "&": "(?:&amp;|&#38;|&)",
    "©": "(?:©|&copy;|&#169;|&#xa9;)",
    "<": "(?:&lt;|<)",
    ">": "(?:&gt;|>)",
    '"': '(?:&quot;|")',
    "'": "(?:&#39;|&#x27;|&apos;|')",
}
_SPACE = r"(?:[\s\u3000\xa0]|&nbsp;|&#160;|&#12288;)+"
_TAGS = r"(?:<[^<>]{0,300}>)*"


def _char_pattern(c: str) -> str:
    if c.isspace() or c == "\xa0":
        return _SPACE
    return _ENTITY_FORMS.get(c, re.escape(c))


def line_pattern(line: str, tags: bool) -> re.Pattern[str]:
    """``line`` as a page may print it: any run of spaces for a space, entities for ``&`` and ``©``,
    and (``tags``) markup between any two characters."""
    parts, prev_space = [], False
    for c in line.strip():
        space = c.isspace() or c == "\xa0"
        if space and prev_space:
            continue
        parts.append(_char_pattern(c))
        prev_space = space
    glue = _TAGS if tags else ""
    return re.compile(glue.join(parts))


def _in_tag_or_script(page: str, at: int) -> bool:
    """Whether ``at`` is inside a tag's markup or a ``<script>``/``<style>``/``<title>`` element."""
    lt, gt = page.rfind("<", 0, at), page.rfind(">", 0, at)
    if lt > gt:
        return True
    for tag in ("script", "style", "title"):
        opened = page.rfind(f"<{tag}", 0, at)
        if opened != -1 and page.rfind(f"</{tag}", 0, at) < opened:
            return True
    return False


def _map_text(segment: str, change: Callable[[str], str], is_html: bool) -> str:
    """``change`` applied to the text between a segment's tags (entities decoded, then re-escaped;
    ``is_html`` false for a text page or a ``<script>``'s JSON)."""
    if not is_html:
        return change(segment)
    out = []
    for piece in re.split(r"(<[^<>]*>)", segment):
        if piece.startswith("<") and piece.endswith(">"):
            out.append(piece)
        else:
            text = html.unescape(piece)
            changed = change(text)
            out.append(piece if changed == text else html.escape(changed, quote=False))
    return "".join(out)


def notice_lines(form: dict) -> list[str]:
    return [x.strip() for x in form["notice_text"].split("\n") if len(x.strip()) >= 4]


# --- expected answers --------------------------------------------------------------------------
def accepted(form: dict) -> tuple[str, tuple[str, ...]]:
    e = form["expected"]
    return e["rights_holder"], tuple(e.get("rights_holder_alternatives", ()))


def _changed_answer(form: dict, change: Callable[[str], str]) -> tuple[str, tuple[str, ...]]:
    """The holder changed as the page was, the name as labelled (and its alternatives) still accepted."""
    holder, alts = accepted(form)
    new = change(holder)
    keep = tuple(dict.fromkeys((*(change(a) for a in alts), holder, *alts)))
    return new, tuple(a for a in keep if a != new)


# --- a. name swap --------------------------------------------------------------------------------
_DOMAIN = re.compile(r"(?i)^(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+$")


def _related(holder: str, alts: tuple[str, ...]) -> tuple[str, list[str]] | None:
    """The core every related name contains (the holder, or a shorter alternative inside it) and
    the related names; ``None`` when the related names share no one core."""
    related = [holder] + [a for a in alts if a != holder and (holder in a or a in holder)]
    core = min(related, key=len)
    if not all(core in r for r in related):
        return None
    return core, related


def _core_spans(page: str, core: str, english: bool) -> list[tuple[int, int, str]] | str:
    """Where ``core`` is printed (start, end, as printed), or why it cannot be swapped safely."""
    pat = line_pattern(core, tags=False)
    if english:
        pat = re.compile(pat.pattern, re.I)
    spans = []
    for m in pat.finditer(page):
        s, e, text = m.start(), m.end(), m.group()
        if english:
            before, after = page[max(0, s - 1) : s], page[e : e + 2]
            if (before and (before.isalnum() or before in "@/._-")) or (after[:1].isalnum() or re.match(r"[.@_-][a-zA-Z0-9]", after)):
                if not _DOMAIN.match(core):
                    return "inside a longer word, host or address"
            plain = html.unescape(text)
            if plain not in (core, core.upper(), core.lower()):
                return "printed in another casing"
        spans.append((s, e, text))
    return spans


def _visible_text(page: str, is_html: bool) -> str:
    return html.unescape(re.sub(r"<[^<>]*>", "", page)) if is_html else page


def _squeezed(text: str, english: bool) -> str:
    text = re.sub(r"[\s\u3000\xa0]+", "", text)
    return text.casefold() if english else text


def _cased(new: str, printed: str, core: str) -> str:
    plain = html.unescape(printed)
    if plain == core:
        return new
    return new.upper() if plain == core.upper() else new.lower()


def _insert(page: str, at: int, name: str, is_html: bool) -> str:
    if not is_html or _in_script(page, at):
        return name
    return html.escape(name, quote=True)


def _in_script(page: str, at: int) -> bool:
    opened = page.rfind("<script", 0, at)
    return opened != -1 and page.rfind("</script", 0, at) < opened


def name_swap(names: int) -> Transform:
    def swap(form: dict, page: str) -> Iterator[Outcome]:
        holder, alts = accepted(form)
        english = form["section"] == "english" and holder.isascii()
        related = _related(holder, alts)
        if related is None:
            yield Skip("alternatives share no core")
            return
        core, names_related = related
        if not english and not core.isascii() and sum(not c.isascii() for c in core) < 3:
            yield Skip("core under three Han characters")
            return
        spans = _core_spans(page, core, english or core.isascii())
        if isinstance(spans, str):
            yield Skip(spans)
            return
        if not spans:
            yield Skip("holder not printed on the page")
            return
        seed = int(hashlib.sha256(form["id"].encode()).hexdigest()[:8], 16)
        rng = random.Random(seed)
        for _ in range(names):
            if _DOMAIN.match(core):
                new_core = domain_name(rng, core)
            elif form["expected"]["holder_source"] == "page_author" and core == holder:
                new_core = person_name(rng, core.isascii())
            elif core == holder:
                new_core = english_name(rng) if core.isascii() else han_name(rng)
            else:
                new_core = english_stem(rng) if core.isascii() else _han_stem(rng)
            if form["section"] == "hktw" and not new_core.isascii():
                new_core = _opencc("s2t").convert(new_core)
            if new_core.casefold() in page.casefold():
                continue
            if new_core.endswith(".") and any(page[e : e + 1] == "." for _, e, _ in spans):
                new_core = new_core[:-1]  # the page's full stop after the name ends it: no "Ltd.."
            out, last = [], 0
            for s, e, printed in spans:
                out += [page[last:s], _insert(page, s, _cased(new_core, printed, core), form["format"] == "html")]
                last = e
            new_page = "".join(out) + page[last:]
            if _squeezed(core, english) in _squeezed(_visible_text(new_page, form["format"] == "html"), english):
                yield Skip("holder printed broken over lines or markup")
                return
            mapping = {r: r.replace(core, new_core) for r in names_related}
            new_alts = tuple(mapping.get(a, a) for a in alts)
            yield Variant(new_page, mapping[holder], new_alts, label=mapping[holder])

    swap.__name__ = "name swap"
    return swap


# --- b. script -----------------------------------------------------------------------------------
def script(config: str, sections: tuple[str, ...]) -> Transform:
    def convert(form: dict, page: str) -> Iterator[Outcome]:
        if form["section"] not in sections:
            yield None
            return
        conv = _opencc(config).convert
        holder, alts = accepted(form)
        new_page, new_holder = conv(page), conv(holder)
        if new_page == page:
            yield None
            return
        if holder in html.unescape(page) and new_holder not in html.unescape(new_page):
            yield Skip("holder converted unlike the page")
            return
        yield Variant(new_page, new_holder, tuple(dict.fromkeys(conv(a) for a in alts)), label=new_holder)

    convert.__name__ = f"script {config}"
    return convert


# --- c, d. changes to the notice's lines ----------------------------------------------------------
def _line_spans(form: dict, page: str) -> list[tuple[int, int]] | None:
    """Every place the page prints each notice line (markup between characters allowed), or
    ``None`` when some line is not found."""
    spans = []
    for line in notice_lines(form):
        found = [(m.start(), m.end()) for m in line_pattern(line, tags=form["format"] == "html").finditer(page)]
        if not found:
            return None
        spans += found
    return sorted(set(spans))


def on_lines(name: str, change: Callable[[str], str], sections: tuple[str, ...] = SECTIONS) -> Transform:
    """``change`` applied to the text of every notice line the page prints (the holder changed the same way)."""

    def apply(form: dict, page: str) -> Iterator[Outcome]:
        if form["section"] not in sections:
            yield None
            return
        spans = _line_spans(form, page)
        if spans is None:
            yield Skip("notice lines not found verbatim")
            return
        out, last = [], 0
        for s, e in spans:
            if s < last:  # one line inside another's span: changed with it
                continue
            out += [page[last:s], _map_text(page[s:e], change, form["format"] == "html" and not _in_script(page, s))]
            last = e
        new_page = "".join(out) + page[last:]
        if new_page == page:
            yield None
            return
        holder, alts = _changed_answer(form, change)
        yield Variant(new_page, holder, alts)

    apply.__name__ = name
    return apply


_HALF = str.maketrans({"：": ":", "（": "(", "）": ")", "，": ","})
_HAN = r"[\u3400-\u9fff]"


def to_half(text: str) -> str:
    return text.translate(_HALF)


def to_full(text: str) -> str:
    """Half-width : ( ) , next to a Han character as full-width; never in a URL, time or number."""
    text = re.sub(rf"(?<={_HAN}):(?!//)|:(?={_HAN})", "：", text)
    text = re.sub(rf"(?<={_HAN}),|,(?={_HAN})", "，", text)
    return re.sub(r"\(([^()]{1,30})\)", lambda m: f"（{m.group(1)}）" if re.search(_HAN, m.group(1)) else m.group(), text)


def sign_spacing(text: str) -> str:
    return re.sub(r"[ \u3000\xa0]*©[ \u3000\xa0]*", "  ©  ", text)


def sign_to_c(text: str) -> str:
    return re.sub(r"(?i:copyright)?[ ]?©", "(c)", text)


def sign_to_word(text: str) -> str:
    return re.sub(r"(?<!(?i:copyright) )(?<!(?i:copyright))©", "Copyright ©", text)


def sign_to_symbol(text: str) -> str:
    return re.sub(r"(?i)\(c\)|copyright(?:[ ]?(?:©|\(c\)))?(?=[ ]?(?:19|20)\d{2}|[ ]+[A-Z\u3400-\u9fff])", "©", text)


_SIGN_YEAR = re.compile(r"(?i)((?:©|\(c\)|copyright)[ ]?(?:©[ ]?)?)((?:19|20)\d{2})(?![0-9]|[ ]?[\-–~～])")


def years_added(text: str) -> str:
    return _SIGN_YEAR.sub(lambda m: f"{m.group(1)}{int(m.group(2)) - 23 if int(m.group(2)) > 2020 else 1998}-{m.group(2)}", text)


def years_removed(text: str) -> str:
    return re.sub(r"(?<!\d)(?:19|20)\d{2}[ ]?[-–~～－][ ]?((?:19|20)\d{2})(?!\d)", r"\1", text)


def all_caps(form: dict, page: str) -> Iterator[Outcome]:
    if form["section"] != "english" or form["placement"] == "meta_only":
        yield None
        return
    yield from on_lines("ALL CAPS", str.upper, ("english",))(form, page)


def _gap_is_markup(gap: str, is_html: bool) -> bool:
    text = re.sub(r"<[^<>]*>", "", gap) if is_html else gap
    return not html.unescape(text).strip()


def lines_joined(form: dict, page: str) -> Iterator[Outcome]:
    """The notice's lines printed as one line (a space between them)."""
    lines = notice_lines(form)
    if len(lines) < 2 or form["placement"] == "meta_only":
        yield None
        return
    is_html = form["format"] == "html"
    at, spans = 0, []
    for line in lines:
        m = next((m for m in line_pattern(line, tags=is_html).finditer(page, at) if not _in_tag_or_script(page, m.start())), None)
        if m is None:
            yield Skip("notice lines not found in order")
            return
        spans.append((m.start(), m.end()))
        at = m.end()
    out, last = [page[: spans[0][0]]], spans[0][0]
    for (s1, e1), (s2, _) in zip(spans, spans[1:]):
        gap = page[e1:s2]
        if not _gap_is_markup(gap, is_html):
            yield Skip("text between the notice lines")
            return
        out += [page[last:e1], " "]
        last = s2
    new_page = "".join(out) + page[last:]
    yield Variant(new_page, *accepted(form))


_EN_ABBREV = re.compile(r"(?:\b(?:Ltd|Inc|Co|Corp|No|St|Mr|Mrs|Dr|Pty|LLC|PLC|Bhd|Pvt|Jr|Bros|Ave)|\b[A-Z]|\.[A-Z])\.$")


def _boundaries(text: str, english: bool) -> list[int]:
    if english:
        return [m.end() for m in re.finditer(r"[.;!?](?=[ ]+[A-Z(])", text) if not _EN_ABBREV.search(text[: m.end()])]
    return [m.end() for m in re.finditer(r"[。；！？;](?=\S)", text)]


def line_split(form: dict, page: str) -> Iterator[Outcome]:
    """A long notice line broken in two at the sentence end nearest its middle."""
    if form["placement"] == "meta_only":
        yield None
        return
    english = form["section"] == "english"
    is_html = form["format"] == "html"
    holder, alts = accepted(form)
    names = [n for n in (holder, *alts) if n]
    for line in sorted(notice_lines(form), key=len, reverse=True):
        if len(line) < (80 if english else 30):
            continue
        cuts = [c for c in _boundaries(line, english) if 0 < c < len(line) - 2]
        cuts = [c for c in cuts if not any(n in line and line.find(n) < c < line.find(n) + len(n) for n in names)]
        if not cuts:
            continue
        cut = min(cuts, key=lambda c: abs(c - len(line) / 2))
        head, tail = line[:cut].rstrip(), line[cut:].lstrip()
        found = [m for m in line_pattern(line, tags=False).finditer(page) if not _in_tag_or_script(page, m.start())]
        if not found:
            yield Skip("long line not printed plainly")
            return
        head_m = line_pattern(head, tags=False)
        new_page, last, out = page, 0, []
        for m in found:
            hm = head_m.match(page, m.start())
            if hm is None:
                yield Skip("long line not printed plainly")
                return
            rest = page[hm.end() : m.end()]
            out += [page[last : hm.end()], "<br>" if is_html else "\n", rest.lstrip(" ")]
            last = m.end()
        new_page = "".join(out) + page[last:]
        yield Variant(new_page, holder, alts, label=f"{head} / {tail}"[:80])
        return
    yield None


# --- kinds -----------------------------------------------------------------------------------------
def kinds(names: int) -> dict[str, Transform]:
    return {
        "name swap": name_swap(names),
        "script s2t": script("s2t", ("mainland",)),
        "script s2tw": script("s2tw", ("mainland",)),
        "script t2s": script("t2s", ("hktw",)),
        "to half-width": on_lines("to half-width", to_half),
        "to full-width": on_lines("to full-width", to_full, ("mainland", "hktw")),
        "© spacing": on_lines("© spacing", sign_spacing),
        "© → (c)": on_lines("© → (c)", sign_to_c),
        "© → Copyright ©": on_lines("© → Copyright ©", sign_to_word),
        "Copyright/(c) → ©": on_lines("Copyright/(c) → ©", sign_to_symbol),
        "years: range added": on_lines("years: range added", years_added),
        "years: range removed": on_lines("years: range removed", years_removed),
        "lines joined": lines_joined,
        "line split": line_split,
        "ALL CAPS": all_caps,
    }


# --- running ---------------------------------------------------------------------------------------
def holder_right(form: dict, page: str, holder: str, alts: tuple[str, ...]) -> tuple[bool, str | None, str | None]:
    doc, notice = page_notice(form, page)
    expected = {**form["expected"], "rights_holder": holder, "rights_holder_alternatives": list(alts)}
    row = score_form(form, notice, expected)
    return row["holder_ok"], row["holder"], doc.notice_text


@dataclass
class Tally:
    forms: int = 0  # forms the kind applied to (variants built or skipped)
    skipped: int = 0
    variants: int = 0
    base_right: int = 0  # per variant: the unchanged form's holder was right
    right: int = 0
    kept: int = 0  # right, and the unchanged form was right
    broke: int = 0  # the unchanged form was right, the variant wrong
    skip_reasons: dict[str, int] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        for k in ("forms", "skipped", "variants", "base_right", "right", "kept", "broke"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for r, n in other.skip_reasons.items():
            self.skip_reasons[r] = self.skip_reasons.get(r, 0) + n

    def as_dict(self) -> dict:
        d = {k: getattr(self, k) for k in ("forms", "skipped", "variants", "base_right", "right", "kept", "broke")}
        d["base_rate"] = round(self.base_right / self.variants, 4) if self.variants else None
        d["rate"] = round(self.right / self.variants, 4) if self.variants else None
        d["skip_reasons"] = dict(sorted(self.skip_reasons.items()))
        return d


def run(split: str, shared: Path, names: int, only: str | None, show: bool) -> dict:
    forms = load_forms(split)
    bodies = read_bodies(shared)
    if bodies is None:
        log(f"People's Daily paragraphs not found at {shared / PARAGRAPHS}: placeholder bodies")
    table: dict[str, dict[str, Tally]] = {}
    base: dict[str, Tally] = {s: Tally() for s in SECTIONS}
    chosen = {k: t for k, t in kinds(names).items() if only is None or k == only}
    for k, form in enumerate(forms):  # the body each form gets in bench/notices.py
        if form["expected"]["rights_holder"] is None:
            continue
        page = fill(form, bodies[k % len(bodies)] if bodies else placeholder_body(form))
        ok, got, _ = holder_right(form, page, *accepted(form))
        b = base[form["section"]]
        b.forms += 1
        b.variants += 1
        b.base_right += ok
        b.right += ok
        b.kept += ok
        for kind, transform in chosen.items():
            t = table.setdefault(kind, {s: Tally() for s in SECTIONS})[form["section"]]
            applied = False
            for outcome in transform(form, page):
                if outcome is None:
                    continue
                if not applied:
                    t.forms += 1
                    applied = True
                if isinstance(outcome, Skip):
                    t.skipped += 1
                    t.skip_reasons[outcome.reason] = t.skip_reasons.get(outcome.reason, 0) + 1
                    continue
                v_ok, v_got, found = holder_right(form, outcome.page, outcome.holder, outcome.alternatives)
                t.variants += 1
                t.base_right += ok
                t.right += v_ok
                t.kept += v_ok and ok
                t.broke += ok and not v_ok
                if show and split == "tune" and ok and not v_ok:
                    print(f"[{kind}] {form['id']}: want {outcome.holder!r} got {v_got!r} ({outcome.label})")
                    print("    found:", (found or "")[:240].replace("\n", " / "))
    result: dict[str, object] = {"split": split, "names_per_form": names, "unchanged": {}, "kinds": {}}
    total = Tally()
    for s in SECTIONS:
        total.add(base[s])
    result["unchanged"] = {**{s: base[s].as_dict() for s in SECTIONS}, "all": total.as_dict()}
    for kind, per in table.items():
        all_t = Tally()
        for s in SECTIONS:
            all_t.add(per[s])
        result["kinds"][kind] = {**{s: per[s].as_dict() for s in SECTIONS}, "all": all_t.as_dict()}  # type: ignore[index]
    return result


def _cell(t: dict) -> str:
    if not t["variants"]:
        return f"– ({t['skipped']} skipped)" if t["skipped"] else "–"
    return f"{t['right']}/{t['variants']} vs {t['base_right']}" + (f" ({t['skipped']} skipped)" if t["skipped"] else "")


def markdown(results: dict[str, dict]) -> str:
    lines = [
        "# Notice variants benchmark",
        "",
        "`python bench/notice_variants.py --split tune|report`: metamorphic variants of every labelled form",
        "with a rights holder in `bench/notices/forms.jsonl` (see the script's docstring), holder exact",
        "through extract → notice finding → parse. A cell reads `variant right / variants vs unchanged",
        "form right` over the same variants (forms skipped because the change could not keep the answer",
        "unambiguous in brackets; `–`: the kind does not apply).",
    ]
    for split in ("tune", "report"):
        r = results.get(split)
        if not r:
            continue
        u = r["unchanged"]
        lines += ["", f"## {split} half ({r['names_per_form']} invented names per form)", "",
                  "| kind | mainland | hktw | english | all | broke |", "| --- | --- | --- | --- | --- | --- |",
                  "| unchanged | " + " | ".join(f"{u[s]['right']}/{u[s]['variants']}" for s in (*SECTIONS, "all")) + " | |"]  # fmt: skip
        for kind, per in r["kinds"].items():
            lines.append(f"| {kind} | " + " | ".join(_cell(per[s]) for s in (*SECTIONS, "all")) + f" | {per['all']['broke']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("tune", "report"), default="report")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--names", type=int, default=4, help="invented names per form for the name swap")
    ap.add_argument("--only", default=None, help="run one kind only (its name as printed)")
    ap.add_argument("--show", action="store_true", help="print each failure (tune split only)")
    ap.add_argument("--no-write", action="store_true", help="print only; do not write bench/results/")
    args = ap.parse_args(argv)
    if args.show and args.split != "tune":
        ap.error("--show prints individual forms: tune split only")
    result = run(args.split, args.shared, args.names, args.only, args.show)
    u = result["unchanged"]["all"]  # type: ignore[index]
    print(f"{args.split}: unchanged {u['right']}/{u['variants']}")
    print(f"{'kind':22} {'mainland':>22} {'hktw':>22} {'english':>22} {'all':>24} {'broke':>6}")
    for kind, per in result["kinds"].items():  # type: ignore[union-attr]
        print(f"{kind:22} " + " ".join(f"{_cell(per[s]):>22}" for s in SECTIONS) + f" {_cell(per['all']):>24} {per['all']['broke']:6d}")
    if not args.no_write and args.only is None:
        RESULTS.mkdir(parents=True, exist_ok=True)
        path = RESULTS / f"{OUT}.json"
        results = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        results[args.split] = result
        path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (RESULTS / f"{OUT}.md").write_text(markdown(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
