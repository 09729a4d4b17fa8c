"""The page as a tree: parsing, clean-up before extraction, and the visible-text views.

Parses HTML with lxml (a flat-text fallback for markup lxml refuses), drops what a reader never
sees or what is not the article (short hidden runs, ruby annotations, comment sections), unwraps
layout tables, and renders the visible text of a tree through XSLT views (with or without
links, header and footer). Nothing here decides what the article is: :mod:`.html` does.
"""

from __future__ import annotations

import bisect
import contextlib
import html as _html
import re
from collections.abc import Iterable, Iterator

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from reprint_guard.bidi import BIDI_CONTROLS, display_order
from reprint_guard.ingest.decode import _clean_text
from reprint_guard.textfold import _holds_word


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
_MAX_LAYOUT_CELLS = 5000
# Markup of a page lxml refuses (nesting deeper than libxml2's 256 levels, a text node over
# 10 MB), read as a flat stream: [^<>] cannot cross the next "<", so each tag scan ends before
# the next one starts and the pass is linear.
_FLAT_TAG = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})(?:[\s/][^<>]{0,4000})?>")
_FLAT_SKIP = ("script", "style", "noscript", "template", "textarea", "title", "head", "svg", "xmp")
_FLAT_CLOSE = {name: re.compile(rf"</{name}(?![A-Za-z0-9:-])", re.I) for name in _FLAT_SKIP}


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


_HIDDEN_RUN_CHARS = 40  # a hidden run this short (no block inside) is junk between the words
_COLLAPSED_BLOCK_CHARS = 200  # a hidden block this long holding paragraphs is text behind 展开全文
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_STYLE_FOLDED = f"translate(@style, '{_UPPER} \t\n\r', '{_UPPER.lower()}')"
# Elements hidden by their own markup: the hidden attribute, or an inline style that may hide
# (checked declaration by declaration in Python: "font-size:0.9em" is not hidden).
# The substrings below pre-filter in C; :func:`_hides` then decides in Python.
_HIDING_HINTS = (
    "display:none", "visibility:hidden", "visibility:collapse", "font-size:", "font:", "opacity", "zoom:",
    ":-", "clip", "width:0", "height:0", "transparent", "scale(0", "content-visibility", "rgb", "hsl", "#",
    "/*", "\\", "var(", "white", "snow", "ivory",
)  # fmt: skip
_HIDDEN_BY_MARKUP = lxml.etree.XPath(
    "//body//*[@hidden or local-name()='template' or (local-name()='font' and @color) or (@style and ("
    + " or ".join(f"contains({_STYLE_FOLDED}, '{h}')" for h in _HIDING_HINTS)
    + "))]"
)


_ARIA_HIDDEN = lxml.etree.XPath("//body//*[@aria-hidden]")
_STYLE_TEXT = lxml.etree.XPath("//style/text()", smart_strings=False)
_RUN_TAGS = frozenset(
    "a abbr b big cite code del dfn em font i ins kbd label mark q s samp small span strike strong "
    "sub sup tt u var".split()
)


_BLOCK_INSIDE = lxml.etree.XPath(
    "boolean(descendant::*[" + " or ".join(f"self::{t}" for t in sorted(_BLOCK_TAGS | {"br"})) + "])"
)


_PARAGRAPH_INSIDE = lxml.etree.XPath("boolean(descendant-or-self::p)")
_STYLED_INSIDE = lxml.etree.XPath("boolean(descendant::*[@style or @class])")
_MAX_STYLE_CHARS = 512 * 1024  # stylesheet text read per page
_MAX_HIDING_RULES = 1024  # rule blocks holding a hiding hint read per page
_MAX_HIDING_HINTS = 20_000  # hiding hints looked at per page
_CSS_HIDING = re.compile(
    r"(?:display|visibility|font-size|font|opacity|clip|clip-path|zoom|content-visibility)\s{0,20}:"
    r"|(?:left|top|text-indent|margin-left|margin-top)\s{0,20}:\s{0,20}-"
    r"|filter\s{0,20}:\s{0,20}opacity"
    r"|color\s{0,20}:\s{0,20}(?:transparent|rgba?\(|hsla?\(|#[0-9a-f]{4}(?:[0-9a-f]{4})?\b|var\()",
    re.I,
)
# A CSS escape (CSS Syntax 3, 4.3.7): up to six hex digits and one optional blank, or any other
# character after the backslash.
_CSS_ESCAPE_SEQ = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n]?|([^\n0-9a-fA-F]))")
# A custom property's use, ``var(--name)`` or ``var(--name, fallback)`` (no nested parentheses).
_CSS_VAR = re.compile(r"var\(\s{0,20}(--[-_a-zA-Z0-9]{1,100})\s{0,20}(?:,([^()]{0,200}))?\)")
# A rule whose block sets custom properties for the whole page: ``:root{…}``, ``html{…}``.
_CSS_ROOT_RULE = re.compile(r"(?<![-\w.#:])(?::root|html)\s{0,20}\{([^{}]{0,4000})\}", re.I)
# Colours with a zero alpha: rgba(0,0,0,0), rgb(0 0 0 / 0%), hsla(0,0%,0%,0.0), #0000, #ffffff00.
# A colour whose alpha is zero: only a fourth comma argument or the part after "/" is an alpha
# (rgb(0, 0, 0) is black, not clear)
_CSS_ZERO = r"\s{0,20}0*(?:\.0*)?%?\s{0,20}"
_CSS_CLEAR_COLOUR = re.compile(
    rf"transparent|(?:rgba?|hsla?)\((?:[^(),/]{{0,30}},){{3}}{_CSS_ZERO}\)"
    rf"|(?:rgba?|hsla?)\([^(),/]{{0,60}}/{_CSS_ZERO}\)|#[0-9a-f]{{3}}0|#[0-9a-f]{{6}}00"
)
_OFFSCREEN_PX = 500.0  # a run moved this far out (px; em/rem × 16) is off the page
_CSS_COMBINATOR = re.compile(r"[\s>+~]+")
_CSS_NAME = re.compile(r"([.#])(-?[_a-zA-Z\u00a0-\uffff][_a-zA-Z0-9\u00a0-\uffff-]{0,100})")


def _hides(declarations: str, variables: dict[str, str] | None = None) -> bool:
    """Whether a CSS declaration list (an inline ``style`` or a rule's block) hides its element:
    ``display: none``, ``visibility: hidden|collapse``, ``content-visibility: hidden``, a
    ``font-size`` under a pixel (or the ``font`` shorthand's size: ``font: 0/0 a``, see
    :func:`_unreadably_small`), ``opacity``, ``zoom`` or ``filter: opacity()`` of at most
    :data:`_MAX_UNSEEN_FRACTION`, a text colour with zero alpha (``color: transparent``,
    ``rgba(…, 0)``, ``hsla(…, 0)``, ``#0000``, ``-webkit-text-fill-color: transparent``; the
    text still takes its room), ``transform: scale(0)``, a zero ``clip``/``clip-path`` box, an
    offset of :data:`_OFFSCREEN_PX` or more off the page (``left``/``top``/``margin-*``/
    ``text-indent``), or a zero width or height with ``overflow: hidden`` (the tricks
    screen-reader-only and cloaking CSS use; see MDN "visually hidden"). The declarations are
    read as a browser reads them (see :func:`_declarations`): comments, escapes, any letter case
    and ``var(--x)`` (``variables``: the page's ``:root`` custom properties) do not hide a
    declaration."""
    decls = _declarations(declarations, variables)
    if decls.get("display") == "none" or decls.get("visibility") in ("hidden", "collapse"):
        return True
    if decls.get("content-visibility") == "hidden" or _unreadably_small(decls):
        return True
    if any(_fraction(decls.get(p, "")) <= _MAX_UNSEEN_FRACTION for p in ("opacity", "zoom")):
        return True
    m = re.search(r"opacity\(\s*([^()]*)\)", decls.get("filter", ""))
    if m and _fraction(m.group(1)) <= _MAX_UNSEEN_FRACTION:
        return True
    if any(_CSS_CLEAR_COLOUR.fullmatch(decls.get(p, "")) for p in ("color", "-webkit-text-fill-color")):
        return True
    if re.fullmatch(r"scale[xy]?\(\s*0+(?:\.0*)?\s*\)", decls.get("transform", "")):
        return True
    clip = decls.get("clip", "") + " " + decls.get("clip-path", "")
    if re.search(r"rect\(\s*0\w*[\s,]+0\w*[\s,]+0\w*[\s,]+0\w*\s*\)|inset\(\s*50%|circle\(\s*0", clip):
        return True
    for prop in ("left", "top", "margin-left", "margin-top", "text-indent"):
        if _offset_px(decls.get(prop, "")) <= -_OFFSCREEN_PX:
            return True
    boxed = decls.get("overflow", decls.get("overflow-x", "")) in ("hidden", "clip")
    for prop in ("width", "height", "max-width", "max-height"):
        if boxed and _is_zero_length(decls.get(prop, "")):
            return True
    return False


_PX_PER_UNIT = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "em": 16.0, "rem": 16.0, "ex": 8.0, "ch": 8.0, "%": 0.16,
                "mm": 96 / 25.4, "q": 96 / 101.6, "cm": 96 / 2.54, "in": 96.0}  # fmt: skip
_MIN_READABLE_PX = 1.0  # a font smaller than a pixel (em, rem, % counted on a 16 px parent) shows nothing
# Viewport units are counted on the largest common screen (3840 × 2160, "4K"): a size under a
# pixel there is under a pixel on every screen.
_PX_PER_UNIT.update({"vw": 38.4, "vh": 21.6, "vmin": 21.6, "vmax": 38.4, "dvw": 38.4, "svw": 38.4, "lvw": 38.4,
                     "dvh": 21.6, "svh": 21.6, "lvh": 21.6})  # fmt: skip
# An opacity, zoom or filter: opacity() this small (5 %) leaves text no reader makes out: ink at
# 5 % of its contrast, glyphs at a twentieth of their size.
_MAX_UNSEEN_FRACTION = 0.05


def _fraction(value: str) -> float:
    """A CSS ``<number>`` or ``<percentage>`` as a fraction (``0.01``, ``1%``, ``.0``); 1.0 for
    what is neither (``normal``, an empty value)."""
    value = value.strip()
    percent = value.endswith("%")
    try:
        x = float(value[:-1] if percent else value)
    except ValueError:
        return 1.0
    return x / 100 if percent else x


def _font_px(value: str) -> float | None:
    """A ``font-size`` value in px (relative units on a 16 px parent), ``None`` when it is not
    a plain length (``small``, ``calc(…)``, a bare number other than 0)."""
    value = value.strip()
    number = value.rstrip("abcdefghijklmnopqrstuvwxyz%")
    unit = value[len(number) :]
    try:
        size = float(number) if number else None
    except ValueError:
        return None
    if size is None:
        return None
    if not unit:
        return 0.0 if size == 0 else None  # a unitless number is no length, 0 aside
    factor = _PX_PER_UNIT.get(unit)
    return None if factor is None else size * factor


def _unreadably_small(decls: dict[str, str]) -> bool:
    """Whether ``font-size`` or the ``font`` shorthand's size (the first length of its value,
    before any ``/line-height``: ``font: 0/0 a``, ``font: italic 0.2px serif``) is under
    :data:`_MIN_READABLE_PX`: text drawn that small is seen by no reader."""
    sizes = [decls.get("font-size", "")]
    for token in decls.get("font", "").split():
        size = token.split("/", 1)[0]
        if _font_px(size) is not None:
            sizes.append(size)
            break
    return any(px is not None and px < _MIN_READABLE_PX for px in map(_font_px, sizes))


# Print this small is a dot, not a line anyone reads: at most 2 pt (2.67 px; 0.16 em on a 16 px
# parent). A short line set so (a credit at font-size:1px) is dropped like one at opacity 0;
# real small print (a 10 px footer) is far above it.
_TINY_FONT_PX = 2.7
# Text whose colour is this close to its background's (each of red, green and blue within 16 of
# 255, about 6 %: #fefefe or #f0f0f0 on white) is ink nobody sees.
_FAINT_CHANNEL_DIFF = 16
_NAMED_COLOURS = {
    "white": (255, 255, 255), "snow": (255, 250, 250), "ivory": (255, 255, 240), "whitesmoke": (245, 245, 245),
    "ghostwhite": (248, 248, 255), "floralwhite": (255, 250, 240), "seashell": (255, 245, 238),
    "mintcream": (245, 255, 250), "azure": (240, 255, 255), "aliceblue": (240, 248, 255), "honeydew": (240, 255, 240),
    "black": (0, 0, 0), "red": (255, 0, 0), "gray": (128, 128, 128), "grey": (128, 128, 128), "silver": (192, 192, 192),
}  # fmt: skip
_WHITE = (255, 255, 255)


def _tiny_print(decls: dict[str, str]) -> bool:
    """Whether ``font-size`` or the ``font`` shorthand's size is at most :data:`_TINY_FONT_PX`
    px (``1px``, ``1.5pt``, ``0.1em``; see :func:`_font_px`)."""
    sizes = [decls.get("font-size", "")]
    sizes.extend(token.split("/", 1)[0] for token in decls.get("font", "").split()[:4])
    return any(px is not None and px <= _TINY_FONT_PX for px in map(_font_px, sizes))


def _rgb(value: str) -> tuple[int, int, int] | None:
    """A CSS colour as ``(r, g, b)``, each 0–255 (``#fff``, ``#fefefe``, ``rgb(254, 254, 254)``,
    ``rgb(99% 99% 99%)``, a few named colours), its alpha ignored; ``None`` for anything else."""
    value = value.strip().lower()
    if value in _NAMED_COLOURS:
        return _NAMED_COLOURS[value]
    if value.startswith("#") and len(value) in (4, 5, 7, 9) and all(c in "0123456789abcdef" for c in value[1:]):
        digits = value[1:4] if len(value) in (4, 5) else value[1:7]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    m = re.fullmatch(r"rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)\s*(?:[,/][^()]*)?\)", value[:80])
    if m is None:
        return None
    try:
        return tuple(  # type: ignore[return-value]
            min(255, round(float(c[:-1]) * 2.55 if c.endswith("%") else float(c))) for c in m.groups()
        )
    except ValueError:
        return None


def _background(el: HtmlElement) -> tuple[int, int, int] | None:
    """The background colour ``el`` is drawn on: the first inline ``background-color`` or
    ``background`` colour (or old ``bgcolor`` attribute) of ``el`` or an ancestor, white when
    none sets one; ``None`` when the nearest one is no plain colour (an image, a gradient)."""
    for node in (el, *el.iterancestors()):
        bgcolor = node.get("bgcolor")
        style = node.get("style") or ""
        if "background" in style.lower():
            decls = _declarations(style)
            value = decls.get("background-color") or decls.get("background")
            if value:
                if "(" in value and not value.startswith("rgb"):
                    return None  # url(…), a gradient: what shows behind the text is unknown
                colours = [c for c in map(_rgb, [value, *value.split()]) if c is not None]
                return colours[0] if colours else None
        if bgcolor:
            return _rgb(bgcolor)
    return _WHITE


def _faint(el: HtmlElement, decls: dict[str, str]) -> bool:
    """Whether ``el`` is set in tiny print (:func:`_tiny_print`) or in a colour (its inline
    ``color``, or a ``<font color>``) within :data:`_FAINT_CHANNEL_DIFF` of the background it
    sits on (:func:`_background`; white when no background is set)."""
    if _tiny_print(decls):
        return True
    colour = _rgb(decls.get("color") or (el.get("color") if el.tag == "font" else None) or "")
    if colour is None:
        return False
    background = _background(el)
    return background is not None and max(abs(a - b) for a, b in zip(colour, background)) <= _FAINT_CHANNEL_DIFF


def _offset_px(value: str) -> float:
    """A CSS length in px (em/rem counted as 16 px; 0 for what is not a plain length)."""
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(px|em|rem|pt)?", value)
    if not m:
        return 0.0
    return float(m.group(1)) * (16.0 if m.group(2) in ("em", "rem") else 1.0)


def _is_zero_length(value: str) -> bool:
    """``0``, ``0px``, ``0.0em``, ``.0`` … (not ``0.9em``; not an empty value)."""
    number = value.rstrip("abcdefghijklmnopqrstuvwxyz%")
    try:
        return float(number) == 0.0 if number else False
    except ValueError:
        return False


def _css_code_point(hexa: str) -> str:
    """The character a CSS hex escape stands for: zero, a surrogate or a value past U+10FFFF is
    U+FFFD (CSS Syntax 3, §4.3.7)."""
    cp = int(hexa, 16)
    return "\ufffd" if cp == 0 or 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF else chr(cp)


def _css_clean(css: str) -> str:
    """CSS text as a browser reads it for the hiding rules: comments left out (a comment is
    nothing, ``display:/**/none`` is ``display:none``), and escapes that stand for a letter, a
    digit, ``-`` or ``_`` (``disp\\61 lay``, ``.\\6a``) decoded; other escapes stay escaped."""
    css = _strip_css_comments(css)
    if "\\" not in css:
        return css

    def decode(m: re.Match[str]) -> str:
        ch = m.group(2) if m.group(1) is None else _css_code_point(m.group(1))
        return ch if ch.isascii() and (ch.isalnum() or ch in "-_") else m.group()

    return _CSS_ESCAPE_SEQ.sub(decode, css)


def _root_variables(css: str) -> dict[str, str]:
    """The custom properties (``--h``) that the ``:root`` or ``html`` rules of ``css`` (cleaned
    by :func:`_css_clean`) set, lower-cased."""
    found: dict[str, str] = {}
    if "--" in css:
        for m in _CSS_ROOT_RULE.finditer(css):
            found.update((k, v) for k, v in _declarations(m.group(1)).items() if k.startswith("--"))
    return found


def _without_hiding(style: str) -> str:
    """An inline ``style`` with its hiding declarations left out."""
    return ";".join(d for d in style.split(";") if d.strip() and not _hides(d))


def _hiding_selectors(css: str) -> list[str]:
    """The selectors of the rules in ``css`` whose block hides (see :func:`_hides`), reading at
    most :data:`_MAX_HIDING_RULES` blocks that hold a hiding hint (of the first
    :data:`_MAX_HIDING_HINTS` hints), comments left out. A rule inside ``@media`` counts (the
    screen it hides on is as likely as any other)."""
    css = _css_clean(css[:_MAX_STYLE_CHARS])
    variables = _root_variables(css)
    selectors: list[str] = []
    seen: set[int] = set()
    # where each block opens and closes, found once: a page's ordinary rules (font, colour) hold
    # hiding hints too, so the bound counts the blocks read, and each hint finds its block by bisection
    opens = [m.start() for m in re.finditer(r"\{", css)]
    closes = [m.start() for m in re.finditer(r"\}", css)]
    for k, m in enumerate(_CSS_HIDING.finditer(css)):
        if k >= _MAX_HIDING_HINTS or len(seen) >= _MAX_HIDING_RULES:
            break
        at = bisect.bisect_left(opens, m.start()) - 1
        start = opens[at] if at >= 0 else -1
        before = bisect.bisect_left(closes, m.start()) - 1
        if start < 0 or start in seen or (before >= 0 and closes[before] > start):
            continue  # not inside a rule's block, or a block already read
        seen.add(start)
        after = bisect.bisect_left(closes, m.end())
        end = closes[after] if after < len(closes) else -1
        if not _hides(css[start + 1 : end if end >= 0 else len(css)], variables):
            continue
        selector = _prelude(css, start)
        if "&" in selector:
            selector = _nested_selector(css, start, selector)
        if selector and not selector.startswith("@"):
            selectors.extend(s.strip() for s in selector.split(",") if s.strip())
    return selectors


def _prelude(css: str, start: int) -> str:
    """The selector (or at-rule prelude) before the block that opens at ``css[start]``."""
    begin = max(css.rfind("}", 0, start), css.rfind("{", 0, start), css.rfind(";", 0, start)) + 1
    return css[begin:start].strip()


_MAX_NESTING_STEPS = 200  # braces stepped over looking for the rule a nested rule sits in


def _nested_selector(css: str, start: int, selector: str, level: int = 0) -> str:
    """A nested rule's selector (CSS Nesting: ``.main{& .j{…}}``) with ``&`` replaced by the
    selector of the style rule it sits in (``:is(…)`` around a list), found by stepping back over
    at most :data:`_MAX_NESTING_STEPS` braces; ``&`` at the top level, or inside at-rules only,
    stands for the root."""
    depth, i, open_ = 0, start, -1
    for _ in range(_MAX_NESTING_STEPS):
        o, c = css.rfind("{", 0, i), css.rfind("}", 0, i)
        if o < 0:
            break
        if c > o:  # a closed block before this one: step over it
            depth, i = depth + 1, c
        elif depth:
            depth, i = depth - 1, o
        else:
            open_ = o
            break
    if open_ < 0 or level >= 4:
        return selector.replace("&", ":root")
    parent = _prelude(css, open_)
    if parent.startswith("@"):
        return _nested_selector(css, open_, selector, level + 1)
    if "&" in parent:
        parent = _nested_selector(css, open_, parent, level + 1)
    return selector.replace("&", f":is({parent})" if "," in parent else parent)


def _strip_css_comments(css: str) -> str:
    if "/*" not in css:
        return css
    parts: list[str] = []
    pos = 0
    while True:
        i = css.find("/*", pos)
        if i < 0:
            parts.append(css[pos:])
            break
        parts.append(css[pos:i])
        j = css.find("*/", i + 2)
        if j < 0:
            break
        pos = j + 2
    return "".join(parts)


def _hidden_by_stylesheet(tree: HtmlElement) -> list[HtmlElement]:
    """Short inline runs (``<span>``, ``<font>``, ``<i>`` … of at most
    :data:`_HIDDEN_RUN_CHARS` characters, in a block that has text of its own) that a rule of
    the page's own ``<style>`` hides by class or id.

    The rules that hide are found first (:func:`_hiding_selectors`), then the inline elements
    that carry a class or id named in a rule's last compound selector; only for a short run
    among them is the whole selector matched, with cssselect's XPath translation
    (https://cssselect.readthedocs.io). A stylesheet hiding menus and popups thus costs a few
    string tests and a set test per classed inline element. The last compound may name a class,
    an id or an attribute (``[data-x]``, ``span[data-k="z"]``), or be a run tag after a
    descendant combinator (``em b``); structural pseudo-classes (``:not(.v)``, ``:nth-child``)
    count, as the page shows them hidden whatever the reader does. Selectors with pseudo-classes
    that wait for the reader (``:hover``) or pseudo-elements (``::before``) are not used. An
    ``@import`` or ``<link rel=stylesheet>`` cannot be fetched: rules there are not seen.
    """
    css = "\n".join(_STYLE_TEXT(tree))
    if not _CSS_HIDING.search(css):
        return []
    rules: list[tuple[str, list[str]]] = []
    tags: set[str] = set()  # run tags named bare at the end of a descendant selector ("em b")
    attrs: set[str] = set()  # attributes an attribute selector of a last compound names ("[data-x]")
    for selector in _hiding_selectors(css):
        plain = _CSS_LOGICAL.sub(r"\1", selector.strip())  # ":where(.j)" names .j for the pre-filter
        compounds = _CSS_COMBINATOR.split(_CSS_ATTRIBUTE.sub(lambda m: m.group().replace(" ", ""), plain))
        last = _without_structural_pseudo_classes(compounds[-1])
        if last is None:
            continue  # hidden on :hover, or only a ::before box
        named = [a + b for a, b in _CSS_NAME.findall(last)]
        wanted = [m.group(1).lower() for m in _CSS_ATTRIBUTE.finditer(last)]
        if named:
            rules.append((selector, named))
        elif wanted:
            rules.append((selector, []))
            attrs.update(wanted)
        elif len(compounds) > 1 and last.lower() in _RUN_TAGS:
            rules.append((selector, []))
            tags.add(last.lower())
    if not rules:
        return []
    names = {n for _, named in rules for n in named}
    runs = []
    for el in tree.iter(*_RUN_TAGS, *_LINE_TAGS):  # tags matched in C; a Python test per element
        cls, id_ = el.get("class"), el.get("id")
        marked = bool(attrs) and any(el.get(a) is not None for a in attrs)
        if not (cls or id_ or marked or el.tag in tags):
            continue
        carried = {"." + c for c in (cls or "").split()} | ({"#" + id_.strip()} if id_ else set())
        if not (el.tag in tags or marked or not names.isdisjoint(carried)):
            continue
        if _is_short_run_in_text(el) if el.tag in _RUN_TAGS else _is_short_line(el):
            runs.append(el)
    if not runs:
        return []
    carried = {"." + c for el in runs for c in (el.get("class") or "").split()}
    carried.update("#" + (el.get("id") or "").strip() for el in runs if el.get("id"))
    from cssselect import GenericTranslator, SelectorError  # deferred: few pages get here
    from cssselect.xpath import ExpressionError

    translator = GenericTranslator()
    wanted = {id(el): el for el in runs}
    found: dict[int, HtmlElement] = {}
    for selector, named in rules:
        if not all(n in carried for n in named):
            continue
        try:
            matched = tree.xpath(translator.css_to_xpath(selector))
        except (SelectorError, ExpressionError, lxml.etree.XPathError):
            continue
        for el in matched:
            if id(el) in wanted:
                found[id(el)] = el
    return list(found.values())


# Block elements a short line sits in (a credit "来源：X" as its own paragraph): hidden by a rule
# of the page's <style>, such a line is no more seen than a hidden inline run.
_LINE_TAGS = ("p", "div", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "address", "figcaption", "blockquote")


def _is_short_line(el: HtmlElement) -> bool:
    """At most :data:`_HIDDEN_RUN_CHARS` characters and no block element inside."""
    return len(el.text_content().strip()) <= _HIDDEN_RUN_CHARS and not _BLOCK_INSIDE(el)


# A logical pseudo-class holding one selector (":is(span.j)", ":where(.j)"), read as that selector
# when the classes and ids a hiding rule names are looked for (cssselect matches the real one).
_CSS_LOGICAL = re.compile(r":(?:is|where|matches|-webkit-any)\(([^(),]{1,200})\)", re.I)
# A pseudo-class or pseudo-element with its argument (":not(.v)", "::before", ":nth-child(2n)").
_CSS_PSEUDO = re.compile(r"::?([a-zA-Z-]{1,40})(\([^()]{0,200}\))?")
# An attribute selector ("[data-x]", "[data-k='z' i]") and the attribute it names.
_CSS_ATTRIBUTE = re.compile(r"\[\s{0,20}([-_a-zA-Z0-9]{1,60})[^\]]{0,200}\]")
# Pseudo-classes that depend on the document alone, not on what the reader does: an element they
# select is hidden whenever the page is shown (Selectors Level 4, "Logical Combinations" and
# "Tree-Structural pseudo-classes").
_STRUCTURAL_PSEUDO = frozenset(
    "not is where nth-child nth-last-child nth-of-type nth-last-of-type first-child last-child only-child "
    "first-of-type last-of-type only-of-type root lang dir".split()
)


def _without_structural_pseudo_classes(compound: str) -> str | None:
    """A selector's last compound with its structural pseudo-classes (``:not(.v)``,
    ``:nth-child(3)``) left out, for the pre-filter on the classes and ids it names (cssselect
    then matches the whole selector); ``None`` when it holds a pseudo-class that waits for the
    reader (``:hover``, ``:focus``, ``:checked`` …) or a pseudo-element (``::before``: the rule
    hides a generated box, not the element)."""
    if ":" not in compound:
        return compound
    for m in _CSS_PSEUDO.finditer(compound):
        if m.group().startswith("::") or m.group(1).lower() not in _STRUCTURAL_PSEUDO:
            return None
    return _CSS_PSEUDO.sub("", compound)


def _is_short_run_in_text(el: HtmlElement) -> bool:
    """At most :data:`_HIDDEN_RUN_CHARS` characters, and the parent holds text of its own (an
    inline wrapper holding only the run, ``<em><b>…</b></em>``, is looked through)."""
    if len(el.text_content().strip()) > _HIDDEN_RUN_CHARS:
        return False
    parent = el.getparent()
    while parent is not None and parent.tag in _RUN_TAGS and len(parent) == 1 and not (parent.text or "").strip():
        if (el.tail or "").strip():
            return True
        el, parent = parent, parent.getparent()
    if parent is None:
        return False
    return bool((parent.text or "").strip()) or any((c.tail or "").strip() for c in parent)


# A page's text is *interleaved* by one kind of inline element (same tag, class and style) when
# at least _INTERLEAVING_MIN_RUNS short runs of that kind (at most _HIDDEN_RUN_CHARS characters,
# each with text after it) cut the text of their blocks, hold between _INTERLEAVING_MIN_SHARE and
# 1 - _INTERLEAVING_MIN_SHARE of its non-blank characters, and leave on average at most
# _INTERLEAVING_MAX_GAP of them between two runs. A copy with a junk span every 2 to 4
# characters or after every word or two is far inside these bounds: 20 runs is one or two short
# paragraphs of it, a fifth of the text is one junk character in five. Normal markup is outside:
# links and <b>/<em> runs sit tens of characters apart and hold little of a paragraph; a page
# whose every word or character is its own <span> leaves only blanks between them (no run has
# text after it). The bounds only decide whether the page is read twice more (see
# :func:`_read_interleaved`), never what its own reading holds.
_INTERLEAVING_MIN_RUNS = 20
_INTERLEAVING_MIN_SHARE = 0.15
_INTERLEAVING_MAX_GAP = 24


def _run_kind(el: HtmlElement) -> tuple[str, str, str]:
    """An inline element's kind: its tag, its classes (sorted) and its style (folded)."""
    classes = " ".join(sorted((el.get("class") or "").split()))
    return el.tag, classes, "".join((el.get("style") or "").lower().split())


def _ink_chars(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \t\n\r\u3000\xa0")


def _interleaving_kinds(tree: HtmlElement) -> set[tuple[str, str, str]]:
    """The kinds of inline element (:func:`_run_kind`) that interleave the page's text (see
    :data:`_INTERLEAVING_MIN_RUNS`). One pass over the inline elements with text after them,
    counted by kind; only a kind with enough of them is measured."""
    counts: dict[tuple[str, str, str], int] = {}
    for el in tree.iter(*_RUN_TAGS):
        if (el.tail or "").strip():
            kind = _run_kind(el)
            counts[kind] = counts.get(kind, 0) + 1
    kinds = set()
    for kind, n in counts.items():
        if n < _INTERLEAVING_MIN_RUNS:
            continue
        runs = _runs_of(tree, {kind})
        parents = {id(el.getparent()): el.getparent() for el in runs}
        inside = sum(_ink_chars(el.text_content()) for el in runs)
        total = sum(_ink_chars(p.text_content()) for p in parents.values())
        if len(runs) < _INTERLEAVING_MIN_RUNS or not total:
            continue
        share = inside / total
        gap = (total - inside) / len(runs)
        if _INTERLEAVING_MIN_SHARE <= share <= 1 - _INTERLEAVING_MIN_SHARE and gap <= _INTERLEAVING_MAX_GAP:
            kinds.add(kind)
    return kinds


def _runs_of(tree: HtmlElement, kinds: set[tuple[str, str, str]]) -> list[HtmlElement]:
    """The short runs (at most :data:`_HIDDEN_RUN_CHARS` characters, no block inside) of
    ``kinds`` in the page."""
    tags = {k[0] for k in kinds}
    return [
        el for el in tree.iter(*tags)
        if _run_kind(el) in kinds and len(el.text_content().strip()) <= _HIDDEN_RUN_CHARS and not _BLOCK_INSIDE(el)
    ]  # fmt: skip


def _read_interleaved(tree: HtmlElement, kinds: set[tuple[str, str, str]], *, only: bool) -> None:
    """Rewrite an interleaved page (:func:`_interleaving_kinds`) as one of its other readings:
    without the runs of ``kinds`` (the junk is in them), or, with ``only``, keeping of their
    blocks nothing but those runs (the junk is between them; a blank between two runs stays a
    blank)."""
    runs = _runs_of(tree, kinds)
    if not only:
        _remove(tree, runs)
        return
    kept = {id(el) for el in runs}
    for parent in {id(el.getparent()): el.getparent() for el in runs}.values():
        parent.text = " " if parent.text and parent.text != parent.text.lstrip() else None
        for child in list(parent):
            if id(child) in kept:
                child.tail = " " if child.tail and any(c.isspace() for c in child.tail) else None
            else:
                parent.remove(child)


def _drop_hidden_runs(tree: HtmlElement) -> None:
    """Drop the short runs of text a reader never sees; show long collapsed blocks.

    A content farm breaks a copy's shingles with junk characters in inline elements nobody
    sees: ``hidden``, ``style="display:none"``, ``visibility:hidden``, ``font-size:0``, or a
    class the page's own ``<style>`` hides (:func:`_hidden_by_stylesheet`). Such an element
    holding at most :data:`_HIDDEN_RUN_CHARS` characters and no block element is removed (its
    tail, the visible text after it, stays). A hidden element holding a paragraph and at least
    :data:`_COLLAPSED_BLOCK_CHARS` characters is the rest of an article behind a "展开全文"
    (read more) button: it loses its ``hidden`` attribute and hiding style, so every extractor
    reads it. One its inline style hides with less text than that (a line at ``opacity:0`` or in
    a transparent colour) is removed, unless an element inside it carries a style or class; so
    is one in print of 2 pt or less or in its background's colour (:func:`_faint`). An element of any other size whose inline style draws its text under a pixel
    (:func:`_unreadably_small`; a credit line in ``font-size:0.01px``) is removed too, unless
    an element inside it carries a style or class (which may set the size back) or the page's
    ``<style>`` holds an ``!important`` font rule (which overrides inline styles): a reader can
    see none of it, so it is neither article text nor a credit. ``aria-hidden`` hides from screen readers only: sighted readers see that text,
    so the attribute is dropped (trafilatura would drop the text) and the text kept.
    """
    for el in _ARIA_HIDDEN(tree):
        del el.attrib["aria-hidden"]
    doomed: list[HtmlElement] = []
    overridden: bool | None = None  # whether the page's <style> may force a font size back
    variables: dict[str, str] | None = None  # the custom properties of the page's :root, once read
    verdicts: dict[str, bool] = {}  # a styled page repeats a few style strings hundreds of times
    for el in _HIDDEN_BY_MARKUP(tree):
        style = el.get("style")
        template = el.tag == "template"  # never rendered
        if style and variables is None and "var(" in style:
            variables = _root_variables(_css_clean("\n".join(_STYLE_TEXT(tree))[:_MAX_STYLE_CHARS]))
            verdicts.clear()
        hides = False
        if style:
            hides = verdicts.get(style)  # type: ignore[assignment]
            if hides is None:
                hides = verdicts[style] = _hides(style, variables)
        if el.get("hidden") is None and not template and not hides:
            # a short line in 1px print or in white on white ("来源：X" at font-size:1px;
            # color:#fefefe): hidden as surely as at opacity 0
            if _faint(el, _declarations(style or "", variables)) and (
                len(el.text_content().strip()) < _COLLAPSED_BLOCK_CHARS and not _STYLED_INSIDE(el)
            ):
                doomed.append(el)
            continue  # "font-size:0.9em" and the like
        size = len(el.text_content().strip())
        if size <= _HIDDEN_RUN_CHARS and not _BLOCK_INSIDE(el):
            doomed.append(el)
        elif template:
            if size < _COLLAPSED_BLOCK_CHARS:
                doomed.append(el)  # "<template><p>来源：X</p></template>": a line never shown is no credit
            continue
        elif size >= _COLLAPSED_BLOCK_CHARS and _PARAGRAPH_INSIDE(el):
            if el.get("hidden") is not None:
                del el.attrib["hidden"]
            if style:
                el.set("style", _without_hiding(style))
        elif hides and size < _COLLAPSED_BLOCK_CHARS and not _STYLED_INSIDE(el):
            doomed.append(el)  # a line no reader sees ("Originally published by X" at opacity 0): no credit
        elif style and _unreadably_small(_declarations(style)) and not _STYLED_INSIDE(el):
            if overridden is None:
                overridden = any("!important" in css and "font" in css for css in _STYLE_TEXT(tree))
            if not overridden:
                doomed.append(el)  # a credit or a line in sub-pixel text: no reader sees it
    doomed.extend(_hidden_by_stylesheet(tree))
    _remove(tree, doomed)


# Elements whose inline style sets the CSS ``order`` property (``border:`` does not count: the
# style is read with a ";" before it, spaces removed, so only a declaration opening "order:" is).
_ORDERED = lxml.etree.XPath(
    f"//body//*[@style and contains(concat(';', {_STYLE_FOLDED}), ';order:')]"
)
# Containers whose inline style may lay their items out backwards (row-reverse, column-reverse).
_REVERSED = lxml.etree.XPath(f"//body//*[@style and contains({_STYLE_FOLDED}, '-reverse')]")
_FLEX_DISPLAYS = frozenset(
    "flex inline-flex grid inline-grid -webkit-flex -webkit-inline-flex -ms-flexbox -ms-inline-flexbox".split()
)
_MAX_ORDER_RULES = 32  # flex/grid rules of the page's <style> looked at per page


def _declarations(style: str, variables: dict[str, str] | None = None) -> dict[str, str]:
    """A CSS declaration list as ``{property: value}``, both lower-cased, ``!important`` and
    surrounding spaces dropped; the last declaration of a property wins, as in CSS. Comments
    and escapes are read as CSS reads them (:func:`_css_clean`), and ``var(--x)`` takes the
    value of ``--x`` set in the same list, else in ``variables`` (the page's ``:root``), else
    its fallback."""
    if "/*" in style or "\\" in style:
        style = _css_clean(style)
    decls: dict[str, str] = {}
    for decl in style.split(";"):
        prop, colon, value = decl.partition(":")
        if colon:
            decls[prop.strip().lower()] = value.lower().replace("!important", "").strip()
    if "var(" in style:
        scope = {**(variables or {}), **{k: v for k, v in decls.items() if k.startswith("--")}}
        for prop, value in decls.items():
            if "var(" in value and not prop.startswith("--"):
                decls[prop] = _CSS_VAR.sub(lambda m: scope.get(m.group(1), m.group(2) or ""), value).strip()
    return decls


def _css_order(el: HtmlElement) -> int:
    """The ``order`` of a flex or grid item from its inline style: an integer, 0 when unset or
    not an integer (CSS Flexbox §5.4: the initial value is 0)."""
    value = _declarations(el.get("style") or "").get("order", "0")
    try:
        return int(value)
    except ValueError:
        return 0


def _flex_by_stylesheet(tree: HtmlElement) -> set[int]:
    """Ids of the elements a rule of the page's own ``<style>`` makes flex or grid containers
    (``display: flex`` …; at most :data:`_MAX_ORDER_RULES` rules, matched with cssselect)."""
    css = _strip_css_comments("\n".join(_STYLE_TEXT(tree))[:_MAX_STYLE_CHARS])
    if "display" not in css:
        return set()
    from cssselect import GenericTranslator, SelectorError  # deferred: few pages get here
    from cssselect.xpath import ExpressionError

    translator = GenericTranslator()
    found: set[int] = set()
    rules = 0
    for block_start in _iter_blocks(css):
        start, end = block_start
        if _declarations(css[start + 1 : end]).get("display") not in _FLEX_DISPLAYS:
            continue
        rules += 1
        if rules > _MAX_ORDER_RULES:
            break
        for selector in _prelude(css, start).split(","):
            selector = selector.strip()
            if not selector or selector.startswith("@") or ":" in selector:
                continue
            try:
                found.update(id(el) for el in tree.xpath(translator.css_to_xpath(selector)))
            except (SelectorError, ExpressionError, lxml.etree.XPathError):
                continue
    return found


def _iter_blocks(css: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each innermost ``{…}`` block of ``css`` (a rule's declarations)."""
    pos = 0
    while True:
        end = css.find("}", pos)
        if end < 0:
            return
        start = css.rfind("{", pos, end)
        if start >= 0:
            yield start, end
        pos = end + 1


def _apply_css_order(tree: HtmlElement) -> None:
    """Put the children of flex and grid containers in the order a browser shows them.

    A copier cuts each paragraph into chunks of a few characters, shuffles them in the markup
    and gives each an inline ``style="order:N"`` inside a ``display:flex`` container: the
    reader sees the article, the markup holds scrambled text. CSS Flexbox §5.4 (the ``order``
    property; CSS Grid §6 the same) lays out a container's items by ascending ``order``,
    items of equal ``order`` in document order (a stable sort), unset being 0; a
    ``row-reverse``/``column-reverse`` direction lays them out backwards. So the children of
    a container holding an item with an inline ``order`` are sorted the same way, when the
    container is flex or grid by its own inline ``display`` or by a rule of the page's
    ``<style>`` (a container laid out backwards by its inline style is read backwards even
    without ``order``). Text directly in the container becomes an item of its own (an anonymous flex
    item, order 0), wrapped in a ``<span>``. ``order`` on children of anything else changes
    nothing, as in a browser. An external stylesheet cannot be read: a container it makes flex
    is left in document order.
    """
    items = _ORDERED(tree)
    reversed_ = _REVERSED(tree)
    if not items and not reversed_:
        return
    parents: dict[int, HtmlElement] = {id(el): el for el in reversed_}
    for el in items:
        if _declarations(el.get("style") or "").get("order") is None:
            continue  # "order :" spelled with a space before the colon, or the like: read below
        parent = el.getparent()
        if parent is not None:
            parents.setdefault(id(parent), parent)
    by_sheet: set[int] | None = None
    for parent in parents.values():
        decls = _declarations(parent.get("style") or "")
        display = decls.get("display")
        if display is None:
            if by_sheet is None:
                by_sheet = _flex_by_stylesheet(tree)
            if id(parent) not in by_sheet:
                continue
        elif display not in _FLEX_DISPLAYS:
            continue
        direction = (decls.get("flex-direction", "") + " " + decls.get("flex-flow", "")).split()
        _sort_children(parent, reverse=any(d in ("row-reverse", "column-reverse") for d in direction))


def _sort_children(parent: HtmlElement, *, reverse: bool) -> None:
    """Sort ``parent``'s children by :func:`_css_order` (stable), text between them wrapped in
    ``<span>`` items first; backwards when ``reverse``."""
    children: list[HtmlElement] = []
    if (parent.text or "").strip():
        span = lxml.html.Element("span")
        span.text, parent.text = parent.text, None
        children.append(span)
    for child in parent:
        tail = child.tail
        child.tail = None
        children.append(child)
        if (tail or "").strip():
            span = lxml.html.Element("span")
            span.text = tail
            children.append(span)
    keyed = sorted(children, key=lambda c: _css_order(c) if isinstance(c.tag, str) else 0)
    if reverse:
        keyed.reverse()
    parent[:] = keyed


def _drop_ruby_annotations(tree: HtmlElement) -> None:
    """Remove ``<rt>``/``<rp>`` (pinyin and fallback parentheses); keep the base text.

    The ``<ruby>``/``<rb>`` wrappers are unwrapped too, so that extractors see the base
    characters as part of the running text rather than as separate inline blocks.
    """
    # strip_elements/strip_tags run in one C pass; dropping elements one by one is
    # quadratic when thousands share a parent.
    lxml.etree.strip_elements(tree, "rt", "rp", "rtc", with_tail=False)
    lxml.etree.strip_tags(tree, "ruby", "rb")


# Elements whose text the browser shows in a forced direction: <bdo dir> and inline styles
# with unicode-bidi: bidi-override or isolate-override (the declarations are read in Python).
_BIDI_OVERRIDDEN = lxml.etree.XPath(f"//body//*[local-name()='bdo' or contains({_STYLE_FOLDED}, 'override')]")
_OVERRIDE_TEXT = lxml.etree.XPath("//body//text()[contains(., '\u202e') or contains(., '\u202d')]")
# Unicode bidi controls equivalent to each unicode-bidi value (CSS Writing Modes 3, section
# 2.4.2): (start, end) for direction ltr and rtl.
_OVERRIDE_CONTROLS = {
    "bidi-override": (("\u202d", "\u202c"), ("\u202e", "\u202c")),
    "isolate-override": (("\u2066\u202d", "\u202c\u2069"), ("\u2067\u202e", "\u202c\u2069")),
}
_NO_BIDI_CONTROLS = str.maketrans("", "", BIDI_CONTROLS)


def _override_controls(el: HtmlElement) -> tuple[str, str] | None:
    """The controls equivalent to ``el``'s forced direction, ``None`` when it forces none."""
    if not isinstance(el.tag, str):
        return None
    declared = _declarations(el.get("style") or "")
    bidi = declared.get("unicode-bidi", "")
    if el.tag == "bdo" and bidi not in _OVERRIDE_CONTROLS:
        bidi = "isolate-override"  # the HTML standard's rendering of <bdo>
    direction = declared.get("direction") or (el.get("dir") or "").strip().lower()
    if bidi not in _OVERRIDE_CONTROLS or direction not in ("ltr", "rtl"):
        return None
    return _OVERRIDE_CONTROLS[bidi][direction == "rtl"]


_NOT_SHOWN = frozenset(("script", "style", "template", "noscript"))
_BIDI_BLOCKS = frozenset(("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                          "article", "blockquote", "ul", "ol", "dl", "dt", "dd", "pre", "header", "footer", "figure"))


def _with_controls(el: HtmlElement) -> str:
    """The text of ``el`` with the controls of every forced direction in it spelled out; each
    block inside it on lines of its own (a bidi paragraph each, UAX #9 P1), what no reader sees
    (a script, a style) left out."""
    return _spelled(el, ())


def _spelled(el: HtmlElement, outer: tuple[tuple[str, str], ...]) -> str:
    # ``outer``: the controls open around ``el``; a block break closes and reopens them, since
    # a forced direction ends with its paragraph (UAX #9 X8) and the block's text still has it
    controls = _override_controls(el)
    active = (*outer, controls) if controls else outer
    brk = "".join(c for _, c in reversed(active)) + "\n" + "".join(o for o, _ in active)
    parts = [controls[0] if controls else "", el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _NOT_SHOWN:
            block = child.tag in _BIDI_BLOCKS
            parts.append(brk if block else "")
            parts.append(_spelled(child, active))
            parts.append(brk if block else "")
        parts.append(child.tail or "")
    parts.append(controls[1] if controls else "")
    return "".join(parts)


def _show_bidi_overrides(tree: HtmlElement) -> None:
    """Put the text the page shows in a forced direction in the order a reader reads it.

    A copy can store each word reversed inside ``<bdo dir="rtl">``, an inline style
    ``unicode-bidi: bidi-override; direction: rtl`` or the Unicode controls RLO ... PDF, and the
    browser shows it in normal order. HTML renders ``<bdo>`` as ``unicode-bidi:
    isolate-override`` (the HTML standard's rendering section), and CSS Writing Modes 3
    defines ``bidi-override`` and ``isolate-override`` as the controls RLO/LRO ... PDF, with
    RLI/LRI ... PDI around them for the isolate: each outermost such element's text is
    written out with those controls and put in display order by
    :func:`reprint_guard.bidi.display_order` (UAX #9); its inline markup goes, its text stays.
    Text nodes holding the controls themselves are reordered the same way, each on its own
    (an override that runs across elements is not followed). The controls are then dropped,
    so that nothing later reorders the text again. The direction comes from a ``direction``
    declaration, else the ``dir`` attribute; ``dir="auto"`` or none forces nothing.
    """
    forced = [el for el in _BIDI_OVERRIDDEN(tree) if _override_controls(el) is not None]
    inner = {id(d) for el in forced for d in el.iterdescendants()}
    for el in forced:
        if id(el) in inner:
            continue  # written out with its outermost forced ancestor
        shown, moved, _ = display_order(_with_controls(el))
        if moved is None:
            continue  # an override that moves nothing (direction: ltr over left-to-right text)
        lines = [line for line in shown.translate(_NO_BIDI_CONTROLS).split("\n") if line.strip()]
        for child in list(el):
            el.remove(child)  # lxml keeps no tail of a removed child in el: the text has them
        # one line per block, as the page shows them
        el.text = lines[0] if lines else ""
        for line in lines[1:]:
            lxml.etree.SubElement(el, "br").tail = line
    for node in _OVERRIDE_TEXT(tree):
        shown = display_order(node)[0].translate(_NO_BIDI_CONTROLS)
        parent = node.getparent()
        if node.is_text:
            parent.text = shown
        elif node.is_tail:
            parent.tail = shown


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


_GRID_MIN_CELLS = 20
_GRID_MIN_CHARS = 50


def _flatten_character_grids(tree: HtmlElement) -> None:
    """Replace each table that sets text one character a cell (a copy dressed as a grid: 20 cells a
    row, one Han character or letter in each) by one paragraph of its cells' text in reading order.
    A grid is a table of at least :data:`_GRID_MIN_CELLS` cells and :data:`_GRID_MIN_CHARS`
    characters, no nested table, every cell at most two characters and three in four a letter or Han
    character (a calendar's cells are digits: it stays a table). From session 30, a new user's
    evasion trial: such a grid lost its last rows to the extractor's furniture rules."""
    for table in list(tree.iter("table")):
        if table.find(".//table") is not None or table.getparent() is None:
            continue
        texts = [" ".join(c.text_content().split()) for c in table.iter("td", "th")]
        if len(texts) < _GRID_MIN_CELLS or any(len(t) > 2 for t in texts):
            continue
        joined = "".join(texts)
        letters = sum(1 for t in texts if len(t) == 1 and t.isalpha())
        if len(joined) < _GRID_MIN_CHARS or letters < 0.75 * sum(1 for t in texts if t):
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text = joined
        paragraph.tail = table.tail
        table.getparent().replace(table, paragraph)


def _unwrap_layout_tables(tree: HtmlElement) -> None:
    """Turn tables used for page layout into ``div``\\ s so extractors read them as text.

    A table is layout when one of its cells holds ≥ 200 characters or ≥ 3 ``<br>``: old
    news sites put the whole article in one cell, one ``<br>``-separated line at a time.
    Data tables (short cells) stay tables.
    """
    cells = list(tree.iter("td", "th"))
    if len(cells) > _MAX_LAYOUT_CELLS:
        return
    if len(cells) >= _GRID_MIN_CELLS:
        _flatten_character_grids(tree)
        cells = list(tree.iter("td", "th"))
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


# Text trafilatura rewrites as if it were markup (trafilatura.utils.line_processing turns the
# characters "&nbsp;", "&#13;" and "&#10;" into a space and line breaks): in a page's text they
# are what the reader sees, an entity escaped twice (&amp;nbsp;).
_LITERAL_REFS = ("&nbsp;", "&#13;", "&#10;")
_LITERAL_REF_NODES = lxml.etree.XPath(
    "//text()[" + " or ".join(f"contains(., '{r}')" for r in _LITERAL_REFS) + "]", smart_strings=True
)


# A printable character (trafilatura drops private-use ones) that news text does not use holds
# their "&" while trafilatura reads; a page that shows it is read without the shield.
_AMP_STANDIN = "\u2bd1"
_STANDIN_NODES = lxml.etree.XPath(f"//text()[contains(., '{_AMP_STANDIN}')]", smart_strings=True)


def _swap_refs(nodes: list, *, to_standin: bool) -> None:
    """Swap the "&" of the literal ``&nbsp;``-like text in the text ``nodes`` (lxml smart
    strings) for :data:`_AMP_STANDIN`, or back."""
    for node in nodes:
        parent = node.getparent()
        if parent is None:
            continue
        value = str(node)
        for ref in _LITERAL_REFS:
            standin = _AMP_STANDIN + ref[1:]
            value = value.replace(ref, standin) if to_standin else value.replace(standin, ref)
        if node.is_tail:
            parent.tail = value
        else:
            parent.text = value


# Elements trafilatura removes with their text before it extracts anything (its
# MANUALLY_CLEANED list, trafilatura/settings.py); unlike the visible text, it keeps <header>.
_TRAFILATURA_DROPS = (
    "applet", "area", "aside", "audio", "blink", "button", "canvas", "datalist", "dialog", "embed",
    "fieldset", "figure", "footer", "form", "frame", "frameset", "head", "iframe", "input", "label",
    "legend", "link", "map", "marquee", "math", "menu", "menuitem", "nav", "noindex", "noscript",
    "object", "optgroup", "option", "output", "param", "picture", "progress", "script", "select",
    "source", "style", "svg", "textarea", "time", "track", "video",
)  # fmt: skip


# Hidden elements (``hidden``, ``style="display: none"``) and the fast path's block are renamed
# to these tags while a transform runs: an XSLT match pattern with a predicate
# (``*[@hidden]``) costs libxslt time quadratic in the elements of some pages (a page of
# 30,000 small tables: 1.4 s for one view), a match by name does not.
_HIDDEN_TAG = "reprint-guard-hidden"
_BLOCK_TAG = "reprint-guard-block"
_MAYBE_HIDDEN = lxml.etree.XPath("//*[@hidden or @style]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", " ")


def _is_hidden(el: HtmlElement) -> bool:
    """``hidden``, or ``display:none`` in the style (ASCII case and spaces ignored), as the
    XPath ``contains(translate(@style, 'A…Z ', 'a…z'), 'display:none')`` reads it."""
    return el.get("hidden") is not None or "display:none" in (el.get("style") or "").translate(_ASCII_LOWER)


@contextlib.contextmanager
def _renamed(elements: list[HtmlElement], tag: str) -> Iterator[None]:
    """Give ``elements`` the tag ``tag`` while the block runs, then their own back."""
    old = [el.tag for el in elements]
    for el in elements:
        el.tag = tag
    try:
        yield
    finally:
        for el, t in zip(elements, old):
            el.tag = t


def _hiding(tree: HtmlElement):
    """:func:`_renamed` of the tree's hidden elements to :data:`_HIDDEN_TAG`."""
    return _renamed([el for el in _MAYBE_HIDDEN(tree) if isinstance(el.tag, str) and _is_hidden(el)], _HIDDEN_TAG)


def _competing_stylesheet() -> lxml.etree.XSLT:
    """One record per text block (paragraph, list item, heading below ``<h1>``, quote, cell)
    outside the block (renamed ``_BLOCK_TAG`` while it runs), the elements trafilatura always removes and
    hidden elements:
    ``"H"`` (heading) or ``"B"``, a tab, its text without links, a tab, its link text; and an
    ``"X"`` record where the marked block sits. Records are separated by line breaks (the
    texts have theirs replaced by spaces)."""
    skip = "|".join(_TRAFILATURA_DROPS)
    hidden = _HIDDEN_TAG  # hidden elements are renamed so while the transform runs (see _hiding)
    blocks = "p|li|blockquote|pre|td|th|dd|dt|caption|figcaption|address"
    flat = "<xsl:value-of select=\"translate(., '&#9;&#10;&#13;', '   ')\"/>"
    xslt = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
<xsl:template match="/"><xsl:apply-templates select="/*/body[1]/node()"/></xsl:template>
<xsl:template match="text()"/>
<xsl:template match="{skip}|h1|{hidden}"/>
<xsl:template match="{_BLOCK_TAG}" priority="3"><xsl:text>&#10;X</xsl:text></xsl:template>
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


# A table row of a few short cells of text (新闻热线 | 021-… | 广告服务 | 021-…, Newsroom | +44 …) is read as
# one line, as a reader sees it: a label cell stays beside its value (from session 30, a new user's
# trial; before, every cell was a line of its own and a contact lost its label).
_SHORT_ROW = (
    "tr[count(td|th) &lt;= 8][not(.//table|.//p|.//div|.//br|.//li|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)]"
    "[not((td|th)[string-length(normalize-space(.)) &gt; 60])]"
)


def _visible_stylesheet(skip: Iterable[str]) -> lxml.etree.XSLT:
    """An XSLT 1.0 transform that writes the visible text of ``<body>`` (of the root element
    when there is no body) in one C pass: elements named in ``skip`` and hidden elements
    (``hidden``, ``style="display: none"``) are left out with their content, their tails
    kept; block elements are framed by line breaks and ``<br>`` ends a line.
    """
    xslt = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
<xsl:template match="/"><xsl:choose>
  <xsl:when test="/*/body"><xsl:apply-templates select="/*/body[1]/node()"/></xsl:when>
  <xsl:otherwise><xsl:apply-templates select="/*/node()"/></xsl:otherwise>
</xsl:choose></xsl:template>
<xsl:template match="{"|".join((*skip, _HIDDEN_TAG))}"/>
<xsl:template match="{"|".join(sorted(_BLOCK_TAGS))}"><xsl:text>&#10;</xsl:text><xsl:apply-templates/><xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="br"><xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="{_SHORT_ROW}/td|{_SHORT_ROW}/th" priority="1"><xsl:text> </xsl:text><xsl:apply-templates/></xsl:template>
</xsl:stylesheet>"""
    return lxml.etree.XSLT(lxml.etree.XML(xslt))


# The three views the extraction needs, compiled once (an XSLT object is not modified by use).
_VISIBLE = _visible_stylesheet(_SKIP_TAGS)
_VISIBLE_NO_LINKS = _visible_stylesheet((*_SKIP_TAGS, "a"))
_VISIBLE_WITH_HEADER_FOOTER = _visible_stylesheet(t for t in _SKIP_TAGS if t not in ("header", "footer"))
_VISIBLE_WITH_ASIDES = _visible_stylesheet(t for t in _SKIP_TAGS if t not in ("header", "footer", "aside"))


def _visible_text(
    tree: HtmlElement, *, drop_links: bool = False, header_footer: bool = False, asides: bool = False
) -> str:
    """The body's text, minus script/style/nav/header/footer/aside and hidden elements,
    one block per line (stripped, no blank lines).

    Block elements and ``<br>`` become line breaks. With ``drop_links``, link text is left
    out too (used to measure how much non-navigation text a page has); with
    ``header_footer``, the page's ``<header>`` and ``<footer>`` are kept; with ``asides``,
    its ``<aside>`` boxes too (a "Republish this story" box, a 声明 box beside the text).
    """
    if drop_links:
        view = _VISIBLE_NO_LINKS
    elif asides:
        view = _VISIBLE_WITH_ASIDES
    else:
        view = _VISIBLE_WITH_HEADER_FOOTER if header_footer else _VISIBLE
    with _hiding(tree):
        text = str(view(tree))
    return "\n".join(s for s in (line.strip() for line in text.split("\n")) if s)


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


_MAX_RELINE_STARTS = 20  # lines tried as the first of the run: a hostile page repeats its opening


def _relined(main: str, visible: str) -> str:
    """``main`` split back into the lines the page shows, when it came as one line that is a run
    of ``visible``'s lines joined by spaces (trafilatura's baseline fallback on a short article joins
    an ``<article>``'s headline, date line and paragraphs so); else ``main`` unchanged. Lines are
    compared with their whitespace runs as single spaces (from session 30; before, such an article
    kept its headline and byline glued to its first paragraph, with no date read)."""
    if "\n" in main.strip():
        return main  # (the common case, told before any work on the text)
    target = " ".join(main.split())
    if len(target) < 40:
        return main
    lines = [" ".join(line.split()) for line in visible.split("\n")]
    lines = [line for line in lines if line]
    starts = [k for k, line in enumerate(lines) if target.startswith(line)][:_MAX_RELINE_STARTS]
    for first in starts:
        length, last = len(lines[first]), first
        while length < len(target) and last + 1 < len(lines):
            last += 1
            length += 1 + len(lines[last])
        if last > first and length == len(target) and " ".join(lines[first : last + 1]) == target:
            return "\n".join(lines[first : last + 1])
    return main
