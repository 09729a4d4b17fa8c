"""Store upkeep: bring stored articles up to this version, and copy them between stores.

``upgrade_articles`` extracts again, from their stored input, the articles an older extractor
or notice parser made (:data:`~reprint_guard.ingest.EXTRACTOR_VERSION`,
:data:`~reprint_guard.notice.NOTICE_VERSION`), parses the stored notice text of articles kept
before stores held inputs, and refingerprints with another scheme on request.
``copy_articles`` copies articles as stored between any two backends (``migrate``). The
:class:`~reprint_guard.api.Guard` opens the stores and calls these; nothing here opens one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .config import FingerprintScheme
from .errors import InputError, StoreError
from .extract import extract, page_notice
from .fingerprint import ArticleFingerprint, fingerprint_article
from .ingest import EXTRACTOR_VERSION
from .models import ProtectOutcome
from .normalize import normalize
from .notice import NOTICE_VERSION, parse_notice
from .shingle import shingle
from .store import redact
from .store.base import SCHEME_KEYS, Original, Store, StoredArticle, scheme_manifest
from .verdict import ArticleRef

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class MigrateResult:
    """What :meth:`Guard.migrate` did: articles ``copied``, ``skipped`` (already there with an
    equal per-article digest: a resumed run), ``removed`` from the destination (not in the
    source), and both stores' :meth:`~reprint_guard.store.base.Store.digest` at the end."""

    source: str
    destination: str
    copied: int
    skipped: int
    removed: int
    source_digest: str
    destination_digest: str

    @property
    def equal(self) -> bool:
        """Whether the destination now holds exactly the source's articles."""
        return self.source_digest == self.destination_digest


@dataclass(frozen=True)
class UpgradeResult:
    """What :meth:`Guard.upgrade` did to a store.

    ``from_version``/``to_version``: the store format before and after (equal when nothing
    was migrated). ``reextracted``: articles extracted again from their stored input;
    ``reparsed``: articles without a stored input whose notice text was parsed again and body
    fingerprinted again; ``changed``: those of both whose stored content changed.
    ``needs_original``: articles made by an older extractor (or before stores kept inputs)
    that only their original file can bring up to date (``reprint-guard protect`` it again);
    ``skipped``: articles whose stored input no longer yields an article (kept as they were,
    with the reason).
    """

    store: str
    from_version: int
    to_version: int
    refingerprinted: bool
    reextracted: tuple[str, ...]
    reparsed: tuple[str, ...]
    changed: tuple[str, ...]
    needs_original: tuple[ArticleRef, ...]
    skipped: tuple[ProtectOutcome, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "store": self.store,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "refingerprinted": self.refingerprinted,
            "reextracted": list(self.reextracted),
            "reparsed": list(self.reparsed),
            "changed": list(self.changed),
            "needs_original": [{"id": a.id, "source": a.source, "title": a.title} for a in self.needs_original],
            "skipped": [{"id": o.id, "source": o.source, "reason": o.reason} for o in self.skipped],
        }


def fingerprint_body(text: str, scheme: FingerprintScheme, min_tokens: int) -> ArticleFingerprint | str:
    """The fingerprint of an article's body, or the reason it is too short to take one."""
    sh = shingle(normalize(text).text, scheme)
    if len(sh.tokens) < min_tokens or len(sh) == 0:
        return f"too short to fingerprint: {len(sh.tokens)} content tokens, at least {min_tokens} needed"
    return fingerprint_article(sh, scheme)


def copy_articles(
    src: Store, dst: Store, progress: Progress | None = None, *, replace: bool = False
) -> tuple[int, int, int]:
    """Copy every article of ``src`` into ``dst`` as stored (signatures, times, versions,
    original inputs); articles whose per-article digest already matches are skipped (a resumed
    run), articles only ``dst`` holds are removed when ``replace`` is true. Returns ``(copied,
    skipped, removed)``. ``progress(done, total, id)`` is called per article. Each article is
    written atomically.

    Raises :class:`StoreError` before writing anything when ``replace`` is false and ``dst``
    holds articles ``src`` does not (removing them is what makes the two stores equal, and with
    the arguments swapped it would empty a live store) or holds another version of an article
    (re-protected, licensees changed): overwriting it would lose that version."""
    source_ids = {state.id for state in src.states()}
    only_dst = sorted({state.id for state in dst.states()} - source_ids)
    if only_dst and not replace:
        shown = ", ".join(only_dst[:3]) + (", …" if len(only_dst) > 3 else "")
        raise StoreError(
            f"the destination {redact(dst.location)} holds {len(only_dst)} article(s) the source does not ({shown}): "
            "migrating would remove them to make it a copy of the source; check that SRC and DST are not "
            "swapped, or pass --replace (replace=True) to remove them"
        )
    have = {rec.id: rec.digest() for rec in dst.records()}
    if have and not replace:
        differ = sorted(rec.id for rec in src.records() if rec.id in have and have[rec.id] != rec.digest())
        if differ:
            shown = ", ".join(differ[:3]) + (", …" if len(differ) > 3 else "")
            raise StoreError(
                f"the destination {redact(dst.location)} holds another version of {len(differ)} article(s) "
                f"({shown}): migrating would overwrite them with the source's; check that SRC and DST are not "
                "swapped, or pass --replace (replace=True) to overwrite them"
            )
    copied = skipped = done = 0
    total = len(src)
    seen: set[str] = set()
    for rec in src.records():
        seen.add(rec.id)
        if have.get(rec.id) == rec.digest():
            skipped += 1
        else:
            dst.put_record(rec)
            copied += 1
        done += 1
        if progress:
            progress(done, total, rec.id)
    extra = sorted(set(have) - seen)
    removed = len(dst.remove(extra)) if extra else 0
    return copied, skipped, removed


def upgrade_articles(
    st: Store, *, scheme: FingerprintScheme, refingerprint: bool, min_tokens: int, progress: Progress | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[ArticleRef, ...], tuple[ProtectOutcome, ...]]:
    """Bring every article of the writable store ``st`` to this version, in one transaction
    (see :meth:`reprint_guard.api.Guard.upgrade`): returns the ids ``(reextracted, reparsed,
    changed)``, the articles that need their original file, and the ones kept as they were.

    Raises :class:`~reprint_guard.errors.StoreError` and changes nothing when ``refingerprint``
    meets an article that no longer yields one (its signatures would stay in the old scheme).
    """
    reextracted: list[str] = []
    reparsed: list[str] = []
    changed: list[str] = []
    needs: list[ArticleRef] = []
    skipped: list[ProtectOutcome] = []
    with st.atomic():
        states = st.states()
        for i, state in enumerate(states):
            art = st.get(state.id)
            if art is None:
                continue
            outdated = (state.extractor_version, state.notice_version) != (EXTRACTOR_VERSION, NOTICE_VERSION)
            original = st.original(state.id) if state.has_original else None
            if original is not None and (outdated or refingerprint):
                done = reextract(st, art, original, scheme, min_tokens)
                reextracted.append(art.id)
            elif original is None and (state.notice_version != NOTICE_VERSION or refingerprint):
                done = reparse(st, art, state.extractor_version, scheme, min_tokens)
                reparsed.append(art.id)
            else:
                done = False
            if isinstance(done, str):
                skipped.append(ProtectOutcome(art.source, "skipped", art.id, art.title, done))
            elif done:
                changed.append(art.id)
            if original is None and state.extractor_version != EXTRACTOR_VERSION:
                needs.append(ArticleRef(art.id, art.title, art.source, art.url, art.date, art.outlet))
            if progress:
                progress(i + 1, len(states), art.source)
        after = st.states()
        entries: dict[str, object] = {
            "extractor_version": _common({s.extractor_version for s in after}, EXTRACTOR_VERSION),
            "notice_version": _common({s.notice_version for s in after}, NOTICE_VERSION),
        }
        if refingerprint and skipped:
            # Their signatures would stay in the old scheme: keep everything as it was.
            raise StoreError(
                f"cannot refingerprint {st.location}: "
                + "; ".join(f"article {o.id} ({o.source}): {o.reason}" for o in skipped)
                + ". Nothing was changed. Remove those articles (reprint-guard remove ID) and run "
                "`reprint-guard upgrade --refingerprint` again"
            )
        if refingerprint:
            want = scheme_manifest(scheme)
            entries.update({k: want[k] for k in (*SCHEME_KEYS, "opencc_version", "confusables_version")})
        st.set_manifest(entries)
    return tuple(reextracted), tuple(reparsed), tuple(changed), tuple(needs), tuple(skipped)


def _common(versions: set[int | None], current: int) -> int | None:
    """The version every article is at (``current`` for no article), or ``None`` (mixed, or
    unknown for some)."""
    if not versions:
        return current
    return next(iter(versions)) if len(versions) == 1 else None


def reextract(
    st: Store, art: StoredArticle, original: Original, scheme: FingerprintScheme, min_tokens: int
) -> bool | str:
    """Extract ``art`` again from its stored input and rewrite it: whether it changed, or why it
    was kept as it was (the input no longer yields an article)."""
    try:
        doc = extract(original.data, content_type=original.content_type, url=original.url, path=art.source)
    except InputError as e:
        return str(e)
    fp = fingerprint_body(doc.text, scheme, min_tokens)
    if isinstance(fp, str):
        return fp
    notice = page_notice(doc)
    return st.rewrite(
        art.id, body=doc.text, title=doc.title, date=doc.date, outlet=doc.outlet, decoding=doc.decoding,
        notice=notice, fingerprint=fp, extractor_version=EXTRACTOR_VERSION, notice_version=NOTICE_VERSION,
    )  # fmt: skip


def reparse(
    st: Store, art: StoredArticle, extractor_version: int | None, scheme: FingerprintScheme, min_tokens: int
) -> bool | str:
    """Parse the stored notice text of ``art`` again and fingerprint its stored body again:
    whether it changed, or why it was kept as it was."""
    fp = fingerprint_body(art.body, scheme, min_tokens)
    if isinstance(fp, str):
        return fp
    notice = parse_notice(art.notice.text, site=art.outlet) if art.notice else None
    return st.rewrite(
        art.id, body=art.body, title=art.title, date=art.date, outlet=art.outlet, decoding=art.decoding,
        notice=notice, fingerprint=fp, extractor_version=extractor_version, notice_version=NOTICE_VERSION,
    )  # fmt: skip
