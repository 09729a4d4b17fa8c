"""Reading inputs: the files under the paths a user names, each read whole and bounded.

:func:`iter_files` walks folders in a stable order and reports what cannot be read instead of
raising; :func:`read_file` reads one regular file of at most :data:`MAX_INPUT_BYTES`;
:func:`too_large` applies the same limit to text handed in by a library caller, whatever its
type; :func:`sha256_of` hashes any input the way reports name it.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator, Set
from pathlib import Path

from ..errors import InputError, InputTooLargeError

# Inputs larger than this are skipped with a reason rather than truncated.
# About 200 bytes of working memory per input byte (offset maps, tokens, shingle arrays):
# 16 MiB keeps one check under ~3.5 GB; real pages are well under 1 MiB.
MAX_INPUT_BYTES = 16 * 1024 * 1024

# Characters encoded at a time when hashing a str: bounds the copy a 16 MiB text costs.
_ENCODE_CHUNK = 1 << 20


def sha256_of(data: str | bytes | bytearray | memoryview) -> str:
    """SHA-256 of the input's bytes; a ``str`` is hashed as UTF-8, a lone surrogate in it as
    its ``surrogatepass`` bytes (the text is still checked; it has no other bytes)."""
    if not isinstance(data, str):
        return hashlib.sha256(data).hexdigest()
    h = hashlib.sha256()
    for i in range(0, len(data), _ENCODE_CHUNK):
        h.update(data[i : i + _ENCODE_CHUNK].encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def too_large(data: str | bytes | bytearray | memoryview, limit: int = MAX_INPUT_BYTES) -> str | None:
    """Why the input is over ``limit`` bytes of UTF-8 (a ``skipped`` reason), or ``None``.

    Bytes-like inputs have their length. A ``str`` of ``n`` code points takes ``n`` to ``4n``
    bytes, so only one of ``limit / 4`` to ``limit`` code points is measured, chunk by chunk,
    stopping once past the limit: a 17.8-million-character text is refused by its length.
    """
    if not isinstance(data, str):
        size = memoryview(data).nbytes
        return f"too large: {size} bytes, over the {limit}-byte input limit" if size > limit else None
    n = len(data)
    if 4 * n <= limit:
        return None
    total = n
    if n <= limit:
        total = 0
        for i in range(0, n, _ENCODE_CHUNK):
            total += len(data[i : i + _ENCODE_CHUNK].encode("utf-8", "surrogatepass"))
            if total > limit:
                break
    if total <= limit:
        return None
    return f"too large: {n} characters, more than {limit} bytes in UTF-8, over the {limit}-byte input limit"


def read_file(path: Path) -> bytes:
    """The bytes of a regular file, at most :data:`MAX_INPUT_BYTES` of them.

    Raises :class:`InputError` naming the file when it cannot be opened (missing, dangling
    or looping symlink, no permission), is not a regular file (a FIFO, device or socket,
    which could block or never end) or is over the limit, even if it grew after ``stat``.
    """

    def too_large(size: int | str) -> InputTooLargeError:
        return InputTooLargeError(
            f"too large: {path} is {size} bytes, over the {MAX_INPUT_BYTES // 2**20} MiB "
            f"({MAX_INPUT_BYTES}-byte) input limit; split it or extract the text first",
            path=str(path),
        )

    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}", path=str(path)) from None
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError(f"cannot read {path}: it is a directory", path=str(path))
            if not stat.S_ISREG(st.st_mode):
                raise InputError(
                    f"cannot read {path}: not a regular file (a FIFO, socket or device)", path=str(path)
                )
            if st.st_size > MAX_INPUT_BYTES:
                raise too_large(st.st_size)
            data = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}", path=str(path)) from None
    if len(data) > MAX_INPUT_BYTES:
        raise too_large(f"more than {MAX_INPUT_BYTES}")  # it grew while we read it
    return data


def iter_files(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    skip: Iterable[str | os.PathLike[str]] = (),
) -> Iterator[tuple[Path, str | None]]:
    """Files under ``paths`` in a stable order: ``(path, problem)``.

    ``paths`` is a list of paths, or one path (``guard.scan("crawl")`` scans that folder, not
    the characters of its name).

    Directories are walked recursively in name order, following symlinks; a symlink loop, a
    missing path, an unreadable directory or an entry that is not a file (FIFO, socket,
    device) yields ``(path, reason)`` instead of raising. Hidden files and directories
    (``.name``) are skipped inside walked directories; a directory reached a second time
    through another symlink is not walked again. Inside a directory a symlink to a file is
    yielded as a file, a dangling one too (reading it then fails with a reason). Directories in
    ``skip`` (the store's own folder, so ``protect .`` does not read its database) are not
    walked, and files in ``skip`` (a ``--urls`` manifest kept beside the articles) are not
    yielded from a walked directory (a file named on its own is).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    skipped: set[tuple[int, int]] = set()  # directories
    skipped_files: set[tuple[int, int]] = set()  # (empty as a rule: then no file of a walk is stat()ed for it)
    for d in skip:
        try:
            st = os.stat(d)
        except OSError:
            continue
        (skipped if stat.S_ISDIR(st.st_mode) else skipped_files).add((st.st_dev, st.st_ino))
    for p in paths:
        root = Path(p)
        if not root.exists():
            yield root, f"{root} does not exist"
            continue
        if not root.is_dir():
            yield root, None
            continue
        yield from _walk(root, set(skipped), skipped_files)  # a directory already "seen" is passed over silently


def _identity(entry: os.DirEntry[str]) -> tuple[int, int] | None:
    try:
        st = entry.stat()  # follows symlinks, as the file is read
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _walk(top: Path, seen: set[tuple[int, int]], skip: Set[tuple[int, int]] = frozenset()) -> Iterator[tuple[Path, str | None]]:
    """Depth-first walk of ``top`` in name order, with an explicit stack (no recursion
    limit on deep trees). ``seen`` holds the ``(st_dev, st_ino)`` of walked directories.

    A directory whose identity is on the current path (an ancestor) is a symlink loop and is
    reported once, where the link is; one already walked elsewhere is skipped silently, its
    files having been yielded under their first path.
    """
    # Each frame: (directory identity, iterator over its sorted entries).
    stack: list[tuple[tuple[int, int], Iterator[os.DirEntry[str]]]] = []
    on_path: set[tuple[int, int]] = set()

    def enter(d: Path) -> tuple[Path, str] | None:
        try:
            st = d.stat()
        except OSError as e:
            return d, f"cannot read directory {d}: {e.strerror or e}"
        key = (st.st_dev, st.st_ino)
        if key in on_path:
            return d, f"symlink loop: {d} leads back to {os.path.realpath(d)}, a directory being scanned"
        if key in seen:
            return None
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            return d, f"cannot read directory {d}: {e.strerror or e}"
        seen.add(key)
        on_path.add(key)
        stack.append((key, iter(entries)))
        return None

    problem = enter(top)
    if problem:
        yield problem
    while stack:
        key, entries = stack[-1]
        e = next(entries, None)
        if e is None:
            stack.pop()
            on_path.discard(key)
            continue
        if e.name.startswith("."):
            continue
        path = Path(e.path)
        try:
            is_dir = e.is_dir()  # follows symlinks
        except OSError:
            is_dir = False
        if is_dir:
            problem = enter(path)
            if problem:
                yield problem
            continue
        try:
            is_file = e.is_file()
        except OSError:
            is_file = False
        if is_file and skip and _identity(e) in skip:
            continue  # the run's own manifest beside the articles
        if is_file or e.is_symlink():
            yield path, None  # a dangling or looping file symlink fails when read, with a reason
        else:
            yield path, f"cannot read {path}: not a regular file (a FIFO, socket or device)"
