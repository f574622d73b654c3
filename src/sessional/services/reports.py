"""Reports: compose and render a record in several languages and formats."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .budget import (
    pdf_refusals,
    pdf_workers,
    record_size,
    require_renderable,
    start_pdf_compilers,
)
from .forked import Forked, Send, WorkerStopped, cores
from .input import InputError

if TYPE_CHECKING:
    from ..model import Record

REPORT_FORMATS = ("md", "html", "docx", "pdf", "akn")


@dataclass(frozen=True)
class RenderedFile:
    lang: str
    format: str
    path: Path
    size: int


@dataclass(frozen=True)
class RenderResult:
    files: list[RenderedFile]
    gaps: dict[str, list[Any]]


def parse_choice(text: str, allowed: tuple[str, ...], option: str) -> tuple[str, ...]:
    """'all' or a comma-separated subset of `allowed`, in the order given."""
    if text.strip() == "all":
        return allowed
    chosen = tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))
    wrong = [c for c in chosen if c not in allowed]
    if wrong or not chosen:
        raise InputError(f"{option}: {', '.join(wrong) or 'nothing'} not among "
                         f"{', '.join(allowed)} (or 'all')")
    return chosen


MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "akn": "application/akn+xml",
}


def file_suffix(fmt: str) -> str:
    """How a report file of `fmt` ends: `akn` is XML, `report.en.akn.xml`."""
    return "akn.xml" if fmt == "akn" else fmt


def render_report(record: Record, lang: str, fmt: str) -> bytes:
    """One report, in memory: the record composed in `lang` and rendered as `fmt`."""
    from ..compose import compose_report

    require_renderable(record_size(record))
    return _rendered(compose_report(record, lang), fmt, record)  # type: ignore[arg-type]


def _rendered(report: Any, fmt: str, record: Record) -> bytes:
    from ..render import RENDERERS

    if fmt == "akn":  # the AKN names and references come from the record itself
        from ..render.akn import render_akn

        return render_akn(report, record)
    if fmt == "pdf":
        with pdf_refusals(report.lang):
            content = RENDERERS[fmt](report)
    else:
        content = RENDERERS[fmt](report)
    return content.encode("utf-8") if isinstance(content, str) else content


def prepare_reports(langs: tuple[str, ...], formats: tuple[str, ...]) -> None:
    """Start what the reports need and can start before the record is read: the PDF
    compilers (loading Typst and the fonts, on the other core)."""
    if "pdf" in formats:
        start_pdf_compilers(len(langs))


def render_reports(record: Record, langs: tuple[str, ...], formats: tuple[str, ...],
                   out_dir: Path, progress: Any = None) -> RenderResult:
    """Write one file per language and format (report.<lang>.<format>) into `out_dir`. With
    two cores, a forked copy of this process composes and writes every other language; the
    PDFs of all are compiled on the compiler pool while the languages are composed."""
    from ..compose import compose_report
    from ..refdata._files import cache_folder
    from ..render import load_renderer

    require_renderable(record_size(record))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{out_dir}: cannot create the folder ({err.strerror})") from None
    prepare_reports(langs, formats)
    work = _Work(record, formats, out_dir, progress)
    # the first language composed here warms what every language shares (reference data,
    # collators, number formats); its PDF, the one that compiles longest, starts at once
    lead = _lead(langs, formats)
    first = compose_report(record, lead)  # type: ignore[arg-type]
    rest = tuple(lang for lang in langs if lang != lead)
    mine, theirs = (rest[1::2], rest[0::2]) if cores() > 1 else (rest, ())
    copy: Forked | None = None
    try:
        with ThreadPoolExecutor(pdf_workers()) as work.compilers:
            if "pdf" in formats:  # it compiles while the renderers load and the copy starts
                load_renderer("pdf")
                work.compile(lead, first)
            for fmt in formats:  # imported here, the copy inherits them
                load_renderer(fmt, cache_folder())
            copy = Forked(partial(_share, record, theirs, formats, out_dir)) if theirs else None
            reader = work.follow(copy) if copy is not None else None
            work.write(lead, first)
            for lang in mine:
                work.write(lang, compose_report(record, lang))  # type: ignore[arg-type]
            if reader is not None:
                reader.join()
            work.raise_error(theirs)
            work.write_pdfs()
    finally:
        if copy is not None:
            copy.close()
    files = [work.files[lang, fmt] for lang in langs for fmt in formats]
    return RenderResult(files, {lang: work.gaps[lang] for lang in langs})


def _share(record: Record, langs: tuple[str, ...], formats: tuple[str, ...], out_dir: Path,
           send: Send) -> None:
    """In the forked copy: compose `langs`, write their files but the PDFs, whose reports go
    to the parent's compilers."""
    from ..compose import compose_report

    for lang in langs:
        report = compose_report(record, lang)  # type: ignore[arg-type]
        send(("gaps", lang, list(report.gaps)))
        for fmt in _pdf_first(formats):
            if fmt == "pdf":
                send(("pdf", lang, report))
                continue
            path = out_dir / f"report.{lang}.{file_suffix(fmt)}"
            data = _rendered(report, fmt, record)
            path.write_bytes(data)
            send(("file", lang, fmt, RenderedFile(lang, fmt, path, len(data))))


def _lead(langs: tuple[str, ...], formats: tuple[str, ...]) -> str:
    """The language composed first: Chinese when there are PDFs (its PDF compiles longest,
    about four times an English one: the CJK font is large), else the first asked for."""
    return "zh" if "pdf" in formats and "zh" in langs else langs[0]


def _pdf_first(formats: tuple[str, ...]) -> tuple[str, ...]:
    """The PDF is started first: it compiles (on another process) while the rest are made."""
    return tuple(sorted(formats, key=lambda fmt: fmt != "pdf"))


class _Work:
    """The files written so far, from this process and from its copy, and the PDFs
    compiling."""

    def __init__(self, record: Record, formats: tuple[str, ...], out_dir: Path,
                 progress: Any) -> None:
        self.record, self.formats, self.out_dir, self.progress = record, formats, out_dir, \
            progress
        self.files: dict[tuple[str, str], RenderedFile] = {}
        self.gaps: dict[str, list[Any]] = {}
        self.pdfs: dict[str, Future[bytes]] = {}
        self.compilers: ThreadPoolExecutor | None = None
        self._error: BaseException | None = None
        self._lock = threading.Lock()

    def write(self, lang: str, report: Any) -> None:
        self.gaps[lang] = list(report.gaps)
        for fmt in _pdf_first(self.formats):
            if fmt == "pdf":
                if lang not in self.pdfs:
                    self.compile(lang, report)
                continue
            data = _rendered(report, fmt, self.record)
            path = self._path(lang, fmt)
            path.write_bytes(data)
            self._done(RenderedFile(lang, fmt, path, len(data)))

    def follow(self, copy: Forked) -> threading.Thread:
        """Take in what the copy sends, on a thread of its own."""
        def read() -> None:
            try:
                for message in copy:
                    if message[0] == "gaps":
                        self.gaps[message[1]] = message[2]
                    elif message[0] == "pdf":
                        self.compile(message[1], message[2])
                    else:
                        self._done(message[3])
            except BaseException as error:  # raised in the main thread
                self._error = error

        thread = threading.Thread(target=read, name="sessional-report-copy", daemon=True)
        thread.start()
        return thread

    def raise_error(self, theirs: tuple[str, ...]) -> None:
        if isinstance(self._error, WorkerStopped):
            raise InputError(f"the {', '.join(theirs)} reports could not be made: "
                             f"{self._error}") from None
        if self._error is not None:
            raise self._error

    def write_pdfs(self) -> None:
        for lang, future in list(self.pdfs.items()):
            data = future.result()
            path = self._path(lang, "pdf")
            path.write_bytes(data)
            self._done(RenderedFile(lang, "pdf", path, len(data)))

    def compile(self, lang: str, report: Any) -> None:
        """Start the PDF of `lang` on the compilers."""
        assert self.compilers is not None
        self.pdfs[lang] = self.compilers.submit(_rendered, report, "pdf", self.record)

    def _path(self, lang: str, fmt: str) -> Path:
        return self.out_dir / f"report.{lang}.{file_suffix(fmt)}"

    def _done(self, file: RenderedFile) -> None:
        with self._lock:
            self.files[file.lang, file.format] = file
            if self.progress is not None:
                self.progress()
