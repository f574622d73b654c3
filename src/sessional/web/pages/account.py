"""Log-in and log-out, the operator's language, one's own password, users (admins)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...model import LANGUAGES
from ...services import InputError, LoginGate, NotAuthenticated, TooManyAttempts
from ..auth import SESSION_COOKIE
from .base import ROLE_NAMES, call, open_page, see_other
from .i18n import LANGUAGE_COOKIE

router = APIRouter(include_in_schema=False)
ROLE_LABELS = ROLE_NAMES


def _safe_next(target: str) -> str:
    """Only a path of this site (no scheme, no other host)."""
    return target if target.startswith("/") and not target.startswith("//") else "/records"


@router.get("/")
async def home(request: Request) -> Response:
    page = await open_page(request, login=False)
    return see_other("/records" if page.user else "/login")


@router.get("/login")
async def login_form(request: Request) -> Response:
    page = await open_page(request, login=False)
    return page.render("login.html", next=_safe_next(request.query_params.get("next", "")))


@router.post("/login")
async def log_in(request: Request) -> Response:
    page = await open_page(request, login=False, csrf_check=False)
    name, password = page.field("name"), page.form.get("password", "")
    target = _safe_next(page.field("next"))
    source = request.client.host if request.client else ""
    logins: LoginGate = request.app.state.logins
    try:
        user = await logins.authenticate(page.ws.accounts, name, password, source)
    except NotAuthenticated:
        return page.render("login.html", status=401, next=target, name=name,
                           error=page.tr("Wrong user name or password."))
    except TooManyAttempts as err:
        return page.render("login.html", status=429, next=target, name=name,
                           error=page.tr("Too many wrong passwords: try again in %(n)s "
                                         "seconds.", n=err.retry_after))
    session_id, _ = await call(page, lambda: page.ws.accounts.open_session(user))
    done = see_other(target)
    done.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="strict",
                    secure=request.app.state.secure_cookies, path="/", max_age=12 * 3600)
    return done


@router.post("/logout")
async def log_out(request: Request) -> Response:
    page = await open_page(request)
    session_id = request.cookies.get(SESSION_COOKIE, "")
    await call(page, lambda: page.ws.accounts.close_session(session_id))
    done = see_other("/login")
    done.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return done


@router.get("/language/{lang}")
async def choose_language(lang: str, request: Request) -> Response:
    done = see_other(_safe_next(request.query_params.get("next", "/records")))
    if lang in LANGUAGES:
        done.set_cookie(LANGUAGE_COOKIE, lang, samesite="lax", path="/",
                        max_age=365 * 24 * 3600)
    return done


@router.get("/account")
async def account(request: Request) -> Response:
    page = await open_page(request)
    return page.render("account.html", roles=ROLE_LABELS)


@router.post("/account")
async def change_password(request: Request) -> Response:
    page = await open_page(request)
    me = page.me
    old, new, again = (page.form.get(k, "") for k in ("old", "new", "again"))
    source = request.client.host if request.client else ""
    logins: LoginGate = request.app.state.logins
    error = ""
    if new != again:
        error = page.tr("The two new passwords differ.")
    else:
        try:
            await logins.authenticate(page.ws.accounts, me.name, old, source)
            await call(page, lambda: page.ws.accounts.set_password(
                me.name, new, keep_session=request.cookies.get(SESSION_COOKIE)))
        except NotAuthenticated:
            error = page.tr("The present password is wrong.")
        except (InputError, TooManyAttempts) as err:
            error = str(err)
    if error:
        return page.render("account.html", status=422, roles=ROLE_LABELS, error=error)
    return page.render("account.html", roles=ROLE_LABELS, done=page.tr("Password changed."))


@router.get("/users")
async def users(request: Request) -> Response:
    page = await open_page(request)
    if not page.me.is_admin:
        return page.refused(403, page.tr("Only administrators manage users."))
    found = await call(page, page.ws.accounts.users)
    return page.render("users.html", users=found, roles=ROLE_LABELS)


@router.post("/users")
async def change_users(request: Request) -> Response:
    page = await open_page(request)
    if not page.me.is_admin:
        return page.refused(403, page.tr("Only administrators manage users."))
    action, name = page.field("action"), page.field("name")
    accounts = page.ws.accounts
    try:
        if action == "add":
            delegation = page.field("delegation").upper() or None
            await call(page, lambda: accounts.add(name, page.field("role"),
                                                  page.form.get("password", ""), delegation))
        elif action in {"disable", "enable"}:
            await call(page, lambda: accounts.set_disabled(name, action == "disable"))
        elif action == "password":
            await call(page, lambda: accounts.set_password(name, page.form.get("password", "")))
    except InputError as err:  # NotFound and the like become pages in web/refusals.py
        found = await call(page, accounts.users)
        return page.render("users.html", status=422, users=found, roles=ROLE_LABELS,
                           error=str(err), form=page.form)
    return see_other("/users?done=1")
