"""Pipeline step 1 put together: bytes, HTML or plain text → :class:`~reprint_guard.models.Document`.

This module comes after both wings it joins (see :mod:`reprint_guard.ingest` and
:mod:`reprint_guard.notice`): ingest decodes the bytes (:mod:`~reprint_guard.ingest.decode`),
reads the main text of a page and hands over its other visible text
(:mod:`~reprint_guard.ingest.html`) and splits text into lines, title, date and credits
(:mod:`~reprint_guard.ingest.layout`); notice finds the notice block among those lines
(:mod:`~reprint_guard.notice.find`). :func:`extract` assembles the Document: the body is the
text minus the notice's lines, and a page whose main text holds no notice has its visible text
searched for one with licence terms. The fast path's questions about how the text will be read
(:class:`~reprint_guard.ingest.html.TextReading`) are answered here too.

The module also keeps the names of the old one-module ``extract`` importable for one release
(they live in the ingest and notice wings now).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from itertools import islice
from urllib.parse import unquote, urljoin, urlsplit

import lxml.etree
import phonenumbers

from reprint_guard.ingest import EXTRACTOR_VERSION, channels, decode, html, layout, meta, wrappers
from reprint_guard.ingest.decode import (
    _clean_text,
    _content_kind,
    _repair_mojibake,
    _unescape_entity_text,
    decode_bytes,
)
from reprint_guard.ingest.channels import FALLBACK_LETTERS, _inline_framed_text, _reveal_other_channels
from reprint_guard.ingest.meta import (
    _byline_elements,
    _copyright_meta,
    _fits_site_name,
    _logo_site,
    _meta_author,
    _platform_account,
    _publisher_site,
    _time_beside,
)
from reprint_guard.ingest.html import (
    _MAX_EXTRACTOR_ELEMENTS,
    _MAX_EXTRACTOR_TEXT,
    _HtmlMeta,
    _apply_css_order,
    _drop_comment_sections,
    _drop_hidden_runs,
    _interleaving_kinds,
    _read_interleaved,
    _drop_ruby_annotations,
    _show_bidi_overrides,
    _first_text,
    _head_dates,
    _letters,
    _looks_like_hostname,
    _markup_free_text,
    _meta_content,
    _page_url_claim,
    _parse_html,
    _prefer_fallback,
    _relined,
    _trafilatura_text,
    _unwrap_layout_tables,
    _visible_text,
    TextReading,
)
from reprint_guard.ingest.layout import (
    _HEADER_LINES,
    _Line,
    _shown_dates,
    _date_above,
    _split_credits,
    _Meta,
    _ParsedText,
    _body_lines,
    _closing_byline,
    _find_date,
    _drop_trailing_editor_lines,
    _is_breadcrumb,
    _is_editor_line,
    _is_masthead,
    _lay_out,
    _opening_dateline,
    _page_credits,
    _PICTURE_CREDIT,
    _parse_meta_line,
    _permission_claims,
    _same_title,
    _title_key,
)
from reprint_guard.models import Decoding, Document, LicenceNotice
from reprint_guard.platforms import is_platform_name, on_shared_platform
from reprint_guard.notice import find, notice_terms, parse_notice
from reprint_guard.notice.contacts import _email_hits, _fold
from reprint_guard.notice import parse as notice_parse
from reprint_guard.textfold import without_in_word_blanks, without_letter_spacing
from reprint_guard.notice.find import (
    PICTURE_CREDIT_LINE,
    _LEADING_LINES,
    _find_leading_notice,
    _find_site_claim,
    _find_notice_span,
    _NoticeSpan,
    _trailing_contacts,
    _is_prose_after,
    _is_notice_heading,
    _is_notice_heading_or_disclaimer,
    _is_notice_line,
    _is_takedown_contact,
    _CLAIM_VOCAB,
    _DESK_CONTACT,
    _SENTENCE_BREAK,
    _LICENSING_CONTACT,
    _LICENSING_LABEL,
    _is_contact_line,
    is_desk_line,
    without_menu_rows,
    _licensing_contacts_after,
    _may_hold_licence_terms,
    _may_hold_notice_wording,
    _PLATFORM_STATEMENT,
    _notice_start_in,
    _simplified,
    _SYNDICATED_HINT,
    _SYNDICATED_OPENING,
)

__all__ = ["EXTRACTOR_VERSION", "decode_bytes", "extract", "page_notice"]

# Compatibility (one release): every name the one-module ``extract`` defined stays importable
# from here. New code imports from the wing that holds the name.
globals().update(
    {
        name: value
        for module in (decode, channels, html, layout, find, wrappers, meta)  # wrappers, meta: listed so their patterns are timed
        for name, value in vars(module).items()
        if name.startswith("_") and not name.startswith("__") and name not in globals()
    }
)


# ---------------------------------------------------------------------------------------------
# Public entry
# ---------------------------------------------------------------------------------------------


_MIME_SNIFF = 8192  # characters of a str looked at for an MHTML header block


# A soft hyphen written as a character reference (&shy; &#173; &#xad;): the markup's spelling of
# the character the decoder drops.
_SOFT_HYPHEN_REF = re.compile(r"&(?:shy|#0{0,4}173|#[xX]0{0,4}[aA][dD]);")


def extract(
    data: str | bytes,
    *,
    content_type: str | None = None,
    url: str | None = None,
    path: str | None = None,
    bylines: bool = True,
    after_notice: bool = False,
    readings: bool = False,
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
        bylines: also look for the byline outside the article's header lines (the page's
            visible lines, author markup, ``<meta name="author">``, JSON-LD). Protecting needs
            it (a notice may give the rights to the author); checking a page does not, and
            skips the search (about 0.1 ms a page).
        after_notice: keep in ``text`` the sentences a page prints after its notice. An
            article's are promotions and site blurbs (下载客户端…), left out when protecting;
            on a page being checked they may be copied text (paragraphs of another article
            pasted under a permitted copy's notice), so checking keeps them.
        readings: give an interleaved page's other readings (``Document.readings``: the page
            read without, and with only, the kind of element that cuts its text into short
            runs; a plain text spaced out letter by letter read with its letters joined, see
            :func:`~reprint_guard.textfold.without_letter_spacing`). Only a check compares
            them; protecting skips the extra parses.

    Returns:
        A :class:`Document` whose ``text`` holds the article body, one paragraph per line
        (``"\\n"``-separated, no blank lines), with navigation, the title/date/source lines
        and the trailing licensing notice cut out. ``notice_text`` holds that notice verbatim,
        ``credits`` the attributions the page states (``来源：X``, ``转载自X``,
        ``Source: X``), ``date`` an ISO ``YYYY-MM-DD`` date, ``decoding`` the codec and the
        rule that chose it (see :func:`decode_bytes`). Empty or whitespace-only input gives a
        Document with empty ``text``; the caller decides to skip it.

    Raises:
        InputError: the bytes are binary: a known binary signature (PDF, ZIP, gzip, images)
            or more than 10% control bytes (NUL included) in the first 8 KB; a few stray
            controls in text are dropped instead. Or the text is mojibake that ftfy cannot
            undo (see :func:`~reprint_guard.ingest.decode._repair_mojibake`). The message names
            ``path`` and the fix.
        TypeError: ``data`` is neither ``str`` nor bytes-like.

    Three wrappers are opened first (see :mod:`~reprint_guard.ingest.wrappers`): a page saved as
    MHTML (``multipart/related``) is read as its HTML part, before decoding; an RSS or Atom
    feed (a feed content type, or text opening with ``<?xml`` and a feed's root element,
    whatever type was given) as the page its items make, and a JSON document
    (``application/json`` or text that parses as a JSON object or array) as the page its long
    string values make, both after decoding.

    Plain text that is clearly entity-escaped (three or more references such as ``&nbsp;``,
    ``&#12288;``, ``&ldquo;``) has its references decoded once, as a browser would show it
    (see :func:`~reprint_guard.ingest.decode._unescape_entity_text`); HTML is decoded once
    by its parser, so ``&amp;nbsp;`` in a page stays the text ``&nbsp;``.

    HTML main text comes from trafilatura (``bare_extraction`` with
    ``include_comments=False, include_tables=True, favor_recall=True``; see
    https://trafilatura.readthedocs.io/en/latest/corefunctions.html), after ruby
    annotations (``<rt>``, ``<rp>``) and reader-comment sections are removed and layout
    tables are unwrapped; a page whose article is one dominant block of plain paragraphs
    and whose metadata sits in ``<head>`` is read without it, to the same text, title, date
    and site name (see :func:`_fast_extraction`). See :func:`_prefer_fallback` for when a
    plain lxml text walk replaces trafilatura's result; pages of more than 50,000 elements or
    200,000 characters of visible text get that walk only (trafilatura copies the parse tree
    twice and takes ~1 s per MB). A
    page libxml2 refuses (nesting deeper than 256 elements, a text node over 10 MB) is read as
    the flat text between its tags (:func:`_markup_free_text`) rather than lost. Credits,
    the date of a ``来源`` line and a notice that trafilatura leaves out (``<p class="meta">``,
    ``<div class="info">``, ``<footer>``) are read from the page's visible text.
    """
    if isinstance(data, str) and data[:_MIME_SNIFF].lstrip()[:1].isalpha() and "multipart/related" in data[:_MIME_SNIFF].lower():
        page = wrappers.mhtml_page(data.encode("utf-8", "surrogatepass"), content_type)  # MHTML handed in as text
        if page is not None:
            data, content_type = page
    elif isinstance(data, (bytes, bytearray, memoryview)):
        page = wrappers.mhtml_page(bytes(data), content_type)  # a page saved as MHTML
        if page is not None:
            data, content_type = page
    if isinstance(data, str):
        text = data
        decoding = Decoding(encoding="utf-8", rule="str")
    elif isinstance(data, (bytes, bytearray, memoryview)):
        text, decoding = decode_bytes(bytes(data), content_type=content_type, path=path)
    else:
        raise TypeError(f"extract() takes str or bytes, not {type(data).__name__}")

    # Before cleaning: mojibake holds C1 controls. Only bytes read from a file are refused.
    text, repair = _repair_mojibake(text, path, refuse=decoding.rule != "str")
    if repair is not None:
        decoding = replace(decoding, repair=repair)
    text = _clean_text(text)
    if wrappers.is_feed(content_type, text):
        page = wrappers.feed_page(text)  # an RSS or Atom feed: the page its items make
        if page is not None:
            text, content_type = _clean_text(page[0]), page[1]
    elif wrappers.is_json(content_type, text):
        page = wrappers.json_page(text)  # an article carried in a JSON API response
        if page is not None:
            text, content_type = _clean_text(page[0]), page[1]
    kind = _content_kind(content_type, text)
    given_url = (url.strip() or None) if url else None
    if not text.strip():
        return Document(text="", url=given_url, decoding=decoding, content_type=kind)
    if kind == "html":
        if "&" in text:
            text = _SOFT_HYPHEN_REF.sub("", text)  # invisible: what _clean_text drops as a character
        return _from_html(text, decoding=decoding, url=given_url, bylines=bylines, after_notice=after_notice,
                          readings=readings)
    unescaped = _unescape_entity_text(text)
    if unescaped is not text:
        text = _clean_text(unescaped)
    parsed = _parse_text(text, after_notice=after_notice, unwrap=True)
    if parsed.notice_text is not None:
        parsed = replace(parsed, notice_text=_with_imprint_above(_with_licensing_mailboxes(parsed.notice_text, text, parsed.text), text))
    spaced = ()
    if readings and (joined := without_letter_spacing(text)) is not None:
        # letters spaced out one by one (a line break or blank line after each letter): the
        # layout reads each letter as a line of its own and loses the wider word gaps, so the
        # text is also read with its letters joined, before the layout
        again = _parse_text(joined, after_notice=after_notice, unwrap=True).text
        spaced = (again,) if again.strip() and again != parsed.text else ()
    return Document(
        text=parsed.text,
        title=parsed.title,
        date=parsed.date,
        outlet=_text_outlet(parsed.source, text, parsed.notice_text),
        url=given_url,
        notice_text=parsed.notice_text,
        decoding=decoding,
        content_type="text",
        credits=parsed.credits,
        claims=tuple(_permission_claims(text)),
        author=parsed.author or _closing_byline(parsed.text),  # a reporter credited under the text
        header_lines=parsed.header_lines,
        credit_lines=parsed.credit_lines,
        links=_printed_links(text),
        readings=spaced,
    )


# ---------------------------------------------------------------------------------------------
# Text: layout and notice
# ---------------------------------------------------------------------------------------------


# A short question opening the notice's line ("Want to use this article?", 想转载本文？): no sentence
# of the article's.
_LEAD_QUESTION = re.compile(r"[^.!?。！？\n]{3,60}[?？]")


# A press release's end mark on a line of its own: ENDS, -ENDS-, — END —, ###, -30-, （完）
_RELEASE_END = re.compile(r"[-–—#*=~\s]{0,4}(?i:ends?|#{3,})[-–—#*=~\s]{0,4}|[（(【\[]?(?:全文)?完[）)】\]]?|#{3,}|-[ ]?30[ ]?-")
# The first heading of a release's trailer
_RELEASE_TRAILER = re.compile(
    r"(?i:about (?!us\b|this\b|our\b|the (?:site|website|author|paper)\b)(?:the )?[A-Z0-9][\w&'’.\- ]{1,60}|notes? (?:to|for) (?:the )?editors?|editors?['’]? notes?|(?:media|press) (?:contacts?|enquiries|inquiries)"
    r"|enquiries|inquiries|for (?:further|more) information(?:,? please contact)?|forward[- ]looking statements?)[ ]?:?"
    r"|(?:关于|關於)(?!我们|我們)[\u4e00-\u9fffA-Za-z]{2,16}|媒体联系(?:人|方式)?|媒體聯絡(?:人)?|新闻联络(?:人)?|新聞聯絡(?:人)?"
)
_RELEASE_TAIL_LINES = 20  # lines a release's trailer runs to after its first heading
_RELEASE_SHARE = 0.5  # of the text's characters before a release's end


def _release_end(lines: Sequence[_Line]) -> int | None:
    """Index of the line that closes a press release's text (:data:`_RELEASE_END`, or the first
    heading of its trailer, :data:`_RELEASE_TRAILER`, with at most :data:`_RELEASE_TAIL_LINES`
    lines after it), past :data:`_RELEASE_SHARE` of the text; ``None`` when there is none."""
    total = sum(len(line.text) for line in lines)
    seen = 0
    for k, line in enumerate(lines):
        if k > 0 and seen >= _RELEASE_SHARE * total:
            text = line.text.strip()
            if _RELEASE_END.fullmatch(text) or (len(text) <= 60 and len(lines) - k - 1 <= _RELEASE_TAIL_LINES and _RELEASE_TRAILER.fullmatch(text)):
                return k
        seen += len(line.text)
    return None


def _parse_text(
    text: str, *, known_title: str | None = None, after_article: bool = False, after_notice: bool = False,
    unwrap: bool = False,
) -> _ParsedText:
    """Split plain text into body, title, date, credits and trailing licensing notice.

    ``known_title`` (from HTML metadata) replaces the "short first line" guess: only a line
    matching it is taken as the title. The layout wing gives the lines
    (:func:`~reprint_guard.ingest.layout._body_lines`), the notice wing the notice's first line
    (:func:`~reprint_guard.notice.find._find_notice`); the body is the lines before it, read by
    :func:`~reprint_guard.ingest.layout._lay_out`. ``after_article``: the text is what a page
    shows after its article (see :func:`~reprint_guard.notice.find._find_notice_span`).
    ``after_notice``: the sentences after the notice stay in the body (see :func:`extract`).
    ``unwrap``: the text is a plain-text input, whose hard-wrapped English paragraphs the notice
    finder reads as one line each (see :func:`~reprint_guard.ingest.layout._split_lines`); an HTML
    page's lines are its blocks.
    """
    body = _body_lines(text, keep_trailing_editor_lines=True)
    notice_text = None
    cut: Sequence[_Line] = ()
    # A press release's end (ENDS, ###, -30-) or its trailer's first heading (About X, Notes to
    # editors, Media contacts, 关于X, 媒体联系) closes its text: what follows is the issuer's
    # boilerplate, read for the notice only (a verbatim copy of the story came out `edited`).
    release_tail: Sequence[_Line] = ()
    if not after_article and (end := _release_end(body)) is not None:
        body, release_tail = body[:end], body[end + 1 :] if _RELEASE_END.fullmatch(body[end].text.strip()) else body[end:]
        cut = release_tail
    if unwrap:
        # the finder reads a hard-wrapped notice's sentences whole; the body keeps its lines as
        # printed (alignment and coverage are tuned on them)
        unwrapped = _body_lines(text, keep_trailing_editor_lines=True, unwrap=True)
        if release_tail:
            unwrapped = [line for line in unwrapped if body and line.end <= body[-1].end]
        span = _find_notice_span(unwrapped, after_article=after_article)
        if span is not None and len(unwrapped) != len(body):
            span = _span_on_lines(span, unwrapped, body)
    else:
        span = _find_notice_span(body, after_article=after_article)
    if span is not None and span.offset and _LEAD_QUESTION.fullmatch(body[span.start].text[: span.offset].strip()):
        # "Want to use this article? Contact our licensing partner …": the question is the notice's
        span = replace(span, offset=0)
    if span is not None:
        first = body[span.start]
        notice_text = without_menu_rows(text[first.start + span.offset : body[span.end - 1].end].strip())
        first_cut = span.start if span.cut is None else span.cut
        cut = body[first_cut + (1 if span.offset else 0) :]
        kept = body[:first_cut]
        if span.offset:
            # the notice is glued to the end of an article paragraph: keep the paragraph
            head = first.text[: span.offset].rstrip()
            kept.append(_Line(first.start, first.start + len(head), head))
        if after_notice:
            kept += [line for line in body[span.end :] if _is_prose_after(line.text)]
        body = kept
        lead = None if _holds_claim_or_terms(notice_text) else _find_leading_notice(body)
        if lead is not None:
            # only a platform's statement closes the text; the claim opens it (本文系…签约账号【X】原创
            # 内容，未经账号授权，禁止随意转载 over the text, 特别声明：本文为…作者上传并发布 under it)
            notice_text = body[lead].text
            body = [*body[:lead], *body[lead + 1 :]]
    else:
        lead = _find_leading_notice(body)
        if lead is not None:
            notice_text = body[lead].text
            # its contact lines may close the article (原创声明 above, 联系人/电话/邮箱 below)
            tail = _trailing_contacts(body)
            if tail is not None and tail > lead + 1:
                notice_text = "\n".join([notice_text, *(line.text for line in body[tail:])])
                body = body[:tail]
            body = [*body[:lead], *body[lead + 1 :]]
    if notice_text is None and release_tail:
        tail_span = _find_notice_span(release_tail, after_article=True)
        if tail_span is not None:
            first = release_tail[tail_span.start]
            notice_text = text[first.start + tail_span.offset : release_tail[tail_span.end - 1].end].strip()
    body = _drop_trailing_editor_lines(body)
    parsed = _lay_out(body, known_title=known_title, not_a_title=_is_notice_heading_or_disclaimer)
    # credit lines among the notice and the trailers cut with it still credit a source
    _, more, more_source, printed = _split_credits(cut)
    return replace(
        parsed,
        notice_text=notice_text,
        credits=tuple(dict.fromkeys((*parsed.credits, *more))),
        credit_lines=tuple(dict.fromkeys((*parsed.credit_lines, *printed))),
        source=parsed.source or more_source or (_opening_dateline(parsed.text[:80]) if parsed.text else None),
    )


def _span_on_lines(span: _NoticeSpan, joined: Sequence[_Line], lines: Sequence[_Line]) -> _NoticeSpan:
    """``span`` over ``joined`` (some lines of ``lines`` joined into one) as a span over ``lines``.
    Joined lines cover their parts' offsets, so the notice starts at the same character: in the
    middle of one of ``lines`` when it starts inside a hard-wrapped paragraph."""
    at = joined[span.start].start + span.offset
    start = next(k for k, line in enumerate(lines) if line.end > at)
    end = max(k for k, line in enumerate(lines) if line.start < joined[span.end - 1].end) + 1
    cut = None if span.cut is None else next(k for k, line in enumerate(lines) if line.start >= joined[span.cut].start)
    return _NoticeSpan(start, end, max(0, at - lines[start].start), cut)


def _holds_claim_or_terms(notice: str) -> bool:
    """Whether a notice block claims the rights or states licence terms (not only a
    disclaimer or widget lines)."""
    # a heading alone (版权声明 / 著作權聲明 in a footer's link row) claims nothing
    # (a footer's rows joined on one line with its claim, as a text extraction prints them, is one)
    return any(
        (_is_notice_line(line) or _notice_start_in(line) == 0) and not _is_notice_heading(line) for line in notice.splitlines()[:40]
    )


def _block_after(visible: str, body: str, title: str | None) -> str | None:
    """The notice or trailer block the page shows after the article's last line, if any."""
    return _parse_text(_after_body(visible, body), known_title=title, after_article=True).notice_text


_CLOSING_CONTACT_LINES = 3


def _without_closing_lines_of(text: str, notice: str) -> str:
    """``text`` without its last lines (at most three) that are contact lines printed in
    ``notice``: lines of a notice block whose first line the extractor dropped."""
    lines = text.split("\n")
    k = len(lines)
    while k > 0 and len(lines) - k < _CLOSING_CONTACT_LINES:
        line = lines[k - 1].strip()
        if not line or not _is_contact_line(line) or line not in notice:
            break
        k -= 1
    return text if k == len(lines) or k == 0 else "\n".join(lines[:k]).rstrip()


def _takedown_block(found: str | None) -> str | None:
    """``found`` (a block after the article) when one of its lines asks for takedowns and gives
    a contact in the same line; ``None`` otherwise."""
    if found is None:
        return None
    return found if any(_is_takedown_contact(line) for line in found.splitlines()[:40]) else None


def _leading_notice(visible: str, body: str, hint: re.Pattern[str] | None = None) -> str | None:
    """A notice printed above the article in the page's visible text, between its title and
    its first body line (see :func:`~reprint_guard.notice.find._find_leading_notice`); with
    ``hint``, only when the text above the article holds a match of it (a cheap first look)."""
    first = next((line.strip() for line in body.splitlines() if len(line.strip()) >= 20), None)
    at = visible.find(first) if first else -1
    if at <= 0 or (hint is not None and not hint.search(visible, 0, at)):
        return None
    lines = _body_lines(visible[:at])[-_LEADING_LINES:]
    lead = _find_leading_notice(lines)
    return None if lead is None else lines[lead].text


def _site_claim_above(visible: str, body: str) -> str | None:
    """The site's © line printed in the page chrome above the article (a slide-out menu or a
    top bar holding 'Copyright X. All Rights Reserved.'), for a page that prints no notice after
    its article (see :func:`~reprint_guard.notice.find._find_site_claim`)."""
    first = next((line.strip() for line in body.splitlines() if len(line.strip()) >= 20), None)
    at = visible.find(first) if first else -1
    if at <= 0:
        return None
    lines = _body_lines(visible[:at])
    k = _find_site_claim(lines)
    return None if k is None else lines[k].text


def _with_second_terms(
    notice: str, views: Sequence[str | Callable[[], str]], body: str, title: str | None
) -> str:
    """``notice`` with a second notice block of the page (an article-end ban beside a footer's
    terms, a 声明 box in an ``<aside>``) appended, when that block states terms of use the first
    does not and none that it contradicts; when the two contradict (a site's open licence "unless
    stated otherwise" under a licensed reprint, a republish box over a footer's ban), the block
    nearer the article speaks for it. In each of ``views`` (the page's text; the page with its
    asides) the block closing the text between the article and the notice, and the block after
    the notice, are looked for, each only where licence wording stands."""
    first = None
    named: list[bool] = []  # whether the notice names its holder: parsed once, when first asked

    def names_holder() -> bool:
        if not named:
            named.append(_names_holder(notice))
        return named[0]

    lines = [x for x in (line.strip().lstrip("-•* ") for line in notice.splitlines()) if len(x) >= 4]
    for view in views:
        visible = view() if callable(view) else view
        after = _after_body(visible, body)
        # the notice's first and last lines as the view prints them (a list item's "- " mark is
        # the main-text extractor's)
        opening = next((x for x in lines if x in after), None)
        closing = next((x for x in reversed(lines) if x in after), None)
        start = after.find(opening) if opening else len(after)
        end = after.rfind(closing) + len(closing) if closing else len(after)
        for segment, nearer in ((after[:start], True), (after[end:], False)):
            if not (
                _may_hold_licence_terms(segment)
                or (not nearer and _SEGMENT_CLAIM.search(segment) is not None and not names_holder())
            ):
                continue
            other = _parse_text(segment, known_title=title, after_article=True).notice_text
            extra = [line.strip() for line in (other or "").splitlines() if line.strip() and line.strip() not in notice]
            if not extra:
                continue
            first = first or notice_terms(notice)
            (forbidden, permitted), (more_forbidden, more_permitted) = map(set, first), map(set, notice_terms("\n".join(extra)))
            if forbidden & more_permitted or permitted & more_forbidden:
                return "\n".join(extra) if nearer and opening else notice
            if not (more_forbidden <= forbidden and more_permitted <= permitted):
                return notice.rstrip() + "\n" + "\n".join(extra)
            # (a © line under "Powered by X" is the software maker's)
            claims = [line for k, line in enumerate(extra) if _claim_line(line) and not (k and _POWERED_BY.search(extra[k - 1]))]
            if claims and not names_holder():
                # the claim the first block lacks: a reprints route at the article's end ("For
                # reprints contact …") under the footer's "© 2026 X"; its claim and contact
                # lines, not the chrome between (a subscribe box)
                kept = [line for line in extra if line in claims or _is_contact_line(line) or is_desk_line(line)]
                return notice.rstrip() + "\n" + "\n".join(kept)
    return notice


# A claim's words in a block after the notice (a cheap first look before parsing anything).
# (every claim of find's vocabulary holds one of these words)
_SEGMENT_CLAIM = re.compile(
    r"版[权權]|著作[权權]|原[创創]|[独獨]家|首[发發]|授[权權]|翻印|[权權]利|©|\([cC]\)|(?i:copyright|rights|reserved|owned by)"
)


def _claims_the_text(notice: str) -> bool:
    """Whether ``notice`` claims the rights or states licence terms (:func:`_holds_claim_or_terms`)
    for the text: a block of picture credits only (图片来源：X，版权归原作者所有) claims the pictures."""
    lines = [line.strip() for line in notice.splitlines() if line.strip()]
    pictures_only = bool(lines) and all(PICTURE_CREDIT_LINE.match(line) for line in lines)
    return not pictures_only and _holds_claim_or_terms(notice)


def _claim_line(line: str) -> bool:
    """Whether ``line`` claims the rights (© 2026 X, 版权属作者所有, 版權屬本網所有)."""
    folded = _simplified(line)
    return any(p.search(folded) for p in _CLAIM_VOCAB)


_SELF_CLAIM = re.compile(r"(?:本|我)(?:站|网|網|报|報|刊|台|号|號)[^，。；\n]{0,6}?(?:原创|原創|版[权權]|著作[权權]|所有)")


# The name a credit request asks for (转载请注明出处：X, "with credit to X"): no claim.
# ("with due acknowledgement of the X": the party a permission asks to be acknowledged)
_CREDIT_BEFORE = re.compile(
    r"(?:出[处處]|[来來]源|注明|註明|标明|標明|署名|(?i:credit(?:ed)? to|source|courtesy of|acknowledge?ments? (?:of|to)(?: the)?|acknowledging(?: the)?))"
    r"[\s:：“”\"'「」《]{0,3}$"
)


def _names_holder(text: str) -> bool:
    """Whether the notice block ``text`` claims the rights (for a party it names, for this
    site: 均为本站原创) or names a rights holder (read without the page's site or author) other
    than as the credit it asks for."""
    if any(_claim_line(line) or _SELF_CLAIM.search(line) for line in text.splitlines()[:40]):
        return True
    holder = parse_notice(text).rights_holder
    at = text.find(holder) if holder else -1
    return holder is not None and not (at >= 0 and _CREDIT_BEFORE.search(text, max(0, at - 28), at))


_CONTACTS_AFTER_LINES = 8


def _lines_after_notice(notice: str, visible: str, limit: int) -> list[str] | None:
    """The first ``limit`` non-blank lines (stripped) of ``visible`` after the notice's last
    line, or ``None`` when that line is not found there (a notice from the page's meta)."""
    last = notice.rstrip().rsplit("\n", 1)[-1].strip()
    at = visible.rfind(last) if len(last) >= 4 else -1
    if at < 0:
        return None
    after = [line.strip() for line in visible[at + len(last) :].split("\n", limit + 1)[:limit]]
    return [line for line in after if line]


def _with_contacts_after(notice: str, visible: str) -> str:
    """``notice`` (found in the main text) with the licensing contact lines that follow it in
    the page's visible text: the main-text extractor may drop them, or an editor line may sit
    between (see :func:`~reprint_guard.notice.find._licensing_contacts_after`)."""
    after = _lines_after_notice(notice, visible, _CONTACTS_AFTER_LINES)
    if after is None:
        return notice
    end = _licensing_contacts_after(after, 0)
    return notice if end == 0 else notice.rstrip() + "\n" + "\n".join(after[:end])


_PAGE_CONTACT_LINES = 80
"""Lines of the page after its notice looked at for licensing desks (a footer of several rows)."""
_PAGE_CONTACT_FIELDS = 6
"""Licensing fields taken from the rest of a page at most."""
_PAGE_CONTACT_LINE_CHARS = 600
"""Longer lines after a notice are text, not a footer row, and are not split into fields."""
# The fields of a footer row: ideographic spaces, runs of spaces, pipes, middle dots.
_ROW_FIELD = re.compile(r"[\u3000]+|[ ]{2,}|[ ]?[|｜][ ]?|[ ]+[·•][ ]+")
_LABEL_ONLY_CHARS = 12
_LATIN_LABEL_CHARS = 32
_LIST_ITEMS = 40
"""Items of a footer's legal list read beside its © item."""
_HEADING_ITEMS = 4
# A footer link about licensing that names no desk: a page to read, not someone to ask.
_NOT_A_DESK = re.compile(r"声明|说明|政策|条款|须知|(?i:policy|notice|terms|statement|faq)")


def _label_sized(text: str) -> bool:
    """Whether ``text`` is as short as a label alone: 12 characters, or four Latin words
    ("Reprints & Permissions", "Video Licensing")."""
    return len(text) <= _LABEL_ONLY_CHARS or (text.isascii() and len(text) <= _LATIN_LABEL_CHARS and len(text.split()) <= 4)


def _desk_label(field: str, folded: str, link_texts: frozenset[str] = frozenset()) -> bool:
    """A short licensing label without a colon (内容授权, 授權合作, "Licensing"), or a link's text
    that is one ("Reprints & Permissions", "Video Licensing" linking to an address)."""
    return (
        (len(field) <= _LABEL_ONLY_CHARS or (field in link_texts and _label_sized(field)))
        and not re.search(r"[:：。，,.]", field)
        and _LICENSING_CONTACT.search(folded) is not None
        and _NOT_A_DESK.search(folded) is None
    )


def _link_texts(tree) -> frozenset[str]:
    """The texts of the page's links to an address (mailto:, tel:, http(s)), at most
    :data:`_MAX_LINKS` links: a desk printed as a link whose text is no address (联系我们)."""
    out = set()
    for count, a in enumerate(tree.iter("a")):
        if count == _MAX_LINKS:
            break
        if (a.get("href") or "").strip().lower().startswith(("mailto:", "tel:", "http://", "https://")):
            label = " ".join(a.text_content().split())
            if len(label) >= 2 and _label_sized(label):
                out.add(label)
    return frozenset(out)


def _label_and_link(field: str, folded: str, link_texts: frozenset[str]) -> bool:
    """A licensing label followed only by a link's text (版权合作：联系我们, "Reprints: Email us")."""
    m = _LICENSING_LABEL.match(folded)
    return m is not None and field[m.end() :].strip() in link_texts


def _lines_between(body: str, notice: str, page_text: str) -> list[str]:
    """The non-blank lines (stripped) of ``page_text`` after the article's last line and before
    the notice's first, at most :data:`_PAGE_CONTACT_LINES`, nearest last: a footer's contact
    widget printed above its © row ("Reprints: …" among the desks). Empty when either line is not
    found there, or the notice comes first."""
    last = next((x.strip() for x in reversed(body.splitlines()) if x.strip()), "")
    first = next((x.strip() for x in notice.splitlines() if x.strip()), "")
    end = page_text.rfind(last) if len(last) >= 4 else -1
    start = page_text.find(first, end + len(last)) if end >= 0 and len(first) >= 4 else -1
    if start < 0:
        return []
    between = [x.strip() for x in page_text[end + len(last) : start].splitlines()]
    return [x for x in between if x][-_PAGE_CONTACT_LINES:]


# A contact's kind as its only label (電話：, Email:): a desk's second contact, no desk of its own.
_KIND_LABEL = re.compile(rf"\s{{0,2}}(?:{find.CONTACT_KIND_WORDS}|(?i:{find.CONTACT_KIND_LATIN}))\s{{0,2}}[:：]")


def _with_page_licensing_contacts(
    notice: str, page_text: str, link_texts: frozenset[str] = frozenset(), list_items: tuple[str, ...] = (), body: str = ""
) -> str:
    """``notice`` with the licensing desks the rest of the page prints after it, one line each:
    a footer field that opens with a licensing label and gives a contact (版权合作：x@y.cn in a row
    of hotlines, 'Syndication: …'), a licensing label alone (内容授权 as a mailto link's text, whose
    address :func:`_with_licensing_links` then writes out), and a licensing heading over its
    contact items (授權合作 / (02)… / license@…). An article-end notice and the site footer are
    two blocks; whom to ask for a licence may be printed only in the second. Desk lines between
    the article (``body``, its text) and the notice are taken too (from session 28: a contact
    widget over the footer's © row). Fields of other
    roles (新闻热线, 广告, 举报), claims and sentences are not taken, so the notice's holder and
    uses are read from its own lines. At most :data:`_PAGE_CONTACT_FIELDS` fields from the
    :data:`_PAGE_CONTACT_LINES` lines after the notice's last line."""
    # above the notice, a desk's own line only (a label and the contacts it prints): a bare
    # licensing link there is a menu item
    taken: list[str] = [
        field
        for line in _lines_between(body, notice, page_text)
        if len(line) <= _PAGE_CONTACT_LINE_CHARS
        for field in map(str.strip, _ROW_FIELD.split(line))
        if len(field) <= 120 and field not in notice and is_desk_line(field)
    ]
    lines = _lines_after_notice(notice, page_text, _PAGE_CONTACT_LINES) or []
    k = 0
    while k < len(lines) and len(taken) < _PAGE_CONTACT_FIELDS:
        line = lines[k]
        k += 1
        if len(line) > _PAGE_CONTACT_LINE_CHARS:
            continue  # a footer row is short; a page's long text line is no desk
        folded = _simplified(line)
        if _desk_label(line, folded, link_texts):
            # a heading (授權合作) over contact items, or a licensing link's text alone
            items = []
            while k < len(lines) and len(items) < _HEADING_ITEMS and len(lines[k]) <= 60 and _is_contact_line(lines[k]):
                items.append(lines[k])
                k += 1
            # items that name their own desk stand alone; bare contacts take the heading as their
            # label, on one line as a row of desks prints it (授權合作：(02)… license@…)
            own = [x for x in items if is_desk_line(x)]
            bare = [x for x in items if x not in own]
            # (an English heading takes an ASCII colon: "Licensing: rights@…")
            latin = not any("\u3400" <= ch <= "\u9fff" for ch in line)
            desk = (f"{line}: {' '.join(bare)}" if latin else f"{line}：{'　'.join(bare)}") if bare else line
            taken += own
            if not items or (bare and is_desk_line(desk)):
                taken.append(desk)
            continue
        took = False  # the row's previous field was taken
        for field in _ROW_FIELD.split(line):
            field = field.strip()
            f = _simplified(field)
            if took and field and field not in notice and _is_contact_line(field) and (not any(c in field for c in ":：") or _KIND_LABEL.match(field)):
                # (a field with a label colon names its own desk) a bare second contact after a desk's (版权合作：0574-…　banquan@…) is that desk's too,
                # and so is one labelled only with its kind (內容授權查詢：licensing@…　電話：2555 0177)
                taken[-1] = f"{taken[-1]}　{field}"
                continue
            took = False
            if (
                field
                and len(field) <= 120
                and field not in notice
                # a label with its contacts and nothing else (a name there might be read as the holder),
                # or with a link's text whose address _with_licensing_links writes out (版权合作：联系我们)
                and (is_desk_line(field) or _desk_label(field, f, link_texts) or _label_and_link(field, f, link_texts))
                and not any(p.search(f) for p in _CLAIM_VOCAB)
            ):
                taken.append(field)
                took = True
    # a footer's link list whose item is the © line, or printed straight over it with nothing
    # between: its licensing desk's link item (<li>Video Licensing</li><li>Copyright © 2025 X</li>;
    # bench/notices README, Rounds 22B, 25B)
    items = (*list_items, *_lines_straight_above(notice, page_text))
    taken += [item for item in items if item in link_texts and _desk_label(item, _simplified(item), link_texts)]
    taken = [t for t in dict.fromkeys(taken) if t not in notice]
    return notice if not taken else notice.rstrip() + "\n" + "\n".join(taken)


# A mailbox named for licensing (permissions@, syndication@, copyright@, banquan@): whom to ask for
# a licence whatever the label or block around it. (Narrower than parse's mailbox roles: rights@
# and legal@ are not read page-wide.)
_LICENSING_MAILBOX = re.compile(
    r"(?i:copyright|licen[cs]\w{0,6}|permissions?|syndication|reprints?|republish\w{0,4}|banquan|shouquan)[._\-]?[a-z0-9]{0,6}@",
    re.I,
)
_PAGE_MAILBOXES = 3
"""Licensing mailboxes taken from outside the notice at most."""
_MAILBOX_LINE_CHARS = 120
_BOX_LINES_IN_TEXT = 4
"""Closing lines of the article's text that may be a republish box the extractor kept."""


def _with_licensing_mailboxes(notice: str, page_text: str, body: str) -> str:
    """``notice`` with the page's licensing mailboxes (see :data:`_LICENSING_MAILBOX`) that it
    does not print, one line each: a republish box's "write to permissions@…" beside a footer's
    claim, a footer row's syndication address under an article-end ban. A mailbox in the
    article's text is the story's, not the page's, but for its last few lines
    (:data:`_BOX_LINES_IN_TEXT`: a republish box the main-text extractor kept). A short line
    holding the address is taken as it is (its label names the desk); a longer one, a claim or a
    line of terms gives the bare address, so the notice's holder and uses stay those of its own
    lines. At most
    :data:`_PAGE_MAILBOXES` addresses (from session 22: before, a licensing address outside the
    found block, or in a second block whose terms differ, was not reported)."""
    if "@" not in page_text:
        return notice
    have = {address for _, _, address in _email_hits(_fold(notice))}
    # the story's own lines, but for its last few: a republish box the extractor kept in the text
    story = "\n".join([x for x in body.splitlines() if x.strip()][:-_BOX_LINES_IN_TEXT]).lower()
    taken: list[str] = []
    for line in page_text.splitlines():
        if "@" not in line or not _LICENSING_MAILBOX.search(line):
            continue
        line = line.strip()
        for _, _, address in _email_hits(_fold(line)):
            if address in have or not _LICENSING_MAILBOX.match(address) or address in story:
                continue
            have.add(address)
            plain = len(line) <= _MAILBOX_LINE_CHARS and not _claim_line(line)
            plain = plain and not any(notice_terms(line))
            taken.append(line if plain else address)
        if len(taken) >= _PAGE_MAILBOXES:
            break
    taken = list(dict.fromkeys(taken))[:_PAGE_MAILBOXES]
    return notice if not taken else notice.rstrip() + "\n" + "\n".join(taken)


def _lines_straight_above(notice: str, page_text: str) -> list[str]:
    """The short lines (a link list's items, at most :data:`_LIST_ITEMS`) printed straight above
    the notice's first line in the page's text, nearest last; none when that line is not found
    there, and the run stops at a blank line or a longer line (a sentence)."""
    first = next((line.strip() for line in notice.splitlines() if line.strip()), "")
    at = page_text.find(first) if len(first) >= 4 else -1
    if at <= 0:
        return []
    items: list[str] = []
    for line in reversed(page_text[:at].split("\n")[-_LIST_ITEMS - 1 : -1]):
        line = line.strip()
        if not line or not _label_sized(line) or re.search(r"[。，.!?！？]", line):
            break
        items.append(line)
    return items[::-1]


def _claim_list_items(notice: str, tree) -> tuple[str, ...]:
    """The other items (their texts) of the ``<ul>``/``<ol>`` one of whose items is a line of
    ``notice`` (a footer's legal list ending with its © item); at most
    :data:`_LIST_ITEMS` items, none when no list item holds a notice line."""
    lines = {line.strip() for line in notice.splitlines() if len(line.strip()) >= 4}
    for count, li in enumerate(tree.iter("li")):
        if count == _MAX_LINKS:
            break
        if " ".join(li.text_content().split()) in lines:
            parent = li.getparent()
            items = [" ".join(x.text_content().split()) for x in parent.iterchildren("li")][:_LIST_ITEMS]
            return tuple(item for item in items if item and item not in lines)
    return ()


# A sentence that tells a reuser where to ask for a licence (如欲轉載本網原創內容，請電郵…申請,
# 转载授权请联系…, "For reprint rights: …", "To republish this story, email …", "apply at …").
_LICENCE_REQUEST_LINE = re.compile(
    r"(?:如欲|如需|若需|若要|欲|需)(?:转载|转贴|使用|授权|引用|刊用)[^。\n]{0,24}?(?:请|可)?(?:联系|联络|致电|来电|电邮|邮件|洽)"
    r"|(?:转载|授权|版权)(?:合作|事宜|申请|咨询|授权)?[^。\n]{0,4}?请(?:联系|联络|致电|来电|电邮|洽)"
    r"|(?i:\bfor (?:reprints?|reprint rights|syndication|permissions?|licensing)\b"
    r"|\b(?:to|want to|wish to|like to) (?:republish|reprint|syndicate|license|reuse|reproduce)\b[^.\n]{0,120}?\b(?:contact|e-?mail|write|call|apply|ask|fill (?:out|in))"
    # "Want to use this story? … Email … or call …": the box that asks, its sentences on one line
    r"|\b(?:want|wish|like) to (?:use|reuse|republish|reprint)\b[^\n]{0,160}?\b(?:contact|e-?mail|write to|call|apply)\b"
    r"|\binterested in (?:licensing|republishing|reprinting|syndicating|reusing|using)\b[^\n]{0,120}?\b(?:contact|e-?mail|write to|call|reach|visit)\b"
    r"|\bapply (?:for permission )?at\b|\b(?:reprint|syndication|permission)s? (?:and (?:reprint|syndication|permission)s? )?requests?\b)"
)
_REQUEST_LINE_CHARS = 320  # a republish box's few sentences on one line
_REQUEST_SCAN_LINES = 400


_OWN_LINE_MIN_CHARS = 20  # a notice line this long found inside a page line: that line is taken already


def _with_licensing_request(notice: str, page_text: str) -> str:
    """``notice`` with the line elsewhere on the page that says where to ask for a licence and
    gives the contact (see :data:`_LICENCE_REQUEST_LINE`), when the notice itself names no
    licensing contact: an article-end box and the site footer are two blocks, and whom to ask
    may be printed only in the one not taken. The line must claim nothing (no © line, no
    版权所有), so the holder is still read from the notice's own lines; of a line that claims,
    only the sentences that give a contact and claim nothing are taken. The first such line of
    at most 320 characters among the page's first 400 lines is taken."""
    if any(_LICENCE_REQUEST_LINE.search(_simplified(line)) or is_desk_line(line) for line in notice.splitlines()):
        return notice  # the notice says whom to ask already
    page = page_text if page_text.count("\n") < _REQUEST_SCAN_LINES else "\n".join(page_text.split("\n")[:_REQUEST_SCAN_LINES])
    folded_page = _simplified(page)  # folded once, same length: not one cache entry per page line
    own = [x.strip() for x in notice.splitlines() if len(x.strip()) >= _OWN_LINE_MIN_CHARS]
    at = 0
    for raw in page.split("\n"):
        lo, at = at, at + len(raw) + 1
        line = raw.strip()
        if not line or len(line) > _REQUEST_LINE_CHARS or line in notice or any(x in line for x in own):
            continue  # (a line holding one of the notice's own: "Want to use this article? <the notice's sentence>")
        folded = folded_page[lo : lo + len(raw)].strip()
        # a printed link is one of _DESK_CONTACT's contacts
        if _LICENCE_REQUEST_LINE.search(folded) and (
            _is_contact_line(line) or _DESK_CONTACT.search(line) or _BARE_HOST_PATH.search(line)
        ):
            if not any(p.search(folded) for p in _CLAIM_VOCAB):
                return notice.rstrip() + "\n" + line
            # a box that claims too ("X articles may not be republished without a licence. Email
            # …"): only its sentences that give the contact and claim nothing join
            contact = " ".join(
                x for x in _SENTENCE_BREAK.split(line)  # the finder's sentences: not the dots of an address
                if _DESK_CONTACT.search(x) and not _claim_line(x)
            )  # fmt: skip
            if contact:
                return notice.rstrip() + "\n" + contact
    return notice


def _without_closing_request(text: str, joined: str) -> str:
    """``text`` without its last line when that line is the licensing request just joined to the
    notice (or holds the contact sentences taken from it): a republish box the extractor kept
    as the article's last paragraph is the notice's, not the article's."""
    lines = text.split("\n")
    last = lines[-1].strip() if lines else ""
    if joined and last and joined in last and _LICENCE_REQUEST_LINE.search(_simplified(last)):
        return "\n".join(lines[:-1]).rstrip()
    return text



_BARE_HOST_PATH = re.compile(r"(?i)\b[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9][a-z0-9\-]{0,62}){1,5}/[\w\-/]{2,80}")


def _after_body(visible: str, body: str) -> str:
    """The page's visible text after the article's last body line (the whole text when that
    line is not found), so that a notice is looked for after the article, not in a sidebar."""
    # a contact line the extractor kept after dropping the © line above it ("© 2024 X. All rights
    # reserved.<br>Newsroom tips: …") is no body line to look after
    last = next(
        (line.strip() for line in reversed(body.splitlines()) if len(line.strip()) >= 20 and not _is_contact_line(line.strip())),
        None,
    )
    if not last:
        return visible
    at = visible.rfind(last)
    return visible if at < 0 else visible[at + len(last) :]


# ---------------------------------------------------------------------------------------------
# HTML: the page's main text, its notice and its credits
# ---------------------------------------------------------------------------------------------


def _from_html(
    html: str, *, decoding: Decoding, url: str | None, bylines: bool = True, after_notice: bool = False,
    readings: bool = False,
) -> Document:
    tree = _parse_html(html)
    if tree is None:
        # lxml refused the page: keep whatever text is between the tags.
        flat = _markup_free_text(html)
        parsed = _parse_text(flat, after_notice=after_notice)
        return Document(
            text=parsed.text, title=parsed.title, date=parsed.date, outlet=_text_outlet(parsed.source, flat, parsed.notice_text),
            url=url, notice_text=parsed.notice_text, decoding=decoding, content_type="html",
            credits=parsed.credits, claims=tuple(_permission_claims(flat)), author=parsed.author,
            header_lines=parsed.header_lines, credit_lines=parsed.credit_lines, links=_printed_links(flat),
        )  # fmt: skip

    doc = _from_tree(tree, decoding=decoding, url=url, bylines=bylines, after_notice=after_notice)
    kinds = _interleaving_kinds(tree) if readings else []
    if kinds:
        # The text is cut into short runs by one kind of inline element, as junk hidden by CSS
        # cuts a copy: read the page again without that kind and with only it (on fresh trees),
        # and let the check use the reading that matches best. The page's own reading stays.
        others: list[str] = []
        for only in (False, True):
            again = _parse_html(html)
            if again is None:
                continue
            _read_interleaved(again, kinds, only=only)
            text = _from_tree(again, decoding=decoding, url=url, bylines=bylines, after_notice=after_notice).text
            if text.strip() and text != doc.text and text not in others:
                others.append(text)
        doc = replace(doc, readings=tuple(others))
    if readings and (unspaced := without_in_word_blanks(html)) is not None:
        # blanks slipped between the letters of words: the markup's text reads them as spaces
        # (splitting every word), so the page is also read without them
        again = _parse_html(unspaced)
        text = _from_tree(again, decoding=decoding, url=url, bylines=bylines, after_notice=after_notice).text if again is not None else ""
        if text.strip() and text != doc.text and text not in doc.readings:
            doc = replace(doc, readings=(*doc.readings, text))
    if _letters(doc.text) < FALLBACK_LETTERS:
        # Next to no text of its own: read what the page shows through its other channels
        # (::before content, form values, alt texts, strings a script writes; see
        # ingest.channels), on a fresh tree, and keep that reading if it holds more.
        again = _parse_html(html)
        if again is not None and _reveal_other_channels(again):
            more = _from_tree(again, decoding=decoding, url=url, bylines=bylines, after_notice=after_notice)
            if _letters(more.text) > _letters(doc.text):
                return replace(more, readings=doc.readings)
    return doc


def _from_tree(tree, *, decoding: Decoding, url: str | None, bylines: bool, after_notice: bool = False) -> Document:
    _inline_framed_text(tree)
    _drop_hidden_runs(tree)
    _apply_css_order(tree)
    _drop_ruby_annotations(tree)
    _show_bidi_overrides(tree)
    url_claim = _page_url_claim(tree)
    page_url = url or (url_claim.text if url_claim else None)
    site_name = _meta_content(tree, "og:site_name")
    _drop_comment_sections(tree)
    _unwrap_layout_tables(tree)

    fallback = _visible_text(tree)
    small = tree.xpath("count(//*)") <= _MAX_EXTRACTOR_ELEMENTS
    fast = _fast_extraction(tree, url=page_url, visible=fallback) if small else None
    if fast is not None:
        main_text, meta = fast
    elif small and len(fallback) <= _MAX_EXTRACTOR_TEXT:
        main_text, meta = _trafilatura_text(tree, url=page_url)
    else:  # a hostile page of elements, or of text: the lxml walk below takes over
        main_text, meta = "", _HtmlMeta()
    used_fallback = fast is None and _prefer_fallback(main_text, fallback, _visible_text(tree, drop_links=True))
    if used_fallback:
        main_text = fallback
    elif fast is None:
        main_text = _relined(main_text, fallback)
    # Everything a reader sees, page header and footer included: trafilatura drops
    # <p class="meta">/<div class="info"> lines and footers, where credits and notices sit.
    page_text = _visible_text(tree, header_footer=True)

    title = meta.title or _first_text(tree, "title") or None
    page_credits, page_source, page_date, page_credit_lines = _page_credits(page_text)
    marked_credits = _marked_credits(tree, page_text)
    turned = _headline_side(_first_text(tree, "title"), title, page_text, (site_name, page_source))
    if turned is not None:  # "Site - Headline": the page's evidence says which side is which
        title = turned[0]
        meta = replace(meta, title=title, sitename=turned[1] if not meta.sitename or _same_title(meta.sitename, title) else meta.sitename)
    parsed = _parse_text(main_text, known_title=title, after_notice=after_notice)
    notice = parsed.notice_text
    has_aside = tree.find(".//aside") is not None
    asides_read: list[str] = []  # the page read with its <aside> boxes: once, and only when wanted

    def with_asides() -> str:
        if not asides_read:
            asides_read.append(_visible_text(tree, asides=True))
        return asides_read[0]

    if notice is None or not _claims_the_text(notice):
        # trafilatura often leaves the newsroom's notice out of the main text; look for it
        # after the article in the page's visible text instead, then with the page footer
        # too: a copyright block, footer lines with ICP and licence numbers between its parts,
        # link rows and widgets after it. Only a block that claims the rights or states licence
        # terms is taken from there; else the page's <meta name="copyright"> (or JSON-LD
        # copyrightHolder) is the notice.
        views: tuple[str | Callable[[], str], ...] = (page_text,) if used_fallback else (fallback, page_text)
        # an <aside> box is a sidebar on most pages: read only when nothing else holds a notice
        views = (*views, with_asides) if has_aside else views
        after_fallback: list[str | None] = []  # the block after the article in `fallback`, once read
        for view in views:
            visible = view() if callable(view) else view
            if not _may_hold_notice_wording(visible):
                continue  # no notice wording anywhere: no need to look for the notice block
            found = _block_after(visible, parsed.text, title)
            if visible is fallback:
                after_fallback.append(found)
            if found is not None and _claims_the_text(found):
                notice = found
                break
        else:
            notice = (
                _leading_notice(fallback, parsed.text) or _copyright_meta(tree) or notice
                or _takedown_block(after_fallback[0] if after_fallback else _block_after(fallback, parsed.text, title))
                or _site_claim_above(page_text, parsed.text)
            )  # fmt: skip
    else:
        notice = _with_contacts_after(notice, fallback)
    if notice is not None and notice is not parsed.notice_text:
        parsed = replace(parsed, text=_without_closing_lines_of(parsed.text, notice))
        # a partner site's first line saying where the story ran first ("This story was
        # originally published by X."), left out of the main text: the article's own origin
        lead = _leading_notice(fallback, parsed.text, _SYNDICATED_HINT)
        if lead is not None and lead not in notice and _SYNDICATED_OPENING.match(_simplified(lead)):
            notice = lead + "\n" + notice
    if notice is not None and not any(notice_terms(notice)):
        # a footer's © row under a page whose terms stand above the text ("The media may publish
        # it … with credit to X" under the headline): those terms are the page's
        lines = _body_lines(parsed.text)
        lead = find._find_leading_terms(lines)
        if lead is not None and lines[lead].text not in notice and any(notice_terms(lines[lead].text)):
            notice = lines[lead].text + "\n" + notice
            parsed = replace(parsed, text="\n".join(line.text for k, line in enumerate(lines) if k != lead))
    if notice is not None:
        notice = _with_second_terms(notice, (page_text, with_asides) if has_aside else (page_text,), parsed.text, title)
        notice = _with_page_licensing_contacts(notice, page_text, _link_texts(tree), _claim_list_items(notice, tree), parsed.text)
        requested = _with_licensing_request(notice, page_text)
        if requested is notice and has_aside:
            # a "Want to use this story?" box is often an <aside> beside the text
            requested = _with_licensing_request(notice, with_asides())
        if requested is not notice:
            parsed = replace(parsed, text=_without_closing_request(parsed.text, requested[len(notice) :].strip()))
        notice = requested
        notice = _with_link_below(notice, tree, page_text)
        notice = _with_imprint_above(notice, page_text)
        notice = _with_image_contacts(_with_licensing_links(_with_licence_link(notice, tree), tree, page_url), tree)
        notice = _with_licensing_mailboxes(notice, page_text, parsed.text)

    sitename = site_name or meta.sitename
    if sitename and _is_statement(sitename):
        sitename = None  # <meta name="copyright"> holding a whole notice is no site name
    on_platform = _on_creator_platform(sitename, page_url)
    sitename = named = _account_for_platform(sitename, tree, page_url)
    source = parsed.source or page_source
    if source and _SELF_REFERENCE.fullmatch(source.strip()):
        source = None  # 来源：本报 names the site as "this paper": its name is printed elsewhere
    # a host name (what the metadata falls back to without og:site_name) or a copyright line it
    # read as a name ("2001-2024 X Inc." from <meta name="copyright">) is the last resort: a name
    # the page prints for itself comes first
    host = sitename if sitename and (_looks_like_hostname(sitename) or _COPYRIGHT_LEAD.match(sitename)) else None
    sitename = None if host else sitename
    sitename = sitename or source or _title_site(_first_text(tree, "title"), title) or _publisher_site(tree)
    if sitename is None and notice is not None:
        # only a page with a notice, whose holder may be "this site", reads its info and footer
        # lines for its name: a check of a page without one (most of a moderation queue) does not
        sitename = (
            _header_outlet(page_text) or _footer_claim_site(page_text) or _logo_site(tree) or _about_row_site(page_text)
            or _publisher_row_site(page_text) or _home_link_site(tree)
        )  # fmt: skip
    sitename = sitename or host
    if sitename != named:
        # a name the fallbacks found (a platform's host, a header or footer line) is read the
        # same way; the one read above is not read again (the account lookup walks the scripts)
        sitename = _account_for_platform(sitename, tree, page_url)
    if sitename and _calls_itself_a_platform(sitename, page_text):
        # a platform we do not list, which says so itself (该视频由云帆号作者上传并发布，云帆号系信息发布平台):
        # its account is the outlet, as on a listed one
        sitename = _platform_account(tree, byline=True)
        on_platform = True
    author = (parsed.author or _page_author(page_text) or _meta_author(tree) or _closing_byline(parsed.text)) if bylines else parsed.author
    if on_platform and notice is not None:
        notice = _without_platform_claims(notice, (sitename, author))
    return Document(
        text=parsed.text,
        title=title or parsed.title,
        date=(
            parsed.date or page_date or _byline_date(tree) or _shown_meta_date(meta.date, tree, page_url, page_text)
            or _date_above(page_text, parsed.text)
        ),  # fmt: skip
        outlet=sitename,
        url=page_url,
        notice_text=notice,
        decoding=decoding,
        content_type="html",
        credits=tuple(dict.fromkeys((*parsed.credits, *page_credits))),
        claims=(*((url_claim,) if url_claim else ()), *_permission_claims(page_text)),
        author=author,
        header_lines=parsed.header_lines,
        credit_lines=tuple(dict.fromkeys((*marked_credits, *parsed.credit_lines, *page_credit_lines))),
        region=_page_region(tree),
        links=(*_page_links(tree), *_printed_links(page_text)),
    )


_PLATFORM_SELF_LINES = 40
"""Lines at the page's end read for the site's statement that it only hosts its users' uploads."""


def _calls_itself_a_platform(sitename: str, page_text: str) -> bool:
    """Whether the page's own statement (:data:`~reprint_guard.notice.find._PLATFORM_STATEMENT`:
    上传并发布, 仅提供信息存储空间服务, 信息发布平台, "user-submitted") names ``sitename`` as the
    platform its accounts upload to, among the page's last :data:`_PLATFORM_SELF_LINES` lines: a
    creator platform :mod:`reprint_guard.platforms` does not list. (From session 22; before, such a
    page's unnamed 原创 claim named the platform.)"""
    name = sitename.strip()
    if len(name) < 2:
        return False
    # (the page's last lines only: a check reads this for every page that has a site name)
    for line in page_text.rsplit("\n", _PLATFORM_SELF_LINES)[-_PLATFORM_SELF_LINES:]:
        if name in line and len(line) <= 400 and _PLATFORM_STATEMENT.search(_simplified(line)):
            return True
    return False


def _names_platform(sitename: str | None) -> bool:
    """Whether a site name is a creator platform's own (:func:`~reprint_guard.platforms.is_platform_name`)
    or a shared platform's host (``mp.weixin.qq.com``)."""
    return is_platform_name(sitename) or bool(sitename and _looks_like_hostname(sitename) and on_shared_platform(sitename.lower()))


def _on_shared_host(page_url: str | None) -> bool:
    """Whether the page's address is on a shared platform's host; ``False`` for a malformed one."""
    try:
        host = urlsplit(page_url).hostname if page_url else None
    except ValueError:
        return False  # a malformed address names no platform
    return bool(host and on_shared_platform(host))


def _on_creator_platform(sitename: str | None, page_url: str | None) -> bool:
    """Whether a page is a creator platform's: its site name or its host says so."""
    return _names_platform(sitename) or _on_shared_host(page_url)


# A site's © row ("© 2025 X", "X © 2009-2025 版权所有"): the sign or the reservation, not a sentence
# that holds the word copyright ("X holds the copyright to this piece" is an account's own claim).
_PLATFORM_ROW = re.compile(r"©|\([cC]\)|版[权權]所有|(?i:all rights reserved)")
# The page's account speaking of its own work on a platform (本号原创, 本公众号, 作者保留): its claim.
_ACCOUNT_SELF = re.compile(r"本(?:公众)?号|本(?:账|帳)号|作者|原作者|(?i:\bauthor\b)")


def _without_platform_claims(notice: str, names: tuple[str | None, ...]) -> str | None:
    """``notice`` without the platform's own © or 版权所有 rows on a creator platform's page (a
    footer's "© 2025 今日头条", "bilibili … © 2009-2025 版权所有", its operator company's ©): the
    platform holds no rights in its accounts' articles (bench/notices README; a new user's trial,
    session 31). A claim line that names one of ``names`` (the page's account, its writer),
    speaks for the account (本号, 作者) or states terms (本文采用创用CC…, 禁止转载) is the
    account's and stays. ``None`` when what is left claims nothing and states no terms."""
    lines = notice.splitlines()
    kept = [
        line
        for line in lines
        if not _PLATFORM_ROW.search(line)
        or any(name and name in line for name in names)
        or _ACCOUNT_SELF.search(line)
        or any(notice_terms(line))
        or _CC_WORDING.search(line)
    ]
    if len(kept) == len(lines):
        return notice
    rest = "\n".join(kept).strip()
    return rest if rest and _claims_the_text(rest) else None


def _account_for_platform(sitename: str | None, tree, page_url: str | None) -> str | None:
    """The site's name as a page on a creator platform means it: the account the page names
    (:func:`~reprint_guard.ingest.meta._platform_account`) in place of the platform's own name
    (``og:site_name`` 微信公众平台, "Medium": :func:`~reprint_guard.platforms.is_platform_name`) or
    its host (``mp.weixin.qq.com``), ``None`` when the page names no account, since the platform
    holds no rights in its accounts' articles; on a shared platform's host
    (:func:`~reprint_guard.platforms.on_shared_platform`) the account its markup names in place of
    a portal's name (搜狐 over a 搜狐号 account's article). Any other ``sitename`` as it is."""
    if _names_platform(sitename):
        return _platform_account(tree, byline=True)
    if _on_shared_host(page_url):
        return _platform_account(tree, byline=False) or sitename
    return sitename


_COPYRIGHT_LEAD = re.compile(r"[ ]?(?:©|\([cC]\)|(?i:copyright)|(?:19|20)\d{2}\b)")
_POWERED_BY = re.compile(r"(?i:power(?:ed)?[ ]by)\b")
# "列印 - 标题", "Print | Headline", "标题 - 手机版": the page's view, no part of the site's name
_VIEW_WORD = re.compile(
    r"列印|打印|打印本[页頁]|列印本[页頁]|友善列印|友好打印|手机版|手機版|移动版|移動版|阅读模式|閱讀模式"
    r"|(?i:print(?:er[- ]friendly)?(?:[ ](?:version|view|page))?|mobile(?:[ ]version)?|amp)"
)
_SELF_REFERENCE = re.compile(r"本(?:报|報|网|網|网站|網站|站|刊|台|社|平台|号|號)(?:原创|原創|讯|訊|记者|記者)?")
_FOOTER_CLAIM_LINE = re.compile(r"©|\([cC]\)|(?i:copyright)|版[权權]所有")
_ICP_AFTER_NAME = re.compile(r"(?:^|[|｜]\s{0,3})(?P<name>[^\s|｜:：]{2,20})[\s\u3000]{1,4}[\u4e00-\u9fff]?ICP[备證证]")
_FOOTER_LINES = 30  # a footer's rows: copyright, ICP and licence numbers, addresses, link rows
_FOOTER_LINE_CHARS = 200


def _byline_date(tree) -> str | None:
    """The date a byline element shows beside the writer's name ("By X, Correspondent · 12
    January 2026", 記者X／台東報導 2026年4月2日), or a ``<time>`` printed beside it
    (【X／記者Y／Z報導】 <time>2025年6月9日</time>: htmldate reads no Chinese date), ISO
    ``YYYY-MM-DD``; ``None`` when none does."""
    for el, text in _byline_elements(tree):
        found = _find_date(text) or _find_date(_time_beside(el) or "")
        if found is not None:
            return found[0]
    return None


@lru_cache(maxsize=4)  # asked for the title's side and again for the outlet, of one page
def _footer_claim_site(page_text: str) -> str | None:
    """The party a copyright line among the page's last 30 lines names (``© 2024 X. All rights
    reserved.``, ``Copyright © X``, ``X版权所有``), read with :func:`parse_notice`; the line
    nearest the page's end wins. The site's name for a page that names itself nowhere else;
    ``None`` when no such line names anyone."""
    rows = _footer_rows(page_text)
    for line in rows:
        if _FOOTER_CLAIM_LINE.search(line):
            holder = parse_notice(line).rights_holder
            if holder:
                return holder
    for line in rows:
        # 南湖新闻网　浙ICP备12345678号: a registration row opening with the site's name
        icp = _ICP_AFTER_NAME.search(line)
        if icp and _is_masthead(icp.group("name")):
            return icp.group("name")
    return None


@lru_cache(maxsize=4)  # read for the footer's claim, then for its about row, of one page
def _footer_rows(page_text: str) -> tuple[str, ...]:
    """The page's last :data:`_FOOTER_LINES` non-empty lines (stripped), nearest the end first,
    without those over :data:`_FOOTER_LINE_CHARS` characters."""
    lines = [line.strip() for line in page_text.splitlines()[-_FOOTER_LINES * 3 :] if line.strip()]
    return tuple(line for line in reversed(lines[-_FOOTER_LINES:]) if len(line) <= _FOOTER_LINE_CHARS)


def _about_row_site(page_text: str) -> str | None:
    """The site a footer link row or an about column's heading names "about" (關於瀛海通訊社 | 隱私權政策 |
    聯絡我們, "About X | Privacy", "About X"), among the page's last 30 lines: the last resort of a page that names itself
    nowhere else (claim and registration rows, the logo come first)."""
    for line in _footer_rows(page_text):
        about = _ABOUT_ROW.match(line)
        name = about and (about.group("name") or about.group("latin"))
        if name and _is_masthead(name):
            return name
    return None


# (About the Wexbridge Courier · Contact: a Latin name runs over spaces, capitalised words only)
# A link back to the site's front page naming the site: 返回青梧网首页, 青梧网首页, "Back to the X
# home page", "X Home"; the name is taken when it reads as an outlet's (_is_masthead).
_HOME_LINK = re.compile(
    r"(?:返回|回到)?(?P<zh>[^\s|｜>›»]{2,20}?)(?:首页|首頁|主页|主頁)"
    r"|(?:(?i:back|return|go) to )?(?:the )?(?P<en>[A-Z][\w&'’.-]*(?:[ ][A-Z][\w&'’.-]*){0,5})[ ](?i:home(?:[ ]?page)?|front page)"
)
# A breadcrumb trail: its first step past 首页/Home is the site's front page (青梧网 > 新闻 > 正文,
# 首页 > 青山网 > 社会, 您当前的位置：青山网 > …), linked or not.
_BREADCRUMBS = lxml.etree.XPath(
    "//*[contains(@class, 'crumb') or contains(@class, 'location') or contains(@class, 'position') or contains(@class, 'path')"
    " or contains(@id, 'crumb') or contains(@id, 'location') or contains(@id, 'position')]",
    smart_strings=False,
)
_CRUMB_LEAD = re.compile(r"^(?:您?当前的?位置|您的位置|你的位置|所在位置|現在位置|目前位置|當前位置|位置|(?i:you are here))[ ]{0,2}[:：]?[ ]{0,2}")
_CRUMB_STEP = re.compile(r"[ ]{0,2}(?:>|&gt;|›|»|/|＞|→|·)[ ]{0,2}")
_CRUMB_HOME = re.compile(r"(?i:home(?:[ ]?page)?|首页|首頁|主页|主頁|网站首页|網站首頁)")
_HOME_LINKS_READ = 200
# A link to the site's front page: "/", "./", "/index.html", "https://host/"
_ROOT_HREF = re.compile(r"\s{0,3}(?:(?i:https?:)?//[^/\s?#]{1,253})?(?:/|\./|/?index\.(?:html?|php|aspx?|shtml))?\s{0,3}$")
_HOME_WORD_AFTER = re.compile(r"[ ]?(?:(?i:home(?:[ ]?page)?|front page|logo)|首页|首頁|主页|主頁)$")


def _home_link_site(tree) -> str | None:
    """The site a link to the front page names (see :data:`_HOME_LINK`), else the first step of a
    breadcrumb trail past 首页/Home, when the name reads as an outlet's (:func:`_is_masthead`); among the
    page's first :data:`_HOME_LINKS_READ` links. The last resort of a page with a notice that
    names itself nowhere else (from session 23)."""
    for count, a in enumerate(tree.iter("a")):
        if count == _HOME_LINKS_READ:
            break
        text = " ".join(a.text_content().split())
        m = _HOME_LINK.fullmatch(text) if 3 <= len(text) <= 60 else None
        name = m and (m.group("zh") or m.group("en"))
        if name and _is_masthead(name):
            return name
        if len(text) <= 60 and _ROOT_HREF.match(a.get("href") or ""):
            # a logo link to the front page drawn as an SVG: its label names the site
            # (aria-label="X", title="X home", <svg><title>X</title></svg>)
            titles = [" ".join((t.text or "").split()) for t in a.iter("{*}title", "title")]
            for label in (a.get("aria-label"), a.get("title"), *titles):
                label = _HOME_WORD_AFTER.sub("", " ".join((label or "").split()))
                if 2 <= len(label) <= 60 and _is_masthead(label):
                    return label
    for count, el in enumerate(_BREADCRUMBS(tree)):
        if count == 5:
            break
        text = " ".join(el.text_content().split())
        steps = [x for x in _CRUMB_STEP.split(_CRUMB_LEAD.sub("", text)) if x.strip()]
        while steps and _CRUMB_HOME.fullmatch(steps[0].strip()):
            steps = steps[1:]
        if len(text) <= 200 and steps and _is_masthead(steps[0].strip()):
            return steps[0].strip()
    return None


_ABOUT_ROW = re.compile(
    r"(?:关于|關於|(?i:about)[ ])(?:(?P<name>[^|｜·•\s]{2,20})|(?:the[ ])?(?P<latin>[A-Z][\w&'’.-]*(?:[ ][A-Z][\w&'’.-]*){1,5}))"
    # (or the heading of a footer's about column: "About Ridgeway Courier", 关于青梧新闻, the line's whole text)
    r"[ \u3000]{0,3}(?:[|｜·•]|$)"
)


def _publisher_row_site(page_text: str) -> str | None:
    """The outlet a footer row names as the site's publisher (主办：溪州日报社, 主辦單位：X電視台, "The
    X Gazette is published by Y Ltd"), among the page's last 30 lines, when the name is an
    outlet's (:func:`_is_masthead`): a 主办 row naming a propaganda department or a government
    office is no outlet, so it is not read. After the about row, the last resort."""
    for line in _footer_rows(page_text):
        row = _SPONSOR_ROW.search(line) or _PUBLISHED_BY_ROW.match(line)
        if row and _is_masthead(row.group("name")):
            return row.group("name")
        row = _ADDRESS_ROW.match(line)
        name = row and (row.group("name") or row.group("zh"))
        if name and _is_masthead(name):
            return name
    return None


# 主办：X / 主辦單位：X, the field ending at the row's next field (a space, a bar, a bracket)
_SPONSOR_ROW = re.compile(r"(?:^|[\s|｜])(?:主办|主辦)(?:单位|單位)?[ ]{0,2}[:：][ \u3000]{0,2}(?P<name>[^\s|｜·•，,：:（(]{2,30})")
# The outlet's postal address row: "The Harbor Ledger, 12 Quay Street, …", 青梧网　地址：… (the name
# is taken when it reads as an outlet's)
_ADDRESS_ROW = re.compile(
    r"(?P<name>(?:The[ ])?[A-Z][\w'’&.\-]*(?:[ ][A-Z][\w'’&.\-]*){0,5}),[ ](?:\d|(?i:p\.?[ ]?o\.?[ ]box\b))"
    r"|(?P<zh>[^\s|｜·•，,：:（(]{2,20})[ \u3000]{1,3}(?:地址|通讯地址|通訊地址)[ ]{0,2}[:：]"
)
# "The X Gazette is published by …", "X is owned and operated by …"
_PUBLISHED_BY_ROW = re.compile(
    r"(?:©[ ]?(?:(?:19|20)\d{2}[ ])?)?(?P<name>(?:The[ ])?[A-Z][\w'’&.\-]*(?:[ ][A-Z][\w'’&.\-]*){0,5})[ ]is[ ]"
    r"(?:(?:published|owned|produced|operated)(?:[ ]and[ ](?:published|owned|produced|operated))?)[ ]by\b"
)


_PRINTED_LINK = re.compile(r"(?i:https?://)[^\s<>\"'（）()，。、]{1,500}")


def _page_links(tree) -> tuple[str, ...]:
    """The http(s) addresses of the page's ``<a href>`` links, in document order, at most
    :data:`_MAX_LINKS` (hidden runs are already gone from ``tree``)."""
    out: list[str] = []
    for count, a in enumerate(tree.iter("a")):
        if count == _MAX_LINKS:
            break
        href = (a.get("href") or "").strip()
        if href[:8].lower().startswith(("http://", "https://")):
            out.append(href)
    return tuple(dict.fromkeys(out))


def _printed_links(text: str) -> tuple[str, ...]:
    """The http(s) addresses a text prints (at most :data:`_MAX_LINKS`)."""
    return tuple(dict.fromkeys(m.group().rstrip(".,;:!?") for m in islice(_PRINTED_LINK.finditer(text), _MAX_LINKS)))


_AUTHOR_CUE = re.compile(
    r"作者|博主|撰文|撰稿|文\s{0,2}[/／|｜:：]|(?<![A-Za-z])[Bb]y\s|发表于|發表於|发布于|發佈於|發布於"
    r"|(?i:author|written by|contributor|columnist|correspondent|writer|blogger|opinion|commentary|column)"
)


# An element the page's markup calls a byline or a credit: a class, id, itemprop or rel token
# (split at spaces, dashes and underscores) naming one (<p class="byline">, <div
# class="article-credit">, <span itemprop="author">, <a rel="author">); the XPath finds the
# candidates, the pattern reads their tokens.
_CREDIT_MARKUP = re.compile(r"(?:^|[\s_\-])(?:by-?line|credits?|sources?|attribution|authors?)(?=$|[\s_\-])", re.I)
_CREDIT_MARKUP_WORDS = ("byline", "by-line", "credit", "source", "attribution", "author")
_MARKED_CREDIT = lxml.etree.XPath(
    "//body//*[" + " or ".join(
        f"contains(translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}')"
        for attr in ("class", "id", "itemprop", "rel") for word in _CREDIT_MARKUP_WORDS
    ) + "]",
    smart_strings=False,
)
# Where a marked credit credits something else: a picture's caption or credit, or another
# story's teaser (a related-stories list, a sidebar, a comment).
_NOT_THE_TEXTS_CREDIT = re.compile(
    r"(?:^|[\s_\-])(?:photo|image|img|picture|pic|caption|video|media|gallery|related|recommend|teaser|promo|sidebar|comment)",
    re.I,
)
_MARKED_CREDIT_CHARS = 150
_MARKED_CREDITS_READ = 8


def _marked_credits(tree, page_text: str) -> tuple[str, ...]:
    """The texts of the elements the page's markup calls a byline or credit (see
    :data:`_CREDIT_MARKUP`) that a reader sees: ``<p class="byline">By X, Y</p>``, ``<div
    class="credit">Y</div>``. The main text leaves such elements out, so a copy's credit marked up
    as one was read nowhere (a new user's trial). Only short ones (at most
    :data:`_MARKED_CREDIT_CHARS` characters) printed among the page's visible lines, not a
    picture's credit or caption, not in a figure, navigation or another story's teaser; at most
    :data:`_MARKED_CREDITS_READ`."""
    found: list[str] = []
    flat: str | None = None
    for el in _MARKED_CREDIT(tree):
        if len(found) >= _MARKED_CREDITS_READ:
            break
        tokens = " ".join(str(el.get(a) or "") for a in ("class", "id", "itemprop", "rel"))
        if not _CREDIT_MARKUP.search(tokens) or _NOT_THE_TEXTS_CREDIT.search(tokens):
            continue
        if any(
            a.tag in ("figure", "figcaption", "picture", "nav", "aside") or _NOT_THE_TEXTS_CREDIT.search(str(a.get("class") or ""))
            for a in el.iterancestors()
            if isinstance(a.tag, str)
        ):
            continue
        text = " ".join(el.text_content().split())
        if not text or len(text) > _MARKED_CREDIT_CHARS or _PICTURE_CREDIT.match(text):
            continue
        if flat is None:
            flat = " ".join(page_text.split())
        if text in flat:  # seen: not a hidden element's
            found.append(text)
    return tuple(dict.fromkeys(found))


# A language tag that names a country: en-ZA, en_NZ, zh-Hant-TW (language, maybe a script, then
# the region's two letters; UN M.49 numeric regions such as es-419 name no country).
_LANGUAGE_REGION = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_](?P<region>[A-Za-z]{2})(?![A-Za-z0-9])")


def _page_region(tree) -> str | None:
    """The country the page's declared language names (:attr:`Document.region`): ``<html lang>``
    (or ``xml:lang``), then ``og:locale``, then a ``Content-Language`` meta; the first that names
    a country ``phonenumbers`` knows (``en-ZA`` → ``ZA``), else ``None`` (``lang="en"``)."""
    root = tree.getroottree().getroot()
    declared = [root.get("lang"), root.get("xml:lang"), _meta_content(tree, "og:locale")]
    declared += [
        el.get("content") for el in tree.iter("meta") if (el.get("http-equiv") or "").strip().lower() == "content-language"
    ]
    for value in declared:
        m = _LANGUAGE_REGION.match((value or "").strip().split(",")[0].strip())
        if m is not None and (region := m.group("region").upper()) in phonenumbers.SUPPORTED_REGIONS:
            return region
    return None


def page_notice(doc: Document) -> LicenceNotice | None:
    """The page's notice parsed (:func:`~reprint_guard.notice.parse_notice`), its site and byline
    given, and its numbers written without a country code read in the country its language names
    (:attr:`Document.region`), else in ``parse_notice``'s default region; ``None`` without a notice."""
    if not doc.notice_text:
        return None
    region = {"default_region": doc.region} if doc.region else {}
    return parse_notice(doc.notice_text, site=doc.outlet, author=doc.author, **region)


def _page_author(page_text: str) -> str | None:
    """The first byline line (作者：X, 文/X, By X) in the first lines of the page's visible
    text, where an info line trafilatura leaves out of the main text sits."""
    meta = _Meta()
    for line in _body_lines(page_text)[:_HEADER_LINES * 4]:
        if len(line.text) <= 150 and _AUTHOR_CUE.search(line.text) and _parse_meta_line(line.text, meta) and meta.authors:
            return meta.authors[0]
    return None


def _text_outlet(source: str | None, text: str, notice: str | None) -> str | None:
    """A plain-text page's outlet: its source line's name unless that is the site speaking of
    itself (来源：本报), else, for a page with a notice (whose holder may be "this site"), a
    masthead's date line or the party of its last © line."""
    if source and not _SELF_REFERENCE.fullmatch(source.strip()):
        return source
    return (_header_outlet(text) or _footer_claim_site(text) or _about_row_site(text)) if notice is not None else None


_HEADER_CUE = re.compile(r"\d|讯|訊|消息")


@lru_cache(maxsize=4)  # (see _footer_claim_site)
def _header_outlet(page_text: str) -> str | None:
    """The outlet a date line in the first lines of the page's visible text names without a
    label (``溪州市融媒体中心　2024-11-02 19:06　阅读 1.3万``, ``2024年11月15日 北方都市报``),
    where an app's share page prints it under the headline; ``None`` when no such line."""
    meta = _Meta()
    head = "\n".join(page_text.split("\n", _HEADER_LINES * 8)[: _HEADER_LINES * 8])
    for line in _body_lines(head)[: _HEADER_LINES * 4]:
        # a date line holds figures, a dateline 讯/訊: other lines need no closer look
        if len(line.text) <= 150 and _HEADER_CUE.search(line.text) and _parse_meta_line(line.text, meta) and meta.sources:
            source = meta.sources[0]
            return None if _SELF_REFERENCE.fullmatch(source) else source
    return None


_STATEMENT_WORDS = re.compile(r"版[权權]所有|不得|禁止|未[经經]|[电電]话|[电電]話|(?i:all rights|reserved|copyright|©)")


def _is_statement(name: str) -> bool:
    """Whether a publisher/site-name meta value is a sentence or a notice, not a name."""
    return len(name) > 60 or bool(_STATEMENT_WORDS.search(name))


_CC_LINK = re.compile(r"creativecommons(?:\.[a-z]{2,10}){1,3}/licenses/(by(?:-(?:nc|nd|sa)){0,3})/(\d\.\d)(?:/([a-z]{2})\b)?", re.I)
_CC_WORDING = re.compile(r"creative\s{0,2}commons|知识共享|知識共享|创用\s?CC|創用\s?CC|(?<![A-Za-z])CC[ -]?BY", re.I)


def _with_licence_link(notice: str, tree) -> str:
    """``notice`` with the Creative Commons licence it names only through a link ("… under a
    <a href=…/licenses/by-nd/4.0/>Creative Commons license</a>") added as a last line by its
    short name (``CC BY-ND 4.0``), so that the licence is read from the link and its address
    is not taken for a contact. Unchanged when the notice names no Creative Commons licence (in
    words, or by a link marked ``rel="license"``), already holds its address, or no link to one
    has its text in the notice."""
    if _CC_LINK.search(notice):
        return notice
    wording = _CC_WORDING.search(notice) is not None
    for a in tree.iter("a"):
        m = _CC_LINK.search(a.get("href") or "")
        if m is None:
            continue
        if not wording and "license" not in (a.get("rel") or "").lower().split():
            continue  # <a rel="license">Some rights reserved</a> names the licence by its link alone
        label = " ".join(a.text_content().split()) or " ".join(a.xpath("string(.//img/@alt)").split())
        around = a.getparent()
        context = " ".join(around.text_content().split()) if around is not None else ""
        flat = " ".join(notice.split())
        if (len(label) >= 4 and label in notice) or (len(context) >= 20 and context[-20:] in flat):
            name = f"CC {m.group(1).upper()} {m.group(2)}" + (f" {m.group(3).upper()}" if m.group(3) else "")
            return f"{notice}\n{name}" if name not in notice else notice
    return notice


# (请依本所…办理, 请参阅…: the use follows the rules a linked page sets)
_ASK_BEFORE = re.compile(
    r"(?:[:：]|联系|联络|致电|来函|请|请与|请(?:依|按|按照|依照|参阅|参照|见)(?:本[\u4e00-\u9fff]{0,2})?"
    r"|(?i:\bcontact|\be-?mail|\bwrite to|\bvisit|\bcall|\bsee))[ ]?(?:us|the|our)?[ ]?$"
)


# A link's text that is an action, not a name: "Click here", "email us", "fill out this form",
# "Learn more", "our guidelines", 点击这里, 申请. After a licence's words it is how to ask for one.
_ACTION_LABEL = re.compile(
    r"(?i:(?:please )?click here|here|this link|(?:e-?mail|contact|write to|call) us|learn more|find out more|read more"
    r"|more (?:info|information|details)|apply(?: here| now| online)?|(?:fill (?:out|in) )?(?:this|our|the) (?:online )?form"
    r"|[\w\- ]{0,30}\b(?:form|guidelines|page|policy|terms)|request[\w\- ]{0,30})"
    r"|点击(?:这里|此处)?|点此|这里|此处|申请[\u4e00-\u9fff]{0,6}|在线申请|填写[\u4e00-\u9fff]{0,6}表"
    # 政府網站資料開放宣告, 转载须知: the page of rules the use follows
    r"|[\u4e00-\u9fff]{0,12}(?:宣告|声明|须知|规定|办法|条款|政策)"
)


def _asks_for_licensing(before: str, label: str) -> bool:
    """Whether a link's text names whom to ask for a licence: the text is a licensing desk's name
    ("Reprints & Permissions", 版权合作), or the words just before it ask for one ("For reprint
    rights:", 转载授权请联系, "To republish, contact"), or it is an action ("Click here", "email
    us", "our republishing guidelines", 点击这里) after a licence's words on its line ("Want to
    republish this story? Click here."). "republished from <a>X</a>" names a source."""
    if _LICENSING_CONTACT.search(_simplified(label)):
        return True
    folded = _simplified(before)
    if _LICENSING_CONTACT.search(folded) is None:
        return False
    return _ASK_BEFORE.search(folded) is not None or _ACTION_LABEL.fullmatch(label.strip(" .。")) is not None


_MAX_LINKS = 2000
"""Links of a page looked at for a notice's licensing addresses; a page has a few hundred."""


# A notice line pointing at a link printed under it ("For all other uses, please use the button
# below.", 请点击下方按钮申请授权): the link is how to ask.
_POINTS_BELOW = re.compile(
    r"(?i:\b(?:button|link|form)s?[ ]below\b)|(?:下方|下面|以下)(?:的)?(?:按钮|按鈕|链接|鏈接|連結|表单|表單)"
)
_BELOW_LINES = 3


# An imprint line: "The X is published every Friday by Y Ltd., P.O. Box …", "X is produced by Y".
_IMPRINT_LINE = re.compile(r"\b(?:is|are)[ ](?:published|produced)\b[^\n]{0,60}?\bby[ ][A-Z]")
_IMPRINT_LINES_ABOVE = 2


def _with_imprint_above(notice: str, page_text: str) -> str:
    """``notice`` with the imprint line printed just above it (within :data:`_IMPRINT_LINES_ABOVE`
    lines) put first, when the notice names its party only as "the publisher" ("… without the
    written permission of the publisher"): the imprint names the publisher (from session 30; before,
    such a notice named no one on a page with no site name)."""
    if not notice_parse._THE_PUBLISHER.search(notice) or _IMPRINT_LINE.search(notice):
        return notice
    lines = page_text.split("\n")
    first = notice.split("\n", 1)[0]
    at = next((k for k in range(len(lines) - 1, -1, -1) if lines[k] == first), None)
    if at is None:
        return notice
    for line in reversed(lines[max(0, at - _IMPRINT_LINES_ABOVE) : at]):
        if _IMPRINT_LINE.search(line) and len(line) <= 300:
            return line + "\n" + notice
    return notice


def _with_link_below(notice: str, tree, page_text: str) -> str:
    """``notice`` with the link a notice line points at below it ("please use the button below")
    written in after that line as "<link text> (<address>)": the first of the next
    :data:`_BELOW_LINES` lines of the page that is a link's whole text with an http(s) or mailto
    address not in the notice. ``notice`` as it is when no line points below or no link follows."""
    lines = notice.split("\n")
    k = next((i for i, line in enumerate(lines) if _POINTS_BELOW.search(line)), None)
    if k is None:
        return notice
    at = page_text.find(lines[k].strip())
    if at < 0:
        return notice
    after = [x.strip() for x in page_text[at + len(lines[k].strip()) :].split("\n")[1:] if x.strip()][:_BELOW_LINES]
    links: dict[str, str] = {}
    for count, a in enumerate(tree.iter("a")):
        if count == _MAX_LINKS:
            break
        href = (a.get("href") or "").strip()
        label = " ".join(a.text_content().split())
        if label and href.lower().startswith(("http://", "https://", "mailto:")) and href not in notice:
            links.setdefault(label, href[7:] if href.lower().startswith("mailto:") else href)
    for line in after:
        if line in links:
            lines.insert(k + 1, f"{line} ({links[line]})")
            return "\n".join(lines)
    return notice


def _same_address(label: str, address: str) -> bool:
    """Whether a link's text is its address written out (scheme, ``www.``, a trailing slash and
    letter case aside)."""
    def bare(x: str) -> str:
        return re.sub(r"^(?:https?://|mailto:)?(?:www\.)?", "", x.strip().lower()).rstrip("/")
    return bare(label) == bare(address)


def _home_page_of(address: str, base: str) -> bool:
    """Whether ``address`` is the home page (no path, no query) of ``base``'s site."""
    link, page = urlsplit(address), urlsplit(base)
    same = link.hostname and page.hostname and link.hostname.removeprefix("www.") == page.hostname.removeprefix("www.")
    return bool(same) and link.path in ("", "/") and not link.query


def _with_licensing_links(notice: str, tree, base: str | None = None) -> str:
    """``notice`` with the address of each link it names for licensing only by the link's text
    ("For reprint rights: <a href=https://…>Syndication Desk</a>", 版权合作：<a href=mailto:…>联系我们</a>)
    written after that text in brackets, so the address is read as a licensing contact. A link
    counts when its text (4 characters or more) is on a notice line that says it is for licensing
    (see :func:`~reprint_guard.notice.find._licensing_contacts_after`) and the address is not in the
    notice already; http(s), mailto and tel addresses, and a path (``/copyright.html``) resolved
    against ``base``, the page's address, when it is known (an absolute http(s) URL)."""
    if base and not base.lower().startswith(("http://", "https://")):
        base = None
    if not _LICENSING_CONTACT.search(_simplified(notice)):
        return notice
    lines = notice.split("\n")
    for count, a in enumerate(tree.iter("a")):
        if count == _MAX_LINKS:
            break
        href = (a.get("href") or "").strip()
        if href.lower().startswith("mailto:"):
            address = unquote(href[7:].split("?")[0])  # %72ights@… is rights@…
        elif href.lower().startswith("tel:"):
            address = unquote(href[4:]).strip()  # 授权热线 as a tel: link's text
        elif href.lower().startswith(("http://", "https://")) and not _CC_LINK.search(href) and "creativecommons.org" not in href.lower():
            address = href  # a licence's deed is no one to ask (read by _with_licence_link)
        elif base and href and not urlsplit(href).scheme and not href.startswith("#"):  # (javascript:, data: … name no path)
            # a site's own terms page linked by path (/copyright.html, as most sites link): its
            # address on the page's site, when the page's address is known
            address = urljoin(base, href)
            if not address.lower().startswith(("http://", "https://")):
                continue
        else:
            continue
        label = " ".join(a.text_content().split())
        if len(label) < 4 or not address or address in notice or _same_address(label, address):
            continue  # <a href="https://www.x.example">www.X.example</a>: the text is the address
        if base and _home_page_of(address, base):
            continue  # the site's name linked to its home page ("<a href=/>Lakeshore Times</a> Syndication"): no desk
        for k, line in enumerate(lines):
            # (the link's text printed twice on its line, a heading's 版权声明：… then 详见《版权声明》:
            # the link is the last, where the line points to it)
            at = line.rfind(label)
            if at >= 0 and _asks_for_licensing(line[max(0, at - 80) : at], label):
                lines[k] = f"{line[: at + len(label)]} ({address}){line[at + len(label) :]}"
                notice = "\n".join(lines)
                break
    return notice


# An image's alt text that is an e-mail address or a phone number: a contact printed as a picture.
_CONTACT_ALT = re.compile(r"^[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,5}$|^\+?[\d][\d \-()]{6,18}\d$")
_MAX_IMAGES = 500
_LABEL_SIBLINGS = 8  # elements before an image read for its label


def _with_image_contacts(notice: str, tree) -> str:
    """``notice`` with each contact it prints as an image (版权合作邮箱：<img alt="x@y.cn">,
    against address harvesters) written where the image stands, as a text browser shows it:
    the image's alt text is an e-mail address or phone number, and the text of the element
    holding it, up to the image, ends a stretch of the notice (its last 12 characters)."""
    texts: dict[object, str] = {}  # each sibling's text read once, however many images follow it
    for count, img in enumerate(tree.iter("img")):
        if count == _MAX_IMAGES:
            break
        alt = (img.get("alt") or "").strip()
        parent = img.getparent()
        if not alt or parent is None or alt in notice or not _CONTACT_ALT.match(alt):
            continue
        # Only the text just before the image: walking all earlier siblings for every image is
        # quadratic on a page of many images in one long element.
        before: list[str] = []
        for k, el in enumerate(img.itersiblings(preceding=True)):
            if k == _LABEL_SIBLINGS or sum(len(x.strip()) for x in before) >= 12:
                break
            if el not in texts:
                texts[el] = el.text_content()
            before[:0] = [texts[el], el.tail or ""]
        else:
            before.insert(0, parent.text or "")
        key = " ".join("".join(before).split())[-12:]
        at = notice.find(key) if len(key) >= 4 else -1
        if at >= 0:
            notice = f"{notice[: at + len(key)]}{alt}{notice[at + len(key) :]}"
    return notice


# "Headline | Site", "标题_X网", and "标题-X网": a hyphen between Han characters only before a
# short last part (a hyphenated phrase inside a headline is not cut)
# (a hyphen between Han characters splits off a short last part: 标题-北岭网, 标题-TOP科技週刊)
_TITLE_SEPARATOR = re.compile(
    r"\s[|｜\-–—:：·•»«]\s|_|-{2,}|－{2,}|\s?[|｜]\s?"
    r"|(?<=[\u3400-\u9fff])[-－](?=(?:[\u3400-\u9fff]|[A-Za-z]{1,6}[\u3400-\u9fff])[^\-－|｜_\s]{1,14}$)"
)


def _title_site(raw_title: str | None, title: str | None) -> str | None:
    """The site name a page's ``<title>`` gives after its headline ("Headline | Site",
    "标题_北岭新闻网"), or ``None``: the last part, 2 to 30 characters, when the title has a
    separator and the part is not the headline itself; the first part when the last is the
    headline ("青梧网 - 标题", from session 23)."""
    if not raw_title:
        return None
    # "标题 - 栏目 - 站名 - Powered by X!": a forum template's software credit closes the title
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(raw_title) if p.strip() and not _POWERED_BY.match(p.strip()) and not _VIEW_WORD.fullmatch(p.strip())]
    if len(parts) < 2:
        return None
    site = parts[-1]
    if title and _same_title(site, title) and not _same_title(parts[0], title):
        # "青梧网 - 标题", "Site | Headline": the site first, as older templates print it
        site = parts[0]
    if not _fits_site_name(site) or any(ch in site for ch in "。，！？"):
        return None
    if title and _same_title(site, title):
        return None
    # "标题-X网" split at a hyphen inside the headline: the part is the headline's own last words.
    # A headline taken from the <title> itself always ends with the part, so it only tells for
    # a hyphen.
    by_hyphen = raw_title.rstrip()[: -len(site)].rstrip().endswith(("-", "－"))
    if title and title.rstrip().endswith(site) and (by_hyphen or title.strip() != raw_title.strip()):
        return None
    return site


_TITLE_HEAD_LINES = 40  # the lines of a page's visible text its headline is printed among


def _headline_side(
    raw_title: str | None, title: str | None, page_text: str, names: tuple[str | None, ...] = ()
) -> tuple[str, str] | None:
    """``(headline, site)`` when ``title`` is one end of a two-sided ``<title>`` ("南港時報 -
    台東巷弄老書店 募資百萬重生", "Headline | Site") and the page's evidence says it is the site's
    side, else ``None`` (the title stays). A side is the site's when it is a name the page gives
    itself (``names``: ``og:site_name``, the 来源 line's; then a date line or byline such as
    ``2012/05/14 06:00　南港時報``; then the footer's copyright line) and the other side is none
    of them; failing that, the other side is the headline when the page prints it as a line of
    its own among its first 40 lines and does not print this one. Position alone decides
    nothing: old Taiwan and Hong Kong templates put the site first."""
    if not raw_title or not title:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(raw_title) if p.strip() and not _POWERED_BY.match(p.strip()) and not _VIEW_WORD.fullmatch(p.strip())]
    if len(parts) < 2:
        return None
    key = _title_key(title)
    if key == _title_key(parts[0]):
        other = _title_key(parts[-1])
        shown = parts[-1]
    elif key == _title_key(parts[-1]):
        other = _title_key(parts[0])
        shown = parts[0]
    else:
        return None  # the title is no side of <title> (an og:title, an <h1>)
    if not other or not 2 <= len(shown) <= 120:
        return None

    def names_it(name: str | None, side: str) -> bool:
        # 南港時報 names 南港時報社 (a holder with its 社), not a headline that opens with it
        n = _title_key(name) if name else ""
        short, long_ = sorted((n, side), key=len)
        return len(short) >= 2 and long_.startswith(short) and len(short) >= 0.75 * len(long_)

    head = {_title_key(line) for line in page_text.splitlines()[:_TITLE_HEAD_LINES] if 0 < len(line) <= 200}
    if key in head and other not in head and not any(names_it(n, key) for n in names):
        return None  # the page prints the title as a line and not the other side: the headline (most pages)
    title_is_site = False
    # cheapest first; the usual "Headline | Site" page stops at its first name
    for source in (*names, lambda: _header_outlet(page_text), lambda: _footer_claim_site(page_text)):
        name = source() if callable(source) else source
        if names_it(name, other):
            return None
        title_is_site = title_is_site or names_it(name, key)
    if title_is_site:
        return shown, title
    if other in head and key not in head:
        return shown, title
    return None


def _shown_meta_date(date: str | None, tree, url: str | None, page_text: str) -> str | None:
    """trafilatura's date when the page gives it as the article's: in its head metadata or
    URL (:func:`~reprint_guard.ingest.html._head_dates`) or on a date line of its own
    (:func:`~reprint_guard.ingest.layout._shown_dates`); a date it read from a sidebar's list
    of other stories is not the article's, which then has none."""
    if date is None or date in _head_dates(tree, url) or date in _shown_dates(page_text):
        return date
    return None


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


# How the text is read after the fast path, for the fast path (see TextReading); bound once.
_READING = TextReading(is_editor_line=_is_editor_line, headline_matters=_headline_matters)
_fast_extraction = partial(html._fast_extraction, reading=_READING)
_dominant_block = partial(html._dominant_block, reading=_READING)
_block_text = partial(html._block_text, reading=_READING)
