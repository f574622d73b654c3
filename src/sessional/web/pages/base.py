"""What every page needs: who is asking, the operator's language, the CSRF token, rendering,
and the services' refusals shown as pages (403, 404, 409, 422) instead of JSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ...model import LANGUAGES, Lang, RecordInvalid
from ...model.wording import Slot, say
from ...services import (
    Forbidden,
    InputError,
    NotAuthenticated,
    NotFound,
    Snapshots,
    TooManyAttempts,
    User,
    Workspace,
    explained,
    same_secret,
)
from ..auth import CSRF_FIELD, SESSION_COOKIE
from .i18n import LANGUAGE_COOKIE, NATIVE_NAMES, direction, environment, pick_language
from .i18n import translations as ui_translations
from .refill import FORM_NUMBER, refilled

T = TypeVar("T")


def N_(message: str) -> str:
    """Marks a message for the catalogue; translated where it is shown."""
    return message


ROLE_NAMES = {"admin": N_("administrator"), "secretariat": N_("secretariat"),
              "chair": N_("chair"), "delegate": N_("delegate"), "observer": N_("observer")}
SHOWN_WORDS = (  # values the templates translate: severities, statuses, kinds, name forms
    N_("error"), N_("warning"), N_("gap"), N_("complete"), N_("partial"), N_("unknown"),
    N_("substantive"), N_("organizational"), N_("adoption_of_report"), N_("in_force"),
    N_("historical"), N_("later"), N_("variant"), N_("fuzzy"), N_("code"), N_("party"),
    N_("signatory"), N_("not_participant"), N_("log in first"))


class PageRefused(Exception):
    """A page request that ends in a page of its own (log in first, forbidden, not found)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Page:
    """One request to a page: the user (None before log-in), language, CSRF token, form."""

    request: Request
    user: User | None
    csrf: str
    lang: Lang
    form: dict[str, str]
    lists: dict[str, list[str]]
    forms_shown: int = field(default=0, init=False)

    @property
    def ws(self) -> Workspace:
        found: Workspace = self.request.app.state.workspace
        return found

    @property
    def snapshots(self) -> Snapshots:
        found: Snapshots = self.request.app.state.snapshots
        return found

    @property
    def me(self) -> User:
        if self.user is None:
            raise PageRefused(401, "log in first")
        return self.user

    def say(self, words: Slot | None) -> str:
        """Words of the services or the model (a refusal, a fault) in the operator's language."""
        return say(words, self.lang, ui_translations(self.lang)) if words else ""

    def tr(self, message: str, **fields: Any) -> str:
        text = ui_translations(self.lang).gettext(message)
        return text % fields if fields else text

    def form_number(self) -> int:
        """The number of the next form on the page (a refused form is found by it)."""
        self.forms_shown += 1
        return self.forms_shown

    def field(self, name: str, default: str = "") -> str:
        return self.form.get(name, default).strip()

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        env = environment(self.lang)
        html = env.get_template(template).render(
            page=self, user=self.user, csrf=self.csrf, lang=self.lang, dir=direction(self.lang),
            languages=[(code, NATIVE_NAMES[code]) for code in LANGUAGES],
            can_edit=bool(self.user and self.user.edits_records),
            is_admin=bool(self.user and self.user.is_admin), here=self.request.url.path,
            role_names=ROLE_NAMES,
            **context)
        if status == 422 and self.request.method == "POST" and self.field(FORM_NUMBER):
            html = refilled(html, self.field(FORM_NUMBER), self.lists)
        return HTMLResponse(html, status_code=status)

    def refused(self, status: int, message: str) -> HTMLResponse:
        return self.render("refused.html", status=status, status_code=status, message=message)


async def open_page(request: Request, login: bool = True, csrf_check: bool = True,
                    edit: bool = False) -> Page:
    """The page request; for POST, the form and its CSRF token are checked here, and with
    `edit` the user's right to change records (before anything else is looked at)."""
    ws: Workspace = request.app.state.workspace
    lang = pick_language(request.cookies.get(LANGUAGE_COOKIE),
                         request.headers.get("accept-language"))
    user, csrf = None, ""
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        try:
            user, csrf = await run_in_threadpool(ws.accounts.by_session, session_id)
        except NotAuthenticated:
            user = None
    form: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    if request.method == "POST":
        raw = await request.form()
        for name, value in raw.multi_items():
            if isinstance(value, str):
                form.setdefault(name, value)
                lists.setdefault(name, []).append(value)
    page = Page(request, user, csrf, lang, form, lists)
    if login and user is None:
        raise PageRefused(401, "log in first")
    if csrf_check and request.method == "POST" and user is not None and not same_secret(
            form.get(CSRF_FIELD, ""), csrf):
        raise PageRefused(403, N_("This form carries no valid CSRF token; reload the page and "
                                  "send it again."))
    if edit and user is not None and not user.edits_records:
        raise PageRefused(403, N_("Your role may read records but not change them."))
    return page


async def call(page: Page, fn: Callable[[], T]) -> T:
    """Run a service (it may wait for the database) off the event loop."""
    return await run_in_threadpool(fn)


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


def refusal_page(page: Page, err: Exception) -> Response | None:
    """The services' refusals as pages; None for an error that is not a refusal."""
    if isinstance(err, Forbidden):
        return page.refused(403, str(err))
    if isinstance(err, NotFound):
        return page.refused(404, str(err))
    if isinstance(err, TooManyAttempts):
        return page.refused(429, str(err))
    return None


def fault_lines(err: Exception, page: Page) -> list[str]:
    """What was wrong with the input, one line per fault, in the operator's language."""
    if isinstance(err, RecordInvalid):
        # label, what is wrong and right (names suggested as of the meeting), JSON path
        catalog = ui_translations(page.lang)
        return [f.line(page.lang, catalog) for f in explained(err.faults, err.on)]
    if isinstance(err, InputError) and err.words is not None:
        return [page.say(err.words)]
    return [str(err)]


__all__ = ["N_", "Page", "PageRefused", "call", "open_page", "see_other"]
