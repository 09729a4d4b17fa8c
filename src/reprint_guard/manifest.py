"""Crawl manifests: which URL each file was fetched from.

:func:`read_url_manifest` reads the file a crawler writes beside its pages, CSV rows
``path,url`` (a header row optional, in any language) or JSON Lines objects with ``"path"`` and
``"url"``, into the mapping :meth:`reprint_guard.Guard.scan` and :meth:`~reprint_guard.Guard.protect`
take as ``urls`` (each URL is then evidence with source ``"urls_manifest"``). The CLI's
``--urls FILE`` reads the same file through it.
"""

from __future__ import annotations

import csv
import json
import os

from .errors import InputError
from .ingest.decode import decode_bytes
from .verdict import is_http_url


def read_url_manifest(path: str | os.PathLike[str], *, name: str = "URL manifest") -> dict[str, str]:
    """``{normalised path: url}`` from the manifest at ``path``.

    Decoded as pages are (Excel on Chinese Windows saves CSV in GBK, Big5 in Taiwan). Paths are
    kept as written, normalised with :func:`os.path.normpath` (relative ones are relative to the
    folder the scan runs in). Raises :class:`~reprint_guard.errors.InputError` naming the file,
    the line and the fix when the file cannot be read, is not UTF-8 or another encoding that can
    be told, is neither CSV nor JSONL, gives a value that is not an http(s) URL, or gives one
    file two different URLs (which would license the page is a guess). ``name`` is how messages
    call the file (the CLI says ``--urls manifest``).
    """
    shown = os.fspath(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        fix = (
            "; give the manifest file (CSV rows path,url or JSONL), not a folder"
            if os.path.isdir(path) else "; check the path and that the file is readable"
        )
        raise InputError(f"cannot read the {name} {shown}: {e.strerror or e}{fix}", path=shown) from None
    try:
        text, decoding = decode_bytes(raw, content_type="text/plain", path=shown)
    except InputError as e:
        raise InputError(f"cannot read the {name} {shown}: {str(e).rstrip('.')}; save it as UTF-8 text", path=shown) from None
    if decoding.rule == "charset-normalizer" and "\ufffd" in text:
        raise InputError(
            f"cannot read the {name} {shown}: it is not UTF-8 and its encoding could not be "
            "told (bytes no codec decodes): save it as UTF-8 text",
            path=shown,
        )
    if decoding.rule in ("utf-8-replaced", "declared-replaced"):  # a path with junk in it matches no file
        raise InputError(
            f"cannot read the {name} {shown}: it holds bytes that are not valid {decoding.encoding} "
            "(junk in the file): save it as UTF-8 text",
            path=shown,
        )
    bad = f"the {name} {shown} is not CSV (path,url) or JSONL with \"path\" and \"url\""
    rows: list[tuple[int, str, str]] = []
    if text.lstrip().startswith("{"):
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                    rows.append((n, str(obj["path"]), str(obj["url"])))
                except KeyError as e:
                    raise InputError(f"{bad}: line {n} has no {e.args[0]!r} key", path=shown) from None
                except (ValueError, TypeError) as e:
                    raise InputError(f"{bad}: line {n}: {e}", path=shown) from None
    else:
        lines = [(n, row) for n, row in enumerate(csv.reader(text.splitlines()), 1) if row and "".join(row).strip()]
        for k, (n, row) in enumerate(lines):
            if k == 0 and _is_header(row, more_rows=len(lines) > 1):
                continue
            if len(row) < 2 or not row[0].strip():
                raise InputError(f"{bad}: line {n} has no path,url pair: {','.join(row)[:80]!r}", path=shown)
            rows.append((n, row[0].strip(), row[1].strip()))
    out: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for n, file, url in rows:
        if not is_http_url(url):
            raise InputError(f"{bad}: line {n}: {url[:80]!r} is not an http(s) URL", path=shown)
        key = os.path.normpath(file)
        if key in out and out[key] != url:
            # Which URL licenses the page would be a guess: say so instead of taking the last.
            raise InputError(
                f"the {name} {shown} gives {file} two URLs (lines {first_line[key]} and {n}): "
                "keep the one the page was found at",
                path=shown,
            )
        out[key] = url
        first_line.setdefault(key, n)
    return out


def _is_header(row: list[str], *, more_rows: bool) -> bool:
    """Whether the first row of a CSV manifest is a header: ``path,url``, or in any language
    (``路径,网址`` as Excel saves it) a row followed by others whose URL cell is a word, not an
    address (no ``:``, ``/`` or ``.``: a mistyped URL still stops the run naming line 1), and
    whose path cell names no existing file."""
    cells = [c.strip() for c in row[:2]]
    if [c.lower() for c in cells] == ["path", "url"]:
        return True
    url = cells[1] if len(cells) > 1 else ""
    return more_rows and not any(c in url for c in ":/.") and not (cells[0] and os.path.isfile(cells[0]))
