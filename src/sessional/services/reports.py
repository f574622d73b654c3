"""Reports: compose and render a record in several languages and formats."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import (
    Record,
)
from .budget import pdf_refusals, pdf_workers, record_size, require_renderable
from .records import InputError

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


def _done(data: bytes) -> Future[bytes]:
    future: Future[bytes] = Future()
    future.set_result(data)
    return future


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


def render_reports(record: Record, langs: tuple[str, ...], formats: tuple[str, ...],
                   out_dir: Path, progress: Any = None) -> RenderResult:
    """Write one file per language and format (report.<lang>.<format>) into `out_dir`. The
    PDFs are compiled on the compiler pool while the next languages are composed."""
    from ..compose import compose_report

    require_renderable(record_size(record))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{out_dir}: cannot create the folder ({err.strerror})") from None
    made: dict[tuple[str, str], Future[bytes]] = {}
    gaps: dict[str, list[Any]] = {}
    with ThreadPoolExecutor(pdf_workers()) as compilers:
        for lang in langs:
            report = compose_report(record, lang)  # type: ignore[arg-type]
            gaps[lang] = list(report.gaps)
            for fmt in formats:
                made[lang, fmt] = compilers.submit(_rendered, report, fmt, record) \
                    if fmt == "pdf" else _done(_rendered(report, fmt, record))
        files_written: list[RenderedFile] = []
        for (lang, fmt), future in made.items():
            path, data = out_dir / f"report.{lang}.{file_suffix(fmt)}", future.result()
            path.write_bytes(data)
            files_written.append(RenderedFile(lang, fmt, path, len(data)))
            if progress is not None:
                progress()
    return RenderResult(files_written, gaps)

