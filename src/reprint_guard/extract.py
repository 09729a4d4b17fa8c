"""Pipeline step 1: bytes, HTML or plain text → :class:`~reprint_guard.models.Document`.

Three stages, each a small group of functions below:

* **decode** bytes to text by a fixed rule order (BOM, strict UTF-8, declared charset, Han
  frequency, charset-normalizer) and record which rule won in :class:`Decoding`;
* **extract** the main text of HTML: a fast path reads pages whose article is one clear block
  of paragraphs directly from the lxml tree (:func:`_fast_extraction`, about a quarter of
  trafilatura's time, the same text); every other page goes to trafilatura, falling back to a
  plain lxml walk when trafilatura misses the article (table/``<br>`` layouts);
* **split** the text into article body and metadata: breadcrumb, title, date/source lines,
  credits and the licensing notice block a newsroom appends to its articles.

Every regular expression here runs on untrusted text, so each is written to run in linear
time: no nested quantifiers, repetitions bounded wherever a match can fail late, and the
line-level checks read lines of bounded length only (header lines ≤ 150 characters, credit
lines ≤ 80, notice checks on the first 3,000 characters of a line).
"""

from __future__ import annotations

import codecs
import datetime as _dt
import html as _html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from reprint_guard import _hanfreq
from reprint_guard.errors import InputError
from reprint_guard.models import Decoding, Document

__all__ = ["decode_bytes", "extract"]

# ---------------------------------------------------------------------------------------------
# Public entry
# ---------------------------------------------------------------------------------------------


def extract(
    data: str | bytes,
    *,
    content_type: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Document:
    """Turn one input (a web page or a plain-text article) into a :class:`Document`.

    Args:
        data: the raw bytes of a file or HTTP body, or text that is already decoded.
        content_type: an HTTP ``Content-Type`` value (``"text/html; charset=gbk"``), or
            ``"html"`` / ``"text"``, or ``None`` to sniff: the input is HTML when it starts
            like markup (``<!doctype``, ``<html``, ``<?xml``) or shows HTML tags in its first
            4 KB. A ``charset=`` parameter is honoured as a declared charset.
        url: the page's address; wins over ``<link rel=canonical>`` and ``og:url``. Never
            fetched.
        path: the file the data came from, used only in error messages.

    Returns:
        A :class:`Document` whose ``text`` holds the article body, one paragraph per line
        (``"\\n"``-separated, no blank lines), with navigation, the title/date/source lines
        and the trailing licensing notice cut out. ``notice_text`` holds that notice verbatim,
        ``credits`` the attributions the page states (``来源：X``, ``转载自X``,
        ``Source: X``), ``date`` an ISO ``YYYY-MM-DD`` date, ``decoding`` the codec and the
        rule that chose it (see :func:`decode_bytes`). Empty or whitespace-only input gives a
        Document with empty ``text``; the caller decides to skip it.

    Raises:
        InputError: the bytes are binary: a known binary signature (PDF, ZIP, gzip, images),
            NUL bytes, or more than 10% control bytes in the first 8 KB. The message names
            ``path`` and the fix.
        TypeError: ``data`` is neither ``str`` nor bytes-like.

    HTML main text comes from trafilatura (``bare_extraction`` with
    ``include_comments=False, include_tables=True, favor_recall=True``; see
    https://trafilatura.readthedocs.io/en/latest/corefunctions.html), after ruby
    annotations (``<rt>``, ``<rp>``) and reader-comment sections are removed and layout
    tables are unwrapped; a page whose article is one dominant block of plain paragraphs
    and whose metadata sits in ``<head>`` is read without it, to the same text, title, date
    and site name (see :func:`_fast_extraction`). See :func:`_prefer_fallback` for when a
    plain lxml text walk replaces trafilatura's result; pages of more than 50,000 elements get that walk only. A
    page libxml2 refuses (nesting deeper than 256 elements, a text node over 10 MB) is read as
    the flat text between its tags (:func:`_markup_free_text`) rather than lost. Credits,
    the date of a ``来源`` line and a notice that trafilatura leaves out (``<p class="meta">``,
    ``<div class="info">``, ``<footer>``) are read from the page's visible text.
    """
    if isinstance(data, str):
        text = data
        decoding = Decoding(encoding="utf-8", rule="str")
    elif isinstance(data, (bytes, bytearray, memoryview)):
        text, decoding = decode_bytes(bytes(data), content_type=content_type, path=path)
    else:
        raise TypeError(f"extract() takes str or bytes, not {type(data).__name__}")

    text = _clean_text(text)
    kind = _content_kind(content_type, text)
    given_url = (url.strip() or None) if url else None
    if not text.strip():
        return Document(text="", url=given_url, decoding=decoding, content_type=kind)
    if kind == "html":
        return _from_html(text, decoding=decoding, url=given_url)
    parsed = _parse_text(text)
    return Document(
        text=parsed.text,
        title=parsed.title,
        date=parsed.date,
        outlet=parsed.source,
        url=given_url,
        notice_text=parsed.notice_text,
        decoding=decoding,
        content_type="text",
        credits=parsed.credits,
    )


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------

_SNIFF_BYTES = 8192
_PRESCAN_BYTES = 65536

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats, with the fix to suggest.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file: extract its text first (e.g. with pdftotext) and pass the .txt"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.epub): unpack it or save the document as HTML/text"),
    (b"\xd0\xcf\x11\xe0", "an old Office document: save it as HTML or plain text first"),
    (b"\x1f\x8b", "gzip-compressed data: decompress it first (gunzip)"),
    (b"\x89PNG", "a PNG image: only text and HTML can be checked"),
    (b"\xff\xd8\xff", "a JPEG image: only text and HTML can be checked"),
    (b"GIF87a", "a GIF image: only text and HTML can be checked"),
    (b"GIF89a", "a GIF image: only text and HTML can be checked"),
    (b"Rar!\x1a\x07", "a RAR archive: unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive: unpack it first"),
)

# C0 controls that never occur in text files (ESC is kept: ISO-2022 encodings use it).
_CONTROL_BYTES = frozenset([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL_BYTES_SORTED = bytes(sorted(_CONTROL_BYTES))  # for bytes.translate(None, delete)

# WHATWG Encoding Standard labels (https://encoding.spec.whatwg.org/#names-and-labels) mapped
# to Python codecs. GBK and GB2312 labels use the GB18030 codec, a strict superset that also
# decodes the GBK-only characters real "gb2312" pages contain (王喆, 李堃). Big5 labels try
# cp950 (Microsoft's Big5, what Windows-made pages use) and then Big5-HKSCS.
_GB_LABELS = frozenset(
    "gb2312 gbk x-gbk cp936 ms936 windows-936 chinese csgb2312 csiso58gb231280 gb_2312 "
    "gb_2312-80 iso-ir-58 gb18030 euc-cn x-euc-cn".split()
)
_BIG5_LABELS = frozenset("big5 big5-hkscs big5hkscs cn-big5 csbig5 x-x-big5 x-big5 cp950 ms950".split())
_LATIN1_LABELS = frozenset(
    "ascii us-ascii ansi_x3.4-1968 iso-8859-1 iso8859-1 iso_8859-1 latin1 l1 cp819 ibm819 "
    "csisolatin1 iso-ir-100 windows-1252 cp1252 x-cp1252".split()
)
# WHATWG: a document cannot declare UTF-16/32 in itself; such declarations mean UTF-8, which
# has already been tried by the time declarations are read.
_IGNORED_LABELS = frozenset("utf-16 utf-16le utf-16be utf-32 utf-32le utf-32be x-user-defined replacement".split())

# Python codecs that no web page can mean (and base64/zlib are not text encodings at all).
_PYTHON_ONLY_CODECS = frozenset(
    "unicode_escape raw_unicode_escape idna punycode utf-7 undefined mbcs oem palmos".split()
)

_CHARSET_PARAM = re.compile(r"""charset\s{0,5}=\s{0,5}["']?([A-Za-z0-9._:\-]{1,40})""", re.I)
_XML_DECL = re.compile(r"""\s{0,100}<\?xml[^<>?]{0,200}?encoding\s{0,5}=\s{0,5}["']([A-Za-z0-9._:\-]{1,40})""")
_LABEL = re.compile(r"[a-z0-9._:\-]{1,40}")
_TAG_OPEN = re.compile(r"<(/?)([a-z][a-z0-9:-]{0,30})")
_ATTR = re.compile(
    r"""([^\s=/>"']{1,60})(?:\s{0,20}=\s{0,20}(?:"([^"]{0,1000})"|'([^']{0,1000})'|([^\s>"']{1,1000})))?"""
)
_RAW_TEXT_TAGS = frozenset({"script", "style", "textarea", "title", "xmp", "noembed", "noframes"})


def decode_bytes(
    data: bytes, *, content_type: str | None = None, path: str | None = None
) -> tuple[str, Decoding]:
    """Decode the bytes of a page or text file, trying rules in a fixed order.

    Returns ``(text, Decoding(encoding, rule))``, where ``encoding`` is a Python codec name.
    The rules, first match wins:

    1. ``"bom"``: a UTF-8/16/32 byte-order mark (decoded leniently: the BOM is authoritative).
    2. ``"utf-8"``: the bytes are strict UTF-8 (pure ASCII included).
    3. ``"declared"``: a charset declared by ``content_type`` (HTTP), an XML declaration or
       a ``<meta charset>`` / ``<meta http-equiv=Content-Type>`` tag, if the bytes decode
       strictly with it. Labels follow the WHATWG Encoding Standard; GBK/GB2312 → gb18030,
       Big5 → cp950 (then big5hkscs). The meta scan reads the first 64 KB of the head as a
       tag stream, skipping comments and script/style content, so a ``<meta charset>`` after
       a long inline script is found and a ``charset=`` inside another attribute is not.
    4. ``"han-frequency"``: gb18030 and cp950 both tried strictly; the decoding whose Han
       characters are more often among the 3,755 level-1 GB 2312 characters (simplified or their
       OpenCC traditional forms, see :mod:`reprint_guard._hanfreq`) wins, if at least half
       are common.
    5. ``"charset-normalizer"``: ``charset_normalizer.from_bytes(data).best()``; if it finds
       nothing, UTF-8 or gb18030 with ``errors="replace"``, whichever replaces fewer bytes.

    Raises:
        InputError: the data is binary (see :func:`extract`).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            _check_not_binary_text(text, path)
            return text, Decoding(encoding=encoding, rule="bom")

    _check_not_binary(data, path)
    try:
        return data.decode("utf-8"), Decoding(encoding="utf-8", rule="utf-8")
    except UnicodeDecodeError:
        pass

    for label in _declared_charsets(data, content_type):
        for codec in _codecs_for_label(label):
            try:
                return data.decode(codec), Decoding(encoding=codec, rule="declared")
            except (UnicodeDecodeError, LookupError):
                continue

    chosen = _han_frequency_choice(data)
    if chosen is not None:
        return chosen

    return _charset_normalizer_decode(data)


def _name(path: str | None) -> str:
    return path if path else "the input"


def _check_not_binary(data: bytes, path: str | None) -> None:
    head = data[:_SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"{_name(path)} is {what}.", path=path)
    if b"\x00" in head:
        raise InputError(
            f"{_name(path)} is binary data (NUL bytes in its first 8 KB), not text or HTML. "
            "Pass an HTML or text file; if it is UTF-16/UTF-32 text without a byte-order "
            "mark, re-save it as UTF-8.",
            path=path,
        )
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES_SORTED))  # counted in C
    if controls >= 2 and controls * 10 > len(head):
        raise InputError(
            f"{_name(path)} is binary data ({controls} control bytes in its first "
            f"{len(head)} bytes), not text or HTML. Pass an HTML or text file.",
            path=path,
        )


def _check_not_binary_text(text: str, path: str | None) -> None:
    head = text[:_SNIFF_BYTES]
    controls = sum(1 for ch in head if ord(ch) in _CONTROL_BYTES)
    if "\x00" in head or (controls >= 2 and controls * 10 > len(head)):
        raise InputError(
            f"{_name(path)} starts with a Unicode byte-order mark but decodes to binary data "
            "(control characters in its first 8 KB). Pass an HTML or text file.",
            path=path,
        )


def _declared_charsets(data: bytes, content_type: str | None) -> list[str]:
    """Charset labels declared for ``data``: HTTP header first, then the document's own."""
    labels: list[str] = []
    if content_type:
        m = _CHARSET_PARAM.search(content_type[:1000])
        if m:
            labels.append(m.group(1))
    # latin-1 maps bytes 1:1 to code points, so ASCII markup reads the same in any
    # ASCII-compatible encoding.
    head = data[:_PRESCAN_BYTES].decode("latin-1")
    m = _XML_DECL.match(head)
    if m:
        labels.append(m.group(1))
    labels.extend(_meta_charsets(head))
    seen: set[str] = set()
    return [lb for lb in (x.strip().lower() for x in labels) if not (lb in seen or seen.add(lb))]


def _meta_charsets(head: str) -> list[str]:
    """Charsets declared by ``<meta>`` tags in ``head``, read as a stream of tags.

    Comments and the content of script/style/title are skipped; the scan stops at
    ``<body``. Each step moves past what ``str.find`` found, so the scan is linear.
    """
    lower = head.lower()
    found: list[str] = []
    pos = 0
    n = len(lower)
    while pos < n:
        i = lower.find("<", pos)
        if i < 0:
            break
        if lower.startswith("<!--", i):
            j = lower.find("-->", i + 4)
            if j < 0:
                break
            pos = j + 3
            continue
        m = _TAG_OPEN.match(lower, i)
        if m is None:
            pos = i + 1
            continue
        closing, name = m.group(1), m.group(2)
        end = lower.find(">", m.end())
        if end < 0:
            break
        if not closing:
            if name == "body":
                break
            if name == "meta":
                label = _charset_from_meta(head[m.end() : min(end, m.end() + 4096)])
                if label:
                    found.append(label)
            elif name in _RAW_TEXT_TAGS:
                j = lower.find("</" + name, end + 1)
                if j < 0:
                    break
                pos = j + 2 + len(name)
                continue
        pos = end + 1
    return found


def _charset_from_meta(attr_text: str) -> str | None:
    attrs: dict[str, str] = {}
    for m in _ATTR.finditer(attr_text):
        key = m.group(1).lower()
        if key not in attrs:  # the first occurrence wins, as in the HTML parser
            value = m.group(2) if m.group(2) is not None else m.group(3)
            if value is None:
                value = m.group(4) or ""
            attrs[key] = value
    if attrs.get("charset", "").strip():
        return attrs["charset"].strip()
    if attrs.get("http-equiv", "").strip().lower() == "content-type":
        m = _CHARSET_PARAM.search(attrs.get("content", ""))
        if m:
            return m.group(1)
    return None


def _codecs_for_label(label: str) -> list[str]:
    """Python codecs to try, in order, for a declared charset label (none if unusable)."""
    label = label.strip().lower()
    if not _LABEL.fullmatch(label):
        return []
    if label in _GB_LABELS:
        return ["gb18030"]
    if label in _BIG5_LABELS:
        return ["cp950", "big5hkscs"]
    if label in _LATIN1_LABELS:
        return ["cp1252"]
    if label in _IGNORED_LABELS or label.startswith(("utf-16", "utf-32")):
        return []
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return []
    # Only text encodings: codecs.lookup also knows base64, zlib, rot13 …
    if name in _PYTHON_ONLY_CODECS or not getattr(codecs.lookup(name), "_is_text_encoding", True):
        return []
    if name in ("utf-8", "gbk", "gb2312"):
        return [] if name == "utf-8" else ["gb18030"]
    return [name]


def _is_neutral(ch: str) -> bool:
    """Punctuation and symbols that every CJK codec shares: they say nothing about which fits."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x303F  # CJK punctuation
        or 0xFF00 <= o <= 0xFF65  # full-width forms
        or 0x2000 <= o <= 0x206F  # general punctuation
        or 0x00A0 <= o <= 0x00BF  # Latin-1 punctuation
        or 0x2460 <= o <= 0x24FF  # circled numbers
        or 0x2500 <= o <= 0x25FF  # box drawing, shapes
    )


def _han_score(text: str) -> tuple[float, int]:
    """``(share, n)``: the share in [0, 1] of the first 20,000 non-ASCII, non-punctuation
    characters of ``text`` that are common Han characters, and that count ``n``."""
    common = _hanfreq.common_han()
    considered = hits = 0
    for ch in text:
        if ch < "\x80" or _is_neutral(ch):
            continue
        considered += 1
        if ch in common:
            hits += 1
        if considered >= 20000:
            break
    return (hits / considered if considered else 0.0), considered


def _han_frequency_choice(data: bytes) -> tuple[str, Decoding] | None:
    """Pick gb18030 or cp950 by how common the decoded Han characters are.

    Big5 bytes often decode "without error" as GB18030 into rare characters and private-use
    code points, and GBK bytes as cp950 into rare traditional characters, so strictness
    alone cannot tell them apart. Returns ``None`` when neither decodes strictly or the
    better one has fewer than half common characters.
    """
    scored: list[tuple[float, int, str, str]] = []
    for order, codec in enumerate(("gb18030", "cp950")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share, considered = _han_score(text)
        if considered:
            # Ties go to gb18030 (lower order): mainland pages are the common case.
            scored.append((share, -order, codec, text))
    if not scored:
        return None
    share, _, codec, text = max(scored)
    if share < 0.5:
        return None
    return text, Decoding(encoding=codec, rule="han-frequency")


def _charset_normalizer_decode(data: bytes) -> tuple[str, Decoding]:
    import charset_normalizer  # deferred: only undeclared non-UTF-8 input needs it

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        try:
            encoding = codecs.lookup(best.encoding).name
            return data.decode(encoding, errors="replace"), Decoding(encoding, "charset-normalizer")
        except LookupError:
            pass
    as_utf8 = data.decode("utf-8", errors="replace")
    as_gb = data.decode("gb18030", errors="replace")
    if as_gb.count("\ufffd") < as_utf8.count("\ufffd"):
        return as_gb, Decoding("gb18030", "charset-normalizer")
    return as_utf8, Decoding("utf-8", "charset-normalizer")


# ---------------------------------------------------------------------------------------------
# Text hygiene and content sniffing
# ---------------------------------------------------------------------------------------------

# \r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029], spelled with a leading character class so that the
# regex engine skips ahead to candidates (3-4x faster on a page).
_NEWLINES = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029](?:(?<=\r)\n)?")
# Controls, lone surrogates and non-characters: noise in text, and lxml rejects them. The
# class also holds every character _NEWLINES and _SURROGATES rewrite, so one search tells
# whether a text needs cleaning at all (most do not).
_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x0d\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")

_HTML_START = re.compile(r"\s{0,1000}<(?:!doctype\s|html[\s>]|head[\s>]|\?xml\s|!--)", re.I)
_HTML_TAG = re.compile(
    r"<(?:html|head|body|p|div|br|table|tr|td|article|section|meta|title|h[1-6]|span|font|ul|li|a)"
    r"(?:\s[^<>]{0,500})?/?>",
    re.I,
)


def _clean_text(text: str) -> str:
    """Line breaks unified to ``"\\n"``, lone surrogates replaced by U+FFFD, other controls
    and non-characters removed."""
    if _BAD_CHARS.search(text) is None:
        return text
    text = _NEWLINES.sub("\n", text)
    text = _SURROGATES.sub("\ufffd", text)
    return _BAD_CHARS.sub("", text)  # what is left of its class: the controls to drop


# The non-ASCII characters that re.IGNORECASE matches to an ASCII letter: İ and ı (i),
# ſ (s) and the Kelvin sign K (k).
_ASCII_CASE_TWINS = "İıſ\u212a"


def _holds_word(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case) in any letter case, as an
    IGNORECASE pattern would find it; a quick test that skips the patterns themselves.
    Text holding a case twin (see ``_ASCII_CASE_TWINS``) always may."""
    if any(ch in text for ch in _ASCII_CASE_TWINS):
        return True
    low = text.lower()
    return any(w in low for w in words)


def _content_kind(content_type: str | None, text: str) -> Literal["html", "text"]:
    if content_type:
        ct = content_type.split(";", 1)[0].strip().lower()
        if ct in ("html", "text/html", "application/xhtml+xml"):
            return "html"
        if ct in ("text", "text/plain"):
            return "text"
    head = text[:4096]
    if _HTML_START.match(head):
        return "html"
    # Two tags, so a plain-text article that mentions "<p>" once stays text.
    tags = 0
    for _ in _HTML_TAG.finditer(head):
        tags += 1
        if tags >= 2:
            return "html"
    return "text"


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_SKIP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "select", "option", "button", "iframe", "svg", "object", "embed", "canvas", "map",
    "textarea", "input", "head", "title",
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    "p div section article main li ul ol dl dt dd h1 h2 h3 h4 h5 h6 table tr td th tbody thead "
    "tfoot caption blockquote pre center figure figcaption address hr fieldset body".split()
)
_COMMENT_TOKEN = re.compile(
    r"(?:comments?|commentlist|comment[-_](?:list|area|box|wrap|wrapper|section|container|"
    r"body|item|content|block|panel)s?|comments[-_][a-z0-9_-]{0,30}|replies|reply[-_]?list|"
    r"disqus[-_]thread|pinglun|user[-_]comments?|评论[\w-]{0,20})",
    re.I,
)
# Every token _COMMENT_TOKEN matches holds one of these, in some letter case.
_COMMENT_WORDS = ("comment", "repl", "disqus", "pinglun", "评论")
_CLASS_VALUES = lxml.etree.XPath("descendant-or-self::*/@class", smart_strings=False)
_ID_VALUES = lxml.etree.XPath("descendant-or-self::*/@id", smart_strings=False)
_DOOMED = "reprint-guard-drop"
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th", "caption")
_LAYOUT_CELL_CHARS = 200
# Pages with more elements skip trafilatura (about 50 µs per element: 300,000 empty <p> take
# 15 s) and are read by the lxml walk alone; a news page has a few thousand.
_MAX_EXTRACTOR_ELEMENTS = 50_000
_MAX_LAYOUT_CELLS = 5000
_TABLE_ROW = re.compile(r"\|[^\n]{0,100000}\|")
_TABLE_RULE = re.compile(r"\|[\s|:-]{0,10000}")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
# Markup of a page lxml refuses (nesting deeper than libxml2's 256 levels, a text node over
# 10 MB), read as a flat stream: [^<>] cannot cross the next "<", so each tag scan ends before
# the next one starts and the pass is linear.
_FLAT_TAG = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})(?:[\s/][^<>]{0,4000})?>")
_FLAT_SKIP = ("script", "style", "noscript", "template", "textarea", "title", "head", "svg", "xmp")
_FLAT_CLOSE = {name: re.compile(rf"</{name}(?![A-Za-z0-9:-])", re.I) for name in _FLAT_SKIP}


@dataclass(frozen=True)
class _HtmlMeta:
    title: str | None = None
    date: str | None = None
    sitename: str | None = None


def _from_html(html: str, *, decoding: Decoding, url: str | None) -> Document:
    tree = _parse_html(html)
    if tree is None:
        # lxml refused the page: keep whatever text is between the tags.
        parsed = _parse_text(_markup_free_text(html))
        return Document(
            text=parsed.text, title=parsed.title, date=parsed.date, outlet=parsed.source,
            url=url, notice_text=parsed.notice_text, decoding=decoding, content_type="html",
            credits=parsed.credits,
        )  # fmt: skip

    _drop_ruby_annotations(tree)
    page_url = url or _page_url(tree)
    site_name = _meta_content(tree, "og:site_name")
    _drop_comment_sections(tree)
    _unwrap_layout_tables(tree)

    fallback = _visible_text(tree)
    small = tree.xpath("count(//*)") <= _MAX_EXTRACTOR_ELEMENTS
    fast = _fast_extraction(tree, url=page_url, visible=fallback) if small else None
    if fast is not None:
        main_text, meta = fast
    elif small:
        main_text, meta = _trafilatura_text(tree, url=page_url)
    else:  # a hostile page of elements: the lxml walk below takes over
        main_text, meta = "", _HtmlMeta()
    used_fallback = fast is None and _prefer_fallback(main_text, fallback, _visible_text(tree, drop_links=True))
    if used_fallback:
        main_text = fallback
    # Everything a reader sees, page header and footer included: trafilatura drops
    # <p class="meta">/<div class="info"> lines and footers, where credits and notices sit.
    page_text = _visible_text(tree, header_footer=True)

    title = meta.title or _first_text(tree, "title") or None
    parsed = _parse_text(main_text, known_title=title)
    notice = parsed.notice_text
    if notice is None:
        # trafilatura often leaves the newsroom's notice out of the main text; look for it
        # at the end of the page's visible text instead, then with the page footer too. A
        # bare "版权所有 ©" site footer line is not taken from there: only a block with
        # licence terms.
        for visible in (page_text,) if used_fallback else (fallback, page_text):
            if not _may_hold_licence_terms(visible):
                continue  # no licence terms anywhere: no need to look for the notice block
            found = _parse_text(visible, known_title=title).notice_text
            if found is not None and any(p.search(found[:_NOTICE_SCAN_CHARS]) for p in _LICENCE_TERMS):
                notice = found
                break
    page_credits, page_source, page_date = _page_credits(page_text)

    sitename = site_name or meta.sitename
    source = parsed.source or page_source
    if sitename and _looks_like_hostname(sitename) and source:
        sitename = source
    return Document(
        text=parsed.text,
        title=title or parsed.title,
        date=meta.date or parsed.date or page_date,
        outlet=sitename or source,
        url=page_url,
        notice_text=notice,
        decoding=decoding,
        content_type="html",
        credits=tuple(dict.fromkeys((*parsed.credits, *page_credits))),
    )


def _page_credits(text: str) -> tuple[list[str], str | None, str | None]:
    """Credits stated anywhere in a page's visible text: ``(credits, source, date)``.

    Every line that is a date/source line (``2024-03-02 来源：北岭日报``, see
    :func:`_parse_meta_line`) or a whole-line attribution (``转载自X``, ``Source: X``, see
    :func:`_credit_line`) adds its names. ``source`` is the first 来源/Source name; ``date``
    the date of the first line that also names a source (the article's own info line, not a
    date in a list of other stories). Both functions refuse lines over 150 characters, so
    each line costs a bounded amount of work.
    """
    credits: list[str] = []
    source: str | None = None
    date: str | None = None
    for stripped in _split_lines(text):
        line = stripped.text
        if len(line) > 150 or not _CREDIT_CUE.search(line):
            continue  # neither a source field nor an attribution: skip the closer look
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
            if source is None and label.lower() in _SOURCE_LABELS:
                source = name
    return credits, source, date


def _parse_html(html: str) -> HtmlElement | None:
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False
    )
    try:
        # Bytes with an explicit parser encoding: lxml refuses str with an XML encoding
        # declaration, and the text is already decoded.
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        return None
    # libxml2 stops at its resource limits (nesting deeper than 256 elements, a text node
    # over 10 MB) and returns a tree with the rest of the page missing, often empty. Lifting
    # the limits (huge_tree) would let a hostile page exhaust the C stack, so such a page is
    # read as flat text instead.
    if any(e.type_name == "ERR_RESOURCE_LIMIT" or e.level_name == "FATAL" for e in parser.error_log):
        return None
    return tree


def _markup_free_text(html: str) -> str:
    """The text between the tags of a page lxml cannot parse, one block per line.

    Comments and the content of script/style/head-like elements are dropped (an element left
    unclosed loses only its tag), block tags and ``<br>`` become line breaks, other tags
    vanish, and character references are decoded. Linear: each search starts where the last
    one ended, and a closing tag that is missing is looked for once.
    """
    parts: list[str] = []
    missing: set[str] = set()
    pos = 0
    while True:
        m = _FLAT_TAG.search(html, pos)
        if m is None:
            parts.append(html[pos:])
            break
        parts.append(html[pos : m.start()])
        pos = m.end()
        if m.group(0) == "<!--":
            end = html.find("-->", pos) if "--" not in missing else -1
            if end >= 0:
                pos = end + 3
            else:
                missing.add("--")
            continue
        closing, name = m.group(1), m.group(2).lower()
        if name in _BLOCK_TAGS or name == "br":
            parts.append("\n")
        if not closing and name in _FLAT_CLOSE and name not in missing:
            close = _FLAT_CLOSE[name].search(html, pos)
            if close is None:
                missing.add(name)
            else:
                end = html.find(">", close.end())
                pos = end + 1 if end >= 0 else len(html)
    return _clean_text(_html.unescape("".join(parts)))


def _drop_ruby_annotations(tree: HtmlElement) -> None:
    """Remove ``<rt>``/``<rp>`` (pinyin and fallback parentheses); keep the base text.

    The ``<ruby>``/``<rb>`` wrappers are unwrapped too, so that extractors see the base
    characters as part of the running text rather than as separate inline blocks.
    """
    # strip_elements/strip_tags run in one C pass; dropping elements one by one is
    # quadratic when thousands share a parent.
    lxml.etree.strip_elements(tree, "rt", "rp", "rtc", with_tail=False)
    lxml.etree.strip_tags(tree, "ruby", "rb")


def _class_tokens(el: HtmlElement) -> list[str]:
    value = f"{el.get('class') or ''} {el.get('id') or ''}"
    return value[:500].split()


def _drop_comment_sections(tree: HtmlElement) -> None:
    """Remove reader-comment containers (``class="comments"``, ``id="comments"`` …).

    An element holding most of the page's text is kept even if its class says "comment":
    some sites call their opinion columns that.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    # Work on the class/id strings first (no element objects, which cost ~1 µs each): most
    # pages show no comment token at all, and the rest a few distinct values.
    values = {*_CLASS_VALUES(root), *_ID_VALUES(root)}
    if not _holds_word("\n".join(values), _COMMENT_WORDS):
        return
    hinted = [v for v in values if _holds_word(v, _COMMENT_WORDS)]
    # A value holding a matching token makes its elements candidates; so does a long value,
    # as _class_tokens reads only the first 500 characters of "class id" and may cut a token.
    wanted = {v for v in hinted if any(_COMMENT_TOKEN.fullmatch(tok) for tok in v.split())}
    wanted.update(v for v in values if len(v) >= 250)
    if not wanted:
        return
    variables = {f"v{k}": v for k, v in enumerate(wanted)}
    test = " or ".join(f". = ${name}" for name in variables)
    candidates = root.xpath(
        f"(descendant-or-self::*/@class[{test}] | descendant-or-self::*/@id[{test}])/..", **variables
    )
    total = len(root.text_content())
    doomed: list[HtmlElement] = []
    for el in candidates:  # in document order, so a comment section's items follow it
        if doomed and any(a is doomed[-1] for a in el.iterancestors()):
            continue  # goes with the enclosing comment section
        if el.tag in ("html", "body", "main", "article") or not any(
            _COMMENT_TOKEN.fullmatch(tok) for tok in _class_tokens(el)
        ):
            continue
        if len(el.text_content()) < 0.6 * total:
            doomed.append(el)
    _remove(tree, doomed)


def _remove(tree: HtmlElement, elements: Iterable[HtmlElement]) -> None:
    """Remove ``elements`` with their content but keep their tail text, in one pass."""
    marked = False
    for el in elements:
        el.tag = _DOOMED
        marked = True
    if marked:
        lxml.etree.strip_elements(tree, _DOOMED, with_tail=False)


def _unwrap_layout_tables(tree: HtmlElement) -> None:
    """Turn tables used for page layout into ``div``\\ s so extractors read them as text.

    A table is layout when one of its cells holds ≥ 200 characters or ≥ 3 ``<br>``: old
    news sites put the whole article in one cell, one ``<br>``-separated line at a time.
    Data tables (short cells) stay tables.
    """
    cells = list(tree.iter("td", "th"))
    if len(cells) > _MAX_LAYOUT_CELLS:
        return
    layout: dict[int, object] = {}
    for cell in cells:
        if len(cell.text_content().strip()) >= _LAYOUT_CELL_CHARS or sum(1 for _ in cell.iter("br")) >= 3:
            for table in cell.iterancestors("table"):
                layout[id(table)] = table
    if not layout:
        return
    renames = []
    for table in layout.values():
        for part in table.iter(*_TABLE_PARTS):  # type: ignore[attr-defined]
            owner = next(part.iterancestors("table"), None)
            if owner is table:
                renames.append(part)
        renames.append(table)
    for el in renames:
        el.tag = "div"


def _trafilatura_text(tree: HtmlElement, *, url: str | None) -> tuple[str, _HtmlMeta]:
    import trafilatura  # deferred: importing it takes ~0.5 s and plain text never needs it

    try:
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            with_metadata=True,
            deduplicate=False,
            # Dates from meta tags, JSON-LD and the URL only; the extensive search guesses
            # from any date in the body, which a date line in the text does better.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception:  # noqa: BLE001 — a bug in a third-party extractor must not lose the page: the lxml walk takes over
        return "", _HtmlMeta()
    if result is None:
        return "", _HtmlMeta()
    text = _untable(result.text or "")
    date = result.date if isinstance(result.date, str) and _ISO_DATE.fullmatch(result.date) else None
    return text, _HtmlMeta(
        title=_clean_inline(result.title),
        date=date,
        sitename=_clean_inline(result.sitename),
    )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _untable(text: str) -> str:
    """Turn trafilatura's Markdown table rows (``| a | b |``) back into plain lines."""
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if _TABLE_RULE.fullmatch(stripped) and "-" in stripped:
            continue
        if len(stripped) >= 2 and _TABLE_ROW.fullmatch(stripped):
            cells = [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(stripped[1:-1])]
            out.extend(c for c in cells if c)
            continue
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Fast path: a dominant block of paragraphs and metadata from <head>
# ---------------------------------------------------------------------------------------------

# trafilatura reads these <meta name> values for the title and the site name
# (trafilatura.metadata.METANAME_TITLE, METANAME_PUBLISHER, TWITTER_ATTRS).
_META_TITLE_NAMES = frozenset(
    "citation_title dc.title dcterms.title fb_title headline parsely-title sailthru.title "
    "shareaholic:title rbtitle title twitter:title".split()
)
_META_PUBLISHER_NAMES = frozenset(
    "article:publisher citation_journal_title copyright dc.publisher dc:publisher dcterms.publisher "
    "publisher sailthru.publisher rbpubname twitter:site".split()
)
_META_BACKUP_SITENAME_NAMES = frozenset(("twitter:site", "application-name"))
_TITLE_SEPARATORS = "–•·—|⁄*⋆~‹«<›»>:-"
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_PATH_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~/-")
# Inline markup that trafilatura writes as plain running text (not <q>: it breaks the line).
_INLINE_TAGS = frozenset(
    "a abbr b big br cite code em font i img kbd mark s small span strike strong sub sup tt u var".split()
)
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Elements trafilatura removes with their text before it extracts anything (its
# MANUALLY_CLEANED list, trafilatura/settings.py); unlike the visible text, it keeps <header>.
_TRAFILATURA_DROPS = (
    "applet", "area", "aside", "audio", "blink", "button", "canvas", "datalist", "dialog", "embed",
    "fieldset", "figure", "footer", "form", "frame", "frameset", "head", "iframe", "input", "label",
    "legend", "link", "map", "marquee", "math", "menu", "menuitem", "nav", "noindex", "noscript",
    "object", "optgroup", "option", "output", "param", "picture", "progress", "script", "select",
    "source", "style", "svg", "textarea", "time", "track", "video",
)  # fmt: skip
_FAST_MIN_CHARS = 750  # trafilatura reads <div>s too below 3 × 250 characters of <p> text
_FAST_LINK_SHARE = 0.1  # link text in the block, at most
_FAST_PAGE_SHARE = 0.5  # the block's non-link text, at least, of the page's
_LINK_ENTRY_EXTRA = 5  # characters a link-list entry may show besides its link
_REPEAT_CHARS = 40  # trafilatura's MIN_DUPLICATE_LENGTH is 50; spaces may count differently
# How trafilatura finds the article part of a page (trafilatura.xpaths.BODY_XPATH, tried in
# order, first match in the page): [0] an element with a content class or id, [1] the first
# <article>, [2] story/text classes, [3] class or id "content" and kin, [4] "main…". The
# class/id pieces below, in lower case, match more than its patterns do; the exact ones
# (_BODY_CONTENT_EXACT) match less: the fast path goes on only when both agree.
_BODY_CONTENT_PIECES = (
    "entry-content", "page-content", "text-content", "article-content", "art-content", "article__",
    "articlebody", "article-body", "body-text", "post-text", "post_text", "post-body", "postentry",
    "post-entry", "postcontent", "post-content", "post_content", "post_inner", "articletext",
    "article-text", "articlecontent",
)  # fmt: skip
_BODY_CONTENT_NAMES = frozenset(("post", "entry"))
_BODY_CONTENT_EXACT = (
    "entry-content", "page-content", "text-content", "article-content", "art-content", "article__content",
    "article-body", "article__body", "articlebody", "articleBody", "ArticleContent", "body-text",
    "post-text", "post_text", "post-body", "post-entry", "postentry", "post-content", "post_content",
    "postcontent", "postContent", "post_inner_wrapper", "article-text", "articletext", "articleText",
    "article__container",
)  # fmt: skip
_BODY_STORY_PIECES = (
    "primary", "story", "fulltext", "post-bodycopy", "theme-content", "blog-content", "section-content",
    "single-content", "single-post", "main-column", "wpb_text_column", "field-body", "postarea",
    "art-postcontent", "cell",
)  # fmt: skip
_BODY_STORY_NAMES = frozenset(("article", "text"))
_BODY_MAIN_PIECES = ("content-main", "content_main", "content-body", "content__body", "contentbody", "main-content")
_SECTION_TAGS = frozenset(("article", "div", "main", "section"))
_BODY_VALUES = lxml.etree.XPath(
    "//body//@class | //body//@id | //body//@itemprop | //body//@role", smart_strings=False
)
_BLOCK_MARK = "data-reprint-guard-block"
# Lower-case pieces of the class/id/style/role values for which trafilatura's boilerplate
# rules (trafilatura.xpaths.OVERALL_DISCARD_XPATH) remove an element, loosely (pieces, not
# whole tokens): a page showing one in the block or around it goes to trafilatura.
_DISCARD_WORDS = (
    "shar", "social", "viral", "newsletter", "syndication", "cookie", "tag", "banner", "crumb",
    "button", "author", "byline", "footer", "nav", "menu", "bar", "elated", "message", "premium",
    "widget", "outbrain", "taboola", "criteo", "paid", "dfp", "sociable", "embed", "consent", "modal",
    "permission", "next-", "stories", "popular", "more-on", "meta", "rating", "attachment",
    "timestamp", "user-", "icon", "infos", "slide", "viewport", "overlay", "options", "expand",
    "obfuscated", "blurred", "factbox", "yin", "zlylin", "nfoline", "zendesk", "hid", "reply",
    "comment", "akismet", "suggest", "print", "notloaded", "teaser", "jp-", "dpsp", "bmdh",
)  # fmt: skip


class _Unsure(Exception):
    """The fast path cannot tell what trafilatura would return: use trafilatura."""


def _fast_extraction(tree: HtmlElement, *, url: str | None, visible: str) -> tuple[str, _HtmlMeta] | None:
    """``(main_text, metadata)`` without trafilatura, or ``None`` when unsure.

    Taken only when both parts are confident: :func:`_dominant_block` finds one dominant
    block of plain paragraphs, and :func:`_head_metadata` can read the title, date and site
    name the way trafilatura's metadata step would. ``visible`` is the page's
    :func:`_visible_text`.
    """
    try:
        found = _dominant_block(tree, visible)  # first: most unsure pages fail here, cheaply
        meta = _head_metadata(tree, url)
        return _block_text(tree, found, meta.title), meta
    except _Unsure:
        return None


def _trafilatura_trim(value: str) -> str | None:
    """trafilatura's final clean-up of a metadata value (``Document.clean_and_trim``):
    entities decoded, non-printable characters dropped, whitespace collapsed."""
    if len(value) > 10000:
        raise _Unsure("a value over 10,000 characters")
    value = _html.unescape(value)
    if "&" in value:  # trafilatura decodes a few space entities once more
        raise _Unsure("an entity left after decoding")
    if not value.isprintable():
        value = "".join(ch for ch in value if ch.isprintable() or ch.isspace())
    return " ".join(value.split()) or None


def _title_parts(title: str) -> tuple[str, str] | tuple[()]:
    """``(before, after)`` the last ``" | "``-like separator of a whitespace-collapsed
    ``<title>``, as trafilatura's ``HTMLTITLE_REGEX`` (greedy) splits it; ``()`` if none."""
    for i in range(len(title) - 4, 0, -1):
        if title[i] == " " and title[i + 2] == " " and title[i + 1] in _TITLE_SEPARATORS:
            return title[:i], title[i + 3 :]
    return ()


def _plain_url(value: str) -> str:
    """``value`` when it is an absolute http(s) URL that courlan's ``validate_url`` and
    ``normalize_url`` (what trafilatura applies) accept and leave as it is: lower-case host
    name, a plain path, no port, query or fragment."""
    scheme, sep, rest = value.partition("://")
    host, _, path = rest.partition("/")
    labels = host.split(".")
    if (
        scheme not in ("http", "https")
        or not sep
        or not 3 <= len(host) <= 253
        or not set(host) <= _HOST_CHARS
        or len(labels) < 2
        or not all(labels)
        or any(label.startswith("xn--") for label in labels)
        or not set(path) <= _PATH_CHARS
        or "//" in path
        or any(segment in (".", "..") for segment in path.split("/"))
    ):
        raise _Unsure("a URL that normalisation may change")
    return value


def _site_from_url(url: str) -> str | None:
    """The host name as trafilatura's ``META_URL`` (``https?://(?:www\\.|w[0-9]+\\.)?([^/]+)``)
    takes it from a URL: without a leading ``www.`` or ``w1.``-like label."""
    scheme, sep, rest = url.partition("://")
    if scheme not in ("http", "https") or not sep:
        return None
    host = rest.partition("/")[0]
    label, dot, after = host.partition(".")
    if dot and after and (label == "www" or (label[:1] == "w" and label[1:].isascii() and label[1:].isdigit())):
        return after
    return host or None


def _head_metadata(tree: HtmlElement, default_url: str | None) -> _HtmlMeta:
    """Title, date and site name as trafilatura's ``extract_metadata`` finds them, read from
    ``<head>`` and the single ``<h1>``; the date comes from htmldate's ``find_date`` with the
    arguments trafilatura passes (https://htmldate.readthedocs.io).

    Raises:
        _Unsure: the page holds metadata this reading does not reproduce: JSON-LD, a
            relative or unusual canonical URL, no ``og:title`` and not exactly one ``<h1>``.
    """
    for el in tree.iter("script"):
        if el.get("type") in ("application/ld+json", "application/settings+json") and (el.text or "").strip():
            raise _Unsure("JSON-LD metadata")
    title: str | None = None
    sitename: str | None = None
    url: str | None = None
    # OpenGraph first (the last of each wins), then the other <meta> tags in page order.
    for el in tree.iterfind(".//head/meta"):
        prop, content = el.get("property") or "", el.get("content")
        if not prop.startswith("og:") or not content or content.isspace():
            continue
        if prop == "og:title":
            title = content
        elif prop == "og:site_name":
            sitename = content
        elif prop == "og:url":
            url = _plain_url(content)
    backup_sitename = None
    for el in tree.iterfind(".//head/meta[@content]"):
        content = (el.get("content") or "").strip()
        if not content:
            continue
        if "property" in el.attrib:
            field_ = "sitename" if (el.get("property") or "").lower() == "article:publisher" else None
        elif "name" in el.attrib:
            name = (el.get("name") or "").lower()
            if name in _META_TITLE_NAMES:
                field_ = "title"
            elif name in _META_PUBLISHER_NAMES:
                field_ = "sitename"
            elif name in _META_BACKUP_SITENAME_NAMES or "twitter:app:name" in name:
                field_ = "backup"
            elif name == "twitter:url" and not url:
                raise _Unsure("twitter:url")  # trafilatura validates it with courlan
            else:
                field_ = None
        else:
            field_ = "title" if (el.get("itemprop") or "").lower() == "headline" else None
        if field_ is None:
            continue
        if "<" in content:
            raise _Unsure("markup in a <meta> value")  # trafilatura strips tags from it first
        if field_ == "title":
            title = title or content
        elif field_ == "sitename":
            sitename = sitename or content
        else:
            backup_sitename = content
    sitename = sitename or backup_sitename

    if not title:
        h1s = tree.findall(".//h1")
        if len(h1s) != 1 or any(el.tag not in _INLINE_TAGS or el.tag == "br" for el in h1s[0].iterdescendants()):
            raise _Unsure("no og:title and not one plain <h1>")  # trafilatura tries title XPaths
        title = " ".join(h1s[0].text_content().split())
        if not title:
            raise _Unsure("an empty <h1>")

    if url is None:
        for path in ('.//head//link[@rel="canonical"]', ".//head//base", './/head//link[@rel="alternate"][@hreflang="x-default"]'):
            el = tree.find(path)
            href = el.get("href") if el is not None else None
            if href:
                url = _plain_url("https:" + href if href.startswith("//") else href)
                break
        url = url or default_url

    try:
        import htmldate  # deferred like trafilatura, which depends on it

        date = htmldate.find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception as exc:  # noqa: BLE001 — whatever htmldate trips on, trafilatura's path handles
        raise _Unsure("htmldate failed") from exc

    if not sitename:
        el = tree.find(".//head//title")
        parts = _title_parts(" ".join(el.text_content().split())) if el is not None else ()
        sitename = next((part for part in parts if "." in part), None)
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif url:
        sitename = _site_from_url(url)

    date = _trafilatura_trim(date) if isinstance(date, str) else None
    return _HtmlMeta(
        title=_clean_inline(_trafilatura_trim(title)),
        date=date if date and _ISO_DATE.fullmatch(date) else None,
        sitename=_clean_inline(_trafilatura_trim(sitename) if sitename else None),
    )


# The block, its ancestors below <body> and its descendants; their boilerplate markers.
_BLOCK_SCOPE = "(ancestor::*[not(self::body or self::html)] | descendant-or-self::*)"
_SCOPE_VALUES = lxml.etree.XPath(
    f"{_BLOCK_SCOPE}/@*[name() = 'class' or name() = 'id' or name() = 'style' or name() = 'role']",
    smart_strings=False,
)
_SCOPE_FLAGGED = lxml.etree.XPath(
    f"boolean({_BLOCK_SCOPE}[@hidden or @aria-hidden or @data-lp-replacement-content or @data-component]"
    f" or ancestor-or-self::*[{' or '.join(f'self::{t}' for t in _SKIP_TAGS)}])"
)


def _ink(text: str) -> int:
    """Characters other than whitespace: the amount of text the fast path compares."""
    return sum(map(len, text.split()))


def _check_no_competition(records: str) -> None:
    """Raise :class:`_Unsure` unless the text blocks outside the dominant block (records of
    :func:`_competing_stylesheet`) are all ones trafilatura leaves out or that change
    nothing: links (trafilatura drops link-dense blocks) with at most a few characters
    besides them, such as a count or a date, but no linked headings; headings after the
    block (trafilatura drops trailing headings); editor lines after it
    (:func:`_parse_text` drops trailing ones)."""
    after = False
    for record in records.split("\n"):
        if record == "X":
            after = True
            continue
        kind, _, rest = record.partition("\t")
        text, _, links = rest.partition("\t")
        own = _ink(text) + (_ink(links) if kind == "H" else 0)  # trafilatura keeps linked headings
        if own == 0 or (kind == "H" and after):
            continue
        if kind == "B" and own <= _LINK_ENTRY_EXTRA and _ink(links) > own:
            continue
        if kind == "B" and after and not links.strip() and _is_editor_line(text.strip()):
            continue  # _parse_text drops trailing editor lines either way
        raise _Unsure("a heading before the block" if kind == "H" else "competing text blocks")


def _link_heavy(p: HtmlElement, text: str) -> bool:
    """Whether trafilatura's link-density test might remove paragraph ``p`` (``text``, its
    collapsed text): it has links (even empty ones), and it is short (under 60 characters) or
    more than half link text (loosely after trafilatura.htmlprocessing.link_density_test)."""
    links = list(p.iter("a"))
    if not links:
        return False
    return len(text) < 60 or sum(len(a.text_content()) for a in links) > 0.5 * len(text)


def _line_texts(el: HtmlElement, text: str) -> list[str]:
    """The lines trafilatura writes for a paragraph or heading ``el`` holding inline markup
    only, from its ``text_content()``: one per ``<br>``-separated part, format characters
    (zero-width spaces …) dropped, whitespace collapsed, empty parts left out."""
    if len(el):
        if any(d.tag not in _INLINE_TAGS for d in el.iterdescendants()):
            raise _Unsure("a paragraph with block markup")
        breaks = list(el.iter("br"))
        if breaks:  # read the text with a line break after each <br>, then put the tails back
            tails = [br.tail for br in breaks]
            for br in breaks:
                br.tail = "\n" + (br.tail or "")
            text = el.text_content()
            for br, tail in zip(breaks, tails):
                br.tail = tail
    if not text.isprintable():
        text = "".join(ch for ch in text if ch.isprintable() or ch.isspace())
    return [line for line in (" ".join(part.split()) for part in text.split("\n")) if line]


@dataclass(frozen=True)
class _Block:
    """A dominant block (see :func:`_dominant_block`) and what its text is made of."""

    element: HtmlElement
    part: HtmlElement  # the element trafilatura takes as the article part, holding it
    lines: list[str]  # one per paragraph (per <br>-separated part)
    texts: list[str]  # each paragraph's whole text, whitespace collapsed


def _dominant_block(tree: HtmlElement, visible: str) -> _Block:
    """The one block of plain paragraphs that holds the page's article.

    A content-block scorer in the manner of readability (Arc90's readability.js, as ported
    in python-readability: every ``<p>`` adds its text length to its parent, the best parent
    is the article) with the link-density test of boilerpipe (Kohlschütter, Fankhauser and
    Nejdl, "Boilerplate Detection using Shallow Text Features", WSDM 2010), but it answers
    only when the decision is clear-cut, so that its text is the one trafilatura returns:

    * the block's ``<p>`` text is at least 750 characters (trafilatura's own switch: below
      it, trafilatura reads ``<div>`` text too) and at most 10% of it is link text;
    * its children are ``<p>`` and headings holding only inline markup (``<a>``, ``<span>``,
      ``<strong>``, ``<img>`` …), elements without text or ones trafilatura removes
      (``<script>``, ``<figure>`` …); no text sits between them;
    * neither the block, nor an ancestor, nor anything inside it is navigation, header,
      footer, aside, form or hidden, or carries a class, id or style that trafilatura's
      boilerplate rules may remove (``_DISCARD_WORDS``);
    * the part of the page trafilatura takes as the article is certain and holds the block
      (:func:`_trafilatura_part`);
    * the block holds at least half of the text the page shows outside links (text measured
      in non-whitespace characters), and no text block outside it (``<p>``, ``<li>``,
      headings, quotes, cells; page chrome and links aside) shows text, except ones whose
      presence changes nothing (see :func:`_check_no_competition`): one dominant block, no
      competing ones.

    ``visible`` is the page's :func:`_visible_text`; :func:`_block_text` makes the text.

    Raises:
        _Unsure: any condition above fails.
    """
    body = tree.find("body")
    if body is None:
        raise _Unsure("no <body>")
    scores: dict[HtmlElement, int] = {}
    for p in body.iter("p"):
        parent = p.getparent()
        scores[parent] = scores.get(parent, 0) + len(p.text_content())
    if not scores:
        raise _Unsure("no <p>")
    block = max(scores, key=scores.__getitem__)
    if _SCOPE_FLAGGED(block):
        raise _Unsure("page chrome, hidden or flagged markup around the block")
    values = "\n".join(_SCOPE_VALUES(block))
    if _holds_word(values, _DISCARD_WORDS) or "display:none" in values.replace(" ", "").lower():
        raise _Unsure("a class, id or style trafilatura may discard")
    if any(w == "ad" or w.startswith("ad-") or "-ad-" in w for w in values.lower().split()):
        raise _Unsure("an advertisement class")

    if (block.text or "").strip():
        raise _Unsure("text directly in the block")
    part = _trafilatura_part(tree, block)
    lines: list[str] = []
    texts: list[str] = []  # each paragraph's whole text, for the repeat test below
    chars = 0
    for child in block:
        if (child.tail or "").strip():
            raise _Unsure("text between the paragraphs")
        if child.tag == "p" or child.tag in _HEADING_TAGS:
            raw = child.text_content()
            chars += len(raw) if child.tag == "p" else 0
            lines.extend(_line_texts(child, raw))
            texts.append(" ".join(raw.split()))
            if child.tag == "p" and len(child) and _link_heavy(child, texts[-1]):
                raise _Unsure("a paragraph trafilatura may drop for its links")
        elif child.tag not in _TRAFILATURA_DROPS and child.text_content().strip():
            raise _Unsure("a child with text that is not a paragraph")
    if chars < _FAST_MIN_CHARS:
        raise _Unsure("too little text")
    size = _ink("".join(lines))
    links = _ink("".join(a.text_content() for a in block.iter("a")))
    if links > _FAST_LINK_SHARE * size:
        raise _Unsure("too many links")
    # Most of what the page shows outside links is in the block (so the lxml walk of
    # _prefer_fallback would not replace it either); the visible text with links, at hand,
    # is an upper bound that mostly spares the walk without links …
    if size - links < _FAST_PAGE_SHARE * _ink(visible) and (
        size - links < _FAST_PAGE_SHARE * _ink(_visible_text(tree, drop_links=True))
    ):
        raise _Unsure("the block is not most of the page")
    # … and no other text block competes with it.
    block.set(_BLOCK_MARK, "")
    try:
        records = str(_COMPETING(tree))
    finally:
        del block.attrib[_BLOCK_MARK]
    _check_no_competition(records)
    return _Block(block, part, lines, texts)


def _block_text(tree: HtmlElement, found: _Block, title: str | None) -> str:
    """The main text of ``found``: one line per paragraph (per ``<br>``-separated part), the
    ``<h1>`` first where trafilatura keeps it (see :func:`_headline`).

    Raises:
        _Unsure: the headline question cannot be settled, or a paragraph repeats the one
            before it (trafilatura drops the repeat when it is over 50 characters).
    """
    lines, texts = list(found.lines), list(found.texts)
    headline = _headline(tree, found.part, found.element, lines, title)
    if headline:
        lines.insert(0, headline)
        texts.insert(0, headline)
    if any(a == b and len(a) > _REPEAT_CHARS for a, b in pairwise(texts)):
        raise _Unsure("a paragraph repeating the one before")
    return "\n".join(lines)


def _headline(tree: HtmlElement, part: HtmlElement, block: HtmlElement, lines: list[str], title: str | None) -> str | None:
    """The ``<h1>`` line to put before the block's lines, as trafilatura would, or ``None``.

    trafilatura's text holds the headline when it sits in the part of the page trafilatura
    takes as the article (``part``). It changes the Document only when :func:`_parse_text`
    would not take the headline as the title line, or would take a paragraph as the title
    without it; then the text must also be long enough (2,500 characters) for trafilatura
    to skip its comparison with readability, and the headline must not sit in a
    ``<header>`` (which trafilatura keeps on some pages only).
    """
    h1s = [h for h in tree.iterfind(".//body//h1") if not any(a is block for a in h.iterancestors())]
    if not h1s:
        return None
    if len(h1s) > 1:
        raise _Unsure("several <h1>")
    h1 = h1s[0]
    parts = _line_texts(h1, h1.text_content())
    if len(parts) != 1:
        raise _Unsure("an <h1> of several lines")
    text = parts[0]
    if not _headline_matters(text, lines, title):
        return None
    if sum(map(len, lines)) <= 2500 or _SCOPE_FLAGGED(h1):
        raise _Unsure("cannot tell whether trafilatura keeps the <h1>")
    return text if any(a is part for a in h1.iterancestors()) else None


def _like_body_content(value: str) -> bool:
    return _holds_word(value, _BODY_CONTENT_PIECES) or not _BODY_CONTENT_NAMES.isdisjoint(value.lower().split())


def _is_body_content(el: HtmlElement) -> bool:
    cls, id_ = el.get("class") or "", el.get("id") or ""
    return el.tag in _SECTION_TAGS and (
        cls in ("post", "entry")
        or el.get("itemprop") == "articleBody"
        or id_ == "articleContent"
        or any(piece in cls or piece in id_ for piece in _BODY_CONTENT_EXACT)
    )


def _trafilatura_part(tree: HtmlElement, block: HtmlElement) -> HtmlElement:
    """The element trafilatura takes as the article part of the page (``BODY_XPATH``, see
    ``_BODY_CONTENT_PIECES``), when that is certain and holds ``block``.

    Certain are: a content class or id on the block or an ancestor and on nothing else in
    the page ([0]); else the first ``<article>`` ([1]); else class or id ``"content"`` on the
    block or an ancestor, no other content-like name and no story/text class ([3]).

    Raises:
        _Unsure: no such element, or another one may come first.
    """
    values = _BODY_VALUES(tree)
    joined = "\n".join(values)
    chain = [block, *block.iterancestors()]
    content_like = sum(map(_like_body_content, values)) if _like_body_content(joined) else 0
    if content_like:
        own = [el for el in chain if _is_body_content(el)]
        own_like = sum(_like_body_content(v) for el in chain for v in _own_values(el))
        if len(own) == 1 and own_like == content_like:
            return own[0]
        raise _Unsure("another element may be trafilatura's article part")
    article = tree.find(".//article")
    if article is not None:
        if any(el is article for el in chain):
            return article
        raise _Unsure("the first <article> does not hold the block")
    if _holds_word(joined, _BODY_STORY_PIECES) or not _BODY_STORY_NAMES.isdisjoint(joined.lower().split()):
        raise _Unsure("a story or text class")
    main_like = values.count("content")
    if _holds_word(joined, _BODY_MAIN_PIECES):
        main_like = sum(v == "content" or _holds_word(v, _BODY_MAIN_PIECES) for v in values)
    own = [el for el in chain if el.tag in _SECTION_TAGS and "content" in (el.get("class"), el.get("id"))]
    own_like = sum(v == "content" or _holds_word(v, _BODY_MAIN_PIECES) for el in chain for v in _own_values(el))
    if len(own) == 1 and own_like == main_like:
        return own[0]
    raise _Unsure("no element trafilatura surely takes as the article part")


def _own_values(el: HtmlElement) -> list[str]:
    return [v for v in (el.get("class"), el.get("id"), el.get("itemprop"), el.get("role")) if v is not None]


def _headline_matters(headline: str, lines: list[str], title: str | None) -> bool:
    """Whether :func:`_parse_text` gives another result with ``headline`` before ``lines``."""
    if title is None:
        return True
    if not _same_title(headline, title) or _is_breadcrumb(headline) or _parse_meta_line(headline, _Meta()):
        return True  # the headline would stay in the body
    # The header lines _parse_text reads before the body starts: does one pass for the title?
    for j, line in enumerate(lines):
        if j >= _HEADER_LINES - 1:
            return True
        if _is_breadcrumb(line) or _parse_meta_line(line, _Meta()):
            continue
        if _same_title(line, title):
            return True
        break
    else:
        return True
    if _may_hold_notice_wording("\n".join(lines)) and any(_is_notice_line(line) for line in lines):
        # where a notice block may start depends on the lines' shares of the text: compare
        # in full (the parsed title does not matter, the known one wins)
        a = _parse_text("\n".join([headline, *lines]), known_title=title)
        b = _parse_text("\n".join(lines), known_title=title)
        return (a.text, a.date, a.source, a.notice_text, a.credits) != (b.text, b.date, b.source, b.notice_text, b.credits)
    return False


def _competing_stylesheet() -> lxml.etree.XSLT:
    """One record per text block (paragraph, list item, heading below ``<h1>``, quote, cell)
    outside the element marked ``_BLOCK_MARK``, the elements trafilatura always removes and
    hidden elements:
    ``"H"`` (heading) or ``"B"``, a tab, its text without links, a tab, its link text; and an
    ``"X"`` record where the marked block sits. Records are separated by line breaks (the
    texts have theirs replaced by spaces)."""
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    skip = "|".join(_TRAFILATURA_DROPS)
    hidden = f"*[@hidden or contains(translate(@style, '{upper} ', '{upper.lower()}'), 'display:none')]"
    blocks = "p|li|blockquote|pre|td|th|dd|dt|caption|figcaption|address"
    flat = "<xsl:value-of select=\"translate(., '&#9;&#10;&#13;', '   ')\"/>"
    xslt = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
<xsl:template match="/"><xsl:apply-templates select="/*/body[1]/node()"/></xsl:template>
<xsl:template match="text()"/>
<xsl:template match="{skip}|h1|{hidden}"/>
<xsl:template match="*[@{_BLOCK_MARK}]" priority="3"><xsl:text>&#10;X</xsl:text></xsl:template>
<xsl:template match="h2|h3|h4|h5|h6"><xsl:text>&#10;H&#9;</xsl:text><xsl:apply-templates mode="text"/><xsl:text>&#9;</xsl:text><xsl:apply-templates mode="links"/></xsl:template>
<xsl:template match="{blocks}"><xsl:text>&#10;B&#9;</xsl:text><xsl:apply-templates mode="text"/><xsl:text>&#9;</xsl:text><xsl:apply-templates mode="links"/></xsl:template>
<xsl:template match="{skip}|a|{hidden}" mode="text"/>
<xsl:template match="text()" mode="text">{flat}</xsl:template>
<xsl:template match="{skip}|{hidden}" mode="links"/>
<xsl:template match="text()" mode="links"/>
<xsl:template match="a" mode="links"><xsl:apply-templates mode="link"/></xsl:template>
<xsl:template match="{skip}|{hidden}" mode="link"/>
<xsl:template match="text()" mode="link">{flat}</xsl:template>
</xsl:stylesheet>"""
    return lxml.etree.XSLT(lxml.etree.XML(xslt))


_COMPETING = _competing_stylesheet()


def _visible_stylesheet(skip: Iterable[str]) -> lxml.etree.XSLT:
    """An XSLT 1.0 transform that writes the visible text of ``<body>`` (of the root element
    when there is no body) in one C pass: elements named in ``skip`` and hidden elements
    (``hidden``, ``style="display: none"``) are left out with their content, their tails
    kept; block elements are framed by line breaks and ``<br>`` ends a line.
    """
    upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    xslt = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
<xsl:template match="/"><xsl:choose>
  <xsl:when test="/*/body"><xsl:apply-templates select="/*/body[1]/node()"/></xsl:when>
  <xsl:otherwise><xsl:apply-templates select="/*/node()"/></xsl:otherwise>
</xsl:choose></xsl:template>
<xsl:template match="*[@hidden or contains(translate(@style, '{upper} ', '{upper.lower()}'), 'display:none')]"/>
<xsl:template match="{"|".join(skip)}"/>
<xsl:template match="{"|".join(sorted(_BLOCK_TAGS))}"><xsl:text>&#10;</xsl:text><xsl:apply-templates/><xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="br"><xsl:text>&#10;</xsl:text></xsl:template>
</xsl:stylesheet>"""
    return lxml.etree.XSLT(lxml.etree.XML(xslt))


# The three views the extraction needs, compiled once (an XSLT object is not modified by use).
_VISIBLE = _visible_stylesheet(_SKIP_TAGS)
_VISIBLE_NO_LINKS = _visible_stylesheet((*_SKIP_TAGS, "a"))
_VISIBLE_WITH_HEADER_FOOTER = _visible_stylesheet(t for t in _SKIP_TAGS if t not in ("header", "footer"))


def _visible_text(tree: HtmlElement, *, drop_links: bool = False, header_footer: bool = False) -> str:
    """The body's text, minus script/style/nav/header/footer/aside and hidden elements,
    one block per line (stripped, no blank lines).

    Block elements and ``<br>`` become line breaks. With ``drop_links``, link text is left
    out too (used to measure how much non-navigation text a page has); with
    ``header_footer``, the page's ``<header>`` and ``<footer>`` are kept.
    """
    if drop_links:
        view = _VISIBLE_NO_LINKS
    else:
        view = _VISIBLE_WITH_HEADER_FOOTER if header_footer else _VISIBLE
    return "\n".join(s for s in (line.strip() for line in str(view(tree)).split("\n")) if s)


def _letters(text: str) -> int:
    """Letters and Han characters (``str.isalpha``): what an article is made of."""
    return sum(map(str.isalpha, text))  # map keeps the per-character loop in C


def _prefer_fallback(main: str, fallback: str, fallback_without_links: str) -> bool:
    """Whether the lxml text walk should replace trafilatura's text.

    Yes when trafilatura found nothing, or when it kept less than a quarter of the letters
    and Han characters that the page shows outside links and navigation (and the page shows
    at least 200 characters): it then missed the article, as it does on table-cell layouts
    with ``<br>`` lines and ``&nbsp;`` indents. Link text is left out of the comparison so
    that a short article on a page with large menus keeps trafilatura's text.
    """
    if not fallback.strip():
        return False
    if not main.strip():
        return True
    return len(fallback) >= 200 and _letters(main) < 0.25 * _letters(fallback_without_links)


def _meta_content(tree: HtmlElement, key: str) -> str | None:
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").strip().lower() == key:
            return _clean_inline(el.get("content"))
    return None


def _page_url(tree: HtmlElement) -> str | None:
    """``<link rel=canonical href>``, else ``<meta property=og:url>``; absolute http(s) only."""
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split():
            found = _absolute_http_url(el.get("href"))
            if found:
                return found
    return _absolute_http_url(_meta_content(tree, "og:url"))


def _absolute_http_url(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if len(value) > 2048 or any(ch.isspace() for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return value
    return None


def _first_text(tree: HtmlElement, tag: str) -> str | None:
    for el in tree.iter(tag):
        return _clean_inline(el.text_content())
    return None


def _clean_inline(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _looks_like_hostname(name: str) -> bool:
    return "." in name and " " not in name and not any(unicodedata.category(c) == "Lo" for c in name)


# ---------------------------------------------------------------------------------------------
# Plain text: lines, breadcrumb, title, date/source lines, credits, notice
# ---------------------------------------------------------------------------------------------


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


@dataclass
class _Meta:
    date: str | None = None
    sources: list[str] = field(default_factory=list)


_LINE = re.compile(r"[^\n]+")

_SENTENCE_END = "。.；;，,：:、"
_BREADCRUMB_LABEL = re.compile(
    r"(?:您当前的位置|您当前位置|您现在的位置|您的位置|当前位置|当前的位置|所在位置|现在位置|"
    r"you are here|you're here|current location)\s{0,3}[:：]",
    re.I,
)
_BREADCRUMB_HOME = re.compile(r"(?:首页|主页|网站首页|home)\s{0,3}[>»›＞/|｜]", re.I)
_BREADCRUMB_SEP = re.compile(r"\s{0,3}[>»›＞]\s{0,3}")

_DIGITS = str.maketrans("０１２３４５６７８９／－．：", "0123456789/-.:")
_NUM_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s{0,2}(?:[-/.]|年)\s{0,2}(\d{1,2})\s{0,2}(?:[-/.]|月)\s{0,2}(\d{1,2})(?!\d)\s{0,2}日?"
)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_EN_DATE_MDY = re.compile(_MONTH + r"\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}((?:19|20)\d\d)(?!\d)", re.I)
_EN_DATE_DMY = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s{1,3}" + _MONTH + r"\.?,?\s{1,3}((?:19|20)\d\d)(?!\d)", re.I)
_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")

_SOURCE_LABELS = ("稿件来源", "新闻来源", "文章来源", "信息来源", "来源", "source", "sources")
_META_LABEL = re.compile(
    r"(稿件来源|新闻来源|文章来源|信息来源|来源|作者|本报记者|记者|通讯员|责任编辑|责编|编辑|审核|"
    r"发布时间|发布日期|发表时间|更新时间|时间|日期|浏览次数|阅读量|阅读数|点击数|点击量|浏览|点击|阅读|"
    r"字号|摄影|sources?|author|editor|published|updated|posted|date|written by|by)\s{0,3}[:：]",
    re.I,
)
_FIELD_BREAK = re.compile(r"\s{2,}|[|｜\t\u3000]")
_BYLINE = re.compile(r"[Bb]y\s{1,3}[A-Z][^\n]{0,80}")
_CN_BYLINE = re.compile(r"[（(]?(?:文|图|撰文|摄影|本报记者|记者|通讯员|作者)\s{0,2}[/／|｜ ]\s{0,2}[^\n]{1,40}")
_FILLER = re.compile(
    r"\b(?:updated|published|posted|last|modified|on|at|am|pm|utc|gmt|[ecmp][sd]t|bst|cest|cet|hkt|sgt|jst|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b|星期[一二三四五六日天]|周[一二三四五六日]|北京时间|发布|更新",
    re.I,
)
_EDITOR_LINE = re.compile(
    r"[（(\[【]?\s{0,2}(?:责任编辑|责编|编辑|值班编辑|审核|审校|校对|监制|终审|初审|二审|三审|编审|"
    r"editor|edited by)\s{0,2}[:：]",
    re.I,
)
_CREDIT_CN = re.compile(
    r"[（(\[【]?\s{0,2}(?:本文|文章|稿件|新闻|信息)?(稿件来源|来源|转载自|转自|出处)\s{0,2}[:：]?\s{0,2}"
)
_CREDIT_EN = re.compile(
    r"(?:(sources?|credit)\s{0,2}:|originally (?:published|appeared) (?:by|in|on|at)|"
    r"this (?:article|story) (?:was )?(?:originally |first )?(?:published|appeared) (?:by|in|on)|via)\s{1,3}",
    re.I,
)
# Words every credit line of _page_credits holds (source fields and attributions):
# 来源|转载自|转自|出处|(?i:source|credit|published|appeared|via), spelled so that the regex
# engine can skip to a possible first character (ſ is the one case twin among them).
_CREDIT_CUE = re.compile(
    r"[来转出SsſCcPpAaVv](?:(?<=来)源|(?<=转)载?自|(?<=出)处|(?<=[Ssſ])(?i:ource)|(?<=[Cc])(?i:redit)|"
    r"(?<=[Pp])(?i:ublished)|(?<=[Aa])(?i:ppeared)|(?<=[Vv])(?i:ia))"
)
_EN_CREDIT_TAIL = re.compile(r"\s{1,3}on\s{1,3}\S[^\n]{0,100}$", re.I)
_CREDIT_STRIP = " \t\u3000\"'“”‘’「」『』《》<>()（）[]【】.。,，;；:：!！"

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
_HEADER_LINES = 12
_NOTICE_SCAN_CHARS = 3000


def _may_hold_licence_terms(text: str) -> bool:
    return any(lit in text for lit in _LICENCE_LITERALS) or _holds_word(text, _LICENCE_WORDS)


def _may_hold_notice_wording(text: str) -> bool:
    return any(lit in text for lit in _NOTICE_LITERALS) or _holds_word(text, _NOTICE_WORDS)


def _split_lines(text: str) -> list[_Line]:
    lines = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            start = m.start() + (len(raw) - len(raw.lstrip()))
            lines.append(_Line(start, start + len(stripped), stripped))
    return lines


def _parse_text(text: str, *, known_title: str | None = None) -> _ParsedText:
    """Split plain text into body, title, date, credits and trailing licensing notice.

    ``known_title`` (from HTML metadata) replaces the "short first line" guess: only a line
    matching it is taken as the title.
    """
    lines = _split_lines(text)

    # Breadcrumbs open the page.
    i = 0
    while i < len(lines) and i < 3 and _is_breadcrumb(lines[i].text):
        i += 1
    body = lines[i:]

    # Editor lines trail the article, before or after the notice.
    body = _drop_trailing_editor_lines(body)
    notice_text = None
    at = _find_notice(body)
    if at is not None:
        notice_text = text[body[at].start : body[-1].end]
        body = _drop_trailing_editor_lines(body[:at])

    # Header: title, date/source lines, breadcrumbs left by the extractor.
    title: str | None = None
    guessed: int | None = None
    meta = _Meta()
    j = 0
    while j < len(body) and j < _HEADER_LINES:
        line = body[j].text
        if _is_breadcrumb(line):
            pass
        elif _parse_meta_line(line, meta):
            pass
        elif title is None and known_title is not None and _same_title(line, known_title):
            title = known_title
        elif title is None and known_title is None and _looks_like_title(line):
            title, guessed = line, j
        else:
            break
        j += 1
    rest = body[j:]
    if not rest and guessed is not None:
        # A text that is one short line (a caption, a headline posted alone) is that line,
        # not a title over an empty body: it is then judged too short, not empty.
        rest = [body[guessed]]

    # Credit lines anywhere in the body.
    credits: list[str] = list(meta.sources)
    source = meta.sources[0] if meta.sources else None
    kept: list[str] = []
    for line in rest:
        credit = _credit_line(line.text)
        if credit is None:
            kept.append(line.text)
            continue
        label, name = credit
        credits.append(name)
        if source is None and label.lower() in _SOURCE_LABELS:
            source = name

    return _ParsedText(
        text="\n".join(kept),
        title=title,
        date=meta.date,
        source=source,
        notice_text=notice_text,
        credits=tuple(dict.fromkeys(c for c in credits if c)),
    )


def _is_breadcrumb(line: str) -> bool:
    if len(line) > 200:
        return False
    if _BREADCRUMB_LABEL.match(line) or _BREADCRUMB_HOME.match(line):
        return True
    items = _BREADCRUMB_SEP.split(line)
    return len(items) >= 3 and all(0 < len(item) <= 20 and "。" not in item for item in items)


def _find_date(line: str) -> tuple[str, int, int] | None:
    """The first calendar date in ``line`` as ``(iso, start, end)``; full-width digits too."""
    s = line.translate(_DIGITS)
    candidates = []
    for pattern, order in ((_NUM_DATE, "ymd"), (_EN_DATE_MDY, "mdy"), (_EN_DATE_DMY, "dmy")):
        m = pattern.search(s)
        if m is None:
            continue
        a, b, c = m.groups()
        try:
            if order == "ymd":
                y, mo, d = int(a), int(b), int(c)
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


def _residual_letters(line: str, spans: Iterable[tuple[int, int]]) -> int:
    chars = list(line)
    for start, end in spans:
        for k in range(start, min(end, len(chars))):
            chars[k] = " "
    rest = _FILLER.sub(" ", "".join(chars))
    return sum(1 for ch in rest if ch.isalnum())


def _parse_meta_line(line: str, meta: _Meta) -> bool:
    """If ``line`` is a date/source/author line, record what it says and return True.

    A line qualifies when, once its date, times and ``label：value`` fields are taken out,
    at most four letters or digits remain: "2023/05/06/ 09:30 来源:山城网" does, the
    headline "2023年5月6日山城新增茶园三千亩" does not.
    """
    if len(line) > 150:
        return False
    if _BYLINE.fullmatch(line) and not line.rstrip().endswith("."):
        return True
    if _CN_BYLINE.fullmatch(line) and "。" not in line and len(line) <= 40:
        return True
    found = _find_date(line)
    fields = _meta_fields(line)
    if found is None and not fields:
        return False
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in _TIME.finditer(line.translate(_DIGITS))]
    if found is not None:
        spans.append((found[1], found[2]))
    spans.extend((start, end) for _, _, start, end in fields)
    if _residual_letters(line, spans) > 4:
        return False
    if found is not None and meta.date is None:
        meta.date = found[0]
    for label, value, _, _ in fields:
        if label.lower() in _SOURCE_LABELS:
            name = _clean_credit(value)
            if name:
                meta.sources.append(name)
        elif meta.date is None and label.lower() not in ("作者", "记者", "本报记者", "通讯员", "author", "by", "written by"):
            got = _find_date(value)
            if got:
                meta.date = got[0]
    return True


def _looks_like_title(line: str) -> bool:
    limit = 120 if line.startswith(("【", "[")) else 60
    if not 2 <= len(line) <= limit or "。" in line:
        return False
    if line[-1] in _SENTENCE_END:
        return False
    if _NOTICE_HEADING.fullmatch(line) or _DISCLAIMER.match(line):
        return False
    return sum(1 for ch in line if ch.isalnum()) >= 2


def _title_key(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def _same_title(line: str, title: str) -> bool:
    a, b = _title_key(line), _title_key(title)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short) and len(short) >= 0.5 * len(long_) and len(short) >= 4


def _clean_credit(value: str) -> str | None:
    found = _find_date(value)  # "来源：X 2021-10-28": the date is not part of the name
    if found is not None:
        value = value[: found[1]]
    value = value.strip(_CREDIT_STRIP)
    value = " ".join(value.split())
    if not value or len(value) > 60 or not any(ch.isalnum() for ch in value):
        return None
    return value


def _credit_line(line: str) -> tuple[str, str] | None:
    """``(label, name)`` when the whole line is an attribution such as ``（来源：新华社）``."""
    if len(line) > 80:
        return None
    m = _CREDIT_CN.match(line)
    if m:
        if m.group(1) in ("来源", "稿件来源", "出处") and not line[: m.end()].rstrip().endswith((":", "：")):
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
        rest = _EN_CREDIT_TAIL.sub("", line[m.end() :])
        name = _clean_credit(rest)
        if not name:
            return None
        label = "source" if m.group(1) and m.group(1).lower().startswith("source") else "credit"
        return label, name
    return None


def _is_editor_line(line: str) -> bool:
    return len(line) <= 60 and _EDITOR_LINE.match(line) is not None


def _drop_trailing_editor_lines(lines: Sequence[_Line]) -> list[_Line]:
    out = list(lines)
    while out and _is_editor_line(out[-1].text):
        out.pop()
    return out


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
