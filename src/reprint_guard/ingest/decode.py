"""Ingest step 1: bytes → text, by a fixed rule order, and that text cleaned and sniffed.

Input: the raw bytes of a file or HTTP body (and an optional ``Content-Type``). Output:
``(text, Decoding)`` from :func:`decode_bytes`, where :class:`~reprint_guard.models.Decoding`
names the codec and the rule that chose it (byte-order mark, strict UTF-8, declared charset,
Han-character frequency, UTF-8 around junk bytes, charset-normalizer); binary input raises
:class:`~reprint_guard.errors.InputError`. :func:`_repair_mojibake` undoes text encoded twice
(ftfy; GBK or Big5 read as Latin-1 by re-reading its bytes), :func:`_clean_text` unifies line breaks and drops controls,
:func:`_unescape_entity_text` decodes entity-escaped plain text; :func:`_content_kind` tells
HTML from plain text.

Every regular expression here runs on untrusted text, so each is written to run in linear
time: no nested quantifiers, repetitions bounded wherever a match can fail late.
"""

from __future__ import annotations

import codecs
import html
import re
from html.entities import html5 as _HTML5_ENTITIES
from typing import Literal

from reprint_guard import _hanfreq
from reprint_guard.errors import ConfigError, InputError
from reprint_guard.models import Decoding, MojibakeRepair

__all__ = ["CONTENT_TYPES", "check_content_type", "decode_bytes"]

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

# C0 controls that never occur in text files, NUL included (ESC is kept: ISO-2022 encodings
# use it; so are tab, line feed, vertical tab, form feed and carriage return).
_CONTROL_BYTES = frozenset([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL_BYTES_SORTED = bytes(sorted(_CONTROL_BYTES))  # for bytes.translate(None, delete)
BINARY_CONTROL_SHARE = 0.1
"""Input whose first 8 KB are more than this share of control bytes is binary, not text.

file(1) calls a file "data" once its bytes leave the text set, charset-normalizer gives up
on a chunk past a share of unprintable characters; text saved by real tools has at most a
stray control or two per page, compressed and executable data far more (UTF-16 ASCII text
without a byte-order mark is 50 % NUL).
"""
_MIN_BINARY_CONTROLS = 2  # "a\x00" alone is two bytes, 50 % control: too few to call binary

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


_UTF16_CHECK_BYTES = 4096


def _not_utf16(rest: bytes) -> bool:
    """Whether the bytes after a UTF-16 mark are plainly no UTF-16: at least 64 of them, no NUL
    byte among the first 4 KB (UTF-16 writes one for every ASCII character: a page's line
    breaks, spaces and tags) and valid UTF-8 apart from a few junk bytes (at most one invalid
    byte per 40 decoded characters)."""
    head = rest[:_UTF16_CHECK_BYTES]
    if len(head) < 64 or b"\x00" in head:
        return False
    text = head.decode("utf-8", errors="replace")
    return text.count("\ufffd") * 40 <= len(text)


def decode_bytes(
    data: bytes, *, content_type: str | None = None, path: str | None = None
) -> tuple[str, Decoding]:
    """Decode the bytes of a page or text file, trying rules in a fixed order.

    Returns ``(text, Decoding(encoding, rule))``, where ``encoding`` is a Python codec name.
    The rules, first match wins:

    1. ``"bom"``: a UTF-8/16/32 byte-order mark (decoded leniently: the BOM is authoritative),
       except a UTF-16 mark before bytes that are plainly UTF-8 (:func:`_not_utf16`): two junk
       bytes FE FF or FF FE then, left to the rules below.
       ``"utf-16-sniffed"``: no mark, but bytes that would be binary for their NUL bytes read
       strictly as UTF-16 of one byte order, and at least 90 % of their first 8 KB are text
       characters then (see :func:`_utf16_sniffed`).
    2. ``"utf-8"``: the bytes are strict UTF-8 (pure ASCII included).
    3. ``"declared"``: a charset declared by ``content_type`` (HTTP), an XML declaration or
       a ``<meta charset>`` / ``<meta http-equiv=Content-Type>`` tag, if the bytes decode
       strictly with it. Labels follow the WHATWG Encoding Standard; GBK/GB2312 → gb18030,
       Big5 → cp950 (then big5hkscs). The meta scan reads the first 64 KB of the head as a
       tag stream, skipping comments and script/style content, so a ``<meta charset>`` after
       a long inline script is found and a ``charset=`` inside another attribute is not.
       ``"declared-replaced"``: no declared charset decodes strictly, but a declared UTF-8,
       GBK or Big5 fails only on junk bytes (:func:`_declared_with_junk`); they are replaced
       by U+FFFD.
    4. ``"han-frequency"``: gb18030, cp950 and big5hkscs (Hong Kong pages use HKSCS characters
       cp950 lacks) all tried strictly; the decoding whose Han
       characters are more often among the 3,755 level-1 GB 2312 characters (simplified or their
       OpenCC traditional forms, see :mod:`reprint_guard._hanfreq`) wins, if at least half
       are common.
    5. ``"utf-8-replaced"``: UTF-8 with its invalid bytes replaced by U+FFFD, when they are
       junk in a UTF-8 page (:func:`_replaced_if_junk`: confined to runs, at least
       :data:`JUNK_CHARS_PER_RUN` valid non-ASCII characters per run, runs that do not read as
       GBK or Big5 text). A comment of random bytes must not turn a UTF-8 copy into GB18030
       mojibake, while GBK, Big5 and Shift-JIS pages, invalid UTF-8 almost everywhere, never
       pass.
    6. ``"charset-normalizer"``: ``charset_normalizer.from_bytes(data).best()``; if it finds
       nothing, UTF-8 or gb18030 with ``errors="replace"``, whichever replaces fewer bytes.

    Raises:
        InputError: the data is binary (see :func:`extract`).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding.startswith("utf-16") and _not_utf16(data[len(bom) :]):
                break  # junk bytes that happen to spell a UTF-16 mark before UTF-8 text: the rules below
            text = data[len(bom) :].decode(encoding, errors="replace")
            _check_not_binary_text(text, path)
            return text, Decoding(encoding=encoding, rule="bom")

    try:
        _check_not_binary(data, path)
    except InputError:
        utf16 = _utf16_sniffed(data)  # NUL bytes: UTF-16 without a mark, or binary
        if utf16 is not None:
            return utf16
        if not _text_between_controls(data[:_SNIFF_BYTES]):
            raise
        # UTF-8 text with controls spread through it: read on; _clean_text drops them
    try:
        return data.decode("utf-8"), Decoding(encoding="utf-8", rule="utf-8")
    except UnicodeDecodeError:
        pass

    declared = _declared_charsets(data, content_type)
    for label in declared:
        for codec in _codecs_for_label(label):
            try:
                text = data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
            return _overrule_declared(data, codec, text) or (text, Decoding(encoding=codec, rule="declared"))
    for label in declared:  # none decodes strictly: one that leaves only junk undecoded
        replaced = _declared_with_junk(data, label)
        if replaced is not None:
            return replaced

    chosen = _han_frequency_choice(data)
    if chosen is not None:
        return chosen

    text = _replaced_if_junk(data, "utf-8")
    if text is not None:
        return text, Decoding(encoding="utf-8", rule="utf-8-replaced")
    return _charset_normalizer_decode(data)


# ---------------------------------------------------------------------------------------------
# Junk bytes (random bytes pasted into a page) that break an otherwise valid decoding
# ---------------------------------------------------------------------------------------------
# A run of invalid bytes (surrogateescape turns each into U+DC80-U+DCFF) with at most
# _JUNK_GAP valid characters between two of them: one stretch of junk, however it decodes.
_JUNK_GAP = 16
_JUNK_RUN = re.compile("[\udc80-\udcff](?:[^\udc80-\udcff]{0,%d}[\udc80-\udcff])*" % _JUNK_GAP)
JUNK_CHARS_PER_RUN = 20
"""Valid non-ASCII characters a decoding must hold outside its junk runs, per run, for the
runs to be junk in a page of that encoding rather than a sign of the wrong encoding.

A junk run is a stretch of invalid bytes with at most 16 valid characters between two of them:
random bytes 0x80-0xFF read as UTF-8 form a valid sequence about one position in six, so the
valid stretches inside junk stay short (7 characters at most in 300 samples of 3 KB). GBK and
Big5 pages read as UTF-8 have invalid bytes every few characters: 5 valid non-ASCII characters
per run at most (400 pages of 1-60 People's Daily paragraphs, each as GBK HTML, GBK text, GBK
with a menu of short links and OpenCC-traditional Big5), Shift-JIS, EUC-JP, EUC-KR and cp1252
pages none. A real UTF-8 page with a
comment of junk has hundreds per run. 20 leaves a fourfold margin over the legacy pages and
accepts one junk run per 20 characters of text (5 %)."""
CHINESE_PROSE_SHARE = 0.8
"""Share in [0, 1] of common Han characters (:func:`_han_score`) at which text reads as Chinese
prose: three paragraphs of People's Daily (1998) score 0.92 or more, their OpenCC traditional
forms 0.88 or more, while random bytes 0x80-0xFF read as GB18030 or Big5 score 0.75 at most
(2,000 samples of 16 bytes; under 0.47 from 128 bytes on). Used where a wrong call rewrites
text: junk runs that read as Chinese are text in another encoding, and mojibake is re-read as
GBK or Big5 only when the result reads as Chinese."""
_PROSE_MIN_CHARS = 8  # characters scored before a share says anything (a name is 2-4)


def _replaced_if_junk(data: bytes, codec: str) -> str | None:
    """``data`` decoded with ``codec``, invalid bytes replaced by U+FFFD, when they are junk in a
    page of that encoding (a comment of random bytes, bytes pasted before or after the text);
    ``None`` when they say the page is in another encoding.

    Junk: the invalid bytes fall into runs (see :data:`JUNK_CHARS_PER_RUN`) and the text
    outside them holds at least :data:`JUNK_CHARS_PER_RUN` valid non-ASCII characters per run.
    For UTF-8 the runs, read together as GB18030 or Big5, must also not read as Chinese prose
    (:data:`CHINESE_PROSE_SHARE`): that is a GBK or Big5 article in a UTF-8 template, not junk.
    Two decodes and two regex passes: linear in ``len(data)``.
    """
    try:
        escaped = data.decode(codec, "surrogateescape")  # one U+DCxx per invalid byte
    except (UnicodeDecodeError, LookupError):
        return None
    runs = _JUNK_RUN.findall(escaped)
    outside = _JUNK_RUN.sub("", escaped)
    valid = len(outside) - len(outside.encode("ascii", "ignore"))
    if not runs or valid < JUNK_CHARS_PER_RUN * len(runs):
        return None
    if codec == "utf-8":
        # the runs' own bytes, each distinct run once: junk repeated by a template (the same
        # broken bytes before every paragraph) is no prose however its few characters read
        raw = "".join(dict.fromkeys(runs)).encode("utf-8", "surrogateescape")
        for legacy in ("gb18030", "cp950"):
            share, considered = _han_score(raw.decode(legacy, "replace"))
            if considered >= _PROSE_MIN_CHARS and share >= CHINESE_PROSE_SHARE:
                return None
    return data.decode(codec, "replace")


def _declared_with_junk(data: bytes, label: str) -> tuple[str, Decoding] | None:
    """A declared charset that fails strict decoding only on junk (:func:`_replaced_if_junk`),
    as ``(text, Decoding(codec, "declared-replaced"))``, else ``None``.

    Only for UTF-8 and the Chinese codecs. UTF-8 is self-synchronising: bytes of another
    encoding break it everywhere, so junk confined to runs is a sure sign. A Chinese codec
    decodes random bytes into rare characters rather than failing, so its text must also read
    as Chinese (at least half common Han characters, the test :func:`_overrule_declared` puts a
    declaration to). Single-byte codecs decode nearly every byte: one that fails holds bytes of
    another encoding, left to the rules after; so are Shift-JIS, EUC-KR and the rest, whose text
    nothing here can judge.
    """
    encoding = _label_encoding(label)
    if encoding == "utf-8":
        codecs_ = ["utf-8"]
    elif encoding in ("gb18030", "big5"):
        codecs_ = _codecs_for_label(label)
    else:
        return None
    for codec in codecs_:
        text = _replaced_if_junk(data, codec)
        if text is None:
            continue
        if codec in _CJK_CODECS:
            share, considered = _han_score(text)
            if not considered or share < 0.5:
                continue
        return text, Decoding(encoding=codec, rule="declared-replaced")
    return None


_CJK_CODECS = frozenset({"gb18030", "cp950", "big5hkscs"})
_DECLARED_SAMPLE = 1000  # characters scored to test a declared Chinese codec


def _overrule_declared(data: bytes, codec: str, text: str) -> tuple[str, Decoding] | None:
    """The Chinese decoding to use instead of a wrong declared charset, or ``None``.

    Templates declare a charset their pages no longer use: GBK bytes under ``iso-8859-1`` or
    ``windows-1252`` (every byte decodes, into Latin mojibake), Big5 under ``gb2312`` (decodes
    strictly into rare characters). The declaration loses when it is single-byte or a Chinese
    codec whose text has under half common Han characters, and :func:`_han_frequency_choice`
    finds the other Chinese codec plausible (at least half common). A true Latin-1 page decodes
    as GB18030 into rare characters, so it keeps its declaration."""
    if codec in _CJK_CODECS:
        # Every page declared GBK or Big5 passes here: a sample tells a wrong declaration
        # (rare characters throughout) from a right one without scoring the whole page.
        share, considered = _han_score(text, limit=_DECLARED_SAMPLE)
        if not considered or share >= 0.5:
            return None
    elif len(text) != len(data) or not any(b >= 0x80 for b in data[:65536]):
        return None  # multi-byte declared codecs other than Chinese, or nothing to judge
    chosen = _han_frequency_choice(data)
    if chosen is None or chosen[1].encoding == codec:
        return None
    return chosen


def _name(path: str | None) -> str:
    return path if path else "the input"


def _check_not_binary(data: bytes, path: str | None) -> None:
    """Raise :class:`InputError` when ``data`` is not text: a known binary signature, or more
    than :data:`BINARY_CONTROL_SHARE` of its first 8 KB control bytes (NUL included).

    The share, not the presence of one byte, decides, as file(1)'s and charset detectors'
    text tests do: a stray NUL or form feed in a saved page is noise in text (dropped by
    :func:`_clean_text`), while images, archives and executables are full of controls.
    """
    head = data[:_SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"{_name(path)} is {what}.", path=path)
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES_SORTED))  # counted in C
    if _too_many_controls(controls, len(head)):
        seen = _what_a_reader_sees(data)
        if seen is not None:
            seen_head = seen[:_SNIFF_BYTES]
            seen_controls = len(seen_head) - len(seen_head.translate(None, _CONTROL_BYTES_SORTED))
            if not _too_many_controls(seen_controls, len(seen_head)):
                return
        raise InputError(_binary_message(path, controls, len(head), nul=b"\x00" in head), path=path)


_CONTROLS_IN_TEXT_SHARE = 0.9
"""Share of the characters left once control bytes are taken out that must be text (see
:func:`_text_between_controls`)."""


def _text_between_controls(head: bytes) -> bool:
    """Whether ``head`` is UTF-8 text with control bytes spread through it: without them it
    decodes strictly (a sequence cut at the end of the sample aside) to at least
    :data:`_MIN_TEXT_AROUND_PADDING` characters, :data:`_CONTROLS_IN_TEXT_SHARE` of them text
    characters. A NUL after every character hides nothing from a reader (browsers drop NUL in
    a page's text; a \\x01 after each space shows as a box between legible words), while images,
    archives and compressed or executable bytes are no valid UTF-8 once their controls are
    gone. The controls must come one at a time (90 % of their runs) and the text left hold at
    least 20 distinct characters. A new user's trial (session 19) hid a full copy as binary
    this way."""
    runs = _CONTROL_RUN.findall(head.decode("latin-1"))  # byte for byte
    if sum(len(r) == 1 for r in runs) < _CONTROLS_IN_TEXT_SHARE * len(runs):
        return False  # controls in clumps ("\\x00\\x01\\x02"): a record format's fields, not text's junk
    rest = head.translate(None, _CONTROL_BYTES_SORTED)
    try:
        text = codecs.getincrementaldecoder("utf-8")("strict").decode(rest, final=False)
    except UnicodeDecodeError:
        return False
    if len(text) < _MIN_TEXT_AROUND_PADDING or len(set(text)) < _MIN_DISTINCT_TEXT_CHARS:
        return False
    return len(_TEXT_CHAR.findall(text)) >= _CONTROLS_IN_TEXT_SHARE * len(text)


_CONTROL_RUN = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]+")
_MIN_DISTINCT_TEXT_CHARS = 20  # a few letters repeated between controls are a record, not prose


# Where a page's bytes hold what no reader sees: a comment, or the content of a script or style
# element (case-insensitive; the close is looked for with bytes.find, so the scan is linear).
_UNSEEN_MARKUP = re.compile(r"<!--|<(script|style)(?=[\s>/])", re.I)
# A run of control bytes long enough to be padding, not data (compressed or executable data
# holds controls one or two at a time among other bytes).
_PADDING_RUN = re.compile("[\x00-\x08\x0e-\x1f\x7f]{32,}")  # ESC too: in a run it starts no ISO-2022 sequence
_MIN_TEXT_AROUND_PADDING = 200
"""Bytes other than whitespace that must be left, padding and unseen markup aside, for the text
a reader sees to be judged instead of the raw bytes (so a padded page is text, but 400 control
bytes and a word are still binary)."""


def _what_a_reader_sees(data: bytes) -> bytes | None:
    """The bytes of ``data`` a reader can see, or ``None`` when too little is left to judge.

    Left out: HTML comments and the content of ``<script>``/``<style>`` elements (a browser
    shows none of it), and runs of 32 or more control bytes (NUL padding before a doctype,
    1,000 controls at the top of a text file: a viewer shows nothing, or a line of
    placeholders, and then the text). Called only for input whose first 8 KB already look
    binary, so a normal page never pays for it; real binary data (images, archives, compressed
    and executable bytes) has its controls spread among other bytes and stays binary.
    """
    text = data.decode("latin-1")  # byte for byte: markup is ASCII in every encoding read here
    parts: list[str] = []
    lower = None
    pos = 0
    n = len(text)
    while pos < n:
        m = _UNSEEN_MARKUP.search(text, pos)
        if m is None:
            parts.append(text[pos:])
            break
        parts.append(text[pos : m.start()])
        if m.group(1) is None:
            end = text.find("-->", m.end())
            pos = n if end < 0 else end + 3
        else:
            if lower is None:
                lower = text.lower()
            end = lower.find("</" + m.group(1).lower(), m.end())
            pos = n if end < 0 else end
    seen = _PADDING_RUN.sub("", "".join(parts)).encode("latin-1")
    if sum(1 for b in seen[: _SNIFF_BYTES * 4] if b > 0x20) < _MIN_TEXT_AROUND_PADDING:
        return None
    return seen


_UTF16_TEXT_SHARE = 0.9
"""Share of a UTF-16 reading's characters that must be text (see :func:`_utf16_sniffed`)."""
# Characters text is made of: printable ASCII and white space, general punctuation, CJK
# punctuation, Han characters (basic block and extension A), kana, Hangul, full-width forms.
_TEXT_CHAR = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")


def _utf16_sniffed(data: bytes) -> tuple[str, Decoding] | None:
    """UTF-16 text saved without a byte-order mark, for input whose NUL and control bytes would
    otherwise make it binary: the byte order whose strict reading of the first 8 KB is at least
    90 % text characters, and whose Han characters (if they are most of it) are mostly common
    ones (:func:`~reprint_guard._hanfreq.common_han`). Latin text in UTF-16 is half NUL bytes;
    Han text has control bytes in many of its characters (U+4E00, U+5E1F …). ASCII bytes with
    NULs read as pairs give rare Han characters, binary data characters of every block: both
    stay binary. ``None`` when neither order reads as text."""
    head = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(head) < 16 or len(data) % 2:
        return None
    common = _hanfreq.common_han()
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            sample = head.decode(codec)
        except UnicodeDecodeError:
            continue
        share = len(_TEXT_CHAR.findall(sample)) / len(sample)
        han = [ch for ch in sample if "\u3400" <= ch <= "\u9fff"]
        if len(han) * 2 > len(sample) and sum(ch in common for ch in han) * 2 < len(han):
            continue  # "Bush hid the facts": bytes paired into rare Han characters
        if share >= _UTF16_TEXT_SHARE and (best is None or share > best[0]):
            best = (share, codec)
    if best is None:
        return None
    try:
        text = data.decode(best[1])
    except UnicodeDecodeError:
        return None
    return text, Decoding(encoding=best[1], rule="utf-16-sniffed")


def _too_many_controls(controls: int, size: int) -> bool:
    return controls >= _MIN_BINARY_CONTROLS and controls > BINARY_CONTROL_SHARE * size


def _binary_message(path: str | None, controls: int, size: int, *, nul: bool) -> str:
    what = "NUL bytes and other control bytes" if nul else "control bytes"
    hint = (
        " If it is UTF-16/UTF-32 text without a byte-order mark, re-save it as UTF-8." if nul else ""
    )
    return (
        f"{_name(path)} is binary data ({what}: {controls} of its first {size} bytes, over "
        f"{BINARY_CONTROL_SHARE:.0%}), not text or HTML. Pass an HTML or text file.{hint}"
    )


def _check_not_binary_text(text: str, path: str | None) -> None:
    head = text[:_SNIFF_BYTES]
    controls = sum(1 for ch in head if ord(ch) in _CONTROL_BYTES)
    if _too_many_controls(controls, len(head)):
        seen = _what_a_reader_sees(text.encode("utf-8", errors="replace"))
        if seen is not None:
            sample = seen[:_SNIFF_BYTES]
            if not _too_many_controls(len(sample) - len(sample.translate(None, _CONTROL_BYTES_SORTED)), len(sample)):
                return
        raise InputError(
            f"{_name(path)} starts with a Unicode byte-order mark but decodes to binary data "
            f"({controls} control characters in its first {len(head)}, over "
            f"{BINARY_CONTROL_SHARE:.0%}). Pass an HTML or text file.",
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


def _label_encoding(label: str) -> str | None:
    """The encoding a charset label names, or ``None`` for a label no page can mean.

    One resolution for every place a charset is named (``<meta charset>``, an XML declaration,
    an HTTP ``Content-Type``, ``check --content-type``): the WHATWG labels above first
    (``x-x-big5`` → ``"big5"``, ``windows-936`` → ``"gb18030"``, ``latin1`` → ``"cp1252"``, the
    UTF-16/32 and ``x-user-defined`` labels as themselves), then Python's codec names and
    aliases (``shift_jis``, ``euc_kr``), text encodings only (``base64`` and ``rot13`` are not).
    Case and surrounding white space are ignored.
    """
    label = label.strip().lower()
    if not _LABEL.fullmatch(label):
        return None
    if label in _GB_LABELS:
        return "gb18030"
    if label in _BIG5_LABELS:
        return "big5"
    if label in _LATIN1_LABELS:
        return "cp1252"
    if label in _IGNORED_LABELS:
        return label
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Only text encodings: codecs.lookup also knows base64, zlib, rot13 …
    if info.name in _PYTHON_ONLY_CODECS or not getattr(info, "_is_text_encoding", True):
        return None
    return "gb18030" if info.name in ("gbk", "gb2312") else info.name


def _codecs_for_label(label: str) -> list[str]:
    """Python codecs to try, in order, for a declared charset label (none if unusable).

    UTF-8 gives none (strict UTF-8 is tried before any declaration), nor do the labels a
    document cannot declare itself in (UTF-16/32, ``x-user-defined``, ``replacement``)."""
    encoding = _label_encoding(label)
    if encoding is None or encoding == "utf-8" or encoding in _IGNORED_LABELS:
        return []
    if encoding.startswith(("utf-16", "utf-32")):
        return []
    if encoding == "big5":
        return ["cp950", "big5hkscs"]
    return [encoding]


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


# Zhuyin (bopomofo, U+3105–U+312F, and its tone marks ˊ ˇ ˋ ˙): Taiwan's reading aid, printed after
# characters in school and children's pages, and Big5 has them; read as GB18030 their bytes are rare
# characters (from session 30, a new user's trial: a Big5 page mostly zhuyin was read as GB18030).
_ZHUYIN = frozenset(map(chr, range(0x3105, 0x3130))) | frozenset("ˊˇˋ˙")


def _han_score(text: str, limit: int = 20000) -> tuple[float, int]:
    """``(share, n)``: the share in [0, 1] of the first ``limit`` non-ASCII, non-punctuation
    characters of ``text`` that are common Han characters (or zhuyin, :data:`_ZHUYIN`), and that
    count ``n``."""
    common = _hanfreq.common_han()
    considered = hits = 0
    for ch in text:
        if ch < "\x80" or _is_neutral(ch):
            continue
        considered += 1
        if ch in common or ch in _ZHUYIN:
            hits += 1
        if considered >= limit:
            break
    return (hits / considered if considered else 0.0), considered


def _han_frequency_choice(data: bytes, *, min_share: float = 0.5, min_chars: int = 1) -> tuple[str, Decoding] | None:
    """Pick gb18030, cp950 or big5hkscs by how common the decoded Han characters are
    (big5hkscs only where cp950 fails: Windows-made Big5 pages are cp950).

    Big5 bytes often decode "without error" as GB18030 into rare characters and private-use
    code points, and GBK bytes as cp950 into rare traditional characters, so strictness
    alone cannot tell them apart. Returns ``None`` when neither decodes strictly or the
    better one has a share of common characters under ``min_share`` (in [0, 1]; half by
    default) or fewer than ``min_chars`` characters scored.
    """
    scored: list[tuple[float, int, str, str]] = []
    for order, codec in enumerate(("gb18030", "cp950", "big5hkscs")):
        if codec == "big5hkscs" and any(c == "cp950" for _, _, c, _ in scored):
            continue  # only where cp950 failed: decoding and scoring the page a third time buys nothing
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share, considered = _han_score(text)
        if considered >= min_chars:
            # Ties go to gb18030 (lower order): mainland pages are the common case.
            scored.append((share, -order, codec, text))
    if not scored:
        return None
    share, _, codec, text = max(scored)
    if share < min_share:
        return None
    return text, Decoding(encoding=codec, rule="han-frequency")


# Single-byte code pages of Latin-script languages (codecs.lookup names) a detector may pick for
# English text with a handful of accented letters.
_SINGLE_BYTE_LATIN = frozenset(
    "cp775 cp850 cp852 cp858 cp1250 cp1252 cp1254 cp1257 iso8859-2 iso8859-3 iso8859-4 iso8859-9 iso8859-10 iso8859-13 "
    "iso8859-1 iso8859-14 iso8859-15 iso8859-16 mac-roman mac-latin2 mac-iceland mac-turkish".split()
)
_ASCII_SHARE = 0.98
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _mostly_ascii(data: bytes) -> bool:
    """Whether at least :data:`_ASCII_SHARE` of ``data``'s bytes are ASCII."""
    return len(data.translate(None, _HIGH_BYTES)) >= _ASCII_SHARE * len(data)


def _charset_normalizer_decode(data: bytes) -> tuple[str, Decoding]:
    import charset_normalizer  # deferred: only undeclared non-UTF-8 input needs it

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        try:
            encoding = codecs.lookup(best.encoding).name
        except LookupError:
            encoding = None
        if encoding is not None:
            if encoding in _SINGLE_BYTE_LATIN and _mostly_ascii(data):
                # a few accented letters in English text give a detector little to go on
                # ("Café" read as cp775's "Cafķ"): windows-1252, the WHATWG Encoding Standard's
                # default for undeclared Western pages, when it decodes every byte
                try:
                    return data.decode("cp1252"), Decoding("cp1252", "charset-normalizer")
                except UnicodeDecodeError:
                    pass
            return data.decode(encoding, errors="replace"), Decoding(encoding, "charset-normalizer")
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
# (and the soft hyphen: invisible but where a line breaks, it would stay inside a holder's name)
_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x0d\x0e-\x1f\x7f-\x9f\u00ad\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")

_HTML_START = re.compile(r"\s{0,1000}<(?:!doctype\s|html[\s>]|head[\s>]|\?xml\s|!--)", re.I)
_HTML_TAG = re.compile(
    r"<(?:html|head|body|p|div|br|table|tr|td|article|section|meta|title|h[1-6]|span|font|ul|li|a)"
    r"(?:\s[^<>]{0,500})?/?>",
    re.I,
)


# ECMA-48 control sequences a terminal paste carries (colours "\x1b[31m", "\x1b[0m"; a title
# or link "\x1b]…\x07"): dropping only the ESC left "[0m" between the copied sentences.
_TERMINAL_ESCAPE = re.compile(r"\x1b\[[0-9;:?<=>]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b\n]{0,500}(?:\x07|\x1b\\)")


def _clean_text(text: str) -> str:
    """Line breaks unified to ``"\\n"``, lone surrogates replaced by U+FFFD, terminal control
    sequences (:data:`_TERMINAL_ESCAPE`), other controls, soft hyphens and non-characters removed; zero-width
    characters standing for the spaces of Latin text become spaces (:func:`_zero_width_spacing`)."""
    text = _zero_width_spacing(text)
    if "\x1b" in text:
        text = _TERMINAL_ESCAPE.sub("", text)  # a terminal's colours pasted with the text: no letters of it
    if _BAD_CHARS.search(text) is None:
        return text
    text = _NEWLINES.sub("\n", text)
    text = _SURROGATES.sub("\ufffd", text)
    return _BAD_CHARS.sub("", text)  # what is left of its class: the controls to drop


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u180e\ufeff"
# A run of Latin text with no space in it, 40 characters or more: no English word is that long.
_LATIN_RUN_WITHOUT_SPACES = re.compile(rf"[A-Za-z0-9,.;:'\"’”“!?()\-{_ZERO_WIDTH}]{{40,}}")
_ZERO_WIDTH_RUN = re.compile(f"[{_ZERO_WIDTH}]+")
_ZERO_WIDTH_WORDS = 3  # zero-width runs in such a run that make them its word breaks


def _zero_width_spacing(text: str) -> str:
    """Latin text whose spaces a page replaced with zero-width characters ("The\\u200bcouncil\\u200b
    voted"): a browser shows it run together, but a copier uses it to hide an English copy from
    word shingles (the normaliser drops zero-width characters, joining the words). A run of 40 or
    more Latin characters without a space that holds at least three zero-width runs gets spaces
    for them. Junk inserted inside words (cou\\u200bncil) leaves the text's own spaces, so its
    runs stay short and it is left for the normaliser to drop."""
    if not any(ch in text for ch in _ZERO_WIDTH):
        return text

    def spaced(m: re.Match[str]) -> str:
        run = m.group(0)
        if len(_ZERO_WIDTH_RUN.findall(run)) < _ZERO_WIDTH_WORDS:
            return run
        return _ZERO_WIDTH_RUN.sub(" ", run).strip()

    return _LATIN_RUN_WITHOUT_SPACES.sub(spaced, text)


# A character of the Latin-1 range followed by another one or by a character cp1252 puts in
# 0x80-0x9F: every non-ASCII character of UTF-8 read as Latin-1 or cp1252 becomes such a pair
# (its lead byte, then a continuation byte), while clean text seldom has one ("©", "·" and
# "é" stand alone). Text without a pair skips ftfy's check and pays one regex search.
_MOJIBAKE_PAIR = re.compile(
    "[\x80-\xff][\x80-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
MOJIBAKE_MAX_BAD_SHARE = 0.01
"""Repaired text still showing more of ftfy's bad sequences than this share of its
characters is mojibake that could not be undone (bytes were lost, e.g. cp1252 ``errors="replace"``
on the way): the input is refused. Below it, the repaired text is read as it is; a few stray
bad sequences (junk a copier sprinkled in) must not make a copy skip the check."""


def _repair_mojibake(text: str, path: str | None, *, refuse: bool = True) -> tuple[str, MojibakeRepair | None]:
    """``(text, repair)``: ``text`` with its mojibake undone, if it has any, and the name of the
    repair (``None`` when the text is returned unchanged).

    Gate: only text holding a pair of Latin-1-range characters (see ``_MOJIBAKE_PAIR``) is
    looked at, so clean text, and clean Chinese in particular, is returned unchanged (quotes
    and offsets are evidence). Two repairs, in order:

    1. ``"cjk-mojibake:<codec>"``: GBK or Big5 bytes read as Latin-1 or cp1252 and saved again
       (archive mojibake) are read back by :func:`_reread_cjk_mojibake`. ftfy only undoes
       UTF-8 read as a single-byte encoding.
    2. ``"ftfy.fix_encoding"``: text ftfy's badness heuristic (``ftfy.badness.is_bad``) calls
       bad, fixed with ``ftfy.fix_encoding`` alone: ``ftfy.fix_text`` would also rewrite clean
       characters (full-width ``，`` to ``,``). https://ftfy.readthedocs.io

    Raises:
        InputError: ``refuse`` is true (the text was decoded from a file's bytes) and the text
            is bad and stays bad after the fix (more than :data:`MOJIBAKE_MAX_BAD_SHARE` of it
            in bad sequences). Text handed in as ``str`` is never refused: it is read as it is.
    """
    if _MOJIBAKE_PAIR.search(text) is None:
        return text, None
    reread = _reread_cjk_mojibake(text)
    if reread is not None:
        return reread
    from ftfy import fix_encoding  # deferred: only text that looks like mojibake needs it
    from ftfy.badness import badness, is_bad

    if not is_bad(text):
        return text, None
    fixed = fix_encoding(text)
    bad = badness(fixed)
    if bad > MOJIBAKE_MAX_BAD_SHARE * len(fixed):
        if not refuse:
            return text, None
        raise InputError(
            f"{_name(path)} is mojibake (text encoded twice, e.g. UTF-8 read as Latin-1 or "
            f"cp1252 and saved again) that ftfy.fix_encoding cannot undo, nor is it GBK or Big5 "
            f"read as Latin-1: {bad} bad sequences remain in {len(fixed)} characters. Fetch or "
            "export the page again in its original encoding.",
            path=path,
        )
    return fixed, ("ftfy.fix_encoding" if fixed != text else None)


# cp1252's characters for bytes 0x80-0x9F mapped to the Latin-1 characters of the same bytes, so
# that one latin-1 encode gives back the bytes of text read as either (a tool reading GBK as
# cp1252 keeps the five bytes cp1252 leaves undefined as U+0081 … U+009D, as WHATWG does).
_CP1252_AS_LATIN1 = {
    ord(bytes([b]).decode("cp1252")): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_CP1252_TOP = max(map(chr, _CP1252_AS_LATIN1))  # "™" (U+2122): no mojibake character is above it
_CJK_MOJIBAKE_MIN_CHARS = 2 * _PROSE_MIN_CHARS  # two Latin-1 characters per GBK/Big5 character


def _reread_cjk_mojibake(text: str) -> tuple[str, MojibakeRepair] | None:
    """GBK or Big5 text once read as Latin-1 or cp1252 and saved again, read back:
    ``(chinese_text, "cjk-mojibake:<codec>")`` with codec ``gb18030``, ``cp950`` or
    ``big5hkscs``, or ``None``.

    Only text whose every character is ASCII or Latin-1/cp1252 (at least 16 of them not ASCII)
    is tried: it is encoded back to its bytes and decoded strictly as GB18030, cp950 and
    Big5-HKSCS (:func:`_han_frequency_choice`); the result is kept when it reads as Chinese
    prose, :data:`CHINESE_PROSE_SHARE` of its characters common Han. A strict decode leaves
    no U+FFFD; Latin text (an accented letter before a space breaks both codecs) and UTF-8
    read as Latin-1 (rare characters as GBK) never pass. Bytes lost on the way (cp1252
    ``errors="replace"`` writes ``?``) break the strict decode: such text is left to ftfy.
    Linear in ``len(text)``: one ``max``, one translate, one encode, at most three decodes.
    """
    if max(text) > _CP1252_TOP:
        return None  # a character no single-byte reading gives: not mojibake of the whole text
    try:
        raw = text.translate(_CP1252_AS_LATIN1).encode("latin-1")
    except UnicodeEncodeError:
        return None  # a character between U+0100 and U+2122 that cp1252 lacks
    if len(text) - len(text.encode("ascii", "ignore")) < _CJK_MOJIBAKE_MIN_CHARS:
        return None
    chosen = _han_frequency_choice(raw, min_share=CHINESE_PROSE_SHARE, min_chars=_PROSE_MIN_CHARS)
    if chosen is None:
        return None
    reread, decoding = chosen
    return reread, f"cjk-mojibake:{decoding.encoding}"  # type: ignore[return-value]



# A character reference as HTML writes it, semicolon included (the legacy forms without one,
# "&copy" or "&not", are left alone: in plain text they are more often words).
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
ENTITY_TEXT_MIN_REFS = 3
"""Plain text holding at least this many character references is taken as entity-escaped."""


def _unescape_entity_text(text: str) -> str:
    """Plain text that is clearly entity-escaped (``&nbsp;``, ``&#12288;``, ``&ldquo;``: at
    least :data:`ENTITY_TEXT_MIN_REFS` references HTML knows) with its references decoded
    once, as an HTML parser decodes them; other text unchanged.

    One pass, as in HTML: ``&amp;nbsp;`` becomes the text ``&nbsp;``. Only numeric references
    and names HTML knows, with their semicolon, are decoded (each with :func:`html.unescape`):
    ``AT&T;`` and ``&copy 2024`` stay as written. The caller cleans the result
    (a reference may spell a control character).
    """
    if "&" not in text:
        return text
    known = 0
    for m in _CHAR_REF.finditer(text):
        if _is_known_ref(m.group()):
            known += 1
            if known >= ENTITY_TEXT_MIN_REFS:
                break
    else:
        return text
    return _CHAR_REF.sub(lambda m: html.unescape(m.group()) if _is_known_ref(m.group()) else m.group(), text)


def _is_known_ref(ref: str) -> bool:
    return ref[1] == "#" or ref[1:] in _HTML5_ENTITIES


# The content types a caller may name: reprint_guard reads HTML and plain text, and the two
# wrappers ingest.wrappers opens (a JSON document, a page saved as MHTML).
CONTENT_TYPES = (
    "html", "text", "text/html", "text/plain", "application/xhtml+xml", "json", "application/json", "multipart/related",
    "xml", "text/xml", "application/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml",
)  # fmt: skip
_GIVEN_CHARSET = re.compile(r"""charset\s{0,20}=\s{0,20}["']?([^"';\s]{1,200})""", re.I)


def check_content_type(value: object) -> str:
    """``value`` if it is a content type reprint_guard reads: ``html``, ``text``, ``json``, ``xml`` or an
    HTML, plain-text, JSON, XML/RSS/Atom feed or MHTML (``multipart/related``) HTTP Content-Type
    (``text/html; charset=gbk``) whose charset, if given, is a label a page's ``<meta charset>``
    may use too (:func:`_label_encoding`: the WHATWG labels such as ``x-x-big5`` or
    ``windows-936``, and Python's text codec names). The one check behind ``Guard.check(content_type=…)`` and ``check --content-type``.

    Raises:
        TypeError: ``value`` is not a ``str``.
        ConfigError: another type (``application/pdf``) or an unknown charset (also a Python
            codec that is no text encoding, such as ``base64``).
    """
    if not isinstance(value, str):
        raise TypeError(f"content_type must be a str, not {type(value).__name__}")
    kind, _, params = value.partition(";")
    if kind.strip().lower() not in CONTENT_TYPES:
        raise ConfigError(
            f"{value[:80]!r}: reprint-guard reads HTML and plain text (also in JSON, MHTML or an RSS/Atom feed); give html, text, json, xml, or a Content-Type "
            'such as "text/html; charset=gbk"'
        )
    m = _GIVEN_CHARSET.search(params[:1000])
    if m and _label_encoding(m.group(1)) is None:  # the labels a page's <meta charset> may use
        raise ConfigError(f"unknown charset {m.group(1)[:40]!r} in {value[:80]!r} (e.g. utf-8, gbk, big5)")
    return value


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
