"""Ingest step 0: inputs that wrap a page, unwrapped before the page is decoded and read.

Three wrappers carry a whole article in a form a reader never sees as such, and are opened
here, in :func:`reprint_guard.extract.extract`, around the decoding step:

* :func:`mhtml_page`, on the bytes, before decoding: a page saved as MHTML (``.mht``,
  ``.mhtml``; RFC 2557, what a browser's "Save as … single file" writes): a
  ``multipart/related`` MIME message whose first ``text/html`` part is the page. That part's
  payload is read with the standard library's :mod:`email` parser (quoted-printable or base64
  undone), and it goes on to decoding with its part's ``charset`` as the declared one. The
  message is recognised by its content (a MIME header block naming ``multipart/related`` at
  the start of the input) or by a ``multipart/related`` content type, whatever the file is
  called; ``scan`` reads every file of a folder, so ``.mht`` files are scanned like any other.
  Other parts (images, style sheets, the documents of frames) are not read.
* :func:`json_page`, on the decoded text, before it is sniffed as HTML or text: a JSON
  document (content type ``application/json`` or ``…+json``, or text that parses as a JSON
  object or array) is read as the page made of its long string values, in document order
  (:data:`MIN_JSON_STRING` characters or more, at most :data:`MAX_JSON_STRINGS` of them;
  addresses and identifiers without spaces are passed over). Values holding HTML markup make
  an HTML page, each value a block; without markup, a text of one paragraph per value. A text
  that only starts like JSON (``[视频] …``) does not parse and stays as it is.
* :func:`feed_page`, on the decoded text, before it is sniffed: an RSS or Atom feed (a feed
  content type such as ``application/rss+xml``, or text that opens with an XML declaration
  and an ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` root, whatever type was given: feeds are
  often served as ``text/plain`` or ``text/xml``) is read with feedparser
  (https://feedparser.readthedocs.io/) into the page a reader of its item would see: the
  item's title as ``<h1>``, its author as the byline, its full content (``content:encoded``,
  Atom ``content``; else its description) as the article, and its rights line (the item's
  ``<dc:rights>``/``<rights>``, else the channel's ``<copyright>``) as
  ``<meta name="copyright">``, the channel's title as the site name. A feed of several items
  makes one page with each item as an ``<article>``. feedparser sanitises the items' HTML and
  is handed the text as bytes (never a string it could take for a URL or a file name).

Every regular expression here runs on untrusted text, so each is written to run in linear time.
"""

from __future__ import annotations

import html as _html
import io
import json
import re
from email import message_from_bytes
from email.message import Message

__all__ = ["feed_page", "is_feed", "json_page", "mhtml_page"]

_MIME_HEAD_BYTES = 8192  # where an MHTML message's own header block must end
MIN_JSON_STRING = 10
"""A JSON string value shorter than this (characters) is a label or an id, not article text."""
MAX_JSON_STRINGS = 5000
"""String values of a JSON document read at most."""

# The first line of a MIME header block ("From: <Saved by Blink>", "MIME-Version: 1.0").
_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,60}:")
_MULTIPART_RELATED = re.compile(r"^content-type:\s{0,20}multipart/related\b", re.I | re.M)
# An HTML tag in a JSON string value ("<p>", "<br/>", "</div>").
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}[\s/>]")
_JSON_TYPE = re.compile(r"\s{0,20}(?:json|(?:application|text)/(?:[\w.-]{0,60}\+)?json)\s{0,20}(?:;|$)", re.I)


def mhtml_page(data: bytes, content_type: str | None = None) -> tuple[bytes, str] | None:
    """The page an MHTML message holds: ``(payload bytes, its part's content type)``, or
    ``None`` when ``data`` is not a ``multipart/related`` message or holds no HTML or text part.

    The payload is the first ``text/html`` part (else the first ``text/plain`` one) with its
    transfer encoding undone; its content type keeps the part's ``charset`` parameter, so that
    decoding takes it as declared.
    """
    given = (content_type or "").split(";", 1)[0].strip().lower()
    if given != "multipart/related":
        head = data[:_MIME_HEAD_BYTES].lstrip().decode("latin-1")  # headers are ASCII
        end = min((k for k in (head.find("\n\n"), head.find("\n\r\n")) if k >= 0), default=-1)
        if end < 0 or _HEADER_LINE.match(head) is None or _MULTIPART_RELATED.search(head[:end]) is None:
            return None
        data = data.lstrip()
    elif content_type and not _MULTIPART_RELATED.search(data[:_MIME_HEAD_BYTES].decode("latin-1")):
        # the HTTP header named the type: the body is the message's parts alone
        data = b"Content-Type: " + content_type.encode("ascii", "replace") + b"\r\n\r\n" + data
    message = message_from_bytes(data)
    if not message.is_multipart():
        return None
    parts: list[Message] = [p for p in message.walk() if not p.is_multipart()]
    for wanted in ("text/html", "text/plain"):
        part = next((p for p in parts if p.get_content_type() == wanted), None)
        if part is None:
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset()
        return payload, wanted + (f"; charset={charset}" if charset else "")
    return None


def is_json(content_type: str | None, text: str) -> bool:
    """Whether ``text`` should be read as JSON: its content type says so, or it starts with
    ``{`` or ``[`` (the caller then tries to parse it)."""
    if content_type and _JSON_TYPE.match(content_type):
        return True
    return text[:1000].lstrip()[:1] in ("{", "[")


def json_page(text: str) -> tuple[str, str] | None:
    """A JSON document's long string values as a page: ``(page, "html" or "text")``, or
    ``None`` when ``text`` is not JSON (or holds a scalar only). See the module docstring."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, (dict, list)):
        return None
    strings: list[str] = []
    stack: list[object] = [value]
    while stack and len(strings) < MAX_JSON_STRINGS:
        item = stack.pop()
        if isinstance(item, str):
            s = item.strip()
            if len(s) >= MIN_JSON_STRING and (any(c.isspace() for c in s) or not s.isascii()):
                strings.append(s)
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))  # popped in document order
        elif isinstance(item, list):
            stack.extend(reversed(item))
    if not any(_MARKUP.search(s) for s in strings):
        return "\n\n".join(strings), "text"
    blocks = [s if _MARKUP.search(s) else f"<p>{_html.escape(s)}</p>" for s in strings]
    body = "\n".join(f"<div>{b}</div>" for b in blocks)
    return f"<!doctype html><html><head><meta charset='utf-8'></head><body>{body}</body></html>", "html"


# An RSS or Atom feed: the XML declaration, then (past comments, a stylesheet instruction or a
# doctype) its root element.
_FEED_TYPE = re.compile(r"\s{0,20}(?:xml|(?:application|text)/(?:rss\+xml|atom\+xml|rdf\+xml|xml))\s{0,20}(?:;|$)", re.I)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]")
_FEED_HEAD = 2048  # characters in which a feed's root element must open
# An item or entry on its own, without the feed around it: read inside a feed of one item.
_FEED_ITEM = re.compile(r"<(?P<tag>item|entry)[\s>]")
_FEED_ITEM_END = re.compile(r"</(?:item|entry)>\s{0,20}$")
MAX_FEED_ITEMS = 200
"""Items of a feed read at most (a feed's page holds them all, one ``<article>`` each)."""


def is_feed(content_type: str | None, text: str) -> bool:
    """Whether ``text`` should be read as an RSS/Atom feed: its content type says so, or it opens
    with ``<?xml`` and its root element (within the first 2,048 characters) is ``<rss>``,
    ``<feed>`` or ``<rdf:RDF>``, or it is one ``<item>`` or ``<entry>`` on its own (opening the
    text and closing it), whatever type was given."""
    head = text[:_FEED_HEAD].lstrip("\ufeff \t\r\n")
    if _FEED_ITEM.match(head) and _FEED_ITEM_END.search(text[-_FEED_HEAD:]):
        return True  # one <item> or <entry> cut out of its feed (a crawler's or an export's record)
    if content_type and _FEED_TYPE.match(content_type):
        return _FEED_ROOT.search(head) is not None
    return head.startswith("<?xml") and _FEED_ROOT.search(head) is not None


def _attr(value: object) -> str:
    return _html.escape(str(value or "").strip(), quote=True)


def feed_page(text: str) -> tuple[str, str] | None:
    """An RSS/Atom feed as the HTML page its items make: ``(page, "html")``, or ``None`` when
    feedparser finds no item with a title or content. See the module docstring."""
    import feedparser  # imported here: only a feed pays for it

    head = text[:_FEED_HEAD].lstrip("\ufeff \t\r\n")
    if item := _FEED_ITEM.match(head):
        text = (
            f'<rss version="2.0"><channel>{text}</channel></rss>'
            if item.group("tag") == "item"
            else f'<feed xmlns="http://www.w3.org/2005/Atom">{text}</feed>'
        )
    # the text is already decoded: its declaration must not send feedparser to another codec
    body = re.sub(r"^(\s{0,20}<\?xml[^>]{0,200}?encoding=)[\"'][^\"']{1,40}[\"']", r'\1"utf-8"', text, count=1)
    parsed = feedparser.parse(io.BytesIO(body.encode("utf-8", "surrogatepass")))
    channel = parsed.get("feed", {})
    items = [e for e in parsed.get("entries", [])[:MAX_FEED_ITEMS] if e.get("title") or e.get("summary") or e.get("content")]
    if not items:
        return None
    site = channel.get("title") or ""
    rights = items[0].get("rights") or channel.get("rights") or ""
    articles = []
    for item in items:
        content = next((c.get("value") for c in item.get("content", []) if c.get("value")), None) or item.get("summary") or ""
        author = item.get("author") or ""
        date = item.get("published") or item.get("updated") or ""
        articles.append(
            "<article>"
            + (f"<h1>{_attr(item.get('title'))}</h1>" if item.get("title") else "")
            + (f"<p class='byline'>By {_attr(author)}</p>" if author else "")
            + (f"<time datetime='{_attr(date)}'>{_attr(date)}</time>" if date else "")
            + f"<div class='content'>{content}</div></article>"
        )
    one = items[0] if len(items) == 1 else None
    head = "".join(
        (
            "<meta charset='utf-8'>",
            f"<title>{_attr(one.get('title') if one else site)}</title>",
            f"<meta property='og:site_name' content='{_attr(site)}'>" if site else "",
            f"<meta name='copyright' content='{_attr(rights)}'>" if rights else "",
            f"<meta name='author' content='{_attr(one.get('author'))}'>" if one and one.get("author") else "",
            f"<link rel='canonical' href='{_attr(one.get('link'))}'>" if one and one.get("link") else "",
        )
    )
    return f"<!doctype html><html><head>{head}</head><body>{''.join(articles)}</body></html>", "html"
