"""The ``reprint-guard`` command: parse arguments, call :class:`~reprint_guard.api.Guard`, render.

Exit codes: 0 completed with nothing unlicensed and no per-file error; 1 unlicensed findings;
2 could not run (usage, store missing or incompatible); 3 completed with per-file errors and no
unlicensed finding.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import threading
from enum import Enum
from pathlib import Path
from collections.abc import Callable, Iterator, Sequence
from typing import Annotated, Optional

import typer
from rich.console import Console
from typer.core import TyperGroup
from rich.text import Text

from .api import MAX_INPUT_BYTES, Guard, Progress
from .config import MatchConfig
from .errors import ConfigError, InputError, ReprintGuardError
from .ingest.decode import check_content_type
from .manifest import read_url_manifest
from .report import (
    OutputFormat,
    article_details_json,
    article_panel,
    articles_json,
    articles_table,
    protect_json,
)
from .report.machine import csv_text
from .report.terminal import one_line
from .report.writer import ReportWriter, RichWriter, stream_writer
from .verdict import DocumentReport, canonical_licensee, exit_code, is_http_url

EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN, EXIT_FILE_ERRORS = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C; wins over 1 and 3

class _OneLineErrors(TyperGroup):
    """Usage errors as one ``error: … (see reprint-guard CMD --help)`` line on stderr, exit 2.

    click prints the usage, a hint and the message on four lines; the README promises one line
    for every error. ``--help`` and a bare ``reprint-guard`` still print the help.
    """

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # type: ignore[override]
        for stream in (sys.stdout, sys.stderr):
            # People's output (rich, error lines) shows what the console cannot encode as "?";
            # machine output bypasses this and is written as UTF-8 bytes (_write_utf8).
            if callable(getattr(stream, "reconfigure", None)):
                stream.reconfigure(errors="replace")
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.TyperException as e:  # click's ClickException tree (typer vendors click)
            if type(e).__name__ == "NoArgsIsHelpError":
                e.show()  # type: ignore[attr-defined]
            else:
                ctx = getattr(e, "ctx", None)
                see = f" (see {ctx.command_path} --help)" if ctx is not None else ""
                _err_console().print(
                    Text.assemble(("error: ", "bold red"), one_line(e.format_message() + see)),  # type: ignore[attr-defined]
                    soft_wrap=True,
                )
            code = getattr(e, "exit_code", EXIT_CANNOT_RUN)
        except typer.Abort:
            _err_console().print(Text("Aborted.", style="bold red"))
            code = EXIT_INTERRUPTED
        else:
            code = rv if isinstance(rv, int) else EXIT_OK
        if not standalone_mode:
            return code
        sys.exit(code)


app = typer.Typer(
    name="reprint-guard",
    help="Find unlicensed reprints of protected news articles.",
    add_completion=False,
    no_args_is_help=True,
    cls=_OneLineErrors,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

def _store_option(value: str | None) -> str | None:
    """A typer callback: ``--store ''`` is refused, not taken as the default store."""
    if value is not None and not value.strip():
        raise typer.BadParameter(
            "the store path is empty: pass a store directory or a redis:// URL, or leave --store out "
            "to use $REPRINT_GUARD_STORE, else ./fingerprints"
        )
    return value


# A string, not a Path: a Path would fold the // of redis://host/0.
StoreOpt = Annotated[
    Optional[str],
    typer.Option(
        "--store",
        callback=_store_option,
        help="Fingerprint store: a directory, or redis://[USER:PASSWORD@]HOST:PORT/DB?prefix=NAME "
        "(rediss:// for TLS) (default: $REPRINT_GUARD_STORE, else ./fingerprints).",
        show_default=False,
    ),
]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of stdout.")
]


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _in_range(lo: float, hi: float) -> Callable[[float], float]:
    """A typer callback that rejects values outside [lo, hi], naming the whole range."""

    def check(value: float) -> float:
        if value is not None and not (lo <= value <= hi):
            raise typer.BadParameter(f"{value} is outside the allowed range {_num(lo)} to {_num(hi)}")
        return value

    return check


ThresholdOpt = Annotated[
    float,
    typer.Option("--threshold", callback=_in_range(0.0, 1.0), help="Minimum passage score, 0 to 1."),
]
MinPassageOpt = Annotated[
    int,
    typer.Option(
        "--min-passage",
        callback=_in_range(1, 1_000_000),
        help="Shortest passage that makes an excerpt, in Han characters (a Latin character counts 1/3); "
        "1 to 1000000.",
    ),
]
UrlsOpt = Annotated[
    Optional[Path],
    typer.Option("--urls", help="CSV (path,url) or JSONL ({\"path\", \"url\"}) mapping files to the URLs they came from."),
]


class ListFormat(str, Enum):
    rich = "rich"
    json = "json"


def _err_console() -> Console:
    return Console(stderr=True, highlight=False)


def _fail(message: str, code: int = EXIT_CANNOT_RUN) -> typer.Exit:
    """Print one styled error line on stderr and return the Exit to raise."""
    # soft_wrap: one line however long, so paths are never split.
    # (a path's controls shown escaped: an escape sequence in a crawled file's name must not reach the terminal)
    _err_console().print(Text.assemble(("error: ", "bold red"), one_line(message)), soft_wrap=True)
    return typer.Exit(code)


def _progress(label: str) -> tuple[Progress | None, object]:
    """A rich progress bar on stderr when it is a terminal, else nothing."""
    if not sys.stderr.isatty():
        return None, None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress as Bar,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Bar(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=_err_console(),
        transient=True,
    )
    task = bar.add_task(label, total=None, rate="")
    bar.start()

    def update(done: int, total: int, item: str) -> None:
        elapsed = bar.tasks[0].elapsed or 0.0
        rate = f"{done / elapsed:.1f}/s" if elapsed > 0 else ""
        bar.update(task, completed=done, total=total or None, rate=rate)

    return update, bar


def _stop(bar: object) -> None:
    if bar is not None:
        bar.stop()  # type: ignore[attr-defined]


def _content_type_option(value: str | None) -> str | None:
    """A typer callback: ``--content-type`` is refused as ``Guard.check`` refuses it
    (:func:`~reprint_guard.ingest.decode.check_content_type`)."""
    if value is None:
        return None
    try:
        return check_content_type(value)
    except ConfigError as e:
        raise typer.BadParameter(str(e)) from None


def _one_url(values: list[str] | None) -> str | None:
    """The one ``--url`` value (:func:`_url_option` has refused repeats), or ``None``."""
    return values[0] if values else None


def _url_option(values: list[str] | None) -> list[str] | None:
    """A typer callback: ``--url`` is given at most once (a repeated option would keep only its
    last value, silently) and must be an http(s) URL, as every ``--urls`` row must. The list goes
    on unchanged (typer makes a list of what it returns); :func:`_one_url` takes its value."""
    if not values:
        return None
    if len(values) > 1:
        raise typer.BadParameter(
            f"given {len(values)} times; give one URL (pages of several URLs take a --urls manifest)"
        )
    value = values[0].strip()  # (a value read from a CRLF file keeps its "\r")
    if not is_http_url(value):
        raise typer.BadParameter(f"{value[:80]!r} is not an http(s) URL (e.g. https://news.example.com/a/1.html)")
    return [value]


def _read_urls(path: Path | None) -> dict[str, str]:
    """Read a --urls manifest (:func:`reprint_guard.manifest.read_url_manifest`)."""
    if path is None:
        return {}
    try:
        return read_url_manifest(path, name="--urls manifest")
    except InputError as e:
        raise _fail(str(e)) from None


def _warn_unmatched(url_map: dict[str, str], manifest: Path | None) -> None:
    """One stderr line when manifest rows name files that do not exist from here: their pages
    would be scanned without the URL that can license them, silently."""
    missing = sorted(k for k in url_map if not os.path.isfile(k))
    if missing:
        _err_console().print(
            Text.assemble(
                ("warning: ", "bold yellow"),
                f"{len(missing)} of {len(url_map)} rows of the --urls manifest {manifest} name no file "
                f"(first: {missing[0]!r}); paths in a manifest are relative to the folder reprint-guard "
                "runs in, and those pages are scanned without their URL",
            ),
            soft_wrap=True,
        )


def _same_file(a: Path, b: Path) -> bool:
    """Whether two existing paths are one file (the same device and inode: a hard link)."""
    try:
        return a.is_file() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _check_output(
    output: Path | None, inputs: Sequence[Path] = (), store: str | None = None, *, manifest: Path | None = None
) -> None:
    """Fail before any work when the report could not be written, or writing it would destroy
    what the command reads: an input file, a file the scan would walk, the ``--urls`` manifest
    or the store (opening ``-o`` truncates the file). Exit 2, one line; nothing is touched."""
    if output is None:
        return
    if output.is_dir():
        raise _fail(f"--output {output} is a directory: give a file name for the report")
    if not output.parent.is_dir():
        raise _fail(f"--output {output}: the folder {output.parent} does not exist; create it first")
    from .api import resolve_store

    target = output.resolve()
    for p in inputs:
        src = p.resolve()
        if src == target or _same_file(src, target):  # a hard link is the same file by another name
            raise _fail(f"--output {output} is the input {p}: writing the report would overwrite it; write it elsewhere")
        if src.is_dir() and src in target.parents:
            raise _fail(
                f"--output {output} lies inside the scanned folder {p}: the scan would read its own report; "
                "write it outside the folder"
            )
    if manifest is not None and (manifest.resolve() == target or _same_file(manifest.resolve(), target)):
        raise _fail(
            f"--output {output} is the --urls manifest {manifest}: writing the report would overwrite it; write it elsewhere"
        )
    try:
        location = resolve_store(store)
    except ReprintGuardError as e:  # e.g. a mistyped Redis URL
        raise _fail(str(e)) from None
    if isinstance(location, Path) and (location.resolve() == target or location.resolve() in target.parents):
        raise _fail(f"--output {output} lies inside the store {location}: writing there would damage it; write it elsewhere")
    linked = _hard_link_target(target)
    if linked is not None:
        # a hard link to a file elsewhere: opening it for the report would truncate that file
        if isinstance(location, Path) and _holds_file(location, linked):
            raise _fail(
                f"--output {output} is a hard link to a file of the store {location}: writing the report would destroy "
                "the store; write it elsewhere"
            )
        for p in inputs:
            if p.is_dir() and _holds_file(p, linked):
                raise _fail(
                    f"--output {output} is a hard link to a file inside the scanned folder {p}: writing the report would "
                    "overwrite it; write it elsewhere"
                )


def _hard_link_target(path: Path) -> tuple[int, int] | None:
    """``(device, inode)`` of an existing file with more than one name (a hard link), else ``None``."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if path.is_file() and st.st_nlink > 1 else None


def _holds_file(folder: Path, file_id: tuple[int, int]) -> bool:
    """Whether the file ``file_id`` (device, inode) is one of the files under ``folder``."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                st = os.stat(os.path.join(root, name), follow_symlinks=False)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) == file_id:
                return True
    return False


def _write_utf8(text: str) -> None:
    """Machine output is UTF-8 bytes whatever the console's encoding (``PYTHONIOENCODING``)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (an embedding program's): it takes str as it is
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8", "surrogateescape"))
        buffer.flush()


class _TextStdout:
    """A binary face on a text-only ``sys.stdout`` (an embedding program's): it takes str."""

    def write(self, data: bytes) -> int:
        sys.stdout.write(data.decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        sys.stdout.flush()


EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a program killed by it


class _Report:
    """Where a ``scan``/``check`` report goes, opened before any work: ``-o FILE`` (a
    permission problem is one error line, exit 2, at once) or standard output; and the
    writer of the chosen format on it. Write failures become one error line, exit 2."""

    def __init__(self, fmt: OutputFormat, output: Path | None, *, title: str) -> None:
        self.output = output
        self.fmt = fmt
        self._fh = None
        try:
            if output is not None:
                self._fh = output.open("wb")
                out = self._fh
            else:
                sys.stdout.flush()
                out = getattr(sys.stdout, "buffer", None) or _TextStdout()
        except OSError as e:
            raise _fail(f"cannot write the report to {output}: {e.strerror or e}") from None
        if fmt is OutputFormat.rich:
            if self._fh is not None:
                # A name that is not valid UTF-8 shows its bytes as \xNN, as in the CSV.
                text = io.TextIOWrapper(self._fh, encoding="utf-8", errors="backslashreplace", write_through=True)
                console = Console(file=text, width=100, force_terminal=False, highlight=False)
            else:
                console = Console(highlight=False)
            self.writer: ReportWriter = RichWriter(console, title=title)
        else:
            self.writer = stream_writer(fmt, out, title=title)

    def _guard(self, action, *args, **kwargs) -> None:
        try:
            action(*args, **kwargs)
        except BrokenPipeError:
            if self.output is not None:
                raise _fail(f"cannot write the report to {self.output}: broken pipe") from None
            # the reader of standard output stopped reading (… | head): stop quietly, as a
            # program killed by SIGPIPE would, and leave nothing for the interpreter to flush
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(code=EXIT_BROKEN_PIPE) from None
        except OSError as e:
            where = self.output or "standard output"
            raise _fail(f"cannot write the report to {where}: {e.strerror or e}") from None

    def document(self, d) -> None:
        self._guard(self.writer.document, d)

    def finish(self, *, interrupted: bool = False) -> None:
        self._guard(self.writer.finish, interrupted=interrupted)
        self.close()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class _CtrlC:
    """Ctrl-C that never cuts a report line in two: SIGINT raises ``KeyboardInterrupt`` at
    once, except inside :meth:`atomic`, where it is held until the block ends."""

    def __init__(self) -> None:
        self.pending = False
        self._atomic = False
        self._old = None

    def __enter__(self) -> _CtrlC:
        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._old is not None:
            signal.signal(signal.SIGINT, self._old)

    def _handler(self, signum: int, frame: object) -> None:
        self.pending = True
        if not self._atomic:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def atomic(self):
        self._atomic = True
        try:
            yield
        finally:
            self._atomic = False
        if self.pending:
            raise KeyboardInterrupt


def _report_documents(
    docs: Callable[[], Iterator[DocumentReport]], report: _Report, ctrl_c: _CtrlC
) -> bool:
    """Write each document as it comes; returns whether Ctrl-C stopped the scan."""
    try:
        with contextlib.closing(docs()) as it:
            for d in it:
                with ctrl_c.atomic():
                    report.document(d)
    except KeyboardInterrupt:
        return True
    return False


@contextlib.contextmanager
def _no_ctrl_c():
    """Ignore SIGINT while the block runs (the report's last lines are being written)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def _finish(report: _Report, interrupted: bool, what: str) -> None:
    """Finish the report (its summary line after Ctrl-C too), then exit: 130 after Ctrl-C
    (over 1 and 3), else the scan's exit code."""
    with _no_ctrl_c():
        report.finish(interrupted=interrupted)
    counts = report.writer.counts
    if interrupted:
        n = sum(counts.values())
        # A CSV report has no summary row: nothing in it says it was cut short.
        marked = (
            "the CSV report ends there, with nothing in it to say so"
            if report.fmt is OutputFormat.csv
            else "the report is marked interrupted"
        )
        raise _fail(
            f"interrupted: {n} {what}{'' if n == 1 else 's'} reported before Ctrl-C; {marked}",
            EXIT_INTERRUPTED,
        )
    raise typer.Exit(exit_code(counts))


def _shown(store: str | None) -> str:
    """The store as messages name it (a URL's password redacted)."""
    from .api import resolve_store
    from .store import redact

    return redact(str(resolve_store(store)))


def _require_articles(guard: Guard, store: str | None) -> None:
    """An empty store would call every page clean: refuse to scan against it (exit 2)."""
    if len(guard) == 0:
        raise _fail(
            f"the store {_shown(store)} holds no protected articles: nothing can be found; "
            "protect articles first (reprint-guard protect PATH --store ...)"
        )


def _config(threshold: float, min_passage: int) -> MatchConfig:
    return MatchConfig(threshold=threshold, min_passage=min_passage)


@app.command()
def protect(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Article files or folders (HTML or text, any encoding).")
    ],
    store: StoreOpt = None,
    licensee: Annotated[
        Optional[list[str]],
        typer.Option("--licensee", help="Host (covers subdomains) or outlet name licensed to reprint; repeatable."),
    ] = None,
    url: Annotated[Optional[list[str]], typer.Option("--url", metavar="<url>", callback=_url_option, help="URL of the article (one path only).")] = None,
    urls: UrlsOpt = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.rich,
) -> None:
    """Fingerprint articles into the store (each committed atomically; unchanged ones are no-ops)."""
    url = _one_url(url)
    url_map = _read_urls(urls)
    if url:
        if len(paths) != 1 or paths[0].is_dir():
            raise _fail("--url takes exactly one article file; use --urls for several", EXIT_CANNOT_RUN)
        url_map[str(paths[0])] = url
    url_map = {os.path.normpath(k): v for k, v in url_map.items()}
    # Refuse what would be refused anyway before the store is created: a refused run leaves
    # no empty store behind (a typo in --store would then scan every page clean).
    try:
        for lic in licensee or ():
            canonical_licensee(lic)
    except ConfigError as e:
        raise _fail(str(e)) from None
    if not any(os.path.lexists(p) for p in paths):
        missing = f"{paths[0]} does not exist" if len(paths) == 1 else f"none of {', '.join(map(str, paths))} exists"
        raise _fail(f"{missing}: pass article files or folders holding them")
    try:
        guard = Guard.open(store, create=True)
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    outcomes: list = []
    console = Console(highlight=False)
    style = {"added": "green", "updated": "cyan", "unchanged": "dim", "skipped": "yellow", "error": "red"}
    interrupted = False
    failure: str | None = None  # the store failed: what it said
    committed = 0  # outcomes[:committed] are stored (Guard.iter_protect's on_commit)
    shown = 0  # outcomes[:shown] are printed

    def on_commit(n: int) -> None:
        nonlocal committed
        committed = n

    def show_committed() -> None:
        # An outcome is shown once its batch is committed: a store that fails before then
        # leaves no `added` line for an article it never stored.
        nonlocal shown
        for o in outcomes[shown:committed]:
            if fmt is ListFormat.rich:
                console.print(
                    Text.assemble(
                        (f"{o.status:<9} ", style.get(o.status, "")),
                        (o.id or "-" * 12, "dim"),
                        " ",
                        (csv_text(o.source), ""),  # bytes of a non-UTF-8 name as \xNN
                        ("  " + (o.title or ""), "bold") if o.title else "",
                        (f"  ({o.reason})", "dim") if o.reason else "",
                    )
                )
        shown = max(shown, committed)

    with _CtrlC() as ctrl_c:
        update, bar = _progress("protect")
        try:
            with contextlib.closing(
                guard.iter_protect(
                    paths, licensees=tuple(licensee or ()), urls=url_map, progress=update, on_commit=on_commit,
                    skip=(urls,) if urls else (),  # the manifest kept beside the articles is none of them
                )
            ) as it:
                while True:
                    # storing an article and reporting it are one step: Ctrl-C waits for both, so
                    # every committed article is reported (it landed between them before)
                    with ctrl_c.atomic():
                        o = next(it, None)
                        if o is None:
                            break
                        outcomes.append(o)
                        show_committed()
        except KeyboardInterrupt:
            interrupted = True  # closing the iterator committed every article it yielded
        except ReprintGuardError as e:
            failure = str(e)
        finally:
            _stop(bar)
            with _no_ctrl_c():
                try:
                    guard.close()
                except ReprintGuardError as e:  # e.g. the server still gone: say it once
                    failure = failure or str(e)
                show_committed()
    outcomes = outcomes[:committed]
    if not outcomes and not interrupted and failure is None:
        raise _fail(f"no files to protect in {', '.join(map(str, paths))}: pass article files or folders holding them")
    stored = [o for o in outcomes if o.status in ("added", "updated")]
    same = sum(o.status == "unchanged" for o in outcomes)
    counts = (
        f"{len(stored)} article{'' if len(stored) == 1 else 's'} committed "
        f"({sum(o.status == 'added' for o in stored)} added, {sum(o.status == 'updated' for o in stored)} updated; "
        f"{same} already protected)"
    )
    message = None
    remote = str(store).startswith(("redis://", "rediss://"))
    if failure is not None and not outcomes and not remote:
        # a local store that failed before its first commit (read-only, disk full) holds none of them
        message = f"{failure}; no article was stored: once the store works, run the same command again"
    elif failure is not None:
        message = (
            f"{failure}; {counts} before the store failed, as listed; the other files were not stored"
            f"{' (some of the batch being sent may be stored too)' if remote else ''}: once the store works, "
            "run the same command again to protect the rest (it resumes: committed articles come back unchanged)"
        )
    elif interrupted:
        message = f"interrupted: {counts}; run the same command again to protect the rest"
    if fmt is ListFormat.json:
        _write_utf8(protect_json(outcomes, error=message))
    if failure is not None:
        raise _fail(message or failure, EXIT_CANNOT_RUN)
    if interrupted:
        raise _fail(message or "interrupted", EXIT_INTERRUPTED)
    if any(o.status == "error" for o in outcomes):
        raise typer.Exit(EXIT_FILE_ERRORS)


@app.command()
def scan(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATH", help="Files or folders of suspect pages (walked recursively).")
    ],
    store: StoreOpt = None,
    fmt: FormatOpt = OutputFormat.rich,
    output: OutputOpt = None,
    threshold: ThresholdOpt = MatchConfig.threshold,
    min_passage: MinPassageOpt = MatchConfig.min_passage,
    urls: UrlsOpt = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", callback=_in_range(1, 256), help="Worker processes, 1 to 256.")
    ] = 1,
) -> None:
    """Scan suspect pages for unlicensed copies of protected articles."""
    for p in paths:
        if not p.exists():
            raise _fail(f"{p} does not exist: pass files or folders of suspect pages")
    _check_output(output, paths, store, manifest=urls)
    url_map = _read_urls(urls)
    _warn_unmatched(url_map, urls)
    try:
        guard = Guard.open(store, config=_config(threshold, min_passage))
        _require_articles(guard, store)
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    report = _Report(fmt, output, title="reprint_guard scan")
    with _CtrlC() as ctrl_c:
        update, bar = _progress("scan")
        try:
            interrupted = _report_documents(
                lambda: guard.iter_scan(paths, urls=url_map, progress=update, jobs=jobs, skip=(urls,) if urls else ()), report, ctrl_c
            )
        except ReprintGuardError as e:
            report.close()
            raise _fail(str(e)) from None
        finally:
            _stop(bar)
            guard.close()  # stops the --jobs workers before the report is finished
    if not report.writer.counts and not interrupted:
        report.close()
        raise _fail(f"no files to scan in {', '.join(map(str, paths))}: pass files or folders holding suspect pages")
    _finish(report, interrupted, "document")


@app.command()
def check(
    file: Annotated[str, typer.Argument(help="A file, or - for standard input.")] = "-",
    store: StoreOpt = None,
    url: Annotated[Optional[list[str]], typer.Option("--url", metavar="<url>", callback=_url_option, help="Where the text was found (decides licensing).")] = None,
    content_type: Annotated[
        Optional[str],
        typer.Option("--content-type", callback=_content_type_option, help="html, text or an HTTP Content-Type; sniffed if omitted."),
    ] = None,
    fmt: FormatOpt = OutputFormat.rich,
    output: OutputOpt = None,
    threshold: ThresholdOpt = MatchConfig.threshold,
    min_passage: MinPassageOpt = MatchConfig.min_passage,
) -> None:
    """Check one text (a file or standard input) against the protected articles."""
    url = _one_url(url)
    if file != "-" and Path(file).is_dir():
        raise _fail(f"{file} is a directory: check takes one file (use scan for folders)")
    if file != "-" and not Path(file).exists():
        raise _fail(f"cannot read {file}: no such file (pass a file, or - for standard input)")
    _check_output(output, [Path(file)] if file != "-" else [], store)
    try:
        guard = Guard.open(store, config=_config(threshold, min_passage))
        _require_articles(guard, store)
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    report = _Report(fmt, output, title="reprint_guard check")

    def one() -> Iterator[DocumentReport]:
        if file == "-":
            # One byte past the limit is enough to know the input is too large.
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            yield guard.check(data, url=url, content_type=content_type, path="<stdin>")
        else:
            # The library's bounded, type-checked read: a FIFO or /dev/zero cannot hang it.
            yield guard.check_file(file, url=url, content_type=content_type)

    with _CtrlC() as ctrl_c:
        try:
            interrupted = _report_documents(one, report, ctrl_c)
        except ReprintGuardError as e:
            report.close()
            raise _fail(str(e)) from None
    _finish(report, interrupted, "document")


@app.command(name="list")
def list_articles(
    store: StoreOpt = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.rich,
) -> None:
    """List the protected articles."""
    try:
        articles = Guard.open(store).articles()
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    if fmt is ListFormat.json:
        _write_utf8(articles_json(articles))
    else:
        Console(highlight=False).print(articles_table(articles))


@app.command()
def show(
    ids: Annotated[
        Optional[list[str]], typer.Argument(metavar="[ID]...", help="Article ids (see `reprint-guard list`).", show_default=False)
    ] = None,
    store: StoreOpt = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.rich,
    every: Annotated[bool, typer.Option("--all", help="Show every protected article.")] = False,
) -> None:
    """Show protected articles with what was read from their notice (holder, contacts, uses)."""
    ids = list(ids or ())
    if not ids and not every:
        raise _fail("give article ids (see `reprint-guard list`) or --all")
    try:
        stored = {a.id: a for a in Guard.open(store).articles()}
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    if every:
        ids = [*ids, *stored]
    found = [stored[i] for i in dict.fromkeys(ids) if i in stored]
    if fmt is ListFormat.json:
        _write_utf8(article_details_json(found))
    else:
        console = Console(highlight=False)
        for a in found:
            console.print(article_panel(a))
    missing = [i for i in ids if i not in stored]
    if missing:
        raise _fail(f"no article with id {', '.join(missing)} (see `reprint-guard list`)", EXIT_FILE_ERRORS)


@app.command()
def remove(
    ids: Annotated[list[str], typer.Argument(metavar="ID", help="Article ids (see `reprint-guard list`).")],
    store: StoreOpt = None,
) -> None:
    """Remove protected articles from the store."""
    try:
        guard = Guard.open(store, create=True) if _store_exists(store) else Guard.open(store)
        removed = guard.remove(ids)
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    missing = [i for i in ids if i not in removed]
    for i in removed:
        typer.echo(f"removed {i}")
    if missing:
        raise _fail(f"no article with id {', '.join(missing)} (see `reprint-guard list`)", EXIT_FILE_ERRORS)


@app.command()
def upgrade(
    store: StoreOpt = None,
    refingerprint: Annotated[
        bool,
        typer.Option(
            "--refingerprint",
            help="Recompute every signature with this version's fingerprint scheme (a store made with "
            "another scheme or normaliser refuses to open until then).",
        ),
    ] = False,
) -> None:
    """Bring the store up to this version: migrate its format, re-extract and re-parse articles from their stored input."""
    try:
        update, bar = _progress("upgrade")
        try:
            result = Guard.upgrade(store, refingerprint=refingerprint, progress=update)
        finally:
            _stop(bar)
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    console = Console(highlight=False)
    if result.from_version != result.to_version:
        console.print(f"migrated {result.store} from store format {result.from_version} to {result.to_version}")
    if result.refingerprinted:
        console.print(f"refingerprinted {len(result.reextracted) + len(result.reparsed)} articles")
    console.print(
        f"re-extracted {len(result.reextracted)} articles from their stored input, re-parsed the notices of "
        f"{len(result.reparsed)} more; {len(result.changed)} changed"
    )
    for o in result.skipped:
        console.print(Text.assemble(("kept     ", "yellow"), (o.id or "", "dim"), " ", o.source, (f"  ({o.reason})", "dim")))
    if result.needs_original:
        console.print(
            f"{len(result.needs_original)} articles were stored without their original input; protect these "
            "files again for a full re-extraction:"
        )
        for a in result.needs_original:
            console.print(Text.assemble(("  ", ""), (a.id, "dim"), " ", a.source))


@app.command()
def migrate(
    source: Annotated[str, typer.Argument(metavar="SRC", help="The store to copy: a directory or a redis:// URL.")],
    destination: Annotated[
        str, typer.Argument(metavar="DST", help="The store to copy into (created when missing): a directory or a redis:// URL.")
    ],
    replace: Annotated[
        bool,
        typer.Option("--replace", help="Remove the articles DST holds and SRC does not (without it, migrate refuses)."),
    ] = False,
) -> None:
    """Copy a store between SQLite and Redis (either way); resumes, then compares both digests."""
    try:
        update, bar = _progress("migrate")
        try:
            result = Guard.migrate(source, destination, progress=update, replace=replace)
        finally:
            _stop(bar)
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    console = Console(highlight=False, stderr=False)
    console.print(
        Text(
            f"copied {result.copied} articles from {result.source} to {result.destination}; "
            f"{result.skipped} were already there, {result.removed} removed from the destination"
        ),
        soft_wrap=True,
    )
    if not result.equal:
        raise _fail(
            f"the stores differ after migrating (digest {result.source_digest[:16]}… vs "
            f"{result.destination_digest[:16]}…): another process wrote one of them meanwhile; run migrate again"
        )
    console.print(Text(f"digest {result.source_digest} on both sides"), soft_wrap=True)


def _store_exists(store: str | None) -> bool:
    """Whether the store is there (a URL: its manifest; raises as opening it would)."""
    from .api import resolve_store
    from .config import FingerprintScheme
    from .store import STORE_FILE, open_store

    location = resolve_store(store)
    if isinstance(location, str):
        open_store(location, FingerprintScheme()).close()  # raises when missing or unreachable
        return True
    return (location / STORE_FILE).exists()


def main() -> None:
    """Console-script entry point."""
    app()
