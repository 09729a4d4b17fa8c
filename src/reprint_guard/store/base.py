"""The store's one interface: what the :class:`Guard` and the index replica may ask of a backend.

A backend (``sqlite.py`` today) implements :class:`Store`; everything here is backend-neutral:
article ids, the manifest a store made with a fingerprint scheme must carry and its check, the
stored-article record, and the byte formats of notices and signatures.

A backend keeps, per protected article, its metadata, parsed notice, body text, document and
passage MinHash signatures and LSH band keys, under an integer **row id** that is never reused
for another article; and an append-only **change log** (sequence number, row id, operation)
that lets a long-lived reader (:class:`~reprint_guard.store.replica.IndexReplica`) catch up with
what other processes protected or removed. Every write is all-or-nothing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from ..config import FingerprintScheme
from ..ingest import EXTRACTOR_VERSION
from ..notice import NOTICE_VERSION
from ..errors import IncompatibleStoreError, StoreError
from ..fingerprint import ArticleFingerprint, to_lean_minhash
from ..models import Decoding, Email, LicenceNotice, Link, Phone
from ..normalize import NORMALIZER_VERSION, confusables_version, normalize, opencc_version

if TYPE_CHECKING:
    from datasketch import LeanMinHash

STORE_FORMAT = "reprint_guard-fingerprints"
# 1: articles, signatures, change log. 2: each article's original input bytes (compressed) and
# the extractor and notice-parser versions it was made with; the manifest records both
# versions. Older stores open read-only as they are and migrate in place on a writable open.
STORE_VERSION = 2
# The manifest entries a store's signatures depend on: stores that differ in one cannot be
# compared, and only `reprint-guard upgrade --refingerprint` brings them over.
SCHEME_KEYS = ("scheme", "normalizer_version", "fold_probe")


def article_id(source: str) -> str:
    """Short stable id of an article: the first 12 hex digits of SHA-256 of its source string.

    The source is the path as given (relative paths stay relative) or the URL, hashed as the
    bytes :func:`os.fsencode` gives: its UTF-8 bytes for any valid name (so ids made before
    stay), the file system's own bytes for a name that is not valid UTF-8 (held in a ``str``
    as ``surrogateescape`` code points U+DC80..U+DCFF).
    """
    return hashlib.sha256(os.fsencode(source)).hexdigest()[:12]


def source_to_db(source: str) -> str | bytes:
    """A source as a backend stores it: the ``str`` when it is valid UTF-8, else its
    :func:`os.fsencode` bytes (a name that is not valid UTF-8 cannot be UTF-8 text).
    :func:`source_from_db` reverses it."""
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(source)
    return source


def json_text(obj: object) -> str:
    """JSON that encodes as UTF-8 for a backend storing text: as ``json.dumps(obj,
    ensure_ascii=False)``, with a lone surrogate (a source name that is not valid UTF-8) as a
    ``\\udcXX`` escape, which ``json.loads`` turns back into the same ``str``."""
    text = json.dumps(obj, ensure_ascii=False)
    if text.isascii():
        return text
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text)


def source_from_db(value: str | bytes) -> str:
    """The ``str`` a stored source stands for (see :func:`source_to_db`)."""
    return os.fsdecode(value) if isinstance(value, bytes) else value


# Text whose folding stands for the normaliser's behaviour: Traditional characters and Taiwan
# phrases, pinyin, full-width forms, zero-width and decorative noise, English, and English with
# Cyrillic and Greek look-alike letters (о, у, е, Ν, а, Ѕ, ρ, ο), Latin letters with precomposed
# and combining accents (ł, a + U+0301, a dot below), a word reversed inside an isolated
# right-to-left override, a braille blank between words, zhuyin in brackets, pinyin glued after
# eight characters, Latin-script look-alikes (ɑ, ɡ, ı, small capitals ᴛ ᴏ ᴇ ʀ), and non-spacing
# marks after Han characters (U+3099, U+302A).
_FOLD_PROBE = (
    "軟體與網際網路的發(fā)展著實改變了頭髮後面裡外的資訊。計程車、滑鼠、影片、光碟、檔案、"
    "記憶體、伺服器、部落格、裏面、為了、於是、優化。ＡＢＣ１２３\u200b★①ﬁ Ünïcödé Straße "
    "C\u043ep\u0443 \u039d\u0435ws \u0430 \u0405\u03c1\u03bfrt "
    "\u0141o\u0301dz\u0301 ha\u0323rbour \u2066\u202eyrref\u202c\u2069\u2800shed "
    "河(ㄏㄜˊ)湾(ㄨㄢ)。九jiu 月yue 的de 一yi 个ge 傍bang 晚wan 灯deng。"
    "l\u0131\u0261h\u0251 \u1d1b\u1d0fw\u1d07\u0280 "
    "灯\u3099会\u302a"
)


@functools.lru_cache(maxsize=1)
def fold_probe_digest() -> str:
    """SHA-256 of how this normaliser (with this OpenCC) folds a fixed probe text.

    Stored in the manifest: two installations that fold the probe identically can share a
    store even when their OpenCC or confusable-homoglyphs versions differ, while a dictionary
    change that alters common conversions, or a confusables change that alters common
    look-alikes, is caught.
    """
    return hashlib.sha256(normalize(_FOLD_PROBE).text.encode("utf-8")).hexdigest()


def scheme_manifest(scheme: FingerprintScheme) -> dict[str, object]:
    """The manifest entries a store made with ``scheme`` and this code carries.

    ``opencc_version`` and ``confusables_version`` are recorded for the record; compatibility is
    judged on the scheme, the
    normaliser version and :func:`fold_probe_digest` (:data:`SCHEME_KEYS`). ``extractor_version``
    and ``notice_version`` are those every article of the store was made with (``None`` when
    some article predates them); they only decide what ``upgrade`` redoes.
    """
    return {
        "format": STORE_FORMAT,
        "store_version": STORE_VERSION,
        "scheme": scheme.to_dict(),
        "normalizer_version": NORMALIZER_VERSION,
        "fold_probe": fold_probe_digest(),
        "opencc_version": opencc_version(),
        "confusables_version": confusables_version(),
        "extractor_version": EXTRACTOR_VERSION,
        "notice_version": NOTICE_VERSION,
    }


def check_manifest(
    have: dict[str, object], want: dict[str, object], *, path: str, location: str, same_scheme: bool = True
) -> None:
    """Refuse a store whose manifest ``have`` cannot be used with ``want`` (:func:`scheme_manifest`).

    An older ``store_version`` is fine (read as it is, migrated on a writable open).
    ``same_scheme=False`` lets another fingerprint scheme through (``upgrade --refingerprint``).
    ``path`` names the store in messages, ``location`` is what ``--store`` takes.
    Raises :class:`StoreError` (not a store, or a ``store_version`` that is no format number)
    or :class:`IncompatibleStoreError` (a newer format, another fingerprint scheme or normaliser).
    """
    if have.get("format") != STORE_FORMAT:
        raise StoreError(
            f"{path} is not a reprint_guard fingerprint store (no manifest). "
            "Point --store at a store directory made by `reprint-guard protect`"
        )
    version = have.get("store_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(
            f"the fingerprint store {path} is corrupted: its manifest entry 'store_version' is {repr(version)[:40]}, "
            "not a format number. Nothing was changed. Restore it from a backup, or protect the articles "
            "again into a new store"
        )
    if version > STORE_VERSION:
        raise IncompatibleStoreError(
            f"the fingerprint store {path} has format version {version}, newer than this "
            f"reprint_guard understands ({STORE_VERSION}). Upgrade reprint_guard to read it"
        )
    diffs = [k for k in SCHEME_KEYS if have.get(k) != want[k]]
    if "fold_probe" in diffs:
        for key in ("opencc_version", "confusables_version"):
            if have.get(key) != want.get(key):
                diffs.append(key)  # a likely cause, worth showing (not when it is the same)
    if diffs and same_scheme:
        detail = "; ".join(f"{k}: store has {have.get(k)!r}, this reprint_guard uses {want.get(k)!r}" for k in diffs)
        raise IncompatibleStoreError(
            f"the fingerprint store {path} was made with another fingerprint scheme "
            f"({detail}). Its signatures cannot be compared with new ones. Rebuild them from the "
            f"stored articles: `reprint-guard upgrade --refingerprint --store {location}` (it lists "
            "any article whose original file it needs)"
        )


@dataclass(frozen=True)
class StoredArticle:
    """One protected article as stored (without its signatures)."""

    rowid: int
    id: str
    source: str
    url: str | None
    title: str | None
    date: str | None
    outlet: str | None
    body: str
    notice: LicenceNotice | None
    content_sha256: str
    decoding: Decoding
    licensees: tuple[str, ...]
    protected_at: str
    updated_at: str

    def summary(self) -> dict[str, object]:
        """The fields ``list --format json`` shows."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "date": self.date,
            "outlet": self.outlet,
            "rights_holder": self.notice.rights_holder if self.notice else None,
            "licensees": list(self.licensees),
            "chars": len(self.body),
            "protected_at": self.protected_at,
            "updated_at": self.updated_at,
        }


def notice_to_json(notice: LicenceNotice | None) -> str | None:
    """A parsed notice as stored: its ``to_dict()`` as JSON (``None`` for no notice)."""
    return json.dumps(notice.to_dict(), ensure_ascii=False) if notice else None


def notice_from_json(text: str | None) -> LicenceNotice | None:
    """The inverse of :func:`notice_to_json`."""
    if not text:
        return None
    d = json.loads(text)
    return LicenceNotice(
        text=d["text"],
        rights_holder=d.get("rights_holder"),
        phones=tuple(Phone(**p) for p in d.get("phones", ())),
        # Before notice version 2 e-mails and URLs were bare strings (no role).
        emails=tuple(Email(e) if isinstance(e, str) else Email(**e) for e in d.get("emails", ())),
        urls=tuple(Link(u) if isinstance(u, str) else Link(**u) for u in d.get("urls", ())),
        forbidden_uses=tuple(d.get("forbidden_uses", ())),
        permitted_uses=tuple(d.get("permitted_uses", ())),
        conditions=tuple(d.get("conditions", ())),
        licence=d.get("licence"),
    )


def decoding_to_str(decoding: Decoding) -> str:
    """``encoding:rule``, as stored."""
    return f"{decoding.encoding}:{decoding.rule}"


def decoding_from_str(text: str) -> Decoding:
    """The inverse of :func:`decoding_to_str` (a bare encoding reads as rule ``str``)."""
    enc, _, rule = text.partition(":")
    return Decoding(enc, rule or "str")  # type: ignore[arg-type]


def lean_bytes(sig: np.ndarray, seed: int) -> bytes:
    """datasketch's versioned ``LeanMinHash`` byte format, little-endian."""
    lean = to_lean_minhash(sig, seed)
    buf = bytearray(lean.bytesize(byteorder="<"))
    lean.serialize(buf, byteorder="<")
    return bytes(buf)


@dataclass(frozen=True)
class Fetched:
    """What one check asks of the store at once (:meth:`Store.fetch`): the newest change's
    sequence number, ``{rowid: uint32 [p, passage_num_perm]}`` passage signatures and
    ``{rowid: StoredArticle}`` (rows no longer stored are absent)."""

    seq: int
    signatures: dict[int, np.ndarray]
    articles: dict[int, StoredArticle]


@dataclass(frozen=True)
class Original:
    """An article's input as :meth:`Guard.protect_document` received it, to extract it again.

    ``data`` is the bytes read (or the text given); ``content_type`` and ``url`` are what the
    extractor was told. Stored compressed (zlib).
    """

    data: bytes | str
    content_type: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ArticleState:
    """What ``upgrade`` needs to know of a stored article: the versions it was made with
    (``None``: before stores recorded them) and whether its original input is stored."""

    rowid: int
    id: str
    extractor_version: int | None
    notice_version: int | None
    has_original: bool


def digest_update(h: hashlib._Hash, values: Sequence[str | bytes | int | None]) -> None:
    """Feed ``values`` to ``h`` unambiguously: a type tag and a length before each."""
    for v in values:
        if v is None:
            h.update(b"N")
            continue
        raw, tag = (v, b"B") if isinstance(v, bytes) else (str(v).encode("utf-8"), b"S" if isinstance(v, str) else b"I")
        h.update(tag + len(raw).to_bytes(8, "little") + raw)


def canonical_notice(notice_json: str | None) -> str | None:
    """A stored notice as canonical JSON (sorted keys), for digests."""
    notice = notice_from_json(notice_json)
    return json.dumps(notice.to_dict(), ensure_ascii=False, sort_keys=True) if notice else None


# The article fields a store digest covers, in order (see :meth:`Store.digest`).
DIGEST_FIELDS = (
    "id", "source", "url", "title", "date", "outlet", "body", "notice", "content_sha256", "decoding",
    "licensees", "n_shingles", "doc_signature", "passage_starts", "passage_signatures", "band_keys",
)  # fmt: skip


def scheme_digest_entries(manifest: dict[str, object]) -> bytes:
    """The manifest entries a digest covers (:data:`SCHEME_KEYS`) as canonical JSON."""
    return json.dumps({k: manifest.get(k) for k in SCHEME_KEYS}, sort_keys=True).encode()


@dataclass(frozen=True)
class ArticleRecord:
    """One article exactly as a store keeps it, row id aside: what ``migrate`` copies between
    backends (signatures in their stored byte forms, the notice as stored JSON)."""

    id: str
    source: str
    url: str | None
    title: str | None
    date: str | None
    outlet: str | None
    body: str
    notice_json: str | None
    content_sha256: str
    decoding: str
    licensees: tuple[str, ...]
    n_shingles: int
    doc_signature: bytes
    passage_starts: bytes
    passage_signatures: bytes
    band_keys: bytes
    protected_at: str
    updated_at: str
    extractor_version: int | None
    notice_version: int | None
    original: Original | None

    def digest_values(self) -> list[str | bytes | int | None]:
        """The values of :data:`DIGEST_FIELDS`, canonical (what :meth:`Store.digest` hashes)."""
        return [
            self.id, self.source, self.url, self.title, self.date, self.outlet, self.body,
            canonical_notice(self.notice_json), self.content_sha256, self.decoding,
            json.dumps(list(self.licensees), ensure_ascii=False), self.n_shingles, self.doc_signature,
            self.passage_starts, self.passage_signatures, self.band_keys,
        ]  # fmt: skip

    def digest(self) -> str:
        """SHA-256 (hex) of this article's canonical content (``migrate`` resumes by it)."""
        h = hashlib.sha256()
        digest_update(h, self.digest_values())
        return h.hexdigest()


def store_digest(manifest: dict[str, object], records: Iterable[ArticleRecord]) -> str:
    """:meth:`Store.digest` from the manifest and every record in id order."""
    h = hashlib.sha256(scheme_digest_entries(manifest))
    for rec in records:
        digest_update(h, rec.digest_values())
    return h.hexdigest()


class Store(Protocol):
    """What a fingerprint store backend provides (see the module docstring).

    Raises :class:`StoreError` (missing, unreadable, corrupted, read-only on write) and
    :class:`IncompatibleStoreError` (another scheme or a newer format) from any method.
    A store may be shared by threads.
    """

    scheme: FingerprintScheme
    writable: bool

    @property
    def location(self) -> str:
        """What :func:`~reprint_guard.store.open_store` takes to open this store again
        (a directory, or a ``scheme://`` URL)."""
        ...

    @property
    def index_path(self) -> Path | None:
        """Where the memory-mapped band index of this store lives, or ``None`` when the backend
        keeps none (the replica then builds the index in memory on every open)."""
        ...

    # -- handles ---------------------------------------------------------------------------
    def reader(self) -> Store:
        """A new read-only handle on the same store sharing no connection with this one (a
        forked worker's own), without the checks :func:`open_store` made already."""
        ...

    def close(self) -> None:
        """Release this thread's connection."""
        ...

    def batch(self) -> contextlib.AbstractContextManager[None]:
        """Group this thread's writes into one commit; each write inside stays all-or-nothing,
        and leaving (normally or by an exception) commits those completed."""
        ...

    def expect(self, items: Sequence[tuple[str, str]]) -> None:
        """A hint inside :meth:`batch`: ``(source, content SHA-256)`` of the articles about to
        be put. A server store reads what their puts need in one round trip; others ignore it."""
        ...

    # -- manifest --------------------------------------------------------------------------
    def manifest(self) -> dict[str, object]:
        """The manifest as stored (scheme, versions, ``store_uid``)."""
        ...

    def digest(self) -> str:
        """SHA-256 (hex) over the canonical content of every article, by id: the fields of
        :data:`DIGEST_FIELDS` (signatures in their stored byte forms, notice as sorted JSON) and
        the scheme (:func:`scheme_digest_entries`). Row ids, times, ``store_uid``, format and
        extractor versions and stored originals are left out, so a migration or an upgrade
        that changes no article keeps it."""
        ...

    def uid(self, *, create: bool = False) -> str | None:
        """The store's random identity (ties an index file to it); ``create`` makes one."""
        ...

    # -- writing ---------------------------------------------------------------------------
    def put(
        self,
        *,
        source: str,
        body: str,
        content_sha256: str,
        decoding: Decoding,
        fingerprint: ArticleFingerprint,
        url: str | None = None,
        title: str | None = None,
        date: str | None = None,
        outlet: str | None = None,
        notice: LicenceNotice | None = None,
        licensees: tuple[str, ...] = (),
        original: Original | None = None,
    ) -> tuple[str, str]:
        """Add or update one article atomically: ``(article_id, "added" | "updated" | "unchanged")``.
        Licensees accumulate; a call without ``url`` keeps the stored one. ``original`` is kept
        (compressed) for ``upgrade``; the article is recorded as made with this code's
        extractor and notice parser."""
        ...

    def remove(self, ids: list[str]) -> list[str]:
        """Remove articles by id, atomically. Returns the ids that were there."""
        ...

    # -- upgrading -------------------------------------------------------------------------
    def states(self) -> list[ArticleState]:
        """Every article's versions and whether its original is stored, oldest first."""
        ...

    def original(self, aid: str) -> Original | None:
        """The article's stored input, or ``None`` (protected before stores kept it)."""
        ...

    def rewrite(
        self,
        aid: str,
        *,
        body: str,
        title: str | None,
        date: str | None,
        outlet: str | None,
        decoding: Decoding,
        notice: LicenceNotice | None,
        fingerprint: ArticleFingerprint,
        extractor_version: int | None,
        notice_version: int | None,
    ) -> bool:
        """Replace what was derived from an article's input (re-extracted or re-parsed),
        keeping its id, source, URL, licensees, input and original. Logs an ``update`` when
        anything changed; returns whether it did."""
        ...

    def records(self, ids: Sequence[str] | None = None) -> Iterator[ArticleRecord]:
        """Articles exactly as stored, in id order (all, or those of ``ids`` that exist)."""
        ...

    def put_record(self, record: ArticleRecord) -> None:
        """Write an article exactly as ``record`` says (times and versions included), adding
        or replacing it atomically and logging the change: ``migrate``'s write."""
        ...

    def set_manifest(self, entries: dict[str, object]) -> None:
        """Write manifest entries (``upgrade``: the scheme after refingerprinting, versions)."""
        ...

    def atomic(self) -> contextlib.AbstractContextManager[None]:
        """One transaction for this thread's writes inside: committed whole on leaving, rolled
        back whole on an exception (unlike :meth:`batch`)."""
        ...

    # -- reading ---------------------------------------------------------------------------
    def articles(self) -> list[StoredArticle]:
        """All articles, oldest first."""
        ...

    def get(self, aid: str) -> StoredArticle | None:
        """The article with id ``aid``, or ``None``."""
        ...

    def get_rowid(self, rowid: int) -> StoredArticle | None:
        """The article in row ``rowid``, or ``None`` when it has gone."""
        ...

    def put_carrying_twins(self, **fields: object) -> tuple[str, str, list[tuple[str, str, tuple[str, ...]]]]:
        """:meth:`put` (same keyword arguments) with the licensees of the other articles stored
        from identical input bytes (twins: a file protected under another path spelling)
        carried over, so their licensed copies stay licensed. Returns ``(id, status, twins)``,
        twins as :meth:`same_content` gives them (this article left out)."""
        ...

    def same_content(self, content_sha256: str) -> list[tuple[str, str, tuple[str, ...]]]:
        """``(id, source, licensees)`` of the articles stored from identical input bytes."""
        ...

    def __len__(self) -> int: ...

    # -- change log ------------------------------------------------------------------------
    def last_seq(self) -> int:
        """Sequence number of the newest change (0 for a store never written)."""
        ...

    def change_at(self, seq: int) -> tuple[int, str] | None:
        """``(rowid, op)`` of change ``seq``, or ``None``."""
        ...

    def changes_since(self, seq: int) -> list[tuple[int, int, str]]:
        """``(seq, rowid, op)`` of every change after ``seq``, in order; op is ``add``,
        ``update`` or ``remove``."""
        ...

    # -- signatures ------------------------------------------------------------------------
    def band_keys(self, rowids: list[int] | None = None) -> Iterator[tuple[int, np.ndarray]]:
        """``(rowid, uint64 band keys)`` of the given articles (all when ``None``; absent
        rowids are skipped)."""
        ...

    def doc_signature(self, aid: str) -> LeanMinHash | None:
        """The article's document signature as a datasketch ``LeanMinHash``."""
        ...

    def passage_signatures(self, aid: str) -> tuple[np.ndarray, np.ndarray] | None:
        """``(starts int32 [p], signatures uint32 [p, passage_num_perm])`` of an article."""
        ...

    def passage_signatures_of(self, rowids: Sequence[int]) -> dict[int, np.ndarray]:
        """``{rowid: uint32 [p, passage_num_perm]}`` (rowids no longer stored are absent)."""
        ...

    def owners_of(self, rowids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """``{rowid: (outlet, rights holder)}`` of the given articles, either ``None`` when
        unknown (rowids no longer stored are absent): who an article's boilerplate belongs to."""
        ...

    def fetch(self, *, signatures: Sequence[int] = (), articles: Sequence[int] = ()) -> Fetched:
        """The change-log poll, passage signatures of ``signatures`` and the articles of
        ``articles``, as one request where the backend has requests (one round trip to a
        server): what a check needs of the store."""
        ...

    # -- the band index file ---------------------------------------------------------------
    def pull_index(self, path: Path) -> None:
        """Bring the local band index file ``path`` up to the store's shared snapshot, when
        the backend keeps one apart from the file (a server); else nothing. Never raises."""
        ...

    def publish_index(self, path: Path) -> None:
        """Share the band index file ``path`` a writer just wrote, when the backend keeps
        a snapshot apart from the file; else nothing. Never raises."""
        ...
