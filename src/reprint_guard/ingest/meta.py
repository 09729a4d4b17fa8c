"""The page's own metadata: title, site name, canonical URL, dates from the head.

Read as trafilatura reads them (``<meta>`` names, ``og:`` properties, JSON-LD dates), so the
fast path and trafilatura agree; the URL a page names for itself is kept as a *claim*.
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from reprint_guard.models import Claim


@dataclass(frozen=True)
class _HtmlMeta:
    title: str | None = None
    date: str | None = None
    sitename: str | None = None


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
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


class _Unsure(Exception):
    """The fast path cannot tell what trafilatura would return: use trafilatura."""


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


def _meta_content(tree: HtmlElement, key: str) -> str | None:
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").strip().lower() == key:
            return _clean_inline(el.get("content"))
    return None


_META_DATE_KEY = re.compile(r"date|time|publish|pubdate|created|issued", re.I)
_MODIFIED_KEY = re.compile(r"modif|updat|revis", re.I)
_ISO_PREFIX = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_JSONLD_DATE = re.compile(r'"(?:datePublished|dateCreated|uploadDate)"\s{0,4}:\s{0,4}"((?:19|20)\d\d-\d\d-\d\d)')
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(\d\d)[/_-]?(\d\d)(?!\d)")


def _head_dates(tree: HtmlElement, url: str | None) -> set[str]:
    """ISO dates the page's metadata gives as its publication date: ``<meta>`` values named
    for a date or time (not a modification: ``article:modified_time``, ``og:updated_time``),
    JSON-LD ``datePublished``/``dateCreated``, and a date in the URL (``/2024/05/06/``,
    ``20240506``). A date trafilatura found elsewhere (a sidebar's list of other stories, a
    ``<time>`` in a related-articles box) is not among them."""
    found: set[str] = set()
    head = tree.find("head")
    if head is not None:
        for el in head.iter("meta"):
            key = " ".join(filter(None, (el.get("property"), el.get("name"), el.get("itemprop"), el.get("http-equiv"))))
            if key and _META_DATE_KEY.search(key) and not _MODIFIED_KEY.search(key):
                m = _ISO_PREFIX.search((el.get("content") or "")[:64])
                if m:
                    found.add(m.group(0))
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            found.update(m.group(1) for m in _JSONLD_DATE.finditer(script.text[:100_000]))
    if url:
        found.update(f"{y}-{mo}-{d}" for y, mo, d in _URL_DATE.findall(urlsplit(url).path[:2048]))
    return found


def _page_url(tree: HtmlElement) -> str | None:
    """``<link rel=canonical href>``, else ``<meta property=og:url>``; absolute http(s) only."""
    claim = _page_url_claim(tree)
    return claim.text if claim else None


def _page_url_claim(tree: HtmlElement) -> Claim | None:
    """The address the page gives itself (:func:`_page_url`), as a :class:`Claim` naming the
    link it came from: a claim, since any page can copy another's link."""
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split():
            found = _absolute_http_url(el.get("href"))
            if found:
                return Claim("canonical", found)
    found = _absolute_http_url(_meta_content(tree, "og:url"))
    return Claim("og:url", found) if found else None


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
    rights), else JSON-LD ``copyrightNotice`` or ``copyrightHolder`` (its ``name``), else an RSS
    ``<copyright>`` / ``<dc:rights>`` or NewsML ``<CopyrightLine>`` element. A candidate notice handed to the notice wing when the visible
    text holds none; at most 500 characters, ``None`` when absent."""
    for key in _COPYRIGHT_META_KEYS:
        value = _meta_content(tree, key)
        if value:
            return value[:_MAX_COPYRIGHT_META]
    for data in _json_ld(tree):
        # schema.org copyrightNotice is the notice itself (holder and terms); else the holder
        holder = _json_ld_value(data, "copyrightNotice", depth=0) or _json_ld_party(data, "copyrightHolder", depth=0)
        if holder:
            return (_clean_inline(holder) or "")[:_MAX_COPYRIGHT_META] or None
    for el in tree.iter("copyrightline", "copyright", "dc:rights", "rights"):
        text = _clean_inline(el.text_content())
        if text:
            return text[:_MAX_COPYRIGHT_META]
    return None


def _json_ld(tree: HtmlElement) -> Iterator[object]:
    """The parsed ``<script type="application/ld+json">`` blocks of a page (unparsable ones
    skipped)."""
    for el in tree.iter("script"):
        if el.get("type") != "application/ld+json" or not (el.text or "").strip():
            continue
        try:
            yield json.loads(el.text)
        except ValueError:
            continue


def _json_ld_value(data: object, key: str, *, depth: int) -> str | None:
    """The first string value of ``key`` in a JSON-LD block (lists and ``@graph`` searched,
    four levels deep)."""
    if depth > 4:
        return None
    if isinstance(data, list):
        return next((v for item in data[:20] if (v := _json_ld_value(item, key, depth=depth + 1))), None)
    if not isinstance(data, dict):
        return None
    value = data.get(key)
    if isinstance(value, str) and value.strip():
        return value
    graph = data.get("@graph")
    return _json_ld_value(graph, key, depth=depth + 1) if graph is not None else None


def _json_ld_party(data: object, key: str, *, depth: int) -> str | None:
    """The name of the party a JSON-LD block gives under ``key`` (``copyrightHolder``,
    ``publisher``): a string, an object's ``name`` or a list's first; lists and ``@graph``
    searched four levels deep."""
    if depth > 4:
        return None
    if isinstance(data, list):
        return next((v for item in data[:20] if (v := _json_ld_party(item, key, depth=depth + 1))), None)
    if not isinstance(data, dict):
        return None
    party = data.get(key)
    if isinstance(party, list):
        party = party[0] if party else None
    if isinstance(party, dict):
        party = party.get("name")
    if isinstance(party, str) and party.strip():
        return party.strip()
    graph = data.get("@graph")
    return _json_ld_party(graph, key, depth=depth + 1) if graph is not None else None


# A site logo's image: its alt text is the site's name (<a class="logo"><img alt="青禾新闻网"></a>).
_LOGO_IMAGES = etree.XPath(
    "(//*[contains(@class, 'logo') or contains(@id, 'logo')]/descendant-or-self::img[@alt]"
    " | //img[contains(@class, 'logo') or contains(@id, 'logo') or contains(@src, 'logo')][@alt])"
)
_NOT_A_SITE_NAME = re.compile(r"(?i)logo|\bhome\b|首页|首頁|返回|主页|主頁|图标|圖標|二维码|二維碼|qr|icon")
_SITE_NAME_CHARS = 30
# A name in Latin letters runs longer ("Fako Centre for Rights and Justice (FCRJ)", 41): up to 60
# characters when every word of four letters or more is capitalised, as names are printed.
_LATIN_SITE_NAME_CHARS = 60
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:with|from|into|upon|over|under|about|their)\b)[a-z][a-z]{3,}\b")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


def _fits_site_name(text: str) -> bool:
    """Whether ``text`` has a site name's length: 2 to 30 characters, or up to 60 for a
    capitalised name in Latin letters (see :data:`_LATIN_SITE_NAME_CHARS`)."""
    if 2 <= len(text) <= _SITE_NAME_CHARS:
        return True
    return len(text) <= _LATIN_SITE_NAME_CHARS and not _HAN_CHAR.search(text) and not _LOWER_WORD.search(text)


def _publisher_site(tree: HtmlElement) -> str | None:
    """The site's name as the page's markup states it besides ``og:site_name``: ``<meta
    name="application-name">``, else JSON-LD ``publisher.name`` (schema.org NewsArticle), 2 to
    30 characters; ``None`` when absent."""
    value = _meta_content(tree, "application-name")
    if value and 2 <= len(value.strip()) <= _SITE_NAME_CHARS:
        return value.strip()
    for data in _json_ld(tree):
        name = _json_ld_party(data, "publisher", depth=0)
        if name and 2 <= len(name) <= _SITE_NAME_CHARS:
            return name
    return None


# An element whose class names it the site's or publication's name (a reader app's
# <span class="pub-title">, a theme's <p class="site-title">, <div class="masthead">).
_SITE_NAME_ELEMENTS = etree.XPath(
    "//*[contains(@class, 'site-name') or contains(@class, 'sitename') or contains(@class, 'site-title')"
    " or contains(@class, 'pub-title') or contains(@class, 'pub-name') or contains(@class, 'publication-name')"
    " or contains(@class, 'masthead') or contains(@class, 'brand-name') or contains(@class, 'art-pub')"
    # a logo printed as text (<div class="logo"><a href="/">青梧网</a></div>), a theme's navbar brand
    " or ((contains(@class, 'logo') or contains(@class, 'navbar-brand')) and not(.//img))]"
)
# "X logo", "Logo of X", "X 标志" in a logo's alt text: the name without the word
_LOGO_WORD = re.compile(r"(?i)^(?:logo[ ]of[ ]|logo[ ]?[:：-][ ]?)|[ ]?(?:['’]s)?[ ]?(?:logo|标志|標誌|图标|圖標)$")


def _logo_site(tree: HtmlElement) -> str | None:
    """The site's name as the page shows it in its header: the text of an element whose class
    names it the site's (``site-name``, ``site-title``, ``pub-title``, ``masthead``), else the
    alt text of the site logo's image; 2 to 30 characters, no "logo"/"首页" words, no sentence
    marks. ``None`` when absent."""
    texts = (_clean_inline(el.text_content()) or "" for el in _SITE_NAME_ELEMENTS(tree))
    alts = (_LOGO_WORD.sub("", _clean_inline(img.get("alt") or "") or "") for img in _LOGO_IMAGES(tree))
    # an element's text may be a field row (Tel: …| …); an alt text is a picture's caption
    return _shown_site_name(texts, "。，,!?！？:：|") or _shown_site_name(alts, "。，,!?！？")


def _shown_site_name(candidates: Iterator[str], marks: str) -> str | None:
    """The first of at most ten ``candidates`` that reads as a site's name: 2 to 30 characters,
    no "logo"/"首页" words and none of ``marks``."""
    for count, text in enumerate(candidates):
        if count == 10:
            break
        if _fits_site_name(text) and not _NOT_A_SITE_NAME.search(text) and not any(m in text for m in marks):
            return text
    return None


_AUTHOR_ELEMENTS = etree.XPath(
    "//*[self::span or self::a or self::div or self::p or self::em or self::strong or self::address or self::section or self::li]"
    "[contains(@class, 'uthor') or contains(@class, 'yline') or contains(@class, 'up-name') or contains(@class, 'riter')"
    " or contains(@class, 'olumnist') or contains(@class, 'ontributor')]"
)
_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|up-name|writer|columnist|contributor)(?:$|[\s_-])", re.I)
# A WeChat public account's name, the writer of what it posts: WeChat's own markup (id="js_name",
# profile_nickname, rich_media_meta_nickname) and the account block mirror sites print (gzh-name,
# 公众号 in pinyin initials; account-name, mp-name).
_ACCOUNT_NAME = etree.XPath(
    "//*[@id='js_name' or contains(@class, 'profile_nickname') or contains(@class, 'rich_media_meta_nickname')"
    " or contains(@class, 'gzh-name') or contains(@class, 'gzh_name') or contains(@class, 'account-name')"
    " or contains(@class, 'account_name') or contains(@class, 'mp-name') or contains(@class, 'mp_name')]"
)
_MAX_AUTHOR = 40
# A link to the writer's profile page in the article's info line (<div class="info"><a
# href="/u/7f3a">林间拾叶</a> 2024-06-03</div>), or one marked rel="author": a byline without a label.
_PROFILE_LINKS = etree.XPath(
    "//a[@rel='author' or contains(@href, '/u/') or contains(@href, '/user') or contains(@href, '/author')"
    " or contains(@href, '/people/') or contains(@href, '/profile') or contains(@href, '/space/')]"
)
_PROFILE_PATH = re.compile(r"^(?:https?://[^/\s]+)?/(?:u|users?|authors?|people|profile|space)/[^/?#\s]+/?$", re.I)
_NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:name|nick|nickname|username)(?:$|[\s_-])", re.I)
# (博主：X on a blog's author box, 专栏作者：X on a column's)
_BYLINE_LABEL = re.compile(
    r"^(?:作者|撰文|撰稿|文|[Bb]y|博主|(?:专栏|專欄|特约|特約)(?:作者|作家))\s{0,2}[:：/／|｜]?\s{0,2}"
)
# An author box's bio opening with the writer's name: "Mei Chan is a columnist for this newspaper."
_BIO_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’.-]{0,20}(?:[ ](?:(?:van|von|der|de|da|del|di|la|le|bin|al)[ ])*[A-Z][\w'’.-]{0,20}){1,3})[ ]"
    r"(?:is|was)[ ](?:an?|the)[ ]"
)
# 記者林晓／台北報導, 本报记者 张三: a reporter's title and where the story was filed from
# (記者／王建民／高雄報導: a slash may part the title from the name)
# (a columnist's title too: 專欄作家 林曉舟, 特约评论员 X, 主筆 X)
_BYLINE_ROLE = re.compile(
    # (an outlet before the title: 海潮日报记者 孔令涛, as a byline element prints it)
    r"^(?:(?:本报|本報|本网|本網|[\u4e00-\u9fff]{2,10}?(?:报|報|网|網|台|社|刊|新闻|新聞))?(?:特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員)"
    r"|(?:特约|特約|客座)?(?:专栏|專欄)?(?:作家|作者|撰稿人|评论员|評論員)(?<!^作者)|(?:专栏|專欄)|主笔|主筆)\s{0,2}(?:[/／]\s{0,2})?(?=\S)"
)
# Taiwan's bracketed byline, the outlet first: 【新高日報／記者王建民／高雄報導】, 〔記者林晓／台北報導〕;
# ``inner`` is the byline without its brackets and outlet
_BYLINE_BRACKET = re.compile(
    r"^[【〔［\[]\s{0,2}(?:[^【】〔〕［］\[\]/／\n]{1,20}\s{0,2}[/／]\s{0,2})?"
    r"(?P<inner>(?:本报|本報)?(?:特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員)[^【】〔〕［］\[\]\n]{1,40}?)\s{0,2}[】〕］\]]"
)
_BYLINE_FILED = re.compile(r"\s{0,2}[/／]\s{0,2}[\u4e00-\u9fff]{1,8}(?:报道|報導|报导|電|电)$")
_BYLINE_FIELD = re.compile(r"\s{0,2}(?:[，|｜\u3000]|,(?=\s?[A-Za-z\u3400-\u9fff]))\s{0,2}|(?<=[\u3400-\u9fff])[ ](?=[\u3400-\u9fff])")
# A creator platform's column before the account on its author bar (椰海号 / 南洋风物志, 百纳号｜X):
# the platform's, not the writer's name.
_PLATFORM_COLUMN = re.compile(r"^[\u3400-\u9fffA-Za-z0-9]{1,8}(?:号|號)\s{0,2}[/／|｜·]\s{0,2}(?=\S)")
_BYLINE_REMARK = re.compile(r"(?<=\S)\s{0,2}[（(][^（()）]{1,30}[）)]$")  # 林耀宗（地方文史工作者）: who the writer is
# the follow button printed after a writer's name on creator and video pages (柏知秋 + 关注)
_FOLLOW_BUTTON = re.compile(r"\s{0,2}[+＋]?\s{0,2}(?:关注|關注|订阅|訂閱|(?i:follow|subscribe))\s{0,2}$")
_INFO_CLASS = re.compile(r"info|meta|author|byline|user-?name|source|attribution", re.I)
# In the href or the link's text, so spelled as words too ("Log in", "Sign up").
_ACCOUNT_ACTION = re.compile(r"\blog[- ]?(?:in|out)\b|\bsign[- ]?(?:in|up|out)\b|regist|登录|登錄|注册|註冊|退出|个人中心|我的", re.I)


# Elements a byline or an info line sits in (class byline, author, meta, info): read for the date
# the page shows beside the writer's name.
_BYLINE_HOLDERS = etree.XPath(
    "//*[self::p or self::div or self::span or self::address or self::section or self::li]"
    "[contains(@class, 'yline') or contains(@class, 'uthor') or contains(@class, 'meta') or contains(@class, 'info')]"
)
_BYLINE_OPENING = re.compile(r"(?:[Bb]y\s|作者|撰文|撰稿|文\s{0,2}[/／|｜:：])")  # (文：X, as Hong Kong and Taiwan print it)
_BYLINE_ELEMENTS_READ = 30
_DATE_AFTER_NAME = re.compile(r"(?<!\s)\s+(?=\d)")  # 記者 X／台東報導 2026年4月2日: the date ends the byline
_BYLINE_TEXT_CHARS = 200


def _byline_elements(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """``(element, text)`` (text at most 200 characters) of the page's byline elements: a byline
    or author class, or an info/meta element whose text opens as a byline ("By X", 作者, 記者X／台北報導,
    【X／記者Y／Z報導】). The first 30 candidate elements are read."""
    out = []
    for count, el in enumerate(_BYLINE_HOLDERS(tree)):
        if count == _BYLINE_ELEMENTS_READ:
            break
        text = _clean_inline(el.text_content()) or ""
        if not text or len(text) > _BYLINE_TEXT_CHARS:
            continue
        if _AUTHOR_CLASS.search(el.get("class") or "") or _BYLINE_OPENING.match(text) or _BYLINE_ROLE.match(text) or _BYLINE_BRACKET.match(text):
            out.append((el, text))
    return out


def _byline_texts(tree: HtmlElement) -> list[str]:
    """The texts of :func:`_byline_elements`."""
    return [text for _, text in _byline_elements(tree)]


def _unbracketed(text: str) -> str:
    """A byline without Taiwan's brackets and the outlet in them (【X／記者Y／Z報導】 2025年6月9日 →
    記者Y／Z報導 2025年6月9日); other text as it is."""
    m = _BYLINE_BRACKET.match(text)
    return m.group("inner") + text[m.end() :] if m else text


_TIME_SIBLINGS_READ = 3
_TIME_TEXT_CHARS = 40


def _time_beside(el: HtmlElement) -> str | None:
    """The text (or ``datetime``) of a ``<time>`` element printed beside a byline element: among
    its next three siblings, or its parent's (``<span class="byline">…</span> <time>2025年6月9日</time>``);
    ``None`` when there is none."""
    for holder in (el, el.getparent()):
        if holder is None:
            continue
        for count, sib in enumerate(holder.itersiblings()):
            if count == _TIME_SIBLINGS_READ:
                break
            if sib.tag == "time":
                text = _clean_inline(sib.text_content()) or ""
                return text if 0 < len(text) <= _TIME_TEXT_CHARS else sib.get("datetime")
    return None


def _meta_author(tree: HtmlElement) -> str | None:
    """The byline the page's markup states: an element whose class names the author
    (``author-name``, ``byline``, ``up-name``) holding a short name, else a WeChat public
    account's name (see :data:`_ACCOUNT_NAME`), else a link to the
    writer's profile page in the info line (or ``rel="author"``), else ``<meta
    name="author">`` (not a URL), else JSON-LD ``author.name``. At most 40 characters; a
    label (作者：, By) is dropped; ``None`` when absent."""
    for el in _AUTHOR_ELEMENTS(tree):  # a C-level pre-filter; the regex then checks the class word
        if not _AUTHOR_CLASS.search(el.get("class") or ""):
            continue
        # an author card holds more than the name (关注 8,406, a role, a bio whose text joins the
        # name's): its name element first
        # (a name element, else the link to the writer's profile page: 林曉舟 + a bio line)
        names = [d for d in el.iterdescendants() if _NAME_CLASS.search(str(d.get("class") or ""))]
        names += [d for d in el.iterdescendants("a") if _PROFILE_PATH.match(d.get("href") or "")]
        for part in (*names, el):
            text = _BYLINE_ROLE.sub("", _BYLINE_LABEL.sub("", _unbracketed(_clean_inline(part.text_content()) or "")))
            # "JANE DOE, Staff Reporter", "林晓 | 特约撰稿", "梁思恩（院長）｜2024-09-04", "冼卓文　房屋政策研究員":
            # what follows the name (a role, a date) is no part of it; "关注 8,406" is a count, not a field
            text = _PLATFORM_COLUMN.sub("", text)
            if len(text) <= 3 * _MAX_AUTHOR:
                text = _DATE_AFTER_NAME.split(_BYLINE_FIELD.split(text, maxsplit=1)[0], maxsplit=1)[0]
            text = _BYLINE_REMARK.sub("", _BYLINE_FILED.sub("", _FOLLOW_BUTTON.sub("", text)))
            if 1 < len(text) <= _MAX_AUTHOR and not re.search(r"\d{2}|[。，,:：|]", text):
                return text
            bio = _BIO_NAME.match(text) if part is el else None
            if bio:
                return bio.group("name")
    for text in _byline_texts(tree):
        # an info line opening with a reporter's title (記者 X／台東報導 2026年4月2日): X
        text = _unbracketed(text)
        role = _BYLINE_ROLE.match(text)
        if role is None:
            continue
        text = _DATE_AFTER_NAME.split(text[role.end() :], maxsplit=1)[0]
        text = _BYLINE_REMARK.sub("", _BYLINE_FILED.sub("", _BYLINE_FIELD.split(text, maxsplit=1)[0]))
        if 1 < len(text) <= _MAX_AUTHOR and not re.search(r"\d{2}|[。，,:：|]", text):
            return text
    writer = _wechat_writer(tree)
    if writer is not None:
        return writer
    account = _account_element_name(tree)
    if account is not None:
        return account
    for count, el in enumerate(_PROFILE_LINKS(tree)):
        if count == 20:
            break
        parent = el.getparent()
        in_info = parent is not None and _INFO_CLASS.search(f"{parent.get('class') or ''} {el.get('class') or ''}")
        if el.get("rel") != "author" and not (in_info and _PROFILE_PATH.match(el.get("href") or "")):
            continue
        text = _clean_inline(el.text_content()) or ""
        if _ACCOUNT_ACTION.search(f"{el.get('href')} {text}"):
            continue  # a login or account link, not a writer's page
        if 1 < len(text) <= _MAX_AUTHOR and not re.search(r"\d{2}|[。，,:：|]", text):
            return text
    for prop in ("author", "article:author"):  # article:author is Open Graph's, a name or a profile URL
        value = _meta_content(tree, prop)
        if value and "/" not in value and len(value) <= _MAX_AUTHOR:
            return value
    for data in _json_ld(tree):
        items = data if isinstance(data, list) else [data]
        for item in items[:20]:
            author = item.get("author") if isinstance(item, dict) else None
            if isinstance(author, list):
                author = author[0] if author else None
            if isinstance(author, dict):
                author = author.get("name")
            if isinstance(author, str) and 1 < len(author.strip()) <= _MAX_AUTHOR:
                return author.strip()
    return None


# A WeChat article's writer, printed before the account's name: <span id="js_author_name">, or a
# rich_media_meta_text span on older pages (原创 and the date share that class).
_WECHAT_WRITER = etree.XPath("//*[@id='js_author_name' or contains(concat(' ', @class, ' '), ' rich_media_meta_text ')]")
_NOT_A_WRITER = re.compile(r"^(?:原创|原創|转载|轉載|\d{4}[-年/.]|微信号|微信號|发表于|發表於)")


def _wechat_writer(tree: HtmlElement) -> str | None:
    """The writer a WeChat article names apart from its account (``id="js_author_name"``, a
    ``rich_media_meta_text`` span that is not 原创 or the date), at most 40 characters; ``None``
    when the page names none, so the account stands for the writer (from session 23: before, a
    notice giving the rights to 作者 named the account)."""
    for count, el in enumerate(_WECHAT_WRITER(tree)):
        if count == 5:
            break
        text = _BYLINE_LABEL.sub("", _clean_inline(el.text_content()) or "")
        if 1 < len(text) <= _MAX_AUTHOR and not _NOT_A_WRITER.match(text) and not re.search(r"\d{2}|[。，,:：|]", text):
            return text
    return None


def _account_element_name(tree: HtmlElement) -> str | None:
    """A public account's name in the page's markup (:data:`_ACCOUNT_NAME`: WeChat's
    ``id="js_name"``, ``profile_nickname``), of the first five such elements; at most 40
    characters, no figures or sentence marks; ``None`` when there is none."""
    for count, el in enumerate(_ACCOUNT_NAME(tree)):
        if count == 5:
            break
        text = _clean_inline(el.text_content()) or ""
        if 1 < len(text) <= _MAX_AUTHOR and not re.search(r"\d{2}|[。，,:：|]", text):
            return text
    return None


# WeChat's article script names the account the page belongs to (var nickname = htmlDecode("X");
# nick_name: JsDecode('X') on newer pages): read when the markup shows no account element.
_NICKNAME_VAR = re.compile(
    r"""(?:\bvar[ ]{1,4}nickname[ ]{0,4}=|\bnick_name[ ]{0,4}:)[ ]{0,4}(?:(?:htmlDecode|JsDecode)[ ]{0,4}\([ ]{0,4})?(["'])(?P<name>[^"'\\\n<>]{2,40})\1"""
)
_SCRIPT_CHARS_READ = 200_000


def _platform_account(tree: HtmlElement, *, byline: bool) -> str | None:
    """The account a creator platform's page says it belongs to: a public account's name in the
    markup (:data:`_ACCOUNT_NAME`: WeChat's ``id="js_name"``, ``profile_nickname``), else the
    ``nickname`` WeChat's script sets; with ``byline``, else ``og:article:author`` or the page's
    byline (:func:`_meta_author`: an author element, ``<meta name="author">``, JSON-LD
    ``author.name``). At most 40 characters; ``None`` when the page names none. Only the platform
    is named by the page's site name there (``og:site_name`` 微信公众平台), so the account stands
    for the site."""
    account = _account_element_name(tree)
    if account is not None:
        return account
    read = 0
    for el in tree.iter("script"):
        source = el.text or ""
        read += len(source)
        if read > _SCRIPT_CHARS_READ:
            break
        if "nick" in source and (m := _NICKNAME_VAR.search(source)):
            name = _clean_inline(_html.unescape(m.group("name")))
            if name and 1 < len(name) <= _MAX_AUTHOR:
                return name
    if not byline:
        return None
    value = _meta_content(tree, "og:article:author")
    if value and "/" not in value and 1 < len(value) <= _MAX_AUTHOR:
        return value
    return _meta_author(tree)
