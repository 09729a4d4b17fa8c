"""Ingest step 2: the main text of an HTML page, and the page's other visible text.

Input: decoded, cleaned HTML (see :mod:`reprint_guard.ingest.decode`). Output, function by
function: the lxml tree (:func:`_parse_html`, ``None`` when libxml2 refuses the page, then
:func:`_markup_free_text`), the tree cleaned of hidden junk runs (:func:`_drop_hidden_runs`),
ruby annotations, reader comments and layout tables, the main text with title, date and site name (:func:`_fast_extraction` for a page whose
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

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from reprint_guard.textfold import _holds_word

from .tree import (  # noqa: F401 (re-exported for extract.py)
    _AMP_STANDIN,
    _ARIA_HIDDEN,
    _ASCII_LOWER,
    _BLOCK_INSIDE,
    _BLOCK_TAG,
    _BLOCK_TAGS,
    _CLASS_VALUES,
    _COLLAPSED_BLOCK_CHARS,
    _COMMENT_TOKEN,
    _COMMENT_WORDS,
    _COMPETING,
    _CSS_ATTRIBUTE,
    _CSS_CLEAR_COLOUR,
    _CSS_COMBINATOR,
    _CSS_ESCAPE_SEQ,
    _CSS_HIDING,
    _CSS_LOGICAL,
    _CSS_NAME,
    _CSS_PSEUDO,
    _CSS_ROOT_RULE,
    _CSS_VAR,
    _interleaving_kinds,
    _read_interleaved,
    _DOOMED,
    _FLAT_CLOSE,
    _FLAT_SKIP,
    _FLAT_TAG,
    _HIDDEN_BY_MARKUP,
    _HIDDEN_RUN_CHARS,
    _HIDDEN_TAG,
    _ID_VALUES,
    _LAYOUT_CELL_CHARS,
    _LITERAL_REFS,
    _LITERAL_REF_NODES,
    _MAX_HIDING_RULES,
    _MAX_LAYOUT_CELLS,
    _MAX_STYLE_CHARS,
    _MAYBE_HIDDEN,
    _PARAGRAPH_INSIDE,
    _RUN_TAGS,
    _SKIP_TAGS,
    _STANDIN_NODES,
    _STYLE_FOLDED,
    _STYLE_TEXT,
    _TABLE_PARTS,
    _TRAFILATURA_DROPS,
    _UPPER,
    _VISIBLE,
    _VISIBLE_NO_LINKS,
    _VISIBLE_WITH_HEADER_FOOTER,
    _apply_css_order,
    _class_tokens,
    _competing_stylesheet,
    _drop_comment_sections,
    _drop_hidden_runs,
    _drop_ruby_annotations,
    _hidden_by_stylesheet,
    _hides,
    _hiding,
    _hiding_selectors,
    _is_hidden,
    _is_short_run_in_text,
    _is_zero_length,
    _letters,
    _show_bidi_overrides,
    _markup_free_text,
    _parse_html,
    _prefer_fallback,
    _relined,
    _remove,
    _renamed,
    _strip_css_comments,
    _swap_refs,
    _unwrap_layout_tables,
    _visible_stylesheet,
    _visible_text,
    _without_hiding,
)
from .meta import (  # noqa: F401 (re-exported for extract.py)
    _HOST_CHARS,
    _HtmlMeta,
    _INLINE_TAGS,
    _ISO_DATE,
    _ISO_PREFIX,
    _JSONLD_DATE,
    _META_BACKUP_SITENAME_NAMES,
    _META_DATE_KEY,
    _META_PUBLISHER_NAMES,
    _META_TITLE_NAMES,
    _MODIFIED_KEY,
    _PATH_CHARS,
    _TITLE_SEPARATORS,
    _URL_DATE,
    _Unsure,
    _absolute_http_url,
    _clean_inline,
    _first_text,
    _head_dates,
    _head_metadata,
    _looks_like_hostname,
    _meta_content,
    _page_url,
    _page_url_claim,
    _plain_url,
    _site_from_url,
    _title_parts,
    _trafilatura_trim,
)
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

# Pages with more elements skip trafilatura (about 50 µs per element: 300,000 empty <p> take
# 15 s) and are read by the lxml walk alone; a news page has a few thousand.
_MAX_EXTRACTOR_ELEMENTS = 50_000
# Pages showing more text than this skip trafilatura too: it copies the parse tree twice
# (its cleaning and its backup tree) and takes ~1 s per MB; no news article is this long
# (a long report is ~30,000 characters), so such a page is a dump, a forum thread or an attack.
_MAX_EXTRACTOR_TEXT = 200_000
_TABLE_ROW = re.compile(r"\|[^\n]{0,100000}\|")
_TABLE_RULE = re.compile(r"\|[\s|:-]{0,10000}")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


# ---------------------------------------------------------------------------------------------
# Hidden text: short runs a reader never sees are dropped, long collapsed blocks shown
# ---------------------------------------------------------------------------------------------


def _trafilatura_text(tree: HtmlElement, *, url: str | None) -> tuple[str, _HtmlMeta]:
    """trafilatura's main text and metadata, with literal ``&nbsp;`` text kept as the reader
    sees it (see :data:`_LITERAL_REFS`)."""
    nodes = _LITERAL_REF_NODES(tree)
    shielded = bool(nodes) and _AMP_STANDIN not in tree.text_content()
    if shielded:
        _swap_refs(nodes, to_standin=True)
    try:
        text, meta = _run_trafilatura(tree, url=url)
    finally:
        if shielded:
            _swap_refs(_STANDIN_NODES(tree), to_standin=False)
    if shielded:
        text = text.replace(_AMP_STANDIN, "&")
        meta = _HtmlMeta(*(v.replace(_AMP_STANDIN, "&") if v else v for v in (meta.title, meta.date, meta.sitename)))
    return text, meta


def _run_trafilatura(tree: HtmlElement, *, url: str | None) -> tuple[str, _HtmlMeta]:
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

_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
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
    with _hiding(tree), _renamed([block], _BLOCK_TAG):
        records = str(_COMPETING(tree))
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


