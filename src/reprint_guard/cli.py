"""The ``reprint-guard`` command: parse arguments, call :class:`~reprint_guard.api.Guard`, render.

Exit codes: 0 completed with nothing unlicensed and no per-file error; 1 unlicensed findings;
2 could not run (usage, store missing or incompatible); 3 completed with per-file errors and no
unlicensed finding.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from enum import Enum
from pathlib import Path
from collections.abc import Callable
from typing import Annotated, Optional

import typer
from rich.console import Console
from typer.core import TyperGroup
from rich.text import Text

from .api import MAX_INPUT_BYTES, Guard, Progress
from .config import MatchConfig
from .errors import ReprintGuardError
from .report import (
    TEXT_RENDERERS,
    OutputFormat,
    articles_json,
    articles_table,
    protect_json,
    rich_report,
)
from .verdict import ScanReport, host_of

EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN, EXIT_FILE_ERRORS = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C

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
                    Text.assemble(("error: ", "bold red"), e.format_message() + see),  # type: ignore[attr-defined]
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

StoreOpt = Annotated[
    Optional[Path],
    typer.Option(
        "--store",
        help="Fingerprint store directory (default: $REPRINT_GUARD_STORE, else ./fingerprints).",
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
    _err_console().print(Text.assemble(("error: ", "bold red"), message), soft_wrap=True)
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


def _is_http_url(url: str) -> bool:
    return url.split("://", 1)[0].lower() in ("http", "https") and "://" in url and bool(host_of(url))


def _url_option(value: str | None) -> str | None:
    """A typer callback: ``--url`` must be an http(s) URL, as every ``--urls`` row must."""
    if value is not None and not _is_http_url(value):
        raise typer.BadParameter(f"{value[:80]!r} is not an http(s) URL (e.g. https://news.example.com/a/1.html)")
    return value


def _read_urls(path: Path | None) -> dict[str, str]:
    """Read a --urls manifest: CSV rows ``path,url`` (header optional) or JSONL objects."""
    if path is None:
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise _fail(f"cannot read the --urls manifest {path}: {e}") from None
    out: dict[str, str] = {}
    bad = f"the --urls manifest {path} is not CSV (path,url) or JSONL with \"path\" and \"url\""
    if text.lstrip().startswith("{"):
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                    rows.append((n, str(obj["path"]), str(obj["url"])))
                except (ValueError, KeyError, TypeError) as e:
                    raise _fail(f"{bad}: line {n}: {e}") from None
    else:
        rows = []
        for n, row in enumerate(csv.reader(text.splitlines()), 1):
            if not row or not "".join(row).strip():
                continue
            if n == 1 and [c.strip().lower() for c in row[:2]] == ["path", "url"]:
                continue  # the header
            if len(row) < 2 or not row[0].strip():
                raise _fail(f"{bad}: line {n} has no path,url pair: {','.join(row)[:80]!r}")
            rows.append((n, row[0].strip(), row[1].strip()))
    for n, file, url in rows:
        if not _is_http_url(url):
            raise _fail(f"{bad}: line {n}: {url[:80]!r} is not an http(s) URL")
        out[os.path.normpath(file)] = url
    return out


def _check_output(output: Path | None) -> None:
    """Fail before any work when the report could not be written (exit 2, one line)."""
    if output is None:
        return
    if output.is_dir():
        raise _fail(f"--output {output} is a directory: give a file name for the report")
    if not output.parent.is_dir():
        raise _fail(f"--output {output}: the folder {output.parent} does not exist; create it first")


def _write_utf8(text: str) -> None:
    """Machine output is UTF-8 bytes whatever the console's encoding (``PYTHONIOENCODING``)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream (an embedding program's): it takes str as it is
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8", "surrogateescape"))
        buffer.flush()


def _emit(report: ScanReport, fmt: OutputFormat, output: Path | None, *, title: str) -> None:
    try:
        if fmt is OutputFormat.rich:
            if output:
                with output.open("w", encoding="utf-8") as fh:
                    Console(file=fh, width=100, force_terminal=False, highlight=False).print(
                        rich_report(report, title=title)
                    )
            else:
                Console(highlight=False).print(rich_report(report, title=title))
            return
        text = TEXT_RENDERERS[fmt](report)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            _write_utf8(text)
    except OSError as e:
        raise _fail(f"cannot write the report to {output or 'standard output'}: {e.strerror or e}") from None


def _require_articles(guard: Guard, store: Path | None) -> None:
    """An empty store would call every page clean: refuse to scan against it (exit 2)."""
    if len(guard) == 0:
        from .api import resolve_store

        raise _fail(
            f"the store {resolve_store(store)} holds no protected articles: nothing can be found; "
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
    url: Annotated[Optional[str], typer.Option("--url", callback=_url_option, help="URL of the article (one path only).")] = None,
    urls: UrlsOpt = None,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.rich,
) -> None:
    """Fingerprint articles into the store (each committed atomically; unchanged ones are no-ops)."""
    url_map = _read_urls(urls)
    if url:
        if len(paths) != 1 or paths[0].is_dir():
            raise _fail("--url takes exactly one article file; use --urls for several", EXIT_CANNOT_RUN)
        url_map[str(paths[0])] = url
    url_map = {os.path.normpath(k): v for k, v in url_map.items()}
    try:
        guard = Guard.open(store, create=True)
        update, bar = _progress("protect")
        try:
            outcomes = guard.protect(
                paths,
                licensees=tuple(licensee or ()),
                urls=url_map,
                progress=update,
            )
        finally:
            _stop(bar)
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    if not outcomes:
        raise _fail(f"no files to protect in {', '.join(map(str, paths))}: pass article files or folders holding them")
    if fmt is ListFormat.json:
        _write_utf8(protect_json(outcomes))
    else:
        console = Console(highlight=False)
        for o in outcomes:
            style = {"added": "green", "updated": "cyan", "unchanged": "dim", "skipped": "yellow", "error": "red"}
            console.print(
                Text.assemble(
                    (f"{o.status:<9} ", style.get(o.status, "")),
                    (o.id or "-" * 12, "dim"),
                    " ",
                    (o.source, ""),
                    ("  " + (o.title or ""), "bold") if o.title else "",
                    (f"  ({o.reason})", "dim") if o.reason else "",
                )
            )
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
    _check_output(output)
    url_map = _read_urls(urls)
    try:
        guard = Guard.open(store, config=_config(threshold, min_passage))
        _require_articles(guard, store)
        update, bar = _progress("scan")
        try:
            report = guard.scan(paths, urls=url_map, progress=update, jobs=jobs)
        finally:
            _stop(bar)
            guard.close()  # stops the --jobs workers before the report is written
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    if not report.documents:
        raise _fail(f"no files to scan in {', '.join(map(str, paths))}: pass files or folders holding suspect pages")
    _emit(report, fmt, output, title="reprint_guard scan")
    raise typer.Exit(report.exit_code)


@app.command()
def check(
    file: Annotated[str, typer.Argument(help="A file, or - for standard input.")] = "-",
    store: StoreOpt = None,
    url: Annotated[Optional[str], typer.Option("--url", callback=_url_option, help="Where the text was found (decides licensing).")] = None,
    content_type: Annotated[
        Optional[str], typer.Option("--content-type", help="html, text or an HTTP Content-Type; sniffed if omitted.")
    ] = None,
    fmt: FormatOpt = OutputFormat.rich,
    output: OutputOpt = None,
    threshold: ThresholdOpt = MatchConfig.threshold,
    min_passage: MinPassageOpt = MatchConfig.min_passage,
) -> None:
    """Check one text (a file or standard input) against the protected articles."""
    if file != "-" and Path(file).is_dir():
        raise _fail(f"{file} is a directory: check takes one file (use scan for folders)")
    if file != "-" and not Path(file).exists():
        raise _fail(f"cannot read {file}: no such file (pass a file, or - for standard input)")
    _check_output(output)
    try:
        guard = Guard.open(store, config=_config(threshold, min_passage))
        _require_articles(guard, store)
        if file == "-":
            # One byte past the limit is enough to know the input is too large.
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            doc = guard.check(data, url=url, content_type=content_type, path="<stdin>")
        else:
            # The library's bounded, type-checked read: a FIFO or /dev/zero cannot hang it.
            doc = guard.check_file(file, url=url, content_type=content_type)
    except ReprintGuardError as e:
        raise _fail(str(e)) from None
    report = ScanReport((doc,))
    _emit(report, fmt, output, title="reprint_guard check")
    raise typer.Exit(report.exit_code)


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


def _store_exists(store: Path | None) -> bool:
    from .api import resolve_store
    from .store import STORE_FILE

    return (resolve_store(store) / STORE_FILE).exists()


def main() -> None:
    """Console-script entry point."""
    app()
