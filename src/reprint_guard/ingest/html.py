"""Ingest step 2: the main text of an HTML page, and the page's other visible text.

Input: decoded, cleaned HTML (see :mod:`reprint_guard.ingest.decode`). Output, function by
function: the lxml tree (:func:`_parse_html`, ``None`` when libxml2 refuses the page, then
:func:`_markup_free_text`), the tree cleaned of ruby annotations, reader comments and layout
tables, the main text with title, date and site name (:func:`_fast_extraction` for a page whose
article is one clear block of paragraphs, about a quarter of trafilatura's time for the same
text; :func:`_trafilatura_text` otherwise; :func:`_prefer_fallback` says when the plain lxml walk
:func:`_visible_text` replaces it), and the page's visible text with its header and footer,
where the composition step (:mod:`reprint_guard.extract`) looks for credits and for a notice
that trafilatura left out. Whether a line is a notice, a title or an editor line is not decided
here: the fast path asks the later steps through a :class:`TextReading`.

Every regular expression here runs on untrusted text, so each is written to run in linear
time: no nested quantifiers, repetitions bounded wherever a match can fail late.
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from reprint_guard.ingest.decode import _clean_text
from reprint_guard.textfold import _holds_word

__all__ = ["TextReading"]


@dataclass(frozen=True)
class TextReading:
    """How the steps after this module read a main text, as the fast path must know it to
    promise the Document that trafilatura's text would give. The composition step
    (:mod:`reprint_guard.extract`) supplies it from :mod:`reprint_guard.ingest.layout` and
    :mod:`reprint_guard.notice.find`, which this module may not import.

    Attributes:
        is_editor_line: whether a line is an editor line (``责任编辑：X``) that the layout
            step drops when it trails the article.
        headline_matters: ``(headline, lines, title)`` → whether reading ``headline`` before
            ``lines`` gives another Document than ``lines`` alone, ``title`` being the page's
            known title.
    """

    is_editor_line: Callable[[str], bool]
    headline_matters: Callable[[str, list[str], str | None], bool]


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


def _fast_extraction(
    tree: HtmlElement, *, url: str | None, visible: str, reading: TextReading
) -> tuple[str, _HtmlMeta] | None:
    """``(main_text, metadata)`` without trafilatura, or ``None`` when unsure.

    Taken only when both parts are confident: :func:`_dominant_block` finds one dominant
    block of plain paragraphs, and :func:`_head_metadata` can read the title, date and site
    name the way trafilatura's metadata step would. ``visible`` is the page's
    :func:`_visible_text`; ``reading`` says how the later steps read the text.
    """
    try:
        found = _dominant_block(tree, visible, reading=reading)  # first: most unsure pages fail here, cheaply
        meta = _head_metadata(tree, url)
        return _block_text(tree, found, meta.title, reading=reading), meta
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


def _check_no_competition(records: str, is_editor_line: Callable[[str], bool]) -> None:
    """Raise :class:`_Unsure` unless the text blocks outside the dominant block (records of
    :func:`_competing_stylesheet`) are all ones trafilatura leaves out or that change
    nothing: links (trafilatura drops link-dense blocks) with at most a few characters
    besides them, such as a count or a date, but no linked headings; headings after the
    block (trafilatura drops trailing headings); editor lines after it
    (the layout step drops trailing ones: ``is_editor_line``)."""
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
        if kind == "B" and after and not links.strip() and is_editor_line(text.strip()):
            continue  # the layout step drops trailing editor lines either way
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


def _dominant_block(tree: HtmlElement, visible: str, *, reading: TextReading) -> _Block:
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
    _check_no_competition(records, reading.is_editor_line)
    return _Block(block, part, lines, texts)


def _block_text(tree: HtmlElement, found: _Block, title: str | None, *, reading: TextReading) -> str:
    """The main text of ``found``: one line per paragraph (per ``<br>``-separated part), the
    ``<h1>`` first where trafilatura keeps it (see :func:`_headline`).

    Raises:
        _Unsure: the headline question cannot be settled, or a paragraph repeats the one
            before it (trafilatura drops the repeat when it is over 50 characters).
    """
    lines, texts = list(found.lines), list(found.texts)
    headline = _headline(tree, found.part, found.element, lines, title, reading.headline_matters)
    if headline:
        lines.insert(0, headline)
        texts.insert(0, headline)
    if any(a == b and len(a) > _REPEAT_CHARS for a, b in pairwise(texts)):
        raise _Unsure("a paragraph repeating the one before")
    return "\n".join(lines)


def _headline(
    tree: HtmlElement,
    part: HtmlElement,
    block: HtmlElement,
    lines: list[str],
    title: str | None,
    headline_matters: Callable[[str, list[str], str | None], bool],
) -> str | None:
    """The ``<h1>`` line to put before the block's lines, as trafilatura would, or ``None``.

    trafilatura's text holds the headline when it sits in the part of the page trafilatura
    takes as the article (``part``). It changes the Document only when the layout step
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
    if not headline_matters(text, lines, title):
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


_COPYRIGHT_META_KEYS = ("copyright", "dcterms.rightsholder", "dc.rights", "dcterms.rights", "rights", "article:copyright")
_MAX_COPYRIGHT_META = 500


def _copyright_meta(tree: HtmlElement) -> str | None:
    """The page's machine-readable copyright line: ``<meta name="copyright">`` (or Dublin Core
    rights), else JSON-LD ``copyrightHolder`` (its ``name``), else an RSS ``<copyright>`` or NewsML
    ``<CopyrightLine>`` element. A candidate notice handed to the notice wing when the visible
    text holds none; at most 500 characters, ``None`` when absent."""
    for key in _COPYRIGHT_META_KEYS:
        value = _meta_content(tree, key)
        if value:
            return value[:_MAX_COPYRIGHT_META]
    for el in tree.iter("script"):
        if el.get("type") != "application/ld+json" or not (el.text or "").strip():
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        holder = _json_ld_holder(data, depth=0)
        if holder:
            return _clean_inline(holder)[:_MAX_COPYRIGHT_META] or None
    for el in tree.iter("copyrightline", "copyright"):
        text = _clean_inline(el.text_content())
        if text:
            return text[:_MAX_COPYRIGHT_META]
    return None


def _json_ld_holder(data: object, *, depth: int) -> str | None:
    if depth > 4:
        return None
    if isinstance(data, list):
        for item in data[:20]:
            found = _json_ld_holder(item, depth=depth + 1)
            if found:
                return found
        return None
    if not isinstance(data, dict):
        return None
    holder = data.get("copyrightHolder")
    if isinstance(holder, list):
        holder = holder[0] if holder else None
    if isinstance(holder, dict):
        holder = holder.get("name")
    if isinstance(holder, str) and holder.strip():
        return holder
    graph = data.get("@graph")
    return _json_ld_holder(graph, depth=depth + 1) if graph is not None else None
