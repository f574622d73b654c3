"""Translation files on the record's page: the XLIFF of the texts awaiting a language, to
download, and a translated XLIFF to upload, imported as a new revision (all or nothing: a
refusal is a 422 page naming the units, in the operator's language)."""

from __future__ import annotations

from pathlib import PurePath

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from ...model import LANGUAGES, RecordInvalid
from ...services import InputError, input_limits
from ...services.display import section_of
from ...services.translation_refusals import ImportRefused
from ...services.translation_store import upload_translation, xliff_file
from .base import N_, Page, call, fault_lines, open_page, see_other
from .records import load

router = APIRouter(include_in_schema=False)
NAME_LENGTH = 200  # of the uploaded file's name, as the messages and the history give it
CHOOSE = N_("Choose the language to translate into, and another one to translate from (or "
            "any).")


@router.get("/records/{key}/translation")
async def download(key: str, request: Request) -> Response:
    page = await open_page(request)
    to = request.query_params.get("to", "")
    source = request.query_params.get("from") or None
    if to not in LANGUAGES or source == to or (source is not None and source not in LANGUAGES):
        return page.refused(422, page.tr(CHOOSE))
    ctx = await load(page, key)
    name, xml = await call(page, lambda: xliff_file(
        page.ws, page.me, ctx.record, key, ctx.view.revision, to, source))
    return Response(xml, media_type="application/x-xliff+xml", headers={
        "Content-Disposition": f'attachment; filename="{name}"'})


@router.post("/records/{key}/translation")
async def upload(key: str, request: Request) -> Response:
    page = await open_page(request, edit=True)
    file = (await request.form()).get("xliff")
    limit = input_limits().input_bytes
    raw = await file.read(limit + 1) if isinstance(file, UploadFile) else b""
    if not raw:
        return await _refused(page, key, [page.tr("Choose a translated XLIFF file to upload.")])
    if len(raw) > limit:
        return await _refused(page, key, [page.tr(
            "The file is larger than %(limit)s bytes.", limit=limit)])
    given = file.filename if isinstance(file, UploadFile) else None
    name = PurePath((given or "").replace("\\", "/")).name[:NAME_LENGTH] or "upload.xlf"
    try:
        done = await call(page, lambda: upload_translation(
            page.ws, page.me, key, raw, name, bool(page.field("replace"))))
    except ImportRefused as err:
        return await _refused(page, key, [page.say(err.words), *(
            unit.strip() if isinstance(unit, str) else page.say(unit) for unit in err.units)])
    except (InputError, RecordInvalid) as err:
        return await _refused(page, key, fault_lines(err, page))
    if not done.edit.changed:
        return see_other(f"/records/{key}?unchanged={done.edit.revision}")
    return see_other(f"/records/{key}?saved={done.edit.revision}")


async def _refused(page: Page, key: str, errors: list[str]) -> Response:
    ctx = await load(page, key)
    return ctx.render(page, "overview.html", "overview", 422, errors, section_of=section_of)
