"""Text a browser shows that is not in the page's text nodes: framed documents, SVG text, and,
when a page shows next to no text of its own, generated content, form values, image alt texts
and strings a script writes into the page.

Two groups, on general grounds:

* :func:`_inline_framed_text` always: an ``<iframe srcdoc>`` or an ``<iframe src="data:text/html…">``
  is a document the page shows in place (HTML §4.8.5), and so are an ``<object data="data:…">``,
  an ``<embed src="data:…">`` (§4.8.7, §4.8.6) and a ``<frameset>``'s ``<frame src="data:…">``
  (a frameset page, having no ``<body>``, gets its frameset read as one); so the framed body is
  read as part of the page where the frame stands (at most :data:`_MAX_FRAMES` frames of :data:`_MAX_FRAME_BYTES` each,
  frames inside frames to a depth of :data:`_MAX_FRAME_DEPTH`). SVG ``<text>`` is visible text:
  a drawing holding at least :data:`_LONG_SVG_CHARS` characters of it is read as lines (a chart's
  short labels are not, so that they do not join an article's body).
* :func:`_reveal_other_channels` only on the fallback path, when the page's own text is short
  (see :data:`FALLBACK_LETTERS`; the composition step decides): ``::before``/``::after``
  ``content`` of the page's ``<style>`` (strings, and ``attr(name)`` read from each element the
  rule matches), the values of ``<input>`` and ``<textarea>``, the
  alt texts of images (shown when the image does not load), and string literals a script writes
  into the page (``innerHTML``, ``document.write``, ``insertAdjacentHTML``), a base64 literal
  as the UTF-8 text it decodes to when the script calls ``atob``. These are
  visible in some conditions only, and on a normal article page they are search boxes, captions
  and script data: read always, they would join the body of every article protected.

A copy hidden in one of the second group behind an unrelated visible paragraph of more than
:data:`FALLBACK_LETTERS` letters is not read: the limit of the fallback design.

Every regular expression here runs on untrusted text, so each is written to run in linear time.
"""

from __future__ import annotations

import base64
import binascii
import html as _html
import re
from urllib.parse import unquote_to_bytes

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from reprint_guard.ingest.decode import _clean_text
from reprint_guard.ingest.tree import (
    _STYLE_TEXT,
    _css_code_point,
    _prelude,
    _iter_blocks,
    _parse_html,
    _strip_css_comments,
)

FALLBACK_LETTERS = 300
"""A page whose main text holds fewer letters and Han characters than this is read again with
its other channels (:func:`_reveal_other_channels`)."""

_MAX_FRAMES = 20
_MAX_FRAME_BYTES = 1024 * 1024
_MAX_FRAME_DEPTH = 2
_LONG_SVG_CHARS = 200
_MAX_CHANNEL_ITEMS = 2000  # alt texts, values, content rules, script strings read per page
_MIN_SCRIPT_STRING = 20  # characters of a script's string literal worth reading
_MAX_SCRIPT_LITERALS = 20 * _MAX_CHANNEL_ITEMS  # literals of a script looked at, short ones too
_MIN_ALT_CHARS = 20

_IS_DATA_URL = "starts-with(translate(normalize-space(@{}), 'DATA', 'data'), 'data:')"
_FRAMES = lxml.etree.XPath(
    f"//body//iframe[@srcdoc or {_IS_DATA_URL.format('src')}] | //body//object[{_IS_DATA_URL.format('data')}]"
    f" | //body//embed[{_IS_DATA_URL.format('src')}] | //frameset//frame[{_IS_DATA_URL.format('src')}]"
)
_FRAME_TAGS = ("iframe", "object", "embed", "frame")
_SVGS = lxml.etree.XPath("//body//*[local-name()='svg']")
# A data: URL's header (media type and parameters) before its comma.
_DATA_URL = re.compile(r"\s{0,20}data:([^,]{0,200}),", re.I)
# A string literal of a script: double or single quoted, escapes read as one character each.
# Short ones are matched too (and passed over by the caller), so that the quotes pair up:
# getElementById("a").innerText=f("…") holds two literals, not one from "a"'s closing quote.
_JS_STRING = re.compile(r""""((?:[^"\\\n]|\\.){0,100000}+)"|'((?:[^'\\\n]|\\.){0,100000}+)'""")
_JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
# A string literal that is base64 (what a script hands to atob()).
_BASE64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
_JS_WRITES = ("innerhtml", "outerhtml", "document.write", "insertadjacenthtml", "textcontent", "innertext")
# The content property's string in a rule's block ("content: 'x'", 'content:"x" "y"').
_CSS_CONTENT = re.compile(r"""(?<![-\w])content\s{0,20}:\s{0,20}((?:"(?:[^"\\]|\\.){0,100000}+"\s{0,20}|'(?:[^'\\]|\\.){0,100000}+'\s{0,20}|(?i:attr)\(\s{0,20}[-\w]{1,100}\s{0,20}\)\s{0,20})+)""", re.S)
# A string of a content value, or an attr() taking the text of the element's attribute.
_CSS_STRING = re.compile(r""""((?:[^"\\]|\\.){0,100000}+)"|'((?:[^'\\]|\\.){0,100000}+)'|(?i:attr)\(\s{0,20}([-\w]{1,100})\s{0,20}\)""", re.S)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6}\s?|\n|.)", re.S)
_PSEUDO_ELEMENT = re.compile(r"::?(before|after)\s{0,20}$", re.I)


def _frame_html(frame: HtmlElement) -> str | None:
    """The HTML a frame shows: an iframe's ``srcdoc`` (which wins over ``src``), or the payload
    of the ``data:text/html`` URL in its ``src`` (an ``<object>``'s ``data``), base64 or
    percent-encoded, UTF-8 unless its charset says otherwise."""
    srcdoc = frame.get("srcdoc") if frame.tag == "iframe" else None
    if srcdoc is not None:
        return srcdoc[:_MAX_FRAME_BYTES]
    src = (frame.get("data" if frame.tag == "object" else "src") or "")[: _MAX_FRAME_BYTES * 2]
    m = _DATA_URL.match(src)
    if m is None:
        return None
    params = [p.strip().lower() for p in m.group(1).split(";")]
    if params[0] not in ("text/html", "text/plain", "application/xhtml+xml", ""):
        return None
    payload = src[m.end() :]
    try:
        raw = base64.b64decode(payload + "=" * (-len(payload) % 4)) if "base64" in params else unquote_to_bytes(payload)
    except (binascii.Error, ValueError):
        return None
    charset = next((p[8:] for p in params if p.startswith("charset=")), "utf-8")
    try:
        text = raw[:_MAX_FRAME_BYTES].decode(charset, errors="replace")
    except (LookupError, UnicodeError):  # unknown, or a codec that takes no error handler (idna)
        text = raw[:_MAX_FRAME_BYTES].decode("utf-8", errors="replace")
    return _clean_text(text) if params[0] != "text/plain" else "<pre>" + _html.escape(_clean_text(text)) + "</pre>"


def _inline_framed_text(tree: HtmlElement, depth: int = 0) -> None:
    """Put the body of each ``srcdoc`` and ``data:`` frame (object, embed) in place of the frame,
    as a ``<div>``; read long SVG text as lines (see the module docstring)."""
    frames = _FRAMES(tree)[:_MAX_FRAMES] if next(tree.iter(*_FRAME_TAGS), None) is not None else []
    for frame in frames:
        if frame.getparent() is None:
            continue
        doc = _frame_html(frame)
        inner = _parse_html(doc) if doc and doc.strip() else None
        if inner is None:
            continue
        if depth + 1 < _MAX_FRAME_DEPTH:
            _inline_framed_text(inner, depth + 1)
        body = inner.find("body")
        box = lxml.html.Element("div")
        box.text = (body if body is not None else inner).text
        for child in list(body if body is not None else inner):
            if child.tag in ("script", "style", "head", "title"):
                continue
            box.append(child)
        box.tail = frame.tail
        frame.getparent().replace(frame, box)
    if frames and tree.find("body") is None and tree.find("frameset") is not None:
        # a frameset page: the frames, now read in place, are its body
        for k, frameset in enumerate(list(tree.iter("frameset"))):
            frameset.tag = "body" if k == 0 else "div"
    if depth == 0 and tree.find(".//svg") is not None:
        for svg in _SVGS(tree):
            texts = [" ".join("".join(t.itertext()).split()) for t in svg.iter("text")]
            if sum(map(len, texts)) < _LONG_SVG_CHARS or svg.getparent() is None:
                continue
            box = lxml.html.Element("div")
            for line in texts:
                if line:
                    lxml.etree.SubElement(box, "p").text = line
            box.tail = svg.tail
            svg.getparent().replace(svg, box)


def _reveal_other_channels(tree: HtmlElement) -> bool:
    """Write the second group's text (see the module docstring) into the tree where a reader
    would see it; whether anything was written."""
    added = _reveal_css_content(tree)
    count = 0
    for el in tree.iter("input", "textarea", "img"):
        if count == _MAX_CHANNEL_ITEMS:
            break
        count += 1
        if el.tag == "img":
            text = el.get("alt") or ""
            if len(text.strip()) < _MIN_ALT_CHARS:
                continue
        elif el.tag == "input":
            if (el.get("type") or "text").lower() not in ("text", "search", "") or not el.get("value"):
                continue
            text = el.get("value") or ""
        else:
            text = el.text_content()
        if not text.strip() or el.getparent() is None:
            continue
        box = lxml.html.Element("p")
        box.text = text
        box.tail = el.tail
        el.getparent().replace(el, box)
        added = True
    return _reveal_script_strings(tree) or added


def _css_string(literal: str, el: HtmlElement | None = None) -> str:
    """The text of a CSS ``content`` value: its strings joined, escapes read (``\\201C``, ``\\"``),
    an ``attr(name)`` read as the value of ``el``'s attribute ``name`` (empty without one)."""
    out = []
    for m in _CSS_STRING.finditer(literal):
        if m.group(3) is not None:
            out.append((el.get(m.group(3).lower()) or "") if el is not None else "")
            continue
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        out.append(_CSS_ESCAPE.sub(_css_unescape, raw))
    return "".join(out)


def _css_unescape(m: re.Match[str]) -> str:
    body = m.group(1)
    if body == "\n":
        return ""
    hexa = body.strip()
    if len(body) > 1 or hexa and all(c in "0123456789abcdefABCDEF" for c in hexa):
        try:
            return _css_code_point(hexa)  # one rule with the hiding rules' escapes (tree)
        except ValueError:
            return "\ufffd"
    return body


def _reveal_css_content(tree: HtmlElement) -> bool:
    """Write the ``content`` string of the page's ``::before``/``::after`` rules at the start or
    end of the elements their selector matches (cssselect)."""
    css = "\n".join(_STYLE_TEXT(tree))
    if "content" not in css or "before" not in css and "after" not in css:
        return False
    css = _strip_css_comments(css)
    from cssselect import GenericTranslator, SelectorError  # deferred: few pages get here
    from cssselect.xpath import ExpressionError

    translator = GenericTranslator()
    added = False
    for k, (start, end) in enumerate(_iter_blocks(css)):
        if k == _MAX_CHANNEL_ITEMS:
            break
        m = _CSS_CONTENT.search(css, start + 1, end)
        if m is None:
            continue
        by_attribute = "attr" in m.group(1).lower()
        text = _clean_text(_css_string(m.group(1)))  # an escape may spell a control character
        if not text.strip() and not by_attribute:
            continue
        for selector in _prelude(css, start).split(","):
            pseudo = _PSEUDO_ELEMENT.search(selector.strip())
            if pseudo is None:
                continue
            try:
                matched = tree.xpath(translator.css_to_xpath(selector.strip()[: pseudo.start()] or "*"))
            except (SelectorError, ExpressionError, lxml.etree.XPathError):
                continue
            for el in matched[:_MAX_CHANNEL_ITEMS]:
                if by_attribute:
                    text = _clean_text(_css_string(m.group(1), el))
                    if not text.strip():
                        continue
                if pseudo.group(1).lower() == "before":
                    el.text = text + (el.text or "")
                elif len(el):
                    el[-1].tail = (el[-1].tail or "") + text
                else:
                    el.text = (el.text or "") + text
                added = True
    return added


def _js_unescape(m: re.Match[str]) -> str:
    body = m.group(1)
    if body.startswith("u{"):
        return chr(min(int(body[2:-1], 16), 0x10FFFF))
    if body[0] in "ux" and len(body) > 1:
        return chr(int(body[1:], 16))
    return {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}.get(body, body)


def _base64_text(literal: str) -> str | None:
    """The text a base64 literal holds when it is UTF-8 text (at least half its characters
    letters or Han characters, no controls but line breaks and tabs), else ``None``."""
    try:
        text = base64.b64decode(literal + "=" * (-len(literal) % 4)).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if any(c < " " and c not in "\n\r\t" for c in text) or 2 * sum(c.isalpha() for c in text) < len(text):
        return None
    return text


def _reveal_script_strings(tree: HtmlElement) -> bool:
    """Write the long string literals of each script that writes into the page (``innerHTML``,
    ``document.write`` …) after the script, as paragraphs; markup inside a literal is read as
    markup (``"<p>…</p>"``), escapes (``\\u6cb3``, ``\\"``) decoded. A literal that is
    base64 is read as the UTF-8 text it decodes to when the script calls ``atob`` (the
    ``TextDecoder(…atob("…"))`` idiom), and left out otherwise (data, not text)."""
    added = False
    for script in tree.iter("script"):
        code = script.text or ""
        if not any(w in code.lower() for w in _JS_WRITES) or script.getparent() is None:
            continue
        texts = []
        for k, m in enumerate(_JS_STRING.finditer(code)):
            if k == _MAX_SCRIPT_LITERALS or len(texts) == _MAX_CHANNEL_ITEMS:
                break
            if m.end() - m.start() < _MIN_SCRIPT_STRING + 2:
                continue
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            text = _JS_ESCAPE.sub(_js_unescape, raw)
            if _BASE64.fullmatch(text):
                decoded = _base64_text(text) if "atob" in code else None
                if decoded is None:
                    continue
                text = decoded
            if len(text.strip()) >= _MIN_SCRIPT_STRING and not text.lstrip().startswith(("{", "[", "http")):
                texts.append(text)
        if not texts:
            continue
        box = lxml.html.Element("div")
        for text in texts:
            if "<" in text:
                try:
                    box.append(lxml.html.fragment_fromstring(_clean_text(text), create_parent="p"))
                    continue
                except (lxml.etree.LxmlError, ValueError):
                    pass
            lxml.etree.SubElement(box, "p").text = _clean_text(text)
        box.tail = script.tail
        script.getparent().replace(script, box)
        added = True
    return added
