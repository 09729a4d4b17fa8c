"""Two readings of a page's address that do not depend on any pipeline step.

* :func:`without_userinfo`: a URL as a report may show it, its ``user:password@`` dropped;
* :func:`archived_original`: the page a web-archive snapshot URL is a copy of (the Wayback
  Machine's ``web.archive.org/web/<timestamp>/<original>``, archive.today's
  ``archive.ph/<timestamp>/<original>``), so that a snapshot of the rights holder's own article
  counts as that article's own address and not as a reprint of it;
* :func:`amp_cache_original`: the publisher's page an AMP cache serves
  (``<host>.cdn.ampproject.org/c/s/<host>/<path>``), so that a licensee's AMP page read from the
  cache counts as the licensee's page.

Pure functions over strings (the standard library's :mod:`urllib.parse`); shared by the steps
that decide licensing and the ones that write reports.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# Hosts of the Internet Archive's Wayback Machine: its snapshot paths are /web/<timestamp>[flag_]/<original>
# (/wayback/... on some old links).
WAYBACK_HOSTS = frozenset({"web.archive.org", "wayback.archive.org", "archive.org", "www.archive.org"})
# archive.today and its mirror domains: /<timestamp>/<original>, /o/<id>/<original>,
# /newest/<original> and /oldest/<original> embed the original; a short id (/AbC12) does not.
ARCHIVE_TODAY_HOSTS = frozenset(
    {"archive.today", "archive.ph", "archive.is", "archive.li", "archive.vn", "archive.fo", "archive.md"}
)
# A Wayback path before the original: 1 to 14 digits of timestamp, an optional two-letter
# replay flag (id_, im_, if_, js_, cs_, fw_, oe_), a slash.
_WAYBACK_PREFIX = re.compile(r"/(?:web|wayback)/\d{1,14}(?:[a-z]{2}_)?/")
# An archive.today path before the original: a timestamp (20100129003512 or
# 2010.01.29-003512), a short id after /o/, or newest/oldest.
_ARCHIVE_TODAY_PREFIX = re.compile(r"/(?:\d{4}\.?\d{2}\.?\d{2}-?\d{0,6}|o/[A-Za-z0-9]{1,16}|newest|oldest)/")
# "http:/www.example.com/a": some links fold the original's "//" into one.
_FOLDED_SLASHES = re.compile(r"^(https?):/+(?=[^/])", re.IGNORECASE)
# Snapshots of snapshots are unwrapped this many times at most.
_MAX_UNWRAP = 3
# AMP caches and what their paths start with before the origin host (Google AMP Cache docs,
# "AMP cache URL format": /c/ a document, /v/ the viewer, /i/ an image, /r/ a resource; /s/
# when the origin is https). The viewer on google.com: /amp/s/<host>/<path>.
AMP_CACHE_SUFFIXES = (".cdn.ampproject.org", ".bing-amp.com")
_AMP_CACHE_PATH = re.compile(r"/[cvir]/(s/)?(?=[^/])")
_AMP_VIEWER_PATH = re.compile(r"/amp/(s/)?(?=[^/])")


def without_userinfo(url: str | None) -> str | None:
    """``url`` with the ``user[:password]@`` of its authority dropped, everything else kept as
    given (``https://user:pw@host/a?b#c`` → ``https://host/a?b#c``). ``None`` and a URL with no
    userinfo come back unchanged. The authority ends at the first ``/``, ``?``, ``#`` or
    backslash, so a backslash address whose host readers disagree on
    (``https://partner.example.com\\@evil.net/``) is left as written."""
    if not url or "@" not in url:
        return url
    scheme_end = url.find("://")
    if scheme_end < 1 or not url[:scheme_end].replace("+", "").replace("-", "").replace(".", "").isalnum():
        return url
    start = scheme_end + 3
    end = len(url)
    for stop in "/?#\\":
        at = url.find(stop, start)
        if at != -1:
            end = min(end, at)
    at = url.rfind("@", start, end)
    if at == -1:
        return url
    return url[:start] + url[at + 1 :]


def archived_original(url: str | None) -> str | None:
    """The original http(s) URL a web-archive snapshot URL embeds, or ``None`` when ``url`` is
    no such snapshot (any other page, a snapshot by short id, a snapshot of something that is
    not an http(s) URL).

    Recognised: the Wayback Machine (hosts in :data:`WAYBACK_HOSTS`, path
    ``/web/<timestamp>[flag_]/<original>``, e.g. ``https://web.archive.org/web/20100129003512id_/http://www.example.com/a.htm``)
    and archive.today (hosts in :data:`ARCHIVE_TODAY_HOSTS`, path
    ``/<timestamp>/<original>``, ``/o/<id>/<original>``, ``/newest/<original>``). The original
    keeps its own query string (read from the raw URL, not from the snapshot's parsed path);
    one given without a scheme (``www.example.com/a``) or percent-encoded (``http%3A%2F%2F…``)
    is read as http(s); a snapshot of a snapshot is unwrapped up to three times.
    """
    found = None
    for _ in range(_MAX_UNWRAP):
        inner = _unwrap_once(url)
        if inner is None:
            break
        found = url = inner
    return found


def _http_host(url: str | None) -> str | None:
    """The lower-cased host of an http(s) URL (a trailing dot dropped), ``""`` when it has
    none, ``None`` for anything that is no http(s) URL."""
    if not url or "://" not in url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    return host if parts.scheme.lower() in ("http", "https") else None


def _unwrap_once(url: str | None) -> str | None:
    host = _http_host(url)
    if host is None:
        return None
    if host in WAYBACK_HOSTS:
        prefix = _WAYBACK_PREFIX
    elif host in ARCHIVE_TODAY_HOSTS:
        prefix = _ARCHIVE_TODAY_PREFIX
    else:
        return None
    # The original starts after the prefix in the raw URL: its own query stays with it.
    raw = url.strip()
    path_at = raw.find("/", raw.find("://") + 3)
    if path_at == -1:
        return None
    m = prefix.match(raw, path_at)
    if m is None:
        return None
    original = raw[m.end() :].split("#", 1)[0]
    if original[:7].lower().startswith(("http%3a", "https%3")):
        original = unquote(original)
    original = _FOLDED_SLASHES.sub(r"\1://", original, count=1)
    if "://" not in original:
        original = "http://" + original
    try:
        inner = urlsplit(original)
        ok = inner.scheme.lower() in ("http", "https") and bool(inner.hostname)
    except ValueError:
        return None
    return original if ok else None


def amp_cache_original(url: str | None) -> str | None:
    """The publisher's URL of a page an AMP cache serves, or ``None`` when ``url`` is not an AMP
    cache address.

    Recognised (Google AMP Cache's documented URL format, which Bing's cache shares):
    ``https://<encoded host>.cdn.ampproject.org/c/s/<host>/<path>`` (``/v/``, ``/i/``, ``/r/``
    too; without ``s/`` the origin is http), ``<encoded host>.bing-amp.com/c/s/…`` and the
    viewer ``www.google.com/amp/s/<host>/<path>``. A cache fetches only what the origin serves,
    so the page is the publisher's. The cache's subdomain encodes the origin host (``.`` as
    ``-``, ``-`` as ``--``); when it is in that form and names another host than the path, the
    address is no AMP page of that host and ``None`` is returned (a long host's hashed
    subdomain is taken as it comes).
    """
    host = _http_host(url)
    if host is None:
        return None
    raw = url.strip()
    path_at = raw.find("/", raw.find("://") + 3)
    if path_at == -1:
        return None
    cache = next((s for s in AMP_CACHE_SUFFIXES if host.endswith(s)), None)
    if cache is not None:
        m = _AMP_CACHE_PATH.match(raw, path_at)
    elif host in ("www.google.com", "google.com"):
        m = _AMP_VIEWER_PATH.match(raw, path_at)
    else:
        return None
    if m is None:
        return None
    original = ("https://" if m.group(1) else "http://") + raw[m.end() :].split("#", 1)[0]
    try:
        origin = (urlsplit(original).hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if not origin or "." not in origin:
        return None
    if cache is not None:
        label = host[: -len(cache)]
        encoded = origin.replace("-", "--").replace(".", "-")
        if "-" in label and label != encoded:
            return None  # a readable subdomain for another host: not this host's AMP page
    return original
