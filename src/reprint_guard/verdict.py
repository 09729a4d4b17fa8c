"""Verdicts: what an alignment means, whether it is licensed, and the report types.

A match (one document against one protected article) is

* ``reprint`` when coverage ≥ ``reprint_coverage``, similarity ≥ ``reprint_similarity`` and at
  most ``reprint_max_edited`` of the article's characters were changed, removed or added
  (:func:`~reprint_guard.verify.edited_share`; order and script do not matter: passages are
  matched wherever they are);
* ``edited`` when coverage ≥ ``edited_coverage`` otherwise, unless the match is one
  near-verbatim passage set in a page mostly of other text (:func:`lifted_passage`): an
  excerpt, whatever share of the article it holds;
* ``excerpt`` when a near-verbatim passage (score ≥ ``excerpt_similarity``) is at least
  ``min_passage`` Han-equivalent characters long, or several are ``excerpt_total`` together
  (a paraphrase of the same events shares long loose passages, an excerpt shares the words),
  or when all passages are
  that long together and make up a good part of the document (containment ≥
  ``excerpt_containment``: an edited excerpt posted on its own), a Chinese passage counting
  only when it shares the article's wording beyond its figures (:data:`EDITED_WORDING_MIN`:
  another paper's own-words report of the same press release shares the figures);
* no finding otherwise.

A match the protected article's own notice permits (欢迎转载，请注明出处; a Creative Commons
licence; see :func:`permission`) with every condition the page can show met is ``permitted``,
not a finding; with a condition unmet it stays a finding that names the condition.

A document's verdict is its most severe unlicensed match (reprint > edited > excerpt),
``licensed`` when every match is licensed (covered by evidence of where the page was found,
never by what the page says about itself: see :class:`Licence`), ``clean`` with no match, ``skipped`` (empty, binary,
too short, too large) or ``error`` (unreadable), with the reason.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Sequence
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import idna

from .config import MatchConfig
from .errors import ConfigError
from .ingest.layout import ACCOUNT_PLATFORM
from .models import FORMAT_VERSION, Decoding, Document, LicenceNotice, NormalizedText, UrlEvidence, UrlSource
from .normalize import normalize
from .notice import parse_notice
from .platforms import is_platform_name, on_shared_platform, platform_key
from .verify import Alignment

MatchKind = Literal["reprint", "edited", "excerpt"]
Verdict = Literal["reprint", "edited", "excerpt", "permitted", "licensed", "clean", "skipped", "error"]
SEVERITY: dict[str, int] = {"reprint": 3, "edited": 2, "excerpt": 1}
UNLICENSED_VERDICTS = frozenset(SEVERITY)


def classify(al: Alignment, config: MatchConfig) -> MatchKind | None:
    """The kind of a match, or ``None`` when the alignment is not evidence of copying."""
    if not al.passages:
        return None
    if (
        al.coverage >= config.reprint_coverage
        and al.similarity >= config.reprint_similarity
        and (al.edited is None or al.edited <= config.reprint_max_edited)
    ):
        return "reprint"
    if al.coverage >= config.edited_coverage and not lifted_passage(al, config):
        return "edited"
    if _long_enough(al, config.excerpt_similarity, config):
        return "excerpt"
    if al.containment >= config.excerpt_containment and _long_enough(_edited_passages(al), 0.0, config):
        return "excerpt"  # a text made largely of edited passages of the article
    return None


# A Chinese passage sharing less of the article's wording than this (its score with the figures
# left out, ``Passage.wording``) is another paper's own words about the same facts, not an edit:
# a light rewrite of Chinese text keeps 0.8 and more of its characters, while an own-words report
# of one press release shares the figures, names and set phrases at 0.7-0.75 (trial 3, case 2).
# The same value as verify's ``_LOOSE_SCORE``. Latin-script passages keep their score: a
# character-level score of English is high by chance, and lightly revised answers (Clough &
# Stevenson) score 0.65 over long passages.
EDITED_WORDING_MIN = 0.75


def _edited_passages(al: Alignment) -> Alignment:
    """``al`` with only the passages that may be edited text of the article: not a quotation
    (someone's spoken words, which other reports print too), and every one in a Latin script, a
    Chinese one sharing at least :data:`EDITED_WORDING_MIN` of its wording."""
    kept = tuple(p for p in al.passages if not p.quote and (p.wording is None or p.wording >= EDITED_WORDING_MIN))
    return al if len(kept) == len(al.passages) else replace(al, passages=kept)


# A lifted passage holds less than this share of the page (containment): the page is mostly text
# of its own around it. An edited copy is the article's text with changes throughout, one long
# passage of loose score or many pieces, and with its page furniture left out holds most of its page.
LIFTED_CONTAINMENT_MAX = 0.5


def lifted_passage(al: Alignment, config: MatchConfig) -> bool:
    """Whether the match is one near-verbatim passage (score ≥ ``excerpt_similarity``, at least
    ``min_passage`` long) in a page whose own text is the larger part (containment below
    :data:`LIFTED_CONTAINMENT_MAX`): a paragraph copied word for word between unrelated
    paragraphs is an excerpt even when it is 40 % of a short article (trial 1, case 15:
    coverage 0.40, containment 0.44)."""
    if len(al.passages) != 1:
        return False
    p = al.passages[0]
    return p.score >= config.excerpt_similarity and p.weight >= config.min_passage and al.containment < LIFTED_CONTAINMENT_MAX


def _long_enough(al: Alignment, min_score: float, config: MatchConfig) -> bool:
    """Whether the passages scoring at least ``min_score`` make an excerpt by length: one of
    at least ``min_passage``, or several of ``max(min_passage, excerpt_total)`` together,
    quotations (``Passage.quote``) left out of that sum."""
    passages = [p for p in al.passages if p.score >= min_score]
    # Quotations count alone, not together: the spoken words every report of one press
    # conference prints (one or two of 30-50 characters) are no pieces lifted from the article.
    return max((p.weight for p in passages), default=0.0) >= config.min_passage or sum(
        p.weight for p in passages if not p.quote
    ) >= max(config.min_passage, config.excerpt_total)


def is_http_url(url: str) -> bool:
    """Whether ``url`` is an http(s) URL with a host: the only kind of address that can show
    where a copy was found (``ftp://…``, ``file:…`` and bare words cannot)."""
    return "://" in url and url.split("://", 1)[0].lower() in ("http", "https") and bool(host_of(url))


def host_of(url: str | None) -> str | None:
    """Host name of an http(s) URL in one form, or ``None``.

    The form is IDNA's ASCII one after UTS #46 mapping (``idna`` package): lower case, full-width
    letters folded, each Unicode label as its ``xn--`` A-label, so ``新闻.例子.cn`` and
    ``xn--efvy88h.xn--fsqu00a.cn`` are one host. ``www.`` is kept; a trailing dot dropped. A
    label IDNA refuses (``a_b``) is kept lower-cased as written.
    """
    if not url:
        return None
    if url[:8].lower().startswith(("http://", "https://")) or "://" not in url:
        url = url.replace("\\", "/")  # as browsers read http(s) URLs (WHATWG): a backslash ends the host
    try:
        host = urlsplit(url if "://" in url else "http://" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return ".".join(_a_label(label) for label in host.rstrip(".").split(".") if label) or None


def _host_in_doubt(url: str) -> bool:
    """Whether readers of ``url`` disagree on its host: browsers read a backslash as a slash
    (WHATWG URL), RFC 3986 readers (curl, Python's ``urllib``) as a character of the authority,
    so ``https://partner.example.com\\@evil.net/`` is fetched from evil.net by one and names
    partner.example.com to the other. Such an address is no evidence of where a copy was found."""
    if "\\" not in url:
        return False
    try:
        plain = urlsplit(url if "://" in url else "http://" + url).hostname
    except ValueError:
        return True
    return (plain or "").rstrip(".").lower() != (host_of(url) or "")


def _a_label(label: str) -> str:
    try:
        return idna.encode(label, uts46=True).decode("ascii")
    except idna.IDNAError:
        return label.lower()


_PAIRS = {"【": "】", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "“": "”", "‘": "’", "〔": "〕", "[": "]"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def quoted(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened by the one bracket or quote mark at either edge that the
    passage leaves open: alignment starts at the first matching word, so a passage quoted as
    ``本报讯】记者…`` reads ``【本报讯】记者…``. A passage is quoted as evidence; its span (and
    so every figure) stays as aligned."""
    if 0 <= start < end <= len(text):
        inner = text[start:end]
        before, after = text[start - 1 : start], text[end : end + 1]
        if before in _PAIRS and inner.count(_PAIRS[before]) > inner.count(before):
            start -= 1
        if after in _CLOSERS and inner.count(_CLOSERS[after]) > inner.count(after):
            end += 1
    return text[start:end]


@functools.lru_cache(maxsize=4096)
def _fold(s: str) -> str:
    """A name as compared: the fingerprints' folding (Traditional → Simplified, full width →
    ASCII, case), without white space, so 南川晨報, 南川 晨报 and 南川晨报 are one name. Cached:
    the same outlet, holder and licensee names are compared on every match."""
    return re.sub(r"\s+", "", normalize(s).text)


LicenceStatus = Literal["licensed", "permitted", "claimed", "none"]


@dataclass(frozen=True)
class Licence:
    """Whether a match is covered by a licence, and on what grounds.

    * ``licensed``: the document's evidenced URL (:class:`~reprint_guard.models.UrlEvidence`:
      ``--url``, a ``--urls`` manifest, a WARC record's target) is on a licensee's host, or on
      the article's own site. ``evidence`` names where that URL came from.
    * ``claimed``: only the page itself says so: its canonical or ``og:url`` link is on such a
      host, it names a licensee outlet as its source or site (``来源：X``), or it says it copies
      with permission (``经X授权转载``, "reprinted with permission"). ``claim`` quotes what it
      says. The match stays a finding: a content farm can write any of these.
    * ``none``: neither.

    A claim is reported even when the evidenced URL is on another host: the claim is then
    contradicted by where the page was found, which is worth a reviewer's eye.
    """

    status: LicenceStatus
    evidence: UrlSource | None = None
    claim: str | None = None

    def to_dict(self) -> dict[str, str]:
        if self.status == "licensed":
            return {"status": "licensed", "evidence": self.evidence or "url"}
        if self.status == "permitted":
            # the article's own notice permits the use and the page meets its conditions
            return {"status": "permitted"}
        if self.status == "claimed":
            return {"status": "claimed", "claim": self.claim or ""}
        return {"status": "none"}


NO_LICENCE = Licence("none")


# Query parameters that say how a link was shared or clicked, not which page it is: dropped
# before two URLs are compared as one article's (canonical_url). utm_* are Google Analytics'
# campaign tags; the rest are ad and social networks' click ids and the share and tracking
# parameters WeChat, Sohu, NetEase, Toutiao, Baidu and Zhihu add to shared links (read off
# shared links, not from a published list).
TRACKING_PARAMETER_PREFIXES: tuple[str, ...] = ("utm_", "sharer_")
TRACKING_PARAMETERS: frozenset[str] = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "spm", "spm_id_from", "scm", "from", "share_token",
        "share_source", "share_medium", "share_from", "share_code", "tt_from",
        # WeChat's share, client and session parameters (the article is __biz, mid, idx and sn)
        "scene", "subscene", "srcid", "chksm", "clicktime", "enterid", "sessionid", "ascene",
        "isappinstalled", "devicetype", "version", "lang", "nettype", "abtest_cookie",
        "pass_ticket", "wx_header", "exportkey", "key", "uin", "mpshare",
        "_trans_", "spss", "wfr", "for",  # Sohu, NetEase, Baidu (?wfr=spider&for=pc)
    }
)


@functools.lru_cache(maxsize=4096)
def _is_public_suffix(host: str) -> bool:
    """Whether ``host`` is itself on the Public Suffix List, either section (``co.uk``,
    ``gov.cn``; ``s3.amazonaws.com`` and ``github.io`` from the private section): no one
    site, so no licence by host. Cached: the same hosts are asked about on every match."""
    import tld  # deferred: 30 ms to import and 20 ms to load its list, needed only for hosts

    return bool(tld.is_tld(host))


@functools.lru_cache(maxsize=4096)
def _registrable(host: str) -> str | None:
    """The registrable domain of ``host`` under the Public Suffix List, private section
    included (``news.example.com.cn`` → ``example.com.cn``, ``a.b.github.io`` →
    ``b.github.io``), or ``None`` when the list does not know its suffix (an IP address)."""
    import tld

    return tld.get_fld(host, fix_protocol=True, fail_silently=True) or None


def _host_licenses(licensee_host: str, host: str) -> bool:
    """Whether a page on ``host`` is on ``licensee_host``'s site: the host itself or, past a
    leading ``www.``, a subdomain of it (``partner.example.com`` covers
    ``www.partner.example.com``), but never across a public suffix (``www.gov.cn`` does not
    cover ``farm.gov.cn``, ``amazonaws.com`` not ``farm.s3.amazonaws.com``) and never on a
    shared publishing platform, where the host is not the publisher (see
    :data:`~reprint_guard.platforms.SHARED_PLATFORM_HOSTS`): there only the article's own URL counts."""
    bare = licensee_host.removeprefix("www.")
    if not (host == licensee_host or host == bare or host.endswith("." + bare)):
        return False
    if on_shared_platform(licensee_host) or on_shared_platform(host):
        return False
    if _is_public_suffix(host) or _is_public_suffix(licensee_host):
        return False
    if host == licensee_host:
        return True
    registrable = _registrable(host)
    return registrable is None or bare == registrable or bare.endswith("." + registrable)


def canonical_url(url: str | None) -> str | None:
    """One spelling of a page's address, for telling whether two URLs are one page, or ``None``
    for what is not an http(s) URL with a host. Left out: the scheme, a leading ``www.`` or
    ``m.``, a default port, a trailing slash, the fragment, and the query parameters of
    :data:`TRACKING_PARAMETERS` (and ``utm_*``, ``sharer_*``); the other parameters are sorted.
    The path keeps its case (``/s/AbC`` and ``/s/abc`` are two WeChat articles)."""
    if not url or not is_http_url(url.strip()):
        return None
    url = url.strip().replace("\\", "/")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = platform_key(host_of(url) or "")
    if port is not None and port not in (80, 443):
        host += f":{port}"
    path = unquote(parts.path).rstrip("/")
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMETERS and not k.lower().startswith(TRACKING_PARAMETER_PREFIXES)
    )
    return host + path + ("?" + urlencode(query) if query else "")


def _licenses(licensee: str, host: str | None, url: str) -> bool:
    """Whether ``licensee`` (a stored host, or the article's own URL, which the caller passes
    among the licensees) licenses the page at ``url`` on ``host``: the same page by
    :func:`canonical_url`, or a page on the licensee's site (:func:`_host_licenses`)."""
    lic = licensee.strip()
    if "://" in lic and canonical_url(lic) is not None and canonical_url(lic) == canonical_url(url):
        return True
    lic_host = host_of(lic) if _is_host_licensee(lic) else None
    return bool(lic_host and host and _host_licenses(lic_host, host))


def canonical_licensee(value: str) -> str:
    """A licensee as stored: a host name (IDNA form, see :func:`host_of`) for a value with a
    dot and no spaces (``https://Partner.Example.NET/path`` → ``partner.example.net``), else an
    outlet name with its edges stripped. Raises :class:`~reprint_guard.errors.ConfigError` for
    an empty value, one with no letter or digit, a wildcard (``*.example.com``: a host already
    covers its subdomains), a public suffix (``co.uk``) or a shared publishing platform
    (``mp.weixin.qq.com``, :data:`~reprint_guard.platforms.SHARED_PLATFORM_HOSTS`)."""
    v = value.strip()
    if not v:
        raise ConfigError("an empty licensee was given: pass a host (partner.example.com) or an outlet name")
    if not any(ch.isalnum() for ch in v):
        raise ConfigError(f"licensee {v[:80]!r} names neither a host nor an outlet: pass partner.example.com or an outlet name")
    if "*" in v:
        raise ConfigError(
            f"licensee {v[:80]!r}: a host licensee already covers its subdomains, so no wildcard is needed "
            f"(pass {v.replace('*.', '').replace('*', '')[:80] or 'partner.example.com'})"
        )
    if "." in v and " " not in v:
        import tld  # deferred: 30 ms to import and 20 ms to load its list, needed only for licensees

        host = host_of(v) or v
        if tld.is_tld(host):
            # the public suffix list (Mozilla's, as the tld package ships it): co.uk, com.hk, github.io
            raise ConfigError(
                f"licensee {v[:80]!r} is a public suffix: it would license every site under it. "
                "Pass the licensee's own host (partner.example.com)"
            )
        if on_shared_platform(host):
            raise ConfigError(
                f"licensee {v[:80]!r} is a shared publishing platform ({platform_key(host)}): many accounts "
                "publish on it, so its host would license every one of them. Pass the licensee's own "
                "site's host (partner.example.com)"
            )
        return host
    return v


def licence_of(doc: Document, evidence: UrlEvidence | None, licensees: tuple[str, ...]) -> Licence:
    """The :class:`Licence` of a document for an article licensed to ``licensees``.

    A licensee containing a dot and no spaces is a host name and covers its subdomains
    (``example.com`` covers ``news.example.com``); hosts are compared in IDNA's ASCII form
    (:func:`host_of`). A licensee that is a URL (the caller passes the article's own) covers
    its own page in any spelling (:func:`canonical_url`) and its host's pages, except on a
    shared publishing platform (:data:`~reprint_guard.platforms.SHARED_PLATFORM_HOSTS`) or a host on the public suffix
    list, where only the page itself counts (:func:`_host_licenses`). Any other licensee is an
    outlet name, compared ignoring case and
    spaces with the outlet and the credits the page states: as that is what the page says
    about itself, an outlet name can only ever be claimed. ``evidence`` is where the document
    was found, as the caller knows it; only it can make a match ``licensed``.
    """
    if evidence is not None:
        host = host_of(evidence.url) if not _host_in_doubt(evidence.url) else None
        if host and any(_licenses(lic, host, evidence.url) for lic in licensees):
            return Licence("licensed", evidence=evidence.source)
    for claim in doc.claims:
        if claim.kind in ("canonical", "og:url"):
            host = host_of(claim.text)
            if host and any(_licenses(lic, host, claim.text) for lic in licensees):
                return Licence("claimed", claim=f"{claim.kind} link {claim.text}")
    names = {_fold(lic) for lic in licensees if lic.strip()}
    for said in (doc.outlet, *doc.credits):
        if said and _fold(said) in names:
            return Licence("claimed", claim=f"names the licensee as its source or site: {said}")
    for claim in doc.claims:
        if claim.kind == "permission":
            return Licence("claimed", claim=f"permission line: {claim.text}")
    return NO_LICENCE


def _is_host_licensee(licensee: str) -> bool:
    licensee = licensee.strip()
    return "." in licensee and " " not in licensee


def is_licensed(doc: Document, url: str | None, licensees: tuple[str, ...]) -> bool:
    """Whether ``url``, given as evidence of where ``doc`` was found, is on a licensee's host
    (see :func:`licence_of`; what the page says about itself never counts)."""
    return licence_of(doc, UrlEvidence(url) if url else None, licensees).status == "licensed"


def is_attributed(
    doc: Document, outlet: str | None, rights_holder: str | None, url: str | None, *, article_text: str | None = None,
    lead_ins: Sequence[str] = (), credit_names: Sequence[str] = (),
) -> bool:
    """Whether :func:`attribution` finds a credit."""
    return attribution(
        doc, outlet, rights_holder, url, article_text=article_text, lead_ins=lead_ins, credit_names=credit_names
    ) is not None


_CREDIT_SHOWN = 120
"""Characters of a credit a report shows (the page's words around the name)."""


def _shown_credit(text: str, names: Sequence[str]) -> str:
    """``text`` (where a credit was found) as a report shows it: one line of at most
    :data:`_CREDIT_SHOWN` characters around the first of ``names`` (folded) it prints."""
    flat = " ".join(text.split())
    if len(flat) <= _CREDIT_SHOWN:
        return flat
    norm = normalize(flat)
    for name in names:
        m = _spaced_name(name).search(norm.text)
        if m is not None:
            span = norm.to_original(m.start(), m.end())
            lo = max(0, min(span.start - 40, len(flat) - _CREDIT_SHOWN))
            return ("…" if lo else "") + flat[lo : lo + _CREDIT_SHOWN].strip() + ("…" if lo + _CREDIT_SHOWN < len(flat) else "")
    return flat[:_CREDIT_SHOWN].rstrip() + "…"


def _lines_at_ends(doc: Document) -> list[str]:
    """The lines where a page prints a credit of its own: its header lines and credit lines
    (:attr:`~reprint_guard.models.Document.credit_lines`: "Source: X", a ``class="byline"``
    element's text), then the first and last :data:`_CREDIT_LINES_READ` lines of its text."""
    body = doc.text.splitlines()
    return [*doc.header_lines, *doc.credit_lines, *body[:_CREDIT_LINES_READ], *body[-_CREDIT_LINES_READ:]]


def _printed_line(doc: Document, credit: str) -> str:
    """The line of the page that prints ``credit`` (a credit field's name: 青石融媒 of
    （来源：青石融媒）), looked for where credits are printed (header lines, credit lines, the
    notice, the text's first and last lines); ``credit`` itself when none holds it. A credit
    line comes before the text: a copied sentence naming the outlet ("…ecologists at the
    University of X.") is not where "Source: University of X" was printed (a new user's trial)."""
    ends, heads = _lines_at_ends(doc), len(doc.header_lines) + len(doc.credit_lines)
    lines = (*ends[:heads], *(doc.notice_text or "").splitlines(), *ends[heads:])
    for line in lines:
        if credit in line:
            return line
    # a credit read from a line without its site-wide statement ("Source: X. Some stories on
    # this site …") is quoted from that line as printed
    for line in lines:
        if _SITE_WIDE_CUE.search(line) and credit in _without_site_wide(line):
            return line
    return credit


def attribution(
    doc: Document, outlet: str | None, rights_holder: str | None, url: str | None, *, article_text: str | None = None,
    lead_ins: Sequence[str] = (), credit_names: Sequence[str] = (),
) -> str | None:
    """The credit the document prints for the article's outlet, rights holder or site, as a
    report shows it (:func:`_shown_credit`: the page's words around the name), or ``None``.
    A desk reads what was taken as the credit (a new user's trial, session 19: no report said).

    The document credits the article's outlet, rights holder or site: in a credit
    line (来源：X), as its outlet, in a permission line naming them (经X授权转载, "Reprinted
    with permission from X"), or in a line of its own notice that claims for them (a copy keeping
    the original's "版权所有 © X", a feed's "appeared first on X"; a denial naming them is none).

    A name is matched whole or by its core (港灣日報 for 港灣日報有限公司, 江城晨报 for 江城晨报社,
    either half of "港灣日報 Harbour Daily"; see :func:`_name_cores`); a creator platform's own
    name (微信公众平台, :func:`~reprint_guard.platforms.is_platform_name`) is no outlet's, so
    crediting it credits no one. A credit in the story's own
    sentences (据X报道, X讯) that ``article_text``, the protected article's text, prints too is the
    article's own dateline copied with it, not the copier's credit. ``lead_ins`` are the page's
    words right before each copied passage, where a post quoting the article credits it
    (据X报道：“…”, "X reports: …"), read like the text's two ends. ``credit_names`` are the names the
    article's notice asks a copy to credit (:func:`~reprint_guard.notice.credited_names`), read as
    the outlet's and the holder's are."""
    # (a site's statement about its content at large, 本站部分文章转载自X等媒体, is left out of
    # every line read: see _without_site_wide)
    notice_lines = [_without_site_wide(line) for line in (doc.notice_text or "").splitlines()[:_NOTICE_LINES_READ]]
    title, header_lines = _without_site_wide(doc.title or ""), [_without_site_wide(line) for line in doc.header_lines]
    permission_lines = (_without_site_wide(c.text) for c in doc.claims if c.kind == "permission")
    claim_lines = [line for line in notice_lines if _CLAIM_FOR.search(line) and not _DENIAL.search(line)]
    # a source label in the page's own notice or in a line read as its title or header
    # (（本文依創用CC授權轉載，出處：X）; 作者：Y　出處：X over the text)
    labelled = (
        m.group("after")
        for line in (*notice_lines, title, *header_lines, *doc.credit_lines)
        if not _DENIAL.search(line)
        for m in _SOURCE_LABEL.finditer(line)
    )
    own: list[str] = []  # the article's text, folded once, when a credit is to be told from copied text

    def copied(credit: str) -> bool:
        if article_text is None:
            return False
        if not own:
            own.append(_fold(article_text))
        return credit in own[0]

    # (a byline naming them, "Reporting by X", credits them too)
    # (an outlet read from a dateline the copy took with the text, 东港科技报讯 …, is no credit)
    outlet_credit = "" if _copied_dateline(doc, copied) else doc.outlet or ""
    raw_credits = [
        c for c in (*doc.credits, outlet_credit, doc.author or "", *permission_lines, *claim_lines, *labelled)
        if c and not _printed_site_wide(doc, c)
    ]
    credits = [_fold(c) for c in raw_credits]
    # a platform's own name (微信公众平台: a store made before the account was read) names no one
    # (and the names the notice asks to be credited: 请注明来源“X区人民政府网” under 版权所有：X区人民政府办公室)
    names = [_fold(n) for n in (outlet, rights_holder, *credit_names) if n and not is_platform_name(n)]
    hosts = [h for n in (*names, host_of(url)) if n and (h := _credit_host(n))]
    names = [n for n in names if _credit_host(n) is None]  # hosts are matched whole, above
    names = list(dict.fromkeys(core for n in names for core in (n, *_name_cores(n))))
    for raw, c in zip(raw_credits, credits):
        if _credit_names(names, raw) or any(
            re.search(rf"(?<![\w.\-]){re.escape(h)}(?![\w\-]|\.[\w\-])", c) for h in hosts
        ):
            return _shown_credit(_printed_line(doc, raw), names)
    # a credit in the story's own sentences: 据X报道，…, X1月18日消息, （原文刊于X）, "according to X"
    # (and in the page's own notice: 本文来自X。 under the copy is read as its notice)
    # (and in the lines read as the page's title or header: 本文轉載自X over the text)
    ends = {  # folded: as printed
        _fold(_without_site_wide(s)): s
        for s in (doc.text[:_ATTRIBUTION_CHARS], doc.text[-_ATTRIBUTION_CHARS:], *notice_lines, title, *header_lines, *lead_ins)
        if s
    }
    named = tuple(sorted({n for n in names if len(n) >= 2}, key=lambda n: (-len(n), n)))
    if not named:
        return None
    pattern = _attribution_for(named)
    for end, printed in ends.items():
        for m in pattern.finditer(end):
            if not _DENIAL.search(end, max(0, m.start() - _DENIAL_BEFORE), m.start()) and not copied(m.group()):  # 本文并非来自X
                return _shown_credit(_line_holding(printed, pattern, m.group()), named)
    line = _credits_on_own_line(doc, named, article_text)
    return _shown_credit(line, named) if line is not None else None


_DATELINE_CHARS = 60  # how much of the text's first line a dateline check compares


def _copied_dateline(doc: Document, copied: Callable[[str], bool]) -> bool:
    """Whether the document's outlet is named only by a dateline in its text's first line
    (东港科技报讯 近日，…) that the protected article prints too: the copy took the article's own
    dateline, which credits no one (a new user's trial, session 25: such a copy was ``permitted``
    for a credit it never printed). A page naming the outlet in its header, credit lines or
    notice still credits it. ``copied`` tells whether folded text is the protected article's."""
    if not doc.outlet or not doc.text:
        return False
    first = doc.text.split("\n", 1)[0]
    if doc.outlet not in first[:_DATELINE_CHARS]:
        return False
    if any(doc.outlet in line for line in (*doc.header_lines, *doc.credit_lines, *(doc.notice_text or "").splitlines())):
        return False
    return copied(_fold(first[:_DATELINE_CHARS]))


def _line_holding(printed: str, pattern: re.Pattern[str], found: str) -> str:
    """The line of ``printed`` (a stretch of the page's text: its last 120 characters hold the
    end of the last copied paragraph too) where ``pattern`` found the credit ``found`` (folded),
    so that a report quotes the credit line, not the copied text before it (a new user's
    trial); ``printed`` itself when the credit runs over a line break."""
    if "\n" not in printed:
        return printed
    # (a bracketed name closing the text matched with the sentence end before it, "now.(x)": the
    # name's own line is "(x)")
    bare = found.lstrip(".!?。！？\"”’")
    for line in printed.splitlines():
        folded = _fold_line(_without_site_wide(line))
        if found in folded or pattern.search(folded) or (bare and bare != found and folded.startswith(bare)):
            return line
    return printed


# Words after an outlet's name that make another party of it (临江晚报读者群, X网友): a group of
# readers or fans, not the outlet.
_OTHER_ENTITY = r"社区|社區|读者|讀者|网友|網友|粉丝|粉絲|群|俱乐部|俱樂部|之友|爱好者|愛好者|联盟|聯盟"
# "(not X)", 来源：网络（非X）, "unlike X", "other than X", "not from the X", 而非来自X: the name printed
# to say it is not the source. Read on the text before the name with its brackets and spaces
# stripped, so "the" ends it bare ("(not The X)": a new user's trial, session 20, was permitted).
_NEGATED_BEFORE = re.compile(
    r"(?i:\b(?:not|non|unlike|other than|instead of|rather than)(?:[ ](?:from|by|via|in|of))?(?:[ \-]{1,2}the|[ \-]{0,2}))$"
    r"|(?:非|不是|并非|並非|而非|不属于|不屬於)\s{0,2}(?:来自|來自|转载自|轉載自|转自|轉自|出自)?\s{0,2}$"
)
# "X has no rights in this text", "X is not the source", X无关: the name said to have no part in it
_NEGATED_AFTER = re.compile(
    r"(?i:^[ ]{0,2}(?:has|have|holds?|owns?|claims?)[ ](?:no|not any)[ ](?:rights?|copyright|claim)\b"
    r"|^[ ]{0,2}(?:is|was|are)[ ]not\b|^[ ]{0,2}(?:does|did)[ ]not\b)|^\s{0,2}(?:无关|無關|无权|無權|并无|並無|没有|沒有)"
)
# A capitalised word after a Latin name makes a longer name ("Lantern Bay Review Weekly Digest
# Club"), unless it is a legal form or a word a credit adds (Staff, Reporter, News Service).
_LONGER_NAME_AFTER = re.compile(
    r"[ ]{1,2}(?!(?:Ltd|Limited|Inc|LLC|LLP|PLC|Plc|Pty|Pvt|Co|Company|Corp|Corporation|Group|Media|Newspapers?|Publishing|Publications"
    r"|Online|Digital|News|Service|Wire|Staff|Reporter|Correspondent|Editor|Writer|Desk|Team|Bureau|Report|Reports|Reported)\b)"
    r"[A-Z][a-z]"
)


@functools.lru_cache(maxsize=4096)
def _spaced_name(name: str) -> re.Pattern[str]:
    """A folded name as a pattern over normalised text that may print spaces inside it
    (lantern bay review for lanternbayreview)."""
    return re.compile(r"\s*".join(map(re.escape, name)))


def _credit_names(names: Sequence[str], credit: str) -> bool:
    """Whether the credit string ``credit`` (as the page prints it) names one of ``names``
    (folded names) as its source: the name whole, not the start of a longer word or name ("Lantern Bay
    Reviewer", "Lantern Bay Review Weekly Digest Club", 临江晚报读者群), and not denied around
    it ("(not X)", 来源：网络（非X）, "X has no rights in this text"). A new user's trial
    (session 19) made copies `permitted` with each of these."""
    norm = normalize(credit)  # once for every name
    text = norm.text
    return any(_names_at(name, credit, norm, text) for name in names)


def _names_at(name: str, credit: str, norm: NormalizedText, text: str) -> bool:
    """:func:`_credit_names` for one name over the credit's normalised ``text``."""
    for m in _spaced_name(name).finditer(text):
        s, e = m.start(), m.end()
        if name[0].isascii() and name[0].isalnum() and s > 0 and text[s - 1].isascii() and text[s - 1].isalnum():
            continue
        if name[-1].isascii() and name[-1].isalnum() and e < len(text) and text[e].isascii() and text[e].isalnum():
            continue
        span = norm.to_original(s, e)
        before, after = credit[max(0, span.start - 16) : span.start].rstrip("(（[【 "), credit[span.end : span.end + 40]
        if _NEGATED_BEFORE.search(before) or _NEGATED_AFTER.search(after):
            continue
        if name[-1].isascii() and _LONGER_NAME_AFTER.match(after):
            continue
        if not name[-1].isascii() and re.match(rf"\s{{0,2}}(?:{_OTHER_ENTITY})", normalize(after[:8]).text):
            continue
        return True
    return False


def _credits_on_own_line(doc: Document, named: tuple[str, ...], article_text: str | None) -> str | None:
    """The line of its own over or under the text that credits one of ``named`` (folded names), or ``None``:
    the name alone ("Meridian Wire", "(Hudson Courier)" closing a feed item), a byline naming
    the agency ("By Litia Waqa, Meridian Wire"), a wire dateline ("SUVA, Nov 30 (Meridian Wire)
    -"). Read by line, as a line's ends
    say what it is: folded whole, a page's text runs its lines together. A line the article
    prints too (its own dateline) is the article's, copied with it, not the copier's credit."""
    # (a copy's credit under the text is often read as its notice: "By Y, X. Republished under CC BY")
    lines = [*_lines_at_ends(doc), *(doc.notice_text or "").splitlines()[:_NOTICE_LINES_READ]]
    pattern = _line_credit_for(named)
    own: set[str] | None = None
    for line in dict.fromkeys(lines):
        # (an address the line prints, or a link's address put after its text, makes no sentence longer)
        bare = _ADDRESS.sub("", line)
        folded = _fold_line(bare[: 2 * _CREDIT_LINE_CHARS])
        m = pattern.match(folded)
        if m is None:
            continue
        # a line credits as a whole; only a dateline opens a longer paragraph, and a byline may
        # go on to say how the copy republishes the text (a licence's name, "Read the original")
        longest = 2 * _CREDIT_LINE_CHARS if m.lastgroup == "byline" and _REPUBLISHING.search(folded) else _CREDIT_LINE_CHARS
        if len(bare) > longest and m.lastgroup != "dateline":
            continue
        if _DENIAL.search(line) or _without_site_wide(line) != line:
            continue
        if article_text is not None:
            if own is None:
                own = {_fold_line(a) for a in article_text.splitlines()}
                own_text = "".join(own)
            if folded in own or (m.lastgroup == "dateline" and m.group() in own_text):
                continue
        return line
    return None


# A web address printed on a line, with the brackets a link's address is put in after its text.
_ADDRESS = re.compile(r"[(（]?\bhttps?://[^\s)）]+[)）]?")


def _fold_line(s: str) -> str:
    """:func:`_fold` uncached: a page's lines are each folded once."""
    return re.sub(r"\s+", "", normalize(s).text)


# An organisation's legal or house suffix: the name a credit prints may leave it out.
_NAME_SUFFIX = re.compile(
    r"(?:(?:股份)?有限(?:责任)?公司|集团(?:有限公司)?|报业(?:集团|传媒集团)?|传媒(?:集团)?|社"
    r"|(?:[,.]?(?:holdings?|group|media|publishing|publications|newspapers|company|co|corp(?:oration)?|inc|ltd|limited|llc|plc|pty|gmbh|s\.a))+\.?)$"
)
_HAN_PART = re.compile(r"[\u3400-\u9fff]{2,}")
_LATIN_PART = re.compile(r"[a-z][a-z0-9&'.\-]{3,}")
_CORE_MIN_HAN = 3  # 港湾日报 yes; 人民 or 日报 alone names no one
_CORE_MIN_LATIN = 6


def _name_cores(folded: str) -> list[str]:
    """Shorter forms of a folded name a credit may print for it: without its legal or house
    suffix (港湾日报有限公司 → 港湾日报, 江城晨报社 → 江城晨报, thekestrelcourierltd →
    thekestrelcourier), and each script's half of a bilingual name (港湾日报harbourdaily →
    港湾日报, harbourdaily). A core shorter than three Han characters or six letters names no
    one and is left out."""
    out: list[str] = []
    parts = [folded]
    han, latin = _HAN_PART.findall(folded), _LATIN_PART.findall(folded)
    if han and latin:
        parts += [h for h in han] + ["".join(latin)]
    for part in parts:
        for candidate in (part, _NAME_SUFFIX.sub("", part)):
            candidate = candidate.removeprefix("the")
            han_only = all("\u3400" <= ch <= "\u9fff" for ch in candidate)
            if candidate != folded and len(candidate) >= (_CORE_MIN_HAN if han_only else _CORE_MIN_LATIN):
                out.append(candidate)
    return list(dict.fromkeys(out))


# A notice line that claims for a party (its © or 版权所有 line) or gives the story's origin.
_CLAIM_FOR = re.compile(
    r"©|\([cC]\)|(?i:copyright|appeared first on|(?:originally|first) (?:appeared|published|ran) (?:in|on|by))|版[权權]所有|著作[权權](?:所有|[归歸属屬])"
)
# A source label and what follows it on its line: 出處：X, 来源：X, "Source: X", a bar or (in
# Chinese) a slash in the colon's place (来源 | X, 来源丨X, "Source | X").
_SOURCE_LABEL = re.compile(
    r"(?:(?:出[处處]|[来來]源)[ ]{0,2}[:：|｜丨/／]|(?<![A-Za-z])(?i:source)[ ]{0,2}[:：|｜])[ ]{0,2}(?P<after>[^\n]{1,80})"
)
# A line that denies a tie (本文并非转载自X, 与X无关, "not affiliated with X"): it credits no one.
_DENIAL = re.compile(r"并非|並非|不是|无关|無關|无任何关系|無任何關係|(?i:\bnot (?:affiliated|associated|endorsed)\b)")
_DENIAL_BEFORE = 4  # folded characters before a credit read for a denial (并非, 不是)
# A site's statement about its content at large, over a folded clause (Simplified, lower case,
# no spaces): 本站部分文章转载自X等媒体, 部分内容来源于网络, "Some of our content is republished
# from X and other outlets". It credits no particular article (a new user's trial, session 20: a
# footer's 本站部分文章转载自X等媒体，版权归原作者所有 made a copy with no credit `permitted`). Not
# 本文部分内容来自X: that is this article's credit.
_SITE_WIDE = re.compile(
    r"(?<!本文)(?<!文中)(?<!此文)部分(?:文章|内容|稿件|图文|资讯|信息|作品|新闻|转载)"
    r"|等(?:多家|其他|其它)?(?:媒体|网站|网络媒体|平台|机构|单位|渠道|来源|公众号|报刊)|等[)）]?$"
    # ("Some stories courtesy of X and others", "Stories courtesy of X and other partners": a new
    # user's trial took the first for a credit)
    r"|some(?:of(?:our|the(?:site's|site|website's)?))?(?:content|articles|stories|material|posts|news|reports)"
    r"|(?:and|or)(?:other|various|several|many)(?:outlets|media|sources|publications|websites|sites|newspapers|partners"
    r"|agencies|contributors|news(?:outlets|organi[sz]ations|sources))"
    r"|(?:stories|articles|content|reports|posts|material)(?:are|is)?(?:courtesyof|from|by|via)[^.]*(?:and|&)others$"
)
# What may open one (a cheap test on the printed text before its clauses are folded).
_SITE_WIDE_CUE = re.compile(r"部分|等|(?i:some|other|various|several|many)")
# A clause: the text between sentence or clause marks, line breaks and the wide spaces between a
# line's fields (a dot ends one only before a space or the end: not inside a host or a number);
# a site's statement opens one of its own (来源：X 本站部分内容转载自…: the credit is another's).
_CLAUSE = re.compile(
    r"(?:[^\n\t\u3000。！？!?;；,，.]|\.(?!\s|$))(?:(?![ ]?本[站网網])[^\n\t\u3000。！？!?;；,，.]|\.(?!\s|$))*"
)


def _without_site_wide(text: str) -> str:
    """``text`` (as printed) without its clauses that are a site's statement about its content
    at large (:data:`_SITE_WIDE`): they credit no particular article, so a credit is looked for
    in the rest. The other clauses are kept as printed."""
    if not _SITE_WIDE_CUE.search(text):
        return text
    return _CLAUSE.sub(lambda m: "" if _SITE_WIDE.search(_fold_line(m.group())) else m.group(), text)


def _printed_site_wide(doc: Document, credit: str) -> bool:
    """Whether ``credit`` (a credit string the page gives: 来源：X's X) is printed only in a
    site-wide statement (:func:`_without_site_wide`), or is one itself (X等媒体)."""
    if _without_site_wide(credit) != credit:
        return True
    printed = _printed_line(doc, credit)
    return printed != credit and credit not in _without_site_wide(printed)
_ATTRIBUTION_CHARS = 120
"""Characters at each end of a page's text looked at for a credit in its sentences."""
# (names are folded: Simplified, lower case, no spaces)
_ATTRIBUTION = (
    r"据{name}[^,，。\n]{{0,16}}?(?:报道|报导|消息|讯|电)|{name}[^,，。\n]{{0,12}}?(?:讯|消息|电)(?=[(（,，:：]|$)"
    # (本文来自微信公众号：X, 转载自公众号“X”: the account's platform before its name)
    # (本文来源于X, 原文来自：X: the verb with a colon or 于 after it)
    r"|(?:原文|本文)?(?:刊于|刊载于|刊登于|原载于?|发表于|首发于|来自|来源于|来源自|源自|转载自|转自|选自|摘自|出自)[:：]?"
    r"(?:{platform}[:：]?)?[\"“「『《]?{name}"
    r"|accordingto(?:the)?{name}|(?:first|originally)(?:published|appeared|ran)(?:in|on|by)(?:the)?{name}"
    # "Republished from X under CC BY 4.0", "This article was reprinted from the X"
    r"|(?:republished|reprinted|reposted|syndicated|shared)from(?:the)?{name}"
    # "As reported by X", "As X reported on March 3", "(Reporting by X)"
    # ("h/t X", "hat tip to X": the credit social posts give)
    r"|(?:asreportedby|reportingby|reportedby|courtesyof|via|h/t|hattip(?:to)?)(?:the)?{name}|as(?:the)?{name}(?:has|had)?(?:first)?reported"
    # "X reports: …", "The X reported on Monday that …"
    r"|(?<![a-z])(?:the)?{name}(?:has|had)?(?:reports|reported|writes|wrote)(?![a-z]{{3}})"
    # "Read more at X", "Read the full story on the X" (a link to the original on its name, as often)
    r"|(?:readmore|readthe(?:full|original|whole)?(?:story|article|report|piece)|continuereading)(?:at|on|in)(?:the)?{name}"
    # "Adapted from a story by the X", "Licensed from X"
    r"|adaptedfrom(?:an?|the)?(?:story|article|report|piece|post)?(?:by|in|from|on)?(?:the)?{name}|licensedfrom(?:the)?{name}"
    # 作者：Y　出處：X closing the text: a source label after another field on its line; "Credit: X.
    # Original: <url>" ("Photo credit: X" credits the photo)
    # (a bar or, in Chinese, a slash in the colon's place: 来源|X, 来源丨X, "Source | X")
    # ("Courtesy: X" too)
    # ("Source - X", "Source — X": a dash in the colon's place)
    r"|(?<!图片)(?<!图)(?<!摄影)(?<!photo)(?<!image)(?:(?:出处|来源)[:：|丨/]|(?:source|(?<![a-z])credits?|courtesy)[:：|\-–—])"
    r"(?:{platform}[:：]?)?[\"“「『《]?(?:the)?{name}(?![a-z]|{other_entity})"
    # "… this year. (Hudson Courier)": the bracketed name closing a feed item's last sentence
    r"|[.!?。！？\"”’]\((?:the)?{name}\)$"
    # （東海岸新聞網提供）, 文／X提供: supplied by X (圖／X提供 and 照片／X提供 credit the photo only)
    r"|\((?:图?文/)?{name}提供|(?<![\w/])图?文/{name}提供"
)


@functools.lru_cache(maxsize=4096)
def _attribution_for(names: tuple[str, ...]) -> re.Pattern[str]:
    """:data:`_ATTRIBUTION` compiled for an article's folded names (longest first, as one
    alternation), cached: the same articles' names are asked on every match, and the pattern is
    long to compile (compiled per name, the names' cores thrashed re's own cache of 512)."""
    return re.compile(
        _ATTRIBUTION.format(name=_names_alternation(names), other_entity=_OTHER_ENTITY, platform=ACCOUNT_PLATFORM)
    )


def _names_alternation(names: tuple[str, ...]) -> str:
    """The folded names as one group of alternatives, in the given order (longest first)."""
    return "(?:" + "|".join(map(re.escape, names)) + ")"


_CREDIT_LINES_READ = 3
"""Lines at each end of a page's text looked at for a credit on a line of its own."""
_CREDIT_LINE_CHARS = 120
# (names are folded: lower case, no spaces; a separator between byline fields is a comma, bar,
# slash, dot or dash)
_LINE_CREDIT = (
    # "Meridian Wire", "(Hudson Courier)", "— Meridian Wire": the name alone on its line
    r"(?P<alone>[(\[【\-–—]?(?:the)?{name}[)\]】]?[.。]?$)"
    # "By Litia Waqa, Meridian Wire", "Story by X | Meridian Wire, Suva", 文／林美华，X; the
    # copy's own words on how it republishes may follow the name ("By Y, X. Republished under
    # CC BY 4.0. Original: <link>", "By Y, X; republished under …": a new user's trial)
    # ("Article by Y for the X": the outlet a writer wrote for)
    # ("Adapted from a story by Y, X, under CC BY 4.0": an edited copy's byline, session 31 trial)
    r"|(?P<byline>(?:(?:(?:adapted|excerpted|condensed|abridged|taken|reprinted|republished|reproduced)from(?:a|an|the)?"
    r"(?:story|article|report|piece|column|post|essay)?)?(?:words|text|story|written|reporting|interview|article)?by|(?:图?文|作者|撰文|记者)[:：/|])"
    r"[^,，;|｜/·•–—(]{{1,40}}?(?:[,，;|｜/·•\-–—]|for)(?:the)?{name}"
    r"(?:[,，;|｜/·•\-–—](?=[^\n]{{0,20}}?{republish})[^\n]*|[,，;|｜/·•\-–—][^\n]{{0,40}}|[.。][^\n]*)?$)"
    # "SUVA, Nov 30 (Meridian Wire) -": a wire's dateline, place and date then the agency
    r"|(?P<dateline>[a-z][a-z.'\-]{{1,30}}(?:,[a-z]{{3,9}}\.?\d{{1,2}}(?:,\d{{4}})?)?\((?:the)?{name}\)[\-–—:])"
    # "From The Eastbridge Times. Shared for my neighbours": a line opening with where the copy
    # is from, the name's sentence or clause ending there
    # ("From the X (free to republish):": a remark in brackets after the name)
    r"|(?P<from>(?:from|via)(?:the)?{name}(?:\([^()\n]{{1,40}}\))?(?:[.。:：;!]|$))"
    # "Read more at X", "Read the full story at X", "Continue reading on X": the whole line
    r"|(?P<readmore>(?:read|see|continuereading)(?:more|the(?:full|original|whole)?(?:story|article|report|piece)"
    r"|therest(?:ofthe(?:story|article))?)?(?:at|on|in|from)(?:the)?{name}[.。!]?$)"
)


# Words of a copy's line saying how it republishes the text (folded: no spaces, lower case).
_REPUBLISH_WORDS = r"(?:republish|reprint|repost|licen[cs]|creativecommons|ccby|original|转载|授权|原文)"


_REPUBLISHING = re.compile(_REPUBLISH_WORDS)


@functools.lru_cache(maxsize=4096)
def _line_credit_for(names: tuple[str, ...]) -> re.Pattern[str]:
    """:data:`_LINE_CREDIT` compiled for an article's folded names (as :func:`_attribution_for`)."""
    return re.compile(_LINE_CREDIT.format(name=_names_alternation(names), republish=_REPUBLISH_WORDS))


def _credit_host(name: str) -> str | None:
    """``name`` as a host a credit may name (``river.example.com``); ``None`` for a name that
    is no host; ``""`` for a host that names no one: a shared publishing platform
    (``mp.weixin.qq.com``: another account there credits nobody by printing it) or a public
    suffix. A host credit is matched whole, never inside a longer host
    (``notriver.example.com``, ``river.example.com.evil.net``)."""
    host = name.strip().lower().rstrip(".")
    if "." not in host or not re.fullmatch(r"[a-z0-9.\-]{3,253}", host):
        return None
    if on_shared_platform(host) or _is_public_suffix(host):
        return ""
    if _registrable(host) is None and host.rsplit(".", 1)[-1] not in _RESERVED_TLDS:
        return None  # a name with dots in it (X Sdn. Bhd., X S.p.A.), not a host: no known suffix ends it
    return host


# RFC 2606's names reserved for examples and tests: hosts, though on no suffix list.
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})


# The use a match of each kind makes of the article, and the permitted uses that cover it.
_COVERING_USES: dict[str, tuple[str, ...]] = {
    "reprint": ("reprint",),
    "edited": ("modify",),
    "excerpt": ("excerpt", "reprint"),
}
_KIND_USE = {"reprint": "reprint", "edited": "modify", "excerpt": "excerpt"}
# A notice permitting ``copy`` (reproduce: "This statement may be freely reproduced", "may be
# reproduced with credit to X") permits a verbatim reprint or an excerpt of the article too, a
# reproduction of it, unless it forbids reprinting or redistributing explicitly (a personal copy:
# "for your personal use only; may not be redistributed"). A new user's trial: a press office's
# statement said "Permits: copy" and every verbatim re-post of it was `reprint`.
_COPY_COVERS = frozenset(("reprint", "excerpt"))
_COPY_UNLESS_FORBIDDEN = ("reprint", "redistribute")
# Nor when what it permits is the reader's own use ("This copy is for your personal,
# non-commercial use only", "may be copied for private use"): that is no permission to publish
# a copy (the trial's paywall notice read as permitting ``copy`` on condition of non_commercial).
_PERSONAL_USE = re.compile(r"(?i)\b(?:personal|private)\b[^.\n;]{0,30}?\buse\b")
# Conditions of a permission no page shows: whether the use is commercial, under what licence
# the copy is shared. A permitted match leaves them to a person (the reports say so).
UNCHECKED_CONDITIONS = ("non_commercial", "share_alike")


_NOTICE_LINES_READ = 40


@functools.lru_cache(maxsize=1024)
def _claimed_by(line: str) -> str | None:
    """The rights holder a line of a page's own notice names (parsed once, not once per match)."""
    return parse_notice(line).rights_holder


def keeps_notice(doc: Document, notice: LicenceNotice) -> bool:
    """Whether a page keeps the article's notice: its own notice block claims the text for the
    rights holder (parsed, it names them: naming them in a denial, 本文并非转载自X, does not), or
    its text holds the notice's first line."""
    return kept_notice_line(doc, notice) is not None


def kept_notice_line(doc: Document, notice: LicenceNotice) -> str | None:
    """The line of the page that keeps the article's notice (see :func:`keeps_notice`), as the
    page prints it, or ``None``: the line where the notice's first line begins, else the
    page's notice line claiming the text for the rights holder. What a report quotes as the
    credit is the page's own words, never the article's notice (a new user's trial quoted the
    article's CC sentence, which the page did not print)."""
    first = next((line.strip() for line in notice.text.splitlines() if line.strip()), "")
    if first:
        key = _fold(first)
        lines = [line for line in f"{doc.text}\n{doc.notice_text or ''}".splitlines() if line.strip()]
        folded = [_fold_line(line) for line in lines]
        at = "".join(folded).find(key)
        if at >= 0:  # (the notice's first line may run over the page's lines: where it begins)
            for line, f in zip(lines, folded):
                if at < len(f):
                    return line.strip()
                at -= len(f)
    holder = _fold(notice.rights_holder) if notice.rights_holder else None
    if not holder or not doc.notice_text:
        return None
    # only the lines naming the holder are parsed: a page's notice block may run long; a site's
    # statement about its content at large ("Some of our content is republished from X") keeps
    # no article's notice
    for printed in doc.notice_text.splitlines()[:_NOTICE_LINES_READ]:
        if holder in _fold(printed) and (line := _without_site_wide(printed)):
            claimed = _claimed_by(line)
            if claimed is not None and _fold(claimed) == holder:
                return printed.strip()
    return None


def links_back(
    doc: Document, article_url: str | None, notice: LicenceNotice | None = None, *, article_text: str | None = None
) -> bool:
    """Whether a page links to the article's own site: a link (or a printed address) whose host
    is the host of the article's URL, in any spelling (:func:`host_of`). With no URL stored for
    the article, a link to a site its notice names (its own links' and e-mail addresses'
    registrable domains, shared platforms and webmail left out) counts; with none of those either
    there is nothing to compare with, and a credit stands for the link. A printed address
    counts without its scheme too (``harbourledger.example/2026/02/x``, ``(harbourledger.example)``;
    see :func:`_prints_address`), unless on a line that ``article_text``, the protected
    article's text, prints too (the article's own words, copied with it)."""
    host = host_of(article_url) if article_url else None
    if host:
        bare = host.removeprefix("www.")
        # a cheap test first, IDNA (host_of) only for links that may be on the host: one that
        # names it in ASCII, or one with non-ASCII characters (a Unicode spelling of it)
        return any(
            (bare in link.lower() or not link.isascii()) and (h := host_of(link)) and h.removeprefix("www.") == bare
            for link in doc.links
        ) or _prints_address(doc, (bare,), subdomains=False, article_text=article_text)
    sites = _notice_sites(notice)
    if not sites:
        return True
    return any((h := host_of(link)) and _site_key(h) in sites for link in doc.links) or _prints_address(
        doc, tuple(sorted(sites)), subdomains=True, article_text=article_text
    )


def _prints_address(doc: Document, hosts: tuple[str, ...], *, subdomains: bool, article_text: str | None) -> bool:
    """Whether the page prints an address on one of ``hosts`` (ASCII forms, lower case) without
    its scheme, in its text, notice, header lines, credits or claims: the host whole (``www.`` before it allowed;
    with ``subdomains``, any subdomain, for a notice's registrable domain), maybe a path after it.
    Not inside another host or after one (``notharbourledger.example``,
    ``harbourledger.example.evil.example``, ``evil.example/harbourledger.example``), nor in an
    e-mail address. A line ``article_text`` prints too is the article's, not the copier's."""
    # (a credit line leaves the text: 'Source: X (x.example)' is read from the page's credits)
    lines = [*doc.text.splitlines(), *(doc.notice_text or "").splitlines(), *doc.header_lines, *doc.credits, *(c.text for c in doc.claims)]
    own: set[str] | None = None
    for host in hosts:
        forms = {host}
        if "xn--" in host:
            try:
                forms.add(idna.decode(host))  # printed in its Unicode spelling
            except idna.IDNAError:
                pass
        for form in forms:
            pattern = re.compile(
                r"(?<![\w.\-@/=?&%+~])" + (r"(?:[a-z0-9\-]{1,63}\.){0,8}" if subdomains else r"(?:www\.)?")
                + re.escape(form) + r"(?![\w\-]|\.[\w\-])"
            )
            for line in lines:
                lowered = line.lower()
                if form not in lowered or pattern.search(lowered) is None:
                    continue
                if article_text is not None:
                    if own is None:
                        own = {_fold_line(a) for a in article_text.splitlines() if a.strip()}
                    if _fold_line(line) in own:
                        continue
                return True
    return False


# Mail services whose addresses name no outlet's site.
_WEBMAIL = frozenset({"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "icloud.com"})


def _notice_sites(notice: LicenceNotice | None) -> frozenset[str]:
    """Registrable domains of the sites a notice names by its links and e-mail addresses."""
    if notice is None:
        return frozenset()
    hosts = [host_of(u.url) for u in notice.urls] + [e.address.rsplit("@", 1)[-1].lower() for e in notice.emails]
    return frozenset(r for h in hosts if h and not on_shared_platform(h) and (r := _site_key(h)) not in _WEBMAIL)


def _site_key(host: str) -> str:
    """``host``'s registrable domain, or its last two labels where the Public Suffix List knows
    no suffix (RFC 2606's ``.example`` names)."""
    return _registrable(host) or ".".join(host.split(".")[-2:])


def permission(
    kind: MatchKind, notice: LicenceNotice | None, *, attributed: bool, doc: Document, article_url: str | None = None,
    article_text: str | None = None,
) -> tuple[bool, tuple[str, ...]]:
    """Whether the article's own notice permits what a match of ``kind`` does, and the
    conditions the page does not meet: ``(permitted, unmet_conditions)``.

    Only the protected article's notice grants a permission; the suspect page can only meet
    its conditions. ``reprint`` needs a permitted ``reprint``, ``edited`` a permitted ``modify``
    (and no ``no_derivatives``), ``excerpt`` a permitted ``excerpt`` or ``reprint`` (and
    ``excerpt`` not forbidden); a permitted ``copy`` (reproduce) covers ``reprint`` and
    ``excerpt`` too unless the notice forbids ``reprint`` or ``redistribute`` or permits only a
    reader's personal use (:data:`_PERSONAL_USE`). Conditions a page can show are checked: ``credit`` and
    ``link_back`` by :func:`is_attributed` (``attributed``), ``link_back`` also by a link to
    the article's own site or its address printed with or without a scheme, not on a line the
    article's own text (``article_text``) prints (:func:`links_back`, ``article_url``), ``keep_notice`` by
    :func:`keeps_notice`. ``non_commercial`` and ``share_alike`` cannot be read from a page:
    they are reported with the match (``conditions``) for a person to judge. Returns
    ``(False, ())`` when no permission covers the use.
    """
    if notice is None or not notice.permitted_uses:
        return False, ()
    covered = any(u in notice.permitted_uses for u in _COVERING_USES[kind]) or (
        kind in _COPY_COVERS and "copy" in notice.permitted_uses
        and not any(u in notice.forbidden_uses for u in _COPY_UNLESS_FORBIDDEN)
        and not _PERSONAL_USE.search(notice.text)
    )
    if not covered or _KIND_USE[kind] in notice.forbidden_uses:
        return False, ()
    unmet: list[str] = []
    for condition in notice.conditions:
        if condition in ("credit", "link_back") and not attributed:
            unmet.append(condition)
        elif condition == "link_back" and not links_back(doc, article_url, notice, article_text=article_text):
            unmet.append(condition)
        elif condition == "keep_notice" and not keeps_notice(doc, notice):
            unmet.append(condition)
        elif condition == "no_derivatives" and kind == "edited":
            unmet.append(condition)
    return not unmet, tuple(unmet)


@dataclass(frozen=True)
class ArticleRef:
    """The protected article a match points at."""

    id: str
    title: str | None
    source: str
    url: str | None
    date: str | None
    outlet: str | None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "date": self.date,
            "outlet": self.outlet,
        }


@dataclass(frozen=True)
class Match:
    """One document against one protected article: the finding and whom to call.

    ``article`` is the protected article (id, title, outlet, URL); ``kind`` ``reprint``,
    ``edited`` or ``excerpt``; ``licence`` the evidence of a licence (``licence.status``:
    ``licensed``, ``claimed``, ``permitted`` or ``none``); ``alignment`` the copied passages with
    character offsets on both sides (``coverage`` and ``similarity`` are read from it, 0.0-1.0);
    ``notice`` the article's parsed licensing notice, whom to call: ``notice.rights_holder``,
    ``notice.phones`` / ``emails`` / ``urls`` each with its ``role`` (``licensing``, ``tip``,
    ``complaint``, ``subscription``, ``advertising``, ``other``), ``forbidden_uses``,
    ``permitted_uses`` and ``conditions`` (``None`` when the article printed no notice).
    ``finding`` says whether the match is one to act on."""

    article: ArticleRef
    kind: MatchKind
    licence: Licence
    attributed: bool
    alignment: Alignment
    notice: LicenceNotice | None
    document_text: str = field(default="", repr=False)
    # The document's own text of each passage, once the page text is dropped (see slim()).
    passage_texts: tuple[str, ...] | None = field(default=None, repr=False)
    permitted: bool = False
    """The article's own notice permits this match's use and the page meets the conditions it
    can show (see :func:`permission`); then ``licence.status`` is ``permitted`` unless licensed."""
    unmet_conditions: tuple[str, ...] = ()
    """Conditions of a permission covering this use that the page does not meet (the match is
    then a finding); empty when no permission covers the use."""
    article_texts: tuple[str, ...] = field(default=(), repr=False, compare=False)
    """The protected article's own text of each passage, in passage order (what the copy is
    compared with, for people's reports: HTML). Not part of ``to_dict()``: the JSON gives the
    article's offsets. Empty when the match was made without it."""
    credit: str | None = None
    """What was taken as the page's credit to the article's outlet, as the page prints it (at
    most 120 characters around the name; :func:`attribution`), or ``None`` when
    ``attributed`` is false; a copy keeping the article's own notice gives that notice's line."""

    @property
    def finding(self) -> bool:
        """An unlicensed match that no permission of the article's notice covers."""
        return not self.licensed and not self.permitted

    @property
    def conditions_to_judge(self) -> tuple[str, ...]:
        """The conditions of the permission a permitted (unlicensed) match stands on that no page
        shows (:data:`UNCHECKED_CONDITIONS`: ``non_commercial``, ``share_alike``): ``permitted``
        assumes them met, a person judges them. Empty otherwise."""
        if not self.permitted or self.licensed or self.notice is None:
            return ()
        return tuple(c for c in self.notice.conditions if c in UNCHECKED_CONDITIONS)

    @property
    def edits_excluded(self) -> bool:
        """An edited copy or an excerpt that is a finding while the article's notice permits
        other uses and excludes modification (``no_derivatives``, or ``modify`` forbidden): the
        permission does not cover it, whatever the page credits (CC BY-ND, 歡迎轉載…不得修改)."""
        n = self.notice
        if not self.finding or self.kind == "reprint" or self.unmet_conditions or n is None or not n.permitted_uses:
            return False
        return "no_derivatives" in n.conditions or "modify" in n.forbidden_uses

    def texts(self) -> tuple[str, ...]:
        """The document's own text of each passage, in passage order, with a bracket or quote
        the passage closes or opens at its edge (see :func:`quoted`)."""
        if self.passage_texts is not None:
            return self.passage_texts
        return tuple(quoted(self.document_text, p.document.start, p.document.end) for p in self.alignment.passages)

    def slim(self) -> Match:
        """This match without the page text: only its passages' texts are kept."""
        if self.passage_texts is not None and not self.document_text:
            return self
        return replace(self, document_text="", passage_texts=self.texts())

    @property
    def licensed(self) -> bool:
        """Covered by evidence (``licence.status == "licensed"``); a claim is not enough."""
        return self.licence.status == "licensed"

    @property
    def coverage(self) -> float:
        return self.alignment.coverage

    @property
    def similarity(self) -> float:
        return self.alignment.similarity

    def to_dict(self) -> dict[str, object]:
        n = self.notice
        return {
            "article": self.article.to_dict(),
            "kind": self.kind,
            "licensed": self.licensed,
            "licence": self.licence.to_dict(),
            "attributed": self.attributed,
            "credit": self.credit,
            "coverage": round(self.coverage, 4),
            "similarity": round(self.similarity, 4),
            "containment": round(self.alignment.containment, 4),
            "passages": [
                {
                    "article_start": p.article.start,
                    "article_end": p.article.end,
                    "document_start": p.document.start,
                    "document_end": p.document.end,
                    "score": round(p.score, 4),
                    "text": text,
                }
                for p, text in zip(self.alignment.passages, self.texts())
            ],
            "rights_holder": n.rights_holder if n else None,
            "contacts": {
                "phones": [p.to_dict() for p in n.phones] if n else [],
                "emails": [e.to_dict() for e in n.emails] if n else [],
                "urls": [u.to_dict() for u in n.urls] if n else [],
            },
            "forbidden_uses": list(n.forbidden_uses) if n else [],
            "permitted_uses": list(n.permitted_uses) if n else [],
            "conditions": list(n.conditions) if n else [],
            "permitted": self.permitted,
            "unmet_conditions": list(self.unmet_conditions),
            "notice_licence": n.licence if n else None,
            "conditions_to_judge": list(self.conditions_to_judge),
            "edits_excluded": self.edits_excluded,
        }


@dataclass(frozen=True)
class DocumentReport:
    """The verdict on one suspect document with its matches, most severe first."""

    path: str | None
    url: str | None
    sha256: str | None
    decoding: Decoding | None
    verdict: Verdict
    reason: str | None = None
    matches: tuple[Match, ...] = ()
    title: str | None = None

    def __post_init__(self) -> None:
        if self.verdict in ("skipped", "error") and not self.reason:
            raise ValueError(f"a {self.verdict!r} report needs a reason (what to do about the input)")

    @property
    def unlicensed(self) -> bool:
        """Whether the verdict is a finding (``reprint``, ``edited`` or ``excerpt``): some match
        is neither licensed nor permitted."""
        return self.verdict in UNLICENSED_VERDICTS

    def slim(self) -> DocumentReport:
        """This report without the page's text (each match keeps its passages' texts): what a
        scan keeps of a document once it is reported. ``to_dict()`` is unchanged."""
        if not self.matches:
            return self
        return replace(self, matches=tuple(m.slim() for m in self.matches))

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "sha256": self.sha256,
            "decoding": (
                {"encoding": self.decoding.encoding, "rule": self.decoding.rule, "repair": self.decoding.repair}
                if self.decoding
                else None
            ),
            "verdict": self.verdict,
            "reason": self.reason,
            "matches": [m.to_dict() for m in self.matches],
        }


def document_verdict(matches: list[Match]) -> tuple[Verdict, tuple[Match, ...]]:
    """The document verdict and its matches ordered most severe first (permitted, then
    licensed, last)."""
    ordered = tuple(sorted(matches, key=lambda m: (m.licensed, m.permitted, -SEVERITY[m.kind], -m.coverage)))
    findings = [m for m in ordered if m.finding]
    if findings:
        return findings[0].kind, ordered
    if any(m.permitted and not m.licensed for m in ordered):
        return "permitted", ordered
    if ordered:
        return "licensed", ordered
    return "clean", ordered


@dataclass(frozen=True)
class ScanReport:
    """Reports on every scanned document, in input order."""

    documents: tuple[DocumentReport, ...]

    interrupted: bool = False  # the scan was stopped (Ctrl-C) before every document was read

    @property
    def exit_code(self) -> int:
        """0 nothing unlicensed, 1 unlicensed findings, 3 per-file errors and no finding."""
        return exit_code(self.counts())

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.documents:
            out[d.verdict] = out.get(d.verdict, 0) + 1
        return out

    def to_dict(self) -> dict[str, object]:
        """The JSON report (``report/schema.json``), ``format_version`` first."""
        return {
            "format_version": FORMAT_VERSION,
            "documents": [d.to_dict() for d in self.documents],
            "summary": self.counts(),
            "interrupted": self.interrupted,
        }


def exit_code(counts: dict[str, int]) -> int:
    """The exit code of a scan from its verdict counts: 1 with an unlicensed finding, else 3
    with a per-file error, else 0."""
    if any(counts.get(v) for v in UNLICENSED_VERDICTS):
        return 1
    if counts.get("error"):
        return 3
    return 0
