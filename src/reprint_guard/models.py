"""Frozen result types shared by every pipeline step.

Offsets are half-open ``[start, end)`` in Unicode code points. Scores are floats in ``[0, 1]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

USES = (
    "reprint", "modify", "excerpt", "mirror", "copy", "download", "broadcast", "redistribute", "scrape",
    "ai_training",
)  # fmt: skip
"""The uses a notice forbids or permits, one vocabulary: 转载/republish → ``reprint``, 修改/改编/
rewrite → ``modify``, 摘编/节选 → ``excerpt``, 镜像 → ``mirror``, 复制/翻印/reproduce → ``copy``,
下载使用 → ``download``, 公开播送/broadcast → ``broadcast``, 公开传输/传播/distribute →
``redistribute``, 爬虫抓取/text and data mining → ``scrape``, AI/模型训练 → ``ai_training``."""

FORBIDDEN_USES = USES
"""Compatibility name of :data:`USES` (it held only the first three before notice version 2)."""

CONDITIONS = ("credit", "keep_notice", "non_commercial", "share_alike", "no_derivatives", "link_back")
"""Conditions a permission sets: name the source (注明出处, attribution), keep the notice
(不保留版权的转载 refused), non-commercial use only, share alike, no derivatives, link back to the
original."""

CONTACT_ROLES = ("licensing", "tip", "complaint", "subscription", "advertising", "other")
"""What a contact is for: ``licensing`` (版权/授权/转载 contacts, and an unlabelled contact in a notice
that forbids or permits use), ``tip`` (报料, 新闻热线), ``complaint`` (举报), ``subscription``
(订报, 发行), ``advertising`` (广告) and ``other`` (客服, 总机, 投稿, fax, a general address)."""

DecodingRule = Literal[
    "str",  # the caller handed us text, nothing was decoded
    "bom",
    "utf-16-sniffed",  # UTF-16 without a byte-order mark, its NUL bytes read as UTF-16 text
    "utf-8",
    "declared",  # a declared charset (HTTP/meta/XML) that decodes the bytes strictly
    "declared-replaced",  # a declared UTF-8/GBK/Big5 failing only on junk bytes, replaced by U+FFFD
    "han-frequency",  # gb18030 vs cp950 chosen by how common the decoded Han characters are
    "utf-8-replaced",  # undeclared UTF-8 failing only on junk bytes, replaced by U+FFFD
    "charset-normalizer",
]


FORMAT_VERSION = 11
"""Version of the JSON/JSONL/CSV output; see ``report/schema.json`` and the README's changelog.

1. ``format_version`` itself; the schema.
2. CSV column ``reason`` appended.
3. ``licensed`` means covered by evidence of where the page was found (``--url``, ``--urls``),
   never by what the page says about itself; each match has a ``licence`` object:
   ``{"status": "licensed", "evidence": "url" | "urls_manifest" | "warc"}``,
   ``{"status": "claimed", "claim": "<what the page says>"}`` or ``{"status": "none"}``;
   CSV column ``licence`` (that status) appended; ``decoding.repair`` (``"ftfy.fix_encoding"``
   or ``null``).
4. JSONL lines carry ``"type": "document"`` and end with a ``"type": "summary"`` line
   (counts, ``documents``, ``exit_code``, ``interrupted``); the JSON report gains
   ``interrupted``. Names that are not valid UTF-8 are written as ``\\udcXX`` JSON escapes
   (CSV: ``\\xNN``).
5. Notices as outlets print them: phones gain ``role``; e-mails and URLs become objects
   ``{"address"|"url", "role"}``; matches gain ``permitted_uses``, ``conditions``, ``permitted``
   and ``unmet_conditions``; verdict and ``licence.status`` ``permitted``; ``forbidden_uses`` takes the whole use
   vocabulary; CSV columns ``licensing_phones``, ``licensing_emails``, ``other_contacts`` appended.
6. CSV column ``licensing_urls`` appended: a licensing contact printed only as a link (a
   syndication desk's page) was in no column.
7. CSV text cells that start with ``= + - @``, a tab or a carriage return get a leading ``'``
   (OWASP's CSV injection advice): a spreadsheet shows them as text instead of running them.
   Each match gains ``notice_licence``, the open licence its notice grants by short name
   (``"CC BY-NC-ND 4.0"``) or ``null``; CSV column ``notice_licence`` appended.
8. The ``protect`` report gains ``error``: why the run stopped early (Ctrl-C, the store failing)
   and what was committed, or ``null``; ``articles`` then holds the committed files only.
9. ``decoding.rule`` gains ``declared-replaced`` and ``utf-8-replaced`` (a declared or undeclared
   encoding whose only invalid bytes are junk, replaced by U+FFFD) and ``decoding.repair``
   ``cjk-mojibake:gb18030`` / ``:cp950`` / ``:big5hkscs`` (GBK or Big5 read as Latin-1 and saved
   again, read back); the ``show`` output (``list``'s fields and each article's ``notice``:
   ``stored_notice`` in the schema); report URLs without a ``user:password@`` part; CSV columns ``url``,
   ``page_title``, ``attributed``, ``unmet_conditions``, ``licence_claim`` appended.
10. Each match gains ``conditions_to_judge`` (a permitted match's conditions no page shows:
    ``non_commercial``, ``share_alike``) and ``edits_excluded`` (an edited copy or excerpt that
    is a finding while the notice's permission excludes modification); CSV columns
    ``conditions_to_judge`` and ``edits_excluded`` appended.
11. Each match gains ``credit``: what was taken as the page's credit to the article's outlet, as
    the page prints it (``null`` when ``attributed`` is false); CSV column ``credit`` appended.
"""

@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of code points."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start


MojibakeRepair = Literal["ftfy.fix_encoding", "cjk-mojibake:gb18030", "cjk-mojibake:cp950", "cjk-mojibake:big5hkscs"]


@dataclass(frozen=True)
class Decoding:
    """How bytes became text: the codec used and the rule that chose it.

    ``repair`` names the repair applied to the decoded text, if any: ``"ftfy.fix_encoding"``
    when the text was mojibake (UTF-8 once read as Latin-1/cp1252 and saved again) and
    ftfy's ``fix_encoding`` undid it; ``"cjk-mojibake:<codec>"`` when it was GBK or Big5 read
    as Latin-1/cp1252 and saved again, and its characters, encoded back to bytes, read as
    Chinese in ``<codec>`` (``gb18030``, ``cp950`` or ``big5hkscs``). Passages then quote the
    repaired text.
    """

    encoding: str
    rule: DecodingRule
    repair: MojibakeRepair | None = None


UrlSource = Literal["url", "urls_manifest", "warc"]
"""Where an evidenced URL came from: given for one document (``--url``, ``Guard.check(url=...)``),
a crawl manifest (``--urls``), or a WARC record's target URI."""


@dataclass(frozen=True)
class UrlEvidence:
    """Where a document was found, as the caller knows it (not as the page says).

    Only such a URL can show that a copy sits on a licensee's site: a page's own canonical or
    ``og:url`` link is a :class:`Claim`.

    Raises:
        TypeError: ``url`` is not a string.
        ValueError: ``source`` is not one of ``"url"``, ``"urls_manifest"``, ``"warc"`` (a
            report would name evidence its schema does not know).
    """

    url: str
    source: UrlSource = "url"

    def __post_init__(self) -> None:
        if not isinstance(self.url, str):
            raise TypeError(f"UrlEvidence.url must be a str, not {type(self.url).__name__}")
        if self.source not in get_args(UrlSource):
            raise ValueError(
                f"UrlEvidence.source must be one of {', '.join(map(repr, get_args(UrlSource)))}, not {self.source!r}"
            )


ClaimKind = Literal["canonical", "og:url", "outlet", "permission"]


@dataclass(frozen=True)
class Claim:
    """What a page says about itself that would license a copy if it were true.

    ``kind``: its ``<link rel="canonical">`` or ``og:url`` link (``text`` is the URL), an
    outlet it names as its source or site (``来源：X``, ``og:site_name``; see
    :attr:`Document.outlet` and :attr:`Document.credits`), or a permission line
    (``经X授权转载``, "reprinted with permission"; ``text`` is the line's words).
    """

    kind: ClaimKind
    text: str


@dataclass(frozen=True)
class Document:
    """An extracted input: main text plus metadata.

    ``text`` is what gets fingerprinted and aligned: the article body with navigation, the
    title/date/source lines and the licensing notice cut out. Passage offsets refer to it.
    ``credits`` holds the attribution strings the page states (``来源：X``, ``转载自X``,
    ``Source: X``), used to say whether a copy credits its source. ``claims`` holds what the
    page says about its own address and permission (its canonical / ``og:url`` link, permission
    lines); ``url`` is the URL given for it, else that link.
    """

    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date, ``YYYY-MM-DD``
    outlet: str | None = None
    url: str | None = None
    notice_text: str | None = None
    decoding: Decoding = field(default_factory=lambda: Decoding("utf-8", "str"))
    content_type: Literal["html", "text"] = "text"
    credits: tuple[str, ...] = ()
    claims: tuple[Claim, ...] = ()
    author: str | None = None  # the byline (作者：X, 文/X, By X, the author element or meta)
    # The lines before the body read by their look alone (a short first line taken for the
    # title when no markup or metadata names one; date, source and byline lines) and so left
    # out of ``text``, in order. In a copy any of them may be a body paragraph of the article.
    header_lines: tuple[str, ...] = ()
    # The lines the page prints as a credit, as printed: whole-line attributions ("Source: X",
    # "Courtesy: X") and the text of elements its markup calls a byline or credit
    # (``<p class="byline">``, ``<div class="credit">``), which the main text leaves out. What
    # a copy credits is read from them, and a report quotes them.
    credit_lines: tuple[str, ...] = ()
    # The country the page's declared language names (``<html lang="en-ZA">``, ``og:locale``
    # ``en_NZ``, a ``Content-Language`` of ``en-GB``), ISO 3166-1 alpha-2, or ``None``: the region
    # its notice's phone numbers written without a country code are read in (082 555 0147 on an
    # ``en-ZA`` page is South African).
    region: str | None = None
    # The http(s) addresses the page links to (``<a href>``, in document order, at most 2,000) or,
    # for plain text, prints: whether a copy links back to its source (a licence's condition).
    links: tuple[str, ...] = ()
    # Other readings of ``text`` when the page's text is interleaved with one kind of small inline
    # element (a junk ``<span>`` every few characters, hidden by CSS the extractor may not read):
    # the text without that kind of element, and with only it; for a plain text spelled out letter
    # by letter, the text with its letters joined. Empty for a normal page. A check uses the
    # reading that matches a protected article best.
    readings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Phone:
    """A phone number found in a licensing notice.

    ``e164`` is the number in E.164 form (``+869318159799``); ``extension`` the digits after
    转/ext, or ``None``; ``as_written`` the exact characters of the notice; ``type`` one of
    ``landline``, ``mobile``, ``service`` (400/800 numbers), ``fax`` (a number its label calls a
    fax line: 传真：…, "Fax: …") or ``unknown``; ``role`` one of
    :data:`CONTACT_ROLES`.
    """

    e164: str
    extension: str | None
    as_written: str
    type: str
    role: str = "other"

    def to_dict(self) -> dict[str, str | None]:
        return {
            "e164": self.e164,
            "extension": self.extension,
            "as_written": self.as_written,
            "type": self.type,
            "role": self.role,
        }


@dataclass(frozen=True)
class Email:
    """An e-mail address found in a licensing notice: ``address`` lower-cased with any
    obfuscation undone (``x (at) y.cn`` → ``x@y.cn``), ``role`` one of :data:`CONTACT_ROLES`,
    ``as_written`` the notice's characters (not serialised)."""

    address: str
    role: str = "other"
    as_written: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, str]:
        return {"address": self.address, "role": self.role}


@dataclass(frozen=True)
class Link:
    """A web address found in a licensing notice, as written; ``role`` one of :data:`CONTACT_ROLES`."""

    url: str
    role: str = "other"

    def to_dict(self) -> dict[str, str]:
        return {"url": self.url, "role": self.role}


@dataclass(frozen=True)
class LicenceNotice:
    """A parsed licensing notice: who holds the rights, how to reach them, what is forbidden
    and what is permitted on which conditions.

    ``forbidden_uses`` and ``permitted_uses`` are subsets of :data:`USES` in that order (a use
    is never in both), ``conditions`` a subset of :data:`CONDITIONS` in that order, ``licence``
    a Creative Commons id such as ``"CC BY-NC-ND 4.0"``, the UK's Open Government Licence
    (``"OGL v3.0"``), Taiwan's Open Government Data License (``"OGDL-Taiwan v1.0"``) or ``None``.
    """

    text: str
    rights_holder: str | None = None
    phones: tuple[Phone, ...] = ()
    emails: tuple[Email, ...] = ()
    urls: tuple[Link, ...] = ()
    forbidden_uses: tuple[str, ...] = ()
    permitted_uses: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    licence: str | None = None

    def contacts(self, role: str | None = None) -> tuple[Phone | Email | Link, ...]:
        """Phones, then e-mails, then URLs; only those with ``role`` when it is given."""
        every = (*self.phones, *self.emails, *self.urls)
        return tuple(c for c in every if role is None or c.role == role)

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "rights_holder": self.rights_holder,
            "phones": [p.to_dict() for p in self.phones],
            "emails": [e.to_dict() for e in self.emails],
            "urls": [u.to_dict() for u in self.urls],
            "forbidden_uses": list(self.forbidden_uses),
            "permitted_uses": list(self.permitted_uses),
            "conditions": list(self.conditions),
            "licence": self.licence,
        }


@dataclass(frozen=True, eq=False)
class NormalizedText:
    """Folded text with an offset map back to the original string.

    ``starts[i]`` and ``ends[i]`` give the original half-open range that folded character ``i``
    came from; both sequences are non-decreasing and ``starts[i] < ends[i]``. Several folded
    characters may share one original range (NFKC expansion) and one folded character may
    stand for several original ones (phrase-level Traditional→Simplified conversion).
    """

    text: str
    original: str
    starts: tuple[int, ...] | list[int]
    ends: tuple[int, ...] | list[int]

    def to_original(self, start: int, end: int) -> Span:
        """Map the folded range ``[start, end)`` to the original text.

        An empty folded range maps to an empty original range at the matching position.
        Raises ``IndexError`` when the range is outside the folded text.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise IndexError(f"folded range [{start}, {end}) outside [0, {n}]")
        if start == end:
            pos = self.starts[start] if start < n else len(self.original)
            return Span(pos, pos)
        return Span(int(self.starts[start]), int(self.ends[end - 1]))


@dataclass(frozen=True)
class ProtectOutcome:
    """What happened to one input of :meth:`Guard.protect`.

    ``status`` is ``added``, ``updated``, ``unchanged``, ``skipped`` (too short, empty, not
    text or too large, see ``reason``) or ``error`` (unreadable, see ``reason``). An ``added``
    article whose bytes equal an already protected one says so in ``reason``.
    """

    source: str
    status: str
    id: str | None = None
    title: str | None = None
    reason: str | None = None
